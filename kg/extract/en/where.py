"""Event places: gazetteer mentions (kg.extract.places) in the sentences about an event.

A place is a location when a locative word leads to it ("held in Beijing", "at X in
Porto", "in Riverside district, Perth"); it is not one inside a longer name ("Peru
Ministry of Energy"), a demonym, or a district ("Riverside district"). It belongs to the
events named before it in its sentence (or to the one right after it). Evidence comes
in tiers, the best tier that has a place wins:

1. next to the event or to a verb saying it took place ("the Expo in Shanghai", "was
   held on Nov 27 in Porto"), and "here" pointing to the dateline's city;
2. any other city in a sentence about the event ("for Thai firms in Porto");
3. a city that opens the venue's name ("at the Dubai World Trade Centre") or the
   event's own name ("Porto Ocean Biotechnology Conference"), else the one city of the
   headline for the article's main event;
4. the dateline's city, for the one event of a report that places it nowhere else
   (not one held online).

The city gives city and country; without a city, the first country. Sub-events without
a place take their parent's (see ``inherit_from_parents``).
"""

from __future__ import annotations

import re
from itertools import islice

from spacy.tokens import Doc

from kg.extract.dates import DateMention
from kg.extract.en.context import PLACE_LINE, Context, EventMention, Sentence
from kg.extract.en.events import passing_mentions
from kg.extract.en.patterns import (COMPASS_WORDS, DISTRICT_WORDS, HOLDING_CUES, LOCATIVE_WORDS, ORG_HEADS,
                                    PLACE_WORDS, VENUE_WORDS)
from kg.extract.places import PlaceMention, get_gazetteer

#: what a place mention tells of an event's place, by the kind of place
_KINDS = {"city": "city", "country": "country", "province": "country"}
_CHAIN = frozenset({",", "the", "-", "–", "--", "'s", "’s"}) | DISTRICT_WORDS | COMPASS_WORDS | PLACE_WORDS
_REACH = 12  # tokens back from a place to its locative word
_NAME_LINKS = frozenset({"of", "for", "and", "&", "on"})  # small words inside a venue's name
#: nouns for a place that "of" names: "the capital city of X", "the tourist town of X"
_SETTLEMENTS = PLACE_WORDS | DISTRICT_WORDS | {"resort", "port", "hub", "centre", "center", "heart", "outskirts",
                                                 "suburbs"}  # (and "at the city centre of X")
_NEAR = 6  # tokens between an event mention or a holding verb and the locative word
_HOLDING_WORDS = frozenset(w for cue in HOLDING_CUES for w in cue.split())
_EVENT, _OTHER, _NAMED, _DATELINE = 0, 1, 2, 3  # evidence tiers
_DESCRIBING = re.compile(r"[-‐]\w+")  # "Porto-based": the place describes a name
_DATELINE_SENTENCES = 3  # sentences at the start that may open with a place line
_CITY_LINE = re.compile(r"\s*([A-Z][\w'’.-]+(?:\s[A-Z][\w'’.-]+){0,2})\s*\n\s*")
#: a page's time stamp line closed by the city the report is filed from ("November 17, 2023 07:34 pm |
#: Updated 07:34 pm IST - CHENNAI"), within the first characters of the page
_STAMP_LINE = re.compile(r"^[^\n]*\b(?:19|20)\d\d\b[^\n]*\s[-–—]\s+([A-Z][A-Z.'’ -]{2,30}?)[ \t]*$", re.MULTILINE)
_STAMP_REACH = 2000
_CAPITAL_OF = re.compile(r"\bcapital(?:\s+city)?\s+of\s+(?:the\s+)?$", re.IGNORECASE)
_HOSTING_PLACES = frozenset({"country", "nation", "city"})  # "host country X": where the event is
_QUOTED_PART = re.compile(r"(?<!\w)[‘“\"'][^‘’“”\"']+[’”\"'](?!\w)")  # a quoted title ("‘Maha Agro’")
_TRAVEL_VERBS = frozenset({"travel", "travels", "travelled", "traveled", "travelling", "traveling", "fly", "flies", "flew",
                           "head", "heads", "headed", "leave", "leaves", "left", "depart", "departs", "departed"})
_TO_ATTEND = re.compile(r",?\s+(?:to|for)\s+(?:attend|participate\s+in|take\s+part\s+in|join)\s+(?:the\s+|this\s+year[’']s\s+)?")
_SAINT = re.compile(r"\b(?:St|Saint|San|Santa)\.?\s*$")  # a saint's title, before (or opening) a name
_SAINT_REACH = 8  # characters before a place where a saint's title stands
_NEXT_WORD = re.compile(r"\s+(\w+)")
_ONLINE_WORDS = frozenset({"virtual", "online"})
_ONLINE_HEADS = frozenset({"webinar"})
_RELATIVES = frozenset({"which", "that", "where"})
_REPORTING_VERBS = frozenset({"said", "says", "told", "tells", "noted", "added", "stressed", "announced", "informed"})

Found = dict[str, dict[int, dict[str, tuple[PlaceMention, Sentence]]]]  # event -> tier -> kind -> place


def find_places_of_events(ctx: Context, lines: list[tuple[Sentence, DateMention]]) -> None:
    dateline = _dateline_city(ctx, lines)
    found: Found = {e: {} for e in ctx.events}
    for sent in ctx.sentences:
        if ctx.mentions_in(sent):
            _read_sentence(ctx, sent, found, dateline)
    _names(ctx, found)
    _headline(ctx, found)
    _dateline_fallback(ctx, found, dateline)
    for event_id, tiers in found.items():
        for tier in sorted(tiers):
            places = tiers[tier]
            if "city" in places:
                place, sent = places["city"]
                surface = [place.place.name] + ([place.surface] if place.surface != place.place.name else [])
                confidence = 0.8 if tier == _EVENT and place is not dateline else 0.6
                ctx.builder.set_event(event_id, "city", surface, sent.span, confidence)
                event = next(e for e in ctx.builder.events if e.id == event_id)
                event.geonames_id = event.geonames_id or place.place.geonames_id
                ctx.builder.set_event(event_id, "country", place.place.country, sent.span, confidence)
                break
            if "country" in places:
                place, sent = places["country"]
                ctx.builder.set_event(event_id, "country", place.place.country, sent.span, 0.7)
                break


def _read_sentence(ctx: Context, sent: Sentence, found: Found, dateline: PlaceMention | None) -> None:
    for place in ctx.places_in(sent.start_char, sent.end_char):
        place = _capital_of(ctx, place)
        kind = _KINDS.get(place.place.kind)  # a province or state says its country ("in Goa")
        if kind is None or place.demonym or (kind == "city" and _district(ctx, place)):
            continue
        locative = _locative(ctx, sent, place)
        if locative is None:
            continue
        if ctx.inside_longer_name(place):
            venue = _venue_opened(ctx, sent, place) if kind == "city" else None
            if venue is not None:  # (the events the whole venue's name belongs to: "To be held at the X
                for event_id in _owners(ctx, sent, venue):  # Convention Centre (XCC) on May 3, the Y")
                    found[event_id].setdefault(_NAMED, {}).setdefault(kind, (place, sent))
            continue
        owners = _owners(ctx, sent, place)
        near = any(_near_event(ctx, sent, locative, event_id) for event_id in owners)  # (of one, of its coordinates:
        tier = _EVENT if near else _OTHER  # "the A and the B which ran from May 6-8 in India")
        for event_id in owners:
            if tier == _EVENT or kind == "city":  # a country far from the event says little ("the war in X")
                found[event_id].setdefault(tier, {}).setdefault(kind, (place, sent))
    if dateline:
        for tok in ctx.doc[sent.start:sent.end]:
            here = tok.lower_ == "here" or tok.lower_ in ("city", "capital") and tok.i >= 2 \
                and ctx.doc[tok.i - 2:tok.i].text.lower() in ("in the", "in this")
            owner = ctx.owner(sent, tok.idx, tok.idx + len(tok)) if here else None  # "here", "in the city", "in this capital"
            if owner:
                found[owner].setdefault(_EVENT, {}).setdefault("city", (dateline, sent))


def _capital_of(ctx: Context, place: PlaceMention) -> PlaceMention:
    """"in the capital of Kazakhstan": the country's capital city, at the country's name."""
    if place.place.kind != "country" or not _CAPITAL_OF.search(ctx.text, max(0, place.start - 24), place.start):
        return place
    capital = get_gazetteer().capital(place.place.country)
    return place if capital is None else PlaceMention(place.start, place.end, capital.name, capital, False)


def _dateline_fallback(ctx: Context, found: Found, dateline: PlaceMention | None) -> None:
    """The one event of a report (beside those it names in passing, so far) that names no place
    for it is where the report is datelined."""
    passing = passing_mentions(ctx)
    reported = [e for e in found if e not in passing]
    if dateline is None or len(reported) != 1:
        return
    event_id = reported[0]
    tiers = found[event_id]
    if not tiers and not _online(ctx, event_id):
        span = ctx.doc.char_span(dateline.start, dateline.end, alignment_mode="expand")
        tiers[_DATELINE] = {"city": (dateline, ctx.sentence_of(span.start))}


def online_events(ctx: Context) -> frozenset[str]:
    """The events held online: they have no place."""
    return frozenset(e for e in ctx.events if _online(ctx, e))


def _online(ctx: Context, event_id: str) -> bool:
    """True for an event held online ("the virtual X Conference", "a webinar"): it has no city."""
    info = ctx.events[event_id]
    return bool(info.heads & _ONLINE_HEADS) or any(
        ctx.doc[k].lower_ in _ONLINE_WORDS for m in info.mentions for k in range(max(0, m.start - 2), m.start))


def _owners(ctx: Context, sent: Sentence, place: PlaceMention) -> list[str]:
    """Every event named before the place in its sentence and clause, else the one the place opens on;
    not an event that a report is told to ("told the forum that ... in X")."""
    span = ctx.doc.char_span(place.start, place.end, alignment_mode="expand")
    clause = ctx.clause_start(sent, span.start)
    before = [m for m in ctx.mentions_in(sent) if clause <= m.start and m.end <= span.start]
    if before and _relative_after(ctx, before[-1], span.start):  # "X is convened ... and the 1st Y, which took
        return ctx.coordinated(before)  # place in Z": Y's place ("the A and the B which ran … in Z": both's)
    if before:
        return list(dict.fromkeys(m.event for m in before if not _reported(ctx, m, span.start)))
    after = [m for m in ctx.mentions_in(sent) if m.start >= span.end]
    if after and _TO_ATTEND.fullmatch(ctx.text, place.end, ctx.doc[after[0].start].idx):
        return [after[0].event]  # "travel to Washington D.C. to participate in the X": the place travelled to
    return ctx.owners(sent, place.start, place.end)


def _relative_after(ctx: Context, mention: EventMention, place: int) -> bool:
    """True when a relative clause about the mention ("…, which took place in", "that was held
    in") leads from it to the place: the place is that event's alone."""
    doc = ctx.doc
    k = mention.end + (mention.end < place and doc[mention.end].text == ",")
    return k < place and doc[k].lower_ in _RELATIVES and any(t.lower_ in _HOLDING_WORDS for t in doc[k + 1:place])


def _reported(ctx: Context, mention: EventMention, place: int) -> bool:
    """True when the words between an event mention and a place report speech about other
    things: "said that", or "told the forum that"."""
    doc = ctx.doc
    gap = [t.lower_ for t in doc[mention.end:place]]
    told = mention.start > 0 and doc[mention.start - 1].lower_ in _REPORTING_VERBS
    return bool(set(gap) & _REPORTING_VERBS) or (told and gap[:1] == ["that"])


def _locative(ctx: Context, sent: Sentence, place: PlaceMention) -> int | None:
    """The token of the locative word that leads to the place ("in", "at X in", "in Y district, ",
    "in the capital city of")."""
    doc = ctx.doc
    k = doc.char_span(place.start, place.end, alignment_mode="expand").start - 1
    reach = 0
    while k >= sent.start and reach < _REACH:
        tok = doc[k]
        if tok.lower_ in LOCATIVE_WORDS or tok.lower_ == "located":
            return k
        if tok.lower_ in ("to", "for") and k > sent.start and doc[k - 1].lower_ in _TRAVEL_VERBS:
            return k  # "will travel to Washington D.C. to participate in X", "left Paris for Durban"
        if tok.lower_ in _HOSTING_PLACES and k > sent.start and doc[k - 1].lower_ == "host":
            return k  # "from outside host country South Africa"
        of_place = tok.lower_ == "of" and k > sent.start and doc[k - 1].lower_ in _SETTLEMENTS  # "in the capital city of X"
        described = tok.is_lower and tok.is_alpha and doc[k + 1].lower_ in _SETTLEMENTS  # "in the tourist town of X"
        if not (tok.lower_ in _CHAIN or of_place or described or tok.lower_ in _SETTLEMENTS and doc[k + 1].lower_ == "of"
                or _inside_name(doc, k, sent.start)
                or tok.text[:1].isupper() or tok.is_space):
            return None
        k -= 1
        reach += 1
    return None


def _inside_name(doc: Doc, k: int, start: int) -> bool:
    """True for a small word inside a capitalised name: "in the Centre for the Arts, New Delhi",
    "at the Hall of Culture and Arts, Hanoi"."""
    if doc[k].lower_ not in _NAME_LINKS or k <= start:
        return False
    after = doc[k + 1] if doc[k + 1].lower_ != "the" else doc[k + 2]
    return doc[k - 1].text[:1].isupper() and after.text[:1].isupper()


def _near_event(ctx: Context, sent: Sentence, locative: int, event_id: str) -> bool:
    """True when the locative word follows the event's mention or a holding verb closely."""
    doc = ctx.doc
    start = max(sent.start, locative - _NEAR)
    if any(m.event == event_id and start <= m.end <= locative for m in ctx.mentions_in(sent)):
        return True
    return any(doc[k].lower_ in _HOLDING_WORDS for k in range(start, locative))


def _venue_opened(ctx: Context, sent: Sentence, place: PlaceMention) -> PlaceMention | None:
    """The venue's whole name, as a place mention of the city, for a city that opens it ("the Dubai
    World Trade Centre", "London’s Barbican Centre (LBC)"); None for a city that opens no venue's
    name, or one a saint's title makes a saint's name ("St. James's Palace")."""
    if ctx.text.startswith(("'s", "’s"), place.end) \
            and (_SAINT.search(ctx.text[max(0, place.start - _SAINT_REACH):place.start])
                 or _SAINT.match(ctx.text[place.start:place.end].split()[0])):
        return None
    venue = next((n for n in sent.names if n.start_char == place.start and n.words()[-1] in VENUE_WORDS), None)
    return None if venue is None else PlaceMention(place.start, venue.end_char, place.surface, place.place)


def _names(ctx: Context, found: Found) -> None:
    """A city inside an event's own name ("Porto Ocean ... Conference") is the weakest evidence;
    it adds a city to an event placed only in that city's country."""
    for event in ctx.builder.events:
        tiers = found[event.id]
        if any("city" in places for places in tiers.values()):
            continue
        countries = {places["country"][0].place.country for places in tiers.values() if "country" in places}
        span = event.evidence[0]
        quoted = [(span.start + q.start(), span.start + q.end()) for q in _QUOTED_PART.finditer(span.sentence)]
        for name in event.names:
            m = re.search(re.escape(name), span.sentence)
            if m is None:
                continue
            start = span.start + m.start()
            cities = [p for p in ctx.places_in(start, start + len(name)) if p.place.kind == "city"
                      and get_gazetteer().find(p.surface, "en")  # one that needs context ("of Mission") is none
                      and not any(a <= p.start < b for a, b in quoted)  # nor a brand's word ("‘Maha Agro’")
                      and not _opens_body(ctx, p)  # nor a body's ("NTU-Kyoto University Symposium")
                      and (not countries or p.place.country in countries)]  # ("Expo 2023 Doha", in Qatar)
            if cities:
                sent = ctx.sentence_of(ctx.doc.char_span(start, start + 1, alignment_mode="expand").start)
                tier = min((t for t, places in tiers.items() if "country" in places), default=_NAMED)
                found[event.id].setdefault(tier, {})["city"] = (cities[0], sent)
                break


def _opens_body(ctx: Context, place: PlaceMention) -> bool:
    """True for a place that opens an organization's name ("Kyoto University", "Lagos Chamber")."""
    after = _NEXT_WORD.match(ctx.text, place.end)
    return bool(after) and after.group(1).lower() in ORG_HEADS


def _headline(ctx: Context, found: Found) -> None:
    """The one city a headline names ("Builders flock to Porto for timber fair") is where the
    article's main event is, when the body says nowhere: the weakest evidence."""
    main = ctx.main_event()
    title = ctx.article.title
    if main is None or found[main] or not title or title not in ctx.text:
        return
    start = ctx.text.index(title)
    cities = [p for p in ctx.places_in(start, start + len(title)) if p.place.kind == "city" and not p.demonym
              and not ctx.inside_longer_name(p) and not _DESCRIBING.match(ctx.text, p.end)]
    if len({p.place.geonames_id for p in cities}) == 1:
        sent = ctx.sentence_of(ctx.doc.char_span(cities[0].start, cities[0].end, alignment_mode="expand").start)
        found[main].setdefault(_NAMED, {})["city"] = (cities[0], sent)


def _district(ctx: Context, place: PlaceMention) -> bool:
    """True for "Riverside district": a part of a city the gazetteer did not map to its city
    (it maps some districts to their city itself)."""
    after = ctx.text[place.end:place.end + 14].lower().split()
    return bool(after) and after[0].strip(",.") in DISTRICT_WORDS and place.place.name.lower() == place.surface.lower()


def _dateline_city(ctx: Context, lines: list[tuple[Sentence, DateMention]]) -> PlaceMention | None:
    """The city of a dated dateline, else of a place line opening the body ("Indore (Madhya
    Pradesh): ...", "NAIROBI - ..."), else of the page's time stamp line ("… IST - CHENNAI")."""
    for sent, date in lines:
        for place in ctx.places_in(sent.start_char, date.start):
            if place.place.kind == "city":
                return place
    opening = (s for s in ctx.sentences if ctx.sentence_text(s).strip())  # (blank lines aside)
    for sent in islice(opening, _DATELINE_SENTENCES):
        text = ctx.sentence_text(sent)
        m = PLACE_LINE.match(text)
        places = ctx.places_in(sent.start_char, sent.start_char + m.end()) if m else []
        if places and places[0].place.kind == "city" and places[0].start - sent.start_char <= m.start(1):
            return places[0]
        bare = _CITY_LINE.fullmatch(text)  # a line that is only a city's name, under a byline ("Staff Reporter")
        if bare:
            span = (sent.start_char + bare.start(1), sent.start_char + bare.end(1))
            places = ctx.places_in(*span)
            if len(places) == 1 and places[0].place.kind == "city" and (places[0].start, places[0].end) == span:
                return places[0]
    for m in _STAMP_LINE.finditer(ctx.text, 0, _STAMP_REACH):
        places = ctx.places_in(m.start(1), m.end(1))
        if places and places[0].place.kind == "city":
            return places[0]
    return None


def dateline_country(ctx: Context, lines: list[tuple[Sentence, DateMention]]) -> str | None:
    """The country of the city the report is datelined from, if it has one."""
    place = _dateline_city(ctx, lines)
    return place.place.country if place else None


def inherit_from_parents(ctx: Context) -> None:
    """Sub-events without a city or country take their parent event's; without a date, the
    day of a one-day parent (its sessions are held that day). A parent without a place takes
    the one city its sub-events share ("the Roundtable in Beijing, a part of X Forum")."""
    by_id = {e.id: e for e in ctx.builder.events}
    for event in ctx.builder.events:
        children = [e for e in ctx.builder.events if e.part_of == event.id]
        if event.city or event.country or not children or len({e.city[0] if e.city else None for e in children}) != 1:
            continue
        child = children[0]
        span = next(((e.start, e.end) for e in child.evidence if e.fact == "city"), None)
        if child.city and child.country and span is not None:
            ctx.builder.set_event(event.id, "city", list(child.city), span, 0.6)
            ctx.builder.set_event(event.id, "country", child.country, span, 0.6)
            event.geonames_id = event.geonames_id or child.geonames_id
    for event in ctx.builder.events:
        parent = by_id.get(event.part_of) if event.part_of else None
        if parent is None:
            continue
        day = next(((e.start, e.end) for e in parent.evidence if e.fact == "start_date"), None)
        if day and not event.start_date and parent.start_date and parent.end_date == parent.start_date:
            ctx.builder.set_event(event.id, "start_date", parent.start_date, day, 0.6)
            ctx.builder.set_event(event.id, "end_date", parent.end_date, day, 0.6)
        if event.city or event.country:
            continue
        span = next(((e.start, e.end) for e in parent.evidence if e.fact in ("city", "country")), None)
        if span is None:
            continue
        if parent.city:
            ctx.builder.set_event(event.id, "city", list(parent.city), span, 0.6)
        if parent.country:
            ctx.builder.set_event(event.id, "country", parent.country, span, 0.6)
        event.geonames_id = event.geonames_id or parent.geonames_id
