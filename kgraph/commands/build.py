"""``kgraph build``: sources → graph.ttl and graph.html."""
from __future__ import annotations

import argparse
import sys
from pathlib import Path

from .common import add_common, config_from


def cmd_build(args: argparse.Namespace) -> int:
    from ..build import build
    from ..export import write_turtle
    from ..export.html import write_html
    cfg = config_from(args)
    for s in args.sources:
        if not Path(s).exists():
            print(f"kgraph: {s}: no such file or folder", file=sys.stderr)
            return 2
    g, report = build(args.sources, cfg, progress=not args.quiet and sys.stderr.isatty())
    out = Path(args.out)
    if report.articles == 0:
        print("kgraph: no article could be read; nothing written", file=sys.stderr)
        print(report.summary(), file=sys.stderr)
        return 1
    write_turtle(g, out / "graph.ttl")
    write_html(g, out / "graph.html", title="kgraph: " + ", ".join(str(s) for s in args.sources))
    if not args.quiet:
        print(report.summary())
        print(f"wrote {out / 'graph.ttl'} and {out / 'graph.html'}")
    if report.errors and args.strict:
        return 1
    return 0



def register(sub: argparse._SubParsersAction) -> None:
    b = sub.add_parser("build", help="read sources, extract facts, write graph.ttl and graph.html",
                       description="Read articles (.txt, .md, .html, .jsonl; folders recursively), "
                       "extract entities and facts and write OUT/graph.ttl and OUT/graph.html.")
    b.add_argument("sources", nargs="+", help="files or folders of articles")
    b.add_argument("--out", "-o", default="exports", help="output folder (default: exports)")
    b.add_argument("--max-file-mb", type=float, default=None,
                   help="skip source files larger than this (default 20)")
    b.add_argument("--strict", action="store_true", help="exit 1 when any source was skipped")
    b.add_argument("--quiet", "-q", action="store_true", help="print nothing but errors")
    add_common(b)
    b.set_defaults(func=cmd_build)
