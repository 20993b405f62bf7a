"""Plain text (.txt, .text, .md): the decoded text exactly as it is; boilerplate is the extractor's business."""

from __future__ import annotations

from policykg.loaders.base import Loaded
from policykg.loaders.decode import decode_bytes


def load_text(data: bytes, name: str) -> Loaded:
    warnings: list[str] = []
    text, encoding = decode_bytes(data, name=name, warnings=warnings)
    return Loaded(text=text, encoding=encoding, format="txt", warnings=warnings)
