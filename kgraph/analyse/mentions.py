"""Entity mentions: gazetteer names, unknown proper names, demonym adjectives, compounds
("US-Präsident", "Pentagonsprecher") and role nouns, with the standing relations that
titles state ("Russlands Präsident Wladimir Putin" → Putin leaderOf Russia)."""
from __future__ import annotations

import re
from typing import Optional

from spacy.language import Language
from spacy.tokens import Doc, Span

from ..model import Entity
from ..resources import GazEntry, Gazetteer, Role, fold, gazetteer, given_names, lexicon_rows, slug, word_class
from .clauses import QUOTE_PAIRS
from .tagging import datelines

ADJ_ENDINGS = ("en", "er", "es", "em", "e", "")
# before a demonym these make it one person ("ein Russe", "an Israeli"), not a people
SINGULAR_DETERMINERS = {"de": ("ein", "einem", "einen", "eines", "dem", "des"), "en": ("a", "an")}
# label words of the ministry a minister leads (gazetteer organizations of that country)
MINISTRY_WORDS = {"foreign_minister": ("Foreign Affairs", "Foreign Office", "Department of State",
                                        "Foreign, Commonwealth", "External Affairs", "Foreign and European",
                                        "European and International Affairs", "Global Affairs"),
                  "defence_minister": ("of Defence", "of Defense", "of the Armed Forces", "of National Defen"),
                  "interior_minister": ("of the Interior", "Home Office", "of Interior", "of Internal Affairs",
                                        "of Home Affairs", "Public Security", "Public Safety", "Interior ("),
                  "finance_minister": ("of Finance", "Treasury", "and Finance", "Finance ("),
                  "economy_minister": ("of Economy", "of the Economy", "Economic Affairs", "for Economic",
                                       "of Economics", "National Economy", "Economic Development")}
MINISTRY_HEADS = ("Ministry", "Department", "Office", "Treasury", "Federal Public Service", "Global Affairs",
                  "Public Safety")
# role org values resolved from the text: the government / foreign ministry of the country in context
CONTEXT_ORGS = {"government", "foreign-ministry", "parliament", "army", "senate"}
MINISTRY_NAMES = {"foreign_minister": "Ministry of Foreign Affairs", "defence_minister": "Ministry of Defence",
                  "interior_minister": "Ministry of the Interior", "finance_minister": "Ministry of Finance",
                  "economy_minister": "Ministry of the Economy"}
# deputies and ministers of no named ministry lead no country (vocabulary: leaderOf is the head)
NOT_COUNTRY_LEADERS = {"deputy_head_of_government", "vice_president", "minister", "director"}
DEPUTY_ROLES = {"deputy_head_of_government", "vice_president"}
DEFINITE_COUNTRY_WORDS = word_class("definite_country_word", "en")


def _with_article(label: str) -> bool:
    """The country's English name takes "the" ("the United Kingdom", "the Netherlands")."""
    w = label.lower().split()
    return bool(w) and (w[0] in DEFINITE_COUNTRY_WORDS or " ".join(w[:2]) in DEFINITE_COUNTRY_WORDS or
                        w[-1] in DEFINITE_COUNTRY_WORDS)
# offices of a state or region: a party adjective on them makes a member of the party, not its head
STATE_OFFICES = {"head_of_state", "head_of_government", "deputy_head_of_government", "vice_president", "mayor",
                 "head_of_region", "minister", "commander_in_chief", "supreme_leader"} | set(MINISTRY_WORDS)
APPOINT_VERBS = word_class("appointment_verb", "en")
REGION_PREFIXES = ("Südost", "Südwest", "Nordost", "Nordwest", "Süd", "Nord", "Ost", "West", "Zentral")
NAME_TAGS = {"NE", "PROPN", "NNP", "NNPS"}
PERSONISH_ROLES = {"head_of_state", "head_of_government", "foreign_minister", "defence_minister",
                   "minister", "secretary_general", "spokesperson", "party_leader",
                   "president_of_body", "supreme_leader", "politician", "member", "group_leader", "counterpart",
                   "ambassador", "commander", "deputy_head_of_government", "leader", "chair"}
# tokens that look like names at a sentence start but are not
NOT_NAMES = word_class("not_a_name")
COMPASS_WORDS = word_class("compass_word")
FORMER_TITLE = word_class("former_title")
DEPUTY_WORDS = word_class("deputy_word")
ARMED_BODY_WORDS = word_class("armed_body_word", "en")
INDEFINITE_WORDS = {lang: word_class("indefinite_article", lang) for lang in ("de", "en")}   # ("an" is German too)
# possessives before a title that refer back to a body ("die Miliz und ihr Kommandeur X")
OWNER_POSSESSIVES = {"sein", "seine", "seinen", "seinem", "ihr", "ihre", "ihren", "ihrem", "its", "their"}
FUTURE_TITLE = word_class("future_title")
COPULA_FORMS = word_class("copula_form")
TITLE_MODIFIERS = word_class("title_modifier")
ARTICLES = {"der", "die", "das", "dem", "den", "des", "the", "a", "an", "ein", "eine", "einem", "einen", "eines", "einer"}
PLACE_NOUNS = word_class("place_noun")
PROTESTER_NOUNS = word_class("protester_noun")
PROTESTERS = "group:protesters"   # the key prefix of the groups of protesters (one per country)
ORG_NOUNS = word_class("org_noun")
CAPITAL_NOUNS = word_class("capital_noun")
BORDER_NOUNS = word_class("border_noun")
DEFAULT_COUNTRY_TITLES = word_class("default_country_title")
# the words of lexicon/forces.tsv (German), longest first, for compounds without a hyphen
FORCE_WORDS = sorted({r["word"].lower() for r in lexicon_rows("forces") if r["lang"] == "de"}, key=len, reverse=True)
FAMILY_NAME_FIRST = word_class("family_name_first")   # countries (ids) whose names start with the surname
ORG_HEAD_WORDS = word_class("org_head_word")          # the last word of an unknown name that makes it a body
NON_ACTOR_HEAD_WORDS = word_class("non_actor_head_word")  # … that makes it no actor (a day, a summit)
MILITARY_RANKS = word_class("military_rank")
# lexicon/bodies.tsv: (words, label template, kind) per language, longest first
BODY_WORDS: dict[str, list[tuple[tuple[str, ...], str, str]]] = {}
for _r in lexicon_rows("bodies"):
    BODY_WORDS.setdefault(_r["lang"], []).append((tuple(_r["word"].split()), _r["label"], _r["kind"]))
for _rows in BODY_WORDS.values():
    _rows.sort(key=lambda x: -len(x[0]))
BODY_LABELS = {kind: label for rows in BODY_WORDS.values() for _, label, kind in rows}
# a ministry or government minted for a country -> that country (keys are made from both, so
# this is the same in every process)
MINTED_STATE: dict[str, str] = {}
NAME_PARTICLES = {"von", "van", "zu"}   # between a given name and a surname ("de" is also a Romance article)
MINISTRY_NOUNS = {role: word_class(f"{role.split('_')[0]}_ministry_noun")
                  for role in ("foreign_minister", "defence_minister", "interior_minister", "finance_minister",
                               "economy_minister")}


_NATIONALS: dict[str, dict[str, tuple[str, Optional[str]]]] = {}


def singular_demonyms(lang: str) -> dict[str, tuple[str, Optional[str]]]:
    """One person of a country, from gazetteer/demonyms.tsv's plurals: "Franzosen" gives "Franzose"
    and "Französin", "Amerikaner" "Amerikanerin", "Britons" "Briton" (with the sex the German word
    says): word → (country, "m" / "f" / None)."""
    if lang in _NATIONALS:
        return _NATIONALS[lang]
    out: dict[str, tuple[str, Optional[str]]] = {}
    umlaut = {"a": "ä", "o": "ö", "u": "ü"}
    for (lg, plural), country in sorted(gazetteer().demonyms.items()):
        if lg != lang or not plural[:1].isupper():
            continue
        if lang == "en":
            if plural.endswith("s") and not plural.endswith("ss"):
                out.setdefault(plural[:-1], (country, None))
            continue
        if plural.endswith("en"):
            male = plural[:-1]                                   # Franzose, Slowene, Brite
            stem = male[:-1] if male.endswith("e") else male
        elif plural.endswith("er"):
            male = stem = plural                                 # Amerikaner, Ukrainer
        else:
            continue
        out.setdefault(male, (country, "m"))
        out.setdefault(stem + "in", (country, "f"))
        k = max(stem.rfind(v) for v in umlaut)
        if k > 0:                                                # Französin
            out.setdefault(stem[:k] + umlaut[stem[k]] + stem[k + 1:] + "in", (country, "f"))
    _NATIONALS[lang] = out
    return out


def _name_particle(doc: Doc, i: int) -> bool:
    """Lower-case parts of Arabic, Dutch and other names: "al-Mubaidin", "bin Salman", "van Vroonhoven"."""
    t = doc[i].text
    if t[:3].lower() in ("al-", "el-", "ad-", "as-", "ar-", "an-", "at-") and len(t) > 4 and t[3].isupper():
        return True
    if t.lower() in ("der", "den") and i > 0 and doc[i - 1].lower_ == "van":
        return i + 1 < len(doc) and doc[i + 1].text[:1].isupper()   # "Nicolien van der Werf"
    # Dutch "van": "Nicolien van Vroonhoven"
    return t.lower() in ("bin", "ibn", "bint", "van") and i + 1 < len(doc) and (
        doc[i + 1].text[:1].isupper() or t.lower() == "van" and doc[i + 1].lower_ in ("der", "den"))


def entity_of(e: GazEntry) -> Entity:
    return Entity(key=e.key, type=e.type, label=e.label, wikidata=e.wikidata)


ADJ_STEM_ENDS = ("isch", "lich", "ig", "al", "ell", "iv", "igt", "eint")
FEMININE_ENDS = ("n", "ik", "ung", "heit", "keit", "schaft", "ät", "ion", "ei")   # no genitive -s


def _adjective_forms(alias: str) -> list[str]:
    """German names that open with declined adjectives, in their other endings ("Islamischer
    Widerstand" → "Islamische Widerstand", "Islamischen Widerstand"; "Vereinigte Arabische
    Emirate" → "den Vereinigten Arabischen Emiraten"; "Vereinigtes Königreich" → "des
    Vereinigten Königreichs")."""
    words = alias.split(" ")
    stems = []
    for w in words[:-1]:
        end = next((e for e in ("en", "er", "es", "e") if w.endswith(e) and len(w) - len(e) >= 5 and
                    w[: -len(e)].lower().endswith(ADJ_STEM_ENDS)), None)
        if end is None or not w[:1].isupper() and (len(words) != 2 or end not in ("e", "es", "er")):
            # (a lowercase adjective only in "russische Armee", "deutsches Außenministerium",
            # "russischer Sicherheitsrat")
            break
        stems.append(w[: -len(end)])
    if not stems:
        return []
    rest = words[len(stems):]
    out = []
    for e in ("e", "en", "er", "es"):
        base = [st + e for st in stems]
        out.append(" ".join(base + rest))
        if e == "en" and rest[-1].endswith("e"):
            out.append(" ".join(base + rest[:-1] + [rest[-1] + "n"]))   # "den … Emiraten"
        if e == "en" and len(rest) == 1 and rest[-1][-1:].isalpha() and rest[-1][-1] not in "sxzße" and \
                not rest[-1].endswith(FEMININE_ENDS):
            out.append(" ".join(base + [rest[-1] + "s"]))   # "des Vereinigten Königreichs"
            if len(rest[-1]) <= 4 and rest[-1][-1] not in "aeiouy":
                out.append(" ".join(base + [rest[-1] + "es"]))   # "des Europäischen Rates"
    return [v for v in dict.fromkeys(out) if v != alias]


def _article_forms(alias: str) -> list[str]:
    """An Arabic name's article, spelt both ways: "Hamad bin Isa Al Khalifa" is also written
    "Hamad bin Isa al-Khalifa", and "Tamim bin Hamad al-Thani" also "… Al Thani"."""
    out = {re.sub(r"(?<= )(?:Al|al) (?=[A-Z])", "al-", alias), re.sub(r"(?<= )al-(?=[A-Z])", "Al ", alias)}
    out.discard(alias)
    return sorted(out)


def ruler_patterns(g: Gazetteer) -> list[dict]:
    """EntityRuler phrase patterns from the gazetteer (aliases and genitive -s forms)."""
    pats = []
    for e in g.entries.values():
        for a in e.aliases:
            if len(a) < 2 or (a.islower() and len(a) < 4):
                continue
            pats.append({"label": e.type, "pattern": a, "id": e.key})
            for v in _adjective_forms(a) + (_article_forms(a) if e.type == "Person" else []):
                pats.append({"label": e.type, "pattern": v, "id": e.key})
            if a[-1].isalpha() and a[-1] not in "sxzß" and not a.isupper() and (
                    e.type != "Organization" or " " not in a and a[:1].isupper()):
                # (a body's genitive only on a one-word name: "des Europaparlaments", "des Kremls")
                pats.append({"label": e.type, "pattern": a + "s", "id": e.key})
    pats.sort(key=lambda p: (p["id"], p["pattern"]))
    return pats


class Mentions:
    """Collects mentions into ``doc.spans["kg_mentions"]`` and ``doc._.kg_standing``."""

    def __init__(self, lang: str):
        self.lang = lang
        self.g = gazetteer()
        self.role_words = sorted(((r.surface, r) for (lang_, _), r in self.g.roles.items()
                                  if lang_ == lang), key=lambda x: (-len(x[0]), x[0]))
        self._multi_roles = [(s.split(), r) for s, r in self.role_words if " " in s]
        # (a party's member noun is no ending of compounds: "Sozialdemokrat" is no US Democrat)
        self._member_roles = [(fold(s), r) for s, r in self.role_words
                              if r.relation == "memberOf" and r.role != "party_member"]
        self.minted: dict[str, Entity] = {}   # ministries the gazetteer lacks, named by role_org
        self._named_bodies: list[tuple] = []   # the current doc's, by _bodies
        self._known_bodies: Optional[dict] = None
        self._aliases_by_country: Optional[dict] = None
        self._parties: Optional[set] = None
        self._party_word_set: Optional[set] = None
        # the heads of leaders' titles a party's short name may stand before ("Sozialistenchef",
        # "SNS-Vorsitzender"), from gazetteer/roles.tsv
        self._leader_heads = sorted({fold(s) for s, r in self.role_words if r.relation == "leaderOf" and
                                     r.role in ("head", "party_leader") and " " not in s and
                                     not fold(s).startswith("partei")}, key=lambda w: (-len(w), w))
        self._armies: dict[str, Optional[str]] = {}     # country or body -> its gazetteer army / armed wing
        self._surnames: Optional[dict[str, list[str]]] = None
        self._capital_of_country: Optional[dict[str, str]] = None

    # ------------------------------------------------------------ helpers
    def role(self, word: str):
        """The role a noun names, also in inflected forms ("Präsidenten", "Sprechers")."""
        f = fold(word)
        r = self.g.roles.get((self.lang, f))
        if r is None and self.lang == "de":
            for end in ("en", "n", "s", "es"):
                if f.endswith(end) and len(f) - len(end) >= 4:
                    r = self.g.roles.get((self.lang, f[: -len(end)]))
                    if r is not None:
                        break
        elif r is None and self.lang == "en" and f.endswith("s"):
            r = self.g.roles.get((self.lang, f[:-1]))
        if r is None and self.lang == "de" and f.startswith("bundes") and len(f) > 12 and word[:1].isupper():
            # "Bundesinnenminister", "Bundesaußenministerin": a federal minister of Germany
            inner = self.role(word[6:7].upper() + word[7:])
            if inner is not None and inner.role.endswith("minister") and not inner.org:
                return Role(surface=word, lang=self.lang, role=inner.role, relation=inner.relation, org="germany")
        if r is None and self.lang == "de":
            # "Außenpolitiker", "Bundestagsabgeordnete": a compound of a membership role is
            # that role (only memberOf: "Vizekanzler" is not a chancellor)
            for stem in (f, f[:-1] if f.endswith(("n", "s")) else None):
                for s, cand in self._member_roles:
                    if stem and stem.endswith(s) and len(stem) - len(s) >= 3:
                        return cand
        return r

    def _party_member(self, doc: Doc, i: int):
        """The member role of a party's name read as one person: "sagte der Republikaner",
        "der Republikaner Vance", "ein Republikaner" (not "die Republikaner", nor the genitive
        plural "die Mehrheit der Republikaner")."""
        r = self.role(doc[i].text)
        if r is None or r.role != "party_member" or not doc[i].text[:1].isupper():
            return None
        if self.lang == "en":
            # "Republican Mike Johnson", "said the Republican"; not "Republican lawmakers",
            # "Republican presidential candidate X" (the adjective, read with the title)
            nxt = doc[i + 1] if i + 1 < len(doc) else None
            return r if fold(doc[i].text) == fold(r.surface) and not (
                nxt is not None and (nxt.pos_ in ("NOUN", "ADJ") or self.role(nxt.text) is not None)) else None
        if i == 0 or fold(doc[i].text) not in (fold(r.surface), fold(r.surface) + "s"):
            return None   # ("den Republikanern": plural)
        det = doc[i - 1].lower_
        if det in ("ein", "einem", "eines", "einen", "dem"):
            return r
        if det in ("der", "den", "des") and (i == 1 or doc[i - 1].is_sent_start or doc[i - 2].tag_.startswith("V")
                                             or doc[i - 2].is_punct):
            return r   # ("der" after a verb or at the start: the nominative singular)
        return None

    def adjective(self, word: str) -> Optional[GazEntry]:
        w = fold(word)
        for end in ADJ_ENDINGS:
            if end and not w.endswith(end):
                continue
            stem = w[: len(w) - len(end)] if end else w
            key = self.g.adjectives.get(stem)
            if key:
                return self.g.entries[key]
        # German city adjectives are the city's name plus -er, capitalised and undeclined
        # ("am Pariser Élysée", "die Moskauer Führung", "Kiewer Behörden")
        if self.lang == "de" and word[:1].isupper() and word.endswith("er") and len(word) > 5:
            e = self.g.lookup(word[:-2])
            if e is not None and e.type == "City":
                return e
        return None

    def demonym(self, doc: Doc, i: int) -> Optional[GazEntry]:
        """"die Russen", "mit den Ukrainern", "the Iranians": a country's people, standing alone
        (not "Russen-Truppen" or "the Chinese government", not "a Pole"), act for the country."""
        t = doc[i]
        text = t.text
        key = self.g.demonyms.get((self.lang, text))
        if key is None and self.lang == "de" and text.endswith("ern"):
            key = self.g.demonyms.get((self.lang, text[:-1]))   # dative plural: "den Ukrainern"
        if key is None or not text[:1].isupper():
            return None
        nxt = doc[i + 1] if i + 1 < len(doc) else None
        if nxt is not None and (nxt.pos_ in ("NOUN", "PROPN") or nxt.text[:1].isupper() and self.lang == "de"
                                and nxt.pos_ not in ("VERB", "AUX")):
            return None
        if i > 0 and (doc[i - 1].lower_ in SINGULAR_DETERMINERS.get(self.lang, ()) or
                      doc[i - 1].lower_ == "der" and text.endswith("er")):
            return None   # ("sagte der Norweger": -er nouns are the same in the singular)
        return self.g.entries.get(key)

    def name_entry(self, text: str) -> Optional[GazEntry]:
        e = self.g.lookup(text)
        if e is None and len(text) > 3 and text.endswith("s"):
            e = self.g.lookup(text[:-1])
        return e

    def region(self, text: str) -> Optional[GazEntry]:
        """"Südlibanon", "Ostukraine", "Nordsyrien": a part of a country stands for it."""
        for prefix in REGION_PREFIXES:
            if text.startswith(prefix) and len(text) > len(prefix) + 3:
                rest = text[len(prefix):].lstrip("-")
                e = self.g.lookup(rest[:1].upper() + rest[1:])
                if e is not None and e.type == "Country":
                    return e
        return None

    def compound(self, text: str):
        """Split "US-Präsident", "SPD-Politiker", "Pentagonsprecher", "EU-Kommissionspräsidentin"
        into (entry, head): the longest known name before a role noun, else before a hyphen."""
        low = text.lower()
        for surface, r in self.role_words:
            s = surface.lower()
            if " " in s or not low.endswith(s) or len(low) - len(s) < 2:
                continue
            prefix = text[: len(text) - len(s)].rstrip("-")
            for cand in (prefix, prefix[:-1] if prefix.endswith("s") else None):
                if cand:
                    e = self.g.lookup(cand) or self.g.lookup(cand[:1].upper() + cand[1:])
                    if e is not None and e.type != "Person":
                        # "EU-Kommissionspräsidentin": the role names its body more exactly;
                        # "Grünen-Europaabgeordnete": a party prefix is not that body
                        body = self.g.entries.get(r.org)
                        if body is not None and e.key in (body.key, body.parent):
                            return body, surface
                        return e, surface
        if "-" in text:
            parts = text.split("-")
            for cut in range(len(parts) - 1, 0, -1):
                e = self.name_entry("-".join(parts[:cut]))
                if e is not None:
                    return e, "-".join(parts[cut:])
        elif self.lang == "de":
            # "Bundeswehrsoldaten", "Natotruppen": a force noun after a known body or state
            for w in FORCE_WORDS:
                if low.endswith(w) and len(low) - len(w) >= 3:
                    prefix = text[: len(text) - len(w)]
                    for cand in (prefix, prefix[:-1] if prefix.endswith("s") else None):
                        e = self.g.lookup(cand) if cand else None
                        if e is not None and e.type in ("Organization", "Country", "Group"):
                            return e, text[len(prefix):]
        return None

    def _prefixed_party_leader(self, text: str):
        """The party-leader role of "Sozialistenchef", "SNS-Chefin", "Likud-Vorsitzender" when
        what comes before the role is no name the gazetteer knows."""
        f = fold(text)
        word = self._leader_head(f)
        if word is None:
            return None
        r = self.g.roles.get((self.lang, word.rstrip("ns"))) or self.g.roles.get((self.lang, word))
        if r is None or r.relation != "leaderOf":
            return None
        # (only a prefix that begins a word of some party's names: not "Ehrenvorsitzender")
        stems = self._prefix_stems(f, word)
        return r if any(w.startswith(x) for x in stems for w in self._party_words()) else None

    def _leader_head(self, f: str) -> Optional[str]:
        """The leader's title (maybe inflected) a folded compound ends in, after a prefix of three
        letters or more."""
        for head in self._leader_heads:
            for form in (head, head + "n", head + "s"):
                if f.endswith(form) and len(f) - len(form) >= 3:
                    return form
        return None

    @staticmethod
    def _prefix_stems(f: str, word: str) -> set[str]:
        stem = f[: -len(word)].strip(" -")
        stems = {stem, stem[:-2] if stem.endswith("en") else stem, stem[:-1] if stem.endswith(("n", "s")) else stem}
        return {x for x in stems if len(x) >= 3}

    def _name_words(self, key: str) -> set[str]:
        """The folded words of a gazetteer entry's label and aliases."""
        e = self.g.entries[key]
        return {w for n in [e.label, *e.aliases] for w in fold(n).replace("-", " ").split()}

    def _party_words(self) -> set[str]:
        if self._party_word_set is None:
            self.is_party(None)
            self._party_word_set = {w for org in self._parties if org in self.g.entries for w in self._name_words(org)}
        return self._party_word_set

    def party_by_prefix(self, span: Span, person: str, date: Optional[str]) -> Optional[str]:
        """For "Sozialistenchef X": the party X leads on ``date`` whose names hold the prefix
        ("Sozialisten" → "Socialist Party (France)", "SNS" → "serbische SNS")."""
        f = fold(span.text)
        word = self._leader_head(f)
        if word is None:
            return None
        stems = self._prefix_stems(f, word)
        held = sorted({o.org for o in self.g.offices_of(person, date) if o.role == "party_leader" and
                       o.org in self.g.entries and
                       any(w.startswith(x) for x in stems for w in self._name_words(o.org))})
        return held[0] if len(held) == 1 else None

    # ------------------------------------------------------------ main
    def __call__(self, doc: Doc) -> Doc:
        # whether a parser ran, asked once: later components and the extractor read the flag
        doc._.kg_has_parse = doc.has_annotation("DEP")
        # wire datelines ("SINGAPORE (AP) —") name where a report was filed, no actor or place
        covered = {k for i, end in datelines(doc) for k in range(i, end + 1)}
        ents = [e for e in doc.ents if not covered & set(range(e.start, e.end))]
        spans: list[Span] = []
        model_ents = []

        def role_token(i: int, r) -> None:
            sp = Span(doc, i, i + 1, label="Role")
            sp._.kg_kind, sp._.kg_role = "role", r
            spans.append(sp)
            covered.add(i)

        for ent in ents:
            if len(ent) == 1 and ent.text in NOT_NAMES:
                continue   # "Dutzende Male": a word that is also a gazetteer name (Malé)
            if len(ent) == 1 and ent.text in COMPASS_WORDS and not _bloc_use(doc, ent.start):
                continue   # "im Westen der Ukraine", "West Africa": a direction
            if ent.ent_id_ and ent.ent_id_ in self.g.entries:
                key, end = ent.ent_id_, ent.end
                if len(ent) > 1 and ent[-1].lower_ == "military" and end < len(doc) and doc[end].pos_ == "NOUN":
                    # "U.S. military aid": "military" describes the noun; the name is the country
                    short = self.g.lookup(doc[ent.start:end - 1].text)
                    if short is not None:
                        key, end = short.key, end - 1
                start = ent.start
                if end - start == 1 and self.g.entries[key].type == "Person" and start > 0 and \
                        doc[start - 1].text[:1].isupper() and doc[start - 1].is_alpha and \
                        doc[start - 1].pos_ == "PROPN" and not doc[start - 1].is_sent_start and \
                        doc[start - 1].text not in NOT_NAMES and self.role(doc[start - 1].text) is None and \
                        self.g.lookup(doc[start - 1].text) is None and (start - 1) not in covered and \
                        "-" not in doc[start - 1].text and self.compound(doc[start - 1].text) is None:
                    start -= 1   # "Tayyip Erdogan": a first name the gazetteer does not list
                elif end - start == 1 and self.g.entries[key].type == "Organization" and start > 0 and \
                        doc[start - 1].tag_ == "ADJA" and doc[start - 1].text[:1].isupper() and \
                        not doc[start - 1].is_sent_start and (start - 1) not in covered and \
                        not any(e2.end == start for e2 in ents):
                    continue   # "des Nationalen Sicherheitsrats": a longer name the gazetteer lacks
                elif end - start == 1 and self.g.entries[key].type in ("Organization", "Group") and start > 0 and \
                        doc[start - 1].tag_ == "NE" and doc[start - 1].text[:1].isupper() and \
                        doc[start - 1].is_alpha and not doc[start - 1].text.endswith("s") and \
                        doc[start - 1].text not in NOT_NAMES and self.role(doc[start - 1].text) is None and \
                        self.g.lookup(doc[start - 1].text) is None and (start - 1) not in covered:
                    # "Christian Wagner": a first name makes a body's name a person's surname
                    sp = self._unknown(doc, start - 1, end, "Person")
                    if sp is not None:
                        spans.append(sp)
                        covered.update(range(start - 1, end))
                        continue
                elif end - start == 1 and self.g.entries[key].type == "City" and end < len(doc) and \
                        doc[end].tag_ in ("NE", "NNP") and doc[end].text[:1].isupper() and doc[end].is_alpha and \
                        doc[end].text not in NOT_NAMES and self.role(doc[end].text) is None and \
                        self.g.lookup(doc[end].text) is None and not any(e2.start == end for e2 in ents) and \
                        fold(doc[start].text) != fold(self.g.entries[key].label):
                    # "Rio Tinto": a city's short name before an unknown name starts a body's name
                    sp = self._unknown(doc, start, end + 1, "Organization")
                    if sp is not None:
                        spans.append(sp)
                        covered.update(range(start, end + 1))
                        continue
                title = self.role(doc[start].text) if end - start > 1 and \
                    self.g.entries[key].type == "Person" and doc[start].text[:1].isupper() else None
                if title is not None and title.relation == "leaderOf" and any(
                        o.role == title.role for o in self.g.offices_of(key, doc._.kg_date)):
                    # "König Willem-Alexander", "King Charles": an alias that holds the title; the
                    # title still states the office, if it is held on the article's date
                    role_token(start, title)
                    start += 1
                r = self._party_member(doc, start) if end - start == 1 else None
                if r is not None:
                    role_token(start, r)
                    continue
                sp = Span(doc, start, end, label=self.g.entries[key].type)
                sp._.kg_key = key
                sp._.kg_kind = "name"
                spans.append(sp)
                covered.update(range(start, end))
            else:
                model_ents.append(ent)
        # multi-word roles ("Defense Secretary", "prime minister") before a model's guesses ("prime minister", "secretary general")
        if self._multi_roles:
            low = [t.lower_ for t in doc]
            for words, r in self._multi_roles:
                n = len(words)
                wl = [w.lower() for w in words]
                for i in range(len(doc) - n + 1):
                    # the last word may be plural: "G7 foreign ministers", "prime ministers"
                    end = i + n
                    match = low[i:i + n] == wl or low[i:i + n - 1] == wl[:-1] and low[i + n - 1] == wl[-1] + "s"
                    if not match and n == 2 and i + 3 <= len(doc) and low[i + 1] == "-" and \
                            [low[i], low[i + 2]] == wl:
                        match, end = True, i + 3   # "Secretary-General" split by the tokenizer
                    if match and not covered & set(range(i, end)):
                        sp = Span(doc, i, end, label="Role")
                        sp._.kg_kind, sp._.kg_role = "role", r
                        spans.append(sp)
                        covered.update(range(i, end))
        # unknown names from a statistical NER (English/German models)
        def known(ent: Span, e: Optional[GazEntry], kind: str) -> None:
            if e is not None:
                sp = Span(doc, ent.start, ent.end, label=e.type)
                sp._.kg_key, sp._.kg_kind = e.key, kind
                spans.append(sp)
                covered.update(range(ent.start, ent.end))

        for ent in model_ents:
            while len(ent) > 1 and (ent[0].is_quote or ent[0].is_punct or ent[0].is_lower and ent[1].is_quote):
                ent = Span(doc, ent.start + 1, ent.end, label=ent.label_)
            while len(ent) > 1 and (ent[-1].is_quote or ent[-1].is_punct):
                # (a model's entity may take in the quotes around a name: '"Windsor Framework')
                ent = Span(doc, ent.start, ent.end - 1, label=ent.label_)
            if covered & set(range(ent.start, ent.end)):
                continue
            if ent.text.isupper() and len(ent.text) > 3 and ent.end < len(doc) and doc[ent.end].text == "(":
                # "JOHANNESBURG (AP) -": a dateline names where the report was filed, no actor
                known(ent, self.g.lookup(ent.text.title()), "name")
                continue
            # every country is in the gazetteer: an unknown GPE is a town or a region
            typ = {"PERSON": "Person", "PER": "Person", "ORG": "Organization", "GPE": "Location",
                   "LOC": "Location", "FAC": "Location"}.get(ent.label_)
            if len(ent) == 1 and self._party_member(doc, ent.start) is not None:
                continue   # (read as a person below)
            if ent.label_ == "NORP":
                dem = self.demonym(doc, ent.start) if len(ent) == 1 else None
                if dem is not None:
                    known(ent, dem, "name")   # "the Iranians": the people for the state
                else:
                    known(ent, self.adjective(ent.text), "adj")
                continue
            if typ and len(ent) == 1 and self.adjective(ent.text) is not None:
                known(ent, self.adjective(ent.text), "adj")   # a demonym the model took for a name ("Nigerien assets")
                continue
            if typ in ("Location", "Organization") and len(ent) in (2, 3) and \
                    given_names().get(ent[0].text) in ("f", "m") and doc[ent.end - 1].lower_ not in ORG_HEAD_WORDS:
                typ = "Person"   # "Tamara Kovac" taken for a place: a known given name starts it
            if typ == "Person" and self._body_before_noun(doc, ent.start, ent.end):
                typ = "Organization"
            if typ in ("Person", "Organization") and len(ent) > 1 and doc[ent.end - 1].lower_ in NON_ACTOR_HEAD_WORDS:
                continue   # "the Korean War", "the Peace Summit": no actor
            if typ:
                sp = self._unknown(doc, ent.start, ent.end, typ)
                if sp is not None:
                    spans.append(sp)
                    covered.update(range(ent.start, ent.end))
        def one_token(i: int, e: GazEntry, kind: str) -> None:
            sp = Span(doc, i, i + 1, label=e.type)
            sp._.kg_key, sp._.kg_kind = e.key, kind
            spans.append(sp)
            covered.add(i)

        for tok in doc:
            if tok.i in covered or tok.is_space or tok.is_punct:
                continue
            text = tok.text
            if self._capitalised_name(doc, tok.i):
                continue   # "der Türkischen Gemeinde": a capitalised adjective starts a German name
            dem = self.demonym(doc, tok.i) if tok.pos_ in ("NOUN", "PROPN", "ADJ") else None
            if dem is not None:
                one_token(tok.i, dem, "name")
                continue
            r = self._party_member(doc, tok.i)
            if r is not None:
                role_token(tok.i, r)
                continue
            # demonym adjectives: "französischer", "Russian"
            if tok.pos_ == "ADJ" or (self.lang == "de" and text[:1].islower() and tok.pos_ != "NOUN"):
                e = self.adjective(text)
                if e is not None and (self.lang != "en" or text[:1].isupper()):
                    one_token(tok.i, e, "adj")
                    continue
            reg = self.region(text) if self.lang == "de" and tok.pos_ in ("NOUN", "PROPN") else None
            if reg is not None:
                one_token(tok.i, reg, "name")
                continue
            comp = self.compound(text) if tok.pos_ in ("NOUN", "PROPN", "ADJ", "X") and \
                self.g.roles.get((self.lang, fold(text))) is None else None
            if comp is not None:
                e, head = comp
                r = self.role(head)
                if r is None and "-" in head:
                    r = self.role(head.split("-")[-1])
                a = self.adjective(head) if r is None else None
                sp = Span(doc, tok.i, tok.i + 1, label=e.type)
                sp._.kg_key = e.key
                body = self._compound_body(e, head) if r is None and self.lang == "de" else None
                if r is not None:
                    sp._.kg_kind, sp._.kg_role = "compound", r
                elif a is not None and tok.pos_ == "ADJ":
                    sp._.kg_kind = "adj"
                elif body is not None:
                    # "die Hamas-Führung", "die PiS-Regierung": the body itself, or the government
                    # the party forms
                    sp._.kg_key, sp._.kg_kind = body, "name"
                    sp.label_ = "Organization" if body != e.key else e.type
                else:
                    sp._.kg_kind = "modifier"      # "Ukraine-Krise", "US-Soldaten"
                spans.append(sp)
                covered.add(tok.i)
                continue
            r = self._prefixed_party_leader(text) if comp is None and self.lang == "de" and \
                tok.pos_ in ("NOUN", "PROPN") and self.role(text) is None else None
            if r is not None:
                # "Sozialistenchef Olivier Faure", "der SNS-Chef": a leader of a body the gazetteer
                # calls otherwise (resolved with the person's offices, see party_by_prefix)
                role_token(tok.i, r)
                continue
            # the tagger may take a capitalised role at a sentence start for a name ("Nato-Generalsekretär")
            r = self.role(text) if (tok.pos_ == "NOUN" or tok.pos_ == "PROPN" and (
                self.lang == "en" or tok.is_sent_start or "-" in text)) else None
            if r is not None:
                role_token(tok.i, r)
        # unknown proper names (German: HanTa NE runs)
        i = 0
        role_ends = {s.end for s in spans if s._.kg_kind in ("role", "compound")}
        listed_place_end = -1   # where the last unknown place named after a place noun ends
        while i < len(doc):
            tok = doc[i]
            # right after a title, a capitalised noun before a name starts the name
            # ("Außenamtssprecher Nasser Kanaani": "Nasser" is also an adjective form)
            after_title = i in role_ends and tok.tag_ in ("NN", "ADJD", "ADJA") and i + 1 < len(doc) and \
                doc[i + 1].tag_ in NAME_TAGS and doc[i + 1].text[:1].isupper() and tok.text[:1].isupper()
            # HanTa tags foreign names "FM": "Raed al-Saleh" (with a name particle) is a name
            foreign = tok.tag_ == "FM" and i + 1 < len(doc) and _name_particle(doc, i + 1)
            if i in covered or (tok.tag_ not in NAME_TAGS and not after_title and not foreign) or \
                    not tok.text[:1].isupper() or tok.text in NOT_NAMES or not tok.is_alpha:
                i += 1
                continue
            j = i
            while j + 1 < len(doc) and j + 1 not in covered and (
                    doc[j + 1].tag_ in NAME_TAGS and doc[j + 1].text[:1].isupper()
                    and doc[j + 1].text not in NOT_NAMES or _name_particle(doc, j + 1) or
                    # (whatever its tag, a capitalised word after a particle ends the name: "van der Werf")
                    j > i and _name_particle(doc, j) and doc[j + 1].text[:1].isupper() and doc[j + 1].is_alpha or
                    # "Katharina Dröge": a capitalised adjective form after a first name is a surname
                    self.lang == "de" and doc[j].tag_ == "NE" and doc[j + 1].tag_ in ("ADJD", "ADJA") and
                    doc[j + 1].text[:1].isupper() and doc[j + 1].is_alpha and doc[j + 1].text not in NOT_NAMES and
                    (j + 2 >= len(doc) or not doc[j + 2].text[:1].isupper())):
                j += 1
            prev_role = any(s._.kg_kind in ("role", "compound") and s.end == i for s in spans)
            if prev_role:
                while j + 1 < len(doc) and j + 1 not in covered and j - i < 3 and \
                        doc[j + 1].tag_ in ("NN", "NE") and doc[j + 1].text[:1].isupper() and \
                        doc[j + 1].is_alpha and (j + 2 >= len(doc) or not doc[j + 2].text[:1].isupper()
                                                 or doc[j + 2].tag_ not in ("NN",)):
                    j += 1
            if j == i and j + 2 < len(doc) and j + 1 not in covered and doc[j + 1].tag_ == "NN" and \
                    doc[j + 1].text[:1].isupper() and doc[j + 1].is_alpha and \
                    doc[j + 2].tag_ in ("VVFIN", "VAFIN", "VMFIN", "$,", "$(", "$.") and \
                    doc[j].tag_ == "NE" and not tok.is_sent_start:
                j += 1   # "Daniel Freund warf …": a surname that is also a noun
            typ = "Person" if prev_role or j > i else None
            if foreign and j == i and i + 1 < len(doc) and _name_particle(doc, i + 1):
                j, typ = i + 1, "Person"
            if typ is None and i > 0 and (doc[i - 1].lower_ in PLACE_NOUNS or i - 1 == listed_place_end and
                                          doc[i - 1].lower_ in (",", "und", "and", "sowie", "oder", "or")):
                # "in der Provinz Kahramanmaras", "die Stadt Pokrowsk"; "die Städte Dschermuk,
                # Goris und Kapan": the list goes on
                typ = "Location"
                listed_place_end = j + 1
            if typ is None and j == i and i > 0 and doc[i - 1].lower_ in ("in", "nach") and doc[i].tag_ == "NE" and (
                    j + 1 >= len(doc) or doc[j + 1].tag_ not in ("NN", "NE", "$(") and doc[j + 1].text != "'"):
                typ = "Location"   # "in Münster", "nach Aachen": an unknown name one is in or goes to is a place
            if typ is None and j == i and i > 1 and doc[i - 2].lower_ == "auf" and doc[i - 1].lower_ in ("dem", "den") and \
                    doc[i].tag_ == "NE" and (j + 1 >= len(doc) or doc[j + 1].tag_ not in ("NN", "NE", "$(")):
                typ = "Location"   # "auf dem Bürgenstock", "auf den Bürgenstock gekommen": a mountain or an island
            if typ is None and j == i and i > 1 and doc[i - 2].lower_ in ("im", "ins", "nach", "vom", "aus") and any(
                    sp.end == i and sp._.kg_kind == "adj" and sp.label_ == "Country" for sp in spans):
                typ = "Location"   # "im kanadischen Kananaskis"
            if typ is None and i > 0 and doc[i - 1].pos_ == "NOUN" and doc[i - 1].text[:1].isupper() and \
                    any(doc[i - 1].lower_.endswith((w, w + "en", w + "n", w + "e")) for w in ORG_NOUNS):
                # "der Gewerkschaftsbund KCTU", "die Hilfsorganisation Medair", "die beiden
                # Unabhängigkeitsparteien ERC und Junts"
                typ = "Organization"
            if typ in (None, "Person") and not prev_role and self._body_before_noun(doc, i, j + 1):
                typ = "Organization"
            last = doc[j].lower_
            if typ == "Person" and not prev_role and j > i:
                # "Affairs Office", "Sovereignty Council": a body; "National Day": no actor at all
                typ = "Organization" if last in ORG_HEAD_WORDS else None if last in NON_ACTOR_HEAD_WORDS else typ
            start = i
            if typ == "Person" and not prev_role and j > i and self._noun_family_name(doc, i - 1, covered):
                start = i - 1   # ", Park Chan Dae": a family name that is also a German noun
            if typ == "Organization":
                # "China's Taiwan Affairs Office": a place name right before it is part of the name
                before = next((sp for sp in spans if sp.end == i and sp._.kg_kind == "name" and
                               self.g.entries.get(sp._.kg_key) is not None and
                               self.g.entries[sp._.kg_key].type in ("Country", "City")), None)
                if before is not None:
                    spans.remove(before)
                    start = before.start
            if typ:
                sp = self._unknown(doc, start, j + 1, typ)
                if sp is not None:
                    spans.append(sp)
                    covered.update(range(start, j + 1))
            i = j + 1
        for i in range(len(doc)):
            if i not in covered and self._capitalised_name(doc, i):
                j = i + 1
                while j + 1 < len(doc) and j + 1 not in covered and doc[j + 1].tag_ in ("NN", "NE") and \
                        doc[j + 1].text[:1].isupper() and doc[j].lower_ not in ORG_HEAD_WORDS:
                    j += 1
                sp = self._unknown(doc, i, j + 1, "Organization")
                if sp is not None:
                    spans.append(sp)
                    covered.update(range(i, j + 1))
        spans += self._repeated_bodies(doc, spans, covered)
        spans += self._given_name_persons(doc, covered)
        spans = self._given_name_cities(doc, spans, covered)
        spans += self._quoted_bodies(doc, covered)
        if self.lang == "de":
            spans += self._genitive_bodies(doc, covered)
        spans = self._place_in_company_name(doc, spans, covered)
        spans = self._ministries(doc, spans)
        spans = self._bodies(doc, spans)
        spans = self._body_of_state(doc, spans)
        counts = self._country_counts(spans)
        if counts:
            main = max(sorted(counts), key=lambda k: counts[k])
            if sorted(counts.values())[-2:] != [counts[main]] * 2 and counts[main] >= 2:
                doc._.kg_topic = main   # named most often, and more often than any other
            self._local_namesakes(spans, counts, main)
        spans = self._place_surnames(doc, spans)
        spans = self._particle_surnames(doc, spans)
        spans = self._link_surnames(doc, spans)
        spans = self._link_acronyms(doc, spans)
        self._retype_places(doc, spans)
        spans = self._adjective_capitals(doc, spans)
        spans = self._borders(doc, spans)
        spans = self._protesters(doc, spans)
        # "The Briton later met …": one person of a country, for coreference, no new name
        nationals = singular_demonyms(self.lang)
        spans = [s for s in spans if not (len(s) == 1 and s.text in nationals and s._.kg_kind == "name" and
                                          s._.kg_key and s._.kg_key not in self.g.entries)]
        spans = [s for s in spans if not self._foreign_namesake(doc, s, spans)]
        spans.sort(key=lambda s: (s.start, s.end))
        doc.spans["kg_mentions"] = spans
        doc.ents = [s for s in spans if s._.kg_kind == "name" and s._.kg_key]
        doc._.kg_standing = self._titles(doc, spans)
        ents = doc._.kg_entities or {}
        for _, _, org_key, _, _ in doc._.kg_standing:
            if org_key in self.minted:
                ents.setdefault(org_key, self.minted[org_key])
        for s in spans:
            if s._.kg_key and s._.kg_key not in ents:
                ents[s._.kg_key] = self.entity(s._.kg_key, s)
        doc._.kg_entities = ents
        return doc

    def _protesters(self, doc: Doc, spans: list[Span]) -> list[Span]:
        """"protesters", "die Demonstranten": the people protesting in the country an adjective
        names ("Armenian protesters"), else in the one the article is about — one group per
        country, named "Protesters (Armenia)"."""
        covered = {i for sp in spans for i in range(sp.start, sp.end)}
        out = list(spans)
        ents = doc._.kg_entities or {}
        for t in doc:
            if t.lower_ not in PROTESTER_NOUNS or t.i in covered:
                continue
            adj = next((sp for sp in out if sp.end == t.i and sp._.kg_kind == "adj" and sp.label_ == "Country"), None)
            country = adj._.kg_key if adj is not None else doc._.kg_topic
            e = self.g.entries.get(country) if country else None
            key = f"{PROTESTERS}-{country}" if e is not None else PROTESTERS
            if key not in ents:
                ents[key] = Entity(key=key, type="Group", label=f"Protesters ({e.label})" if e is not None else "Protesters")
            start = adj.start if adj is not None else t.i
            if adj is not None:
                out.remove(adj)
            sp = Span(doc, start, t.i + 1, label="Group")
            sp._.kg_key, sp._.kg_kind = key, "name"
            out.append(sp)
        doc._.kg_entities = ents
        return out

    @staticmethod
    def _repeated_bodies(doc: Doc, spans: list[Span], covered: set) -> list[Span]:
        """"die Unabhängigkeitsparteien ERC und Junts … Verhandlungen mit ERC": a body found by
        a name the gazetteer lacks is that body where the name stands again alone."""
        names: dict[tuple, str] = {}
        for s in spans:
            if s._.kg_kind == "name" and (s._.kg_key or "").startswith("organization:") and len(s) <= 4:
                names.setdefault(tuple(t.text for t in s), s._.kg_key)
        out = []
        for words, key in sorted(names.items()):
            n = len(words)
            for i in range(len(doc) - n + 1):
                if tuple(t.text for t in doc[i:i + n]) != words or any(k in covered for k in range(i, i + n)):
                    continue
                if i > 0 and doc[i - 1].text[:1].isupper() and doc[i - 1].pos_ == "PROPN" or \
                        i + n < len(doc) and doc[i + n].text[:1].isupper() and doc[i + n].pos_ == "PROPN":
                    continue   # (part of a longer name)
                sp = Span(doc, i, i + n, label="Organization")
                sp._.kg_key, sp._.kg_kind = key, "name"
                out.append(sp)
                covered.update(range(i, i + n))
        return out

    def _foreign_namesake(self, doc: Doc, s: Span, spans: list[Span]) -> bool:
        """"Frankreichs Linke", "die französischen Grünen", "Poland's Greens": a national body's
        one-word name after another state's adjective or genitive names that state's namesake."""
        e = self.g.entries.get(s._.kg_key) if s._.kg_kind == "name" and len(s) == 1 else None
        if e is None or e.type != "Organization" or not e.country or s.start == 0:
            return False
        k = s.start - 1
        if doc[k].text in ("'s", "’s") and k > 0:
            k -= 1
        before = next((m for m in spans if m.end == k + 1 and m._.kg_kind in ("adj", "name") and m._.kg_key), None)
        if before is None:
            return False
        b = self.g.entries.get(before._.kg_key)
        return b is not None and b.type == "Country" and before._.kg_key != e.country and (
            before._.kg_kind == "adj" or doc[s.start - 1].text in ("'s", "’s") or before.text.endswith("s"))

    def entity(self, key: str, span: Optional[Span] = None) -> Entity:
        e = self.g.entries.get(key)
        if e is not None:
            return entity_of(e)
        typ, _, _ = key.partition(":")
        return Entity(key=key, type=typ.capitalize() if typ else "Organization",
                      label=span.text if span is not None else key)

    def _body_before_noun(self, doc: Doc, start: int, end: int) -> bool:
        """"the Viv Ansanm coalition", "the Fano militia": an English name before a body noun."""
        return self.lang == "en" and end < len(doc) and doc[end].text.islower() and \
            doc[end].lower_ in ORG_NOUNS and start > 0 and doc[start - 1].lower_ == "the"

    def _unknown(self, doc: Doc, start: int, end: int, typ: str) -> Optional[Span]:
        # a model's entity may hold the article or the possessive: "the RSF's" -> "RSF"
        while start < end and (doc[start].pos_ == "DET" or doc[start].lower_ in {"the"} | MILITARY_RANKS):
            start += 1   # "the", and ranks: "Major General Pat Ryder" is Pat Ryder
        for k in range(start, end):
            if doc[k].text in ("(", "[", ",", ";"):
                end = k   # "the Northern Front (NF": the bracket starts an abbreviation
                break
        while end > start and doc[end - 1].lower_ in ("'s", "’s", "'", "’", "of", "the", "and", "for", "der", "des",
                                                       "von", "und", "für"):
            end -= 1   # ("the Parliamentary Assembly of the Council of Europe": no name ends in "of the")
        if start >= end:
            return None
        text = doc[start:end].text
        if text.endswith("s") and end - start == 1 and self.g.lookup(text[:-1]):
            return None
        if typ == "Person" and end - start == 1:
            known = self._surname_holder(text, doc._.kg_date)
            if known is not None:
                # "Verteidigungsminister Austin": the one office holder of that surname
                sp = Span(doc, start, end, label="Person")
                sp._.kg_key, sp._.kg_kind = known, "name"
                return sp
        e = self.g.lookup(text) if text[:1].isupper() and "-" in text else None
        if e is not None and e.type in ("Person", "Organization", "Group"):
            # "Al-Sharaa" opening a sentence: the gazetteer's "al-Sharaa" in another case
            sp = Span(doc, start, end, label=e.type)
            sp._.kg_key, sp._.kg_kind = e.key, "name"
            return sp
        key = f"{typ.lower()}:{slug(text)}"
        sp = Span(doc, start, end, label=typ)
        sp._.kg_key, sp._.kg_kind = key, "name"
        if doc._.kg_entities is None:
            doc._.kg_entities = {}
        doc._.kg_entities[key] = Entity(key=key, type=typ, label=text)
        return sp

    def _given_name_persons(self, doc: Doc, covered: set) -> list[Span]:
        """"Savo Manojlović sagte …": a known given name (data/lexicon/given_names.tsv) before
        one or two capitalised proper names the gazetteer does not know starts a person's name."""
        out = []
        names = given_names()
        proper = ("NE", "FM") if self.lang == "de" else ("NNP",)
        i = 0
        while i < len(doc) - 1:
            t = doc[i]
            if i not in covered and t.text in names and i + 1 in covered and i + 2 < len(doc) and \
                    i + 2 not in covered and doc[i + 2].tag_ in proper and doc[i + 2].text[:1].isupper() and \
                    doc[i + 2].is_alpha and self.g.lookup(doc[i + 2].text) is None and \
                    getattr(self.g.lookup(doc[i + 1].text), "type", None) in ("City", "Location"):
                # "Albert Ondo Ossa": a middle name taken for a place; _place_surnames joins the rest
                sp = self._unknown(doc, i, i + 1, "Person")
                if sp is not None:
                    out.append(sp)
                    covered.add(i)
                i += 1
                continue
            if i in covered or t.text not in names or i + 1 in covered or doc[i + 1].tag_ not in proper or \
                    not doc[i + 1].text[:1].isupper() or self.role(doc[i + 1].text) is not None or \
                    self.g.lookup(doc[i + 1].text) is not None or doc[i + 1].text in NOT_NAMES:
                i += 1
                continue
            j = self._surnames_end(doc, i, covered, proper)
            sp = self._unknown(doc, i, j + 1, "Person")
            if sp is not None:
                out.append(sp)
                covered.update(range(i, j + 1))
            i = j + 1
        return out

    def _surnames_end(self, doc: Doc, i: int, covered: set, proper: tuple) -> int:
        """The last of up to two more unknown capitalised proper names after the one at ``i + 1``
        (a person's name that starts with a given name at ``i``)."""
        j = i + 1
        while j + 1 < len(doc) and j - i < 3 and j + 1 not in covered and doc[j + 1].tag_ in proper and \
                doc[j + 1].text[:1].isupper() and self.g.lookup(doc[j + 1].text) is None:
            j += 1
        return j

    def _given_name_cities(self, doc: Doc, spans: list[Span], covered: set) -> list[Span]:
        """"Milan Radoičić": a city's name that is also a given name, right before a capitalised
        proper name the gazetteer does not know, starts a person's name (not after a preposition:
        "in Milan Tuesday")."""
        names = given_names()
        proper = ("NE", "FM") if self.lang == "de" else ("NNP",)
        out = list(spans)
        for sp in spans:
            i = sp.start
            if len(sp) != 1 or sp.label_ != "City" or sp._.kg_kind != "name" or doc[i].text not in names or \
                    i + 1 >= len(doc) or i + 1 in covered or doc[i + 1].tag_ not in proper or \
                    not doc[i + 1].text[:1].isupper() or not doc[i + 1].is_alpha or \
                    self.g.lookup(doc[i + 1].text) is not None or self.role(doc[i + 1].text) is not None or \
                    doc[i + 1].lower_ in ORG_HEAD_WORDS | NON_ACTOR_HEAD_WORDS or doc[i + 1].text in NOT_NAMES or \
                    i > 0 and doc[i - 1].pos_ == "ADP":
                continue
            j = self._surnames_end(doc, i, covered, proper)
            self._widen(doc, out, [sp], i, j + 1, "Person", covered)
        return out

    def _widen(self, doc: Doc, out: list[Span], old: list[Span], start: int, end: int, typ: str,
               covered: set) -> None:
        """Put an unknown name of ``typ`` over ``start:end`` in place of the mentions ``old``
        (when one can be made), and mark its tokens as covered."""
        new = self._unknown(doc, start, end, typ)
        if new is None:
            return
        for o in old:
            out.remove(o)
        out.append(new)
        covered.update(range(start, end))

    def _quoted_bodies(self, doc: Doc, covered: set) -> list[Span]:
        """"die Bewegung "Kreni-Promeni"", "der Gruppe „Ekološki ustanak“": a quoted name right after
        a noun for a body is that body."""
        out = []
        for i in range(1, len(doc) - 2):
            if doc[i].text not in QUOTE_PAIRS or i + 1 in covered or not doc[i + 1].text[:1].isupper():
                continue
            noun = doc[i - 1].lower_
            if not (noun in ORG_NOUNS or doc[i - 1].text[:1].isupper() and any(noun.endswith(w) for w in ORG_NOUNS)):
                continue
            j = i + 1
            closing = QUOTE_PAIRS[doc[i].text]
            while j < len(doc) and j - i <= 5 and doc[j].text not in closing and j not in covered:
                j += 1
            if j >= len(doc) or doc[j].text not in closing or j == i + 1 or j - i > 5:
                continue
            sp = self._unknown(doc, i + 1, j, "Organization")
            if sp is not None:
                out.append(sp)
                covered.update(range(i + 1, j))
        return out

    def _genitive_bodies(self, doc: Doc, covered: set) -> list[Span]:
        """"des Zentralrats der Juden", "der Verband der Automobilindustrie": a compound noun for a
        body with a common noun in the genitive after it is that body's name."""
        out = []
        heads = sorted((w for w in ORG_HEAD_WORDS if len(w) >= 3), key=len, reverse=True)
        for k in range(1, len(doc) - 2):
            t = doc[k]
            if t.tag_ != "NN" or k in covered or doc[k - 1].lower_ not in ("der", "die", "das", "des", "dem", "den"):
                continue
            low = t.lower_
            stem = low[:-2] if low.endswith("es") and any(low[:-2].endswith(h) for h in heads) else \
                low[:-1] if low.endswith("s") and any(low[:-1].endswith(h) for h in heads) else low
            head = next((h for h in heads if stem.endswith(h)), None)
            if head is None or len(stem) <= len(head) + 2 or doc[k + 1].lower_ not in ("der", "des"):
                continue
            j = k + 2
            while j < len(doc) and doc[j].tag_ == "ADJA":
                j += 1
            if j >= len(doc) or doc[j].tag_ != "NN" or j in covered or not doc[j].text[:1].isupper() or \
                    self.role(doc[j].text) is not None:
                continue
            label = t.text[:len(stem)] + " " + doc[k + 1:j + 1].text
            key = f"organization:{slug(label)}"
            sp = Span(doc, k, j + 1, label="Organization")
            sp._.kg_key, sp._.kg_kind = key, "name"
            if doc._.kg_entities is None:
                doc._.kg_entities = {}
            doc._.kg_entities[key] = Entity(key=key, type="Organization", label=label)
            out.append(sp)
            covered.update(range(k, j + 1))
        return out

    def _surname_holder(self, surname: str, date: Optional[str]) -> Optional[str]:
        """The gazetteer person of this surname who holds an office on ``date``, if only one does."""
        if self._surnames is None:
            self._surnames = {}
            for e in self.g.entries.values():
                if e.type == "Person" and " " in e.label:
                    words = e.label.split()
                    while len(words) > 2 and words[-1].rstrip(".") in ("Jr", "Sr", "II", "III", "IV"):
                        words.pop()   # "Ferdinand Marcos Jr." is "Präsident Marcos"
                    self._surnames.setdefault(words[-1], []).append(e.key)
        keys = [k for k in self._surnames.get(surname, []) if self.g.offices_of(k, date)]
        return keys[0] if len(keys) == 1 else None

    def _ministries(self, doc: Doc, spans: list[Span]) -> list[Span]:
        """"das iranische Außenministerium": a country adjective and a ministry noun name that
        country's ministry (the gazetteer's, or one minted like "Ministry of X (Country)")."""
        out: list[Span] = []
        made: list[Span] = []
        for s in spans:
            # "das iranische Außenministerium"; "Iran's foreign ministry", "the Iranian defence ministry"
            k = s.end + (1 if s.end < len(doc) and doc[s.end].text in ("'s", "’s") and s._.kg_kind == "name" else 0)
            nxt = doc[k] if k < len(doc) else None
            words = nxt.lower_ if nxt is not None else ""
            if nxt is not None and k + 1 < len(doc) and doc[k + 1].lower_ == "ministry":
                words, k = f"{nxt.lower_} ministry", k + 1
            role = None
            country, start = s._.kg_key, s.start
            if s._.kg_kind in ("adj", "name") and nxt is not None and self.g.entries.get(s._.kg_key) is not None \
                    and self.g.entries[s._.kg_key].type == "Country" and (s._.kg_kind == "adj" or k > s.end):
                role = next((r for r, nouns in MINISTRY_NOUNS.items() if words in nouns), None)
            elif s._.kg_kind == "name" and s._.kg_key in self.g.capitals and s.start >= 2 and \
                    doc[s.start - 1].lower_ == "in":
                # "des Außenministeriums in Peking", "the foreign ministry in Beijing": the ministry
                # of the country whose capital it is in
                j = s.start - 2
                words = doc[j].lower_
                if j > 0 and words == "ministry":
                    j, words = j - 1, f"{doc[j - 1].lower_} ministry"
                role = next((r for r, nouns in MINISTRY_NOUNS.items() if words in nouns), None)
                country, start, k, nxt = self.g.capitals[s._.kg_key], j, s.end - 1, doc[s.start - 2]
                before = j - 1 if j > 0 and doc[j - 1].text in ("'s", "’s") else j
                if role is not None and any(o.start <= j < o.end or o.end == before and o._.kg_kind in ("adj", "name")
                                            for o in spans if o is not s):
                    role = None   # ("das iranische Außenministerium in Teheran": named already)
            if role is None:
                out.append(s)
                continue
            key = self.role_org(Role(nxt.text, self.lang, role, "leaderOf", ""), country)
            if key is None:
                out.append(s)
                continue
            sp = Span(doc, start, k + 1, label="Organization")
            sp._.kg_key, sp._.kg_kind = key, "name"
            out.append(sp)
            made.append(sp)
            ents = doc._.kg_entities or {}
            if key in self.minted:
                ents.setdefault(key, self.minted[key])
            doc._.kg_entities = ents
        # the ministry's words may have been read as something else ("defence ministry"); a title
        # read across them keeps its own last word ("Chinese foreign ministry spokesman")
        kept = []
        for x in out:
            over = [m for m in made if m.start < x.end and x.start < m.end]
            if x in made or not over:
                kept.append(x)
            elif x._.kg_kind == "role" and x.end > max(m.end for m in over):
                tail = doc[max(m.end for m in over):x.end]
                r = self.role(tail.text)
                if r is not None:
                    sp = Span(doc, tail.start, tail.end, label="Role")
                    sp._.kg_kind, sp._.kg_role = "role", r
                    kept.append(sp)
        return kept

    def _bodies(self, doc: Doc, spans: list[Span]) -> list[Span]:
        """"das georgische Parlament", "Georgiens Parlament", "Georgia's parliament", "the Chinese
        coast guard", "die Kosovo-Polizei": a country and a noun of lexicon/bodies.tsv name that
        country's body; later "das Parlament", "the police" alone are the body of that kind named last."""
        rows = BODY_WORDS.get(self.lang, [])
        self._named_bodies = []
        if not rows:
            return spans
        taken = {i for s in spans for i in range(s.start, s.end)}
        roles = {i for s in spans if s._.kg_kind in ("role", "compound") for i in range(s.start, s.end)}

        def body_at(k: int):
            for words, label, kind in rows:
                n = len(words)
                if k + n <= len(doc) and tuple(t.lower_ for t in doc[k:k + n]) == words and \
                        not taken & set(range(k, k + n)) and k + n not in roles:
                    return label, kind, k + n   # "opposition leader X" is a title, not the body
            return None

        out: list[Span] = []
        named: list[tuple[int, str, str, GazEntry]] = []   # (end, kind, key, country) of each body named
        self._named_bodies = named
        for s in spans:
            e = self.g.entries.get(s._.kg_key) if s._.kg_key else None
            hit = None
            if e is not None and e.type == "Country":
                if s._.kg_kind == "modifier" and self.lang == "de" and len(s) == 1:
                    head = doc[s.start].lower_.rsplit("-", 1)[-1]
                    hit = next(((label, kind, s.end) for words, label, kind in rows if words == (head,)), None)
                elif s._.kg_kind == "adj" or s._.kg_kind == "name" and (
                        self.lang == "de" and doc[s.end - 1].text.endswith("s")):
                    hit = body_at(s.end)
                elif s._.kg_kind == "name" and s.end < len(doc) and doc[s.end].text in ("'s", "’s"):
                    hit = body_at(s.end + 1)
            if hit is None:
                out.append(s)
                known = self._body_kinds().get(s._.kg_key) if s._.kg_kind == "name" else None
                if known is not None:
                    named.append((s.end, known[0], s._.kg_key, known[1]))   # "die Knesset", "the Sejm"
                continue
            label, kind, end = hit
            key = self._body(label.format(country=e.label))
            sp = Span(doc, s.start, end, label="Organization")
            sp._.kg_key, sp._.kg_kind = key, "name"
            out.append(sp)
            named.append((end, kind, key, e))
            taken.update(range(s.start, end))
        if named:
            # "das Parlament", "the police": a definite body noun alone is the body of that kind
            # named last, else that of the country whose body was named last ("Das georgische
            # Parlament … Die Opposition …")
            for t in doc:
                if t.i in taken or t.i == 0 or doc[t.i - 1].pos_ != "DET" and doc[t.i - 1].lower_ not in (
                        "the", "des", "dem", "den", "das", "die", "der"):
                    continue
                hit = body_at(t.i)
                prev = [x for x in named if hit is not None and x[0] <= t.i]
                if prev:
                    same = [key for _, kind, key, _ in prev if kind == hit[1]]
                    sp = Span(doc, t.i, hit[2], label="Organization")
                    sp._.kg_key = same[-1] if same else self._body(hit[0].format(country=prev[-1][3].label))
                    sp._.kg_kind = "name"
                    out.append(sp)
                    taken.update(range(t.i, hit[2]))
        ents = doc._.kg_entities or {}
        for key in {sp._.kg_key for sp in out}:
            if key in self.minted:
                ents.setdefault(key, self.minted[key])
        doc._.kg_entities = ents
        return out

    def _country_counts(self, spans: list[Span]) -> dict[str, int]:
        """How often each country is named, by itself or by what belongs to it."""
        counts: dict[str, int] = {}
        for sp in spans:
            e = self.g.entries.get(sp._.kg_key) if sp._.kg_key else None
            c = e.key if e is not None and e.type == "Country" else e.country if e is not None else None
            if c:
                counts[c] = counts.get(c, 0) + 1
        return counts

    def _local_namesakes(self, spans: list[Span], counts: dict[str, int], main: str) -> None:
        """"der Chef der Demokratischen Partei" in a report on South Korea: a body of a country the
        article never names, called by words that a body of the article's own country (``main``)
        also goes by ("Demokratische Partei Koreas"), is that one."""
        for sp in spans:
            e = self.g.entries.get(sp._.kg_key) if sp._.kg_kind == "name" and sp._.kg_key else None
            if e is None or e.type != "Organization":
                continue
            doc = sp.doc
            # "South Korea's Supreme Court": the country named with it, not the article's main one
            owner = next((x._.kg_key for x in spans if x._.kg_key and self._type_of(x._.kg_key) == "Country" and (
                x.end == sp.start or x.end == sp.start - 1 and doc[x.end].text in ("'s", "’s"))), None)
            if not e.country and owner is None:
                continue   # ("Russia's Security Council" is no body of the UN)
            home = owner or main
            if e.country == home:
                continue
            # the body's country named by other words too, and not much less than the main one
            other = counts.get(e.country, 0) - sum(1 for x in spans if x._.kg_key == e.key)
            if owner is None and other > 1 and other * 3 > counts.get(main, 0):
                continue
            words = f" {fold(sp.text)} "
            local = sorted({k for k, aliases in self._org_aliases(home) if any(words in f" {a} " for a in aliases)})
            stem = fold(sp.text)[:-2] if len(sp) == 1 and fold(sp.text).endswith("en") else ""
            if not local and len(stem) >= 6:
                # "die Demokraten" are the local "Demokratische Partei"
                local = sorted({k for k, aliases in self._org_aliases(home) if any(
                    any(w.startswith(stem) for w in a.split()) and ("partei" in a or "party" in a)
                    for a in aliases)})
            if len(local) == 1:
                sp._.kg_key = local[0]

    def _type_of(self, key: str) -> Optional[str]:
        e = self.g.entries.get(key)
        return e.type if e is not None else None

    def _org_aliases(self, country: str) -> list[tuple[str, list[str]]]:
        if self._aliases_by_country is None:
            self._aliases_by_country = {}
            for e in sorted(self.g.entries.values(), key=lambda x: x.key):
                if e.type in ("Organization", "Group") and e.country:
                    self._aliases_by_country.setdefault(e.country, []).append(
                        (e.key, [fold(a) for a in e.aliases]))
        return self._aliases_by_country.get(country, [])

    def _body_kinds(self) -> dict:
        """Gazetteer bodies known by a label of lexicon/bodies.tsv ("Parliament of Israel" is the
        Knesset): key → (kind, country entry)."""
        if self._known_bodies is None:
            self._known_bodies = {}
            for c in sorted((e for e in self.g.entries.values() if e.type == "Country"), key=lambda e: e.key):
                for kind, label in BODY_LABELS.items():
                    e = self.g.lookup(label.format(country=c.label))
                    if e is not None and e.type == "Organization":
                        self._known_bodies.setdefault(e.key, (kind, c))
        return self._known_bodies

    def _body(self, label: str) -> str:
        """The gazetteer body known by this label as an alias ("Parliament of Georgia"), else a new one."""
        e = self.g.lookup(label)
        if e is not None and e.type == "Organization":
            return e.key
        key = f"organization:{slug(label)}"
        self.minted.setdefault(key, Entity(key=key, type="Organization", label=label))
        return key

    def _noun_family_name(self, doc: Doc, k: int, covered: set) -> bool:
        """A short bare noun right before a two-word name, with no article or preposition of its
        own, starts the name ("…, Park Chan Dae", "sagte Moon Jae In"): East Asian family names
        are short, titles ("Vizeaußenminister") are not."""
        if k < 0 or k in covered or doc[k].tag_ != "NN" or not doc[k].is_alpha or len(doc[k]) > 5 or \
                doc[k].text in NOT_NAMES or doc[k].lower_ in PLACE_NOUNS or doc[k].lower_ in ORG_NOUNS or \
                doc[k].text in ("Herr", "Frau") or self.role(doc[k].text) is not None:
            return False
        return doc[k].is_sent_start or doc[k - 1].text in (",", "(", ":") or \
            doc[k - 1].tag_ in ("VVFIN", "VAFIN", "VMFIN", "KON")

    def _capitalised_name(self, doc: Doc, i: int) -> bool:
        """German writes adjectives small except in names: a capitalised adjective inside a
        sentence before a word for a body ("die Türkische Gemeinde", "der Syrische Rote Halbmond")
        starts the name of a body."""
        if self.lang != "de" or i == 0 or doc[i].tag_ != "ADJA" or not doc[i].text[:1].isupper() or \
                doc[i].is_sent_start or doc[i - 1].is_punct or doc[i].lower_ in TITLE_MODIFIERS:
            return False
        j = i + 1
        while j < len(doc) and j - i <= 2 and doc[j].text[:1].isupper() and doc[j].tag_ in ("NN", "NE", "ADJA"):
            if doc[j].tag_ in ("NN", "NE") and any(doc[j].lower_.endswith(w) for w in ORG_HEAD_WORDS):
                return self.g.lookup(doc[i:j + 1].text) is None
            j += 1
        return False

    def _place_in_company_name(self, doc: Doc, spans: list[Span], covered: set) -> list[Span]:
        """"Sierra Nevada Corp", "Cubic Corporation": a place inside a capitalised name that ends
        in a word for a body is part of that body's name, not the place."""
        out = list(spans)
        for sp in spans:
            e = self.g.entries.get(sp._.kg_key) if sp._.kg_kind == "name" else None
            if e is None or e.type not in ("City", "Location", "Organization"):
                continue
            # ("UN Human Rights Monitoring Mission": a body's own body may take more words)
            room = 4 if e.type == "Organization" else 2
            k = sp.end
            nxt = next((x for x in out if x.start == sp.end and x._.kg_kind == "name" and x._.kg_key and
                        x._.kg_key.startswith("organization:") and len(x) <= room), None)
            if nxt is not None and doc[nxt.end - 1].lower_ in ORG_HEAD_WORDS:
                # an unknown body a model found right after the known name ("UN" + "Human Rights
                # Monitoring Mission"): one name
                self._widen(doc, out, [sp, nxt], sp.start, nxt.end, "Organization", covered)
                continue
            while k < len(doc) and k - sp.end < room and doc[k].text[:1].isupper() and \
                    doc[k].lower_.rstrip(".") not in ORG_HEAD_WORDS and k not in covered:
                k += 1
            if k >= len(doc) or doc[k].lower_.rstrip(".") not in ORG_HEAD_WORDS or not doc[k].text[:1].isupper():
                continue
            start = sp.start
            while start > 0 and doc[start - 1].text[:1].isupper() and doc[start - 1].is_alpha and \
                    start - 1 not in covered and not doc[start - 1].is_sent_start and sp.start - start < 2:
                start -= 1
            # "Kyiv Group" alone may be a place's body: want another word of the name (a known name
            # of two words is enough: "Panama Canal Authority")
            if start == sp.start and k == sp.end and len(sp) < 2:
                continue
            self._widen(doc, out, [sp], start, k + 1, "Organization", covered)
        return out

    def _retype_places(self, doc: Doc, spans: list[Span]) -> None:
        """An unknown name the text calls a city or region is a place, whatever a model guessed
        ("El Fasher, the last major city in Darfur", "the town of Bakhmut", "die Stadt Pokrowsk")."""
        ents = doc._.kg_entities or {}
        for s in spans:
            key = s._.kg_key
            if s._.kg_kind != "name" or not key or key in self.g.entries or key.startswith("location:"):
                continue
            before = [t.lower_ for t in doc[max(0, s.start - 3):s.start]]
            after = [t for t in doc[s.end:s.end + 6]]
            place = bool(before) and (before[-1] in PLACE_NOUNS or (
                len(before) >= 2 and before[-1] == "of" and before[-2] in PLACE_NOUNS))
            if not place and after and after[0].text == ",":
                for t in after[1:]:
                    if t.lower_ in PLACE_NOUNS:
                        place = True
                        break
                    if not (t.pos_ in ("DET", "ADJ", "ADV") or t.tag_ in ("ART", "ADJA") or
                            t.dep_ == "compound"):   # "the last army stronghold"
                        break
            if place:
                new = f"location:{key.partition(':')[2]}"
                ents[new] = Entity(key=new, type="Location", label=ents[key].label if key in ents else s.text)
                for m in spans:
                    if m._.kg_key == key:
                        m._.kg_key = new
        doc._.kg_entities = ents

    def _adjective_capitals(self, doc: Doc, spans: list[Span]) -> list[Span]:
        """"the Japanese capital", "in der ukrainischen Hauptstadt": with no name after them, the
        country's capital city (when the country has one capital)."""
        if self._capital_of_country is None:
            by_country: dict[str, list[str]] = {}
            for city, country in sorted(self.g.capitals.items()):
                by_country.setdefault(country, []).append(city)
            self._capital_of_country = {k: v[0] for k, v in by_country.items() if len(v) == 1}
        starts = {s.start for s in spans}
        out = []
        for sp in spans:
            n = sp.end
            city = self._capital_of_country.get(sp._.kg_key) if sp._.kg_kind == "adj" else None
            if city is None or n >= len(doc) or doc[n].lower_ not in CAPITAL_NOUNS or \
                    n + 1 in starts or n + 1 < len(doc) and doc[n + 1].pos_ == "PROPN":
                out.append(sp)
                continue
            new = Span(doc, sp.start, n + 1, label="City")
            new._.kg_key, new._.kg_kind = city, "name"
            out.append(new)
        return out

    def _country_word(self, word: str) -> Optional[str]:
        """A country by its name or adjective, as in a border's hyphenated name ("finnisch",
        "russische", "U.S.", "Mexico", "Polish")."""
        e = self.g.lookup(word) or self.adjective(word)
        if e is None and self.lang == "de" and word.islower():
            e = self.adjective(word + "e")   # the first part of "finnisch-russische" is undeclined
        return e.key if e is not None and e.type == "Country" else None

    def _state_of_mention(self, s: Span) -> Optional[str]:
        e = self.g.entries.get(s._.kg_key)
        if e is None:
            return None
        return e.key if e.type == "Country" else e.country if e.type == "Person" and e.country else None

    def _borders(self, doc: Doc, spans: list[Span]) -> list[Span]:
        """"die finnisch-russische Grenze", "the U.S.-Mexico border", "Polens Grenze zu Belarus",
        "the border with Belarus": the border of two states, a place of its own (troops are sent
        to it), named "A–B border" after the two states in alphabetical order."""
        by_start = {s.start: s for s in spans}
        out = list(spans)
        for t in doc:
            if t.lower_ not in BORDER_NOUNS or t.pos_ not in ("NOUN", "PROPN"):
                continue
            pair, start, end = None, t.i, t.i + 1
            word = doc[t.i - 1] if t.i > 0 else None
            if word is not None and ("-" in word.text or "–" in word.text) and word.text[:1] not in "-–":
                parts = [w for w in re.split(r"[-–]", word.text) if w]
                keys = [self._country_word(w) for w in parts]
                if len(keys) == 2 and all(keys):
                    pair, start = keys, t.i - 1
            if pair is None and t.i > 2 and doc[t.i - 2].text in ("-", "–"):
                a, b = self._country_word(doc[t.i - 3].text), self._country_word(doc[t.i - 1].text)
                if a and b:
                    pair, start = [a, b], t.i - 3   # "the Belarus - Lithuania border" (tokenised apart)
            if pair is None and t.i + 2 < len(doc) and doc[t.i + 1].lower_ in ("zu", "with", "mit"):
                other = by_start.get(t.i + 2)
                own = None
                if t.i > 0:
                    before = [s for s in spans if s.end == t.i and s._.kg_kind in ("name", "adj") and s._.kg_key]
                    if before and before[0].label_ == "Country":
                        own = before[0]._.kg_key   # "Polens Grenze zu Belarus", "Poland's border with Belarus"
                    elif t.i > 1 and doc[t.i - 1].text in ("'s", "’s"):
                        before = [s for s in spans if s.end == t.i - 1 and s.label_ == "Country" and s._.kg_key]
                        own = before[0]._.kg_key if before else None
                if own is None:
                    # "Polen hat Soldaten an die Grenze zu Belarus verlegt", "Maduro sent soldiers to
                    # the border with Colombia": the state the sentence names before, or the state
                    # of the person it names (of the last one named, if a pronoun stands for them)
                    lo = t.sent.start
                    before = []
                    if lo > 0 and any(x.lower_ in ("he", "she", "er", "sie") for x in doc[lo:t.i]):
                        last = doc[lo - 1].sent.start
                        before = sorted((s for s in spans if s._.kg_key and last <= s.start < lo and
                                         s.label_ == "Person" and self._state_of_mention(s)), key=lambda s: s.start)
                    before = before or sorted((s for s in spans if s._.kg_key and lo <= s.start and s.end <= t.i and
                                               self._state_of_mention(s)), key=lambda s: s.start)
                    own = self._state_of_mention(before[-1]) if before else doc._.kg_topic
                if other is not None and other.label_ == "Country" and other._.kg_key and own and \
                        own != other._.kg_key and self.g.entries.get(own) is not None and \
                        self.g.entries[own].type == "Country":
                    pair, end = [own, other._.kg_key], other.end
            if pair is None or pair[0] == pair[1]:
                continue
            names = sorted(self.g.entries[k].label for k in pair)
            label = f"{names[0]}–{names[1]} border"
            key = f"location:{slug(label)}"
            out = [x for x in out if x.end <= start or x.start >= end]
            sp = Span(doc, start, end, label="Location")
            sp._.kg_key, sp._.kg_kind = key, "name"
            if doc._.kg_entities is None:
                doc._.kg_entities = {}
            doc._.kg_entities[key] = Entity(key=key, type="Location", label=label)
            out.append(sp)
        return out

    def _body_of_state(self, doc: Doc, spans: list[Span]) -> list[Span]:
        """"the Armed Forces of the Philippines", "the Central Bank of Nigeria": an unknown body's
        name ending in a body word goes on over "of (the)" and the state named after it."""
        if self.lang != "en":
            return spans
        out = list(spans)
        for sp in spans:
            if sp not in out or not (sp._.kg_key or "").startswith("organization:") or \
                    doc[sp.end - 1].lower_ not in ORG_HEAD_WORDS or sp.end + 1 >= len(doc) or doc[sp.end].lower_ != "of":
                continue
            k = sp.end + 1 + (doc[sp.end + 1].lower_ == "the")
            state = next((x for x in out if x.start == k and x._.kg_kind == "name" and
                          self.g.entries.get(x._.kg_key) is not None and
                          self.g.entries[x._.kg_key].type == "Country"), None)
            if state is None:
                continue
            new = self._unknown(doc, sp.start, state.end, "Organization")
            if new is not None:
                out = [x for x in out if x is not sp and x is not state] + [new]
        return sorted(out, key=lambda x: (x.start, x.end))

    def _link_acronyms(self, doc: Doc, spans: list[Span]) -> list[Span]:
        """"Rapid Support Forces (RSF)": later "RSF" is the same entity, found or not; "die
        Sozialistische Arbeiterpartei PSOE" is the body the abbreviation names."""
        short: dict[str, str] = {}
        by_start = {s.start: s for s in spans}
        for s in spans:
            nxt = by_start.get(s.end)
            if s._.kg_kind == "name" and (s._.kg_key or "").startswith("organization:") and nxt is not None and \
                    len(nxt) == 1 and nxt.text.isupper() and 2 <= len(nxt.text) <= 8 and \
                    nxt._.kg_key in self.g.entries and self.g.entries[nxt._.kg_key].type in ("Organization", "Group"):
                # "der Sozialistischen Arbeiterpartei PSOE": a name not known, with the known
                # abbreviation after it, is that body
                s._.kg_key = nxt._.kg_key
        for s in sorted(spans, key=lambda s: s.start):
            if s._.kg_kind != "name" or not s._.kg_key:
                continue
            if s.end + 2 < len(doc) and doc[s.end].text == "(" and doc[s.end + 2].text == ")":
                ab = doc[s.end + 1]
                if ab.text.isupper() and 2 <= len(ab.text) <= 8 and len(s) > 1 and \
                        s.label_ not in ("Person", "Country", "City", "Location"):   # "Volker Wissing (FDP)"
                    short[ab.text] = s._.kg_key
        if not short:
            return spans
        covered = {i for s in spans for i in range(s.start, s.end)}
        out = list(spans)
        for t in doc:
            key = short.get(t.text)
            if key is None:
                continue
            m = by_start.get(t.i)
            if m is not None and m.end == t.i + 1 and m._.kg_kind == "name":
                known = self.g.entries.get(m._.kg_key)
                if m._.kg_key != key and (known is None or known.type in ("Organization", "Group") and
                                          key in self.g.entries):
                    m._.kg_key = key   # a known body's own abbreviation beats a namesake ("PPP" in Pakistan)
            elif t.i not in covered:
                sp = Span(doc, t.i, t.i + 1, label="Organization")
                sp._.kg_key, sp._.kg_kind = key, "name"
                out.append(sp)
        return out

    def _surname(self, s: Span) -> str:
        """The word of a full name a bare mention would use: the last, except for names of the
        countries of the word class family_name_first ("Li Qiang" … "Li", "Anwar Ibrahim" … "Anwar")."""
        known = self.g.entries.get(s._.kg_key)
        if known is not None and known.country in FAMILY_NAME_FIRST:
            return s[0].text
        words = [t.text for t in s if t.text not in (".",)]
        while len(words) > 2 and words[-1].rstrip(".") in ("Jr", "Sr", "II", "III", "IV"):
            words.pop()   # "Ferdinand Marcos Jr." … "Marcos"
        return words[-1]

    @staticmethod
    def _family_first(s: Span) -> bool:
        """An unknown two-word name with no given name in it may put the family name first ("Cheng
        Lei" … "Cheng")."""
        return len(s) == 2 and (s._.kg_key or "").startswith("person:") and \
            s[0].text not in given_names() and s[1].text not in given_names()

    def _particle_surnames(self, doc: Doc, spans: list[Span]) -> list[Span]:
        """"Konstantin von Notz", "Rafael van der Vaart": a person's name the gazetteer does not
        know goes on over "von"/"van"/"zu" (and "der"/"den") with a proper name (not "Riccardo Magi
        von der Partei +Europa")."""
        taken = {i for x in spans for i in range(x.start, x.end)}
        for p in sorted(spans, key=lambda x: x.start):
            k = p.end
            if p._.kg_kind != "name" or not (p._.kg_key or "").startswith("person:") or \
                    k >= len(doc) or doc[k].text not in NAME_PARTICLES or p[0].text not in given_names():
                continue
            k += 2 if k + 1 < len(doc) and doc[k + 1].text in ("der", "den") else 1
            if k >= len(doc) or k in taken or not doc[k].text[:1].isupper() or not doc[k].is_alpha or \
                    doc[k].tag_ not in NAME_TAGS or doc[k].text in NOT_NAMES or self.g.lookup(doc[k].text) is not None or \
                    self.role(doc[k].text) is not None:
                continue
            sp = self._unknown(doc, p.start, k + 1, "Person")
            if sp is not None:
                spans = [x for x in spans if x is not p] + [sp]
                taken.update(range(p.start, k + 1))
        return spans

    def _place_surnames(self, doc: Doc, spans: list[Span]) -> list[Span]:
        """"Justice Minister Iván Lima": a person's name the gazetteer does not know, right before
        one word the gazetteer knows as a city or place, goes on with it as the surname."""
        by_start = {x.start: x for x in spans}
        for p in sorted(spans, key=lambda x: x.start):
            q = by_start.get(p.end)
            if p._.kg_kind != "name" or not (p._.kg_key or "").startswith("person:") or q is None or \
                    len(q) != 1 or q._.kg_kind != "name" or q._.kg_key not in self.g.entries or \
                    self.g.entries[q._.kg_key].type not in ("City", "Location") or p not in spans:
                continue
            end = q.end
            taken = {i for x in spans for i in range(x.start, x.end)}
            while end < len(doc) and end not in taken and doc[end].tag_ in NAME_TAGS and \
                    doc[end].text[:1].isupper() and doc[end].is_alpha and doc[end].text not in NOT_NAMES:
                end += 1   # "Albert Ondo Ossa": the surname may go on after the place's name
            sp = self._unknown(doc, p.start, end, "Person")
            if sp is not None:
                spans = [x for x in spans if x is not p and x is not q] + [sp]
        return spans

    def _link_surnames(self, doc: Doc, spans: list[Span]) -> list[Span]:
        """A bare surname refers to the full name the article gives ("John Kirby" … "Kirby",
        "Charles Michel" … "Michel"; also a headline's "Kurti" before "Albin Kurti"), when only
        one person of the article bears it."""
        full: dict[str, str] = {}
        covered = {i for s in spans for i in range(s.start, s.end)}
        bearers: dict[str, set] = {}
        for s in spans:
            if s._.kg_kind == "name" and s._.kg_key and len(s) > 1 and (
                    s.label_ == "Person" or s._.kg_key.startswith("person:")):
                bearers.setdefault(self._surname(s), set()).add(s._.kg_key)
        for s in sorted(spans, key=lambda s: s.start):
            if s._.kg_kind == "name" and s._.kg_key and len(s) > 1 and (
                    s.label_ == "Person" or s._.kg_key.startswith("person:") or
                    (self.g.entries.get(s._.kg_key) is not None and self.g.entries[s._.kg_key].type == "Person")):
                surname = self._surname(s)
                # an unknown two-word name that does not open with a given name may put the family
                # name first ("Cheng Lei" … "Cheng")
                first = s[0].text if self._family_first(s) else None
                for t in doc[s.end:]:
                    if t.text in (surname, first) and t.i not in covered and t.text[:1].isupper() and \
                            t.pos_ in ("PROPN", "NOUN") and not (t.i > 0 and doc[t.i - 1].tag_ in (
                                "ART", "PPOSAT", "PIAT", "ADJA", "DT", "PRP$", "JJ")):
                        start = t.i
                        if t.text == surname and len(s) > 2 and t.i > 0 and doc[t.i - 1].text == s[-2].text:
                            # "Albert Ondo Ossa" … "Ondo Ossa": a surname of two words, the first
                            # of them taken for a place
                            start = t.i - 1
                            spans = [x for x in spans if not (x.start == start and x.end == start + 1)]
                        sp = Span(doc, start, t.i + 1, label="Person")
                        sp._.kg_key, sp._.kg_kind = s._.kg_key, "name"
                        spans.append(sp)
                        covered.add(t.i)
        for s in sorted(spans, key=lambda s: s.start):
            if s._.kg_kind != "name" or not s._.kg_key:
                continue
            is_person = s.label_ == "Person" or s._.kg_key.startswith("person:")
            if len(s) > 1 and is_person:
                full[self._surname(s)] = s._.kg_key
                if self._family_first(s):
                    full.setdefault(s[0].text, s._.kg_key)
            elif len(s) == 1 and s.text in full and s._.kg_key != full[s.text] and \
                    (s._.kg_key.startswith("person:") or s.label_ == "Person") and not (
                        s._.kg_key in self.g.entries and s.start > 0 and any(
                            r.end == s.start and r._.kg_kind == "role" for r in spans)):
                # (not "King Salman" after "Mohammed bin Salman": a title with the name the
                # gazetteer knows names that person)
                s._.kg_key = full[s.text]
            elif len(s) == 1 and s.text in full and (s._.kg_key.startswith(("organization:", "location:")) or (
                    s._.kg_key in self.g.entries and self.g.entries[s._.kg_key].type in ("City", "Location") and
                    not (s.start > 0 and doc[s.start - 1].pos_ == "ADP"))):
                # "General Ashok Raj Sigdel" … "Sigdel" taken by a model for a body, "Iván Lima" …
                # "Lima said" for the city: the person
                s._.kg_key, s.label_ = full[s.text], "Person"
            elif len(s) == 1 and s._.kg_key.startswith("person:") and len(bearers.get(s.text, ())) == 1 \
                    and s._.kg_key not in bearers[s.text]:
                s._.kg_key = next(iter(bearers[s.text]))   # named in full only later
        return spans

    # ------------------------------------------------------------ titles
    def _titles(self, doc: Doc, spans: list[Span]) -> list[tuple]:
        """Standing relations stated by titles and appositions."""
        out = []
        by_start = {s.start: s for s in spans}
        by_end = {s.end: s for s in spans}
        for s in spans:
            if s._.kg_kind not in ("role", "compound"):
                continue
            r = s._.kg_role
            person = self._title_person(doc, s, by_start)
            if person is None:
                continue
            if self._former(doc, s, by_end):
                s._.kg_keys = [person._.kg_key]   # still names the person, but no office now
                k = s.start - 1
                while k > 0 and (doc[k].lower_ in FORMER_TITLE or doc[k].lower_ in TITLE_MODIFIERS):
                    k -= 1
                party = by_end.get(k + 1)
                if k + 1 < s.start and party is not None and party._.kg_kind == "adj" and self.is_party(party._.kg_key):
                    # "Democratic former Speaker Nancy Pelosi": no office now, but still of the party
                    out.append((person._.kg_key, "memberOf", party._.kg_key, s, person))
                continue
            s._.kg_key = s._.kg_key if s._.kg_kind == "compound" else None
            org = self._title_org(doc, s, by_end, spans)
            fixed = self.g.entries.get(r.org) if r.org else None
            if fixed is not None and fixed.type == "Organization" and org is not None and org == fixed.country:
                org = r.org   # "U.S. House Speaker X": the title names the body, the adjective its state
            known = self.g.entries.get(person._.kg_key)
            if r.org in CONTEXT_ORGS and known is not None and known.country:
                org = known.country   # "Regierungssprecher Hebestreit" speaks for his own country
            if org is not None and org == r.org:
                org = self.role_default(r, person._.kg_key)
            if org is None and r.role in MINISTRY_WORDS:
                # "Außenministerin Annalena Baerbock": the minister of her own country
                known = self.g.entries.get(person._.kg_key)
                org = known.country if known is not None else None
            if org is None and r.relation in ("leaderOf", "spokespersonOf"):
                # "Präsident Vučić", "Prime Minister Netanyahu": the office the person holds
                # on the article's date, when the gazetteer knows it
                offices = self.g.offices_of(person._.kg_key, doc._.kg_date)
                held = [o for o in offices if o.role == r.role]
                if not held and r.role in ("head_of_state", "head_of_government"):
                    # "President Masoud Pezeshkian": Iran's president heads its government
                    heads = [o for o in offices if o.role in ("head_of_state", "head_of_government")]
                    held = heads[:1] if len({o.org for o in heads}) == 1 else []
                if len(held) == 1:
                    org = held[0].org
                elif not held and len(offices) == 1 and r.role in ("chief_of_staff", "chief_of_general_staff",
                                                                      "commander", "commander_in_chief"):
                    org = offices[0].org   # "Chief of Staff Herzi Halevi": his one office
            if org is None and r.relation == "leaderOf":
                org = self.party_by_prefix(s, person._.kg_key, doc._.kg_date)
            if org is None and r.relation == "leaderOf":
                org = self.party_by_word(doc, s, person._.kg_key)
            if org is None and r.relation == "" and r.role == "counterpart":
                continue
            s.label_ = "Role"
            # the role span now points at the person it names (for coreference)
            s._.kg_keys = [person._.kg_key]
            if not r.relation and r.role == "chief_of_staff":
                # "Chief of Staff Herzi Halevi": the head of an army's general staff leads it;
                # a government's chief of staff leads nothing
                held = [o for o in self.g.offices_of(person._.kg_key, doc._.kg_date)
                        if o.role in ("chief_of_general_staff", "commander_in_chief")]
                if len(held) == 1:
                    out.append((person._.kg_key, "leaderOf", held[0].org, s, person))
                    continue
            if org is None or not r.relation:
                if r.role != "counterpart":
                    continue   # "national security adviser": an office that leads nothing
                rel, org_key = self._counterpart(doc, s, spans, org)
                if rel is None:
                    continue
            else:
                rel, org_key = r.relation, self.own_org(person._.kg_key, r, self.role_org(r, org), doc._.kg_date)
                if r.role == "commander" and s.start > 0 and doc[s.start - 1].lower_ in \
                        OWNER_POSSESSIVES | {"deren", "dessen", "whose"}:
                    # (not "whose top military commander": one of its commanders)
                    rel = "leaderOf"   # "the LNA, whose commander Khalifa Haftar": the one commander leads it
            deputy = self.deputy(doc, s, by_end)
            rel = self.title_relation(r, rel, org_key, deputy)
            before = by_end.get(s.start)
            if r.role == "secretary" and before is not None and before._.kg_key == org_key and \
                    self.g.entries.get(org_key) is not None and self.g.entries[org_key].type == "Organization" and \
                    "department" in self.g.entries[org_key].label.lower():
                rel = "leaderOf"   # "US Treasury Secretary Janet Yellen": the secretary heads the department
            elif r.role == "secretary" and (s.end >= len(doc) or doc[s.end].lower_ not in ("of", "des", "der") or (
                    self.g.entries.get(org_key) is not None and self.g.entries[org_key].type == "Country")):
                continue   # "the secretary of Iran's Security Council" belongs to it; "Cabinet Secretary X" to no body named
            if rel == "memberOf" and org_key and not deputy and any(
                    o.org == org_key and o.role != r.role for o in self.g.offices_of(person._.kg_key, doc._.kg_date)):
                # "RSF commander Dagalo": the gazetteer knows he leads it (an office the title
                # itself names as membership stays one: the EU's High Representative)
                rel = "leaderOf"
            if org_key and org_key != person._.kg_key:
                out.append((person._.kg_key, rel, org_key, s, person))
                party = by_end.get(s.start)
                if party is not None and party._.kg_kind == "adj" and party._.kg_key != org_key and \
                        self.is_party(party._.kg_key):
                    out.append((person._.kg_key, "memberOf", party._.kg_key, s, person))
                if rel != r.relation and r.role in STATE_OFFICES and self.is_party(org_key):
                    # "SPD-Kanzler Scholz", "Republican President Trump": the state office stays his
                    held = {o.org for o in self.g.offices_of(person._.kg_key, doc._.kg_date) if o.role == r.role}
                    state = next(iter(held)) if len(held) == 1 else (
                        self.role_default(r, person._.kg_key) if r.org not in CONTEXT_ORGS else None)
                    state = self.role_org(r, state) if state else None
                    if state and state != org_key:
                        out.append((person._.kg_key, r.relation, state, s, person))
                nxt = self._plural_title_partner(doc, s, person, by_start, org_key)
                if nxt is not None and nxt._.kg_key != org_key:
                    # "die SPD-Vorsitzenden Lars Klingbeil und Saskia Esken": both hold it
                    out.append((nxt._.kg_key, rel, org_key, s, nxt))
                if (rel == "memberOf" or r.relation == "memberOf") and r.org in self.g.entries and r.org != org_key:
                    # "Grünen-Europaabgeordneter": of the party and of the parliament
                    out.append((person._.kg_key, "memberOf", r.org, s, person))
                if r.role == "group_leader" and (self.is_party(org_key) or org_key == "cdu-csu"):
                    # "SPD-Fraktionschef X": a member of the party who leads its parliamentary group
                    out.append((person._.kg_key, "leaderOf", self.parliamentary_group(org_key), s, person))
        return out

    def _plural_title_partner(self, doc: Doc, s: Span, person: Span, by_start: dict,
                              org_key: str) -> Optional[Span]:
        """The second name after a plural title ("die Ko-Vorsitzenden X und Y", "leaders X and Y")."""
        if person.end + 1 >= len(doc) or doc[person.end].lower_ not in ("und", "and"):
            return None
        nxt = by_start.get(person.end + 1)
        if nxt is None or not nxt._.kg_key or nxt._.kg_kind != "name":
            return None
        e = self.g.entries.get(nxt._.kg_key)
        if not (nxt._.kg_key.startswith("person:") or e is not None and e.type == "Person"):
            return None
        word = s[-1].text.lower()
        surface = s._.kg_role.surface.lower()
        if self.lang == "en":
            plural = word.endswith("s") and not surface.endswith("s")
        else:
            # "-en" is also a singular case ("den Vorsitzenden X"): the article must be plural
            k = s.start - 1
            while k > 0 and doc[k].tag_ in ("ADJA", "ADV"):
                k -= 1
            art = doc[k].lower_ if k >= 0 else ""
            plural = word.endswith("innen") or word.endswith("en") and not surface.endswith("en") and (
                art == "die" or art == "den" and k > 0 and doc[k - 1].tag_ in ("APPR", "APPRART"))
        if not plural:
            return None
        held = self.g.offices_of(nxt._.kg_key, doc._.kg_date)
        if any(o.role == s._.kg_role.role and o.org != org_key for o in held):
            return None   # known to hold the same kind of office elsewhere
        return nxt

    def _former(self, doc: Doc, s: Span, by_end: dict) -> bool:
        """"der frühere US-Präsident", "former Chancellor", "Ex-Kanzlerin": an office held once."""
        if s.text.lower().startswith(("ex-", "alt-")):
            return True
        return self._qualified(doc, s, by_end, FORMER_TITLE)

    def deputy(self, doc: Doc, s: Span, by_end: dict) -> bool:
        """"deputy chairman", "der stellvertretende Vorsitzende": the office's deputy; "a senior
        commander", "ein Kommandeur": one of several holders."""
        return self._qualified(doc, s, by_end, DEPUTY_WORDS | INDEFINITE_WORDS.get(self.lang, set()))

    def future_title(self, doc: Doc, s: Span) -> bool:
        """"der künftige US-Präsident", "the incoming prime minister": an office still to come."""
        by_end = {m.end: m for m in doc.spans.get("kg_mentions", [])}
        return self._qualified(doc, s, by_end, FUTURE_TITLE)

    def _qualified(self, doc: Doc, s: Span, by_end: dict, words) -> bool:
        k = s.start - 1
        while k >= 0 and s.start - k <= 4:
            t = doc[k]
            if t.lower_ in words:
                return True
            if not (t.pos_ in ("ADJ", "DET", "PROPN") or t.tag_ in ("ART", "ADJA", "PPOSAT") or k in by_end
                    or t.lower_ in TITLE_MODIFIERS or t.text in ("'s", "’s", "-")):
                break
            k -= 1
        return False

    def _title_person(self, doc: Doc, s: Span, by_start: dict) -> Optional[Span]:
        k = s.end
        while k < len(doc) and doc[k].lower_ in MILITARY_RANKS and k - s.end < 3:
            k += 1   # "Pentagon spokesman Major General Pat Ryder"
        nxt = by_start.get(k)
        if nxt is not None and nxt._.kg_kind == "name" and nxt.label_ == "Person":
            return nxt
        if k + 1 < len(doc) and doc[k].lower_ in ("and", "und") and by_start.get(k + 1) is not None and \
                by_start[k + 1]._.kg_kind in ("role", "compound") and not (
                    s.start > 0 and doc[s.start - 1].lower_ in ARTICLES):
            # "Saudi Crown Prince and Prime Minister Mohammed bin Salman": both titles are his (not
            # "zwischen dem Kanzler und Kremlchef Putin": a title with its article is someone's own)
            nxt = by_start.get(by_start[k + 1].end)
            if nxt is not None and nxt._.kg_kind == "name" and nxt.label_ == "Person":
                return nxt
        if self.lang == "de" and k < len(doc) and doc[k].lower_ in ("der", "des"):
            # "Die Vizepräsidentin der EU-Kommission Henna Virkkunen": the name right after the
            # body the title is of, or in apposition to it
            j = k + 1
            while j < len(doc) and doc[j].tag_ == "ADJA" and j not in by_start:
                j += 1
            body = by_start.get(j)
            if body is None:
                # "den Vorsitzenden der Nationalen Entwicklungs- und Reformkommission (NDRC), Zheng
                # Shanjie": a body the gazetteer does not know, then the name in apposition
                e = j
                while e < len(doc) and e - j < 8 and doc[e].tag_ in ("ADJA", "TRUNC", "KON", "NN") and \
                        e not in by_start:
                    e += 1
                if e > j and doc[e - 1].tag_ == "NN":
                    if e + 2 < len(doc) and doc[e].text == "(" and doc[e + 2].text == ")":
                        e += 3
                    nxt = by_start.get(e + 1) if e + 1 < len(doc) and doc[e].text == "," else None
                    if nxt is not None and nxt._.kg_kind == "name" and nxt.label_ == "Person" and \
                            nxt.end < len(doc) and doc[nxt.end].text in (",", ".", "(", ")"):
                        return nxt
            if body is not None and body._.kg_kind == "name" and body.label_ not in ("Person", ""):
                j = body.end
                if j + 1 < len(doc) and doc[j].text == ",":
                    # "Der Ehrenvorsitzende des Georgischen Traums, der Milliardär Bidsina
                    # Iwanischwili,": the name in apposition after the body
                    j += 1
                    if j < len(doc) and doc[j].tag_ == "ART":
                        j += 1
                    while j < len(doc) and doc[j].tag_ == "ADJA" and j not in by_start:
                        j += 1   # ("der frühere Regierungschef Sali Berisha")
                    title = by_start.get(j)
                    if title is not None and title._.kg_kind in ("role", "compound"):
                        j = title.end
                    elif j + 1 < len(doc) and doc[j].tag_ == "NN" and j + 1 in by_start:
                        j += 1   # ("der Milliardär")
                    nxt = by_start.get(j)
                    if nxt is None or nxt.end >= len(doc) or doc[nxt.end].text not in (",", ".", "("):
                        nxt = None
                else:
                    nxt = by_start.get(j)
                if nxt is not None and nxt._.kg_kind == "name" and nxt.label_ == "Person":
                    return nxt
        # "Russia's president, Vladimir Putin,": the name in apposition after a comma
        if k < len(doc) - 1 and doc[k].text == ",":
            j = k + 1
            while j < len(doc) and doc[j].lower_ in MILITARY_RANKS and j - k < 3:
                j += 1   # "Qatar's emir, Sheikh Tamim …"
            title = by_start.get(j)
            if title is not None and title._.kg_kind in ("role", "compound"):
                j = title.end   # "Deren Vorsitzender, Polizeiminister Itamar Ben-Gvir,"
            elif self.lang == "de" and j + 1 < len(doc) and doc[j].tag_ == "NN" and j + 1 in by_start:
                j += 1   # (a title the gazetteer does not know)
            nxt = by_start.get(j)
            if nxt is not None and nxt._.kg_kind == "name" and nxt.label_ == "Person" and \
                    nxt.end < len(doc) and doc[nxt.end].text in (",", ".", "(", ")"):
                return nxt
        # "Omar Touray, president of the Ecowas Commission", "Matthew Miller, the State
        # Department's spokesman", "X, the chief negotiator and spokesman of Y": an apposition
        # after the name
        k = s.start - 1
        owner = False
        in_name = {i for m in by_start.values() if m._.kg_kind in ("name", "adj") and m.label_ != "Person"
                   for i in range(m.start, m.end)}
        while k > 0 and s.start - k <= 8 and (
                doc[k].lower_ in {"the", "a", "an", "der", "die", "ein", "eine", "and", "und"} | TITLE_MODIFIERS or
                doc[k].text in ("'s", "’s") or k in in_name or
                doc[k].pos_ in ("ADJ", "NOUN") and doc[k].is_lower or
                doc[k].tag_ in ("ADV", "RB") and (k == s.start - 1 or doc[k + 1].lower_ in ("a", "an", "ein", "eine"))):
            # ("X, zugleich Chef von Y", "Tom Cotton, also a Republican,")
            # ("John Kirby, the Pentagon spokesman,": the body before the title owns it too)
            owner = owner or doc[k].text in ("'s", "’s") or k in in_name and self.lang == "en"
            k -= 1
        member = s._.kg_role is not None and s._.kg_role.role == "party_member"
        if k > 0 and doc[k].text == "," and s.end < len(doc) and (
                owner or doc[s.end].lower_ in ("of", "des", "der", "von", "for") or
                member and doc[s.end].text in (",", ".", ")")):   # "Mike Johnson, a Republican,"
            prev = next((m for m in by_start.values() if m.end == k and m._.kg_kind == "name"
                         and m.label_ == "Person"), None)
            if prev is not None:
                return prev
        # "Die Sprecherin des Außenministeriums, Maria Sacharowa, …": a genitive, then the name
        if s.end < len(doc) and doc[s.end].lower_ in ("des", "der", "of", "von"):
            for k in range(s.end + 1, min(len(doc) - 1, s.end + 8)):
                if doc[k].text == ",":
                    j = k + 1
                    while j < len(doc) and doc[j].lower_ in MILITARY_RANKS and j - k < 3:
                        j += 1   # "the chief of the Armed Forces, General Romeo Brawner"
                    nxt = by_start.get(j)
                    if nxt is not None and nxt._.kg_kind == "name" and nxt.label_ == "Person":
                        return nxt
                    break
                if doc[k].text in ("(", ")"):
                    continue   # "Der Chef der Atomenergiebehörde (IAEA), Rafael Grossi"
                if doc[k].is_punct or doc[k].pos_ in ("VERB", "AUX"):
                    break
        # English "X, the president of Y" / German "X, Präsident von Y" (apposition)
        return None

    @staticmethod
    def _named_after(doc: Doc, s: Span, spans) -> Optional[Span]:
        """The state or body named right after a title: "Präsident der USA", "der Chef der
        Demokratischen Partei", "the head of the agency"."""
        k = s.end
        if k < len(doc) and doc[k].lower_ in ("der", "des", "von", "of", "for"):
            # ("a spokesman for the Qatari foreign ministry": a body, not "for talks"; "leader of
            # the anti-migrant Victory Party": over lower-case modifiers)
            j = k + 2
            while j < len(doc) and j - k <= 6 and (doc[j].text == "-" or doc[j].is_lower and (
                    doc[j].pos_ == "ADJ" or doc[j].tag_ in ("VBG", "VBN") or doc[j - 1].text == "-" or
                    j + 1 < len(doc) and doc[j + 1].text == "-" or
                    doc[j].pos_ == "NOUN" and any(t.text[:1].isupper() for t in doc[j + 1:j + 3]))):
                # ("leader of the main opposition Democratic Party", "of the ruling Morena party",
                # "candidate of the opposition platform Alternance 2023")
                j += 1
            # ("Chef der Gruppe „Ekološki ustanak“": the quoted name after the body's noun)
            quoted = k + 3 if k + 3 < len(doc) and doc[k + 2].text in QUOTE_PAIRS else -1
            return next((sp for sp in spans if sp.start in (k + 1, k + 2, j, quoted) and sp._.kg_kind == "name" and
                         sp._.kg_key and sp.label_ != "Person"), None)
        return None

    def _title_org(self, doc: Doc, s: Span, by_end: dict, spans: list[Span]) -> Optional[str]:
        r = s._.kg_role
        if s._.kg_kind == "compound":
            return s._.kg_key
        if s.start > 0 and (doc[s.start - 1].lower_ in OWNER_POSSESSIVES or
                            doc[s.start - 1].lower_ in ("deren", "dessen") and (
                                doc[s.start - 1].is_sent_start or doc[s.start - 2].lower_ in ("und", "sowie"))) and \
                (r.relation in ("leaderOf", "spokespersonOf") or r.role == "commander"):
            # "Kritik kam von der Türkischen Gemeinde. Sein Vorsitzender X": the body named last
            # ("die Basidsch-Miliz und deren Kommandeur X", "the militia and its commander X")
            start = doc[s.start - 1].sent.start
            start = doc[start - 1].sent.start if start > 0 else start
            # (a state too: "The self-declared Republic of Artsakh …, its leader X")
            bodies = [m for m in spans if start <= m.start < s.start and m._.kg_kind == "name" and m._.kg_key and
                      (m.label_ in ("Organization", "Group") or m.label_ in ("Country", "Location") and
                       r.relation == "leaderOf" and m.sent.start == s.sent.start)]
            if bodies and bodies[-1].label_ in ("Country", "Location") and any(
                    m.label_ in ("Organization", "Group") and m.sent.start == s.sent.start for m in bodies):
                # "Wagner's future in Africa … since its chief, Yevgeny Prigozhin": a body of the
                # sentence before a place
                bodies = [m for m in bodies if m.label_ in ("Organization", "Group")]
            if bodies:
                return bodies[-1]._.kg_key
        w = s.start
        while w > 2 and doc[w - 1].lower_ in TITLE_MODIFIERS:
            w -= 1   # "Hezbollah, whose top military commander Fuad Shukr"
        if w > 2 and doc[w - 1].lower_ in ("deren", "dessen", "whose") and doc[w - 2].text == ",":
            # "der nationalistischen AUR, deren Chef George Simion …", "the LNA, whose commander X"
            owner = by_end.get(w - 2)
            if owner is not None and owner._.kg_key and owner._.kg_kind == "name" and owner.label_ != "Person":
                return owner._.kg_key
        # modifiers right before the role: "französischer", "Russlands", "European Council";
        # they beat the role's default country ("der österreichische Kanzler")
        j = s.start
        while j > 1 and (doc[j - 1].lower_ in TITLE_MODIFIERS or doc[j - 1].lower_ in DEPUTY_WORDS) and \
                j not in by_end:
            j -= 1  # "Lebanese caretaker Prime Minister", "der geschäftsführende Kanzler", "PTI vice chairman"
        if j > 1 and doc[j - 1].text in ("'s", "’s") and self.lang == "en":
            j -= 1  # "Jordan's government spokesman"
        if j > 3 and doc[j - 1].text == ")" and doc[j - 3].text == "(" and j - 1 in by_end:
            j -= 3  # "International Atomic Energy Agency (IAEA) chief Rafael Grossi"
        while j > 0:
            prev = by_end.get(j)
            if prev is None:
                break
            if prev._.kg_kind in ("adj", "name") and prev._.kg_key and prev.label_ != "Person":
                key = prev._.kg_key
                if prev._.kg_kind == "name" and self.lang == "de" and not prev.text.endswith("s") \
                        and prev.label_ in ("Country", "City"):
                    break  # "Frankreich Präsident" is not a title; German needs the genitive
                after = self._named_after(doc, s, spans) if prev._.kg_kind == "adj" and self.is_party(key) else None
                if after is not None and after._.kg_key != key and after.label_ in ("Organization", "Group"):
                    # "the Republican chairman of the House Foreign Affairs Committee": of the
                    # body named after (the party, below, has him as a member)
                    return after._.kg_key
                return key
            break
        # "Präsident der USA", "president of Russia"
        sp = self._named_after(doc, s, spans)
        if sp is not None:
            if sp.end + 1 < len(doc) and doc[sp.end].text in ("'s", "’s"):
                # "spokesman of Yemen's Houthis": the body the possessive names
                owned = next((o for o in spans if o.start == sp.end + 1 and o._.kg_kind == "name"
                              and o.label_ != "Person"), None)
                if owned is not None:
                    return owned._.kg_key
                k = sp.end + 1
                while k < len(doc) and k - sp.end <= 4 and doc[k].text.islower() and doc[k].pos_ in ("ADJ", "NOUN"):
                    k += 1
                if k > sp.end + 1:
                    # "the commander of Hamas's armed wing, the Qassam Brigades": the body the
                    # noun names; "the head of Mexico's mission in Quito" heads no state
                    if k + 1 < len(doc) and doc[k].text == ",":
                        k += 1 + (doc[k + 1].lower_ == "the")
                        named = next((o for o in spans if o.start == k and o._.kg_kind == "name"
                                      and o.label_ in ("Organization", "Group")), None)
                        if named is not None:
                            return named._.kg_key
                    return None
            return sp._.kg_key
        if r.org == "parliament":
            # "Parlamentspräsident X": the parliament named last, else that of the country in context
            before = [key for end, kind, key, _ in self._named_bodies if kind == "parliament" and end <= s.start]
            return before[-1] if before else self._topic_country(doc, s, spans)
        if r.org == "foreign-ministry":
            # "…, erklärte das ukrainische Außenministerium. …, kündigte Außenamtssprecher X an":
            # the foreign ministry just named
            start = s.sent.start
            for _ in range(2):   # this sentence and the two before it
                start = doc[start - 1].sent.start if start > 0 else start
            for m in reversed([m for m in spans if start <= m.start < s.start and m._.kg_key]):
                e = self.g.entries.get(m._.kg_key)
                label = e.label if e is not None else self.minted[m._.kg_key].label if m._.kg_key in self.minted else ""
                country = e.country if e is not None else MINTED_STATE.get(m._.kg_key)
                if country and any(w in label for w in MINISTRY_WORDS["foreign_minister"]):
                    return country
        if r.org == "army":
            # "Die israelische Armee … Armeesprecher X": the armed forces named last
            for m in reversed([m for m in spans if m.start < s.start and m._.kg_key]):
                e = self.g.entries.get(m._.kg_key)
                if e is not None and e.type == "Organization" and e.country and self._known_army(e.country) == e.key:
                    return e.country
        if r.org == "senate":
            # "Republican Senator X": the country of the party named right before; never the
            # country in context ("Innensenator" is a German city-state's minister)
            prev = by_end.get(s.start)
            pr = prev._.kg_role if prev is not None else None
            party = self.g.entries.get(pr.org) if pr is not None and pr.role == "party_member" else None
            return party.country if party is not None else None
        if r.org in CONTEXT_ORGS:
            topic = self._topic_country(doc, s, spans)
            if topic is None and self.lang == "de":
                # "Regierungssprecher Piotr Müller" in a report on Poland: the person's known
                # country, else the country the article is about, else German news' default
                person = next((m for m in spans if m.start == s.end and m.label_ == "Person" and m._.kg_key), None)
                known = self.g.entries.get(person._.kg_key) if person is not None else None
                about = self.g.entries.get(doc._.kg_topic) if doc._.kg_topic else None
                if known is not None and known.country:
                    topic = known.country
                elif about is not None and about.type == "Country":
                    topic = about.key
            return topic or ("germany" if self.lang == "de" else None)
        if r.relation == "spokespersonOf" and not r.org:
            # "Das iranische Außenministerium wies … zurück. Sprecher X sagte …": the body the
            # previous sentence is about
            return self._topic_org(doc, s, spans)
        if r.org:
            return r.org if r.org in self.g.entries else None
        return None

    @staticmethod
    def _previous_sentence(doc: Doc, s: Span, spans: list[Span]) -> list[Span]:
        """The mentions of the sentence before ``s``'s, in text order."""
        if s.sent.start == 0:
            return []
        prev = doc[s.sent.start - 1].sent
        return sorted((m for m in spans if prev.start <= m.start < prev.end and m._.kg_key),
                      key=lambda m: m.start)

    def _topic_org(self, doc: Doc, s: Span, spans: list[Span]) -> Optional[str]:
        if any(m._.kg_key and m.sent.start == s.sent.start and m.start < s.start and
               not m._.kg_key.startswith(PROTESTERS)   # (those spoken of, not spoken for)
               for m in spans if m._.kg_kind == "name"):
            return None
        first = next((m for m in self._previous_sentence(doc, s, spans) if m._.kg_kind == "name"), None)
        if first is None:
            return None
        e = self.g.entries.get(first._.kg_key)
        typ = e.type if e is not None else first._.kg_key.partition(":")[0].capitalize()
        return first._.kg_key if typ == "Organization" else None

    def _topic_country(self, doc: Doc, s: Span, spans: list[Span]) -> Optional[str]:
        """The country the sentence is about when it opens with one ("Iran condemned the
        strikes, foreign ministry spokesman X said"), else the one the previous sentence is
        about: its first mention, a country or a known person's country ("Jordanien verurteilte
        … Regierungssprecher X")."""
        first = min((m for m in spans if m._.kg_key and m.sent.start == s.sent.start and m.start < s.start
                     and m._.kg_kind == "name"), key=lambda m: m.start, default=None)
        if first is not None and first.start == s.sent.start:
            e = self.g.entries.get(first._.kg_key)
            if e is not None and e.type == "Country":
                return e.key
        if first is not None and first.start == s.sent.start + 1 and doc[s.sent.start].lower_ in ("in", "aus"):
            # "In Tehran, foreign ministry spokesman X said": the city's state
            e = self.g.entries.get(first._.kg_key)
            if e is not None and e.type in ("Country", "City") and (e.country or e.type == "Country"):
                return e.key if e.type == "Country" else e.country
        for m in self._previous_sentence(doc, s, spans):
            e = self.g.entries.get(m._.kg_key)
            if e is None:
                continue
            if e.type == "Country":
                return e.key
            if e.type == "Person" and e.country:
                return e.country
            return None
        return None

    def _compound_body(self, e: GazEntry, head: str) -> Optional[str]:
        """A German compound of a body and the word for its leadership names the body acting
        ("Hamas-Führung", "Nato-Spitze"); a party's "-Regierung" is its country's government."""
        h = fold(head.split("-")[-1])
        if h in ("fuhrung", "spitze", "spitzen", "leitung") and e.type in ("Organization", "Group"):
            return e.key
        if h == "regierung" and e.type == "Organization" and e.country and self.is_party(e.key):
            return self._government(e.country)
        return None

    def _government(self, country: str) -> Optional[str]:
        e = self.g.entries.get(country)
        if e is None or e.type != "Country":
            return country if e is not None and e.type == "Organization" else None
        for cand in sorted(self.g.entries.values(), key=lambda x: x.key):
            if cand.type == "Organization" and cand.country == country and \
                    cand.key.startswith(("government-of", "federal-government-of")):
                return cand.key
        key = f"organization:government-of-{country}"
        the = "the " if _with_article(e.label) else ""   # "Government of the United Kingdom"
        self.minted.setdefault(key, Entity(key=key, type="Organization", label=f"Government of {the}{e.label}"))
        MINTED_STATE[key] = country
        return key

    def _known_army(self, owner: str) -> Optional[str]:
        """The gazetteer's army of a country (its body named "<Israeli> military/army") or armed
        wing of a body ("Hamas's military spokesman": the Qassam Brigades), else None; looked up
        once per owner."""
        if owner in self._armies:
            return self._armies[owner]
        e = self.g.entries.get(owner)
        found = None
        if e is not None and e.type == "Country":
            found = next((cand.key for adj in sorted(e.adjectives) for noun in ("military", "army", "Armed Forces")
                          for cand in [self.g.lookup(f"{adj} {noun}")]
                          if cand is not None and cand.type == "Organization" and cand.country == owner), None)
        elif e is not None:
            found = next((c.key for c in sorted(self.g.entries.values(), key=lambda x: x.key)
                          if c.parent == owner and c.type in ("Group", "Organization") and
                          any(w in c.label for w in ("Brigade", "Forces", "Army", "Wing"))), None)
        self._armies[owner] = found
        return found

    def army_state(self, key: str) -> Optional[str]:
        """The state whose armed forces (or army branch) the gazetteer entity ``key`` is, else None."""
        e = self.g.entries.get(key)
        if e is None or e.type != "Organization" or not e.country:
            return None
        return e.country if self._known_army(e.country) in (key, e.parent) else None

    def _army(self, owner: str) -> Optional[str]:
        """A country's armed forces (the gazetteer's, else a new body "Armed Forces of X"); a
        body's armed wing, else the body itself."""
        e = self.g.entries.get(owner)
        if e is None:
            return None
        known = self._known_army(owner)
        if known is not None or e.type != "Country":
            return known or owner
        return self._body(f"Armed Forces of {e.label}")

    def _counterpart(self, doc: Doc, s: Span, spans: list[Span], org: Optional[str]):
        """"sein französischer Amtskollege Macron": the role of the other leader named in the
        sentence, the country from the adjective."""
        if org is None:
            return None, None
        sent = s.sent
        # the office named last before it (in this or the two sentences before), else one named
        # later in the sentence: "Blinken … G7 foreign ministers … his South Korean counterpart"
        first = doc[sent.start - 1].sent.start if sent.start > 0 else sent.start
        first = doc[first - 1].sent.start if first > 0 else first
        offices = [o for o in spans if o is not s and o._.kg_kind in ("role", "compound") and o._.kg_role
                   and o._.kg_role.role != "counterpart" and o._.kg_role.relation == "leaderOf"]
        before = [o for o in offices if first <= o.start < s.start]
        later = [o for o in offices if o.start > s.start and o.sent.start == sent.start]
        for other in before[::-1][:1] + later[:1]:
            role = other._.kg_role
            if role.role == "head":
                return None, None   # "head of the ministry's Asian Affairs Bureau … his counterpart": of what, unsaid
            return role.relation, self.role_org(role, org)
        return None, None  # the counterpart's office is not named nearby

    @staticmethod
    def predicate_title(doc: Doc, s: Span) -> bool:
        """A bare title after a copula ("ist nicht mehr Finanzminister", "remains prime
        minister") or before it in a verb-final clause ("der auch Vorsitzender der AU ist"): it
        says what the subject is, it refers to no one."""
        k = s.start - 1
        while k >= 0 and (doc[k].tag_ in ("ADJA", "ADV", "PTKNEG", "RB", "JJ") or
                          doc[k].lower_ in ("nicht", "mehr", "kein", "keine", "no", "longer", "not", "still", "noch")):
            k -= 1
        if k >= 0 and doc[k].lower_ in COPULA_FORMS:
            return True
        def copula_last() -> bool:
            # "Sall, der derzeit auch Vorsitzender der Afrikanischen Union ist", "dass Lindner
            # nicht mehr Finanzminister sei": the copula ends the verb-final clause
            e = s.end
            while e < len(doc) and doc[e].text not in (",", ".", ";", ":", ")", "(") and e - s.end < 12:
                e += 1
            return e < len(doc) and doc[e - 1].lower_ in COPULA_FORMS and doc[e - 1].tag_ == "VAFIN"
        if k >= 0 and doc[k].tag_ in ("PRELS", "KOUS"):
            return copula_last()
        # (the mentions just before the title only: this is asked of every title)
        inside = {i for m in doc.spans.get("kg_mentions", []) if s.start - 8 <= m.start and m.end <= s.start
                  for i in range(m.start, m.end)}
        if k < 0 or k not in inside:
            return False   # "ist der FDP-Vorsitzende": a title with its article is the subject
        # "Damit ist Lindner nicht mehr Finanzminister": the subject between verb and title
        j = k
        while j >= 0 and k - j < 5 and (j in inside or doc[j].tag_ in ("ART", "PPER")):
            j -= 1
        if j < k and j >= 0 and doc[j].tag_ == "KOUS":
            return copula_last()
        return j < k and j >= 0 and doc[j].lower_ in COPULA_FORMS and doc[j].tag_ in ("VAFIN", "VVFIN")

    def _predicative_role(self, doc: Doc, s: Span) -> bool:
        """A role noun that says what someone becomes or serves as ("zum Kanzler gewählt",
        "als Sprecher", "appointed prime minister"), not who holds the office."""
        k = s.start - 1
        if self.lang == "en" and k > 0 and doc[k].tag_ == "POS":
            # "sworn in as Guatemala's president": the owner stands between "as" and the title
            k -= 1
            while k >= 0 and doc[k].pos_ == "PROPN":
                k -= 1
        while k >= 0 and (doc[k].pos_ in ("ADJ", "DET") or doc[k].tag_ in ("ADJA", "ART")) and \
                doc[k].lower_ not in ("zum", "zur"):
            k -= 1
        if k >= 0 and doc[k].lower_ in ("zum", "zur", "als", "as"):
            return True
        if self.lang == "de" and s.end < len(doc) and not doc[s.end].text[:1].isupper():
            # "Merz soll Kanzler werden", "Merz wird voraussichtlich Kanzler": what he becomes
            # (not "wird der Kanzler reisen")
            j = s.start - 1
            while j >= 0 and doc[j].tag_ in ("ADV", "ADJD"):
                j -= 1
            if doc[s.end].lower_ in ("werden", "bleiben") or \
                    j >= 0 and doc[j].lower_ in ("wird", "werde", "wurde", "würde", "werden", "wurden"):
                return True
        if doc._.kg_has_parse:
            head = s.root
            return head.dep_ in ("oprd", "attr", "xcomp") or (
                head.dep_ == "dobj" and head.head.lemma_.lower() in APPOINT_VERBS) or (
                # "declared himself head of …": a small clause
                head.dep_ == "ccomp" and any(ch.dep_ == "nsubj" and ch.lower_ in ("himself", "herself", "themselves")
                                             for ch in head.children))
        return False

    def own_org(self, person: str, role: Role, org: Optional[str], date: Optional[str]) -> Optional[str]:
        """"Ciolacu, der Vorsitzende der Sozialdemokraten", "PPP-Chef Han": a body of another
        country than the person's, named by a name several countries' parties go by, is the body
        the person leads on that date."""
        oe = self.g.entries.get(org) if org else None
        pe = self.g.entries.get(person)
        if role.relation != "leaderOf" or oe is None or oe.type != "Organization" or not oe.country or \
                pe is None or not pe.country or oe.country == pe.country:
            return org
        offices = self.g.offices_of(person, date)
        held = [o.org for o in offices if o.role == role.role] or [
            o.org for o in offices if o.org in self.g.entries and self.g.entries[o.org].type == "Organization"]
        return held[0] if held else org

    def parliamentary_group(self, party: str) -> str:
        """The parliamentary group of a party ("SPD-Fraktion"), minted as a body of its own."""
        key = f"{party}-parliamentary-group"
        e = self.g.entries[party]
        acronyms = [a for a in e.aliases if a.isupper() and a.isalpha()]
        label = e.label if len(e.label) <= 25 or not acronyms else min(acronyms, key=len)   # "SPD"
        self.minted.setdefault(key, Entity(key=key, type="Organization", label=f"{label} parliamentary group"))
        return key

    def title_relation(self, r: Role, rel: str, org: Optional[str], deputy: bool) -> str:
        """The relation a title states to the body it names: a deputy, a party's secretary general
        and the holder of a state office named with a party are its members, not its heads; the
        commander of an armed force or unit is its head."""
        if r.role == "commander" and rel == "memberOf" and not deputy and self.armed_body(org):
            # "the commander of the Qassam Brigades", "Kommandeur der Basidsch-Miliz": a unit has one
            # commander, who leads it (not "a senior commander", nor a party's "Hamas commander")
            return "leaderOf"
        if rel != "leaderOf":
            return rel
        if deputy or r.role in DEPUTY_ROLES:
            # "deputy chairman of Russia's Security Council", "Commission Vice-President X": one
            # of its leaders' deputies
            return "memberOf"
        if r.role == "secretary_general" and self.is_party(org):
            return "memberOf"   # "SPD-Generalsekretär X" runs the party office; the chair leads the party
        if r.role in STATE_OFFICES and self.is_party(org):
            return "memberOf"   # "Democratic Governor X", "SPD-Kanzler X": of the party, heading the state
        return rel

    def armed_body(self, org: Optional[str], any_name: bool = False) -> bool:
        """A body the gazetteer labels as an armed force or unit ("Bolivian Army", "Quds Force");
        with ``any_name``, also one another of its names calls so (the Bundeswehr as "German
        Armed Forces")."""
        e = self.g.entries.get(org) if org else None
        names = [e.label, *(e.aliases if any_name else ())] if e is not None else []
        return any(w.lower() in ARMED_BODY_WORDS for name in names for w in re.findall(r"\w+", name))

    def is_party(self, org: Optional[str]) -> bool:
        """A body the gazetteer lists as a party (parties.tsv), or one whose label calls it a party."""
        if self._parties is None:
            self._parties = set(self.g.parties) | {
                e.key for e in self.g.entries.values() if e.type == "Organization" and
                re.search(r"\bParty\b", e.label) and not re.search(r"\b(Group|Assembly|Committee)\b", e.label)}
        return org in self._parties

    def role_default(self, role: Role, person: Optional[str]) -> Optional[str]:
        """A title's default body ("Bundeskanzler": Germany, in German news), unless the person is
        known to hold that office of one other country ("Bundespräsident Van der Bellen": Austria)."""
        if not role.org:
            return None
        if person and role.surface.lower() in DEFAULT_COUNTRY_TITLES:
            other = {o.org for o in self.g.all_offices_of(person) if o.role == role.role}
            if len(other) == 1 and role.org not in other:
                return other.pop()
        return role.org

    def party_by_word(self, doc: Doc, s: Span, person: str) -> Optional[str]:
        """"Conservative leader Pierre Poilievre", "Liberal Democrat leader Ed Davey", "the Liberal
        leader said": the one body the person leads on the article's date whose name has a word
        that begins with the word before the title."""
        if s.start == 0 or not doc[s.start - 1].text[:1].isupper() or not doc[s.start - 1].is_alpha or \
                len(doc[s.start - 1]) <= 3 or doc[s.start - 1].pos_ == "DET" or any(
                    m.start <= s.start - 1 < m.end for m in doc.spans.get("kg_mentions", []) if m._.kg_kind != "role"):
            return None   # (not a name: "Italiens Ministerpräsidentin" is no party's)
        word = fold(doc[s.start - 1].text)
        held = {o.org for o in self.g.offices_of(person, doc._.kg_date) if o.org in self.g.entries and
                self.g.entries[o.org].type == "Organization" and any(w.startswith(word) for w in self._name_words(o.org))}
        return next(iter(held)) if len(held) == 1 else None

    def role_org(self, role, org: Optional[str]) -> Optional[str]:
        """The body a role leads: a minister leads the country's ministry, not the country; a
        government spokesperson speaks for the government."""
        if org in CONTEXT_ORGS:
            return None   # a role's placeholder, not resolved to a country here
        if org is not None and role.org == "government":
            return self._government(org)
        if org is not None and role.org == "army":
            return self._army(org)
        if org is not None and role.org == "senate":
            # the senate the gazetteer knows for that country ("Senate of Poland"), or none
            # (of a party named on the title, "der republikanische Senator", a member of that party)
            e = self.g.entries.get(org)
            if e is None or e.type != "Country":
                return org
            hit = self.g.lookup(BODY_LABELS["senate"].format(country=e.label))
            return hit.key if hit is not None and hit.type == "Organization" else None
        if org is not None and role.org == "parliament":
            e = self.g.entries.get(org)
            if e is not None and e.type == "Country":
                return self._body(BODY_LABELS["parliament"].format(country=e.label))
            return org if org in self.minted or e is not None and e.type == "Organization" else None
        if org is not None and role.org == "foreign-ministry":
            # "Außenamtssprecher X": the spokesperson of that country's foreign ministry
            return self.role_org(self.g.roles.get((self.lang, fold("Außenminister"))) or
                                 self.g.roles.get(("en", fold("foreign minister"))), org)
        if org is None or role.role not in MINISTRY_WORDS:
            e = self.g.entries.get(org) if org is not None else None
            if role.relation == "leaderOf" and role.role in NOT_COUNTRY_LEADERS and (
                    e is not None and e.type == "Country" or e is None and role.role == "minister"):
                return None   # "Commerce Minister X": no known ministry, no country
            return org
        e = self.g.entries.get(org)
        if e is None or e.type != "Country":
            return org
        words = MINISTRY_WORDS[role.role]
        for cand in sorted(self.g.entries.values(), key=lambda x: x.key):
            if cand.type == "Organization" and cand.country == org and \
                    any(w in cand.label for w in words) and any(h in cand.label for h in MINISTRY_HEADS):
                return cand.key
        # a ministry the gazetteer lacks is named the way the gazetteer names the others
        name = MINISTRY_NAMES.get(role.role)
        if name is None:
            return None
        key = f"organization:{slug(name)}-{e.key}"
        self.minted.setdefault(key, Entity(key=key, type="Organization", label=f"{name} ({e.label})"))
        MINTED_STATE[key] = e.key
        return key


def _bloc_use(doc: Doc, i: int) -> bool:
    """"der Westen", "dem Westen", "the West": a direction names the bloc right after a definite
    article, with no "of", genitive article, name or hyphen after it."""
    if i == 0 or doc[i - 1].lower_ not in ("der", "den", "dem", "des", "the"):
        return False
    nxt = doc[i + 1] if i + 1 < len(doc) else None
    return nxt is None or not (nxt.lower_ in ("of", "der", "des", "von", "vom") or nxt.text[:1].isupper() or
                               nxt.text in ("-", "–"))


@Language.factory("kg_mentions", default_config={"lang": "de"})
def make_mentions(nlp: Language, name: str, lang: str):
    """Entity, adjective, compound and role mentions into ``doc.spans['kg_mentions']``."""
    return Mentions(lang)
