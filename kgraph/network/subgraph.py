"""Subgraphs by fact attribute: relation type, modality, date range. Each function returns a
new ``MultiDiGraph`` with the matching facts and the entities they touch (``isolates=True``
keeps every entity)."""
from __future__ import annotations

import calendar
import re
from typing import Any, Callable, Iterable, Optional

import networkx as nx

from .families import local_name


def by_edges(G: nx.MultiDiGraph, keep: Callable[[dict[str, Any]], bool],
             isolates: bool = False) -> nx.MultiDiGraph:
    """Return the facts for which ``keep(attributes)`` is true, with their entities."""
    H = nx.MultiDiGraph()
    if isolates:
        H.add_nodes_from(G.nodes(data=True))
    for u, v, k, d in G.edges(keys=True, data=True):
        if keep(d):
            for n in (u, v):
                if n not in H:
                    H.add_node(n, **G.nodes[n])
            H.add_edge(u, v, key=k, **d)
    return H


def by_relation(G: nx.MultiDiGraph, relations: Iterable[str], isolates: bool = False,
                ) -> nx.MultiDiGraph:
    """Return the facts whose relation (local name, e.g. ``phones``, or IRI) or family
    (``diplomacy``, ``conflict`` …) is in ``relations``."""
    wanted = {local_name(r).split(":")[-1] for r in relations}
    return by_edges(G, lambda d: d.get("relation") in wanted or d.get("family") in wanted, isolates)


def by_modality(G: nx.MultiDiGraph, modalities: Iterable[str], isolates: bool = False,
                ) -> nx.MultiDiGraph:
    """Return the facts whose modality is in ``modalities``."""
    wanted = set(modalities)
    return by_edges(G, lambda d: d.get("modality") in wanted, isolates)


def date_bounds(value: str) -> tuple[str, str]:
    """The first and last day (ISO) a date, month (YYYY-MM) or year (YYYY) covers."""
    m = re.match(r"^(\d{4})(?:-(\d{2}))?(?:-(\d{2}))?", value.strip())
    if not m:
        raise ValueError(f"not a date: {value!r} (use YYYY-MM-DD, YYYY-MM or YYYY)")
    y, mo, d = m.group(1), m.group(2), m.group(3)
    if d:
        return f"{y}-{mo}-{d}", f"{y}-{mo}-{d}"
    if mo:
        last = calendar.monthrange(int(y), int(mo))[1]
        return f"{y}-{mo}-01", f"{y}-{mo}-{last:02d}"
    return f"{y}-01-01", f"{y}-12-31"


def fact_span(d: dict[str, Any]) -> Optional[tuple[str, str]]:
    """When a fact happened as far as the graph says, as (first day, last day): its own
    ``date``; else the dates of the articles reporting it (``first_date`` … ``last_date``,
    or ``article_date``); None when nothing is dated."""
    if d.get("date"):
        return date_bounds(str(d["date"]))
    first = d.get("first_date") or d.get("article_date")
    last = d.get("last_date") or first
    if not first:
        return None
    return date_bounds(str(first))[0], date_bounds(str(last))[1]


def by_date(G: nx.MultiDiGraph, start: Optional[str] = None, end: Optional[str] = None,
            isolates: bool = False) -> nx.MultiDiGraph:
    """Return the facts whose time (see :func:`fact_span`) overlaps ``start``…``end``
    (inclusive; either may be None; a month or year covers all its days). Facts without any
    date are left out when a bound is given."""
    lo = date_bounds(start)[0] if start else None
    hi = date_bounds(end)[1] if end else None

    def keep(d: dict[str, Any]) -> bool:
        if lo is None and hi is None:
            return True
        span = fact_span(d)
        if span is None:
            return False
        return (lo is None or span[1] >= lo) and (hi is None or span[0] <= hi)

    return by_edges(G, keep, isolates)


__all__ = ["by_edges", "by_relation", "by_modality", "by_date", "date_bounds", "fact_span"]
