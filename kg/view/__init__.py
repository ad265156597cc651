"""Interactive views of the graph: self-contained offline HTML pages drawn with pyvis / vis-network.

``write_view(store, path, around=..., depth=..., event=..., country=..., since=..., until=...)``
writes one; see :mod:`kg.view.selection` for what each selection shows.
"""

from kg.view.write import ViewSummary, write_view

__all__ = ["ViewSummary", "write_view"]
