"""Typed data model: articles as loaded, and event records as extracted (docs/record-format.md)."""

from kg.model.article import Article, LoadError
from kg.model.record import (
    EVENT_TYPES,
    Event,
    EventRecord,
    Evidence,
    Organization,
    Person,
    Role,
)

__all__ = [
    "Article",
    "LoadError",
    "EVENT_TYPES",
    "Event",
    "EventRecord",
    "Evidence",
    "Organization",
    "Person",
    "Role",
]
