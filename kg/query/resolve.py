"""Entity parameters (types ``name`` and ``country``) resolved to the IRIs of the entities they name.

Done as a first, small query on the same backend, so that the main query starts
from the entities themselves: matching a name inside a query that also walks the
graph would repeat each entity once per article that labels it, and would keep
the engine from starting at the index. A name that names nothing resolves to no
IRI, and the query then answers nothing.
"""

from __future__ import annotations

import pyoxigraph as ox

from kg.query.params import Bound
from kg.query.results import Term
from kg.query.run import Backend

#: parameter type -> query finding the entities whose property holds ?value
LOOKUPS = {
    "name": """PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>
PREFIX skos: <http://www.w3.org/2004/02/skos/core#>
SELECT DISTINCT ?entity WHERE { ?entity rdfs:label|skos:altLabel ?value }""",
    "country": """PREFIX skos: <http://www.w3.org/2004/02/skos/core#>
SELECT DISTINCT ?entity WHERE { ?entity skos:notation ?value }""",
}


def resolve(backend: Backend, bound: Bound) -> dict[str, list[Term]]:
    """{variable: terms to bind}: entity IRIs for ``name``/``country`` parameters, the term itself otherwise."""
    out: dict[str, list[Term]] = {}
    for variable, (param, term) in bound.items():
        lookup = LOOKUPS.get(param.type)
        if lookup is None:
            out[variable] = [term]
            continue
        rows = backend.run(lookup, {"value": [term]}).rows
        out[variable] = sorted({row[0] for row in rows if isinstance(row[0], ox.NamedNode)}, key=lambda n: n.value)
    return out
