"""Benchmark: Chinese extraction throughput on ~900-character articles, 1 and 2 jobs.

    python3 bench/bench_extract_zh.py [--corpus DIR] [--articles N] [--chars C]

Reads the Chinese texts of a folder (every ``DIR/*.txt`` the loader takes for Chinese;
default ../shared/corpus/dev, or tests/fixtures/heldout_zh) at run time and joins
consecutive article bodies into articles of about C characters (default 900), cut at a
sentence end; nothing is copied anywhere. Prints the LAC model load time, the rate of LAC alone
on every sentence (what the rules add to; the extractor runs LAC only on the
sentences its rules read), the rules alone, and articles/s of the whole Chinese
extractor (rules, then the trained components of kg.extract.learned) with 1 job and
with 2 jobs (kg.extract.extract_all). Wall-clock and, for 1 job, CPU
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

    files = sorted(corpus.glob("*.txt"))
    bodies = [a.text for a in load_articles(files) if isinstance(a, Article) and a.lang == "zh"]
    if not bodies:
        raise SystemExit(f"bench: no Chinese .txt files in {corpus}")
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


def timed(label: str, n: int, run) -> None:
    """Run ``run()`` and print its rate in articles/s, by the clock and by this process's CPU."""
    wall, cpu = time.perf_counter(), time.process_time()
    run()
    wall, cpu = time.perf_counter() - wall, time.process_time() - cpu
    print(f"{label:30} {n / wall:6.1f} articles/s   ({wall:5.1f} s; CPU of this process {cpu:5.1f} s)")


def options() -> argparse.Namespace:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--corpus", type=Path, default=DEFAULT_CORPUS, help="folder of Chinese .txt articles")
    ap.add_argument("--articles", type=int, default=300, help="how many articles")
    ap.add_argument("--chars", type=int, default=900, help="characters per article")
    return ap.parse_args()


def main() -> None:
    args = options()
    batch = articles(args.corpus, args.articles, args.chars)
    print(f"{len(batch)} articles, {sum(len(a.text) for a in batch) / len(batch):.0f} characters each on average")

    from kg.extract import get_extractor
    from kg.extract.places import get_gazetteer
    from kg.extract.zh.sentences import sentences
    from kg.extract.zh.text import AnalysisText

    load = time.perf_counter()
    extractor = get_extractor("zh")  # extract_all's forked workers inherit this one
    print(f"LAC model load: {time.perf_counter() - load:.2f} s")
    load = time.perf_counter()
    get_gazetteer().find("在北京举行", "zh")
    print(f"gazetteer load: {time.perf_counter() - load:.2f} s")
    list(extractor.pipe(batch[:8]))  # warm caches

    texts = [AnalysisText(a.text).text for a in batch]
    every = [t[a:b] for t in texts for a, b in sentences(t)]
    tagger = extractor.nlp.tokenizer.tagger
    timed("LAC alone, every sentence", len(batch),
          lambda: [tagger.tag(every[k:k + 1000]) for k in range(0, len(every), 1000)])
    timed("Chinese rules alone, 1 job", len(batch), lambda: list(extractor.pipe(batch)))
    timed("Chinese extractor, 1 job", len(batch), lambda: list(extract_all(batch, jobs=1)))
    results: list = []
    timed("extract_all, 2 jobs", len(batch), lambda: results.extend(extract_all(batch, jobs=2)))
    failed = sum(1 for r in results if not hasattr(r, "events"))
    if failed:
        print(f"{failed} articles failed")


if __name__ == "__main__":
    main()
