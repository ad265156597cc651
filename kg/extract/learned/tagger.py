"""A trained tagger of gatherings' names in Chinese text, character by character.

The rules of :mod:`kg.extract.zh.events` read a name leftwards from a head noun over the words
they know; on text they were not written for they miss names whose shape they do not know
(long joint names, names with slogans and years inside). This conditional random field
(CRFsuite, via ``python-crfsuite``) labels each character B (a name starts), I (inside) or O,
from the characters around it and the head nouns of ``event_heads.tsv``; it was trained on the
names of the gold records of annotated articles (``python -m kg.extract.learned.tagger``).
The rules take its names as candidates and check them as they check their own
(:func:`kg.extract.zh.events.find_mentions`).

Text here is the analysis text of :class:`kg.extract.zh.text.AnalysisText` (simplified, NFKC,
pinyin glosses dropped), so offsets are that text's.
"""

from __future__ import annotations

import argparse
import json
import re
import sys
from functools import lru_cache
from pathlib import Path

DATA = Path(__file__).parent / "data"
MODEL = DATA / "event_names-zh.crfsuite"
#: a stretch tagged on its own: up to a sentence's end or a line break
_SEQUENCE = re.compile(r"[^\n。！？!?；;]+[。！？!?；;]?")
_REACH = 25  # characters after a character where a head noun still counts as ahead of it
_WINDOW = (-2, -1, 1, 2)


@lru_cache(maxsize=1)
def _head_pattern() -> re.Pattern:
    from kg.extract.zh.lexicon import lexicon
    heads = sorted(lexicon().heads, key=len, reverse=True)
    return re.compile("|".join(map(re.escape, heads)))


def _kind(ch: str) -> str:
    if ch.isdigit():
        return "d"
    if "\u4e00" <= ch <= "\u9fff":
        return "h"
    return "a" if ch.isalpha() else "p"


def features(text: str, a: int, b: int) -> list[list[str]]:
    """The features of each non-space character of ``text[a:b]``."""
    s = text[a:b]
    n = len(s)
    ends = [0] * n
    starts = [False] * n
    for m in _head_pattern().finditer(s):  # (longest heads first at each place)
        ends[m.end() - 1] = max(ends[m.end() - 1], len(m.group()))
        starts[m.start()] = True
    ahead = [False] * (n + 1)
    last = -10 ** 6
    for p in range(n - 1, -1, -1):
        if ends[p]:
            last = p
        ahead[p] = last - p < _REACH
    out = []
    for p, ch in enumerate(s):
        if ch.isspace():
            continue
        f = ["bias", f"c={ch}", f"k={_kind(ch)}"]
        f.extend(f"{d}:c={s[p + d]}" if 0 <= p + d < n else f"{d}:PAD" for d in _WINDOW)
        if p > 0:
            f.append(f"b-1={s[p - 1:p + 1]}")
        if p + 1 < n:
            f.append(f"b+1={s[p:p + 2]}")
        if p > 1:
            f.append(f"t-2={s[p - 2:p + 1]}")
        if p + 2 < n:
            f.append(f"t+2={s[p:p + 3]}")
        if ends[p]:
            f.append(f"head_end={min(ends[p], 4)}")
        if starts[p]:
            f.append("head_start")
        if p + 1 < n and ends[p + 1]:
            f.append("next_head_end")
        if ahead[p]:
            f.append("head_ahead")
        if p > 0 and ends[p - 1]:
            f.append("after_head")
        out.append(f)
    return out


def _positions(text: str, a: int, b: int) -> list[int]:
    return [i for i in range(a, b) if not text[i].isspace()]


@lru_cache(maxsize=1)
def _tagger():
    """The shipped model's tagger, or None without a model (or without python-crfsuite)."""
    if not MODEL.exists():
        return None
    import pycrfsuite
    tagger = pycrfsuite.Tagger()
    tagger.open(str(MODEL))
    return tagger


def names(text: str) -> list[tuple[int, int]]:
    """(start, end) of each name the model tags in ``text``, in text order."""
    tagger = _tagger()
    if tagger is None:
        return []
    out = []
    for seq in _SEQUENCE.finditer(text):
        where = _positions(text, *seq.span())
        if not where:
            continue
        labels = tagger.tag(features(text, *seq.span()))
        i = 0
        while i < len(labels):
            if labels[i] == "O":
                i += 1
                continue
            j = i + 1
            while j < len(labels) and labels[j] == "I":
                j += 1
            out.append((where[i], where[j - 1] + 1))
            i = j
    return out


def labelled(text: str, gold_names: list[str]) -> list[tuple[list[list[str]], list[str]]]:
    """Training sequences of ``text``: features and B/I/O labels of where the gold names stand
    (longest names first, each character in one name at most)."""
    taken = [False] * len(text)
    spans = []
    for name in sorted({n for n in gold_names if len(n) >= 2}, key=len, reverse=True):
        for m in re.finditer(re.escape(name), text):
            if not any(taken[m.start():m.end()]):
                taken[m.start():m.end()] = [True] * (m.end() - m.start())
                spans.append(m.span())
    starts = {x for x, _ in spans}
    out = []
    for seq in _SEQUENCE.finditer(text):
        where = _positions(text, *seq.span())
        if where:
            labels = ["B" if i in starts else "I" if taken[i] else "O" for i in where]
            out.append((features(text, *seq.span()), labels))
    return out


def train(folders: list[Path], out: Path, c1: float = 0.1, c2: float = 0.05) -> int:
    """Train on the Chinese articles of ``folders`` (X.txt beside X.gold.json); the number of
    articles read."""
    import pycrfsuite

    from kg.extract.zh.text import AnalysisText
    from kg.load import load_articles
    from kg.model import Article

    trainer = pycrfsuite.Trainer(verbose=False)
    read = 0
    for folder in folders:
        for article in load_articles(folder):
            gold_path = folder / f"{getattr(article, 'id', '')}.gold.json"
            if not isinstance(article, Article) or article.lang != "zh" or not gold_path.exists():
                continue
            gold = json.loads(gold_path.read_text(encoding="utf-8"))
            gold_names = [AnalysisText(n).text for e in gold.get("events") or []
                          for n in (e["names"] if isinstance(e["names"], list) else [e["names"]]) if isinstance(n, str)]
            for x, y in labelled(AnalysisText(article.text).text, gold_names):
                trainer.append(x, y)
            read += 1
    trainer.set_params({"c1": c1, "c2": c2, "max_iterations": 150, "feature.possible_transitions": True})
    tmp = out.with_suffix(".tmp")
    trainer.train(str(tmp))
    tmp.replace(out)
    return read


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description="Train the Chinese event-name tagger from annotated folders.")
    ap.add_argument("folders", nargs="+", type=Path, help="folders of X.txt with X.gold.json")
    ap.add_argument("--out", type=Path, default=MODEL, help="where the model goes (default: %(default)s)")
    args = ap.parse_args(argv)
    missing = [str(f) for f in args.folders if not f.is_dir()]
    if missing:
        print(f"error: not a folder: {', '.join(missing)}", file=sys.stderr)
        return 2
    read = train(args.folders, args.out)
    print(f"event names zh: trained on {read} articles -> {args.out}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
