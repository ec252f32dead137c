"""A network report: top entities by each centrality, communities with their members, and
fact counts per relation, family and modality — as a :class:`Report`, Markdown or CSV.
Shortest connections (:mod:`kgraph.network.paths`) are rendered here too.
"""
from __future__ import annotations

import csv
import io
import re
from collections import Counter
from dataclasses import dataclass, field

import networkx as nx

from .centrality import MEASURES, centralities, ranked
from .communities import communities
from .paths import Hop

CSV_COLUMNS = ["section", "rank", "key", "entity", "iri", "type", "value"]


@dataclass
class Ranked:
    """One entity in a ranking or a community."""

    iri: str
    label: str
    type: str
    score: float = 0.0


@dataclass
class Report:
    """The analysis of one networkx entity graph."""

    title: str
    nodes: int
    edges: int
    top: dict[str, list[Ranked]] = field(default_factory=dict)      # measure → best first
    communities: list[list[Ranked]] = field(default_factory=list)   # largest first
    relations: Counter = field(default_factory=Counter)
    families: Counter = field(default_factory=Counter)
    modalities: Counter = field(default_factory=Counter)


def analyse(G: nx.MultiDiGraph, title: str = "kgraph network report", top: int = 10,
            seed: int = 0, min_community: int = 2) -> Report:
    """Return the :class:`Report` of ``G``: the ``top`` entities by each measure, the
    communities with at least ``min_community`` members, and fact counts."""
    def ent(n: str, score: float = 0.0) -> Ranked:
        d = G.nodes[n]
        return Ranked(n, str(d.get("label", n)), str(d.get("type", "")), score)

    rep = Report(title=title, nodes=G.number_of_nodes(), edges=G.number_of_edges())
    for measure, scores in centralities(G).items():
        rep.top[measure] = [ent(n, s) for n, s in ranked(G, scores, top)]
    rep.communities = [[ent(n) for n in members]
                       for members in communities(G, seed=seed, min_size=min_community)]
    for _, _, d in G.edges(data=True):
        rep.relations[str(d.get("relation"))] += 1
        rep.families[str(d.get("family"))] += 1
        rep.modalities[str(d.get("modality"))] += 1
    return rep


_MD_SPECIAL = re.compile(r"([\\|<>\[\]*`])")


def md(text: object) -> str:
    """Text safe inside a Markdown table cell: one line, markup characters escaped (so a
    label such as ``<img …>`` shows as text in any renderer)."""
    return _MD_SPECIAL.sub(r"\\\1", re.sub(r"\s+", " ", str(text)).strip())


def _counts(c: Counter) -> list[tuple[str, int]]:
    return sorted(c.items(), key=lambda kv: (-kv[1], kv[0]))


def to_markdown(rep: Report) -> str:
    """The report as Markdown."""
    out = [f"# {md(rep.title)}", "", f"{rep.nodes} entities, {rep.edges} facts.", ""]
    names = {"degree": "Degree centrality", "pagerank": "PageRank",
             "betweenness": "Betweenness centrality"}
    for measure in MEASURES:
        out += [f"## {names[measure]}", "", "| # | entity | type | score |", "|---:|---|---|---:|"]
        out += [f"| {i} | {md(r.label)} | {md(r.type)} | {r.score:.4f} |"
                for i, r in enumerate(rep.top.get(measure, []), 1)]
        out.append("")
    out += ["## Communities (Louvain)", ""]
    if not rep.communities:
        out.append("No community with more than one entity.")
    for i, members in enumerate(rep.communities, 1):
        out.append(f"{i}. ({len(members)}) " + ", ".join(md(m.label) for m in members))
    out.append("")
    for heading, counter in (("Facts per relation", rep.relations),
                             ("Facts per family", rep.families),
                             ("Facts per modality", rep.modalities)):
        out += [f"## {heading}", "", "| value | facts |", "|---|---:|"]
        out += [f"| {md(k)} | {v} |" for k, v in _counts(counter)]
        out.append("")
    return "\n".join(out)


def _csv(rows: list[list[object]]) -> str:
    buf = io.StringIO()
    w = csv.writer(buf, lineterminator="\n")
    w.writerow(CSV_COLUMNS)
    w.writerows(rows)
    return buf.getvalue()


def to_csv(rep: Report) -> str:
    """The report as one long CSV table (columns :data:`CSV_COLUMNS`; ``section`` is a
    measure, ``community``, ``relation``, ``family`` or ``modality``)."""
    rows: list[list[object]] = []
    for measure in MEASURES:
        rows += [[measure, i, "", r.label, r.iri, r.type, f"{r.score:.6f}"]
                 for i, r in enumerate(rep.top.get(measure, []), 1)]
    for i, members in enumerate(rep.communities, 1):
        rows += [["community", i, "", m.label, m.iri, m.type, len(members)] for m in members]
    for section, counter in (("relation", rep.relations), ("family", rep.families),
                             ("modality", rep.modalities)):
        rows += [[section, i, k, "", "", "", v] for i, (k, v) in enumerate(_counts(counter), 1)]
    return _csv(rows)


def path_markdown(hops: list[Hop], a: str, b: str) -> str:
    """A shortest connection as a numbered Markdown list with each hop's evidence."""
    out = [f"# Connection: {md(a)} → {md(b)}", "", f"{len(hops)} hop(s).", ""]
    for i, h in enumerate(hops, 1):
        when = f", {md(h.date)}" if h.date else ""
        more = f"; {h.facts - 1} more fact(s) connect them" if h.facts > 1 else ""
        out.append(f"{i}. {md(h.sentence())} ({md(h.modality)}{when}{more})")
        out.append(f"   > {md(h.evidence or '')}")
        out.append(f"   — {md(h.article_id or h.article or '')}")
    out.append("")
    return "\n".join(out)


def path_csv(hops: list[Hop]) -> str:
    """A shortest connection as CSV, one row per hop."""
    buf = io.StringIO()
    w = csv.writer(buf, lineterminator="\n")
    w.writerow(["hop", "source", "relation", "target", "modality", "date", "evidence",
                "article", "fact", "source_iri", "target_iri"])
    for i, h in enumerate(hops, 1):
        # rows read in the fact's own direction (subject, relation, object)
        a, b = (h.source_label, h.target_label) if h.forward else (h.target_label, h.source_label)
        ia, ib = (h.source, h.target) if h.forward else (h.target, h.source)
        w.writerow([i, a, h.relation, b, h.modality, h.date or "", h.evidence or "",
                    h.article_id or h.article or "", h.fact, ia, ib])
    return buf.getvalue()


__all__ = ["Report", "Ranked", "analyse", "to_markdown", "to_csv", "path_markdown", "path_csv",
           "md", "CSV_COLUMNS"]
