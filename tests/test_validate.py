"""SHACL validation of the output contract: built graphs conform; broken ones give
readable violations; ``kgraph validate`` prints them and exits 1."""
import pytest
from rdflib import Graph, Literal

from kgraph.cli import main
from kgraph.namespaces import KG, RDF, RDFS
from kgraph.query import read_graph
from kgraph.validate import errors, validate
from test_api import built  # shared session-built graphs (tests/ is on sys.path)


@pytest.fixture(scope="module")
def seed_ttl(tmp_path_factory):
    return built(tmp_path_factory, "seed")


@pytest.fixture(scope="module")
def mini_ttl(tmp_path_factory):
    return built(tmp_path_factory, "mini")


def test_seed_graph_conforms(seed_ttl):
    assert errors(validate(seed_ttl)) == []


def test_multi_article_graph_conforms(mini_ttl):
    assert errors(validate(mini_ttl)) == []


def broken(path) -> tuple[Graph, object, object]:
    g = read_graph(path)
    fact = sorted(g.subjects(KG.modality, KG.planned))[0]
    g.remove((fact, KG.modality, None))
    entity = sorted(g.subjects(RDF.type, KG.Person))[0]
    g.remove((entity, RDFS.label, None))
    return g, fact, entity


def test_fact_without_modality_and_entity_without_label(mini_ttl):
    g, fact, entity = broken(mini_ttl)
    found = errors(validate(g))
    by_focus = {(v.focus, v.path): v for v in found}
    assert (f"<{fact}>", "kg:modality") in by_focus
    assert "modality" in by_focus[(f"<{fact}>", "kg:modality")].message
    assert (f"<{entity}>", "rdfs:label") in by_focus
    assert "English" in by_focus[(f"<{entity}>", "rdfs:label")].message
    assert len(found) == 2


def test_other_contract_breaches(mini_ttl):
    g = read_graph(mini_ttl)
    planned = sorted(g.subjects(KG.modality, KG.planned))[0]
    s, p, o = (g.value(planned, x) for x in (RDF.subject, RDF.predicate, RDF.object))
    g.add((s, p, o))                                    # a planned fact stated as a plain edge
    person = sorted(g.subjects(RDF.type, KG.Person))[0]
    g.add((person, RDFS.label, Literal("Zweitname", lang="de")))   # a second, German label
    fact = sorted(g.subjects(RDF.type, KG.Fact))[0]
    g.set((fact, KG.startOffset, Literal("zwölf")))     # offset not an integer
    messages = {(v.focus, v.path): v.message for v in errors(validate(g))}
    assert "no asserted fact" in messages[(f"<{s}>", p.n3(g.namespace_manager))]
    assert "rdfs:label" in messages[(f"<{person}>", "rdfs:label")]
    assert "integer" in messages[(f"<{fact}>", "kg:startOffset")]


def test_cli_prints_violations_and_exits_1(mini_ttl, tmp_path, capsys):
    assert main(["validate", str(mini_ttl)]) == 0
    assert "conforms" in capsys.readouterr().out
    g, fact, entity = broken(mini_ttl)
    bad = tmp_path / "bad.ttl"
    g.serialize(bad, format="turtle")
    assert main(["validate", str(bad)]) == 1
    out = capsys.readouterr().out
    assert f"focus:   <{fact}>" in out and "path:    kg:modality" in out
    assert f"focus:   <{entity}>" in out and "message: an entity needs exactly one rdfs:label" in out
    assert "2 violation(s)" in out


def test_cli_missing_file(tmp_path, capsys):
    assert main(["validate", str(tmp_path / "nope.ttl")]) == 2
    assert "no such file" in capsys.readouterr().err
