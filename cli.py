"""The ``policykg`` command line: parses, calls the library, prints, maps errors to exit codes.

No logic lives here. Heavy libraries are imported inside the commands so ``policykg --help`` is instant.
"""

from __future__ import annotations

import functools
import inspect
import json
import os
import sys
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Annotated, Any, NoReturn, TypeVar, cast

import typer

from policykg.errors import PolicyKGError, UsageError
from policykg.graph.rdf.namespaces import DEFAULT_BASE


def _plain_usage_metavar() -> None:
    """Usage lines name arguments the usual way (``PATHS...``, ``[DIR]``): typer 0.2x writes a required one as
    ``{paths}``, which reads like a set or a placeholder to fill in literally."""
    import typer.core

    original = typer.core.TyperArgument.make_metavar
    if getattr(original, "_policykg", False):
        return

    def make_metavar(self: Any, ctx: Any, *, usage: bool = False) -> str:
        var = str(original(self, ctx, usage=usage))
        return var[1:-1] if var.startswith("{") and var.endswith("}") else var

    make_metavar._policykg = True  # type: ignore[attr-defined]
    typer.core.TyperArgument.make_metavar = make_metavar  # type: ignore[method-assign]


_plain_usage_metavar()


def _lighter_help() -> None:
    from policykg.display import lazy_typer_commands, lighter_typer_help

    lighter_typer_help()
    lazy_typer_commands()


_lighter_help()

app = typer.Typer(
    name="policykg",
    help="Turn Chinese policy documents (实施方案, 若干措施, 意见, 通知) into a knowledge graph planners can query.",
    no_args_is_help=True,
    add_completion=True,
    rich_markup_mode="rich",
    pretty_exceptions_enable=False,
)


def _show_version(value: bool) -> None:
    if value:
        from importlib.metadata import PackageNotFoundError, version

        try:
            typer.echo(f"policykg {version('policykg')}")
        except PackageNotFoundError:  # running from a source tree that was never installed
            typer.echo("policykg (not installed)")
        raise typer.Exit()


@app.callback()
def _everywhere(
    show_version: Annotated[
        bool,
        typer.Option(
            "--version", callback=_show_version, is_eager=True, help="Print policykg's version and exit."
        ),
    ] = False,
    verbose: Annotated[
        int,
        typer.Option(
            "--verbose",
            "-v",
            count=True,
            show_default=False,
            metavar="",  # a switch repeated (-vv), not an option taking a number
            help="Log to stderr: -v the build's stages and timings, -vv every decision, -vvv the libraries too.",
        ),
    ] = 0,
) -> None:
    # Options every command takes (before the command's name: policykg -v build ...).
    from policykg.display import plain_help_if_asked

    plain_help_if_asked()
    if verbose:
        configure_logging(verbose)


def configure_logging(verbose: int) -> None:
    """On stderr: -v policykg's info log (the build's stage timings, how the store is updated), -vv its debug
    log, -vvv every library's debug log too."""
    import logging

    logging.basicConfig(
        level=logging.DEBUG if verbose > 2 else logging.WARNING,
        format="%(asctime)s %(levelname)s %(name)s: %(message)s",
        stream=sys.stderr,
    )
    logging.getLogger("policykg").setLevel(logging.INFO if verbose == 1 else logging.DEBUG)


def _say(err: PolicyKGError) -> None:
    from policykg.display import printable

    typer.echo(
        f"Error: {printable(err)}", err=True
    )  # file names with escape codes do not act on the terminal


def _fail(err: PolicyKGError) -> NoReturn:
    _say(err)
    raise typer.Exit(code=err.exit_code)


def _console(*, stderr: bool = False) -> Any:
    from policykg.display import console

    return console(stderr=stderr)


# --------------------------------------------------------------------------- build & validate (issue 2)


@app.command()
def build(
    paths: Annotated[
        list[Path], typer.Argument(metavar="PATHS...", help="Files or folders (read recursively).")
    ],
    out: Annotated[
        Path, typer.Option("--out", "-o", help="Output folder for graph.ttl, graph.nt, report.json.")
    ] = Path("policykg-out"),
    store: Annotated[
        bool, typer.Option("--store/--no-store", help="Also load the embedded store in OUT/store/.")
    ] = True,
    force: Annotated[
        bool, typer.Option("--force", help="Ignore the incremental cache and re-extract every file.")
    ] = False,
    base_iri: Annotated[
        str, typer.Option("--base-iri", envvar="POLICYKG_BASE_IRI", help="Base for instance IRIs.")
    ] = DEFAULT_BASE,
    max_size: Annotated[
        float, typer.Option("--max-size", min=0.001, help="Skip input files larger than this many MB.")
    ] = 20.0,
    jobs: Annotated[
        int | None,
        typer.Option("--jobs", "-j", min=1, help="Extraction processes (default: one per CPU core)."),
    ] = None,
    follow_links: Annotated[
        bool,
        typer.Option(
            "--follow-links",
            help="Also read symbolic links that lead outside the given folders (skipped by default).",
        ),
    ] = False,
    quiet: Annotated[bool, typer.Option("--quiet", "-q", help="No progress bar or table.")] = False,
    as_json: Annotated[bool, typer.Option("--json", help="Print the build report as JSON.")] = False,
    engine: _EngineOpt = None,
) -> None:
    """Read policy documents and build the graph.

    Example: [bold]policykg build samples/[/bold]
    """
    from policykg import display, pipeline

    try:
        info = pipeline.build(
            paths,
            out,
            load_store=store,
            force=force,
            base_iri=base_iri,
            progress=not (quiet or as_json) and display.ExtractionBar(),
            max_bytes=int(max_size * 1024 * 1024),
            jobs=jobs,
            stage=None if quiet or as_json else display.stage_printer(),
            follow_links=follow_links,
            on_wait=lambda message: typer.echo(f"Note: {message}", err=True),
            engine=engine,
        )
    except PolicyKGError as err:
        _fail(err)
    if as_json:
        typer.echo(json.dumps(pipeline.report_dict(info), ensure_ascii=False, indent=2))
    elif info.documents == 0:  # no table of zeros: the skips, then what went wrong
        display.print_skips(info, _console(stderr=True))
    elif not quiet:
        display.print_summary(info, _console())
    if info.documents == 0:
        if not info.skipped:  # nothing there to read: say so, not "see the skips" when there are none
            from policykg.loaders.base import SUPPORTED_SUFFIXES

            where = ", ".join(str(p) for p in paths)
            kinds = " ".join(sorted(SUPPORTED_SUFFIXES))
            typer.echo(f"Error: no input files in {where} (policykg reads {kinds}).", err=True)
        else:
            typer.echo("Error: no document could be built (see the skips above).", err=True)
        raise typer.Exit(code=3)


@app.command()
def validate(
    out: Annotated[
        Path, typer.Argument(metavar="[DIR]", help="A build folder (holding graph.ttl) or a Turtle file.")
    ] = Path("policykg-out"),
    as_json: Annotated[bool, typer.Option("--json", help="Print the result as JSON.")] = False,
) -> None:
    """Check a built graph against the SHACL shapes and print a readable report.

    Example: [bold]policykg validate policykg-out/[/bold]
    """
    from policykg.graph.rdf import validate as v

    try:
        result = v.validate_path(out)
    except PolicyKGError as err:
        _fail(err)
    if as_json:
        typer.echo(json.dumps(result.as_dict(), ensure_ascii=False, indent=2))
    else:
        v.print_result(result, _console())
    if not result.conforms:
        raise typer.Exit(code=6)


# --------------------------------------------------------------------------- store options (declared once)


def _one_of(*choices: str) -> Any:
    """A --format check made while the options are parsed: a bad value is a usage error (2), found before any
    store is opened."""

    def check(value: str | None) -> str | None:
        if value is not None and value not in choices:
            raise typer.BadParameter(f"{value!r} is not one of {', '.join(choices)}")
        return value

    return check


_FormatOpt = Annotated[
    str,
    typer.Option(
        "--format",
        "-f",
        callback=_one_of("table", "json", "csv", "markdown"),
        help="table, json, csv or markdown.",
    ),
]
_EvidenceOpt = Annotated[
    bool, typer.Option("--evidence", help="Add document, clause and quoted text to each row.")
]
_ParamOpt = Annotated[
    list[str] | None, typer.Option("--param", "-p", help="A query parameter as name=value (repeatable).")
]
_AllOpt = Annotated[bool, typer.Option("--all", help="Every row, not one page (a paged listing).")]
# The embedded store's engine: chosen by the build, recorded in the store, found there by every other command.
_EngineOpt = Annotated[
    str | None,
    typer.Option(
        "--engine",
        envvar="POLICYKG_ENGINE",
        callback=_one_of("arcadedb", "ladybug"),
        show_default=False,
        help="The embedded store's engine: ladybug (default: LadybugDB, no Java runtime) or arcadedb; "
        "by default the one OUT/store/ already has.",
    ),
]

# The Neo4j connection, the same four options (and defaults) on every command that can reach Neo4j.
_NEO4J_OPTIONS: list[tuple[str, Any, Any]] = [
    (
        "uri",
        Annotated[str, typer.Option("--uri", envvar="NEO4J_URI", help="Neo4j Bolt URI.")],
        "bolt://localhost:7687",
    ),
    ("user", Annotated[str, typer.Option("--user", envvar="NEO4J_USERNAME", help="Neo4j user.")], "neo4j"),
    (
        "password",
        Annotated[
            str,
            typer.Option(
                "--password",
                envvar="NEO4J_PASSWORD",
                show_default=False,
                help="Neo4j password (never printed; prefer NEO4J_PASSWORD: an option shows in `ps`).",
            ),
        ],
        "",
    ),
    (
        "database",
        Annotated[str, typer.Option("--database", envvar="NEO4J_DATABASE", help="Neo4j database.")],
        "neo4j",
    ),
]
# Where a query command finds the graph: the embedded store of a build folder or Neo4j.
_STORE_OPTIONS: list[tuple[str, Any, Any]] = [
    (
        "store",
        Annotated[str, typer.Option("--store", help="Where the graph is: embedded (DIR/store/) or neo4j.")],
        "embedded",
    ),
    (
        "out_dir",
        Annotated[Path, typer.Option("--dir", "-d", help="The build folder holding store/.")],
        Path("policykg-out"),
    ),
    *_NEO4J_OPTIONS,
]


@dataclass(frozen=True)
class Neo4jTarget:
    """The Neo4j connection options of a command (the password is never printed)."""

    uri: str
    user: str
    password: str = field(repr=False)
    database: str


@dataclass(frozen=True)
class StoreTarget:
    """The store options of a query command: ``--store``, ``--dir`` and the Neo4j connection."""

    store: str
    out_dir: Path
    uri: str
    user: str
    password: str = field(repr=False)
    database: str

    def open(self) -> Any:
        from policykg.queries import library

        return library.open_store(
            self.store,
            self.out_dir,
            uri=self.uri,
            user=self.user,
            password=self.password,
            database=self.database,
        )


_F = TypeVar("_F", bound=Callable[..., Any])


class _CombinedOptions:
    """A command whose parameter ``name`` is the ``options`` on the command line (in its place), receiving them
    as one ``make(...)`` object (the way sqlite-utils declares shared options once). Its signature is worked out
    when typer first asks (building the command), not at import: `policykg --help` never needs it."""

    def __init__(self, func: Callable[..., Any], name: str, make: type, options: list[tuple[str, Any, Any]]):
        functools.update_wrapper(self, func, assigned=("__module__", "__name__", "__qualname__", "__doc__"))
        self._func, self._name, self._make, self._options = func, name, make, options
        self._signature: inspect.Signature | None = None

    @property
    def __signature__(self) -> inspect.Signature:
        if self._signature is None:
            sig = inspect.signature(self._func, eval_str=True)
            params = []
            for param in sig.parameters.values():
                if param.name != self._name:
                    params.append(param)
                    continue
                for opt, annotation, default in self._options:
                    params.append(inspect.Parameter(opt, param.kind, default=default, annotation=annotation))
            self._signature = sig.replace(parameters=params)
        return self._signature

    @property
    def __annotations__(self) -> dict[str, Any]:  # type: ignore[override]
        sig = self.__signature__
        return {p.name: p.annotation for p in sig.parameters.values()} | {"return": sig.return_annotation}

    def __call__(self, *args: Any, **kwargs: Any) -> Any:
        kwargs[self._name] = self._make(**{key: kwargs.pop(key) for key, _, _ in self._options})
        return self._func(*args, **kwargs)


def _options(name: str, make: type, options: list[tuple[str, Any, Any]]) -> Callable[[_F], _F]:
    """A decorator: see :class:`_CombinedOptions`."""

    def decorate(func: _F) -> _F:
        return cast(_F, _CombinedOptions(func, name, make, options))

    return decorate


neo4j_options = _options("neo4j", Neo4jTarget, _NEO4J_OPTIONS)
_FROM_OPTIONS: Any = None  # the default of a parameter that neo4j_options or store_options fills in
store_options = _options("target", StoreTarget, _STORE_OPTIONS)


# --------------------------------------------------------------------------- stores (issue 3)


def _print_store_info(info: Any) -> None:
    table = _console()
    table.print(
        f"{info.target}: {info.nodes_written} nodes and {info.relationships_written} relationships written, "
        f"{info.nodes_deleted} nodes and {info.relationships_deleted} relationships deleted "
        f"in {info.seconds:.1f}s ({info.batches} batches)"
    )
    for name, n in info.counts.items():
        table.print(f"  {name:<24} {n:>8}")


@app.command()
@neo4j_options
def push(
    directory: Annotated[
        Path, typer.Argument(metavar="[DIR]", help="A build folder (holding graph.nt) or a Turtle file.")
    ] = Path("policykg-out"),
    neo4j: Neo4jTarget = _FROM_OPTIONS,
    batch_size: Annotated[
        int, typer.Option("--batch-size", min=1, help="Rows per UNWIND transaction.")
    ] = 2000,
    wipe: Annotated[
        bool, typer.Option("--wipe", help="First delete every node policykg wrote (only those).")
    ] = False,
    quiet: Annotated[bool, typer.Option("--quiet", "-q", help="No progress bar or counts.")] = False,
) -> None:
    """Push a built graph into Neo4j: only the changes since the last push; other data is never touched.

    Example: [bold]NEO4J_PASSWORD=... policykg push policykg-out/ --uri bolt://localhost:7687[/bold]
    """
    from policykg.graph.store.neo4j_store import Neo4jStore, read_build

    try:
        # A build folder's graph.nt is streamed (the batches the embedded store loads); a Turtle file is read whole.
        pg = None if (directory / "graph.nt").is_file() else read_build(directory)
        with Neo4jStore(neo4j.uri, neo4j.user, neo4j.password, neo4j.database) as store:

            def run(progress: Any = None) -> Any:
                if pg is not None:
                    return store.push(pg, batch_size=batch_size, wipe=wipe, progress=progress)
                return store.push_build(directory, batch_size=batch_size, wipe=wipe, progress=progress)

            if quiet:
                info = run()
            else:
                from rich.progress import Progress

                with Progress(console=_console(), transient=True) as bar:
                    task = bar.add_task("pushing", total=None)
                    info = run(lambda d, t: bar.update(task, completed=d, total=t))
    except PolicyKGError as err:
        _fail(err)
    if not quiet:
        _print_store_info(info)


@app.command()
@neo4j_options
def pull(
    out: Annotated[Path, typer.Option("--out", "-o", help="The Turtle file to write (replaced atomically).")],
    neo4j: Neo4jTarget = _FROM_OPTIONS,
    quiet: Annotated[bool, typer.Option("--quiet", "-q", help="Print nothing on success.")] = False,
) -> None:
    """Read policykg's graph back from Neo4j into RDF (Turtle).

    Example: [bold]policykg pull --uri bolt://localhost:7687 --out pulled.ttl[/bold]
    """
    from policykg.graph.store.neo4j_store import Neo4jStore, write_turtle

    try:
        with Neo4jStore(neo4j.uri, neo4j.user, neo4j.password, neo4j.database) as store:
            pg = store.pull()
        triples = write_turtle(pg, out)
    except PolicyKGError as err:
        _fail(err)
    if not quiet:
        typer.echo(
            f"{out}: {triples} triples ({pg.number_of_nodes()} nodes, {pg.number_of_edges()} relationships)"
        )


# --------------------------------------------------------------------------- queries (issue 4)


def _query_run(
    target: StoreTarget, fmt: str, run: Callable[[Any], Any], *, page_options: bool = False
) -> None:
    """Open the store, ``run`` one query on it, print the result in ``fmt`` (and how to page on, on stderr)."""
    from policykg.queries import format as qformat

    try:
        st = target.open()
        try:
            result = run(st)
        finally:
            st.close()
        qformat.print_result(result, fmt, _console())
        note = qformat.more_note(result, options=page_options)
        if note:
            typer.echo(note, err=True)  # stderr: json/csv on stdout stay machine-readable
    except PolicyKGError as err:
        _fail(err)


def _named(
    name: str, params: dict[str, Any], evidence: bool = False, all_rows: bool = False
) -> Callable[[Any], Any]:
    """Run the named query ``name`` (``policykg.queries.library.run_named``) on a store."""

    def run(st: Any) -> Any:
        from policykg.queries import library

        return library.run_named(st, name, params, evidence=evidence, all_rows=all_rows)

    return run


@app.command()
@store_options
def query(
    name: Annotated[str | None, typer.Argument(metavar="[NAME]", help="A named query (see --list).")] = None,
    param: _ParamOpt = None,
    list_: Annotated[
        bool, typer.Option("--list", help="List the named queries and their parameters.")
    ] = False,
    target: StoreTarget = _FROM_OPTIONS,
    fmt: _FormatOpt = "table",
    evidence: _EvidenceOpt = False,
    all_rows: _AllOpt = False,
) -> None:
    """Run a named query from the library (parameters only, never pasted into Cypher).

    Listings (tasks, targets, search, document-industries) return one page; the last line says how to go on.

    Example: [bold]policykg query unit-industries --param industry=人工智能 --evidence[/bold]
    """
    from policykg.queries import format as qformat
    from policykg.queries import library

    try:
        if list_ or not name:
            qformat.print_result(library.list_queries(), fmt, _console())
            return
        params = library.parse_assignments(param or [])
    except PolicyKGError as err:
        _fail(err)
    _query_run(target, fmt, _named(name, params, evidence, all_rows))


@app.command()
@store_options
def cypher(
    text: Annotated[
        str,
        typer.Argument(metavar="CYPHER", help="The Cypher statement; values go in --param, not in the text."),
    ],
    param: _ParamOpt = None,
    write: Annotated[bool, typer.Option("--write", help="Allow a statement that changes the graph.")] = False,
    target: StoreTarget = _FROM_OPTIONS,
    fmt: _FormatOpt = "table",
) -> None:
    """Run one ad-hoc Cypher statement, read-only unless --write.

    Example: [bold]policykg cypher 'MATCH (u:Unit) WHERE u.matchKey CONTAINS $q RETURN u.prefLabel' --param q=就业[/bold]
    """
    from policykg.queries import library

    try:
        params = library.parse_cypher_params(param or [])
    except PolicyKGError as err:
        _fail(err)
    for key in library.unused_params(text, params):
        typer.echo(
            f"note: the statement has no ${key} for --param {key}; a shell empties ${key} inside double quotes, "
            "so put the statement in single quotes",
            err=True,
        )
    _query_run(target, fmt, lambda st: library.run_cypher(st, text, params, write=write))


@app.command()
@store_options
def units(
    name: Annotated[str | None, typer.Option("--name", help="Only units whose name contains this.")] = None,
    limit: Annotated[int, typer.Option("--limit", min=1, max=100000, help="At most this many units.")] = 1000,
    target: StoreTarget = _FROM_OPTIONS,
    fmt: _FormatOpt = "table",
) -> None:
    """Units ranked by workload: measures, lead measures, targets, documents.

    Example: [bold]policykg units --limit 20[/bold]
    """
    params: dict[str, Any] = {"unit": name, "limit": limit}
    _query_run(target, fmt, _named("unit-workload", params))


@app.command()
@store_options
def unit(
    name: Annotated[
        str,
        typer.Argument(
            metavar="NAME",
            help="A unit name, any script or alias (就业处, 市人社局); PARENT/NAME or REGION/NAME picks one of "
            "several units with the same name (青岛市人力资源和社会保障局/劳动关系处).",
        ),
    ],
    region: Annotated[
        str | None,
        typer.Option("--region", help="Of several units with this name, the one in this region (or parent)."),
    ] = None,
    target: StoreTarget = _FROM_OPTIONS,
    fmt: _FormatOpt = "table",
    evidence: _EvidenceOpt = False,
    all_measures: Annotated[
        bool, typer.Option("--all", help="Every measure, not only the first ten.")
    ] = False,
) -> None:
    """One unit's profile: its measures (lead or not), targets, industries, partners, parent and child units.

    Example: [bold]policykg unit 就业处 --evidence[/bold]   or   [bold]policykg unit 劳动关系处 --region 山东省[/bold]
    """
    params: dict[str, Any] = {"unit": f"{region}/{name}" if region else name, "all": all_measures}
    _query_run(target, fmt, _named("unit-profile", params, evidence))


@app.command()
@store_options
def industries(target: StoreTarget = _FROM_OPTIONS, fmt: _FormatOpt = "table") -> None:
    """All industries with their systems, the measures naming them and their owners.

    Example: [bold]policykg industries --format markdown[/bold]
    """
    _query_run(target, fmt, _named("industries", {}))


@app.command()
@store_options
def industry(
    name: Annotated[
        str, typer.Argument(metavar="NAME", help="An industry name, either script (人工智能, 智能家電).")
    ],
    target: StoreTarget = _FROM_OPTIONS,
    fmt: _FormatOpt = "table",
    evidence: _EvidenceOpt = False,
    level: Annotated[
        str | None, typer.Option(help="Roll up to a national class level: 门类, 大类, 中类, 小类 (or 一级).")
    ] = None,
    documents: Annotated[
        bool,
        typer.Option(
            "--documents",
            help="List the documents about the industry as a whole (title or 产业体系 paragraph), not its owners.",
        ),
    ] = False,
) -> None:
    """Who owns one industry, directly or through an industry system.

    With --level: every industry of its national class at that level, and who owns each. With --documents: the
    documents about the industry as a whole (their title or 产业体系 paragraph names it or a system holding it).

    Example: [bold]policykg industry 智能家電 --evidence[/bold], [bold]policykg industry 芯片 --level 大类[/bold],
    [bold]policykg industry 人工智能 --documents[/bold]
    """
    if documents:
        _query_run(target, fmt, _named("industry-documents", {"industry": name}))
        return
    if level:
        _query_run(target, fmt, _named("class-owners", {"industry": name, "level": level}))
        return
    _query_run(target, fmt, _named("industry-owners", {"industry": name}, evidence))


@app.command()
@store_options
def gaps(
    system: Annotated[
        str, typer.Argument(metavar="SYSTEM", help='An industry system: its code ("10+1") or name.')
    ],
    all_members: Annotated[bool, typer.Option("--all", help="Show every member, not only the gaps.")] = False,
    target: StoreTarget = _FROM_OPTIONS,
    fmt: _FormatOpt = "table",
    evidence: _EvidenceOpt = False,
) -> None:
    """Members of an industry system that no measure names (the gaps), with who covers them only via the system.

    Example: [bold]policykg gaps 10+1 --all[/bold]
    """
    params = {"system": system, "gapsOnly": not all_members}
    _query_run(target, fmt, _named("system-coverage", params, evidence))


@app.command()
@store_options
def targets(
    year: Annotated[int | None, typer.Option("--year", help="Target year.")] = None,
    unit: Annotated[
        str | None, typer.Option("--unit", help="A responsible unit's name contains this.")
    ] = None,
    keyword: Annotated[
        str | None, typer.Option("--keyword", "-k", help="The indicator contains this.")
    ] = None,
    region: Annotated[
        str | None, typer.Option("--region", help="The document's region contains this.")
    ] = None,
    document: Annotated[
        str | None, typer.Option("--document", help="Document title, number or file contains this.")
    ] = None,
    limit: Annotated[int, typer.Option("--limit", min=1, help="Rows per page.")] = 100,
    after: Annotated[
        str | None, typer.Option("--after", help="Continue after this target (from the previous page).")
    ] = None,
    all_rows: _AllOpt = False,
    target: StoreTarget = _FROM_OPTIONS,
    fmt: _FormatOpt = "table",
    evidence: _EvidenceOpt = False,
) -> None:
    """Quantitative targets, filtered, document by document, one page at a time, with the clause they come from.

    Example: [bold]policykg targets --year 2025 --keyword 高技能[/bold]
    """
    params = {
        "year": year,
        "unit": unit,
        "keyword": keyword,
        "region": region,
        "document": document,
        "limit": limit,
        "after": after,
    }
    _query_run(target, fmt, _named("targets", params, evidence, all_rows), page_options=True)


@app.command()
@store_options
def deps(
    name: Annotated[
        str, typer.Argument(metavar="NAME", help="A unit, industry, system, document or measure IRI.")
    ],
    depth: Annotated[int, typer.Option("--depth", min=1, max=4, help="Relationships to follow (1-4).")] = 2,
    target: StoreTarget = _FROM_OPTIONS,
    fmt: _FormatOpt = "table",
) -> None:
    """What a thing depends on and what depends on it, to a depth.

    Example: [bold]policykg deps 就业处 --depth 2[/bold]
    """
    _query_run(target, fmt, _named("dependencies", {"node": name, "depth": depth}))


export_app = typer.Typer(
    help="Export planner tables. Example: [bold]policykg export tasks tasks.xlsx[/bold]",
    no_args_is_help=True,
)
app.add_typer(export_app, name="export")


@export_app.command("tasks")
@store_options
def export_tasks(
    dest: Annotated[
        Path,
        typer.Argument(
            metavar="DEST",
            help="The file to write (ending in .xlsx or .csv), or a folder to write tasks.xlsx or tasks.csv into.",
        ),
    ],
    fmt: Annotated[
        str | None,
        typer.Option(
            "--format",
            "-f",
            callback=_one_of("xlsx", "csv"),
            help="xlsx or csv (default: DEST's suffix, else xlsx).",
        ),
    ] = None,
    document: Annotated[
        str | None, typer.Option("--document", help="Only documents whose title contains this.")
    ] = None,
    unit: Annotated[
        str | None, typer.Option("--unit", help="Only measures of units whose name contains this.")
    ] = None,
    target: StoreTarget = _FROM_OPTIONS,
) -> None:
    """Write the 任务分工表: one row per measure (number, task, lead unit, co-responsible units, targets, deadline).

    Example: [bold]policykg export tasks tasks.xlsx[/bold]   or   [bold]policykg export tasks exports/ --format csv[/bold]
    """
    from policykg.queries import export

    try:
        export.export_target(
            dest, fmt
        )  # a DEST that cannot be written is a usage error before the store opens
        st = target.open()
        try:
            path, n = export.export_tasks(st, dest, fmt, document=document, unit=unit)
        finally:
            st.close()
    except PolicyKGError as err:
        _fail(err)
    typer.echo(f"{n} measures -> {path}")


@app.command()
@store_options
def analyze(
    top: Annotated[int | None, typer.Option("--top", help="Show only the N most central units.")] = None,
    target: StoreTarget = _FROM_OPTIONS,
    fmt: _FormatOpt = "table",
) -> None:
    """Graph analytics: unit centrality, communities, bridging units, industries each document reaches.

    Example: [bold]policykg analyze --top 10[/bold]
    """
    from policykg.queries import analyze as qanalyze
    from policykg.queries import format as qformat

    try:
        st = target.open()
        try:
            result = qanalyze.analyze(st, top=top)
        finally:
            st.close()
        if fmt == "json":
            typer.echo(json.dumps(result.as_dict(), ensure_ascii=False, indent=2))
            return
        console = _console()
        for table in result.results():
            qformat.print_result(table, fmt, console)
    except PolicyKGError as err:
        _fail(err)


@app.command()
@store_options
def explore(
    script: Annotated[
        Path | None,
        typer.Option("--script", help="Read the commands from this file instead of the keyboard."),
    ] = None,
    target: StoreTarget = _FROM_OPTIONS,
    fmt: _FormatOpt = "table",
) -> None:
    """Explore the graph interactively: type `unit 职建处`, `industry 智能家电`, `gaps 10+1`, `help`, `quit`.

    The store is opened once, so every answer after the first is quick. Piped input works too; a script runs
    every line and exits with the code of its first failed line (0 when all answered).

    Example: [bold]policykg explore[/bold]   or   [bold]echo "gaps 10+1" | policykg explore[/bold]
    """
    from policykg.queries import explore as qexplore
    from policykg.queries import format as qformat

    console = _console()
    try:
        st = target.open()
    except PolicyKGError as err:
        _fail(err)
    session = qexplore.Session(store=st, fmt=fmt)

    def show(result: Any, f: str) -> None:
        qformat.print_result(result, f, console)

    def say(text: str) -> None:
        console.print(text, highlight=False, markup=False)

    try:
        if script is not None or not sys.stdin.isatty():
            try:
                lines = (
                    script.read_text(encoding="utf-8").splitlines()
                    if script
                    else sys.stdin.read().splitlines()
                )
            except (OSError, UnicodeDecodeError) as err:
                _fail(UsageError(f"{script}: cannot read the script: {err}"))
            qexplore.run_script(session, lines, show, say)
            if session.first_error is not None:  # every line ran; the first failure is the exit code
                raise typer.Exit(code=session.first_error.exit_code)
        else:
            history = Path(os.environ.get("XDG_STATE_HOME") or Path.home() / ".local" / "state")
            read = qexplore.line_reader(lambda: qexplore.known_names(st), history / "policykg" / "history")
            qexplore.repl(session, read=read, show=show, say=say)
    finally:
        st.close()


# --------------------------------------------------------------------------- views (issue 5)


@app.command()
def viz(
    focus: Annotated[
        str | None,
        typer.Argument(
            metavar="[FOCUS]",
            help="A unit, industry, system, document or measure to centre on (or the system/document of --view).",
        ),
    ] = None,
    out: Annotated[
        Path, typer.Option("--out", "-o", help="The HTML file to write (one self-contained page).")
    ] = Path("graph.html"),
    out_dir: Annotated[Path, typer.Option("--dir", "-d", help="The build folder holding graph.ttl.")] = Path(
        "policykg-out"
    ),
    depth: Annotated[int, typer.Option("--depth", min=1, help="How many hops around FOCUS to show.")] = 1,
    view: Annotated[
        str | None, typer.Option("--view", help="ownership, coordination, system or document.")
    ] = None,
    query: Annotated[str | None, typer.Option("--query", help="Draw the result of this named query.")] = None,
    param: Annotated[
        list[str] | None, typer.Option("--param", "-p", help="A query parameter as name=value (repeatable).")
    ] = None,
    max_nodes: Annotated[
        int, typer.Option("--max-nodes", help="Above this, keep the most connected part.")
    ] = 1000,
    title: Annotated[str, typer.Option("--title", help="Page title (default: describes the view).")] = "",
    open_: Annotated[bool, typer.Option("--open", help="Open the page in the default browser.")] = False,
    as_json: Annotated[bool, typer.Option("--json", help="Print what was written as JSON.")] = False,
) -> None:
    """Write an interactive HTML graph that works offline: the whole graph, a focus, a preset view or a query.

    Example: [bold]policykg viz 人才开发处 --depth 2 --out unit.html[/bold]; [bold]policykg viz --view ownership --out own.html[/bold];
    [bold]policykg viz "10+1" --view system --out system.html --open[/bold]
    """
    from policykg.graph.views import viz as gviz

    try:
        info = gviz.render_from_build(
            out_dir,
            out,
            focus=focus,
            depth=depth,
            view=view,
            query=query,
            params=param or [],
            max_nodes=max_nodes,
            title=title,
        )
    except PolicyKGError as err:
        _fail(err)
    if as_json:
        typer.echo(json.dumps(info.as_dict(), ensure_ascii=False, indent=2))
    else:
        typer.echo(f"wrote {info.path}: {info.nodes} nodes, {info.edges} edges, {info.bytes / 1024:.0f} KiB")
        if info.cut:
            typer.echo(info.note)
    if open_ and not gviz.open_in_browser(info.path):
        typer.echo("Could not start a browser; open the file yourself.", err=True)


@app.command()
def report(
    out: Annotated[
        Path, typer.Option("--out", "-o", help="The HTML file to write (one self-contained offline page).")
    ] = Path("report.html"),
    out_dir: Annotated[Path, typer.Option("--dir", "-d", help="The build folder holding graph.ttl.")] = Path(
        "policykg-out"
    ),
    title: Annotated[str, typer.Option("--title", help="Page title.")] = "",
    open_: Annotated[bool, typer.Option("--open", help="Open the page in the default browser.")] = False,
) -> None:
    """Write a planner's report: unit workload, unit × industry matrix, system gaps, targets, documents.

    Every number links to the source clauses it counts; tables sort on a click; the page works offline.

    Example: [bold]policykg report --out report.html[/bold]
    """
    from policykg.graph.views import report as greport
    from policykg.graph.views import viz as gviz

    try:
        info = greport.render_report_from_build(out_dir, out, title=title)
    except PolicyKGError as err:
        _fail(err)
    typer.echo(
        f"wrote {info.path}: {info.units} units, {info.industries} industries, {info.documents} documents, "
        f"{info.clauses} source clauses, {info.bytes / 1024:.0f} KiB"
    )
    if open_ and not gviz.open_in_browser(info.path):
        typer.echo("Could not start a browser; open the file yourself.", err=True)


def _leave(code: object) -> NoReturn:
    """Exit with ``code``. With the embedded engine's JVM running, skip interpreter teardown: a JVM torn down
    under a finalising interpreter can crash (SIGSEGV) after the command has already done its work."""
    status = code if isinstance(code, int) else (0 if code is None else 1)
    if isinstance(code, str):
        typer.echo(code, err=True)
    jpype = sys.modules.get("jpype")
    if jpype is not None and jpype.isJVMStarted():
        sys.stdout.flush()
        sys.stderr.flush()
        os._exit(status)
    raise SystemExit(status)


def main() -> None:  # pragma: no cover - console entry point
    """Console entry point: a bug surfaces as one line naming the log file, never as a bare traceback."""
    from policykg.display import plain_help_if_asked

    plain_help_if_asked()
    try:
        app(prog_name="policykg")
    except SystemExit as done:
        _leave(done.code)
    except (KeyboardInterrupt, BrokenPipeError):
        raise SystemExit(130) from None
    # one raised outside a command's own handling: a compiled module older than its source stops an import (10)
    except PolicyKGError as err:
        _say(err)
        _leave(err.exit_code)
    except Exception as err:  # last resort: every expected failure is a PolicyKGError handled per command
        import logging
        import traceback

        from policykg.fsutil import atomic_write_text, private_dir

        log_path = private_dir() / "crash.log"  # never a fixed path in a shared temp folder
        atomic_write_text(log_path, traceback.format_exc())
        logging.getLogger("policykg").debug("internal error", exc_info=True)
        typer.echo(
            f"Internal error: {type(err).__name__}: {err} (details in {log_path}; please report it)", err=True
        )
        raise SystemExit(1) from None


if __name__ == "__main__":  # pragma: no cover
    main()
