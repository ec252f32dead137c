"""SPARQL servers: a build written into a real Oxigraph server on loopback and queried
back; `kgraph serve` answering SPARQL over a store folder or a Turtle file."""
from __future__ import annotations

import json
import socket
import subprocess
import sys
import threading
import time
import urllib.error
import urllib.parse
import urllib.request
from pathlib import Path

import pytest

from kgraph import store as stores
from kgraph.build import build
from kgraph.cli import main
from kgraph.namespaces import KG, RDF
from kgraph.commands.serve import make_server, oxigraph_binary, prepare_store

from scale_helpers import write_corpus

FACTS = "SELECT (COUNT(?f) AS ?n) WHERE { ?f a <https://w3id.org/kgraph/ontology#Fact> }"
TRIPLES = "SELECT (COUNT(*) AS ?n) WHERE { ?s ?p ?o }"


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def wait_for(port: int, proc=None, seconds: float = 30.0) -> None:
    end = time.time() + seconds
    while time.time() < end:
        if proc is not None and proc.poll() is not None:
            raise RuntimeError(f"server exited: {proc.stderr.read() if proc.stderr else ''}")
        try:
            with socket.create_connection(("127.0.0.1", port), timeout=0.5):
                return
        except OSError:
            time.sleep(0.1)
    raise TimeoutError(f"nothing listens on {port}")


def ask(port: int, query: str) -> dict:
    req = urllib.request.Request(
        f"http://127.0.0.1:{port}/query?" + urllib.parse.urlencode({"query": query}),
        headers={"Accept": "application/sparql-results+json"})
    with urllib.request.urlopen(req, timeout=30) as resp:
        return json.load(resp)


def count(port: int, query: str) -> int:
    return int(ask(port, query)["results"]["bindings"][0]["n"]["value"])


def stop(proc: subprocess.Popen) -> None:
    proc.terminate()
    try:
        proc.wait(timeout=10)
    except subprocess.TimeoutExpired:
        proc.kill()
        proc.wait()


@pytest.fixture
def oxigraph_server(tmp_path):
    binary = oxigraph_binary()
    if binary is None:
        pytest.skip("the oxigraph server (PyPI package 'oxigraph') is not installed")
    port = free_port()
    proc = subprocess.Popen([binary, "serve", "--location", str(tmp_path / "server-db"),
                             "--bind", f"127.0.0.1:{port}"],
                            stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True)
    try:
        wait_for(port, proc)
        yield port
    finally:
        stop(proc)


def test_build_into_a_running_sparql_server(tmp_path, oxigraph_server):
    port = oxigraph_server
    src = write_corpus(tmp_path / "src")
    url = f"http://127.0.0.1:{port}"
    assert main(["build", str(src), "--out", str(tmp_path / "out"), "--store", f"sparql:{url}",
                 "--jobs", "1", "-q"]) == 0
    g, _ = build([src])
    assert count(port, TRIPLES) == len(g)
    assert count(port, FACTS) == len(set(g.subjects(RDF.type, KG.Fact))) > 0
    # an asserted fact of the build is there, as a statement and as a direct edge
    f = sorted(g.subjects(KG.modality, KG.asserted))[0]
    s, p, o = (g.value(f, x).n3() for x in (RDF.subject, RDF.predicate, RDF.object))
    assert ask(port, f"ASK {{ {s} {p} {o} . {f.n3()} {RDF.predicate.n3()} {p} }}")["boolean"]
    # a second build replaces the default graph instead of adding to it
    (src / "c_biden.txt").unlink()
    assert main(["build", str(src), "--out", str(tmp_path / "out"), "--store", f"sparql:{url}",
                 "--jobs", "1", "-q"]) == 0
    g2, _ = build([src])
    assert count(port, TRIPLES) == len(g2)


def test_unreachable_server_is_one_error_line(tmp_path, capsys):
    src = write_corpus(tmp_path / "src", ["c_biden.txt"])
    port = free_port()
    assert main(["build", str(src), "--out", str(tmp_path / "out"), "--jobs", "1", "-q",
                 "--store", f"sparql:http://127.0.0.1:{port}"]) == 1
    assert "cannot reach the SPARQL server" in capsys.readouterr().err


@pytest.mark.parametrize("what", ["store", "turtle"])
def test_kgraph_serve(tmp_path, what):
    src, db = write_corpus(tmp_path / "src"), tmp_path / "db"
    assert main(["build", str(src), "--out", str(tmp_path / "out"), "--store", f"oxigraph:{db}",
                 "--jobs", "1", "-q"]) == 0
    g, _ = build([src])
    target = db if what == "store" else tmp_path / "out" / "graph.ttl"
    port = free_port()
    proc = subprocess.Popen([sys.executable, "-m", "kgraph", "serve", str(target),
                             "--port", str(port)], stderr=subprocess.PIPE, text=True)
    try:
        wait_for(port, proc)
        assert count(port, TRIPLES) == len(g)
        # read-only: updates are refused
        req = urllib.request.Request(f"http://127.0.0.1:{port}/update", method="POST",
                                     data=b"INSERT DATA { <http://a> <http://b> <http://c> }",
                                     headers={"Content-Type": "application/sparql-update"})
        with pytest.raises(urllib.error.HTTPError):
            urllib.request.urlopen(req, timeout=10)
        assert count(port, TRIPLES) == len(g)
    finally:
        stop(proc)


def test_builtin_server_limits(tmp_path):
    src = write_corpus(tmp_path / "src", ["c_biden.txt"])
    g, _ = build([src])
    (tmp_path / "g.ttl").write_text(g.serialize(format="turtle"), encoding="utf-8")
    folder = prepare_store(tmp_path / "g.ttl", tmp_path)
    port = free_port()
    server = make_server(folder, "127.0.0.1", port, timeout=10, max_results=5)
    t = threading.Thread(target=server.serve_forever, daemon=True)
    t.start()
    try:
        assert count(port, TRIPLES) == len(g)
        with pytest.raises(urllib.error.HTTPError) as exc:   # more rows than allowed
            ask(port, "SELECT * WHERE { ?s ?p ?o }")
        assert exc.value.code == 400
        with pytest.raises(urllib.error.HTTPError):
            ask(port, "SELEKT nonsense")
    finally:
        server.shutdown()
        server.server_close()
