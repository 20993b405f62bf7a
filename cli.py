"""The ``policykg`` command line: parses, calls the library, prints, maps errors to exit codes.

No logic lives here. Heavy libraries are imported inside the commands so ``policykg --help`` is instant.
"""

from __future__ import annotations

import json
import os
import sys
from pathlib import Path
from typing import Annotated, Any, NoReturn

import typer

from policykg.errors import PolicyKGError, UsageError

app = typer.Typer(
    name="policykg",
    help="Turn Chinese policy documents (实施方案, 若干措施, 意见, 通知) into a knowledge graph planners can query.",
    no_args_is_help=True,
    add_completion=False,
    rich_markup_mode="rich",
    pretty_exceptions_enable=False,
)


def _fail(err: PolicyKGError) -> NoReturn:
    typer.echo(f"Error: {err}", err=True)
    raise typer.Exit(code=err.exit_code)


def _console() -> Any:
    from rich.console import Console

    return Console()


# --------------------------------------------------------------------------- build & validate (issue 2)


@app.command()
def build(
    paths: Annotated[list[Path], typer.Argument(help="Files or folders (read recursively).")],
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
    ] = "https://w3id.org/policykg/id/",
    max_size: Annotated[
        float, typer.Option("--max-size", min=0.001, help="Skip input files larger than this many MB.")
    ] = 20.0,
    jobs: Annotated[
        int | None,
        typer.Option("--jobs", "-j", min=1, help="Extraction processes (default: one per CPU core)."),
    ] = None,
    quiet: Annotated[bool, typer.Option("--quiet", "-q", help="No progress bar or table.")] = False,
    as_json: Annotated[bool, typer.Option("--json", help="Print the build report as JSON.")] = False,
) -> None:
    """Read policy documents and build the graph.

    Example: [bold]policykg build samples/ --out out/[/bold]
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
        )
    except PolicyKGError as err:
        _fail(err)
    if as_json:
        typer.echo(json.dumps(pipeline.report_dict(info), ensure_ascii=False, indent=2))
    elif not quiet:
        display.print_summary(info, _console())
    if info.documents == 0:
        typer.echo("Error: no document could be built (see the skips above).", err=True)
        raise typer.Exit(code=3)


@app.command()
def validate(
    out: Annotated[Path, typer.Argument(help="A build folder (holding graph.ttl) or a Turtle file.")] = Path(
        "policykg-out"
    ),
    as_json: Annotated[bool, typer.Option("--json", help="Print the result as JSON.")] = False,
) -> None:
    """Check a built graph against the SHACL shapes and print a readable report.

    Example: [bold]policykg validate out/[/bold]
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


# --------------------------------------------------------------------------- stores (issue 3)

_NeoUri = Annotated[
    str, typer.Option("--uri", envvar="NEO4J_URI", help="Neo4j Bolt URI, e.g. bolt://localhost:7687.")
]
_NeoUser = Annotated[str, typer.Option("--user", envvar="NEO4J_USERNAME", help="Neo4j user.")]
_NeoPassword = Annotated[
    str,
    typer.Option(
        "--password", envvar="NEO4J_PASSWORD", show_default=False, help="Neo4j password (never printed)."
    ),
]
_NeoDatabase = Annotated[str, typer.Option("--database", envvar="NEO4J_DATABASE", help="Neo4j database.")]


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
def push(
    directory: Annotated[Path, typer.Argument(help="A build folder holding graph.ttl.")] = Path(
        "policykg-out"
    ),
    uri: _NeoUri = "bolt://localhost:7687",
    user: _NeoUser = "neo4j",
    password: _NeoPassword = "",
    database: _NeoDatabase = "neo4j",
    batch_size: Annotated[
        int, typer.Option("--batch-size", min=1, help="Rows per UNWIND transaction.")
    ] = 2000,
    wipe: Annotated[
        bool, typer.Option("--wipe", help="First delete every node policykg wrote (only those).")
    ] = False,
    quiet: Annotated[bool, typer.Option("--quiet", "-q", help="No progress bar or counts.")] = False,
) -> None:
    """Push a built graph into Neo4j: only the changes since the last push; other data is never touched.

    Example: [bold]NEO4J_PASSWORD=... policykg push out/ --uri bolt://localhost:7687[/bold]
    """
    from policykg.graph.store.neo4j_store import Neo4jStore, read_build

    try:
        pg = read_build(directory)
        with Neo4jStore(uri, user, password, database) as store:
            if quiet:
                info = store.push(pg, batch_size=batch_size, wipe=wipe)
            else:
                from rich.progress import Progress

                with Progress(console=_console(), transient=True) as bar:
                    task = bar.add_task("pushing", total=None)
                    info = store.push(
                        pg,
                        batch_size=batch_size,
                        wipe=wipe,
                        progress=lambda d, t: bar.update(task, completed=d, total=t),
                    )
    except PolicyKGError as err:
        _fail(err)
    if not quiet:
        _print_store_info(info)


@app.command()
def pull(
    out: Annotated[Path, typer.Option("--out", "-o", help="The Turtle file to write (replaced atomically).")],
    uri: _NeoUri = "bolt://localhost:7687",
    user: _NeoUser = "neo4j",
    password: _NeoPassword = "",
    database: _NeoDatabase = "neo4j",
    quiet: Annotated[bool, typer.Option("--quiet", "-q", help="Print nothing on success.")] = False,
) -> None:
    """Read policykg's graph back from Neo4j into RDF (Turtle).

    Example: [bold]policykg pull --uri bolt://localhost:7687 --out pulled.ttl[/bold]
    """
    from policykg.graph.store.neo4j_store import Neo4jStore, write_turtle

    try:
        with Neo4jStore(uri, user, password, database) as store:
            pg = store.pull()
        triples = write_turtle(pg, out)
    except PolicyKGError as err:
        _fail(err)
    if not quiet:
        typer.echo(
            f"{out}: {triples} triples ({pg.number_of_nodes()} nodes, {pg.number_of_edges()} relationships)"
        )


# --------------------------------------------------------------------------- queries (issue 4)

_StoreOpt = Annotated[
    str, typer.Option("--store", help="Where the graph is: embedded (DIR/store/) or neo4j.")
]
_DirOpt = Annotated[Path, typer.Option("--dir", "-d", help="The build folder holding store/.")]
_UriOpt = Annotated[
    str | None, typer.Option("--uri", envvar="NEO4J_URI", help="Neo4j Bolt URI (--store neo4j).")
]
_UserOpt = Annotated[str, typer.Option("--user", envvar="NEO4J_USERNAME", help="Neo4j user.")]
_PasswordOpt = Annotated[
    str | None,
    typer.Option(
        "--password", envvar="NEO4J_PASSWORD", show_default=False, help="Neo4j password (never printed)."
    ),
]
_DatabaseOpt = Annotated[str, typer.Option("--database", envvar="NEO4J_DATABASE", help="Neo4j database.")]
_FormatOpt = Annotated[str, typer.Option("--format", "-f", help="table, json, csv or markdown.")]
_EvidenceOpt = Annotated[
    bool, typer.Option("--evidence", help="Add document, clause and quoted text to each row.")
]
_ParamOpt = Annotated[
    list[str] | None, typer.Option("--param", "-p", help="A query parameter as name=value (repeatable).")
]


_AllOpt = Annotated[bool, typer.Option("--all", help="Every row, not one page (a paged listing).")]


def _query_run(
    name: str | None,
    params: dict[str, Any],
    store: str,
    out_dir: Path,
    uri: str | None,
    user: str,
    password: str | None,
    database: str,
    fmt: str,
    evidence: bool = False,
    cypher: str | None = None,
    write: bool = False,
    all_rows: bool = False,
    page_options: bool = False,
) -> None:
    from policykg.queries import format as qformat
    from policykg.queries import library

    try:
        st = library.open_store(store, out_dir, uri=uri, user=user, password=password, database=database)
        try:
            if cypher is not None:
                result = library.run_cypher(st, cypher, params, write=write)
            else:
                result = library.run_named(st, name or "", params, evidence=evidence, all_rows=all_rows)
        finally:
            st.close()
        qformat.print_result(result, fmt, _console())
        note = qformat.more_note(result, options=page_options)
        if note:
            typer.echo(note, err=True)  # stderr: json/csv on stdout stay machine-readable
    except PolicyKGError as err:
        _fail(err)


@app.command()
def query(
    name: Annotated[str | None, typer.Argument(help="A named query (see --list).")] = None,
    param: _ParamOpt = None,
    list_: Annotated[
        bool, typer.Option("--list", help="List the named queries and their parameters.")
    ] = False,
    store: _StoreOpt = "embedded",
    out_dir: _DirOpt = Path("policykg-out"),
    uri: _UriOpt = None,
    user: _UserOpt = "neo4j",
    password: _PasswordOpt = None,
    database: _DatabaseOpt = "neo4j",
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
    _query_run(name, params, store, out_dir, uri, user, password, database, fmt, evidence, all_rows=all_rows)


@app.command()
def cypher(
    text: Annotated[str, typer.Argument(help="The Cypher statement; values go in --param, not in the text.")],
    param: _ParamOpt = None,
    write: Annotated[bool, typer.Option("--write", help="Allow a statement that changes the graph.")] = False,
    store: _StoreOpt = "embedded",
    out_dir: _DirOpt = Path("policykg-out"),
    uri: _UriOpt = None,
    user: _UserOpt = "neo4j",
    password: _PasswordOpt = None,
    database: _DatabaseOpt = "neo4j",
    fmt: _FormatOpt = "table",
) -> None:
    """Run one ad-hoc Cypher statement, read-only unless --write.

    Example: [bold]policykg cypher "MATCH (u:Unit) WHERE u.matchKey CONTAINS $q RETURN u.prefLabel" --param q=就业[/bold]
    """
    from policykg.queries import library

    try:
        params = library.parse_cypher_params(param or [])
    except PolicyKGError as err:
        _fail(err)
    _query_run(None, params, store, out_dir, uri, user, password, database, fmt, cypher=text, write=write)


@app.command()
def units(
    name: Annotated[str | None, typer.Option("--name", help="Only units whose name contains this.")] = None,
    limit: Annotated[int, typer.Option("--limit", help="At most this many units.")] = 1000,
    store: _StoreOpt = "embedded",
    out_dir: _DirOpt = Path("policykg-out"),
    uri: _UriOpt = None,
    user: _UserOpt = "neo4j",
    password: _PasswordOpt = None,
    database: _DatabaseOpt = "neo4j",
    fmt: _FormatOpt = "table",
) -> None:
    """Units ranked by workload: measures, lead measures, targets, documents.

    Example: [bold]policykg units --limit 20[/bold]
    """
    params: dict[str, Any] = {"unit": name, "limit": limit}
    _query_run("unit-workload", params, store, out_dir, uri, user, password, database, fmt)


@app.command()
def unit(
    name: Annotated[str, typer.Argument(help="A unit name, any script or alias (就业处, 市人社局).")],
    store: _StoreOpt = "embedded",
    out_dir: _DirOpt = Path("policykg-out"),
    uri: _UriOpt = None,
    user: _UserOpt = "neo4j",
    password: _PasswordOpt = None,
    database: _DatabaseOpt = "neo4j",
    fmt: _FormatOpt = "table",
    evidence: _EvidenceOpt = False,
    all_measures: Annotated[
        bool, typer.Option("--all", help="Every measure, not only the first ten.")
    ] = False,
) -> None:
    """One unit's profile: its measures (lead or not), targets, industries, partners, parent and child units.

    Example: [bold]policykg unit 就业处 --evidence[/bold]
    """
    params: dict[str, Any] = {"unit": name, "all": all_measures}
    _query_run("unit-profile", params, store, out_dir, uri, user, password, database, fmt, evidence)


@app.command()
def industries(
    store: _StoreOpt = "embedded",
    out_dir: _DirOpt = Path("policykg-out"),
    uri: _UriOpt = None,
    user: _UserOpt = "neo4j",
    password: _PasswordOpt = None,
    database: _DatabaseOpt = "neo4j",
    fmt: _FormatOpt = "table",
) -> None:
    """All industries with their systems, the measures naming them and their owners.

    Example: [bold]policykg industries --format markdown[/bold]
    """
    _query_run("industries", {}, store, out_dir, uri, user, password, database, fmt)


@app.command()
def industry(
    name: Annotated[str, typer.Argument(help="An industry name, either script (人工智能, 智能家電).")],
    store: _StoreOpt = "embedded",
    out_dir: _DirOpt = Path("policykg-out"),
    uri: _UriOpt = None,
    user: _UserOpt = "neo4j",
    password: _PasswordOpt = None,
    database: _DatabaseOpt = "neo4j",
    fmt: _FormatOpt = "table",
    evidence: _EvidenceOpt = False,
) -> None:
    """Who owns one industry, directly or through an industry system.

    Example: [bold]policykg industry 智能家電 --evidence[/bold]
    """
    _query_run(
        "industry-owners", {"industry": name}, store, out_dir, uri, user, password, database, fmt, evidence
    )


@app.command()
def gaps(
    system: Annotated[str, typer.Argument(help='An industry system: its code ("10+1") or name.')],
    all_members: Annotated[bool, typer.Option("--all", help="Show every member, not only the gaps.")] = False,
    store: _StoreOpt = "embedded",
    out_dir: _DirOpt = Path("policykg-out"),
    uri: _UriOpt = None,
    user: _UserOpt = "neo4j",
    password: _PasswordOpt = None,
    database: _DatabaseOpt = "neo4j",
    fmt: _FormatOpt = "table",
    evidence: _EvidenceOpt = False,
) -> None:
    """Members of an industry system that no measure names (the gaps), with who covers them only via the system.

    Example: [bold]policykg gaps 10+1 --all[/bold]
    """
    params = {"system": system, "gapsOnly": not all_members}
    _query_run("system-coverage", params, store, out_dir, uri, user, password, database, fmt, evidence)


@app.command()
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
    store: _StoreOpt = "embedded",
    out_dir: _DirOpt = Path("policykg-out"),
    uri: _UriOpt = None,
    user: _UserOpt = "neo4j",
    password: _PasswordOpt = None,
    database: _DatabaseOpt = "neo4j",
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
    _query_run(
        "targets",
        params,
        store,
        out_dir,
        uri,
        user,
        password,
        database,
        fmt,
        evidence,
        all_rows=all_rows,
        page_options=True,
    )


@app.command()
def deps(
    name: Annotated[str, typer.Argument(help="A unit, industry, system, document or measure IRI.")],
    depth: Annotated[int, typer.Option("--depth", help="Relationships to follow (1-4).")] = 2,
    store: _StoreOpt = "embedded",
    out_dir: _DirOpt = Path("policykg-out"),
    uri: _UriOpt = None,
    user: _UserOpt = "neo4j",
    password: _PasswordOpt = None,
    database: _DatabaseOpt = "neo4j",
    fmt: _FormatOpt = "table",
) -> None:
    """What a thing depends on and what depends on it, to a depth.

    Example: [bold]policykg deps 就业处 --depth 2[/bold]
    """
    _query_run(
        "dependencies", {"node": name, "depth": depth}, store, out_dir, uri, user, password, database, fmt
    )


export_app = typer.Typer(
    help="Export planner tables. Example: [bold]policykg export tasks out/ --format xlsx[/bold]",
    no_args_is_help=True,
)
app.add_typer(export_app, name="export")


@export_app.command("tasks")
def export_tasks(
    dest: Annotated[Path, typer.Argument(help="Folder to write tasks.xlsx or tasks.csv into.")],
    fmt: Annotated[str, typer.Option("--format", "-f", help="xlsx or csv.")] = "xlsx",
    document: Annotated[
        str | None, typer.Option("--document", help="Only documents whose title contains this.")
    ] = None,
    unit: Annotated[
        str | None, typer.Option("--unit", help="Only measures of units whose name contains this.")
    ] = None,
    store: _StoreOpt = "embedded",
    out_dir: _DirOpt = Path("policykg-out"),
    uri: _UriOpt = None,
    user: _UserOpt = "neo4j",
    password: _PasswordOpt = None,
    database: _DatabaseOpt = "neo4j",
) -> None:
    """Write the 任务分工表: one row per measure (number, task, lead unit, co-responsible units, targets, deadline).

    Example: [bold]policykg export tasks out/ --format xlsx[/bold]
    """
    from policykg.queries import export, library

    try:
        st = library.open_store(store, out_dir, uri=uri, user=user, password=password, database=database)
        try:
            path, n = export.export_tasks(st, dest, fmt, document=document, unit=unit)
        finally:
            st.close()
    except PolicyKGError as err:
        _fail(err)
    typer.echo(f"{n} measures -> {path}")


@app.command()
def analyze(
    top: Annotated[int | None, typer.Option("--top", help="Show only the N most central units.")] = None,
    store: _StoreOpt = "embedded",
    out_dir: _DirOpt = Path("policykg-out"),
    uri: _UriOpt = None,
    user: _UserOpt = "neo4j",
    password: _PasswordOpt = None,
    database: _DatabaseOpt = "neo4j",
    fmt: _FormatOpt = "table",
) -> None:
    """Graph analytics: unit centrality, communities, bridging units, industries each document reaches.

    Example: [bold]policykg analyze --top 10[/bold]
    """
    from policykg.queries import analyze as qanalyze
    from policykg.queries import format as qformat
    from policykg.queries import library

    try:
        st = library.open_store(store, out_dir, uri=uri, user=user, password=password, database=database)
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
def explore(
    script: Annotated[
        Path | None,
        typer.Option("--script", help="Read the commands from this file instead of the keyboard."),
    ] = None,
    store: _StoreOpt = "embedded",
    out_dir: _DirOpt = Path("policykg-out"),
    uri: _UriOpt = None,
    user: _UserOpt = "neo4j",
    password: _PasswordOpt = None,
    database: _DatabaseOpt = "neo4j",
    fmt: _FormatOpt = "table",
) -> None:
    """Explore the graph interactively: type `unit 职建处`, `industry 智能家电`, `gaps 10+1`, `help`, `quit`.

    The store is opened once, so every answer after the first is quick. Piped input works too.

    Example: [bold]policykg explore[/bold]   or   [bold]echo "gaps 10+1" | policykg explore[/bold]
    """
    from policykg.queries import explore as qexplore
    from policykg.queries import format as qformat
    from policykg.queries import library

    console = _console()
    try:
        st = library.open_store(store, out_dir, uri=uri, user=user, password=password, database=database)
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
        else:
            qexplore.repl(session, read=console.input, show=show, say=say)
    finally:
        st.close()


# --------------------------------------------------------------------------- views (issue 5)


@app.command()
def viz(
    focus: Annotated[
        str | None,
        typer.Argument(
            help="A unit, industry, system, document or measure to centre on (or the system/document of --view)."
        ),
    ] = None,
    out: Annotated[
        Path, typer.Option("--out", "-o", help="The HTML file to write (one self-contained page).")
    ] = Path("graph.html"),
    out_dir: Annotated[Path, typer.Option("--dir", "-d", help="The build folder holding graph.ttl.")] = Path(
        "policykg-out"
    ),
    depth: Annotated[int, typer.Option("--depth", help="How many hops around FOCUS to show.")] = 1,
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
    try:
        app(prog_name="policykg")
    except SystemExit as done:
        _leave(done.code)
    except (KeyboardInterrupt, BrokenPipeError):
        raise SystemExit(130) from None
    except Exception as err:  # last resort: every expected failure is a PolicyKGError handled per command
        import logging
        import tempfile
        import traceback

        log_path = Path(tempfile.gettempdir()) / "policykg-crash.log"
        log_path.write_text(traceback.format_exc(), encoding="utf-8")
        logging.getLogger("policykg").debug("internal error", exc_info=True)
        typer.echo(
            f"Internal error: {type(err).__name__}: {err} (details in {log_path}; please report it)", err=True
        )
        raise SystemExit(1) from None


if __name__ == "__main__":  # pragma: no cover
    main()
