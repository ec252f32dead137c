"""Scoring a graph against hand-annotated gold facts (``kgraph eval``).

Gold files are JSON (one article each)::

    {"article": "<source file name>", "entities": [{"name", "type", "aliases"}...],
     "facts": [{"s", "p": [terms], "o", "modality", "alt_s"?, "alt_o"?, "optional"?}...]}

The graph is read through the output contract only (reified ``rdf:Statement`` facts with
``kg:modality`` and ``prov:wasDerivedFrom`` an article node), so any graph in the contract
can be scored, not just one built in this process.

Rules (identical to the reference scorer ``shared/tools/score.py``):

- an entity node resolves to every gold entity one of its labels names (any alias,
  case-insensitive after NFKC; a second, diacritics-free comparison when the first fails);
- gold facts that state the same pair, relation and modality twice are merged first;
- a predicted fact matches a gold fact when its relation is one of the gold terms and its
  subject/object resolve to the gold ``s``/``o`` (or ``alt_s``/``alt_o``); symmetric terms
  also match reversed;
- **strict** (headline): the unit is (subject, relation, object, modality); a right triple
  with the wrong modality is a false positive *and* a miss; every distinct predicted unit
  that matches nothing counts once as a false positive;
- **relaxed**: modality ignored, except where the gold has the same triple twice with
  different modalities (twins) — then only the right modality counts;
- ``optional`` gold facts are neither required nor penalised (matching them is no FP);
- a **false assertion** is a gold hypothetical or negated fact (optional or not) that the
  graph states as asserted.
"""
from __future__ import annotations

import json
import re
import unicodedata
from dataclasses import dataclass, field
from pathlib import Path
from typing import Iterable, Optional, Union

from rdflib import Dataset, Graph, Literal
from rdflib.term import Node

from .namespaces import CORE_RELATIONS, DCTERMS, KG, PROV, RDF, RDFS, SCHEMA, SKOS, SYMMETRIC

LABEL_PROPS = (RDFS.label, SKOS.prefLabel, SKOS.altLabel, SCHEMA.name, SCHEMA.alternateName)
PROVENANCE_PROPS = (PROV.wasDerivedFrom, PROV.hadPrimarySource, DCTERMS.source)
KG_NS = str(KG._NS)
CORE = frozenset(CORE_RELATIONS)
GRAPH_FORMATS = {"ttl": "turtle", "turtle": "turtle", "trig": "trig", "nt": "nt",
                 "nq": "nquads", "jsonld": "json-ld", "json": "json-ld", "rdf": "xml",
                 "xml": "xml", "n3": "n3"}


# ------------------------------------------------------------------ text normalisation
def norm(text: str) -> str:
    """Case-folded, NFKC-normalised, whitespace-collapsed text."""
    text = unicodedata.normalize("NFKC", str(text)).casefold().strip()
    return re.sub(r"\s+", " ", text)


def fold(text: str) -> str:
    """:func:`norm` without diacritics: the second, looser comparison."""
    t = unicodedata.normalize("NFKD", norm(text))
    return "".join(c for c in t if not unicodedata.combining(c))


# ------------------------------------------------------------------ reading the graph
@dataclass
class GraphFact:
    """One reified fact of the graph, as the scorer sees it."""

    node: Node
    relation: str                   # local name of a kg: predicate, or the full IRI
    subject_labels: frozenset[str]
    object_labels: frozenset[str]
    modality: str
    article_keys: frozenset[str]    # the article node's IRI and every value around it

    def belongs_to(self, article: str) -> bool:
        """True when the fact was derived from the gold file's article (its file stem)."""
        stem = article.rsplit(".", 1)[0]
        return any(stem in k for k in self.article_keys)


def load_graph(path: Union[str, Path]) -> Graph:
    """Parse a graph file; the format comes from the extension (.ttl, .trig, .nt, .nq…).
    Named graphs of a dataset are merged."""
    path = str(path)
    ext = path.rsplit(".", 1)[-1].lower()
    fmt = GRAPH_FORMATS.get(ext)
    if fmt is None:
        raise ValueError(f"{path}: unknown graph format (use .ttl, .trig, .nt, .nq or .jsonld)")
    if fmt in ("trig", "nquads"):
        ds = Dataset()
        ds.parse(path, format=fmt)
        merged = Graph()
        for q in ds.quads():
            merged.add(q[:3])
        return merged
    g = Graph()
    g.parse(path, format=fmt)
    return g


def _labels(g: Graph, node: Node) -> frozenset[str]:
    if isinstance(node, Literal):
        return frozenset({str(node)})
    out = set()
    for prop in LABEL_PROPS:
        out.update(str(o) for o in g.objects(node, prop) if isinstance(o, Literal))
    return frozenset(out)


def _article_keys(g: Graph, node: Node) -> set[str]:
    return {str(node)} | {str(o) for o in g.objects(node, None)}


def _relation_name(p: Node) -> str:
    s = str(p)
    return s[len(KG_NS):] if s.startswith(KG_NS) else s


def _modality_name(v: Node) -> str:
    if isinstance(v, Literal):
        return str(v).strip()
    s = str(v)
    return s[len(KG_NS):] if s.startswith(KG_NS) else re.split(r"[#/:]", s.rstrip("/#"))[-1]


def graph_facts(g: Graph) -> list[GraphFact]:
    """Every reified statement of the graph with its labels, modality and article."""
    out = []
    for f in sorted(set(g.subjects(RDF.subject, None)), key=str):
        s, p, o = g.value(f, RDF.subject), g.value(f, RDF.predicate), g.value(f, RDF.object)
        if s is None or p is None or o is None:
            continue
        mod = g.value(f, KG.modality)
        arts: set[str] = set()
        for prop in PROVENANCE_PROPS:
            for a in g.objects(f, prop):
                arts |= _article_keys(g, a)
        out.append(GraphFact(node=f, relation=_relation_name(p), subject_labels=_labels(g, s),
                             object_labels=_labels(g, o),
                             modality=_modality_name(mod) if mod is not None else "",
                             article_keys=frozenset(arts)))
    return out


# ------------------------------------------------------------------ gold
@dataclass
class GoldFile:
    path: str
    article: str                    # source file name the facts belong to
    entities: list[dict]
    facts: list[dict]               # after merging duplicates
    language: Optional[str] = None


def load_gold(path: Union[str, Path]) -> GoldFile:
    """Read one gold JSON file; raise ValueError naming the file when it is malformed."""
    try:
        data = json.loads(Path(path).read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError, json.JSONDecodeError) as exc:
        raise ValueError(f"{path}: cannot read gold file: {exc}") from exc
    if not isinstance(data, dict) or not all(k in data for k in ("article", "entities", "facts")):
        raise ValueError(f"{path}: a gold file needs 'article', 'entities' and 'facts'")
    for k, f in enumerate(data["facts"]):
        missing = [x for x in ("s", "p", "o", "modality") if x not in f]
        if missing:
            raise ValueError(f"{path}: fact {k + 1} lacks {', '.join(missing)}")
        if isinstance(f["p"], str):
            f["p"] = [f["p"]]
    return GoldFile(path=str(path), article=data["article"], entities=data["entities"],
                    facts=dedupe(data["facts"]), language=data.get("language"))


def gold_files(gold: Union[str, Path]) -> list[GoldFile]:
    """A gold file, or every ``*.json`` of a folder (sorted by name)."""
    p = Path(gold)
    if p.is_dir():
        paths = sorted(p.glob("*.json"))
        if not paths:
            raise ValueError(f"{gold}: no gold files (*.json) in this folder")
        return [load_gold(x) for x in paths]
    if not p.exists():
        raise ValueError(f"{gold}: no such file or folder")
    return [load_gold(p)]


def dedupe(facts: list[dict]) -> list[dict]:
    """Merge gold facts that state the same pair, relation and modality twice; the merged
    fact is optional only when both were."""
    kept: list[dict] = []
    for f in facts:
        for k in kept:
            sym = set(f["p"]) & SYMMETRIC
            same_pair = (f["s"], f["o"]) == (k["s"], k["o"]) or \
                bool(sym and (f["o"], f["s"]) == (k["s"], k["o"]))
            if same_pair and set(f["p"]) & set(k["p"]) and f["modality"] == k["modality"]:
                k["optional"] = k.get("optional", False) and f.get("optional", False)
                break
        else:
            kept.append(dict(f))
    return kept


class EntityIndex:
    """Gold entity names by alias (exact after :func:`norm`, then after :func:`fold`)."""

    def __init__(self, entities: Iterable[dict]):
        self.exact: dict[str, str] = {}
        self.loose: dict[str, str] = {}
        for e in entities:
            for a in [e["name"], *e.get("aliases", [])]:
                self.exact.setdefault(norm(a), e["name"])
                self.loose.setdefault(fold(a), e["name"])

    def resolve(self, labels: Iterable[str]) -> frozenset[str]:
        hits = set()
        for lab in labels:
            n = norm(lab)
            if n in self.exact:
                hits.add(self.exact[n])
            elif fold(lab) in self.loose:
                hits.add(self.loose[fold(lab)])
        return frozenset(hits)


# ------------------------------------------------------------------ scoring
def prf(tp: int, fp: int, fn: int) -> tuple[float, float, float]:
    p = tp / (tp + fp) if tp + fp else 0.0
    r = tp / (tp + fn) if tp + fn else 0.0
    return p, r, (2 * p * r / (p + r) if p + r else 0.0)


@dataclass
class ArticleScore:
    article: str
    tp: int = 0
    fp: int = 0
    fn: int = 0
    tp_relaxed: int = 0
    fp_relaxed: int = 0
    fn_relaxed: int = 0
    false_assert: int = 0
    facts_in_graph: int = 0
    missed: list[tuple[dict, list[str]]] = field(default_factory=list)   # gold fact, modalities seen
    wrong: list[tuple[str, str, str, str]] = field(default_factory=list)  # s, relation, o, modality
    false_assertions: list[dict] = field(default_factory=list)

    @property
    def precision(self) -> float:
        return prf(self.tp, self.fp, self.fn)[0]

    @property
    def recall(self) -> float:
        return prf(self.tp, self.fp, self.fn)[1]

    @property
    def f1(self) -> float:
        return prf(self.tp, self.fp, self.fn)[2]

    @property
    def f1_relaxed(self) -> float:
        return prf(self.tp_relaxed, self.fp_relaxed, self.fn_relaxed)[2]

    def counts(self) -> dict[str, int]:
        return {k: getattr(self, k) for k in COUNT_KEYS}


COUNT_KEYS = ("tp", "fn", "tp_relaxed", "fn_relaxed", "false_assert", "fp", "fp_relaxed",
              "facts_in_graph")


@dataclass
class EvalResult:
    articles: list[ArticleScore]

    def total(self, key: str) -> int:
        return sum(getattr(a, key) for a in self.articles)

    @property
    def precision(self) -> float:
        return prf(self.total("tp"), self.total("fp"), self.total("fn"))[0]

    @property
    def recall(self) -> float:
        return prf(self.total("tp"), self.total("fp"), self.total("fn"))[1]

    @property
    def f1(self) -> float:
        return prf(self.total("tp"), self.total("fp"), self.total("fn"))[2]

    @property
    def f1_relaxed(self) -> float:
        return prf(self.total("tp_relaxed"), self.total("fp_relaxed"), self.total("fn_relaxed"))[2]

    @property
    def modality_acc(self) -> float:
        """Of the gold facts found with some modality, the share found with the right one."""
        rel = self.total("tp_relaxed")
        return self.total("tp") / rel if rel else 0.0

    def to_dict(self) -> dict:
        out = dict(precision=self.precision, recall=self.recall, f1=self.f1,
                   f1_relaxed=self.f1_relaxed, modality_acc=self.modality_acc,
                   **{k: self.total(k) for k in COUNT_KEYS})
        out["per_article"] = {
            a.article: dict(a.counts(), precision=a.precision, recall=a.recall, f1=a.f1,
                            f1_relaxed=a.f1_relaxed,
                            missed=[dict(s=g["s"], p=g["p"], o=g["o"], modality=g["modality"],
                                         graph_modalities=mods) for g, mods in a.missed],
                            wrong=[dict(s=s, p=p, o=o, modality=m) for s, p, o, m in a.wrong])
            for a in self.articles}
        return out


def _pretty_key(part) -> str:
    return " | ".join(sorted(part))


def score_article(facts: list[GraphFact], gold: GoldFile) -> ArticleScore:
    """Score the facts of one article (``facts`` may hold every fact of the graph)."""
    idx = EntityIndex(gold.entities)
    mine = [f for f in facts if f.belongs_to(gold.article)]
    predicted = [(f, idx.resolve(f.subject_labels), idx.resolve(f.object_labels))
                 for f in mine if f.relation in CORE]

    def matches(gf: dict, pf) -> bool:
        f, ss, os_ = pf
        if f.relation not in gf["p"]:
            return False
        subj = {gf["s"], *gf.get("alt_s", [])}
        obj = {gf["o"], *gf.get("alt_o", [])}
        if ss & subj and os_ & obj:
            return True
        return f.relation in SYMMETRIC and bool(os_ & subj) and bool(ss & obj)

    def twin(a: dict, b: dict) -> bool:
        # the same pair and relation, told apart only by modality
        return a is not b and {a["s"], a["o"]} == {b["s"], b["o"]} and \
            bool(set(a["p"]) & set(b["p"])) and a["modality"] != b["modality"]

    def unit(i: int):
        # a predicted unit: resolved names (or the node's own labels when nothing resolves)
        f, ss, os_ = predicted[i]
        s_k = ss or frozenset(norm(x) for x in f.subject_labels)
        o_k = os_ or frozenset(norm(x) for x in f.object_labels)
        pair = frozenset([s_k, o_k]) if f.relation in SYMMETRIC else (s_k, o_k)
        return f.relation, pair

    sc = ArticleScore(article=gold.article, facts_in_graph=len(mine))
    hit_strict: set[int] = set()
    hit_relaxed: set[int] = set()
    for gf in gold.facts:
        hits = [i for i, pf in enumerate(predicted) if matches(gf, pf)]
        strict = [i for i in hits if predicted[i][0].modality == gf["modality"]]
        relaxed = strict if any(twin(gf, o) for o in gold.facts) else hits
        hit_strict.update(strict)
        hit_relaxed.update(relaxed)
        if gf["modality"] in ("hypothetical", "negated") and \
                any(predicted[i][0].modality == "asserted" for i in hits):
            sc.false_assert += 1
            sc.false_assertions.append(gf)
        if gf.get("optional"):
            continue
        if strict:
            sc.tp += 1
        else:
            sc.fn += 1
            sc.missed.append((gf, sorted({predicted[i][0].modality for i in hits})))
        if relaxed:
            sc.tp_relaxed += 1
        else:
            sc.fn_relaxed += 1
    everything = range(len(predicted))
    fp_units = {unit(i) + (predicted[i][0].modality,) for i in everything if i not in hit_strict}
    fp_units -= {unit(i) + (predicted[i][0].modality,) for i in hit_strict}
    sc.fp = len(fp_units)
    sc.fp_relaxed = len({unit(i) for i in everything if i not in hit_relaxed}
                        - {unit(i) for i in hit_relaxed})
    for rel, pair, mod in sorted(fp_units, key=str):
        names = [_pretty_key(x) for x in pair]  # a frozenset of one part: s == o
        if not isinstance(pair, tuple):
            names.sort()
        sc.wrong.append((names[0], rel, names[-1], mod))
    return sc


def score(graph: Union[Graph, list[GraphFact]], golds: Iterable[GoldFile]) -> EvalResult:
    """Score a graph (or its extracted facts) against gold files."""
    facts = graph_facts(graph) if isinstance(graph, Graph) else graph
    return EvalResult([score_article(facts, g) for g in golds])


def articles_in_graph(g: Graph) -> set[str]:
    """The keys (IRI, identifier, title…) of every article node, to tell missing articles."""
    keys: set[str] = set()
    for a in g.subjects(RDF.type, KG.Article):
        keys |= _article_keys(g, a)
    return keys


# ------------------------------------------------------------------ report
def format_report(res: EvalResult, verbose: bool = False) -> str:
    """A per-article table, the overall line and (verbose) the missed and wrong facts."""
    w = max([len("article")] + [len(a.article) for a in res.articles])
    head = f"{'article':<{w}}  {'tp':>4} {'fp':>4} {'fn':>4} {'P':>6} {'R':>6} {'F1':>6} " \
           f"{'F1rel':>6} {'false_as':>8}"
    lines = [head, "-" * len(head)]
    for a in res.articles:
        lines.append(f"{a.article:<{w}}  {a.tp:>4} {a.fp:>4} {a.fn:>4} {a.precision:>6.3f} "
                     f"{a.recall:>6.3f} {a.f1:>6.3f} {a.f1_relaxed:>6.3f} {a.false_assert:>8}")
    lines.append("-" * len(head))
    lines.append(f"{'overall':<{w}}  {res.total('tp'):>4} {res.total('fp'):>4} "
                 f"{res.total('fn'):>4} {res.precision:>6.3f} {res.recall:>6.3f} {res.f1:>6.3f} "
                 f"{res.f1_relaxed:>6.3f} {res.total('false_assert'):>8}")
    lines.append(f"strict P={res.precision:.3f} R={res.recall:.3f} F1={res.f1:.3f} "
                 f"(relaxed F1={res.f1_relaxed:.3f}) modality={res.modality_acc:.3f} "
                 f"false_assertions={res.total('false_assert')} tp={res.total('tp')} "
                 f"fp={res.total('fp')} fn={res.total('fn')}")
    if verbose:
        for a in res.articles:
            lines.append("")
            lines.append(f"== {a.article}")
            for gf, mods in a.missed:
                got = f" (graph has it as {'/'.join(mods)})" if mods else ""
                lines.append(f"   MISSED  {gf['s']} {'/'.join(gf['p'])} {gf['o']} "
                             f"[{gf['modality']}]{got}")
            for s, p, o, m in a.wrong:
                lines.append(f"   WRONG   {s} {p} {o} [{m}]")
            for gf in a.false_assertions:
                lines.append(f"   FALSE ASSERTION  {gf['s']} {'/'.join(gf['p'])} {gf['o']} "
                             f"is {gf['modality']} in the gold, asserted in the graph")
    return "\n".join(lines)


__all__ = ["ArticleScore", "EntityIndex", "EvalResult", "GoldFile", "GraphFact", "dedupe",
           "fold", "format_report", "gold_files", "graph_facts", "load_gold", "load_graph",
           "norm", "prf", "score", "score_article"]
