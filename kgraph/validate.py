"""SHACL validation of a graph against the output contract (``kgraph/data/shapes.ttl``)."""
from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from typing import Optional, Union

from rdflib import Graph, Namespace

from .namespaces import RDF
from .resources import DATA

SH = Namespace("http://www.w3.org/ns/shacl#")
SHAPES = DATA / "shapes.ttl"


@dataclass(frozen=True, order=True)
class Violation:
    """One SHACL result, in words."""

    focus: str             # the node that breaks the rule
    path: str              # the property (or "" for node-level rules)
    message: str
    severity: str = "Violation"   # "Violation", "Warning" or "Info"
    value: str = ""        # the offending value, when there is one
    shape: str = ""

    def __str__(self) -> str:
        where = f"{self.focus}" + (f"  {self.path}" if self.path else "")
        val = f" (value: {self.value})" if self.value else ""
        return f"{self.severity}: {where}: {self.message}{val}"


@lru_cache(maxsize=1)
def shapes_graph() -> Graph:
    return Graph().parse(SHAPES, format="turtle")


def validate(data: Union[str, Path, Graph], shapes: Optional[Graph] = None) -> list[Violation]:
    """Validate ``data`` (a graph or an RDF file) and return every result, sorted:
    violations first, then warnings. An empty list means the graph conforms."""
    import pyshacl

    if not isinstance(data, Graph):
        from .query import read_graph
        data = read_graph(data)
    _, report, _ = pyshacl.validate(data, shacl_graph=shapes or shapes_graph(),
                                    inference="none", advanced=True, allow_warnings=True)
    ns = data.namespace_manager
    out = []
    for res in report.subjects(RDF.type, SH.ValidationResult):
        sev = report.value(res, SH.resultSeverity)
        path = report.value(res, SH.resultPath)
        value = report.value(res, SH.value)
        msgs = sorted(str(m) for m in report.objects(res, SH.resultMessage))
        out.append(Violation(
            focus=report.value(res, SH.focusNode).n3(ns),
            path=path.n3(ns) if path is not None and not _is_bnode(path) else (
                _path_text(report, path, ns) if path is not None else ""),
            message=msgs[0] if msgs else "does not conform",
            severity=str(sev).rsplit("#", 1)[-1] if sev is not None else "Violation",
            value=value.n3(ns) if value is not None else "",
            shape=str(report.value(res, SH.sourceShape) or "")))
    rank = {"Violation": 0, "Warning": 1, "Info": 2}
    return sorted(set(out), key=lambda v: (rank.get(v.severity, 3), v.focus, v.path, v.message,
                                           v.value))


def _is_bnode(node) -> bool:
    return node.__class__.__name__ == "BNode"


def _path_text(report: Graph, path, ns) -> str:
    """A complex SHACL path in words (alternative paths as a | b)."""
    from rdflib.collection import Collection
    alt = report.value(path, SH.alternativePath)
    if alt is not None:
        return "|".join(p.n3(ns) for p in Collection(report, alt))
    return str(path)


def errors(violations: list[Violation]) -> list[Violation]:
    """Only the results of severity Violation (warnings do not fail a graph)."""
    return [v for v in violations if v.severity == "Violation"]


__all__ = ["Violation", "validate", "errors", "shapes_graph", "SHAPES"]
