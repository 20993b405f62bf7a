"""No module-level name is bound twice in one module of the package.

A module constant or function defined a second time silently replaces the first for every caller, at call
time: two rule families that each wrote a ``_LIST_LEAD_IN`` pattern in loaders/extract/responsibility.py
left the earlier family reading the later one's pattern, and its documents lost their units (round 25); a
``_SENTENCE_STOP`` and a ``_PLACE_PREFIX`` had done the same in targets.py and meta.py. ruff does not flag a
rebinding by plain assignment, so this test does.
"""

from __future__ import annotations

import ast
from collections import Counter
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
PACKAGES = ("loaders", "graph", "pipeline", "queries", "ontology", "eval")
# Names a module builds up on purpose, one binding after another (a pattern extended by a later part).
BUILT_UP = {("loaders/extract/responsibility.py", "_LABEL_PREFIX")}


def _modules() -> list[Path]:
    found = [p for pkg in PACKAGES for p in sorted((ROOT / pkg).rglob("*.py"))]
    return found + [ROOT / "cli.py"]


def _bound_names(tree: ast.Module) -> Counter[str]:
    names: Counter[str] = Counter()
    for node in tree.body:
        if isinstance(node, ast.Assign):
            names.update(t.id for t in node.targets if isinstance(t, ast.Name))
        elif isinstance(node, ast.AnnAssign) and isinstance(node.target, ast.Name):
            names[node.target.id] += 1
        elif isinstance(node, (ast.FunctionDef, ast.AsyncFunctionDef, ast.ClassDef)):
            names[node.name] += 1
    return names


def duplicate_names(source: str, where: str) -> list[str]:
    """The module-level names ``source`` binds more than once, but for the ones it builds up on purpose."""
    counts = _bound_names(ast.parse(source))
    return sorted(n for n, k in counts.items() if k > 1 and (where, n) not in BUILT_UP and n != "__all__")


def test_a_rebound_constant_is_found() -> None:
    src = "import re\n_STOP = re.compile('[。]')\ndef f():\n    return _STOP\n_STOP = re.compile('[;]')\n"
    assert duplicate_names(src, "x.py") == ["_STOP"]
    assert duplicate_names("A = 1\nB = 2\n", "x.py") == []


@pytest.mark.parametrize("path", _modules(), ids=lambda p: str(p.relative_to(ROOT)))
def test_no_module_binds_a_name_twice(path: Path) -> None:
    where = str(path.relative_to(ROOT))
    assert duplicate_names(path.read_text(encoding="utf-8"), where) == []
