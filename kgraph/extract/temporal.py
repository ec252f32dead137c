"""Dates and quantities: relative dates resolved against the article date, numbers parsed."""
from __future__ import annotations

import datetime as dt
import re
from typing import Optional

from spacy.tokens import Doc, Span

from ..ingest import MONTHS
from .lexicon import lexicon

WEEKDAYS = {"montag": 0, "dienstag": 1, "mittwoch": 2, "donnerstag": 3, "freitag": 4,
            "samstag": 5, "sonnabend": 5, "sonntag": 6, "monday": 0, "tuesday": 1,
            "wednesday": 2, "thursday": 3, "friday": 4, "saturday": 5, "sunday": 6,
            "wochenende": 5, "weekend": 5}   # the weekend: its Saturday
NEXT = {"kommend", "kommenden", "nächsten", "nächste", "next", "coming"}
LAST = {"vergangenen", "letzten", "vorigen", "last", "past"}


def article_day(date: Optional[str]) -> Optional[dt.date]:
    if date and re.fullmatch(r"\d{4}-\d{2}-\d{2}", date[:10]):
        return dt.date.fromisoformat(date[:10])
    return None


def resolve_date(doc: Doc, span: Span, future: bool) -> Optional[str]:
    """The date a clause speaks of, or ``None`` when it names none."""
    base = article_day(doc._.kg_date)
    toks = [t for t in span]
    low = [t.lower_ for t in toks]
    for k, w in enumerate(low):
        if w in ("heute", "today", "tonight", "heute abend"):
            return base.isoformat() if base else None
        if w in ("gestern", "yesterday") and base:
            return (base - dt.timedelta(days=1)).isoformat()
        if w in ("morgen", "tomorrow") and base and not (k > 0 and low[k - 1] in ("am", "heute")):
            return (base + dt.timedelta(days=1)).isoformat()
        if w in WEEKDAYS and base:
            prev = low[k - 1] if k else ""
            wd = WEEKDAYS[w]
            # ("seit Freitag", "since Friday": a day gone by, whatever the tense)
            if prev in NEXT or (future and prev not in LAST and prev not in ("seit", "since")):
                delta = (wd - base.weekday()) % 7 or 7
                return (base + dt.timedelta(days=delta)).isoformat()
            delta = (base.weekday() - wd) % 7
            return (base - dt.timedelta(days=delta)).isoformat()
        if w in MONTHS:
            year = None
            if k + 1 < len(toks) and re.fullmatch(r"\d{4}", toks[k + 1].text):
                year = int(toks[k + 1].text)
            day = None
            if k > 0 and re.fullmatch(r"\d{1,2}\.?", toks[k - 1].text):
                day = int(toks[k - 1].text.rstrip("."))
            elif k + 1 < len(toks) and re.fullmatch(r"\d{1,2}", toks[k + 1].text):
                day = int(toks[k + 1].text)
            if year is None and base:
                year = base.year
            if year is None:
                continue
            try:
                return dt.date(year, MONTHS[w], day).isoformat() if day else f"{year:04d}-{MONTHS[w]:02d}"
            except ValueError:
                continue
    return None


NUM = re.compile(r"^\d{1,3}(?:[.,\u202f ]\d{3})+$|^\d+$|^\d+,\d+$|^\d+\.\d+$")


def parse_number(text: str, lang: str) -> Optional[float]:
    t = text.strip()
    if not NUM.match(t):
        v = lexicon().numbers.get((lang, t.lower()))
        return float(v) if v is not None else None
    if re.fullmatch(r"\d{1,3}(?:[.,\u202f ]\d{3})+", t):
        sep = t[len(t) - 4]
        if (lang == "de" and sep == ".") or (lang == "en" and sep == ",") or sep in "\u202f ":
            return float(re.sub(r"[.,\u202f ]", "", t))
    return float(t.replace(",", ".")) if lang == "de" else float(t.replace(",", ""))


def quantity_before(doc: Doc, i: int, lang: str) -> Optional[int]:
    """The number right before token ``i`` ("2000 Soldaten", "mehr als 100.000", "1,5 Millionen")."""
    j = i - 1
    while j >= 0 and doc[j].pos_ == "ADJ" or (j >= 0 and doc[j].lower_ in ("bereits", "already", "rund", "etwa", "about", "some")):
        j -= 1
        if j >= 0 and doc[j].pos_ == "ADJ" and not doc[j].like_num:
            continue
    # skip adjectives/participles between number and noun ("1000 bereits in Deutschland stationierte")
    k = i - 1
    while k >= 0 and i - k <= 6 and not doc[k].like_num and not (lexicon().numbers.get((lang, doc[k].lower_))):
        if doc[k].is_punct or doc[k].tag_ in ("$,", "$.", "VVFIN", "VAFIN") or doc[k].pos_ in ("VERB", "AUX") and doc[k].tag_ not in ("ADJA",):
            return None
        k -= 1
    if k < 0 or i - k > 6:
        return None
    value = None
    mult = 1
    if lexicon().numbers.get((lang, doc[k].lower_)) and lexicon().numbers[(lang, doc[k].lower_)] >= 1000 \
            and k > 0 and doc[k - 1].like_num:
        mult = lexicon().numbers[(lang, doc[k].lower_)]
        k -= 1
    value = parse_number(doc[k].text, lang)
    if value is None:
        return None
    return int(value * mult)
