"""Articles layout (章 > 节 > 条, ``data/articles.toml``): the 章, 节 and 条 that open lines, and whether an article only frames
the document (purpose, scope, principles, definitions, interpretation, effect) rather than stating an action.

Every rule runs on matching text (Simplified, ASCII punctuation)."""

from __future__ import annotations

import re
import tomllib
from functools import lru_cache
from importlib import resources

from policykg.errors import ExtractError
from policykg.loaders.extract.numerals import cn_number

__all__ = ["article_opening", "cut_list_intro", "frame_article"]

_OPENING = re.compile(r"第([一二三四五六七八九十百零〇]{1,4})([章节条项])[ \t\u3000]*")


def article_opening(text: str) -> tuple[str, str, int, int] | None:
    """The 第N章, 第N节 or 第N条 opening a line's text: (marker as written, 章 节 or 条, its value, where its text
    starts). A 第N项 is an article by another name (第一项 开展消费季活动。…: a 若干措施 page's items numbered as
    items, not articles): kind 条, its marker kept as written."""
    m = _OPENING.match(text)
    value = cn_number(m.group(1)) if m else None
    if m is None or not value:
        return None
    return m.group(0).strip(), "条" if m.group(2) == "项" else m.group(2), value, m.end()


@lru_cache(maxsize=1)
def _frame() -> re.Pattern[str]:
    ref = resources.files("policykg.loaders").joinpath("data/articles.toml")
    try:
        entry = tomllib.loads(ref.read_text(encoding="utf-8"))["frame"]
        words = [str(w) for w in entry["words"]]
    except (OSError, KeyError, tomllib.TOMLDecodeError) as exc:
        raise ExtractError(f"policykg.loaders/data/articles.toml: cannot read ({exc})") from exc
    if not entry.get("source"):
        raise ExtractError("policykg.loaders/data/articles.toml: [frame] needs a `source`")
    return re.compile("|".join(re.escape(w) for w in sorted(words, key=len, reverse=True)))


@lru_cache(maxsize=1)
def _principles() -> re.Pattern[str]:
    """An article's text that is a list of principles: a verb of holding to them, then short 、-joined phrases up to
    the sentence's end (坚持权责一致、依法履职、失责追责。), a 的原则 / 方针 after them at most; the field it governs
    and a modal before the verb (安全生产工作应当坚持安全第一、预防为主的方针。), one more principle held to after a
    comma (…失职追责,坚持管行业必须管安全。)."""
    ref = resources.files("policykg.loaders").joinpath("data/articles.toml")
    try:
        entry = tomllib.loads(ref.read_text(encoding="utf-8"))["principles"]
        verbs = "|".join(re.escape(str(w)) for w in entry["verbs"])
    except (OSError, KeyError, tomllib.TOMLDecodeError) as exc:
        raise ExtractError(f"policykg.loaders/data/articles.toml: cannot read [principles] ({exc})") from exc
    phrase = r"[^\s,。;:、]{2,8}"
    # 安全生产工作 / 山洪灾害防御: the field the principles govern (heldout104 ev08: 山洪灾害防御坚持人民至上、生命至上;…)
    field = r"(?P<field>[\u4e00-\u9fff]{2,8}?)?(?:应当|应|必须|要)?"
    return re.compile(
        rf"\s*{field}(?:{verbs})(?:{phrase}、)+{phrase}(?:的?(?:原则|方针))?(?:,(?:{verbs})[^\s,。;]{{2,16}})?[。;]"
    )


def frame_article(text: str) -> bool:
    """Whether an article's text only frames the document (…制定本办法。 / 本办法适用于… / …遵循以下原则: /
    坚持权责一致、依法履职、失责追责。)."""
    opening = _OPENING.match(text)
    body = text[opening.end() :] if opening else text
    principles = _principles().match(body)
    if principles is not None and _names_a_body(principles.group("field")):
        principles = (
            None  # 县农业农村局坚持每月调度、每季通报: a body's own practice, a duty (round 42's review)
        )
    stripped = text.rstrip()
    return (
        _frame().search(text) is not None
        or principles is not None
        or (
            stripped.rstrip("。").endswith(_frame_words("scope"))
            and not any(w in body for w in _frame_words("duty_words"))
        )
        # …实行“…”的原则 alone (资金分配坚持…的原则 after a body's duty is the duty's: round 42's review)
        or ("," not in body and len(stripped) <= _UNSTOPPED_MAX and stripped.endswith(_frame_words("ends")))
    )


_UNSTOPPED_MAX = 60  # characters of a short article ending with its principles and no full stop


def _names_a_body(field: str | None) -> bool:
    from policykg.loaders.extract.responsibility import is_unit_list

    return bool(field) and is_unit_list(field or "")


@lru_cache(maxsize=4)
def _frame_words(key: str) -> tuple[str, ...]:
    """[frame] words by ``key``: its scope verbs (适用本办法) or the words a short unstopped article ends with."""
    ref = resources.files("policykg.loaders").joinpath("data/articles.toml")
    try:
        return tuple(str(w) for w in tomllib.loads(ref.read_text(encoding="utf-8"))["frame"].get(key, ()))
    except (OSError, tomllib.TOMLDecodeError) as exc:
        raise ExtractError(f"policykg.loaders/data/articles.toml: cannot read [frame] {key} ({exc})") from exc


@lru_cache(maxsize=1)
def _list_intro() -> re.Pattern[str]:
    """A clause introducing a list (…应当履行下列职责 / …如下), to the text's end: no mark closes it."""
    ref = resources.files("policykg.loaders").joinpath("data/articles.toml")
    try:
        words = "|".join(
            re.escape(str(w)) for w in tomllib.loads(ref.read_text(encoding="utf-8"))["list_intro"]["words"]
        )
    except (OSError, KeyError, tomllib.TOMLDecodeError) as exc:
        raise ExtractError(f"policykg.loaders/data/articles.toml: cannot read [list_intro] ({exc})") from exc
    # not a bound after a quantity (建筑面积1000平方米以下的场所…): the digits a few characters before
    return re.compile(rf"(?<!\d)(?<!\d.)(?<!\d..)(?<!\d...)(?:{words})[^,;。:!?]*$")


def cut_list_intro(text: str) -> bool:
    """Whether an article's text stops inside the clause introducing its list (第五条 各镇人民政府应当履行下列消): the
    page was cut before the list that holds its duties."""
    return _list_intro().search(text.rstrip()) is not None
