"""Entity resolution: one node per real-world event, organization and person.

Between the records and the graph: :class:`Resolver` turns each record's entities into
mentions, compares them with the nodes already known (blocking by name keys, glossed
words, dates; evidence rules in :mod:`kg.resolve.rules`) and gives every mention the IRI
of its node. ``kg build`` resolves each batch against what the store holds
(:mod:`kg.resolve.stored`). The rules and the IRI policy: docs/graph-model.md, "Identity".
"""

from kg.resolve.aliases import Aliases, load_aliases
from kg.resolve.output import resolution_triples
from kg.resolve.resolver import Decision, Resolution, Resolver

__all__ = ["Aliases", "Decision", "Resolution", "Resolver", "load_aliases", "resolution_triples"]
