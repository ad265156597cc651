"""The places gazetteer on names and sentences written for these tests."""

import pickle

import pytest

from kg.extract.places import Gazetteer, get_gazetteer
from kg.extract.places import index as place_index
from kg.extract.places import sources as place_sources


@pytest.fixture(scope="module")
def gaz() -> Gazetteer:
    return get_gazetteer()


def found(gaz, text, lang):
    return [(m.surface, m.place.name, m.place.country, m.place.kind) for m in gaz.find(text, lang)]


@pytest.mark.parametrize("name, code", [
    ("Belarus", "BY"), ("Republic of Belarus", "BY"), ("Belarusian", "BY"), ("U.S.", "US"), ("US", "US"),
    ("USA", "US"), ("United States of America", "US"), ("UAE", "AE"), ("United Arab Emirates", "AE"),
    ("UK", "GB"), ("Britain", "GB"), ("South Korea", "KR"), ("Russia", "RU"), ("Iran", "IR"),
    ("Vietnam", "VN"), ("Czech Republic", "CZ"), ("Ivory Coast", "CI"), ("Laos", "LA"), ("Syria", "SY"),
    ("Tanzania", "TZ"), ("Venezuela", "VE"), ("Bolivia", "BO"), ("Moldova", "MD"), ("Macedonia", "MK"),
    ("the Netherlands", "NL"), ("egypt", "EG"), ("Egyptian", "EG"), ("Bahraini", "BH"), ("German", "DE"),
    ("American", "US"), ("Chinese", "CN"),
    ("白俄罗斯", "BY"), ("白俄", "BY"), ("阿联酋", "AE"), ("南非", "ZA"), ("美国", "US"), ("中國", "CN"),
    ("英国", "GB"), ("韩国", "KR"), ("朝鲜", "KP"), ("俄罗斯", "RU"), ("越南", "VN"), ("老挝", "LA"),
    ("伊朗", "IR"), ("叙利亚", "SY"), ("委内瑞拉", "VE"), ("玻利维亚", "BO"), ("坦桑尼亚", "TZ"),
    ("刚果（金）", "CD"), ("刚果(布)", "CG"), ("白俄羅斯", "BY"), ("美國", "US"),
    ("Hong Kong", "HK"), ("香港", "HK"), ("Macao", "MO"), ("澳門", "MO"),
])
def test_country_names_short_forms_and_demonyms(gaz, name, code):
    assert gaz.country(name) == code


def test_unknown_or_lowercase_acronym_is_no_country(gaz):
    assert gaz.country("us") is None  # the pronoun
    assert gaz.country("Atlantis") is None
    assert gaz.country("") is None


def test_country_names_in_both_languages(gaz):
    assert gaz.country_names("BY") == {"en": "Belarus", "zh": "白俄罗斯"}
    assert gaz.country_names("KR") == {"en": "South Korea", "zh": "韩国"}
    assert gaz.country_names("us")["zh"] == "美国"
    assert gaz.country_names("XX") == {}


@pytest.mark.parametrize("name, city, code", [
    ("Shanghai", "Shanghai", "CN"), ("上海", "Shanghai", "CN"), ("上海市", "Shanghai", "CN"),
    ("Düsseldorf", "Düsseldorf", "DE"), ("Duesseldorf", "Düsseldorf", "DE"), ("Dusseldorf", "Düsseldorf", "DE"),
    ("New Cairo", "New Cairo", "EG"), ("Minsk", "Minsk", "BY"), ("明斯克", "Minsk", "BY"),
    ("廣州", "Guangzhou", "CN"), ("武漢市", "Wuhan", "CN"), ("Kiev", "Kyiv", "UA"),
    ("Hong Kong", "Hong Kong", "HK"), ("香港", "Hong Kong", "HK"), ("澳门", "Macau", "MO"),
    ("Macao", "Macau", "MO"), ("Singapore", "Singapore", "SG"),
])
def test_city_names_in_english_chinese_and_traditional(gaz, name, city, code):
    place = gaz.city(name)
    assert (place.name, place.country, place.kind) == (city, code, "city")
    assert place.geonames_id and place.population > 0 and place.lat is not None


@pytest.mark.parametrize("name, city", [
    ("陇西县", "Dingxi"), ("陇西", "Dingxi"), ("浦东新区", "Shanghai"), ("虹口区", "Shanghai"),
    ("昆山市", "Suzhou"), ("隴西縣", "Dingxi"),
])
def test_county_level_names_give_the_prefecture_level_city(gaz, name, city):
    assert gaz.city(name).name == city


def test_country_hint_picks_among_namesakes(gaz):
    assert gaz.city("Victoria", "CA").country == "CA"
    assert gaz.city("Reading", "US").country == "US"
    assert gaz.city("Reading", "GB").country == "GB"
    assert gaz.city("Hamilton", "NZ").country == "NZ"


def test_a_province_is_not_a_city(gaz):
    assert gaz.city("Hubei") is None
    assert gaz.city("湖北省") is None
    assert gaz.province("Hubei") == ("Hubei", "CN")
    assert gaz.province("湖北省") == ("Hubei", "CN")
    assert gaz.province("吉林") == ("Jilin", "CN")
    assert gaz.city("吉林市").name == "Jilin"
    assert gaz.province("Texas") == ("Texas", "US")
    assert gaz.province("Shanghai") is None


@pytest.mark.parametrize("char, city", [
    ("沪", "Shanghai"), ("京", "Beijing"), ("穗", "Guangzhou"), ("汉", "Wuhan"), ("漢", "Wuhan"),
    ("蓉", "Chengdu"), ("津", "Tianjin"), ("渝", "Chongqing"), ("深", "Shenzhen"), ("杭", "Hangzhou"),
])
def test_headline_abbreviations(gaz, char, city):
    assert gaz.abbreviation(char).name == city


def test_ambiguous_abbreviations_are_not_guessed(gaz):
    assert gaz.abbreviation("宁") is None
    assert gaz.abbreviation("港").country == "HK"
    assert gaz.abbreviation("澳").country == "MO"


def test_find_english_skips_common_words_and_person_names(gaz):
    text = "Nice work. Reading the report, Marshall said Victoria Hamilton will speak in May."
    assert found(gaz, text, "en") == []


def test_find_english_ambiguous_city_with_its_country_beside_it(gaz):
    assert found(gaz, "The show moved to Nice, France, last year.", "en") == [
        ("Nice", "Nice", "FR", "city"), ("France", "France", "FR", "country")]
    mentions = found(gaz, "A British firm held the fair in Reading this spring.", "en")
    assert ("Reading", "Reading", "GB", "city") in mentions


def test_find_english_country_or_state_after_a_city(gaz):
    assert found(gaz, "It opened in Victoria, Canada and in Hamilton, New Zealand.", "en") == [
        ("Victoria", "Victoria", "CA", "city"), ("Canada", "Canada", "CA", "country"),
        ("Hamilton", "Hamilton", "NZ", "city"), ("New Zealand", "New Zealand", "NZ", "country")]
    assert found(gaz, "Atlanta, Georgia and Tbilisi, Georgia signed.", "en") == [
        ("Atlanta", "Atlanta", "US", "city"), ("Georgia", "Georgia", "US", "province"),
        ("Tbilisi", "Tbilisi", "GE", "city"), ("Georgia", "Georgia", "GE", "country")]


def test_find_english_countries_that_are_given_names_need_a_preposition(gaz):
    assert found(gaz, "Chad Smith met Jordan Lee.", "en") == []
    assert found(gaz, "Officials flew to Jordan.", "en") == [("Jordan", "Jordan", "JO", "country")]


def test_find_english_company_names_and_surnames_are_no_places(gaz):
    text = "Mr. Cheng of Phoenix Contact and Orange visited the East Lake park; Mobile World Congress."
    assert found(gaz, text, "en") == []


def test_find_english_splits_hyphenated_pairs(gaz):
    assert found(gaz, "The China-Belarus park and U.S.-China talks.", "en") == [
        ("China", "China", "CN", "country"), ("Belarus", "Belarus", "BY", "country"),
        ("U.S.", "United States", "US", "country"), ("China", "China", "CN", "country")]


def test_find_english_namesakes_follow_the_countries_the_text_names(gaz):
    assert found(gaz, "Spanish firms met in Valencia.", "en")[-1] == ("Valencia", "Valencia", "ES", "city")
    assert found(gaz, "The fair in Valencia, Venezuela.", "en")[0] == ("Valencia", "Valencia", "VE", "city")


def test_find_english_provinces_and_states(gaz):
    assert found(gaz, "Toronto, Ontario and Vancouver, British Columbia.", "en") == [
        ("Toronto", "Toronto", "CA", "city"), ("Ontario", "Ontario", "CA", "province"),
        ("Vancouver", "Vancouver", "CA", "city"), ("British Columbia", "British Columbia", "CA", "province")]


def test_find_english_pinyin_given_names_are_not_towns(gaz):
    assert found(gaz, "Zhang Lizhi and Wang Shaping spoke.", "en") == []
    assert gaz.city("Lizhi").name == "Chongqing"  # a district of Chongqing, for lookups


def test_find_english_possessives_all_caps_and_saints(gaz):
    text = ("China's and Belarus’s plans. BELARUS HOSTS EXPO. St. Petersburg, Sao Paulo and Zurich. "
            "The People's Republic of China.")
    assert found(gaz, text, "en") == [
        ("China", "China", "CN", "country"), ("Belarus", "Belarus", "BY", "country"),
        ("BELARUS", "Belarus", "BY", "country"), ("St. Petersburg", "Saint Petersburg", "RU", "city"),
        ("Sao Paulo", "São Paulo", "BR", "city"), ("Zurich", "Zürich", "CH", "city"),
        ("People's Republic of China", "China", "CN", "country")]


def test_county_level_geonames_cities_name_their_prefecture(gaz):
    assert gaz.city("Kunshan").name == "Suzhou"
    assert gaz.city("Pudong").name == "Shanghai"
    assert found(gaz, "A plant in Xi'an and one in Kunshan.", "en") == [
        ("Xi'an", "Xi’an", "CN", "city"), ("Kunshan", "Suzhou", "CN", "city")]


def test_find_english_cities_countries_provinces_and_demonyms(gaz):
    text = ("MINSK, Sept. 25 (Xinhua) -- Belarusian and Chinese firms met in Wuhan, Hubei province, "
            "after a forum in New York City and Düsseldorf; the U.S. and the UAE sent delegations "
            "from Latin America and Hong Kong.")
    mentions = gaz.find(text, "en")
    assert all(text[m.start:m.end] == m.surface for m in mentions)
    got = [(m.surface, m.place.name, m.place.kind, m.demonym) for m in mentions]
    assert got == [
        ("MINSK", "Minsk", "city", False), ("Belarusian", "Belarus", "country", True),
        ("Chinese", "China", "country", True), ("Wuhan", "Wuhan", "city", False),
        ("Hubei", "Hubei", "province", False), ("New York City", "New York City", "city", False),
        ("Düsseldorf", "Düsseldorf", "city", False), ("U.S.", "United States", "country", False),
        ("UAE", "United Arab Emirates", "country", False), ("Hong Kong", "Hong Kong", "city", False),
    ]


def test_find_chinese_with_traditional_forms_and_original_offsets(gaz):
    text = "首屆論壇在廣州市舉行，來自白俄羅斯、阿聯酋和香港的代表出席，甘肅省隴西縣也派員參加。"
    mentions = gaz.find(text, "zh")
    assert all(text[m.start:m.end] == m.surface for m in mentions)
    assert [(m.surface, m.place.name, m.place.country) for m in mentions] == [
        ("廣州市", "Guangzhou", "CN"), ("白俄羅斯", "Belarus", "BY"), ("阿聯酋", "United Arab Emirates", "AE"),
        ("香港", "Hong Kong", "HK"), ("甘肅省", "Gansu", "CN"), ("隴西縣", "Dingxi", "CN"),
    ]


def test_find_chinese_headline_abbreviation_needs_its_cues(gaz):
    assert found(gaz, "医学装备大会在沪举办", "zh") == [("沪", "Shanghai", "CN", "city")]
    assert found(gaz, "京东方发布新品", "zh") == []


def test_find_chinese_prefers_suffixed_and_big_names(gaz):
    mentions = found(gaz, "吉林省长春市与吉林市的企业，朝鲜族代表，丹尼斯表示", "zh")
    assert mentions == [("吉林省", "Jilin", "CN", "province"), ("长春市", "Changchun", "CN", "city"),
                        ("吉林市", "Jilin", "CN", "city")]


def test_find_chinese_common_words_need_a_place_before_them(gaz):
    text = "来宾们在中山大学吃三明治，提高县级医院水平，各区和县，朝阳产业，展馆东区，重庆西山科技公司"
    assert [m.surface for m in gaz.find(text, "zh") if m.place.kind == "city"] == ["重庆"]
    assert found(gaz, "广东中山、上海宝山、甘肃岷县", "zh") == [
        ("广东", "Guangdong", "CN", "province"), ("中山", "Zhongshan", "CN", "city"),
        ("上海", "Shanghai", "CN", "city"), ("宝山", "Shanghai", "CN", "city"),
        ("甘肃", "Gansu", "CN", "province"), ("岷县", "Dingxi", "CN", "city")]
    assert found(gaz, "山东德州市", "zh")[-1] == ("德州市", "Dezhou", "CN", "city")


def test_index_is_cached_and_a_bad_cache_rebuilt(tmp_path, monkeypatch):
    monkeypatch.setenv("KG_CACHE", str(tmp_path))
    path = place_index.cache_path()
    path.write_bytes(b"not a pickle")
    stale = tmp_path / "places-0000000000000000.pickle"
    stale.write_bytes(b"from older inputs")
    built = place_index.load_index()
    with path.open("rb") as f:
        assert pickle.load(f) == built
    assert not stale.exists()
    gaz = Gazetteer(place_index.load_index())
    assert gaz.city("陇西县").name == "Dingxi"
    assert gaz.country("Belarus") == "BY"


# -- possessives ---------------------------------------------------------------------------------

def test_find_english_possessives_in_capitals_and_after_plural_names(gaz):
    assert found(gaz, "BAHRAIN’S HEALTH SECTOR and the Philippines' delegation.", "en") == [
        ("BAHRAIN", "Bahrain", "BH", "country"), ("Philippines", "Philippines", "PH", "country")]


def test_find_english_countries_that_are_given_names_before_a_noun_of_state(gaz):
    assert found(gaz, "Jordan's Ambassador to Kenya and Turkey's Foreign Ministry met.", "en") == [
        ("Jordan", "Jordan", "JO", "country"), ("Kenya", "Kenya", "KE", "country"),
        ("Turkey", "Turkey", "TR", "country")]
    assert found(gaz, "Michael Jordan's ambassador role. Jordan's speech was long.", "en") == []
    assert found(gaz, "Talks were held in Amman. Jordan's chargé d'affaires spoke.", "en") == [
        ("Amman", "Amman", "JO", "city"), ("Jordan", "Jordan", "JO", "country")]


# -- towns and areas below GeoNames' city size ---------------------------------------------------

@pytest.mark.parametrize("name, city, code", [
    ("Davos", "Davos", "CH"), ("达沃斯", "Davos", "CH"), ("St Moritz", "St. Moritz", "CH"),
    ("Boao", "Qionghai", "CN"), ("Bo’ao", "Qionghai", "CN"), ("博鳌", "Qionghai", "CN"),
    ("Hengqin", "Zhuhai", "CN"), ("横琴粤澳深度合作区", "Zhuhai", "CN"), ("Wuzhen", "Jiaxing", "CN"),
    ("Xiong'an New Area", "Baoding", "CN"), ("雄安新区", "Baoding", "CN"),
])
def test_venue_towns_and_areas(gaz, name, city, code):
    place = gaz.city(name)
    assert (place.name, place.country) == (city, code)
    assert place.geonames_id and place.lat is not None


def test_city_by_geonames_id_knows_the_small_towns_too(gaz):
    assert gaz.city_by_id(gaz.city("Davos").geonames_id).name == "Davos"
    assert gaz.city_by_id(gaz.city("上海").geonames_id).name == "Shanghai"
    assert gaz.city_by_id(1) is None


def test_city_display_names_in_english_and_chinese(gaz):
    assert gaz.city_names(gaz.city("Shanghai").geonames_id) == {"en": "Shanghai", "zh": "上海"}  # not 沪 or 上海市
    assert gaz.city_names(gaz.city("Duesseldorf").geonames_id) == {"en": "Düsseldorf", "zh": "杜塞尔多夫"}
    assert gaz.city_names(gaz.city("Davos").geonames_id) == {"en": "Davos", "zh": "达沃斯"}  # towns.tsv
    assert gaz.city_names(gaz.city("Bled").geonames_id) == {"en": "Bled"}  # no Chinese name known
    assert gaz.city_names(1) == {}


def test_country_display_names_keep_accents_and_uninvert_iso_names(gaz):
    assert gaz.country_names("CI")["en"] == "Côte d'Ivoire"
    assert gaz.country_names("CD")["en"] == "Democratic Republic of the Congo"  # ISO: "Congo, The ..."
    assert gaz.country_names("PS") == {"en": "Palestine", "zh": "巴勒斯坦"}  # country_aliases.tsv display


def test_every_area_names_the_city_its_row_gives(gaz):
    for gid, english, chinese, _ in place_sources.rows("areas.tsv"):
        for name in (english + "," + chinese).split(","):
            if name != "-":
                assert gaz.city(name).geonames_id == int(gid), name


def test_find_venue_towns_in_sentences(gaz):
    assert found(gaz, "Leaders met in Davos, and the Bo'ao forum opened in Hainan.", "en") == [
        ("Davos", "Davos", "CH", "city"), ("Bo'ao", "Qionghai", "CN", "city"),
        ("Hainan", "Hainan", "CN", "province")]
    assert found(gaz, "年会在海南博鳌开幕，论坛在横琴举行", "zh") == [
        ("海南", "Hainan", "CN", "province"), ("博鳌", "Qionghai", "CN", "city"), ("横琴", "Zhuhai", "CN", "city")]


# -- English names of Chinese districts and counties --------------------------------------------

@pytest.mark.parametrize("name, city", [
    ("Wenjiang District", "Chengdu"), ("Wenjiang", "Chengdu"), ("Longxi County", "Dingxi"),
    ("Min County", "Dingxi"), ("Minxian", "Dingxi"), ("Pudong New Area", "Shanghai"),
    ("Chang'an District", "Xi’an"), ("Changan District", "Xi’an"), ("Minhang District", "Shanghai"),
])
def test_english_county_level_names_give_the_prefecture_level_city(gaz, name, city):
    assert gaz.city(name).name == city


def test_find_english_district_forms_and_namesakes(gaz):
    assert found(gaz, "It was held in Wenjiang district, Chengdu.", "en") == [
        ("Wenjiang district", "Chengdu", "CN", "city"), ("Chengdu", "Chengdu", "CN", "city")]
    assert found(gaz, "A plant in Chaoyang District opened.", "en") == [
        ("Chaoyang District", "Beijing", "CN", "city")]
    assert found(gaz, "A plant in Chaoyang District of Changchun opened.", "en")[0] == (
        "Chaoyang District", "Changchun", "CN", "city")
    # a bare district name is a place only in context: a preposition, and China named
    assert found(gaz, "Experts met in Wenjiang, China.", "en")[0] == ("Wenjiang", "Chengdu", "CN", "city")
    assert found(gaz, "Zhang Wenjiang spoke in Paris.", "en") == [("Paris", "Paris", "FR", "city")]


# -- Chinese names that are also words, and short county names -----------------------------------

def test_find_chinese_common_word_names_in_a_locative_frame_or_a_list(gaz):
    assert found(gaz, "论坛在海口举行，他夸下海口", "zh") == [("海口", "Haikou", "CN", "city")]
    assert found(gaz, "广州、海口和三亚", "zh") == [
        ("广州", "Guangzhou", "CN", "city"), ("海口", "Haikou", "CN", "city"), ("三亚", "Sanya", "CN", "city")]
    assert found(gaz, "在中山大学，在来宾陪同下，在城区举办", "zh") == []


def test_find_chinese_short_county_names_in_a_locative_frame(gaz):
    assert found(gaz, "大会在陇西举办", "zh") == [("陇西", "Dingxi", "CN", "city")]
    assert found(gaz, "陇西的药材", "zh") == []


def test_find_chinese_two_character_counties_with_their_suffix_at_a_word_start(gaz):
    assert found(gaz, "岷县当归。活动在岷县举办，沙县小吃", "zh") == [
        ("岷县", "Dingxi", "CN", "city"), ("岷县", "Dingxi", "CN", "city"), ("沙县", "Sanming", "CN", "city")]
    assert found(gaz, "提高县级医院水平，新县长上任，国家示范县", "zh") == []


def test_find_chinese_district_inside_the_city_before_it(gaz):
    assert found(gaz, "长春市朝阳区与北京朝阳区", "zh") == [
        ("长春市", "Changchun", "CN", "city"), ("朝阳区", "Changchun", "CN", "city"),
        ("北京", "Beijing", "CN", "city"), ("朝阳区", "Beijing", "CN", "city")]


def test_find_chinese_short_county_names_need_an_event_word_after_the_cue(gaz):
    assert found(gaz, "在和平、发展方面", "zh") == []


def test_a_country_name_takes_guo_after_it_unless_guo_begins_a_word(gaz):
    assert gaz.country("蒙古国") == gaz.country("蒙古國") == "MN"
    assert found(gaz, "蒙古国驻华大使与巴勒斯坦国代表", "zh") == [
        ("蒙古国", "Mongolia", "MN", "country"), ("巴勒斯坦国", "Palestinian Territory", "PS", "country")]
    assert [m.surface for m in gaz.find("巴西国际医疗展，日本国会，印度国家馆，美国国务院，中国", "zh")] == [
        "巴西", "日本", "印度", "美国", "中国"]
    assert gaz.country("美国国") is None


def test_find_chinese_smaller_foreign_cities_after_their_country_or_in_a_locative_frame(gaz):
    assert found(gaz, "大会在日内瓦举行，会议在日内瓦万国宫开幕，代表团赴日内瓦。", "zh") == [
        ("日内瓦", "Geneva", "CH", "city")] * 3
    assert found(gaz, "瑞士日内瓦", "zh") == [("瑞士", "Switzerland", "CH", "country"), ("日内瓦", "Geneva", "CH", "city")]
    assert found(gaz, "論壇在日內瓦舉行", "zh") == [("日內瓦", "Geneva", "CH", "city")]
    # no frame, a person's name, a word that is a foreign city's name too
    assert found(gaz, "日内瓦公约，在杰克逊的陪同下参观，在大学城举办", "zh") == []


def test_find_smaller_chinese_speaking_cities_right_inside_a_locative_frame(gaz):
    assert found(gaz, "论坛在新竹举办，年会在基隆舉行。", "zh") == [
        ("新竹", "Hsinchu", "TW", "city"), ("基隆", "Keelung", "TW", "city")]
    assert found(gaz, "台湾新竹", "zh")[-1] == ("新竹", "Hsinchu", "TW", "city")
    # a two-character name must end where the frame's event word starts: "在联合国…举行" names no city
    assert found(gaz, "会议在联合国总部举行", "zh") == []


def test_the_standard_chinese_name_of_a_city_beats_a_smaller_namesakes(gaz):
    assert found(gaz, "年会在奥克兰举行", "zh") == [("奥克兰", "Auckland", "NZ", "city")]
    assert found(gaz, "年会在桃园举行", "zh") == [("桃园", "Taoyuan", "TW", "city")]


# -- autonomous prefectures, regions and leagues -------------------------------------------------

@pytest.mark.parametrize("name, city", [
    ("喀什", "Kashgar"), ("喀什地区", "Kashgar"), ("延边朝鲜族自治州", "Yanji"), ("延边", "Yanji"),
    ("西双版纳", "Jinghong"), ("勐海县", "Jinghong"), ("大理市", "Dali"), ("恩施", "Enshi"),
])
def test_autonomous_prefectures_and_their_counties_give_their_largest_city(gaz, name, city):
    assert gaz.city(name).name == city


def test_find_chinese_autonomous_prefecture_names_that_are_words_need_a_frame(gaz):
    assert found(gaz, "大理石地面，合作共赢，在大理举办", "zh") == [("大理", "Dali", "CN", "city")]


def test_english_the_language_is_no_demonym(gaz):
    assert found(gaz, "The site is in English and French.", "en") == [("French", "France", "FR", "country")]


def test_the_capital_of_a_countrys_adjective_is_its_capital_city():
    from kg.extract.places import get_gazetteer

    found = get_gazetteer().find("Experts met in the Kenyan capital. Kenyan capital markets rose.", "en")
    assert [(m.surface, m.place.name) for m in found] == [("Kenyan capital", "Nairobi"), ("Kenyan", "Kenya")]
