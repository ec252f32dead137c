"""Interactive HTML page of the graph: one self-contained, offline file.

vis-network 9.1.2 (the copy pyvis ships, the same file ``cdn_resources='in_line'`` inlines)
is inlined in a page of kgraph's own: pyvis's template links Bootstrap from a CDN, writes
its heading unescaped and switches to an ``innerHTML`` tooltip when any title contains
"href", so none of it is used. What the page shows:

- entities as dots: colour by type (legend), size by PageRank; facts as edges, one per
  (subject, relation, object, modality) with every supporting fact in its tooltip; colour
  by relation family, planned and hypothetical dashed, negated hidden behind a switch;
- filters by relation, entity type and modality, a search box, live counts;
- physics that settles (stabilisation, then off) for small graphs; above ``physics_max``
  entities positions are computed here (seeded) and physics stays off; above ``max_nodes``
  only the most central entities are kept and the page says so.

Safety: article text never passes through ``innerHTML``. The data travels as JSON inside
``<script type="application/json">`` (``<``, ``>``, ``&`` escaped as ``\\u003c`` …) and the
page's script builds every label, tooltip and control with ``textContent``; vis-network 9
draws labels on the canvas and shows element tooltips as given. The only text written
into the markup by Python (title, notice) is HTML-escaped. Same graph, same bytes.
"""
from __future__ import annotations

import html
import json
import math
from collections import Counter, defaultdict
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path
from typing import Any, Optional, Union

import networkx as nx
from rdflib import Graph

from ..model import MODALITIES
from ..namespaces import SYMMETRIC
from ..network.centrality import pagerank
from ..network.convert import source_order, collapse, to_networkx
from ..network.families import FAMILIES, OPEN
from ..network.subgraph import by_modality
from .atomic import atomic_write

MAX_NODES = 1500      # above this, keep the most central entities
PHYSICS_MAX = 200     # above this, lay out in Python and keep physics off
MAX_TIP_FACTS = 5     # reports (evidence sentences) listed in one edge tooltip

TYPE_COLOURS = {"Person": "#4e79a7", "Organization": "#f28e2b", "Country": "#59a14f",
                "City": "#76b7b2", "Location": "#edc948", "Group": "#b07aa1",
                "Entity": "#9d9d9d"}
FAMILY_COLOURS = {"diplomacy": "#2f6db5", "cooperation": "#1a9e77", "conflict": "#d62728",
                  "standing": "#8c8c8c", OPEN: "#a0522d"}
DASHES: dict[str, Any] = {"asserted": False, "planned": [10, 6], "hypothetical": [3, 5],
                          "negated": [2, 4]}
DEFAULT_ON = {"asserted": True, "planned": True, "hypothetical": True, "negated": False}


@dataclass
class HtmlModel:
    """What the page draws, computed in Python (the page only filters it)."""

    nodes: list[dict[str, Any]]
    edges: list[dict[str, Any]]
    total_nodes: int              # entities in the graph
    total_facts: int              # facts in the graph
    shown_facts: int              # facts behind the drawn edges
    physics: bool
    notice: Optional[str] = None  # set when entities were left out
    legend: dict[str, Any] = field(default_factory=dict)

    @property
    def cut(self) -> bool:
        return self.notice is not None

    def visible_edges(self) -> int:
        """Edges drawn when the page opens (negated ones are hidden by default)."""
        return sum(1 for e in self.edges if DEFAULT_ON[e["modality"]])

    def hidden_edges(self) -> int:
        """Edges the negated switch reveals."""
        return len(self.edges) - self.visible_edges()


@lru_cache(maxsize=1)
def _vis_assets() -> tuple[str, str]:
    import pyvis
    lib = Path(pyvis.__file__).parent / "templates" / "lib" / "vis-9.1.2"
    return ((lib / "vis-network.min.js").read_text(encoding="utf-8"),
            (lib / "vis-network.css").read_text(encoding="utf-8"))


def _script_json(data: Any) -> str:
    """JSON that cannot end the ``<script>`` element it sits in or start markup."""
    text = json.dumps(data, ensure_ascii=False, separators=(",", ":"))
    for ch, esc in (("&", "\\u0026"), ("<", "\\u003c"), (">", "\\u003e"),
                    ("\u2028", "\\u2028"), ("\u2029", "\\u2029")):
        text = text.replace(ch, esc)
    return text


def _rank_nodes(G: nx.MultiDiGraph, pr: dict[str, float]) -> list[str]:
    """Nodes most central first: PageRank, then facts touching them, then IRI."""
    return sorted(G.nodes, key=lambda n: (-round(pr.get(n, 0.0), 12), -G.degree(n), n))


def _layout(G: nx.MultiDiGraph, nodes: list[str], seed: int) -> dict[str, tuple[int, int]]:
    """Seeded Fruchterman–Reingold positions in pixels, rounded so output is stable.
    igraph's layout takes 0.1 s at 1,500 nodes where networkx's takes 15 s."""
    import random

    import igraph as ig

    H = collapse(G.subgraph(nodes))
    order = [n for n in nodes if n in H]
    if not order:
        return {}
    index = {n: i for i, n in enumerate(order)}
    h = ig.Graph(n=len(order), edges=sorted((index[u], index[v]) for u, v in H.edges()))
    ig.set_random_number_generator(random.Random(seed))
    try:
        coords = h.layout_fruchterman_reingold(niter=500).coords
    finally:
        ig.set_random_number_generator(random)
    cx = sum(x for x, _ in coords) / len(coords)
    cy = sum(y for _, y in coords) / len(coords)
    span = max((max(abs(x - cx), abs(y - cy)) for x, y in coords), default=0.0) or 1.0
    scale = 35.0 * math.sqrt(len(order)) / span
    return {n: (int(round((x - cx) * scale)), int(round((y - cy) * scale)))
            for n, (x, y) in zip(order, coords)}


def _source_tip(src: dict[str, Any]) -> dict[str, Any]:
    """What a tooltip shows of one report of a fact (plain text; the page builds elements)."""
    tip = {"evidence": src.get("evidence") or "", "article": src.get("article_title") or "",
           "source": src.get("article_id") or src.get("article") or "",
           "date": src.get("date") or src.get("article_date") or ""}
    if src.get("quantity") is not None:
        tip["quantity"] = src["quantity"]
    for arg in ("destination", "origin", "location", "speaker"):
        if src.get(f"{arg}_label"):
            tip[arg] = src[f"{arg}_label"]
    return {k: v for k, v in tip.items() if v != ""}


def html_model(g: Graph, max_nodes: int = MAX_NODES, physics_max: int = PHYSICS_MAX,
               seed: int = 0) -> HtmlModel:
    """Return what the page of ``g`` draws: nodes, edges, legend and the cut notice."""
    G = to_networkx(g, include=MODALITIES)
    total_nodes, total_facts = G.number_of_nodes(), G.number_of_edges()
    # Size by PageRank over the facts that may have happened (negated ones say they did not).
    pr = pagerank(by_modality(G, ("asserted", "planned", "hypothetical"), isolates=True))
    ranked = _rank_nodes(G, pr)
    keep = ranked[:max_nodes] if max_nodes and total_nodes > max_nodes else ranked
    kept = set(keep)
    notice = None
    order = sorted(kept)  # stable ids: by IRI
    ids = {n: i for i, n in enumerate(order)}
    physics = len(order) <= physics_max
    pos = {} if physics else _layout(G, order, seed)
    top = max((pr.get(n, 0.0) for n in order), default=0.0) or 1.0

    nodes = []
    for n in order:
        d = G.nodes[n]
        typ = str(d.get("type") or "Entity")
        node: dict[str, Any] = {
            "id": ids[n], "label": str(d.get("label", n)), "kgType": typ,
            "color": TYPE_COLOURS.get(typ, TYPE_COLOURS["Entity"]),
            "size": round(8 + 30 * math.sqrt(pr.get(n, 0.0) / top), 1),
            "iri": n, "facts": G.degree(n)}
        if d.get("wikidata"):
            node["wikidata"] = d["wikidata"]
        if d.get("alt_labels"):
            node["alt"] = list(d["alt_labels"])[:8]
        if n in pos:
            node["x"], node["y"] = pos[n]
        nodes.append(node)

    # one drawn edge per (subject, relation, object, modality); its tooltip lists the reports
    groups: dict[tuple, list[dict[str, Any]]] = defaultdict(list)
    for u, v, d in G.edges(data=True):
        if u in kept and v in kept:
            groups[(ids[u], ids[v], d["relation"], d["modality"])].append(d)
    pairs: dict[tuple[int, int], int] = Counter()
    for (a, b, _, _) in groups:
        pairs[(min(a, b), max(a, b))] += 1
    seen_pair: dict[tuple[int, int], int] = Counter()
    edges = []
    shown = 0
    for i, key in enumerate(sorted(groups)):
        a, b, rel, mod = key
        facts = sorted(groups[key], key=lambda d: d["fact"])
        shown += len(facts)
        sources = sorted((src for d in facts for src in d.get("sources", ())), key=source_order)
        count = max(len(sources), sum(int(d.get("source_count") or 0) for d in facts), 1)
        fam = facts[0].get("family") or OPEN
        pair = (min(a, b), max(a, b))
        nth = seen_pair[pair]
        seen_pair[pair] += 1
        edge: dict[str, Any] = {
            "id": i, "from": a, "to": b, "relation": rel, "modality": mod, "family": fam,
            "color": FAMILY_COLOURS.get(fam, FAMILY_COLOURS[OPEN]), "dashes": DASHES[mod],
            "arrows": "" if rel in SYMMETRIC else "to",
            "width": round(1 + math.log2(count), 2), "count": count,
            "tips": [_source_tip(src) for src in sources[:MAX_TIP_FACTS]]}
        if physics:
            edge["label"] = rel if mod != "negated" else f"not {rel}"
        # parallel edges of one pair get their own curve, so none hides another
        edge["smooth"] = (False if pairs[pair] == 1 else
                          {"enabled": True, "type": "curvedCW", "roundness": round(0.1 + 0.15 * nth, 2)})
        edges.append(edge)

    if len(order) < total_nodes:
        notice = (f"Large graph: showing the {len(order):,} most central of {total_nodes:,} "
                  f"entities (by PageRank) and the {shown:,} of {total_facts:,} facts among them.")
    types = Counter(nd["kgType"] for nd in nodes)
    legend = {
        "types": [[t, TYPE_COLOURS.get(t, TYPE_COLOURS["Entity"]), types[t]] for t in sorted(types)],
        "families": [[f, FAMILY_COLOURS[f]] for f in (*FAMILIES, OPEN)
                     if any(e["family"] == f for e in edges)],
        "relations": sorted({(e["family"], e["relation"]) for e in edges},
                            key=lambda fr: ((*FAMILIES, OPEN).index(fr[0])
                                            if fr[0] in (*FAMILIES, OPEN) else 99, fr[1])),
        "modalities": [[m, DEFAULT_ON[m], sum(1 for e in edges if e["modality"] == m)]
                       for m in MODALITIES],
    }
    legend["relations"] = [[f, r, sum(1 for e in edges if e["relation"] == r)]
                           for f, r in legend["relations"]]
    return HtmlModel(nodes=nodes, edges=edges, total_nodes=total_nodes, total_facts=total_facts,
                     shown_facts=shown, physics=physics, notice=notice, legend=legend)


def _vis_options(model: HtmlModel, seed: int) -> dict[str, Any]:
    big = not model.physics
    return {
        "autoResize": True,
        "layout": {"randomSeed": seed, "improvedLayout": not big},
        "nodes": {"shape": "dot", "borderWidth": 1,
                  "font": {"size": 14, "face": "sans-serif", "strokeWidth": 3,
                           "strokeColor": "#ffffff"}},
        "edges": {"smooth": False, "selectionWidth": 2,
                  "font": {"size": 10, "align": "middle", "strokeWidth": 3,
                           "strokeColor": "#ffffff", "color": "#444444"},
                  "arrows": {"to": {"scaleFactor": 0.5}}},
        "interaction": {"hover": True, "tooltipDelay": 120, "hideEdgesOnDrag": big,
                        "hideEdgesOnZoom": big, "multiselect": False},
        "physics": ({"enabled": True, "solver": "forceAtlas2Based",
                     "forceAtlas2Based": {"gravitationalConstant": -70, "springLength": 110,
                                          "avoidOverlap": 0.3},
                     "stabilization": {"enabled": True, "iterations": 500, "updateInterval": 50,
                                       "fit": True}}
                    if model.physics else {"enabled": False}),
    }


_CSS = """
html, body { margin: 0; height: 100%; font-family: system-ui, sans-serif; font-size: 14px; color: #222; }
body { display: flex; flex-direction: column; }
header { padding: 6px 12px; border-bottom: 1px solid #ddd; }
header h1 { font-size: 18px; margin: 2px 0; overflow-wrap: anywhere; }
#kg-notice { margin: 4px 0; padding: 4px 8px; background: #fff4d6; border: 1px solid #e8c36a; }
#kg-counts { color: #555; }
main { flex: 1; display: flex; min-height: 0; }
#kg-panel { width: 270px; overflow-y: auto; padding: 8px 12px; border-right: 1px solid #ddd; }
#kg-panel h2 { font-size: 13px; text-transform: uppercase; letter-spacing: .04em; color: #555; margin: 12px 0 4px; }
#kg-panel label { display: flex; align-items: center; gap: 6px; margin: 2px 0; cursor: pointer; }
#kg-panel .kg-count { color: #777; margin-left: auto; }
#kg-panel .kg-family { margin: 6px 0 0; color: #555; font-style: italic; }
.kg-swatch { display: inline-block; width: 12px; height: 12px; border-radius: 50%; flex: none; }
.kg-line { display: inline-block; width: 26px; height: 0; border-top: 3px solid #555; flex: none; }
#kg-panel button { font-size: 12px; margin: 2px 4px 2px 0; }
#kg-find { width: 100%; box-sizing: border-box; }
#kg-network { flex: 1; min-width: 0; position: relative; }
div.vis-tooltip { white-space: normal !important; max-width: 440px; font-family: system-ui, sans-serif !important; font-size: 13px; line-height: 1.35; }
.kg-tip-head { font-weight: bold; }
.kg-tip-meta { color: #555; }
.kg-tip-fact { margin-top: 6px; border-top: 1px solid #ddd; padding-top: 4px; }
.kg-tip-evidence { font-style: italic; }
.kg-tip-source { color: #555; font-size: 12px; }
"""

# The page's script. It only ever puts text into the page with textContent / value.
_JS = r"""
(function () {
  "use strict";
  var DATA = JSON.parse(document.getElementById("kgraph-data").textContent);
  var state = {relations: {}, types: {}, modalities: {}};
  DATA.legend.modalities.forEach(function (m) { state.modalities[m[0]] = m[1]; });
  var typeOf = {}, labelOf = {};
  DATA.nodes.forEach(function (n) { typeOf[n.id] = n.kgType; labelOf[n.id] = n.label; });

  function el(tag, cls, text) {
    var e = document.createElement(tag);
    if (cls) e.className = cls;
    if (text !== undefined && text !== null) e.textContent = String(text);
    return e;
  }
  function nodeTip(n) {
    var box = el("div", "kg-tip");
    box.appendChild(el("div", "kg-tip-head", n.label));
    box.appendChild(el("div", "kg-tip-meta", n.kgType + (n.wikidata ? " \u00b7 Wikidata " + n.wikidata : "")
      + " \u00b7 " + n.facts + " fact(s)"));
    if (n.alt && n.alt.length) box.appendChild(el("div", "kg-tip-meta", "also: " + n.alt.join(", ")));
    box.appendChild(el("div", "kg-tip-source", n.iri));
    return box;
  }
  function edgeTip(e) {
    var box = el("div", "kg-tip");
    box.appendChild(el("div", "kg-tip-head", labelOf[e.from] + " \u2014" + (e.modality === "negated" ? "not " : "")
      + e.relation + "\u2192 " + labelOf[e.to]));
    box.appendChild(el("div", "kg-tip-meta", e.modality + " \u00b7 " + e.family + " \u00b7 " + e.count + " report(s)"));
    e.tips.forEach(function (t) {
      var f = el("div", "kg-tip-fact");
      var meta = [];
      if (t.date) meta.push(t.date);
      if (t.quantity !== undefined) meta.push("quantity " + t.quantity);
      ["destination", "origin", "location", "speaker"].forEach(function (k) {
        if (t[k]) meta.push(k + ": " + t[k]);
      });
      if (meta.length) f.appendChild(el("div", "kg-tip-meta", meta.join(" \u00b7 ")));
      f.appendChild(el("div", "kg-tip-evidence", "\u201c" + (t.evidence || "") + "\u201d"));
      f.appendChild(el("div", "kg-tip-source", "\u2014 " + (t.article ? t.article + " " : "") + "(" + (t.source || "") + ")"));
      box.appendChild(f);
    });
    if (e.count > e.tips.length) box.appendChild(el("div", "kg-tip-meta", "\u2026 and " + (e.count - e.tips.length) + " more"));
    return box;
  }

  var nodeSet = new vis.DataSet(DATA.nodes.map(function (n) {
    var c = {id: n.id, label: n.label, size: n.size, kgType: n.kgType, title: nodeTip(n),
             color: {background: n.color, border: "#333333",
                     highlight: {background: n.color, border: "#000000"},
                     hover: {background: n.color, border: "#000000"}}};
    if (n.x !== undefined) { c.x = n.x; c.y = n.y; }
    return c;
  }));
  var edgeSet = new vis.DataSet(DATA.edges.map(function (e) {
    var c = {id: e.id, from: e.from, to: e.to, relation: e.relation, modality: e.modality,
             family: e.family, dashes: e.dashes, width: e.width, arrows: e.arrows, smooth: e.smooth,
             title: edgeTip(e), color: {color: e.color, highlight: e.color, hover: e.color, inherit: false}};
    if (e.label !== undefined) c.label = e.label;
    return c;
  }));
  var nodeView = new vis.DataView(nodeSet, {filter: function (n) { return state.types[n.kgType] !== false; }});
  var edgeView = new vis.DataView(edgeSet, {filter: function (e) {
    return state.relations[e.relation] !== false && state.modalities[e.modality] === true
      && state.types[typeOf[e.from]] !== false && state.types[typeOf[e.to]] !== false;
  }});

  var container = document.getElementById("kg-network");
  var network = new vis.Network(container, {nodes: nodeView, edges: edgeView}, DATA.options);
  window.network = network;
  window.kgraphReady = false;
  function ready() { window.kgraphReady = true; document.body.setAttribute("data-ready", "true"); }
  if (DATA.physics && DATA.nodes.length > 0) {  // an empty network never stabilises
    network.once("stabilizationIterationsDone", function () {
      network.setOptions({physics: {enabled: false}});
      network.fit();
      ready();
    });
  } else {
    network.once("afterDrawing", ready);
  }

  function updateCounts() {
    document.getElementById("kg-counts").textContent = "Showing " + nodeView.length + " of "
      + DATA.nodes.length + " entities and " + edgeView.length + " of " + DATA.edges.length + " edges.";
  }
  function refresh() { nodeView.refresh(); edgeView.refresh(); updateCounts(); }

  function checkbox(parent, kind, value, checked, swatch, text, count, id) {
    var lab = el("label");
    var box = document.createElement("input");
    box.type = "checkbox";
    box.checked = checked;
    box.value = value;
    box.setAttribute("data-kind", kind);
    if (id) box.id = id;
    lab.appendChild(box);
    if (swatch) lab.appendChild(swatch);
    lab.appendChild(el("span", null, text));
    if (count !== undefined) lab.appendChild(el("span", "kg-count", count));
    parent.appendChild(lab);
    box.addEventListener("change", function () { state[kind][value] = box.checked; refresh(); });
    return box;
  }
  function swatch(cls, colour, dashed) {
    var s = el("span", cls);
    if (cls === "kg-swatch") s.style.background = colour;
    else { s.style.borderTopColor = colour; if (dashed) s.style.borderTopStyle = dashed; }
    return s;
  }
  function allNone(parent, kind, boxes) {
    var div = el("div");
    [["all", true], ["none", false]].forEach(function (p) {
      var b = el("button", null, p[0]);
      b.type = "button";
      b.addEventListener("click", function () {
        boxes.forEach(function (box) { box.checked = p[1]; state[kind][box.value] = p[1]; });
        refresh();
      });
      div.appendChild(b);
    });
    parent.appendChild(div);
  }

  var types = document.getElementById("kg-types"), typeBoxes = [];
  DATA.legend.types.forEach(function (t) {
    state.types[t[0]] = true;
    typeBoxes.push(checkbox(types, "types", t[0], true, swatch("kg-swatch", t[1]), t[0], t[2]));
  });
  allNone(types, "types", typeBoxes);

  var mods = document.getElementById("kg-modalities");
  var lineStyle = {asserted: "solid", planned: "dashed", hypothetical: "dotted", negated: "dotted"};
  DATA.legend.modalities.forEach(function (m) {
    var text = m[0] === "negated" ? "show negated facts" : m[0];
    checkbox(mods, "modalities", m[0], m[1], swatch("kg-line", "#555555", lineStyle[m[0]]), text, m[2],
             m[0] === "negated" ? "kg-show-negated" : "kg-modality-" + m[0]);
  });

  var rels = document.getElementById("kg-relations"), relBoxes = [], family = null;
  var famColour = {};
  DATA.legend.families.forEach(function (f) { famColour[f[0]] = f[1]; });
  DATA.legend.relations.forEach(function (r) {
    if (r[0] !== family) { family = r[0]; rels.appendChild(el("div", "kg-family", family)); }
    state.relations[r[1]] = true;
    relBoxes.push(checkbox(rels, "relations", r[1], true, swatch("kg-line", famColour[r[0]] || "#999999"), r[1], r[2]));
  });
  allNone(rels, "relations", relBoxes);

  var find = document.getElementById("kg-find");
  find.addEventListener("keydown", function (ev) {
    if (ev.key !== "Enter") return;
    var q = find.value.trim().toLowerCase();
    if (!q) return;
    var hit = nodeView.get({filter: function (n) { return n.label.toLowerCase().indexOf(q) >= 0; }});
    if (!hit.length) { find.setCustomValidity("not found"); find.reportValidity(); return; }
    find.setCustomValidity("");
    network.selectNodes([hit[0].id]);
    network.focus(hit[0].id, {scale: 1.2, animation: false});
  });
  updateCounts();
})();
"""


def _page(model: HtmlModel, title: str, seed: int) -> str:
    js, css = _vis_assets()
    data = {"nodes": model.nodes, "edges": model.edges, "legend": model.legend,
            "physics": model.physics, "options": _vis_options(model, seed)}
    t = html.escape(title, quote=True)
    summary = (f"{model.total_nodes:,} entities, {model.total_facts:,} facts "
               f"({model.shown_facts:,} drawn as {len(model.edges):,} edges).")
    notice = (f'<p id="kg-notice" role="status">{html.escape(model.notice)}</p>\n'
              if model.notice else "")
    return f"""<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="generator" content="kgraph">
<title>{t}</title>
<style>{css}</style>
<style>{_CSS}</style>
<script>{js}</script>
</head>
<body>
<header>
<h1>{t}</h1>
{notice}<div><span id="kg-summary">{html.escape(summary)}</span> <span id="kg-counts"></span></div>
</header>
<main>
<nav id="kg-panel" aria-label="filters and legend">
<h2>Find</h2>
<input id="kg-find" type="search" placeholder="entity name, Enter" aria-label="find an entity">
<h2>Entity types</h2>
<div id="kg-types"></div>
<h2>Modality</h2>
<div id="kg-modalities"></div>
<h2>Relations</h2>
<div id="kg-relations"></div>
</nav>
<div id="kg-network"></div>
</main>
<script type="application/json" id="kgraph-data">{_script_json(data)}</script>
<script>{_JS}</script>
</body>
</html>
"""


def graph_html(g: Graph, title: str = "kgraph", max_nodes: int = MAX_NODES,
               physics_max: int = PHYSICS_MAX, seed: int = 0) -> str:
    """The HTML page of a graph in the kgraph output contract (see the module docstring).

    ``max_nodes``: keep at most this many entities (the most central; 0 = no limit).
    ``physics_max``: up to this many drawn entities the browser lays out with physics;
    above it positions are computed here. ``seed`` fixes both layouts."""
    return _page(html_model(g, max_nodes=max_nodes, physics_max=physics_max, seed=seed), title, seed)


def graph_iframe(g: Graph, title: str = "kgraph", height: int = 720, **options: Any) -> str:
    """The page of :func:`graph_html` inside one ``<iframe srcdoc>`` (escaped once, as an
    attribute value), for showing it inline, e.g. ``IPython.display.HTML(graph_iframe(g))``
    in a notebook. The page keeps its own document, so its script and styles stay apart."""
    page = graph_html(g, title, **options)
    return (f'<iframe title="{html.escape(title, quote=True)}" srcdoc="{html.escape(page, quote=True)}" '
            f'style="width: 100%; height: {int(height)}px; border: 1px solid #ddd;"></iframe>')


def write_html(g: Graph, path: Union[str, Path], title: str = "kgraph", **options: Any) -> None:
    """Write :func:`graph_html` of ``g`` to ``path`` atomically."""
    atomic_write(path, graph_html(g, title, **options))


__all__ = ["graph_html", "graph_iframe", "write_html", "html_model", "HtmlModel", "MAX_NODES", "PHYSICS_MAX",
           "TYPE_COLOURS", "FAMILY_COLOURS"]
