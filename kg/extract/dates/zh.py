"""Chinese date patterns and words, for the shared engine in ``engine.py``.

The engine matches on text already made simplified and half-width (NFKC), so patterns
name simplified characters and ASCII digits; Chinese numerals (十一月二十日, 二〇二五年)
are read by :func:`number`. Group names: see ``en.py``.
"""

from __future__ import annotations

import re

#: word -> (unit, offset from the publication date); 当天/当月 ("that day") refer to another
#: date in the text, not to the publication date, and are left out
RELATIVE = {
    "今天": ("day", 0), "今日": ("day", 0), "今晚": ("day", 0), "今晨": ("day", 0), "今早": ("day", 0),
    "昨天": ("day", -1), "昨日": ("day", -1), "昨晚": ("day", -1), "前天": ("day", -2), "前日": ("day", -2),
    "明天": ("day", 1), "明日": ("day", 1), "明晚": ("day", 1), "后天": ("day", 2),
    "本月": ("month", 0), "这个月": ("month", 0),
    "上月": ("month", -1), "上个月": ("month", -1), "下月": ("month", 1), "下个月": ("month", 1),
    "今年": ("year", 0), "去年": ("year", -1), "前年": ("year", -2), "明年": ("year", 1),
    "后年": ("year", 2),
}
#: a relative day word written with its day of the month, as Taiwan, Hong Kong and Macao
#: papers do: 今(5)日, 昨(24)日, 明(6)日 -> offset in days from the publication date
DAY_OFFSETS = {"今": 0, "昨": -1, "前": -2, "明": 1, "后": 2}
WEEKDAYS = {"一": 0, "二": 1, "三": 2, "四": 3, "五": 4, "六": 5, "日": 6, "天": 6}
#: weekday modifier -> resolution mode (see resolve.weekday); no modifier means "on"
#: what joins a span's start and its end when each is written as a date of its own ("12月3日开幕,持续至2024年1月14日")
SPAN_TO = re.compile(r"\s*(?:开幕|开展|开始|起)?\s*,?\s*(?:将)?(?:持续|延续|一直)?(?:至|到|-|–|—|~)\s*")
WEEKDAY_MODES = {"上": "week-1", "下": "week+1", "本": "week0", "这": "week0"}

#: tense cues around a bare weekday (see tense.py): 将于周五开幕 and 周五将开幕 are the Friday on or
#: after the publication date, 周五已开幕 and 周五举行了 the one on or before it
FUTURE_CUES = (r"将(?![近军])", r"拟", r"计划", r"预计", r"预定", r"定于", r"准备", r"届时",
               r"(?:持续|延续|开放|展期|举办|举行)(?:至|到)")
PAST_CUES = (r"已", r"曾", r"刚刚", r"日前", r"此前", r"早前", r"了(?!解)")
#: clause tenses in which a year-less day well after the publication date is last year's: past, or
#: none (a Chinese report's 11月10日…召开 with no 将 reports a day gone by)
PAST_TENSES = ("past", None)
#: the clause before a weekday runs back to the sentence's start (将 governs the clauses it opens:
#: 展会将于周三开幕，周五闭幕); the one after it ends at a comma or at 的 (周三开幕的展会将…)
CLAUSE_BREAKS = r"[。！？!?；;\n]"
AFTER_BREAKS = r"[。！？!?；;，,、：:\n的]"

_DIGITS = {"〇": 0, "零": 0, "一": 1, "二": 2, "两": 2, "三": 3, "四": 4, "五": 5, "六": 6, "七": 7,
           "八": 8, "九": 9}
_N = r"(?:\d{1,2}|[一二三四五六七八九十]{1,3})"
_Y = r"(?:\d{4}|[〇零一二三四五六七八九]{4})"
_TO = r"\s*(?:至|到|-|–|—|~)\s*"
#: "11、12日", "11日和12日": two days listed, read as a range when they are consecutive
_AND = r"\s*(?P<and>[、和及与])\s*"
_TO_OR_AND = f"(?:{_TO}|{_AND})"
_YEAR_WORDS = "|".join(word for word, (unit, _) in RELATIVE.items() if unit == "year")
_MONTH_WORDS = "|".join(word for word, (unit, _) in RELATIVE.items() if unit == "month")
#: years of the Republic of China era, as Taiwan writes them: 民国100年 = 2011 (ERA_BASE + n)
ERA_BASE = 1911
_ERA = r"(?:中华民国|民国)"
_YEAR_PART = rf"(?:(?P<y1>{_Y})\s*年\s*|{_ERA}(?P<era1>\d{{1,3}})\s*年\s*|(?P<rel_year>{_YEAR_WORDS}))?"
#: not inside a longer number, and not a lunar-calendar date (农历五月)
_NOT_AFTER_NUMBER = r"(?<![\d〇零一二三四五六七八九十年月.])(?<!农历)(?<!阴历)"
_DAY_END = r"(?:日|号(?![楼馆线院厅门室位码]))"
_PART_OF_DAY = r"(?:上午|下午|中午|晚上|晚间|傍晚|早上|清晨|凌晨|晚|早)"

PATTERNS = (
    # 2025年7月11日至12日 / 7月11日-12日 / 9月24-26日 / 7月30日至8月2日
    rf"{_NOT_AFTER_NUMBER}{_YEAR_PART}(?P<m1>{_N})\s*月\s*(?P<d1>{_N})\s*{_DAY_END}?{_TO_OR_AND}"
    rf"(?:(?P<y2>{_Y})\s*年\s*)?(?:(?P<m2>{_N})\s*月\s*)?(?P<d2>{_N})\s*{_DAY_END}",
    # 本月20日 / 下个月5日至7日 (a day of the month before or after the publication's)
    rf"(?P<rel_month>{_MONTH_WORDS})\s*(?P<d1>{_N})\s*"
    rf"(?:{_DAY_END}?{_TO_OR_AND}(?P<d2>{_N})\s*{_DAY_END}|{_DAY_END})",
    # 今(5)日 / 昨(24)日 (full-width brackets are folded to these): the day beside the word
    rf"(?P<rel_day>[{''.join(DAY_OFFSETS)}])\s*\(\s*(?P<d1>\d{{1,2}})\s*\)\s*日",
    # 2025年7月11日 / 十一月二十日 / 今年7月11日
    rf"{_NOT_AFTER_NUMBER}{_YEAR_PART}(?P<m1>{_N})\s*月\s*(?P<d1>{_N})\s*{_DAY_END}",
    # 2025年7月 / 今年7月
    rf"{_NOT_AFTER_NUMBER}{_YEAR_PART}(?P<m1>{_N})\s*月(?!\s*[\d一二三四五六七八九十])",
    # 2025年 / 民国100年
    rf"{_NOT_AFTER_NUMBER}(?:(?P<y1>{_Y})|{_ERA}(?P<era1>\d{{1,3}}))\s*年(?!\s*[\d一二三四五六七八九十])",
    # 21日到6月25日 (a range into the next month: the first day is in the month before the last's)
    rf"{_NOT_AFTER_NUMBER}(?P<d1>\d{{1,2}})\s*日\s*(?P<cross>至|到)\s*(?P<m2>{_N})\s*月\s*(?P<d2>{_N})\s*{_DAY_END}",
    # 11日至12日 / 11-12日 (a day range with neither month nor year)
    rf"{_NOT_AFTER_NUMBER}(?P<d1>\d{{1,2}})\s*日?{_TO_OR_AND}(?P<d2>\d{{1,2}})\s*日",
    # 11日, 12日上午 (digits only: 一日 is usually "one day"; 5日游, 3日内 are spans of days)
    rf"{_NOT_AFTER_NUMBER}(?P<d1>\d{{1,2}})\s*日(?![游内均])",
    # 八日上午 / (wire lede) 八日, : a day in numerals opening a clause, then a part of the day or a comma
    rf"(?:^|(?<=[,。;:\s)电]))(?P<d1>[一二三四五六七八九十]{{1,3}})日(?={_PART_OF_DAY}|,)",
    # 昨天 / 今年 / 下个月 (前天津 is "former Tianjin"; 美好的明天 is "a bright future")
    "(?<![的好])(?P<rel>" + "|".join(sorted(RELATIVE, key=len, reverse=True)) + ")(?!津)",
    # 周六 / 上周五 / 星期日
    r"(?P<wm>[上下本这])?个?(?:周|星期|礼拜)(?P<wd>[一二三四五六日天])",
)


def month(word: str) -> int:
    return number(word)


def number(word: str) -> int:
    """Arabic digits, Chinese numerals up to 99 (二十一), or digit by digit (二〇二五)."""
    if word.isdigit() and word.isascii():
        return int(word)
    if "十" not in word:
        return int("".join(str(_DIGITS[ch]) for ch in word))
    tens, _, units = word.partition("十")
    return (_DIGITS[tens] if tens else 1) * 10 + (_DIGITS[units] if units else 0)


def weekday(word: str) -> int:
    return WEEKDAYS[word]


def key(word: str) -> str:
    return word
