"""Cue phrases of patterns.py found in a doc with one spaCy PhraseMatcher (case-insensitive).

Matches are grouped by family ("role", "partner", "attend", ...) and, within a family,
overlaps are settled for the longest phrase ("co-hosted by" over "hosted by").
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass

from spacy.language import Language
from spacy.matcher import PhraseMatcher
from spacy.tokens import Doc

from kg.extract.en import patterns as P


@dataclass(frozen=True)
class Cue:
    """A cue phrase at ``doc[start:end]``; ``label`` tells what it cues (e.g. "passive:co_host")."""

    label: str
    start: int
    end: int


def _families() -> dict[str, dict[str, tuple[str, ...]]]:
    """family -> label -> phrases"""
    return {
        "role": {**{f"passive:{r}": c for r, c in P.PASSIVE_ROLE_CUES.items()},
                 **{f"active:{r}": c for r, c in P.ACTIVE_ROLE_CUES.items()}},
        "partner": {"partner": P.PARTNER_CUES},
        "attend": {"attend": P.ATTEND_CUES, "speech": P.SPEECH_CUES, "address": P.ADDRESS_CUES},
        "subevent": {"part_of": P.SUBEVENT_CUES, "holder": P.SUBEVENT_HOLDER_CUES},
        "participant": {"list": P.PARTICIPANT_LIST_CUES, "both": P.BOTH_COUNTRIES},
    }


class CueFinder:
    """Finds every cue family in a doc; built once per pipeline."""

    def __init__(self, nlp: Language) -> None:
        self.matcher = PhraseMatcher(nlp.vocab, attr="LOWER")
        self.family: dict[str, str] = {}
        for family, labels in _families().items():
            for label, phrases in labels.items():
                key = f"{family}|{label}"
                self.matcher.add(key, list(nlp.tokenizer.pipe(phrases)))
                self.family[key] = family

    def __call__(self, doc: Doc) -> dict[str, list[Cue]]:
        found: dict[str, list[Cue]] = defaultdict(list)
        for match_id, start, end in self.matcher(doc):
            key = doc.vocab.strings[match_id]
            family, _, label = key.partition("|")
            found[family].append(Cue(label, start, end))
        return {family: _longest(cues) for family, cues in found.items()}


def _longest(cues: list[Cue]) -> list[Cue]:
    """Non-overlapping cues, longest first, in text order."""
    kept: list[Cue] = []
    used: set[int] = set()
    for cue in sorted(cues, key=lambda c: (-(c.end - c.start), c.start)):
        if used.isdisjoint(range(cue.start, cue.end)):
            kept.append(cue)
            used.update(range(cue.start, cue.end))
    return sorted(kept, key=lambda c: c.start)
