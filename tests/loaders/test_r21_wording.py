"""Round 21: responsibilities and figures worded as other portals word them (the wording perturbations of
``policykg.eval.perturb_wording``). A label with a space for its colon (责任单位 A、B), the clause in 【】 〔〕 [] as
in (), the labels' other names (承办单位, 实施单位, 责任部门), and small counts written in Chinese (建成三个, 十家)
read as their usual forms do.
Inline texts in both scripts and both punctuations."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from tests.loaders.inline import IDS, VARIANTS, family_params, run
from tests.loaders.test_responsibility import keys, names
from tests.loaders.test_targets import targets

HEAD = "一、重点任务\n"
# Each measure's (units, leads) as written, in order
Want = list[tuple[list[str], list[str]]]

UNIT_FAMILIES: dict[str, list[tuple[str, Want]]] = {
    "label_with_a_space_for_its_colon": [
        # every label of the clause so, the people's label too: each part keeps its role
        (
            HEAD + "1.生产总值增长8%以上。(责任领导 张三;牵头单位 区发改局)\n"
            "2.固定资产投资增长16%。(牵头单位 区科经局;责任单位 区财政局、区商务局)\n",
            [(["区发改局"], ["区发改局"]), (["区科经局", "区财政局", "区商务局"], ["区科经局"])],
        ),
        # a deadline field so written is no unit; a label after a sentence end opens a clause
        (
            HEAD + "1.印发实施规划。(责任单位 市发改委、市财政局,完成时限 2021年底)\n"
            "2.推进项目建设。责任单位 市财政局\n",
            [(["市发改委", "市财政局"], []), (["市财政局"], [])],
        ),
        # the opening label so written, a later one with its colon
        (
            HEAD + "1.关于推动社区养老服务的建议(主办单位 市民政局;协办单位:市教育局等);\n",
            [(["市民政局", "市教育局"], ["市民政局"])],
        ),
        # a line of labels so written under the measure
        (
            HEAD + "1.地区生产总值增长8%以上。\n责任领导 李四;责任单位 外贸局、发改局;配合单位 相关镇街\n",
            [(["外贸局", "发改局", "相关镇街"], ["外贸局", "发改局"])],
        ),
        # a label line opening with the level it names (省牵头单位 A under a city's task)
        (HEAD + "1.推进农业发展。\n省牵头单位 省农业农村厅\n", [(["省农业农村厅"], ["省农业农村厅"])]),
        # a role label inside a sentence is no label: no unit
        (HEAD + "1.加强协调。各责任单位 要加强协调配合。\n", [([], [])]),
    ],
    "clause_in_brackets_of_any_kind": [
        # a measure's paragraph below its heading closed by a 【】 clause
        (
            "一、基础设施互联互通\n(一)道路畅通工程。加快建设都市圈快速通道。\n"
            "进一步规范道路限高、限宽等交通设施。【自治区交通运输厅牵头,自治区发展改革委配合】\n"
            "(二)城际公交工程。加快城际公交一体化进程。\n",
            [(["自治区交通运输厅", "自治区发展改革委"], ["自治区交通运输厅"]), ([], [])],
        ),
        # unnumbered paragraphs each closed by their own clause, in 【】 〔〕 []
        (
            "关于促进消费的若干措施\n举办系列促销活动,发放各类电子消费券。【责任单位:县商务局、县文旅局】\n"
            "办好金花节、古村花海节。〔县文旅局牵头,县商务局配合〕\n加强银政、银企合作。[县财政局牵头]\n",
            [
                (["县商务局", "县文旅局"], []),
                (["县文旅局", "县商务局"], ["县文旅局"]),
                (["县财政局"], ["县财政局"]),
            ],
        ),
    ],
    "role_label_synonyms": [
        # 各承办单位 / 各实施单位 after the units of the clause: those units, no unit of its own
        (
            HEAD
            + "1.促进就业。实现城镇新增就业8500人。〔市人社局,各县(市、区)落实。各承办单位按职责分工落实〕\n"
            "2.支持创业。〔市人社局。各实施单位按职责分工落实〕\n",
            [(["市人社局", "各县(市、区)"], []), (["市人社局"], [])],
        ),
        # a copula with the label's other name: the bodies before it are responsible
        (
            HEAD + "1.推进政务服务。(省政务局牵头,省直有关单位按职责分工负责。各市州人民政府均为承办单位)\n",
            [(["省政务局", "省直有关单位", "各市州人民政府"], ["省政务局"])],
        ),
    ],
}


@pytest.mark.parametrize("variant", VARIANTS, ids=IDS)
@pytest.mark.parametrize(("text", "want"), family_params(UNIT_FAMILIES))
def test_r21_unit_wording_families(variant: Callable[[str], str], text: str, want: Want) -> None:
    doc = run(variant(text))
    got = [(names(m.responsible), names(m.lead)) for m in doc.measures]
    assert got == [(keys(units), keys(leads)) for units, leads in want]


# Each family's cases: a text and the targets it holds as (value, unit, comparator).
TARGET_FAMILIES: dict[str, list[tuple[str, list[tuple[int, str, str]]]]] = {
    "chinese_count_after_a_goal_verb": [
        ("到2025年,培育形成两个千亿级产业集群和六个百亿级产业集群。", [(2, "个", "="), (6, "个", "=")]),
        (
            "建成三个未来社区,完成四个老旧小区、十二个城中村改造。",
            [(3, "个", "="), (4, "个", "="), (12, "个", "=")],
        ),
        ("培育十家龙头企业,新增二十四个示范点。", [(10, "家", "="), (24, "个", "=")]),
        # a count naming things, not promised: no goal verb before it, a place's facets, a phase, 十大
        ("提出两个关键词,落实八项规定。", []),
        ("围绕打造三区两地、建设五个湘西,稳步推进。", []),
        ("加快建设二期工程,实施十大工程。", []),
    ],
    "chinese_count_after_its_noun": [
        (
            "新建农产品加工厂房十个,实施项目十三个、上千万项目九个。",
            [(10, "个", "="), (13, "个", "="), (9, "个", "=")],
        ),
        ("力争新增市级以上创新平台十家以上。", [(10, "家", ">=")]),
        # 十 as a word, not a count; counts of what an inspection found, reported
        ("这项工作十分重要。", []),
        ("督察发现企业非法排污等问题五十三个,其中永年区十六个、成安县九个。", []),
    ],
    "counts_of_role_labels_are_no_targets": [
        ("细化15项具体任务,涉及10个承办单位、34个牵头部门。", []),
    ],
}


@pytest.mark.parametrize("variant", VARIANTS, ids=IDS)
@pytest.mark.parametrize(("text", "want"), family_params(TARGET_FAMILIES))
def test_r21_target_wording_families(
    variant: Callable[[str], str], text: str, want: list[tuple[int, str, str]]
) -> None:
    got = [(int(t.value), t.unit, t.comparator) for t in targets(variant(text))]
    assert got == want


META_FAMILIES: dict[str, list[tuple[str, str | None]]] = {
    # a disclosure label (责任部门) inside a title before 的 is a word of the title
    "field_label_before_de_is_a_title_word": [
        (
            "河南省人民政府关于明确2023年重点工作责任部门的通知\n各市人民政府:\n现将任务予以分解。\n",
            "河南省人民政府关于明确2023年重点工作责任部门的通知",
        ),
    ],
}


@pytest.mark.parametrize("variant", VARIANTS[:2], ids=IDS[:2])
@pytest.mark.parametrize(("text", "want"), family_params(META_FAMILIES))
def test_r21_meta_wording_families(variant: Callable[[str], str], text: str, want: str | None) -> None:
    title = run(variant(text)).meta.title
    assert (title and keys([title])) == (want and keys([want]))


def test_province_bodies_in_lenticular_brackets_name_the_region() -> None:
    """A page that names no place but its province's bodies in 【】 clauses: the province, as with ()."""
    body = "".join(
        f"{k}.推进工作{k}。【省{body}负责】\n" for k, body in enumerate(("商务厅", "财政厅", "市场监管局"), 1)
    )
    text = (
        "关于促进城市消费的若干政策措施\n为推进粤港澳大湾区建设,打造粤港澳大湾区消费中心,落实全省部署,制定以下措施。\n一、壮大市场主体\n"
        + body
    )
    assert run(text).meta.region == run(text.replace("【", "(").replace("】", ")")).meta.region == "广东省"
