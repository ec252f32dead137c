"""Network analysis on small hand-made graphs whose answers are known by construction."""
from __future__ import annotations

import csv
import io
import re

import networkx as nx
import pytest
from browser import make_graph
from rdflib import Literal

from kgraph.namespaces import DCTERMS, KG, PROV, RDF
from kgraph.network import (analyse, betweenness, by_date, by_modality, by_relation,
                            communities, degree, ego, pagerank, path_csv, path_markdown,
                            resolve, shortest_connection, to_csv, to_markdown, to_networkx)
from kgraph.network.convert import fact_attributes

LEAVES = ["Leaf1", "Leaf2", "Leaf3", "Leaf4", "Leaf5"]


@pytest.fixture(scope="module")
def star():
    # edges in both directions: the centre is central however facts point
    facts = [("Hub", "phones", leaf) if i % 2 else (leaf, "criticizes", "Hub")
             for i, leaf in enumerate(LEAVES)]
    return to_networkx(make_graph(facts, types={"Hub": "Person"}))


def _clique(prefix: str) -> list[tuple]:
    names = [f"{prefix}{i}" for i in range(1, 5)]
    return [{"subject": a, "relation": "meets", "object": b, "sentence": f"{a} traf {b}."}
            for i, a in enumerate(names) for b in names[i + 1:]]


@pytest.fixture(scope="module")
def bridged():
    facts = _clique("A") + _clique("B") + [
        {"subject": "A1", "relation": "phones", "object": "B1", "sentence": "A1 telefonierte mit B1."}]
    return to_networkx(make_graph(facts))


def _label_of(G, scores):
    best = max(scores, key=scores.get)
    return G.nodes[best]["label"]


def test_star_centre_is_most_central_by_every_measure(star):
    for measure in (degree, pagerank, betweenness):
        scores = measure(star)
        assert _label_of(star, scores) == "Hub", measure.__name__
        hub = resolve(star, "Hub")
        assert all(scores[hub] > s for n, s in scores.items() if n != hub)
    bt = betweenness(star)
    assert all(bt[resolve(star, leaf)] == 0 for leaf in LEAVES)


def test_two_cliques_and_a_bridge_are_two_communities(bridged):
    found = [{bridged.nodes[n]["label"] for n in c} for c in communities(bridged, seed=1)]
    assert sorted(found, key=sorted) == [{"A1", "A2", "A3", "A4"}, {"B1", "B2", "B3", "B4"}]
    assert communities(bridged, seed=1) == communities(bridged, seed=1)


def test_bridge_ends_have_the_highest_betweenness(bridged):
    bt = betweenness(bridged)
    top2 = sorted(bt, key=bt.get, reverse=True)[:2]
    assert {bridged.nodes[n]["label"] for n in top2} == {"A1", "B1"}


def test_shortest_path_crosses_the_bridge_with_each_hops_evidence(bridged):
    hops = shortest_connection(bridged, "A3", "B4")
    assert [(h.source_label, h.target_label) for h in hops] == [("A3", "A1"), ("A1", "B1"),
                                                                ("B1", "B4")]
    assert [h.relation for h in hops] == ["meets", "phones", "meets"]
    # each hop carries the sentence its fact was read from (facts were written a → b)
    assert hops[0].evidence == "A1 traf A3." and not hops[0].forward
    assert hops[1].evidence == "A1 telefonierte mit B1." and hops[1].forward
    assert hops[2].evidence == "B1 traf B4."
    assert all(h.article_id == "hand.txt" for h in hops)
    text = path_markdown(hops, "A3", "B4")
    for h in hops:
        assert h.evidence in text
    rows = list(csv.DictReader(io.StringIO(path_csv(hops))))
    assert [r["relation"] for r in rows] == ["meets", "phones", "meets"]
    assert rows[0]["source"] == "A1" and rows[0]["target"] == "A3"  # the fact's direction


def test_no_connection_raises(bridged):
    G = to_networkx(make_graph(_clique("A"), entities=["Lonely"]))
    with pytest.raises(nx.NetworkXNoPath):
        shortest_connection(G, "A1", "Lonely")


def test_modality_filter_keeps_only_asserted_by_default():
    g = make_graph([("X", "deploys", "Y"), ("X", "deploys", "Z", "planned"),
                    ("X", "invades", "Y", "hypothetical"), ("X", "attacks", "Z", "negated")])
    default = to_networkx(g)
    assert {d["modality"] for _, _, d in default.edges(data=True)} == {"asserted"}
    assert default.number_of_edges() == 1
    # entities stay nodes even when their only facts are filtered out
    assert default.number_of_nodes() == 3
    planned = to_networkx(g, include={"asserted", "planned"})
    assert sorted(d["relation"] for _, _, d in planned.edges(data=True)) == ["deploys", "deploys"]
    everything = to_networkx(g, include={"asserted", "planned", "hypothetical", "negated"})
    assert everything.number_of_edges() == 4
    assert by_modality(everything, {"negated"}).number_of_edges() == 1
    with pytest.raises(ValueError):
        to_networkx(g, include={"rumoured"})


def test_conversion_keeps_every_fact_attribute():
    g = make_graph([{"subject": "Pentagon", "relation": "deploys", "object": "Romania",
                     "modality": "planned", "quantity": 1000, "destination": "Romania",
                     "date": "2022-02-03", "trigger": "entsandt", "topic": "Truppen",
                     "sentence": "1000 Soldaten werden nach Rumänien entsandt."},
                    {"subject": "Pentagon", "relation": "deploys", "object": "Romania",
                     "modality": "planned", "article": "later",
                     "sentence": "Später: Truppen gehen nach Rumänien."}],
                   types={"Pentagon": "Organization"}, wikidata={"Romania": "Q218"},
                   date="2022-02-03", dates={"later": "2022-03-01"})
    fact = next(g.subjects(RDF.type, KG.Fact))
    g.add((fact, DCTERMS.description, Literal("a property kgraph does not know")))
    G = to_networkx(g, include={"planned"})
    (u, v, key, d), = G.edges(keys=True, data=True)
    assert key == d["fact"] == str(fact)
    assert G.nodes[u]["label"] == "Pentagon" and G.nodes[u]["type"] == "Organization"
    assert G.nodes[v]["wikidata"] == "Q218"
    assert (d["relation"], d["modality"], d["family"]) == ("deploys", "planned", "conflict")
    assert d["quantity"] == 1000 and d["date"] == "2022-02-03"
    assert d["destination"] == v and d["destination_label"] == "Romania"
    assert d["evidence"] == "1000 Soldaten werden nach Rumänien entsandt."
    assert (d["trigger"], d["topic"]) == ("entsandt", "Truppen")
    assert d["article_id"] == "hand.txt" and d["article_title"] == "Handmade article"
    assert d["dcterms:description"] == "a property kgraph does not know"
    # every report keeps its own sentence and article, earliest first
    assert [s["evidence"] for s in d["sources"]] == ["1000 Soldaten werden nach Rumänien entsandt.",
                                                     "Später: Truppen gehen nach Rumänien."]
    assert [s["article_id"] for s in d["sources"]] == ["hand.txt", "later.txt"]
    assert set(d["articles"]) == {str(a) for a in g.objects(fact, PROV.wasDerivedFrom)}
    assert (d["source_count"], d["first_date"], d["last_date"]) == (2, "2022-02-03", "2022-03-01")
    # nothing the fact says in RDF is missing from the edge
    assert d == fact_attributes(g, fact)
    assert len(d["sources"]) == len(set(g.objects(fact, PROV.qualifiedDerivation)))


def test_relation_filters_by_name_iri_and_family():
    g = make_graph([("A", "phones", "B"), ("A", "meets", "C"), ("B", "sanctions", "C")])
    assert to_networkx(g, relations=["phones"]).number_of_edges() == 1
    assert to_networkx(g, relations=[str(KG.meets)]).number_of_edges() == 1
    G = to_networkx(g)
    assert by_relation(G, ["diplomacy"]).number_of_edges() == 2
    assert {d["relation"] for *_, d in by_relation(G, ["kg:sanctions"]).edges(data=True)} == {"sanctions"}


def test_family_from_the_graph_overrides_the_table():
    g = make_graph([("A", "phones", "B")])
    g.add((KG.phones, KG.family, Literal("conflict")))
    (_, _, d), = to_networkx(g).edges(data=True)
    assert d["family"] == "conflict"


def test_date_range_uses_fact_dates_then_article_dates():
    g = make_graph([{"subject": "A", "relation": "phones", "object": "B", "date": "2022-02-03"},
                    {"subject": "A", "relation": "meets", "object": "C"},            # article: 2022-05-10
                    {"subject": "B", "relation": "visits", "object": "C", "article": "old"}],
                   date="2022-05-10", dates={"old": "2021-12-24"})
    G = to_networkx(g)
    rel = lambda H: sorted(d["relation"] for *_, d in H.edges(data=True))  # noqa: E731
    assert rel(by_date(G, "2022-02", "2022-02")) == ["phones"]
    assert rel(by_date(G, "2022-05-10")) == ["meets"]
    assert rel(by_date(G, None, "2021")) == ["visits"]
    assert rel(by_date(G, "2022")) == ["meets", "phones"]
    with pytest.raises(ValueError):
        by_date(G, "yesterday")


def test_ego_network_radius():
    G = to_networkx(make_graph([("A", "phones", "B"), ("B", "phones", "C"), ("C", "phones", "D")]))
    labels = lambda H: sorted(H.nodes[n]["label"] for n in H)  # noqa: E731
    assert labels(ego(G, "B", radius=1)) == ["A", "B", "C"]
    assert labels(ego(G, "B", radius=2)) == ["A", "B", "C", "D"]
    assert ego(G, "B", radius=1).number_of_edges() == 2


def test_entities_are_found_by_label_alt_label_or_iri():
    from kgraph.graph import GraphWriter, IRIs, new_graph
    from kgraph.model import Article, ArticleFacts, Entity
    e = Entity("biden", "Person", "Joe Biden", "Q6279")
    w = GraphWriter(IRIs())
    w.add(ArticleFacts(Article("a", "t", "2024-01-01", "de", ["x"], "a.txt"), [],
                       {"biden": e}, {"biden": {"Biden", "US-Präsident Biden"}}))
    G = to_networkx(w.write(new_graph()))
    iri = str(IRIs().entity("biden"))
    assert resolve(G, "joe biden") == resolve(G, "US-Präsident Biden") == resolve(G, iri) == iri
    with pytest.raises(KeyError):
        resolve(G, "Nobody")
    G2 = to_networkx(make_graph([("Paris", "phones", "Rome")], entities=["París"]))
    with pytest.raises(ValueError):  # two entities fold to the same name
        resolve(G2, "paris")


def test_report_markdown_and_csv(star):
    rep = analyse(star, title="Star | test", top=3)
    assert [r.label for r in rep.top["degree"]][0] == "Hub"
    assert rep.relations == {"phones": 2, "criticizes": 3}
    assert rep.modalities == {"asserted": 5}
    text = to_markdown(rep)
    assert text == to_markdown(analyse(star, title="Star | test", top=3))  # deterministic
    assert "Star \\| test" in text  # a pipe in a label must not break the table
    rows = list(csv.DictReader(io.StringIO(to_csv(rep))))
    assert {r["section"] for r in rows} >= {"degree", "pagerank", "betweenness", "community",
                                            "relation", "modality"}
    assert [r["entity"] for r in rows if r["section"] == "pagerank"][0] == "Hub"
    counts = {r["key"]: int(r["value"]) for r in rows if r["section"] == "relation"}
    assert counts == {"phones": 2, "criticizes": 3}


def test_report_escapes_markup_in_labels():
    G = to_networkx(make_graph([("<img src=x onerror=alert(1)>", "phones", "B")]))
    text = to_markdown(analyse(G))
    assert re.search(r"(?<!\\)[<>]", text) is None  # every < and > escaped
    assert "\\<img src=x onerror=alert(1)\\>" in text


def test_every_core_relation_has_a_family_and_the_ontology_agrees_with_the_table():
    from rdflib import Graph

    from kgraph.namespaces import CORE_RELATIONS
    from kgraph.network.families import FAMILIES, relation_families
    from kgraph.resources import DATA, read_table
    families = relation_families()
    assert {r: families.get(r) in FAMILIES for r in CORE_RELATIONS} == {r: True for r in CORE_RELATIONS}
    table = {row["relation"]: row["family"] for row in read_table("relation_families.tsv")}
    onto = DATA / "ontology.ttl"
    if onto.exists():
        stated = {str(rel).rsplit("#", 1)[-1]: str(fam)
                  for rel, fam in Graph().parse(onto).subject_objects(KG.family)}
        assert stated == table


def test_betweenness_equals_networkx_definition():
    import random
    rng = random.Random(3)
    facts = [(f"N{rng.randrange(30)}", "meets", f"N{rng.randrange(30)}") for _ in range(60)]
    G = to_networkx(make_graph(facts, entities=["Alone"]))
    expected = nx.betweenness_centrality(nx.Graph(G.to_undirected()), normalized=True)
    got = betweenness(G)
    assert got.keys() == expected.keys()
    assert all(abs(got[n] - expected[n]) < 1e-9 for n in got)
