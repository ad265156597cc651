"""Scoring of event records against gold records, for tests (no dependency outside the repo).

It follows the project's evaluation: entities are aligned one to one by a shared name after
normalisation (NFKC, case folded, letters and digits only, a leading "the" dropped; traditional
characters kept), and the headline relations are counted as (entity, value) tuples; a city
counts when one of its names is one of the gold event's city names.
"""

from __future__ import annotations

import unicodedata
from collections import Counter
from collections.abc import Callable, Iterable

KINDS = ("events", "organizations", "people")
Resolve = Callable[[str], str]


def norm(name: object) -> str:
    if not isinstance(name, str):
        return ""
    text = unicodedata.normalize("NFKC", name).casefold().strip()
    text = text.removeprefix("the ")
    return "".join(ch for ch in text if unicodedata.category(ch)[0] in "LN")


def names(value: object) -> frozenset[str]:
    """The normalised names of a name field (a string or a list of strings)."""
    items = [value] if isinstance(value, str) else list(value or [])
    return frozenset(filter(None, map(norm, items)))


def align(gold: list[dict], pred: list[dict], kind: str) -> Resolve:
    """Predicted id -> the gold id it names (each gold entity taken once), else a key of its own."""
    free = {g["id"]: names(g["names"]) for g in gold}
    mapping: dict[str, str] = {}
    for item in pred:
        mine = names(item["names"])
        match = next((gid for gid, theirs in free.items() if mine & theirs), None)
        if match is not None:
            del free[match]
        mapping[item["id"]] = match or f"{kind}?{item['id']}"
    return lambda ref: mapping.get(ref, f"{kind}?{ref}")


def relations(record: dict, event: Resolve, org: Resolve, person: Resolve,
              gold_cities: dict[str, frozenset[str]] | None = None) -> set[tuple]:
    """The headline tuples of a record; ``gold_cities`` (gold event id -> city names) turns a
    predicted city into a hit or a miss, gold records leave it out."""
    out: set[tuple] = set()
    for e in record["events"]:
        eid = event(e["id"])
        out.add(("event", eid))
        out.update(("organizer_any", eid, org(o)) for f in ("hosts", "co_hosts", "organizers") for o in e[f])
        if e["city"]:
            hit = gold_cities is None or bool(names(e["city"]) & gold_cities.get(eid, frozenset()))
            out.add(("city", eid, "match" if hit else names(e["city"])))
        out.update((f, eid, e[f]) for f in ("country", "start_date", "end_date") if e[f])
        if e["part_of"]:
            out.add(("part_of", eid, event(e["part_of"])))
        out.update(("participant_country", eid, c) for c in e["participant_countries"])
    for o in record["organizations"]:
        if o["part_of"]:
            out.add(("org_part_of", org(o["id"]), org(o["part_of"])))
    for p in record["people"]:
        if p["ambassador_of"]:
            out.add(("ambassador", person(p["id"]), p["ambassador_of"], p["posted_to"]))
            out.update(("attended", person(p["id"]), event(e)) for e in p["attended"])
    return out


def compare(gold: dict, pred: dict) -> Counter:
    """tp, fp and fn of one predicted record against its gold record."""
    own = [(lambda ref: ref)] * 3
    resolvers = [align(gold[k], pred[k], k[0]) for k in KINDS]
    cities = {e["id"]: names(e["city"]) for e in gold["events"]}
    g = relations(gold, *own)
    p = relations(pred, *resolvers, gold_cities=cities)
    return Counter(tp=len(g & p), fp=len(p - g), fn=len(g - p))


def f1(pairs: Iterable[tuple[dict, dict]]) -> tuple[float, float, float]:
    """Micro-averaged precision, recall and F1 over (gold, predicted) record pairs."""
    total = sum((compare(g, p) for g, p in pairs), Counter())
    tp, fp, fn = total["tp"], total["fp"], total["fn"]
    precision = tp / (tp + fp) if tp + fp else 0.0
    recall = tp / (tp + fn) if tp + fn else 0.0
    return precision, recall, (2 * precision * recall / (precision + recall) if precision + recall else 0.0)
