"""Network analysis of a kgraph graph (stage after ``graph``, before ``export``).

Reads rdflib graphs in the output contract and works on networkx graphs of entities:
:func:`to_networkx` converts; centrality, communities, paths, ego networks, subgraphs and
reports are plain functions over the result, one module per topic.
"""
from __future__ import annotations

from .centrality import betweenness, centralities, degree, pagerank, ranked
from .communities import communities, membership
from .convert import collapse, to_networkx
from .ego import ego
from .families import relation_families
from .paths import Hop, resolve, shortest_connection
from .report import Report, analyse, path_csv, path_markdown, to_csv, to_markdown
from .subgraph import by_date, by_edges, by_modality, by_relation

__all__ = ["to_networkx", "collapse", "degree", "pagerank", "betweenness", "centralities",
           "ranked", "communities", "membership", "shortest_connection", "resolve", "Hop", "ego",
           "by_relation", "by_modality", "by_date", "by_edges", "relation_families", "Report",
           "analyse", "to_markdown", "to_csv", "path_markdown", "path_csv"]
