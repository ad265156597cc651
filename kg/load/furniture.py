"""Page furniture cut from an article before extraction.

A general engine over line features (:mod:`kg.load.lines`) with the cue words
as per-language data (:mod:`kg.load.cues`). The page is read in three zones:

- the head, before the first line of running text: breadcrumbs, share bars,
  font-size buttons, menu lines of one- or two-character entries ("A A A"),
  image file names. The headline and the date/source lines are kept.
- the body, from the first line of running text: single furniture lines
  (a share bar between paragraphs) are cut. A trailer label (标签:, 上一篇,
  Related stories, 【编辑: ...】) or a footer mark (©, 版权所有, ICP备) after
  the body has begun starts the trailing furniture: that line and everything
  after it go, which takes the lists of other headlines with them.
- the tail, the short lines that end the page: a footer line ("Sponsored by
  ...", "Powered by ...") and what follows it, or a run of three or more menu
  entries (a language menu) is cut, unless a label ending in a colon
  introduces them as a list.

It cuts conservatively: lines are only ever removed whole, never rewritten
(blank lines left at the start or end by a cut go with it), and an article
that would lose everything keeps its uncut text.
"""

from __future__ import annotations

from collections.abc import Sequence

from kg.load.cues import Cues, cues
from kg.load.lines import Line

_MIN_TAIL_RUN = 3


def cut_furniture(text: str) -> str:
    """``text`` (newlines normalised to ``\\n``) without its page furniture."""
    lines = [Line(t) for t in text.split("\n")]
    keep = furniture_mask(lines, cues())
    if all(keep):
        return text
    kept = "\n".join(line.text for line, k in zip(lines, keep) if k).strip("\n")
    return kept if kept.strip() else text


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
            or _breadcrumb_shaped(line))


def _is_head_only_furniture(line: Line) -> bool:
    """Menus of tiny entries and image file names: furniture above the article, content below it."""
    tokens = line.stripped.split()
    tiny_menu = len(tokens) >= 2 and all(Line(t).units <= 1 and len(t) <= 2 for t in tokens)
    return tiny_menu or line.names_files


def _breadcrumb_shaped(line: Line) -> bool:
    """``Home > News > Health``: short segments joined by arrows."""
    for arrow in (">", "›", "»"):
        parts = [p for p in line.key.split(arrow)]
        if len(parts) >= 2 and all(0 < Line(p).units <= 8 for p in parts) and not line.punctuated:
            return True
    return False


def _trailer_start(lines: Sequence[Line], start: int, c: Cues) -> int:
    """Index of the first trailer label or footer mark at or after ``start`` (``len(lines)`` if none)."""
    for i in range(start, len(lines)):
        line = lines[i]
        if line.blank:
            continue
        if line.label_shaped and any(line.starts_with(cue, strict=True) for cue in c.trailer):
            return i
        if line.units <= 200 and any(mark in line.key for mark in c.footer):
            return i
    return len(lines)


def _tail_start(lines: Sequence[Line], start: int, c: Cues) -> int:
    """Where the furniture among the short lines ending the page begins (``len(lines)`` if none)."""
    tail = len(lines)
    while tail > start and (lines[tail - 1].blank or lines[tail - 1].label_shaped and not lines[tail - 1].body
                            and not lines[tail - 1].punctuated):
        tail -= 1
    for i in range(tail, len(lines)):
        if any(lines[i].starts_with(cue, strict=False) for cue in c.footer_line):
            return i
    run = len(lines)
    while run > start and (lines[run - 1].blank or lines[run - 1].menu_item):
        run -= 1
    entries = sum(1 for line in lines[run:] if not line.blank)
    introduced = run > 0 and lines[run - 1].key.rstrip().endswith(":")
    return run if entries >= _MIN_TAIL_RUN and not introduced else len(lines)
