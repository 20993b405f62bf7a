"""Industry rule families of round 18 (precision on unseen pages): the foundations of industry listed side by side
(基础零部件、基础元器件、基础材料…) are no trades, and a verb of belonging (且属于) opens a list without joining its
first item; a crop or livestock before 生产基地 names its farm trade (生猪生产基地), goods in general do not
(农产品生产基地); a list of fields holding two policy domains or more (科技创新、对外开放等领域) names areas of
work, no trades, nor does a list of kinds of policy (产业、财政、区域…等政策); a generic word read without its head
(战略性新兴|产业等产业) is no name; verbs of carrying out a policy (落实, 兑现) open a list, and a verb opening a list
is no part of a name (加快构建|电子信息产业体系); 现代农业产业体系 is one of the three systems of modern agriculture, no
trade; fields whose fire or work safety is policed (…等重点领域消防安全专项整治) name no trades; a public body or a testing centre named for a trade (汽车产业发展促进中心, 新能源汽车质量
检验检测中心) is no mention of it; the fuels of a list put to use (光伏、风电等新能源消纳) and a technique named by its tool
(人工智能大模型在…中的应用) name no trades; a list closed by a processing sector (…等农产品加工业) names its trades; a stop word glued before a name is cut even where a trigger straddles the two (加强|化工).
Inline texts in both scripts and both punctuations."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from policykg.loaders.extract.industries import IndustryLexicon
from tests.loaders.inline import IDS, VARIANTS, family_params
from tests.loaders.test_industries import labels

Case = tuple[str, list[str]]

# Each family's cases: a text and the industries it names, in order.
FAMILIES: dict[str, list[Case]] = {
    "foundations_of_industry_listed_together_are_no_trades": [
        ("对属于基础零部件、基础元器件、基础材料、基础工艺等领域攻坚突破的项目,给予支持。", []),
        ("支持基础零部件、基础材料等产业基础再造项目。", []),
        ("突破基础元器件和基础材料。", []),
        # one 基础 segment among other trades stays a trade
        ("重点发展基础软件、工业软件产业。", ["基础软件", "工业软件"]),
        ("大力发展工业软件、基础软件产业。", ["工业软件", "基础软件"]),
    ],
    "a_verb_of_belonging_opens_a_list": [
        ("对属于集成电路、生物医药等领域的项目,给予奖励。", ["集成电路", "生物医药"]),
        ("对投资5000万元以上且属于新能源、新材料等领域的项目,给予奖励。", ["新能源", "新材料"]),
    ],
    "a_farm_trade_before_its_production_base": [
        ("打造全省重要的生猪生产基地。", ["生猪"]),
        ("建设200亩果蔬生产基地,带动农户增收。", ["果蔬"]),
        ("建设生猪、肉牛生产基地。", ["生猪", "肉牛"]),
        # goods in general before the base name no trade
        ("加强农产品生产基地监管。", []),
    ],
    "a_list_of_fields_holding_policy_domains_names_no_trades": [
        ("在工业、现代农业、科技创新、对外开放和文旅等领域,争创特色强县。", []),
        ("推动数字经济、科技创新、对外开放等领域取得新突破。", []),
        # one domain among trades, or fields of trades only: the trades stay
        ("在现代农业、对外开放等方面取得突破。", ["现代农业"]),
        ("设立新能源、软件、生命健康等重点领域专项子基金。", ["新能源", "软件", "生命健康"]),
        # kinds of policy listed as levers (产业、财政、区域…等政策)
        ("完善产业、创新、财政、金融、区域和公共服务等集群政策支持体系。", []),
        ("强化土地、人才、金融等要素保障。", []),
    ],
    "a_generic_word_read_without_its_head_is_no_name": [
        ("重点发展电子信息、新能源、战略性新兴产业等产业。", ["电子信息", "新能源"]),
        ("培育电子信息、新兴产业等产业集群。", ["电子信息"]),
    ],
    "verbs_of_carrying_out_a_policy_open_a_list": [
        ("落实餐饮、零售、旅游等行业纾困扶持政策。", ["餐饮", "零售", "旅游"]),
        ("兑现餐饮、住宿等行业补贴。", ["餐饮", "住宿"]),
    ],
    "three_systems_of_modern_agriculture_are_policy_nouns": [
        ("加快构建现代农业产业体系。", []),
        ("构建现代农业产业体系、生产体系、经营体系。", []),
        # a trade's own system names the trade, and the verb before it is no part of its name
        ("加快构建电子信息产业体系。", ["电子信息"]),
        ("以蔬菜、中药材产业为重点,构建现代农业产业体系。", ["蔬菜", "中药材"]),
    ],
    "fields_whose_safety_is_policed_name_no_trades": [
        ("开展电动自行车、燃气、高层建筑等重点领域消防安全专项整治。", []),
        ("排查建筑施工、道路交通等领域安全隐患。", []),
        ("强化渔业船舶、农业机械安全生产监管。", []),
        # the rest of an item before the infrastructure head (油气|管道等…基础设施)
        ("推进电力、油气管道等重要基础设施安全防护。", []),
        # the safe growth of trades keeps them
        ("推动汽车、电子等行业安全发展。", ["汽车", "电子"]),
        ("发展电力、油气等产业。", ["电力", "油气"]),
    ],
    "a_verb_arranging_the_workers_of_trades_opens_a_list": [
        ("组织文化旅游、餐饮住宿等行业从业人员开展技能培训。", ["文化旅游", "餐饮住宿"]),
    ],
    "a_body_or_testing_centre_named_for_a_trade_is_no_mention": [
        ("由市汽车产业发展促进中心负责。", []),
        ("依托国家级新能源汽车质量检验检测中心开展检测。", []),
        # the trade named beside the centre stays
        ("发展汽车产业,建设汽车检测中心。", ["汽车"]),
    ],
    "fuels_of_a_list_put_to_use_name_no_trades": [
        ("强化光伏、风电等新能源消纳。", []),
        ("推进光伏、风电等新能源发展。", ["光伏", "风电"]),
    ],
    "a_technique_named_by_its_tool_is_no_trade": [
        ("推动人工智能大模型在政务服务中的应用。", []),
        ("发展人工智能大模型产业。", ["人工智能大模型"]),
    ],
    "a_list_closed_by_a_processing_sector_names_its_trades": [
        ("做大做强粮油加工、果蔬加工、茶叶加工等农产品加工业。", ["粮油加工", "果蔬加工", "茶叶加工"]),
        ("发展粮油加工、果蔬加工等加工业。", ["粮油加工", "果蔬加工"]),
    ],
    "a_stop_word_before_a_name_is_cut_where_a_trigger_straddles_them": [
        # 加强|化工, not 加|强化|工
        ("加强化工、印染等重点行业废水治理。", ["化工", "印染"]),
        ("加强化工产业安全。", ["化工"]),
        # a trigger straddling a name's first character without a stop word still cuts it from the word
        ("培育壮大数据产业。", []),
    ],
}


@pytest.mark.parametrize("variant", VARIANTS, ids=IDS)
@pytest.mark.parametrize(("text", "want"), family_params(FAMILIES))
def test_r18_industry_families(
    variant: Callable[[str], str], text: str, want: list[str], lex: IndustryLexicon
) -> None:
    assert labels(variant(text), lex) == want
