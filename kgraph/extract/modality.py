"""The modality of a fact: asserted, planned, hypothetical or negated.

Cues (``data/lexicon/modality.tsv``): modal verbs, governing verbs ("kündigte an, … zu
verlegen", "befürchtet einen Angriff"), attributes of event nouns ("geplante Telefonate",
"mögliche Sanktionen"), adverbs ("bald"), conditional clauses ("sollte es eindringen", "if"),
future tense and negation. Negated beats hypothetical beats planned beats asserted, except
that a negated "ausschließen" (rule out) makes the event hypothetical."""
from __future__ import annotations

import re
from typing import Optional

from spacy.tokens import Doc

from ..analyse.clauses import Clause
from ..resources import word_class
from .lexicon import lexicon

CONDITIONS = word_class("condition_subordinator")
RANK = {"asserted": 0, "planned": 1, "hypothetical": 2, "negated": 3}
# determiners that negate the noun they stand before ("keine Soldaten", "no plans")
NEGATING_DETERMINERS = {"kein", "keine", "keinen", "keinem", "keiner", "keinerlei", "no"}
READINESS = word_class("readiness_word")
AGREEMENT = {"coordinatesWith", "agreesWith"}
AGREE_GOVERNORS = {"vereinbaren", "agree", "beschließen"}


def _merge(a: str, b: str) -> str:
    return a if RANK[a] >= RANK[b] else b


CONTINUATION = word_class("continuation")


INCREASE_VERBS = word_class("increase_verb")


def _continues(toks) -> bool:
    # ("werde seine Hilfe weiter aufstocken", "will further increase aid": more is a new act)
    return any(t.lower_ in CONTINUATION or t.lemma_.lower() in CONTINUATION for t in toks) and \
        not any(t.lemma_.lower() in INCREASE_VERBS or t.lower_ in INCREASE_VERBS for t in toks)


TIME_UNITS = word_class("time_unit")
APPROX = word_class("approximator")
COUNT_BACK = word_class("count_back_word")


def _in_time_span(toks) -> bool:
    """"in drei Wochen", "in knapp zwei Monaten", "in two weeks": a time from now (not "the first
    visit in 12 years", "has not met in two years")."""
    if any(t.lower_ in COUNT_BACK or t.tag_ in ("JJS", "RBS") or t.lower_.startswith(("highest", "höchst"))
           for t in toks):
        return False   # ("the most senior visit in 25 years": a superlative counts back)
    for k, t in enumerate(toks[:-2]):
        if t.lower_ != "in":
            continue
        j = k + 1 + (toks[k + 1].lower_ in APPROX)
        if j + 1 < len(toks) and (toks[j].like_num or toks[j].pos_ == "NUM") and toks[j + 1].lower_ in TIME_UNITS:
            return True
    return False


def _in_verb_object(doc: Doc, c: Clause, t) -> bool:
    """With a parse: the noun is inside the verb's object or a phrase after it ("coordinate their
    responses to provocations and threats"), what the act is about, not a frame of the act (unless
    the event is a noun it governs: "played down the prospect of a meeting")."""
    if not doc._.kg_has_parse or c.lexical is None or t.i <= c.lexical or doc[c.lexical].pos_ != "VERB":
        return False
    return any(a.dep_ in ("dobj", "prep") and a.head.i == c.lexical for a in [t, *t.ancestors])


def clause_modality(doc: Doc, lang: str, c: Clause, relation: str, past: bool, noun: Optional[int] = None) -> str:
    lx = lexicon()
    m = "asserted"
    toks = c.toks(doc)
    if c.modal:
        cue = lx.cue(lang, "modal", c.modal) or "asserted"
        # "soll angegriffen haben", "should have attacked": a claim about the past, unconfirmed
        if c.modal in ("sollen", "should", "dürfen", "müssen") and any(
                t.lower_ in ("haben", "sein", "have") for t in toks) and any(
                t.tag_ in ("VVPP", "VBN") for t in toks):
            cue = "hypothetical"
        if cue == "planned" and c.modal in ("will", "shall", "werden") and _continues(toks):
            cue = "asserted"
        m = _merge(m, cue)
    if c.finite is not None and doc[c.finite].lower_ in ("wäre", "wären") and c.speaker is None and not c.quote:
        m = _merge(m, "hypothetical")   # "Ein Angriff wäre eine Katastrophe": the unreal mood
    if toks and toks[0].sent[-1].text == "?":
        m = _merge(m, "hypothetical")  # a question asserts nothing
    if c.future and not _continues(toks):
        m = _merge(m, "planned")   # "werde weiter beistehen": what goes on is no plan
    if c.kind == "cond":
        m = _merge(m, "hypothetical")
    elif relation not in ("threatens", "demands") and any(
            d.parent == c.index and d.end <= c.start and (d.kind == "cond" or d.subordinator in CONDITIONS) and
            not (d.subordinator in ("wenn", "when") and is_past(doc, d, lang)) for d in doc._.kg_clauses or []):
        # "Sollte es dazu kommen, werde er mit Warschau sprechen", "If Russia attacks, Germany will
        # send troops": what follows a condition put first is as open as the condition (a threat
        # so made is made; a condition put last may belong to a verb further in)
        m = _merge(m, "hypothetical")
    if c.subordinator:
        cue = lx.cue(lang, "conjunction", c.subordinator)
        done = past and not (c.finite is not None and doc[c.finite].lower_ in ("ist", "sind", "hat", "haben"))
        if cue and not (c.subordinator in ("wenn", "wann") and past or c.subordinator in ("sobald", "once") and done):
            # ("once he had landed" happened; "sobald Schweden beigetreten ist" is still to come;
            # "wann der Kanzler reist" asks when a trip to come is made, "wann er reiste" not)
            m = _merge(m, cue)
    if not past and _in_time_span(toks):
        m = _merge(m, "planned")   # "In knapp drei Wochen empfängt Schoof …", "meets him in two weeks"
    for a, b in zip(toks, toks[1:]):
        cue = lx.cue(lang, "phrase", f"{a.lower_} {b.lower_}")   # "stellt Kräfte in Aussicht"
        if cue:   # (a promise made, even in the past, is of something still to come)
            m = _merge(m, cue)
    for t in toks:
        cue = lx.cue(lang, "adverb", t.lemma_.lower()) or lx.cue(lang, "adverb", t.lower_)
        if cue == "planned" and past and (t.lower_ not in READINESS or
                                          (c.lemma or "").startswith(t.lower_)):   # ("stellten … bereit")
            continue   # ("später traf er …" happened; "was ready to meet" did not)
        if cue:
            m = _merge(m, cue)
        # ("drohte für den Fall einer Lieferung mit Konsequenzen": the case is what the threat
        # is about; the threat is made)
        if t.pos_ == "NOUN" and relation != "threatens" and not (_in_verb_object(doc, c, t) and (
                noun is None or not any(a.i == t.i for a in doc[noun].ancestors))):
            cue = lx.cue(lang, "noun", t.lemma_) or lx.cue(lang, "noun", t.text)
            if cue == "hypothetical":
                m = _merge(m, cue)
    return m


def governor_modality(doc: Doc, lang: str, gov: Optional[Clause], relation: str) -> Optional[str]:
    """What a governing clause (or the verb whose object is an event noun) says of the event."""
    if gov is None or not gov.lemma:
        return None
    if relation in AGREEMENT and gov.lemma in AGREE_GOVERNORS:
        return None
    # a phrasal verb first: "called off" is not "called"
    cue = lexicon().cue(lang, "governor", f"{gov.lemma} {gov.particle}") if gov.particle else None
    if cue is None:
        cue = lexicon().cue(lang, "governor", gov.lemma)
    if cue is None and gov.lexical is not None:
        # a lemmatiser slip ("hopes" → "hop"): try the word form without its inflection
        word = doc[gov.lexical].lower_
        for end in ("", "s", "es", "ed", "d", "ing", "t", "en"):
            if end and not word.endswith(end):
                continue
            cue = lexicon().cue(lang, "governor", word[: len(word) - len(end)] if end else word)
            if cue:
                break
    if cue is None:
        # "zeigten sich offen dafür, dass …", "were open to …": two words of the governing clause
        toks = list(gov.toks(doc))
        cue = next((c for a, b in zip(toks, toks[1:])
                    for c in [lexicon().cue(lang, "governor_phrase", f"{a.lower_} {b.lower_}")] if c), None)
    if cue == "negated-to-hypothetical":
        return "hypothetical" if gov.negated else "negated"
    if cue == "negated" and gov.negated:
        return "asserted"
    if cue == "planned" and gov.negated:
        return "negated"   # "Gespräche sind nicht geplant", "did not plan to"
    return cue


def noun_attributes(doc: Doc, lang: str, i: int) -> Optional[str]:
    """Attributes before an event noun: "geplante", "mögliche", "keine"."""
    lx = lexicon()
    m = None
    k = i - 1
    # ("his threatened 25 percent tariffs": a participle and a rate on the way)
    while k >= 0 and i - k <= 5 and (doc[k].pos_ in ("ADJ", "DET", "ADV", "NUM", "PART", "ADP") or
                                     doc[k].tag_ == "VBN" and doc[k].dep_ == "amod" or
                                     doc[k].lower_ in ("percent", "%", "prozent")) \
            and doc[k].text not in (",", "."):
        low = doc[k].lower_
        if low in NEGATING_DETERMINERS or low == "nie":
            return "negated"
        cue = lx.cue(lang, "attribute", doc[k].lemma_.lower()) or lx.cue(lang, "attribute", low)
        if cue:
            m = cue if m is None else _merge(m, cue)
        if doc[k].pos_ == "ADP" and k < i - 1:
            break
        k -= 1
    return m


def is_past(doc: Doc, c: Clause, lang: str) -> bool:
    """Perfect or simple past (German), past tense (English)."""
    if c.finite is None:
        return False
    fin = doc[c.finite]
    if lang == "en":
        return fin.tag_ in ("VBD", "VBN") or any(a in ("have", "had") for a in c.aux) and fin.tag_ == "VBD"
    low = fin.lower_
    if any(a in ("haben", "sein") for a in c.aux) and any(
            t.tag_ in ("VVPP", "VVINF") for t in c.toks(doc)):   # "hat … empfangen" (tagged VVINF)
        return not c.future
    lemma = fin.lemma_.lower()
    stem = lemma[:-2] if lemma.endswith("en") else lemma[:-1]
    if low in ("war", "waren", "hatte", "hatten", "wurde", "wurden"):
        return True
    if low in ("ist", "sind", "bin", "bist", "seid", "hat", "habt", "hast", "wird", "werden", "wirst"):
        return False  # present forms the stem test below would take for strong pasts
    if low.endswith(("te", "ten")) and not low.endswith("tete") and len(low) > 4 and not fin._.kg_konj:
        return True
    # strong verbs: the finite form does not start with the present stem ("traf", "lud", "kam");
    # a present form with a changed vowel keeps the stem's consonants and ends in -t, -st
    # ("trifft", "empfängt", "spricht", "gibt": not past)
    if _skeleton(low) in (_skeleton(stem) + "t", _skeleton(stem) + "st"):
        return False
    core = stem[-4:] if len(stem) > 4 else stem
    return bool(core) and core not in low and not fin._.kg_konj


def _skeleton(word: str) -> str:
    return re.sub(r"[aeiouäöüy]", "", word)
