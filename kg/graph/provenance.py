"""Per-fact provenance: one reified ``kg:Assertion`` per fact, one ``kg:Sentence`` per evidence span.

See docs/graph-model.md, "Provenance". Facts without evidence (hand-made gold
records) still get an assertion, derived from the article, with no sentence.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator

from kg.graph import terms
from kg.graph.iris import Iris
from kg.graph.terms import Lit, Term
from kg.graph.vocab import KG, PROV, RDF, SDO
from kg.model import Evidence

_TYPE, _SUBJECT, _PREDICATE, _OBJECT = str(RDF.type), str(RDF.subject), str(RDF.predicate), str(RDF.object)
_ASSERTION, _SENTENCE = str(KG.Assertion), str(KG.Sentence)
_EVIDENCE, _CONFIDENCE, _EXTRACTOR = str(KG.evidence), str(KG.confidence), str(KG.extractor)
_TEXT, _START, _END = str(KG.text), str(KG.start), str(KG.end)
_DERIVED, _PART_OF = str(PROV.wasDerivedFrom), str(SDO.isPartOf)


class Provenance:
    """Collects the facts of one article's graph with their evidence, then emits the assertion triples."""

    def __init__(self, iris: Iris, article: str) -> None:
        self.iris = iris
        self.article = article
        self.facts: dict[tuple[str, str, Term], list[Evidence]] = {}

    def add(self, s: str, p: str, o: Term, evidence: Iterable[Evidence]) -> None:
        self.facts.setdefault((s, p, o), []).extend(evidence)

    def triples(self) -> Iterator[tuple[str, str, Term]]:
        sentences: set[tuple[int, int]] = set()
        for (s, p, o), evidence in self.facts.items():
            a = self.iris.assertion(self.article, s, p, o if type(o) is str else o.key())
            yield a, _TYPE, _ASSERTION
            yield a, _SUBJECT, s
            yield a, _PREDICATE, p
            yield a, _OBJECT, o
            yield a, _DERIVED, self.article
            if evidence:
                yield a, _CONFIDENCE, terms.decimal(max(e.confidence for e in evidence))
            for extractor in sorted({e.extractor for e in evidence if e.extractor}):
                yield a, _EXTRACTOR, Lit(extractor)
            for e in evidence:
                sentence = self.iris.sentence(self.article, e.start, e.end)
                yield a, _EVIDENCE, sentence
                if (e.start, e.end) not in sentences:
                    sentences.add((e.start, e.end))
                    yield from self._sentence(sentence, e)

    def _sentence(self, iri: str, e: Evidence) -> Iterator[tuple[str, str, Term]]:
        yield iri, _TYPE, _SENTENCE
        yield iri, _TEXT, terms.name(e.sentence)
        yield iri, _START, terms.integer(e.start)
        yield iri, _END, terms.integer(e.end)
        yield iri, _PART_OF, self.article
