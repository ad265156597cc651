"""Benchmark: entity resolution of 10,000 synthetic event records (kg.resolve).

    python3 bench/bench_resolve.py [--records N] [--seed S]

Uses bench_build.py's synthetic records (Chinese and English events, organizations and
people whose names repeat across records, so blocks are busy). Prints the time to load
the glossary (CC-CEDICT, once per process), to resolve the records in one batch, and the
records and mentions per second, with how many nodes the mentions became. Target on the
project machine: 10,000 records in seconds (blocking, no all-pairs comparison).
"""

from __future__ import annotations

import argparse
import sys
import time
from collections import Counter
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
sys.path.insert(0, str(Path(__file__).resolve().parent))

from bench_build import synthetic_records  # noqa: E402

from kg import config  # noqa: E402
from kg.graph.iris import Iris  # noqa: E402
from kg.resolve import Resolver  # noqa: E402
from kg.resolve import gloss  # noqa: E402


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--records", type=int, default=10_000)
    parser.add_argument("--seed", type=int, default=7)
    args = parser.parse_args()
    records = synthetic_records(args.records, args.seed)
    start = time.perf_counter()
    gloss.gloss("中国医学装备协会")
    loaded = time.perf_counter() - start
    resolver = Resolver(Iris(config.base_iri()))
    start = time.perf_counter()
    resolution = resolver.add(records)
    took = time.perf_counter() - start
    mentions = len(resolution.decisions)
    nodes = Counter(c.kind for c in {id(c): c for c in resolver.of.values()}.values())
    merged = sum(1 for d in resolution.decisions if d.verdict is not None)
    print(f"glossary (CC-CEDICT) loaded in {loaded:.2f} s")
    print(f"resolved {len(records):,} records ({mentions:,} mentions) in {took:.2f} s: "
          f"{len(records) / took:,.0f} records/s, {mentions / took:,.0f} mentions/s")
    print(f"nodes: {dict(nodes)}; {merged:,} mentions joined an existing node")


if __name__ == "__main__":
    main()
