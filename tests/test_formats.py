"""Export formats re-read by independent parsers (pyoxigraph, rdflib, networkx, csv) with
the counts of the source graph; every export deterministic; CLI export and build --format."""
import csv
import io

import networkx as nx
import pyoxigraph as ox
import pytest
from rdflib import Graph

from kgraph.cli import main
from kgraph.export.formats import CSV_COLUMNS, FORMATS, export_text, fact_records, write_format
from kgraph.namespaces import KG, PROV, RDF
from kgraph.query import read_graph
from test_api import built  # shared session-built graphs (tests/ is on sys.path)


@pytest.fixture(scope="module")
def mini_ttl(tmp_path_factory):
    return built(tmp_path_factory, "mini")


@pytest.fixture(scope="module")
def g(mini_ttl) -> Graph:
    return read_graph(mini_ttl)


def ox_triples(text: str, fmt) -> set:
    return {(q.subject, q.predicate, q.object) for q in ox.parse(text.encode("utf-8"), format=fmt)}


def source_triples(g: Graph) -> set:
    return ox_triples(g.serialize(format="nt"), ox.RdfFormat.N_TRIPLES)


@pytest.mark.parametrize("fmt,oxfmt", [("ttl", ox.RdfFormat.TURTLE), ("nt", ox.RdfFormat.N_TRIPLES),
                                       ("trig", ox.RdfFormat.TRIG), ("jsonld", ox.RdfFormat.JSON_LD)])
def test_rdf_formats_hold_exactly_the_graph(g, fmt, oxfmt):
    assert ox_triples(export_text(g, fmt), oxfmt) == source_triples(g)


def test_jsonld_has_a_context_and_reads_back_in_rdflib(g):
    import json
    text = export_text(g, "jsonld")
    doc = json.loads(text)
    assert doc["@context"]["kg"] == str(KG._NS)
    assert any(node.get("@type") == "kg:Article" for node in doc["@graph"])
    back = Graph().parse(data=text, format="json-ld")
    assert len(back) == len(g)


def test_trig_has_one_named_graph_per_article(g):
    quads = list(ox.parse(export_text(g, "trig").encode("utf-8"), format=ox.RdfFormat.TRIG))
    quads = [q for q in quads if not isinstance(q.graph_name, ox.DefaultGraph)]
    named = {q.graph_name.value for q in quads}
    articles = {str(a) for a in g.subjects(RDF.type, KG.Article)}
    assert named == articles and len(articles) == 2
    # each article's graph holds the facts that article reports, and only those
    for art in articles:
        facts = {q.subject.value for q in quads if q.graph_name.value == art
                 and q.predicate.value == str(RDF.type) and q.object.value == str(KG.Fact)}
        reported = {str(f) for f in g.subjects(PROV.wasDerivedFrom, None)
                    if (f, PROV.wasDerivedFrom, ox_to_iri(art)) in g}
        assert facts == reported and facts


def ox_to_iri(value: str):
    from rdflib import URIRef
    return URIRef(value)


def test_nt_lines_are_sorted_and_unique(g):
    lines = export_text(g, "nt").splitlines()
    assert lines == sorted(set(lines)) and len(lines) == len(g)


def test_graphml_for_gephi(g, tmp_path):
    path = write_format(g, tmp_path / "g.graphml", "graphml")
    G = nx.read_graphml(path)
    entities = {str(e) for t in ("Person", "Organization", "Country", "City", "Location", "Group")
                for e in g.subjects(RDF.type, KG[t])}
    assert set(G.nodes) == entities
    facts = fact_records(g)
    assert G.number_of_edges() == len(facts)
    attrs = [d for _, _, d in G.edges(data=True)]
    assert {"asserted", "planned", "hypothetical", "negated"} == {d["modality"] for d in attrs}
    deploy = next(d for d in attrs if d["relation"] == "deploys" and d["modality"] == "planned")
    assert deploy["quantity"] == 3000 and "Soldaten" in deploy["evidence"] and deploy["article"]
    assert all(G.nodes[n]["label"] and G.nodes[n]["type"] for n in G.nodes)


def test_csv_one_row_per_fact(g):
    rows = list(csv.DictReader(io.StringIO(export_text(g, "csv"))))
    assert tuple(rows[0].keys()) == CSV_COLUMNS
    assert len(rows) == len(set(g.subjects(RDF.type, KG.Fact)))
    call = [r for r in rows if r["relation"] == "phones" and r["modality"] == "asserted"]
    assert {(r["subject"], r["object"]) for r in call} <= {("Joe Biden", "Emmanuel Macron"),
                                                          ("Emmanuel Macron", "Joe Biden")} and call
    deploy = next(r for r in rows if r["relation"] == "deploys" and r["modality"] == "planned")
    assert (deploy["quantity"], deploy["destination"], deploy["date"]) == ("3000", "Lithuania", "2024-03-04")
    assert deploy["article"].endswith("#call") and "Pentagon" in deploy["evidence"]


@pytest.mark.parametrize("fmt", list(FORMATS))
def test_exports_are_deterministic(mini_ttl, g, fmt):
    again = read_graph(mini_ttl)   # a second, independently parsed copy
    assert export_text(g, fmt) == export_text(again, fmt) == export_text(g, fmt)


def test_turtle_export_reproduces_the_built_file(mini_ttl, tmp_path):
    out = tmp_path / "again.ttl"
    assert main(["export", str(mini_ttl), "--format", "ttl", "--out", str(out), "-q"]) == 0
    assert out.read_bytes() == mini_ttl.read_bytes()


def test_cli_export_every_format(mini_ttl, tmp_path, capsys):
    for fmt, suffix in FORMATS.items():
        out = tmp_path / f"g{suffix}"
        assert main(["export", str(mini_ttl), "--format", fmt, "--out", str(out)]) == 0
        assert out.stat().st_size > 0
        assert f"wrote {out}" in capsys.readouterr().out
    # default output name: the graph's name with the format's suffix
    copy = tmp_path / "copy.ttl"
    copy.write_bytes(mini_ttl.read_bytes())
    assert main(["export", str(copy), "--format", "csv", "-q"]) == 0
    assert (tmp_path / "copy.csv").exists()
    assert main(["export", str(copy), "--format", "ttl"]) == 2   # never overwrite the input
    assert main(["export", str(tmp_path / "missing.ttl"), "--format", "nt"]) == 2


def test_build_writes_the_requested_formats(tmp_path, tmp_path_factory):
    src = built(tmp_path_factory, "mini").parent / "news.jsonl"
    out = tmp_path / "out"
    assert main(["build", str(src), "--out", str(out), "--format", "trig,csv", "-q",
                 "--jobs", "1", "--no-cache"]) == 0
    assert sorted(p.name for p in out.iterdir() if not p.name.startswith(".")) == \
        ["graph.csv", "graph.html", "graph.trig"]
    assert main(["build", str(src), "--out", str(out), "--format", "pdf", "-q"]) == 2
