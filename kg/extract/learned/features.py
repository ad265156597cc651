"""What the trained components share: a candidate value for an event, the words around a
mention, the sentence a mention stands in."""

from __future__ import annotations

import argparse
import json
import re
import sys
from bisect import bisect_right
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path

from kg.extract.learned.logistic import Features
from kg.extract.places import Place, PlaceMention, get_gazetteer
from kg.model import Article
from kg.model.names import to_simplified_aligned
from kg.model.record import Event

_SENTENCE = re.compile(r"[^.!?。！？\n]+[.!?。！？]*")
_WORD = re.compile(r"[A-Za-z]+|\d+")
_WINDOW = {"en": 4, "zh": 6}  # words (en) or characters (zh) read on each side of a mention


@dataclass(frozen=True)
class Candidate:
    """A value a component may give the event or person at ``item`` (its index in the record's
    events or people)."""

    item: int
    value: str
    features: Features
    at: int = -1  # offset of the value's first mention in the text (-1: the text does not name it)
    surfaces: tuple[str, ...] = field(default=())  # how the text writes the value
    place: Place | None = None  # the place the value is, for a city


def context(text: str, start: int, end: int, lang: str) -> Iterator[str]:
    """Words (en) or character pairs (zh, in simplified characters) on each side of text[start:end];
    "L1"/"R1" the nearest."""
    if lang == "en":
        left = [w.lower() for w in _WORD.findall(text[max(0, start - 40):start])[-_WINDOW[lang]:]]
        right = [w.lower() for w in _WORD.findall(text[end:end + 40])[:_WINDOW[lang]]]
        nearest = left[-1:], right[:1]
    else:
        before = to_simplified_aligned(text[max(0, start - _WINDOW[lang]):start])  # (one script: "舉行" is "举行")
        after = to_simplified_aligned(text[end:end + _WINDOW[lang]])
        left = [before[i:i + 2] for i in range(len(before) - 1)]
        right = [after[i:i + 2] for i in range(len(after) - 1)]
        nearest = list(before[-1:]), list(after[:1])
    yield from (f"L:{w}" for w in left)
    yield from (f"R:{w}" for w in right)
    yield from (f"L1:{w}" for w in nearest[0])
    yield from (f"R1:{w}" for w in nearest[1])


def sentence_at(text: str, i: int) -> tuple[int, int]:
    """(start, end) of the sentence (or line) of ``text`` that holds offset ``i``."""
    for m in _SENTENCE.finditer(text):
        if m.start() <= i < m.end():
            return m.start(), m.end()
    return i, i


def line_heads(text: str, reach: int) -> Callable[[int], bool]:
    """A test of whether an offset lies within ``reach`` characters of its line's start (a dateline's place)."""
    starts = [0] + [m.end() for m in re.finditer(r"\n", text)]
    return lambda i: i - starts[bisect_right(starts, i) - 1] < reach


def headline_end(text: str) -> int:
    """Where the first line (the headline of a loaded article) ends."""
    return text.find("\n") if "\n" in text else len(text)


def spans(event: Event, *facts: str) -> list[tuple[int, int]]:
    """Offsets of the sentences that give the event's ``facts`` (all of them when none is named)."""
    return [(e.start, e.end) for e in event.evidence if not facts or e.fact in facts]


def in_spans(starts: list[int], ranges: list[tuple[int, int]]) -> bool:
    return any(a <= s < b for s in starts for a, b in ranges)


@lru_cache(maxsize=4)
def places(text: str, lang: str) -> tuple[PlaceMention, ...]:
    """The gazetteer's places in ``text``, read once for all the components of one article."""
    return tuple(get_gazetteer().find(text, lang))


def best_per_item(scored: list[tuple[Candidate, float]], threshold: float,
                  rules_first: bool = False) -> list[tuple[Candidate, float]]:
    """Each item's most probable candidate over the threshold; with ``rules_first``, the rules'
    own value (a candidate with the ``rule`` feature) wherever there is one."""
    best: dict[int, tuple[Candidate, float]] = {}
    ruled = {c.item for c, _ in scored if c.features.get("rule")} if rules_first else set()
    for c, p in scored:
        if c.item in ruled:
            if c.features.get("rule"):
                best[c.item] = (c, p)
        elif p > threshold and (c.item not in best or p > best[c.item][1]):
            best[c.item] = (c, p)
    return list(best.values())


def trainer_parser(description: str, out: Path, langs: list[str]) -> argparse.ArgumentParser:
    """The arguments every trainer takes: annotated folders, where the models go, languages."""
    ap = argparse.ArgumentParser(description=description)
    ap.add_argument("folders", nargs="+", type=Path, help="folders of X.txt with X.gold.json")
    ap.add_argument("--out", type=Path, default=out, help="where the models go (default: %(default)s)")
    ap.add_argument("--lang", choices=langs, action="append", help="only this language (repeatable)")
    return ap


def trainer_args(ap: argparse.ArgumentParser, argv: list[str] | None) -> argparse.Namespace | None:
    """The parsed arguments, the output folder made; None (the error said in one line) when a
    folder is not there."""
    args = ap.parse_args(argv)
    missing = [str(f) for f in args.folders if not f.is_dir()]
    if missing:
        print(f"error: not a folder: {', '.join(missing)}", file=sys.stderr)
        return None
    args.out.mkdir(parents=True, exist_ok=True)
    return args


def annotated(folder: Path, lang: str) -> list[tuple[Article, dict]]:
    """(article, gold record) of the folder's articles that the ``lang`` extractor reads and that
    have a gold record (``X.gold.json`` beside ``X.txt``)."""
    from kg.load import load_articles
    out = []
    for article in load_articles(folder):
        if not isinstance(article, Article) or (article.lang or "en") != lang:
            continue  # (a load error, or an article the other language's extractor reads)
        gold_path = folder / f"{article.id}.gold.json"
        if gold_path.exists():
            out.append((article, json.loads(gold_path.read_text(encoding="utf-8"))))
    return out
