"""Plain data records that flow between the stages.

sources → :class:`Article` → spaCy ``Doc`` → :class:`Fact` / :class:`Entity` → RDF.
These records hold no behaviour beyond small helpers, so every stage can import them.
"""
from __future__ import annotations

from dataclasses import dataclass, field
from typing import Optional

ENTITY_TYPES = ("Person", "Organization", "Country", "City", "Location", "Group")
MODALITIES = ("asserted", "planned", "hypothetical", "negated")


@dataclass
class Article:
    """One news article as read from a source file."""

    id: str                      # stable id: file stem, or the jsonl "id"
    title: str
    date: Optional[str]          # ISO date (YYYY-MM-DD), or YYYY-MM, or None
    language: str                # "de" / "en" / other ISO code
    paragraphs: list[str]
    source: str                  # file name (path relative to the source root)
    url: Optional[str] = None
    datetime: Optional[str] = None  # ISO date-time when the source gives a time
    headings: list[int] = field(default_factory=list)  # indices of sub-heading paragraphs

    @property
    def text(self) -> str:
        """The body as analysed: paragraphs separated by blank lines (offsets refer to this)."""
        return "\n\n".join(self.paragraphs)


@dataclass(frozen=True)
class Entity:
    """A real-world entity: one node of the graph."""

    key: str                      # stable id (gazetteer id or normalised name + type)
    type: str                     # one of ENTITY_TYPES
    label: str                    # canonical (English) name
    wikidata: Optional[str] = None


@dataclass
class Fact:
    """One subject–relation–object statement with its provenance."""

    subject: Entity
    relation: str                 # vocabulary term (core) or open verb lemma
    object: Entity
    modality: str
    article_id: str
    sentence: str                 # evidence sentence
    start: int                    # character offsets of the sentence in Article.text
    end: int
    language: str
    core: bool = True             # False for open relations
    quantity: Optional[int] = None
    destination: Optional[Entity] = None
    origin: Optional[Entity] = None
    location: Optional[Entity] = None
    date: Optional[str] = None
    topic: Optional[str] = None
    trigger: Optional[str] = None  # the word(s) that signalled the fact
    speaker: Optional[Entity] = None  # who said it, for reported speech

    def key(self) -> tuple:
        """Identity of the statement: the same key from two sentences is one fact."""
        return (self.subject.key, self.relation, self.object.key, self.modality, self.article_id)


@dataclass
class ArticleFacts:
    """What extraction produced for one article: the input of the graph stage."""

    article: Article
    facts: list[Fact]
    entities: dict[str, Entity]                  # key → entity (all mentioned, with or without facts)
    surfaces: dict[str, set[str]]                # key → surface forms seen, plus gazetteer aliases
    tokens: int = 0
