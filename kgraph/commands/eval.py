"""``kgraph eval``: build sources (or read a graph) and score its facts against gold files."""
from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

from .common import add_common, config_from


def cmd_eval(args: argparse.Namespace) -> int:
    from ..evaluate import (articles_in_graph, format_report, gold_files, load_graph,
                            score)
    golds = gold_files(args.gold)
    if args.graph:
        if args.sources:
            print("kgraph: give SOURCES or --graph, not both", file=sys.stderr)
            return 2
        if not Path(args.graph).is_file():
            print(f"kgraph: {args.graph}: no such file", file=sys.stderr)
            return 2
        g = load_graph(args.graph)
    else:
        if not args.sources:
            print("kgraph: nothing to score: give SOURCES to build, or --graph FILE",
                  file=sys.stderr)
            return 2
        for s in args.sources:
            if not Path(s).exists():
                print(f"kgraph: {s}: no such file or folder", file=sys.stderr)
                return 2
        from ..build import build
        g, report = build(args.sources, config_from(args))
        if report.articles == 0:
            print("kgraph: no article could be read; nothing to score", file=sys.stderr)
            return 1
        if args.save_graph:
            from ..export import write_turtle
            write_turtle(g, Path(args.save_graph))
    # a gold article that is not in the graph still counts (all its facts are misses)
    keys = articles_in_graph(g)
    for gf in golds:
        stem = gf.article.rsplit(".", 1)[0]
        if not any(stem in k for k in keys):
            print(f"kgraph: {gf.path}: article {gf.article} is not in the graph; "
                  f"its facts count as missed", file=sys.stderr)
    res = score(g, golds)
    if args.json:
        print(json.dumps(res.to_dict(), indent=1, ensure_ascii=False))
    else:
        print(format_report(res, verbose=args.verbose))
    return 0


def register(sub: argparse._SubParsersAction) -> None:
    e = sub.add_parser(
        "eval", help="score the facts of sources (or of a graph) against gold files",
        description="Build SOURCES (or read --graph FILE) and score the facts against gold "
        "JSON files: strict P/R/F1 over (subject, relation, object, modality), relaxed F1 "
        "(modality ignored), modality accuracy and false assertions, per article and overall.")
    e.add_argument("sources", nargs="*", help="files or folders of articles to build")
    e.add_argument("--gold", required=True, metavar="DIR",
                   help="folder of gold *.json files (or one gold file)")
    e.add_argument("--graph", metavar="FILE",
                   help="score an existing graph (.ttl, .trig, .nt, .nq, .jsonld) instead of building")
    e.add_argument("--save-graph", metavar="FILE", help="also write the built graph as Turtle")
    e.add_argument("--verbose", "-v", action="store_true", help="list missed and wrong facts")
    e.add_argument("--json", action="store_true", help="machine-readable output")
    add_common(e)
    e.set_defaults(func=cmd_eval)
