"""``kgraph export GRAPH --format F --out FILE``: convert a graph to another format."""
from __future__ import annotations

import argparse
import sys
from pathlib import Path


def cmd_export(args: argparse.Namespace) -> int:
    from ..export.formats import FORMATS, parse_formats, write_format
    from ..query import QueryError, read_graph
    (fmt,) = parse_formats(args.format) or ["ttl"]
    out = Path(args.out) if args.out else Path(args.graph).with_suffix(FORMATS[fmt])
    if out.resolve() == Path(args.graph).resolve():
        print(f"kgraph: {out}: refusing to overwrite the input graph", file=sys.stderr)
        return 2
    try:
        g = read_graph(args.graph)
    except QueryError as exc:
        print(f"kgraph: {exc}", file=sys.stderr)
        return 2
    write_format(g, out, fmt)
    if not args.quiet:
        print(f"wrote {out} ({fmt}, {len(g)} triples)")
    return 0


def register(sub: argparse._SubParsersAction) -> None:
    from ..export.formats import FORMATS
    p = sub.add_parser("export", help="write a graph as TriG, JSON-LD, N-Triples, GraphML, CSV or Turtle",
                       description="Read a graph file and write it in another format: ttl "
                       "(Turtle), trig (one named graph per article), jsonld (JSON-LD with a "
                       "context), nt (sorted N-Triples), graphml (for Gephi: entities as nodes, "
                       "facts as edges) or csv (one row per fact). Output is deterministic.")
    p.add_argument("graph", metavar="GRAPH", help="graph file (.ttl, .trig, .nt, .jsonld)")
    p.add_argument("--format", "-f", required=True, choices=list(FORMATS), help="output format")
    p.add_argument("--out", "-o", metavar="FILE",
                   help="output file (default: GRAPH with the format's suffix)")
    p.add_argument("--quiet", "-q", action="store_true", help="print nothing but errors")
    p.set_defaults(func=cmd_export)
