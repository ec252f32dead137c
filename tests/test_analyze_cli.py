"""``kgraph analyze`` as a user runs it, on a graph file written by hand and on the seed."""
from __future__ import annotations

import csv
import io

import pytest
from browser import make_graph, seed_build

from kgraph.cli import main


@pytest.fixture(scope="module")
def graph_file(tmp_path_factory):
    facts = [
        {"subject": "Joe Biden", "relation": "phones", "object": "Emmanuel Macron",
         "sentence": "Biden telefonierte mit Macron.", "date": "2022-02-03"},
        {"subject": "Emmanuel Macron", "relation": "phones", "object": "Vladimir Putin",
         "sentence": "Macron sprach am Telefon mit Putin.", "date": "2022-02-20"},
        {"subject": "Joe Biden", "relation": "meets", "object": "Olaf Scholz",
         "modality": "planned", "sentence": "Biden will Scholz treffen.", "date": "2022-02-07"},
        {"subject": "Olaf Scholz", "relation": "meets", "object": "Vladimir Putin",
         "modality": "planned", "sentence": "Scholz reist zu Putin.", "date": "2022-02-15"},
        {"subject": "Vladimir Putin", "relation": "leaderOf", "object": "Russia",
         "sentence": "Kremlchef Putin."},
    ]
    people = {p: "Person" for p in ("Joe Biden", "Emmanuel Macron", "Vladimir Putin", "Olaf Scholz")}
    path = tmp_path_factory.mktemp("analyze") / "graph.ttl"
    make_graph(facts, types=people, date="2022-03-01").serialize(path, format="turtle")
    return path


def run(capsys, *argv):
    rc = main(["analyze", *map(str, argv)])
    out, err = capsys.readouterr()
    return rc, out, err


def test_report_has_rankings_communities_and_counts(graph_file, capsys):
    rc, out, _ = run(capsys, graph_file)
    assert rc == 0
    for heading in ("## Degree centrality", "## PageRank", "## Betweenness centrality",
                    "## Communities (Louvain)", "## Facts per relation", "## Facts per modality"):
        assert heading in out
    assert "| asserted | 3 |" in out and "planned" not in out.split("## Facts per modality")[1]


def test_include_adds_planned_facts(graph_file, capsys):
    _, out, _ = run(capsys, graph_file, "--include", "planned")
    assert "| planned | 2 |" in out and "| asserted | 3 |" in out
    assert run(capsys, graph_file, "--include", "maybe")[0] == 2


def test_path_lists_each_hop_with_evidence(graph_file, capsys):
    rc, out, _ = run(capsys, graph_file, "--path", "Joe Biden", "Vladimir Putin")
    assert rc == 0
    assert "Joe Biden —phones→ Emmanuel Macron" in out
    assert "Emmanuel Macron —phones→ Vladimir Putin" in out
    assert out.index("Biden telefonierte mit Macron.") < out.index("Macron sprach am Telefon mit Putin.")


def test_path_csv_and_out_file(graph_file, capsys, tmp_path):
    target = tmp_path / "path.csv"
    rc, out, _ = run(capsys, graph_file, "--path", "biden", "putin", "--format", "csv",
                     "--out", target)
    assert rc == 0 and out == ""
    rows = list(csv.DictReader(io.StringIO(target.read_text(encoding="utf-8"))))
    assert [(r["source"], r["relation"], r["target"]) for r in rows] == [
        ("Joe Biden", "phones", "Emmanuel Macron"), ("Emmanuel Macron", "phones", "Vladimir Putin")]


def test_relation_and_date_filters_change_the_connection(graph_file, capsys):
    # without the phone calls, Biden reaches Putin only through the planned meetings
    rc, _, err = run(capsys, graph_file, "--path", "Joe Biden", "Vladimir Putin",
                     "--relation", "meets")
    assert rc == 1 and "no connection" in err
    rc, out, _ = run(capsys, graph_file, "--path", "Joe Biden", "Vladimir Putin",
                     "--relation", "meets", "--include", "planned")
    assert rc == 0 and "Biden will Scholz treffen." in out and "Scholz reist zu Putin." in out
    # the Macron–Putin call (20 Feb) falls outside 1–10 Feb
    rc, _, _ = run(capsys, graph_file, "--path", "Joe Biden", "Vladimir Putin",
                   "--from", "2022-02-01", "--to", "2022-02-10")
    assert rc == 1


def test_ego_report_is_limited_to_the_neighbourhood(graph_file, capsys):
    _, out, _ = run(capsys, graph_file, "--ego", "Vladimir Putin", "--format", "csv")
    entities = {r["entity"] for r in csv.DictReader(io.StringIO(out)) if r["section"] == "degree"}
    assert entities == {"Vladimir Putin", "Emmanuel Macron", "Russia"}


def test_unknown_entity_and_missing_file_are_errors(graph_file, capsys, tmp_path):
    rc, _, err = run(capsys, graph_file, "--path", "Nobody", "Joe Biden")
    assert rc == 2 and "Nobody" in err
    assert run(capsys, tmp_path / "missing.ttl")[0] == 2


def test_trig_input(graph_file, capsys, tmp_path):
    from rdflib import Dataset, Graph, URIRef
    ds = Dataset()
    named = ds.graph(URIRef("https://example.org/kgraph/article/hand"))
    for t in Graph().parse(graph_file):
        named.add(t)
    trig = tmp_path / "graph.trig"
    ds.serialize(trig, format="trig")
    _, out_trig, _ = run(capsys, trig)
    _, out_ttl, _ = run(capsys, graph_file)
    assert out_trig.split("\n", 1)[1] == out_ttl.split("\n", 1)[1]  # same report, other title


def test_seed_biden_reaches_putin(capsys):
    graph = seed_build() / "graph.ttl"
    rc, out, _ = run(capsys, graph, "--path", "Joe Biden", "Vladimir Putin")
    assert rc == 0 and "Vladimir Putin" in out and "> " in out
    rc, out, _ = run(capsys, graph)
    assert rc == 0 and "Joe Biden" in out
