"""Network analytics of the graph with networkx.

:mod:`kg.analytics.network` reads the store into an entity graph (events, organizations,
people, cities, countries; posts folded into edges), :mod:`~kg.analytics.lookup` finds
entities by any label or IRI, :mod:`~kg.analytics.stats` computes counts, rankings,
components and centrality (``kg stats``), :mod:`~kg.analytics.paths` the shortest paths
between two entities with their evidence (``kg path``).
"""
