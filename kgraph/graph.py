"""Stage 4 — graph: extracted facts become an rdflib graph in the output contract.

Every fact is a reified ``rdf:Statement`` (subject, predicate, object, ``kg:modality``,
``prov:wasDerivedFrom`` the article, evidence sentence, offsets, n-ary arguments).
Asserted core facts are also stated directly (``subject predicate object``).
IRIs are minted from stable keys only, so the same input gives the same IRIs.
"""
from __future__ import annotations

import hashlib
import re
from typing import Iterable, Optional
from urllib.parse import quote

from rdflib import BNode, Graph, Literal, URIRef
from rdflib.store import Store

from .model import ArticleFacts, Entity, Fact
from .namespaces import (DCTERMS, DEFAULT_BASE, KG, KGO, OWL, PROV, RDF, RDFS, SCHEMA, SKOS,
                         WD, XSD)

PREFIXES = {"kg": KG._NS, "kgo": KGO, "wd": WD, "prov": PROV, "skos": SKOS, "owl": OWL,
            "dcterms": DCTERMS, "schema": SCHEMA, "xsd": XSD, "rdfs": RDFS}


def safe_segment(text: str) -> str:
    """An IRI path segment from arbitrary text: unreserved characters, the rest %-encoded."""
    return quote(text, safe="-._~") or "_"


class IRIs:
    """Mints the instance IRIs below one base IRI."""

    def __init__(self, base: str = DEFAULT_BASE):
        if not re.match(r"^[a-zA-Z][a-zA-Z0-9+.-]*:[^\s<>\"{}|\\^`]*$", base):
            raise ValueError(f"invalid base IRI: {base!r}")
        self.base = base if base.endswith(("/", "#")) else base + "/"

    def entity(self, key: str) -> URIRef:
        return URIRef(f"{self.base}entity/{safe_segment(key)}")

    def article(self, aid: str) -> URIRef:
        return URIRef(f"{self.base}article/{safe_segment(aid)}")

    def fact(self, f: Fact) -> URIRef:
        raw = "\x1f".join([f.article_id, f.subject.key, f.relation, f.object.key, f.modality,
                           str(f.start)])
        return URIRef(f"{self.base}fact/{hashlib.sha1(raw.encode('utf-8')).hexdigest()[:20]}")


def new_graph(store: "str | Store" = "default") -> Graph:
    g = Graph(store=store)
    for p, ns in PREFIXES.items():
        g.bind(p, ns, override=True)
    return g


def relation_iri(f: Fact) -> URIRef:
    return KG[f.relation] if f.core else KGO[safe_segment(f.relation)]


def date_literal(value: str) -> Literal:
    if re.fullmatch(r"\d{4}-\d{2}-\d{2}", value):
        return Literal(value, datatype=XSD.date)
    if re.fullmatch(r"\d{4}-\d{2}", value):
        return Literal(value, datatype=XSD.gYearMonth)
    if re.fullmatch(r"\d{4}", value):
        return Literal(value, datatype=XSD.gYear)
    if re.fullmatch(r"\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2})?", value):
        return Literal(value if value.count(":") == 2 else value + ":00", datatype=XSD.dateTime)
    return Literal(value)


def add_entity(g: Graph, iris: IRIs, e: Entity, surfaces: Iterable[str] = ()) -> URIRef:
    node = iris.entity(e.key)
    g.add((node, RDF.type, KG[e.type]))
    g.add((node, RDFS.label, Literal(e.label, lang="en")))
    for s in sorted(set(surfaces)):
        if s != e.label:
            g.add((node, SKOS.altLabel, Literal(s)))
    if e.wikidata:
        g.add((node, OWL.sameAs, WD[e.wikidata]))
    return node


def add_article(g: Graph, iris: IRIs, af: ArticleFacts) -> URIRef:
    a = af.article
    node = iris.article(a.id)
    g.add((node, RDF.type, KG.Article))
    g.add((node, DCTERMS.title, Literal(a.title, lang=a.language if a.language in ("de", "en") else None)))
    if a.datetime or a.date:
        g.add((node, DCTERMS.date, date_literal(a.datetime or a.date)))
    g.add((node, DCTERMS.language, Literal(a.language)))
    g.add((node, DCTERMS.identifier, Literal(a.source)))
    if a.url:
        g.add((node, SCHEMA.url, Literal(a.url, datatype=XSD.anyURI)))
    return node


def add_fact(g: Graph, iris: IRIs, f: Fact, article_node: URIRef) -> URIRef:
    node = iris.fact(f)
    s, o = iris.entity(f.subject.key), iris.entity(f.object.key)
    p = relation_iri(f)
    g.add((node, RDF.type, RDF.Statement))
    g.add((node, RDF.type, KG.Fact))
    g.add((node, RDF.subject, s))
    g.add((node, RDF.predicate, p))
    g.add((node, RDF.object, o))
    g.add((node, KG.modality, KG[f.modality]))
    g.add((node, PROV.wasDerivedFrom, article_node))
    lang = f.language if f.language in ("de", "en") else None
    g.add((node, KG.evidence, Literal(f.sentence, lang=lang)))
    g.add((node, KG.startOffset, Literal(f.start, datatype=XSD.integer)))
    g.add((node, KG.endOffset, Literal(f.end, datatype=XSD.integer)))
    if f.quantity is not None:
        g.add((node, KG.quantity, Literal(f.quantity, datatype=XSD.integer)))
    for prop, ent in ((KG.destination, f.destination), (KG.origin, f.origin),
                      (KG.location, f.location), (KG.speaker, f.speaker)):
        if ent is not None:
            g.add((node, prop, iris.entity(ent.key)))
    if f.date:
        g.add((node, KG.date, date_literal(f.date)))
    if f.topic:
        g.add((node, KG.topic, Literal(f.topic, lang=lang)))
    if f.trigger:
        g.add((node, KG.trigger, Literal(f.trigger, lang=lang)))
    if f.modality == "asserted":
        g.add((s, p, o))
    return node


def build_graph(results: Iterable[ArticleFacts], base: str = DEFAULT_BASE,
                graph: Optional[Graph] = None) -> Graph:
    """Return an rdflib graph holding every article, entity and fact of ``results``."""
    g = graph if graph is not None else new_graph()
    iris = IRIs(base)
    for af in results:
        add_results(g, iris, af)
    return g


def add_results(g: Graph, iris: IRIs, af: ArticleFacts) -> None:
    art = add_article(g, iris, af)
    for key, e in af.entities.items():
        add_entity(g, iris, e, af.surfaces.get(key, ()))
    for f in af.facts:
        for e in (f.subject, f.object, f.destination, f.origin, f.location, f.speaker):
            if e is not None and e.key not in af.entities:
                add_entity(g, iris, e)
        add_fact(g, iris, f, art)


__all__ = ["IRIs", "build_graph", "add_results", "new_graph", "PREFIXES", "BNode"]
