"""Issue 2's acceptance: the seed article's graph, read by an independent parser (pyoxigraph),
holds the three facts in the contract's shape; the HTML references nothing on the network."""
import re
from pathlib import Path

import pyoxigraph as ox
import pytest

from kgraph.cli import main

ROOT = Path(__file__).resolve().parent.parent
KG = "https://w3id.org/kgraph/ontology#"
RDF = "http://www.w3.org/1999/02/22-rdf-syntax-ns#"
PROV = "http://www.w3.org/ns/prov#"


@pytest.fixture(scope="module")
def seed(tmp_path_factory):
    out = tmp_path_factory.mktemp("seed")
    assert main(["build", str(ROOT / "sources"), "--out", str(out), "-q"]) == 0
    store = ox.Store()
    store.load((out / "graph.ttl").read_bytes(), format=ox.RdfFormat.TURTLE)
    return out, store


def facts(store, s_label, rel, o_label):
    q = f"""
    PREFIX rdf: <{RDF}> PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>
    PREFIX kg: <{KG}> PREFIX prov: <{PROV}> PREFIX dcterms: <http://purl.org/dc/terms/>
    SELECT ?f ?s ?o ?mod ?q ?ev ?start ?end ?file WHERE {{
      ?f a rdf:Statement ; rdf:subject ?s ; rdf:predicate kg:{rel} ; rdf:object ?o ;
         kg:modality ?mod ; prov:wasDerivedFrom ?a ; kg:evidence ?ev ;
         kg:startOffset ?start ; kg:endOffset ?end .
      ?a a kg:Article ; dcterms:identifier ?file .
      ?s rdfs:label ?sl . ?o rdfs:label ?ol .
      FILTER(STR(?sl) = "{s_label}" && STR(?ol) = "{o_label}")
      OPTIONAL {{ ?f kg:quantity ?q }}
    }}"""
    return list(store.query(q))


def direct(store, s, rel, o) -> bool:
    return bool(store.query(f"ASK {{ {s} <{KG}{rel}> {o} }}"))


def test_the_three_seed_facts_in_the_contract_shape(seed):
    out, store = seed
    text = (ROOT / "sources" / "000_934bca4b30ea85d8.txt").read_text(encoding="utf-8")
    body = "\n\n".join(p for p in text.split("\n", 1)[1].split("\n\n") if p.strip())
    for s, rel, o, mod in (("Joe Biden", "phones", "Emmanuel Macron", "asserted"),
                           ("Emmanuel Macron", "phones", "Vladimir Putin", "asserted")):
        rows = facts(store, s, rel, o) + facts(store, o, rel, s)  # phones is symmetric
        row = next(r for r in rows if r["mod"].value == KG + mod)
        assert row["file"].value == "000_934bca4b30ea85d8.txt"
        assert direct(store, row["s"], rel, row["o"])  # asserted: also a plain edge
    rows = facts(store, "United States Department of Defense", "deploys", "Romania")
    planned = [r for r in rows if r["mod"].value == KG + "planned"]
    assert planned and int(planned[0]["q"].value) == 1000
    assert "Rumänien" in planned[0]["ev"].value
    assert not direct(store, planned[0]["s"], "deploys", planned[0]["o"])  # planned: no edge
    start, end = int(planned[0]["start"].value), int(planned[0]["end"].value)
    assert end > start and " ".join(planned[0]["ev"].value.split()) in " ".join(body.split())


def test_entities_have_type_label_altlabels_and_wikidata(seed):
    _, store = seed
    q = f"""PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#> PREFIX skos: <http://www.w3.org/2004/02/skos/core#>
    SELECT ?t ?l ?alt ?same WHERE {{ ?e a ?t ; rdfs:label ?l . FILTER(STR(?l) = "Romania")
      OPTIONAL {{ ?e skos:altLabel ?alt }} OPTIONAL {{ ?e <http://www.w3.org/2002/07/owl#sameAs> ?same }} }}"""
    rows = list(store.query(q))
    assert {r["t"].value for r in rows} == {KG + "Country"}
    assert {r["l"].language for r in rows} == {"en"}
    assert "Rumänien" in {r["alt"].value for r in rows if r["alt"] is not None}
    assert {r["same"].value for r in rows} == {"http://www.wikidata.org/entity/Q218"}


def test_html_references_nothing_on_the_network(seed):
    out, _ = seed
    page = (out / "graph.html").read_text(encoding="utf-8")
    assert not re.search(r"""<(?:script|link|img|iframe)[^>]+(?:src|href)\s*=\s*["']?(?:https?:)?//""", page, re.I)
    assert "vis.Network" in page or "new vis.Network" in page


def test_same_sources_give_byte_identical_exports(seed, tmp_path):
    out, _ = seed
    assert main(["build", str(ROOT / "sources"), "--out", str(tmp_path), "-q"]) == 0
    for name in ("graph.ttl", "graph.html"):
        assert (tmp_path / name).read_bytes() == (out / name).read_bytes(), name
