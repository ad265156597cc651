"""Organization names in Chinese text: where they start and end, their country and parent.

An organization name is read over name-like words up to an edge, and counts
when it ends in an organization word (``org_suffixes.tsv``: 协会, 委员会, 有限公司 …)
or holds an organization entity from LAC. Parents come from compound names
(商务部外贸司 -> 商务部) and from 隶属于 / 旗下 / 下属
(``org_words.tsv``).
"""

from __future__ import annotations

import re
from functools import lru_cache

from kg.extract.places import get_gazetteer
from kg.extract.zh.context import Span, ZhArticle
from kg.extract.zh.lexicon import DECLARED, alternation, lexicon

CONFIDENCE = 0.85
_NAME_TAGS = frozenset({"n", "nz", "nw", "vn", "an", "s", "LOC", "ORG", "m", "a", "v"})
_VERB_STOPS = frozenset({"是", "为", "由", "在", "等", "的", "将", "对", "向"})
_JOINERS = frozenset({"和", "与", "及"})
_HYPHENS = frozenset({"-", "—", "–"})
_SIGNATURE = re.compile(r"[\u4e00-\u9fff()]{4,30}")
_SIGNATURE_LINES = 8
#: administrative levels that open a body's name relative to the place in focus ("省财政厅")
_LEVELS = frozenset("省市县区州")
_UNREAD_EDGE = re.compile(r"[^\u4e00-\u9fff]|的|是|在|由|和|与|及|为|对|向|将|从|据")


@lru_cache(maxsize=1)
def _res() -> dict[str, re.Pattern]:
    lex = lexicon()
    return {
        "org_end": re.compile(f"(?:{alternation(lex.suffixes('org'))})$"),
        "org_inner": re.compile(f"(?:{alternation(lex.suffixes('org'))})"),
        "parent_end": re.compile(f"(?:{alternation(lex.suffixes('parent'))})"),
        "firm_end": re.compile(f"(?:{alternation(lex.suffixes('firm'))})"),
        "child_end": re.compile(f"(?:{alternation(lex.suffixes('child'))})$"),
        "dept_end": re.compile(f"(?:{alternation(lex.suffixes('dept'))})$"),
        "unnamed": re.compile(f"^(?:{alternation(lex.org_words['unnamed'])})(?![\u4e00-\u9fff]{{0,1}}(?:省|市|县|区))"),
        "parent_after": re.compile(alternation(lex.org_words["parent_after"])),
        "parent_before": re.compile(alternation(lex.org_words["parent_before"])),
        "glued_pair": re.compile(f"(?:{alternation(lex.suffixes('org'))})(?:系|为|是|隶属于|属于)"),
        "member": re.compile(alternation(lex.org_words["member"])),
        "subsidiary": re.compile(alternation(lex.org_words["subsidiary"])),
        "copula": re.compile(r"(?:为|是|系|属于|乃)$"),
    }


def declared_aliases(ctx: ZhArticle) -> dict[str, Span]:
    """Short names the text declares: "上海联影医疗科技股份有限公司(以下简称“联影医疗”)"."""
    if ctx.org_aliases is None:
        ctx.org_aliases = {}
        for m in DECLARED.finditer(ctx.text):
            floor = ctx.sents[ctx.sent_of(m.start())][0]
            start = org_ending_at(ctx, m.start(), max(floor, m.start() - 40))
            if start is not None:
                ctx.org_aliases.setdefault(m.group(1), (start, m.start()))
        signed = _issuer(ctx)
        if signed is not None:  # "我会将组织…": the association that signs the notice
            for word in lexicon().org_words["self"]:
                ctx.org_aliases.setdefault(word, signed)
    return ctx.org_aliases


def _issuer(ctx: ZhArticle) -> Span | None:
    """The organization signing an announcement: a line of its own among the last lines."""
    text = ctx.text
    end = len(text)
    for _ in range(_SIGNATURE_LINES):
        start = text.rfind("\n", 0, end) + 1
        line = text[start:end].strip()
        if _SIGNATURE.fullmatch(line) and _res()["org_end"].search(line) and not _res()["unnamed"].match(line):
            first = start + text[start:end].index(line)
            return first, first + len(line)
        end = start - 1
        if end <= 0:
            break
    return None


def org_like(ctx: ZhArticle, start: int, end: int) -> bool:
    """Whether ``text[start:end]`` reads as a named organization: it ends in an organization
    word after a name of its own (not 该公司, not 省委), or in an organization entity, or it
    is a short name the text declares."""
    name = ctx.text[start:end]
    if ctx.org_aliases and name in ctx.org_aliases:
        return True
    if end - start < 2 or (_res()["unnamed"].match(name) and not ctx.entities("LOC", start, end)
                           and not relative_name(name)):
        return False
    if re.match(r"(?:该|本|这|此|其|各|我|贵)", name) and not _opens_with_place(name):
        return False  # 该公司, 贵单位 (but 贵州…, 本溪…)
    suffix = _res()["org_end"].search(name)
    if suffix and len(name) - len(suffix.group()) >= 2:
        return True
    if _LATIN_BODY.search(name):
        return True  # "日本言论NPO": a body's Latin abbreviation closes its name
    i = ctx.token_at(end - 1)
    if ctx.tok_tag[i] == "ORG" and ctx.tok_end[i] == end:
        return True
    first = ctx.token_at(start)  # "农工党中央": an organization entity and one noun after it
    return ctx.tok_tag[first] == "ORG" and ctx.tok_start[first] == start and first + 1 == i \
        and ctx.tok_tag[i] == "n" and ctx.tok_end[i] == end and ctx.tok_text[i] not in lexicon().titles \
        and not _res()["org_end"].search(ctx.tok_text[first])


#: a Chinese name closed by a body's Latin abbreviation or kind ("日本言论NPO", "X基金会CUSEF")
_LATIN_BODY = re.compile(r"[\u4e00-\u9fff]{2,}(?:NPO|NGO|[A-Z]{3,6})$")


def relative_name(name: str) -> bool:
    """A body named relative to the place the text is about: one administrative level and a
    department of its own ("省财政厅", "市商务局"; not 省委, 市政府, 省人民政府)."""
    if name[:1] not in _LEVELS or _opens_with_place(name):
        return False
    suffix = _res()["org_end"].search(name)
    return suffix is not None and len(name) - 1 - len(suffix.group()) >= 2


def _bare_level(name: str) -> bool:
    """An administrative level with no name of its own: 省委, 市政府 (not 省财政厅)."""
    return bool(_res()["unnamed"].match(name)) and not relative_name(name) and not _opens_with_place(name)


def _is_place(word: str) -> bool:
    found = get_gazetteer().find(word, "zh")
    return len(found) == 1 and found[0].start == 0 and found[0].end == len(word)


def _opens_with_place(name: str) -> bool:
    found = get_gazetteer().find(name, "zh")
    return bool(found) and found[0].start == 0


#: a place in brackets closing a body's name: its campus or branch there ("山东大学(威海)")
_CAMPUS = re.compile(r"\(([\u4e00-\u9fff]{2,6})\)$")
_LONG_LIST = 4  # parts of a list of organizations in which one misread part may be left out
#: a short name in brackets right after an organization's ("(澳门贸促局)", "(以下简称中国科协)")
#: a last list item that names no body: "…与越南相关单位", "及有关部门"
_GENERIC_TAIL = re.compile(r"(?:、|,|以及|及|和|与)[^、,和及与]{0,8}?(?:相关|有关)(?:单位|部门|机构|方面)$")
_ALIAS_END = re.compile(r"\([^()]{2,12}\)$")
#: a mission abroad after its country: "驻厦总领馆", "驻华大使馆", "驻上海总领事馆", "驻港代表处"
_MISSION = re.compile(r"驻[^、,，和与及]{1,6}?(?:总领事馆|总领馆|领事馆|大使馆|使馆|代表处|办事处)")
#: a publication's offices, named by its title in 《》 before them ("《中国音乐学》杂志社")
_MEDIA = frozenset({"杂志社", "编辑部", "报社", "期刊社", "杂志", "编辑委员会", "出版社", "报业集团"})
#: the publisher's own body in a list of organizations ("…和我校联合主办"): no name to give it
_SELF = re.compile(r"(?:我|本)(?:校|院|会|所|单位|司|公司|中心|局|部|馆|市|省|区|县)")


def _inner_verb(ctx: ZhArticle, i: int) -> bool:
    """A two-character verb inside a name, after a noun or place: "国家|合作|秘书处",
    "投资|促进|局" (not a holding or role verb)."""
    word = ctx.tok_text[i]
    return (len(word) == 2 and i > 0 and ctx.tok_tag[i - 1] in ("n", "nz", "LOC", "ORG")
            and word not in _not_inner_verbs())


@lru_cache(maxsize=1)
def _not_inner_verbs() -> frozenset[str]:  # noqa: N802 - a constant built once
    lex = lexicon()
    return frozenset([*lex.words["hold"], *lex.words["attend"], *lex.roles, *lex.words["stop"]])


def org_ending_at(ctx: ZhArticle, end: int, floor: int) -> int | None:
    """Start of the organization name ending at ``end`` (read leftwards, not before ``floor``)."""
    for alias in ctx.org_aliases or ():
        if end - len(alias) >= floor and ctx.text.startswith(alias, end - len(alias)):
            return end - len(alias)
    campus = _CAMPUS.search(ctx.text, max(floor, end - 12), end)
    if campus and get_gazetteer().find(campus.group(1), "zh"):  # "山东大学(威海)": a campus after its body
        start = org_ending_at(ctx, campus.start(), floor)
        return start if start is not None and _res()["org_end"].search(ctx.text, start, campus.start()) else None
    descriptors = lexicon().org_words["descriptor"]
    i = ctx.token_at(end - 1)
    if ctx.tok_tag[i] == "x":  # a sentence LAC did not read: the name runs back to a function word
        edge = _UNREAD_EDGE.search(ctx.text[max(floor, ctx.tok_start[i], end - 20):end][::-1])
        start = end - (edge.start() if edge else min(20, end - max(floor, ctx.tok_start[i])))
        return start if org_like(ctx, start, end) else None
    start = None
    while i >= 0 and ctx.tok_end[i] > floor:
        tag, word = ctx.tok_tag[i], ctx.tok_text[i]
        if word in _HYPHENS and start is not None and i > 0 and ctx.tok_tag[i - 1] in _NAME_TAGS:  # 中国—东盟
            i -= 1
            continue
        if word == ")" and start is not None:  # "莆田(中国)健康产业总会": a place in brackets inside the name
            opener = ctx.text.rfind("(", max(floor, ctx.tok_start[i] - 8), ctx.tok_start[i])
            inner = ctx.text[opener + 1:ctx.tok_start[i]] if opener > floor else ""
            k = ctx.token_at(opener) - 1 if inner else -1
            if k >= 0 and get_gazetteer().find(inner, "zh") and ctx.tok_tag[k] in _NAME_TAGS:
                start, i = opener, k
                continue
        glued = tag == "c" and len(word) > 1 and word[0] in _JOINERS  # the tagger's "与健康医疗…学会"
        if word in _JOINERS and start is not None and i > 0 and _inside_place(ctx, i, floor):
            start = ctx.tok_start[i]  # "特立尼达和多巴哥…商学院": 和 inside a country's name
            i -= 1
            continue
        if (word in _JOINERS and start is not None or glued) and i > 0:
            # "…康复器械安全与质量评价委员会" is one name; "A协会与B" ends a first name at 与
            left = ctx.tok_start[i]
            if (ctx.tok_tag[i - 1] == "ORG" or _res()["org_end"].search(ctx.text, 0, left)) \
                    and not _unit_going_on(ctx, max(floor, ctx.tok_start[i - 1]), left) \
                    and not _portfolio(ctx, max(floor, ctx.tok_start[i - 1]), left, left + 1, end):
                break  # (but "…学会国际交流与合作分会", "四川省文化和旅游厅": the unit's name goes on)
            if glued:
                start = left
            i -= 1
            continue
        if start is None and word in lexicon().org_suffixes or start is not None and word == "联合":
            tag = "n"  # the tagger's verbs: "…联合(vd)|组织(v)" ends a name as 联合组织
        if tag == "PER" and start is not None and ctx.text[start:end] in lexicon().org_suffixes:
            tag = "n"  # the tagger's person "马华" before an organization word alone: "马华|公会"
        if (ctx.tok_end[i] > end and start is not None) or word in _VERB_STOPS or tag not in _NAME_TAGS:
            break  # (the last word may run past ``end``: "国家药监局党组|成员" is cut at the title)
        if tag == "v" and start is not None and not ctx.entities("ORG", ctx.tok_start[i], end) \
                and not word.startswith("驻") and not _inner_verb(ctx, i):  # (驻华 in "柬埔寨驻华使馆" is part of the name)
            break
        start = max(ctx.tok_start[i], floor)  # a word may also start before ``floor``
        if tag == "ORG" or start == floor:
            while tag == "ORG" and i > 0 and ctx.tok_start[i - 1] >= floor and (
                    ctx.tok_tag[i - 1] == "LOC" or _is_place(ctx.tok_text[i - 1])
                    or ctx.tok_text[i - 1] in lexicon().org_words["national"]
                    or ctx.tok_tag[i - 1] == "ORG" and len(ctx.tok_text[i - 1]) > 1
                    and ctx.tok_text[i - 1][-1] not in _VERB_STOPS | _JOINERS):
                # "巴基斯坦|国家卫生服务部", "全国|台联", "X商工会议所|Y委员会": the tagger's pieces of one name
                i -= 1
                start = ctx.tok_start[i]
            if tag == "ORG" and (k := _body_before_modifiers(ctx, i, floor)) is not None:
                i, start = k, ctx.tok_start[k]  # "上海合作组织|睦邻|友好|合作委员会": a body's unit named after it
            if i > 2 and ctx.tok_text[i - 1] in ("与", "和") and (k := _unit_opening(ctx, i - 1, floor)) is not None:
                i, start = k, ctx.tok_start[k]  # "中国X学会|国际|交流|与|合作分会": a unit's name runs across 与
            if i > 1 and ctx.tok_text[i - 1] in _JOINERS and ctx.tok_start[i - 2] >= floor and _inside_place(ctx, i - 1, floor):
                i -= 2  # "特立尼达|和|多巴哥西印度大学商学院": the country's name runs across 和
                start = ctx.tok_start[i]
            if i > 1 and ctx.tok_text[i - 1] in _HYPHENS and ctx.tok_tag[i - 2] == "LOC" \
                    and ctx.tok_start[i - 2] >= floor:  # "中国|—|中东欧国家…联合会"
                start = ctx.tok_start[i - 2]
            if i > 0 and ctx.tok_text[i - 1].endswith("驻") and ctx.tok_start[i - 1] >= floor:  # "(中国)驻|欧盟|使团"
                i -= 1
                start = ctx.tok_start[i]
                if i > 0 and ctx.tok_tag[i - 1] == "LOC" and ctx.tok_start[i - 1] >= floor:
                    start = ctx.tok_start[i - 1]
            break
        i -= 1
    if start is None:
        return None
    if ctx.text.endswith("》", 0, start) and ctx.text[start:end] in _MEDIA:  # "《中国音乐学》杂志社"
        opener = ctx.text.rfind("《", max(floor, start - 20), start)
        start = opener if opener >= floor else start
    for d in descriptors:  # "供应商星河数据…": the tagger glued 商 to the name
        if ctx.text.startswith(d[-1], start) and ctx.text.endswith(d[:-1], 0, start):
            start += 1
            break
    for pair in _res()["glued_pair"].finditer(ctx.text, start, end):  # "X有限公司系Y集团" read as one name
        start = pair.end()
    start = place_split_before(ctx, start, floor)
    return start if org_like(ctx, start, end) else None


def place_split_before(ctx: ZhArticle, start: int, floor: int) -> int:
    """Where the name starts when the tagger glued a place's first character to a numeral before it
    ("之|一台|北市电脑公会": 台北市电脑公会); ``start`` otherwise."""
    i = ctx.token_at(start - 1) if start > floor else -1
    if i < 0 or ctx.tok_tag[i] != "m" or ctx.tok_end[i] != start:
        return start
    for p in get_gazetteer().find(ctx.text[max(floor, start - 2):start + 4], "zh"):
        at = max(floor, start - 2) + p.start
        if at < start < max(floor, start - 2) + p.end:
            return at
    return start


_MODIFIER_CHARS = 6  # characters of the words between a body and its unit's name


def _body_before_modifiers(ctx: ZhArticle, i: int, floor: int) -> int | None:
    """The token of a body's name right before short modifying words that open the name at token
    ``i`` ("上海合作组织|睦邻|友好|合作委员会"), if there is one."""
    j = i - 1
    while j > 0 and ctx.tok_start[j] >= floor and ctx.tok_tag[j] in ("a", "v", "vn", "n") \
            and len(ctx.tok_text[j]) <= 2 and ctx.tok_text[j] not in _not_inner_verbs():
        j -= 1
    if j == i - 1 or j < 0 or ctx.tok_start[j] < floor or ctx.tok_tag[j] != "ORG" \
            or ctx.tok_start[i] - ctx.tok_end[j] > _MODIFIER_CHARS or ctx.tok_text[j][-1] in _VERB_STOPS | _JOINERS:
        return None
    return j


def _inside_place(ctx: ZhArticle, i: int, floor: int) -> bool:
    """Whether token ``i`` (a joiner) lies inside a place's name: "特立尼达和多巴哥"."""
    lo = max(floor, ctx.tok_start[i] - 8)
    pos = ctx.tok_start[i] - lo
    return any(p.start < pos < p.end for p in get_gazetteer().find(ctx.text[lo:ctx.tok_end[i] + 8], "zh"))


def org_starting_at(ctx: ZhArticle, start: int, limit: int) -> int | None:
    """End of the organization name starting at ``start`` (the longest that reads as one)."""
    i = ctx.token_at(start)
    best = None
    while i < len(ctx.tok_start) and ctx.tok_end[i] <= limit:
        tag, word = ctx.tok_tag[i], ctx.tok_text[i]
        if word in _VERB_STOPS or tag not in _NAME_TAGS or (tag == "v" and i > ctx.token_at(start)) \
                or word in lexicon().titles:
            break
        if org_like(ctx, start, ctx.tok_end[i]):
            best = ctx.tok_end[i]
        elif best is not None and tag != "ORG":
            break
        i += 1
    return best


def split_list(ctx: ZhArticle, start: int, end: int, partial: bool = False) -> list[Span]:
    """Organization names listed in ``text[start:end]`` ("A、B和C"); [] unless every part is one
    (but for one misread part in a long list, and a last "相关单位" that names none); with
    ``partial`` (a slot only bodies fill: "由A、B主办"), the parts that are."""
    text = ctx.text
    generic = _GENERIC_TAIL.search(text, start, end)
    if generic and generic.start() > start:
        end = generic.start()  # "A、B与越南相关单位": a last item naming no body
    parts: list[Span] = []
    pos = start
    places = get_gazetteer().find(text[start:end], "zh")
    for m in re.finditer(r",?以及|、|,|及|和|与|联同|会同|偕同|同|联合|携手", text[start:end]):  # (",以及" is one separator)
        a, b = start + m.start(), start + m.end()
        if any(p.start < m.start() and m.end() < p.end for p in places):
            continue  # "特立尼达和多巴哥…商学院": 和 inside a country's name
        bare = a - len(alias.group()) if (alias := _ALIAS_END.search(text, pos, a)) else a  # "A(以下简称B)和C"
        if m.group() in ("和", "与", "及") and (_unit_going_on(ctx, pos, bare) or _portfolio(ctx, pos, bare, b, end)) \
                or m.group() in ("及", "和", "与", "同", "联同", "会同", "偕同", "联合", "携手") \
                and not ((org_like(ctx, pos, bare) or _region(ctx, pos, bare))
                         and (_org_follows(ctx, b, end) or _placeless_follows(ctx, pos, b, end)
                              or _regions_then_body(ctx, b, end))) \
                and not (get_gazetteer().country(text[pos:bare]) and _MISSION.search(text, b, end)):
            continue  # (but "新加坡和泰国驻厦总领馆": two countries' missions)
        if m.group() == "联合" and not _verb_at(ctx, a) and (text[b:b + 1] in ("会", "国", "体", "办")
                                                          or text[b:b + 2] in ("组织", "机构")):
            continue  # 联合会, 联合国, …联合组织 (but "星河联合国华药业": the tagger read 联合 as the verb)
        parts.append((pos, a))
        pos = b
    parts.append((pos, end))
    parts = [(a, b) for a, b in parts  # "…和我校联合主办": the site's own body, unless the text names it
             if not _SELF.fullmatch(text, a, b) or org_ending_at(ctx, b, a) is not None]
    out = []
    whole: list[Span] = []  # the parts that are a body's name from their first character
    counted = 0
    for i, (a, b) in enumerate(parts):
        alias = _ALIAS_END.search(text, a, b)  # "澳门贸易投资促进局(澳门贸促局)", not a campus "(威海)"
        b = b - len(alias.group()) if alias and not _is_place(alias.group()[1:-1]) else b
        s = org_ending_at(ctx, b, a)
        if s is not None and _COUNTED.match(text, s, b):
            counted += 1
            continue  # "12个城市人民政府": bodies counted, none named
        if s is not None:
            out.append((s, b))
            if s == a:
                whole.append((s, b))
        elif (mission := _elided_mission(ctx, parts, i) or _elided_body(ctx, parts, i)) is not None:
            ctx.elided[(a, b)] = mission  # "菲律宾、新加坡和泰国驻厦总领馆": 菲律宾驻厦总领馆 too
            out.append((a, b))  # (and "广东省和浙江省人民政府": 广东省人民政府 too)
        elif i > 0 and out and out[0][0] == parts[0][0] and (place := _place_opening(ctx, *out[0])) is not None \
                and _PLACELESS.fullmatch(text, a, b):
            ctx.prefixed[(a, b)] = place  # "重庆市工商联、总商会": 重庆市总商会
            out.append((a, b))
    # a list is organizations when (nearly) every part is one: a long list may hold a name the
    # tagger misread ("台湾商业|总会(v)"), which alone is left out
    named = len(parts) - counted
    if out and (len(out) == named or named >= _LONG_LIST and len(out) >= 2 * named / 3):
        return out
    # read in part, the parts that are each wholly a body's name ("由省政府、好园区主办"), not the
    # tail of a longer phrase ("印尼、泰国…和缅甸等国留学生协会": 国留学生协会)
    return whole if partial else []


_COUNTED = re.compile(r"[0-9一二两三四五六七八九十百多几]+[个個家所]")
#: a body's short name with no place of its own: a few characters and an organization word ("总商会", "侨办",
#: the 市政府 of "惠州市委、市政府")
_PLACELESS = re.compile(r"[\u4e00-\u9fff]{1,2}(?:商会|侨办|外办|侨联|工商联|协会|学会|办|局|委|人民政府|政府)")


def _place_opening(ctx: ZhArticle, start: int, end: int) -> Span | None:
    """The city or province a body's name opens with ("重庆市工商联": 重庆市), if one does."""
    found = get_gazetteer().find(ctx.text[start:end], "zh")
    if not found or found[0].start != 0 or found[0].place.kind not in ("city", "province"):
        return None
    stop = found[0].end + (1 if ctx.text[start + found[0].end:start + found[0].end + 1] in "市省" else 0)
    return start, start + stop


def _placeless_follows(ctx: ZhArticle, start: int, after: int, end: int) -> bool:
    """Whether "…和侨办" goes on with a short name of a body of the place the first opens with."""
    m = re.search(r"、|,|以及|及|和|与|$", ctx.text[after:end])
    stop = after + (m.start() if m else end - after)
    return _PLACELESS.fullmatch(ctx.text, after, stop) is not None and _place_opening(ctx, start, after) is not None


def _elided_mission(ctx: ZhArticle, parts: list[Span], i: int) -> Span | None:
    """For a list item that is a country's name alone, followed by more such items and then by a
    country's mission ("菲律宾、新加坡和泰国驻厦总领馆"), the span of the mission's words after its
    country (驻厦总领馆): the item stands for its own country's mission."""
    gazetteer = get_gazetteer()
    if not gazetteer.country(ctx.text[parts[i][0]:parts[i][1]]):
        return None
    for a, b in parts[i + 1:]:
        if gazetteer.country(ctx.text[a:b]):
            continue  # another country's name alone
        named = gazetteer.find(ctx.text[a:b], "zh")
        country = named[0] if named and named[0].start == 0 and named[0].place.kind == "country" else None
        if country is None or not _MISSION.fullmatch(ctx.text, a + country.end, b):
            return None
        return a + country.end, b
    return None


def _unit_opening(ctx: ZhArticle, joiner: int, floor: int) -> int | None:
    """The token of the body whose unit's name runs on to the joiner at token ``joiner`` over
    a few nouns ("中国X学会|国际|交流|与"), or None."""
    k = joiner - 1
    while k > 0 and joiner - k <= 3 and ctx.tok_tag[k] in ("n", "vn", "nz") and ctx.tok_start[k] >= floor:
        k -= 1
    if k == joiner - 1 or ctx.tok_tag[k] != "ORG" or ctx.tok_start[k] < floor:
        return None
    return k if _unit_going_on(ctx, ctx.tok_start[k], ctx.tok_start[joiner]) else None


#: the second half of a department named for two portfolios ("文化和|旅游厅", "工业和|信息化局")
_PORTFOLIO_TAIL = re.compile(r"[\u4e00-\u9fff]{2,4}?(?:厅|局|部|委员会|委|办公室)")


def _portfolio(ctx: ZhArticle, start: int, end: int, after: int, stop: int) -> bool:
    """Whether 和 at ``text[end:after]`` joins two portfolios in one department's name: a place,
    a few words no organization word closes, then a few more and a department word
    ("四川省文化和旅游厅", "深圳市工业和信息化局"), not two bodies ("成都市政府和旅游局")."""
    name = ctx.text[start:end]
    places = get_gazetteer().find(name, "zh")
    if not places or places[0].start != 0 or _res()["org_end"].search(name):
        return False
    rest = re.sub(r"^(?:省|市|自治区|特别行政区|区|县)", "", name[places[-1].end:])
    m = re.search(r"、|,|以及|及|和|与|$", ctx.text[after:stop])
    return 2 <= len(rest) <= 4 and _PORTFOLIO_TAIL.fullmatch(ctx.text, after, after + m.start()) is not None


def _unit_going_on(ctx: ZhArticle, start: int, end: int) -> bool:
    """Whether ``text[start:end]`` is a body's name with words after it that no organization word
    closes ("中国民族医药学会国际交流" of "…学会国际交流与合作分会"): a unit's name going on past 与."""
    name = ctx.text[start:end]
    inner = [m for m in _res()["org_inner"].finditer(name) if m.end() < len(name)]
    return bool(inner) and len(name) - inner[-1].end() >= 2 and not _res()["org_end"].search(name) \
        and not get_gazetteer().find(name[inner[-1].end():], "zh")


#: the body a list of regions shares, said once after the last ("广东省和浙江省人民政府")
_SHARED_BODY = re.compile(r"[\u4e00-\u9fff]{0,6}?(?:人民政府|政府|厅|局|委员会|委|办公室|办)")


def _region(ctx: ZhArticle, start: int, end: int) -> bool:
    """Whether ``text[start:end]`` is wholly a province's or a city's name ("广东省", "杭州市")."""
    found = get_gazetteer().find(ctx.text[start:end], "zh")
    return len(found) == 1 and found[0].start == 0 and found[0].place.kind in ("city", "province") \
        and found[0].end + (ctx.text[start + found[0].end:end] in ("市", "省")) == end - start


def _regions_then_body(ctx: ZhArticle, start: int, end: int) -> bool:
    """Whether "…和" goes on with regions' names and then one with a body's words after it
    (:data:`_SHARED_BODY`): "[广东省和]浙江省人民政府"."""
    pos = start
    for m in re.finditer(r"、|和|及|与|$", ctx.text[start:end]):
        stop = start + m.start()
        if not _region(ctx, pos, stop):
            opening = _place_opening(ctx, pos, stop)
            return opening is not None and _SHARED_BODY.fullmatch(ctx.text, opening[1], stop) is not None
        pos = start + m.end()
    return False


def _elided_body(ctx: ZhArticle, parts: list[Span], i: int) -> Span | None:
    """For a list item that is a region's name alone before more such items and then a region's
    body ("广东省和浙江省人民政府"), the span of the body's words after its region (人民政府)."""
    for a, b in parts[i:]:
        if _region(ctx, a, b):
            continue
        opening = _place_opening(ctx, a, b)
        if opening is None or a == parts[i][0] or not _SHARED_BODY.fullmatch(ctx.text, opening[1], b):
            return None
        return opening[1], b
    return None


def _verb_at(ctx: ZhArticle, pos: int) -> bool:
    i = ctx.token_at(pos)
    return ctx.tok_start[i] == pos and ctx.tok_tag[i] == "v"


def _org_follows(ctx: ZhArticle, start: int, end: int) -> bool:
    m = re.search(r"、|,|以及|及|和|与|联同|会同|偕同|携手|联合(?![会国体办]|组织|机构)|$", ctx.text[start:end])
    stop = start + (m.start() if m else end - start)
    return org_ending_at(ctx, stop, start) is not None or bool(_SELF.fullmatch(ctx.text, start, stop))


def add_org(ctx: ZhArticle, start: int, end: int, confidence: float = CONFIDENCE) -> str:
    """The record id of the organization at ``text[start:end]`` (created if new), with a
    bracketed short form right after it as an alias ("澳门贸易投资促进局(澳门贸促局)")."""
    mission, place = ctx.elided.get((start, end)), ctx.prefixed.get((start, end))
    if mission is not None or place is not None:  # "菲律宾" of "菲律宾、泰国驻厦总领馆": its own mission
        names = [_joined_place(ctx.surface(*place), ctx.surface(start, end)) if place
                 else ctx.surface(start, end) + ctx.surface(*mission)]
        return ctx.builder.org(names, ctx.evidence_at(start), country=org_country(names[0]), confidence=confidence)
    names = [ctx.surface(start, end)]
    full = declared_aliases(ctx).get(ctx.text[start:end])
    if full is not None and full != (start, end):  # a declared short name: the full name first
        return add_org(ctx, *full, confidence)
    if not _res()["org_end"].search(ctx.text, start, end):  # "星河" for 星河医疗器械集团
        short = ctx.text[start:end]
        longer = next((o for o, (a, b) in ctx.org_spans.items() if ctx.text[a:b].startswith(short)
                       and _res()["org_end"].search(ctx.text, a, b)), None)
        if longer:
            names.insert(0, next(o.names[0] for o in ctx.builder.organizations if o.id == longer))
    else:
        longer = _qualified(ctx, ctx.text[start:end])
        if longer:
            names.insert(0, next(o.names[0] for o in ctx.builder.organizations if o.id == longer))
        elif relative_name(ctx.text[start:end]) and (place := _focus_place(ctx, ctx.text[start])):
            names.append(place + names[0][1:])  # "省财政厅" in a text on Hubei: 湖北省财政厅
    m = re.match(r"\(([^()]{2,12})\)", ctx.text[end:end + 14])
    declared = DECLARED.match(ctx.text, end)
    if not declared and m and (org_like(ctx, end + 1, end + 1 + len(m.group(1))) or _res()["org_end"].search(m.group(1))):
        names.append(ctx.surface(end + 1, end + 1 + len(m.group(1))))
    if declared:
        names.append(ctx.surface(declared.start(1), declared.end(1)))
    org_id = ctx.builder.org(names, ctx.evidence_at(start), country=org_country(ctx.text[start:end]),
                             confidence=confidence)
    ctx.org_spans.setdefault(org_id, (start, end))
    return org_id


_LEVEL_KINDS = {"省": "province", "市": "city"}


def _joined_place(place: str, short: str) -> str:
    """A place and a body's short name after it, its level said once ("惠州市" + "市政府": 惠州市政府)."""
    return place + short[1:] if short[:1] in _LEVELS and place.endswith(short[:1]) else place + short


def _focus_place(ctx: ZhArticle, level: str) -> str | None:
    """The one province (省) or city (市) the text names with that level word ("湖北省"): the
    place a relative name ("省财政厅") is relative to."""
    kind = _LEVEL_KINDS.get(level)
    found = [p for p in ctx.places if p.place.kind == kind and p.surface.endswith(level)] if kind else []
    if len({p.place.name for p in found}) != 1:
        return None
    return ctx.surface(found[0].start, found[0].end)


def _qualified(ctx: ZhArticle, short: str) -> str | None:
    """The one organization already read whose name is ``short`` after a place or a parent body
    ("澳门特区政府经济局" for a later "经济局")."""
    if len(short) < 4:
        return None
    found = set()
    for org_id, (a, b) in ctx.org_spans.items():
        head = ctx.text[a:b - len(short)]
        if b - a > len(short) and ctx.text.endswith(short, a, b) and len(head) >= 2 \
                and (head.endswith(lexicon().suffixes("parent")) or get_gazetteer().find(head, "zh")):
            found.add(org_id)
    return found.pop() if len(found) == 1 else None


def recent_org(ctx: ZhArticle, pos: int, suffix: str) -> Span | None:
    """"该公司": the organization with that ending named last before ``pos``."""
    end = pos
    while (i := ctx.text.rfind(suffix, 0, end)) >= 0:
        start = org_ending_at(ctx, i + len(suffix), max(0, i - 30))
        if start is not None:
            return start, i + len(suffix)
        end = i
    return None


def org_country(name: str) -> str | None:
    """The country an organization's name opens with (波兰卫生部 -> PL; 国家药监局 -> CN)."""
    found = get_gazetteer().find(name, "zh")
    if found and found[0].start == 0:
        return found[0].place.country
    if any(name.startswith(w) for w in lexicon().org_words["national"]):
        return "CN"
    return None


def split_department(ctx: ZhArticle, start: int, end: int) -> tuple[int, int] | None:
    """(org end, department start) when the name ends in an internal department of a
    named organization ("…行业协会会员服务部"), else None."""
    name = ctx.text[start:end]
    if not _res()["dept_end"].search(name):
        return None
    for m in _res()["firm_end"].finditer(name):
        cut = start + m.end()
        if cut < end - 2 and not _res()["parent_end"].match(ctx.text, cut):
            return cut, cut
    return None


@lru_cache(maxsize=1)
def _parent_lengths() -> tuple[int, ...]:
    return tuple(sorted({len(w) for w in lexicon().suffixes("parent")}))


def compound_parent(ctx: ZhArticle, start: int, end: int) -> int | None:
    """End of the parent organization opening a compound name ("中国康复器械协会|假肢矫形…委员会",
    "X大学附属Y医院", "外交部|驻香港特别行政区特派员公署": a body's office posted somewhere); a legal
    form ("…集团|有限公司") is no child of its own."""
    name = ctx.text[start:end]
    campus = _CAMPUS.search(name)
    if campus and campus.start() >= 2 and org_like(ctx, start, start + campus.start()):
        return start + campus.start()  # "山东大学(威海)" is part of 山东大学
    for word in ("附属", "驻"):
        attached = name.find(word)
        if attached > 0 and org_like(ctx, start, start + attached) and _res()["org_end"].search(name[:attached]):
            return start + attached  # (a body: "中国|驻X大使馆" is a country's)
    if not _res()["child_end"].search(name):
        return None
    suffixes = lexicon().org_suffixes
    found = None  # the longest parent: "商务部消费促进司|重要商品处", not "商务部|…"
    parent_end = _res()["parent_end"]
    for k in range(3, len(name)):  # every end, overlaps too: "大阪商工会议所" ends in 会议所, not 工会
        if not any(parent_end.fullmatch(name, k - n, k) for n in _parent_lengths() if n <= k):
            continue
        cut = start + k
        rest = ctx.text[cut:end]
        child = _res()["child_end"].search(rest)
        if child and cut - start >= 3 and len(rest) - len(child.group()) >= 2 \
                and not _res()["parent_end"].match(rest) and rest[0] not in "员会" and rest not in suffixes \
                and not _bare_level(ctx.text[start:cut]):  # (not the 省政府 of 省政府台湾事务办公室)
            found = cut
    return found


def link_parents(ctx: ZhArticle) -> None:
    """Parents of the record's organizations: compound names, then 隶属于/旗下/下属 statements."""
    pending = list(ctx.org_spans.items())
    while pending:  # a parent found in a name may open with a parent of its own
        org_id, (start, end) = pending.pop()
        cut = compound_parent(ctx, start, end)
        if cut is not None:
            parent = add_org(ctx, start, cut)
            ctx.builder.org_part_of(org_id, parent, ctx.evidence_at(start), CONFIDENCE)
            if parent != org_id:
                pending.append((parent, (start, cut)))
    res = _res()
    for si, (a, b) in enumerate(ctx.sents):
        if not ctx.read(si):
            continue
        for m in res["parent_after"].finditer(ctx.text, a, b):
            child_start = org_ending_at(ctx, m.start(), a)
            parent_end = org_starting_at(ctx, m.end(), b)
            if child_start is not None and parent_end is not None:
                _part_of(ctx, (child_start, m.start()), (m.end(), parent_end))
        for m in res["parent_before"].finditer(ctx.text, a, b):
            parent_end = m.start() - (1 if ctx.text.endswith("的", a, m.start()) else 0)  # "Y(的)下属企业"
            parent_start = org_ending_at(ctx, parent_end, a)
            if parent_start is None:
                continue
            after = m.end() + (1 if ctx.text.startswith("的", m.end()) else 0)
            child_end = org_starting_at(ctx, after, b)
            if child_end is not None:
                _part_of(ctx, (after, child_end), (parent_start, parent_end))
            elif res["member"].match(ctx.text, after):  # "X为Y下属企业"
                _child_before(ctx, a, (parent_start, parent_end))
        for m in res["subsidiary"].finditer(ctx.text, a, b):  # "X系Y控股子公司"
            parent_end = m.start() - (1 if ctx.text.endswith("的", a, m.start()) else 0)
            parent_start = org_ending_at(ctx, parent_end, a)
            if parent_start is not None and parent_start < parent_end:
                _child_before(ctx, a, (parent_start, parent_end))


def _child_before(ctx: ZhArticle, floor: int, parent: Span) -> None:
    """"X为Y…": X, named before the copula, is part of Y."""
    copula = _res()["copula"].search(ctx.text, floor, parent[0])
    child_start = org_ending_at(ctx, copula.start(), floor) if copula else None
    if child_start is not None:
        _part_of(ctx, (child_start, copula.start()), parent)


def _part_of(ctx: ZhArticle, child: Span, parent: Span) -> None:
    child_id = add_org(ctx, *child)
    parent_id = add_org(ctx, *parent)
    ctx.builder.org_part_of(child_id, parent_id, ctx.evidence_at(child[0]), CONFIDENCE)
