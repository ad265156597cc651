"""People: ambassadors and consuls, officials with titles at named organizations, and
the events they attended (``titles.tsv``, ``surnames.tsv``, ``people_words.tsv``).

- "波兰驻华大使Y", "中国驻温哥华总领事Y", "中国常驻联合国代表Y": the sending country
  before 驻, the receiving one after it (a city gives its country; the UN none).
- "中国康复器械协会理事长吴立新", "国家药监局党组成员、副局长郑某", "铭传大学教务处刘某处长",
  "省政协副主席、省农工党主委刘某": the title split from the organization
  before it; "云南省副省长Y" -> 副省长 at 云南省人民政府; a title with no named
  organization ("市长李某") gives no role, and such a person is left out.
- attended: the person speaks, attends, reads or presides (出席, 致辞, 宣读 …) in the
  clause that names them, not after "的" ("王某的贺信").
- "…代表主办方致辞": the speaker's organization hosts the event.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from kg.extract.places import get_gazetteer
from kg.extract.zh import events, orgs
from kg.extract.zh.context import Span, ZhArticle
from kg.extract.zh.lexicon import alternation, lexicon

CONFIDENCE = 0.85
_TRANSLITERATED = re.compile(r"[\u4e00-\u9fff]{1,8}(?:[·•・‧][\u4e00-\u9fff]{1,10})+")
_DIPLOMATS = ("ambassador", "consul", "representative")
_LIST_SEPARATORS = ",、;:()和与及"
_ITEM_SEPARATORS = "、和与及"  # between the items of a list of people
#: words between a sending country and 驻 that say which holder of the post: 前, 首任, 第24任
_FORMER = ("原", "前")  # before a title: a former holder of the post
_SERVING = re.compile(r"(?:前|原|现任|新任|首任|第[\d一二三四五六七八九十]+任)*$")


@dataclass
class _Post:
    title: str
    org: Span | None  # analysis span of the organization, or None
    org_name: str | None = None  # a name not in the text (…人民政府)
    unnamed: bool = False  # an organization stands before the title but could not be read


@lru_cache(maxsize=1)
def _res() -> dict[str, re.Pattern]:
    lex = lexicon()
    return {
        "title": lex.title_re,
        "name_end": re.compile(r"(?:" + alternation(lex.people_words["name_end"]) + r")|[^\w]"),
        "attend": re.compile(alternation(lex.words["attend"])),
        # an embassy named by its two countries: "中国驻美国大使馆"
        "embassy": re.compile(r"([\u4e00-\u9fff]{1,8}?)驻([\u4e00-\u9fff]{1,10}?)(?:大使馆|使馆)"),
        # a consulate named by its country and city: "中国驻大阪总领事馆"
        "consulate": re.compile(r"([\u4e00-\u9fff]{1,8}?)驻([\u4e00-\u9fff]{1,10}?)(?:总领事馆|总领馆|领事馆)"),
        "for_host": re.compile(alternation(lex.people_words["for_host"])),
        "jointly": re.compile(alternation(lex.people_words["jointly"])),
        "speech": re.compile(alternation(lex.people_words["speech"])),
        "government_org": re.compile("(?:" + alternation(lex.org_words["gov_body"]) + ")$"),
        "present": re.compile("(?:" + alternation(lex.words["attend"]) + r")[^,;。]{0,12}的(?:还|也|主要)?(?:有|包括)"),
        # "A,B等出席", "A,B等在开幕式上致辞": a list of people ending in 等, then (where) they spoke
        "listed_attend": re.compile("等(?:人)?(?:(?:在|于)[^,。;]{1,12}?(?:上|中|期间|现场)?)?(?:"
                                    + alternation(lex.words["attend"]) + ")"),
        "elsewhere": re.compile(alternation(lex.people_words["elsewhere"])),
        "at_event": re.compile(alternation(lex.people_words["at_event"])),
        "honorific": re.compile(alternation(lex.people_words["honorific"])),
        "not_name": re.compile(alternation(lex.people_words["not_name"])),  # "总领事应邀出席": 应邀 names no one
        "addressed_after": re.compile(r"(?:伉俪|夫妇|先生|女士|阁下)"),
        "this_org": re.compile(r"(?:该|本|这家|此)(" + alternation(lex.suffixes("org")) + ")$"),
    }


def find(ctx: ZhArticle) -> None:
    kind_of = lexicon().title_kind
    for si, (a, b) in enumerate(ctx.sents):
        if not ctx.read(si):
            continue
        matches = list(_res()["title"].finditer(ctx.text, a, b))
        listed: _Listed | None = None  # the official a list named last
        for t in matches:
            name = person_after(ctx, t.end(), b) or _after_next_post(ctx, t, b)
            if name is None:
                before, listed = listed, None
                if not (_named_before(ctx, si, t) or _envoy_of_embassy(ctx, si, t)):
                    listed = _named_between(ctx, si, t, before)
                continue
            kind = kind_of(t.group())
            posts: list[_Post] = []
            if kind in _DIPLOMATS:
                pid = _diplomat(ctx, si, t, name, kind)
            else:
                pid, posts = _official(ctx, si, t, name, matches, _inherited(ctx, listed, t.start()))
            listed = None
            if pid:
                _attendance(ctx, si, pid, name, diplomat=kind in _DIPLOMATS)
                if posts:
                    listed = _Listed(_item_end(ctx, name[1]), posts)
                    listed = _sharing(ctx, si, listed, b)


@dataclass
class _Listed:
    """An official's item in a list of people: where it ends and the posts it names."""

    end: int
    posts: list[_Post]


def _item_end(ctx: ZhArticle, pos: int) -> int:
    """Where a person's item ends: after the name and how the list addresses them (伉俪, 先生)."""
    m = _res()["addressed_after"].match(ctx.text, pos)
    return m.end() if m else pos


def _inherited(ctx: ZhArticle, listed: _Listed | None, start: int) -> list[_Post] | None:
    """The posts of the item before, when ``start`` opens the next item of the same list:
    "旧金山市参事会主席邱信福、市参事朱嘉文" (朱嘉文 is a 参事 of the same body)."""
    if listed is None or start != listed.end + 1 or ctx.text[listed.end] not in _ITEM_SEPARATORS:
        return None
    return listed.posts


def _sharing(ctx: ZhArticle, si: int, listed: _Listed, limit: int) -> _Listed:
    """"中国侨联顾问池洪湖、魏需逊、谭国材", "荣誉会长孙家倞及沈秋露": the names listed after an
    official's, each closed by the list, hold the same posts."""
    text = ctx.text
    while listed.end < limit - 1 and text[listed.end] in _ITEM_SEPARATORS:
        name = person_after(ctx, listed.end + 1, limit)
        if name is None or _res()["title"].search(text, *name):
            break
        end = _item_end(ctx, name[1])
        if not _ends_name(ctx, end, limit):
            break
        pid = ctx.builder.person([ctx.surface(*name)], ctx.evidence(si), CONFIDENCE)
        for post in listed.posts:
            ctx.builder.role(pid, post.title, _post_org(ctx, si, post), ctx.evidence(si), CONFIDENCE)
        _attendance(ctx, si, pid, name)
        listed = _Listed(end, listed.posts)
    return listed


def _after_next_post(ctx: ZhArticle, t: re.Match, limit: int) -> Span | None:
    """"新加坡驻中国大使、X理事会理事吕德耀": an envoy's title, 、 and the person's next post, then
    the name, which the envoy's title names too."""
    if lexicon().title_kind(t.group()) not in _DIPLOMATS or not ctx.text.startswith("、", t.end()):
        return None
    stop = re.compile(r"[,;。:、]").search(ctx.text, t.end() + 1, min(limit, t.end() + 25))
    end = stop.start() if stop else min(limit, t.end() + 25)
    k = ctx.token_at(t.end() + 1)
    while k < len(ctx.tok_tag) and ctx.tok_end[k] <= end:
        if ctx.tok_tag[k] == "PER" and ctx.tok_end[k] == end and ctx.tok_start[k] > t.end() + 2:
            return ctx.tok_start[k], ctx.tok_end[k]  # the name closes the post's words
        k += 1
    return None


def _named_before(ctx: ZhArticle, si: int, t: re.Match) -> bool:
    """"张益明大使出席并致辞": a person the text has introduced, named again before the title."""
    name = _name_before(ctx, t.start())
    known = ctx.builder.find_person([ctx.surface(*name)]) if name else None
    if known is not None:
        _attendance(ctx, si, known.id, (name[0], t.end()), diplomat=known.ambassador_of is not None)
    return known is not None


def _envoy_of_embassy(ctx: ZhArticle, si: int, t: re.Match) -> bool:
    """"在华盛顿,中国驻美国大使馆举行新春招待会。崔天凯大使在致辞中表示…": a name before 大使,
    with no country, is the ambassador of the embassy the sentence or the one before names; a
    name before 总领事 ("中国驻大阪总领事馆薛剑总领事致辞") is the consul general of the consulate."""
    name = _name_before(ctx, t.start())
    kind = lexicon().title_kind(t.group())
    if name is None or kind not in ("ambassador", "consul") or t.group().startswith("副"):
        return False
    sending, receiving = _mission_before(ctx, name[0], kind, ctx.sents[max(0, si - 1)][0])
    if sending is None and _home_envoy_name(ctx, name):
        sending = lexicon().people_words["home"][0]  # "王鲁新总领事应邀出席…": the home country's envoy
    if sending is None:
        return False
    pid = ctx.builder.person([ctx.surface(*name)], ctx.evidence(si), CONFIDENCE)
    ctx.builder.ambassador(pid, sending, receiving, ctx.evidence(si), CONFIDENCE)
    _attendance(ctx, si, pid, (name[0], t.end()), diplomat=True)
    return True


def _home_envoy_name(ctx: ZhArticle, name: Span) -> bool:
    """Whether a name before 大使 or 总领事 that no mission explains is the home country's envoy, as
    the home press writes them ("王鲁新总领事应邀出席"): a Chinese name (a listed surname, two to
    three characters) opening its clause or a list item; a foreign envoy is named with a country."""
    text = ctx.text[name[0]:name[1]]
    surnames = lexicon().surnames
    return 2 <= len(text) <= 3 and (text[0] in surnames or text[:2] in surnames) \
        and (name[0] == 0 or ctx.text[name[0] - 1] in _LIST_SEPARATORS + "。\n")


def _named_between(ctx: ZhArticle, si: int, t: re.Match, listed: _Listed | None) -> _Listed | None:
    """"铭传大学国际教育交流处刘广华处长": an organization, the person's name, then the title;
    "…委员会池洪湖主席伉俪、黄锡海副主席伉俪": the next item of a list, of the same body."""
    name = _name_before(ctx, t.start())
    if name is None or lexicon().title_kind(t.group()) in _DIPLOMATS:
        return None
    start = orgs.org_ending_at(ctx, name[0], ctx.sents[si][0])
    inherited = _inherited(ctx, listed, name[0]) if start is None else None
    if start is None and not inherited:
        return None
    pid = ctx.builder.person([ctx.surface(*name)], ctx.evidence(si), CONFIDENCE)
    title = ctx.surface(t.start(), t.end())
    if start is not None:
        post = _Post(title, (start, name[0]))
    else:
        post = _Post(title, inherited[0].org, inherited[0].org_name)
    ctx.builder.role(pid, title, _post_org(ctx, si, post), ctx.evidence(si), CONFIDENCE)
    _attendance(ctx, si, pid, (name[0], t.end()))
    return _Listed(_item_end(ctx, t.end()), [post])


def _name_before(ctx: ZhArticle, pos: int) -> Span | None:
    """A person's name (the tagger's) ending right before ``pos``, also when the tagger glued the
    title's first character to it ("薛剑总|领事": the name 薛剑 before 总领事)."""
    i = ctx.token_at(pos - 1) if pos > 0 else -1
    if i < 0 or ctx.tok_tag[i] != "PER" or not (ctx.tok_end[i] == pos or ctx.tok_end[i] - pos == 1
                                                and pos - ctx.tok_start[i] >= 2):
        return None
    return ctx.tok_start[i], pos


def person_after(ctx: ZhArticle, pos: int, limit: int) -> Span | None:
    """The person's name starting at ``pos`` (right after a title), if one does; an honour
    before it ("拿督黄烈芳") is not part of it."""
    text = ctx.text
    honour = _res()["honorific"].match(text, pos, limit)
    if honour and honour.end() < limit:
        pos = honour.end()
    m = _TRANSLITERATED.match(text, pos, limit)
    if m:  # the last part ends where the sentence goes on ("…科瓦尔斯基在致辞中")
        last = max(text.rfind(dot, m.start(), m.end()) for dot in "·•・‧") + 1
        for end in range(last + 2, m.end() + 1):
            if _ends_name(ctx, end, limit):
                return m.start(), end
        return m.span()
    i = ctx.token_at(pos)
    lac = (pos, ctx.tok_end[i]) if ctx.tok_start[i] == pos and ctx.tok_tag[i] == "PER" else None
    if lac and (addressed := _ADDRESSED.search(text, *lac)) and addressed.start() - pos >= 2:
        lac = (pos, addressed.start())  # the tagger's "贝合纳阁下": the name, then how one addresses him
    if lac and 2 <= lac[1] - lac[0] <= 10 and _ends_name(ctx, lac[1], limit):
        return lac  # (foreign names run longer: 格卢哈科夫)
    surnames = lexicon().surnames
    if not _res()["not_name"].match(text, pos) and (text[pos:pos + 2] in surnames or text[pos:pos + 1] in surnames):
        for k in (3, 2):
            if pos + k <= limit and re.fullmatch(r"[\u4e00-\u9fff]+", text[pos:pos + k]) \
                    and _ends_name(ctx, pos + k, limit) and not _res()["name_end"].match(text, pos + 1):
                return pos, pos + k
    if lac and 2 <= lac[1] - lac[0] <= 4:
        return lac
    listed = _LISTED_NAME.match(text, pos, limit)  # "赞比亚驻华大使奇贝萨孔达、德国…": an envoy's name the tagger glued
    glued = ctx.tok_text[i] if ctx.tok_start[i] < pos else ""  # to the title, as one word ending with the name
    if listed and glued.startswith(("大使", "总领事")) and listed.end(1) <= ctx.tok_end[i] <= listed.end() \
            and not any(_res()["name_end"].match(text, k) for k in range(pos + 1, listed.end(1))):
        return listed.span(1)
    return None


_ADDRESSED = re.compile(r"(?:阁下|閣下|先生|女士)$")
#: a name of two to six characters closed by a list's separator (after how one addresses him)
_LISTED_NAME = re.compile(r"([\u4e00-\u9fff]{2,6}?)(?:阁下|閣下|先生|女士)?(?=、|,|和|及|等)")


def _ends_name(ctx: ZhArticle, pos: int, limit: int) -> bool:
    return pos >= limit or bool(_res()["name_end"].match(ctx.text, pos))


# -- diplomats ---------------------------------------------------------------------------
def _diplomat(ctx: ZhArticle, si: int, t: re.Match, name: Span, kind: str) -> str | None:
    text = ctx.text
    a, _ = ctx.sents[si]
    lead = text[max(a, t.start() - 20):t.start()]
    base = t.start() - len(lead)
    zhu = lead.rfind("驻")
    sending_end = base + zhu if zhu >= 0 and kind != "representative" else t.start()
    if kind == "representative":
        sending_end = base + (lead.rfind("常驻") if "常驻" in lead else len(lead))
    home = lexicon().people_words["home"][0]
    sending_end -= len(_SERVING.search(text[max(a, sending_end - 8):sending_end]).group())  # 日本前驻…, 韩国第24任驻…
    sending = _country_ending_at(ctx, max(a, sending_end - 12), sending_end)
    receiving = None
    if kind != "representative" and zhu >= 0:
        where = text[base + zhu:t.start()].replace("特命全权", "")  # from 驻, which cues an abbreviation (驻渝)
        receiving = home if where.startswith("驻华") else _country_of(where)
    if sending is None and zhu >= 0 and receiving not in (None, home) and _unsent(text, a, base + zhu):
        sending = home  # "驻阿联酋大使张益明": the home country's envoy, as the home press writes it
    if sending is None and zhu < 0 and not t.group().startswith("副"):
        sending, receiving = _mission_before(ctx, t.start(), kind, 0)  # "总领事张美芳" of the consulate named before
    if sending is None:
        return None
    pid = ctx.builder.person([ctx.surface(*name)], ctx.evidence(si), CONFIDENCE)
    ctx.builder.ambassador(pid, sending, receiving, ctx.evidence(si), CONFIDENCE)
    return pid


def _mission_before(ctx: ZhArticle, pos: int, kind: str, floor: int) -> tuple[str | None, str | None]:
    """The sending and receiving country of the last embassy (for an ambassador) or consulate
    (for a consul) named between ``floor`` and ``pos`` ("中国驻贝尔法斯特总领馆…。总领事张美芳邀请…")."""
    pattern = _res()["embassy" if kind == "ambassador" else "consulate"] if kind in ("ambassador", "consul") else None
    found = list(pattern.finditer(ctx.text, floor, pos)) if pattern else []
    if not found:
        return None, None
    m = found[-1]
    sending, receiving = _country_ending_at(ctx, m.start(1), m.end(1)), _country_of("驻" + m.group(2))
    return (sending, receiving) if sending and receiving else (None, None)


def _unsent(text: str, floor: int, zhu: int) -> bool:
    """Whether 驻 at ``zhu`` opens the title with no sender before it (sentence start, a list
    separator, 我国)."""
    before = text[floor:zhu]
    return not before or before.endswith(("我国", "我")) or before[-1] in _LIST_SEPARATORS


def _country_ending_at(ctx: ZhArticle, start: int, end: int) -> str | None:
    """The country named right before ``end``."""
    places = [p for p in get_gazetteer().find(ctx.text[start:end], "zh") if start + p.end == end]
    return places[-1].place.country if places else None


def _country_of(where: str) -> str | None:
    places = get_gazetteer().find(where, "zh")
    return places[0].place.country if places else None


# -- officials ------------------------------------------------------------------------------
def _official(ctx: ZhArticle, si: int, t: re.Match, name: Span, matches: list[re.Match],
              inherited: list[_Post] | None) -> tuple[str | None, list[_Post]]:
    a, _ = ctx.sents[si]
    posts: list[_Post] = []
    current: re.Match | None = t
    while current is not None:
        post, left = _post(ctx, a, current)
        posts.append(post)
        if left <= a or ctx.text[left - 1] not in "、兼":  # "A党组成员、副主任", "董事长兼总经理"
            break
        current = next((m for m in matches if m.end() == left - 1), None)
        if current is not None and _name_before(ctx, current.start()):
            break  # "A局张某局长、B会顾问X": the title before is another person's
    posts.reverse()
    for prev, post in zip(posts, posts[1:]):  # "国家药监局党组成员、副局长": the org carries on
        if post.org is None and post.org_name is None and not post.unnamed:
            if lexicon().titles.get(post.title) == "government":  # "某市委副书记、市长": the city's government
                post.org_name = _government_of_org(ctx, prev)
            else:
                post.org, post.org_name = prev.org, prev.org_name
    if inherited and len(posts) == 1 and not (posts[0].org or posts[0].org_name or posts[0].unnamed):
        posts = [_Post(posts[0].title, inherited[0].org, inherited[0].org_name)]  # "…主席邱信福、市参事朱嘉文"
    posts = [p for p in posts if p.org or p.org_name]
    if not posts:
        return None, []
    pid = ctx.builder.person([ctx.surface(*name)], ctx.evidence(si), CONFIDENCE)
    for post in posts:
        ctx.builder.role(pid, post.title, _post_org(ctx, si, post), ctx.evidence(si), CONFIDENCE)
    _for_host(ctx, si, name, posts)
    return pid, posts


def _post_org(ctx: ZhArticle, si: int, post: _Post) -> str:
    """The organization a post is held at, added to the record."""
    if post.org_name:
        return ctx.builder.org([post.org_name], ctx.evidence(si), country=orgs.org_country(post.org_name))
    return orgs.add_org(ctx, *post.org)


def _post(ctx: ZhArticle, floor: int, t: re.Match) -> tuple[_Post, int]:
    """The post a title names and where its organization starts (or the title, if none)."""
    text = ctx.text
    title, ts = t.group(), t.start()
    kind = lexicon().title_kind(title)
    if text[ts - 1:ts] in _FORMER and orgs.org_ending_at(ctx, ts - 1, floor) is not None:
        ts -= 1  # "卫生部原部长": a former minister of 卫生部 (not "新西兰前总理": a country is no body)
    this = _res()["this_org"].search(text, floor, ts)
    if this:  # "该公司销售总监": the company named before
        found = orgs.recent_org(ctx, ts - len(this.group()), this.group(1))
        if found:
            return _Post(ctx.surface(ts, t.end()), found), ts - len(this.group())
    start = orgs.org_ending_at(ctx, ts, floor)
    if start is not None and kind == "government" and _res()["government_org"].search(ctx.text, start, ts):
        return _Post(ctx.surface(ts, t.end()), (start, ts)), start  # "福建省人民政府副省长"
    if start is not None and kind != "government":
        dept = orgs.split_department(ctx, start, ts)
        if dept:
            return _Post(ctx.surface(dept[1], t.end()), (start, dept[0])), start
        return _Post(ctx.surface(ts, t.end()), (start, ts)), start
    if start is None and kind != "government":  # "波兰卫生部长": 部 closes the organization
        start = orgs.org_ending_at(ctx, ts + 1, floor)
        if start is not None and start < ts:
            return _Post(ctx.surface(ts, t.end()), (start, ts + 1)), start
    place = _place_ending_at(ctx, ts, floor)
    if place is not None:
        if kind == "government":
            gov = ctx.surface(*place) + lexicon().org_words["gov_body"][0]
            return _Post(ctx.surface(ts, t.end()), None, gov), place[0]
        government = _government_of(ctx, place)  # 澳门特别行政区行政长官: the SAR's 政府 if named
        if government:
            return _Post(ctx.surface(ts, t.end()), None, government), place[0]
        return _Post(ctx.surface(ts, t.end()), place), place[0]
    start = _unnamed_start(ctx, ts, floor) if text[ts - 1:ts] not in ("、", "兼") else ts
    return _Post(ctx.surface(ts, t.end()), None, unnamed=start < ts), start


def _government_of_org(ctx: ZhArticle, post: _Post) -> str | None:
    """The government of the place an organization's name opens with (杭州市委 -> 杭州市人民政府)."""
    if post.org is None:
        return None
    places = get_gazetteer().find(ctx.text[post.org[0]:post.org[1]], "zh")
    if not places or places[0].start != 0:
        return None
    return ctx.surface(post.org[0], post.org[0] + places[0].end) + lexicon().org_words["gov_body"][0]


def _government_of(ctx: ZhArticle, place: Span) -> str | None:
    name = ctx.surface(*place)
    return next((o.names[0] for o in ctx.builder.organizations
                 if o.names[0].startswith(name) and o.names[0][len(name):] in ("政府", "人民政府")), None)


def _unnamed_start(ctx: ZhArticle, ts: int, floor: int) -> int:
    """Where an organization we cannot name starts before a title ("…分会主任委员"), so
    that a title chain ("A副秘书长、B主任委员") can go on past it."""
    i = ctx.token_at(ts - 1) if ts > floor else -1
    start = ts
    while i >= 0 and ctx.tok_start[i] >= floor and ctx.tok_end[i] <= ts and ctx.tok_tag[i] in ("n", "vn", "nz", "ORG"):
        start = ctx.tok_start[i]
        i -= 1
    return start


def _place_ending_at(ctx: ZhArticle, end: int, floor: int) -> Span | None:
    """A named place (run of place entities) right before ``end``: 云南省, 杭州市西湖区."""
    i = ctx.token_at(end - 1)
    start = None
    while i >= 0 and ctx.tok_start[i] >= floor and ctx.tok_end[i] <= end and ctx.tok_tag[i] == "LOC":
        start = ctx.tok_start[i]
        i -= 1
    if start is None or start >= end:
        return None
    if not get_gazetteer().find(ctx.text[start:end], "zh"):
        return None
    return start, end


def _for_host(ctx: ZhArticle, si: int, name: Span, posts: list[_Post]) -> None:
    """"吴立新代表主办方致辞": the speaker's organization hosts the event ("代表承办方": organizes it)."""
    m = _res()["for_host"].match(ctx.text, name[1])
    if not m:
        return
    roles = lexicon().roles
    role = roles[max((noun for noun in roles if noun in m.group()), key=len)]
    target = _event_of_sentence(ctx, si, name[1])
    for post in posts:
        if post.org and target:
            ctx.builder.add_event(target, role, orgs.add_org(ctx, *post.org), ctx.evidence(si), CONFIDENCE)


# -- attendance -------------------------------------------------------------------------------
def _attendance(ctx: ZhArticle, si: int, pid: str, name: Span, diplomat: bool = False) -> None:
    text = ctx.text
    a, b = ctx.sents[si]
    if text.startswith("的", name[1]):
        return
    _, c_end = ctx.clause(name[1])
    verb = _res()["attend"].search(text, name[1], c_end)
    if verb is None and _res()["at_event"].search(text, a, b):  # "开幕式上,A表示"
        verb = _res()["speech"].search(text, name[1], c_end)
    if verb is None:  # "出席开幕式的还有A、B"
        verb = _res()["present"].search(text, a, name[0])
    if verb is None and text[name[1]:name[1] + 1] in _LIST_SEPARATORS:  # "A,B,C等出席开幕式"
        verb = _res()["listed_attend"].search(text, name[1], b)
    if verb is None and diplomat and not _res()["elsewhere"].search(text, a, c_end):
        verb = _res()["speech"].match(text, name[1])  # an envoy speaking in an event's report
    if verb is None:
        jointly = _res()["jointly"].search(text, name[1], b)
        verb = _res()["attend"].search(text, jointly.end(), b) if jointly else None
        if verb is None or "的" in text[name[1]:name[1] + 1]:
            return
    for event in _events_of_sentence(ctx, si, name[1]):
        ctx.builder.attended(pid, event, ctx.evidence(si), CONFIDENCE)


def _event_of_sentence(ctx: ZhArticle, si: int, pos: int) -> str | None:
    """The event a sentence puts a person at: a name in it (after the person first), a
    reference (大会, 开幕式), the event of a round-up's paragraph ("在金边,…举办新春招待会。
    李某大使在致辞中…"), else the article's main event."""
    return next(iter(_events_of_sentence(ctx, si, pos)), None)


def _events_of_sentence(ctx: ZhArticle, si: int, pos: int) -> list[str]:
    """The events a sentence puts a person at (:func:`_event_of_sentence`), with those listed with
    the name after the person ("出席A和B": both)."""
    a, b = ctx.sents[si]
    found = events.events_in(ctx, a, b)
    named = [(m, ev) for m, ev in found if not m.ref]
    for group in (named, found):
        after = [(m, ev) for m, ev in group if m.start >= pos]
        if after:
            listed = [x.event for x in events.listed_with(ctx, after[0][0]) if x.event] if not after[0][0].ref else []
            return list(dict.fromkeys([after[0][1], *listed]))
        if group:
            return [group[-1][1]]
    line = ctx.text.rfind("\n", 0, a) + 1
    first = ctx.sent_of(line) if line < a else si
    if first != si and events.opening_place(ctx, first) is not None:  # a round-up's paragraph: its own event
        earlier = [ev for m, ev in events.events_in(ctx, line, a) if not m.ref]
        if earlier:
            return [earlier[-1]]
    return [ctx.main_event] if ctx.main_event else []
