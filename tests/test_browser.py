"""graph.html in a real browser (Debian chromium, headless, via playwright): it loads from
file:// offline and cleanly, draws what the graph holds, keeps hostile text as text, and its
controls work. Skipped only when /usr/bin/chromium is missing (CI installs it)."""
from __future__ import annotations

from browser import browse, chromium, make_graph, open_page, requires_chromium, seed_build  # noqa: F401
from rdflib import Graph

from kgraph.export.html import html_model, write_html
from kgraph.namespaces import KG, RDF
from kgraph.network.convert import ENTITY_CLASSES

pytestmark = requires_chromium

HOSTILE_NAME = "<img src=x onerror=alert(1)>"
HOSTILE_EVIDENCE = "<script>window.__pwned = 1; alert(2)</script> & <b>fett</b>"
HOSTILE_TITLE = "</title><script>window.__pwned = 3</script>"


def test_seed_page_is_clean_offline_and_draws_the_graph(chromium):
    out = seed_build()
    report = open_page(out / "graph.html", browser=chromium, screenshot="seed-graph")
    assert report.clean(), report.problems()
    assert report.requests == [] and report.console_errors == []
    g = Graph().parse(out / "graph.ttl")
    # independently of the page code: every typed entity is a node …
    entities = {s for cls in ENTITY_CLASSES for s in g.subjects(RDF.type, cls)}
    assert report.nodes == len(entities)
    # … and every statement that is not negated is a drawn edge (negated: behind the switch)
    facts = set(g.subjects(RDF.type, KG.Fact))
    shown = {f for f in facts if g.value(f, KG.modality) != KG.negated}
    model = html_model(g)
    assert report.edges == len(shown) == model.visible_edges()
    assert report.screenshot is not None and report.screenshot.stat().st_size > 10_000


def test_seed_page_physics_settles_then_stops(chromium):
    with browse(seed_build() / "graph.html", browser=chromium) as live:
        assert live.report.ready
        assert live.evaluate("() => network.physics.options.enabled") is False
        before = live.evaluate("() => JSON.stringify(network.getPositions())")
        live.settle(500)
        assert live.evaluate("() => JSON.stringify(network.getPositions())") == before


def test_hostile_names_render_as_text_and_run_nothing(chromium, tmp_path):
    g = make_graph([{"subject": HOSTILE_NAME, "relation": "criticizes", "object": "B",
                     "sentence": HOSTILE_EVIDENCE}], types={HOSTILE_NAME: "Person"},
                   title=HOSTILE_TITLE)
    path = tmp_path / "hostile.html"
    write_html(g, path, title=HOSTILE_TITLE)
    with browse(path, browser=chromium) as live:
        report = live.report
        assert report.clean(), report.problems()
        assert report.dialogs == []
        assert live.evaluate("() => window.__pwned") is None
        assert live.evaluate("() => document.querySelectorAll('img, b').length") == 0
        assert live.evaluate("() => document.querySelector('h1').textContent") == HOSTILE_TITLE
        assert report.title == HOSTILE_TITLE
        labels = live.evaluate("() => network.body.data.nodes.get().map(n => n.label)")
        assert HOSTILE_NAME in labels
        # hover the node: the tooltip shows the name as written, not as markup or &lt;
        pos = live.evaluate("""() => {
            const id = network.body.data.nodes.get().find(n => n.label.startsWith('<img')).id;
            const p = network.canvasToDOM(network.getPositions([id])[id]);
            const r = document.getElementById('kg-network').getBoundingClientRect();
            return {x: r.left + p.x, y: r.top + p.y};
        }""")
        live.page.mouse.move(pos["x"] + 40, pos["y"] + 40)
        live.page.mouse.move(pos["x"], pos["y"])
        live.page.wait_for_selector("div.vis-tooltip", state="visible", timeout=5000)
        tip = live.evaluate("() => document.querySelector('div.vis-tooltip').textContent")
        assert HOSTILE_NAME in tip and "&lt;" not in tip
        # the edge tooltip element holds the evidence as text too
        edge_tip = live.evaluate("() => network.body.data.edges.get()[0].title.textContent")
        assert HOSTILE_EVIDENCE in edge_tip and "&lt;" not in edge_tip
        live.shoot("hostile")
        assert live.evaluate("() => window.__pwned") is None and report.dialogs == []


def test_negated_switch_and_relation_filter(chromium, tmp_path):
    g = make_graph([("A", "phones", "B"), ("A", "sanctions", "C"), ("B", "sanctions", "C"),
                    ("C", "attacks", "A", "negated"), ("C", "invades", "B", "negated"),
                    ("A", "meets", "C", "planned")])
    path = tmp_path / "switch.html"
    write_html(g, path)
    model = html_model(g)
    with browse(path, browser=chromium) as live:
        assert live.report.clean(), live.report.problems()
        assert live.drawn() == (3, model.visible_edges()) == (3, 4)
        live.page.check("#kg-show-negated")
        live.settle()
        assert live.drawn() == (3, 6)
        live.page.uncheck("#kg-show-negated")
        live.settle()
        assert live.drawn() == (3, 4)
        live.page.uncheck("input[data-kind=relations][value=sanctions]")
        live.settle()
        assert live.drawn() == (3, 2)
        live.page.uncheck("#kg-modality-planned")
        live.settle()
        assert live.drawn() == (3, 1)
        counts = live.evaluate("() => document.getElementById('kg-counts').textContent")
        assert "3 of 3 entities" in counts and "1 of 6 edges" in counts
        assert live.report.clean(), live.report.problems()


def test_entity_type_filter_hides_nodes_and_their_edges(chromium, tmp_path):
    g = make_graph([("Joe Biden", "phones", "France"), ("France", "sanctions", "Russia"),
                    ("Joe Biden", "visits", "Berlin")],
                   types={"Joe Biden": "Person", "Berlin": "City"})
    path = tmp_path / "types.html"
    write_html(g, path)
    with browse(path, browser=chromium) as live:
        assert live.drawn() == (4, 3)
        live.page.fill("#kg-find", "biden")
        live.page.press("#kg-find", "Enter")
        selected = live.evaluate(
            "() => network.getSelectedNodes().map(id => network.body.data.nodes.get(id).label)")
        assert selected == ["Joe Biden"]
        live.page.uncheck("input[data-kind=types][value=Person]")
        live.settle()
        assert live.drawn() == (3, 1)
        assert live.report.clean(), live.report.problems()


def test_big_graph_is_cut_laid_out_and_says_so(chromium, tmp_path):
    facts = [(f"Hub{h}", "meets", f"N{h}-{i}") for h in range(8) for i in range(40)]
    facts += [(f"Hub{h}", "phones", f"Hub{h + 1}") for h in range(7)]
    g = make_graph(facts)
    path = tmp_path / "big.html"
    write_html(g, path, title="big", max_nodes=150, physics_max=100)
    model = html_model(g, max_nodes=150, physics_max=100)
    report = open_page(path, browser=chromium, screenshot="big-graph")
    assert report.clean(), report.problems()
    assert (report.nodes, report.edges) == (150, model.visible_edges())
    assert "most central of 328 entities" in report.text


def test_empty_graph_page_loads(chromium, tmp_path):
    from kgraph.graph import new_graph
    path = tmp_path / "empty.html"
    write_html(new_graph(), path)
    report = open_page(path, browser=chromium, timeout_ms=10000)
    assert report.clean(), report.problems()
    assert (report.nodes, report.edges) == (0, 0)


def test_iframe_page_draws_inside_another_page(chromium, tmp_path):
    from kgraph.export.html import graph_iframe
    g = make_graph([(HOSTILE_NAME, "phones", "B"), ("B", "meets", "C")])
    path = tmp_path / "notebook.html"
    path.write_text(f"<!DOCTYPE html><html><body>{graph_iframe(g, HOSTILE_TITLE)}</body></html>",
                    encoding="utf-8")
    with browse(path, browser=chromium) as live:
        frame = live.page.frames[1]
        frame.wait_for_function("() => window.kgraphReady === true", timeout=15000)
        assert frame.evaluate("() => [network.body.data.nodes.length, network.body.data.edges.length]") == [3, 2]
        assert frame.evaluate("() => document.querySelector('h1').textContent") == HOSTILE_TITLE
        assert live.report.clean(), live.report.problems()
