"""Participant countries re-scored by a trained model (SCHEMA.md ``participant_countries``).

The rules of each language propose participant countries from constructions they know
("delegations from A and B", "来自A、B等国"); on text they were not written for they miss
many and attach some to the wrong event. Here every country the article names (its places,
demonyms and cities give one), every country the rules proposed and every ambassador's
country is a candidate for every event of the record, scored from:

- what the rules said: proposed for this event, proposed for another one;
- how the article names the country: how often, as a country, city or demonym, in the
  headline, how early, whether it leads the article's countries, in a list of three or more;
- how it relates to the event: named in the event's name, the event's own country, named in
  a sentence that names the event or gives one of its facts, or in one that does so for another
  event, the main (first) event or another;
- the words right around each of its mentions (a list's mentions share the list's edges:
  "from A, B and C" gives "from" to all three); character pairs in Chinese.

The model adds to the rules: every pair over its threshold is taken besides the rules' own
proposals, which stay with their evidence (a rule that reads "from both countries" knows a
convention the model would unlearn: the host country is no participant elsewhere; and taking
the model's word over the rules' scored no better in cross-validation). An added country gets
the sentence of its first mention as evidence.
"""

from __future__ import annotations

import math
import re
from dataclasses import dataclass

from kg.extract.learned.features import Candidate, context, headline_end, in_spans, places, sentence_at, spans
from kg.extract.learned.logistic import Features
from kg.extract.places import get_gazetteer
from kg.model import EventRecord
from kg.model.record import Evidence

ENTITIES = "events"
FIELD = "participant_countries"
#: what may stand between two items of a list of countries
_LIST_GLUE = re.compile(r"\s*(?:,|、|，|and|和|及|以及|與|与|, and|&)?\s*(?:the\s+)?")


_MEMBERSHIP = re.compile(r"\b(?:members?|member\s+(?:states|countries|nations|economies)|membership)\s+(?:now\s+)?"
                         r"(?:comprises?|includes?|consists?\s+of|is\s+made\s+up\s+of|are|is)\b"
                         r"|成员(?:国|单位|國|單位)?(?:包括|包含|涵盖|涵蓋|有)", re.IGNORECASE)


@dataclass(frozen=True)
class Mention:
    start: int
    end: int
    country: str
    kind: str  # "country" | "city" | "province" | "demonym"
    edges: tuple[int, int]  # the span of the list it stands in (itself when alone)


def mentions(text: str, lang: str) -> list[Mention]:
    """The places of ``text`` that give a country, each with the edges of its list."""
    found = [m for m in places(text, lang) if m.place.country]
    runs: list[list] = []
    for m in found:
        if runs and _LIST_GLUE.fullmatch(text, runs[-1][-1].end, m.start):
            runs[-1].append(m)
        else:
            runs.append([m])
    return [Mention(m.start, m.end, m.place.country, "demonym" if m.demonym else m.place.kind,
                    (run[0].start, run[-1].end)) for run in runs if not _members(text, run[0].start) for m in run]


def _members(text: str, start: int) -> bool:
    """Whether the sentence before ``start`` says what a body's members are ("PPD’s members comprise 26
    countries, including: A, B"; "成员国包括A、B"): a list of members takes part in nothing."""
    opening = max(text.rfind(c, 0, start) for c in ".。!?！？\n") + 1
    return bool(_MEMBERSHIP.search(text, opening, start))


class Named:
    """How an article names its countries: each country's mentions, its rank among them by how
    often and how early it is named, and the features that come from that alone."""

    def __init__(self, text: str, lang: str) -> None:
        self.text, self.lang = text, lang
        self.found = mentions(text, lang)
        self.by_country: dict[str, list[Mention]] = {}
        for m in self.found:
            self.by_country.setdefault(m.country, []).append(m)
        by = self.by_country
        self.rank = {c: i for i, c in enumerate(sorted(by, key=lambda c: (-len(by[c]), by[c][0].start)))}
        self.headline = headline_end(text)
        self._read: dict[tuple[str, bool], Features] = {}

    def features(self, country: str, edges: bool) -> Features:
        """How often, as what and where the country is named, and the words around its mentions
        (around the edges of the list each stands in, with ``edges``): a new dict each time,
        read from the text once per country."""
        if (country, edges) not in self._read:
            self._read[country, edges] = self._features(country, edges)
        return dict(self._read[country, edges])

    def _features(self, country: str, edges: bool) -> Features:
        ms = self.by_country.get(country, [])
        f: Features = {"bias": 1.0, f"countries_{min(len(self.by_country), 6)}": 1.0,
                       f"rank_{min(self.rank.get(country, 9), 4)}": 1.0, "mentions": math.log1p(len(ms))}
        for kind in ("country", "city", "demonym"):
            f[f"mentions_{kind}"] = math.log1p(sum(m.kind == kind for m in ms))
        if any(m.start < self.headline for m in ms):
            f["headline"] = 1.0
        if ms:
            f["first_at"] = ms[0].start / max(1, len(self.text))
        for m in ms:
            f[f"kind:{m.kind}"] = 1.0
            f.update({f"w:{w}": 1.0 for w in context(self.text, *(m.edges if edges else (m.start, m.end)), self.lang)})
        return f


def candidates(record: EventRecord, text: str, lang: str) -> list[Candidate]:
    """Every (event, country) pair the model scores, with its features."""
    named_in_text = Named(text, lang)
    by_list: dict[tuple[int, int], set[str]] = {}
    for m in named_in_text.found:
        by_list.setdefault(m.edges, set()).add(m.country)
    listed = {c for countries in by_list.values() if len(countries) >= 3 for c in countries}
    envoys_of = {p.ambassador_of for p in record.people if p.ambassador_of}
    posted_to = {p.posted_to for p in record.people if p.posted_to}
    gazetteer = get_gazetteer()
    out = []
    for i, event in enumerate(record.events):
        named = {m.place.country for name in event.names for m in gazetteer.find(name, lang) if m.place.country}
        others = {c for j, e in enumerate(record.events) if j != i for c in e.participant_countries}
        own, own_names = spans(event), spans(event, "names")
        elsewhere = [span for j, e in enumerate(record.events) if j != i for span in spans(e)]
        for country in sorted(set(named_in_text.by_country) | set(event.participant_countries) | envoys_of | posted_to):
            ms = named_in_text.by_country.get(country, [])
            starts = [m.start for m in ms]
            f = named_in_text.features(country, edges=True)
            f.update({"main" if i == 0 else "not_main": 1.0, f"events_{min(len(record.events), 4)}": 1.0})
            flags = {"rule": country in event.participant_countries, "rule_other": country in others,
                     "unmentioned": not ms, "in_name": country in named, "event_country": country == event.country,
                     "envoy_of": country in envoys_of, "posted_to": country in posted_to, "listed": country in listed,
                     "fact_sentence": in_spans(starts, own), "name_sentence": in_spans(starts, own_names),
                     "other_event_sentence": in_spans(starts, elsewhere)}
            f.update({name: 1.0 for name, on in flags.items() if on})
            out.append(Candidate(i, country, f, ms[0].start if ms else -1))
    return out


def choose(scored: list[tuple[Candidate, float]], threshold: float) -> list[tuple[Candidate, float]]:
    """The rules' proposals and every pair over the threshold."""
    return [(c, p) for c, p in scored if p > threshold or c.features.get("rule")]


def label(candidate: Candidate, gold_event: dict) -> bool:
    """Whether the gold event has the candidate's country."""
    return candidate.value in (gold_event.get(FIELD) or [])


def gold_count(gold_event: dict) -> int:
    return len(gold_event.get(FIELD) or [])


def write(record: EventRecord, text: str, chosen: list[tuple[Candidate, float]], extractor: str) -> None:
    """Each event's participant countries become the chosen ones (the rules' first, in their order)."""
    for i, event in enumerate(record.events):
        mine = {c.value: (c, p) for c, p in chosen if c.item == i}
        proposed = set(event.participant_countries)
        event.participant_countries = [c for c in event.participant_countries if c in mine] + \
            [c for c in mine if c not in proposed]
        event.evidence = [e for e in event.evidence if e.fact != FIELD or e.value in mine]
        for country, (c, p) in mine.items():
            if country not in proposed:
                start, end = sentence_at(text, c.at) if c.at >= 0 else (0, 0)
                event.evidence.append(Evidence(FIELD, text[start:end], start, end, round(p, 3), extractor, country))
