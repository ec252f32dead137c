"""``kgraph query GRAPH QUERY``: SPARQL from the shell, with ready queries."""
from __future__ import annotations

import argparse
import sys
from pathlib import Path


def _list_queries() -> str:
    from ..query import ready_queries
    lines = []
    for rq in ready_queries().values():
        params = "".join(f" --param {p}=…" for p in rq.params)
        lines.append(f"{rq.name}{params}\n    {rq.description}")
        lines += [f"    {p}: {d}" for p, d in rq.params.items()]
    return "\n".join(lines) + "\n"


def _query_text(arg: str) -> str:
    if arg == "-":
        return sys.stdin.read()
    path = Path(arg)
    if path.suffix.lower() in (".rq", ".sparql") or (len(arg) < 4096 and "\n" not in arg
                                                      and path.is_file()):
        if not path.is_file():
            raise ValueError(f"{arg}: no such query file")
        return path.read_text(encoding="utf-8")
    return arg


def cmd_query(args: argparse.Namespace) -> int:
    from ..query import (QueryError, bind_params, format_csv, format_json, format_table, load,
                         query_form, ready_query)
    if args.list:
        sys.stdout.write(_list_queries())
        return 0
    if not args.graph:
        print("kgraph: query needs a GRAPH file (or --list)", file=sys.stderr)
        return 2
    if bool(args.query) == bool(args.name):
        print("kgraph: give either a QUERY (text or .rq file) or --name NAME "
              "(kgraph query --list shows the names)", file=sys.stderr)
        return 2
    params = {}
    for spec in args.param:
        key, sep, value = spec.partition("=")
        if not sep or not key.strip():
            print(f"kgraph: --param expects NAME=VALUE, got {spec!r}", file=sys.stderr)
            return 2
        params[key.strip()] = value
    try:
        if args.name:
            rq = ready_query(args.name)
            missing = [p for p in rq.params if p not in params]
            if missing:
                raise QueryError(f"ready query {rq.name!r} needs --param {missing[0]}=… "
                                 f"({rq.params[missing[0]]})")
            text = rq.text
        else:
            text = _query_text(args.query)
        target = Path(args.graph)
        is_update = query_form(bind_params(text, params) if params else text) == "UPDATE"
        kg = load(target, read_only=not (args.allow_update and is_update))
        before = len(kg)
        df = kg.query(text, params, allow_update=args.allow_update)
        if is_update and target.is_dir():  # an Oxigraph store: changed in place
            from .. import store as stores
            after = len(kg)
            stores.close(kg.graph)
            print(f"updated store {target}: {before} → {after} triples")
            return 0
        if is_update:
            from rdflib import Graph

            from ..export.formats import FORMATS, write_format
            fmt = {v: k for k, v in FORMATS.items()}.get(target.suffix.lower())
            if fmt is None or fmt in ("csv", "graphml"):
                raise QueryError(f"{target}: cannot write an updated graph back to this file type")
            mem = Graph()
            for prefix, ns in kg.graph.namespaces():
                mem.bind(prefix, ns, override=True)
            for t in kg.graph:
                mem.add(t)
            write_format(mem, target, fmt)
            print(f"updated {target}: {before} → {len(mem)} triples")
            return 0
    except QueryError as exc:
        print(f"kgraph: {exc}", file=sys.stderr)
        return 1 if "read-only" in str(exc) else 2
    if args.format == "csv":
        sys.stdout.write(format_csv(df))
    elif args.format == "json":
        sys.stdout.write(format_json(df))
    else:
        sys.stdout.write(format_table(df, max_width=args.max_width))
    return 0


def register(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser("query", help="run SPARQL on a graph (text, .rq file or a ready query)",
                       description="Run a SPARQL query on a graph file. The ontology's prefixes "
                       "(kg, kgo, rdf, rdfs, skos, owl, prov, dcterms, xsd, schema, wd) are "
                       "pre-bound. Queries are read-only: UPDATE is refused unless "
                       "--allow-update (which writes the changed graph back to GRAPH).",
                       epilog="examples:\n  kgraph query exports/graph.ttl --list\n"
                       "  kgraph query exports/graph.ttl --name who-talked-to-whom\n"
                       "  kgraph query exports/graph.ttl --name about-entity --param "
                       "'entity=Joe Biden'\n  kgraph query exports/graph.ttl "
                       "'SELECT ?s ?o WHERE { ?s kg:phones ?o }' --format csv",
                       formatter_class=argparse.RawDescriptionHelpFormatter)
    p.add_argument("graph", nargs="?", metavar="GRAPH", help="graph file (.ttl, .trig, .nt, .jsonld)")
    p.add_argument("query", nargs="?", metavar="QUERY",
                   help="SPARQL text, a .rq file, or - for standard input")
    p.add_argument("--name", "-n", metavar="NAME", help="run a ready query (see --list)")
    p.add_argument("--list", action="store_true", help="list the ready queries and exit")
    p.add_argument("--param", "-p", action="append", default=[], metavar="NAME=VALUE",
                   help="bind a query variable (?NAME) to a value: text, a number or <IRI>; "
                        "repeatable")
    p.add_argument("--format", "-f", choices=["table", "csv", "json"], default="table",
                   help="output: aligned table (default), CSV or JSON records")
    p.add_argument("--max-width", type=int, default=80, metavar="N",
                   help="cut table cells to N characters (default 80; 0 = never)")
    p.add_argument("--allow-update", action="store_true",
                   help="allow SPARQL UPDATE and write the changed graph back to GRAPH")
    p.set_defaults(func=cmd_query)
