"""Open relations: subject – verb phrase – object triples for verbs outside the vocabulary.

The shape follows the BenchIE conventions for German open information extraction: the
subject is a noun phrase, the relation is the verb complex of a clause (finite verb first,
then participles/infinitives, separable particles, the reflexive pronoun and a negation:
"wurde betrachtet", "sollen gebaut haben", "schneidet ab", "befasst sich"), and the object
is a noun phrase or a prepositional phrase ("als erster Premierminister von Australien").
A clause with several complements gives one triple per complement; when an accusative
object precedes a prepositional phrase, the object joins the relation for the latter
("fesselte ihn" → "an die Gitterstäbe"). Coordinated subjects and objects
("A und B") give one triple each.

German is read from STTS tags and the clause records of the analysis (no parser needed);
with a dependency parse (English, or a German spaCy model) the dependency labels are used.
"""
from __future__ import annotations

from dataclasses import dataclass
from typing import Optional

from spacy.tokens import Doc, Span, Token

from ..analyse.clauses import Clause

VERB = {"VVFIN", "VAFIN", "VMFIN", "VVINF", "VVIZU", "VVPP", "VAINF", "VAPP", "VMINF", "VMPP",
        "VVIMP", "VAIMP"}
PREP = {"APPR", "APPRART"}
DET = {"ART", "PDAT", "PIAT", "PIDAT", "PPOSAT", "PWAT", "PRELAT"}
PRE_NOUN = DET | {"ADJA", "CARD"}
HEAD = {"NN", "NE", "FM", "XY"}
PRON = {"PPER", "PDS", "PIS", "PRF"}
NEG = {"nicht", "nie", "niemals"}
QUOTES = {'"', "„", "“", "”", "»", "«"}
GENITIVE_ART = {"des", "der", "eines", "einer"}
SUBJ_PRON = {"ich", "du", "er", "sie", "es", "wir", "ihr", "man", "dies", "das", "dieser",
             "diese", "dieses", "jeder", "jede", "jedes", "alle", "beide", "viele", "einige",
             "wer", "was", "niemand", "jemand"}
OBLIQUE_ART = {"dem", "einem", "einen", "den", "des", "eines", "ihm", "ihn", "ihnen", "uns",
               "mir", "mich", "dir", "dich", "euch"}
REL_SUBJ = {"der", "die", "das", "welcher", "welche", "welches"}
COPULA = {"sein", "werden", "bleiben"}
# heads of time expressions: adverbials, never subjects
TIME_NOUNS = {"Jahr", "Monat", "Woche", "Tag", "Stunde", "Minute", "Zeit", "Jahrzehnt",
              "Jahrhundert", "Nacht", "Morgen", "Abend", "Mittag", "Wochenende", "Zeitpunkt",
              "Montag", "Dienstag", "Mittwoch", "Donnerstag", "Freitag", "Samstag", "Sonntag",
              "Januar", "Februar", "März", "April", "Mai", "Juni", "Juli", "August",
              "September", "Oktober", "November", "Dezember", "Saison", "Phase", "Ende",
              "Anfang", "Beginn", "Mitte"}


@dataclass
class OpenTriple:
    """One open subject – relation – object statement of a clause."""

    subject: Span
    relation: str                    # surface verb phrase: "diente", "wurde geehrt", "fesselte ihn"
    lemma: str                       # lexical verb lemma ("dienen", "ehren")
    object: Span                     # the noun phrase of the object (without its preposition)
    clause: int                      # index into doc._.kg_clauses (-1 with a parse)
    negated: bool = False
    preposition: Optional[str] = None  # "als", "an", "mit"… when the object is a PP

    @property
    def object_text(self) -> str:
        return f"{self.preposition} {self.object.text}" if self.preposition else self.object.text

    def as_text(self) -> tuple[str, str, str]:
        """(subject, relation, object) as surface strings (the preposition opens the object)."""
        return self.subject.text, self.relation, self.object_text


@dataclass
class Chunk:
    """A constituent of a clause: a noun phrase, possibly inside a PP."""

    start: int                       # first token of the NP (after the preposition)
    end: int
    prep: Optional[Token] = None
    conj_of: Optional["Chunk"] = None  # first conjunct of a coordination

    @property
    def first(self) -> int:
        return self.prep.i if self.prep is not None else self.start


def _tag(t: Token) -> str:
    return t.tag_


def extract_open(doc: Doc) -> list[OpenTriple]:
    """Open triples of every clause of an analysed Doc (German rules or a dependency parse)."""
    if doc._.kg_has_parse:
        return _from_parse(doc)
    return _german(doc)


# ------------------------------------------------------------------ German, from tags
def _np_end(doc: Doc, i: int, stop: int) -> Optional[int]:
    """End of a noun phrase starting at ``i`` (exclusive), or None when none starts there."""
    j = i
    seen_head = False
    while j < stop:
        t = doc[j]
        tag = _tag(t)
        if t.text in QUOTES:
            j += 1
            continue
        if not seen_head and (tag in PRE_NOUN or (tag in ("ADV", "ADJD") and j + 1 < stop and
                                                  _tag(doc[j + 1]) in ("ADJA", "CARD"))):
            j += 1
            continue
        if not seen_head and tag == "KON" and j > i and _tag(doc[j - 1]) == "ADJA" and \
                j + 1 < stop and _tag(doc[j + 1]) == "ADJA":
            j += 1        # "direkte und indirekte Steuern"
            continue
        if tag in HEAD or (tag == "CARD" and (seen_head or j + 1 >= stop or
                                              _tag(doc[j + 1]) not in HEAD)):
            seen_head = True
            j += 1
            continue
        if not seen_head and tag in PRON and j == i:
            return j + 1
        break
    if not seen_head:
        return None
    while j < stop and doc[j].text in QUOTES:
        j += 1
    return j


def _chunks(doc: Doc, lo: int, hi: int, skip: set[int]) -> list[Chunk]:
    """Noun phrases and prepositional phrases between ``lo`` and ``hi`` (verbs skipped);
    genitive attributes and "von" phrases stay with their noun."""
    out: list[Chunk] = []
    i = lo
    while i < hi:
        if i in skip:
            i += 1
            continue
        t = doc[i]
        tag = _tag(t)
        prep = None
        k = i
        if tag in PREP or (tag == "APPR" and t.lower_ == "als") or t.lower_ == "als":
            prep, k = t, i + 1
        end = _np_end(doc, k, hi) if k < hi else None
        if end is None or any(x in skip for x in range(k, end)):
            i += 1
            continue
        # attributes: genitive ("des obersten Gerichts"), "von Australien"
        while end < hi and end not in skip:
            nt = doc[end]
            if nt.lower_ in GENITIVE_ART and _tag(nt) == "ART" and _tag(doc[end - 1]) in HEAD:
                e2 = _np_end(doc, end, hi)
            elif nt.lower_ == "von" and _tag(doc[end - 1]) in HEAD:
                e2 = _np_end(doc, end + 1, hi)
            else:
                break
            if e2 is None or any(x in skip for x in range(end, e2)):
                break
            end = e2
        ch = Chunk(start=k, end=end, prep=prep)
        # coordination: "A und B", "A, B und C" continue the previous chunk's role
        if out and prep is None:
            prev = out[-1]
            between = [doc[x] for x in range(prev.end, ch.first)]
            if between and all(_tag(b) in ("KON", "$,") for b in between) and \
                    any(b.lower_ in ("und", "oder", "sowie", ",") for b in between):
                ch.conj_of = prev.conj_of or prev
                ch.prep = ch.conj_of.prep if ch.conj_of.prep is not None else None
        out.append(ch)
        i = end
    return out


def _verb_tokens(doc: Doc, start: int, end: int, finite: Optional[int]) -> list[Token]:
    toks = []
    for t in doc[start:end]:
        tag = _tag(t)
        if tag == "PTKVZ":
            # a separable particle belongs to the finite verb the analysis merged it into
            fin = doc[finite] if finite is not None and finite < t.i else None
            if fin is not None and fin.lemma_.lower().startswith(t.lower_) and \
                    not fin.lower_.startswith(t.lower_):
                toks.append(t)
        elif tag in VERB or (tag == "PTKZU" and t.i + 1 < end and
                             _tag(doc[t.i + 1]) in ("VVINF", "VAINF")):
            toks.append(t)
    return toks


@dataclass
class Unit:
    """A clause, or a clause whose verb complex continues after a comma ("wurde …, …
    veröffentlicht"): a span of tokens with one verb complex."""

    clause: Clause
    start: int
    end: int
    ranges: list[tuple[int, int]]


def _units(doc: Doc, clauses: list[Clause]) -> list[Unit]:
    units: list[Unit] = []
    for c in clauses:
        prev = units[-1] if units else None
        if prev is not None and c.finite is None and c.kind == "main" and \
                doc[c.start].sent.start == doc[prev.start].sent.start and \
                not any(_tag(t).startswith("VV") for t in doc[prev.start:prev.end]):
            prev.ranges.append((c.start, c.end))
            prev.end = c.end
            continue
        units.append(Unit(clause=c, start=c.start, end=c.end, ranges=[(c.start, c.end)]))
    return units


def _relation(doc: Doc, u: Unit, verbs: list[Token]) -> str:
    """The verb complex as a phrase: finite verb, reflexive, negation, then the rest."""
    c = u.clause
    fin = [t for t in verbs if c.finite is not None and t.i == c.finite]
    rest = [t for t in verbs if not fin or t.i != fin[0].i]
    toks = [t for a, b in u.ranges for t in doc[a:b]]
    extra = []
    for t in toks:
        if _tag(t) == "PRF" and (not fin or t.i == fin[0].i + 1 or
                                  (rest and t.i < rest[0].i)):
            extra.append(t)
            break
    neg = [t for t in toks if t.lower_ in NEG]
    return " ".join(t.text for t in fin + extra + neg[:1] + rest)


def _subject(doc: Doc, c: Clause, chunks: list[Chunk]) -> Optional[Chunk]:
    bare = [ch for ch in chunks if ch.prep is None and ch.conj_of is None]
    if not bare:
        return None
    fin = c.finite
    if c.kind == "main" and fin is not None:
        before = [ch for ch in bare if ch.end <= fin]
        if before and _nominative(doc, before[0]):
            return before[0]
        after = [ch for ch in bare if ch.start > fin and _nominative(doc, ch)]
        return after[0] if after else None
    cands = [ch for ch in bare if _nominative(doc, ch)]
    return cands[0] if cands else None


def _nominative(doc: Doc, ch: Chunk) -> bool:
    """Could the noun phrase be a subject? Not when its article or pronoun is oblique, and
    not when it is a bare time expression ("Einige Jahre später", "1866")."""
    first = doc[ch.start]
    if first.lower_ in OBLIQUE_ART:
        return False
    heads = [t for t in doc[ch.start:ch.end] if _tag(t) in HEAD | PRON]
    if not heads or all(_tag(t) == "CARD" for t in doc[ch.start:ch.end] if t.text not in QUOTES):
        return False
    return heads[-1].lemma_ not in TIME_NOUNS


def _conjuncts(chunks: list[Chunk], ch: Chunk) -> list[Chunk]:
    return [ch] + [x for x in chunks if x.conj_of is ch]


def _german(doc: Doc) -> list[OpenTriple]:
    out: list[OpenTriple] = []
    subjects: dict[int, list[Span]] = {}
    relations: dict[int, str] = {}
    chunks_of: dict[int, list[Chunk]] = {}
    for u in _units(doc, doc._.kg_clauses or []):
        c = u.clause
        verbs = [t for a, b in u.ranges for t in _verb_tokens(doc, a, b, c.finite)]
        if not verbs or c.lexical is None:
            continue
        skip = {t.i for t in verbs}
        skip |= {t.i for t in doc[u.start:u.end] if _tag(t) in ("PRF", "PRELS", "KOUS", "KOUI",
                                                                  "PWAV", "PWS")}
        skip |= {t.i for t in doc[u.start:u.end] if t.lower_ in NEG}
        chunks = [ch for a, b in u.ranges for ch in _chunks(doc, a, b, skip)]
        chunks_of[c.index] = chunks
        if c.kind == "inf" and c.subordinator is not None:
            continue    # "um/ohne/anstatt … zu": a purpose or manner, not a statement
        subj_ch = _subject(doc, c, chunks) if c.kind != "inf" else None
        subj_spans: list[Span] = []
        if subj_ch is not None and not (c.shares_subject and c.kind != "main"):
            subj_spans = [doc[x.start:x.end] for x in _conjuncts(chunks, subj_ch)]
        elif c.kind == "rel":
            rel = next((t for t in doc[c.start:c.end] if _tag(t) == "PRELS"), None)
            ante = _antecedent(doc, c, chunks_of)
            if rel is not None and rel.lower_ in REL_SUBJ and ante is not None:
                subj_spans = [ante]
        if not subj_spans and c.parent is not None and (c.shares_subject or c.kind == "inf"):
            subj_spans = subjects.get(c.parent, [])
            subj_ch = None
        if not subj_spans:
            continue
        subjects[c.index] = subj_spans
        rel_text = _relation(doc, u, verbs)
        if c.kind == "inf" and c.parent is not None and c.parent in relations:
            rel_text = f"{relations[c.parent]} {rel_text}"    # "half … zu sammeln"
        relations[c.index] = rel_text
        objs = [ch for ch in chunks if subj_ch is None or
                (ch is not subj_ch and ch.conj_of is not subj_ch)]
        if c.kind == "main" and c.finite is not None:
            # the Vorfeld holds the subject or an adverbial, never a complement we can name
            objs = [ch for ch in objs if ch.first > c.finite]
        for s in subj_spans:
            for rel, obj, prep in _objects(doc, c, rel_text, objs):
                out.append(OpenTriple(subject=s, relation=rel, lemma=c.lemma, object=obj,
                                      clause=c.index, negated=c.negated, preposition=prep))
    return out


def _objects(doc: Doc, c: Clause, rel: str, objs: list[Chunk]
             ) -> list[tuple[str, Span, Optional[str]]]:
    """(relation, object span, preposition) per complement. A pronoun object joins the
    relation of the prepositional phrases after it ("fesselte ihn" → "an die Gitterstäbe");
    a noun object takes the prepositional phrase that follows it ("Impfungen gegen …");
    a copula keeps its predicate noun only."""
    bare = [ch for ch in objs if ch.prep is None]
    pron = next((ch for ch in bare if ch.conj_of is None and ch.end - ch.start == 1 and
                 _tag(doc[ch.start]) == "PPER"), None)
    copula = c.lemma in COPULA and any(ch is not pron for ch in bare)
    out: list[tuple[str, Span, Optional[str]]] = []
    for k, ch in enumerate(objs):
        prep = ch.prep.text if ch.prep is not None else None
        if ch.prep is None:
            out.append((rel, doc[ch.start:ch.end], None))
            nxt = objs[k + 1] if k + 1 < len(objs) else None
            if ch is not pron and nxt is not None and nxt.prep is not None and \
                    nxt.prep.i == ch.end and nxt.conj_of is None:
                out.append((rel, doc[ch.start:nxt.end], None))
            continue
        if copula and ch.prep.lower_ != "als":
            continue
        prev = objs[k - 1] if k else None
        if prev is not None and prev.prep is None and prev is not pron and \
                ch.prep.i == prev.end and ch.conj_of is None:
            continue    # attached to the noun before it
        if prev is not None and prev.prep is not None and ch.prep.i == prev.end and \
                ch.conj_of is None:
            # a PP right after a PP's noun belongs to that noun: "in Fällen von Betrug"
            out.append((out[-1][0] if out else rel, doc[prev.start:ch.end], prev.prep.text))
            continue
        if pron is not None and ch.first > pron.start:
            out.append((f"{rel} {doc[pron.start].text}", doc[ch.start:ch.end], prep))
        else:
            out.append((rel, doc[ch.start:ch.end], prep))
    return out


def _antecedent(doc: Doc, c: Clause, chunks_of: dict[int, list[Chunk]]) -> Optional[Span]:
    """The noun phrase a relative clause hangs on: the last bare or PP noun before it."""
    best = None
    for idx, chunks in chunks_of.items():
        if idx == c.index:
            continue
        for ch in chunks:
            if ch.end <= c.start and (best is None or ch.end > best.end):
                best = ch
    if best is None or c.start - best.end > 1 or _tag(doc[best.end - 1]) not in HEAD:
        return None
    return doc[best.start:best.end]


# ------------------------------------------------------------------ with a dependency parse
SUBJ_DEPS = {"nsubj", "nsubjpass", "sb", "csubj"}
OBJ_DEPS = {"dobj", "obj", "attr", "oprd", "oa", "da", "pd", "dative", "iobj"}
PREP_DEPS = {"prep", "mo", "op", "mnr", "agent"}


def _phrase(tok: Token) -> Span:
    """The noun phrase of a head token: its subtree without relative clauses or commas."""
    left = tok.left_edge.i
    right = tok.i
    for ch in tok.rights:
        if ch.dep_ in ("relcl", "acl", "punct", "cc", "conj", "appos", "rc", "cd", "ccomp"):
            break
        right = ch.right_edge.i
    return tok.doc[left:right + 1]


def _with_conj(tok: Token) -> list[Token]:
    out = [tok]
    for ch in tok.children:
        if ch.dep_ in ("conj", "cj"):
            out.extend(_with_conj(ch))
        elif ch.dep_ == "cd":      # TIGER: "und" heads the second conjunct
            for c in ch.children:
                if c.dep_ == "cj":
                    out.extend(_with_conj(c))
    return out


def _from_parse(doc: Doc) -> list[OpenTriple]:
    out: list[OpenTriple] = []
    clause_of = {c.lexical: c for c in (doc._.kg_clauses or []) if c.lexical is not None}
    for v in doc:
        if v.pos_ not in ("VERB", "AUX") or (v.pos_ == "AUX" and v.dep_ in ("aux", "auxpass")):
            continue
        subj = [ch for ch in v.children if ch.dep_ in SUBJ_DEPS]
        head = v
        while not subj and head.dep_ in ("conj", "xcomp", "cj", "oc") and head.head is not head:
            head = head.head
            subj = [ch for ch in head.children if ch.dep_ in SUBJ_DEPS]
        if not subj:
            continue
        aux = [ch for ch in v.children if ch.dep_ in ("aux", "auxpass", "neg", "prt", "svp")]
        words = sorted(aux + [v], key=lambda t: t.i)
        rel = " ".join(t.text for t in words)
        c = clause_of.get(v.i)
        negated = any(t.dep_ == "neg" or t.lower_ in NEG for t in aux) or bool(c and c.negated)
        objs: list[tuple[Optional[str], Token]] = []
        for ch in v.children:
            if ch.dep_ in OBJ_DEPS:
                objs.extend((None, x) for x in _with_conj(ch))
            elif ch.dep_ in PREP_DEPS and ch.pos_ == "ADP":
                pobj = [g for g in ch.children if g.dep_ in ("pobj", "nk", "obj")]
                if pobj:
                    objs.extend((ch.text, x) for x in _with_conj(pobj[0]))
        for s in (x for sj in subj for x in _with_conj(sj)):
            for prep, o in objs:
                out.append(OpenTriple(subject=_phrase(s), relation=rel, lemma=v.lemma_.lower(),
                                      object=_phrase(o), clause=c.index if c else -1,
                                      negated=negated, preposition=prep))
    return out


__all__ = ["OpenTriple", "extract_open"]
