"""kgraph eval: the scoring rules, the command, and agreement with the reference scorer."""
from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

from kgraph.cli import main
from kgraph.evaluate import gold_files, load_gold, load_graph, score
from kgraph.graph import build_graph
from kgraph.model import Article, ArticleFacts, Entity, Fact

SHARED = Path(__file__).resolve().parents[1].parent / "shared"
SCORE_PY = SHARED / "tools" / "score.py"

SCHOLZ = Entity("olaf-scholz", "Person", "Olaf Scholz")
MACRON = Entity("emmanuel-macron", "Person", "Emmanuel Macron")
PUTIN = Entity("vladimir-putin", "Person", "Vladimir Putin")
RUSSIA = Entity("russia", "Country", "Russia")
UKRAINE = Entity("ukraine", "Country", "Ukraine")
GERMANY = Entity("germany", "Country", "Germany")
NATO = Entity("nato", "Organization", "NATO")
KREMLIN = Entity("kremlin", "Organization", "Kreml")
MYSTERY = Entity("mystery", "Person", "Hans Unbekannt")

ENTITIES = [
    {"name": "Olaf Scholz", "type": "Person", "aliases": ["Scholz", "Kanzler Scholz"]},
    {"name": "Emmanuel Macron", "type": "Person", "aliases": ["Macron"]},
    {"name": "Vladimir Putin", "type": "Person", "aliases": ["Wladimir Putin", "Putin"]},
    {"name": "Russia", "type": "Country", "aliases": ["Russland"]},
    {"name": "Russian Government", "type": "Organization", "aliases": ["Kreml", "Kremlin"]},
    {"name": "Ukraine", "type": "Country", "aliases": ["Ukraine"]},
    {"name": "Germany", "type": "Country", "aliases": ["Deutschland"]},
    {"name": "NATO", "type": "Organization", "aliases": ["Nato"]},
]


def fact(s: Entity, rel: str, o: Entity, mod: str = "asserted", aid: str = "a1",
         start: int = 0) -> Fact:
    return Fact(subject=s, relation=rel, object=o, modality=mod, article_id=aid,
                sentence="Ein Satz.", start=start, end=start + 9, language="de")


def graph_of(facts: list[Fact], aid: str = "a1", surfaces: dict | None = None):
    art = Article(id=aid, title="Test", date="2022-02-03", language="de",
                  paragraphs=["Ein Satz."], source=f"{aid}.txt")
    ents = {e.key: e for f in facts for e in (f.subject, f.object)}
    return build_graph([ArticleFacts(article=art, facts=facts, entities=ents,
                                     surfaces=surfaces or {})])


def gold_file(tmp_path: Path, facts: list[dict], article: str = "a1.txt",
              entities: list[dict] = ENTITIES) -> Path:
    p = tmp_path / f"{article.rsplit('.', 1)[0]}.json"
    p.write_text(json.dumps({"article": article, "language": "de", "entities": entities,
                             "facts": facts}, ensure_ascii=False), encoding="utf-8")
    return p


def gf(s: str, p, o: str, mod: str = "asserted", **kw) -> dict:
    return dict(s=s, p=[p] if isinstance(p, str) else p, o=o, modality=mod, **kw)


def run_score(facts: list[Fact], gold: list[dict], tmp_path: Path):
    res = score(graph_of(facts), [load_gold(gold_file(tmp_path, gold))])
    return res, res.articles[0]


# ------------------------------------------------------------------ rules
def test_exact_match_is_true_positive(tmp_path):
    _, a = run_score([fact(SCHOLZ, "criticizes", RUSSIA)],
                     [gf("Olaf Scholz", "criticizes", "Russia")], tmp_path)
    assert (a.tp, a.fp, a.fn) == (1, 0, 0)
    assert a.f1 == 1.0


def test_symmetric_relation_matches_reversed(tmp_path):
    _, a = run_score([fact(MACRON, "phones", SCHOLZ)],
                     [gf("Olaf Scholz", "phones", "Emmanuel Macron")], tmp_path)
    assert (a.tp, a.fp, a.fn) == (1, 0, 0)


def test_directed_relation_does_not_match_reversed(tmp_path):
    _, a = run_score([fact(RUSSIA, "criticizes", SCHOLZ)],
                     [gf("Olaf Scholz", "criticizes", "Russia")], tmp_path)
    assert (a.tp, a.fp, a.fn) == (0, 1, 1)


def test_alt_subject_and_alternative_terms_are_right(tmp_path):
    gold = [gf("Vladimir Putin", ["threatens", "attacks"], "Ukraine",
               alt_s=["Russia", "Russian Government"])]
    _, a = run_score([fact(RUSSIA, "attacks", UKRAINE)], gold, tmp_path)
    assert (a.tp, a.fp, a.fn) == (1, 0, 0)
    _, b = run_score([fact(KREMLIN, "threatens", UKRAINE)], gold, tmp_path)
    assert (b.tp, b.fp, b.fn) == (1, 0, 0)


def test_optional_fact_neither_required_nor_penalised(tmp_path):
    gold = [gf("Olaf Scholz", "criticizes", "Russia"),
            gf("Olaf Scholz", "meets", "Emmanuel Macron", optional=True)]
    _, found = run_score([fact(SCHOLZ, "criticizes", RUSSIA), fact(SCHOLZ, "meets", MACRON)],
                         gold, tmp_path)
    _, absent = run_score([fact(SCHOLZ, "criticizes", RUSSIA)], gold, tmp_path)
    assert (found.tp, found.fp, found.fn) == (1, 0, 0)
    assert (absent.tp, absent.fp, absent.fn) == (1, 0, 0)


def test_wrong_modality_is_false_positive_and_miss(tmp_path):
    res, a = run_score([fact(SCHOLZ, "meets", MACRON, "asserted")],
                       [gf("Olaf Scholz", "meets", "Emmanuel Macron", "planned")], tmp_path)
    assert (a.tp, a.fp, a.fn) == (0, 1, 1)
    assert (a.tp_relaxed, a.fp_relaxed, a.fn_relaxed) == (1, 0, 0)
    assert a.missed[0][1] == ["asserted"]   # the report says which modality the graph has
    assert res.modality_acc == 0.0


def test_false_assertion_counted(tmp_path):
    gold = [gf("Russia", "invades", "Ukraine", "hypothetical"),
            gf("NATO", "deploys", "Ukraine", "negated", optional=True)]
    _, a = run_score([fact(RUSSIA, "invades", UKRAINE, "asserted"),
                      fact(NATO, "deploys", UKRAINE, "asserted")], gold, tmp_path)
    assert a.false_assert == 2          # optional facts still count as false assertions
    assert (a.tp, a.fn) == (0, 1)
    _, ok = run_score([fact(RUSSIA, "invades", UKRAINE, "hypothetical")], gold, tmp_path)
    assert ok.false_assert == 0 and ok.tp == 1


def test_distinct_units_count_once_as_false_positive(tmp_path):
    # the same wrong statement from three sentences is one false positive
    facts = [fact(SCHOLZ, "attacks", GERMANY, start=k * 20) for k in range(3)]
    facts.append(fact(GERMANY, "meets", NATO))
    facts.append(fact(NATO, "meets", GERMANY, start=40))  # symmetric: the same unit
    _, a = run_score(facts, [gf("Olaf Scholz", "criticizes", "Russia")], tmp_path)
    assert (a.tp, a.fp, a.fn) == (0, 2, 1)


def test_twin_gold_facts_need_the_right_modality_even_relaxed(tmp_path):
    gold = [gf("Olaf Scholz", "meets", "Emmanuel Macron", "asserted"),
            gf("Olaf Scholz", "meets", "Emmanuel Macron", "planned")]
    _, a = run_score([fact(SCHOLZ, "meets", MACRON, "asserted")], gold, tmp_path)
    assert (a.tp, a.fn, a.tp_relaxed, a.fn_relaxed) == (1, 1, 1, 1)


def test_duplicate_gold_facts_are_merged(tmp_path):
    gold = [gf("Olaf Scholz", "phones", "Emmanuel Macron"),
            gf("Emmanuel Macron", "phones", "Olaf Scholz", optional=True)]
    _, a = run_score([], gold, tmp_path)
    assert a.fn == 1   # one required fact, not two


def test_aliases_resolve_case_and_diacritics_insensitive(tmp_path):
    ents = ENTITIES + [{"name": "Élysée Palace", "type": "Location", "aliases": ["Élysée-Palast"]}]
    elysee = Entity("elysee", "Location", "Elysee-Palast")
    p = gold_file(tmp_path, [gf("Emmanuel Macron", "visits", "Élysée Palace"),
                             gf("Olaf Scholz", "criticizes", "Russia")], entities=ents)
    g = graph_of([fact(MACRON, "visits", elysee),
                  fact(Entity("x", "Person", "SCHOLZ"), "criticizes", RUSSIA)])
    a = score(g, [load_gold(p)]).articles[0]
    assert (a.tp, a.fp, a.fn) == (2, 0, 0)


def test_surface_forms_resolve_unknown_labels(tmp_path):
    # the node's label is not a gold alias, but one of its altLabels is
    scholz = Entity("scholz-x", "Person", "O. Scholz")
    p = gold_file(tmp_path, [gf("Olaf Scholz", "criticizes", "Russia")])
    g = graph_of([fact(scholz, "criticizes", RUSSIA)], surfaces={"scholz-x": {"Kanzler Scholz"}})
    assert score(g, [load_gold(p)]).articles[0].tp == 1


def test_facts_of_other_articles_and_open_relations_are_ignored(tmp_path):
    other = fact(SCHOLZ, "criticizes", RUSSIA, aid="b2")
    opened = fact(SCHOLZ, "loben", MACRON)
    opened.core = False
    g = graph_of([opened])
    g += graph_of([other], aid="b2")
    a = score(g, [load_gold(gold_file(tmp_path, [gf("Olaf Scholz", "criticizes", "Russia")]))]
              ).articles[0]
    assert (a.tp, a.fp, a.fn) == (0, 0, 1)
    assert a.facts_in_graph == 1


def test_malformed_gold_is_reported(tmp_path):
    p = tmp_path / "bad.json"
    p.write_text('{"article": "a1.txt", "facts": []}', encoding="utf-8")
    with pytest.raises(ValueError, match="bad.json"):
        load_gold(p)
    empty = tmp_path / "empty"
    empty.mkdir()
    with pytest.raises(ValueError, match="no gold files"):
        gold_files(empty)


# ------------------------------------------------------------------ agreement with score.py
needs_scorer = pytest.mark.skipif(not SCORE_PY.is_file(),
                                  reason="reference scorer ../shared/tools/score.py not present")


def reference(graph_path: Path, gold_paths: list[Path]) -> dict:
    out = subprocess.run([sys.executable, str(SCORE_PY), str(graph_path),
                          *map(str, gold_paths), "--json"],
                         capture_output=True, text=True, check=True).stdout
    return json.loads(out[: out.rindex("}") + 1])


def assert_same(mine: dict, ref: dict) -> None:
    for k in ("tp", "fp", "fn", "tp_relaxed", "fp_relaxed", "fn_relaxed", "false_assert",
              "facts_in_graph"):
        assert mine[k] == ref[k], k
    for k in ("precision", "recall", "f1", "f1_relaxed", "modality_acc"):
        assert mine[k] == pytest.approx(ref[k], abs=1e-12), k
    assert set(mine["per_article"]) == set(ref["per_article"])
    for art, counts in ref["per_article"].items():
        for k, v in counts.items():
            assert mine["per_article"][art][k] == v, (art, k)


@needs_scorer
def test_agrees_with_reference_on_every_rule(tmp_path, capsys):
    facts = [
        fact(MACRON, "phones", SCHOLZ),                          # symmetric, reversed
        fact(KREMLIN, "threatens", UKRAINE),                     # alt_s
        fact(SCHOLZ, "meets", MACRON, "asserted"),               # twin: asserted right
        fact(RUSSIA, "invades", UKRAINE, "asserted"),            # false assertion + FP + FN
        fact(NATO, "deploys", GERMANY, "planned"),               # optional, found
        fact(SCHOLZ, "attacks", GERMANY), fact(SCHOLZ, "attacks", GERMANY, start=30),
        fact(MYSTERY, "criticizes", NATO),                       # unresolved subject
        fact(GERMANY, "supports", UKRAINE, "planned"),           # right triple, wrong modality
    ]
    gold = [
        gf("Olaf Scholz", "phones", "Emmanuel Macron"),
        gf("Vladimir Putin", ["threatens", "attacks"], "Ukraine", alt_s=["Russian Government"]),
        gf("Olaf Scholz", "meets", "Emmanuel Macron", "asserted"),
        gf("Olaf Scholz", "meets", "Emmanuel Macron", "planned"),
        gf("Russia", "invades", "Ukraine", "hypothetical"),
        gf("NATO", "deploys", "Germany", "planned", optional=True),
        gf("Germany", "supports", "Ukraine", "asserted"),
        gf("Emmanuel Macron", "phones", "Olaf Scholz"),          # duplicate of the first
        gf("Olaf Scholz", "criticizes", "Russia"),               # missed
    ]
    g = graph_of(facts)
    g += graph_of([fact(PUTIN, "criticizes", NATO, aid="b2")], aid="b2")
    ttl = tmp_path / "graph.ttl"
    g.serialize(ttl, format="turtle")
    golds = [gold_file(tmp_path, gold),
             gold_file(tmp_path, [gf("Vladimir Putin", "criticizes", "NATO", "planned")],
                       article="b2.txt")]
    assert main(["eval", "--gold", str(tmp_path), "--graph", str(ttl), "--json"]) == 0
    mine = json.loads(capsys.readouterr().out)
    ref = reference(ttl, golds)
    assert_same(mine, ref)
    assert mine["false_assert"] == 1 and mine["tp"] >= 3 and mine["fp"] >= 3


ARTICLES = {
    "de_eval_test_1.txt": (
        "Scholz und Macron beraten über Russland\n\n"
        "Bundeskanzler Olaf Scholz hat am Montag mit dem französischen Präsidenten Emmanuel "
        "Macron telefoniert. Beide kritisierten Russland scharf. Die Nato befürchtet, dass "
        "Russland die Ukraine angreifen könnte. Scholz reist am Freitag nach Warschau."),
    "de_eval_test_2.txt": (
        "Putin droht der Ukraine\n\n"
        "Kremlchef Wladimir Putin hat der Ukraine erneut gedroht. Die USA verlegen 2000 "
        "Soldaten nach Polen. US-Präsident Joe Biden will am Dienstag mit Scholz sprechen."),
}


@needs_scorer
def test_built_graph_scores_like_reference(tmp_path, capsys):
    src = tmp_path / "src"
    src.mkdir()
    for name, text in ARTICLES.items():
        (src / name).write_text(text, encoding="utf-8")
    gold_dir = tmp_path / "gold"
    gold_dir.mkdir()
    gold_file(gold_dir, [gf("Olaf Scholz", "phones", "Emmanuel Macron"),
                         gf("Olaf Scholz", "criticizes", "Russia"),
                         gf("Emmanuel Macron", "criticizes", "Russia"),
                         gf("Russia", "attacks", "Ukraine", "hypothetical"),
                         gf("Olaf Scholz", "visits", "Warsaw", "planned"),
                         gf("Olaf Scholz", "leaderOf", "Germany", optional=True)],
              article="de_eval_test_1.txt",
              entities=ENTITIES + [{"name": "Warsaw", "type": "City", "aliases": ["Warschau"]}])
    gold_file(gold_dir, [gf("Vladimir Putin", "threatens", "Ukraine"),
                         gf("United States", "deploys", "Poland"),
                         gf("Joe Biden", "talksWith", "Olaf Scholz", "planned"),
                         gf("Joe Biden", "leaderOf", "United States")],
              article="de_eval_test_2.txt",
              entities=ENTITIES + [
                  {"name": "United States", "type": "Country", "aliases": ["USA", "US"]},
                  {"name": "Poland", "type": "Country", "aliases": ["Polen"]},
                  {"name": "Joe Biden", "type": "Person", "aliases": ["Biden"]}])
    ttl = tmp_path / "built.ttl"
    assert main(["eval", "--gold", str(gold_dir), str(src), "--json",
                 "--save-graph", str(ttl)]) == 0
    mine = json.loads(capsys.readouterr().out)
    assert mine["facts_in_graph"] > 0          # the comparison is not vacuous
    assert_same(mine, reference(ttl, sorted(gold_dir.glob("*.json"))))
    # and the text report carries the same overall line
    assert main(["eval", "--gold", str(gold_dir), "--graph", str(ttl), "--verbose"]) == 0
    out = capsys.readouterr().out
    assert f"tp={mine['tp']} fp={mine['fp']} fn={mine['fn']}" in out
    assert "overall" in out and "de_eval_test_2.txt" in out
    assert out.count("MISSED") == mine["fn"]


def test_table_and_missing_article_warning(tmp_path, capsys):
    ttl = tmp_path / "g.ttl"
    graph_of([fact(SCHOLZ, "criticizes", RUSSIA)]).serialize(ttl, format="turtle")
    gold_file(tmp_path, [gf("Olaf Scholz", "criticizes", "Russia")])
    gold_file(tmp_path, [gf("Olaf Scholz", "meets", "Emmanuel Macron")], article="zz.txt")
    assert main(["eval", "--gold", str(tmp_path), "--graph", str(ttl), "-v"]) == 0
    cap = capsys.readouterr()
    assert "zz.txt is not in the graph" in cap.err
    assert "P=1.000 R=0.500 F1=0.667" in cap.out   # the missing article's fact is a miss
    assert "MISSED  Olaf Scholz meets Emmanuel Macron [asserted]" in cap.out
    assert load_graph(ttl) is not None


def test_command_errors(tmp_path, capsys):
    gold_file(tmp_path, [gf("Olaf Scholz", "criticizes", "Russia")])
    assert main(["eval", "--gold", str(tmp_path)]) == 2
    assert main(["eval", "--gold", str(tmp_path), "--graph", str(tmp_path / "none.ttl")]) == 2
    assert main(["eval", "--gold", str(tmp_path / "nogold"), str(tmp_path)]) == 2
    err = capsys.readouterr().err
    assert "nothing to score" in err and "no such file" in err
