"""Relation families (diplomacy, cooperation, conflict, standing): which kind of event a
relation is, for colouring and grouping edges.

The ontology's ``kg:family`` wins where it is stated (in the graph itself, or in the shipped
``kgraph/data/ontology.ttl``); otherwise the table ``kgraph/data/relation_families.tsv``.
"""
from __future__ import annotations

import re
from functools import lru_cache
from typing import Optional

from rdflib import Graph, Literal, URIRef

from ..namespaces import KG
from ..resources import DATA, read_table

FAMILIES = ("diplomacy", "cooperation", "conflict", "standing")
OPEN = "open"  # relations outside the core vocabulary


def local_name(iri: object) -> str:
    """The last segment of an IRI (after ``#`` or ``/``)."""
    return re.split(r"[#/]", str(iri))[-1]


def _family_value(value: object) -> str:
    return str(value) if isinstance(value, Literal) else local_name(value)


def _from_rdf(g: Graph) -> dict[str, str]:
    out: dict[str, str] = {}
    for rel, fam in sorted(g.subject_objects(KG.family)):
        if isinstance(rel, URIRef) and str(rel).startswith(str(KG._NS)):
            out[local_name(rel)] = _family_value(fam)
    return out


@lru_cache(maxsize=1)
def _shipped() -> tuple[tuple[str, str], ...]:
    table = {row["relation"]: row["family"] for row in read_table("relation_families.tsv")
             if row.get("relation") and row.get("family")}
    onto = DATA / "ontology.ttl"
    if onto.exists():
        try:
            table.update(_from_rdf(Graph().parse(onto, format="turtle")))
        except Exception:  # a broken ontology file must not break drawing; the table stands
            pass
    return tuple(sorted(table.items()))


def relation_families(g: Optional[Graph] = None) -> dict[str, str]:
    """Return ``{relation local name: family}``: shipped table, then the shipped ontology,
    then ``kg:family`` statements found in ``g``."""
    table = dict(_shipped())
    if g is not None:
        table.update(_from_rdf(g))
    return table


def family_of(relation: str, core: bool, table: dict[str, str]) -> str:
    """The family of one relation (``open`` for open relations and unknown terms)."""
    return table.get(relation, OPEN) if core else OPEN


__all__ = ["FAMILIES", "OPEN", "local_name", "relation_families", "family_of"]
