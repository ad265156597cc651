"""Node positions computed in Python, so that a browser need not simulate physics on large graphs.

Each connected component is laid out on its own and the components are packed in
rows, largest first. Small components use networkx's spring layout. Large ones
use pivot MDS (Brandes & Pich, 2006: breadth-first distances from a few dozen
pivots, then the top two singular vectors), which takes linear time; the density
is then evened out around the centre, leaves are set on rings around the node
they hang from, and nodes closer than :data:`MIN_GAP` are pushed apart.
Positions are in pixels, about :data:`SPACING` per edge.
"""

from __future__ import annotations

import math
from collections.abc import Hashable

import networkx as nx
import numpy as np
from scipy.sparse import csr_array
from scipy.sparse.csgraph import connected_components, shortest_path
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
    nodes = list(graph)
    if not nodes:
        return {}
    where = {n: i for i, n in enumerate(nodes)}
    pairs = np.array([(where[u], where[v]) for u, v in graph.edges() if u != v], dtype=np.int64).reshape(-1, 2)
    ones = np.ones(2 * len(pairs))
    adjacency = csr_array((ones, (np.r_[pairs[:, 0], pairs[:, 1]], np.r_[pairs[:, 1], pairs[:, 0]])),
                          shape=(len(nodes), len(nodes)))
    adjacency.data[:] = 1.0  # parallel entries were summed
    _, labels = connected_components(adjacency, directed=False)
    members = np.argsort(labels, kind="stable")
    groups = np.split(members, np.cumsum(np.bincount(labels))[:-1])
    laid = []
    for group in sorted(groups, key=len, reverse=True):
        if len(group) <= SPRING_MAX:
            coords = _spring(graph, [nodes[i] for i in group], seed)
        else:
            coords = _large(adjacency[group][:, group], rng)
        laid.append((group, coords))
    return {nodes[i]: xy for i, xy in _pack(laid).items()}


def _spring(graph: nx.Graph, nodes: list, seed: int) -> np.ndarray:
    if len(nodes) == 1:
        return np.zeros((1, 2))
    sub = graph.subgraph(nodes)
    pos = nx.spring_layout(sub, seed=seed, iterations=80)
    coords = np.array([pos[n] for n in nodes], dtype=float)
    where = {n: i for i, n in enumerate(nodes)}
    ends = np.array([(where[u], where[v]) for u, v in sub.edges()])
    median = float(np.median(np.linalg.norm(coords[ends[:, 0]] - coords[ends[:, 1]], axis=1)))
    return coords * (SPACING / median) if median > 1e-9 else coords


def _large(adjacency: csr_array, rng: np.random.Generator) -> np.ndarray:
    """Pivot MDS of the nodes with two or more neighbours, their leaves in rings around them."""
    n = adjacency.shape[0]
    degree = np.diff(adjacency.indptr)
    core = np.flatnonzero(degree > 1)
    if len(core) < 3:
        core = np.arange(n)
    is_core = np.zeros(n, dtype=bool)
    is_core[core] = True
    leaves = np.flatnonzero(~is_core)
    parents = adjacency.indices[adjacency.indptr[leaves]]  # a leaf's only neighbour
    hanging = np.bincount(parents, minlength=n)
    coords = np.zeros((n, 2))
    coords[core] = _even(_pivot_mds(adjacency[core][:, core], rng), 1.0 + hanging[core])
    order = np.argsort(parents, kind="stable")
    for parent, kids in zip(*_runs(parents[order], leaves[order])):
        coords[kids] = _sunflower(len(kids), start=1) + coords[parent]
    return _spread(coords, rng)


def _runs(keys: np.ndarray, values: np.ndarray) -> tuple[np.ndarray, list[np.ndarray]]:
    """For sorted ``keys``: each distinct key and the values beside it."""
    if not len(keys):
        return keys, []
    starts = np.flatnonzero(np.r_[True, keys[1:] != keys[:-1]])
    return keys[starts], np.split(values, starts[1:])


def _pivot_mds(adjacency: csr_array, rng: np.random.Generator) -> np.ndarray:
    """Coordinates whose distances are roughly proportional to the graph distances."""
    n = adjacency.shape[0]
    k = min(PIVOTS, n)
    pivot = int(rng.integers(n))
    distances = np.empty((n, k))
    nearest = np.full(n, np.inf)
    for j in range(k):
        distances[:, j] = shortest_path(adjacency, unweighted=True, directed=False, indices=pivot)
        nearest = np.minimum(nearest, distances[:, j])
        pivot = int(np.argmax(nearest))  # max-min: the node farthest from every pivot so far
    squared = distances ** 2
    centred = -0.5 * (squared - squared.mean(axis=0) - squared.mean(axis=1, keepdims=True) + squared.mean())
    _, vectors = np.linalg.eigh(centred.T @ centred)  # ascending: the last two are the principal axes
    return centred @ vectors[:, [-1, -2]]


def _even(coords: np.ndarray, weights: np.ndarray) -> np.ndarray:
    """Keep each point's angle and radial order around the centre but even out the density:
    the disc up to a point holds area in proportion to the weight (the point and its leaves) inside it."""
    centred = coords - coords.mean(axis=0)
    radius = np.linalg.norm(centred, axis=1)
    order = np.argsort(radius, kind="stable")
    inside = np.empty_like(radius)
    inside[order] = np.cumsum(weights[order])
    new_radius = np.sqrt(inside * (MIN_GAP * 1.4) ** 2 / math.pi)
    angle = np.arctan2(centred[:, 1], centred[:, 0])
    return np.column_stack((new_radius * np.cos(angle), new_radius * np.sin(angle)))


def _sunflower(count: int, start: int = 0) -> np.ndarray:
    """``count`` points spread evenly over a disc (Vogel's spiral), about :data:`MIN_GAP` apart;
    ``start`` skips the innermost points (a leaf ring leaves room for its parent)."""
    i = np.arange(start, start + count, dtype=float)
    radius = MIN_GAP * 0.75 * np.sqrt(i + 0.5)
    angle = i * _GOLDEN
    return np.column_stack((radius * np.cos(angle), radius * np.sin(angle)))


def _spread(coords: np.ndarray, rng: np.random.Generator, rounds: int = 30) -> np.ndarray:
    """Push apart nodes closer than :data:`MIN_GAP`; nodes on the same spot first fan out in a sunflower."""
    coords = coords.copy()
    spots = np.unique(np.round(coords).astype(np.int64), axis=0, return_inverse=True)[1].ravel()
    order = np.argsort(spots, kind="stable")
    for _, members in zip(*_runs(spots[order], order)):
        if len(members) > 1:
            coords[members] += _sunflower(len(members))
    n = len(coords)
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
        for axis in (0, 1):
            coords[:, axis] += 0.5 * (np.bincount(pairs[:, 1], push[:, axis], n)
                                      - np.bincount(pairs[:, 0], push[:, axis], n))
    return coords


def _pack(laid: list[tuple[np.ndarray, np.ndarray]]) -> dict[int, tuple[float, float]]:
    """Place each component's box in rows about as wide as the whole is tall, largest first."""
    boxes = []
    for indexes, coords in laid:
        low = coords.min(axis=0)
        boxes.append((indexes, coords - low, coords.max(axis=0) - low + SPACING))
    width = max(math.sqrt(sum(float(s[0] * s[1]) for _, _, s in boxes)), max(float(s[0]) for _, _, s in boxes))
    out: dict[int, tuple[float, float]] = {}
    x = y = row_height = 0.0
    for indexes, coords, size in boxes:
        if x > 0 and x + size[0] > width:
            x, y, row_height = 0.0, y + row_height, 0.0
        for i, (px, py) in zip(indexes.tolist(), coords.tolist()):
            out[i] = (round(px + x, 1), round(py + y, 1))
        x += float(size[0])
        row_height = max(row_height, float(size[1]))
    return out
