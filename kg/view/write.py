"""``write_view``: a view of the store written as one HTML file (what ``kg view`` and ``kg build`` call)."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from kg.atomic import atomic_write
from kg.analytics.network import load_graph
from kg.view.html import THRESHOLD, render
from kg.view.selection import Selection, select

NARROW = "narrow it with --around ENTITY --depth N, --event NAME, --country CC or --since/--until DATE"


@dataclass(frozen=True)
class ViewSummary:
    """What a written view holds."""

    path: Path
    nodes: int
    edges: int
    large: bool  # past the threshold: physics off, positions precomputed
    selection: str
    notice: str | None  # how to narrow a large view; why a view is empty

    def __str__(self) -> str:
        text = f"wrote {self.path}: {self.nodes} nodes, {self.edges} edges ({self.selection})"
        return f"{text}\n{self.notice}" if self.notice else text


def write_view(store, path: str | Path, *, around: str | None = None, depth: int = 1, event: str | None = None,
               country: str | None = None, since: str | None = None, until: str | None = None,
               threshold: int = THRESHOLD, lang: str = "en") -> ViewSummary:
    """Write the selected part of ``store``'s graph (whole by default) to ``path`` as an offline HTML page.

    Raises :class:`kg.cli.common.UserError` for an unknown or ambiguous entity or a bad date.
    """
    selection = Selection(around, depth, event, country, since, until)
    part = select(load_graph(store), selection)
    n = part.number_of_nodes()
    notice = None
    if n > threshold:
        notice = (f"{n} nodes is past the threshold of {threshold}: physics is off and positions were "
                  f"computed in Python; {NARROW}.")
    elif n == 0:
        notice = "Nothing to show: the graph is empty" + ("" if selection.whole else " for this selection") + "."
    page = render(part, title=f"kg graph: {selection.describe()}", threshold=threshold, lang=lang, notice=notice)
    path = Path(path)
    with atomic_write(path, encoding="utf-8") as out:
        out.write(page.html)
    return ViewSummary(path, page.nodes, page.edges, page.large, selection.describe(), notice)
