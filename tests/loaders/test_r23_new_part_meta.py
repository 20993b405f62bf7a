"""Metadata of round 23's new parts (news pages on 2025-26 plans): a news lead whose day carries a wire's tag
(11月10日消息, / 11月10日电), bodies acting jointly in a lead (市委办公室、市政府办公室印发《…》: the first is the
issuer), and a news headline opened by the place it reports from (辽宁沈阳:…) above a date line, which is never a
headline; furniture on a title's lines (今日 (此件公开发布) above it, a posting date after it, its period opening the
preamble's line) and a catalogue's 公文生成日期 (the date issued). Inline texts in both scripts and both punctuations."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from policykg.loaders.normalize import fold
from tests.loaders.inline import IDS, VARIANTS, family_params, meta_field, run

PLAN = "滨海市促进低空经济发展行动方案"
BODY = "\n一、发展目标\n到2027年,培育低空经济企业50家。\n"

Case = tuple[str, dict[str, str | None]]

# Each family's cases: a page and the fields it gives (issuer by label, title).
FAMILIES: dict[str, list[Case]] = {
    "news_lead_wire_dateline": [
        (
            f"新华网3月5日消息,滨海市人民政府印发《{PLAN}》,提出五项任务。" + BODY,
            {"title": PLAN, "issuer": "滨海市人民政府"},
        ),
        (
            f"本台5月20日电,滨海市人民政府办公室印发《{PLAN}》。" + BODY,
            {"title": PLAN, "issuer": "滨海市人民政府办公室"},
        ),
        # a day alone still opens a lead
        (f"6月1日,滨海市人民政府正式发布《{PLAN}》。" + BODY, {"title": PLAN, "issuer": "滨海市人民政府"}),
    ],
    "news_lead_joint_actors": [
        (
            f"近日,滨海市委办公室、滨海市政府办公室印发《{PLAN}》,要求各地抓好落实。" + BODY,
            {"title": PLAN, "issuer": "滨海市委办公室"},
        ),
        (
            f"日前,滨海市发展和改革委员会、滨海市财政局、滨海市科学技术局联合印发《{PLAN}》。" + BODY,
            {"title": PLAN, "issuer": "滨海市发展和改革委员会"},
        ),
    ],
    "news_headline_place_tag_over_date_line": [
        (
            "江苏常州:三链融合 打造低空经济新高地\n2025-04-18\n来源:某某网\n"
            "4月18日,常州市召开新闻发布会,介绍低空经济发展情况。\n一、强化链群培育\n推动整机制造企业集聚发展。\n",
            {"title": "江苏常州:三链融合 打造低空经济新高地"},
        ),
        (
            "浙江:数字赋能 推动制造业提质增效\n2025年4月18日 10:30\n"
            "4月18日,省经信厅召开发布会,介绍相关情况。\n一、推进数字化改造\n推动企业上云用数。\n",
            {"title": "浙江:数字赋能 推动制造业提质增效"},
        ),
        # a colon after words that are no place keeps the line from being a headline; the date is none either
        (
            "发布时间:三链融合 打造低空经济新高地\n2025-04-18\n"
            "4月18日,常州市召开新闻发布会,介绍低空经济发展情况。\n一、强化链群培育\n推动整机制造企业集聚发展。\n",
            {"title": None},
        ),
    ],
    "taiwan_pages_region_and_plan_title": [
        # a page of Taiwan's bodies naming no place of its own: region 台湾; 計畫 is a plan's kind word
        (
            "社區商圈活化再生計畫\n行政院於113年3月15日核定本計畫,補助地方政府改善商圈環境。\n"
            "一、辦理商圈環境改善工程至少10處。\n",
            {"title": "社區商圈活化再生計畫", "region": "台湾"},
        ),
        (
            "漁港多元化發展計畫(110至113年度)\n本計畫經費新台幣5億元。\n一、改善漁港設施20處。\n",
            {"region": "台湾"},
        ),
        # a mainland page with no place and no such sign has none
        ("商圈活化提升计划\n一、改善商圈环境10处。\n", {"region": None}),
    ],
    "title_line_furniture": [
        # a day word with the publicity note above the title, the plan's period opening the preamble's line
        (
            "今日 (此件公开发布)\n滨海市数字经济发展行动方案\n(2025-2027年) 为贯彻落实省委部署,制定本方案。\n"
            "一、总体要求\n到2027年,培育数字经济企业100家。\n",
            {"title": "滨海市数字经济发展行动方案(2025-2027年)"},
        ),
        # a posting date in brackets after the title on its line
        (
            "滨海市民政局关于下达2025年民生实事项目任务的通知 ( 2025-01-27 )\n各区民政局:\n一、新建养老服务站10个。\n",
            {"title": "滨海市民政局关于下达2025年民生实事项目任务的通知"},
        ),
    ],
    "document_generated_date_label": [
        (
            "- 发布机构: 滨海县农业农村局\n- 公文生成日期: 2025-06-03\n各乡(镇)人民政府:\n一、补贴标准\n每亩补贴60元。\n",
            {"issued": "2025-06-03"},
        ),
    ],
}


@pytest.mark.parametrize("variant", VARIANTS, ids=IDS)
@pytest.mark.parametrize(("text", "want"), family_params(FAMILIES))
def test_r23_new_part_meta(variant: Callable[[str], str], text: str, want: dict[str, str | None]) -> None:
    doc = run(variant(text))
    for field, value in want.items():
        got = meta_field(doc, field)
        assert (fold(got) if got else got) == (fold(value) if value else value), field
