"""``kgraph validate FILE``: check a graph against the SHACL shapes of the output contract."""
from __future__ import annotations

import argparse
import sys


def cmd_validate(args: argparse.Namespace) -> int:
    from ..query import QueryError
    from ..validate import errors, validate
    status = 0
    for path in args.files:
        try:
            results = validate(path)
        except QueryError as exc:
            print(f"kgraph: {exc}", file=sys.stderr)
            status = max(status, 2)
            continue
        bad = errors(results)
        shown = results if args.warnings else bad
        for v in shown[:args.limit or None]:
            print(f"{path}: {v.severity}\n  focus:   {v.focus}\n  path:    {v.path or '-'}"
                  f"\n  message: {v.message}" + (f"\n  value:   {v.value}" if v.value else ""))
        if args.limit and len(shown) > args.limit:
            print(f"{path}: … {len(shown) - args.limit} more not shown (--limit 0 shows all)")
        warn = len(results) - len(bad)
        if bad:
            print(f"{path}: {len(bad)} violation(s), {warn} warning(s)")
            status = max(status, 1)
        elif not args.quiet:
            print(f"{path}: conforms" + (f" ({warn} warning(s); --warnings shows them)"
                                         if warn and not args.warnings else ""))
    return status


def register(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser("validate", help="check a graph file against the output contract (SHACL)",
                       description="Validate graph files (Turtle, TriG, N-Triples, JSON-LD) "
                       "against kgraph's SHACL shapes: every fact has one subject, predicate, "
                       "object and modality, a source article and an evidence sentence; every "
                       "entity a type and one English label; every article its metadata. "
                       "Prints each violation (focus node, path, message); exit 1 on any.")
    p.add_argument("files", nargs="+", metavar="FILE", help="graph file(s)")
    p.add_argument("--warnings", action="store_true", help="also print warnings")
    p.add_argument("--limit", type=int, default=50, metavar="N",
                   help="print at most N results per file (default 50; 0 = all)")
    p.add_argument("--quiet", "-q", action="store_true", help="print nothing for conforming files")
    p.set_defaults(func=cmd_validate)
