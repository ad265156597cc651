"""Hosts, co-hosts and organizers of events (``role_cues.tsv``).

- verbs after a list of organizations: "由A、B共同主办的X", "X由A主办,B承办",
  "A联合B、C等共同主办" (共同/联合 make co-hosts), "A与B…共同举办X";
- nouns before one: "交易会主办方之一…A", "展会主办方A".
The event is the name after "…的", else the event named or referred to
before the organizations in the sentence, else the article's main event.
"""

from __future__ import annotations

import re
from functools import lru_cache

from kg.extract.zh import events, orgs
from kg.extract.zh.context import EventMention, ZhArticle
from kg.extract.zh.lexicon import alternation, lexicon

CONFIDENCE = 0.85
_SETTING = re.compile(r"将|拟|已|还|也|正在|计划|定于|于|在|假")  # (假: "at", in Hong Kong, Macao and Taiwan)
#: words between a list of organizations and its role verb: "等", "等部门", "等十家单位", "等中外机构",
#: "等大温哥华地区多个华人社团", "共同"
_TRAILING = re.compile(r"(?:等(?:[^,。;、“”]{0,10}?[0-9一二两三四五六七八九十多余]+[个家]|[0-9一二两三四五六七八九十多余]+[个家])?"
                       r"(?:(?:中外|国内外|海内外|境内外|相关|有关|各|华人|华侨|侨界)?(?:部门|单位|机构|组织|企业|院校|高校|社团|团体))?"
                       r"|均|分别|共同|联合|一起|携手|参与|参加|全力|大力|积极|负责|首次|成功|顺利|隆重|盛大|再次"
                       # a time between the organization and its verb: "A今日举办X", "A于10日主办",
                       # "A20日晚举行X", "A昨(23日)在…举行X", "A10月18于…举办X"
                       r"|今日|今天|昨日|昨天|明日|明天|日前|近日|当天|上午|下午|中午|晚上|晚间|傍晚|早上"
                       r"|周[一二三四五六日天]|星期[一二三四五六日天]|[上本下]?[0-9一二三四五六七八九十]{1,2}月"
                       r"|[0-9一二三四五六七八九十]{1,3}日|(?<=月)[0-9]{1,2}|(?<=日)[晚早]|昨|今"
                       r"|\((?:[0-9一二三四五六七八九十]{1,3}日|周[一二三四五六日天]|星期[一二三四五六日天])\)"
                       # and how: "A在线举行X", "A以视频方式举办X"
                       r"|在线|线上|以(?:线上|视频|网络|云端)(?:会议)?(?:方式|形式))+$")

#: "…承办的。": a 的 closing the sentence ("本次年会由A主办,B承办的"), no modifier of a name after it
_CLOSING_DE = re.compile(r"的[。;!]|的$")
#: a quoted slogan and a dash before a gathering's name: "“侨连五洲 沪上进博”——"
_SLOGAN = re.compile(events.SLOGAN)
#: dots between an event and a gathering held at it: "投洽会•X论坛"
_NAME_DOTS = frozenset("•·・")
#: a second modifier between "由A主办的" and the event: "属于国庆七十周年活动的"
_FURTHER_MODIFIER = re.compile(r"[^,;:。的]{2,24}的")


@lru_cache(maxsize=1)
def _cues() -> tuple[re.Pattern, re.Pattern]:
    kinds = lexicon().role_kinds
    return (re.compile(alternation(c for c, k in kinds.items() if k in ("verb", "held"))),
            re.compile(alternation(c for c, k in kinds.items() if k == "noun")))


def assign(ctx: ZhArticle) -> None:
    verbs, nouns = _cues()
    for si, (a, b) in enumerate(ctx.sents):
        if not ctx.read(si):
            continue
        last_events: list[str] = []
        floor = a  # a list of organizations never reaches back past the previous cue
        for m in verbs.finditer(ctx.text, a, b):
            if any(n.start() <= m.start() < n.end() for n in nouns.finditer(ctx.text, a, b)):
                continue
            if ctx.text.startswith(":", m.end()):  # "主办:A;承办:B、C", a label like 主办单位:
                _noun(ctx, si, m)
                continue
            last_events = _verb(ctx, si, m, last_events, floor) or last_events
            floor = m.end() + (1 if ctx.text[m.end():m.end() + 1] in "、,和及与" else 0)
        for m in nouns.finditer(ctx.text, a, b):
            _noun(ctx, si, m)


def _verb(ctx: ZhArticle, si: int, m: re.Match, last_events: list[str], floor: int) -> list[str]:
    """Roles from "…A、B共同主办…": returns the events given roles (for a following "B承办")."""
    text = ctx.text
    a, _ = ctx.sents[si]
    clause_start, clause_end = ctx.clause(m.start())
    clause_start = max(clause_start, floor)
    by = text.rfind("由", clause_start, m.start())
    list_start = by + 1 if by >= 0 else clause_start
    list_text = text[list_start:m.start()]
    trailing = _TRAILING.search(list_text)
    list_end = m.start() - (len(trailing.group()) if trailing else 0)
    setting = _SETTING.search(text, list_start + 2, list_end) if by < 0 else None
    if setting is not None and any(a < setting.start() < b for a, b in orgs.split_list(ctx, list_start, list_end)):
        setting = None  # the word is inside a body's name ("…卫生和计划生育委员会"), not after the bodies
    if setting is not None:  # "A将于明年在迪拜举办X": A, then when and where
        list_end = setting.start()
        trailing = _TRAILING.search(text, list_start, list_end) or trailing  # "A、B共同|于…举行X"
        list_end -= len(trailing.group()) if trailing and trailing.end() == list_end else 0
    role = lexicon().roles[m.group()]
    held = lexicon().role_kinds[m.group()] == "held"
    if held and (by >= 0 or _named_after(ctx, si, m.end()) is None):
        return []  # "A举行X": A holds the X named right after the verb, nothing else
    found = orgs.split_list(ctx, list_start, list_end, partial=by >= 0) if list_end > list_start else []
    if not found and by >= 0:
        found = _named_in_slot(ctx, list_start, list_end)
    if found and (text.endswith(("在", "于", "假"), 0, found[0][0]) or text.startswith("假", found[0][0])):
        found = []  # "在北京国家会议中心举办", "假澳门…会展中心举办" (假: "at", in Hong Kong and Macao): a place
    jointly = bool(trailing and re.search(r"共同|联合|一起|携手|参与|参加", trailing.group())) or (
        len(found) > 1 and re.search(r"联合(?![会国体办])", list_text) is not None)  # "A联合B、C主办"
    if not found and role in ("hosts", "co_hosts") and (jointly or role == "co_hosts"):
        found = _sentence_subjects(ctx, a, m.start())
    if not found:
        return []
    if role == "hosts" and jointly:
        role = "co_hosts"
    targets = _targets(ctx, si, m, list_start, last_events)
    span = ctx.evidence(si)
    for start, end in found:
        org_id = orgs.add_org(ctx, start, end)
        for ev in targets:
            ctx.builder.add_event(ev, role, org_id, span, CONFIDENCE)
    return targets


def _named_in_slot(ctx: ZhArticle, start: int, end: int) -> list[tuple[int, int]]:
    """"由南洋理工大学连瀛洲纪念奖学金主办": the one name between 由 and a role verb is a body's
    even when no organization word ends it, if it opens with an organization entity and ends
    in a noun, with no punctuation inside."""
    if not 4 <= end - start <= 25 or re.search(r"[^\w]", ctx.text[start:end]):
        return []
    first, last = ctx.token_at(start), ctx.token_at(end - 1)
    if ctx.tok_start[first] != start or ctx.tok_tag[first] != "ORG" or ctx.tok_end[last] != end \
            or ctx.tok_tag[last] not in ("n", "nz") or first == last:
        return []
    return [(start, end)]


def _named_after(ctx: ZhArticle, si: int, cue_end: int) -> EventMention | None:
    """The event named right after a verb (its 了 skipped), in the verb's sentence; or after a
    gathering the rules read no name in, joined to it ("举行了成立大会暨首届理监事就职典礼")."""
    pos = cue_end + (1 if ctx.text.startswith("了", cue_end) else 0)
    named = events.mention_at(ctx, pos)
    joint = events.UNNAMED_JOINT.match(ctx.text, pos) if named is None else None
    if joint is not None:
        named = events.mention_at(ctx, joint.end())
    return named if named is not None and named.sent == si else None


def _targets(ctx: ZhArticle, si: int, cue: re.Match, list_start: int, last_events: list[str]) -> list[str]:
    """Events a role cue applies to: the name after "的", else names/references before the list."""
    text = ctx.text
    a, b = ctx.sents[si]
    cue_end = cue.end()
    named = _named_after(ctx, si, cue_end)
    if named is not None:  # "共同举办第二届…展览会"
        return _with_joint(ctx, named)
    if text.startswith("的", cue_end) and not _CLOSING_DE.match(text, cue_end):
        slogan = _SLOGAN.match(text, cue_end + 1)  # "协办的“侨连五洲”——2021X论坛": the name after the slogan
        after = events.mention_at(ctx, cue_end + 1, names_only=False) \
            or (events.mention_at(ctx, slogan.end(), names_only=False) if slogan else None)
        while after is not None and text[after.end:after.end + 1] in _NAME_DOTS \
                and (part := events.mention_at(ctx, after.end + 1)) is not None:
            after = part  # "主办的投洽会•中缅经济合作发展论坛": the forum held at the fair
        further = _FURTHER_MODIFIER.match(text, cue_end + 1, b)
        if after is None and further is not None:  # "合办的属于国庆活动的是次推介会": a second 的-phrase first
            after = events.mention_at(ctx, further.end(), names_only=False)
        return _with_joint(ctx, after) if after is not None and after.sent == si else []
    later = _later_role().match(text, cue_end, b)
    if later is not None:  # "由A主办,B承办的X": A hosts X too
        after = events.mention_at(ctx, later.end(), names_only=False)
        if after is not None and after.sent == si:
            return _with_joint(ctx, after)
    _, clause_end = ctx.clause(cue_end)
    obj = cue_end + text.startswith("了", cue_end)
    listed = [x.event for x in events.held_in_list(ctx, si, cue.start())]
    if listed:  # "A将在4月下旬举办7项展览及会议,包括B、C": A holds each listed gathering
        return list(dict.fromkeys(listed))
    referred = events.mention_at(ctx, obj, names_only=False)
    if referred is not None and referred.sent == si and (event := referred.event or events.resolve(ctx, referred)):
        return [event]  # "A举办了本届博览会"
    held = lexicon().head_re.search(text, obj, clause_end)
    if later is None and held and text[obj:obj + 1] not in "、,和与及" and not _cues()[0].search(text, obj, held.start()):
        return []  # "A在X举办以台湾为主题的会议": A holds a gathering the text does not name, not X
    clause_start, _ = ctx.clause(list_start)
    before = [(x, ev) for x, ev in events.events_in(ctx, a, list_start)]
    if events.THIS_IS.match(text, a) or events.referred_is(ctx, a):
        # "这是X的配套活动之一,由A主办", "大会是X的系列活动,由A主办": A hosts the event 这 (大会) refers to, not X
        before = [(x, ev) for x, ev in before if not events.holds_part().match(text, x.end)]
    in_clause = [(x, ev) for x, ev in before if x.start >= clause_start]
    chosen = in_clause or before
    if chosen:
        out: list[str] = []
        for x, ev in chosen if in_clause else chosen[-1:]:
            for e in _with_joint(ctx, x) if x.event else [ev]:
                if e not in out:
                    out.append(e)
        return out
    if last_events:
        return last_events
    return [ctx.main_event] if ctx.main_event else []


@lru_cache(maxsize=1)
def _later_role() -> re.Pattern:
    """", B、C等承办的", ", B承办,C协办的": further role clauses of the same sentence, up to the 的 before
    the event."""
    verbs = alternation([c for c, kind in lexicon().role_kinds.items() if kind == "verb"])
    return re.compile(r",(?:[^,。;:]{2,60}?(?:" + verbs + r"),){0,3}[^,。;:]{2,60}?(?:" + verbs + r")的")


def _with_joint(ctx: ZhArticle, x) -> list[str]:
    """The event of ``x``, of the name it is joined to (A暨B) and of the names listed with it (A、B)."""
    ids = [events.resolve(ctx, x)]
    if x.joint is not None and x.joint.event:
        ids.append(x.joint.event)
    ids += [y.event for y in events.listed_with(ctx, x) if y is not x] if not x.ref else []
    return [i for i in dict.fromkeys(ids) if i]


def _with_joint_events(ctx: ZhArticle, event_id: str) -> list[str]:
    """The event and the events it is named jointly with ("A暨B": a role of A is B's too)."""
    out = [event_id]
    for m in ctx.mentions:
        if m.event == event_id and m.joint is not None and m.joint.event and m.joint.event not in out:
            out.append(m.joint.event)
    return out


def _sentence_subjects(ctx: ZhArticle, a: int, limit: int) -> list[tuple[int, int]]:
    """"A与B开展合作,并…共同举办X": the organizations joined by 与/和/及 earlier in the sentence;
    else the list opening the sentence before when and where ("A、B,以及C将于12月2日,在…联办X")."""
    for m in re.finditer(r"与|和|及|同", ctx.text[a:limit]):
        pos = a + m.start()
        left = orgs.org_ending_at(ctx, pos, a)
        if left is None:
            continue
        right_end = orgs.org_starting_at(ctx, pos + 1, limit)
        if right_end is not None:
            return [(left, pos), (pos + 1, right_end)]
    opening = _OPENING_SUBJECTS.match(ctx.text, a, limit)
    return orgs.split_list(ctx, opening.start(1), opening.end(1)) if opening else []


#: a list of organizations opening a sentence (after a dateline in brackets), then when: "A、B,以及C将于"
_OPENING_SUBJECTS = re.compile(r"(?:\([^()]{1,16}\))?([^;。:()]{4,80}?)(?:将于|将在|于|定于)")
_LIST_END = re.compile(r"[;。,]|[\u4e00-\u9fff]{2,4}单位")
#: where a list after a label ("协办单位:A、B,C、D;") ends: its line, not its first comma
_LABEL_LIST_END = re.compile(r"[;。\n]|[\u4e00-\u9fff]{2,4}单位")


def _noun(ctx: ZhArticle, si: int, m: re.Match) -> None:
    """"展会主办方A", "交易会主办方之一…A": the organization right after the noun."""
    text = ctx.text
    role = lexicon().roles[m.group()]
    _, clause_end = ctx.clause(m.end())
    start = m.end()
    if text.startswith("之一", start):
        start += 2
    found = []
    opener = re.match(r"为|是|:|有|包括|——|—", text[start:start + 2])  # (or "活动主办者——A")
    if opener:  # "主办单位:A、B;承办单位:C", "主办单位为A、B", "协办单位有A、B"
        start += opener.end()
        # a label's list may run over commas to the end of its line, else to its first comma
        for edge in (_LABEL_LIST_END, _LIST_END) if opener.group() == ":" else (_LIST_END,):
            found = orgs.split_list(ctx, start, _list_end(ctx, start, ctx.sents[si][1], edge))
            if found:
                break
    copula = re.search(r"(?:为|是|担任|作为)$", text[:m.start()])
    if not found and copula:  # "A、B为主办单位"
        clause_start, _ = ctx.clause(m.start())
        found = orgs.split_list(ctx, clause_start, copula.start())
    if not found:
        end = _first_org(ctx, start, min(clause_end, start + 40))
        if end is None:
            return
        found = [end]
    named = events.events_in(ctx, ctx.clause(m.start())[0], m.start())
    target = named[-1][1] if named else ctx.main_event
    targets = _with_joint_events(ctx, target) if target else []
    span = ctx.evidence(si)
    for s, e in found:
        org_id = orgs.add_org(ctx, s, e)
        for ev in targets:
            ctx.builder.add_event(ev, role, org_id, span, CONFIDENCE)


def _list_end(ctx: ZhArticle, start: int, limit: int, edge: re.Pattern = _LIST_END) -> int:
    m = edge.search(ctx.text, start, limit)
    return m.start() if m else limit


def _first_org(ctx: ZhArticle, start: int, limit: int) -> tuple[int, int] | None:
    """The first organization name in ``[start, limit)`` (descriptions before it skipped);
    a place inside an event name ("主办方还举行了中国—东盟…圆桌会") is no organization."""
    names = [(x.start, x.end) for x in ctx.mentions if not x.ref]
    for i in range(ctx.token_at(start), len(ctx.tok_start)):
        s = ctx.tok_start[i]
        if s >= limit:
            break
        if any(x <= s < y for x, y in names):
            continue
        if ctx.tok_tag[i] in ("ORG", "LOC", "nz") or ctx.text.startswith("的", s - 1):
            end = orgs.org_starting_at(ctx, s, limit)
            if end is not None:
                begin = orgs.place_split_before(ctx, orgs.org_ending_at(ctx, end, s) or s, start)
                return begin, end
    return None
