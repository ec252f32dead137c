"""Hostile text (issue 6) through the whole pipeline — files on disk, `kgraph build`, the
written graph.ttl and graph.html: markup, quotes, template syntax and Turtle/SPARQL look-alikes
in file names, jsonl ids, titles, names and evidence stay text. The Turtle re-parses (rdflib
and Oxigraph) to the same graph with no injected triple; every minted IRI is made of safe
characters; the page, opened in chromium, runs nothing, opens no dialog and loads nothing.
"""
from __future__ import annotations

import json
import re
from pathlib import Path

import pyoxigraph as ox
import pytest
from rdflib import Graph, Literal, URIRef
from rdflib.compare import isomorphic
from rdflib.namespace import DCTERMS, RDF

from kgraph.cli import main
from kgraph.namespaces import KG

BASE = "https://example.org/kgraph/"
SCRIPT = "</textarea><script>window.__pwned=1;alert('x')</script>"
TEMPLATES = "{{7*7}} {% if 1 %}x{% endif %} ${alert(1)} #{7*7} <%= 7*7 %>"
TURTLE = '<a> <b> "c" ; ev:x """y""" \\ \' > # @prefix ev: <http://evil.example/> .'
SPARQL = "} ; DROP ALL ; INSERT DATA { <http://evil.example/s> <http://evil.example/p> 1 } #"
FILE_NAME = 'x"><img src=x onerror=alert(1)>{{7*7}}.txt'
TITLE = f"</title><script>window.__pwned=2</script> {TEMPLATES} javascript:alert(1)"
SPEECH = (f'Bundeskanzler Olaf Scholz hat am Donnerstag mit Emmanuel Macron telefoniert, '
          f'"{SCRIPT} {TEMPLATES} javascript:alert(1) {TURTLE}" sagte er.')
NAME_SENTENCE = "Peter O'Brien-\"Smith\" hat am Freitag mit Emmanuel Macron gesprochen."
JSONL = [
    {"id": f'a> <b> "c" .\n{TURTLE}', "title": f'{SPARQL} """ \'\'\' \\', "language": "de",
     "url": "javascript:alert(document.cookie)",
     "text": f"Die USA schicken 1000 Soldaten nach Rumänien. {SPARQL}"},
    {"id": "../../etc/passwd", "title": "Pfad", "language": "de",
     "text": "Frankreich unterstützt die Ukraine mit weiteren Lieferungen."},
    {"id": "news.2024", "title": "Eins", "language": "de",
     "text": "Polen kritisiert Russland wegen der Angriffe auf die Ukraine."},
    {"id": "news.2025", "title": "Zwei", "language": "de",
     "text": "Spanien unterstützt Polen bei der Sicherung der Grenze."},
]
SAFE_IRI = re.compile(r"^https://example\.org/kgraph/[A-Za-z0-9\-._~%/]+$")


@pytest.fixture(scope="module")
def built(tmp_path_factory) -> Path:
    root = tmp_path_factory.mktemp("hostile")
    src = root / "src"
    src.mkdir()
    (src / FILE_NAME).write_text(
        f" date 2022-02 {TITLE} Stand: 03.02.2022 04:14 Uhr\n\n{SPEECH}\n\n{NAME_SENTENCE}\n",
        encoding="utf-8")
    (src / "feed.jsonl").write_text("\n".join(json.dumps(r) for r in JSONL) + "\n",
                                    encoding="utf-8")
    out = root / "out"
    assert main(["build", str(src), "--out", str(out), "--jobs", "1", "--no-cache", "-q",
                 "--strict"]) == 0
    return out


def test_turtle_reparses_identically_in_rdflib_and_oxigraph(built):
    data = (built / "graph.ttl").read_bytes()
    g = Graph().parse(data=data, format="turtle")
    store = ox.Store()
    store.load(data, format=ox.RdfFormat.TURTLE)
    from_ox = Graph()
    for q in store:
        from_ox.add(tuple(_to_rdflib(t) for t in (q.subject, q.predicate, q.object)))
    assert len(g) == len(from_ox) > 50 and isomorphic(g, from_ox)
    # and it says what went in: the hostile strings are literals, whole
    titles = {str(t) for t in g.objects(None, DCTERMS.title)}
    assert TITLE in titles and f'{SPARQL} """ \'\'\' \\' in titles
    ids = {str(t) for t in g.objects(None, DCTERMS.identifier)}
    assert FILE_NAME in ids
    evidence = {str(t) for t in g.objects(None, KG.evidence)}
    assert any(SCRIPT in e and TEMPLATES in e and TURTLE in e for e in evidence)


def test_nothing_was_injected(built):
    g = Graph().parse(built / "graph.ttl", format="turtle")
    terms = {t for triple in g for t in triple}
    iris = {str(t) for t in terms if isinstance(t, URIRef)}
    assert not [i for i in iris if i.startswith("http://evil") or "/.." in i]
    minted = {i for i in iris if i.startswith(BASE)}
    assert minted and all(SAFE_IRI.match(i) for i in minted), sorted(minted)
    # subjects are only kgraph's own nodes and the vocabulary: no triple made up by text
    assert all(str(s).startswith(BASE) for s in g.subjects())
    assert not [lit for lit in terms if isinstance(lit, Literal) and lit.datatype
                and "evil" in str(lit.datatype)]
    # no javascript: URL is kept as an article URL
    assert not [o for o in g.objects(None, URIRef("http://schema.org/url"))
                if not str(o).startswith("http")]


def test_hostile_ids_give_distinct_safe_article_iris(built):
    g = Graph().parse(built / "graph.ttl", format="turtle")
    articles = set(g.subjects(RDF.type, KG.Article))
    assert len(articles) == 5                    # news.2024 and news.2025 did not merge
    for a in articles:
        segment = str(a)[len(BASE + "article/"):]
        assert re.fullmatch(r"[A-Za-z0-9\-._~%]+", segment), segment   # one path segment


def test_base_iri_cannot_smuggle_turtle(tmp_path, capsys):
    src = tmp_path / "a.txt"
    src.write_text(f"Titel\n\n{NAME_SENTENCE}\n")
    for bad in ('https://x.example/> . <a> <b> "c', "https://x.example/\n@prefix",
                "javascript:alert(1)//{{x}}", "https://x.example/a b"):
        assert main(["build", str(src), "--out", str(tmp_path / "o"), "--base-iri", bad]) == 2
        assert not (tmp_path / "o" / "graph.ttl").exists()
    assert "invalid base IRI" in capsys.readouterr().err


def test_page_keeps_markup_and_templates_as_text(built):
    from kgraph.export.html import graph_html
    page = (built / "graph.html").read_text(encoding="utf-8")
    for raw in (SCRIPT, "<script>window.__pwned", "<img src=x", "</textarea>", TITLE):
        assert raw not in page
    # every tag opener in the page is the page's own: a page of an empty graph (the same
    # inlined library and script) has exactly as many of each
    empty = graph_html(Graph(), title="t")
    for tag in ("<script", "</script", "<img", "<textarea", "</textarea", "<iframe", "</title",
                "<title", "<a ", "<svg", "<!--"):
        assert page.lower().count(tag) == empty.lower().count(tag), tag


@pytest.mark.skipif(not Path("/usr/bin/chromium").exists(), reason="chromium not installed")
def test_page_runs_nothing_in_the_browser(built):
    from browser import browse   # tests/browser.py (playwright + Debian chromium)
    with browse(built / "graph.html") as live:
        report = live.report
        assert report.clean(), report.problems()
        assert report.dialogs == [] and report.requests == []
        assert live.evaluate("() => [window.__pwned, typeof window.__pwned]") == [None, "undefined"]
        assert live.evaluate("() => document.querySelectorAll("
                             "'img, textarea, iframe, object, embed, a[href^=\"javascript\"]')"
                             ".length") == 0
        assert report.title.endswith(str(built.parent / "src"))
        labels = live.evaluate("() => network.body.data.nodes.get().map(n => n.label)")
        assert "Peter O'Brien-\"Smith" in labels
        tips = live.evaluate("() => network.body.data.edges.get().map(e => e.title.textContent)"
                             ".join('\\n')")
        # the evidence, the article title and the file name arrive as written, as text
        assert SCRIPT in tips and TEMPLATES in tips and TURTLE in tips
        assert TITLE in tips and FILE_NAME in tips
        assert "&lt;" not in tips and "&quot;" not in tips
        assert live.evaluate("() => window.__pwned") is None and report.dialogs == []


def _to_rdflib(term):
    from rdflib import BNode
    if isinstance(term, ox.NamedNode):
        return URIRef(term.value)
    if isinstance(term, ox.BlankNode):
        return BNode(term.value)
    dt = term.datatype.value if term.datatype else None
    if term.language:
        return Literal(term.value, lang=term.language)
    if dt == "http://www.w3.org/2001/XMLSchema#string":
        dt = None
    return Literal(term.value, datatype=dt)


@pytest.mark.xfail(strict=True, reason="kgraph/graph.py mints open-relation IRIs whose local "
                   "name starts with '%' (kgo:%C3%A4ndern); rdflib's Turtle serializer then "
                   "writes '@prefix ns1: <https://w3id.org/kgraph/open#%> .', which Oxigraph "
                   "rejects (invalid percent encoding)")
def test_open_relations_with_umlauts_give_turtle_that_oxigraph_reads(tmp_path):
    from kgraph.export.formats import export_text
    src = tmp_path / "a.txt"
    src.write_text("Titel der Meldung\n\nPolen ändert seine Haltung gegenüber Russland. "
                   "Frankreich übernimmt die Führung der Mission in Mali.\n", encoding="utf-8")
    assert main(["build", str(src), "--out", str(tmp_path / "out"), "--jobs", "1",
                 "--no-cache", "-q"]) == 0
    data = (tmp_path / "out" / "graph.ttl").read_bytes()
    store = ox.Store()
    store.load(data, format=ox.RdfFormat.TURTLE)          # fails today
    assert len(store) == len(Graph().parse(data=data, format="turtle"))
    from browser import make_graph
    g = make_graph([("Polen", "ändern", "Russland"), ("Frankreich", "übernehmen", "Mali")])
    ox.Store().load(export_text(g, "ttl").encode("utf-8"), format=ox.RdfFormat.TURTLE)
