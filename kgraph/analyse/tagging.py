"""Sentence splitting, German tagging with HanTa and separable-verb merging."""
from __future__ import annotations

import re
from functools import lru_cache
from typing import Optional

from spacy.language import Language
from spacy.tokens import Doc

from ..resources import gazetteer, word_class

END = {".", "!", "?", "…"}
CLOSE_QUOTES = {'"', "“", "”", "»", "«", "'", "’", "‘", ")"}
OPENING = {"„", "»", "‚", "("}          # German opening marks (and brackets)
CLOSING = {"“", "«", "‘", ")", "”"}      # German closing marks; English ” closes too
STRAIGHT = {'"', "'"}
PARA = re.compile(r"^\s*\n\s*\n?\s*$")


DASHES = {"-", "—", "–", "--"}


def dateline_end(doc: Doc, i: int) -> Optional[int]:
    """The dash that closes a wire dateline opening at token ``i`` ("SINGAPORE (AP) —",
    "KYIV, Feb 20 (Reuters) -", "KINSHASA, Congo (AP) —"), else None. A bare capitalised word
    before a dash counts only when the gazetteer knows it as a city ("NATO - the alliance" is none)."""
    while i < len(doc) and doc[i].is_space:
        i += 1
    j = i
    while j < len(doc) and j - i < 4 and doc[j].text.isupper() and doc[j].text.replace(".", "").isalpha():
        j += 1
    if j == i or sum(len(doc[k].text) for k in range(i, j)) < 4:
        return None
    k = j
    if k < len(doc) and doc[k].text == ",":
        k += 1
        while k < len(doc) and k - j <= 5 and doc[k].text not in DASHES and doc[k].text != "(" and \
                (doc[k].text[:1].isupper() or doc[k].like_num or doc[k].text in (".", ",")):
            k += 1
    if k + 2 < len(doc) and doc[k].text == "(" and doc[k + 2].text == ")":
        k += 3
    if k >= len(doc) or doc[k].text not in DASHES or k + 1 >= len(doc):
        return None
    if k == j:
        place = gazetteer().lookup(doc[i:j].text.title())
        if place is None or place.type != "City":
            return None
    return k


def datelines(doc: Doc) -> list[tuple[int, int]]:
    """(first token, closing dash) of each wire dateline that opens a paragraph."""
    out = []
    for i in range(len(doc)):
        if i == 0 or doc[i - 1].is_space and "\n" in doc[i - 1].text:
            end = dateline_end(doc, i)
            if end is not None:
                out.append((i, end))
    return out


def _datelines_apart(doc: Doc) -> None:
    """A dateline opening a paragraph is a sentence of its own: the story's subject comes after it."""
    for i, end in datelines(doc):
        doc[end + 1].is_sent_start = True
        for k in range(i + 1, end + 1):
            doc[k].is_sent_start = False
        # a parser must not end the story's first sentence early ("U.S. President …")
        k = end + 2
        while k < len(doc) and doc[k - 1].text not in END and not doc[k].is_space:
            doc[k].is_sent_start = False
            k += 1


@Language.component("kg_sentencizer")
def kg_sentencizer(doc: Doc) -> Doc:
    """Sentences end at . ! ? (closing quotes stay with their sentence) and at paragraphs."""
    start_next = True
    in_quote = False  # straight quotes open and close alternately within a paragraph
    for i, tok in enumerate(doc):
        if tok.is_space and "\n" in tok.text:
            tok.is_sent_start = start_next or i == 0
            start_next = True
            in_quote = False
            continue
        if tok.text in OPENING:
            in_quote = True
        elif tok.text in CLOSING:
            in_quote = False
        elif tok.text in STRAIGHT:
            in_quote = not in_quote
        tok.is_sent_start = start_next
        start_next = False
        if tok.text in END or (tok.text.endswith(("!", "?")) and len(tok.text) <= 3):
            nxt = doc[i + 1] if i + 1 < len(doc) else None
            closes = nxt is not None and (nxt.text in CLOSING or (nxt.text in STRAIGHT and in_quote))
            if closes:
                continue  # the quote closes this sentence
            start_next = True
        elif (tok.text in CLOSING or (tok.text in STRAIGHT and not in_quote)) and i > 0 \
                and doc[i - 1].text in END:
            start_next = True
    _datelines_apart(doc)
    return doc


@Language.component("kg_paragraphs")
def kg_paragraphs(doc: Doc) -> Doc:
    """A paragraph break starts a sentence, whatever a model's parser would make of it (a
    subheading without a full stop is no part of the paragraph after it)."""
    after_break = False
    for tok in doc:
        if tok.is_space and "\n" in tok.text:
            after_break = True
            continue
        if after_break:
            tok.is_sent_start = True
        after_break = False
    _datelines_apart(doc)
    return doc


# HanTa writes e.g. VV(FIN), ADJ(A); STTS spells VVFIN, ADJA
_HANTA = re.compile(r"^(V[VAM]|ADJ)\((\w+)\)$")
STTS_TO_UD = {
    "ADJA": "ADJ", "ADJD": "ADJ", "ADV": "ADV", "APPR": "ADP", "APPRART": "ADP", "APPO": "ADP",
    "APZR": "ADP", "ART": "DET", "CARD": "NUM", "FM": "X", "ITJ": "INTJ", "KOUI": "SCONJ",
    "KOUS": "SCONJ", "KON": "CCONJ", "KOKOM": "CCONJ", "NN": "NOUN", "NE": "PROPN",
    "PDS": "PRON", "PDAT": "DET", "PIS": "PRON", "PIAT": "DET", "PIDAT": "DET", "PPER": "PRON",
    "PPOSS": "PRON", "PPOSAT": "DET", "PRELS": "PRON", "PRELAT": "DET", "PRF": "PRON",
    "PWS": "PRON", "PWAT": "DET", "PWAV": "ADV", "PROAV": "ADV", "PAV": "ADV", "PTKZU": "PART",
    "PTKNEG": "PART", "PTKVZ": "ADP", "PTKANT": "PART", "PTKA": "PART", "TRUNC": "X",
    "VVFIN": "VERB", "VVIMP": "VERB", "VVINF": "VERB", "VVIZU": "VERB", "VVPP": "VERB",
    "VAFIN": "AUX", "VAIMP": "AUX", "VAINF": "AUX", "VAPP": "AUX", "VMFIN": "AUX",
    "VMINF": "AUX", "VMPP": "AUX", "XY": "X", "$,": "PUNCT", "$.": "PUNCT", "$(": "PUNCT",
}


def stts(tag: str) -> str:
    m = _HANTA.match(tag)
    if m:
        return m.group(1) + m.group(2)
    if tag in ("NNA", "NNI"):
        return "NN"   # HanTa's nominalised adjective ("der Abgeordnete") or infinitive ("ein Treffen")
    return tag


@lru_cache(maxsize=1)
def _hanta():
    from HanTa import HanoverTagger as ht  # noqa: N813  (HanTa's own module name)
    tagger = ht.HanoverTagger("morphmodel_ger.pgz")
    # HanTa recomputes the morphological analysis of every word in every sentence; both steps
    # depend on the word (and tag) only, so memoise them per process — most of its time.
    tagger.analyze_forward = _memo(tagger.analyze_forward)
    tagger._analyze = _memo(tagger._analyze)
    return tagger


def _memo(fn, limit: int = 500_000):
    cache: dict = {}

    def wrapper(*args, **kwargs):
        key = (args, tuple(sorted(kwargs.items())))
        hit = cache.get(key)
        if hit is None:
            if len(cache) >= limit:
                cache.clear()
            hit = cache[key] = fn(*args, **kwargs)
        return hit
    return wrapper


CLOSED_TAGS = {"APPR", "APPRART", "ART", "PPER", "ADV", "PTKVZ", "KOUS", "KON", "PAV", "PROAV", "PDS", "PIS", "PDAT", "PIAT"}


@lru_cache(maxsize=5000)
def _closed_class(word: str) -> bool:
    cands = _hanta().tag_word(word)
    return bool(cands) and stts(cands[0][0]) in CLOSED_TAGS


def _after_colon(toks: list, k: int) -> str:
    """"… Berlins: Ab 2026 wollen die USA …": after a colon a new clause starts with a capital;
    a preposition, article or pronoun there is tagged as its small form (else HanTa reads a noun)."""
    w = toks[k].text
    if k > 0 and toks[k - 1].text == ":" and w[:1].isupper() and w[1:].islower() and _closed_class(w.lower()):
        return w.lower()
    return w


@Language.factory("kg_hanta", default_config={"cache_size": 200000})
def make_hanta(nlp: Language, name: str, cache_size: int):
    """STTS tags, UD coarse tags and lemmas from HanTa (German)."""
    return HantaTagger(cache_size)


class HantaTagger:
    def __init__(self, cache_size: int):
        self.cache: dict[tuple[str, ...], list] = {}
        self.cache_size = cache_size

    def _tag(self, words: tuple[str, ...]):
        hit = self.cache.get(words)
        if hit is None:
            hit = _hanta().tag_sent(list(words), taglevel=1)
            if len(self.cache) < self.cache_size:
                self.cache[words] = hit
        return hit

    def __call__(self, doc: Doc) -> Doc:
        for sent in doc.sents:
            toks = [t for t in sent if not t.is_space]
            if not toks:
                continue
            tagged = self._tag(tuple(_after_colon(toks, k) for k in range(len(toks))))
            for tok, (_, lemma, tag) in zip(toks, tagged):
                tag = stts(tag)
                if tok.text in ('"', "„", "“", "”", "»", "«", "(", ")", "-", "–", "—"):
                    tag = "$("
                tok.tag_ = tag
                tok._.kg_stts = tag
                tok.pos_ = STTS_TO_UD.get(tag, "X")
                if tag in ("NN", "NE") and lemma and lemma[0].islower():
                    lemma = lemma[0].upper() + lemma[1:]
                tok.lemma_ = lemma or tok.text
                if tag == "VVPP" and tok.lower_.endswith("ieren"):
                    tok.tag_ = tok._.kg_stts = "VVINF"   # -ieren verbs form their participle in -iert
            _repair_capitalised_verb(toks)
            _repair_missing_finite(toks)
            _repair_bracket_infinitive(toks)
            _repair_perfect_participle(toks)
            _repair_initial_participle(toks)
            _repair_relative_finite(toks)
            _repair_temporal_als(toks)
            _repair_attributive_participle(toks)
            _repair_fixed_adverbs(toks)
            _repair_attributive_demonstrative(toks)
        for tok in doc:
            if tok.is_space:
                tok.pos_, tok.tag_ = "SPACE", "_SP"
            elif tok.lower_ in ("bin", "ibn") and 0 < tok.i < len(doc) - 1 and \
                    doc[tok.i - 1].text[:1].isupper() and doc[tok.i + 1].text[:1].isupper() and \
                    doc[tok.i - 1].tag_ in ("NE", "NN"):
                tok.tag_ = tok._.kg_stts = "NE"   # "Tamim bin Hamad": part of a name, not "ich bin"
                tok.pos_ = "PROPN"
        return doc


# multi-word adverbs whose words HanTa tags one by one ("nach wie vor": still, no "nach" of a
# destination); lexicon/wordclasses.tsv, class fixed_adverb
FIXED_ADVERBS = [tuple(w.lower().split()) for w in word_class("fixed_adverb", "de")]


def _repair_fixed_adverbs(toks: list) -> None:
    low = [t.lower_ for t in toks]
    for words in FIXED_ADVERBS:
        n = len(words)
        for i in range(len(toks) - n + 1):
            if tuple(low[i:i + n]) == words:
                for t in toks[i:i + n]:
                    t.tag_ = t._.kg_stts = "ADV"
                    t.pos_ = "ADV"


PERFECT_AUX = {"hat", "hatte", "haben", "hatten", "habe", "hätte", "hätten", "ist", "war", "sind", "waren",
               "sei", "seien", "wäre", "wären"}


def _repair_perfect_participle(toks: list) -> None:
    """"hatte Erdogan von der EU verlangt, …": after a finite "haben"/"sein", a verb in -t that
    closes the clause is the participle, not a second finite verb."""
    aux = False
    for i, tok in enumerate(toks):
        if tok.text in (",", ";", ":"):
            aux = False
        elif tok.tag_ == "VAFIN" and tok.lower_ in PERFECT_AUX:
            aux = True
        elif aux and tok.tag_ == "VVFIN" and tok.lower_.endswith("t") and \
                (i + 1 == len(toks) or toks[i + 1].is_punct):
            tok.tag_ = tok._.kg_stts = "VVPP"
            aux = False
        elif aux and tok.tag_ == "VVFIN" and tok.lower_.endswith("t") and i + 1 < len(toks) and \
                toks[i + 1].lower_ in ("und", "oder", "sowie") and _participle_closes(toks, i + 2):
            tok.tag_ = tok._.kg_stts = "VVPP"   # "habe X betont und Y verurteilt"


def _repair_initial_participle(toks: list) -> None:
    """"Unterschrieben wurde das Memorandum von …": a participle put first before a form of
    "werden" is the verb of a passive, not an adjective."""
    if len(toks) > 2 and toks[0].tag_ in ("ADJD", "ADJA") and toks[0].text[:1].isupper() and \
            toks[1].lower_ in ("wurde", "wurden", "wird", "werden") and participle_lemma(toks[0].text):
        toks[0].tag_ = toks[0]._.kg_stts = "VVPP"
        toks[0].pos_ = "VERB"
        toks[0].lemma_ = participle_lemma(toks[0].text)


def _participle_closes(toks: list, j: int) -> bool:
    """A participle closes the stretch that starts at ``j``."""
    while j < len(toks) and not toks[j].is_punct:
        j += 1
    return toks[j - 1].tag_ == "VVPP"


# the finite forms of the auxiliaries and modals: a sentence may open with them ("Sollte …", "Hat …")
AUX_FORMS = word_class("aux_form", "de")


def _repair_capitalised_verb(toks: list) -> None:
    """German writes verbs small: a capitalised "verb" inside a sentence before a name is part of
    the name ("PPP-Chef Han Dong Hoon": not "haben"; "Han Duck Soo": right to left, so that a
    run of them is one name). At the start of a sentence only when a finite verb follows the
    name ("Han Dong Hoon wollte …"; "Hat Scholz gesagt …?" stays a question)."""
    for i in range(len(toks) - 2, -1, -1):
        tok, nxt = toks[i], toks[i + 1]
        if i == 0 and tok.lower_ in AUX_FORMS:
            continue   # "Sollte Polen Litauen angreifen, …", "Hat Scholz …?"
        if i == 0 and tok.tag_ in ("VVFIN", "VAFIN", "VMFIN", "VVIMP") and nxt.text[:1].islower() and \
                nxt.tag_ in ("VVFIN", "VAFIN", "VMFIN"):
            pass   # "Han wollte …": no sentence opens with two finite verbs ("Verhandeln will er" does)
        elif not (tok.tag_.startswith("V") and tok.text[:1].isupper() and
                  nxt.tag_ in ("NE", "NN") and nxt.text[:1].isupper()):
            continue
        elif i == 0 or toks[i - 1].is_punct:
            j = i + 1
            while j < len(toks) and toks[j].tag_ == "NE":
                j += 1
            if i > 0 or j == i + 1 or j >= len(toks) or toks[j].tag_ not in ("VVFIN", "VAFIN", "VMFIN"):
                continue
        tok.tag_ = tok._.kg_stts = "NE"
        tok.pos_ = "PROPN"
        tok.lemma_ = tok.text


def _repair_relative_finite(toks: list) -> None:
    """"Prigoschin, der Verteidigungsminister Schoigu seit Monaten kritisiert, sprach …": after a
    noun and a comma, "der"/"die"/"das" opening a stretch that ends in a -t "participle" with no
    finite verb in it is a relative pronoun, and the verb is finite (a participle alone makes
    no clause)."""
    for i in range(2, len(toks) - 2):
        if toks[i - 1].text != "," or toks[i - 2].tag_ not in ("NN", "NE") or \
                toks[i].lower_ not in ("der", "die", "das") or toks[i].tag_ != "ART":
            continue
        j = i + 1
        while j < len(toks) and toks[j].text not in (",", ";", ":", ".", "?", "!", "(", ")", '"', "„", "“"):
            j += 1
        last = toks[j - 1]
        if j >= len(toks) or toks[j].text not in (",", ".") or j - i < 3 or last.tag_ != "VVPP" or \
                not last.lower_.endswith("t") or any(
                t.tag_ in ("VVFIN", "VAFIN", "VMFIN", "VVINF", "VAINF", "VMINF", "VVIZU") for t in toks[i + 1:j - 1]):
            continue
        toks[i].tag_ = toks[i]._.kg_stts = "PRELS"
        toks[i].pos_ = "PRON"
        last.tag_ = last._.kg_stts = "VVFIN"


def _repair_temporal_als(toks: list) -> None:
    """"Als Scholz nach Brasília gereist war, hatte Lula …": "als" opening a sentence (or a
    stretch after a comma) whose stretch ends in a finite verb before the comma is a
    subordinator ("when"), not the "als" of comparison or of a role ("Als Kanzler sagte er")."""
    for i, tok in enumerate(toks[:-3]):
        if tok.lower_ != "als" or tok.tag_ == "KOUS" or not (i == 0 or toks[i - 1].text in (",", ";", ":")):
            continue
        j = i + 1
        while j < len(toks) and toks[j].text not in (",", ";", ":", ".", "?", "!", '"', "„", "“"):
            j += 1
        if j >= len(toks) or toks[j].text != "," or j - i < 3 or \
                toks[j - 1].tag_ not in ("VVFIN", "VAFIN", "VMFIN") or toks[i + 1].tag_ in ("NN",) and j - i == 3:
            continue
        tok.tag_ = tok._.kg_stts = "KOUS"
        tok.pos_ = "SCONJ"


def _repair_attributive_demonstrative(toks: list) -> None:
    """"die Basij-Miliz und deren Kommandeur X": "deren"/"dessen" before its noun is a determiner
    (HanTa may take it for a pronoun standing alone, which would leave the name after it bare)."""
    for i, tok in enumerate(toks[:-1]):
        if tok.tag_ == "PDS" and tok.lower_ in ("deren", "dessen") and toks[i + 1].tag_ in ("NN", "ADJA"):
            tok.tag_ = tok._.kg_stts = "PDAT"
            tok.pos_ = "DET"


def _repair_attributive_participle(toks: list) -> None:
    """"Von Ankara unterstützte Kämpfer … griffen an": a past form in -te before a noun, with
    another finite verb later in the same stretch, is a participle used as an adjective."""
    FIN = ("VVFIN", "VAFIN", "VMFIN")
    for i, tok in enumerate(toks[:-1]):
        k = i + 1
        while k < len(toks) - 1 and toks[k].tag_ == "ADJA":
            k += 1   # "die von der Türkei unterstützte Syrische Nationalarmee"
        nxt = toks[k]
        if tok.tag_ != "VVFIN" or not tok.lower_.endswith(("te", "ten", "tes", "ter", "tem")) or \
                nxt.tag_ != "NN" or not nxt.text[:1].isupper():
            continue
        later = False
        for t in toks[i + 2:]:
            if t.text in (",", ";", ":", ".", "?", "!"):
                break
            if t.tag_ in FIN:
                later = True
                break
        if not later:
            # "lehnte die von Israel verkündete Waffenruhe ab": an agent phrase opened by an
            # article before it, and the clause's finite verb already said
            j = i - 1
            while j > 0 and toks[j].tag_ in ("NE", "NN", "ART", "ADJA"):
                j -= 1
            earlier = False
            for t in reversed(toks[:j]):
                if t.text in (",", ";", ":", ".", "?", "!"):
                    break
                if t.tag_ in FIN:
                    earlier = True
                    break
            later = earlier and j < i - 1 and j >= 1 and toks[j].lower_ in ("von", "vom", "durch") and \
                toks[j - 1].tag_ in ("ART", "PDAT", "PPOSAT", "PIAT", "APPRART")
        if later:
            tok.tag_ = tok._.kg_stts = "ADJA"
            tok.pos_ = "ADJ"


def _repair_bracket_infinitive(toks: list) -> None:
    """"Sollten in Finnland und Schweden Truppen stationiert werden, …": after a finite modal,
    "werden"/"sein"/"haben" closing the clause behind a participle is an infinitive, not a
    second finite verb."""
    modal = False
    for i, tok in enumerate(toks):
        if tok.text in (",", ";", ":"):
            modal = False
        elif tok.tag_ == "VMFIN":
            modal = True
        elif modal and tok.tag_ == "VAFIN" and tok.lower_ in ("werden", "sein", "haben") and i > 0 and \
                toks[i - 1].tag_ in ("VVPP", "VAPP") and (i + 1 == len(toks) or toks[i + 1].is_punct):
            tok.tag_ = tok._.kg_stts = "VAINF"


def _repair_missing_finite(toks: list) -> None:
    """A sentence with a subject but no finite verb usually has one HanTa read as an adjective
    ("Die USA schicken Waffen": schick-en; "Die Bundeswehr entsandte Soldaten": a past in -te):
    retag the first lowercase -en or -te word after a name or noun that HanTa also knows as a
    finite verb."""
    # (the sentence, or the stretch before its first comma: "Die Bundeswehr entsandte Soldaten
    # nach Kopenhagen, zudem soll …")
    first = next((i for i, t in enumerate(toks) if t.text in (",", ";", ":")), len(toks))
    if len(toks) < 3 or any(t.tag_ in ("VVFIN", "VAFIN", "VMFIN") for t in toks[:first]):
        return
    if first < len(toks) and any(t.tag_ in ("VVFIN", "VAFIN", "VMFIN") for t in toks):
        # (only right after a plain first noun phrase: "Die von Russland besetzten Gebiete, …"
        # is an adjective)
        k = 0
        while k < first and toks[k].tag_ in ("ART", "ADJA", "NN", "NE") and not (
                k > 0 and toks[k].tag_ == "ADJA" and toks[k - 1].tag_ in ("NN", "NE")):
            k += 1
        toks = toks[:min(k + 1, first)]
    for prev, tok in zip(toks, toks[1:]):
        if tok.tag_ in ("ADJA", "ADJD") and tok.text.islower() and tok.text.endswith(("en", "te")) \
                and (prev.tag_ in ("NN", "NE") or prev.lower_ in ("beiden", "beide", "alle")) \
                and any(c[0] == "VV(FIN)" for c in _hanta().tag_word(tok.text)):
            tok.tag_ = tok._.kg_stts = "VVFIN"
            tok.pos_ = "VERB"
            tok.lemma_ = tok.text
            if tok.text.endswith("te"):
                lemma, tag = _hanta().analyze(tok.text)
                tok.lemma_ = lemma if tag == "VV(FIN)" else tok.text[:-2] + "en"
                return
            # ("Die beiden vereinbarten, …": a weak past, whose infinitive is the stem + -en)
            stem = tok.text[:-3] + "en" if tok.text.endswith("ten") else None
            if stem and any(c[0] == "VV(INF)" for c in _hanta().tag_word(stem)):
                tok.lemma_ = stem
            return


@lru_cache(maxsize=20000)
def participle_lemma(word: str) -> Optional[str]:
    """The infinitive of an attributive German participle ("angegriffene" → angreifen), or None."""
    w = word.lower()
    for end in ("en", "er", "es", "em", "e", ""):
        stem = w[: len(w) - len(end)] if end else w
        if end and not w.endswith(end) or len(stem) < 5:
            continue
        if any(c[0] == "VV(PP)" for c in _hanta().tag_word(stem)):
            lemma, tag = _hanta().analyze(stem, taglevel=1)
            if tag == "VV(PP)":
                return lemma
    return None


KONJ1_IRREG = {"sei", "seien", "seiest", "habe", "werde", "könne", "müsse", "dürfe", "wolle",
               "solle", "möge", "wisse"}
KONJ2 = {"wäre", "wären", "hätte", "hätten", "würde", "würden", "könnte", "könnten",
         "müsste", "müssten", "dürfte", "dürften", "sollte", "sollten", "möchte",
         "möchten", "gäbe", "käme", "ginge"}


def is_konjunktiv(tok) -> bool:
    """Konjunktiv I (3rd person: ``passiere``, ``sei``, ``habe``) or II (``würde``, ``hätte``)."""
    w = tok.text.lower()
    if w in KONJ1_IRREG or w in KONJ2:
        return True
    lemma = tok.lemma_.lower()
    if tok.tag_ in ("VVFIN", "VAFIN", "VMFIN") and (
            lemma.endswith("en") and w == lemma[:-1] or
            lemma.endswith(("ern", "eln")) and w in (lemma[:-1] + "e", lemma[:-3] + lemma[-2] + "e")):
        # "passiere" from "passieren", "verlängere", "handle": 3sg indicative would end in -t
        return not any(c.lower_ == "ich" for c in tok.sent)
    return False


# particles HanTa may tag as adverbs at the end of a clause
ADV_PARTICLES = word_class("adverb_particle", "de")


@lru_cache(maxsize=2000)
def _hanta_knows_verb(word: str) -> bool:
    return any(c[0].startswith("VV") for c in _hanta().tag_word(word))


@Language.component("kg_separable")
def kg_separable(doc: Doc) -> Doc:
    """Merge separable particles into the finite verb's lemma ("kündigte … an" → ankündigen)
    and mark Konjunktiv forms."""
    for sent in doc.sents:
        finite = None
        for tok in sent:
            t = tok._.kg_stts or tok.tag_
            if t in ("VVFIN", "VAFIN", "VMFIN"):
                finite = tok
                tok._.kg_konj = is_konjunktiv(tok)
            elif t == "ADV" and finite is not None and finite.i < tok.i and tok.lower_ in ADV_PARTICLES and \
                    tok.i + 1 < len(doc) and (doc[tok.i + 1].is_punct or doc[tok.i + 1].is_space) and \
                    _hanta_knows_verb(tok.lower_ + finite.lemma_.lower()):
                # "Mit Assad arbeitet Berlin dabei nicht zusammen": HanTa took the particle for an adverb
                tok.tag_ = tok._.kg_stts = "PTKVZ"
                tok.pos_ = "ADP"
                if not finite.lemma_.lower().startswith(tok.lower_):
                    finite.lemma_ = tok.lower_ + finite.lemma_
                finite = None
            elif t == "PTKVZ" and finite is not None and finite.i < tok.i:
                if tok.lower_ in ("hinweg", "hindurch", "entlang") and any(
                        x.lower_ in ("über", "durch", "an", "den", "die", "das") for x in doc[finite.i:tok.i]):
                    tok.tag_ = tok._.kg_stts = "APZR"   # "über die Grenze hinweg": a postposition
                    tok.pos_ = "ADP"
                    continue
                if not finite.lemma_.lower().startswith(tok.lower_):
                    finite.lemma_ = tok.lower_ + finite.lemma_
                finite = None
            elif t == "$," and finite is not None and _list_before_particle(doc, tok.i, sent.end):
                continue   # "warf Berlin, Paris und Rom vor": a list of names, not a new clause
            elif t in ("$,", "$.", "KON") and t != "KON":
                finite = None
    return doc


LIST_TAGS = {"NE", "NN", "ART", "KON", "$,", "ADJA", "APPR", "APPRART"}


def _list_before_particle(doc: Doc, comma: int, end: int) -> bool:
    """The comma at ``comma`` separates items of a list that a separable particle ends."""
    for k in range(comma + 1, min(end, comma + 12)):
        t = doc[k]._.kg_stts or doc[k].tag_
        if t == "PTKVZ":
            return k > comma + 1
        if t not in LIST_TAGS:
            return False
    return False
