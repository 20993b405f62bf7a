"""Round 40 (heldout96 en01, en02): a document site's breadcrumb (文档之家› 郭坑镇…分解表) is no title line; a portal's
note of a file's status (此文件废止) before a document number glued to its title is no part of either."""

from __future__ import annotations

from tests.loaders.inline import run


def test_a_document_sites_breadcrumb_is_no_title() -> None:
    text = "当前位置:\n文档之家› 郭坑镇城乡环境卫生整治任务分解表\n郭坑镇城乡环境卫生整治任务分解表\n镇创卫办\n各村(居、场)\n"
    assert run(text).meta.title == "郭坑镇城乡环境卫生整治任务分解表"


def test_a_status_note_before_a_number_glued_to_its_title_is_neither() -> None:
    text = (
        "(此文件废止)盘政办发〔2018〕69号盘锦市人民政府办公室关于印发盘锦市推进“厕所革命”实施方案(2018—2020年)的通知\n"
        "各县区人民政府:\n一、加强领导。\n"
    )
    meta = run(text).meta
    assert meta.doc_number == "盘政办发〔2018〕69号"
    assert meta.title == "盘锦市人民政府办公室关于印发盘锦市推进“厕所革命”实施方案(2018—2020年)的通知"
