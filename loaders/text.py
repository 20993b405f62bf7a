"""Plain text (.txt, .text, .md): the decoded text as it is, except that a text hard-wrapped at a fixed width
(copied from a PDF or a fixed-width page: every line of a paragraph as long as the next) has its paragraphs
joined back, the way the PDF loader joins printed lines; boilerplate is the extractor's business."""

from __future__ import annotations

from policykg.loaders.base import Loaded
from policykg.loaders.decode import decode_bytes

# A text is hard-wrapped when at least this many lines, and this share of its lines, run to the same width.
_WRAPPED_LINES = 5
_WRAPPED_SHARE = 0.1
_MIN_WRAP_WIDTH = 20  # narrower "full" lines are table cells or short items, not a wrap


def load_text(data: bytes, name: str) -> Loaded:
    warnings: list[str] = []
    text, encoding = decode_bytes(data, name=name, warnings=warnings)
    unwrapped = unwrap_fixed_width(text)
    if unwrapped != text:
        warnings.append("hard-wrapped text: the lines of each paragraph were joined")
    return Loaded(text=unwrapped, encoding=encoding, format="txt", warnings=warnings)


def unwrap_fixed_width(text: str) -> str:
    """``text`` with the lines of each hard-wrapped paragraph joined (unchanged when it is not wrapped)."""
    from policykg.loaders.pdf import _glue, _joins

    lines = text.split("\n")
    full = _wrap_width([ln.rstrip("\r") for ln in lines])
    if full is None:
        return text
    out: list[str] = []
    last = ""  # the previous printed line: its width, not the joined paragraph's, says whether it was wrapped
    for line in lines:
        if (
            out and not _table_row(last) and _joins(last.rstrip(), line.strip(), full)
        ):  # indentation takes columns too
            out[-1] = _glue(out[-1].rstrip(), line.strip())
        else:
            out.append(line)
        last = line
    return "\n".join(out)


def _table_row(line: str) -> bool:
    """A line closed by a bar ends a table row (序号 | 任务 | 单位 |), never a wrapped line."""
    return line.rstrip().endswith("|")


def _wrap_width(lines: list[str]) -> float | None:
    """The width a hard-wrapped text's lines run to, or None when the text is not hard-wrapped.

    The widest cluster of lines that enough lines share, looked for among the widest tenth of the lines: a
    text with many short lines (labels, table cells) has its wrapped lines above the 90th percentile."""
    from policykg.loaders.pdf import _width

    widths = sorted(_width(ln.rstrip()) for ln in lines if ln.strip())
    if len(widths) < _WRAPPED_LINES:
        return None
    need = max(_WRAPPED_LINES, _WRAPPED_SHARE * len(widths))
    for full in sorted(set(widths[int(0.9 * (len(widths) - 1)) :]), reverse=True):
        if full < _MIN_WRAP_WIDTH:
            return None
        if sum(1 for w in widths if full - 1 <= w <= full) >= need:
            return full
    return None
