"""Stage 1: every supported source format becomes an Article; bad files become errors."""
import json
import os
import re

import pytest

from kgraph.ingest import (SourceError, article_id, clean_text, display_name, parse_html,
                           parse_text, read_sources)
from kgraph.langid import detect_language

SEED = (" date 2022-02 Gipfel in Berlin Stand: 03.02.2022 04:14 Uhr\n\n"
        "Die Kanzlerin hat heute mit dem Präsidenten telefoniert. Das Gespräch dauerte lange.\n\n"
        "Ein Zwischentitel\n\n"
        "Danach sprach sie mit Journalisten über die Lage.\n")


def read(tmp_path, name, data):
    p = tmp_path / name
    p.write_bytes(data if isinstance(data, bytes) else data.encode("utf-8"))
    return list(read_sources([p]))


def test_seed_format_header_date_title_headings(tmp_path):
    [a] = read(tmp_path, "a.txt", SEED)
    assert a.title == "Gipfel in Berlin"
    assert a.date == "2022-02-03" and a.datetime == "2022-02-03T04:14"
    assert a.language == "de"
    assert a.paragraphs[1] == "Ein Zwischentitel" and 1 in a.headings
    assert a.source == "a.txt" and a.id == "a"


def test_plain_text_markdown_html_jsonl(tmp_path):
    [t] = read(tmp_path, "plain.txt", "A short title\n\nThe president said that the talks were "
               "useful and that he would travel to the summit.\n")
    assert t.title == "A short title" and t.language == "en" and t.date is None
    [m] = read(tmp_path, "n.md", "# Titel der Meldung\n\nDer **Kanzler** ist nach "
               "[Paris](http://x) gereist und hat dort mit dem Präsidenten gesprochen.\n")
    assert m.title == "Titel der Meldung" and "Der Kanzler ist nach Paris gereist" in m.paragraphs[0]
    [h] = read(tmp_path, "p.html", "<html lang='de'><head><title>T</title><script>var x=1;"
               "</script><style>p{}</style></head><body><nav>Menü Start</nav><article><h1>Die "
               "Überschrift</h1><p>Der Minister ist heute nach Rom gereist und hat dort mit "
               "der Regierung gesprochen.</p></article><footer>Impressum</footer></body></html>")
    assert h.title == "Die Überschrift"
    assert h.paragraphs == ["Der Minister ist heute nach Rom gereist und hat dort mit der "
                            "Regierung gesprochen."]
    lines = [json.dumps({"id": "x1", "title": "Eins", "date": "2024-06-08T10:00:00",
                         "text": "Der Kanzler ist nach Paris gereist und hat mit dem Präsidenten "
                                 "gesprochen.", "url": "https://example.org/1", "language": "de"}),
             "{broken json",
             json.dumps({"id": "x2", "title": "Two", "text": "The minister went to Rome and "
                         "talked with the government there."})]
    items = read(tmp_path, "feed.jsonl", "\n".join(lines))
    arts = [i for i in items if not isinstance(i, SourceError)]
    errs = [i for i in items if isinstance(i, SourceError)]
    assert [a.id for a in arts] == ["x1", "x2"]
    assert arts[0].date == "2024-06-08" and arts[0].url == "https://example.org/1"
    assert arts[1].language == "en"
    assert len(errs) == 1 and errs[0].line == 2 and "feed.jsonl" in str(errs[0])


def test_bad_files_are_reported_and_others_still_read(tmp_path):
    (tmp_path / "empty.txt").write_text("")
    (tmp_path / "bin.txt").write_bytes(b"%PDF-1.4\x00\x01\x02binary")
    (tmp_path / "nul.txt").write_bytes(b"abc\x00\x00\x00\x01\x02\x03\xff" * 10)
    (tmp_path / "header.txt").write_text(" date 2022-13 Kaputt Stand: 31.02.2022 04:14 Uhr\n\nText.")
    (tmp_path / "good.txt").write_text(SEED)
    (tmp_path / "latin1.txt").write_bytes("Der Präsident ist über die Grenze gefahren und hat "
                                          "mit dem König gesprochen.".encode("cp1252"))
    items = list(read_sources([tmp_path]))
    errs = {e.path.split("/")[-1]: e.message for e in items if isinstance(e, SourceError)}
    arts = {a.source: a for a in items if not isinstance(a, SourceError)}
    assert set(errs) == {"empty.txt", "bin.txt", "nul.txt", "header.txt"}
    assert "empty" in errs["empty.txt"] and "PDF" in errs["bin.txt"]
    assert "binary" in errs["nul.txt"] and "date" in errs["header.txt"]
    assert set(arts) == {"good.txt", "latin1.txt"}
    assert "Präsident" in arts["latin1.txt"].text


def test_utf16_is_decoded(tmp_path):
    [a] = read(tmp_path, "u16.txt", "Titel\n\nDer Präsident hat mit dem Kanzler gesprochen und "
               "ist dann abgereist.".encode("utf-16"))
    assert "Präsident" in a.text and a.language == "de"


def test_other_languages_are_skipped_when_restricted(tmp_path):
    p = tmp_path / "fr.txt"
    p.write_text("Le titre\n\nLe président a parlé avec le chancelier et il est parti pour "
                 "la réunion des ministres dans la capitale.")
    [e] = list(read_sources([p], languages={"de", "en"}))
    assert isinstance(e, SourceError) and "'fr'" in e.message


# ---------------------------------------------------------------- robustness (issue 6)
@pytest.mark.parametrize("text,lang", [
    ("Scholz trifft Macron in Paris.", "de"),          # "in" is English too: ties go to German
    ("Russland greift Kiew an.", "de"),
    ("Außenministerin trifft Amtskollegen", "de"),     # no stop word, but umlauts
    ("He met her in Berlin.", "en"),
    ("The president met Macron in Paris.", "en"),
    ("Le président a parlé avec le chancelier.", "fr"),
    ("La ministra habló con el presidente de Polonia.", "es"),
    ("Warschau.", "und"),
    ("12345 !!!", "und"),
])
def test_language_of_short_texts(text, lang):
    assert detect_language(text) == lang


def test_clean_text_removes_what_no_format_can_carry():
    assert clean_text("a\x00b\x1bc\x85d\x9fe\tf\ng\x0ch") == "a b c d e\tf\ng\x0ch"
    assert clean_text("x\ud800y\ufffez") == "x\ufffdy\ufffdz"
    assert clean_text("Grüße – “ok” \u00a0 €") == "Grüße – “ok” \u00a0 €"


def test_display_name_is_one_printable_line():
    name = display_name(os.fsdecode(b"dir/bad\xff\nname\x1b.txt"))
    assert name == "dir/bad\ufffd\\nname\\x1b.txt" and "\n" not in name


def test_article_ids_are_safe_and_do_not_collide(tmp_path):
    assert article_id("000_934bca4b30ea85d8.txt") == "000_934bca4b30ea85d8"
    assert article_id("../x/<script>.txt") != article_id("x/script.txt")
    assert re.fullmatch(r"[A-Za-z0-9_.-]+", article_id("../x/<script>\n.txt"))
    assert article_id("news.2024", strip_suffix=False) != article_id("news.2025", strip_suffix=False)
    for name in ("a.txt", "a.md", "a_b.txt"):
        (tmp_path / name).write_text(f"Titel\n\n{name}: Der Minister ist nach Rom gereist und "
                                     "hat dort mit der Regierung gesprochen.\n")
    (tmp_path / "a").mkdir()
    (tmp_path / "a" / "b.txt").write_text("Titel\n\nDer Minister ist nach Rom gereist und hat "
                                          "dort mit der Regierung gesprochen.\n")
    ids = [a.id for a in read_sources([tmp_path])]
    assert len(ids) == 4 and len(set(ids)) == 4


def test_plain_text_starting_with_the_word_date_is_no_header():
    a = parse_text("date night in Berlin\n\nThe minister said that the talks were useful.", "x.txt")
    assert a.title == "date night in Berlin" and a.date is None
    with pytest.raises(ValueError, match="broken"):
        parse_text(" date 2022-2 Titel Stand: 03.02.2022\n\nText.", "y.txt")


def test_html_entities_are_decoded_once():
    a = parse_html("<html><head><title>AT&amp;amp;T &lt;b&gt;</title></head><body><p>Der "
                   "Minister ist nach Rom gereist und hat dort mit der Regierung gesprochen."
                   "</p></body></html>", "p.html")
    assert a.title == "AT&amp;T <b>"


def test_jsonl_fields_are_checked(tmp_path):
    line = {"id": "  x\u2028y ", "title": ["not", "text"], "date": "2022-02-30",
            "url": "javascript:alert(1)", "language": "DE-de",
            "text": "Der Minister ist nach Rom gereist \u2028 und hat dort gesprochen."}
    ok = dict(line, id="z", date="2022-02-28T10:00", url=" https://example.org/a ",
              language=5)
    [a, b] = read(tmp_path, "f.jsonl", json.dumps(line) + "\n" + json.dumps(ok))
    assert re.fullmatch(r"x_y_[0-9a-f]{8}", a.id)
    assert (a.title, a.date, a.url, a.language) == ("", None, None, "de")
    assert a.source == "f.jsonl#x y"
    assert (b.date, b.url, b.language) == ("2022-02-28", "https://example.org/a", "de")


def test_reads_stop_at_the_size_limit(tmp_path):
    p = tmp_path / "big.txt"
    p.write_text("Titel\n\n" + "Der Minister ist nach Rom gereist. " * 100)
    [e] = list(read_sources([p], max_bytes=1000))
    assert isinstance(e, SourceError) and "too large" in e.message
    assert len(list(read_sources([p], max_bytes=10_000))) == 1


@pytest.mark.parametrize("line,date,dt", [
    ("2024-06-08T20:46", "2024-06-08", "2024-06-08T20:46"),
    ("Stand: 08.06.2024 20:46 Uhr", "2024-06-08", "2024-06-08T20:46"),
    ("8. Juni 2024", "2024-06-08", None),
    ("Published: June 8, 2024 at 5:10 PM", "2024-06-08", "2024-06-08T17:10"),
])
def test_plain_text_with_a_date_line_under_the_headline(line, date, dt):
    a = parse_text(f"Kanzler reist nach Kiew\n{line}\n\nDer Kanzler ist am Montag nach Kiew gereist.", "x.txt")
    assert a.title == "Kanzler reist nach Kiew" and a.date == date and a.datetime == dt
    assert a.paragraphs == ["Der Kanzler ist am Montag nach Kiew gereist."]


def test_a_date_inside_a_sentence_or_an_impossible_date_is_no_date_line():
    a = parse_text("Die Wahl am 8. Juni 2024 war knapp\n\nDer Kanzler ist nach Kiew gereist.", "x.txt")
    assert a.date is None and a.title == "Die Wahl am 8. Juni 2024 war knapp"
    a = parse_text("Titel\n2024-13-45\n\nDer Kanzler ist nach Kiew gereist.", "x.txt")
    assert a.date is None


def test_markdown_with_a_date_line_under_the_heading():
    from kgraph.ingest import parse_markdown
    a = parse_markdown("# Kanzler reist nach Kiew\n\n*8. Juni 2024*\n\nDer Kanzler ist nach Kiew gereist.\n", "x.md")
    assert a.title == "Kanzler reist nach Kiew" and a.date == "2024-06-08"
    assert a.paragraphs == ["Der Kanzler ist nach Kiew gereist."]
