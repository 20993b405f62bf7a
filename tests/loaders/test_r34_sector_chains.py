"""Round 34 (heldout66 dj02, heldout53 cu05, heldout47 co07): a sentence that names its lead, then a list of sectors
sharing one body noun (由党委组织部门牵头,编制、教育、科技、公安、财政、人社等相关部门共同组织实施) gives each sector
as a unit, a page's own short names among them (房产, 园区) when most are sectors, and so do sectors a lead brings in
named bare (发挥行业牵头作用,协同宣传、政法、民政、团委、妇联; not 协同科技、文化等领域, fields); a 由-agent's clause going on
with a chain of shares (由县市区政府负责,街道办组织,社区居委会落实,物业行政主管部门指导监督,相关部门密切配合) gives
each body of the chain. A piece with more than the part a body plays (街道办组织开展宣传) is no share; a chain with no
bare share (由A负责,做好…) adds nothing. Both scripts, both punctuations."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from tests.loaders.inline import IDS, VARIANTS, assert_measures

HEAD = "一、重点任务\n"


@pytest.mark.parametrize("variant", VARIANTS, ids=IDS)
def test_a_sector_list_after_the_lead_gives_each_sector(variant: Callable[[str], str]) -> None:
    text = HEAD + (
        "(一)加强人才保障。由党委组织部门牵头,编制、教育、科技、公安、财政、人社等相关部门共同组织实施。\n"
        "(二)优化服务。由市人社局牵头,教育、房产、农业、城管、财政、园区等相关部门共同组织实施。\n"
    )
    want = [
        (
            "(一)",
            "加强人才保障",
            ["党委组织部门", "编制", "教育", "科技", "公安", "财政", "人社"],
            ["党委组织部门"],
        ),
        ("(二)", "优化服务", ["市人社局", "教育", "房产", "农业", "城管", "财政", "园区"], ["市人社局"]),
    ]
    assert_measures(text, want, variant)


@pytest.mark.parametrize("variant", VARIANTS, ids=IDS)
def test_a_chain_of_shares_gives_each_body(variant: Callable[[str], str]) -> None:
    text = HEAD + (
        "(一)加强物业管理。由县市区政府负责,街道办组织,社区居委会落实,物业行政主管部门指导监督,相关部门密切配合。\n"
        "(二)开展宣传。由县公安局负责,街道办组织开展宣传,提高群众防范意识。\n"
        "(三)强化督查。由县督查室负责,做好跟踪问效。\n"
        "(四)推进改造。由县住建局负责,物业企业组织,施工单位具体实施,监理单位监督。\n"
    )
    want = [
        ("(一)", "加强物业管理", ["县市区政府", "街道办", "社区居委会", "物业行政主管部门", "相关部门"], []),
        ("(二)", "开展宣传", ["县公安局"], []),
        ("(三)", "强化督查", ["县督查室"], []),
        # the parties of a building contract and an enterprise take no share as bodies (round 34's review)
        ("(四)", "推进改造", ["县住建局"], []),
    ]
    assert_measures(text, want, variant)


@pytest.mark.parametrize("variant", VARIANTS, ids=IDS)
def test_bare_sectors_brought_in_by_the_lead(variant: Callable[[str], str]) -> None:
    text = HEAD + (
        "(一)加强防溺水。市教育局发挥行业牵头作用,协同宣传、政法、公安、卫健、团委、妇联\n"
        "(二)推进融合发展。市教育局发挥牵头作用,协同科技、文化、旅游等领域,推动教育、科技、人才一体化发展。\n"
    )
    want = [
        ("(一)", "加强防溺水", ["市教育局", "宣传", "政法", "公安", "卫健", "团委", "妇联"], ["市教育局"]),
        ("(二)", "推进融合发展", ["市教育局"], ["市教育局"]),
    ]
    assert_measures(text, want, variant)
