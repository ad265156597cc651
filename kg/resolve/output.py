"""What resolution adds to an article's graph: series links, merge reasons, retired IRIs.

``<event> kg:series <series>`` links an edition to its series node (``kg:EventSeries``,
labelled with the name without the edition); ``<node> kg:resolvedBy "…"@en`` records why
this article's mention joined a node whose IRI its own name does not give (a mention named
like the node's first one — same name and year — needs no record, so rebuilding an article
changes nothing); ``<retired> owl:sameAs <kept>``
records a later merge of two stored nodes (in the graph of the article that caused it).
"""

from __future__ import annotations

from kg.graph import terms
from kg.graph.terms import Lit, PlainTriple
from kg.graph.vocab import KG, OWL, RDF, RDFS
from kg.resolve.resolver import Resolution
from kg.resolve.text import core

_A, _LABEL, _SAME = str(RDF.type), str(RDFS.label), str(OWL.sameAs)
_SERIES, _SERIES_CLASS, _RESOLVED = str(KG.series), str(KG.EventSeries), str(KG.resolvedBy)


def resolution_triples(resolution: Resolution, article: str) -> list[PlainTriple]:
    """The resolution triples of one article's graph (article IRI)."""
    resolver = resolution.resolver
    out: list[PlainTriple] = []
    for d in resolution.of(article):
        node = resolver.of[d.mention.id]
        if d.verdict is not None and node.iri != d.mention.default_iri:
            out.append((node.iri, _RESOLVED, Lit(str(d.verdict), "en")))
        if d.mention.kind == "event" and (series := resolver.series(node)):
            out += [(node.iri, _SERIES, series), (series, _A, _SERIES_CLASS),
                    (series, _LABEL, terms.name(core(d.mention.names[0])))]
    out += [(gone, _SAME, kept) for gone, kept, where in resolution.retired if where == article]
    return out
