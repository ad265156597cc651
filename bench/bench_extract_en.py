"""Benchmark: English extraction throughput on ~500-word articles, 1 and 2 jobs.

    python3 bench/bench_extract_en.py [--corpus DIR] [--articles N] [--words W]

Reads the English dev texts (``DIR/en-*.txt``, default ../shared/corpus/dev) at run
time and joins consecutive ones into articles of about W words (default 500); the
texts are not copied anywhere. Prints the spaCy model load time, the NER-only
rate of the pipeline (what the rules add to), the rules alone, and articles/s of the
whole English extractor (rules, then the trained components of kg.extract.learned)
with 1 job and with 2 jobs (kg.extract.extract_all; the workers load the model
themselves, as ``kg extract --jobs 2`` does). Each rate is given per wall-clock
second and per CPU-second (for 2 jobs, per CPU-second of each worker): on a machine
shared with other work the second tells what an idle core gives. Targets on the
project machine: >= 10 articles/s on one core, >= 18 with 2 jobs.
"""

from __future__ import annotations

import argparse
import os
import resource
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from kg.extract import extract_all  # noqa: E402
from kg.model import Article  # noqa: E402

DEFAULT_CORPUS = Path(__file__).resolve().parents[2] / "shared" / "corpus" / "dev"


def articles(corpus: Path, count: int, words: int) -> list[Article]:
    """``count`` articles of about ``words`` words, each joined from consecutive dev texts."""
    texts = [p.read_text(encoding="utf-8") for p in sorted(corpus.glob("en-*.txt"))]
    if not texts:
        raise SystemExit(f"bench: no en-*.txt files in {corpus}")
    out: list[Article] = []
    i = 0
    while len(out) < count:
        parts: list[str] = []
        while sum(len(p.split()) for p in parts) < words:
            parts.append(texts[i % len(texts)])
            i += 1
        body = " ".join(" ".join(parts).split()[:words])
        out.append(Article(id=f"bench-{len(out)}", text=body, lang="en", published="2024-09-26"))
    return out


def rate(label: str, n: int, seconds: float, cpu: float) -> None:
    """Wall-clock rate, and the rate per CPU-second (what one idle core would give)."""
    print(f"{label:34} {n / seconds:7.1f} articles/s  {n / cpu:7.1f} per CPU-second  "
          f"({n} articles in {seconds:.1f} s)")


def cpu_seconds() -> float:
    """CPU time of this process and of its finished children."""
    own, kids = resource.getrusage(resource.RUSAGE_SELF), resource.getrusage(resource.RUSAGE_CHILDREN)
    return own.ru_utime + own.ru_stime + kids.ru_utime + kids.ru_stime


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--corpus", type=Path, default=DEFAULT_CORPUS)
    ap.add_argument("--articles", type=int, default=200)
    ap.add_argument("--words", type=int, default=500)
    args = ap.parse_args()
    batch = articles(args.corpus, args.articles, args.words)
    print(f"{len(batch)} articles of {args.words} words from {args.corpus}; "
          f"load average {os.getloadavg()[0]:.1f} on {os.cpu_count()} cores")

    from kg.extract.en import EnglishExtractor
    from kg.extract.places import get_gazetteer

    start = time.perf_counter()
    extractor = EnglishExtractor()
    print(f"{'spaCy model load':34} {time.perf_counter() - start:7.2f} s")
    start = time.perf_counter()
    get_gazetteer().find("warm-up in Beijing", "en")
    print(f"{'gazetteer load':34} {time.perf_counter() - start:7.2f} s")

    list(extractor.pipe(batch[:4]))  # warm caches
    start, cpu = time.perf_counter(), cpu_seconds()
    for _ in extractor.nlp.pipe((a.text for a in batch), batch_size=extractor.batch_size):
        pass
    rate("spaCy pipeline alone (NER)", len(batch), time.perf_counter() - start, cpu_seconds() - cpu)

    start, cpu = time.perf_counter(), cpu_seconds()
    records = list(extractor.pipe(batch))
    rate("English rules alone, 1 job", len(records), time.perf_counter() - start, cpu_seconds() - cpu)

    start, cpu = time.perf_counter(), cpu_seconds()
    records = list(extract_all(batch, jobs=1))
    rate("English extractor, 1 job", len(records), time.perf_counter() - start, cpu_seconds() - cpu)

    start, cpu = time.perf_counter(), cpu_seconds()
    results = list(extract_all(batch, jobs=2))
    rate("extract_all, 2 jobs", len(results), time.perf_counter() - start, (cpu_seconds() - cpu) / 2)
    failed = sum(1 for r in results if not hasattr(r, "events"))
    if failed:
        print(f"{failed} articles failed")


if __name__ == "__main__":
    main()
