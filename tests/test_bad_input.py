"""Bad input (issue 6): every bad source gives one stderr line naming it and the problem,
the rest is built, the summary lists what was skipped, and the exit code says whether
anything failed: 0 = graph written (sources may have been skipped), 1 = --strict and a
source was skipped, or nothing could be read, 2 = usage error.

The CLI runs in-process so the analysis pipeline is loaded once for all tests.
"""
from __future__ import annotations

import json
import os
import pathlib

import pytest
from rdflib import Graph
from rdflib.namespace import DCTERMS

from kgraph.cli import main

DE = ("Die Außenministerin ist am Dienstag nach Warschau gereist und hat dort mit dem "
      "polnischen Präsidenten über die Lage an der Grenze gesprochen.")
EN = ("The foreign minister travelled to Warsaw on Tuesday and talked with the Polish "
      "president about the situation at the border.")
GOOD = f"Reise nach Warschau\n\n{DE}\n"


def kgraph(capsys, *argv: str) -> tuple[int, str, str]:
    try:
        rc = main(["build", "--jobs", "1", *argv])
    except SystemExit as exc:   # argparse usage errors
        rc = exc.code
    out, err = capsys.readouterr()
    return rc, out, err


def identifiers(out_dir: pathlib.Path) -> set[str]:
    """Source names of the articles in the written graph (dcterms:identifier, contract)."""
    g = Graph().parse(out_dir / "graph.ttl", format="turtle")
    return {str(o) for o in g.objects(None, DCTERMS.identifier)}


def lines_naming(err: str, name: str) -> list[str]:
    return [ln for ln in err.splitlines() if name in ln]


def folder(tmp_path: pathlib.Path, files: dict[str, bytes | str]) -> pathlib.Path:
    src = tmp_path / "src"
    for name, data in files.items():
        p = src / name
        p.parent.mkdir(parents=True, exist_ok=True)
        p.write_bytes(data.encode("utf-8") if isinstance(data, str) else data)
    return src


BAD = {
    "empty.txt": (b"", "empty file"),
    "blank.md": (b"  \n\n \t\n", "empty file"),
    "report.txt": (b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n1 0 obj\n<< /Type /Catalog >>\n", "PDF"),
    "photo.html": (b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00\x00\x10", "PNG"),
    "nul.txt": (b"Titel\n\nDer Text\x00\x00\x01\x02 bricht \x00\x00\x00\x00 ab\xff\xfe\x00",
                "NUL"),
    "month.txt": (f" date 2022-13 Kaputt Stand: 03.02.2022 10:00 Uhr\n\n{DE}\n".encode(),
                  "date"),
    "day.txt": (f" date 2022-02 Kaputt Stand: 31.02.2022 10:00 Uhr\n\n{DE}\n".encode(),
                "broken date in header: 31.02.2022"),
    "header.txt": (f" date 2022-02-0x Kaputt Stand: gestern\n\n{DE}\n".encode(), "header"),
    "french.txt": ("Le voyage\n\nLa ministre est partie pour Varsovie mardi et elle a parlé "
                   "avec le président de la situation à la frontière.\n".encode(),
                   "language 'fr' is not supported"),
    "tiny.txt": (b"Warschau.", "language not recognised"),
    "nothing.html": (b"<html><head><script>var a = 'Der Minister ist nach Rom gereist.';"
                     b"</script></head><body><nav>Start | Politik</nav></body></html>",
                     "no article text"),
}


@pytest.mark.parametrize("name", sorted(BAD))
def test_bad_source_is_one_line_and_the_rest_is_built(tmp_path, capsys, name):
    data, problem = BAD[name]
    src = folder(tmp_path, {"good.txt": GOOD, name: data})
    out = tmp_path / "out"
    rc, stdout, err = kgraph(capsys, str(src), "--out", str(out))
    assert rc == 0, err
    [line] = lines_naming(err, name)
    assert str(src / name) in line and problem in line
    assert identifiers(out) == {"good.txt"}
    assert "1 articles" in stdout and "skipped 1 source(s)" in stdout
    assert name in stdout.split("skipped 1 source(s):")[1]
    rc, _, _ = kgraph(capsys, str(src), "--out", str(out), "--strict")
    assert rc == 1


@pytest.mark.parametrize("encoding", ["utf-16", "utf-16-le", "utf-16-be", "utf-32", "cp1252",
                                      "latin-1", "utf-8-sig"])
def test_other_encodings_are_decoded(tmp_path, capsys, encoding):
    title = "Gespräch über Grenzfragen – „Lage ernst“" if encoding == "cp1252" else \
        "Gespräch über Grenzfragen"
    src = folder(tmp_path, {"a.txt": f"{title}\n\n{DE}\n".encode(encoding)})
    rc, _, err = kgraph(capsys, str(src), "--out", str(tmp_path / "out"), "--strict")
    assert rc == 0, err
    g = Graph().parse(tmp_path / "out" / "graph.ttl", format="turtle")
    assert {str(t) for t in g.objects(None, DCTERMS.title)} == {title}


def test_utf8_with_a_stray_byte_stays_utf8(tmp_path, capsys):
    title = "Gespräch über Grenzfragen"
    data = f"{title}\n\n{DE}\n".encode() + b"Kaputtes Zeichen: \xe4 am Ende.\n"
    src = folder(tmp_path, {"a.txt": data})
    rc, _, err = kgraph(capsys, str(src), "--out", str(tmp_path / "out"), "--strict")
    assert rc == 0, err
    g = Graph().parse(tmp_path / "out" / "graph.ttl", format="turtle")
    assert {str(t) for t in g.objects(None, DCTERMS.title)} == {title}   # not "GesprÃ¤ch"


def test_size_cap_is_configurable(tmp_path, capsys):
    big = GOOD + "\n\n".join([DE] * 20)           # about 2.8 KB
    src = folder(tmp_path, {"big.txt": big, "small.txt": GOOD})
    out = tmp_path / "out"
    rc, stdout, err = kgraph(capsys, str(src), "--out", str(out), "--max-file-mb", "0.002")
    assert rc == 0
    [line] = lines_naming(err, "big.txt")
    assert "too large" in line and "--max-file-mb" in line
    assert identifiers(out) == {"small.txt"} and "big.txt" in stdout
    rc, _, err = kgraph(capsys, str(src), "--out", str(out), "--max-file-mb", "0.01")
    assert rc == 0 and identifiers(out) == {"big.txt", "small.txt"}


def test_overlong_article_is_refused_before_analysis(tmp_path, capsys):
    src = folder(tmp_path, {"long.txt": "Titel\n\n" + (DE + " ") * 8000, "good.txt": GOOD})
    rc, stdout, err = kgraph(capsys, str(src), "--out", str(tmp_path / "out"))
    assert rc == 0 and identifiers(tmp_path / "out") == {"good.txt"}
    [line] = lines_naming(err, "long.txt")
    assert "article text too long (1,135,999 characters" in line and "split it" in line


def test_50_mb_file_is_refused_without_reading_it(tmp_path, capsys, monkeypatch):
    src = folder(tmp_path, {"small.txt": GOOD})
    with open(src / "huge.txt", "wb") as fh:   # sparse: instant to write, 50 MB by size
        fh.truncate(50 * 1024 * 1024)
    opened = []
    real_open = pathlib.Path.open
    monkeypatch.setattr(pathlib.Path, "open",
                        lambda self, *a, **k: opened.append(self.name) or real_open(self, *a, **k))
    rc, stdout, err = kgraph(capsys, str(src), "--out", str(tmp_path / "out"))
    assert rc == 0
    [line] = lines_naming(err, "huge.txt")
    assert "too large (50.0 MB > limit 20 MB;" in line
    assert "huge.txt" not in opened and "small.txt" in opened
    # the cap is the only reason: above it, the file is read (and refused as binary zeros)
    rc, _, err = kgraph(capsys, str(src), "--out", str(tmp_path / "out"), "--max-file-mb", "60")
    assert "NUL" in lines_naming(err, "huge.txt")[0]


def test_other_language_is_skipped_or_built_with_fallback(tmp_path, capsys):
    french = ("Le voyage\n\nLa ministre est partie pour Varsovie mardi et elle a parlé avec le "
              "président de la situation à la frontière.\n")
    src = folder(tmp_path, {"fr.txt": french, "de.txt": GOOD})
    out = tmp_path / "out"
    rc, _, err = kgraph(capsys, str(src), "--out", str(out))
    assert rc == 0 and identifiers(out) == {"de.txt"}
    assert "fallback_language" in lines_naming(err, "fr.txt")[0]
    cfg = tmp_path / "kgraph.toml"
    cfg.write_text('fallback_language = "en"\n')
    rc, _, err = kgraph(capsys, str(src), "--out", str(out), "--config", str(cfg), "--strict")
    assert rc == 0 and err == "" and identifiers(out) == {"de.txt", "fr.txt"}


def test_html_main_text_only(tmp_path, capsys):
    page = f"""<!doctype html><html lang="de"><head><title>Seite</title>
<style>body {{ content: "Der Kanzler ist nach Rom gereist." }}</style>
<script>document.write("Der Präsident hat Moskau angegriffen.");</script></head>
<body><header>Nachrichten – Startseite</header>
<nav><ul><li>Politik</li><li>Der Papst besucht Madrid</li></ul></nav>
<main><article><h1>Reise nach Warschau</h1><p>{DE}</p>
<script>var teaser = "Frankreich droht Spanien.";</script>
<aside>Lesen Sie auch: Italien kritisiert Österreich.</aside><p>{DE.replace("Dienstag", "Mittwoch")}</p>
</article></main><footer>Impressum · Datenschutz</footer></body></html>"""
    src = folder(tmp_path, {"page.html": page})
    out = tmp_path / "out"
    rc, _, err = kgraph(capsys, str(src), "--out", str(out), "--strict")
    assert rc == 0, err
    ttl = (out / "graph.ttl").read_text(encoding="utf-8")
    for junk in ("Rom", "Moskau", "Madrid", "Startseite", "Frankreich", "Italien", "Impressum",
                 "Papst", "Spanien"):
        assert junk not in ttl
    assert "Reise nach Warschau" in ttl


def test_jsonl_broken_lines_are_named_and_the_others_built(tmp_path, capsys):
    rows = [json.dumps({"id": "n1", "title": "Eins", "text": DE, "language": "de"}),
            '{"id": "n2", "title": "Zwei", "text": "abgeschnitten',
            json.dumps({"id": "n3", "title": "Three", "text": EN}),
            json.dumps(["not", "an", "object"]),
            json.dumps({"id": "n5", "title": "Fünf"}),
            "",
            json.dumps({"id": "n7", "title": "Sieben", "text": DE + " \u2028 " + DE})]
    src = folder(tmp_path, {"feed.jsonl": "\n".join(rows) + "\n"})
    out = tmp_path / "out"
    rc, stdout, err = kgraph(capsys, str(src), "--out", str(out))
    assert rc == 0
    named = [ln for ln in err.splitlines() if "feed.jsonl" in ln]
    assert [ln.split("feed.jsonl:")[1].split(":")[0] for ln in named] == ["2", "4", "5"]
    assert "missing or empty 'text'" in named[2]
    assert identifiers(out) == {"feed.jsonl#n1", "feed.jsonl#n3", "feed.jsonl#n7"}
    assert "skipped 3 source(s)" in stdout


def test_thousands_of_files_with_unreadable_ones(tmp_path, capsys, monkeypatch):
    files: dict[str, bytes | str] = {}
    for i in range(2000):
        # 300 real articles, the rest empty: thousands of files to walk, open and report
        files[f"d{i % 40:02d}/n{i:04d}.txt"] = (
            f"Meldung {i}\n\n{DE}\n" if i % 20 == 0 or i % 20 == 7 or i % 20 == 13 else "")
    locked = {"d03/n0003.txt", "d07/n0007.txt", "d20/n0180.txt"}   # the last two are articles
    src = folder(tmp_path, files)
    (src / "zz").mkdir()
    (src / "zz" / "hidden.txt").write_text(GOOD)                   # inside a locked folder
    locked_dir = src / "zz"
    if os.geteuid() != 0:
        for name in locked:
            (src / name).chmod(0)
        locked_dir.chmod(0)
    else:   # root reads everything: simulate what chmod 000 does to other users
        def deny(path):
            raise PermissionError(13, "Permission denied", str(path))
        real_open, real_scandir = pathlib.Path.open, os.scandir
        denied = {src / name for name in locked}
        monkeypatch.setattr(pathlib.Path, "open", lambda self, *a, **k: deny(self) if
                            self in denied else real_open(self, *a, **k))
        monkeypatch.setattr(os, "scandir", lambda p=".": deny(p) if pathlib.Path(p) == locked_dir
                            else real_scandir(p))
    out = tmp_path / "out"
    try:
        rc, stdout, err = kgraph(capsys, str(src), "--out", str(out), "-q")
    finally:
        for name in locked:
            (src / name).chmod(0o644)
        locked_dir.chmod(0o755)
    assert rc == 0
    denied = [ln for ln in err.splitlines() if "Permission denied" in ln]
    assert sorted(d.split(str(src) + os.sep)[1].split(":")[0] for d in denied) == \
        sorted(locked | {"zz"})
    built = identifiers(out)
    assert len(built) == 300 - 2 and not built & locked
    assert len(err.splitlines()) == 1699 + 3 + 1    # empty files, locked files, locked folder


def test_symlink_loops_and_special_files(tmp_path, capsys):
    src = folder(tmp_path, {"a/one.txt": GOOD, "b/two.txt": GOOD})
    (src / "a" / "back").symlink_to("..", target_is_directory=True)   # a/back -> src
    (src / "b" / "self").symlink_to(".", target_is_directory=True)    # b/self -> b
    (src / "loop.txt").symlink_to("loop.txt")
    (src / "ping.md").symlink_to("pong.md")
    (src / "pong.md").symlink_to("ping.md")
    (src / "dangling.txt").symlink_to("missing.txt")
    (src / "zero.txt").symlink_to("/dev/zero")                         # endless if read
    os.mkfifo(src / "pipe.txt")                                        # blocks if opened
    out = tmp_path / "out"
    rc, stdout, err = kgraph(capsys, str(src), "--out", str(out))
    assert rc == 0
    assert identifiers(out) == {"a/one.txt", "b/two.txt"}
    for name, problem in [("loop.txt", "symbolic links"), ("ping.md", "symbolic links"),
                          ("pong.md", "symbolic links"), ("dangling.txt", "No such file"),
                          ("zero.txt", "not a regular file"), ("pipe.txt", "not a regular file")]:
        [line] = lines_naming(err, os.sep + name)
        assert problem in line
    assert "skipped 6 source(s)" in stdout


def test_exit_codes(tmp_path, capsys):
    src = folder(tmp_path, {"empty.txt": "", "bin.txt": b"\x7fELF\x02\x01"})
    out = tmp_path / "out"
    out.mkdir()
    (out / "graph.ttl").write_text("previous")
    rc, _, err = kgraph(capsys, str(src), "--out", str(out))
    assert rc == 1 and "no article could be read" in err
    assert (out / "graph.ttl").read_text() == "previous"      # nothing overwritten
    assert kgraph(capsys, str(tmp_path / "missing"), "--out", str(out))[0] == 2
    assert kgraph(capsys, str(src), "--max-file-mb", "many")[0] == 2
    assert kgraph(capsys, str(src), "--base-iri", "not an iri")[0] == 2
    good = folder(tmp_path / "other", {"good.txt": GOOD})
    assert kgraph(capsys, str(good), "--out", str(out), "--strict")[0] == 0


def test_undecodable_and_multiline_file_names_stay_one_line(tmp_path, capsys):
    src = tmp_path / "src"
    src.mkdir()
    (src / "good.txt").write_text(GOOD)
    raw = os.fsencode(str(src)) + b"/bad\xff\nname.txt"
    with open(raw, "wb") as fh:
        fh.write(b"")
    with open(os.fsencode(str(src)) + b"/ok\xfe.txt", "wb") as fh:
        fh.write(GOOD.encode())
    out = tmp_path / "out"
    rc, stdout, err = kgraph(capsys, str(src), "--out", str(out))
    assert rc == 0
    [line] = [ln for ln in err.splitlines() if "name.txt" in ln]
    assert "bad\ufffd\\nname.txt: empty file" in line
    assert identifiers(out) == {"good.txt", "ok\ufffd.txt"}
    stdout.encode("utf-8")   # no lone surrogates: a real terminal could print the summary


def test_own_output_inside_the_sources_is_not_read_back(tmp_path, capsys):
    src = folder(tmp_path, {"good.txt": GOOD})
    out = src / "exports"
    assert kgraph(capsys, str(src), "--out", str(out))[0] == 0
    first = (out / "graph.ttl").read_bytes(), (out / "graph.html").read_bytes()
    rc, _, err = kgraph(capsys, str(src), "--out", str(out))
    assert rc == 0
    [line] = lines_naming(err, "graph.html")
    assert "written by kgraph" in line
    assert ((out / "graph.ttl").read_bytes(), (out / "graph.html").read_bytes()) == first


def test_nonsense_limits_are_usage_errors(tmp_path, capsys):
    from kgraph.cli import main
    src = tmp_path / "a.txt"
    src.write_text("Titel\n\nPolen hat Litauen angegriffen und die Grenze verletzt.\n")
    assert main(["build", str(src), "--out", str(tmp_path / "o"), "--max-file-mb", "0"]) == 2
    assert main(["build", str(src), "--out", str(tmp_path / "o"), "--max-file-mb", "-1"]) == 2
    assert "max-file-mb" in capsys.readouterr().err
    assert not (tmp_path / "o" / "graph.ttl").exists()
