"""``kgraph analyze``: network analysis of a built graph (centrality, communities, shortest
connection, ego network) as a Markdown or CSV report."""
from __future__ import annotations

import argparse
import sys
from pathlib import Path
from typing import Union

from rdflib import Graph


def load_graph(path: Union[str, Path]) -> Graph:
    """Read a graph file (Turtle, TriG, N-Triples, JSON-LD …) into one rdflib graph."""
    try:
        from ..query import read_graph
    except ImportError:  # kgraph.query not shipped in this build: plain rdflib
        read_graph = None
    if read_graph is not None:
        return read_graph(path)
    from rdflib import Dataset
    from rdflib.util import guess_format
    path = Path(path)
    if not path.is_file():
        raise ValueError(f"{path}: no such file")
    fmt = guess_format(str(path)) or "turtle"
    try:
        if fmt in ("trig", "nquads"):
            ds = Dataset()
            ds.parse(str(path), format=fmt)
            g = Graph()
            for s, p, o, _ in ds.quads((None, None, None, None)):
                g.add((s, p, o))
            return g
        return Graph().parse(str(path), format=fmt)
    except Exception as exc:
        raise ValueError(f"{path}: cannot read as {fmt}: {exc}") from exc


def _split(values: list[str]) -> list[str]:
    return [v.strip() for item in values for v in item.split(",") if v.strip()]


def cmd_analyze(args: argparse.Namespace) -> int:
    import networkx as nx

    from ..export.atomic import atomic_write
    from ..model import MODALITIES
    from ..network import (analyse, by_date, by_relation, ego, path_csv, path_markdown,
                           shortest_connection, to_csv, to_markdown, to_networkx)

    include = {"asserted"}
    for m in _split(args.include):
        include.update(MODALITIES if m == "all" else {m})
    g = load_graph(args.graph)
    G = to_networkx(g, include=include)
    what = [f"modality {', '.join(m for m in MODALITIES if m in include)}"]
    relations = _split(args.relation)
    if relations:
        G = by_relation(G, relations, isolates=True)
        what.append(f"relation {', '.join(relations)}")
    if args.date_from or args.date_to:
        G = by_date(G, args.date_from, args.date_to, isolates=True)
        what.append(f"dates {args.date_from or '…'} to {args.date_to or '…'}")
    try:
        if args.path:
            a, b = args.path
            try:
                hops = shortest_connection(G, a, b)
            except nx.NetworkXNoPath:
                print(f"kgraph: no connection between {a!r} and {b!r} in the selected facts "
                      f"({'; '.join(what)})", file=sys.stderr)
                return 1
            text = path_csv(hops) if args.format == "csv" else path_markdown(hops, a, b)
        else:
            title = f"Network report: {Path(args.graph).name}"
            if args.ego:
                G = ego(G, args.ego, radius=args.radius)
                title = f"Ego network of {args.ego} (radius {args.radius}): {Path(args.graph).name}"
            rep = analyse(G, title=f"{title} ({'; '.join(what)})", top=args.top, seed=args.seed)
            text = to_csv(rep) if args.format == "csv" else to_markdown(rep)
    except KeyError as exc:  # an entity name that matches nothing
        print(f"kgraph: {exc.args[0]}", file=sys.stderr)
        return 2
    if args.out:
        atomic_write(args.out, text)
    else:
        sys.stdout.write(text)
    return 0


def register(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser(
        "analyze", help="network analysis of a graph: centrality, communities, paths, ego networks",
        description="Read GRAPH (Turtle, TriG, …, as written by kgraph build/export) and report "
        "the most central entities (degree, PageRank, betweenness), communities (Louvain, "
        "seeded) and fact counts; or the shortest connection between two entities with the "
        "evidence of each hop (--path); or the report of one entity's ego network (--ego). "
        "Only asserted facts count unless --include adds other modalities.")
    p.add_argument("graph", metavar="GRAPH", help="graph file (.ttl, .trig, .nt, .jsonld …)")
    p.add_argument("--include", action="append", default=[], metavar="MODALITIES",
                   help="also use facts of these modalities (comma-separated: planned, "
                        "hypothetical, negated, or all); repeatable")
    p.add_argument("--relation", action="append", default=[], metavar="RELATIONS",
                   help="keep only these relations or families (comma-separated, e.g. "
                        "phones,meets or diplomacy); repeatable")
    p.add_argument("--from", dest="date_from", metavar="DATE",
                   help="keep facts dated on or after DATE (YYYY-MM-DD, YYYY-MM or YYYY; a fact "
                        "without its own date has its article's)")
    p.add_argument("--to", dest="date_to", metavar="DATE", help="keep facts dated on or before DATE")
    p.add_argument("--path", nargs=2, metavar=("A", "B"),
                   help="shortest connection between two entities (label, alternative label or IRI)")
    p.add_argument("--ego", metavar="ENTITY", help="report on the ego network of ENTITY")
    p.add_argument("--radius", type=int, default=1, help="hops around --ego (default 1)")
    p.add_argument("--top", type=int, default=10, help="entities per ranking (default 10)")
    p.add_argument("--seed", type=int, default=0, help="seed of the community detection (default 0)")
    p.add_argument("--format", choices=("markdown", "csv"), default="markdown",
                   help="output format (default markdown)")
    p.add_argument("--out", "-o", metavar="FILE", help="write to FILE instead of standard output")
    p.set_defaults(func=cmd_analyze)
