"""Counts in plain English: ``1 article``, ``2 articles``, ``1 person``, ``3 people``."""

from __future__ import annotations


def counted(n: int, singular: str, plural: str | None = None) -> str:
    """``n`` and the noun, singular for exactly one (``plural`` defaults to ``singular + "s"``)."""
    return f"{n} {singular if n == 1 else plural or singular + 's'}"
