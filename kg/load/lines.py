"""Features of one line of text, shared by the furniture cutter and the header reader."""

from __future__ import annotations

import math
import re
import unicodedata
from dataclasses import dataclass
from functools import cached_property

from kg.model.names import to_simplified

_HAN = re.compile(r"[\u3400-\u9fff\uf900-\ufaff]")
_WORD = re.compile(r"[^\W_]+")  # counted once Han characters are blanked out
_BULLET = re.compile(r"^[\s•·●○◆◇■□▪▫▶►▸‣⁃*\-–—【\[(（]+")
_LIST_BULLET = re.compile(r"^[•·●○◆◇■□▪▫▶►▸‣⁃*\-–]\s*")
#: pinyin a page writes after each character, 醫(yī)學(xué): dropped before cue matching
_PINYIN = re.compile(r"\([a-zA-Züāáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜńňǹḿ]{1,7}\)")
_FINAL = "。．.!?！？…;；"
_CLOSERS = "\"'”’」』)）]】》>"
_INNER = re.compile(r"[，,。；;！!？?、]|[.;:] ")
_BAR = re.compile(r"\s+[|｜·•/]\s+|[|｜]")
_HEADLINE_UNITS = 20
_FILE_NAME = re.compile(r"\S+\.(?:jpe?g|png|gif|webp|bmp|svg)\b", re.IGNORECASE)


@dataclass(frozen=True)
class Line:
    """One line of an article (without its newline)."""

    text: str

    @cached_property
    def stripped(self) -> str:
        return self.text.strip()

    @property
    def blank(self) -> bool:
        return not self.stripped

    @cached_property
    def units(self) -> int:
        """Length in words: alphabetic words and numbers count 1, Han characters 1/2 each."""
        without_han = _HAN.sub(" ", self.stripped)
        han = len(self.stripped) - len(_HAN.sub("", self.stripped))
        return len(_WORD.findall(without_han)) + math.ceil(han / 2)

    @cached_property
    def key(self) -> str:
        """The line for cue matching: NFKC, case-folded, simplified Chinese, no leading bullet
        or bracket, no inserted pinyin."""
        s = unicodedata.normalize("NFKC", self.stripped)
        s = _PINYIN.sub("", s)
        return to_simplified(_BULLET.sub("", s).casefold())

    @property
    def bullet(self) -> bool:
        """Opens with a list bullet (•, ·, -, ▪ ...)."""
        return bool(_LIST_BULLET.match(self.stripped))

    @cached_property
    def ends_sentence(self) -> bool:
        core = self.stripped.rstrip(_CLOSERS + " ")
        return bool(core) and core[-1] in _FINAL

    @cached_property
    def punctuated(self) -> bool:
        """Holds sentence punctuation: a comma, full stop, semicolon, ... inside or at the end."""
        return self.ends_sentence or bool(_INNER.search(self.stripped))

    @property
    def body(self) -> bool:
        """Reads as running text: a punctuated line of a dozen words, or any long line."""
        return (self.punctuated and self.units >= 12) or self.units >= 30

    @property
    def label_shaped(self) -> bool:
        """Short and not a sentence: how labels, links and menu entries look."""
        return not self.blank and self.units <= 40 and not self.ends_sentence

    @property
    def menu_item(self) -> bool:
        """A word or three with no punctuation: an entry of a menu or a language list."""
        return not self.blank and self.units <= 3 and not self.punctuated and ":" not in self.key

    @property
    def list_item(self) -> bool:
        """A bulleted line no longer than a headline and not a sentence: an entry of a list of links."""
        return self.bullet and self.label_shaped and self.units <= _HEADLINE_UNITS

    @property
    def link_bar(self) -> bool:
        """Three or more short entries split by bars or dots: ``首页 | 新闻 | 财经``."""
        parts = _BAR.split(self.stripped)
        return len(parts) >= 3 and all(0 < Line(p).units <= 6 for p in parts) and not self.ends_sentence

    @property
    def names_files(self) -> bool:
        """Image file names standing for pictures the page had."""
        return bool(_FILE_NAME.search(self.stripped))

    def starts_with(self, cue: str, *, strict: bool) -> bool:
        """The line begins with ``cue`` as a whole word. ``strict``: only the end of the
        line, a separator (colon, bar, bracket, dash) or a number may follow."""
        key = self.key
        if not key.startswith(cue):
            return False
        rest = key[len(cue):].lstrip()
        if not rest or cue[-1:] in ":>/" or not _word_char(cue[-1]):
            return True
        if strict:
            return rest[0] in ":|/>»-–—([【(】])" or rest[0].isdigit()
        return not _word_char(key[len(cue)])


def _word_char(ch: str) -> bool:
    return ch.isalnum() or ch == "_"
