"""The Chinese cue words, read once from the data files beside this module.

Each ``*.tsv`` file holds tab-separated rows (``#`` starts a comment); lists of
words inside a cell are comma-separated. Words are in simplified characters:
rules match them against the simplified analysis text.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cached_property, lru_cache
from pathlib import Path

_HERE = Path(__file__).parent

#: a short name the text declares right after a full one: "…有限公司(以下简称“星河医疗”)"
DECLARED = re.compile(r"\((?:以下简称|以下称|下称|简称)[:“「『\"]?([^”」』\"()]{2,12}?)[”」』\"]?\)")


#: a gathering no head list names: a quoted activity ("“X”活动", "“A”“B”等五项活动") or a noun + 会
#: before a holding word ("音乐会在"; events._shaped_heads reads it)
_UNLISTED_GATHERING = re.compile(r"[”」](?:主题)?活动|[”」](?:、|和|及)?[“「][^”」]{2,40}[”」]等|(?:名为|称为|题为)[“「]"
                                 r"|[\u4e00-\u9fff](?<![将也还就才都不又仍亦])会(?:在|于|暨|举行|举办|召开|开幕|成功|隆重|顺利|。)")
#: verbs saying a gathering is held, after its name ("第31次…磋商将于…举行")
HELD_VERBS = "(?:举行|举办|召开|开幕|启动)"


def read_rows(name: str) -> list[list[str]]:
    """The rows of a data file beside this module, comments and blank lines skipped."""
    rows = []
    with open(_HERE / name, encoding="utf-8") as f:
        for line in f:
            line = line.rstrip("\n")
            if line.strip() and not line.lstrip().startswith("#"):
                rows.append([cell.strip() for cell in line.split("\t")])
    return rows


def _split(cell: str) -> tuple[str, ...]:
    return tuple(w.strip() for w in cell.split(",") if w.strip())


def alternation(words) -> str:
    """A regex alternation of literal words, longest first (so 高峰论坛 wins over 论坛)."""
    return "|".join(re.escape(w) for w in sorted(set(words), key=len, reverse=True))


@dataclass(frozen=True)
class Head:
    """An event head noun and what it tells."""

    text: str
    type: str
    generic: bool


class Lexicon:
    """Every cue list, keyed by the names used in the data files."""

    def __init__(self) -> None:
        self.heads = {r[0]: Head(r[0], r[1], r[2] == "yes") for r in read_rows("event_heads.tsv")}
        self.words = {r[0]: _split(r[1]) for r in read_rows("event_words.tsv")}
        role_rows = read_rows("role_cues.tsv")
        self.roles = {r[0]: r[1] for r in role_rows}
        self.role_kinds = {r[0]: r[2] for r in role_rows}
        self.org_suffixes = {r[0]: frozenset(_split(r[1])) for r in read_rows("org_suffixes.tsv")}
        self.org_words = {r[0]: _split(r[1]) for r in read_rows("org_words.tsv")}
        self.people_words = {r[0]: _split(r[1]) for r in read_rows("people_words.tsv")}
        title_rows = read_rows("titles.tsv")
        self.titles = {r[0]: r[1] for r in title_rows if r[1] != "modifier"}
        self.title_modifiers = tuple(r[0] for r in title_rows if r[1] == "modifier")
        self._sets: dict[str, frozenset[str]] = {}
        self.surnames = frozenset(ch for r in read_rows("surnames.tsv") for ch in r[0].split(","))
        self.regions = {r[0]: r[1] for r in read_rows("regions.tsv")}
        self.event_aliases = {r[0]: r[1] for r in read_rows("event_aliases.tsv")}

    def head(self, text: str) -> Head:
        """What a head noun tells; a head the data does not list (活动 after a quoted name) is "Other"."""
        return self.heads.get(text) or Head(text, "Other", False)

    def word_set(self, kind: str) -> frozenset[str]:
        found = self._sets.get(kind)
        if found is None:
            found = self._sets[kind] = frozenset(self.words.get(kind, ()))
        return found

    def suffixes(self, kind: str) -> tuple[str, ...]:
        """Organization-name endings of one kind (``org``, ``parent``, ``child``, ``dept``), longest first."""
        return tuple(sorted((s for s, kinds in self.org_suffixes.items() if kind in kinds), key=len, reverse=True))

    @cached_property
    def head_re(self) -> re.Pattern:
        return re.compile(alternation(self.heads))

    @cached_property
    def title_re(self) -> re.Pattern:
        """A person's title: a listed one, or modifiers before a listed official's ("永久名誉会长")."""
        official = [t for t, kind in self.titles.items() if kind == "official"]
        return re.compile(f"(?:{alternation(self.title_modifiers)})+(?:{alternation(official)})|{alternation(self.titles)}")

    def title_kind(self, title: str) -> str:
        """The kind of a title ``title_re`` matched: its own, or that of the official title it ends with."""
        while title not in self.titles:
            title = title[len(next(m for m in self.title_modifiers if title.startswith(m))):]
        return self.titles[title]

    @cached_property
    def _cue_re(self) -> re.Pattern:
        words = [*self.roles, *self.titles, *self.words["ref_noun"], *self.org_words["parent_after"],
                 *self.org_words["parent_before"], *self.org_words["subsidiary"]]
        return re.compile(alternation(words))

    @cached_property
    def _edition_held_re(self) -> re.Pattern:
        """An edition's name said to be held, whatever its last word ("第31次…磋商将于…举行"):
        events._shaped_heads reads it."""
        return re.compile(f"(?=第|首)(?:{self.words['edition'][0]})[^,。;]{{2,60}}?{HELD_VERBS}")

    @cached_property
    def _not_head_re(self) -> re.Pattern:
        return re.compile(alternation(self.words["not_head"]))

    def needs_tagging(self, sentence: str) -> bool:
        """Whether a sentence holds anything the rules read words and entities for: an event
        head (not inside 发展, 会展中心 …), a role cue, a title, a parent cue. Other sentences
        skip LAC, which is most of the time spent."""
        if self._cue_re.search(sentence) or _UNLISTED_GATHERING.search(sentence) or self._edition_held_re.search(sentence):
            return True
        covered = {p for m in self._not_head_re.finditer(sentence) for p in range(m.start(), m.end())}
        return any(not covered.issuperset(range(m.start(), m.end())) for m in self.head_re.finditer(sentence))

    def pattern(self, kind: str) -> str:
        """A regex alternation of the words of one kind of ``event_words.tsv``."""
        return alternation(self.words[kind])


@lru_cache(maxsize=1)
def lexicon() -> Lexicon:
    """The lexicon, read once per process."""
    return Lexicon()
