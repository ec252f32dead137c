"""Parallel builds: --jobs 2 gives byte-identical output to one process, in source order."""
from __future__ import annotations

from kgraph.build import build, iter_results, make_runner
from kgraph.cli import main
from kgraph.config import Config
from kgraph.export.turtle import turtle_text

from scale_helpers import write_corpus


def test_two_processes_give_the_same_bytes(tmp_path):
    src = write_corpus(tmp_path / "src")
    g1, r1 = build([src], jobs=1)
    g2, r2 = build([src], jobs=2)
    assert r2.workers == "2 processes"
    assert (r1.articles, r1.tokens, r1.facts) == (r2.articles, r2.tokens, r2.facts)
    assert turtle_text(g1) == turtle_text(g2)


def test_results_come_in_source_order(tmp_path):
    src = write_corpus(tmp_path / "src")
    runner = make_runner(jobs=2)
    try:
        ids = [af.article.id for af in iter_results([src], Config(), runner=runner)]
    finally:
        runner.close()
    assert ids == ["a_scholz", "b_polen", "c_biden"]


def test_cli_jobs_and_summary(tmp_path, capsys):
    src = write_corpus(tmp_path / "src")
    assert main(["build", str(src), "--out", str(tmp_path / "o1"), "--jobs", "1", "--no-cache"]) == 0
    assert main(["build", str(src), "--out", str(tmp_path / "o2"), "--jobs", "2", "--no-cache"]) == 0
    out = capsys.readouterr().out
    assert "3 analysed, 0 from the cache" in out and "with 2 processes" in out
    assert (tmp_path / "o1" / "graph.ttl").read_bytes() == (tmp_path / "o2" / "graph.ttl").read_bytes()


def test_a_failing_article_does_not_stop_the_others(tmp_path, monkeypatch):
    import kgraph.build as kb
    src = write_corpus(tmp_path / "src")
    real = kb.process_article

    def flaky(article, config):
        if article.id == "b_polen":
            raise RuntimeError("boom")
        return real(article, config)
    monkeypatch.setattr(kb, "process_article", flaky)
    g, r = build([src], jobs=2)   # workers are forked: they see the patched function
    assert r.articles == 2
    assert len(r.errors) == 1
    assert "b_polen.txt" in str(r.errors[0]) and "RuntimeError: boom" in str(r.errors[0])
