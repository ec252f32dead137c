"""Hostile text (issue 6) through the whole pipeline — files on disk, `kgraph build`, the
written graph.ttl and graph.html: markup, quotes, template syntax and Turtle/SPARQL look-alikes
in file names, jsonl ids, titles, names and evidence stay text. The Turtle re-parses (rdflib
and Oxigraph) to the same graph with no injected triple; every minted IRI is made of safe
characters; the page, opened in chromium, runs nothing, opens no dialog and loads nothing.
"""
from __future__ import annotations

import argparse
import http.server
import json
import os
import re
import socket
import subprocess
import sys
import threading
import time
import urllib.error
import urllib.parse
import urllib.request
from concurrent.futures import ThreadPoolExecutor
from contextlib import contextmanager
from pathlib import Path
from typing import Iterator, Optional

import pyoxigraph as ox
import pytest
# tests/browser.py: Debian chromium through playwright
from browser import browse, requires_chromium
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
SRC_DIR = "src<img src=x onerror=alert(9)>{{7*7}}"
SAFE_IRI = re.compile(r"^https://example\.org/kgraph/[A-Za-z0-9\-._~%/]+$")


@pytest.fixture(scope="module")
def built(tmp_path_factory) -> Path:
    root = tmp_path_factory.mktemp("hostile")
    src = root / SRC_DIR              # the page's title and heading name the source folder
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


def _inspect_page(path: Path) -> dict:
    """Open the page in chromium and collect what it did (runs in a thread of its own: a
    sync playwright cannot start where another test module's browser loop is running)."""
    with browse(path) as live:
        return {
            "problems": live.report.problems(), "dialogs": live.report.dialogs,
            "requests": live.report.requests, "title": live.report.title,
            "pwned": live.evaluate("() => [window.__pwned, typeof window.__pwned]"),
            "dangerous": live.evaluate("() => document.querySelectorAll('img, textarea, "
                                       "iframe, object, embed, a[href^=\"javascript\"]').length"),
            "labels": live.evaluate("() => network.body.data.nodes.get().map(n => n.label)"),
            "tips": live.evaluate("() => network.body.data.edges.get()"
                                  ".map(e => e.title.textContent).join('\\n')"),
            "pwned_later": live.evaluate("() => typeof window.__pwned"),
        }


@requires_chromium
def test_page_runs_nothing_in_the_browser(built):
    with ThreadPoolExecutor(1) as pool:
        seen = pool.submit(_inspect_page, built / "graph.html").result(timeout=180)
    assert seen["problems"] == [] and seen["dialogs"] == [] and seen["requests"] == []
    assert seen["pwned"] == [None, "undefined"] and seen["pwned_later"] == "undefined"
    assert seen["dangerous"] == 0
    assert seen["title"].endswith(str(built.parent / SRC_DIR))
    assert "Peter O'Brien-\"Smith" in seen["labels"]
    tips = seen["tips"]
    # the evidence, the article title and the file name arrive as written, as text
    assert SCRIPT in tips and TEMPLATES in tips and TURTLE in tips
    assert TITLE in tips and FILE_NAME in tips
    assert "&lt;" not in tips and "&quot;" not in tips


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


# ---------------------------------------------------------------- kgraph query / serve
def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def _get(port: int, query: str, timeout: float = 30) -> tuple[int, bytes]:
    url = f"http://127.0.0.1:{port}/query?" + urllib.parse.urlencode({"query": query})
    try:
        with urllib.request.urlopen(url, timeout=timeout) as resp:
            return resp.status, resp.read()
    except urllib.error.HTTPError as exc:
        return exc.code, exc.read()


@contextmanager
def _listener() -> Iterator[tuple[int, list[str]]]:
    """A local HTTP server that records every request (stands in for any other host)."""
    hits: list[str] = []

    class Recorder(http.server.BaseHTTPRequestHandler):
        def do_GET(self) -> None:
            hits.append(self.path)
            body = b'{"head":{"vars":["s"]},"results":{"bindings":[]}}'
            self.send_response(200)
            self.send_header("Content-Type", "application/sparql-results+json")
            self.send_header("Content-Length", str(len(body)))
            self.end_headers()
            self.wfile.write(body)
        do_POST = do_GET

        def log_message(self, *args) -> None:
            pass

    server = http.server.HTTPServer(("127.0.0.1", 0), Recorder)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    try:
        yield server.server_address[1], hits
    finally:
        server.shutdown()
        server.server_close()


@contextmanager
def _serve(graph: Path, *options: str) -> Iterator[tuple[int, subprocess.Popen]]:
    port = _free_port()
    proc = subprocess.Popen([sys.executable, "-m", "kgraph", "serve", str(graph), "--port",
                             str(port), *options], stderr=subprocess.DEVNULL)
    try:
        deadline = time.monotonic() + 120
        while True:
            try:
                socket.create_connection(("127.0.0.1", port), timeout=0.2).close()
                break
            except OSError:
                assert proc.poll() is None and time.monotonic() < deadline, "serve did not start"
                time.sleep(0.05)
        yield port, proc
    finally:
        proc.terminate()
        proc.wait(timeout=30)


RUNAWAY = ("SELECT (COUNT(*) AS ?n) WHERE { ?a ?b ?c . ?d ?e ?f . ?g ?h ?i . ?j ?k ?l . "
           "?m ?n2 ?o . ?p ?q ?r }")


def _non_loopback_address() -> Optional[str]:
    try:
        with socket.socket(socket.AF_INET, socket.SOCK_DGRAM) as s:
            s.connect(("10.255.255.255", 1))      # no packet is sent: only picks the route
            addr = s.getsockname()[0]
    except OSError:
        return None
    return None if addr.startswith("127.") else addr


def test_serve_defaults_to_loopback_with_limits():
    from kgraph.commands import serve
    parser = argparse.ArgumentParser()
    serve.register(parser.add_subparsers())
    args = parser.parse_args(["serve", "graph.ttl"])
    assert args.host == "127.0.0.1" and 0 < args.timeout <= 60 and 0 < args.max_results <= 10**6


def test_serve_is_read_only_local_and_time_limited(built):
    with _serve(built / "graph.ttl", "--builtin", "--timeout", "1") as (port, _):
        ask = 'SELECT (COUNT(*) AS ?n) WHERE { ?s ?p ?o }'
        status, before = _get(port, ask)
        assert status == 200
        for update in ("INSERT DATA { <http://evil.example/s> <http://evil.example/p> 1 }",
                       "DROP ALL", "LOAD <file:///etc/passwd>", SPARQL.lstrip("} ;")):
            assert _get(port, update)[0] == 400
            req = urllib.request.Request(f"http://127.0.0.1:{port}/query", method="POST",
                                         data=update.encode(),
                                         headers={"Content-Type": "application/sparql-update"})
            with pytest.raises(urllib.error.HTTPError):
                urllib.request.urlopen(req, timeout=10)
        assert _get(port, ask) == (200, before)
        t0 = time.monotonic()
        assert _get(port, RUNAWAY)[0] == 503
        assert time.monotonic() - t0 < 10
        assert _get(port, ask) == (200, before)            # still answering
        other = _non_loopback_address()
        if other:
            with pytest.raises(OSError):
                socket.create_connection((other, port), timeout=2).close()


def test_serve_stops_a_query_past_its_time_limit(built):
    with _serve(built / "graph.ttl", "--builtin", "--timeout", "1") as (port, proc):
        assert _get(port, RUNAWAY)[0] == 503
        time.sleep(0.5)
        cpu = _cpu_seconds(proc.pid)
        time.sleep(1.5)
        assert _cpu_seconds(proc.pid) - cpu < 0.5


def _cpu_seconds(pid: int) -> float:
    fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
    return (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")


def test_query_makes_no_network_request(built, capsys):
    with _listener() as (port, hits):
        main(["query", str(built / "graph.ttl"),
              f"SELECT * WHERE {{ SERVICE <http://127.0.0.1:{port}/sparql> {{ ?s ?p ?o }} }}"])
        main(["query", str(built / "graph.ttl"),
              f"SELECT * FROM <http://127.0.0.1:{port}/g.ttl> WHERE {{ ?s ?p ?o }} LIMIT 1"])
    capsys.readouterr()
    assert hits == []


def test_serve_makes_no_network_request(built, tmp_path):
    from kgraph.commands.serve import make_server, prepare_store
    folder = prepare_store(built / "graph.ttl", tmp_path)
    server = make_server(folder, "127.0.0.1", 0, timeout=10)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    try:
        with _listener() as (port, hits):
            _get(server.server_address[1],
                 f"SELECT * WHERE {{ SERVICE <http://127.0.0.1:{port}/sparql> {{ ?s ?p ?o }} }}")
    finally:
        server.shutdown()
        server.server_close()
    assert hits == []
