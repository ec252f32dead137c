"""Nothing lost (issue 6): a build killed at any moment leaves the previous exports intact,
every cache entry readable, and the next run gives the same bytes as an uninterrupted one.

Two real kills: SIGKILL from outside while articles are being analysed, and a build that
SIGKILLs itself half-way through writing graph.ttl. The kgraph processes get their own
process group so their workers die with them.
"""
from __future__ import annotations

import ast
import json
import os
import re
import signal
import subprocess
import sys
import textwrap
import time
from pathlib import Path

import pytest

import kgraph
from kgraph.cache import load_entry
from kgraph.cli import main
from kgraph.export.atomic import atomic_path, atomic_write
from kgraph.model import ArticleFacts

COUNTRIES = ["Polen", "Frankreich", "Spanien", "Italien", "Österreich", "Schweden", "Norwegen",
             "Finnland", "Dänemark", "Portugal"]
CITIES = ["Warschau", "Paris", "Madrid", "Rom", "Wien", "Stockholm"]
TOPICS = ["die Energieversorgung", "den Handel", "die Grenzkontrollen", "die Hilfe für Bauern"]


def make_sources(folder: Path, n: int) -> Path:
    folder.mkdir(parents=True)
    for i in range(n):
        a, b = COUNTRIES[i % 10], COUNTRIES[(i * 3 + 1) % 10]
        city, topic = CITIES[i % 6], TOPICS[i % 4]
        (folder / f"m{i:03d}.txt").write_text(
            f" date 2023-{i % 12 + 1:02d} Gespräche in {city} Stand: {i % 28 + 1:02d}."
            f"{i % 12 + 1:02d}.2023 10:{i % 60:02d} Uhr\n\n"
            f"Die Regierung von {a} hat am Montag in {city} mit {b} über {topic} verhandelt. "
            f"{a} will {b} nach Angaben des Ministeriums weiter unterstützen.\n\n"
            f"{b} kritisierte dagegen die Pläne von {a}.\n", encoding="utf-8")
    return folder


def kgraph_cmd(*argv: str) -> list[str]:
    return [sys.executable, "-m", "kgraph", "build", *argv]


def outputs(out: Path) -> dict[str, bytes]:
    return {n: (out / n).read_bytes() for n in ("graph.ttl", "graph.html")}


def spawn(argv: list[str], **env: str) -> subprocess.Popen:
    return subprocess.Popen(argv, stdout=subprocess.PIPE, stderr=subprocess.PIPE,
                            start_new_session=True, env={**os.environ, **env})


KILL_DURING_TTL_WRITE = textwrap.dedent("""
    import os, signal, sys
    import kgraph.export.atomic as atomic

    class Half:
        # writes half of graph.ttl's temp file, then the whole process group dies
        def __init__(self, fh): self.fh = fh
        def __enter__(self): return self
        def __exit__(self, *exc): self.fh.close()
        def write(self, data):
            self.fh.write(data[: len(data) // 2]); self.fh.flush(); os.fsync(self.fh.fileno())
            os.killpg(os.getpgid(0), signal.SIGKILL)

    def killing_open(path, mode="r", *args, **kw):
        fh = open(path, mode, *args, **kw)
        return Half(fh) if "w" in mode and os.path.basename(path).startswith(".graph.ttl.") else fh

    atomic.open = killing_open
    from kgraph.cli import main
    sys.exit(main(sys.argv[1:]))
""")


def test_killed_builds_lose_nothing_and_rebuild_identically(tmp_path):
    src = make_sources(tmp_path / "src", 30)
    old = make_sources(tmp_path / "old", 3)
    ref, out = tmp_path / "ref", tmp_path / "out"
    # the uninterrupted build (in this process, one worker, no cache) ...
    assert main(["build", str(src), "--out", str(ref), "--jobs", "1", "--no-cache", "-q"]) == 0
    # ... and the previous exports that the interrupted builds must not damage
    assert main(["build", str(old), "--out", str(out), "--jobs", "1", "-q"]) == 0
    previous = outputs(out)
    cache = out / ".kgraph-cache"

    # 1. SIGKILL from outside once analysis has begun (two worker processes, cache on)
    proc = spawn(kgraph_cmd(str(src), "--out", str(out), "--jobs", "2", "-q"))
    before = set(cache.rglob("*.json"))
    deadline = time.monotonic() + 240
    while not set(cache.rglob("*.json")) - before and proc.poll() is None:
        assert time.monotonic() < deadline, "the build never started analysing"
        time.sleep(0.005)
    os.killpg(proc.pid, signal.SIGKILL)
    proc.wait()
    assert proc.returncode == -signal.SIGKILL, proc.stderr.read().decode()
    assert outputs(out) == previous
    entries = list(cache.rglob("*.json"))
    assert 3 < len(entries) < 33               # killed part-way through
    for p in entries:                           # every cache entry is whole
        load_entry(p.read_bytes())

    # 2. killed half-way through writing graph.ttl (the cache fills up first)
    proc = spawn([sys.executable, "-c", KILL_DURING_TTL_WRITE, "build", str(src), "--out",
                  str(out), "--jobs", "1", "-q"])
    _, err = proc.communicate(timeout=300)
    assert proc.returncode == -signal.SIGKILL, err.decode()
    assert outputs(out) == previous
    [half] = list(out.glob(".graph.ttl.*.tmp"))  # the torn write stayed in its temp file
    assert 0 < half.stat().st_size < len(outputs(ref)["graph.ttl"])

    # 3. the next run completes, from the cache, in another process with another hash
    # seed, and gives the bytes of the uninterrupted build
    proc = spawn(kgraph_cmd(str(src), "--out", str(out), "--jobs", "2"), PYTHONHASHSEED="4242")
    stdout, err = proc.communicate(timeout=300)
    assert proc.returncode == 0, err.decode()
    assert "30 articles" in stdout.decode() and "30 from the cache" in stdout.decode()
    assert outputs(out) == outputs(ref)
    assert not list(out.glob(".graph.*.tmp"))   # the dead writer's leftover was removed


def test_failed_write_keeps_the_old_file(tmp_path):
    target = tmp_path / "graph.ttl"
    atomic_write(target, "old\n")
    with pytest.raises(RuntimeError):
        with atomic_path(target) as tmp:
            tmp.write_text("new but incomplete")
            raise RuntimeError("serializer failed")
    assert target.read_text() == "old\n"
    assert [p.name for p in tmp_path.iterdir()] == ["graph.ttl"]
    atomic_write(target, b"new\n")
    assert target.read_bytes() == b"new\n" and oct(target.stat().st_mode & 0o777) == "0o644"


def test_only_leftovers_of_dead_writers_are_removed(tmp_path):
    target = tmp_path / "graph.html"
    dead = subprocess.run([sys.executable, "-c", "import os; print(os.getpid())"],
                          capture_output=True, text=True).stdout.strip()
    stale = tmp_path / f".graph.html.{dead}.abc123.tmp"
    live = tmp_path / f".graph.html.{os.getppid()}.def456.tmp"   # a writer still running
    other = tmp_path / f".graph.ttl.{dead}.xyz789.tmp"
    for p in (stale, live, other):
        p.write_text("partial")
    atomic_write(target, "<html></html>")
    assert not stale.exists() and live.exists() and other.exists()


WRITERS = {"write_text", "write_bytes", "savefig", "save_graph"}   # pathlib, matplotlib, pyvis


def test_every_file_writer_goes_through_atomic_write():
    """A plain open(..., "w") or Path.write_text in kgraph would make a killed build leave
    a torn file behind; only kgraph/export/atomic.py writes files directly."""
    pkg = Path(kgraph.__file__).parent
    offenders = []
    for py in sorted(pkg.rglob("*.py")):
        if py == pkg / "export" / "atomic.py":
            continue
        for node in ast.walk(ast.parse(py.read_text(encoding="utf-8"))):
            if not isinstance(node, ast.Call):
                continue
            f = node.func
            name = f.attr if isinstance(f, ast.Attribute) else getattr(f, "id", "")
            modes = [a.value for a in node.args + [k.value for k in node.keywords]
                     if isinstance(a, ast.Constant) and isinstance(a.value, str)
                     and re.fullmatch(r"[rwaxbt+]{1,3}", a.value)]
            writes = (name in WRITERS
                      or (name == "open" and any(set(m) & set("wax+") for m in modes))
                      or (name in ("serialize", "dump") and any(
                          k.arg in ("destination", "output") for k in node.keywords)))
            if writes:
                offenders.append(f"{py.relative_to(pkg)}:{node.lineno} {name}")
    assert offenders == []


def test_torn_cache_entries_are_analysed_again(tmp_path):
    """After a crash of the machine (not just of kgraph) a cache file may be cut short or
    hold garbage: the next build must treat it as missing, not fail or use it."""
    src = make_sources(tmp_path / "src", 6)
    ref, out = tmp_path / "ref", tmp_path / "out"
    assert main(["build", str(src), "--out", str(ref), "--jobs", "1", "--no-cache", "-q"]) == 0
    assert main(["build", str(src), "--out", str(out), "--jobs", "1", "-q"]) == 0
    entries = sorted((out / ".kgraph-cache").rglob("*.json"))
    assert len(entries) == 6
    damage = [lambda b: b[: len(b) // 2], lambda b: b"", lambda b: bytes(range(256)),
              lambda b: b[:-1], lambda b: json.dumps(["not", "facts"]).encode(), lambda b: b]
    for p, hurt in zip(entries, damage):
        p.write_bytes(hurt(p.read_bytes()))
    (out / "graph.ttl").unlink()
    assert main(["build", str(src), "--out", str(out), "--jobs", "1", "-q"]) == 0
    assert outputs(out) == outputs(ref)
    for p in entries:                           # rewritten whole
        assert isinstance(load_entry(p.read_bytes()), ArticleFacts)


def test_failed_build_keeps_the_previous_oxigraph_store(tmp_path):
    from kgraph.store import close, load
    good = make_sources(tmp_path / "good", 2)
    bad = tmp_path / "bad"
    bad.mkdir()
    (bad / "empty.txt").write_text("")
    db = tmp_path / "db"
    assert main(["build", str(good), "--out", str(tmp_path / "o1"), "--store", f"oxigraph:{db}",
                 "--jobs", "1", "-q"]) == 0
    g = load(db)
    before = len(g)
    close(g)
    assert before > 0
    assert main(["build", str(bad), "--out", str(tmp_path / "o2"), "--store", f"oxigraph:{db}",
                 "--jobs", "1", "-q"]) == 1
    g = load(db)
    try:
        assert len(g) == before
    finally:
        close(g)
