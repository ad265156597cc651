"""Start and end dates of events, from dates next to a holding verb.

Dates are found and resolved by the shared :mod:`kg.extract.dates` engine
against the publication date (or the dateline's). A date belongs to an event
when it governs the verb that holds the event: "X将于D在P举办", "D,X在P召开",
"D,大会举办了A和B", "在D举行的X" (but not "记者D在此间召开的X上了解到", where
the date is the reporter's). One date with an opening verb (开幕, 揭幕) is the
start only; a one-day event ends when it starts; 为期N天 / 一连N日 give the end.
"""

from __future__ import annotations

import re
from datetime import date, timedelta
from functools import lru_cache

from kg.extract.dates import dateline_date, find_dates, parse_published
from kg.extract.dates.model import DateMention
from kg.extract.dates.zh import ERA_BASE
from kg.extract.zh import events
from kg.extract.zh.context import EventMention, ZhArticle
from kg.extract.zh.lexicon import alternation, lexicon
from kg.extract.zh.text import AnalysisText
from kg.model import Article

CONFIDENCE = 0.85
_NUM = {"一": 1, "两": 2, "二": 2, "三": 3, "四": 4, "五": 5, "六": 6, "七": 7, "八": 8, "九": 9, "十": 10}
_DURATION = re.compile(r"(?:为期|一连|历时|连续|持续|展期|会期)([0-9]{1,2}|[一两二三四五六七八九十])(?:天|日)")
_HEADER = re.compile(r"(?:(?:时间|日期)为?|发布|更新|date)\s*[::/]\s*$", re.IGNORECASE)
_DATE_HINT = re.compile(r"\d|[今昨明前后本上下去][天日年月]|[今昨明][晚晨早]|[上下这]个月|次日|翌日|第二天|当天|当日|同日|同一天|[一二三四五六七八九十]+[月日]")
#: a day, not a month or a year ("去年的博览会" is another edition)
_DAY_LEVEL = re.compile(r"[今昨明][天日晚晨早]|(?:\d{4}年)?\d{1,2}月\d{1,2}日")
_DAY_OF = re.compile(_DAY_LEVEL.pattern + "的")
_LEAD_DATE = re.compile(r"\d{1,2}月\d{1,2}日,")
#: a day and its part opening a sentence, then its comma ("2021年11月18日上午,")
_LEAD_DAY = re.compile(r"\s*(?:\d{4}年)?\d{1,2}月\d{1,2}日(?:上午|下午|中午|晚上|晚间|傍晚)?\s*[,,]")
_BARE_DAY = re.compile(r"(\d{1,2})(?:日|号)")
_SAME_DAY_WORDS = ("当天", "当日", "同日", "同一天")
_SAME_DAY = re.compile("|".join((*_SAME_DAY_WORDS, "次日", "翌日", "第二天")))
_PART_OF_DAY = re.compile(r"上午|下午|中午|晚上|晚间|傍晚|早上|清晨|凌晨|夜间|上旬|中旬|下旬|起|晚|早|夜"
                          # a clock time after the day: "九时零八分", "10时30分许", "9点"
                          r"|[0-9一二三四五六七八九十零〇]{1,3}(?:时|点)(?:[0-9一二三四五六七八九十零〇]{1,3}分)?(?:许|左右)?"
                          r"|\d{1,2}[::]\d{2}"  # "9:00"
                          r"|(?:至|到|-)(?=[0-9一二三四五六七八九十零〇]{1,3}(?:时|点)|\d{1,2}[::]\d{2})")  # "6时至9时"
#: what may follow a date before the clause ends, when a later clause holds the verb: a
#: bracketed gloss (the lunar date) and 期间 ("D(农历…)期间,在P举办", "D广交会期间,X在P召开")
_FILLER = re.compile(r"\([^()]{0,30}\)|[^,,。;;]{0,12}期间")
#: a year said of an event as its own: "今年在白俄罗斯举办", "明年将举办" (a year by number
#: mostly tells history: "从2004年至今", "2005年创办"; measured: 1 of 8 such dates right)
_THIS_YEAR = re.compile(r"今年|明年|本年|当年")
#: after a year alone, a season or half and a place, then a verb holding the event: "2011年春季在天津举办"
_SET_FOR = re.compile(r"(?:春季|夏季|秋季|冬季|春天|秋天|上半年|下半年|年底|年初|年内)?(?:在[^,。;:]{1,12}?)?(?:举办|举行|召开)")
_DATELINE_LINES = 8  # non-blank lines at the top where a wire story's dateline stands
#: a reporter learning the news, in the clause after an opening date: the date is the report's
_LEARNED = re.compile(r"获悉|了解到|得知|获知|据悉")
#: a time stated for an event: "(举办)时间为", "会期为", "展期定于"
_STATED_TIME = re.compile(r"(?:的)?(?:举办|举行|召开|开幕)?(?:时间|日期|会期|展期)(?:为|是|定为|定于|定在)")
#: what may not stand between an event and its stated time: another noun's clause
_ATTRIBUTE_GAP = re.compile(r"[,。;:]")
#: a sentence opening with "that day": "当天下午,还举行了…", "同日,…"
_THAT_DAY = re.compile(r"(?:当天|当日|同日|同一天)(?:上午|下午|中午|晚上|晚间|傍晚)?[,]?")
_TRAILING_NAME_YEAR = re.compile(r"((?:19|20)\d{2})年?$")  # "世界旅游经济论坛•澳门2018"
#: a year in the first lines ("2025…大会", "2024年"), not a count ("近2000人", "达2000余家")
_DAY_ONLY = re.compile(r"[0-9一二三四五六七八九十]{1,3}日(?:[-–—至到][0-9一二三四五六七八九十]{1,3}日)?")  # no month written
_FULL_DATE_YEAR = re.compile(r"(?<!\d)((?:19|20)\d{2})年\d{1,2}月")  # a date with its year and month
_YEAR_HINT = re.compile(r"(?<![\d近约超逾共达有])((?:19|20)\d{2})(?![\d人家个名余多万元平米场项件位次吨亿])")
#: "与X同期举行了": right after X, held at its time (a list of what was held may follow)
_SAME_TIME = re.compile(r"同期(?:举行|举办|召开)(?:了)?")
#: verbs by which someone takes part in a gathering named right after them ("出席X", "参加了X")
_ATTENDING = re.compile(r"(?:出席|参加|莅临|参观)了?")
#: what may stand between a day and such a verb: its part, a place ("18日上午在京出席X")
_DAY_THEN_ATTENDING = re.compile(r"(?:上午|下午|中午|晚上|晚间|傍晚)?(?:在[^,,。;:了]{1,12}?)?" + _ATTENDING.pattern)
_UNTIL = re.compile(r"(?:展期|会期|活动|赛期|展览|展会)?(?:将)?(持续|延续|一直)?(?:至|到)")


@lru_cache(maxsize=1)
def _verbs() -> tuple[re.Pattern, dict[str, str]]:
    """The holding verbs, and the kind of those that only open or close an event."""
    lex = lexicon()
    kinds = {w: "open" for w in lex.words["open"]} | {w: "close" for w in lex.words["close"]}
    return re.compile(alternation(lex.words["hold"])), kinds


@lru_cache(maxsize=1)
def _about_after() -> re.Pattern:
    """的 (or a closing quote: "“X”新闻发布会") and a gathering held about an event (event_words.tsv: about)
    after the event's name or reference."""
    return re.compile("(?:的|[”」』》])(?:" + alternation(lexicon().word_set("about")) + ")")


def reference_date(article: Article, at: AnalysisText) -> str | None:
    """The date relative dates count from: a wire story's dateline (新华社南京5月8日电: its 今天
    is that day, though the page may carry a later date), else the publication date (ISO)."""
    published = None
    if article.published:
        published = parse_published(article.published)
        if published is None and re.fullmatch(r"\d{4}(?:-\d{2})?", article.published):
            return article.published
    year = _YEAR_HINT.search(at.text[:400])
    era = re.search(r"民国(\d{1,3})年", at.text[:400])  # 中华民国100年: 2011
    hint = int(published[:4]) if published else int(year.group(1)) if year else \
        ERA_BASE + int(era.group(1)) if era else None
    for line in [line for line in at.text.split("\n") if line.strip()][:_DATELINE_LINES]:
        mention = dateline_date(line.strip(), "zh", published, hint)
        if mention and mention.start_date and len(mention.start_date) == 10 \
                and (published is None or mention.start_date <= published):
            return mention.start_date
    return published


class _Dates:
    """The best start and end seen per event: a more precise date wins, the first of equals."""

    def __init__(self) -> None:
        self.starts: dict[str, tuple[str, int]] = {}
        self.ends: dict[str, tuple[str, int]] = {}
        self.assumed: set[str] = set()  # events whose end is only "one day, so it ends when it starts"
        self.day_only: set[str] = set()  # events dated by a day whose month the text leaves to the reader

    def offer(self, event: str, start: str | None, end: str | None, sent: int, assumed: bool = False,
              day_only: bool = False) -> None:
        """``day_only``: the dates are a bare day ("将于22日举办") placed in the publication's month; a date
        with its month written ("定于10月22日-24日") replaces them."""
        replaces = event in self.day_only and not day_only
        for table, value in ((self.starts, start), (self.ends, end)):
            if value and (event not in table or len(value) > len(table[event][0]) or replaces and len(value) == 10
                          or (table is self.ends and event in self.assumed and not assumed)):
                table[event] = (value, sent)
                if table is self.ends:
                    (self.assumed.add if assumed else self.assumed.discard)(event)
        if start and (event not in self.starts or self.starts[event][0] == start):
            (self.day_only.add if day_only else self.day_only.discard)(event)


def assign(ctx: ZhArticle) -> None:
    found = _Dates()
    refs = _paragraph_dates(ctx)
    anchors = _anchors(ctx)
    hold, _ = _verbs()
    ahead = None  # the last full date named so far in another, later month than the publication's
    for si, (a, b) in enumerate(ctx.sents):
        if not ctx.read(si) or not (hold.search(ctx.text, a, b) or _DAY_OF.search(ctx.text, a, b)) \
                or not _DATE_HINT.search(ctx.text, a, b):
            continue
        hint = next((year for m in ctx.mentions if m.sent == si and (year := _name_year(ctx, m))), None) \
            or (_event_year(ctx, si) or _text_year(ctx) if ctx.published is None else None) or _partial_year(ctx)
        for d in _dates(ctx, si, refs.get(si, ctx.published), anchors.get(si), hint):
            ds, de = a + d.start, a + d.end
            if d.start_date is None or _skipped(ctx, ds, de) or len(d.start_date) == 4 and not _THIS_YEAR.search(d.surface) \
                    and not _SET_FOR.match(ctx.text, de):
                continue  # a year alone tells history ("从2004年至今", "2024年会议由…主办"), unless 今年/明年 or
                # a holding verb's time ("定于2011年春季在天津举办")
            d = _in_month_of(d, ahead)
            if _later_month(ctx, d.start_date) and not ctx.text.endswith(("至", "到"), a, ds):
                ahead = d.start_date
            until = _until(ctx, si, ds, de)
            for mention in until:
                for ev in _events(ctx, mention):
                    found.offer(ev, None, d.end_date or d.start_date, si)
            if until:
                continue  # (an end, no date of what a later clause holds: "论坛将持续至D,同期还将举办X")
            for mention, kind in _governed(ctx, si, ds, de):
                start, end = d.start_date, d.end_date
                if kind == "during":  # something dated happened at the event: its month
                    start = end = start[:7]
                elif not end:  # one date: 开幕 starts, 闭幕 ends, a one-day event does both
                    start, end = {"open": (start, None), "close": (None, start)}.get(
                        kind, (start, start if len(start) == 10 else None))
                for ev in _events(ctx, mention):
                    found.offer(ev, start, end, si, assumed=not d.end_date and kind == "hold",
                                day_only=_DAY_ONLY.fullmatch(d.surface) is not None)
                opened = events.resolve(ctx, mention.opened_with) if mention.opened_with else None
                if opened:  # "X开幕式暨Y论坛D举行": X opened that day
                    found.offer(opened, d.start_date, None, si)
    _labelled(ctx, found)
    _stated(ctx, found)
    _durations(ctx, found)
    _alongside(ctx, found)
    _same_day(ctx, found)
    _attended_on(ctx, found)
    _named_year(ctx, found)
    ctx.assumed_ends = set(found.assumed)
    for fact, table in (("start_date", found.starts), ("end_date", found.ends)):
        for ev, (value, si) in table.items():
            ctx.builder.set_event(ev, fact, value, ctx.evidence(si), CONFIDENCE)


def _alongside(ctx: ZhArticle, found: _Dates) -> None:
    """"与论坛同期举行了Y": an undated event held at the same time as a dated one takes its dates."""
    for m in ctx.mentions:
        if m.ref or not m.event or m.event in found.starts:
            continue
        a = ctx.clause(m.start)[0]
        cue = _SAME_TIME.search(ctx.text, a, m.start)
        if cue is None:
            continue
        other = next((x for x in ctx.mentions if a <= x.start and x.end == cue.start()), None)
        held = events.resolve(ctx, other) if other is not None else None
        if held and held != m.event and held in found.starts:
            start, si = found.starts[held]
            found.offer(m.event, start, found.ends.get(held, (None, si))[0], si)


def _named_year(ctx: ZhArticle, found: _Dates) -> None:
    """"2024厦门国际光储充产业博览会", "世界旅游经济论坛•澳门2018": in an article that dates none of
    its events, an event is held in the year its name opens or closes with (its start only; the
    name says nothing of its end)."""
    if found.starts:
        return  # (beside a dated event, a year in another's name is no date the text gives it)
    for m in ctx.mentions:
        if m.ref or not m.event or m.event in found.starts or m.event in found.ends:
            continue  # (an event the text says ends on a day starts on a day it does not say)
        year = m.year or _TRAILING_NAME_YEAR.search(ctx.text, m.start, m.end)
        if year is not None:
            found.offer(m.event, year[:4] if isinstance(year, str) else year.group(1), None, m.sent)


def _same_day(ctx: ZhArticle, found: _Dates) -> None:
    """"当天下午,还举行了A和B": gatherings held "that day" take the day of the event dated last
    before them in the text."""
    for m in ctx.mentions:
        if m.ref or not m.event or m.event in found.starts:
            continue
        a = ctx.sents[m.sent][0]
        if not _THAT_DAY.match(ctx.text, a) or not _verbs()[0].search(ctx.text, a, m.start):
            continue
        dated = [(si, start) for ev, (start, si) in found.starts.items() if si < m.sent and len(start) == 10]
        if dated:
            si, start = max(dated)
            found.offer(m.event, start, start, m.sent, assumed=True)


def _attended_on(ctx: ZhArticle, found: _Dates) -> None:
    """"2021年11月18日,A出席X并致辞", "A于5月18日下午出席X": a day opening the sentence, or right
    before the verb by which someone attends a gathering named after it, is that gathering's day
    (its start, and its end as for a one-day event) when nothing else dates it; not in "参加X的代表",
    which names the people who attend it."""
    for si, (a, b) in enumerate(ctx.sents):
        if not ctx.read(si) or not _ATTENDING.search(ctx.text, a, b):
            continue
        lead = _LEAD_DAY.match(ctx.text, a, b)
        for d in _dates(ctx, si, ctx.published, None):
            if not d.start_date or len(d.start_date) != 10 or _skipped(ctx, a + d.start, a + d.end):
                continue
            right_before = _DAY_THEN_ATTENDING.match(ctx.text, a + d.end, b)
            if right_before:
                verbs = [right_before]
            elif lead and not ctx.text[a:a + d.start].strip():  # the day opens the sentence
                verbs = list(_ATTENDING.finditer(ctx.text, lead.end(), b))
            else:
                continue
            for verb in verbs:
                mention = events.mention_at(ctx, verb.end(), names_only=False)
                if mention is None or ctx.text.startswith("的", mention.end):
                    continue
                listed = events.listed_with(ctx, mention) if not mention.ref else [mention]  # "出席A和B": both
                for ev in dict.fromkeys(filter(None, (events.resolve(ctx, x) for x in listed))):
                    if ev not in found.starts:
                        found.offer(ev, d.start_date, d.start_date, si, assumed=True)


def _later_month(ctx: ZhArticle, day: str) -> bool:
    published = ctx.published or ""
    return len(day) == 10 and len(published) >= 7 and day[:7] > published[:7]


def _in_month_of(d: DateMention, ahead: str | None) -> DateMention:
    """A bare day ("19日") after an announcement's date in a later month ("定于9月18日…。其中,Y于
    19日举行") is a day of that month, not of the publication's."""
    bare = _BARE_DAY.fullmatch(d.surface)
    if ahead is None or bare is None or not d.start_date or d.start_date[:7] == ahead[:7]:
        return d
    try:
        day = date.fromisoformat(ahead[:8] + f"{int(bare.group(1)):02d}")
    except ValueError:
        return d
    return DateMention(d.start, d.end, d.surface, day.isoformat(), None, True)


def _text_year(ctx: ZhArticle) -> int | None:
    """The one year the text's full dates give ("2025年4月13日…大阪世博会于4月13日至10月13日举行"), for a
    text with no publication date: a reader dates the year-less days by it."""
    years = set(_FULL_DATE_YEAR.findall(ctx.text))
    return int(years.pop()) if len(years) == 1 else None


def _partial_year(ctx: ZhArticle) -> int | None:
    """The year of a publication date known only to the year or month ("2025", "2025-07")."""
    published = ctx.published or ""
    return int(published[:4]) if 4 <= len(published) < 10 and published[:4].isdigit() else None


def _labelled(ctx: ZhArticle, found: _Dates) -> None:
    """An announcement's "会议时间:2025年8月22日至24日" line dates the main event."""
    for si, start in ctx.labelled("时间|日期"):
        dates = find_dates(ctx.text[start:ctx.sents[si][1]], "zh", ctx.published)
        if dates and dates[0].start_date:
            d = dates[0]
            single = len(d.start_date) == 10 and not d.end_date
            found.offer(ctx.main_event, d.start_date, d.end_date or (d.start_date if single else None), si,
                        assumed=single)


def _stated(ctx: ZhArticle, found: _Dates) -> None:
    """"大会举办时间为9月24日至28日", "论坛会期为5日至7日": a time the text states for the event
    named or referred to right before it, in its clause."""
    for si, (a, b) in enumerate(ctx.sents):
        if not ctx.read(si):
            continue
        for cue in _STATED_TIME.finditer(ctx.text, a, b):
            c_start = ctx.clause(cue.start())[0]
            before = [m for m in ctx.mentions if c_start <= m.start and m.end <= cue.start()
                      and not _ATTRIBUTE_GAP.search(ctx.text, m.end, cue.start())]
            ev = events.resolve(ctx, events.latest(before)) if before else None
            if ev is None:
                continue
            hint = next((y for m in ctx.mentions if m.event == ev and (y := _name_year(ctx, m))), None) \
                or _partial_year(ctx)
            dates = find_dates(ctx.text[cue.end():b], "zh", ctx.published, hint)
            if dates and dates[0].start == 0 and dates[0].start_date:
                d = dates[0]
                for held in events.with_joint(ctx, ev):
                    found.offer(held, d.start_date, d.end_date or d.start_date, si, assumed=not d.end_date)


def _events(ctx: ZhArticle, m: EventMention) -> list[str]:
    ev = events.resolve(ctx, m)
    out = [ev] if ev else []
    if m.joint is not None and m.joint.event and m.joint.event not in out:
        out.append(m.joint.event)
    return out


def _skipped(ctx: ZhArticle, ds: int, de: int) -> bool:
    """Dates inside an event name, in a dateline (…6月19日电) or a header line (时间:…)."""
    text = ctx.text
    if any(m.start <= ds < m.end for m in ctx.mentions):
        return True
    if text[de:de + 2].strip().startswith(("电", "讯")) or any(a <= ds < b for a, b in ctx.page_dates):
        return True
    line_start = text.rfind("\n", 0, ds) + 1
    return bool(_HEADER.search(text[line_start:ds]))


def _governed(ctx: ZhArticle, si: int, ds: int, de: int) -> list[tuple[EventMention, str]]:
    """The event mentions whose holding verb the date at ``[ds, de)`` governs, with the
    verb's kind ("open", "close" or "hold"; "during" when the date is of something else
    that happened at the event)."""
    text = ctx.text
    a, b = ctx.sents[si]
    hold, kinds = _verbs()
    c_start, c_end = ctx.clause(ds)
    if text.startswith("的", de) and (owned := events.mention_at(ctx, de + 1, names_only=False)) is not None \
            and _DAY_LEVEL.fullmatch(text[ds:de]):
        return [(owned, "hold")]  # "出席今晚的招待会", "9月28日的国庆招待会": the day the gathering is
    # "7月11日至12日," or "10月18日上午," opens the sentence: a later clause holds the verb
    adverbial = not _PART_OF_DAY.sub("", _FILLER.sub("", text[de:c_end])).strip()
    # "X将于9月25-27日联合A、B,以…为主题,在北京举办Y": a date set for what a later clause holds
    adverbial = adverbial or text.endswith("于", a, ds) and not hold.search(text, ds, c_end)
    if adverbial and _LEARNED.search(text, c_end + 1, ctx.clause(min(c_end + 1, b - 1))[1]):
        return []  # "9月19日,记者从发布会上获悉,X将于…举行": the day the reporter learned it
    described: list[tuple[EventMention, str]] = []  # "D,B出席A举办的X": X, when no later verb holds one
    for verb in hold.finditer(text, c_end + 1 if adverbial else ds, b if adverbial else c_end):
        kind = kinds.get(verb.group(), "hold")
        if text.startswith("的", verb.end()):  # a verb describing the name after it
            if text.endswith(("在", "于"), a, ds):  # "在8日下午召开的X"
                after = events.mention_at(ctx, verb.end() + 1, names_only=False)
                return [(after, _ceremony(ctx, after, kind))] if after else []
            if adverbial:  # "D,由A主办的X在P召开": the main verb comes later
                after = events.mention_at(ctx, verb.end() + 1, names_only=False)
                if after is not None and not described and not _gathering_about(ctx, after.end):
                    described = [(after, _ceremony(ctx, after, kind))]
                continue
            # "记者8日在此间召开的X上了解到": the date is the reporter's, at X: X was on that month;
            # "将参加下月在上海举行的X": the date is X's (but not X新闻发布会's)
            after = events.mention_at(ctx, verb.end() + 1, names_only=False)
            if after is None or _gathering_about(ctx, after.end):
                return []
            return [(after, "during" if text.startswith("上", after.end) else _ceremony(ctx, after, kind))]
        after = _objects(ctx, verb.end(), ctx.clause(verb.start())[1]) or events.held_in_list(ctx, si, verb.start())
        if after:  # (or "举办7项展览及会议,包括A、B": the listed ones)
            return [(m, kind) for m in after]
        before = [m for m in ctx.mentions if a <= m.start and m.end <= verb.start() and (m.event or m.ref)]
        if before and _about_after().match(text, events.latest(before).end):
            return []  # "这次展览会的新闻发布会30日举行": the day of a gathering about the event, not the event's
        if before:
            last = events.latest(before)  # and the names listed with it: "A及B,上月5至8日在会展举行"
            return [(x, _ceremony(ctx, x, kind)) for x in events.listed_with(ctx, last) if x.event or x is last]
        if not adverbial:  # (an opening date goes on to the first verb that holds an event:
            return []  # "D,由A主办、B承办的X在P举行")
    return described


def _gathering_about(ctx: ZhArticle, pos: int) -> bool:
    """Whether another gathering's noun follows a name ("X新闻发布会", "X(简称Y)推介会")."""
    lex = lexicon()
    while ctx.text.startswith("(", pos) and ctx.text.find(")", pos) > 0:
        pos = ctx.text.find(")", pos) + 1
    return bool(lex.head_re.match(ctx.text, pos) or re.match(lex.pattern("not_head"), ctx.text[pos:pos + 6]))


def _until(ctx: ZhArticle, si: int, ds: int, de: int) -> list[EventMention]:
    """"5日开幕,展期至10日": a date after 至 with nothing before it in the clause ends the event; so
    does one after an event's own lasting ("论坛将持续至10月25日")."""
    c_start, _ = ctx.clause(ds)
    lead = ctx.text[c_start:ds]
    if not _UNTIL.fullmatch(lead):
        own = next((m for m in ctx.mentions if m.start == c_start and (m.event or m.ref)), None)
        lasting = _UNTIL.fullmatch(ctx.text, own.end, ds) if own is not None else None
        return [own] if lasting and lasting.group(1) else []  # "论坛将持续至10月25日": its own end
    a, _ = ctx.sents[si]
    before = [m for m in ctx.mentions if a <= m.start and m.end <= c_start and (m.event or m.ref)]
    return [events.latest(before)] if before else []


def _objects(ctx: ZhArticle, pos: int, limit: int) -> list[EventMention]:
    """"举办了A和B": the event names right after a holding verb; "举行A暨B" with an A the rules do
    not read as a name ("兔年春节侨界联谊活动暨第二届趣味运动会"): B."""
    pos += 1 if ctx.text.startswith("了", pos) else 0
    joint = events.UNNAMED_JOINT.match(ctx.text, pos, limit)
    if joint and events.mention_at(ctx, pos) is None:
        pos = joint.end()
    out = []
    held = events.held_at(ctx, pos)
    if held is not None and held.ref:
        return [held] if held.end <= limit else []
    while (m := events.mention_at(ctx, pos)) is not None and m.end <= limit:
        out.append(m)
        pos = m.end + (1 if ctx.text[m.end:m.end + 1] in events.CLOSERS else 0)
        sep = re.match(r"、|和|与|及|以及", ctx.text[pos:limit])
        if not sep:
            break
        pos += sep.end()
    return out


def _ceremony(ctx: ZhArticle, m: EventMention, kind: str) -> str:
    """"X开幕式…举行" dates X's opening (its start), "X闭幕式" its close; else ``kind``."""
    at = m.end + (ctx.text[m.end:m.end + 1] in ("”", "」"))  # ("“X研讨班”结业典礼")
    word = next((w for w in lexicon().words["opening"] if ctx.text.startswith(w, at)), None)
    if word is None:
        return kind
    return "close" if word.startswith(("闭幕", "结业", "毕业", "闭营")) else "open"


def _paragraph_dates(ctx: ZhArticle) -> dict[int, str]:
    """Sentences of a paragraph that opens with "M月D日," a few days before publication resolve
    their relative dates (今日) against that day: it is the day the report speaks of."""
    if not ctx.published or len(ctx.published) < 10:
        return {}
    published = date.fromisoformat(ctx.published[:10])
    out: dict[int, str] = {}
    current: str | None = None
    for si, (a, b) in enumerate(ctx.sents):
        starts_line = a == 0 or ctx.text[a - 1] == "\n" or not ctx.text[ctx.text.rfind("\n", 0, a) + 1:a].strip()
        if starts_line:
            current = None
            lead = _LEAD_DATE.match(ctx.text, a)
            if lead:
                d = find_dates(lead.group(), "zh", ctx.published)
                if d and d[0].start_date and len(d[0].start_date) == 10:
                    day = date.fromisoformat(d[0].start_date)
                    if timedelta(0) <= published - day <= timedelta(days=7):
                        current = day.isoformat()
        if current:
            out[si] = current
    return out


def _anchors(ctx: ZhArticle) -> dict[int, str]:
    """For each sentence saying 当天 or 次日, the last day the text named before it: those
    words count from that day ("1月29日,博览会开幕。…当天下午,还举办了Y"), which the
    date engine, reading from the publication date, leaves out."""
    out: dict[int, str] = {}
    words = [m.start() for m in _SAME_DAY.finditer(ctx.text)]
    if not words:
        return out
    last = None
    for si, (a, b) in enumerate(ctx.sents):
        if a > words[-1]:
            break
        if not ctx.read(si) or not _DATE_HINT.search(ctx.text, a, b):
            continue
        if last and _SAME_DAY.search(ctx.text, a, b):
            out[si] = last
        for d in _dates(ctx, si, ctx.published, out.get(si)):
            if d.start_date and len(d.start_date) == 10 and not _skipped(ctx, a + d.start, a + d.end) \
                    and not ctx.text.endswith(("至", "到"), a, a + d.start):  # (not "展期至7月28日")
                last = d.start_date
    return out


def _event_year(ctx: ZhArticle, si: int) -> int | None:
    """The one year another name of the events a sentence names gives ("2022中国汽车论壇" in the headline for
    "11月8日-10日…第12届中国汽车论坛…举办"), for a text with no publication date."""
    named = {m.event for m in ctx.mentions if m.sent == si and m.event}
    years = {year for m in ctx.mentions if m.event in named and (year := _name_year(ctx, m))}
    return years.pop() if len(years) == 1 else None


def _name_year(ctx: ZhArticle, m: EventMention) -> int | None:
    """The year a name gives, leading ("2024年X会") or inside it ("中国天文学会2024年学术年会")."""
    if m.year:
        return int(m.year[:4])
    inner = _YEAR_HINT.search(ctx.text, m.start, m.end)
    return int(inner.group(1)) if inner else None


def _dates(ctx: ZhArticle, si: int, ref: str | None, anchor: str | None, hint: int | None = None) -> list[DateMention]:
    """The dates of sentence ``si`` (offsets within it): the engine's, and 当天/次日 counted from ``anchor``."""
    a, b = ctx.sents[si]
    found = find_dates(ctx.text[a:b], "zh", ref, hint or _partial_year(ctx))
    if anchor:
        for m in _SAME_DAY.finditer(ctx.text, a, b):
            if any(d.start <= m.start() - a < d.end for d in found):
                continue
            day = date.fromisoformat(anchor) + timedelta(days=0 if m.group() in _SAME_DAY_WORDS else 1)
            found.append(DateMention(m.start() - a, m.end() - a, m.group(), day.isoformat(), None, True))
    return found


def _durations(ctx: ZhArticle, found: _Dates) -> None:
    """为期4天 / 一连两日: the end date is the start plus the length of the event (this beats
    the one-day assumption, not an end the text gives); with only an end ("结业典礼"), the start is
    the end less the length."""
    for si, (a, b) in enumerate(ctx.sents):
        if not ctx.read(si):
            continue
        for m in _DURATION.finditer(ctx.text, a, b):
            n = int(m.group(1)) if m.group(1).isdigit() else _NUM.get(m.group(1), 0)
            ev = _duration_event(ctx, si, m)
            start = found.starts.get(ev, ("", 0))[0] if ev else ""
            end = found.ends.get(ev, ("", 0))[0] if ev and ev not in found.assumed else ""
            if n >= 1 and not start and len(end) == 10:  # "X结业典礼6月20日举行…为期7天": it began 6 days before
                found.offer(ev, (date.fromisoformat(end) - timedelta(days=n - 1)).isoformat(), None, si)
            if n < 1 or len(start) != 10 or end:
                continue
            end = date.fromisoformat(start) + timedelta(days=n - 1)
            found.offer(ev, None, end.isoformat(), si)


def _duration_event(ctx: ZhArticle, si: int, m: re.Match) -> str | None:
    if ctx.text.startswith("的", m.end()):
        after = events.mention_at(ctx, m.end() + 1, names_only=False)
        if after is not None:
            return events.resolve(ctx, after)
    a, _ = ctx.sents[si]
    before = events.events_in(ctx, a, m.start())
    return before[-1][1] if before else ctx.main_event
