"""Stage 1 — ingest: source files become :class:`~kgraph.model.Article` records.

Formats: the seed ``.txt`` format (first line `` date YYYY-MM <title> Stand: DD.MM.YYYY HH:MM Uhr``),
plain ``.txt`` (a line among the first three that is only a date is the publication date), ``.md``, ``.html``/``.htm`` (main text only) and ``.jsonl`` (one article per
line). Bad input never stops the run: it is reported as a :class:`SourceError`.
"""
from __future__ import annotations

import datetime as _dt
import hashlib
import json
import os
import re
import stat
from dataclasses import dataclass
from html.parser import HTMLParser
from pathlib import Path
from typing import Iterable, Iterator, Optional, Union

from .langid import detect_language
from .model import Article

SUFFIXES = {".txt", ".md", ".markdown", ".html", ".htm", ".jsonl"}
DEFAULT_MAX_BYTES = 20 * 1024 * 1024
# spaCy's own limit for one Doc (Language.max_length); no news article comes near it
MAX_ARTICLE_CHARS = 1_000_000


@dataclass
class SourceError:
    """A source (or one line of it) that could not be read; ``path`` names it."""

    path: str
    message: str
    line: Optional[int] = None

    def __str__(self) -> str:
        where = f"{self.path}:{self.line}" if self.line else self.path
        return f"{where}: {self.message}"


Item = Union[Article, SourceError]


# ---------------------------------------------------------------- file discovery
def discover(paths: Iterable[Union[str, Path]]) -> Iterator[tuple[Path, Path]]:
    """Yield ``(file, root)`` for every readable source under ``paths`` in sorted order.

    Folders are walked recursively; symlinked folders are followed once (loops are cut).
    Unreadable folders are yielded as the folder itself so the reader reports them.
    """
    for p in paths:
        p = Path(p)
        if p.is_dir():
            seen: set[tuple[int, int]] = set()
            yield from _walk(p, p, seen)
        else:
            yield p, p.parent


def _walk(folder: Path, root: Path, seen: set) -> Iterator[tuple[Path, Path]]:
    try:
        st = folder.stat()
    except OSError:
        yield folder, root
        return
    if (st.st_dev, st.st_ino) in seen:
        return  # symlink loop or a folder reached twice
    seen.add((st.st_dev, st.st_ino))
    try:
        entries = sorted(os.scandir(folder), key=lambda e: e.name)
    except OSError:
        yield folder, root
        return
    for e in entries:
        if e.name.startswith("."):
            continue
        path = Path(e.path)
        try:
            if e.is_dir():
                yield from _walk(path, root, seen)
            elif path.suffix.lower() in SUFFIXES:
                yield path, root
        except OSError:
            yield path, root


def read_sources(paths: Iterable[Union[str, Path]], max_bytes: int = DEFAULT_MAX_BYTES,
                 languages: Optional[set[str]] = None) -> Iterator[Item]:
    """Read every source file under ``paths``; yield articles and errors in a stable order.

    Article ids are unique within one run: "a.txt" and "a.md" (or a jsonl id seen twice)
    would otherwise share one article IRI and merge two articles into one node.
    """
    used: set[str] = set()
    for path, root in discover(paths):
        for item in read_file(path, root=root, max_bytes=max_bytes, languages=languages):
            if isinstance(item, Article):
                if item.id in used:
                    n = 2
                    while f"{item.id}_{n}" in used:
                        n += 1
                    item.id = f"{item.id}_{n}"
                used.add(item.id)
            yield item


_CONTROL = re.compile("[\x00-\x08\x0b\x0e-\x1f\x7f-\x9f\ud800-\udfff\ufffe\uffff]")


def clean_text(text: str) -> str:
    """Drop what no output format may carry: C0 and C1 controls (tab, newlines and form
    feed stay; C1 in text is always mis-decoding debris) become spaces, lone surrogates
    (from JSON escapes or undecodable file names) and non-characters become U+FFFD, so
    Turtle, XML and HTML writers never fail on a source."""
    return _CONTROL.sub(lambda m: " " if m.group() < "\xa0" else "\ufffd", text)


def display_name(path: Union[str, Path]) -> str:
    """A file name safe for one line of a message: undecodable bytes become U+FFFD and
    control characters are shown escaped (a newline in a file name cannot split the line)."""
    name = os.fsencode(str(path)).decode("utf-8", errors="replace")
    return re.sub(r"[\x00-\x1f\x7f]", lambda m: repr(m.group())[1:-1], name)


# ---------------------------------------------------------------- decoding
BINARY_MAGIC = {
    b"%PDF": "a PDF document", b"\x89PNG": "a PNG image", b"\xff\xd8\xff": "a JPEG image",
    b"GIF8": "a GIF image", b"PK\x03\x04": "a ZIP archive", b"\x1f\x8b": "a gzip archive",
    b"\x7fELF": "an executable",
}


def decode_bytes(data: bytes) -> tuple[str, Optional[str]]:
    """Decode source bytes; return ``(text, note)``. Raises ``ValueError`` with a reason."""
    for magic, what in BINARY_MAGIC.items():
        if data.startswith(magic):
            raise ValueError(f"binary file ({what}), not text")
    for bom, enc in ((b"\xff\xfe\x00\x00", "utf-32"), (b"\x00\x00\xfe\xff", "utf-32"),
                     (b"\xff\xfe", "utf-16"), (b"\xfe\xff", "utf-16")):
        if data.startswith(bom):
            try:
                text = data.decode(enc)
            except UnicodeDecodeError as exc:
                raise ValueError(f"broken {enc.upper()} text ({exc.reason})") from None
            if not _looks_like_text(text):
                raise ValueError(f"binary file behind a {enc.upper()} byte order mark, not text")
            return text, f"decoded as {enc.upper()}"
    if data.startswith(b"\xef\xbb\xbf"):
        data = data[3:]
    if b"\x00" in data:
        # UTF-16 without a byte order mark: every other byte is NUL in Latin text
        if len(data) >= 4 and data.count(b"\x00") * 3 >= len(data):
            for enc in ("utf-16-le", "utf-16-be"):
                try:
                    text = data.decode(enc)
                except UnicodeDecodeError:
                    continue
                if _looks_like_text(text):
                    return text, f"decoded as {enc.upper()}"
        raise ValueError("binary file (contains NUL bytes), not text")
    try:
        return data.decode("utf-8"), None
    except UnicodeDecodeError:
        pass
    # UTF-8 with a few stray bytes (a cut multi-byte character, one pasted Latin-1 word)
    # stays UTF-8: read as Windows-1252, every umlaut of it would turn into "Ã¤"
    text = data.decode("utf-8", errors="replace")
    errors = text.count("\ufffd")
    valid = len(_ASCII_OR_BAD.sub("", text))          # correctly decoded non-ASCII characters
    if valid > 2 * errors and _looks_like_text(text.replace("\ufffd", "")):
        return text, f"UTF-8 with {errors} undecodable byte sequence(s) replaced"
    text = data.decode("cp1252", errors="replace")
    if _looks_like_text(text):
        return text, "not UTF-8; decoded as Windows-1252/Latin-1"
    raise ValueError("not UTF-8 and not readable as Latin-1 text")


_ASCII_OR_BAD = re.compile("[\x00-\x7f\ufffd]+")
_NOT_TEXT = re.compile("[\x00-\x08\x0b\x0e-\x1f\ufffd]+")


def _looks_like_text(text: str) -> bool:
    if not text:
        return True
    bad = len(text) - len(_NOT_TEXT.sub("", text))   # in C: sources may be 20 MB
    return bad / len(text) < 0.01


# ---------------------------------------------------------------- readers
class _TooLarge(Exception):
    def __init__(self, size: int) -> None:
        super().__init__(size)
        self.size = size


def _read_limited(path: Path, max_bytes: int) -> bytes:
    """The bytes of a regular file of at most ``max_bytes``; raises ``OSError``/``_TooLarge``.

    The size is checked before reading and again while reading, so a file that grows (or
    lies about its size, as /proc files do) never makes kgraph read more than the limit;
    pipes and devices are refused because reading them may block or never end."""
    st = path.stat()
    if stat.S_ISDIR(st.st_mode):
        os.scandir(path).close()   # raises the real reason this folder could not be walked
        raise OSError(0, "folder could not be read")
    if not stat.S_ISREG(st.st_mode):
        raise OSError(0, "not a regular file (device, pipe or socket)")
    if st.st_size > max_bytes:
        raise _TooLarge(st.st_size)
    with path.open("rb") as fh:
        data = fh.read(max_bytes + 1)
    if len(data) > max_bytes:
        raise _TooLarge(max(len(data), st.st_size))
    return data


def read_file(path: Union[str, Path], root: Optional[Path] = None,
              max_bytes: int = DEFAULT_MAX_BYTES,
              languages: Optional[set[str]] = None) -> Iterator[Item]:
    """Read one source file into articles (``.jsonl`` may hold many) or errors."""
    path = Path(path)
    root = root or path.parent
    try:
        name = path.relative_to(root).as_posix()
    except ValueError:
        name = path.name
    name = clean_text(display_name(name))
    shown = display_name(path)
    try:
        data = _read_limited(path, max_bytes)
    except _TooLarge as exc:
        # MB as --max-file-mb counts them (2**20 bytes), so the numbers match the option
        yield SourceError(shown, f"file too large ({exc.size / 2**20:.1f} MB > limit "
                                 f"{max_bytes / 2**20:g} MB; raise it with --max-file-mb)")
        return
    except OSError as exc:
        yield SourceError(shown, f"cannot read: {exc.strerror or exc}")
        return
    if not data.strip():
        yield SourceError(shown, "empty file")
        return
    try:
        text, note = decode_bytes(data)
    except ValueError as exc:
        yield SourceError(shown, str(exc))
        return
    del note  # decoding notes are not errors
    text = clean_text(text)
    suffix = path.suffix.lower()
    if suffix == ".jsonl":
        yield from _read_jsonl(text, name, shown, languages)
        return
    try:
        if suffix in (".html", ".htm"):
            art = parse_html(text, name)
        elif suffix in (".md", ".markdown"):
            art = parse_markdown(text, name)
        else:
            art = parse_text(text, name)
    except ValueError as exc:
        yield SourceError(shown, str(exc))
        return
    yield from _checked(art, shown, languages)


def _checked(art: Article, shown: str, languages: Optional[set[str]],
             line: Optional[int] = None) -> Iterator[Item]:
    if not any(p.strip() for p in art.paragraphs):
        yield SourceError(shown, "no article text found", line)
        return
    if len(art.text) > MAX_ARTICLE_CHARS:
        yield SourceError(shown, f"article text too long ({len(art.text):,} characters; one "
                                 f"article is analysed as a whole, at most "
                                 f"{MAX_ARTICLE_CHARS:,}): split it into articles", line)
        return
    if languages is not None and art.language not in languages:
        what = ("language not recognised (too little text, or another language)"
                if art.language == "und" else f"language '{art.language}' is not supported")
        yield SourceError(shown, f"{what}; skipped (kgraph reads {', '.join(sorted(languages))}; "
                                 "set fallback_language in the configuration to build it anyway)",
                          line)
        return
    yield art


def article_id(name: str, strip_suffix: bool = True) -> str:
    """A stable, IRI-safe id from a source name (or, with ``strip_suffix=False``, from an
    id given in a jsonl record, where "news.2024" and "news.2025" must stay distinct)."""
    stem = re.sub(r"\.[A-Za-z0-9]+$", "", name) if strip_suffix else name
    safe = re.sub(r"[^A-Za-z0-9_.-]+", "_", stem).strip("_.-")
    if not safe or safe != stem.replace("/", "_"):
        digest = hashlib.sha1(name.encode("utf-8")).hexdigest()[:8]
        safe = f"{safe or 'article'}_{digest}"
    return safe


SEED_HEADER = re.compile(
    r"^\s*date\s+(?P<ym>\d{4}-\d{2})\s+(?P<title>.*?)\s*"
    r"(?:Stand:\s*(?P<d>\d{1,2})\.(?P<m>\d{1,2})\.(?P<y>\d{4})(?:\s+(?P<hh>\d{1,2}):(?P<mm>\d{2})\s*Uhr)?)?\s*$")
FINAL_PUNCT = tuple('.!?:;"“”»«\')…')


def _split_paragraphs(body: str) -> list[str]:
    body = body.replace("\r\n", "\n").replace("\r", "\n")
    paras = [re.sub(r"\s*\n\s*", " ", p).strip() for p in re.split(r"\n\s*\n", body)]
    return [re.sub(r"[ \t\u00a0]+", " ", p) for p in paras if p]


def _headings(paras: list[str]) -> list[int]:
    """Short lines without final punctuation are sub-headings."""
    return [i for i, p in enumerate(paras)
            if len(p) <= 120 and not p.rstrip().endswith(FINAL_PUNCT) and len(p.split()) <= 14]


# German and English month names (the extractor's relative dates read the same table)
MONTHS = {"januar": 1, "jänner": 1, "februar": 2, "märz": 3, "april": 4, "mai": 5, "juni": 6,
          "juli": 7, "august": 8, "september": 9, "oktober": 10, "november": 11,
          "dezember": 12, "january": 1, "february": 2, "march": 3, "may": 5, "june": 6,
          "july": 7, "october": 10, "december": 12}
# a date line may abbreviate them ("Sat, 8 Jun 2024")
MONTH_NAMES = MONTHS | {"jan": 1, "feb": 2, "mar": 3, "apr": 4, "jun": 6, "jul": 7, "aug": 8, "sep": 9,
                        "sept": 9, "oct": 10, "okt": 10, "nov": 11, "dec": 12, "dez": 12}
_TIME = r"(?:,?\s*(?:um\s+|at\s+)?(?P<hh>\d{1,2}):(?P<mm>\d{2})(?::\d{2}(?:\.\d+)?)?\s*(?:Uhr|h|(?P<ap>[AaPp])\.?[Mm]\.?)?" \
        r"\s*(?:Z|UTC|GMT|MES?Z|CES?T|[+-]\d{2}:?\d{2})?)?"
_PREFIX = r"(?:(?:Stand|Veröffentlicht|Aktualisiert|Datum|Published|Updated|Date|Posted)\s*:?\s*)?"
DATE_LINES = [
    re.compile(r"^" + _PREFIX + r"(?P<y>\d{4})-(?P<m>\d{2})-(?P<d>\d{2})(?:[T ]\s*(?P<hh>\d{1,2}):(?P<mm>\d{2})"
               r"(?::\d{2}(?:\.\d+)?)?\s*(?:Z|UTC|GMT|[+-]\d{2}:?\d{2})?)?\s*$"),
    re.compile(r"^" + _PREFIX + r"(?P<d>\d{1,2})\.\s*(?P<m>\d{1,2})\.\s*(?P<y>\d{4})" + _TIME + r"\s*$"),
    re.compile(r"^" + _PREFIX + r"(?:\w+,\s*)?(?P<d>\d{1,2})\.?\s+(?P<mon>[A-Za-zäÄ]+)\.?\s+(?P<y>\d{4})" + _TIME + r"\s*$"),
    re.compile(r"^" + _PREFIX + r"(?:\w+,\s*)?(?P<mon>[A-Za-z]+)\.?\s+(?P<d>\d{1,2}),?\s+(?P<y>\d{4})" + _TIME + r"\s*$"),
]


def date_line(line: str) -> Optional[tuple[str, Optional[str]]]:
    """A line that is only a publication date ("2024-06-08T20:46", "Stand: 08.06.2024 20:46 Uhr",
    "8. Juni 2024", "June 8, 2024"): its date and, when given, date and time; else None."""
    line = line.strip()
    if len(line) > 60:
        return None
    for rx in DATE_LINES:
        m = rx.match(line)
        if not m:
            continue
        g = m.groupdict()
        mo = int(g["m"]) if g.get("m") else MONTH_NAMES.get(g["mon"].lower())
        if mo is None:
            return None
        y, d = int(g["y"]), int(g["d"])
        if not _valid_day(y, mo, d):
            return None
        date = f"{y:04d}-{mo:02d}-{d:02d}"
        dt = None
        hh = int(g["hh"]) if g.get("hh") is not None else None
        if hh is not None and g.get("ap"):
            hh = hh % 12 + (12 if g["ap"].lower() == "p" else 0)   # "5:10 PM"
        if hh is not None and hh < 24 and int(g["mm"]) < 60:
            dt = f"{date}T{hh:02d}:{g['mm']}"
        return date, dt
    return None


def _pop_date_line(text: str, within: int = 3) -> tuple[str, Optional[str], Optional[str]]:
    """A line of its own among the first ``within`` lines with text that is only a date (Markdown
    emphasis aside: "*8. Juni 2024*") is the publication date: the text without it, date, time."""
    lines = text.split("\n")
    for i in [i for i, ln in enumerate(lines) if ln.strip()][:within]:
        hit = date_line(re.sub(r"[*_]", "", lines[i]))
        if hit:
            return "\n".join(lines[:i] + lines[i + 1:]), hit[0], hit[1]
    return text, None, None


def parse_text(text: str, name: str) -> Article:
    """Parse the seed format (header line) or plain text (first paragraph = title)."""
    text = text.replace("\r\n", "\n").replace("\r", "\n").lstrip("\ufeff")
    first, _, rest = text.partition("\n")
    date = dt = None
    if re.match(r"\s*date\s+\S*\d", first):
        m = SEED_HEADER.match(first)
        if not m:
            raise ValueError(f"broken header line: {first.strip()[:80]!r} "
                             "(expected ' date YYYY-MM <title> Stand: DD.MM.YYYY HH:MM Uhr')")
        title = m.group("title")
        ym = m.group("ym")
        if not _valid_month(ym):
            raise ValueError(f"broken date in header: {ym!r}")
        date = ym
        if m.group("d"):
            y, mo, d = int(m.group("y")), int(m.group("m")), int(m.group("d"))
            if not _valid_day(y, mo, d):
                raise ValueError(f"broken date in header: {m.group('d')}.{m.group('m')}.{m.group('y')}")
            date = f"{y:04d}-{mo:02d}-{d:02d}"
            if m.group("hh"):
                dt = f"{date}T{int(m.group('hh')):02d}:{m.group('mm')}"
        paras = _split_paragraphs(rest)
    else:
        text, date, dt = _pop_date_line(text)
        paras = _split_paragraphs(text)
        title = paras[0] if paras else ""
        if paras and paras[0] in _headings(paras[:1]) or (paras and len(paras[0]) < 150 and len(paras) > 1):
            title = paras.pop(0)
    return _article(name, title, date, paras, dt=dt)


def _valid_month(ym: str) -> bool:
    y, m = map(int, ym.split("-"))
    return 1 <= m <= 12 and 1800 < y < 2200


def _valid_day(y: int, m: int, d: int) -> bool:
    try:
        _dt.date(y, m, d)
        return 1800 < y < 2200
    except ValueError:
        return False


def _article(name: str, title: str, date: Optional[str], paras: list[str],
             dt: Optional[str] = None, language: Optional[str] = None,
             url: Optional[str] = None, aid: Optional[str] = None) -> Article:
    lang = language or detect_language(title + "\n" + "\n".join(paras))
    return Article(id=aid or article_id(name), title=" ".join(title.split()), date=date, language=lang,
                   paragraphs=paras, source=name, url=url, datetime=dt, headings=_headings(paras))


def parse_markdown(text: str, name: str) -> Article:
    """Markdown: the first ``#`` heading is the title; markup is stripped."""
    text, date, dt = _pop_date_line(text.replace("\r\n", "\n"))
    title = ""
    lines = []
    for line in text.split("\n"):
        h = re.match(r"^\s{0,3}#{1,6}\s+(.*?)\s*#*\s*$", line)
        if h and not title:
            title = h.group(1)
            continue
        if h:
            line = h.group(1)
        line = re.sub(r"!\[[^\]]*\]\([^)]*\)", "", line)          # images
        line = re.sub(r"\[([^\]]*)\]\([^)]*\)", r"\1", line)       # links
        line = re.sub(r"(\*\*|__|\*|_|`)(\S.*?\S|\S)\1", r"\2", line)  # emphasis, code
        line = re.sub(r"^\s*(?:[-*+]|\d+\.|>)\s+", "", line)
        lines.append(line)
    paras = _split_paragraphs("\n".join(lines))
    if not title and paras:
        title = paras.pop(0)
    return _article(name, title, date, paras, dt=dt)


class _MainText(HTMLParser):
    SKIP = {"script", "style", "nav", "header", "footer", "aside", "noscript", "form",
            "template", "svg", "iframe", "button", "select", "figure"}
    BLOCK = {"p", "div", "section", "article", "main", "li", "h1", "h2", "h3", "h4", "h5",
             "h6", "br", "blockquote", "tr", "td", "dd", "dt", "pre"}

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.skip = 0
        self.title: list[str] = []
        self.in_title = False
        self.blocks: dict[str, list[str]] = {"main": [], "body": []}
        self.main_depth = 0
        self.meta: dict[str, str] = {}
        self.h1: Optional[str] = None
        self._h1buf: Optional[list[str]] = None
        self.lang: Optional[str] = None

    def handle_starttag(self, tag, attrs):
        a = dict(attrs)
        if tag == "html" and a.get("lang"):
            self.lang = a["lang"].split("-")[0].lower()
        if tag == "meta" and a.get("content"):
            key = (a.get("property") or a.get("name") or "").lower()
            if key:
                self.meta[key] = a["content"]
        if tag in self.SKIP:
            self.skip += 1
        elif tag == "title":
            self.in_title = True
        elif tag in ("article", "main"):
            self.main_depth += 1
        if tag == "h1" and self.h1 is None:
            self._h1buf = []
        if tag in self.BLOCK:
            self._newblock()

    def handle_endtag(self, tag):
        if tag in self.SKIP and self.skip:
            self.skip -= 1
        elif tag == "title":
            self.in_title = False
        elif tag in ("article", "main") and self.main_depth:
            self.main_depth -= 1
        if tag == "h1" and self._h1buf is not None:
            self.h1 = " ".join("".join(self._h1buf).split())
            self._h1buf = None
        if tag in self.BLOCK:
            self._newblock()

    def _newblock(self):
        for k in self.blocks:
            if self.blocks[k] and self.blocks[k][-1] != "\n\n":
                self.blocks[k].append("\n\n")

    def handle_data(self, data):
        if self.in_title:
            self.title.append(data)
            return
        if self.skip:
            return
        if self._h1buf is not None:
            self._h1buf.append(data)
            return
        self.blocks["body"].append(data)
        if self.main_depth:
            self.blocks["main"].append(data)


def parse_html(text: str, name: str) -> Article:
    """HTML: the text of ``<article>``/``<main>`` if present, else of ``<body>``;
    scripts, styles, navigation, headers and footers are dropped."""
    p = _MainText()
    p.feed(text)
    p.close()
    if p.meta.get("generator", "").startswith("kgraph"):
        # an output folder inside the sources: the page must not become an article
        raise ValueError("a graph page written by kgraph (an earlier output), not an article")
    body = "".join(p.blocks["main"]) or "".join(p.blocks["body"])
    paras = _split_paragraphs(body)
    title = p.h1 or p.meta.get("og:title") or " ".join("".join(p.title).split())
    date = None
    for k in ("article:published_time", "date", "dc.date", "pubdate"):
        if k in p.meta:
            date = _iso_date(p.meta[k])
            if date:
                break
    lang = p.lang if p.lang in ("de", "en") else None
    return _article(name, title, date, paras, language=lang)


def _iso_date(value: object) -> Optional[str]:
    """``YYYY-MM-DD`` or ``YYYY-MM`` from the start of a date string, if it is a real date."""
    m = re.match(r"^\s*(\d{4})-(\d{2})(?:-(\d{2}))?", str(value))
    if not m:
        return None
    y, mo = int(m.group(1)), int(m.group(2))
    if m.group(3):
        return f"{y:04d}-{mo:02d}-{int(m.group(3)):02d}" if _valid_day(y, mo, int(m.group(3))) else None
    return f"{y:04d}-{mo:02d}" if _valid_month(f"{y}-{mo}") else None


def _language(value: object) -> Optional[str]:
    """A declared language as an ISO 639 code ("de-DE" → "de"); anything else is ignored
    and the language is detected from the text instead."""
    if not isinstance(value, str):
        return None
    m = re.fullmatch(r"\s*([A-Za-z]{2,3})(?:[-_][A-Za-z0-9]+)*\s*", value)
    return m.group(1).lower() if m else None


def _url(value: object) -> Optional[str]:
    """Only web URLs are kept: a ``javascript:`` or ``data:`` "URL" is never a source link."""
    if isinstance(value, str) and re.match(r"^https?://[^\s<>\"{}|\\^`]+$", value.strip(), re.I):
        return value.strip()
    return None


def _read_jsonl(text: str, name: str, shown: str,
                languages: Optional[set[str]]) -> Iterator[Item]:
    # split on "\n" only: str.splitlines() also splits at U+2028 and other separators,
    # which are legal inside JSON strings, and would break valid lines and shift line numbers
    for n, line in enumerate(text.split("\n"), 1):
        if not line.strip():
            continue
        try:
            rec = json.loads(line)
            if not isinstance(rec, dict):
                raise ValueError("a line must be a JSON object")
            body = rec.get("text")
            if not isinstance(body, str) or not body.strip():
                raise ValueError("missing or empty 'text'")
        except (ValueError, RecursionError) as exc:
            reason = "nested too deeply" if isinstance(exc, RecursionError) else str(exc)
            yield SourceError(shown, f"broken JSON line ({reason})", n)
            continue
        rid = " ".join(clean_text(str(rec.get("id") or "")).split()) or f"{Path(name).stem}-{n}"
        title = rec.get("title")
        art = _article(f"{name}#{rid}", clean_text(str(title) if isinstance(title, (str, int, float)) else ""),
                       _iso_date(rec["date"]) if rec.get("date") else None,
                       _split_paragraphs(clean_text(body)),
                       language=_language(rec.get("language") or rec.get("lang")),
                       url=_url(rec.get("url")), aid=article_id(rid, strip_suffix=False))
        yield from _checked(art, shown, languages, n)
