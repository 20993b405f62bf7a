"""Encoding detection: every test encodes a known text with Python's codecs and checks the round trip."""

from __future__ import annotations

from pathlib import Path

import pytest

from policykg.errors import LoadError
from policykg.loaders.base import iter_inputs, load
from policykg.loaders.decode import decode_bytes, decode_declared, normalise_charset

SIMPLIFIED = (
    "关于强化人才引领支撑赋能创新型产业体系建设实施方案\n"
    "一、目标任务\n"
    "全年引聚青年人才达到15万人以上,新增高技能人才2万人以上。\n"
    "1.实施就业服务保障计划。(责任单位:就业促进处、就业人才中心)\r\n"
)
TRADITIONAL = (
    "關于強化人才引領支撐賦能創新型產業體系建設實施方案\n"
    "一、目標任務\n"
    "全年引聚青年人才達到15萬人以上,新增高技能人才2萬人以上。\n"
    "1.實施就業服務保障計劃。(責任處室:就業促進處、職建處)\n"
)


@pytest.mark.parametrize(
    ("text", "codec", "expected"),
    [
        (SIMPLIFIED, "utf-8", "utf-8"),
        (SIMPLIFIED, "utf-8-sig", "utf-8-sig"),
        (SIMPLIFIED, "gbk", "gb18030"),
        (SIMPLIFIED, "gb2312", "gb18030"),
        (SIMPLIFIED, "gb18030", "gb18030"),
        (SIMPLIFIED, "utf-16", "utf-16"),
        (TRADITIONAL, "big5", "big5"),
        (TRADITIONAL, "utf-8", "utf-8"),
        (TRADITIONAL, "gb18030", "gb18030"),
    ],
)
def test_detects_encoding_and_keeps_text_exactly(text: str, codec: str, expected: str) -> None:
    decoded, encoding = decode_bytes(text.encode(codec), name="doc.txt")
    assert encoding == expected
    assert decoded == text  # no stripping, no line-ending changes (the \r\n stays)


def test_big5_is_not_mistaken_for_gb18030() -> None:
    data = TRADITIONAL.encode("big5")
    data.decode("gb18030")  # the trap: Big5 bytes are valid GB18030, as garbage
    assert decode_bytes(data, name="t.txt") == (TRADITIONAL, "big5")


def test_short_gbk_text() -> None:
    assert decode_bytes("就业促进处".encode("gbk"), name="s.txt") == ("就业促进处", "gb18030")


def test_gb18030_four_byte_character() -> None:
    text = "人才𠮷工作方案"  # U+20BB7 needs GB18030's four-byte form
    assert decode_bytes(text.encode("gb18030"), name="x.txt") == (text, "gb18030")


def test_truncated_utf8_decodes_the_rest_with_a_warning() -> None:
    data = SIMPLIFIED.encode("utf-8") + "局".encode()[:2]
    warnings: list[str] = []
    text, encoding = decode_bytes(data, name="cut.txt", warnings=warnings)
    assert (text, encoding) == (SIMPLIFIED, "utf-8")
    assert warnings and "truncated UTF-8" in warnings[0]


def test_empty() -> None:
    with pytest.raises(LoadError, match="empty file") as info:
        decode_bytes(b"", name="e.txt")
    assert info.value.path == "e.txt"


def test_binary_with_nul_bytes() -> None:
    with pytest.raises(LoadError, match="binary file, not text"):
        decode_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(range(256)) * 4, name="img.txt")


def test_binary_without_nul_bytes() -> None:
    data = bytes((i * 7 + 3) % 256 for i in range(4096)).replace(b"\x00", b"\x01")
    with pytest.raises(LoadError, match="binary file, not text"):
        decode_bytes(data, name="noise.txt")


def test_undecodable() -> None:
    # Latin-1 accents: not UTF-8, and no Chinese decoding reads them as text
    data = "Résumé café naïve à la crème ".encode("latin-1") * 20
    with pytest.raises(LoadError, match="cannot decode as UTF-8, GB18030 or Big5"):
        decode_bytes(data, name="latin.txt")


def test_damaged_utf8_with_one_bad_byte_is_kept_with_a_warning() -> None:
    good = (SIMPLIFIED * 20).encode("utf-8")
    cut = good.index(b"\n") + 1  # at a character boundary
    data = good[:cut] + b"\xff" + good[cut:]
    warnings: list[str] = []
    text, encoding = decode_bytes(data, name="d.txt", warnings=warnings)
    assert encoding == "utf-8"
    assert text.count("\ufffd") == 1
    assert "damaged UTF-8" in warnings[0]


def test_declared_charset_gb2312_decodes_gbk_characters() -> None:
    text = "镕基与喆"  # GBK-only characters on a page that says GB2312
    assert decode_declared(text.encode("gbk"), "gb2312", name="p.html") == (text, "gb18030")


def test_declared_charset_that_lies_falls_back_to_detection() -> None:
    warnings: list[str] = []
    text, encoding = decode_declared(SIMPLIFIED.encode("gbk"), "utf-8", name="p.html", warnings=warnings)
    assert (text, encoding) == (SIMPLIFIED, "gb18030")
    assert "does not fit" in warnings[0]


def test_normalise_charset() -> None:
    assert normalise_charset("GB2312") == "gb18030"
    assert normalise_charset(" gbk ") == "gb18030"
    assert normalise_charset("BIG5") == "cp950"
    assert normalise_charset("no-such-charset") is None


def test_load_reports_encoding_script_and_hash(tmp_path: Path) -> None:
    path = tmp_path / "trad.txt"
    path.write_bytes(TRADITIONAL.encode("big5"))
    doc = load(path)
    assert doc.text == TRADITIONAL
    assert doc.encoding == "big5"
    assert doc.script == "Hant"
    assert doc.format == "txt"
    assert len(doc.match) == len(doc.text)
    assert "职建处" in doc.match  # matching text is Simplified, offsets unchanged
    import hashlib

    assert doc.sha256 == hashlib.sha256(TRADITIONAL.encode("big5")).hexdigest()


def test_too_large_uses_a_small_limit(tmp_path: Path) -> None:
    path = tmp_path / "big.txt"
    path.write_bytes(SIMPLIFIED.encode("utf-8") * 100)
    with pytest.raises(LoadError, match=r"too large: .* > 1.0 KB limit") as info:
        load(path, max_bytes=1024)
    assert str(path) in str(info.value)


def test_mixed_encodings_in_one_folder(tmp_path: Path) -> None:
    folder = tmp_path / "mixed"
    folder.mkdir()
    encodings = {
        "a_utf8.txt": "utf-8",
        "b_bom.txt": "utf-8-sig",
        "c_gbk.txt": "gbk",
        "d_big5.txt": "big5",
        "e_gb18030.txt": "gb18030",
    }
    for name, codec in encodings.items():
        text = TRADITIONAL if codec == "big5" else SIMPLIFIED
        (folder / name).write_bytes(text.encode(codec))
    files, skips = iter_inputs([folder])
    assert skips == []
    assert [p.name for p in files] == sorted(encodings)
    found = {p.name: load(p).encoding for p in files}
    assert found == {
        "a_utf8.txt": "utf-8",
        "b_bom.txt": "utf-8-sig",
        "c_gbk.txt": "gb18030",
        "d_big5.txt": "big5",
        "e_gb18030.txt": "gb18030",
    }
    assert {load(p).text for p in files} == {SIMPLIFIED, TRADITIONAL}


@pytest.mark.parametrize(
    "text", ["自治區(qū)發(fā)展改革委,一(yī / yì /yí))重點", "自治区(qū)发(fā)展改革委,一(yī / yì /yí))重点"]
)
def test_pinyin_readings_dropped_with_offsets_shifted(text: str) -> None:
    from policykg.loaders.normalize import drop_annotations, shift_offset

    clean, dropped = drop_annotations(text)
    assert clean.replace("區", "区").replace("發", "发").replace("點", "点") == "自治区发展改革委,一)重点"
    comma = text.index(",")
    assert clean[shift_offset(comma, dropped)] == ","
    # English or numbers in brackets are the document's own words
    assert drop_annotations("GDP(亿元)增长(5%)与(PM2.5)")[1] == []


@pytest.mark.parametrize(
    "text", ["有效地(dì / de)推進(jìn)", "有效地(dì / de)推进(jìn)", "目(mù)的(de / dí)"]
)
def test_pinyin_reading_lists_mixing_toneless_syllables_dropped(text: str) -> None:
    """地(dì / de): a character's readings split by / may mix a toned syllable with a toneless one."""
    from policykg.loaders.normalize import drop_annotations

    clean, dropped = drop_annotations(text)
    assert "(" not in clean and len(dropped) == 2
    assert drop_annotations("方案(a/b)和(A / B)")[1] == []


@pytest.mark.parametrize("to_trad", [False, True])
def test_plain_pinyin_readings_dropped_and_units_read_across_them(tmp_path: Path, to_trad: bool) -> None:
    # a mirror printing toneless readings, some repeated: 省(sheng)(sheng)大(da)数据局(ju)
    from policykg.loaders.extract import extract
    from policykg.loaders.normalize import drop_annotations, to_simplified
    from tests.loaders.inline import traditional

    text = (
        "一、打(da)造数字政府\n1.推动(dong)(dong)政(zheng)务服务数字化。整合(he)信息系统。"
        "(省(sheng)(sheng)大(da)数据局(ju)、省(sheng)政(zheng)府(fu)办公厅牵头,各(ge)有(you)关部门按职责分工负责)\n"
    )
    if to_trad:
        text = traditional(text)
    path = tmp_path / "p.txt"
    path.write_text(text, encoding="utf-8")
    src = load(path)
    assert "(da)" not in src.text and "(sheng)" not in src.text
    doc = extract(src)
    [m] = doc.measures
    names = [r.surface for r in m.responsible]
    assert [to_simplified(n) for n in names] == ["省大数据局", "省政府办公厅", "各有关部门"]
    for r in m.responsible:
        assert src.text[r.span.start : r.span.end] == r.surface
    # a list mark, a Roman number, English letters or a lone letter in brackets are the document's own words
    assert drop_annotations("措施(a)和(b),第(ii)项,浓度(pm)与(GDP)")[1] == []
