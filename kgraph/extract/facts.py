"""Stage 3 — extract: facts from an analysed ``Doc``.

Reads what the analysis components put on the Doc (mentions, clauses, coreference, title
relations) and turns triggers into facts with their arguments and modality."""
from __future__ import annotations

import dataclasses
import re
from dataclasses import dataclass, field
from functools import lru_cache
from typing import Optional

from spacy.tokens import Doc, Span, Token

from ..analyse.tagging import datelines, participle_lemma
from ..analyse.clauses import FINITE, PACT_NOUNS, QUOTE_PAIRS, SPEECH_VERBS, Clause
from ..analyse.coref import LEADERS_NOUNS
from ..analyse.mentions import CAPITAL_NOUNS, INDEFINITE_WORDS, MINISTRY_WORDS, MINTED_STATE, ORG_NOUNS
from ..model import Article, ArticleFacts, Entity, Fact
from ..namespaces import SYMMETRIC
from ..resources import ascii_name, fold, gazetteer, read_table, word_class
from .arguments import Arg, build_args, conjuncts
from .lexicon import Trigger, lexicon
from .modality import NEGATING_DETERMINERS, RANK, TIME_UNITS, clause_modality, governor_modality, is_past, noun_attributes
from .temporal import MONTHS, WEEKDAYS, quantity_before, resolve_date

PLACE = {"Country", "City", "Location"}
PLACE_NOUNS = word_class("place_noun")
ACTOR = {"Person", "Organization", "Country", "Group"}
OBJECT_CONTROL = word_class("object_control")
DEMAND_VERBS = word_class("demand_verb")
TERMINATIVE = word_class("terminative_verb")
OCCURRENCE = word_class("occurrence_verb")
ACCUSATION_NOUNS = word_class("accusation_noun")
PLACE_HEADS = word_class("place_head")
ACTOR_HEADS = word_class("actor_head")
PARTY_NOUNS = word_class("party_noun")
FIGHTER_NOUNS = word_class("armed_group_ref")
RELIEF_NOUNS = word_class("relief_noun")
HELP_VERBS = word_class("help_verb")
PROPOSAL_NOUNS = word_class("proposal_noun")
ASSURANCE_VERBS = word_class("assurance_verb")
SELF_ACT_NOUNS = word_class("self_act_noun")
GOODS_HEADS = word_class("goods_head")
WEAPON_HEADS = word_class("weapon_head")
ARMS_NOUNS = word_class("arms_noun")
EXAMPLE_CUES = word_class("example_cue")
LIST_CUES = word_class("list_cue")
LIGHT_VERBS = word_class("light_verb")
CONDITIONAL_SUBORDINATORS = {"wenn", "falls", "sofern", "if", "unless"}
STANCE_RELATIONS = {"criticizes", "rejects", "supports", "accuses"}
RETURN_VERBS = word_class("return_verb")
TEMPORAL_SUBORDINATORS = {"after", "since", "when", "nachdem", "seit", "seitdem", "als"}
CONTRAST_SUBORDINATORS = word_class("contrast_subordinator")


def _as_actor(key: str) -> str:
    """A city named as an actor stands for its state or the body seated there (Moscow for Russia,
    Brussels for the EU)."""
    return gazetteer().city_actors.get(key, key)


def _attack_subject(ctx: Ctx, c: Clause) -> bool:
    """The clause's subject is an attack noun ("Pakistani air strikes hit …", "Israelische
    Luftangriffe trafen …"): with a parse its subject, else a noun before the finite verb."""
    doc = ctx.doc
    if doc._.kg_has_parse and c.lexical is not None:
        subj = [ch for ch in doc[c.lexical].children if ch.dep_ in ("nsubj", "sb")]
    elif c.kind == "main" and c.finite is not None:
        subj = [t for t in doc[c.start:c.finite] if t.pos_ == "NOUN" or t.tag_ == "NN"]
    else:
        subj = []
    return any(tr.relation == "attacks" for t in subj for tr in lexicon().noun(ctx.lang, t.text, t.lemma_))


def _state_of(ctx: Ctx, key: str) -> Optional[str]:
    """The country a ministry, government or other state body belongs to, if it is one."""
    e = gazetteer().entries.get(key)
    if e is not None:
        return e.country if e.type == "Organization" else None
    return MINTED_STATE.get(key)


def _antecedent(ctx: Ctx, c: Clause) -> Optional[int]:
    """The token a relative clause hangs on: the clause stage's antecedent, or the parser's head."""
    if c.antecedent is not None:
        return c.antecedent
    if c.lexical is not None and ctx.doc[c.lexical].dep_ == "relcl":
        return ctx.doc[c.lexical].head.i
    return None


def _arg_at(ctx: Ctx, i: int, agents: list[str]) -> list[Arg]:
    """The argument over token ``i`` (the noun a relative clause hangs on), if it is not an agent."""
    return [a for a in ctx.args if a.span.start <= i < a.span.end and a.keys and a.keys[0] not in agents][:1]


def _light(c: Clause) -> bool:
    """A support verb, alone or as a phrasal verb ("carry out strikes", not "carry a price")."""
    return c.lemma in LIGHT_VERBS or bool(c.particle) and f"{c.lemma} {c.particle}" in LIGHT_VERBS


@dataclass
class Ctx:
    doc: Doc
    lang: str
    article: Article
    args: list[Arg]
    clauses: list[Clause]
    facts: list[Fact] = field(default_factory=list)
    entities: dict[str, Entity] = field(default_factory=dict)
    last_agent: dict[str, list[str]] = field(default_factory=dict)   # relation -> agent keys
    last_modality: dict[str, str] = field(default_factory=dict)
    last_any_agent: list[str] = field(default_factory=list)
    cache: dict = field(default_factory=dict)   # per-article lookups built once


def entity(ctx: Ctx, key: str) -> Entity:
    e = ctx.entities.get(key)
    if e is None:
        e = (ctx.doc._.kg_entities or {}).get(key)
        if e is None:
            g = gazetteer().entries.get(key)
            e = Entity(key, g.type, g.label, g.wikidata) if g else \
                _mentions_for(ctx.lang).minted.get(key) or Entity(key, "Organization", key)
        ctx.entities[key] = e
    return e


def etype(ctx: Ctx, key: str) -> str:
    return entity(ctx, key).type


def extract(doc: Doc) -> ArticleFacts:
    """All facts of one analysed article."""
    article: Article = doc._.kg_article
    lang = article.language if article.language in ("de", "en") else doc.lang_
    ctx = Ctx(doc=doc, lang=lang, article=article, args=build_args(doc),
              clauses=doc._.kg_clauses or [])
    surfaces: dict[str, set[str]] = {}
    for s in doc.spans.get("kg_mentions", []):
        if s._.kg_key and s._.kg_kind in ("name", "adj") and not s._.kg_keys:
            surfaces.setdefault(s._.kg_key, set()).add(s.text)
            entity(ctx, s._.kg_key)
        elif s._.kg_key and s._.kg_kind in ("compound", "modifier"):
            entity(ctx, s._.kg_key)
    for _, _, org, s, _ in doc._.kg_standing or []:
        prefix = s.text.rsplit("-", 1)[0] if "-" in s.text else ""
        e = gazetteer().entries.get(org)
        if e is None or not prefix[:1].isupper() or len(prefix) < 2 or " " in prefix or \
                gazetteer().lookup(prefix) is not None:
            continue
        if fold(prefix) in {fold(w) for name in e.aliases for w in re.findall(r"\w+", name)}:
            # "Vox-Chef Abascal": the body is also found by the short name the text gave it (a
            # word of its own names: "Vize-Kanzler" names no "Vize")
            surfaces.setdefault(org, set()).add(prefix)
    standing(ctx)
    attributive(ctx)
    for c in ctx.clauses:
        n = len(ctx.facts)
        events(ctx, c)
        threatened_acts(ctx, c, ctx.facts[n:])
        entourage(ctx, c)
        receipt(ctx, c)
        assisted(ctx, c)
        appointments(ctx, c)
        succession(ctx, c)
        invitation(ctx, c)
        refused_permission(ctx, c)
        envoys(ctx, c)
        presence(ctx, c)
        visiting_guest(ctx, c)
        arrival_origin(ctx, c)
        drawn_criticism(ctx, c)
        membership_predicate(ctx, c)
        role_predicate(ctx, c)
        at_the_head(ctx, c)
        supporter_predicate(ctx, c)
        member_predicate(ctx, c)
        admission(ctx, c)
        supporter_apposition(ctx, c)
        joint_action(ctx, c)
    background_wars(ctx)
    open_relations(ctx)
    facts = dedupe(ctx.facts)
    # a known entity is findable by every name the gazetteer gives it ("CDU" for the node
    # of the Christian Democratic Union, though the text only said "CDU-Chef")
    gaz = gazetteer().entries
    for key in ctx.entities:
        if key in gaz:
            surfaces.setdefault(key, set()).update(gaz[key].aliases)
    return ArticleFacts(article=article, facts=facts, entities=dict(sorted(ctx.entities.items())),
                        surfaces=surfaces, tokens=len(doc))


def dedupe(facts: list[Fact]) -> list[Fact]:
    """One fact per (subject, relation, object, modality) and sentence; symmetric pairs once."""
    seen, out = set(), []
    for f in facts:
        s, o = f.subject.key, f.object.key
        if f.relation in SYMMETRIC and o < s:
            f.subject, f.object = f.object, f.subject
        k = (f.subject.key, f.relation, f.object.key, f.modality, f.start)
        if k in seen or f.subject.key == f.object.key:
            continue
        seen.add(k)
        out.append(f)
    out.sort(key=lambda f: (f.start, f.relation, f.subject.key, f.object.key, f.modality))
    return out


def sentence_of(ctx: Ctx, i: int) -> Span:
    return ctx.doc[i].sent


def make_fact(ctx: Ctx, s: str, rel: str, o: str, mod: str, anchor: int, **kw) -> Optional[Fact]:
    if s == o:
        return None
    subj, obj = entity(ctx, s), entity(ctx, o)
    if rel in ("attacks", "invades") and obj.type == "Country" and subj.type == "Organization" and \
            _state_of(ctx, s) == o:
        return None   # "Im Sudan kämpfen die Armee und die RSF": a state's organ fights in it, not it
    if subj.label == obj.label and subj.type == obj.type:
        return None   # one person under two keys (a name in full and a title resolved to it)
    sent = sentence_of(ctx, anchor)
    f = Fact(subject=subj, relation=rel, object=obj, modality=mod,
             article_id=ctx.article.id, sentence=sent.text.strip(), start=sent.start_char,
             end=sent.end_char, language=ctx.lang, **kw)
    ctx.facts.append(f)
    if rel == "visits":
        _seat_city_visit(ctx, s, o, mod, anchor, kw)
    return f


# ------------------------------------------------------------------ standing relations
def standing(ctx: Ctx) -> None:
    for person, rel, org, span, _ in ctx.doc._.kg_standing or []:
        if not person or not org:
            continue
        if rel == "leaderOf" and etype(ctx, org) not in ("Country", "Organization", "Group") and not (
                etype(ctx, org) in ("City", "Location") and org in gazetteer().entries):
            continue   # (a known region or city has its head: "Bayerns Ministerpräsident", "Tschetscheniens Machthaber")
        if rel in ("memberOf", "spokespersonOf") and org in gazetteer().entries and \
                etype(ctx, org) in ("City", "Location", "Country"):
            continue  # one is a member of a body, not of a known region ("Europa-Abgeordnete") or
            # of a state ("der tunesische Staatssekretär X" serves it)
        if etype(ctx, person) != "Person":
            continue
        role = span._.kg_role.role if span._.kg_role is not None else None
        if rel == "leaderOf" and (role in MINISTRY_WORDS or role == "minister") and (
                etype(ctx, org) in ("City", "Location") or
                org in gazetteer().entries and etype(ctx, org) == "Organization" and not gazetteer().entries[org].country):
            continue   # a region's minister leads its ministry; "the minister for EU relations" no EU
        if rel == "leaderOf" and etype(ctx, org) == "Country":
            # "Congolese President Félix Tshisekedi": an adjective two states share names the one
            # the person is known to hold office in
            own = {o.org for o in gazetteer().offices_of(person, ctx.article.date)
                   if o.org in gazetteer().entries and gazetteer().entries[o.org].type == "Country"}
            if len(own) == 1 and org not in own:
                org = next(iter(own))
        mod = "planned" if _mentions_for(ctx.lang).future_title(ctx.doc, span) else "asserted"
        make_fact(ctx, person, rel, org, mod, span.start, trigger=span.text)
    for a in ctx.args:
        # "im türkischen Antalya", "im kanadischen Kananaskis": the place lies in that country
        if a.kind == "adj" and a.keys and etype(ctx, a.keys[0]) == "Country" and a.span.start > 0 and \
                ctx.doc[a.span.start - 1].lower_ in ("im", "ins", "nach", "vom", "aus"):
            place = next((b for b in ctx.args if b.span.start == a.span.end and b.kind == "name" and b.keys and
                          etype(ctx, b.keys[0]) in ("City", "Location")), None)
            if place is not None and place.keys[0] != a.keys[0]:
                make_fact(ctx, place.keys[0], "partOf", a.keys[0], "asserted", a.span.start, trigger=a.span.text)
    for t in ctx.doc:
        if t.lower_ in ("hauptstadt", "capital"):
            _capital_of(ctx, t)
        elif t.lower_ in PLACE_NOUNS:
            _place_in_country(ctx, t)
        elif t.lower_ in COMPASS_PARTS:
            _place_in_part(ctx, t)

    memberships(ctx)


def _capital_of(ctx: Ctx, t: Token) -> None:
    """"die russische Hauptstadt Moskau", "the capital of Ukraine, Kyiv", "in der Hauptstadt
    Vilnius": the capital lies in its country."""
    city = next((a for a in ctx.args if (a.span.start in (t.i + 1, t.i + 2) or a.span.start < t.i < a.span.end)
                 and etype(ctx, a.keys[0]) == "City"), None)
    bare = t.i >= 2 and ctx.doc[t.i - 1].text == "," and ctx.lang == "en"   # ("Erbil, capital of …")
    if city is None and t.i >= 3 and (ctx.doc[t.i - 1].lower_ in ("the", "der", "die") and ctx.doc[t.i - 2].text == ","
                                      or bare):
        # "Kazan, the capital of …": the name before the apposition
        # (over a verb particle: "fand in Kasan statt, der Hauptstadt …")
        end = t.i - 1 if bare else t.i - 3 if ctx.doc[t.i - 3].tag_ == "PTKVZ" else t.i - 2
        city = next((a for a in ctx.args if a.span.end == end and a.keys and etype(ctx, a.keys[0]) == "City"), None)
    country = next((a for a in ctx.args if (a.span.end == t.i or a.head == t.i) and
                    etype(ctx, a.keys[0]) == "Country"), None)
    if country is None:
        country = next((a for a in ctx.args if a.marker == "gen" and a.head == t.i and
                        etype(ctx, a.keys[0]) == "Country"), None)
    if country is None and city is not None and city.span.end <= t.i and t.i + 1 < len(ctx.doc) and \
            ctx.doc[t.i + 1].lower_ in ("der", "des", "of"):
        # "Kazan, the capital of the Tatarstan region", "Kasan, der Hauptstadt der Teilrepublik Tatarstan"
        # ("the capital of the semi-autonomous Kurdistan region": over a hyphenated adjective)
        country = next((a for a in ctx.args if t.i + 1 < a.span.start <= t.i + 6 and a.kind == "name" and
                        etype(ctx, a.keys[0]) == "Location" and
                        not any(x.is_punct and x.text != "-" for x in ctx.doc[t.i:a.span.start])), None)
    if city and country:
        make_fact(ctx, city.keys[0], "partOf", country.keys[0], "asserted", t.i, trigger=t.text)
    elif city and city.keys[0] in gazetteer().capitals:
        # "in der Hauptstadt Vilnius": the country whose capital it is
        make_fact(ctx, city.keys[0], "partOf", gazetteer().capitals[city.keys[0]], "asserted", t.i,
                  trigger=t.text)


COMPASS_PARTS = word_class("compass_part")


def _place_in_part(ctx: Ctx, t: Token) -> None:
    """"Rafah im Süden des Gazastreifens", "Kharkiv in the north-east of Ukraine", "Rafah in
    southern Gaza": the place named right before lies in the larger one."""
    doc = ctx.doc
    k = t.i - 1
    while k >= 0 and (doc[k].lower_ in ("the", "im", "in", "äußersten", "far", "-") or doc[k].lower_ in COMPASS_PARTS):
        k -= 1   # (over "north-" of "north-east")
    if k == t.i - 1 or k < 0 or doc[k + 1].lower_ not in ("im", "in"):
        return
    place = next((a for a in ctx.args if a.span.end == k + 1 and a.kind == "name" and a.keys and
                  etype(ctx, a.keys[0]) in ("City", "Location")), None)
    j = t.i + 1
    if j < len(doc) and doc[j].lower_ in ("des", "der", "von", "of"):
        j += 1 + (j + 1 < len(doc) and doc[j + 1].lower_ == "the")
    elif not t.lower_.endswith(("ern", "lichen", "liche")):
        return   # a noun of direction needs its owner: "im Süden des Landes", "in the south of"
    whole = next((a for a in ctx.args if a.span.start == j and a.kind == "name" and a.keys and
                  etype(ctx, a.keys[0]) in ("Country", "Location")), None)
    if place is not None and whole is not None and place.keys[0] != whole.keys[0]:
        make_fact(ctx, place.keys[0], "partOf", whole.keys[0], "asserted", t.i, trigger=t.text)


def _place_in_country(ctx: Ctx, t: Token) -> None:
    """"the Russian city of Kazan", "Russia's Bryansk region", "die russische Stadt Belgorod": a
    named place a country's noun describes lies in that country."""
    doc = ctx.doc
    place = next((a for a in ctx.args if a.keys and etype(ctx, a.keys[0]) in ("City", "Location") and (
        a.span.start == t.i + 1 or a.span.start == t.i + 2 and doc[t.i + 1].lower_ == "of" or
        a.span.end == t.i and ctx.lang == "en" or
        a.span.start < t.i and a.span.end == t.i + 1 or   # the noun in the name: "Russia's Bryansk region",
        a.span.start == t.i and a.span.end > t.i + 1)), None)   # "der iranischen Provinz Sistan-Belutschistan"
    if place is None:
        return
    owner = next((a for a in ctx.args if a.keys and a is not place and etype(ctx, a.keys[0]) == "Country" and (
        a.kind == "adj" and a.head == t.i or a.marker in ("gen", "poss") and a.head is not None and (
            a.head == t.i or place.span.start <= a.head < place.span.end) or
        a.span.end in (t.i, place.span.start) and a.kind == "adj")), None)
    if owner is not None and owner.keys[0] != place.keys[0]:
        make_fact(ctx, place.keys[0], "partOf", owner.keys[0], "asserted", t.i, trigger=t.text)


MEMBER_NOUNS = word_class("member_noun")
BODY_NOUNS = word_class("org_noun")
SUMMON_VERBS = word_class("summon_verb")
GUEST_NOUNS = word_class("guest_noun")


def _led_under(ctx: Ctx) -> None:
    """"die Fünf-Sterne-Bewegung unter Ex-Regierungschef Giuseppe Conte", "die Kontaktgruppe unter
    Leitung von Lloyd Austin", "the Wagner group under Yevgeny Prigozhin": a body under a person is
    led by that person (a state under someone is not: "Russland unter Jelzin" may be history)."""
    doc = ctx.doc
    for a in ctx.args:
        if a.kind not in ("name", "army_ref") or not a.keys or etype(ctx, a.keys[0]) not in ("Organization", "Group") or \
                a.span.end + 1 >= len(doc) or doc[a.span.end].lower_ not in ("unter", "under"):
            continue
        if a.coord_of is not None or a.span.start > 0 and doc[a.span.start - 1].lower_ in ("und", "and", "sowie", ","):
            continue   # ("das Kabinett aus ÖVP, SPÖ und NEOS unter Kanzler Stocker": the list's head is led)
        j = a.span.end + 1
        if doc[j].lower_ in ("der", "dem", "the") and j + 1 < len(doc) and doc[j + 1].lower_ in LED_BY_NOUN:
            j += 1
        if doc[j].lower_ in LED_BY_NOUN:
            j += 1
            if j < len(doc) and doc[j].lower_ in ("von", "des", "der", "of"):
                j += 1
        b = next((b for b in ctx.args if b.span.start >= j and b.keys), None)
        if b is None or etype(ctx, b.keys[0]) != "Person" or b.span.start - j > 4 or any(
                t.is_punct or t.pos_ in ("VERB", "AUX", "ADP", "SCONJ", "CCONJ") for t in doc[j:b.span.start]):
            continue
        make_fact(ctx, b.keys[0], "leaderOf", a.keys[0], "asserted", a.span.start, trigger=doc[a.span.end].text)


def memberships(ctx: Ctx) -> None:
    """"Nato-Partner Litauen", "die EU-Staaten Polen und Ungarn", "NATO ally Lithuania",
    "den Nato-Verbündeten, darunter Deutschland": the states named are members."""
    doc = ctx.doc
    _party_of_person(ctx)
    _party_with_owner(ctx)
    _other_members(ctx)
    _own_party(ctx)
    _own_body(ctx)
    _membership_noun(ctx)
    _member_apposition(ctx)
    _grouping_apposition(ctx)
    _composition_apposition(ctx)
    _part_apposition(ctx)
    _bloc_of(ctx)
    _led_under(ctx)
    for a in ctx.args:
        org = a.keys[0] if a.keys else None
        if org is None or etype(ctx, org) != "Organization":
            continue
        nxt = next((b for b in ctx.args if b.span.start == a.span.end + 1 and "-" in b.span.text[:-1]), None) \
            if a.kind == "modifier" and a.span.text.endswith("-") and a.span.end < len(doc) and \
            doc[a.span.end].lower_ in ("und", "oder", "sowie") else None
        # ("das EU- und Nato-Mitglied Litauen": the noun of the compound after "und")
        found = (nxt.span.text.rsplit("-", 1)[1].lower(), nxt.span.end) if nxt is not None else _member_noun(ctx, a)
        if found is None:
            continue
        noun, after = found
        if noun not in MEMBER_NOUNS:
            continue
        if after + 1 < len(doc) and doc[after].text == "," and doc[after + 1].lower_ in EXAMPLE_CUES:
            after += 2   # "den Nato-Verbündeten, darunter Deutschland"
        first = next((b for b in ctx.args if b.span.start == after), None)
        if first is None:
            continue
        for b in conjuncts(ctx.args, first):
            if b.keys and etype(ctx, b.keys[0]) == "Country":
                make_fact(ctx, b.keys[0], "memberOf", org, "asserted", a.span.start, trigger=a.span.text)


def _membership_noun(ctx: Ctx) -> None:
    """"die Nato-Mitgliedschaft seines Landes", "Finland's NATO membership": the owner of a
    body's membership is a member (not after "um"/"for": a bid is no membership yet)."""
    doc = ctx.doc
    for a in ctx.args:
        if not a.keys or etype(ctx, a.keys[0]) != "Organization":
            continue
        if a.kind == "modifier" and a.span.text.lower().endswith("-mitgliedschaft"):
            noun = a.span.start
        elif a.kind == "name" and a.span.end < len(doc) and doc[a.span.end].lower_ == "membership":
            noun = a.span.end
        else:
            continue
        k = noun - 1
        while k >= 0 and doc[k].pos_ in ("DET", "ADJ") or k >= 0 and doc[k].text in ("'s", "’s"):
            k -= 1
        if k >= 0 and doc[k].lower_ in ("um", "for", "zur", "zum", "nach", "into"):
            continue
        owners = [b for b in ctx.args if b is not a and b.keys and b.marker in ("gen", "poss") and b.kind == "name" and
                  (b.head == noun or b.span.end in (a.span.start, a.span.start - 1) or b.span.start == noun + 2)]
        for b in owners[:1]:
            member = b.keys[0]
            if etype(ctx, member) in ("Country", "Organization") and member != a.keys[0]:
                make_fact(ctx, member, "memberOf", a.keys[0], "asserted", noun, trigger=doc[noun].text)


def _own_body(ctx: Ctx) -> None:
    """"Die Nato kündigte an, ihre Kosovo-Schutztruppe KFOR zu verstärken", "NATO's KFOR": a body
    the gazetteer places under another, called that one's own, is part of it."""
    doc = ctx.doc
    names = [m for m in doc.spans.get("kg_mentions", []) if m._.kg_kind == "name" and m._.kg_key]
    for m in names:
        e = gazetteer().entries.get(m._.kg_key)
        if e is None or not e.parent or e.type not in ("Organization", "Group"):
            continue
        owner = [p for p in names if p._.kg_key == e.parent and p.sent.start == m.sent.start and p.end <= m.start]
        if not owner:
            continue
        k = m.start - 1
        while k > owner[-1].end and (doc[k].pos_ in ("NOUN", "ADJ", "PROPN") or doc[k].tag_ in ("NN", "ADJA")):
            k -= 1   # over "Kosovo-Schutztruppe"
        if doc[k].lower_ in ("ihre", "ihren", "ihrer", "seine", "seinen", "seiner", "its", "'s", "’s"):
            make_fact(ctx, m._.kg_key, "partOf", e.parent, "asserted", m.start, trigger=doc[k:m.end].text)


def _person_names(ctx: Ctx) -> list[Arg]:
    return [a for a in ctx.args if a.kind == "name" and a.keys and etype(ctx, a.keys[0]) == "Person"]


def _party_noun(ctx: Ctx, t: Token) -> bool:
    return t.lower_ in PARTY_NOUNS or ctx.lang == "de" and t.lower_.endswith("partei")


OPPOSITION_WORDS = word_class("opposition_word")


def _party_of_person(ctx: Ctx) -> None:
    """"Schalwa Papuaschwili von der Regierungspartei Georgischer Traum", "Shalva Papuashvili of
    the ruling Georgian Dream party": the person is a member of the party."""
    doc = ctx.doc
    by_start = {a.span.start: a for a in ctx.args}
    for a in _person_names(ctx):
        k = a.span.end
        if k + 1 < len(doc) and doc[k].text == "," and doc[k + 1].lower_ in ("of", "von", "vom"):
            k += 1   # "Lai, of the Democratic Progressive Party,"
        words = [t.lower_ for t in doc[k:k + 2]]
        if words[:1] == ["vom"] or words in (["von", "der"], ["aus", "der"], ["of", "the"], ["from", "the"]):
            k += 1 if words[:1] == ["vom"] else 2
        elif words[:1] in (["von"], ["of"]) and k + 1 in by_start and by_start[k + 1].keys and \
                _mentions_for(ctx.lang).is_party(by_start[k + 1].keys[0]):
            k += 1   # "Frans Timmermans von GroenLinks-PvdA"
        else:
            continue
        while k < len(doc) and (doc[k].pos_ == "ADJ" or doc[k].tag_ in ("VBG", "VBN", "ADJA") or
                                doc[k].lower_ in OPPOSITION_WORDS) and k not in by_start:
            k += 1   # "der regierenden", "the ruling", "the opposition"
        if k < len(doc) and _party_noun(ctx, doc[k]):
            # "von der Regierungspartei X"; "von der Partei für Freiheit und Gerechtigkeit": the
            # name that begins with the noun
            party = by_start.get(k) or by_start.get(k + 1)
        else:
            party = by_start.get(k)                          # "of the ruling X party"
            if party is not None and not (party.span.end < len(doc) and doc[party.span.end].lower_ in PARTY_NOUNS) \
                    and not (party.keys and _mentions_for(ctx.lang).is_party(party.keys[0])):
                party = None   # ("of the Democratic Progressive Party": a name the gazetteer calls a party)
        if party is not None and party.keys and etype(ctx, party.keys[0]) == "Organization" and not any(
                f.subject.key == a.keys[0] and f.relation == "leaderOf" and f.object.key == party.keys[0]
                for f in ctx.facts):   # ("opposition leader X of the SJB" leads it)
            make_fact(ctx, a.keys[0], "memberOf", party.keys[0], "asserted", party.span.start,
                      trigger=doc[a.span.end:party.span.end].text)


def _party_with_owner(ctx: Ctx) -> None:
    """"der SNS von Präsident Vučić", "der AKP des Präsidenten", "the party of Nelson Mandela": the
    person the party is said to be of is its member (its leader, when the gazetteer says so)."""
    doc = ctx.doc
    parties = _mentions_for(ctx.lang).is_party
    for a in ctx.args:
        if a.kind != "name" or not a.keys or not parties(a.keys[0]):
            continue
        k = a.span.end
        if k + 2 < len(doc) and doc[k].text == "(" and doc[k + 2].text == ")":
            k += 3   # "der Serbischen Fortschrittspartei (SNS) von Präsident X"
        if k >= len(doc) or doc[k].lower_ not in ("des", "von", "of"):
            continue
        k += 1
        b = next((b for b in ctx.args if b.keys and k <= b.span.start < k + 3 and all(
            t.pos_ in ("DET", "ADJ", "PROPN", "NOUN") for t in doc[k:b.span.start])), None)
        if b is None or etype(ctx, b.keys[0]) != "Person" or len(b.keys) != 1:
            continue
        leads = any(o.org == a.keys[0] for o in gazetteer().offices_of(b.keys[0], doc._.kg_date))
        make_fact(ctx, b.keys[0], "leaderOf" if leads else "memberOf", a.keys[0], "asserted", a.span.start,
                  trigger=doc[a.span.start:b.span.end].text)


def _other_members(ctx: Ctx) -> None:
    """"Greta Thunberg and 170 other members of the Global Sumud Flotilla", "Thunberg und 170
    weitere Mitglieder der Flottille": the person named is a member too."""
    doc = ctx.doc
    by_start = {a.span.start: a for a in ctx.args}
    for a in _person_names(ctx):
        k = a.span.end
        if k >= len(doc) or doc[k].lower_ not in ("and", "und"):
            continue
        k += 1
        while k < len(doc) and (doc[k].like_num or doc[k].pos_ == "NUM") and k - a.span.end <= 3:
            k += 1
        if k + 1 >= len(doc) or doc[k].lower_ not in ("other", "weitere", "andere", "anderen", "weiteren") or \
                doc[k + 1].lower_ not in ("members", "mitglieder"):
            continue
        k += 2
        if k < len(doc) and doc[k].lower_ in ("of", "der", "des"):
            k += 1
            if k < len(doc) and doc[k].lower_ == "the":
                k += 1
        body = by_start.get(k)
        if body is not None and body.keys and etype(ctx, body.keys[0]) in ("Organization", "Group"):
            make_fact(ctx, a.keys[0], "memberOf", body.keys[0], "asserted", body.span.start,
                      trigger=doc[a.span.end:body.span.end].text)


OWN = {"eigene", "eigenen", "eigener", "eigenes", "own"}
LEADING_TITLES = {"commander", "commander_in_chief", "party_leader", "head", "leader", "chair"}


def _own_party(ctx: Ctx) -> None:
    """"aus Yoons eigener Partei der Macht des Volkes", "Scholz' Partei, die SPD", "Yoon's own
    People Power Party", "Haftar, whose Libyan National Army": the person named as owner is a
    member of the party or body (its leader, when the gazetteer says so)."""
    doc = ctx.doc
    by_start = {a.span.start: a for a in ctx.args}
    # ("in his Liberal Democratic Party": a possessive pronoun that stands for the person)
    owners = _person_names(ctx) + [a for a in ctx.args if a.kind == "poss" and len(a.keys) == 1 and
                                   a.span.end - a.span.start == 1 and etype(ctx, a.keys[0]) == "Person"]
    for a in owners:
        k = a.span.end
        if a.kind == "poss":
            party = by_start.get(k)
            if party is not None and party.keys and _mentions_for(ctx.lang).is_party(party.keys[0]):
                make_fact(ctx, a.keys[0], "memberOf", party.keys[0], "asserted", party.span.start,
                          trigger=doc[a.span.start:party.span.end].text)
            continue
        if k + 1 < len(doc) and doc[k].text == "," and doc[k + 1].lower_ in ("whose", "dessen", "deren"):
            # "Khalifa Haftar, whose Libyan National Army …", "Orbán, dessen Fidesz …": his body
            body = by_start.get(k + 2)
            if body is None and k + 3 < len(doc) and doc[k + 2].pos_ == "ADJ":
                body = by_start.get(k + 3)
            if body is not None and body.keys and etype(ctx, body.keys[0]) in ("Organization", "Group"):
                org = body.keys[0]
                # (the gazetteer's office, or a commander's title: "military commander X, whose army")
                leads = any(o.org == org for o in gazetteer().offices_of(a.keys[0], ctx.doc._.kg_date)) or any(
                    m._.kg_kind == "role" and m._.kg_role is not None and m._.kg_role.role in LEADING_TITLES and
                    a.span.start - 1 <= m.start and m.end <= a.span.end for m in doc.spans.get("kg_mentions", []))
                make_fact(ctx, a.keys[0], "leaderOf" if leads else "memberOf", org, "asserted", body.span.start,
                          trigger=doc[k + 1:body.span.end].text)
            continue
        if k < len(doc) and doc[k].text in ("'s", "’s", "'", "’"):
            k += 1
        elif not (ctx.lang == "de" and (a.span[-1].text.endswith(("s", "'", "’")) or a.marker == "gen")):
            continue
        own = k < len(doc) and doc[k].lower_ in OWN
        k += own
        while k < len(doc) and doc[k].is_lower and doc[k].pos_ == "ADJ" and k not in by_start and k - a.span.end <= 4:
            k += 1   # "Yoon's conservative People Power Party", "Orbáns rechtsnationale Fidesz"
        party = None
        if k < len(doc) and _party_noun(ctx, doc[k]):
            party = by_start.get(k)   # the party noun begins the name: "Partei der Macht des Volkes"
            if party is None:
                n = k + 1
                if n < len(doc) and doc[n].text == ",":
                    n += 1
                if n < len(doc) and doc[n].lower_ in ("der", "die", "the"):
                    n += 1
                party = by_start.get(n)   # "seiner Partei, der CDU"
        elif own or k in by_start and (_party_noun(ctx, doc[by_start[k].span.end - 1]) or by_start[k].keys and
                                       _mentions_for(ctx.lang).is_party(by_start[k].keys[0])):
            # "Yoon's own People Power Party", "Erdoğan's Justice and Development Party", "Orbáns Fidesz"
            party = by_start.get(k)
        if party is not None and party.keys and etype(ctx, party.keys[0]) == "Organization":
            make_fact(ctx, a.keys[0], "memberOf", party.keys[0], "asserted", party.span.start,
                      trigger=doc[a.span.start:party.span.end].text)


# ------------------------------------------------------------------ attributive relations
LED_BY = word_class("led_by")
BACKED_BY = word_class("backed_by")
LED_BY_NOUN = word_class("led_by_noun")


def _participle(word: str, stems: frozenset) -> bool:
    w = word.lower()
    return any(w == s or (w.startswith(s) and len(w) - len(s) <= 2) for s in stems)  # geführte(n)


def attributive(ctx: Ctx) -> None:
    """Standing relations said in passing: "Hezbollah, led by X", "Iran-backed Hezbollah",
    "die vom Iran unterstützte Hisbollah", "die Hamas unter Führung von X"."""
    doc = ctx.doc
    names = [m for m in doc.spans.get("kg_mentions", []) if m._.kg_key and m._.kg_kind == "name"]
    ends = {m.end: m for m in names}
    # ("dem von Russland angegriffenen Land": the country spoken of is the target too)
    # ("die vom Iran unterstützten Huthi-Rebellen": a body named on its fighters)
    # ("the Iran-backed group": the body the noun refers back to)
    targets = sorted(names + [m for m in doc.spans.get("kg_mentions", []) if m._.kg_key and (
        m._.kg_kind in ("country_ref", "org_ref", "fighters_ref") or m._.kg_kind == "modifier" and "-" in m.text and
        any(m.text.lower().endswith(w) for w in ACTOR_HEADS | FIGHTER_NOUNS))], key=lambda m: m.start)

    def after(i: int, span: int = 3):
        """The first name within ``span`` tokens from ``i``, over titles and adjectives."""
        for m in targets:
            if i <= m.start < i + span and all(t.pos_ in ("ADJ", "DET", "NOUN", "PROPN") or t.tag_ in (
                    "ART", "ADJA", "NN", "NE") for t in doc[i:m.start]):
                return m
        return None

    for t in doc:
        rel = "leaderOf" if _participle(t.text, LED_BY) else "supports" if _participle(t.text, BACKED_BY) \
            else None
        if rel is None:
            _attributive_event(ctx, t, ends, after)
            continue
        nxt = doc[t.i + 1].lower_ if t.i + 1 < len(doc) else ""
        x = y = None
        if t.i >= 2 and doc[t.i - 1].text == "-" and (t.i - 1) in ends:      # "Iran-backed Hezbollah"
            x, y = ends[t.i - 1], after(t.i + 1)
        elif ctx.lang == "de" and t.i in ends and ends[t.i].start > 0 and t.pos_ == "ADJ" and (
                doc[ends[t.i].start - 1].lower_ in ("von", "vom") or ends[t.i].start > 1 and
                doc[ends[t.i].start - 2].lower_ == "von" and doc[ends[t.i].start - 1].lower_ in ("der", "dem", "den")):
            x, y = ends[t.i], after(t.i + 1)                                  # "die vom Iran unterstützte Hisbollah"
        elif nxt in ("by", "von", "vom"):                                     # "Hezbollah, led by X"
            k = t.i - 1 if t.i > 0 and doc[t.i - 1].text == "," else t.i
            if k >= 3 and doc[k - 1].text == ")" and doc[k - 3].text == "(":
                k -= 3   # "the National Council (CNSP), headed by …"
            x, y = after(t.i + 2, 4), ends.get(k)
        if x is None or y is None:
            continue
        _attributive_fact(ctx, x._.kg_key, rel, y._.kg_key, t.i)
    # "Johann Wadephul (CDU)", "Özdemir, Lemke (beide Grüne)": party membership in brackets
    persons = [m for m in names if etype(ctx, m._.kg_key) == "Person"]
    for m in names:
        if m.start < 2 or m.end >= len(doc) or doc[m.end].text != ")" or \
                etype(ctx, m._.kg_key) not in ("Organization",):
            continue
        both = doc[m.start - 1].lower_ in ("beide", "both")
        k = m.start - 2 if both else m.start - 1
        if doc[k].text != "(":
            continue
        before = [p for p in persons if p.end <= k and k - p.end <= (25 if both else 0)]
        for p in (before[-2:] if both else before[-1:]):
            initials = "".join(w[0] for w in p.text.replace("-", " ").split() if w[:1].isupper())
            if len(initials) > 1 and initials in m.text.upper():
                continue   # "Air Missile Systems (NASAMS)": the name's abbreviation, not a party
            _attributive_fact(ctx, p._.kg_key, "memberOf", m._.kg_key, m.start)
    for t in doc:
        # "die Hamas unter (der) Führung von X"
        if t.lower_ not in LED_BY_NOUN or t.i + 1 >= len(doc) or doc[t.i + 1].lower_ not in ("von", "des"):
            continue
        k = t.i - 1 - (doc[t.i - 1].lower_ in ("der",))
        if k < 1 or doc[k].lower_ != "unter" or k not in ends:
            continue
        x = after(t.i + 2, 4)
        if x is not None:
            _attributive_fact(ctx, x._.kg_key, "leaderOf", ends[k]._.kg_key, t.i)


ATTRIBUTIVE_EVENTS = {"attacks", "invades", "sanctions", "supports", "occupies", "threatens", "criticizes",
                      "accuses", "providesAidTo"}


def _attributive_event(ctx: Ctx, t: Token, ends: dict, after) -> None:
    """"die von Russland angegriffene Ukraine", "Ukraine, attacked by Russia": an event told
    in a participle with its agent."""
    doc = ctx.doc
    if ctx.lang == "de" and t.tag_ == "ADJA" and t.i in ends and ends[t.i].start > 0 and \
            doc[ends[t.i].start - 1].lower_ in ("von", "vom"):
        lemma, agent, target = participle_lemma(t.text), ends[t.i], after(t.i + 1)
    elif ctx.lang == "en" and t.tag_ == "VBN" and t.i + 1 < len(doc) and doc[t.i + 1].lower_ == "by" and \
            t.i > 1 and doc[t.i - 1].text == "," and (t.i - 1) in ends:
        lemma, agent, target = t.lemma_, after(t.i + 2, 2), ends[t.i - 1]
    else:
        return
    if not lemma or agent is None or target is None or agent._.kg_key == target._.kg_key:
        return
    trig = next((tr for tr in lexicon().verb(ctx.lang, lemma) if tr.relation in ATTRIBUTIVE_EVENTS and
                 not tr.flags & {"weapon", "aid", "force"}), None)
    if trig is not None:
        make_fact(ctx, agent._.kg_key, trig.relation, target._.kg_key, "asserted", t.i, trigger=t.text)


def _attributive_fact(ctx: Ctx, x: str, rel: str, y: str, anchor: int) -> None:
    if rel == "supports":
        x = _as_actor(x)   # "Von Ankara unterstützte Kämpfer": the capital for its state
    tx, ty = etype(ctx, x), etype(ctx, y)
    if ty not in ("Organization", "Country", "Group"):
        return
    if rel in ("leaderOf", "memberOf") and tx != "Person":
        return
    if rel == "supports" and tx not in ACTOR:
        return
    make_fact(ctx, x, rel, y, "asserted", anchor, trigger=ctx.doc[anchor].text)


# ------------------------------------------------------------------ appointments
APPOINT = word_class("appointment_verb")
NOT_YET = word_class("pending_appointment")
SELF_APPOINT = word_class("self_appointment_verb")
REFLEXIVES = {"sich", "himself", "herself", "themselves"}


@lru_cache(maxsize=4)
def _mentions_for(lang: str):
    from ..analyse.mentions import Mentions
    return Mentions(lang)


SUCCESSION = word_class("succession_verb")
BECOME_VERBS = word_class("become_verb")   # "is expected to become president", "soll Kanzler werden"


def succession(ctx: Ctx, c: Clause) -> None:
    """"Rutte löst Stoltenberg ab", "Stoltenberg, der von Rutte abgelöst wird", "Carney
    succeeded Trudeau": the successor takes the predecessor's offices (those the article gave
    the predecessor); with "als"/"as" and a title, that office (left to :func:`appointments`)."""
    if c.lemma not in SUCCESSION:
        return
    cargs = clause_args(ctx, c)
    if c.passive:
        new = [a for a in cargs if a.marker in ("von", "by")]
        old = [a for a in cargs if a.marker in ("subj", "subjpass")]
        if not old and c.kind == "rel":
            _, ante = subject_keys(ctx, c)
            old = [ante] if ante is not None else []
    else:
        new = [a for a in cargs if a.marker == "subj"]
        old = [a for a in cargs if a.marker in ("obj", "acc", "dat")]
        if not new and c.kind == "rel":
            new = [x for x in [subject_keys(ctx, c)[1]] if x is not None]
    new_keys = [k for a in new[:1] for k in a.keys if etype(ctx, k) == "Person"]
    old_keys = [k for a in old[:1] for k in a.keys if etype(ctx, k) == "Person"]
    if not new_keys or not old_keys or any(
            m._.kg_kind in ("role", "compound") and c.contains(m.start) and
            _mentions_for(ctx.lang)._predicative_role(ctx.doc, m) for m in ctx.doc.spans.get("kg_mentions", [])):
        return
    offices = {(rel, org) for person, rel, org, *_ in ctx.doc._.kg_standing or []
               if person in old_keys and rel == "leaderOf" and org}
    mod = modality_for(ctx, c, "leaderOf")
    if mod == "asserted" and not is_past(ctx.doc, c, ctx.lang):
        mod = "planned"   # "der im Oktober von Rutte abgelöst wird": a handover to come
    for rel, org in sorted(offices):
        for k in new_keys:
            make_fact(ctx, k, rel, org, mod, c.lexical if c.lexical is not None else c.start,
                      trigger=ctx.doc[c.lexical].text if c.lexical is not None else None)


def appointments(ctx: Ctx, c: Clause) -> None:
    """"Der Bundestag wählte Merz zum Kanzler", "Starmer was appointed British prime minister":
    the person takes the role (leaderOf / memberOf / spokespersonOf its body)."""
    doc = ctx.doc
    # "declared himself head of the council", "erklärte sich zum Präsidenten": the subject takes it
    himself = c.lemma in APPOINT | SELF_APPOINT and not c.passive and any(
        t.lower_ in REFLEXIVES for t in c.toks(doc))
    # "is set to return as prime minister", "is expected to become president", "soll
    # Premierminister werden": the subject takes the office
    becoming = not c.passive and c.lexical is not None and (
        c.lemma in BECOME_VERBS and (ctx.lang == "de" or c.lemma == "become" or any(t.lower_ == "as" for t in c.toks(doc)))
        # ("soll Premierminister werden": the modal is the clause's verb)
        or ctx.lang == "de" and any(t.tag_ == "VAINF" and t.lemma_.lower() in BECOME_VERBS for t in c.toks(doc)))
    if c.lemma not in APPOINT | SUCCESSION and not himself and not becoming:
        return
    roles = [m for m in doc.spans.get("kg_mentions", []) if c.contains(m.start) and
             m._.kg_kind in ("role", "compound") and m._.kg_role is not None and
             m._.kg_role.relation and _mentions_for(ctx.lang)._predicative_role(doc, m)]
    if not roles:
        return
    cargs = clause_args(ctx, c)
    if c.lemma in SUCCESSION or himself or becoming:
        # "Carney succeeded Trudeau as Liberal leader": the successor takes the title after "as"
        people = [a for a in cargs if a.marker in (("von", "by") if c.passive else ("subj",))]
        if not people and (c.kind == "rel" or becoming):
            people = [x for x in [subject_keys(ctx, c)[1]] if x is not None]
    elif c.passive:
        people = [a for a in cargs if a.marker in ("subj", "subjpass")]
    else:
        people = [a for a in cargs if a.marker in ("obj", "acc")]
    people = [a for a in people if a.keys and etype(ctx, a.keys[0]) == "Person"]
    if not people:
        return
    mod = modality_for(ctx, c, "leaderOf")
    if (c.lemma in NOT_YET or becoming and c.kind == "inf") and mod == "asserted":
        mod = "planned"   # ("is on course to become president": not yet)
    by_end = {m.end: m for m in doc.spans.get("kg_mentions", [])}
    ments = _mentions_for(ctx.lang)
    for r in roles:
        role = r._.kg_role
        org = r._.kg_key if r._.kg_kind == "compound" else None
        if org is None:
            near = [a for a in cargs if a.kind in ("adj", "name") and a.keys and
                    (a.span.end == r.start or r.end <= a.span.start <= r.end + 2 and
                     a.marker in ("gen", "of", "von") or
                     # ("head of a new National Council": "of" on a small clause's noun)
                     r.end < a.span.start <= r.end + 4 and doc[r.end].lower_ == "of" and
                     all(t.pos_ in ("DET", "ADJ") for t in doc[r.end + 1:a.span.start]))]
            near = [a for a in near if etype(ctx, a.keys[0]) in ("Country", "Organization", "Group")]
            org = near[0].keys[0] if near else None
        if org is None and role.role in ("head_of_state", "head_of_government") and role.relation == "leaderOf":
            # "have named General X as head of state": of the country the clause is set in
            # ("in Niamey"), else of the one the article is about
            places = [gazetteer().entries.get(a.keys[0]) for a in cargs if a.keys and etype(ctx, a.keys[0]) in PLACE]
            homes = sorted({e.key if e.type == "Country" else e.country for e in places if e is not None and
                            (e.type == "Country" or e.country)})
            org = homes[0] if len(homes) == 1 else ctx.doc._.kg_topic
        for p in people:
            for k in p.keys:
                # "vereidigte X als Bundeskanzler": the title's default, or the country X holds it of
                body = ments.role_org(role, org or ments.role_default(role, k))
                if body is None and becoming and role.role in ("head_of_state", "head_of_government") and \
                        k in gazetteer().entries:
                    body = gazetteer().entries[k].country   # "Zardari is expected to become president": his own
                if body is not None:
                    # ("named X as commander of the army": the commander leads it)
                    rel = ments.title_relation(role, role.relation, body, ments.deputy(doc, r, by_end))
                    make_fact(ctx, k, rel, body, mod, r.start, trigger=doc[c.lexical].text)


COMPANION_CUES = {("gemeinsam", "mit"), ("zusammen", "mit"), ("together", "with"), ("along", "with")}


def _with_companions(ctx: Ctx, c: Clause, cargs: list[Arg], agents: list[str], exclude: set[int]) -> list[str]:
    """The agents and the people they act together with ("held talks with Xi, partly together
    with von der Leyen", "traf gemeinsam mit Macron Xi"); the companions are added to
    ``exclude``, since they are not the partner."""
    out = [m for m in _companions(ctx, [a for a in cargs if a.keys and a.keys[0] not in agents])
           if m.keys and etype(ctx, m.keys[0]) in ACTOR | {"Person"}]
    exclude |= {id(m) for m in out}
    return agents + [k for m in out for k in m.keys if k not in agents]


def _companions(ctx: Ctx, cargs: list[Arg]) -> list[Arg]:
    """The mentions after "gemeinsam mit", "together with" among ``cargs``, with their conjuncts."""
    doc = ctx.doc
    return [m for a in cargs if a.marker in ("mit", "with") and a.keys and a.np_start >= 2 and
            (doc[a.np_start - 2].lower_, doc[a.np_start - 1].lower_) in COMPANION_CUES
            for m in conjuncts(ctx.args, a)]


JOINT_ACT_VERBS = word_class("joint_act_verb")
JOINT_ADVERBS = word_class("joint_adverb")
JOINT_DECISION_VERBS = word_class("joint_decision_verb")
ADOPTING_VERBS = word_class("adopting_verb")


def joint_action(ctx: Ctx, c: Clause) -> None:
    """"Washington und Tokio wollen gemeinsam Abfangraketen entwickeln", "die Frankreich gemeinsam
    mit Saudi-Arabien ausgerichtet hatte", "will jointly develop interceptors": doing such an act
    jointly is coordinating with the partners (announced or agreed jointly: done now)."""
    doc = ctx.doc
    if c.lemma not in JOINT_ACT_VERBS:
        return
    adv = next((t for t in c.toks(doc) if t.lower_ in JOINT_ADVERBS), None)
    if adv is None:
        return
    actor = ACTOR | {"Person"}
    agents = [_as_actor(k) for k in subject_keys(ctx, c)[0] if etype(ctx, _as_actor(k)) in actor]
    parent = ctx.clauses[c.parent] if c.parent is not None else None
    if not agents and c.kind == "inf" and parent is not None:
        agents = [_as_actor(k) for k in subject_keys(ctx, parent)[0] if etype(ctx, _as_actor(k)) in actor]
    partners = [k for m in _companions(ctx, clause_args(ctx, c)) for k in map(_as_actor, m.keys)
                if etype(ctx, k) in actor]
    agents = list(dict.fromkeys(agents))
    if partners:
        pairs = [(x, y) for x in agents for y in dict.fromkeys(partners) if x != y]
    else:
        pairs = [(x, y) for i, x in enumerate(agents) for y in agents[i + 1:]]
    if not pairs:
        return
    trig = Trigger(ctx.lang, c.lemma, "verb", "coordinatesWith", (), frozenset())
    mod = modality_for(ctx, c, "coordinatesWith", trig=trig)
    if c.kind == "inf" and parent is not None and parent.lemma in JOINT_DECISION_VERBS and \
            is_past(doc, parent, ctx.lang) and parent.modal is None:
        mod = "asserted"   # "kündigten an, gemeinsam … zu liefern": the joint plan is made
    emit(ctx, c, trig, pairs, mod, adv.i)


# ------------------------------------------------------------------ receipt
RECEIPT_VERBS = word_class("receipt_verb")


ASSIST_NOUNS = {w: "providesAidTo" for w in word_class("assist_noun")} | \
    {w: "supports" for w in word_class("backing_noun")}


def assisted(ctx: Ctx, c: Clause) -> None:
    """"shot down by Israel with help from the United States and Jordan", "mit Unterstützung
    Jordaniens abgefangen": whoever helps the agent act aids (or backs) them."""
    doc = ctx.doc
    for t in c.toks(doc):
        rel = ASSIST_NOUNS.get(t.lower_)
        if rel is None or t.i == c.start:
            continue
        k = t.i - 1
        while k > c.start and doc[k].pos_ == "DET":
            k -= 1
        if doc[k].lower_ not in ("with", "mit"):
            continue
        first = next((a for a in clause_args(ctx, c) if a.keys and t.i < a.span.start <= t.i + 3 and
                      a.marker in ("from", "of", "von", "gen")), None)
        if first is None:
            continue
        helpers = [key for m in conjuncts(ctx.args, first) for key in m.keys if etype(ctx, key) in ACTOR]
        by = [a for a in clause_args(ctx, c) if a.marker in ("by", "von", "durch") and a is not first and
              a.span.start < t.i] if c.passive else []
        agents = [key for m in conjuncts(ctx.args, by[0]) for key in m.keys] if by else \
            [] if c.passive else subject_keys(ctx, c)[0]
        pairs = [(h, _as_actor(a)) for h in helpers for a in agents if etype(ctx, _as_actor(a)) in ACTOR]
        if pairs:
            emit(ctx, c, Trigger(ctx.lang, t.lemma_, "noun", rel, (), frozenset()), pairs,
                 modality_for(ctx, c, rel), t.i, noun=t)
        return


def receipt(ctx: Ctx, c: Clause) -> None:
    """"Die Ukraine soll weitere Hilfe aus Deutschland erhalten", "Ukraine received 40 tanks from
    Poland", "Putin said Mali would receive grain": receiving aid or arms says the giver provides
    them (the giver named, or else the state of the one who reports it)."""
    if c.lemma not in RECEIPT_VERBS or c.lexical is None or not _carries_goods(ctx, c):
        return
    cargs = clause_args(ctx, c)
    takers = [k for a in cargs if a.marker in ("subj", "subjpass") and a.kind != "poss"
              for m in conjuncts(ctx.args, a) for k in m.keys if etype(ctx, k) in ACTOR]
    givers = [_as_actor(k) for a in cargs if a.marker in ("von", "aus", "from") for k in a.keys
              if etype(ctx, _as_actor(k)) in ACTOR]
    if not givers:
        spk_clause, _, _ = _speaker_and_subject(ctx, c, SPEECH_VERBS)
        speakers = subject_keys(ctx, spk_clause)[0] if spk_clause is not None else []
        givers = sorted({h for k in speakers if etype(ctx, k) == "Person" for h in [home_country(k)] if h})
    pairs = [(g, t) for g in dict.fromkeys(givers) for t in dict.fromkeys(takers)
             if g != t and home_country(t) != g]
    if pairs:
        trig = Trigger(ctx.lang, c.lemma, "verb", "providesAidTo", (), frozenset())
        emit(ctx, c, trig, pairs, modality_for(ctx, c, "providesAidTo", trig=trig), c.lexical)


# ------------------------------------------------------------------ entourage
ENTOURAGE = word_class("entourage")


def entourage(ctx: Ctx, c: Clause) -> None:
    """"In seinem Gefolge waren X und Y", "accompanied by X", "Habeck begleitete den Kanzler":
    the companions make the same trip as the person they accompany (that person's last visit
    in the article; with the traveller unnamed, a visit of the last three sentences)."""
    toks = c.toks(ctx.doc)
    trig = next((t for t in toks if t.lower_ in ENTOURAGE), None)
    if trig is None:
        return
    cargs = clause_args(ctx, c)
    persons = [a for a in cargs if a.keys and etype(ctx, a.keys[0]) == "Person"]
    owners = [k for a in cargs if a.kind == "poss" for k in a.keys]
    here = [a for a in cargs if a.marker in ("in", "in.dat", "at", "nach", "to") and a.keys and
            etype(ctx, a.keys[0]) in PLACE]
    if trig.pos_ in ("NOUN", "PROPN") or trig.tag_ in ("NN", "NE"):
        if trig.lower_ == "delegation" and not here and not owners:
            return   # "eine Delegation um X verhandelt": no trip of anyone named
        # "in seinem Gefolge waren X und Y", "in Begleitung von X": not "Kritik des X"
        companions = [a for a in persons if a.kind != "poss" and
                      (a.marker != "gen" or a.span.start > 0 and trig.i in (a.span.start - 1, a.span.start - 2))]
        travellers = owners
    elif c.passive or trig.tag_ == "VVPP" or trig.lower_ == "accompanied" and \
            any(a.marker == "by" for a in persons):
        # "X wurde von Y begleitet", "X, accompanied by Y"
        first = next((a.span.start for a in persons if a.marker in ("von", "by")), None)
        # (a list the parser broke up: "von X, Y (beide Grüne) und Z")
        companions = [a for a in persons if first is not None and a.span.start >= first and
                      a.marker in ("von", "by", "obj")]
        travellers = [k for a in persons if a.marker in ("subj", "subjpass") for k in a.keys]
    else:
        # "Habeck begleitete den Kanzler": only a person is accompanied ("begleitete die Gespräche")
        travellers = [k for a in persons if a.marker == "obj" for k in a.keys]
        companions = [a for a in persons if a.marker == "subj"] if travellers else []
        ante = _antecedent(ctx, c)
        if travellers and not companions and c.kind == "rel" and ante is not None:
            # "Wang Yi, who accompanied Xi to Kazan": the name the clause hangs on
            companions = [a for a in ctx.args if a.span.start <= ante < a.span.end and a.keys and
                          etype(ctx, a.keys[0]) == "Person"]
    if not companions:
        return
    recent = _window_start(ctx, c, 4)   # this sentence and the three before it
    trips = [f for f in ctx.facts if f.relation == "visits" and f.core and
             (f.subject.key in travellers if travellers else f.start >= recent)]
    # the trip made in the mood the companions are spoken of ("Begleitet wurde er von …" goes
    # with a trip made, not with the one just said to be off)
    own_mod = modality_for(ctx, c, "visits")
    trips = [f for f in trips if f.modality == own_mod] or \
        [f for f in trips if f.modality != "negated" and own_mod != "negated"]
    if here:
        # "Lavrov led the Russian delegation in Johannesburg": the place the clause names
        place, mod, date, traveller = here[0].keys[0], own_mod, ctx.article.date, None
    elif trips:
        place, mod, date, traveller = trips[-1].object.key, trips[-1].modality, trips[-1].date, trips[-1].subject.key
    else:
        return
    for a in companions:
        for k in a.keys:
            if k != traveller and k not in travellers and k != place and not visits_own_country(k, place):
                make_fact(ctx, k, "visits", place, mod, c.start, trigger=trig.text, date=date)


# ------------------------------------------------------------------ open relations
def open_relations(ctx: Ctx) -> None:
    """Subject–verb–object triples outside the vocabulary, between two entity mentions, as
    open facts (``kgo:`` namespace; never counted as core)."""
    from .open import extract_open

    lx = lexicon()
    core_sents = {(f.start, f.subject.key, f.object.key) for f in ctx.facts}
    core_anchor_sents = {f.start for f in ctx.facts if f.core}
    for t in extract_open(ctx.doc):
        if not t.lemma or lx.verb(ctx.lang, t.lemma) or t.lemma in SPEECH_VERBS | {"sein", "be", "haben", "have", "werden"}:
            continue
        # verbs of modality ("ausschließen", "ankündigen") frame an event rather than relate
        # two entities; and a sentence whose event was read into the vocabulary needs no more
        if lx.cue(ctx.lang, "governor", t.lemma.lower()) or \
                ctx.doc[t.subject.start].sent.start_char in core_anchor_sents:
            continue
        s_arg = _arg_in(ctx, t.subject)
        o_arg = _arg_in(ctx, t.object)
        if s_arg is None or o_arg is None:
            continue
        for sk in s_arg.keys:
            for ok in o_arg.keys:
                sent = ctx.doc[t.subject.start].sent
                if sk == ok or (sent.start_char, sk, ok) in core_sents:
                    continue
                rel = open_relation_name(t.lemma, t.preposition)
                make_fact(ctx, sk, rel, ok, "negated" if t.negated else "asserted",
                          t.subject.start, core=False, trigger=t.relation)


def open_relation_name(lemma: str, prep: Optional[str] = None) -> str:
    """The name of an open relation: ("ändern", None) → "aendern", ("bedanken", "bei") →
    "bedanken_bei"."""
    return ascii_name(f"{lemma}_{prep}" if prep else lemma)


def _arg_in(ctx: Ctx, span: Span) -> Optional[Arg]:
    """The entity mention that heads a phrase ("the US presidential election" has none)."""
    if ctx.doc._.kg_has_parse:
        head = span.root.i
    else:  # German noun phrases put their head first and modifiers after it
        head = next((t.i for t in span if t.tag_ in ("NN", "NE", "PPER", "PIS", "PDS")), span.end - 1)
    for a in ctx.args:
        if a.span.start <= head < a.span.end and a.kind in ("name", "pronoun", "compound", "group"):
            return a
    return None


# ------------------------------------------------------------------ events
def clause_args(ctx: Ctx, c: Clause) -> list[Arg]:
    return [a for a in ctx.args if a.clause == c.index]


def _beside_subjects(ctx: Ctx, cargs: list[Arg], subj: Arg) -> list[str]:
    """German: "Neben Deutschland hat auch Frankreich Hilfe zugesagt", "Dem Bündnis gehören neben
    Russland auch Belarus an": those named with "neben" before an "auch" that opens the subject
    do it too."""
    doc = ctx.doc
    if ctx.lang != "de" or doc._.kg_has_parse:
        return []
    beside = [b for b in cargs if b.marker == "neben" and b.span.end <= subj.span.start]
    if not beside:
        return []
    first = conjuncts(ctx.args, beside[0])
    between = doc[first[-1].span.end:subj.np_start]
    if not any(t.lower_ == "auch" for t in between) or any(t.lower_ in (",", "und") for t in between):
        return []
    typ = etype(ctx, subj.keys[0]) if subj.keys else None
    return [k for m in first for k in m.keys if etype(ctx, k) == typ]


def _broken_coordination(ctx: Ctx, c: Clause, cargs: list[Arg], subj: list[Arg], keys: list[str]) -> list[str]:
    """"Cambodian Prime Minister Hun Manet and Thailand's acting Prime Minister Phumtham met":
    two subjects whose coordination the second one's title (and its owner), or a parse of a
    list, broke are one group."""
    doc = ctx.doc
    group = sorted({id(a): a for a in cargs if a.marker == "subj" and a.coord_of is None and
                    (c.finite is None or a.span.end <= c.finite)}.values(), key=lambda a: a.span.start)
    for a, b in zip(group, group[1:]):
        if not (a in subj or b in subj):
            continue
        k = b.np_start - 1
        owners = [g for g in cargs if g.marker == "gen" and a.span.end <= g.span.start < b.np_start]
        while k > a.span.end and (doc[k].text in ("'s", "’s") or doc[k].pos_ in ("ADJ", "VERB") and
                                  doc[k].tag_ in ("JJ", "VBG", "ADJA") or
                                  any(g.span.start <= k < g.span.end for g in owners)):
            k -= 1
        # ("Biden, Yoon and Kishida met": a parse may cut a list of three after its first name)
        if k >= a.span.end and (doc[k].lower_ in ("and", "und", "sowie") or
                                doc[k].text == "," and k == a.span.end and len(conjuncts(ctx.args, b)) > 1):
            gen = {x for g in owners for x in g.keys}
            keys = [x for x in keys if x not in gen]
            for m in conjuncts(ctx.args, a) + conjuncts(ctx.args, b):
                keys += [x for x in m.keys if x not in keys and x not in gen]
    return keys


def _plural_title_owners(ctx: Ctx, c: Clause) -> Optional[tuple[list[str], Arg]]:
    """"The leaders of the United States, Japan and South Korea agreed", "Die Außenminister
    Deutschlands und Frankreichs trafen sich": the office holders of those states when the
    article names them (else the states themselves)."""
    doc = ctx.doc
    if not doc._.kg_has_parse and c.kind == "rel" and c.antecedent is not None and \
            doc[c.start].lower_ in ("der", "die", "das", "welcher", "welche", "welches"):
        return None   # "Sall, der auch Vorsitzender der Afrikanischen Union ist": the noun it hangs on
    titles = ctx.cache.get("open_titles")
    if titles is None:
        titles = ctx.cache["open_titles"] = {m.start: m for m in doc.spans.get("kg_mentions", [])
                                             if m._.kg_kind == "role" and not m._.kg_keys}
    for a in ctx.args:
        if a.clause != c.index or a.marker not in ("of", "gen") or a.head is None or not a.keys:
            continue
        t = next((m for m in titles.values() if m.start <= a.head < m.end), None)
        if t is None or etype(ctx, a.keys[0]) not in ("Country", "Organization"):
            continue
        if doc._.kg_has_parse:
            subject = doc[a.head].dep_ in ("nsubj", "nsubjpass")
        else:
            subject = c.finite is not None and (t.end <= c.finite or t.start == c.finite + 1 or (
                t.start == c.finite + 2 and doc[c.finite + 1].tag_ == "ART"))   # "waren die Außenminister …"
        if subject:
            named = {k for b in ctx.args for k in b.keys if etype(ctx, k) == "Person"}
            role = t._.kg_role.role if t._.kg_role is not None else None
            roles = {role} | ({"head_of_state", "head_of_government"} if role in ("head", "leader") else set())
            keys = []
            for k in (k for m in conjuncts(ctx.args, a) for k in m.keys):
                holders = [h for r in sorted(roles - {None}) for h in gazetteer().holders(r, k, ctx.article.date)
                           if h in named]
                keys.append(holders[0] if len(set(holders)) == 1 else k)
            return keys, a
    return None


DOCUMENT_NOUNS = word_class("document_noun")


def _document_authors(ctx: Ctx, c: Clause) -> Optional[tuple[list[str], Arg]]:
    """"A UN report accused Russia", "a statement from the Kremlin said", "Ein Bericht der Vereinten
    Nationen wirft Russland … vor": a text that is the subject speaks for those who issued it."""
    doc = ctx.doc
    if doc._.kg_has_parse and c.lexical is not None:
        nouns = [ch for ch in doc[c.lexical].children if ch.dep_ in ("nsubj", "sb") and
                 ch.lemma_.lower() in DOCUMENT_NOUNS]
    else:
        # German without a parser: a document noun opening the clause before its finite verb
        j = c.start
        while j < len(doc) and doc[j].tag_ in ("ART", "ADJA", "PPOSAT", "CARD"):
            j += 1
        w = doc[j].lower_ if j < len(doc) else ""
        nouns = [doc[j]] if (c.finite is None or j < c.finite) and (
            w in DOCUMENT_NOUNS or w.rsplit("-", 1)[-1] in DOCUMENT_NOUNS and "-" in w) else []
    for noun in nouns[:1]:
        owners = [a for a in ctx.args if a.keys and etype(ctx, a.keys[0]) in ACTOR and (
            a.head == noun.i and a.marker in ("gen", "poss", "mod", "by", "from", "of", "von") or
            a.kind == "modifier" and a.span.start == noun.i)]
        if owners:
            return [k for m in conjuncts(ctx.args, owners[0]) for k in m.keys], owners[0]
    return None


def subject_keys(ctx: Ctx, c: Clause, depth: int = 0) -> tuple[list[str], Optional[Arg]]:
    """Agent keys of a clause: its subject, or the controller's for infinitives and
    coordinated clauses."""
    if depth > 3:
        return [], None
    cargs = clause_args(ctx, c)
    if c.kind == "inf" and c.parent is not None and ctx.clauses[c.parent].lemma in DEMAND_VERBS:
        # those who demand an act are not the ones to do it: "fordert von Deutschland, … zu
        # liefern" names Germany; "Republikaner fordern, Ziele anzugreifen" names nobody
        p = ctx.clauses[c.parent]
        von = [a for a in clause_args(ctx, p) if a.marker in ("von", "from")]
        if von:
            return [k for m in conjuncts(ctx.args, von[0]) for k in m.keys], von[0]
        return [], None
    if ctx.doc._.kg_has_parse and c.lexical is not None:
        # the subject of this verb, or of the verb it is the complement of ("wants to meet";
        # "are expected to meet": a passive subject raised from the infinitive)
        def is_subj(a: Arg) -> bool:
            return a.head is not None and a.kind != "place_adv" and _same_verb(ctx, a.head, c.lexical) and (
                a.marker == "subj" or (a.marker == "subjpass" and a.head != c.lexical))
        subj = [a for a in cargs if is_subj(a)] or [a for a in ctx.args if is_subj(a)]
        if not subj:
            # "days after Azerbaijan launched …": a parser may hang the subject on "after" as
            # its object; a name right before the verb, after such a word, is the subject
            v = ctx.doc[c.lexical]
            first = v.left_edge.i if v.left_edge.i < v.i else v.i
            for a in cargs:
                if a.span.end <= v.i and a.span.start > 0 and a.span.start >= first - 1 and \
                        ctx.doc[a.span.start - 1].lower_ in ("after", "before", "since", "until", "when", "while") and \
                        all(t.tag_ in ("MD", "VBZ", "VBD", "VBP", "RB") or t.dep_ == "aux" for t in ctx.doc[a.span.end:v.i]):
                    subj = [a]
                    break
        if not subj and v.dep_ == "conj" and any(ch.dep_ == "expl" for ch in v.head.children) and \
                c.parent is not None and ctx.clauses[c.parent].parent is not None:
            # "said there was no justification … and urged Beijing": a verb joined to an existential
            # "there was" is the speaker's
            return subject_keys(ctx, ctx.clauses[ctx.clauses[c.parent].parent], depth + 1)
        if not subj and v.dep_ == "conj" and v.tag_ == "VBN" and c.parent is not None:
            # "The US has determined that the RSF committed genocide, and has imposed sanctions":
            # a conjunct whose auxiliary the verb it hangs on lacks goes with the clause above
            # that has the same one
            aux = {ch.lower_ for ch in v.children if ch.dep_ == "aux"}
            if aux and not aux & {ch.lower_ for ch in v.head.children if ch.dep_ == "aux"}:
                p = ctx.clauses[c.parent]
                while p is not None and p.lexical is not None and v.head.i == p.lexical:
                    p = ctx.clauses[p.parent] if p.parent is not None else None
                while p is not None and p.lexical is not None:
                    if aux & {ch.lower_ for ch in ctx.doc[p.lexical].children if ch.dep_ == "aux"}:
                        return subject_keys(ctx, p, depth + 1)
                    p = ctx.clauses[p.parent] if p.parent is not None else None
        if not subj and v.tag_ == "VBG" and v.i > 0 and any(
                a.span.end == v.i and a.kind == "name" and ctx.doc[a.span.end - 1].dep_ in ("pobj", "dobj")
                for a in ctx.args):
            # "his objections to Sweden joining NATO": the gerund has a subject of its own (and
            # is no fact: what is objected to is not said to happen)
            return [], None
    else:
        so = _so_speaker(ctx, c, cargs)
        subj = [a for a in cargs if a.marker == "subj" and a.coord_of is None and a is not so]
        if subj and c.shares_subject and c.parent is not None and c.kind == "sub" and \
                not any(a.case == "nom" or a.kind == "pronoun" for a in subj):
            # "dass Deutschland … stehe und das Land weiter unterstützen werde": the conjunct
            # shares the subject; its noun phrase of open case is the object
            return subject_keys(ctx, ctx.clauses[c.parent], depth + 1)
    if subj:
        a = subj[0]
        keys = [k for m in conjuncts(ctx.args, a) for k in m.keys]
        return _beside_subjects(ctx, cargs, a) + _broken_coordination(ctx, c, cargs, subj, keys), a
    owners = _plural_title_owners(ctx, c) or _document_authors(ctx, c)
    if owners is not None:
        return owners
    # a relative clause's subject is the noun it hangs on ("Putin, der … reiste"; "Putin, who …")
    if c.kind == "rel" and c.parent is not None and ctx.doc._.kg_has_parse and c.lexical is not None and \
            ctx.doc[c.lexical].tag_ == "VBG" and ctx.doc[c.lexical].dep_ == "acl" and \
            ctx.doc[c.lexical].head.lemma_.lower() in DOCUMENT_NOUNS:
        # "passed a resolution condemning the intrusion": the resolution's authors condemn
        return subject_keys(ctx, ctx.clauses[c.parent], depth + 1)
    if c.kind == "rel" and ctx.doc._.kg_has_parse and c.lexical is not None and \
            ctx.doc[c.lexical].tag_ == "VBN" and ctx.doc[c.lexical].dep_ == "acl" and \
            lexicon().is_force(ctx.lang, ctx.doc[c.lexical].head.text):
        # "US troops stationed in Niger", "French special forces based in Burkina Faso": the
        # forces' owner put them there
        h = ctx.doc[c.lexical].head
        owners = [a for a in ctx.args if a.head == h.i and a.keys and a.kind in ("adj", "name") and
                  a.marker in ("mod", "poss", "gen") and etype(ctx, a.keys[0]) in ACTOR]
        if owners:
            return [k for a in owners[:1] for k in a.keys], owners[0]
    if c.kind == "rel":
        ante, nominative = c.antecedent, ctx.doc[c.start].lower_ in ("der", "die", "das", "welcher",
                                                                     "welche", "welches")
        if ctx.doc._.kg_has_parse and c.lexical is not None:
            v = ctx.doc[c.lexical]
            nominative = any(ch.dep_ in ("nsubj", "nsubjpass", "sb") and
                             ch.lower_ in ("who", "which", "that", "der", "die", "das")
                             for ch in v.children)
            ante = v.head.i if ctx.doc.lang_ == "en" else ante
        if ante is not None and nominative:
            for a in ctx.args:
                if a.span.start <= ante < a.span.end and a.kind in ("name", "compound", "role", "group"):
                    group = conjuncts(ctx.args, a)
                    k = min(a.np_start, a.span.start) - 1
                    if any(m.span.start > c.start for m in group) or len(group) > 1 and a is not group[0] and \
                            k >= 0 and ctx.doc[k].lower_ not in ("and", "und", "sowie", "&"):
                        # "A, B, who heads X, and C", "A, B, who …": the clause inside a list is B's
                        # ("A and B, who met" is both)
                        group = [a]
                    return [k for m in group for k in m.keys], a
        if ctx.doc._.kg_has_parse and c.lexical is not None:
            # a finite verb hung on a noun without a relative pronoun is a misparse of the main
            # verb ("Biden and Macron, backed by X, called on …"): the noun is its subject
            v = ctx.doc[c.lexical]
            if v.tag_ in ("VBD", "VBZ", "VBP") and not any(
                    ch.lower_ in ("who", "which", "that", "whom") for ch in v.children):
                h = v.head
                while True:   # up to the first noun that names someone
                    for a in ctx.args:
                        if a.span.start <= h.i < a.span.end and a.kind in ("name", "compound", "role", "group"):
                            return [k for m in conjuncts(ctx.args, a) for k in m.keys], a
                    if h.head.i == h.i:
                        break
                    h = h.head
    # "seine Absicht, Truppen zu schicken": the owner of an intention noun acts
    for a in cargs:
        if a.marker in ("poss", "gen") and a.head is not None and \
                ctx.doc[a.head].lower_ in INTENT_NOUNS:
            return list(a.keys), a
    # "A mission led by X met junta officials": with no one named as subject, the one leading it
    if c.finite is not None and c.kind == "main":
        for a in ctx.args:
            if a.marker not in ("by", "von") or not c.start <= a.span.start or a.span.end > c.finite or \
                    not a.keys or etype(ctx, a.keys[0]) != "Person":
                continue
            by = next((k for k in range(a.span.start - 1, max(c.start, a.span.start - 7), -1)
                       if ctx.doc[k].lower_ in ("by", "von")), None)
            if by is not None and by > c.start and _participle(ctx.doc[by - 1].text, LED_BY):
                return [k for m in conjuncts(ctx.args, a) for k in m.keys], a
    if c.parent is not None and (c.kind in ("inf", "sub", "rel", "cond") or c.shares_subject or c.kind == "main"):
        p = ctx.clauses[c.parent]
        if c.kind == "inf" and p.lemma in OBJECT_CONTROL:
            objs = [a for a in clause_args(ctx, p) if a.marker in ("obj", "dat", "acc")]
            if ctx.doc._.kg_has_parse:
                objs = [a for a in ctx.args if a.marker in ("obj", "dat") and a.head == p.lexical]
            if objs:
                return [k for m in conjuncts(ctx.args, objs[0]) for k in m.keys], objs[0]
            if ctx.doc._.kg_has_parse and p.kind == "rel" and p.lexical is not None and any(
                    ch.dep_ == "dobj" and ch.lower_ in ("whom", "who", "that") for ch in ctx.doc[p.lexical].children):
                # "Mohamed bin Zayed, whom he invited to visit Washington": the one the clause is on
                h = ctx.doc[p.lexical].head
                ante = next((a for a in ctx.args if a.span.start <= h.i < a.span.end and a.kind == "name"), None)
                if ante is None and p.start > 1 and ctx.doc[p.start - 1].text == ",":
                    # (the parser may hang the clause on the noun before the list: the name before "whom")
                    ante = next((a for a in ctx.args if a.span.end == p.start - 1 and a.kind == "name" and
                                 a.keys and etype(ctx, a.keys[0]) == "Person"), None)
                if ante is not None:
                    return list(ante.keys), ante
            if ctx.doc._.kg_has_parse and p.lexical is not None and any(
                    ch.dep_ in ("dobj", "obj") for ch in ctx.doc[p.lexical].children):
                return [], None   # "urged Chinese nationals to avoid Japan": they, not the one who urged
        if c.kind == "sub" and p.lemma in OBJECT_CONTROL and ctx.doc._.kg_has_parse and \
                ctx.doc[c.lexical].dep_ in ("pcomp", "xcomp") and ctx.doc[c.lexical].tag_ == "VBG":
            objs = [a for a in ctx.args if a.marker in ("obj", "dat") and a.head == p.lexical]
            if objs:  # "accused Kyiv of being inconsistent": Kyiv is the one who is
                return [k for m in conjuncts(ctx.args, objs[0]) for k in m.keys], objs[0]
        if c.kind in ("inf",) or c.shares_subject or (
                c.kind == "sub" and ctx.doc[c.start].tag_ == "TO") or (   # "travelled … to meet Putin"
                c.participle(ctx.doc)):
            # "had phoned Burhan, urging him to attend": a participle's subject is the main one
            keys, a = subject_keys(ctx, p, depth + 1)
            if not keys and c.shares_subject and c.kind == "main":
                # "Die israelische Regierung weist das zurück und macht …": the adjective's state
                keys = _adjective_subject(ctx, p, clause_args(ctx, p), set())
            return keys, a
    return [], None


def _same_verb(ctx: Ctx, head: int, lexical: int) -> bool:
    if head == lexical:
        return True
    h = ctx.doc[head]
    v = ctx.doc[lexical]
    if h.lemma_.lower() in OBJECT_CONTROL:
        return False  # "urged Putin to engage": the subject of "urge" does not engage
    # subject attached to an auxiliary or to the verb whose xcomp we are
    return (h.head.i == lexical and h.dep_ in ("aux", "auxpass")) or v.head.i == head and v.dep_ in ("xcomp", "oc")


def _conjoined_preposition(doc: Doc, a: Arg, verb: int) -> bool:
    """"spoke with Katz and with Gantz": the second preposition is conjoined to one on the verb."""
    p = doc[a.span.root.i].head
    return p.dep_ == "conj" and p.pos_ == "ADP" and p.head.dep_ == "prep" and p.head.head.i == verb


def _before_subject(ctx: Ctx, head: int, verb: Optional[int], cargs: list[Arg]) -> bool:
    """The noun at ``head`` comes right before the subject, with no verb between, and both before
    the verb: it is in the subject's own phrase ("Israels Botschafter in Berlin, Ron Prosor,
    kritisierte …"), no object (as in "Den Krieg hat die Mongolei nie verurteilt")."""
    return verb is not None and head < verb and any(
        b.marker == "subj" and head < b.span.start < verb and
        not any(t.pos_ in ("VERB", "AUX") for t in ctx.doc[head:b.span.start]) for b in cargs)


def _called_person(ctx: Ctx, c: Clause) -> bool:
    """"Biden called Sheinbaum on Monday": a parser's predicate that is a person's name, with no
    object beside it, is the one called (not a name given: "called the court antisemitic")."""
    v = ctx.doc[c.lexical]
    kids = list(v.children)
    return not any(ch.dep_ == "dobj" for ch in kids) and any(
        ch.dep_ == "oprd" and ch.pos_ == "PROPN" and any(
            a.span.start <= ch.i < a.span.end and a.keys and etype(ctx, a.keys[0]) == "Person" for a in ctx.args)
        for ch in kids)


def _source_of_object(ctx: Ctx, trig: Trigger, a: Arg, spec: str, verb: Optional[int]) -> bool:
    """With a parse: the object phrase names no one but a thing that comes "from"/"by" someone,
    and the relation is one whose object is an author ("blamed the turnout on pressure from the
    United States" accuses the United States)."""
    doc = ctx.doc
    if verb is None or not doc._.kg_has_parse or a.head is None or trig.relation not in SOURCED or \
            a.marker not in ("from", "by") or spec in ("acc", "dobj", "dat", "gen", "refl", "pobj"):
        return False
    h = doc[a.head]
    up = h.head.head   # (the phrase may hang on the verb's object: "blamed the turnout on …")
    return h.pos_ == "NOUN" and h.dep_ == "pobj" and h.head.lower_ == spec and (
        up.i == verb or up.dep_ == "dobj" and up.head.i == verb)


def match_objects(ctx: Ctx, trig: Trigger, cands: list[Arg], exclude: set[int],
                  verb: Optional[int] = None) -> list[Arg]:
    """The object mentions of a trigger, by its object markers in order of preference; with a
    parse and a verb trigger, a prepositional object must hang on the verb or its object
    ("According to the Pentagon, Russia moved troops to Belarus")."""
    doc = ctx.doc
    if trig.relation == "attacks" and trig.objects and trig.objects[0] in ("acc", "dobj"):
        owners = _struck_owners(ctx, cands, exclude, verb)
        if owners:
            # "bombardierte Stellungen der RSF in Khartum", "struck positions of Hezbollah in
            # Lebanon": whose positions were hit is struck, and so is the place named
            rest = match_objects(ctx, trig, cands, exclude | {id(a) for a in owners}, verb)
            return owners + [a for a in rest if a.keys != owners[0].keys]
    for spec in trig.objects:
        hits = []
        for a in cands:
            if id(a) in exclude or a.kind in ("modifier",) and spec not in ("gen",):
                continue
            if (a.kind == "adj" or _named_on_its_people(a)) and not _adj_as_argument(
                    ctx, a, author=trig.relation in ACT_OBJECT_RELATIONS,
                    # (a protest lodged "with the US embassy" is aimed at the United States)
                    hostile=trig.relation in ("attacks", "invades", "criticizes", "accuses")):
                continue   # ("sanctions on RSF commanders": a body named on its people counts)
            if _source_of_object(ctx, trig, a, spec, verb):
                hits.append(a)   # "blamed the turnout on pressure from the United States"
                continue
            if verb is not None and doc._.kg_has_parse and a.head is not None and \
                    spec not in ("acc", "dobj", "dat", "gen", "refl") and a.head != verb and \
                    not (doc[a.head].head.i == verb and doc[a.head].dep_ in ("dobj", "obj", "oa") and
                         trig.relation != "demands") and \
                    not ((a.kind == "adj" or "attend" in trig.flags and spec == "in") and doc[a.head].dep_ == "pobj"
                         and doc[a.head].head.head.i == verb) and \
                    not ("aid" in trig.flags and spec == "to" and doc[a.head].dep_ == "pobj" and (
                        doc[a.head].head.head.i == verb or doc[a.head].head.head.dep_ == "dobj" and
                        doc[a.head].head.head.head.i == verb)) and \
                    not _conjoined_preposition(doc, a, verb) and not _in_struck_place(doc, a, verb):
                # ("fired rockets at Thai positions": an adjective's noun may be the object; "expected
                # at the NATO summit in Washington": the place of the gathering attended; "provided
                # $56bn in military aid to Ukraine": the aid's recipient)
                continue
            if _marker_ok(a, spec):
                hits.append(a)
        if len(hits) > 1 and verb is not None and not doc._.kg_has_parse and spec not in ("acc", "dat", "gen", "refl", "dobj", "pobj"):
            # "im Anschluss an das Gespräch mit Putin … mit Selenskyj sprechen": a phrase right
            # after an event noun is the noun's
            own = [a for a in hits if not _after_event_noun(ctx, a)]
            hits = own or hits
        if hits:
            first = hits[0]
            out = [m for m in conjuncts(ctx.args, first) if id(m) not in exclude] or [first]
            # "auf die Ukraine, unter anderem auf Kiew und Charkiw": examples of the same object
            for h in hits[1:]:
                cue = " ".join(t.lower_ for t in doc[max(0, h.np_start - 4):h.np_start])
                prep = h.np_start - 1
                # "mit Katz und mit Gantz": the same preposition again after "und" is one more object
                again = prep >= 2 and doc[prep].pos_ == "ADP" and doc[prep - 1].lower_ in ("und", "and", "sowie") \
                    and any(doc[prep].lower_ == doc[x.np_start - 1].lower_ for x in out if x.np_start > 0)
                if h not in out and (any(w in cue for w in EXAMPLE_CUES) or again):
                    out += [m for m in conjuncts(ctx.args, h) if id(m) not in exclude and m not in out]
            if trig.relation in ("visits", "deploys", "providesAidTo") and spec in DESTINATION_SPECS:
                # "nach Katar und in die Emirate": a destination joined by "und" under another preposition
                for a in cands:
                    p = a.np_start - 1
                    if a not in out and id(a) not in exclude and a.keys and p >= 2 and doc[p].pos_ == "ADP" and \
                            doc[p - 1].lower_ in ("und", "and", "sowie") and 0 < p - out[-1].span.end <= 2 and \
                            any(_marker_ok(a, s) for s in trig.objects if s in DESTINATION_SPECS):
                        out.append(a)
            return out
    if trig.objects:
        # "urged Kyiv's allies, above all the United States and Britain, to …", "verlangt von den
        # Nato-Verbündeten, darunter Deutschland, …": the named examples
        for a in cands:
            cue = " ".join(t.lower_ for t in doc[max(0, a.np_start - 4):a.np_start])
            if id(a) not in exclude and a.kind != "poss" and any(w in cue for w in EXAMPLE_CUES) and \
                    (verb is None or not doc._.kg_has_parse or a.head is None or
                     any(h.i == verb for h in doc[a.span.root.i].ancestors)):
                return [m for m in conjuncts(ctx.args, a) if id(m) not in exclude] or [a]
    if any(spec in ("acc", "dobj") for spec in trig.objects):
        # "verurteilte die Angriffe der Hamas", "criticised the EU's sanctions": the owner of
        # the object noun is what the act is about
        for a in cands:
            if id(a) in exclude or a.kind == "poss":
                continue
            head = a.head
            if a.kind in ("adj", "name") and a.marker == "mod":
                pass  # "condemned the Israeli strikes", "hit Hezbollah positions": the modifier
            elif a.marker == "of" and head is not None and (
                    ctx.doc[head].lower_ in ACTOR_HEADS or ctx.doc[head].lemma_.lower() in ACTOR_HEADS):
                pass  # "backing the armies of Niger": the state whose people they are
            elif a.marker == "of" and head is not None and ctx.doc[head].lemma_.lower() in \
                    CLAIM_NOUNS | CHARGE_NOUNS | PROPOSAL_NOUNS:
                pass  # "denied the claims of the United States": the one who made them
            elif a.marker in ("aus", "von", "from", "by", "durch") and (head is None or ctx.doc._.kg_has_parse):
                # "wies die Vorwürfe aus Washington zurück", "rejected the offer from Armenia": the
                # source of the object noun (a charge, threat, call or act, not "der Gründer von
                # X", who may be the subject)
                if head is not None and ctx.doc[head].dep_ == "acl" and ctx.doc[head].head.pos_ == "NOUN":
                    head = ctx.doc[head].head.i   # "dismissed a truce declared by the NUG"
                k = head if head is not None and ctx.doc[head].pos_ == "NOUN" else a.np_start - 2
                if head is None and a.np_start >= 2 and (ctx.doc[a.np_start - 2].tag_ == "ART" or
                                                         ctx.doc[a.np_start - 1].lower_ == "vom"):
                    # "wies die von Moskau erhobenen Vorwürfe zurück": the noun after the participle
                    k = a.np_end
                    while k < len(ctx.doc) and ctx.doc[k].tag_ in ("ADJA", "ADJD", "ADV"):
                        k += 1
                    k = k if k < len(ctx.doc) and k > a.np_end and ctx.doc[a.np_end].tag_ == "ADJA" else -1
                if a.marker == "durch" and head is None and k >= 3 and ctx.doc[k].pos_ == "NOUN" and \
                        ctx.doc[k - 1].lower_ in ("des", "der", "eines", "einer") and ctx.doc[k - 2].pos_ == "NOUN":
                    k -= 2   # "den Start einer Rakete durch Nordkorea": the act, not what it acts on
                n = ctx.doc[k] if k >= 0 else None
                head = k if n is not None and n.pos_ == "NOUN" and (a.marker == "durch" or
                    any(n.lower_ in nouns or n.lemma_.lower() in nouns for nouns in REBUTTED.values()) or
                    n.lower_ in PROPOSAL_NOUNS or n.lower_ in CLAIM_NOUNS or
                    lexicon().noun(ctx.lang, n.text, n.lemma_)) else None
            elif a.marker not in ("gen", "poss") or a.via not in (None, "obj", "dobj", "acc"):
                continue
            if head is None or ctx.doc[head].pos_ != "NOUN":
                continue
            if _before_subject(ctx, head, verb, cands):
                continue
            n = ctx.doc[head]
            if trig.relation == "demands" and a.kind == "adj" and not (
                    n.lower_ in ACTOR_HEADS or n.lemma_.lower() in ACTOR_HEADS or n.lower_ in SELF_ACT_NOUNS or
                    lexicon().noun(ctx.lang, n.text, n.lemma_)):
                continue   # "urged Chinese nationals to avoid Japan": asks people, not their state
            if trig.relation in SYMMETRIC | {"visits"} and not (
                    ctx.doc[head].lower_ in ACTOR_HEADS or ctx.doc[head].lemma_.lower() in ACTOR_HEADS):
                continue  # "traf Nawalnys Witwe": one meets the widow, not her late husband
            if _is_bare_object(ctx, head):
                return [m for m in conjuncts(ctx.args, a) if id(m) not in exclude] or [a]
    return []


def _struck_owners(ctx: Ctx, cands: list[Arg], exclude: set[int], verb: Optional[int]) -> list[Arg]:
    """The named owner of a struck piece of ground that is the verb's direct object ("Stellungen
    der RSF", "positions of Hezbollah"), with its conjuncts; [] when there is none."""
    for a in cands:
        if id(a) in exclude or a.kind != "name" or a.head is None or a.marker not in ("gen", "of") or \
                ctx.doc[a.head].lemma_.lower() not in PLACE_HEADS and ctx.doc[a.head].lower_ not in PLACE_HEADS:
            continue
        if a.marker == "of" and (verb is None or ctx.doc[a.head].head.i != verb) or not _is_bare_object(ctx, a.head):
            continue
        if _before_subject(ctx, a.head, verb, cands) or etype(ctx, a.keys[0]) in ("City", "Location", "Country"):
            continue   # (a country's or city's positions are where it is struck: left to the place rules)
        return [m for m in conjuncts(ctx.args, a) if id(m) not in exclude] or [a]
    return []


def _in_struck_place(doc: Doc, a: Arg, verb: int) -> bool:
    """"struck an area near the presidential palace in Damascus": a place phrase inside the verb's
    object when that object is a piece of ground or a target."""
    obj = next((ch for ch in doc[verb].children if ch.dep_ == "dobj"), None)
    return obj is not None and obj.lemma_.lower() in PLACE_HEADS and a.head is not None and \
        any(t.i == a.head for t in obj.subtree) and a.head != obj.i


def _after_event_noun(ctx: Ctx, a: Arg) -> bool:
    k = a.np_start - 2
    n = ctx.doc[k] if k >= 0 else None
    return n is not None and n.pos_ == "NOUN" and ctx.doc[k + 1].pos_ == "ADP" and \
        bool(lexicon().noun(ctx.lang, n.text, n.lemma_))


def _is_bare_object(ctx: Ctx, i: int) -> bool:
    """The noun at ``i`` is a direct object, not inside a prepositional phrase."""
    doc = ctx.doc
    if doc._.kg_has_parse:
        t = doc[i]
        while t.dep_ in ("conj", "cj", "appos") and t.head.i != t.i:
            # "condemned the violence as well as Israel's strikes"; "leads the opposition
            # Pakistan Tehreek-e-Insaf party" (the party in apposition to the object)
            t = t.head
        return t.dep_ in ("dobj", "oa", "obj")
    k = i - 1
    while k >= 0 and doc[k].tag_ in ("ART", "ADJA", "PIAT", "PPOSAT", "CARD", "ADV", "ADJD", "PDAT", "PAV", "PROAV"):
        k -= 1   # (over adverbs: "verteidigte dagegen das Urteil", "bombardierte wiederholt Stellungen")
    if k + 1 == doc[i].sent.start and doc[k + 1].lower_ in ("den", "einen", "diesen", "jeden", "keinen"):
        return True   # "Den iranischen Angriff verurteilte sie": a masculine accusative first
    if k >= 0 and doc[k].tag_ == "KON" and any(c.start == k + 1 for c in ctx.clauses):
        return True   # "… betont und den Terror der Hamas verurteilt": a conjoined clause opens with it
    if k > 0 and doc[k].tag_ == "NN" and doc[k + 1].lower_ in ("des", "eines"):
        return _is_bare_object(ctx, k)   # "seit Beginn des Krieges": as bare as the noun it is the genitive of
    return k >= 0 and doc[k].tag_ in ("VVFIN", "VAFIN", "VMFIN", "VVINF", "VVPP", "ADV", "NE", "NN", "PPER")


def _first_phrase(ctx: Ctx, c: Clause, a: Arg) -> bool:
    """The mention opens the clause or the first noun phrase after its finite verb, where a
    subject stands ("US-Soldaten griffen …", "In Polen sind 900 US-Soldaten stationiert"),
    not behind another noun phrase ("haben Milizen US-Truppen angegriffen")."""
    if c.finite is None or a.span.start < c.finite:
        return True
    return all(t.tag_ in ("ART", "ADV", "CARD", "ADJA", "ADJD", "PIAT")
               for t in ctx.doc[c.finite + 1:a.span.start])


VENUE_HEADS = word_class("venue_head", "en")
GREETING_VERBS = word_class("greeting_verb")
FRINGE_NOUNS = word_class("fringe_noun", "en")
AUDIENCE_NOUNS = word_class("audience_noun", "en")
ABSENCE_VERBS = word_class("absence_verb")
COLLECTIVE_NOUNS = word_class("collective_org")
# event nouns whose source ("aus", "from") is their author
SOURCED = {"criticizes", "demands", "threatens", "supports", "accuses", "providesAidTo", "rejects"}
# relations whose object may be the author of an act ("verurteilte die israelischen Angriffe")
ACT_OBJECT_RELATIONS = {"criticizes", "rejects", "accuses", "threatens", "demands"}


MISSION_HEADS = word_class("mission_head")


def _object_keys(ctx: Ctx, rel: str, objs: list[Arg]) -> list[str]:
    """The keys of the object mentions; for a hostile act a capital owning a mission stands
    for its state ("bombed Beijing's embassy")."""
    return [_as_actor(k) if rel in HOSTILE and a.head is not None and a.marker in ("gen", "poss") and
            ctx.doc[a.head].lemma_.lower() in MISSION_HEADS else k for a in objs for k in a.keys]


def _adj_as_argument(ctx: Ctx, a: Arg, author: bool = False, hostile: bool = False) -> bool:
    """An adjective (or a name on its people) stands for an argument when its noun is an actor,
    place, weapon or goods; with ``author``, also when its noun is a hostile act, whose author it
    names ("Pakistani air strikes hit …", "condemned the Israeli strikes")."""
    if a.head is None:
        return False
    h = ctx.doc[a.head]
    if h.dep_ == "compound" and h.head.i > h.i and h.head.pos_ == "NOUN":
        h = h.head   # "Russia's emergencies ministry": the compound's own noun
    if any(b.span.start == h.i + 1 and b.kind == "name" and b is not a for b in ctx.args):
        return False  # "die ukrainische Hauptstadt Kiew": the name that follows is the argument
    return h.lower_ in ACTOR_HEADS | PLACE_HEADS | GOODS_HEADS | WEAPON_HEADS or lexicon().is_force(ctx.lang, h.text) or \
        h.lemma_.lower() in ACTOR_HEADS | PLACE_HEADS or \
        (ctx.lang == "de" and any(h.lower_.endswith(w) for w in WEAPON_HEADS)) or \
        author and any(tr.relation in ("attacks", "invades", "sanctions")
                       for tr in lexicon().noun(ctx.lang, h.text, h.lemma_)) or \
        hostile and h.lemma_.lower() in MISSION_HEADS   # ("Abwehrrakete"; "stormed the Mexican embassy")


def _beneficiaries_in(ctx: Ctx, c: Clause, agents: list[str], exclude: set[int]) -> list[str]:
    """"stellten 100 Millionen Dollar für die Erdbebenopfer in der Türkei und in Syrien bereit",
    "aid for the displaced in Sudan": the people helped are in those countries."""
    doc = ctx.doc
    for a in clause_args(ctx, c):
        if a.marker not in ("in", "in.dat") or not a.keys or id(a) in exclude or \
                etype(ctx, a.keys[0]) not in PLACE or a.np_start < 3:
            continue
        before = [t.lower_ for t in doc[max(c.start, a.np_start - 6):a.np_start - 1]]
        if any(w in ("für", "for") for w in before) and not any(t.is_punct for t in doc[a.np_start - 6:a.np_start]):
            keys = [_as_actor(k) for m in conjuncts(ctx.args, a) for k in m.keys]
            k2 = a.span.end   # "in der Türkei und in Syrien": the second "in" as well
            while k2 + 2 < len(doc) and doc[k2].lower_ in ("und", "and") and doc[k2 + 1].lower_ == "in":
                nxt = next((b for b in ctx.args if b.span.start in (k2 + 2, k2 + 3) and b.keys), None)
                if nxt is None:
                    break
                keys.append(_as_actor(nxt.keys[0]))
                k2 = nxt.span.end
            return [k for k in dict.fromkeys(keys) if k not in agents]
    return []


def _topic_recipient(ctx: Ctx, c: Clause, agents: list[str], noun: Optional[Token] = None) -> list[str]:
    """"Turkey dispatched two ships carrying field hospitals", "Bei der Abwehr halfen die USA":
    with no recipient named at all, relief and help go to the country the article is about; so
    do arms when the article already says that country is helped (or the place in it the aid of
    the last three sentences went to); else arms go where the arms reported in the last six
    sentences went ("Warschau will nun 14 Leopard-Panzer liefern")."""
    doc, topic = ctx.doc, ctx.doc._.kg_topic
    if any(t.pos_ == "ADP" and t.tag_ != "PTKVZ" and t.lower_ in ("für", "for", "to", "an", "mit", "with", "nach") or
           t.lower_ in ("dem", "den", "ihm", "ihnen") for t in c.toks(doc)):
        return []   # a recipient is named, if not as an entity
    near = [f for f in _recent_facts(ctx, c, {"providesAidTo"}, sentences=3)
            if f.object.key not in agents and not any(home_country(a) == f.object.key for a in agents)]
    if near and topic in (near[-1].object.key, home_country(near[-1].object.key)) and _carries_goods(ctx, c):
        # ("Jordanien wirft Hilfsgüter über dem Gazastreifen ab … Auch die USA werfen Lebensmittel
        # ab": the place the aid just went to, not the whole country)
        return [near[-1].object.key]
    if topic and not any(a == topic or home_country(a) == topic for a in agents):
        relief = c.lemma in HELP_VERBS or any(
            t.lower_ in RELIEF_NOUNS or ctx.lang == "de" and t.tag_ == "NN" and
            any(t.lower_.endswith(w) for w in RELIEF_NOUNS) for t in _goods_toks(ctx, c))
        helped = any(f.relation in ("providesAidTo", "supports") and f.object.key == topic for f in ctx.facts)
        if relief or helped:
            return [topic]
    recent = [f for f in _recent_facts(ctx, c, {"providesAidTo"}, sentences=6)
              if f.object.key not in agents and not any(home_country(a) == f.object.key for a in agents)]
    goods = _carries_goods(ctx, c) if noun is None else any(
        lexicon().is_aid(ctx.lang, t.text) for t in doc[noun.i:min(noun.i + 5, c.end)])
    return [recent[-1].object.key] if recent and goods else []


def _title_von(ctx: Ctx, a: Arg) -> bool:
    """The "von" phrase belongs to a title before it, not to the verb: "Sullivan, Berater von
    US-Präsident Biden, verlangte …"."""
    doc = ctx.doc
    if a.marker != "von" or a.np_start < 2 or doc[a.np_start - 1].lower_ != "von" or \
            a.span.end >= len(doc) or doc[a.span.end].text != ",":
        return False
    role = next((m for m in doc.spans.get("kg_mentions", []) if m._.kg_kind == "role" and
                 m.start <= a.np_start - 2 < m.end), None)
    if role is None:
        return False
    k = role.start - 1   # (set off by commas: not "verlangte der Staatschef von der Regierung, …")
    while k >= 0 and doc[k].tag_ in ("ADJA", "ADV", "ART"):
        k -= 1
    return k >= 0 and doc[k].text == ","


RELEASE_WORDS = word_class("release_word")
HOSTAGE_WORDS = word_class("hostage_word")
DETENTION_VERBS = word_class("detention_verb")


def _release_holder(ctx: Ctx, c: Clause, agents: list[str], objs: list[Arg]) -> list[Arg]:
    """"forderte die Freilassung Nawalnys", "demanded Khan's immediate release", "forderte, X
    freizulassen": the release of a person named is demanded of whoever holds them, not of them;
    with no holder named, of the state of whoever the article said took them, else of the country
    the article is about (unless it is the demander's own and they serve it)."""
    doc = ctx.doc
    inf = [d for d in ctx.clauses if d.parent == c.index and d.kind == "inf"]
    words = [t for d in [c] + inf for t in d.toks(doc) if t.lower_ in RELEASE_WORDS or t.lemma_.lower() in RELEASE_WORDS]
    if not words:
        return objs
    released = {t.i for t in words}
    inner = {d.index for d in inf}
    held = [a for a in objs if a.keys and etype(ctx, a.keys[0]) == "Person" and (
        a.head in released or a.clause in inner)]
    if len(held) < len(objs):
        return objs   # someone else named is asked ("Von der Regierung verlangte Özel die Freilassung")
    # (from here on every object is a person to be released: none of them is asked)
    by = [a for a in ctx.args if a.marker in ("by", "von", "durch") and a.keys and c.start <= a.span.start < c.end
          and not _title_von(ctx, a)]
    if by:
        return by[:1]   # "the hostages held by Hamas"
    if any(t.lower_ in HOSTAGE_WORDS or t.lemma_.lower() in HOSTAGE_WORDS for t in c.toks(doc)):
        return []   # hostages are held by no state's authorities
    # ("Die russische Polizei nahm Jaschin fest … forderte die Freilassung Jaschins": who took them)
    prisoners = {k for a in ctx.args if a.keys and etype(ctx, a.keys[0]) == "Person" and (
        a.head in released or a.clause in inner and a.marker in ("obj", "acc", "dobj")) for k in a.keys}
    for d in reversed(ctx.clauses[:c.index]):
        if d.lemma not in DETENTION_VERBS or not prisoners:
            continue
        dargs = clause_args(ctx, d)
        taken = {k for a in dargs if a.marker in (("subj", "subjpass") if d.passive else ("obj", "acc", "dobj"))
                 for k in a.keys}
        takers = [a for a in dargs if a.marker in (("von", "durch", "by") if d.passive else ("subj",)) and a.keys]
        if taken & prisoners and takers:
            state = _state_of(ctx, takers[0].keys[0])
            return [Arg(span=takers[0].span, keys=[state], kind="name", marker="obj", head=takers[0].head,
                        clause=c.index)] if state else takers[:1]
    topic = doc._.kg_topic
    # (an opposition politician asks it of their own country: "PTI's Qureshi demanded Khan's release")
    own = {_state_of(ctx, a) or a for a in agents} | {
        home_country(a) for a in agents if etype(ctx, a) != "Person" or _serves(ctx, a, home_country(a))}
    if not topic or etype(ctx, topic) != "Country" or topic in own:
        return []
    word = words[0]
    return [Arg(span=doc[word.i:word.i + 1], keys=[topic], kind="name", marker="obj", head=word.i, clause=c.index)]


def _goods_toks(ctx: Ctx, c: Clause) -> list[Token]:
    """The clause's tokens and those of a participle on its object ("dispatched two ships carrying
    field hospitals": what the ships carry is what is sent)."""
    doc = ctx.doc
    return list(c.toks(doc)) + [t for x in ctx.clauses if x.parent == c.index and x.kind == "rel" and
                                x.lexical is not None and doc[x.lexical].tag_ == "VBG" for t in x.toks(doc)]


def _carries_goods(ctx: Ctx, c: Clause) -> bool:
    """The verb's direct object is aid or troops ("flew 14 tonnes of supplies to Benghazi",
    "flog Hilfsgüter nach Bengasi")."""
    doc, lx = ctx.doc, lexicon()
    for t in c.toks(doc):
        if c.lexical is None or t.i == c.lexical or not (lx.is_aid(ctx.lang, t.text) or lx.is_force(ctx.lang, t.text)):
            continue
        if doc._.kg_has_parse:
            h = t.head if t.dep_ in ("pobj", "conj") else t   # "tonnes of supplies", "teams and supplies"
            h = h.head if h.dep_ == "prep" else h
            h = h.head if h.dep_ == "conj" else h
            if h.dep_ in ("dobj", "obj") and h.head.i == c.lexical:
                return True
        else:
            k = t.i - 1   # no preposition before its phrase ("nach Bengasi" is no object)
            while k >= c.start and doc[k].tag_ in ("ART", "ADJA", "CARD", "PIAT", "PPOSAT", "KON", "NN", "$,") and \
                    not _time_word(doc[k]):
                k -= 1
            if k < c.start or doc[k].tag_ not in ("APPR", "APPRART") or _time_word(doc[k]):
                return True   # ("seit Anfang März Lebensmittel": the phrase of time ends before it)
    return False


def _opens_middle_field(ctx: Ctx, c: Clause, head: int) -> bool:
    """"Binnen zwölf Tagen hatten die Kämpfer der HTS Aleppo eingenommen": the noun heads the
    first phrase after the finite verb of a German main clause, where the subject stands."""
    return ctx.lang == "de" and c.kind == "main" and c.finite is not None and head > c.finite and \
        all(t.tag_ in ("ART", "ADJA", "PIAT", "CARD") for t in ctx.doc[c.finite + 1:head])


DESTINATION_SPECS = {"nach", "in+acc", "in", "an", "to", "zu", "in+dat"}


def _named_on_its_people(a: Arg) -> bool:
    """A body named on the noun for its people ("RSF commanders", "Houthi positions"): it stands
    where that noun stands, like an adjective."""
    return a.kind == "name" and a.marker == "mod" and bool(a.via)


def _marker_ok(a: Arg, spec: str) -> bool:
    if a.kind == "place_adv":
        return spec in DESTINATION_SPECS  # "dorthin", "dort", "there"
    m = (a.via or a.marker) if a.kind == "adj" or _named_on_its_people(a) else a.marker
    if spec == "in+acc":
        return m in ("in.acc",) or (a.marker == "gen" and a.via == "in.acc") or m == "into"
    if spec == "in+dat":
        return m in ("in.dat", "in")
    if spec == "in":
        return m in ("in", "in.dat", "in.acc") or (a.marker == "gen" and a.via in ("in", "in.dat"))
    if spec in ("acc", "dobj"):
        return m in ("obj", "acc")
    if spec == "dat":
        return m in ("obj", "dat")
    if spec == "gen":
        return m in ("gen", "poss")
    return m == spec or (a.marker == "gen" and a.via == spec)


THANK_VERBS = word_class("thank_verb")
ADDRESSEE_GROUPS = word_class("country_group") | word_class("group_head") | word_class("partner_noun")


def thanks(ctx: Ctx, c: Clause) -> None:
    """"Selenskyj dankte Deutschland für die Unterstützung", "thanked Britain for its aid":
    the one thanked supports (aids) the thanking side — its country, for a person."""
    doc = ctx.doc
    rel = None
    for t in c.toks(doc):
        if t.lower_ in ("für", "for"):
            for n in doc[t.i + 1:min(t.i + 6, c.end)]:
                rels = {tr.relation for tr in lexicon().noun(ctx.lang, n.text, n.lemma_)}
                rel = rel or next((r for r in ("providesAidTo", "supports") if r in rels), None)
    if rel is None:
        return
    agents, a = subject_keys(ctx, c)
    objs = [b for b in clause_args(ctx, c) if b.marker in ("obj", "dat", "acc", "dobj", "bei") and b is not a
            and b.keys and b.keys[0] not in agents]
    if not agents or not objs:
        return
    g = gazetteer()
    sides = [g.entries[k].country if k in g.entries and g.entries[k].type == "Person" and g.entries[k].country
             else k for k in agents]
    trig = Trigger(ctx.lang, c.lemma, "verb", rel, (), frozenset())
    emit(ctx, c, trig, [(o, sd) for b in objs[:1] for o in b.keys for sd in sides], "asserted", c.lexical)


NEGATIVE_EVAL = word_class("negative_evaluation")


def naming_criticism(ctx: Ctx, c: Clause) -> None:
    """"Peskow nannte die Sanktionen illegal", "called the strikes an act of aggression": calling
    someone, or their act, something bad criticises them."""
    doc = ctx.doc
    toks = c.toks(doc)
    if not any(t.lower_ in NEGATIVE_EVAL or t.lemma_.lower() in NEGATIVE_EVAL for t in toks):
        return
    agents, a = subject_keys(ctx, c)
    if not agents:
        return
    # (the owner of what is called bad: "nannte die Entscheidung des Präsidenten falsch"; the
    # agent, when one is named, of an act done to someone: "die Festnahme Nawalnys durch Russland")
    cargs = [b for b in clause_args(ctx, c) if b is not a]
    by = [b for b in cargs if b.marker in ("by", "durch") or b.kind == "adj" and b.via in ("by", "durch")]
    targets = [k for b in by or cargs if b in by or b.marker in ("obj", "acc", "dobj", "von") or
               b.marker in ("gen", "poss") and b.head is not None and _is_bare_object(ctx, b.head)
               for k in b.keys if k not in agents and etype(ctx, k) not in ("City", "Location")]
    if not targets:
        nouns = [t for t in toks if t.pos_ == "NOUN" and _is_bare_object(ctx, t.i)]
        # a definite act, "nannte den Besuch eine Provokation", is one the article reported (an
        # act of two sides, "called the agreement dangerous", is no one author's); only a hostile
        # act is called bad without an article ("called strikes on Kyiv a crime")
        acts = [(t, tr.relation) for t in nouns for tr in lexicon().noun(ctx.lang, t.text, t.lemma_)]
        definite = {r for t, r in acts if t.i > 0 and doc[t.i - 1].lower_ in DEFINITE_DETS and r not in SYMMETRIC}
        rels = definite | {r for t, r in acts if r in HOSTILE}
        # ("called the genocide charge outrageous": the charge's author, the accuser)
        named = {r for t in nouns for r, words in REBUTTED.items() if r != "criticizes" and (
            t.lower_ in words or t.lemma_.lower() in words)}
        targets = _latest_authors([f for f in _recent_facts(ctx, c, rels | named) if f.subject.key not in agents]) \
            or _decision_authors(ctx, c, agents) or _act_authors(ctx, c, agents) \
            or _latest_authors([f for f in _recent_facts(ctx, c, definite, sentences=30) if f.subject.key not in agents])
        if not targets and named:
            # ("called the case meritless": the charge the article is about, made further back)
            targets = _latest_authors([f for f in _recent_facts(ctx, c, named, sentences=10)
                                       if f.subject.key not in agents])
    if targets:
        # calling a charge baseless rejects its author ("nannte die Vorwürfe absurd", "called the
        # allegations lies"); calling an act bad criticises its author
        rel = "rejects" if any(t.pos_ == "NOUN" and _is_bare_object(ctx, t.i) and (
            t.lower_ in CHARGE_NOUNS | CLAIM_NOUNS or t.lemma_.lower() in CHARGE_NOUNS | CLAIM_NOUNS)
            for t in toks) else "criticizes"
        trig = Trigger(ctx.lang, c.lemma, "verb", rel, (), frozenset())
        emit(ctx, c, trig, [(x, o) for x in agents for o in targets], modality_for(ctx, c, rel), c.lexical)


SPOKE_OF_VERBS = word_class("spoke_of_verb")


def spoken_charge(ctx: Ctx, c: Clause) -> None:
    """"Von der Leyen sprach von einem hybriden Angriff Russlands", "spoke of a deliberate attack
    by Russia": to speak of someone's attack or invasion accuses them of it."""
    doc = ctx.doc
    toks = c.toks(doc)
    of = next((t for t in toks if t.lower_ in ("von", "vom", "of") and (c.lexical is None or t.i > c.lexical or
                                                                         ctx.lang == "de")), None)
    if of is None or c.negated:
        return
    agents, _ = subject_keys(ctx, c)
    if not agents:
        return
    cargs = clause_args(ctx, c)
    for t in toks:
        if t.i <= of.i or t.pos_ != "NOUN" or not any(
                tr.relation in ("attacks", "invades") for tr in lexicon().noun(ctx.lang, t.text, t.lemma_)):
            continue
        owners = [k for b in _attribute_args(ctx, cargs, t) for k in b.keys] + \
            [k for b in cargs if b.marker in ("by", "durch") and b.head == t.i for k in b.keys]
        owners = [_as_actor(k) for k in owners if etype(ctx, k) in ACTOR and _as_actor(k) not in agents]
        if owners:
            trig = Trigger(ctx.lang, c.lemma, "verb", "accuses", (), frozenset())
            emit(ctx, c, trig, [(x, o) for x in agents for o in owners], modality_for(ctx, c, "accuses"), c.lexical)
            return


DEONTIC_MODALS = {"müssen", "sollen", "should", "must"}


def _clause_of_verb(ctx: Ctx, verb: Optional[int]) -> Optional[Clause]:
    """The clause whose lexical verb is at ``verb`` (a speech verb, for reported speech)."""
    return next((x for x in ctx.clauses if x.lexical == verb), None) if verb is not None else None


def reported_demand(ctx: Ctx, c: Clause) -> None:
    """"Berlin müsse mit Sanktionen antworten, forderte er", "Lula said the US should stop
    encouraging war": a demand reported in Konjunktiv, or what someone says another must or
    should do, is made of the clause's subject."""
    if c.kind not in ("main", "sub") or c.negated:
        return
    if c.quote:
        named = subject_keys(ctx, c)[1]
        if named is None or named.kind != "name":
            return   # ("We must …" in a quote is the speaker's own resolve; "Syria must …" is a demand)
    parent = ctx.clauses[c.parent] if c.parent is not None else None
    said_by = c.speaker if c.speaker is not None and parent is None else (
        parent.lexical if parent is not None and parent.lemma in SPEECH_VERBS and
        c.subordinator in (None, "dass", "that") else None)
    if said_by is None:
        return
    verb = ctx.doc[said_by].lemma_.lower()
    # "had to", "needs to" (not "would have to": a consequence foretold)
    deontic = c.modal in DEONTIC_MODALS or ctx.lang == "en" and c.lemma in ("have", "need") and \
        c.modal is None and c.lexical is not None and c.lexical + 1 < len(ctx.doc) and \
        ctx.doc[c.lexical + 1].lower_ == "to"
    if not (verb in DEMAND_VERBS or deontic and c.lemma not in ("sein", "be") and not any(
            t.lemma_.lower() in ("können", "can", "able", "dürfen") for t in c.toks(ctx.doc))):
        return   # ("die Ukraine müsse sich verteidigen können": a right, not a demand)
    spk_clause = _clause_of_verb(ctx, said_by)
    if spk_clause is None or spk_clause.negated:
        return
    speakers, _ = subject_keys(ctx, spk_clause)
    targets, _ = subject_keys(ctx, c)
    for x in speakers:
        # (what the speaker's own state or body must do is policy, not a demand of others)
        offices = {org for person, rel, org, *_ in ctx.doc._.kg_standing or []
                   if person == x and rel in ("leaderOf", "spokespersonOf")}
        own = {x} | offices | {gazetteer().entries[o].country for o in offices
                               if o in gazetteer().entries and gazetteer().entries[o].country}
        for y in map(_as_actor, targets):
            if y not in own and etype(ctx, y) in ACTOR:
                make_fact(ctx, x, "demands", y, "asserted", said_by, trigger=ctx.doc[said_by].text)


def reported_evaluation(ctx: Ctx, c: Clause) -> None:
    """"Die USA seien verantwortungslos, sagte Peskow", "Peskov said Washington's policy was
    reckless": a speaker who reports someone, or their act, to be something bad criticises them."""
    parent = ctx.clauses[c.parent] if c.parent is not None else None
    said_by = c.speaker if c.speaker is not None else (
        parent.lexical if parent is not None and parent.lemma in SPEECH_VERBS else None)
    if c.lemma not in COPULAS or said_by is None or c.negated:
        return
    doc = ctx.doc
    after = [t for t in c.toks(doc) if c.lexical is None or t.i > c.lexical or c.kind == "sub"]
    if not any(t.lower_ in NEGATIVE_EVAL or t.lemma_.lower() in NEGATIVE_EVAL or
               ctx.lang == "de" and t.pos_ == "NOUN" and any(
                   t.lower_.endswith(w) and len(t.lower_) - len(w) >= 3 for w in NEGATIVE_EVAL if len(w) > 5)
               for t in after):
        return   # ("Kriegsverbrecher")
    spk_clause = _clause_of_verb(ctx, said_by)
    if spk_clause is None:
        return
    speakers, _ = subject_keys(ctx, spk_clause)
    subj, a = subject_keys(ctx, c)
    targets = [k for k in subj if etype(ctx, k) in ACTOR | {"Person"}]
    if not targets and a is None:
        # "Das Vorgehen Israels sei illegal": the owner of the subject noun
        targets = [k for b in clause_args(ctx, c) if b.marker in ("gen", "poss") and b.head is not None and
                   b.head < (c.lexical if c.lexical is not None else c.end) for k in b.keys
                   if etype(ctx, k) in ACTOR | {"Person"}][:1]
    pairs = [(x, o) for x in speakers for o in targets if x != o]
    if pairs:
        trig = Trigger(ctx.lang, c.lemma, "verb", "criticizes", (), frozenset())
        emit(ctx, c, trig, pairs, "asserted", c.lexical if c.lexical is not None else c.start)


PENALTY_VERBS = word_class("penalty_verb")
PENALTY_NOUNS = word_class("penalty_noun")
FUTURE_WORDS = {"will", "would", "'ll", "shall", "werde", "werden", "wird", "würde", "würden"}


def reported_penalty(ctx: Ctx, c: Clause) -> None:
    """"Hamas will pay a heavy price, Netanyahu vowed", "Nordkorea werde einen hohen Preis
    zahlen, sagte Yoon": saying that someone will pay for what they did threatens them."""
    if c.lemma not in PENALTY_VERBS or c.negated or not any(
            t.lemma_.lower() in PENALTY_NOUNS or t.lower_ in PENALTY_NOUNS for t in c.toks(ctx.doc)):
        return
    if not c.future and not any(t.lower_ in FUTURE_WORDS for t in c.toks(ctx.doc)):
        return   # ("die Ukraine zahle einen hohen Preis": a cost borne, no threat)
    parent = ctx.clauses[c.parent] if c.parent is not None else None
    said_by = c.speaker if c.speaker is not None else (
        parent.lexical if parent is not None and parent.lemma in SPEECH_VERBS | ASSURANCE_VERBS | THREAT_VERBS else None)
    spk_clause = _clause_of_verb(ctx, said_by)
    if spk_clause is None or spk_clause.negated:
        return
    speakers, _ = subject_keys(ctx, spk_clause)
    targets = [_as_actor(k) for k in subject_keys(ctx, c)[0]]
    pairs = [(x, o) for x in speakers for o in targets if x != o and etype(ctx, o) in ACTOR | {"Person"}]
    if pairs:
        trig = Trigger(ctx.lang, c.lemma, "verb", "threatens", (), frozenset())
        emit(ctx, c, trig, pairs, "asserted", said_by)


CRITICAL_SPEECH = word_class("critical_speech_verb")


def _speaker_and_subject(ctx: Ctx, c: Clause, speech_verbs) -> tuple[Optional[Clause], Optional[int], list]:
    """When ``c`` is the clause reported by one of ``speech_verbs``: the speech verb's clause, the
    verb, and the (speaker, subject of ``c``) pairs; the speakers are not among those they speak
    of ("They criticised what they called …")."""
    if c.kind not in ("main", "sub") or c.subordinator not in (None, "dass", "that"):
        return None, None, []
    parent = ctx.clauses[c.parent] if c.parent is not None else None
    said_by = c.speaker if c.speaker is not None and parent is None else (
        parent.lexical if parent is not None else None)
    if said_by is None or ctx.doc[said_by].lemma_.lower() not in speech_verbs:
        return None, None, []
    spk_clause = _clause_of_verb(ctx, said_by)
    if spk_clause is None or spk_clause.negated:
        return None, None, []
    speakers, _ = subject_keys(ctx, spk_clause)
    targets = [_as_actor(k) for k in subject_keys(ctx, c)[0] if k not in speakers]
    pairs = [(x, o) for x in speakers for o in targets
             if x != o and home_country(x) != o and etype(ctx, o) in ACTOR | {"Person"}]
    return spk_clause, said_by, pairs


def critical_speech(ctx: Ctx, c: Clause) -> None:
    """"Deutschland verlängere den Konflikt, kritisierte Peskow", "the EU regretted that Mongolia
    had not arrested him": a complaint about what someone does criticises them."""
    spk_clause, said_by, pairs = _speaker_and_subject(ctx, c, CRITICAL_SPEECH)
    if spk_clause is None or any(a.marker in ("obj", "acc", "dobj") for a in clause_args(ctx, spk_clause)):
        return   # ("kritisierte die UN: Sie seien nicht vor Ort": the object is the criticised)
    if pairs:
        trig = Trigger(ctx.lang, ctx.doc[said_by].lemma_.lower(), "verb", "criticizes", (), frozenset())
        emit(ctx, spk_clause, trig, pairs, "asserted", said_by)


BLAME_WORDS = word_class("blame_word")
HARM_VERBS = word_class("harm_verb")


def reported_blame(ctx: Ctx, c: Clause) -> None:
    """"Iran's foreign ministry said the United States also bore responsibility for the attack",
    "Kiew sei für den Anschlag verantwortlich, sagte Peskow", "sagte, Rio Tinto gefährde das Trinkwasser":
    saying someone is to blame, or does harm, accuses them."""
    harm = c.lemma in HARM_VERBS
    if c.negated or not harm and (
            c.lemma not in ("be", "sein", "bear", "tragen") or
            not any(t.lower_ in BLAME_WORDS or t.lemma_.lower() in BLAME_WORDS for t in c.toks(ctx.doc))):
        return
    # (to blame for harm: an attack or a war, not "tragen Verantwortung für Europa")
    if not harm and not any(tr.relation in ("attacks", "invades") for t in c.toks(ctx.doc) if t.pos_ == "NOUN"
                            for tr in lexicon().noun(ctx.lang, t.text, t.lemma_)):
        return
    spk_clause, said_by, pairs = _speaker_and_subject(ctx, c, SPEECH_VERBS)
    if pairs:
        trig = Trigger(ctx.lang, ctx.doc[said_by].lemma_.lower(), "verb", "accuses", (), frozenset())
        emit(ctx, spk_clause, trig, pairs, modality_for(ctx, spk_clause, "accuses"), said_by)


RIGHT_NOUNS = word_class("right_noun")
AFFIRM_VERBS = word_class("affirm_verb")


def affirmed_right(ctx: Ctx, c: Clause) -> None:
    """"bekräftigte das Recht Israels, sich zu verteidigen", "stressed Israel's right to exist":
    affirming someone's right backs them."""
    doc = ctx.doc
    agents, _ = subject_keys(ctx, c)
    owners = [k for a in clause_args(ctx, c) if a.marker in ("gen", "poss", "of") and a.head is not None and
              (doc[a.head].lower_ in RIGHT_NOUNS or doc[a.head].lemma_.lower() in RIGHT_NOUNS) and
              _is_bare_object(ctx, a.head) for k in a.keys if k not in agents]
    if agents and owners and not c.negated:
        trig = Trigger(ctx.lang, c.lemma, "verb", "supports", (), frozenset())
        emit(ctx, c, trig, [(x, o) for x in agents for o in owners], modality_for(ctx, c, "supports"), c.lexical)


STAY_PURPOSE_PREPS = {"for", "für", "zu", "zum", "zur"}


def purpose_stay(ctx: Ctx, c: Clause) -> None:
    """"Blinken, who was in Bali for a meeting of G20 foreign ministers", "Scholz war für einen
    Gipfel in Brüssel": being in a place for a meeting or a visit is a visit to it."""
    doc, lx = ctx.doc, lexicon()
    toks = c.toks(doc)
    if any(t.tag_ == "ADJD" or t.dep_ == "acomp" for t in toks):
        return   # "war für Gespräche in Peking zuständig", "is ready for talks": said of them, no stay
    purpose = next((t for p in toks if p.lower_ in STAY_PURPOSE_PREPS for t in doc[p.i + 1:min(p.i + 4, c.end)]
                    if (t.pos_ == "NOUN" or t.tag_ == "NN") and any(
                        x.relation in SYMMETRIC or x.relation == "visits" for x in lx.noun(ctx.lang, t.text, t.lemma_))),
                   None)
    if purpose is None:
        return
    cargs = clause_args(ctx, c)
    places = [a for a in cargs if a.marker in ("in", "in.dat") and a.keys and etype(ctx, a.keys[0]) in PLACE and
              a.kind == "name" and (not doc._.kg_has_parse or a.head == c.lexical)]
    if not places:
        return
    agents, _ = subject_keys(ctx, c)
    agents = [k for k in agents if etype(ctx, k) == "Person"]
    if not agents:
        return
    trig = Trigger(ctx.lang, c.lemma, "verb", "visits", (), frozenset({"place"}))
    emit(ctx, c, trig, [(s, p.keys[0]) for s in agents for p in places[:1]],
         modality_for(ctx, c, "visits", trig=trig), c.lexical if c.lexical is not None else purpose.i)


def events(ctx: Ctx, c: Clause) -> None:
    doc, lx, lang = ctx.doc, lexicon(), ctx.lang
    if c.lemma in COPULAS:
        purpose_stay(ctx, c)
    if c.lemma in THANK_VERBS:
        thanks(ctx, c)
    if c.lemma in NAMING_VERBS:
        naming_criticism(ctx, c)
    if c.lemma in AFFIRM_VERBS:
        affirmed_right(ctx, c)
    if c.lemma in SPOKE_OF_VERBS:
        spoken_charge(ctx, c)
    reported_evaluation(ctx, c)
    reported_penalty(ctx, c)
    critical_speech(ctx, c)
    reported_blame(ctx, c)
    reported_demand(ctx, c)
    if c.lexical is not None:
        # an English phrasal verb is its own entry ("turn down" rejects; "turn" is nothing)
        trigs = (c.particle and lx.verb(lang, f"{c.lemma} {c.particle}")) or lx.verb(lang, c.lemma)
        if any("light" in t.flags for t in trigs) and any(
                lx.noun(lang, t.text, t.lemma_) for t in c.toks(doc)
                # ("Nach wochenlangen Verhandlungen haben die EU und Tunesien … vereinbart": a phrase
                # of time or cause frames the clause, the verb does not govern its noun)
                if (t.pos_ == "NOUN" or t.tag_ == "NN") and not (
                    (p := _governing_prep(ctx, c, t)) is not None and p.lower_ in CAUSE_TIME_PREPS)):
            # a support verb with an event noun: the noun says what was agreed
            # ("vereinbarten eine enge Abstimmung" coordinates, it signs nothing)
            trigs = [t for t in trigs if "light" not in t.flags]
        if len(trigs) > 1:
            # a verb of several senses: a prepositional object picks one ("called on Israel"
            # demands, it does not phone)
            cargs = clause_args(ctx, c)
            fitting = [t for t in trigs if any(
                _marker_ok(a, spec) for a in cargs for spec in t.objects
                if spec not in ("acc", "dobj", "dat", "refl", "gen") and not (
                    doc._.kg_has_parse and a.head is not None and a.head != c.lexical))]
            # ("calls the remarks on Ukraine problematic": "on" hangs on the noun, no call on Ukraine)
            trigs = fitting or trigs
            if {t.relation for t in trigs} >= {"attacks", "deploys"} and any(
                    r.relation == "deploys" for t in c.toks(doc) if t.pos_ == "NOUN"
                    for r in lx.noun(lang, t.text, t.lemma_)):
                # "encircled Taiwan with warships in its exercise": a show of force, no attack
                trigs = [t for t in trigs if t.relation != "attacks"]
            if any("weapon" in t.flags for t in trigs) and (any(
                    t.lower_ in WEAPON_HEADS or t.lemma_.lower() in WEAPON_HEADS for t in c.toks(doc)) or
                    _attack_subject(ctx, c)):
                # "Raketen trafen Kiew": with a weapon, treffen hits and meets no one
                trigs = [t for t in trigs if "weapon" in t.flags]
        if c.lemma in DIRECTIVE_VERBS and any(o.parent == c.index and o.kind == "inf" for o in ctx.clauses):
            # "told both countries to stop firing": telling someone to act demands it of them
            trigs = [Trigger(t.lang, t.lemma, t.pos, "demands", t.objects, t.flags) if t.relation == "talksWith"
                     else t for t in trigs]
        if c.lemma in NAMING_VERBS and doc._.kg_has_parse and c.lexical is not None and any(
                ch.dep_ == "oprd" for ch in doc[c.lexical].children) and not _called_person(ctx, c):
            trigs = []   # "called the court 'antisemitic'": a name given, no call
        if c.lemma in NAMING_VERBS and c.lexical is not None and any(
                a.kind == "name" and a.span.start > c.lexical and a.span.end < len(doc) and
                doc[a.span.end].text in QUOTE_PAIRS for a in clause_args(ctx, c)):
            # "called Abe \"one of my dearest friends\"": a quote after the one called names them
            trigs = [t for t in trigs if t.relation not in ("phones", "talksWith")]
        for trig in trigs:
            verb_event(ctx, c, trig)
        # a verb with a predicative adjective: "macht X verantwortlich", "held X responsible"; or
        # an idiom of verb and object noun: "forced their way into"
        for t in c.toks(doc):
            if t.tag_ in ("ADJD", "NN") or (t.pos_ == "ADJ" and t.dep_ in ("oprd", "acomp", "amod", "ccomp", "xcomp", "advmod")) \
                    or t.dep_ == "dobj" and t.head.i == c.lexical:   # ("die Beziehungen normalisieren")
                for trig in lx.verb(lang, f"{t.lower_} {c.lemma}") + lx.verb(lang, f"{c.lemma} {t.lower_}"):
                    verb_event(ctx, c, trig)
    for t in c.toks(doc):
        covering = [a for a in ctx.args if a.span.start <= t.i < a.span.end]
        if t.pos_ not in ("NOUN",) and t.tag_ != "NN" and not (covering and covering[0].kind == "modifier"):
            continue
        if covering:
            # "seiner China-Reise", "die Ukraine-Hilfe": the named part is the event's object
            a = covering[0]
            if a.kind == "modifier" and "-" in t.text and a.span.start == t.i == a.span.end - 1:
                head = t.text.rsplit("-", 1)[1]
                # (the lemma's head too: "US-Sanktionen" is "Us-sanktion")
                lemma_head = t.lemma_.rsplit("-", 1)[1] if "-" in t.lemma_ else head
                for trig in lx.noun(lang, head, lemma_head):
                    if trig.relation == "sanctions" and t.i > 0 and doc[t.i - 1].lower_ in ("unter", "under"):
                        noun_event(ctx, c, t, trig)   # "steht unter EU-Sanktionen": the EU's, not on the EU
                    elif trig.relation == "sanctions" and t.i + 1 < len(doc) and doc[t.i + 1].lower_ == "gegen":
                        # "kritisierte die EU-Sanktionen gegen Russland": the EU's, on Russia
                        on = next((b for b in clause_args(ctx, c) if b.marker == "gegen" and b.keys and
                                   b.np_start == t.i + 2), None)
                        targets = [k for m in conjuncts(ctx.args, on) for k in m.keys] if on is not None else []
                        emit(ctx, c, trig, [(x, o) for x in a.keys for o in targets if x != o],
                             modality_for(ctx, c, trig.relation, t, trig), t.i, noun=t)
                    elif trig.relation in COMPOUND_OBJECT_RELATIONS:
                        noun_event(ctx, c, t, trig, implicit=list(a.keys))
            continue
        for trig in lx.noun(lang, t.text, t.lemma_):
            noun_event(ctx, c, t, trig)


def _negation_applies(ctx: Ctx, c: Clause, event_nouns: set[int]) -> bool:
    """"nicht"/"nie" negate the clause; "kein X" only an event X is part of."""
    if not c.negated:
        return False
    if c.neg_noun is None:
        return True
    t = ctx.doc[c.neg_noun]
    # (troops or aid it names: "keine Soldaten", "keine Kampfflugzeuge schicken")
    return c.neg_noun in event_nouns or lexicon().is_force(ctx.lang, t.text) or \
        lexicon().is_aid(ctx.lang, t.text) or \
        any(a.head == c.neg_noun or a.span.start <= c.neg_noun < a.span.end for a in clause_args(ctx, c))


def _pact_infinitive(ctx: Ctx, c: Clause) -> bool:
    """English: the infinitive of an agreement noun, what the parties agreed to do ("signed
    agreements to normalise relations"); it has no tense of its own."""
    doc = ctx.doc
    return c.kind == "inf" and c.parent is not None and doc._.kg_has_parse and c.lexical is not None and \
        doc[c.lexical].dep_ == "acl" and doc[c.lexical].head.lemma_.lower() in PACT_NOUNS


def modality_for(ctx: Ctx, c: Clause, rel: str, noun: Optional[Token] = None,
                 trig: Optional[Trigger] = None, governed: bool = True) -> str:
    """Modality of an event in clause ``c``; ``governed`` is False for an event noun that only
    frames the clause ("Bei seiner Visite in X lud er …"), which the verb does not govern."""
    doc, lang = ctx.doc, ctx.lang
    if rel in ("agreesWith", "coordinatesWith") and noun is None and _pact_infinitive(ctx, c):
        # "signed agreements to normalise relations with the UAE": agreed as the pact is signed
        return modality_for(ctx, ctx.clauses[c.parent], rel)
    past = is_past(doc, c, lang)
    m = clause_modality(doc, lang, c, rel, past, noun.i if noun is not None else None)
    for flag in (trig.flags if trig is not None else ()):
        if flag.startswith("mod="):
            inherent = flag[4:]
            m = inherent if RANK[inherent] > RANK[m] else m
    if noun is not None and governed and c.lemma in TERMINATIVE and c.lemma != noun.lemma_.lower():
        # "damit Putin seinen Angriffskrieg beende": ending a war presupposes it
        return noun_attributes(doc, lang, noun.i) or "asserted"
    if noun is not None and _presupposing_prep(ctx, c, noun):
        # "wegen des russischen Angriffskriegs", "because of Russia's war": a cause or
        # background is taken as given, whatever the clause says it leads to
        return noun_attributes(doc, lang, noun.i) or "asserted"
    if noun is not None and governed and _possessed(ctx, c, noun):
        # "did not condemn Russia for its war in Ukraine": the war is presupposed, whatever
        # the clause says about condemning it
        return noun_attributes(doc, lang, noun.i) or "asserted"
    if noun is not None and governed and rel in HOSTILE and c.lemma != noun.lemma_.lower() and any(
            t.relation in ("criticizes", "accuses") for t in lexicon().verb(lang, c.lemma)):
        # "has not condemned the Russian invasion": what one condemns, or fails to, took place
        return noun_attributes(doc, lang, noun.i) or "asserted"
    if noun is not None and _indefinite_subject(ctx, c, noun):
        # "A nuclear attack by North Korea … is unacceptable", "Ein Angriff auf Polen wäre ein
        # Angriff auf die Nato": an event spoken of in general, or as a case that may come
        return "hypothetical"
    if noun is not None and (_definite_subject(ctx, c, noun) or _described_subject(ctx, c, noun)):
        # "its deepening cooperation with Russia would carry a price": what the clause says
        # about a known event does not make the event itself uncertain
        return noun_attributes(doc, lang, noun.i) or "asserted"
    if noun is not None:
        att = noun_attributes(doc, lang, noun.i)
        if att:
            m = att if RANK[att] > RANK[m] else m
        framed = _intent_frame(ctx, c, noun)
        if framed:
            return framed   # "no plans for a phone call", "keine Pläne für ein Treffen"
        gov = governor_modality(doc, lang, c, rel) if c.lemma != noun.lemma_.lower() and governed else None
        if gov == "hypothetical" and c.lemma in ("vorschlagen", "propose") and \
                not any(t.lower_ in ("zwischen", "between") for t in doc[noun.i + 1:noun.i + 3]) and \
                not any(a.marker in ("gen", "poss") for a in _attribute_args(ctx, clause_args(ctx, c), noun)):
            gov = "planned"   # "schlug neue Sanktionen gegen Russland vor": one's own act, proposed
        if gov == "negated" and att == "hypothetical":
            gov = None   # "setzte die angedrohten Zölle aus": suspended, they stay a threat
        if gov == "planned" and (rel == "agreesWith" and c.lemma in ("announce", "ankündigen") or
                                 rel == "sanctions" and c.lemma in ADOPTING_VERBS) and past and c.modal is None:
            # "announced an agreement": making a deal known says it was made; "announced new
            # sanctions on X", "beschlossen Sanktionen" impose them (German "kündigte Sanktionen
            # an" stays a plan)
            gov = None
        if _negation_applies(ctx, c, {noun.i}) and not (gov and c.lemma in ("ausschließen", "rule")):
            if c.neg_noun == noun.i or gov is None:
                m = "negated"
        if gov:
            m = gov if RANK[gov] > RANK[m] or gov == "asserted" else m
        if governed:
            m = _inherited(ctx, c, rel, m)   # "plans to hold talks with X"
            m = _conditioned(ctx, c, rel, m)   # "will impose sanctions if a deal goes ahead"
        if m == "hypothetical" and c.modal in ("would", "würde", "werden") and c.kind == "sub" and \
                c.parent is not None and ctx.clauses[c.parent].lemma in SPEECH_VERBS and \
                c.subordinator in (None, "dass", "that") and not _has_condition(ctx, c) and \
                (att is None or att == "planned"):
            m = "planned"   # "said it would intervene … on Israel's side": reported future
        return m
    if m == "hypothetical" and c.modal in ("würde", "would") and c.speaker is not None and \
            c.kind == "main" and not any(
                (o.kind == "cond" or o.subordinator in CONDITIONAL_SUBORDINATORS) and
                ctx.doc[o.start].sent.start == ctx.doc[c.start].sent.start for o in ctx.clauses):
        m = "planned"   # "…, Deutschland würde die Ukraine weiter unterstützen", sagte er: reported future
    if _negation_applies(ctx, c, set()):
        m = "negated"
    m = _conditioned(ctx, c, rel, m)
    if c.kind == "rel":
        m = _inherited(ctx, c, rel, m)   # ("a risk that …": what a parser takes for a relative clause)
    if c.parent is not None and c.kind in ("inf", "sub"):
        p = ctx.clauses[c.parent]
        m = _inherited(ctx, c, rel, m)
        if m == "hypothetical" and c.modal in ("would", "würde", "werden") and \
                p.lemma in SPEECH_VERBS | JOINT_DECISION_VERBS and \
                c.subordinator in (None, "dass", "that") and not _has_condition(ctx, c):
            # "said X would send": the future of reported speech ("agreed that Blinken would
            # travel to Beijing": of what was agreed)
            m = "planned"
        elif m == "hypothetical" and c.modal is None and p.modal in ("would", "würde") and (
                p.speaker is not None or p.parent is not None and ctx.clauses[p.parent].lemma in SPEECH_VERBS and
                p.subordinator in (None, "dass", "that")) and not _has_condition(ctx, p) and \
                not _has_condition(ctx, c):
            m = "planned"  # "Paris would keep backing X, he added"
    # "seine Absicht, … zu schicken": an intention noun in the clause (not the plans one
    # criticises, rejects or backs: "kritisierte die Pläne Berlins" is said now)
    for t in c.toks(doc):
        if rel in STANCE_RELATIONS:
            break
        if t.lower_ in INTENT_NOUNS and (t.tag_ == "NN" or t.pos_ == "NOUN"):
            if noun is None and doc._.kg_has_parse and t.dep_ == "dobj" and t.head.i == c.lexical:
                continue   # "discussed the plan with Lourenço": what the act is about, not its frame
            cue = lexicon().cue(lang, "noun", t.lemma_) or lexicon().cue(lang, "noun", t.text)
            if cue == "planned" and any(x.lower_ in NEGATING_DETERMINERS for x in doc[max(c.start, t.i - 2):t.i]):
                return "negated"   # "there were no plans for a call", "es gebe keine Pläne für …"
            if cue and RANK[cue] > RANK[m]:
                m = cue
    return m


def _has_condition(ctx: Ctx, c: Clause, adjacent_only: bool = False) -> bool:
    """A conditional clause stands right after ``c`` in its sentence (or, unless
    ``adjacent_only``, hangs on it)."""
    return any((o.kind == "cond" or o.subordinator in CONDITIONAL_SUBORDINATORS) and (
        not adjacent_only and o.parent == c.index or
        o.start in (c.end, c.end + 1) and o.start < ctx.doc[c.start].sent.end)
        for o in ctx.clauses if o is not c)


def _demanded(ctx: Ctx, c: Clause) -> bool:
    """The clause says what someone demands of others: governed by a demand verb, or reported
    with one after it ("…, müsse Berlin antworten, forderte er")."""
    if c.parent is not None and ctx.clauses[c.parent].lemma in DEMAND_VERBS:
        return True
    nxt = next((o for o in ctx.clauses if o.start in (c.end, c.end + 1) and o.kind == "main"), None)
    return nxt is not None and nxt.lemma in DEMAND_VERBS and nxt.lexical is not None and \
        nxt.lexical == nxt.start


def _conditioned(ctx: Ctx, c: Clause, rel: str, m: str) -> str:
    """A conditional clause right next to this one ("…, sollte es eindringen", "… if a deal
    goes ahead") makes its events hypothetical (a threat is made now, whatever it is
    conditional on: "drohte mit Konsequenzen, sollte Kiew …"); so does a demand reported in
    Konjunktiv ("Berlin müsse liefern, forderte er")."""
    if _has_condition(ctx, c, adjacent_only=True) and not (rel == "threatens" and c.lemma in THREAT_VERBS):
        m = "hypothetical" if RANK[m] < RANK["hypothetical"] else m
    if c.speaker is not None and not c.quote and ctx.doc[c.speaker].lemma_.lower() in DEMAND_VERBS:
        m = "hypothetical" if RANK[m] < RANK["hypothetical"] else m   # "X müsse …, forderte er"
    elif (c.speaker is not None or c.finite is not None and ctx.doc[c.finite].lower_ == "müsse") and \
            not c.quote and c.konj and c.modal == "müssen" and rel not in ("demands", "threatens") and not any(
                t.lower_ in ("wir", "uns", "ich") for t in c.toks(ctx.doc)):
        # "Belgrad müsse seine Beziehungen zum Kosovo normalisieren, sagte Scholz": what one is
        # told one must do is asked of them, not yet planned by them (unlike "wir müssten …")
        m = "hypothetical" if RANK[m] < RANK["hypothetical"] else m
    return m


def _intent_frame(ctx: Ctx, c: Clause, noun: Token) -> Optional[str]:
    """An event noun after "plans for", "Pläne für": planned, or negated after "no"/"keine"."""
    doc = ctx.doc
    k = noun.i - 1
    while k > c.start and (doc[k].pos_ in ("DET", "ADJ", "NUM") or doc[k].dep_ == "compound"):
        k -= 1   # ("a phone call")
    if k <= c.start or doc[k].lower_ not in ("for", "für", "of", "zu", "zum", "zur") or \
            doc[k - 1].lower_ not in INTENT_NOUNS:
        return None
    t = doc[k - 1]
    cue = lexicon().cue(ctx.lang, "noun", t.lemma_) or lexicon().cue(ctx.lang, "noun", t.text)
    if cue != "planned":
        return None
    if any(x.lower_ in NEGATING_DETERMINERS for x in doc[max(c.start, t.i - 2):t.i]) or \
            c.negated and c.neg_noun in (None, t.i):
        return "negated"
    return cue


def _noun_complement_modality(ctx: Ctx, c: Clause) -> Optional[str]:
    """"Es besteht die Gefahr, dass …", "there is a risk that …": a clause that completes a noun
    of possibility is as open as that noun says."""
    doc = ctx.doc
    k = c.start - 1   # (back over the comma and the subordinator, if the clause starts after it)
    while k > 0 and (doc[k].is_punct or doc[k].lower_ in ("dass", "that")):
        k -= 1
    if k < 0 or doc[k].pos_ != "NOUN":
        return None
    cue = lexicon().cue(ctx.lang, "noun", doc[k].lemma_) or lexicon().cue(ctx.lang, "noun", doc[k].text)
    return cue if cue == "hypothetical" else None


def _inherited(ctx: Ctx, c: Clause, rel: str, m: str) -> str:
    """The mood an infinitive or subordinate clause takes from the clause that governs it
    ("plant, … zu reisen", "fears that …", "is due to hold talks")."""
    if c.kind == "rel" and ctx.doc._.kg_has_parse and ctx.doc[c.start].dep_ == "mark":
        cue = _noun_complement_modality(ctx, c)
        return cue if cue and RANK[cue] > RANK[m] else m
    if c.parent is None or c.kind not in ("inf", "sub") or c.participle(ctx.doc) or \
            c.subordinator in ("was", "which"):   # "…, was Minsk zurückweist": about, not governed by
        return m
    doc, lang = ctx.doc, ctx.lang
    p = ctx.clauses[c.parent]
    if c.subordinator in TEMPORAL_SUBORDINATORS and is_past(doc, c, lang):
        return m   # "calls the remarks problematic days after he met Xi": what happened before
    if c.subordinator in CONTRAST_SUBORDINATORS:
        return m   # "Lula warned …, while Brazil's army sent troops": a report of its own
    if c.shares_subject and p.kind == c.kind and p.parent is not None and p is not c:
        # "calling it X and accusing Washington of …": a conjunct is not governed by its
        # sibling; it shares what governs the sibling
        return _inherited(ctx, p, rel, m)
    gov = governor_modality(doc, lang, p, rel) or _noun_complement_modality(ctx, c)
    if gov and gov != "asserted":
        m = gov if RANK[gov] > RANK[m] else m
    pm = clause_modality(doc, lang, p, rel, is_past(doc, p, lang)) if c.kind == "inf" else "asserted"
    if pm in ("hypothetical", "planned") and RANK[pm] > RANK[m]:
        m = pm
    if c.kind == "inf" and p.lemma not in NAMING_VERBS:
        # "hat die Absicht, nach Kiew zu reisen", "has no intention of …": the noun that governs it
        for t in p.toks(doc):
            cue = t.lower_ in INTENT_NOUNS and (t.tag_ == "NN" or t.pos_ == "NOUN") and (
                lexicon().cue(lang, "noun", t.lemma_) or lexicon().cue(lang, "noun", t.text))
            if cue == "planned" and any(x.lower_ in NEGATING_DETERMINERS for x in doc[max(p.start, t.i - 2):t.i]):
                return "negated"
            if cue and RANK[cue] > RANK[m]:
                m = cue
    return m


DEFINITE = {"the", "its", "his", "her", "their", "der", "die", "das", "des", "dem", "den", "sein", "seine",
            "seiner", "seinem", "seinen", "ihr", "ihre", "ihrer", "ihrem", "ihren", "dessen", "deren"}


def _possessed(ctx: Ctx, c: Clause, noun: Token) -> bool:
    """The event noun has an owner ("its war", "Russlands Angriffskrieg") and hangs on a verb
    that neither carries it (support verb) nor says whether or how it happens."""
    doc = ctx.doc
    war = any(t.relation in ("attacks", "invades") for t in lexicon().noun(ctx.lang, noun.text, noun.lemma_))
    if c.lexical is None or noun.i == c.lexical or _light(c) or c.lemma in OCCURRENCE or c.lemma in TERMINATIVE \
            or lexicon().cue(ctx.lang, "governor", c.lemma) and not (war and _governing_prep(ctx, c, noun) is not None):
        # ("wants shells for its war in Ukraine": a war one owns, in a phrase of its own, is going on)
        return False
    if ctx.lang == "de" and noun.i + 1 < len(doc) and doc[noun.i + 1].lower_ in ("der", "des") and any(
            a.marker == "gen" and a.kind == "name" and a.head == noun.i and a.span.start <= noun.i + 3
            for a in ctx.args):
        return True   # "hat sich den Sanktionen der EU nicht angeschlossen": the EU's sanctions stand
    prev = doc[noun.i - 1] if noun.i > 0 else None
    while prev is not None and prev.i > c.start and (prev.tag_ in ("ADJA", "JJ") or prev.pos_ == "ADJ"):
        prev = doc[prev.i - 1]
    if prev is None:
        return False
    return prev.tag_ in ("PPOSAT", "PRP$") or prev.text in ("'s", "’s") or prev.lower_ in ("dessen", "deren") or (
        prev.tag_ == "NE" and prev.text.endswith("s") and ctx.lang == "de")


def _definite_subject(ctx: Ctx, c: Clause, noun: Token) -> bool:
    """The event noun is the definite subject of its clause ("the war", "seine Zusammenarbeit")."""
    doc = ctx.doc
    if c.lexical is None or lexicon().verb(ctx.lang, c.lemma) or noun.i == c.lexical or c.lemma in OCCURRENCE \
            or lexicon().cue(ctx.lang, "governor", c.lemma) or _light(c):
        return False   # "der Besuch wurde abgesagt": the verb speaks of the event itself
    k = noun.i - 1
    while k >= c.start and (doc[k].pos_ in ("ADJ", "NOUN", "PROPN", "NUM") or doc[k].tag_ in ("ADJA", "VBG", "JJ")):
        k -= 1
    if k < c.start or doc[k].lower_ not in DEFINITE:
        return False
    if doc._.kg_has_parse:
        h = noun
        return h.dep_ in ("nsubj", "nsubjpass", "sb")
    # verb-second: the phrase before the finite verb of a main clause
    return c.kind == "main" and c.finite is not None and k == c.start and noun.i < c.finite and \
        all(not doc[j].tag_.startswith(("APPR", "KO")) for j in range(c.start, noun.i))


PRESENT_COPULA = word_class("present_copula")


def _indefinite_subject(ctx: Ctx, c: Clause, noun: Token) -> bool:
    """The event noun, with an indefinite article, is the subject of a present or conditional
    copula ("A nuclear attack … is unacceptable", "Ein Angriff auf Polen wäre …")."""
    doc = ctx.doc
    if c.lemma not in ("be", "sein") or c.finite is None or noun.i == c.lexical or \
            not (doc[c.finite].lower_ in PRESENT_COPULA or c.modal in ("would", "würde", "could", "könnte")):
        return False
    k = noun.i - 1
    while k >= c.start and (doc[k].pos_ in ("ADJ", "PROPN") or doc[k].tag_ in ("ADJA", "JJ")):
        k -= 1
    if k < c.start or doc[k].lower_ not in INDEFINITE_WORDS.get(ctx.lang, set()):
        return False
    if doc._.kg_has_parse:
        return noun.dep_ in ("nsubj", "sb")
    return c.kind == "main" and k == c.start and noun.i < c.finite


def _described_subject(ctx: Ctx, c: Clause, noun: Token) -> bool:
    """With a parse: an event noun without a determiner as the subject of a full verb that says
    something about it ("cooperation with Hungary is not aimed at any third party"), not
    whether it happens."""
    doc = ctx.doc
    if not doc._.kg_has_parse or c.lexical is None or noun.i == c.lexical or c.lemma in OCCURRENCE or \
            c.lemma in ("be", "sein", "remain", "bleiben") or lexicon().verb(ctx.lang, c.lemma) or _light(c):
        return False
    if lexicon().cue(ctx.lang, "governor", c.lemma) and not (
            c.lexical + 1 < len(doc) and doc[c.lexical + 1].lower_ == "at"):   # ("is aimed at", not "is planned")
        return False
    return noun.dep_ in ("nsubj", "nsubjpass") and noun.head.i == c.lexical and \
        not any(ch.dep_ in ("det", "poss") for ch in noun.children) and noun.pos_ == "NOUN"


STATIONING_VERBS = word_class("stationing_verb")


def verb_event(ctx: Ctx, c: Clause, trig: Trigger) -> None:
    doc = ctx.doc
    cargs = clause_args(ctx, c)
    rel = trig.relation
    weapons = any(t.lower_ in WEAPON_HEADS or t.lemma_.lower() in WEAPON_HEADS for t in c.toks(doc))
    # only verbs that station arms look further ("Hyperschallraketen", "Waffen")
    arms = ("arms" in trig.flags or rel == "attacks") and (weapons or any(
        t.lower_ in ARMS_NOUNS or (ctx.lang == "de" and t.tag_ == "NN" and any(
            t.lower_.endswith(w) for w in WEAPON_HEADS | ARMS_NOUNS)) for t in c.toks(doc)))
    if rel == "attacks" and not weapons and _attack_subject(ctx, c):
        weapons = True   # "Pakistani air strikes hit Paktika province": the strikes are the weapon
    # ("US troops stationed in Niger": the forces the participle hangs on)
    acl_force = doc._.kg_has_parse and c.kind == "rel" and c.lexical is not None and \
        doc[c.lexical].dep_ == "acl" and lexicon().is_force(ctx.lang, doc[c.lexical].head.text)
    armed_subject = rel == "deploys" and next((a for a in cargs if a.marker in ("subj", "subjpass") and a.keys and
                                               etype(ctx, a.keys[0]) == "Organization" and
                                               _mentions_for(ctx.lang).armed_body(a.keys[0], any_name=True)), None)
    if "force" in trig.flags and not any(lexicon().is_force(ctx.lang, t.text) for t in c.toks(doc)) \
            and not c.passive and not (rel == "attacks" and weapons) and not ("arms" in trig.flags and arms) \
            and not acl_force and not armed_subject:
        return
    if "weapon" in trig.flags and not weapons:
        return   # "Raketen trafen Odessa": treffen hits only with a weapon
    if "aid" in trig.flags and not any(lexicon().is_aid(ctx.lang, t.text) for t in _goods_toks(ctx, c)):
        return
    if "aid" in trig.flags and rel == "providesAidTo" and any(
            lexicon().is_force(ctx.lang, t.text) for t in _goods_toks(ctx, c)) and \
            any("force" in t.flags for t in lexicon().verb(ctx.lang, c.lemma)):
        return   # "sent armoured vehicles and troops to Roraima": a deployment, its gear included
    if rel == "visits" and trig.objects[:1] not in (("acc",), ("dobj",)) and _carries_goods(ctx, c):
        # ("visited troops in Gaza": what a visiting verb takes is whom it visits)
        return   # "flew medical teams and supplies to Benghazi": a delivery, not a visit
    agents: list[str] = []
    agent_arg = None
    exclude: set[int] = set()
    if c.passive and "passive-agent" not in trig.flags:
        by = [a for a in cargs if a.marker in ("von", "durch", "by")]
        forces = [a for a in cargs if (a.kind in ("adj", "modifier") or a.kind == "name" and a.marker == "mod") and
                  a.keys and a.head is not None and   # ("U.S. troops were deployed", a name as compound)
                  (lexicon().is_force(ctx.lang, doc[a.head].text) or
                   # ("targeted by an Israeli air strike": the strike's nation is the agent)
                   rel == "attacks" and a.via in ("von", "durch", "by") and (
                       doc[a.head].lemma_.lower() in WEAPON_HEADS or any(
                           tr.relation == "attacks" for tr in lexicon().noun(ctx.lang, doc[a.head].text, doc[a.head].lemma_))))
                  and etype(ctx, a.keys[0]) != "Person" and (
                      rel == "deploys" or a.via in ("von", "durch", "by"))] \
            if rel in ("deploys", "attacks", "invades") else []
        # ("wurde von russischen Truppen besetzt", "captured by Russian forces": whose troops they are)
        if by:
            agents = [k for m in conjuncts(ctx.args, by[0]) for k in m.keys]
            exclude |= {id(m) for m in conjuncts(ctx.args, by[0])}
        elif armed_subject and c.lemma in STATIONING_VERBS:
            # "Die KFOR ist seit 1999 im Kosovo stationiert": an armed force stationed somewhere is
            # deployed there, by itself
            agents = list(armed_subject.keys)
            exclude.add(id(armed_subject))
        elif forces:
            # "dass keine Bundeswehrsoldaten in die Ukraine geschickt würden", "sollten
            # Nato-Truppen in Finnland stationiert werden": whose troops they are sends them
            g = gazetteer().entries
            agents = [g[k].country if k in g and g[k].type == "Organization" and g[k].country else k
                      for k in forces[0].keys]   # a state's armed forces: the state
            exclude.add(id(forces[0]))
        else:
            agents = list(ctx.last_agent.get(rel, []))
        # ("vom katarischen Emir, Scheich Tamim, empfangen": the agent's apposition is no object)
        exclude |= {id(a) for a in cargs if a.keys and agents and set(a.keys) <= set(agents)}
        patient = [a for a in cargs if a.marker in ("subj", "subjpass")]
        if not patient and rel in ("attacks", "invades") and by:
            # "Iranian nuclear sites were struck by Israel": the sites' state
            patient = [a for a in cargs if a.kind == "adj" and a.via == "subj" and a.keys and
                       etype(ctx, a.keys[0]) == "Country" and _adj_as_argument(ctx, a)][:1]
        if not patient and c.kind == "rel":
            # "Macron, der von Scholz empfangen wurde": the noun the clause hangs on
            _, ante = subject_keys(ctx, c)
            patient = [ante] if ante is not None and id(ante) not in exclude else []
            if not patient and by and doc._.kg_has_parse and c.lexical is not None and doc[c.lexical].dep_ == "acl":
                # "Macron, received by Scholz": the name the participle is on; "Iranian sites
                # bombed by Israel": the state of the places struck
                h = doc[c.lexical].head
                patient = [a for a in ctx.args if a.kind == "name" and a.span.start <= h.i < a.span.end and
                           id(a) not in exclude][:1] or \
                    [a for a in ctx.args if rel in ("attacks", "invades") and a.kind == "adj" and a.head == h.i and
                     a.keys and etype(ctx, a.keys[0]) == "Country" and _adj_as_argument(ctx, a)][:1]
        exclude |= {id(m) for a in patient[:1] for m in conjuncts(ctx.args, a)}
        if not by and patient and rel == "meets" and c.lemma in HOST_VERBS:
            # "Putin wurde in Ulan Bator empfangen": the one received came there
            guests = [k for m in conjuncts(ctx.args, patient[0]) for k in m.keys]
            _hosted(ctx, c, trig, [], guests, cargs, exclude,
                    modality_for(ctx, c, rel, trig=trig))
        objs = match_objects(ctx, trig, [a for a in cargs if id(a) not in exclude], exclude)
        if not objs and patient and rel not in ("deploys", "visits"):
            objs = conjuncts(ctx.args, patient[0])
    else:
        agents, agent_arg = subject_keys(ctx, c)
        if not agents and c.passive and "passive-agent" in trig.flags:
            # "Marcos is expected in Washington": the one expected comes
            agent_arg = next((a for a in cargs if a.marker == "subjpass" and a.head == c.lexical), None)
            agents = [k for m in conjuncts(ctx.args, agent_arg) for k in m.keys] if agent_arg else []
        if agent_arg is not None:
            exclude |= {id(m) for m in conjuncts(ctx.args, agent_arg)}
        exclude |= {id(a) for a in cargs if _title_von(ctx, a)}
        # force noun with a national adjective as subject: "keine amerikanischen Soldaten"
        if not agents:
            agents = _adjective_subject(ctx, c, cargs, exclude)
            if rel == "visits" and agents and any(
                    id(a) in exclude and a.head is not None and a.via in ("subj", None) and
                    lexicon().is_force(ctx.lang, doc[a.head].text) for a in cargs):
                # "Russian troops landed in Niamey": forces that arrive are deployed, they visit no one;
                # "Russian military instructors": by their state
                trig = Trigger(trig.lang, trig.lemma, trig.pos, "deploys", trig.objects, trig.flags)
                rel = "deploys"
                agents = list(dict.fromkeys(_state_of(ctx, k) or k for k in agents))
        cands = cargs
        if c.shares_subject and ctx.lang == "de" and agent_arg is not None and agent_arg.clause != c.index:
            # "dass Deutschland … stehe und das Land weiter unterstützen werde": with the subject
            # shared, a bare noun phrase of the clause is its object
            cands = [dataclasses.replace(a, marker="acc") if a.marker == "subj" and a.case != "nom" else a
                     for a in cargs]
        if not agents and rel == "visits" and c.kind == "main":
            # "Zahlreiche Regierungschefs waren angereist, darunter Macron und Meloni": the travellers named
            sent = doc[c.start].sent
            cue = next((t for t in doc[c.start:sent.end] if t.lower_ in LIST_CUES), None)
            first = next((a for a in ctx.args if cue is not None and a.span.start in (cue.i + 1, cue.i + 2) and
                          a.keys and etype(ctx, a.keys[0]) == "Person"), None) if cue is not None else None
            if first is not None:
                group = conjuncts(ctx.args, first)
                agents = [k for m in group for k in m.keys if etype(ctx, k) == "Person"]
                exclude |= {id(m) for m in group}
        if rel in SYMMETRIC - {"coordinatesWith"} | {"visits"}:
            # (acting together with someone is coordinating with them: "vermittelt gemeinsam mit Ägypten")
            agents = _with_companions(ctx, c, cargs, agents, exclude)
        if doc._.kg_has_parse and rel in ACT_OBJECT_RELATIONS:
            # "rejected a truce declared by the NUG": the agent of a participle on the object noun
            cands = cands + [a for a in ctx.args if a.marker == "by" and a.head is not None and
                             a.clause != c.index and doc[a.head].dep_ == "acl" and
                             doc[a.head].tag_ == "VBN" and doc[a.head].head.i in c.members]
        objs = match_objects(ctx, trig, cands, exclude, verb=c.lexical)
        if c.lemma in SUMMON_VERBS and objs and all(etype(ctx, k) == "Person" for a in objs for k in a.keys):
            # "summoned Azerbaijan's ambassador Rahman Mustafayev": the protest is against his state
            states = [a for a in cargs if a.keys and etype(ctx, a.keys[0]) == "Country" and
                      (a.kind == "adj" or a.marker in ("gen", "poss")) and 0 <= objs[0].span.start - a.span.end <= 3]
            if states:
                objs = states
            else:   # ("the German ambassador": the adjective inside the title)
                # ("Chinese Ambassador Wu Jianghao": in the title of a name)
                adj = [e for t in objs[0].span for e in [_mentions_for(ctx.lang).adjective(t.text)]
                       if objs[0].kind in ("role", "name") and e is not None and e.type == "Country"]
                if adj:
                    objs = [dataclasses.replace(objs[0], keys=[adj[0].key])]
        if rel == "demands" and any(t.lower_ in ("als", "as") and t.i + 1 < c.end and
                                    doc[t.i + 1].lemma_.lower() in GUEST_NOUNS for t in c.toks(doc)):
            return   # "hat Indien als Gäste gebeten": asked to come, an invitation
        if rel in ("leaderOf", "memberOf"):
            # "chairs the House select committee": not the House ("heads the X coalition": X)
            objs = [a for a in objs if a.marker != "mod" or a.head is not None and doc[a.head].lower_ in BODY_NOUNS]
        if rel == "supports" and objs and (objs[0].marker in ("für", "for") or any(
                t.lower_ in ("für", "for") for t in doc[max(c.start, objs[0].np_start - 3):objs[0].np_start])) and any(
                t.lower_ in GOODS_HEADS or any(tr.relation in HOSTILE for tr in lexicon().noun(ctx.lang, t.text, t.lemma_))
                for t in c.toks(doc) if t.pos_ == "NOUN"):
            objs = []   # "unterstützt Sanktionen für Russland" backs no one in Russia
    if not agents:
        return
    if objs and doc._.kg_has_parse:
        # "met U.S. and Saudi mediators": an adjective conjoined to the object names another side
        objs = objs + [b for b in cargs if b.kind == "adj" and b not in objs and b.keys and
                       doc[b.span.start].dep_ == "conj" and
                       any(o.span.start <= doc[b.span.start].head.i < o.span.end for o in objs)]
    if not objs and c.kind == "rel" and doc._.kg_has_parse and ctx.lang == "en" and not c.passive \
            and c.lexical is not None:
        # "Bakhmut, the eastern city he had visited": a relative clause with its own subject and
        # no object is about the noun it hangs on (or the name that noun describes)
        v = doc[c.lexical]
        said = rel in ("criticizes", "rejects") and any(
            t.lower_ in nouns for nouns in REBUTTED.values() for t in [v.head, *doc[c.start:c.lexical]])
        # ("…, a charge North Korea denied": the accusers, below)
        if any(ch.dep_ == "nsubj" and ch.lower_ not in ("who", "which", "that") for ch in v.children) and \
                not any(ch.dep_ in ("dobj", "ccomp", "xcomp") for ch in v.children) and not said:
            h = v.head
            if h.dep_ in ("appos", "dobj", "pobj", "nsubj") and not any(a.span.start <= h.i < a.span.end for a in ctx.args) \
                    and doc[h.left_edge.i - 1].text == "," and h.left_edge.i >= 2:
                h = doc[h.left_edge.i - 2]   # the name before the comma
            objs = _arg_at(ctx, h.i, agents)
    if not objs and c.kind == "rel" and c.antecedent is not None and not c.passive and \
            doc[c.start].tag_ in ("APPR", "APPRART") and c.start + 1 < len(doc) and doc[c.start + 1].tag_ == "PRELS" \
            and any(spec == doc[c.start].lower_ for spec in trig.objects):
        # "Putin, mit dem Lukaschenko telefoniert habe": the noun the clause hangs on, with that
        # preposition
        objs = _arg_at(ctx, c.antecedent, agents)
    if not objs and c.kind == "rel" and c.antecedent is not None and not c.passive and \
            doc[c.start].lower_ in ("den", "dem", "denen", "whom"):
        # "Selenskyj, den Scholz empfangen hatte": the noun the clause hangs on is the object
        objs = _arg_at(ctx, c.antecedent, agents)
    if not objs and "scene" in trig.flags and not c.negated:
        # "Selenskyj war eigens angereist": to where the article just was
        objs = _scene_place(ctx, c, agents)
    if not objs and rel in ("criticizes", "rejects", "accuses", "attacks", "sanctions"):
        # ("froze Nigerien assets", "the assets of nine companies": the owner is sanctioned)
        # "condemned North Korea's missile launches", "griff eine Kommandozentrale der Hamas an":
        # the owner of what is condemned or hit; "macht eine ukrainische Rakete verantwortlich"
        objs = [a for a in cargs if a.marker in ("poss", "gen") and a.head is not None and
                id(a) not in exclude and a.keys and a.keys[0] not in agents and
                not _before_subject(ctx, a.head, c.lexical, cargs) and
                (_is_bare_object(ctx, a.head) or doc._.kg_has_parse and
                 _is_bare_object(ctx, doc[a.span.end - 1].head.i) or
                 a.via is not None and a.via in trig.objects)][:1] or \
            [a for a in cargs if a.kind == "adj" and a.head is not None and id(a) not in exclude and
             a.keys and a.keys[0] not in agents and rel != "attacks" and _adj_as_argument(ctx, a) and
             _is_bare_object(ctx, a.head)][:1]
    if not objs and rel in ("criticizes", "rejects", "accuses"):
        # "criticised what she called China's unfair practices": the owner of what is named
        named = [d for d in ctx.clauses if d.parent == c.index and d.lemma in NAMING_VERBS and
                 doc[d.start].lower_ in ("what", "was")]
        objs = [a for d in named[:1] for a in clause_args(ctx, d) if a.marker in ("gen", "poss") and
                a.kind == "name" and a.keys and a.keys[0] not in agents][:1]
    if not objs and rel == "demands":
        # "forderte Yoons Rücktritt", "demanded Russia's withdrawal": of the one who is to do it
        objs = [a for a in cargs if a.marker in ("gen", "poss") and a.kind == "name" and a.head is not None and
                id(a) not in exclude and a.keys and a.keys[0] not in agents and doc[a.head].lower_ in SELF_ACT_NOUNS and
                _is_bare_object(ctx, a.head)][:1]
    if not objs and rel == "demands" and c.shares_subject and c.parent is not None:
        # "telefonierte mit Vučić und drängte auf eine Deeskalation": the one just spoken with
        p = ctx.clauses[c.parent]
        if any(t.relation in ("phones", "talksWith", "meets") for t in lexicon().verb(ctx.lang, p.lemma)):
            objs = [a for a in clause_args(ctx, p) if a.marker in ("mit", "with") and a.keys and
                    a.keys[0] not in agents][:1]
        elif p.lemma in THANK_VERBS and not any(t.lower_ in ADDRESSEE_GROUPS for t in c.toks(doc)):
            # "dankte Deutschland für die Unterstützung, forderte aber mehr Flugabwehr": of the one
            # just thanked (not "thanked Kenya and urged other countries to …")
            objs = [a for a in clause_args(ctx, p) if a.marker in ("dat", "obj", "acc", "dobj") and a.keys and
                    a.keys[0] not in agents and etype(ctx, a.keys[0]) in ACTOR][:1]
    if not objs and rel in ("demands", "criticizes", "threatens"):
        # "verlangte in einem Telefonat mit Netanyahu eine Waffenruhe", "pressed for a ceasefire
        # in a call with Netanyahu": of the one the talk was with
        objs = [a for a in cargs if a.marker in ("mit", "with") and a.keys and a.keys[0] not in agents and
                id(a) not in exclude and etype(ctx, a.keys[0]) in ACTOR and _in_talks_with(ctx, c, a)][:1]
    if not objs and rel == "demands":
        # "demanded that the Houthis stop the attacks", "forderte, dass Israel die Angriffe
        # einstellt", "mahnte, Chișinău müsse …": those who are to act are the ones demanded of
        for sub in ctx.clauses:
            if sub.parent == c.index and sub.kind == "sub" and (
                    sub.subordinator in ("that", "dass") or
                    sub.subordinator is None and sub.modal in ("müssen", "sollen", "must", "should")) or (
                    sub.kind == "main" and sub.konj and sub.modal in ("müssen", "sollen") and
                    sub.start in (c.end, c.end + 1) and doc[c.end].text == ","):
                _, arg = subject_keys(ctx, sub)
                if arg is not None and arg.keys and arg.keys[0] not in agents and (
                        etype(ctx, arg.keys[0]) not in PLACE - {"Country"} or
                        _as_actor(arg.keys[0]) != arg.keys[0]):   # a capital for its state
                    objs = conjuncts(ctx.args, arg)
                break
    if not objs and rel in ("meets", "talksWith", "phones", "negotiatesWith"):
        # "kam mit den Staats- und Regierungschefs der Bukarest-Neun zusammen", "hosted leaders of
        # the G7": the leaders of a body stand for it
        objs = [m for a in cargs if a.marker in ("gen", "of") and a.head is not None and id(a) not in exclude and
                a.keys and a.keys[0] not in agents and etype(ctx, a.keys[0]) == "Organization" and
                (doc[a.head].lower_ in LEADERS_NOUNS or doc[a.head].lower_.split("-")[-1] in LEADERS_NOUNS)
                for m in conjuncts(ctx.args, a)][:4]
    if not objs and rel in ("demands", "meets", "talksWith", "phones", "supports", "criticizes"):
        # "rief die Partner in der EU und der NATO auf", "urged allies in NATO": the bodies the
        # partners are in
        for a in cargs:
            if a.marker in ("in", "in.dat", "of") and a.keys and a.span.start >= 2 and \
                    etype(ctx, a.keys[0]) == "Organization" and id(a) not in exclude and \
                    any(t.lower_ in PARTNER_NOUNS for t in doc[max(c.start, a.np_start - 3):a.np_start]):
                objs = [m for m in conjuncts(ctx.args, a) if m.keys]
                break
    if objs and rel == "rejects":
        # "rejected Ukraine's call for a ceasefire", "wies die Forderung der Ukraine zurück",
        # "wies die Vorwürfe der Ukraine zurück": the owner of a rejected demand or charge made it
        # of the one who rejects it
        for a in objs:
            # ("the demands from Israel", "die Forderungen aus Israel", "the allegations by Kyiv")
            h = a.head if a.marker not in ("from", "aus", "von", "by") or a.head is not None and doc[a.head].pos_ == "NOUN" \
                else a.np_start - 2
            if a.marker not in ("poss", "gen", "from", "aus", "von", "by") or h is None or h < 0:
                continue
            made = "demands" if doc[h].lower_ in REBUTTED["demands"] else \
                "accuses" if doc[h].lower_ in CHARGE_NOUNS or doc[h].lemma_.lower() in CHARGE_NOUNS else None
            if made is None:
                continue
            # ("wies Forderungen aus der EU zurück, Indien solle …": of the one the demand names)
            targets = (_demanded_of(ctx, c, h) if made == "demands" else []) or agents
            for o in a.keys:   # (the demand or charge was made, whatever becomes of it)
                for x in targets:
                    if etype(ctx, _as_actor(o)) in ACTOR and _as_actor(x) != _as_actor(o):
                        make_fact(ctx, _as_actor(o), made, _as_actor(x), "asserted", h, trigger=doc[h].text)
    if not objs and rel in ("criticizes", "rejects", "supports"):
        # "Teheran wies die Vorwürfe zurück", "Berlin wies das zurück", "Iran condemned the
        # strikes": the accusation, threat, demand or act just reported, so its authors;
        # "verurteilte die Entscheidung": whoever decided
        authors = _decision_authors(ctx, c, agents)
        if not authors and rel != "supports":
            authors = _rebutted_authors(ctx, c, agents, pronouns=rel == "rejects")
        if not authors:
            # (backing "den Schritt" may be backing a step of many, not of the last one named)
            authors = _proposal_authors(ctx, c, agents) or (_act_authors(ctx, c, agents) if rel != "supports" else [])
        if not authors and rel == "criticizes" and c.kind in ("rel", "sub") and c.parent is not None and \
                c.start > 0 and doc[c.start].lower_ in ("which", "was") and doc[c.start - 1].text == "," and \
                not any(a.marker in ("obj", "acc", "dobj") for a in cargs if a.keys):
            # "North Korea fired two missiles, which Japan condemned": what the clause before did
            keys, _ = subject_keys(ctx, ctx.clauses[c.parent])
            authors = [_as_actor(k) for k in keys if etype(ctx, k) in ACTOR | {"Person"} and _as_actor(k) not in agents]
        # a fact's subject may be the state for the capital named ("Kiew wirft … vor")
        named: dict[str, Arg] = {}
        for a in ctx.args:
            if a.keys:
                named.setdefault(_as_actor(a.keys[0]), a)
        # (one's own ministry is not whom one rejects: "which Baku turned down" after its claims)
        own = {_as_actor(a) for a in agents}
        objs = [named[k] for k in authors if k in named and _state_of(ctx, k) not in own]
    if rel == "demands" and not c.negated:
        objs = _release_holder(ctx, c, agents, objs)
    if rel == "visits":
        hosts = [a for a in objs if etype(ctx, a.keys[0]) == "Person"]
        places = [a for a in cargs if a.marker in ("in", "in.dat") and etype(ctx, a.keys[0]) in PLACE
                  and id(a) not in exclude]
        if hosts and places:
            # "visited Zelenskyy in Kyiv": a visit to the place and a meeting with the host
            meet = Trigger(trig.lang, trig.lemma, trig.pos, "meets", (), frozenset())
            emit(ctx, c, meet, [(x, h) for x in agents for a in hosts for h in a.keys],
                 modality_for(ctx, c, rel, trig=trig), c.lexical)
            objs = places[:1]
        # "reist gemeinsam mit Macron und Starmer nach Kiew", "travelled to Kyiv together with
        # Macron": those one travels with make the same trip
        companions = [m for a in cargs if a.marker in ("mit", "with") and id(a) not in exclude and a.keys and
                      a.kind == "name" and (not doc._.kg_has_parse or a.head == c.lexical or
                                            doc[a.span.start - 1].lower_ == "with" and a.span.start >= 2 and
                                            doc[a.span.start - 2].lower_ in ("together", "along"))
                      for m in conjuncts(ctx.args, a)]
        agents = agents + [k for m in companions for k in m.keys
                           if etype(ctx, k) in ("Person", "Country") and k not in agents]
    if rel == "meets" and c.lemma in HOST_VERBS:
        # "accused Benin of hosting French troops": troops hosted are deployed there by their state
        troops = [a for a in objs if a.kind in ("adj", "name", "modifier") and a.head is not None and
                  lexicon().is_force(ctx.lang, doc[a.head].text)]
        if troops:
            dep = Trigger(trig.lang, trig.lemma, trig.pos, "deploys", (), frozenset())
            emit(ctx, c, dep, [(_state_of(ctx, k) or k, _as_actor(h)) for a in troops for k in a.keys
                               for h in agents if etype(ctx, _as_actor(h)) in PLACE],
                 modality_for(ctx, c, "deploys", trig=trig), c.lexical)
            objs = [a for a in objs if a not in troops]
    obj_keys = _object_keys(ctx, rel, objs)
    if rel == "meets" and c.lemma in HOST_VERBS:
        # "Taiwan receives NASAMS": one receives people, or states and bodies the gazetteer knows
        obj_keys = [k for k in obj_keys if etype(ctx, k) == "Person" or k in gazetteer().entries]
        agents = [k for k in agents if etype(ctx, k) == "Person" or k in gazetteer().entries]
    partner_named = any(t.pos_ == "ADP" and t.lower_ in ("mit", "with") for t in c.toks(doc))
    spoke_of = c.lemma in ("sprechen", "reden", "speak", "talk") and any(
        t.lower_ in ("von", "vom", "of") for t in c.toks(doc))   # "NATO und EU sprechen von Sabotage"
    # ("seinen Plan zu unterzeichnen": signing someone else's text is no agreement among the signers)
    owned = rel == "agreesWith" and any(a.kind == "poss" and a.marker in ("poss", "gen") and a.keys and
                                        a.via not in ("subj", "subjpass", "by", "von") and
                                        not set(a.keys) & set(agents) for a in cargs)
    together = [k for m in _companions(ctx, cargs) for k in m.keys if k in agents] \
        if not obj_keys and rel in SYMMETRIC and c.lemma not in HOST_VERBS and not spoke_of and not owned else []
    if together and "person" not in trig.flags:
        # "will gemeinsam mit Costa über die Verteidigung beraten": with no one else named, those
        # one acts together with are the partners
        pairs = [(a, b) for a in agents if a not in together for b in together]
    elif not obj_keys and rel in SYMMETRIC and len(set(agents)) >= 2 and "person" not in trig.flags \
            and c.lemma not in HOST_VERBS and not partner_named and not spoke_of and not owned:
        # ("co-hosted by A and B": the hosts do not meet each other; "A und B wollten mit
        # Überlebenden sprechen": nor do they when they talk with others)
        # ("they called" without an object is no call between them: "what they called X")
        # "Turkey and Sweden signed an agreement", "Kim und Putin trafen sich": reciprocal
        pairs = [(a, b) for i, a in enumerate(agents) for b in agents[i + 1:]]
    elif not obj_keys and len(set(agents)) >= 2 and "mutual" in trig.flags and not partner_named:
        # "Druze militias and Bedouin tribes clashed": each with the other
        pairs = [(a, b) for a in agents for b in agents if a != b]
    elif not obj_keys and len(set(agents)) >= 2 and any(
            t.lower_ == "sich" and "refl" in trig.objects or t.lower_ in ("einander", "gegenseitig") or
            t.lower_ in ("other", "another") and t.i > 0 and doc[t.i - 1].lower_ in ("each", "one")
            # ("threaten or use force against one another": the object the conjunct shares)
            for t in list(c.toks(doc)) + [t for d in ctx.clauses if d.parent == c.index and d.start == c.end
                                          for t in d.toks(doc)]):
        # "Die Miliz und Israel beschießen sich", "would not threaten one another": each the other
        pairs = [(a, b) for a in agents for b in agents if a != b]
    else:
        if not obj_keys and rel == "deploys":
            obj_keys = _recent_destination(ctx, c)   # "Nigeria and Benin would also contribute troops"
        if not obj_keys and rel == "visits" and trig.pos == "verb" and not c.negated and \
                "passive-agent" not in trig.flags and not (
                    doc._.kg_has_parse and c.lexical is not None and
                    any(ch.dep_ == "dobj" for ch in doc[c.lexical].children)):
            # ("Xi was expected to meet Kishida"; "visited the Kornidzor crossing" names its place)
            # "Auch Premierministerin Borne war angereist": to where the trip just reported went
            recent = [f for f in _recent_facts(ctx, c, {"visits"}) if f.modality == "asserted"]
            # "Duda und Nausėda fuhren schließlich ohne ihn": to where the one left behind meant to go
            left = {k for a in cargs if a.marker in ("ohne", "without") for k in a.keys}
            meant = [f for f in _recent_facts(ctx, c, {"visits"}) if f.subject.key in left]
            recent = [f for f in meant if f.modality != "asserted"] or meant or recent   # (a trip not made)
            obj_keys = [recent[-1].object.key] if recent and is_past(doc, c, ctx.lang) and \
                not _goal_noun(ctx, c) else []
            agents = [a for a in agents if not obj_keys or not _home_or_capital(a, obj_keys[0])]
        if not obj_keys and rel == "providesAidTo":
            obj_keys = _beneficiaries_in(ctx, c, agents, exclude) or _topic_recipient(ctx, c, agents)
        if not obj_keys and rel == "threatens" and not _names_threatened_act(ctx, c) and not (
                doc._.kg_has_parse and c.lexical is not None and "retaliation" not in trig.flags and
                any(ch.dep_ == "dobj" for ch in doc[c.lexical].children)):
            # ("threatened the whole region": a threat aimed at no one named is not the speaker's)
            obj_keys = _conditional_actor(ctx, c, agents) or \
                _retaliation_target(ctx, c, agents, "retaliation" in trig.flags)   # "Moskau drohte mit Gegenmaßnahmen"
        if rel not in SYMMETRIC and len(set(agents)) >= 2:
            obj_keys = [o for o in obj_keys if o not in agents]   # ("They criticised what they called …")
        pairs = [(a, o) for a in agents for o in obj_keys]
    if rel == "attacks" and pairs and not arms and all(
            etype(ctx, a) == "Person" and etype(ctx, o) in ("Person", "Organization") for a, o in pairs):
        # "Söder griff die Grünen scharf an": a politician attacking a party or person, with no
        # weapon or troops in sight, criticises
        trig = Trigger(trig.lang, trig.lemma, trig.pos, "criticizes", trig.objects, trig.flags)
        rel = "criticizes"
    mod = modality_for(ctx, c, rel, trig=trig)
    if rel == "meets" and c.lemma in HOST_VERBS and obj_keys:
        _hosted(ctx, c, trig, agents, obj_keys, cargs, exclude, mod)
    if "retaliation" in trig.flags:
        if mod != "planned" or _demanded(ctx, c):
            # "Israel retaliated": an act, not a threat; "Berlin müsse mit Sanktionen antworten,
            # forderte er": a response asked of someone is no threat they made
            return
        mod = "asserted"   # "Russland werde angemessen reagieren": the threat is made now
    if c.passive and not [a for a in cargs if a.marker in ("von", "durch", "by")] and rel in ctx.last_modality \
            and not is_past(doc, c, ctx.lang) and mod == "asserted":
        mod = ctx.last_modality[rel]  # an agentless passive continues the event reported before
    if rel == "visits" and c.passive and "passive-agent" in trig.flags:
        # "In Belgrad wird er von Präsident Vučić erwartet": the one expected meets the host
        hosts = [k for a in cargs if a.marker in ("von", "by") and a.keys for k in a.keys
                 if etype(ctx, k) == "Person" and k not in agents]
        if hosts:
            meet = Trigger(trig.lang, trig.lemma, trig.pos, "meets", (), frozenset())
            emit(ctx, c, meet, [(x, h) for x in agents for h in hosts], mod, c.lexical)
    if not pairs and partner_named and rel in ("meets", "talksWith", "negotiatesWith"):
        # "wollten in der Provinz Kahramanmaras mit Überlebenden sprechen": talking with people
        # somewhere abroad is being there
        places = [a for a in cargs if a.marker in ("in", "in.dat") and a.keys and etype(ctx, a.keys[0]) in PLACE]
        if places:
            where = places[0].keys[0]
            visit = Trigger(trig.lang, trig.lemma, trig.pos, "visits", (), frozenset())
            emit(ctx, c, visit, [(p, where) for p in agents if etype(ctx, p) == "Person" and home_country(p)
                                 and not visits_own_country(p, where)], mod, c.lexical)
    emit(ctx, c, trig, pairs, mod, c.lexical)


INTENT_NOUNS = word_class("intent_noun")
PREDICATIVE = word_class("predicative_event")          # "zu Besuch sein", "zu Gast sein"
DIRECTIVE_VERBS = word_class("directive_verb")          # "told both countries to stop firing"
def _in_talks_with(ctx: Ctx, c: Clause, a: Arg) -> bool:
    """``a`` is the partner of a call or meeting framing the clause: "in einem Telefonat mit X",
    "bei einem Treffen mit X", "in a call with X"."""
    if not _after_event_noun(ctx, a):
        return False
    noun = ctx.doc[a.np_start - 2]
    if not any(t.relation in ("phones", "meets", "talksWith") for t in lexicon().noun(ctx.lang, noun.text, noun.lemma_)):
        return False
    prep = _governing_prep(ctx, c, noun)
    return prep is not None and prep.lower_ in FRAME_PREPS


FRAME_PREPS = {"nach", "vor", "während", "bei", "beim", "in", "im", "seit", "after", "before",
               "during", "at", "following", "ahead", "on"}   # ("On a visit to Port-au-Prince, Blinken …")
# (of those only time and cause: a noun "bei"/"in"/"at" an event may still be what a support verb governs)
CAUSE_TIME_PREPS = {"nach", "vor", "seit", "während", "trotz", "wegen", "after", "before", "following",
                    "during", "despite", "since"}



def _modal_head(ctx: Ctx, prep: Token) -> bool:
    """The preposition hangs on a noun of modality ("prospect of", "Möglichkeit zu")."""
    doc = ctx.doc
    head = prep.head if doc._.kg_has_parse else (doc[prep.i - 1] if prep.i > 0 else prep)
    return head.pos_ == "NOUN" and bool(lexicon().cue(ctx.lang, "noun", head.lemma_.lower()) or
                                        lexicon().cue(ctx.lang, "noun", head.lemma_))


def _speaker_principal(ctx: Ctx, c: Clause) -> list[str]:
    if c.speaker is None:
        return []
    sent = ctx.doc[c.speaker].sent
    speakers = [a for a in ctx.args if sent.start <= a.span.start < sent.end and a.marker == "subj"
                and a.span.start > c.speaker - 1]
    for a in speakers:
        for person, rel, org, *_ in ctx.doc._.kg_standing or []:
            if person in a.keys and rel in ("spokespersonOf", "leaderOf"):
                return [org]
    return []


def _says_occurrence(ctx: Ctx, c: Clause) -> bool:
    """The clause says whether or when an event takes place ("ein Treffen sei geplant", "finde
    statt", "is planned"), so an event noun in it is its topic."""
    return c.lemma in OCCURRENCE or c.lemma in ("sein", "be", "planen", "plan") or \
        bool(lexicon().cue(ctx.lang, "governor", c.lemma))


def _so_speaker(ctx: Ctx, c: Clause, cargs: list[Arg]) -> Optional[Arg]:
    """The speaker named after "…, so" at the end of a German clause ("sei nicht geplant, so
    Peskow"): no subject of the clause."""
    if ctx.lang != "de":
        return None
    for a in cargs:
        k = a.np_start
        if k >= 2 and ctx.doc[k - 1].lower_ == "so" and ctx.doc[k - 2].text == "," and a.keys and \
                all(t.is_punct for t in ctx.doc[a.span.end:c.end]):
            return a
    return None


PRESIDENTIAL_OFFICES = word_class("presidential_office")
SEAT_BODIES = word_class("seat_body")


def _place_like(ctx: Ctx, key: str) -> bool:
    """A place, or a body named after its building ("the White House"): one can be in it."""
    return etype(ctx, key) in PLACE or key in SEAT_BODIES


def _principal(ctx: Ctx, person: str) -> Optional[str]:
    """The head of state or government a spokesperson of a presidential office or a government
    speaks for, on the article's date."""
    g = gazetteer()
    orgs = [org for p, rel, org, *_ in ctx.doc._.kg_standing or [] if p == person and rel == "spokespersonOf"]
    orgs += [o.org for o in g.offices_of(person, ctx.doc._.kg_date) if o.role == "spokesperson"]
    for org in orgs:
        e = g.entries.get(org)
        if e is None or not e.country:
            continue
        role = "head_of_state" if org in PRESIDENTIAL_OFFICES else "head_of_government" if "government" in org else None
        heads = g.holders(role, e.country, ctx.doc._.kg_date) if role else []
        if len(heads) == 1:
            return heads[0]
        if role is None and "ministry" in org:
            return e.country   # a ministry's spokesperson speaks of the state's dealings
    return None


def _protagonist(ctx: Ctx, c: Clause) -> list[str]:
    """The person the last main clause of this or the previous sentence was about (its subject)."""
    since = _window_start(ctx, c, 2)
    for p in reversed(ctx.clauses[:c.index]):
        if ctx.doc[p.start].idx < since:
            break
        if p.kind != "main":
            continue
        keys, _ = subject_keys(ctx, p)
        people = [k for k in keys if etype(ctx, k) == "Person"]
        if people:
            return people[:1]
    return []


def _scene_place(ctx: Ctx, c: Clause, agents: list[str]) -> list[Arg]:
    """The place the article's scene is in: the last place named in a phrase of place or
    direction in the clause's sentence before it or in the two sentences before."""
    since, here = _window_start(ctx, c, 3), ctx.doc[c.start].idx
    places = [a for a in ctx.args if a.keys and a.kind == "name" and a.clause != c.index and
              since <= ctx.doc[a.span.start].idx < here and
              a.marker in ("in", "in.dat", "nach", "auf", "at", "to", "an") and
              etype(ctx, a.keys[0]) in PLACE and a.keys[0] not in agents]
    return places[-1:]


def _window_start(ctx: Ctx, c: Clause, sentences: int) -> int:
    """Character offset where the clause's sentence and the ``sentences - 1`` before it begin."""
    here = ctx.doc[c.start].sent.start_char
    return [s.start_char for s in ctx.doc.sents if s.start_char <= here][-sentences:][0]


REBUTTED = {"accuses": ACCUSATION_NOUNS, "criticizes": ACCUSATION_NOUNS,
            "threatens": word_class("threat_noun"), "demands": word_class("demand_noun")}
REBUTTED_PRONOUNS = {"das", "dies", "this", "that", "it"}
DEFINITE_DETS = {"der", "die", "das", "den", "the", "this", "diese", "dieses", "diesen"}
# the accusation nouns that say a charge was made ("die Vorwürfe der Ukraine"), not a claim or a
# remark, which may be about anyone
CHARGE_NOUNS = word_class("charge_noun")
CLAIM_NOUNS = word_class("claim_noun")


DECISION_NOUNS = word_class("decision_noun")
DECISION_VERBS = word_class("decision_verb")


def _names_definite(ctx: Ctx, c: Clause, nouns, dets, by_lemma: bool = False) -> bool:
    """The clause's bare object is one of ``nouns`` after one of ``dets`` ("die Entscheidung")."""
    doc = ctx.doc
    return any((t.lower_ in nouns or by_lemma and t.lemma_.lower() in nouns) and t.pos_ == "NOUN" and
               _is_bare_object(ctx, t.i) and t.i > 0 and doc[t.i - 1].lower_ in dets for t in c.toks(doc))


def _latest_doer(ctx: Ctx, c: Clause, agents: list[str], sentences: int, kinds: set[str], accept) -> list[str]:
    """The subjects (as actors of ``kinds``, not among ``agents``) of the latest clause before
    ``c`` in its sentence or the ``sentences - 1`` before it that ``accept`` takes; empty if none."""
    since = _window_start(ctx, c, sentences)
    for p in reversed(ctx.clauses[:c.index]):
        if ctx.doc[p.start].idx < since:
            break
        if not accept(p):
            continue
        keys, _ = subject_keys(ctx, p)
        keys = [_as_actor(k) for k in keys if etype(ctx, k) in kinds and _as_actor(k) not in agents]
        if keys:
            return keys
    return []


def _decision_authors(ctx: Ctx, c: Clause, agents: list[str]) -> list[str]:
    """"Lasconi verurteilte die Entscheidung", "defended the ruling": the object is a definite
    decision the article reported, so whoever took it (the subject of the latest clause before
    whose verb decides, annuls, rules; a definite decision may have been reported paragraphs back)."""
    if not _names_definite(ctx, c, DECISION_NOUNS, ("die", "das", "den", "the", "this", "diese", "dieses"),
                           by_lemma=True):
        return []
    return _latest_doer(ctx, c, agents, 30, ACTOR, lambda p: p.lemma in DECISION_VERBS and not p.passive)


PROPOSAL_VERBS = word_class("proposal_verb")


ACT_NOUNS = word_class("act_noun")
STATE_VERBS = word_class("state_verb")


def _act_authors(ctx: Ctx, c: Clause, agents: list[str]) -> list[str]:
    """"nannte den Schritt unverantwortlich", "criticised the move": a definite act with no
    author named is what the article just reported someone doing, so its doer (the subject of
    the latest clause of this or the two sentences before that is not a statement)."""
    if not _names_definite(ctx, c, ACT_NOUNS, DEFINITE_DETS):
        return []

    def an_act(p: Clause) -> bool:   # (what others said of it is no act; nor is a state: "sitzt in Haft")
        return not (p.lemma in SPEECH_VERBS | NAMING_VERBS | STATE_VERBS or p.quote or p.kind not in ("main", "sub") or any(
            tr.relation in ("criticizes", "rejects", "accuses", "supports") for tr in lexicon().verb(ctx.lang, p.lemma)))
    return _latest_doer(ctx, c, agents, 3, ACTOR | {"Person"}, an_act)


def _proposal_authors(ctx: Ctx, c: Clause, agents: list[str]) -> list[str]:
    """"Peskow wies den Vorstoß zurück", "rejected the proposal": a definite proposal with no
    source named is the one just reported, so whoever proposed or called for it (the subject of
    the latest clause of this or the two sentences before whose verb proposes)."""
    if not _names_definite(ctx, c, PROPOSAL_NOUNS, ("den", "die", "das", "the", "this", "diesen", "diese")):
        return []
    return _latest_doer(ctx, c, agents, 3, ACTOR | {"Person"}, lambda p: p.lemma in PROPOSAL_VERBS)


def _rebutted_authors(ctx: Ctx, c: Clause, agents: list[str], pronouns: bool) -> list[str]:
    """Who made the accusation, threat, demand or act the clause rejects or condemns: the
    authors of the latest such fact of this or the three sentences before whose kind the
    object noun names ("die Vorwürfe", "the strikes": attacks), or of any accusation, threat
    or demand for "das"/"this". Empty when the object names nothing of the kind."""
    doc = ctx.doc
    said = [t for t in c.toks(doc) if t.pos_ == "NOUN" and _is_bare_object(ctx, t.i) or
            t.lower_ in REBUTTED_PRONOUNS and pronouns and _is_bare_object(ctx, t.i) or
            # ("Den lehnte Scholz ab": a demonstrative opening the clause is its object)
            pronouns and t.tag_ == "PDS" and t.i == c.start and (t.lower_ in ("den", "diesen", "diese") or
                                                                  # "Das wies Trump zurück": the subject follows
                                                                  t.lower_ in ("das", "dies") and _subject_after_verb(ctx, c))]
    whole = False
    if c.kind in ("rel", "sub") and c.start > 0 and not said:
        if doc[c.start].lower_ in ("which", "was") and doc[c.start - 1].text == "," and pronouns:
            whole = True   # "…, which Iran denies", "…, was Moskau zurückwies": the statement before
        elif c.kind == "rel" and doc[c.start - 1].pos_ == "NOUN":
            said = [doc[c.start - 1]]   # "a charge Iran denies": the noun the clause hangs on
        elif c.kind == "rel" and c.lexical is not None:
            # (the parser put "a charge" into the clause)
            said = [t for t in doc[c.start:c.lexical] if t.pos_ == "NOUN" and
                    any(t.lower_ in nouns for nouns in REBUTTED.values())][:1]
    if any(tr.relation in ("agreesWith", "coordinatesWith") for t in said
           for tr in lexicon().noun(ctx.lang, t.text, t.lemma_)):
        # "Peking wies die Vereinbarungen zurück": the parties to the agreement just reported
        deals = [f for f in _recent_facts(ctx, c, {"agreesWith", "coordinatesWith"}, sentences=8)
                 if f.subject.key not in agents and f.object.key not in agents]
        if deals:
            latest = deals[-1].start
            return sorted({k for f in deals if f.start == latest for k in (f.subject.key, f.object.key)})
    if any(t.i + 1 < len(doc) and doc[t.i + 1].lower_ in ("seines", "seiner", "ihres", "ihrer", "des", "der", "of")
           and t.lower_ in set().union(*REBUTTED.values()) and
           not any(a.marker == "gen" and a.head == t.i and a.keys for a in ctx.args) for t in said):
        return []   # "wies die Bedenken seines Parteifreunds zurück": someone's, whom no name gives
    rels = {r for r, nouns in REBUTTED.items() if any(t.lower_ in nouns for t in said)}
    rels |= {tr.relation for t in said for tr in lexicon().noun(ctx.lang, t.text, t.lemma_)
             if tr.relation in HOSTILE}
    if rels:
        # "Vučić wies die Vorwürfe zurück": the charges made against his side, even some
        # sentences back
        sides = _sides(ctx, agents)
        against = [f for f in _recent_facts(ctx, c, rels, sentences=10)
                   if f.object.key in sides and f.subject.key not in sides]
        if against:
            return _latest_authors(against)
    # ("Australia said the warship had acted unsafely. Beijing rejected the account": a claim
    # with no charge reported before is what the last speaker said)
    claim = any(t.lower_ in CLAIM_NOUNS for t in said) and not any(
        f.subject.key not in agents for f in _recent_facts(ctx, c, rels))
    if (not rels or claim) and (whole or claim or any(t.lower_ in REBUTTED_PRONOUNS or t.tag_ == "PDS" for t in said)):
        rels = set(REBUTTED)
        # "Chișinău verlangt ihren Abzug, Moskau lehnt das ab": the demand just before, even
        # when it named no one to demand of
        prev = [p for p in ctx.clauses if p.end <= c.start and p.lemma and
                doc[p.start].sent.start == doc[c.start].sent.start]
        if not prev and doc[c.start].sent.start > 0:
            # ("Macron forderte eine Abgabe. Habeck wies das zurück": the sentence before)
            before = doc[doc[c.start].sent.start - 1].sent.start
            prev = [p for p in ctx.clauses if p.lemma and p.kind == "main" and doc[p.start].sent.start == before]
        other_sent = bool(prev) and doc[prev[-1].start].sent.start != doc[c.start].sent.start
        if prev and other_sent and prev[-1].speaker is not None and prev[-1].lemma not in SPEECH_VERBS:
            # (a claim of the sentence before: "Die Armee erklärte, sie habe … Die Hamas wies dies zurück")
            prev = [_clause_of_verb(ctx, prev[-1].speaker) or prev[-1]]
        if prev and (any(t.relation in REBUTTED for t in lexicon().verb(ctx.lang, prev[-1].lemma)) or
                     prev[-1].lemma in SPEECH_VERBS and other_sent):
            keys, _ = subject_keys(ctx, prev[-1])
            keys = [_as_actor(k) for k in keys if _as_actor(k) not in agents]
            if keys:
                return keys
    found = [f for f in _recent_facts(ctx, c, rels) if f.subject.key not in agents]
    if not found and any(t.lower_ in ("die", "den", "das", "the") and t.i + 1 < len(doc) and
                         doc[t.i + 1] in said for t in c.toks(doc)):
        # "Iran condemned the strikes": a definite act is the one the article is about, even
        # some paragraphs back
        found = [f for f in _recent_facts(ctx, c, rels, sentences=30) if f.subject.key not in agents]
    return _latest_authors(found)


def _subject_after_verb(ctx: Ctx, c: Clause) -> bool:
    """A German clause whose named subject stands after its finite verb."""
    return c.finite is not None and any(a.clause == c.index and a.marker == "subj" and a.span.start > c.finite
                                        for a in ctx.args)


def _recent_facts(ctx: Ctx, c: Clause, rels: set[str], sentences: int = 4) -> list[Fact]:
    """Facts of ``rels`` reported in the clause's sentence or the ``sentences - 1`` before it,
    up to the clause, in the order they were found."""
    since = _window_start(ctx, c, sentences)
    before = ctx.doc[c.start].idx
    return [f for f in ctx.facts if f.relation in rels and since <= f.start <= before]


def _latest_authors(facts: list[Fact]) -> list[str]:
    """The subjects of the latest of ``facts`` — every author of that one act ("The United
    States and Britain struck …")."""
    if not facts:
        return []
    latest = sorted(facts, key=lambda f: f.start)[-1]
    return sorted({f.subject.key for f in facts if f.start == latest.start and f.relation == latest.relation})


THREATENED = {"sanctions", "attacks", "invades", "deploys"}
PARTNER_NOUNS = word_class("partner_noun")


def _names_threatened_act(ctx: Ctx, c: Clause) -> bool:
    """The threat names a hostile act with a target of its own ("threatened tariffs on Chinese
    goods"): the target is read from the act (threatened_acts), not guessed."""
    acts = [t for t in c.toks(ctx.doc) if t.pos_ == "NOUN" and any(
        tr.relation in THREATENED for tr in lexicon().noun(ctx.lang, t.text, t.lemma_))]
    return bool(acts) and any(a.keys and (a.kind == "adj" or a.marker in ("gegen", "against", "on", "auf"))
                              for a in clause_args(ctx, c))


def threatened_acts(ctx: Ctx, c: Clause, found: list[Fact]) -> None:
    """"threatened tariffs on Chinese goods", "drohte mit Sanktionen gegen Iran": a threat of a
    hostile act (found hypothetical in the clause) threatens its target now."""
    threat_word = next((t for t in c.toks(ctx.doc) if t.lower_ in THREAT_PARTICIPLES), None)
    if threat_word is None and not any(t.relation == "threatens" and "retaliation" not in t.flags
                                       for t in lexicon().verb(ctx.lang, c.lemma or "")):
        return
    if any(f.relation == "threatens" for f in found):
        return   # the threatened party is named ("drohte China mit Zöllen")
    acts = [f for f in found if f.relation in THREATENED and f.modality == "hypothetical"]
    if not acts:
        return
    if threat_word is not None:
        # "put his threatened tariffs on Mexico on hold", "die angedrohten Zölle": the threat was made
        for f in acts:
            make_fact(ctx, f.subject.key, "threatens", f.object.key, "asserted", threat_word.i,
                      trigger=threat_word.text)
        return
    # "warnte vor einem russischen Angriff": warning of someone else's act is no threat by them
    subj = set(subject_keys(ctx, c)[0])
    acts = [f for f in acts if not subj or f.subject.key in subj]
    mod = modality_for(ctx, c, "threatens")
    for f in acts:
        make_fact(ctx, f.subject.key, "threatens", f.object.key, mod, c.lexical, trigger=c.lemma)


STATEMENT_VERBS = SPEECH_VERBS | {"zusagen", "versprechen", "zusichern", "pledge", "promise"}


def _placed_event(triggers: list[Trigger]) -> bool:
    """Triggers of an event that says by itself where its actors are, or whose "in" phrase is its
    object; not an agreement, which one signs where one is ("unterzeichnete in Abu Dhabi ein
    Abkommen" was in Abu Dhabi)."""
    return any(t.relation != "agreesWith" or any(o.startswith("in") for o in t.objects) for t in triggers)


def _signed_noun(ctx: Ctx, t: Token) -> bool:
    """An agreement noun: "signed an agreement in Abu Dhabi"."""
    trigs = lexicon().noun(ctx.lang, t.text, t.lemma_)
    return bool(trigs) and not _placed_event(trigs)


def presence(ctx: Ctx, c: Clause) -> None:
    """"sagte Pistorius in Vilnius", "Blinken said in Seoul": a known person acting in a foreign
    city is there, so visits it (statements, where the place is where they speak, and verbs
    that name no event of their own: "diskutierte Scholz in Shanghai mit Studierenden")."""
    doc = ctx.doc
    if not c.lemma:
        return
    # "Speaking in Vilnius, Zelenskyy criticised …": the participle's speaker is the main subject
    participle = c.parent is not None and c.participle(doc) and c.lemma in STATEMENT_VERBS | {"speak"}
    # "in Teheran, wo er zur Vereidigung weilte", "in Kigali, where she stayed": the place the
    # clause hangs on is where its subject is
    where = None
    if doc[c.start].lower_ in ("wo", "where") and c.kind in ("rel", "sub") and c.start >= 2 and \
            doc[c.start - 1].text == ",":
        where = c.antecedent if c.antecedent is not None else c.start - 2
    if c.kind not in ("main", "rel") and not participle and where is None:
        return   # ("Selenskyj, der in Washington bei Biden um Hilfe geworben hatte")
    # "Scholz war in der Ukraine", "has been to Ukraine": being in a country is a visit too
    copula = _bare_copula(ctx, c)
    if c.lemma not in STATEMENT_VERBS and not participle and (_placed_event(lexicon().verb(ctx.lang, c.lemma)) or c.lemma in (
            "sein", "be", "haben", "have", "werden") and not copula or c.kind == "main" and any(
            _placed_event(lexicon().noun(ctx.lang, t.text, t.lemma_)) for t in c.toks(doc) if t.pos_ == "NOUN" and not (
                # ("Nach dem Mittagessen zog Merz in Washington Bilanz": a frame, not the clause's event)
                (p := _governing_prep(ctx, c, t)) is not None and p.lower_ in FRAME_PREPS))):
        return
    subj, _ = subject_keys(ctx, doc._.kg_clauses[c.parent] if participle else c)
    people = [k for k in subj if etype(ctx, k) == "Person" and _titled_home(ctx, k)]
    if not people:
        return
    places = [a for a in ctx.args if a.keys and a.span.start <= where < a.span.end and
              etype(ctx, a.keys[0]) in ("City", "Country")] if where is not None else []
    for a in places[:1]:
        pairs = [(p, a.keys[0]) for p in people if _abroad(ctx, p, a.keys[0])]
        emit(ctx, c, Trigger(ctx.lang, c.lemma, "verb", "visits", (), frozenset({"place"})), pairs,
             modality_for(ctx, c, "visits"), c.lexical)
        return
    for a in clause_args(ctx, c):
        # ("told reporters in Poland", "speaking to reporters in Poland": where the speaker is)
        audience = doc._.kg_has_parse and a.head is not None and (doc[a.head].lower_ in AUDIENCE_NOUNS and (
            doc[a.head].head.i == c.lexical or doc[a.head].head.lower_ in ("to", "with") and
            doc[a.head].head.head.i == c.lexical) or a.head == c.lexical and c.lexical is not None and any(
                ch.dep_ == "dobj" and ch.lower_ in AUDIENCE_NOUNS for ch in doc[c.lexical].children))
        if a.marker not in ("in", "in.dat") + (("to",) if copula and ctx.lang == "en" else ()) or not a.keys or not (
                etype(ctx, a.keys[0]) == "City" or (participle or copula or audience) and etype(ctx, a.keys[0]) == "Country" or
                etype(ctx, a.keys[0]) == "Location" and a.keys[0] not in gazetteer().entries):
            continue   # (a town the gazetteer does not know: "wurde Macron in Münster ausgezeichnet";
            # "Speaking in Singapore, Blinken said": a city state)
        if doc._.kg_has_parse:
            # ("told reporters at the US embassy in Beijing", "told reporters in Beijing")
            if a.head != c.lexical and not _venue_in(ctx, a.head, c.lexical) and not audience and not (
                    a.head is not None and doc[a.head].head.i == c.lexical and (
                        doc[a.head].dep_ == "dobj" and _signed_noun(ctx, doc[a.head]))):
                continue   # ("signed an agreement in Abu Dhabi": the parser hangs the place on the object)
        elif a.np_start >= 2 and doc[a.np_start - 2].tag_ == "NN" and not _time_word(doc[a.np_start - 2]):
            continue   # "der Krieg in Kiew": the place of a noun, not of the speaker ("am Montag in Kiew" is)
        # (a participle has the tense of the clause it hangs on: "Speaking on Monday, he said")
        mod = "negated" if c.lemma in ABSENCE_VERBS else modality_for(
            ctx, doc._.kg_clauses[c.parent] if participle else c, "visits")
        pairs = [(p, a.keys[0]) for p in people if _abroad(ctx, p, a.keys[0])]
        emit(ctx, c, Trigger(ctx.lang, c.lemma, "verb", "visits", (), frozenset({"place"})), pairs, mod,
             c.lexical)
        # "in Washington bei Biden": at the host's, so with the host
        hosts = [k for b in clause_args(ctx, c) if b.marker == "bei" and b.kind == "name"
                 for k in b.keys if etype(ctx, k) == "Person" and k not in people]
        if pairs and hosts:
            emit(ctx, c, Trigger(ctx.lang, c.lemma, "verb", "meets", (), frozenset()),
                 [(p, h) for p, _ in pairs for h in hosts], mod, c.lexical)
        return


TIME_NOUNS = word_class("time_noun")
GUEST_WORDS = word_class("guest_word")


def visiting_guest(ctx: Ctx, c: Clause) -> None:
    """"In Washington, Blinken, speaking with visiting British Foreign Secretary James Cleverly, …":
    a person called visiting is a guest in the place the sentence says it is in."""
    doc = ctx.doc
    sent = doc[c.start].sent
    for a in clause_args(ctx, c):
        if not a.keys or etype(ctx, a.keys[0]) != "Person" or not _titled_home(ctx, a.keys[0]):
            continue
        k = a.np_start - 1
        while k >= sent.start and a.np_start - k <= 6 and doc[k].lower_ not in GUEST_WORDS and (
                doc[k].pos_ in ("ADJ", "PROPN", "DET") or doc[k].text in ("'s", "’s")):
            k -= 1
        if k < sent.start or doc[k].lower_ not in GUEST_WORDS:
            continue
        places = [b for b in ctx.args if sent.start <= b.span.start < sent.end and b.marker in ("in", "in.dat")
                  and b.keys and etype(ctx, b.keys[0]) in ("City", "Country")]
        if len({b.keys[0] for b in places}) != 1:
            continue
        place = places[0].keys[0]
        if not _abroad(ctx, a.keys[0], place):
            continue
        make_fact(ctx, a.keys[0], "visits", place, "asserted", k, trigger=doc[k].text)


GOAL_PREPS = {"de": {"an", "in", "ins", "ans", "zu", "zum", "zur"}, "en": {"to", "into"}}
GOAL_ARTICLES = {"die", "den", "das", "the"}


def _goal_noun(ctx: Ctx, c: Clause) -> bool:
    """The clause goes towards something that is no place ("war an die Macht gekommen", "came
    to power", "kam zum Schluss"): no trip to where the last one went."""
    doc = ctx.doc
    named = {i for a in ctx.args if a.keys for i in range(a.span.start, a.span.end)}
    for t in c.toks(doc):
        if t.lower_ not in GOAL_PREPS.get(ctx.lang, set()) or t.i + 1 >= c.end:
            continue
        j = t.i + 1
        if t.lower_ in ("an", "in") and doc[j].lower_ not in GOAL_ARTICLES:
            continue   # ("am Flughafen angekommen": where, not whither)
        while j < c.end and (doc[j].lower_ in GOAL_ARTICLES or doc[j].pos_ == "ADJ"):
            j += 1
        if j < c.end and doc[j].pos_ == "NOUN" and j not in named:
            return True
    return False


def _time_word(t) -> bool:
    return t.lower_ in WEEKDAYS or t.lower_ in MONTHS or t.lower_ in TIME_NOUNS


def _bare_copula(ctx: Ctx, c: Clause) -> bool:
    """"Bessent was in Kyiv on Wednesday", "Scholz war am Montag in Kiew": "be" with nothing but
    a place and a time is being there (not "was in talks", "war in Kiew gewesen", "ist in der
    Ukraine beliebt")."""
    doc = ctx.doc
    if c.lemma not in ("sein", "be") or c.lexical is None:
        return False   # (denied, "war noch nie in Kiew", "has not been to Ukraine", it is a visit denied)
    in_arg = {i for a in clause_args(ctx, c) for i in range(a.span.start, a.span.end)}
    if doc._.kg_has_parse:
        h = doc[c.lexical]
        return not any(ch.dep_ in ("acomp", "attr", "xcomp", "ccomp", "oprd", "dobj", "auxpass", "advcl")
                       for ch in h.children) and any(ch.dep_ == "prep" and (
                           ch.lower_ == "in" or ch.lower_ == "to" and h.lower_ == "been" or ch.lower_ == "at" and any(
                               o.dep_ == "pobj" and o.lower_ in VENUE_HEADS for o in ch.children)) for ch in h.children)
    for t in c.toks(doc):
        if t.tag_ in ("VVPP", "VVINF", "ADJD", "PTKZU", "VVIZU"):
            return False
        if t.tag_ == "NN" and t.i not in in_arg and not _time_word(t):
            return False
    return True


ARRIVAL_VERBS = word_class("arrival_verb")


def arrival_origin(ctx: Ctx, c: Clause) -> None:
    """"Xi arrived in Budapest from Serbia", "traf aus Paris kommend in Berlin ein": a traveller
    who arrived from a foreign place had been there."""
    doc = ctx.doc
    if c.lemma not in ARRIVAL_VERBS or c.negated or not is_past(doc, c, ctx.lang):
        return
    people = [k for k in subject_keys(ctx, c)[0] if etype(ctx, k) == "Person" and home_country(k)]
    origins = [a for a in clause_args(ctx, c) if a.marker in ("from", "aus") and a.keys and
               etype(ctx, a.keys[0]) in ("City", "Country") and (not doc._.kg_has_parse or a.head == c.lexical)]
    if not people or not origins:
        return
    pairs = [(p, origins[0].keys[0]) for p in people if not visits_own_country(p, origins[0].keys[0])]
    emit(ctx, c, Trigger(ctx.lang, c.lemma, "verb", "visits", (), frozenset({"place"})), pairs,
         modality_for(ctx, c, "visits"), c.lexical)


DRAW_VERBS = word_class("draw_verb", "en")
REACTION_NOUNS = word_class("reaction_noun", "en")


def drawn_criticism(ctx: Ctx, c: Clause) -> None:
    """English, with a parse: "Milei pledged to move the embassy, drawing condemnation from Hamas",
    "Blinken congratulated Lai, drawing a protest from China's foreign ministry": those the
    protest came from criticise the one who acted."""
    doc = ctx.doc
    if not doc._.kg_has_parse or c.lexical is None or c.parent is None or c.lemma not in DRAW_VERBS or \
            doc[c.lexical].tag_ != "VBG":
        return
    nouns = [t for t in doc[c.lexical].children if t.dep_ == "dobj" and t.lemma_.lower() in REACTION_NOUNS]
    if not nouns:
        return
    critics = [k for a in clause_args(ctx, c) if a.marker in ("from", "by") and a.head in (nouns[0].i, c.lexical)
               for k in a.keys]   # ("drawing condemnation from Hamas": the parser may hang it on the verb)
    critics = [k for k in critics if etype(ctx, k) in ACTOR]
    targets, _ = subject_keys(ctx, ctx.clauses[c.parent])
    pairs = [(x, o) for x in critics for o in targets if etype(ctx, o) in ACTOR]
    emit(ctx, c, Trigger(ctx.lang, c.lemma, "verb", "criticizes", (), frozenset()), pairs, "asserted", c.lexical)


MEMBER_WORDS = {"mitglied", "member"}


def membership_predicate(ctx: Ctx, c: Clause) -> None:
    """"Finnland ist das 31. Mitglied des Bündnisses", "Brazil, as a member of the ICC, …":
    the subject is a member of the body named after the noun."""
    doc = ctx.doc
    for t in c.toks(doc):
        if not (t.lower_ in MEMBER_WORDS or t.lower_ in ("members", "mitglieder") or
                ctx.lang == "de" and t.lower_.endswith(("mitglied", "mitglieder")) and t.pos_ == "NOUN"):
            continue   # ("Vollmitglieder", "full members")
        k = t.i - 1
        while k >= c.start and (doc[k].tag_ in ("ART", "ADJA", "ADJD", "CARD", "DT", "JJ", "CD") or
                                doc[k].pos_ in ("DET", "ADJ", "NUM") or doc[k].text == "."):
            k -= 1
        as_role = k >= c.start and doc[k].lower_ in ("als", "as")
        # ("are founding members": the parser may take "founding" for the verb)
        founding = t.i >= 2 and doc[t.i - 1].lower_ == "founding" and doc[t.i - 2].lemma_.lower() == "be"
        if not as_role and not founding and c.lemma not in ("sein", "be", "werden", "become") and not (
                not c.lemma and any(x.lower_ == "werden" for x in c.toks(doc))):
            continue
        org = next((a for a in clause_args(ctx, c) if a.span.start in (t.i + 1, t.i + 2, t.i + 3) and
                    a.marker in ("gen", "of", "von") and a.keys and
                    etype(ctx, a.keys[0]) in ("Organization", "Group")), None)
        invited: list[str] = []
        becoming = c.lemma in ("werden", "become") or not c.lemma and any(x.lower_ == "werden" for x in c.toks(doc))
        if org is None and c.parent is not None and becoming and (c.kind == "inf" or doc[c.start].lower_ == "to"):
            # "invited Argentina and Egypt to become full members": of the body that invites
            pc = ctx.clauses[c.parent]
            pk, _ = subject_keys(ctx, pc)
            org = next((a for a in clause_args(ctx, pc) if a.keys and etype(ctx, a.keys[0]) == "Organization" and
                        (a.keys[0] in pk or a.marker == "mod" and a.via == "subj" or   # "The BRICS group"
                         a.kind == "modifier" and pc.lexical is not None and a.span.end <= pc.lexical)), None)
            invited = [k for a in clause_args(ctx, pc) if a.marker in ("obj", "acc") for k in a.keys]
        if org is None and c.kind == "rel" and (
                doc[c.start].lower_ in ("deren", "dessen") or doc[c.start:c.start + 2].text.lower() == "of which"):
            # "ECCAS, of which Gabon is a member", "die ECCAS, deren Mitglied Gabun ist": the body
            # the clause hangs on
            ante = _antecedent(ctx, c)
            org = next((a for a in ctx.args if ante is not None and a.span.start <= ante < a.span.end and a.keys and
                        etype(ctx, a.keys[0]) in ("Organization", "Group")), None)
            if org is not None:
                members = [x for a in clause_args(ctx, c) if a.marker == "subj" and a is not org for x in a.keys]
                for m in members:
                    make_fact(ctx, m, "memberOf", org.keys[0], modality_for(ctx, c, "memberOf"), t.i, trigger=t.text)
            continue
        if org is None:
            continue
        members, _ = subject_keys(ctx, c)
        members = members or invited
        mod = "asserted" if as_role else modality_for(ctx, c, "memberOf")
        if (c.lemma == "werden" or invited) and mod == "asserted" and not is_past(doc, c, ctx.lang):
            mod = "planned"   # "Schweden wird Mitglied der Nato": it is to become one
        for m in members:
            for o in conjuncts(ctx.args, org):   # "Mitglied der EU und der Nato"
                if o.keys and m != o.keys[0] and etype(ctx, o.keys[0]) in ("Organization", "Group"):
                    make_fact(ctx, m, "memberOf", o.keys[0], mod, t.i, trigger=t.text)


def _bloc_of(ctx: Ctx) -> None:
    """"the bloc of Brazil, Russia, India, China and South Africa", "das Bündnis aus X und Y":
    the states a body is said to consist of are its members."""
    doc = ctx.doc
    bodies = {i: m._.kg_key for m in doc.spans.get("kg_mentions", []) if m._.kg_key and
              m._.kg_kind in ("org_ref", "name") and etype(ctx, m._.kg_key) == "Organization"
              for i in range(m.start, m.end)}
    for a in ctx.args:
        if a.marker not in ("of", "aus") or a.coord_of is not None or not a.keys or a.span.start < 2:
            continue
        head = a.head if a.head is not None and ctx.doc._.kg_has_parse else a.span.start - 2
        if doc[head].lower_ not in COLLECTIVE_NOUNS:
            continue
        org = bodies.get(head)
        if org is None:
            # "The bloc of …" (no name of its own): the body of states named last, not long before
            g = gazetteer().entries
            starts = [x.start for x in doc.sents if x.start <= head][-4:]   # this and the three before
            prev = [m._.kg_key for m in doc.spans.get("kg_mentions", []) if m.end <= head and m._.kg_key in g and
                    g[m._.kg_key].type == "Organization" and not g[m._.kg_key].country and m.start >= starts[0]]
            org = prev[-1] if prev else None
        if org is None:
            continue
        members = [m for m in conjuncts(ctx.args, a) if m.keys and etype(ctx, m.keys[0]) == "Country"]
        if len(members) >= 2:
            for m in members:
                make_fact(ctx, m.keys[0], "memberOf", org, "asserted", head, trigger=doc[head].text)


def _member_apposition(ctx: Ctx) -> None:
    """"Die Türkei, ein Nato-Mitglied, …", "Turkey, a NATO member, …", "Thailand, like Cambodia
    a member of the bloc, …": the name before the comma (and the one compared) is a member."""
    doc = ctx.doc
    for t in doc:
        low = t.lower_
        if not (low in MEMBER_WORDS or low.endswith("-mitglied") or low in ("mitgliedsland", "mitgliedstaat",
                                                                          "member state", "members")):
            continue
        org = next((a for a in ctx.args if a.kind == "modifier" and a.span.start == t.i and a.keys), None)
        if org is None and t.i > 0:   # "a NATO member"
            org = next((a for a in ctx.args if a.kind == "name" and a.span.end == t.i and a.keys), None)
            start = org.span.start if org is not None else t.i
        else:
            start = t.i
        if org is None:   # "a member of the bloc", "ein Mitglied der EU", "a member of both the EU and NATO"
            org = next((a for a in ctx.args if t.i < a.span.start <= t.i + 4 and
                        a.marker in ("gen", "of", "von") and a.keys and
                        all(x.lower_ in ("of", "both", "the", "der", "des", "von", "sowohl") for x in doc[t.i + 1:a.span.start])),
                       None)
        if org is None or etype(ctx, org.keys[0]) not in ("Organization", "Group"):
            continue
        orgs = [o for o in conjuncts(ctx.args, org) if o.keys and etype(ctx, o.keys[0]) in ("Organization", "Group")] or [org]
        k = start - 1
        while k >= 0 and (doc[k].pos_ in ("DET", "ADJ", "NUM") or doc[k].lower_ in ("a", "an", "ein", "eine", "als", "as")):
            k -= 1
        compared = []
        if k >= 0 and doc[k].text != ",":
            # "like Cambodia a member", "wie Kambodscha Mitglied"
            like = next((a for a in ctx.args if a.span.end == k + 1 and a.keys and a.span.start >= 1 and
                         doc[a.span.start - 1].lower_ in ("like", "wie")), None)
            if like is None:
                continue
            compared = [like]
            k = like.span.start - 2
        if k < 1 or doc[k].text != ",":
            continue
        member = next((a for a in ctx.args if a.span.end == k and a.keys and a.kind == "name"), None)
        if member is None:
            continue
        for m in [member] + compared:
            for o in orgs:
                if etype(ctx, m.keys[0]) in ("Country", "Organization") and m.keys[0] != o.keys[0]:
                    make_fact(ctx, m.keys[0], "memberOf", o.keys[0], "asserted", t.i, trigger=t.text)


GROUPING_NOUNS = word_class("grouping_noun")


def _grouping_apposition(ctx: Ctx) -> None:
    """"the Quad, the informal grouping of the United States, India, Japan and Australia", "die
    Quad, ein Bündnis aus den USA, Indien, Japan und Australien": the states listed are its members."""
    doc = ctx.doc
    for t in doc:
        if t.lower_ not in GROUPING_NOUNS and t.lemma_.lower() not in GROUPING_NOUNS or t.i + 1 >= len(doc) or \
                doc[t.i + 1].lower_ not in ("of", "aus", "von"):
            continue
        k = t.i - 1
        while k >= 0 and (doc[k].pos_ in ("DET", "ADJ", "NUM") or doc[k].lower_ in ("a", "an", "ein", "eine")):
            k -= 1
        if k < 1 or doc[k].text != ",":
            continue
        org = next((a for a in ctx.args if a.span.end == k and a.keys and a.kind == "name" and
                    etype(ctx, a.keys[0]) in ("Organization", "Group")), None)
        first = next((a for a in ctx.args if t.i + 1 < a.np_start <= t.i + 4 and a.keys and a.kind == "name"), None)
        if org is None or first is None:
            continue
        for m in conjuncts(ctx.args, first):
            if m.keys and etype(ctx, m.keys[0]) == "Country":
                make_fact(ctx, m.keys[0], "memberOf", org.keys[0], "asserted", t.i, trigger=t.text)


PART_NOUNS = word_class("part_noun")


def _part_apposition(ctx: Ctx) -> None:
    """"Terminal Investment Limited, the port arm of MSC", "its armed wing, the People's Defence
    Force", "Panama Ports Company, the CK Hutchison subsidiary", "der bewaffnete Arm der Hamas,
    die Kassam-Brigaden": a body called another's arm, wing or subsidiary is part of it."""
    doc = ctx.doc
    bodies = [a for a in ctx.args if a.keys and etype(ctx, a.keys[0]) in ("Organization", "Group")]
    for t in doc:
        if t.lower_ not in PART_NOUNS or not (t.pos_ == "NOUN" or t.tag_ == "NN"):
            continue
        # the owner: "of/der/des X" after the noun, a possessive or a name before it in its phrase
        owner = next((a for a in bodies if a.marker in ("gen", "of", "von", "poss", "mod") and
                      (a.head == t.i or t.i < a.span.start <= t.i + 9 and doc[t.i + 1].lower_ in (
                          "of", "der", "des", "von") and
                       not any(x.text in (",", ";", ":", "(", ")") for x in doc[t.i:a.span.start]))), None)
        k = t.i - 1
        while k > 0 and (doc[k].pos_ in ("ADJ", "DET") or doc[k].tag_ in ("ADJA", "ART") or
                         doc[k].pos_ == "NOUN" and doc[k].is_lower and ctx.lang == "en"):   # "the port arm"
            if any(a.span.end == k + 1 for a in bodies):
                break
            k -= 1
        if owner is None:
            owner = next((a for a in bodies if a.span.end == k + 1 and a.kind in ("name", "poss")), None)
        if owner is None:
            continue
        if owner.span.end <= t.i:
            k = owner.span.start - 1
            while k > 0 and doc[k].pos_ == "DET":
                k -= 1
        # the part: the name before the comma that opens the phrase, or right after the noun's phrase
        part = None
        if doc[k].text == ",":
            # ("Terminal Investment Limited (TiL), the port arm": over the bracketed short form)
            end = k - 3 if k >= 3 and doc[k - 1].text == ")" and doc[k - 3].text == "(" else k
            part = next((a for a in bodies if a.span.end == end and a.kind == "name"), None)
        if part is None:
            end = max(t.i + 1, owner.span.end if owner.span.start > t.i else t.i + 1)
            if end < len(doc) and doc[end].text == ",":
                j = end + 1 + (end + 1 < len(doc) and doc[end + 1].pos_ == "DET")
                part = next((a for a in bodies if a.span.start == j and a.kind == "name"), None)
        if part is not None and part.keys[0] != owner.keys[0]:
            make_fact(ctx, part.keys[0], "partOf", owner.keys[0], "asserted", t.i, trigger=t.text)


COMPOSITION_PHRASES = sorted((tuple(w.split()) for w in word_class("composition_phrase")), key=len, reverse=True)


def _composition_apposition(ctx: Ctx) -> None:
    """"the Three Brotherhood Alliance - made up of the Arakan Army, the MNDAA and the TNLA -",
    "BIMSTEC, a regional bloc whose members include Myanmar, India and Thailand", "die Allianz,
    bestehend aus X und Y": the states and bodies listed after the phrase are members of the
    body before it."""
    doc = ctx.doc
    low = [t.lower_ for t in doc]
    for org in ctx.args:
        if org.kind != "name" or not org.keys or etype(ctx, org.keys[0]) not in ("Organization", "Group") or \
                org.span.end >= len(doc) or doc[org.span.end].text not in (",", "-", "–", "—", "("):
            continue
        k, end = org.span.end + 1, min(len(doc), org.span.end + 9)
        hit = None
        while k < end and hit is None and doc[k].text not in (",", ".", ";", ":"):
            hit = next((k + len(w) for w in COMPOSITION_PHRASES if tuple(low[k:k + len(w)]) == w), None)
            k += 1
        if hit is None:
            continue
        first = next((a for a in ctx.args if hit <= a.np_start <= hit + 2 and a.keys and a.kind == "name"), None)
        if first is None:
            continue
        members = conjuncts(ctx.args, first)
        opener = doc[org.span.end].text
        if opener != ",":
            # between dashes or brackets the list runs to the closing one
            closer = next((t.i for t in doc[hit:org.span.end + 40] if t.text == (")" if opener == "(" else opener)
                           or t.is_sent_end), None)
            members = [a for a in ctx.args if closer is not None and hit <= a.span.start < closer and
                       a.kind == "name" and a.keys]
        for m in members:
            if m.keys and etype(ctx, m.keys[0]) in ("Country", "Organization", "Group") and m.keys[0] != org.keys[0]:
                make_fact(ctx, m.keys[0], "memberOf", org.keys[0], "asserted", hit - 1, trigger=doc[hit - 1].text)


SUPPORTER_NOUNS = word_class("supporter_noun")
ADMISSION_VERBS = word_class("admission_verb")
NEW_WORDS = word_class("new_word")
ADMIT_VERBS = word_class("admit_verb")
COPULAS = {"sein", "bleiben", "be", "remain"}


def supporter_predicate(ctx: Ctx, c: Clause) -> None:
    """"el-Sisi is a long-standing backer of Haftar", "Belarus ist ein enger Verbündeter Russlands":
    the subject supports the one named after the noun."""
    if c.lemma not in COPULAS:
        return
    doc = ctx.doc
    for t in c.toks(doc):
        if t.lower_ not in SUPPORTER_NOUNS or t.pos_ != "NOUN":
            continue
        target = next((a for a in clause_args(ctx, c) if a.span.start in (t.i + 1, t.i + 2, t.i + 3) and
                       a.marker in ("gen", "of", "von") and a.keys and etype(ctx, a.keys[0]) in ACTOR), None)
        if target is None:
            continue
        agents, _ = subject_keys(ctx, c)
        mod = modality_for(ctx, c, "supports")
        for x in agents:
            if x != target.keys[0] and etype(ctx, x) in ACTOR:
                make_fact(ctx, x, "supports", target.keys[0], mod, t.i, trigger=t.text)


def supporter_apposition(ctx: Ctx, c: Clause) -> None:
    """"The United States, Israel's closest ally, …", "Belarus, ein enger Verbündeter Russlands,":
    a name with a backer noun in apposition supports the one the noun names."""
    doc = ctx.doc
    for t in c.toks(doc):
        if t.lower_ not in SUPPORTER_NOUNS or not (t.pos_ == "NOUN" or t.text[:1].isupper() and ctx.lang == "de"):
            continue   # (HanTa tags "Verbündeter" as an adjective)
        k, owner = t.i - 1, None
        while k > c.start and t.i - k <= 6 and (
                doc[k].pos_ in ("ADJ", "DET", "ADV", "PROPN") or doc[k].tag_ in ("ADJA", "ART", "POS", "PPOSAT")):
            if doc[k].tag_ == "POS" or doc[k].text in ("'s", "’s"):
                owner = next((a for a in ctx.args if a.span.end == k and a.keys), None)
            k -= 1
        if doc[k].text != ",":
            continue
        named = next((a for a in ctx.args if a.span.end == k and a.keys and a.kind == "name"), None)
        target = owner or next((a for a in ctx.args if a.span.start in (t.i + 1, t.i + 2, t.i + 3) and a.keys and (
            a.marker in ("gen", "of", "von") or ctx.lang == "de" and a.span.start == t.i + 1)), None)
        if named is None or target is None or named.keys[0] == target.keys[0] or \
                etype(ctx, named.keys[0]) not in ACTOR or etype(ctx, target.keys[0]) not in ACTOR:
            continue
        make_fact(ctx, named.keys[0], "supports", target.keys[0], "asserted", t.i, trigger=t.text)


def _member_noun(ctx: Ctx, a: Arg) -> Optional[tuple[str, int]]:
    """The noun a body's mention ends in or is followed by ("Nato-Mitglied", "NATO member"), and
    where the names it may be followed by start; None if there is no such noun."""
    if a.kind == "modifier" and "-" in a.span.text:       # German compound
        return a.span.text.rsplit("-", 1)[1].lower(), a.span.end
    if a.kind == "name" and a.span.end < len(ctx.doc):    # "NATO member Finland"
        return ctx.doc[a.span.end].lower_, a.span.end + 1
    return None


def _member_of(ctx: Ctx, a: Arg) -> Optional[int]:
    """The token of a member noun that makes ``a`` the body someone belongs to: "Nato-Mitglied",
    "NATO member", "EU-Staat"; None if there is none or the members are named right after it."""
    found = _member_noun(ctx, a) if a.keys and etype(ctx, a.keys[0]) == "Organization" else None
    if found is None or found[0] not in MEMBER_NOUNS or any(b.span.start == found[1] for b in ctx.args):
        return None
    return found[1] - 1


def member_predicate(ctx: Ctx, c: Clause) -> None:
    """"Ungarn ist Nato-Mitglied", "Hungary is a NATO member"; "Ungarn hat als letztes Nato-Land
    zugestimmt", "As an EU member, Hungary …": the subject belongs to the body."""
    doc = ctx.doc
    for a in clause_args(ctx, c):
        end = _member_of(ctx, a)
        if end is None:
            continue
        k = a.span.start - 1
        while k > c.start and (doc[k].pos_ in ("DET", "ADJ", "NUM", "ADV", "PART") or
                               doc[k].tag_ in ("ART", "ADJA", "CARD", "ADV", "PTKNEG")) and doc[k].lower_ not in ("als", "as"):
            k -= 1   # over "kein", "not a", "seit Langem ein"
        if doc[k].lower_ in ("als", "as"):
            if c.lemma in ADMISSION_VERBS or any(t.lower_ in NEW_WORDS for t in doc[k:a.span.start]):
                continue   # "als 32. Mitglied aufgenommen", "as a new member": not yet, or only now
            mod = "asserted"
        elif c.lemma in COPULAS and k in (c.finite, c.lexical):
            mod = modality_for(ctx, c, "memberOf")
        else:
            continue
        members, _ = subject_keys(ctx, c)
        for x in members:
            if x != a.keys[0] and etype(ctx, x) in ("Country", "Organization"):
                make_fact(ctx, x, "memberOf", a.keys[0], mod, end, trigger=doc[a.span.start:end + 1].text)


def admission(ctx: Ctx, c: Clause) -> None:
    """"Die Nato nahm Schweden auf", "Schweden wurde in die Nato aufgenommen", "the SCO admitted
    Belarus", "has expanded to include India": the state admitted is a member of the body."""
    if c.lemma not in ADMIT_VERBS:
        return
    cargs = clause_args(ctx, c)
    subj, _ = subject_keys(ctx, c)
    if c.passive:
        bodies = [k for a in cargs if a.marker in ("in", "in.acc", "to", "into") for k in a.keys]
        members = subj or [k for a in cargs if a.marker == "subjpass" for m in conjuncts(ctx.args, a) for k in m.keys]
    else:
        bodies = subj
        members = [k for a in cargs if a.marker in ("obj", "acc") for m in conjuncts(ctx.args, a) for k in m.keys]
    bodies = [k for k in bodies if etype(ctx, k) == "Organization"]
    members = [k for k in members if etype(ctx, k) == "Country"]
    if len(bodies) != 1 or not members:
        return
    mod = modality_for(ctx, c, "memberOf")
    for m in members:
        make_fact(ctx, m, "memberOf", bodies[0], mod, c.lexical if c.lexical is not None else c.start,
                  trigger=c.lemma)


MINISTRY_ROLES = {"foreign_minister", "defence_minister", "interior_minister", "finance_minister", "economy_minister"}


HEAD_PHRASES = {lang: {tuple(p.split()) for p in word_class("head_phrase", lang)} for lang in ("de", "en")}
GOVERNMENT_NOUNS = {"regierung", "government"}
SUCCESSOR_NOUNS = word_class("successor_noun")
HEAD_VERBS = word_class("head_verb")


def at_the_head(ctx: Ctx, c: Clause) -> None:
    """"Stoltenberg steht an der Spitze der Nato", "seit Tusk an der Spitze der polnischen
    Regierung steht", "at the helm of the party": the subject leads the body; "Nachfolger von X
    an der Spitze der Nato": X leads it, and the subject may (with the clause's modality)."""
    doc = ctx.doc
    toks = list(c.toks(doc))
    cargs = clause_args(ctx, c)
    for i in range(len(toks)):
        phrase = next((p for p in HEAD_PHRASES.get(ctx.lang, ()) if tuple(x.lower_ for x in toks[i:i + len(p)]) == p), None)
        if phrase is None or i + len(phrase) >= len(toks):
            continue
        spitze = toks[i + len(phrase) - 1]   # the phrase's head word ("Spitze", "helm")
        body = next((a for a in cargs if a.keys and (
            a.head == spitze.i and a.marker in ("gen", "of") or
            a.kind == "adj" and a.head is not None and doc[a.head].lower_ in GOVERNMENT_NOUNS and
            0 < a.span.start - spitze.i <= 3)), None)
        if body is None or etype(ctx, body.keys[0]) not in ("Country", "Organization"):
            return
        org = body.keys[0]
        if body.head is not None and doc[body.head].lower_ in GOVERNMENT_NOUNS or "government-of-" in org:
            org = _state_of(ctx, org) or org   # the head of a government leads its country
        before = doc[max(c.start, spitze.i - 8):spitze.i - 2]
        successor = next((x for x in before if x.lower_ in SUCCESSOR_NOUNS), None)
        if successor is None and c.lemma not in HEAD_VERBS and not (
                ctx.lang == "de" and any(x.tag_.startswith(("VA", "VV")) and x.lemma_.lower() in HEAD_VERBS
                                         for x in toks)):   # ("dürfte … an der Spitze … werden")
            return   # ("wished him success at the head of Senegal": not the subject's place)
        people = [k for k in subject_keys(ctx, c)[0] if etype(ctx, k) == "Person"]
        # (asked "an der Spitze der Regierung zu bleiben": one stays where one is)
        mod = "asserted" if c.lemma in ("bleiben", "remain", "stay") else modality_for(ctx, c, "leaderOf")
        if successor is not None:
            # ("Nachfolger von Stoltenberg an der Spitze der Nato": the one succeeded holds it now)
            held = [k for a in cargs if a.marker in ("von", "of") and a.keys and
                    successor.i < a.span.start < spitze.i for k in a.keys if etype(ctx, k) == "Person"]
            for k in held:
                make_fact(ctx, k, "leaderOf", org, "asserted", spitze.i, trigger=spitze.text)
            mod = "hypothetical" if mod == "asserted" else mod
        for k in people:
            make_fact(ctx, k, "leaderOf", org, mod, spitze.i, trigger=spitze.text)
        return


def role_predicate(ctx: Ctx, c: Clause) -> None:
    """"Lindner ist nicht mehr Finanzminister", "Sie bleibt Parteichefin": the subject holds (or,
    negated, no longer holds) the office the bare title names. A negated office outweighs the
    titles the article gave the person before: they held it, they do not now."""
    if c.lemma not in COPULAS:
        return
    doc = ctx.doc
    m = _mentions_for(ctx.lang)
    for s in doc.spans.get("kg_mentions", []):
        r = s._.kg_role
        if not c.contains(s.start) or s._.kg_kind not in ("role", "compound") or r is None or \
                not r.relation or not m.predicate_title(doc, s):
            continue
        people, _ = subject_keys(ctx, c)
        spans = list(doc.spans.get("kg_mentions", []))
        named = m._title_org(doc, s, {x.end: x for x in spans}, spans)   # "Parteichef der SPD"
        for person in [p for p in people if etype(ctx, p) == "Person"]:
            org = None if named == r.org else named
            if org is None and r.role in MINISTRY_ROLES:
                known = gazetteer().entries.get(person)
                org = known.country if known is not None else None
            org = m.role_org(r, org or m.role_default(r, person))
            if org is None or org == person:
                continue
            mod = modality_for(ctx, c, r.relation)
            if any(t.lower_ in ("nicht", "kein", "keine", "not", "no") for t in doc[max(c.start, s.start - 4):s.start]):
                mod = "negated"   # "is no longer prime minister"
            make_fact(ctx, person, r.relation, org, mod, s.start, trigger=s.text)
            if mod == "negated":
                ctx.facts[:] = [f for f in ctx.facts if not (
                    f.subject.key == person and f.relation == r.relation and f.object.key == org and
                    f.modality == "asserted")]


PERMIT_VERBS = word_class("permit_verb")
REFUSAL_VERBS = word_class("refusal_verb")


def refused_permission(ctx: Ctx, c: Clause) -> None:
    """"has refused to let Kyiv fire ATACMS", "weigerte sich, der Ukraine … zu erlauben":
    refusing someone leave to act rejects what they ask."""
    if c.kind != "inf" or c.parent is None or c.lemma not in PERMIT_VERBS:
        return
    p = ctx.clauses[c.parent]
    if p.lemma not in REFUSAL_VERBS:
        return
    agents, _ = subject_keys(ctx, p)
    # the one let: the object ("der Ukraine … zu erlauben", "allow Ukraine to"), or the subject
    # of the bare infinitive a parser hangs on "let" ("let Kyiv fire")
    own = clause_args(ctx, c)
    allowed = [a for a in own + [b for b in ctx.args if b not in own] if a.keys and
               etype(ctx, _as_actor(a.keys[0])) in ACTOR | {"Person"} and (
                   a in own and a.marker in ("obj", "dat", "acc") or a.marker == "subj" and ctx.doc._.kg_has_parse and
                   a.head is not None and ctx.doc[a.head].head.i == c.lexical)][:1]
    keys = [_as_actor(k) for m in conjuncts(ctx.args, allowed[0]) for k in m.keys] if allowed else []
    mod = "negated" if p.negated else modality_for(ctx, p, "rejects")
    for x in [_as_actor(k) for k in agents]:
        for o in keys:
            if o != x:
                make_fact(ctx, x, "rejects", o, mod, c.lexical, trigger=ctx.doc[p.lexical].text)


def invitation(ctx: Ctx, c: Clause) -> None:
    """"lud Putin nach Peking ein", "invited Carney to Washington": the guest will visit."""
    if c.lemma not in ("einladen", "invite") or any(
            tr.relation == "visits" for t in c.toks(ctx.doc) for tr in lexicon().noun(ctx.lang, t.text, t.lemma_)):
        return  # "zu einem Besuch in X" is read from the noun
    cargs = clause_args(ctx, c)
    guests = [a for a in cargs if a.marker in ("obj", "acc", "dobj") and a.keys and
              etype(ctx, a.keys[0]) in ("Person", "Country")]
    places = [a for a in cargs if a.marker in ("nach", "to", "in.acc") and a.keys and
              etype(ctx, a.keys[0]) in PLACE]
    if guests and not places:
        # "invited Yoon to the G7 summit in Hiroshima", "zum Gipfel in Kasan": where the event is held
        places = [a for a in cargs if a.marker in ("in", "in.dat") and a.keys and etype(ctx, a.keys[0]) in PLACE
                  and guests[0].span.end <= a.span.start and any(
                      t.lower_ in ("to", "zu", "zum", "zur") for t in ctx.doc[guests[0].span.end:a.span.start])]
    if not guests or not places:
        return
    trig = Trigger(ctx.lang, c.lemma, "verb", "visits", (), frozenset())
    mod = modality_for(ctx, c, "visits", trig=trig)
    emit(ctx, c, trig, [(g, p) for a in conjuncts(ctx.args, guests[0]) for g in a.keys
                        for p in places[0].keys], "planned" if mod == "asserted" else mod, c.lexical)


ENVOY_VERBS = word_class("envoy_verb")


def envoys(ctx: Ctx, c: Clause) -> None:
    """"Putin reiste nicht nach Indien, sondern schickte Außenminister Lawrow", "sent his foreign
    minister to Beijing": the person sent goes there (where the clause says, else where the trip
    just reported was headed)."""
    if c.lemma not in ENVOY_VERBS or c.negated:
        return
    cargs = clause_args(ctx, c)
    doc = ctx.doc
    first = c.start + (doc[c.start].lower_ in ("und", "sondern", "aber", "doch"))
    v1 = ctx.lang == "de" and c.finite == first and c.parent is None
    # ("…, sondern schickte Außenminister Lawrow": verb first, the noun phrase after it is the object)
    sent = [a for a in cargs if (a.marker in ("obj", "acc", "dobj") or v1 and a.marker == "subj") and a.keys
            and etype(ctx, a.keys[0]) == "Person" and a.kind in ("name", "role")]
    if not sent:
        return
    dest = [a.keys[0] for a in cargs if a.marker in ("nach", "to", "in.acc") and a.keys and
            etype(ctx, a.keys[0]) in PLACE]
    if not dest:
        recent = [f for f in _recent_facts(ctx, c, {"visits"}, sentences=2) if f.subject.key not in sent[0].keys]
        dest = [recent[-1].object.key] if recent else []
    if not dest:
        return
    trig = Trigger(ctx.lang, c.lemma, "verb", "visits", (), frozenset({"place"}))
    mod = modality_for(ctx, c, "visits", trig=trig)
    emit(ctx, c, trig, [(k, dest[0]) for m in conjuncts(ctx.args, sent[0]) for k in m.keys], mod, c.lexical)


def _between_pairs(keys: list[str], rel: str) -> list[tuple[str, str]]:
    """"Gespräche zwischen X und Y": one pair; "der Krieg zwischen X und Y": each against the other."""
    pairs = [(x, y) for i, x in enumerate(keys) for y in keys[i + 1:]]
    return pairs if rel in SYMMETRIC else pairs + [(y, x) for x, y in pairs]


def _attribute_args(ctx: Ctx, cargs: list[Arg], noun: Token) -> list[Arg]:
    """Mentions attached to an event noun: genitive, possessive, adjective ("russischer Angriff")."""
    doc = ctx.doc
    return [a for a in cargs if a.marker in ("gen", "poss", "mod") and a.span.start != noun.i and
            (a.head == noun.i or a.head is not None and doc._.kg_has_parse and a.head < noun.i and
             doc[a.head].dep_ in ("compound", "nummod", "nmod") and doc[a.head].head.i == noun.i)]
    # ("Russia's two-month siege": the parser may hang the owner on the compound)


PRESUPPOSING_PREPS = word_class("presupposing_prep")


def _demanded_of(ctx: Ctx, c: Clause, noun: int) -> list[str]:
    """"wies Forderungen aus der EU zurück, Indien solle seine Ölkäufe drosseln": the subject of the
    demand reported right after it, after a comma (with a modal of obligation or "dass"/"that")."""
    doc = ctx.doc
    for d in ctx.clauses:
        if d.index != c.index and noun < d.start <= noun + 10 and doc[d.start - 1].text == "," and (
                d.modal in ("sollen", "müssen", "should", "must") or d.subordinator in ("dass", "that")):
            subj, _ = subject_keys(ctx, d)
            return [k for k in subj if etype(ctx, k) in ACTOR]
    return []


def _presupposing_prep(ctx: Ctx, c: Clause, noun: Token) -> bool:
    p = _governing_prep(ctx, c, noun)
    if p is None or ctx.lang == "en" and p.lower_ == "of":
        # "seit Beginn des russischen Angriffskriegs", "since the start of the war": the event
        # is the genitive of the phrase's noun
        head = _genitive_head(ctx, c, noun)
        p = _governing_prep(ctx, c, head) if head is not None else p
    if p is None:
        return False
    if p.lower_ in PRESUPPOSING_PREPS:
        return True
    # "because of", "due to", "in view of": the word before the preposition
    return p.i > 0 and f"{ctx.doc[p.i - 1].lower_} {p.lower_}" in PRESUPPOSING_PREPS


def _genitive_head(ctx: Ctx, c: Clause, noun: Token) -> Optional[Token]:
    """The noun whose genitive attribute the event noun is ("Beginn des Krieges", "the start of
    the war"), if any."""
    doc = ctx.doc
    if doc._.kg_has_parse:
        if noun.dep_ == "ag" and noun.head.pos_ == "NOUN":
            return noun.head
        if noun.dep_ == "pobj" and noun.head.lower_ == "of" and noun.head.head.pos_ == "NOUN":
            return noun.head.head
        return None
    k = noun.i - 1
    while k > c.start and doc[k].tag_ in ("ADJA", "CARD", "ADV", "PIDAT"):
        k -= 1
    if k > c.start and doc[k].lower_ in ("des", "der") and doc[k - 1].tag_ == "NN":
        return doc[k - 1]
    return None


def _governing_prep(ctx: Ctx, c: Clause, noun: Token) -> Optional[Token]:
    """The preposition whose phrase holds the event noun, if any."""
    doc = ctx.doc
    if doc._.kg_has_parse:
        h = noun
        while h.dep_ == "conj":
            if h.head.pos_ in ("PROPN", "NUM"):
                return None   # "a round between June 20 and 30 as well as a meeting": misattached
            h = h.head
        if h.dep_ in ("pobj", "nk") and h.head.pos_ == "ADP":
            p = h.head
            if p.lower_ == "of" and p.head.dep_ in ("dobj", "nsubj", "nsubjpass") and (
                    p.head.lower_ in QUANTITY_HEADS or p.head.pos_ == "NUM"):
                return None   # "carried out dozens of strikes": the quantity is the verb's object
            if p.lower_ == "of" and p.head.lower_ in TIME_UNITS and p.head.dep_ == "pobj" and p.head.head.pos_ == "ADP":
                return p.head.head   # "after two days of talks": the phrase the span of time is in
            return p
        return None
    k = noun.i - 1
    while k >= c.start and doc[k].tag_ in (
            "ART", "ADJA", "ADJD", "PIAT", "PPOSAT", "CARD", "ADV", "PIDAT", "$(", "PRELAT", "PDAT"):
        k -= 1
    if k > c.start and doc[k].lower_ in TIME_UNITS:
        # "nach 48 Stunden intensiver Verhandlungen": the phrase the span of time is in
        k -= 1
        while k >= c.start and doc[k].tag_ in ("ART", "ADJA", "CARD", "ADV", "PIAT"):
            k -= 1
    if k >= c.start and doc[k].tag_ in ("APPR", "APPRART"):
        return doc[k]
    return None


QUANTITY_HEADS = word_class("quantity_head")
COMPOUND_OBJECT_RELATIONS = {"visits", "providesAidTo", "supports", "sanctions", "attacks", "invades"}


def _prep_object(ctx: Ctx, c: Clause, prep: Token) -> bool:
    """A "vor" phrase after a verb of fearing or warning is its object, not a time: "warnte vor
    einer Offensive" (but "Vor dem Treffen warnte er …")."""
    return prep.lower_ == "vor" and c.lexical is not None and c.finite is not None and \
        prep.i > c.finite and lexicon().cue(ctx.lang, "governor", c.lemma or "") == "hypothetical"


def _realising(lang: str, lemma: Optional[str]) -> bool:
    """A support verb that says the event took place ("verhängte", "imposed"), not one that
    plans, fears or cancels it."""
    return bool(lemma) and lemma in LIGHT_VERBS and not any(
        lexicon().cue(lang, kind, lemma) for kind in ("governor", "modal"))


def _participle_clause(ctx: Ctx, noun: Token) -> Optional[Clause]:
    """"the sanctions imposed by the US on Iran": the reduced relative clause of a support
    verb on the event noun, whose arguments are the event's."""
    for ch in noun.children:   # (only with a parse; a blank pipeline gives no children)
        if ch.dep_ != "acl" or ch.tag_ != "VBN":
            continue
        cl = next((x for x in ctx.clauses if x.lexical == ch.i), None)
        if cl is not None and cl.kind == "rel" and not cl.passive and not cl.aux and \
                _realising(ctx.lang, f"{cl.lemma} {cl.particle}" if cl.particle else cl.lemma):
            return cl
    return None


def _participle_agent(ctx: Ctx, c: Clause, noun: Token, cargs: list[Arg]) -> Optional[Arg]:
    """"die von den USA verhängten Sanktionen": the agent of an event noun told in a German
    participle attribute of a support verb."""
    if ctx.lang != "de":
        return None
    doc = ctx.doc
    k = noun.i - 1
    while k > c.start and doc[k].tag_ == "ADJA" and not participle_lemma(doc[k].text):
        k -= 1   # "die von der EU verhängten neuen Sanktionen"
    if k <= c.start or doc[k].tag_ != "ADJA" or not _realising(ctx.lang, participle_lemma(doc[k].text)):
        return None
    for a in sorted(cargs, key=lambda a: -a.span.start):
        if a.marker in ("von", "vom") and a.keys and a.span.end <= k and k - a.span.end <= 4 and \
                not any(t.is_punct or t.tag_ in FINITE for t in doc[a.span.end:k]):
            return a
    return None


def _adjective_subject(ctx: Ctx, c: Clause, cargs: list[Arg], exclude: set[int]) -> list[str]:
    """With no subject named: a national adjective or an owner on the clause's subject noun acts
    ("keine amerikanischen Soldaten", "Hamas fighters", "Taiwan's government", "US officials held
    talks"); the arguments taken are added to ``exclude``."""
    doc = ctx.doc
    agents: list[str] = []
    adj = [a for a in cargs if (a.kind == "adj" and a.via in (None, "subj") or
                                a.kind == "modifier" and a.via is None and _first_phrase(ctx, c, a) or
                                a.kind == "name" and a.marker == "mod" and a.via == "subj" or  # "Hamas fighters"
                                a.kind == "name" and a.marker == "gen" and a.via == "subj" or  # "Taiwan's government"
                                # "its jets struck …": the owner of the weapons or troops
                                a.kind == "poss" and a.head is not None and a.head < (c.finite or c.start) and
                                a.span.start >= c.start and (lexicon().is_force(ctx.lang, doc[a.head].text) or
                                                             doc[a.head].lower_ in WEAPON_HEADS) or
                                # "the government of Brazil's President Lula condemned …"
                                a.kind == "name" and a.marker == "of" and a.head is not None and
                                doc._.kg_has_parse and doc[a.head].dep_ == "nsubj" and
                                doc[a.head].head.i == c.lexical or
                                a.kind == "name" and a.marker == "gen" and a.via is None and
                                a.head is not None and (a.head < (c.finite or c.start) or
                                                        a.span.start == (c.finite or 0) + 1 or
                                                        _opens_middle_field(ctx, c, a.head))) and
           _adj_as_argument(ctx, a, author=True)]   # "Russische Truppen …", "Israels Armee hat …"
    if adj:
        # "Russische und ukrainische Unterhändler": adjectives on one noun, each a side
        same = [a for a in adj if a.kind == "adj" and a.head == adj[0].head] if adj[0].kind == "adj" else \
            [a for a in adj if a.kind == "name" and a.marker == "mod" and a.via == "subj"] \
            if adj[0].marker == "mod" and adj[0].via == "subj" else []   # ("Druze militias and Bedouin tribes")
        if doc._.kg_has_parse and adj[0].kind == "adj":
            same += [b for b in cargs if b.kind == "adj" and b not in same and
                     doc[b.span.start].dep_ == "conj" and adj[0].span.start <= doc[b.span.start].head.i < adj[0].span.end]
        for a in same or adj[:1]:
            # ("Delegationen Israels und der Hamas": the owners coordinated too)
            group = conjuncts(ctx.args, a) if a.kind == "name" and a.marker == "gen" else [a]
            agents = agents + [k for m in group for k in m.keys if k not in agents]
            exclude |= {id(m) for m in group}
    return agents


def noun_event(ctx: Ctx, c: Clause, noun: Token, trig: Trigger,
               implicit: Optional[list[str]] = None) -> None:
    doc = ctx.doc
    if "predicative" in trig.flags and not any(t.lower_ in ("an", "auf", "on", "at", "im") and t.pos_ == "ADP"
                                               for t in doc[max(c.start, noun.i - 4):noun.i]):
        return   # "an der Seite der Ukraine", "on Ukraine's side", not "die palästinensische Seite des Übergangs"
    rel = trig.relation
    if rel == "phones" and noun.i + 1 < len(doc) and doc[noun.i + 1].lower_ == "for":
        return   # "Xi's calls for a ceasefire": a demand, not a phone call
    if c.lemma in NAMING_VERBS and c.lexical is not None and c.lexical < noun.i and \
            not any(t.pos_ == "ADP" or t.tag_ in ("APPR", "APPRART") for t in doc[c.lexical:noun.i]):
        return   # "what he called illegitimate sanctions": a name given, no one's act
    cargs = clause_args(ctx, c)
    acl = _participle_clause(ctx, noun)
    if acl is not None:
        cargs = cargs + [a for a in clause_args(ctx, acl) if a not in cargs]
    after = [a for a in cargs if a.span.start > noun.i]
    agents: list[str] = []
    exclude: set[int] = set()
    own = _attribute_args(ctx, cargs, noun)
    # a genitive after "Unterstützung"/"Einmarsch"/"Verurteilung" is what the event is about —
    # unless a support verb names the recipient ("sicherte der Ukraine die Unterstützung
    # Deutschlands zu": Germany supports)
    object_gen = "gen" in trig.objects and not (
        "dat" in trig.objects and _governing_prep(ctx, c, noun) is None and _light(c) and ctx.lang == "de" and
        any(a.marker in ("dat", "obj") and a.kind in ("name", "group") and a.span.end <= noun.i for a in cargs))
    own_agents = [a for a in own if not (object_gen and a.marker == "gen" and a.span.start > noun.i)]
    if "predicative" in trig.flags:
        own_agents = []   # "on Israel's side": the owner of the side is the one supported
    by_participle = None if own_agents else _participle_agent(ctx, c, noun, cargs)
    # "Forderungen aus Europa", "Kritik aus Peking", "the offer from Armenia": the source of a
    # word or a gift is its author
    von = [a for a in after if (a.marker in ("von", "by") or a.marker in ("aus", "from") and rel in SOURCED) and (
        a.span.start - noun.i <= (6 if acl is not None else 4) or
        # "a visit to Pyongyang in July by Sergei Shoigu": the agent after the noun's own phrases
        a.marker == "by" and a.span.start - noun.i <= 9 and
        not any(t.pos_ in ("VERB", "AUX") or t.is_punct or t.pos_ == "NOUN" and lexicon().noun(ctx.lang, t.text, t.lemma_)
                for t in doc[noun.i + 1:a.span.start]))]   # (not "in protest at a visit … by X")
    if by_participle is not None:
        von = [by_participle]
    prep = _governing_prep(ctx, c, noun)
    under = prep if prep is not None and prep.lower_ in ("under", "unter") else None
    if rel == "sanctions" and under is None:
        # ("under UN and US sanctions": a parser may hang the noun on the first owner)
        k = noun.i - 1
        while k > c.start and noun.i - k <= 6 and doc[k].lower_ not in ("under", "unter") and \
                (doc[k].pos_ in ("PROPN", "ADJ", "CCONJ", "DET", "PUNCT") or doc[k].tag_ in ("NE", "ADJA", "KON", "ART")):
            k -= 1
        under = doc[k] if doc[k].lower_ in ("under", "unter") else None
    if rel == "sanctions" and under is not None:
        # "Chérizier, who is under UN and US sanctions", "steht unter Sanktionen der USA": the
        # owners of the sanctions sanction the clause's subject
        owners = [k for a in cargs if a.keys and etype(ctx, a.keys[0]) in ACTOR and (
            under.i < a.span.start and a.span.end <= noun.i + 1 or
            a.marker == "gen" and 0 < a.span.start - noun.i <= 3) for k in a.keys]
        targets, _ = subject_keys(ctx, c)
        pairs = [(x, o) for x in owners for o in targets if x != o]
        if pairs:
            emit(ctx, c, trig, pairs, modality_for(ctx, c, rel, noun, trig), noun.i, noun=noun)
        return
    if own_agents:
        src = own_agents[0]
        if src.kind == "poss" and src.span.text[:1].islower() and \
                src.span.text.lower() not in ("dessen", "deren", "its"):
            # "sein"/"ihr" bind to a single or plural subject of their clause ("bei ihrem Treffen
            # betonten A und B"); a list of others as subject ("in seinem Gefolge waren X, Y")
            # leaves the possessive to coreference
            subj, _ = subject_keys(ctx, c)
            reflexive = subj and (len(subj) == 1 or src.span.text.lower().startswith("ihr"))
            if src.span.text.lower() in ("his", "her") and any(etype(ctx, k) != "Person" for k in subj):
                reflexive = False   # "Beijing punishes the speaker after her visit": a person's
            agents = subj if reflexive or not src.keys else src.keys
        else:
            agents = [k for m in conjuncts(ctx.args, src) for k in m.keys]
        exclude |= {id(m) for m in conjuncts(ctx.args, src)}
        # ("seines Landes": the possessive inside the owner is no second argument)
        exclude |= {id(b) for b in cargs if src.span.start <= b.span.start < src.span.end}
    elif von:
        agents = [k for m in conjuncts(ctx.args, von[0]) for k in m.keys]
        exclude |= {id(m) for m in conjuncts(ctx.args, von[0])}
    elif any(t.tag_ == "PPOSAT" or t.lower_ in ("his", "her", "their", "its")
             for t in doc[max(c.start, noun.i - 3):noun.i]) and implicit:
        # "seiner China-Reise" before its owner is named: the clause's subject
        agents, a = subject_keys(ctx, c)
        if a is not None:
            exclude |= {id(m) for m in conjuncts(ctx.args, a)}
    elif c.lemma in DEMAND_VERBS and prep is None and c.lexical is not None and noun.i != c.lexical \
            and rel not in SYMMETRIC:   # (who demands talks takes part in them)
        # "forderte von der EU Sanktionen gegen Serbien": the act would be the EU's; with no one
        # named to act, it is nobody's yet
        src = [a for a in cargs if a.marker in ("von", "from")]
        if src:
            agents = [k for m in conjuncts(ctx.args, src[0]) for k in m.keys]
            exclude |= {id(m) for m in conjuncts(ctx.args, src[0])}
        else:
            return
    elif c.lemma in ("einladen", "invite") and prep is not None and prep.lower_ in ("zu", "zum", "zur", "to", "for"):
        _invitation(ctx, c, noun, trig, cargs, after)
        return
    elif (prep is None and (_light(c) or lexicon().cue(ctx.lang, "governor", c.lemma)
                            or c.lexical is None or c.lemma in ("tell", "address") and noun.dep_ == "dobj")) or \
            (prep is not None and prep.lower_ in ("zu", "zum", "on", "im", "in", "an", "auf") and
             any(noun.lower_.endswith(p) for p in PREDICATIVE) and
             doc[noun.i - 1].lower_ not in ("anderen", "other")) or \
            (prep is not None and prep.lower_ in ("mit", "with") and (c.lemma in THREAT_VERBS or c.kind == "main" and any(
                "retaliation" in t.flags for t in lexicon().verb(ctx.lang, c.lemma)))) or \
            (prep is not None and prep.lower_ in ("for", "zu", "zum", "zur", "für") and
             rel in SYMMETRIC and (any(t.relation == "visits" for t in lexicon().verb(ctx.lang, c.lemma)) or
                                   # "Biden, who is in Mexico City for a summit with López Obrador"
                                   c.lemma in COPULAS and any(a.marker in ("in", "in.dat") and a.keys and
                                                              etype(ctx, a.keys[0]) in PLACE for a in cargs))) or \
            (prep is not None and prep.lower_ in ("from", "von", "vom") and rel == "visits" and c.lemma in RETURN_VERBS):
        # ("returned from a state visit to China": the one who returns made it)
        # "drohte mit Sanktionen": the threatened act would be the subject's; "travelled to
        # Vladivostok for a summit with Putin": the traveller takes part
        # the event noun is the object of the verb ("kündigte Gespräche an") or a predicate
        # ("ist zu Besuch in …"): its agent is the clause's subject
        agents, a = subject_keys(ctx, c)
        if not agents and prep is None and _light(c):
            # "US officials held talks with Benin": the officials' state
            agents = _adjective_subject(ctx, c, [x for x in cargs if x.span.start < noun.i], exclude)
        if not agents and c.passive and prep is not None and any(
                "passive-agent" in t.flags for t in lexicon().verb(ctx.lang, c.lemma)):
            # "Marcos is expected in Washington for a summit with Biden": the one expected comes
            a = next((x for x in cargs if x.marker in ("subjpass", "subj") and x.keys), None)
            agents = [k for m in conjuncts(ctx.args, a) for k in m.keys] if a is not None else []
        if a is not None:
            exclude |= {id(m) for m in conjuncts(ctx.args, a)}
    elif prep is not None and prep.lower_ in ("of", "von", "zu", "über") and _modal_head(ctx, prep):
        # "played down the prospect of any meeting with X": the subject would meet X
        agents, a = subject_keys(ctx, c)
        if a is not None:
            exclude |= {id(m) for m in conjuncts(ctx.args, a)}
    elif prep is not None and prep.lower_ in FRAME_PREPS and (rel in SYMMETRIC or rel == "visits"):
        # "Nach einem Treffen traten A und B vor die Kameras", "in enger Abstimmung mit X"
        agents, a = subject_keys(ctx, c)
        if any(t.lower_ in ("his", "her") for t in doc[max(c.start, noun.i - 2):noun.i]) and \
                any(etype(ctx, k) != "Person" for k in agents):
            agents, a = [], None   # "Beijing punishes the speaker after her visit": hers, not Beijing's
        if a is not None:
            exclude |= {id(m) for m in conjuncts(ctx.args, a)}
        elif doc[c.start].lower_ in ("dies", "das", "this", "that"):
            # "Dies alles passiere in Abstimmung mit …, erklärte der Pentagonsprecher": the body the
            # speaker speaks for, else the agent of the events just reported
            agents = _speaker_principal(ctx, c) or list(ctx.last_any_agent)
    if not agents and rel == "visits" and c.lemma in ("sein", "be") and prep is None:
        # "Für Macron war es die erste Reise nach Berlin", "For Macron, it was his first trip to
        # Berlin": the one it was a trip for made it
        ben = next((a for a in cargs if a.marker in ("für", "for") and a.keys and a.span.start < noun.i and
                    etype(ctx, a.keys[0]) in ACTOR | {"Person"}), None)
        if ben is not None:
            agents = [k for m in conjuncts(ctx.args, ben) for k in m.keys]
            exclude |= {id(m) for m in conjuncts(ctx.args, ben)}
    if not agents and rel == "deploys" and "predicative" in trig.flags:
        # "In Litauen sind 1000 deutsche Soldaten im Einsatz", "… Soldaten der Bundeswehr": the
        # owner of the forces the clause is about
        owners = [a for a in cargs if a.keys and a.head is not None and a.span.start < noun.i and
                  (a.kind == "adj" and a.via in (None, "subj") or a.marker == "gen") and
                  lexicon().is_force(ctx.lang, doc[a.head].text) and etype(ctx, a.keys[0]) in ACTOR]
        agents = [k for a in owners[:1] for k in a.keys]
    if not agents and ("zwischen" in trig.objects or "between" in trig.objects):
        # "Die Gespräche zwischen X und Y scheiterten": the phrase names both sides
        betw = [a for a in after if a.marker in ("zwischen", "between") and a.span.start - noun.i <= 3]
        if betw:
            ks = [k for m in conjuncts(ctx.args, betw[0]) for k in m.keys]
            emit(ctx, c, trig, _between_pairs(ks, rel),
                 modality_for(ctx, c, rel, noun, trig, governed=prep is None), noun.i, noun=noun)
            return
    so = spk = None
    if not agents and rel in SYMMETRIC and prep is None and _says_occurrence(ctx, c):
        # (only "ein Treffen … sei geplant / finde statt": the meeting is the topic)
        so = _so_speaker(ctx, c, clause_args(ctx, c))
        spk = _clause_of_verb(ctx, c.speaker) if not c.quote and c.parent is None else None
    if not agents and rel in SYMMETRIC and prep is None and (c.parent is not None or so or spk) and not any(
            t.tag_ in ("PPOSAT", "PRP$") for t in doc[max(c.start, noun.i - 3):noun.i]):
        # "He added any meeting with X depended on …": reported talk of the speaker's own meeting
        p = ctx.clauses[c.parent] if c.parent is not None else spk
        if so is not None:
            agents = [_principal(ctx, k) or k for k in so.keys]
        elif p is not None and p.lemma in SPEECH_VERBS:
            agents, a = subject_keys(ctx, p)
            # ("Ein Treffen mit Scholz sei nicht geplant, so Peskow": the Kremlin's spokesman
            # speaks of Putin's meeting)
            agents = [_principal(ctx, k) or k for k in agents]
    if not agents and rel in ("meets", "talksWith", "negotiatesWith") and prep is None and _says_occurrence(ctx, c) and \
            not any(t.lower_ in DEFINITE for t in doc[max(c.start, noun.i - 3):noun.i]) and \
            not any(etype(ctx, k) == "Person" for a in cargs if a.span.start < noun.i for k in a.keys):
        # "Für den Abend war ein Treffen mit X geplant": the meeting of the one the report follows
        agents = _protagonist(ctx, c)
    if not agents and rel == "visits" and noun.i > 0 and doc[noun.i - 1].lower_ in ("der", "die", "the") and \
            prep is None:
        # "Begonnen hatte der Besuch in Berlin": the visit the article reports, by its visitor
        recent = [f for f in _recent_facts(ctx, c, {"visits"}, sentences=10) if f.modality == "asserted"]
        # (the visitor, not those said to go with them: "Begleitet wurde er von …")
        recent = [f for f in recent if (f.trigger or "").lower() not in ENTOURAGE]
        agents = sorted({f.subject.key for f in recent if f.start == recent[-1].start}) if recent else []
    if not agents:
        return
    if rel in SYMMETRIC | {"visits"}:
        agents = _with_companions(ctx, c, cargs, agents, exclude)
    near = [a for a in after if id(a) not in exclude and a.span.start - noun.i <= 14 and
            not (doc._.kg_has_parse and a.marker in ("in", "in.dat") and c.lexical is not None and
                 a.head == c.lexical and not _light(c)) and
            # ("Die Visite war wegen des Kriegs in Nahost umstritten": another event noun's phrase)
            not (not doc._.kg_has_parse and a.np_start - 2 > noun.i and _after_event_noun(ctx, a)) and
            # ("demanded a ceasefire in a phone call with Netanyahu": the call's partner)
            not (doc._.kg_has_parse and a.head is not None and a.head > noun.i and a.head == a.np_start - 2 and
                 _after_event_noun(ctx, a))]
    if prep is None and _light(c) and ctx.lang == "de" and c.lexical is not None and c.lexical < noun.i:
        # "Auch mit Energieminister al-Kaabi führte er Gespräche": the partner fronted before the verb
        near += [a for a in cargs if a.span.end <= c.lexical and id(a) not in exclude and a.keys and
                 a.marker in trig.objects and a.marker not in ("acc", "dat", "gen", "obj", "subj", "refl") and
                 a.keys[0] not in agents]
    # ("talks to end Sudan's war entered their third day in Switzerland": where the verb happens)
    framing = prep is not None and prep.lower_ in FRAME_PREPS and not _prep_object(ctx, c, prep)
    mod = modality_for(ctx, c, rel, noun, trig, governed=not framing)
    if von and (by_participle is not None or acl is not None and von[0] in clause_args(ctx, acl)):
        mod = "asserted"   # "the sanctions imposed by X", whatever became of them since
    if rel == "supports" and mod == "planned" and c.lemma in ASSURANCE_VERBS and not c.future and not c.modal:
        mod = "asserted"   # "sagte der Ukraine Unterstützung zu": to pledge support is to give it now
    if "zwischen" in trig.objects or "between" in trig.objects:
        betw = [a for a in near if a.marker in ("zwischen", "between")]
        if betw:
            ks = [k for m in conjuncts(ctx.args, betw[0]) for k in m.keys]
            emit(ctx, c, trig, _between_pairs(ks, rel), mod,
                 noun.i, noun=noun)
            return
    objs = match_objects(ctx, trig, near, exclude)
    if not objs and rel == "demands":
        # "renewed his demand that Russia admit responsibility", "seine Forderung, dass Russland
        # …": of the subject of the clause the noun opens
        sub = next((d for d in ctx.clauses if d.start in (noun.i + 1, noun.i + 2) and (
            d.kind == "sub" and d.subordinator in ("that", "dass") and doc[noun.i + 1:d.start].text in ("", ",") or
            # (a parser may take "that" for a relative pronoun)
            d.kind == "rel" and doc[noun.i + 1].lower_ == "that" and d.start == noun.i + 1)), None)
        arg = subject_keys(ctx, sub)[1] if sub is not None else None
        if arg is not None and arg.keys and arg.keys[0] not in agents and etype(ctx, arg.keys[0]) in ACTOR and \
                arg.span.start > noun.i:
            objs = conjuncts(ctx.args, arg)
    if not objs and rel in ("meets", "talksWith", "phones", "negotiatesWith"):
        # "talks with members of the Transitional Presidential Council", "Gespräche mit Vertretern
        # der Hamas": the body whose people they are
        objs = [a for a in near if a.marker in ("of", "gen", "von") and a.keys and id(a) not in exclude and
                etype(ctx, a.keys[0]) in ("Organization", "Group", "Country") and a.keys[0] not in agents and
                any(t.lower_ in PARTNER_NOUNS for t in doc[max(noun.i + 1, a.np_start - 3):a.np_start])][:1]
    if not objs and prep is not None and prep.lower_ in ("im", "in") and any(
            noun.lower_.endswith(p) for p in PREDICATIVE):
        # "ist mit Washington im Gespräch": the partner may stand before the predicate
        objs = match_objects(ctx, trig, [a for a in cargs if id(a) not in exclude and a.keys and
                                         a.keys[0] not in agents], exclude)
    if not objs and framing and rel in ("phones", "meets", "talksWith") and "partner" not in trig.flags:
        # "apologised to Putin in a phone call", "dankte Biden bei einem Treffen": the one the
        # act in the call or meeting is addressed to
        objs = [a for a in cargs if a.marker in ("to", "dat", "obj", "acc") and id(a) not in exclude and
                a.keys and a.keys[0] not in agents and etype(ctx, a.keys[0]) in ACTOR | {"Person"}][:1]
    if not objs and "dat" in trig.objects and prep is None and _light(c):
        # "sicherten dem Land ihre Solidarität zu": the support verb's dative is the recipient
        # (a bare name before the event noun as well: "sicherte Syrien die Unterstützung zu")
        objs = [a for a in clause_args(ctx, c) if id(a) not in exclude and a.keys and a.keys[0] not in agents and (
            a.marker == "dat" or a.marker == "obj" and a.kind == "name" and a.span.end <= noun.i)][:1]
        objs = [m for a in objs for m in conjuncts(ctx.args, a) if m.keys]   # "sicherte Dänemark und Schweden …"
    if not objs and object_gen:
        objs = [a for a in own if a.marker == "gen" and a.span.start > noun.i and id(a) not in exclude]
    if rel == "supports" and not objs:
        objs = [a for a in near if a.marker == "gen" and a.via in ("für", "for", "gen", None)][:1]
    if rel == "supports" and not objs and "predicative" in trig.flags:
        # "on Israel's side": the owner of the side
        objs = [a for a in _attribute_args(ctx, cargs, noun) if a.marker in ("gen", "poss") and a.kind == "name" and
                a.span.start < noun.i and id(a) not in exclude and not set(a.keys) & set(agents)][:1]
    if "partner" in trig.flags and not objs:
        return   # ("their joint military drills": whose, the owner's coreference may not know)
    obj_keys = implicit or _object_keys(ctx, rel, objs)   # "China-Reise": the compound says where
    if not obj_keys and rel in SYMMETRIC and len(set(agents)) == 1 and not (
            framing and noun.i + 1 < len(doc) and doc[noun.i + 1].lower_ in ("der", "des", "of")):
        # (not "beim Gipfel der Europäischen Politischen Gemeinschaft": a body's summit is no
        # meeting with whoever the article named last; nor is a ceasefire one demands one's own)
        if not any(t.relation == "demands" for t in lexicon().verb(ctx.lang, c.lemma)):
            obj_keys = _recent_partner(ctx, c, agents[0])
    if not obj_keys and rel == "providesAidTo" and agents:
        # "seine humanitäre Hilfe für die Menschen in Gaza": the people helped are there
        obj_keys = _beneficiaries_in(ctx, c, agents, exclude)
    if not obj_keys and rel == "providesAidTo" and agents and prep is None:
        obj_keys = _topic_recipient(ctx, c, agents, noun)   # "kündigte die Lieferung von 31 Kampfpanzern an"
    if not obj_keys and "place-implicit" in trig.flags:
        sent = noun.sent
        cities = [a for a in ctx.args if a.keys and sent.start <= a.span.start < noun.i
                  and etype(ctx, a.keys[0]) == "City" and a.keys[0] not in agents]
        obj_keys = cities[-1].keys[:1] if cities else []
    if not obj_keys and rel == "threatens":
        obj_keys = _retaliation_target(ctx, c, agents, "retaliation" in trig.flags)   # "kündigte Vergeltung an"
    if "retaliation" in trig.flags and (mod == "planned" or mod == "hypothetical" and c.lemma in THREAT_VERBS) \
            and not _demanded(ctx, c):
        mod = "asserted"   # announcing retaliation ("drohte mit Rache") is a threat made now
    if not obj_keys and rel in ("attacks", "invades") and not (
            len(set(agents)) >= 2 and any(t.lower_ in ("sich", "einander", "gegenseitig") for t in c.toks(doc))):
        obj_keys = _defender(ctx, c, prep, agents)   # "verteidigt sich gegen den russischen Angriffskrieg"
        if obj_keys:
            mod = noun_attributes(doc, ctx.lang, noun.i) or "asserted"   # (what one defends against is real)
        else:
            # "seit Beginn des russischen Angriffskriegs": against whom, the rest of the article says
            if mod == "asserted":
                ctx.cache.setdefault("wars", []).append((c, noun, trig, list(agents), mod))
            return
    if not obj_keys and rel in SYMMETRIC and len(set(agents)) >= 2:
        pairs = [(x, y) for i, x in enumerate(agents) for y in agents[i + 1:]]
    elif not obj_keys and "refl" in trig.objects and len(set(agents)) >= 2 and _light(c) and any(
            t.lower_ in ("sich", "einander", "gegenseitig") for t in c.toks(doc)):
        # "Thailand und Kambodscha liefern sich Gefechte": each fights the other
        pairs = [(x, y) for x in agents for y in agents if x != y]
    else:
        pairs = [(x, o) for x in agents for o in obj_keys]
    if rel == "providesAidTo" and prep is None and c.lemma in ASSURANCE_VERBS and not c.future and \
            not c.modal and c.kind != "inf" and mod in ("asserted", "planned"):
        # "sicherte der Ukraine Hilfe zu": the pledge is support given now (the aid itself is
        # the verb's planned delivery)
        trig, mod = Trigger(trig.lang, trig.lemma, trig.pos, "supports", trig.objects, trig.flags), "asserted"
    emit(ctx, c, trig, pairs, mod, noun.i, noun=noun)


DEFENCE_VERBS = word_class("defence_verb")


def _defender(ctx: Ctx, c: Clause, prep: Optional[Token], agents: list[str]) -> list[str]:
    """Who defends themselves, or is protected, against an attack with no target named ("die
    Ukraine müsse sich gegen den russischen Angriff verteidigen", "schützen ukrainische Städte
    gegen russische Luftangriffe")."""
    if prep is None or prep.lower_ not in ("gegen", "against") or c.lemma not in DEFENCE_VERBS:
        return []
    cargs = clause_args(ctx, c)
    objs = [a for a in cargs if a.marker in ("acc", "obj", "dobj") and a.keys and a.span.end <= prep.i]
    keys = [k for a in objs[:1] for k in a.keys] or subject_keys(ctx, c)[0]
    return [_as_actor(k) for k in keys if _as_actor(k) not in agents and etype(ctx, k) in PLACE | ACTOR]


def background_wars(ctx: Ctx) -> None:
    """Wars and attacks told with their author only ("des russischen Angriffskriegs") are
    against the one state the article says that author attacks (the state of the places hit)."""
    for c, noun, trig, agents, mod in ctx.cache.get("wars", []):
        counts: dict[str, int] = {}
        for f in ctx.facts:
            if f.relation in ("attacks", "invades") and f.subject.key in agents and f.modality == "asserted":
                o = f.object.key if etype(ctx, f.object.key) == "Country" else home_country(f.object.key)
                if o and o not in agents:
                    counts[o] = counts.get(o, 0) + 1
        ranked = sorted(counts.items(), key=lambda kv: (-kv[1], kv[0]))
        if ranked and (len(ranked) == 1 or ranked[0][1] > ranked[1][1]):
            emit(ctx, c, trig, [(x, ranked[0][0]) for x in agents], mod, noun.i, noun=noun)
        elif not ranked:
            # the article says nothing: the war its author wages on the article's date
            targets = {x: _war_target(x, ctx.article.date) for x in agents}
            emit(ctx, c, trig, [(x, t) for x, t in targets.items() if t], mod, noun.i, noun=noun)


@lru_cache(maxsize=1)
def _wars() -> list[dict[str, str]]:
    return read_table("gazetteer/wars.tsv")


def _war_target(aggressor: str, date: Optional[str]) -> Optional[str]:
    """The state the aggressor wages a war of aggression on at ``date`` (``data/gazetteer/wars.tsv``)."""
    day = (date or "")[:10]
    hits = [r["target"] for r in _wars() if r["aggressor"] == aggressor and day and r["start"] <= day and
            (not r["end"] or day <= r["end"])]
    return hits[0] if len(hits) == 1 else None


HOST_VERBS = word_class("host_verb")
NAMING_VERBS = word_class("naming_verb")


def _dateline_city(ctx: Ctx) -> Optional[str]:
    """The city of the article's first wire dateline ("PRETORIA, Jan 23 (Reuters) -")."""
    if "dateline" not in ctx.cache:
        doc, city = ctx.doc, None
        for start, end in datelines(doc)[:1]:
            k = start
            while k < end and doc[k].text.isupper() and doc[k].text.replace(".", "").isalpha():
                k += 1
            e = gazetteer().lookup(doc[start:k].text.title()) if k > start else None
            city = e.key if e is not None and e.type == "City" else None
        ctx.cache["dateline"] = city
    return ctx.cache["dateline"]


def _hosted(ctx: Ctx, c: Clause, trig: Trigger, hosts: list[str], guests: list[str], cargs: list,
            exclude: set, mod: str) -> None:
    """"Biden hosted Kishida and Yoon at Camp David": the guests came to the place and, two
    received together, met each other."""
    # ("welcomed Sudani to the White House": the place the guest is welcomed to)
    places = [a for a in cargs if a.marker in ("in", "in.dat", "at", "an", "to") and a.keys and
              _place_like(ctx, a.keys[0]) and id(a) not in exclude and a.keys[0] not in guests]
    visit = Trigger(trig.lang, trig.lemma, trig.pos, "visits", (), frozenset())
    if places:
        emit(ctx, c, visit, [(g, places[0].keys[0]) for g in guests if etype(ctx, g) == "Person"], mod, c.lexical)
    elif hosts and not any(a.keys and etype(ctx, a.keys[0]) in PLACE for a in clause_args(ctx, c)):
        # "PRETORIA, Jan 23 - … as she welcomed Lavrov": with no place said, a host received the
        # guest in the city the report was filed from, when it is in the host's country
        city = _dateline_city(ctx)
        if city is not None and all(_titled_home(ctx, h) == home_country(city) for h in hosts):
            emit(ctx, c, visit, [(g, city) for g in guests if etype(ctx, g) == "Person" and _abroad(ctx, g, city)],
                 mod, c.lexical)
    people = [g for g in guests if etype(ctx, g) == "Person"]
    if len(people) == 2:
        # (a delegation of three or more received together travelled together: that they met
        # each other is no news)
        emit(ctx, c, trig, [(people[0], people[1])], mod, c.lexical)


THREAT_VERBS = word_class("threat_verb")
THREAT_PARTICIPLES = word_class("threat_participle")


def _recent_destination(ctx: Ctx, c: Clause) -> list[str]:
    """Where troops named without a destination go: where the deployment reported in this or
    the three sentences before goes."""
    recent = _recent_facts(ctx, c, {"deploys"})
    return [recent[-1].object.key] if recent else []


def _conditional_actor(ctx: Ctx, c: Clause, agents: list[str]) -> list[str]:
    """"Iran warned it would not stand idle if Israel widened the conflict": a warning is aimed
    at whoever the condition in the same sentence is about."""
    sent = ctx.doc[c.start].sent
    for o in ctx.clauses:
        if o is c or not (sent.start <= o.start < sent.end):
            continue
        if o.kind == "cond" or o.subordinator in CONDITIONAL_SUBORDINATORS:
            keys, _ = subject_keys(ctx, o)
            if not keys:
                # "if NATO countries allowed …": a body named on its people
                keys = [k for a in clause_args(ctx, o) if a.kind in ("name", "adj") and a.marker == "mod"
                        and a.via == "subj" for k in a.keys]
            keys = [_as_actor(k) for k in keys if k not in agents and (
                etype(ctx, k) in ("Country", "Organization", "Group", "Person") or _as_actor(k) != k)]
            if keys:
                return keys
        elif o.parent == c.index and o.kind == "sub" and c.lemma in THREAT_VERBS:
            # "Yoon warned that any provocation by Pyongyang would be met with a response": the
            # author of the act the warning is about
            keys = [_as_actor(k) for a in clause_args(ctx, o) if a.marker == "by" for k in a.keys if k not in agents]
            if keys:
                return keys
    return []


HOSTILE = {"attacks", "invades", "sanctions", "accuses", "criticizes", "threatens", "deploys"}


def _sides(ctx: Ctx, agents: list[str]) -> set[str]:
    """The agents and the states and bodies they act for ("die russische Regierung", "Moskau",
    Peskov speaking for Russia, Vučić leading Serbia)."""
    sides = set(agents)
    g = gazetteer()
    for k in agents:
        e = g.entries.get(k)
        if e is not None:
            sides |= {x for x in (e.country, e.parent, g.capitals.get(k)) if x}
    for person, rel, org, *_ in ctx.doc._.kg_standing or []:
        if person in agents and rel in ("leaderOf", "spokespersonOf"):
            sides.add(org)
            e = g.entries.get(org)
            if e is not None and e.country:
                sides.add(e.country)   # the spokesman of a ministry speaks for its state
    # and the people the article names as leading them ("Der Kreml wies die Vorwürfe zurück"
    # after "Biden machte Kremlchef Putin verantwortlich")
    sides |= {person for person, rel, org, *_ in ctx.doc._.kg_standing or []
              if rel == "leaderOf" and org in sides}
    return sides


def _retaliation_target(ctx: Ctx, c: Clause, agents: list[str], answer: bool = False) -> list[str]:
    """Whom a threat without an object is aimed at: the author of the latest hostile act
    against the threatening side in this or the four sentences before ("Die EU verhängte
    Sanktionen … Moskau drohte mit Gegenmaßnahmen"), or whom that side just blamed
    ("machen Israel verantwortlich und haben Vergeltung angekündigt"). An ``answer`` (a
    retaliation word: reagieren, countermeasures) may also aim at a third party's deployment
    or arms delivery; all authors of the act found are returned."""
    sides = _sides(ctx, agents)
    found, moves = [], []
    # "warned that the framework would lose its relevance if the sanctions were reimposed": an
    # act the sentence names is the one answered
    sent = ctx.doc[c.start].sent
    named = {tr.relation for x in ctx.clauses if sent.start <= x.start < sent.end and (
                 x.kind == "cond" or ctx.doc[x.start].lower_ in CONDITIONAL_SUBORDINATORS)
             for t in x.toks(ctx.doc) if t.pos_ == "NOUN" or t.tag_ == "NN"
             for tr in lexicon().noun(ctx.lang, t.text, t.lemma_)} & HOSTILE
    recent = _recent_facts(ctx, c, HOSTILE | {"accuses", "providesAidTo"}, sentences=5)
    if named:
        # (with no such act reported just before, no other act is the one answered)
        recent = [f for f in recent if f.relation in named]
    for f in recent:
        if f.relation in HOSTILE and f.object.key in sides and f.subject.key not in sides:
            found.append((f.start, f.subject.key))
        elif f.relation == "accuses" and f.subject.key in sides and f.object.key not in sides:
            found.append((f.start, f.object.key))
        elif f.relation in ("deploys", "providesAidTo") and f.modality in ("asserted", "planned") and \
                f.subject.key not in sides and f.object.key not in sides:
            # "Die Nato verlegt Truppen nach Litauen … Russland werde reagieren", arms for
            # Taiwan and China's countermeasures: a move by a third party is what one answers
            moves.append((f.start, f.subject.key))
    found = found or (moves if answer else [])
    if not found:
        return []
    last = max(start for start, _ in found)   # (all authors of that act: "the US and Britain struck")
    return sorted({k for start, k in found if start == last})


def _recent_partner(ctx: Ctx, c: Clause, agent: str) -> list[str]:
    """"Auch eine militärisch-technische Zusammenarbeit schließe Russland nicht aus": a joint
    act named with one side only is with the one partner that side just dealt with (a joint
    fact of the last three sentences, one partner only)."""
    since = _window_start(ctx, c, 4)
    partners = {(f.object.key if f.subject.key == agent else f.subject.key) for f in ctx.facts
                if f.relation in SYMMETRIC and agent in (f.subject.key, f.object.key)
                and f.start >= since and f.modality != "negated"}   # (no talks held is no partner)
    partners = {p for p in partners if etype(ctx, p) == etype(ctx, agent)}
    return sorted(partners) if len(partners) == 1 else []


def _invitation(ctx: Ctx, c: Clause, noun: Token, trig: Trigger, cargs: list[Arg],
                after: list[Arg]) -> None:
    """"X lud Y zu einem Treffen (in Z) ein": Y meets X and visits Z — planned."""
    guests = [a for a in cargs if a.marker in ("obj", "acc", "dat") and a.span.start < noun.i]
    hosts, _ = subject_keys(ctx, c)
    if not guests or not hosts:
        return
    guest = guests[0].keys
    mod = "negated" if c.negated else "planned"
    # ("zu einem Besuch in Deutschland": a visit is in the place it goes to)
    markers = ("in.acc", "nach", "to") + (("in", "in.dat") if trig.relation == "visits" else ())
    dest = next((a.keys[0] for a in after if a.marker in markers and
                 etype(ctx, a.keys[0]) in PLACE), None)
    if trig.relation in SYMMETRIC:
        emit(ctx, c, trig, [(g, h) for g in guest for h in hosts], mod, noun.i, noun=noun,
             location=dest)
    if dest is not None:
        visit = Trigger(ctx.lang, noun.lemma_, "noun", "visits", ("in+acc",), frozenset({"place"}))
        emit(ctx, c, visit, [(g, dest) for g in guest], mod, noun.i, noun=noun)


SOURCE_CUES = {"laut": "before", "zufolge": "after", "according": "before"}


def _attributed_source(ctx: Ctx, anchor: int) -> Optional[str]:
    """"Laut Kreml …", "… Angaben aus Kiew zufolge", "according to the Pentagon": who the
    sentence attributes its report to."""
    sent = ctx.doc[anchor].sent
    for t in sent:
        where = SOURCE_CUES.get(t.lower_)
        if where is None:
            continue
        if where == "before":
            cands = [a for a in ctx.args if t.i < a.span.start <= t.i + 4 and a.span.sent.start == sent.start]
        else:
            cands = [a for a in ctx.args if t.i - 5 <= a.span.start < t.i and a.span.sent.start == sent.start]
            cands = cands[-1:]
        for a in cands:
            if a.kind in ("name", "compound", "role") and etype(ctx, a.keys[0]) in ACTOR:
                return a.keys[0]
    return None


def home_country(key: str) -> Optional[str]:
    """The country an entity belongs to (gazetteer), or itself for a country."""
    e = gazetteer().entries.get(key)
    if e is None:
        return None
    return key if e.type == "Country" else e.country


def _titled_home(ctx: Ctx, key: str) -> Optional[str]:
    """A person's country: the gazetteer's, else that of the office the article's titles give
    them ("US Treasury Secretary Janet Yellen")."""
    home = home_country(key)
    if home:
        return home
    for person, rel, org, *_ in ctx.doc._.kg_standing or []:
        if person == key and rel in ("leaderOf", "spokespersonOf", "memberOf"):
            home = home_country(org)
            if home:
                return home
    return None


MEDIA_NOUNS = word_class("media_noun")
MEDIA_NAMES = {fold(w) for w in word_class("media_name")}


def _is_media(ctx: Ctx, key: str) -> bool:
    """A newspaper, broadcaster or news agency: named as one ("the newspaper Le Monde", "dem
    Sender CNN") or known as one (word class media_name)."""
    if fold(entity(ctx, key).label) in MEDIA_NAMES:
        return True
    doc = ctx.doc
    if "media" not in ctx.cache:   # (asked for every talk or call: the mentions are read once)
        # (a name, not a pronoun: "die erste Station seiner Reise" makes no one a broadcaster)
        ctx.cache["media"] = {m._.kg_key for m in doc.spans.get("kg_mentions", []) if m._.kg_key and m.start > 0 and
                              m._.kg_kind == "name" and (
            doc[m.start - 1].lower_ in MEDIA_NOUNS or ctx.lang == "de" and any(
                doc[m.start - 1].lower_.endswith(w) for w in MEDIA_NOUNS if len(w) > 5 and w not in ORG_NOUNS))}
        # ("die EU-Grenzschutzagentur Frontex": a compound on a word for any body, "agentur",
        # is no news agency; "die Agentur Reuters" is)
    return key in ctx.cache["media"]


def _venue_in(ctx: Ctx, head: Optional[int], verb: Optional[int]) -> bool:
    """"met at Anwar's official residence in Putrajaya": the place holds the building the
    verb's "at"/"in" phrase names."""
    if head is None or verb is None:
        return False
    h = ctx.doc[head]
    return h.dep_ == "pobj" and h.head.lower_ in ("at", "in") and h.head.head.i == verb and \
        h.lower_ in VENUE_HEADS


def _gathering_place(ctx: Ctx, head: Optional[int], verb: Optional[int]) -> bool:
    """True when the place's phrase hangs on a gathering the verb's "on"/"at"/"during" phrase
    names: "met on the sidelines of a BRICS summit (hosted by Putin) in Kazan" met in Kazan."""
    if head is None or verb is None:
        return False
    doc = ctx.doc
    t, gathering = doc[head], False
    for _ in range(8):
        if t.pos_ in ("NOUN", "PROPN"):
            if any(tr.relation in SYMMETRIC for tr in lexicon().noun(ctx.lang, t.text, t.lemma_)):
                gathering = True
            elif t.lower_ not in FRINGE_NOUNS:
                return False
        elif not (t.dep_ == "prep" or t.tag_ == "VBN" and t.dep_ == "acl"):
            return False
        if t.dep_ == "prep" and t.head.i == verb:
            return gathering and t.lower_ in ("on", "at", "during")
        if t.head.i == t.i:
            return False
        t = t.head
    return False


def _international_official(ctx: Ctx, person: str, place: str) -> bool:
    """The person leads, speaks for or serves a body of no one country (a UN envoy, an EU
    commissioner): wherever they meet someone but at their body's seat, they have travelled
    there."""
    g = gazetteer()
    orgs = {org for p, rel, org, *_ in ctx.doc._.kg_standing or [] if p == person} | \
        {of.org for of in g.offices_of(person, ctx.article.date)} | _title_bodies(ctx, person)
    bodies = {o for o in orgs if o in g.entries and g.entries[o].type == "Organization" and not g.entries[o].country}
    seated = g.city_actors.get(place)
    return bool(bodies) and not any(seated in (o, g.entries[o].parent) for o in bodies)


def _title_bodies(ctx: Ctx, person: str) -> set[str]:
    """Organisations named in a title just before the person's name, even where the title
    gives no standing relation: "UN-Nothilfekoordinator Martin Griffiths", "UN humanitarian
    chief Martin Griffiths"."""
    doc = ctx.doc
    if "title_bodies" not in ctx.cache:
        found: dict[str, set[str]] = {}
        ments = list(doc.spans.get("kg_mentions", []))
        for m in ments:
            if m._.kg_kind != "name" or not m._.kg_key or m.label_ != "Person":
                continue
            lo = max(m.sent.start, m.start - 4)
            for o in ments:
                # (only title words between: "UN humanitarian chief", no verb or comma)
                if o.label_ == "Organization" and o._.kg_key and lo <= o.start and o.end <= m.start and \
                        o._.kg_kind in ("name", "modifier") and all(
                            t.pos_ in ("NOUN", "ADJ", "PROPN") for t in doc[o.end:m.start]):
                    found.setdefault(m._.kg_key, set()).add(o._.kg_key)
        ctx.cache["title_bodies"] = found
    return ctx.cache["title_bodies"].get(person, set())


def _named_as_capital(ctx: Ctx, c: Clause, city: str) -> bool:
    """True when the clause names the city as a country's capital, not by its own name ("in
    die serbische Hauptstadt", "into the Vietnamese capital")."""
    idx = {t.i for t in c.toks(ctx.doc)}
    return any(m._.kg_key == city and m._.kg_kind == "name" and len(m) > 1 and m.start in idx and
               m[-1].lower_ in CAPITAL_NOUNS for m in ctx.doc.spans["kg_mentions"])


def _serves(ctx: Ctx, person: str, state: str) -> bool:
    """The person holds an office of the state or of one of its bodies on the article's date."""
    g = gazetteer()
    return any(of.org == state or of.org in g.entries and g.entries[of.org].country == state
               for of in g.offices_of(person, ctx.article.date))


def _orders_own_organ(ctx: Ctx, person: str, org: str) -> bool:
    """The person holds an office of a state (its head, government or a ministry) and the body
    is one of that state's organs (its government, a ministry, its armed forces or police)."""
    g = gazetteer()
    e = g.entries.get(org)
    if e is None or not e.country:
        return False
    state = e.country
    organ = e.type == "Organization" and (
        any(w in e.label for w in ("Government", "Ministry", "Department", "Armed Forces", "Army", "Police",
                                   "Defense Forces", "Defence Forces", "Military")) or
        _mentions_for(ctx.lang).army_state(org) == state)
    if not organ:
        return False
    return any(of.org == state or of.org in g.entries and g.entries[of.org].country == state and
               any(w in g.entries[of.org].label for w in ("Government", "Ministry", "Department", "Office"))
               for of in g.offices_of(person, ctx.article.date))


def _home_or_capital(person: str, place: str) -> bool:
    home = home_country(person)
    return home is not None and (place == home or gazetteer().capitals.get(place) == home)


def _place_of_noun(ctx: Ctx, a: Arg, anchor: Optional[int]) -> bool:
    """German, without a parse: "sprachen über die Lage in der Ukraine" — the place hangs on
    the topic's noun (not on the event's own noun)."""
    doc = ctx.doc
    if doc._.kg_has_parse or a.np_start < 2:
        return False
    n = doc[a.np_start - 2]
    return n.tag_ == "NN" and n.i != anchor and any(
        t.lower_ in ("über", "zur", "zum", "um") for t in doc[max(0, n.i - 3):n.i])


def _abroad(ctx: Ctx, person: str, place: str) -> bool:
    """The place is neither in the person's country (gazetteer) nor in the one their titles give."""
    return not visits_own_country(person, place) and _titled_home(ctx, person) not in (place, home_country(place))


def visits_own_country(person: str, place: str) -> bool:
    home = home_country(person)
    return home is not None and home in (place, home_country(place))


def _seat_city_visit(ctx: Ctx, person: str, place: str, mod: str, anchor: int, kw: dict) -> None:
    """Being in a body's building ("im Kanzleramt empfangen", "at the White House") is being in
    the capital it stands in (every visit :func:`make_fact` records goes through here)."""
    e = gazetteer().entries.get(place) if place in SEAT_BODIES else None
    city = gazetteer().capital_of.get(e.country) if e is not None and e.country else None
    if city and not _home_or_capital(person, city):
        make_fact(ctx, person, "visits", city, mod, anchor, **kw)


def emit(ctx: Ctx, c: Clause, trig: Trigger, pairs: list[tuple[str, str]], mod: str,
         anchor: Optional[int], noun: Optional[Token] = None, location: Optional[str] = None) -> None:
    if anchor is None or not pairs:
        return
    doc, rel = ctx.doc, trig.relation
    media = {t.lower_ for t in c.toks(doc)} & lexicon().media.get(ctx.lang, set())   # "telefonisch", "by video"
    if rel == "talksWith" and media:
        trig = Trigger(trig.lang, trig.lemma, trig.pos, "phones", trig.objects, trig.flags)
        rel = "phones"  # "spoke by phone", "telefonisch beraten"
    quantity = None
    origin = None
    if rel in ("deploys", "providesAidTo"):
        for t in c.toks(doc):
            if lexicon().is_force(ctx.lang, t.text):
                quantity = quantity_before(doc, t.i, ctx.lang)
                if quantity:
                    break
        orig = [a for a in clause_args(ctx, c) if a.marker in ("aus", "from")]
        origin = orig[0].keys[0] if orig else None
    # "Am Freitag reist Scholz nach Paris": a present-tense act on a named later day is to come
    # (a participle has the tense of the clause it hangs on: "Speaking on Monday, he said …")
    tensed = ctx.clauses[c.parent] if c.parent is not None and c.participle(doc) else c
    present = mod == "asserted" and tensed.finite is not None and not tensed.passive and \
        not is_past(doc, tensed, ctx.lang) and not _pact_infinitive(ctx, c)
    named = resolve_date(doc, c.toks(doc), future=mod == "planned" or present)
    if present and named and ctx.article.date and len(named) == 10 and named > ctx.article.date[:10] and \
            any(t.lower_ in WEEKDAYS and not any(x.lower_ in ("seit", "since") for x in doc[max(c.start, t.i - 6):t.i])
                for t in c.toks(doc)):   # (not "seit seiner Wahl am Dienstag": a day gone by)
        mod = "planned"
    date = named or ctx.article.date
    loc = location
    if loc is None and rel in ("meets", "talksWith", "negotiatesWith", "phones", "agreesWith", "coordinatesWith"):
        # with a parse, only a place attached to the verb ("the war in Gaza" is not where they met)
        la = [a for a in clause_args(ctx, c) if (a.marker in ("in", "in.dat") or (
              a.marker == "at" and a.keys and a.keys[0] in SEAT_BODIES) or (
              a.kind == "adj" and a.via in ("in", "in.dat", "an"))) and   # "am Pariser Élysée"
              _place_like(ctx, a.keys[0]) and
              not _place_of_noun(ctx, a, anchor) and
              (not ctx.doc._.kg_has_parse or a.head in (c.lexical, anchor) or
               any(b.span.start <= (a.head or -1) < b.span.end for b in ctx.args) or
               _venue_in(ctx, a.head, c.lexical) or _gathering_place(ctx, a.head, c.lexical))]
        # "in der syrischen Hauptstadt Damaskus": the name, not the country's adjective
        la = [a for a in la if not (a.kind == "adj" and any(
            b.kind != "adj" and 0 < b.span.start - a.span.end <= 2 for b in la))] or la
        loc = la[0].keys[0] if la else None
    speaker = None
    if c.speaker is not None:
        # the subject of the speech verb's own clause
        spk_clause = next((x.index for x in ctx.clauses if x.lexical == c.speaker), None)
        for a in ctx.args:
            if a.clause == spk_clause and a.marker == "subj" and a.clause is not None:
                speaker = a.keys[0]
                break
    if speaker is None:
        speaker = _attributed_source(ctx, anchor)
    done = False
    remote = "attend" in trig.flags and (bool(media) or any(t.lower_.startswith("video") for t in c.toks(doc)))
    by_phone = any(not w.startswith("video") for w in media)
    for s, o in pairs:
        # a capital acting stands for its state ("Moscow launched an offensive"; Brussels for the
        # EU); so does a capital on the receiving end of politics ("aid to Kyiv"), not of places
        # and force
        if rel not in ("visits", "partOf"):
            s = _as_actor(s)
        if rel not in ("visits", "partOf", "deploys", "attacks", "invades"):
            o = _as_actor(o)
        if s == o:
            continue
        ts, to = etype(ctx, s), etype(ctx, o)
        if ts == "Location" and rel != "partOf" or ts == "City" and rel == "visits":
            continue   # (a town does not travel: "The Beijing trip followed a state visit to Washington")
        if "place" in trig.flags and to not in PLACE and rel == "visits" and o.startswith("organization:") and \
                " " not in entity(ctx, o).label and o not in gazetteer().entries:
            # "toured Derna": a one-word name a model took for a body is, visited, a place
            ctx.entities[o] = dataclasses.replace(entity(ctx, o), type="Location")
            to = "Location"
        if "place" in trig.flags and not _place_like(ctx, o):
            continue
        if "person" in trig.flags and to in ("City", "Location"):
            continue
        if "org" in trig.flags and to not in ("Organization", "Group"):
            continue
        if rel in ("visits", "deploys") and to not in PLACE and rel == "deploys":
            continue
        if rel in ("visits",) and not _place_like(ctx, o) and to != "Person":
            continue
        if remote:
            continue  # "nahm per Video am Gipfel in Vilnius teil": no trip
        if rel == "visits" and o not in gazetteer().entries and \
                {(w := entity(ctx, o).label.split()[-1].lower()), w.removesuffix("s")} & VENUE_HEADS:
            continue  # "received at Al Salam Palace": a building, not a place one travels to
        if rel == "visits" and _home_or_capital(s, o):
            continue  # nobody "visits" their own country or capital (a town of it, yes: "visited Bakhmut")
        if rel == "visits" and o in SEAT_BODIES and not _abroad(ctx, s, o):
            continue  # nor a body of their own state's building ("Putin fuhr in den Kreml")
        if rel == "demands" and ts == "Person" and any(of.org == o for of in gazetteer().offices_of(s, ctx.article.date)):
            continue  # a leader does not demand of the state they lead ("beide Kriegsparteien")
        if rel in ("supports", "providesAidTo") and to == "Country" and (
                ts == "Organization" and home_country(s) == o or
                ts == "Person" and rel == "providesAidTo" and o in (home_country(s), _titled_home(ctx, s))):
            continue  # "Die Bundesregierung werde die Opfer des deutschen Überfalls unterstützen": not
            # Germany; "weil wir jetzt Polen selbst mit Waffen ausrüsten": arming one's own country
        if rel == "demands" and ts == "Person" and to == "Organization" and _orders_own_organ(ctx, s, o):
            continue  # "Defence Minister Katz ordered the military to respond": an order, no demand
        if rel in HOSTILE - {"deploys"} and (ts == "Person" and _serves(ctx, s, o) or
                                             to == "Person" and _serves(ctx, o, s)):
            continue  # nor does one turn on the state one serves, or a state on its own minister
        if rel in ("supports", "providesAidTo") and c.lemma in GREETING_VERBS and by_phone and \
                etype(ctx, o) == "Person" and etype(ctx, s) == "Person":
            # "hatte Vucic telefonisch gratuliert", "congratulated her by phone": a call too
            make_fact(ctx, s, "phones", o, mod, anchor, trigger=doc[anchor].text, date=date)
        if rel in ("talksWith", "phones", "meets") and (_is_media(ctx, o) or _is_media(ctx, s)):
            continue  # "told the newspaper Le Monde": an interview, no talks between actors
        if rel not in ("criticizes", "accuses", "rejects", "supports") and _is_media(ctx, s):
            continue  # "The New York Times reported … an arms deal": the paper reports, it does not act
        if rel in SYMMETRIC and to in ("City", "Location"):
            continue  # one meets people and states, not towns
        if rel in SYMMETRIC and (ts in PLACE and to == "Person" and home_country(o) == s or
                                 to in PLACE and ts == "Person" and home_country(s) in (o, home_country(o))):
            continue  # a leader does not talk with their own country or capital (a party or rebel group may)
        if rel in ("supports", "providesAidTo") and ts == "Person" and to == "Country" and _serves(ctx, s, o):
            # ("sicherte ihm die Unterstützung der USA zu", said of Biden: the owner is the giver)
            continue
        kw = dict(trigger=(noun.text if noun is not None else doc[anchor].text), date=date)
        if rel == "deploys":
            kw.update(quantity=quantity, destination=entity(ctx, o),
                      origin=entity(ctx, origin) if origin and origin != o else None)
        elif rel == "providesAidTo" and quantity:
            kw.update(quantity=quantity)
        if loc and loc not in (s, o):
            kw["location"] = entity(ctx, loc)
        if speaker and speaker not in (s, o):
            kw["speaker"] = entity(ctx, speaker)
        make_fact(ctx, s, rel, o, mod, anchor, **kw)
        done = True
        if rel == "visits" and to == "City" and _named_as_capital(ctx, c, o):
            # "flew into the Vietnamese capital": the text names the country, not the city
            country = gazetteer().capitals.get(o)
            if country and not _home_or_capital(s, country):
                make_fact(ctx, s, rel, country, mod, anchor, **kw)
        # meeting abroad: the participants from elsewhere visit the place (a meeting called off
        # there says nothing about whether they came)
        signed = loc and rel == "agreesWith" and ts == to == "Person" and not media and mod != "negated" and \
            etype(ctx, loc) == "City"   # (not "an agreement in the South China Sea": what it is about)
        if signed:
            # "die Meloni und Rama in Rom unterzeichnet haben": two people who agree in a place met there
            make_fact(ctx, s, "meets", o, mod, anchor, **kw)
        if loc and (rel in ("meets", "talksWith", "negotiatesWith") or signed) and _place_like(ctx, loc) and \
                mod != "negated":
            # (a host is at home: "Aliyev hosted Erdogan at a summit in Khankendi")
            for p in ((o,) if c.lemma in HOST_VERBS and s in subject_keys(ctx, c)[0] else (s, o)):
                if etype(ctx, p) == "Person" and (home_country(p) and not visits_own_country(p, loc) or
                                                  not home_country(p) and _international_official(ctx, p, loc)):
                    make_fact(ctx, p, "visits", loc, mod, anchor, trigger=kw["trigger"], date=date)
    if done:
        ctx.last_agent[rel] = sorted({s for s, _ in pairs})
        ctx.last_modality[rel] = mod
        if rel not in SYMMETRIC:
            ctx.last_any_agent = ctx.last_agent[rel]
