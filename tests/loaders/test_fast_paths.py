"""The speed-ups keep their outputs: each fast path agrees with the plain form it replaced."""

from __future__ import annotations

import re
from typing import Any

import pytest

from policykg.loaders.extract.document import extract, warm_up
from policykg.loaders.extract.structure import _BOILERPLATE_PATTERNS, _is_boilerplate
from policykg.loaders.extract.targets import _FIGURE, _TIME, _TIME_START, _figures, _scan, protected_regions
from policykg.loaders.normalize import match_text

TEXTS = [
    "到2025年,新增规上企业100家以上,百分之八十的园区达到三星级,投资五千亿元。",
    "到2025年,新增規上企業100家以上,百分之八十的園區達到三星級,投資五千億元。",
    "打造“10+1”产业体系,《青岛市实施方案》(青政发〔2021〕94号)提出1.8万亿元、3-5个、第一。",
    "打造「10+1」產業體系,《青島市實施方案》(青政發〔2021〕94號)提出1.8萬億元、3-5個、第一。",
    "全年完成3项,每年度新增2个,当年、今年、本年度、年内、2023年至2025年、2024年底前、2025年6月底前。",
    "全年完成3項,每年度新增2個,當年、今年、本年度、年內、2023年至2025年、2024年底前、2025年6月底前。",
    "没有数字的一句话",
    "",
]


@pytest.mark.parametrize("text", TEXTS)
def test_figures_are_finditer(text: str) -> None:
    m = match_text(text)
    for lo, hi in [(0, len(m)), (3, max(3, len(m) - 4))]:
        assert [f.span() for f in _figures(m, lo, hi)] == [f.span() for f in _FIGURE.finditer(m, lo, hi)]
        fast = [f.span() for f in _scan(_TIME, _TIME_START, m, lo, hi)]
        assert fast == [f.span() for f in _TIME.finditer(m, lo, hi)]


@pytest.mark.parametrize("text", TEXTS)
def test_protected_regions_repeatable(text: str) -> None:
    m = match_text(text)
    first = protected_regions(m, 0, len(m))
    first.append((-1, -1))  # a caller's list is its own: the cached regions are not changed through it
    assert protected_regions(m, 0, len(m)) == first[:-1]


@pytest.mark.parametrize(
    "line",
    [
        "当前位置:首页 > 政务公开",
        "當前位置:首頁 > 政務公開",
        "字体大小:[大 中 小]",
        "字體大小:[大 中 小]",
        "打印 | 关闭",
        "【打印】【關閉】",
        "(此件公开发布)",
        "如果您对该文件有疑问",
        "一、总体要求",
        "首页>",
    ],
)
def test_boilerplate_as_one_search(line: str) -> None:
    import re

    one = re.compile("|".join(f"(?:{p})" for p in _BOILERPLATE_PATTERNS))
    s = match_text(line)
    assert _is_boilerplate(s) == bool(one.search(s))


def test_warm_up_changes_no_output() -> None:
    from pathlib import Path

    from policykg.models import SourceDocument

    text = TEXTS[0] + "\n一、发展新能源汽車、集成电路等产业(市财政局牵头)。\n"
    src = SourceDocument(Path("a.txt"), "a.txt", text, match_text(text), "utf-8", "mixed", "txt", "")
    before = repr(extract(src))
    warm_up()
    assert repr(extract(src)) == before


CODE_TEXTS = [
    "打造“10+1”产业体系,构建“5 + 5 + 7”现代产业、“9+N”产业和123+4、1++2、2025+。",
    "打造「10+1」產業體系,構建「5 + 5 + 7」現代產業、「9+N」產業和123+4、1++2、2025+。",
    "“4+4+4”产业,3+n 集群,+5,12 +\u30003",
    "没有加号的一句话",
]


@pytest.mark.parametrize("text", CODE_TEXTS)
def test_system_codes_are_finditer(text: str) -> None:
    from policykg.loaders.extract.industries import _CODE_RX, _code_matches

    m = match_text(text)
    for lo in range(len(m) + 1):
        for hi in (lo, (lo + len(m)) // 2, len(m)):
            if hi < lo:
                continue
            fast = [c.span() for c in _code_matches(m, lo, hi)]
            assert fast == [c.span() for c in _CODE_RX.finditer(m, lo, hi)]


@pytest.mark.parametrize(
    "text", ["聚焦新一代信息技术产业", "聚焦新一代資訊技術產業", "发展AI芯片5G产业", ",产业", "产业"]
)
def test_name_tail_is_the_regex(text: str) -> None:
    import re

    from policykg.loaders.extract.industry_grammar import _name_tail_start

    tail = re.compile(r"[\u4e00-\u9fffA-Za-z0-9]*\Z")
    m = match_text(text)
    for h in range(len(m) + 1):
        lo = max(0, h - 12)
        assert _name_tail_start(m, lo, h) == h - len(tail.search(m, lo, h).group(0))  # type: ignore[union-attr]


@pytest.mark.parametrize(
    ("heads", "last"),
    [
        (["海东市", "兰州市"], "临夏州发展改革部门"),
        (["银川市", "石嘴山市"], "吴忠市人民政府"),
        (["各市(县)"], "区政府"),
        (["高新区"], "经开区管委会"),
        (["高新區"], "經開區管委會"),
        (["市财政局"], "市发展改革委"),
        (["市財政局"], "市發展改革委"),
    ],
)
def test_shared_suffix_needs_an_opening_head(heads: list[str], last: str) -> None:
    """A run whose first piece cannot open a shared body noun is never joined (the early exit of
    ``_join_shared_suffix``)."""
    from policykg.loaders.extract.units import UnitLexicon, UnitResolver, _nk

    resolver = UnitResolver(UnitLexicon.load_default(), issuer=None, region=None)
    keys = [_nk(h) for h in heads]
    if resolver.shares_suffix(keys, _nk(last)) or resolver.may_head_shared(keys):
        assert resolver.may_open_shared(keys[0])
    assert resolver.may_open_shared(keys[0]) == (heads[0] not in ("市财政局", "市財政局"))


GRAMMAR_TEXTS = [
    "培育壮大数据产业,发展有色金属、风光电、有机食品,做大新能源汽车产业链。",
    "培育壯大數據產業,發展有色金屬、風光電、有機食品,做大新能源汽車產業鏈。",
    "推动高效协同、一体联动的网络安全产业,安全,智能的",
    "没有",
]


@pytest.mark.parametrize("text", GRAMMAR_TEXTS)
def test_splits_word_is_the_regexes(text: str) -> None:
    """The first-character check skips only positions where neither regex can match."""
    from policykg.loaders.extract.industry_grammar import load_grammar

    g = load_grammar()
    m = match_text(text)
    for pos in range(len(m) + 1):
        plain = any(
            (found := rx.match(m, k)) is not None and found.end() > pos
            for k in range(max(0, pos - 3), pos)
            for rx in (g.morph_rx, g.trigger_rx)
        )
        assert g.splits_word(m, pos) == plain


@pytest.mark.parametrize("text", GRAMMAR_TEXTS)
def test_is_abstract_is_the_loop(text: str) -> None:
    """The one ``endswith`` over all abstract words before the per-word loop changes no answer."""
    from policykg.loaders.extract.industry_grammar import load_grammar

    g = load_grammar()
    m = match_text(text)

    def plain(s: str) -> bool:
        if s.endswith(("的", "地")):
            return True
        for w in g.abstract:
            if s.endswith(w):
                return not any(s.endswith(x) and len(x) > len(w) for x in g.morphemes)
        return False

    for a in range(len(m)):
        for b in range(a + 1, min(len(m), a + 10) + 1):
            assert g.is_abstract(m[a:b]) == plain(m[a:b])


SCRIPT_TEXTS = [
    "到2025年,新增规上企业100家以上。" * 3,
    "到2025年,新增規上企業100家以上。" * 3,
    "一、发展新能源汽車、集成電路等产业,市发展改革委牵头,市财政局配合。",
    "衞生健康局" + "经济" * 40,
    "abc 123",
    "第一行\r\n第二行,發展\r\n",
    "",
]


@pytest.mark.parametrize("text", SCRIPT_TEXTS)
def test_script_of_counts_every_character(text: str) -> None:
    """Comparing the text with its matching text run by run gives the verdict of the per-character loop."""
    from policykg.loaders.normalize import _map_char, script_of

    def plain(text: str, sample: int) -> str:
        trad = simp = 0
        for ch in text[:sample]:
            if ord(ch) < 0x4E00 or ord(ch) > 0x9FFF:
                continue
            if _map_char(ch) != ch:
                trad += 1
            else:
                simp += 1
        share = trad / max(1, trad + simp)
        return "Hans" if trad == 0 else "Hant" if share > 0.08 else "mixed" if share > 0.01 else "Hans"

    for sample in (5, 20, 20000):
        assert script_of(text, sample) == plain(text, sample)
        assert script_of(text, sample, match=match_text(text)) == plain(text, sample)


@pytest.mark.parametrize(
    "title", ["一、发展基础", "一、發展基礎", "(二)工作回顾", "二、重点任务", "发展基础" * 9, ""]
)
def test_background_heading_cached_is_the_same(title: str) -> None:
    """The cached answer (asked for each measure's section chain) is the uncached one."""
    from policykg.loaders.extract.targets import background_heading

    first = background_heading(title)
    assert background_heading.__wrapped__(title) == first == background_heading(title)


FIGURE_TEXTS = [
    *TEXTS,
    "营业收入突破5000亿,产值达到三千亿,农村贫困人口减少60万以上,城镇新增就业1.2万,建成5G基站2000个。",
    "營業收入突破5000億,產值達到三千億,農村貧困人口減少60萬以上,城鎮新增就業1.2萬,建成5G基站2000個。",
    "千亿级产业集群,百亿元企业10家,一万亿元,第十七届,居民消费价格指数控制在103左右,5.3亿吨,120万吨标准煤。",
]


@pytest.mark.parametrize("text", FIGURE_TEXTS)
def test_value_unit_precheck_is_the_full_path(text: str, monkeypatch: pytest.MonkeyPatch) -> None:
    """A figure without a unit, a 万/亿 multiplier or a Chinese numeral ending in 万/亿 has no value and unit:
    the early return gives what the full path gives (the full path: the precheck never taken)."""
    from policykg.loaders.extract import COMPILED, targets

    if COMPILED:
        pytest.skip(
            "compiled code calls _ends_in_scale directly, past the patch: the plain modules check this"
        )
    m = match_text(text)
    figures = list(targets._figures(m, 0, len(m)))
    fast = [targets._value_unit_of(f, m) for f in figures]
    monkeypatch.setattr(targets, "_ends_in_scale", lambda cn: True)
    assert fast == [targets._value_unit_of(f, m) for f in figures]


@pytest.mark.parametrize(
    "line", ["当前位置:首页 > 政务公开", "當前位置:首頁 > 政務公開", "一、总体要求", "一、總體要求", ""]
)
def test_boilerplate_cached_is_the_same(line: str) -> None:
    s = match_text(line)
    assert _is_boilerplate(s) == _is_boilerplate.__wrapped__(s) == _is_boilerplate(s)


LABEL_TEXTS = [
    "加快项目建设。(责任单位:市发展改革委、市财政局;配合单位:各区政府)",
    "加快項目建設。(責任單位:市發展改革委、市財政局;配合單位:各區政府)",
    "【牵头单位】市工信局【配合单位】市商务局 责任部门 区财政局",
    "【牽頭單位】市工信局【配合單位】市商務局 責任部門 區財政局",
    "( 牵头部门 ) :市人社局,协办处室:人才处,数据提供单位:市统计局",
    "没有标签的一句话:只有冒号",
]


@pytest.mark.parametrize("text", LABEL_TEXTS)
def test_label_scan_is_finditer(text: str) -> None:
    """The label regexes tried only where a label can start find what their finditer finds."""
    from policykg.loaders.extract.responsibility import (
        _AS_PAREN,
        _LABEL,
        _LABEL_IN_COPY,
        _LABEL_IN_COPY_START,
        _LABEL_START,
        _labels,
    )

    m = match_text(text)
    copy = m.translate(_AS_PAREN)
    for lo in range(len(m) + 1):
        for hi in (lo, (lo + len(m)) // 2, len(m)):
            if hi < lo:
                continue
            fast = [x.span() for x in _labels(_LABEL, _LABEL_START, m, lo, hi)]
            assert fast == [x.span() for x in _LABEL.finditer(m, lo, hi)]
            fast = [x.span() for x in _labels(_LABEL_IN_COPY, _LABEL_IN_COPY_START, copy, lo, hi)]
            assert fast == [x.span() for x in _LABEL_IN_COPY.finditer(copy, lo, hi)]
    assert list(_LABEL.finditer(m)) or "标签" in text


BOILER_LINES = [
    "字体大小:[大 中 小]",
    "字體大小:[大 中 小]",
    "字号:【大】",
    "如果您对该文件有疑问,请联系",
    "如果您對該文件有疑問,請聯繫",
    "网站标识码:3702000001",
    "網站標識碼:3702000001",
    "鲁ICP备05012345号",
    "鲁公网安备 37020202000123号",
    "版权所有:青岛市人民政府",
    "技术支持:某公司",
    "扫一扫在手机打开当前页",
    "【打印本页】【关闭窗口】",
    "一、加快发展新能源汽车产业,公司、版本、技术、扫描。",
    "",
]


@pytest.mark.parametrize("line", BOILER_LINES)
def test_boilerplate_first_characters_are_every_alternative(line: str) -> None:
    """The first-character check before the unanchored boilerplate search changes no answer."""
    from policykg.loaders.extract.structure import _BOILERPLATE_ANY

    s = match_text(line)
    plain_any = _BOILERPLATE_ANY.search(s) is not None
    assert _is_boilerplate.__wrapped__(s) == bool(
        re.match(
            "|".join(f"(?:{p[1:]})" for p in _BOILERPLATE_PATTERNS if p.startswith("^")),
            s,
        )
        or plain_any
        or ("<" in s and re.match(r"^[\s•·\-*\d.、]*(?:</?[A-Za-z][^<>]{0,200}>\s*)+$", s))
    )


def test_boilerplate_first_characters_cover_the_patterns() -> None:
    """Each unanchored boilerplate pattern starts with a literal the first-character class holds."""
    from re import _parser  # type: ignore[attr-defined]

    from policykg.loaders.extract.structure import _BOILERPLATE_ANY_FIRST

    for p in (p for p in _BOILERPLATE_PATTERNS if not p.startswith("^")):
        tree = _parser.parse(p)
        branches = tree[0][1][1] if tree[0][0] == _parser.BRANCH else [tree]
        for branch in branches:
            op, arg = branch[0]
            if op == _parser.SUBPATTERN:  # (?:字号|字体): its own branches
                inner = arg[-1]
                firsts = [b[0] for b in inner[0][1][1]] if inner[0][0] == _parser.BRANCH else [inner[0]]
            else:
                firsts = [(op, arg)]
            for fop, farg in firsts:
                assert fop == _parser.LITERAL and _BOILERPLATE_ANY_FIRST.match(chr(farg)), p


RULE_TEXTS = [
    "(排第一位的为牵头单位,下同)",
    "(排第一位的為牽頭單位,下同)",
    "除标注为“牵头”单位外,列第一位的为牵头或汇总单位",
    "排在首位的为牵头部门",
    "市发改委牵头,市财政局配合",
    "第一位",
    "",
]


@pytest.mark.parametrize("text", RULE_TEXTS)
def test_lead_rule_precheck_is_the_regex(text: str) -> None:
    from policykg.loaders.extract.responsibility import _RULE, _RULE_CORE_RE, states_lead_rule

    m = match_text(text)
    assert states_lead_rule(m) == (_RULE_CORE_RE.search(m) is not None)
    if _RULE.search(m) is not None:
        assert states_lead_rule(m)


@pytest.mark.parametrize("text", FIGURE_TEXTS)
def test_index_value_precheck_is_the_regex(text: str) -> None:
    """The 指数/水平 look-up before the index regex changes no answer."""
    from policykg.loaders.extract import targets

    m = match_text(text)
    for f in targets._figures(m, 0, len(m)):
        start = f.start("num") if f.group("num") is not None else f.start()
        plain = (
            f.group("num") is not None
            and not (f.group("mult") or f.group("unit") or f.group("mid"))
            and targets._INDEX_BEFORE.search(m, max(0, start - 8), start) is not None
            and targets._INDEX_AFTER.match(m, f.end("num")) is not None
        )
        assert (targets._index_value(f, m, 0) is not None) == plain


@pytest.mark.parametrize("text", GRAMMAR_TEXTS)
def test_evidence_memo_is_the_plain_test(text: str) -> None:
    """``Grammar.evidence`` remembers its answer per name: the first and the remembered answers are the plain
    test's, for every substring of the text."""
    from policykg.loaders.extract.industry_grammar import load_grammar

    g = load_grammar()
    m = match_text(text)
    names = [m[a:b] for a in range(len(m)) for b in range(a + 1, min(len(m), a + 10) + 1)]
    for _ in range(2):  # asked, then remembered
        assert [g.evidence(s) for s in names] == [g.plain_evidence(s) for s in names]


@pytest.mark.parametrize(
    "name", ["青岛西海岸新区", "济南市市中区", "青島市", "沈阳市沈河区", "山东省", "不存在的地方", "", None]
)
def test_ancestors_memo_is_the_plain_walk(name: str | None) -> None:
    """``RegionTable.ancestors`` remembers its chain per name; each caller gets a list of its own."""
    from policykg.loaders.extract.meta import RegionTable

    table = RegionTable.load_default()
    plain = table.plain_ancestors(name)
    first = table.ancestors(name)
    assert first == plain
    first.append("changed by a caller")
    assert table.ancestors(name) == plain


def test_span_is_the_frozen_dataclass() -> None:
    """``Span``'s own ``__init__`` (fields set in the instance's dict) keeps the frozen dataclass's behaviour."""
    import copy
    import dataclasses
    import pickle

    from policykg.models import Span

    s = Span(3, 5)
    assert (s.start, s.end, repr(s)) == (3, 5, "Span(start=3, end=5)")
    assert s == Span(3, 5) and hash(s) == hash(Span(3, 5)) and Span(1, 2) < Span(1, 3) < Span(2, 0 + 2)
    assert dataclasses.replace(s, end=9) == Span(3, 9) and dataclasses.asdict(s) == {"start": 3, "end": 5}
    assert pickle.loads(pickle.dumps(s)) == s == copy.deepcopy(s)
    assert Span(start=0, end=0).quote("abc") == ""
    with pytest.raises(dataclasses.FrozenInstanceError):
        s.start = 1  # type: ignore[misc]
    for bad in [(-1, 2), (5, 3)]:
        with pytest.raises(ValueError, match="bad span"):
            Span(*bad)


TIME_WORD_TEXTS = [
    *TEXTS,
    "到2025年底前,截至2023年6月末全年新增,每年度培训,年均增长,年内建成,当年、今年、年度目标,至2030年前实现。",
    "到2025年底前,截至2023年6月末全年新增,每年度培訓,年均增長,年內建成,當年、今年、年度目標,至2030年前實現。",
    '“示范”工厂“10个”,"标杆"企业,“单引号',
    '“示範”工廠“10個”,"標桿"企業,“單引號',
]


@pytest.mark.parametrize("text", TIME_WORD_TEXTS)
def test_time_words_scan_is_finditer(text: str) -> None:
    """The time words are looked for only where one can start (``_TIME_WORDS_START``): the matches of
    ``finditer``, and the cleaned indicator text of the plain cut."""
    from policykg.loaders.extract import targets

    m = match_text(text)
    for lo, hi in [(0, len(m)), (2, max(2, len(m) - 3))]:
        fast = [f.span() for f in targets._scan(targets._TIME_WORDS, targets._TIME_WORDS_START, m, lo, hi)]
        assert fast == [f.span() for f in targets._TIME_WORDS.finditer(m, lo, hi)]


@pytest.mark.parametrize("text", TIME_WORD_TEXTS)
def test_strip_ends_counts_quotes_as_the_loop(text: str) -> None:
    from policykg.loaders.extract import targets

    def plain(s: str) -> str:
        s = s.strip(" \t'()（）[]【】、,;:")
        quotes = sum(1 for ch in s if ch in targets._QUOTES)
        if quotes % 2:
            s = s.strip(targets._QUOTES + " ")
        elif quotes == 2 and s[0] in targets._QUOTES and s[-1] in targets._QUOTES:
            s = s[1:-1]
        return s.strip()

    m = match_text(text)
    for a in range(len(m)):
        for b in range(a, min(len(m), a + 14) + 1):
            assert targets._strip_ends(m[a:b]) == plain(m[a:b])


QUANTITY_TEXTS = [
    "削减煤炭消费总量,控制能源消费强度,扩大汽车消费,建设农业经济区和沿江经济带,发展低空经济。",
    "削減煤炭消費總量,控制能源消費強度,擴大汽車消費,建設農業經濟區和沿江經濟帶,發展低空經濟。",
    "消费",
    "",
]


@pytest.mark.parametrize("text", QUANTITY_TEXTS)
def test_measured_is_the_loop(text: str) -> None:
    """``measured``'s lookup of the head and ``measured_after``'s one ``startswith`` over every head give the
    loops' answers at every position."""
    from policykg.loaders.extract.industry_grammar import load_grammar

    g = load_grammar()
    m = match_text(text)
    for end in range(len(m) + 1):
        for head in ("消费", "经济", "产业"):
            plain = any(h == head and m.startswith(after, end) for h, after in g.quantities)
            assert g.measured(m, head, end) == plain
        plain_after = any(m.startswith(h, end) and m.startswith(a, end + len(h)) for h, a in g.quantities)
        assert g.measured_after(m, end) == plain_after


LABEL_TEXTS = [
    "(牵头单位:市发展改革委;责任单位:市工业和信息化局、市科技局;配合单位:各区(市)政府)",
    "(牽頭單位:市發展改革委;責任單位:市工業和信息化局、市科技局;配合單位:各區(市)政府)",
    "责任单位:市商务局 牵头单位:市财政局",
    "責任單位:市商務局 牽頭單位:市財政局",
]


@pytest.mark.parametrize("text", LABEL_TEXTS)
def test_labels_come_in_text_order(text: str) -> None:
    """``_segments`` merges and sorts its labels only when spaced labels join them: the labels ``_labels``
    finds are already in text order, one per start."""
    from policykg.loaders.extract.responsibility import _LABEL_IN_COPY, _LABEL_IN_COPY_START, _labels

    m = match_text(text)
    starts = [lm.start() for lm in _labels(_LABEL_IN_COPY, _LABEL_IN_COPY_START, m, 0, len(m))]
    assert starts and starts == sorted(set(starts))


# --------------------------------------------------------------------------- round 15


CLAUSE_TEXTS = [
    "1.强化重点项目引才计划,举办招聘活动4.6万场次以上。(责任单位:劳动关系处、市财政局)",
    "2.深化技能人才培育行动。\n责任单位:职业能力建设处、某某房地产有限公司(开发商配建学校项目)、市总工会",
    "(一)优化营商环境。市发展改革委牵头,市财政局配合;(专技处)完成时限:全年",
    "3.推进园区建设(市工信局、市商务局按职责分工负责)",
    "没有责任单位的一句话",
]


@pytest.mark.parametrize("script", [0, 1])
@pytest.mark.parametrize("text", CLAUSE_TEXTS)
def test_inline_clauses_cached_are_the_plain_reading(text: str, script: int) -> None:
    from policykg.loaders.extract.responsibility import _inline_clauses, find_inline_clauses
    from tests.loaders.inline import SCRIPTS, make

    src = make(SCRIPTS[script](text))
    n = len(src.match)
    for start, end, bare_ok in [
        (0, n, False),
        (0, n, True),
        (2, n, False),
        (0, n + 5, True),
        (3, max(3, n - 4), False),
    ]:
        plain = list(_inline_clauses.__wrapped__(src.match, start, min(end, n), bare_ok))
        first = find_inline_clauses(src, start, end, bare_ok=bare_ok)
        assert first == plain
        first.append(first[0] if first else None)  # a caller's list is its own: the cached clauses stay
        assert find_inline_clauses(src, start, end, bare_ok=bare_ok) == plain


def _plain_blank_unmatched(w: list[str]) -> None:
    stack: list[int] = []
    for k, ch in enumerate(w):
        if ch == "(":
            stack.append(k)
        elif ch == ")":
            if stack:
                stack.pop()
            else:
                w[k] = " "
    for k in stack:
        w[k] = " "


@pytest.mark.parametrize(
    "text", ["(A(B)C", "A)B(C)D(", "((A))", "无括号", "(責任單位:A、B)", ")(", "", "A(B(C)D"]
)
def test_blank_unmatched_visits_the_brackets_only(text: str) -> None:
    from policykg.loaders.extract.responsibility import _blank_unmatched

    fast, plain = list(text), list(text)
    _blank_unmatched(fast)
    _plain_blank_unmatched(plain)
    assert fast == plain


@pytest.mark.parametrize("script", [0, 1])
def test_working_copy_brackets(script: int) -> None:
    """The bracket passes of the working copy visit only brackets: a remark after a company's name is blanked,
    a short second name and a lost closing bracket of a document number are kept as before."""
    from tests.loaders.inline import SCRIPTS, run

    text = SCRIPTS[script](
        "一、重点任务\n1.建设学校3所。(责任单位:某某房地产有限公司(开发商配建学校项目)、未来科技城(海创园))\n"
        "2.落实皖发〔20229号文件。(责任单位:市教育局)\n"
    )
    doc = run(text)
    units = [[r.surface for r in m.responsible] for m in doc.measures]
    assert units[0] == [SCRIPTS[script]("某某房地产有限公司"), SCRIPTS[script]("未来科技城(海创园)")]
    assert units[1] == [SCRIPTS[script]("市教育局")]


@pytest.mark.parametrize("script", [0, 1])
@pytest.mark.parametrize(
    "text",
    [
        "新增认定认证一批无公害农产品、绿色食品、有机食品产地和品种",
        "认证一批绿色食品",
        "发展绿色食品、有机食品产业",
        "认定了智能制造企业,发展新能源汽车",
    ],
)
def test_certified_gate_is_the_plain_test(text: str, script: int) -> None:
    from policykg.loaders.extract.industries import _CERTIFY, _certified
    from tests.loaders.inline import SCRIPTS

    m = match_text(SCRIPTS[script](text))

    def plain(a: int) -> bool:
        lo = max(0, a - 60)
        stop = max(m.rfind(ch, lo, a) for ch in ",;。:!?\n")
        ends = [x.end() for x in _CERTIFY.finditer(m, max(lo, stop + 1), a)]
        if not ends:
            return False
        before = m[ends[-1] : a]
        return before == "" or (
            before.endswith("、") and all(0 < len(p) <= 16 for p in before[:-1].split("、"))
        )

    assert [_certified(m, a) for a in range(len(m) + 1)] == [plain(a) for a in range(len(m) + 1)]


@pytest.mark.parametrize("script", [0, 1])
def test_sector_list_needs_ye(script: int) -> None:
    from policykg.loaders.extract.industry_grammar import _sector_list, load_grammar
    from tests.loaders.inline import SCRIPTS

    g = load_grammar()
    m = match_text(SCRIPTS[script]("支持住宿业、餐饮业和零售业恢复"))
    assert [m[a:b] for a, b in _sector_list(g, m, 0, 2, len(m))] == [
        match_text(SCRIPTS[script](s)) for s in ("住宿业", "餐饮业", "零售业")
    ]
    m = match_text(SCRIPTS[script]("支持电子信息、生物医药和新材料发展"))
    assert _sector_list(g, m, 0, 2, len(m)) == []


@pytest.mark.parametrize("script", [0, 1])
def test_restated_figures_dropped_only_where_held(script: int) -> None:
    """A heading restating its items' figures loses them (each counted once, at its item); a section without
    figures of its own and the items keep theirs."""
    from tests.loaders.inline import SCRIPTS, run

    doc = run(
        SCRIPTS[script](
            "一、减少农村扶贫对象6.76万人\n1.减少农村扶贫对象6.76万人。\n2.实施易地扶贫搬迁18695人。\n"
            "二、其他任务\n1.新建幼儿园60所。\n"
        )
    )
    assert [len(m.targets) for m in doc.measures] == [1, 1, 1]
    assert [t.value for s in doc.sections for t in s.targets] == []


@pytest.mark.parametrize("script", [0, 1])
@pytest.mark.parametrize(
    "text", ["市人社局牵头", "市发改委(牵头单位)", "省经协办", "市商务局协办", "市财政局", "(牵头)", ""]
)
def test_verb_tail_cached_is_the_plain_reading(text: str, script: int) -> None:
    from policykg.loaders.extract.responsibility import _verb_tail
    from tests.loaders.inline import SCRIPTS

    m = match_text(SCRIPTS[script](text))
    assert _verb_tail(m) == _verb_tail.__wrapped__(m) == _verb_tail(m)


@pytest.mark.parametrize("script", [0, 1])
def test_frame_and_title_cached_are_the_plain_reading(script: int) -> None:
    from policykg.loaders.extract import structure
    from tests.loaders.inline import SCRIPTS, make

    titles = tuple(SCRIPTS[script](t) for t in ("总体要求", "保障措施", "加强组织领导", "重点任务"))
    for k in range(1, len(titles) + 1):
        chain = titles[:k]
        assert structure._frame_kind(chain) == structure._frame_kind.__wrapped__(chain)
    src = make(
        SCRIPTS[script](
            "一、总体要求 以科学发展观为统领,推进发展。\n(一)指导思想。坚持稳中求进。\n二、重点任务\n"
        )
    )
    for line in structure.split_lines(src):
        if line.kind == "heading" and line.body is not None:
            plain = structure._title_at.__wrapped__(src.text, src.match, line.body, line.rend)
            assert structure._title_of(src, line) == plain == structure._title_of(src, line)


def _beside_named_parts_plain(m: str, num_start: int, end: int) -> bool:
    """The form before round 22's speed pass: both sides' spans read for every count."""
    from policykg.loaders.extract import targets as t  # noqa: PLC0415

    lo = t._last_stop(m, max(0, num_start - t._LIST_REACH), num_start, t._CLAUSE_CHARS)
    stop = t._CLAUSE_STOP.search(m, end)
    hi = stop.start() if stop is not None else len(m)
    before, after = m[lo:num_start], m[end:hi]
    return (before.endswith("、") and t._NAMED_SET.search(before) is not None) or (
        after.startswith("、") and t._NAMED_SET.search(after) is not None
    )


PARTS_TEXTS = [
    "衔接4大行动、17个工程、55项具体任务,新增企业10家。",
    "銜接4大行動、17個工程、55項具體任務,新增企業10家。",
    "实施十大工程、30个项目;完成3项、四大行动",
    "實施十大工程、30個項目;完成3項、四大行動",
]
# no count beside a 大 set: never such a list
PLAIN_TEXTS = ["、17个工程、", "新增规上企业100家以上,建成5个园区", "新增規上企業100家以上,建成5個園區"]


@pytest.mark.parametrize("text", PARTS_TEXTS + PLAIN_TEXTS)
def test_beside_named_parts_is_the_plain_form(text: str) -> None:
    from policykg.loaders.extract.targets import _beside_named_parts  # noqa: PLC0415

    m = match_text(text)
    spans = [(a, b) for a in range(len(m) + 1) for b in range(a, len(m) + 1)]
    assert any(_beside_named_parts_plain(m, a, b) for a, b in spans) == (text in PARTS_TEXTS)
    for a, b in spans:
        assert _beside_named_parts(m, a, b) == _beside_named_parts_plain(m, a, b), (a, b)


# Round 26: word-set searches, first suffix/prefix look-ups and splits_word's bound words, against their plain forms
WORD_SETS = [
    ("产业", "行业", "经济"),
    ("產業", "行業", "經濟"),
    ("市", "市政府", "县"),  # a word inside a longer one: the longer one must not hide the short one's hits
    ("縣", "縣政府"),
    (),
]


@pytest.mark.parametrize("words", WORD_SETS)
@pytest.mark.parametrize(
    "text", [*TEXTS, "市政府牵头,各县配合发展数字经济", "市政府牽頭,各縣配合發展數字經濟"]
)
def test_words_rx_is_any_find(words: tuple[str, ...], text: str) -> None:
    from policykg.loaders.extract.textscan import words_rx

    m = match_text(text)
    for a in range(len(m) + 1):
        for b in range(a, len(m) + 1):
            plain = any(m.find(w, a, b) >= 0 for w in words)
            assert (words_rx(words).search(m, a, b) is not None) == plain, (words, a, b)


@pytest.mark.parametrize("text", ["发展特色主导产业", "發展特色主導產業", "主导", ""])
def test_first_ending_and_opening_are_the_first_in_order(text: str) -> None:
    from policykg.loaders.extract.textscan import first_ending, first_opening

    words = ("主导产业", "产业", "主导", "主導產業", "產業", "發展", "发展")
    m = match_text(text)
    for a in range(len(m) + 1):
        for b in range(a, len(m) + 1):
            assert first_ending(m, words, a, b) == next((w for w in words if m.endswith(w, a, b)), None)
        assert first_opening(m, words, a) == next((w for w in words if m.startswith(w, a)), None)


def _plain_bound_word_ends(grammar: object, match: str, pos: int) -> bool:
    """splits_word's first test as written before round 26: every bound word tried at ``pos``."""
    g: Any = grammar
    return any(
        len(w) > 1 and match.startswith(w, pos - len(w) + 1) and not g._bound_broken(match, pos - len(w) + 1)
        for w in g.bound_words
        if pos >= len(w) - 1
    )


@pytest.mark.parametrize("text", ["加大健康产业投入,推广大豆种植", "加大健康產業投入,推廣大豆種植", "大健康"])
def test_bound_words_by_last_character(text: str) -> None:
    from policykg.loaders.extract.industry_grammar import load_grammar

    g = load_grammar()
    m = match_text(text)
    hits = 0
    for pos in range(-1, len(m) + 2):
        ending = g._bound_by_last.get(m[pos]) if 0 < pos < len(m) else None
        fast = bool(ending) and any(
            m.startswith(w, pos - len(w) + 1) and not g._bound_broken(m, pos - len(w) + 1)
            for w in ending or ()
            if pos >= len(w) - 1
        )
        assert fast == _plain_bound_word_ends(g, m, pos), pos
        hits += fast
    if "加大" in text:
        assert hits, "加|大健康: the bound word 加大 ends on 大"


_PLACE_WORDS = [
    "赣州",
    "赣州市",
    "赣县",
    "吉安",
    "吉安县",
    "吉安市",
    "安县",
    "安",
    "井冈山市",
    "a.b",
    "x-y",
    "[z]",
    "^q",
]
_PLACE_TEXTS = [
    "赣州市吉安县和井冈山市,赣州路,吉安县路口,安县a.b x-y [z] ^q",
    "贛州市吉安縣和井岡山市,贛州路,吉安縣路口,安縣a.b x-y [z] ^q",
    "吉安市吉安吉安县路吉",
    "",
]


@pytest.mark.parametrize("text", _PLACE_TEXTS)
@pytest.mark.parametrize("tail", ["", "(?!路)", "(?![县市]?路)"])
def test_alternation_is_the_flat_alternation(text: str, tail: str) -> None:
    from policykg.loaders.extract.textscan import alternation

    m = match_text(text)
    flat = re.compile(
        "(?:" + "|".join(map(re.escape, sorted(_PLACE_WORDS, key=len, reverse=True))) + ")" + tail
    )
    trie = re.compile("(?:" + alternation(_PLACE_WORDS) + ")" + tail)
    assert [x.span() for x in trie.finditer(m)] == [x.span() for x in flat.finditer(m)]
    if "赣州" in m:
        assert trie.search(m) is not None


@pytest.mark.parametrize("text", _PLACE_TEXTS)
def test_lower_places_is_the_flat_alternation(text: str) -> None:
    from policykg.loaders.extract.divisions import load_divisions
    from policykg.loaders.extract.meta import _default_regions, _lower_places

    m = match_text(text) + "宁都县南康区,瑞金市红都大道"
    trie = _lower_places()
    divisions = load_divisions()
    words = {
        f
        for f, found in divisions.forms.items()
        if len(found) == 1 and len(f) >= 2 and divisions.by_name[found[0]].level != "province"
    }
    flat = re.compile(
        "(?:"
        + "|".join(sorted(map(re.escape, words), key=len, reverse=True))
        + ")"
        + _default_regions().not_street
    )
    assert [x.span() for x in trie.finditer(m)] == [x.span() for x in flat.finditer(m)]
    assert trie.search(m) is not None  # 宁都县 at least


@pytest.mark.parametrize("text", ["广东省佛山市", "廣東省佛山市", "浙江与江苏", "北京、天津和河北", "没有省"])
def test_only_named_is_the_plain_loop(text: str) -> None:
    from policykg.loaders.extract.divisions import _forms, load_divisions

    divisions = load_divisions()
    m = match_text(text)
    hits = [
        d.name
        for d in divisions.by_name.values()
        if d.level == "province" and any(divisions._names_only(f, d.name) and f in m for f in _forms(d))
    ]
    assert divisions.only_named("province", m) == (hits[0] if len(hits) == 1 else None)
    if text.startswith(("广东", "廣東")):
        assert divisions.only_named("province", m) == "广东省"


@pytest.mark.parametrize("text", ["牵头单位:A局。\n\u3000 \t\n", "牽頭單位:A局。 \u3000", "", "  \n"])
def test_blank_from_is_strip(text: str) -> None:
    from policykg.loaders.extract.textscan import blank_from

    for pos in range(len(text) + 2):
        assert blank_from(text, pos) == (not text[pos:].strip()), pos


_STOP_TEXTS = [
    "到2025年,全市新增企业100家;建成园区3个。\n其中:省级2个!",
    "到2025年,全市新增企業100家;建成園區3個。\n其中:省級2個!",
    "没有停顿的一句话共计12个",
]


@pytest.mark.parametrize("text", _STOP_TEXTS)
@pytest.mark.parametrize("stops", [",;。:!?\n", ";。!?\n", ",", "\n", ",;。:!?\n、"])
def test_last_stop_is_the_rfinds(text: str, stops: str) -> None:
    from itertools import repeat

    from policykg.loaders.extract.targets import _last_stop

    m = match_text(text)
    found = 0
    for lo in range(-2, len(m) + 2):
        for pos in range(-2, len(m) + 2):
            plain = max(lo, max(map(m.rfind, stops, repeat(lo), repeat(pos))) + 1)
            assert _last_stop(m, lo, pos, stops) == plain, (lo, pos)
            found += plain > lo
    if "," in m:
        assert found


@pytest.mark.parametrize(
    "text",
    ["市发改委会同市财政局负责", "市發改委會同市財政局負責", "县政府将和市直部门共同推进", "各部门负责"],
)
def test_may_act_together_is_the_finds(text: str) -> None:
    from policykg.loaders.extract.responsibility import _PARTNERED, _V, may_act_together

    m = match_text(text)
    for start in range(len(m)):
        for end in range(start, len(m) + 1):
            plain = any(m.find(w, start, end) >= 0 for w in _V.duty_joins[:1] + _PARTNERED)
            assert may_act_together(m, start, end) == plain, (start, end)
    if "会同" in m:
        assert may_act_together(m, 0, len(m))


@pytest.mark.parametrize(
    "text", ["大力引导餐饮、零售企业", "大力引導餐飲、零售企業", "加快构建现代农业产业体系", "发展旅游"]
)
def test_opener_len_is_the_loop(text: str) -> None:
    from policykg.loaders.extract.industry_grammar import load_grammar

    g = load_grammar()
    m = match_text(text)
    for a in range(len(m) + 1):
        adverb = next((d for d in g.opener_adverbs if m.startswith(d, a)), "")
        at = a + len(adverb)
        plain = (
            len(adverb) + next(len(v) for v in g.list_openers if m.startswith(v, at))
            if m.startswith(g.list_openers, at)
            else 0
        )
        assert g.opener_len(m, a) == plain, a


@pytest.mark.parametrize(
    "title", ["总体要求", "總體要求", "主要目标和任务", "加强组织领导", "加強組織領導", "发展特色产业"]
)
def test_title_kind_precheck_is_the_loop(title: str) -> None:
    from policykg.loaders.extract.structure import _title_kind
    from policykg.loaders.extract.vocab import vocabulary
    from policykg.loaders.normalize import fold

    vocab = vocabulary()
    t = fold(match_text(title)).strip().rstrip("。.:")
    for words in (vocab.not_measure, vocab.assign_only):
        plain = any((t.startswith(w) or t.endswith(w)) and len(t) <= len(w) + 3 for w in words)
        assert not plain or t.startswith(words) or t.endswith(words)  # the precheck never hides a hit
    if title in ("总体要求", "總體要求"):
        assert _title_kind(match_text(title), False) == "frame"


_VOICE_TEXTS = [
    "我市将加快发展。市政府办公室、各城市政府和城市政府;(市发改委负责)、由市财政局牵头,市场监管局配合。\n市委办",
    "我市將加快發展。市政府辦公室、各城市政府和城市政府;(市發改委負責)、由市財政局牽頭,市場監管局配合。\n市委辦",
    "全区、区政府,试点城区政府(区住建局、区农业局等)",
]


@pytest.mark.parametrize("text", _VOICE_TEXTS)
@pytest.mark.parametrize("level", ["市", "区", "县"])
def test_voice_patterns_are_the_lookbehind_first(text: str, level: str) -> None:
    from policykg.loaders.extract.meta import _NOT_BODY, _own_body_rx, _voice_rx

    m = match_text(text)
    words = ("我" + level, "全" + level, level + "委", level + "政府", level + "人民政府")
    flat = "|".join(re.escape(w) for w in sorted(words, key=len, reverse=True))
    voice = re.compile(r"(?<![各、)城])(?:" + flat + ")")
    assert _voice_rx(words).findall(m) == voice.findall(m)
    head = "[" + _NOT_BODY[level] + "]"
    bodies = re.compile(
        r"(?:^|(?<=[、:,;(【〔\[\s。])|(?<=由))"
        + level
        + r"(?!"
        + head
        + r")[\u4e00-\u9fff]{1,10}?(?:局|委|厅|办|部)"
        r"(?=[、,;)】〕\]\s]|$|负责|牵头|配合|等)",
        re.M,
    )
    assert _own_body_rx(level).findall(m) == bodies.findall(m)
    if level == "市" and "我市" in m:
        assert _voice_rx(words).findall(m) and _own_body_rx(level).findall(m)


_PARTY_PIECES = [
    "县委县政府",
    "市委市人民政府",
    "区党工委区管委会",
    "区党工委管委会",
    "县委县政府督查室",
    "市委市政府督查局",
    "市委",
    "县政府",
    "市发改委",
    "自治县委自治县人民政府",
    "",
]


@pytest.mark.parametrize("script", [0, 1])
@pytest.mark.parametrize("piece", _PARTY_PIECES)
def test_party_government_run_is_the_nested_loop(piece: str, script: int) -> None:
    from policykg.loaders.extract.units import UnitLexicon, UnitResolver
    from tests.loaders.inline import SCRIPTS

    lexicon = UnitLexicon.load_default()
    g = lexicon.grammar
    m = match_text(SCRIPTS[script](piece))
    plain = next(
        (
            len(level + organ)
            for level in g.division_levels
            for organ in (*g.short_party_organs, *g.party_organs)
            if m.startswith(level + organ)
            and m[len(level + organ) :] in {level + b for b in g.paired_governments}
        ),
        0,
    )
    assert UnitResolver(lexicon, issuer=None, region=None).party_government_run(m) == plain
    if piece in ("县委县政府", "区党工委区管委会"):
        assert plain > 0


@pytest.mark.parametrize("script", [0, 1])
def test_document_matcher_trie_is_the_flat_alternation(script: int) -> None:
    from policykg.loaders.extract.industries import IndustryLexicon, _document_matcher
    from tests.loaders.inline import SCRIPTS

    forms, rx = _document_matcher(IndustryLexicon.load_default(), {})
    flat = re.compile("|".join(re.escape(f) for f in sorted(forms, key=lambda f: (-len(f), f))))
    text = SCRIPTS[script](
        "大力发展新能源汽车、新材料、生物医药、现代农业、先进制造业和批发和零售业,培育人工智能、"
        "集成电路、数字经济、文化旅游、电子信息等产业;农产品加工业、装备制造、纺织服装。"
    )
    m = match_text(text)
    spans = [x.span() for x in flat.finditer(m)]
    assert [x.span() for x in rx.finditer(m)] == spans
    assert [x.span() for x in rx.finditer(m, 5, len(m) - 7)] == [
        x.span() for x in flat.finditer(m, 5, len(m) - 7)
    ]
    assert len(spans) >= 5


@pytest.mark.parametrize("script", [0, 1])
@pytest.mark.parametrize(
    "piece",
    ["市财政局牵头", "各县(市、区)人民政府", "杨志武副市长", "2024年底前", "市财政局等有关部门", "、"],
)
def test_all_units_and_core_cached_are_the_plain_reading(piece: str, script: int) -> None:
    from policykg.loaders.extract.responsibility import _all_units, _core
    from policykg.loaders.extract.units import UnitLexicon
    from tests.loaders.inline import SCRIPTS

    lexicon = UnitLexicon.load_default()
    m = match_text(SCRIPTS[script](piece))
    assert _all_units(m, lexicon) == _all_units.__wrapped__(m, lexicon) == _all_units(m, lexicon)
    assert _core(m) == _core.__wrapped__(m) == _core(m)
    if piece == "市财政局牵头":
        assert _all_units(m, lexicon) and _core(m) == match_text(SCRIPTS[script]("市财政局"))


@pytest.mark.parametrize("script", [0, 1])
def test_document_matcher_with_added_forms_is_one_alternation(script: int) -> None:
    import random

    from policykg.loaders.extract.industries import IndustryLexicon, _document_matcher, _WithAdded
    from policykg.loaders.extract.textscan import alternation
    from policykg.models import SystemInfo
    from tests.loaders.inline import SCRIPTS

    lexicon = IndustryLexicon.load_default()
    # members the lexicon lacks, some a known form's extension or prefix (新能源汽车 -> 新能源汽车零部件, 新能)
    members = ["海洋牧场", "预制菜", "新能源汽车零部件", "新能", "低空经济飞行器", "虚拟", "制造业与服务"]
    systems = {"system:t": SystemInfo("system:t", "t", "t", members=[f"industry:{m}" for m in members])}
    forms, rx = _document_matcher(lexicon, systems)
    assert isinstance(rx, _WithAdded)
    whole = re.compile(alternation(forms))  # one alternation of every form, as before
    words = [*members, *list(forms)[:60], "产业", "发展", "、", "和", "等", "。"]
    rng = random.Random(31 + script)
    for _ in range(300):
        m = match_text(SCRIPTS[script]("".join(rng.choice(words) for _ in range(rng.randint(0, 14)))))
        for lo, hi in [(0, len(m)), (min(2, len(m)), max(min(2, len(m)), len(m) - 3))]:
            assert [x.span() for x in rx.finditer(m, lo, hi)] == [x.span() for x in whole.finditer(m, lo, hi)]
    # no form added: the lexicon's own compiled pattern
    assert _document_matcher(lexicon, {})[1] is _document_matcher(lexicon, {})[1]


@pytest.mark.parametrize("script", [0, 1])
def test_split_lines_once_gives_fresh_lines(script: int) -> None:
    from policykg.loaders.extract.structure import _split_lines, split_lines
    from tests.loaders.inline import SCRIPTS, make

    src = make(
        SCRIPTS[script]("关于印发方案的通知\n一、总体要求\n(一)加强领导。(责任单位:市财政局)\n①推进改革。\n")
    )
    first = split_lines(src)
    first[1].kind, first[2].level = "content", 9  # a parse marks its own copies
    again = split_lines(src)
    assert again == _split_lines(src) and again != first
    assert all(a is not b for a, b in zip(first, again, strict=True))
    other = make(SCRIPTS[script]("二、保障措施\n"))
    assert split_lines(other) == _split_lines(other)


def test_line_copy_keeps_every_field() -> None:
    from dataclasses import fields

    from policykg.loaders.extract.structure import Line

    # every field set apart from its default: a field the copy forgot would differ
    # (a compiled module's dataclass gives its field types as types, a plain one's as strings)
    line = Line(
        **{f.name: f"s{k}" if f.type in ("str", str) else 100 + k for k, f in enumerate(fields(Line))}
    )
    assert line.copy() == line and line.copy() is not line


HEADING_PLANS = [
    "一、肉牛产业\n1.新建养殖场。新建规模养殖场12个。\n2.盘活闲置圈舍。由各乡镇负责盘活闲置圈舍。\n"
    "二、茶叶产业链\n1.改造低产茶园。改造茶园5000亩。\n2.围绕“10+1”产业,建设加工厂。\n",
    "一、重点产业\n(一)金融业\n1.推进项目。开工项目3个。\n2.引进企业。围绕13条产业链引进企业5家。\n"
    "(二)现代物流业。建设物流园。\n1.完善网络。\n二、推进工业发展\n1.推进项目。开工项目3个。\n",
]


@pytest.mark.parametrize("script", [0, 1])
@pytest.mark.parametrize("plan", HEADING_PLANS)
def test_heading_trades_read_once_per_section_are_every_read(
    plan: str, script: int, monkeypatch: pytest.MonkeyPatch
) -> None:
    from policykg.loaders.extract import document
    from tests.loaders.inline import SCRIPTS, make

    src = make(SCRIPTS[script](plan))
    once = repr(extract(src))
    plain = document._heading_trades
    monkeypatch.setattr(
        document,
        "_heading_trades",
        lambda src, doc, m, lex, systems, _seen: plain(src, doc, m, lex, systems, set()),
    )
    assert repr(extract(src)) == once


@pytest.mark.parametrize(
    "piece", ["哈尔滨", "高新区", "各县(市、区)", "街道", "市财政局", "西秀区", "各市(州)", "乡"]
)
def test_may_open_shared_cached_is_the_plain_test(piece: str) -> None:
    from policykg.loaders.extract.units import UnitLexicon, UnitResolver, _may_open_shared, _nk

    lexicon = UnitLexicon.load_default()
    resolver, g, nk = UnitResolver(lexicon, issuer=None, region=None), lexicon.grammar, _nk(piece)
    plain = resolver.may_head_shared([nk]) or g.is_division_collective(nk) or nk in g.township_levels
    assert resolver.may_open_shared(nk) == _may_open_shared.__wrapped__(lexicon, nk) == plain


@pytest.mark.parametrize("script", [0, 1])
@pytest.mark.parametrize(
    "text",
    [
        "发展工业、现代农业、科技创新等领域,推进农副产品分级、包装、追溯。",
        "没有标点的一句话",
        ",;。:!?\n",
        "",
    ],
)
def test_last_of_is_the_last_finditer(text: str, script: int) -> None:
    from policykg.loaders.extract.textscan import last_of
    from tests.loaders.inline import SCRIPTS

    m, marks = match_text(SCRIPTS[script](text)), ",;。:!?\n"
    for lo in range(len(m) + 1):
        for pos in range(lo, len(m) + 1):
            ends = [x.end() for x in re.finditer("[" + re.escape(marks) + "]", m[:pos]) if x.start() >= lo]
            last = last_of(marks).match(m, lo, pos)
            assert (last.end() if last else lo) == (ends[-1] if ends else lo)


@pytest.mark.parametrize(
    "text", ["关于推进产业发展的通知", "一、肉牛产业", "2O25年", "1 .开展", "A\tB", "x" * 80, ""]
)
def test_fold_cached_is_match_text(text: str) -> None:
    from policykg.loaders.normalize import fold

    assert fold(text) == match_text(text) == fold(text)


ALL_AND_MARK_RULE_TEXTS = [
    "(未明确牵头单位的,责任单位即为牵头单位)",
    "(未明確牽頭單位的,責任單位即為牽頭單位)",
    "注:没有明确牵头单位的,其责任单位均为牵头单位。",
    "无牵头单位的,责任单位即为牵头单位",
    "标★的为牵头单位",
    "標☆的為牽頭單位",
    "(带*号的为牵头单位,下同)",
    ";▲为牵头单位",
    "市发改委牵头,市财政局配合(排第一位的为牵头单位,下同)",
    "不牵头",
    "",
]


@pytest.mark.parametrize("text", ALL_AND_MARK_RULE_TEXTS)
def test_all_and_mark_rule_prechecks_are_the_regexes(text: str) -> None:
    from policykg.loaders.extract.responsibility import (
        _ALL_RULE,
        _MARK_RULE,
        states_all_lead_rule,
        states_mark_lead_rule,
    )

    m = match_text(text)
    assert states_all_lead_rule(m) == ("牵头" in m and _ALL_RULE.search(m) is not None)
    assert states_mark_lead_rule(m) == ("牵头" in m and _MARK_RULE.search(m) is not None)
    if text.startswith(("(未", "注", "无")):
        assert states_all_lead_rule(m)
    if text.startswith(("标", "標", "(带", ";")):
        assert states_mark_lead_rule(m)


def test_glued_chunk_and_spaced_tail_fast_forms_are_the_plain_patterns() -> None:
    import random

    from policykg.loaders.extract.meta import _BLANKS, _SPACED_TAIL
    from policykg.loaders.extract.structure import _GLUED_CHUNK

    plain_chunk = re.compile(r"(?<=[\u4e00-\u9fff(])(\d{1,2})、(?=[\u4e00-\u9fff)])")
    rng = random.Random(31)
    pieces = ["通", "過", "(", ")", "1", "2", "12", "123", "、", " ", "\u3000", "\t", "意", "见", "a", "５"]
    for _ in range(3000):
        s = "".join(rng.choice(pieces) for _ in range(rng.randint(0, 12)))
        for pos in (0, min(2, len(s))):
            fast = [(m.span(), m.group(1)) for m in _GLUED_CHUNK.finditer(s, pos)]
            assert fast == [(m.span(), m.group(1)) for m in plain_chunk.finditer(s, pos)]
        if _SPACED_TAIL.search(s) is not None:
            assert s[-2:-1] in _BLANKS  # the precheck never skips a spaced tail
    assert _GLUED_CHUNK.search("通2、過") and _SPACED_TAIL.search("工作 的 实 施 意 见")
