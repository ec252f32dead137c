"""RDF namespaces, declared once. Code uses these terms, never IRIs spelt as strings."""
from __future__ import annotations

from rdflib import Namespace
from rdflib.namespace import DCTERMS, OWL, PROV, RDF, RDFS, SKOS, XSD, DefinedNamespace

DEFAULT_BASE = "https://example.org/kgraph/"


class KG(DefinedNamespace):
    """The kgraph ontology (``kgraph/data/ontology.ttl``)."""

    _NS = Namespace("https://w3id.org/kgraph/ontology#")
    _fail = True

    # classes
    Article: object
    Fact: object
    Entity: object
    Person: object
    Organization: object
    Country: object
    City: object
    Location: object
    Group: object
    Relation: object
    Modality: object
    OpenRelation: object
    # fact properties
    modality: object
    evidence: object
    startOffset: object
    endOffset: object
    quantity: object
    destination: object
    origin: object
    location: object
    date: object
    topic: object
    trigger: object
    speaker: object
    sentenceCount: object
    cameoRoot: object
    family: object
    # provenance across articles (one statement, every source)
    sourceCount: object
    firstDate: object
    lastDate: object
    # modality values
    asserted: object
    planned: object
    hypothetical: object
    negated: object
    # core relations (vocabulary.md)
    phones: object
    meets: object
    talksWith: object
    negotiatesWith: object
    visits: object
    coordinatesWith: object
    agreesWith: object
    supports: object
    providesAidTo: object
    demands: object
    criticizes: object
    accuses: object
    rejects: object
    threatens: object
    deploys: object
    sanctions: object
    attacks: object
    invades: object
    leaderOf: object
    memberOf: object
    spokespersonOf: object
    partOf: object


KGO = Namespace("https://w3id.org/kgraph/open#")          # open relations (verb lemmas)
WD = Namespace("http://www.wikidata.org/entity/")
SCHEMA = Namespace("https://schema.org/")

CORE_RELATIONS = (
    "phones", "meets", "talksWith", "negotiatesWith", "visits", "coordinatesWith",
    "agreesWith", "supports", "providesAidTo", "demands", "criticizes", "accuses",
    "rejects", "threatens", "deploys", "sanctions", "attacks", "invades",
    "leaderOf", "memberOf", "spokespersonOf", "partOf",
)
SYMMETRIC = frozenset({"phones", "meets", "talksWith", "negotiatesWith", "coordinatesWith",
                       "agreesWith"})
STANDING = frozenset({"leaderOf", "memberOf", "spokespersonOf", "partOf"})

__all__ = ["KG", "KGO", "WD", "SCHEMA", "DEFAULT_BASE", "CORE_RELATIONS", "SYMMETRIC",
           "STANDING", "RDF", "RDFS", "OWL", "SKOS", "PROV", "DCTERMS", "XSD"]
