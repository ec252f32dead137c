"""Stage 2 — analyse: one spaCy ``Language`` per language turns an article into a ``Doc``.

The embedded default needs no download: ``spacy.blank`` + kgraph's components (sentences,
HanTa tags and lemmas for German, separable verbs, gazetteer entities, roles, coreference,
clauses). A full spaCy pipeline named in the configuration (``de_core_news_lg``,
``en_core_web_sm``…) replaces the tokenizer/tagger/parser and kgraph's components are added
after it; the extractor then reads its dependency labels.
"""
from __future__ import annotations

from .pipeline import analyse, load_pipeline, pipeline_info

__all__ = ["analyse", "load_pipeline", "pipeline_info"]
