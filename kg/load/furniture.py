"""Page furniture cut from an article before extraction.

A general engine over line features (:mod:`kg.load.lines`) with the cue words
as per-language data (:mod:`kg.load.cues`). The page is read in three zones:

- the head, before the first line of running text: breadcrumbs, share bars,
  font-size buttons, link bars (``首页 | 新闻 | 财经``), menu lines of one- or
  two-character entries ("A A A"), image file names. The headline and the
  date/source lines are kept, also when bars split them like a link bar
  (``Source: Xinhua | 2024-03-04 02:15:40 | Editor: Li Ming``).
- the body, from the first line of running text: single furniture lines (a
  share bar or link bar between paragraphs) are cut. A trailer label (标签:,
  上一篇, Related stories, 【编辑: ...】) or a footer mark (©, 版权所有, ICP备)
  after the body has begun starts the trailing furniture: that line and
  everything after it go, which takes the lists of other headlines and their
  teasers with them. Not if a whole paragraph of the article still follows
  (longer than a teaser, ending a sentence): then the label was not the end.
- the tail, the short lines that end the page: a footer line ("Sponsored by
  ...", "Powered by ...") and what follows it, or a run of three or more menu
  entries (a language menu) or bulleted links, is cut, unless a label ending
  in a colon introduces them as a list.

A page with no running text at all (only navigation, headline lists, short link-like
lines) has no article: :func:`has_article_text` tells, and the loader reports it.

It cuts conservatively: lines are only ever removed whole, never rewritten
(blank lines left at the start or end by a cut go with it), and an article
that would lose everything keeps its uncut text.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from functools import cache

from kg.load.cues import Cues, cues
from kg.load.dates import find_date
from kg.load.lines import Line

_MIN_TAIL_RUN = 3  # menu entries or bulleted links that make a list at the end of the page
_FOOTER_UNITS = 60  # a footer notice is at most this long; a longer line is a paragraph of the article
_PARAGRAPH_UNITS = 25
_SENTENCE_UNITS = 6  # a line ending a sentence this long is article text, even alone  # a paragraph this long is article text, not a teaser in a list of links


def cut_furniture(text: str) -> str:
    """``text`` (newlines normalised to ``\\n``) without its page furniture."""
    lines = [Line(t) for t in text.split("\n")]
    keep = furniture_mask(lines, cues())
    if all(keep):
        return text
    kept = "\n".join(line.text for line, k in zip(lines, keep) if k).strip("\n")
    return kept if kept.strip() else text


def has_article_text(text: str) -> bool:
    """Whether ``text`` holds running text: a line that reads as a paragraph or at least a
    sentence of an article. A page of navigation, headline lists and link bars alone has none."""
    c = cues()
    return any((line.body or line.ends_sentence and line.units >= _SENTENCE_UNITS) and not _is_furniture_line(line, c)
               for line in map(Line, text.split("\n")))


def furniture_mask(lines: Sequence[Line], c: Cues) -> list[bool]:
    """For each line, whether it is kept."""
    keep = [True] * len(lines)
    first_body = next((i for i, line in enumerate(lines) if line.body and not _is_furniture_line(line, c)), None)
    if first_body is None:
        return keep
    for i, line in enumerate(lines[:first_body]):
        keep[i] = not (_is_furniture_line(line, c) or _is_head_only_furniture(line))
    end = _trailer_start(lines, first_body + 1, c)
    for i in range(first_body, end):
        keep[i] = not _is_furniture_line(lines[i], c)
    keep[end:] = [False] * (len(lines) - end)
    end = _tail_start(lines[:end], first_body + 1, c)
    keep[end:] = [False] * (len(lines) - end)
    return keep


def _is_furniture_line(line: Line, c: Cues) -> bool:
    if not line.label_shaped:
        return False
    return (any(line.starts_with(cue, strict=False) for cue in c.furniture_line)
            or any(line.starts_with(cue, strict=False) for cue in c.breadcrumb)
            or _breadcrumb_shaped(line) or (line.link_bar and not _holds_metadata(line)))


def _holds_metadata(line: Line) -> bool:
    """A full date or a labelled date or source: the header's metadata line, split by bars
    like a link bar (``Source: Xinhua | 2024-03-04 02:15:40 | Editor: Li Ming``)."""
    return _metadata_label_re().search(line.key) is not None or find_date(line.stripped) is not None


@cache
def _metadata_label_re() -> re.Pattern[str]:
    labels = "|".join(re.escape(w.casefold()) for w in (*cues().date_labels, *cues().source_labels))
    return re.compile(rf"(?:{labels})\s*:")


def _is_head_only_furniture(line: Line) -> bool:
    """Menus of tiny entries and image file names: furniture above the article, content below it."""
    tokens = line.stripped.split()
    tiny_menu = len(tokens) >= 2 and all(Line(t).units <= 1 and len(t) <= 2 for t in tokens)
    return tiny_menu or line.names_files


def _breadcrumb_shaped(line: Line) -> bool:
    """``Home > News > Health``: short segments joined by arrows."""
    for arrow in (">", "›", "»"):
        parts = line.key.split(arrow)
        if len(parts) >= 2 and all(0 < Line(p).units <= 8 for p in parts) and not line.punctuated:
            return True
    return False


def _trailer_start(lines: Sequence[Line], start: int, c: Cues) -> int:
    """Index of the first trailer label or footer mark at or after ``start`` that no
    paragraph of the article follows (``len(lines)`` if none)."""
    last_paragraph = max((i for i, line in enumerate(lines) if _is_paragraph(line, c)), default=-1)
    for i in range(max(start, last_paragraph + 1), len(lines)):
        if _starts_trailer(lines[i], c):
            return i
    return len(lines)


def _starts_trailer(line: Line, c: Cues) -> bool:
    if line.label_shaped and any(line.starts_with(cue, strict=True) for cue in c.trailer):
        return True
    return line.units <= _FOOTER_UNITS and any(mark in line.key for mark in c.footer)


def _is_paragraph(line: Line, c: Cues) -> bool:
    """A whole paragraph of the article: longer than a teaser, ending a sentence, not a list entry, not footer."""
    return (line.body and line.ends_sentence and line.units >= _PARAGRAPH_UNITS and not line.bullet
            and not _starts_trailer(line, c))


def _tail_start(lines: Sequence[Line], start: int, c: Cues) -> int:
    """Where the furniture among the short lines ending the page begins (``len(lines)`` if none):
    a footer line and all after it, or a run of menu entries or bulleted links."""
    tail = len(lines)
    while tail > start and (lines[tail - 1].blank or lines[tail - 1].label_shaped and not lines[tail - 1].punctuated):
        tail -= 1
    for i in range(tail, len(lines)):
        if any(lines[i].starts_with(cue, strict=False) for cue in c.footer_line):
            return i
    run = len(lines)
    while run > start and (lines[run - 1].blank or lines[run - 1].menu_item or lines[run - 1].list_item):
        run -= 1
    entries = sum(1 for line in lines[run:] if not line.blank)
    introduced = run > 0 and lines[run - 1].key.rstrip().endswith(":")
    return run if entries >= _MIN_TAIL_RUN and not introduced else len(lines)
