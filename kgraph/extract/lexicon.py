"""Trigger, force, modality and number lexicons (``kgraph/data/lexicon/*.tsv``)."""
from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache
from typing import Optional

from ..resources import fold, lexicon_rows


NONE = "-"   # relation of a lexicon row that blocks a compound head


@dataclass(frozen=True)
class Trigger:
    lang: str
    lemma: str
    pos: str
    relation: str
    objects: tuple[str, ...]
    flags: frozenset[str]


@dataclass
class Lexicon:
    verbs: dict[tuple[str, str], list[Trigger]]
    nouns: dict[tuple[str, str], list[Trigger]]
    noun_heads: dict[str, list[tuple[str, Trigger]]]   # lang -> (folded head, trigger), longest first
    forces: dict[str, set[str]]
    aid: dict[str, set[str]]
    media: dict[str, set[str]]
    modality: dict[tuple[str, str, str], str]          # (lang, kind, cue) -> modality
    numbers: dict[tuple[str, str], int]

    def verb(self, lang: str, lemma: str) -> list[Trigger]:
        return self.verbs.get((lang, lemma.lower()), [])

    def noun(self, lang: str, word: str, lemma: str) -> list[Trigger]:
        # a row with relation "-" names a compound that is no event of its head
        # ("Gefangenenaustausch" is no "Austausch" of views)
        for w in (lemma, word):
            hit = self.nouns.get((lang, fold(w)))
            if hit:
                return [t for t in hit if t.relation != NONE]
        if lang == "de":
            low = fold(lemma)
            for head, t in self.noun_heads.get(lang, []):
                if low.endswith(head) and len(low) - len(head) >= 3:
                    return [t] if t.relation != NONE else []
        return []

    def is_force(self, lang: str, word: str) -> bool:
        w = fold(word)
        fs = self.forces.get(lang, set())
        return w in fs or (lang == "de" and any(w.endswith(f) and len(w) - len(f) >= 2 for f in fs))

    def is_aid(self, lang: str, word: str) -> bool:
        w = fold(word)
        nouns = self.aid.get(lang, set())
        # (a German dative plural too: "mit Panzern", "von 31 Kampfpanzern")
        forms = [w] + ([w[:-1]] if lang == "de" and w.endswith("n") else [])
        return any(f in nouns or (lang == "de" and any(f.endswith(n) and len(f) - len(n) >= 2 for n in nouns))
                   for f in forms)

    def cue(self, lang: str, kind: str, word: str) -> Optional[str]:
        return self.modality.get((lang, kind, word.lower()))


@lru_cache(maxsize=1)
def lexicon() -> Lexicon:
    verbs: dict = {}
    nouns: dict = {}
    for r in lexicon_rows("triggers"):
        t = Trigger(r["lang"], r["lemma"], r["pos"], r["relation"],
                    tuple(x for x in r.get("object", "").split("|") if x),
                    frozenset(r.get("flags", "").split()))
        if t.pos == "verb":
            verbs.setdefault((t.lang, t.lemma.lower()), []).append(t)
        else:
            nouns.setdefault((t.lang, fold(t.lemma)), []).append(t)
    heads: dict = {}
    for (lang, key), ts in nouns.items():
        heads.setdefault(lang, []).append((key, ts[0]))
    for lang in heads:
        heads[lang].sort(key=lambda x: -len(x[0]))
    forces: dict = {}
    for r in lexicon_rows("forces"):
        forces.setdefault(r["lang"], set()).add(fold(r["word"]))
    aid: dict = {}
    for r in lexicon_rows("aid"):
        aid.setdefault(r["lang"], set()).add(fold(r["word"]))
    media: dict = {}
    for r in lexicon_rows("medium"):
        media.setdefault(r["lang"], set()).add(r["word"].lower())
    mod = {(r["lang"], r["kind"], r["cue"].lower()): r["modality"] for r in lexicon_rows("modality")}
    nums = {(r["lang"], r["word"].lower()): int(r["value"]) for r in lexicon_rows("numbers")}
    return Lexicon(verbs, nouns, heads, forces, aid, media, mod, nums)
