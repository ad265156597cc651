"""What a store holds, counted by one SPARQL query: articles, events, organizations, people, triples."""

from __future__ import annotations

from dataclasses import dataclass

from kg.graph.vocab import KG
from kg.store import GraphStore
from kg.wording import counted

_COUNTS = f"""
PREFIX kg: <{KG._NS}>
SELECT ?cls (COUNT(DISTINCT ?x) AS ?n) WHERE {{
  VALUES (?type ?cls) {{
    (kg:Article "articles") (kg:Event "events") (kg:Conference "events") (kg:Summit "events")
    (kg:Forum "events") (kg:Exhibition "events") (kg:Meeting "events") (kg:Ceremony "events")
    (kg:Organization "organizations") (kg:Person "people")
  }}
  GRAPH ?g {{ ?x a ?type }}
}} GROUP BY ?cls
"""


@dataclass
class StoreSummary:
    articles: int
    events: int
    organizations: int
    people: int
    triples: int

    def __str__(self) -> str:
        return ", ".join([counted(self.articles, "article"), counted(self.events, "event"),
                          counted(self.organizations, "organization"), counted(self.people, "person", "people"),
                          counted(self.triples, "triple")])


def summarise(store: GraphStore) -> StoreSummary:
    """Distinct entities across all article graphs (an entity named in two articles counts once)."""
    counts = {str(row["cls"]): int(row["n"]) for row in store.query(_COUNTS)}
    return StoreSummary(*(counts.get(k, 0) for k in ("articles", "events", "organizations", "people")),
                        triples=len(store))
