"""``kgraph build``: sources → graph.ttl and graph.html."""
from __future__ import annotations

import argparse
import sys
from pathlib import Path

from .common import add_common, config_from


def cmd_build(args: argparse.Namespace) -> int:
    from ..build import build, default_jobs
    from ..export.atomic import atomic_write
    from ..export.formats import FORMATS, export_text, parse_formats
    from ..export.html import graph_html
    formats = parse_formats(args.format)  # checked before the (slow) build
    cfg = config_from(args)
    for s in args.sources:
        if not Path(s).exists():
            print(f"kgraph: {s}: no such file or folder", file=sys.stderr)
            return 2
    from .. import store as stores
    out = Path(args.out)
    cache_dir = None if args.no_cache else Path(args.cache) if args.cache else out / ".kgraph-cache"
    # cleared by the build itself, once it has read articles (a failed build keeps the store)
    target = stores.open_store(args.store, clear=False) if args.store != "memory" else None
    try:
        g, report = build(args.sources, cfg, progress=not args.quiet and sys.stderr.isatty(),
                          graph=target, jobs=args.jobs or default_jobs(), cache_dir=cache_dir,
                          force=args.force, dask=args.dask, replace=True)
        if report.articles == 0:
            print("kgraph: no article could be read; nothing written", file=sys.stderr)
            print(report.summary(), file=sys.stderr)
            return 1
        # every file is rendered before any is replaced, so that a failure or a kill while
        # rendering leaves the previous set whole; then each is renamed into place
        texts = {out / f"graph{FORMATS[f]}": export_text(g, f) for f in formats}
        texts[out / "graph.html"] = graph_html(
            g, title="kgraph: " + ", ".join(str(s) for s in args.sources), max_nodes=cfg.html_max_nodes)
        for path, text in texts.items():
            atomic_write(path, text)
        written = list(texts)
        where = stores.publish(g, args.store)
    except RuntimeError as exc:  # an unreachable SPARQL server or Dask scheduler
        print(f"kgraph: {exc}", file=sys.stderr)
        return 1
    finally:
        if target is not None:
            stores.close(target)
    if not args.quiet:
        print(report.summary())
        print("wrote " + ", ".join(str(p) for p in written))
        if where:
            print(where)
    if report.errors and args.strict:
        return 1
    return 0



def register(sub: argparse._SubParsersAction) -> None:
    b = sub.add_parser("build", help="read sources, extract facts, write graph.ttl and graph.html",
                       description="Read articles (.txt, .md, .html, .jsonl; folders recursively), "
                       "extract entities and facts and write OUT/graph.ttl and OUT/graph.html.")
    b.add_argument("sources", nargs="+", help="files or folders of articles")
    b.add_argument("--out", "-o", default="exports", help="output folder (default: exports)")
    b.add_argument("--html-max-nodes", type=int, default=None, metavar="N",
                   help="graph.html keeps the N most central entities and says so (default 1500, "
                        "0 = all)")
    b.add_argument("--max-file-mb", type=float, default=None,
                   help="skip source files larger than this (default 20)")
    b.add_argument("--strict", action="store_true", help="exit 1 when any source was skipped")
    b.add_argument("--quiet", "-q", action="store_true", help="print nothing but errors")
    b.add_argument("--format", "-f", default="ttl", metavar="F[,F…]",
                   help="graph formats to write, comma-separated: ttl, trig, jsonld, nt, graphml, "
                        "csv (default: ttl); graph.html is always written")
    b.add_argument("--jobs", "-j", type=int, default=0, metavar="N",
                   help="worker processes analysing articles (default: the number of cores)")
    b.add_argument("--cache", metavar="DIR", help="cache of per-article results "
                   "(default: OUT/.kgraph-cache); a rebuild analyses only new or changed articles")
    b.add_argument("--no-cache", action="store_true", help="neither read nor write the cache")
    b.add_argument("--force", action="store_true",
                   help="analyse every article again (and refresh the cache)")
    b.add_argument("--store", default="memory", metavar="STORE",
                   help="where the graph is built: memory (default), oxigraph:DIR (a persistent "
                        "Oxigraph store that kgraph query/analyze/serve can open) or sparql:URL "
                        "(the update endpoint of a running SPARQL 1.1 server; replaces its "
                        "default graph)")
    b.add_argument("--dask", metavar="SCHEDULER",
                   help="analyse on a Dask cluster: LOCAL (a local cluster of --jobs workers) "
                        "or the scheduler address, e.g. tcp://scheduler:8786")
    add_common(b)
    b.set_defaults(func=cmd_build)
