"""English extraction: spaCy NER plus rules over token shapes, entity types and gazetteers.

Where each fact comes from:

- events, their names, aliases and mentions: ``events.py``
- hosts, co-hosts and organizers: ``roles.py``
- organizations, abbreviations, parents, countries: ``orgs.py``
- ambassadors, consuls, officials and who attended: ``people.py``
- sub-events: ``subevents.py``
- dates and places of events: ``when.py`` and ``where.py``
- participant countries: ``participants.py``
- the cue words and phrases of all of them: ``patterns.py`` (matched by ``cues.py``)

Shared machinery: ``nlp.py`` loads the spaCy pipeline (NER only, plus line-aware
sentences; model from ``KG_EN_MODEL``), ``names.py`` reads capitalised names from token
shapes, ``context.py`` holds one article's sentences, places and event mentions while
the modules above report facts to the shared RecordBuilder. Dates and places resolve
through the shared engines kg.extract.dates and kg.extract.places.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator

from spacy.tokens import Doc

from kg.extract import envoys, hosted
from kg.extract.en.context import Context
from kg.extract.en.cues import CueFinder
from kg.extract.en.events import find_events, passing_mentions
from kg.extract.en.described import syntax_pipeline
from kg.extract.en.nlp import load_pipeline, model_name
from kg.extract.en.orgs import find_parents
from kg.extract.en.participants import find_participants
from kg.extract.en.people import find_people
from kg.extract.en.roles import find_roles
from kg.extract.en.subevents import find_subevents
from kg.extract.en.when import datelines, find_dates_of_events
from kg.extract.en.where import dateline_country, find_places_of_events, inherit_from_parents, online_events
from kg.model import Article, EventRecord


class EnglishExtractor:
    """Event records from English articles; the spaCy pipeline is loaded once."""

    name = "en-rules"
    lang = "en"

    def __init__(self, model: str | None = None, batch_size: int = 16) -> None:
        self.nlp = load_pipeline(model)
        self.model = model or model_name()
        self.cues = CueFinder(self.nlp)
        self.batch_size = batch_size

    def pipe(self, articles: Iterable[Article]) -> Iterator[EventRecord]:
        """One record per article, in input order (spaCy batches the texts)."""
        pairs = ((a.text, a) for a in articles)
        for doc, article in self.nlp.pipe(pairs, as_tuples=True, batch_size=self.batch_size):
            yield self.read(article, doc)

    def read(self, article: Article, doc: Doc) -> EventRecord:
        """The record of one article from its spaCy doc; the order matters (events first)."""
        ctx = Context.read(article, doc, self.name, self.cues(doc))
        find_events(ctx, lambda: syntax_pipeline(self.model))
        find_roles(ctx)
        find_parents(ctx)
        find_subevents(ctx)
        lines = datelines(ctx)
        find_dates_of_events(ctx, lines)
        find_places_of_events(ctx, lines)
        inherit_from_parents(ctx)
        hosted.infer_country(ctx.builder, online_events(ctx))
        find_participants(ctx)
        find_people(ctx)
        ctx.builder.drop_events(passing_mentions(ctx))
        envoys.infer(ctx.builder)
        envoys.posted_at_dateline(ctx.builder, dateline_country(ctx, lines))
        return ctx.builder.build()
