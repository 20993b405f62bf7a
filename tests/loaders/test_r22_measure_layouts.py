"""Measures of pages that number little (round 22, heldout17's blind misses and layouts no corpus page has).

- A news report whose lead sits under a portal's furniture (the site's name, the headline, a date and source line,
  each set apart by a blank line) is still a report, and a quoting verb run straight into the plan's action verb
  (《意见》提出开展… / …,某省还提出了推动…) hands over to the plan's words.
- A 一、 heading (or the one heading a section excerpt opens with) over no numbered items but paragraphs each opened
  by a short lead phrase (突出工业主体地位。投资…) gives those paragraphs as unnumbered measures, from the first one
  on; a preamble stating what is (…是…的前提和保障。) is none, and (一) headings among their siblings stay the
  measures (annotation.md).
- Unnumbered paragraphs opened by ordinal words that number on from the first (其一, / 第一, / 【一】 / A. / 一是) are
  numbered as written, and a title with its addressees above the first item is no part of it; items run together
  in one paragraph by ordinal words (…:一是…;二是…;三是…) are one measure each.
- A group's cell glued to its first row (…信息公开。 |3.…) splits there whatever the row's number (an excerpt may
  start inside the list).
- A count announcing the tasks with a colon (今年将办好3件民生实事:) hands over to as many paragraphs, or ;-pieces
  run together after it, each a measure (numbered as the piece writes it).
- A task table's rows numbered in enclosed numerals (① | … / ⑵ | …) are rows, their columns read as for 1 | ….
- A page cut after its one 第一条, on its own line and opened by a short title, reads it as an article item.
- An (一) item raised under its article whose numeral was lost numbers on from the item before it (no crash).

Inline texts in both scripts and both punctuations."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from tests.loaders.inline import IDS, VARIANTS, family_params, run

Case = tuple[str, list[tuple[str, str]]]

_FURNITURE = "某网\n\n某省出台稳增长若干措施\n\n2024-03-05 10:20:00来源:某网\n\n"
_REPORT = "某网某市3月5日消息(记者王某)记者从今日举行的新闻发布会上获悉,《某省关于稳增长的若干措施》已于近日印发。\n\n"

# Each family's cases: a page and each measure found on it as (number, the label's first 8 characters).
FAMILIES: dict[str, list[Case]] = {
    "a_report_under_page_furniture_and_a_quoting_verb_run_into_the_action": [
        (
            _FURNITURE
            + _REPORT
            + "《措施》提出开展新一轮企业技术改造,推动一批新材料和新能源重点项目落地建设,着力培育发展新动能。\n\n"
            + "针对当前市场主体偏弱偏小的现状,某省还提出了推动个体工商户转型升级为企业、小微企业升级为规上企业。\n",
            [("", "开展新一轮企业技"), ("", "推动个体工商户转")],
        ),
        # no furniture: the lead opens the page, its paragraphs as before
        (
            _REPORT
            + "《措施》提出开展新一轮企业技术改造,推动一批新材料和新能源重点项目落地建设,着力培育发展新动能。\n",
            [("", "开展新一轮企业技")],
        ),
        # furniture over a page that is no report: no measure
        (_FURNITURE + "某省经济运行总体平稳,一季度地区生产总值增长百分之五左右,好于全国平均水平。\n", []),
    ],
    "lead_phrase_paragraphs_under_a_lone_title_heading": [
        (
            "一、加快转型升级,提升产业竞争力\n"
            "坚持调优调强,推进产业高端化、集群化发展,加快构筑现代产业高地。\n"
            "突出工业主体地位。投资20亿元,实施工业项目建设工程。\n"
            "壮大现代服务业。培育物流企业10家。\n",
            [("", "突出工业主体地位"), ("", "壮大现代服务业")],
        ),
        (
            "(五)切实维护城市安全,巩固安全防线\n"
            "城市安全是城市发展的前提和保障,政府将持续完善安全体系。\n"
            "完善安全配套立法。推动完成相关法律的修订工作。\n"
            "加强安全执法。优化专责单位运作,完善执法机制。\n",
            [("", "完善安全配套立法"), ("", "加强安全执法")],
        ),
        # (一) headings among their siblings: the headings are the measures, their lead phrases no items
        (
            "(一)实施产业升级行动,构建现代经济体系\n"
            "推动农业提质增效。建设粮食生产体系。\n"
            "推动工业转型升级。打造绿色建材产业园。\n"
            "(二)实施园区提质行动,培育新兴产业\n"
            "持续推进扩区提质。推动开发区扩区。\n",
            [("(一)", "实施产业升级行动"), ("(二)", "实施园区提质行动")],
        ),
    ],
    "ordinal_words_number_unnumbered_paragraphs": [
        (
            "关于做好就业工作的通知\n各区人民政府:\n"
            "其一,加强就业服务。建立公共就业服务平台。(责任单位:市人社局)\n"
            "其二,扩大创业支持。设立创业担保贷款。(责任单位:市财政局)\n",
            [("其一", "加强就业服务"), ("其二", "扩大创业支持")],
        ),
        (
            "关于做好防汛工作的通知\n"
            "第一,落实防汛责任。各镇要落实防汛责任制。(责任单位:县水利局)\n"
            "第二,加强隐患排查。对水库开展全面排查。(责任单位:县水利局)\n",
            [("第一", "落实防汛责任"), ("第二", "加强隐患排查")],
        ),
        (
            "关于推进乡村振兴的实施意见\n"
            "【一】发展特色产业。建设特色产业基地10个。(责任单位:县农业农村局)\n"
            "【二】改善人居环境。改造农村厕所500户。(责任单位:县民政局)\n",
            [("【一】", "发展特色产业"), ("【二】", "改善人居环境")],
        ),
        (
            "关于加强安全生产的工作方案\n"
            "A.开展隐患排查。全面排查重点企业。(责任单位:县应急局)\n"
            "B.强化执法检查。开展执法检查100次。(责任单位:县应急局)\n",
            [("A", "开展隐患排查"), ("B", "强化执法检查")],
        ),
        (
            "关于推进制造业发展的意见\n"
            "一是加快技术改造。推动企业开展智能化改造。(责任单位:市工信局)\n"
            "二是培育龙头企业。新增规上企业20家。(责任单位:市工信局)\n",
            [("一是", "加快技术改造"), ("二是", "培育龙头企业")],
        ),
        # an ordinal out of turn numbers nothing: the paragraphs stay unnumbered
        (
            "关于做好防汛工作的通知\n各镇人民政府:\n"
            "第二,落实防汛责任。各镇要落实防汛责任制。(责任单位:县水利局)\n"
            "第三,加强隐患排查。对水库开展全面排查。(责任单位:县水利局)\n",
            [("", "第二,落实防汛责"), ("", "第三,加强隐患排")],
        ),
    ],
    "ordinal_items_run_together_in_one_paragraph": [
        (
            "关于推进制造业发展的意见\n"
            "今年要重点做好以下工作:一是加快技术改造,推动100家企业开展智能化改造;"
            "二是培育龙头企业,新增规上企业20家;三是优化营商环境,落实减税降费政策。\n",
            [("一是", "加快技术改造,推"), ("二是", "培育龙头企业,新"), ("三是", "优化营商环境,落")],
        ),
        # a lone 一是 is no series
        ("关于推进制造业发展的意见\n今年要重点做好以下工作:一是加快技术改造,推动企业开展智能化改造。\n", []),
    ],
    "tasks_after_a_count_announcing_them": [
        (
            "某县人民政府关于2024年民生实事的通知\n各乡镇人民政府:\n今年将办好3件民生实事:\n"
            "新建幼儿园5所,新增学位1500个。\n改造老旧小区12个,惠及居民3000户。\n新增城镇就业3000人。\n",
            [("", "新建幼儿园5所,"), ("", "改造老旧小区12"), ("", "新增城镇就业30")],
        ),
        (
            "某县人民政府关于2024年民生实事的通知\n"
            "今年将办好3件民生实事:新建幼儿园5所,新增学位1500个;改造老旧小区12个;新增城镇就业3000人。\n",
            [("", "新建幼儿园5所,"), ("", "改造老旧小区12"), ("", "新增城镇就业30")],
        ),
        (
            "今年将办好3件民生实事:(1)新建幼儿园5所;(2)改造老旧小区12个;(3)新增城镇就业3000人。\n",
            [("(1)", "新建幼儿园5所"), ("(2)", "改造老旧小区12"), ("(3)", "新增城镇就业30")],
        ),
        # the count disagreeing with the tasks that follow (the page not cut inside them): no list of its tasks
        ("今年将办好10件民生实事:\n新建幼儿园5所,新增学位1500个。\n改造老旧小区12个,惠及居民3000户。\n", []),
    ],
    "a_lone_first_article_on_its_own_line": [
        (
            "关于进一步提振消费的若干措施\n为促进消费回补,制定如下措施。\n"
            "第一条 优化市场供给。积极推进质量提升行动,扩大优质产品供给。(责任单位:省商务厅)\n",
            [("第一条", "优化市场供给")],
        ),
        (
            "加快推进预制菜产业发展十条措施\n为落实省委部署,制定本措施。\n"
            "第一条 建设联合研发平台\n充分发挥产业园牵头作用,共同建立联合研发平台。\n",
            [("第一条", "建设联合研发平台")],
        ),
        # a regulation's framing article, and 第一条 cut from a paragraph's run, are no items
        ("第一条 目的。为规范专项资金管理,制定本办法。\n", []),
        (
            "发布会介绍了八条措施。其中,由商务部门推动落实的有第一条。第一条推进消费政策共享。全年发放补贴8500万元。\n",
            [],
        ),
    ],
    "task_table_rows_numbered_in_enclosed_numerals": [
        (
            "某区重点任务分解表\n序号 | 工作任务 | 牵头单位 | 配合单位\n"
            "① | 新建停车位500个 | 区交通局 | 各街道\n② | 改造农贸市场3个 | 区商务局 | 区市场监管局\n",
            [("①", "新建停车位500"), ("②", "改造农贸市场3个")],
        ),
        (
            "某区重点任务分解表\n序号 | 工作任务 | 牵头单位 | 配合单位\n"
            "⑴ | 新建停车位500个 | 区交通局 | 各街道\n⑵ | 改造农贸市场3个 | 区商务局 | 区市场监管局\n",
            [("⑴", "新建停车位500"), ("⑵", "改造农贸市场3个")],
        ),
    ],
    "a_group_cell_glued_to_a_first_row_numbered_on": [
        # the excerpt starts inside the list: the group's cell, then its first row numbered 3
        (
            "工作任务 | 具体要求 | 责任单位 |\n一、以公开助力经济发展 |\n"
            "(一)加强涉及市场主体的信息公开。 |3.持续推进反垄断执法信息公开工作,营造诚信环境。 | 区市场监管局 |\n"
            "4.加强内容保障,持续深化政府网站优化营商环境政策集中公开。 | 区政务服务中心 |\n",
            [("3", "持续推进反垄断执"), ("4", "加强内容保障,持")],
        ),
    ],
    "an_item_under_an_article_with_its_numeral_lost": [
        (
            "第一条 对新认定的高新技术企业给予奖励。\n"
            "(一)对首次认定的企业奖励20万元。(责任单位:市科技局)\n"
            ")对重新认定的企业奖励10万元。(责任单位:市科技局)\n"
            "第二条 对研发投入给予补助。(责任单位:市财政局)\n",
            [("(一)", "对首次认定的企业"), ("(二)", "对重新认定的企业"), ("第二条", "对研发投入给予补")],
        ),
    ],
}


@pytest.mark.parametrize("variant", VARIANTS, ids=IDS)
@pytest.mark.parametrize(("text", "want"), family_params(FAMILIES))
def test_measures_of_pages_that_number_little(
    variant: Callable[[str], str], text: str, want: list[tuple[str, str]]
) -> None:
    doc = run(variant(text))
    got = [(_ascii(m.number), m.label[:8]) for m in doc.measures]
    if "牵头单位" in text:  # a table's lead column leads each row
        assert all(m.lead for m in doc.measures)
    assert got == [(_ascii(variant(n)), variant(label)) for n, label in want]


def _ascii(number: str) -> str:
    """A number with its brackets in ASCII and 条 Simplified (the extraction writes (一) for （一）, 第二条 for 第二條)."""
    return number.replace("（", "(").replace("）", ")").replace("條", "条")
