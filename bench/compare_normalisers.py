"""Benchmark: kg's date and place engines against maintained normalisers (issue 9).

    python3 bench/compare_normalisers.py [--corpus DIR] [--details]

Reads the dev corpus at run time (``DIR/X.txt`` with ``DIR/X.gold.json``, default
../shared/corpus/dev); nothing is copied anywhere. Each article is loaded with
``kg.load_articles`` and every tool reads the same text (title line included).

Dates. Tools: kg's engine (``kg.extract.dates.find_dates``), ``jionlp``
(``jio.ner.extract_time``, Chinese; traditional text is first simplified character for
character) and Microsoft Recognizers-Text (``recognizers-text-date-time``, English and
Chinese models). The reference time is the gold ``article.published``, else the
loader's date. Every expression a tool finds is resolved to ISO at the precision it
states (a day, ``YYYY-MM`` for a whole month, ``YYYY`` for a whole year; a range gives its
first and last day). Recall: gold start/end dates (distinct per article) among the dates
the tool resolves anywhere in the article. Spurious: resolved dates that are no gold date
of the article, over articles with at least one gold date (an article legitimately names
other dates, so this is an upper bound on errors). Recognizers-Text gives several
candidates for an expression without a year ("Nov 27": last year's and this year's);
its main row keeps the one nearest the reference date, the "any" row counts a gold date
found when any candidate equals it. Agreement: expressions of kg and another tool whose
spans overlap, and whether both resolve to the same (start, end).

Places (Chinese articles). Tools: kg's gazetteer (``get_gazetteer().find(text, "zh")``,
city mentions) and ``cpca`` (``cpca.transform_text_with_addrs``; a province-level
municipality or SAR counts as its city; a county its prefecture city). A found city
matches a gold city when its English name (cpca's Chinese name is mapped through kg's
gazetteer) or its Chinese name without 市/特别行政区 equals one of the gold names. Recall
is measured over the whole article and over the event's sentences (those naming the
event, and one each side). "Other cities": distinct cities a tool finds in the article
that are no gold event city (many are named legitimately: seats of organisations,
home towns; ``--details`` lists them for reading).

Speed: milliseconds per article of each tool after its one-time load (listed too).
Needs ``pip install jionlp recognizers-text-date-time 'emoji<2' cpca``; a tool that
cannot be imported is reported and left out.
"""

from __future__ import annotations

import argparse
import calendar
import json
import re
import sys
import time
import unicodedata
from collections import defaultdict
from dataclasses import dataclass, field
from datetime import date, datetime
from pathlib import Path
from typing import Callable

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from kg.load import load_articles  # noqa: E402
from kg.model import Article  # noqa: E402
from kg.model.names import to_simplified_aligned  # noqa: E402

DEFAULT_CORPUS = Path(__file__).resolve().parents[2] / "shared" / "corpus" / "dev"

Span = tuple[str, str]  # (start, end) ISO at the stated precision; a single date has end == start


@dataclass(frozen=True)
class Expr:
    """A date expression a tool found: ``text[start:end]``, its resolution and, for a tool
    that gives several, every candidate resolution."""

    start: int
    end: int
    value: Span
    candidates: tuple[Span, ...]


@dataclass
class Doc:
    """One dev article with what the benchmark reads from its gold record."""

    id: str
    lang: str
    text: str
    published: date | None
    gold_dates: set[str]
    events: list[dict]


@dataclass
class DateTool:
    """A date normaliser: its name, the languages it reads and its finder."""

    name: str
    langs: tuple[str, ...]
    find: Callable[[str, str, date | None], list[Expr]]
    load_seconds: float


@dataclass
class Tally:
    """Counts for one tool and language."""

    gold: int = 0
    found: int = 0
    found_any: int = 0
    resolved: int = 0
    spurious: int = 0
    exprs: int = 0
    seconds: float = 0.0
    articles: int = 0
    misses: list[str] = field(default_factory=list)


# ---------------------------------------------------------------- corpus
def read_corpus(corpus: Path) -> list[Doc]:
    """Articles of ``corpus`` that have a gold record, loaded by kg's loader."""
    docs = []
    for path in sorted(corpus.glob("*.txt")):
        gold_path = path.with_name(path.stem + ".gold.json")
        if not gold_path.exists():
            continue
        gold = json.loads(gold_path.read_text(encoding="utf-8"))
        loaded = [a for a in load_articles([path]) if isinstance(a, Article)]
        if not loaded:
            print(f"bench: {path}: kg could not load it, skipped", file=sys.stderr)
            continue
        article = loaded[0]
        published = gold["article"].get("published") or article.published
        dates = {d for e in gold["events"] for d in (e.get("start_date"), e.get("end_date")) if d}
        docs.append(Doc(path.stem, gold["article"].get("lang") or article.lang or "en", article.text,
                        date.fromisoformat(published[:10]) if published else None, dates, gold["events"]))
    if not docs:
        raise SystemExit(f"bench: no .txt articles with a .gold.json beside them in {corpus}")
    return docs


# ---------------------------------------------------------------- date tools
def precise(first: date, last: date) -> Span:
    """A day range at the precision it covers: one day, a whole month, a whole year, or days."""
    if first.day == 1 and last.month == first.month and last.year == first.year \
            and last.day == calendar.monthrange(first.year, first.month)[1]:
        month = first.isoformat()[:7]
        return month, month
    if (first.month, first.day, last.month, last.day) == (1, 1, 12, 31) and first.year == last.year:
        return str(first.year), str(first.year)
    return first.isoformat(), last.isoformat()


def kg_tool() -> DateTool:
    """kg's own engine."""
    started = time.perf_counter()
    from kg.extract.dates import find_dates
    find_dates("2024年5月17日 on May 17, 2024", "zh", "2024-05-18")

    def find(text: str, lang: str, published: date | None) -> list[Expr]:
        out = []
        for m in find_dates(text, lang, published.isoformat() if published else None):
            if m.start_date:
                span = (m.start_date, m.end_date or m.start_date)
                out.append(Expr(m.start, m.end, span, (span,)))
        return out

    return DateTool("kg", ("en", "zh"), find, time.perf_counter() - started)


def jionlp_tool() -> DateTool:
    """jionlp's time extractor and parser (Chinese)."""
    started = time.perf_counter()
    import jionlp as jio
    jio.ner.extract_time("2024年5月17日", time_base=time.time())

    def find(text: str, lang: str, published: date | None) -> list[Expr]:
        base = datetime(*(published or date.today()).timetuple()[:3], 12).timestamp()
        out = []
        for item in jio.ner.extract_time(to_simplified_aligned(text), time_base=base, with_parsing=True):
            detail = item.get("detail") or {}
            if item.get("type") not in ("time_point", "time_span") or len(detail.get("time") or ()) != 2:
                continue
            first, last = detail["time"]
            if not (isinstance(first, str) and isinstance(last, str) and first[:4].isdigit() and last[:4].isdigit()):
                continue  # an open end ("inf") or no absolute time
            try:
                span = precise(date.fromisoformat(first[:10]), date.fromisoformat(last[:10]))
            except ValueError:
                continue
            start, end = item["offset"]
            out.append(Expr(start, end, span, (span,)))
        return out

    return DateTool("jionlp", ("zh",), find, time.perf_counter() - started)


_MONTH = re.compile(r"^(?:\d{4}|XXXX)-\d{2}$")
_YEAR = re.compile(r"^\d{4}$")


def recognizer_span(value: dict) -> Span | None:
    """One Recognizers-Text resolution as a span, ``None`` for times, durations and sets."""
    kind, timex = value.get("type"), value.get("timex", "")
    if kind in ("date", "datetime") and value.get("value", "")[:4].isdigit():
        day = value["value"][:10]
        return day, day
    if kind in ("daterange", "datetimerange") and value.get("start", "")[:4].isdigit():
        if _YEAR.match(timex):
            return timex, timex
        if _MONTH.match(timex):
            month = value["start"][:7]
            return month, month
        end = value.get("end", "")
        return value["start"][:10], end[:10] if end[:4].isdigit() else value["start"][:10]
    return None


def recognizers_tool() -> DateTool:
    """Microsoft Recognizers-Text date-time models (English and Chinese)."""
    started = time.perf_counter()
    from recognizers_date_time import Culture, DateTimeRecognizer
    models = {"en": DateTimeRecognizer(Culture.English).get_datetime_model(),
              "zh": DateTimeRecognizer(Culture.Chinese).get_datetime_model()}
    for lang, model in models.items():
        model.parse("May 17, 2024" if lang == "en" else "2024年5月17日", datetime(2024, 5, 18))

    def find(text: str, lang: str, published: date | None) -> list[Expr]:
        reference = datetime(*(published or date.today()).timetuple()[:3], 12)
        source = to_simplified_aligned(text) if lang == "zh" else text
        out = []
        for result in models[lang].parse(source, reference):
            spans = [s for v in (result.resolution or {}).get("values", []) if (s := recognizer_span(v))]
            if not spans:
                continue
            nearest = min(spans, key=lambda s: abs((date.fromisoformat(_first_day(s[0])) - reference.date()).days))
            out.append(Expr(result.start, result.end + 1, nearest, tuple(spans)))
        return out

    return DateTool("recognizers", ("en", "zh"), find, time.perf_counter() - started)


def _first_day(iso: str) -> str:
    return (iso + "-01-01")[:10] if len(iso) == 4 else (iso + "-01")[:10] if len(iso) == 7 else iso


def load_date_tools() -> list[DateTool]:
    """The tools that import; the failures are printed."""
    tools = []
    for name, make in (("kg", kg_tool), ("jionlp", jionlp_tool), ("recognizers-text-date-time", recognizers_tool)):
        try:
            tools.append(make())
        except Exception as exc:  # a third-party import or load failure is a result to report
            print(f"{name}: not usable: {type(exc).__name__}: {exc}")
    return tools


# ---------------------------------------------------------------- date comparison
def compare_dates(docs: list[Doc], tools: list[DateTool], details: bool) -> None:
    """Print the recall/spurious/speed table and the agreement table."""
    tallies: dict[tuple[str, str], Tally] = defaultdict(Tally)
    agreement: dict[tuple[str, str], list[int]] = defaultdict(lambda: [0, 0, 0, 0])  # pairs, same, kg only, other only
    disagreements: list[str] = []
    for doc in docs:
        found: dict[str, list[Expr]] = {}
        for tool in tools:
            if doc.lang not in tool.langs:
                continue
            started = time.perf_counter()
            exprs = tool.find(doc.text, doc.lang, doc.published)
            t = tallies[(tool.name, doc.lang)]
            t.seconds += time.perf_counter() - started
            t.articles += 1
            t.exprs += len(exprs)
            found[tool.name] = exprs
            resolved = {d for e in exprs for d in e.value}
            candidates = {d for e in exprs for s in e.candidates for d in s}
            t.gold += len(doc.gold_dates)
            t.found += len(doc.gold_dates & resolved)
            t.found_any += len(doc.gold_dates & candidates)
            t.misses += [f"{doc.id}:{d}" for d in sorted(doc.gold_dates - resolved)]
            if doc.gold_dates:
                t.resolved += len(resolved)
                t.spurious += len(resolved - doc.gold_dates)
        for name, exprs in found.items():
            if name == "kg" or "kg" not in found:
                continue
            counts = agreement[(name, doc.lang)]
            paired_other = set()
            for mine in found["kg"]:
                overlapping = [o for o in exprs if o.start < mine.end and mine.start < o.end]
                if not overlapping:
                    counts[2] += 1
                    continue
                other = overlapping[0]
                paired_other.add(other)
                counts[0] += 1
                if other.value == mine.value:
                    counts[1] += 1
                elif details:
                    disagreements.append(f"  {doc.id} {name}: {doc.text[mine.start:mine.end]!r} kg {mine.value} "
                                         f"| {doc.text[other.start:other.end]!r} {other.value}")
            counts[3] += len([o for o in exprs if o not in paired_other])

    print("\nDATES: gold start/end dates among the dates each tool resolves from the article")
    print(f"{'tool':14} {'lang':4} {'art':>4} {'gold':>5} {'found':>6} {'recall':>7} {'any-cand':>8} "
          f"{'exprs':>6} {'resolved':>8} {'spurious':>8} {'ms/art':>8} {'load s':>7}")
    load = {t.name: t.load_seconds for t in tools}
    for (name, lang), t in sorted(tallies.items(), key=lambda kv: (kv[0][1], kv[0][0] != "kg", kv[0][0])):
        recall = t.found / t.gold if t.gold else 0.0
        any_recall = f"{t.found_any / t.gold:8.3f}" if t.gold else f"{'-':>8}"
        print(f"{name:14} {lang:4} {t.articles:4} {t.gold:5} {t.found:6} {recall:7.3f} {any_recall} {t.exprs:6} "
              f"{t.resolved:8} {t.spurious:8} {1000 * t.seconds / max(t.articles, 1):8.1f} {load[name]:7.2f}")
    print("(spurious: resolved dates that are no gold date, over articles with a gold date; "
          "any-cand: a gold date equal to any candidate the tool lists; kg's load time is spent by "
          "its loader, which imports the date engine)")

    print("\nDATES: per-expression agreement with kg (spans overlapping)")
    print(f"{'tool':14} {'lang':4} {'pairs':>6} {'same':>6} {'agree':>6} {'kg only':>8} {'tool only':>9}")
    for (name, lang), (pairs, same, kg_only, other_only) in sorted(agreement.items(), key=lambda kv: kv[0][::-1]):
        agree = same / pairs if pairs else 0
        print(f"{name:14} {lang:4} {pairs:6} {same:6} {agree:6.3f} {kg_only:8} {other_only:9}")
    if details:
        print("\nmissed gold dates per tool:")
        for (name, lang), t in sorted(tallies.items()):
            print(f"  {name} {lang}: {' '.join(t.misses) or '-'}")
        print("\nexpressions where kg and the other tool resolve differently:")
        print("\n".join(disagreements) or "  -")


# ---------------------------------------------------------------- places
_SUFFIX = re.compile(r"(?:特别行政区|自治州|地区|盟|市)$")
#: cpca's names for a prefecture level that has no city: a municipality's districts and counties,
#: a province's directly governed counties
_CPCA_PLACEHOLDERS = ("市辖区", "县", "省直辖县级行政区划", "自治区直辖县级行政区划")
_PROVINCE_CITIES = ("北京市", "上海市", "天津市", "重庆市", "香港特别行政区", "澳门特别行政区")


@dataclass(frozen=True)
class CityHit:
    """A city a tool found: where, its English name (when known) and its Chinese name."""

    start: int
    english: str | None
    chinese: str | None


def city_key(name: str) -> str:
    """A comparison key for a city name: NFKC, case-folded, simplified, suffix dropped."""
    s = to_simplified_aligned(unicodedata.normalize("NFKC", name)).casefold().strip()
    return _SUFFIX.sub("", s) if len(s) > 2 else s


def matches(hit: CityHit, gold: list[str]) -> bool:
    """Whether ``hit`` is the gold city named by ``gold`` (English name first, then surfaces)."""
    keys = {city_key(g) for g in gold}
    return any(n and city_key(n) in keys for n in (hit.english, hit.chinese))


def kg_cities(text: str) -> list[CityHit]:
    """The cities kg's gazetteer finds in Chinese ``text``."""
    from kg.extract.places import get_gazetteer
    return [CityHit(m.start, m.place.name, m.surface) for m in get_gazetteer().find(text, "zh")
            if m.place.kind == "city"]


def cpca_cities(text: str) -> list[CityHit]:
    """The cities cpca finds in ``text`` (simplified first), named in English through kg's gazetteer."""
    import cpca
    from kg.extract.places import get_gazetteer
    gazetteer = get_gazetteer()
    try:
        frame = cpca.transform_text_with_addrs(to_simplified_aligned(text), pos_sensitive=True)
    except KeyError:  # cpca 0.5.5 fails on a text with no address: its empty frame has no columns
        return []
    hits = []
    for row in frame.itertuples(index=False):
        province, city, county, _, _, p_pos, c_pos, d_pos = row
        if isinstance(city, str) and city not in _CPCA_PLACEHOLDERS:
            name = city
        elif province in _PROVINCE_CITIES:
            name = province
        elif isinstance(city, str) and city.endswith("直辖县级行政区划") and isinstance(county, str):
            name = county  # a county-level city under its province (仙桃市)
        else:
            continue
        at = max(p_pos, c_pos, d_pos)  # where its most precise part was read; -1 for none
        country = "HK" if name.startswith("香港") else "MO" if name.startswith("澳门") else "CN"
        place = gazetteer.city(name, country)
        hits.append(CityHit(int(at), place.name if place else None, name))
    return hits


def event_windows(doc: Doc, event: dict) -> list[tuple[int, int]]:
    """Character spans of the sentences naming ``event`` and one sentence each side."""
    bounds = [(m.start(), m.end()) for m in re.finditer(r"[^。！？!?；;\n]+[。！？!?；;]?", doc.text)]
    simple = to_simplified_aligned(doc.text)
    names = [to_simplified_aligned(n) for n in event.get("names") or [] if n]
    naming = [i for i, (s, e) in enumerate(bounds) if any(n in simple[s:e] for n in names)]
    return [(bounds[max(i - 1, 0)][0], bounds[min(i + 1, len(bounds) - 1)][1]) for i in naming]


def place_tools() -> dict[str, tuple[Callable[[str], list[CityHit]], float]]:
    """The city finders that load, with their load time in seconds; the failures are printed."""
    tools = {}
    for name, finder in (("kg", kg_cities), ("cpca", cpca_cities)):
        started = time.perf_counter()
        try:
            finder("在陇西县举行")
        except Exception as exc:  # a third-party import or load failure is a result to report
            print(f"{name}: not usable: {type(exc).__name__}: {exc}")
            continue
        tools[name] = (finder, time.perf_counter() - started)
    return tools


def compare_places(docs: list[Doc], details: bool) -> None:
    """Print the Chinese city table."""
    tools = place_tools()
    rows: dict[tuple[str, str], list[int]] = defaultdict(lambda: [0, 0, 0, 0])  # gold, in art, named, in sent
    seconds: dict[str, float] = defaultdict(float)
    others: dict[str, dict[str, list[str]]] = defaultdict(dict)  # tool -> article -> other cities
    chinese = [d for d in docs if d.lang == "zh"]
    for doc in chinese:
        events = [e for e in doc.events if e.get("city")]
        for name, (finder, _) in tools.items():
            started = time.perf_counter()
            hits = finder(doc.text)
            seconds[name] += time.perf_counter() - started
            for e in events:
                windows = event_windows(doc, e)
                for scope in ("all", "CN") if e.get("country") == "CN" else ("all",):
                    r = rows[(name, scope)]
                    r[0] += 1
                    r[1] += any(matches(h, e["city"]) for h in hits)
                    r[2] += bool(windows)
                    r[3] += any(matches(h, e["city"]) and any(s <= h.start < t for s, t in windows) for h in hits)
            other: dict[str, str] = {}  # one entry per city, shown as its first surface
            for h in hits:
                if not any(matches(h, e["city"]) for e in events):
                    other.setdefault(h.english or h.chinese, f"{h.chinese}={h.english}")
            if other:
                others[name][doc.id] = sorted(other.values())

    print("\nPLACES (Chinese articles): gold event city found by each tool")
    print(f"{'tool':6} {'events':6} {'gold':>5} {'in art':>7} {'recall':>7} {'named':>6} {'in sent':>8} "
          f"{'recall':>7} {'other cities':>12} {'ms/art':>7} {'load s':>7}")
    for (name, scope), (gold, in_art, named, in_window) in sorted(
            rows.items(), key=lambda kv: (kv[0][1], kv[0][0] != "kg")):
        other = sum(map(len, others[name].values())) if scope == "all" else ""
        print(f"{name:6} {scope:6} {gold:5} {in_art:7} {in_art / gold if gold else 0:7.3f} {named:6} "
              f"{in_window:8} {in_window / named if named else 0:7.3f} {other:>12} "
              f"{1000 * seconds[name] / max(len(chinese), 1):7.1f} {tools[name][1]:7.2f}")
    print("(events all: every Chinese gold event with a city; CN: those in mainland China, cpca's domain; "
          "named: events whose name appears in a sentence; in sent: city found in those sentences ±1; "
          "other cities: distinct cities found per article that are no gold event city of it, "
          "summed over articles)")
    if details:
        for name, per_article in others.items():
            print(f"\nother cities found by {name}:")
            print("\n".join(f"  {doc_id}: {', '.join(cities)}" for doc_id, cities in per_article.items()))


def options() -> argparse.Namespace:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--corpus", type=Path, default=DEFAULT_CORPUS, help="folder of X.txt with X.gold.json")
    ap.add_argument("--details", action="store_true", help="list misses, disagreements and other cities")
    return ap.parse_args()


def main() -> None:
    args = options()
    docs = read_corpus(args.corpus)
    print(f"{len(docs)} articles ({sum(d.lang == 'en' for d in docs)} en, {sum(d.lang == 'zh' for d in docs)} zh) "
          f"from {args.corpus}")
    compare_dates(docs, load_date_tools(), args.details)
    compare_places(docs, args.details)


if __name__ == "__main__":
    main()
