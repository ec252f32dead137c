"""Stopword-based language identification (German, English, a few neighbours).

Enough to route an article to the right pipeline and to refuse languages kgraph does not
read; no model download.
"""
from __future__ import annotations

import re
from collections import Counter

STOPWORDS = {
    "de": "der die das und ist nicht ein eine einen einem einer eines dem den des mit sich "
          "auf für von zu im am an in um zum zur vom beim ins auch es wird wurde worden hat "
          "hatte haben sind war waren nach bei aus wie dass sie er über noch nur oder aber "
          "werden kann soll muss schon mehr vor gegen seit durch unter ohne sein seine ihre "
          "dieser diese dieses wenn weil als bis",
    "en": "the and is are was were of to in that it for on with as by at from this be have "
          "has had not but or an which who will would their they its said after he she his "
          "her we been there about into over also than",
    "fr": "le la les et est des une un du dans que pour pas sur au avec ce qui sont par "
          "plus été aux ont",
    "es": "el la los las y es en que un una por con para del se al su lo más fue como "
          "pero sus",
    "it": "il la di che è e un una per non con del della sono gli alla nel più",
    "nl": "de het een en van is dat op te zijn met voor niet aan er ook als bij maar om "
          "werd naar",
}
_SETS = {k: set(v.split()) for k, v in STOPWORDS.items()}
_WORD = re.compile(r"[^\W\d_]+", re.UNICODE)


# letters only one of the known languages uses: a short German headline without any
# stop word ("Außenministerin trifft Amtskollegen") still has its umlauts
_LETTERS = {"de": set("äöüß"), "fr": set("èêçœ"), "es": set("ñ¿¡"), "it": set("ì")}


def detect_language(text: str) -> str:
    """Return an ISO 639-1 code (``de``, ``en``, …) or ``und`` when undecidable.

    Ties go to the language listed first (German), the language kgraph reads first."""
    words = [w.lower() for w in _WORD.findall(text[:20000])]
    if not words:
        return "und"
    counts: Counter = Counter()
    for w in words:
        for lang, s in _SETS.items():
            if w in s:
                counts[lang] += 1
        for lang, letters in _LETTERS.items():
            if any(c in letters for c in w):
                counts[lang] += 1
    if not counts:
        return "und"
    (best, n), *rest = counts.most_common(2) + [("", 0)]
    if n < 2 and len(words) > 10:
        return "und"
    return best
