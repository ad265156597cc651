"""SPARQL SELECT results as rows of rdflib terms."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass, field

from rdflib.term import Identifier


@dataclass
class QueryRows:
    """The answer to a SELECT query.

    ``variables`` are the projected variable names (no ``?``), in query order;
    ``rows`` one dict per solution mapping every variable to an rdflib term
    (``URIRef``, ``Literal``, ``BNode``) or ``None`` when unbound. ``xsd:string``
    literals come back as plain ``Literal``; ``str(term)`` gives the value.
    Iterating a ``QueryRows`` iterates the rows.
    """

    variables: list[str]
    rows: list[dict[str, Identifier | None]] = field(default_factory=list)

    def __iter__(self) -> Iterator[dict[str, Identifier | None]]:
        return iter(self.rows)

    def __len__(self) -> int:
        return len(self.rows)

    def __getitem__(self, index: int) -> dict[str, Identifier | None]:
        return self.rows[index]

    def column(self, variable: str) -> list[Identifier | None]:
        """The values of one variable, row by row."""
        return [row[variable] for row in self.rows]
