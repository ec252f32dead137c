"""Stage 3 — extract: analysed spaCy ``Doc`` → entities and facts."""
from __future__ import annotations

from .facts import extract

__all__ = ["extract"]
