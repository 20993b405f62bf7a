"""Regression (round 23, s23): a system the title names ("1+3+5"产业) was read twice, once with the page's region
(system:大庆市:1+3+5) and once, by the title's own read without a region, as a region-less system:1+3+5 beside it.
The title is read once, with the page's region."""

from __future__ import annotations

from tests.loaders.inline import run

_TEXT = (
    "大庆市人民政府关于印发大庆市推进“1+3+5”产业高质量发展若干政策措施的通知\n"
    "大庆市推进“1+3+5”产业高质量发展若干政策措施\n"
    "一、支持招商引资。对新引进项目给予奖励。(责任单位:市商务局)\n"
    "二、支持企业扩产。对扩产企业给予补助。(责任单位:市工信局)\n"
)


def _keys(systems: object) -> set[str]:
    return {str(getattr(s, "key", s)) for s in systems}  # type: ignore[attr-defined]


def test_a_system_the_title_names_is_read_once_with_the_pages_region() -> None:
    doc = run(_TEXT)
    keys = _keys(doc.systems) | {k for m in doc.measures for k in _keys(m.systems)}
    named = {k for k in keys if k.endswith("1+3+5")}
    assert named, "the title's system is read"
    assert all(k.count(":") == 2 for k in named), (
        f"a region-less copy beside the regional one: {sorted(named)}"
    )
