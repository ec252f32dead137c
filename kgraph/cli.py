"""The ``kgraph`` command line: sub-commands live in :mod:`kgraph.commands`."""
from __future__ import annotations

import argparse
import sys
from typing import Optional, Sequence

from . import __version__
from .commands import register_all


def main(argv: Optional[Sequence[str]] = None) -> int:
    parser = argparse.ArgumentParser(
        prog="kgraph", description="Build a knowledge graph from news articles (German and "
        "English): who did what to whom, with modality and the sentence it came from.")
    parser.add_argument("--version", action="version", version=f"kgraph {__version__}")
    sub = parser.add_subparsers(dest="command", metavar="COMMAND")
    register_all(sub)
    args = parser.parse_args(argv)
    if not getattr(args, "func", None):
        parser.print_help()
        return 2
    try:
        return args.func(args)
    except ValueError as exc:
        print(f"kgraph: {exc}", file=sys.stderr)
        return 2


if __name__ == "__main__":
    sys.exit(main())
