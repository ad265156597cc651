"""Event names in Chinese text and the events they name.

A name ends in a head noun (``event_heads.tsv``: 大会, 论坛, 博览会 …) at a word
boundary and is read leftwards over name-like words (nouns, places,
organizations, a leading year or edition, bracketed and quoted parts) until a
predicate, preposition, demonstrative or punctuation (``event_words.tsv``).
Names are grouped into events (same name without year/edition, a shorter form
ending the longer one, 药交会 for …药品交易会, a bracketed alias), and an
event is kept only when some clause reports it (held, hosted, attended, dated).
A trained tagger (:mod:`kg.extract.learned.tagger`) proposes names too: one where the rules
read none, or longer than the one they read inside it, is checked as theirs are and kept.
"""

from __future__ import annotations

import re
from functools import lru_cache
from os.path import commonprefix

from kg.extract.dates.zh import ERA_BASE, number
from kg.extract.learned import tagger
from kg.extract.places import PlaceMention, get_gazetteer
from kg.extract.zh.context import EventMention, ZhArticle
from kg.extract.zh.lexicon import DECLARED, HELD_VERBS, alternation, lexicon
from kg.model.names import normalise

CONFIDENCE = 0.9
_YEAR = re.compile(r"(?:(?:19|20)\d{2}|(?:一九|二〇)[〇零一二三四五六七八九]{2})(?:年度|年)?")  # (or "二〇一二")
_GLUE = r"(?:、|和|及|与|以及)"
_LIST_GLUE = re.compile(r"[”」]?" + _GLUE + r"[“「]?")  # between names listed together
#: between listed names, one of them at its opening ("出席A开幕式和B")
_ITEM_GLUE = re.compile(r"[”」]?(?:开幕式|开幕仪式|闭幕式|" + DECLARED.pattern + ")?" + _GLUE + r"[“「]?")  # (or
# "A(以下简称“A博会”)与B": a short name declared between)
_NEAR_NAME = 8  # characters of a name below which one inserted word makes another name
_ITEM_STARTS = frozenset(",、;:。\n“「")  # where a list item or a sentence starts (a name may open with a verb there)
_CENTURY = re.compile(r"(?:\d{1,2}|二十一|二十)世纪")
_ANNIVERSARY = re.compile(r"(?:\d{1,3}|[一二三四五六七八九十百]+)周年")
#: years counted from a founding before a gathering's head: "建国一百年", "建交30年", "建党百年"
_FOUNDING_YEARS = re.compile(r"(?:\d{1,3}|[一二三四五六七八九十百]+)年")
_FOUNDING_VERBS = ("建国", "建党", "建交", "成立", "建校", "创立", "建市", "开埠", "创刊")
#: a clause that counts a gathering's editions or years before its name ("已连续举办十届的")
_COUNTED_CLAUSE = re.compile(r"[0-9一二三四五六七八九十百两]+(?:届|次|年|载)的")
#: a year the tagger glued to the name's first character ("2024英|中医药…论坛")
_YEAR_GLUED = re.compile(r"(?:19|20)\d{2}[\u4e00-\u9fff]")
#: a year right after the head, part of the name (not a date: 2024年, 2024-05)
_ARRANGED = re.compile(r"安排|策划|设置|设有|下设|分设|开设|推出|新增|增设")
_DEMONSTRATIVE_BEFORE = re.compile(r"(?:这|這|该|該|此)(?:项|項|次|个|個|场|場)?[^,。;:的“”]{0,10}的$")
_ANNUAL_SESSION = re.compile(r"(.{3,}?)(?:(?:19|20)\d\d年?)?年会")
_TRAILING_YEAR = re.compile(r"(?:19|20)\d{2}(?![0-9年月日/.\-])")
#: held at the same time as another event (a time, though no date)
_CONCURRENT = re.compile(r"同期|同时|期间")
#: a count of gatherings ("8个分论坛", "两场研讨会"): a number, not a name
_COUNT = re.compile(r"[0-9一二两三四五六七八九十百千多余几数]+(?:个|场|项|次|类|种|大|届)?")
#: a numeral-tagged word that counts something (a numeral first, or a measure word last), unlike "多元"
_COUNTING = re.compile(r"[0-9０-９一二两三四五六七八九十百千万亿几数第首半〇零余]|.*[个场项次类种届家名位所批条件座只天年月日号期]$")
_COUNT_END = re.compile(r"[0-9一二两三四五六七八九十]+(?:个|场|项)$")  # "…论坛三个(分论坛)": a count closing a list
_BEFORE_INNER_ADVERB = frozenset({"LOC", "ORG", "nz", "n"})
#: a numeral and a noun the tagger reads as a number, inside a coined word ("十色" of 葡光十色)
_IDIOM_NUMERAL = re.compile(r"[一二三四五六七八九十百千万][^\d一二三四五六七八九十百千万个届次位名家场项条种类大年月日号天期批所座]")
_THIS_ONE = re.compile(r"(?:这次|此次|本次|本届|这届|该次|是次)$")  # a demonstrative for the event at hand
_CALENDARS = frozenset({"中华民国", "民国"})  # before a year: "中华民国105年" is 2016
#: a year of the Republic's calendar after the name it is counted in ("中华民国台湾114年")
_ERA_YEAR = re.compile(r"\d{2,3}年")
_ERA_LEAD = re.compile(r"(?:中华民国|民国)(?:台湾)?(\d{2,3})年")  # a name opening with the Republic's year
_ERA_PLACES = ("民国", "台湾")
#: a lunar year by its cycle or its animal: 壬寅年, 蛇年
_LUNAR_YEAR = re.compile(r"(?:[甲乙丙丁戊己庚辛壬癸][子丑寅卯辰巳午未申酉戌亥]|[鼠牛虎兔龙蛇马羊猴鸡狗猪])年")
#: words of an era the tagger reads as times, which describe a gathering's topic ("现代农业…论坛")
_ERA_WORDS = frozenset({"现代", "当代", "近代", "古代", "未来", "新时代", "现代化"})
#: time words that name a season or festival, not a date: they may stand inside a name
_SEASON = re.compile(r"(?:\d{2,4}年)?(?:年度|[新春夏秋冬]{1,2}(?:季|天)?|元旦|元宵|中秋|端午|(?:双十)?国庆|圣诞|新年"
                     r"|[^\d〇零一二三四五六七八九十]{0,2}节)")
_NAME_TAGS = frozenset({"n", "nz", "nw", "vn", "an", "a", "ad", "s", "v", "LOC", "ORG", "PER"})
_LONGEST_QUOTED_NAME = 36  # a longer text in “…” is speech
_LONGEST_NAME = 48  # characters before the head noun; longer runs are not names
_HYPHENS = frozenset({"-", "—", "–", "·", "."})  # ("日本.台湾经营者团体交流会": two places joined by a point)
#: words after noun + 会 that make it a gathering's head ("音乐会在", "视频会于", "恳谈会暨")
#: a year or an edition right before the opening quote of a name ("第十三届“X论坛”")
#: a year and a quoted slogan before a dash, opening a gathering's name: "2023年“喜迎春来,携手共进”——"
#: a quoted slogan and a dash before a gathering's name: "“侨连五洲 沪上进博”——"
SLOGAN = r"[“「][^”」。;]{1,30}[”」](?:——|—|--)"
_SLOGAN_BEFORE = re.compile(r"((?:19|20)\d{2}年?)" + SLOGAN + "$")
_QUOTED_NAME_LEAD = re.compile(r"((?:19|20)\d{2}年?)?(第[0-9一二三四五六七八九十百廿卅]+[届次])?[“「]$")
#: a year or an edition shortly before a word: what names an event, not an organization
_EDITION_BEFORE = re.compile(r"(?:(?:19|20)\d{2}年?|第[0-9一二三四五六七八九十百廿卅]+[届次])[“「]?[^,。;“”「」]{0,10}[”」]?$"
                             r"|(?:周年|纪念)$")  # (or an anniversary: "…三十周年纪念联谊会")
#: what follows the name of a standing institution named like a gathering: its secretariat, its
#: founding, its mechanism
_INSTITUTION_AFTER = re.compile(r"(?:[(（][^()（）]{1,6}[)）])?(?:常设秘书处|常设机构|秘书处|成立|机制)")
#: the rest of a list of hosts after an item: "、联合国工发组织…等六大国际组织联合主办", or of a
#: list of bodies: "、联合国工发组织等多个国际组织将参会"
_HOST_LIST = re.compile(r"、[^,。;:由的]{2,80}?(?:(?:等[^,。;:由的]{0,8}?)?(?:联合|共同)?(?:主办|承办|协办)"
                        r"|等[^,。;:由的]{0,8}?(?:组织|机构))")
#: a place after a dot closing a gathering's name, before its closing quote or its year ("「香港工展会•澳门」",
#: "世界旅游经济论坛•澳门2018")
_DOTTED_PLACE = re.compile(r"[•‧·・]([^”」•‧·・,。;:\s\d]{2,5}?)(?:((?:19|20)\d{2})|(?=[”」》]))")
_AFTER_SHAPED_HEAD = frozenset({"在", "于", "将", "暨", "举行", "举办", "召开", "开幕", "上", "期间", "已", "日前",
                                "成功", "隆重", "顺利", "。", ","})  # (a headline's "…视频会成功举办")
#: a sentence opening on the event just reported: "这是X的配套活动之一", "此次活动是…"
THIS_IS = re.compile(r"\s*(?:这|此|该|本次活动|此次活动|这次活动|该活动)(?:也|还)?是")
_IS = re.compile(r"(?:也|还)?是")
#: a clause saying the gathering is held, right after its last word
_HOLDING_AFTER = re.compile(r"(?:[0-9一二三四五六七八九十]{1,3}日|今天|昨天|今日|昨日|日前|近日)?"
                            rf"(?:(?:将于|将在|于|在)[^,。;]{{0,30}}?)?{HELD_VERBS}")
#: quoted names listed and counted: "设置“A”“B”“C”等五项现场活动", "“A”、“B”等3场论坛"
_QUOTED_ITEM = re.compile(r"[“「]([^“”「」,。;]{2,40})[”」]")
_QUOTED_RUN = re.compile(r"((?:[“「][^“”「」,。;]{2,40}[”」](?:、|和|及|以及)?){2,})等?"
                         r"[0-9一二两三四五六七八九十百多余数]+(?:项|场|个|大)[^,。;、]{0,6}?(?:活动|论坛|会议|赛事)")
#: a list of topics sharing one counted head said after the last ("举办A、B、C等三个分论坛",
#: "“A”、“B”3主题分论坛"): each topic and the head name one part; the count must match the list
_SHARED_HEAD_RUN = re.compile(r"(?:举办|举行|召开|进行|设置|设立|设有|开设|包括|分为|与|和|及|(?=[“「]))"
                              r"((?:[“「]?[\u4e00-\u9fff]{2,12}[”」]?、)+[“「]?[\u4e00-\u9fff]{2,12}?[”」]?)等?"
                              r"([0-9一二两三四五六七八九十]+)(?:个|场|项)?(?:主题|专题|平行)?"
                              r"(分论坛|论坛|研讨会|专题会|工作坊|圆桌会)")
#: quoted names an arranging or holding verb lists ("还安排了“A嘉年华”“B精品展”", "安排了“A”、“B”等…活动"),
#: or a kind of part opens ("首次设立的分论坛“A”“B”“C”"): each one is an event
#: (unlike :data:`_ARRANGED`, no 推出: "推出“A”“B”两款产品" launches products)
_ARRANGING = re.compile(r"安排|设立|设置|举办|举行|开设|设有|策划|组织")
_ARRANGED_RUN = re.compile(r"(?:(?:" + _ARRANGING.pattern + r")了?|(?:分论坛|平行论坛|专题论坛|主题论坛|子论坛"
                           r"|配套活动|系列活动)[:：]?)((?:[“「][^“”「」,。;]{2,40}[”」](?:、|和|及|以及)?)+)"
                           r"(等?[^,。;“”「」]{0,16}?活动)?")
_EVENT_ENDING = re.compile(r"(?:展|会|节|赛|周|月|活动|论坛|营|嘉年华|庙会|典礼|仪式)$")
#: "“中医药走进联合国”活动", "“X”综合文化交流活动": a quoted name made an event by 活动, a few
#: words saying what kind of activity between them
_QUOTED_ACTIVITY = re.compile(r"[“「][^“”「」,。;]{3,30}[”」](?:(?!系列)[^“”「」,。;、的等]){0,6}?活动")  # (not a 系列, not a count)
#: what may stand between a quoted name and 活动 for the quoted words to name the activity alone
_ACTIVITY_KIND = re.compile(r"(?:首场|主题|专场|系列|庆祝|纪念)?")
QUOTES = "“「『《\"'‘"  # opening quotes and title marks around a name
CLOSERS = "”」』》\"'’"
_OPENERS = {")": "(", "”": "“", "》": "《", "」": "「", "』": "『", "’": "‘"}
#: a Latin abbreviation in brackets right after a name: "…医疗器械展览会(MEDEX)"
_ABBREVIATION = re.compile(r"\(([A-Z][A-Za-z0-9&.\- ]{1,30})\)")
_LIST_SEPARATORS = ("、", "和", "及", "与")
_PAGE_LINES = 2  # lines (a date, a source) between a headline and its lead
_ABRIDGED_OPENING = 3  # characters a headline's abridged name keeps of the body's opening
#: "暨" and a plain second name before a declared short name ("A暨经贸洽谈会(以下简称…)")
_JOINT_TAIL = re.compile(r"暨[^,。;()“”「」]{2,8}(?=\()")
#: what opens a declared short name after a name: "(以下简称「", "(简称"
_DECLARED_OPEN = re.compile(r"\((?:以下简称|以下称|下称|简称)[:“「『\"]?")
#: gatherings a title in 《》 names when only kind words follow it ("《X》图片展", "《X》大型文艺晚会"):
#: shows, ceremonies and performances (before a forum, a title is more often a publication's)
_TITLED_TYPES = frozenset({"Exhibition", "Ceremony", "Other"})
_CONTRACTED = 3  # shortest contraction of a name before its head (上合组织)
_LONGEST_WORD = 8  # characters looked back for a word ending at a place (the not_head words are shorter)
#: verbs that open a list of an event's parts ("设A、B两个分论坛")
_LIST_VERB = re.compile(r"(?:设置|设有|下设|分设|设立|包括|包含|分为|涵盖|设)")
#: what may lie between 包括 and a name listed after it: the names before it and their separators
_ITEM_END = re.compile(r"[”」]?(?:、|,|。|;|和|与|及|以及|等|$)")  # what follows an item of a list
_LIST_ONLY = re.compile(r":?[“「]?(?:[^,。;:、]{2,40}?(?:、|和|与|及|以及)[“「]?)*")
#: what may lie between "N个分论坛分别是" and an item: earlier items and descriptions, no sentence end
_ENUMERATION = re.compile(r"[^。]{0,200}")  # (items may be set off by semicolons: "分别是A;B;C")
#: an adjective in 性 saying what kind of gathering follows ("国际性", "全国性", "综合性"), with
#: a word of its trade or size after it ("国际性专业展会")
_KIND_ADJECTIVE = re.compile(r"[\u4e00-\u9fff]{1,3}性(?:专业|大型|综合|高端)?")
#: an occasion before 暨 that the rules do not name ("兔年春节侨界联谊活动暨"), and one a holding verb holds
UNNAMED_JOINT = re.compile(r"[^,。;:、“”「」()]{2,20}?暨")
_HELD_BEFORE_JOINT = re.compile(r"(?:举行|举办|召开)了?(" + UNNAMED_JOINT.pattern + r")$")
#: a plain gathering joined to a name, which names nothing of its own: "暨迎新春活动"
_PLAIN_JOINT = re.compile(r"暨[\u4e00-\u9fff]{1,4}?(?:活动|晚会|联谊会|招待会|酒会)")
#: a quoted title inside a name's words: "「美中台三角关系最新发展及其前景」国会山庄演讲座谈会"
_QUOTED_PART = re.compile(r"[“「《][^”」》]*[”」》]")
#: the end of a venue's name: "…会展中心", "多伦多钓鱼台国宴"
VENUE_END = re.compile(r"(?:中心|会馆|展馆|博览馆|展览馆|会堂|酒店|宾馆|饭店|大厦|广场|公园|园区|体育馆|剧院|礼堂|国宴|酒楼|餐厅)$")
#: a city opening a sentence, set off by a comma (a round-up's "在华盛顿,…"), after its day and
#: before a venue: "2月9日晚,在多伦多钓鱼台国宴,"
_OPENING_PLACE = re.compile(r"(?:(?:[0-9一二三四五六七八九十]{1,2}月)?[0-9一二三四五六七八九十]{1,3}日"
                            r"(?:上午|下午|中午|晚上|晚间|傍晚|晚)?,)?在([\u4e00-\u9fff]{2,16}),")
_LOCAL_TIME = re.compile(r"([\u4e00-\u9fff]{2,12}?)当地时间")  # "美国纽约当地时间5日": the place of the day
#: abbreviated heads and the full head they stand for (药交会 for …药品…交易会)
_ABBREVIATED = {"博会": "博览会", "交会": "交易会", "贸会": "交易会", "洽会": "洽谈会"}


@lru_cache(maxsize=1)
def _patterns() -> dict[str, re.Pattern]:
    lex = lexicon()
    return {
        "edition": re.compile(lex.words["edition"][0]),
        "org_word": re.compile(alternation(lex.org_suffixes)),  # an organization's word at a place: 会议所
        "edition_end": re.compile(f"(?:{lex.words['edition'][0]})$"),  # "第一届“X”活动"
        # an edition opening items of one name: "第70届中国国际医药原料药、中间体、"
        "edition_listed": re.compile(f"(?:{lex.words['edition'][0]})" + r"(?:[^,。;:“”「」、\s]{1,12}、){1,4}$"),
        "org_end": re.compile("(?:" + alternation(lex.org_suffixes) + ")$"),  # a word ending a body's name (代表处)
        # a verb giving a body its role ("合办", "主办"): it ends the clause's subject, never opens a name
        "role_verb": re.compile(alternation([w for w, kind in lex.role_kinds.items() if kind == "verb"])),
        # an edition opening a short run of words with no break: "第22届非洲国家驻华大使", "第31次中国—东盟高官"
        # (with 第 or 首: "十二届全国人大" is a body's term)
        "edition_led": re.compile(f"(?=第|首)(?:{lex.words['edition'][0]})" + r"[^,。;:、“”「」()\s在于将]{2,22}$"),
        # an edition inside a name, after its place or body ("绍兴市首届…", "外交部第十五场…")
        "inner_edition": re.compile(f"(?:{lex.words['edition'][0]})|首次"),
        "not_head": re.compile(lex.pattern("not_head")),
        "title_end": re.compile(f"(?:{lex.title_re.pattern})$"),  # a person's title ending where a name starts
        "not_head_end": re.compile(f"(?:{lex.pattern('not_head')})$"),
        "cue": re.compile(alternation(lex.words["hold"] + lex.words["attend"])),
        "hold": re.compile(alternation(lex.words["hold"])),
        "ref_noun": re.compile(f"(?:{lex.pattern('ref')})(?:{lex.pattern('ref_noun')})"),
        "proper": re.compile(lex.pattern("proper") + r"|[A-Za-z0-9“”「」(《]"),
        "continued": re.compile(lex.pattern("continued")),
        "background": re.compile(lex.pattern("background")),
        # "去年举办的第二届X吸引了…": a past edition described in passing
        "past_held": re.compile(f"(?:{lex.pattern('past')})[^,;。]{{0,8}}?(?:{alternation(lex.words['hold'])})的[“「《]?$"),
        "glued": re.compile(r"(?:将|于|在|由|已|正|定于)"),
        "list_close": re.compile(r"[^,。;:]*等[0-9一二两三四五六七八九十多余数]*[个场项]?[^,。;:、]{0,4}?(?:"
                                 + alternation([*lex.heads, "活动"]) + ")"),
        # "A、B、C、D四个分论坛": a list closed by a count of gatherings (group 1: later items)
        "counted_close": re.compile(r"((?:(?:、|和|及|与|以及)[^,。;:、]{2,40}?)*)(?:(?:等)?[0-9一二两三四五六七八九十]+(?:个|场|项)"
                                    r"[^,。;:、]{0,4}?(?:" + alternation([*lex.heads, "活动"]) + ")|等[^,。;:、]{0,4}?活动"
                                    r"|等(?:分论坛|平行论坛|专题论坛|分会场|分会))"),  # (or "等分论坛": parts, not "等国际会议")
        # "名为“X”的大型学术会议": X names a gathering of that head ("主题为" gives a theme, no name)
        "named_as": re.compile(r"(?:名为|名叫|称为|题为|叫做|冠名为)[“「]([^“”「」,。]{2,40})[”」]的[^,。;]{0,10}?("
                               + alternation(lex.heads) + ")"),
        "other_edition": re.compile(lex.pattern("other_edition")),
        # "举办/辦理「X日」": a quoted day, festival or week held (no head noun of the lists ends it)
        # "第八届《醒狮传说》": an edition of a series named by its quoted title alone
        "edition_quoted": re.compile(r"(" + lex.words["edition"][0] + r")([《“「][^《》“”「」,。;]{2,30}[》”」])"),
        "held_quoted": re.compile(r"(?:" + alternation(lex.words["hold"]) + r")[“「]([^“”「」,。]{2,40}?[日节周])[”」]"),
        # a year (or two) and an edition opening a name, either in brackets: "2016(第四届)X", "第四届(2016)X"
        "lead": re.compile(r"((?:19|20)\d{2}(?:[-–—~/](?:19|20)?\d{2}(?!\d))?(?:年度|年)?)?"  # (or "2022-2023")
                           r"(?:\(?(" + lex.words["edition"][0] + r")\)?)?"
                           r"\(?((?:19|20)\d{2}(?:年度|年)?)?\)?"),
        # "三个分论坛分别是:A、B以及C": gatherings counted, then enumerated
        "enumerated": re.compile(r"[0-9一二两三四五六七八九十]+(?:个|场|项)[^,。;]{0,8}?(?:" + alternation(lex.heads)
                                 + r"|活动)[^,。;:]{0,6}?(?:[,，]?分别(?:是|为)|包括|如下)[:：]?"),  # ("八项重大活动,分别为:")
        "later_cue": re.compile(r"^(?:(?:上|下|本|今|明)?(?:月|周|年)?(?:[0-9一二三四五六七八九十]{1,2}月)?"
                                r"[0-9一二三四五六七八九十]{1,2}(?:至|到|-)?"
                                r"[0-9一二三四五六七八九十]{0,2}日)?"  # "A,上月5至8日在会展举行", "A5月8日在…举行"
                                # and its part and hours, then a comma: "A本月2日下午6时至9时,在泰京…举行"
                                r"(?:上午|下午|中午|晚上|晚间|傍晚)?(?:[0-9一二三四五六七八九十]{1,2}(?:时|点)(?:[0-9]{1,2}分)?"
                                r"(?:(?:至|到|-)[0-9一二三四五六七八九十]{1,2}(?:时|点)(?:[0-9]{1,2}分)?)?)?,?"
                                r"(?:将|定|拟|已|均|并|还|也|又)*(?:于|在)(?:[^,;:]{0,30}?|[^,;:]{0,40}?期间,[^,;:]{0,30}?)(?:"
                                + alternation(lex.words["hold"]) + ")"),
    }


@lru_cache(maxsize=1)
def holds_part() -> re.Pattern:
    """What follows an event that holds a part: "X的配套活动", "X之分论坛", "X的一项主要活动",
    "X期间举办的重大活动之一"."""
    return re.compile(r"[”」]?(?:期间(?:举办|举行|召开)的|的|之)(?:[一两三四五六七八九十]+[项个场])?(?:"
                      + lexicon().pattern("flagship") + ")")


@lru_cache(maxsize=1)
def _heads_by_last_char() -> dict[str, list[str]]:
    out: dict[str, list[str]] = {}
    for head in sorted(lexicon().heads, key=len, reverse=True):
        out.setdefault(head[-1], []).append(head)
    return out


@lru_cache(maxsize=1)
def _ref_words() -> list[str]:
    return sorted(lexicon().words["ref"], key=len, reverse=True)


# -- reading names -------------------------------------------------------------------
def mention_at(ctx: ZhArticle, pos: int, names_only: bool = True) -> EventMention | None:
    """The event mention starting at ``pos``, past 庆祝, 盛大的 and an opening quote ("的「2024亚太医学教育会议」")
    or, for references, past the word making one ("的本次推介会")."""
    first = pos
    lead = _BEFORE_HELD_NAME.match(ctx.text, pos)  # "举办庆祝国庆酒会", "举行盛大的春节招待会": the name after them
    pos = lead.end() if lead else pos
    while pos < len(ctx.text) and ctx.text[pos] in QUOTES:
        pos += 1
    if not names_only:
        pos += next((len(w) for w in _ref_words() if ctx.text.startswith(w, pos)), 0)
    at = [m for m in ctx.mentions if first <= m.start <= pos and not (names_only and m.ref)]
    return max(at, key=lambda m: (-m.start, m.end), default=None)  # the first, the longest there (a part's whole name)


def referred_is(ctx: ZhArticle, pos: int) -> EventMention | None:
    """The reference a sentence at ``pos`` opens with to say what the event is ("大会是X的系列活动")."""
    opening = mention_at(ctx, pos, names_only=False)
    return opening if opening is not None and opening.ref and _IS.match(ctx.text, opening.end) else None


def held_at(ctx: ZhArticle, pos: int) -> EventMention | None:
    """The event name a holding verb ending at ``pos`` holds, or a bare reference there whose head
    a named event has ("在北京举行招待会" after the headline's "…成立五周年招待会": the named one)."""
    named = mention_at(ctx, pos)
    if named is not None:
        return named
    bare = mention_at(ctx, pos, names_only=False)
    if bare is not None and bare.ref and bare.start == pos \
            and any(x.event and not x.ref and x.head == bare.head for x in ctx.mentions):
        return bare
    return None


def find_mentions(ctx: ZhArticle) -> list[EventMention]:
    """Every event name and event reference in the article, in text order, nested ones dropped."""
    pats = _patterns()
    by_last = _heads_by_last_char()
    found: list[EventMention] = []
    heads = lexicon().head_re
    for si, (a, b) in enumerate(ctx.sents):
        if not ctx.read(si):
            continue
        for head_start, end in _shaped_heads(ctx, a, b):
            mention = _read_name(ctx, si, head_start, end, ctx.text[head_start:end])
            if mention:
                found.append(mention)
        if not heads.search(ctx.text, a, b):
            found.extend(_references(ctx, si, found))
            continue
        # a word holding a head names no event (发展, 会展中心), one inside a longer head does (展示会)
        words = [m.span() for m in pats["not_head"].finditer(ctx.text, a, b)
                 if not (ctx.text[m.start() - 1:m.start()] in CLOSERS and m.group() in lexicon().word_set("about"))]
        # (but "“X”新闻发布会": a press conference a quoted title names)
        for end in _head_ends(ctx, a, b):
            for head in by_last.get(ctx.text[end - 1], ()):
                start = end - len(head)
                if ctx.text.startswith(head, start) and ctx.text.endswith("等", 0, start):
                    break  # "A论坛、B论坛等分论坛": the kind of the list's items, no name
                if start >= a and ctx.text.startswith(head, start) \
                        and not any(x < end and start < y and not start <= x < y <= end for x, y in words) \
                        and not pats["continued"].match(ctx.text, end) \
                        and not _inside_time(ctx, start) \
                        and not _organization_named_like_event(ctx, start, end, head) \
                        and not _person_named_like_event(ctx, end, head):
                    mention = _read_name(ctx, si, start, end, head)
                    if mention:
                        found.append(mention)
                    break
        found.extend(_references(ctx, si, found))
    found.extend(_tagged(ctx, found))
    found = _without_plain_twins(found)
    _quoted_activities(ctx, found)
    _of_parents(ctx, found)
    _whole_quotes(ctx, found)
    _about_events(ctx, found)
    found.sort(key=lambda m: (m.start, -m.end))
    kept = [m for m in found if not any(o is not m and o.start <= m.start and m.end <= o.end and m not in (o.parent, o.about)
                                        and (o.end - o.start) > (m.end - m.start) for o in found)
            and not _epithet(ctx, m) and not _TALLY.search(ctx.text, m.start, m.end)]
    for m in kept:
        _place_in_brackets(ctx, m)
    _link_aliases(ctx, kept)
    kept = sorted(kept + _short_names(ctx, kept), key=lambda m: m.start)
    kept = sorted(kept + _contractions(ctx, kept), key=lambda m: m.start)
    _counted_items(ctx, kept)
    for m in kept:
        m.cued = m.listed or _cued(ctx, m)
    closing = False  # in a list whose reported last item closes with 等 ("A,B,C等会议…举行")
    for x, y in reversed(list(zip(kept, kept[1:]))):  # "A及B,上月5至8日在会展举行": what reports B reports A
        closing = closing or y.cued and ctx.text.startswith("等", y.end)
        listed = _LIST_GLUE.fullmatch(ctx.text, x.end, y.start) or closing and ctx.text[x.end:y.start] in (",", "，")
        if y.cued and not x.cued and not x.ref and x.sent == y.sent and listed:
            x.cued = True
        closing = closing and bool(listed) and x.sent == y.sent
    return kept


#: a quoted praise a gathering is known by, not a gathering's name: "有“中国第一展”之称的广交会",
#: "被誉为“X”的Y"
_EPITHET_AFTER = re.compile(r"[”」](?:之称|之誉|的?美誉|的?美称|的?称号)")
_EPITHET_BEFORE = re.compile(r"(?:誉为|号称|堪称|素有|享有)[“「]$")


#: gatherings counted and added up, no name: "“1场闭门峰会+1个大会论坛+16个主题论坛”"
_TALLY = re.compile(r"[0-9一二两三四五六七八九十]+[场个项場個項][^+＋]{1,12}[+＋]")


def _epithet(ctx: ZhArticle, m: EventMention) -> bool:
    """Whether a mention is a quoted epithet of something else (:data:`_EPITHET_AFTER`)."""
    return not m.ref and (_EPITHET_AFTER.match(ctx.text, m.end) is not None
                          or _EPITHET_BEFORE.search(ctx.text, max(0, m.start - 4), m.start) is not None
                          and ctx.text.startswith("”的", m.end))


def _tagged(ctx: ZhArticle, found: list[EventMention]) -> list[EventMention]:
    """Names the trained tagger finds (:mod:`kg.extract.learned.tagger`) where the rules found none,
    or longer than the one name the rules found inside them ("2014年国际(亳州)中医药博览会" where
    the rules read only "(亳州)中医药博览会"), each ending in a head noun and checked as the rules
    check their own names; a longer one takes the place of the rules' name."""
    heads = lexicon().heads
    out = []
    for start, end in tagger.names(ctx.text, "zh"):
        start = _tagged_start(ctx, start, end)
        if _in_quote(ctx, start, end) or _unbalanced(ctx.text[start:end]):
            continue  # (nor "简称“X博会”)与Y博览会": a name closes no bracket it did not open)
        inside = [m for m in found if m.start < end and start < m.end]
        if inside and not (len(inside) == 1 and not inside[0].ref and start <= inside[0].start
                           and inside[0].end <= end and (start, end) != (inside[0].start, inside[0].end)):
            continue  # (two names inside, or a shorter one: the rules' reading stands)
        head = next((ctx.text[k:end] for k in range(max(start, end - 6), end - 1) if ctx.text[k:end] in heads), None)
        si = ctx.sent_of(start)
        if head is None or not ctx.read(si) or end > ctx.sents[si][1] \
                or not _tagged_words(ctx, start, inside[0].start if inside else end) \
                or inside and not _tagged_words(ctx, inside[0].end, end):
            continue
        mention = _mention(ctx, si, start, end - len(head), end, head)
        if mention is not None and not mention.ref:
            if inside:
                found.remove(inside[0])
            out.append(mention)
    return out


#: verbs by which someone holds or takes part in a gathering: a clause, no name, holds them
_CLAUSE_VERBS = frozenset({"举办", "举行", "召开", "出席", "参加", "主持", "致辞", "莅临"})
_CLAUSE_VERB = re.compile("(?:" + "|".join(sorted(_CLAUSE_VERBS)) + ")(?!.*(?:" + "|".join(sorted(_CLAUSE_VERBS)) + "))")
#: words before 活动 that make it a list's or another gathering's activities, no name's head
_LISTED_ACTIVITY = re.compile(r"[及和与、等]|相关|配套|系列|同期|主题$")
_PAIRS = (("(", ")"), ("“", "”"), ("「", "」"), ("《", "》"))


def _unbalanced(name: str) -> bool:
    """Whether ``name`` closes a bracket or a quote it did not open."""
    for opener, closer in _PAIRS:
        depth = 0
        for ch in name:
            depth += (ch == opener) - (ch == closer)
            if depth < 0:
                return True
    return False


def _tagged_start(ctx: ZhArticle, start: int, end: int) -> int:
    """Where a tagged name starts past an opening quote it does not close ("“大使论坛"), a
    publication's title, the words before a held name ("庆祝国庆酒会"), the words that end a
    name read leftwards (``event_words.tsv``: stop) and a count of editions closed by 的."""
    text = ctx.text
    if text[start] in QUOTES and CLOSERS[QUOTES.index(text[start])] not in text[start + 1:end]:
        start += 1
    elif text.startswith("《", start) and 0 < text.find("》", start, end) < end - 1:
        start = text.find("》", start, end) + 1  # "《湖光经济》湖州发展论坛": a publication's title before a name
    lead = _BEFORE_HELD_NAME.match(text, start, end)
    start = lead.end() if lead else start
    stop = lexicon().word_set("stop")
    i = ctx.token_at(start)
    while i < len(ctx.tok_start) and ctx.tok_start[i] == start and ctx.tok_text[i] in stop and ctx.tok_end[i] < end:
        start = ctx.tok_end[i]  # "首次湖州国际友城大会": a word that ends a name read leftwards opens none
        i += 1
    counted = _COUNTED_CLAUSE.search(text, start, end)
    if counted:
        start = counted.end()  # "举办十届的四川农博会": a count of editions (and 的) describes the name after it
    return start


def _named_before(ctx: ZhArticle, pos: int) -> bool:
    """Whether a name ends right before ``pos``: a head noun, 活动 or a closing quote."""
    return _ends_in_head(ctx, pos) or _ends_in_short_head(ctx, pos) or ctx.text.endswith("活动", 0, pos) \
        or ctx.text[pos - 1:pos] in CLOSERS


def _ends_in_short_head(ctx: ZhArticle, pos: int) -> bool:
    """Whether a one-character head ends a word right before ``pos`` ("美术交流展"), not a word that
    holds it and names no event ("发展", ``event_words.tsv``: not_head)."""
    return _ends_in_head(ctx, pos, 1) and not _patterns()["not_head_end"].search(ctx.text, max(0, pos - _LONGEST_WORD), pos)


def _in_quote(ctx: ZhArticle, start: int, end: int) -> bool:
    """Whether ``[start, end)`` starts inside a quote that closes after it ("“凝聚共识,携手推进——X论坛”"
    tagged from 携手): the quoted whole is the rules' to read."""
    a = ctx.sents[ctx.sent_of(start)][0]
    for opener, closer in zip(QUOTES[:4], CLOSERS[:4]):
        before = ctx.text.rfind(opener, a, start)
        if before >= 0 and ctx.text.find(closer, before, start) < 0 and ctx.text.find(closer, start) >= end:
            return True
    return False


def _tagged_words(ctx: ZhArticle, start: int, end: int) -> bool:
    """Whether the words of ``[start, end)`` outside quotes may stand in a name the tagger adds:
    no 暨 and no 和 or 、 after a name (A暨B, A和B are the rules' to join or keep apart, A、B a list),
    no 以及 (a list's last item), no verb that arranges or lists gatherings (设置, 包括), and no verb by which
    someone attends or holds one ("省委书记韩俊出席主论坛": a clause, not a name)."""
    lex = lexicon()
    joint, joiners = lex.word_set("joint"), lex.word_set("joiner")
    quoted = [q.span() for q in _QUOTED_PART.finditer(ctx.text, start, end)]
    i = ctx.token_at(start)
    while i < len(ctx.tok_start) and ctx.tok_start[i] < end:
        word = ctx.tok_text[i]
        if ctx.tok_end[i] > start and not any(a <= ctx.tok_start[i] < b for a, b in quoted) \
                and (word in joint or word in _CLAUSE_VERBS or _LIST_VERB.fullmatch(word) or _ARRANGED.fullmatch(word) or word == "以及"
                     or (word in joiners or word == "、") and _named_before(ctx, ctx.tok_start[i])):
            return False
        i += 1
    return True


def _counted_items(ctx: ZhArticle, mentions: list[EventMention]) -> None:
    """"设A、B、C、D四个分论坛", "A和B两场论坛", "举办A、B、C等活动": the names of a list closed by a
    count of gatherings, or by 等…活动, are listed (reported by the count, parts of the event the sentence is about)."""
    close = _patterns()["counted_close"]
    for m in mentions:
        if m.ref:
            continue
        found = close.match(ctx.text, m.end)
        if found and (found.group(1) or ctx.text[m.start - 1:m.start] in _LIST_SEPARATORS):
            m.listed = True
            verbs = [v for v in _LIST_VERB.finditer(ctx.text, m.start, m.end - len(m.head))
                     if v.start() == m.start or _ends_in_head(ctx, v.start())]
            if verbs and m.core_start <= verbs[-1].end():  # "(论坛)设A、B…": the verb is no part of A
                m.start = m.core_start = verbs[-1].end()


def _of_parents(ctx: ZhArticle, found: list[EventMention]) -> None:
    """"A论坛之“主题”视频会", "A论坛“主题”视频会": the name after A's head (and 之) runs from A,
    the event it is part of (kept too)."""
    for m in found:
        at = m.start
        while at > 0 and ctx.text[at - 1] in QUOTES:
            at -= 1
        if m.ref:
            continue
        if ctx.text.startswith("之", at - 1):
            parent = next((p for p in found if p.end == at - 1 and not p.ref and p.sent == m.sent), None)
        elif at < m.start or ctx.text[m.start:m.start + 1] in QUOTES:  # "A年会“主题”专场活动": A, then the part
            parent = next((p for p in found if p.end == at and not p.ref and p.sent == m.sent and p.head != m.head
                           and p.core[1] - p.core[0] > len(p.head)), None)
        else:  # the quoted theme right after the whole's head, then the part's own head
            parent = next((p for p in found if p is not m and p.start == m.start and p.end < m.end - 2 and not p.ref
                           and ctx.text[p.end:p.end + 1] in QUOTES and p.core[1] - p.core[0] > len(p.head)), None)
        if parent is not None:
            m.parent, m.start = parent, parent.start
        elif (dashed := _dashed_parent(ctx, m, found)) is not None:
            m.parent = dashed


#: the head of a part named after its whole and a dash ("第十六届海峡论坛—卫生与健康分论坛")
_PART_HEAD = re.compile(r"(?:分论坛|分会场|专场|平行论坛|专题论坛|主题论坛|子论坛|分会)$")
_NAME_DASH = re.compile(r"——|—|--|─")


def _dashed_parent(ctx: ZhArticle, m: EventMention, found: list[EventMention]) -> EventMention | None:
    """The whole a part's name opens with before a dash ("第十六届海峡论坛—卫生与健康分论坛": the
    海峡论坛), found or added to ``found``; None when the name is no such part's."""
    if m.ref or not _PART_HEAD.search(ctx.text, m.start, m.end):
        return None
    dash = _NAME_DASH.search(ctx.text, m.core_start + 2, m.end - len(m.head))
    if dash is None or not _ends_in_head(ctx, dash.start()):
        return None
    head = next(h for h in sorted(lexicon().heads, key=len, reverse=True) if ctx.text.endswith(h, 0, dash.start()))
    whole = next((x for x in found if x.start == m.start and x.end == dash.start()), None) \
        or _mention(ctx, m.sent, m.start, dash.start() - len(head), dash.start(), head)
    if whole is None or whole.ref:
        return None
    if whole not in found:
        found.append(whole)
    return whole


def _about_events(ctx: ZhArticle, found: list[EventMention]) -> None:
    """"第十八届X高峰会推介会": a name of a gathering held about another event (event_words.tsv:
    about) opens with that event's whole name, an event of its own, added to ``found``."""
    about, heads = lexicon().word_set("about"), _heads_by_last_char()
    for m in list(found):
        word = max((w for w in about if ctx.text.endswith(w, 0, m.end)), key=len, default=m.head)  # (新闻|发布会)
        head_start = m.end - len(word) if ctx.text.endswith(word, 0, m.end) else None
        if m.ref or m.head not in about or head_start is None or head_start - m.core_start < 3:
            continue
        quoted = ctx.text[m.start] in QUOTES and ctx.text[head_start - 1] in CLOSERS  # "“X”新闻发布会": X in quotes
        start, end = (m.start + 1, head_start - 1) if quoted else (m.start, head_start)
        inner = next((h for h in heads.get(ctx.text[end - 1], ()) if ctx.text.endswith(h, m.core_start, end)
                      and end - len(h) > m.core_start), None)
        if inner is None or inner in about:
            continue
        mention = next((x for x in found if x.start == start and x.end == end), None)  # read already
        if mention is None:
            mention = _mention(ctx, m.sent, start, end - len(inner), end, inner)
            if mention is not None and not mention.ref:
                found.append(mention)
        if mention is not None and not mention.ref:
            m.about = mention


def _whole_quotes(ctx: ZhArticle, found: list[EventMention]) -> None:
    """A name that ends a quoted text runs from the quote's start: the quotes delimit it
    ("“商贸对接会暨传统医药研讨会”在…举行" is one name, not its last part)."""
    for m in found:
        dotted = _DOTTED_PLACE.match(ctx.text, m.end)
        if dotted and not m.ref and get_gazetteer().find(dotted.group(1), "zh"):
            m.core_end, m.end = m.core_end or m.end, dotted.end()  # "「香港工展会•澳门」": the name, a dot, its place
            m.year = m.year or dotted.group(2)
        if m.ref or m.end >= len(ctx.text) or ctx.text[m.end] not in "”」":
            continue
        opener = ctx.text.rfind("“" if ctx.text[m.end] == "”" else "「", max(ctx.sents[m.sent][0], m.start - 40), m.start)
        inner = ctx.text[opener + 1:m.start] if opener >= 0 else ""
        themed = inner.endswith(("——", "—")) and not re.search(r"[”」。;!?]", inner)  # "“主题,主题——X论坛”"
        if opener >= 0 and inner and (themed or not re.search(r"[”」,。;:!?]", inner)):
            m.start = opener + 1
            lead = _patterns()["lead"].match(ctx.text, m.start, m.end)
            m.core_start = lead.end()
            m.year = m.year or (lead.group(1) or lead.group(3) or "")[:4] or None  # 「2016年…研討會」
            m.edition = m.edition or lead.group(2) or None


def _shaped_heads(ctx: ZhArticle, a: int, b: int) -> list[tuple[int, int]]:
    """Heads no list holds, found by their shape: a noun + 会 that a time, place or holding
    word follows ("…视频会在昆明举行", "数字音乐会于") is a gathering's head (视频会, 音乐会),
    also when the tagger reads the name and its head as one word ("…新春联谊会在"), unless
    the word ends as an organization's name does (…商会, …委员会); a word tagged as an
    organization only when a year or an edition comes just before it ("2025“…”…联谊会在"); and the
    last word of a name an edition opens, said to be held ("第22届…巡讲活动在金华举行")."""
    out = []
    lo = ctx.token_at(a)
    heads, orgs, blocked = lexicon().heads, lexicon().suffixes("org"), lexicon().word_set("not_head")
    for i in range(lo + 1, len(ctx.tok_text) - 1):
        if ctx.tok_start[i] >= b:
            break
        word = ctx.tok_text[i]
        if ctx.tok_tag[i] in ("n", "vn", "v") and len(word) >= 2 and not lexicon().head_re.search(word) \
                and _HOLDING_AFTER.match(ctx.text, ctx.tok_end[i]) and _edition_led(ctx, a, ctx.tok_start[i]):
            out.append((ctx.tok_start[i], ctx.tok_end[i]))  # "第22届…巡讲活动在金华举行", "第31次…高官磋商将于…举行"
            continue
        after = i + 2 if ctx.tok_text[i + 1] in ("”", "」") and i + 2 < len(ctx.tok_text) else i + 1
        if ctx.tok_text[after] not in _AFTER_SHAPED_HEAD or any(word.endswith(w) for w in blocked) \
                or word == "会" and ctx.tok_text[i - 1] + "会" in blocked:
            continue  # (a closing quote may come between: "“…纪念联谊会”,15日在台北举行"; not "…吹风会")
        if word == "会" and _noun_before_hui(ctx, i) and ctx.tok_text[i - 1] + "会" not in heads:
            out.append((ctx.tok_start[i - 1], ctx.tok_end[i]))
        elif len(word) >= 3 and word.endswith("会") and not any(word.endswith(h) for h in heads) \
                and (not any(word.endswith(o) for o in orgs) and ctx.tok_tag[i] in ("n", "nz", "vn")
                     or ctx.tok_tag[i] in ("n", "nz", "vn", "ORG")
                     and _EDITION_BEFORE.search(ctx.text, max(0, ctx.tok_start[i] - 16), ctx.tok_start[i])):
            out.append((ctx.tok_end[i] - 3, ctx.tok_end[i]))  # one word: "…新春联谊会在北京举行"
    return out


def _noun_before_hui(ctx: ZhArticle, i: int) -> bool:
    """Whether the word before a 会 at token ``i`` makes it a gathering's head: a short noun
    ("视频会"), or a two-character verb after a noun ("…合作推进会", "…产业启动会"; not the modal 会
    after a body's name: "X协会会在…")."""
    before = ctx.tok_text[i - 1]
    if ctx.tok_tag[i - 1] in ("n", "nz", "vn"):
        return len(before) <= 2
    return ctx.tok_tag[i - 1] == "v" and len(before) == 2 and i >= 2 and ctx.tok_tag[i - 2] in ("n", "nz", "vn", "an")


def _edition_led(ctx: ZhArticle, floor: int, pos: int) -> bool:
    """Whether an edition opens a short run of words ending at ``pos``, or stands right before it, and
    no head noun of the lists is in between (else the name ended at that head: "第二十一届X年会|拟定于…举办")."""
    lead = _patterns()["edition_led"].search(ctx.text, max(floor, pos - 24), pos)
    if lead is None:  # "…文化部长第十五次|会晤…举行": an edition right before the word
        lead = _patterns()["edition_end"].search(ctx.text, max(floor, pos - 8), pos)
    return lead is not None and not lexicon().head_re.search(ctx.text, lead.start(), pos)


def _quoted_activities(ctx: ZhArticle, found: list[EventMention]) -> None:
    """Quoted names of activities, added to ``found``: "“A”“B”等五项活动" (a counted list of
    quoted names: each one is an event, whatever it ends in), "“X”活动" (a quoted name
    followed by 活动), "举办「X日」" (a quoted day, festival or week held), "第八届《X》" (an
    edition of a series named by its title alone) and "名为“X”的…会议" (a gathering named X).
    The count reports the listed ones."""
    for si, (a, b) in enumerate(ctx.sents):
        if not ctx.read(si):
            continue
        runs = [(run, [q for q in _QUOTED_ITEM.finditer(run.group(1)) if len(q.group(1)) >= 4])
                for run in _QUOTED_RUN.finditer(ctx.text, a, b)]
        runs += [(run, items) for run in _ARRANGED_RUN.finditer(ctx.text, a, b)
                 if (items := _arranged_items(ctx, run)) and not any(r.start() <= run.start(1) < r.end() for r, _ in runs)]
        for run, items in runs:
            if len(items) < 2 and run.re is _QUOTED_RUN:
                continue
            for q in items:
                start, end = run.start(1) + q.start(1), run.start(1) + q.end(1)
                same = next((f for f in found if f.start == start and f.end == end), None)
                if same is not None:
                    same.listed = True
                elif not any(f.start <= start and end <= f.end for f in found):
                    title = ctx.text[start:end]  # (an arranged item keeps its own head: "“…成就展”" is a show)
                    head = "活动" if run.re is _QUOTED_RUN else _head_of(title)
                    found.append(EventMention(start, end, head, si, start, listed=True))
        _shared_head_items(ctx, si, found)
        for q in _QUOTED_ACTIVITY.finditer(ctx.text, a, b):
            if not any(f.start <= q.start() < f.end for f in found):
                lead = _patterns()["edition_end"].search(ctx.text, max(a, q.start() - 8), q.start())
                start = q.start() - (len(lead.group()) if lead else 0)  # "第一届“X”活动": its edition
                if lead:
                    found.append(EventMention(start, q.end(), "活动", si, q.start(), edition=lead.group()))
                else:  # "“X”活动", "“X”首场活动" are also named X
                    close = max(ctx.text.rfind(c, q.start(), q.end()) for c in "”」")
                    plain = _ACTIVITY_KIND.fullmatch(ctx.text, close + 1, q.end() - 2)
                    found.append(EventMention(start, q.end(), "活动", si, q.start() + 1 if plain else q.start(),
                                              core_end=close if plain else None))
        for q in _patterns()["held_quoted"].finditer(ctx.text, a, b):  # 在臺北賓館辦理「…國際組織日」
            start, end = q.span(1)
            if not _proper(ctx, start, end):
                continue  # "办理「退税日」手续": a plain kind of day, not a named one
            if not any(f.start <= start < f.end for f in found):
                found.append(EventMention(start, end, "活动", si, start))
        for q in _patterns()["edition_quoted"].finditer(ctx.text, a, b):  # 第八届《醒狮传说》
            if q.group(2)[1:-1].endswith(tuple(lexicon().words["award"])):
                continue  # "第四届“X奖”": an award's edition, no gathering
            if not any(f.start <= q.start() < f.end or f.start < q.end() <= f.end for f in found):
                title = q.group(2)[1:-1]
                head = _head_of(title)
                found.append(EventMention(q.start(), q.end(), head, si, q.start(2), edition=q.group(1)))
        for q in _patterns()["named_as"].finditer(ctx.text, a, b):  # 名为“X”的大型学术会议
            start, end = q.span(1)
            if not any(f.start <= start < f.end for f in found):
                found.append(EventMention(start, end, q.group(2), si, start))


def _abbreviated_pair_at(ctx: ZhArticle, j: int) -> bool:
    """Whether token ``j`` closes "中-非": a proper pair of one-character abbreviations (``event_words.tsv``:
    proper, "中非") written with a dash between them."""
    pair = ctx.tok_text[j - 2] + ctx.tok_text[j]
    return ctx.tok_text[j - 1] in _HYPHENS and len(pair) == 2 and _patterns()["proper"].fullmatch(pair) is not None


def _shared_head_items(ctx: ZhArticle, si: int, found: list[EventMention]) -> None:
    """The parts a :data:`_SHARED_HEAD_RUN` lists, added to ``found``, each named by its topic
    and the shared head ("工业软件分论坛"); a quoted topic already found takes the head too."""
    for run in _SHARED_HEAD_RUN.finditer(ctx.text, *ctx.sents[si]):
        items = list(re.finditer(r"[^、]+", run.group(1)))
        if len(items) != number(run.group(2)):
            continue
        head = ctx.surface(*run.span(3))  # (as the text writes it: "分論壇")
        for item in items:
            start, end = run.start(1) + item.start(), run.start(1) + item.end()
            if ctx.text[start] in QUOTES and ctx.text[end - 1] in CLOSERS:
                start, end = start + 1, end - 1
            named = next((f for f in found if f.start == start and f.end < end), None)
            if named is not None and ctx.text[named.end] in "与和及":  # "举办X主论坛与A、B…": A begins after X
                start = named.end + 1
            same = next((f for f in found if f.start == start and f.end == end), None)
            if same is not None:
                same.shared_head = head
            elif not any(f.start < end and start < f.end for f in found):
                found.append(EventMention(start, end, run.group(3), si, start, listed=True, shared_head=head))


def _head_of(title: str) -> str:
    """The head noun a quoted title ends in, else 活动 ("“…成就展”" is a show, "“…嘉年华”" an activity)."""
    return next((h for h in _heads_by_last_char().get(title[-1:], ()) if title.endswith(h)), "活动")


def _arranged_items(ctx: ZhArticle, run: re.Match) -> list[re.Match]:
    """The quoted items of an :data:`_ARRANGED_RUN` that name activities: all of them when a kind of
    part opens the run or 活动 closes it, else each that ends as a gathering does (展, 节, 嘉年华 …)."""
    items = [q for q in _QUOTED_ITEM.finditer(run.group(1)) if len(q.group(1)) >= 4]
    opened = not _ARRANGING.match(run.group())
    if opened and len(items) < 2:
        return []
    if opened or run.group(2):
        return items
    return [q for q in items if _EVENT_ENDING.search(normalise(q.group(1)))]


def _references(ctx: ZhArticle, si: int, found: list[EventMention]) -> list[EventMention]:
    """"该活动", "此次盛会": references by a noun that is no head of a name."""
    a, b = ctx.sents[si]
    out = []
    for m in _patterns()["ref_noun"].finditer(ctx.text, a, b):
        if not any(f.start <= m.start() < f.end for f in found):
            noun = next(n for n in lexicon().words["ref_noun"] if m.group().endswith(n))
            out.append(EventMention(m.start(), m.end(), noun, si, m.start(), ref=True))
    return out


def _inside_time(ctx: ZhArticle, pos: int) -> bool:
    """True when ``pos`` is the 年 closing a year ("二〇二五年|会举办": 年会 is no head there)."""
    i = ctx.token_at(pos)
    return ctx.tok_tag[i] == "TIME" and ctx.tok_start[i] < pos and ctx.tok_end[i] == pos + 1 and ctx.text[pos] == "年"


def _organization_named_like_event(ctx: ZhArticle, start: int, end: int, head: str) -> bool:
    """"星河励展": a one-character head closing an organization's name (unless the name is
    marked as an event's: "第十届|澳门国际康复展", a word such as 国际 in it)."""
    i = ctx.token_at(end - 1)
    if len(head) > 1 or ctx.tok_tag[i] != "ORG":
        return False
    before = ctx.tok_text[i - 1] if i > 0 else ""
    marked = _patterns()["edition"].fullmatch(before) or _YEAR.fullmatch(before)
    return not (marked or _patterns()["proper"].search(ctx.text, ctx.tok_start[i], end))


def _person_named_like_event(ctx: ZhArticle, end: int, head: str) -> bool:
    """"…关系大使高鈗周": a one-character head closing a name of two or three characters (a surname
    first) right after a person's title is the end of the person's name, not a gathering's."""
    if len(head) > 1:
        return False
    surnames = lexicon().surnames
    return any(ctx.text[end - k] in surnames and _patterns()["title_end"].search(ctx.text, max(0, end - k - 8), end - k)
               for k in (2, 3) if end - k >= 0)


def _head_ends(ctx: ZhArticle, a: int, b: int) -> list[int]:
    """Where a head noun may end: word ends, and places where the tagger glued a
    function word to the head ("创新周将于…": 周|将)."""
    glued = _patterns()["glued"]
    ends = []
    for ti in range(ctx.token_at(a), len(ctx.tok_end)):
        start, end = ctx.tok_start[ti], ctx.tok_end[ti]
        if end > b:
            break
        ends.extend(p for p in range(start + 1, end) if glued.match(ctx.text, p))
        ends.append(end)
    return ends


def _read_name(ctx: ZhArticle, si: int, head_start: int, end: int, head: str) -> EventMention | None:
    lex = lexicon()
    stop, joiners, joint = lex.word_set("stop"), lex.word_set("joiner"), lex.word_set("joint")
    edition = _patterns()["edition"]
    a = ctx.sents[si][0]
    i = ctx.token_at(head_start)
    start = max(ctx.tok_start[i], a, head_start - _LONGEST_NAME)
    prefix = ctx.text[start:head_start]
    if prefix and (prefix in stop or any(prefix.endswith(w) for w in stop if len(w) > 1)):
        return _mention(ctx, si, head_start, head_start, end, head)  # "出席会议" read as one word
    j = i - 1
    floor = max(a, head_start - _LONGEST_NAME)
    while j >= 0 and ctx.tok_start[j] >= floor:
        word, tag = ctx.tok_text[j], ctx.tok_tag[j]
        if word in _OPENERS:
            titled = lex.head(head).type in _TITLED_TYPES and _kind_words(ctx, j + 1, head_start)
            if word == "》" and ctx.text[ctx.tok_end[j]:head_start] not in ("", "主题", "专题") and not titled:
                break  # "《大陆经济》X论坛": a title before a name is a publication's (but "《X》图片展" is named by it)
            between = ctx.text[ctx.tok_end[j]:head_start]
            if _OPENERS[word] in QUOTES and between and _COUNT.fullmatch(between) \
                    and _ends_in_head(ctx, ctx.tok_start[j]):
                start = ctx.tok_end[j]
                break  # "“A论坛”“B论坛”三大平行论坛": quoted names the count counts, not one name
            opener = ctx.text.rfind(_OPENERS[word], max(a, ctx.tok_start[j] - 40), ctx.tok_start[j])
            inner = ctx.text[opener + 1:ctx.tok_start[j]]
            if opener < 0 or (word == ")" and (len(inner) > 12 or re.search(r"\s|记者|采访人员|通讯员|摄影", inner))):
                break  # "(记者 薄雯雯)" is a byline, not part of a name
            start = opener
            j = ctx.token_at(opener) - 1
            continue
        if len(word) > 1 and word[0] in joint and tag == "c":
            start = ctx.tok_start[j] + 1  # the tagger's "暨澜湄合|作…论坛": 暨 joins two names, the rest opens this one
            break
        if word in joint or word in joiners:
            left = ctx.tok_start[j]
            # a one-character head ends a name before a quoted one: "“A”乐器展和“B”电影展"
            shortest = 1 if ctx.text[ctx.tok_end[j]:ctx.tok_end[j] + 1] in QUOTES else 2
            if j == 0 or ctx.tok_tag[j - 1] not in _NAME_TAGS | {"w"} or _ends_in_head(ctx, left, shortest) \
                    or _DECLARATION_END.search(ctx.text, max(a, left - 24), left) \
                    or word in joiners and _ends_in_short_head(ctx, left) \
                    or _ends_in_opening(ctx, left) or ctx.tok_text[j - 1] in stop:
                break
            if ctx.tok_tag[j - 1] == "w" and ctx.tok_text[j - 1] not in _OPENERS:
                break
            start = left
            j -= 1
            continue
        if word in lex.heads and ctx.tok_tag[j + 1] in ("ORG", "v") and ctx.tok_start[j + 1] < head_start:
            break  # "…欢迎晚宴|中华文化交流协会…就职典礼", "新闻发布会|介绍…论坛": a head ends one name
        if j > 0 and ctx.tok_tag[j - 1] == "PER" and any(word.endswith(t) for t in lex.titles):
            break  # "…中心李晓雪副书记|代表会议主办方致辞": a person and their title end the words before
        if word in stop and not (j > 0 and ctx.tok_tag[j - 1] in ("ORG", "nt") and word in lex.org_suffixes):
            break  # but "上海合作|组织|…博览会": the verb 组织 ends an organization's name
        if word in _HYPHENS and j > 0 and (ctx.tok_tag[j - 1] in _NAME_TAGS or ctx.tok_text[j - 1] in _OPENERS
                                           or word == "-" and ctx.tok_text[j - 1] == word):
            # 中国-东盟, 中国--葡语国家; "“发现中东欧”—中东欧…展": a quoted title before a dash
            start = ctx.tok_start[j]
            j -= 1
            continue
        if tag == "f" and (len(word) > 1 or word in "内外" and j > 0 and ctx.tok_text[j - 1] in ("国", "境", ")")):
            # 西部, 东北; "国(境)外驻渝…座谈会"
            start = ctx.tok_start[j]
            j -= 1
            continue
        if tag == "f" and word == "中" and (j == 0 or ctx.tok_tag[j - 1] not in _NAME_TAGS):
            start = ctx.tok_start[j]  # "举办了|中|老…论坛": China's 中 of a bilateral name (not "活动中")
            if j > 0 and ctx.tok_text[j - 1] in joint:
                j -= 1  # "A暨|中|柬老缅泰村长论坛": the joined name goes on before 暨
                continue
            break
        if tag == "TIME" and (_SEASON.fullmatch(word) or word in _ERA_WORDS):  # "外国领事馆|新春|座谈会", "现代|农业…论坛"
            start = ctx.tok_start[j]
            j -= 1
            continue
        if j > 1 and _abbreviated_pair_at(ctx, j):  # "暨中-非能源电力大会": two countries' abbreviations and a dash
            start = ctx.tok_start[j - 2]
            j -= 3
            continue
        if tag not in _NAME_TAGS and (proper := _proper_across(ctx, ctx.tok_start[j], start)) is not None:
            start = proper  # 一带|一|路, 印|太: a numeral or a mis-tagged word inside a proper word (一带一路, 印太)
            j = ctx.token_at(proper) - 1
            continue
        if tag == "m" and _IDIOM_NUMERAL.fullmatch(word if len(word) > 1 else word + ctx.tok_text[j + 1][:1]) \
                and j > 0 and ctx.tok_tag[j - 1] in _NAME_TAGS and ctx.tok_tag[j + 1] in _NAME_TAGS:
            # "葡光|十色|艺术家作品展": a numeral inside a coined word, no count; "两岸|四|地…论坛",
            # "东北|四|市外…座谈会": a count of places inside a name (not "三|场…", "四|个…")
            start = ctx.tok_start[j]
            j -= 1
            continue
        if tag == "m" and not _COUNTING.match(word) and not _COUNT.fullmatch(word):
            start = ctx.tok_start[j]  # "多元|文化晚会": a word the tagger reads as a numeral, no count (not "多家")
            j -= 1
            continue
        if tag in ("m", "TIME"):
            if j > 0 and edition.fullmatch(ctx.tok_text[j - 1] + word):  # "第四届|四次|理事会议": a term's sitting
                start = ctx.tok_start[j - 1]
                j -= 2
                continue
            if _YEAR.fullmatch(word) or edition.fullmatch(word) or _YEAR_GLUED.fullmatch(word) \
                    or _CENTURY.fullmatch(word) or _ANNIVERSARY.fullmatch(word) or _LUNAR_YEAR.match(word) \
                    or _FOUNDING_YEARS.fullmatch(word) and ctx.text.endswith(_FOUNDING_VERBS, 0, ctx.tok_start[j]) \
                    or word in _CALENDARS and ctx.text[ctx.tok_end[j]:ctx.tok_end[j] + 1].isdigit() \
                    or _ERA_YEAR.fullmatch(word) and ctx.text.endswith(_ERA_PLACES, 0, ctx.tok_start[j]):
                # "21世纪…论坛", "成立二十周年…研讨会", "建国一百年…餐会", "中华民国105年国庆酒会" (the calendar of its year),
                # "中华民国台湾114年双十国庆晚会", "壬寅年新春招待会", "蛇年新春庙会"
                start = ctx.tok_start[j]
                j -= 1
                continue
            break
        if tag not in _NAME_TAGS and not (tag == "d" and j > 0 and ctx.tok_tag[j - 1] in _BEFORE_INNER_ADVERB):
            break  # but "中国|对外|投资合作洽谈会": an adverb inside a name, after a place or noun
        if tag == "v" and len(word) > 1 and ctx.tok_tag[j + 1] == "ORG" and ctx.tok_start[j + 1] < head_start:
            break  # "…利用|博鳌亚洲论坛2021年年会": a verb before a body's name opening the event's is the clause's
        if tag == "v" and len(word) > 1 and j > 0 and (ctx.tok_tag[j - 1] == "ORG"
                                                       or _patterns()["org_end"].search(ctx.tok_text[j - 1])) \
                and ctx.tok_tag[j + 1] in ("v", "LOC", "ORG") and ctx.tok_start[j + 1] < head_start \
                and not _ANNIVERSARY.match(ctx.text, ctx.tok_end[j]) and word not in lex.org_suffixes:
            # (but "X协会成立二十周年…研讨会", and the tagger's verb 组织 ending "上海合作|组织")
            break  # "驻西班牙代表处|办理|庆祝…国庆酒会": a body and its verb are the clause's subject and verb
        start = ctx.tok_start[j]
        j -= 1
    if ctx.text[start - 1:start] == "、":  # "第70届中国国际医药原料药、中间体、包装设备交易会": items of one name
        listed = _patterns()["edition_listed"].search(ctx.text, max(a, start - 60), start)
        ends = [listed.start() + k.start() for k in re.finditer("、", listed.group())] if listed else []
        if listed and not any(_ends_in_head(ctx, e) or _ends_in_short_head(ctx, e) or _ends_in_opening(ctx, e)
                              for e in ends):
            return _mention(ctx, si, listed.start(), head_start, end, head)  # (not a list of names, nor "X开幕式、Y论坛")
    k = ctx.token_at(start)
    if ctx.tok_tag[k] in ("ad", "d") and ctx.tok_start[k] == start and k + 1 < len(ctx.tok_tag) \
            and ctx.tok_tag[k + 1] == "v" and ctx.tok_end[k + 1] < head_start:
        start, k = ctx.tok_start[k + 1], k + 1  # "精心|设置|…大会": the adverb goes with the clause's verb
    if ctx.tok_tag[k] == "v" and ctx.tok_start[k] == start and head_start - ctx.tok_end[k] >= (1 if head in _ABBREVIATED else 2) \
            and not ctx.tok_text[k].startswith("驻") and not _founding_anniversary(ctx, k) \
            and (ctx.text[start - 1:start] not in _ITEM_STARTS or ctx.text[ctx.tok_end[k]:ctx.tok_end[k] + 1] in QUOTES
                                                        or k + 1 < len(ctx.tok_text) and edition.fullmatch(ctx.tok_text[k + 1])):
        start = ctx.tok_end[k]  # "为庆祝|中葡论坛…", "介绍|投洽会": a verb before a name is the clause's (not a list item's
        # first word, unless an edition follows it: ",通报|第五届X博览会情况")
    role = [r for r in _patterns()["role_verb"].finditer(ctx.text, start, head_start)
            if ctx.tok_end[ctx.token_at(r.end() - 1)] == r.end()]  # (not 主办 inside the noun 主办单位)
    if role:
        start = role[-1].end()  # "和侨会合办|日本.台湾…交流会": a role verb the tagger glued on belongs to the clause
    manner = next((w for w in lex.word_set("manner") if ctx.text.startswith(w, start)), None)
    if manner and head_start - start > len(manner) + 1:
        start += len(manner)  # "举行|盛大国庆|招待会": how it is held is no part of its name
    return _mention(ctx, si, start, head_start, end, head)


#: a short name declared in brackets ends the name before it: "A博览会(以下简称“A博会”)与B博览会"
_DECLARATION_END = re.compile("(?:" + DECLARED.pattern + ")$")


def _superlative_inside(ctx: ZhArticle, start: int, head_start: int) -> bool:
    """Whether a superlative adjective in a name's words qualifies a noun after it ("世界最美|海湾|摄影展":
    the bays are the most beautiful, the name says so) rather than the gathering ("最大|展会", "最大的展会")."""
    k = ctx.token_at(start)
    while k < len(ctx.tok_tag) and ctx.tok_end[k] <= head_start:
        if ctx.tok_text[k].startswith("最"):
            nxt = k + 1
            return ctx.tok_tag[k] == "a" and nxt < len(ctx.tok_tag) and ctx.tok_end[nxt] <= head_start \
                and ctx.tok_tag[nxt] in ("n", "nz", "LOC", "ORG", "s")
        k += 1
    return False


def _founding_anniversary(ctx: ZhArticle, k: int) -> bool:
    """True for a founding verb before the years it counts ("建国|61周年", "建交|30年"): part of the name."""
    after = ctx.tok_text[k + 1] if k + 1 < len(ctx.tok_text) else ""
    return ctx.tok_text[k] in _FOUNDING_VERBS and bool(_ANNIVERSARY.fullmatch(after) or _FOUNDING_YEARS.fullmatch(after))


def _kind_words(ctx: ZhArticle, start: int, end: int) -> bool:
    """Whether ``text[start:end]`` is a few common words saying what kind of exhibition follows
    ("《X》图片展", "《X》主题图片展"): no place, organization or proper word."""
    if start >= len(ctx.tok_tag) or not 0 < end - ctx.tok_start[start] <= 6:
        return False
    k = start
    while k < len(ctx.tok_tag) and ctx.tok_end[k] <= end:
        if ctx.tok_tag[k] not in ("n", "vn", "a", "b"):
            return False
        k += 1
    return True


def _proper_across(ctx: ZhArticle, pos: int, start: int) -> int | None:
    """Where a proper word (``event_words.tsv``: proper) covering ``pos`` and reaching the name
    read so far (which starts at ``start``) begins, if one does."""
    for m in _patterns()["proper"].finditer(ctx.text, max(0, pos - 8), start + 8):
        if m.start() <= pos < m.end() and m.end() >= start and len(m.group()) > 1:
            return m.start()
    return None


def _mention(ctx: ZhArticle, si: int, start: int, head_start: int, end: int, head: str) -> EventMention | None:
    lex = lexicon()
    text = ctx.text
    if _patterns()["other_edition"].search(text, max(ctx.sents[si][0], start - 3), start + 3):
        return None  # "下一届研讨会": another edition, no event of this article
    after = DECLARED.match(text, end)
    officer = lex.title_re.match(text, after.end() if after else end)
    if officer and not text.startswith(("国", "团", "单位"), officer.end()):
        return None  # "日华议员恳谈会(简称日华恳)干事长古屋圭司", "博鳌亚洲论坛秘书长": a body's officer, no gathering
    clause = _CLAUSE_VERB.search(text, start, head_start)
    if clause:  # "…书记韩俊出|席主|论坛": a verb the tokens split, read into the name, ends the words before it
        start = clause.end()
    slogan = _SLOGAN_BEFORE.search(text, max(ctx.sents[si][0], start - 40), start)
    if slogan and slogan.group(1):  # "2023年“喜迎春来,携手共进”——迎春招待会": the year, the slogan, the name
        start = slogan.start()
    m = _patterns()["lead"].match(text, start, end)
    year = (m.group(1) or m.group(3) or "")[:4] or None
    era = _ERA_LEAD.match(text, start, end)
    if year is None and era:  # "中华民国105年国庆酒会": the year 2016
        year = str(ERA_BASE + int(era.group(1)))
    core_start = m.end()
    modifier = text[core_start:head_start].strip("“”\"")
    info = lex.head(head)
    mention = EventMention(start, end, head, si, core_start, year=year, edition=m.group(2) or None)
    trailing = _TRAILING_YEAR.match(text, end)
    if trailing:  # "…研讨大会2024"
        mention.core_end, mention.end = end, trailing.end()
        mention.year = mention.year or trailing.group()
    quoted = _QUOTED_NAME_LEAD.search(text, max(ctx.sents[si][0], start - 12), start) \
        if text[end:end + 1] in "”」" else None
    if quoted and (quoted.group(1) or quoted.group(2)) and not mention.year and not mention.edition:  # "第十三届“X论坛”": the edition before the quotes
        mention.start, mention.core_end, mention.end = quoted.start(), end, end + 1
        mention.year = (quoted.group(1) or "")[:4] or None
        mention.edition = quoted.group(2) or None
    if (org_word := _patterns()["org_word"].match(text, head_start)) and org_word.end() > end:
        return None  # "大阪商工会议所": the head opens an organization's word, no gathering
    if _INSTITUTION_AFTER.match(text, end):
        return None  # "中葡论坛常设秘书处", "中葡论坛(澳门)成立二十周年", "论坛机制": the institution, not a gathering
    if _HOST_LIST.match(text, end):
        return None  # "联合国贸发会议、联合国工发组织…等六大国际组织联合主办": a body in a list of hosts
    if head == "活动" and (_named_before(ctx, head_start) or _LISTED_ACTIVITY.search(text, start, head_start)):
        return None  # "X教育展活动", "“X对话会”活动", "X开幕式及相关活动": another gathering's, or a list's, activities
    if head in lex.word_set("edition_head") and not _patterns()["edition"].search(text, start, end) \
            and not ((m.group(1) or "").isdigit() and len(modifier) >= 4):
        return None  # 节 names a festival only after an edition or a bare year ("2025海峡两岸社团交流节"; not 使节, 环节)
    if modifier and (_COUNT.fullmatch(modifier) or _COUNT_END.search(modifier) or modifier.startswith(("系列", "一系列"))):
        return None  # "举办8个分论坛", "A论坛三个分论坛", "系列会议论坛": counted or a series, not named
    if _KIND_ADJECTIVE.fullmatch(modifier) and not (mention.edition or mention.year):
        return None  # "国际性展会", "综合性博览会": a kind of gathering, not a name
    if "最" in _QUOTED_PART.sub("", modifier) and not (mention.edition or mention.year) \
            and not _superlative_inside(ctx, core_start, head_start):
        return None  # "中国健康领域最大展会": a superlative describes a gathering, it names none (a quoted title's may)
    if info.type == "Ceremony" and _bare_act(modifier):
        return None  # "签约仪式", "集中签约仪式": an act alone (not "重点项目签约仪式", "孔子学院揭牌仪式")
    if not modifier:
        if text.startswith("活动", end) and not mention.edition and _held_here(ctx, start, end):
            mention.end, mention.plain = end + 2, True  # "举行开放日活动": the occasion a verb holds, named by its kind
            return mention
        if _SEASON.match(head) and _held_here(ctx, start, end):
            mention.plain = True  # "举行春节联谊会": a season's occasion, its head alone, that a verb holds there
            return mention
        if info.generic or mention.edition:  # (an edition and a bare head: "第十八届高峰会将于…举办")
            mention.ref = True
            return mention
        return None
    if len(modifier) < 2 and head not in _ABBREVIATED and not (mention.edition or mention.year):
        return None  # (but "第四十四届工展会": an edition names it)
    if not mention.year and not mention.edition and _DEMONSTRATIVE_BEFORE.search(text, max(ctx.sents[si][0], start - 16), start):
        mention.ref = True  # "这项高层次的国际性经贸会议": the gathering named before, described again
        return mention
    if not mention.year and not mention.edition and not _proper(ctx, start, end) and head not in _ABBREVIATED \
            and not _ends_quote(text, ctx.sents[si][0], start, end):  # a quoted name is proper
        before = text[max(0, start - 3):start]
        themed = _THEMED_BEFORE.search(text, max(ctx.sents[si][0], start - 8), start) and len(modifier) >= 4
        if (before.endswith("的") and not _held_here(ctx, start, end) and not themed) \
                or any(before.endswith(q) for q in lex.words["quantity"]):
            return None  # described, not named: "该院首次独立举办的护理技能展示会", "多场专题会议" (not "举行盛大的X")
        if len(modifier) < 4 and not before.endswith("(") and not _SEASON.fullmatch(modifier):  # (元宵节招待会 is named)
            if any(before.endswith(w) for w in lex.words["ref"]):
                mention.ref = True  # "本届湖光博览会": a reference to the edition named before
                return mention
            if info.type != "Ceremony" or not _held_here(ctx, start, end):
                return None  # a plain kind of gathering: 新品发布会, 学术研讨会 (but "(康复展)" is an alias)
            mention.plain = True
    return mention


def _without_plain_twins(found: list[EventMention]) -> list[EventMention]:
    """A plain ceremony held there ("举行招待会") is the named one of its kind when the article
    names one ("国庆70周年招待会"): only a plain gathering of a kind no name gives is an event."""
    lex = lexicon()
    named = {lex.head(m.head).type for m in found if not m.plain and not m.ref}
    return [m for m in found if not (m.plain and lex.head(m.head).type in named)]


#: a theme clause closed by 的 before a name: "以“同饮一江水”为主题的澜湄教育合作论坛" names the gathering after it
_THEMED_BEFORE = re.compile(r"为(?:主题|题|主旨)的$")
#: words between a holding verb and the name of what it holds: "举办庆祝国庆酒会", "举行了一场盛大的X"
_BEFORE_HELD_NAME = re.compile(r"(?:一场|一次|隆重的?|盛大的?|热烈的?|庆祝)+")
#: a verb holding the gathering right before its words: "我市举行欢迎宴会", "举办了一场签约仪式", "举办庆祝国庆酒会"
_HELD_HERE = re.compile(r"(?:举办|举行|召开)了?(?:一场|一次|隆重的?|盛大的?)?(?:庆祝)?$")


def _held_here(ctx: ZhArticle, start: int, end: int) -> bool:
    """Whether a plain kind of ceremony ("欢迎宴会", "庆祝酒会") is one a verb holds right there:
    the gathering the clause reports, named as written (not an opening ceremony of another)."""
    return bool(_HELD_HERE.search(ctx.text, max(0, start - 8), start)) \
        and ctx.text[start:end] not in lexicon().word_set("opening")


def _ends_quote(text: str, floor: int, start: int, end: int) -> bool:
    """Whether ``text[start:end]`` ends a quoted text that opens at most 40 characters before it
    (the whole quote is the name: "「2024年臺灣的海洋研究年度研討會」")."""
    closer = text[end:end + 1]
    if closer not in ("”", "」"):
        return False
    opener = text.rfind("“" if closer == "”" else "「", max(floor, start - 40), start + 1)
    return opener >= 0 and closer not in text[opener:end]


def _proper(ctx: ZhArticle, start: int, end: int) -> bool:
    """Whether a name holds something proper: a place, an organization, a marked word
    (国际, 中国 …), Latin letters or digits, quotes or brackets."""
    if _patterns()["proper"].search(ctx.text, start, end):
        return True
    return bool(ctx.entities("LOC", start, end) or ctx.entities("ORG", start, end) or ctx.entities("nz", start, end))


def _ends_in_head(ctx: ZhArticle, pos: int, shortest: int = 2) -> bool:
    return any(ctx.text.endswith(h, 0, pos) for h in lexicon().heads if len(h) >= shortest)


def _ends_in_opening(ctx: ZhArticle, pos: int) -> bool:
    return any(ctx.text.endswith(w, 0, pos) for w in lexicon().words["opening"])


_BRACKETED_AFTER = re.compile(r"\(([^()]{2,6})\)")


def _place_in_brackets(ctx: ZhArticle, m: EventMention) -> None:
    """A place in brackets right after a name ends the name ("中国-葡语国家经贸合作论坛(澳门)将于…举行"):
    its core stops before it."""
    br = _BRACKETED_AFTER.match(ctx.text, m.end)
    if m.ref or br is None or m.core_end is not None:
        return
    places = get_gazetteer().find(br.group(1), "zh")
    if len(places) == 1 and (places[0].start, places[0].end) == (0, len(br.group(1))):
        m.core_end, m.end = m.end, br.end()


def _link_aliases(ctx: ZhArticle, mentions: list[EventMention]) -> None:
    """"X(Y)": Y in brackets right after the name X is another name of X; "A暨B" pairs A and B."""
    joint = lexicon().word_set("joint")
    openings = lexicon().word_set("opening")
    for prev, m in zip(mentions, mentions[1:]):
        between = ctx.text[prev.end:m.start]
        if m.ref:
            continue
        tail = _JOINT_TAIL.match(between)
        if tail and not prev.ref and _ends_in_head(ctx, prev.end + tail.end()) \
                and DECLARED.match(ctx.text, prev.end + tail.end()):
            prev.end += tail.end()  # "A暨经贸洽谈会(以下简称X)": a second head too plain to be a name of its own
            between = between[tail.end():]
        if between in joint and not prev.ref:
            prev.joint, m.joint = m, prev
        elif between[-1:] in joint and between[:-1] in openings:
            m.opened_with = prev
        elif (between == "(" and ctx.text.startswith(")", m.end) or _DECLARED_OPEN.fullmatch(between)
              and DECLARED.match(ctx.text, prev.end)) and not prev.ref:  # "(以下简称「文博会」)"
            m.alias_of = prev
            declared = DECLARED.match(ctx.text, prev.end)
            if declared and m.start < declared.start(1) < m.end:  # "(以下简称西洽会)": the short name only
                m.start = m.core_start = declared.start(1)


_SPELT_FROM = 4  # characters of a name (its place, say) before the one a contraction opens with
#: a contracted name after a demonstrative: "本届农高会", "此次进博会" (a few characters and a head's last one)
_CONTRACTION = re.compile(r"(?:这次|此次|本次|本届|这届|该次|是次|今年的?)([\u4e00-\u9fff]{1,3}[会展节])")


def _contractions(ctx: ZhArticle, mentions: list[EventMention]) -> list[EventMention]:
    """A contracted name after a demonstrative ("本届农高会") whose characters the name of exactly one
    event named before spells in order, ending with its head's last ("…农业高新科技成果博览会"):
    a mention of that event."""
    out: list[EventMention] = []
    for found in _CONTRACTION.finditer(ctx.text):
        short, start = found.group(1), found.start(1)
        if any(m.start <= start < m.end for m in mentions):
            continue
        named = [m for m in mentions if not m.ref and m.end <= start and m.head.endswith(short[-1])
                 and _spells(short, ctx.text[m.core_start:m.end])]
        if len({ctx.text[m.core_start:m.end] for m in named}) == 1:
            out.append(EventMention(start, found.end(1), named[0].head, ctx.sent_of(start), start, alias_of=named[0]))
    return out


def _spells(short: str, name: str) -> bool:
    """Whether ``name`` holds the characters of ``short`` in order, the first among its first few."""
    return 0 <= name.find(short[0]) <= _SPELT_FROM and _in_order(short, name)


def _short_names(ctx: ZhArticle, mentions: list[EventMention]) -> list[EventMention]:
    """A short name the text gives an event ("X(以下简称“药交会”)", "X(CMEF)"), where it is
    declared and wherever it comes again: mentions of X."""
    out: list[EventMention] = []
    for m in mentions:
        declared = None if m.ref else (DECLARED.match(ctx.text, m.end) or _ABBREVIATION.match(ctx.text, m.end))
        if declared is None:
            continue
        short = declared.group(1).strip()
        for found in re.finditer(r"(?<![A-Za-z])" + re.escape(short) + r"(?![A-Za-z])", ctx.text):
            si = ctx.sent_of(found.start())
            if found.start() > m.start and ctx.read(si) \
                    and not any(x.start <= found.start() < x.end for x in mentions):
                out.append(EventMention(found.start(), found.end(), m.head, si, found.start(), alias_of=m))
    return out


def _cued(ctx: ZhArticle, m: EventMention) -> bool:
    """Whether the mention's clause reports the event (a holding, hosting or attending word)."""
    pats = _patterns()
    a, b = ctx.clause(m.start)
    if pats["background"].search(ctx.text, a, b) or _in_speech(ctx, m.start) or pats["past_held"].search(ctx.text, a, m.start):
        return False  # "公司去年曾参加…康复展", "去年举办的第二届X": background, not news; a quoted speech is not the report
    if holds_part().match(ctx.text, m.end):
        return True  # "作为2021服贸会的配套活动,…论坛…举行": the whole of a reported part
    if included_by(ctx, m) is not None or enumerated_by(ctx, m) is not None:
        return True  # "X还将举办系列论坛,包括:A、B、C", "三个分论坛分别是A、B": the items of a reported list
    if pats["list_close"].match(ctx.text, m.end, b) and pats["cue"].search(ctx.text, ctx.sents[m.sent][0], a):
        return True  # "还举行了A,B、C等平行论坛": the later items of a reported list
    for cue in pats["cue"].finditer(ctx.text, a, b):
        if not (m.start <= cue.start() < m.end):
            return True
    tail = m.end
    if ctx.text.startswith("(", tail):
        close = ctx.text.find(")", tail)
        tail = close + 1 if close > 0 else tail
    rest = ctx.text[tail:ctx.sents[m.sent][1]].lstrip(",")
    return bool(pats["later_cue"].match(rest))


def included_by(ctx: ZhArticle, m: EventMention) -> int | None:
    """Where the holding verb of "X还将举办系列会议论坛,包括:A、B、C等" starts, when ``m`` is
    one of the names listed after 包括, or where an arranging verb starts ("精心设置A、B、C等")
    whose list holds ``m``; else None."""
    text = ctx.text
    a, _ = ctx.sents[m.sent]
    arranged = [v for v in _ARRANGED.finditer(text, a, m.start)
                if _LIST_ONLY.fullmatch(text, v.end() + text.startswith("了", v.end()), m.start)]
    if arranged and _ITEM_END.match(text, m.end):  # "…精心设置A、B、C等": the items an arranging verb lists
        # (not "设置“1+6+6+N”活动框架": a name inside another noun)
        return arranged[-1].start()
    cue = text.rfind("包括", a, m.start)
    if cue < 0 or not _LIST_ONLY.fullmatch(text, cue + 2, m.start):
        return None
    verbs = list(_patterns()["hold"].finditer(text, a, cue)) or list(_ARRANGED.finditer(text, a, cue))
    return verbs[-1].start() if verbs else None  # (or "还安排了10个会议及论坛,包括…": arranged)


def held_in_list(ctx: ZhArticle, si: int, verb_start: int) -> list[EventMention]:
    """The named events listed after 包括 whose holding verb starts at ``verb_start`` ("A将在4月
    下旬举办7项展览及会议,包括B、C,以及D": B, C and D)."""
    return [x for x in ctx.mentions if x.sent == si and x.event and not x.ref and included_by(ctx, x) == verb_start]


def enumerated_by(ctx: ZhArticle, m: EventMention) -> int | None:
    """Where "三个分论坛分别是:" starts, when ``m`` is one of the names enumerated after it
    (each may be described first: "探讨交通的“A分论坛”、…以及…的“B分论坛”"); else None."""
    a, _ = ctx.sents[m.sent]
    cues = list(_patterns()["enumerated"].finditer(ctx.text, a, m.start))
    if not cues or not _ENUMERATION.fullmatch(ctx.text, cues[-1].end(), m.start):
        return None
    return cues[-1].start()


def _in_speech(ctx: ZhArticle, pos: int) -> bool:
    """Whether ``pos`` lies inside a quoted speech: “…” holding sentence punctuation, or
    longer than a quoted name."""
    text = ctx.text
    line = text.rfind("\n", 0, pos) + 1
    opener, closer = text.rfind("“", line, pos), text.rfind("”", line, pos)
    if opener < 0 or closer > opener:
        return False
    end = text.find("”", pos)
    quoted = text[opener + 1:end if end >= 0 else len(text)]
    if re.search(r"——[^,。!?;]{2,30}$", quoted) and len(quoted) <= 2 * _LONGEST_QUOTED_NAME:
        return False  # "“主题,主题——X论坛”": a theme and the name, not a speech
    return len(quoted) > _LONGEST_QUOTED_NAME or bool(re.search(r"[,。!?;]", quoted))


# -- grouping names into events ---------------------------------------------------------
def opening_place(ctx: ZhArticle, si: int) -> PlaceMention | None:
    """The city a sentence opens with, set off by a comma ("在华盛顿,中国驻美国大使馆举行…") or
    before its local time ("瑞士洛桑当地时间5日晚,在X开幕式上…")."""
    a, b = ctx.sents[si]
    comma = ctx.text.find(",", a, b)
    local = _LOCAL_TIME.search(ctx.text, a, comma if comma > 0 else b)  # (after a wire's dateline too)
    if local is not None:
        cities = [p for p in get_gazetteer().find(local.group(1), "zh") if p.place.kind == "city"]
        if len(cities) == 1 and cities[0].end == len(local.group(1)):  # (the city ends the words before 当地时间)
            p = cities[0]
            return PlaceMention(local.start(1) + p.start, local.start(1) + p.end, p.surface, p.place, p.demonym)
    m = _OPENING_PLACE.match(ctx.text, a, b)
    if m is None:
        return None
    at = m.start(1) - 1  # 在 frames the place
    places = [p for p in get_gazetteer().find(ctx.text[at:m.end()], "zh") if p.place.kind == "city"]
    if len(places) != 1 or places[0].start != 1 or (places[0].end != len(m.group(1)) + 1
                                                   and not VENUE_END.search(m.group(1))):
        return None  # (the city alone, or opening a venue's name: "在多伦多钓鱼台国宴,")
    p = places[0]
    return PlaceMention(at + p.start, at + p.end, p.surface, p.place, p.demonym)


class _Group:
    """Mentions taken to name one event."""

    def __init__(self, m: EventMention) -> None:
        self.mentions: list[EventMention] = []
        self.keys: set[str] = set()
        self.edition, self.year, self.head = m.edition, m.year, m.head
        self.inner: set[int | str] = set()  # editions inside its names ("X联盟第二届会议")
        self.place: str | None = None  # the city a sentence naming it opens with ("在华盛顿,…")

    def add(self, m: EventMention, keys: set[str], ctx: ZhArticle) -> None:
        if self.place is None:
            place = opening_place(ctx, m.sent)
            self.place = place.place.name if place else None
        self.mentions.append(m)
        self.keys |= keys
        self.edition, self.year = self.edition or m.edition, self.year or m.year
        self.inner |= _inner_editions(ctx, m)

    def takes(self, m: EventMention, keys: set[str], ctx: ZhArticle) -> bool:
        """Whether ``m`` names this event: same core name, a shorter form ending a longer one
        (same head), or an abbreviation (药交会 for …药品交易会); never another edition or year."""
        if (self.edition and m.edition and _edition_number(self.edition) != _edition_number(m.edition)) \
                or (self.year and m.year and self.year != m.year):
            return False
        inner = _inner_editions(ctx, m)
        if inner and self.inner and not inner & self.inner:
            return False  # "X联盟第二届会议" and "X联盟第三次会议" are two sittings
        if any(_listed_together(ctx, x, m) for x in self.mentions):
            return False  # "举办海峡青年论坛、海峡两岸青少年新媒体“辩”论坛": items of one list are two
        place = opening_place(ctx, m.sent)
        if self.place and place and place.place.name != self.place:
            return False  # a round-up: "在华盛顿,…举行新春招待会。在金边,…举办新春招待会" are two
        if keys & self.keys:
            return True
        if _THIS_ONE.search(ctx.text, max(0, m.start - 3), m.start) \
                and any(k.endswith(key) and len(key) >= 3 for k in self.keys for key in keys):
            return True  # "此次药交会" after "樟树第37届全国药交会": this one, by the end of its name
        if _THIS_ONE.search(ctx.text, max(0, m.start - 3), m.start) and m.head == self.head \
                and any(_placed_short(key, k, m.head) for k in self.keys for key in keys):
            return True  # "本届太原论坛" after "2019太原能源低碳发展论坛": this one, by its place and head
        if m.head == self.head and _lead_after(ctx, self.mentions[-1].sent, m.sent) \
                and all(_headline(ctx, x.sent) for x in self.mentions) \
                and not (_proper(ctx, m.start, m.end) and any(_proper(ctx, x.start, x.end) for x in self.mentions)):
            return True  # "…举办新春招待会" over "…举行了2023年“…”——迎春招待会。": the lead names the headline's
            # gathering, one of the two plainly ("建国61周年招待会" over "…举行盛大国庆招待会"; but "湖光国际论坛"
            # and "湖光-东盟国际论坛" are two)
        for key in keys:
            for k in self.keys:
                if m.head == self.head and min(len(key), len(k)) >= len(m.head) + 2 \
                        and (k.endswith(key) or key.endswith(k)):
                    return True
                if _abbreviates(key, m.head, k, self.head) or _abbreviates(k, self.head, key, m.head):
                    return True
                if m.head == self.head and (_contracted(key, k, m.head) or _contracted(k, key, m.head)):
                    return True
                if (m.head.endswith(self.head) or self.head.endswith(m.head)) \
                        and (_nearly_same(key, k) or _abridged(key, k, max(len(m.head), len(self.head)))
                             or m.head == self.head and len(_common_suffix(key, k)) >= len(m.head) + 2
                             and key[:1] != k[:1]) \
                        and any(_headline(ctx, x.sent) for x in (m, *self.mentions)):
                    return True  # the headline's wording of the body's event ("A商会国庆晚会" for "…114年双十国庆晚会";
                    # but a qualifier inserted between a shared start and end names another: "湖光-东盟国际论坛")
                if m.head == self.head and any(_headline(ctx, x.sent) for x in (m, *self.mentions)) \
                        and any(_opens_quoted_theme(ctx, a, b) for x in self.mentions for a, b in ((m, x), (x, m))):
                    return True  # the headline's "中非农业合作研讨会" for the body's "“中非农业合作高质量发展…”研讨会"
                if self.year and m.year and _annual(key, k):
                    return True  # 「2016年X年度研討會」 and 「2016年X研討會」: one year's edition
        return False


def _lead_after(ctx: ZhArticle, headline: int, si: int) -> bool:
    """Whether sentence ``si`` is the lead right under headline sentence ``headline``: no sentence
    between them but page lines ("2010-09-30 08:00"), and itself none."""
    between = range(headline + 1, si)
    return headline < si and len(between) <= _PAGE_LINES and not _headline(ctx, si) \
        and all(_headline(ctx, k) for k in between)


def _listed_together(ctx: ZhArticle, a: EventMention, b: EventMention) -> bool:
    """Whether two mentions are neighbouring items of one list ("A、B")."""
    first, second = sorted((a, b), key=lambda m: m.start)
    return first.sent == second.sent and ctx.text[first.end:second.start] == "、"


def _inner_editions(ctx: ZhArticle, m: EventMention) -> set[int | str]:
    """The editions written inside a name's core, after its body or place ("联盟第二届会议")."""
    return {_edition_number(x.group()) for x in _patterns()["edition"].finditer(ctx.text, *m.core)}


def _common_suffix(a: str, b: str) -> str:
    """The longest ending two names share."""
    return commonprefix([a[::-1], b[::-1]])[::-1]


def _headline(ctx: ZhArticle, si: int) -> bool:
    """Whether sentence ``si`` is a headline: a line of its own with no sentence-final stop."""
    a, b = ctx.sents[si]
    line = ctx.text[a:b].strip()
    return bool(line) and line[-1] not in "。!?;" and ctx.text[b:b + 1] in ("\n", "")


def _nearly_same(a: str, b: str) -> bool:
    """"使节&夫人才艺大赛" and "使节&夫人中国才艺大赛": long names that differ by a word of up
    to two characters inserted."""
    short, long = sorted((a, b), key=len)
    return len(short) >= _NEAR_NAME and 0 < len(long) - len(short) <= 2 and any(
        long[:i] + long[i + len(long) - len(short):] == short for i in range(len(short) + 1))


def _abridged(a: str, b: str, head: int) -> bool:
    """"欧美同学会2016年新春联谊会" for "欧美同学会·中国留学人员联谊会2016年新春联谊会": the shorter name
    is the longer one's opening and its ending, with words left out between."""
    short, long = sorted((a, b), key=len)
    return any(long.startswith(short[:i]) and long.endswith(short[i:])
               for i in range(_ABRIDGED_OPENING, len(short) - head - 1)) and len(long) > len(short)


def _opens_quoted_theme(ctx: ZhArticle, short: EventMention, long: EventMention) -> bool:
    """Whether ``short`` (X + head) shortens ``long`` ("“XY”" + the same head): its words before the head
    open the quoted theme that names the longer one."""
    a, b = ctx.text[slice(*short.core)], ctx.text[slice(*long.core)]
    words, theme = a[: -len(short.head)], b[: -len(long.head)]
    return len(words) >= _ABRIDGED_OPENING + 1 and len(theme) > len(words) + 2 and theme[0] in QUOTES \
        and theme[-1] in CLOSERS and theme[1:-1].startswith(words) and words[0] not in QUOTES


def _annual(a: str, b: str) -> bool:
    """Whether two names differ only by 年度 ("annual"), which tells no edition from another."""
    short, long = sorted((a, b), key=len)
    return long != short and long.replace("年度", "", 1) == short


def _placed_short(short: str, long: str, head: str) -> bool:
    """太原论坛 for 太原能源低碳发展论坛: the place the longer name opens with, then the same head."""
    place = short[: -len(head)]
    return len(short) < len(long) and long.startswith(place) and long.endswith(head) \
        and any(p.start == 0 and p.end == len(place) and p.place.kind in ("city", "province")
                for p in get_gazetteer().find(place, "zh"))


def _abbreviates(short: str, short_head: str, long: str, long_head: str) -> bool:
    """药交会 (or 徐州药交会) for 中国(徐州)国际药品交易会: an abbreviated head and the rest in order."""
    full = _ABBREVIATED.get(short_head)
    return full == long_head and _in_order(short[: -len(short_head)], long[: -len(long_head)])


def _contracted(short: str, long: str, head: str) -> bool:
    """上合组织峰会 for 上海合作组织峰会: the same head, and before it a contraction of the long
    name's words (its first character kept, the rest in order, characters left out of two words
    or more)."""
    a, b = short[: -len(head)], long[: -len(head)]
    return len(a) >= _CONTRACTED and len(a) < len(b) and a[0] == b[0] and _left_out(a, b) >= 2


def _left_out(short: str, long: str) -> int:
    """How many separate runs of ``long``'s characters ``short`` leaves out, read in order (0 when
    ``short`` is not in order in ``long``): 上合组织 leaves out 海 and 作 of 上海合作组织 (two runs, a
    contraction); 国际青年书画 leaves out one word of 国际青年数字书画 (one run, another name)."""
    runs, gap, k = 0, False, 0
    for ch in long:
        if k < len(short) and ch == short[k]:
            k, gap = k + 1, False
        elif not gap:
            runs, gap = runs + 1, True
    return runs if k == len(short) else 0


def _in_order(short: str, long: str) -> bool:
    it = iter(long)
    return bool(short) and all(ch in it for ch in short)


def _edition_number(edition: str) -> int | str:
    """第21届 and 第二十一届 are one edition; an edition the numerals cannot read stays as written."""
    try:
        return number(edition.strip("第届次"))
    except (KeyError, ValueError):
        return edition


def _keys(ctx: ZhArticle, m: EventMention) -> set[str]:
    """Comparison keys of a name: its core (no year, no edition), and for 中国(徐州)国际药品交易会
    also 徐州国际药品交易会, the form without the country before the bracketed place; for
    …器械(秋季)交易会 also the form without a bracketed qualifier; for 国庆61周年招待会 also
    国庆招待会, the form without the anniversary; for 上海论坛2016年会 also 上海论坛; for a well-known short name (广交会,
    ``event_aliases.tsv``) the full one."""
    core = ctx.text[slice(*m.core)]
    keys = {normalise(core)}
    if _ANNIVERSARY.search(core) and len(_ANNIVERSARY.sub("", core)) > len(m.head) + 1:
        keys.add(normalise(_ANNIVERSARY.sub("", core)))
    full = lexicon().event_aliases.get(core)
    if full:  # 广交会: the well-known short name of 中国进出口商品交易会
        keys.add(normalise(full))
    annual = _ANNUAL_SESSION.fullmatch(normalise(core))
    if annual and any(annual.group(1).endswith(h) for h in lexicon().heads if h != "年会"):
        keys.add(annual.group(1))  # "上海论坛2016年会": a forum's annual session is the forum's edition
    br = re.match(r"(.{1,6}?)\(([^()]{2,8})\)(.+)", core)
    if br and get_gazetteer().country(br.group(1)):
        keys.add(normalise(br.group(2) + br.group(3)))
    for q in re.finditer(r"\(([^()]{1,8})\)(?=.)", core):  # "…医疗器械(春季)博览会": a qualifier, not a place
        if not get_gazetteer().find(q.group(1), "zh"):
            keys.add(normalise(core[:q.start()] + core[q.end():]))
    first = _joint_first(core, m.head)
    if first:
        keys.add(normalise(first))  # "“X学术年会暨博士生论坛”" read whole is X学术年会's too
    return keys | _place_free_keys(core, len(m.head))


def _joint_first(core: str, head: str) -> str | None:
    """The first name of one gathering named "A暨B" and read whole, when A ends in a head noun of
    the same kind as B's (:func:`_shown`): A."""
    lex = lexicon()
    joint = next((w for w in lex.word_set("joint") if w in core[:-len(head)]), None)
    if joint is None:
        return None
    first = core[:core.index(joint)]
    first_head = next((first[k:] for k in range(max(0, len(first) - 6), len(first) - 1) if first[k:] in lex.heads), None)
    if first_head is None:  # a head no list holds, by its shape: "…合作推进会暨…论坛" (a meeting)
        shaped = len(first) >= 5 and first.endswith("会") and not any(first.endswith(o) for o in lex.suffixes("org"))
        return first if shaped and not _shown(lex.head(head).type) else None
    if len(first) - len(first_head) < 2 or _shown(lex.head(first_head).type) != _shown(lex.head(head).type):
        return None
    return first


@lru_cache(maxsize=4096)
def _place_free_keys(core: str, head: int) -> frozenset[str]:
    """More keys of a name's core: without an inner edition and a leading city's 市 ("绍兴市首届
    国际友城大会" is also "绍兴国际友城大会"), and without a country's name inside it ("产城中国市长
    论坛" is also "产城市长论坛")."""
    keys = set()
    bare = _patterns()["inner_edition"].sub("", core)
    opening = get_gazetteer().find(bare, "zh")
    if opening and opening[0].start == 0 and bare[opening[0].end - 1:opening[0].end] in ("市", "省"):
        bare = bare[:opening[0].end - 1] + bare[opening[0].end:]
    if bare != core and len(bare) >= head + 2:
        keys.add(normalise(bare))
    inner = [p for p in get_gazetteer().find(core, "zh") if p.start > 0 and p.place.kind == "country"]
    if inner:
        kept = "".join(core[a:b] for a, b in zip([0] + [p.end for p in inner], [p.start for p in inner] + [len(core)]))
        if len(kept) >= head + 2:
            keys.add(normalise(kept))
    return frozenset(keys)


def group_events(ctx: ZhArticle) -> None:
    """Group the named mentions into events and create the reported ones in the builder."""
    groups: list[_Group] = []
    owner: dict[int, _Group] = {}
    for m in ctx.mentions:
        if m.ref:
            continue
        keys = _keys(ctx, m)
        g = owner.get(id(m.alias_of)) if m.alias_of is not None else None
        if g is None:
            g = next((g for g in groups if g.takes(m, keys, ctx)), None)
        if g is None:
            g = _Group(m)
            groups.append(g)
        g.add(m, keys, ctx)
        owner[id(m)] = g
    groups = _joined(ctx, groups, owner)
    cores = [k for g in groups if g.place is None for k in g.keys]  # (a round-up's events keep their one name)
    shared = {k for k in cores if cores.count(k) > 1}  # 第一届X and 第二届X: X alone names neither
    reported = _reported_by_reference(ctx, groups)
    for g in groups:
        if not (g in reported or any(m.cued or (m.joint is not None and m.joint.cued) for m in g.mentions)):
            continue
        first = g.mentions[0]
        names = _names(ctx, g, shared)
        if not names:
            continue  # only a name other events share: no event of its own
        event_id = ctx.builder.event(names, ctx.evidence(first.sent), type=lexicon().head(_type_head(g)).type,
                                     confidence=CONFIDENCE, distinct=g.place is not None)
        for m in g.mentions:
            m.event = event_id
    reported = [m for m in ctx.mentions if m.event and not m.ref and m.cued]
    first = min(reported, key=lambda m: (m.start, m.start - m.end), default=None)  # the longest name at a place
    if first is not None and first.about is not None and first.about.event:
        first = first.about  # "“X”新闻发布会在长沙举行": the article is about X, which the conference presents
    ctx.main_event = first.event if first else next((m.event for m in ctx.mentions if m.event), None)
    for m in ctx.mentions:
        if m.joint is not None and m.event and m.joint.event and m.start < m.joint.start:
            ctx.add_names(m.event, [ctx.surface(m.start, m.joint.end)], m.sent)  # "A暨B" names A too
        elif m.event and not m.ref and (plain := _PLAIN_JOINT.match(ctx.text, m.end)) \
                and not any(x.start == m.end + 1 and x.event for x in ctx.mentions):
            ctx.add_names(m.event, [ctx.surface(m.start, plain.end())], m.sent)  # "X音乐会暨迎新春活动": one occasion
        elif m.event and not m.ref and (held := _HELD_BEFORE_JOINT.search(ctx.text, ctx.sents[m.sent][0], m.start)) \
                and not any(x.end == m.start - 1 and (x.event or x.ref) for x in ctx.mentions):
            # "举行兔年春节侨界联谊活动暨第二届趣味运动会": the occasion before 暨, no name of its own, names it too
            ctx.add_names(m.event, [ctx.surface(held.start(1), m.end)], m.sent)
        elif m.event and not m.ref and ctx.text.endswith("庆祝", 0, m.start) and _ANNIVERSARY_IN.search(ctx.text, m.start, m.end):
            ctx.add_names(m.event, [ctx.surface(m.start - 2, m.end)], m.sent)  # "庆祝X成立74周年招待会" is a title too


#: what a celebration's name celebrates: an anniversary, a founding, a national day
_ANNIVERSARY_IN = re.compile(r"周年|成立|国庆")


def _joined(ctx: ZhArticle, groups: list[_Group], owner: dict[int, _Group]) -> list[_Group]:
    """"A暨B" of one kind is one gathering ("X研讨会暨第十三届青年学术研讨会", "X博览会暨Y交易会", "X年会暨Y论坛"):
    a B the text names only after A and 暨 is another name of A's event, not an event of its own. A
    show joined to a meeting ("X学术会议暨Y展览会") or a B named on its own elsewhere stays an event."""
    lex = lexicon()
    out = []
    for g in groups:
        second = all(m.joint is not None and m.joint.start < m.start for m in g.mentions)  # only ever "…暨B"
        wholes = {id(owner[id(m.joint)]): owner[id(m.joint)] for m in g.mentions} if second else {}
        whole = next(iter(wholes.values())) if len(wholes) == 1 else None
        if whole is None or whole is g or _shown(lex.head(_type_head(g)).type) != _shown(lex.head(_type_head(whole)).type):
            out.append(g)
            continue
        for m in g.mentions:
            whole.add(m, _keys(ctx, m), ctx)
            owner[id(m)] = whole
    return out


def _shown(kind: str) -> bool:
    """Whether a gathering of this kind is a show (an exhibition, a fair) rather than a meeting of people."""
    return kind == "Exhibition"


def _reported_by_reference(ctx: ZhArticle, groups: list[_Group]) -> list[_Group]:
    """Groups named in passing and then reported through a reference: "通报第五届X博览会情况。
    本届博览会将于9月20日在Y举办" reports the edition named last before it with that head,
    when no event of that head was reported before the reference."""
    out = []
    for ref in (m for m in ctx.mentions if m.ref and m.cued and m.head in lexicon().heads):
        named = [(m, g) for g in groups for m in g.mentions if m.start < ref.start
                 and (m.head.endswith(ref.head) or ref.head.endswith(m.head))]
        if named and not any(m.cued for m, _ in named) and all(m.year or m.edition for m, _ in named):
            out.append(max(named, key=lambda x: x[0].start)[1])  # no reported event of that kind before it
    return out


def _type_head(g: _Group) -> str:
    return max((m.head for m in g.mentions), key=len)


def _names(ctx: ZhArticle, g: _Group, shared: set[str]) -> list[str]:
    """The group's names: the fullest first (with year or edition), then the others and
    each without its leading year and edition (unless another edition shares that)."""
    ordered = sorted(g.mentions, key=lambda m: (not (m.year or m.edition), m.start))
    written = {ctx.text[a:b] for m in g.mentions for a, b in ((m.start, m.end), m.core)}
    names: list[str] = []
    for m in ordered:
        if m.core == (m.start, m.end) and normalise(ctx.text[m.start:m.end]) in shared or _clause_before(ctx, m, written):
            continue
        if m.shared_head:  # "工业软件分论坛", "“蓝色金融”分论坛" before the topic alone
            quoted = ctx.text[m.start - 1:m.start] in QUOTES
            names.append(ctx.surface(m.start - quoted, m.end + quoted) + m.shared_head)
        names.append(ctx.surface(m.start, m.end))
    for m in ordered:
        if m.core != (m.start, m.end) and normalise(ctx.text[slice(*m.core)]) not in shared:
            names.append(ctx.surface(*m.core))
            if m.year and m.edition:
                ed = ctx.text.find(m.edition, m.start, m.end)
                if ctx.text[ed - 1:ed] != "(":  # (not "第四届)X" of "2016(第四届)X")
                    names.append(ctx.surface(ed, m.end))
    for name in list(names):  # "两岸一家亲——两岸…纪念联谊会": a slogan, a dash, then the name itself
        tail = re.split(r"——|--|──", name)[-1]
        if tail != name and len(tail) > len(g.mentions[0].head) + 2 and tail not in names and not _unbalanced(tail):
            names.append(tail)
    return names


def _clause_before(ctx: ZhArticle, m: EventMention, written: set[str]) -> bool:
    """Whether a mention reads its clause's words before another name of its event ("希望借助|海丝博览会",
    "土耳其高度重视|中国—亚欧博览会", "西博会概况和|第十七届西博会"): a verb (not 驻) or a conjunction
    (not 暨) right before that name; the longer reading is no name of the event."""
    k, last = ctx.token_at(m.start), ctx.token_at(m.end - 1)
    for j in range(k, last):
        word, tag = ctx.tok_text[j], ctx.tok_tag[j]
        verb = tag == "v" and not word.startswith(("驻", "駐"))
        if (verb or tag == "c" and word != "暨") and ctx.text[ctx.tok_end[j]:m.end] in written:
            return True
    return False


def _bare_act(modifier: str) -> bool:
    """True for a ceremony's act without what it acts on ("签约", "集中揭牌" before 仪式)."""
    lex = lexicon()
    act = next((w for w in lex.words["ceremony_act"] if modifier.endswith(w)), None)
    return act is not None and (len(modifier) - len(act) < 2 or modifier[:-len(act)] in lex.word_set("manner"))


def drop_bare(ctx: ZhArticle) -> None:
    """Events the text tells nothing of (no date, place, role, part, participant or attendee,
    not even "held at the same time") are mentions in passing, not news: they are dropped."""
    attended = {e for p in ctx.builder.people for e in p.attended}
    parents = {e.part_of for e in ctx.builder.events}
    concurrent = {m.event for m in ctx.mentions if _CONCURRENT.search(ctx.text, ctx.clause(m.start)[0], m.start)}
    bare = {e.id for e in ctx.builder.events
            if not (e.start_date or e.city or e.country or e.hosts or e.co_hosts or e.organizers or e.part_of
                    or e.participant_countries or e.id in attended or e.id in parents or e.id in concurrent)}
    ctx.builder.drop_events(bare)


# -- references ---------------------------------------------------------------------------
def resolve(ctx: ZhArticle, m: EventMention) -> str | None:
    """The event a mention names or refers to: 该活动 -> the event named last; 本次会议 and 开幕大会
    -> the main event; 本届交易会 -> the event with that head (or of that kind), else the main event."""
    if m.event:
        return m.event
    if not m.ref:
        return None
    lex = lexicon()
    named = [x for x in ctx.mentions if x.event and not x.ref]
    before = [x for x in named if x.start < m.start] or named
    demonstrative = ctx.text[m.start:m.end - len(m.head)] if ctx.text.endswith(m.head, 0, m.end) else ""
    if demonstrative.startswith("该") and before:
        return before[-1].event
    if ctx.text.endswith(("开幕", "闭幕"), 0, m.start):
        return ctx.main_event or (before[-1].event if before else None)  # "开幕大会": the main event's opening
    if m.head in lex.words["main_ref"] or m.head not in lex.heads:
        return ctx.main_event or (before[-1].event if before else None)
    same = [x for x in before if x.head.endswith(m.head) or m.head.endswith(x.head)]
    if not same:
        same = [x for x in before if lex.head(x.head).type == lex.head(m.head).type]
    return _main_of(ctx, same) if same else ctx.main_event


def _main_of(ctx: ZhArticle, candidates: list[EventMention]) -> str | None:
    """The main event among candidates: the article's main event if present, else the latest."""
    ids = [x.event for x in candidates]
    return ctx.main_event if ctx.main_event in ids else ids[-1]


_DECLARING = re.compile(_DECLARED_OPEN.pattern + "$")  # a short name being declared


def listed_with(ctx: ZhArticle, m: EventMention) -> list[EventMention]:
    """``m`` and the names listed with it ("A、B在福州开幕", "主办的A和B"), in text order."""
    named = sorted((x for x in ctx.mentions if not x.ref and x.sent == m.sent
                    and not _DECLARING.search(ctx.text, max(0, x.start - 8), x.start)), key=lambda x: x.start)
    i = next((k for k, x in enumerate(named) if x is m), None)
    if i is None:
        return [m]
    lo = hi = i
    while lo > 0 and _ITEM_GLUE.fullmatch(ctx.text[named[lo - 1].end:named[lo].start]):
        lo -= 1
    while hi + 1 < len(named) and _ITEM_GLUE.fullmatch(ctx.text[named[hi].end:named[hi + 1].start]):
        hi += 1
    return named[lo:hi + 1]


def with_joint(ctx: ZhArticle, event_id: str) -> list[str]:
    """The event and those a name joins to it ("A暨B": A and B, one record in the end)."""
    joint = {m.joint.event for m in ctx.mentions if m.event == event_id and m.joint is not None and m.joint.event}
    return [event_id, *sorted(joint - {event_id})]


def latest(mentions: list[EventMention]) -> EventMention:
    """The mention that ends last, the longer of two ending together ("A之“B”视频会" over its A)."""
    return max(mentions, key=lambda m: (m.end, m.end - m.start))


def events_in(ctx: ZhArticle, start: int, end: int) -> list[tuple[EventMention, str]]:
    """(mention, event id) for every mention in ``[start, end)`` that resolves to an event."""
    out = []
    for m in ctx.mentions:
        if start <= m.start and m.end <= end:
            ev = resolve(ctx, m)
            if ev:
                out.append((m, ev))
    return out
