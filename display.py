"""The build seen in a terminal (the CLI side of ``policykg.pipeline.build``): the extraction progress bar and
the summary table."""

from __future__ import annotations

import os
import re
from pathlib import Path
from typing import Any

from policykg.models import BuildInfo


def no_color() -> bool:
    """NO_COLOR (https://no-color.org): set and not empty turns every kind of styling off."""
    return bool(os.environ.get("NO_COLOR"))


def console(*, stderr: bool = False) -> Any:
    """A rich console for the CLI: with NO_COLOR no ANSI styling at all (rich alone drops colours but keeps
    bold, dim and italics)."""
    from rich.console import Console

    return Console(stderr=stderr, color_system=None) if no_color() else Console(stderr=stderr)


def stage_printer() -> Any:
    """A build's stages as lines on stderr as they start ("… loading the embedded store"), so no stage of a
    long build is silent; stdout keeps only the summary (or the JSON)."""
    err = console(stderr=True)

    def say(what: str) -> None:
        err.print(f"… {what}", style="dim", highlight=False, markup=False)

    return say


def plain_help_if_asked() -> None:
    """The same for typer's own help and error boxes."""
    if no_color():
        import typer.rich_utils

        typer.rich_utils.COLOR_SYSTEM = None


_UNPRINTABLE = re.compile(r"[\x00-\x08\x0b-\x1f\x7f-\x9f\u200b-\u200f\u202a-\u202e\u2066-\u2069]")


def printable(text: object) -> str:
    """``text`` safe to show on a terminal: control characters (escape sequences in a file name, bidi
    overrides) shown as ``\\x1b`` / ``\\u202e`` instead of acting on the terminal."""
    return _UNPRINTABLE.sub(lambda m: m.group(0).encode("unicode_escape").decode("ascii"), str(text))


def _shown(text: object) -> str:
    """``printable`` and escaped for rich markup (a file named ``[red]x.txt`` is shown as it is)."""
    from rich.markup import escape

    return escape(printable(text))


MAX_NOTES_SHOWN = 12


class ExtractionBar:
    """A rich progress bar on stderr while files are extracted (``policykg.pipeline.work.ProgressBar``); nothing
    for a single file."""

    def __init__(self) -> None:
        self._progress: Any = None

    def start(self, total: int) -> None:
        if total > 1:
            from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeRemainingColumn

            self._progress = Progress(
                TextColumn("extracting"),
                BarColumn(),
                MofNCompleteColumn(),
                TimeRemainingColumn(),
                TextColumn("{task.description}"),
                console=console(stderr=True),
                transient=True,
            )
            self._progress.start()
            self._task = self._progress.add_task("", total=total)

    def advance(self, name: str) -> None:
        if self._progress is not None:
            self._progress.update(self._task, advance=1, description=name)

    def close(self) -> None:
        if self._progress is not None:
            self._progress.stop()


def print_skips(info: BuildInfo, console: Any) -> None:
    """The files a build skipped, one line each with the reason."""
    for skip in info.skipped:
        # soft_wrap: a long path stays one line the terminal folds, so it can be copied whole
        console.print(
            f"[yellow]skipped[/yellow] {_shown(skip.path)}: {_shown(skip.reason)}",
            highlight=False,
            soft_wrap=True,
        )
    if info.documents == 0 and Path(info.out_dir).exists():
        console.print(f"nothing built; {_shown(info.out_dir)}/ was left as it was", highlight=False)


def print_summary(info: BuildInfo, console: Any) -> None:
    from rich.table import Table

    table = Table(title=f"policykg build → {info.out_dir}", show_header=True, header_style="bold")
    table.add_column("what")
    table.add_column("count", justify="right")
    rows = [
        ("documents", info.documents),
        ("  from cache", info.cached),
        ("sections", info.sections),
        ("measures", info.measures),
        ("units", info.units),
        ("targets", info.targets),
        ("industries", info.industries),
        ("industry systems", info.systems),
        ("triples", info.triples),
        ("skipped files", len(info.skipped)),
    ]
    for name, value in rows:
        table.add_row(name, str(value))
    if info.store:
        table.add_row("store nodes written", str(info.store.get("nodes_written", 0)))
        table.add_row("store relationships written", str(info.store.get("relationships_written", 0)))
    console.print(table)
    print_skips(info, console)
    notes = [
        (entry["file"], problem)
        for entry in info.per_file
        for problem in [*entry.get("warnings", []), *entry.get("problems", [])]
    ]
    for file, problem in notes[:MAX_NOTES_SHOWN]:
        console.print(f"[dim]note[/dim] {_shown(file)}: {_shown(problem)}", highlight=False, soft_wrap=True)
    if len(notes) > MAX_NOTES_SHOWN:
        console.print(f"[dim]… and {len(notes) - MAX_NOTES_SHOWN} more notes in report.json[/dim]")
    console.print(
        f"done in {info.seconds:.2f} s; outputs in {_shown(info.out_dir)}/ (graph.ttl, graph.nt, report.json)",
        highlight=False,
        soft_wrap=True,
    )
