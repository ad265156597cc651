"""Where an event placed nowhere is, from who hosts it, the same in every language.

Run on a :class:`~kg.extract.builder.RecordBuilder` after a language's place rules: an event
with neither city nor country takes the country of its hosts, co-hosts and organizers when
every one whose country is known is of the same country ("the Lagos Chamber of Commerce
hosted the expo", "由中国高等教育学会与华中科技大学共同主办的年会"), none is a mission abroad
(an embassy's event is in the country it is posted to, not its own: it takes the city the
mission's name posts it to, when the name gives one) and the event's name names no other country
(a bilateral name leaves open where it is); its parts placed nowhere take that country too.
"""

from __future__ import annotations

from kg.extract.builder import RecordBuilder
from kg.extract.envoys import MISSION
from kg.extract.places import get_gazetteer
from kg.model.record import Event, Organization

_ROLES = ("hosts", "co_hosts", "organizers")

#: confidence of a country inferred from the hosts rather than read from a sentence
CONFIDENCE = 0.5


def _countries_named(names: list[str], lang: str) -> set[str]:
    """The countries an event's shortest name names, by a place or a demonym ("Canadian Rail
    Summit"; not "roundtable discussion for its US member companies", whose topic names one)."""
    shortest = min(names, key=len) if names else ""
    return {p.place.country for p in get_gazetteer().find(shortest, lang) if p.place.country}


def _at_mission(builder: RecordBuilder, event: Event, hosts: list[Organization]) -> None:
    """An event placed nowhere that a mission hosts is in the one city the missions' names post
    them to ("驻累西腓总领馆", "Consulate General of India in Frankfurt")."""
    lang = builder.article.lang or "en"
    cities = {p.place.geonames_id: p for o in hosts if any(MISSION.search(n) for n in o.names)
              for p in get_gazetteer().find(o.names[0], lang) if p.place.kind == "city" and not p.demonym}
    span = next(((e.start, e.end) for e in event.evidence if e.fact in _ROLES), None)
    if len(cities) != 1 or span is None:
        return
    found = next(iter(cities.values()))
    builder.set_event(event.id, "city", list(dict.fromkeys([found.place.name, found.surface])), span, CONFIDENCE)
    builder.set_event(event.id, "country", found.place.country, span, CONFIDENCE)
    event.geonames_id = event.geonames_id or found.place.geonames_id


def infer_country(builder: RecordBuilder, online: frozenset[str] = frozenset()) -> None:
    """Give each event placed nowhere its hosts' one country (a mission's event, the city it is
    posted to, unless the event is held ``online``), and the parts placed nowhere of an event
    given one that country too."""
    orgs = {o.id: o for o in builder.organizations}
    inferred: dict[str, tuple[int, int]] = {}  # event id -> the span its country was inferred from
    for event in builder.events:
        if event.city or event.country:
            continue
        hosts = [orgs[i] for role in _ROLES for i in getattr(event, role) if i in orgs]
        if any(MISSION.search(n) for o in hosts for n in o.names):
            if event.id not in online:
                _at_mission(builder, event, hosts)
            continue
        countries = {o.country for o in hosts if o.country}
        named = _countries_named(event.names, builder.article.lang or "en")
        if len(countries) != 1 or named and named != countries:
            continue  # (not a Japanese society's "Canadian Rail Summit", nor a "US-Bahrain Forum")
        span = next(((e.start, e.end) for e in event.evidence if e.fact in _ROLES), None)
        if span is not None:
            builder.set_event(event.id, "country", countries.pop(), span, CONFIDENCE)
            inferred[event.id] = span
    for event in builder.events:
        if event.part_of in inferred and not (event.city or event.country):
            parent = next(e for e in builder.events if e.id == event.part_of)
            builder.set_event(event.id, "country", parent.country, inferred[event.part_of], CONFIDENCE)
