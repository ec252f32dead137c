"""rdflib graph in the kgraph output contract → networkx ``MultiDiGraph`` of entities.

Nodes are entity IRIs (strings) with ``label``, ``type``, ``wikidata`` (QID or None),
``alt_labels`` and ``iri``. Every reified ``kg:Fact`` becomes one edge keyed by its fact
IRI, subject → object, carrying every property the fact has in RDF (nothing is dropped:
properties kgraph does not know yet are kept under their prefixed name), one entry per
report in ``sources`` (article, evidence, offsets, arguments), the earliest article's
identifier, title and date, and the relation's family.
"""
from __future__ import annotations

from typing import Any, Iterable, Optional

import networkx as nx
from rdflib import Graph, Literal, URIRef

from ..model import ENTITY_TYPES, MODALITIES
from ..namespaces import DCTERMS, KG, OWL, PROV, RDF, RDFS, SKOS, WD, XSD
from .families import family_of, local_name, relation_families

ENTITY_CLASSES = {KG[t]: t for t in ENTITY_TYPES}
DEFAULT_INCLUDE = frozenset({"asserted"})
# Properties of a fact node that are the edge itself rather than attributes of it.
_STRUCTURAL = {RDF.type, RDF.subject, RDF.object}
# Fact properties whose value is an entity: the edge gets the IRI and the entity's label.
_ENTITY_ARGS = {KG.destination: "destination", KG.origin: "origin", KG.location: "location",
                KG.speaker: "speaker"}
_NAMES = {KG.modality: "modality", KG.evidence: "evidence", KG.startOffset: "start",
          KG.endOffset: "end", KG.quantity: "quantity", KG.date: "date", KG.topic: "topic",
          KG.trigger: "trigger", KG.sourceCount: "source_count", KG.firstDate: "first_date",
          KG.lastDate: "last_date", PROV.wasDerivedFrom: "article", **_ENTITY_ARGS}
_DATE_TYPES = {XSD.date, XSD.dateTime, XSD.gYearMonth, XSD.gYear}


class _Cached:
    """Reads a graph one subject at a time: one store lookup per node, however many of its
    properties are asked for (per-property lookups made big graphs 5× slower)."""

    def __init__(self, g: Graph):
        self.g = g
        self.namespace_manager = g.namespace_manager
        self._po: dict[Any, list[tuple[Any, Any]]] = {}

    def predicate_objects(self, s: Any) -> list[tuple[Any, Any]]:
        po = self._po.get(s)
        if po is None:
            po = self._po[s] = list(self.g.predicate_objects(s))
        return po

    def objects(self, s: Any, p: Any) -> list[Any]:
        return [o for q, o in self.predicate_objects(s) if q == p]

    def value(self, s: Any, p: Any) -> Any:
        return next((o for q, o in self.predicate_objects(s) if q == p), None)


def _cached(g: "Graph | _Cached") -> _Cached:
    return g if isinstance(g, _Cached) else _Cached(g)


def _label(g: "Graph | _Cached", node: URIRef) -> str:
    labels = sorted(g.objects(node, RDFS.label),
                    key=lambda lit: (getattr(lit, "language", None) != "en", str(lit)))
    return str(labels[0]) if labels else local_name(node)


def _entity_type(g: "Graph | _Cached", node: URIRef) -> str:
    types = sorted(ENTITY_CLASSES[t] for t in g.objects(node, RDF.type) if t in ENTITY_CLASSES)
    return types[0] if types else "Entity"


def _wikidata(g: "Graph | _Cached", node: URIRef) -> Optional[str]:
    ids = sorted(str(o)[len(str(WD)):] for o in g.objects(node, OWL.sameAs) if str(o).startswith(str(WD)))
    return ids[0] if ids else None


def _value(obj: Any) -> Any:
    """A plain Python value: IRIs as strings, numbers as numbers, dates as ISO text."""
    if isinstance(obj, Literal):
        if obj.datatype in _DATE_TYPES or obj.datatype is None or obj.datatype == XSD.string:
            return str(obj)
        value = obj.toPython()
        return value if isinstance(value, (int, float, bool)) else str(obj)
    return str(obj)


def _prop_name(g: "Graph | _Cached", p: URIRef) -> str:
    if p in _NAMES:
        return _NAMES[p]
    if str(p).startswith(str(KG._NS)):
        return local_name(p)
    try:
        return g.namespace_manager.normalizeUri(p).strip("<>")
    except Exception:
        return str(p)


def add_entity_node(G: nx.MultiDiGraph, g: "Graph | _Cached", node: URIRef) -> str:
    """Add ``node`` (an entity IRI) with its attributes; return its networkx id."""
    key = str(node)
    g = _cached(g)
    if key not in G:
        G.add_node(key, iri=key, label=_label(g, node), type=_entity_type(g, node),
                   wikidata=_wikidata(g, node),
                   alt_labels=tuple(sorted({str(a) for a in g.objects(node, SKOS.altLabel)})))
    return key


def entity_iris(g: Graph) -> list[URIRef]:
    """Every entity of the graph (typed with one of the entity classes), sorted."""
    return sorted({s for cls in ENTITY_CLASSES for s in g.subjects(RDF.type, cls)
                   if isinstance(s, URIRef)})


def _relation_key(rel: str) -> str:
    rel = rel.strip()
    return local_name(rel) if ("#" in rel or "/" in rel) else rel.split(":")[-1]


def _node_props(g: "Graph | _Cached", node: URIRef, skip: set) -> dict[str, Any]:
    """Every property of ``node`` as ``{name: value}`` (a sorted tuple when repeated), entity
    arguments with their label beside them (``destination`` / ``destination_label``)."""
    multi: dict[str, list[Any]] = {}
    for p, o in g.predicate_objects(node):
        if p in skip:
            continue
        name = _prop_name(g, p)
        multi.setdefault(name, []).append(local_name(o) if p == KG.modality else _value(o))
        if p == KG.evidence and isinstance(o, Literal):
            multi.setdefault("evidence_lang", []).append(o.language)
        if p in _ENTITY_ARGS:
            multi.setdefault(f"{name}_label", []).append(_label(g, o))
    out: dict[str, Any] = {}
    for name, values in multi.items():
        values = sorted(set(values), key=str)
        out[name] = values[0] if len(values) == 1 else tuple(values)
    return out


def _article_info(g: "Graph | _Cached", art: URIRef, cache: dict[URIRef, dict[str, Any]]) -> dict[str, Any]:
    if art not in cache:
        date = g.value(art, DCTERMS.date)
        cache[art] = {"article": str(art), "article_id": _opt(g.value(art, DCTERMS.identifier)),
                      "article_title": _opt(g.value(art, DCTERMS.title)),
                      "article_date": str(date) if date is not None else None}
    return cache[art]


def source_order(src: dict[str, Any]) -> tuple:
    # the graph's own order of reports: dated first, by date, article, offset
    date = src.get("article_date")
    return (date is None, date or "", src.get("article_id") or "", src.get("start") or 0,
            src.get("source") or "")


def fact_attributes(g: "Graph | _Cached", fact: URIRef, families: Optional[dict[str, str]] = None,
                    articles: Optional[dict[URIRef, dict[str, Any]]] = None) -> dict[str, Any]:
    """All attributes of one reified fact as a flat dict (see the module docstring).

    A statement reported by several articles has one entry per report in ``sources``
    (article, evidence, offsets, arguments of that report, earliest first); ``article``,
    ``evidence`` and the arguments are the earliest report's, ``articles`` all of them."""
    g = _cached(g)
    families = relation_families(g.g) if families is None else families
    articles = {} if articles is None else articles
    pred = g.value(fact, RDF.predicate)
    core = str(pred).startswith(str(KG._NS))
    relation = local_name(pred)
    attrs: dict[str, Any] = {
        "fact": str(fact), "relation": relation, "relation_iri": str(pred), "core": core,
        "family": family_of(relation, core, families), "modality": None, "evidence": None,
        "evidence_lang": None, "date": None, "quantity": None, "destination": None,
        "origin": None, "location": None, "speaker": None, "article": None,
        "article_id": None, "article_title": None, "article_date": None, "articles": (),
        "sources": (), "source_count": None, "first_date": None, "last_date": None,
    }
    attrs.update(_node_props(g, fact, _STRUCTURAL | {RDF.predicate, PROV.wasDerivedFrom,
                                                     PROV.qualifiedDerivation}))
    arts = sorted({a for a in g.objects(fact, PROV.wasDerivedFrom) if isinstance(a, URIRef)})
    attrs["articles"] = tuple(str(a) for a in arts)
    sources = []
    for src in g.objects(fact, PROV.qualifiedDerivation):
        info = {"source": str(src)}
        art = g.value(src, PROV.entity)
        if isinstance(art, URIRef):
            info.update(_article_info(g, art, articles))
        info.update(_node_props(g, src, {RDF.type, PROV.entity}))
        sources.append(info)
    if not sources and arts:  # a graph without per-report nodes: the statement is the report
        for art in arts:
            info = dict(_article_info(g, art, articles))
            info.update({k: attrs.get(k) for k in ("evidence", "evidence_lang", "start", "end",
                                                   "quantity", "date", "destination",
                                                   "destination_label") if attrs.get(k) is not None})
            sources.append(info)
    sources.sort(key=source_order)
    attrs["sources"] = tuple(sources)
    if sources:
        attrs.update({k: sources[0].get(k) for k in ("article", "article_id", "article_title",
                                                     "article_date")})
    if attrs["source_count"] is None:
        attrs["source_count"] = len(arts)
    return attrs


def _opt(v: Any) -> Optional[str]:
    return None if v is None else str(v)


def to_networkx(g: Graph, include: Iterable[str] = DEFAULT_INCLUDE,
                relations: Optional[Iterable[str]] = None, isolates: bool = True,
                ) -> nx.MultiDiGraph:
    """Return the entity graph of ``g`` as a ``MultiDiGraph``.

    ``include``: modalities whose facts become edges (default: asserted only; a feared
    invasion is not an invasion). ``relations``: keep only these relations (local names
    such as ``phones``, or prefixed/full IRIs); None keeps all, open relations included.
    ``isolates``: also keep entities that no kept fact touches.
    """
    include = {m.strip() for m in include if m.strip()}
    unknown = include - set(MODALITIES)
    if unknown:
        raise ValueError(f"unknown modality {', '.join(sorted(unknown))}; "
                         f"choose from {', '.join(MODALITIES)}")
    wanted = None if relations is None else {_relation_key(r) for r in relations}
    families = relation_families(g)
    ix = _Cached(g)
    G = nx.MultiDiGraph()
    if isolates:
        for node in entity_iris(g):
            add_entity_node(G, ix, node)
    articles: dict[URIRef, dict[str, Any]] = {}
    for fact in sorted(set(g.subjects(RDF.type, KG.Fact))):
        s, p, o = ix.value(fact, RDF.subject), ix.value(fact, RDF.predicate), ix.value(fact, RDF.object)
        if s is None or p is None or o is None:
            continue
        mod = ix.value(fact, KG.modality)
        if mod is None or local_name(mod) not in include:
            continue
        if wanted is not None and local_name(p) not in wanted:
            continue
        u, v = add_entity_node(G, ix, s), add_entity_node(G, ix, o)
        G.add_edge(u, v, key=str(fact), **fact_attributes(ix, fact, families, articles))
    return G


def collapse(G: nx.MultiDiGraph, directed: bool = False) -> "nx.Graph | nx.DiGraph":
    """A simple graph with one edge per connected pair, ``weight`` = number of facts.
    Undirected by default: a call, a visit or an accusation connects both ends."""
    H: "nx.Graph | nx.DiGraph" = nx.DiGraph() if directed else nx.Graph()
    H.add_nodes_from(G.nodes(data=True))
    for u, v in G.edges():
        if u == v:
            continue
        if H.has_edge(u, v):
            H[u][v]["weight"] += 1
        else:
            H.add_edge(u, v, weight=1)
    return H


__all__ = ["ENTITY_CLASSES", "DEFAULT_INCLUDE", "to_networkx", "fact_attributes", "collapse",
           "source_order", "entity_iris", "add_entity_node"]
