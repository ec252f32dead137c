"""Communities of entities: Louvain modularity on the collapsed, undirected, weighted graph.

Deterministic: networkx's Louvain is seeded, and the result is sorted (largest community
first, then by the smallest member label).
"""
from __future__ import annotations

import networkx as nx

from .convert import collapse


def communities(G: nx.MultiDiGraph, seed: int = 0, resolution: float = 1.0,
                min_size: int = 1) -> list[list[str]]:
    """Return the communities as lists of node ids (members sorted by label), largest first;
    communities smaller than ``min_size`` are left out (isolated entities form their own)."""
    H = collapse(G)
    if H.number_of_nodes() == 0:
        return []
    parts = nx.community.louvain_communities(H, weight="weight", resolution=resolution, seed=seed)

    def label(n: str) -> tuple[str, str]:
        return (str(H.nodes[n].get("label", "")), n)

    out = [sorted(p, key=label) for p in parts if len(p) >= min_size]
    out.sort(key=lambda members: (-len(members), label(members[0])))
    return out


def membership(G: nx.MultiDiGraph, seed: int = 0, resolution: float = 1.0) -> dict[str, int]:
    """Return ``{node: community number}`` (numbers index :func:`communities`'s list)."""
    return {n: i for i, members in enumerate(communities(G, seed, resolution)) for n in members}


__all__ = ["communities", "membership"]
