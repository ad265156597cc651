"""How each class of node looks in a view, and the order the legend lists them in.

A node's *kind* is the key of :data:`KINDS`: an event type (``conference`` …
``event`` for an untyped one), ``organization``, ``ambassador`` (a person holding
an ambassador post), ``person``, ``city`` or ``country``.
"""

from __future__ import annotations

from dataclasses import dataclass

from kg.graph.vocab import KG


@dataclass(frozen=True)
class Kind:
    """One class of node: its legend text, vis-network shape and colour, and the legend symbol."""

    legend: str
    shape: str
    color: str
    symbol: str
    size: int = 14


KINDS: dict[str, Kind] = {
    "conference": Kind("Conference", "diamond", "#e6194b", "◆"),
    "summit": Kind("Summit", "diamond", "#f58231", "◆"),
    "forum": Kind("Forum", "diamond", "#d4b000", "◆"),
    "exhibition": Kind("Exhibition", "diamond", "#911eb4", "◆"),
    "meeting": Kind("Meeting", "diamond", "#f032e6", "◆"),
    "ceremony": Kind("Ceremony", "diamond", "#9a6324", "◆"),
    "event": Kind("Other event", "diamond", "#808080", "◆"),
    "organization": Kind("Organization", "square", "#4363d8", "■", 12),
    "ambassador": Kind("Ambassador", "star", "#3cb44b", "★", 16),
    "person": Kind("Other person", "dot", "#42d4f4", "●", 10),
    "city": Kind("City", "triangle", "#469990", "▲", 12),
    "country": Kind("Country", "hexagon", "#000075", "⬢", 18),
}

#: ontology class -> kind (persons become ``ambassador`` or ``person`` by the posts they hold)
CLASS_KIND: dict[str, str] = {
    str(KG.Conference): "conference",
    str(KG.Summit): "summit",
    str(KG.Forum): "forum",
    str(KG.Exhibition): "exhibition",
    str(KG.Meeting): "meeting",
    str(KG.Ceremony): "ceremony",
    str(KG.Event): "event",
    str(KG.Organization): "organization",
    str(KG.Person): "person",
    str(KG.City): "city",
    str(KG.Country): "country",
}

EVENT_KINDS = frozenset({"conference", "summit", "forum", "exhibition", "meeting", "ceremony", "event"})
PLACE_KINDS = frozenset({"city", "country"})
PERSON_KINDS = frozenset({"ambassador", "person"})

#: relation key -> how an edge is labelled in views (a role edge shows the post's title instead)
RELATION_LABELS: dict[str, str] = {
    "host": "host",
    "coHost": "co-host",
    "organizer": "organizer",
    "city": "in city",
    "country": "in country",
    "participantCountry": "participant",
    "superEvent": "part of",
    "orgCountry": "based in",
    "subOrganizationOf": "part of",
    "attended": "attended",
    "ambassadorOf": "ambassador of",
    "postedTo": "posted to",
    "role": "role",
}
