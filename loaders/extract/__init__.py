"""The extraction stage: ``SourceDocument`` -> ``ParsedDocument``.

One module per kind of fact: :mod:`.structure` (headings, measures, phases), :mod:`.units` (unit names and
the unit lexicon), :mod:`.targets`, :mod:`.industries`, :mod:`.meta` (title, issuer, dates); :mod:`.document`
runs them in order and assigns responsibility clauses to measures.
"""

from policykg.loaders.extract.charsets import install as _remember_charsets

_remember_charsets()  # before the rules below are compiled: their repeated character classes optimised once

from policykg.loaders.extract.document import doc_id_for, extract  # noqa: E402

__all__ = ["doc_id_for", "extract"]
