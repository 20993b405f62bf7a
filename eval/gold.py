"""Reading one hand-annotated gold file (the corpus's ``<id>.json``), with a clear error for a broken one."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from policykg.errors import LoadError


def read_gold(path: Path) -> dict[str, Any]:
    """One gold file as a dict; a file that cannot be read, is not JSON or not an object raises ``LoadError``."""
    try:
        gold = json.loads(path.read_bytes().decode("utf-8"))
    except OSError as e:
        raise LoadError(str(path), f"cannot be read ({e.strerror or e})") from None
    except UnicodeDecodeError:
        raise LoadError(str(path), "a gold file must be UTF-8") from None
    except json.JSONDecodeError as e:
        raise LoadError(str(path), f"not valid JSON (line {e.lineno}, column {e.colno}: {e.msg})") from None
    if not isinstance(gold, dict):
        raise LoadError(str(path), "a gold file must hold one JSON object")
    return gold
