"""kgraph — knowledge graphs from news: who did what to whom, with modality and provenance."""
from __future__ import annotations

from typing import TYPE_CHECKING, Any

__version__ = "0.1.0"

if TYPE_CHECKING:
    from .query import KGraph


def load(source: Any) -> "KGraph":
    """Open a graph for SPARQL and analysis: a file (Turtle, TriG, N-Triples, JSON-LD …), an
    Oxigraph store folder, or an rdflib ``Graph``. See :func:`kgraph.query.load`."""
    from .query import load as _load  # lazy: importing kgraph stays cheap for the CLI
    return _load(source)


__all__ = ["load", "__version__"]
