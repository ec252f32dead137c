"""The HTML page as generated (no browser): offline, escaped, deterministic, cut when big."""
from __future__ import annotations

import json
import re

import pytest
from browser import make_graph

from kgraph.export.html import FAMILY_COLOURS, graph_html, html_model, write_html

HOSTILE_NAME = "<img src=x onerror=alert(1)>"
HOSTILE_EVIDENCE = 'Er sagte: "</script><script>alert(2)</script>" & \'ging\' <!-- weg'
HOSTILE_TITLE = "<b>Titel</b> & </title><script>alert(3)</script>"


def page_data(page: str) -> dict:
    """The JSON the page's script reads (parsed as the browser would)."""
    m = re.search(r'<script type="application/json" id="kgraph-data">(.*?)</script>', page, re.S)
    assert m, "data block missing"
    return json.loads(m.group(1))


@pytest.fixture(scope="module")
def small():
    return make_graph([
        {"subject": "Joe Biden", "relation": "phones", "object": "Emmanuel Macron",
         "sentence": "Biden telefonierte mit Macron."},
        {"subject": "Joe Biden", "relation": "phones", "object": "Emmanuel Macron",
         "sentence": "Später telefonierten sie erneut.", "article": "second"},
        {"subject": "Pentagon", "relation": "deploys", "object": "Romania", "modality": "planned",
         "quantity": 1000, "destination": "Romania", "sentence": "1000 Soldaten nach Rumänien."},
        {"subject": "Russia", "relation": "invades", "object": "Ukraine",
         "modality": "hypothetical", "sentence": "Sollte Russland einmarschieren, …"},
        {"subject": "NATO", "relation": "attacks", "object": "Russia", "modality": "negated",
         "sentence": "Die Nato wird nicht angreifen."},
    ], types={"Joe Biden": "Person", "Emmanuel Macron": "Person", "Pentagon": "Organization",
              "NATO": "Organization"})


@pytest.fixture(scope="module")
def hostile():
    return make_graph([{"subject": HOSTILE_NAME, "relation": "criticizes", "object": "B",
                        "sentence": HOSTILE_EVIDENCE}], title=HOSTILE_TITLE)


def test_page_loads_nothing_from_the_network(small):
    page = graph_html(small, "kgraph")
    assert not re.search(r"""\b(?:src|href)\s*=\s*["']?\s*(?:https?:)?//""", page, re.I)
    assert not re.search(r"<link\b", page, re.I)
    assert not re.search(r"<script\b[^>]*\bsrc\s*=", page, re.I)
    assert not re.search(r"@import|url\(\s*['\"]?(?:https?:)?//", page, re.I)
    assert "vis.Network" in page and "bootstrap" not in page.lower()


def test_hostile_text_is_escaped_in_the_markup(hostile):
    page = graph_html(hostile, title=HOSTILE_TITLE)
    # no raw markup from the article anywhere: not in the title, not in the data block
    for raw in (HOSTILE_NAME, "<script>alert(2)", "</script><script>", "<b>Titel</b>",
                "<script>alert(3)", "<!-- weg"):
        assert raw not in page
    assert "<title>&lt;b&gt;Titel&lt;/b&gt; &amp; &lt;/title&gt;&lt;script&gt;alert(3)&lt;/script&gt;</title>" in page
    # exactly one data block and it ends where it should (nothing broke out of it)
    assert page.count('id="kgraph-data"') == 1
    data = page_data(page)
    # the browser gets the text itself (no &lt; shown to the user)
    assert HOSTILE_NAME in [n["label"] for n in data["nodes"]]
    tips = [t["evidence"] for e in data["edges"] for t in e["tips"]]
    assert tips == [HOSTILE_EVIDENCE]


def test_page_script_never_uses_inner_html(small):
    page = graph_html(small)
    script = page.rsplit('<script type="application/json"', 1)[1]
    assert "innerHTML" not in script and "insertAdjacentHTML" not in script
    assert "document.write" not in script


def test_two_renders_are_identical(small):
    assert graph_html(small, "t") == graph_html(small, "t")


def test_same_facts_in_another_order_give_the_same_page():
    facts = [("A", "phones", "B"), ("B", "sanctions", "C"), ("C", "meets", "D", "planned"),
             ("D", "attacks", "A", "negated"), ("E", "visits", "A")]
    one = graph_html(make_graph(facts, entities=["F"]))
    two = graph_html(make_graph(list(reversed(facts)), entities=["F"]))
    # sentences carry their position, so compare what is drawn, not evidence numbering
    strip = lambda d: [{k: v for k, v in e.items() if k != "tips"} for e in d["edges"]]  # noqa: E731
    assert page_data(one)["nodes"] == page_data(two)["nodes"]
    assert strip(page_data(one)) == strip(page_data(two))


def test_edges_show_family_colour_modality_and_every_report(small):
    model = html_model(small)
    by_rel = {e["relation"]: e for e in model.edges}
    assert by_rel["invades"]["color"] == FAMILY_COLOURS["conflict"]
    assert by_rel["phones"]["color"] == FAMILY_COLOURS["diplomacy"]
    assert by_rel["phones"]["dashes"] is False
    assert by_rel["deploys"]["dashes"] and by_rel["invades"]["dashes"]
    assert by_rel["phones"]["arrows"] == "" and by_rel["deploys"]["arrows"] == "to"
    # one statement, two reports: one edge whose tooltip has both sentences
    assert by_rel["phones"]["count"] == 2
    assert [t["evidence"] for t in by_rel["phones"]["tips"]] == [
        "Biden telefonierte mit Macron.", "Später telefonierten sie erneut."]
    deploy = by_rel["deploys"]["tips"][0]
    assert deploy["quantity"] == 1000 and deploy["destination"] == "Romania"
    assert deploy["source"] == "hand.txt" and deploy["article"] == "Handmade article"
    # negated facts are drawn but hidden until the switch is on
    assert model.visible_edges() == 3 and model.hidden_edges() == 1
    mods = {m: on for m, on, _ in model.legend["modalities"]}
    assert mods == {"asserted": True, "planned": True, "hypothetical": True, "negated": False}


def test_node_colour_by_type_and_size_by_pagerank():
    facts = [("Hub", "phones", leaf) for leaf in ("L1", "L2", "L3", "L4")]
    model = html_model(make_graph(facts, types={"Hub": "Person"}))
    size = {n["label"]: n["size"] for n in model.nodes}
    assert all(size["Hub"] > size[leaf] for leaf in ("L1", "L2", "L3", "L4"))
    colours = {n["kgType"]: n["color"] for n in model.nodes}
    assert colours["Person"] != colours["Country"]
    assert [t[0] for t in model.legend["types"]] == ["Country", "Person"]


def test_large_graph_keeps_the_most_central_and_says_so(tmp_path):
    # two stars of different size plus a tail of isolated entities
    facts = [("BigHub", "meets", f"Big{i}") for i in range(12)]
    facts += [("SmallHub", "meets", f"Small{i}") for i in range(3)]
    g = make_graph(facts, entities=[f"Lonely{i}" for i in range(20)])
    model = html_model(g, max_nodes=10, physics_max=5)
    labels = {n["label"] for n in model.nodes}
    assert len(model.nodes) == 10 and model.total_nodes == 37
    assert "BigHub" in labels and not any(lbl.startswith("Lonely") for lbl in labels)
    assert model.cut and "10" in model.notice and "37" in model.notice
    # every drawn edge joins two drawn nodes
    ids = {n["id"] for n in model.nodes}
    assert all(e["from"] in ids and e["to"] in ids for e in model.edges)
    # above physics_max the layout is computed here and physics stays off
    assert all("x" in n and "y" in n for n in model.nodes) and not model.physics
    path = tmp_path / "big.html"
    write_html(g, path, title="big", max_nodes=10, physics_max=5)
    page = path.read_text(encoding="utf-8")
    assert 'id="kg-notice"' in page and "most central of 37 entities" in page
    assert page_data(page)["options"]["physics"] == {"enabled": False}
    assert 'id="kg-notice"' not in graph_html(g, "big")  # under the default limit: no cut


def test_iframe_for_notebooks_holds_the_escaped_page(hostile):
    import html as html_lib

    from kgraph.export.html import graph_iframe
    frame = graph_iframe(hostile, title=HOSTILE_TITLE, height=500)
    assert re.findall(r"<\w+", frame) == ["<iframe"]  # nothing but the one element
    page = html_lib.unescape(re.search(r'srcdoc="([^"]*)"', frame).group(1))
    assert page == graph_html(hostile, title=HOSTILE_TITLE)
