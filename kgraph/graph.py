"""Stage 4 — graph: extracted facts become an rdflib graph in the output contract.

Every fact is a reified ``rdf:Statement`` (subject, predicate, object, ``kg:modality``,
``prov:wasDerivedFrom`` each article, evidence sentence, offsets, n-ary arguments).
Asserted core facts are also stated directly (``subject predicate object``).

Across articles there is one IRI per real-world entity (its key) and one statement per
(subject, relation, object, modality): every report of it adds a source. Each source is a
``prov:Derivation`` node with an IRI of its own (article, evidence, offsets,
arguments of that report); the statement carries ``kg:sourceCount``, ``kg:firstDate`` /
``kg:lastDate`` (article dates) and the evidence, offsets and arguments of its earliest
source. Everything is chosen by order-independent rules (earliest date, then article id,
then offset), so the same articles in any order give the same graph.
"""
from __future__ import annotations

import hashlib
import re
from dataclasses import dataclass, field
from typing import Iterable, Optional
from urllib.parse import quote, unquote

from rdflib import BNode, Graph, Literal, URIRef
from rdflib.store import Store

from .resources import ascii_name
from .model import ArticleFacts, Entity, Fact
from .namespaces import (DCTERMS, DEFAULT_BASE, KG, KGO, OWL, PROV, RDF, RDFS, SCHEMA, SKOS,
                         WD, XSD)

PREFIXES = {"kg": KG._NS, "kgo": KGO, "wd": WD, "prov": PROV, "skos": SKOS, "owl": OWL,
            "dcterms": DCTERMS, "schema": SCHEMA, "xsd": XSD, "rdfs": RDFS}


def safe_segment(text: str) -> str:
    """An IRI path segment from arbitrary text: unreserved characters, the rest %-encoded."""
    return quote(text, safe="-._~") or "_"


def statement_key(f: Fact) -> tuple[str, str, bool, str, str]:
    """Identity of a statement across articles: subject, relation, object, modality."""
    return (f.subject.key, f.relation, f.core, f.object.key, f.modality)


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

    def statement(self, key: tuple) -> URIRef:
        s, rel, core, o, mod = key
        raw = "\x1f".join([s, rel if core else "open:" + rel, o, mod])
        return URIRef(f"{self.base}fact/{hashlib.sha1(raw.encode('utf-8')).hexdigest()[:20]}")

    def fact(self, f: Fact) -> URIRef:
        """The statement IRI of a fact: the same for every article that reports it."""
        return self.statement(statement_key(f))

    def source(self, statement: URIRef, article_id: str, start: int) -> URIRef:
        """The provenance node of one report (article, offset) of a statement.

        Flat (``fact/<hash>-<article>-<offset>``), not a path below the statement: Turtle
        writers treat everything up to the last ``/`` as a namespace, and one namespace per
        statement makes rdflib's serializer quadratic."""
        return URIRef(f"{statement}-{safe_segment(article_id)}-{start}")


def new_graph(store: "str | Store" = "default") -> Graph:
    g = Graph(store=store)
    for p, ns in PREFIXES.items():
        g.bind(p, ns, override=True)
    return g


def relation_iri(f: Fact) -> URIRef:
    # open relations: an ASCII local name, so that no serializer splits the IRI at a '%'
    return KG[f.relation] if f.core else KGO[ascii_name(f.relation)]


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


def _lang(code: str) -> Optional[str]:
    return code if code in ("de", "en") else None


# ---------------------------------------------------------------- merged state
@dataclass
class Mention:
    """One report of a statement: what its provenance node holds."""

    article: str
    date: Optional[str]            # the article's date (ISO), for first/last and ordering
    start: int
    end: int
    evidence: str
    lang: Optional[str]
    quantity: Optional[int] = None
    destination: Optional[str] = None
    origin: Optional[str] = None
    location: Optional[str] = None
    speaker: Optional[str] = None
    fact_date: Optional[str] = None
    topic: Optional[str] = None
    trigger: Optional[str] = None

    def order(self) -> tuple:
        # undated reports sort after dated ones
        return (self.date is None, self.date or "", self.article, self.start)


ARG_PROPS = (("destination", KG.destination), ("origin", KG.origin),
             ("location", KG.location), ("speaker", KG.speaker))


def _label_rank(label: str) -> tuple:
    # one canonical label per entity whatever the order: prefer mixed case, then the
    # alphabetically first spelling
    return (label.isupper(), label)


@dataclass
class _EntityState:
    type: str
    label: str
    wikidata: Optional[str]
    surfaces: set[str] = field(default_factory=set)

    def merge(self, e: Entity, surfaces: Iterable[str]) -> None:
        self.type = min(self.type, e.type)
        if e.label != self.label:  # the other spelling stays as an alternative label
            self.surfaces.update((self.label, e.label))
            self.label = min(self.label, e.label, key=_label_rank)
        if e.wikidata and (not self.wikidata or e.wikidata < self.wikidata):
            self.wikidata = e.wikidata
        self.surfaces.update(surfaces)


@dataclass
class _ArticleState:
    title: str
    date: Optional[str]
    language: str
    source: str
    url: Optional[str]


class GraphWriter:
    """Collects the results of many articles, merges them, and writes the triples.

    ``add`` is cheap (no RDF yet); ``write`` puts everything into a graph in one bulk
    ``addN``. Statements and entities already in the target graph (an earlier build in a
    persistent store, or earlier ``add_results`` calls) are read back and merged, so
    writing in several steps gives the same graph as writing once.
    """

    def __init__(self, iris: IRIs):
        self.iris = iris
        self.articles: dict[str, _ArticleState] = {}
        self.entities: dict[str, _EntityState] = {}
        self.statements: dict[tuple, dict[tuple[str, int], Mention]] = {}

    def add(self, af: ArticleFacts) -> None:
        a = af.article
        raw = a.datetime or a.date
        date = str(date_literal(raw)) if raw else None  # as read back from a graph
        self.articles[a.id] = _ArticleState(a.title, date, a.language, a.source, a.url)
        for key, e in af.entities.items():
            self._entity(e, af.surfaces.get(key, ()))
        for f in af.facts:
            for e in (f.subject, f.object, f.destination, f.origin, f.location, f.speaker):
                if e is not None and e.key not in af.entities:
                    self._entity(e, ())
            m = Mention(article=a.id, date=date, start=f.start, end=f.end, evidence=f.sentence,
                        lang=_lang(f.language), quantity=f.quantity,
                        destination=f.destination.key if f.destination else None,
                        origin=f.origin.key if f.origin else None,
                        location=f.location.key if f.location else None,
                        speaker=f.speaker.key if f.speaker else None,
                        fact_date=f.date, topic=f.topic, trigger=f.trigger)
            self.statements.setdefault(statement_key(f), {}).setdefault((a.id, f.start), m)

    def _entity(self, e: Entity, surfaces: Iterable[str]) -> None:
        st = self.entities.get(e.key)
        if st is None:
            self.entities[e.key] = _EntityState(e.type, e.label, e.wikidata, set(surfaces))
        else:
            st.merge(e, surfaces)

    # ------------------------------------------------------------ writing
    def write(self, g: Graph) -> Graph:
        """Add everything collected to ``g`` (merging with what it holds); return ``g``."""
        triples: list[tuple] = []
        for aid in sorted(self.articles):
            triples += self._article_triples(aid, self.articles[aid])
        for key in sorted(self.entities):
            triples += self._entity_triples(g, key, self.entities[key])
        for skey in sorted(self.statements):
            triples += self._statement_triples(g, skey, self.statements[skey])
        g.addN((s, p, o, g) for s, p, o in triples)
        return g

    def _article_triples(self, aid: str, a: _ArticleState) -> list[tuple]:
        node = self.iris.article(aid)
        out = [(node, RDF.type, KG.Article),
               (node, DCTERMS.title, Literal(a.title, lang=_lang(a.language))),
               (node, DCTERMS.language, Literal(a.language)),
               (node, DCTERMS.identifier, Literal(a.source))]
        if a.date:
            out.append((node, DCTERMS.date, date_literal(a.date)))
        if a.url:
            out.append((node, SCHEMA.url, Literal(a.url, datatype=XSD.anyURI)))
        return out

    def _entity_triples(self, g: Graph, key: str, st: _EntityState) -> list[tuple]:
        node = self.iris.entity(key)
        old_label = g.value(node, RDFS.label)
        if old_label is not None:  # known from an earlier write: merge, then replace
            old_type = next((t for t in g.objects(node, RDF.type)), None)
            surfaces = {str(x) for x in g.objects(node, SKOS.altLabel)} | {str(old_label)}
            old_wd = next((str(x) for x in g.objects(node, OWL.sameAs)), None)
            st = _EntityState(st.type, st.label, st.wikidata, set(st.surfaces))
            st.merge(Entity(key, _local(old_type) if old_type else st.type, str(old_label),
                            old_wd[len(str(WD)):] if old_wd and old_wd.startswith(str(WD))
                            else None), surfaces)
            for p in (RDF.type, RDFS.label, SKOS.altLabel, OWL.sameAs):
                g.remove((node, p, None))
        out = [(node, RDF.type, KG[st.type]), (node, RDFS.label, Literal(st.label, lang="en"))]
        out += [(node, SKOS.altLabel, Literal(s)) for s in sorted(st.surfaces) if s != st.label]
        if st.wikidata:
            out.append((node, OWL.sameAs, WD[st.wikidata]))
        return out

    def _statement_triples(self, g: Graph, skey: tuple, mentions: dict) -> list[tuple]:
        node = self.iris.statement(skey)
        ms = dict(mentions)
        if (node, RDF.type, KG.Fact) in g:  # reported by articles written earlier
            for m in self._read_mentions(g, node):
                ms.setdefault((m.article, m.start), m)
            for p in STATEMENT_SUMMARY:
                g.remove((node, p, None))
        s_key, rel, core, o_key, mod = skey
        s, o = self.iris.entity(s_key), self.iris.entity(o_key)
        p = KG[rel] if core else KGO[ascii_name(rel)]
        out = [(node, RDF.type, RDF.Statement), (node, RDF.type, KG.Fact),
               (node, RDF.subject, s), (node, RDF.predicate, p), (node, RDF.object, o),
               (node, KG.modality, KG[mod])]
        ordered = sorted(ms.values(), key=Mention.order)
        for m in ordered:
            src = self.iris.source(node, m.article, m.start)
            art = self.iris.article(m.article)
            out += [(node, PROV.wasDerivedFrom, art), (node, PROV.qualifiedDerivation, src),
                    (src, RDF.type, PROV.Derivation), (src, PROV.entity, art)]
            out += self._mention_triples(src, m)
        out += self._mention_triples(node, ordered[0])
        out.append((node, KG.sourceCount,
                    Literal(len({m.article for m in ordered}), datatype=XSD.integer)))
        dates = sorted(m.date for m in ordered if m.date)
        if dates:
            out += [(node, KG.firstDate, date_literal(dates[0])),
                    (node, KG.lastDate, date_literal(dates[-1]))]
        if mod == "asserted":
            out.append((s, p, o))
        return out

    def _read_mentions(self, g: Graph, node: URIRef) -> list[Mention]:
        """The reports of a statement already in ``g``, read from its provenance nodes."""
        ent_base, art_base = str(self.iris.entity("")), str(self.iris.article(""))
        ent_base, art_base = ent_base[:-1], art_base[:-1]  # drop the "_" of the empty key

        def lit(src: URIRef, prop: URIRef) -> Optional[str]:
            v = g.value(src, prop)
            return None if v is None else str(v)

        out = []
        for src in g.objects(node, PROV.qualifiedDerivation):
            art, ev = g.value(src, PROV.entity), g.value(src, KG.evidence)
            if art is None or ev is None:
                continue
            args = {attr: unquote(str(v)[len(ent_base):]) for attr, prop in ARG_PROPS
                    if (v := g.value(src, prop)) is not None}
            q = lit(src, KG.quantity)
            out.append(Mention(article=unquote(str(art)[len(art_base):]),
                               date=lit(art, DCTERMS.date),
                               start=int(lit(src, KG.startOffset) or 0),
                               end=int(lit(src, KG.endOffset) or 0), evidence=str(ev),
                               lang=getattr(ev, "language", None),
                               quantity=int(q) if q is not None else None,
                               fact_date=lit(src, KG.date), topic=lit(src, KG.topic),
                               trigger=lit(src, KG.trigger), **args))
        return out

    def _mention_triples(self, node: URIRef, m: Mention) -> list[tuple]:
        out = [(node, KG.evidence, Literal(m.evidence, lang=m.lang)),
               (node, KG.startOffset, Literal(m.start, datatype=XSD.integer)),
               (node, KG.endOffset, Literal(m.end, datatype=XSD.integer))]
        if m.quantity is not None:
            out.append((node, KG.quantity, Literal(m.quantity, datatype=XSD.integer)))
        for attr, prop in ARG_PROPS:
            key = getattr(m, attr)
            if key is not None:
                out.append((node, prop, self.iris.entity(key)))
        if m.fact_date:
            out.append((node, KG.date, date_literal(m.fact_date)))
        if m.topic:
            out.append((node, KG.topic, Literal(m.topic, lang=m.lang)))
        if m.trigger:
            out.append((node, KG.trigger, Literal(m.trigger, lang=m.lang)))
        return out


# the statement's own copies of its earliest source (replaced when an earlier one arrives)
STATEMENT_SUMMARY = (KG.evidence, KG.startOffset, KG.endOffset, KG.quantity, KG.destination,
                     KG.origin, KG.location, KG.speaker, KG.date, KG.topic, KG.trigger,
                     KG.sourceCount, KG.firstDate, KG.lastDate)


def _local(iri) -> str:
    return re.split(r"[#/]", str(iri))[-1]


# ---------------------------------------------------------------- compatible entry points
def build_graph(results: Iterable[ArticleFacts], base: str = DEFAULT_BASE,
                graph: Optional[Graph] = None) -> Graph:
    """Return an rdflib graph holding every article, entity and fact of ``results``."""
    g = graph if graph is not None else new_graph()
    w = GraphWriter(IRIs(base))
    for af in results:
        w.add(af)
    return w.write(g)


def add_results(g: Graph, iris: IRIs, af: ArticleFacts) -> None:
    """Add one article's results to ``g``, merging with the statements already there."""
    w = GraphWriter(iris)
    w.add(af)
    w.write(g)


def add_entity(g: Graph, iris: IRIs, e: Entity, surfaces: Iterable[str] = ()) -> URIRef:
    """Add (or merge) one entity node."""
    w = GraphWriter(iris)
    w._entity(e, surfaces)
    w.write(g)
    return iris.entity(e.key)


__all__ = ["IRIs", "GraphWriter", "Mention", "build_graph", "add_results", "add_entity",
           "new_graph", "statement_key", "PREFIXES", "BNode"]
