"""Distributed extraction on Dask (``kgraph build --dask LOCAL|tcp://scheduler:8786``).

The client reads the sources and the cache; batches of articles (partitions) go to the
workers, which run the same :func:`kgraph.build.process_article` (each worker process loads
the pipelines once); the results come back in source order and the client merges them into
the graph and the store. Workers need kgraph (same version, same data files) installed:
``pip install 'kgraph[distributed]'`` on every machine, then ``dask scheduler`` on one and
``dask worker tcp://scheduler:8786 --nthreads 1`` on each (one thread per process: spaCy
and HanTa are not faster with threads).
"""
from __future__ import annotations

from typing import Any, Optional

from .build import _process_batch, default_jobs
from .config import Config
from .model import Article


class _FutureHandle:
    def __init__(self, future: Any):
        self.future = future

    def get(self) -> list[tuple]:
        return self.future.result()


class DaskRunner:
    """Runs batches of articles on a Dask cluster.

    ``address``: ``"LOCAL"`` starts a ``LocalCluster`` of ``jobs`` single-threaded worker
    processes; otherwise the address of a running scheduler. ``client``: use an existing
    ``distributed.Client`` instead (it is not closed)."""

    def __init__(self, address: Optional[str] = "LOCAL", client: Any = None,
                 jobs: int = 0, batch_size: int = 8, timeout: float = 30.0):
        try:
            from distributed import Client, LocalCluster
        except ImportError:
            raise RuntimeError("--dask needs dask.distributed: pip install 'kgraph[distributed]'"
                               ) from None
        self._own: list[Any] = []
        if client is None:
            if address is None or address.upper() == "LOCAL":
                cluster = LocalCluster(n_workers=jobs or default_jobs(), threads_per_worker=1,
                                       processes=True, dashboard_address=None)
                client = Client(cluster)
                self._own = [client, cluster]
            else:
                try:
                    client = Client(address, timeout=timeout)
                except (OSError, TimeoutError) as exc:
                    raise RuntimeError(f"cannot reach the Dask scheduler {address}: {exc}"
                                       ) from None
                self._own = [client]
        self.client = client
        n = max(1, len(client.scheduler_info().get("workers", {})))
        self.workers = f"Dask, {n} workers at {client.scheduler.address}"
        self.batch_size = batch_size
        self.window = n * 3   # enough batches in flight to keep every worker busy

    def submit(self, batch: list[Article], config: Config) -> _FutureHandle:
        # pure=False: the same batch submitted twice (a --force rebuild) is analysed again
        return _FutureHandle(self.client.submit(_process_batch, batch, config, pure=False))

    def close(self) -> None:
        for obj in self._own:
            obj.close()
        self._own = []
