"""Property (issue 6): any Unicode text — in a file name, a title, an article body, a jsonl id
or title, lone surrogates and control characters included — goes through the whole pipeline
(ingest → build → Turtle → HTML) without failing, and

- the Turtle re-parses, in rdflib and in Oxigraph, to a graph isomorphic to the built one;
- every IRI kgraph mints is made of safe characters only;
- titles and source names arrive as written (after the documented cleaning of control
  characters and surrogates, and whitespace folded in titles);
- graph.html holds no tag opener that a page of an empty graph does not have.
"""
from __future__ import annotations

import json
import re
import tempfile
from pathlib import Path

import pyoxigraph as ox
from hypothesis import HealthCheck, Phase, given, settings
from hypothesis import strategies as st
from rdflib import BNode, Graph, Literal, URIRef
from rdflib.compare import isomorphic
from rdflib.namespace import DCTERMS

from kgraph.build import build
from kgraph.config import Config
from kgraph.export.formats import export_text
from kgraph.export.html import graph_html
from kgraph.ingest import clean_text
from kgraph.namespaces import DEFAULT_BASE

FACT = "Bundeskanzler Olaf Scholz hat am Donnerstag mit Emmanuel Macron telefoniert."
FACT2 = "Frankreich unterstützt die Ukraine."
TAGS = ("<script", "</script", "<img", "<textarea", "</textarea", "<iframe", "<title", "</title",
        "<a ", "<svg", "<style", "<!--", "<object", "<embed", "<base", "<meta", "<link")
SAFE_IRI = re.compile(r"[A-Za-z0-9\-._~%/:]+")

# random text, salted with the fragments that break naive escaping
FRAGMENTS = ["<script>alert(1)</script>", "</script>", "</textarea>", "<!--", "-->", '"', "'",
             '"""', "\\", "\\u0022", "javascript:alert(1)", "{{7*7}}", "{% x %}", "${x}",
             "@prefix p: <http://evil.example/> .", "<a> <b> <c> .", "> ;", "^^", "@en",
             "\n", "\r\n", "\u2028", "&amp;", "&lt;", "%2F", "#", "\x00", "\x1b", "\ud800",
             "\ufeff", "\ufffe"]


def salted(alphabet: st.SearchStrategy[str]) -> st.SearchStrategy[str]:
    return st.lists(st.one_of(st.text(alphabet, max_size=12), st.sampled_from(FRAGMENTS)),
                    max_size=6).map("".join)


def _no(*categories: str) -> st.SearchStrategy[str]:
    return st.characters(blacklist_categories=categories)


any_text = salted(st.characters())                               # surrogates, controls, …
file_text = salted(_no("Cs", "Cc")).map(lambda s: re.sub(r"[\x00-\x1f\ud800-\udfff]", "", s))
name_text = st.text(st.characters(blacklist_categories=("Cs", "Cc"), blacklist_characters="/"),
                    max_size=30)


def tag_counts(page: str) -> dict[str, int]:
    low = page.lower()
    return {t: low.count(t) for t in TAGS}


EMPTY_PAGE = tag_counts(graph_html(Graph(), title="kgraph"))


def _from_ox(data: bytes) -> Graph:
    store = ox.Store()
    store.load(data, format=ox.RdfFormat.TURTLE)
    g = Graph()
    for q in store:
        terms = []
        for t in (q.subject, q.predicate, q.object):
            if isinstance(t, ox.NamedNode):
                terms.append(URIRef(t.value))
            elif isinstance(t, ox.BlankNode):
                terms.append(BNode(t.value))
            else:
                dt = t.datatype.value if t.datatype else None
                terms.append(Literal(t.value, lang=t.language) if t.language else
                             Literal(t.value, datatype=None if dt and dt.endswith("#string")
                                     else dt))
        g.add(tuple(terms))
    return g


# no "explain" phase: on a failure it reruns the pipeline hundreds of times
# derandomized: the same 40 inputs in every run, so CI cannot flake on an unlucky draw
@settings(max_examples=40, deadline=None, derandomize=True,
          phases=[Phase.explicit, Phase.reuse, Phase.generate, Phase.shrink],
          suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large])
@given(name=name_text, title=file_text, body=file_text, jid=any_text, jtitle=any_text,
       jbody=any_text)
def test_random_text_through_the_whole_pipeline(name, title, body, jid, jtitle, jbody):
    fname = f"f{name}.txt"
    with tempfile.TemporaryDirectory() as tmp:
        src = Path(tmp)
        # "Titel:" keeps a random first line from being read as a (broken) seed header
        (src / fname).write_text(f"Titel: {title}\n\n{FACT} {body}\n\n{FACT2}\n",
                                 encoding="utf-8")
        rec = {"id": jid, "title": jtitle, "language": "de", "text": f"{FACT} {jbody} {FACT2}"}
        (src / "feed.jsonl").write_text(json.dumps(rec) + "\n", encoding="utf-8")
        g, report = build([src], Config(fallback_language="de"), jobs=1)

    assert report.errors == [] and report.articles == 2
    assert_turtle_round_trips(g)


    def fold(s: str) -> str:
        return " ".join(clean_text(s).split())
    titles = {str(t) for t in g.objects(None, DCTERMS.title)}
    assert titles == {fold(f"Titel: {title}"), fold(jtitle)}
    ids = {str(t) for t in g.objects(None, DCTERMS.identifier)}
    jid_shown = fold(jid) or "feed-1"
    assert ids == {fname, f"feed.jsonl#{jid_shown}"}

    assert tag_counts(graph_html(g, title=fname)) == EMPTY_PAGE



def assert_turtle_round_trips(g) -> None:
    """The graph's Turtle reads back isomorphic in rdflib and Oxigraph, and every IRI kgraph
    minted uses safe characters only."""
    ttl = export_text(g, "ttl").encode("utf-8")
    assert isomorphic(Graph().parse(data=ttl, format="turtle"), g)
    assert isomorphic(_from_ox(ttl), g)
    minted = {str(t) for triple in g for t in triple
              if isinstance(t, URIRef) and str(t).startswith(DEFAULT_BASE)}
    assert all(SAFE_IRI.fullmatch(i) for i in minted), sorted(minted)

@settings(max_examples=60, deadline=None, phases=[Phase.explicit, Phase.reuse, Phase.generate,
                                                   Phase.shrink])
@given(subject=file_text, obj=file_text, evidence=file_text, title=file_text, aid=any_text)
def test_hostile_labels_evidence_and_ids_in_turtle_and_html(subject, obj, evidence, title, aid):
    """The graph and page writers on their own, with the hostile text where the analysis
    rarely puts it: entity names, evidence sentences, titles, article ids."""
    from browser import make_graph   # tests/browser.py: graphs in the output contract
    g = make_graph([{"subject": subject, "relation": "criticizes", "object": obj,
                     "sentence": evidence}], types={subject: "Person"}, title=title,
                   article_id=clean_text(aid) or "a")
    assert_turtle_round_trips(g)
    page = graph_html(g, title=title)
    assert tag_counts(page) == EMPTY_PAGE
    data = re.search(r'<script type="application/json" id="kgraph-data">(.*?)</script>', page,
                     re.S).group(1)
    # the evidence reaches the page whole, as data (the page puts it in with textContent)
    assert json.loads(data)["edges"][0]["tips"][0].get("evidence", "") == evidence
