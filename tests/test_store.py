"""Stores: --store memory (default) and --store oxigraph:DIR give the same export; a store
folder opens wherever a Turtle file does; a rebuild replaces the store's content."""
from __future__ import annotations

import pytest

from kgraph import store as stores
from kgraph.build import build
from kgraph.cli import main
from kgraph.export.turtle import turtle_text
from kgraph.graph import IRIs
from kgraph.namespaces import KG

from scale_helpers import write_corpus


def test_oxigraph_store_gives_the_same_graph(tmp_path):
    src = write_corpus(tmp_path / "src")
    mem, _ = build([src])
    g = stores.open_store(f"oxigraph:{tmp_path / 'db'}")
    try:
        ox, report = build([src], graph=g)
        assert ox is g and len(g) == len(mem) == report.triples
        assert turtle_text(g) == turtle_text(mem)
    finally:
        stores.close(g)
    reopened = stores.load(tmp_path / "db")   # persistent: readable after closing
    try:
        assert len(reopened) == len(mem)
        assert turtle_text(reopened) == turtle_text(mem)
    finally:
        stores.close(reopened)


def test_cli_store_folder_is_queryable_and_rebuilt(tmp_path):
    src, db = write_corpus(tmp_path / "src"), tmp_path / "db"
    assert main(["build", str(src), "--out", str(tmp_path / "out"), "--store", f"oxigraph:{db}",
                 "--jobs", "1", "-q"]) == 0
    assert stores.is_store_dir(db)
    ttl = (tmp_path / "out" / "graph.ttl").read_bytes()
    g = stores.load(db)
    try:
        iris = IRIs()
        assert (iris.entity("bundeswehr"), KG.deploys, None) not in g  # planned: no edge
        rows = list(g.query("SELECT (COUNT(*) AS ?n) WHERE { ?f a <%s> }" % KG.Fact))
        assert int(rows[0][0]) > 0
    finally:
        stores.close(g)
    assert stores.load(tmp_path / "out" / "graph.ttl").serialize(format="turtle") is not None

    (src / "a_scholz.txt").unlink()   # a rebuild holds exactly the current sources
    assert main(["build", str(src), "--out", str(tmp_path / "out"), "--store", f"oxigraph:{db}",
                 "--jobs", "1", "-q"]) == 0
    g = stores.load(db)
    try:
        assert (IRIs().article("a_scholz"), None, None) not in g
        assert turtle_text(g).encode("utf-8") == (tmp_path / "out" / "graph.ttl").read_bytes()
    finally:
        stores.close(g)
    assert (tmp_path / "out" / "graph.ttl").read_bytes() != ttl


def test_query_command_reads_a_store_folder(tmp_path, capsys):
    src, db = write_corpus(tmp_path / "src", ["c_biden.txt"]), tmp_path / "db"
    assert main(["build", str(src), "--out", str(tmp_path / "out"), "--store", f"oxigraph:{db}",
                 "--jobs", "1", "-q"]) == 0
    from kgraph.query import load
    kg = load(db)
    assert len(kg.facts()) > 0


def test_bad_store_specs():
    for spec in ("postgres:x", "oxigraph:", "sparql:ftp://x", "mem"):
        with pytest.raises(ValueError):
            stores.parse_spec(spec)
    assert stores.parse_spec("sparql:http://127.0.0.1:7878") == ("sparql", "http://127.0.0.1:7878")
    assert stores.update_url("http://h:7878") == "http://h:7878/update"
    assert stores.update_url("http://h/ds/update") == "http://h/ds/update"
    with pytest.raises(ValueError):
        stores.load("/nonexistent/graph.ttl")
