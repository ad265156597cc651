"""Chinese extraction: event records from Chinese news, simplified or traditional.

Where each fact comes from:

- :mod:`.text`: the analysis text (pinyin inserts dropped, full-width folded,
  traditional converted) and its offset map back to the article;
- :mod:`.lac` / :mod:`.nlp`: Baidu LAC in batches, as a spaCy tokenizer (Doc with tags and entities);
- :mod:`.events`: event names, aliases, types, grouping (``event_heads.tsv``, ``event_words.tsv``);
- :mod:`.subevents`: ``part_of`` (期间, 同期, 分论坛, names embedding the main event);
- :mod:`.roles`: hosts, co-hosts, organizers (``role_cues.tsv``);
- :mod:`.orgs`: organization names, countries and parents (``org_suffixes.tsv``, ``org_words.tsv``);
- :mod:`.when` and :mod:`.where`: dates and places of events, named as their English twins (shared
  :mod:`kg.extract.dates` and :mod:`kg.extract.places` engines);
- :mod:`.people`: ambassadors, officials and what they attended (``titles.tsv``, ``surnames.tsv``);
- :mod:`.participants`: participant countries (``regions.tsv``: 内地, 本港 …).
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator
from functools import lru_cache
from itertools import islice

from spacy.tokens import Doc

from kg.extract import envoys, hosted
from kg.extract.builder import RecordBuilder
from kg.extract.zh import events, orgs, participants, people, roles, subevents, when, where
from kg.extract.zh.context import ZhArticle
from kg.extract.zh.lac import LacTagger
from kg.extract.zh.lexicon import alternation, lexicon
from kg.extract.zh.nlp import make_nlp
from kg.extract.zh.text import AnalysisText
from kg.load.cues import cues
from kg.load.furniture import furniture_mask
from kg.load.lines import Line
from kg.model import Article, EventRecord

_BATCH = 32


class ChineseExtractor:
    """Event records from Chinese articles; LAC is loaded once, in ``__init__``."""

    name = "zh-rules"
    lang = "zh"

    def __init__(self, tagger: LacTagger | None = None) -> None:
        self.nlp = make_nlp(tagger or LacTagger())

    def pipe(self, articles: Iterable[Article]) -> Iterator[EventRecord]:
        it = iter(articles)
        while batch := list(islice(it, _BATCH)):
            yield from self._batch(batch)

    def _batch(self, batch: list[Article]) -> list[EventRecord]:
        prepared = [AnalysisText(a.text) for a in batch]
        furniture = [_furniture_lines(a.text, at.text) for a, at in zip(batch, prepared)]
        lex = lexicon()

        def select(i: int, start: int, end: int) -> bool:
            return (not _in_lines(prepared[i].orig[start], furniture[i])
                    and lex.needs_tagging(prepared[i].text[start:end]))

        docs = self.nlp.tokenizer.docs([at.text for at in prepared], select)
        return [self._record(*args) for args in zip(batch, prepared, docs, furniture)]

    def _record(self, article: Article, at: AnalysisText, doc: Doc, lines: list[tuple[int, int]]) -> EventRecord:
        builder = RecordBuilder(article, self.name)
        ctx = ZhArticle(article, at, doc, lines, builder, published=when.reference_date(article, at))
        ctx.mentions = events.find_mentions(ctx)
        events.group_events(ctx)
        orgs.declared_aliases(ctx)
        subevents.link(ctx)
        roles.assign(ctx)
        when.assign(ctx)
        where.assign(ctx)
        subevents.inherit(ctx)
        hosted.infer_country(builder, where.online_events(ctx))
        people.find(ctx)
        participants.assign(ctx)
        orgs.link_parents(ctx)
        events.drop_bare(ctx)
        envoys.infer(builder)
        dateline = where.dateline_city(ctx)
        envoys.posted_at_dateline(builder, dateline.place.country if dateline else None)
        return builder.build()


@lru_cache(maxsize=1)
def _furniture_cue() -> re.Pattern:
    c = cues()
    return re.compile(alternation([*c.trailer, *c.footer, *c.footer_line, *c.furniture_line, *c.breadcrumb]))


def _furniture_lines(text: str, simple: str) -> list[tuple[int, int]]:
    """Offset ranges of the lines the loader's furniture rules would cut (kept out of reading);
    the loader has usually cut them already, so a text with no cue word is not looked at."""
    if not _furniture_cue().search(simple.casefold()):
        return []
    lines = text.split("\n")
    keep = furniture_mask([Line(t) for t in lines], cues())
    out, pos = [], 0
    for line, k in zip(lines, keep):
        if not k:
            out.append((pos, pos + len(line) + 1))
        pos += len(line) + 1
    return out


def _in_lines(pos: int, lines: list[tuple[int, int]]) -> bool:
    return any(a <= pos < b for a, b in lines)
