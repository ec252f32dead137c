"""Where a graph lives: rdflib's memory store, a persistent Oxigraph store (through
``oxrdflib``), or any SPARQL 1.1 server (written through SPARQL Update).

Store specifications (``kgraph build --store``):

- ``memory`` — an in-memory rdflib graph (the default);
- ``oxigraph:DIR`` — a persistent Oxigraph database in the folder ``DIR``;
- ``sparql:URL`` — a running SPARQL 1.1 server; ``URL`` is its update endpoint (a bare
  ``http://host:port`` means Oxigraph's ``/update``). A build replaces the server's
  default graph.

:func:`load` opens a Turtle (or other RDF) file or an Oxigraph store folder for reading,
so every command accepts either.
"""
from __future__ import annotations

import urllib.error
import urllib.parse
import urllib.request
from pathlib import Path
from typing import Iterable, Optional, Union

from rdflib import Graph, Literal
from rdflib.graph import DATASET_DEFAULT_GRAPH_ID
from rdflib.util import guess_format

from .graph import PREFIXES, new_graph
from .namespaces import XSD

KINDS = ("memory", "oxigraph", "sparql")


def parse_spec(spec: str) -> tuple[str, str]:
    """``"oxigraph:DIR"`` → ``("oxigraph", "DIR")``; raises ``ValueError`` when malformed."""
    if spec == "memory":
        return "memory", ""
    kind, sep, target = spec.partition(":")
    if kind in ("oxigraph", "sparql") and sep and target:
        if kind == "sparql" and not target.startswith(("http://", "https://")):
            raise ValueError(f"--store sparql:URL needs an http(s) URL, got {target!r}")
        return kind, target
    raise ValueError(f"unknown store {spec!r} (use memory, oxigraph:DIR or sparql:URL)")


def _bind(g: Graph) -> Graph:
    for p, ns in PREFIXES.items():
        g.bind(p, ns, override=True)
    return g


def is_store_dir(path: Union[str, Path]) -> bool:
    """True for a folder holding an Oxigraph (RocksDB) database."""
    p = Path(path)
    return p.is_dir() and (p / "CURRENT").is_file()


def _store_class():
    from oxrdflib import OxigraphStore

    class KgOxigraphStore(OxigraphStore):
        """Oxigraph gives plain literals back typed ``xsd:string`` (RDF 1.1); rdflib keeps
        them untyped. Reading them back untyped makes a graph from either store serialise
        to the same bytes."""

        def triples(self, triple_pattern, context=None):
            for (s, p, o), ctx in super().triples(triple_pattern, context):
                if isinstance(o, Literal) and o.datatype == XSD.string:
                    o = Literal(str(o))
                yield (s, p, o), ctx

    return KgOxigraphStore


def oxigraph_graph(folder: Union[str, Path, None] = None, read_only: bool = False) -> Graph:
    """The default graph of an Oxigraph store as an rdflib ``Graph``: persistent in
    ``folder`` (created if missing), or in memory when ``folder`` is None."""
    import pyoxigraph

    OxigraphStore = _store_class()
    if folder is None:
        ox = pyoxigraph.Store()
    else:
        Path(folder).mkdir(parents=True, exist_ok=True)
        ox = pyoxigraph.Store.read_only(str(folder)) if read_only else pyoxigraph.Store(str(folder))
    # the dataset's default graph, not a named graph that SPARQL servers would hide
    return _bind(Graph(store=OxigraphStore(store=ox), identifier=DATASET_DEFAULT_GRAPH_ID))


def open_store(spec: str, clear: bool = True) -> Graph:
    """The graph a build writes into. ``clear`` empties a persistent store first (a build
    holds exactly the current sources). ``sparql:`` builds in memory; see :func:`publish`."""
    kind, target = parse_spec(spec)
    if kind == "oxigraph":
        g = oxigraph_graph(target)
        if clear:
            g.store._inner.clear()
        return g
    return new_graph()


def publish(g: Graph, spec: str) -> Optional[str]:
    """After a build: push ``g`` to a ``sparql:`` store, flush an Oxigraph store.
    Returns a line saying where the graph went."""
    kind, target = parse_spec(spec)
    if kind == "sparql":
        n = write_sparql(g, target)
        return f"wrote {n} triples to {update_url(target)}"
    if kind == "oxigraph":
        g.store._inner.flush()
        return f"stored {len(g)} triples in {target}"
    return None


def close(g: Graph) -> None:
    """Release a store (Oxigraph keeps a lock on its folder while open)."""
    if getattr(g.store, "_store", None) is not None:  # an open Oxigraph store
        try:
            g.store._store.flush()
        except (OSError, RuntimeError):
            pass  # read-only: nothing to flush
        g.store.close()  # drops the last reference: the database is closed


def load(path: Union[str, Path], read_only: bool = True) -> Graph:
    """A graph to read: an Oxigraph store folder (opened in place) or an RDF file (Turtle,
    N-Triples, RDF/XML…, parsed into memory)."""
    p = Path(path)
    if p.is_dir():
        if not is_store_dir(p):
            raise ValueError(f"{p}: not an Oxigraph store folder (and not an RDF file)")
        return oxigraph_graph(p, read_only=read_only)
    if not p.is_file():
        raise ValueError(f"{p}: no such file or store folder")
    g = new_graph()
    g.parse(p, format=guess_format(str(p)) or "turtle")
    return g


# ---------------------------------------------------------------- SPARQL servers
def update_url(url: str) -> str:
    """The update endpoint: ``url`` itself, or Oxigraph's ``/update`` for a bare host."""
    parts = urllib.parse.urlsplit(url)
    return url.rstrip("/") + "/update" if parts.path in ("", "/") else url


def query_url(url: str) -> str:
    """The query endpoint matching :func:`update_url` (Oxigraph layout: ``/query``)."""
    u = update_url(url)
    return u[: -len("/update")] + "/query" if u.endswith("/update") else u


def _post(url: str, body: str, content_type: str, timeout: float) -> None:
    req = urllib.request.Request(url, data=body.encode("utf-8"), method="POST",
                                 headers={"Content-Type": content_type + "; charset=utf-8"})
    try:
        with urllib.request.urlopen(req, timeout=timeout) as resp:
            resp.read()
    except urllib.error.HTTPError as exc:
        detail = exc.read().decode("utf-8", "replace")[:300]
        raise RuntimeError(f"{url}: SPARQL update failed: HTTP {exc.code} {detail}") from None
    except urllib.error.URLError as exc:
        raise RuntimeError(f"{url}: cannot reach the SPARQL server: {exc.reason}") from None


def _batches(triples: Iterable[tuple], size: int) -> Iterable[list[tuple]]:
    batch: list[tuple] = []
    for t in triples:
        batch.append(t)
        if len(batch) >= size:
            yield batch
            batch = []
    if batch:
        yield batch


def write_sparql(g: Graph, url: str, batch: int = 10000, replace: bool = True,
                 timeout: float = 300.0) -> int:
    """Write ``g`` into the default graph of the SPARQL 1.1 server at ``url`` with SPARQL
    Update (``CLEAR DEFAULT`` first when ``replace``); return the number of triples."""
    endpoint = update_url(url)
    if replace:
        _post(endpoint, "CLEAR SILENT DEFAULT", "application/sparql-update", timeout)
    n = 0
    # kgraph graphs have no blank nodes, so plain INSERT DATA of N-Triples terms is exact
    for chunk in _batches(sorted(g), batch):
        body = "INSERT DATA {\n" + "".join(
            f"{s.n3()} {p.n3()} {o.n3()} .\n" for s, p, o in chunk) + "}"
        _post(endpoint, body, "application/sparql-update", timeout)
        n += len(chunk)
    return n


__all__ = ["KINDS", "parse_spec", "open_store", "publish", "close", "load", "is_store_dir",
           "oxigraph_graph", "write_sparql", "update_url", "query_url"]
