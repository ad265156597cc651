"""Participant countries re-scored by a trained model (SCHEMA.md ``participant_countries``).

The rules of each language propose participant countries from constructions they know
("delegations from A and B", "来自A、B等国"); on text they were not written for they miss
many and attach some to the wrong event. Here every country the article names (its places,
demonyms and cities give one), every country the rules proposed and every ambassador's
country is a candidate for every event of the record; a logistic model per language
(``data/countries-LANG.json``, trained by :mod:`kg.extract.learned.train`) scores each
(event, country) pair from:

- what the rules said: proposed for this event, proposed for another one;
- how the article names the country: how often, as a country, city or demonym, in the
  headline, how early, whether it leads the article's countries, in a list of three or more;
- how it relates to the event: named in the event's name, the event's own country, named in
  a sentence that names the event or gives one of its facts, the main (first) event or another;
- the words right around each of its mentions (a list's mentions share the list's edges:
  "from A, B and C" gives "from" to all three); character pairs in Chinese.

The pairs over the model's threshold are the event's participant countries; the rules'
evidence stays for those they proposed, the others get their sentence with the model's
probability as confidence.
"""

from __future__ import annotations

import math
import re
from collections.abc import Iterator
from dataclasses import dataclass

from kg.extract.learned.logistic import Features, LogisticModel
from kg.extract.places import get_gazetteer
from kg.model import EventRecord
from kg.model.record import Event, Evidence

EXTRACTOR = "countries-model"
_SENTENCE = re.compile(r"[^.!?。！？\n]+[.!?。！？]*")
_WORD = re.compile(r"[A-Za-z]+|\d+")
#: what may stand between two items of a list of countries
_LIST_GLUE = re.compile(r"\s*(?:,|、|，|and|和|及|以及|與|与|, and|&)?\s*(?:the\s+)?")
_WINDOW = {"en": 4, "zh": 6}  # words (en) or characters (zh) read on each side of a mention


@dataclass(frozen=True)
class Mention:
    start: int
    end: int
    country: str
    kind: str  # "country" | "city" | "province" | "demonym"
    edges: tuple[int, int]  # the span of the list it stands in (itself when alone)


@dataclass(frozen=True)
class Candidate:
    event: int  # index of the event in the record
    country: str
    features: Features


def mentions(text: str, lang: str) -> list[Mention]:
    """The places of ``text`` that give a country, each with the edges of its list."""
    found = [m for m in get_gazetteer().find(text, lang) if m.place.country]
    runs: list[list] = []
    for m in found:
        if runs and _LIST_GLUE.fullmatch(text, runs[-1][-1].end, m.start):
            runs[-1].append(m)
        else:
            runs.append([m])
    return [Mention(m.start, m.end, m.place.country, "demonym" if m.demonym else m.place.kind,
                    (run[0].start, run[-1].end)) for run in runs for m in run]


def _context(text: str, start: int, end: int, lang: str) -> Iterator[str]:
    """Words (en) or character pairs (zh) on each side of text[start:end]; "L1"/"R1" the nearest."""
    if lang == "en":
        left = [w.lower() for w in _WORD.findall(text[max(0, start - 40):start])[-_WINDOW[lang]:]]
        right = [w.lower() for w in _WORD.findall(text[end:end + 40])[:_WINDOW[lang]]]
        nearest = left[-1:], right[:1]
    else:
        before, after = text[max(0, start - _WINDOW[lang]):start], text[end:end + _WINDOW[lang]]
        left = [before[i:i + 2] for i in range(len(before) - 1)]
        right = [after[i:i + 2] for i in range(len(after) - 1)]
        nearest = list(before[-1:]), list(after[:1])
    yield from (f"L:{w}" for w in left)
    yield from (f"R:{w}" for w in right)
    yield from (f"L1:{w}" for w in nearest[0])
    yield from (f"R1:{w}" for w in nearest[1])


def candidates(record: EventRecord, text: str, lang: str, found: list[Mention]) -> list[Candidate]:
    """Every (event, country) pair the model scores, with its features; ``found`` are the
    text's :func:`mentions`."""
    by_country: dict[str, list[Mention]] = {}
    for m in found:
        by_country.setdefault(m.country, []).append(m)
    listed = {m.country for m in found if len({x.country for x in found if x.edges == m.edges}) >= 3}
    rank = {c: i for i, c in enumerate(sorted(by_country, key=lambda c: (-len(by_country[c]), by_country[c][0].start)))}
    headline_end = text.find("\n") if "\n" in text else len(text)
    envoys_of = {p.ambassador_of for p in record.people if p.ambassador_of}
    posted_to = {p.posted_to for p in record.people if p.posted_to}
    gazetteer = get_gazetteer()
    out = []
    for i, event in enumerate(record.events):
        fact_spans = [(e.start, e.end) for e in event.evidence]
        name_spans = [(e.start, e.end) for e in event.evidence if e.fact == "names"]
        named = {m.place.country for name in event.names for m in gazetteer.find(name, lang) if m.place.country}
        others = {c for j, e in enumerate(record.events) if j != i for c in e.participant_countries}
        for country in sorted(set(by_country) | set(event.participant_countries) | envoys_of | posted_to):
            ms = by_country.get(country, [])
            f: Features = {"bias": 1.0, f"countries_{min(len(by_country), 6)}": 1.0,
                           f"rank_{min(rank.get(country, 9), 4)}": 1.0, "main" if i == 0 else "not_main": 1.0,
                           f"events_{min(len(record.events), 4)}": 1.0,
                           "mentions": math.log1p(len(ms))}
            for kind in ("country", "city", "demonym"):
                f[f"mentions_{kind}"] = math.log1p(sum(m.kind == kind for m in ms))
            flags = {"rule": country in event.participant_countries, "rule_other": country in others,
                     "unmentioned": not ms, "headline": any(m.start < headline_end for m in ms),
                     "in_name": country in named, "event_country": country == event.country,
                     "envoy_of": country in envoys_of, "posted_to": country in posted_to, "listed": country in listed,
                     "fact_sentence": any(a <= m.start < b for m in ms for a, b in fact_spans),
                     "name_sentence": any(a <= m.start < b for m in ms for a, b in name_spans)}
            f.update({name: 1.0 for name, on in flags.items() if on})
            if ms:
                f["first_at"] = ms[0].start / max(1, len(text))
            for m in ms:
                f[f"kind:{m.kind}"] = 1.0
                f.update({f"w:{w}": 1.0 for w in _context(text, *m.edges, lang)})
            out.append(Candidate(i, country, f))
    return out


def apply(record: EventRecord, text: str, lang: str, model: LogisticModel) -> EventRecord:
    """The record with each event's participant countries as the model decides (in place)."""
    found = mentions(text, lang)
    chosen: dict[int, dict[str, float]] = {}
    for c in candidates(record, text, lang, found):
        p = model.probability(c.features)
        if p > model.threshold:
            chosen.setdefault(c.event, {})[c.country] = p
    first = {m.country: m for m in reversed(found)}
    for i, event in enumerate(record.events):
        _set_countries(event, chosen.get(i, {}), text, first)
    return record


def _set_countries(event: Event, chosen: dict[str, float], text: str, first: dict[str, Mention]) -> None:
    proposed = set(event.participant_countries)
    event.participant_countries = [c for c in event.participant_countries if c in chosen] + \
        [c for c in chosen if c not in proposed]
    event.evidence = [e for e in event.evidence if e.fact != "participant_countries" or e.value in chosen]
    for country in chosen:
        if country in proposed:
            continue
        m = first.get(country)
        start, end = _sentence_at(text, m.start) if m else (0, 0)
        event.evidence.append(Evidence("participant_countries", text[start:end], start, end,
                                       round(chosen[country], 3), EXTRACTOR, country))


def _sentence_at(text: str, i: int) -> tuple[int, int]:
    for m in _SENTENCE.finditer(text):
        if m.start() <= i < m.end():
            return m.start(), m.end()
    return i, i
