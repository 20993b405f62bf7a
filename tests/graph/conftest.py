"""The test-only oracles (``oracle/``: the rdflib builder of the graph and its IRI minter, which the streaming
builder in ``policykg.graph.rdf.stream`` is checked against) are imported by name from the graph tests."""

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent / "oracle"))  # importlib mode: let tests import them
