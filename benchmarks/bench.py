"""kgraph benchmarks (not tests): pipeline speed, parallel and incremental builds, memory,
Turtle export, SPARQL query latency (rdflib memory store vs Oxigraph) and graph.html.

    python benchmarks/bench.py                 # full run, writes benchmarks/RESULTS.md
    python benchmarks/bench.py --short --out /tmp/bench.md   # CI smoke mode, < 2 minutes

Each measurement runs in its own process so peak memory (``ru_maxrss``) belongs to it.
The corpus comes from ``benchmarks/synth.py`` (our own sentence templates).
"""
from __future__ import annotations

import argparse
import copy
import json
import os
import platform
import random
import resource
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))


def peak_mb() -> float:
    """Peak resident memory of this process and its finished children, in MB."""
    own = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    kids = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss
    return max(own, kids) / 1024


def cpu_s() -> float:
    r = resource.getrusage(resource.RUSAGE_SELF)
    return r.ru_utime + r.ru_stime


# ---------------------------------------------------------------- phases (subprocesses)
def phase_pipeline(corpus: str, per_lang: int) -> dict:
    """tokens/s of each language pipeline in one process, and where German time goes."""
    from kgraph.analyse import load_pipeline
    from kgraph.build import iter_articles
    from kgraph.config import Config
    from kgraph.extract import extract

    cfg = Config()
    arts = {"de": [], "en": []}
    for a in iter_articles([corpus], cfg):
        if len(arts[a.language]) < per_lang:
            arts[a.language].append(a)
    out = {}
    for lang, items in arts.items():
        if not items:
            continue
        nlp = load_pipeline(lang, None)
        from kgraph.analyse import analyse
        analyse(items[0], nlp)  # warm-up (lazy tables)
        comp = {name: 0.0 for name, _ in nlp.pipeline}
        comp["tokenizer"] = comp["extract"] = 0.0
        tokens = 0
        t0, c0 = time.perf_counter(), cpu_s()
        for a in items:
            t = time.perf_counter()
            doc = nlp.make_doc(a.text)
            comp["tokenizer"] += time.perf_counter() - t
            doc._.kg_article, doc._.kg_date = a, a.date
            for name, proc in nlp.pipeline:
                t = time.perf_counter()
                doc = proc(doc)
                comp[name] += time.perf_counter() - t
            t = time.perf_counter()
            extract(doc)
            comp["extract"] += time.perf_counter() - t
            tokens += len(doc)
        wall, cpu = time.perf_counter() - t0, cpu_s() - c0
        out[lang] = {"articles": len(items), "tokens": tokens, "wall_s": wall, "cpu_s": cpu,
                     "tokens_per_s": tokens / wall, "tokens_per_cpu_s": tokens / cpu,
                     "components_s": comp}
    out["peak_mb"] = peak_mb()
    return out


def phase_build(corpus: str, jobs: int, cache: str = "", ttl: str = "") -> dict:
    """One build (optionally with a cache and a Turtle export)."""
    from kgraph.build import build
    from kgraph.export.turtle import write_turtle

    t0 = time.perf_counter()
    g, rep = build([corpus], jobs=jobs, cache_dir=cache or None)
    t_build = time.perf_counter() - t0
    t_ttl = None
    if ttl:
        t = time.perf_counter()
        write_turtle(g, ttl)
        t_ttl = time.perf_counter() - t
    return {"articles": rep.articles, "tokens": rep.tokens, "analysed": rep.analysed,
            "cached": rep.cached, "triples": len(g), "statements": rep.statements,
            "build_s": t_build, "graph_s": rep.graph_seconds, "ttl_s": t_ttl, "articles_per_s": rep.articles / t_build,
            "tokens_per_s": rep.tokens / t_build, "peak_mb": peak_mb()}


def phase_clone(corpus: str, cache: str, target: str, cache_out: str, n: int) -> dict:
    """A large corpus without analysing it: the analysed articles of ``corpus`` copied
    under new names (new ids and dates), each with its cache entry, so a rebuild of ``n``
    articles can be timed."""
    from kgraph.build import iter_articles
    from kgraph.cache import FactCache
    from kgraph.config import Config

    cfg = Config()
    src = FactCache(cache, cfg)
    dst = FactCache(cache_out, cfg)
    base = [(a, src.get(a)) for a in iter_articles([corpus], cfg)]
    base = [(a, af) for a, af in base if af is not None]
    out = Path(target)
    out.mkdir(parents=True, exist_ok=True)
    texts = {p.name: p.read_text(encoding="utf-8") for p in Path(corpus).glob("*.txt")}
    rng = random.Random(3)
    for i in range(n):
        a0, af0 = base[i % len(base)]
        name = f"c{i:05d}_{a0.source}"
        header, _, body = texts[a0.source].partition("\n")
        y, m, d = 2020 + rng.randrange(6), 1 + rng.randrange(12), 1 + rng.randrange(28)
        head = header.split(" Stand:")[0]
        (out / name).write_text(f"{head} Stand: {d:02d}.{m:02d}.{y} 10:00 Uhr\n{body}",
                                encoding="utf-8")
    for a in iter_articles([target], cfg):
        a0, af0 = base[int(a.source[1:6]) % len(base)]
        af = copy.deepcopy(af0)
        af.article = a
        for f in af.facts:
            f.article_id = a.id
        dst.put(a, af)
    return {"articles": n}


def phase_queries(ttl: str, store: str, reps: int, limit_s: float) -> dict:
    """Latency of the ready queries on one graph in one store (each query stopped after
    ``limit_s`` seconds: rdflib's engine is pure Python, so an alarm interrupts it)."""
    import signal
    from kgraph.store import oxigraph_graph
    from rdflib import Graph

    def alarm(signum, frame):
        raise TimeoutError(f"> {limit_s:g} s")
    signal.signal(signal.SIGALRM, alarm)
    t0 = time.perf_counter()
    if store == "oxigraph":
        g = oxigraph_graph()
        g.parse(ttl, format="ox-turtle")
    else:
        g = Graph()
        g.parse(ttl, format="turtle")
    load_s = time.perf_counter() - t0
    res = {"triples": len(g), "load_s": load_s, "queries": {}}
    for name, q in ready_query_texts(g).items():
        times = []
        try:
            for _ in range(reps):
                t = time.perf_counter()
                signal.setitimer(signal.ITIMER_REAL, limit_s)
                try:
                    rows = len(list(g.query(q)))
                finally:
                    signal.setitimer(signal.ITIMER_REAL, 0)
                times.append(time.perf_counter() - t)
                if times[-1] > limit_s:  # native engines cannot be interrupted: one run only
                    break
            res["queries"][name] = {"s": statistics.median(times), "rows": rows}
        except Exception as exc:  # a timeout or a query the store cannot run is a result too
            res["queries"][name] = {"error": f"{type(exc).__name__}: {exc}"[:200]}
    res["peak_mb"] = peak_mb()
    return res


def ready_query_texts(g) -> dict[str, str]:
    """The shipped ready queries (``kgraph/data/queries/*.rq``) with parameters bound to
    values present in ``g`` (an entity label, a relation, a modality)."""
    from kgraph.namespaces import RDF, RDFS
    from kgraph.query import bind_params, ready_queries

    ent = next(iter(sorted(g.objects(None, RDF.subject))), None)
    label = str(g.value(ent, RDFS.label)) if ent is not None else "Joe Biden"
    values = {"entity": label, "name": label, "label": label, "relation": "deploys",
              "modality": "asserted"}
    out = {}
    for name, rq in ready_queries().items():
        params = {k: values.get(k, label) for k in rq.params}
        out[name] = bind_params(rq.text, params) if params else rq.text
    return out


def synthetic_results(n_facts: int, n_entities: int, seed: int = 7):
    """ArticleFacts in the output contract without any NLP (for query and HTML sizes)."""
    from kgraph.model import Article, ArticleFacts, Entity, Fact
    from kgraph.namespaces import CORE_RELATIONS
    from kgraph.resources import gazetteer

    rng = random.Random(seed)
    gaz = sorted(gazetteer().entries.values(), key=lambda e: e.key)
    ents = [Entity(e.key, e.type, e.label, e.wikidata) for e in gaz[:n_entities]]
    ents += [Entity(f"person:synthetic-{i}", "Person", f"Synthetic Person {i}")
             for i in range(max(0, n_entities - len(ents)))]
    per_article = 20
    for i in range(0, n_facts, per_article):
        d = f"{2020 + rng.randrange(6)}-{1 + rng.randrange(12):02d}-{1 + rng.randrange(28):02d}"
        art = Article(id=f"a{i:07d}", title=f"Article {i}", date=d, language="de",
                      paragraphs=["x"], source=f"a{i:07d}.txt")
        facts = []
        for j in range(per_article):
            s, o = rng.sample(ents, 2)
            start = j * 120
            facts.append(Fact(subject=s, relation=rng.choice(CORE_RELATIONS), object=o,
                              modality=rng.choice(("asserted", "asserted", "planned",
                                                   "hypothetical", "negated")),
                              article_id=art.id, sentence=f"Satz {j} über {s.label} und {o.label}.",
                              start=start, end=start + 100, language="de",
                              quantity=rng.choice([None, None, 1000]), date=d))
        used = {f.subject.key: f.subject for f in facts} | {f.object.key: f.object for f in facts}
        yield ArticleFacts(article=art, facts=facts, entities=dict(sorted(used.items())),
                           surfaces={k: {e.label} for k, e in used.items()}, tokens=500)


def phase_make_triples(target_triples: int, ttl: str) -> dict:
    """A Turtle file of about ``target_triples`` triples in the output contract."""
    from kgraph.graph import GraphWriter, IRIs
    from kgraph.store import oxigraph_graph
    import pyoxigraph

    n_facts = max(20, target_triples // 21)
    w = GraphWriter(IRIs())
    for af in synthetic_results(n_facts, max(200, n_facts // 10)):
        w.add(af)
    g = oxigraph_graph()
    w.write(g)
    g.store._inner.dump(ttl, format=pyoxigraph.RdfFormat.TURTLE, from_graph=pyoxigraph.DefaultGraph())
    return {"triples": len(g), "facts": n_facts}


def phase_html(nodes: int) -> dict:
    from kgraph.export.html import graph_html
    from kgraph.graph import build_graph

    g = build_graph(synthetic_results(nodes * 2, nodes))
    n_ent = len({s for s in g.subjects() if "/entity/" in str(s)})
    t = time.perf_counter()
    page = graph_html(g)
    return {"nodes": n_ent, "html_s": time.perf_counter() - t,
            "html_mb": len(page.encode("utf-8")) / 1e6, "peak_mb": peak_mb()}


PHASES = {"pipeline": phase_pipeline, "build": phase_build, "clone": phase_clone,
          "queries": phase_queries, "make_triples": phase_make_triples, "html": phase_html}


SNAPSHOT: dict[str, str] = {}   # environment pointing the phases at a frozen copy of kgraph


def run_phase(name: str, timeout: float = 3600, **kw) -> dict:
    """Run a phase in a fresh Python process; return its JSON result."""
    cmd = [sys.executable, str(Path(__file__).resolve()), "--phase", name, json.dumps(kw)]
    print(f"  · {name} {kw}", file=sys.stderr, flush=True)
    try:
        p = subprocess.run(cmd, capture_output=True, text=True, timeout=timeout,
                           env={**os.environ, **SNAPSHOT})
    except subprocess.TimeoutExpired:
        return {"error": f"timed out after {timeout:.0f} s"}
    if p.returncode != 0:
        return {"error": p.stderr.strip().splitlines()[-1] if p.stderr.strip() else "failed"}
    return json.loads(p.stdout.strip().splitlines()[-1])


# ---------------------------------------------------------------- the report
def machine() -> list[str]:
    from importlib.metadata import version
    cpu = next((ln.split(":", 1)[1].strip() for ln in open("/proc/cpuinfo")
                if ln.startswith("model name")), platform.processor())
    mem = next((int(ln.split()[1]) for ln in open("/proc/meminfo") if ln.startswith("MemTotal")), 0)
    libs = ", ".join(f"{p} {version(p)}" for p in ("spacy", "HanTa", "rdflib", "oxrdflib",
                                                   "pyoxigraph", "pyvis", "dask", "distributed"))
    return [f"- CPU: {cpu}; `nproc` = {os.cpu_count()}; memory {mem / 1024 / 1024:.1f} GiB",
            f"- Python {platform.python_version()} on {platform.platform()}", f"- {libs}",
            "- the machine was shared with other work while this ran: wall-clock numbers are "
            "noisy; CPU-second rates are given where it matters"]


def fmt(x, unit: str = "", nd: int = 2) -> str:
    if x is None:
        return "–"
    if isinstance(x, dict) and "error" in x:
        return f"error: {x['error']}"
    return f"{x:,.{nd}f}{unit}"


def change_one_article(folder: Path) -> None:
    """Edit the article in the middle of a corpus folder (for the incremental rebuild)."""
    files = sorted(folder.iterdir())
    victim = files[len(files) // 2]
    victim.write_text(victim.read_text(encoding="utf-8") +
                      "\nDer Bundeskanzler telefonierte am Abend mit dem Präsidenten.\n",
                      encoding="utf-8")


def main() -> int:
    ap = argparse.ArgumentParser(description="kgraph benchmarks")
    ap.add_argument("--short", action="store_true", help="CI smoke mode (< 2 minutes)")
    ap.add_argument("--out", type=Path, default=HERE / "RESULTS.md")
    ap.add_argument("--phase", help=argparse.SUPPRESS)
    ap.add_argument("args", nargs="?", help=argparse.SUPPRESS)
    a = ap.parse_args()
    if a.phase:
        print(json.dumps(PHASES[a.phase](**json.loads(a.args or "{}"))))
        return 0

    from synth import generate
    S = a.short
    n_corpus = 6 if S else 400           # analysed articles (1 and 2 processes)
    n_single = 4 if S else 120           # analysed with 1 process
    n_clone = 100 if S else 10_000       # cloned for the rebuild at scale
    per_lang = 3 if S else 60
    sizes = [10_000] if S else [10_000, 100_000, 1_000_000]
    html_nodes = [100] if S else [100, 500, 1000, 2000]
    t_all = time.perf_counter()
    work = Path(tempfile.mkdtemp(prefix="kgraph-bench-"))
    rows: list[str] = []
    try:
        # the code measured stays the same for the whole run (the cache key hashes it)
        shutil.copytree(HERE.parent / "kgraph", work / "snap" / "kgraph",
                        ignore=shutil.ignore_patterns("__pycache__"))
        SNAPSHOT["PYTHONPATH"] = str(work / "snap")
        corpus = work / "corpus"
        generate(corpus, n_corpus, english=0.3, seed=1)
        single = work / "single"
        single.mkdir()
        for p in sorted(corpus.iterdir())[:n_single]:
            shutil.copy(p, single / p.name)

        print("pipelines", file=sys.stderr)
        pipe = run_phase("pipeline", corpus=str(corpus), per_lang=per_lang)
        print("builds", file=sys.stderr)
        b1 = run_phase("build", corpus=str(single), jobs=1)
        b2s = run_phase("build", corpus=str(single), jobs=2)
        cache = work / "cache"
        b2 = run_phase("build", corpus=str(corpus), jobs=2, cache=str(cache),
                       ttl=str(work / "g.ttl"))
        # incremental: change one article, rebuild with the cache
        change_one_article(corpus)
        inc = run_phase("build", corpus=str(corpus), jobs=2, cache=str(cache),
                        ttl=str(work / "g2.ttl"))
        print("rebuild at scale", file=sys.stderr)
        big, big_cache = work / "big", work / "bigcache"
        run_phase("clone", corpus=str(corpus), cache=str(cache), target=str(big),
                  cache_out=str(big_cache), n=n_clone)
        change_one_article(big)
        inc_big = run_phase("build", corpus=str(big), jobs=2, cache=str(big_cache),
                            ttl=str(work / "big.ttl"))
        print("queries", file=sys.stderr)
        q = {}
        for n in sizes:
            ttl = work / f"q{n}.ttl"
            made = run_phase("make_triples", target_triples=n, ttl=str(ttl))
            for store in ("oxigraph", "memory"):
                q[(n, store)] = run_phase("queries", timeout=1200, ttl=str(ttl), store=store,
                                          reps=3, limit_s=5.0 if S else 30.0)
            q[(n, "made")] = made
        print("html", file=sys.stderr)
        html = [run_phase("html", nodes=n) for n in html_nodes]
    finally:
        shutil.rmtree(work, ignore_errors=True)
    total = time.perf_counter() - t_all

    # ------------------------------------------------------------ Markdown
    rows.append(f"# kgraph benchmark results{' (short mode)' if S else ''}\n")
    rows.append(f"Run {time.strftime('%Y-%m-%d %H:%M')} with `python benchmarks/bench.py"
                f"{' --short' if S else ''}` in {total / 60:.1f} minutes. Corpus: "
                f"`benchmarks/synth.py` (our own German/English templates, ~500 tokens per "
                f"article, 70 % German).\n")
    rows.append("## Machine\n")
    rows += machine()
    rows.append("\n## Pipelines (one process)\n")
    rows.append("| language | articles | tokens | tokens/s (wall) | tokens/CPU-s | target |")
    rows.append("|---|---|---|---|---|---|")
    for lang in ("de", "en"):
        p = pipe.get(lang)
        if p:
            tgt = "≥ 5,000" if lang == "de" else ""
            rows.append(f"| {lang} | {p['articles']} | {p['tokens']:,} | {p['tokens_per_s']:,.0f} | "
                        f"{p['tokens_per_cpu_s']:,.0f} | {tgt} |")
    if "de" in pipe:
        comp = pipe["de"]["components_s"]
        tot = sum(comp.values())
        rows.append("\nWhere the German time goes (share of analysis + extraction time): " +
                    ", ".join(f"{k} {v / tot:.0%}" for k, v in
                              sorted(comp.items(), key=lambda kv: -kv[1]) if v / tot >= 0.01))
    rows.append("\n## Builds\n")
    rows.append("| what | articles | analysed / cached | time | of it: graph | articles/s | tokens/s | Turtle export | triples | peak memory |")
    rows.append("|---|---|---|---|---|---|---|---|---|---|")

    def brow(name: str, b: dict) -> str:
        if "error" in b:
            return f"| {name} | error: {b['error']} ||||||||| "
        return (f"| {name} | {b['articles']:,} | {b['analysed']:,} / {b['cached']:,} | "
                f"{b['build_s']:.1f} s | {fmt(b.get('graph_s'), ' s', 1)} | {b['articles_per_s']:.2f} | {b['tokens_per_s']:,.0f} | "
                f"{fmt(b['ttl_s'], ' s')} | {b['triples']:,} | {b['peak_mb']:,.0f} MB |")
    rows.append(brow("1 process, no cache", b1))
    rows.append(brow("2 processes, no cache (same articles)", b2s))
    rows.append(brow("2 processes, cold cache, whole corpus", b2))
    rows.append(brow("rebuild after changing 1 article", inc))
    rows.append(brow(f"rebuild of {n_clone:,} articles after changing 1 (cloned corpus)", inc_big))
    rows.append("\n## Ready queries: median latency\n")
    names = sorted({k for v in q.values() for k in v.get("queries", {})})
    rows.append("| triples | store | load | " + " | ".join(names) + " |")
    rows.append("|---|---|---|" + "---|" * len(names))
    for n in sizes:
        for store in ("oxigraph", "memory"):
            r = q[(n, store)]
            if "error" in r:
                rows.append(f"| {n:,} | {store} | error: {r['error']} |" + " |" * len(names))
                continue
            cells = []
            for k in names:
                v = r["queries"].get(k, {})
                cells.append(f"{v['s'] * 1000:,.0f} ms" if "s" in v else v.get("error", "–")[:40])
            rows.append(f"| {r['triples']:,} | {'Oxigraph (oxrdflib)' if store == 'oxigraph' else 'rdflib memory'} | "
                        f"{r['load_s']:.1f} s | " + " | ".join(cells) + " |")
    rows.append("\n## graph.html (`kgraph.export.html.graph_html`)\n")
    rows.append("| entity nodes | time to generate | size |")
    rows.append("|---|---|---|")
    for h in html:
        if "error" in h:
            rows.append(f"| error: {h['error']} | | |")
        else:
            rows.append(f"| {h['nodes']:,} | {h['html_s']:.2f} s | {h['html_mb']:.2f} MB |")
    rows.append("")
    rows.append("Raw results:\n\n```json\n" + json.dumps(
        {"pipeline": pipe, "build_1": b1, "build_2_same": b2s, "build_2": b2, "incremental": inc,
         "incremental_big": inc_big, "queries": {f"{k[0]}/{k[1]}": v for k, v in q.items()},
         "html": html}, indent=1, default=str) + "\n```\n")
    a.out.write_text("\n".join(rows), encoding="utf-8")
    print(f"wrote {a.out} ({total:.0f} s)", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
