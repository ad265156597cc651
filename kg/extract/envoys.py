"""What an ambassador's presence implies, the same in every language.

Run on a finished :class:`~kg.extract.builder.RecordBuilder` after a language's own
rules have found ambassadors and what they attended:

- an ambassador named in an article that reports a single event attended it (the
  article names them because they were there);
- an ambassador whose posting the text leaves out is posted to the country of the
  events they attend, unless the post is at the United Nations (posted to no country);
- an ambassador at an event brings their country into it as a participant (an embassy takes
  part for its country: China's ambassador at a fair abroad brings China), unless the event is
  in that country;
- so does a mission abroad that hosts, co-hosts or organizes an event ("由布基纳法索驻华大使馆…联合主办");
- an ambassador still without a receiving country is posted where the report is datelined
  (:func:`posted_at_dateline`, called by a language's extractor that reads datelines).
"""

from __future__ import annotations

import re

from kg.extract.builder import RecordBuilder
from kg.model.record import Person

#: a post at the United Nations, in any of the languages: posted to no country
_UN = re.compile(r"\bto\s+the\s+(?:UN|United Nations)\b|\bto\s+UN\b|常驻联合国|常駐聯合國|联合国|聯合國")

#: a mission abroad, in either language: its country is not where its events are
MISSION = re.compile(r"\b(?:Embassy|Consulate|High\s+Commission|Permanent\s+Mission|Mission|Delegation)\b"
                     r"|使馆|使館|领事馆|領事館|领馆|領館|代表处|代表處|代表团|代表團|办事处|辦事處", re.IGNORECASE)
_ROLES = ("hosts", "co_hosts", "organizers")

#: confidence of facts inferred here rather than read from a sentence
CONFIDENCE = 0.5


def infer(builder: RecordBuilder) -> None:
    """Apply the four inferences, in order."""
    attend_lone_event(builder)
    posted_where_they_attend(builder)
    envoys_take_part(builder)
    missions_take_part(builder)


def attend_lone_event(builder: RecordBuilder) -> None:
    """In a record with one event, an ambassador no rule put anywhere attended it, unless they
    are posted to another country than the event's (an envoy to Chile says little of a forum in Lima)."""
    if len(builder.events) != 1:
        return
    event, country = builder.events[0].id, builder.events[0].country
    for person in builder.people:
        if not person.ambassador_of or person.attended or country and person.posted_to not in (None, country):
            continue
        said = next(e for e in person.evidence if e.fact == "ambassador_of")
        builder.attended(person.id, event, (said.start, said.end), CONFIDENCE)


def at_united_nations(person: Person) -> bool:
    """An envoy to the United Nations, whom no country receives ("Permanent Representative of X
    to the United Nations", "常驻联合国代表")."""
    return bool(_UN.search(" ".join(e.sentence for e in person.evidence if e.fact == "ambassador_of")))


def posted_where_they_attend(builder: RecordBuilder) -> None:
    """An ambassador with no receiving country is posted where the events they attend are."""
    countries = {e.id: e.country for e in builder.events}
    for person in builder.people:
        if not person.ambassador_of or person.posted_to is not None:
            continue
        if at_united_nations(person):
            continue
        place = next((countries[e] for e in person.attended if countries.get(e)), None)
        if place and place != person.ambassador_of:
            person.posted_to = place


def posted_at_dateline(builder: RecordBuilder, country: str | None) -> None:
    """An ambassador whose posting neither the text nor their events give is posted to the
    country the report is datelined from ("ISLAMABAD - US Ambassador X called on the minister"),
    unless that is their own country or the post is at the United Nations."""
    if not country:
        return
    for person in builder.people:
        if not person.ambassador_of or person.posted_to is not None or person.ambassador_of == country:
            continue
        if not at_united_nations(person):
            person.posted_to = country


def envoys_take_part(builder: RecordBuilder) -> None:
    """An ambassador at an event brings their country into it: a participant country (not at
    an event in their own country)."""
    countries = {e.id: e.country for e in builder.events}
    for person in builder.people:
        if not person.ambassador_of:
            continue
        span = next(((e.start, e.end) for e in person.evidence if e.fact == "attended"), None)
        for event_id in person.attended:
            if span is not None and countries.get(event_id) != person.ambassador_of:
                builder.add_event(event_id, "participant_countries", person.ambassador_of, span, CONFIDENCE)


def missions_take_part(builder: RecordBuilder) -> None:
    """A mission abroad among an event's hosts, co-hosts or organizers brings its country into
    it (not into an event in its own country)."""
    orgs = {o.id: o for o in builder.organizations}
    for event in builder.events:
        for role in _ROLES:
            for org in (orgs.get(i) for i in getattr(event, role)):
                if org is None or not org.country or org.country == event.country \
                        or not any(MISSION.search(n) for n in org.names):
                    continue
                span = next(((e.start, e.end) for e in event.evidence if e.fact == role and e.value == org.id), None)
                if span is not None:
                    builder.add_event(event.id, "participant_countries", org.country, span, CONFIDENCE)
