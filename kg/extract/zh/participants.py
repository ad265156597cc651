"""Countries taking part in events.

- "来自智利、秘鲁…等20多个国家…参会", "埃及、肯尼亚等国…将出席", "英国、日本等9个驻渝总领馆的
  总领事…参加", "在美国、英国等11个国家设立分会场" (a country's pavilion or branch venue);
- "200多家中国企业…参展" (firms, delegations of a country other than the host's);
- a foreign diplomat posted to China, or an official of a foreign country's body
  ("波兰卫生部长…致辞"), attending the event; a country's leader in a sentence saying who
  attends ("出席峰会的…还有土耳其总统A").
The event is the one named last before the countries in the sentence, else the one
the sentence refers to, else the article's main event.
"""

from __future__ import annotations

import re
from functools import lru_cache

from kg.extract.dates.zh import number
from kg.extract.places import PlaceMention, get_gazetteer
from kg.extract.places.pairs import country_abbreviations, paired_countries
from kg.extract.zh import events
from kg.extract.zh.context import ZhArticle
from kg.extract.zh.lexicon import alternation, lexicon
from kg.model.names import to_simplified

CONFIDENCE = 0.8
_FROM = re.compile(r"来自(?:包括)?")  # "来自包括新加坡、柬埔寨和蒙古国在内的30个国家"
_SEP = re.compile(r"、|和|及|与|以及")
_SEP_OR_COMMA = re.compile(r"、|和|及|与|以及|,")  # countries right before a delegation noun may be listed with commas
#: one item of a list, up to the next separator: at most eight characters, no punctuation
_ITEM = re.compile(r"(?!和|及|与|以及)[^、,。;:等]{1,8}")
_GROUP = re.compile(r"等[^、,。;和及与]{0,8}?(?:国家|国)(?:和地区|及地区)?")
_COUNTRY_LIST_END = re.compile(r"(?:等|在内的)\s*(?:[0-9一二两三四五六七八九十多余]+\s*个?)?(?:国家|国)"
                               r"|等的(?=(?:国会)?议员|代表|官员|专家|学者|企业|嘉宾)"  # "日本、韩国及菲律宾等的国会议员"
                               r"|[0-9一二两三四五六七八九十]+\s*个?(?:国家|国)"
                               # "英国、日本等9个驻渝总领馆": a count of the countries' missions
                               r"|等\s*[0-9一二两三四五六七八九十多余]+\s*个?(?:[\u4e00-\u9fff]{1,4}?国)?"
                               r"(?=驻|使馆|大使馆|总领馆|领馆|使领馆|代表团|展团)"  # (or "等16个欧盟成员国驻华使领馆")
                               # "越南、老挝…东盟7国驻广州总领事馆官员": a group's count of its members' missions
                               r"|(?:东盟|欧盟|非盟|金砖|上合|海合会|中东欧|拉美|阿盟)[0-9一二两三四五六七八九十]+国"
                               r"(?=驻|使馆|大使馆|总领馆|领馆|代表团|展团)")
#: a count of countries enumerated after it: "37个国家的领导人将出席论坛,分别为:A、B…"
_ENUMERATED = re.compile(r"[,，]?\s*(?:分别为|分别是|包括|即)\s*[:：]?\s*")
_POSTED = re.compile(r"驻[\u4e00-\u9fff]{1,4}$")
_GUEST = re.compile(r"主宾国")
_GUEST_AFTER = re.compile(r"[,:：]?\s*(?:分别)?(?:为|是)?[:：]?\s*")  # "主宾国,分别为A、B", "主宾国为A"
_GUEST_BEFORE = re.compile(r"(?:担任|作为|成为|为|是)[^,。;:、和及与]{0,12}$")  # "A和B担任本届投洽会主宾国"
_DELEGATION = re.compile(r"(?:企业|厂商|展商|参展商|代表团|公司|医院|机构|代表|嘉宾|官员|专家|学者|客商|观众|使节|使领馆|大使|总领事|领事"
                         r"|公使|参赞|代办|武官|外交官"
                         r"|大学|高校|青年|同胞|社团|客人|宾客|来宾|议员"
                         r"|展团|国家馆|分会场|使馆|领馆)")  # a country's pavilion or branch venue takes part too
#: people said to come from the countries listed after 来自 ("部长及副部长来自…", "参展企业700多家,分别来自…")
_PEOPLE_FROM = re.compile(r"(?:" + _DELEGATION.pattern + r"|部长|议员|企业家)(?:们)?"
                          r"(?:[0-9一二两三四五六七八九十百千多余]+[家名位个人]?,?)?(?:均|分别|主要)?来自(?:包括)?$")
_JOIN = re.compile(r"参展|参会|出席|参加|与会|参与|汇聚|云集|齐聚")
_HOME_WORDS = re.compile(r"国内|我国")
_ENVOY = re.compile(r"使节|大使|总领事|领事|公使|参赞|代办")
_SPEAK = re.compile(r"致辞|发言|讲话|演讲")
_ADDRESS = re.compile(r"致辞|致开幕辞|致贺辞|致贺词")  # an address is given at an occasion (a 讲话 anywhere)
_BOTH = re.compile(r"两国|双方")
#: a count of countries after their one-character abbreviations ("中柬老缅泰五国")
_COUNTED_ABBREVIATIONS = re.compile(r"([三四五六七八九])国")
#: "两岸" (both sides of the Taiwan Strait): people or an event of both sides bring both
_STRAIT = re.compile(r"(?:海峡)?两岸")
_STRAIT_PAIR = ("CN", "TW")


def assign(ctx: ZhArticle) -> None:
    for si, (a, b) in enumerate(ctx.sents):
        if not ctx.read(si):
            continue
        for m in _FROM.finditer(ctx.text, a, b):
            if _taking_part(ctx, m.end(), b):
                _add(ctx, si, m.start(), _country_list(ctx, m.end(), b))
        for m in _COUNTRY_LIST_END.finditer(ctx.text, a, b):
            start = _list_start(ctx, a, m.start())
            if start is not None and not ctx.text.endswith("来自", 0, start) and _taking_part(ctx, m.end(), b):
                _add(ctx, si, start, _country_list(ctx, start, m.start()))
            elif start is None and (named := _ENUMERATED.search(ctx.text, m.end(), b)) is not None \
                    and _taking_part(ctx, m.end(), named.start()):
                _add(ctx, si, named.end(), _country_list(ctx, named.end(), b))
        for m in _STRAIT.finditer(ctx.text, a, b):  # "两岸学者", "海峡两岸工业发展大会"
            named = next((x for x in ctx.mentions if x.event and x.start <= m.start() < x.end), None)
            if named is not None:
                for code in _STRAIT_PAIR:
                    ctx.builder.add_event(named.event, "participant_countries", code, ctx.evidence(si), CONFIDENCE)
            elif _taking_part(ctx, m.end(), ctx.clause(m.start())[1]):
                _add(ctx, si, m.start(), list(_STRAIT_PAIR))
        for m in _BOTH.finditer(ctx.text, a, b):
            if not _taking_part(ctx, m.end(), ctx.clause(m.start())[1]):
                continue
            pair = _abbreviated_pair(ctx.text[max(a, m.start() - 2):m.start()])
            if pair:
                _add(ctx, si, m.start() - 2, pair)  # "中日双方主要代表": the two countries the pair abbreviates
            else:
                _both(ctx, si, m.start())
        for m in _COUNTED_ABBREVIATIONS.finditer(ctx.text, a, b):  # "来自中柬老缅泰五国的村长…参加"
            n = number(m.group(1))
            spaced = ctx.text[max(a, m.start() - 2 * n + 1):m.start()]  # (or "中、俄、蒙三国企业代表参加")
            run = spaced if re.fullmatch(r"(?:[^、]、)+[^、]", spaced) else ctx.text[max(a, m.start() - n):m.start()]
            codes = _abbreviated_run(run.replace("、", ""), n)
            if codes and _taking_part(ctx, m.end(), b):
                _add(ctx, si, m.start() - len(run), codes)
        _delegations(ctx, si)
        _leaders(ctx, si)
        _guests(ctx, si)
    _attendees(ctx)
    _paired(ctx)


def _paired(ctx: ZhArticle) -> None:
    """"中国—南非…对接会": both countries of a bilateral name take part."""
    for event in ctx.builder.events:
        named = [m for m in ctx.mentions if m.event == event.id and not m.ref]
        for code in paired_countries(event.names[0], "zh") if named and event.names else []:
            ctx.builder.add_event(event.id, "participant_countries", code, ctx.evidence(named[0].sent), CONFIDENCE)


def _abbreviated_pair(text: str) -> list[str]:
    """The two countries of a pair of one-character abbreviations ("中日" -> CN, JP), or []."""
    codes = [country_abbreviations().get(to_simplified(ch)) for ch in text]
    return codes if len(text) == 2 and all(codes) and codes[0] != codes[1] else []


def _abbreviated_run(text: str, n: int) -> list[str]:
    """The ``n`` countries of a run of ``n`` one-character abbreviations ("中柬老缅泰" for 五国), or []."""
    codes = [country_abbreviations().get(to_simplified(ch)) for ch in text]
    return codes if len(text) == n and all(codes) and len(set(codes)) == n else []


def _both(ctx: ZhArticle, si: int, pos: int) -> None:
    """"两国官员…出席": the two countries of an event whose hosts and place name just two."""
    event_id = _event_before(ctx, si, pos)
    event = next((e for e in ctx.builder.events if e.id == event_id), None)
    if event is None:
        return
    countries = {o.country for o in ctx.builder.organizations
                 if o.id in (*event.hosts, *event.co_hosts, *event.organizers)} | {event.country}
    countries.discard(None)
    if len(countries) == 2:
        _add(ctx, si, pos, sorted(countries))


def _taking_part(ctx: ZhArticle, start: int, end: int) -> bool:
    """Whether the countries are said to take part: people or firms, or a joining verb, follow
    ("来自美国的进口产品" names no participant), or the people they come from are the
    subject just before ("出席的部长来自…")."""
    if _DELEGATION.search(ctx.text, start, end) or _JOIN.search(ctx.text, start, end):
        return True
    clause_start = ctx.clause(start)[0]
    if ctx.text[clause_start - 1:clause_start] == ",":  # "参展企业700多家,分别来自…": the count's clause too
        clause_start = ctx.clause(clause_start - 2)[0]
    return bool(_PEOPLE_FROM.search(ctx.text, clause_start, start))


def _country_list(ctx: ZhArticle, start: int, limit: int, sep: re.Pattern = _SEP) -> list[str]:
    """Countries listed from ``start``: "智利、秘鲁…和埃及" (stops at the first non-country), over
    a group word ("…等葡语国家及内地、香港") and 内地 (the home country's mainland)."""
    segment = ctx.text[start:limit]
    gazetteer = get_gazetteer()
    places = {p.start: p for p in gazetteer.find(segment, "zh")}
    out: list[str] = []
    pos, skipped, abbreviated = 0, 0, False
    while True:
        p = places.get(pos)
        code = gazetteer.country(p.surface) if p else None  # 香港 and 澳门 too: they have codes of their own
        region = _region().match(segment, p.end if code else pos)  # "中国内地", "内地", "本港"
        if code is None and region is None and (short := _abbreviated_item(segment, pos, abbreviated)):
            out.append(short)  # "来自美、英、法近30个国家": one-character abbreviations listed
            abbreviated, pos = True, pos + 1
            joined = sep.match(segment, pos)
            if not joined:
                break
            pos = joined.end()
            continue
        abbreviated = False
        if code is None and region is None:
            # a part no gazetteer knows ("波黑塞族共和国", a variant spelling): one, and one more
            # for every four countries read, when a country follows it
            unknown = _unknown_part(segment, pos, places) if skipped <= len(out) // 4 else None
            if unknown is None:
                break
            skipped, pos = skipped + 1, _SEP.match(segment, unknown).end()
            continue
        out.append(code or lexicon().regions[region.group()])
        pos = region.end() if region else p.end
        pos = _unknown_part(segment, pos, places) or pos  # "坦桑尼亚桑给巴尔": a part of the country just read
        group = _GROUP.match(segment, pos)
        joined = sep.match(segment, group.end() if group else pos)
        if not joined:
            break
        pos = joined.end()
    return out


def _abbreviated_item(segment: str, pos: int, after_one: bool) -> str | None:
    """The country of a one-character abbreviation at ``pos`` that is an item of a list of them:
    one came just before ("美、英、法"), or another follows after 、; else None."""
    code = country_abbreviations().get(segment[pos:pos + 1])
    if code is None:
        return None
    if after_one or segment[pos + 1:pos + 2] == "、" and country_abbreviations().get(segment[pos + 2:pos + 3]):
        return code
    return None


def _unknown_part(segment: str, pos: int, places: dict[int, PlaceMention]) -> int | None:
    """The end of a short stretch no gazetteer knows at ``pos``, when a separator and a country
    follow it (the list goes on); else None."""
    item = _ITEM.match(segment, pos)  # (a city inside it is part of the word: "塞拉里昂")
    inside = item and any(pos <= q < item.end() and get_gazetteer().country(p.surface) for q, p in places.items())
    sep = _SEP.match(segment, item.end()) if item and not inside else None
    after = places.get(sep.end()) if sep else None
    return item.end() if after is not None and get_gazetteer().country(after.surface) else None


@lru_cache(maxsize=1)
def _region() -> re.Pattern:
    return re.compile(alternation(lexicon().regions))


def _list_start(ctx: ZhArticle, floor: int, end: int, sep: re.Pattern = _SEP) -> int | None:
    """Where a list of countries ending at ``end`` ("埃及、肯尼亚等国") starts."""
    gazetteer = get_gazetteer()  # (新加坡 too, a city-state)
    places = [p for p in gazetteer.find(ctx.text[floor:end], "zh")
              if p.place.kind == "country" or gazetteer.country(p.surface)]
    if not places or floor + places[-1].end != end:
        return None
    start = floor + places[-1].start
    for p in reversed(places[:-1]):
        between = ctx.text[floor + p.end:start]
        if not sep.fullmatch(between):
            break
        start = floor + p.start
    return start


def _delegations(ctx: ZhArticle, si: int) -> None:
    """"200多家中国企业…参展": a country's firms or delegation joining the event."""
    a, b = ctx.sents[si]
    for d in _DELEGATION.finditer(ctx.text, a, b):
        clause = ctx.clause(d.start())
        if not (_JOIN.search(ctx.text, *clause) or _ENVOY.fullmatch(d.group()) and _SPEAK.search(ctx.text, *clause)
                or _listed_attending(ctx, d.end(), b)):
            continue  # (envoys who speak there take part: "邀请…泰国总领事发言")
        posted = _POSTED.search(ctx.text, max(a, d.start() - 6), d.start())
        end = posted.start() if posted else d.start()  # "西班牙驻华公使": the country, its post, the noun
        start = _list_start(ctx, max(a, end - 60), end, _SEP_OR_COMMA)
        if start is not None:  # "澳大利亚、蒙古,泰国总领事": every country of the list right before the noun
            _add(ctx, si, start, _country_list(ctx, start, end, _SEP_OR_COMMA), foreign_only=True)
            continue
        home = None  # "30多家国内医学装备领域的头部企业": the home country's firms
        for home in _HOME_WORDS.finditer(ctx.text, max(a, d.start() - 16), d.start()):
            pass
        if home is not None and not re.search(r"[,;。]", ctx.text[home.end():d.start()]):
            _add(ctx, si, home.start(), [lexicon().people_words["home"][0]], foreign_only=True)


def _listed_attending(ctx: ZhArticle, pos: int, end: int) -> bool:
    """"…,A、B驻华大使,C驻华使馆临时代办,…约400人出席。": a list of attendees over several clauses
    that the sentence's join verb closes; no other verb stands between ``pos`` and it."""
    join = None
    for join in _JOIN.finditer(ctx.text, pos, end):
        pass
    if join is None or len(ctx.text[join.end():end].strip("了。!")) > 8:
        return False
    k = ctx.token_at(pos)
    while k < len(ctx.tok_tag) and ctx.tok_start[k] < join.start():
        word = ctx.tok_text[k]
        if ctx.tok_tag[k] == "v" and not (word.startswith("驻") or _DELEGATION.fullmatch(word) or len(word) == 1
                                           or word.endswith("人")):  # (the tagger's 使|领馆, 负责人)
            return False
        k += 1
    return True


def _leaders(ctx: ZhArticle, si: int) -> None:
    """"出席峰会的外国元首还有土耳其总统A、印尼总统B", "希腊外交部副部长B视频致辞": a country's
    leader or minister in a sentence saying who attends or addresses it brings the country; so does
    a guest country of honour ("主宾国新加坡")."""
    a, b = ctx.sents[si]
    if not (_JOIN.search(ctx.text, a, b) or _ADDRESS.search(ctx.text, a, b)) or not _title_words().search(ctx.text, a, b):
        return
    titles, guest, gazetteer = _leader_titles(), _guest_country(), get_gazetteer()
    for p in gazetteer.find(ctx.text[a:b], "zh"):
        code = gazetteer.country(p.surface)  # 新加坡 too, a city-state
        if ctx.text.endswith("驻", 0, a + p.start):
            continue  # "中央政府驻香港联络办副主任": a body posted there is another's
        if code and (titles.match(ctx.text, a + p.end) or guest.search(ctx.text, max(a, a + p.start - 4), a + p.start)):
            _add(ctx, si, a + p.start, [code], foreign_only=True)


def _guests(ctx: ZhArticle, si: int) -> None:
    """Guest countries of honour listed after or before the word: "有三个国家担任主宾国,分别为A、B、C",
    "主宾国为A", "A和B担任本届投洽会主宾国"."""
    a, b = ctx.sents[si]
    for m in _GUEST.finditer(ctx.text, a, b):
        after = _GUEST_AFTER.match(ctx.text, m.end(), b)
        if after and (found := _country_list(ctx, after.end(), ctx.clause(after.end())[1])):
            _add(ctx, si, m.start(), found)
            continue
        before = _GUEST_BEFORE.search(ctx.text, max(a, m.start() - 24), m.start())
        start = _list_start(ctx, a, before.start()) if before else None
        if start is not None:
            _add(ctx, si, start, _country_list(ctx, start, before.start()))


@lru_cache(maxsize=1)
def _title_words() -> re.Pattern:
    """Any word of a leader's or minister's title or of a guest country: a sentence without one
    names none (a cheap test before the gazetteer's)."""
    lex = lexicon()
    words = lex.people_words
    return re.compile(alternation([*words["leader"], *words["minister"], *words["guest_country"], *lex.titles, "代表"]))


@lru_cache(maxsize=1)
def _leader_titles() -> re.Pattern:
    """A leader's title, or a minister's of one of the country's ministries ("人力部长",
    "外交部副部长"), right after the country's name; or the title of an official of a body
    named after the country ("商务部国务秘书", "国际关系研究所研究部主任", "计划投资部代表")."""
    lex = lexicon()
    words = lex.people_words
    return re.compile(alternation(words["leader"]) + r"|[^,、。;:和及与]{0,8}?(?:" + alternation(words["minister"]) + ")"
                      + r"|[^,、。;:和及与]{1,12}?(?:" + alternation(lex.suffixes("org")) + r")[^,、。;:和及与]{0,4}?(?:"
                      + alternation([*lex.titles, "代表"]) + ")")


@lru_cache(maxsize=1)
def _guest_country() -> re.Pattern:
    return re.compile("(?:" + alternation(lexicon().people_words["guest_country"]) + r")$")


def _add(ctx: ZhArticle, si: int, pos: int, countries: list[str], foreign_only: bool = False) -> None:
    if not countries:
        return
    event_id = _event_before(ctx, si, pos)
    if event_id is None:
        return
    event = next(e for e in ctx.builder.events if e.id == event_id)
    for code in countries:
        if foreign_only and code == event.country:
            continue
        ctx.builder.add_event(event_id, "participant_countries", code, ctx.evidence(si), CONFIDENCE)


def _event_before(ctx: ZhArticle, si: int, pos: int) -> str | None:
    """The event named last before ``pos`` in its sentence, else the one the sentence names after
    it ("A、B官员出席第14届X"), else the article's main event."""
    a, b = ctx.sents[si]
    found = events.events_in(ctx, a, pos)
    named = [ev for m, ev in found if not m.ref]
    if named:
        return named[-1]
    if found:
        return found[-1][1]
    after = [ev for m, ev in events.events_in(ctx, pos, b) if not m.ref]
    return after[0] if after else ctx.main_event


def _attendees(ctx: ZhArticle) -> None:
    """Officials of a foreign country's bodies bring their country to the events they attend
    (ambassadors do so in :mod:`kg.extract.envoys`)."""
    by_id = {e.id: e for e in ctx.builder.events}
    for person in ctx.builder.people:
        countries = set()
        for role in person.roles:
            org = next((o for o in ctx.builder.organizations if o.id == role.org), None)
            named = get_gazetteer().find(org.names[0], "zh") if org else []
            if named and named[0].start == 0 and named[0].place.kind == "country":
                countries.add(named[0].place.country)
        for ev in person.attended:
            event = by_id[ev]
            for code in sorted(countries - {event.country, None}):
                span = next(((e.start, e.end) for e in person.evidence if e.fact == "attended"), (0, 0))
                ctx.builder.add_event(ev, "participant_countries", code, span, CONFIDENCE)
