"""Helpers shared by the extraction tests."""

SYMMETRIC = {"phones", "meets", "talksWith", "negotiatesWith", "coordinatesWith", "agreesWith"}


def has(facts: set, s: str, rel: str, o: str, mod: str = "asserted") -> bool:
    """The fact is among ``facts`` (in either direction for a symmetric relation)."""
    return (s, rel, o, mod) in facts or (rel in SYMMETRIC and (o, rel, s, mod) in facts)
