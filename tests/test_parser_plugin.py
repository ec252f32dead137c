"""A configured spaCy pipeline with a dependency parser replaces the embedded analysis.

No German model can be installed here, so the test saves a small pipeline whose "parser"
assigns TIGER tags and labels (as de_core_news_* do) for the sentences it is given, loads it
by path through the same configuration option users set, and checks that kgraph reads
its dependency labels."""
import spacy
from spacy.language import Language
from spacy.tokens import Doc

from kgraph.analyse import analyse, load_pipeline
from kgraph.extract import extract
from kgraph.model import Article

# word -> (STTS tag, lemma, head offset, TIGER label) for one sentence in verb-final order
PARSES = {
    "Gestern hat Polen nach Gesprächen Truppen nach Litauen und Lettland verlegt .": [
        ("ADV", "gestern", 10, "mo"), ("VAFIN", "haben", 0, "ROOT"), ("NE", "Polen", -1, "sb"),
        ("APPR", "nach", 7, "mo"), ("NN", "Gespräch", -1, "nk"), ("NN", "Truppe", 5, "oa"),
        ("APPR", "nach", 4, "mo"), ("NE", "Litauen", -1, "nk"), ("KON", "und", -1, "cd"),
        ("NE", "Lettland", -1, "cj"), ("VVPP", "verlegen", -9, "oc"), ("$.", ".", -10, "punct"),
    ],
}


@Language.component("fake_tiger_parser")
def fake_tiger_parser(doc: Doc) -> Doc:
    parse = PARSES.get(doc.text)
    if parse is None:
        return doc
    for tok, (tag, lemma, head, dep) in zip(doc, parse):
        tok.tag_, tok.lemma_ = tag, lemma
        tok.pos_ = {"NE": "PROPN", "NN": "NOUN", "APPR": "ADP", "KON": "CCONJ", "ADV": "ADV",
                    "VAFIN": "AUX", "VVPP": "VERB", "$.": "PUNCT"}[tag]
    # like a real parser, annotate the Doc in place (the entity ruler ran before)
    for tok, (_, _, h, dep) in zip(doc, parse):
        tok.head = doc[tok.i + h]
        tok.dep_ = dep
    return doc


def test_configured_pipeline_is_used_with_its_dependency_labels(tmp_path):
    nlp = spacy.blank("de")
    nlp.add_pipe("fake_tiger_parser")
    path = tmp_path / "de_test_parser"
    nlp.to_disk(path)
    kg_nlp = load_pipeline("de", str(path))
    assert "fake_tiger_parser" in kg_nlp.pipe_names
    assert "kg_hanta" not in kg_nlp.pipe_names  # the model's tags replace HanTa
    text = next(iter(PARSES))
    art = Article(id="p", title="t", date="2022-03-01", language="de", paragraphs=[text], source="p.txt")
    doc = analyse(art, kg_nlp)
    assert doc.has_annotation("DEP") and doc._.kg_has_parse
    facts = {(f.subject.label, f.relation, f.object.label, f.modality) for f in extract(doc).facts}
    assert ("Poland", "deploys", "Lithuania", "asserted") in facts
    assert ("Poland", "deploys", "Latvia", "asserted") in facts
