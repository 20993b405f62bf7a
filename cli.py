"""The ``policykg`` command line: parses, calls the library, prints, maps errors to exit codes.

No logic lives here. Heavy libraries are imported inside the commands so ``policykg --help`` is instant.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path
from typing import Annotated, Any, NoReturn

import typer

from policykg.errors import PolicyKGError

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
    out: Annotated[Path, typer.Option("--out", "-o", help="Output folder for graph.ttl, graph.nt, report.json.")] = Path(
        "policykg-out"
    ),
    store: Annotated[bool, typer.Option("--store/--no-store", help="Also load the embedded store in OUT/store/.")] = True,
    force: Annotated[bool, typer.Option("--force", help="Ignore the incremental cache and re-extract every file.")] = False,
    base_iri: Annotated[
        str, typer.Option("--base-iri", envvar="POLICYKG_BASE_IRI", help="Base for instance IRIs.")
    ] = "https://w3id.org/policykg/id/",
    quiet: Annotated[bool, typer.Option("--quiet", "-q", help="No progress bar or table.")] = False,
    as_json: Annotated[bool, typer.Option("--json", help="Print the build report as JSON.")] = False,
) -> None:
    """Read policy documents and build the graph.

    Example: [bold]policykg build samples/ --out out/[/bold]
    """
    from policykg import pipeline

    try:
        info = pipeline.build(paths, out, load_store=store, force=force, base_iri=base_iri, progress=not (quiet or as_json))
    except PolicyKGError as err:
        _fail(err)
    if as_json:
        typer.echo(json.dumps(pipeline.report_dict(info), ensure_ascii=False, indent=2))
    elif not quiet:
        pipeline.print_summary(info, _console())
    if info.documents == 0:
        typer.echo("Error: no document could be built (see the skips above).", err=True)
        raise typer.Exit(code=3)


@app.command()
def validate(
    out: Annotated[Path, typer.Argument(help="A build folder (holding graph.ttl) or a Turtle file.")] = Path("policykg-out"),
    as_json: Annotated[bool, typer.Option("--json", help="Print the result as JSON.")] = False,
) -> None:
    """Check a built graph against the SHACL shapes and print a readable report.

    Example: [bold]policykg validate out/[/bold]
    """
    from policykg.graph import validate as v

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


# --------------------------------------------------------------------------- queries (issue 4)


# --------------------------------------------------------------------------- views (issue 5)


def main() -> None:  # pragma: no cover - console entry point
    app(prog_name="policykg")


if __name__ == "__main__":  # pragma: no cover
    sys.exit(main())
