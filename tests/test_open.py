"""Open relations (kgraph.extract.open): the triple shapes a user of the kgo: facts sees."""
from __future__ import annotations

import importlib.util
from pathlib import Path

import pytest

from kgraph.extract.open import OpenTriple, extract_open

ROOT = Path(__file__).resolve().parents[1]


def triples(doc_of, text: str, lang: str = "de") -> set[tuple[str, str, str]]:
    return {t.as_text() for t in extract_open(doc_of(text, lang))}


def test_predicative_pp_object_and_lemma(doc_of):
    doc = doc_of("Der Minister diente als Berater der Regierung.")
    ts = extract_open(doc)
    assert ("Der Minister", "diente", "als Berater der Regierung") in {t.as_text() for t in ts}
    t = ts[0]
    assert isinstance(t, OpenTriple) and t.lemma == "dienen" and not t.negated
    assert t.preposition == "als" and t.object.text == "Berater der Regierung"
    assert t.subject.text == "Der Minister"


def test_pronoun_object_joins_relation_of_following_pp(doc_of):
    got = triples(doc_of, "Die Polizei fesselte ihn an einen Stuhl.")
    assert ("Die Polizei", "fesselte", "ihn") in got
    assert ("Die Polizei", "fesselte ihn", "an einen Stuhl") in got


def test_separable_particle_in_relation(doc_of):
    got = triples(doc_of, "Die Firma stellte die Produktion ein.")
    assert got == {("Die Firma", "stellte ein", "die Produktion")}


def test_passive_verb_complex(doc_of):
    got = triples(doc_of, "Der Bericht wurde im Parlament vorgestellt.")
    assert got == {("Der Bericht", "wurde vorgestellt", "im Parlament")}


def test_coordinated_subjects_give_one_triple_each(doc_of):
    got = triples(doc_of, "Maria und ihr Bruder haben ein Haus gekauft.")
    assert ("Maria", "haben gekauft", "ein Haus") in got
    assert ("ihr Bruder", "haben gekauft", "ein Haus") in got


def test_negation_flag_and_relation(doc_of):
    ts = extract_open(doc_of("Der Präsident lehnte den Vorschlag nicht ab."))
    assert [(t.as_text(), t.negated, t.lemma) for t in ts] == [
        (("Der Präsident", "lehnte nicht ab", "den Vorschlag"), True, "ablehnen")]


def test_reflexive_verb(doc_of):
    got = triples(doc_of, "Die Regierung befasst sich mit der Frage der Renten.")
    assert got == {("Die Regierung", "befasst sich", "mit der Frage der Renten")}


def test_infinitive_takes_controller_subject(doc_of):
    got = triples(doc_of, "Der Minister half, Spenden für die Opfer zu sammeln.")
    assert ("Der Minister", "half zu sammeln", "Spenden") in got
    assert not any(s == "Spenden" for s, _, _ in got)


def test_subject_after_finite_verb_when_vorfeld_is_adverbial(doc_of):
    got = triples(doc_of, "Im Jahr 2020 kaufte die Stadt einen Park.")
    assert got == {("die Stadt", "kaufte", "einen Park")}


def test_clause_index_points_to_the_clause(doc_of):
    doc = doc_of("Scholz lobte Macron, aber Merz kritisierte den Plan.")
    ts = extract_open(doc)
    by_subject = {t.subject.text: t for t in ts}
    assert by_subject["Scholz"].relation == "lobte"
    assert by_subject["Merz"].as_text() == ("Merz", "kritisierte", "den Plan")
    assert by_subject["Scholz"].clause != by_subject["Merz"].clause
    clause = doc._.kg_clauses[by_subject["Merz"].clause]
    assert clause.start <= by_subject["Merz"].subject.start < clause.end


def test_no_verb_no_triple(doc_of):
    assert extract_open(doc_of("Ein schöner Tag in Berlin.")) == []


def test_english_from_dependency_parse(doc_of):
    got = triples(doc_of, "The minister praised the new law.", "en")
    assert ("The minister", "praised", "the new law") in got
    ts = extract_open(doc_of("Biden did not meet Putin.", "en"))
    assert [(t.as_text(), t.negated, t.lemma) for t in ts] == [
        (("Biden", "did not meet", "Putin"), True, "meet")]


# ------------------------------------------------------------------ the benchmark scorer
def _bench():
    spec = importlib.util.spec_from_file_location("benchie_de", ROOT / "benchmarks" / "benchie_de.py")
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    return mod


def test_benchmark_scorer_optional_groups(tmp_path):
    b = _bench()
    gold = tmp_path / "gold.txt"
    gold.write_text(
        "sent_id:1\tDer Hund jagte gestern die kleine Katze.\n"
        "1--> Cluster 1:\n"
        "[Der] Hund --> jagte --> [die] [kleine] Katze\n"
        "1--> Cluster 2:\n"
        "[Der] Hund --> jagte --> gestern\n\n"
        "sent_id:2\tEs regnet.\n", encoding="utf-8")
    _, clusters = b.load_gold(gold)
    assert b.matches(("Hund", "jagte", "die  kleine Katze"), clusters[1][0])
    assert b.matches(("Der Hund", "jagte", "Katze"), clusters[1][0])
    assert not b.matches(("Der Hund", "jagte", "kleine die Katze"), clusters[1][0])
    r = b.score({1: [("Hund", "jagte", "Katze"), ("Hund", "jagte", "Maus")],
                 2: [("Es", "regnet", "heute")]}, clusters)
    assert (r["correct"], r["extractions"], r["clusters_found"], r["clusters"]) == (1, 3, 1, 2)
    assert r["precision"] == pytest.approx(1 / 3) and r["recall"] == pytest.approx(0.5)
