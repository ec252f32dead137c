"""Integrity checks for the gazetteer data files in kgraph/data/gazetteer/."""
from __future__ import annotations

import csv
import re
from pathlib import Path

import pytest

GAZ = Path(__file__).resolve().parent.parent / "kgraph" / "data" / "gazetteer"
ENTITY_FILES = ["countries.tsv", "cities.tsv", "locations.tsv", "organizations.tsv", "persons.tsv"]
ENTITY_COLUMNS = ["id", "type", "label", "wikidata", "aliases", "adjectives", "country", "parent"]
TYPES = {"Country", "City", "Location", "Organization", "Person", "Group"}


def read(name):
    lines = (GAZ / name).read_text(encoding="utf-8").splitlines()
    comments = [l for l in lines if l.startswith("#")]
    body = [l for l in lines if not l.startswith("#")]
    rows = [l.split("\t") for l in body]
    return comments, rows[0], rows[1:]


def entities():
    out = {}
    for name in ENTITY_FILES:
        _, header, rows = read(name)
        for r in rows:
            out[r[0]] = dict(zip(header, r), _file=name)
    return out


@pytest.fixture(scope="module")
def ents():
    return entities()


def alias_index(ents):
    idx = {}
    for e in ents.values():
        for a in e["aliases"].split("|"):
            idx.setdefault(a, set()).add(e["id"])
    return idx


@pytest.mark.parametrize("name", ENTITY_FILES + ["offices.tsv", "roles.tsv"])
def test_header_and_shape(name):
    comments, header, rows = read(name)
    assert comments[0].startswith("# kgraph gazetteer: ")
    assert any(c.startswith("# source: ") and "2026-11" in c for c in comments)
    assert any(c.startswith("# licence: ") for c in comments)
    assert any(c.startswith("# columns: ") for c in comments)
    assert any(c.startswith("# extend: ") for c in comments)
    assert rows, name
    for r in rows:
        assert len(r) == len(header), (name, r)
        assert all(c == c.strip() for c in r), (name, r)
    if name in ENTITY_FILES:
        assert header == ENTITY_COLUMNS
        ids = [r[0] for r in rows]
        assert ids == sorted(ids), name


def test_entities_valid(ents):
    seen = set()
    for name in ENTITY_FILES:
        _, _, rows = read(name)
        for r in rows:
            assert r[0] not in seen, f"duplicate id {r[0]}"
            seen.add(r[0])
    for e in ents.values():
        assert re.fullmatch(r"[a-z0-9]+(-[a-z0-9]+)*", e["id"]), e["id"]
        assert e["type"] in TYPES, e
        assert e["label"], e
        assert not e["wikidata"] or re.fullmatch(r"Q\d+", e["wikidata"]), e
        aliases = e["aliases"].split("|")
        assert e["label"] in aliases, e
        assert all(a.strip() for a in aliases), e
        for col in ("country", "parent"):
            assert not e[col] or e[col] in ents, (e["id"], col, e[col])


def test_unique_wikidata(ents):
    seen = {}
    for e in ents.values():
        if e["wikidata"]:
            assert e["wikidata"] not in seen, (e["id"], seen.get(e["wikidata"]))
            seen[e["wikidata"]] = e["id"]


def test_types_per_file(ents):
    for e in ents.values():
        if e["_file"] == "countries.tsv":
            assert e["type"] == "Country"
        elif e["_file"] == "cities.tsv":
            assert e["type"] == "City"
        elif e["_file"] == "persons.tsv":
            assert e["type"] == "Person"


def test_offices(ents):
    _, header, rows = read("offices.tsv")
    assert header == ["person", "role", "org", "start", "end"]
    _, _, roles = read("roles.tsv")
    keys = {r[2] for r in roles}
    date = re.compile(r"\d{4}-\d{2}-\d{2}")
    for p, role, org, start, end in rows:
        assert ents[p]["type"] == "Person"
        assert org in ents, org
        assert role in keys, role
        assert date.fullmatch(start)
        assert not end or (date.fullmatch(end) and end >= start)


def test_roles(ents):
    _, header, rows = read("roles.tsv")
    assert header == ["surface", "lang", "role", "relation", "org"]
    seen = set()
    for surface, lang, role, relation, org in rows:
        assert (surface, lang) not in seen
        seen.add((surface, lang))
        assert lang in {"de", "en"}
        assert role
        assert relation in {"", "leaderOf", "memberOf", "spokespersonOf"}
        assert not org or org in ents or org in ("government", "foreign-ministry", "parliament", "army", "senate")  # of the country in context
    bysurf = {r[0]: r for r in rows}
    assert bysurf["Kremlchef"][2:] == ["head_of_state", "leaderOf", "russia"]
    assert bysurf["Bundeskanzler"][4] == "germany"
    assert bysurf["Amtskollege"][3] == ""
    assert bysurf["Kremlsprecher"][3:] == ["spokespersonOf", "kremlin"]


@pytest.mark.parametrize("alias,eid", [
    ("Rumänien", "romania"), ("Russland", "russia"), ("USA", "united-states"), ("Nordkorea", "north-korea"),
    ("Türkei", "turkey"), ("Großbritannien", "united-kingdom"), ("Kosovo", "kosovo"), ("Tschechien", "czech-republic"),
    ("Moskau", "moscow"), ("Kiew", "kyiv"), ("Pjöngjang", "pyongyang"), ("Washington", "washington-dc"),
    ("Den Haag", "the-hague"), ("Brüssel", "brussels"), ("Genf", "geneva"),
    ("Lawrow", "sergey-lavrov"), ("Selenskyj", "volodymyr-zelenskyy"), ("Erdogan", "recep-tayyip-erdogan"),
    ("Biden", "joe-biden"), ("Macron", "emmanuel-macron"), ("Kim", "kim-jong-un"),
    ("Weißen Haus", "white-house"), ("Pentagon", "united-states-department-of-defense"), ("Kreml", "kremlin"),
    ("Nato", "nato"), ("IAEO", "international-atomic-energy-agency"), ("Krim", "crimea"),
    ("Élysée-Palast", "elysee-palace"), ("Asowstal", "azovstal-iron-and-steel-works"),
])
def test_lookups(ents, alias, eid):
    assert alias_index(ents).get(alias) == {eid}


def test_adjectives(ents):
    adj = {}
    for e in ents.values():
        for a in filter(None, e["adjectives"].split("|")):
            adj.setdefault(a, set()).add(e["id"])
    assert adj["französisch"] == {"france"}
    assert adj["russisch"] == {"russia"}
    assert adj["ukrainisch"] == {"ukraine"}
    assert adj["nordkoreanisch"] == {"north-korea"}
    assert "european-union" in ents and ents["european-union"]["adjectives"] == ""
    n = sum(1 for e in ents.values() if e["type"] == "Country" and e["adjectives"])
    assert n >= 120


def test_no_generic_aliases(ents):
    banned = {"Rat", "Union", "Partei", "Regierung", "Armee", "Linke", "Deutsche", "Präsident", "Minister"}
    for e in ents.values():
        assert not banned & set(e["aliases"].split("|")), e["id"]


def test_no_genitive_forms(ents):
    # genitive -s forms are stripped by the code; they must not be listed (Tripolis, Algiers are real names)
    idx = alias_index(ents)
    for g in ["Russlands", "Deutschlands", "Frankreichs", "Chinas", "Irans", "Israels", "Libanons",
              "Moskaus", "Kiews", "Putins", "Selenskyjs", "Bidens", "Trumps", "Natos", "Bermudas"]:
        assert g not in idx, g


def test_size():
    assert len(read("persons.tsv")[2]) >= 250
    assert len(read("countries.tsv")[2]) >= 249


def test_regional_cities_without_name_clashes():
    from kgraph.resources import gazetteer
    g = gazetteer()
    for name in ("Bryansk", "Münster", "El Fasher", "Agadez"):
        e = g.lookup(name)
        assert e is not None and e.type == "City", name
    # a city whose name is also a common word, surname or given name is left out
    for name in ("Essen", "Reading", "Mobile", "Split", "Jackson"):
        e = g.lookup(name)
        assert e is None or e.type != "City", name


def test_national_armed_forces_are_known_by_their_adjective():
    # "the Pakistani army", "die ägyptische Armee": a state's forces are one node, found from its adjective
    from kgraph.resources import gazetteer
    g = gazetteer()
    for surface, country in [("Pakistani army", "pakistan"), ("pakistanische Armee", "pakistan"),
                             ("Egyptian military", "egypt"), ("Nepali Army", "nepal"),
                             ("bolivianische Armee", "bolivia"), ("Indian Army", "india")]:
        e = g.lookup(surface)
        assert e is not None and e.type == "Organization" and e.country == country, surface


def test_the_entities_of_bosnia_are_places_of_it():
    from kgraph.resources import gazetteer
    g = gazetteer()
    for name in ("Republika Srpska", "Föderation Bosnien und Herzegowina", "Nordzypern"):
        e = g.lookup(name)
        assert e is not None and e.type == "Location", name
    assert g.lookup("Republika Srpska").country == "bosnia-and-herzegovina"
