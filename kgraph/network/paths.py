"""Shortest connection between two entities, hop by hop, with the fact behind each hop.

Entities are named by IRI, label or alternative label (case- and accent-insensitive).
Direction is ignored for finding the path (a call connects both callers); each hop says
which way its fact points.
"""
from __future__ import annotations

from dataclasses import dataclass
from typing import Any, Optional

import networkx as nx

from ..namespaces import SYMMETRIC
from ..resources import fold

MODALITY_ORDER = {"asserted": 0, "planned": 1, "hypothetical": 2, "negated": 3}


@dataclass(frozen=True)
class Hop:
    """One step of a connection: ``source`` to ``target`` through one fact."""

    source: str
    target: str
    source_label: str
    target_label: str
    relation: str
    modality: str
    forward: bool           # True: the fact reads source → relation → target
    evidence: Optional[str]
    article: Optional[str]
    article_id: Optional[str]
    date: Optional[str]
    fact: str
    facts: int              # how many facts connect the two (the best one is shown)

    def sentence(self) -> str:
        """The hop as a short statement, e.g. ``Joe Biden —phones→ Emmanuel Macron``
        (symmetric relations read in the path's direction, others in the fact's)."""
        if self.forward or self.relation in SYMMETRIC:
            a, b = self.source_label, self.target_label
        else:
            a, b = self.target_label, self.source_label
        return f"{a} —{self.relation}→ {b}"


def resolve(G: nx.MultiDiGraph, name: str) -> str:
    """Return the node named ``name``: its IRI, its label, an alternative label, or else
    words of one (``biden`` → Joe Biden), all case- and accent-insensitive. Raises
    ``KeyError`` when nothing matches and ``ValueError`` when several entities do."""
    if name in G:
        return name
    key = fold(name)
    words = set(key.split())

    def names(d: dict) -> list[str]:
        return [fold(str(d.get("label", "")))] + [fold(a) for a in d.get("alt_labels", ())]

    tiers = (lambda d: names(d)[0] == key,
             lambda d: key in names(d)[1:],
             lambda d: bool(words) and any(words <= set(n.split()) for n in names(d)))
    for match in tiers:
        hits = sorted(n for n, d in G.nodes(data=True) if match(d))
        if len(hits) == 1:
            return hits[0]
        if hits:
            labels = ", ".join(f"{G.nodes[n].get('label', n)} <{n}>" for n in hits)
            raise ValueError(f"{name!r} names several entities: {labels}")
    raise KeyError(f"no entity named {name!r}")


def _best(edges: list[tuple[bool, dict[str, Any]]]) -> tuple[bool, dict[str, Any]]:
    return min(edges, key=lambda fe: (MODALITY_ORDER.get(fe[1].get("modality"), 9),
                                      str(fe[1].get("date") or "9999"), fe[1].get("fact", "")))


def _hop(G: nx.MultiDiGraph, u: str, v: str) -> Hop:
    edges = [(True, d) for d in G.get_edge_data(u, v, default={}).values()]
    edges += [(False, d) for d in G.get_edge_data(v, u, default={}).values()]
    forward, d = _best(edges)
    return Hop(source=u, target=v, source_label=str(G.nodes[u].get("label", u)),
               target_label=str(G.nodes[v].get("label", v)), relation=str(d.get("relation")),
               modality=str(d.get("modality")), forward=forward, evidence=d.get("evidence"),
               article=d.get("article"), article_id=d.get("article_id"), date=d.get("date"),
               fact=str(d.get("fact")), facts=len(edges))


def shortest_connection(G: nx.MultiDiGraph, a: str, b: str) -> list[Hop]:
    """Return the hops of a shortest connection from ``a`` to ``b`` (names or IRIs),
    ignoring direction. Raises ``networkx.NetworkXNoPath`` when they are not connected."""
    u, v = resolve(G, a), resolve(G, b)
    nodes = nx.shortest_path(G.to_undirected(as_view=True), u, v)
    return [_hop(G, x, y) for x, y in zip(nodes, nodes[1:])]


__all__ = ["Hop", "resolve", "shortest_connection"]
