"""How each kind of node looks in a view (vis-network shape, colour, legend symbol, size).

The kinds themselves (conference … country) and their names are defined in
:mod:`kg.analytics.network`; the legend lists them in that order.
"""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class Look:
    """How one kind of node is drawn: vis-network shape and colour, the legend symbol, the base size."""

    shape: str
    color: str
    symbol: str
    size: int = 14


LOOKS: dict[str, Look] = {
    "conference": Look("diamond", "#e6194b", "◆"),
    "summit": Look("diamond", "#f58231", "◆"),
    "forum": Look("diamond", "#d4b000", "◆"),
    "exhibition": Look("diamond", "#911eb4", "◆"),
    "meeting": Look("diamond", "#f032e6", "◆"),
    "ceremony": Look("diamond", "#9a6324", "◆"),
    "event": Look("diamond", "#808080", "◆"),
    "organization": Look("square", "#4363d8", "■", 12),
    "ambassador": Look("star", "#3cb44b", "★", 16),
    "person": Look("dot", "#42d4f4", "●", 10),
    "city": Look("triangle", "#469990", "▲", 12),
    "country": Look("hexagon", "#000075", "⬢", 18),
}
