"""Sub-events: "<A> during / as part of / on the sidelines of <B>" (or "On the sidelines of
<B>, <A> ...") makes A part of B; "<A>, a major event of <B>," and "<B> will include /
featured <A>" too; "at a meeting held on the sidelines of <B>" followed by a sentence that
opens on <A>, named there first; and an event named after another one ("HYDROTEC WATER
FORUM" beside HYDROTEC) is part of it."""

from __future__ import annotations

import re

from kg.extract.en.context import UNNAMED_ITEMS, Context, EventMention
from kg.extract.en.patterns import ABOUT_WORDS, NAMING_WORDS, SUBEVENT_NOUNS
from kg.model.names import normalise

_PART_NOUN = re.compile(r"\b(?:" + "|".join(re.escape(n).replace(r"\ ", r"[\s-]?") for n in SUBEVENT_NOUNS)
                       + r")s?\s*(?:,\s*(?:the\s+)?|(?:" + "|".join(NAMING_WORDS) + r")\s+)?[\"“'‘]?$", re.IGNORECASE)
_GAP = 3
_HOLDER_GAP = 4  # tokens between an event and "will include" / "hosted" that make it the holder
_INDEFINITE_EVENT = re.compile(r"\b(?:a|an)\s+(?:[a-z-]+\s+){0,2}(?:meeting|gathering|session|event|"
                               r"roundtable|forum|dialogue)\s+(?:(?:was\s+)?(?:held|convened|organi[sz]ed)\s+)?$")
_PART_PHRASE = re.compile(
    r",\s*(?:a|an|one of the)\s+(?:[a-z-]+\s+){0,2}(?:event|events|part|activity|activities|session|sessions|"
    r"component|highlight|highlights|segment|programme|program|sub-forum|sub-forums|side event)\s+of\s+(?:the\s+)?",
    re.IGNORECASE)  # tokens allowed between the cue and the event it names ("the", an edition, a quote)


def find_subevents(ctx: Context) -> None:
    unnamed: EventMention | None = None  # the parent of "a meeting held on the sidelines of B"
    for sent in ctx.sentences:
        row = ctx.mentions_in(sent)
        if unnamed is not None and sent.body:
            _named_next(ctx, row, unnamed, sent)
            unnamed = None
        if len(row) == 1:
            unnamed = _unnamed_part(ctx, sent, row[0]) or unnamed
        if len(row) < 2:
            continue
        for cue in ctx.cues_in("subevent", sent):
            before = [m for m in row if m.end <= cue.start]
            after = [m for m in row if m.start >= cue.end and (m.start - cue.end <= _GAP and ctx.close(cue.end, m.start)
                                                                or cue.label == "holder" and UNNAMED_ITEMS.fullmatch(
                                                                    ctx.doc[cue.end:m.start].text))]
            if not after:
                continue
            if not before and cue.label == "part_of":  # "On the sidelines of B, A was held"
                before = [m for m in row if m.start > after[0].end and m.event != after[0].event][:1]
                if not before or "," not in ctx.doc[after[0].end:before[0].start].text:
                    continue
            if not before or before[-1].event == after[0].event:
                continue
            if cue.label == "holder" and cue.start - before[-1].end > _HOLDER_GAP:
                continue  # "X ... in 2011, this year, Y hosted the Z": X is not what hosted Z
            child, parent = (before[-1], after[0]) if cue.label == "part_of" else (after[0], before[-1])
            parts = [child.event] if cue.label == "part_of" else \
                ctx.listed_from([m for m in row if m.start >= child.start], over_unnamed=True)
            for part in parts:
                ctx.builder.set_event(part, "part_of", parent.event, sent.span, 0.8)
            ctx.sub_events.setdefault(sent.index, child.event)
            if parent is after[0] and (cue.label == "part_of" and not _relative_after(ctx, parent)
                                       or _apposed(ctx, cue.start, parent)):
                parent.adjunct = True
        _appositive_parts(ctx, sent.index)
    _named_after(ctx)
    _introduced_as_part(ctx)
    _listed(ctx)


def _listed(ctx: Context) -> None:
    """A part in a counted list belongs to the event the listing sentence is about."""
    for child, index in ctx.listed_parts.items():
        sent = ctx.sentences[index]
        others = [m.event for m in ctx.mentions_in(sent) if m.event not in ctx.listed_parts]
        parent = others[0] if others else ctx.main_event()
        if parent and parent != child:
            ctx.builder.set_event(child, "part_of", parent, sent.span, 0.8)


def _unnamed_part(ctx: Context, sent, parent: EventMention) -> EventMention | None:
    """The B of "at a meeting held on the sidelines of B", where the sentence names no
    sub-event: a wire lede that names the meeting in the next sentence."""
    for cue in ctx.cues_in("subevent", sent):
        if cue.label == "part_of" and parent.start >= cue.end and ctx.close(cue.end, parent.start) \
                and _INDEFINITE_EVENT.search(ctx.text[sent.start_char:ctx.doc[cue.start].idx]):
            return parent
    return None


def _named_next(ctx: Context, row: list[EventMention], parent: EventMention, sent) -> None:
    """The event that opens the sentence after such a lede, named there for the first time,
    is the meeting the lede described: part of B."""
    if not row or row[0].event == parent.event or not ctx.close(sent.start, row[0].start):
        return
    first = min(m.start for m in ctx.events[row[0].event].mentions)
    if first == row[0].start:
        ctx.builder.set_event(row[0].event, "part_of", parent.event, sent.span, 0.7)


def _introduced_as_part(ctx: Context) -> None:
    """'A sub-forum titled "X"', "a side event, the X,": X is part of the article's main event."""
    main = ctx.main_event()
    for info in ctx.events.values():
        event = next(e for e in ctx.builder.events if e.id == info.id)
        named = [m for m in info.mentions if m.named]
        if event.part_of or not named or main in (None, info.id):
            continue
        first = min(named, key=lambda m: m.start)
        sent = ctx.sentences[first.sentence]
        before = ctx.text[sent.start_char:ctx.doc[first.start].idx]
        if _PART_NOUN.search(before):
            ctx.builder.set_event(info.id, "part_of", main, sent.span, 0.7)


def _relative_after(ctx: Context, parent: EventMention) -> bool:
    """True when a relative clause follows the container ("part of B, which runs ..."): what
    comes next describes B; otherwise dates and places after "A ... during / as part of B"
    are A's."""
    doc = ctx.doc
    k = parent.end + (parent.end < len(doc) and doc[parent.end].text == ",")
    return k < len(doc) and doc[k].lower_ in ("which", "that", "who", "where")


def _apposed(ctx: Context, cue_start: int, parent: EventMention) -> bool:
    """"A, part of B, was held on ...": the sentence goes on about A after the appositive."""
    doc = ctx.doc
    return (cue_start > 0 and doc[cue_start - 1].text == "," and parent.end + 1 < len(doc)
            and doc[parent.end].text == "," and doc[parent.end + 1].lower_ not in ("which", "that", "who", "where"))


def _appositive_parts(ctx: Context, index: int) -> None:
    """"A, a major event of B, ...", "A, one of the key activities of B": A is part of B."""
    row = ctx.mentions_in(ctx.sentences[index])
    for a, b in zip(row, row[1:]):
        gap = ctx.doc[a.end:b.start]
        if a.event != b.event and _PART_PHRASE.fullmatch(gap.text_with_ws if len(gap) else ""):
            span = ctx.sentences[index].span
            ctx.builder.set_event(a.event, "part_of", b.event, span, 0.75)
            if _apposed(ctx, gap.start + 1, b):
                b.adjunct = True


def _named_after(ctx: Context) -> None:
    """An event whose name starts with another event's full name is part of it, and so is one
    named "<part> of (the) <other's full name>"."""
    events = ctx.builder.events
    for child in events:
        if child.part_of:
            continue
        child_words = [n.split() for n in child.names]
        for parent in events:
            if parent is child:
                continue
            for name in parent.names:
                words = name.split()
                key = [normalise(w) for w in words]
                if len(normalise(name)) >= 4 and any(len(cw) > len(words) and (
                        [normalise(w) for w in cw[:len(words)]] == key
                        or [normalise(w) for w in cw[-len(words):]] == key and cw[-len(words) - 1].lower() in ("of", "the")
                        and cw[0].lower() not in ABOUT_WORDS)  # ("Promotion Meeting of X" is held about X, not in it)
                        for cw in child_words):
                    span = child.evidence[0].start, child.evidence[0].end
                    ctx.builder.set_event(child.id, "part_of", parent.id, span, 0.6)
                    break
            if child.part_of:
                break
