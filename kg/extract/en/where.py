"""Event places: gazetteer mentions (kg.extract.places) in the sentences about an event.

A place belongs to the event mention nearest before it in its sentence (or right after
it). Places inside longer names ("Belarus Ministry of Health", "Optics Valley of China"),
after "from" or "to" (participants, ambassadors) and demonyms are not locations. The
first city gives city and country; otherwise the first country. "here" in a sentence
about the event points to the dateline's city. Sub-events without a place take their
parent's (see ``inherit_places``).
"""

from __future__ import annotations

from kg.extract.dates import DateMention
from kg.extract.en.context import Context, Sentence
from kg.extract.places import PlaceMention

_NOT_LOCATION_BEFORE = frozenset({"from", "to", "of", "across", "between", "and"})


def find_places_of_events(ctx: Context, lines: list[tuple[Sentence, DateMention]]) -> None:
    names = [(n.start_char, n.end_char, len(n.words())) for s in ctx.sentences for n in s.names]
    dateline = _dateline_city(ctx, lines)
    for event_id, info in ctx.events.items():
        city: tuple[PlaceMention, Sentence] | None = None
        country: tuple[PlaceMention, Sentence] | None = None
        for index in sorted({m.sentence for m in info.mentions}):
            sent = ctx.sentences[index]
            for place in ctx.places_in(sent.start_char, sent.end_char):
                if place.demonym or _inside_name(place, names) or _after_cue(ctx, place):
                    continue
                if ctx.owner(sent, place.start, place.end) != event_id:
                    continue
                if place.place.kind == "city" and city is None:
                    city = (place, sent)
                elif place.place.kind == "country" and country is None:
                    country = (place, sent)
            if city is None and dateline and _says_here(ctx, sent, event_id):
                city = (dateline, sent)
        if city:
            place, sent = city
            surface = [place.place.name] + ([place.surface] if place.surface != place.place.name else [])
            ctx.builder.set_event(event_id, "city", surface, sent.span, 0.8 if place is not dateline else 0.6)
            event = next(e for e in ctx.builder.events if e.id == event_id)
            event.geonames_id = event.geonames_id or place.place.geonames_id
            ctx.builder.set_event(event_id, "country", place.place.country, sent.span, 0.8)
        elif country:
            place, sent = country
            ctx.builder.set_event(event_id, "country", place.place.country, sent.span, 0.8)


def _dateline_city(ctx: Context, lines: list[tuple[Sentence, DateMention]]) -> PlaceMention | None:
    for sent, date in lines:
        for place in ctx.places_in(sent.start_char, date.start):
            if place.place.kind == "city":
                return place
    return None


def _inside_name(place: PlaceMention, names: list[tuple[int, int, int]]) -> bool:
    words = len(place.surface.split())
    return any(a <= place.start and place.end <= b and n > words for a, b, n in names)


def _after_cue(ctx: Context, place: PlaceMention) -> bool:
    span = ctx.doc.char_span(place.start, place.end, alignment_mode="expand")
    k = span.start - 1
    while k >= 0 and ctx.doc[k].lower_ in ("the", "both"):
        k -= 1
    return k >= 0 and ctx.doc[k].lower_ in _NOT_LOCATION_BEFORE


def _says_here(ctx: Context, sent: Sentence, event_id: str) -> bool:
    for tok in ctx.doc[sent.start:sent.end]:
        if tok.lower_ == "here" and ctx.owner(sent, tok.idx, tok.idx + 4) == event_id:
            return True
    return False


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
