"""Coreference within an article: pronouns, possessives, role nouns ("der Kanzler",
"der SPD-Politiker", "the chancellor"), groups ("beide Staatsmänner", "die beiden",
"the pair"), place adverbs ("dort", "dorthin", "there") and "ich" in quotes.

Resolution is by salience: the most recent compatible mention, subjects first; a role noun
prefers the person who bore that title earlier in the article, then the office holder on
the article's date (gazetteer ``offices.tsv``)."""
from __future__ import annotations

import bisect
import re
from typing import Optional

from spacy.language import Language
from spacy.tokens import Doc, Span

from ..resources import Role, fold, gazetteer, given_names, lexicon_rows, word_class
from .clauses import SPEECH_VERBS
from .mentions import FORCE_WORDS, PROTESTERS

PRON = {
    "de": {"er": "m", "ihm": "m", "ihn": "m", "sie": "fp", "ihr": "f", "es": "n", "ihnen": "p"},
    "en": {"he": "m", "him": "m", "she": "f", "her": "f", "they": "p", "them": "p"},
}
POSS = {
    "de": ("sein", "seine", "seiner", "seines", "seinem", "seinen", "ihre", "ihrer", "ihres",
           "ihrem", "ihren", "dessen", "deren"),
    "en": ("his", "her", "its", "their"),
}
GROUP_HEADS = {lang: word_class("group_head", lang) for lang in ("de", "en")}
LIST_CUES = word_class("list_cue")   # "…, darunter X und Y": the people meant are named next
DEFAULT_COUNTRY_TITLES = word_class("default_country_title")
# a person named by whom they stand with ("der enge Verbündete von Putin", "the ally of …")
ALLY_NOUNS = {lang: word_class("ally_noun", lang) for lang in ("de", "en")}
AGE_NOUN = re.compile(r"^\d{1,3}-(Jährige[nmr]?|year-old)$")
QUOTE_MARKS = {'"', "„", "“", "”", "«", "»"}
COUNTRY_WORDS = word_class("country_group")
PARTY_WORDS = word_class("party_group")
FAMILY_NAME_FIRST = word_class("family_name_first")
BODY_GROUP_WORDS = word_class("body_group")
FORMER_TITLES = word_class("former_title")
NONSTATE_ORG_NOUNS = word_class("nonstate_org_noun")
STATE_ORGAN_WORDS = word_class("state_organ_word")
BODY_NOUNS = {lang: word_class("org_noun", lang) for lang in ("de", "en")}   # ("beide Gruppen": bodies, not the states they criticise)
WAR_PARTY_WORDS = word_class("war_party_group")
ACTOR_TYPES = {"Country", "Organization", "Group"}
ORG_NOUNS = {lang: word_class("collective_org", lang) for lang in ("de", "en")}
NAMED_ORG_NOUNS = word_class("named_org_noun")
COURT_MEMBER_NOUNS = word_class("court_member_ref")
FIGHTER_NOUNS = {lang: word_class("armed_group_ref", lang) for lang in ("de", "en")}
THREAT_VERBS = word_class("threat_verb")
# possessives before "Regierung"/"government" that name a person's government ("ihre" may be
# "their", so only the unambiguous ones)
POSS_GOV_DETS = ("seine", "seiner", "seinen", "his", "her")
FORCE_LABEL_WORDS = {"forces", "army", "military"} & word_class("actor_head")   # an army's name
COUNTRY_NOUNS = {lang: word_class("country_noun", lang) for lang in ("de", "en")}
ARMY_NOUNS = {lang: word_class("army_noun", lang) for lang in ("de", "en")}
COMMAND_VERBS = {lang: word_class("command_verb", lang) for lang in ("de", "en")}
LEADERS_NOUNS = word_class("leaders_noun")
CITY_NOUNS = {lang: word_class("city_noun", lang) for lang in ("de", "en")}
PRONOUN_GENDER = {"er": "m", "ihm": "m", "ihn": "m", "sein": "m", "seine": "m", "seiner": "m",
                  "seines": "m", "seinem": "m", "seinen": "m", "sie": "f", "ihr": "f", "he": "m",
                  "him": "m", "his": "m", "she": "f", "her": "f"}
OBJECT_PRONOUNS = {"him", "her", "them", "ihn", "ihm", "ihnen", "ihr"}   # "ihr" after the verb: dative
PLACE_ADV = {lang: word_class("place_adverb", lang) for lang in ("de", "en")}
LEADER_ROLES = {"head_of_state", "head_of_government", "supreme_leader", "leader"}
# titles of the one head of a party, agency or armed group
BODY_HEAD_ROLES = {"party_leader", "head", "director", "secretary_general", "president_of_body", "chair",
                   "leader", "commander_in_chief", "supreme_leader"}
PLACE_TYPES = {"Country", "City", "Location"}


_NUMBERS: dict[str, dict[str, int]] = {}


def _number_words(lang: str) -> dict[str, int]:
    if lang not in _NUMBERS:
        _NUMBERS[lang] = {r["word"].lower(): int(r["value"]) for r in lexicon_rows("numbers")
                          if r.get("lang") == lang and r.get("value", "").isdigit() and int(r["value"]) < 20}
    return _NUMBERS[lang]


_WAR_WORDS: dict[str, frozenset[str]] = {}


def _war_words(lang: str) -> frozenset[str]:
    """Folded attack and invasion triggers of the trigger lexicon: the words of fighting."""
    if lang not in _WAR_WORDS:
        _WAR_WORDS[lang] = frozenset(fold(r["lemma"]) for r in lexicon_rows("triggers")
                                     if r.get("lang") == lang and r.get("relation") in ("attacks", "invades")
                                     and " " not in r["lemma"] and "weapon" not in r.get("flags", "")
                                     and "place" not in r.get("flags", ""))
    return _WAR_WORDS[lang]


def _sent_starts(doc: Doc) -> list[int]:
    """The start of every sentence of ``doc`` (worked out once per document)."""
    starts = doc.user_data.get("kg_sent_starts")
    if starts is None:
        starts = doc.user_data["kg_sent_starts"] = [x.start for x in doc.sents]
    return starts


def _sentence_before_opening(doc: Doc, s: Span) -> Optional[Span]:
    """The sentence before the one ``s`` opens (at its first or second token), else None."""
    starts = _sent_starts(doc)
    k = starts.index(s.sent.start) if s.sent.start in starts else 0
    if k == 0 or s.start - s.sent.start > 1:
        return None
    return doc[starts[k - 1]].sent


def _charge_after_of(t) -> bool:
    """"accused the government of lying / of betrayal": what follows "of" is the charge (a gerund
    or a bare common noun), not whose government it is ("the government of Iran", "of national
    unity")."""
    return t.tag_ == "VBG" or t.pos_ == "NOUN" and t.is_lower


def _is_subjectish(doc: Doc, span: Span) -> bool:
    """Could be the subject: not in a prepositional phrase, and (German) not after an article
    that marks another case ("den", "dem", "des")."""
    if doc._.kg_has_parse:
        return any(t.dep_ in ("nsubj", "nsubjpass", "sb") for t in span)
    if span.label_ == "Person" and any(c.kind == "inf" and c.contains(span.start) for c in doc._.kg_clauses or []):
        # "warf X vor, Putin einen Anreiz zu liefern": a zu-infinitive has no subject of its own
        # (a state there stays a candidate for "es": "Russland Kosten aufzuerlegen, sollte es …")
        return False
    nxt = doc[span.end] if span.end < len(doc) else None
    if span[-1].text.endswith("s") and nxt is not None and nxt.tag_ in ("ADJA", "NN"):
        return False   # "Steinmeiers frühere Russlandpolitik": a genitive before its noun
    prev = doc[span.start - 1] if span.start > 0 else None
    ms = doc.spans.get("kg_mentions", [])
    cached = doc.user_data.get("kg_in_mention")
    if cached is None or cached[0] != len(ms):   # (asked for every mention: built once per mention set)
        cached = (len(ms), {i for m in ms for i in range(m.start, m.end)})
        doc.user_data["kg_in_mention"] = cached
    in_mention = cached[1]
    art = None
    while prev is not None and (prev.pos_ in ("DET", "ADJ") or prev.tag_ in ("ART", "ADJA", "PPOSAT")
                                or prev.i in in_mention):
        if prev.lower_ in OBLIQUE_ARTICLES:
            return False
        art = prev.lower_ if prev.tag_ == "ART" else art
        prev = doc[prev.i - 1] if prev.i > 0 else None
    if prev is not None and prev.tag_ == "NN" and art in ("der", "des"):
        return False   # "an der Seite der Ukraine": a genitive after a noun
    if prev is not None and prev.lower_ in ("und", "oder", "sowie") and prev.i > 0 and prev.i - 1 in in_mention:
        # "mit Duda und Nauseda": a conjunct is what the first one is
        first = next((m for m in ms if m.start <= prev.i - 1 < m.end), None)
        if first is not None and first.start < span.start:
            return _is_subjectish(doc, first)
    if prev is not None and prev.tag_ in ("VVFIN", "VAFIN", "VMFIN") and prev.i > span.sent.start:
        # "Baerbock traf Gantz": after the verb of a clause whose first field is a name or a
        # title, the name is the object (the first field holds the subject)
        first = doc[span.sent.start:prev.i]
        if all(t.i in in_mention or t.tag_ in ("ART", "ADJA", "NN") and t.lower_ not in OBLIQUE_ARTICLES
               for t in first) and any(t.i in in_mention for t in first):
            return False
    return prev is None or prev.pos_ not in ("ADP",) and prev.tag_ not in ("APPR", "APPRART")


OBLIQUE_ARTICLES = {"den", "dem", "des", "einen", "einem", "eines", "seinen", "seinem", "ihren", "ihrem"}


class Coref:
    def __init__(self, lang: str):
        from .mentions import Mentions, singular_demonyms
        self.lang = lang
        self.g = gazetteer()
        self._mentions = Mentions(lang)
        self.gender: dict[str, str] = {}
        self.nationals = singular_demonyms(lang)
        self._named: list[Span] = []   # per article: the names resolved by the mentions stage

    def __call__(self, doc: Doc) -> Doc:
        self.gender = {}  # per article: learnt from titles and resolved pronouns
        self._surfaces: dict[str, set] = {}   # person key -> title words borne ("regierungschef")
        spans = list(doc.spans.get("kg_mentions", []))
        new: list[Span] = []
        covered = {i for s in spans for i in range(s.start, s.end)}
        for t in doc:
            if t.i in covered:
                continue
            low = t.lower_
            kind = None
            if low in PRON.get(self.lang, {}) and (t.pos_ == "PRON" or self.lang == "en"):
                kind = "pronoun"
                if low == "es" and not self._referential_es(doc, t):
                    kind = None
            elif low == "it" and self._reported_it(doc, t):
                kind = "pronoun"
            elif low in ("unsere", "unserer", "unseren", "our") and t.i + 1 < len(doc) and \
                    doc[t.i + 1].lower_ in COUNTRY_WORDS:
                kind = "group"   # "die Anstrengungen unserer Länder", "our countries": both sides
            elif low in POSS.get(self.lang, ()) and t.pos_ in ("DET", "PRON"):
                kind = "poss"
            elif low in PLACE_ADV.get(self.lang, set()):
                kind = "place_adv"
            elif self._group_at(doc, t) or self._plural_group_noun(doc, t, covered):
                kind = "group"
            elif low in COURT_MEMBER_NOUNS and t.pos_ == "NOUN" and t.i > 0 and t.i + 1 < len(doc) and \
                    (self._definite_before(doc, t.i) or doc[t.i - 1].lower_ == "den") and \
                    not doc[t.i + 1].text[:1].isupper():
                kind = "court_ref"   # "warf den Richtern vor", "the judges": the court named last
            elif low in FIGHTER_NOUNS.get(self.lang, set()) and t.pos_ == "NOUN" and self._definite_before(doc, t.i) \
                    and not (t.i + 1 < len(doc) and doc[t.i + 1].lower_ in ("der", "des", "of", "von")):
                kind = "fighters_ref"   # "die Aufständischen", "the rebels" (not "die Kämpfer der HTS")
            elif (low in ORG_NOUNS.get(self.lang, set()) or self.lang == "de" and t.pos_ == "NOUN" and
                  t.lemma_.lower() in ORG_NOUNS["de"] & NAMED_ORG_NOUNS) and self._definite_before(doc, t.i) and not (
                    t.i + 1 < len(doc) and doc[t.i + 1].lower_ in ("of", "von") and not (
                        t.i + 2 < len(doc) and _charge_after_of(doc[t.i + 2]))) and \
                    t.i + 1 not in covered and not (t.i + 2 < len(doc) and doc[t.i + 1].text in QUOTE_MARKS and
                                                    t.i + 2 in covered):   # "the Group of Seven"; "die Miliz Fano",
                # "die Bewegung „Kreni-Promeni“" name it ("accused the group of helping" does not)
                kind = "org_ref"   # "the bloc", "the 15-member bloc", "die radikalislamische Miliz"
            elif t.text in self.nationals and t.i > 0 and doc[t.i - 1].lower_ in ("der", "die", "des", "dem", "den", "the") \
                    and t.pos_ in ("NOUN", "PROPN") and t.i - 1 not in covered and \
                    not (t.i + 1 < len(doc) and (t.i + 1 in covered or doc[t.i + 1].pos_ in ("NOUN", "PROPN"))):
                kind = "national_ref"   # "sagte die Slowenin", "the Briton": the person of that country just spoken of
            elif low in ALLY_NOUNS.get(self.lang, set()) and self._definite_before(doc, t.i) and \
                    t.i + 1 < len(doc) and (doc[t.i + 1].lower_ in ("von", "of", "des") or t.i + 1 in covered):
                kind = "ally_ref"   # "sagte der enge Verbündete von Kremlchef Putin": not Putin, who was just spoken of
            elif AGE_NOUN.match(t.text) and t.i > 0 and doc[t.i - 1].lower_ in ("der", "die", "des", "dem", "den", "the"):
                kind = "age_ref"   # "Der 62-Jährige", "the 62-year-old": the person just spoken of
            elif low in COUNTRY_NOUNS.get(self.lang, set()) and t.i > 0 and \
                    self._definite_np(doc, t.i, covered) and t.pos_ in ("NOUN", "PROPN"):
                kind = "country_ref"   # "drohte dem Land mit Zöllen", "the country"
            elif low in ("regierung", "government") and t.pos_ == "NOUN" and t.i > 0 and \
                    doc[t.i - 1].lower_ in ("the", "die", "der", "den", "dem") + POSS_GOV_DETS and \
                    t.i - 1 not in covered and t.i + 1 < len(doc) and t.i + 1 not in covered and \
                    (doc[t.i + 1].lower_ not in ("of", "von", "der", "des", "in", "im") or
                     t.i + 2 < len(doc) and doc[t.i + 1].lower_ == "of" and _charge_after_of(doc[t.i + 2])) and \
                    (not doc[t.i + 1].text[:1].isupper() or self.lang == "de" and doc[t.i + 1].tag_ == "NN") and \
                    not self._apposition(doc, t.i, covered):   # "warf der Regierung Wahlbetrug vor", not "Regierung Orbán"
                kind = "government_ref"   # "forderte von der Regierung", "accused the government"
            elif low in ARMY_NOUNS.get(self.lang, set()) and t.pos_ in ("NOUN", "PROPN") and t.i > 0 and \
                    doc[t.i - 1].lower_ in ("the", "die", "der", "den", "dem", "das", "des") and \
                    t.i - 1 not in covered and (t.i + 1 >= len(doc) or t.i + 1 not in covered and
                                                 doc[t.i + 1].pos_ not in ("NOUN", "PROPN") and
                                                 (doc[t.i + 1].lower_ not in ("of", "von", "der", "des") or
                                                  t.i + 2 < len(doc) and doc[t.i + 1].lower_ == "of" and
                                                  _charge_after_of(doc[t.i + 2]))):
                kind = "army_ref"   # "accused the military of …", "warf der Armee vor": the army in question
            elif low in CITY_NOUNS.get(self.lang, set()) and t.pos_ in ("NOUN", "PROPN") and \
                    self._definite_before(doc, t.i) and t.i + 1 < len(doc) and t.i + 1 not in covered and \
                    not doc[t.i + 1].text[:1].isupper() and doc[t.i + 1].lower_ != "of" and \
                    not self._apposition(doc, t.i, covered):
                kind = "city_ref"   # "wurde die Stadt beschossen", "the city": not "die Stadt Pokrowsk"
            if kind == "government_ref" and doc[t.i - 1].lower_ in POSS_GOV_DETS:
                # "seine Regierung" is one mention: the possessive is no actor of its own
                new = [x for x in new if x.start != t.i - 1]
                sp = Span(doc, t.i - 1, t.i + 1, label=kind)
                sp._.kg_kind = kind
                new.append(sp)
                continue
            if kind:
                end = t.i + 1
                # "beide Staaten" is one noun phrase
                heads = GROUP_HEADS.get(self.lang, set())
                if kind == "group" and end < len(doc) and (doc[end].lower_ in heads or
                                                           low in ("unsere", "unserer", "unseren", "our")):
                    end += 1
                    covered.add(t.i + 1)
                elif kind == "group" and end + 1 < len(doc) and doc[end].pos_ in ("ADJ", "VERB", "NOUN", "PROPN") \
                        and doc[end + 1].lower_ in heads:
                    # "both warring parties", "beide verfeindeten Konfliktparteien", "the two cabinet members"
                    end += 2
                    covered.update((t.i + 1, t.i + 2))
                sp = Span(doc, t.i, end, label=kind)
                sp._.kg_kind = kind
                new.append(sp)
        # "die beiden Minister": the title inside a group is no mention of its own
        grouped = {i for g in new if g._.kg_kind == "group" and len(g) > 1 for i in range(g.start, g.end)}
        spans = [s for s in spans if not (s._.kg_kind == "role" and set(range(s.start, s.end)) <= grouped)]
        allm = sorted(spans + new, key=lambda s: (s.start, s.end))
        self._named = [m for m in allm if m._.kg_kind == "name" and m._.kg_key]
        quotes = {}
        for c in doc._.kg_clauses or []:
            if c.quote and c.speaker is not None:
                for i in range(c.start, c.end):
                    quotes[i] = c.speaker
        history: list[tuple[Span, str, bool]] = []   # (mention, key, subjectish)
        polite: list[Span] = []
        title_of: dict[str, set] = {}                  # person key -> role keys borne
        for s in allm:
            kind = s._.kg_kind
            key = s._.kg_key
            if kind == "name" and key:
                history.append((s, key, _is_subjectish(doc, s)))
                if key not in self.gender:
                    g = self._name_gender(doc, key)
                    if g:
                        self.gender[key] = g   # "Janet Yellen" … "she"
                continue
            if kind in ("role", "compound") and s._.kg_keys:
                pk = s._.kg_keys[0]
                if s._.kg_role is not None:
                    title_of.setdefault(pk, set()).add(s._.kg_role.role)
                    self._surfaces.setdefault(pk, set()).add(self._title_word(s._.kg_role.surface))
                    g = self._role_gender(s._.kg_role)
                    if g and len(s._.kg_keys) == 1:
                        self.gender.setdefault(pk, g)
                continue
            if kind in ("role", "compound") and s._.kg_role is not None and s._.kg_role.relation != "" \
                    or (kind == "role" and s._.kg_role is not None and s._.kg_role.role != "counterpart"):
                if self._is_plural_role(doc, s):
                    pair = (self._big_list(history, s) if not any(
                        t.lower_ in _number_words(self.lang) for t in doc[max(0, s.start - 2):s.start]) else None) \
                        or self._pair(history, "Person", s)
                    if pair:
                        s._.kg_keys = pair
                        history.extend((s, k, _is_subjectish(doc, s)) for k in pair)
                    continue
                if self._mentions._predicative_role(doc, s):
                    continue  # "zum Kanzler gewählt", "appointed prime minister": a new role
                nxt = next((m for m in allm if m.start == s.end and m._.kg_kind == "name" and m._.kg_key), None)
                if nxt is not None and self._type(nxt._.kg_key) in ("Country", "Organization"):
                    continue  # "dem Nato-Mitglied Dänemark": the title is the state's, not a person's
                if s.start > 2 and doc[s.start - 1].lower_ in ("a", "an", "ein", "eine", "einer", "einem", "eines") \
                        and doc[s.start - 2].text == "," and any(
                            m.end == s.start - 2 and m._.kg_kind == "name" and m._.kg_key and
                            self._type(m._.kg_key) in ("Country", "Organization", "Group") for m in allm):
                    continue  # "Gabon, a member of OPEC,": the state's apposition, no person
                if self._plural_form(doc, s):
                    big = self._big_list(history, s) if self._definite_before(doc, s.start) else None
                    if big:
                        # "Biden, Kishida and Yoon met … the leaders condemned": the three
                        s._.kg_keys = big
                        history.extend((s, k, _is_subjectish(doc, s)) for k in big)
                    continue  # "mehrere Regierungschefs", "leaders": not one person
                pk = self._resolve_role(doc, s, history, title_of)
                if pk:
                    s._.kg_keys = [pk]
                    history.append((s, pk, _is_subjectish(doc, s)))
                    g = self._role_gender(s._.kg_role)
                    if g:
                        self.gender.setdefault(pk, g)
                continue
            if kind in ("pronoun", "poss"):
                low = s.text.lower()
                if self.lang == "de" and s.text[:1] in "SI" and s.text.lower() in (
                        "sie", "ihre", "ihrer", "ihres", "ihrem", "ihren", "ihnen") and quotes.get(s.start) \
                        and s.start > 0 and doc[s.start - 1].text not in ('"', "„", "“", "»", "«"):
                    # polite "Sie"/"Ihre" inside a quote: the person spoken to (resolved once the
                    # speaker's pronoun is known)
                    polite.append(s)
                    continue
                if low in ("dessen", "deren"):
                    prev = [(m, k) for m, k, _ in history if m.end <= s.start and m.sent.start == s.sent.start]
                    if prev:
                        s._.kg_key = prev[-1][1]
                    continue
                threatened = self._threatened(doc, s, history) if low in ("es", "it") else None
                if threatened:
                    # "Die EU droht Russland mit Kosten, sollte es eindringen": the threatened side
                    s._.kg_key = threatened
                    continue
                spoken = self._speaking_body(doc, s, history) if low in ("es", "sie") and kind == "pronoun" else None
                if spoken:
                    # "Die Armee erklärte, sie habe …", "Israel teilte mit, es werde …": the body speaking
                    s._.kg_key = spoken
                    history.append((s, spoken, True))
                    continue
                if low in ("es", "its", "it"):   # "its war against Ukraine": a state or a body, never a person
                    pk = self._recent(doc, history, s, None, kinds={"Country", "Organization", "Group"} | (
                        {"City"} if low == "its" else set()))   # "Pyongyang … its": the capital's state
                    if pk:
                        s._.kg_key = pk
                    continue
                if low in ("sie", "they", "them") and any(
                        t.lower_ in LIST_CUES for t in doc[s.end:s.end + 8]):
                    continue   # "begrüßte sie auf dem Rollfeld, darunter X und Y": the people named next
                want_plural = low in ("they", "them", "their", "ihnen") or (
                    low == "sie" and self._plural_verb(doc, s))
                if want_plural and low == "they" and self._reported_it(doc, s[0]):
                    # "The Houthis said they would hit back": a body speaking of itself; "Macron
                    # and Biden said they would meet Putin": the speakers named together
                    head = next(ch for ch in s[0].head.head.children if ch.dep_ == "nsubj")
                    speakers = [head] + [t for t in head.subtree if t.dep_ == "conj"]
                    keys = list(dict.fromkeys(k for t in speakers for m, k, _ in history
                                              if m.start <= t.i < m.end))
                    if len(keys) == 1 and self._type(keys[0]) != "Person":
                        s._.kg_key = keys[0]
                    elif len(keys) >= 2 and len(speakers) == len(keys):
                        s._.kg_keys = keys
                    if s._.kg_key or s._.kg_keys:
                        history.extend((s, k, _is_subjectish(doc, s)) for k in keys)
                        continue
                if want_plural and kind == "poss" and doc._.kg_has_parse and self._own_plural_subject(doc, s, history):
                    continue   # "US commanders will hold calls with their Chinese counterparts": the commanders'
                if want_plural and self._plural_common_subject_before(doc, s, history):
                    continue   # "… bekennen sich die Unterzeichner zu … Sie verlangen …"
                crowd = self._crowd_before(doc, s, history) if want_plural and kind == "pronoun" else None
                if crowd:
                    # "The protesters gathered outside the palace. They demanded …": the crowd
                    s._.kg_key = crowd
                    history.append((s, crowd, _is_subjectish(doc, s)))
                    continue
                troops = self._troops_before(doc, s) if want_plural and kind == "pronoun" else None
                if troops:
                    # "Als KFOR-Soldaten das Gebäude abriegelten, griffen Demonstranten sie an":
                    # the troops just named, so the body they serve
                    s._.kg_key = troops
                    history.append((s, troops, _is_subjectish(doc, s)))
                    continue
                if want_plural:
                    pair = self._big_list(history, s, people=False) or self._pair(history, "Person", s)
                    if pair:
                        s._.kg_keys = pair
                        history.extend((s, k, _is_subjectish(doc, s)) for k in pair)
                    continue
                own_state = self._subject_state(doc, s, history) if kind == "poss" else None
                if kind == "poss" and not own_state:
                    # "Sein Präsident Josef Schuster", "its leader": the body the title's standing
                    # relation names (the mentions stage found it)
                    own_state = next((org for _, rel, org, sp, *_ in doc._.kg_standing or []
                                      if sp.start == s.end and rel == "leaderOf"), None)
                if own_state:
                    s._.kg_key = own_state
                    history.append((s, own_state, False))
                    continue
                ahead = self._cataphor(doc, s, spans) if kind == "pronoun" else None
                if ahead:
                    s._.kg_key = ahead
                    history.append((s, ahead, True))
                    continue
                want = PRONOUN_GENDER.get(low)
                spk = self._reporting_speaker(doc, s, history, want) if kind == "pronoun" else None
                if spk:
                    # "Zelenskiy said they had talked and that he would meet Vance": the speaker
                    s._.kg_key = spk
                    history.append((s, spk, True))
                    continue
                # "Auch mit Kurti sprach er": a personal pronoun is not a name of its own clause
                pk = self._recent(doc, history, s, "Person", gender=want, outside=kind == "pronoun")
                if pk:
                    s._.kg_key = pk
                    history.append((s, pk, _is_subjectish(doc, s)))
                    if want:
                        self.gender.setdefault(pk, want)
                continue
            if kind == "national_ref":
                country, sex = self.nationals[s.text]
                pk = self._national(doc, history, s, country, sex)
                if pk:
                    s._.kg_key = pk
                    history.append((s, pk, _is_subjectish(doc, s)))
                continue
            if kind in ("age_ref", "ally_ref"):
                art = doc[s.start - 1].lower_
                want = {"der": "m", "die": "f"}.get(art) if self.lang == "de" else None
                owner = {m._.kg_key for m in spans if m.start in (s.end, s.end + 1, s.end + 2) and m._.kg_key}
                pk = self._recent(doc, [h for h in history if h[1] not in owner], s, "Person", gender=want)
                if pk:
                    s._.kg_key = pk
                    history.append((s, pk, _is_subjectish(doc, s)))
                continue
            if kind == "group":
                nxt = doc[s.end] if s.end < len(doc) else None
                words = {t.lower_ for t in s} | {nxt.lower_ if nxt is not None else ""}
                typ = "Body" if words & BODY_GROUP_WORDS else \
                    "Actor" if words & PARTY_WORDS else "Country" if words & COUNTRY_WORDS else "Person"
                n = max([_number_words(self.lang).get(t.lower_, 0) for t in s] +
                        [int(t.text) for t in s if t.text.isascii() and t.text.isdigit() and len(t.text) < 3])
                if n >= 3:
                    # "die vier Gäste": the last list of that many named together
                    group = self._named_list(history, "Country" if typ == "Country" else "Person", s, n)
                    if group:
                        s._.kg_keys = group
                        history.extend((s, k, _is_subjectish(doc, s)) for k in group)
                    continue
                pair = self._belligerents(history, s) if words & WAR_PARTY_WORDS else None
                if pair is None and n == 0 and typ == "Person":
                    pair = self._big_list(history, s)   # "the leaders" after three named together
                if pair is None and typ == "Person":
                    # "Beide Regierungschefs", "both foreign ministers": of the people named, those
                    # who hold that office
                    holders = self._role_holders(doc, s, history)
                    pair = self._pair(holders, typ, s) if holders else None
                pair = pair or self._pair(history, typ, s)
                if typ == "Country":
                    # "unsere Länder" after "Biden und Macron": the two leaders' states — also when
                    # the leaders were named after the last two states ("Scholz traf Li.
                    # Anschließend unterzeichneten beide Regierungen …")
                    people = self._pair(history, "Person", s) or []
                    homes = sorted({self.g.entries[k].country for k in people
                                    if k in self.g.entries and self.g.entries[k].country})
                    own_c = next((c for c in reversed(doc._.kg_clauses or []) if c.contains(s.start)), None)
                    sides = {self._side(k) for m, k, _ in history if own_c is not None and own_c.contains(m.start)
                             and m.start < s.start}   # ("Die Bundesregierung … mit beiden Ländern": not Germany)
                    if len(homes) == 2 and not set(homes) & sides and (
                            not pair or self._named_at(history, people, s) > self._named_at(history, pair, s)):
                        pair = homes
                if pair:
                    # "both sides" after "the Pakistani army … the Taliban": the army's state is the side
                    # (not in a civil war: "both sides" after the Sudanese army and the RSF)
                    homes = [self.g.entries[k].country if k in self.g.entries else None for k in pair]
                    pair = list(dict.fromkeys(
                        (self._mentions.army_state(k) or k) if homes.count(homes[i]) == 1 and homes[i] not in pair else k
                        for i, k in enumerate(pair)))
                    s._.kg_keys = pair
                    # the pair just named is the one a later "sie"/"they" means
                    history.extend((s, k, _is_subjectish(doc, s)) for k in pair)
                continue
            if kind == "government_ref":
                # a bare "the government" a politician speaks of is their own country's
                person = next((k for m, k, subj in reversed(history) if subj and m.start < s.start and
                               m.sent.start == s.sent.start and self._type(k) == "Person"), None)
                if doc[s.start].lower_ in POSS_GOV_DETS:
                    # "seine Regierung", "his government": of the person last spoken of, in this
                    # sentence or the one before
                    prev = [x for x in doc.sents if x.end <= s.sent.start]
                    since = prev[-1].start if prev else s.sent.start
                    person = next((k for m, k, subj in reversed(history) if m.start < s.start and
                                   m.start >= since and self._type(k) == "Person"), None)
                country = self._home_country(doc, person) if person else None
                if country is None and doc[s.start].lower_ not in POSS_GOV_DETS:
                    # "Die Opposition warf der Regierung vor": the government of the country the
                    # article is about
                    country = doc._.kg_topic
                gov = self._mentions._government(country) if country else None
                if gov:
                    if gov in self._mentions.minted:
                        doc._.kg_entities = doc._.kg_entities or {}
                        doc._.kg_entities.setdefault(gov, self._mentions.minted[gov])
                    s._.kg_key = gov
                    history.append((s, gov, _is_subjectish(doc, s)))
                continue
            if kind == "army_ref":
                pk = self._army_meant(doc, s, history)
                if pk:
                    s._.kg_key = pk   # (not added to the history: a bare "the army" introduces no one)
                continue
            if kind in ("country_ref", "city_ref"):
                # "Russland hatte das Land angegriffen": a definite noun is not the name beside it
                pk = self._recent(doc, history, s, None, kinds={"Country" if kind == "country_ref" else "City"},
                                  outside=True)
                if pk:
                    s._.kg_key = pk
                    history.append((s, pk, _is_subjectish(doc, s)))
                continue
            if kind == "court_ref":
                courts = [(m, k, subj) for m, k, subj in history if m.start < s.start and self._type(k) == "Organization"
                          and any(w in fold(n) for n in self._names(k) for w in ("gericht", "court", "tribunal"))]
                pk = self._recent(doc, courts, s, None, kinds={"Organization"})
                if pk:
                    s._.kg_key = pk
                    history.append((s, pk, _is_subjectish(doc, s)))
                continue
            if kind in ("org_ref", "fighters_ref"):
                # "die Kommission" after "die EU-Kommission": a body whose name has the noun first
                noun = fold(s.text)
                if self.lang == "de" and noun not in ORG_NOUNS["de"]:
                    noun = fold(doc[s.end - 1].lemma_)   # "des Gerichts"
                named = [(m, k, subj) for m, k, subj in history if m.start < s.start and
                         any(noun in fold(n).split() or fold(n).endswith(noun) for n in self._names(k))]
                if not named and noun in NAMED_ORG_NOUNS:
                    continue   # "the ministry" with no ministry named: not the last body of any kind
                pool = named or history
                # "zwischen der EU und dem südamerikanischen Staatenbund": not the body it is joined to
                j = s.start - 1
                while j > 0 and doc[j].pos_ in ("DET", "ADJ"):
                    j -= 1
                if j > 0 and doc[j].lower_ in ("und", "and", "sowie", "oder", "or"):
                    joined = {k for m, k, _ in history if m.end == j}
                    pool = [x for x in pool if x[1] not in joined]
                if noun in NONSTATE_ORG_NOUNS:
                    # ("hitting the Iran-backed group" after the army spoke: a group is no state's organ)
                    pool = [x for x in pool if not self._state_organ(x[1])]
                # (a direct object is not its own clause's subject: "the Security Council condemned
                # the group"; an agent may be, "a show of support by the bloc")
                pk = self._recent(doc, pool, s, None,
                                  kinds={"Group"} if kind == "fighters_ref" else {"Organization", "Group"},
                                  outside=doc._.kg_has_parse and s.root.dep_ == "dobj")
                if pk is None and kind == "org_ref":
                    # "… und dem südamerikanischen Staatenbund" sentences after "Mercosur": the
                    # last body of no one state named, however far back
                    pk = next((k for m, k, _ in reversed(pool) if m.start < s.start and k in self.g.entries and
                               self.g.entries[k].type == "Organization" and not self.g.entries[k].country), None)
                if pk:
                    s._.kg_key = pk
                    history.append((s, pk, _is_subjectish(doc, s)))
                continue
            if kind == "place_adv":
                pk = self._recent(doc, history, s, None, places=True)
                if pk:
                    s._.kg_key = pk
        # "since Russia invaded his country", "sein Land": the country of the person meant
        for s in list(allm):
            if s._.kg_kind != "poss" or not s._.kg_key or self._type(s._.kg_key) != "Person" or \
                    s.end >= len(doc) or doc[s.end].lower_ not in COUNTRY_NOUNS.get(self.lang, set()):
                continue
            home = self._home_country(doc, s._.kg_key)
            if home:
                sp = Span(doc, s.start, s.end + 1, label="country_ref")
                sp._.kg_kind, sp._.kg_key = "country_ref", home
                allm.remove(s)
                new.append(sp)
        for s in polite:
            pk = self._addressee(doc, s, allm, quotes[s.start])
            if pk:
                s._.kg_key = pk
        # first person inside a quote → its speaker
        for c in doc._.kg_clauses or []:
            if not c.quote or c.speaker is None:
                continue
            spk = self._speaker_key(doc, c.speaker, allm)
            if spk is None:
                continue
            for t in c.toks(doc):
                # "ich"/"I" — and "wir"/"we", the side the speaker speaks for
                if t.lower_ in ("ich", "i", "wir", "we") and not any(m.start == t.i for m in new):
                    sp = Span(doc, t.i, t.i + 1, label="pronoun")
                    sp._.kg_kind, sp._.kg_key = "pronoun", spk
                    new.append(sp)
        group = [m for m in allm if m._.kg_key or m._.kg_keys or m._.kg_kind in ("role", "compound", "adj", "modifier")]
        for sp in new:
            if sp not in group and (sp._.kg_key or sp._.kg_keys):
                group.append(sp)
        doc.spans["kg_mentions"] = sorted(group, key=lambda s: (s.start, s.end))
        self._role_standing(doc)
        return doc

    # ---------------------------------------------------------------- helpers
    def _role_holders(self, doc: Doc, s: Span, history) -> Optional[list]:
        """The history narrowed to the people who hold the office the group's noun names, when
        it names one of leadership and at least two such people were named."""
        r = next((self._mentions.role(t.text) for t in s if t.pos_ == "NOUN" and self._mentions.role(t.text)), None)
        if r is None or r.relation != "leaderOf" or not (
                r.role in ("head_of_state", "head_of_government") or r.role.endswith("_minister")):
            return None   # (an office of a state: "leaders" may be anyone's)
        titled = {p for p, rel, org, sp, *_ in doc._.kg_standing or []
                  if sp._.kg_role is not None and sp._.kg_role.role == r.role}
        keep = [h for h in history if h[1] in titled or self._type(h[1]) == "Person" and any(
            o.role == r.role for o in self.g.offices_of(h[1], doc._.kg_date))]
        return keep if len({h[1] for h in keep}) >= 2 else None

    def _army_meant(self, doc: Doc, s: Span, history) -> Optional[str]:
        """A bare "the army", "das Militär": the armed forces of a person named before it in the
        sentence, else the armed forces named last (in this or the three sentences before), else
        those of the country the article is about, when the gazetteer knows them."""
        # "Defence Minister Israel Katz ordered the military to respond": the speaker's own; but
        # a foreign official who "urged the military to preserve civilian rule" means the army of
        # the country the article is about
        person = next((key for m, key, _ in reversed(history) if m.start < s.start and
                       m.sent.start == s.sent.start and self._type(key) == "Person"), None)
        home = self._home_country(doc, person) if person else None
        topic = doc._.kg_topic
        commanded = s.root.head.lemma_.lower() in COMMAND_VERBS.get(self.lang, set())
        if home and self._mentions._known_army(home) and (commanded or not topic or home == topic):
            return self._mentions._known_army(home)
        starts = _sent_starts(doc)
        k = max([j for j, st in enumerate(starts) if st <= s.start] or [0])
        since = starts[max(0, k - 3)] if starts else 0
        for m, key, _ in reversed(history):
            if m.start >= s.start or m.start < since:
                continue
            if self._mentions.army_state(key):
                return key
        return self._mentions._known_army(topic) if topic else None

    def _type(self, key: str) -> str:
        e = self.g.entries.get(key)
        if e is not None:
            return e.type
        return key.split(":")[0].capitalize()

    def _counted_group(self, doc: Doc, t) -> bool:
        """"die vier Gäste", "the three leaders": a number of three or more before a group noun,
        after a definite article."""
        n = _number_words(self.lang).get(t.lower_) or (
            int(t.text) if t.text.isascii() and t.text.isdigit() and len(t.text) < 3 else 0)
        if n < 3 or t.i == 0 or doc[t.i - 1].lower_ not in ("die", "den", "der", "the", "these", "diese", "all", "alle"):
            return False
        k = t.i + 1
        if k < len(doc) and doc[k].pos_ == "ADJ":
            k += 1
        if k < len(doc) and doc[k].lower_ in GROUP_HEADS.get(self.lang, set()):
            return True
        # "Die drei waren angereist", "alle vier unterstützten": the number as a noun phrase
        return k == t.i + 1 and (t.i < 2 or doc[t.i - 2].lower_ not in ("of", "von")) and (
            k >= len(doc) or doc[k].pos_ in ("VERB", "AUX", "ADV") or
            self.lang == "de" and doc[k].pos_ in ("ADP", "PUNCT"))

    def _group_at(self, doc: Doc, t) -> bool:
        low = t.lower_
        if self._counted_group(doc, t):
            return True
        if self.lang == "de":
            if low not in ("beide", "beiden", "beider"):
                return False
            nxt = doc[t.i + 1] if t.i + 1 < len(doc) else None
            if nxt is not None and nxt.lower_ in GROUP_HEADS["de"]:
                return True
            prev = doc[t.i - 1] if t.i > 0 else None
            if t.is_sent_start and low == "beide" and nxt is not None and nxt.pos_ in ("VERB", "AUX"):
                return True  # "Beide sprachen über …"
            # "die beiden" as a noun phrase of its own
            return prev is not None and prev.lower_ in ("die", "der", "den") and (
                nxt is None or nxt.pos_ not in ("NOUN", "ADJ"))
        if low in ("both", "two") and t.i + 1 < len(doc):
            # "both leaders", "both warring parties", "the two cabinet members"
            mid = ("ADJ", "VERB", "NOUN", "PROPN") if low == "two" and t.i > 0 and doc[t.i - 1].lower_ == "the" \
                else ("ADJ", "VERB")
            nxt = doc[t.i + 2] if doc[t.i + 1].pos_ in mid and t.i + 2 < len(doc) and \
                doc[t.i + 1].lower_ not in GROUP_HEADS["en"] else doc[t.i + 1]
            return nxt.lower_ in GROUP_HEADS["en"]
        return low == "pair" and t.i > 0 and doc[t.i - 1].lower_ == "the"

    def _reported_it(self, doc: Doc, t) -> bool:
        """"Ivory Coast said it would provide troops": "it", subject of what a state or body
        said, is that state or body (resolved like "es")."""
        if not doc._.kg_has_parse or t.dep_ != "nsubj" or t.head.dep_ != "ccomp":
            return False
        speech = t.head.head
        return speech.lemma_.lower() in SPEECH_VERBS and any(
            ch.dep_ == "nsubj" and ch.pos_ == "PROPN" for ch in speech.children)

    def _referential_es(self, doc: Doc, t) -> bool:
        """"es" that stands for a country or body: the subject of a verb-first clause
        ("sollte es eindringen") or right after a finite verb; not "es gibt", "wie es hieß"."""
        if t.i == 0:
            return False
        prev = doc[t.i - 1]
        nxt = doc[t.i + 1] if t.i + 1 < len(doc) else None
        if nxt is not None and nxt.lemma_.lower() in ("geben", "handeln", "heißen", "gehen"):
            return False
        if prev.lemma_.lower() in ("geben", "handeln", "heißen", "gehen", "wie", "so"):
            return False
        if (prev.text == "," or prev.lower_ == "dass") and nxt is not None and \
                self._speaker_before(doc, t.i) is not None:
            return True   # "Israel erklärte, es habe die Hamas angegriffen": the speaking state
        if prev.tag_ not in ("VMFIN", "VAFIN", "VVFIN"):
            return False
        # "sollte es eindringen", "…, will es": verb-first; after a noun phrase ("Orbán lehnte es
        # ab") the subject stands before the verb and "es" is an object
        before = doc[prev.i - 1] if prev.i > 0 else None
        return before is None or prev.is_sent_start or before.is_punct or \
            before.pos_ in ("ADV", "CCONJ", "SCONJ") or before.tag_ in ("PROAV", "KON", "ADV")

    def _plural_group_noun(self, doc: Doc, t, covered) -> bool:
        """"der Staatsführer" after an event noun, "beide Staatsmänner": a plural group noun."""
        if self.lang != "de" or t.lower_ not in GROUP_HEADS["de"] or t.i in covered or t.i == 0:
            return False
        prev = doc[t.i - 1]
        nxt = doc[t.i + 1] if t.i + 1 < len(doc) else None
        if nxt is not None and nxt.pos_ == "PROPN":
            return False  # a title before a name
        return prev.lower_ in ("beide", "beiden", "beider") or (
            prev.lower_ == "der" and t.i > 1 and doc[t.i - 2].pos_ == "NOUN")

    def _addressee(self, doc: Doc, s: Span, allm: list[Span], speech_i: int) -> Optional[str]:
        """The person a quote is addressed to: a dative/"bei" person of the speech clause or of
        the sentence introducing the quote, other than the speaker."""
        speaker = self._speaker_key(doc, speech_i, allm)
        sent_ids = {doc[speech_i].sent.start, s.sent.start}
        for m in allm:
            k = m._.kg_key
            if k and k != speaker and m.sent.start in sent_ids and self._type(k) == "Person" and \
                    m.start < s.start:
                return k
        return None

    def _is_plural_role(self, doc: Doc, s: Span) -> bool:
        prev = doc[s.start - 1] if s.start > 0 else None
        if prev is not None and prev.lower_ in ("beide", "beiden", "both", "the two"):
            return True
        w = s.text.lower()
        return w.endswith(("staatsführer",)) and prev is not None and prev.lower_ in ("der", "die")

    def _cataphor(self, doc: Doc, s: Span, spans) -> Optional[str]:
        """"Before he was led away, Zúñiga told reporters …", "Bevor er abgeführt wurde, sagte
        Zúñiga …": a subject pronoun in a clause that opens the sentence is the person named as
        the subject of the main clause right after it."""
        if s.text.lower() not in ("he", "she", "er", "sie") or s.start > s.sent.start + 2:
            return None
        clauses = doc._.kg_clauses or []
        own = next((c for c in clauses if c.contains(s.start)), None)
        if own is None or own.kind != "sub" or own.start != s.sent.start:
            return None
        main = next((c for c in clauses if c.kind == "main" and own.end <= c.start <= own.end + 1), None)
        if main is None:
            return None
        k = main.start + (1 if doc[main.start].text == "," else 0)
        if self.lang == "de" and doc[k].pos_ in ("VERB", "AUX"):
            k += 1   # "…, sagte Zúñiga"
        # (over a title or rank: "…, General Juan José Zúñiga told")
        named = next((m for m in sorted(spans, key=lambda m: m.start) if k <= m.start <= k + 3 and
                      m._.kg_kind == "name" and m._.kg_key and self._type(m._.kg_key) == "Person" and
                      all(t.text[:1].isupper() and t.pos_ not in ("VERB", "AUX") for t in doc[k:m.start])), None)
        want = PRONOUN_GENDER.get(s.text.lower())
        if named is None or (want and self.gender.get(named._.kg_key, want) != want):
            return None
        return named._.kg_key

    def _subject_state(self, doc: Doc, s: Span, history) -> Optional[str]:
        """German "sein-" with a country (of neuter name, no article) as the subject of its own
        clause and no person acting there is that country's: "Unterstützung erhielt Litauen auch
        von seinen Nachbarn"."""
        if self.lang != "de" or not s.text.lower().startswith("sein"):
            return None
        own = next((c for c in reversed(doc._.kg_clauses or []) if c.contains(s.start)), None)
        if own is None:
            return None
        before = [(m, k, subj) for m, k, subj in history if own.contains(m.start) and m.end <= s.start and subj]
        if any(self._type(k) == "Person" for _, k, _ in before):
            return None
        starts = _sent_starts(doc)
        here = starts.index(s.sent.start) if s.sent.start in starts else 0
        near = set(starts[max(0, here - 1):here + 1])
        if any(m.sent.start in near and m.start < s.start and self._type(k) == "Person" and self.gender.get(k) != "f"
               for m, k, _ in history):
            return None   # ("Selenskyj reiste … seit Russland sein Land überfallen hat": his)
        states = [k for m, k, _ in before if self._type(k) == "Country" and m._.kg_kind == "name" and
                  not (m.start > 0 and doc[m.start - 1].lower_ in ("die", "der"))]
        return states[-1] if states else None

    def _definite_before(self, doc: Doc, i: int) -> bool:
        """A definite article before the noun at ``i``, over adjectives, numbers and hyphenated
        modifiers ("the 15-member bloc", "the Iran-backed group")."""
        k = i - 1
        while k >= 0 and i - k <= 5 and (doc[k].pos_ in ("ADJ", "NUM") or doc[k].text == "-" or
                                         doc[k].tag_ in ("ADJA", "CARD", "JJ", "CD", "HYPH") or
                                         doc[k].pos_ in ("NOUN", "PROPN", "VERB") and
                                         "-" in (doc[k + 1].text, doc[k - 1].text if k else "")):
            k -= 1
        return k >= 0 and doc[k].lower_ in ("the", "das", "die", "der", "dem", "des")

    def _plural_form(self, doc: Doc, s: Span) -> bool:
        """A role noun in the plural ("Regierungschefs", "die Präsidenten", "leaders")."""
        if self.lang == "en":
            return s[-1].tag_ in ("NNS", "NNPS")
        r = s._.kg_role
        text, surface = s[-1].text, (r.surface if r is not None else "")
        if r is None or text.lower().endswith("-" + surface.lower()):
            return False   # (a compound keeps the role's own form: "die Grünen-Politikerin")
        prev = doc[s.start - 1].lower_ if s.start > 0 else ""
        k = s.start - 1
        while k >= 0 and doc[k].tag_ == "ADJA":
            k -= 1
        det = doc[k].lower_ if k >= 0 else ""
        if text == surface:
            # "die Außenminister": a masculine title after "die" is a plural (its singular is
            # "der"; the feminine title has a form of its own)
            return det in ("die", "mehrere", "viele", "einige", "zahlreiche", "alle", "beide", "beiden") \
                and not surface.lower().endswith("in")
        if det in ("des", "eines", "seines", "ihres", "dem", "einem", "den", "einen"):
            return False  # "des Regierungschefs", "dem Präsidenten": singular
        return det in ("die", "mehrere", "viele", "einige", "zahlreiche", "alle", "andere") or (
            text.endswith("s") and not surface.endswith("s") and prev not in ("des", "eines"))

    def _name_gender(self, doc: Doc, key: str) -> Optional[str]:
        """The gender a person's given name says (data/lexicon/given_names.tsv), if it says one."""
        if self._type(key) != "Person":
            return None
        e = self.g.entries.get(key)
        label = e.label if e is not None else getattr((doc._.kg_entities or {}).get(key), "label", "")
        words = label.split()
        if len(words) < 2:
            return None
        # ("Xi Jinping": the family name first, the given name second)
        g = given_names().get(words[1] if e is not None and e.country in FAMILY_NAME_FIRST else words[0])
        return g if g in ("f", "m") else None

    def _reporting_speaker(self, doc: Doc, s: Span, history, want: Optional[str]) -> Optional[str]:
        """"X said that he …", "X said they had talked and that he …": a singular pronoun subject of
        what a named person reports is that person (with a parse; when the gender fits)."""
        t = s[0]
        if not doc._.kg_has_parse or t.dep_ not in ("nsubj", "nsubjpass") or t.lower_ not in ("he", "she"):
            return None
        v = t.head
        while v.dep_ == "conj" and any(ch.dep_ == "mark" and ch.lower_ == "that" for ch in v.children):
            v = v.head
        if v.dep_ != "ccomp" or v.head.lemma_.lower() not in SPEECH_VERBS:
            return None
        subj = [ch for ch in v.head.children if ch.dep_ == "nsubj"]
        if not subj or any(ch.dep_ == "conj" for ch in subj[0].children):
            return None
        who = subj[0]
        if who.lower_ in ("who", "which") and v.head.dep_ == "relcl":
            who = v.head.head   # "Ramos-Horta, who said that he would travel": the one the clause is on
        key = next((k for m, k, _ in history if m.start <= who.i < m.end), None)
        if key is None or self._type(key) != "Person":
            return None
        g = self.gender.get(key) or self._name_gender(doc, key)
        return key if want is None or g in (None, want) else None

    @staticmethod
    def _speaker_before(doc: Doc, i: int) -> Optional[int]:
        """German, for a pronoun at ``i`` opening reported speech (", es habe …", ", dass sie …"):
        the token of the speech verb just before the comma, if there is one."""
        k = i - 1
        if doc[k].lower_ == "dass":
            k -= 1
        if k < 1 or doc[k].text != ",":
            return None
        j = k - 1
        while j > doc[i].sent.start and k - j <= 6 and doc[j].lemma_.lower() not in SPEECH_VERBS:
            if doc[j].is_punct or doc[j].tag_.startswith("V"):
                return None
            j -= 1   # "erklärte die israelische Armee, …"
        return j if doc[j].lemma_.lower() in SPEECH_VERBS and doc[j].tag_ in ("VVFIN", "VAFIN") else None

    def _speaking_body(self, doc: Doc, s: Span, history) -> Optional[str]:
        """"Die Armee erklärte, sie habe …", "Israel erklärte, es habe …", "teilte die Regierung
        mit, sie werde …": a body (or a woman, for "sie") that just spoke is who "es"/"sie" opening
        the reported clause means, when the article before the body fits the pronoun."""
        if self.lang != "de":
            return None
        v = self._speaker_before(doc, s.start)
        if v is None:
            return None
        comma = s.start - 1 if doc[s.start - 1].text == "," else s.start - 2
        cands = [(m, k) for m, k, _ in history if m.sent.start == s.sent.start and (
            m.end == v or m.start > v and m.end == comma)]
        if len(cands) != 1:
            return None
        m, key = cands[0]
        art = doc[m.start - 1].lower_ if m.start > 0 else ""
        person = self._type(key) == "Person"
        if s.text.lower() == "es":
            return key if not person and art not in ("die", "der") else None
        if person:
            return key if self.gender.get(key) == "f" or art == "die" else None
        return key if art == "die" else None

    def _own_plural_subject(self, doc: Doc, s: Span, history) -> bool:
        """"their" after a plural common noun that is the subject of its own clause refers to it."""
        covered = {i for m, _, _ in history for i in range(m.start, m.end)}
        h = s[0]
        while h.dep_ not in ("ROOT", "ccomp", "advcl", "relcl", "conj", "xcomp") and h.head.i != h.i:
            h = h.head
        # (with a state's name or adjective on it: "the leaders" alone may be the ones just named)
        return any(ch.dep_ in ("nsubj", "nsubjpass") and ch.tag_ == "NNS" and ch.i < s.start and
                   ch.i not in covered and any(g.dep_ in ("compound", "amod") and g.i in covered for g in ch.children)
                   for ch in h.children)

    @staticmethod
    def _crowd_before(doc: Doc, s: Span, history) -> Optional[str]:
        """A plural pronoun opening its sentence right after one whose subject is a crowd of
        protesters (a group the mentions stage names) stands for that crowd."""
        prev = _sentence_before_opening(doc, s)
        if prev is None:
            return None
        subjects = [key for m, key, subj in history if subj and prev.start <= m.start < prev.end]
        return subjects[0] if subjects and subjects[0].startswith(PROTESTERS) else None

    def _troops_before(self, doc: Doc, s: Span) -> Optional[str]:
        """German: the body of troops named on their noun earlier in the pronoun's sentence
        ("KFOR-Soldaten", "Nato-Truppen"), when they are the last mention before the pronoun's
        own clause."""
        if self.lang != "de":
            return None
        own = next((c for c in reversed(doc._.kg_clauses or []) if c.contains(s.start)), None)
        for m in reversed(doc.spans.get("kg_mentions", [])):
            if m.sent.start != s.sent.start or m.start >= s.start or own is not None and own.contains(m.start):
                continue   # (not those named in the pronoun's own clause: its subject)
            head = m.text.rsplit("-", 1)[-1].lower()
            return m._.kg_key if m._.kg_kind == "modifier" and m._.kg_key and "-" in m.text and any(
                head in (w, w + "n", w + "en", w + "e") for w in FORCE_WORDS) else None
        return None

    def _plural_common_subject_before(self, doc: Doc, s: Span, history) -> bool:
        """A plural pronoun opening a sentence right after one whose subject is a plural common
        noun ("die Unterzeichner", "the protesters") stands for that noun, not for people
        named further back."""
        prev = _sentence_before_opening(doc, s)
        if prev is None:
            return False
        if any(prev.start <= m.start < prev.end and subj for m, _, subj in history):
            return False   # an entity was the subject there
        if doc._.kg_has_parse:
            return any(t.dep_ in ("nsubj", "sb") and t.tag_ in ("NNS", "NN") and t.head.dep_ == "ROOT" and
                       (t.tag_ == "NNS" or t.morph.get("Number") == ["Plur"]) for t in prev)
        main = next((c for c in doc._.kg_clauses or [] if c.kind == "main" and prev.start <= c.start < prev.end
                     and c.finite is not None), None)
        if main is None:
            return False
        v = doc[main.finite].lower_
        plural = v.endswith("en") or v in ("sind", "waren")
        # the plural subject: a definite article and a noun no mention covers
        covered = {i for m, _, _ in history for i in range(m.start, m.end)}
        noun = any(t.tag_ == "NN" and t.i not in covered and t.i > prev.start and
                   doc[t.i - 1].lower_ == "die" and main.contains(t.i) for t in prev)
        return plural and noun

    def _plural_verb(self, doc: Doc, s: Span) -> bool:
        for c in doc._.kg_clauses or []:
            if c.start <= s.start < c.end and c.finite is not None:
                v = doc[c.finite].lower_
                return v.endswith("en") or v in ("sind", "hätten", "wären", "haben", "werden")
        return False

    def _role_gender(self, role) -> Optional[str]:
        """German role nouns come in pairs: "Präsidentin" is a woman, "Präsident" (when the
        feminine form exists) a man."""
        if self.lang != "de" or role is None:
            return None
        f = role.surface.lower()
        if f.endswith("in") and (self.lang, fold(role.surface[:-2])) in self.g.roles:
            return "f"
        if (self.lang, fold(role.surface + "in")) in self.g.roles:
            return "m"
        return None

    @staticmethod
    def _apposition(doc: Doc, i: int, covered) -> bool:
        """The noun phrase of ``i`` follows a name and a comma: "Bakhmut, the eastern city"."""
        k = i - 1
        while k > 0 and i - k <= 6 and (doc[k].pos_ in ("ADJ", "DET") or doc[k].tag_ in ("ADJA", "ART", "JJ", "DT")):
            k -= 1
        return k > 0 and doc[k].text == "," and k - 1 in covered

    @staticmethod
    def _definite_np(doc: Doc, i: int, covered) -> bool:
        """A definite article opens the noun phrase of ``i``, over adjectives and an agent
        phrase ("dem von Russland angegriffenen Land", "the war-torn country")."""
        k = i - 1
        while k > 0 and i - k <= 6 and (doc[k].tag_ in ("ADJA", "JJ", "VBN") or doc[k].pos_ == "ADJ" or
                                        k in covered or doc[k].lower_ in ("von", "vom")):
            k -= 1
        return k >= 0 and doc[k].lower_ in ("the", "das", "dem", "des", "im", "ins")

    def _national(self, doc: Doc, history, s: Span, country: str, sex: Optional[str]) -> Optional[str]:
        """The person of ``country`` spoken of last (within three sentences)."""
        starts = _sent_starts(doc)
        here = bisect.bisect_right(starts, s.start)
        for m, key, _ in reversed(history):
            if m.start >= s.start or self._type(key) != "Person":
                continue
            if here - bisect.bisect_right(starts, m.start) > 3:
                break
            if sex and self.gender.get(key, sex) != sex:
                continue
            if self._home_country(doc, key) == country:
                return key
        return None

    def _home_country(self, doc: Doc, person: str) -> Optional[str]:
        """The country a person belongs to: the gazetteer's, else the one a title in this
        article says they lead or speak for."""
        e = self.g.entries.get(person)
        if e is not None and e.country:
            return e.country
        states = sorted({org for p, rel, org, *_ in doc._.kg_standing or []
                         if p == person and self._type(org) == "Country"})
        return states[0] if len(states) == 1 else None

    def _threatened(self, doc: Doc, s: Span, history) -> Optional[str]:
        """In a condition hung on a threat or warning, "es"/"it" is the state or body the
        threat is addressed to (the clause's object), not the one that threatens."""
        clauses = doc._.kg_clauses or []
        own = next((c for c in reversed(clauses) if c.contains(s.start)), None)
        if own is None or own.kind != "cond" or own.parent is None:
            return None
        p = clauses[own.parent]
        if p.lemma not in THREAT_VERBS:
            return None
        objs = [k for m, k, subj in history if p.contains(m.start) and not own.contains(m.start)
                and not subj and self._type(k) in ("Country", "Organization", "Group")]
        return objs[0] if len(set(objs)) == 1 else None

    @staticmethod
    def _quoted_before(doc: Doc, s: Span) -> set[int]:
        """Tokens of a quotation closed earlier in the sentence of ``s`` when ``s`` stands outside
        it, or of reported speech put first when ``s`` is the subject of the speech verb after it:
        who is named in a quote is not the one who says it."""
        marks = [t.i for t in doc[s.sent.start:s.start] if t.text in QUOTE_MARKS]
        k = s.start - 1
        while k > s.sent.start and doc[k].pos_ in ("DET", "ADJ"):
            k -= 1
        if k - 1 > s.sent.start and doc[k].lemma_.lower() in SPEECH_VERBS and doc[k - 1].text == "," and \
                not marks and (doc.lang_ == "de" or s._.kg_kind != "pronoun"):   # ("…, said he would")
            # reported speech put first ("Die Fraktion stehe hinter dem Kanzler, versicherte der
            # CDU-Politiker"): who is named in it is not the one who says it
            first = max([t.i + 1 for t in doc[s.sent.start:k - 1] if t.text in (":", ";")], default=s.sent.start)
            if doc[first].tag_ == "KOUS":
                return set()   # ("Nachdem Scholz angekommen war, sprach er mit Macron": no speech put first)
            return set(range(first, k - 1))   # ("Habeck wies das zurück: Dies verzerre …, sagte er")
        if len(marks) < 2 or len(marks) % 2:
            return set()
        return {i for a, b in zip(marks[::2], marks[1::2]) for i in range(a + 1, b)}

    def _recent(self, doc: Doc, history, s: Span, typ: Optional[str], places: bool = False,
                kinds: Optional[set] = None, gender: Optional[str] = None, outside: bool = False):
        """The most salient earlier mention of the wanted type: recent sentences first,
        subjects preferred; place adverbs and (``outside``) definite nouns look outside their
        own clause."""
        own = next((c for c in reversed(doc._.kg_clauses or []) if c.contains(s.start)), None)
        own_clause = own if places or outside else None
        shared = None
        if own_clause is not None:
            if outside and own_clause and own_clause.shares_subject and own_clause.parent is not None:
                # "dass Deutschland an der Seite der Ukraine stehe und das Land weiter unterstützen
                # werde": nor the subject the clause shares
                shared = (doc._.kg_clauses or [])[own_clause.parent]
        # ("Den Angriff Russlands auf das Land verurteile Brasilien": nor a name later in the clause)
        named_here = {m._.kg_key for m in self._named if m.start > s.start and
                      own_clause is not None and own_clause.contains(m.start)} if outside else set()
        sents = {}
        for m, _, _ in history:
            sents.setdefault(m.sent.start, len(sents))
        here = max(sents.values(), default=0) + 1 if s.sent.start not in sents else sents[s.sent.start]
        # the topic: what a pronoun already stood for in this or the last sentence ("In Paris
        # empfing ihn Macron, am Nachmittag traf er Tusk": er is still the one received)
        topic = {k for m, k, _ in history if m.start < s.start and m._.kg_kind in ("pronoun", "poss")
                 and here - sents.get(m.sent.start, 0) <= 1}
        best, best_score = None, None
        quoted = self._quoted_before(doc, s) if typ == "Person" else set()
        # (a clause has one subject: with two, "Meeting Mulino …, Rubio told him", one is misread)
        own_subjects = {k for m, k, sj in history if sj and m.start < s.start and
                        own_clause is not None and own_clause.contains(m.start)}
        not_him: set[str] = set()
        for m, key, subj in reversed(history):
            if m.start >= s.start:
                continue
            if own_clause is not None and own_clause.contains(m.start):
                if s.text.lower() in OBJECT_PRONOUNS and subj and len(own_subjects) == 1:
                    # nor is it the subject of its own clause named before: "Macron dankte Attal.
                    # Macron habe ihn gebeten …"
                    not_him.add(key)
                continue
            if m.start in quoted:
                continue   # '"Zu oft hat Lindner blockiert", sagte der SPD-Politiker': not Lindner
            if shared is not None and shared.contains(m.start) and subj or key in named_here:
                continue
            t = self._type(key)
            if places:
                if t not in PLACE_TYPES:
                    continue
            elif kinds is not None:
                if t not in kinds:
                    continue
            elif typ and t != typ:
                continue
            if gender and self.gender.get(key, gender) != gender:
                continue  # "sie" is not the man mentioned last
            if s.text.lower() in OBJECT_PRONOUNS and own is not None and own.kind == "rel" and \
                    m.start <= self._antecedent(doc, own) < m.end:
                continue   # "von der Leyen, who had travelled with him": not the relative's own subject
            if s.text.lower() in OBJECT_PRONOUNS and subj and m.sent.start == s.sent.start and \
                    not any(t.text == ";" for t in doc[m.end:s.start]) and \
                    not (own is not None and own.kind in ("sub", "rel") and not own.contains(m.start) and
                         not own.participle(doc)):
                # "He met X and talked with him": him is not he — but in a clause of its own
                # ("X told reporters that Y had called him") it may well be the subject outside,
                # and so may the subject of a clause a semicolon closed
                continue
            if key in not_him:
                continue
            gap = here - sents.get(m.sent.start, 0) if m.sent.start != s.sent.start else 0
            if gap > 3:
                break
            if places:
                # a place adverb points at a destination or location ("nach Litauen" … "dorthin")
                before = doc[m.start - 1].lower_ if m.start > 0 else ""
                bonus = 5 if before in ("nach", "in", "im", "an", "to", "into", "at") else 0
            else:
                bonus = (5 if subj else 0) + (6 if key in topic and not places else 0)
                if subj and any(c.kind == "rel" and c.contains(m.start) and not c.contains(s.start)
                                for c in doc._.kg_clauses or []):
                    bonus -= 4   # "Der 62-Jährige, der Putin einst lobte, … seines Landes": the main clause's subject
            score = -gap * 10 + bonus - (s.start - m.end) / 1000
            if best_score is None or score > best_score:
                best, best_score = key, score
        return best

    @staticmethod
    def _antecedent(doc: Doc, c) -> int:
        """The last token of the noun a relative clause hangs on (-1 if unknown)."""
        if c.antecedent is not None:
            return c.antecedent
        if doc._.kg_has_parse and c.lexical is not None and doc[c.lexical].dep_ in ("relcl", "acl"):
            return doc[c.lexical].head.i
        return -1

    def _names(self, k: str) -> list[str]:
        e = self.g.entries.get(k)
        return [e.label, *e.aliases] if e is not None else [k.partition(":")[2].replace("-", " ")]

    def _side(self, k: str) -> str:
        """The state or body a capital or a government stands for (a person is a side of their own:
        "Putin und Kim unterzeichneten … zwischen beiden Ländern" names the two states)."""
        e = self.g.entries.get(k)
        if k in self.g.city_actors:
            return self.g.city_actors[k]
        return e.country if e is not None and e.country and self._type(k) == "Organization" else k

    @staticmethod
    def _named_at(history, keys, s: Span) -> int:
        """Where the last of ``keys`` was last named before ``s`` (when the set was complete)."""
        return min(max((m.start for m, k, _ in history if k == key and m.start < s.start), default=-1)
                   for key in keys)

    def _named_list(self, history, typ: str, s: Span, n: int) -> Optional[list[str]]:
        """The latest list of exactly ``n`` entities of ``typ`` named together ("Merz, Macron,
        Starmer und Tusk", titles between them allowed) in the five sentences before ``s``, else
        in the fifteen before; else the last ``n`` named in lists and alone in those fifteen, not
        in the sentence of ``s`` ("Scholz, Macron und Draghi … Iohannis stieß zu ihnen … die vier
        Gäste")."""
        # "die vier Gäste … alle vier": a group of that many just resolved
        sents = [x for x in _sent_starts(s.doc) if x <= s.sent.start][-6:]
        groups = [m for m, _, _ in history if m._.kg_kind == "group" and m.start < s.start and
                  m.sent.start >= sents[0] and len(m._.kg_keys or []) == n]
        if groups:
            return list(groups[-1]._.kg_keys)
        lists = self._lists(history, typ, s, 16)
        # (a list stands in one sentence: the five-sentence window is the end of the wider one)
        near = [x for x in lists if x[1] >= sents[0]]
        for window in (near, lists):
            for lst, _ in reversed(window):
                if len(lst) == n:
                    return lst
        acc: list[str] = []
        for lst in reversed([x for x in lists if x[1] != s.sent.start]):
            acc += [k for k in lst[0] if k not in acc]
            if len(acc) >= n:
                break
        return acc if len(acc) == n and any(len(x[0]) > 1 for x in lists) else None

    def _big_list(self, history, s: Span, people: bool = True) -> Optional[list[str]]:
        """"Biden, Kishida und Yoon trafen sich … the leaders condemned", "they agreed": a plural
        without a number after three or more people named together in this or the sentence before,
        with no one named since."""
        lists = self._lists(history, "Person", s, 2)
        if not lists or len(lists[-1][0]) < 3:
            # ("the three leaders committed … In a joint statement, the leaders condemned"): a group
            # of three or more resolved in the last six sentences ("the leaders" are people, not
            # the three states a "they" stood for)
            starts = [x for x in _sent_starts(s.doc) if x <= s.sent.start][-7:]
            groups = [m for m, _, _ in history if m.start < s.start and m.sent.start >= starts[0] and
                      len(m._.kg_keys or []) >= 3 and m._.kg_kind in ("group", "role", "pronoun") and
                      (not people or all(self._type(k) == "Person" for k in m._.kg_keys))]
            return list(groups[-1]._.kg_keys) if groups else None
        last_person = max((m.start for m, k, _ in history if m.start < s.start and self._type(k) == "Person"
                           and m._.kg_kind == "name"), default=-1)
        keys = lists[-1][0]
        if last_person >= 0 and not any(m.start == last_person and k in keys for m, k, _ in history):
            return None
        return list(keys)

    def _lists(self, history, typ: str, s: Span, window: int) -> list:
        """The lists of entities of ``typ`` named together in the ``window`` sentences up to
        ``s`` (each with the start of its sentence)."""
        doc = s.doc
        sents = [x for x in _sent_starts(doc) if x <= s.sent.start][-window:]
        ms = sorted([(m, k) for m, k, _ in history if m.start < s.start and m.sent.start >= sents[0] and
                     m._.kg_kind != "group" and self._type(k) == typ], key=lambda x: x[0].start)
        lists: list[tuple[list[str], int]] = []
        cur: list[str] = []
        prev = None
        for m, k in ms:
            gap = doc[prev.end:m.start] if prev is not None and m.start >= prev.end else None
            joined = gap is not None and prev.sent.start == m.sent.start and len(gap) <= 8 and all(
                t.lower_ in (",", "und", "and", "sowie") or t.pos_ in ("DET", "ADJ", "NOUN", "PROPN") or
                t.text in ("'s", "’s") for t in gap) and (len(gap) == 0 or any(
                    t.lower_ in (",", "und", "and", "sowie") for t in gap))
            if prev is not None and m.start < prev.end:
                joined = True   # a mention inside the last ("Frankreichs Präsident Macron")
            if not joined and cur:
                lists.append((cur, prev.sent.start))
                cur = []
            if k not in cur:
                cur.append(k)
            prev = m
        if cur:
            lists.append((cur, prev.sent.start))
        return lists

    def _state_organ(self, k: str) -> bool:
        """A state's army, ministry, government, police or parliament (a gazetteer body of a country)."""
        e = self.g.entries.get(k)
        return e is not None and e.type == "Organization" and bool(e.country) and any(
            w in e.label.lower().split() for w in STATE_ORGAN_WORDS)

    def _army(self, k: str) -> bool:
        e = self.g.entries.get(k)
        return e is not None and e.type == "Organization" and bool(e.country) and \
            bool(set(e.label.lower().split()) & FORCE_LABEL_WORDS)

    def _belligerents(self, history, s: Span) -> Optional[list[str]]:
        """"beide Kriegsparteien", "the warring parties": the two states or armed groups (armies
        and armed groups first, when there are two) the article has named most often so far, a
        mention in a sentence about fighting counting ten times (a war's sides dominate its
        report); None unless two stand out from the rest."""
        counts: dict[str, int] = {}
        doc = s.doc
        war_words = _war_words(self.lang)
        war_sents = {t.sent.start for t in doc[:s.start] if fold(t.lemma_) in war_words or fold(t.text) in war_words or
                     self.lang == "de" and t.pos_ == "NOUN" and any(
                         fold(t.lemma_).endswith(w) and len(t.lemma_) - len(w) >= 3 for w in war_words)}
        # mentions in sentences about fighting count most, every other mention once, adjectives
        # too ("Russian airfields")
        for m in doc.spans.get("kg_mentions", []):
            k = m._.kg_key
            if k and m.start < s.start and m._.kg_kind != "group":
                k = self.g.city_actors.get(k, k) if self._type(k) == "City" else k
                if self._type(k) in ("Country", "Group") or self._army(k):
                    counts[k] = counts.get(k, 0) + (10 if m.sent.start in war_sents else 1)
        # in a war between armed groups or armies ("the army and the RSF") those are the sides
        fighters = {k: n for k, n in counts.items() if self._type(k) == "Group" or self._army(k)}
        ranked = sorted((fighters if len(fighters) >= 2 else counts).items(), key=lambda x: -x[1])
        if len(ranked) >= 2 and (len(ranked) == 2 or ranked[1][1] > ranked[2][1]):
            return sorted([ranked[0][0], ranked[1][0]])
        return None

    def _pair(self, history, typ: str, s: Optional[Span] = None):
        """The two entities of ``typ`` a plural ("beide Staatsmänner", "the two leaders", "they")
        stands for: the latest two named together ("Biden und Macron") or acting in one clause
        ("Trump had called him"), within a few sentences; else the last two distinct ones
        mentioned close together. A speaker is not among the people he talks about."""
        starts = {m.start for m, _, _ in history}
        # ("die Kosovo-Serben-Partei Srpska Lista": a compound describing the name after it is no
        # mention of its own)
        # (a capital acting stands for its state: "mit Pristina zusammenzuarbeiten")
        # (for "the two countries" only a capital that acts, "sided with Mogadishu", not a venue,
        # "talks in Beijing")
        hist = [(m, self.g.city_actors.get(k, k) if self._type(k) == "City" and (typ == "Actor" or typ == "Country" and not (
                    m.start > 0 and m.doc[m.start - 1].lower_ in ("in", "im", "nach", "to", "at", "from", "aus", "into")))
                 else k)
                for m, k, _ in history if (s is None or m.start < s.start) and
                not (m._.kg_kind == "modifier" and m.end in starts)]
        excl: set = set()
        own_side: set = set()
        if s is not None:
            for m, k, subj in history:
                # (a group already resolved is not the speaker: "Nach einem Telefonat der
                # Staatsführer erklärte das Weiße Haus, die beiden …")
                if subj and m._.kg_kind != "group" and m.start < s.start and m.sent.start == s.sent.start and any(
                        t.lemma_.lower() in SPEECH_VERBS for t in m.doc[m.end:s.start]):
                    excl.add(k)
        if s is not None:
            # those named in the plural's own clause are not among them ("Beide sicherten dem
            # Kanzler … zu": the chancellor is the one assured)
            own_c = next((c for c in reversed(s.doc._.kg_clauses or []) if c.contains(s.start)), None)
            for m in s.doc.spans.get("kg_mentions", []):
                if own_c is not None and m.start != s.start and own_c.contains(m.start) and m._.kg_key \
                        and m.start > 0 and (s.doc[m.start - 1].lower_ in OBLIQUE_ARTICLES or
                                             s.doc[m.start - 1].lower_ in ("mit", "to", "with", "für", "for")):
                    excl.add(m._.kg_key)
                if own_c is not None and m.end <= s.start and own_c.contains(m.start) and m._.kg_key:
                    own_side.add(m._.kg_key)   # "UNHCR chief Grandi urged both sides": not his own side
                if own_c is not None and m.start > s.end + 1 and own_c.contains(m.start) and m._.kg_key and \
                        s.doc[m.start - 1].text not in (",", ":", "(") and s.start == own_c.start:
                    excl.add(m._.kg_key)   # "Beide Gruppen kritisierten zudem die EU": not one of them
            # "Iraq and Oman, which hosted talks between the two sides": nor those the relative
            # clause is about
            ante = None
            if own_c is not None and own_c.kind == "rel":
                ante = own_c.antecedent if own_c.antecedent is not None else (
                    s.doc[own_c.lexical].head.i if s.doc._.kg_has_parse and own_c.lexical is not None else None)
            if ante is not None:
                ms_all = sorted((m for m in s.doc.spans.get("kg_mentions", []) if m._.kg_key), key=lambda m: m.start)
                hit = next((m for m in ms_all if m.start <= ante < m.end), None)
                while hit is not None:
                    own_side.add(hit._.kg_key)
                    k = hit.start - 1
                    hit = None
                    if k > 0 and s.doc[k].lower_ in ("und", "and", ",", "sowie"):
                        hit = next((m for m in ms_all if m.end == k), None)
        own_states = {self._side(k) for k in own_side} - own_side   # "Brüssel und Washington riefen beide
        # Seiten auf": not the US government named before either
        ms = [(m, k) for m, k in hist if k not in excl | own_side and self._side(k) not in own_states and (
            self._type(k) == typ or typ == "Actor" and self._type(k) in ACTOR_TYPES or
            typ == "Body" and self._type(k) in ("Organization", "Group"))]
        if typ == "Body":
            # "Die Bewegung „Kreni-Promeni“ … die Gruppe „Ekološki ustanak“ … Beide Gruppen": those
            # introduced by such a noun
            def introduced(m) -> bool:
                k = m.start - 1
                if k > 0 and m.doc[k].text in QUOTE_MARKS:
                    k -= 1
                return k >= 0 and any(m.doc[k].lower_.endswith(w) for w in BODY_NOUNS.get(self.lang, set()))
            named = [(m, k) for m, k in ms if introduced(m)]
            if len({k for _, k in named}) >= 2:
                ms = named
        if typ == "Actor":
            # "both sides" of a conflict are states or armed groups, not the UN or the AU
            sides = [(m, k) for m, k in ms if not (self._type(k) == "Organization" and
                                                   self.g.entries.get(k) is not None and
                                                   not self.g.entries[k].country)]
            if len({k for _, k in sides}) >= 2:
                ms = sides
            # in a war between armed groups or armies ("the army and the RSF"), "both sides" are
            # those, not the states hosting talks
            fighters = [(m, k) for m, k in ms if self._type(k) == "Group" or self._army(k)]
            if len({k for _, k in fighters}) >= 2:
                ms = fighters
        if typ == "Person" and s is not None and any(t.lower_ in LEADERS_NOUNS for t in s):
            # "the two leaders": of the people named, those in office on the article's date, not a
            # predecessor spoken of ("Macron once called Boris Johnson a clown")
            date = s.doc._.kg_date
            serving = [(m, k) for m, k in ms if self.g.offices_of(k, date)]
            if len({k for _, k in serving}) >= 2:
                ms = serving
        clauses = (ms[0][0].doc._.kg_clauses or []) if ms else []
        # sentences with a mention of the kind, latest last, counted back from the plural's own
        # (the speaker's own side, left out above, still counts as a sentence)
        seen_sents = list(dict.fromkeys([m.sent.start for m, k in hist if k in own_side] +
                                        [m.sent.start for m, _ in ms]))
        seen_sents.sort()

        def pairs(window: int, together_only: bool):
            for idx in range(len(ms) - 1, 0, -1):
                m2, k2 = ms[idx]
                if len([x for x in seen_sents if x >= m2.sent.start]) > window:
                    return
                own = next((c for c in reversed(clauses) if c.contains(m2.start)), None)
                for m1, k1 in reversed(ms[:idx]):
                    if m1.sent.start != m2.sent.start:
                        break
                    if k1 == k2:
                        continue
                    between = m1.doc[m1.end:m2.start]
                    together = len(between) <= 6 and any(t.lower_ in ("und", "and", "sowie") for t in between) \
                        and all(t.lower_ in ("und", "and", "sowie", ",") or t.pos_ in ("DET", "ADJ", "NOUN", "PRON")
                                for t in between) and not (
                            # (the end of a longer list, "Argentinien, Uruguay und Paraguay", is no pair)
                            m1.start > 0 and m1.doc[m1.start - 1].text == "," and
                            any(mx.end == m1.start - 1 for mx, _ in ms))
                    # (a relative clause acts with the noun it hangs on: "Putin, der Xi traf"; a
                    # parse that hangs "called Carney" on "Trump" as a reduced relative)
                    acting = own is not None and (own.contains(m1.start) or
                                                  own.kind == "rel" and own.start in (m1.end, m1.end + 1))
                    if together or (not together_only and acting):
                        yield sorted([k1, k2])

        # latest first: a pair named together ("X und Y") or acting in one clause in the last two
        # sentences; then two named in the latest sentence; then a pair named together further
        # back (ten sentences for warring parties, the topic of a whole article)
        for found in pairs(1, True):
            return found
        again = self._group_again(history, typ, s)
        if again:
            return again
        for found in pairs(1, False):
            return found
        last = [k for m, k in ms if ms and m.sent.start == ms[-1][0].sent.start]
        if own_side and s is not None and ms and ms[-1][0].sent.start != s.sent.start:
            last = []   # the plural's own sentence named only the speaker's side
        if len(set(last)) >= 2:
            return sorted(list(dict.fromkeys(reversed(last)))[:2])
        # one named in each of the last two sentences, and no one else ("Habeck wies das zurück.
        # Le Maire warf Berlin vor … Eine Einigung erzielten die beiden nicht.")
        if s is not None and typ == "Person":
            starts = _sent_starts(s.doc)
            here = starts.index(s.sent.start)
            sents2 = starts[max(0, here - 2):here]   # the two sentences right before
            recent = {k for m, k in ms if m.sent.start in sents2}
            if len(sents2) == 2 and len(recent) == 2 and all(
                    any(m.sent.start == st for m, _ in ms) for st in sents2):
                return sorted(recent)
        for found in pairs(4, False):
            return found
        for found in pairs(10 if typ == "Actor" else 6, True):
            return found
        seen: list[str] = []
        last_sent = None
        for m, key in reversed(ms):
            if last_sent is not None and m.sent.start != last_sent and len(seen) >= 2:
                break
            if key not in seen:
                seen.append(key)
            last_sent = m.sent.start
        return sorted(seen[:2]) if len(seen) >= 2 else None

    def _group_again(self, history, typ: str, s: Optional[Span]) -> Optional[list]:
        """"the two leaders met … Brazil sent X, and Dominica's Y took part … the two sides said":
        a group named as such in the last three sentences is still the pair a plural means, unless
        another pair was named together or acting together since (checked before)."""
        if s is None:
            return None
        starts = _sent_starts(s.doc)
        here = starts.index(s.sent.start) if s.sent.start in starts else None
        if here is None:
            return None
        recent = set(starts[max(0, here - 3):here])
        groups = [m for m, _, _ in history if m._.kg_kind == "group" and m._.kg_keys and len(m._.kg_keys) == 2
                  and m.sent.start in recent and m.start < s.start]
        if not groups:
            return None
        keys = list(groups[-1]._.kg_keys)
        if typ == "Actor":
            keys = [k if self._type(k) in ACTOR_TYPES else
                    (self.g.entries[k].country if k in self.g.entries and self.g.entries[k].country else None)
                    for k in keys]
            if None in keys or len(set(keys)) < 2:
                return None
        elif any(self._type(k) != typ for k in keys):
            return None
        return sorted(keys)

    def _body_after(self, doc: Doc, s: Span) -> Optional[str]:
        """"der Chef der Demokratischen Partei", "the head of the agency", "der Emir von Katar",
        "the President of France": the body or state named after a title."""
        if s.end >= len(doc) or doc[s.end].lower_ not in ("der", "des", "of", "von"):
            return None
        k = s.end + (2 if s.end + 1 < len(doc) and doc[s.end].lower_ == "of" and doc[s.end + 1].lower_ == "the" else 1)
        adjs = k
        while adjs < len(doc) and adjs - k < 2 and doc[adjs].tag_ in ("ADJA", "JJ"):
            adjs += 1   # "der Politiker der oppositionellen CHP"
        if adjs < len(doc) and doc[adjs].lower_ in BODY_NOUNS.get(self.lang, set()):
            adjs += 1   # "die Chefin der rechten Partei Fratelli d'Italia"
        after = [m for m in doc.spans.get("kg_mentions", []) if m.start in (k, adjs) and m._.kg_key and
                 (m.start == k or self._type(m._.kg_key) in ("Organization", "Group")) and
                 m._.kg_kind == "name" and (
                     self._type(m._.kg_key) in ("Organization", "Group") and doc[s.end].lower_ != "von" or
                     # (a state only as the whole phrase: not "the head of Mexico's mission")
                     self._type(m._.kg_key) == "Country" and (m.end == len(doc) or (
                         doc[m.end].pos_ not in ("NOUN", "PROPN", "ADJ", "PART") and
                         doc[m.end].text not in ("'s", "’s"))))]
        return after[0]._.kg_key if after else None

    def _title_word(self, surface: str) -> str:
        """A title without case or gender ending: "Kanzlerin", "Kanzlers" → "kanzler"."""
        w = fold(surface)
        if self.lang == "de":
            for end in ("innen", "in", "s", "n"):
                if w.endswith(end) and (self.lang, w[: -len(end)]) in self.g.roles:
                    return w[: -len(end)]
        return w

    def _resolve_role(self, doc: Doc, s: Span, history, title_of) -> Optional[str]:
        r = s._.kg_role
        if self._mentions.predicate_title(doc, s):
            return None   # "Merz ist Kanzler": what he is, not who
        org = s._.kg_key if s._.kg_kind == "compound" else None
        if org is None:
            # "der russische Präsident", "the AU's High Representative": the title's own org
            # beats the role's default one
            end = s.start - 1 if s.start > 0 and doc[s.start - 1].text in ("'s", "’s") else s.start
            prev = [m for m in doc.spans.get("kg_mentions", []) if m.end == end and m._.kg_key and (
                m._.kg_kind == "adj" or end < s.start and m._.kg_kind == "name" and m.label_ != "Person" or
                self._body_before_title(m, s))]
            org = prev[0]._.kg_key if prev else (r.org or None)
            if not prev:
                org = self._body_after(doc, s) or org
        default = org is not None and org == r.org and s._.kg_kind != "compound" and \
            r.surface.lower() in DEFAULT_COUNTRY_TITLES
        # (not "Der damalige Botschafter in Berlin, Andrij Melnyk,": the title's own name follows)
        named_next = any(m.start in range(s.end, s.end + 6) and m._.kg_kind == "name" and m.label_ == "Person" and
                         (m.start - s.end < 2 or doc[m.start - 1].text == ",")
                         for m in doc.spans.get("kg_mentions", []))
        if not named_next and any(t.lower_ in FORMER_TITLES for t in doc[max(0, s.start - 2):s.start]):
            # "Der gestürzte Machthaber", "the ousted president": someone named in an earlier
            # sentence lately who does not bear the title now
            starts = _sent_starts(doc)
            here = starts.index(s.sent.start) if s.sent.start in starts else 0
            # (nor the one acting in the title's own sentence: "Er warf dem gestürzten Präsidenten vor")
            here_keys = {key for m, key, _ in history if m.sent.start == s.sent.start and m.start < s.start}
            for m, key, _ in reversed(history):
                if m.start < s.start and self._type(key) == "Person" and r.role not in title_of.get(key, set()) \
                        and m.sent.start in starts[max(0, here - 3):here] and key not in here_keys:
                    return key
        # 1. the person who bore this title earlier in the article (and holds it: not "der damalige
        # Kanzler"; of the country they hold it of, when the title's country is only its default)
        gender = self._role_gender(r)
        for m, key, _ in reversed(history):
            if gender and self.gender.get(key) not in (None, gender):
                continue   # "die Chefin der Partei X" is no man who bore the title "Chef"
            # ("die Ministerin" after "Außenministerin Baerbock": a minister of any portfolio)
            if m.start < s.start and (r.role in title_of.get(key, set()) or r.role == "minister" and org is None and any(
                    x.endswith("minister") for x in title_of.get(key, set()))) and self._type(key) == "Person":
                if default and self._title_word(r.surface) not in self._surfaces.get(key, set()) and \
                        self._home_country(doc, key) not in (None, org):
                    continue   # "der Kanzler" after "Polens Regierungschef": the title is no Pole's
                of = self._mentions.role_default(r, key) if default else org
                if of is None or self._holds(key, r, of, doc._.kg_date):
                    return key
        # 2. the office holder on the article's date (the exact role first; not for an ambassador,
        # whose office names the host state while "der deutsche Botschafter" names the sender)
        if org is not None and r.role != "ambassador":
            roles = [r.role] + (sorted(LEADER_ROLES - {r.role}) if r.role in LEADER_ROLES else [])
            for role in roles:
                holders = self.g.holders(role, org, doc._.kg_date)
                if len(holders) == 1:
                    return holders[0]
                if len(holders) > 1:
                    # a handover on the article's day, or co-leaders: the one the article named,
                    # never the holder of another title ("der Kanzler" is not the president)
                    named = sorted(set(holders) & {key for _, key, _ in history})
                    return named[0] if len(named) == 1 else None
            oe = self.g.entries.get(org)
            if r.relation == "leaderOf" and oe is not None and oe.type in ("Organization", "Group"):
                # "der Chef der Demokratischen Partei": whoever heads the body, by any title
                heads = sorted({o.person for o in self.g.offices if o.org == org and o.role in BODY_HEAD_ROLES
                                and o.holds(doc._.kg_date)})
                if len(heads) == 1:
                    return heads[0]
            if r.role == "head" and self.g.entries.get(org) is not None and self.g.entries[org].type == "Country":
                # "the Russian leader": the country's head of state or government the article
                # has already named (which of the two leads differs between countries)
                mentioned = {key for _, key, _ in history}
                heads = {h for role in LEADER_ROLES for h in self.g.holders(role, org, doc._.kg_date)}
                if len(heads & mentioned) == 1:
                    return next(iter(heads & mentioned))
        elif r.role in LEADER_ROLES | {"foreign_minister", "defence_minister"}:
            mentioned = {key for _, key, _ in history if self._type(key) == "Person"}
            cands = {o.person for o in self.g.offices if o.role == r.role and o.holds(doc._.kg_date)}
            hit = sorted(cands & mentioned)
            if len(hit) == 1:
                return hit[0]
            if not hit and r.role in LEADER_ROLES:
                # "will in Katar den Emir treffen", "met the king in Amman": the head of the one
                # country the sentence puts the act in
                places = {self.g.entries[m._.kg_key].country if self._type(m._.kg_key) == "City" else m._.kg_key
                          for m in doc.spans.get("kg_mentions", [])
                          if m.sent.start == s.sent.start and m._.kg_key in self.g.entries and m.start > 0 and
                          doc[m.start - 1].lower_ in ("in", "im") and self._type(m._.kg_key) in ("Country", "City")}
                if len(places) == 1 and None not in places:
                    held = self.g.holders(r.role, next(iter(places)), doc._.kg_date)
                    if len(held) == 1:
                        return held[0]
        # 3. a party/group role ("der SPD-Politiker"): the salient person — never for an
        # indefinite noun phrase ("ein US-Regierungsvertreter" is someone new)
        prev_tok = doc[s.start - 1] if s.start > 0 else None
        in_mention = {i for m in doc.spans.get("kg_mentions", []) for i in range(m.start, m.end)}
        while prev_tok is not None and (prev_tok.pos_ in ("ADJ", "PROPN") or prev_tok.i in in_mention) \
                and prev_tok.i > 0:
            prev_tok = doc[prev_tok.i - 1]  # "the European Union official"
        if prev_tok is None or prev_tok.lower_ not in ("der", "die", "den", "dem", "des", "the",
                                                       "this", "dieser", "diese", "diesen"):
            return None
        if r.relation == "memberOf" or (r.role not in LEADER_ROLES and org is None):
            home = self.g.entries[org].country if org in self.g.entries else None
            if home:
                # "der SPD-Politiker" is no Chinese premier: a national party's member is of its country
                history = [h for h in history if self.g.entries.get(h[1]) is None or
                           self.g.entries[h[1]].country in (None, home)]
            return self._recent(doc, history, s, "Person", gender=self._role_gender(r))
        return None

    def _body_before_title(self, m: Span, s: Span) -> bool:
        """English "the Labour leader", "the Hamas commander": a party or group named right before
        a title is the body it is of (not a state: "the Ukraine envoy" is sent for it; nor a
        ministry, whose titles the mention step reads: "Treasury Secretary X")."""
        return self.lang == "en" and m.end == s.start and m._.kg_kind == "name" and bool(m._.kg_key) and (
            self._mentions.is_party(m._.kg_key) or self._type(m._.kg_key) == "Group")

    def _holds(self, person: str, r, org: str, date) -> bool:
        offs = self.g.offices_of(person, date)
        if not offs:
            # unknown to the gazetteer on that date: unless known to have held this office before
            return not (date and any(o.role == r.role and o.org == org for o in self.g.all_offices_of(person)))
        return any(o.org == org for o in offs)

    def _speaker_key(self, doc: Doc, tok_i: int, allm: list[Span]) -> Optional[str]:
        """The entity that speaks in the clause of the speech verb at ``tok_i``."""
        sent = doc[tok_i].sent
        cands = [m for m in allm if sent.start <= m.start < sent.end and m.start > tok_i - 1
                 and (m._.kg_key or m._.kg_keys) and self._type(m._.kg_key or m._.kg_keys[0]) == "Person"]
        if not cands:
            cands = [m for m in allm if sent.start <= m.start < sent.end and not m._.kg_kind == "adj"
                     and (m._.kg_key or m._.kg_keys) and
                     self._type(m._.kg_key or m._.kg_keys[0]) == "Person"]
        if not cands:
            return None
        c = min(cands, key=lambda m: abs(m.start - tok_i))
        return c._.kg_key or (c._.kg_keys[0] if c._.kg_keys else None)

    def _role_standing(self, doc: Doc) -> None:
        """Role nouns resolved to a person state a standing relation ("der SPD-Politiker",
        "des nordkoreanischen Machthabers")."""
        out = list(doc._.kg_standing or [])
        have = {(p, rel, o) for p, rel, o, *_ in out}
        done = {(sp.start, sp.end) for _, _, _, sp, *_ in out}   # titles the mention step read
        by_end = {m.end: m for m in doc.spans["kg_mentions"]}
        for s in doc.spans["kg_mentions"]:
            if s._.kg_kind not in ("role", "compound") or not s._.kg_keys or len(s._.kg_keys) != 1:
                continue
            if self._mentions._former(doc, s, by_end):
                continue  # "der frühere Kanzler": no office now
            r = s._.kg_role
            if r is None or not r.relation:
                continue
            org = s._.kg_key if s._.kg_kind == "compound" else None
            if org is None:
                prev = [m for m in doc.spans["kg_mentions"] if m.end == s.start and (
                    m._.kg_kind == "adj" or self._body_before_title(m, s))]
                org = prev[0]._.kg_key if prev else (self._body_after(doc, s) or
                                                     self._mentions.party_by_prefix(s, s._.kg_keys[0], doc._.kg_date) or
                                                     (self._mentions.party_by_word(doc, s, s._.kg_keys[0])
                                                      if r.relation == "leaderOf" else None) or
                                                     self._mentions.role_default(r, s._.kg_keys[0]))
            if org is None and s.start > 1 and doc[s.start - 1].text in ("'s", "’s"):
                # "the group's commander": the body a reference resolved to
                own = [m for m in doc.spans["kg_mentions"] if m.end == s.start - 1 and m._.kg_key
                       and self._type(m._.kg_key) in ("Organization", "Group")]   # not "South Korea's"
                org = own[0]._.kg_key if own else None
                if org is not None and r.role == "commander":
                    r = Role(r.surface, r.lang, r.role, "leaderOf", r.org)   # "the group's commander" leads it
            org = self._mentions.own_org(s._.kg_keys[0], r, self._mentions.role_org(r, org), doc._.kg_date)
            if org is None or org == s._.kg_keys[0]:
                continue
            rel = self._mentions.title_relation(r, r.relation, org, bool(self._mentions.deputy(doc, s, by_end)))
            if (s.start, s.end) in done and (s._.kg_keys[0], "memberOf", org) in have:
                continue   # "the Republican chairman of X": the party's member, as the title step found
            trip = (s._.kg_keys[0], rel, org)
            if trip not in have:
                have.add(trip)
                out.append((*trip, s, s))
        doc._.kg_standing = out


@Language.factory("kg_coref", default_config={"lang": "de"})
def make_coref(nlp: Language, name: str, lang: str):
    """Resolve pronouns, role nouns, groups and place adverbs to entity keys."""
    return Coref(lang)

