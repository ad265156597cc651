"""LAC as a spaCy tokenizer for ``zh``: words, POS tags and entities in a spaCy Doc.

``make_nlp()`` gives ``spacy.blank("zh")`` with :class:`LacTokenizer`, so the
rest of the pipeline (and spaCy's Matcher) sees Chinese text through the same
Doc/Token/Span model as English: ``token.tag_`` holds the LAC tag, ``token.pos_``
its Universal POS, ``doc.ents`` the LAC entities as PERSON, ORG, GPE and DATE,
and sentences are set from :mod:`kg.extract.zh.sentences`.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator

import numpy as np
import spacy
from spacy.attrs import ENT_IOB, ENT_TYPE, POS, SENT_START, TAG
from spacy.language import Language
from spacy.parts_of_speech import IDS
from spacy.tokens import Doc
from spacy.vocab import Vocab

from kg.extract.zh.lac import LacTagger, Tagged
from kg.extract.zh.sentences import sentences

#: LAC tag -> Universal POS
UPOS = {
    "n": "NOUN", "nz": "PROPN", "nw": "NOUN", "vn": "NOUN", "an": "NOUN", "s": "NOUN", "t": "NOUN",
    "v": "VERB", "vd": "ADV", "a": "ADJ", "ad": "ADV", "d": "ADV", "f": "ADP", "r": "PRON",
    "m": "NUM", "q": "NOUN", "p": "ADP", "c": "CCONJ", "u": "PART", "xc": "PART", "w": "PUNCT",
    "PER": "PROPN", "LOC": "PROPN", "ORG": "PROPN", "TIME": "NOUN",
}
#: LAC entity tag -> spaCy entity label (the labels English models use)
ENTITY = {"PER": "PERSON", "ORG": "ORG", "LOC": "GPE", "TIME": "DATE"}

_ATTRS = [TAG, POS, ENT_IOB, ENT_TYPE, SENT_START]
_B, _O, _NOT_START = 3, 2, 2**64 - 1  # ENT_IOB begin / outside; SENT_START -1 as uint64

#: decides whether sentence [start, end) of the i-th text of a batch is run through LAC
Selector = Callable[[int, int, int], bool]


class LacTokenizer:
    """A spaCy tokenizer that segments, tags and finds entities with LAC, batching sentences.

    Sentences a selector declines stay one token tagged ``x`` (not analysed).
    """

    def __init__(self, vocab: Vocab, tagger: LacTagger | None = None) -> None:
        self.vocab = vocab
        self.tagger = tagger or LacTagger()
        self._rows: dict[tuple[str, bool], tuple[int, ...]] = {}  # (tag, space?) -> array row start

    def __call__(self, text: str) -> Doc:
        return self.docs([text])[0]

    def pipe(self, texts: Iterable[str], batch_size: int = 32) -> Iterator[Doc]:
        batch: list[str] = []
        for text in texts:
            batch.append(text)
            if len(batch) >= batch_size:
                yield from self.docs(batch)
                batch = []
        if batch:
            yield from self.docs(batch)

    def docs(self, texts: list[str], select: Selector | None = None) -> list[Doc]:
        """Docs of several texts, with LAC run once over all their selected sentences."""
        plans = []
        queue: list[str] = []
        for i, text in enumerate(texts):
            plan = []
            for start, end in sentences(text):
                analysed = select is None or select(i, start, end)
                plan.append((start, end, len(queue) if analysed else None))
                if analysed:
                    queue.append(text[start:end])
            plans.append(plan)
        tagged = self.tagger.tag(queue)
        return [self._doc(text, plan, tagged) for text, plan in zip(texts, plans)]

    def _doc(self, text: str, plan: list[tuple[int, int, int | None]], tagged: list[Tagged]) -> Doc:
        words: list[str] = []
        tags: list[str] = []
        starts: list[bool] = []
        pos = 0

        def gap(upto: int) -> None:
            if upto > pos:
                words.append(text[pos:upto])
                tags.append("w")
                starts.append(not words[:-1])

        for start, end, slot in plan:
            gap(start)
            first = True
            for word, tag in tagged[slot] if slot is not None else [(text[start:end], "x")]:
                words.append(word)
                tags.append(tag)
                starts.append(first)
                first = False
            pos = end
        gap(len(text))
        doc = Doc(self.vocab, words=words, spaces=[False] * len(words))
        rows = np.array([self._row(t, w.isspace()) + (1 if first else _NOT_START,)
                         for w, t, first in zip(words, tags, starts)], dtype="uint64")
        doc.from_array(_ATTRS, rows)
        return doc

    def _row(self, tag: str, space: bool) -> tuple[int, ...]:
        """TAG, POS, ENT_IOB, ENT_TYPE values of a token (one entity per LAC word)."""
        row = self._rows.get((tag, space))
        if row is None:
            strings = self.vocab.strings
            label = ENTITY.get(tag)
            row = self._rows[(tag, space)] = (
                strings.add(tag), IDS["SPACE" if space else UPOS.get(tag, "X")],
                _B if label else _O, strings.add(label) if label else 0)
        return row


def make_nlp(tagger: LacTagger | None = None) -> Language:
    """``spacy.blank("zh")`` whose tokenizer is LAC."""
    nlp = spacy.blank("zh")
    nlp.tokenizer = LacTokenizer(nlp.vocab, tagger)
    return nlp
