"""The evidence that merges a mention into a node, or keeps it apart (precision first).

Each rule compares a new mention with a node (a cluster of mentions already resolved) and
returns a :class:`Verdict`: merge or not, with the evidence in words. Conflicts (different
editions, years, non-overlapping dates, countries, cities or parents; two events of one
article; a ``!`` alias line) always keep a mention apart; a merge needs a name match *and*
the evidence its kind asks for.
"""

from __future__ import annotations

import calendar
import datetime as dt
from collections.abc import Callable
from dataclasses import dataclass, field
from difflib import SequenceMatcher
from functools import lru_cache

from kg.model.names import has_han
from kg.resolve import gloss
from kg.resolve.mentions import Mention, MentionId

#: English names: shared content words over all content words (Jaccard) to count as the same name
WORD_SIMILARITY = 0.75
#: Chinese vs English: share of Chinese words glossed into the English name, and of English words covered
GLOSS_COVERAGE = 0.8
#: a transliterated foreign name against its pinyin, when the ambassador post agrees
TRANSLITERATION = 0.5
#: an undated report published this close to an edition's days (or month) reports that edition
PUBLISHED_WINDOW = dt.timedelta(days=31)


@dataclass
class Verdict:
    merge: bool
    reasons: list[str] = field(default_factory=list)

    def __str__(self) -> str:
        return ("merged: " if self.merge else "kept apart: ") + "; ".join(self.reasons)


class Node:
    """What the rules need of a cluster: its members, keys and how references resolve."""

    members: list[Mention]
    keys: set[str]
    countries: set[str]  # its members' countries
    iri: str | None


Resolve = Callable[[MentionId | None], object]  # a reference -> its cluster (or None)


@lru_cache(maxsize=65536)
def _span(start: str | None, end: str | None) -> tuple[dt.date, dt.date] | None:
    def bounds(value: str) -> tuple[dt.date, dt.date] | None:
        try:
            parts = [int(p) for p in value.split("-")]
            if len(parts) == 3:
                day = dt.date(*parts)
                return day, day
            if len(parts) == 2:
                return dt.date(parts[0], parts[1], 1), dt.date(parts[0], parts[1], calendar.monthrange(*parts)[1])
            return dt.date(parts[0], 1, 1), dt.date(parts[0], 12, 31)
        except (ValueError, TypeError):
            return None

    first = bounds(start) if start else None
    if first is None:
        return None
    last = bounds(end) if end else None
    return first[0], max(first[1], last[1]) if last else first[1]


def _overlap(a: tuple[dt.date, dt.date], b: tuple[dt.date, dt.date]) -> bool:
    slack = dt.timedelta(days=1)
    return a[0] <= b[1] + slack and b[0] <= a[1] + slack


def _jaccard(a: frozenset[str], b: frozenset[str]) -> float:
    return len(a & b) / len(a | b) if a and b else 0.0


def published_during(published: str | None, edition: Mention) -> bool:
    """Whether an article published on ``published`` falls in an edition's time: within its days
    or month give or take :data:`PUBLISHED_WINDOW`, or in its year when only the year is known
    (a start of "2025", or a year in the name). At most one edition of a series qualifies
    (editions of one name and year are one event), so this evidence needs no count of rivals."""
    if not published or edition.year is None:
        return False
    if not edition.start or len(edition.start) == 4:
        return published[:4] == edition.year
    span, day = _span(edition.start, edition.end), _span(published, None)
    return bool(span and day) and span[0] - PUBLISHED_WINDOW <= day[0] and day[1] <= span[1] + PUBLISHED_WINDOW


def companion_time(m: Mention, node: Resolve) -> list[tuple[dt.date, dt.date]]:
    """The time an undated event's article puts it in through its other events (a forum held
    with the 8th edition of an expo): the spans of the dated mentions of their nodes, when they
    all start in one year; empty otherwise (none dated, or several years: an article recalling
    an earlier edition says nothing of when)."""
    if m.anchored or not m.companions:
        return []
    spans = {s for ref in m.companions if (c := node(ref)) for x in c.members
             if x.start and (s := _span(x.start, x.end))}
    return sorted(spans) if len({s[0].year for s in spans}) == 1 else []


def _near(spans: list[tuple[dt.date, dt.date]], edition: Mention) -> bool:
    """Whether an edition falls in the time of an article's other events (give or take
    :data:`PUBLISHED_WINDOW`), or in their year when the edition gives only its year."""
    mine = _span(edition.start, edition.end)
    if mine is None:
        return edition.year is not None and int(edition.year) == spans[0][0].year
    return any(_overlap(mine, (s[0] - PUBLISHED_WINDOW, s[1] + PUBLISHED_WINDOW)) for s in spans)


def _placed_apart(m: Mention, ms: list[Mention], node: Resolve) -> str | None:
    """A conflict: an undated side whose article's other events are in another time than a
    dated (or year-named) side (:func:`companion_time`)."""
    pairs = [(m, x) for x in ms if x.year] if not m.anchored else [(x, m) for x in ms if not x.anchored] if m.year else []
    for undated, dated in pairs:
        if (around := companion_time(undated, node)) and not _near(around, dated):
            return f"its article's other events are in another time ({around[0][0].year} vs {dated.year})"
    return None


def placement(undated: Mention, node: Resolve) -> str | None:
    """What puts an undated mention in time, strongest first: "said" (the one year the sentences
    naming it write), "companions" (its article's other events: :func:`companion_time`),
    "published" (its article's publication date); None when nothing does."""
    if undated.anchored:
        return None
    if undated.said_year:
        return "said"
    if companion_time(undated, node):
        return "companions"
    return "published" if undated.published else None


def _in_time(undated: Mention, edition: Mention, node: Resolve) -> bool:
    """Whether an undated mention's article puts it in an edition's time, by the strongest
    evidence it has (:func:`placement`): the one year its sentences write is the edition's year;
    else its article's other events are in the edition's time (:func:`_near`); else the article
    was published in the edition's time (:func:`published_during`)."""
    how = placement(undated, node)
    if how == "said":
        return undated.said_year == edition.year
    if how == "companions":
        return _near(companion_time(undated, node), edition)
    return published_during(undated.published, edition)


_WHEN = {"said": "its sentences write the dated one's year ({})",
         "companions": "its article's other events are in the dated one's time ({})",
         "published": "undated report published in the dated one's time ({})"}


def _when(undated: list[Mention], node: Resolve) -> str:
    """How the articles put undated mentions in a dated one's time, in words."""
    found: dict[str, set[str]] = {}
    for x in undated:
        how = placement(x, node)
        value = x.said_year if how == "said" else x.published if how == "published" else x.article.rsplit("/", 1)[-1]
        found.setdefault(how or "published", set()).add(str(value))
    return "; ".join(_WHEN[how].format(", ".join(sorted(v))) for how, v in found.items())


def _reported(m: Mention, ms: list[Mention], node: Resolve) -> str | None:
    """An undated mention its article puts in the time of the node's dated editions, or a dated
    mention in whose time the articles put every mention of an undated node (:func:`_in_time`)."""
    if not m.anchored:
        dated = [x for x in ms if x.anchored]
        if dated and all(_in_time(m, x, node) for x in dated):
            return _when([m], node)
    elif not any(x.anchored for x in ms) and all(_in_time(x, m, node) for x in ms):
        return _when(ms, node)
    return None


def _said(m: Mention, ms: list[Mention], node: Resolve) -> bool:
    """Whether what places an undated side is its article's text (a year its sentences write, its
    other events), weaker than a publication date: place, host or parent must agree too."""
    return any(placement(x, node) in ("said", "companions") for x in [m, *ms])


def placed_years(m: Mention, node: Resolve) -> set[str]:
    """The years an undated event's article can put it in (:func:`_in_time`): the year its
    sentences write, else the years of its article's other events, else the years within
    :data:`PUBLISHED_WINDOW` of its publication date."""
    how = placement(m, node)
    if how == "said":
        return {str(m.said_year)}
    if how == "companions":
        return {str(d.year) for s in companion_time(m, node) for d in (s[0] - PUBLISHED_WINDOW, s[1] + PUBLISHED_WINDOW)}
    day = _span(m.published, None) if how == "published" else None
    return {str((day[0] - PUBLISHED_WINDOW).year), str((day[1] + PUBLISHED_WINDOW).year)} if day else set()


def _glossed_words(zh: str) -> int:
    """How many words a Chinese name is cut into, a dictionary entry of three or more characters
    counting as the English words it gives (清华大学: tsinghua university)."""
    cut = gloss.gloss(zh)
    if len(cut) == 1 and len(cut[0][0]) >= 3:
        return len(cut[0][1])
    return len(cut)


def similar_names(m: Mention, members: list[Mention]) -> str | None:
    """Same-language word match or a Chinese/English gloss match between the mention and a member."""
    words = m.english_words
    for other in members:
        for a in words:
            for b in other.english_words:
                if _jaccard(a, b) >= WORD_SIMILARITY:
                    return f"similar names ({' '.join(sorted(a & b))})"
    pairs = [(z, w) for z in m.chinese_names for o in members for w in o.english_words]
    pairs += [(z, w) for o in members for z in o.chinese_names for w in words]
    for zh, en in pairs:
        zh_share, en_share = gloss.coverage(zh, en)
        if _glossed_words(zh) >= 2 and zh_share >= GLOSS_COVERAGE and en_share >= GLOSS_COVERAGE:
            return f"translated name ({zh} ~ {' '.join(sorted(en))})"
    return None


def _same_days(m: Mention, ms: list[Mention]) -> bool:
    """Whether a member gives the mention's start day (and its end day, when both give one)."""
    return bool(m.start and len(m.start) == 10 and any(
        x.start == m.start and (x.end == m.end or not (x.end and m.end)) for x in ms))


def _shared(values: set, others: set) -> bool:
    return bool(values and others and values & others)


def _conflict(what: str, mine: set, theirs: set) -> str | None:
    if mine and theirs and mine.isdisjoint(theirs):
        return f"different {what} ({', '.join(map(str, sorted(mine)))} vs {', '.join(map(str, sorted(theirs)))})"
    return None


def _anchored(c: Node) -> bool:
    """Whether a node names an edition or a year, or is dated (one of its mentions)."""
    return any(x.anchored for x in c.members)


def _name(c: Node) -> str:
    return c.members[0].names[0]


def article_editions(m: Mention, node: Resolve) -> dict[str, dict[str, str]]:
    """The editions of series its article reports besides the mention: for each series key of
    an anchored node among its article's other events (its parent too), those nodes (IRI: name)."""
    found: dict[str, dict[str, str]] = {}
    for ref in m.companions:
        c = node(ref)
        if c is not None and _anchored(c):
            for k in {k for x in c.members for k in x.series_keys}:
                found.setdefault(k, {})[c.iri] = _name(c)
    return found


def _other_editions(m: Mention, ms: list[Mention], node: Resolve) -> str | None:
    """A conflict: an undated side whose article reports an edition of a series (its parent, or
    another event it names) and the other side's article only other editions of that series
    (nodes the rules keep apart): each report is of its own article's edition (a media briefing
    announcing the 2nd forum is not the one announcing the 1st)."""
    pairs = ([(m, x) for x in ms] if not m.anchored else []) + [(x, m) for x in ms if not x.anchored]
    for undated, other in pairs:
        if not (mine := article_editions(undated, node)):
            continue
        theirs = article_editions(other, node)
        for k in sorted(mine.keys() & theirs.keys()):
            if not mine[k].keys() & theirs[k].keys():
                return (f"their articles report different editions of one series ({', '.join(sorted(mine[k].values()))}"
                        f" vs {', '.join(sorted(theirs[k].values()))})")
    return None


def event(m: Mention, keys: set[str], c: Node, node: Resolve, ambiguous: Callable[[], bool]) -> Verdict:
    """Same event: a name match with an edition, year or date (its own, or its parent's for a
    sub-event of one parent node), or with place, host or parent evidence."""
    ms = c.members
    editions, years = {x.edition for x in ms} - {None}, {x.year for x in ms} - {None}
    spans = [s for x in ms if (s := _span(x.start, x.end))]
    mine = _span(m.start, m.end)
    cities, countries = {x.city for x in ms} - {None}, c.countries
    parents = {p.iri: p for x in ms if (p := node(x.parent))}
    hosts = {id(h) for x in ms for r in x.hosts if (h := node(r))}
    parent = node(m.parent)
    my_parent = {parent.iri} if parent else set()
    my_hosts = {id(h) for r in m.hosts if (h := node(r))}
    said = {x.said_year for x in ms} - {None}
    conflicts = [c for c in (
        _conflict("editions", {m.edition} - {None}, editions),
        _conflict("years", {m.year} - {None}, years)
        or _conflict("years (one written in the sentences naming an undated side)",
                     {m.year or m.said_year} - {None}, years | said),
        _conflict("countries", {m.country} - {None}, countries),
        _conflict("cities", {m.city} - {None}, cities),
        f"different parent events ({_name(parent)} vs {', '.join(sorted({_name(p) for p in parents.values()}))})"
        if my_parent and parents and not my_parent & parents.keys() else None,
        _placed_apart(m, ms, node), _other_editions(m, ms, node)) if c]
    if any(x.article == m.article for x in ms):  # its record names them as two (a sub-event and its parent too)
        conflicts.append("another event of the same article")
    if conflicts:
        return Verdict(False, conflicts)
    anchor = [r for r in (
        f"same edition {m.edition}" if m.edition in editions else None,
        f"same year {m.year}" if m.year in years else None,
        "overlapping dates" if mine and any(_overlap(mine, s) for s in spans) else None) if r]
    context = [r for r in (
        "same city" if m.city in cities else None,
        "a shared host" if my_hosts & hosts else None,
        "same parent event" if my_parent & parents.keys() else None) if r]
    # a sub-event is held in its parent's edition: two of one parent node with an edition, year or date
    inherited = not m.generic and bool(my_parent & parents.keys()) and _anchored(parent)
    if inherited:
        anchor.append(f"sub-events of one edition ({_name(parent)})")
    country = ["same country"] if m.country in countries else []
    exact = keys & c.keys
    if mine and spans and not any(_overlap(mine, s) for s in spans):
        # two reports of one event may disagree on its dates: only the same name, year and a host outweigh that
        if not (exact and f"same year {m.year}" in anchor and "a shared host" in context):
            return Verdict(False, ["dates that do not overlap"])
        return Verdict(True, [f"same name ({sorted(exact)[0]})", *anchor, *context, "dates disagree (kept per source)"])
    if exact:
        name = f"same name ({sorted(exact)[0]})"
        if exact <= m.short_keys.union(*(x.short_keys for x in ms)):  # an abbreviation two series may share
            if not context:
                return Verdict(False, [f"same abbreviation ({sorted(exact)[0]})", "no place, host or parent in common"])
            name = f"same abbreviation ({sorted(exact)[0]})"
        if not m.generic and (inherited or any(r.startswith(("same edition", "same year")) for r in anchor)):
            return Verdict(True, [name, *anchor, *context])
        if m.generic and anchor and context:
            return Verdict(True, [name, *anchor, *context])
        # a year the sentences write is weaker than a publication date: place, host or parent must agree too
        if not m.generic and (reported := _reported(m, ms, node)) and (context or country or not _said(m, ms, node)):
            return Verdict(True, [name, reported, *context, *country])
        if not m.anchored and not any(x.anchored for x in ms):
            # two undated reports: one event only when published the same day, for an edition known
            # later may be in the time of one and not of the other (it would take one, not both)
            if context and not m.generic and m.published and all(x.published == m.published for x in ms):
                return Verdict(True, [name, f"undated reports published the same day ({m.published})", *context])
            return Verdict(False, [name, "undated reports not published the same day"])
        unanchored = (m.edition is None and m.year is None) or not (editions or years)
        if unanchored and context and not m.generic:
            if m.numbered or any(x.numbered for x in ms):
                # an undated report of a numbered series may be any edition, one not yet known too
                return Verdict(False, [name, "no edition, year or date on one side, and the other names its edition"])
            if ambiguous():
                return Verdict(False, [name, "no edition, year or date, and the name has several editions"])
            return Verdict(True, [name, "no edition, year or date on one side", *context])
        return Verdict(False, [name, "no edition, year or date in common" if not anchor else "no place, host or parent in common"])
    similar = similar_names(m, ms)
    if not similar:
        return Verdict(False, ["names differ"])
    types = {x.type for x in ms} - {"Other"}
    if m.type != "Other" and types and m.type not in types:
        return Verdict(False, [similar, f"different types ({m.type} vs {', '.join(sorted(types))})"])
    # (dates that do not overlap were refused above: the same year is one side's dates or name)
    dated = "overlapping dates" in anchor or f"same year {m.year}" in anchor or inherited or (
        f"same edition {m.edition}" in anchor and not (m.year and years))
    if dated and context:
        return Verdict(True, [similar, *anchor, *context])
    if dated and country and _same_days(m, ms):  # no place or host to compare: the same days in the same country
        return Verdict(True, [similar, *anchor, "the same days", *country])
    if context and (reported := _reported(m, ms, node)):
        return Verdict(True, [similar, reported, *context])
    return Verdict(False, [similar, "needs overlapping dates, the same edition or an undated side its article puts "
                                    "in the dated one's time, and a place, host or parent in common"])


def org(m: Mention, keys: set[str], strong: set[str], c: Node, c_strong: set[str], alias_hit: bool,
        unique: Callable[[], bool]) -> Verdict:
    """Same organization: an alias line, the same full name, the same words, a defined abbreviation
    used alone in the same country, or a translated name in the same country."""
    countries = c.countries
    if alias_hit:
        return Verdict(True, ["alias table"])
    clash = _conflict("countries", {m.country} - {None}, countries)
    if clash:
        return Verdict(False, [clash])
    if strong & c_strong:
        return Verdict(True, [f"same name ({sorted(strong & c_strong)[0]})"])
    words = set(m.english_words)
    if any(not words.isdisjoint(x.english_words) for x in c.members):
        return Verdict(True, ["same words"])
    shared_abbreviation = keys & c.keys
    same_country = bool(m.country) and m.country in countries
    if shared_abbreviation:
        if strong and c_strong:
            return Verdict(False, [f"shared abbreviation ({sorted(shared_abbreviation)[0]}) but different full names"])
        if same_country and unique():
            return Verdict(True, [f"abbreviation ({sorted(shared_abbreviation)[0]}) of the one body so named", "same country"])
        return Verdict(False, ["abbreviation alone, not unique or without a shared country"])
    similar = similar_names(m, c.members)
    if similar and similar.startswith("translated") and same_country:
        return Verdict(True, [similar, "same country"])
    return Verdict(False, [similar + ", no shared country" if similar else "names differ"])


@lru_cache(maxsize=65536)
def pinyin_keys(name: str) -> frozenset[str]:
    """A Chinese person name in pinyin, surname first and last ("张燕欧" -> zhangyanou, yanouzhang)."""
    from pypinyin import lazy_pinyin

    syllables = [s for s in lazy_pinyin(name.replace("·", "").replace("•", "")) if s.isalpha()]
    if not syllables:
        return frozenset()
    joined = "".join(syllables)
    return frozenset({joined, "".join(syllables[1:] + syllables[:1])})


def transliterated(name: str) -> bool:
    """A foreign name written in Chinese characters, its parts joined by an interpunct (亚历山大·切尔维亚科夫)."""
    return has_han(name) and any(dot in name for dot in "·•‧・")


def person(m: Mention, keys: set[str], c: Node, node: Resolve) -> Verdict:
    """Same person: the same name (or its pinyin) with an organization, post or attended event in
    common; a transliterated foreign name with the same ambassador post."""
    orgs = {id(o) for x in c.members for _, r in x.posts if (o := node(r))}
    my_orgs = {id(o) for _, r in m.posts if (o := node(r))}
    events = {id(e) for x in c.members for r in x.attended if (e := node(r))}
    my_events = {id(e) for r in m.attended if (e := node(r))}
    posts = {x.ambassador for x in c.members} - {None}
    context = [r for r in (
        "an organization in common" if my_orgs & orgs else None,
        "same ambassador post" if m.ambassador in posts else None,
        "an attended event in common" if my_events & events else None) if r]
    clash = _conflict("ambassador posts", {m.ambassador} - {None}, posts)
    if clash:
        return Verdict(False, [clash])
    exact = keys & c.keys
    if exact and context:
        return Verdict(True, [f"same name ({sorted(exact)[0]})", *context])
    if exact:
        return Verdict(False, [f"same name ({sorted(exact)[0]})", "no organization, post or event in common"])
    if "same ambassador post" in context:
        for other in c.members:
            for a in m.names:
                for b in other.names:
                    if has_han(a) != has_han(b) and transliterated(a if has_han(a) else b):
                        zh, en = (a, b) if has_han(a) else (b, a)
                        latin = "".join(ch for ch in en.casefold() if ch.isalpha())
                        score = max((SequenceMatcher(None, p, latin).ratio() for p in pinyin_keys(zh)), default=0)
                        if score >= TRANSLITERATION:
                            return Verdict(True, [f"transliterated name ({zh} ~ {en})", *context])
    return Verdict(False, ["names differ"])
