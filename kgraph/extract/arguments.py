"""Argument view of a Doc: every entity mention with its grammatical marker.

A marker says how a mention attaches to its clause or noun: ``subj``, ``obj`` (bare object,
accusative or dative), ``acc``/``dat`` when the article fixes the case, ``gen`` (genitive or
possessive attribute of the noun at ``head``), ``mod`` (adjective/compound modifier of the
noun at ``head``), or a preposition (``mit``, ``nach``, ``in.acc``, ``with``…). German markers
come from STTS tags, articles and word order; with a dependency parse (English, or a German
model) from the dependency labels."""
from __future__ import annotations

from dataclasses import dataclass, field
from typing import Optional

from spacy.tokens import Doc, Span

from ..analyse.clauses import QUOTE_PAIRS, Clause
from ..resources import fold, gazetteer, word_class
from .lexicon import lexicon
from .temporal import MONTHS, WEEKDAYS

MONTH_WORDS = set(MONTHS) | set(WEEKDAYS)
LED_BY = set(word_class("led_by", "en"))

SKIP_DE = {"ART", "ADJA", "ADJD", "CARD", "PPOSAT", "PIAT", "PIDAT", "PDAT", "TRUNC", "$(",
           "PRELAT"}
APPRART = {"im": "in.dat", "ins": "in.acc", "am": "an", "ans": "an", "zum": "zu", "zur": "zu",
           "beim": "bei", "vom": "von", "aufs": "auf", "übers": "über", "fürs": "für"}
CASE_BY_ART = {"dem": "dat", "einem": "dat", "den": None, "einen": "acc", "des": "gen",
               "eines": "gen", "der": None, "die": None, "das": None, "ein": None, "eine": None,
               "ihn": "acc", "ihm": "dat", "er": "nom", "keine": None, "keinen": "acc",
               "keinem": "dat", "seinem": "dat", "seinen": None, "seiner": None, "ihrem": "dat"}
COORD = {"und", "oder", "sowie", ",", "and", "or", "&"}
DIRECTION_ART = {"die", "den", "das", "einen", "eine", "ein"}
PRONOUN_NOM = {"er", "sie", "es", "ich", "wir", "he", "she", "they", "i", "we"}
NOMINATIVE_ONLY = PRONOUN_NOM - {"sie", "es"}   # ("sie", "es" may be objects too)


@dataclass
class Arg:
    span: Span
    keys: list[str]
    kind: str                       # name | adj | modifier | role | pronoun | group | place_adv | poss
    marker: str = "obj"
    head: Optional[int] = None       # token index of the governing noun (gen/mod) or verb
    via: Optional[str] = None        # marker of the noun a genitive/modifier hangs on
    case: Optional[str] = None
    clause: Optional[int] = None
    coord_of: Optional[int] = None   # index (in args) of the first conjunct
    np_start: int = 0
    np_end: int = 0                  # end of the noun phrase (head noun included)
    members: list[int] = field(default_factory=list)  # conjunct indices (for the first conjunct)

    @property
    def start(self) -> int:
        return self.span.start


def _tag(t) -> str:
    return t.tag_


def mention_keys(s: Span) -> list[str]:
    if s._.kg_keys:
        return list(s._.kg_keys)
    return [s._.kg_key] if s._.kg_key else []


def clause_of(clauses: list[Clause], i: int) -> Optional[int]:
    for c in clauses:
        if c.contains(i):
            return c.index
    return None


def build_args(doc: Doc) -> list[Arg]:
    """Every usable mention as an :class:`Arg`; title NPs ("US-Präsident Joe Biden") are one."""
    mentions = sorted(doc.spans.get("kg_mentions", []), key=lambda s: (s.start, s.end))
    clauses = doc._.kg_clauses or []
    args: list[Arg] = []
    consumed: set[int] = set()
    for k, s in enumerate(mentions):
        if k in consumed:
            continue
        keys = mention_keys(s)
        if not keys:
            continue
        if s.start > 0 and doc[s.start - 1].text == "(" or \
                s.start > 1 and doc[s.start - 2].text == "(" and doc[s.start - 1].lower_ in ("beide", "both"):
            continue  # "Wadephul (CDU)", "(RSF)": a parenthesis is no argument of the verb
        kind = s._.kg_kind
        start, end = s.start, s.end
        # a title and its name form one noun phrase: keep the name, widen the span
        if kind in ("role", "compound") and s._.kg_keys:
            nxt = [j for j in range(k + 1, len(mentions)) if mentions[j].start == s.end]
            if nxt and mention_keys(mentions[nxt[0]]) == keys:
                consumed.add(nxt[0])
                end = mentions[nxt[0]].end
                kind = "name"
            # "Russlands Präsident …", "der türkische Präsident …": the modifier is part of it
            # ("Hamburgs Erster Bürgermeister …": an adjective of the title may stand between)
            if args and args[-1].span.end <= s.start and \
                    all(t.tag_ == "ADJA" for t in doc[args[-1].span.end:s.start]) and \
                    args[-1].kind in ("adj", "name") and \
                    args[-1].keys != keys and doc[args[-1].span.start].lower_ not in ("und", "and"):
                prev = args[-1]
                if prev.kind == "adj" or prev.span.text.endswith("s") or doc.lang_ == "en":
                    args.pop()
                    start = prev.span.start
        elif kind in ("compound", "modifier") and not s._.kg_keys:
            # "SPD-Politiker" unresolved: the party only modifies; but "die 27 EU-Staaten", "den
            # Nato-Staaten" with no member named after them are the body acting as a whole
            kind = "name" if _whole_body(doc, s, keys) else "modifier"
        if kind == "role" and not s._.kg_keys:
            continue
        a = Arg(span=doc[start:end], keys=keys, kind=kind, np_start=start, np_end=end)
        a.clause = clause_of(clauses, doc[start:end].root.i if doc._.kg_has_parse else start)
        args.append(a)
    if doc._.kg_has_parse:
        _dep_markers(doc, args)
        _coordination(doc, args)
        _saxon_genitives(doc, args)
    else:
        _german_markers(doc, args, clauses)
        _coordination(doc, args)
    # a genitive of a name ("Ukraine's Zelenskyy") is no argument of the phrase around it
    for a in args:
        if a.via and a.head is not None and any(b is not a and b.span.start <= a.head < b.span.end for b in args):
            a.via = None
    return args


MEMBERS_PLURAL = word_class("members_plural", "de")


def _whole_body(doc: Doc, s: Span, keys: list[str]) -> bool:
    """"die 27 EU-Staaten", "allen Nato-Mitgliedern": a body's members as a whole, after a
    definite article (and a count) and with no name after them (not "die Nato-Mitglieder
    Dänemark und die Niederlande", not "anderen EU-Staaten")."""
    e = gazetteer().entries.get(keys[0]) if len(keys) == 1 else None
    if e is None or e.type != "Organization" or s.text.rsplit("-", 1)[-1].lower() not in MEMBERS_PLURAL:
        return False
    k = s.start - 1
    while k >= 0 and doc[k].tag_ == "CARD":
        k -= 1
    if k < 0 or doc[k].lower_ not in ("die", "den", "der", "alle", "allen"):
        return False
    return s.end >= len(doc) or doc[s.end].pos_ != "PROPN" and doc[s.end].ent_type_ == ""


# ------------------------------------------------------------------ German, from tags
TITLE_HEADS = word_class("title_head", "de")
TOPIC_NOUNS = word_class("topic_noun", "de")
ORG_NOUNS_DE = word_class("org_noun", "de")


def _german_markers(doc: Doc, args: list[Arg], clauses: list[Clause]) -> None:
    by_end = {a.span.end: a for a in args}
    covered = {i: a for a in args for i in range(a.span.start, a.span.end)}
    for a in args:
        c = clauses[a.clause] if a.clause is not None else None
        lo = c.start if c is not None else a.span.sent.start
        if a.kind in ("adj", "modifier", "poss"):
            # the noun it modifies: next noun after the adjective
            j = a.span.end
            while j < len(doc) and _tag(doc[j]) in ("ADJA", "ADJD", "KON", "$,", "ADV", "CARD") and j - a.span.end < 5:
                j += 1
            if a.kind == "modifier":
                a.head = a.span.start
            elif j < len(doc) and _tag(doc[j]) in ("NN", "NE"):
                a.head = j
                a.np_end = j + 1
            a.marker = "poss" if a.kind == "poss" else "mod"
        if a.kind == "group" and a.span[0].lower_ == "unserer" and a.span.start > lo and \
                _tag(doc[a.span.start - 1]) == "NN":
            a.marker, a.head = "gen", a.span.start - 1   # "die Anstrengungen unserer Länder"
            continue
        n = a.span.end
        if a.kind == "name" and n + 1 < len(doc) and doc[n].text in ("'", "’") and \
                a.span[-1].lower_.endswith(("s", "z", "x", "ß")):
            n += 1   # "Merz' Partei"
        while n < len(doc) and n - a.span.end < 3 and _tag(doc[n]) == "ADJA" and doc[n].text[:1].islower():
            n += 1   # "Scholz' eigene Partei", "Russlands neue Armee"
        if a.kind == "name" and n < len(doc) and _tag(doc[n]) == "NN" and \
                (_genitive_form(a) or n > a.span.end and doc[a.span.end].text in ("'", "’")) and not (n in covered):
            # "Nawalnys Witwe", "Russlands Armee": a genitive before its noun
            a.marker, a.head = "gen", n
            continue
        i = a.span.start - 1
        if _seat_of_body(doc, a, lo):
            i = a.span.start - 3   # "die Regierung in Kiew": the phrase is the noun's, and stands for Kiew
        elif a.kind == "name" and i - 1 >= lo and doc[i].lower_ == "von" and _tag(doc[i - 1]) == "NN" and \
                doc[i - 1].lower_ in PLACE_NOUNS and (i - 1) not in covered:
            i -= 2   # "griff den Hafen von Odessa an": the place stands where its noun stands
        if a.kind == "name" and i >= 2 and doc[i].text in QUOTE_PAIRS and _tag(doc[i - 1]) == "NN" and \
                any(doc[i - 1].lower_.endswith(w) for w in ORG_NOUNS_DE):
            # "der Gruppe „Ekološki ustanak“": the quoted name of the body before it takes its place
            i -= 2
            lo = min(lo, doc[i].sent.start)
        art = None
        while i >= lo:
            t = doc[i]
            tag = _tag(t)
            if tag == "PRELS" and i > lo and not (i - 1 == lo and _tag(doc[lo]) in ("APPR", "APPRART")):
                tag = "ART"   # inside its clause "die" is an article ("Deutschland, die Niederlande")
            elif tag == "PRELS" and i - 1 == lo:
                break         # "mit dem Lukaschenko telefoniert habe": the pronoun is the preposition's
            if tag in SKIP_DE or (i in covered and covered[i] is not a and covered[i].kind in ("adj", "role")
                                  and not (tag == "NN" and art in ("des", "eines", "der"))):
                # ("die Sprecherin des Ministeriums": a title before "des" heads the genitive)
                if tag == "ART" or t.lower_ in CASE_BY_ART:
                    art = art or t.lower_
                i -= 1
                continue
            if tag == "ADV" and t.lower_ in ("bereits", "rund", "etwa", "mehr", "als", "knapp", "fast"):
                i -= 1
                continue
            if tag == "NN" and i == a.span.start - 1 and a.kind == "name" and not _genitive_form(a) \
                    and i - 1 >= lo and (_tag(doc[i - 1]) in ("ADJA", "ART", "PPOSAT") or
                                         doc[i - 1].lower_ in ("und", "sowie") and i - 1 in by_end):
                # an apposition head: "die russische Hauptstadt Moskau", "X und
                # Erweiterungskommissar Y" (a title the gazetteer does not know)
                i -= 1
                continue
            if tag == "NN" and i == a.span.start - 1 and a.kind == "name" and t.lower_ in TOPIC_NOUNS \
                    and not _genitive_form(a) and i - 1 >= lo and _tag(doc[i - 1]) in ("APPR", "APPRART"):
                i -= 1   # "Beim Thema Ukraine forderte …": a name after a noun in a phrase is no subject
                continue
            if tag == "NN" and i == a.span.start - 1 and a.kind == "name" and a.keys and _is_person(a.keys[0]) \
                    and i - 1 >= lo and _tag(doc[i - 1]) in ("APPR", "APPRART") and \
                    any(t.lower_.rstrip("n").removesuffix("in").endswith(w) for w in TITLE_HEADS):
                i -= 1   # "mit Energieminister Saad al-Kaabi": a title the gazetteer does not know
                continue
            if tag == "NN" and i == a.span.start - 1 and a.kind == "name" and i in covered and \
                    covered[i].kind == "modifier" and a.keys and _is_person(a.keys[0]):
                i -= 1   # "war UN-Nothilfekoordinator Martin Griffiths …": a title compound before a person
                continue
            break
        a.np_start = i + 1
        if a.kind in ("adj", "modifier", "poss"):
            a.via = _prep_marker(doc, i, art) if i >= lo and _tag(doc[i]) in ("APPR", "APPRART") else None
            if i >= lo and _tag(doc[i]) in ("NN", "NE") and art in ("der", "des"):
                a.via = "gen"
            continue
        if i < lo:
            a.marker, a.case = "bare", CASE_BY_ART.get(art or a.span.text.lower())
            continue
        t = doc[i]
        tag = _tag(t)
        if tag in ("APPR", "APPRART", "APPO") and not (tag == "APPO" and t.lower_ == "zufolge"):
            # ("Medienberichten zufolge Burns …": the postposition governs the words before it)
            a.marker = _prep_marker(doc, i, art)
            a.head = None
        elif tag == "KOKOM" and t.lower_ == "wie":
            a.marker, a.head = "wie", None   # "Fidesz gehört wie die FPÖ der Fraktion an": compared, no object
        elif t.text == "," and i in by_end and a.keys and _is_person(a.keys[0]) and by_end[i].keys and \
                not _is_person(by_end[i].keys[0]) and by_end[i].marker in ("in", "in.dat", "aus") and \
                any(m._.kg_kind == "role" and lo <= m.start < by_end[i].span.start
                    for m in doc.spans.get("kg_mentions", [])):
            # "Der ukrainische Botschafter in Berlin, Andrij Melnyk,": the title's name, no list
            a.marker, a.case = "bare", None
        elif t.lower_ in COORD and i in by_end and not (
                t.text == "," and by_end[i].marker == "coord" and by_end[i].np_start > 0 and
                doc[by_end[i].np_start - 1].lower_ in ("und", "oder", "sowie")):
            # ("mit der Türkei und den UN, der ukrainische Minister …": a list closed by "und"
            # does not go on after a comma)
            a.marker = "coord"
            a.coord_of = None
        elif (tag == "NN" and art in ("der", "des", "eines") and not (art == "der" and t.lower_ in MONTH_WORDS)) or (
                tag in ("NN", "NE") and not art and _genitive_form(a)):
            # ("trat am Donnerstag der Nato bei": a dative after a day, not the day's genitive)
            a.marker, a.head = "gen", i
            # a genitive hangs on a noun that may itself sit in a prepositional phrase
            j = i - 1
            art2 = None
            while j >= lo and (_tag(doc[j]) in SKIP_DE or doc[j].lower_ in CASE_BY_ART):
                art2 = art2 or doc[j].lower_
                j -= 1
            if j >= lo and _tag(doc[j]) in ("APPR", "APPRART"):
                a.via = _prep_marker(doc, j, art2)
            elif j >= lo and _tag(doc[j]) in ("NN",) and art2 in ("der", "des"):
                a.via = "gen"
        else:
            a.marker, a.case = "bare", CASE_BY_ART.get(art or a.span.text.lower())
            if a.kind == "pronoun" and a.span.text.lower() in PRONOUN_NOM:
                a.case = "nom"
    for a in args:
        if a.kind == "name" and a.span.end < len(doc) and doc[a.span.end].lower_ == "zufolge":
            a.marker, a.head = "zufolge", None   # "Innenminister X zufolge soll …": the source, no subject
    # inherit markers along coordination: "mit Putin und dem Präsidenten Selenskyj"
    ordered = sorted(args, key=lambda x: x.span.start)
    for k, a in enumerate(ordered):
        if a.marker != "coord":
            continue
        prev = [b for b in ordered[:k] if b.span.end <= a.np_start and b.clause == a.clause]
        if prev:
            p = prev[-1]
            while p.coord_of is not None:
                p = args[p.coord_of]
            a.marker, a.case, a.head, a.via = p.marker, p.case, p.head, p.via
            a.coord_of = args.index(p)
        else:
            a.marker = "bare"
    # "mit Energieminister X, zugleich Chef von Y, …": a title in apposition to a name stands
    # where the name stands (it is given the name's marker below, once that is settled)
    appositions: dict[int, Arg] = {}
    for a in args:
        if a.kind != "role" or not a.keys or a.span.start < 2:
            continue
        k = a.span.start - 1
        while k > 0 and _tag(doc[k]) == "ADV" and a.span.start - k <= 2:
            k -= 1
        b = by_end.get(k) if doc[k].text == "," else None
        if b is not None and b is not a and b.keys == a.keys:
            appositions[id(a)] = b
    # "Die Sprecherin des Außenministeriums, Maria Sacharowa, warf …": a name between commas
    # after the title it names stands where the title stands
    for a in args:
        if a.kind != "name" or not a.keys or id(a) in appositions or a.span.start < 2 or \
                doc[a.span.start - 1].text != "," or a.span.end >= len(doc) or doc[a.span.end].text != ",":
            continue
        title = next((r for r in args if r.kind == "role" and r.keys == a.keys and r.clause == a.clause and
                      0 < a.span.start - r.span.end <= 6 and id(r) not in appositions), None)
        if title is not None and not any(t.text == "," for t in doc[title.span.end:a.span.start - 1]):
            appositions[id(a)] = title
    # bare mentions: the nominative subject is the first one not marked otherwise
    by_clause: dict = {}
    for a in args:
        if a.marker == "bare" and a.coord_of is None and id(a) not in appositions:
            by_clause.setdefault(a.clause, []).append(a)
    for ci, group in by_clause.items():
        c = clauses[ci] if ci is not None else None
        subj = None
        for a in group:
            if a.case in ("nom",):
                subj = a
                break
        if subj is not None and subj.kind == "pronoun" and subj.span.text.lower() in ("sie", "es") and \
                c is not None and c.finite is not None and subj.span.start > c.finite:
            # "Sprecherin Karine Jean-Pierre nannte sie absurd": "sie" may be accusative, the
            # name before the verb is the subject
            front = [a for a in group if a.case is None and a.kind != "pronoun" and a.span.end <= c.finite]
            # "griffen Demonstranten sie an": a pronoun stands before a full noun phrase unless
            # that noun phrase is the subject
            middle = [a for a in group if a.case is None and a.kind not in ("pronoun", "place_adv") and
                      c.finite < a.span.start and a.span.end <= subj.span.start]
            # "und forderte sie auf": a clause that shares its subject has "sie" as object
            subj = None if c.shares_subject else front[0] if front else middle[0] if middle else subj
        if subj is None and c is not None and c.shares_subject and c.finite is not None and \
                all(a.span.start > c.finite for a in group):
            subj = False   # "Scholz reiste nach Peking und traf Xi": the subject is the first verb's
        if subj is None and c is not None and (_noun_in_vorfeld(doc, c, args) or _noun_after_verb(doc, c, args)
                                               or _noun_opens_subclause(doc, c, args)):
            subj = False  # "Russische Truppen griffen Charkiw an": the name after the verb is the object
        if subj is None:
            for a in group:
                if a.case is None and a.kind not in ("place_adv",):
                    subj = a
                    break
        rel_subject = c is not None and c.kind == "rel" and doc[c.start].lower_ in REL_NOMINATIVE and \
            c.antecedent is not None and any(b.span.start <= c.antecedent < b.span.end and b.keys and
                                             _is_person(b.keys[0]) for b in args)
        for a in group:
            if a is subj and not (c is not None and c.kind == "inf") and not rel_subject:
                a.marker = "subj"
            elif a.case in ("acc", "dat"):
                a.marker = a.case
            else:
                a.marker = "obj"
    for a in args:
        if id(a) in appositions:
            b = appositions[id(a)]
            a.marker, a.case, a.via, a.head = b.marker, b.case, b.via, b.head
    for a in args:
        if a.coord_of is not None:
            a.marker = args[a.coord_of].marker if args[a.coord_of].marker != "coord" else a.marker
    # "Matthew Miller forderte die georgische Regierung auf": with the subject before the verb,
    # an adjective's noun phrase after it is the object
    for a in args:
        c = clauses[a.clause] if a.clause is not None else None
        if a.kind == "adj" and a.via is None and c is not None and c.finite is not None and a.head is not None and \
                a.head < c.finite and a.span.start > 0 and doc[a.span.start - 1].lower_ in ("die", "das", "den") and \
                any(b.clause == a.clause and b.marker == "subj" and b.kind == "pronoun" and b.span.start == c.finite + 1
                    and b.span.text.lower() in NOMINATIVE_ONLY for b in args):
            a.via = "obj"   # "Die israelische Regierung forderte er auf": the subject is the pronoun
            continue
        if a.kind != "adj" or a.via is not None or c is None or c.finite is None or a.head is None or \
                a.head <= c.finite or a.span.start - 1 < 0 or doc[a.span.start - 1].lower_ not in ("die", "das", "den"):
            continue
        # ("Zugleich kritisierte Merz erneut die israelische Offensive": a subject after the verb, before it)
        if any(b.clause == a.clause and b.marker == "subj" and
               (b.span.end <= c.finite or c.finite < b.span.start and b.span.end <= a.span.start - 1) for b in args):
            a.via = "obj"


SEAT_HEADS = {w for w in word_class("actor_head") if w in (
    "regierung", "führung", "behörden", "government", "administration", "authorities", "leadership", "spitze")}


def _seat_of_body(doc: Doc, a: Arg, lo: int) -> bool:
    """"die Regierung in Kiew", "die Führung in Peking": a body named by the city it sits in;
    "die Regierung von Machthaber Assad": by the one who leads it."""
    k = a.span.start
    if a.kind != "name" or k - 2 < lo or doc[k - 2].lower_ not in SEAT_HEADS or not a.keys:
        return False
    e = gazetteer().entries.get(a.keys[0])
    if doc[k - 1].lower_ == "in":
        return e is None or e.type == "City"
    # ("die ukrainische Regierung von Ministerpräsident X": the adjective names it already)
    return doc[k - 1].lower_ in ("von", "of") and _is_person(a.keys[0]) and doc[k - 3].tag_ not in ("ADJA", "JJ")


def _genitive_form(a: Arg) -> bool:
    """"Russlands", "Putins": a name with the genitive -s, not "Paris" or "Vilnius"."""
    text = a.span.text
    if not text.endswith("s") or len(text) < 3 or a.keys and a.keys[0].startswith("location:"):
        return False   # (an unknown place is one after a place noun: "die Provinz Kahramanmaras")
    g = gazetteer()
    whole, stem = g.lookup(text), g.lookup(text[:-1])
    if whole is not None and (stem is None or stem.key != whole.key):
        return False  # the name itself ends in -s
    if whole is not None and whole.label.endswith("s") and fold(whole.label) == fold(text):
        return False
    return True


TIME_NOUNS = word_class("time_noun", "de")
PLACE_NOUNS = word_class("place_noun")
LIGHT_VERBS_DE = word_class("light_verb", "de")
# after a person, a relative clause opened by one of these has the pronoun as its subject
# ("Macron, der Scholz traf"; after "die Ukraine", "der" is a dative)
REL_NOMINATIVE = {"der", "welcher"}


def _is_person(key: str) -> bool:
    e = gazetteer().entries.get(key)
    return key.startswith("person:") or (e is not None and e.type == "Person")
OBLIQUE_DET = {"den", "dem", "einem", "einen", "diesem", "diesen", "jedem", "jeden"}


def _noun_in_vorfeld(doc: Doc, c: Clause, args: list[Arg]) -> bool:
    """A main clause opens with a plain noun phrase and no mention before its finite verb
    ("Russische Truppen griffen …", "Die Regierung wies … zurück"): in verb-second order that
    phrase is the subject, so a bare name after the verb is not."""
    if c.kind != "main" or c.finite is None or c.finite <= c.start or c.quote:
        return False
    if any(c.start <= a.span.start < c.finite for a in args if a.kind not in ("adj", "modifier")
           and a.marker != "gen"):
        return False
    vf = [t for t in doc[c.start:c.finite] if not t.is_punct]
    gen_first = any(a.span.start == vf[0].i and a.marker == "gen" for a in args) if vf else False
    if not vf or (_tag(vf[0]) not in ("ART", "ADJA", "NN", "PIAT", "PDAT", "PPOSAT", "CARD") and not gen_first):
        return False
    if vf[0].lower_ in OBLIQUE_DET or any(_tag(t) in ("APPR", "APPRART", "APPO", "KOUS", "PRELS", "PWS") for t in vf):
        return False
    nouns = [t for t in vf if _tag(t) == "NN"]
    if nouns and c.lemma in LIGHT_VERBS_DE and lexicon().noun("de", nouns[-1].text, nouns[-1].lemma_):
        return False   # "Eine Einigung erzielten die beiden nicht": the event noun is the fronted object
    if nouns and lexicon().is_aid("de", nouns[-1].text) and not lexicon().is_force("de", nouns[-1].text) and \
            any(t.relation == "providesAidTo" for t in lexicon().verb("de", c.lemma)):
        return False   # "Kampfflugzeuge werde Deutschland nicht schicken": the goods are the fronted object
    return bool(nouns) and nouns[-1].lower_ not in TIME_NOUNS and \
        not any(m in nouns[-1].lower_ for m in MONTH_WORDS)


def _noun_opens_subclause(doc: Doc, c: Clause, args: list[Arg]) -> bool:
    """"dass auch die Hisbollah-Miliz Israel angreifen könnte": in a verb-final clause a plain
    noun phrase right after the conjunction is the subject, so a bare name behind it is not."""
    if c.kind != "sub" or c.end - c.start < 4:
        return False
    k = c.start + 1
    while k < c.end and _tag(doc[k]) in ("ADV",):
        k += 1
    if k >= c.end or _tag(doc[k]) not in ("ART", "ADJA", "PIAT", "PDAT", "NN"):
        return False
    j = k
    while j < c.end and _tag(doc[j]) in ("ART", "ADJA", "PIAT", "PDAT", "CARD"):
        j += 1
    if j >= c.end or _tag(doc[j]) != "NN" or doc[j].lower_ in TIME_NOUNS:
        return False
    owner = next((a for a in args if a.span.start <= j < a.span.end), None)
    if any(a.kind == "name" and a.clause == c.index and a.np_start <= j < a.span.start for a in args):
        return False   # "nachdem der US-Diplomat James O'Brien …": the noun is the name's title
    return owner is None or owner.kind == "modifier"


def _noun_after_verb(doc: Doc, c: Clause, args: list[Arg]) -> bool:
    """"Wenige Stunden zuvor hatte Israels Armee … den Kommandeur X getötet": after an
    adverbial, the first noun phrase behind the finite verb is the subject, a plain noun with
    a genitive name as much as a name."""
    if c.kind != "main" or c.finite is None or c.lexical is None:
        return False
    bare = [a for a in args if a.clause == c.index and a.marker == "bare" and a.kind != "place_adv"]
    if any(a.span.start < c.finite for a in bare):
        return False   # "Auch Kanada wird Truppen … verlegen": the subject opened the clause
    # (where its noun phrase starts: "war UN-Koordinator Martin Griffiths" is one phrase)
    first = min((a.np_start for a in bare if a.span.start > c.finite), default=None)
    if first is None:
        return False
    k = c.finite + 1
    gen = any(a.span.start == k and a.marker == "gen" for a in args)
    if gen:
        k = next(a.span.end for a in args if a.span.start == k)
    if k >= first or k >= len(doc):
        return False
    t = doc[k]
    if _tag(t) == "ART" and t.lower_ in OBLIQUE_DET:
        return False
    while k < first and _tag(doc[k]) in ("ART", "ADJA", "PPOSAT", "PIAT"):
        k += 1
    return k < first and _tag(doc[k]) == "NN" and doc[k].lower_ not in TIME_NOUNS and \
        not (k + 1 < len(doc) and _tag(doc[k + 1]) == "APPO") and \
        (gen or _tag(doc[c.finite + 1]) in ("ART", "ADJA", "NN", "PPOSAT", "PIAT"))


def _prep_marker(doc: Doc, i: int, art: Optional[str]) -> str:
    t = doc[i]
    low = t.lower_
    if low in APPRART:
        return APPRART[low]
    if low == "in":
        nxt = doc[i + 1].lower_ if i + 1 < len(doc) else ""
        if nxt in ("die", "den", "das", "einen", "eine", "ein") or (art in DIRECTION_ART):
            return "in.acc"
        if nxt in ("der", "dem", "einem", "einer"):
            return "in.dat"
        return "in"
    return low


# ------------------------------------------------------------------ from a dependency parse
SUBJ = {"nsubj", "nsubjpass", "sb", "csubj", "expl"}
OBJ = {"dobj", "oa", "obj", "attr", "oprd"}
DAT = {"dative", "da", "iobj"}
GEN = {"poss", "ag", "pg"}
MOD = {"amod", "compound", "nmod", "nk", "npadvmod"}


def _dep_markers(doc: Doc, args: list[Arg]) -> None:
    listed: list[tuple[Arg, Arg]] = []
    for a in args:
        r = a.span.root
        if r.dep_ == "prep" and a.span[0].pos_ in ("NOUN", "PROPN") and a.span[0].head.i < a.span.start:
            r = a.span[0]   # "to the border with Belarus" with "with" hung on the verb: the noun heads it
        # walk up through appositions, flat names and titles
        while r.dep_ in ("appos", "flat", "pnc", "compound") and r.head.i != r.i and \
                any(b.span.start <= r.head.i < b.span.end for b in [a]):
            r = r.head
        if r.dep_ == "appos" and r.head.pos_ == "NOUN" and a.kind == "name" and not any(
                b is not a and b.span.start <= r.head.i < b.span.end for b in args):
            r = r.head   # "sanctions on the group's commander, Mohamed Hamdan Dagalo"
        dep = r.dep_
        if dep == "advmod" and a.kind == "name" and r.head.pos_ in ("VERB", "AUX") and r.i > r.head.i and \
                doc.lang_ == "en" and not any(ch.dep_ in OBJ for ch in r.head.children):
            dep = "dobj"   # "attacked Bakhmut" with the unknown name tagged an adverb: its object
        if dep in ("appos", "npadvmod") and _list_appos(r, args):
            dep = "conj"   # "Joe Biden, Fumio Kishida and Yoon Suk Yeol met": a list, not an apposition
        if dep in ("nmod", "compound") and a.kind == "name" and r.head.i > r.i and \
                any(ch.dep_ == "conj" for ch in r.children) and a.span.start >= 2 and \
                doc[a.span.start - 1].text == "," and \
                any(b is not a and b.span.start <= r.head.i < b.span.end for b in args):
            # "US President Joe Biden, Japanese Prime Minister Fumio Kishida and South Korean
            # President Yoon Suk Yeol met": the middle of a list of titled names
            before = next((j for j, b in enumerate(args) if b.kind == "name" and b.span.end == a.span.start - 1), None)
            if before is not None:
                a.coord_of = before
                r = args[before].span.root
                dep = r.dep_
        if dep in ("compound", "nmod") and a.kind == "name" and a.span.end + 1 < len(doc) and \
                doc[a.span.end].lower_ in ("and", "&"):
            # "US President Donald Trump and Russian President Vladimir Putin spoke", "Rishi Sunak
            # and Ursula von der Leyen agreed": the parser hung the first name into the second
            # (a compound of its title, a modifier of its "der"); the two are a list
            nxt = next((j for j, b in enumerate(args) if b.kind == "name" and b.span.start == a.span.end + 1
                        and b.span.start <= r.head.i < b.span.end), None)
            if nxt is None:
                # "sanctions on Mahmoud Ahmadinejad and Iran's Ministry of Intelligence": the second
                # name has an owner before it
                owner = next((b for b in args if b.span.start == a.span.end + 1 and b.span.end < len(doc) and
                              doc[b.span.end].text in ("'s", "’s")), None)
                nxt = next((j for j, b in enumerate(args) if owner is not None and b.kind == "name" and
                            b.span.start == owner.span.end + 1 and b.span.start <= r.head.i < b.span.end), None)
            if nxt is not None:
                listed.append((a, args[nxt]))
                continue
        if a.kind in ("adj",) or dep in ("amod",) or (dep == "compound" and r.head.pos_ in ("NOUN", "PROPN")
                                                     and not a.span.start <= r.head.i < a.span.end):
            h = _led_noun(r.head)
            a.marker, a.head = "mod", h.i
            a.np_end = h.i + 1
            a.via = _dep_via(h)
            continue
        if dep in ("conj", "cj"):
            # UD/ClearNLP: conj hangs on the first conjunct; TIGER: cj hangs on the "cd" word
            first = r.head
            while first.dep_ in ("conj", "cj", "cd") or _list_appos(first, args):
                first = first.head
            # (only when the head is no name: "A, B and C" hung on each other is a list already)
            prev = [] if any(b.span.start <= first.i < b.span.end for b in args) else sorted(
                (b for b in args if b.kind == "name" and b.span.end <= a.span.start and
                 b.span.start >= a.span.sent.start and b.marker not in (None, "subj", "obj", "mod")),
                key=lambda b: b.span.end)
            if prev and a.span.start - prev[-1].span.end <= 8 and \
                    any(doc[k].lower_ in ("and", "und") for k in range(prev[-1].span.end, a.span.start)) and \
                    all(doc[k].lower_ in ("and", "und", ",") or doc[k].pos_ == "PROPN" or any(
                        b.span.start <= k < b.span.end and b.kind in ("role", "adj", "name") for b in args)
                        for k in range(prev[-1].span.end, a.span.start)):
                # "talks with A, B and United Arab Emirates President C": the parser hung C on the
                # noun; the list after the preposition goes on
                a.marker, a.head, a.via = prev[-1].marker, prev[-1].head, prev[-1].via
                a.coord_of = prev[-1].coord_of if prev[-1].coord_of is not None else args.index(prev[-1])
                continue
            for j, b in enumerate(args):
                if b.span.start <= first.i < b.span.end:
                    a.coord_of = j
            r = first
            dep = r.dep_
        k = a.span.start
        if dep == "pobj" and r.head.lower_ == "of" and r.head.head.lemma_.lower() in PLACE_NOUNS and \
                not any(b is not a and b.span.start <= r.head.head.i < b.span.end for b in args):
            r = r.head.head   # "struck the Ukrainian cities of Odesa and Kharkiv": the cities' role
            dep = r.dep_
        elif k >= 2 and doc[k - 1].lower_ == "of" and doc[k - 2].lemma_.lower() in PLACE_NOUNS and \
                a.coord_of is None and not any(b is not a and b.span.start <= k - 2 < b.span.end for b in args):
            r = doc[k - 2]   # (the same, however the parser hung the name: "the exclave of Nakhchivan")
            dep = r.dep_
        if r.lemma_.lower() in PLACE_NOUNS and r.i == k - 2 and dep not in ("pobj", "nsubj", "nsubjpass", "dobj"):
            j = k - 3
            while j > a.span.sent.start and doc[j].pos_ in ("DET", "ADJ", "PROPN", "NUM"):
                j -= 1
            if doc[j].pos_ == "ADP":
                a.marker, a.head = doc[j].lower_, doc[j].head.i   # "flew to the Azerbaijani exclave of …"
                continue
        if dep == "pobj" and _seat_of_body(doc, a, a.span.sent.start) and \
                not any(b is not a and b.span.start <= a.span.start - 2 < b.span.end for b in args):
            r = doc[a.span.start - 2]   # "criticised the government in Moscow": the government's role
            dep = r.dep_
        if dep in ("pobj", "nk") and r.head.dep_ in ("prep", "mo", "op", "mnr", "pg", "agent", "sbp", "dative") \
                or (dep == "pobj"):
            prep = r.head
            a.marker = "by" if prep.dep_ == "agent" else prep.lower_
            a.head = prep.head.i
            if prep.lower_ == "in" and doc.lang_ == "de":
                a.marker = "in"
        elif dep in SUBJ:
            a.marker, a.head = ("subjpass" if dep == "nsubjpass" else "subj"), r.head.i
        elif dep in OBJ:
            a.marker, a.head = "obj", r.head.i
        elif dep in DAT:
            a.marker, a.head = "dat", r.head.i
        elif dep in GEN or (dep == "poss"):
            a.marker, a.head = "gen", r.head.i
            a.via = _dep_via(r.head)
        elif dep in MOD:
            h = _led_noun(r.head)
            a.marker, a.head = "mod", h.i
            a.via = _dep_via(h)
        else:
            a.marker, a.head = dep or "obj", r.head.i
    for a, b in listed:
        a.marker, a.head, a.via = b.marker, b.head, b.via
        if b.coord_of is None:
            b.coord_of = args.index(a)


def _led_noun(h):
    """"Hamas-led militants attacked": the body leading them stands for the fighters, so the name
    modifies the noun the participle is on."""
    if h.lower_ in LED_BY and h.dep_ in ("amod", "compound") and h.head.pos_ == "NOUN":
        return h.head
    return h


def _list_appos(tok, args: list[Arg]) -> bool:
    """A name the parser hung as an apposition on the name before it, though a conjunct follows
    it ("A, B and C"): the three are a list (also hung as an adverbial noun: "Iraq, Turkey,
    Qatar and the UAE signed")."""
    if tok.dep_ not in ("appos", "npadvmod") or tok.head.i == tok.i or \
            not any(ch.dep_ == "conj" for ch in tok.children) or \
            tok.dep_ == "npadvmod" and not (tok.i > 0 and tok.doc[tok.i - 1].text == ","):
        return False
    named = [b for b in args if b.kind == "name"]
    return any(b.span.start <= tok.i < b.span.end for b in named) and \
        any(b.span.start <= tok.head.i < b.span.end for b in named)


def _saxon_genitives(doc: Doc, args: list[Arg]) -> None:
    """"Michel and Putin's conversation": a possessive 's makes the whole coordination a
    genitive of the noun that follows, whatever the parser attached it to."""
    for a in args:
        nxt = doc[a.span.end] if a.span.end < len(doc) else None
        if nxt is None or nxt.lower_ not in ("'s", "’s", "'", "’"):
            continue
        head = next((t for t in doc[nxt.i + 1:nxt.i + 6] if t.pos_ in ("NOUN", "PROPN")), None)
        if head is None:
            continue
        group = [a]
        first = args[a.coord_of] if a.coord_of is not None else None
        owned = [b for b in args if b.span.start <= head.i < b.span.end]
        if any(m._.kg_kind == "role" and m.start <= head.i < m.end for m in doc.spans.get("kg_mentions", [])):
            pass   # "Blinken and South Korea's foreign minister": a title is one person's, not the list's
        elif first is not None and any(b.coord_of == a.coord_of for b in owned):
            pass   # "Ahmadinejad and Iran's Ministry of Intelligence": the ministry is the one listed
        elif first is not None:
            group += [first] + [args[m] for m in first.members]
        else:
            # the parser may have made the owners the subject: take the names coordinated before
            # (a list ends in "and": "The United States, Israel's closest ally" is an apposition)
            j = args.index(a) - 1
            while j >= 0 and doc[args[j].span.end:a.span.start].text.strip() in (
                    ("and", ",", "&") if len(group) > 1 else ("and", "&")) \
                    and args[j].span.sent.start == a.span.sent.start and \
                    not any(b.coord_of == j for b in owned):   # ("X and Iran's ministry": X is listed with it)
                group.append(args[j])
                a = args[j]
                j -= 1
        for m in group:
            m.marker, m.head = "gen", head.i


def _dep_via(noun) -> Optional[str]:
    if noun.dep_ == "pobj":
        return noun.head.lower_
    if noun.dep_ in SUBJ:
        return "subj"
    if noun.dep_ in OBJ:
        return "obj"
    return None


def _coordination(doc: Doc, args: list[Arg]) -> None:
    for j, a in enumerate(args):
        if a.coord_of is not None and a.coord_of != j:
            args[a.coord_of].members.append(j)


def conjuncts(args: list[Arg], a: Arg) -> list[Arg]:
    """The mention and everything coordinated with it."""
    first = args[a.coord_of] if a.coord_of is not None else a
    return [first] + [args[m] for m in first.members if args[m] is not first]
