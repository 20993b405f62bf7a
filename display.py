"""The build seen in a terminal (the CLI side of ``policykg.pipeline.build``): the extraction progress bar and
the summary table."""

from __future__ import annotations

import os
import re
from pathlib import Path
from typing import TYPE_CHECKING, Any, cast

if TYPE_CHECKING:  # models costs ~20 ms to import, which `policykg --help` need not pay
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


# --------------------------------------------------------------------------- typer's help renderer, lighter
# typer.rich_utils (imported to render help and error boxes) imports rich.markdown (markdown-it) and
# rich.traceback (rich.pretty, pygments' lexers) at its top, ~80 ms of a 0.25 s `policykg --help`, though it
# uses Markdown only with rich_markup_mode="markdown" and Traceback only for pretty exceptions (policykg uses
# neither). While that one module executes, both names are stand-ins that load the real class on first use;
# then the stand-ins leave sys.modules, so any later `import rich.markdown` gets the real module.

_DEFERRED = {"rich.markdown": "Markdown", "rich.traceback": "Traceback"}


def _deferred_class(module: str, name: str) -> type:
    def real() -> Any:
        import importlib

        return getattr(importlib.import_module(module), name)

    def new(cls: type, *args: Any, **kwargs: Any) -> Any:
        return real()(*args, **kwargs)

    def from_exception(cls: type, *args: Any, **kwargs: Any) -> Any:
        return real().from_exception(*args, **kwargs)

    return type(name, (), {"__new__": new, "from_exception": classmethod(from_exception)})


class _StandInsWhileLoading:
    """The loader of typer.rich_utils, wrapped: the stand-ins exist only while the module executes."""

    def __init__(self, loader: Any) -> None:
        self.loader = loader

    def create_module(self, spec: Any) -> Any:
        return self.loader.create_module(spec)

    def exec_module(self, module: Any) -> None:
        import sys
        import types

        added: dict[str, types.ModuleType] = {}
        for name, cls in _DEFERRED.items():
            if name not in sys.modules:
                added[name] = sys.modules[name] = types.ModuleType(name)
                setattr(added[name], cls, _deferred_class(name, cls))
        try:
            self.loader.exec_module(module)
        finally:
            for name, stand_in in added.items():
                if sys.modules.get(name) is stand_in:
                    del sys.modules[name]


class _LighterTyperHelp:
    """A meta-path finder for typer.rich_utils alone (see above); it removes itself once used."""

    def find_spec(self, fullname: str, path: Any, target: Any = None) -> Any:
        if fullname != "typer.rich_utils":
            return None
        import sys
        from importlib.machinery import PathFinder

        if self in sys.meta_path:
            sys.meta_path.remove(self)
        spec = PathFinder.find_spec(fullname, path)
        if spec is not None and spec.loader is not None:
            spec.loader = cast(Any, _StandInsWhileLoading(spec.loader))  # a Loader by its two methods
        return spec


def lighter_typer_help() -> None:
    """Install the finder above (once; nothing is imported now)."""
    import sys

    if "typer.rich_utils" not in sys.modules and not any(
        isinstance(f, _LighterTyperHelp) for f in sys.meta_path
    ):
        sys.meta_path.insert(0, _LighterTyperHelp())


# --------------------------------------------------------------------------- typer's command tree, lazily
# typer builds every command's options from its signature (inspect, typing.get_type_hints on Annotated
# parameters) before anything runs: 20-35 ms of `policykg --help` for 20 commands, of which the top-level help
# shows only names and first lines. Each command is made as a TyperCommand whose options and callback are built
# the first time something asks for them (its own help, parsing, completion); everything the group's help
# reads (name, help text, panel, hidden, deprecated) is there from the start. In the spirit of click's
# documented LazyGroup, but without moving the commands out of cli.py.


def _lazy_command_class() -> type:
    from typer.core import TyperCommand

    class LazyTyperCommand(TyperCommand):
        """A TyperCommand whose ``params`` and ``callback`` come from ``build()`` on first use."""

        _build: Any = None

        def _built(self) -> None:
            build, self._build = self._build, None
            if build is not None:
                real = build()
                self._params, self._callback = real.params, real.callback

        @property
        def params(self) -> list[Any]:
            self._built()
            return cast("list[Any]", self._params)

        @params.setter
        def params(self, value: list[Any]) -> None:
            self._params = value

        @property
        def callback(self) -> Any:
            self._built()
            return self._callback

        @callback.setter
        def callback(self, value: Any) -> None:
            self._callback = value

    return LazyTyperCommand


def lazy_typer_commands() -> None:
    """Make typer build each command's options only when they are needed (see above); once per process."""
    import functools
    import inspect

    import typer.main
    from typer.core import TyperCommand

    original = typer.main.get_command_from_info
    if getattr(original, "_policykg", False):
        return
    lazy = _lazy_command_class()

    def get_command_from_info(command_info: Any, **options: Any) -> Any:
        eager = functools.partial(original, command_info, **options)
        if command_info.cls not in (None, TyperCommand) or command_info.callback is None:
            return eager()
        help_text = command_info.help
        command = lazy(
            name=command_info.name or typer.main.get_command_name(command_info.callback.__name__),
            context_settings=command_info.context_settings,
            help=inspect.getdoc(command_info.callback) if help_text is None else inspect.cleandoc(help_text),
            epilog=command_info.epilog,
            short_help=command_info.short_help,
            options_metavar=command_info.options_metavar,
            add_help_option=command_info.add_help_option,
            no_args_is_help=command_info.no_args_is_help,
            hidden=command_info.hidden,
            deprecated=command_info.deprecated,
            rich_markup_mode=options["rich_markup_mode"],
            rich_help_panel=command_info.rich_help_panel,
        )
        command._build = eager
        return command

    get_command_from_info._policykg = True  # type: ignore[attr-defined]
    get_command_from_info.eager = original  # type: ignore[attr-defined]
    typer.main.get_command_from_info = get_command_from_info


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
    for a single file, nor when stderr is no terminal (a log keeps the "… extracting N files" line; the bar would
    only leave a blank one there)."""

    def __init__(self) -> None:
        self._progress: Any = None

    def start(self, total: int) -> None:
        err = console(stderr=True)
        if total > 1 and err.is_terminal:
            from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeRemainingColumn

            self._progress = Progress(
                TextColumn("extracting"),
                BarColumn(),
                MofNCompleteColumn(),
                TimeRemainingColumn(),
                TextColumn("{task.description}"),
                console=err,
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

    table = Table(show_header=True, header_style="bold")
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
    # a line of its own, not the table's title: a long output folder is not folded to the table's width, and a
    # folder named like markup ("[bold]out") is shown as it is
    console.print(
        f"policykg build → {printable(info.out_dir)}", markup=False, highlight=False, soft_wrap=True
    )
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
