"""Export formats besides Turtle: TriG (one named graph per article), JSON-LD with a
context, sorted N-Triples, GraphML for Gephi and a CSV of facts.

Every writer is deterministic (output sorted, no blank nodes minted, no timestamps) and
atomic. The fact and entity tables read here from the RDF output contract also feed the
Python API (``kgraph.load(...).facts()``, ``.sources()``, ``.entities()``).
"""
from __future__ import annotations

import csv
import io
import json
import re
from dataclasses import astuple, dataclass, fields
from pathlib import Path
from typing import Any, Iterable, Optional, Sequence, Union

from rdflib import BNode, Graph, Literal, URIRef

from ..graph import PREFIXES as _GRAPH_PREFIXES
from ..model import ENTITY_TYPES, MODALITIES
from ..namespaces import DCTERMS, KG, OWL, PROV, RDF, RDFS, SKOS, XSD
from .atomic import atomic_write
from .turtle import turtle_text

#: format name → file suffix
FORMATS = {"ttl": ".ttl", "trig": ".trig", "jsonld": ".jsonld", "nt": ".nt",
           "graphml": ".graphml", "csv": ".csv"}
PREFIXES: dict[str, str] = {k: str(v) for k, v in sorted({**_GRAPH_PREFIXES, "rdf": RDF}.items())}
_ENTITY_CLASSES = {KG[t]: t for t in ENTITY_TYPES}
_ARGUMENTS = (("destination", KG.destination), ("origin", KG.origin),
              ("location", KG.location), ("speaker", KG.speaker))


def local_name(iri: Any) -> str:
    return re.split(r"[#/]", str(iri))[-1]


def _first(values: Iterable[Any]) -> Any:
    """The smallest of several values (deterministic), or None."""
    return min(values, key=str, default=None)


def _plain(value: Any) -> Any:
    """An RDF term as a plain value: IRIs and dates as strings, integers as int."""
    if value is None:
        return None
    if isinstance(value, Literal) and value.datatype in (XSD.integer, XSD.int, XSD.long):
        try:
            return int(value)
        except ValueError:
            return str(value)
    return str(value)


# ---------------------------------------------------------------- tables from the contract

@dataclass(frozen=True)
class FactRecord:
    """One statement (subject, relation, object, modality) with its earliest report."""

    fact: str
    subject: str
    subject_label: str
    relation: str            # local name: "phones", or an open verb lemma
    predicate: str
    object: str
    object_label: str
    modality: str
    date: Optional[str]      # when it happened / is to happen (earliest report)
    quantity: Optional[int]
    destination: Optional[str]
    destination_label: Optional[str]
    origin: Optional[str]
    origin_label: Optional[str]
    location: Optional[str]
    location_label: Optional[str]
    speaker: Optional[str]
    speaker_label: Optional[str]
    article: Optional[str]   # source file name (dcterms:identifier) of the earliest report
    article_iri: Optional[str]
    evidence: Optional[str]  # the sentence of the earliest report
    start: Optional[int]
    end: Optional[int]
    trigger: Optional[str]
    topic: Optional[str]
    sources: int             # how many articles report it
    first_date: Optional[str]
    last_date: Optional[str]
    core: bool               # a term of the core vocabulary (kg:), not an open relation

    def as_row(self) -> tuple:
        return astuple(self)

    def sort_key(self) -> tuple:
        return (self.article or "", self.start if self.start is not None else -1,
                self.subject_label, self.relation, self.object_label, self.modality, self.fact)


@dataclass(frozen=True)
class SourceRecord:
    """One report of a statement: the article and sentence it was read from."""

    fact: str
    subject_label: str
    relation: str
    object_label: str
    modality: str
    article: Optional[str]
    article_iri: Optional[str]
    article_date: Optional[str]
    date: Optional[str]
    quantity: Optional[int]
    destination_label: Optional[str]
    evidence: Optional[str]
    start: Optional[int]
    end: Optional[int]

    def as_row(self) -> tuple:
        return astuple(self)


@dataclass(frozen=True)
class EntityRecord:
    iri: str
    label: str
    type: Optional[str]
    wikidata: Optional[str]
    alt_labels: str          # "|"-separated, sorted
    facts: int               # statements with the entity as subject or object

    def as_row(self) -> tuple:
        return astuple(self)


FACT_COLUMNS = tuple(f.name for f in fields(FactRecord))
SOURCE_COLUMNS = tuple(f.name for f in fields(SourceRecord))
ENTITY_COLUMNS = tuple(f.name for f in fields(EntityRecord))


def _label(g: Graph, node: Any) -> str:
    labels = list(g.objects(node, RDFS.label))
    en = [lab for lab in labels if getattr(lab, "language", None) == "en"]
    best = _first(en) or _first(labels)
    return str(best) if best is not None else local_name(node)


class _Reader:
    """Cached lookups of labels and article identifiers while reading many facts."""

    def __init__(self, g: Graph):
        self.g = g
        self.labels: dict[Any, str] = {}
        self.idents: dict[Any, Optional[str]] = {}

    def label(self, node: Any) -> Optional[str]:
        if node is None:
            return None
        if node not in self.labels:
            self.labels[node] = _label(self.g, node)
        return self.labels[node]

    def ident(self, art: Any) -> Optional[str]:
        if art is None:
            return None
        if art not in self.idents:
            ident = self.g.value(art, DCTERMS.identifier)
            self.idents[art] = str(ident) if ident is not None else local_name(art)
        return self.idents[art]

    def props(self, node: Any) -> dict[Any, list]:
        out: dict[Any, list] = {}
        for p, o in self.g.predicate_objects(node):
            out.setdefault(p, []).append(o)
        return out


def _facts(g: Graph) -> list[Any]:
    return sorted(set(g.subjects(RDF.type, KG.Fact)), key=str)


def fact_records(g: Graph) -> list[FactRecord]:
    """Every ``kg:Fact`` of ``g`` as a record, sorted by article, offset and content.

    A statement reported by several articles is one record: its evidence, offsets and
    arguments are those of the earliest report (as the graph stores them), ``article`` is
    that report's article, ``sources`` the number of reporting articles."""
    rd = _Reader(g)
    out = []
    for f in _facts(g):
        props = rd.props(f)

        def one(p: Any, props: dict = props) -> Any:
            return _first(props.get(p, ()))
        s, pred, o = one(RDF.subject), one(RDF.predicate), one(RDF.object)
        evidence, start = one(KG.evidence), one(KG.startOffset)
        # the article of the earliest report: the derivation holding the same sentence
        arts = sorted({a for src in props.get(PROV.qualifiedDerivation, ())
                       if g.value(src, KG.evidence) == evidence
                       and g.value(src, KG.startOffset) == start
                       for a in g.objects(src, PROV.entity)}, key=lambda a: rd.ident(a) or "")
        arts = arts or sorted(props.get(PROV.wasDerivedFrom, ()), key=lambda a: rd.ident(a) or "")
        art = arts[0] if arts else None
        args: dict[str, Any] = {}
        for name, prop in _ARGUMENTS:
            node = one(prop)
            args[name] = _plain(node)
            args[f"{name}_label"] = rd.label(node)
        count = one(KG.sourceCount)
        out.append(FactRecord(
            fact=str(f), subject=_plain(s), subject_label=rd.label(s) or "",
            relation=local_name(pred) if pred is not None else "", predicate=_plain(pred),
            object=_plain(o), object_label=rd.label(o) or "",
            modality=local_name(one(KG.modality)) if one(KG.modality) is not None else "",
            date=_plain(one(KG.date)), quantity=_plain(one(KG.quantity)), **args,
            article=rd.ident(art), article_iri=_plain(art), evidence=_plain(evidence),
            start=_plain(start), end=_plain(one(KG.endOffset)),
            trigger=_plain(one(KG.trigger)), topic=_plain(one(KG.topic)),
            sources=_plain(count) if count is not None else len(set(props.get(PROV.wasDerivedFrom, ()))),
            first_date=_plain(one(KG.firstDate)), last_date=_plain(one(KG.lastDate)),
            core=pred is not None and str(pred).startswith(str(KG._NS))))
    return sorted(out, key=FactRecord.sort_key)


def source_records(g: Graph) -> list[SourceRecord]:
    """Every report of every fact (one row per article sentence), sorted by article date,
    article and offset. Facts without ``prov:qualifiedDerivation`` nodes give one row from
    their own evidence."""
    rd = _Reader(g)
    out = []
    for f in _facts(g):
        props = rd.props(f)
        head = dict(fact=str(f), subject_label=rd.label(_first(props.get(RDF.subject, ()))) or "",
                    relation=local_name(_first(props.get(RDF.predicate, ())) or ""),
                    object_label=rd.label(_first(props.get(RDF.object, ()))) or "",
                    modality=local_name(_first(props.get(KG.modality, ())) or ""))
        nodes = [(src, _first(g.objects(src, PROV.entity)))
                 for src in props.get(PROV.qualifiedDerivation, ())]
        if not nodes:
            nodes = [(f, _first(props.get(PROV.wasDerivedFrom, ())))]
        for src, art in nodes:
            sp = rd.props(src)
            adate = g.value(art, DCTERMS.date) if art is not None else None
            out.append(SourceRecord(
                **head, article=rd.ident(art), article_iri=_plain(art),
                article_date=_plain(adate), date=_plain(_first(sp.get(KG.date, ()))),
                quantity=_plain(_first(sp.get(KG.quantity, ()))),
                destination_label=rd.label(_first(sp.get(KG.destination, ()))),
                evidence=_plain(_first(sp.get(KG.evidence, ()))),
                start=_plain(_first(sp.get(KG.startOffset, ()))),
                end=_plain(_first(sp.get(KG.endOffset, ())))))
    return sorted(out, key=lambda r: (r.article_date is None, r.article_date or "",
                                      r.article or "", r.start if r.start is not None else -1,
                                      r.fact))


def entity_records(g: Graph) -> list[EntityRecord]:
    """Every entity (typed with one of the six entity classes, or the end of a fact)."""
    types: dict[Any, list[str]] = {}
    for node, cls in g.subject_objects(RDF.type):
        if cls in _ENTITY_CLASSES:
            types.setdefault(node, []).append(_ENTITY_CLASSES[cls])
    counts: dict[Any, int] = {}
    for f in _facts(g):
        ends = {n for p in (RDF.subject, RDF.object) for n in g.objects(f, p)}
        for n in ends:
            counts[n] = counts.get(n, 0) + 1
            types.setdefault(n, [])
    out = []
    for node in sorted(types, key=str):
        if isinstance(node, Literal):
            continue
        wd = _first(g.objects(node, OWL.sameAs))
        alts = sorted({str(a) for a in g.objects(node, SKOS.altLabel)})
        out.append(EntityRecord(iri=str(node), label=_label(g, node),
                                type=min(types[node]) if types[node] else None,
                                wikidata=str(wd) if wd is not None else None,
                                alt_labels="|".join(alts), facts=counts.get(node, 0)))
    return out


# ---------------------------------------------------------------- writers

def _ox(term: Any):
    import pyoxigraph as ox
    if isinstance(term, URIRef):
        return ox.NamedNode(str(term))
    if isinstance(term, BNode):
        return ox.BlankNode(str(term))
    if isinstance(term, Literal):
        if term.language:
            return ox.Literal(str(term), language=term.language)
        if term.datatype:
            return ox.Literal(str(term), datatype=ox.NamedNode(str(term.datatype)))
        return ox.Literal(str(term))
    raise TypeError(f"not an RDF term: {term!r}")


# the statement triples that every reporting article states (its summary of earliest
# evidence, counts and dates is the merged view and stays in the default graph)
_STATEMENT_CORE = (RDF.type, RDF.subject, RDF.predicate, RDF.object, KG.modality)


def _article_of_triples(g: Graph) -> dict[tuple, list[URIRef]]:
    """Which article(s) each triple belongs to: a fact's reports (provenance nodes) and
    its identifying triples go to every reporting article, and so does the direct edge of
    an asserted fact."""
    placed: dict[tuple, set] = {}

    def put(t: tuple, art: Any) -> None:
        placed.setdefault(t, set()).add(art)
    for f in set(g.subjects(RDF.type, KG.Fact)):
        arts = set(g.objects(f, PROV.wasDerivedFrom))
        for art in arts:
            put((f, PROV.wasDerivedFrom, art), art)
        for src in set(g.objects(f, PROV.qualifiedDerivation)):
            for art in set(g.objects(src, PROV.entity)):
                arts.add(art)
                put((f, PROV.qualifiedDerivation, src), art)
                for p, o in g.predicate_objects(src):
                    put((src, p, o), art)
        for art in arts:
            for p in _STATEMENT_CORE:
                for o in g.objects(f, p):
                    put((f, p, o), art)
        if g.value(f, KG.modality) == KG.asserted:
            s, p, o = g.value(f, RDF.subject), g.value(f, RDF.predicate), g.value(f, RDF.object)
            if None not in (s, p, o) and (s, p, o) in g:
                for art in arts:
                    put((s, p, o), art)
    return {t: sorted(a, key=str) for t, a in placed.items()}


def trig_text(g: Graph) -> str:
    """TriG: one graph per article, named by the article IRI, with what that article
    reports (its facts' identifying triples, its provenance nodes, the direct edges of its
    asserted facts); entities, articles and the merged fact summaries in the default graph.
    The union of all graphs is the input graph."""
    import pyoxigraph as ox
    placed = _article_of_triples(g)
    quads = []
    for t in g.triples((None, None, None)):
        s, p, o = (_ox(x) for x in t)
        for name in placed.get(t, [None]):
            quads.append((0 if name is None else 1, str(name or ""), t[0].n3(), t[1].n3(),
                          t[2].n3(), ox.Quad(s, p, o, ox.DefaultGraph() if name is None
                                             else ox.NamedNode(str(name)))))
    quads.sort(key=lambda q: q[:5])
    body = ox.serialize([q[-1] for q in quads], format=ox.RdfFormat.TRIG, prefixes=PREFIXES)
    return "# Generated by kgraph — one named graph per article.\n" + body.decode("utf-8")


def nt_text(g: Graph) -> str:
    """N-Triples, one line per triple, sorted."""
    lines = {ln for ln in g.serialize(format="nt").splitlines() if ln.strip()}
    return "".join(ln + "\n" for ln in sorted(lines))


def _curie(iri: str) -> str:
    best = max(((p, ns) for p, ns in PREFIXES.items() if iri.startswith(ns)),
               key=lambda pn: len(pn[1]), default=None)
    if best:
        rest = iri[len(best[1]):]
        if re.fullmatch(r"[A-Za-z_][A-Za-z0-9_.-]*", rest) and not rest.endswith("."):
            return f"{best[0]}:{rest}"
    return iri


def _jsonld_value(o: Any) -> Any:
    if isinstance(o, URIRef):
        return {"@id": _curie(str(o))}
    if isinstance(o, BNode):
        return {"@id": f"_:{o}"}
    if o.language:
        return {"@value": str(o), "@language": o.language}
    if o.datatype is None or o.datatype == XSD.string:
        return str(o)
    if o.datatype == XSD.integer and re.fullmatch(r"-?\d+", str(o)):
        return int(str(o))
    if o.datatype == XSD.boolean and str(o) in ("true", "false"):
        return str(o) == "true"
    return {"@value": str(o), "@type": _curie(str(o.datatype))}


def jsonld_text(g: Graph) -> str:
    """JSON-LD (compacted with the ontology prefixes as context), one node object per
    subject, sorted, multi-valued properties as sorted arrays."""
    nodes: dict[str, dict[str, list]] = {}
    for s, p, o in g.triples((None, None, None)):
        sid = f"_:{s}" if isinstance(s, BNode) else _curie(str(s))
        node = nodes.setdefault(sid, {})
        if p == RDF.type and isinstance(o, URIRef):
            node.setdefault("@type", []).append(_curie(str(o)))
        else:
            node.setdefault(_curie(str(p)), []).append(_jsonld_value(o))
    graph = []
    for sid in sorted(nodes):
        obj: dict[str, Any] = {"@id": sid}
        for key in sorted(nodes[sid]):
            vals = sorted(nodes[sid][key], key=lambda v: json.dumps(v, sort_keys=True,
                                                                     ensure_ascii=False))
            obj[key] = vals[0] if len(vals) == 1 else vals
        graph.append(obj)
    doc = {"@context": dict(PREFIXES), "@graph": graph}
    return json.dumps(doc, ensure_ascii=False, indent=1, sort_keys=False) + "\n"


def _graphml_value(v: Any) -> Any:
    if isinstance(v, (tuple, list, set, frozenset)):
        return " | ".join(str(x) for x in sorted(v, key=str))
    return v


def graphml_text(g: Graph) -> str:
    """GraphML for Gephi: entities as nodes (label, type), every fact of every modality as
    an edge with its attributes (relation, family, modality, date, quantity, evidence,
    article …); multi-valued attributes joined with " | ", missing ones left out."""
    import networkx as nx

    from ..network import to_networkx
    G = to_networkx(g, include=MODALITIES)
    H = nx.MultiDiGraph()
    for n, data in sorted(G.nodes(data=True)):
        H.add_node(n, **{k: _graphml_value(v) for k, v in sorted(data.items())
                         if v is not None and v != ()})
    for u, v, k, data in sorted(G.edges(keys=True, data=True), key=lambda e: (e[2], e[0], e[1])):
        attrs = {a: _graphml_value(x) for a, x in sorted(data.items()) if x is not None and x != ()}
        attrs["label"] = data.get("relation", "")
        H.add_edge(u, v, key=k, **attrs)
    return "\n".join(nx.generate_graphml(H)) + "\n"


CSV_COLUMNS = ("subject", "relation", "object", "modality", "date", "quantity", "destination",
               "article", "evidence", "subject_iri", "object_iri", "fact")


def csv_text(g: Graph) -> str:
    """One row per fact: labels first, then the IRIs for joining."""
    buf = io.StringIO()
    w = csv.writer(buf, lineterminator="\n")
    w.writerow(CSV_COLUMNS)
    for r in fact_records(g):
        w.writerow([r.subject_label, r.relation, r.object_label, r.modality, r.date or "",
                    "" if r.quantity is None else r.quantity, r.destination_label or "",
                    r.article or "", r.evidence or "", r.subject or "", r.object or "", r.fact])
    return buf.getvalue()


_TEXT = {"ttl": turtle_text, "trig": trig_text, "jsonld": jsonld_text, "nt": nt_text,
         "graphml": graphml_text, "csv": csv_text}


def parse_formats(spec: Union[str, Sequence[str]]) -> list[str]:
    """``"ttl,trig"`` → ``["ttl", "trig"]`` (checked, duplicates removed, order kept)."""
    items = spec.split(",") if isinstance(spec, str) else list(spec)
    out: list[str] = []
    for item in (i.strip().lower() for i in items):
        if not item:
            continue
        item = {"turtle": "ttl", "json-ld": "jsonld", "ntriples": "nt"}.get(item, item)
        if item not in FORMATS:
            raise ValueError(f"unknown export format {item!r}; choose from {', '.join(FORMATS)}")
        if item not in out:
            out.append(item)
    return out


def export_text(g: Graph, fmt: str) -> str:
    """The graph written in one of :data:`FORMATS`."""
    (fmt,) = parse_formats(fmt)
    return _TEXT[fmt](g)


def write_format(g: Graph, path: Union[str, Path], fmt: str) -> Path:
    """Write the graph in ``fmt`` to ``path`` atomically."""
    atomic_write(path, export_text(g, fmt))
    return Path(path)


def write_formats(g: Graph, out_dir: Union[str, Path], formats: Union[str, Sequence[str]],
                  stem: str = "graph") -> list[Path]:
    """Write ``OUT/graph.<suffix>`` for each format; return the paths written."""
    return [write_format(g, Path(out_dir) / f"{stem}{FORMATS[f]}", f)
            for f in parse_formats(formats)]


__all__ = ["FORMATS", "FACT_COLUMNS", "ENTITY_COLUMNS", "CSV_COLUMNS", "FactRecord",
           "EntityRecord", "SourceRecord", "SOURCE_COLUMNS", "fact_records", "source_records",
           "entity_records", "export_text",
           "write_format", "write_formats", "parse_formats", "trig_text", "jsonld_text",
           "nt_text", "graphml_text", "csv_text"]
