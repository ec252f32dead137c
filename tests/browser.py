"""Open a page in Debian's headless chromium (driven by playwright, no browser download) and
report what a user's browser would have done: console errors, uncaught page errors,
requests that left ``file://``, dialogs opened, what vis-network drew, and a screenshot.

Use from a test module (pytest puts ``tests/`` on ``sys.path``)::

    from browser import chromium, open_page, browse, requires_chromium

    @requires_chromium
    def test_page(chromium, tmp_path):
        report = open_page(tmp_path / "graph.html", browser=chromium, screenshot="seed")
        assert report.clean(), report.problems()

``chromium`` is a module-scoped fixture (one browser per test module); ``open_page``
also works without it (it then launches and closes its own browser). ``browse`` is the
context manager behind it, for tests that click on the page before measuring.
``make_graph`` builds small graphs by hand (through kgraph.graph, so they follow the output
contract) and ``seed_build`` builds ``sources/`` once per test run.
"""
from __future__ import annotations

import atexit
import re
import shutil
import tempfile
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path
from functools import lru_cache
from typing import Any, Iterable, Iterator, Mapping, Optional, Union

import pytest

CHROMIUM = Path("/usr/bin/chromium")
# The flags measured in shared/ecosystem-notes.md; playwright adds --headless itself and
# keeps its own fresh profile (it refuses --user-data-dir in args).
FLAGS = ["--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
         "--disable-background-networking", "--disable-component-update", "--disable-sync"]
ARTIFACTS = Path(__file__).resolve().parents[1] / "test-artifacts"
HAVE_CHROMIUM = CHROMIUM.exists()
requires_chromium = pytest.mark.skipif(
    not HAVE_CHROMIUM, reason=f"{CHROMIUM} not installed (.ci/setup.d/10-chromium.sh installs it)")

# Schemes that never leave the machine.
_LOCAL = re.compile(r"^(file|data|blob|about):", re.IGNORECASE)

# Drawn counts: what the vis-network instance holds (a DataView when the page filters).
_COUNTS_JS = """() => {
  const n = window.network;
  if (!n || !n.body || !n.body.data) return null;
  const len = d => (typeof d.length === 'number') ? d.length : d.getIds().length;
  return {nodes: len(n.body.data.nodes), edges: len(n.body.data.edges)};
}"""
# kgraph pages set window.kgraphReady once drawn; any other page is ready at its load event.
_READY_JS = """() => (window.kgraphReady === true) ||
  (!('kgraphReady' in window) && document.readyState === 'complete')"""


@dataclass
class PageReport:
    """What happened while a page was open (lists fill in live while it is open)."""

    url: str
    console_errors: list[str] = field(default_factory=list)
    console: list[str] = field(default_factory=list)      # every console message, "type: text"
    page_errors: list[str] = field(default_factory=list)  # uncaught exceptions
    requests: list[str] = field(default_factory=list)     # URLs outside file:/data:/blob:/about:
    dialogs: list[str] = field(default_factory=list)      # "alert: message", …
    nodes: Optional[int] = None                           # drawn nodes (network.body.data)
    edges: Optional[int] = None                           # drawn edges
    ready: bool = False                                   # the page said it was drawn
    screenshot: Optional[Path] = None
    title: str = ""
    text: str = ""                                        # document.body.innerText

    def problems(self) -> list[str]:
        """Everything a clean offline page must not show, one line each."""
        out = [f"console error: {m}" for m in self.console_errors]
        out += [f"page error: {m}" for m in self.page_errors]
        out += [f"network request: {u}" for u in self.requests]
        out += [f"dialog: {d}" for d in self.dialogs]
        if not self.ready:
            out.append("page never reported that it was drawn")
        return out

    def clean(self) -> bool:
        return not self.problems()


class LivePage:
    """An open page: the playwright ``page`` plus its live :class:`PageReport`."""

    def __init__(self, page: Any, report: PageReport):
        self.page = page
        self.report = report

    def evaluate(self, js: str, arg: Any = None) -> Any:
        return self.page.evaluate(js, arg) if arg is not None else self.page.evaluate(js)

    def drawn(self) -> tuple[Optional[int], Optional[int]]:
        """(nodes, edges) vis-network holds now; also stored in the report."""
        counts = self.page.evaluate(_COUNTS_JS)
        if counts is not None:
            self.report.nodes, self.report.edges = counts["nodes"], counts["edges"]
        return self.report.nodes, self.report.edges

    def settle(self, ms: int = 200) -> None:
        """Let pending handlers and redraws run."""
        self.page.wait_for_timeout(ms)

    def shoot(self, name: str) -> Path:
        """Save a screenshot as ``test-artifacts/<name>.png``."""
        ARTIFACTS.mkdir(parents=True, exist_ok=True)
        path = ARTIFACTS / f"{re.sub(r'[^A-Za-z0-9_.-]+', '_', name)}.png"
        self.page.screenshot(path=str(path))
        self.report.screenshot = path
        return path


def launch(playwright: Any) -> Any:
    """A headless Debian chromium with the offline flags."""
    return playwright.chromium.launch(executable_path=str(CHROMIUM), headless=True, args=FLAGS)


@pytest.fixture(scope="module")
def chromium() -> Iterator[Any]:
    """One browser per test module (a launch costs about a second). Not per session: while
    sync playwright runs, its asyncio loop is the thread's running loop, so asyncio.run()
    in later modules (servers, dask, notebooks) and a second playwright would fail."""
    if not HAVE_CHROMIUM:
        pytest.skip(f"{CHROMIUM} not installed (.ci/setup.d/10-chromium.sh installs it)")
    from playwright.sync_api import sync_playwright
    with sync_playwright() as p:
        browser = launch(p)
        try:
            yield browser
        finally:
            browser.close()


@contextmanager
def browse(path: Union[str, Path], browser: Any = None, timeout_ms: int = 30000,
           viewport: tuple[int, int] = (1200, 900)) -> Iterator[LivePage]:
    """Open ``path`` from file:// and yield it once drawn (``window.kgraphReady``, or for
    other pages the load event). Requests that would leave the
    machine are recorded and aborted; dialogs are recorded and dismissed."""
    url = Path(path).resolve().as_uri()
    report = PageReport(url=url)
    owned = None
    if browser is None:
        from playwright.sync_api import sync_playwright
        owned = sync_playwright().start()
        browser = launch(owned)
    context = browser.new_context(viewport={"width": viewport[0], "height": viewport[1]},
                                  java_script_enabled=True)
    try:
        page = context.new_page()

        def on_console(msg: Any) -> None:
            report.console.append(f"{msg.type}: {msg.text}")
            if msg.type == "error":
                report.console_errors.append(msg.text)

        def on_dialog(dialog: Any) -> None:
            report.dialogs.append(f"{dialog.type}: {dialog.message}")
            dialog.dismiss()

        def on_route(route: Any) -> None:
            req_url = route.request.url
            if _LOCAL.match(req_url):
                route.continue_()
            else:  # recorded by on_request; never let it reach the network
                route.abort()

        def on_request(req: Any) -> None:
            if not _LOCAL.match(req.url):
                report.requests.append(req.url)

        page.on("console", on_console)
        page.on("pageerror", lambda exc: report.page_errors.append(str(exc)))
        page.on("dialog", on_dialog)
        page.route("**/*", on_route)
        page.on("request", on_request)
        page.goto(url, wait_until="load", timeout=timeout_ms)
        try:
            page.wait_for_function(_READY_JS, timeout=timeout_ms)
            report.ready = True
        except Exception as exc:  # reported through report.ready / page_errors
            report.page_errors.append(f"not drawn within {timeout_ms} ms: {type(exc).__name__}")
        live = LivePage(page, report)
        live.settle(100)
        live.drawn()
        report.title = page.title()
        report.text = page.evaluate("() => document.body ? document.body.innerText : ''")
        yield live
    finally:
        context.close()
        if owned is not None:
            browser.close()
            owned.stop()


def open_page(path: Union[str, Path], browser: Any = None, screenshot: Optional[str] = None,
              timeout_ms: int = 30000) -> PageReport:
    """Open ``path``, wait until drawn, optionally save ``test-artifacts/<screenshot>.png``,
    and return the report."""
    with browse(path, browser=browser, timeout_ms=timeout_ms) as live:
        if screenshot:
            live.shoot(screenshot)
        return live.report


def make_graph(facts: Iterable[Union[tuple, Mapping[str, Any]]],
               types: Optional[Mapping[str, str]] = None, entities: Iterable[str] = (),
               title: str = "Handmade article", date: str = "2024-01-02",
               article_id: str = "hand", wikidata: Optional[Mapping[str, str]] = None,
               dates: Optional[Mapping[str, str]] = None) -> Any:
    """An rdflib graph in the output contract, made by hand (through kgraph.graph).

    ``facts``: ``(subject, relation, object)`` or ``(subject, relation, object, modality)``
    tuples of entity labels, or dicts with those keys plus any :class:`kgraph.model.Fact`
    field (``sentence``, ``date``, ``quantity``, ``destination`` (a label), ``article``
    (another article id, so one statement can have several sources)). ``types``: label →
    entity type (default Country). ``entities``: extra labels with no fact. ``dates``:
    article id → article date (default ``date``)."""
    from kgraph.graph import GraphWriter, IRIs, new_graph
    from kgraph.model import Article, ArticleFacts, Entity, Fact
    from kgraph.namespaces import CORE_RELATIONS

    types, wikidata, dates = dict(types or {}), dict(wikidata or {}), dict(dates or {})

    def ent(label: str) -> Entity:
        return Entity(key=_key(label), type=types.get(label, "Country"), label=label,
                      wikidata=wikidata.get(label))

    per_article: dict[str, ArticleFacts] = {}

    def article(aid: str) -> ArticleFacts:
        if aid not in per_article:
            a = Article(id=aid, title=title if aid == article_id else f"{title} {aid}",
                        date=dates.get(aid, date), language="de", paragraphs=["x"],
                        source=f"{aid}.txt")
            per_article[aid] = ArticleFacts(a, [], {}, {})
        return per_article[aid]

    home = article(article_id)
    for label in entities:
        e = ent(label)
        home.entities[e.key] = e
    for n, spec in enumerate(facts):
        if not isinstance(spec, Mapping):
            spec = dict(zip(("subject", "relation", "object", "modality"), spec))
        spec = dict(spec)
        s, o = ent(spec.pop("subject")), ent(spec.pop("object"))
        rel, mod = spec.pop("relation"), spec.pop("modality", "asserted")
        af = article(spec.pop("article", article_id))
        sentence = spec.pop("sentence", f"{s.label} {rel} {o.label} ({mod}, {n}).")
        if "destination" in spec:
            spec["destination"] = ent(spec["destination"])
        for e in (s, o, spec.get("destination")):
            if e is not None:
                af.entities[e.key] = e
        af.facts.append(Fact(subject=s, relation=rel, object=o, modality=mod,
                             article_id=af.article.id, sentence=sentence, start=10 * n,
                             end=10 * n + len(sentence), language="de",
                             core=rel in CORE_RELATIONS, **spec))
    w = GraphWriter(IRIs())
    for aid in sorted(per_article):
        w.add(per_article[aid])
    return w.write(new_graph())


def _key(label: str) -> str:
    import hashlib

    from kgraph.resources import slug
    # distinct keys for labels that slug alike (hostile names are mostly punctuation)
    return f"{slug(label)}-{hashlib.sha1(label.encode('utf-8')).hexdigest()[:6]}"


_SEED_DIRS: list[str] = []
atexit.register(lambda: [shutil.rmtree(d, ignore_errors=True) for d in _SEED_DIRS])


@lru_cache(maxsize=1)
def seed_build() -> Path:
    """Build ``sources/`` once per test process with ``kgraph build``; return the output
    folder (``graph.ttl``, ``graph.html``). Removed when the process ends."""
    from kgraph.cli import main
    out = tempfile.mkdtemp(prefix="kgraph-seed-")
    _SEED_DIRS.append(out)
    sources = Path(__file__).resolve().parents[1] / "sources"
    rc = main(["build", str(sources), "--out", out, "--quiet"])
    if rc != 0:
        raise RuntimeError(f"kgraph build sources failed with exit code {rc}")
    return Path(out)


__all__ = ["make_graph", "seed_build", "CHROMIUM", "FLAGS", "ARTIFACTS", "HAVE_CHROMIUM", "requires_chromium", "PageReport",
           "LivePage", "launch", "chromium", "browse", "open_page"]
