"""``kgraph query`` and the ready queries: results on sentences written here and on the
seed article; every CLI path (string, .rq file, --name, --list, --param, formats,
--allow-update)."""
import csv
import io
import json

import pytest

from kgraph.cli import main
from kgraph.query import QueryError, bind_params, load, query_form, ready_queries
from test_api import built  # shared session-built graphs (tests/ is on sys.path)

READY = ("who-talked-to-whom", "troop-deployments", "planned-vs-happened", "about-entity",
         "facts-per-article", "entities")


@pytest.fixture(scope="module")
def mini_ttl(tmp_path_factory):
    return built(tmp_path_factory, "mini")


@pytest.fixture(scope="module")
def mini(mini_ttl):
    return load(mini_ttl)


def run(capsys, *argv) -> tuple[int, str, str]:
    code = main(list(argv))
    out = capsys.readouterr()
    return code, out.out, out.err


def test_ready_queries_are_shipped_with_headers():
    queries = ready_queries()
    assert set(READY) <= set(queries)
    for rq in queries.values():
        assert rq.description and rq.text.lstrip().startswith("#")
        assert query_form(rq.text) == "SELECT"
    assert list(queries["about-entity"].params) == ["entity"]


def test_who_talked_to_whom(mini):
    df = mini.ready("who-talked-to-whom")
    pairs = {(r.subject, r.relation, r.object, r.modality) for r in df.itertuples()}
    assert {("Emmanuel Macron", "phones", "Joe Biden", "asserted"),
            ("Joe Biden", "phones", "Emmanuel Macron", "asserted")} & pairs
    assert {("Emmanuel Macron", "meets", "Olaf Scholz", "asserted"),
            ("Olaf Scholz", "meets", "Emmanuel Macron", "asserted")} & pairs
    call = df[df.relation == "phones"].iloc[0]
    assert (call.date, call.sources) == ("2024-03-04", 2)
    assert call.article.endswith("#call") and "telefoniert" in call.evidence


def test_troop_deployments(mini):
    df = mini.ready("troop-deployments")
    rows = {(r.agent, r.destination, r.quantity, r.modality) for r in df.itertuples()}
    assert ("United States Department of Defense", "Lithuania", 3000, "planned") in rows
    negated = df[df.modality == "negated"]
    assert (negated.agent.tolist(), negated.destination.tolist()) == (["NATO"], ["Ukraine"])
    assert negated.quantity.isna().all()


def test_planned_vs_happened_counts_every_core_fact(mini):
    df = mini.ready("planned-vs-happened").set_index("relation")
    facts = mini.facts()
    core = facts[facts.core]
    assert df["total"].sum() == len(core)
    for mod in ("asserted", "planned", "hypothetical", "negated"):
        assert df[mod].sum() == (core.modality == mod).sum()
    assert df.loc["attacks", "hypothetical"] == 1 and df.loc["attacks", "asserted"] == 0


def test_about_entity_matches_labels_and_alt_labels(mini):
    by_label = mini.ready("about-entity", entity="Joe Biden")
    by_alt = mini.ready("about-entity", entity="biden")
    assert len(by_label) > 0 and by_label.equals(by_alt)
    assert set(by_label.role) >= {"subject"} or set(by_label.role) >= {"object"}
    assert by_label.evidence.str.contains("Biden").all()
    assert len(mini.ready("about-entity", entity="Nobody Atall")) == 0


def test_facts_per_article(mini):
    df = mini.ready("facts-per-article")
    assert [a.split("#")[1] for a in df.article] == ["call", "visit"]   # in date order
    sources = mini.sources()
    assert df.facts.sum() == len(sources.groupby(["fact", "article"]))


def test_seed_who_talked_to_whom_has_biden_and_macron(tmp_path_factory, capsys):
    seed = built(tmp_path_factory, "seed")
    df = load(seed).ready("who-talked-to-whom")
    names = set(df.subject) | set(df.object)
    assert {"Joe Biden", "Emmanuel Macron"} <= names
    assert any({r.subject, r.object} == {"Joe Biden", "Emmanuel Macron"} for r in df.itertuples())
    code, out, _ = run(capsys, "query", str(seed), "--name", "who-talked-to-whom")
    assert code == 0 and "Joe Biden" in out and "Emmanuel Macron" in out


def test_cli_list(capsys):
    code, out, _ = run(capsys, "query", "--list")
    assert code == 0
    for name in READY:
        assert name in out
    assert "--param entity=" in out


def test_cli_string_query_table(mini_ttl, capsys):
    code, out, _ = run(capsys, "query", str(mini_ttl),
                       "SELECT ?label WHERE { ?e a kg:Person ; rdfs:label ?label } ORDER BY ?label")
    assert code == 0
    lines = out.splitlines()
    assert lines[0].strip() == "label" and set(lines[1]) == {"-"}
    assert "Joe Biden" in lines and "Olaf Scholz" in lines
    assert lines[-1].startswith("(") and "rows)" in lines[-1]


def test_cli_table_columns_are_aligned(mini_ttl, capsys):
    code, out, _ = run(capsys, "query", str(mini_ttl), "--name", "planned-vs-happened")
    lines = out.splitlines()[:-1]
    header, rule = lines[0], lines[1]
    starts = [i for i, c in enumerate(rule) if c == "-" and (i == 0 or rule[i - 1] == " ")]
    for line in lines[2:]:
        for s in starts[1:]:
            assert line[s - 1] == " "
    assert header.split() == ["relation", "asserted", "planned", "hypothetical", "negated", "total"]


def test_cli_rq_file_csv_and_json(mini_ttl, tmp_path, capsys):
    rq = tmp_path / "persons.rq"
    rq.write_text("# persons\nSELECT ?label WHERE { ?e a kg:Person ; rdfs:label ?label } "
                  "ORDER BY ?label\n", encoding="utf-8")
    code, out, _ = run(capsys, "query", str(mini_ttl), str(rq), "--format", "csv")
    rows = list(csv.DictReader(io.StringIO(out)))
    assert code == 0 and "Joe Biden" in [r["label"] for r in rows]
    code, out, _ = run(capsys, "query", str(mini_ttl), str(rq), "--format", "json")
    assert code == 0 and [r["label"] for r in json.loads(out)] == [r["label"] for r in rows]
    code, _, err = run(capsys, "query", str(mini_ttl), str(tmp_path / "missing.rq"))
    assert code == 2 and "no such query file" in err


def test_cli_param(mini_ttl, capsys):
    code, out, _ = run(capsys, "query", str(mini_ttl), "--name", "about-entity",
                       "--param", "entity=Olaf Scholz", "--format", "json")
    rows = json.loads(out)
    assert code == 0 and rows and {r["name"] for r in rows} == {"Olaf Scholz"}
    code, _, err = run(capsys, "query", str(mini_ttl), "--name", "about-entity")
    assert code == 2 and "needs --param entity" in err
    code, _, err = run(capsys, "query", str(mini_ttl), "--name", "no-such-query")
    assert code == 2 and "no ready query" in err
    code, _, err = run(capsys, "query", str(mini_ttl), "--name", "entities", "--param", "oops")
    assert code == 2 and "NAME=VALUE" in err


def test_cli_update_refused_then_allowed(mini_ttl, tmp_path, capsys):
    copy = tmp_path / "g.ttl"
    copy.write_bytes(mini_ttl.read_bytes())
    update = "DELETE WHERE { ?f kg:modality kg:negated ; ?p ?o }"
    code, _, err = run(capsys, "query", str(copy), update)
    assert code == 1 and "read-only" in err and "--allow-update" in err
    assert copy.read_bytes() == mini_ttl.read_bytes()
    code, out, _ = run(capsys, "query", str(copy), update, "--allow-update")
    assert code == 0 and "updated" in out
    assert load(copy).query("ASK { ?f kg:modality kg:negated }")["ask"].tolist() == [False]


def test_cli_errors(mini_ttl, tmp_path, capsys):
    code, _, err = run(capsys, "query", str(mini_ttl), "SELECT ?x WHERE { ?x }")
    assert code == 2 and "SPARQL query failed" in err
    code, _, err = run(capsys, "query", str(tmp_path / "none.ttl"), "ASK {}")
    assert code == 2 and "no such file" in err
    code, _, err = run(capsys, "query", str(mini_ttl))
    assert code == 2 and "--name" in err


@pytest.mark.parametrize("text,form", [
    ("SELECT * WHERE { ?s ?p ?o }", "SELECT"),
    ("prefix ex: <http://e.org/#insert>\n# DELETE this\nask { ?s ?p ?o }", "ASK"),
    ("BASE <http://e.org/>\nPREFIX : <x#>\nCONSTRUCT WHERE { ?s ?p ?o }", "CONSTRUCT"),
    ('# SELECT\nINSERT DATA { <a> <b> "SELECT" }', "UPDATE"),
    ("WITH <g> DELETE { ?s ?p ?o } WHERE { ?s ?p ?o }", "UPDATE"),
    ("  clear default", "UPDATE"),
])
def test_query_form(text, form):
    assert query_form(text) == form


def test_query_form_rejects_non_queries():
    with pytest.raises(QueryError, match="not a SPARQL query"):
        query_form("hello world")


def test_bind_params_escapes_values():
    q = 'SELECT ?x WHERE { ?x rdfs:label ?name FILTER(?name != "?name") }'
    bound = bind_params(q, {"name": 'Say "hi"'})
    assert bound.count('"Say \\"hi\\""') == 2 and '"?name"' in bound
    assert "<http://e.org/x>" in bind_params("ASK { ?s ?p ?o }", {"o": "<http://e.org/x>"})


def test_cli_on_an_oxigraph_store_folder(mini_ttl, tmp_path, capsys):
    from kgraph import store as stores
    from kgraph.query import read_graph
    folder = tmp_path / "store"
    g = stores.oxigraph_graph(folder)
    g.addN((s, p, o, g) for s, p, o in read_graph(mini_ttl))
    stores.close(g)
    code, out, _ = run(capsys, "query", str(folder), "--name", "who-talked-to-whom", "-f", "csv")
    assert code == 0 and "Joe Biden" in out
    update = "DELETE WHERE { ?s kg:phones ?o }"
    code, _, err = run(capsys, "query", str(folder), update)
    assert code == 1 and "read-only" in err
    code, out, _ = run(capsys, "query", str(folder), update, "--allow-update")
    assert code == 0 and "updated store" in out
    code, out, _ = run(capsys, "query", str(folder), "ASK { ?s kg:phones ?o }", "-f", "json")
    assert json.loads(out) == [{"ask": False}]


def test_service_and_from_clauses_are_refused():
    from kgraph.query import QueryError, load
    from rdflib import Graph
    g = load(Graph())
    for q in ("SELECT * WHERE { SERVICE <http://127.0.0.1:9/sparql> { ?s ?p ?o } }",
              "SELECT * FROM <http://127.0.0.1:9/g.ttl> WHERE { ?s ?p ?o }"):
        with pytest.raises(QueryError, match="network"):
            g.query(q)
    # the words inside strings, IRIs and variable names are not clauses
    assert g.query('SELECT ?from WHERE { BIND("service from" AS ?from) }').shape == (1, 1)
