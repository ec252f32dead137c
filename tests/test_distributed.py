"""Distributed extraction on a local Dask cluster (2 worker processes) gives the graph of
the single-process build: isomorphic and byte-identical Turtle."""
from __future__ import annotations

import pytest
from rdflib.compare import isomorphic

from kgraph.build import build
from kgraph.export.turtle import turtle_text

from scale_helpers import write_corpus

distributed = pytest.importorskip("distributed")


@pytest.fixture(scope="module")
def client():
    from distributed import Client, LocalCluster
    cluster = LocalCluster(n_workers=2, threads_per_worker=1, processes=True,
                           dashboard_address=None)
    c = Client(cluster)
    yield c
    c.close()
    cluster.close()


def test_dask_build_equals_single_process(tmp_path, client):
    from kgraph.distributed import DaskRunner
    src = write_corpus(tmp_path / "src")
    single, r1 = build([src], jobs=1)
    runner = DaskRunner(client=client, batch_size=1)   # one article per task: both workers busy
    dist, r2 = build([src], runner=runner)
    assert r2.workers.startswith("Dask, 2 workers")
    assert (r2.articles, r2.facts) == (r1.articles, r1.facts)
    assert isomorphic(single, dist)
    assert turtle_text(single) == turtle_text(dist)
    # the client was given, not created: it stays usable
    assert client.status == "running"


def test_dask_with_cache(tmp_path, client):
    from kgraph.distributed import DaskRunner
    src, cache = write_corpus(tmp_path / "src"), tmp_path / "cache"
    g1, r1 = build([src], runner=DaskRunner(client=client), cache_dir=cache)
    g2, r2 = build([src], runner=DaskRunner(client=client), cache_dir=cache)
    assert (r1.analysed, r2.cached) == (3, 3)
    assert turtle_text(g1) == turtle_text(g2)


def test_unreachable_scheduler(tmp_path):
    from kgraph.distributed import DaskRunner
    with pytest.raises(RuntimeError, match="cannot reach the Dask scheduler"):
        DaskRunner("tcp://127.0.0.1:1", timeout=2)
