"""Benchmark: write the HTML view of 1k, 5k and 20k-node graphs and load them in headless Chromium.

    python3 bench/bench_view.py [--sizes 1000 5000 20000] [--browser 1000 5000] [--seed S] [--keep DIR]

For each size, synthetic event records (``bench_build.synthetic_records``) are added
to an in-memory store until the entity graph has at least that many nodes; then
``kg.view.write_view`` writes the whole graph (reading the store, layout, page) and
the time and HTML size are printed, with the time of each part. For the sizes given
to ``--browser``, Chromium (headless, fresh profile) loads the page and the time
until the page is drawn and settled is printed. Targets: 5k nodes generated in
under 5 s; the 5k-node page settled in under 10 s.
"""

from __future__ import annotations

import argparse
import random
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
sys.path.insert(0, str(Path(__file__).resolve().parent))

from bench_build import synthetic_record  # noqa: E402

from kg.analytics.network import CLASS_KIND, load_graph, simple  # noqa: E402
from kg.store import open_store  # noqa: E402
from kg.view import browser, write_view  # noqa: E402
from kg.view.html import THRESHOLD, render  # noqa: E402
from kg.view.layout import positions  # noqa: E402

BATCH = 100


#: the entities of the graph, counted cheaply while the store grows
ENTITIES = ("SELECT (COUNT(DISTINCT ?s) AS ?n) WHERE { GRAPH ?g { ?s a ?t } VALUES ?t { "
            + " ".join(f"<{iri}>" for iri in CLASS_KIND) + " } }")


def store_with(nodes: int, seed: int):
    """An in-memory store whose entity graph has at least ``nodes`` nodes; also the records count."""
    rng = random.Random(seed)
    store = open_store(in_memory=True)
    count = 0
    while True:
        store.add_records([synthetic_record(count + i, rng) for i in range(BATCH)])
        count += BATCH
        if int(next(iter(store.ox.query(ENTITIES)))[0].value) >= nodes:
            return store, count


def timed(fn, *args, **kwargs):
    started = time.perf_counter()
    result = fn(*args, **kwargs)
    return result, time.perf_counter() - started


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--sizes", type=int, nargs="+", default=[1000, 5000, 20000])
    parser.add_argument("--browser", type=int, nargs="*", default=[1000, 5000],
                        help="sizes whose page Chromium loads (default: 1000 5000)")
    parser.add_argument("--seed", type=int, default=7)
    parser.add_argument("--keep", type=Path, default=None, help="write the pages here instead of a temporary folder")
    args = parser.parse_args()
    folder = args.keep or Path(tempfile.mkdtemp(prefix="kg-bench-view-"))
    folder.mkdir(parents=True, exist_ok=True)
    pages = {}
    print(f"view generation (threshold {THRESHOLD} nodes: physics off above it)")
    for size in args.sizes:
        (store, records), build_s = timed(store_with, size, args.seed)
        graph, load_s = timed(load_graph, store)
        _, layout_s = timed(positions, simple(graph))
        _, render_s = timed(render, graph, title="bench")
        path = folder / f"graph-{size}.html"
        summary, total_s = timed(write_view, store, path)
        pages[size] = path
        print(f"  {summary.nodes:>6,} nodes {summary.edges:>6,} edges ({records:,} records, store built in "
              f"{build_s:.1f} s): write_view {total_s:.2f} s [read store {load_s:.2f} s, layout {layout_s:.2f} s, "
              f"layout+page {render_s:.2f} s], HTML {path.stat().st_size / 1e6:.1f} MB, "
              f"physics {'off' if summary.large else 'on'}")
        store.close()
    wanted = [s for s in args.browser if s in pages]
    if not wanted:
        return
    if not browser.available():
        print("Chromium not measured: chromium, chromium-driver or selenium missing")
        return
    print("Chromium (headless) load until drawn and settled:")
    with browser.Browser() as chromium:
        for size in wanted:
            load = chromium.load(pages[size], timeout=300)
            print(f"  {load.drawn_nodes:>6,} nodes {load.drawn_edges:>6,} edges: {load.seconds:.2f} s, "
                  f"console errors {len(load.errors)}, requests outside file:// "
                  f"{sum(not u.startswith('file://') for u in load.requests)}")
            chromium.screenshot(folder / f"graph-{size}.png")
    print(f"pages and screenshots in {folder}")


if __name__ == "__main__":
    main()
