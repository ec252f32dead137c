"""The build: sources → articles → docs → facts → graph → exports.

Articles stream through: each is analysed (in this process, in worker processes, or on a
Dask cluster), reduced to its :class:`~kgraph.model.ArticleFacts` and its ``Doc`` dropped.
Results are taken in source order whatever finished first, so ``--jobs N``, the cache and
the distributed runner give the same graph as one process.
"""
from __future__ import annotations

import multiprocessing
import os
import sys
import time
from collections import Counter, deque
from dataclasses import dataclass, field
from pathlib import Path
from typing import Callable, Iterable, Iterator, Optional, Protocol, Union

from rdflib import Graph

from .analyse import analyse, load_pipeline
from .cache import FactCache
from .config import Config
from .extract import extract
from .graph import GraphWriter, IRIs, new_graph
from .ingest import SourceError, discover, read_sources
from .model import Article, ArticleFacts


@dataclass
class BuildReport:
    articles: int = 0
    tokens: int = 0
    facts: Counter = field(default_factory=Counter)
    entities: set = field(default_factory=set)
    errors: list[SourceError] = field(default_factory=list)
    seconds: float = 0.0
    cached: int = 0               # articles whose facts came from the cache
    analysed: int = 0             # articles analysed in this run
    statements: int = 0           # merged statements in the graph
    triples: int = 0
    workers: str = "1 process"
    graph_seconds: float = 0.0    # of ``seconds``: merging and writing the triples

    def summary(self) -> str:
        mods = ", ".join(f"{k} {v}" for k, v in sorted(self.facts.items())) or "none"
        core = sum(self.facts.values())
        rate = self.articles / self.seconds if self.seconds else 0.0
        lines = [f"{self.articles} articles, {self.tokens} tokens, {len(self.entities)} entities, "
                 f"{core} facts ({mods}) in {self.seconds:.1f} s",
                 f"{self.analysed} analysed, {self.cached} from the cache; "
                 f"{self.statements} statements, {self.triples} triples; "
                 f"{rate:.1f} articles/s with {self.workers}"]
        if self.errors:
            lines.append(f"skipped {len(self.errors)} source(s):")
            lines += [f"  {e}" for e in self.errors]
        return "\n".join(lines)


def process_article(article: Article, config: Config) -> ArticleFacts:
    """Analyse and extract one article (the unit of work of every runner)."""
    nlp = load_pipeline(article.language, config.pipelines.get(article.language))
    doc = analyse(article, nlp)
    return extract(doc)


def safe_process(article: Article, config: Config) -> tuple[Optional[ArticleFacts], Optional[str]]:
    """:func:`process_article` that returns ``(result, None)`` or ``(None, error message)``:
    one failing article must not stop a build (nor a worker)."""
    try:
        return process_article(article, config), None
    except Exception as exc:
        return None, f"analysis failed: {type(exc).__name__}: {exc}"


def _process_batch(batch: list[Article], config: Config) -> list[tuple]:
    return [safe_process(a, config) for a in batch]


# ---------------------------------------------------------------- runners
class Handle(Protocol):
    def get(self) -> list[tuple]: ...


class Runner(Protocol):
    """Analyses batches of articles somewhere; ``submit`` returns a handle whose ``get``
    gives ``safe_process`` results in the batch's order."""

    workers: str
    window: int           # batches in flight (bounds memory)
    batch_size: int

    def submit(self, batch: list[Article], config: Config) -> Handle: ...

    def close(self) -> None: ...


class _Ready:
    def __init__(self, value: list[tuple]):
        self.value = value

    def get(self) -> list[tuple]:
        return self.value


class SerialRunner:
    """Analyse in this process."""

    workers = "1 process"
    window = 1
    batch_size = 1

    def submit(self, batch: list[Article], config: Config) -> Handle:
        return _Ready(_process_batch(batch, config))

    def close(self) -> None:
        pass


class PoolRunner:
    """Worker processes, each loading the pipelines once (on its first article of a
    language); whole articles are the unit, not ``nlp.pipe(n_process=…)``."""

    def __init__(self, jobs: int):
        methods = multiprocessing.get_all_start_methods()
        # fork is cheap and inherits the imported modules (and any loaded pipeline)
        ctx = multiprocessing.get_context("fork" if "fork" in methods else "spawn")
        self.pool = ctx.Pool(jobs)
        self.workers = f"{jobs} processes"
        self.window = jobs * 4
        self.batch_size = 1

    def submit(self, batch: list[Article], config: Config) -> Handle:
        return self.pool.apply_async(_process_batch, (batch, config))

    def close(self) -> None:
        self.pool.terminate()
        self.pool.join()


def default_jobs() -> int:
    try:
        return max(1, len(os.sched_getaffinity(0)))
    except AttributeError:
        return os.cpu_count() or 1


def make_runner(jobs: int = 1, dask: Optional[str] = None) -> Runner:
    """The runner for ``--jobs`` / ``--dask``."""
    if dask:
        from .distributed import DaskRunner
        return DaskRunner(dask, jobs=jobs)
    return PoolRunner(jobs) if jobs > 1 else SerialRunner()


# ---------------------------------------------------------------- the stream
def iter_articles(sources: Iterable[Union[str, Path]], config: Config,
                  on_error: Optional[Callable[[SourceError], None]] = None) -> Iterator[Article]:
    """Articles of ``sources`` in source order; unreadable ones go to ``on_error``."""
    langs = set(config.languages)
    for item in read_sources(sources, max_bytes=config.max_bytes,
                             languages=None if config.fallback_language else langs):
        if isinstance(item, SourceError):
            if on_error:
                on_error(item)
            continue
        if item.language not in langs:
            item.language = config.fallback_language or item.language
        yield item


def count_articles(sources: Iterable[Union[str, Path]]) -> int:
    """A cheap estimate of the number of articles (for the progress bar's ETA)."""
    n = 0
    for path, _ in discover(sources):
        if path.suffix.lower() == ".jsonl":
            try:
                with open(path, "rb") as fh:
                    n += sum(1 for line in fh if line.strip())
            except OSError:
                n += 1
        else:
            n += 1
    return n


def iter_results(sources: Iterable[Union[str, Path]], config: Config,
                 on_error: Optional[Callable[[SourceError], None]] = None,
                 runner: Optional[Runner] = None, cache: Optional[FactCache] = None,
                 force: bool = False) -> Iterator[ArticleFacts]:
    """Extraction results of every article of ``sources``, in source order.

    Cached results are taken from ``cache`` (unless ``force``); the rest are analysed by
    ``runner`` (default: this process) and stored in the cache. At most ``runner.window``
    batches are in flight, so memory does not grow with the corpus."""
    runner = runner or SerialRunner()
    pending: deque = deque()   # (handle, articles) in source order
    batch: list[Article] = []

    def flush() -> None:
        if batch:
            pending.append((runner.submit(list(batch), config), list(batch)))
            batch.clear()

    def drain(limit: int) -> Iterator[ArticleFacts]:
        while len(pending) > limit:
            handle, arts = pending.popleft()
            for art, (af, err) in zip(arts, handle.get()):
                if af is not None:
                    if cache is not None and not isinstance(handle, _Cached):
                        cache.put(art, af)
                    yield af
                elif err and on_error:
                    on_error(SourceError(art.source, err))

    for art in iter_articles(sources, config, on_error):
        hit = cache.get(art) if cache is not None and not force else None
        if hit is not None:
            flush()
            pending.append((_Cached(hit), [art]))
        else:
            batch.append(art)
            if len(batch) >= runner.batch_size:
                flush()
        yield from drain(runner.window)
    flush()
    yield from drain(0)


class _Cached(_Ready):
    def __init__(self, af: ArticleFacts):
        super().__init__([(af, None)])


def clear_graph(g: Graph) -> None:
    """Remove every triple of ``g`` (an Oxigraph store is cleared natively)."""
    inner = getattr(g.store, "_store", None)
    if inner is not None and hasattr(inner, "clear"):
        inner.clear()
    else:
        g.remove((None, None, None))


def build(sources: Iterable[Union[str, Path]], config: Optional[Config] = None,
          progress: bool = False, graph: Optional[Graph] = None, *, jobs: int = 1,
          cache_dir: Optional[Union[str, Path]] = None, force: bool = False,
          dask: Optional[str] = None, runner: Optional[Runner] = None,
          replace: bool = False) -> tuple[Graph, BuildReport]:
    """Build the graph of ``sources``; return it with a report of what was done.

    ``jobs`` worker processes (or the Dask scheduler ``dask``, or a given ``runner``)
    analyse the articles; with ``cache_dir`` unchanged articles are taken from the cache
    (``force`` analyses all again and refreshes it). ``graph`` (e.g. an Oxigraph-backed
    graph from :mod:`kgraph.store`) receives the triples; default: a new in-memory graph.
    ``replace`` empties ``graph`` first — only once articles were read, so a build that
    reads nothing leaves a persistent store as it was."""
    config = config or Config()
    report = BuildReport()
    t0 = time.perf_counter()
    sources = list(sources)
    cache = FactCache(cache_dir, config) if cache_dir is not None else None

    def err(e: SourceError) -> None:
        report.errors.append(e)
        print(f"kgraph: {e}", file=sys.stderr)

    own_runner = runner is None
    runner = runner or make_runner(jobs, dask)
    report.workers = runner.workers
    writer = GraphWriter(IRIs(config.base_iri))
    bar = None
    if progress:
        from tqdm import tqdm
        bar = tqdm(total=count_articles(sources), unit="article", file=sys.stderr,
                   dynamic_ncols=True, smoothing=0.1)
    try:
        for af in iter_results(sources, config, on_error=err, runner=runner, cache=cache,
                               force=force):
            writer.add(af)
            report.articles += 1
            report.tokens += af.tokens
            for f in af.facts:
                report.facts[f.modality] += 1
                report.entities.update({f.subject.key, f.object.key})
            report.entities.update(af.entities)
            if bar is not None:
                bar.update(1)
                bar.set_postfix(cached=cache.hits if cache else 0, refresh=False)
    finally:
        if own_runner:
            runner.close()
        if bar is not None:
            bar.close()
    report.cached = cache.hits if cache is not None else 0
    report.analysed = report.articles - report.cached
    if cache is not None:
        cache.prune()  # a removed or changed source's old entry is of no further use
    g = graph if graph is not None else new_graph()
    t_graph = time.perf_counter()
    if replace and graph is not None and report.articles:
        clear_graph(g)
    if report.articles or graph is None:
        writer.write(g)
    report.graph_seconds = time.perf_counter() - t_graph
    report.statements = len(writer.statements)
    report.triples = len(g)
    report.seconds = time.perf_counter() - t0
    return g, report
