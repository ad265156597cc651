"""Benchmark: build the graph of 10,000 synthetic event records into the on-disk store, export Turtle.

    python3 bench/bench_build.py [--records N] [--seed S] [--compare]

Prints triples/s for the build (records -> persistent Oxigraph store), triples/s for
the Turtle export from that store, and the peak resident memory. ``--compare`` also
times the same build through rdflib + oxrdflib and rdflib's own Turtle serializer on
a tenth of the records. Targets on the project machine: build >= 80k triples/s,
Turtle export >= 250k triples/s.
"""

from __future__ import annotations

import argparse
import random
import resource
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from kg.model import Event, EventRecord, Evidence, Organization, Person, Role  # noqa: E402

ZH_PLACES = ["中国", "上海", "北京", "武汉", "深圳", "广东", "浙江", "江苏", "四川", "湖北", "长三角", "粤港澳"]
ZH_FIELDS = ["医学装备", "人工智能", "新能源汽车", "智能制造", "生物医药", "数字经济", "集成电路", "低空经济",
             "绿色低碳", "跨境电商", "智慧医疗", "工业互联网", "海洋经济", "现代农业"]
ZH_KINDS = [("大会", "Conference"), ("峰会", "Summit"), ("论坛", "Forum"), ("博览会", "Exhibition"),
            ("对接会", "Meeting"), ("开幕式", "Ceremony"), ("活动周", "Other")]
ZH_ORGS = ["协会", "商会", "研究院", "集团有限公司", "人民政府", "委员会", "大学", "产业联盟"]
ZH_SURNAMES = "王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗"
ZH_GIVEN = "伟芳娜敏静丽强磊军洋勇艳杰涛明超秀霞平刚"
ZH_TITLES = ["理事长", "会长", "董事长", "总经理", "副省长", "院长", "秘书长"]
EN_ADJ = ["International", "Global", "Asia-Pacific", "National", "Annual", "World", "Regional", "Smart"]
EN_FIELDS = ["Medical Device", "Battery", "Robotics", "Semiconductor", "Hydrogen", "Aviation", "Textile",
             "Logistics", "Biotech", "Fintech", "Agritech", "Maritime"]
EN_KINDS = [("Conference", "Conference"), ("Summit", "Summit"), ("Forum", "Forum"), ("Expo", "Exhibition"),
            ("Trade Fair", "Exhibition"), ("Symposium", "Meeting"), ("Award Ceremony", "Ceremony")]
EN_ORGS = ["Association", "Chamber of Commerce", "Group Co Ltd", "Institute", "Ministry of Industry", "Council",
           "University", "Alliance"]
EN_FIRST = ["John", "Maria", "Ahmed", "Olga", "Kenji", "Laura", "Pierre", "Anna", "David", "Fatima", "Ivan", "Chen"]
EN_LAST = ["Smith", "Garcia", "Hassan", "Petrova", "Tanaka", "Rossi", "Dubois", "Novak", "Brown", "Ali", "Lee"]
CITIES = [("Shanghai", "上海", "CN"), ("Beijing", "北京", "CN"), ("Wuhan", "武汉", "CN"), ("Shenzhen", "深圳", "CN"),
          ("Chengdu", "成都", "CN"), ("Hangzhou", "杭州", "CN"), ("Minsk", "明斯克", "BY"), ("Paris", "巴黎", "FR"),
          ("Berlin", "柏林", "DE"), ("Nairobi", "内罗毕", "KE"), ("Singapore", "新加坡", "SG"), ("Dubai", "迪拜", "AE")]
COUNTRIES = ["CN", "BY", "FR", "DE", "KE", "SG", "AE", "US", "GB", "RU", "BR", "ZA", "EG", "TH", "VN", "KZ", "HK", "MO"]


class _Text:
    """Builds an article text sentence by sentence, handing out evidence offsets."""

    def __init__(self) -> None:
        self.parts: list[str] = []
        self.length = 0

    def sentence(self, text: str) -> tuple[str, int, int]:
        start = self.length
        self.parts.append(text)
        self.length += len(text) + 1
        return text, start, start + len(text)


def _event_name(rng: random.Random, zh: bool, year: int) -> tuple[list[str], str]:
    if zh:
        kind, etype = rng.choice(ZH_KINDS)
        core = rng.choice(ZH_PLACES) + rng.choice(ZH_FIELDS) + rng.choice(["", "国际", "产业", "创新"]) + kind
        ordinal = rng.choice(["", "首届", f"第{rng.randint(2, 30)}届"])
        return [f"{year}{core}" if not ordinal else ordinal + core, core], etype
    kind, etype = rng.choice(EN_KINDS)
    core = f"{rng.choice(EN_ADJ)} {rng.choice(EN_FIELDS)} {kind}"
    return [f"{year} {core}", core], etype


def _org_name(rng: random.Random, zh: bool) -> list[str]:
    if zh:
        name = rng.choice(ZH_PLACES) + rng.choice(ZH_FIELDS) + rng.choice(ZH_ORGS)
        return [name, name[:2] + name[-2:]]
    field = rng.choice(EN_FIELDS)
    name = f"{rng.choice(EN_ADJ)} {field} {rng.choice(EN_ORGS)}"
    return [name, "".join(w[0] for w in name.split() if w[0].isupper())]


def _person_name(rng: random.Random, zh: bool) -> str:
    if zh:
        return rng.choice(ZH_SURNAMES) + rng.choice(ZH_GIVEN) + rng.choice(["", *ZH_GIVEN])
    return f"{rng.choice(EN_FIRST)} {rng.choice(EN_LAST)}"


def synthetic_record(i: int, rng: random.Random) -> EventRecord:
    """One article's record with 1-4 events, 2-5 organizations, 0-3 people and evidence for every fact."""
    zh = rng.random() < 0.6
    extractor = "zh-rules" if zh else "en-rules"
    text = _Text()
    year = rng.randint(2015, 2026)

    def ev(fact: str, sentence: str, value: str | None = None) -> Evidence:
        s, start, end = text.sentence(sentence)
        return Evidence(fact, s, start, end, round(rng.uniform(0.5, 1.0), 2), extractor, value)

    def part_of(child: Event | Organization, parent: Event | Organization, sentence: str) -> None:
        child.part_of = parent.id
        child.evidence.append(ev("part_of", sentence.format(child.names[0], parent.names[0]), parent.id))

    orgs = []
    for j in range(rng.randint(2, 5)):
        names = _org_name(rng, zh)
        country = rng.choice(COUNTRIES)
        org = Organization(f"o{j + 1}", names, country)
        org.evidence = [ev("names", f"{names[0]}表示。" if zh else f"{names[0]} said."),
                        ev("country", f"来自{country}的{names[0]}。" if zh else f"{names[0]} of {country}.", country)]
        if j and rng.random() < 0.3:
            part_of(org, orgs[0], "{}隶属于{}。" if zh else "{}, a unit of {}.")
        orgs.append(org)
    events = []
    for j in range(rng.randint(1, 4)):
        names, etype = _event_name(rng, zh, year)
        city_en, city_zh, country = rng.choice(CITIES)
        month, day = rng.randint(1, 12), rng.randint(1, 28)
        start = rng.choice([f"{year}-{month:02d}-{day:02d}", f"{year}-{month:02d}", str(year)])
        e = Event(f"e{j + 1}", names, etype, start, start, [city_en, city_zh] if zh else [city_en], country)
        host = rng.choice(orgs).id
        co_host = rng.choice(orgs).id
        e.hosts, e.co_hosts = [host], [co_host] if co_host != host else []
        e.participant_countries = rng.sample(COUNTRIES, rng.randint(0, 3))
        said = f"{names[0]}于{start}在{city_zh}举行。" if zh else f"The {names[0]} opened in {city_en} on {start}."
        e.evidence = [ev("names", said), ev("start_date", said, start), ev("end_date", said, start),
                      ev("city", said, city_en), ev("country", said, country),
                      ev("hosts", f"{names[0]}由{host}主办。" if zh else f"It was hosted by {host}.", host)]
        e.evidence += [ev("co_hosts", f"联合主办：{c}。" if zh else f"Co-hosted by {c}.", c) for c in e.co_hosts]
        e.evidence += [ev("participant_countries", f"{c}代表团参会。" if zh else f"A delegation from {c}.", c)
                       for c in e.participant_countries]
        if j and rng.random() < 0.4:
            part_of(e, events[0], "{}是{}的分论坛。" if zh else "{} was held during the {}.")
        events.append(e)
    people = []
    for j in range(rng.randint(0, 3)):
        name = _person_name(rng, zh)
        p = Person(f"p{j + 1}", [name], attended=[rng.choice(events).id])
        p.evidence = [ev("names", f"{name}出席。" if zh else f"{name} attended."),
                      ev("attended", f"{name}出席活动。" if zh else f"{name} spoke at it.", p.attended[0])]
        if rng.random() < 0.3:
            p.ambassador_of, p.posted_to = rng.choice(COUNTRIES), "CN"
            p.evidence.append(ev("ambassador_of", f"{p.ambassador_of}驻华大使{name}。" if zh else
                                 f"Ambassador {name}.", p.ambassador_of))
        else:
            title = rng.choice(ZH_TITLES) if zh else rng.choice(["Chairman", "President", "Secretary-General"])
            org = rng.choice(orgs)
            p.roles = [Role(title, org.id)]
            p.evidence.append(ev("roles", f"{org.names[0]}{title}{name}。" if zh else
                                 f"{name}, {title} of {org.names[0]}.", title))
        people.append(p)
    article = {"id": f"bench-{i:05d}", "lang": "zh" if zh else "en",
               "title": events[0].names[0] + ("举行" if zh else " held"), "published": f"{year}-12-31",
               "source": "基准新闻网" if zh else "Bench News", "url": f"https://news.example/{i}",
               "hash": f"{rng.getrandbits(256):064x}"}
    return EventRecord(article, events, orgs, people)


def synthetic_records(n: int, seed: int) -> list[EventRecord]:
    rng = random.Random(seed)
    return [synthetic_record(i, rng) for i in range(n)]


def peak_mb() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def compare_rdflib(records: list[EventRecord], folder: Path) -> None:
    """The same build through rdflib + oxrdflib, and rdflib's Turtle serializer, for comparison."""
    from rdflib import Dataset, Graph

    from kg.graph.build import article_graphs, build_graph
    from kg.graph.terms import to_rdflib

    t = time.perf_counter()
    ds = Dataset(store="Oxigraph")
    ds.open(str(folder / "oxrdflib"), create=True)
    ds.addN((s, p, o, ds.graph(g)) for s, p, o, g in to_rdflib(article_graphs(records)))
    elapsed = time.perf_counter() - t
    n = len(ds.store)
    print(f"  rdflib + oxrdflib build: {n:,} quads in {elapsed:.2f} s = {n / elapsed:,.0f} quads/s")
    ds.close()
    union = Graph()
    for s, p, o, _ in build_graph(records).quads((None, None, None, None)):
        union.add((s, p, o))
    t = time.perf_counter()
    text = union.serialize(format="turtle")
    elapsed = time.perf_counter() - t
    print(f"  rdflib Turtle serializer: {len(union):,} triples in {elapsed:.2f} s = {len(union) / elapsed:,.0f} triples/s"
          f" ({len(text) / 1e6:.1f} MB)")


def reference_load(store, folder: Path) -> None:
    """pyoxigraph alone bulk-loading the same quads from an N-Quads file (no kg code)."""
    import pyoxigraph as ox

    nquads = folder / "graph.nq"
    store.ox.dump(str(nquads), ox.RdfFormat.N_QUADS)
    fresh = ox.Store(str(folder / "reference"))
    t = time.perf_counter()
    fresh.bulk_load(path=str(nquads), format=ox.RdfFormat.N_QUADS, lenient=True)
    fresh.flush()
    print(f"  reference: pyoxigraph alone bulk-loads the same N-Quads file at "
          f"{len(store) / (time.perf_counter() - t):,.0f} quads/s")
    nquads.unlink()


def reference_dump(store, folder: Path) -> None:
    """pyoxigraph alone dumping the store as TriG (no union, no kg code)."""
    import pyoxigraph as ox

    t = time.perf_counter()
    store.ox.dump(str(folder / "graph.trig"), ox.RdfFormat.TRIG)
    print(f"  reference: pyoxigraph alone dumps the store as TriG at "
          f"{len(store) / (time.perf_counter() - t):,.0f} quads/s")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--records", type=int, default=10_000)
    parser.add_argument("--seed", type=int, default=42)
    parser.add_argument("--compare", action="store_true", help="also time rdflib/oxrdflib on a tenth of the records")
    parser.add_argument("--reference", action="store_true",
                        help="also time pyoxigraph alone on the same data (bulk-loading the N-Quads file, dumping "
                             "TriG): the ceiling on this machine at this moment, to judge the figures against")
    args = parser.parse_args()

    from kg.export import export
    from kg.graph import places
    from kg.store import open_store

    t = time.perf_counter()
    records = synthetic_records(args.records, args.seed)
    places.resolve_city(["Shanghai"], None, "CN")  # load the gazetteer outside the timing
    print(f"{len(records):,} synthetic records (seed {args.seed}) generated in {time.perf_counter() - t:.1f} s")

    with tempfile.TemporaryDirectory(prefix="kg-bench-") as tmp:
        folder = Path(tmp)
        with open_store(folder / "store") as store:
            t = time.perf_counter()
            quads = store.add_records(records)
            store.ox.flush()
            elapsed = time.perf_counter() - t
            print(f"build into the on-disk store: {quads:,} quads in {elapsed:.1f} s = {quads / elapsed:,.0f} triples/s"
                  f" (target >= 80,000; peak memory so far {peak_mb():,.0f} MB)")
            if args.reference:
                reference_load(store, folder)
            out = folder / "graph.ttl"
            t = time.perf_counter()
            triples = export(store, "ttl", out)
            elapsed = time.perf_counter() - t
            print(f"Turtle export: {triples:,} triples in {elapsed:.1f} s = {triples / elapsed:,.0f} triples/s"
                  f" (target >= 250,000; {out.stat().st_size / 1e6:.0f} MB)")
            if args.reference:
                reference_dump(store, folder)
            t = time.perf_counter()
            again = store.add_records(records[:200])
            elapsed = time.perf_counter() - t
            print(f"rebuild of 200 stored articles (their graphs replaced): {again:,} quads in {elapsed:.1f} s; "
                  f"the store still holds {len(store):,} quads")
        print(f"peak memory (max RSS): {peak_mb():,.0f} MB")
        if args.compare:
            print(f"comparison on {len(records) // 10:,} records:")
            compare_rdflib(records[: len(records) // 10], folder)
            print(f"peak memory (max RSS) after comparison: {peak_mb():,.0f} MB")


if __name__ == "__main__":
    main()
