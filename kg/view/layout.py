"""Node positions computed in Python, so that a browser need not simulate physics on large graphs.

Each connected component is laid out on its own and the components are packed in
rows, largest first. Small components use networkx's spring layout. Large ones
use pivot MDS (Brandes & Pich, 2006: breadth-first distances from a few dozen
pivots, then the top two singular vectors), which takes linear time; leaves are
then set on rings around the node they hang from, and nodes closer than the
minimum spacing are pushed apart. Positions are in pixels, about
:data:`SPACING` per edge.
"""

from __future__ import annotations

import math
from collections import defaultdict
from collections.abc import Hashable

import networkx as nx
import numpy as np
from scipy.sparse.csgraph import shortest_path
from scipy.spatial import cKDTree

#: target length of an edge, in pixels
SPACING = 120.0
#: nodes closer than this are pushed apart
MIN_GAP = 45.0
#: components up to this size use the spring layout
SPRING_MAX = 150
PIVOTS = 50
_GOLDEN = math.pi * (3 - math.sqrt(5))

Positions = dict[Hashable, tuple[float, float]]


def positions(graph: nx.Graph, seed: int = 7) -> Positions:
    """Pixel positions for every node of an undirected graph (deterministic for a seed)."""
    rng = np.random.default_rng(seed)
    laid = []
    for component in sorted(nx.connected_components(graph), key=len, reverse=True):
        sub = graph.subgraph(component)
        nodes = sorted(component, key=str)
        if len(nodes) <= SPRING_MAX:
            coords = _spring(sub, nodes, seed)
        else:
            coords = _large(sub, nodes, rng)
        laid.append((nodes, coords))
    return _pack(laid)


def _spring(sub: nx.Graph, nodes: list, seed: int) -> np.ndarray:
    if len(nodes) == 1:
        return np.zeros((1, 2))
    pos = nx.spring_layout(sub, seed=seed, iterations=80)
    coords = np.array([pos[n] for n in nodes], dtype=float)
    return _scaled(sub, nodes, coords)


def _scaled(sub: nx.Graph, nodes: list, coords: np.ndarray) -> np.ndarray:
    """Scale so that the median edge is :data:`SPACING` long."""
    where = {n: i for i, n in enumerate(nodes)}
    ends = np.array([(where[u], where[v]) for u, v in sub.edges()])
    lengths = np.linalg.norm(coords[ends[:, 0]] - coords[ends[:, 1]], axis=1)
    median = float(np.median(lengths)) if len(lengths) else 0.0
    return coords * (SPACING / median) if median > 1e-9 else coords


def _large(sub: nx.Graph, nodes: list, rng: np.random.Generator) -> np.ndarray:
    where = {n: i for i, n in enumerate(nodes)}
    leaves = [n for n in nodes if sub.degree(n) == 1]
    core = [n for n in nodes if sub.degree(n) > 1] if len(leaves) < len(nodes) - 2 else nodes
    coords = np.zeros((len(nodes), 2))
    core_set = set(core)
    hanging: dict = defaultdict(list)
    for leaf in leaves:
        if leaf not in core_set:
            hanging[next(iter(sub[leaf]))].append(leaf)
    weights = np.array([1 + len(hanging.get(n, ())) for n in core], dtype=float)
    coords[[where[n] for n in core]] = _even(_pivot_mds(sub.subgraph(core), core, rng), weights)
    for parent, kids in hanging.items():
        ring = _sunflower(len(kids), start=1) + coords[where[parent]]
        coords[[where[k] for k in kids]] = ring
    return _spread(coords, rng)


def _pivot_mds(sub: nx.Graph, nodes: list, rng: np.random.Generator) -> np.ndarray:
    """Coordinates whose distances are proportional to the graph distances, roughly."""
    n = len(nodes)
    adjacency = nx.to_scipy_sparse_array(sub, nodelist=nodes, format="csr")
    k = min(PIVOTS, n)
    pivots = [int(rng.integers(n))]
    distances = np.empty((n, k))
    nearest = np.full(n, np.inf)
    for j in range(k):
        distances[:, j] = shortest_path(adjacency, unweighted=True, directed=False, indices=pivots[j])
        nearest = np.minimum(nearest, distances[:, j])
        if j + 1 < k:
            pivots.append(int(np.argmax(nearest)))  # max-min: the node farthest from every pivot so far
    squared = distances ** 2
    centred = squared - squared.mean(axis=0) - squared.mean(axis=1, keepdims=True) + squared.mean()
    centred *= -0.5
    left, singular, _ = np.linalg.svd(centred, full_matrices=False)
    return left[:, :2] * singular[:2]


def _even(coords: np.ndarray, weights: np.ndarray) -> np.ndarray:
    """Keep each point's angle and radial order around the centre but even out the density:
    the disc up to a point holds area in proportion to the weight (the point and its leaves) inside it."""
    centred = coords - coords.mean(axis=0)
    radius = np.linalg.norm(centred, axis=1)
    order = np.argsort(radius, kind="stable")
    inside = np.empty_like(radius)
    inside[order] = np.cumsum(weights[order])
    cell = (MIN_GAP * 1.4) ** 2
    new_radius = np.sqrt(inside * cell / math.pi)
    angle = np.arctan2(centred[:, 1], centred[:, 0])
    return np.column_stack((new_radius * np.cos(angle), new_radius * np.sin(angle)))


def _sunflower(count: int, start: int = 0) -> np.ndarray:
    """``count`` points spread evenly over a disc (Vogel's spiral), :data:`MIN_GAP` apart;
    ``start`` skips the innermost points (a leaf ring leaves room for its parent)."""
    i = np.arange(start, start + count, dtype=float)
    radius = MIN_GAP * 0.75 * np.sqrt(i + 0.5)
    angle = i * _GOLDEN
    return np.column_stack((radius * np.cos(angle), radius * np.sin(angle)))


def _spread(coords: np.ndarray, rng: np.random.Generator, rounds: int = 30) -> np.ndarray:
    """Push apart nodes closer than :data:`MIN_GAP`; nodes on the same spot first fan out in a sunflower."""
    coords = coords.copy()
    spots: dict[tuple[int, int], list[int]] = defaultdict(list)
    for i, (x, y) in enumerate(np.round(coords).astype(int)):
        spots[(x, y)].append(i)
    for members in spots.values():
        if len(members) > 1:
            coords[members] += _sunflower(len(members))
    for _ in range(rounds):
        pairs = cKDTree(coords).query_pairs(MIN_GAP, output_type="ndarray")
        if not len(pairs):
            break
        delta = coords[pairs[:, 1]] - coords[pairs[:, 0]]
        dist = np.linalg.norm(delta, axis=1)
        same = dist < 1e-6
        delta[same] = rng.normal(size=(int(same.sum()), 2))
        dist[same] = np.linalg.norm(delta[same], axis=1)
        push = delta * ((MIN_GAP - np.minimum(dist, MIN_GAP)) / (2 * dist))[:, None]
        n = len(coords)
        for axis in (0, 1):
            coords[:, axis] += 0.5 * (np.bincount(pairs[:, 1], push[:, axis], n)
                                      - np.bincount(pairs[:, 0], push[:, axis], n))
    return coords


def _pack(laid: list[tuple[list, np.ndarray]]) -> Positions:
    """Place each component's box in rows about as wide as the whole is tall, largest first."""
    boxes = []
    for nodes, coords in laid:
        low = coords.min(axis=0)
        size = coords.max(axis=0) - low + SPACING
        boxes.append((nodes, coords - low, size))
    width = max(math.sqrt(sum(float(s[0] * s[1]) for _, _, s in boxes)), max(float(s[0]) for _, _, s in boxes))
    out: Positions = {}
    x = y = row_height = 0.0
    for nodes, coords, size in boxes:
        if x > 0 and x + size[0] > width:
            x, y, row_height = 0.0, y + row_height, 0.0
        for node, (px, py) in zip(nodes, coords):
            out[node] = (round(float(px + x), 1), round(float(py + y), 1))
        x += float(size[0])
        row_height = max(row_height, float(size[1]))
    return out
