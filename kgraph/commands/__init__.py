"""Sub-commands of the ``kgraph`` CLI: one module each, with ``register(subparsers)``.

Every module listed in :data:`COMMANDS` adds its parser; the CLI loads them in this order.
"""
from __future__ import annotations

import argparse
import importlib

COMMANDS = ["build", "eval", "validate", "export", "query", "analyze", "serve"]


def register_all(sub: argparse._SubParsersAction) -> None:
    for name in COMMANDS:
        try:
            mod = importlib.import_module(f"{__name__}.{name}")
        except ModuleNotFoundError as exc:
            if exc.name == f"{__name__}.{name}":
                continue  # command not shipped in this build
            raise
        mod.register(sub)
