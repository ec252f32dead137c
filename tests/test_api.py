"""The Python API: kgraph.load(...) → KGraph with .query() (pandas), .facts(), .sources(),
.entities(), .to_networkx(). Also home of the graph-building helpers the other tests of
validation, formats and queries import (the graphs are built once per session)."""
import json
from pathlib import Path

import pandas as pd
import pytest
from rdflib import Graph, URIRef

import kgraph
from kgraph.namespaces import KG, RDF
from kgraph.query import KGraph, QueryError

ROOT = Path(__file__).resolve().parent.parent

# Sentences written for these tests. Two articles; the Biden–Macron call is reported by both.
MINI_ARTICLES = [
    {"id": "call", "title": "Biden telefoniert mit Macron", "date": "2024-03-04", "language": "de",
     "text": "US-Präsident Joe Biden hat am Montag mit Frankreichs Präsident Emmanuel Macron "
             "telefoniert. Das Pentagon kündigte an, 3000 Soldaten nach Litauen zu verlegen."},
    {"id": "visit", "title": "Scholz in Paris", "date": "2024-03-05", "language": "de",
     "text": "Bundeskanzler Olaf Scholz hat sich in Paris mit Emmanuel Macron getroffen. "
             "Experten befürchten, dass Russland die Ukraine angreifen könnte. Die Nato wird "
             "keine Soldaten in die Ukraine schicken. Biden hat mit Macron telefoniert."},
]


def built(factory, name: str) -> Path:
    """graph.ttl of the seed ("seed") or of MINI_ARTICLES ("mini"), built once per session
    into the session's temporary folder."""
    from kgraph.build import build
    from kgraph.export import write_turtle
    base = factory.getbasetemp() / f"kgraph-{name}"
    ttl = base / "graph.ttl"
    if not ttl.exists():
        base.mkdir(parents=True, exist_ok=True)
        if name == "seed":
            sources = [ROOT / "sources"]
        else:
            src = base / "news.jsonl"
            src.write_text("".join(json.dumps(a, ensure_ascii=False) + "\n" for a in MINI_ARTICLES),
                           encoding="utf-8")
            sources = [src]
        g, report = build(sources)
        assert report.articles == (1 if name == "seed" else 2)
        write_turtle(g, ttl)
    return ttl


@pytest.fixture(scope="module")
def mini(tmp_path_factory) -> KGraph:
    return kgraph.load(built(tmp_path_factory, "mini"))


def n_facts(kg: KGraph) -> int:
    return len(set(kg.graph.subjects(RDF.type, KG.Fact)))


def test_load_returns_a_queryable_graph(mini):
    assert isinstance(mini, KGraph) and len(mini) > 0
    df = mini.query("SELECT ?f WHERE { ?f a kg:Fact }")  # kg: is pre-bound
    assert isinstance(df, pd.DataFrame) and list(df.columns) == ["f"]
    assert len(df) == n_facts(mini)


def test_query_values_are_plain_python(mini):
    df = mini.query("SELECT ?q ?s WHERE { ?f kg:quantity ?q ; rdf:subject ?s }")
    assert df["q"].tolist() == [3000]
    assert df["s"].iloc[0].startswith("https://")
    ask = mini.query("ASK { ?s kg:phones ?o }")
    assert ask["ask"].tolist() == [True]
    construct = mini.query("CONSTRUCT { ?s kg:phones ?o } WHERE { ?s kg:phones ?o }")
    assert list(construct.columns) == ["subject", "predicate", "object"] and len(construct) >= 1


def test_facts_entities_sources(mini):
    facts = mini.facts()
    assert len(facts) == n_facts(mini)
    call = facts[(facts.relation == "phones") & (facts.modality == "asserted")]
    assert set(call.subject_label) | set(call.object_label) >= {"Joe Biden", "Emmanuel Macron"}
    # one statement, reported by both articles; the earliest report gives article and sentence
    assert call.sources.tolist() == [2]
    assert call.article.iloc[0].endswith("#call") and "telefoniert" in call.evidence.iloc[0]
    sources = mini.sources()
    assert len(sources[sources.fact == call.fact.iloc[0]]) == 2
    deploy = facts[facts.relation == "deploys"].iloc[0]
    assert (deploy.quantity, deploy.modality, deploy.destination_label) == (3000, "planned", "Lithuania")
    ents = mini.entities()
    assert {"Joe Biden", "Emmanuel Macron", "Olaf Scholz"} <= set(ents.label)
    assert ents.set_index("label").loc["Joe Biden", "type"] == "Person"


def test_to_networkx_keeps_modality_choice_and_attributes(mini):
    facts = mini.facts()
    G = mini.to_networkx()
    assert G.number_of_edges() == (facts.modality == "asserted").sum()
    assert {d["modality"] for _, _, d in G.edges(data=True)} == {"asserted"}
    G_all = mini.to_networkx(include="all")
    assert G_all.number_of_edges() == len(facts)
    assert {"hypothetical", "negated"} <= {d["modality"] for _, _, d in G_all.edges(data=True)}
    u, v, data = next((u, v, d) for u, v, d in G_all.edges(data=True)
                      if d["relation"] == "deploys" and d["modality"] == "planned")
    assert G_all.nodes[u]["label"] == "United States Department of Defense"
    assert data["quantity"] == 3000 and data["evidence"] and data["article"]
    assert G_all.nodes[v]["type"] == "Country"


def test_load_accepts_an_rdflib_graph_and_other_formats(mini, tmp_path):
    g = Graph()
    for t in mini.graph:
        g.add(t)
    kg = kgraph.load(g)
    assert kg.graph is g and len(kg.facts()) == len(mini.facts())
    from kgraph.export.formats import write_format
    for fmt in ("trig", "nt", "jsonld"):
        path = write_format(g, tmp_path / f"g.{fmt}", fmt)
        other = kgraph.load(path)
        assert len(other) == len(g), fmt
        assert other.facts().equals(mini.facts()), fmt


def test_updates_are_refused_unless_allowed(mini, tmp_path):
    kg = kgraph.load(Graph() + mini.graph)
    before = len(kg)
    update = "DELETE WHERE { ?s kg:phones ?o }"
    with pytest.raises(QueryError, match="read-only"):
        kg.query(update)
    with pytest.raises(QueryError, match="read-only"):
        kg.query("PREFIX ex: <http://example.org/>\n# a comment\ninsert data { ex:a ex:b ex:c }")
    assert len(kg) == before
    kg.query(update, allow_update=True)
    assert len(kg) < before
    assert kg.query("ASK { ?s kg:phones ?o }")["ask"].tolist() == [False]


def test_load_errors_are_clear(tmp_path):
    with pytest.raises(QueryError, match="no such file"):
        kgraph.load(tmp_path / "missing.ttl")
    bad = tmp_path / "bad.ttl"
    bad.write_text("this is not turtle", encoding="utf-8")
    with pytest.raises(QueryError, match="cannot read"):
        kgraph.load(bad)
    doc = tmp_path / "graph.docx"
    doc.write_text("x", encoding="utf-8")
    with pytest.raises(QueryError, match="unknown RDF file type"):
        kgraph.load(doc)
    kg = kgraph.load(Graph())
    with pytest.raises(QueryError, match="SPARQL query failed"):
        kg.query("SELECT ?x WHERE { ?x ?y }")


def test_params_bind_variables_not_text_in_strings(mini):
    q = 'SELECT ?label WHERE { ?e rdfs:label ?label . FILTER(STR(?label) = ?name && "?name" != "") }'
    df = mini.query(q, {"name": "Olaf Scholz"})
    assert df["label"].tolist() == ["Olaf Scholz"]
    with pytest.raises(QueryError, match="no variable"):
        mini.query(q, {"nope": 1})


def test_ready_query_from_python(mini):
    df = mini.ready("about-entity", entity="macron")
    assert set(df["name"]) == {"Emmanuel Macron"} and len(df) >= 3
    with pytest.raises(QueryError, match="needs parameter 'entity'"):
        mini.ready("about-entity")
    assert isinstance(URIRef(mini.facts().fact.iloc[0]), URIRef)
