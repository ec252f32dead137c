"""kgraph — knowledge graphs from news: who did what to whom, with modality and provenance."""
from __future__ import annotations

__version__ = "0.1.0"
