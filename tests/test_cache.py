"""Incremental builds: unchanged articles come from the cache, changed ones are analysed
again, removed ones disappear from the graph; --force analyses everything."""
from __future__ import annotations

from kgraph.build import build
from kgraph.cli import main
from kgraph.export.turtle import turtle_text
from kgraph.graph import IRIs
from kgraph.namespaces import KG, PROV, RDF

from scale_helpers import write_corpus


def test_unchanged_changed_removed(tmp_path):
    src, cache = write_corpus(tmp_path / "src"), tmp_path / "cache"
    g1, r1 = build([src], cache_dir=cache)
    assert (r1.analysed, r1.cached) == (3, 0)

    g2, r2 = build([src], cache_dir=cache)
    assert (r2.analysed, r2.cached) == (0, 3)
    assert turtle_text(g2) == turtle_text(g1)       # the cache changes nothing

    (src / "b_polen.txt").write_text(
        " date 2024-03 Polen Stand: 06.03.2024 18:40 Uhr\n\nUngarn kritisierte Serbien scharf. "
        "Die Regierung in Budapest sprach von einer gefährlichen Entwicklung.\n", encoding="utf-8")
    g3, r3 = build([src], cache_dir=cache)
    assert (r3.analysed, r3.cached) == (1, 2)
    iris = IRIs()
    assert (iris.entity("hungary"), KG.criticizes, iris.entity("serbia")) in g3
    # Poland–Russia is still reported by the English article, now by it alone
    f = next(s for s in g3.subjects(RDF.subject, iris.entity("poland"))
             if g3.value(s, RDF.predicate) == KG.criticizes)
    assert set(g3.objects(f, PROV.wasDerivedFrom)) == {iris.article("c_biden")}
    assert g3.value(f, KG.sourceCount).toPython() == 1

    (src / "a_scholz.txt").unlink()
    g4, r4 = build([src], cache_dir=cache)
    assert (r4.analysed, r4.cached) == (0, 2)
    assert (iris.article("a_scholz"), None, None) not in g4
    assert not list(g4.subjects(PROV.wasDerivedFrom, iris.article("a_scholz")))
    assert (iris.entity("bundeswehr"), KG.deploys, None) not in g4
    assert len(list(cache.rglob("*.json"))) == 2      # the removed article's entry is gone


def test_cli_cache_options(tmp_path, capsys):
    src, out = write_corpus(tmp_path / "src", ["a_scholz.txt"]), tmp_path / "out"
    assert main(["build", str(src), "--out", str(out), "--jobs", "1"]) == 0
    assert list((out / ".kgraph-cache").rglob("*.json"))
    capsys.readouterr()
    assert main(["build", str(src), "--out", str(out), "--jobs", "1"]) == 0
    assert "0 analysed, 1 from the cache" in capsys.readouterr().out
    assert main(["build", str(src), "--out", str(out), "--jobs", "1", "--force"]) == 0
    assert "1 analysed, 0 from the cache" in capsys.readouterr().out
    other = tmp_path / "elsewhere"
    assert main(["build", str(src), "--out", str(out), "--jobs", "1", "--cache", str(other)]) == 0
    assert list(other.rglob("*.json"))
    assert main(["build", str(src), "--out", str(out), "--jobs", "1", "--no-cache"]) == 0
    assert "1 analysed, 0 from the cache" in capsys.readouterr().out


def test_changed_configuration_is_a_cache_miss(tmp_path):
    from kgraph.config import Config
    src, cache = write_corpus(tmp_path / "src", ["a_scholz.txt"]), tmp_path / "cache"
    build([src], cache_dir=cache)
    cfg = Config()
    cfg.languages = ["de"]
    _, r = build([src], cfg, cache_dir=cache)
    assert (r.analysed, r.cached) == (1, 0)


def test_cache_entries_are_json_and_round_trip(tmp_path):
    from kgraph.analyse import analyse, load_pipeline
    from kgraph.cache import dump_entry, load_entry
    from kgraph.extract import extract
    from kgraph.model import Article
    art = Article(id="c1", title="T", date="2022-02-03", language="de", source="c1.txt",
                  paragraphs=["Das Pentagon kündigte an, 3000 Soldaten nach Litauen zu verlegen."])
    af = extract(analyse(art, load_pipeline("de")))
    data = dump_entry(af)
    assert data.lstrip().startswith(b"{")  # plain JSON, never an executable pickle
    back = load_entry(data)
    assert back.facts == af.facts and back.entities == af.entities
    assert back.surfaces == af.surfaces and back.article == af.article
