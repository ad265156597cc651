"""One Chinese article under analysis: its analysis text, Doc, sentences and record builder.

Rule modules read and write through :class:`ZhArticle`: offsets they pass around
are offsets into the analysis text (``ctx.text``); ``surface`` and ``evidence``
map them back to the original article text.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from collections.abc import Iterator
from dataclasses import dataclass, field
from functools import cached_property

from spacy.attrs import IDX, LENGTH, TAG
from spacy.tokens import Doc

from kg.extract.places import PlaceMention, get_gazetteer
from kg.extract.builder import RecordBuilder
from kg.extract.zh.lexicon import lexicon
from kg.extract.zh.sentences import clause_bounds
from kg.extract.zh.text import AnalysisText
from kg.load.header import labelled_date_spans
from kg.model import Article

Span = tuple[int, int]


@dataclass
class EventMention:
    """An event name (or a reference such as 本届大会) at ``ctx.text[start:end]``."""

    start: int
    end: int
    head: str  # the head noun (simplified)
    sent: int  # sentence index
    core_start: int  # where the name starts after a leading year/edition
    year: str | None = None
    edition: str | None = None
    ref: bool = False  # a reference to an event named elsewhere, not a name
    alias_of: EventMention | None = None  # a bracketed alias right after another name
    joint: EventMention | None = None  # the other name of "A暨B"
    opened_with: EventMention | None = None  # X of "X开幕式暨Y" (Y is held at X's opening)
    event: str | None = None  # record event id, once the mention is resolved
    listed: bool = False  # one of a counted list of quoted activities ("“A”“B”等五项活动")
    parent: EventMention | None = None  # A of "A之“主题”B": the event B's name opens with and belongs to
    about: EventMention | None = None  # A of "A推介会": the event B's name opens with and is held about
    cued: bool = False  # the clause reports the event (held, hosted, attended, dated)
    plain: bool = False  # a plain kind of gathering a verb holds right there ("举行欢迎宴会")
    core_end: int | None = None  # where the name ends before a trailing year ("…研讨大会2024")
    shared_head: str | None = None  # the head a list says once after its last item ("A、B等两个分论坛"), as written

    @property
    def core(self) -> Span:
        """The name without its leading year or edition and a trailing year."""
        return self.core_start, self.core_end or self.end


@dataclass
class ZhArticle:
    """The state of one article's extraction."""

    article: Article
    at: AnalysisText
    doc: Doc
    furniture_lines: list[Span]  # original offsets of lines that are page furniture
    builder: RecordBuilder
    published: str | None = None  # ISO date the text's relative dates resolve against
    sents: list[Span] = field(default_factory=list)
    mentions: list[EventMention] = field(default_factory=list)
    main_event: str | None = None
    org_spans: dict[str, Span] = field(default_factory=dict)  # org id -> where it was first read
    org_aliases: dict[str, Span] | None = None  # "(以下简称“联影医疗”)": short name -> full name's span
    #: a country's name standing for its mission in a list ("菲律宾、泰国驻厦总领馆": 菲律宾) -> the
    #: span of the mission's words it shares with the last item (驻厦总领馆)
    elided: dict[Span, Span] = field(default_factory=dict)
    #: a body named after a list's first without the place that one opens with ("重庆市工商联、总商会":
    #: 总商会) -> the span of that place (重庆市)
    prefixed: dict[Span, Span] = field(default_factory=dict)
    #: events whose end the text does not give: one date, so the rules take it to end that day (when.py)
    assumed_ends: set[str] = field(default_factory=set)

    def __post_init__(self) -> None:
        self.text = self.at.text
        self.sents = []
        for s in self.doc.sents:  # sentences without the line breaks that follow them
            a, b = s.start_char, s.end_char
            while b > a and self.text[b - 1].isspace():
                b -= 1
            if b > a:
                self.sents.append((a, b))
        self.furniture = [any(x <= self.at.orig[a] < y for x, y in self.furniture_lines) for a, _ in self.sents]
        strings = self.doc.vocab.strings
        rows = [(int(i), int(i + n), strings[int(t)]) for i, n, t in self.doc.to_array([IDX, LENGTH, TAG])]
        self.tok_start = [a for a, _, _ in rows]
        self.tok_end = [b for _, b, _ in rows]
        self.tok_text = [self.text[a:b] for a, b, _ in rows]
        self.tok_tag = [t for _, _, t in rows]
        self._sent_starts = [a for a, _ in self.sents]

    @cached_property
    def places(self) -> list[PlaceMention]:
        """The gazetteer's places in the analysis text, read once."""
        return get_gazetteer().find(self.text, "zh")

    @cached_property
    def page_dates(self) -> list[Span]:
        """Analysis spans of the page's labelled dates ("date 2025-12-06", "发布时间:…"): never an event's."""
        return labelled_date_spans(self.text)

    # -- positions ------------------------------------------------------------------
    def sent_of(self, pos: int) -> int:
        return max(bisect_right(self._sent_starts, pos) - 1, 0)

    def read(self, sent: int) -> bool:
        """Whether sentence ``sent`` is article text to read (not furniture)."""
        return not self.furniture[sent]

    def clause(self, pos: int) -> Span:
        a, b = self.sents[self.sent_of(pos)]
        return clause_bounds(self.text, a, b, pos)

    def token_at(self, pos: int) -> int:
        """Index of the token covering analysis offset ``pos``."""
        return max(bisect_right(self.tok_start, pos) - 1, 0)

    def entities(self, label: str, start: int, end: int) -> list[Span]:
        """Spans of entities (LAC tag ``PER``/``ORG``/``LOC``/``TIME``) inside ``[start, end)``."""
        i = self.token_at(start)
        out = []
        while i < len(self.tok_start) and self.tok_start[i] < end:
            if self.tok_tag[i] == label and self.tok_start[i] >= start and self.tok_end[i] <= end:
                out.append((self.tok_start[i], self.tok_end[i]))
            i += 1
        return out

    # -- original text ----------------------------------------------------------------
    def surface(self, start: int, end: int) -> str:
        return self.at.surface(start, end)

    def evidence(self, sent: int) -> Span:
        """Original offsets of sentence ``sent`` (what evidence records)."""
        return self.at.span(*self.sents[sent])

    def evidence_at(self, pos: int) -> Span:
        return self.evidence(self.sent_of(pos))

    # -- events ---------------------------------------------------------------------
    def labelled(self, label: str) -> Iterator[tuple[int, int]]:
        """(sentence, offset after the label) of every line an announcement opens with a label
        for the main event ("会议时间:", "举办地点:"; ``label`` is 时间|日期 or 地点)."""
        if self.main_event is None:
            return
        pattern = re.compile(f"(?:{lexicon().pattern('field')})(?:{label})[:]")
        for si, (a, b) in enumerate(self.sents):
            m = pattern.match(self.text, a, b)
            if m is not None and self.read(si):
                yield si, m.end()

    def add_names(self, event_id: str, names: list[str], sent: int) -> None:
        """More names for an existing event."""
        event = next(e for e in self.builder.events if e.id == event_id)
        self.builder.event(event.names[:1] + names, self.evidence(sent))
