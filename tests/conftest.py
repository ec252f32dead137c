import pytest

from kgraph.analyse import analyse, load_pipeline
from kgraph.extract import extract
from kgraph.model import Article


def make_article(text: str, lang: str = "de", date: str = "2022-02-03", aid: str = "t1") -> Article:
    paras = [p.strip() for p in text.strip().split("\n\n") if p.strip()]
    return Article(id=aid, title="Test", date=date, language=lang, paragraphs=paras,
                   source=f"{aid}.txt")


@pytest.fixture(scope="session")
def de_nlp():
    return load_pipeline("de", None)


@pytest.fixture(scope="session")
def en_nlp():
    return load_pipeline("en", None)


@pytest.fixture
def facts_of(de_nlp, en_nlp):
    """facts_of(text, lang) -> set of (subject label, relation, object label, modality)."""
    def run(text: str, lang: str = "de", date: str = "2022-02-03", full: bool = False):
        art = make_article(text, lang, date)
        doc = analyse(art, de_nlp if lang == "de" else en_nlp)
        af = extract(doc)
        if full:
            return af
        return {(f.subject.label, f.relation, f.object.label, f.modality) for f in af.facts}
    return run


@pytest.fixture
def doc_of(de_nlp, en_nlp):
    def run(text: str, lang: str = "de", date: str = "2022-02-03"):
        return analyse(make_article(text, lang, date), de_nlp if lang == "de" else en_nlp)
    return run
