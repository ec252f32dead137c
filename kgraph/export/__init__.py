"""Stage 5 — export: the graph written as files (Turtle, HTML, …), atomically."""
from __future__ import annotations

from .atomic import atomic_write
from .turtle import write_turtle

__all__ = ["atomic_write", "write_turtle"]
