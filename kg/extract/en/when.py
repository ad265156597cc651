"""Event dates: date mentions (kg.extract.dates) in the sentences that name or refer to an event.

A date belongs to the event mention nearest before it in its sentence, or to the one
right after it ("On March 26-28, the 5th Roundtable ..."). Relative dates resolve
against the publication date (the article's, else its dateline's when that has a
year); dates without a year take the year in the event's name (a sub-event's, its
parent's year), else the publication year, else stay null. The most precise date wins; a duration ("the three-day event",
"will last three days") gives the end of a one-day start, and a one-day event ends
on its start day. A date after "closed" or "concluded" is the end.
"""

from __future__ import annotations

import datetime
import re

from kg.extract.dates import DateMention, dateline_date, find_dates
from kg.extract.en.context import Context, Sentence
from kg.extract.en.names import is_year
from kg.load.header import labelled_date_spans

_NUMBERS = {"one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9, "ten": 10}
_DURATION = re.compile(r"\b(one|two|three|four|five|six|seven|eight|nine|ten|[1-9]|10)[- ]days?\b"
                       r"|\blasts?(?:ed)?\s+(?:for\s+)?(two|three|four|five|six|seven|[2-7])\s+days\b", re.IGNORECASE)
_UNTIL = re.compile(r"\b(?:until|till|through|runs? to|last(?:s|ed)? to)\s+$", re.IGNORECASE)
_CLOSING = re.compile(r"\b(?:closed|closes|will close|concluded|concludes|will conclude|ended|ends|will end|"
                      r"culminated|culminates|will culminate|"
                      r"wrapped up|came to a close|"
                      r"drew to a close|comes to a close|was closed)\s+"
                      r"(?:here\s+|(?:at|in)\s+[^,;:.!?]{0,100}?\s+)?(?:on\s+)?$", re.IGNORECASE)  # ("… at the X Hall on")
#: a closing phrase before the event it closes: "Curtains came down on the X on Thursday"
_CLOSING_LEAD = re.compile(r"\b(?:(?:curtains?\s+(?:came|come|comes|will\s+come)\s+down|(?:drew|draws|brought|brings)\s+"
                           r"(?:down\s+)?the\s+curtains?(?:\s+down)?)\s+on"
                           r"|(?:wrapped|wraps|wound|winds)\s+up\s+(?:an?|the|its|their))\b", re.IGNORECASE)
#: ("X wrapped up its annual conference in Denver on Wednesday, March 1")
#: a holding verb earlier in the sentence: a date after it is the event's (not a fronted report date)
_HELD_BEFORE = re.compile(r"\b(?:will be|is to be|to be|was|were|is|are)\s+(?:held|opened|staged|hosted|convened|"
                          r"organi[sz]ed|arranged|conducted)\b",
                          re.IGNORECASE)
#: an event's own start right before its date ("The Expo started on October 1")
_STARTED = re.compile(r"\b(?:started|starts|began|begins|commenced|commences|kicked\s+off|kicks\s+off)\s+(?:on\s+)?$",
                      re.IGNORECASE)
#: a sentence that reports an opening or a start: its day begins a show, conference or summit
#: of unknown length ("the exhibition opened on the 22nd", "inaugurated the fair on Monday"),
#: which such kinds of gathering seldom hold in one day
_OPENS = re.compile(r"\b(?:open(?:s|ed|ing)?|inaugurat\w*|kick(?:s|ed)?\s+off|launch(?:es|ed|ing)?|"
                    r"beg(?:an|ins|un)|start(?:s|ed)|commenc(?:es|ed)|unveil(?:s|ed))\b", re.IGNORECASE)
_RUNNING_KINDS = frozenset({"Exhibition", "Conference", "Summit"})
#: words before a date that place it in the event's history, not this edition ("since its inception in 1964")
_HISTORY = re.compile(r"\b(?:since|inception|founded|founding|established|establishment|first\s+held|dates\s+back)\b"
                      r"[^,.;]{0,25}$", re.IGNORECASE)
#: activities that are no gathering and have dates of their own
#: words before a bare year that give the year a series began ("Begun in 1981, the annual fair …")
_BEGUN = re.compile(r"\b(?:begun|began|started|launched|initiated|instituted|conceived)\s+in\s+$", re.IGNORECASE)
_ACTIVITY = re.compile(r"\b(?:trade\s+)?(?:delegation|trip|tour|visit|mission|roadshow|campaign|course|training)s?\b")
_WEEKDAY = re.compile(r"(?:on\s+|this\s+)?(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day", re.IGNORECASE)
_DATELINE_SENTENCES = 8  # a dateline opens the body, within the first sentences
_HEADER_LINE = 100  # characters of a line giving an event's days and place under a headline
#: a venue opening such a line: capitalised words (and small ones) up to a comma ("Safari Hotel and Conference Centre, ")
_VENUE = re.compile(r"(?:[A-Z][\w'’.&-]*|and|of|the|de|at)(?:\s+(?:[A-Z][\w'’.&-]*|and|of|the|de|at))*,\s*")


def datelines(ctx: Context) -> list[tuple[Sentence, DateMention]]:
    """Sentences that open with a news dateline ("LIMA, Sept. 25 (Reuters) --"), with its date;
    a dateline without its year takes the one year the article's event names give, when the
    article has no publication date ("August 17 (ANI): ... India MedTech Expo 2023")."""
    out = []
    years = {info.year for info in ctx.events.values() if info.year}
    hint = next(iter(years)) if len(years) == 1 and not ctx.article.published else None
    for sent in ctx.sentences[:_DATELINE_SENTENCES]:
        found = dateline_date(ctx.sentence_text(sent), "en", ctx.article.published, hint)
        if found:
            shifted = DateMention(found.start + sent.start_char, found.end + sent.start_char, found.surface,
                                  found.start_date, found.end_date, found.relative)
            out.append((sent, shifted))
    return out


def publication_date(ctx: Context, lines: list[tuple[Sentence, DateMention]]) -> str | None:
    """The article's publication date, else the full date of its dateline."""
    if ctx.article.published:
        return ctx.article.published
    return next((d.start_date for _, d in lines if d.start_date and len(d.start_date) == 10), None)


def find_dates_of_events(ctx: Context, lines: list[tuple[Sentence, DateMention]]) -> None:
    published = publication_date(ctx, lines)
    skip = [(d.start, d.end) for _, d in lines] + labelled_date_spans(ctx.text)
    until: dict[str, DateMention] = {}
    closing: dict[str, tuple[DateMention, Sentence]] = {}
    found: dict[tuple[int, int | None], list[DateMention]] = {}  # date mentions per sentence and year hint
    parents = {e.id: e.part_of for e in ctx.builder.events}
    for event_id, info in sorted(ctx.events.items(), key=lambda kv: parents.get(kv[0]) is not None):
        parent = parents.get(event_id)
        year = info.year or _year_of(ctx, parent) or (ctx.events[parent].year if parent in ctx.events else None)
        best: tuple[tuple, DateMention, Sentence] | None = None
        duration = None
        for sent in sorted({m.sentence for m in info.mentions}):
            sentence = ctx.sentences[sent]
            text = ctx.sentence_text(sentence)
            duration = duration or _duration(text)
            hint = year or (_sentence_year(text) if published is None else None)
            key = (sent, hint)
            if key not in found:
                found[key] = find_dates(text, "en", published, hint)
            for date in found[key]:
                start, end = date.start + sentence.start_char, date.end + sentence.start_char
                if not date.start_date or any(a <= start < b for a, b in skip) or _inside_name(ctx, start, end) \
                        or _HISTORY.search(text[:date.start]) \
                        or (len(date.start_date) == 4 and _BEGUN.search(text[:date.start])):
                    continue
                if event_id not in ctx.owners(sentence, start, end) or _other_activity(ctx, sentence, event_id, start):
                    continue
                if info.year and int(date.start_date[:4]) < info.year:
                    continue  # "Expo 2017 ... was launched last year": no edition takes place before its year
                if _UNTIL.search(text[:date.start]):
                    until.setdefault(event_id, date)
                    continue
                if _CLOSING.search(text[:date.start]) or _CLOSING_LEAD.search(text[:date.start]):
                    closing.setdefault(event_id, (date, sentence))
                    continue
                after_verb = bool(_HELD_BEFORE.search(text[:date.start]) or _STARTED.search(text[:date.start]))
                # ("will be held ... on June 1", "The Expo started on October 1")
                rank = (sentence.body and not _title(ctx, sentence), len(date.start_date), date.end_date is not None,
                        after_verb, -start)
                if best is None or rank > best[0]:
                    best = (rank, date, sentence)
        closed = closing.get(event_id)
        if best:
            _, date, sentence = best
            start_date = _not_before(date, _year_of(ctx, parents.get(event_id), full=True))
            end_date = date.end_date or _not_before(until.get(event_id), start_date) \
                or (closed and closed[0].start_date) \
                or (None if not duration and _opened(ctx, event_id, sentence) else _end_of(start_date, duration))
            ctx.builder.set_event(event_id, "start_date", start_date, sentence.span, 0.8)
            if end_date:
                ctx.builder.set_event(event_id, "end_date", end_date, sentence.span, 0.75)
        elif closed:  # "the six-day expo closed on Sunday": the end, and the start when the length is given
            date, sentence = closed
            start_date = _start_of(date.start_date, duration)
            if start_date:
                ctx.builder.set_event(event_id, "start_date", start_date, sentence.span, 0.7)
            ctx.builder.set_event(event_id, "end_date", date.start_date, sentence.span, 0.75)
    _header_range(ctx)


def _header_range(ctx: Context) -> None:
    """A line near the top that gives only a span of days and places, maybe after a venue ("Warsaw
    23-24th June 2010", "Safari Hotel and Conference Centre, Windhoek, Namibia | 28 & 29 August 2017"
    under the headline of an event's page) dates the article's main event, when no sentence about
    it does or a sentence gives one of those days only ("drew to a close yesterday, November 29"):
    a single day there is the page's date, a span is the event's."""
    main = ctx.main_event()
    event = next((e for e in ctx.builder.events if e.id == main), None)
    if event is None:
        return
    for sent in ctx.sentences[:_DATELINE_SENTENCES]:
        text = ctx.sentence_text(sent).rstrip()
        dates = find_dates(text, "en", ctx.article.published) if len(text) <= _HEADER_LINE else []
        if len(dates) != 1 or not dates[0].start_date or not dates[0].end_date:
            continue
        places = [(p.start - sent.start_char, p.end - sent.start_char) for p in ctx.places_in(sent.start_char, sent.end_char)]
        named = [(dates[0].start, dates[0].end)] + places
        venue = places[0][0] if places and _VENUE.fullmatch(text[:places[0][0]]) else 0
        rest = "".join(ch for i, ch in enumerate(text) if i >= venue and not any(a <= i < b for a, b in named))
        if re.search(r"[^\W\d_]", rest):
            continue  # more than (a venue,) the days, places and punctuation
        if event.start_date and not dates[0].start_date <= event.start_date <= dates[0].end_date:
            return  # the body dates the event otherwise
        for fact, value in (("start_date", dates[0].start_date), ("end_date", dates[0].end_date)):
            ctx.builder.unset_event(main, fact)
            ctx.builder.set_event(main, fact, value, sent.span, 0.7)
        return


def _title(ctx: Context, sentence: Sentence) -> bool:
    """The article's first line, a headline of its own: its date ("… (Aug 12, 2015)") is the page's,
    and a date the body gives the event wins over it."""
    return sentence.index == 0 and ctx.text[sentence.start_char:sentence.end_char].rstrip(" ").endswith("\n")


def _other_activity(ctx: Context, sent: Sentence, event_id: str, at: int) -> bool:
    """True when an activity that is no gathering stands between the event's last mention before
    a date and the date ("organized the forum to promote the trade delegation to X from May 26
    to 31": the delegation's dates), unless a holding verb dates the event itself."""
    before = [m for m in ctx.mentions_in(sent) if m.event == event_id and ctx.doc[m.end - 1].idx < at]
    if not before:
        return False
    start = ctx.doc[before[-1].end - 1].idx
    between = ctx.text[start:at]
    return bool(_ACTIVITY.search(between)) and not _HELD_BEFORE.search(between)


_BARE_YEAR = re.compile(r"(?<![\d/.-])(?:19|20)\d{2}(?![\d/.-])")


def _sentence_year(text: str) -> int | None:
    """The one year a sentence names ("As part of Indonesia's 2023 chairmanship, the 7th AMF convened
    on October 31"): the year of its dates that state none, in a text with no publication date."""
    years = {int(y) for y in _BARE_YEAR.findall(text)}
    return years.pop() if len(years) == 1 else None


def _year_of(ctx: Context, event_id: str | None, full: bool = False):
    """The year an event starts in, when known: a sub-event's dates take its parent's year
    (with ``full``, the start day itself, when known to the day)."""
    event = next((e for e in ctx.builder.events if e.id == event_id), None)
    if not (event and event.start_date):
        return None
    if full:
        return event.start_date if len(event.start_date) == 10 else None
    return int(event.start_date[:4])


def _not_before(date: DateMention | None, floor: str | None) -> str | None:
    """A date's start, a bare weekday moved on by weeks so that it falls on or after ``floor``
    (a day): "until Friday" after a Monday start, "on Thursday" during an event that has begun.
    The engine reads a bare weekday as the one on or before the publication date."""
    if date is None or not date.start_date:
        return None
    day = date.start_date
    if floor is None or len(day) != 10 or not _WEEKDAY.fullmatch(date.surface) or day >= floor:
        return day
    gap = (datetime.date.fromisoformat(floor) - datetime.date.fromisoformat(day)).days
    return (datetime.date.fromisoformat(day) + datetime.timedelta(days=7 * -(-gap // 7))).isoformat()


def _duration(text: str) -> int | None:
    m = _DURATION.search(text)
    if not m:
        return None
    word = (m.group(1) or m.group(2)).lower()
    return _NUMBERS.get(word) or int(word)


def _start_of(end: str, days: int | None) -> str | None:
    """The first day of an event that ends on ``end`` (a day) and lasts ``days`` (when known)."""
    if len(end) != 10 or not days:
        return None
    return (datetime.date.fromisoformat(end) - datetime.timedelta(days=days - 1)).isoformat()


def _opened(ctx: Context, event_id: str, sentence: Sentence) -> bool:
    """Whether the sentence that dates a show, conference or summit says it opened (its end unknown)."""
    kind = next(e.type for e in ctx.builder.events if e.id == event_id)
    return kind in _RUNNING_KINDS and bool(_OPENS.search(ctx.sentence_text(sentence)))


def _end_of(start: str, days: int | None) -> str | None:
    """The last day of an event that starts on ``start`` (a day) and lasts ``days``."""
    if len(start) != 10:
        return None
    return (datetime.date.fromisoformat(start) + datetime.timedelta(days=(days or 1) - 1)).isoformat()


def _inside_name(ctx: Context, start: int, end: int) -> bool:
    """True for a year that is part of an event name ("Forum 2023"), or follows one ("RMX 2023"
    where RMX names the event)."""
    doc = ctx.doc
    for info in ctx.events.values():
        for m in info.mentions:
            if not m.named:
                continue
            last = doc[m.end - 1]
            if doc[m.start].idx <= start and end <= last.idx + len(last):
                return True
            if m.end < len(doc) and doc[m.end].idx == start and is_year(doc[m.end].text) and last.whitespace_:
                return True
    return False
