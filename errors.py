"""One root exception with a subclass per stage.

Every message names the file, query or server concerned and what to do about it; the CLI maps
each class to an exit code (see README, "Exit codes").
"""

from __future__ import annotations


class PolicyKGError(Exception):
    """Root of every error policykg raises on purpose."""

    exit_code = 1


class LoadError(PolicyKGError):
    """A document could not be read or decoded (empty, binary, undecodable, too large, ...)."""

    exit_code = 3

    def __init__(self, path: str, problem: str) -> None:
        self.path = path
        self.problem = problem
        super().__init__(f"{path}: {problem}")


class ExtractError(PolicyKGError):
    """Extraction failed on a decoded document."""

    exit_code = 4


class GraphBuildError(PolicyKGError):
    """The RDF graph could not be built or written."""

    exit_code = 5


class ValidationError(PolicyKGError):
    """A built graph does not conform to the SHACL shapes (or they could not be run)."""

    exit_code = 6


class StoreError(PolicyKGError):
    """The embedded store or a Neo4j server failed (unreachable, bad credentials, write error)."""

    exit_code = 7


class QueryError(PolicyKGError):
    """A query name, parameter or Cypher text is wrong, or the query failed."""

    exit_code = 8


class RenderError(PolicyKGError):
    """An output (table, export, HTML view) could not be produced."""

    exit_code = 9


class StaleCompiledError(PolicyKGError, ImportError):
    """A compiled extraction module (`make compiled`) is older than its source: it would run the old rules, so
    the import stops. Also an ``ImportError``, since it stops one."""

    exit_code = 10


class UsageError(PolicyKGError):
    """The command line asks for something that cannot be done (missing folder, ambiguous name)."""

    exit_code = 2
