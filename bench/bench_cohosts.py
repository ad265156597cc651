"""Benchmark: what keeping the co-host network costs per update of a large store, counted again in full
(what every update did before) against recounting the pairs of the events the update touches.

    python3 bench/bench_cohosts.py [--triples N] [--updates U]

Builds bench_build's synthetic records for about N triples (plus the two seed gold records) into an
on-disk store in one batch, then applies U updates of one article each in one open of the store, as a
daily build does: new articles (the next synthetic records) and rebuilds of stored ones, alternately
(the resolver's reading of the stored mentions, once per open, is timed apart). For each update it
times the whole update (``GraphStore.add_records``), the network's part of it
(:func:`kg.graph.cohosts.journal_entries`: reading the touched events' and organizations' host
statements, counting, writing the pair graphs that changed) and, on the same store state, the full
count the update would have needed before (every stored host statement read, every pair counted and
written). Every update also checks that the store's pairs are those of the full count.
"""

from __future__ import annotations

import os
import statistics
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
sys.path.insert(0, str(Path(__file__).resolve().parent))

from bench_build import synthetic_records  # noqa: E402
from bench_queries import QUADS_PER_RECORD, gold_records, scale_parser  # noqa: E402

from kg.graph import cohosts  # noqa: E402
from kg.store import open_store  # noqa: E402


def main() -> None:
    parser = scale_parser(__doc__)
    parser.add_argument("--updates", type=int, default=20, help="one-article updates to time (default 20)")
    args = parser.parse_args()
    count = max(1, args.triples // QUADS_PER_RECORD)
    records = synthetic_records(count + args.updates, args.seed)
    stored, new = records[:count] + gold_records(), records[count:]

    incremental: list[float] = []
    full: list[float] = []
    recount = cohosts.journal_entries

    def timed(store, iris, updated, hosts):
        hosts = set(hosts)
        started = time.perf_counter()
        entries = list(recount(store, iris, updated, hosts))
        incremental.append(time.perf_counter() - started)
        started = time.perf_counter()
        everything = list(cohosts._whole(store, iris, updated, hosts))
        full.append(time.perf_counter() - started)
        written.append((len(entries), len(everything)))
        return entries

    written: list[tuple[int, int]] = []
    with tempfile.TemporaryDirectory(prefix="kg-bench-cohosts-") as name:
        path = Path(name) / "store"
        with open_store(path) as store:
            started = time.perf_counter()
            store.add_records(stored)
            built = time.perf_counter() - started
            pairs = len(cohosts.pair_graphs(store.ox))
            print(f"{len(stored):,} records -> {len(store):,} quads, {pairs:,} co-host pairs "
                  f"(built in {built:.1f} s)")
        cohosts.journal_entries = timed
        updates: list[float] = []
        with open_store(path) as store:
            started = time.perf_counter()
            store.resolver()
            mentions = time.perf_counter() - started
            for i, record in enumerate(new):
                started = time.perf_counter()
                store.add_records([record if i % 2 == 0 else stored[i * 7 % len(stored)]])
                updates.append(time.perf_counter() - started - full[-1])  # the full count is the bench's own
                assert cohosts.pair_graphs(store.ox) == {g for g, _ in cohosts.network(
                    store.iris, cohosts.stored_hosts(store.ox))} - {store.iris.cohost_network()}
    cohosts.journal_entries = recount

    def ms(values: list[float]) -> str:
        return f"p50 {statistics.median(values) * 1000:8.1f} ms   max {max(values) * 1000:8.1f} ms"

    print(f"\n{len(updates)} one-article updates (new and rebuilt articles, alternately) in one open of the store "
          f"(reading its mentions back for the resolver first: {mentions:.1f} s)")
    print(f"  whole update (add_records), as kg runs it {ms(updates)}")
    print(f"  network, recounted (touched pairs)        {ms(incremental)}   "
          f"graphs written: new articles {[w for w, _ in written[::2]]}, rebuilt ones {[w for w, _ in written[1::2]]}")
    print(f"  network, counted in full (before)         {ms(full)}   graphs written {written[-1][1]:,}")
    print(f"  full / recounted: {statistics.median(full) / statistics.median(incremental):.0f}x")
    print(f"\nload average at the end: {' '.join(f'{x:.1f}' for x in os.getloadavg())} ({os.cpu_count()} CPUs)")


if __name__ == "__main__":
    main()
