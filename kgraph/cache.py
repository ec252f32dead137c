"""Incremental builds: each article's extraction result, stored under a key made of the
article's content and the extractor's version, so a rebuild analyses only new or changed
articles.

Layout: ``<dir>/<extractor version>/<2 hex>/<article key>.json`` (the
:class:`~kgraph.model.ArticleFacts` as plain JSON — never pickle, so a writable cache folder
cannot make a build run code — written atomically). The version covers
``kgraph.__version__``, the data files (shipped and ``KGRAPH_DATA_DIRS``), the source of the
analysis and extraction code, and the configured pipelines and languages: change any of
them and every article is analysed again. After a complete build, entries of the current
version that no source produced any more are deleted.
"""
from __future__ import annotations

import dataclasses
import hashlib
import json
from functools import lru_cache
from pathlib import Path
from typing import Optional, Union

from . import __version__
from .config import Config
from .export.atomic import atomic_write
from .model import Article, ArticleFacts, Entity, Fact
from .resources import data_dirs

DEFAULT_DIRNAME = ".kgraph-cache"
_PKG = Path(__file__).resolve().parent
# code whose change changes what is extracted from the same text
_CODE = ("analyse", "extract", "model.py", "resources.py", "langid.py")


def _hash_files(h: "hashlib._Hash", root: Path, paths: list[Path]) -> None:
    for p in sorted(paths):
        h.update(str(p.relative_to(root)).encode("utf-8") + b"\0")
        h.update(p.read_bytes())


@lru_cache(maxsize=1)
def _static_version() -> str:
    h = hashlib.sha256(__version__.encode("utf-8"))
    for base in data_dirs():
        if base.is_dir():
            _hash_files(h, base, [p for p in base.rglob("*") if p.is_file()])
    for name in _CODE:
        p = _PKG / name
        _hash_files(h, _PKG, list(p.rglob("*.py")) if p.is_dir() else [p])
    return h.hexdigest()


def extractor_version(config: Config) -> str:
    """A hash of everything besides the article text that decides the extraction result."""
    h = hashlib.sha256(_static_version().encode("ascii"))
    h.update(json.dumps({"pipelines": sorted((k, v or "") for k, v in config.pipelines.items()),
                         "languages": sorted(config.languages),
                         "fallback": config.fallback_language}, sort_keys=True).encode("utf-8"))
    return h.hexdigest()[:16]


def article_key(article: Article) -> str:
    """A hash of everything the extractor reads from an article."""
    rec = [article.id, article.title, article.date, article.datetime, article.language,
           article.paragraphs, article.source, article.url, article.headings]
    return hashlib.sha256(json.dumps(rec, ensure_ascii=False).encode("utf-8")).hexdigest()[:32]


ENTITY_FIELDS = ("subject", "object", "destination", "origin", "location", "speaker")


def dump_entry(af: ArticleFacts) -> bytes:
    """An article's extraction result as JSON bytes."""
    rec = {"article": dataclasses.asdict(af.article),
           "entities": {k: dataclasses.asdict(e) for k, e in af.entities.items()},
           "surfaces": {k: sorted(v) for k, v in af.surfaces.items()},
           "tokens": af.tokens,
           "facts": [dataclasses.asdict(f) for f in af.facts]}
    return json.dumps(rec, ensure_ascii=False, sort_keys=True).encode("utf-8")


def load_entry(data: bytes) -> ArticleFacts:
    """The inverse of :func:`dump_entry`; raises ``ValueError`` on anything else."""
    try:
        rec = json.loads(data.decode("utf-8"))
        facts = []
        for f in rec["facts"]:
            f = dict(f)
            for name in ENTITY_FIELDS:
                if f.get(name) is not None:
                    f[name] = Entity(**f[name])
            facts.append(Fact(**f))
        return ArticleFacts(article=Article(**rec["article"]), facts=facts,
                            entities={k: Entity(**e) for k, e in rec["entities"].items()},
                            surfaces={k: set(v) for k, v in rec["surfaces"].items()},
                            tokens=int(rec["tokens"]))
    except (UnicodeDecodeError, json.JSONDecodeError, KeyError, TypeError, AttributeError) as exc:
        raise ValueError(f"not a cache entry: {exc}") from None


class FactCache:
    """Extraction results of articles on disk, for one extractor version."""

    def __init__(self, folder: Union[str, Path], config: Config):
        self.root = Path(folder)
        self.dir = self.root / extractor_version(config)
        self.used: set[str] = set()
        self.hits = 0
        self.stored = 0

    def _path(self, key: str) -> Path:
        return self.dir / key[:2] / f"{key}.json"

    def get(self, article: Article) -> Optional[ArticleFacts]:
        key = article_key(article)
        self.used.add(key)
        try:
            af = load_entry(self._path(key).read_bytes())
        except (OSError, ValueError):
            return None  # missing or unreadable: analyse again
        self.hits += 1
        return af

    def put(self, article: Article, af: ArticleFacts) -> None:
        key = article_key(article)
        self.used.add(key)
        atomic_write(self._path(key), dump_entry(af))
        self.stored += 1

    def prune(self) -> int:
        """Delete the entries of this version that the last build did not use."""
        removed = 0
        if not self.dir.is_dir():
            return 0
        for p in self.dir.glob("*/*.json"):
            if p.stem not in self.used:
                p.unlink(missing_ok=True)
                removed += 1
        return removed
