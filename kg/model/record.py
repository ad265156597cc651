"""Event records (docs/record-format.md) as typed objects.

A record holds one article's events, organizations and people. Entities refer
to each other by record-local ids (``e1``, ``o1``, ``p1``). Every entity keeps
a list of :class:`Evidence`, one per fact, naming the sentence (with character
offsets into the article text), a confidence and the extractor behind it.

``EventRecord.from_dict(r.to_dict()) == r`` for every record; ``to_dict``
emits that shape with an ``evidence`` list per entity.
"""

from __future__ import annotations

from dataclasses import asdict, dataclass, field, fields
from typing import Any

EVENT_TYPES = ("Conference", "Summit", "Forum", "Exhibition", "Meeting", "Ceremony", "Other")


@dataclass
class Evidence:
    """Where one fact comes from.

    ``fact`` names the field the evidence supports (``names``, ``type``,
    ``start_date``, ``end_date``, ``city``, ``country``, ``hosts``, ``co_hosts``,
    ``organizers``, ``part_of``, ``participant_countries``, ``ambassador_of``,
    ``roles``, ``attended``); ``value`` the value it supports where a field holds
    several (an organization id, a country code, an event id, a title).
    ``start``/``end`` are character offsets of ``sentence`` in the article text.
    """

    fact: str
    sentence: str
    start: int
    end: int
    confidence: float = 1.0
    extractor: str = ""
    value: str | None = None

    @classmethod
    def from_dict(cls, d: dict[str, Any]) -> Evidence:
        return cls(**{f.name: d[f.name] for f in fields(cls) if f.name in d})


def _names(value: Any) -> list[str]:
    """A name may be given as a string or a list; always hold a list."""
    if value is None:
        return []
    if isinstance(value, str):
        return [value]
    return [v for v in value if isinstance(v, str) and v]


def _evidence(d: dict[str, Any]) -> list[Evidence]:
    return [Evidence.from_dict(e) for e in d.get("evidence") or []]


@dataclass
class Event:
    id: str
    names: list[str]
    type: str = "Other"
    start_date: str | None = None
    end_date: str | None = None
    city: list[str] | None = None  # canonical English GeoNames name first, then surface forms
    country: str | None = None  # ISO 3166-1 alpha-2
    venue: str | None = None
    hosts: list[str] = field(default_factory=list)
    co_hosts: list[str] = field(default_factory=list)
    organizers: list[str] = field(default_factory=list)
    part_of: str | None = None
    participant_countries: list[str] = field(default_factory=list)
    geonames_id: int | None = None  # of the city, when the gazetteer resolved it
    evidence: list[Evidence] = field(default_factory=list)

    @classmethod
    def from_dict(cls, d: dict[str, Any]) -> Event:
        city = d.get("city")
        return cls(
            id=d["id"],
            names=_names(d.get("names")),
            type=d.get("type") or "Other",
            start_date=d.get("start_date"),
            end_date=d.get("end_date"),
            city=_names(city) or None,
            country=d.get("country"),
            venue=d.get("venue"),
            hosts=list(d.get("hosts") or []),
            co_hosts=list(d.get("co_hosts") or []),
            organizers=list(d.get("organizers") or []),
            part_of=d.get("part_of"),
            participant_countries=list(d.get("participant_countries") or []),
            geonames_id=d.get("geonames_id"),
            evidence=_evidence(d),
        )


@dataclass
class Organization:
    id: str
    names: list[str]
    country: str | None = None
    part_of: str | None = None
    evidence: list[Evidence] = field(default_factory=list)

    @classmethod
    def from_dict(cls, d: dict[str, Any]) -> Organization:
        return cls(
            id=d["id"],
            names=_names(d.get("names")),
            country=d.get("country"),
            part_of=d.get("part_of"),
            evidence=_evidence(d),
        )


@dataclass
class Role:
    title: str
    org: str | None = None  # organization id

    @classmethod
    def from_dict(cls, d: dict[str, Any]) -> Role:
        return cls(title=d["title"], org=d.get("org"))


@dataclass
class Person:
    id: str
    names: list[str]
    ambassador_of: str | None = None  # sending country, ISO code
    posted_to: str | None = None  # receiving country, ISO code
    roles: list[Role] = field(default_factory=list)
    attended: list[str] = field(default_factory=list)  # event ids
    evidence: list[Evidence] = field(default_factory=list)

    @classmethod
    def from_dict(cls, d: dict[str, Any]) -> Person:
        return cls(
            id=d["id"],
            names=_names(d.get("names")),
            ambassador_of=d.get("ambassador_of"),
            posted_to=d.get("posted_to"),
            roles=[Role.from_dict(r) for r in d.get("roles") or [] if isinstance(r, dict) and r.get("title")],
            attended=list(d.get("attended") or []),
            evidence=_evidence(d),
        )


@dataclass
class EventRecord:
    """Everything extracted from one article."""

    article: dict[str, Any]
    events: list[Event] = field(default_factory=list)
    organizations: list[Organization] = field(default_factory=list)
    people: list[Person] = field(default_factory=list)

    @property
    def id(self) -> str:
        return self.article["id"]

    def to_dict(self) -> dict[str, Any]:
        return {
            "article": dict(self.article),
            "events": [asdict(e) for e in self.events],
            "organizations": [asdict(o) for o in self.organizations],
            "people": [asdict(p) for p in self.people],
        }

    @classmethod
    def from_dict(cls, d: dict[str, Any]) -> EventRecord:
        """Read a record in the docs/record-format.md shape (gold files included).

        Raises ``ValueError`` naming the problem when the shape is wrong.
        """
        if not isinstance(d, dict) or not isinstance(d.get("article"), dict):
            raise ValueError("not an event record: no 'article' object")
        if not d["article"].get("id") or not isinstance(d["article"]["id"], str):
            raise ValueError("not an event record: 'article' has no 'id' string")
        try:
            return cls(
                article=dict(d["article"]),
                events=[Event.from_dict(e) for e in d.get("events") or []],
                organizations=[Organization.from_dict(o) for o in d.get("organizations") or []],
                people=[Person.from_dict(p) for p in d.get("people") or []],
            )
        except (KeyError, TypeError, AttributeError) as exc:
            raise ValueError(f"malformed event record: {exc!r}") from exc
