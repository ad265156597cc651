"""Date finding and resolution on sentences written for these tests."""

import pytest

from kg.extract.dates import dateline_date, find_dates, parse_published, read_dateline

PUB = "2025-07-13 16:42:12"  # a Sunday


def dates(text, lang, published=PUB, year_hint=None):
    return [(m.surface, m.start_date, m.end_date) for m in find_dates(text, lang, published, year_hint)]


@pytest.mark.parametrize("sentence, surface, start, end", [
    ("The fair opened Nov 27 in Cairo.", "Nov 27", "2025-11-27", None),
    ("It was signed on Nov. 27, 2020 in Minsk.", "Nov. 27, 2020", "2020-11-27", None),
    ("The summit runs September 24-26, 2024 in Beijing.", "September 24-26, 2024", "2024-09-24", "2024-09-26"),
    ("The summit runs September 24 to 26, 2024.", "September 24 to 26, 2024", "2024-09-24", "2024-09-26"),
    ("The expo is held Sept 30-Oct 2 in Dubai.", "Sept 30-Oct 2", "2025-09-30", "2025-10-02"),
    ("The congress met 17-18 September 2023.", "17-18 September 2023", "2023-09-17", "2023-09-18"),
    ("The congress meets 17 to 18 September.", "17 to 18 September", "2025-09-17", "2025-09-18"),
    ("Talks resume Oct. 19, officials said.", "Oct. 19", "2025-10-19", None),
    ("The plant opened in March 2015.", "March 2015", "2015-03", None),
    ("The plant opened in 2015.", "2015", "2015", None),
    ("The forum closed on Saturday.", "on Saturday", "2025-07-12", None),
    ("Delegates arrived last Friday.", "last Friday", "2025-07-11", None),
    ("Delegates arrived yesterday.", "yesterday", "2025-07-12", None),
    ("Delegates arrive today.", "today", "2025-07-13", None),
    ("Delegates arrive tomorrow.", "tomorrow", "2025-07-14", None),
    ("A second round follows next month.", "next month", "2025-08", None),
    ("Exports grew this year.", "this year", "2025", None),
    ("The fair returns next year.", "next year", "2026", None),
    ("It was held 30 September to 2 October 2024.", "30 September to 2 October 2024", "2024-09-30", "2024-10-02"),
    ("The talks ran Dec. 30, 2024-Jan. 2, 2025.", "Dec. 30, 2024-Jan. 2, 2025", "2024-12-30", "2025-01-02"),
    ("The show ran Dec 30-Jan 2, 2025.", "Dec 30-Jan 2, 2025", "2024-12-30", "2025-01-02"),
    ("On Saturday, Sept. 25, the forum opened.", "Saturday, Sept. 25", "2025-09-25", None),
    ("Numbers from 2025-07-11 show growth.", "2025-07-11", "2025-07-11", None),
    ("It opens on the 26th of September.", "26th of September", "2025-09-26", None),
    ("Talks run from Oct. 15 to 19.", "Oct. 15 to 19", "2025-10-15", "2025-10-19"),
    ("The fair runs May 2-3.", "May 2-3", "2025-05-02", "2025-05-03"),
    ("The forum opens on the 20th.", "the 20th", "2025-07-20", None),
    ("The forum opens on the 20th at the Expo Center.", "the 20th", "2025-07-20", None),
    ("Talks run from the 20th to the 22nd of next month.", "the 20th to the 22nd of next month",
     "2025-08-20", "2025-08-22"),
    ("Talks end on the 5th of this month, officials said.", "the 5th of this month", "2025-07-05", None),
    ("Ministers meet later this month.", "this month", "2025-07", None),
    ("The fair returns in late September.", "September", "2025-09", None),
    ("Late September brings the fair.", "September", "2025-09", None),
])
def test_english_forms(sentence, surface, start, end):
    assert dates(sentence, "en") == [(surface, start, end)]


@pytest.mark.parametrize("sentence, surface, start, end", [
    ("大会于2025年7月11日在上海开幕。", "2025年7月11日", "2025-07-11", None),
    ("大会7月11日至12日在上海举行。", "7月11日至12日", "2025-07-11", "2025-07-12"),
    ("大会7月11日-12日在上海举行。", "7月11日-12日", "2025-07-11", "2025-07-12"),
    ("展会9月24-26日举办。", "9月24-26日", "2025-09-24", "2025-09-26"),
    ("展会9月24日至26日举办。", "9月24日至26日", "2025-09-24", "2025-09-26"),
    ("论坛11日上午开幕。", "11日", "2025-07-11", None),
    ("论坛于12日闭幕。", "12日", "2025-07-12", None),
    ("项目于2025年7月启动。", "2025年7月", "2025-07", None),
    ("今年出口增长。", "今年", "2025", None),
    ("明年将再次举办。", "明年", "2026", None),
    ("去年首次举办。", "去年", "2024", None),
    ("代表团昨天抵达。", "昨天", "2025-07-12", None),
    ("代表团昨日抵达。", "昨日", "2025-07-12", None),
    ("代表团今天抵达。", "今天", "2025-07-13", None),
    ("代表团今日抵达。", "今日", "2025-07-13", None),
    ("代表团前天抵达。", "前天", "2025-07-11", None),
    ("本月将签约。", "本月", "2025-07", None),
    ("会议定于十一月二十日召开。", "十一月二十日", "2025-11-20", None),
    ("会议于２０２４年１２月３０日至２０２５年１月２日举行。", "２０２４年１２月３０日至２０２５年１月２日",
     "2024-12-30", "2025-01-02"),
    ("展会7月30日至8月2日举行。", "7月30日至8月2日", "2025-07-30", "2025-08-02"),
    ("论坛上周五举行。", "上周五", "2025-07-04", None),
    ("论坛于周六举行。", "周六", "2025-07-12", None),
    ("今年9月将举办。", "今年9月", "2025-09", None),
    ("去年11月曾举办。", "去年11月", "2024-11", None),
    ("二〇二四年举办。", "二〇二四年", "2024", None),
    ("会议将于本月20日举行。", "本月20日", "2025-07-20", None),
    ("下月5日开幕。", "下月5日", "2025-08-05", None),
    ("上个月28日签约。", "上个月28日", "2025-06-28", None),
    ("展会本月20日至22日举办。", "本月20日至22日", "2025-07-20", "2025-07-22"),
    ("展会本月11、12日举办。", "本月11、12日", "2025-07-11", "2025-07-12"),
    ("上月签约。", "上月", "2025-06", None),
    ("本周五开幕。", "本周五", "2025-07-11", None),
    ("明年5月举办。", "明年5月", "2026-05", None),
    ("大会于9月11、12日举行。", "9月11、12日", "2025-09-11", "2025-09-12"),
    ("大会于9月11日和12日举行。", "9月11日和12日", "2025-09-11", "2025-09-12"),
    ("论坛于11、12日举行。", "11、12日", "2025-07-11", "2025-07-12"),
    ("八日上午,论坛开幕。", "八日", "2025-07-08", None),  # a wire lede's day in numerals
    ("二十八日晚,论坛闭幕。", "二十八日", "2025-07-28", None),
])
def test_chinese_forms(sentence, surface, start, end):
    assert dates(sentence, "zh") == [(surface, start, end)]


@pytest.mark.parametrize("sentence", ["他工作了三日,很累。", "一日三餐。", "随后二日,代表团返回。"])
def test_a_count_of_days_in_numerals_is_no_date(sentence):
    assert dates(sentence, "zh") == []


@pytest.mark.parametrize("sentence, surface, start", [
    ("论坛今（13）日在台北开幕。", "今（13）日", "2025-07-13"),
    ("代表团昨（12）日抵达。", "昨（12）日", "2025-07-12"),
    ("展会明（14）日闭幕。", "明（14）日", "2025-07-14"),
    ("签约仪式前（11）日举行。", "前（11）日", "2025-07-11"),
    ("論壇昨(12)日於高雄閉幕。", "昨(12)日", "2025-07-12"),  # half-width brackets, traditional
    ("論壇今 ( 13 ) 日上午開幕。", "今 ( 13 ) 日", "2025-07-13"),
])
def test_relative_days_with_their_day_of_the_month(sentence, surface, start):
    """Taiwan, Hong Kong and Macao papers write the day beside 今/昨/明: 昨（12）日."""
    assert dates(sentence, "zh") == [(surface, start, None)]


def test_a_relative_day_with_its_date_is_that_date_nearest_the_relative_day():
    assert dates("代表团昨（31）日抵达。", "zh", published="2025-08-01") == [("昨（31）日", "2025-07-31", None)]
    assert dates("展会明（1）日开幕。", "zh", published="2025-12-31") == [("明（1）日", "2026-01-01", None)]
    # a page dated a day late: the day the text names still wins
    assert dates("代表团昨（12）日抵达。", "zh", published="2025-07-14") == [("昨（12）日", "2025-07-12", None)]
    assert dates("代表团昨（12）日抵达。", "zh", published=None) == [("昨（12）日", None, None)]


@pytest.mark.parametrize("sentence, lang, surface, start", [
    # past reports: the weekday on or before the publication date (Sunday 13 July)
    ("The forum closed on Saturday.", "en", "on Saturday", "2025-07-12"),
    ("The exhibition ran until Friday.", "en", "Friday", "2025-07-11"),
    ("The expo, which will last three days, opened on Friday.", "en", "on Friday", "2025-07-11"),
    ("The forum was expected to close on Friday.", "en", "on Friday", "2025-07-11"),
    ("论坛周六已闭幕。", "zh", "周六", "2025-07-12"),
    ("展会周三举行了开幕式。", "zh", "周三", "2025-07-09"),
    ("将近百家企业周三参展。", "zh", "周三", "2025-07-09"),
    ("展会周三开幕的消息传来后，各方将积极参与。", "zh", "周三", "2025-07-09"),
    # future clauses: the weekday on or after it
    ("The city will host the medical forum on Wednesday.", "en", "on Wednesday", "2025-07-16"),
    ("The expo is scheduled to open on Friday.", "en", "on Friday", "2025-07-18"),
    ("The exhibition runs until Friday.", "en", "Friday", "2025-07-18"),
    ("They'll sign the deal on Tuesday, organisers say.", "en", "on Tuesday", "2025-07-15"),
    ("Ministers will meet at 3 p.m. on Friday.", "en", "on Friday", "2025-07-18"),
    ("The forum will be held on Sunday.", "en", "on Sunday", "2025-07-13"),
    ("The upcoming summit on Tuesday draws 40 delegations.", "en", "on Tuesday", "2025-07-15"),
    ("展会将于周三开幕。", "zh", "周三", "2025-07-16"),
    ("展会周三将在成都开幕。", "zh", "周三", "2025-07-16"),
    ("据了解，展会拟于周四开幕。", "zh", "周四", "2025-07-17"),
    ("展会持续至周五。", "zh", "周五", "2025-07-18"),
    ("會議將於週三舉行。", "zh", "週三", "2025-07-16"),
])
def test_a_bare_weekday_follows_the_tense_of_its_clause(sentence, lang, surface, start):
    assert dates(sentence, lang) == [(surface, start, None)]


def test_tense_is_read_per_clause():
    assert dates("Officials said on Monday that the expo will open on Friday.", "en") == [
        ("on Monday", "2025-07-07", None), ("on Friday", "2025-07-18", None)]
    assert dates("Delegates arrived on Monday and will leave on Friday.", "en") == [
        ("on Monday", "2025-07-07", None), ("on Friday", "2025-07-18", None)]
    assert dates("论坛于周一开幕，将于周五闭幕。", "zh") == [("周一", "2025-07-07", None), ("周五", "2025-07-18", None)]
    # 将 governs the clauses it opens
    assert dates("展会将于周三开幕，周五闭幕。", "zh") == [("周三", "2025-07-16", None), ("周五", "2025-07-18", None)]


def test_a_weekday_with_a_modifier_keeps_its_meaning_in_any_tense():
    assert dates("They will review what was agreed last Friday.", "en") == [("last Friday", "2025-07-11", None)]
    assert dates("The talks will resume this Friday.", "en") == [("this Friday", "2025-07-11", None)]  # its week
    assert dates("双方将落实上周五签署的协议", "zh") == [("上周五", "2025-07-04", None)]
    assert dates("The forum will open on Friday.", "en", published=None) == [("on Friday", None, None)]


def test_traditional_chinese():
    assert dates("論壇於7月11日至12日舉行，後天閉幕，下週五簽約。", "zh") == [
        ("7月11日至12日", "2025-07-11", "2025-07-12"), ("後天", "2025-07-15", None), ("下週五", "2025-07-18", None)]


def test_offsets_are_those_of_the_original_text():
    text = "會議於２０２５年７月１１日舉行"
    (m,) = find_dates(text, "zh", None)
    assert text[m.start:m.end] == m.surface == "２０２５年７月１１日"
    assert m.start_date == "2025-07-11" and not m.relative


def test_no_year_anywhere_gives_none():
    assert dates("The expo opened Nov 27.", "en", published=None) == [("Nov 27", None, None)]
    assert dates("论坛11日开幕，昨天签约。", "zh", published=None) == [("11日", None, None), ("昨天", None, None)]
    assert dates("The forum closed on Saturday.", "en", published=None) == [("on Saturday", None, None)]


def test_year_hint_beats_the_publication_year():
    (m,) = find_dates("The 2020 conference opened Nov 27.", "en", "2021-01-05", year_hint=2020)
    assert (m.start_date, m.relative) == ("2020-11-27", True)
    assert dates("会议7月11日开幕", "zh", published=None, year_hint=2023) == [("7月11日", "2023-07-11", None)]


def test_a_stated_year_is_not_relative():
    (m,) = find_dates("It opened on Nov. 27, 2020.", "en", PUB)
    assert m.relative is False
    (m,) = find_dates("It opened Nov. 27.", "en", PUB)
    assert m.relative is True


def test_impossible_dates_and_words_that_only_look_like_dates():
    assert dates("They met Sept. 31 and Feb 30.", "en") == []
    assert dates("It may rain; the march went on. Reading 2015 figures.", "en") == []
    assert dates("3号楼的一日游项目，12号展馆，5日游，3日内完成", "zh") == []
    assert dates("农历五月，开创美好明天，论坛当天签约，前天津市长出席", "zh") == []


def test_days_listed_but_not_consecutive_are_two_dates():
    found = dates("大会于9月11日和13日举行。", "zh")
    assert found[0] == ("9月11日", "2025-09-11", None)
    assert all(end is None for _, _, end in found)


def test_ordinals_that_are_editions_or_anniversaries_are_no_dates():
    assert dates("On the 20th anniversary, the 20th China Expo opened on the 3rd floor.", "en") == []
    assert dates("该活动当月举办", "zh") == []


def test_a_day_of_a_relative_month_needs_the_publication_date():
    assert dates("会议将于本月20日举行", "zh", published=None) == [("本月20日", None, None)]
    assert dates("It opens on the 20th.", "en", published=None) == [("the 20th", None, None)]
    (m,) = find_dates("会议将于本月20日举行", "zh", PUB)
    assert m.relative is True


def test_relative_month_across_a_year_end():
    assert dates("Talks resume next month.", "en", published="2025-12-20") == [("next month", "2026-01", None)]
    assert dates("上个月签约。", "zh", published="2025-01-20") == [("上个月", "2024-12", None)]
    assert dates("下月5日开幕。", "zh", published="2025-12-20") == [("下月5日", "2026-01-05", None)]
    assert dates("It opens on the 5th of next month.", "en", published="2025-12-20") == [
        ("the 5th of next month", "2026-01-05", None)]


@pytest.mark.parametrize("value, iso", [
    ("2025-07-13 16:42:12", "2025-07-13"), ("2023/5/18", "2023-05-18"), ("Sept. 26, 2024", "2024-09-26"),
    ("26 September 2024", "2024-09-26"), ("2023年5月18日 10:20", "2023-05-18"),
    ("Thu, 26 Sep 2024 10:00:00 GMT", "2024-09-26"), ("2024-09-26T08:00:00+08:00", "2024-09-26"),
    ("not a date", None), ("2024-02-30", None), ("September 2024", None),
])
def test_parse_published(value, iso):
    assert parse_published(value) == iso


def test_datelines():
    m = dateline_date("中新网北京6月19日电 (记者 张三) 会议今天开幕。", "zh", "2025-06-20")
    assert (m.surface, m.start_date) == ("6月19日", "2025-06-19")
    m = dateline_date("MINSK, Sept. 25 (Xinhua) -- The forum opened.", "en", "2024-09-26")
    assert (m.surface, m.start_date) == ("Sept. 25", "2024-09-25")
    m = dateline_date("MINSK, Sept. 25 (Xinhua) -- The forum opened.", "en")
    assert (m.surface, m.start_date) == ("Sept. 25", None)
    m = dateline_date("NEW YORK, Dec. 31 (Reuters) - Talks ended.", "en", "2025-01-02")
    assert (m.surface, m.start_date) == ("Dec. 31", "2024-12-31")
    m = dateline_date("\ufeff人民網深圳10月29日電(記者 賀林) 博覽會開幕。", "zh", "2018-11-02")
    assert (m.surface, m.start_date) == ("10月29日", "2018-10-29")
    m = dateline_date("新华社北京12月31日电 会议闭幕。", "zh", "2025-01-02")
    assert m.start_date == "2024-12-31"
    assert dateline_date("The forum opened on Sept. 25 in Minsk.", "en", "2024-09-26") is None
    assert dateline_date("Guests cut the ribbon at a ceremony, Sept. 24 - the day before.", "en") is None
    assert dateline_date("会议于6月19日开幕。", "zh", "2025-06-20") is None


@pytest.mark.parametrize("text, surface, start, agency", [
    ("DUBAI, United Arab Emirates, Jan. 15, 2025 /PRNewswire/ -- The expo opens.", "Jan. 15, 2025", "2025-01-15",
     "PRNewswire"),
    ("WASHINGTON, D.C., Jan. 15, 2025 /PRNewswire/ -- The expo opens.", "Jan. 15, 2025", "2025-01-15", "PRNewswire"),
    ("SAN DIEGO, Jan. 15, 2025 (GLOBE NEWSWIRE) -- The expo opens.", "Jan. 15, 2025", "2025-01-15", "GLOBE NEWSWIRE"),
    ("BOSTON--(BUSINESS WIRE)--Jan. 15, 2025--The expo opens.", "Jan. 15, 2025", "2025-01-15", "BUSINESS WIRE"),
    ("LONDON, Jan. 15, 2025 PR Newswire -- The expo opens.", "Jan. 15, 2025", "2025-01-15", "PR Newswire"),
    ("ACCESSWIRE / January 15, 2025 / The expo opens.", "January 15, 2025", "2025-01-15", "ACCESSWIRE"),
    ("MINSK, Sept. 25 (Xinhua) -- The forum opened.", "Sept. 25", "2024-09-25", "Xinhua"),
    ("MACAU, September 10 - The forum opened.", "September 10", "2024-09-10", None),
])
def test_read_dateline(text, surface, start, agency):
    found = read_dateline(text, "en", "2024-09-26")
    assert (found.date.surface, found.date.start_date, found.agency) == (surface, start, agency)
    assert text[found.date.start:found.date.end] == surface
    assert dateline_date(text, "en", "2024-09-26") == found.date


def test_a_chinese_dateline_with_its_year():
    found = read_dateline("新华社北京2024年3月4日电 会议开幕。", "zh")
    assert (found.date.surface, found.date.start_date, found.date.relative) == ("2024年3月4日", "2024-03-04", False)
    assert read_dateline("The expo opens in Dubai on Jan. 15, 2025 /PRNewswire/ --", "en") is None


def test_unknown_language_is_an_error():
    with pytest.raises(ValueError, match="fr"):
        find_dates("le 3 mars", "fr", None)


def test_a_weekday_after_would_points_forward():
    from kg.extract.dates import find_dates

    found = find_dates("Trade would be the focus of the talks on Monday.", "en", "2020-10-18")  # a Sunday
    assert [d.start_date for d in found] == ["2020-10-19"]


def test_a_day_first_dotted_date_as_european_pages_write_it():
    from kg.load.dates import parse_date
    assert parse_date("29.04.2016  00:43") == "2016-04-29"
    assert parse_date("31.13.2016") is None


def test_a_year_of_the_republic_of_china_era():
    from kg.extract.dates import find_dates
    assert [m.start_date for m in find_dates("民國100年8月16日上午,中华民国100年", "zh", None)] == ["2011-08-16", "2011"]


@pytest.mark.parametrize("sentence, surface, start, end", [
    ("The conference will take place from 28-30th this month.", "28-30th this month", "2025-07-28", "2025-07-30"),
    ("The fair runs from 12 to 14 next month.", "12 to 14 next month", "2025-08-12", "2025-08-14"),
])
def test_days_of_a_month_named_relatively(sentence, surface, start, end):
    assert dates(sentence, "en") == [(surface, start, end)]
