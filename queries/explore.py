"""``policykg explore``: an interactive session over one open store.

The store is opened once (the embedded engine's start-up is paid once, not per question); each line the planner
types is a short command mapped onto a named query, so everything the REPL shows is also reachable with
``policykg query``. No Cypher is built from what is typed: words become query parameters.
"""

from __future__ import annotations

import shlex
import unicodedata
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from typing import Any

from policykg.errors import PolicyKGError, UsageError
from policykg.graph.store import GraphStore


@dataclass(frozen=True)
class Command:
    name: str
    query: str | None  # the named query it runs (None: handled by the shell itself)
    arg: str | None  # the query parameter the rest of the line fills
    help: str
    example: str


COMMANDS: tuple[Command, ...] = (
    Command("units", "unit-workload", None, "units ranked by workload", "units"),
    Command(
        "unit", "unit-profile", "unit", "one unit's measures, targets, industries, partners", "unit 职建处"
    ),
    Command("industries", "industries", None, "every industry with its owners", "industries"),
    Command(
        "industry",
        "industry-owners",
        "industry",
        "who owns one industry (direct or via a system)",
        "industry 智能家電",
    ),
    Command("gaps", "system-coverage", "system", "members of a system nobody owns", "gaps 10+1"),
    Command("targets", "targets", "keyword", "targets whose indicator contains a word", "targets 高技能"),
    Command("deps", "dependencies", "node", "what a thing depends on and what depends on it", "deps 就业处"),
    Command("search", "search", "text", "measures whose text contains the words", "search 直播带岗"),
    Command("path", "path", None, "shortest connection between two names", "path 职建处 人工智能"),
    Command("q", None, None, "any named query: q NAME k=v ...", "q unit-industries industry=人工智能"),
    Command("list", None, None, "list the named queries", "list"),
    Command("evidence", None, None, "toggle source quotes on rows (on/off)", "evidence on"),
    Command("format", None, None, "output format: table, json, csv, markdown", "format markdown"),
    Command("help", None, None, "this list", "help"),
    Command("quit", None, None, "leave (also exit, Ctrl-D)", "quit"),
)
_BY_NAME = {c.name: c for c in COMMANDS}


@dataclass
class Session:
    store: GraphStore
    fmt: str = "table"
    evidence: bool = False
    first_error: PolicyKGError | None = None  # a script's first failed line sets the command's exit code


def display_width(text: str) -> int:
    """Terminal cells: a wide (CJK, full-width) character takes two."""
    return sum(2 if unicodedata.east_asian_width(c) in "WF" else 1 for c in text)


def pad(text: str, width: int) -> str:
    return text + " " * max(0, width - display_width(text))


def help_text() -> str:
    width = max(display_width(c.example) for c in COMMANDS)
    lines = ["Commands (names match in either script; a vague name lists candidates):"]
    lines += [f"  {pad(c.example, width)}  {c.help}" for c in COMMANDS]
    lines.append("Options inside a line: --all (every row or measure; every member for gaps), --evidence,")
    lines.append(
        "and the command's own as --NAME VALUE (units --limit 5, targets --year 2025, unit 劳动关系处 --region 山东省;"
    )
    lines.append("`list` shows every query's parameters).")
    return "\n".join(lines)


_SWITCHES = {"--all", "--evidence"}


def _flags(words: list[str]) -> tuple[list[str], set[str], dict[str, str]]:
    """Split the options from the other words, as on the command line: the switches ``--all`` and
    ``--evidence``, and ``--NAME VALUE`` (or ``--NAME=VALUE``) for a parameter of the command's query
    (``units --limit 5``, ``targets --year 2025``)."""
    rest: list[str] = []
    switches: set[str] = set()
    values: dict[str, str] = {}
    it = iter(words)
    for word in it:
        if not word.startswith("--"):
            rest.append(word)
            continue
        name, eq, value = word.partition("=")
        if name.lower() in _SWITCHES and not eq:
            switches.add(name.lower())
            continue
        if not eq:
            value = next(it, "")
            if not value or value.startswith("--"):
                raise UsageError(f"{name} needs a value, e.g. {name} 10; switches: --all, --evidence")
        values[name[2:]] = value
    return rest, switches, values


# Options of a command line that are not a parameter of its query: `unit NAME --region R` picks one of several
# units with the same name, as `policykg unit NAME --region R` does.
_COMMAND_OPTIONS = {"unit-profile": ("region",)}


def _set_options(query: str, params: dict[str, Any], values: dict[str, str]) -> None:
    """``--NAME VALUE`` options into the query's parameters; an unknown one says which options there are."""
    if not values:
        return
    if query == "unit-profile" and "region" in values and params.get("unit"):
        params["unit"] = f"{values.pop('region')}/{params['unit']}"
    known = _query_params(query)
    positional = set(params) - set(values)  # the name typed after the command is not an option
    for name, value in values.items():
        if name not in known:
            offered = [*(p for p in known if p not in positional), *_COMMAND_OPTIONS.get(query, ())]
            options = ", ".join(f"--{p}" for p in offered if p not in ("after", "gapsOnly", "all"))
            raise UsageError(
                f"unknown option --{name}; inside explore: --all, --evidence"
                + (f", and for this command {options}" if options else "")
            )
        params[name] = value


def plan(line: str, session: Session) -> tuple[str, str, dict[str, Any]] | tuple[str, str]:
    """Turn one typed line into ("run", query, params) or ("say", text) / ("quit", "").

    Pure: it never touches the store, so it is unit-tested on its own.
    """
    try:
        words = shlex.split(line)
    except ValueError as err:
        raise UsageError(f"cannot read that line: {err}") from err
    if not words:
        return ("say", "")
    head, rest = words[0].lower(), words[1:]
    rest, flags, values = _flags(rest)
    run = _plan_run(head, rest)
    if run is None:
        return _plan_shell(head, rest, session)
    _, query, params = run
    _set_options(query, params, values)
    if "--all" in flags:
        params["_all"] = True  # every row of a paged listing (taken off before the query runs)
        if query == "unit-profile":
            params["all"] = True
        if query == "system-coverage":
            params["gapsOnly"] = False
    if "--evidence" in flags:
        params["_evidence"] = True
    return ("run", query, params)


def _plan_shell(head: str, rest: list[str], session: Session) -> tuple[str, str]:
    """The session's own commands (help, list, evidence, format, quit)."""
    if head in {"quit", "exit"}:
        return ("quit", "")
    if head == "help" or head == "?":
        return ("say", help_text())
    if head == "list":
        return ("list", "")
    if head == "evidence":
        session.evidence = (rest[0].lower() in {"on", "yes", "1", "true"}) if rest else not session.evidence
        return ("say", f"evidence {'on' if session.evidence else 'off'}")
    if head == "format":
        if not rest or rest[0] not in {"table", "json", "csv", "markdown"}:
            raise UsageError("format takes one of: table, json, csv, markdown")
        session.fmt = rest[0]
        return ("say", f"format {session.fmt}")
    raise UsageError(f"unknown command {head!r}; type help")


def _plan_run(head: str, rest: list[str]) -> tuple[str, str, dict[str, Any]] | None:
    """A line that runs a query, or None when ``head`` is one of the session's own commands."""
    from policykg.queries import library

    if head in {"quit", "exit", "help", "?", "list", "evidence", "format"}:
        return None
    if head == "q":
        if not rest:
            raise UsageError("q needs a query name; try `list`")
        return ("run", rest[0], dict(library.parse_assignments(rest[1:])))
    if head == "path":
        if len(rest) != 2:
            raise UsageError("path takes two names, e.g. path 职建处 人工智能")
        names = _query_params("path")
        return ("run", "path", dict(zip(names[:2], rest, strict=True)))
    command = _BY_NAME.get(head)
    if command is None or command.query is None:
        raise UsageError(f"unknown command {head!r}; type help")
    if command.arg is None:
        return ("run", command.query, {})
    if not rest:
        if _required(command.query, command.arg):
            raise UsageError(f"{head} needs a name, e.g. {command.example}")
        return ("run", command.query, {})  # `targets` alone: every target, as on the command line
    params: dict[str, Any] = {command.arg: " ".join(rest)}
    if command.query == "system-coverage":
        params["gapsOnly"] = True
    return ("run", command.query, params)


def _required(query: str, param: str) -> bool:
    from policykg.queries import library

    return any(p.name == param and p.required for p in library.get_query(query).params)


def _query_params(name: str) -> list[str]:
    from policykg.queries import library

    return [p.name for p in library.get_query(name).params]


def repl(
    session: Session,
    *,
    read: Callable[[str], str],
    show: Callable[[Any, str], None],
    say: Callable[[str], None],
) -> int:
    """Read-eval-print until quit/EOF; returns the number of questions answered."""
    from policykg.queries import library

    say("policykg explore — type help for commands, quit to leave.")
    answered = 0
    while True:
        try:
            line = read("policykg> ")
        except EOFError:
            say("")
            return answered
        try:
            action = plan(line, session)
            if action[0] == "quit":
                return answered
            if action[0] == "say":
                if action[1]:
                    say(action[1])
                continue
            if action[0] == "list":
                show(library.list_queries(), session.fmt)
                continue
            _, name, params = action  # type: ignore[misc]
            all_rows = bool(params.pop("_all", False))
            evidence = bool(params.pop("_evidence", False)) or session.evidence
            result = library.run_named(session.store, name, params, evidence=evidence, all_rows=all_rows)
            show(result, session.fmt)
            from policykg.queries.format import more_note

            note = more_note(result, options=True)  # --after/--limit work inside explore too
            if note:
                say(note)
            answered += 1
        except PolicyKGError as err:
            # one bad question must not end the session: say what was wrong and read the next line
            say(f"Error: {err}")
            session.first_error = session.first_error or err


def run_script(
    session: Session, lines: Iterable[str], show: Callable[[Any, str], None], say: Callable[[str], None]
) -> int:
    """Run lines non-interactively (``policykg explore --script FILE`` or piped input)."""
    it = iter(lines)

    def read(_prompt: str) -> str:
        try:
            return next(it).rstrip("\n")
        except StopIteration:
            raise EOFError from None

    return repl(session, read=read, show=show, say=say)


# --------------------------------------------------------------------------- the keyboard

_NAMES = (
    "MATCH (n:Unit) RETURN n.prefLabel AS name",
    "MATCH (n:Industry) RETURN n.prefLabel AS name",
    "MATCH (n:IndustrySystem) RETURN n.code AS name",
)


def known_names(store: GraphStore) -> list[str]:
    """Unit and industry names and system codes, for completing what is typed after a command."""
    from policykg.queries import library

    names: set[str] = set()
    for text in _NAMES:
        try:
            names.update(str(r["name"]) for r in library.run_cypher(store, text).rows if r.get("name"))
        except PolicyKGError:  # completion is a convenience: a store that cannot answer just offers none
            continue
    return sorted(names)


def completions(line: str, text: str, names: Callable[[], list[str]]) -> list[str]:
    """What may follow: a command at the start of the line, else a name or an option."""
    if not line[: len(line) - len(text)].strip():
        return [c.name + " " for c in COMMANDS if c.name.startswith(text)]
    if text.startswith("-"):
        return [o for o in ("--all", "--evidence") if o.startswith(text)]
    return [n for n in names() if n.startswith(text)]


def line_reader(names: Callable[[], list[str]], history: Any = None) -> Callable[[str], str]:
    """``input`` with line editing, a history kept across sessions (``history``: a file) and Tab completion of
    commands and names, through the standard library's readline where the platform has it."""
    try:
        import readline
    except ImportError:  # Windows without pyreadline: plain input still works
        return input
    cache: list[list[str]] = []

    def cached() -> list[str]:
        if not cache:
            cache.append(names())
        return cache[0]

    def complete(text: str, state: int) -> str | None:
        options = completions(readline.get_line_buffer(), text, cached)
        return options[state] if state < len(options) else None

    readline.set_completer(complete)
    readline.set_completer_delims(" \t")
    readline.parse_and_bind("tab: complete")
    if history is None:
        return input
    try:
        readline.read_history_file(str(history))
    except OSError:
        pass

    def read(prompt: str) -> str:
        line = input(prompt)
        # each line is saved at once: the CLI may leave by os._exit (the store's JVM), skipping atexit
        try:
            history.parent.mkdir(parents=True, exist_ok=True)
            history.touch(exist_ok=True)
            readline.append_history_file(1, str(history))
        except OSError:
            pass
        return line

    return read
