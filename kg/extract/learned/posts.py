"""The country an ambassador is posted to, from a trained model (SCHEMA.md ``posted_to``).

The rules read a posting from "Ambassador of A to B", "驻B大使", a dateline or the events the
envoy attended; on unseen text many envoys keep no posting ("Ambassador X of Kenya" at a
reception in The Hague). Here every country the article names (its places, demonyms and cities
give one) other than the envoy's own is a candidate posting for each envoy the rules left
without one (not an envoy to the United Nations, whom no country receives), scored from:

- what the rules said: the posting of another envoy of the article;
- how the article names the country: how often, as a country, city or demonym, in the
  headline, at the start of a line (a dateline), how early, whether it leads the article's
  countries;
- how it relates to the envoy: named in a sentence that names the envoy or gives one of their
  facts, the country of an event the envoy attended or of the article's first event;
- the words right around each mention (character pairs in Chinese).

Each envoy without a posting takes the best candidate over the model's threshold; a posting
the rules gave stays.
"""

from __future__ import annotations

from kg.extract.envoys import at_united_nations
from kg.extract.learned.countries import Named
from kg.extract.learned.features import Candidate, best_per_item, in_spans, line_heads, sentence_at
from kg.model import EventRecord
from kg.model.record import Evidence

ENTITIES = "people"
_LINE_HEAD = 25


def candidates(record: EventRecord, text: str, lang: str) -> list[Candidate]:
    """Every (envoy, country) pair the model scores, with its features."""
    named_in_text = Named(text, lang)
    near_line_start = line_heads(text, _LINE_HEAD)
    event_country = {e.id: e.country for e in record.events}
    first_event = record.events[0].country if record.events else None
    out = []
    for i, person in enumerate(record.people):
        if not person.ambassador_of or at_united_nations(person):
            continue
        own = [(e.start, e.end) for e in person.evidence]
        attended = {event_country.get(e) for e in person.attended} - {None}
        others = {p.posted_to for j, p in enumerate(record.people) if j != i and p.posted_to}
        for country in sorted((set(named_in_text.by_country) | ({person.posted_to} if person.posted_to else set()))
                              - {person.ambassador_of}):
            ms = named_in_text.by_country.get(country, [])
            starts = [m.start for m in ms]
            f = named_in_text.features(country, edges=False)
            flags = {"rule": country == person.posted_to, "rule_none": person.posted_to is None,
                     "rule_other": country in others, "line_start": any(map(near_line_start, starts)),
                     "own_sentence": in_spans(starts, own), "attended_country": country in attended,
                     "first_event_country": country == first_event}
            f.update({name: 1.0 for name, on in flags.items() if on})
            out.append(Candidate(i, country, f, ms[0].start if ms else -1))
    return out


def choose(scored: list[tuple[Candidate, float]], threshold: float) -> list[tuple[Candidate, float]]:
    """Each envoy's posting from the rules, else the best candidate over the threshold."""
    return best_per_item(scored, threshold, rules_first=True)


def label(candidate: Candidate, gold_person: dict) -> bool:
    """Whether the gold envoy is posted to the candidate's country."""
    return candidate.value == (gold_person.get("posted_to") or "").upper()


def gold_count(gold_person: dict) -> int:
    return 1 if gold_person.get("ambassador_of") and gold_person.get("posted_to") else 0


def write(record: EventRecord, text: str, chosen: list[tuple[Candidate, float]], extractor: str) -> None:
    """Each envoy without a posting takes the chosen one."""
    for c, p in chosen:
        person = record.people[c.item]
        if person.posted_to is None:
            person.posted_to = c.value
            start, end = sentence_at(text, c.at) if c.at >= 0 else (0, 0)
            person.evidence.append(Evidence("ambassador_of", text[start:end], start, end, round(p, 3), extractor))
