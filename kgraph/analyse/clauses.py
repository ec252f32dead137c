"""Clauses: the verb complex of every clause (lexical verb, modals, tense, voice, mood,
negation), its kind (main, subordinate, infinitival, conditional, relative) and the clause
that governs it. German clauses are found from STTS tags and punctuation (verb-second and
verb-final order); English clauses from the dependency parse."""
from __future__ import annotations

from dataclasses import dataclass, field
from functools import lru_cache
from typing import Optional

from spacy.language import Language
from spacy.tokens import Doc, Span

from ..resources import lexicon_rows, word_class

FINITE = {"VVFIN", "VAFIN", "VMFIN", "VVIMP", "VAIMP"}
NONFINITE = {"VVINF", "VVIZU", "VVPP", "VAINF", "VAPP", "VMINF", "VMPP"}
NEG_DE = {"nicht", "nie", "niemals", "keinesfalls", "keineswegs", "kein", "keine", "keinen",
          "keinem", "keiner", "keines", "weder"}
NEG_EN = {"not", "n't", "never", "no"}
OPEN_Q = {"„", "“", "»", '"', "«", "‚", "‘"}
QUOTE_PAIRS = {"„": {"“", '"', "”"}, "“": {"”", "“"}, "»": {"«"}, "«": {"»"}, '"': {'"', "“", "”"},
               "‚": {"‘", "'"}, "”": {"”", "“"}}
SPEECH_DE = word_class("speech_verb", "de")
SPEECH_EN = word_class("speech_verb", "en")
SPEECH_VERBS = SPEECH_DE | SPEECH_EN
INTENT_NOUNS = word_class("intent_noun", "en")
PACT_NOUNS = word_class("pact_noun", "en")
SPEAKER_ACTS = word_class("speaker_act_verb", "en")
ORDINALS = {"first", "last", "only"}
ADV_PARTICLES_EN = word_class("adverb_particle", "en")   # "would hit back": parsed as an adverb
LIGHT_VERBS_EN = word_class("light_verb", "en")


@dataclass
class Clause:
    start: int
    end: int
    kind: str = "main"                 # main | sub | inf | cond | rel
    finite: Optional[int] = None
    lexical: Optional[int] = None
    lemma: str = ""
    particle: str = ""                  # English phrasal particle ("call off"); German folds it into lemma
    modal: Optional[str] = None
    aux: list[str] = field(default_factory=list)
    passive: bool = False
    future: bool = False
    konj: bool = False
    negated: bool = False
    neg_token: Optional[int] = None
    neg_noun: Optional[int] = None      # "kein X" negates only what X takes part in
    subordinator: Optional[str] = None
    parent: Optional[int] = None        # index into doc._.kg_clauses
    shares_subject: bool = False        # "… zurück und gibt zugleich an": subject of the previous
    quote: bool = False
    speaker: Optional[int] = None       # token index of the speaker mention of a quote
    index: int = 0
    members: Optional[frozenset] = None  # token indices, when a clause is not contiguous
    antecedent: Optional[int] = None     # relative clause: last token of the noun it refers to

    def toks(self, doc: Doc) -> list:
        """The clause's own tokens (without the clauses embedded in it)."""
        if self.members is None:
            return list(doc[self.start:self.end])
        return [doc[i] for i in sorted(self.members)]

    def contains(self, i: int) -> bool:
        return i in self.members if self.members is not None else self.start <= i < self.end

    def participle(self, doc: Doc) -> bool:
        """An English participle adjunct ("…, urging him to attend", "Speaking in Vilnius, …", "by
        summoning …"):
        it shares the main clause's subject and is an act of its own, not governed by it."""
        if self.kind != "sub" or self.subordinator is not None or self.lexical is None or \
                doc[self.lexical].tag_ != "VBG":
            return False
        v = doc[self.lexical]
        # ("responded by summoning the ambassador", "told reporters after landing in Athens")
        return v.dep_ == "advcl" or v.dep_ == "pcomp" and v.head.lower_ in ("by", "after", "before", "upon", "while")


def _tag(t) -> str:
    return t.tag_


def _quote_ranges(sent: Span) -> list[tuple[int, int]]:
    """Token ranges inside quotation marks (exclusive of the marks); a quote may span
    sentences but not paragraphs."""
    out, open_at, opener = [], None, None
    for t in sent:
        if t.is_space and "\n" in t.text:
            open_at = None
            continue
        if open_at is None and t.text in OPEN_Q:
            open_at, opener = t.i, t.text
        elif open_at is not None and t.text in QUOTE_PAIRS.get(opener, set()):
            if t.i - open_at > 1:
                out.append((open_at + 1, t.i))
            open_at = None
    return out


def _list_goes_on(seg: list, nxt: Optional[list]) -> bool:
    """A verbless segment that opens a list the next segment ends before its infinitive: "…auf,
    Minderheiten wie Kurden, Alawiten und Christen zu schützen" — it belongs to the infinitive."""
    if not nxt or _tag(seg[0]) not in ("NN", "NE", "ADJA") or _tag(nxt[0]) not in ("NN", "NE", "ADJA", "ART"):
        return False
    verbs = [k for k, t in enumerate(nxt) if _tag(t) in FINITE | NONFINITE]
    if not verbs:
        return False
    v = verbs[0]
    if _tag(nxt[v]) == "VVIZU":   # "freizumachen"
        return True
    return v > 0 and _tag(nxt[v - 1]) == "PTKZU" and any(t.lower_ in ("und", "oder", "sowie") for t in nxt[:v])


def german_clauses(doc: Doc) -> list[Clause]:
    clauses: list[Clause] = []
    doc_quotes = _quote_ranges(doc[:])
    for sent in doc.sents:
        toks = [t for t in sent if not t.is_space]
        if not toks:
            continue
        quotes = doc_quotes
        # 1. segments between , ; : and dashes
        segs, cur = [], []
        for t in toks:
            if t.text in (",", ";", ":", "–", "—") or (t.text == "-" and t.whitespace_ and
                                                        t.i > 0 and doc[t.i - 1].whitespace_):
                if cur:
                    segs.append(cur)
                cur = []
                continue
            cur.append(t)
        if cur:
            segs.append(cur)
        # 2a. an embedded relative clause: "Putin, der nach Peking reiste, traf Xi" — the
        # subject before it and the verb-first rest after it are one (split) main clause
        antecedents: dict[int, int] = {}   # first token of a relative clause -> antecedent end
        k = 0
        while k + 2 < len(segs):
            head, rel, rest = segs[k], segs[k + 1], segs[k + 2]
            rel_opens = _tag(rel[0]) == "PRELS" or (
                rel[0].lower_ in ("der", "die", "das", "den", "dem", "deren", "dessen") and
                _tag(rel[-1]) in FINITE and len(rel) > 2)   # ", den Scholz … empfangen hatte,"
            if not any(_tag(t) in FINITE | NONFINITE for t in head) and rel_opens \
                    and _tag(rest[0]) in FINITE:
                antecedents[rel[0].i] = head[-1].i
                segs[k:k + 3] = [head + rest, rel]
                k += 2
            else:
                k += 1
        # 2. segments without a verb belong to the previous one (enumerations, appositions)
        merged: list[list] = []
        pending: list = []   # "…, dass die USA, Deutschland, die Niederlande und Italien … liefern"
        for si, s in enumerate(segs):
            has_verb = any(_tag(t) in FINITE | NONFINITE for t in s)
            opens = _tag(s[0]) in ("KOUS", "PRELS", "PWS", "PWAV") or bool(pending) or \
                not has_verb and _list_goes_on(s, segs[si + 1] if si + 1 < len(segs) else None)
            if not has_verb and merged and opens:
                pending = pending + s   # a subordinate clause whose verb comes after a list
            elif not has_verb and merged:
                merged[-1] = merged[-1] + s
            elif has_verb and pending:
                merged.append(pending + s)
                pending = []
            elif has_verb and merged and not any(_tag(t) in FINITE | NONFINITE for t in merged[-1]):
                merged[-1] = merged[-1] + s
            elif has_verb and merged and _tag(s[0]) == "PRELS" and not pending and _participle_end(s) and \
                    any(_tag(t) == "VAFIN" for t in merged[-1]) and \
                    not any(_tag(t) in NONFINITE or _tag(t) == "VVFIN" for t in merged[-1]):
                # (an article read as a relative pronoun: "hatte Sullivan, Berater von Biden, die
                # Freilassung verlangt" — the participle closes the bracket "hatte" opened; a
                # relative clause would end in a finite verb of its own)
                next(t for t in reversed(s) if not t.is_punct).tag_ = "VVPP"
                merged[-1] = merged[-1] + s
            elif has_verb and merged and not opens and _closes_bracket(merged[-1], s):
                # "waren die Außenminister Litauens, Lettlands, Estlands und Islands nach Tiflis
                # gereist": the list ends where the participle closes the verb bracket
                merged[-1] = merged[-1] + s
            else:
                merged.append(s)
        if pending:
            merged[-1] = merged[-1] + pending
        # 3. split coordinated main clauses: two finite verbs joined by und/aber/sondern/oder
        final: list[tuple[list, bool]] = []
        for s in merged:
            parts, shares = _split_coordination(s)
            final.extend(zip(parts, shares))
        sent_first = len(clauses)
        for s, shares in final:
            c = _verb_complex(doc, s)
            # ("…, und forderte Australien auf": a finite verb right after the conjunction that
            # opens a segment has the subject of a clause before)
            # (not after an imperative: "Trefft den Iran jetzt, und trefft ihn hart")
            c.shares_subject = shares or (len(clauses) > sent_first and len(s) > 1 and
                                          s[0].lower_ in ("und", "aber", "sowie", "oder") and _tag(s[1]) in FINITE
                                          and clauses[-1].finite != next((t.i for t in doc[clauses[-1].start:clauses[-1].end]
                                                                          if not t.is_punct), None))
            if shares and c.finite is None and clauses and len(clauses) > sent_first:
                prev_c = clauses[-1]   # the modal and tense of "wolle … reisen und … sprechen"
                c.finite, c.modal, c.future, c.konj, c.aux = \
                    prev_c.finite, prev_c.modal, prev_c.future, prev_c.konj, list(prev_c.aux)
                c.quote, c.speaker = prev_c.quote, prev_c.speaker
            if any(b.i - a.i > 1 for a, b in zip(s, s[1:])):
                c.members = frozenset(t.i for t in s)  # a main clause around a relative clause
            c.kind, c.subordinator = _kind(s, c)
            if s[0].i in antecedents:
                c.kind, c.antecedent = "rel", antecedents[s[0].i]
            elif c.kind == "rel" and s[0].i > 0 and (_tag(s[0]) == "PRELS" or len(s) > 1 and _tag(
                    s[0]) in ("APPR", "APPRART") and _tag(s[1]) == "PRELS"):   # (also "mit dem …")
                c.antecedent = s[0].i - 2 if doc[s[0].i - 1].text == "," else s[0].i - 1
                # the noun it hangs on, over a verb the clause follows ("mit Putin abgestimmt, mit dem …")
                k = c.antecedent
                while k > s[0].sent.start and c.antecedent - k < 3 and _tag(doc[k]) not in ("NN", "NE"):
                    k -= 1
                if _tag(doc[k]) in ("NN", "NE"):
                    c.antecedent = k
            if shares and c.kind == "cond":
                c.kind, c.subordinator = "main", None  # "… und sicherte ihm zu": verb first, no "if"
            prev_sub = clauses[-1] if len(clauses) > sent_first else None
            if shares and c.kind == "main" and prev_sub is not None and prev_sub.kind == "sub" and \
                    c.finite is not None and c.finite == max(t.i for t in s if not t.is_punct):
                c.kind, c.subordinator = "sub", prev_sub.subordinator   # "dass …, und … werde"
            prev = clauses[-1] if len(clauses) > sent_first else None
            if c.kind == "cond" and prev is not None and prev.kind in ("sub", "cond") and \
                    not any(m.kind == "main" for m in clauses[sent_first:]):
                c.kind, c.subordinator = "main", None  # "Wie es hieß, wurde …": V1 is the main clause
            if c.kind == "cond" and c.lemma in SPEECH_DE:
                c.kind, c.subordinator = "main", None  # "…", sagte er: a speech clause
            if c.kind == "cond" and prev is not None and s[-1].i + 1 >= s[-1].sent.end - 1 and \
                    not (c.finite is not None and doc[c.finite].lower_ in KONJ2_FINITE):
                # "…, warf er Moskau vor.": a condition comes first, except "…, sollte es eindringen"
                c.kind, c.subordinator = "main", None
            if c.kind == "cond" and prev is not None and prev.kind == "main" and prev.finite is not None and \
                    s[0].i > 0 and doc[s[0].i - 1].text == "," and len(s) > 1 and \
                    s[1].lower_ in OBJECT_PPER and c.finite is not None and doc[c.finite].lower_ not in KONJ2_FINITE:
                # "Dort traf er Selenskyj, sicherte ihm Unterstützung zu …": a verb-first conjunct
                # after a main clause, its object a pronoun, is the next act of the same subject
                c.kind, c.subordinator = "main", None
            if c.kind == "main" and not shares and prev is not None and prev.kind == "main" and \
                    prev.finite is not None and _tag(s[0]) in ("VVFIN", "VMFIN", "VAFIN") and \
                    s[0].i > 0 and doc[s[0].i - 1].text == "," and len(s) > 1 and (
                        s[1].lower_ in ("aber", "jedoch") or   # ("…, forderte aber mehr Flugabwehr")
                        c.lemma not in SPEECH_DE and _tag(s[1]) in ("ADV", "PTKNEG", "PRF")):
                # "Selenskyj dankte ihm, verlangte aber zugleich …": a verb-first conjunct after a
                # comma shares the subject
                c.shares_subject = True
                c.parent = prev.index
            c.quote = any(a <= s[len(s) // 2].i < b for a, b in quotes)
            c.index = len(clauses)
            clauses.append(c)
        # 4. governing clause of non-main clauses: the nearest main clause, before or after
        sent_cl = clauses[sent_first:]
        for c in sent_cl:
            if c.kind == "main" and not c.shares_subject:
                continue
            before = [m for m in sent_cl if m.kind == "main" and m.start < c.start and m is not c]
            after = [m for m in sent_cl if m.kind == "main" and m.start > c.start]
            prev_in_sent = [m for m in sent_cl if m.start < c.start and m is not c]
            if c.shares_subject and prev_in_sent and prev_in_sent[-1].kind == "sub" and c.kind == "sub":
                c.parent = prev_in_sent[-1].index   # "dass A stehe und B unterstützen werde": A's clause
            elif c.shares_subject and before:
                # "Mao sagte, die Marine habe korrekt gehandelt, und forderte Australien auf": an
                # indicative conjunct after reported speech goes on with the speaker
                speaker = len(before) >= 2 and before[-1].konj and not c.konj and before[-2].lemma in SPEECH_DE
                c.parent = before[-2 if speaker else -1].index
            elif c.kind != "main":
                gov = before[-1] if before else (after[0] if after else None)
                c.parent = gov.index if gov is not None else None
    _speakers(doc, clauses, doc_quotes)
    _reported_speakers(doc, clauses)
    return clauses


INSEPARABLE_PREFIXES = ("be", "ver", "ent", "er", "zer", "emp", "miss", "ge")


def _participle_end(seg: list) -> bool:
    """The segment's only verb is its last word and may be a past participle HanTa took for a
    finite form ("verlangt", "besucht", "kritisiert")."""
    words = [t for t in seg if not t.is_punct]
    verbs = [t for t in words if _tag(t) in FINITE | NONFINITE]
    if not words or verbs != [words[-1]]:
        return False
    w = words[-1].lower_
    return _tag(words[-1]) == "VVPP" or _tag(words[-1]) == "VVFIN" and w.endswith("t") and (
        w.startswith(INSEPARABLE_PREFIXES) or w.endswith("iert"))


def _closes_bracket(prev: list, seg: list) -> bool:
    """``seg`` only closes the verb bracket ``prev`` opened: ``prev`` has an auxiliary or modal
    and no other verb, ``seg`` a participle or infinitive, no finite verb and no "zu"."""
    fin = next((k for k, t in enumerate(seg) if _tag(t) in FINITE), None)
    if fin is not None:
        # "… nach Tiflis gereist und hatten sich dort …": up to the clause coordinated after it
        kon = [k for k in range(fin) if _tag(seg[k]) == "KON"]
        seg = seg[:kon[-1]] if kon else seg
    return any(_tag(t) in ("VAFIN", "VMFIN") for t in prev) and \
        not any(_tag(t) in NONFINITE or _tag(t) == "VVFIN" for t in prev) and \
        any(_tag(t) in NONFINITE for t in seg) and \
        not any(_tag(t) in FINITE or _tag(t) == "PTKZU" for t in seg)


OBJECT_PPER = {"ihm", "ihr", "ihnen", "ihn", "uns", "mir"}
KONJ2_FINITE = {"sollte", "sollten", "wäre", "wären", "hätte", "hätten", "würde", "würden",
                "käme", "könnte", "könnten"}


def _retag_infinitives(seg: list, where) -> None:
    """"sollte Polen Litauen angreifen": after "werden" or a modal, a finite-looking verb in the
    infinitive form (HanTa cannot tell 3rd plural from infinitive) is the infinitive — at the
    positions of ``seg`` that ``where`` accepts."""
    aux = next((k for k, t in enumerate(seg) if _tag(t) in ("VMFIN", "VAFIN") and
                (t.lemma_ == "werden" or _tag(t) == "VMFIN")), None)
    if aux is None:
        return
    for k, t in enumerate(seg):
        if k > aux and _tag(t) == "VVFIN" and t.lower_ == t.lemma_.lower() and where(k):
            t._.kg_stts = "VVINF"
            t.tag_ = "VVINF"


def _split_coordination(seg: list) -> tuple[list[list], list[bool]]:
    """Split "A tut X und B tut Y" at the conjunction between two finite verbs; the second
    part shares the first's subject when no noun phrase stands before its verb."""
    # "werde Bataillone ausbilden und … ausstatten": the first of two coordinated infinitives
    _retag_infinitives(seg, lambda k: k + 2 < len(seg) and seg[k + 1].lower_ in ("und", "oder") and
                       any(_tag(x) == "VVINF" for x in seg[k + 2:]))
    fin = [k for k, t in enumerate(seg) if _tag(t) in FINITE]
    # "hatte … nach Kiew reisen wollen": a modal after an infinitive under "haben" is itself
    # an infinitive (Ersatzinfinitiv), no second finite verb
    fin = [k for k in fin if not (k > 0 and _tag(seg[k]) == "VMFIN" and seg[k].lower_ == seg[k].lemma_.lower()
                                  and _tag(seg[k - 1]) == "VVINF" and
                                  any(seg[j].lemma_ == "haben" for j in fin if j < k))]
    lex = [k for k, t in enumerate(seg) if _tag(t) in ("VVINF", "VVPP", "VVIZU")]
    # "er wolle nach Bratislava reisen und mit Fico sprechen": two infinitives under one modal
    inf_cuts = [k for k in range(1, len(seg) - 1) if _tag(seg[k]) == "KON" and seg[k].lower_ in (
        "und", "oder", "sowie") and _tag(seg[k - 1]) in ("VVINF", "VVPP", "VVIZU") and any(
        j > k + 1 for j in lex)]
    if len(fin) == 1 and inf_cuts and fin[0] < inf_cuts[0]:
        parts, shares, start = [], [False], 0
        for cut in inf_cuts:
            parts.append(seg[start:cut])
            shares.append(True)
            start = cut + 1
        parts.append(seg[start:])
        return parts, shares
    if len(fin) < 2:
        return [seg], [False]
    parts, shares, start = [], [False], 0
    for a, b in zip(fin, fin[1:]):
        cuts = [k for k in range(a + 1, b) if _tag(seg[k]) == "KON"
                and seg[k].lower_ in ("und", "aber", "sondern", "oder", "doch")]
        if not cuts:
            continue
        cut = cuts[-1]
        parts.append(seg[start:cut])
        between = seg[cut + 1:b]
        heads = [t for t in between if _tag(t) in ("NN", "NE", "PPER", "PDS", "PIS")]
        if _tag(seg[0]) == "KOUS" and b == max(k for k, t in enumerate(seg) if _tag(t) not in ("$.", "$,", "$(")):
            # "dass Deutschland … stehe und das Land weiter unterstützen werde": a verb-final
            # conjunct of a subordinate clause with one noun phrase has that as its object
            shares.append(len(heads) <= 1 and not any(_tag(t) in ("PPER", "PDS", "PIS") for t in heads))
        else:
            shares.append(not heads)
        start = cut + 1
    parts.append(seg[start:])
    return parts, shares


def _verb_complex(doc: Doc, seg: list) -> Clause:
    c = Clause(start=seg[0].i, end=seg[-1].i + 1)
    _retag_infinitives(seg, lambda k: True)
    fin = [t for t in seg if _tag(t) in FINITE]
    nonfin = [t for t in seg if _tag(t) in NONFINITE]
    if fin:
        c.finite = fin[0].i
        c.konj = bool(fin[0]._.kg_konj)
    lex = [t for t in nonfin if _tag(t).startswith("VV")]
    if lex:
        c.lexical = lex[-1].i if _tag(lex[-1]) != "VVPP" or len(lex) == 1 else lex[0].i
        # "hatte … telefoniert", "wird … erwartet": the participle is the lexical verb
        pp = [t for t in lex if _tag(t) == "VVPP"]
        inf = [t for t in lex if _tag(t) in ("VVINF", "VVIZU")]
        c.lexical = (inf[-1] if inf else pp[-1]).i if (inf or pp) else lex[-1].i
    elif fin and _tag(fin[0]).startswith("VV"):
        c.lexical = fin[0].i
    elif fin:
        c.lexical = fin[0].i
    if c.lexical is not None:
        c.lemma = doc[c.lexical].lemma_.lower()
        # separable particle directly attached to an infinitive ("anzukündigen" is tagged whole)
    modals = [t for t in seg if _tag(t).startswith("VM")]
    if modals:
        c.modal = modals[0].lemma_.lower()
        if modals[0].lower_ in ("möchte", "möchten", "möchtest"):
            c.modal = "wollen"
    aux = [t for t in seg if _tag(t).startswith("VA")]
    c.aux = [t.lemma_.lower() for t in aux]
    werden = [t for t in aux if t.lemma_.lower() == "werden"]
    has_pp = any(_tag(t) == "VVPP" for t in seg)
    has_inf = any(_tag(t) == "VVINF" for t in seg)
    if werden and has_pp and not any(a in ("haben",) for a in c.aux):
        c.passive = not (has_inf and not has_pp)
        # "werden … entsandt werden" / "wird erwartet": passive; "wird … reisen": future
    if werden and has_inf and not has_pp and not any(w.lower_.startswith("würd") for w in werden):
        c.future = True
    if werden and has_inf and any(w.lower_.startswith("würd") for w in werden) and not c.modal:
        c.modal = "würde"   # "liefern würden": the conditional (or the future of reported speech)
    if any(_tag(t) == "VAPP" and t.lower_ == "worden" for t in seg):
        c.passive = True
    if any(t.lemma_.lower() == "sein" for t in aux) and has_pp and not werden:
        c.passive = False  # "ist … gereist" (perfect) / Zustandspassiv: treat as active state
    for k, t in enumerate(seg):
        low = t.lower_
        if low in NEG_DE:
            nxt = seg[k + 1].lower_ if k + 1 < len(seg) else ""
            if low == "nicht" and nxt in ("nur", "zuletzt", "einmal"):
                continue
            prev = seg[k - 1].lower_ if k > 0 else ""
            prev2 = seg[k - 2].lower_ if k > 1 else ""
            if low in ("nie", "niemals") and (prev in ("wie", "als") or prev == "noch" and prev2 in ("wie", "als")):
                # "so viele wie nie zuvor", "wie noch nie": a comparison, not a denial ("war noch
                # nie in Kiew" is one)
                continue
            c.negated = True
            c.neg_token = t.i
            if low.startswith("kein"):
                for nxt_t in seg[k + 1:k + 5]:
                    if _tag(nxt_t) in ("NN", "NE"):
                        # "in keinem Fall", "unter keinen Umständen": the whole clause is denied
                        if nxt_t.lower_ not in ("fall", "falle", "umständen", "weise", "zeitpunkt"):
                            c.neg_noun = nxt_t.i
                        break
            break
    return c


def _kind(seg: list, c: Clause) -> tuple[str, Optional[str]]:
    k = 0
    while k < len(seg) and (_tag(seg[k]) in ("$(", "KON") or seg[k].text in OPEN_Q):
        k += 1
    if k >= len(seg):
        return "main", None
    first = seg[k]
    ft = _tag(first)
    if ft == "KOUS":
        return "sub", first.lower_
    if ft == "KOUI":
        return "inf", first.lower_
    nxt = seg[k + 1] if k + 1 < len(seg) else None
    if ft in ("PRELS", "PRELAT") and nxt is not None and nxt.lower_ in ("beiden", "beide"):
        return "main", None  # "die beiden hätten …": a noun phrase, not a relative pronoun
    if (ft in ("PRELS", "PRELAT") or (ft == "APPR" and k + 1 < len(seg) and _tag(seg[k + 1]) in ("PRELS", "PRELAT"))) \
            and not (c.finite is None and any(_tag(t) in ("PTKZU", "VVIZU") for t in seg)):
        # (", der Ukraine Waffen zu liefern": an article, in an infinitive clause)
        return "rel", None
    if ft in ("PWAV", "PWS"):
        return "sub", first.lower_
    if ft in FINITE and not seg[-1].text == "?" and k == 0:
        # verb-first: "sollte es weiter eindringen" = conditional; imperatives are rare in news
        return "cond", first.lower_
    if c.finite is None and any(_tag(t) in ("PTKZU", "VVIZU") for t in seg):
        return "inf", None
    return "main", None


def _speakers(doc: Doc, clauses: list[Clause], quotes: list[tuple[int, int]]) -> None:
    """A quote's speaker: the speech verb next to it ("…", sagte er / Er sagte: "…")."""
    speech = [c for c in clauses if not c.quote and c.lexical is not None and
              (doc[c.lexical].lemma_.lower() in SPEECH_DE | SPEECH_EN or
               any(t.lower_ == "so" and t.i == c.start for t in doc[c.start:c.start + 1]))]
    for a, b in quotes:
        # the speech verb right after the quote ("…", sagte er / "…," Scholz said) or before it
        after = [c for c in speech if b <= c.lexical <= b + 6]
        before = [c for c in speech if a - 8 <= c.lexical < a]
        spk = after[0] if after else (before[-1] if before else None)
        if spk is None:
            continue
        for q in clauses:
            if q.quote and a - 1 <= q.start < b + 1:
                q.speaker = spk.lexical


def _reported_speakers(doc: Doc, clauses: list[Clause]) -> None:
    """Konjunktiv clauses without quotation marks take the speaker of the speech clause that
    follows them in the sentence ("Dies alles passiere …, erklärte Pentagonsprecher Kirby")."""
    def is_speech(x: Clause) -> bool:
        return x.lexical is not None and not x.quote and x is not c and \
            doc[x.lexical].lemma_.lower() in SPEECH_DE | SPEECH_EN

    for k, c in enumerate(clauses):
        if c.quote or c.speaker is not None or not c.konj:
            continue
        sent = doc[c.start].sent.start
        # "…, erklärte X" after it, or "X sagte, …" right before it
        near = [x for x in clauses[k + 1:k + 4] + clauses[max(0, k - 1):k][::-1]
                if doc[x.start].sent.start == sent]
        spk = next((x for x in near if is_speech(x)), None)
        if spk is not None:
            c.speaker = spk.lexical


@lru_cache(maxsize=1)
def _object_verbs_en() -> frozenset[str]:
    """English trigger verbs whose object is their direct object ("meet", "visit", "call")."""
    return frozenset(r["lemma"] for r in lexicon_rows("triggers")
                     if r["lang"] == "en" and r["pos"] == "verb" and " " not in r["lemma"]
                     and r["object"].split("|")[0] == "dobj")


def _repair_object_clauses(doc: Doc) -> None:
    """"where he met Lourenco and the two governments signed an agreement": the parser may make
    the object of a verb that takes no clause the subject of a clause after it. The first
    conjunct goes back to the verb as its object, and the clause becomes the verb's conjunct."""
    verbs = _object_verbs_en()
    for c in doc:
        subj = [ch for ch in c.children if ch.dep_ == "nsubj"]
        if c.dep_ not in ("ccomp", "conj") or not subj or any(ch.dep_ == "mark" for ch in c.children):
            continue
        n = subj[0]
        h = doc[n.left_edge.i - 1] if n.left_edge.i > 0 else n
        # (the clause may hang on the verb or on one above it, as its complement or conjunct:
        # "flew to Luanda, where he met …")
        if h.pos_ != "VERB" or h.lemma_.lower() not in verbs or h.i >= c.i or \
                c.head not in (h, *h.ancestors) or \
                any(ch.dep_ in ("dobj", "nsubjpass", "auxpass") for ch in h.children):
            continue
        conj = [ch for ch in n.children if ch.dep_ == "conj"]
        cc = [ch for ch in n.children if ch.dep_ == "cc"]
        if n.pos_ != "PROPN" or not conj or not cc:
            continue
        n.head, n.dep_ = h, "dobj"
        cc[0].head = h
        conj[0].head, conj[0].dep_ = c, "nsubj"
        c.head, c.dep_ = h, "conj"


def _repair_appositions(doc: Doc) -> None:
    """"met their Ukrainian counterparts, Foreign Minister Dmytro Kuleba and …": the parser may
    hang the names after the comma on the verb as an adverbial noun; they are in apposition to
    the object before the comma."""
    for n in doc:
        if n.dep_ != "npadvmod" or n.pos_ != "PROPN" or n.head.pos_ != "VERB" or n.left_edge.i < 2:
            continue
        comma = doc[n.left_edge.i - 1]
        obj = [ch for ch in n.head.children if ch.dep_ == "dobj" and ch.right_edge.i == comma.i - 1]
        if comma.text == "," and obj and obj[0].pos_ == "NOUN":
            n.head, n.dep_ = obj[0], "appos"
            if comma.head.i == n.head.head.i:
                comma.head = obj[0]


def english_clauses(doc: Doc) -> list[Clause]:
    """Clauses from a dependency parse (ClearNLP labels)."""
    _repair_object_clauses(doc)
    _repair_appositions(doc)
    clauses: list[Clause] = []
    heads = [t for t in doc if t.pos_ in ("VERB", "AUX") and
             (t.dep_ in ("ROOT", "ccomp", "xcomp", "advcl", "conj", "relcl", "acl", "pcomp", "csubj")
              and (t.pos_ == "VERB" or not any(c.pos_ == "VERB" and c.dep_ in ("xcomp", "ccomp") for c in t.children)))]
    idx = {}
    for h in heads:
        sub = [t for t in h.subtree]
        c = Clause(start=sub[0].i, end=sub[-1].i + 1)
        c.lexical = h.i
        c.lemma = h.lemma_.lower()
        c.particle = next((ch.lower_ for ch in h.children if ch.dep_ == "prt" or (
            ch.dep_ == "advmod" and ch.i == h.i + 1 and ch.lower_ in ADV_PARTICLES_EN)), "") or (
            # ("cut short a trip": the parser may hang "short" on the noun)
            doc[h.i + 1].lower_ if h.i + 1 < len(doc) and doc[h.i + 1].lower_ in ADV_PARTICLES_EN and
            doc[h.i + 1].pos_ == "ADJ" else "")
        auxes = [a for a in h.children if a.dep_ in ("aux", "auxpass")]
        c.aux = [a.lemma_.lower() for a in auxes]
        md = [a for a in auxes if a.tag_ == "MD"]
        if md:
            c.modal = md[0].lemma_.lower()
            c.future = c.modal in ("will", "shall")
        if any(a.lower_ == "going" for a in auxes):
            c.future = True
        c.passive = any(ch.dep_ in ("nsubjpass", "auxpass") for ch in h.children) or (
            # "sites bombed by Israel": a participle on a noun, with its agent
            h.dep_ == "acl" and h.tag_ == "VBN" and any(ch.dep_ == "agent" for ch in h.children) and
            h.lemma_.lower() not in LIGHT_VERBS_EN)   # ("the talks held by A and B": the noun's event)
        neg = [ch for ch in h.children if (ch.dep_ == "neg" or ch.lower_ in ("never",)) and not (
            ch.lower_ == "never" and ch.i > 0 and doc[ch.i - 1].lower_ in ("like", "as", "than"))]
        # "could no longer be ruled out": the parser hangs "no" on "longer"
        neg += [g for ch in h.children if ch.dep_ == "advmod" and ch.lower_ in ("longer", "more")
                for g in ch.children if g.dep_ == "neg" and g.i == ch.i - 1]
        if neg:
            c.negated, c.neg_token = True, neg[0].i
        else:
            # "no American troops would be deployed", "will send no troops": "no" on the subject
            # or the object negates what that noun takes part in
            no = [d for ch in h.children if ch.dep_ in ("nsubj", "nsubjpass", "dobj")
                  for d in ch.children if d.dep_ == "det" and d.lower_ == "no"]
            if no:
                c.negated, c.neg_token, c.neg_noun = True, no[0].i, no[0].head.i
        mark = [ch for ch in h.children if ch.dep_ in ("mark",)]
        if any(m.lower_ == "for" for m in mark) and any(ch.tag_ == "TO" for ch in h.children) and \
                h.dep_ == "acl" and h.head.lemma_.lower() in INTENT_NOUNS:
            c.kind = "inf"   # "no plans for Biden to meet Raisi": the plan's act, with its own subject
        elif any(m.lower_ == "for" for m in mark) and any(ch.tag_ == "TO" for ch in h.children):
            # "it was not practical for Ukraine to join NATO", "time for Ukraine to join":
            # an infinitive with its own subject says what would be, not what is
            c.kind, c.subordinator = "sub", "for"
        elif h.dep_ in ("advcl",) and mark:
            c.kind, c.subordinator = "sub", mark[0].lower_
        elif h.dep_ in ("xcomp",):
            c.kind = "inf"
        elif h.dep_ == "acl" and h.tag_ == "VB" and any(ch.tag_ == "TO" for ch in h.children) and \
                h.head.lemma_.lower() in INTENT_NOUNS | PACT_NOUNS:
            # "an invitation to visit North Korea", "signed agreements to normalise relations": the
            # noun's infinitive, not a relative
            c.kind = "inf"
        elif h.dep_ in ("relcl", "acl") and h.tag_ == "VB" and any(ch.tag_ == "TO" for ch in h.children) and \
                (h.head.lower_ in ORDINALS or any(ch.lower_ in ORDINALS for ch in h.head.children)):
            c.kind = "inf"   # "was among the first (leaders) to congratulate Erdoğan": the subject's act
        elif h.dep_ in ("relcl", "acl"):
            c.kind = "rel"
        elif h.dep_ in ("ccomp", "csubj", "pcomp", "advcl"):
            c.kind = "sub"
            c.subordinator = mark[0].lower_ if mark else None
            if h.tag_ == "VBG" and h.dep_ == "pcomp" and h.head.lower_ in ("of", "from") and \
                    not any(ch.dep_ in ("nsubj", "nsubjpass") for ch in h.children):
                c.shares_subject = True   # "stopped short of criticising Israel", "refrained from …"
        c.finite = (auxes[0].i if auxes else h.i)
        idx[h.i] = c
        clauses.append(c)
    # every token belongs to the nearest clause head above it
    owner: dict[int, list[int]] = {}
    for t in doc:
        h = t
        while h.i not in idx and h.head.i != h.i:
            h = h.head
        if h.i in idx:
            owner.setdefault(h.i, []).append(t.i)
    for hi, c in idx.items():
        own = owner.get(hi, [hi])
        c.members = frozenset(own)
        c.start, c.end = min(own), max(own) + 1
    clauses.sort(key=lambda c: (c.start, c.lexical))
    for k, c in enumerate(clauses):
        c.index = k
    for c in clauses:
        h = doc[c.lexical]
        p = h.head
        while p.i != p.head.i and p.i not in idx:
            p = p.head
        if p.i in idx and p.i != h.i:
            c.parent = idx[p.i].index
            if h.dep_ == "conj":
                c.shares_subject = not any(ch.dep_ in ("nsubj", "nsubjpass") for ch in h.children)
                c.kind = idx[p.i].kind
                up = clauses[idx[p.i].parent] if idx[p.i].parent is not None else None
                if c.shares_subject and h.lemma_.lower() in SPEAKER_ACTS and idx[p.i].kind == "sub" and \
                        up is not None and up.lemma in SPEECH_VERBS and idx[p.i].lemma not in SPEAKER_ACTS:
                    # "Mao said the navy had acted safely and urged Australia to stop": the parser
                    # joins the speaker's second act to the reported clause; it is the speaker's
                    c.parent, c.kind = up.index, up.kind
                elif idx[p.i].kind == "inf" and up is not None and h.tag_ in ("VBD", "VBZ") and \
                        doc[idx[p.i].lexical].tag_ == "VB" and doc[up.lexical].tag_ == h.tag_:
                    # "Abbas urged Washington to reopen its consulate and called for …": a finite
                    # verb is no conjunct of an infinitive; it goes with the finite verb above
                    c.parent, c.kind = up.index, up.kind
                elif idx[p.i].kind == "sub" and up is not None and up.lemma in SPEECH_VERBS and \
                        any(ch.dep_ == "mark" and ch.lower_ == "that" for ch in h.children):
                    # "said they had talked and that he would meet Vance": a second report
                    c.parent, c.subordinator = up.index, "that"
    _appended_relatives(doc, clauses)
    quotes = _quote_ranges(doc[:])
    for c in clauses:
        c.quote = any(a <= c.lexical < b for a, b in quotes)
    _speakers(doc, clauses, quotes)
    return clauses


def _appended_relatives(doc: Doc, clauses: list[Clause]) -> None:
    """"Poland accuses Belarus of X, a charge Minsk denies": the parser makes "denies" the main
    verb and the report its complement; the report is the main clause and "a charge Minsk
    denies" a relative clause on it (a noun, then a name, auxiliaries and the verb, at the end)."""
    for c in clauses:
        h = doc[c.lexical]
        if c.kind != "main" or h.dep_ != "ROOT":
            continue
        left = [ch for ch in h.children if ch.dep_ == "ccomp" and ch.i < h.i]
        comma = next((t.i for t in reversed(doc[h.sent.start:h.i]) if t.text == ","), None)
        if not left or comma is None or comma < left[0].i:
            continue
        seg = list(doc[comma + 1:h.i])
        k = 1 if seg and seg[0].tag_ == "DT" else 0
        nouns = 0
        while k < len(seg) and seg[k].pos_ == "NOUN":
            k, nouns = k + 1, nouns + 1
        names = 0
        while k < len(seg) and seg[k].pos_ == "PROPN":
            k, names = k + 1, names + 1
        if not nouns or not names or any(t.pos_ not in ("AUX", "ADV", "PART") for t in seg[k:]):
            continue
        inner = next((x for x in clauses if x.lexical == left[0].i), None)
        if inner is None or any(ch.dep_ in ("mark",) for ch in left[0].children):
            continue
        inner.kind, inner.parent, inner.subordinator = "main", None, None
        c.kind, c.parent = "rel", inner.index
        c.antecedent = comma + (2 if seg[0].tag_ == "DT" else 1) + nouns - 1
        c.start = c.antecedent + 1
        if c.members is not None:
            c.members = frozenset(i for i in c.members if i >= c.start)
        for x in clauses:
            if x is not inner and x.parent == c.index and x.start < c.start:
                x.parent = inner.index


@Language.factory("kg_clauses", default_config={"lang": "de"})
def make_clauses(nlp: Language, name: str, lang: str):
    """Clause records into ``doc._.kg_clauses``."""
    def clauses(doc: Doc) -> Doc:
        if lang == "de" and not doc._.kg_has_parse:
            doc._.kg_clauses = german_clauses(doc)
        elif doc._.kg_has_parse and lang == "en":
            doc._.kg_clauses = english_clauses(doc)
        else:
            doc._.kg_clauses = german_clauses(doc) if lang == "de" else english_clauses(doc)
        return doc
    return clauses
