"""Loaders: read a document in any supported format and encoding (``load``), then extract its facts
(``extract``). ``load(path) -> SourceDocument``; ``extract(source) -> ParsedDocument``."""
