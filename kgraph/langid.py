"""Stopword-based language identification (German, English, a few neighbours).

Enough to route an article to the right pipeline and to refuse languages kgraph does not
read; no model download.
"""
from __future__ import annotations

import re
from collections import Counter

STOPWORDS = {
    "de": "der die das und ist nicht ein eine einen dem den des mit sich auf für von zu im "
          "auch es wird wurde hat haben sind war nach bei aus wie dass sie er über noch nur "
          "oder aber werden kann schon mehr vor",
    "en": "the and is are was were of to in that it for on with as by at from this be have "
          "has had not but or an which who will would their they its said after",
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


def detect_language(text: str) -> str:
    """Return an ISO 639-1 code (``de``, ``en``, …) or ``und`` when undecidable."""
    words = [w.lower() for w in _WORD.findall(text[:20000])]
    if not words:
        return "und"
    counts = Counter()
    for w in words:
        for lang, s in _SETS.items():
            if w in s:
                counts[lang] += 1
    if not counts:
        return "und"
    (best, n), *rest = counts.most_common(2) + [("", 0)]
    if n < 2 and len(words) > 10:
        return "und"
    return best
