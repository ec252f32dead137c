"""SPARQL over a kgraph graph, from Python and from the shell.

``load(path)`` reads a graph file (Turtle, TriG, N-Triples, N-Quads, JSON-LD, RDF/XML) into
an in-memory Oxigraph store behind rdflib, so SPARQL runs natively and fast; it also opens
an Oxigraph store folder in place and accepts an rdflib ``Graph`` (queried with rdflib's
engine). Named graphs of TriG/N-Quads files are
merged into one graph: provenance stays in ``prov:wasDerivedFrom``.

Queries are read-only unless ``allow_update=True``. Ready queries ship as
``kgraph/data/queries/*.rq`` (more in ``KGRAPH_DATA_DIRS/queries``); their header comment
names them, describes them and declares their parameters (``# param: NAME — text``).
Parameters are substituted for the variables of the same name (``?entity``), so a
parameter must not be a projected variable.
"""
from __future__ import annotations

import json
import re
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Iterable, Mapping, Optional, Sequence, Union

import pandas as pd
from rdflib import BNode, Graph, Literal, URIRef

from .graph import PREFIXES as _GRAPH_PREFIXES
from .namespaces import RDF, XSD

#: prefixes pre-bound in every query (the ontology's and the standard ones)
PREFIXES: dict[str, str] = {k: str(v) for k, v in sorted({**_GRAPH_PREFIXES, "rdf": RDF}.items())}

RDF_FORMATS = {  # file suffix → (rdflib parser name, pyoxigraph format name)
    ".ttl": ("ox-turtle", "TURTLE"), ".turtle": ("ox-turtle", "TURTLE"),
    ".nt": ("ox-ntriples", "N_TRIPLES"), ".ntriples": ("ox-ntriples", "N_TRIPLES"),
    ".trig": ("ox-trig", "TRIG"), ".nq": ("ox-nquads", "N_QUADS"), ".nquads": ("ox-nquads", "N_QUADS"),
    ".jsonld": ("ox-json-ld", "JSON_LD"), ".json": ("ox-json-ld", "JSON_LD"),
    ".rdf": ("ox-xml", "RDF_XML"), ".owl": ("ox-xml", "RDF_XML"), ".xml": ("ox-xml", "RDF_XML"),
}

_UPDATE_WORDS = {"INSERT", "DELETE", "LOAD", "CLEAR", "CREATE", "DROP", "COPY", "MOVE", "ADD",
                 "WITH"}
# strings, IRIs, comments and variables: the tokens that matter for reading a query's form
# and substituting parameters without touching text inside strings or IRIs
_TOKENS = re.compile(
    r'"""[\s\S]*?"""'
    r"|'''[\s\S]*?'''"
    r'|"(?:[^"\\\n]|\\.)*"'
    r"|'(?:[^'\\\n]|\\.)*'"
    r'|<[^<>"{}|^`\\\x00-\x20]*>'
    r"|#[^\n]*"
    r"|[?$][A-Za-z0-9_\u00B7-\uFFFF]+")


class QueryError(ValueError):
    """A query that cannot run: syntax, refused update, missing parameter."""


def _format_of(path: Path) -> tuple[str, str]:
    fmt = RDF_FORMATS.get(path.suffix.lower())
    if fmt is None:
        raise QueryError(f"{path}: unknown RDF file type {path.suffix!r} (expected one of "
                         f"{', '.join(sorted(RDF_FORMATS))})")
    return fmt


_XSD_STRING = str(XSD.string)


def _term(t: Any) -> Any:
    """A pyoxigraph term as an rdflib term; ``xsd:string`` literals untyped, as rdflib
    writes them (so a file read back serialises to the same bytes)."""
    import pyoxigraph as ox
    if isinstance(t, ox.NamedNode):
        return URIRef(t.value)
    if isinstance(t, ox.BlankNode):
        return BNode(t.value)
    if t.language:
        return Literal(t.value, lang=t.language)
    if t.datatype.value == _XSD_STRING:
        return Literal(t.value)
    return Literal(t.value, datatype=URIRef(t.datatype.value))


def read_graph(path: Union[str, Path], oxigraph: bool = False, read_only: bool = True) -> Graph:
    """Read an RDF file (or an Oxigraph store folder) into one rdflib graph, named graphs
    merged.

    ``oxigraph=True`` puts a file's triples into an in-memory Oxigraph store (fast SPARQL);
    otherwise they go into rdflib's memory store (fast triple access, any serializer).
    A store folder is opened in place (read-only unless ``read_only=False``).
    """
    import pyoxigraph as ox

    from . import store as stores
    path = Path(path)
    if path.is_dir():
        if not stores.is_store_dir(path):
            raise QueryError(f"{path}: a folder, but not an Oxigraph store")
        try:
            return stores.oxigraph_graph(path, read_only=read_only)
        except OSError as exc:
            raise QueryError(f"{path}: cannot open the Oxigraph store: {exc}") from exc
    if not path.is_file():
        raise QueryError(f"{path}: no such file")
    parser, oxname = _format_of(path)
    oxfmt = getattr(ox.RdfFormat, oxname)
    try:
        if oxigraph:
            g = stores.oxigraph_graph(None)
            inner = g.store._inner
            if oxfmt.supports_datasets:
                inner.extend(ox.Quad(q.subject, q.predicate, q.object, ox.DefaultGraph())
                             for q in ox.parse(path=str(path), format=oxfmt))
            else:
                inner.bulk_load(path=str(path), format=oxfmt)
        else:
            g = Graph()
            g.addN((_term(q.subject), _term(q.predicate), _term(q.object), g)
                   for q in ox.parse(path=str(path), format=oxfmt))
    except (SyntaxError, ValueError, OSError) as exc:
        raise QueryError(f"{path}: cannot read as {oxname.replace('_', '-')}: {exc}") from exc
    for prefix, ns in PREFIXES.items():
        g.bind(prefix, ns, override=True)
    return g


# ---------------------------------------------------------------- query text helpers

def query_form(sparql: str) -> str:
    """The form of a SPARQL request: SELECT, CONSTRUCT, ASK, DESCRIBE or UPDATE."""
    text = _TOKENS.sub(lambda m: " " if m.group(0).startswith("#") else " X ", sparql)
    text = re.sub(r"(?is)\b(PREFIX\s+[^\s:]*:\s*X|BASE\s+X)", " ", text)
    m = re.search(r"[A-Za-z]+", text)
    word = m.group(0).upper() if m else ""
    if word in _UPDATE_WORDS:
        return "UPDATE"
    if word in ("SELECT", "CONSTRUCT", "ASK", "DESCRIBE"):
        return word
    raise QueryError(f"not a SPARQL query: it should start with SELECT, CONSTRUCT, ASK or "
                     f"DESCRIBE (after PREFIX lines), not {word or 'nothing'!r}")


def network_clauses(sparql: str) -> list[str]:
    """SERVICE and FROM clauses of a request: they make the query engine fetch from the
    network (any host the query names), so kgraph refuses them."""
    text = _TOKENS.sub(lambda m: " " if m.group(0).startswith("#") else " X ", sparql)
    return sorted({w.upper() for w in re.findall(r"(?i)\b(SERVICE|FROM|LOAD)\b", text)})


def sparql_term(value: Any) -> str:
    """A Python value or rdflib term written as a SPARQL term."""
    if isinstance(value, (URIRef, Literal, BNode)):
        return value.n3()
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, int):
        return str(value)
    text = str(value)
    if re.fullmatch(r"<[^<>\"{}|^`\\\x00-\x20]*>", text):
        return text
    return Literal(text).n3()


def query_variables(sparql: str) -> set[str]:
    return {t[1:] for t in _TOKENS.findall(sparql) if t[:1] in "?$"}


def bind_params(sparql: str, params: Mapping[str, Any]) -> str:
    """Substitute parameter values for the variables of the same name."""
    unknown = sorted(set(params) - query_variables(sparql))
    if unknown:
        raise QueryError(f"the query has no variable ?{unknown[0]} to bind")
    terms = {k: sparql_term(v) for k, v in params.items()}

    def sub(m: re.Match) -> str:
        tok = m.group(0)
        if tok[:1] in "?$" and tok[1:] in terms:
            return terms[tok[1:]]
        return tok
    return _TOKENS.sub(sub, sparql)


# ---------------------------------------------------------------- ready queries

@dataclass(frozen=True)
class ReadyQuery:
    name: str
    description: str
    text: str
    path: Path
    params: dict[str, str] = field(default_factory=dict)  # name → description


def _parse_header(path: Path) -> ReadyQuery:
    text = path.read_text(encoding="utf-8")
    meta: dict[str, str] = {}
    params: dict[str, str] = {}
    for line in text.splitlines():
        if not line.startswith("#"):
            if line.strip():
                break
            continue
        m = re.match(r"#\s*(\w+)\s*:\s*(.*)", line)
        if not m:
            continue
        key, val = m.group(1).lower(), m.group(2).strip()
        if key == "param":
            pm = re.match(r"(\w+)\s*(?:[—–:-]\s*(.*))?$", val)
            if pm:
                params[pm.group(1)] = (pm.group(2) or "").strip()
        else:
            meta[key] = val
    return ReadyQuery(name=meta.get("name", path.stem), description=meta.get("description", ""),
                      text=text, path=path, params=params)


def ready_queries() -> dict[str, ReadyQuery]:
    """The shipped ready queries by name (extension folders may add or replace some)."""
    from .resources import data_dirs
    found: dict[str, ReadyQuery] = {}
    for base in data_dirs():
        folder = base / "queries"
        if folder.is_dir():
            for path in sorted(folder.glob("*.rq")):
                rq = _parse_header(path)
                found[rq.name] = rq
    return dict(sorted(found.items()))


def ready_query(name: str) -> ReadyQuery:
    queries = ready_queries()
    if name not in queries:
        raise QueryError(f"no ready query named {name!r}; available: {', '.join(queries)}")
    return queries[name]


# ---------------------------------------------------------------- results

def python_value(term: Any) -> Any:
    """A result term as a plain Python value: IRIs as strings, numbers and booleans as such,
    every other literal as its lexical form (dates stay ISO strings)."""
    if term is None:
        return None
    if isinstance(term, BNode):
        return f"_:{term}"
    if isinstance(term, Literal):
        if term.datatype in _NUMERIC or term.datatype == XSD.boolean:
            value = term.toPython()
            if not isinstance(value, Literal):
                return value
        return str(term)
    return str(term)


_NUMERIC = {XSD.integer, XSD.int, XSD.long, XSD.short, XSD.nonNegativeInteger,
            XSD.positiveInteger, XSD.decimal, XSD.double, XSD.float}


def _frame(columns: Sequence[str], rows: Iterable[Sequence[Any]]) -> pd.DataFrame:
    df = pd.DataFrame([[python_value(v) for v in row] for row in rows], columns=list(columns),
                      dtype=object)
    for col in df.columns:
        values = df[col].dropna()
        if len(values) and all(isinstance(v, int) and not isinstance(v, bool) for v in values):
            df[col] = df[col].astype("Int64")
        elif len(values) and all(isinstance(v, (int, float)) and not isinstance(v, bool)
                                 for v in values):
            df[col] = df[col].astype("float64")
    return df


class KGraph:
    """A kgraph graph opened for reading: SPARQL to DataFrames, facts, entities, networkx."""

    def __init__(self, graph: Graph, source: Optional[str] = None):
        self.graph = graph
        self.source = source

    def __len__(self) -> int:
        return len(self.graph)

    def __repr__(self) -> str:
        return f"KGraph({self.source or 'in-memory'}, {len(self.graph)} triples)"

    def query(self, sparql: str, params: Optional[Mapping[str, Any]] = None, *,
              allow_update: bool = False) -> pd.DataFrame:
        """Run a SPARQL query; return its solutions as a DataFrame.

        SELECT → one column per variable; ASK → one column ``ask``; CONSTRUCT/DESCRIBE →
        columns ``subject``, ``predicate``, ``object``. UPDATE requests are refused unless
        ``allow_update`` (then they change this graph and an empty DataFrame is returned).
        """
        if params:
            sparql = bind_params(sparql, params)
        form = query_form(sparql)
        remote = network_clauses(sparql)
        if remote:
            raise QueryError(f"{' and '.join(remote)} clauses are refused: they would make kgraph "
                             "fetch data from the network; query the local graph only")
        if form == "UPDATE":
            if not allow_update:
                raise QueryError("this is a SPARQL UPDATE; queries are read-only unless "
                                 "allow_update=True (--allow-update)")
            try:
                self.graph.update(sparql, initNs=PREFIXES)
            except Exception as exc:
                raise QueryError(f"SPARQL update failed: {exc}") from exc
            return pd.DataFrame()
        try:
            result = self.graph.query(sparql, initNs=PREFIXES)
            if form == "ASK":
                return pd.DataFrame({"ask": [bool(result.askAnswer)]})
            if form in ("CONSTRUCT", "DESCRIBE"):
                return _frame(["subject", "predicate", "object"], sorted(result.graph))
            columns = [str(v) for v in result.vars]
            return _frame(columns, list(result))
        except QueryError:
            raise
        except Exception as exc:  # rdflib raises pyparsing errors, oxigraph SyntaxError
            raise QueryError(f"SPARQL query failed: {type(exc).__name__}: {exc}") from exc

    def ready(self, name: str, **params: Any) -> pd.DataFrame:
        """Run one of the ready queries (:func:`ready_queries`) with its parameters."""
        rq = ready_query(name)
        missing = [p for p in rq.params if p not in params]
        if missing:
            raise QueryError(f"ready query {name!r} needs parameter {missing[0]!r} "
                             f"({rq.params[missing[0]]})")
        return self.query(rq.text, params)

    def facts(self) -> pd.DataFrame:
        """One row per fact (IRIs and labels, relation, modality, arguments, provenance)."""
        from .export.formats import FACT_COLUMNS, fact_records
        return pd.DataFrame([r.as_row() for r in fact_records(self.graph)],
                            columns=list(FACT_COLUMNS)).astype({"quantity": "Int64",
                                                                "start": "Int64",
                                                                "end": "Int64"})

    def sources(self) -> pd.DataFrame:
        """One row per report of a fact: article, its date, the sentence and offsets."""
        from .export.formats import SOURCE_COLUMNS, source_records
        return pd.DataFrame([r.as_row() for r in source_records(self.graph)],
                            columns=list(SOURCE_COLUMNS)).astype({"quantity": "Int64",
                                                                  "start": "Int64",
                                                                  "end": "Int64"})

    def entities(self) -> pd.DataFrame:
        """One row per entity: IRI, label, type, Wikidata IRI, alternative labels, fact count."""
        from .export.formats import ENTITY_COLUMNS, entity_records
        return pd.DataFrame([r.as_row() for r in entity_records(self.graph)],
                            columns=list(ENTITY_COLUMNS)).astype({"facts": "Int64"})

    def to_networkx(self, include: Union[str, Iterable[str]] = ("asserted",),
                    relations: Optional[Iterable[str]] = None, isolates: bool = True):
        """The entity graph as a networkx ``MultiDiGraph`` (see
        :func:`kgraph.network.to_networkx`): entities as nodes (``label``, ``type``, …), one
        edge per fact whose modality is in ``include`` ("all" for every modality), keyed by
        the fact IRI, with all its attributes (relation, family, modality, date, quantity,
        evidence, article, …)."""
        from .model import MODALITIES
        from .network import to_networkx
        if isinstance(include, str):
            include = MODALITIES if include == "all" else (include,)
        return to_networkx(self.graph, include=include, relations=relations, isolates=isolates)


def load(source: Union[str, Path, Graph, KGraph], read_only: bool = True) -> KGraph:
    """Open a graph for querying: a file path (Turtle, TriG, N-Triples, N-Quads, JSON-LD,
    RDF/XML), an Oxigraph store folder (``kgraph build --store oxigraph:DIR``) or an
    rdflib ``Graph``. A store folder is opened read-only unless ``read_only=False`` (then
    updates with ``allow_update=True`` change the store; a file is always read into memory)."""
    if isinstance(source, KGraph):
        return source
    if isinstance(source, Graph):
        return KGraph(source)
    return KGraph(read_graph(source, oxigraph=True, read_only=read_only), source=str(source))


# ---------------------------------------------------------------- text output

def compact(value: Any, prefixes: Mapping[str, str] = PREFIXES) -> Any:
    """Shorten IRIs with the known prefixes (kg:phones) for display."""
    if isinstance(value, str) and value.startswith(("http://", "https://")):
        best = max(((p, ns) for p, ns in prefixes.items() if value.startswith(ns)),
                   key=lambda pn: len(pn[1]), default=None)
        if best and re.fullmatch(r"[A-Za-z0-9_][A-Za-z0-9_.-]*", value[len(best[1]):] or "_"):
            return f"{best[0]}:{value[len(best[1]):]}"
    return value


def _cell(value: Any) -> str:
    if value is None or (not isinstance(value, str) and pd.isna(value)):
        return ""
    if isinstance(value, bool):
        return "true" if value else "false"
    return str(value)


def format_table(df: pd.DataFrame, max_width: int = 80) -> str:
    """An aligned plain-text table; long cells are cut to ``max_width`` (0 = never)."""
    cols = [str(c) for c in df.columns]
    rows = [[_cell(compact(v)) for v in row] for row in df.itertuples(index=False, name=None)]
    rows = [[c.replace("\n", " ") for c in r] for r in rows]
    if max_width:
        rows = [[c if len(c) <= max_width else c[:max_width - 1] + "…" for c in r] for r in rows]
    widths = [max([len(c)] + [len(r[i]) for r in rows]) for i, c in enumerate(cols)]
    lines = ["  ".join(c.ljust(w) for c, w in zip(cols, widths)).rstrip(),
             "  ".join("-" * w for w in widths)]
    lines += ["  ".join(c.ljust(w) for c, w in zip(r, widths)).rstrip() for r in rows]
    lines.append(f"({len(rows)} row{'s' if len(rows) != 1 else ''})")
    return "\n".join(lines) + "\n"


def format_csv(df: pd.DataFrame) -> str:
    import csv
    import io
    buf = io.StringIO()
    w = csv.writer(buf, lineterminator="\n")
    w.writerow([str(c) for c in df.columns])
    for row in df.itertuples(index=False, name=None):
        w.writerow([_cell(v) for v in row])
    return buf.getvalue()


def format_json(df: pd.DataFrame) -> str:
    def plain(v: Any) -> Any:
        if v is None or (not isinstance(v, str) and pd.isna(v)):
            return None
        if hasattr(v, "item"):  # numpy scalars
            return v.item()
        return v
    records = [{str(c): plain(v) for c, v in zip(df.columns, row)}
               for row in df.itertuples(index=False, name=None)]
    return json.dumps(records, ensure_ascii=False, indent=2) + "\n"


__all__ = ["KGraph", "load", "read_graph", "ready_queries", "ready_query", "ReadyQuery",
           "QueryError", "PREFIXES", "query_form", "bind_params", "format_table",
           "format_csv", "format_json"]
