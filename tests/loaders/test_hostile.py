"""Hostile and broken inputs: each gives a LoadError (or a Skip) naming the file and the problem."""

from __future__ import annotations

import io
import os
import zipfile
from pathlib import Path
from typing import Any

import pytest

from policykg.errors import LoadError
from policykg.loaders.base import iter_inputs, load

GOOD = "一、总体要求\n1.加强就业服务。(责任单位:就业处)\n"


def _fails(path: Path, problem: str, **kwargs: Any) -> LoadError:
    with pytest.raises(LoadError) as info:
        load(path, **kwargs)
    assert info.value.path == str(path)
    assert str(path) in str(info.value)
    assert problem in info.value.problem, info.value.problem
    return info.value


def test_empty_file(tmp_path: Path) -> None:
    path = tmp_path / "empty.txt"
    path.write_bytes(b"")
    _fails(path, "empty file")


def test_whitespace_only_file(tmp_path: Path) -> None:
    path = tmp_path / "blank.txt"
    path.write_text(" \n\t\n", encoding="utf-8")
    _fails(path, "no text")


def test_binary_renamed_txt(tmp_path: Path) -> None:
    path = tmp_path / "photo.txt"
    path.write_bytes(b"\xff\xd8\xff\xe0\x00\x10JFIF\x00\x01" + bytes(range(256)) * 8)
    _fails(path, "binary file, not text")


def test_truncated_utf8(tmp_path: Path) -> None:
    path = tmp_path / "cut.txt"
    path.write_bytes(GOOD.encode("utf-8") + "处".encode()[:1])
    doc = load(path)
    assert doc.text == GOOD
    assert any("truncated UTF-8" in w for w in doc.warnings)


def test_mixed_encodings_and_a_broken_file_in_one_folder(tmp_path: Path) -> None:
    (tmp_path / "a.txt").write_bytes(GOOD.encode("gbk"))
    (tmp_path / "b.txt").write_bytes(GOOD.encode("utf-8-sig"))
    (tmp_path / "c.txt").write_bytes("一、總體要求\n1.加強就業服務。(責任單位:就業處)\n".encode("big5"))
    (tmp_path / "d.txt").write_bytes(b"\x00\x01\x02binary")
    files, skips = iter_inputs([tmp_path])
    assert [p.name for p in files] == ["a.txt", "b.txt", "c.txt", "d.txt"]
    loaded, errors = [], []
    for path in files:
        try:
            loaded.append(load(path))
        except LoadError as exc:
            errors.append(exc)
    assert [d.encoding for d in loaded] == ["gb18030", "utf-8-sig", "big5"]
    assert [e.path for e in errors] == [str(tmp_path / "d.txt")]


def test_fifty_megabyte_text_is_rejected_by_size(tmp_path: Path) -> None:
    path = tmp_path / "huge.txt"
    with path.open("wb") as fh:  # sparse: 50 MB on paper, nothing written, so nothing could have been read
        fh.truncate(50 * 1024 * 1024)
    error = _fails(path, "too large: 50.0 MB > 20 MB limit")
    assert error.problem == "too large: 50.0 MB > 20 MB limit"


def test_deeply_nested_html(tmp_path: Path) -> None:
    depth = 5000
    lines = ["<html><head><meta charset='utf-8'><title>深层页面</title></head><body>"]
    lines += ["<div><span>"] * depth
    lines += ["<p>1.加强就业服务。(责任单位:就业处)</p>"]
    lines += ["</span></div>"] * depth
    lines += ["<div class='footer'>版权所有</div><p>2.推进人才培养。(责任单位:人才处)</p></body></html>"]
    assert len(lines) > 10_000
    path = tmp_path / "deep.html"
    path.write_text("\n".join(lines), encoding="utf-8")
    doc = load(path)
    assert "1.加强就业服务。(责任单位:就业处)" in doc.text.splitlines()
    assert "2.推进人才培养。(责任单位:人才处)" in doc.text.splitlines()
    assert "版权所有" not in doc.text
    assert any("fallback parser" in w for w in doc.warnings)


def test_docx_that_is_a_zip_of_something_else(tmp_path: Path) -> None:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as archive:
        archive.writestr("data.csv", "a,b\n1,2\n")
        archive.writestr("[Content_Types].xml", "<Types/>")
    path = tmp_path / "report.docx"
    path.write_bytes(buffer.getvalue())
    _fails(path, "not a Word document (.docx)")


def test_docx_that_is_not_a_zip(tmp_path: Path) -> None:
    path = tmp_path / "notes.docx"
    path.write_text(GOOD, encoding="utf-8")
    _fails(path, "not a Word document (.docx)")


def test_docx_corrupt_xml(tmp_path: Path) -> None:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as archive:
        archive.writestr("[Content_Types].xml", "<Types")
        archive.writestr("word/document.xml", "<w:document")
    path = tmp_path / "broken.docx"
    path.write_bytes(buffer.getvalue())
    _fails(path, "corrupt Word document")


def test_encrypted_docx(tmp_path: Path) -> None:
    path = tmp_path / "locked.docx"
    path.write_bytes(
        b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\x00" * 64 + "EncryptedPackage".encode("utf-16-le")
    )
    _fails(path, "encrypted Word document")


def test_encrypted_pdf(tmp_path: Path, g: Any) -> None:
    path = tmp_path / "locked.pdf"
    path.write_bytes(g.encrypt_pdf(g.make_pdf([["1.加强就业服务。(责任单位:就业处)"]])))
    _fails(path, "encrypted PDF")


def test_corrupt_pdf(tmp_path: Path) -> None:
    path = tmp_path / "broken.pdf"
    path.write_bytes(b"%PDF-1.7\n1 0 obj << /Type /Catalog >> garbage")
    with pytest.raises(LoadError) as info:
        load(path)
    assert str(path) in str(info.value)
    assert "PDF" in info.value.problem


def test_path_with_spaces_and_chinese(tmp_path: Path, g: Any) -> None:
    folder = tmp_path / "政策 文件 2023"
    folder.mkdir()
    text_path = folder / "青岛 人社 方案.txt"
    text_path.write_bytes(GOOD.encode("gbk"))
    pdf_path = folder / "实施 方案.pdf"
    pdf_path.write_bytes(g.make_pdf([GOOD.splitlines()]))
    files, skips = iter_inputs([folder])
    assert (files, skips) == ([pdf_path, text_path], [])  # sorted by name: 实 (U+5B9E) < 青 (U+9752)
    doc = load(text_path)
    assert doc.source_file == "青岛 人社 方案.txt"
    assert doc.text == GOOD
    assert load(pdf_path).text == GOOD
    missing = folder / "不存在 的.txt"
    _fails(missing, "no such file or directory")


def test_symlink_loop_in_a_folder(tmp_path: Path) -> None:
    root = tmp_path / "docs"
    sub = root / "sub"
    sub.mkdir(parents=True)
    (root / "a.txt").write_text(GOOD, encoding="utf-8")
    (sub / "b.txt").write_text(GOOD, encoding="utf-8")
    os.symlink(root, sub / "back")  # docs/sub/back -> docs: a cycle
    os.symlink("self.txt", root / "self.txt")  # a link to itself
    files, skips = iter_inputs([root])
    assert files == [root / "a.txt", sub / "b.txt"]
    reasons = {Path(s.path).name: s.reason for s in skips}
    assert "symbolic link loop" in reasons["back"]
    assert "symbolic link loop" in reasons["self.txt"]
    with pytest.raises(LoadError) as info:
        load(root / "self.txt")
    assert str(root / "self.txt") in str(info.value)


def test_iter_inputs_skips_and_dedupes(tmp_path: Path) -> None:
    (tmp_path / "b.txt").write_text(GOOD, encoding="utf-8")
    (tmp_path / "a.html").write_text("<p>正文</p>", encoding="utf-8")
    (tmp_path / "table.xlsx").write_bytes(b"PK")
    (tmp_path / ".hidden.txt").write_text(GOOD, encoding="utf-8")
    (tmp_path / ".git").mkdir()
    (tmp_path / ".git" / "x.txt").write_text(GOOD, encoding="utf-8")
    os.symlink(tmp_path / "b.txt", tmp_path / "c.txt")  # the same file twice
    files, skips = iter_inputs([tmp_path, tmp_path / "b.txt", tmp_path / "missing.txt"])
    assert files == [tmp_path / "a.html", tmp_path / "b.txt"]
    assert [(Path(s.path).name, s.reason) for s in skips] == [
        ("table.xlsx", "unsupported file type .xlsx"),
        ("missing.txt", "no such file or directory"),
    ]


def test_unsupported_suffix_on_load(tmp_path: Path) -> None:
    path = tmp_path / "sheet.xlsx"
    path.write_bytes(b"PK\x03\x04")
    _fails(path, "unsupported file type .xlsx")


def test_directory_given_to_load(tmp_path: Path) -> None:
    folder = tmp_path / "folder.txt"
    folder.mkdir()
    _fails(folder, "is a directory")


def test_permissions_only_pdf_opens_with_the_empty_password(tmp_path: Path, g: Any) -> None:
    path = tmp_path / "restricted.pdf"
    path.write_bytes(g.encrypt_pdf(g.make_pdf([["1.加强就业服务。(责任单位:就业处)"]]), password=""))
    assert load(path).text == "1.加强就业服务。(责任单位:就业处)\n"


def test_permissions_only_aes_pdf_opens(tmp_path: Path, g: Any) -> None:
    pytest.importorskip("cryptography")  # pypdf needs it for AES; government PDFs often use AES restrictions
    path = tmp_path / "restricted-aes.pdf"
    path.write_bytes(g.encrypt_pdf(g.make_pdf([["1.加强就业服务。"]]), password="", algorithm="AES-256"))
    assert load(path).text == "1.加强就业服务。\n"
