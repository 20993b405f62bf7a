"""Development tools: scoring extraction against the hand-annotated corpus (``tests/corpus/``)."""
