"""Benchmark `policykg build` per input format (txt, html, docx, pdf) on the same synthetic documents.

    python bench/bench_formats.py --sizes 200 [--repeat N]

The N synthetic .txt documents (bench/synth.py, deterministic) are written under
bench/corpus/formats-<N>/txt/ and converted into the formats a planner gets, one folder each:

- html: a saved government article page (navigation, breadcrumb, toolbar, share bar, sidebar, footer and
  scripts around an article body with one <p> per line); even-numbered documents GBK-encoded with
  ``<meta charset="gbk">`` (characters outside GBK as numeric references, as browsers save them), odd ones UTF-8;
- docx: python-docx, one paragraph per line;
- pdf: a text layer written by hand (a Type0 font, Identity-H encoding, CIDs = code points, a ToUnicode CMap,
  as PDFs exported from Word/WPS carry; no glyphs are needed for text extraction), lines wrapped at a fixed
  width in ems, 34 printed lines per page and a "- n -" page number at the foot of each page.

For each format `policykg build <folder> --out <tmp> --quiet --no-store` runs as a user would run it (the CLI
next to sys.executable, a fresh output folder, Python's bytecode cache enabled as for an installed package;
see bench_build.py), then loading + extraction alone is timed in this process (``loaders.base.load`` and
``loaders.extract.extract``, one process, no graph), so each loader's own cost shows. With ``--repeat N`` both
are run N times and the best time is kept ("extract s" excludes a one-file warm-up: lexicons and parser
libraries load once per process). Finally every format's per-document counts of measures, units and targets
(report.json ``per_file``, and the in-process extraction's) are compared with txt's: the documents that differ
are counted and the first few printed. "same figures" counts the documents whose targets have the txt
document's values and units (the same number of targets can hide a changed value); "same text" counts the
documents whose loaded text has exactly the txt document's lines (for html: after the page title the loader
puts first, a copy of the document's title line).
"""

from __future__ import annotations

import argparse
import html
import io
import json
import os
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

from synth import generate  # noqa: E402

FORMATS = ("txt", "html", "docx", "pdf")
COUNTED = ("measures", "units", "targets")

# --------------------------------------------------------------------------- HTML


def make_html(lines: list[str], *, charset: str) -> bytes:
    """A government article page around ``lines``; the title (the first line) also goes into <title>."""
    title = next((line for line in lines if line.startswith(("关于", "關於"))), lines[0])
    body = "\n".join(f'<p style="text-indent:2em">{html.escape(line)}</p>' for line in lines)
    page = f"""<!DOCTYPE html>
<html><head><meta charset="{charset}">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>{html.escape(title)}_人力资源和社会保障局</title>
<link rel="stylesheet" href="/css/main.css">
<style>.nav li {{ float: left }} .footer {{ color: #666 }}</style>
<script>var 菜单 = ["首页", "新闻动态", "通知公告"]; document.write(菜单.join(" "));</script>
</head>
<body>
<div class="topbar">您好,欢迎访问! <a href="/wza">无障碍</a> <a href="/en">English</a> <a href="/m">手机版</a></div>
<div class="header"><h1 class="logo">人力资源和社会保障局</h1>
<form class="search"><input name="q" placeholder="请输入关键词"><button>搜索</button></form>
<ul class="nav"><li><a href="/">首页</a></li><li><a href="/xw">新闻动态</a></li><li><a href="/tz">通知公告</a></li>
<li><a href="/zc">政策法规</a></li><li><a href="/bs">办事服务</a></li><li><a href="/hd">互动交流</a></li></ul></div>
<div class="position">当前位置:<a href="/">首页</a> &gt; <a href="/zc">政策法规</a> &gt; 正文</div>
<div class="main-wrap">
<div class="article">
<div class="toolbar">发布时间:2024-05-08 来源:本站 浏览次数:1024 字体大小:<a>大</a> <a>中</a> <a>小</a>
【打印本页】【关闭窗口】</div>
<div class="TRS_Editor">
{body}
</div>
<div class="share">分享到:<a>微信</a> <a>微博</a> <a>QQ空间</a></div>
<div class="prev-next"><a href="/p">上一篇:关于做好就业工作的通知</a> <a href="/n">下一篇:关于印发人才工作要点的通知</a></div>
</div>
<div class="sidebar"><h3>相关链接</h3><ul><li><a href="/a">关于做好高校毕业生就业工作的通知</a></li>
<li><a href="/b">关于印发人才工作要点的通知</a></li><li><a href="/c">政策解读:技能人才培养</a></li></ul></div>
</div>
<div class="footer">主办单位:人力资源和社会保障局 版权所有 地址:市南区香港中路 联系电话:0532-12345678
<br>网站标识码:3702000001 鲁ICP备12345678号 鲁公网安备37020202000001号</div>
<script type="text/javascript">var _hmt = _hmt || []; console.log("统计代码");</script>
</body></html>
"""
    codec = "gbk" if charset == "gbk" else "utf-8"
    return page.encode(codec, errors="xmlcharrefreplace")


# --------------------------------------------------------------------------- DOCX


def make_docx(lines: list[str]) -> bytes:
    import docx

    document = docx.Document()
    for line in lines:
        document.add_paragraph(line)
    buffer = io.BytesIO()
    document.save(buffer)
    return buffer.getvalue()


# --------------------------------------------------------------------------- PDF
# The writer follows tests/loaders/conftest.py's make_pdf (copied: the bench does not import from tests/).


def _load_pdfgen() -> object:
    # the PDF writer the loader tests use (tests/fixtures/pdfgen.py), loaded by path
    import importlib.util

    spec = importlib.util.spec_from_file_location(
        "policykg_pdfgen", HERE.parent / "tests" / "fixtures" / "pdfgen.py"
    )
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


_PDFGEN: object = _load_pdfgen()
make_pdf = _PDFGEN.make_pdf  # type: ignore[attr-defined]
wrap = _PDFGEN.wrap  # type: ignore[attr-defined]


def paginate(lines: list[str], *, width: int = 36, per_page: int = 34) -> list[list[str]]:
    printed = [x for line in lines for x in wrap(line, width)]
    chunks = [printed[i : i + per_page] for i in range(0, len(printed), per_page)] or [[]]
    return [[*chunk, f"- {n} -"] for n, chunk in enumerate(chunks, start=1)]


# --------------------------------------------------------------------------- corpus


def make_corpus(n: int) -> dict[str, Path]:
    """bench/corpus/formats-<n>/<fmt>/ for every format, made once (deterministic) and reused."""
    root = HERE / "corpus" / f"formats-{n}"
    folders = {fmt: root / fmt for fmt in FORMATS}
    if all(f.is_dir() and len(list(f.glob(f"*.{fmt}"))) == n for fmt, f in folders.items()):
        return folders
    shutil.rmtree(root, ignore_errors=True)
    t = time.perf_counter()
    texts = generate(n, folders["txt"])
    for fmt in FORMATS[1:]:
        folders[fmt].mkdir(parents=True)
    for i, path in enumerate(texts):
        lines = path.read_text(encoding="utf-8").splitlines()
        stem = path.stem
        (folders["html"] / f"{stem}.html").write_bytes(
            make_html(lines, charset="gbk" if i % 2 == 0 else "utf-8")
        )
        (folders["docx"] / f"{stem}.docx").write_bytes(make_docx(lines))
        (folders["pdf"] / f"{stem}.pdf").write_bytes(make_pdf(paginate(lines)))
    print(
        f"corpus: {n} documents x {len(FORMATS)} formats under {root} ({time.perf_counter() - t:.1f} s)",
        flush=True,
    )
    return folders


# --------------------------------------------------------------------------- runs


def run_build(corpus: Path, out: Path) -> tuple[float, dict]:
    """`policykg build` through the installed CLI into a fresh folder: (seconds, report.json)."""
    shutil.rmtree(out, ignore_errors=True)
    exe = Path(sys.executable).with_name("policykg")
    cmd = [str(exe), "build", str(corpus), "--out", str(out), "--quiet", "--no-store"]
    # As bench_build.py: keep the bytecode cache on (as for an installed package), or every run recompiles.
    env = {k: v for k, v in os.environ.items() if k != "PYTHONDONTWRITEBYTECODE"}
    env.setdefault("PYTHONPYCACHEPREFIX", str(Path(tempfile.gettempdir()) / "policykg-bench-pycache"))
    start = time.perf_counter()
    proc = subprocess.run(cmd, env=env, check=False)
    seconds = time.perf_counter() - start
    if proc.returncode != 0:
        raise SystemExit(f"build of {corpus} failed with exit code {proc.returncode}")
    return seconds, json.loads((out / "report.json").read_text(encoding="utf-8"))


Extracted = tuple[float, dict[str, dict[str, int]], dict[str, list[str]], dict[str, list[str]], list[str]]


def run_extract(corpus: Path) -> Extracted:
    """Load + extract every file in this process.

    Returns (seconds, counts, text lines, target figures (value unit, sorted) per file stem, failures).
    """
    from policykg.errors import PolicyKGError
    from policykg.loaders.base import load
    from policykg.loaders.extract import extract

    counts: dict[str, dict[str, int]] = {}
    lines: dict[str, list[str]] = {}
    figures: dict[str, list[str]] = {}
    failures: list[str] = []
    files = sorted(p for p in corpus.iterdir() if p.is_file())
    # Untimed warm-up: the lexicons and the format's parser library load on first use, once per process.
    extract(load(files[0]))
    start = time.perf_counter()
    for path in files:
        try:
            doc = extract(load(path))
        except PolicyKGError as exc:
            failures.append(f"{path.name}: {exc}")
            continue
        lines[path.stem] = doc.source.text.splitlines()
        targets = [t for m in doc.measures for t in m.targets] + [t for s in doc.sections for t in s.targets]
        figures[path.stem] = sorted(f"{t.value} {t.unit}" for t in targets + doc.doc_targets)
        counts[path.stem] = {
            "measures": len(doc.measures),
            "units": len(doc.units),
            "targets": sum(len(m.targets) for m in doc.measures)
            + sum(len(s.targets) for s in doc.sections)
            + len(doc.doc_targets),
        }
    return time.perf_counter() - start, counts, lines, figures, failures


def per_file_counts(report: dict) -> dict[str, dict[str, int]]:
    return {Path(e["file"]).stem: {k: int(e[k]) for k in COUNTED} for e in report.get("per_file", [])}


def compare(
    fmt: str, counts: dict[str, dict[str, int]], base: dict[str, dict[str, int]], where: str, limit: int = 5
) -> int:
    """Print the documents whose counts differ from txt's; the number of such documents."""
    bad = []
    for stem in sorted(base.keys() | counts.keys()):
        a, b = base.get(stem), counts.get(stem)
        if a != b:
            bad.append((stem, a, b))
    for stem, a, b in bad[:limit]:
        print(f"    {where} {fmt} mismatch {stem}: txt {a} vs {fmt} {b}")
    if len(bad) > limit:
        print(f"    {where} {fmt}: ... and {len(bad) - limit} more documents differ")
    return len(bad)


def _print_figure_mismatches(
    fmt: str, figures: dict[str, list[str]], base: dict[str, list[str]], limit: int = 3
) -> None:
    # Same number of targets is not the same targets: a figure split at a line break can change its value.
    bad = [stem for stem in sorted(base) if figures.get(stem) != base[stem]]
    for stem in bad[:limit]:
        got, want = figures.get(stem) or [], base[stem]
        print(
            f"    extract {fmt} figures differ {stem}: txt only {sorted(set(want) - set(got))}, "
            f"{fmt} only {sorted(set(got) - set(want))}"
        )
    if len(bad) > limit:
        print(f"    extract {fmt}: ... and {len(bad) - limit} more documents with other figures")


def _same_lines(got: list[str] | None, want: list[str]) -> bool:
    # The HTML loader puts the page's <title> (site name cut off) first; that line is the document's title,
    # which the body also holds, so a leading copy of a body line is not a difference.
    if got is None:
        return False
    return got == want or (len(got) == len(want) + 1 and got[1:] == want and got[0] in want)


def main() -> None:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--sizes", "--n", type=int, nargs="+", default=[200], help="corpus sizes (documents)")
    parser.add_argument("--repeat", type=int, default=1, help="runs per format and size; the best is kept")
    args = parser.parse_args()
    for n in args.sizes:
        folders = make_corpus(n)
        sizes = {fmt: sum(p.stat().st_size for p in f.iterdir()) for fmt, f in folders.items()}
        results: dict[str, tuple[float, dict, Extracted]] = {}
        for fmt in FORMATS:
            out = HERE / "out" / f"formats-{n}-{fmt}"
            best_build, report = min(
                (run_build(folders[fmt], out) for _ in range(args.repeat)), key=lambda r: r[0]
            )
            extracted = min((run_extract(folders[fmt]) for _ in range(args.repeat)), key=lambda r: r[0])
            results[fmt] = (best_build, report, extracted)
            shutil.rmtree(out, ignore_errors=True)
        base_report = per_file_counts(results["txt"][1])
        _, base_extract, base_lines, base_figures, _ = results["txt"][2]
        print(f"\n{n} documents per format (best of {args.repeat}):")
        print(
            f"{'format':<7} {'docs':>5} {'MB':>6} {'build s':>8} {'docs/s':>7} {'extract s':>9} "
            f"{'extract docs/s':>14} {'measures':>8} {'units':>6} {'targets':>7} {'same text':>9} "
            f"{'same figures':>12}  "
            "same counts as txt"
        )
        for fmt in FORMATS:
            seconds, report, (ext_seconds, counts, lines, figures, failures) = results[fmt]
            same_text = sum(_same_lines(lines.get(stem), text) for stem, text in base_lines.items())
            docs = report["documents"]
            mismatched = compare(fmt, per_file_counts(report), base_report, "build") if fmt != "txt" else 0
            same_figures = sum(figures.get(stem) == want for stem, want in base_figures.items())
            if fmt != "txt":
                compare(fmt, counts, base_extract, "extract")
                _print_figure_mismatches(fmt, figures, base_figures)
            skipped = report.get("skipped", [])
            for skip in skipped[:5]:
                print(f"    {fmt} skipped {skip}")
            for failure in failures[:5]:
                print(f"    {fmt} extract failed {failure}")
            check = (
                "-"
                if fmt == "txt"
                else (
                    "yes"
                    if not mismatched and not skipped
                    else f"NO: {mismatched} documents differ, {len(skipped)} skipped"
                )
            )
            print(
                f"{fmt:<7} {docs:>5} {sizes[fmt] / 2**20:>6.1f} {seconds:>8.2f} {docs / seconds:>7.1f} "
                f"{ext_seconds:>9.2f} {len(counts) / ext_seconds:>14.1f} {report['measures']:>8} "
                f"{report['units']:>6} {report['targets']:>7} {same_text:>9} {same_figures:>12}  {check}",
                flush=True,
            )


if __name__ == "__main__":
    main()
