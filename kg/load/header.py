"""Title, publication date and source from the first lines of an article.

News pages saved as text open with a headline and a line or two of metadata
(``时间:2025-07-13 16:42:12来源:中国新闻网``, ``发布日期:2023/5/18``,
``Updated: 2017-10-20``, ``2025-09-02 HKT 17:57``). The reader looks at the
lines before the running text (and at the first lines of running text, for a
date label that opens one and for a dateline such as 新华社北京7月1日电 or
``MINSK, Sept. 25 (Xinhua) --``):

- published: the first date after a date label; failing that, a date that opens
  a line or stands in a short line.
- source: a value after a source label; failing that, a line that is only a
  parenthesised name (``( chinadaily.com.cn )``), a site name after the headline
  (``Headline - RTHK``), or the agency of a dateline.
- title: the first line that looks like a headline: short (3 to 25 words, a
  Han character counting half a word), not a sentence (no sentence-final
  punctuation, and no inner punctuation unless it is the page's first line),
  no date in it, not a metadata line. A headline that follows a date label on
  its line (``date 2024-09-26 Headline``) counts.

Labels are matched in the simplified form of a line, values are returned as written.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass
from functools import cache

from kg.load.cues import cues
from kg.load.dates import find_date
from kg.load.lines import Line
from kg.model.names import to_simplified

_HEAD_LINES = 12  # non-blank lines looked at before the running text
_BODY_LINES = 2  # lines of running text looked at for date labels and datelines
_MIN_TITLE_UNITS = 3
_MAX_TITLE_UNITS = 25
_SITE_SUFFIX = re.compile(r"^(?P<title>.+?)(?:\s+[-|–—]\s+|\s*[_｜]\s*)(?P<site>[^-|_｜–—]+)$")
_MAX_SITE_UNITS = 4
_PAREN_LINE = re.compile(r"^[(（]\s*(?P<name>[^()（）]{2,60}?)\s*[)）]$")
_EN_DATELINE = re.compile(
    r"^[A-Z][A-Za-z.'-]*(?:\s+[A-Z][A-Za-z.'-]*)*,\s+(?:[A-Z][a-z]{2,8}\.?\s+\d{1,2}|\d{1,2}\s+[A-Z][a-z]{2,8})"
    r"\s*\((?P<agency>[A-Z][\w .&-]{1,40}?)\)\s*(?:--|—|–|-)")
_SOURCE_END = re.compile(r"\s{2,}|\s*[|｜]|\t")
_VALUE_TRIM = " \t.,;:，。；：)）]】"


@dataclass
class Header:
    """What an article's first lines say about it; ``None`` where they say nothing."""

    title: str | None = None
    published: str | None = None
    source: str | None = None


def read_header(text: str) -> Header:
    """The header of ``text`` (furniture already cut)."""
    header = Header()
    dated = bare_date = paren_source = site_source = agency = None
    body_seen = 0
    for index, line in enumerate(_first_lines(text)):
        simple = _simplified(line.stripped)
        label = _labelled_date(simple)
        if label and dated is None:
            dated = label[0]
        rest = line.stripped[label[1]:].strip() if label and label[2] else line.stripped
        source = _labelled_source(line.stripped, simple)
        if source and header.source is None:
            header.source = source
        agency = agency or _dateline_agency(rest)
        paren = _PAREN_LINE.match(line.stripped)
        if paren:
            paren_source = paren_source or paren["name"]
            continue
        if header.title is None and not body_seen and not source and (not label or label[2]):
            title = _title(rest, first=index == 0)
            if title:
                header.title, site_source = title
                continue
        if Line(rest).body:
            body_seen += 1
            if body_seen >= _BODY_LINES:
                break
            continue
        found = find_date(line.stripped)
        if found and bare_date is None and (found.start <= 2 or line.units <= 12):
            bare_date = found.iso
    header.published = dated or bare_date
    header.source = header.source or paren_source or site_source or agency
    return header


def _first_lines(text: str) -> Iterator[Line]:
    count = 0
    for raw in text.split("\n"):
        line = Line(raw)
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
    labels = "|".join(re.escape(w) for w in cues().date_labels)
    return re.compile(rf"(?<![^\W\d_])(?:{labels})(?![^\W\d_])\s*(?:[:：/]|为|為)?\s*", re.IGNORECASE)


@cache
def _source_label_re() -> re.Pattern[str]:
    labels = "|".join(re.escape(w) for w in cues().source_labels)
    return re.compile(rf"(?<![^\W\d_])(?:{labels})\s*[:：/]\s*", re.IGNORECASE)


def _labelled_date(simple: str) -> tuple[str, int, bool] | None:
    """(ISO date, end of the date, whether the label opens the line) for a date right after a label."""
    for m in _date_label_re().finditer(simple):
        found = find_date(simple[m.end():])
        if found and found.start == 0:
            return found.iso, m.end() + found.end, m.start() == 0
    return None


def _labelled_source(line: str, simple: str) -> str | None:
    for m in _source_label_re().finditer(simple):
        value = line[m.end():]
        if not value or value[0].isspace():
            continue
        end = re.search(r"\s", value) if _is_han(value[0]) else _SOURCE_END.search(value)
        value = value[: end.start() if end else len(value)].strip(_VALUE_TRIM)
        if value and not value.endswith("/") and not _date_label_re().match(_simplified(value)):
            return value[:60]
    return None


def _dateline_agency(line: str) -> str | None:
    """The agency of a dateline opening ``line``: 中新网合肥9月13日电, MINSK, Sept. 25 (Xinhua) --."""
    m = _zh_dateline_re().match(_simplified(line)) or _EN_DATELINE.match(line)
    return line[m.start("agency"):m.end("agency")] if m else None


@cache
def _zh_dateline_re() -> re.Pattern[str]:
    suffixes = "|".join(re.escape(s) for s in cues().agency_suffixes)
    return re.compile(rf"^[\s(（]*(?P<agency>[\u4e00-\u9fff]{{1,8}}?(?:{suffixes}))"
                      rf"[\u4e00-\u9fff]{{2,6}}?\s*\d{{1,2}}月\d{{1,2}}日\s*电")


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
