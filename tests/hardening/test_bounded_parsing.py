"""Regression (issue 16.3): small .docx files whose XML unpacks to tens of MB (or forge their size header) took
minutes and gigabytes. They are now reported skips, found by decompressing and counting before parsing."""

from __future__ import annotations

import io
import resource
import struct
import zipfile
from pathlib import Path

import pytest

from policykg.errors import LoadError
from policykg.loaders.base import load

_W = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"'
_TYPES = (
    '<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
    '<Default Extension="xml" ContentType="application/xml"/></Types>'
)


def _docx(document_xml: bytes) -> bytes:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as z:
        z.writestr("[Content_Types].xml", _TYPES)
        z.writestr("word/document.xml", document_xml)
    return buffer.getvalue()


def _body(inner: bytes) -> bytes:
    return (
        b'<?xml version="1.0"?><w:document ' + _W.encode() + b"><w:body>" + inner + b"</w:body></w:document>"
    )


def _peak_mb() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def test_small_docx_with_40_mb_of_xml_is_a_reported_skip(tmp_path: Path) -> None:
    para = b"<w:p><w:r><w:t>" + "测试".encode() * 20 + b"</w:t></w:r></w:p>"
    data = _docx(_body(para * (40 * 1024 * 1024 // len(para))))
    assert len(data) < 1024 * 1024  # a small file on disk
    path = tmp_path / "bomb.docx"
    path.write_bytes(data)
    before = _peak_mb()
    with pytest.raises(LoadError, match="too large when unpacked") as exc:
        load(path)
    assert "bomb.docx" in str(exc.value)
    assert _peak_mb() - before < 300  # nothing near the 40 MB XML's tree was built


def test_forged_size_header_is_caught_by_decompressing(tmp_path: Path) -> None:
    real = _body(b"<w:p/>" * (30 * 1024 * 1024 // 6))
    data = bytearray(_docx(real))
    # Rewrite the stored uncompressed size of word/document.xml (local header and central directory) to 1 KB.
    for sig, offset in ((b"PK\x03\x04", 22), (b"PK\x01\x02", 24)):
        at = 0
        while (at := data.find(sig, at)) >= 0:
            (size,) = struct.unpack_from("<I", data, at + offset)
            if size == len(real):
                struct.pack_into("<I", data, at + offset, 1024)
            at += 4
    path = tmp_path / "forged.docx"
    path.write_bytes(bytes(data))
    with pytest.raises(LoadError) as exc:
        load(path)
    assert "forged.docx" in str(exc.value)


def test_a_million_tiny_elements_is_a_reported_skip(tmp_path: Path) -> None:
    path = tmp_path / "many.docx"
    path.write_bytes(_docx(_body(b"<w:p/>" * 1_100_000)))  # 6.6 MB of XML: under the size cap
    with pytest.raises(LoadError, match="too many XML elements"):
        load(path)


def test_an_ordinary_docx_still_loads(tmp_path: Path) -> None:
    import docx

    document = docx.Document()
    for line in ["一、总体要求", "1.扩大就业。(责任单位:市人社局)"]:
        document.add_paragraph(line)
    path = tmp_path / "ok.docx"
    document.save(str(path))
    doc = load(path)
    assert "市人社局" in doc.text


def _pdfgen():  # type: ignore[no-untyped-def]
    import importlib.util

    path = Path(__file__).resolve().parents[1] / "fixtures" / "pdfgen.py"
    spec = importlib.util.spec_from_file_location("pdfgen_h", path)
    assert spec and spec.loader
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


# Regression (issue 16.9): pypdf's own warnings went to stderr without the file's name.
def test_pypdf_warnings_are_the_documents_warnings_not_stderr(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    data = _pdfgen().make_pdf([["一、总体要求", "1.扩大就业。(责任单位:市人社局)"]])
    at = data.rfind(b"startxref")
    broken = data[:at] + b"startxref\n999999\n%%EOF\n"  # a wrong xref offset: pypdf warns and recovers
    path = tmp_path / "damaged.pdf"
    path.write_bytes(broken)
    doc = load(path)
    assert "市人社局" in doc.text
    assert any(w.startswith("pypdf:") for w in doc.warnings)
    assert "pypdf" not in capsys.readouterr().err
