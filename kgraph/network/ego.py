"""The ego network of an entity: everything within a number of hops of it."""
from __future__ import annotations

import networkx as nx

from .paths import resolve


def ego(G: nx.MultiDiGraph, entity: str, radius: int = 1) -> nx.MultiDiGraph:
    """Return the subgraph (a copy) of the nodes within ``radius`` hops of ``entity`` (name or
    IRI), direction ignored, with every fact among them."""
    if radius < 0:
        raise ValueError("radius must be 0 or more")
    centre = resolve(G, entity)
    return nx.ego_graph(G, centre, radius=radius, undirected=True).copy()


__all__ = ["ego"]
