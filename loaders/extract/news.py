"""News reports on a plan: which paragraph is the report's lead, which states the plan's goals or reports
progress, and where the plan's own words start after the reporter's run-in (``data/news.toml``).

Every rule runs on matching text (Simplified, ASCII punctuation)."""

from __future__ import annotations

import re
import tomllib
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources
from typing import Any

from policykg.errors import ExtractError
from policykg.loaders.extract.numerals import cn_number

__all__ = [
    "dated_lead",
    "demanded_sentences",
    "opens_with_action",
    "opens_with_modal",
    "distributed_tasks",
    "ordinal_opening",
    "topic_opening",
    "ordinal_run",
    "paragraph_role",
    "plan_words_start",
    "report_lead",
    "tasks_announced",
]

_LEAD_REACH = 60  # characters of a paragraph its dateline or byline sits in
_ACT_REACH = 40  # characters after the day the reported act sits in (7月16日,咸宁市出台)
_RUN_IN_MAX = 24  # characters of a reporter's run-in closed by a colon
_FRAMES_MAX = 3  # a reporter's frames before the plan's action in a paragraph (根据…,按照…,)
_DAY = re.compile(r"\d{1,2}月\d{1,2}日(?:上午|下午|晚上|晚间)?,")  # 2月28日下午,…召开


@dataclass(frozen=True)
class _Patterns:
    byline: re.Pattern[str]
    act: re.Pattern[str]
    recent: re.Pattern[str]
    goals: re.Pattern[str]
    progress: re.Pattern[str]
    run_in: re.Pattern[str]
    colon_run_in: re.Pattern[str]
    quote_run_in: re.Pattern[str]
    subject_run_in: re.Pattern[str]
    action: re.Pattern[str]
    ordinal: re.Pattern[str]
    sequence: tuple[str, ...]
    ordinal_inside: re.Pattern[str]
    ordinal_restart: re.Pattern[str]  # …。政策措施: before a second run's 一是: what the run sets out
    ordinal_restart_not: tuple[str, ...]  # 回顾 in 会议回顾了去年的主要工作:: what was done, no run of tasks
    announce: re.Pattern[str]
    reported: re.Pattern[str]
    led_item: re.Pattern[str]
    led_join: re.Pattern[str]
    led_opener: re.Pattern[str]
    frame: re.Pattern[str]
    handed_tasks: re.Pattern[str]
    subject_tasks: re.Pattern[str]
    charged_task: re.Pattern[str]
    handed_piece: re.Pattern[str]
    demand: re.Pattern[str]
    demand_elided: re.Pattern[str]
    demand_not_frame: re.Pattern[str]
    demand_modal: re.Pattern[str]
    whole_modal: re.Pattern[str]  # 全镇要…: the place as a whole charged, as the modal alone
    demand_division: re.Pattern[str]
    demand_duty: re.Pattern[str]
    demand_directive: re.Pattern[str]
    event_subjects: tuple[str, ...]
    demand_inline: re.Pattern[str]
    demand_spoken: re.Pattern[str]  # 袁翔龙要求萝北县各有关单位要…: no mark after the quoting verb
    demand_next: re.Pattern[str]
    demand_asides: tuple[str, ...]
    demand_moments: tuple[str, ...]  # 当前 / 今年: the moment a speaker's demand opens with after a view
    demand_speakers: tuple[str, ...]
    demand_by: tuple[str, ...]
    speaker_titles: tuple[str, ...]  # 书记 / 县长 / 主任: a speaker's office before the name
    demand_end: re.Pattern[str]
    demand_other: re.Pattern[str]


def _alternation(words: list[str]) -> str:
    return "|".join(re.escape(w) for w in sorted(set(words), key=len, reverse=True))


def _words(data: dict[str, Any], table: str, key: str) -> list[str]:
    entry = data.get(table, {})
    value = entry.get(key)
    if (
        not isinstance(value, list)
        or not all(isinstance(v, str) and v for v in value)
        or not entry.get("source")
    ):
        raise ExtractError(
            f"policykg.loaders/data/news.toml: [{table}] `{key}` must be a list of words with a source"
        )
    return list(value)


@lru_cache(maxsize=1)
def _patterns() -> _Patterns:
    ref = resources.files("policykg.loaders").joinpath("data/news.toml")
    try:
        data = tomllib.loads(ref.read_text(encoding="utf-8"))
    except (OSError, tomllib.TOMLDecodeError) as exc:
        raise ExtractError(f"policykg.loaders/data/news.toml: cannot read ({exc})") from exc
    goals = _alternation(_words(data, "goals", "verbs"))
    run_in = _alternation(_words(data, "run_in", "words"))
    colon = _alternation(_words(data, "run_in", "colon_verbs"))
    # 《通知》表示, / 通知称,: a document's own words, quoted with the verbs of saying too
    reported = _alternation(_words(data, "run_in", "colon_verbs") + _words(data, "reported", "verbs"))
    return _Patterns(
        byline=re.compile(_alternation(_words(data, "lead", "bylines"))),
        act=re.compile(_alternation(_words(data, "lead", "acts"))),
        recent=re.compile(_alternation(_words(data, "lead", "recent"))),
        # 《方案》提出,到2023年 / 该县提出,自2024年起: the goals, a horizon year within the opening
        goals=re.compile(rf"[^,。]{{0,12}}(?:{goals})[,:]?[^。]{{0,6}}20\d\d年"),
        progress=re.compile(_alternation(_words(data, "progress", "openers"))),
        run_in=re.compile(rf"(?:{run_in}),"),
        colon_run_in=re.compile(rf"[^,。:]{{0,{_RUN_IN_MAX}}}(?:{colon})[^,。:]{{0,8}}:"),
        # 《意见》提出开展… / 针对…现状,云南省还提出了推动…: a quoting verb run straight into the plan's action verb
        quote_run_in=re.compile(
            rf"[^,。:;]{{0,{_RUN_IN_MAX}}}(?:,[^,。:;]{{0,{_RUN_IN_MAX}}})?(?:{colon})了?"
            rf"(?=(?:{_alternation(_words(data, 'action', 'verbs'))}))"
        ),
        # 《计划》明确,挖掘… / 该方案提出,推进…: the plan named as the subject of a quoting verb, then a comma
        subject_run_in=re.compile(
            rf"[^,。:;《]{{0,{_RUN_IN_MAX}}}(?:《[^《》]{{1,40}}》|{_alternation(_words(data, 'reported', 'nouns'))})"
            rf"(?:还|也|进一步)?(?:{reported})了?,"
        ),
        action=re.compile(_alternation(_words(data, "action", "modals") + _words(data, "action", "verbs"))),
        event_subjects=tuple(_words(data, "action", "event_subjects")),
        demand_asides=tuple(_words(data, "demand", "asides")),
        demand_moments=tuple(_words(data, "demand", "moments")),
        demand_speakers=tuple(_words(data, "demand", "speakers")),
        demand_by=tuple(_words(data, "demand", "by")),
        speaker_titles=tuple(_words(data, "demand", "speaker_titles")),
        ordinal=_ordinal_pattern(data),
        sequence=tuple(_words(data, "ordinal", "sequence")),
        # 具体为:一是…。二是…: an ordinal word opening a sentence inside a paragraph (after a colon, 。 or ;), or
        # right after a report's bracketed tag (【本报讯】 一是…)
        # (会议要求,一要…;二要…: after a quoting verb's comma too, as after its colon)
        ordinal_restart_not=tuple(_words(data, "ordinal", "restart_not")),
        ordinal_restart=re.compile(
            rf"[^。;:,]{{0,20}}(?:{_alternation(_words(data, 'ordinal', 'restart_nouns'))})[^。;:,]{{0,4}}:[ \t]*$"
        ),
        ordinal_inside=re.compile(
            rf"(?:^|(?<=[:;。】\],])|{_after_quoting(_words(data, 'run_in', 'colon_verbs'))})[ \t\u3000]*"
            rf"([一二三四五六七八九十]{{1,3}})(?:{_alternation(_words(data, 'ordinal', 'suffixes'))})"
        ),
        # 印发《…》的通知。通知提出,做强… / 《措施》明确,加强…: the document reported as the subject of a quoting verb,
        # its own sentences after the comma
        reported=re.compile(rf"(?:{_alternation(_words(data, 'reported', 'nouns'))}|》)(?:{reported}),"),
        announce=re.compile(
            rf"[^,;。:]{{0,{_RUN_IN_MAX}}}(?:{_alternation(_words(data, 'announce', 'nouns'))})[^,;。:]{{0,6}}:\s*$"
        ),
        # 社会组织登记规范化建设行动(登记处牵头): an action's name, then the body leading it in brackets
        led_item=re.compile(
            rf"(?P<name>[^、,;。:()\s]{{4,60}}?)\((?P<who>[^()、,;。:]{{2,20}}?"
            rf"(?:{_alternation(_words(data, 'led_list', 'roles'))}))\)"
        ),
        led_join=re.compile(rf"(?:{_alternation(_words(data, 'led_list', 'joins'))})"),
        led_opener=re.compile(_alternation(_words(data, "led_list", "openers"))),
        # 根据意见内容, / 按照…的总体要求, / 在精准扶贫工程板块,: a reporter's frames before the plan's action
        frame=re.compile(
            rf"(?:(?:{_alternation(_words(data, 'frames', 'openers'))})[^,。;:]{{1,30}}"
            rf"|在[^,。;:]{{1,20}}(?:{_alternation(_words(data, 'frames', 'scopes'))})),"
        ),
        **_distributed_patterns(data),
        **_demand_patterns(data, colon),
    )


def _after_quoting(verbs: list[str]) -> str:
    """A lookbehind for a quoting verb and its comma (要求, / 强调,), one per length (a lookbehind is fixed-width)."""
    widths = sorted({len(v) for v in verbs})
    return "|".join(rf"(?<=(?:{_alternation([v for v in verbs if len(v) == w])}),)" for w in widths)


_BODIES = r"[^,;。:()《》“”]{2,60}?"  # the bodies a division of work names (国家医保局、国家卫生健康委等)
_BODIES_NOT_HANDED = (
    r"[^,;。:()《》“”由]{2,60}?"  # …, not a task handed over (推进旅游合作由县旅游局牵头负责)
)


def _distributed_patterns(data: dict[str, Any]) -> dict[str, re.Pattern[str]]:
    roles = _alternation(_words(data, "distributed", "roles"))
    list_roles = _alternation(_words(data, "distributed", "list_roles"))
    handovers = _alternation(_words(data, "distributed", "handovers"))
    partners = _alternation(_words(data, "distributed", "partners"))
    run_ins = _alternation(_words(data, "distributed", "run_ins"))
    return {
        # 有3项由A牵头,分别是X;Y;Z。: the bodies and their role, a hand-over, the tasks to the full stop
        "handed_tasks": re.compile(rf"(?P<cl>由{_BODIES}(?:{roles})),(?:{handovers}):?(?P<rest>[^。]+)"),
        # A、B等分工负责X;Y;Z。: the bodies as the sentence's subject (after its run-in), the tasks right after
        # (not X由A牵头负责;Y…: a task handed to its bodies, then the next piece)
        "subject_tasks": re.compile(
            rf"(?:^|(?<=[,。]))(?P<cl>{_BODIES_NOT_HANDED}(?:{list_roles}))(?P<rest>[^。]+)"
        ),
        # 例如,X,由A、B等分工负责。: a task, then the bodies charged with it closing its sentence
        "charged_task": re.compile(
            rf"(?:^|(?<=[。;]))(?:(?:{run_ins}),)?(?P<task>[^。;]{{4,}}?),(?P<cl>由{_BODIES}(?:{roles}))。"
        ),
        # 推进重庆-通江旅游合作由县旅游局牵头负责;通江食用菌重庆打假…由县质监局牵头负责;…。: ;-pieces each a task
        # handed to its own bodies right after it
        "handed_piece": re.compile(
            rf"(?:^|(?<=[。;]))(?P<task>[^。;,]{{4,}}?)(?P<cl>由{_BODIES}(?:{roles})"
            rf"(?:,{_BODIES}(?:{partners}))?)(?=[;。]|$)"
        ),
    }


_SPEAKER_MIN = 2  # 黎晓华: a speaker's name, two characters at least
_PLACE_FRAME_MAX = 24
_WHEN_FRAME_MAX = 80  # 在实地查看…问题后,: the moment a named speaker demands, its own commas inside  # 在连麦镇农产品展示区,: the place a speaker's demand is made at
_FRAME_LEAD_MAX = 12  # characters before a frame word of the meeting (在下午召开的|座谈会上,)
_DIVISION_OBJECT_MAX = 24  # characters of the duty after a division's verb (由县财政局负责资金保障,)
_INLINE_SUBJECT_MAX = 40  # characters of the bodies a demand in a comma piece charges before their modal
_LEAD_IN_MAX = 60  # characters of the purpose or topic a demand is made on (为顺利完成…目标任务,曲道凯要求,)
_SPEAKER_MAX = (
    8  # characters of a body or a person quoted as the speaker of a demand (李微 / 市委书记王明 / 调研组)
)


def _demand_patterns(data: dict[str, Any], colon: str) -> dict[str, re.Pattern[str]]:
    speakers = _alternation(_words(data, "demand", "speakers"))
    frames = _alternation(_words(data, "demand", "frames"))
    lead_ins = _alternation(_words(data, "demand", "lead_ins"))
    levels = _alternation(_words(data, "demand", "inline_levels"))
    body_ends = _alternation(_words(data, "demand", "inline_body_ends"))
    # a document (通知提出,) is a flash quoting it; a leader or an expert quoted (总书记指出, 专家指出) is no meeting's
    # demand either: none may close the speaker's name
    others = _alternation(_words(data, "reported", "nouns") + _words(data, "demand", "not_speakers"))
    before = "".join(_words(data, "demand", "not_modal_before"))
    after = "".join(_words(data, "demand", "not_modal_after"))
    # 负责资金保障 / 负责人员招聘, not 负责人 / 负责同志 (people) nor 负责的… (what is in a body's charge)
    duty = rf"(?:{_alternation(_words(data, 'demand', 'duty_verbs'))})(?!人(?!员)|同志|的)"
    modals = "|".join(
        rf"(?<![{before}])要(?![{after}])"
        if w == "要"
        else rf"{re.escape(w)}(?!求)"
        if w == "需"
        else re.escape(w)
        for w in _words(data, "demand", "modals")
    )
    return {
        # 会议要求, / 李微强调, / 调研组要求,: the meeting or a named speaker, a quoting verb, its comma or colon
        "demand": re.compile(
            rf"(?:^|(?<=[。;!?\n]))[ \t\u3000]*(?:[^\s,;。:!?]{{0,{_FRAME_LEAD_MAX}}}?(?:{frames}),)?"
            rf"(?:(?:{lead_ins})[^\s,;。:!?]{{2,{_LEAD_IN_MAX}}}?,)?"
            # 在实地查看…汇报,并详细了解…问题后,高雁要求,…: when the speaker demands, a named speaker after it
            rf"(?P<when>在[^;。:!?\n]{{2,{_WHEN_FRAME_MAX}}}?(?:后|之后|时|期间),)?"
            rf"(?P<who>{speakers}|[^\s,;。:!?、《》“”\"()]{{2,{_SPEAKER_MAX}}}?)"
            rf"(?<!》)(?:还|也|再次|进一步)?(?:{colon})(?:[,:]|(?P<nl>[ \t]*\n\s*)(?=(?:{_alternation(_words(data, 'demand', 'inline_levels'))}|各)))"
        ),
        # 会议指出,…。强调要建立工作平台,…: the meeting's next demand, its speaker left out, the modal right after
        "demand_elided": re.compile(
            rf"(?:^|(?<=[。!?\n]))[ \t\u3000]*(?:{speakers})?(?:还|也|再次|进一步|同时)?(?P<who>)(?:{colon})(?=要)"
        ),
        # …听取了相关部门工作情况汇报,要求A、B等相关部门要加强协调,…: the speaker's demand as a comma piece of its
        # sentence, the bodies it charges and their modal right after the quoting verb
        "demand_inline": re.compile(
            rf"(?<=,)(?P<who>)(?:{_alternation(_words(data, 'demand', 'inline_verbs'))})"
            rf"(?=(?:[^,;。:!?]{{2,{_INLINE_SUBJECT_MAX}}}?等(?:相关|有关)?(?:部门|单位)"
            rf"|(?:{levels})[^,;。:!?各]{{1,{_INLINE_SUBJECT_MAX}}}?(?:{body_ends})"
            # …,要求各站所、科室要…: the collectives of the meeting's own bodies (heldout98 ep06)
            rf"|各[^,;。:!?]{{1,{_INLINE_SUBJECT_MAX}}}?)(?:{modals}))"
        ),
        # 会后袁翔龙要求萝北县各有关单位、各乡镇要…: the meeting's frame, a speaker, the quoting verb with no mark after
        # it (the speaker left out: 同时要求…), then the bodies charged and their modal (never without the frame:
        # 市民要求相关部门要…, 设计要求路面要…)
        "demand_spoken": re.compile(
            rf"(?:^|(?<=[。!?\n]))[ \t\u3000]*(?:(?:{frames}),?|(?P<place>在[^\s,;。:!?]{{2,{_PLACE_FRAME_MAX}}},))"
            rf"(?P<who>(?:[^\s,;。:!?、《》“”\"()]{{2,{_SPEAKER_MAX}}}?)?)(?:{_alternation(_words(data, 'demand', 'spoken_verbs'))})"
            rf"(?=[^,;。:!?]{{2,{_INLINE_SUBJECT_MAX}}}?(?:{modals}))"
        ),
        # …要进一步提高认识。将…。要进一步压实责任。压实…: the speaker's next point, a short title opening with the
        # modal after a full stop in the same paragraph (heldout99 eq08)
        "demand_next": re.compile(
            rf"(?<=[。!?])[ \t\u3000]*(?P<who>)(?=要[^,;。:!?\n]{{2,{_POINT_TITLE_MAX}}}。)"
        ),
        "demand_other": re.compile(rf"(?:{others})$"),
        "demand_not_frame": re.compile(_alternation(_words(data, "demand", "not_frames"))),
        "demand_modal": re.compile(modals),
        "whole_modal": re.compile(rf"(?:{_alternation(_words(data, 'demand', 'whole_places'))})(?:{modals})"),
        "demand_division": re.compile(
            rf"(?:^|[;,])[ \t\u3000]*由[^,;。]{{2,40}}?(?:{_alternation(_words(data, 'demand', 'division_verbs'))})"
            rf"[^,;。]{{0,{_DIVISION_OBJECT_MAX}}}[,;。]"
        ),
        # 会议明确,县农业农村局负责种子调度,县财政局负责资金保障: the words open with a body and its duty, no modal
        "demand_duty": re.compile(
            rf"[ \t\u3000]*(?:(?!负责)[^\s,;。:!?]){{2,{_DIVISION_OBJECT_MAX}}}?{duty}"
        ),
        # 会议明确, / 会议要求, / 会议强调,: the directive verbs a demand of duties alone follows (not 指出/通报: a
        # standing duty stated, progress reported)
        "demand_directive": re.compile(_alternation(_words(data, "demand", "duty_after"))),
        "demand_end": re.compile("[。!?]"),
    }


_POINT_TITLE_MAX = 8  # 进一步压实责任: a speaker's point named in a few words
_DEMAND_SENTENCE_MIN = 10  # characters of a demand after its run-in: a shorter one is a fragment
_CHARGED_OPENING_MAX = 24  # characters opening a sentence its modal sits in (各乡镇及相关单位要…)


# 会议提出了三点要求: the requirements counted before their list, no speaker's name (heldout62 df10's gold keeps
# the list one measure)
_COUNTED_WHO = re.compile(r"[一二三四五六七八九十两\d]+[点點项項条條个個]")


def demanded_sentences(text: str, page: str = "") -> list[tuple[int, int, int]]:
    """The demands a meeting report or a speech quotes in a paragraph (会议要求,各单位要…。 / 李微强调,要以…;各部门
    要…。): each as (its start, where its words start after the run-in, its end: after its full stop, or where the
    next demand starts), only those whose words carry a duty modal; none for a document, a leader or an expert
    quoted as the speaker, nor for goals or progress. A demand may follow the purpose it is made for (为完成…任务,
    县长要求,…) and hand the tasks over without a modal (…要求,由A牵头,B配合,在9月底前完成…;由C牵头,…)."""
    p = _patterns()
    found = sorted(
        [
            *p.demand.finditer(text),
            *p.demand_elided.finditer(text),
            *p.demand_inline.finditer(text),
            *p.demand_spoken.finditer(text),
        ],
        key=lambda m: m.start(),
    )
    if found:  # a speaker's next points, after a demand of the same paragraph
        found = sorted([*found, *_next_points(text, found, p)], key=lambda m: m.start())
    out: list[tuple[int, int, int]] = []
    for k, m in enumerate(found):
        limit = found[k + 1].start("who") if k + 1 < len(found) else len(text)
        at = _first_demanding(text, m.end(), limit, p)
        stop = p.demand_end.search(text, at, limit)
        end = stop.end() if stop is not None else limit
        if end - at < _DEMAND_SENTENCE_MIN and stop is not None and text.startswith("要", at):
            # 朱正权指出,要进一步提高认识。将工作着力点放在…。: a point's short title opening with the modal, its words
            # up to the next point (not an ordinal's lone point, 一要把握方向。: round 27's test)
            line_end = text.find("\n", end, limit)
            end = line_end if line_end >= 0 else limit
        words = text[at:end]
        if (
            len(words) < _DEMAND_SENTENCE_MIN
            or p.demand_other.search(m.group("who"))
            or _COUNTED_WHO.search(m.group("who")) is not None
            or p.demand_not_frame.search(text, m.start(), m.start("who")) is not None
            or (m.re is p.demand_elided and not _speaker_before(text, m.start(), p))
            or (
                m.re is p.demand_inline
                and text.startswith("各", m.end())
                and not _meeting_sentence(text, m.start(), p)
            )
            or (
                any(m.groupdict().get(g) for g in ("place", "nl", "when"))
                and not _introduced(page or text, m)
            )
            or not _demanding(words, p, duty=_directs_duties(text, m, p))
            or paragraph_role(words) in ("goals", "progress")
        ):
            continue
        out.append((m.start("who"), at, end))
    return out


def _introduced(page: str, m: re.Match[str]) -> bool:
    """Whether the speaker of a demand made at a place (在连麦镇展示区,黎晓华要求…) or run in on a line of its own
    (黎晓华要求⏎各镇要…) was named in the report's ``page`` before the run-in (县委书记黎晓华一行…): a speaker the
    report brought in, not a villager, a design or a heading's word (在走访中,村民要求… / 工作要求⏎…: review 46b)."""
    who = m.group("who")
    said = max(page.find(m.group().strip()), 0)
    if len(who) < _SPEAKER_MIN:
        return False
    # 县委书记黎晓华 / 区长高雁: named with an office's title (a citizen named before, 市民张某, is no speaker: review 46c)
    return any(
        page.endswith(title, 0, k)
        for k in _found_all(page, who, said)
        for title in _patterns().speaker_titles
    )


def _found_all(page: str, word: str, end: int) -> list[int]:
    """Every start of ``word`` in ``page`` before ``end``."""
    out, k = [], page.find(word, 0, end)
    while k >= 0:
        out.append(k)
        k = page.find(word, k + 1, end)
    return out


def _directs_duties(text: str, m: re.Match[str], p: _Patterns) -> bool:
    """Whether a demand's run-in may hand out duties with a bare 负责: a directive verb (会议明确, / 会议要求,), not a
    view (会议指出,) nor a standing requirement followed (按照安委会要求,)."""
    return (
        not m.group("who").startswith(p.demand_by)
        and p.demand_directive.search(text, m.end("who"), m.end()) is not None
    )


def _demanding(words: str, p: _Patterns, *, duty: bool) -> bool:
    """Whether a demand's words carry a duty: a modal, a task handed over (由A牵头,…) or, with ``duty``, a body and its
    duty opening them (县农业农村局负责种子调度,…; not after 按照…要求, a standing requirement followed)."""
    return (
        p.demand_modal.search(words) is not None
        or p.demand_division.match(words) is not None
        or (duty and p.demand_duty.match(words) is not None)
    )


def _first_demanding(text: str, at: int, limit: int, p: _Patterns) -> int:
    """Where the demand's words start: right after the run-in, or, when its first sentence states a view with no
    modal (徐声军指出,…工作是…的有效途径。各乡镇要…), at the next sentence that opens with one or with the bodies it
    charges (the view is no demand of its own)."""
    stop = p.demand_end.search(text, at, limit)
    if (
        stop is None
        or p.demand_modal.search(text, at, stop.start()) is not None
        or p.demand_division.match(text[at : stop.start()]) is not None
    ):
        return at
    nxt = stop.end()
    nstop = p.demand_end.search(text, nxt, limit)
    sentence = text[nxt : nstop.start() if nstop is not None else limit]
    head = sentence[:_CHARGED_OPENING_MAX]
    if head.lstrip().startswith(p.demand_asides):
        return at  # 需要说明的是,…: the speaker's aside, no demand
    if p.demand_modal.search(head) is not None:
        return nxt
    # 当前,我县正处于…机遇期,相关部门要提高认识: the moment stated in the sentence's first piece, its demand after
    piece = sentence.find(",")
    after = sentence[piece + 1 :] if 0 < piece else ""
    moment = sentence.lstrip().startswith(p.demand_moments)
    return nxt if moment and p.demand_modal.search(after[:_CHARGED_OPENING_MAX]) else at


def _next_points(text: str, found: list[re.Match[str]], p: _Patterns) -> list[re.Match[str]]:
    """The speaker's next points (…。要进一步压实责任。…) after the first demand of their paragraph."""
    firsts = [m.start() for m in found]
    return [
        n
        for n in p.demand_next.finditer(text, min(firsts))
        if any(f < n.start() and "\n" not in text[f : n.start()] for f in firsts) and n.start() not in firsts
    ]


def _meeting_sentence(text: str, at: int, p: _Patterns) -> bool:
    """Whether the sentence holding ``at`` opens with a meeting as its speaker (会议传达学习了…,要求各站所…要…), not a
    document quoted (…《通知》,要求各地要…: heldout91 ei14)."""
    lo = max(text.rfind(c, 0, at) for c in "。!?\n") + 1
    return text[lo:at].lstrip(" \t\u3000").startswith(p.demand_speakers)


def _speaker_before(text: str, at: int, p: _Patterns) -> bool:
    """Whether the sentence before ``at`` quotes a meeting or a speaker of its demands (会议指出,…。|强调要…): the
    speaker a sentence that leaves its own out continues; not a leader, a document or an expert quoted."""
    lo = max(text.rfind(c, 0, max(at - 1, 0)) for c in "。!?\n") + 1
    prev = p.demand.match(text, lo)
    return (
        prev is not None
        and prev.start() < at
        and not p.demand_other.search(prev.group("who"))
        and p.demand_not_frame.search(text, prev.start(), prev.start("who")) is None
    )


def opens_with_action(text: str) -> bool:
    """Whether ``text`` opens with an action verb or a modal of intent ([action]: 推进…, 建立…, 将…)."""
    return _patterns().action.match(text) is not None


def opens_with_modal(sentence: str, *, whole: bool = False) -> bool:
    """Whether a sentence opens with a duty modal, a speaker's demand going on (要明确体系建设目标任务。); with
    ``whole``, also after the place as a whole (全镇要…, 全市上下要…)."""
    p = _patterns()
    return p.demand_modal.match(sentence) is not None or (whole and p.whole_modal.match(sentence) is not None)


_NUMERAL = "[一二三四五六七八九十]{1,3}"


def _ordinal_pattern(data: dict[str, Any]) -> re.Pattern[str]:
    """An ordinal word opening a paragraph, its numeral (or letter) in group ``n``, the punctuation after it left
    out of group ``word``: 一是 / 其一, / 第一, / 第一是 (no 条: an article) / 【一】 / A. / 首先, 其次, ."""
    suffixes = _alternation(_words(data, "ordinal", "suffixes"))
    prefixes = _alternation(_words(data, "ordinal", "prefixes"))
    sequence = _alternation(_words(data, "ordinal", "sequence"))
    pairs = _words(data, "ordinal", "brackets")
    brackets = rf"[{re.escape(''.join(p[0] for p in pairs))}](?P<b>{_NUMERAL})[{re.escape(''.join(p[1] for p in pairs))}]"
    return re.compile(
        rf"(?P<word>(?P<s>{_NUMERAL})(?:{suffixes})|(?:{prefixes})(?P<p>{_NUMERAL})(?:(?=[,:、])|{suffixes})"
        rf"|{brackets}|(?P<l>[A-H])(?=[.、])|(?P<q>{sequence})(?=[,:]))[,:、.]?"
    )


def report_lead(text: str) -> bool:
    """A news report's lead paragraph: a byline (本报讯, 记者获悉) or the day of the act it reports followed by the
    act (7月16日,咸宁市出台《…》) near its start."""
    p = _patterns()
    head = text[:_LEAD_REACH]
    if p.byline.search(head):
        return True
    # 7月16日,咸宁市出台《…》 / 陕西省文化和旅游厅日前印发《…》: the day, or a word for a recent one, then the act
    day = _DAY.search(head) or p.recent.search(head)
    return day is not None and p.act.search(text, day.end(), day.end() + _ACT_REACH) is not None


def dated_lead(text: str) -> bool:
    """A news report's lead of any act: a byline, or the day it reports opening its first sentence (2月28日下午,…
    召开第一次会议)."""
    head = text[:_LEAD_REACH]
    return _patterns().byline.search(head) is not None or _DAY.search(head) is not None


def paragraph_role(text: str) -> str:
    """What a paragraph after a report's lead does: ``goals`` (the plan's goals to a horizon year), ``progress``
    (what has been done so far), ``action`` (what the plan does: its first clause after the run-in states an
    action, past the reporter's frames: 根据意见内容,按照…要求,将重点实施…) or ``about`` (the reporter describing the
    plan: 《方案》还提出了…, 本次调整结合…,旨在…)."""
    p = _patterns()
    if p.progress.match(text):
        return "progress"
    if p.goals.match(text):
        return "goals"
    start = plan_words_start(text)
    if start == 0 and text.startswith("《"):
        return "about"  # the plan as the subject, no colon handing over to its own words
    for _ in range(_FRAMES_MAX):  # 根据意见内容,按照…的总体要求,将重点实施…: the frames passed over
        frame = p.frame.match(text, start)
        if frame is None:
            break
        start = frame.end()
    clause = re.split(r"[,;。:]", text[start:], maxsplit=1)[0]
    if clause.startswith(p.event_subjects):
        return "about"  # 会议推动全市投促招商系统进一步…: what the event brought about, reported
    return "action" if p.action.search(clause) else "about"


def plan_words_start(text: str) -> int:
    """Where the plan's own words start in a report's paragraph: after the reporter's run-in (据了解, / 《实施方案》
    明确了发展重点: / 《意见》提出开展…, the quoting verb run straight into the plan's action verb), else 0."""
    p = _patterns()
    m = (
        p.run_in.match(text)
        or p.colon_run_in.match(text)
        or p.quote_run_in.match(text)
        or p.subject_run_in.match(text)
    )
    return m.end() if m else 0


def tasks_announced(text: str) -> bool:
    """A short paragraph announcing the plan's tasks, closed by a colon (报告明确2025年重点工作:)."""
    return _patterns().announce.match(text) is not None


def ordinal_opening(text: str) -> tuple[str, int, int] | None:
    """The ordinal word opening a paragraph (一是新材料产业,… / 其一,… / 第一,… / 【一】… / A.…), its value and
    where the paragraph's own words start after it, else None."""
    m = _patterns().ordinal.match(text)
    if m is None:
        return None
    if m.group("l"):
        return m.group("l"), ord(m.group("l")) - ord("A") + 1, m.end()
    if m.group("q"):  # 首先, / 其次, / 再次,: the words of a sequence count on by their place in it
        return m.group("q"), _patterns().sequence.index(m.group("q")) + 1, m.end()
    value = cn_number(m.group("s") or m.group("p") or m.group("b"))
    return (m.group("word"), value, m.end()) if value else None


# 眼镜产业链方面,招引… / 在系统完善数字社会治理方面,统筹…: the field a sentence is about, a comma or a colon after it
_TOPIC = re.compile(r"在?[^,;:。\s]{2,24}方面[,:]")


def topic_opening(text: str, pos: int = 0) -> bool:
    """Whether the sentence at ``pos`` opens with the field it is about (脐橙产业链方面,招引… / 此外,在系统完善数字社会
    治理方面,统筹推动…), a reporter's run-in (此外, / 同时,) before it at most."""
    run = _patterns().run_in.match(text, pos)
    return _TOPIC.match(text, run.end() if run else pos) is not None


def ordinal_run(text: str, first: int = 1) -> list[tuple[int, str]]:
    """The ordinal words numbering a paragraph's sentences in order (…具体为:一是稳定就业,…。二是深化…。): the offset
    and word of each, from 一是 (or the ``first`` word, where an earlier paragraph ran the words before it) on while
    each is the next in sequence; empty when the run never starts."""
    run: list[tuple[int, str]] = []
    for m in _patterns().ordinal_inside.finditer(text):
        if cn_number(m.group(1)) == len(run) + first:
            run.append((m.start(1), text[m.start(1) : m.end()]))
    return run


def ordinal_runs(text: str) -> list[list[tuple[int, str]]]:
    """Each run of ordinal words numbering a paragraph's sentences (…工作重点:一要编制…;二要完善…。政策措施:一是加强…;
    二是加大…): a run restarts at 一 once the one before it has two words at least; see :func:`ordinal_run`."""
    runs: list[list[tuple[int, str]]] = []
    run: list[tuple[int, str]] = []
    for m in _patterns().ordinal_inside.finditer(text):
        n = cn_number(m.group(1))
        if n == 1 and len(run) >= 2 and _restarts(text, m.start(1)):
            runs.append(run)
            run = []
        if n == len(run) + 1:
            run.append((m.start(1), text[m.start(1) : m.end()]))
    return [*runs, run] if run else runs


def later_first_ordinal(text: str, after: int) -> int:
    """Where an ordinal 一 after ``after`` opens a sentence of its own (…。今年以来取得的成效:一是…): a later count that
    is no part of the run before it; -1 if none."""
    for m in _patterns().ordinal_inside.finditer(text, after):
        if cn_number(m.group(1)) == 1 and text.rfind("。", after, m.start(1)) >= 0:
            return m.start(1)
    return -1


def _restarts(text: str, at: int) -> bool:
    """Whether the ordinal at ``at`` opens a second run: a sentence of its own before it, closed by a colon, names what
    the run sets out (…。促进乡村旅游发展的政策措施:一是…), and reports no progress (今年以来取得的成效:, 从需求看:);
    not the sub-points inside an item (三是强化金融保障,一要…)."""
    start = max(text.rfind(c, 0, at) for c in "。;\n") + 1
    intro = text[start:at]
    return (
        _patterns().ordinal_restart.match(intro) is not None
        and paragraph_role(intro) != "progress"
        and not any(w in intro for w in _patterns().ordinal_restart_not)
    )


_REPORTED_SENTENCE_MIN = 8  # characters of a reported sentence: a shorter one is a fragment
_REPORTED_ACTIONS_MIN = 2  # sentences opened by an action verb among those quoted: fewer quote goals or facts
_REPORTED_TITLE_MAX = 15  # a sentence this short with no comma is a title heading the sentences after it


def reported_sentences(text: str) -> list[tuple[int, int]]:
    """The sentences a news flash quotes from the document it reports, run together after the quoting verb in one
    paragraph (…印发《若干措施》的通知。通知提出,做强做精基础锂盐…。加强正极材料…布局。培育引进…。): the offsets
    of each, up to its 。, none that reports progress; a short title sentence (推动储能产业发展。) takes the
    sentences after it up to the next title. Empty when the paragraph quotes no document, or fewer than two of
    its sentences open with an action."""
    m = next((r for r in _patterns().reported.finditer(text) if not _followed(text, r.start())), None)
    if m is None:
        return []
    out: list[tuple[int, int]] = []
    titled = False
    actions = 0
    a = m.end()
    while a < len(text):
        b = text.find("。", a)
        b = len(text) if b < 0 else b + 1
        sentence = text[a:b].strip()
        title = len(sentence) <= _REPORTED_TITLE_MAX and "," not in sentence
        actions += paragraph_role(sentence) == "action"
        if titled and not title and out:
            out[-1] = (out[-1][0], b)  # a sentence under the title before it
        elif (title or len(sentence) >= _REPORTED_SENTENCE_MIN) and paragraph_role(sentence) != "progress":
            out.append((a + len(text[a:b]) - len(text[a:b].lstrip()), b))
            titled = title
        a = b
    # 《方案》明确,到2027年底,…增长25%以上。…: the document's goals, quoted as figures, state no action
    return out if actions >= _REPORTED_ACTIONS_MIN else []


def _followed(text: str, at: int) -> bool:
    """Whether the document before ``at`` is one a body's work follows (各创建县要严格按照工作方案要求,加强…): 按照/根据…
    inside its clause after the body's words, no flash quoting it (按照措施要求,做强…: 按照 opening the clause quotes)."""
    clause = text[max(text.rfind(c, 0, at) for c in "。;,\n") + 1 : at]
    by = min((k for w in _patterns().demand_by if (k := clause.find(w)) >= 0), default=-1)
    return by > 0 and bool(clause[:by].strip(" \t\u3000"))


_LED_ITEMS_MIN = 3  # actions a sentence lists with their leads: two could be one action and its partner's


def led_list_items(text: str) -> list[tuple[int, int, int]]:
    """The actions a report's sentence lists, each with its own bracket of the body leading it (制定了A行动(登记处
    牵头)、B行动(社团处牵头)…和F行动(…牵头)等六大行动方案): each as (its name's start, the bracket's start, the
    bracket's end) in ``text``; [] when no run of three or more such actions joined by 、/和 is found."""
    p = _patterns()
    if "(" not in text:
        return []
    runs: list[list[tuple[int, re.Match[str]]]] = []
    for m in p.led_item.finditer(text):
        start = m.start("name")
        prev = runs[-1][-1][1] if runs else None
        jm = p.led_join.match(text, prev.end()) if prev is not None else None
        # 、B行动(…) / 和F行动(…): joined to the action before it, the join no part of its name
        if (
            prev is not None
            and jm is not None
            and jm.end() <= m.end("name")
            and start in (prev.end(), jm.end())
        ):
            runs[-1].append((jm.end(), m))
        else:
            runs.append([(start, m)])
    best = max(runs, key=len, default=[])
    if len(best) < _LED_ITEMS_MIN:
        return []
    out: list[tuple[int, int, int]] = []
    for k, (start, m) in enumerate(best):
        if k == 0:
            # 上海市民政局分类制定了A行动: the first name starts after the verb before it
            cut = [o.end() for o in p.led_opener.finditer(text, start, m.end("name"))]
            start = cut[-1] if cut else start
        out.append((start, m.end("name"), m.end()))
    return out


_DISTRIBUTED_PIECES_MIN = 2  # tasks a sentence runs together after its bodies: one is a sentence, not a list


def hands_tasks_over(text: str) -> bool:
    """Whether a paragraph counts a body's tasks and hands over to them (有1项由A牵头,分别是X。): a division of
    work's sentence, read by :func:`distributed_tasks` where it runs two or more tasks together."""
    return _patterns().handed_tasks.search(text) is not None


def distributed_tasks(text: str) -> tuple[list[tuple[int, int, int, int]], bool]:
    """The tasks a report on a division of work hands each body in a paragraph (有3项由A牵头,分别是X;Y;Z。 / A、B等
    分工负责X;Y。 / 例如,X,由A、B等分工负责。): each as (its start, its end, its bodies' clause's start and end),
    in text order, and whether a sentence ran two or more tasks together after its bodies."""
    p = _patterns()
    out: list[tuple[int, int, int, int]] = []
    run_on = False
    taken = 0
    for pattern in (p.handed_tasks, p.subject_tasks):
        for m in pattern.finditer(text):
            pieces = _pieces(text, m.start("rest"), m.end("rest"))
            if m.start() < taken or len(pieces) < _DISTRIBUTED_PIECES_MIN:
                continue
            run_on = True
            taken = m.end()
            out.extend((a, b, m.start("cl"), m.end("cl")) for a, b in pieces)
    for m in p.charged_task.finditer(text):
        if not any(a <= m.start("task") < b or m.start("task") <= a < m.end() for a, b, _c, _d in out):
            out.append((m.start("task"), m.end("task"), m.start("cl"), m.end("cl")))
    handed = _handed_pieces(p.handed_piece, text)
    if handed:
        run_on = True
        out.extend(h for h in handed if not any(a <= h[0] < b or h[0] <= a < h[1] for a, b, _c, _d in out))
    return sorted(out), run_on


def _handed_pieces(pattern: re.Pattern[str], text: str) -> list[tuple[int, int, int, int]]:
    """The ;-pieces of a sentence that each hand a task to its own bodies right after it (X由A牵头负责;Y由B牵头负责。),
    two in one sentence at least: each (the piece's start, its end, its clause's start and end)."""
    out: list[tuple[int, int, int, int]] = []
    for m in pattern.finditer(text):
        out.append((m.start("task"), m.end("cl"), m.start("cl"), m.end("cl")))
    runs: list[tuple[int, int, int, int]] = []
    for k, piece in enumerate(out):
        joined = (k > 0 and text[out[k - 1][1] : piece[0]] == ";") or (
            k + 1 < len(out) and text[piece[1] : out[k + 1][0]] == ";"
        )
        if joined:
            runs.append(piece)
    return runs


def _pieces(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """The ;-pieces of ``text[start:end]``, blanks trimmed, empty ones left out."""
    out: list[tuple[int, int]] = []
    a = start
    while a <= end:
        b = text.find(";", a, end)
        b = end if b < 0 else b
        piece = text[a:b]
        if piece.strip():
            lead = len(piece) - len(piece.lstrip())
            out.append((a + lead, a + len(piece.rstrip())))
        a = b + 1
    return out
