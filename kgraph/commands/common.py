"""Options and helpers shared by the sub-commands."""
from __future__ import annotations

import argparse


def add_common(p: argparse.ArgumentParser) -> None:
    p.add_argument("--config", metavar="FILE", help="TOML configuration file (base IRI, "
                   "spaCy pipelines per language, size limits)")
    p.add_argument("--base-iri", metavar="IRI", help="base IRI of the minted entity, article and fact IRIs")
    p.add_argument("--pipeline", action="append", default=[], metavar="LANG=NAME",
                   help="use an installed spaCy pipeline for a language, e.g. de=de_core_news_lg "
                        "('blank' = embedded rules); repeatable")


def config_from(args):
    from ..config import Config
    cfg = Config.load(args.config)
    if getattr(args, "base_iri", None):
        cfg.base_iri = args.base_iri
    for spec in getattr(args, "pipeline", []) or []:
        lang, _, name = spec.partition("=")
        if not name:
            raise ValueError(f"--pipeline expects LANG=NAME, got {spec!r}")
        cfg.pipelines[lang] = name
    if getattr(args, "max_file_mb", None) is not None:
        if args.max_file_mb <= 0:
            raise ValueError(f"--max-file-mb must be positive, got {args.max_file_mb:g}")
        cfg.max_file_mb = args.max_file_mb
    if getattr(args, "html_max_nodes", None) is not None:
        if args.html_max_nodes < 0:
            raise ValueError("--html-max-nodes must be 0 (no limit) or positive")
        cfg.html_max_nodes = args.html_max_nodes
    return cfg


