"""The build: sources → articles → docs → facts → graph → exports, one article at a time."""
from __future__ import annotations

import sys
import time
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path
from typing import Callable, Iterable, Iterator, Optional, Union

from rdflib import Graph

from .analyse import analyse, load_pipeline
from .config import Config
from .extract import extract
from .graph import IRIs, add_results, new_graph
from .ingest import SourceError, read_sources
from .model import Article, ArticleFacts


@dataclass
class BuildReport:
    articles: int = 0
    tokens: int = 0
    facts: Counter = field(default_factory=Counter)
    entities: set = field(default_factory=set)
    errors: list[SourceError] = field(default_factory=list)
    seconds: float = 0.0

    def summary(self) -> str:
        mods = ", ".join(f"{k} {v}" for k, v in sorted(self.facts.items())) or "none"
        core = sum(self.facts.values())
        lines = [f"{self.articles} articles, {self.tokens} tokens, {len(self.entities)} entities, "
                 f"{core} facts ({mods}) in {self.seconds:.1f} s"]
        if self.errors:
            lines.append(f"skipped {len(self.errors)} source(s):")
            lines += [f"  {e}" for e in self.errors]
        return "\n".join(lines)


def process_article(article: Article, config: Config) -> ArticleFacts:
    """Analyse and extract one article (the unit of work of every runner)."""
    nlp = load_pipeline(article.language, config.pipelines.get(article.language))
    doc = analyse(article, nlp)
    return extract(doc)


def iter_results(sources: Iterable[Union[str, Path]], config: Config,
                 on_error: Optional[Callable[[SourceError], None]] = None,
                 ) -> Iterator[ArticleFacts]:
    langs = set(config.languages)
    for item in read_sources(sources, max_bytes=config.max_bytes,
                             languages=None if config.fallback_language else langs):
        if isinstance(item, SourceError):
            if on_error:
                on_error(item)
            continue
        if item.language not in langs:
            item.language = config.fallback_language or item.language
        try:
            yield process_article(item, config)
        except Exception as exc:  # one article must not stop the build
            if on_error:
                on_error(SourceError(item.source, f"analysis failed: {type(exc).__name__}: {exc}"))


def build(sources: Iterable[Union[str, Path]], config: Optional[Config] = None,
          progress: bool = False, graph: Optional[Graph] = None) -> tuple[Graph, BuildReport]:
    """Build the graph of ``sources``; return it with a report of what was done."""
    config = config or Config()
    report = BuildReport()
    t0 = time.perf_counter()
    g = graph if graph is not None else new_graph()
    iris = IRIs(config.base_iri)
    sources = list(sources)

    def err(e: SourceError) -> None:
        report.errors.append(e)
        print(f"kgraph: {e}", file=sys.stderr)

    results = iter_results(sources, config, on_error=err)
    bar = None
    if progress:
        from tqdm import tqdm
        bar = tqdm(results, unit="article", file=sys.stderr, dynamic_ncols=True)
        results = bar
    for af in results:
        add_results(g, iris, af)
        report.articles += 1
        report.tokens += af.tokens
        for f in af.facts:
            report.facts[f.modality] += 1
            report.entities.update({f.subject.key, f.object.key})
        report.entities.update(af.entities)
    if bar is not None:
        bar.close()
    report.seconds = time.perf_counter() - t0
    return g, report
