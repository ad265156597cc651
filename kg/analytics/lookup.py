"""Finding entities of the entity graph by what a user types: any label in either language, an IRI,
or a country's ISO code.

Names are compared by their normalised form (:func:`kg.model.names.normalise`: case,
width, traditional/simplified Chinese and punctuation do not matter). Exact matches
win, and among them an entity's main label beats another's alias; otherwise the
entities with a label containing the name are the candidates.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Collection

import networkx as nx

from kg.cli.common import UserError
from kg.model.names import normalise
from kg.analytics.network import display_label

_PLURAL = {"entity": "entities", "country": "countries"}
#: at most this many candidates are named when a name is ambiguous or unknown
SHOWN = 8


class LabelIndex:
    """Normalised label -> nodes, for one entity graph."""

    def __init__(self, graph: nx.Graph) -> None:
        self.graph = graph
        self.by_key: dict[str, set[str]] = defaultdict(set)
        self.main: dict[str, set[str]] = defaultdict(set)  # normalised main labels (one per language)
        for node, attrs in graph.nodes(data=True):
            for labels in (attrs.get("labels") or {}).values():
                self.main[normalise(labels[0])].add(node)
                for label in labels:
                    self.by_key[normalise(label)].add(node)
            if attrs.get("code"):
                self.by_key[normalise(attrs["code"])].add(node)

    def candidates(self, text: str, kinds: Collection[str] | None = None) -> list[str]:
        """The nodes ``text`` names, best matches only: the IRI itself, else exact label matches,
        else the nodes having a label that contains it. Sorted for stable output."""
        def wanted(nodes) -> list[str]:
            return sorted(n for n in nodes if kinds is None or self.graph.nodes[n]["kind"] in kinds)

        if text in self.graph:
            return wanted([text])
        key = normalise(text)
        if not key:
            return []
        exact = wanted(self.by_key.get(key, ()))
        main = [n for n in exact if n in self.main.get(key, ())]
        if len(main) == 1:
            return main
        if exact:
            return exact
        return wanted({n for label, nodes in self.by_key.items() if key in label for n in nodes})

    def find(self, text: str, kinds: Collection[str] | None = None, what: str = "entity") -> str:
        """The one node ``text`` names; :class:`UserError` naming the candidates when none or several match."""
        found = self.candidates(text, kinds)
        if len(found) == 1:
            return found[0]
        if not found:
            raise UserError(f"no {what} named {text!r} in the graph (give a label in either language or an IRI)")
        shown = "; ".join(f"{display_label(self.graph.nodes[n])} <{n}>" for n in found[:SHOWN])
        more = f" and {len(found) - SHOWN} more" if len(found) > SHOWN else ""
        raise UserError(f"{text!r} names {len(found)} {_PLURAL.get(what, what + 's')}: {shown}{more}; "
                        "give a fuller name or an IRI")
