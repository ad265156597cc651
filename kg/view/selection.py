"""What a view shows: the whole entity graph or a part of it.

Selections narrow one after the other: first the dates (``since``/``until``), then
one event (``event``), one country (``country``), and the neighbourhood of an
entity (``around``, ``depth`` steps). Entities are named by any label in either
language, an IRI, or (countries) an ISO code.
"""

from __future__ import annotations

import calendar
import re
from dataclasses import dataclass

import networkx as nx

from kg.analytics.lookup import LabelIndex
from kg.cli.common import UserError
from kg.analytics.network import EVENT_KINDS, PERSON_KINDS, display_label

_DATE = re.compile(r"^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$")


@dataclass(frozen=True)
class Selection:
    around: str | None = None
    depth: int = 1
    event: str | None = None
    country: str | None = None
    since: str | None = None
    until: str | None = None

    @property
    def whole(self) -> bool:
        return not (self.around or self.event or self.country or self.since or self.until)

    def describe(self) -> str:
        """A short human description (``around X (depth 2), since 2025``)."""
        parts = []
        if self.since or self.until:
            parts.append(f"dates {self.since or '…'} to {self.until or '…'}")
        if self.event:
            parts.append(f"event {self.event}")
        if self.country:
            parts.append(f"country {self.country}")
        if self.around:
            parts.append(f"around {self.around} (depth {self.depth})")
        return ", ".join(parts) or "whole graph"


def date_bound(value: str, end: bool) -> str:
    """A full ISO date for a possibly partial one: its first day, or with ``end`` its last
    (``2025`` -> ``2025-12-31``, ``2025-02`` -> ``2025-02-28``). ValueError when not a date."""
    m = _DATE.match(value.strip())
    if not m:
        raise ValueError(f"not an ISO date (YYYY, YYYY-MM or YYYY-MM-DD): {value!r}")
    year, month, day = int(m[1]), int(m[2] or (12 if end else 1)), m[3]
    if not 1 <= month <= 12:
        raise ValueError(f"no month {month} in {value!r}")
    last = calendar.monthrange(year, month)[1]
    day = int(day) if day else (last if end else 1)
    if not 1 <= day <= last:
        raise ValueError(f"no day {day} in {value!r}")
    return f"{year:04d}-{month:02d}-{day:02d}"


def _in_dates(attrs: dict, since: str | None, until: str | None) -> bool:
    start = attrs.get("start") or attrs.get("end")
    if start is None:
        return False
    first, last = date_bound(start, end=False), date_bound(attrs.get("end") or start, end=True)
    return (until is None or first <= until) and (since is None or last >= since)


def _events(graph: nx.MultiDiGraph) -> list[str]:
    return [n for n, kind in graph.nodes(data="kind") if kind in EVENT_KINDS]


def _with_neighbours(graph: nx.MultiDiGraph, core: set[str]) -> set[str]:
    """The core plus the direct neighbours of its events and people (their hosts, places, people...)."""
    out = set(core)
    for node in core:
        if graph.nodes[node]["kind"] in EVENT_KINDS | PERSON_KINDS:
            out.update(nx.all_neighbors(graph, node))
    return out


def by_dates(graph: nx.MultiDiGraph, since: str | None, until: str | None) -> set[str]:
    """Events overlapping the period (undated events are left out) and what they link to."""
    lo = date_bound(since, end=False) if since else None
    hi = date_bound(until, end=True) if until else None
    events = {n for n in _events(graph) if _in_dates(graph.nodes[n], lo, hi)}
    people = {n for e in events for n in nx.all_neighbors(graph, e) if graph.nodes[n]["kind"] in PERSON_KINDS}
    return _with_neighbours(graph, events | people)


def by_event(graph: nx.MultiDiGraph, event: str) -> set[str]:
    """The event, its sub-events and the event it is part of, with what they link to."""
    core = {event}
    core.update(n for n in nx.all_neighbors(graph, event) if graph.nodes[n]["kind"] in EVENT_KINDS)
    return _with_neighbours(graph, core)


def by_country(graph: nx.MultiDiGraph, country: str) -> set[str]:
    """Everything tied to the country (events held or taking part there, organizations based there,
    its cities, ambassadors sent or received), with what those events and people link to."""
    core = {country} | set(graph.predecessors(country))
    cities = [n for n in core if graph.nodes[n]["kind"] == "city"]
    core.update(n for city in cities for n in graph.predecessors(city))
    return _with_neighbours(graph, core)


def select(graph: nx.MultiDiGraph, selection: Selection, index: LabelIndex | None = None) -> nx.MultiDiGraph:
    """The part of ``graph`` the selection names (a copy; ``graph.graph`` comes along).

    Raises :class:`UserError` for an unknown or ambiguous name or a bad date.
    """
    if selection.whole:
        return graph
    index = index or LabelIndex(graph)
    part = graph
    try:
        if selection.since or selection.until:
            part = part.subgraph(by_dates(part, selection.since, selection.until))
    except ValueError as exc:
        raise UserError(str(exc)) from exc

    def named(text: str, kinds, what: str) -> str:
        node = index.find(text, kinds, what)
        if node not in part:
            raise UserError(f"{display_label(graph.nodes[node])} is outside the selection "
                            f"({selection.describe()})")
        return node

    if selection.event:
        part = part.subgraph(by_event(part, named(selection.event, EVENT_KINDS, "event")))
    if selection.country:
        part = part.subgraph(by_country(part, named(selection.country, {"country"}, "country")))
    if selection.around:
        if selection.depth < 0:
            raise UserError(f"--depth must be 0 or more, not {selection.depth}")
        centre = named(selection.around, None, "entity")
        part = nx.ego_graph(part, centre, radius=selection.depth, undirected=True)
    return part.copy()
