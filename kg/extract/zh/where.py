"""Where events take place: city (canonical English name, then surface forms), country, venue.

The place is the one named between 在/于 and a holding verb ("在南京召开",
"于厦门国际会议中心举行", "在穗举办"), or opening the sentence ("在华盛顿,X举行…"), given to the event that verb holds
(the name after the verb, else the nearest before it). Places come from the
shared gazetteer (:mod:`kg.extract.places`): county-level names give their
prefecture-level city, 沪/京/穗 are read next to a cue, HK and MO keep their codes.
An event with no such place takes one from its own name ("中国(徐州)…交易会").
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import lru_cache

from kg.extract.places import PlaceMention, get_gazetteer
from kg.extract.zh import events
from kg.extract.zh.context import ZhArticle
from kg.extract.zh.lexicon import alternation, lexicon

CONFIDENCE = 0.85
_PLACE_REACH = 30
_BRACKETED = re.compile(r"\([^()]{1,40}\)")
_QUOTED = re.compile(r"“[^”]*”|「[^」]*」|《[^》]*》|\"[^\"]*\"")
#: coming to a place to attend: "来澳出席", "赴京参加", "专程到上海参会"
_CAME_TO = re.compile(r"(?:来|赴|抵达|抵|莅|到达|到)[\u4e00-\u9fff]{1,8}?[,，]?(?:共同|一同|一起|专程)?(?:出席|参加|参会|与会)"
                      r"|(?:齐聚|汇聚|相聚|聚首|云集)([\u4e00-\u9fff]{2,6}?)(?=[,。;,]|共|一起|围绕|参加|出席|探讨|交流)")


#: the main venue set in a place: "主会场设在济南", "主会场位于"
_VENUE_SET = re.compile(r"(?:主会场|主场馆|主展馆|主场地)(?:设在|设于|位于|在)")
#: a wire dateline ("新华社南京5月8日电", "中新网东京5月8日讯", "北京2019年11月22日 /美通社/"), a place line ("西班牙港消息:") or a
#: reporter's line ("〔记者王明/台北报导〕", "【东京/采访报导】"); matched on the simplified analysis text
_DATELINE = re.compile(r"^([\u4e00-\u9fff]{2,6}?)\d{4}年\d{1,2}月\d{1,2}日\s*/[^/\n]{2,20}/"  # "北京2019年11月22日 /美通社/"
                       r"|(?:社|网|报|台)([\u4e00-\u9fff]{2,8}?)(?:\d{1,2}|[〇一二三四五六七八九十]{1,3})月"
                       r"(?:\d{1,2}|[〇一二三四五六七八九十]{1,3})日(?:电|讯)|([\u4e00-\u9fff]{2,6})消息[:,]"
                       r"|[〔(【\[]?记者[^/〔〕()【】\[\]]{1,12}/([\u4e00-\u9fff]{2,6})(?:报导|报道|电)"
                       r"|[〔(【\[]([\u4e00-\u9fff]{2,6})/(?:采访|记者)?(?:报导|报道)")  # "【东京/采访报导】"
_DATELINE_REACH = 1000  # characters at the start of the text where a dateline stands (after page furniture)
_DATELINE_INDENT = 30  # characters before it on its line (an agency's name, a first dateline)
_ONLINE = re.compile(r"线上|云上|网络|视频|在线")


@dataclass
class _Where:
    mention: PlaceMention
    sent: int
    surfaces: list[str] = field(default_factory=list)
    venue: str | None = None


@lru_cache(maxsize=1)
def _hold() -> re.Pattern:
    return re.compile(alternation(lexicon().words["hold"]))


def assign(ctx: ZhArticle) -> None:
    found: dict[str, _Where] = {}
    for si, (a, b) in enumerate(ctx.sents):
        if not ctx.read(si):
            continue
        opening = events.opening_place(ctx, si)
        for verb in _hold().finditer(ctx.text, a, b):
            place = _place_before(ctx, a, verb.start(), verb.end()) or _place_after(ctx, verb) \
                or (opening and (opening, None))
            if place is None:
                continue
            mention, venue = place
            for ev in _held(ctx, si, verb):
                _offer(ctx, found, ev, mention, venue, si)
    _labelled(ctx, found)
    _main_venue(ctx, found)
    _came_to_attend(ctx, found)
    for ev, where in found.items():
        _write(ctx, ev, where)


def _labelled(ctx: ZhArticle, found: dict[str, _Where]) -> None:
    """An announcement's "会议地点:北京国家会议中心" line places the main event."""
    for si, start in ctx.labelled("地点"):
        end = ctx.sents[si][1]
        places = get_gazetteer().find(ctx.text[start:end], "zh")
        if places:
            best = _most_specific(places)
            mention = PlaceMention(start + best.start, start + best.end, best.surface, best.place, best.demonym)
            rest = ctx.text[mention.start:end]
            _offer(ctx, found, ctx.main_event, mention, rest if events.VENUE_END.search(rest) else None, si)


def _main_venue(ctx: ZhArticle, found: dict[str, _Where]) -> None:
    """"大会…,主会场设在济南": where the main venue is set places the event named last before it
    (else the main event), when no holding verb placed it."""
    for si, (a, b) in enumerate(ctx.sents):
        if not ctx.read(si):
            continue
        for m in _VENUE_SET.finditer(ctx.text, a, b):
            places = [p for p in get_gazetteer().find(ctx.text[m.end():m.end() + _PLACE_REACH], "zh") if p.start == 0]
            before = [x for x, _ in events.events_in(ctx, a, m.start())]
            ev = events.resolve(ctx, events.latest(before)) if before else ctx.main_event
            if not places or ev is None:
                continue
            p = places[0]
            mention = PlaceMention(m.end() + p.start, m.end() + p.end, p.surface, p.place, p.demonym)
            for held in events.with_joint(ctx, ev):
                if held not in found:
                    _offer(ctx, found, held, mention, None, si)


def _came_to_attend(ctx: ZhArticle, found: dict[str, _Where]) -> None:
    """"来澳出席是次论坛", "专程赴京参加大会": coming to a place to attend an event places it
    there, when no holding verb placed it."""
    for si, (a, b) in enumerate(ctx.sents):
        if not ctx.read(si):
            continue
        for m in _CAME_TO.finditer(ctx.text, a, b):
            places = get_gazetteer().find(ctx.text[m.start():m.end()], "zh")
            if not places or len({p.place.country for p in places}) != 1:
                continue
            p = _most_specific(places)  # "抵达俄国圣彼得堡出席…": the city
            mention = PlaceMention(m.start() + p.start, m.start() + p.end, p.surface, p.place, p.demonym)
            if m.group(1):  # "55所高校近70位专家学者齐聚汉中,围绕…展开研讨": the report's gathering
                ev = _one_event_of(ctx, si)
            else:
                after = m.end() + len(re.match(r"(?:了)?(?:是次|本次|此次|本届|这次)?", ctx.text[m.end():]).group())
                named = events.mention_at(ctx, after, names_only=False)
                ev = events.resolve(ctx, named) if named is not None and named.sent == si else None
            if ev and ev not in found:
                _offer(ctx, found, ev, mention, None, si)


def _one_event_of(ctx: ZhArticle, si: int) -> str | None:
    """The one event a sentence names, else the article's main event when the sentence names none."""
    a, b = ctx.sents[si]
    named = {ev for m, ev in events.events_in(ctx, a, b)}
    if len(named) == 1:
        return named.pop()
    return ctx.main_event if not named else None


def _place_before(ctx: ZhArticle, a: int, verb_start: int, verb_end: int) -> tuple[PlaceMention, str | None] | None:
    """The place named in "在/于 … <verb>" right before a holding verb, and a venue after it."""
    text = ctx.text
    bracketed = sum(len(m.group()) for m in _BRACKETED.finditer(text, max(a, verb_start - _PLACE_REACH - 40), verb_start))
    lo = max(a, verb_start - _PLACE_REACH - bracketed)  # (a venue's name in brackets does not count: "饭店(Eurostars Hotel)")
    at = max(text.rfind("在", lo, verb_start), text.rfind("于", lo, verb_start))
    borrowed = text.rfind("假", lo, verb_start)  # Hong Kong's "一连两日假湾仔会议展览中心举行": at a venue
    if borrowed > at and events.VENUE_END.search(text, borrowed, verb_start):
        at = borrowed
    if at < 0 or re.search(r"[,;:。]", text[at:verb_start]):
        return None
    segment = text[at:verb_end]  # cue words on both sides let the gazetteer read 沪, 京 …
    places = get_gazetteer().find(segment, "zh")
    if not places:
        return None
    best = _most_specific([_capital_after(text, at, p) for p in places])
    mention = PlaceMention(at + best.start, at + best.end, best.surface, best.place, best.demonym)
    rest = text[mention.start:verb_start]
    rest = re.sub(r"(?:隆重|盛大|正式|顺利|成功|共同|联合|举行|召开)+$", "", rest)
    venue = rest if len(rest) > best.end - best.start and events.VENUE_END.search(rest) else None
    return mention, venue


def _place_after(ctx: ZhArticle, verb: re.Match) -> tuple[PlaceMention, None] | None:
    """The place right after a holding word it follows ("登陆德国", "移师上海")."""
    if verb.group() not in lexicon().word_set("land"):
        return None
    places = get_gazetteer().find(ctx.text[verb.end():verb.end() + 12], "zh")
    if not places or places[0].start != 0:
        return None
    p = places[0]
    return PlaceMention(verb.end() + p.start, verb.end() + p.end, p.surface, p.place, p.demonym), None


def _capital_after(text: str, offset: int, best: PlaceMention) -> PlaceMention:
    """"在智利首都中国公园举行": a country before 首都 names its capital."""
    end = offset + best.end
    if best.place.kind != "country" or not text.startswith("首都", end):
        return best
    capital = get_gazetteer().capital(best.place.country)
    if capital is None:
        return best
    return PlaceMention(best.start, best.end + 2, best.surface + "首都", capital)


def _most_specific(places: list[PlaceMention]) -> PlaceMention:
    """The city of a run of places, the first city when there are several ("磐安县新城区":
    the county holds the district, whose name alone may be another city's)."""
    rank = {"city": 0, "province": 1, "country": 2}
    return min(places, key=lambda p: (rank.get(p.place.kind, 3), p.start if p.place.kind == "city" else -p.start))


def _held(ctx: ZhArticle, si: int, verb: re.Match) -> list[str]:
    """Events a holding verb holds: the names right after it, else the nearest before it."""
    text = ctx.text
    pos = verb.end() + (1 if text.startswith("了", verb.end()) else 0)
    pos += 1 if text.startswith("的", pos) else 0
    named = events.held_at(ctx, pos)
    after = [named] if named is not None and named.sent == si else []
    a, _ = ctx.sents[si]
    before = [m for m in ctx.mentions if a <= m.start and m.end <= verb.start()]
    chosen = after or (events.listed_with(ctx, events.latest(before)) if before else [])  # "A、B在福州开幕"
    out: list[str] = []
    for m in chosen:
        for x in (m, m.joint, m.opened_with):
            ev = events.resolve(ctx, x) if x is not None else None
            if ev and ev not in out:
                out.append(ev)
    return out


def _offer(ctx: ZhArticle, found: dict[str, _Where], ev: str, mention: PlaceMention,
           venue: str | None, si: int) -> None:
    surface = ctx.surface(mention.start, mention.end)
    old = found.get(ev)
    if old is None or (old.mention.place.kind != "city" and mention.place.kind == "city"):
        found[ev] = old = _Where(mention, si)
    if old.mention.place == mention.place and surface not in old.surfaces:
        old.surfaces.append(surface)
    if venue and not old.venue:
        old.venue = ctx.surface(mention.start, mention.start + len(venue))


def _write(ctx: ZhArticle, ev: str, where: _Where) -> None:
    place = where.mention.place
    span = ctx.evidence(where.sent)
    if place.kind == "city":
        ctx.builder.set_event(ev, "city", [place.name, *where.surfaces], span, CONFIDENCE)
        event = next(e for e in ctx.builder.events if e.id == ev)
        if event.geonames_id is None:
            event.geonames_id = place.geonames_id
    ctx.builder.set_event(ev, "country", place.country, span, CONFIDENCE)
    if where.venue:
        ctx.builder.set_event(ev, "venue", where.venue, span, CONFIDENCE)


def dateline_place(ctx: ZhArticle) -> None:
    """The one event of a report that names no city for it takes the city of the report's
    dateline ("新华社南京5月8日电", then a "西班牙港消息:" that moves it), unless held online
    or in another country than the one it has from more than a country in its name (a "中国日"
    is China's day abroad)."""
    if len(ctx.builder.events) != 1:
        return
    event = ctx.builder.events[0]
    if event.city or _ONLINE.search(" ".join(event.names)):
        return
    found = dateline_city(ctx)
    named = name_place(ctx, event.id)
    only_named = named is not None and named[0].place.kind == "country" and named[0].place.country == event.country
    if found is not None and (event.country in (None, found.place.country) or only_named):
        if only_named:
            ctx.builder.unset_event(event.id, "country")
        _write(ctx, event.id, _Where(found, ctx.sent_of(found.start), [ctx.surface(found.start, found.end)]))


def online_events(ctx: ZhArticle) -> frozenset[str]:
    """The events held online (线上, 云上, 视频 …in their names): they have no place."""
    return frozenset(e.id for e in ctx.builder.events if _ONLINE.search(" ".join(e.names)))


def dateline_city(ctx: ZhArticle) -> PlaceMention | None:
    """The city of the report's dateline ("新华社南京5月8日电", or a later "西班牙港消息:" line)."""
    found = None
    for m in _DATELINE.finditer(ctx.text, 0, _DATELINE_REACH):
        if m.start() - (ctx.text.rfind("\n", 0, m.start()) + 1) > _DATELINE_INDENT:
            continue  # a dateline opens its line (a "消息" line may follow it)
        g = m.lastindex or 1
        places = [p for p in get_gazetteer().find(m.group(g), "zh") if p.end == len(m.group(g))]
        if places and places[-1].place.kind == "city":
            p = places[-1]
            found = PlaceMention(m.start(g) + p.start, m.start(g) + p.end, p.surface, p.place, p.demonym)
    return found


def name_place(ctx: ZhArticle, event_id: str) -> tuple[PlaceMention, int, int] | None:
    """The place an event's name holds, a bracketed one first (中国(徐州)…, 中国康复器械(波兰)展览会,
    米兰…展), with the analysis offset of the name's core and its sentence."""
    for mention in ctx.mentions:
        if mention.event != event_id or mention.ref:
            continue
        after = mention.core[1] + 1  # "香港工展会•澳门": a place after a dot, past the core, is where it is held
        dotted = get_gazetteer().find(ctx.text[after:mention.end], "zh") if mention.end > after else []
        if dotted:
            return _most_specific(dotted), after, mention.sent
        core = ctx.text[slice(*mention.core)]
        quoted = [m.span() for m in _QUOTED.finditer(core)]
        places = [p for p in get_gazetteer().find(core, "zh")
                  if not any(a <= p.start < b for a, b in quoted)]  # “新北京新奥运”展: a slogan, not a place
        if places:
            bracketed = [p for p in places if ctx.text[mention.core_start + p.start - 1] == "("]
            return _most_specific(bracketed or places), mention.core_start, mention.sent
    return None


def from_name(ctx: ZhArticle, event_id: str, found: tuple[PlaceMention, int, int]) -> None:
    """Give an event the place its name holds (a province gives only its country)."""
    best, offset, sent = found
    if best.place.kind == "province":
        ctx.builder.set_event(event_id, "country", best.place.country, ctx.evidence(sent), 0.7)
        return
    surface = ctx.surface(offset + best.start, offset + best.end)
    _write(ctx, event_id, _Where(best, sent, [surface]))
