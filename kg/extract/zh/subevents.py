"""Sub-events (``part_of``) and what sub-events take from the event they belong to.

An event is part of another when the text says so:
- "X开幕式暨Y": Y is held at X's opening;
- a name embedding the main event's ("2024国际数字经济大会智慧医疗分论坛");
- "X期间…举办Y", "X期间,与会各方还举行了Y", "X同期还将举办Y" (a bare 同期举办 with no
  holder is not enough), "在X中,将分别举办Y和Z", "开幕式上还举行了Y", "Y同时在此间举行", "交易会还举办了Y",
  "X召开,会上还举行了Y";
- "X举办了A和B两个分论坛", "A、B等5项配套活动相继举行", "开设“A”“B”三大平行论坛", "三个分论坛分别是A、B", "其中一项重点活动Y", a 分论坛
  of the main event (``event_words.tsv``: flagship, here, opening).
A part takes place within its whole: a link to an event held in another city or at other
dates is dropped; a part of a one-day event, or one held at an event's opening, takes that day.
"""

from __future__ import annotations

import re
from datetime import date
from functools import lru_cache

from kg.extract.zh import events, where
from kg.extract.zh.context import EventMention, ZhArticle
from kg.extract.zh.lexicon import alternation, lexicon

CONFIDENCE = 0.8
_SLACK_DAYS = 7
_DASHES = re.compile(r"[-‐‑–—]")  # 中国-南亚 in a headline is 中国—南亚 in the body
_ADVERBS = "还|也|并|另|又|将|还将|也将|同时|特别|共同|另外|此外|分别"
_COUNT = r"[0-9一二两三四五六七八九十百多余]+(?:场|项|个|次|大)"  # "20余场", "5项", "三大平行论坛"
_COUNTED = f"(?:{_COUNT})?"
#: "与X同期": at the same time as X (no holder)
_ALONGSIDE = re.compile(r"(?:^|[,;])(?:与|和|同)[^,;。]{1,40}$")
#: "Y,是X的…": what says the event named next holds Y
_IS = re.compile(r"[”」]?,?(?:也|还|则)?是(?:本届|本次)?")
#: what may stand between a holding verb and a later item of its list: separators and items that
#: are no names ("主宾国(埃及)系列活动、主题省系列活动;"), no clause break
_LIST_BETWEEN = re.compile(r"(?:[^,。:]{0,24}?(?:、|和|与|及|以及|;))+")


@lru_cache(maxsize=1)
def _res() -> dict[str, re.Pattern]:
    lex = lexicon()
    hold = alternation(lex.words["hold"])
    return {
        # "X期间还举办了Y", "X期间,与会各方还共同举行了Y", "X期间,我会将在现场举办Y"
        "during": re.compile(r"(?:期间|同期|同时|同步)[,]?[^,;:。]{0,16}?(?:" + _ADVERBS + r")*(?:" + hold + r")(?:了)?"),
        # "活动期间,中心秘书长出席A、B并致辞": what someone attends during the event is held within it
        "attended_during": re.compile(r"期间[,]?[^,;:。]{0,20}?(?:出席|参加)(?:了)?"),
        # "在为期一天半的论坛中,将分别举办Y和Z", "在『X』日程中,还将举行Y、Z": held within the event
        # named right before (its programme's) 中
        "within": re.compile(r"(?:日程|议程)?中,?[^,;:。]{0,16}?(?:" + _ADVERBS + r")*(?:" + hold + r")(?:了)?"),
        # "博览会还举办了Y": the event itself holds Y
        "also_held": re.compile(r"(?:" + _ADVERBS + r")+(?:" + hold + r")(?:了)?$"),
        # "X召开,会上还举行了Y", "会上发布了A、举行Y": held at the meeting named last before
        "at_meeting": re.compile(r"(?:^|[,;])(?:会上|会议上|会间|会中)[,]?[^;:。]{0,30}?(?:" + _ADVERBS + r")*(?:"
                                 + hold + r")(?:了)?"),
        # "开幕式上还举行了Y", "开幕式后,还举行了Y"
        "opening": re.compile("(?:" + alternation(lex.words["opening"]) + r")(?:上|后|结束后|之后|当晚|当天|当日)?,?(?:还|也|并|同时|另)*(?:"
                              + hold + r")(?:了)?"),
        "flagship": re.compile(alternation(lex.words["flagship"])),
        "listed": re.compile(r"(?:(?:、|和|与|及|“|「)[^,。]{2,40}?)?(?:等)?(?:" + _COUNTED + r"(?:[^,。、]{0,4}?)(?:"
                             + alternation(lex.words["flagship"]) + ")|" + _COUNT + r"[^,。、;]{1,6}(?=[,。;]))"),
        "here": re.compile(r"(?:也|还|同时|同期)?(?:在)?(?:" + alternation(lex.words["here"]) + r")(?:"
                           + hold + ")"),
        # (and "本次会议组织了A、B三场主题交流": a gathering organizing its parts)
        "hold": re.compile("(?:" + hold + r")(?:了)?|组织了"),
        "counted": re.compile(_COUNT + r"[^,。]{0,6}?(?:活动|"
                              + alternation([*lex.words["flagship"], *lex.heads]) + ")"),
        "generic_before": re.compile("(?:" + alternation([*lex.words["ref_noun"], *lex.words["main_ref"],
                                                          *(h for h, i in lex.heads.items() if i.generic)]) + ")$"),
    }


def link(ctx: ZhArticle) -> None:
    named = [m for m in ctx.mentions if m.event and not m.ref]
    _this_is_part(ctx)
    refs = [m for m in ctx.mentions if m.ref]  # "作为X的重要子活动之一,此次论坛由…主办": the event referred to is the part
    for m in named + refs:
        part = events.resolve(ctx, m)
        parent = _as_part_of(ctx, m) if m.ref else (
            _opened(ctx, m) or _counted(ctx, m) or _of_parent(ctx, m) or _as_part_of(ctx, m) or _embedded(ctx, m)
            or _during(ctx, m) or _flagship(ctx, m) or _here(ctx, m) or _among(ctx, m) or _included(ctx, m)
            or _enumerated(ctx, m))
        whole = next((e for e in ctx.builder.events if e.id == parent), None)
        if part and parent and parent != part and whole is not None and whole.part_of != part:  # (no cycle)
            ctx.builder.set_event(part, "part_of", parent, ctx.evidence(m.sent), CONFIDENCE)


def _this_is_part(ctx: ZhArticle) -> None:
    """"Y在上海举行。这是X的配套活动之一": the event the sentence before reports is part of X; so is
    the one a reference opening the sentence refers to ("大会是X的系列活动")."""
    for si, (a, _) in enumerate(ctx.sents):
        referred = events.referred_is(ctx, a)
        if si == 0 or not (referred or events.THIS_IS.match(ctx.text, a)):
            continue
        whole = next((x for x in ctx.mentions if x.sent == si and x.event and events.holds_part().match(ctx.text, x.end)), None)
        before = [x.event for x in ctx.mentions if x.sent == si - 1 and x.event and not x.ref]
        part = (referred.event or events.resolve(ctx, referred)) if referred else next(iter(before), None)
        if whole is not None and part and part != whole.event:
            ctx.builder.set_event(part, "part_of", whole.event, ctx.evidence(si), CONFIDENCE)


def _counted(ctx: ZhArticle, m: EventMention) -> str | None:
    """"大会…设置“A”“B”等五项活动": a listed activity belongs to the event the sentence opens with."""
    if not m.listed:
        return None
    a, _ = ctx.sents[m.sent]
    subject = next((x for x in ctx.mentions if a <= x.start < m.start and not x.listed
                    and not _chained(ctx, x, m)), None)  # (not "举行了A,B、C等平行论坛"'s A: an item too)
    return (events.resolve(ctx, subject) if subject else None) or ctx.main_event


def _chained(ctx: ZhArticle, x: EventMention, m: EventMention) -> bool:
    """Whether names joined by list separators or commas alone lead from ``x`` to ``m``."""
    between = sorted((y for y in ctx.mentions if x.start <= y.start and y.end <= m.end and not y.ref),
                     key=lambda y: y.start)
    return len(between) > 1 and all(ctx.text[p.end:q.start] in ("、", ",", "，", "和", "及", "与")
                                    for p, q in zip(between, between[1:]))


def _of_parent(ctx: ZhArticle, m: EventMention) -> str | None:
    """"A论坛之“主题”视频会", "A论坛—B分论坛": the event named before 之 or the dash holds the one
    after it, which is also named without A."""
    if m.parent is None or m.parent.event is None:
        return None
    gap = re.match(r"之|——|—|--|─", ctx.text[m.parent.end:m.parent.end + 2])
    own = m.parent.end + (gap.end() if gap else 0)  # ("A之B", "A—B分论坛": B alone)
    ctx.add_names(m.event, [ctx.surface(own, m.end)], m.sent)
    return m.parent.event


def _as_part_of(ctx: ZhArticle, m: EventMention) -> str | None:
    """"作为X的配套活动,…Y…举行": Y, the event the sentence reports after X, is part of X;
    "Y(,)是X的一项主要活动": Y is said to be one of X's activities."""
    a, _ = ctx.sents[m.sent]
    said = _IS.match(ctx.text, m.end)
    whole = next((x for x in ctx.mentions if x.event and x.event != m.event and events.holds_part().match(ctx.text, x.end)
                  and (a <= x.start and x.end <= m.start or said and x.start == said.end())), None)
    return whole.event if whole is not None else None


def _opened(ctx: ZhArticle, m: EventMention) -> str | None:
    return events.resolve(ctx, m.opened_with) if m.opened_with is not None else None


def _embedded(ctx: ZhArticle, m: EventMention) -> str | None:
    """A name that opens with another event's name is a part of that event; the rest is an alias
    (not after 暨: "A暨B" is no name of B alone)."""
    core = ctx.text[slice(*m.core)]
    for other in ctx.mentions:
        if other.event in (None, m.event) or other.ref:
            continue
        prefix = ctx.text[slice(*other.core)]
        if m.about is other:
            continue  # "X新闻发布会", "X推介会": held about X, no part of it
        if _DASHES.sub("-", core).startswith(_DASHES.sub("-", prefix)) \
                and (len(core) - len(prefix) >= 4 or core[len(prefix):].removeprefix("主") in lexicon().heads):
            # ("X年会主论坛": the main forum of X)
            if not core.startswith("暨", len(prefix)):
                ctx.add_names(m.event, [ctx.surface(m.core_start + len(prefix), m.core[1])], m.sent)
            return other.event
    return None


def _holder_before(ctx: ZhArticle, pos: int) -> str | None:
    """The event named or referred to right before ``pos`` (the holder of 期间/同期)."""
    a, _ = ctx.sents[ctx.sent_of(pos)]
    before = [x for x in ctx.mentions if a <= x.start and x.end <= pos and pos - x.end <= 2]
    return events.resolve(ctx, before[-1]) if before else None


def _during(ctx: ZhArticle, m: EventMention) -> str | None:
    """"X期间…举办Y", "X期间,A出席Y", "X同期还将举办Y", "开幕式上还举行了Y", "X举办了Y和Z两个分论坛"."""
    text = ctx.text
    a, _ = ctx.sents[m.sent]
    res = _res()
    lead = text[a:m.start].rstrip(events.QUOTES)
    for pattern in ("during", "attended_during", "opening"):
        cue = None
        for cue in res[pattern].finditer(lead):
            pass
        if cue is None or cue.end() != len(lead) and not _listed_before(ctx, a + cue.end(), m):
            continue
        if pattern == "during" and _ALONGSIDE.search(lead, 0, cue.start()) and not cue.group().startswith("期间"):
            continue  # "与论坛同期举行了Y": held alongside the forum, not by it (SCHEMA.md)
        if pattern == "opening":
            return _holder_before(ctx, a + cue.start()) or ctx.main_event
        holder = _holder_before(ctx, a + cue.start())
        if holder is None and res["generic_before"].search(lead, 0, cue.start()):
            holder = ctx.main_event  # "活动期间还举办了Y"
        if holder is None and ctx.clause(a + cue.start())[0] == a + cue.start():
            before = events.events_in(ctx, a, a + cue.start())  # "本届CMEF将…,同期将举办Y": the
            subject = [e for x, e in before if not x.listed]  # sentence's subject holds Y, not the
            holder = subject[-1] if subject else ctx.main_event if before else None  # parts it lists
            if holder is None and cue.start() == 0:
                holder = ctx.main_event  # "期间将举办Y" opening a sentence: during the article's event
        if holder:
            return holder
    meeting = None
    for meeting in res["at_meeting"].finditer(lead):
        pass
    if meeting is not None and (meeting.end() == len(lead) or _listed_before(ctx, a + meeting.end(), m)):
        named = [x for x in ctx.mentions if x.end <= a + meeting.start() and (x.event or x.ref)]
        holder = events.resolve(ctx, events.latest(named)) if named else ctx.main_event
        if holder:
            return holder
    within = None
    for within in res["within"].finditer(lead):
        pass
    if within is not None and (within.end() == len(lead) or _listed_before(ctx, a + within.end(), m)) \
            and text[a:a + within.start()].rfind("在") >= 0:
        holder = _holder_before(ctx, a + within.start())
        if holder:
            return holder
    also = res["also_held"].search(lead)
    if also is not None:  # "博览会还举办了Y"
        holder = _holder_before(ctx, a + also.start())
        if holder:
            return holder
    verb = None
    for verb in res["hold"].finditer(lead):
        pass
    if verb is not None and _listed_before(ctx, a + verb.end(), m) or (verb is not None and verb.end() == len(lead)):
        tail = text[m.end:ctx.sents[m.sent][1]]
        if res["listed"].match(tail):
            return _holder_before(ctx, a + verb.start()) or ctx.main_event
    return None


def _listed_before(ctx: ZhArticle, pos: int, m: EventMention) -> bool:
    """Whether ``m`` follows ``pos`` through a list of other items only ("A和B", "A系列活动;B")."""
    between = ctx.text[pos:m.start]
    for x in ctx.mentions:
        if pos <= x.start and x.end <= m.start:
            between = between.replace(ctx.text[x.start:x.end], "", 1)
    return _LIST_BETWEEN.fullmatch(between) is not None


def _flagship(ctx: ZhArticle, m: EventMention) -> str | None:
    """"其中一项重点活动Y", "另一主要活动是…Y": one of the main event's activities, or of the event
    named or referred to just before the cue ("本届博览会的主要活动有Y")."""
    if events.holds_part().match(ctx.text, m.end):
        return None  # "X的配套活动": X holds the activity, it is none of them
    a, b = ctx.clause(m.start)
    lead = ctx.text[a:m.start]
    cue = _res()["flagship"].search(lead)
    if cue:  # "本届博览会的主要活动有…Y": the event named or referred to before the cue holds Y
        return _holder_before(ctx, a + cue.start() - (lead[cue.start() - 1:cue.start()] == "的")) or ctx.main_event
    if m.head in ("分论坛", "平行论坛"):
        return ctx.main_event
    if _res()["listed"].match(ctx.text[m.end:b].lstrip(events.CLOSERS)):  # "A、B等5项配套活动相继举行"
        return ctx.main_event
    return None


def _among(ctx: ZhArticle, m: EventMention) -> str | None:
    """"X同期举办…等20余场活动。其中,Y于14日举行", "X期间将举办多场卫星会,其中Y…": one of the
    activities counted just before (in the sentence, or the one before), held by the event
    that passage opens with."""
    a, _ = ctx.sents[m.sent]
    clause_start, _ = ctx.clause(m.start)
    if clause_start > a and ctx.text.startswith("其中", clause_start):
        before_start, before_end = a, clause_start
    elif m.sent > 0 and ctx.text.startswith("其中", a):
        before_start, before_end = ctx.sents[m.sent - 1]
    else:
        return None
    counted = _res()["counted"].search(ctx.text, before_start, before_end)
    if not counted:
        return None
    clause_start, _ = ctx.clause(counted.start())  # (the holder of the count's clause, not a sibling a clause
    held = events.events_in(ctx, clause_start, before_end)  # before: "X论坛将在…举行,另外还将有15个分论坛…,其中包括A")
    return held[0][1] if held else ctx.main_event


def _included(ctx: ZhArticle, m: EventMention) -> str | None:
    """"X还将举办系列会议论坛,包括:A、B、C等": a listed name is part of the event named before
    the holding verb that opens the list."""
    verb = events.included_by(ctx, m)
    if verb is None:
        return None
    a, _ = ctx.sents[m.sent]
    before = [x for x in ctx.mentions if a <= x.start and x.end <= verb and x.event and not x.listed]
    if before:
        return events.resolve(ctx, before[-1])
    return _named_earlier(ctx, ctx.main_event, a)  # "系列活动由…举办,包括A、B": the article's event


def _named_earlier(ctx: ZhArticle, event: str | None, pos: int) -> str | None:
    """``event`` when a mention of it comes before ``pos`` (so it is not one of the items listed there)."""
    return event if any(x.event == event and x.start < pos for x in ctx.mentions) else None


def _enumerated(ctx: ZhArticle, m: EventMention) -> str | None:
    """"(论坛)三个分论坛分别是A、B": an enumerated name is part of the event the sentence names
    before the count, else of the article's main event."""
    cue = events.enumerated_by(ctx, m)
    if cue is None:
        return None
    a, _ = ctx.sents[m.sent]
    before = [x for x in ctx.mentions if a <= x.start and x.end <= cue and x.event and not x.listed]
    return (events.resolve(ctx, before[-1]) if before else None) or ctx.main_event


def _here(ctx: ZhArticle, m: EventMention) -> str | None:
    """"Y同时在此间举行": held where the article's main event is going on."""
    _, b = ctx.clause(m.end)
    if _res()["here"].match(ctx.text, m.end, b):
        return ctx.main_event
    return None


def inherit(ctx: ZhArticle) -> None:
    """Fill places and dates the text leaves to context:

    - a sub-event takes its parent's place; one held at the opening takes its start day;
    - an event whose sub-events all take place in one city takes that place;
    - an event with no place of its own takes the one its name holds, unless that is only
      the main event's country, in which case (and when its name holds none) it takes the
      main event's place; the one event of a report, with none of these, takes the dateline's city.
    """
    by_id = {e.id: e for e in ctx.builder.events}
    _drop_misplaced(ctx, by_id)
    _from_parents(ctx, by_id)
    main = by_id.get(ctx.main_event) if ctx.main_event else None
    for event in ctx.builder.events:
        if event.city or event.country:
            continue
        found = where.name_place(ctx, event.id)
        if main is not None and event is not main and main.city and (
                found is None or (found[0].place.kind == "country" and found[0].place.country == main.country)):
            _copy_place(ctx, event, main)
        elif found is not None:
            where.from_name(ctx, event.id, found)
    where.dateline_place(ctx)
    for event in ctx.builder.events:
        children = [e for e in ctx.builder.events if e.part_of == event.id]
        cities = {tuple(e.city[:1]) if e.city else None for e in children}
        if children and len(cities) == 1 and None not in cities:
            _copy_place(ctx, event, children[0])
    _from_parents(ctx, by_id)


def _drop_misplaced(ctx: ZhArticle, by_id: dict) -> None:
    """A part takes place within its whole: a link to an event in another city, or at dates
    outside the whole's (a promotion meeting held months before an expo abroad), is dropped."""
    for event in ctx.builder.events:
        parent = by_id.get(event.part_of) if event.part_of else None
        if parent is not None and (_elsewhere(event, parent) or _outside(event, parent)):
            ctx.builder.unset_event(event.id, "part_of")


def _elsewhere(event, parent) -> bool:
    if event.city and parent.city:
        return event.city[0] != parent.city[0]
    return bool(event.country and parent.country and event.country != parent.country)


def _outside(event, parent) -> bool:
    """Whether the event starts well before its parent starts or after it ends: over a week
    apart for days (a pre-event may open a day early), in another month or year otherwise."""
    start, first = event.start_date, parent.start_date
    if not start or not first:
        return False
    last = parent.end_date or first
    return _before(start, first) or _before(last, start)


def _before(a: str, b: str) -> bool:
    if len(a) == len(b) == 10:
        return (date.fromisoformat(b) - date.fromisoformat(a)).days > _SLACK_DAYS
    n = min(len(a), len(b))
    return a[:n] < b[:n]


def _from_parents(ctx: ZhArticle, by_id: dict) -> None:
    for event in ctx.builder.events:
        parent = by_id.get(event.part_of) if event.part_of else None
        if parent is None:
            continue
        _copy_place(ctx, event, parent)
        opened = next((m for m in ctx.mentions if m.event == event.id and _at_opening(ctx, m)), None)
        named = opened
        if named is None and parent.end_date == parent.start_date and parent.id not in ctx.assumed_ends:
            # a part of an event the text says is held on one day is held that day
            named = next((m for m in ctx.mentions if m.event == event.id), None)
        if named and not event.start_date and parent.start_date and len(parent.start_date) == 10:
            span = ctx.evidence(named.sent)
            ctx.builder.set_event(event.id, "start_date", parent.start_date, span, 0.7)
            ctx.builder.set_event(event.id, "end_date", parent.start_date, span, 0.7)


def _at_opening(ctx: ZhArticle, m: EventMention) -> bool:
    a, _ = ctx.sents[m.sent]
    return bool(_res()["opening"].search(ctx.text, a, m.start)) or m.opened_with is not None


def _copy_place(ctx: ZhArticle, event, source) -> None:
    if event.city or event.country or not (source.city or source.country):
        return
    ev = next((e for e in source.evidence if e.fact in ("city", "country")), None)
    span = (ev.start, ev.end) if ev else (0, 0)
    if source.city:
        ctx.builder.set_event(event.id, "city", list(source.city), span, 0.7)
        event.geonames_id = source.geonames_id
    ctx.builder.set_event(event.id, "country", source.country, span, 0.7)
