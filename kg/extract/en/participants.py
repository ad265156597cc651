"""Participant countries: delegations, firms, experts or officials "from" a country.

"companies from China", "an entrepreneur from Afghanistan", "Italian and French exhibitors",
"Pakistan’s national pavilion",
"a Thailand national", "Rwanda will be represented by", "representatives from Ontario and
Bavaria" (a province or city gives its country), "exhibitor countries included Italy, France
and China", and "from both countries" / "on both sides" for the two countries the article pairs
("China and the United States", "Peru-Chile"). The countries go to the event the
sentence is about: the mention nearest before, else after, else the last event named.
"""

from __future__ import annotations

import re

from kg.extract.en.context import Context, EventMention, Sentence
from kg.extract.en.names import HYPHENS, Tokens
from kg.extract.en.patterns import COMBINING_FORMS, EXHIBITOR_NOUNS, PARTICIPANT_NOUNS
from kg.extract.places import PlaceMention, get_gazetteer
from kg.extract.places.pairs import paired_countries

_LIST_SPLIT = re.compile(r"\s*,\s*(?:and\s+)?|\s+and\s+|^and\s+")
#: a country's formal style before its name in a list ("the Kingdom of Cambodia")
_FORMAL = (r"(?:(?:Socialist|Democratic|Islamic|Federal|United|Federative|People's|Arab|Plurinational)\s+)*"
           r"(?:Kingdom|Republic|Sultanate|State|Union|Federation|Commonwealth|Principality|Emirate|Grand\s+Duchy)"
           r"\s+of(?:\s+the)?")
_FORMAL_BEFORE = re.compile(rf"\b{_FORMAL}\s+$")
_LIST_GLUE = re.compile(rf"^(?:(?:,|and|&|,\s*and|as well as|,?\s*plus|both|the|both the|and the|,\s*the)?(?:\s*(?:the\s+)?{_FORMAL})?)?$",
                        re.IGNORECASE)
_PAIR_GLUE = re.compile(r"^\s*(?:and(?:\s+the)?|to(?:\s+the)?|-|–|‐|/|&)\s*$")  # "ambassador of A to B"
_SOUGHT = frozenset({"for", "with", "attract", "seeking", "seek", "court", "woo"})
#: nouns a country's name may stand before as an adjective ("a Thailand national")
_CITIZENS = frozenset({"national", "nationals", "citizen", "citizens"})
#: words that open a list of countries after a participant noun; all but "from" need two countries
_LIST_OPENERS = frozenset({"from", "representing", "of", "including", "include", "included", "like", "namely"})
_GUEST_NOUN = r"(?:guest\s+(?:country\s+)?of\s+hono(?:u)?r|guest\s+country|partner\s+country|country\s+of\s+hono(?:u)?r|focus\s+country)"
#: "<country> as the guest of honour" (the country before), "the guest country, <country>" (after)
_GUEST = re.compile(rf"\b(?:as|is|was|will\s+be|being)\s+(?:the\s+|this\s+year's\s+)?{_GUEST_NOUN}"
                    rf"|(?P<role>\b{_GUEST_NOUN}\s*(?:,|:|is|was|will\s+be)?\s*)", re.IGNORECASE)
#: what a list of countries is said to be: "are among the 17 participating foreign countries",
#: "(with) A and B being the focus countries"
_PARTICIPANT_PREDICATE = re.compile(r"\s*,?\s*(?:which|that)?\s*(?:are|were|will\s+be|have\s+been|being)\s+(?:among\s+)?"
                                    r"(?:the\s+)?(?:[\w-]+\s+){0,3}?(?:participating|participants|partners|partner|"
                                    r"exhibiting|guest|focus)\b"
                                    # "A, B and C set up their exhibition pavilions", "A and B took part"
                                    r"|\s*,?\s*(?:also\s+|have\s+|had\s+|will\s+)?(?:set\s+up|opened|took\s+part|take\s+part|"
                                    r"participated|exhibited|showcased)\s+(?:in\s+|at\s+)?(?:their|its|the)?\s*(?:[\w-]+\s+){0,2}?"
                                    r"(?:pavilions?|stands?|booths?|displays?|exhibits?|the\b)", re.IGNORECASE)
_ATTENDING = re.compile(r"\b(?:attend\w*|participat\w+|inaugurat\w+|take\s+part|took\s+part|taking\s+part|present|guests?|"
                        r"brought\s+together|bringing\s+together|gathered|opened\s+by|(?:video\s+)?message\s+to)\b",
                        re.IGNORECASE)
#: a country's government, ministry, minister or mission before "of <country>": "Minister of Health of",
#: "Government of", "High Commission of" (capitalised words between; a body's, one comma too: "Ministry
#: of Health and Family Welfare of", "Ministry of Health, Regulation and Coordination of")
_BODY_OF = re.compile(r"\b(?:(?:Ministry|Government|Embassy|High\s+Commission|Consulate(?:[\s-]+General)?|Permanent\s+Mission|"
                      r"Mission|Cabinet|Parliament)\b(?:\s+(?:of|for|and|&|the|[A-Z][\w-]*)){0,6}?"
                      r"(?:,\s+[A-Z][\w-]*(?:\s+(?:of|for|and|&|the|[A-Z][\w-]*)){0,3}?)?"
                      r"|(?:Minister|President|Speaker|Secretary|[Aa]mbassadors?|High\s+Commissioner|Consul(?:[\s-]+General)?)"
                      r"\b(?:\s+(?:of|for|and|&|the|[A-Z][\w-]*)){0,6}?)"
                      r"\s+of\s+(?:the\s+)?$")
#: a country's name or adjective before its leader, government or mission: "Comoros President", "Nigeria
#: Vice President", "the Namibia High Commission", "Nepalese Embassy"
_BODY_AFTER = re.compile(r"\s*(?:'s\s+|’s\s+)?(?:Vice\s+|Deputy\s+)?(?:President|Prime\s+Minister|Premier|Foreign\s+Minister|"
                         r"King|Chancellor|Head\s+of\s+State|Embassy|High\s+Commission(?:er)?|Consulate|Consul|Ambassador|"
                         r"Government|Ministry|Minister|Permanent\s+Mission|Mission|delegation)\b")
_PAVILION = re.compile(r"\s*(?:'s\s+|’s\s+)?(?:[Nn]ational\s+|[Cc]ountry\s+)?[Pp]avilion\b")
#: a counted group of countries before their list: "five other emerging markets and developing countries —",
#: "the following States Parties are attending the workshop:"
_COUNTED_GROUP = re.compile(r"^(?:the\s+)?(?:\d+|two|three|four|five|six|seven|eight|nine|ten|several|some|other)"
                            r"\s+(?:[\w-]+\s+){0,5}?(?:countries|nations|states|economies|members)"
                            r"\s*(?:[—–:-]|,|\()?\s*(?:including|namely|such\s+as|like)?$"
                            # "from the following States Parties are attending the workshop:"
                            r"|^(?:the\s+)?following\s+(?:[\w-]+\s+){0,3}?(?:countries|nations|states|economies|members|parties)"
                            r"\b[^.:;]{0,60}:$", re.IGNORECASE)
#: a country's representation at the event: "Rwanda will be represented by a delegation"
_REPRESENTED = re.compile(r"\s+(?:will\s+be|was|were|is|are|has\s+been|have\s+been)\s+represented\b")
_NOUN_REACH = 7  # tokens between a participant noun and "from"
#: a plural noun for people by what they do ("purchasers", "artists", "consultants", "trainees")
_AGENTS = re.compile(r"[a-z]{3,}(?:ers|ors|ists|ants|ents|ians|ees)")
_COMBINING = re.compile(r"\b(" + "|".join(COMBINING_FORMS) + r")-(?=[A-Z])", re.IGNORECASE)


def find_participants(ctx: Context) -> None:
    last: EventMention | None = None
    exhibition: EventMention | None = None  # the last exhibition mentioned
    types = {e.id: e.type for e in ctx.builder.events}
    for sent in ctx.sentences:
        row = ctx.mentions_in(sent)
        if row:
            last = row[0]
        for start, codes in _from_countries(ctx, sent) + _demonyms(ctx, sent) + _listed(ctx, sent) \
                + _both(ctx, sent) + _guests(ctx, sent) + _listed_as_subject(ctx, sent) \
                + _represented(ctx, sent) + _officials(ctx, sent) + _pavilions(ctx, sent):
            mention = ctx.event_near(sent, start) or (exhibition if _exhibitors(ctx, sent, start) else None) or last
            if mention is None:
                continue
            for code in codes:
                ctx.builder.add_event(mention.event, "participant_countries", code, sent.span, 0.7)
        if row:
            last = row[-1]
            exhibition = next((m for m in reversed(row) if types[m.event] == "Exhibition"), exhibition)
    _paired(ctx)


def _paired(ctx: Context) -> None:
    """"the UAE-India Healthcare Conference": both countries of a bilateral name take part."""
    for event in ctx.builder.events:
        named = [m for m in ctx.events[event.id].mentions if m.named]
        for code in paired_countries(event.names[0], "en") if named and event.names else []:
            ctx.builder.add_event(event.id, "participant_countries", code, ctx.sentences[named[0].sentence].span, 0.7)


def _exhibitors(ctx: Context, sent: Sentence, at: int) -> bool:
    """True when the participants at token ``at`` are exhibitors ("exhibitors from X")."""
    lower = Tokens.of(ctx.doc).lower
    return any(w in EXHIBITOR_NOUNS for w in lower[max(sent.start, at - _NOUN_REACH):min(sent.end, at + 2)])


def _from_countries(ctx: Context, sent: Sentence) -> list[tuple[int, list[str]]]:
    """"<participant noun> ... from <place>[, <place>] [and <place>]"; "companies of A, B and C",
    "pavilions, including A, B and C", "firms such as ..." (a list of two countries or more);
    "artists representing A, B and C" (a list needs no participant noun after "representing")."""
    lower = Tokens.of(ctx.doc).lower
    out = []
    for i in range(sent.start, sent.end):
        word = lower[i]
        if word not in _LIST_OPENERS and not (word == "as" and i > sent.start and lower[i - 1] == "such"):
            continue
        codes = _place_list(ctx, ctx.doc[i].idx + len(word), sent.end_char)
        if not codes or (word != "from" and len(codes) < 2):
            continue
        if word == "representing" or _noun_before(ctx, sent, i - (word == "as")) \
                or (word == "from" and len(codes) >= 2 and _AGENTS.fullmatch(lower[i - 1])):
            out.append((i, codes))  # (people of any trade from two countries or more: "purchasers from A, B and C")
    return out


def _demonyms(ctx: Context, sent: Sentence) -> list[tuple[int, list[str]]]:
    """"<adjective>[, <adjective>] and <adjective> <participant noun>": "Ghanaian and Korean
    companies", "Italian exhibitors" (a country's adjective right before the noun)."""
    lower = Tokens.of(ctx.doc).lower
    out: list[tuple[int, list[str]]] = []
    run: list[PlaceMention] = []
    for place in ctx.places_in(sent.start_char, sent.end_char):
        if run and not _LIST_GLUE.match(ctx.text[run[-1].end:place.start].strip()):
            run = []
        sought = not run and lower[ctx.doc.char_span(place.start, place.end, alignment_mode="expand").start - 1] \
            in _SOUGHT  # "looking for Chinese partners": wanted, not taking part
        run = run + [place] if place.demonym and place.place.kind == "country" and not sought else []
        span = ctx.doc.char_span(place.start, place.end, alignment_mode="expand")
        if not run and place.place.kind == "country" and span.end < sent.end and ctx.doc[span.end].text in _CITIZENS:
            run = [place]  # "a Thailand national running a stall at the fair"
        span = span if run else None
        if span is not None and span.end < sent.end and (lower[span.end] in PARTICIPANT_NOUNS
                                                          or ctx.doc[span.end].text in _CITIZENS):
            out.append((span.start, [p.place.country for p in run]))
            run = []
    return out


def _noun_before(ctx: Context, sent: Sentence, at: int) -> bool:
    return any(w in PARTICIPANT_NOUNS for w in Tokens.of(ctx.doc).lower[max(sent.start, at - _NOUN_REACH):at])


def _place_list(ctx: Context, start: int, limit: int) -> list[str]:
    """Country codes of the places listed from char ``start``: "the U.S.", "Ontario and
    Bavaria", "Italy, France and China"; a list item the text-wide search left out as
    ambiguous ("Chad", "Niger") is a country's name all the same inside a list."""
    out: list[str] = []
    for place in ctx.places_in(start, limit):
        glue = ctx.text[start:place.start].strip()
        if not out and _COUNTED_GROUP.match(glue):
            glue = ""  # "from five other emerging economies — Egypt, Guinea and Mexico"
        if not _LIST_GLUE.match(glue):
            items = _countries_named(glue, bool(out))
            if items is None:
                break
            out.extend(items)
        formal = _FORMAL_BEFORE.search(ctx.text, max(0, place.start - 60), place.start)
        if not place.demonym and (formal or not ctx.inside_longer_name(place)):  # ("the Union of Myanmar")
            out.append(place.place.country)
        start = place.end
    return out


_UNKNOWN_ITEMS = 2  # list items between countries that may be spellings no gazetteer knows
_SPELLING = re.compile(r"[A-Z][a-z]{2,}(?:\s[A-Z][a-z]{2,})?")  # "Chili", "Argentine", "Saudia Arabia"


def _countries_named(glue: str, inside: bool) -> list[str] | None:
    """The countries a run of list items names (", Chad, Cameroon, "); inside a list, a few
    items may be spellings no gazetteer knows ("Russia, Chili, India"), which name none; None
    when the run is no list of countries."""
    items = [re.sub(r"^the\s+", "", i) for i in _LIST_SPLIT.split(re.sub(r"(?:,|\band)\s*(?:the)?\s*$", "", glue.strip(" ,")).strip())
             if i]  # ("…, Jordan, the UK": the article goes with the next item)
    codes = [get_gazetteer().country(i) for i in items]
    if items and all(codes):
        return codes
    unknown = [i for i, c in zip(items, codes) if not c]
    if inside and items and len(unknown) <= _UNKNOWN_ITEMS and all(_SPELLING.fullmatch(i) for i in unknown):
        return [c for c in codes if c]
    return None


def _guests(ctx: Context, sent: Sentence) -> list[tuple[int, list[str]]]:
    """"with China as the guest of honour", "Italy is the partner country", "the guest country,
    Japan": the country an event invites as its guest or partner."""
    out = []
    text = ctx.sentence_text(sent)
    countries = [p for p in ctx.places_in(sent.start_char, sent.end_char)
                 if p.place.kind == "country" and not p.demonym and not ctx.text.startswith("'s", p.end)]
    for m in _GUEST.finditer(text):
        at = sent.start_char + m.start()
        if m["role"]:
            after = [p for p in countries if at + len(m[0]) <= p.start <= at + len(m[0]) + 3]
            chosen = after[0] if after else None
        else:
            before = [p for p in countries if p.end <= at and at - p.end <= 80]
            chosen = before[-1] if before else None
        if chosen is not None:
            token = ctx.doc.char_span(chosen.start, chosen.end, alignment_mode="expand").start
            out.append((token, [chosen.place.country]))
    return out


def _listed_as_subject(ctx: Context, sent: Sentence) -> list[tuple[int, list[str]]]:
    """"A, B and C are among the 17 participating countries", "A, B and C, which are the three
    foreign partners of the festival", "A, B and C set up their exhibition pavilions": a list of
    countries said to be participants or partners."""
    out: list[tuple[int, list[str]]] = []
    run: list[PlaceMention] = []
    for place in ctx.places_in(sent.start_char, sent.end_char) + [None]:
        if place is not None and place.place.kind == "country" and not place.demonym \
                and (not run or _LIST_GLUE.match(ctx.text[run[-1].end:place.start].strip())):
            run.append(place)
            continue
        if len(run) >= 2 and _PARTICIPANT_PREDICATE.match(ctx.text, run[-1].end, sent.end_char):
            token = ctx.doc.char_span(run[0].start, run[0].end, alignment_mode="expand").start
            out.append((token, [p.place.country for p in run]))
        run = [place] if place is not None and place.place.kind == "country" and not place.demonym else []
    return out


def _represented(ctx: Context, sent: Sentence) -> list[tuple[int, list[str]]]:
    """"Rwanda will be represented by a delegation of 250": a country said to be represented."""
    out = []
    for place in ctx.places_in(sent.start_char, sent.end_char):
        if place.place.kind == "country" and not place.demonym and _REPRESENTED.match(ctx.text, place.end, sent.end_char):
            out.append((ctx.doc.char_span(place.start, place.end, alignment_mode="expand").start, [place.place.country]))
    return out


def _pavilions(ctx: Context, sent: Sentence) -> list[tuple[int, list[str]]]:
    """"Pakistan’s national pavilion", "the Kenya Pavilion": a country's pavilion takes part for it
    (not the host country's own, "the Make in India pavilion" at an expo in India)."""
    out = []
    countries = {e.country for e in ctx.builder.events}
    for place in ctx.places_in(sent.start_char, sent.end_char):
        if (place.place.kind == "country" or get_gazetteer().country(place.surface)) \
                and _PAVILION.match(ctx.text, place.end, sent.end_char):
            if place.place.country not in countries:
                out.append((ctx.doc.char_span(place.start, place.end, alignment_mode="expand").start, [place.place.country]))
    return out


def _officials(ctx: Context, sent: Sentence) -> list[tuple[int, list[str]]]:
    """"attended by ... Minister of Health of Russia X", "Counsellor, High Commission of Lesotho",
    "the Nepalese Embassy", "including Comoros President X", "participating artists … including
    Ambassador of Malta": a country's leader, government, ministers, envoys or mission at the
    event bring the country (in a sentence saying who attends)."""
    if not _ATTENDING.search(ctx.sentence_text(sent)):
        return []
    out = []
    for place in ctx.places_in(sent.start_char, sent.end_char):
        if place.place.kind != "country" and not get_gazetteer().country(place.surface):
            continue  # (a city-state's name is its country's)
        before = None if place.demonym else _BODY_OF.search(ctx.text, max(sent.start_char, place.start - 80), place.start)
        if before or _BODY_AFTER.match(ctx.text, place.end, sent.end_char):
            out.append((ctx.doc.char_span(place.start, place.end, alignment_mode="expand").start, [place.place.country]))
    return out


def _listed(ctx: Context, sent: Sentence) -> list[tuple[int, list[str]]]:
    out = []
    for cue in ctx.cues_in("participant", sent):
        if cue.label == "list":
            codes = _place_list(ctx, ctx.doc[cue.end - 1].idx + len(ctx.doc[cue.end - 1].text), sent.end_char)
            if codes:
                out.append((cue.start, codes))
    return out


def _both(ctx: Context, sent: Sentence) -> list[tuple[int, list[str]]]:
    """"from both countries", "experts on both sides": the pair the article named last."""
    out = []
    for cue in ctx.cues_in("participant", sent):
        if cue.label != "both" or not _noun_before(ctx, sent, cue.start):
            continue
        pair = _last_pair(ctx, ctx.doc[cue.start].idx)
        if pair:
            out.append((cue.start, pair))
    return out


def _last_pair(ctx: Context, before: int) -> list[str] | None:
    """The two countries last named together ("China and the United States", "Peru-Chile",
    and with a hyphen their adjectives: "Sino-Japanese", "Chinese-Kazakh")."""
    countries = [(p.start, p.end, p.place.country, p.demonym) for p in ctx.places
                 if p.end <= before and p.place.kind == "country"]
    countries += [(m.start(), m.end() - 1, COMBINING_FORMS[m.group(1).lower()], True)
                  for m in _COMBINING.finditer(ctx.text, 0, before)]
    countries.sort()
    for a, b in reversed(list(zip(countries, countries[1:]))):
        glue = ctx.text[a[1]:b[0]]
        if a[2] != b[2] and _PAIR_GLUE.match(glue) and (not (a[3] or b[3]) or glue.strip() in HYPHENS):
            return [a[2], b[2]]
    return None
