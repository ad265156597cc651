"""An entity graph as one self-contained HTML page (pyvis / vis-network), safe to open offline.

* vis-network's script and stylesheet are taken from the installed pyvis package and
  inlined; the page links nothing, and its Content-Security-Policy forbids every
  request (scripts run only when their hash matches).
* Text from articles is untrusted. It only travels in one JSON block whose ``<``,
  ``>`` and ``&`` are ``\\u`` escapes (so ``</script>`` cannot end it); the page's
  script puts it into the document with ``textContent``; vis-network draws labels
  on a canvas. The header and legend are rendered with HTML escaping.
* Positions come from :mod:`kg.view.layout`. Past ``threshold`` nodes physics is
  off; below it the browser refines the positions with a number of physics steps
  that shrinks as the graph grows, and keeps physics on only for small graphs.

The nodes and edges are set on a pyvis ``Network`` in bulk (its ``add_node`` /
``add_edge`` check every id already added, which is quadratic).
"""

from __future__ import annotations

import base64
import hashlib
import json
import math
from collections import Counter
from dataclasses import dataclass
from functools import cache
from pathlib import Path

import jinja2
import networkx as nx
import pyvis
from markupsafe import Markup
from pyvis.network import Network

from kg.view import layout
from kg.analytics.network import KIND_NAMES, display_label, edge_label, simple
from kg.view.style import LOOKS

#: default number of nodes past which physics is off and positions are precomputed
THRESHOLD = 2000
#: canvas labels longer than this are cut (the info panel shows them whole)
LABEL_CHARS = 32
#: physics stabilization before the first drawing: (nodes + edges) x iterations, within these bounds
STABILIZATION_WORK, MIN_ITERATIONS, MAX_ITERATIONS = 150_000, 20, 250
#: up to this many nodes physics stays on after stabilizing (nodes follow a dragged neighbour)
LIVE_PHYSICS = 500
#: canvas fonts: Latin first, then fonts with Chinese glyphs
FONT = "arial, 'Noto Sans CJK SC', 'WenQuanYi Micro Hei', 'Microsoft YaHei', 'PingFang SC', sans-serif"
#: sources listed per node or edge in the info panel
MAX_SOURCES = 20

_HERE = Path(__file__).parent
_VIS = Path(pyvis.__file__).parent / "templates" / "lib" / "vis-9.1.2"

_PAGE = jinja2.Environment(autoescape=True).from_string("""<!DOCTYPE html>
<html lang="{{ lang }}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta http-equiv="Content-Security-Policy" content="{{ csp }}">
<title>{{ title }}</title>
<style>{{ vis_css }}</style>
<style>{{ page_css }}</style>
</head>
<body data-state="loading">
<div id="kg-header">
<h1>{{ title }}</h1><span class="kg-counts">{{ counts }}</span>
{% if notice %}<p class="kg-notice">{{ notice }}</p>{% endif %}
</div>
<div id="kg-main">
<div id="kg-network"></div>
<div id="kg-legend"><h2>Legend</h2><ul>
{% for name, look, n in legend %}<li><span class="kg-symbol" style="color: {{ look.color }}">{{ look.symbol }}</span> {{ name }} <span class="kg-n">({{ n }})</span></li>
{% endfor %}</ul></div>
<div id="kg-info" hidden></div>
</div>
<script type="application/json" id="kg-data">{{ data }}</script>
{% for script in scripts %}<script>{{ script }}</script>
{% endfor %}</body>
</html>
""")


@dataclass(frozen=True)
class Page:
    """A rendered view: the HTML and what it shows."""

    html: str
    nodes: int
    edges: int
    large: bool


def script_json(value: object) -> str:
    """JSON safe inside an HTML ``<script>`` element: ``<``, ``>``, ``&``, U+2028 and U+2029 escaped."""
    text = json.dumps(value, ensure_ascii=False, separators=(",", ":"))
    for raw, escaped in (("<", "\\u003c"), (">", "\\u003e"), ("&", "\\u0026"),
                         ("\u2028", "\\u2028"), ("\u2029", "\\u2029")):
        text = text.replace(raw, escaped)
    return text


@cache
def _assets() -> tuple[str, str, str, str]:
    """vis-network's script and stylesheet (from pyvis), and the page's own."""
    vis_js = (_VIS / "vis-network.min.js").read_text(encoding="utf-8")
    vis_css = (_VIS / "vis-network.css").read_text(encoding="utf-8")
    page_js = (_HERE / "view.js").read_text(encoding="utf-8")
    page_css = (_HERE / "view.css").read_text(encoding="utf-8")
    for name, text, closing in (("vis-network.min.js", vis_js, "</script"), ("vis-network.css", vis_css, "</style")):
        if closing in text.lower() or "<!--" in text:
            raise RuntimeError(f"{_VIS / name} cannot be inlined: it holds {closing!r} or '<!--'")
    return vis_js, vis_css, page_js, page_css


def _csp(scripts: list[str]) -> str:
    hashes = " ".join(f"'sha256-{base64.b64encode(hashlib.sha256(s.encode()).digest()).decode()}'"
                      for s in scripts)
    return (f"default-src 'none'; script-src {hashes}; style-src 'unsafe-inline'; img-src data:; "
            "font-src data:; connect-src 'none'; base-uri 'none'; form-action 'none'")


def _short(text: str) -> str:
    return text if len(text) <= LABEL_CHARS else text[: LABEL_CHARS - 1] + "…"


def _options(large: bool, size: int) -> dict:
    """vis-network options, set through pyvis: physics only for graphs below the threshold, and a
    stabilization budget that shrinks as the graph (``size`` = nodes + edges) grows."""
    net = Network(directed=True, cdn_resources="in_line")
    if large:
        net.toggle_physics(False)
    else:
        net.barnes_hut(gravity=-4000, central_gravity=0.1, spring_length=110, spring_strength=0.04,
                       damping=0.4, overlap=0.2)
    net.set_edge_smooth("continuous")
    net.toggle_hide_edges_on_drag(large)
    options = json.loads(net.options.to_json())
    iterations = max(MIN_ITERATIONS, min(MAX_ITERATIONS, STABILIZATION_WORK // max(size, 1)))
    options["physics"]["stabilization"].update(iterations=iterations, updateInterval=50)
    options["physics"]["minVelocity"] = 1.0
    options["edges"].update(
        smooth={"enabled": not large, "type": "continuous"},
        color={"color": "#9aa0a6", "highlight": "#333333", "hover": "#333333"},
        arrows={"to": {"enabled": True, "scaleFactor": 0.4}},
        font={"size": 9, "face": FONT, "color": "#555555", "strokeWidth": 2, "align": "middle"},
        width=1,
    )
    options["nodes"] = {"font": {"size": 12, "face": FONT}, "borderWidth": 1}
    options["layout"] = {"improvedLayout": False}
    options["interaction"].update(hover=True, tooltipDelay=100, navigationButtons=False, keyboard=False)
    return options


def _articles(graph: nx.MultiDiGraph) -> tuple[list[dict], dict[str, int]]:
    """The articles every node and edge points to, as a list (newest first) and an index."""
    sources = graph.graph.get("articles", {})
    used = {a for _, s in graph.nodes(data="sources") for a in s or ()}
    used.update(a for _, _, s in graph.edges(data="sources") for a in s or ())
    ordered = sorted(used, key=lambda a: (sources[a].date or "" if a in sources else "", a), reverse=True)
    rows = []
    for a in ordered:
        src = sources.get(a)
        rows.append({"iri": a, "title": src.title if src else None, "date": src.date if src else None,
                     "url": src.url if src else None, "publisher": src.publisher if src else None})
    return rows, {a: i for i, a in enumerate(ordered)}


def _vis_nodes(graph: nx.MultiDiGraph, article_index: dict[str, int], lang: str) -> tuple[list[dict], list[dict]]:
    """vis-network nodes (positions, shape, colour, short label) and the info panel's data for each."""
    undirected = simple(graph)
    where = layout.positions(undirected)
    nodes, info = [], []
    for i, (node, attrs) in enumerate(graph.nodes(data=True)):
        look = LOOKS[attrs["kind"]]
        label = display_label(attrs, lang)
        x, y = where[node]
        nodes.append({"id": i, "label": _short(label), "fullLabel": label, "shape": look.shape, "color": look.color,
                      "size": look.size + min(16, 2 * math.sqrt(undirected.degree(node))), "x": x, "y": y})
        info.append({"kind": attrs["kind"], "type": KIND_NAMES[attrs["kind"]], "labels": attrs.get("labels") or {},
                     "start": attrs.get("start"), "end": attrs.get("end"), "code": attrs.get("code"),
                     "iri": attrs.get("iri", node), "sources": [article_index[a] for a in attrs.get("sources", ())]})
    return nodes, info


def _vis_edges(graph: nx.MultiDiGraph, article_index: dict[str, int]) -> list[dict]:
    ids = {node: i for i, node in enumerate(graph.nodes)}
    return [{"id": i, "from": ids[u], "to": ids[v], "label": edge_label(attrs), "relation": attrs["relation"],
             "sources": [article_index[a] for a in attrs.get("sources", ())]}
            for i, (u, v, attrs) in enumerate(graph.edges(data=True))]


def render(graph: nx.MultiDiGraph, *, title: str, threshold: int = THRESHOLD, lang: str = "en",
           notice: str | None = None) -> Page:
    """The HTML page drawing ``graph`` (an entity graph from :func:`kg.analytics.network.load_graph`)."""
    large = graph.number_of_nodes() > threshold
    articles, article_index = _articles(graph)
    vis_nodes, info = _vis_nodes(graph, article_index, lang)
    net = Network(directed=True, cdn_resources="in_line")
    net.nodes, net.edges = vis_nodes, _vis_edges(graph, article_index)
    nodes, edges, *_ = net.get_network_data()
    data = {"nodes": nodes, "edges": edges, "info": info, "articles": articles,
            "options": _options(large, len(nodes) + len(edges)), "maxSources": MAX_SOURCES,
            "livePhysics": len(nodes) <= LIVE_PHYSICS}
    vis_js, vis_css, page_js, page_css = _assets()
    scripts = [vis_js, page_js]
    kinds = Counter(kind for _, kind in graph.nodes(data="kind"))
    html = _PAGE.render(
        lang=lang, title=title, csp=_csp(scripts), vis_css=Markup(vis_css), page_css=Markup(page_css),
        counts=f"{len(nodes)} nodes, {len(edges)} edges", notice=notice,
        legend=[(KIND_NAMES[k], LOOKS[k], kinds[k]) for k in KIND_NAMES if kinds[k]],
        data=Markup(script_json(data)),
        scripts=[Markup(s) for s in scripts],
    )
    return Page(html, len(nodes), len(edges), large)
