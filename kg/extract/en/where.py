"""Event places: gazetteer mentions (kg.extract.places) in the sentences about an event.

A place is a location when it follows a locative word ("held in Beijing", "at X in
Wuhan", "in Wenjiang district, Chengdu") and is not inside a longer name ("Belarus
Ministry of Health") or a demonym. It belongs to the events named before it in its
sentence (or to the one right after it). The first city that is not a district gives
city and country; otherwise the first country. "here" in a sentence about the event
points to the dateline's city. Sub-events without a place take their parent's (see
``inherit_places``).
"""

from __future__ import annotations

from kg.extract.dates import DateMention
from kg.extract.en.context import Context, Sentence
from kg.extract.en.patterns import DISTRICT_WORDS, LOCATIVE_WORDS
from kg.extract.places import PlaceMention

_CHAIN = frozenset({",", "the", "-", "–", "--"}) | DISTRICT_WORDS
_REACH = 8  # tokens back from a place to its locative word


def find_places_of_events(ctx: Context, lines: list[tuple[Sentence, DateMention]]) -> None:
    dateline = _dateline_city(ctx, lines)
    found: dict[str, dict[str, tuple[PlaceMention, Sentence]]] = {e: {} for e in ctx.events}
    for sent in ctx.sentences:
        row = ctx.mentions_in(sent)
        if not row:
            continue
        for place in ctx.places_in(sent.start_char, sent.end_char):
            if place.demonym or ctx.inside_longer_name(place) or not _locative(ctx, sent, place):
                continue
            kind = place.place.kind if place.place.kind in ("city", "country") else None
            if kind == "city" and _district(ctx, place):
                continue
            for event_id in _owners(ctx, sent, place):
                if kind:
                    found[event_id].setdefault(kind, (place, sent))
        if dateline:
            for tok in ctx.doc[sent.start:sent.end]:
                owner = ctx.owner(sent, tok.idx, tok.idx + len(tok)) if tok.lower_ == "here" else None
                if owner:
                    found[owner].setdefault("city", (dateline, sent))
    for event_id, places in found.items():
        if "city" in places:
            place, sent = places["city"]
            surface = [place.place.name] + ([place.surface] if place.surface != place.place.name else [])
            ctx.builder.set_event(event_id, "city", surface, sent.span, 0.6 if place is dateline else 0.8)
            event = next(e for e in ctx.builder.events if e.id == event_id)
            event.geonames_id = event.geonames_id or place.place.geonames_id
            ctx.builder.set_event(event_id, "country", place.place.country, sent.span, 0.8)
        elif "country" in places:
            place, sent = places["country"]
            ctx.builder.set_event(event_id, "country", place.place.country, sent.span, 0.8)


def _owners(ctx: Context, sent: Sentence, place: PlaceMention) -> list[str]:
    """Every event named before the place in its sentence, else the one the place opens on."""
    span = ctx.doc.char_span(place.start, place.end, alignment_mode="expand")
    before = [m.event for m in ctx.mentions_in(sent) if m.end <= span.start]
    if before:
        return list(dict.fromkeys(before))
    owner = ctx.owner(sent, place.start, place.end)
    return [owner] if owner else []


def _locative(ctx: Context, sent: Sentence, place: PlaceMention) -> bool:
    """True when a locative word leads to the place ("in", "at X in", "in Y district, ")."""
    doc = ctx.doc
    k = doc.char_span(place.start, place.end, alignment_mode="expand").start - 1
    reach = 0
    while k >= sent.start and reach < _REACH:
        tok = doc[k]
        if tok.lower_ in LOCATIVE_WORDS or tok.lower_ == "located":
            return True
        if not (tok.lower_ in _CHAIN or tok.text[:1].isupper() or tok.is_space):
            return False
        k -= 1
        reach += 1
    return False


def _district(ctx: Context, place: PlaceMention) -> bool:
    after = ctx.text[place.end:place.end + 14].lower().split()
    return bool(after) and after[0].strip(",.") in DISTRICT_WORDS


def _dateline_city(ctx: Context, lines: list[tuple[Sentence, DateMention]]) -> PlaceMention | None:
    for sent, date in lines:
        for place in ctx.places_in(sent.start_char, date.start):
            if place.place.kind == "city":
                return place
    return None


def inherit_places(ctx: Context) -> None:
    """Sub-events without a city or country take their parent event's."""
    by_id = {e.id: e for e in ctx.builder.events}
    for event in ctx.builder.events:
        parent = by_id.get(event.part_of) if event.part_of else None
        if parent is None or event.city or event.country:
            continue
        span = next(((e.start, e.end) for e in parent.evidence if e.fact in ("city", "country")), None)
        if span is None:
            continue
        if parent.city:
            ctx.builder.set_event(event.id, "city", list(parent.city), span, 0.6)
        if parent.country:
            ctx.builder.set_event(event.id, "country", parent.country, span, 0.6)
        event.geonames_id = event.geonames_id or parent.geonames_id
