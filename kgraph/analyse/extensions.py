"""Custom attributes kgraph sets on spaCy objects (registered once)."""
from __future__ import annotations

from spacy.tokens import Doc, Span, Token


def register() -> None:
    """Register kgraph's ``._.`` extensions (idempotent)."""
    for name, default in (
        ("kg_article", None),      # the Article the Doc was made from
        ("kg_date", None),         # article date (ISO) for resolving relative dates and offices
        ("kg_standing", None),     # list of (person_key, relation, org_key, Span) from titles
        ("kg_entities", None),     # key -> Entity for every entity mentioned
        ("kg_clauses", None),      # list of Clause records (see clauses.py)
        ("kg_quotes", None),       # list of (start, end, speaker_key|None) token ranges
        ("kg_has_parse", False),   # a real dependency parser ran
        ("kg_topic", None),        # the country the article is mostly about (named most often), if one is
    ):
        if not Doc.has_extension(name):
            Doc.set_extension(name, default=default)
    for name, default in (
        ("kg_key", None),          # entity key the mention refers to
        ("kg_kind", None),         # name | adj | compound | role | pronoun | group | place_adv
        ("kg_role", None),         # role key for role mentions (president, spokesperson…)
        ("kg_keys", None),         # several keys (group mentions: "beide Staatsmänner")
    ):
        if not Span.has_extension(name):
            Span.set_extension(name, default=default)
    for name, default in (
        ("kg_stts", None),         # STTS tag (German) even when a model sets tag_ differently
        ("kg_konj", False),        # finite verb in Konjunktiv I/II
    ):
        if not Token.has_extension(name):
            Token.set_extension(name, default=default)
