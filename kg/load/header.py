"""Title, publication date and source from the first lines of an article.

News pages saved as text open with a headline and a line or two of metadata
(``时间:2025-07-13 16:42:12来源:中国新闻网``, ``发布日期:2023/5/18``,
``Updated: 2017-10-20``, ``2025-09-02 HKT 17:57``). The reader looks at the
lines before the running text (and at the first lines of running text, for a
date label that opens one and for a dateline such as 新华社北京7月1日电 or
``MINSK, Sept. 25 (Xinhua) --``):

- published: the first date after a date label; failing that, a date that opens
  a line or stands in a short line.
- published, failing those: the date of a dateline that states its year
  (``DUBAI, United Arab Emirates, Jan. 15, 2025 /PRNewswire/ --``, 新华社北京2024年3月4日电);
  else a date stamped with a clock time or after a publication cue near the start or the end
  of the text (``http://news.example.com 2006年04月08日13:02``, ``Published on September 24,
  2020``, a press release's closing ``2014年12月13日(星期六) 香港时间15时00分``).
- source: a value after a source label (it ends at the next label: ``来源:人民网作者:张三``,
  ``Source: Global Times Published: ...``); failing that, the one name among the parts of a
  dated line split by bars (``China Daily | Updated: 2025-07-08 16:05``); a source label
  opening one of the last lines of the text (``转自:中国网``); a line that is only a
  parenthesised name (``( chinadaily.com.cn )``), a site name after the headline
  (``Headline - RTHK``), or the agency of a dateline (``(Xinhua)``, ``/PRNewswire/``).
- title: the first line that looks like a headline: short (3 to 25 words, a
  Han character counting half a word), not a sentence (no sentence-final
  punctuation, and no inner punctuation unless it is the page's first line),
  no date in it, not a metadata line. A headline that follows a date label on
  its line (``date 2024-09-26 Headline``) counts.

Labels are matched in the simplified form of a line, values are returned as written
(less the pinyin some pages write after each character).
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass
from functools import cache

from kg.extract.dates import read_dateline
from kg.load.cues import cues
from kg.load.dates import FoundDate, clocked, find_date, stamped_date
from kg.load.lines import Line
from kg.model.names import to_simplified
from kg.model.pinyin import drop_pinyin

_DATE_REACH = 64  # characters a written date can take ("Wednesday, 23 September 2023 (Beijing time)")
_HEAD_LINES = 12  # non-blank lines looked at before the running text
_BODY_LINES = 3  # lines of running text looked at for date labels and datelines
_MIN_TITLE_UNITS = 3
_MAX_TITLE_UNITS = 25
_SITE_SUFFIX = re.compile(r"^(?P<title>.+?)(?:\s+[-|–—]\s+|\s*[_｜]\s*)(?P<site>[^-|_｜–—]+)$")
_MAX_SITE_UNITS = 4
_PAREN_LINE = re.compile(r"^[(（]\s*(?P<name>[^()（）]{2,60}?)\s*[)）]$")
_SOURCE_END = re.compile(r"\s{2,}|\s*[|｜丨]|\t")
_VALUE_TRIM = " \t.,;:，。；：)）]】"
_LEADING_TIME = re.compile(r"^\s*\d{1,2}:\d{2}(?::\d{2})?(?!\d)")
_BAR_CHARS = ("|", "｜", "丨")
_BARS = re.compile(r"\s*[|｜丨]\s*|\s*\u3000\s*|\s{2,}")  # bars, an ideographic space, a wide gap
#: a weekday on a date line: a site's banner of today's date ("Wednesday, 22 January 2025", "2024-04-24-星期三")
_WEEKDAY = re.compile(r"\b(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day\b|星期[一二三四五六日天]|周[一二三四五六日]", re.IGNORECASE)
_TAIL_LINES = 2  # last non-blank lines looked at for a source label
_MAX_TAIL_UNITS = 20


@dataclass
class Header:
    """What an article's first lines say about it; ``None`` where they say nothing."""

    title: str | None = None
    published: str | None = None
    source: str | None = None


def read_header(text: str) -> Header:
    """The header of ``text`` (furniture already cut)."""
    header = Header()
    dated = bare_date = clocked_date = dateline_date = paren_source = site_source = bar_source = agency = banner = None
    titled_clock = False  # whether the clocked date was read under the headline (a clock above it is the site's now)
    body_seen = 0
    for index, line in enumerate(_first_lines(text)):
        simple = _simplified(line.stripped)
        label = _labelled_date(simple)
        if label and dated is None:
            dated = label[0]
        rest = _LEADING_TIME.sub("", line.stripped[label[1]:]).strip() if label and label[2] else line.stripped
        source = _labelled_source(line.stripped)
        if source and header.source is None:
            header.source = source
        dateline = _dateline(rest)
        agency = agency or dateline[0]
        dateline_date = dateline_date or dateline[1]
        paren = _PAREN_LINE.match(line.stripped)
        if paren:
            paren_source = paren_source or paren["name"]
            continue
        if (header.title is None and not body_seen and not source and (not label or label[2])
                and not rest.startswith(_BAR_CHARS)):
            title = _title(rest, first=index == 0)
            if title:
                header.title, site_source = title
                continue
        found = find_date(line.stripped)
        if label or found:
            bar_source = bar_source or _bar_name(line.stripped)
        remainder = Line(rest)
        labelled = bool(source or (label and not label[2])) and not remainder.ends_sentence  # metadata, however long
        if remainder.body and not labelled:
            body_seen += 1
            if body_seen >= _BODY_LINES:
                break
            continue
        if found and (found.start <= 2 or line.units <= 12 or labelled):
            if header.title is None and _WEEKDAY.search(line.stripped) and not labelled:
                banner = banner or found.iso  # "• Wednesday, 22 January 2025" above the headline: the site's today
                continue
            bare_date = bare_date or found.iso
            if clocked(line.stripped, found) and (clocked_date is None or header.title is not None and not titled_clock):
                clocked_date, titled_clock = found.iso, header.title is not None
    # a date with its clock time is the article's stamp, not a site's banner date above it
    # ("Sunday Dec 15, 2024" then "Saturday, 15 June 2013 01:24"); one under the headline is, not the
    # site's clock above it ("April 27, 2024 08:22 (IST)", headline, "01 Sep 2015, 03:45 pm")
    header.published = dated or clocked_date or bare_date or dateline_date or banner or stamped_date(text) \
        or _labelled_line(text)
    header.source = (header.source or bar_source or _tail_source(text) or paren_source or site_source
                     or agency)
    return header


def _first_lines(text: str) -> Iterator[Line]:
    """The first non-blank lines, less the pinyin a page may write after each character
    ("發(fā)布日期:2018-10-01" is a date label)."""
    count = 0
    for raw in text.split("\n"):
        line = Line(drop_pinyin(raw))
        if line.blank:
            continue
        yield line
        count += 1
        if count >= _HEAD_LINES:
            return


def _simplified(text: str) -> str:
    """Simplified Chinese for label matching; the text itself when conversion changes its length."""
    simple = to_simplified(text)
    return simple if len(simple) == len(text) else text


@cache
def _date_label_re() -> re.Pattern[str]:
    """A date label and its separator; where the label may start is checked by :func:`_field_start`."""
    labels = "|".join(re.escape(w) for w in cues().date_labels)
    return re.compile(rf"(?:{labels})(?![^\W\d_])\s*(?:[:：/]|为|為)?\s*", re.IGNORECASE)


@cache
def _source_label_re() -> re.Pattern[str]:
    """A source label and its separator; where the label may start is checked by :func:`_field_start`."""
    labels = "|".join(re.escape(w) for w in cues().source_labels)
    return re.compile(rf"(?:{labels})\s*[:：/]\s*", re.IGNORECASE)


@cache
def _field_label_re() -> re.Pattern[str]:
    """Any header label with its colon: where a field starts and the value before it ends.
    A Chinese label may follow the value before it without a space (来源:人民网作者:张三)."""
    c = cues()
    words = sorted({*c.date_labels, *c.source_labels, *c.other_labels}, key=len, reverse=True)
    labels = "|".join(re.escape(w) if _is_han(w[0]) else rf"(?<![^\W\d_]){re.escape(w)}" for w in words)
    return re.compile(rf"(?:{labels})\s*[:：]", re.IGNORECASE)


def _date_at(text: str, start: int) -> FoundDate | None:
    """The first date of ``text`` from ``start`` on, looked for only in the stretch a date opening
    there can fill (a long line need not be read to its end for a label's date)."""
    return find_date(text[start:start + _DATE_REACH])


def labelled_date_spans(text: str) -> list[tuple[int, int]]:
    """Character spans of the page's date labels with their dates in ``text``'s first lines
    ("date 2015-06-24", "Updated: 2017-10-20"): the page's date, never an event's."""
    out = []
    pos = 0
    for count, raw in enumerate(text.split("\n")):
        if count >= _HEAD_LINES:
            break
        simple = _simplified(raw)
        for m in _date_label_re().finditer(simple):
            found = _date_at(simple, m.end()) if _field_start(simple, m.start()) else None
            if found and found.start == 0:
                end = m.end() + found.end
                gap = len(simple[end:]) - len(simple[end:].lstrip())
                again = _date_at(simple, end + gap)  # "date 2023-09-23 September 23, 2023": the date restated
                if again and again.start == 0 and again.iso == found.iso:
                    end += gap + again.end
                out.append((pos + m.start(), pos + end))
        pos += len(raw) + 1
    return out


def _labelled_date(simple: str) -> tuple[str, int, bool] | None:
    """(ISO date, end of the date, whether the label opens the line) for a date right after a
    label; a page's month alone ("date 2025-07") gives the month."""
    for m in _date_label_re().finditer(simple):
        if not _field_start(simple, m.start()):
            continue
        found = _date_at(simple, m.end())
        if found and found.start == 0:
            return found.iso, m.end() + found.end, m.start() == 0
        month = _LABELLED_MONTH.match(simple, m.end())
        if month:
            return month.group(1), month.end(), m.start() == 0
    return None


#: a month a date label gives without a day: "date 2025-07"
_LABELLED_MONTH = re.compile(r"((?:19|20)\d{2}-(?:0[1-9]|1[0-2]))(?![\d/.-])")


def _labelled_line(text: str) -> str | None:
    """The date of a short labelled line after the running text ("Updated: 2019-09-08",
    "| 更新時間:2018-05-17" under the article): a page's stamp in its footer."""
    for raw in text.split("\n"):
        line = Line(drop_pinyin(raw))
        if line.blank or line.units > _MAX_TAIL_UNITS:
            continue
        simple = _simplified(line.stripped.lstrip("".join(_BAR_CHARS) + " "))
        label = _labelled_date(simple)
        if label and label[2] and len(label[0]) == 10:
            return label[0]
    return None


def _labelled_source(line: str, *, opening: bool = False) -> str | None:
    """The value after a source label in ``line`` (``opening``: a label that opens it)."""
    line = drop_pinyin(line)
    simple = _simplified(line)
    for m in _source_label_re().finditer(simple):
        if (opening and m.start() > 0) or not _field_start(simple, m.start()):
            continue
        value = line[m.end():]
        if not value or value[0].isspace():
            continue
        end = re.search(r"\s", value) if _is_han(value[0]) else _SOURCE_END.search(value)
        value = _before_next_field(value[: end.start() if end else len(value)]).strip(_VALUE_TRIM)
        if value and not value.endswith("/") and not _date_label_re().match(_simplified(value)):
            return value[:60]
    return None


def _field_start(simple: str, at: int) -> bool:
    """Whether a label at ``simple[at]`` starts a field: not inside a word (资金来源, 开幕时间),
    unless it is a Chinese label after a labelled field (作者:张三来源:人民网)."""
    if at == 0 or not simple[at - 1].isalpha():
        return True
    return _is_han(simple[at]) and bool(_field_label_re().search(simple, 0, at))


def _before_next_field(value: str) -> str:
    """``value`` up to the next label or date: ``Xinhua Editor: Li``, ``人民网作者:张三``, ``Xinhua 2024-03-04``."""
    simple = _simplified(value)
    ends = [m.start() for m in (_field_label_re().search(simple),) if m and m.start() > 0]
    found = find_date(value)
    if found and found.start > 0:
        ends.append(found.start)
    return value[: min(ends)] if ends else value


def _bar_name(line: str) -> str | None:
    """The one part of a dated line split by bars (or wide spaces) that reads as a name: ``China
    Daily | Updated: 2025-07-08``, ``2024-11-23 12:05　星岛日报``; not a label, byline, date, time
    or button."""
    parts = _BARS.split(line)
    names = [p for p in parts if _names_something(p)] if len(parts) > 1 else []
    return names[0] if len(names) == 1 else None


def _names_something(part: str) -> bool:
    line = Line(part)
    if not 0 < line.units <= _MAX_SITE_UNITS or line.punctuated or re.search(r"[:：\d]", part):
        return False
    if not re.search(r"[^\W\d_]{2}|[\u3400-\u9fff]", part):  # "A A A": font-size buttons
        return False
    c = cues()
    return not any(line.starts_with(w.casefold(), strict=False)
                   for w in (*c.furniture_line, *c.other_labels, *c.date_labels, *c.source_labels))


def _tail_source(text: str) -> str | None:
    """A source label opening one of the last lines: ``转自:中国网``, ``(来源:人民日报)``, ``Source: Xinhua``."""
    lines = [Line(raw) for raw in text.rstrip().split("\n")]
    for line in [x for x in lines if not x.blank][-_TAIL_LINES:]:
        if line.units <= _MAX_TAIL_UNITS:
            source = _labelled_source(line.stripped.lstrip("([【（"), opening=True)
            if source:
                return source
    return None


def _dateline(line: str) -> tuple[str | None, str | None]:
    """(agency, ISO date when the year is written) of a dateline opening ``line``:
    中新网合肥9月13日电, MINSK, Sept. 25 (Xinhua) --, NEW YORK, Jan. 15, 2025 /PRNewswire/ --."""
    zh = _zh_dateline_re().match(_simplified(line))
    found = read_dateline(line, "zh") or read_dateline(line, "en")
    agency = line[zh.start("agency"):zh.end("agency")] if zh else (found.agency if found else None)
    when = found.date.start_date if found and not (found.date.relative or found.date.end_date) else None
    return agency, when


@cache
def _zh_dateline_re() -> re.Pattern[str]:
    suffixes = "|".join(re.escape(s) for s in cues().agency_suffixes)
    return re.compile(rf"^[\s(（]*(?P<agency>[\u4e00-\u9fff]{{1,8}}?(?:{suffixes}))"
                      rf"(?:记者[\u4e00-\u9fff]{{2,4}}?\s*)?[\u4e00-\u9fff]{{2,6}}?\s*"
                      rf"(?:(?:\d{{4}}年)?\d{{1,2}}月)?\d{{1,2}}日\s*电")


def _title(text: str, *, first: bool) -> tuple[str, str | None] | None:
    """(headline, site name after it) when ``text`` looks like a headline. The first
    line of the page may carry commas (``..., Beijing, China``); later ones may not."""
    line = Line(text)
    if (not _MIN_TITLE_UNITS <= line.units <= _MAX_TITLE_UNITS or line.ends_sentence or (line.body and not first)
            or find_date(text) or text.rstrip().endswith((":", "："))):
        return None
    m = _SITE_SUFFIX.match(text)
    if m and Line(m["site"]).units <= _MAX_SITE_UNITS and Line(m["title"]).units >= _MIN_TITLE_UNITS:
        return m["title"].strip(), m["site"].strip()
    return text, None


def _is_han(ch: str) -> bool:
    return "\u3400" <= ch <= "\u9fff" or "\uf900" <= ch <= "\ufaff"
