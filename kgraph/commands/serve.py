"""``kgraph serve STORE_OR_TTL``: a read-only SPARQL 1.1 endpoint (``/query``) over a built
graph — an Oxigraph store folder (``kgraph build --store oxigraph:DIR``) or an RDF file.

The built-in server runs each query in a worker process over pyoxigraph: a query past the
time limit is stopped (the worker is killed and replaced), results are capped, and SERVICE /
FROM clauses — which would make the server fetch from any host a client names — are refused.
``--oxigraph-server`` uses Oxigraph's own server (``oxigraph serve-read-only``) instead, which
has no such filter. Binds to 127.0.0.1 unless told otherwise.
"""
from __future__ import annotations

import argparse
import json
import shutil
import signal
import subprocess
import sys
import tempfile
import threading
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import Optional
from urllib.parse import parse_qs, urlsplit

RESULT_TYPES = {  # Accept header → pyoxigraph results format name
    "application/sparql-results+json": "JSON", "application/json": "JSON",
    "application/sparql-results+xml": "XML", "text/csv": "CSV",
    "text/tab-separated-values": "TSV"}
GRAPH_TYPES = {"text/turtle": "TURTLE", "application/n-triples": "N_TRIPLES",
               "application/rdf+xml": "RDF_XML"}


def oxigraph_binary() -> Optional[str]:
    """The ``oxigraph`` server executable next to this Python, or on PATH."""
    local = Path(sys.executable).parent / "oxigraph"
    return str(local) if local.is_file() else shutil.which("oxigraph")


def prepare_store(source: Path, workdir: Path) -> Path:
    """A store folder to serve: ``source`` itself, or ``source`` (an RDF file) loaded into
    a new store under ``workdir``."""
    from ..store import is_store_dir
    if source.is_dir():
        if not is_store_dir(source):
            raise ValueError(f"{source}: not an Oxigraph store folder (and not an RDF file)")
        return source
    if not source.is_file():
        raise ValueError(f"{source}: no such file or store folder")
    import pyoxigraph as ox
    fmt = ox.RdfFormat.from_extension(source.suffix.lstrip(".") or "ttl") or ox.RdfFormat.TURTLE
    folder = workdir / "store"
    store = ox.Store(str(folder))
    store.bulk_load(path=str(source), format=fmt)
    store.flush()
    del store  # release the database lock before the server opens it
    return folder


def _worker_main(folder: str, conn, max_results: int) -> None:
    """A query worker: answers (query, accept) requests from the server over ``conn``."""
    import pyoxigraph as ox
    store = ox.Store.read_only(folder)
    while True:
        try:
            q, accept = conn.recv()
        except EOFError:
            return
        try:
            conn.send(("ok",) + _execute(store, q, accept, max_results))
        except Exception as exc:  # a bad or too large query is the client's error
            conn.send(("error", f"{type(exc).__name__}: {exc}", ""))


class QueryWorkers:
    """Worker processes that run queries; one past its time limit is killed and replaced, so
    a runaway query never keeps a core busy after its answer (503) was sent."""

    def __init__(self, folder: Path, size: int, max_results: int):
        import multiprocessing as mp
        self.ctx = mp.get_context("spawn")
        self.folder, self.max_results = str(folder), max_results
        self.idle: list = []
        self.lock = threading.Lock()
        self.slots = threading.Semaphore(size)
        for _ in range(size):
            self.idle.append(self._start())

    def _start(self):
        parent, child = self.ctx.Pipe()
        proc = self.ctx.Process(target=_worker_main, args=(self.folder, child, self.max_results),
                                daemon=True)
        proc.start()
        child.close()
        return proc, parent

    def run(self, q: str, accept: list[str], timeout: float) -> Optional[tuple]:
        """``("ok", body, mime)``, ``("error", message, "")`` or None after the time limit."""
        with self.slots:
            with self.lock:
                proc, conn = self.idle.pop()
            try:
                conn.send((q, accept))
                if conn.poll(timeout):
                    answer = conn.recv()
                    with self.lock:
                        self.idle.append((proc, conn))
                    return answer
            except (EOFError, OSError):
                pass
            proc.kill()
            proc.join()
            conn.close()
            with self.lock:
                self.idle.append(self._start())
            return None

    def close(self) -> None:
        with self.lock:
            for proc, conn in self.idle:
                conn.close()
                proc.kill()
                proc.join()
            self.idle.clear()


def make_server(folder: Path, host: str, port: int, timeout: float = 30.0,
                max_results: int = 100_000, workers: int = 2) -> ThreadingHTTPServer:
    """The built-in read-only SPARQL endpoint (GET or POST ``/query``)."""
    from ..query import network_clauses
    pool = QueryWorkers(folder, workers, max_results)

    class Handler(BaseHTTPRequestHandler):
        server_version = "kgraph-sparql"

        def log_message(self, fmt: str, *args) -> None:  # quiet: one line per request
            sys.stderr.write(f"{self.address_string()} {fmt % args}\n")

        def _query_text(self) -> Optional[str]:
            url = urlsplit(self.path)
            if url.path != "/query":
                return None
            params = parse_qs(url.query)
            if self.command == "POST":
                body = self.rfile.read(int(self.headers.get("Content-Length") or 0)).decode("utf-8")
                ctype = (self.headers.get("Content-Type") or "").split(";")[0].strip()
                if ctype == "application/sparql-query":
                    return body
                params.update(parse_qs(body))
            return (params.get("query") or [None])[0]

        def _send(self, code: int, body: bytes, ctype: str) -> None:
            self.send_response(code)
            self.send_header("Content-Type", ctype)
            self.send_header("Content-Length", str(len(body)))
            self.end_headers()
            self.wfile.write(body)

        def _answer(self) -> None:
            q = self._query_text()
            if q is None:
                self._send(404 if urlsplit(self.path).path != "/query" else 400,
                           b"read-only SPARQL endpoint: GET or POST /query?query=...\n",
                           "text/plain")
                return
            accept = [a.split(";")[0].strip() for a in (self.headers.get("Accept") or "").split(",")]
            remote = network_clauses(q)
            if remote:
                self._send(400, f"{' and '.join(remote)} clauses are refused: this endpoint does "
                           "not fetch from the network\n".encode(), "text/plain")
                return
            answer = pool.run(q, accept, timeout)
            if answer is None:
                self._send(503, f"query timed out after {timeout:g} s\n".encode(), "text/plain")
            elif answer[0] == "error":
                self._send(400, (answer[1] + "\n").encode("utf-8"), "text/plain")
            else:
                self._send(200, answer[1], answer[2])

        do_GET = _answer
        do_POST = _answer

    class Server(ThreadingHTTPServer):
        daemon_threads = True

        def server_close(self) -> None:
            super().server_close()
            pool.close()

    return Server((host, port), Handler)


def _execute(store, q: str, accept: list[str], max_results: int) -> tuple[bytes, str]:
    """Run a query; return the serialised result and its media type."""
    import pyoxigraph as ox
    res = store.query(q)
    if isinstance(res, ox.QueryBoolean):
        mime = next((a for a in accept if a in RESULT_TYPES), "application/sparql-results+json")
        return res.serialize(format=getattr(ox.QueryResultsFormat, RESULT_TYPES[mime])), mime
    if isinstance(res, ox.QuerySolutions):
        mime = next((a for a in accept if a in RESULT_TYPES), "application/sparql-results+json")
        variables = [v.value for v in res.variables]
        rows = []
        for row in res:
            if len(rows) >= max_results:
                raise OverflowError(f"more than {max_results} results; narrow the query")
            rows.append([row[v] for v in variables])
        if RESULT_TYPES[mime] == "JSON":
            return _json_results(variables, rows), mime
        return store.query(q).serialize(format=getattr(ox.QueryResultsFormat, RESULT_TYPES[mime])), mime
    mime = next((a for a in accept if a in GRAPH_TYPES), "application/n-triples")
    if sum(1 for _ in res) > max_results:
        raise OverflowError(f"more than {max_results} triples; narrow the query")
    return store.query(q).serialize(format=getattr(ox.RdfFormat, GRAPH_TYPES[mime])), mime


def _json_results(variables: list[str], rows: list[list]) -> bytes:
    import pyoxigraph as ox

    def term(t) -> dict:
        if isinstance(t, ox.NamedNode):
            return {"type": "uri", "value": t.value}
        if isinstance(t, ox.BlankNode):
            return {"type": "bnode", "value": t.value}
        if isinstance(t, ox.Literal):
            d = {"type": "literal", "value": t.value}
            if t.language:
                d["xml:lang"] = t.language
            elif t.datatype.value != "http://www.w3.org/2001/XMLSchema#string":
                d["datatype"] = t.datatype.value
            return d
        return {"type": "triple", "value": str(t)}

    bindings = [{v: term(t) for v, t in zip(variables, row) if t is not None} for row in rows]
    return json.dumps({"head": {"vars": variables}, "results": {"bindings": bindings}},
                      ensure_ascii=False).encode("utf-8")


def _stop_on_sigterm() -> None:
    # a terminated `kgraph serve` must take its server (and temp store) down with it
    def handler(signum, frame):
        raise KeyboardInterrupt
    signal.signal(signal.SIGTERM, handler)


def cmd_serve(args: argparse.Namespace) -> int:
    source = Path(args.source)
    _stop_on_sigterm()
    with tempfile.TemporaryDirectory(prefix="kgraph-serve-") as tmp:
        folder = prepare_store(source, Path(tmp))
        url = f"http://{args.host}:{args.port}/query"
        binary = oxigraph_binary() if args.oxigraph_server else None
        if args.oxigraph_server and binary is None:
            raise ValueError("--oxigraph-server: the 'oxigraph' server is not installed "
                             "(pip install 'kgraph[server]')")
        print(f"kgraph: read-only SPARQL endpoint on {url} over {source} (Ctrl-C stops)",
              file=sys.stderr, flush=True)
        if binary:
            cmd = [binary, "serve-read-only", "--location", str(folder),
                   "--bind", f"{args.host}:{args.port}", "--timeout-s", str(int(args.timeout))]
            proc = subprocess.Popen(cmd)
            try:
                return proc.wait()
            except KeyboardInterrupt:
                proc.terminate()
                proc.wait()
                return 0
        server = make_server(folder, args.host, args.port, args.timeout, args.max_results)
        try:
            server.serve_forever()
        except KeyboardInterrupt:
            pass
        finally:
            server.server_close()
        return 0


def register(sub: argparse._SubParsersAction) -> None:
    s = sub.add_parser("serve", help="read-only SPARQL 1.1 endpoint over a store or Turtle file",
                       description="Serve a graph (an Oxigraph store folder from "
                       "'kgraph build --store oxigraph:DIR', or a Turtle/RDF file) as a "
                       "read-only SPARQL 1.1 endpoint at http://HOST:PORT/query.")
    s.add_argument("source", metavar="STORE_OR_TTL", help="store folder or RDF file")
    s.add_argument("--host", default="127.0.0.1",
                   help="address to bind (default 127.0.0.1: this machine only)")
    s.add_argument("--port", type=int, default=7878, help="port (default 7878)")
    s.add_argument("--timeout", type=float, default=30.0, metavar="S",
                   help="seconds a query may run (default 30)")
    s.add_argument("--max-results", type=int, default=100_000, metavar="N",
                   help="largest result the built-in server returns (default 100000)")
    s.add_argument("--builtin", action="store_true",
                   help="use the built-in server (the default; kept for scripts)")
    s.add_argument("--oxigraph-server", action="store_true",
                   help="use Oxigraph's own server (faster for many clients; note: it runs "
                        "SERVICE clauses, i.e. fetches from hosts a client names)")
    s.set_defaults(func=cmd_serve)
