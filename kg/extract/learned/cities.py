"""The city of each event re-scored by a trained model (SCHEMA.md ``city``, and ``country``).

The rules place an event from the constructions they know ("held in X", "在X举行", a
dateline); on unseen text they leave many events unplaced. Here every city the article names,
and the city the rules chose, is a candidate for every event, scored from:

- what the rules said: this event's city, another event's, or no city for this event;
- how the article names the city: how often, in the headline, at the start of a line (a
  dateline), how early, whether it is the article's most named city;
- how it relates to the event: named in the event's name, in the event's country or
  another, in a sentence that names the event, places it or gives any of its facts;
- the words right around each mention (character pairs in Chinese).

Each event takes its best candidate when that one is over the model's threshold (its country
with it), and no city otherwise.
"""

from __future__ import annotations

import math

from kg.extract.learned.features import (Candidate, best_per_item, context, headline_end, in_spans, line_heads, places,
                                         sentence_at, spans)
from kg.extract.learned.logistic import Features
from kg.extract.places import PlaceMention, get_gazetteer
from kg.model import EventRecord
from kg.model.names import normalise
from kg.model.record import Event, Evidence

ENTITIES = "events"
FIELD = "city"
_LINE_HEAD = 25  # a mention this close to the start of its line may be a dateline


def candidates(record: EventRecord, text: str, lang: str) -> list[Candidate]:
    """Every (event, city) pair the model scores, with its features."""
    gazetteer = get_gazetteer()
    by_city: dict[str, list[PlaceMention]] = {}
    for m in places(text, lang):
        if m.place.kind == "city" and not m.demonym:
            by_city.setdefault(m.place.name, []).append(m)
    rank = {c: i for i, c in enumerate(sorted(by_city, key=lambda c: (-len(by_city[c]), by_city[c][0].start)))}
    headline = headline_end(text)
    near_line_start = line_heads(text, _LINE_HEAD)
    words = {city: {f"w:{w}": 1.0 for m in ms for w in context(text, m.start, m.end, lang)}
             for city, ms in by_city.items()}
    out = []
    for i, event in enumerate(record.events):
        own, own_names, own_place = spans(event), spans(event, "names"), spans(event, "city", "country")
        rule = event.city[0] if event.city else None
        others = {e.city[0] for j, e in enumerate(record.events) if j != i and e.city}
        named = {m.place.name for name in event.names for m in gazetteer.find(name, lang) if m.place.kind == "city"}
        for city in sorted(set(by_city) | ({rule} if rule else set())):
            ms = by_city.get(city, [])
            starts = [m.start for m in ms]
            country = ms[0].place.country if ms else event.country
            f: Features = {"bias": 1.0, f"cities_{min(len(by_city), 5)}": 1.0, f"rank_{min(rank.get(city, 9), 4)}": 1.0,
                           "main" if i == 0 else "not_main": 1.0, f"events_{min(len(record.events), 4)}": 1.0,
                           "mentions": math.log1p(len(ms))}
            flags = {"rule": city == rule, "rule_none": rule is None, "rule_other": city in others,
                     "unmentioned": not ms, "headline": any(s < headline for s in starts), "in_name": city in named,
                     "same_country": event.country is not None and country == event.country,
                     "other_country": event.country is not None and country != event.country,
                     "line_start": any(map(near_line_start, starts)),
                     "fact_sentence": in_spans(starts, own), "name_sentence": in_spans(starts, own_names),
                     "city_sentence": in_spans(starts, own_place)}
            f.update({name: 1.0 for name, on in flags.items() if on})
            if ms:
                f["first_at"] = ms[0].start / max(1, len(text))
            f.update(words.get(city, {}))
            ruled = event.city or [] if city == rule else []
            surfaces = tuple(dict.fromkeys([city, *(m.surface for m in ms), *ruled]))
            out.append(Candidate(i, city, f, ms[0].start if ms else -1, surfaces, ms[0].place if ms else None))
    return out


def choose(scored: list[tuple[Candidate, float]], threshold: float) -> list[tuple[Candidate, float]]:
    """Each event's best candidate, when it is over the threshold."""
    return best_per_item(scored, threshold)


def label(candidate: Candidate, gold_event: dict) -> bool:
    """Whether the candidate's city is among the gold event's city names."""
    gold = gold_event.get(FIELD) or []
    gold_names = {normalise(n) for n in ([gold] if isinstance(gold, str) else gold)} - {""}
    return bool(gold_names & {normalise(s) for s in candidate.surfaces})


def gold_count(gold_event: dict) -> int:
    return 1 if gold_event.get(FIELD) else 0


def write(record: EventRecord, text: str, chosen: list[tuple[Candidate, float]], extractor: str) -> None:
    """Each event's city becomes the chosen one (its country with it), or none; a part left with
    none takes the city of the whole it is held within, as the rules do (SCHEMA.md: part_of)."""
    mine = {c.item: (c, p) for c, p in chosen}
    for i, event in enumerate(record.events):
        if i not in mine:
            _unplace(event)
        elif not event.city or mine[i][0].value != event.city[0]:
            _place(event, text, *mine[i], extractor)
    by_id = {e.id: e for e in record.events}
    for event in record.events:
        whole = by_id.get(event.part_of) if event.part_of else None
        if whole is not None and whole.city and not event.city and event.country in (None, whole.country):
            event.city, event.geonames_id, event.country = list(whole.city), whole.geonames_id, whole.country
            event.evidence = [e for e in event.evidence if e.fact not in (FIELD, "country")]
            event.evidence += [e for e in whole.evidence if e.fact in (FIELD, "country")]


def _unplace(event: Event) -> None:
    """No city for the event; its country stays."""
    event.city, event.geonames_id = None, None
    event.evidence = [e for e in event.evidence if e.fact != FIELD]


def _place(event: Event, text: str, c: Candidate, p: float, extractor: str) -> None:
    assert c.place is not None  # (a city the rules did not choose is one the text names)
    start, end = sentence_at(text, c.at)
    event.city, event.geonames_id = list(c.surfaces), c.place.geonames_id
    event.evidence = [e for e in event.evidence if e.fact != FIELD]
    event.evidence.append(Evidence(FIELD, text[start:end], start, end, round(p, 3), extractor))
    if event.country != c.place.country:
        event.country = c.place.country
        event.evidence = [e for e in event.evidence if e.fact != "country"]
        event.evidence.append(Evidence("country", text[start:end], start, end, round(p, 3), extractor))
