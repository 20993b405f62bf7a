"""Responsible units of round 26's new parts (heldout36-38) in the measures policykg finds, written as families of
the responsibility grammar: a bracketed list the page's cut leaves open runs on over its wrapped lines to the text's
end (…、工业<newline>和信息化委、…、地税局、人<end>); the first-listed lead rule naming the lead with its duty word
(列第一位者为牵头责任单位,下同: the 下同 carries the rule, not the list); a named body with a modal acting with a
partner (省商务厅将和市州联合举办…, after 其中 in a comma piece); a named body holding the responsibility an item
enforces (落实区县政府风险防范化解主体责任); 由A牵头会同B (the lead's verb before the join); a body's bracket the
page's cut leaves open (市经济信息委〔市中小企业<end>); a manner preposition inside what would end like a name
(…开发区按照规定条件及程序申报…开发区); a reply's pronoun for its addressee (由你市批准 / 你市…要…). Inline texts in
both scripts and both punctuations."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from tests.loaders.inline import IDS, VARIANTS, family_params, run, units_match

H = "一、重点任务\n"
# Each measure's (units, leads) as written, in order
Want = list[tuple[list[str], list[str]]]
Case = tuple[str, Want]

FAMILIES: dict[str, list[Case]] = {
    "open_list_cut_at_the_text_end": [
        (
            H
            + "(一)鼓励小微企业吸纳就业。加大支持。(责任单位:省发展改革委、工业\n\n和信息化委、人力资源社会保障厅、"
            "财政厅、\n\n国税局、地税局、人",
            [(["省发展改革委", "工业和信息化委", "人力资源社会保障厅", "财政厅", "国税局", "地税局"], [])],
        ),
        # a list wrapped at a fixed width inside names still closes on its bracket
        (
            H
            + "(一)开展活动。(推进办、红十字会总会牵头,中央宣传部、教育\n部、交通运输部、中国民航\n局、中国科协等部门参与)\n"
            "(二)开展宣教活动。加强宣传。\n",
            [
                (
                    [
                        "推进办",
                        "红十字会总会",
                        "中央宣传部",
                        "教育部",
                        "交通运输部",
                        "中国民航局",
                        "中国科协",
                    ],
                    ["推进办", "红十字会总会"],
                ),
                ([], []),
            ],
        ),
        # the same list closed on its own line: the break inside the name joins it as before
        (
            H
            + "(一)鼓励就业。加大支持。(责任单位:省发展改革委、工业\n\n和信息化委、财政厅)\n(二)加强培训。开展培训。\n",
            [(["省发展改革委", "工业和信息化委", "财政厅"], []), ([], [])],
        ),
    ],
    "lead_rule_naming_the_duty": [
        (
            H
            + "(一)鼓励就业。加大支持力度。(省发展改革委、财政厅等按职责分工负责。列第一位者为牵头责任单位,下同)\n"
            "(二)加强培训。开展培训。\n(三)加强服务。(省人社厅、财政厅)\n",
            [
                (["省发展改革委", "财政厅"], ["省发展改革委"]),
                ([], []),
                (["省人社厅", "财政厅"], ["省人社厅"]),
            ],
        ),
        (
            H + "(一)鼓励就业。(责任单位:市发改委、市财政局,排在第一位的为牵头负责单位)\n",
            [(["市发改委", "市财政局"], ["市发改委"])],
        ),
        (
            H
            + "(一)鼓励就业。(责任单位:市发改委、市财政局,牵头责任单位列第一位,下同)\n(二)加强培训。开展培训。\n",
            [(["市发改委", "市财政局"], ["市发改委"]), ([], [])],
        ),
        # a 下同 closing the list itself still carries the units
        (
            H + "(一)鼓励就业。(责任单位:市发改委、市财政局,下同)\n(二)加强培训。开展培训。\n",
            [(["市发改委", "市财政局"], []), (["市发改委", "市财政局"], [])],
        ),
    ],
    "body_with_a_modal_and_a_partner": [
        (
            H
            + "(一)积极举办促销活动。联动市州和平台企业开展系列促消费活动,其中省商务厅将和市州联合举办四季消费活动。"
            "积极倡导绿色消费。\n",
            [(["省商务厅"], [])],
        ),
        (H + "(一)积极举办促销活动。开展活动。市商务局将与市文旅局共同举办美食节。\n", [(["市商务局"], [])]),
        # a kind of actor, or a body with no modal, or one opening no piece, is charged with nothing
        (H + "(一)积极举办促销活动。开展活动。企业将和商户联合举办活动。\n", [([], [])]),
        (H + "(一)积极举办促销活动。开展活动。省商务厅和市州联合举办活动。\n", [([], [])]),
        # a body with 将 opening a comma piece commits as with 要 (round 40: 将 a modal)
        (H + "(一)积极举办促销活动。开展活动,省商务厅将和市州联合举办活动。\n", [(["省商务厅"], [])]),
    ],
    "body_holding_an_enforced_responsibility": [
        (
            H
            + "(一)持续保持帮扶力度。加强小额信贷管理,落实区县政府风险防范化解主体责任。深入推进扶志行动。\n",
            [(["区县政府"], [])],
        ),
        (H + "(一)加强安全监管。压实县政府的属地管理责任。\n", [(["县政府"], [])]),
        # the levels' word alone (乡镇) names no body
        (H + "(一)加强监管。明确县市场监管局食品安全监管职责,强化乡镇属地责任。\n", [(["县市场监管局"], [])]),
        # a kind of body, a level's bodies, an actor or a bare government hold no named responsibility
        (
            H + "(一)加强安全监管。落实部门监管责任,压实各级河长责任,落实企业主体责任,压实政府主体责任。\n",
            [([], [])],
        ),
        (H + "(一)加强安全监管。落实县应急管理局对企业开展检查。\n", [([], [])]),
    ],
    "lead_verb_before_the_join": [
        (
            H + "(一)开展成效评估。根据建设情况,由省经信 厅牵头会同有关部门,组织专家进行成效评估。\n",
            [(["省经信 厅"], ["省经信 厅"])],
        ),
        (
            H + "(一)开展成效评估。由省经信厅牵头会同省财政厅、省科技厅,组织专家进行成效评估。\n",
            [(["省经信厅", "省财政厅", "省科技厅"], ["省经信厅"])],
        ),
        # the verb making the body responsible, not lead
        (
            H + "(一)开展成效评估。由市商务局负责会同有关部门,组织专家进行评估。\n",
            [(["市商务局"], [])],
        ),
        # a kind of body leading names none
        (H + "(一)开展成效评估。由企业牵头会同高校组织专家进行成效评估。\n", [([], [])]),
    ],
    "bracket_cut_after_a_name": [
        (
            H + "(一)提升网络。推动提速降费。(牵头单位:市通信管理局、市经济信息委〔市中小企业",
            [(["市通信管理局", "市经济信息委"], ["市通信管理局", "市经济信息委"])],
        ),
        # closed, the bracket is the name's remark, kept with it
        (
            H + "(一)提升网络。推动提速降费。(牵头单位:市通信管理局、市经济信息委〔市中小企业局〕)\n",
            [
                (
                    ["市通信管理局", "市经济信息委〔市中小企业局〕"],
                    ["市通信管理局", "市经济信息委〔市中小企业局〕"],
                )
            ],
        ),
        # a collective of places cut in its bracket is cut whole
        (H + "(一)提升网络。推动提速降费。(责任单位:市通信管理局、各县(市", [(["市通信管理局"], [])]),
    ],
    "manner_inside_no_name": [
        (
            "一、保留经济开发区,名称不变。\n二、河北新城经济开发区按照规定条件及程序申报省级高新技术产业开发区。\n",
            [([], []), ([], [])],
        ),
        (
            "一、保留经济开发区,名称不变。\n二、新城经济开发区依照程序申报高新区。(责任单位:新城经济开发区管委会)\n",
            [([], []), (["新城经济开发区管委会"], [])],
        ),
    ],
    "addressee_pronoun_of_a_reply": [
        (
            "辛集市人民政府:\n你市《关于保留开发区的请示》收悉。现批复如下:\n一、保留开发区,名称不变。\n"
            "二、有关开发区托管周边区域事宜,按照规定程序,由你市批准,报省商务厅备案。\n"
            "三、你市在实施开发区优化整合过程中,要坚持积极、稳妥原则,扎实推进。\n",
            [([], []), (["你市"], []), (["你市"], [])],
        ),
        (
            "县人民政府:\n你县报来的方案收悉。现批复如下:\n一、你县报来的方案符合规定,同意实施。\n"
            "二、请你县抓紧组织实施。\n",
            [([], []), (["你县"], [])],
        ),
    ],
}


@pytest.mark.parametrize("variant", VARIANTS, ids=IDS)
@pytest.mark.parametrize(("text", "want"), family_params(FAMILIES))
def test_r26_h26u_units(variant: Callable[[str], str], text: str, want: Want) -> None:
    doc = run(variant(text))
    got = [([r.surface for r in m.responsible], [r.surface for r in m.lead]) for m in doc.measures]
    assert len(doc.measures) == len(want), got
    for m, (units, leads) in zip(doc.measures, want, strict=True):
        assert units_match(doc, m.responsible, units) and units_match(doc, m.lead, leads), got
