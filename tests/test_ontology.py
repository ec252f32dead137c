"""The shipped ontology declares every vocabulary term with labels, definition, CAMEO code
and family, and every kg: term the graph writer uses."""
import pyoxigraph as ox
import pytest
from rdflib import Graph, Literal

from kgraph.model import ENTITY_TYPES, MODALITIES
from kgraph.namespaces import CORE_RELATIONS, KG, OWL, PROV, RDF, RDFS, SCHEMA, SKOS, STANDING, SYMMETRIC
from kgraph.resources import DATA

ONTOLOGY = DATA / "ontology.ttl"
FAMILIES = {"diplomacy", "cooperation", "conflict", "standing"}


@pytest.fixture(scope="module")
def onto() -> Graph:
    return Graph().parse(ONTOLOGY, format="turtle")


def labels(g: Graph, term, lang: str) -> list[str]:
    return [str(x) for x in g.objects(term, RDFS.label) if isinstance(x, Literal) and x.language == lang]


def test_independent_parser_reads_the_same_triples(onto):
    triples = list(ox.parse(path=str(ONTOLOGY), format=ox.RdfFormat.TURTLE))
    assert len(triples) == len(onto)


@pytest.mark.parametrize("term", CORE_RELATIONS)
def test_every_relation_is_declared_with_labels_definition_family(onto, term):
    p = KG[term]
    assert (p, RDF.type, OWL.ObjectProperty) in onto
    assert (p, RDF.type, KG.Relation) in onto
    assert len(labels(onto, p, "en")) == 1 and len(labels(onto, p, "de")) == 1
    assert onto.value(p, SKOS.definition) is not None
    family = {str(f) for f in onto.objects(p, KG.family)}
    assert len(family) == 1 and family <= FAMILIES
    codes = {str(c) for c in onto.objects(p, KG.cameoRoot)}
    if term in STANDING:  # standing relations are not CAMEO events
        assert family == {"standing"} and not codes
    else:
        assert codes and all(c.isdigit() and len(c) == 2 and 1 <= int(c) <= 20 for c in codes)
        assert family != {"standing"}


def test_cameo_roots_follow_the_vocabulary(onto):
    def codes(term):
        return {str(c) for c in onto.objects(KG[term], KG.cameoRoot)}
    assert codes("phones") == codes("meets") == codes("negotiatesWith") == {"04"}
    assert codes("providesAidTo") == {"07"}
    assert codes("deploys") == {"15"}
    assert codes("sanctions") == {"16"}
    assert codes("attacks") == {"18", "19"}


def test_symmetric_terms_and_only_those_are_symmetric(onto):
    symmetric = {str(s)[len(str(KG._NS)):] for s in onto.subjects(RDF.type, OWL.SymmetricProperty)}
    assert symmetric == set(SYMMETRIC)


def test_classes_and_alignment(onto):
    assert (KG.Fact, RDFS.subClassOf, RDF.Statement) in onto
    assert (KG.Article, RDFS.subClassOf, SCHEMA.NewsArticle) in onto
    assert (KG.Article, RDFS.subClassOf, PROV.Entity) in onto
    assert (KG.Person, OWL.equivalentClass, SCHEMA.Person) in onto
    for t in ENTITY_TYPES:
        assert (KG[t], RDFS.subClassOf, KG.Entity) in onto
        assert labels(onto, KG[t], "en") and labels(onto, KG[t], "de")


def test_modality_values(onto):
    for m in MODALITIES:
        assert (KG[m], RDF.type, KG.Modality) in onto
        assert labels(onto, KG[m], "en") == [m] and labels(onto, KG[m], "de")
    assert (KG.modality, RDFS.range, KG.Modality) in onto
    assert (KG.modality, RDF.type, OWL.FunctionalProperty) in onto


def test_fact_properties_have_domain_and_range(onto):
    for prop in ("modality", "evidence", "startOffset", "endOffset", "quantity", "destination",
                 "origin", "location", "date", "topic", "trigger", "speaker", "sourceCount",
                 "firstDate", "lastDate"):
        assert onto.value(KG[prop], RDFS.domain) is not None, prop
        assert onto.value(KG[prop], RDFS.range) is not None, prop
        assert labels(onto, KG[prop], "en") and labels(onto, KG[prop], "de"), prop


def test_every_kg_term_a_build_writes_is_declared(onto, de_nlp):
    from kgraph.graph import build_graph
    from kgraph.analyse import analyse
    from kgraph.extract import extract
    from kgraph.model import Article
    text = ("Das Pentagon kündigte an, 3000 Soldaten aus den USA nach Litauen zu verlegen. "
            "US-Präsident Joe Biden hat am Montag mit Emmanuel Macron telefoniert.")
    art = Article(id="o1", title="T", date="2024-03-04", language="de", paragraphs=[text],
                  source="o1.txt")
    g = build_graph([extract(analyse(art, de_nlp))])
    used = {t for triple in g for t in triple if str(t).startswith(str(KG._NS))}
    assert KG.deploys in used and KG.quantity in used
    declared = set(onto.subjects(RDF.type, None))
    assert used - declared == set()
