"""Responsible units and leads of round 22, in the genre's wording rather than one page's: sector words sharing one
body noun (组织、人事、民政等部门牵头: three units, all leads); a topic handed to the bodies after 由 (所需经费由市财政局
负责: the unit is 市财政局); 负责…的牵头抓总 making its subject the lead; a short bracket inside a subject's name
(各县(市)区政府负责…); a label glued to the first unit (责任单位市发改委); a supporting label's line after a measure's own clause;
county-level divisions and bracketed collectives as duty subjects (永嘉县要… / 各县(市、区)要…); a bracket of units at
the head of an item (【市发改委】推进…); overseers' labels (督办单位:) naming no unit; ASCII-bracketed labels
([牵头单位]A); a bare sign stating the mark rule (★为牵头单位); a collective of divisions alone before its verb (各区负责…);
牵头组织, 作为牵头单位 and 具体承担; bodies joined with 会同 after a role (由A牵头,会同B、C制定…). The last family holds the genre's role words, brackets
and separators the rules already read. Inline texts in both scripts and both punctuations."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from tests.loaders.inline import IDS, VARIANTS, family_params, run, units_match

H = "一、重点任务\n1.推进园区建设。"
# Each measure's (units, leads) as written, in order
Want = list[tuple[list[str], list[str]]]
Case = tuple[str, Want]

FAMILIES: dict[str, list[Case]] = {
    "sector_words_share_one_body_noun": [
        (
            H + "(组织、人事、财政等部门牵头)\n",
            [(["组织", "人事", "财政部门"], ["组织", "人事", "财政部门"])],
        ),
        (H + "(教育、卫生、民政等部门按职责分工负责)\n", [(["教育", "卫生", "民政部门"], [])]),
        (H + "发展改革、财政、税务等部门要加强配合。\n", [(["发展改革", "财政", "税务部门"], [])]),
        (
            H
            + "各地要加强宣传。组织、人事、民政等部门牵头每年招聘一批毕业生;人事、卫生等部门牵头选派医生。\n",
            [(["组织", "人事", "民政部门", "卫生部门"], ["组织", "人事", "民政部门", "卫生部门"])],
        ),
        (
            H + "(市发改委牵头,公安、交通、城管等部门配合)\n",
            [(["市发改委", "公安", "交通", "城管部门"], ["市发改委"])],
        ),
        # sectors named in a phrase, not opening a role: no units
        (H + "加强与教育、卫生等部门的协调。\n", [([], [])]),
        (H + "统筹教育、卫生、文化等公共服务。\n", [([], [])]),
    ],
    "topic_handed_to_the_bodies_after_you": [
        (H + "所需经费由市财政局负责保障。\n", [(["市财政局"], [])]),
        (H + "日常管理由区城管局负责,区财政局给予支持。\n", [(["区城管局"], [])]),
        (H + "工作经费由各县区政府负责落实。\n", [(["各县区政府"], [])]),
        (
            H + "重点推进的产业集群由市产业集群办公室负责总体协调;各县(市)区政府负责落实。\n",
            [(["市产业集群办公室", "各县(市)区政府"], [])],
        ),
        # 由 of 自由 hands nothing over
        (H + "加快自由贸易港建设。\n", [([], [])]),
    ],
    "duty_to_lead_makes_the_lead": [
        (
            H + "市发改委负责全市园区建设的牵头抓总。市财政局负责资金保障。\n",
            [(["市发改委", "市财政局"], ["市发改委"])],
        ),
        (H + "加快建设进度。市商务局负责园区招商牵头协调工作。\n", [(["市商务局"], ["市商务局"])]),
        # a duty that is no lead's
        (H + "加快建设进度。市商务局负责园区招商。\n", [(["市商务局"], [])]),
        (H + "加快建设进度。市商务局负责联系市财政局。\n", [(["市商务局"], [])]),
    ],
    "label_glued_to_its_first_unit": [
        (H + "(责任单位市发改委、市财政局)\n", [(["市发改委", "市财政局"], [])]),
        (H + "(牵头单位市发改委,配合单位市财政局)\n", [(["市发改委", "市财政局"], ["市发改委"])]),
        (H + "【责任单位县住建局】\n", [(["县住建局"], [])]),
        # a label word opening a sentence in brackets names no unit
        (H + "(责任单位要加强协调)\n", [([], [])]),
    ],
    "supporting_line_after_a_measures_own_clause": [
        (H + "(市商务局)\n配合单位:市财政局、市税务局\n", [(["市商务局", "市财政局", "市税务局"], [])]),
        (
            H + "(牵头单位:市商务局)\n配合单位:市财政局、市税务局\n",
            [(["市商务局", "市财政局", "市税务局"], ["市商务局"])],
        ),
        # a responsible label's line after a measure with its own clause still belongs to no measure
        (H + "(市商务局)\n2.加快建设。(市财政局)\n", [(["市商务局"], []), (["市财政局"], [])]),
    ],
    "divisions_as_duty_subjects": [
        (H + "各县(市、区)要制定具体方案。\n", [(["各县(市、区)"], [])]),
        (H + "永嘉县要加快建设进度,平阳县要做好配套。\n", [(["永嘉县", "平阳县"], [])]),
        (H + "永嘉县、平阳县要加快建设进度。\n", [(["永嘉县", "平阳县"], [])]),
        (H + "天河区要会同市交通局加快建设。\n", [(["天河区", "市交通局"], [])]),
        # no named division; 各地 as the item's only subject is its unit (round 32, the corpus gold's reading)
        (H + "城市要加快建设。\n", [([], [])]),
        (H + "各地要加快建设。\n", [(["各地"], [])]),
    ],
    "units_bracketed_at_the_head_of_an_item": [
        ("一、重点任务\n1.【市发改委】推进园区建设,完善配套设施。\n", [(["市发改委"], [])]),
        ("一、重点任务\n1.〔市教育局、市财政局〕推进园区建设。\n", [(["市教育局", "市财政局"], [])]),
        ("一、重点任务\n1.[县住建局 县交通局]推进园区建设。\n", [(["县住建局", "县交通局"], [])]),
        # a bracket of no bodies is a tag or a date
        ("一、重点任务\n1.【重点工程】推进园区建设,完善配套设施。\n", [([], [])]),
        ("一、重点任务\n1.(二〇二三年)推进园区建设。\n", [([], [])]),
    ],
    "overseers_and_ascii_bracketed_labels": [
        (H + "(督办单位:市政府督查室;承办单位:市水务局)\n", [(["市水务局"], [])]),
        (H + "(主办:市委宣传部;督办单位:市委督查室)\n", [(["市委宣传部"], [])]),
        (H + "[牵头单位]市民政局[配合单位]市财政局\n", [(["市民政局", "市财政局"], ["市民政局"])]),
        (H + "[牵头单位]市民政局\n", [(["市民政局"], ["市民政局"])]),
        # against its supporting body a host leads
        (H + "(主办:市民政局;协办:市财政局)\n", [(["市民政局", "市财政局"], ["市民政局"])]),
    ],
    "bare_sign_states_the_mark_rule": [
        (
            H + "(责任单位:市发改委★、市财政局、市商务局;★为牵头单位)\n",
            [(["市发改委", "市财政局", "市商务局"], ["市发改委"])],
        ),
        (H + "(责任单位:市发改委、市财政局★;标★的为牵头单位)\n", [(["市发改委", "市财政局"], ["市财政局"])]),
        # no rule stated: the sign designates nothing
        (H + "(责任单位:市发改委、市财政局)\n", [(["市发改委", "市财政局"], [])]),
    ],
    "collective_of_divisions_alone_before_its_verb": [
        (
            H + "市发改委牵头抓总,市财政局做好资金保障。各区负责具体推进。\n",
            [(["市发改委", "各区"], ["市发改委"])],
        ),
        (H + "加快推进。各县负责组织实施。\n", [(["各县"], [])]),
        # 负责 opening a noun (负责人) gives the collective no task
        (H + "加快推进。各区负责人要到位。\n", [([], [])]),
    ],
    "lead_verbs_and_copulas_of_the_genre": [
        (H + "区发改局牵头组织,区财政局参与。\n", [(["区发改局", "区财政局"], ["区发改局"])]),
        (H + "市住建局作为牵头单位,市城管局作为配合单位。\n", [(["市住建局", "市城管局"], ["市住建局"])]),
        (H + "具体工作由区应急管理局具体承担。\n", [(["区应急管理局"], [])]),
        # a firm bearing a cost, a body described: no unit
        (H + "所需费用由申报企业承担。\n", [([], [])]),
        (H + "企业是市场主体,要加强自律。\n", [([], [])]),
        (H + "市科技局是全市科技创新的主管部门。\n", [([], [])]),
    ],
    "bodies_joined_with_huitong_after_a_role": [
        (
            H + "由市委组织部牵头,会同市人社局、市财政局制定办法。\n",
            [(["市委组织部", "市人社局", "市财政局"], ["市委组织部"])],
        ),
        (H + "由市发改委牵头,会同市财政局制定办法。\n", [(["市发改委", "市财政局"], ["市发改委"])]),
        (
            H + "(市发改委牵头,会同市工信局、市财政局、市商务局负责)\n",
            [(["市发改委", "市工信局", "市财政局", "市商务局"], ["市发改委"])],
        ),
        # a kind of body after 会同 is no named unit
        (H + "由市发改委牵头,会同有关部门制定办法。\n", [(["市发改委"], ["市发改委"])]),
    ],
    "role_words_brackets_and_separators": [
        (H + "(责任部门:市发改委、市工信局、市财政局)\n", [(["市发改委", "市工信局", "市财政局"], [])]),
        (
            H + "【牵头部门:市发改委】【参与单位:市工信局、市财政局】\n",
            [(["市发改委", "市工信局", "市财政局"], ["市发改委"])],
        ),
        (H + "〔承办单位:市住建局〕\n", [(["市住建局"], [])]),
        (H + "(实施主体:各县区人民政府)\n", [(["各县区人民政府"], [])]),
        (H + "(责任主体:市场监管局、卫健委、教育局)\n", [(["市场监管局", "卫健委", "教育局"], [])]),
        (H + "责任单位:市科技局 市教育局 市统计局\n", [(["市科技局", "市教育局", "市统计局"], [])]),
        (H + "市发改委要会同市财政局加快项目审批。\n", [(["市发改委", "市财政局"], [])]),
        (H + "(市发改委牵头、市财政局配合)\n", [(["市发改委", "市财政局"], ["市发改委"])]),
        (
            H + "(市发改委、市财政局、市自然资源局按职责分工负责)\n",
            [(["市发改委", "市财政局", "市自然资源局"], [])],
        ),
        (
            H + "(市卫健委牵头,市教育局、市财政局、市医保局、市民政局、市体育局等配合)\n",
            [(["市卫健委", "市教育局", "市财政局", "市医保局", "市民政局", "市体育局"], ["市卫健委"])],
        ),
        (
            H + "(责任单位:杭州市发展和改革委员会、杭州市财政局、杭州市商务局)\n",
            [(["杭州市发展和改革委员会", "杭州市财政局", "杭州市商务局"], [])],
        ),
        (
            H + "(牵头单位:省发展改革委 责任单位:省财政厅 省自然资源厅 省生态环境厅)\n",
            [(["省发展改革委", "省财政厅", "省自然资源厅", "省生态环境厅"], ["省发展改革委"])],
        ),
        (
            H + "市发改委牵头,市工信局、市财政局配合。各区县负责具体实施。\n",
            [(["市发改委", "市工信局", "市财政局", "各区县"], ["市发改委"])],
        ),
        (
            H + "(牵头部门:区发改局;责任部门:区财政局、区住建局;完成时间:6月底)\n",
            [(["区发改局", "区财政局", "区住建局"], ["区发改局"])],
        ),
        (
            H + "【牵头单位】市科技局【责任单位】市教育局、市工信局\n",
            [(["市科技局", "市教育局", "市工信局"], ["市科技局"])],
        ),
        (
            H + "(县发改局牵头,县直各有关单位、各乡镇配合)\n",
            [(["县发改局", "县直各有关单位", "各乡镇"], ["县发改局"])],
        ),
        (H + "市发改委为牵头单位,市财政局为配合单位。\n", [(["市发改委", "市财政局"], ["市发改委"])]),
        (
            H + "(责任单位:市人社局、市财政局,排在第一位的为牵头单位)\n",
            [(["市人社局", "市财政局"], ["市人社局"])],
        ),
    ],
}


@pytest.mark.parametrize("variant", VARIANTS, ids=IDS)
@pytest.mark.parametrize(("text", "want"), family_params(FAMILIES))
def test_r22_unit_grammar(variant: Callable[[str], str], text: str, want: Want) -> None:
    doc = run(variant(text))
    got = [([r.surface for r in m.responsible], [r.surface for r in m.lead]) for m in doc.measures]
    assert len(doc.measures) == len(want), got
    for m, (units, leads) in zip(doc.measures, want, strict=True):
        assert units_match(doc, m.responsible, units) and units_match(doc, m.lead, leads), got
