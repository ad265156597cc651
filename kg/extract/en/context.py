"""What the English rules share while reading one article: sentences, names, event mentions.

The engine modules (events, roles, people, ...) read a :class:`Context` and
report facts to its :class:`~kg.extract.builder.RecordBuilder`.
"""

from __future__ import annotations

import bisect
import re
from dataclasses import dataclass, field

from spacy.tokens import Doc, Token

from kg.extract.builder import RecordBuilder
from kg.extract.en.cues import Cue
from kg.extract.en.names import Name, Tokens, is_edition_word, names_in
from kg.extract.en.patterns import (ACTIVE_ROLE_CUES, EVALUATIVE_WORDS, NAMING_WORDS, OPENING_WORDS,
                                    PARTICIPANT_NOUNS, PLACE_WORDS, RECURRING_WORDS, REPORTING_VERBS, TITLED_HEADS)
from kg.extract.places import PlaceMention, get_gazetteer
from kg.load.header import labelled_date_spans
from kg.model import Article
from kg.load.header import labelled_date_spans

_TERMINAL = frozenset('.!?"”’)')
_PREPOSITIONS = frozenset({"on", "in", "at", "for", "with", "from", "during", "to", "since", "by"})
#: words of a day told relative to another before a date ("The following day, on 11 March, …")
_RELATIVE_DAY = frozenset({"the", "following", "next", "same", "that", "later", "earlier", "day", "morning",
                           "afternoon", "evening", "night"})
_LIST_GLUE = frozenset({"and", "as", "well", "the", "both", "&"})
#: lower-case items of a list that name no event, each closed by a comma ("the opening ceremony, the A Forum")
UNNAMED_ITEMS = re.compile(r"(?:\s*(?:and\s+)?(?:(?:the|an?)\s+)?[a-z][\w'’ -]{2,80}?\s*,)+\s*(?:and\s+)?(?:the\b)?\s*")
_FRONTED_PARTICIPLES = frozenset({"held", "running", "taking", "staged", "hosted", "organised", "organized",
                                  "convened", "scheduled", "set"})
_REPORT_REACH = 3  # tokens before a date or place in which a reporting verb makes it the report's
_LEAD_REACH = 8  # tokens between a date or place and the event mention after it
_JOINING = frozenset({"joined", "attended", "join", "attend", "participate", "participated", "chaired", "chair",
                      "addressed", "address", "spoke", "speak", "presided", "graced", "took"})
#: a place line opening the body: "Indore (Madhya Pradesh): ", "NAIROBI - ", "Jorhat, Jan 5: ",
#: "DHAKA, Sept 26, 2019 (BSS) – ", "ISLAMABAD, March 28 (APP): ", "KOHIMA, 2 Dec: ", "LAHORE-The ",
#: "LAHORE, (UrduPoint / Pakistan Point News - 21st Dec, 2023) ", "BAKU, Azerbaijan, May 18. "
PLACE_LINE = re.compile(
    r"^\s*(?:date \S+\s+)?([A-Z][\w'’.-]+(?:[ ,]+[A-Z][\w'’.-]+){0,3}?(?:\s*[(\[][^()\[\]]{2,30}[)\]])?)\s*"
    r"(?::|[-–—]{1,2}(?:\s|(?=[A-Z][a-z]|(?<=[A-Z]{3}-)A\s))"
    r"|,\s*(?:(?:[A-Z][a-z]{2,8}\.?\s+\d{1,2}(?:st|nd|rd|th)?|\d{1,2}\s+[A-Z][a-z]{2,8}\.?)(?:,?\s+\d{4})?\s*"
    r"(?:\([^()]{2,40}\)\s*)?(?::|[-–—]{1,2}\s|\.(?:\s|$))|\([^()]{2,80}\)\s))")
#: a subject's verb holding the gathering a fronted date dates ("From May 6 to 8, the X will be hosting a Y"):
#: the verbs of the active role cues
_HOSTING = frozenset(cue.split()[-1] for cues in ACTIVE_ROLE_CUES.values() for cue in cues)
#: words saying that a date or place is a later edition's: "will return", "next edition"
_NEXT_EDITION = re.compile(r"\b(?:will\s+return|returns\s+(?:on|in)|next\s+(?:edition|year's\s+(?:edition|event|show))|"
                           r"will\s+be\s+back)\b", re.IGNORECASE)
#: what stands between a gathering named in a frame ("as part of Y") and a date or place its own
#: participle gives it: "Y celebrations taking place between", "Y, held in"
_TAKING_PLACE = re.compile(r"\s*(?:celebrations?|festivities|events?)?\s*,?\s*(?:which\s+(?:is|are|was|were|will\s+be)\s+)?"
                           r"(?:taking\s+place|held|running|scheduled)\s+(?:on|in|at|from|between|during)?\s*(?:the\s+)?",
                           re.IGNORECASE)
#: a holding verb right before a place or date: "kicked off Monday in", "was held on"
_HELD_THERE = re.compile(r"\b(?:kicked\s+off|kicks\s+off|opened|opens|began|begins|got\s+underway|took\s+place|takes\s+place|"
                         r"was\s+held|were\s+held|is\s+held|will\s+be\s+held|convened|wrapped\s+up|concluded)"
                         r"(?:\s+[\w,]+){0,2}?\s+(?:(?:in|at|on)\s+(?:the\s+)?)?$", re.IGNORECASE)
#: verbs that hold an event, between a date and the event ("on Monday inaugurated the X")
_HOLDING_PAST = frozenset({"organised", "organized", "held", "hosted", "inaugurated", "opened", "launched", "convened",
                           "staged", "conducted", "arranged"})


@dataclass
class Sentence:
    """A sentence (or a line of page text) at ``doc[start:end]``."""

    index: int
    start: int
    end: int
    start_char: int
    end_char: int
    body: bool  # prose of the article, not a headline, caption stub or page furniture
    names: list[Name]

    @property
    def span(self) -> tuple[int, int]:
        return self.start_char, self.end_char


@dataclass
class EventMention:
    """Where an event is named ("named") or referred to ("the forum") in the text."""

    event: str  # builder event id
    sentence: int
    start: int  # token
    end: int
    named: bool
    adjunct: bool = False  # the container in "<A> was held during <B>": not what dates there describe


@dataclass
class EventInfo:
    """What the rules know of an event beyond its record: head noun, year and mentions."""

    id: str
    heads: set[str]  # event head nouns of its names ("summit", "conference")
    year: int | None  # a year its name gives
    mentions: list[EventMention] = field(default_factory=list)
    edition: int | None = None  # the ordinal its name gives ("the 5th ...": 5)


#: words that may stand between a verb and the event it holds: "held its annual X", "hosted their final X"
_CLOSE_WORDS = frozenset({"the", "a", "an", "its", "their", "his", "her", "our", "final", "latest", "virtual", "online",
                          "hybrid", "upcoming", "maiden", "grand", "flagship", "ever", "prestigious", "historic",
                          "awaited", "much", "long"}) | RECURRING_WORDS | EVALUATIVE_WORDS  # ("the first-ever X")
_KIND_WORDS = 3  # words of a kind before its head and naming word ("Art/Photo Exhibition titled")
_APPOSITIVE_WORDS = 5  # lower-case words of a description a name stands in apposition to
_DURATION_WORDS = frozenset({"one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "day",
                             "days", "week", "weeks", "month", "long"})


def is_duration_word(tok: Token) -> bool:
    """A word of a duration before a name ("the three-day X", "the 10-day fair")."""
    return tok.like_num or tok.lower_ in _DURATION_WORDS


@dataclass
class Context:
    """One article being read: its spaCy doc, sentences, places and found events."""

    article: Article
    doc: Doc
    builder: RecordBuilder
    sentences: list[Sentence] = field(default_factory=list)
    places: list[PlaceMention] = field(default_factory=list)
    cues: dict[str, list[Cue]] = field(default_factory=dict)
    events: dict[str, EventInfo] = field(default_factory=dict)
    #: event mentions of each sentence, ordered by position
    by_sentence: dict[int, list[EventMention]] = field(default_factory=dict)
    #: the sub-event a sentence introduces ("the fair will also host <X>"), by sentence index
    sub_events: dict[int, str] = field(default_factory=dict)
    #: events named in a counted list of parts ("three sessions, including “A”, “B”"), by the
    #: sentence that lists them
    listed_parts: dict[str, int] = field(default_factory=dict)
    _starts: list[int] = field(default_factory=list)

    @classmethod
    def read(cls, article: Article, doc: Doc, extractor: str, cues: dict[str, list[Cue]]) -> Context:
        ctx = cls(article, doc, RecordBuilder(article, extractor), cues=cues)
        tokens = Tokens.of(doc)
        labels = labelled_date_spans(article.text)  # "date 2022-09-13 Seminar held …": the page's date opens no name
        for i, sent in enumerate(doc.sents):
            end_char = sent.end_char
            text = article.text[sent.start_char:end_char].rstrip()
            alpha = [w for w in tokens.text[sent.start:sent.end] if w.isalpha()]
            words = len(alpha)
            body = (words >= 6 and text[-1:] in _TERMINAL) or words >= 14 and not _title_cased(alpha, text)
            first = max([sent.start] + [_token_after(doc, b) for a, b in labels if sent.start_char <= a < end_char])
            ctx.sentences.append(Sentence(i, sent.start, sent.end, sent.start_char, end_char, body,
                                          names_in(doc, min(first, sent.end), sent.end)))
        ctx._starts = [s.start for s in ctx.sentences]
        ctx.places = get_gazetteer().find(article.text, "en")
        return ctx

    @property
    def text(self) -> str:
        return self.article.text

    def sentence_of(self, token: int) -> Sentence:
        return self.sentences[bisect.bisect_right(self._starts, token) - 1]

    def sentence_text(self, sent: Sentence) -> str:
        return self.text[sent.start_char:sent.end_char]

    def inside_longer_name(self, place: PlaceMention) -> bool:
        """True for a place inside a longer name ("Peru Ministry of Energy", "Silicon Valley of
        India"); a run of places ("Ontario and Quebec", "Mexico City of Mexico") is no such name."""
        sent = self.sentence_of(self.doc.char_span(place.start, place.end, alignment_mode="expand").start)
        for name in sent.names:
            if name.start_char <= place.start and place.end <= name.end_char:
                places = self.places_in(name.start_char, name.end_char)
                rest = [t for t in name.span if t.is_alpha and t.lower_ not in ("and", "the", "of")
                        and t.lower_ not in PLACE_WORDS and t.lower_ not in PARTICIPANT_NOUNS  # "Ambassadors of A"
                        and not any(p.start <= t.idx < p.end for p in places)
                        and not get_gazetteer().country(t.text)]  # "Niger and Benin" is a run of places
                return bool(rest)
        return False

    def cues_in(self, family: str, sent: Sentence) -> list[Cue]:
        return [c for c in self.cues.get(family, []) if sent.start <= c.start and c.end <= sent.end]

    def places_in(self, start_char: int, end_char: int) -> list[PlaceMention]:
        return [p for p in self.places if start_char <= p.start and p.end <= end_char]

    def in_place(self, char: int) -> bool:
        """Whether the character at ``char`` lies inside a place name."""
        return any(p.start <= char < p.end for p in self.places)

    def add_mention(self, mention: EventMention) -> None:
        self.events[mention.event].mentions.append(mention)
        row = self.by_sentence.setdefault(mention.sentence, [])
        row.append(mention)
        row.sort(key=lambda m: m.start)

    def mentions_in(self, sent: Sentence) -> list[EventMention]:
        return self.by_sentence.get(sent.index, [])

    def event_near(self, sent: Sentence, token: int) -> EventMention | None:
        """The event mention of a sentence nearest before token, else the first after it."""
        row = self.mentions_in(sent)
        before = [m for m in row if m.end <= token]
        if before:
            return before[-1]
        return next((m for m in row if m.start >= token), None)

    def owner(self, sent: Sentence, start_char: int, end_char: int) -> str | None:
        """The first of :meth:`owners`, or None."""
        found = self.owners(sent, start_char, end_char)
        return found[0] if found else None

    def owners(self, sent: Sentence, start_char: int, end_char: int) -> list[str]:
        """The events a date or place at ``start_char..end_char`` belongs to:

        - the event mention nearest before it in its sentence (and clause: not across a semicolon),
          with the events coordinated with it ("the A and the B opened on May 18");
        - else, when it opens a sentence that introduces a sub-event ("On Wednesday the fair
          will host <X>"), that sub-event;
        - else the mention right after it, with only articles, editions, prepositions, dates
          and places between ("On May 5, the 3rd Expo", "gathered in Rome on Monday for the
          X"), and the events listed with it ("in Oslo: the A and the B");
        - else, for a phrase that opens the sentence before a comma, the first event the
          sentence names when the words between say it opened or was held ("On 12 May, the
          minister attended the opening of the X"), and no reporting verb makes the date the
          report's; a visit ("On 12 May, a delegation visited the X") is not the event's date.
        """
        span = self.doc.char_span(start_char, end_char, alignment_mode="expand")
        clause = self.clause_start(sent, span.start)
        row = [m for m in self.mentions_in(sent) if not m.adjunct]
        before = [m for m in row if clause <= m.start and m.end <= span.start]
        if self._reported(sent, span.start):
            return []
        if _NEXT_EDITION.search(self.text, sent.start_char, start_char):
            return []  # "The trade show will return March 3-7, 2026": the next edition's date, not this one's
        framed = [m for m in self.mentions_in(sent) if m.adjunct and clause <= m.start and m.end <= span.start]
        if framed and (not before or framed[-1].start > before[-1].end):
            last = self.doc[framed[-1].end - 1]
            if _TAKING_PLACE.fullmatch(self.text, last.idx + len(last.text), start_char):
                return [framed[-1].event]  # "X as part of Y celebrations taking place between 9th and 13th March": Y's
        if before:
            return self.coordinated(before)
        after = [m for m in row if m.start >= span.end]
        if not after:
            return []
        fronted = self._opens(sent, span.start)
        if fronted and sent.index in self.sub_events:
            return [self.sub_events[sent.index]]
        if self._leads_to(span.end, after[0].start) or self._opening_of(span.end, after[0].start):
            return self.listed_from(after)
        if self._participle_opens(sent, span.end, after[0].start):
            return [after[0].event]
        gap = {t.lower_ for t in self.doc[span.end:after[0].end]}
        if fronted and span.end < sent.end and (self.doc[span.end].text == "," or self.doc[span.start - 1].lower_ == "on"
                                                or span.start == sent.start or self.doc[span.start].lower_ == "on") \
                and (gap & (OPENING_WORDS | _JOINING) or _HOSTING & {t.text for t in self.doc[span.end:after[0].end]}) \
                and not gap & REPORTING_VERBS:  # (a hosting verb in lower case: not the "Organizing Committee")
            return [after[0].event]  # (or "On October 17, 2017 the X Law School hosted the Y", "Today the X hosted
            # the Y": no comma after the day that opens the sentence;
            # "On August 20, Consul General X joined the “Y”": a day one joined it)
        if len({m.event for m in row}) == 1 and _HELD_THERE.search(self.text, sent.start_char, self.doc[span.start].idx):
            return [after[0].event]  # "conferences kicked off Monday in San Francisco, as … the X": the one event
        return []

    def listed_from(self, after: list[EventMention], over_unnamed: bool = False) -> list[str]:
        """The event of the first mention and those listed right after it ("in Oslo: the A and the B",
        "hosted the A, the 2nd B and C"); with ``over_unnamed``, also over items that name no event
        ("divided into the A Forum and the dialogue between X and Y, the B Forum")."""
        out = [after[0].event]
        for a, b in zip(after, after[1:]):
            between = self.doc[a.end:b.start]
            if not (all(t.is_punct or t.lower_ in _LIST_GLUE or is_edition_word(t.text) for t in between)
                    or over_unnamed and UNNAMED_ITEMS.fullmatch(between.text.lstrip(" ,"))):
                break
            out.append(b.event)
        return list(dict.fromkeys(out))

    def coordinated(self, before: list[EventMention]) -> list[str]:
        """The event of the last mention and those coordinated with it ("the A and the 2nd B
        opened on May 18", "A, B and C in Delhi"; not "a side-event of the X Summit, the forum ...":
        an apposition)."""
        out = [before[-1].event]
        joined = False  # "A, B and C": commas join the items before the last "and"
        for prev, cur in zip(reversed(before[:-1]), reversed(before)):
            between = [t.lower_ for t in self.doc[prev.end:cur.start] if not is_edition_word(t.text)]
            if not ("and" in between or joined and "," in between) or not set(between) <= {"and", "the", ","}:
                break
            joined = True
            out.insert(0, prev.event)
        return list(dict.fromkeys(out))

    def clause_start(self, sent: Sentence, token: int) -> int:
        """The first token of the clause holding ``token``: after the last semicolon before it."""
        return max((t.i + 1 for t in self.doc[sent.start:token] if t.text == ";"), default=sent.start)

    def _reported(self, sent: Sentence, token: int) -> bool:
        """True when a reporting verb stands just before token ("officials said on Tuesday",
        "told reporters on Monday"): the date or place is the report's, not an event's."""
        return any(t.lower_ in REPORTING_VERBS for t in self.doc[max(sent.start, token - _REPORT_REACH):token])

    def _opening_of(self, a: int, b: int) -> bool:
        """True when tokens a..b hold an opening verb and only articles or editions besides
        ("on Wednesday opened the X"): the date or place is the event's."""
        words = [t for t in self.doc[a:b] if not (t.is_punct or t.is_space)]
        return any(t.lower_ in OPENING_WORDS for t in words) and all(
            t.lower_ in OPENING_WORDS or t.lower_ in ("the", "a", "an") or is_edition_word(t.text)
            or is_duration_word(t) for t in words)

    def _participle_opens(self, sent: Sentence, a: int, b: int) -> bool:
        """True when the sentence opens with a participle phrase holding tokens a..b, closed by
        a comma with only articles or editions before the event mention at b ("Held from 11 to
        14 May in hall 8, the X ...", "Running in Lyon until Friday, the Y ...", "To be held at Z, the X")."""
        first = sent.start + 2 if self.doc[sent.start:sent.start + 2].text.lower() == "to be" else sent.start
        if first >= sent.end or self.doc[first].lower_ not in _FRONTED_PARTICIPLES:
            return False
        comma = next((t.i for t in self.doc[sent.start:b] if t.text == ","), None)
        return comma is not None and comma >= a and all(
            t.lower_ in ("the", "a", "an") or is_edition_word(t.text) for t in self.doc[comma + 1:b])

    def _opens(self, sent: Sentence, token: int) -> bool:
        """True when only a preposition, punctuation or another date stands before token in its
        sentence, after the place line (PLACE_LINE) or the place a sentence may open with ("The
        Hague, on 7 December, the ambassador hosted …")."""
        start = sent.start
        line = PLACE_LINE.match(self.sentence_text(sent))
        if line and sent.start_char + line.end() <= self.doc[token].idx:  # "GREAT BAY (X) - From May 6, …"
            start = _token_after(self.doc, sent.start_char + line.end())
        first = self.doc[start]
        place = next((p for p in self.places if p.start == first.idx), None)
        if place is not None and token > start:
            after = _token_after(self.doc, place.end)
            if after < token and self.doc[after].text == ",":
                start = after
        return all(t.is_punct or t.is_space or t.lower_ in _PREPOSITIONS or t.ent_type_ in ("DATE", "TIME")
                   or t.lower_ in _RELATIVE_DAY for t in self.doc[start:token])  # ("The following day, on 11 March, …")

    def _leads_to(self, a: int, b: int) -> bool:
        """True when tokens a..b hold only what may stand between a date or place and the
        event it is of: articles, editions, prepositions, other dates and places, a verb holding it."""
        return b - a <= _LEAD_REACH and all(
            t.is_punct or t.is_space or t.lower_ in ("the", "a", "an") or t.lower_ in _PREPOSITIONS
            or t.lower_ in _HOLDING_PAST and self.doc[a - 1].ent_type_ in ("DATE", "TIME")  # "A on Thursday organised an X"
            or is_edition_word(t.text) or t.ent_type_ in ("DATE", "TIME", "GPE", "LOC")
            or self.places_in(t.idx, t.idx + len(t.text)) for t in self.doc[a:b])

    def close(self, a: int, b: int) -> bool:
        """True when only punctuation, articles and editions stand between tokens a and b, the
        kind of a quoted title with its naming word ("hosted a seminar titled “X”"), or a
        description the name stands in apposition to ("organised a cultural extravaganza, the X")."""
        doc = self.doc
        if self._appositive(a, b):
            return True
        titled = {k for i in range(a, b - 1) if doc[i].lower_ in TITLED_HEADS and doc[i + 1].lower_ in NAMING_WORDS
                  for k in range(max(a, i - _KIND_WORDS), i + 2)
                  if k >= i or doc[k].is_alpha or doc[k].text in "/-"}  # ("an Art/Photo Exhibition titled “X”")
        return all(t.is_punct or t.is_space or t.lower_ in _CLOSE_WORDS or is_edition_word(t.text)
                   or is_duration_word(t) or t.i in titled for t in doc[a:b])

    def _appositive(self, a: int, b: int) -> bool:
        """True for "a two-day cultural extravaganza, (the)" from token a to b: an indefinite
        description of lower-case words closed by a comma, before the name it describes."""
        doc = self.doc
        end = b - (b - 1 > a and doc[b - 1].lower_ == "the")
        words = doc[a + 1:end - 1]
        return end - 1 > a + 1 and doc[a].lower_ in ("a", "an") and doc[end - 1].text == "," \
            and len(words) <= _APPOSITIVE_WORDS and all(t.is_lower and (t.is_alpha or t.text == "-") or t.like_num
                                                        for t in words)

    def main_event(self) -> str | None:
        """The event the article is about: the first one its body names."""
        named = [m for info in self.events.values() for m in info.mentions if m.named]
        body = [m for m in named if self.sentences[m.sentence].body] or named
        return min(body, key=lambda m: m.start).event if body else None


def _title_cased(words: list[str], text: str) -> bool:
    """A headline or deck in title case, however long ("A Conference for Chiefs of Mission was Held on
    Monday, Discussing the Role …"): no closing stop, and nearly every word of four letters or more
    capitalised."""
    long = [w for w in words if len(w) >= 4]
    return text[-1:] not in _TERMINAL and len(long) >= 4 and sum(w[0].isupper() for w in long) >= 0.8 * len(long)


def _token_after(doc: Doc, char: int) -> int:
    """Index of the first token starting at or after character ``char``."""
    return next((t.i for t in doc if t.idx >= char), len(doc))
