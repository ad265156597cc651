"""A trained tagger of gatherings' names in Chinese text, character by character.

The rules of :mod:`kg.extract.zh.events` read a name leftwards from a head noun over the words
they know; on text they were not written for they miss names whose shape they do not know (a
year glued to the name, long names with a place in brackets, a name around the shorter one they
read). This conditional random field (CRFsuite, via ``python-crfsuite``) labels each character
B (a name starts), I (inside) or O, from the characters around it and the head nouns of
``event_heads.tsv``; it was trained on the names of the gold records of annotated articles
(``python -m kg.extract.learned.tagger FOLDER...``). The rules take its names as candidates and
check them as they check their own (:func:`kg.extract.zh.events.find_mentions`).

The engine is language-neutral: what a language brings (how its text splits into stretches and
tokens, the features of a token) is one :class:`_Language` in :data:`LANGUAGES`, its weights
``data/event_names-LANG.crfsuite``. English has none: a model trained the same way on English
words gained the rules no more gatherings on unseen text than it cost them.

Text here is the analysis text of :class:`kg.extract.zh.text.AnalysisText` (simplified, NFKC,
pinyin glosses dropped), so offsets are that text's.
"""

from __future__ import annotations

import re
import sys
from collections.abc import Callable
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

from kg.extract.learned.features import annotated, trainer_args, trainer_parser

DATA = Path(__file__).parent / "data"
_REACH = 25  # characters after a character where a head noun still counts as ahead of it


@dataclass(frozen=True)
class _Language:
    """What the engine needs of a language: its stretches, its tokens and their features."""

    analysis: Callable[[str], str]  # the text the language's rules read (and the tagger tags)
    stretch: re.Pattern  # a stretch tagged on its own
    tokens: Callable[[str, int, int], list[tuple[int, int]]]
    features: Callable[[str, tuple[int, int], list[tuple[int, int]]], list[list[str]]]  # (text, stretch, tokens)


def model_path(lang: str) -> Path:
    return DATA / f"event_names-{lang}.crfsuite"


# -- Chinese: characters ---------------------------------------------------------------
def _kind(ch: str) -> str:
    if ch.isdigit():
        return "d"
    if "\u4e00" <= ch <= "\u9fff":
        return "h"
    return "a" if ch.isalpha() else "p"


def _zh_analysis(text: str) -> str:
    from kg.extract.zh.text import AnalysisText
    return AnalysisText(text).text


def _characters(text: str, a: int, b: int) -> list[tuple[int, int]]:
    return [(i, i + 1) for i in range(a, b) if not text[i].isspace()]


def _zh_features(text: str, stretch: tuple[int, int], tokens: list[tuple[int, int]]) -> list[list[str]]:
    """A character, its neighbours (spaces too), the character pairs and triples it opens and
    closes, and where the head nouns of ``event_heads.tsv`` start and end around it."""
    a, b = stretch
    s = text[a:b]
    n = len(s)
    ends = [0] * n
    starts = [False] * n
    from kg.extract.zh.lexicon import lexicon
    for m in lexicon().head_re.finditer(s):  # (longest heads first at each place)
        ends[m.end() - 1] = max(ends[m.end() - 1], len(m.group()))
        starts[m.start()] = True
    ahead = [False] * n
    last = -10 ** 6
    for p in range(n - 1, -1, -1):
        if ends[p]:
            last = p
        ahead[p] = last - p < _REACH
    out = []
    for p in (x - a for x, _ in tokens):
        ch = s[p]
        f = ["bias", f"c={ch}", f"k={_kind(ch)}"]
        f.extend(f"{d}:c={s[p + d]}" if 0 <= p + d < n else f"{d}:PAD" for d in (-2, -1, 1, 2))
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


LANGUAGES = {
    "zh": _Language(_zh_analysis, re.compile(r"[^\n。！？!?；;]+[。！？!?；;]?"), _characters, _zh_features),
}


def _stretches(text: str, lang: str) -> list[tuple[tuple[int, int], list[tuple[int, int]]]]:
    """Each stretch of ``text`` tagged on its own, with its tokens."""
    language = LANGUAGES[lang]
    out = []
    for m in language.stretch.finditer(text):
        tokens = language.tokens(text, *m.span())
        if tokens:
            out.append((m.span(), tokens))
    return out


def features(text: str, lang: str) -> list[list[list[str]]]:
    """The features of each token of each stretch of ``text``."""
    return [LANGUAGES[lang].features(text, stretch, tokens) for stretch, tokens in _stretches(text, lang)]


@lru_cache(maxsize=2)
def _tagger(lang: str):
    """The shipped model's tagger for the language, or None when it ships none."""
    path = model_path(lang)
    if not path.exists():
        return None
    import pycrfsuite
    tagger = pycrfsuite.Tagger()
    tagger.open(str(path))
    return tagger


def names(text: str, lang: str) -> list[tuple[int, int]]:
    """(start, end) of each name the shipped model tags in ``text``, in text order."""
    tagger = _tagger(lang)
    if tagger is None:
        return []
    out = []
    for stretch, tokens in _stretches(text, lang):
        labels = tagger.tag(LANGUAGES[lang].features(text, stretch, tokens))
        i = 0
        while i < len(labels):
            if labels[i] == "O":
                i += 1
                continue
            j = i + 1
            while j < len(labels) and labels[j] == "I":
                j += 1
            out.append((tokens[i][0], tokens[j - 1][1]))
            i = j
    return out


def labelled(text: str, gold_names: list[str], lang: str) -> list[tuple[list[list[str]], list[str]]]:
    """Training stretches of ``text``: features and B/I/O labels of where the gold names stand
    (longest names first, each character in one name at most; a name must start and end on
    token edges)."""
    taken = [False] * len(text)
    starts = set()
    stretches = _stretches(text, lang)
    edges = {a for _, tokens in stretches for a, _ in tokens}, {b for _, tokens in stretches for _, b in tokens}
    for name in sorted({n for n in gold_names if len(n) >= 2}, key=len, reverse=True):
        for m in re.finditer(re.escape(name), text):
            if m.start() in edges[0] and m.end() in edges[1] and not any(taken[m.start():m.end()]):
                taken[m.start():m.end()] = [True] * (m.end() - m.start())
                starts.add(m.start())
    return [(LANGUAGES[lang].features(text, stretch, tokens),
             ["B" if a in starts else "I" if taken[a] else "O" for a, _ in tokens]) for stretch, tokens in stretches]


def train(folders: list[Path], out: Path, lang: str, c1: float = 0.1, c2: float = 0.05) -> int:
    """Train on the ``lang`` articles of ``folders`` (X.txt beside X.gold.json); the number of
    articles read."""
    import pycrfsuite

    analysis = LANGUAGES[lang].analysis
    trainer = pycrfsuite.Trainer(verbose=False)
    read = 0
    for folder in folders:
        for article, gold in annotated(folder, lang):
            gold_names = [analysis(n) for e in gold.get("events") or []
                          for n in (e["names"] if isinstance(e["names"], list) else [e["names"]]) if isinstance(n, str)]
            for x, y in labelled(analysis(article.text), gold_names, lang):
                trainer.append(x, y)
            read += 1
    trainer.set_params({"c1": c1, "c2": c2, "max_iterations": 150, "feature.possible_transitions": True})
    tmp = out.with_suffix(".tmp")
    trainer.train(str(tmp))
    tmp.replace(out)
    return read


def main(argv: list[str] | None = None) -> int:
    ap = trainer_parser("Train the event-name tagger from annotated folders.", DATA, sorted(LANGUAGES))
    args = trainer_args(ap, argv)
    if args is None:
        return 2
    for lang in args.lang or sorted(LANGUAGES):
        path = args.out / model_path(lang).name
        read = train(args.folders, path, lang)
        print(f"event names {lang}: trained on {read} articles -> {path}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
