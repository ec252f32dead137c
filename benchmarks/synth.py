"""Synthetic news corpus for the benchmarks: German and English articles of ~500 tokens
made from our own sentence templates, with names from kgraph's gazetteer (and invented
ones), numbers and dates varied by a seeded random generator — the same arguments give the
same files.

    python benchmarks/synth.py OUT_DIR --articles 1000 [--english 0.3] [--seed 1]
"""
from __future__ import annotations

import argparse
import random
from datetime import date, timedelta
from pathlib import Path

from kgraph.resources import gazetteer

DE_COUNTRIES = ["Frankreich", "Deutschland", "Polen", "Rumänien", "Ukraine", "Russland",
                "Italien", "Spanien", "Japan", "China", "Indien", "Brasilien", "Kanada",
                "Türkei", "Schweden", "Finnland", "Norwegen", "Ungarn", "Österreich",
                "Griechenland", "Moldau", "Litauen", "Lettland", "Estland", "Georgien",
                "Armenien", "Israel", "Iran", "Ägypten", "Südafrika", "Mexiko", "Australien",
                "Niederlande", "Belgien", "Tschechien", "Serbien", "Kroatien", "Portugal",
                "Irland", "Dänemark"]
DE_CITIES = ["Berlin", "Paris", "Warschau", "Kiew", "Moskau", "Brüssel", "Wien", "Rom",
             "Madrid", "London", "Peking", "Tokio", "Ankara", "Prag"]
DE_ORGS = ["die NATO", "die EU", "die Bundeswehr", "das Pentagon", "der Kreml"]
FIRST = ["Anna", "Jonas", "Miriam", "Pavel", "Lucía", "Kenji", "Amira", "Tomasz", "Ingrid",
         "Rafael", "Sofia", "Emeka", "Lena", "Dmitri", "Chiara", "Oskar"]
LAST = ["Kowalczyk", "Brandstetter", "Okonkwo", "Lindqvist", "Moreau", "Haddad", "Petrenko",
        "Vasquez", "Tanaka", "Albrecht", "Novak", "Fischbach", "Cardoso", "Eriksen"]
MONTHS_DE = ["Januar", "Februar", "März", "April", "Mai", "Juni", "Juli", "August",
             "September", "Oktober", "November", "Dezember"]
MONTHS_EN = ["January", "February", "March", "April", "May", "June", "July", "August",
             "September", "October", "November", "December"]

DE_EVENTS = [
    "{p1} hat am {day} mit {p2} telefoniert, wie ein Sprecher in {city} mitteilte.",
    "{p1} traf sich am {day} in {city} mit {p2}, um über die Lage in {c1} zu beraten.",
    "{c1} will nach Angaben der Regierung {n} Soldaten nach {c2} entsenden.",
    "{p1} kritisierte {p2} scharf für die Haltung seiner Regierung gegenüber {c1}.",
    "Die Regierung in {city} verhängte neue Sanktionen gegen {c1}.",
    "{p1} besuchte am {day} {c2} und sprach dort mit Vertretern der Regierung.",
    "{p1} forderte von {c1} einen sofortigen Waffenstillstand.",
    "{c1} könnte nach Einschätzung von Experten {c2} angreifen, sollte der Konflikt eskalieren.",
    "{p1} hat nicht mit {p2} gesprochen, teilte das Büro des Politikers mit.",
    "{org_de} unterstützt {c1} mit weiteren {n} Millionen Euro.",
    "{p1} warf {c1} vor, die Vereinbarungen gebrochen zu haben.",
    "{p1} lehnte den Vorschlag von {p2} ab.",
    "{c1} und {c2} vereinbarten am {day} eine engere Zusammenarbeit bei der Energieversorgung.",
    "{p1} drohte {c1} mit weiteren Maßnahmen, falls die Truppen nicht abgezogen würden.",
]
DE_FILLER = [
    "Die Gespräche dauerten nach Angaben aus Delegationskreisen rund {n} Minuten.",
    "Beobachter rechnen damit, dass die Verhandlungen noch mehrere Wochen andauern werden.",
    "Bereits im {month} hatte es ähnliche Berichte gegeben, die jedoch nicht bestätigt wurden.",
    "Die Lage an der Grenze gilt weiterhin als angespannt, heißt es in einem Bericht.",
    "Nach Schätzungen von Hilfsorganisationen sind mehr als {n} Menschen auf der Flucht.",
    "Eine offizielle Stellungnahme lag am Abend zunächst nicht vor.",
    "Die Preise für Gas und Strom sind in den vergangenen Monaten um {pct} Prozent gestiegen.",
    "Das Parlament soll in der kommenden Woche über das Paket abstimmen.",
]
EN_EVENTS = [
    "{p1} spoke by phone with {p2} on {day_en}, a spokesperson in {city_en} said.",
    "{p1} met {p2} in {city_en} on {day_en} to discuss the situation in {c1}.",
    "{c1} plans to deploy {n} troops to {c2}, the government said.",
    "{p1} sharply criticized {p2} over the government's stance on {c1}.",
    "The government imposed new sanctions on {c1}.",
    "{p1} visited {c2} on {day_en} and held talks with officials there.",
    "{p1} demanded an immediate ceasefire from {c1}.",
    "{c1} could attack {c2} if the conflict escalates, analysts warned.",
    "{p1} did not speak with {p2}, the office said.",
    "{p1} accused {c1} of breaking the agreement.",
    "{p1} rejected the proposal made by {p2}.",
    "{c1} threatened {c2} with further measures.",
]
EN_FILLER = [
    "The talks lasted about {n} minutes, according to people familiar with the matter.",
    "Observers expect the negotiations to continue for several more weeks.",
    "Similar reports had surfaced in {month_en} but were never confirmed.",
    "The situation at the border remains tense, according to a report.",
    "Aid groups estimate that more than {n} people have fled their homes.",
    "There was no official statement by the evening.",
    "Gas and electricity prices have risen by {pct} percent in recent months.",
    "Parliament is expected to vote on the package next week.",
]


def _names() -> tuple[list[str], list[str], list[str]]:
    g = gazetteer()
    persons = sorted(e.label for e in g.entries.values() if e.type == "Person")
    invented = [f"{f} {l}" for f in FIRST for l in LAST]
    countries_en = [g.lookup(n).label for n in DE_COUNTRIES]
    return persons + invented, countries_en, DE_CITIES


def article(i: int, rng: random.Random, lang: str, names: tuple) -> tuple[str, str]:
    """One article: ``(file name, text in the seed format)``."""
    persons, countries_en, cities = names
    day = date(2022, 1, 1) + timedelta(days=rng.randrange(1000))
    cast = rng.sample(persons, 4)
    de_c, en_c = rng.sample(DE_COUNTRIES, 3), rng.sample(countries_en, 3)

    def fill(t: str) -> str:
        p1, p2 = rng.sample(cast, 2)
        s = t.format(p1=p1, p2=p2, c1=de_c[0] if lang == "de"
                        else en_c[0], c2=rng.choice(de_c[1:]) if lang == "de" else rng.choice(en_c[1:]),
                        city=rng.choice(cities), city_en=rng.choice(["Washington", "London",
                                                                     "Brussels", "Paris", "Berlin"]),
                        n=rng.choice([120, 500, 1000, 2500, 4000, 12000, 30000]),
                        pct=rng.randrange(3, 40), org_de=rng.choice(DE_ORGS),
                        day=f"{day.day}. {MONTHS_DE[day.month - 1]}",
                        day_en=f"{MONTHS_EN[day.month - 1]} {day.day}",
                        month=rng.choice(MONTHS_DE), month_en=rng.choice(MONTHS_EN))
        return s[0].upper() + s[1:]

    events, filler = (DE_EVENTS, DE_FILLER) if lang == "de" else (EN_EVENTS, EN_FILLER)
    paras, words = [], 0
    while words < 480:
        sents = [fill(rng.choice(events)) for _ in range(2)] + [fill(rng.choice(filler))]
        rng.shuffle(sents)
        para = " ".join(sents)
        paras.append(para)
        words += len(para.split()) * 1.15  # tokens ≈ words + punctuation
    cast0 = cast[0]
    title = (f"{cast0} und die Lage in {de_c[0]}" if lang == "de"
             else f"{cast0} and the situation in {en_c[0]}")
    header = (f" date {day:%Y-%m} {title} Stand: {day.day:02d}.{day.month:02d}.{day.year} "
              f"{rng.randrange(6, 23):02d}:{rng.randrange(60):02d} Uhr")
    return f"{lang}_{i:05d}.txt", header + "\n\n" + "\n\n".join(paras) + "\n"


def generate(out: Path, n: int, english: float = 0.3, seed: int = 1) -> list[Path]:
    """Write ``n`` articles into ``out``; return their paths."""
    rng = random.Random(seed)
    names = _names()
    out.mkdir(parents=True, exist_ok=True)
    paths = []
    for i in range(n):
        lang = "en" if rng.random() < english else "de"
        name, text = article(i, rng, lang, names)
        p = out / name
        p.write_text(text, encoding="utf-8")
        paths.append(p)
    return paths


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("out", type=Path)
    ap.add_argument("--articles", type=int, default=100)
    ap.add_argument("--english", type=float, default=0.3, help="share of English articles")
    ap.add_argument("--seed", type=int, default=1)
    a = ap.parse_args()
    generate(a.out, a.articles, a.english, a.seed)


if __name__ == "__main__":
    main()
