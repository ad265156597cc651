"""Paragraphs a feed hard-wrapped at a fixed width, joined back together.

Some news feeds and archived pages break every line of English text at about the same
width, in the middle of sentences and names ("…of World Chamber" / "Congress commencing
from …"), sometimes with a blank line after each. The extractors read a line break as a
sentence end, so the wrapped halves of a name lose each other. A text is read as
hard-wrapped when at least :data:`MIN_WRAPPED` lines, and :data:`SHARE` of its lines, are
"full": Latin-script lines at least :data:`FULL` of the text's wrap width long (the width
most long lines reach) that end in the middle of a sentence (on a word, a number, a comma or
a hyphen, or before a line that opens in lower case). Each full line is joined to the
next line of text with a space (with none after a hyphen); a shorter line ends its paragraph, as a wrapped paragraph's
last line does. Blank lines between wrapped lines are passed over only in a text that puts a
blank line after nearly every line.
"""

from __future__ import annotations

import re

from kg.load.lines import Line

#: lines a text must have wrapped, and their share of its lines of text
MIN_WRAPPED = 5
SHARE = 0.4
#: a full line is at least this share of the wrap width long
FULL = 0.7
#: the wrap widths read as a feed's (characters)
_WIDTHS = range(40, 121)
#: a text with a blank line after at least this share of its lines of text spaces every line
_SPACED = 0.8
_LATIN = re.compile(r"[A-Za-z]")
_OPEN_END = re.compile(r"[A-Za-z0-9,(\-]$")
_OPEN_START = re.compile(r"^[a-z]")


def unwrap(text: str) -> str:
    """``text`` with hard-wrapped paragraphs joined again; other texts unchanged."""
    lines = text.split("\n")
    content = [k for k, line in enumerate(lines) if line.strip()]
    width = _wrap_width([lines[k] for k in content])
    if width is None:
        return text
    full = {k for i, k in enumerate(content)
            if _full(lines[k], width, content[i + 1] if i + 1 < len(content) else None, lines)}
    if len(full) < MIN_WRAPPED or len(full) < SHARE * len(content):
        return text
    spaced = sum(1 for k in content if k + 1 < len(lines) and not lines[k + 1].strip()) >= _SPACED * len(content)
    out: list[str] = []
    k = 0
    while k < len(lines):
        current = lines[k]
        while k in full:
            nxt = k + 1
            if spaced and nxt < len(lines) and not lines[nxt].strip():
                nxt += 1
            if nxt >= len(lines) or not lines[nxt].strip():
                break
            glue = "" if current.rstrip().endswith("-") else " "  # ("six-" / "month-long")
            current = current.rstrip() + glue + lines[nxt].strip()
            k = nxt
        out.append(current)
        k += 1
    return "\n".join(out)


def _wrap_width(lines: list[str]) -> int | None:
    """The width most long lines reach (the 90th percentile of the lines' lengths), when a feed's."""
    if len(lines) < MIN_WRAPPED:
        return None
    lengths = sorted(len(line.rstrip()) for line in lines)
    width = lengths[int(0.9 * (len(lengths) - 1))]
    return width if width in _WIDTHS else None


def _full(line: str, width: int, after: int | None, lines: list[str]) -> bool:
    """Whether a line runs to the wrap width and stops in the middle of a sentence: on a word,
    number, comma or hyphen, or anywhere but a sentence's end before a line opening in lower case."""
    text = line.rstrip()
    if len(text) < FULL * width or not _LATIN.search(text) or Line(text).ends_sentence:
        return False
    return bool(_OPEN_END.search(text)) or after is not None and bool(_OPEN_START.match(lines[after].strip()))
