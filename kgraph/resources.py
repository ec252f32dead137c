"""Data files shipped in ``kgraph/data``: gazetteers, lexicons, ontology.

Every table is a TSV with ``#`` comment lines (source, licence, columns) followed by one
header row. Users extend kgraph by adding rows — or by pointing ``KGRAPH_DATA_DIRS`` /
the config's ``extra_data`` at folders with files of the same names, whose rows are added.
"""
from __future__ import annotations

import csv
import os
import re
import unicodedata
from dataclasses import dataclass, field
from functools import lru_cache
from importlib import resources as _res
from pathlib import Path
from typing import Iterator, Optional

DATA = Path(str(_res.files("kgraph") / "data"))
ENTITY_FILES = ("countries", "cities", "locations", "organizations", "persons")


def data_dirs() -> list[Path]:
    """The package data folder plus any extra folders from ``KGRAPH_DATA_DIRS``."""
    extra = [Path(p) for p in os.environ.get("KGRAPH_DATA_DIRS", "").split(os.pathsep) if p]
    return [DATA, *extra]


def read_table(relpath: str) -> list[dict[str, str]]:
    """Rows of a TSV table (package copy first, then extension folders)."""
    rows: list[dict[str, str]] = []
    for base in data_dirs():
        path = base / relpath
        if not path.exists():
            continue
        with path.open(encoding="utf-8", newline="") as fh:
            lines = (ln for ln in fh if ln.strip() and not ln.startswith("#"))
            reader = csv.DictReader(lines, delimiter="\t", quoting=csv.QUOTE_NONE)
            for row in reader:
                rows.append({k.strip(): (v or "").strip() for k, v in row.items() if k})
    return rows


def split_multi(cell: str) -> list[str]:
    return [x.strip() for x in cell.split("|") if x.strip()] if cell else []


def fold(text: str) -> str:
    """Case- and accent-insensitive key for matching surface forms."""
    t = unicodedata.normalize("NFKD", unicodedata.normalize("NFKC", text).casefold())
    t = "".join(c for c in t if not unicodedata.combining(c))
    t = t.replace("ß", "ss")
    return re.sub(r"[\s\-‐‑–]+", " ", t).strip()


def slug(text: str) -> str:
    """ASCII slug for IRIs: lowercase, hyphens, only safe characters."""
    t = unicodedata.normalize("NFKD", text.replace("ß", "ss"))
    t = "".join(c for c in t if not unicodedata.combining(c)).lower()
    t = re.sub(r"[^a-z0-9]+", "-", t).strip("-")
    return t or "x"


def ascii_name(text: str) -> str:
    """An ASCII identifier usable as the local name of an IRI in every RDF syntax:
    "ändern" → "aendern", "bedanken bei" → "bedanken_bei"."""
    t = text.lower()
    for a, b in (("ä", "ae"), ("ö", "oe"), ("ü", "ue"), ("ß", "ss")):
        t = t.replace(a, b)
    t = unicodedata.normalize("NFKD", t)
    t = re.sub(r"[^a-z0-9_]+", "_", "".join(c for c in t if not unicodedata.combining(c))).strip("_")
    return t if t[:1].isalpha() else f"r_{t}"


@dataclass
class GazEntry:
    """One known entity of the gazetteers."""

    key: str
    type: str
    label: str
    wikidata: Optional[str]
    aliases: list[str]
    adjectives: list[str]
    country: Optional[str]
    parent: Optional[str]


@dataclass
class Office:
    person: str
    role: str
    org: str
    start: str
    end: str

    def holds(self, date: Optional[str]) -> bool:
        if not date:
            return not self.end
        d = date[:10]
        return (not self.start or self.start[: len(d)] <= d) and (not self.end or d <= self.end)


@dataclass(frozen=True)
class Role:
    surface: str
    lang: str
    role: str
    relation: str
    org: str


@dataclass
class Gazetteer:
    entries: dict[str, GazEntry] = field(default_factory=dict)
    by_alias: dict[str, list[str]] = field(default_factory=dict)      # exact surface → keys
    by_fold: dict[str, list[str]] = field(default_factory=dict)       # folded surface → keys
    adjectives: dict[str, str] = field(default_factory=dict)          # folded adjective stem → key
    offices: list[Office] = field(default_factory=list)
    roles: dict[tuple[str, str], Role] = field(default_factory=dict)  # (lang, folded surface)
    capitals: dict[str, str] = field(default_factory=dict)            # city key → country key
    capital_of: dict[str, str] = field(default_factory=dict)          # country key → its capital (first listed)
    city_actors: dict[str, str] = field(default_factory=dict)         # city named as an actor → whom it stands for
    demonyms: dict[tuple[str, str], str] = field(default_factory=dict)  # (lang, plural noun) → country key
    parties: set[str] = field(default_factory=set)                   # keys of political parties
    _by_person: dict[str, list[Office]] = field(default_factory=dict, repr=False)  # built on first use

    def lookup(self, surface: str) -> Optional[GazEntry]:
        """The entry a surface form names (exact first, then case/accent-insensitive)."""
        keys = self.by_alias.get(surface) or self.by_fold.get(fold(surface))
        return self.entries[keys[0]] if keys else None

    def holders(self, role: str, org: str, date: Optional[str]) -> list[str]:
        """Persons holding ``role`` of ``org`` on ``date``."""
        return sorted({o.person for o in self.offices
                       if o.role == role and o.org == org and o.holds(date)})

    def offices_of(self, person: str, date: Optional[str]) -> list[Office]:
        """The offices ``person`` holds on ``date``."""
        return [o for o in self.all_offices_of(person) if o.holds(date)]

    def all_offices_of(self, person: str) -> list[Office]:
        """Every office ``person`` ever held, whatever the date."""
        if not self._by_person and self.offices:
            for o in self.offices:
                self._by_person.setdefault(o.person, []).append(o)
        return self._by_person.get(person, [])


@lru_cache(maxsize=1)
def gazetteer() -> Gazetteer:
    """Load every gazetteer table once per process."""
    g = Gazetteer()
    for name in ENTITY_FILES:
        for row in read_table(f"gazetteer/{name}.tsv"):
            key = row.get("id")
            if not key or not row.get("label"):
                continue
            e = GazEntry(key=key, type=row.get("type") or "Organization", label=row["label"],
                         wikidata=row.get("wikidata") or None,
                         aliases=sorted(set(split_multi(row.get("aliases", ""))) | {row["label"]}),
                         adjectives=split_multi(row.get("adjectives", "")),
                         country=row.get("country") or None, parent=row.get("parent") or None)
            if key in g.entries:  # an extension row adds aliases to a known entity
                old = g.entries[key]
                old.aliases = sorted(set(old.aliases) | set(e.aliases))
                old.adjectives = sorted(set(old.adjectives) | set(e.adjectives))
                continue
            g.entries[key] = e
    name_first = word_class("family_name_first")
    for e in g.entries.values():
        if e.type == "Person" and e.country in name_first:
            # "Han Dong-hoon" is also written "Han Dong Hoon" (Korean, Chinese given names)
            e.aliases = sorted(set(e.aliases) | {f"{m[1]} {m[2]} {m[3].capitalize()}" for m in (
                re.fullmatch(r"(\S+) (\S+)-(\S+)", a) for a in e.aliases) if m})
        for a in e.aliases:
            g.by_alias.setdefault(a, []).append(e.key)
            g.by_fold.setdefault(fold(a), []).append(e.key)
        for adj in e.adjectives:
            g.adjectives.setdefault(fold(adj), e.key)
    for row in read_table("gazetteer/offices.tsv"):
        if row.get("person") in g.entries:
            g.offices.append(Office(row["person"], row.get("role", ""), row.get("org", ""),
                                    row.get("start", ""), row.get("end", "")))
    for row in read_table("gazetteer/capitals.tsv"):
        if row.get("city") in g.entries and row.get("country") in g.entries:
            g.capitals[row["city"]] = row["country"]
            g.capital_of.setdefault(row["country"], row["city"])
    g.city_actors = dict(g.capitals)
    for row in read_table("gazetteer/seats.tsv"):
        if row.get("city") in g.entries and row.get("actor") in g.entries:
            g.city_actors[row["city"]] = row["actor"]
    for row in read_table("gazetteer/demonyms.tsv"):
        if row.get("country") in g.entries:
            for noun in split_multi(row.get("nouns", "")):
                g.demonyms.setdefault((row.get("lang", "de"), noun), row["country"])
    g.parties = {row["id"] for row in read_table("gazetteer/parties.tsv") if row.get("id") in g.entries}
    for row in read_table("gazetteer/roles.tsv"):
        if row.get("surface"):
            r = Role(row["surface"], row.get("lang", "de"), row.get("role", ""),
                     row.get("relation", ""), row.get("org", ""))
            g.roles.setdefault((r.lang, fold(r.surface)), r)
    return g


def lexicon_rows(name: str) -> list[dict[str, str]]:
    """Rows of ``data/lexicon/<name>.tsv``."""
    return read_table(f"lexicon/{name}.tsv")


@lru_cache(maxsize=1)
def given_names() -> dict[str, str]:
    """Given name → the gender news usually means by it (f, m or u), from
    ``data/lexicon/given_names.tsv``; the first row of a name wins."""
    out: dict[str, str] = {}
    for r in lexicon_rows("given_names"):
        out.setdefault(r["name"], r["gender"])
    return out


@lru_cache(maxsize=None)
def word_class(name: str, lang: Optional[str] = None) -> frozenset[str]:
    """The words of class ``name`` in ``data/lexicon/wordclasses.tsv`` — of one language,
    or of all of them when ``lang`` is None (rows marked ``any`` belong to every language)."""
    return frozenset(r["word"] for r in lexicon_rows("wordclasses")
                     if r["class"] == name and (lang is None or r["lang"] in (lang, "any")))


def iter_words(name: str) -> Iterator[str]:
    for row in lexicon_rows(name):
        w = row.get("word") or next(iter(row.values()), "")
        if w:
            yield w
