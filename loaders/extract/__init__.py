"""The extraction stage: ``SourceDocument`` -> ``ParsedDocument``.

One module per kind of fact: :mod:`.structure` (headings, measures, phases), :mod:`.units` (unit names and
the unit lexicon), :mod:`.targets`, :mod:`.industries`, :mod:`.meta` (title, issuer, dates); :mod:`.document`
runs them in order and assigns responsibility clauses to measures.
"""

from pathlib import Path as _Path

from policykg.errors import StaleCompiledError


def compiled_modules(here: _Path) -> bool:
    """Whether the modules here are compiled (tools/compile_extract.py, `make compiled`): each then has a
    ``<name>.cpython-*.so`` next to its source, which Python imports in its place. One older than its source
    would run the old rules without a word, so it stops the import instead (a few stats at start-up) with a
    ``StaleCompiledError``: the CLI prints its one line and exits with code 10."""
    stale, found = [], False
    for native in here.glob("*.cpython-*.so"):
        source = here / (native.name.split(".", 1)[0] + ".py")
        if native.name.split(".", 1)[0].endswith("__mypyc") or not source.exists():
            continue
        found = True
        if source.stat().st_mtime > native.stat().st_mtime:
            stale.append(source.name)
    if stale:
        raise StaleCompiledError(
            f"the compiled extraction modules in {here} are older than their sources "
            f"({', '.join(sorted(stale))} changed after `make compiled`): run `make compiled` to compile them "
            "again, or `make plain` to use the plain modules"
        )
    return found


COMPILED = compiled_modules(_Path(__file__).parent)

from policykg.loaders.extract.charsets import install as _remember_charsets  # noqa: E402

_remember_charsets()  # before the rules below are compiled: their repeated character classes optimised once

from policykg.loaders.extract.document import doc_id_for, extract  # noqa: E402

__all__ = ["COMPILED", "doc_id_for", "extract"]
