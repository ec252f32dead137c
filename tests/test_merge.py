"""Across articles: one IRI per entity, one statement per (subject, relation, object,
modality) with every source linked — whatever order the articles come in."""
from __future__ import annotations

from rdflib import Literal

from kgraph.graph import IRIs, add_results, build_graph, new_graph
from kgraph.model import Article, ArticleFacts, Entity, Fact
from kgraph.namespaces import KG, PROV, RDF, RDFS, SKOS, XSD
from kgraph.validate import errors, validate

SCHOLZ = Entity("olaf-scholz", "Person", "Olaf Scholz", "Q61053")
MACRON = Entity("emmanuel-macron", "Person", "Emmanuel Macron", "Q3052772")


def results(aid: str, date: str, sentence: str, start: int, surface: str = "Scholz",
            modality: str = "asserted", lang: str = "de", other=None) -> ArticleFacts:
    other = other or Entity("person:anna-kowalczyk", "Person", "Anna Kowalczyk")
    art = Article(id=aid, title=f"Titel {aid}", date=date, language=lang,
                  paragraphs=["x" * start + sentence], source=f"{aid}.txt")
    facts = [Fact(SCHOLZ, "phones", MACRON, modality, aid, sentence, start, start + len(sentence),
                  lang, trigger="telefonierte"),
             Fact(SCHOLZ, "meets", other, "planned", aid, sentence, start, start + len(sentence), lang)]
    ents = {e.key: e for e in (SCHOLZ, MACRON, other)}
    return ArticleFacts(art, facts, dict(sorted(ents.items())), {"olaf-scholz": {surface}}, 20)


A = results("a1", "2024-03-04", "Scholz telefonierte mit Macron.", 10)
B = results("b2", "2024-03-01", "Auch Scholz hat mit Macron telefoniert.", 40, surface="Olaf Scholz",
            other=Entity("person:anna-kowalczyk", "Person", "ANNA KOWALCZYK"))
C = results("c3", "2024-03-09", "Scholz phoned Macron.", 5, lang="en", surface="Chancellor Scholz")


def test_repeated_fact_is_one_statement_with_every_source():
    g = build_graph([A, B, C])
    iris = IRIs()
    phones = [f for f in g.subjects(RDF.predicate, KG.phones)]
    assert len(phones) == 1
    f = phones[0]
    assert f == iris.fact(A.facts[0]) == iris.fact(C.facts[0])  # not article-dependent
    assert set(g.objects(f, PROV.wasDerivedFrom)) == {iris.article(a) for a in ("a1", "b2", "c3")}
    assert g.value(f, KG.sourceCount) == Literal(3, datatype=XSD.integer)
    assert g.value(f, KG.firstDate) == Literal("2024-03-01", datatype=XSD.date)
    assert g.value(f, KG.lastDate) == Literal("2024-03-09", datatype=XSD.date)
    # the statement carries the earliest report's evidence and offsets ...
    assert g.value(f, KG.evidence) == Literal("Auch Scholz hat mit Macron telefoniert.", lang="de")
    assert g.value(f, KG.startOffset).toPython() == 40
    # ... and each report has its own provenance node (an IRI) with its own
    reports = list(g.objects(f, PROV.qualifiedDerivation))
    assert len(reports) == 3
    by_article = {g.value(r, PROV.entity): r for r in reports}
    r = by_article[iris.article("c3")]
    assert g.value(r, RDF.type) == PROV.Derivation
    assert g.value(r, KG.evidence) == Literal("Scholz phoned Macron.", lang="en")
    assert (g.value(r, KG.startOffset).toPython(), g.value(r, KG.endOffset).toPython()) == (5, 26)
    # asserted: the direct edge stays, once; planned: no direct edge
    assert (iris.entity("olaf-scholz"), KG.phones, iris.entity("emmanuel-macron")) in g
    assert not list(g.triples((iris.entity("olaf-scholz"), KG.meets, None)))


def test_one_entity_node_with_one_label_and_all_surfaces():
    g = build_graph([A, B, C])
    node = IRIs().entity("olaf-scholz")
    assert list(g.objects(node, RDFS.label)) == [Literal("Olaf Scholz", lang="en")]
    assert {str(x) for x in g.objects(node, SKOS.altLabel)} == {"Scholz", "Chancellor Scholz"}
    anna = IRIs().entity("person:anna-kowalczyk")
    assert list(g.objects(anna, RDFS.label)) == [Literal("Anna Kowalczyk", lang="en")]
    assert list(g.objects(anna, SKOS.altLabel)) == [Literal("ANNA KOWALCZYK")]
    assert list(g.objects(anna, RDF.type)) == [KG.Person]


def test_order_and_steps_do_not_change_the_graph():
    one = build_graph([A, B, C]).serialize(format="turtle")
    assert build_graph([C, A, B]).serialize(format="turtle") == one
    g = new_graph()
    for af in (B, C, A):  # article by article into the same graph
        add_results(g, IRIs(), af)
    assert g.serialize(format="turtle") == one


def test_different_modality_stays_a_different_statement():
    g = build_graph([A, results("d4", "2024-03-10", "Scholz will Macron anrufen.", 0,
                                modality="planned")])
    assert len(set(g.subjects(RDF.predicate, KG.phones))) == 2


def test_merged_graph_meets_the_shapes():
    assert errors(validate(build_graph([A, B, C]))) == []
