#!/usr/bin/env python3
"""Score kgraph's open-relation extractor on the German BenchIE set, next to Multi2OIE.

    python benchmarks/benchie_de.py [BENCHIE_DIR] [--out benchmarks/BENCHIE.md] [--dump FILE]

BENCHIE_DIR (default ``../shared/benchmarks/benchie_de`` from the repository root) holds
``sample300_de.txt``, ``benchie_gold_annotations_de.txt`` and ``m2oie_de_explicit.txt``
(see its README; the data is under a research licence and is never copied into this
repository). Scoring follows that README: a triple matches a fact cluster when each slot
equals the slot of one of the cluster's triples with any subset of its ``[...]`` groups left
out (whitespace collapsed); precision = matching extractions / all extractions, recall =
clusters matched by at least one extraction / all clusters. Only figures are written out.
"""
from __future__ import annotations

import argparse
import itertools
import re
import sys
import time
from collections import defaultdict
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
DEFAULT_DIR = ROOT.parent / "shared" / "benchmarks" / "benchie_de"
OPTIONAL = re.compile(r"\[([^\[\]]*)\]")
CLUSTER = re.compile(r"^(\d+)-+>\s*Cluster\s+(\d+):?\s*$")
MAX_GROUPS = 12   # 2**12 variants per slot at most; more groups are kept as written

Triple = tuple[str, str, str]


def collapse(text: str) -> str:
    return " ".join(text.split())


def variants(slot: str) -> frozenset[str]:
    """Every form of a gold slot with any subset of its optional groups left out."""
    parts = OPTIONAL.split(slot)       # text, group, text, group, …
    groups = parts[1::2]
    if len(groups) > MAX_GROUPS:
        return frozenset({collapse(OPTIONAL.sub(r"\1", slot)), collapse(OPTIONAL.sub(" ", slot))})
    out = set()
    for keep in itertools.product((True, False), repeat=len(groups)):
        pieces = [parts[0]]
        for g, k, rest in zip(groups, keep, parts[2::2]):
            pieces.append(f" {g} " if k else " ")
            pieces.append(rest)
        out.add(collapse("".join(pieces)))
    return frozenset(out)


def load_gold(path: Path) -> tuple[dict[int, str], dict[int, list[list[tuple]]]]:
    """Sentences and, per sentence, its clusters: lists of (subject, relation, object)
    variant sets."""
    sentences: dict[int, str] = {}
    clusters: dict[int, list[list[tuple]]] = defaultdict(list)
    sid = None
    for line in path.read_text(encoding="utf-8").splitlines():
        line = line.strip()
        m = re.match(r"^sent_id:(\d+)\t(.*)$", line)
        if m:
            sid = int(m.group(1))
            sentences[sid] = m.group(2)
            continue
        m = CLUSTER.match(line)
        if m:
            clusters[int(m.group(1))].append([])
            continue
        if " --> " in line and sid is not None and clusters[sid]:
            slots = line.split(" --> ")
            if len(slots) == 3:
                clusters[sid][-1].append(tuple(variants(s) for s in slots))
    return sentences, clusters


def matches(triple: Triple, cluster: list[tuple]) -> bool:
    t = tuple(collapse(x) for x in triple)
    return any(all(t[k] in g[k] for k in range(3)) for g in cluster)


def score(extractions: dict[int, list[Triple]], clusters: dict[int, list[list[tuple]]]) -> dict:
    n_ext = n_ok = 0
    found = 0
    total = sum(len(c) for c in clusters.values())
    for sid, cl in clusters.items():
        hit = set()
        for t in extractions.get(sid, []):
            n_ext += 1
            ok = [k for k, c in enumerate(cl) if matches(t, c)]
            if ok:
                n_ok += 1
                hit.update(ok)
        found += len(hit)
    # extractions for sentences without any cluster are wrong too
    n_ext += sum(len(v) for sid, v in extractions.items() if sid not in clusters)
    p = n_ok / n_ext if n_ext else 0.0
    r = found / total if total else 0.0
    f = 2 * p * r / (p + r) if p + r else 0.0
    return dict(precision=p, recall=r, f1=f, extractions=n_ext, correct=n_ok,
                clusters=total, clusters_found=found)


def read_m2oie(path: Path) -> dict[int, list[Triple]]:
    out: dict[int, list[Triple]] = defaultdict(list)
    for line in path.read_text(encoding="utf-8").splitlines():
        cols = line.split("\t")
        if len(cols) == 4 and cols[0].strip().isdigit():
            out[int(cols[0])].append((cols[1], cols[2], cols[3]))
    return out


def run_kgraph(sentences: list[str]) -> tuple[dict[int, list[Triple]], float, int]:
    """extract_open over every sentence (sentence id = line number)."""
    sys.path.insert(0, str(ROOT))
    from kgraph.analyse import analyse, load_pipeline
    from kgraph.extract.open import extract_open
    from kgraph.model import Article

    nlp = load_pipeline("de")
    out: dict[int, list[Triple]] = defaultdict(list)
    t0, tokens = time.perf_counter(), 0
    for sid, text in enumerate(sentences, 1):
        if not text.strip():
            continue
        doc = analyse(Article(id=f"s{sid}", title="", date=None, language="de",
                              paragraphs=[text], source=f"s{sid}"), nlp)
        tokens += len(doc)
        for t in extract_open(doc):
            out[sid].append(t.as_text())
    return out, time.perf_counter() - t0, tokens


def report(kg: dict, m2: dict, seconds: float, tokens: int) -> str:
    rows = [("kgraph `extract_open` (rules over HanTa tags)", kg),
            ("Multi2OIE (shipped extractions)", m2)]
    lines = ["# BenchIE-de: open relation extraction", "",
             "German BenchIE (Gashteovski et al., ACL 2022), 300 sentences, scored by "
             "`benchmarks/benchie_de.py` with the rules of the benchmark's README: exact match "
             "(whitespace collapsed) against any triple of a fact cluster, optional `[...]` "
             "groups may be left out; precision over extractions, recall over clusters. "
             "The benchmark data is not part of this repository.", "",
             "| system | P | R | F1 | extractions | correct | clusters found / all |",
             "|---|---|---|---|---|---|---|"]
    for name, r in rows:
        lines.append(f"| {name} | {r['precision']:.3f} | {r['recall']:.3f} | {r['f1']:.3f} | "
                     f"{r['extractions']} | {r['correct']} | {r['clusters_found']} / {r['clusters']} |")
    lines += ["", f"kgraph: {tokens} tokens analysed and extracted in {seconds:.1f} s "
              f"({tokens / seconds:.0f} tokens/s, embedded German pipeline, one process).", ""]
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("benchie_dir", nargs="?", default=str(DEFAULT_DIR))
    ap.add_argument("--out", default=str(ROOT / "benchmarks" / "BENCHIE.md"),
                    help="Markdown file for the figures ('-' = do not write)")
    ap.add_argument("--dump", help="write kgraph's extractions (TSV) here, for inspection")
    args = ap.parse_args(argv)
    d = Path(args.benchie_dir)
    if not (d / "sample300_de.txt").is_file():
        print(f"benchie_de: {d}: no sample300_de.txt here", file=sys.stderr)
        return 2
    sentences = (d / "sample300_de.txt").read_text(encoding="utf-8").split("\n")
    _, clusters = load_gold(d / "benchie_gold_annotations_de.txt")
    kg_ext, seconds, tokens = run_kgraph(sentences)
    kg = score(kg_ext, clusters)
    m2 = score(read_m2oie(d / "m2oie_de_explicit.txt"), clusters)
    for name, r in (("kgraph", kg), ("Multi2OIE", m2)):
        print(f"{name:10s} P={r['precision']:.3f} R={r['recall']:.3f} F1={r['f1']:.3f} "
              f"({r['correct']}/{r['extractions']} extractions right, "
              f"{r['clusters_found']}/{r['clusters']} clusters)")
    if args.dump:
        with open(args.dump, "w", encoding="utf-8") as f:
            for sid in sorted(kg_ext):
                for t in kg_ext[sid]:
                    ok = any(matches(t, c) for c in clusters.get(sid, []))
                    f.write(f"{sid}\t{'+' if ok else '-'}\t" + "\t".join(t) + "\n")
    if args.out != "-":
        Path(args.out).write_text(report(kg, m2, seconds, tokens), encoding="utf-8")
        print(f"wrote {args.out}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
