"""Entity, article and provenance IRIs (docs/graph-model.md): short, ASCII, stable.

Countries are named by ISO code, cities by GeoNames id, other entities by a hash
of their kind and normalised name, so the same name gives the same IRI in every
article, run and machine.
"""

from __future__ import annotations

import hashlib
from urllib.parse import quote

from kg.model.names import normalise


def name_hash(kind: str, *parts: str) -> str:
    """First 16 hex digits of SHA-256 over ``kind`` and ``parts`` joined by U+001F."""
    return hashlib.sha256("\x1f".join((kind, *parts)).encode("utf-8")).hexdigest()[:16]


class Iris:
    """Mints the IRIs of one graph under a base (default ``https://w3id.org/kg/id/``)."""

    def __init__(self, base: str) -> None:
        self.base = base

    def article(self, article_id: str) -> str:
        return f"{self.base}article/{quote(article_id, safe='')}"

    def country(self, code: str) -> str:
        return f"{self.base}country/{code.upper()}"

    def city(self, geonames_id: int | None, name: str) -> str:
        if geonames_id is not None:
            return f"{self.base}city/{int(geonames_id)}"
        return f"{self.base}city/x{name_hash('city', normalise(name))}"

    def entity(self, kind: str, name: str) -> str:
        """``org`` or ``person`` named ``name``."""
        return f"{self.base}{kind}/{name_hash(kind, normalise(name))}"

    def event(self, key: str) -> str:
        """The event with this identity key (:func:`kg.graph.identity.event_key`)."""
        return f"{self.base}event/{name_hash('event', key)}"

    def post(self, title: str, holder_scope: str) -> str:
        """A titled post; ``holder_scope`` is the organization IRI (or the person IRI when no organization is named)."""
        return f"{self.base}post/{name_hash('post', normalise(title), holder_scope)}"

    def ambassador_post(self, sending: str, receiving: str | None) -> str:
        return f"{self.base}post/{name_hash('ambassador', sending.upper(), (receiving or '').upper())}"

    def assertion(self, graph: str, s: str, p: str, o: str) -> str:
        """One fact in one article's graph; ``o`` is the object in N-Triples form."""
        return f"{self.base}assertion/{name_hash('assertion', graph, s, p, o)}"

    def cohost_network(self) -> str:
        """The graph holding the co-host pairs (:mod:`kg.graph.cohosts`)."""
        return f"{self.base}cohosts"

    def cohost_pair(self, first: str, second: str) -> str:
        """The pair of two organizations (IRIs, the first one sorting first)."""
        return f"{self.base}cohost/{name_hash('cohost', first, second)}"

    @staticmethod
    def sentence(article_iri: str, start: int, end: int) -> str:
        return f"{article_iri}/s{int(start)}-{int(end)}"
