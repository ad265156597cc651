"""Sentences a page broke apart: running text cut mid-sentence by picture captions or blank lines.

News pages put photos between paragraphs, and some put them inside a sentence: a
paragraph stops mid-word ("…9个驻渝总领馆的总领事。英"), the photo's caption lines
follow ("图片默认标题_fororder_…", "涂建华致辞 陈伟 摄"), and the sentence goes on in the
next paragraph. The extractors read a line break as a sentence end, so the sentence's
two halves lose each other. Here such halves are joined again and the caption lines
between them dropped, when

- the paragraph before is running text (a dozen words or more, with a full stop or a
  list comma inside, which a headline lacks, or two dozen with a comma: a line the page
  wrapped) that does not end a sentence, ends in a word character or a list comma
  (、 , ，), and is no photo credit ("…记者 张三 摄", "…供图"), and
- the paragraph after is punctuated text that opens mid-sentence: a Han character or a
  list comma after Chinese, a lower-case word after English (not a bullet, not a
  heading), and
- only blank lines and short caption-shaped lines (:attr:`Line.label_shaped`, at most
  :data:`CAPTION_UNITS` long) stand between them, and
- the paragraph before is not the text's headline, a first line where no sentence ends
  ("…携手共进、红红火火过大年", which a list comma does not make running text).

Chinese halves are joined with nothing between them, English ones with a space.
"""

from __future__ import annotations

import re

from kg.load.lines import Line

#: a caption line between the halves is at most this long (in :attr:`Line.units`)
CAPTION_UNITS = 15
#: a paragraph left open is at least this long, and its rest at least half as long
_MIN_UNITS = 12
#: a paragraph this long with only commas inside is running text too (a line a page wrapped), not a heading
_WRAPPED_UNITS = 2 * _MIN_UNITS
#: lines looked past for the rest of a sentence
_REACH = 8
_HAN = re.compile(r"[\u3400-\u9fff\uf900-\ufaff]")
_OPEN_HAN = re.compile(r"^[\u3400-\u9fff\uf900-\ufaff、，,]")
_OPEN_EN = re.compile(r"^[a-z]")
#: how a photo credit ends: "主办方供图", "记者 张三 摄"
_CREDIT = re.compile(r"(?:摄|供图|图|记者)$")


def rejoin(text: str) -> str:
    """``text`` with sentences broken across paragraphs joined again."""
    lines = text.split("\n")
    out: list[str] = []
    first = next((k for k, line in enumerate(lines) if line.strip()), 0)
    headline = first if not re.search(r"。|\.\s", lines[first]) else None  # (no sentence ends in a headline)
    i = 0
    while i < len(lines):
        current = lines[i]
        j = _continuation(lines, i) if i != headline else None
        while j is not None:
            glue = "" if _HAN.search(current.rstrip()[-1:]) or current.rstrip()[-1:] in "、，" else " "
            current = current.rstrip() + glue + lines[j].lstrip()
            lines[j] = current
            i = j
            j = _continuation(lines, i)
        out.append(current)
        i += 1
    return "\n".join(out)


def _open_sentence(head: Line) -> bool | None:
    """Whether a paragraph stops mid-sentence: True after Chinese, False after English,
    None when it does not (a headline, a finished sentence, a photo credit)."""
    if head.units < _MIN_UNITS or head.ends_sentence:
        return None
    text = head.stripped
    last = text[-1]
    if _HAN.match(last) or last in "、，":
        tail = re.split(r"[。！？]", text)[-1]
        running = "。" in text or "、" in text or head.units >= _WRAPPED_UNITS and re.search("[,，]", text)
        return True if running and not re.search(r"\s", tail) and not _CREDIT.search(tail) else None
    if (last.isalpha() and last.islower() or last == ",") and ". " in text:
        return False
    return None


def _continuation(lines: list[str], i: int) -> int | None:
    """The index of the line that finishes the sentence line ``i`` leaves open, or None."""
    chinese = _open_sentence(Line(lines[i]))
    if chinese is None:
        return None
    for j in range(i + 1, min(len(lines), i + 1 + _REACH)):
        line = Line(lines[j])
        if line.blank:
            continue
        opener = _OPEN_HAN if chinese else _OPEN_EN
        if line.punctuated and line.units >= _MIN_UNITS // 2 and not line.bullet and opener.match(line.stripped):
            return j
        if not (line.label_shaped and line.units <= CAPTION_UNITS):
            return None
    return None
