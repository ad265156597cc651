"""Benchmark: Chinese extraction throughput on ~900-character articles, 1 and 2 jobs.

    python3 bench/bench_extract_zh.py [--corpus DIR] [--articles N] [--chars C]

Reads the Chinese dev texts (``DIR/zh-*.txt`` and ``seed-000.txt``, default
../shared/corpus/dev) at run time through the loader and joins consecutive article
bodies into articles of about C characters (default 900), cut at a sentence end;
nothing is copied anywhere. Prints the LAC model load time, the rate of LAC alone
on every sentence (what the rules add to; the extractor runs LAC only on the
sentences its rules read), and articles/s of the whole Chinese extractor with 1
job and with 2 jobs (kg.extract.extract_all). Wall-clock and, for 1 job, CPU
seconds of this process (the machine is shared). Targets on the project machine:
>= 40 articles/s on one core, >= 75 with 2 jobs.
"""

from __future__ import annotations

import argparse
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from kg.extract import extract_all  # noqa: E402
from kg.model import Article  # noqa: E402

DEFAULT_CORPUS = Path(__file__).resolve().parents[2] / "shared" / "corpus" / "dev"


def articles(corpus: Path, count: int, chars: int) -> list[Article]:
    """``count`` articles of about ``chars`` characters, joined from consecutive dev bodies."""
    from kg.load import load_articles

    files = sorted(corpus.glob("zh-*.txt")) + sorted(corpus.glob("seed-000.txt"))
    bodies = [a.text for a in load_articles(files) if isinstance(a, Article)]
    if not bodies:
        raise SystemExit(f"bench: no zh-*.txt files in {corpus}")
    out: list[Article] = []
    i = 0
    while len(out) < count:
        text = ""
        while len(text) < chars:
            text += bodies[i % len(bodies)] + "\n"
            i += 1
        cut = max(text.rfind(p, 0, chars + 1) for p in "。!?\n")
        text = text[: cut + 1 if cut > chars // 2 else chars]
        out.append(Article(id=f"bench-{len(out)}", text=text, lang="zh", published="2025-07-13"))
    return out


def rate(label: str, n: int, seconds: float, cpu: float | None = None) -> None:
    extra = f", {n / cpu:.1f}/s of CPU time" if cpu else ""
    print(f"{label:34} {n / seconds:7.1f} articles/s  ({n} articles in {seconds:.1f} s{extra})")


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--corpus", type=Path, default=DEFAULT_CORPUS)
    ap.add_argument("--articles", type=int, default=300)
    ap.add_argument("--chars", type=int, default=900)
    args = ap.parse_args()
    batch = articles(args.corpus, args.articles, args.chars)
    mean = sum(len(a.text) for a in batch) / len(batch)
    print(f"{len(batch)} articles of {mean:.0f} characters from {args.corpus}")

    from kg.extract import get_extractor
    from kg.extract.places import get_gazetteer
    from kg.extract.zh.sentences import sentences
    from kg.extract.zh.text import AnalysisText

    start = time.perf_counter()
    extractor = get_extractor("zh")  # the instance extract_all's workers inherit
    print(f"{'LAC model load':34} {time.perf_counter() - start:7.2f} s")
    start = time.perf_counter()
    get_gazetteer().find("在北京举行", "zh")
    print(f"{'gazetteer load':34} {time.perf_counter() - start:7.2f} s")

    list(extractor.pipe(batch[:8]))  # warm caches
    texts = [AnalysisText(a.text).text for a in batch]
    all_sentences = [t[a:b] for t in texts for a, b in sentences(t)]
    start = time.perf_counter()
    tagger = extractor.nlp.tokenizer.tagger
    for k in range(0, len(all_sentences), 1000):
        tagger.tag(all_sentences[k:k + 1000])
    rate("LAC alone, every sentence", len(batch), time.perf_counter() - start)

    start, cpu = time.perf_counter(), time.process_time()
    records = list(extractor.pipe(batch))
    rate("Chinese extractor, 1 job", len(records), time.perf_counter() - start, time.process_time() - cpu)

    start = time.perf_counter()
    results = list(extract_all(batch, jobs=2))
    rate("extract_all, 2 jobs", len(results), time.perf_counter() - start)
    failed = sum(1 for r in results if not hasattr(r, "events"))
    if failed:
        print(f"{failed} articles failed")


if __name__ == "__main__":
    main()
