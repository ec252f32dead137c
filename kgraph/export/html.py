"""Interactive HTML (pyvis / vis-network), fully offline: the library is inlined and no tag
loads anything from the network. All text from articles is HTML-escaped."""
from __future__ import annotations

import html
import re
from pathlib import Path
from typing import Union

from rdflib import Graph

from ..namespaces import KG, PROV, RDF, RDFS, DCTERMS
from .atomic import atomic_write

TYPE_COLOURS = {"Person": "#4e79a7", "Organization": "#f28e2b", "Country": "#59a14f",
                "City": "#76b7b2", "Location": "#edc948", "Group": "#b07aa1"}
_EXTERNAL = re.compile(r'<(link|script)[^>]+(?:href|src)="https?://[^"]*"[^>]*>(?:\s*</script>)?',
                       re.IGNORECASE)


def _local(iri) -> str:
    return re.split(r"[#/]", str(iri))[-1]


def graph_html(g: Graph, title: str = "kgraph") -> str:
    """The HTML page of a graph in the kgraph output contract."""
    from pyvis.network import Network

    net = Network(height="850px", width="100%", directed=True, cdn_resources="in_line",
                  notebook=False)
    nodes = {}
    for node, typ in sorted(g.subject_objects(RDF.type)):
        if typ == RDF.Statement or typ in (KG.Fact, KG.Article) or not str(typ).startswith(str(KG._NS)):
            continue
        label = str(g.value(node, RDFS.label) or _local(node))
        nodes[node] = (label, _local(typ))
    for node, (label, typ) in sorted(nodes.items()):
        net.add_node(str(node), label=html.escape(label), title=html.escape(f"{label} ({typ})"),
                     color=TYPE_COLOURS.get(typ, "#999999"), shape="dot", size=12)
    for f in sorted(g.subjects(RDF.type, KG.Fact)):
        s, p, o = g.value(f, RDF.subject), g.value(f, RDF.predicate), g.value(f, RDF.object)
        if s not in nodes or o not in nodes:
            continue
        mod = _local(g.value(f, KG.modality) or "")
        ev = str(g.value(f, KG.evidence) or "")
        art = g.value(f, PROV.wasDerivedFrom)
        src = str(g.value(art, DCTERMS.identifier) or "") if art is not None else ""
        tip = f"{_local(p)} [{mod}]\n{ev}\n— {src}"
        net.add_edge(str(s), str(o), label=html.escape(_local(p)), title=html.escape(tip),
                     dashes=mod in ("planned", "hypothetical"), hidden=mod == "negated")
    net.toggle_physics(True)
    page = net.generate_html(notebook=False)
    page = _EXTERNAL.sub("", page)
    page = page.replace("<head>", f"<head>\n<title>{html.escape(title)}</title>", 1)
    return page


def write_html(g: Graph, path: Union[str, Path], title: str = "kgraph") -> None:
    atomic_write(path, graph_html(g, title))
