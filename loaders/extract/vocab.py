"""The words of responsibility clauses and task tables, read from ``data/responsibility.toml``.

Role labels (牵头单位/责任单位/配合单位 …), role verbs (牵头/配合/按职责分工负责 …), 等-tails, people's titles,
scope phrases (下同), task-table column names and the titles of sections that are not measures. Every entry in
the data file has a ``source``; this module only turns the lists into lookups and patterns.
"""

from __future__ import annotations

import re
import tomllib
from dataclasses import dataclass, field
from functools import lru_cache
from typing import Any

from policykg.errors import ExtractError

__all__ = ["Vocabulary", "vocabulary"]

_ROLES = frozenset({"lead", "responsible", "support"})
_COLUMN_KINDS = frozenset(
    {
        "number",
        "task",
        "content",
        "lead",
        "responsible",
        "support",
        "people",
        "deadline",
        "other",
        "measure_unit",
        "value",
        "growth",
        "detail",
        "budget",
    }
)


def _alternation(words: list[str]) -> str:
    return "|".join(re.escape(w) for w in sorted(set(words), key=len, reverse=True))


def _table_words(data: dict[str, Any], table: str, key: str) -> tuple[str, ...]:
    """The words under ``key`` of the single table ``[table]`` (a missing table or key is an error)."""
    return tuple(_words(data.get(table, {}), key, table))


def _words(entry: dict[str, Any], key: str, where: str) -> list[str]:
    value = entry.get(key)
    if not isinstance(value, list) or not all(isinstance(v, str) and v for v in value):
        raise ExtractError(f"data/responsibility.toml: {where}: `{key}` must be a list of words")
    if not isinstance(entry.get("source"), str) or not entry["source"]:
        raise ExtractError(f"data/responsibility.toml: {where}: every entry needs a `source`")
    return list(value)


def _salutation_words(entry: dict[str, Any]) -> dict[str, tuple[str, ...]]:
    """The ``salutation_*`` fields from ``[notice_salutation]``."""
    keys = (
        "openers",
        "heads",
        "requests",
        "individuals",
        "stops",
        "general",
        "acts",
        "levels",
        "firms",
        "parks",
    )
    return {f"salutation_{k}": tuple(_words(entry, k, "notice_salutation")) for k in keys}


def _word_map(data: dict[str, Any], table: str, field: str, allowed: Any) -> dict[str, str]:
    """word -> the ``field`` value of its entry, for every entry of ``[[table]]`` (values checked against
    ``allowed``), and each word composed with a tail of its entry (see :func:`_compositions`)."""
    out: dict[str, str] = {}
    for i, entry in enumerate(data.get(table, [])):
        value = entry.get(field)
        if value not in allowed:
            raise ExtractError(f"data/responsibility.toml: {table} #{i + 1}: unknown {field} {value!r}")
        for w in _words(entry, "words", f"{table} #{i + 1}"):
            out[w] = value
    return {c: entry[field] for c, (_w, entry) in _compositions(data, table).items()} | out


def _compositions(data: dict[str, Any], table: str) -> dict[str, tuple[str, dict[str, Any]]]:
    """Each word of ``[[table]]`` composed with a tail of its entry (牵头 + 指导推进: a word and the work it names after
    it) -> the word and its entry, for the compositions no entry writes out (a word written out keeps its own)."""
    written = {w for entry in data.get(table, []) for w in entry.get("words", [])}
    return {
        w + tail: (w, entry)
        for entry in data.get(table, [])
        for w in entry.get("words", [])
        for tail in entry.get("tails", [])
        if w + tail not in written
    }


def _verb_work(data: dict[str, Any]) -> dict[str, str]:
    """Each role verb composed with the work it names (负责 + 组织 -> 负责组织) -> the verb itself."""
    return {c: w for c, (w, _entry) in _compositions(data, "verb").items()}


def _cover_words(entry: dict[str, Any]) -> list[str]:
    if not entry.get("cover_source"):
        raise ExtractError("data/responsibility.toml: assign_only: `cover_verbs` needs a `cover_source`")
    return _words(entry, "cover_verbs", "assign_only")


@dataclass(frozen=True)
class Vocabulary:
    label_role: dict[str, str]  # label word -> lead | responsible | support | people
    verb_role: dict[str, str]  # role verb -> lead | responsible | support
    verb_names: tuple[str, ...]  # 指导站 / 督导组: a role verb starting a body name's end
    tails: tuple[str, ...]
    person_suffixes: tuple[str, ...]
    same_below: tuple[str, ...]
    everywhere: tuple[str, ...]
    default_scope: tuple[str, ...]
    column_kind: dict[str, str]
    typography: tuple[str, ...]
    not_measure: tuple[str, ...]
    decimal_frames: tuple[str, ...]  # 总则: a decimal-numbered plan's general part, its sections no tasks
    assign_only: tuple[str, ...]
    requirement_phrases: tuple[str, ...] = ()  # 加强领导, 落实责任: a heading of only these assigns nothing
    timing_verbs: tuple[str, ...] = ()  # 完成 in 6月底完成: a deadline piece closing a clause, not a unit
    standing: tuple[str, ...] = ()  # 长期坚持 / 持续推进: a timing piece without a date
    notes: tuple[str, ...] = ()  # 注 / 备注: a note line's rule covers the whole list
    # 的工作 in (一)省监察厅牵头的工作: a heading naming who leads its section
    work_tails: tuple[str, ...] = ()
    work_counts: tuple[str, ...] = ()
    lead_rank: tuple[
        str, ...
    ] = ()  # 牵头 in 牵头单位 outranks 主办单位 when both label one clause  # 项 in 县示范区管委会牵头工作(8项): the section's item count after the tail
    host_labels: frozenset[str] = (
        frozenset()
    )  # 主办单位: leads only against the other bodies its clause names
    heads: tuple[str, ...] = ()  # 由 / 会同 opening a list piece: (由A牵头,会同B负责)
    designation_heads: tuple[str, ...] = ()  # 其中 in (A、B,其中A牵头): the role is the piece's alone
    together_heads: tuple[str, ...] = ()  # 会同 in 由A会同B负责: the bodies A acts together with
    cover_verbs: tuple[str, ...] = ()  # 印发给你们: a covering notice hands a plan on
    # 提出以下贯彻意见: …and puts forward its own tasks, no covering requirements; 结合 (…实际) before it: suited to
    # the notice's own place
    cover_own: tuple[str, ...] = ()
    cover_own_fit: tuple[str, ...] = ()
    task_numbers: tuple[str, ...] = ()  # 任务 in 任务29: the line naming a task page's task
    progress_fields: tuple[str, ...] = ()  # 进展情况: a task page's report of what was done
    status_openers: tuple[str, ...] = ()  # 已完成 opening a progress cell: no unit's name
    remark_words: tuple[
        str, ...
    ] = ()  # 方式 in (执行部门:A,事后奖补方式): a remark closing a clause, not a unit
    not_measure_endings: tuple[str, ...] = ()  # 原则 in 发展原则: a short title headed by it is a frame title
    assign_only_endings: tuple[str, ...] = ()  # 目标 in 阶段目标: a short title headed by it is a goals title
    assign_only_openings: tuple[str, ...] = ()  # 目标要求: a goals title opening with 目标
    label_prefixes: tuple[str, ...] = ()  # 项目 in 项目责任单位: / 项目责任领导:, the label's role unchanged
    listing_verbs: tuple[
        str, ...
    ] = ()  # 有 in 纳入…的项目有:A、B: a verb handing over a list of the plan's items
    item_kinds: tuple[str, ...] = ()  # 举措 in 2.重点工作举措。: a title naming what its (1) items are
    label_qualifiers: tuple[
        str, ...
    ] = ()  # 主要 in 主要协作单位: / 共同 in 共同责任单位:, the label's role unchanged
    label_copulas: tuple[str, ...] = ()  # 为 in 责任单位为A、B: the copula a label's units follow, as a colon
    label_copula_openers: tuple[
        str, ...
    ] = ()  # 工作 in 该项工作牵头单位为A: what may stand before such a label
    pointer_topics: tuple[
        str, ...
    ] = ()  # 这项工作 in 这项工作A负责: the task pointed back to before its bodies
    label_roles: tuple[
        str, ...
    ] = ()  # 牵头 in 牵头主体: / 协同实施单位:, a role word opening a composed label
    label_middles: tuple[
        str, ...
    ] = ()  # 实施 in 牵头实施单位:, the work named between role word and body noun
    label_nouns: tuple[str, ...] = ()  # 主体 in 参与主体:, the body noun closing a composed label
    label_role_of: dict[str, str] = field(
        default_factory=dict
    )  # 牵头 -> lead, 协同 -> support (else responsible)
    field_nouns: tuple[
        str, ...
    ] = ()  # 地点 in 1.项目实施地点:…: the last noun of a project card's field label
    card_unit_nouns: tuple[str, ...] = ()  # 单位 / 主体: a card field naming who carries the project
    agent_verbs: tuple[
        str, ...
    ] = ()  # 代建 in 区教体局(区国资公司代建): the bracketed body acts for the unit
    contact_nouns: tuple[str, ...] = ()  # 电话 in 咨询电话:2126811 after a card's units
    copulas: tuple[str, ...] = ()  # 为 in A为该工作的牵头单位
    copula_determiners: tuple[str, ...] = ()  # 该 / 本 after the copula
    duty_objects: tuple[
        str, ...
    ] = ()  # 责任 in 以下均需A落实属地管理责任,不再列出: the duty the scope's verb takes
    # 以下各项工作 in (以下各项工作均需A配合,不再注明): what the scope covers
    scope_subjects: tuple[str, ...] = ()
    default_openers: tuple[str, ...] = ()  # 除特别注明的外 opening a notice's units of every task
    default_copulas: tuple[str, ...] = ()  # 都是 in 除特别注明的外,A都是配合单位
    announced_counters: tuple[str, ...] = ()  # 件 in 重点抓好10件民生实事: before its (1)…(10) items
    announced_nouns: tuple[str, ...] = ()  # 民生实事 in the same lead: what the counted items are
    organiser_labels: tuple[str, ...] = ()  # 主办单位 opening an item: who runs the activity, no task
    feedback_channels: tuple[str, ...] = ()  # 信函 in 2.通过信函…寄至: a way to send comments, no task
    feedback_words: tuple[str, ...] = ()  # 意见 in the same item
    feedback_openers: tuple[str, ...] = ()  # 通过 opening the same item
    feedback_labels: tuple[str, ...] = ()  # 信函 in 1.信函:…: a channel's label over its address, no task
    # 以负面清单形式 / 按规定程序 / 依法 between a list and its role verb: how the bodies carry the task
    manner_openers: tuple[str, ...] = ()
    manner_ends: tuple[str, ...] = ()
    manner_words: tuple[str, ...] = ()
    # 通过 in 由A通过…等方式,盘活…: the 由-agent's means in place of a verb
    agent_means: tuple[str, ...] = ()
    manner_grains: tuple[str, ...] = ()  # 以乡镇(街道)为单位: the grain a task is organised by, no body
    division_sections: tuple[str, ...] = ()  # 责任分工: a section whose headings name bodies with no level
    division_paragraph_sections: tuple[str, ...] = ()  # 分工安排: a division section over paragraphs only
    duty_modals: tuple[str, ...] = ()  # 要 in 州政府督查室要将…: the subject's duty
    collective_acts: tuple[
        str, ...
    ] = ()  # 相应 in 各镇区|相应召开会议: a collective's own act after its name
    steps_report_words: tuple[str, ...] = ()  # 完成情况 in 工作步骤及完成情况: a steps section reporting
    steps_task_words: tuple[str, ...] = ()  # 步骤: a steps section whose phases hold tasks
    steps_done_words: tuple[str, ...] = ()  # 累计 in a step reported done
    modal_not_duty: tuple[str, ...] = ()  # 将 after a body on a page with no heading
    institution_collectives: tuple[str, ...] = ()  # 学校 in 各学校要…: schools or hospitals as a whole
    modal_duty_roles: tuple[str, ...] = ()  # 负责 in 县交通运输局将负责…: a share handed over
    modal_role_not: tuple[str, ...] = ()  # 负责人 in 县纪委将负责人约谈情况…: a person, no role verb
    addressee_words: tuple[str, ...] = ()  # 各 / 有关: the addressees as a whole
    addressee_ends: tuple[str, ...] = ()  # 政府 closing the addressees as a whole
    will_deliberations: tuple[str, ...] = ()  # 将|审慎讨论: a body only deliberating, no duty
    duty_joins: tuple[str, ...] = ()  # 会同 in A要会同B…: the bodies the subject acts with
    partner_breaks: tuple[str, ...] = ()  # 对 in 会同市财政局对企业…: no part of a partner's name
    second_name_marks: tuple[str, ...] = ()  # 加挂 in (加挂办公室,A牵头): a group's second name
    opening_adverbs: tuple[str, ...] = ()  # 总体 in 区民政局总体负责…: the charge's adverb before its verb
    duty_acts: tuple[str, ...] = ()  # 积极 in 市财政局积极做好…: a named subject's act, no modal
    verb_work: dict[str, str] = field(
        default_factory=dict
    )  # 负责组织 -> 负责: a role verb and the work it names
    contact_verbs: tuple[str, ...] = ()  # 联系 in 由县委办公室联系电信公司: a body's act on a firm
    elided_new_bodies: tuple[str, ...] = ()  # 领导小组 in 县政府建立工作领导小组,负责…
    joined_work: tuple[str, ...] = ()  # 督导组 in B、C派员参加督导组: the work bodies join
    duty_line_organs: tuple[str, ...] = ()  # 委 in 经委:负责…: an organ's ending opening a duty line
    duty_line_utilities: tuple[str, ...] = ()  # 供电公司:负责…: a public utility charged by its kind
    listed_zones: tuple[str, ...] = ()  # 经济区 in 各镇、经济区、县直各部门要…: a zone by its bare kind
    duty_line_not_organs: tuple[str, ...] = ()  # 评委 in 评委:负责打分: no organ
    staff_verbs: tuple[str, ...] = ()  # 派员参加: a support verb only with the work joined after it
    closing_connectives: tuple[str, ...] = ()  # 对此 in 对此,各地…要…: before a report's closing charge
    stage_columns: tuple[str, ...] = ()  # 阶段目标: a task table's column of what each task sets by stage
    numbered_duty_columns: tuple[str, ...] = ()  # 职责分工: a duties column, a task only beside 序号
    result_columns: tuple[str, ...] = ()  # 检查结果: a header of what inspections found, no task table
    founding_verbs: tuple[str, ...] = ()  # 组建 in 由A会同B组建协调小组: founding a body, never in a name
    attendee_words: tuple[str, ...] = ()  # 负责同志 in A牵头,B等单位负责同志参加…: people sent
    attendance_verbs: tuple[str, ...] = ()  # 参加: the listed bodies attend, no partners
    titled_duty_openers: tuple[str, ...] = ()  # 负责 opening the duty paragraph under (1)市林业局。
    designated_bodies: tuple[
        str, ...
    ] = ()  # 总协调机构 in (一)A为…的总协调机构。: what a title names bodies as
    elided_duty_acts: tuple[str, ...] = ()  # 建立 in 各镇街建立…站,负责…: the act before a duty's 负责
    kind_duty_endings: tuple[str, ...] = ()  # 部门 in 林业部门要…: a body named by its kind
    kind_duty_vague: tuple[str, ...] = ()  # 有关 in 有关部门要…: a stem that names no kind
    kind_duty_collective: tuple[
        str, ...
    ] = ()  # 站: a level's stations (乡镇级服务站) name no body but as a collective
    kind_duty_shared: tuple[
        str, ...
    ] = ()  # 单位 in 各有关部门和单位要…: a noun sharing the first piece's stem
    kind_duty_conditions: tuple[str, ...] = ()  # 凡 in 凡…的地区和部门,要追究…: whoever meets a condition
    kind_duty_places: tuple[str, ...] = ()  # 各地 in 各地要…: the places as a whole, an item's only subject
    kind_duty_relatives: tuple[str, ...] = ()  # 的 there: a relative clause binding the subject
    kind_duty_openers: tuple[str, ...] = ()  # 要求 in 一是要求各乡镇要…: the verb before the subject
    kind_duty_case_opens: tuple[str, ...] = ()  # 对 in 对构成犯罪的,公安机关要…: the case a duty is for
    kind_duty_case_ends: tuple[str, ...] = ()  # 的 in the same
    kind_duty_speaker_max: int = 0  # 该市 in 该市要求,水务部门要…: the requiring body's length at most
    kind_duty_occasion_opens: tuple[str, ...] = ()  # 在 in A在制定规划时,要…: the occasion's opening
    kind_duty_occasion_ends: tuple[str, ...] = ()  # 时 there: the occasion's end
    later_acts: tuple[str, ...] = ()  # 根据 in …;县广播电台根据…播出: a later sentence's act
    run_frames: tuple[str, ...] = ()  # 根据 in 根据分工,市体育局负责…: a frame before a sentence's role run
    general_duty_verbs: tuple[
        str, ...
    ] = ()  # 履行 in 各州(市)切实履行主体责任: a responsibility borne in general
    general_duty_objects: tuple[str, ...] = ()  # 主体责任 there: no task of the item
    duty_addressees: tuple[
        str, ...
    ] = ()  # 各单位 in …,各单位要在2月底前完成…: the addressees charged as a whole
    column_weights: tuple[str, ...] = ()  # 分值 in 项目名称及分值: the weight a header joins to its column
    addressee_fittings: tuple[str, ...] = ()  # 结合自身实际 in 各单位结合自身实际开展…
    cut_remark_openers: tuple[str, ...] = ()  # 含 in …各区人民政府(含开发区、<end>: what the name covers
    duty_time_ends: tuple[str, ...] = ()  # 前 in 资金发放前各乡(镇)政府要…: the time a duty falls at
    addressee_steps: tuple[str, ...] = ()  # 将 in 各责任单位将…纳入…: a step handed down to the addressees
    addressee_heads: tuple[str, ...] = ()  # 主要负责人 in 各责任单位主要负责人切实履行…
    level_bureau_ends: tuple[
        str, ...
    ] = ()  # 局 in 各乡镇、水务局要…: a bureau of the places' level, named bare
    bare_department_units: tuple[str, ...] = ()  # 大队 in 公安局交警大队要…: a department's unit named bare
    not_bare_department_openers: tuple[str, ...] = ()  # 根据 / 协助: a phrase's opening, no department
    taken_duty_verbs: tuple[str, ...] = ()  # 承担 in A要切实承担监管责任: the duty the subject takes on
    taken_duty_adverbs: tuple[str, ...] = ()  # 切实 in the same
    taken_duty_nouns: tuple[str, ...] = ()  # 责任 in the same
    taken_duty_categories: tuple[str, ...] = ()  # 各类 in 各类企业要落实主体责任: a class, no body
    taken_lead_verbs: tuple[str, ...] = ()  # 发挥 in A要充分发挥牵头作用: the lead role taken on
    taken_lead_adverbs: tuple[str, ...] = ()  # 充分 in the same
    taken_lead_nouns: tuple[str, ...] = ()  # 作用 in the same
    borne_duty_verbs: tuple[str, ...] = ()  # 担负 in 安委办担负综合协调责任: a duty borne, no modal needed
    borne_duty_nouns: tuple[str, ...] = ()  # 职能 in A要认真履行行业安全监管职能
    borne_duty_actors: tuple[str, ...] = ()  # 企业 in 带动更多企业主动履行社会责任: no body charged
    addressee_pronouns: tuple[str, ...] = ()  # 你市 in a reply's 由你市批准 / 你市…要…: the addressee charged
    addressee_agents: tuple[str, ...] = ()  # 由 in 由你市批准: the pronoun the agent of the act
    addressee_modals: tuple[str, ...] = ()  # 要 in 你市…,要坚持…: the pronoun's duty
    held_duty_verbs: tuple[str, ...] = ()  # 落实 in 落实区县政府…主体责任: its holder charged
    held_duty_nouns: tuple[str, ...] = ()  # 责任 in the same: what the body holds
    held_duty_not_openers: tuple[str, ...] = ()  # 以 in 落实以…为核心的责任制: a manner, no holder
    levels_kind_prefix: str = ""  # 各级 in 各级农业部门: the departments of a kind at every level
    levels_kind_endings: tuple[str, ...] = ()
    own_joins: tuple[str, ...] = ()  # 及其 in 县政府及其水利部门: the second body the first one's own
    own_join_not: tuple[str, ...] = ()  # 他 in 及其他: the other, not one's own
    enumerator_suffixes: tuple[str, ...] = ()  # 是 in 一是A要…: the ordinal word opening a sentence
    timed_periods: tuple[str, ...] = ()  # 下旬 in 4月下旬市政府组织召开…: when the act is, before its bodies
    timed_starts: tuple[str, ...] = ()  # 今年起 in 今年起由A主导…: from when
    timed_verbs: tuple[str, ...] = ()  # 组织 in the same: the act the bodies lead
    divided_heads: tuple[str, ...] = ()  # 职责 in 压实各部门职责:A…;B…: the duties divided after a colon
    run_partners: tuple[str, ...] = ()  # 联合 in 由A牵头,联合B、C,…: the bodies the lead brings in
    principle_verbs: tuple[str, ...] = ()  # 坚持 in 坚持政府主导: a principle held, no body named
    tally_counters: tuple[str, ...] = ()  # 个 in 等九个单位: the tally of a list
    tally_nouns: tuple[str, ...] = ()  # 单位 in the same
    member_heads: tuple[str, ...] = ()  # 成员 in 办公室成员由A、B组成: the body's members listed
    member_closers: tuple[str, ...] = ()
    formed_groups: tuple[str, ...] = ()  # 推进小组 in 由A、B组成推进小组: the group the members form
    members_of_body: tuple[
        str, ...
    ] = ()  # 各成员单位 in 县森林防火指挥部各成员单位要…: a body's member units  # 组成 in the same: the verb closing the list
    contents_words: tuple[str, ...] = ()  # 目录 heading a compilation's list of the documents it holds
    colon_duties: tuple[str, ...] = ()  # 负责 in 市发展改革委:负责拟订…: a department's duty paragraph
    vetting_opener: str = ""  # 经 in 经县文化和旅游局年度考核合格: before the vetting body
    byline_words: tuple[
        str, ...
    ] = ()  # 通讯员 in (通讯员:江江 来源:云霄县农业农村局): a report's byline, no clause
    vetting_verbs: tuple[str, ...] = ()  # 考核 in the same: the body's act of vetting
    vetting_periods: tuple[str, ...] = ()  # 年度 in the same: when it vets
    office_seats: tuple[str, ...] = ()  # 办公室设在 in 领导小组办公室设在A
    lead_in_nouns: tuple[str, ...] = ()  # 责任 in 第四条 各级党委和政府乡村振兴责任主要包括:
    lead_in_verbs: tuple[str, ...] = ()  # 主要包括 in the same heading
    lead_in_titles: tuple[str, ...] = ()  # 主要职责 in (一)党委主要职责: a heading naming whose duties follow
    lead_in_bare_bodies: tuple[str, ...] = ()  # 党委 in (一)党委主要职责: a bare body noun heading its duties
    lead_in_item_titles: tuple[str, ...] = ()  # 职责 in (一)区委职责 over 1. items: whose duties they are
    under_openers: tuple[str, ...] = ()  # 在 in 在省委领导下,A负责…
    under_heads: tuple[str, ...] = ()  # 领导下 in the same sentence
    dated_markers: tuple[str, ...] = ()  # 于 in …,内政部于106年5月16日公告实施…
    deadline_markers: tuple[str, ...] = ()  # 在 in 各乡(镇)在6月15日前完成排查
    deadline_ends: tuple[str, ...] = ()  # 前 in the same
    deadline_periods: tuple[str, ...] = ()  # 每季度 in 各乡镇每季度开展一次检查
    ranked_levels: tuple[str, ...] = ()  # 县 in 县级人民政府要…
    ranked_counts: tuple[str, ...] = ()  # 两级 in 市、县两级人民政府要…
    ranked_tails: tuple[str, ...] = ()  # 级以上 in 县级以上人民政府要…
    ranked_bodies: tuple[str, ...] = ()  # 人民政府 in the same
    listed_levels: tuple[str, ...] = ()  # 直辖市 in 直辖市、县(市)政府
    ranked_governments: tuple[str, ...] = ()  # 人民政府 in 县级人民政府要…
    bare_bodies: tuple[str, ...] = ()  # 联席会议 in 联席会议要…
    zone_collectives: tuple[str, ...] = ()  # 园区 in 各园区于6月底前完成…
    self_references: tuple[str, ...] = ()  # 本署 in (一)本署:
    issuer_pronouns: tuple[str, ...] = ()  # 我委 in 我委将会同…
    issuer_modals: tuple[str, ...] = ()  # 将 in the same
    deadline_modals: tuple[str, ...] = ()  # 要 in 县水利局要于6月20日前…
    pointer_words: tuple[str, ...] = ()  # 该 in 该局于2019年…: no name of its own
    fiscal_nouns: tuple[str, ...] = ()  # 财政 in 经费由省财政解决
    fiscal_verbs: tuple[str, ...] = ()  # 解决 in the same sentence
    fiscal_grant_verbs: tuple[str, ...] = ()  # 给予 in 市财政对…给予奖补
    own_bodies: tuple[str, ...] = ()  # 局 in 局综合科: the issuing body named without its place
    listed_body_words: tuple[str, ...] = ()  # 单位 in A、B等单位要…: the word closing a list of bodies
    chain_verbs: tuple[
        str, ...
    ] = ()  # 组织 in 由A负责,B组织,C落实: the part a body of a chain of shares plays
    chain_concerned: tuple[
        str, ...
    ] = ()  # 相关部门 in …,相关部门密切配合: the bodies concerned closing a chain
    duty_connectives: tuple[str, ...] = ()  # 同时 in 同时,县财政局要…: a connective before a duty's subject
    duty_appositions: tuple[str, ...] = ()  # 作为 in 市经委作为牵头部门,要…: the role the subject acts in
    # 要将 / 应当 in 市发改委每月10日前要将…报送市政府研究室: a duty's words, never inside a body's name
    name_clause_words: tuple[str, ...] = ()
    handed_not_verbs: tuple[str, ...] = ()  # 批准 in 由省政府批准: an upper level's act on the topic, no task
    handed_changes: tuple[str, ...] = ()  # 转变 in 由县政府管理向…转变: a change of holder, no task
    handed_decider_adverbs: tuple[str, ...] = ()  # 另行 in 由国务院另行规定: before an upper level's act
    colon_tail_fields: tuple[str, ...] = ()  # 对象 in 督查对象:县住建局: a notice's field, no duty
    handed_name_endings: tuple[str, ...] = ()  # 部 in 由县委组织部…: a department's name runs on to it
    handed_firm_endings: tuple[str, ...] = ()  # 公司 in 由南昌联通公司…: a firm's name runs on to it
    not_modals: tuple[str, ...] = ()  # 应急 / 要求: words a duty modal's character opens, no modal
    not_modal_closing: tuple[str, ...] = ()  # 主要 / 重要: words a duty modal's character closes, no modal
    chain_actors: tuple[
        str, ...
    ] = ()  # 施工单位 in …,施工单位具体实施: a contract's party, no body of the plan
    not_levels: tuple[
        str, ...
    ] = ()  # 市场 in 市场监管部门: a word opening with a level's character, no level
    section_ends: tuple[str, ...] = ()  # 科 in 局综合科: a section of it
    sector_words: tuple[
        str, ...
    ] = ()  # 民政 in 组织、人事、民政等部门牵头: a kind of department by its sector
    joined_sectors: tuple[str, ...] = ()  # 自然资源和规划: two sectors one department, never split
    sector_nouns: tuple[str, ...] = ()  # 部门 in the same list: the body noun the sectors share
    column_titles: tuple[str, ...] = ()  # 责任分工 above a header titles the table: never its first column
    level_areas: tuple[str, ...] = ()  # 试点地区 in 试点地区各级财政部门要…: the area the departments serve
    level_words: tuple[str, ...] = ()  # 各级 / 省级 in the same: the level they serve
    level_joint: tuple[str, ...] = ()  # 多部门 in 省级多部门要…: several departments acting jointly
    level_modals: tuple[str, ...] = ()  # 要 / 应当 after such a subject
    together_modals: tuple[str, ...] = ()  # 将 in A将会同B制定…: what the body will do with the others
    together_partners: tuple[str, ...] = ()  # 和 in A将和B联合举办…: a partner, not charged with the item
    together_openers: tuple[str, ...] = ()  # 其中 in …,其中A将和B…: a comma piece the subject opens
    pair_carriers: tuple[str, ...] = ()  # 负责 in 由A负责、B配合做好…: the carrier's verb of a glued pair
    pair_supports: tuple[str, ...] = ()  # 配合 there: the supporters' verb
    convene_verbs: tuple[str, ...] = ()  # 召集 in 召集A、B等相关单位共同参与: bodies a unit convenes
    convene_tails: tuple[str, ...] = ()  # 共同参与: the part the convened bodies take
    convene_choices: tuple[str, ...] = ()  # 或 in 召集全部或部分成员单位: a convened list offering a choice
    convene_vague: tuple[str, ...] = ()  # 全部 / 非 opening a convened piece: a share or a negation, no body
    # 组织 in 组织A、B等多个部门分析研判: bodies organised to act (the list closed by 等…部门)
    organise_verbs: tuple[str, ...] = ()
    approval_verbs: tuple[
        str, ...
    ] = ()  # 原则同意 in 会议原则同意县财政局关于…的意见: the body proposing carries it
    etc_closed_not_openers: tuple[
        str, ...
    ] = ()  # 邀请 in 邀请市农科院、…等单位: the bodies acted on, no subject
    etc_closed_people_after: tuple[str, ...] = ()  # 负责同志 in …等单位负责同志参加: the bodies' people
    approval_markers: tuple[str, ...] = ()  # 关于 / 提交的: what the approved body proposed
    # 全体班子成员 in 县自然资源局全体班子成员要…: the body's own people, the body charged
    body_people: tuple[str, ...] = ()
    # 参与 in (五)协会参与,发挥作用: a body's kind alone taking part, a title's phrase
    take_part_verbs: tuple[str, ...] = ()
    # 职责 in 市财政局职责:…: the word for a body's duties before its colon
    item_duty_nouns: tuple[str, ...] = ()
    # 要 / 加强: no body's name opens with them (要加强部门协作)
    name_not_openers: tuple[str, ...] = ()
    # 机构职能 / 主要职责: the word for a body's functions closing a page's title (增城…园区发展局机构职能)
    duties_titles: tuple[str, ...] = ()
    # 主要领导 in 盘龙区政府主要领导: a body's heads after its name, dropped where the name stands before them
    head_tails: tuple[str, ...] = ()
    list_adverbs: tuple[str, ...] = ()  # 主要 in 区政府要…,主要承担以下工作: before a task list
    list_verbs: tuple[str, ...] = ()  # 承担 in the same paragraph
    list_pointers: tuple[str, ...] = ()  # 以下 in the same paragraph
    list_fillers: tuple[str, ...] = ()  # 各项 in 负责以下各项工作
    list_objects: tuple[str, ...] = ()  # 工作 in the same paragraph
    list_titles: tuple[str, ...] = ()  # 责任清单 in the list's title under the body it is for
    plan_title_ends: tuple[
        str, ...
    ] = ()  # 实施方案 in …实施方案一、免疫病种…: a plan's title run into its first heading
    awareness_ends: tuple[str, ...] = ()  # 重要性 closing 充分认识…的重要性: an item that only exhorts
    topic_item_openers: tuple[str, ...] = ()  # 在 in 1.在"聚焦…"方面(分解任务15项): a topic item
    topic_item_heads: tuple[str, ...] = ()  # 方面 in the same
    next_step_openers: tuple[str, ...] = ()  # 下一步 in 下一步,各牵头单位要…: a paragraph of the next step
    next_step_run_ins: tuple[str, ...] = ()  # 据悉 in 据悉,下一步,…: a reporter's words before it
    project_heads: tuple[str, ...] = ()  # 工程 in 阜平县:阜平县乡村道路示范工程: a project's name
    name_list_ends: tuple[str, ...] = ()  # 名单 closing an attachment's title: its items are names
    named_tasks: tuple[str, ...] = ()  # 目标任务 in …的目标任务是:A;B;C: the tasks named before the colon
    task_handover_words: tuple[str, ...] = ()  # 方面 in 在…方面:: a line handing over the tasks below
    past_task_words: tuple[str, ...] = ()  # 去年 in 去年…主要工作有:: the work done, not the tasks ahead
    condition_list_words: tuple[str, ...] = ()  # 下列条件 announcing the conditions the items below list
    name_report_words: tuple[str, ...] = ()  # 累计 / 到位: a bracket after a roll's name reporting on it
    content_anywhere_ends: tuple[
        str, ...
    ] = ()  # 目标 / 内容: content columns that are the row's text anywhere
    content_anywhere_figures: tuple[
        str, ...
    ] = ()  # 抽查比例: a figure column that is the row's text anywhere
    activity_fields: tuple[str, ...] = ()  # 时间 / 地点 / 对象: an activity's particulars, item by item
    event_fields: tuple[str, ...] = ()  # 时间 / 地点: the particulars an event's name stands over
    activity_nouns: tuple[str, ...] = ()  # 活动 / 宣传: the activity named before a field word closed by 。
    scope_ends: tuple[str, ...] = ()  # 范围 closing 办理范围: a heading naming what the work covers
    # 意义 closing 目的意义: a notice's part naming what it states, no task
    part_title_ends: tuple[str, ...] = ()
    points_doer_openers: tuple[str, ...] = ()  # 认真 in 市自然资源局认真做好…: how the lead's body works
    points_not_doers: tuple[str, ...] = ()  # 公司: firms reported on, no doer of a plan's points
    points_purposes: tuple[
        str, ...
    ] = ()  # 为 in 为进一步…,市市场监管局会同…: the lead's purpose before its body
    points_not_plan_words: tuple[str, ...] = ()  # 发现 in 审计发现的问题…: findings
    scope_verbs: tuple[str, ...] = ()  # 扩大 opening 扩大试点范围: a task, not a scope heading
    principle_ends: tuple[str, ...] = ()  # 原则 closing 督办工作原则: a part naming the work's principles
    interpretation_ends: tuple[str, ...] = ()  # 背景 / 依据: an interpretation page's parts before a colon
    # 出台 / 起草: before such a part's name as a heading (出台背景)
    interpretation_makers: tuple[str, ...] = ()
    # 如下 / 认真组织实施: a preamble's words, never a cut item's tail
    excerpt_tail_not: tuple[str, ...] = ()
    applicant_classes: tuple[str, ...] = ()  # 主体 / 企业: a category of applicants after a conditions list
    site_clause_words: tuple[str, ...] = ()  # 本网 / 转载: a news site's statement clauses
    site_self_words: tuple[str, ...] = ()  # 本网 / 稿件: a statement clause speaking of the site itself
    duty_list_cues: tuple[str, ...] = ()  # 职责 / 责任清单: the heading of a duty list one cell a line
    duty_cell_not_openers: tuple[str, ...] = ()  # 联系 / 关于: what under a body's line is no duty of it
    charged_task_words: tuple[str, ...] = ()  # 负责 / 将: a task after a sentence's opening clause
    charged_kinds_not_named: tuple[str, ...] = ()  # 相关 in 相关部门: a kind naming no department
    charged_kinds_not_after: tuple[str, ...] = ()  # 数据 in …部门数据显示: the kind's data or people, no act
    charged_kinds_reported: tuple[str, ...] = ()  # 统计 / 共: a piece reporting figures or results
    charged_kind_lines_reported: tuple[str, ...] = ()  # 表明 / 全年: an item's kind line reporting, no act
    charged_kind_lines_reporting: tuple[str, ...] = ()  # 预报 / 通报 right after the kind: the same
    charged_run_body_words: tuple[str, ...] = ()  # 依托 in …;市公安局依托派出所加强…;: a piece of a division
    charged_share_words: tuple[str, ...] = ()  # 现已 in 市公安局现已制定…: a named body's share reported
    charged_share_connectives: tuple[str, ...] = ()  # 同时 in 同时油田公司还将…
    charged_share_reported: tuple[str, ...] = ()  # 统计 / 累计: figures reported, no share
    charged_share_not: tuple[str, ...] = ()  # 现有: a word opening with a share word, none
    charged_share_done: tuple[str, ...] = ()  # 现已: a share made, a result where a figure follows
    charged_frames: tuple[
        str, ...
    ] = ()  # 行动中 / 其中: a report's frame before ;-pieces each charging a body
    charged_reported_words: tuple[str, ...] = ()  # 了 / 累计: a report after a sentence's opening clause
    goal_label_ends: tuple[str, ...] = ()  # 目标 / 指标: goals named before a task's colon
    principle_openers: tuple[str, ...] = ()  # 坚持 opening 坚持属地管理原则: an item of its own
    announce_verbs: tuple[str, ...] = ()  # 现予公布 in …确定A等10家为…,现予公布: a notice announcing a list
    cover_task_openers: tuple[str, ...] = ()  # 各 in 各地各部门要…: a covering notice's addressees charged
    cover_task_modals: tuple[str, ...] = ()  # 要 / 务必 after them
    # a notice's addressee line (各县(市、区)卫生局,市直各医疗单位:): the words opening its pieces (各), the body heads
    # closing them (单位), the request charging the addressees (请各…), the people addressed one by one (各位), the
    # words a request's bodies stop before (于)
    salutation_openers: tuple[str, ...] = ()
    salutation_heads: tuple[str, ...] = ()
    salutation_requests: tuple[str, ...] = ()
    salutation_individuals: tuple[str, ...] = ()
    salutation_general: tuple[str, ...] = ()  # 抓紧推进 closing 请各区抓紧推进。: a request that only urges
    salutation_stops: tuple[str, ...] = ()  # 于 in 请各区总工会于9月30日前…: the bodies' names end before it
    # 利用 in 请利用学校网站…: a request of its reader, no bodies after it; 市 in 请市卫健委…: a level opening the
    # bodies a request addresses; 企业 in 请申报企业…: firms asked, no bodies
    salutation_acts: tuple[str, ...] = ()
    salutation_levels: tuple[str, ...] = ()
    salutation_firms: tuple[str, ...] = ()
    salutation_parks: tuple[str, ...] = ()  # 高新区 in 请凤泉湖高新区…: a park's body by its name
    cover_task_requests: tuple[str, ...] = ()  # 请 before them: the addressees asked, no modal needed
    pair_areas: tuple[str, ...] = ()  # 各地 in 各地各部门要…: the addressees by area glued to those by kind
    pair_kinds: tuple[str, ...] = ()  # 各部门 in the same
    pair_exhortations: tuple[str, ...] = ()  # 充分认识 in 各地、各部门要充分认识…: no task
    role_owners: tuple[str, ...] = ()  # 省政府 in 省政府各牵头部门要…: whose bodies of that role they are
    role_words: tuple[str, ...] = ()  # 牵头 in 各牵头单位要…: the role a collective is charged by
    role_lead_words: tuple[str, ...] = ()  # 牵头 / 牵头责任: the roles that lead
    role_nouns: tuple[str, ...] = ()  # 单位 / 部门 after the role
    role_stresses: tuple[str, ...] = ()  # 特别是 in …,特别是牵头单位要…: a stress before the subject
    role_qualifiers: tuple[str, ...] = ()  # 责任事项 in 各责任事项牵头单位: what the role is held for
    role_aliases: tuple[str, ...] = ()  # 责任单位 in 各牵头单位(责任单位): the role's other name in brackets
    role_partners: tuple[str, ...] = ()  # 各责任单位: a collective the lead role is set against
    role_handling_words: tuple[str, ...] = ()  # 承办 in 承办单位要…: a unit charged alone
    role_handed_to: tuple[str, ...] = ()  # 由 in …,由牵头部门负责报告: the step handed to the role
    role_window_ends: tuple[str, ...] = ()  # 内 in 各办理单位在5个工作日内…: a window
    role_object_markers: tuple[str, ...] = ()  # 对 in 督办单位对…要审核: what the duty bears on
    role_joins: tuple[str, ...] = ()  # 和 in 主办单位和协办单位要…: roles joined, each charged
    role_acts: tuple[str, ...] = ()  # 按 in 承办单位按批示…办理: the rule or paper the role acts on
    scope_roles: tuple[str, ...] = ()  # 责任主体 in A为责任主体,以下不再列出: what a scope's bodies are
    grassroots_places: tuple[str, ...] = ()  # 村 / 社区 in 各村要…: the grassroots committees' places
    grassroots_bodies: tuple[str, ...] = ()  # 村委会 in 各村委会要…: their committees or branches
    alternative_bodies: tuple[str, ...] = ()  # 办事处 in 各乡镇(办事处、管理区): the others addressed with it

    @classmethod
    def from_data(cls, data: dict[str, Any]) -> Vocabulary:
        label_role = _word_map(data, "label", "role", _ROLES)
        for table in ("person_label", "overseer_label"):  # labels whose values are no units of the task
            for i, entry in enumerate(data.get(table, [])):
                for w in _words(entry, "words", f"{table} #{i + 1}"):
                    label_role[w] = "people"
        verb_role = _word_map(data, "verb", "role", _ROLES)
        column_kind = _word_map(data, "column", "kind", _COLUMN_KINDS)
        scope = data.get("scope", {})
        return cls(
            label_role=label_role,
            verb_role=verb_role,
            verb_work=_verb_work(data),
            verb_names=tuple(_words(data.get("verb_names", {}), "names", "verb_names")),
            tails=tuple(sorted(_words(data.get("tail", {}), "words", "tail"), key=len, reverse=True)),
            head_tails=tuple(_words(data.get("tail", {}), "heads", "tail")),
            person_suffixes=tuple(_words(data.get("person", {}), "suffixes", "person")),
            same_below=tuple(_words(scope, "same_below", "scope")),
            everywhere=tuple(_words(scope, "everywhere", "scope")),
            default_scope=tuple(_words(scope, "default", "scope")),
            duty_objects=tuple(_words(scope, "duty_objects", "scope")),
            scope_roles=tuple(_words(scope, "roles", "scope")),
            scope_subjects=tuple(_words(scope, "subjects", "scope")) if "subjects" in scope else (),
            default_openers=tuple(_words(data.get("stated_default", {}), "openers", "stated_default")),
            default_copulas=tuple(_words(data.get("stated_default", {}), "copulas", "stated_default")),
            column_kind=column_kind,
            typography=tuple(_words(data.get("typography", {}), "words", "typography")),
            not_measure=tuple(_words(data.get("not_measure", {}), "titles", "not_measure")),
            decimal_frames=tuple(_words(data.get("not_measure", {}), "decimal_frames", "not_measure")),
            assign_only=tuple(_words(data.get("assign_only", {}), "titles", "assign_only")),
            requirement_phrases=tuple(_words(data.get("assign_only", {}), "phrases", "assign_only")),
            cover_verbs=tuple(_cover_words(data.get("assign_only", {}))),
            cover_own=tuple(_words(data.get("assign_only", {}), "cover_own", "assign_only")),
            cover_own_fit=tuple(_words(data.get("assign_only", {}), "cover_own_fit", "assign_only")),
            timing_verbs=tuple(_words(data.get("timing", {}), "verbs", "timing")),
            standing=tuple(_words(data.get("timing", {}), "standing", "timing")),
            notes=tuple(_words(data.get("note", {}), "words", "note")),
            heads=tuple(sorted(_words(data.get("head", {}), "words", "head"), key=len, reverse=True)),
            designation_heads=tuple(_words(data.get("head", {}), "designation", "head")),
            together_heads=tuple(_words(data.get("head", {}), "together", "head")),
            work_tails=tuple(
                sorted(_words(data.get("work_tail", {}), "words", "work_tail"), key=len, reverse=True)
            ),
            lead_rank=tuple(_words(data.get("lead_rank", {}), "words", "lead_rank")),
            host_labels=frozenset(_words(data.get("host_label", {}), "words", "host_label")),
            work_counts=tuple(_words(data.get("work_tail", {}), "counts", "work_tail")),
            task_numbers=tuple(_words(data.get("task_page", {}), "numbers", "task_page")),
            progress_fields=tuple(_words(data.get("task_page", {}), "progress", "task_page")),
            status_openers=tuple(data.get("status", {}).get("openers", ())),
            remark_words=tuple(_words(data.get("remark", {}), "words", "remark")),
            not_measure_endings=tuple(data.get("not_measure", {}).get("endings", ())),
            assign_only_endings=tuple(data.get("assign_only", {}).get("endings", ())),
            assign_only_openings=tuple(data.get("assign_only", {}).get("openings", ())),
            label_prefixes=tuple(_words(data.get("label_prefix", {}), "words", "label_prefix")),
            listing_verbs=tuple(_words(data.get("listing", {}), "verbs", "listing")),
            item_kinds=tuple(_words(data.get("item_kind", {}), "nouns", "item_kind")),
            label_qualifiers=tuple(_words(data.get("label_qualifier", {}), "words", "label_qualifier")),
            label_copulas=tuple(data.get("copula", {}).get("after_label", ())),
            label_copula_openers=tuple(data.get("copula", {}).get("label_openers", ())),
            pointer_topics=tuple(_words(data.get("pointer_topic", {}), "words", "pointer_topic")),
            label_roles=tuple(_words(data.get("label_compose", {}), "roles", "label_compose")),
            label_role_of={
                **dict.fromkeys(data.get("label_compose", {}).get("lead", ()), "lead"),
                **dict.fromkeys(data.get("label_compose", {}).get("support", ()), "support"),
            },
            label_middles=tuple(_words(data.get("label_compose", {}), "middles", "label_compose")),
            label_nouns=tuple(_words(data.get("label_compose", {}), "nouns", "label_compose")),
            field_nouns=tuple(_words(data.get("card_field", {}), "nouns", "card_field")),
            card_unit_nouns=tuple(_words(data.get("card_field", {}), "unit_nouns", "card_field")),
            agent_verbs=tuple(_words(data.get("agent", {}), "verbs", "agent")),
            contact_nouns=tuple(_words(data.get("contact_field", {}), "nouns", "contact_field")),
            copulas=tuple(_words(data.get("copula", {}), "words", "copula")),
            manner_openers=tuple(_words(data.get("manner", {}), "openers", "manner")),
            manner_ends=tuple(_words(data.get("manner", {}), "ends", "manner")),
            manner_words=tuple(_words(data.get("manner", {}), "words", "manner")),
            agent_means=tuple(_words(data.get("manner", {}), "means", "manner")),
            manner_grains=tuple(_words(data.get("manner", {}), "grains", "manner")),
            division_sections=tuple(_words(data.get("division_section", {}), "words", "division_section")),
            division_paragraph_sections=tuple(
                _words(data.get("division_section", {}), "paragraph_words", "division_section")
            ),
            duty_modals=tuple(_words(data.get("duty", {}), "modals", "duty")),
            collective_acts=tuple(_words(data.get("duty", {}), "collective_acts", "duty")),
            steps_report_words=tuple(_words(data.get("duty", {}), "steps_report_words", "duty")),
            steps_task_words=tuple(_words(data.get("duty", {}), "steps_task_word", "duty")),
            steps_done_words=tuple(_words(data.get("duty", {}), "steps_done_words", "duty")),
            modal_not_duty=tuple(_words(data.get("duty", {}), "modal_not_duty", "duty")),
            institution_collectives=tuple(_words(data.get("duty", {}), "institution_collectives", "duty")),
            modal_duty_roles=tuple(_words(data.get("duty", {}), "modal_duty_roles", "duty")),
            modal_role_not=tuple(_words(data.get("duty", {}), "modal_role_not", "duty")),
            addressee_words=tuple(_words(data.get("duty", {}), "addressee_words", "duty")),
            addressee_ends=tuple(_words(data.get("duty", {}), "addressee_ends", "duty")),
            will_deliberations=tuple(_words(data.get("duty", {}), "will_deliberations", "duty")),
            duty_joins=tuple(_words(data.get("duty", {}), "joins", "duty")),
            opening_adverbs=tuple(_words(data.get("duty", {}), "opening_adverbs", "duty")),
            second_name_marks=tuple(_words(data.get("duty", {}), "second_name_marks", "duty")),
            partner_breaks=tuple(_words(data.get("duty", {}), "partner_breaks", "duty")),
            kind_duty_endings=tuple(_words(data.get("kind_duty", {}), "endings", "kind_duty")),
            kind_duty_vague=tuple(_words(data.get("kind_duty", {}), "vague", "kind_duty")),
            kind_duty_collective=tuple(_words(data.get("kind_duty", {}), "collective", "kind_duty")),
            kind_duty_shared=tuple(_words(data.get("kind_duty", {}), "shared_nouns", "kind_duty")),
            kind_duty_conditions=tuple(_words(data.get("kind_duty", {}), "conditions", "kind_duty")),
            kind_duty_places=tuple(_words(data.get("kind_duty", {}), "places", "kind_duty")),
            kind_duty_relatives=tuple(_words(data.get("kind_duty", {}), "relative_marks", "kind_duty")),
            kind_duty_openers=tuple(_words(data.get("kind_duty", {}), "openers", "kind_duty")),
            kind_duty_case_opens=tuple(_words(data.get("kind_duty", {}), "case_opens", "kind_duty")),
            kind_duty_case_ends=tuple(_words(data.get("kind_duty", {}), "case_ends", "kind_duty")),
            kind_duty_speaker_max=int(data.get("kind_duty", {}).get("opener_speaker_max", 0)),
            kind_duty_occasion_opens=tuple(_words(data.get("kind_duty", {}), "occasion_opens", "kind_duty")),
            kind_duty_occasion_ends=tuple(_words(data.get("kind_duty", {}), "occasion_ends", "kind_duty")),
            duty_acts=tuple(_words(data.get("duty", {}), "acts", "duty"))
            + tuple(_words(data.get("duty", {}), "joint_acts", "duty")),
            later_acts=tuple(_words(data.get("duty", {}), "later_acts", "duty")),
            elided_duty_acts=tuple(_words(data.get("duty", {}), "elided_acts", "duty")),
            stage_columns=tuple(_words(data.get("duty", {}), "stage_columns", "duty")),
            numbered_duty_columns=tuple(_words(data.get("duty", {}), "numbered_duty_columns", "duty")),
            result_columns=tuple(_words(data.get("duty", {}), "result_columns", "duty")),
            designated_bodies=tuple(_words(data.get("duty", {}), "designated_bodies", "duty")),
            founding_verbs=tuple(_words(data.get("duty", {}), "founding_verbs", "duty")),
            attendee_words=tuple(_words(data.get("duty", {}), "attendee_words", "duty")),
            attendance_verbs=tuple(_words(data.get("duty", {}), "attendance_verbs", "duty")),
            titled_duty_openers=tuple(_words(data.get("duty", {}), "titled_duty_openers", "duty")),
            closing_connectives=tuple(_words(data.get("duty", {}), "closing_connectives", "duty")),
            duty_line_not_organs=tuple(_words(data.get("duty", {}), "line_not_organs", "duty")),
            staff_verbs=tuple(_words(data.get("duty", {}), "staff_verbs", "duty")),
            listed_zones=tuple(_words(data.get("duty", {}), "listed_zones", "duty")),
            duty_line_organs=tuple(_words(data.get("duty", {}), "line_organs", "duty")),
            duty_line_utilities=tuple(_words(data.get("duty", {}), "line_utilities", "duty")),
            elided_new_bodies=tuple(_words(data.get("duty", {}), "elided_new_bodies", "duty")),
            joined_work=tuple(_words(data.get("duty", {}), "joined_work", "duty")),
            contact_verbs=tuple(_words(data.get("duty", {}), "contact_verbs", "duty")),
            run_frames=tuple(_words(data.get("duty", {}), "run_frames", "duty")),
            general_duty_verbs=tuple(_words(data.get("duty", {}), "general_verbs", "duty")),
            general_duty_objects=tuple(_words(data.get("duty", {}), "general_objects", "duty")),
            level_bureau_ends=tuple(_words(data.get("level_bureau", {}), "ends", "level_bureau")),
            bare_department_units=tuple(_words(data.get("level_bureau", {}), "units", "level_bureau")),
            not_bare_department_openers=tuple(
                _words(data.get("level_bureau", {}), "not_openers", "level_bureau")
            ),
            taken_duty_verbs=tuple(_words(data.get("taken_duty", {}), "verbs", "taken_duty")),
            borne_duty_verbs=tuple(_words(data.get("borne_duty", {}), "verbs", "borne_duty")),
            borne_duty_nouns=tuple(_words(data.get("borne_duty", {}), "nouns", "borne_duty")),
            borne_duty_actors=tuple(_words(data.get("borne_duty", {}), "actors", "borne_duty")),
            addressee_pronouns=tuple(_words(data.get("addressee_pronoun", {}), "words", "addressee_pronoun")),
            addressee_agents=tuple(_words(data.get("addressee_pronoun", {}), "agents", "addressee_pronoun")),
            addressee_modals=tuple(_words(data.get("addressee_pronoun", {}), "modals", "addressee_pronoun")),
            held_duty_verbs=tuple(_words(data.get("held_duty", {}), "verbs", "held_duty")),
            held_duty_nouns=tuple(_words(data.get("held_duty", {}), "nouns", "held_duty")),
            held_duty_not_openers=tuple(_words(data.get("held_duty", {}), "not_openers", "held_duty")),
            levels_kind_prefix=str(data.get("levels_kind", {}).get("prefix", "")),
            levels_kind_endings=tuple(_words(data.get("levels_kind", {}), "endings", "levels_kind")),
            taken_duty_adverbs=tuple(_words(data.get("taken_duty", {}), "adverbs", "taken_duty")),
            taken_duty_nouns=tuple(_words(data.get("taken_duty", {}), "nouns", "taken_duty")),
            taken_duty_categories=tuple(_words(data.get("taken_duty", {}), "category_openers", "taken_duty")),
            taken_lead_verbs=tuple(_words(data.get("taken_duty", {}), "lead_verbs", "taken_duty")),
            taken_lead_adverbs=tuple(_words(data.get("taken_duty", {}), "lead_adverbs", "taken_duty")),
            taken_lead_nouns=tuple(_words(data.get("taken_duty", {}), "lead_nouns", "taken_duty")),
            own_joins=tuple(_words(data.get("duty", {}), "own_joins", "duty")),
            own_join_not=tuple(_words(data.get("duty", {}), "own_join_not", "duty")),
            enumerator_suffixes=tuple(_words(data.get("duty", {}), "enumerator_suffixes", "duty")),
            timed_periods=tuple(_words(data.get("duty", {}), "timed_periods", "duty")),
            timed_starts=tuple(_words(data.get("duty", {}), "timed_starts", "duty")),
            timed_verbs=tuple(_words(data.get("duty", {}), "timed_verbs", "duty")),
            run_partners=tuple(_words(data.get("convene", {}), "run_partners", "convene")),
            divided_heads=tuple(_words(data.get("convene", {}), "divided_heads", "convene")),
            principle_verbs=tuple(_words(data.get("duty", {}), "principle_verbs", "duty")),
            tally_counters=tuple(_words(data.get("duty", {}), "tally_counters", "duty")),
            tally_nouns=tuple(_words(data.get("duty", {}), "tally_nouns", "duty")),
            member_heads=tuple(_words(data.get("member_list", {}), "heads", "member_list")),
            members_of_body=tuple(_words(data.get("member_list", {}), "of_body", "member_list")),
            member_closers=tuple(_words(data.get("member_list", {}), "closers", "member_list")),
            formed_groups=tuple(_words(data.get("member_list", {}), "formed_groups", "member_list")),
            contents_words=tuple(_words(data.get("contents", {}), "words", "contents")),
            colon_duties=tuple(_words(data.get("colon_duty", {}), "verbs", "colon_duty")),
            duty_addressees=tuple(_words(data.get("duty", {}), "addressees", "duty")),
            column_weights=tuple(_words(data.get("column_weight", {}), "words", "column_weight")),
            addressee_fittings=tuple(_words(data.get("duty", {}), "addressee_fittings", "duty")),
            cut_remark_openers=tuple(_words(data.get("cut_remark", {}), "openers", "cut_remark")),
            duty_time_ends=tuple(_words(data.get("duty", {}), "time_ends", "duty")),
            addressee_steps=tuple(_words(data.get("duty", {}), "addressee_steps", "duty")),
            addressee_heads=tuple(_words(data.get("duty", {}), "addressee_heads", "duty")),
            vetting_opener=str(data.get("duty", {}).get("vetting_opener", "")),
            byline_words=tuple(_words(data.get("byline", {}), "words", "byline")),
            vetting_verbs=tuple(_words(data.get("duty", {}), "vetting_verbs", "duty")),
            vetting_periods=tuple(_words(data.get("duty", {}), "vetting_periods", "duty")),
            office_seats=tuple(_words(data.get("duty", {}), "seats", "duty")),
            lead_in_nouns=tuple(_words(data.get("duty", {}), "lead_in_nouns", "duty")),
            lead_in_verbs=tuple(_words(data.get("duty", {}), "lead_in_verbs", "duty")),
            lead_in_titles=tuple(_words(data.get("duty", {}), "lead_in_titles", "duty")),
            lead_in_bare_bodies=tuple(_words(data.get("duty", {}), "lead_in_bare_bodies", "duty")),
            lead_in_item_titles=tuple(_words(data.get("duty", {}), "lead_in_item_titles", "duty")),
            under_openers=tuple(_words(data.get("duty", {}), "under_openers", "duty")),
            under_heads=tuple(_words(data.get("duty", {}), "under_heads", "duty")),
            dated_markers=tuple(_words(data.get("duty", {}), "dated_markers", "duty")),
            deadline_markers=tuple(_words(data.get("duty", {}), "deadline_markers", "duty")),
            deadline_ends=tuple(_words(data.get("duty", {}), "deadline_ends", "duty")),
            deadline_periods=tuple(_words(data.get("duty", {}), "deadline_periods", "duty")),
            ranked_levels=tuple(_words(data.get("duty", {}), "ranked_levels", "duty")),
            ranked_counts=tuple(_words(data.get("duty", {}), "ranked_counts", "duty")),
            ranked_tails=tuple(_words(data.get("duty", {}), "ranked_tails", "duty")),
            ranked_bodies=tuple(_words(data.get("duty", {}), "ranked_bodies", "duty")),
            listed_levels=tuple(_words(data.get("duty", {}), "listed_levels", "duty")),
            ranked_governments=tuple(_words(data.get("duty", {}), "ranked_governments", "duty")),
            bare_bodies=tuple(_words(data.get("duty", {}), "bare_bodies", "duty")),
            zone_collectives=tuple(_words(data.get("duty", {}), "zone_collectives", "duty")),
            self_references=tuple(_words(data.get("duty", {}), "self_references", "duty")),
            issuer_pronouns=tuple(
                _words(data.get("addressee_pronoun", {}), "issuer_words", "addressee_pronoun")
            ),
            issuer_modals=tuple(
                _words(data.get("addressee_pronoun", {}), "issuer_modals", "addressee_pronoun")
            ),
            deadline_modals=tuple(_words(data.get("duty", {}), "deadline_modals", "duty")),
            pointer_words=tuple(_words(data.get("duty", {}), "pointer_words", "duty")),
            fiscal_nouns=tuple(_words(data.get("duty", {}), "fiscal_nouns", "duty")),
            fiscal_verbs=tuple(_words(data.get("duty", {}), "fiscal_verbs", "duty")),
            fiscal_grant_verbs=tuple(_words(data.get("duty", {}), "fiscal_grant_verbs", "duty")),
            column_titles=tuple(_words(data.get("column_title", {}), "words", "column_title")),
            sector_words=tuple(_words(data.get("sector", {}), "words", "sector"))
            + tuple(_words(data.get("sector", {}), "armed_words", "sector")),
            sector_nouns=tuple(_words(data.get("sector", {}), "nouns", "sector")),
            joined_sectors=tuple(_words(data.get("sector", {}), "joined", "sector")),
            own_bodies=tuple(_words(data.get("duty", {}), "own_bodies", "duty")),
            listed_body_words=tuple(_words(data.get("duty", {}), "listed_body_words", "duty")),
            chain_verbs=tuple(_words(data.get("duty", {}), "chain_verbs", "duty")),
            chain_concerned=tuple(_words(data.get("duty", {}), "chain_concerned", "duty")),
            chain_actors=tuple(_words(data.get("duty", {}), "chain_actors", "duty")),
            not_modals=tuple(_words(data.get("duty", {}), "not_modals", "duty")),
            not_modal_closing=tuple(_words(data.get("duty", {}), "not_modal_closing", "duty")),
            duty_connectives=tuple(_words(data.get("duty", {}), "connectives", "duty")),
            duty_appositions=tuple(_words(data.get("duty", {}), "appositions", "duty")),
            name_clause_words=tuple(_words(data.get("duty", {}), "name_clause_words", "duty")),
            handed_not_verbs=tuple(_words(data.get("duty", {}), "handed_not_verbs", "duty")),
            handed_changes=tuple(_words(data.get("duty", {}), "handed_changes", "duty")),
            handed_decider_adverbs=tuple(_words(data.get("duty", {}), "handed_decider_adverbs", "duty")),
            colon_tail_fields=tuple(_words(data.get("duty", {}), "colon_tail_fields", "duty")),
            handed_name_endings=tuple(_words(data.get("duty", {}), "handed_name_endings", "duty"))
            + tuple(_words(data.get("duty", {}), "handed_firm_endings", "duty")),
            handed_firm_endings=tuple(_words(data.get("duty", {}), "handed_firm_endings", "duty")),
            not_levels=tuple(_words(data.get("duty", {}), "not_levels", "duty")),
            section_ends=tuple(_words(data.get("duty", {}), "section_ends", "duty")),
            copula_determiners=tuple(_words(data.get("copula", {}), "determiners", "copula")),
            announced_counters=tuple(_words(data.get("announced_list", {}), "counters", "announced_list")),
            announced_nouns=tuple(_words(data.get("announced_list", {}), "nouns", "announced_list")),
            organiser_labels=tuple(_words(data.get("organiser_item", {}), "labels", "organiser_item")),
            feedback_channels=tuple(_words(data.get("feedback_channel", {}), "channels", "feedback_channel")),
            feedback_words=tuple(_words(data.get("feedback_channel", {}), "feedback", "feedback_channel")),
            feedback_openers=tuple(_words(data.get("feedback_channel", {}), "openers", "feedback_channel")),
            feedback_labels=tuple(_words(data.get("feedback_channel", {}), "labels", "feedback_channel")),
            level_areas=tuple(_words(data.get("level_addressee", {}), "areas", "level_addressee")),
            level_words=tuple(_words(data.get("level_addressee", {}), "levels", "level_addressee")),
            level_joint=tuple(_words(data.get("level_addressee", {}), "joint", "level_addressee")),
            level_modals=tuple(_words(data.get("level_addressee", {}), "modals", "level_addressee")),
            topic_item_openers=tuple(_words(data.get("topic_item", {}), "openers", "topic_item")),
            topic_item_heads=tuple(_words(data.get("topic_item", {}), "heads", "topic_item")),
            next_step_openers=tuple(_words(data.get("next_step", {}), "openers", "next_step")),
            next_step_run_ins=tuple(_words(data.get("next_step", {}), "run_ins", "next_step")),
            project_heads=tuple(_words(data.get("project_line", {}), "heads", "project_line")),
            name_list_ends=tuple(_words(data.get("name_list", {}), "ends", "name_list")),
            named_tasks=tuple(_words(data.get("named_tasks", {}), "nouns", "named_tasks")),
            task_handover_words=tuple(_words(data.get("named_tasks", {}), "handover_words", "named_tasks")),
            past_task_words=tuple(_words(data.get("named_tasks", {}), "past_words", "named_tasks")),
            condition_list_words=tuple(_words(data.get("condition_list", {}), "words", "condition_list")),
            name_report_words=tuple(_words(data.get("name_report", {}), "words", "name_report")),
            content_anywhere_ends=tuple(_words(data.get("content_anywhere", {}), "ends", "content_anywhere")),
            content_anywhere_figures=tuple(
                _words(data.get("content_anywhere", {}), "figures", "content_anywhere")
            ),
            activity_fields=tuple(_words(data.get("activity_field", {}), "words", "activity_field")),
            event_fields=tuple(_words(data.get("activity_field", {}), "event_fields", "activity_field")),
            activity_nouns=tuple(_words(data.get("activity_field", {}), "nouns", "activity_field")),
            scope_ends=tuple(_words(data.get("scope_title", {}), "ends", "scope_title")),
            part_title_ends=tuple(_words(data.get("part_title", {}), "ends", "part_title")),
            points_doer_openers=tuple(_words(data.get("points_doer", {}), "openers", "points_doer")),
            points_not_doers=tuple(_words(data.get("points_doer", {}), "not_doers", "points_doer")),
            points_purposes=tuple(_words(data.get("points_doer", {}), "purposes", "points_doer")),
            points_not_plan_words=tuple(_words(data.get("points_doer", {}), "not_plan_words", "points_doer")),
            scope_verbs=tuple(_words(data.get("scope_title", {}), "verbs", "scope_title")),
            principle_ends=tuple(_words(data.get("principle_title", {}), "ends", "principle_title")),
            interpretation_ends=tuple(
                _words(data.get("interpretation_part", {}), "ends", "interpretation_part")
            ),
            excerpt_tail_not=tuple(_words(data.get("excerpt_tail", {}), "not_words", "excerpt_tail")),
            applicant_classes=tuple(
                _words(data.get("condition_category", {}), "classes", "condition_category")
            ),
            site_clause_words=tuple(_words(data.get("site_statement", {}), "clause_words", "site_statement")),
            site_self_words=tuple(_words(data.get("site_statement", {}), "self_words", "site_statement")),
            duty_list_cues=tuple(_words(data.get("duty_cell", {}), "list_cues", "duty_cell")),
            duty_cell_not_openers=tuple(_words(data.get("duty_cell", {}), "not_openers", "duty_cell")),
            charged_task_words=_table_words(data, "charged_sentence", "task_words"),
            charged_frames=_table_words(data, "charged_sentence", "frames"),
            charged_kinds_not_named=_table_words(data, "charged_sentence", "kinds_not_named"),
            charged_kinds_not_after=_table_words(data, "charged_sentence", "kinds_not_after"),
            charged_kinds_reported=_table_words(data, "charged_sentence", "kinds_reported"),
            charged_kind_lines_reported=_table_words(data, "charged_sentence", "kind_lines_reported"),
            charged_kind_lines_reporting=_table_words(data, "charged_sentence", "kind_lines_reporting"),
            charged_run_body_words=_table_words(data, "charged_sentence", "run_body_words"),
            charged_share_words=_table_words(data, "charged_sentence", "share_words"),
            charged_share_connectives=_table_words(data, "charged_sentence", "share_connectives"),
            charged_share_reported=_table_words(data, "charged_sentence", "share_reported"),
            charged_share_not=_table_words(data, "charged_sentence", "share_not"),
            charged_share_done=_table_words(data, "charged_sentence", "share_done"),
            charged_reported_words=_table_words(data, "charged_sentence", "reported_words"),
            goal_label_ends=tuple(_words(data.get("goal_label", {}), "ends", "goal_label")),
            interpretation_makers=tuple(
                _words(data.get("interpretation_part", {}), "makers", "interpretation_part")
            ),
            principle_openers=tuple(_words(data.get("principle_title", {}), "verbs", "principle_title")),
            announce_verbs=tuple(_words(data.get("announce", {}), "verbs", "announce")),
            cover_task_openers=tuple(_words(data.get("cover_task", {}), "openers", "cover_task")),
            cover_task_modals=tuple(_words(data.get("cover_task", {}), "modals", "cover_task")),
            **_salutation_words(data.get("notice_salutation", {})),
            cover_task_requests=tuple(_words(data.get("cover_task", {}), "requests", "cover_task")),
            pair_areas=tuple(_words(data.get("addressee_pair", {}), "areas", "addressee_pair")),
            pair_kinds=tuple(_words(data.get("addressee_pair", {}), "kinds", "addressee_pair")),
            pair_exhortations=tuple(_words(data.get("addressee_pair", {}), "exhortations", "addressee_pair")),
            role_owners=tuple(_words(data.get("role_collective", {}), "owners", "role_collective")),
            role_words=tuple(_words(data.get("role_collective", {}), "roles", "role_collective")),
            role_lead_words=tuple(_words(data.get("role_collective", {}), "lead_roles", "role_collective")),
            role_nouns=tuple(_words(data.get("role_collective", {}), "nouns", "role_collective")),
            role_stresses=tuple(_words(data.get("role_collective", {}), "stresses", "role_collective")),
            role_qualifiers=tuple(_words(data.get("role_collective", {}), "qualifiers", "role_collective")),
            role_aliases=tuple(_words(data.get("role_collective", {}), "aliases", "role_collective")),
            role_partners=tuple(_words(data.get("role_collective", {}), "partners", "role_collective")),
            role_handling_words=tuple(
                _words(data.get("role_collective", {}), "handling_roles", "role_collective")
            ),
            role_handed_to=tuple(_words(data.get("role_collective", {}), "handed_to", "role_collective")),
            role_window_ends=tuple(_words(data.get("role_collective", {}), "window_ends", "role_collective")),
            role_object_markers=tuple(
                _words(data.get("role_collective", {}), "object_markers", "role_collective")
            ),
            role_joins=tuple(_words(data.get("role_collective", {}), "joins", "role_collective")),
            role_acts=tuple(_words(data.get("role_collective", {}), "acts", "role_collective")),
            grassroots_places=tuple(
                _words(data.get("grassroots_collective", {}), "places", "grassroots_collective")
            ),
            grassroots_bodies=tuple(
                _words(data.get("grassroots_collective", {}), "bodies", "grassroots_collective")
            ),
            alternative_bodies=tuple(
                _words(data.get("alternative_bodies", {}), "words", "alternative_bodies")
            ),
            together_modals=tuple(_words(data.get("together_subject", {}), "modals", "together_subject")),
            together_partners=tuple(_words(data.get("together_subject", {}), "partners", "together_subject")),
            together_openers=tuple(_words(data.get("together_subject", {}), "openers", "together_subject")),
            pair_carriers=tuple(_words(data.get("paired_roles", {}), "carriers", "paired_roles")),
            pair_supports=tuple(_words(data.get("paired_roles", {}), "supports", "paired_roles")),
            convene_verbs=tuple(_words(data.get("convene", {}), "verbs", "convene")),
            convene_tails=tuple(_words(data.get("convene", {}), "tails", "convene")),
            convene_choices=tuple(_words(data.get("convene", {}), "choice_marks", "convene")),
            convene_vague=tuple(_words(data.get("convene", {}), "vague_openers", "convene")),
            body_people=tuple(_words(data.get("person", {}), "body_people", "person")),
            take_part_verbs=tuple(_words(data.get("kind_taking_part", {}), "verbs", "kind_taking_part")),
            item_duty_nouns=tuple(_words(data.get("item_body_duties", {}), "nouns", "item_body_duties")),
            name_not_openers=tuple(_words(data.get("name_not_openers", {}), "words", "name_not_openers")),
            duties_titles=tuple(_words(data.get("duties_title", {}), "words", "duties_title")),
            organise_verbs=tuple(_words(data.get("convene", {}), "organise_verbs", "convene")),
            etc_closed_not_openers=tuple(_words(data.get("etc_closed", {}), "not_openers", "etc_closed")),
            etc_closed_people_after=tuple(_words(data.get("etc_closed", {}), "people_after", "etc_closed")),
            approval_verbs=tuple(_words(data.get("approval", {}), "verbs", "approval")),
            approval_markers=tuple(_words(data.get("approval", {}), "markers", "approval")),
            list_adverbs=tuple(_words(data.get("list_lead_in", {}), "adverbs", "list_lead_in")),
            list_verbs=tuple(_words(data.get("list_lead_in", {}), "verbs", "list_lead_in")),
            list_pointers=tuple(_words(data.get("list_lead_in", {}), "pointers", "list_lead_in")),
            list_fillers=tuple(_words(data.get("list_lead_in", {}), "fillers", "list_lead_in")),
            list_objects=tuple(_words(data.get("list_lead_in", {}), "objects", "list_lead_in")),
            list_titles=tuple(_words(data.get("list_lead_in", {}), "titles", "list_lead_in")),
            plan_title_ends=tuple(_words(data.get("plan_title", {}), "ends", "plan_title")),
            awareness_ends=tuple(_words(data.get("awareness_title", {}), "ends", "awareness_title")),
        )

    def ranked_roles(self, labels: list[str], roles: list[str]) -> list[str]:
        """``roles`` of ``labels`` with a lower-ranked lead label made responsible when a 牵头 label is present
        (牵头单位:A;主办单位:B: B is responsible), and a host's label alone made responsible (主办单位:A)."""
        named = [k for k, w in enumerate(labels) if self.label_role.get("".join(w.split())) != "people"]
        if len(named) == 1 and "".join(labels[named[0]].split()) in self.host_labels:
            # 主办单位:A、B alone (beside people or overseers only): the hosts carry the task, none designated to lead
            return ["responsible" if k == named[0] else r for k, r in enumerate(roles)]
        leads = [k for k, r in enumerate(roles) if r == "lead"]
        top = [k for k in leads if any(w in labels[k] for w in self.lead_rank)]
        if not top or len(top) == len(leads):
            return roles
        return ["responsible" if r == "lead" and k not in top else r for k, r in enumerate(roles)]

    def labels_pattern(self) -> str:
        return _alternation(list(self.label_role))

    def verbs_pattern(self) -> str:
        """The role verbs, none where it starts the end of a body's name (县经济指导站, 县委督导组: [verb_names])."""
        names = _alternation(list(self.verb_names)) if self.verb_names else "(?!)"
        return f"(?!{names})(?:{_alternation(list(self.verb_role))})"

    def tails_pattern(self) -> str:
        return _alternation(list(self.tails))

    def announced_patterns(self) -> tuple[str, str]:
        """The counters and the nouns of a lead announcing its items (10件民生实事:), each an alternation."""
        return _alternation(list(self.announced_counters)), _alternation(list(self.announced_nouns))

    def columns_pattern(self, kind: str) -> str:
        """The column words of one kind (task, deadline, …) as a regex alternation, longest first: the one source
        of a column field's words (完成时限: in a clause, 重点工作: on a task page)."""
        return _alternation([w for w, k in self.column_kind.items() if k == kind])


@lru_cache(maxsize=1)
def vocabulary() -> Vocabulary:
    """The packaged vocabulary (``policykg/loaders/data/responsibility.toml``)."""
    from importlib.resources import files

    resource = files("policykg.loaders").joinpath("data/responsibility.toml")
    try:
        data = tomllib.loads(resource.read_text(encoding="utf-8"))
    except (OSError, tomllib.TOMLDecodeError) as exc:
        raise ExtractError(f"policykg.loaders/data/responsibility.toml: cannot read ({exc})") from exc
    return Vocabulary.from_data(data)
