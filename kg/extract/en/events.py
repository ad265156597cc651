"""Event names and every place the text names or refers to them.

Candidates come from four constructions, all over token shapes and NER types:

- a capitalised name ending in an event head noun, with an optional edition and a
  trailing year or title tail ("the 5th International Colloquium on X", "Forum 2023");
- two such names joined by "and" before a singular verb ("X Summit and 2020 Y
  Conference was held"): one event, each part an alias;
- a name followed by an appositive headed by an event noun ("HYDROTEC 2019, International
  Trade Fair", "Andes Build Show, the biggest building exhibition");
- a lower-case name with an edition in a sentence that says it was held ("the 7th
  regional workshop for the promotion of the dairy industry was held").

An event is kept when the body of the article names it (not a headline or page line
alone) and says something of it (``passing_mentions``). Its mentions are every occurrence of its names, and definite references
("the event", "this exhibition", "the two-day forum") resolved to the latest event with
the same head noun (any event for "the event").
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass, field
from functools import lru_cache

from spacy.language import Language
from spacy.tokens import Token

from kg.extract.en.context import Context, EventInfo, EventMention, Sentence, is_duration_word
from kg.extract.en.described import DESCRIBED_SENTENCES, Description, describe
from kg.extract.en.names import (CLOSING_QUOTES, HYPHENS, OPENING_QUOTES, Name, abbreviation_end, after_officer,
                                 is_calendar_word, is_edition_word, is_year, name_at, name_list, ordinal_value, strip_edition, without_year)
from kg.extract.en.patterns import (ACTIVE_FILLERS, CALENDAR_WORDS, HOLDING_FORMS, ATTENDEE_NOUNS, GUEST_WORDS, BARE_OCCASIONS, DESCRIBED_HEADS, EDITION_NOUNS, HEADLINE_VERBS, OCCASION_NOUNS, ORG_HEADS, TITLE_WORDS, EVENT_HEADS, EVENT_REFERENCE_NOUNS, HOLDING_CUES,
                                    NAMING_WORDS, OPENING_WORDS, OTHER_OCCASION_WORDS, PASSIVE_ROLE_CUES, RECURRING_WORDS,
                                    REPORTING_VERBS,
                                    SCOPE_WORDS,
                                    STANDING_BODIES, TIME_HEADS, TITLED_HEADS, TOPIC_HEADS, VENUE_WORDS, WEAK_HEADS)
from kg.extract.places import get_gazetteer
from kg.model.names import normalise

_TAIL_CONNECTORS = frozenset({"of", "on", "for"})
_OPENING_VERBS = frozenset({"inaugurated", "inaugurates", "opened", "opens", "organised", "organized", "hosted",
                            "hosts", "attended", "attends", "visited", "staged"})
#: verbs whose object is a gathering that takes place ("to conduct the 5th X Conference")
_HOLDING_VERBS = (_OPENING_VERBS - {"attended", "attends", "visited"}) | {
    "conduct", "conducted", "conducts", "organise", "organize", "host", "hold", "held", "holds", "convene", "convened",
    "convenes", "stage", "stages", "inaugurate", "open", "organizing", "organising", "hosting", "holding"}
_NAME_FOLLOWERS = frozenset({"at", "in", "on", "with", "by", "from", "and", "for", "virtually", "today", "yesterday",
                             "this", "last", "which", "that", "here", "there", "amid", "during", "officially",
                             "formally", "jointly", "along", "under", "through", "was", "is", "will"})
#: "the expo, which is also called", "this conference, also known as": a reference, then a name for it
_REFERRED_ALIAS = re.compile(r"\b(?:the|this)\s+(\w+)\s*,?\s+(?:(?:which|that)\s+(?:is|was)\s+)?(?:also\s+)?"
                             r"(?:known|called|named|referred\s+to)\s+(?:as\s+)?(?:the\s+)?[\"“‘«]?$", re.IGNORECASE)
_BRACKETED_ACRONYM = re.compile(r"\([A-Z][A-Za-z0-9&]{1,9}\)")  # "(IORBF)"
_QUOTE_TAIL = 4  # words of a quoted name after its capitalised opening ("‘Made in India’")
_TWO_DIGITS = re.compile(r"\d{2}")
_TITLE_TAIL = 14  # tokens of a quoted title-case title after its capitalised opening, with its subtitle
_TITLE_MARKS = frozenset({":", "’", "'", "&", ",", "’s", "'s"})  # marks inside such a title ("Outlook ’23: …")
#: words that introduce a gathering's theme in quotes ('themed "X"', "under the motto: “X”")
_THEME_WORDS = frozenset({"themed", "theme", "motto", "slogan", "tagline"})
#: the words of a gathering's moment named alone ("the official Opening Ceremony")
_MOMENT_WORDS = frozenset({"opening", "closing", "inaugural", "inauguration", "official", "grand", "formal",
                           "ceremony", "session", "plenary"})
_NOT_BESIDE = frozenset({"ceremony", "event"})  # a moment of a named event, or any of them
_DESCRIBED_WORD = re.compile(r"\b(?:" + "|".join(map(re.escape, sorted(DESCRIBED_HEADS, key=len, reverse=True))) + r")\b",
                             re.IGNORECASE)
#: moments and margins of a gathering: "the conclusion of the X" says the X took place
_TOOK_PLACE_NOUNS = frozenset({"conclusion", "opening", "closing", "inauguration", "sidelines", "margins",
                               "culmination", "launch", "finale"})
#: "a seminar held by X on “Y”": participles between a gathering's head and its quoted title
_HOLDER_PARTICIPLES = frozenset({"held", "organised", "organized", "hosted", "convened", "conducted", "arranged"})
_HOLDER_WORDS = 12
#: a holding body's name closing an event's: " of the Y Chamber of Commerce & Industry (YCCI)"
_HELD_BY_TAIL = re.compile(r"\b(?:" + "|".join(sorted(EVENT_HEADS, key=len, reverse=True)) + r")(\s+of\s+the\s+"
                           r"(?:[A-Z][\w'’.-]*|of|and|&|for|the)(?:\s+(?:[A-Z][\w'’.-]*|of|and|&|for|the))*"
                           r"(?:\s+\([A-Z&]{2,10}\))?)$", re.IGNORECASE)
#: the parent body closing the name of a gathering of one of its bodies ("Meeting of the X Business Council
#: | of the Y Chamber of Commerce"): after a body's head, " of the " and capitalised words to the end
_PARENT_BODY_TAIL = re.compile(r"\b(?:" + "|".join(w for w in ORG_HEADS if re.fullmatch(r"[a-z]+", w)) + r")"
                               r"(\s+of\s+the\s+((?:[A-Z][\w'’.-]*|of|and|&|for|the)(?:\s+(?:[A-Z][\w'’.-]*|of|and|&|for|the))*"
                               r"(?:\s+\([A-Z&]{2,10}\))?))$", re.IGNORECASE)
#: a gathering's head and "of" ("Meeting of the X Council")
_HEAD_OF = re.compile(r"\b(?:" + "|".join(EVENT_HEADS) + r")\s+of\b", re.IGNORECASE)
#: a body's name and its possessive opening a gathering's name ("the X Chamber of Commerce’s Y Awards")
_OWNER_HEAD = re.compile(r"((?:[A-Z][\w.-]*|of|and|&|for|the)(?:\s+(?:[A-Z][\w.-]*|of|and|&|for|the))*)['’]s\s+(?=[A-Z0-9])")
#: words of a gathering's name that say no more than its kind ("Annual General Meeting")
_GENERIC_WORDS = frozenset({"annual", "general", "regular", "extraordinary", "plenary", "ordinary", "special", "joint",
                            "biennial", "international", "national", "the", "of", "and"})
#: words headlines shorten: "17th Intl Trade Fair" is the body's "17th International Trade Fair"
_SPELT_OUT = {"intl": "International", "int'l": "International", "natl": "National", "nat'l": "National",
              "conf": "Conference", "assn": "Association"}
_ABBREVIATED_WORD = re.compile(r"\b(?:Intl|Int['’]l|Natl|Nat['’]l|Conf|Assn)\b\.?", re.IGNORECASE)
_SHOW_WORDS = frozenset({"expo", "exposition", "exhibition"})
#: head nouns one article uses for one show ("Made in X Expo" is its "8th Made in X Exhibition")
_SAME_HEAD = re.compile(r"\b(?:Expo|Exposition|Exhibition)$", re.IGNORECASE)
_AUXILIARIES = frozenset({"was", "is", "will", "be", "has", "have", "been", "officially", "formally", "also"})
_SUBJECT_REACH = 4
_ATTEND_GAP = 6  # tokens between an attendance cue and the event it names ("attended the opening of the")
_ATTEND_GLUE = OCCASION_NOUNS | {"the", "a", "an", "of", "this", "year", "year's", "'s"}
_LEADERS_HEADS = frozenset({"summit", "meeting", "talks", "dialogue"})  # "the Biden-Xi summit": leaders meeting
_FRONTING = frozenset({"on", "in", "at", "from", "during", "last", "this", "yesterday", "today"})  # "On May 4, the X"
#: a headline's lower-case description of the gathering its subject holds, to the headline's end
_HEADLINE_HOLDS = re.compile(r"\b(?:" + "|".join(sorted(HEADLINE_VERBS)) + r")\s+(?:an?\s+|the\s+)?(?P<name>(?:[a-z][\w'’-]*\s+)"
                             r"{1,5}(?P<head>" + "|".join(sorted(EVENT_HEADS, key=len, reverse=True)) + r"))\s*$")
#: a sentence-case headline's topic after its gathering's head, up to the verb saying it took place
#: ("Photo exhibition on China-Mongolia friendship opens in Ulan Bator")
_HEADLINE_TOPIC = re.compile(r"(\s+(?:on|of|for|about)\s+[^,:;|]{3,60}?)(?=\s+(?:" + "|".join(sorted(HEADLINE_VERBS))
                             + r")\b)")
_LOWER_MODIFIERS = 3  # lower-case words between an edition's name and its head ("business summit")
_LOWER_TAIL = 16  # words of a lower-case topic after a head ("Seminar for officials of ...")
_TAIL_BREAKS = frozenset({"successfully", "jointly", "officially", "hereinafter", "which", "that", "who"})
#: nouns a name may qualify ("Day of Remembrance events"): then it names no gathering itself
_KIND_NOUNS = frozenset(EVENT_REFERENCE_NOUNS | {"events", "activities", "celebrations", "programme", "program",
                                                 "programmes", "programs", "series", "campaign"})
#: a former name of the series: "Its predecessor, known as", "formerly called"
#: "one of the (biggest) ..." before a name: the name is a kind the event belongs to, not one gathering
_ONE_OF_KIND = re.compile(r"\bone\s+of\s+(?:the\s+)?(?:(?!of\b)[\w'’-]+\s+){0,3}$", re.IGNORECASE)
_FORMER_NAME = re.compile(r"\b(?:predecessors?|formerly|previously|originally)\b,?\s+(?:\w+\s+){0,2}?"
                          r"(?:known\s+as|called|named)\s+[^,.;]*$", re.IGNORECASE)
#: nouns of things that are no gatherings, which name what follows them ("the course “X Dialogue”")
_OTHER_KINDS = frozenset({"course", "courses", "book", "books", "project", "theme", "slogan", "song", "film", "movie",
                          "report", "album", "magazine", "journal", "column", "documentary", "paper", "article",
                          "module", "subject", "class", "degree", "app", "platform", "hashtag", "brand", "novel",
                          "play", "podcast", "newsletter", "textbook"})
#: an occasion of an event opening its name: "Inauguration of X Exhibition", "Opening Ceremony of the X"
_OCCASION_OF = re.compile(r"(?:Grand\s+)?(?:Inauguration|Opening(?:\s+Ceremony)?|Closing(?:\s+Ceremony)?|Launch)\s+of\s+"
                          r"(?:the\s+)?(?=[A-Z0-9])")
_REORDER_GLUE = frozenset({"the", "of", "a", "an"})
_PERFECT = frozenset({"had", "has", "have", "'d", "’d"})  # "had attended the X": background, not news
_COMING = re.compile(r"\b(?:upcoming|forthcoming|co-located|colocated|(?:held\s+)?(?:in\s+conjunction|alongside|concurrently)"
                     r"\s+with\s+the)\s+$", re.IGNORECASE)  # ("on the sidelines of the X": see _drew)
#: what says a reference's event took place right after it: "the event was officially opened"
_REFERENCE_HELD = re.compile(r"\s*(?:(?:was|is|has\s+been)\s+)?(?:(?:officially|formally)\s+)?(?:" +
                             "|".join(re.escape(c) for c in sorted(HOLDING_CUES, key=len, reverse=True)) + r")\b",
                             re.IGNORECASE)
_HELD_REACH = 6  # tokens after an event's name where "was held", "opened" say it took place  # tokens before a sentence's subject ("The two-day forum")
_ALIAS_LINK = re.compile(r",?\s*(?:\(\s*)?(?:also|better|commonly|formerly|widely)?\s*(?:known|called|referred to)"
                         r"\s+as\s+(?:the\s+)?", re.IGNORECASE)
_SINGULAR_VERBS = frozenset({"was", "is", "has", "will", "opens", "kicks", "takes", "closes"})
_APPOSITIVE_END = frozenset({",", ".", "with", "and", "on", "in", "for", "of", "–", "-", ")", "that",
                             "which", "to", ";", "at", "held", "where"})
#: words of an official's title: a name holding one is a person's ("Consul General A, the force behind X")
_ENVOY_WORDS = frozenset({"consul", "ambassador", "minister", "president", "secretary", "governor", "chairman",
                          "director", "mayor", "envoy", "commissioner"})
_APPOSITIVE_STOP = frozenset({"of", "in", "at", "for", "on", "with", "by", "from", "to", "as", "who", "behind", "during",
                              "after", "before", "about", "under", "between", "among", "into", "through", "across",
                              "which", "that", "is", "was", "will", "has", "its", "their", "his", "her"}
                             | {c for c in HOLDING_CUES if " " not in c})  # "X, organised a workshop": a clause
_HOLDING = re.compile(r"\b(?:" + "|".join(re.escape(c) for c in sorted(HOLDING_CUES, key=len, reverse=True))
                      + r")\b", re.IGNORECASE)
_EDITION_OF = re.compile(r"\b([\w-]+)\s+(" + "|".join(EDITION_NOUNS) + r")\s+of\s+(?:the\s+)?$", re.IGNORECASE)
_TITLED = re.compile(r"\b(?:a|an|the)\s+(?:[\w/-]+\s+){0,3}?(" + "|".join(sorted(TITLED_HEADS, key=len, reverse=True))
                     + r")\s*(?:(?:" + "|".join(NAMING_WORDS) + r")\s*[-–—:,]?|,?(?=\s*[\"“‘«](?-i:[A-Z0-9])|\s+'(?-i:[A-Z0-9])))"
                     r"\s*[\"“'‘«]([^\"“”'‘’«»]{3,100})[\"”'’»]", re.IGNORECASE)  # (or 'the exhibition, "X"', 'the exhibition “X”')
#: a month's or a weekday's name: a date after a title, not a word of it ("… Partnership on May 6")
_CALENDAR_WORD = "(?:" + "|".join(sorted((w.capitalize() for w in CALENDAR_WORDS), key=len, reverse=True)) + r")\b"
#: an unquoted title in capitals after its kind: "hosted the seminar titled Uzbekistan and Pakistan Economic
#: Development and Business Opportunities." (two capitalised words at least; "named after" names none)
_TITLED_BARE = re.compile(r"\b(?:a|an|the)\s+(?:[\w/-]+\s+){0,3}?(" + "|".join(sorted(TITLED_HEADS, key=len, reverse=True))
                          + r")\s*,?\s+(?:" + "|".join(NAMING_WORDS) + r")\s+(?-i:((?:[A-Z][\w'’&-]*)"
                          r"(?:\s+(?:(?:and|of|the|for|in|on|to|with|between|&)\s+(?!" + _CALENDAR_WORD + r"))*"
                          r"[A-Z0-9][\w'’&-]*)+))", re.IGNORECASE)
#: a fronted title and the gathering it names: "Titled ‘X: Y’, the programme was inaugurated by …"
_FRONTED_TITLE = re.compile(r"^\s*(?:" + "|".join(NAMING_WORDS) + r")\s*[\"“'‘«]((?-i:[A-Z0-9])[^\"“”'‘’«»]{3,100})"
                            r"[\"”'’»]\s*,\s*(?:the|this)\s+(?:[\w-]+\s+){0,3}?("
                            + "|".join(sorted(TITLED_HEADS, key=len, reverse=True)) + r"|programme|program)\b", re.IGNORECASE)
#: a quoted topic a held gathering is on: "organised an interaction meeting with X on ‘Doing Business in Y’"
#: a short name given right after a name: "X or simply, ABC", "X, better known as ABC"
_SHORT_NAME = re.compile(r"\s*,?\s*(?:or\s+simply|or\s+just|better\s+known\s+as|popularly\s+known\s+as)\s*,?\s+"
                         r"([A-Z][A-Z0-9]{2,})\b")
_EVENTS_LIKE = re.compile(r"\b(?:events|side[- ]events|symposia|symposiums|sessions|seminars|workshops|forums|fora|"
                          r"panels|conferences|meetings|dialogues|roundtables|exhibitions|webinars)\s*,?\s+"
                          r"(?:like|such\s+as|including)\s+(?=[A-Z\"“‘'«])")
_GLUED_HEAD = re.compile(r"[A-Z][A-Za-z]*?[a-z](Expo|Fair|Summit|Forum|Show|Showcase|Week|Fest|Festival|Congress|Conference|Conclave)")
#: what may follow an event's name in a longer name of the same event, as comparison keys
#: heads that also name a treaty, and what is done to a treaty before its name ("signed the X
#: Convention", "the Protocol to the X Convention")
_TREATY_HEADS = frozenset({"convention", "charter", "accord"})
_TREATY_ACT = re.compile(r"\b(?:sign(?:s|ed|ing)?|ink(?:s|ed)?|ratif(?:y|ies|ied|ying)|accede[ds]?|acceded|adopt(?:s|ed)?|"
                         r"protocol\s+to|party\s+to|parties\s+to|amendments?\s+to)\b[^.;]{0,80}$", re.IGNORECASE)
#: a head that a second gathering joins ("X Conference & International Seminar", "X Summit and Expo")
_JOINT_HEAD = re.compile(r"\w\s+(" + "|".join(sorted((h.title() for h in EVENT_HEADS if " " not in h), key=len, reverse=True))
                         + r")\s+(?:&|and)\s+[A-Z]")
_EXTENSIONS = frozenset({"exhibition", "andexhibition", "conference", "andconference", "celebration", "celebrations",
                         "festivities", "reception"})
#: nouns for a sitting of a standing body, numbered ("the 7th session of the X Commission")
_SITTINGS = frozenset({"session", "round", "sitting"})
_NEXT_WORD = re.compile(r"[ \t]+([\w-]+)")
_HELD_ON_TITLE = re.compile(r"\b(?:organi[sz]ed|held|hosted|conducted|convened|arranged)\s+(?:a|an)\s+(?P<anchor>(?:[\w-]+\s+){0,3}?("
                            + "|".join(sorted(TITLED_HEADS, key=len, reverse=True)) + r"))\b[^;:\"“”‘’]{0,120}?\bon\s+"
                            r"[\"“‘«](?=(?-i:[A-Z]))([^\"“”‘’«»]{3,100})[\"”’»]", re.IGNORECASE)
#: a quoted title before a capitalised head: "the 'Bangabandhu and Bangladesh Getting Closer to Spain' Seminar"
_QUOTED_BEFORE_HEAD = re.compile(r"[\"“'‘«]([A-Z][^\"“”'‘’«»]{3,100})[\"”'’»]\s+("
                                 + "|".join(sorted((h.capitalize() for h in EVENT_HEADS), key=len, reverse=True))
                                 + r")\b")
#: a quoted title a held gathering goes under: 'organized a discussion ... under the title: "X"'
_UNDER_TITLE = re.compile(r"\b(?:under|with|bearing)\s+the\s+(?:title|name)\s*:?\s*[\"“‘«]([A-Z][^\"“”‘’«»]{3,120})[\"”’»]")
#: a kind of gathering in lower case, then the gathering's own name and a verb saying it took place:
#: "Construction industry trade show ConExpo-Con/Agg wrapped up on Saturday"
_KIND_THEN_NAME = re.compile(r"\b(" + "|".join(sorted((h for h in TITLED_HEADS if " " not in h), key=len, reverse=True))
                             + r")\s+((?-i:[A-Z][\w&/.'’-]*)(?:\s+(?-i:[A-Z0-9][\w&/.'’-]*)){0,4})"
                             r"(?=\s+(?:wrapped\s+up|kicked\s+off|opened|opens|closed|concluded|began|begins|ended|"
                             r"took\s+place|takes\s+place|was\s+held|is\s+held|will\s+be\s+held|gets\s+underway|got\s+underway)\b)",
                             re.IGNORECASE)
#: a quoted title right after a verb that holds it: "hosted an “Industry Round Table on X”"
_HELD_QUOTED = re.compile(r"\b(?:hosted|hosts|hosting|organi[sz]ed|organi[sz]es|held|holds|convened|staged|launched)"
                          r"\s+(?:an?|the)\s+[\"“‘«]([A-Z][^\"“”‘’«»]{3,120})[\"”’»]")
#: a name in quotes that ends in an event head, before an optional qualifier or year:
#: "“2018 Traditional Medicine(TCM) International Development Forum (Thailand)”"
_QUOTED = re.compile(r"[\"“]((?:[A-Z0-9][^\"“”]{2,118}?\s)?(" + "|".join(sorted(EVENT_HEADS, key=len, reverse=True))
                     + r")(?:\s+(?:19|20)\d\d)?(?:\s*\([^()\"“”]{2,40}\))?)[\"”]"
                     # (or in single curly quotes: "the two-day ‘Indo-Pacific … Ministerial and Business Forum’")
                     r"|‘((?:[A-Z0-9][^‘’\"“”]{2,118}?\s)?(" + "|".join(sorted(EVENT_HEADS, key=len, reverse=True))
                     + r")(?:\s+(?:19|20)\d\d)?(?:\s*\([^()‘’]{2,40}\))?)’(?![a-z])", re.IGNORECASE)
#: a quoted title-case name a generic noun after it makes a gathering's ("for the “2023 Tour for the Consular
#: Corps” activity"), when a year or an edition is in it or the sentence says it was held or attended
_QUOTED_ACTIVITY = re.compile(r"[\"“]((?-i:[A-Z0-9])[^\"“”]{3,100})[\"”]\s+(activity|activities|event|programme|program)\b",
                              re.IGNORECASE)
_DASH_THEN_NAME = re.compile(r"\s*[-–—]+\s*[A-Z0-9]")  # a dash and a capitalised name after a quoted title
#: "the 20th anniversary celebration of the": an anniversary gathering of what follows
_ANNIVERSARY = re.compile(r"\b((?:\d{1,3}(?:st|nd|rd|th)|[a-z]+(?:-[a-z]+)?)\s+anniversary\s+"
                          r"(celebration|celebrations|ceremony|gala|commemoration|reception)\s+of\s+(?:the\s+)?)"
                          # "the embassy celebrated the 75th Anniversary of Independence": the celebration
                          r"|\b(?:celebrated|celebrates|celebrating|commemorated|commemorates)\s+(?:the\s+)?"
                          r"((?:\d{1,3}(?:st|nd|rd|th)|[A-Za-z]+(?:-[a-z]+)?)\s+(anniversary)\s+of\s+(?:the\s+)?)",
                          re.IGNORECASE)
#: a counted list of an event's parts: "organized into three sessions, including", "five panels:"
_COUNTED_PARTS = re.compile(r"\b(?:\d+|two|three|four|five|six|seven|eight|nine|ten|several|multiple)\s+"
                            r"(?:[a-z-]+\s+)?(sessions|panels|sub-forums|subforums|parallel forums|workshops|"
                            r"tracks|breakout sessions|roundtables)\b[^.;]{0,20}?(?:including|:|namely|such as)",
                            re.IGNORECASE)
_QUOTED_PART = re.compile(r"[\"“]([A-Z][^\"“”]{2,80}?)[,.]?[\"”]")
_TIME_PREPOSITION = re.compile(r"\b(?:in|during|of|throughout|within|for|by|until|later|earlier|that|this|next|"
                               r"last|all|each|every|per)\s+$", re.IGNORECASE)
_INDEFINITE = re.compile(r"\b(?:A|An|a|an)\s+(?:[a-z][\w-]*\s+){0,5}?(" + "|".join(sorted(EVENT_HEADS, key=len, reverse=True))
                         + r")\b")
#: a hosting verb's indefinite object: "hosted a one-day exhibition" (see _hosted_again)
_HOSTED_INDEFINITE = re.compile(r"\b(?:hosted|organi[sz]ed|held|staged|convened|co-hosted|co-organi[sz]ed)\s+"
                                r"(an?\s+(?:[a-z][\w-]*\s+){0,2}?(" + "|".join(sorted(EVENT_HEADS, key=len, reverse=True))
                                + r"))\b(?!\s+(?:of|on|for)\b)")
#: a held or attended gathering described in lower case: "hosted a business forum", "attended a
#: trade fair of the A and B chambers" (the description, with an "of the ..." tail, names it);
#: a bare head ("held a meeting") or a company's own kind of meeting ("a board meeting") is none
#: "was held on the sidelines of", "took place during": what comes before is held within what follows
_HELD_WITHIN = re.compile(r"\b(?:held|convened|took\s+place|organi[sz]ed)\s+(?:on\s+the\s+sidelines?(?:\s+of)?|during|"
                          r"as\s+(?:a\s+)?part\s+of)\b", re.IGNORECASE)
#: verbs whose object is an occasion marked, not an event held ("marks the 76th National Day")
_COMMEMORATED = re.compile(r"\b(?:marks?|marking|commemorat\w*|celebrat\w*|observ(?:ance|ing|e)|occasion)\b", re.IGNORECASE)
_CELEBRATIONS = BARE_OCCASIONS | {"celebration", "celebrations", "ceremony", "party", "jubilee", "anniversary"}
_DESCRIBED = re.compile(r"\s*[,:–—-]\s*(?:the\s+)?[‘'\"“]?\s*")  # between a description and the name after it
#: a passive role cue and its article right before a name: the name is the role's agent
_AGENT_SLOT = re.compile(r"\b(?:" + "|".join(sorted((re.escape(p) for ps in PASSIVE_ROLE_CUES.values() for p in ps
                                                    if p.endswith(" by")), key=len, reverse=True))
                         + r")(?:\s+the)?\s*$", re.IGNORECASE)
_SETTING_OFF = frozenset({",", ":", "–", "—", "-"})  # what sets a name off after its description
_INDEFINITE_REACH = 2  # sentences after "A symposium on X ..." that may name it
_DATE_WORD = r"(?:Mon|Tue|Wed|Thu|Fri|Sat|Sun|Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\.?\b"
_REFERENCE = re.compile(
    r"\b(?:the|this|that|this\s+year['’]s)\s+((?:(?!(?:of|the|a|an|and|or|in|on|at|for|to|with|by|from)\s)[a-z0-9][a-z0-9\-]*\s+){0,4}?)("
    + "|".join(re.escape(h) for h in sorted(EVENT_REFERENCE_NOUNS, key=len, reverse=True))
    + r")\b(?!-|\s+(?:of|on|for)\s+(?-i:(?!" + _DATE_WORD + r")[A-Z]))", re.IGNORECASE)


@dataclass
class Candidate:
    """An event name found in one sentence."""

    sentence: Sentence
    start: int  # token range of the name
    end: int
    names: list[str]  # as written first, then aliases
    heads: set[str]
    type: str
    year: int | None
    combined: bool = False
    keys: set[str] = field(default_factory=set)
    listed: bool = False  # one of a counted list of parts ("three sessions, including “A”, “B”")
    anchor: tuple[int, int] | None = None  # chars of the head noun a topic's title names ("a meeting ... on ‘X’")

    def __post_init__(self) -> None:
        self.keys = {_key(n) for n in self.names} - {""}


def find_events(ctx: Context, syntax: Callable[[], Language]) -> None:
    """Register the article's events with the builder and record their mentions in ``ctx``;
    ``syntax`` gives the tagger and parser, loaded only for described gatherings (described.py)."""
    candidates: list[Candidate] = []
    for sent in ctx.sentences:
        holding = bool(_HOLDING.search(ctx.sentence_text(sent)))
        appositives, described = _appositives(ctx, sent)
        named = [c for n in sent.names if (c := _from_name(ctx, sent, n, holding) or _branded(ctx, sent, n)
                                           or _lower_head_after(ctx, sent, n))
                 and n.start not in described]
        quoted = _quoted(ctx, sent, holding)
        named = [c for c in named if not any(q.start <= c.start and c.end <= q.end for q in quoted)]
        named = _also_known_as(ctx, _combine(ctx, named)) + quoted
        for c in named:
            _topic_list_tail(ctx, c)
        for c in named:  # "the Cebu Food and Beverage Exposition or simply, CEFBEX"
            last = ctx.doc[c.end - 1]
            short = _SHORT_NAME.match(ctx.text, last.idx + len(last.text))
            if short and short.group(1) not in c.names:
                c.names.append(short.group(1))
                c.keys.add(_key(short.group(1)))
        topics = _head_on_topic(ctx, sent)  # "National Seminar on “X”" is longer than the name "National Seminar"
        named = [c for c in named if not any(t.start <= c.start and c.end <= t.end for t in topics)]
        taken = {i for c in named for i in range(c.start, c.end)}
        listed = _listed_events(ctx, sent) if holding else []
        for c in named:  # "events like A Forum, B and C": a name of the list is listed too
            c.listed = c.listed or any(x.start <= c.start and c.end <= x.end for x in listed)
        extra = [c for c in appositives + _titled(ctx, sent) + _listed_parts(ctx, sent) + _anniversaries(ctx, sent)
                 + topics + listed
                 + (_lowercase(ctx, sent) + _of_organization(ctx, sent) + _head_first(ctx, sent) if holding
                    else [c for c in _lowercase(ctx, sent) if _attended_at(ctx, c)])
                 if not taken & set(range(c.start, c.end))]
        extra = [c for c in extra if not any(d.start <= c.start and c.end <= d.end and d.end - d.start > c.end - c.start
                                             for d in extra)]  # the longest reading of one phrase
        named = [c for c in named if not _titled_after(ctx, c, extra) and not _quoted_theme(ctx, c, named)
                 and not _body_of_officer(ctx, c)]
        named = [c for c in named if not _role_agent(ctx, c) and not _holding_subject(ctx, c, named)]
        found = _described_then_named(ctx, sorted(named + extra, key=lambda c: c.start))
        candidates.extend(c for c in found if not _alias_of_referred(ctx, c, candidates))
    _register_groups(ctx, candidates + _wholes(ctx, candidates))
    if all(info.heads <= TIME_HEADS for info in ctx.events.values()) \
            and all(info.heads for info in ctx.events.values()):  # none, or only days ("World Malaria Day")
        _register_groups(ctx, [c for c in _described(ctx, syntax) if not _moment_of_named(ctx, c)])
    elif orphans := _orphan_occasions(ctx):  # "attended the reception", and no named event is one
        _register_groups(ctx, [c for c in _described(ctx, syntax, orphans) if not _moment_of_named(ctx, c)])
    elif parts := _described_parts(ctx, syntax):
        _register_groups(ctx, parts)
    elif other := _described_beside(ctx, syntax):
        _register_groups(ctx, other)
    elif same := _described_named(ctx, syntax):
        _register_groups(ctx, same)
    _find_mentions(ctx)


def _body_of_officer(ctx: Context, c: Candidate) -> bool:
    """True for a name with a bracketed acronym and no edition or year after an officer's title
    ("as the current Chair of the IORA Business Forum (IORBF)"): a body, no gathering (but "the
    Chairman of the X Joint Ministerial Meeting" chairs a gathering)."""
    return not c.year and _edition_of(c.names[0]) is None and after_officer(ctx.doc, c.start) \
        and any(_BRACKETED_ACRONYM.search(n) for n in c.names)


def _quoted_theme(ctx: Context, c: Candidate, named: list[Candidate]) -> bool:
    """True for a name in quotes that another gathering's name says it is on ("the VI World Forum
    of X on the “Dialogue for Peace: Cooperation”") or that a theme word introduces ('themed
    "Building Dialogue …"', "under the motto “X”"): the gathering's theme, no gathering."""
    doc = ctx.doc
    k = c.start - 1
    if k < 1 or doc[k].text not in OPENING_QUOTES:
        return False
    k -= 1 + (doc[k - 1].text in (":", ","))
    if k >= 0 and doc[k].lower_ in _THEME_WORDS:
        return True  # 'the V World Forum themed "Building Dialogue to …"'
    k -= doc[k].lower_ == "the"
    return k >= 0 and doc[k].lower_ == "on" and any(x.end == k for x in named)


def _titled_after(ctx: Context, c: Candidate, extra: list[Candidate]) -> bool:
    """True when a title follows a capitalised kind ("an Art Exhibition titled “Journey of X”"):
    the title names the gathering, the kind only says what it is."""
    k = c.end
    return k < len(ctx.doc) and ctx.doc[k].lower_ in NAMING_WORDS and any(k < x.start <= k + 3 for x in extra)


def _wholes(ctx: Context, candidates: list[Candidate]) -> list[Candidate]:
    """"Mining Ministers Forum of CHINA MINING Congress and Expo 2017": a gathering named as a part
    of another that has a year or an edition of its own names that other one too (its part
    keeps the whole name, and the part's own: subevents.py links them)."""
    doc = ctx.doc
    out = []
    for c in candidates:
        for k in range(c.start + 1, c.end - 2):
            if doc[k].lower_ != "of" or doc[k - 1].lower_ not in EVENT_HEADS or doc[k - 1].is_lower:
                continue
            start = k + 1 + (doc[k + 1].lower_ == "the")
            dated = is_year(doc[c.end - 1].text)
            head = doc[c.end - 1 - dated].lower_
            if head not in EVENT_HEADS or not (dated or is_edition_word(doc[start].text)) \
                    or not all(t.is_title or t.is_upper or not t.is_alpha or t.lower_ in ("and", "&", "of", "on", "for")
                               for t in doc[start:c.end]):
                continue
            whole = doc[start:c.end].text
            names = [whole, without_year(whole), strip_edition(whole)]
            out.append(Candidate(c.sentence, start, c.end, list(dict.fromkeys(names)), {head}, EVENT_HEADS[head], c.year))
            part = _strip_article(doc[c.start:k].text)
            c.names.append(part)
            c.keys.add(_key(part))
            break
    return out


def _register_groups(ctx: Context, candidates: list[Candidate]) -> None:
    """One event per group of candidates that the body names or refers to."""
    groups = _group(candidates)
    if any(not _moment_only(g) for g in groups):  # "The Opening Ceremony was inaugurated with …": the X's
        groups = [g for g in groups if not _moment_only(g)]
    in_body = {h for g in groups if any(c.sentence.body for c in g) for c in g  # (and the heads a body name
               for h in c.heads | {w for n in c.names for w in n.lower().split() if w in EVENT_HEADS}}  # opens with)
    for group in groups:
        heads = {h for c in group for h in c.heads} - in_body
        if any(c.sentence.body for c in group) or (heads and _referred_to_in_body(ctx, heads)):
            event_id = _register(ctx, group)
            ctx.listed_parts.update((event_id, c.sentence.index) for c in group if c.listed)
            for c in group:
                if c.anchor:  # the held gathering is mentioned where its head noun is, far from its title
                    _add(ctx, event_id, *c.anchor, False)


def _moment_only(group: list[Candidate]) -> bool:
    """True when every name of a group is a moment of some gathering alone ("Opening Ceremony",
    "the official closing ceremony", "Opening Ceremony of the Conference"): the ceremony of an
    event the article names otherwise."""
    def moment(name: str) -> bool:
        words = re.findall(r"[a-z]+", name.lower())
        rest = [w for w in words if w not in _MOMENT_WORDS and w != "the"]
        return len(rest) < len(words) and (not rest or rest[0] == "of" and len(rest) == 2 and rest[1] in EVENT_HEADS)
    names = [n for c in group for n in c.names]
    return any(moment(n) for n in names) and all(moment(n) or n.lower() in EVENT_HEADS for n in names)


def _referred_to_in_body(ctx: Context, heads: set[str]) -> bool:
    """True when the body refers to an event by a head noun that only the headline's name has
    ("PM to inaugurate 4th International Conference on X" ... "The three-day conference is ...";
    a press statement's "The Meeting was co-chaired by")."""
    doc = ctx.doc
    for sent in ctx.sentences:
        if not sent.body:
            continue
        for i in range(sent.start, sent.end):
            if doc[i].lower_ not in heads:
                continue
            if doc[i].is_lower and any(doc[k].lower_ in ("the", "this") for k in range(max(sent.start, i - 5), i)):
                return True
            if doc[i].is_title and i > sent.start and doc[i - 1].lower_ in ("the", "this") \
                    and (i + 1 == sent.end or not (doc[i + 1].is_title or doc[i + 1].lower_ in _TAIL_CONNECTORS)):
                return True  # "The Meeting was co-chaired by" (not "the Meeting of X", "the Meeting Room")
    return False


# -- candidates ------------------------------------------------------------------------

def _head_index(name: Name) -> int | None:
    """Token index of the event head noun of a name, or None when the name is not an event's."""
    doc = name.doc
    inner = [i for i in range(name.start, name.end) if not (name.paren and name.paren[0] <= i < name.paren[1])]
    while inner and doc[inner[-1]].text in ("'s", "’s"):
        inner.pop()
    for pos in range(name.edition + 1, len(inner) - 1):
        if doc[inner[pos + 1]].lower_ != "of" or not any(doc[k].lower_ in EVENT_HEADS for k in inner[pos + 2:]):
            continue
        word = doc[inner[pos]].lower_
        joined = any(doc[k].lower_ == "and" for k in inner[pos + 2:])  # "Chambers of Commerce and Industry X Meeting"
        if (word in ORG_HEADS or word in TITLE_WORDS) and not (word in ORG_HEADS and joined):
            return None  # "Organizing Committee of the X Forum", "Director of X Forum": no gathering's name
        if word in EVENT_HEADS and word not in WEAK_HEADS:
            return inner[pos]  # "Beijing Summit of the Forum on X": the summit, a gathering of X
    for pos in range(len(inner) - 1, -1, -1):
        i = inner[pos]
        rest = inner[pos + 1:]
        if name.edition and pos == name.edition and doc[i].is_title and doc[i].lower_ == "session" \
                and rest and doc[rest[0]].lower_ == "of":
            return i  # "the 78th Session of the X Committee": a numbered sitting of a body
        if doc[i].lower_ not in EVENT_HEADS and not _glued_head(doc[i].text) \
                and not (pos == len(inner) - 1 and pos - name.edition >= 2 and _plural_title_head(doc[i])):
            continue  # ("the 2023 Zhongshan Global Investment Promotion Conferences": one gathering's plural name)
        if len(rest) == 2 and doc[rest[0]].text in HYPHENS and is_year(doc[rest[1]].text):
            rest = rest[1:]  # "Business Summit-2023": the year after a hyphen
        if not rest or (is_year(doc[rest[0]].text) and (len(rest) == 1 or _is_place(doc, rest[1:]))) \
                or (len(rest) > 1 and is_year(doc[rest[-1]].text) and _is_place(doc, rest[:-1])) \
                or pos > name.edition and _is_place(doc, rest) \
                and (doc[rest[0] - 1].lower_ not in WEAK_HEADS or pos - name.edition >= 2):
            # "Expo 2025", "Expo 2025 Osaka", "Week NYC 2018", "Expo Dubai", "Commonwealth Christmas Dinner Chongqing"
            # (a weak head with a place only after two words: not "Day Beijing")
            return i if pos > name.edition or rest else None
        if doc[rest[0]].lower_ not in _TAIL_CONNECTORS and not (doc[rest[0]].text == "to" and len(rest) > 1) \
                and not (doc[rest[0]].lower_ in ("between", "among") and len(rest) > 1):
            return None  # (but "Workshop to Coordinate Assistance": a purpose in title case; "Dialogue between X")
        # "the Forum on China-ASEAN Cooperation": a name may open with its head, then its topic
        # (a weak head, "Dialogue of X", only where the text says it was held: see _from_name)
        return i
    return None


def _glued_head(word: str) -> str | None:
    """The head noun a brand's word ends in, written in camel case ("DefExpo", "AgriFair"), or a
    second head after a slash ("Exhibition /Conference"), if any."""
    if word[:1] == "/" and word[1:].lower() in EVENT_HEADS:
        return word[1:].lower()
    m = _GLUED_HEAD.fullmatch(word)
    return m.group(1).lower() if m else None


def _host_country_tail(doc, sent: Sentence, name: Name) -> str | None:
    """"in Mongolia" after a name ending "of <place>" ("Festival of India | in Mongolia", "Days of Kazakh
    Culture"): the place another's festival or days are held in, which the name goes on with."""
    k = name.end
    if not (name.end - name.start >= 3 and doc[k - 2].lower_ == "of" and _is_place(doc, [k - 1])
            and k + 1 < sent.end and doc[k].lower_ == "in"):
        return None
    end = k + 1
    while end < sent.end and end - k <= 3 and doc[end].text[:1].isupper():
        end += 1
    return doc[k:end].text if end > k + 1 and _is_place(doc, list(range(k + 1, end))) else None


def _place_text(text: str) -> bool:
    """True when the text is exactly one place's name ("Belgrade", "South Africa")."""
    found = get_gazetteer().find(text, "en")
    return bool(found) and found[0].start == 0 and found[0].end == len(text)


def _is_place(doc, tokens: list[int]) -> bool:
    """True when the tokens are exactly one place's name ("Osaka", "Abu Dhabi")."""
    return len(tokens) <= 3 and _place_text(doc[tokens[0]:tokens[-1] + 1].text)


def _from_name(ctx: Context, sent: Sentence, name: Name, holding: bool) -> Candidate | None:
    name = _after_title(_after_headline_verb(ctx, sent, name))
    head = _head_index(name)
    if head is None:
        return None
    name = _after_capitals_article(name, head)
    doc = ctx.doc
    if any(doc[k].lower_ in GUEST_WORDS and doc[k + 1].lower_ == "of" for k in range(name.start, head)):
        return None  # "The Chief Guest of the Seminar was X": a part someone plays at the gathering
    head_word = _glued_head(doc[head].text) or _plural_title_head(doc[head]) or doc[head].lower_
    years = [int(t.text) for t in name.span if is_year(t.text)]
    if head_word in WEAK_HEADS and not (name.edition or years or holding or ctx.cues_in("attend", sent)
                                        or doc[max(sent.start, name.start - 2):name.start].text.lower() in ("at", "at the")):
        return None  # a weak head names a gathering with an edition, or one said to be held, attended or been at
    if head_word in WEAK_HEADS and head == name.start + name.edition and name.end < sent.end \
            and doc[name.end].lower_ in _KIND_NOUNS:
        return None  # "Day of Remembrance events took place": the name says what kind of events
    if head_word == "ministerial" and name.end < sent.end and doc[name.end].lower_ in EVENT_HEADS:
        return None  # "the Asian Ministerial meeting": an adjective of the meeting, which the name does not name
    if name.end < sent.end and doc[name.end].is_lower and _plural_head(doc[name.end].lower_) \
            and doc[name.end].lower_ != "celebrations":
        return None  # "organised two Punjab Agri Expo exhibitions": editions counted, no one gathering
        # (but "the X Festival celebrations" are the festival's)
    if _ONE_OF_KIND.search(doc[sent.start:name.start].text_with_ws) and not (name.edition or years):
        return None  # "the 3rd X Tea Expo, one of the biggest Agricultural Expo organised by Y": a kind, no name
    if _FORMER_NAME.search(doc[sent.start:name.start].text):
        return None  # "Its predecessor, known as X Fair and the Y Forum, has been held since 2010": the series' past
    if head_word in _TREATY_HEADS and _TREATY_ACT.search(doc[sent.start:name.start].text):
        return None  # "signed ... the Additional Protocol to the 1987 SAARC Convention on X": a treaty
    if _kind_before(doc, sent, name.start):
        return None  # "the course “Interreligious Dialogue: ...”": the noun before the name says what it names
    if head_word in TIME_HEADS and _COMMEMORATED.search(doc[sent.start:name.start].text):
        return None  # "the event also marks ... Vietnam's 76th National Day": an occasion, not an event
    if any(name.text.lower().endswith(body) for body in STANDING_BODIES) \
            and not any((doc[k].lower_ in EVENT_HEADS or doc[k].lower_ in _SITTINGS) and doc[k + 1].lower_ == "of"
                        for k in range(name.start, head)):
        return None  # a standing body (but "the 68th Session of the UN General Assembly" is a sitting of it)
    if head_word in _LEADERS_HEADS and head > name.start and all(doc[i].ent_type_ == "PERSON" for i in range(name.start, head)):
        return None  # "the Biden-Xi summit" is not a name of its own (but NER's "PERSON" in "Tigrayan Diaspora Festival" is)
    if _after_venue(ctx, sent, name) or _venue_of_event(ctx, sent, name):
        return None  # "in International Exhibition Center, Qingdao Cosmopolitan Exposition": a venue's site
    if _PARTNER.search(doc[max(sent.start, name.start - 4):name.start].text) \
            or _PARTNER_BETWEEN.search(doc[sent.start:name.start].text):
        return None  # "in collaboration with US-India Strategic Partnership Forum": a body, not a gathering
    name = _topic_pair(sent, name, head)
    names = _trimmed_variants(name)
    hosted_in = _host_country_tail(doc, sent, name)
    if hosted_in:  # "the Festival of India in Mongolia": one country's festival in another
        names.insert(0, f"{names[0]} {hosted_in}")
    inner = next((k for k in range(name.start, head) if doc[k].lower_ in EVENT_HEADS and is_year(doc[k + 1].text)), None)
    if head + 2 < name.end and is_year(doc[head + 1].text):  # "Expo 2025 Osaka" is also "Expo 2025"
        names.append(doc[name.start:head + 2].text)
    elif inner is not None and inner + 2 < head:  # "EXPO 2017 International Exhibition" is also "EXPO 2017"
        names.append(doc[name.start:inner + 2].text)
    elif head + 1 < name.end and not name.paren and _is_place(doc, list(range(head + 1, name.end))):
        names.append(doc[name.start:head + 1].text)  # "Commonwealth Christmas Dinner Chongqing" is also the Dinner
    start = name.start
    numbered = _EDITION_OF.search(doc[sent.start:name.start].text_with_ws)
    if numbered and not name.edition and ordinal_value(numbered.group(1)) is not None \
            and not numbered.group(2).lower().endswith("s"):
        span = doc.char_span(doc[sent.start].idx + numbered.start(1), doc[name.start].idx, alignment_mode="expand")
        if span is not None:  # "the 134th session of the China Import and Export Fair": that edition of it
            start = span.start
            names.insert(0, doc[start:name.end].text)
    return Candidate(sent, start, name.end, names, {head_word}, TITLED_HEADS.get(head_word, "Meeting"),
                     years[0] if years else None)


def _plural_title_head(token) -> str | None:
    """The singular head of a capitalised plural one ("Conferences": conference), unless weak."""
    word = token.lower_
    if not token.is_title or not _plural_head(word):
        return None
    single = word[:-1] if word[:-1] in EVENT_HEADS else word[:-2]
    return None if single in WEAK_HEADS else single


def _plural_head(word: str) -> bool:
    """"exhibitions", "conferences", "forums": the plural of an event head."""
    return word not in EVENT_HEADS and (word[:-1] in EVENT_HEADS or word.endswith("es") and word[:-2] in EVENT_HEADS)


def _kind_before(doc, sent: Sentence, start: int) -> bool:
    """True after "the <noun>" whose noun names a kind of thing that is no gathering ("the course
    “X Dialogue”", "the book X Summit")."""
    k = start - 1 - (start > sent.start and doc[start - 1].is_quote)
    return k > sent.start and doc[k].lower_ in _OTHER_KINDS and doc[k - 1].lower_ in ("the", "a", "an", "its", "their")


def _after_headline_verb(ctx: Context, sent: Sentence, name: Name) -> Name:
    """A title-case headline reads as one name: "New York Hosts International Food Festival" names
    the festival after its verb."""
    if sent.body:
        return name
    doc = ctx.doc
    verb = next((k for k in range(name.start + 1, name.end - 1) if doc[k].lower_ in HEADLINE_VERBS
                 and doc[k].is_title), None)
    if verb is None:
        return name
    return name_at(doc, verb + 1, name.end) or name


def _after_capitals_article(name: Name, head: int) -> Name:
    """A line in capitals reads as one name: "SUCCESSFUL CONCLUSION TO THE INTERNATIONAL SEMINAR ON X"
    names the seminar after the last article before its head."""
    doc = name.doc
    if not name.text.isupper():
        return name
    cut = max((k for k in range(name.start + name.edition, head) if doc[k].lower_ in ("the", "a", "an")), default=None)
    return name if cut is None else Name(doc, cut + 1, name.end, paren=name.paren)


def _after_title(name: Name) -> Name:
    """"(Press Statement of the) Chairman of the Special Joint Ministerial Meeting", "Commissioner
    General for Expo 2025": a person's title before "of (the)" or "for" inside a name is the title's;
    the gathering's name is what follows
    (but "Organizing Committee of X Forum" names a body, see _head_index)."""
    doc = name.doc
    for k in range(name.end - 2, name.start + name.edition - 1, -1):
        if doc[k].is_title and doc[k].lower_ in TITLE_WORDS and doc[k + 1].lower_ in ("of", "for"):
            after = k + 2 + (k + 2 < name.end and doc[k + 2].lower_ == "the")
            rest = name_at(doc, after, name.end) if after < name.end else None
            return rest if rest is not None and _head_index(rest) is not None else name
    return name


def _topic_pair(sent: Sentence, name: Name, head: int) -> Name:
    """A name opening with its head goes on over "and" into its topic's second half ("Dialogue of
    Emerging Markets and Developing Countries"), when a capitalised name follows "and"."""
    doc = name.doc
    if head != name.start + name.edition or name.paren or name.end + 1 >= sent.end \
            or doc[name.end].lower_ not in ("and", "&"):
        return name
    other = next((n for n in sent.names if n.start == name.end + 1 and not n.edition), None)
    if other is None or _head_index(other) is not None:
        return name  # "Forum on X and Y Summit": two gatherings
    return Name(doc, name.start, other.end, other.abbr, name.edition, other.paren)


def _after_venue(ctx: Context, sent: Sentence, name: Name) -> bool:
    """True for a name right after "in/at <...> <venue noun>,": it says where the venue is."""
    doc = ctx.doc
    k = name.start - 1
    if k - 1 < sent.start or doc[k].text != "," or doc[k - 1].lower_ not in VENUE_WORDS:
        return False
    return any(doc[i].lower_ in ("in", "at") for i in range(max(sent.start, k - 8), k - 1))


#: a partner's slot: the name after it is a body working with the host
_PARTNER = re.compile(r"\bin\s+(?:collaboration|partnership|association|cooperation|co-operation)\s+with(?:\s+the)?$",
                      re.IGNORECASE)
_PARTNER_BETWEEN = re.compile(r"\bin\s+(?:collaboration|partnership|association|cooperation|co-operation)\s+"
                              r"between\b[^.;]{0,80}\band(?:\s+the)?$", re.IGNORECASE)
_ACRONYM = re.compile(r"[A-Z][A-Z0-9]{1,7}(?<=[A-Z0-9])")  # B20, G20, BRICS, COP28
_TOPIC_GLUE = frozenset({"of", "and", "in", "for", "the", "&", "-", "on", "to"})
_TOPIC_WORDS = 14
_PASSIVE = frozenset({"was", "were", "is", "are", "be", "been"})
_HELD_AT = frozenset({"held", "staged", "hosted"})  # "be held … at X": X is where


def _venue_of_event(ctx: Context, sent: Sentence, name: Name) -> bool:
    """True for "<Event name> was opened/held ... at the <name>": the place the event was held
    in ("The 6th X Fair was opened at the Y Exhibition" names a hall, not a second fair; "… is
    going to be held from January 14 at the X Mart")."""
    doc = ctx.doc
    k = name.start - 1
    if k > sent.start and doc[k].lower_ == "the":
        k -= 1
    if k <= sent.start or doc[k].lower_ != "at":
        return False
    for v in range(k - 1, max(sent.start, k - 8), -1):
        if doc[v].lower_ in _HELD_AT and doc[v - 1].lower_ in _PASSIVE:
            # "which is going to be held from January 14 at India Exposition Mart": where (but "the
            # launch ceremony was held at the 2023 Dialogue …": an edition is a gathering)
            return not (name.edition or any(is_year(t.text) for t in name.span))
        if doc[v].lower_ in OPENING_WORDS and doc[v - 1].lower_ in _PASSIVE:
            return any(doc[i].lower_ in EVENT_HEADS and doc[i].is_title for i in range(sent.start, v - 1))
    return False


def _lower_head_after(ctx: Context, sent: Sentence, name: Name) -> Candidate | None:
    """"the 19th IORA Council of Ministers meeting held in Abu Dhabi": an edition, a body's
    name, then a lower-case head noun (after up to three lower-case words: "the 1st Pak US
    business summit"); "the B20 meeting", "the BRICS summit": an acronym, then the head; "the World
    Chamber Federation (WCF) summit": a name that defines its abbreviation, then the head."""
    doc = ctx.doc
    quoted = _whole_quote(doc, sent, name)
    if quoted is not None:
        return _quoted_then_kind(ctx, sent, quoted)
    k = name.end
    acronym = len(name.span) == 1 and bool(_ACRONYM.fullmatch(doc[name.start].text))
    defined = name.abbr is not None and name.paren is not None and name.paren[1] == name.end \
        and doc[name.start - 1].lower_ == "the"  # "the World Chamber Federation (WCF) summit"
    if name.edition:  # "the 1st Pak US business summit", "the 27th X international food industry exhibition"
        k = next((j for j in range(k, min(sent.end, k + _LOWER_MODIFIERS + 1))
                  if not (doc[j].is_lower and doc[j].is_alpha) or doc[j].lower_ in EVENT_HEADS), k)
    if not (name.edition or acronym or defined) or k >= sent.end or not doc[k].is_lower \
            or doc[k].lower_ not in EVENT_HEADS or doc[k].lower_ in WEAK_HEADS and not acronym \
            or any(is_calendar_word(t.text) for t in name.span):
        return None  # (a date is no edition: "the 14 to 17 April 2014 meeting")
    if defined:  # its variants: "X (WCF) summit", "X summit", "WCF summit"
        whole = Name(doc, name.start, k + 1, paren=name.paren)
        return Candidate(sent, name.start, k + 1, whole.variants(), {doc[k].lower_}, EVENT_HEADS[doc[k].lower_], None)
    text = doc[name.start:k + 1].text
    years = [int(t.text) for t in name.span if is_year(t.text)]
    return Candidate(sent, name.start, k + 1, [text, strip_edition(text)], {doc[k].lower_}, EVENT_HEADS[doc[k].lower_],
                     years[0] if years else None)


def _lower_topic_end(doc, j: int, limit: int) -> int | None:
    """The end of a lower-case topic after a gathering's head at j - 1 ("forum | for economic
    diplomacy | held today"): "for" or "on" and a few lower-case words before a verb or a stop."""
    if j >= limit or doc[j].lower_ not in ("for", "on"):
        return None
    end = j + 1
    while end < min(limit, j + _LOWER_MODIFIERS + 2) and doc[end].is_lower and doc[end].is_alpha \
            and doc[end].lower_ not in _NAME_FOLLOWERS and doc[end].lower_ not in _HOLDING_VERBS \
            and doc[end].lower_ not in _HOLDER_PARTICIPLES and not is_calendar_word(doc[end].text):
        end += 1
    return end if end > j + 1 else None


def _whole_quote(doc, sent: Sentence, name: Name) -> Name | None:
    """The quoted name a name opens ("the ‘Made in India’ exhibition": "Made" and the words to the
    closing quote; a title-case title with its subtitle, "“Energy Outlook ’23: A Sensible Future”
    symposium"), or None when the name opens no such quote."""
    if _quoted_at(doc, sent, name):
        return name
    if name.start <= sent.start or doc[name.start - 1].text not in OPENING_QUOTES:
        return None
    close = next((k for k in range(name.end, min(sent.end, name.end + _TITLE_TAIL)) if _closes_quote(doc, sent, k)), None)
    if close is None:
        return None
    tail = doc[name.end:close]
    if close - name.end < _QUOTE_TAIL and all(t.is_alpha or t.is_digit or t.text in HYPHENS for t in tail):
        return Name(doc, name.start, close)
    # a title-case title with its subtitle ("“Energy Outlook ’23: Stewarding a Sensible Energy Future” symposium")
    words = [t for t in tail if t.is_alpha]
    if not words or doc[close - 1].text == "," or any(t.text in OPENING_QUOTES for t in tail) \
            or not all(t.is_alpha or t.is_digit or t.text in HYPHENS or t.text in _TITLE_MARKS for t in tail) \
            or sum(t.is_title for t in words) < 2 * len(words) / 3:
        return None  # (not a phrase in quotes, nor "themed ‘Emerging Pakistan,’ and aims to showcase")
    return Name(doc, name.start, close)


def _quoted_at(doc, sent: Sentence, name: Name) -> bool:
    """Whether a name stands alone in quotes ("the ‘Maha Agro’ exhibition")."""
    return name.start > sent.start and name.end < sent.end and doc[name.start - 1].text in OPENING_QUOTES \
        and _closes_quote(doc, sent, name.end)


def _closes_quote(doc, sent: Sentence, k: int) -> bool:
    """Whether token k closes a quote (not the apostrophe of a short year: "Outlook ’23")."""
    return doc[k].text in CLOSING_QUOTES and not (k + 1 < sent.end and _TWO_DIGITS.fullmatch(doc[k + 1].text))


def _quoted_then_kind(ctx: Context, sent: Sentence, name: Name) -> Candidate | None:
    """"The 7th state-level ‘Maha Agro’ exhibition will be inaugurated": a quoted name between
    an edition (and lower-case words) and a lower-case head noun names that gathering."""
    doc = ctx.doc
    k = next((j for j in range(name.end + 1, min(sent.end, name.end + 2 + _LOWER_MODIFIERS))
              if not (doc[j].is_lower and doc[j].is_alpha) or doc[j].lower_ in EVENT_HEADS), sent.end)
    if k >= sent.end or not doc[k].is_lower or doc[k].lower_ not in EVENT_HEADS or doc[k].lower_ in WEAK_HEADS:
        return None
    start = name.start - 1
    while start > sent.start and (doc[start - 1].is_lower and doc[start - 1].lower_ not in ("the", "a", "an", "of")
                                  or doc[start - 1].text in HYPHENS or is_edition_word(doc[start - 1].text)):
        start -= 1
    if not any(is_edition_word(t.text) for t in doc[start:name.start]):
        start = name.start - 1
    text = doc[start:k + 1].text
    years = [int(t.text) for t in doc[start:name.start] if is_year(t.text)]
    return Candidate(sent, start, k + 1, list(dict.fromkeys([text, strip_edition(text), name.text])), {doc[k].lower_},
                     EVENT_HEADS[doc[k].lower_], years[0] if years else None)


def _branded(ctx: Context, sent: Sentence, name: Name) -> Candidate | None:
    """"HYDROTEC 2019 opened ...": a name with a year, right before a verb saying it took place, or
    after one that opens it or a moment of it ("on the second day of TEXPO 2023")."""
    doc = ctx.doc
    if name.end - name.start < 2 or not is_year(doc[name.end - 1].text) or name.paren:
        return None
    before = range(name.start, name.end - 1)
    if any(is_calendar_word(doc[i].text) for i in before):
        return None  # (a date is no brand: "on 9 November 2017, which was organized as ...")
    year_tag = doc[name.end - 1].ent_type_  # (NER that takes the year into a "PERSON" has misread a brand)
    places = [doc[i].ent_type_ in ("PERSON", "GPE", "LOC", "NORP") and doc[i].ent_type_ != year_tag for i in before]
    if (_opened_before(doc, sent, name.start) or _moment_before(doc, sent, name.start)) and not all(places) \
            and not _modifies_noun(doc, sent, name.end):
        return Candidate(sent, name.start, name.end, _trimmed_variants(name), set(), "Other", int(doc[name.end - 1].text))
    head = _described_before(doc, sent, name.start)
    if head is not None and not any(doc[i].ent_type_ in ("GPE", "LOC") or _is_place(doc, [i]) for i in before):
        # "agricultural trade fair – Agri Intex 2022": the fair's brand (which NER may take for a person)
        return Candidate(sent, name.start, name.end, _trimmed_variants(name), {head}, EVENT_HEADS[head],
                         int(doc[name.end - 1].text))
    if any(places):
        return None
    k = name.end
    if k + 1 < sent.end and doc[k].text == "," and doc[k + 1].lower_ in ("which", "that"):
        k += 2  # "X 2018, which convened from ..."
    while k < sent.end and doc[k].lower_ in _AUXILIARIES:
        k += 1
    if k >= sent.end or not _HOLDING.match(doc[k:min(k + 3, sent.end)].text):
        return None
    return Candidate(sent, name.start, name.end, _trimmed_variants(name), set(), "Other", int(doc[name.end - 1].text))


def _described_before(doc, sent: Sentence, start: int) -> str | None:
    """The head noun of a lower-case description set off right before a name by a dash, colon or
    comma ("the agricultural trade fair – Agri Intex 2022", "the fair, X 2022") or by quotes
    alone ("in textiles show ‘X 2023’"), or None."""
    k = start - 1
    while k > sent.start and doc[k].is_quote:
        k -= 1
    set_off = doc[k].text in _SETTING_OFF
    if k <= sent.start or not (set_off or k < start - 1):  # (quotes alone: k moved past them)
        return None
    head = doc[k - 1] if set_off else doc[k]
    return head.lower_ if head.is_lower and head.lower_ in EVENT_HEADS else None


def _opened_before(doc, sent: Sentence, start: int, verbs: frozenset[str] = _OPENING_VERBS) -> bool:
    """"inaugurated the ‘Krushi Odisha-2021’": a verb that opens a gathering, then (the, a quote)
    the name."""
    k = start - 1
    while k >= sent.start and (doc[k].is_quote or doc[k].lower_ in ("the", "a", "an")):
        k -= 1
    past_perfect = k > sent.start and doc[k - 1].lower_ in ("had", "'d", "’d")  # "had held the X": background
    return k >= sent.start and doc[k].lower_ in verbs and not past_perfect


def _moment_before(doc, sent: Sentence, start: int) -> bool:
    """"On the second day of TEXPO 2023", "at the closing of X 2019": a moment or a day of a
    gathering, then "of (the)" and the name."""
    k = start - 1
    while k >= sent.start and doc[k].lower_ in ("the", "this"):
        k -= 1
    return k > sent.start and doc[k].lower_ == "of" and doc[k - 1].lower_ in _TOOK_PLACE_NOUNS | {"day"}


def _modifies_noun(doc, sent: Sentence, k: int) -> bool:
    """"opened Terminal 2022 sales": a lower-case word after the name that is no function word
    makes the name a modifier."""
    k += k < sent.end and doc[k].is_quote
    return k < sent.end and doc[k].is_lower and doc[k].is_alpha and doc[k].lower_ not in _NAME_FOLLOWERS


def _trimmed_variants(name: Name) -> list[str]:
    """The name's variants without a possessive end; a name opening with an occasion of the
    event ("Inauguration of X Exhibition") also names the event itself ("X Exhibition"), and one
    closed by the body that holds it ("X Conference of the Y Chamber of Commerce") the gathering alone."""
    out = [re.sub(r"['’]s$", "", v) for v in name.variants()]
    for v in out:  # (the variants found are trimmed in turn: "A's B Summit and Fair", "B Summit and Fair", "B Summit")
        occasion = _OCCASION_OF.match(v)
        if occasion and v[occasion.end():] not in out:
            out.append(v[occasion.end():])
        held_by = _HELD_BY_TAIL.search(v)
        own = v[:held_by.start(1)] if held_by else ""
        if held_by and set(re.findall(r"[\w.-]+", held_by.group(1).lower())) & ORG_HEADS and own not in out \
                and len([w for w in re.findall(r"[A-Za-z][\w'’-]*", own) if w.lower() not in _GENERIC_WORDS
                         and w.lower() not in EVENT_HEADS and not is_edition_word(w)]) >= 2:
            out.append(own)  # "33rd X Conference of the Y Chamber of Commerce (YCC)": the X Conference
        owner = _OWNER_HEAD.match(v)
        rest = v[owner.end():] if owner else ""
        if owner and (set(re.findall(r"[\w.-]+", owner.group(1).lower())) & ORG_HEADS or _place_text(owner.group(1))) \
                and rest not in out \
                and len([w for w in re.findall(r"[A-Za-z][\w'’-]*", rest) if w.lower() not in _GENERIC_WORDS
                         and w.lower() not in EVENT_HEADS and not is_edition_word(w)]) >= 2:
            out.append(rest)  # "the Chamber of Minerals and Energy’s Women in Resources Awards": the Awards
        parent = _PARENT_BODY_TAIL.search(v)
        gathering = v[:parent.start(1)] if parent else ""
        if parent and set(re.findall(r"[\w.-]+", parent.group(2).lower())) & ORG_HEADS \
                and _HEAD_OF.search(gathering) \
                and gathering not in out:
            out.append(gathering)  # "Meeting of the X Business Council of the Y Chamber": of the Council
        joint = _JOINT_HEAD.search(v)
        if joint and v[:joint.end(1)] not in out:
            out.append(v[:joint.end(1)])  # "59th X Conference & International Seminar": the X Conference
    return out


def _combine(ctx: Context, named: list[Candidate]) -> list[Candidate]:
    """Merge "A Summit and B Conference was held", "A Conference and Expo 2023" (a bare head
    after "and" shares A's words) and "its 17th A Expo and Trade Fair" (one entity to the
    NER) into one candidate."""
    doc = ctx.doc
    out: list[Candidate] = []
    for c in named:
        prev = out[-1] if out else None
        if not (prev and not prev.combined and c.start == prev.end + 1 and doc[prev.end].lower_ in ("and", "&")):
            out.append(c)
            continue
        joined = c.end < len(doc) and doc[c.end].lower_ in _SINGULAR_VERBS
        bare = _bare_head(doc, c) or not joined and doc[prev.end].ent_iob_ == doc[c.start].ent_iob_ == "I"
        if joined or bare:  # (the NER reads one name over "and": the second part is no name alone)
            whole = _strip_article(doc[prev.start:c.end].text)
            wholes = [whole, without_year(whole), strip_edition(whole)]
            out[-1] = Candidate(c.sentence, prev.start, c.end, list(dict.fromkeys(wholes + prev.names + ([] if bare else c.names))),
                                prev.heads | c.heads, prev.type, c.year or prev.year, combined=True)
        else:
            out.append(c)
    return out


def _bare_head(doc, c: Candidate) -> bool:
    """"(Conference and) Expo 2023": a head noun alone, with a year, shares the first name's words."""
    return all(t.lower_ in EVENT_HEADS or is_year(t.text) for t in doc[c.start:c.end])


def _also_known_as(ctx: Context, named: list[Candidate]) -> list[Candidate]:
    """"A, also known as the B": B's names become aliases of A."""
    out: list[Candidate] = []
    for c in named:
        prev = out[-1] if out else None
        if prev and _ALIAS_LINK.fullmatch(ctx.doc[prev.end:c.start].text_with_ws):
            prev.names.extend(n for n in c.names if n not in prev.names)
            prev.keys |= c.keys
            prev.heads |= c.heads
        else:
            out.append(c)
    return out


def _alias_of_referred(ctx: Context, c: Candidate, earlier: list[Candidate]) -> bool:
    """"The expo, which is also called X Expo": a name the text gives an event it refers back to
    becomes an alias of the last one named with that head; True when it did."""
    m = _REFERRED_ALIAS.search(ctx.doc[c.sentence.start:c.start].text_with_ws)
    head = m.group(1).lower() if m else None
    target = next((x for x in reversed(earlier) if head in x.heads or head in _SHOW_WORDS and x.heads & _SHOW_WORDS),
                  None) if head else None
    if target is None:
        return False
    target.names.extend(n for n in c.names if n not in target.names)
    target.keys |= c.keys
    return True


def _role_agent(ctx: Context, c: Candidate) -> bool:
    """True for a name in the agent's slot of a role ("organized by the United Nations Conference on
    Trade and Development (UNCTAD)"): a body named like a gathering, not a gathering."""
    before = ctx.doc[max(c.sentence.start, c.start - 4):c.start].text
    return bool(_AGENT_SLOT.search(before))


_COMPLEMENT_WORDS = frozenset({"on", "for", "of", "in"})  # a head's complement: "Conference for X"
_ITEM_GLUE = frozenset({"of", "&", "-", "in", "for"})  # lower-case words inside a topic's item
_ACRONYM = re.compile(r"[A-Z][A-Z0-9&-]{1,9}")


def _topic_list_tail(ctx: Context, c: Candidate) -> None:
    """"the 7th International Conference for Renewable Energy, Energy Conservation and Energy Education,
    CIER 2011": a name whose head takes a complement goes on over the topics listed after it when an
    acronym (with a year) closes the list, set off by a comma or brackets; the acronym and its year
    are names of the event too."""
    doc, end = ctx.doc, c.sentence.end
    words = c.names[0].split()
    if not any(w in _COMPLEMENT_WORDS for w in words[1:-1]):
        return
    j, items, closed = c.end, 0, False
    while j < end and not closed:
        if doc[j].text == ",":
            j += 1
            closed = j < end and doc[j].lower_ == "and"
        elif doc[j].lower_ == "and" and items:
            closed = True
        else:
            break
        j += closed
        k = j
        while k < end and k - j < 6 and (doc[k].is_title or k > j and doc[k].lower_ in _ITEM_GLUE) \
                and doc[k].lower_ not in EVENT_HEADS and doc[k].ent_type_ not in ("PERSON", "GPE", "DATE") \
                and not _ACRONYM.fullmatch(doc[k].text):
            k += 1
        if k == j or doc[k - 1].lower_ in _ITEM_GLUE:
            return  # (not a topic: "…, the 2nd X", "…, and")
        items, j = items + 1, k
    if not closed or items < 2 or j + 1 >= end:
        return
    bracket = doc[j].text == "("
    if not (doc[j].text == "," or bracket) or not _ACRONYM.fullmatch(doc[j + 1].text):
        return
    year = doc[j + 2].text if j + 2 < end and is_year(doc[j + 2].text) else None
    stop = j + 2 + (year is not None)
    if bracket and (stop >= end or doc[stop].text != ")"):
        return
    full = doc[c.start:j].text
    acronym = doc[j + 1].text + (f" {year}" if year else "")
    c.names[:0] = [full, *([strip_edition(full)] if strip_edition(full) != full else [])]
    c.names.extend(n for n in (acronym, doc[j + 1].text) if n not in c.names)
    c.keys |= {_key(n) for n in c.names} - {""}
    c.end = stop + bracket
    c.year = c.year or (int(year) if year else None)


def _holding_subject(ctx: Context, c: Candidate, named: list[Candidate]) -> bool:
    """True for a name with no edition or year that holds a gathering with one ("The Boao Forum for Asia
    (BFA) hosts the second Global Health Forum"): a body named like a gathering, the verb's subject."""
    if c.year or _edition_of(c.names[0]) is not None:
        return False
    doc, j = ctx.doc, c.end
    if j + 2 < c.sentence.end and doc[j].text == "(" and doc[j + 2].text == ")":
        j += 3  # its bracketed acronym
    while j < c.sentence.end and doc[j].lower_ in ACTIVE_FILLERS:
        j += 1
    if j >= c.sentence.end or doc[j].lower_ not in HOLDING_FORMS or doc[j].lower_ in ("held", "holding"):
        return False  # (not "the Forum held in Paris": a participle)
    return any(j < d.start <= j + 3 and (d.year or _edition_of(d.names[0]) is not None) for d in named)


def _described_then_named(ctx: Context, found: list[Candidate]) -> list[Candidate]:
    """"India's first medical technology expo, ‘India MedTech Expo 2023, in ...": a description
    in lower case right before the name of an event with its head is that event."""
    out: list[Candidate] = []
    for c in found:
        prev = out[-1] if out else None
        if prev and prev.names[0][:1].islower() and prev.heads & c.heads \
                and _DESCRIBED.fullmatch(ctx.doc[prev.end:c.start].text_with_ws):
            c.names.extend(n for n in prev.names if n not in c.names)
            c.keys |= prev.keys
            c.start = prev.start  # the description is where the text mentions the event first
            out[-1] = c
        else:
            out.append(c)
    return out


def _strip_article(text: str) -> str:
    return re.sub(r"^(?:the|The)\s+", "", text)


_APPOSITIVE_GLUE = ("-", "‐", "'s", "’s")  # "the world's largest trade fair"
#: words of an appositive up to its head noun ("the world's biggest annual food and hospitality show")
_APPOSITIVE_REACH = 9


def _appositives(ctx: Context, sent: Sentence) -> tuple[list[Candidate], set[int]]:
    """"<Name>, [the] <words> <head noun>" makes the name an event's; also the tokens of
    the appositive clauses, whose own names describe the event rather than name one."""
    doc = ctx.doc
    out = []
    described: set[int] = set()
    for name in sent.names:
        j = name.end
        if j + 2 >= sent.end or doc[j].text != "," or _head_index(name) is not None \
                or doc[name.end - 1].lower_ in VENUE_WORDS:  # "X Exhibition Center, Y Exposition": a venue
            continue
        if doc[j + 1].lower_ in ("and", "or") or any(is_calendar_word(t.text) for t in name.span):
            continue  # "on 2nd October, and the V Summit": a list goes on, and a date names nothing
        if doc[max(sent.start, name.start - 2):name.start].text.lower() in ("by", "by the"):
            continue  # "Co-organised by X, the week-long event ...": an agent, not the event
        ents = [doc[i].ent_type_ for i in range(name.start, name.end) if not is_year(doc[i].text)]
        if "PERSON" in ents or all(e in ("GPE", "LOC", "DATE", "NORP") for e in ents) \
                and (_is_place(doc, list(range(name.start, name.end))) or not all(ents)):
            continue  # (but "the Texworld, the premier textile exhibition": NER's place no gazetteer knows)
        if any(doc[i].lower_ in _ENVOY_WORDS for i in range(name.start, name.end)):
            continue  # "Indian Consul General A, the driving force behind the festival": a person
        k = j + 1
        article_led = doc[k].lower_ in ("the", "a", "an")
        if article_led:
            k += 1
        for i in range(k, min(k + _APPOSITIVE_REACH, sent.end)):
            tok = doc[i]
            if tok.lower_ in _APPOSITIVE_STOP or not (tok.is_alpha or tok.text.isalnum() or tok.text in _APPOSITIVE_GLUE) \
                    or tok.ent_type_ == "PERSON" or tok.lower_ in REPORTING_VERBS:
                break  # (not "Minister of X, Dr Y said the conference ...": a person and a clause)
            if tok.lower_ in EVENT_HEADS and (i + 1 >= sent.end or doc[i + 1].lower_ in _APPOSITIVE_END):
                if not article_led and i + 2 < sent.end and doc[i + 1].text == "," and doc[i + 2].is_title:
                    break  # "Fahad Barlas, Canonier Exhibition, Aminur Rahman": a list of names, no description
                years = [int(t.text) for t in name.span if is_year(t.text)]
                names = _trimmed_variants(name)
                listed = doc[name.start - 1].text == "," or doc[name.start - 1].lower_ in ("and", "&")
                proper = None if article_led or listed else next(
                    (n for n in sent.names if n.start == k and n.end > i and _head_index(n) is not None
                     and _proper_words(n) >= 2 and not (n.end + 1 < sent.end and doc[n.end].text == ","
                                                        and (doc[n.end + 1].is_title or doc[n.end + 1].lower_ == "and"))),
                    None)  # (not a list of names: "A, B Dialogue, C and D")
                if proper is not None:  # "Namaste Pacifika, Food Festival of India": a brand and the festival's name
                    names = [f"{name.text}, {proper.text}", *names, *_trimmed_variants(proper)]
                out.append(Candidate(sent, name.start, name.end, names, {tok.lower_},
                                     EVENT_HEADS[tok.lower_], years[0] if years else None))
                close = next((c for c in range(i, sent.end) if doc[c].text in (",", ";")), sent.end)
                described.update(range(j, close))
                break
    return out, described


def _proper_words(name: Name) -> int:
    """How many words of a name say more than its kind and scope ("Food Festival of India": 2;
    "International Trade Fair": 1)."""
    return sum(1 for t in name.span if t.is_alpha and t.lower_ not in _GENERIC_WORDS and t.lower_ not in EVENT_HEADS
               and t.lower_ not in SCOPE_WORDS)


def _quoted(ctx: Context, sent: Sentence, holding: bool) -> list[Candidate]:
    """A quoted name that ends in an event head ("invited to the “2018 X Forum (Thailand)”"):
    the quotes delimit it, whatever its words and brackets; and a quoted title before a
    capitalised head ("the 'X and Y Getting Closer' Seminar was held"), named with and without it."""
    out = []
    text = ctx.sentence_text(sent)
    for m in _QUOTED_BEFORE_HEAD.finditer(text):
        span = ctx.doc.char_span(sent.start_char + m.start(), sent.start_char + m.end(), alignment_mode="expand")
        if span is not None:
            head = m.group(2).lower()
            out.append(Candidate(sent, span.start, span.end, [m.group(), m.group(1)], {head}, EVENT_HEADS[head], None))
    for m in _QUOTED.finditer(text):
        title, kind = (1, 2) if m.group(1) else (3, 4)
        head = m.group(kind).lower()
        name = m.group(title).strip()
        if not name[:1].isupper() and not name[:1].isdigit() or head in WEAK_HEADS and not holding:
            continue
        span = ctx.doc.char_span(sent.start_char + m.start(title), sent.start_char + m.end(title), alignment_mode="expand")
        if span is None:
            continue
        bare = re.sub(r"\s*\([^()]*\)\s*$", "", name)
        variants = [name, bare, re.sub(r"\s*\([^()]*\)", "", bare), re.sub(r"\s+(?:19|20)\d\d$", "", bare)]
        variants += [strip_edition(v) for v in variants]
        years = [int(y) for y in re.findall(r"\b(?:19|20)\d\d\b", name)]
        out.append(Candidate(sent, span.start, span.end, list(dict.fromkeys(v for v in variants if v)), {head},
                             EVENT_HEADS[head], years[0] if years else None))
    for m in _QUOTED_ACTIVITY.finditer(text):
        name = m.group(1).strip()
        years = [int(y) for y in re.findall(r"\b(?:19|20)\d\d\b", name)]
        span = ctx.doc.char_span(sent.start_char + m.start(1), sent.start_char + m.end(1), alignment_mode="expand")
        if span is None or not (years or strip_edition(name) != name or holding or ctx.cues_in("attend", sent)) \
                or any(c.start <= span.start < c.end for c in out):
            continue
        out.append(Candidate(sent, span.start, span.end, list(dict.fromkeys([name, strip_edition(name)])),
                             {m.group(2).lower()}, "Other", years[0] if years else None))
    return out


def _anniversaries(ctx: Context, sent: Sentence) -> list[Candidate]:
    """"the 20th anniversary celebration of the X Program (XP)": a celebration of a named
    body or programme is a gathering, named by the whole phrase."""
    out = []
    text = ctx.sentence_text(sent)
    for m in _ANNIVERSARY.finditer(text):
        lead, head = (1, 2) if m.group(1) else (3, 4)
        span = ctx.doc.char_span(sent.start_char + m.end(), sent.start_char + m.end() + 1, alignment_mode="expand")
        body = name_at(ctx.doc, span.start, sent.end) if span is not None else None
        if body is None:
            continue
        first = ctx.doc.char_span(sent.start_char + m.start(lead), sent.start_char + m.end(lead), alignment_mode="expand")
        whole = ctx.doc[first.start:body.end].text
        names = [whole] + [m.group(lead) + v for v in body.variants()[1:]]
        out.append(Candidate(sent, first.start, body.end, names, {m.group(head).lower()}, "Ceremony", None))
    return out


def _listed_parts(ctx: Context, sent: Sentence) -> list[Candidate]:
    """"organized into three sessions, including “A”, chaired by X, “B” and “C”": each quoted
    name after a counted part noun is a part of the event."""
    text = ctx.sentence_text(sent)
    counted = _COUNTED_PARTS.search(text)
    if counted is None:
        return []
    out = []
    for m in _QUOTED_PART.finditer(text, counted.end()):
        span = ctx.doc.char_span(sent.start_char + m.start(1), sent.start_char + m.end(1), alignment_mode="expand")
        if span is not None:
            out.append(Candidate(sent, span.start, span.end, [m.group(1)], {counted.group(1).lower()},
                                 "Meeting", None, listed=True))
    return out if len(out) >= 2 else []


def _listed_events(ctx: Context, sent: Sentence) -> list[Candidate]:
    """"events like A, B, C and D were organized", "symposia including A and B": each name listed
    after "events", "side events" or a plural head ("symposia", "sessions", "workshops") and
    "like", "such as" or "including" is an event, whatever its words (not after "competitions such
    as": those are a contest's categories)."""
    text = ctx.sentence_text(sent)
    out = []
    for m in _EVENTS_LIKE.finditer(text):
        at = ctx.doc.char_span(sent.start_char + m.end(), sent.start_char + m.end() + 1, alignment_mode="expand")
        names = name_list(ctx.doc, at.start, sent.end) if at is not None else []
        if len(names) == 1:
            names = _split_at_and(ctx.doc, names[0])  # "symposia including A in B and C D": two items
        if len(names) < 2:
            continue
        for name in names:
            years = [int(t.text) for t in name.span if is_year(t.text)]
            out.append(Candidate(sent, name.start, name.end, _trimmed_variants(name), {"event"}, "Other",
                                 years[0] if years else None, listed=True))
    return out


def _split_at_and(doc, name: Name) -> list[Name]:
    """A name read over "and" as the two items of a list: split at its last "and" that a
    capitalised word follows (one name when there is none)."""
    joint = next((k for k in range(name.end - 2, name.start, -1)
                  if doc[k].lower_ == "and" and doc[k + 1].text[:1].isupper()), None)
    return [name] if joint is None else [Name(doc, name.start, joint), Name(doc, joint + 1, name.end)]


def _titled(ctx: Context, sent: Sentence) -> list[Candidate]:
    """"a sub-forum titled "Digital Farming"", "a seminar called 'X'", "the exhibition, "X"",
    "held a seminar with Y on ‘X’": the quoted words name an event of that noun (a theme,
    "themed 'X'", names none); so do a quoted title a verb
    holds ("hosted an “Industry Round Table on X”") and one a held gathering goes under
    ("organized a discussion ... under the title: “X Roundtable on Y”")."""
    out = []
    text = ctx.sentence_text(sent)
    for m in [*_TITLED.finditer(text), *_HELD_ON_TITLE.finditer(text), *_FRONTED_TITLE.finditer(text),
              *_TITLED_BARE.finditer(text)]:
        if _THEME_WORDS & set(text[m.start():m.start(1)].lower().split()):
            continue  # "the theme for this Congress, ‘Leading growth’": the gathering's theme, not its name
        title, kind = (1, 2) if m.re is _FRONTED_TITLE else (m.lastindex, m.lastindex - 1)  # (the title after its head)
        if m.re is not _TITLED_BARE and not _quotes_pair(text[m.start(title) - 1:m.start(title)], text[m.end(title):m.end(title) + 1]):
            continue  # ("on “Peace in South Asia in collaboration with the Pakistan’s Embassy": ’s closes nothing)
        head = m.group(kind).lower().split("-")[-1]
        span = ctx.doc.char_span(sent.start_char + m.start(title), sent.start_char + m.end(title), alignment_mode="expand")
        if span is None:
            continue
        name = m.group(title).strip()
        years = [int(y) for y in re.findall(r"\b(?:19|20)\d\d\b", name)]
        anchor = (sent.start_char + m.start("anchor"), sent.start_char + m.end("anchor")) if m.re is _HELD_ON_TITLE else None
        heads = {head} | (_kinds_before(ctx, sent) if m.re is _FRONTED_TITLE and head not in EVENT_HEADS else set())
        kind = next((TITLED_HEADS[h] for h in sorted(heads) if h in TITLED_HEADS), "Other")
        out.append(Candidate(sent, span.start, span.end, [name], heads, kind, years[0] if years else None, anchor=anchor))
    if _HOLDING.search(text):
        for m in _UNDER_TITLE.finditer(text):  # 'organized a discussion ... under the title: "X Roundtable on Y"'
            head = next((w for w in re.findall(r"[\w-]+", m.group(1).lower()) if w in EVENT_HEADS), None)
            span = ctx.doc.char_span(sent.start_char + m.start(1), sent.start_char + m.end(1), alignment_mode="expand")
            if head is not None and span is not None:
                out.append(Candidate(sent, span.start, span.end, [m.group(1).strip()], {head}, EVENT_HEADS[head], None))
    for m in _KIND_THEN_NAME.finditer(text):  # "trade show ConExpo-Con/Agg wrapped up": the name after its kind
        if m.group(1)[:1].isupper() or any(w.lower() in EVENT_HEADS for w in m.group(2).split()):
            continue  # (a capitalised head is a name's own; a name with a head is read by its shape)
        span = ctx.doc.char_span(sent.start_char + m.start(2), sent.start_char + m.end(2), alignment_mode="expand")
        if span is not None and not ctx.places_in(span.start_char, span.end_char):
            head = m.group(1).lower()
            out.append(Candidate(sent, span.start, span.end, [m.group(2)], {head}, TITLED_HEADS.get(head, "Other"), None))
    for m in _HELD_QUOTED.finditer(text):  # the title is the name, whatever its head
        span = ctx.doc.char_span(sent.start_char + m.start(1), sent.start_char + m.end(1), alignment_mode="expand")
        if span is None or _DASH_THEN_NAME.match(text, m.end()):
            continue  # ('held the “Home in X” —— Consular Reception 2019': the title of the gathering named after it)
        words = [w.lower() for w in re.findall(r"[\w-]+", m.group(1))]
        if "(" in m.group(1) or any(w in EVENT_HEADS for w in words):
            continue  # a name with a head of the lists is read by its shape elsewhere
        years = [int(y) for y in re.findall(r"\b(?:19|20)\d\d\b", m.group(1))]
        out.append(Candidate(sent, span.start, span.end, [m.group(1).strip()], {"event"}, "Other",
                             years[0] if years else None))
    return out


_CLOSING = {"“": "”\"", "‘": "’'", '"': '"”', "'": "'’", "«": "»"}  # the quotes that close each opening one


def _quotes_pair(opening: str, closing: str) -> bool:
    """Whether a closing quote can close an opening one (a typographic or a straight quote of its kind)."""
    return opening not in _CLOSING or closing in _CLOSING[opening]


def _kinds_before(ctx: Context, sent: Sentence) -> set[str]:
    """The kinds of gathering the sentence before ``sent`` describes ("organised a conference of
    diplomats"): what a generic "the programme" right after it refers back to."""
    before = next((text for s in reversed(ctx.sentences[:sent.index]) if (text := ctx.sentence_text(s)).strip()), "")
    return {w.lower() for w in _DESCRIBED_WORD.findall(before) if w.lower() in TITLED_HEADS}


def _of_named(doc, k: int, limit: int) -> bool:
    """True when "of (the) <Capitalised>" starts at token k: "the second meeting of the X Consuls"."""
    k += k + 1 < limit and doc[k].lower_ == "of" and doc[k + 1].lower_ == "the"
    return k + 1 < limit and doc[k].lower_ in ("of", "the") and doc[k + 1].is_title


def _attended_at(ctx: Context, c: Candidate) -> bool:
    """Whether people are said to be at or there for a gathering the sentence names in lower
    case ("are in the capital for the fifth mid-year coordination meeting of X", "chaired the
    second meeting of X")."""
    doc = ctx.doc
    if c.start - 2 < c.sentence.start or doc[c.start - 1].lower_ != "the":
        return False
    return doc[c.start - 2].lower_ in ("for", "at") \
        or any(cue.end == c.start - 1 for cue in ctx.cues_in("attend", c.sentence))  # "attended the", "chaired the"


def _lowercase(ctx: Context, sent: Sentence) -> list[Candidate]:
    """"the 7th regional workshop for the promotion of X": an edition, modifiers, a head, a tail."""
    doc = ctx.doc
    out = []
    i = sent.start
    while i < sent.end:
        year_led = is_year(doc[i].text) and i > sent.start and doc[i - 1].lower_ == "the"  # "the 2017 international …"
        if not is_edition_word(doc[i].text) or is_year(doc[i].text) and not year_led:
            i += 1
            continue
        k = i + 1
        while k < sent.end and k - i <= 6 and (doc[k].is_alpha and not doc[k].is_stop and (doc[k].is_lower or not year_led)
                                               or doc[k].text in HYPHENS and not doc[k - 1].whitespace_
                                               or doc[k].lower_ == "and" and doc[k - 1].is_alpha and doc[k - 1].is_lower) \
                and doc[k].lower_ not in EVENT_HEADS:
            k += 1  # (a hyphenated modifier: "the fifth mid-year coordination meeting"; "scientific and practical")
        if k + 1 < sent.end and doc[k].lower_ == "ministerial" and doc[k + 1].lower_ in EVENT_HEADS:
            k += 1  # "the first regional ministerial meeting": an adjective, then the head
        if k == i + 1 and not _of_named(doc, k + 1, sent.end) or k >= sent.end or doc[k].lower_ not in EVENT_HEADS \
                or doc[k - 1].lower_ == "and" \
                or doc[k].lower_ in TIME_HEADS and all(t.is_title for t in doc[i + 1:k + 1]):
            i += 1  # (a named day is _from_name's to judge: "to celebrate the 79th Independence Day")
            continue
        end = _tail_end(ctx, k + 1, sent.end)
        text = doc[i:end].text
        out.append(Candidate(sent, i, end, [text, strip_edition(text)], {doc[k].lower_},
                             EVENT_HEADS[doc[k].lower_], None))
        i = end
    return out


def _described(ctx: Context, syntax: Callable[[], Language], heads: set[str] | None = None) -> list[Candidate]:
    """An article that names no event, or only days it marks ("World Malaria Day"), but
    describes one ("hosted a farewell reception for X", "attended a business forum of the A
    and B business circles"): the first gathering the body's first sentences describe, else
    the headline's (described.py); with ``heads``, the first of those kinds."""
    for sent in _lead(ctx):  # one at a time, up to the first: most articles need one or two parsed
        if not _DESCRIBED_WORD.search(ctx.sentence_text(sent)):
            continue  # (no gathering noun, nothing to parse)
        for _index, found in describe(syntax(), [ctx.sentence_text(sent)], bare=True):
            if heads is not None and found.head not in heads:
                continue
            titled = _headline_name(ctx, found.head)  # the headline's name first: it is the proper one
            if titled and titled not in found.names:
                found.names.insert(0, titled)
            proper = None if titled else _body_name(ctx, found.head)
            if proper and proper not in found.names:
                found.names.append(proper)
            candidate = _described_candidate(ctx, sent, found)
            if candidate is not None:
                return [candidate]
    return []


def _lead(ctx: Context) -> list[Sentence]:
    """The body's first sentences, then the headline lines before the body: where a described
    gathering is looked for."""
    body = [s for s in ctx.sentences if s.body][:DESCRIBED_SENTENCES]
    first = body[0].index if body else len(ctx.sentences)
    return body + ctx.sentences[:first]


def _described_beside(ctx: Context, syntax: Callable[[], Language]) -> list[Candidate]:
    """A gathering the first sentences describe, with modifiers or a complement, of a kind no named
    event is ("hosted a two-day seminar on X" beside a named festival): an event of its own; not a
    moment of one ("the opening ceremony of X"), a bare "event", nor a capitalised name the parser
    reads as a description."""
    named = {h for info in ctx.events.values() for h in info.heads}
    kinds = {m.group().lower() for sent in _lead(ctx) for m in _DESCRIBED_WORD.finditer(ctx.sentence_text(sent))}
    if kinds <= named | _NOT_BESIDE:
        return []  # (only kinds the named events have: nothing to parse)
    return [c for c in _described(ctx, syntax) if len(c.names) > 1 and ctx.doc[c.start].is_lower
            and c.names[-1].split()[-1].islower()
            and not {p for h in c.heads for p in h.split("-")} & (named | _NOT_BESIDE)]


#: verbs saying what a thing is ("X, which is the largest conference held in Y")
_COPULAS = frozenset({"is", "was", "are", "were", "be", "been", "being"})


def _described_named(ctx: Context, syntax: Callable[[], Language]) -> list[Candidate]:
    """The gathering the first body sentence describes ("A three-day workshop on X commenced today in
    Y") when the article names one event of its kind ("the National Workshop"): that event, its
    description another name of it -- one that runs past a name it holds with a complement ("the
    two-day National Workshop on X"), not a name's count or manner ("three X Expo", "the virtual X")."""
    body = [s for s in ctx.sentences if s.body][:1]
    if not body or not _DESCRIBED_WORD.search(ctx.sentence_text(body[0])):
        return []
    first = next(describe(syntax(), [ctx.sentence_text(body[0])]), None)
    if first is None:
        return []
    found = first[1]
    named = [e for e in ctx.builder.events if found.head in ctx.events[e.id].heads]
    candidate = _described_candidate(ctx, body[0], found)
    if len(named) != 1 or candidate is None or not ctx.doc[candidate.start].is_lower \
            or any(candidate.start < n.end and n.start < candidate.end and candidate.end <= n.end for n in body[0].names) \
            or candidate.start >= 2 and ctx.doc[candidate.start - 2].lower_ in _COPULAS:
        return []  # ("X, which is the largest ministerial conference held in Y": what X is, not another gathering)
    candidate.names = [n for n in candidate.names if n.lower() not in EVENT_HEADS] + [named[0].names[0]]
    return [candidate]


_OF_THE = re.compile(r"\s*of\s+(?:the\s+)?")


def _moment_of_named(ctx: Context, c: Candidate) -> bool:
    """A described moment of a named event ("The inauguration ceremony of the 4th X Week took place"):
    that event, not one of its own."""
    if not set(c.names[-1].lower().split()) <= _MOMENT_WORDS | {"ceremony"}:
        return False
    last = ctx.doc[c.end - 1]
    after = _OF_THE.match(ctx.text, last.idx + len(last.text))
    return after is not None and any(ctx.text.startswith(n, after.end()) for e in ctx.builder.events for n in e.names)


def _orphan_occasions(ctx: Context) -> set[str]:
    """Occasions the body refers back to ("the reception was", "attended the banquet") that no named
    event is: their antecedent is a described one."""
    named = {h for info in ctx.events.values() for h in info.heads}
    if named & _CELEBRATIONS:
        return set()  # "holds 73rd National Day Celebration ... The reception coincided with": the one occasion
    text = " ".join(ctx.sentence_text(s) for s in ctx.sentences if s.body)
    return {m.group(2).lower() for m in _REFERENCE.finditer(text)} & BARE_OCCASIONS


def _described_candidate(ctx: Context, sent: Sentence, found: Description) -> Candidate | None:
    span = ctx.doc.char_span(sent.start_char + found.start_char, sent.start_char + found.end_char,
                             alignment_mode="expand")
    if span is None:
        return None
    return Candidate(sent, span.start, span.end, found.names, {found.head}, EVENT_HEADS.get(found.head, "Other"), None)


def _headline_name(ctx: Context, head: str) -> str | None:
    """The name a headline gives the gathering the body only describes ("MALAYSIA DAY RECEPTION
    IN WASHINGTON" over "held a reception to commemorate ..."): capitalised words ending in the
    same head, after any headline verb; in a sentence-case headline, with the topic after the head
    up to the verb ("Photo exhibition on X opens in Y")."""
    pattern = re.compile(r"\b((?:[A-Z][\w'’.&-]*\s+){1,5}(?:" + "|".join((head, head.title(), head.upper())) + r"))\b")
    kind = EVENT_HEADS.get(head)
    for sent in ctx.sentences:
        if sent.body:
            return None
        held = _HEADLINE_HOLDS.search(ctx.sentence_text(sent))
        if held and kind and EVENT_HEADS.get(held.group("head").lower()) == kind:
            return held.group("name")  # "Assam hosts first international agri-horticultural exhibition"
        m = pattern.search(ctx.sentence_text(sent))
        if m:
            words = m.group(1).split()
            verb = max((k for k, w in enumerate(words) if w.lower() in HEADLINE_VERBS), default=-1)
            topic = _HEADLINE_TOPIC.match(ctx.sentence_text(sent), m.end()) if m.group(1).endswith(head) else None
            name = " ".join(words[verb + 1:]) + (topic.group(1) if topic else "")
            return name if len(words) - verb > 2 or topic else None
    return None


def _body_name(ctx: Context, head: str) -> str | None:
    """The name the body later gives the gathering it describes ("attended a reception hosted by
    X ... The National Day Reception reflects ..."): "the" and capitalised words ending in the
    same head, capitalised too."""
    pattern = re.compile(r"\b[Tt]he\s+((?:[A-Z][\w'’.&-]*\s+){1,4}" + re.escape(head.title()) + r")\b(?!\s+[A-Z])")
    for sent in ctx.sentences:
        m = pattern.search(ctx.sentence_text(sent)) if sent.body else None
        if m:
            return m.group(1)
    return None


def _described_parts(ctx: Context, syntax: Callable[[], Language]) -> list[Candidate]:
    """Gatherings described as held within a named one ("The closed-door meeting was held on
    the sidelines of X", "a bilateral meeting held during X"): each its own event."""
    cued = [(s, m) for s in ctx.sentences if s.body and (m := _HELD_WITHIN.search(ctx.sentence_text(s)))]
    if not cued:
        return []
    out = []
    for index, found in describe(syntax(), [ctx.sentence_text(s) for s, _m in cued]):
        sent, m = cued[index]
        candidate = _described_candidate(ctx, sent, found) if found.end_char <= m.start() else None
        if candidate is not None and not any(candidate.start < n.end and n.start < candidate.end for n in sent.names):
            out.append(candidate)
    return out


def _head_first(ctx: Context, sent: Sentence) -> list[Candidate]:
    """"the Seminar for officials of pharmaceutical investment in Francophone countries":
    a capitalised head opening a name whose topic is written in lower case."""
    doc = ctx.doc
    out = []
    for k in range(sent.start + 1, sent.end - 3):
        tok = doc[k]
        if not tok.is_title or tok.lower_ not in EVENT_HEADS or tok.lower_ in WEAK_HEADS \
                or doc[k + 1].lower_ not in ("for", "on") or not doc[k + 2].is_lower \
                or not (doc[k - 1].lower_ in ("the", "a") or doc[k - 1].is_quote):
            continue
        end = _lower_tail_end(ctx, k + 1, sent.end)
        if end - k >= 5:
            text = doc[k:end].text
            out.append(Candidate(sent, k, end, [text], {tok.lower_}, EVENT_HEADS[tok.lower_], None))
    return out


def _head_on_topic(ctx: Context, sent: Sentence) -> list[Candidate]:
    """"The symposium on Water Futures was chaired by …", "organized a National Seminar on
    “Rising India …”": a gathering's head after a determiner, then "on" and a topic in title
    case or in quotes, names the gathering."""
    doc = ctx.doc
    out = []
    for k in range(sent.start, sent.end - 2):
        head = doc[k].lower_
        if head not in TOPIC_HEADS:
            continue
        on = k + 1 if doc[k + 1].lower_ == "on" else _quoted_topic_after_holder(doc, k, sent.end) \
            or _quoted_topic_after_body(doc, k, sent.end)
        if on is None:
            continue
        start = k
        while start > sent.start and doc[start - 1].lower_ in SCOPE_WORDS and not doc[start - 1].is_upper:
            start -= 1  # "a National Seminar on", "an international conference on"
        lead = start
        while lead > sent.start and (is_duration_word(doc[lead - 1]) or doc[lead - 1].text == "-"):
            lead -= 1  # "A two-day international conference on ‘X’": the length is no part of the name
        titled = lead == sent.start and not sent.body and doc[k].is_title and doc[on + 1].text in OPENING_QUOTES
        if not titled and (lead == sent.start or doc[lead - 1].lower_ not in ("the", "a", "an")):
            continue  # (but a headline may open with the name: "Symposium on ‘X’")
        end = _topic_end(doc, on + 1, sent.end)
        if end is None:
            continue
        if on > k + 1 and doc[k + 1].lower_ == "of":  # "the symposium of the Department of X on ‘Y’": its body's
            title = doc[on + 2:end - 1].text.strip()
            out.append(Candidate(sent, k, end, [f"{doc[k].text} on {doc[on + 1:end].text.strip()}", title], {head},
                                 EVENT_HEADS.get(head, "Meeting"), None))
            continue
        if on > k + 1:  # "a seminar held by the X Embassy in Tokyo on “Y”": the quoted title names it
            out.append(Candidate(sent, on + 2, end - 1, [doc[on + 2:end - 1].text.strip()], {head},
                                 EVENT_HEADS.get(head, "Meeting"), None))
            continue
        text = doc[start:end].text.strip()
        names = [text]
        if doc[k + 2].text in OPENING_QUOTES and doc[end - 1].text in CLOSING_QUOTES and not doc[k].is_title:
            names.append(doc[k + 3:end - 1].text.strip())  # "a webinar on “X”": the webinar's title too
        out.append(Candidate(sent, start, end, names, {head}, EVENT_HEADS.get(head, "Meeting"), None))
    return out


def _quoted_topic_after_body(doc, k: int, limit: int) -> int | None:
    """The "on" of "the symposium of the Department of Foreign Languages, Faculty of X on ‘Y’": the
    name of the body holding the gathering after "of", then "on" and a quoted title; else None."""
    if k + 3 >= limit or doc[k + 1].lower_ != "of":
        return None
    for j in range(k + 2, min(limit - 1, k + 2 + _HOLDER_WORDS)):
        tok = doc[j]
        if tok.lower_ == "on" and doc[j + 1].text in OPENING_QUOTES:
            return j if j > k + 2 else None
        if not (tok.is_title or tok.is_upper or tok.lower_ in ("of", "the", "and", "&", "for") or tok.text == ","):
            return None
    return None


def _quoted_topic_after_holder(doc, k: int, limit: int) -> int | None:
    """The "on" of "a seminar held by X in Tokyo on “Y”": a participle saying who held the
    gathering, its holder's words, then "on" and a quoted title; else None."""
    if doc[k + 1].lower_ not in _HOLDER_PARTICIPLES:
        return None
    for j in range(k + 2, min(limit - 2, k + 2 + _HOLDER_WORDS)):
        if doc[j].text in (",", ";", ".") or doc[j].lower_ in ("which", "that", "and"):
            return None
        if doc[j].lower_ == "on" and doc[j + 1].text in OPENING_QUOTES:
            return j
    return None


def _topic_end(doc, j: int, limit: int) -> int | None:
    """End of a topic in quotes ("“Rising India …”") or in title case ("Ethics in Science
    Research and Education"), or None when none starts at token ``j``."""
    if j < limit and doc[j].is_quote:
        close = next((k for k in range(j + 1, min(limit, j + 40)) if doc[k].is_quote), None)
        return close + 1 if close is not None and close > j + 1 else None
    if j < limit and doc[j].lower_ == "the":
        j += 1  # "a seminar on the Contributions of …"
    end, k = None, j
    while k < limit and k - j < _TOPIC_WORDS:
        tok = doc[k]
        if end is not None and _sets_place_or_time(doc, k, limit):
            break  # "the Conference on Higher Education in Paris on Monday": the topic ends before them
        if tok.is_title or tok.is_upper and tok.is_alpha:
            end = k + 1
        elif not (tok.lower_ in _TOPIC_GLUE and end is not None):
            break
        k += 1
    return end if end is not None and end - j >= 2 else None


def _sets_place_or_time(doc, k: int, limit: int) -> bool:
    """Whether token ``k`` is "in"/"at" before a city or "on" before a day: words that place or
    date the gathering, not part of its topic ("on Security in Europe" goes on)."""
    word = doc[k].lower_
    if k + 1 >= limit or word not in ("in", "at", "on"):
        return False
    nxt = doc[k + 1]
    if word == "on":
        return is_calendar_word(nxt.text) or nxt.ent_type_ == "DATE"
    if nxt.ent_type_ != "GPE":
        return False
    end = k + 2
    while end < limit and doc[end].ent_iob_ == "I":
        end += 1
    return get_gazetteer().city(doc[k + 1:end].text) is not None and get_gazetteer().country(doc[k + 1:end].text) is None


def _lower_tail_end(ctx: Context, j: int, limit: int) -> int:
    """End of a lower-case topic "for officials of pharmaceutical investment in Francophone
    countries in Africa": words and connectors, and places after "in"."""
    doc = ctx.doc
    end = k = j
    while k < limit and k - j < _LOWER_TAIL:
        tok = doc[k]
        if tok.lower_ == "in" and k + 1 < limit and (doc[k + 1].is_title or doc[k + 1].lower_ == "the"):
            k += 1
            continue
        if not tok.is_alpha or _HOLDING.fullmatch(tok.text) or tok.lower_ in _TAIL_BREAKS \
                or (tok.is_stop and tok.lower_ not in {"the", "of", "for", "on", "and", "a"}):
            break
        if not tok.is_stop:
            end = k + 1
        k += 1
    return end


def _of_organization(ctx: Context, sent: Sentence) -> list[Candidate]:
    """"the annual meeting of the Society for Applied Optics", "the 7th session of the X Joint
    Commission": a recurring or numbered gathering of a named body."""
    doc = ctx.doc
    out = []
    for k in range(sent.start + 1, sent.end - 2):
        tok = doc[k]
        if not tok.is_lower or tok.lower_ not in EVENT_HEADS and tok.lower_ not in _SITTINGS \
                or doc[k + 1].lower_ not in ("of", "for"):
            continue
        first = k
        while first > sent.start and doc[first - 1].lower_ in RECURRING_WORDS:
            first -= 1
        if first == k and is_edition_word(doc[k - 1].text) and not is_year(doc[k - 1].text):
            first = k - 1  # "the 7th session of": a numbered sitting
        if first == k:
            continue
        body = name_at(doc, k + 2 + (doc[k + 2].lower_ == "the"), sent.end)
        if body is None or not body.text[:1].isupper():
            continue
        end = body.end
        if doc[end - 1].text in ("'s", "’s"):  # "the first exhibition of Uzbekistan’s national goods"
            end = next((j for j in range(end, min(sent.end, end + 3)) if not (doc[j].is_lower and doc[j].is_alpha)
                        or doc[j].is_stop or _HOLDING.fullmatch(doc[j].text)), min(sent.end, end + 3))
            if end == body.end:
                continue
        heads = {tok.lower_}
        if end < sent.end and doc[end].is_lower and doc[end].lower_ in EVENT_HEADS and doc[end].lower_ not in WEAK_HEADS:
            heads.add(doc[end].lower_)  # "the 7th round of National Coordination forum (for economic diplomacy)":
            end = _lower_topic_end(doc, end + 1, sent.end) or end + 1  # the body's name is the gathering's
        text = doc[first:end].text
        names = [text] + ([f"{doc[first:body.start].text} {body.variants()[1]}"] if body.paren and end == body.end else [])
        names += [strip_edition(n) for n in names]  # (the body's name without its acronym: "… Agriculture (ICCIA)")
        out.append(Candidate(sent, first, end, list(dict.fromkeys(names)), heads,
                             EVENT_HEADS.get(tok.lower_, "Meeting"), None))
    return out


def _tail_end(ctx: Context, j: int, limit: int) -> int:
    """End of a lower-case title tail "for the promotion of the dairy industry"."""
    doc = ctx.doc
    if j >= limit or doc[j].lower_ not in _TAIL_CONNECTORS:
        return j
    end = j
    k = j
    while k < limit and k - j < 13:
        after = abbreviation_end(doc, k, limit)
        if after is not None:  # "of the Shanghai Cooperation Organization (SCO) member nations"
            k = after
            continue
        tok = doc[k]
        if tok.text == "," and _listed_on(doc, k + 1, min(limit, k + 8)):
            k += 1  # "of the African Union, regional economic communities and regional mechanisms": a list
            continue
        if not tok.is_alpha or _HOLDING.fullmatch(tok.text):
            break
        if tok.is_lower and tok.lower_.endswith("ing") and doc[k - 1].is_title:
            break  # "of the X Consuls falling under …": a participle after a name opens a clause
        if tok.is_stop and tok.lower_ not in {"the", "of", "for", "on", "and", "a"}:
            break
        if not tok.is_stop:
            end = k + 1
        k += 1
    return end


def _listed_on(doc, k: int, limit: int) -> bool:
    """Whether lower-case words from token ``k`` reach an "and" before any punctuation: the
    comma before them goes on a list ("A, regional communities and B")."""
    for x in range(k, limit):
        if doc[x].lower_ == "and":
            return x > k
        if not (doc[x].is_alpha and doc[x].is_lower):
            return False
    return False


# -- grouping and registration ------------------------------------------------------------

def _group(candidates: list[Candidate]) -> list[list[Candidate]]:
    """Candidates sharing a name, or whose name ends a longer one ("the Supplier Matching
    Conference" after "Lyon-Turin Supplier Matching Conference") or leaves some of its words
    out (:func:`_shortened`), form one event."""
    groups: list[list[Candidate]] = []
    keys: list[set[str]] = []
    for c in candidates:
        hit = [g for g, k in enumerate(keys) if k & c.keys and _same_edition(c, groups[g])]
        if not hit:
            words = _key(c.names[-1])
            hit = [g for g, k in enumerate(keys) if (not c.year or any(x.year == c.year for x in groups[g])
                                                     and not _part_of_name(c, groups[g]))
                   and any(key.endswith(words) and key != words for key in k)  # ("2018 X Congress", "FDI X Congress 2018")
                   and (not c.heads or any(c.heads & x.heads for x in groups[g]))  # not "Meeting of the X Expo"
                   and _same_edition(c, groups[g])]
            if not hit:  # the short name first: "The Food Festival is being held …" then "the Nepali Food Festival"
                hit = [g for g in range(len(groups)) if (not c.year or all(x.year in (None, c.year) for x in groups[g]))
                       and any(len(n.split()) >= 2 and own.endswith(_key(n)) and own != _key(n)
                               for own in c.keys | {words} for x in groups[g] for n in x.names)
                       and any(c.heads & x.heads for x in groups[g]) and _same_edition(c, groups[g])]
            if not hit:
                hit = [g for g in range(len(groups)) if not c.year and _edition_of(c.names[0]) is None
                       and any(_shortened(c.names[-1], name) for x in groups[g] for name in x.names)]
            if not hit:
                hit = [g for g in range(len(groups)) if _same_edition(c, groups[g])
                       and any(_reordered(a, b) or _extended(a, b) or _extended(b, a) or _topic_cut(a, b) or _topic_cut(b, a)
                               for x in groups[g] for a in x.names for b in c.names)]
            if not hit:  # "the Expo 2017" and "the Maritime Silk Road Expo": a bare head and year is the one of that head
                hit = [g for g in range(len(groups)) if any(c.heads & x.heads for x in groups[g])
                       and (_bare_head_name(c) or all(_bare_head_name(x) for x in groups[g]))
                       and _same_edition(c, groups[g])]
            if len(hit) > 1:
                hit = []
        if hit:
            groups[hit[0]].append(c)
            keys[hit[0]] |= c.keys
        else:
            groups.append([c])
            keys.append(set(c.keys))
    return groups


def _bare_head_name(c: Candidate) -> bool:
    """True for a name that is its head and a year alone ("Expo 2017", "the 2019 Summit")."""
    return all(normalise(without_year(n)) in c.heads for n in c.names)


def _part_of_name(c: Candidate, group: list[Candidate]) -> bool:
    """True when a longer name of the group ending with ``c``'s says it is a part of it ("Mining
    Ministers Forum of X Congress 2017" for "X Congress 2017"): not the same event."""
    own = {_key(n) for n in c.names}
    return any(_key(n).endswith(o) and _key(n) != o and re.search(r"\b(?:of|at|on|during)\b", n)
               for x in group for n in x.names for o in own)


def _extended(short: str, long: str) -> bool:
    """True when ``long`` is ``short`` and another kind of gathering or the word for its
    celebration ("X Conference" / "X Conference & Expo", "2023 National Day" / "2023 National
    Day celebration"): one event."""
    a, b = _key(short), _key(long)
    return len(a) > 6 and b.startswith(a) and b[len(a):] in _EXTENSIONS


def _topic_cut(short: str, long: str) -> bool:
    """True when ``long`` is ``short``, a name ending in its head, and a tail saying whom or what
    it is for ("the Round Table Forum" / "Round Table Forum for Diplomats of X"): one event, not
    a part named after its whole (the tail names no gathering of its own)."""
    a, b = short.split(), long.split()
    if a and a[0].lower() == "the":
        a = a[1:]
    if len(a) < 2 or len(b) < len(a) + 2 or a[-1].lower() not in EVENT_HEADS \
            or [normalise(w) for w in b[:len(a)]] != [normalise(w) for w in a]:
        return False
    tail = b[len(a):]
    return tail[0].lower() in _TAIL_CONNECTORS and not any(w.lower() in EVENT_HEADS for w in tail)


@lru_cache(maxsize=65536)
def _key(name: str) -> str:
    """A name's comparison key in its article, one head for one show ("X Expo" is "X Exhibition"),
    headline abbreviations spelt out ("Intl" is "International")."""
    return normalise(_ABBREVIATED_WORD.sub(lambda m: _SPELT_OUT[m.group().lower().replace("’", "'").rstrip(".")],
                                           _SAME_HEAD.sub("Exhibition", name)))


_WORD = re.compile(r"[^\s,;:]+")


def _shortened(short: str, long: str) -> bool:
    """Whether ``short`` is ``long`` with only places and scope words left out, the head kept
    and three words or more ("the 11-day International Trade Fair" after "the 17th India
    International Mega Trade Fair"; not "G20 Summit" after "G20 Business Summit")."""
    a, b = _WORD.findall(short.lower()), _WORD.findall(long.lower())  # (a list's commas aside)
    if len(a) < 3 or len(a) >= len(b) or a[-1] != b[-1]:
        return False
    rest = iter(b)
    if not all(word in rest for word in a):
        return False
    dropped = list(b)
    for word in a:
        dropped.remove(word)
    gazetteer = get_gazetteer()
    return all(w in SCOPE_WORDS or gazetteer.find(w.title(), "en") for w in dropped)


def _reordered(a: str, b: str) -> bool:
    """Whether two names say the same words in another order, the owner before the head or
    after it, the year at either end ("X’s Medicine Forum 2023", "2023 Medicine Forum of the X")."""
    def words(name: str) -> list[str]:
        out = re.sub(r"['’]s\b", " ", name.lower()).split()
        return sorted(w for w in out if w not in _REORDER_GLUE and not is_year(w))
    x, y = words(a), words(b)
    return a != b and len(x) >= 3 and x == y


def _same_edition(c: Candidate, group: list[Candidate]) -> bool:
    """False when the candidate and the group name different editions ("the first X" and
    "the second X" share a name, not an event)."""
    own = _edition_of(c.names[0])
    return own is None or all(e is None or e == own for e in (_edition_of(x.names[0]) for x in group))


def _register(ctx: Context, group: list[Candidate]) -> str:
    best = sorted(group, key=lambda c: (not c.combined, not c.sentence.body, -len(c.names[0])))
    names: list[str] = []
    for c in best:
        names.extend(n for n in c.names if n not in names)
    first = best[0]
    same = next((e for e in ctx.builder.events if any(_extended(a, b) or _extended(b, a) for a in e.names for b in names)),
                None)
    if same is not None:  # "National Day" read first, "the National Day celebration" described later
        names.append(same.names[0])
    edition = next((n for name in names if (n := _edition_of(name))), None)
    other = ctx.builder.find_event(names)
    if edition and other is not None and ctx.events[other.id].edition not in (None, edition):
        names = [n for n in names if _edition_of(n) == edition]  # "the first X" beside "the second X"
    event_id = ctx.builder.event(names, first.sentence.span, first.type,
                                 confidence=0.9 if first.sentence.body else 0.7)
    info = ctx.events.setdefault(event_id, EventInfo(event_id, set(), None))
    info.heads |= set().union(*(c.heads for c in group))
    info.year = info.year or next((c.year for c in best if c.year), None)
    info.edition = info.edition or edition
    return event_id


def _edition_of(name: str) -> int | None:
    """The edition a name opens with ("the 5th X", "Third X"), if any."""
    words = _strip_article(name).split()
    return ordinal_value(words[0]) if len(words) > 1 else None


def _find_mentions(ctx: Context) -> None:
    """Every occurrence of an event's names, then the definite references to events."""
    text = ctx.text
    taken: list[tuple[int, int]] = []
    variants = sorted(((n, e.id) for e in ctx.builder.events for n in e.names if len(n) >= 3),
                      key=lambda x: -len(x[0]))
    for name, event_id in variants:
        for m in re.finditer(r"(?<![\w-])" + r"\s+".join(map(re.escape, name.split())) + r"(?![\w-])", text):
            if any(m.start() < b and a < m.end() for a, b in taken) or _in_body_name(text, m.end()):
                continue
            taken.append((m.start(), m.end()))
            _add(ctx, event_id, m.start(), m.end(), True)
    for i, sent in enumerate(ctx.sentences):
        _indefinite(ctx, sent, ctx.sentences[i + 1:i + 1 + _INDEFINITE_REACH])
        _hosted_again(ctx, sent)
    previous: Sentence | None = None
    for sent in ctx.sentences:
        _pronoun(ctx, sent, previous)
        previous = sent if ctx.sentence_text(sent).strip() else previous  # (a blank line between is no sentence)
        for m in _REFERENCE.finditer(ctx.sentence_text(sent)):
            start, end = sent.start_char + m.start(), sent.start_char + m.end()
            if any(start < b and a < end for a, b in taken) or _in_body_name(text, end):
                continue
            before = ctx.text[sent.start_char:start]
            noun = m.group(2).lower()
            if noun in TIME_HEADS and not _time_head_reference(ctx, m.group(0), noun, before):
                continue
            event_id = _resolve(ctx, noun, start)
            if event_id is None and noun.split()[-1] == "meeting" and not before.strip():
                event_id = ctx.main_event()  # "The meeting, co-hosted by A and B, …" opening a sentence
            if event_id and not _other_occasion(ctx, event_id, m.group(1), before):
                _add(ctx, event_id, start, end, False)
    _lead_gathering(ctx)


#: verbs saying that people gather, which a report's lead may use for the event it then names
_GATHERING_VERBS = frozenset({"meeting", "meet", "meets", "gathering", "gather", "gathered", "convening", "convene",
                              "convened", "assembling", "assembled"})
_LEAD_SENTENCES = 6  # body sentences at the start (page lines among them) where a lead may say who gather


def _lead_gathering(ctx: Context) -> None:
    """"Health Ministers of 11 countries are meeting in Dili from Sept 7-11 to set …", then "the
    Sixty-eighth Session of X": a lead that names no gathering but says people gather, in a report
    of one event, refers to it (its place and dates are the event's)."""
    if len(ctx.events) != 1:
        return
    event_id = next(iter(ctx.events))
    for sent in [s for s in ctx.sentences if s.body][:_LEAD_SENTENCES]:
        if ctx.mentions_in(sent):
            return
        verb = next((t for t in ctx.doc[sent.start:sent.end] if t.lower_ in _GATHERING_VERBS
                     and t.i > sent.start and ctx.doc[t.i - 1].lower_ in ("are", "is", "will", "were", "was", "have",
                                                                         "has", "to")), None)
        if verb is not None:
            ctx.add_mention(EventMention(event_id, sent.index, verb.i, verb.i + 1, False))
            return


def _in_body_name(text: str, end: int) -> bool:
    """True when an event's name at ``end`` goes on as a body's ("World Government Summit
    Organisation", "X Forum Secretariat")."""
    m = _NEXT_WORD.match(text, end)
    return bool(m) and m.group(1)[:1].isupper() and m.group(1).lower() in ORG_HEADS


def _time_head_reference(ctx: Context, found: str, noun: str, before: str) -> bool:
    """"the week" refers to a named Week only after "the", never as a time ("this week",
    "later in the week")."""
    return (found[:4].lower() == "the " and not _TIME_PREPOSITION.search(before)
            and any(noun in info.heads for info in ctx.events.values()))


def _indefinite(ctx: Context, sent: Sentence, following: list[Sentence]) -> None:
    """"A symposium on X ..." (opening the sentence or inside it: "A and B will jointly hold a
    weeklong international summit") introduces the event the next sentences name with the
    same head noun ("The Y Symposium, ..."), when none was named before."""
    m = _INDEFINITE.search(ctx.sentence_text(sent))
    if not m or not sent.body:
        return
    head = m.group(1).lower()
    start = sent.start_char + m.start()
    if any(m.named and ctx.doc[m.start].idx < start for info in ctx.events.values() if head in info.heads
           for m in info.mentions):
        return
    for later in following:
        row = [x for x in ctx.mentions_in(later) if x.named and head in ctx.events[x.event].heads]
        if row:
            _add(ctx, row[0].event, start, sent.start_char + m.end(), False)
            return


def _hosted_again(ctx: Context, sent: Sentence) -> None:
    """"The X Museum hosted a one-day exhibition" after the article named "the second Y
    Exhibition": a hosting verb's indefinite object with the head of the one event named before
    it is that event."""
    for m in _HOSTED_INDEFINITE.finditer(ctx.sentence_text(sent)):
        start = sent.start_char + m.start(1)
        head = m.group(2).lower()
        named = {x.event for info in ctx.events.values() for x in info.mentions
                 if x.named and head in info.heads and ctx.doc[x.start].idx < start}
        if len(named) == 1 and sent.body:
            _add(ctx, named.pop(), start, sent.start_char + m.end(), False)


def _other_occasion(ctx: Context, event_id: str, modifiers: str, before: str) -> bool:
    """True for a reference to another occurrence of an event's series: "the previous forum",
    "the first forum" or "the sixth edition of the forum" (of a 5th forum), "earlier editions of
    the expo"."""
    words = modifiers.lower().split()
    own = ctx.events[event_id].edition
    if set(words) & OTHER_OCCASION_WORDS or _other_edition(words, own):  # "the first workshop" of a 2nd one
        return True
    m = _EDITION_OF.search(before)
    if m is None:
        return False
    which = m.group(1).lower()
    return which in OTHER_OCCASION_WORDS or m.group(2).lower().endswith("s") or _other_edition([which], own)


def _other_edition(words: list[str], own: int | None) -> bool:
    """True when one of the words is an ordinal other than the event's own edition."""
    return own is not None and any((n := ordinal_value(w)) is not None and n != own for w in words)


def _pronoun(ctx: Context, sent: Sentence, previous: Sentence | None) -> None:
    """A sentence opening with "It" refers to the event the previous sentence opened with,
    after a fronted time, place or participle clause ("On May 4, the X was held. It was
    organized by ...")."""
    doc = ctx.doc
    if previous is None or doc[sent.start].text != "It" or sent.start + 1 >= sent.end \
            or not (doc[sent.start + 1].is_lower or doc[sent.start + 1].lower_ in ("'s", "’s")):
        return
    row = ctx.mentions_in(previous)
    if not row:
        return
    lead = doc[previous.start:row[0].start]
    fronted = lead.text.rstrip().endswith((", the", ",")) and (lead[0].lower_ in _FRONTING or _participle(lead[0]))
    if row[0].start - previous.start <= _SUBJECT_REACH or fronted:
        ctx.add_mention(EventMention(row[0].event, sent.index, sent.start, sent.start + 1, False))


def _participle(token: Token) -> bool:
    """A capitalised participle opening a fronted clause ("Featuring an address by X, the Y …",
    "Organised by X, the Y …")."""
    return token.is_title and token.lower_.endswith(("ing", "ed")) and len(token) > 4


def _add(ctx: Context, event_id: str, start: int, end: int, named: bool) -> None:
    span = ctx.doc.char_span(start, end, alignment_mode="expand")
    if span is None:
        return
    sent = ctx.sentence_of(span.start)
    ctx.add_mention(EventMention(event_id, sent.index, span.start, span.end, named))


def _resolve(ctx: Context, noun: str, at: int) -> str | None:
    """The event a definite reference at char ``at`` means."""
    seen = sorted(((ctx.doc[m.start].idx, m.event) for info in ctx.events.values() for m in info.mentions
                   if m.named), reverse=True)
    before = [e for pos, e in seen if pos < at]
    head = noun.split()[-1]
    same = [e for e in before if head in ctx.events[e].heads]
    if same:
        return _salient(ctx, same, at)
    if len(ctx.events) == 1 or head in ("event", "gathering"):
        main = ctx.main_event()  # "the event" is the one the article reports, not one it mentions on the way
        return main if main in before else (before[0] if before else main)
    same_after = [e for pos, e in reversed(seen) if head in ctx.events[e].heads]
    return same_after[0] if same_after else None


def _salient(ctx: Context, candidates: list[str], at: int) -> str:
    """Which of the events a reference's head fits (latest named first) it means: the latest,
    when its paragraph named it; else the one named most often before it ("the conference" in the
    paragraph after "he mentioned the upcoming Climate Change Conference" is still the conference
    the article reports; as often named, the main event)."""
    paragraph = ctx.text.rfind("\n", 0, at)
    named = {e: [m for m in ctx.events[e].mentions if m.named and ctx.doc[m.start].idx < at] for e in candidates}
    if any(ctx.doc[m.start].idx > paragraph for m in named[candidates[0]]):
        return candidates[0]
    main = ctx.main_event()
    return max(candidates, key=lambda e: (len(named[e]), e == main))  # (ties: the main event, else the latest)


def passing_mentions(ctx: Context) -> set[str]:
    """Events the text names without saying anything of them -- no date, place, organizer,
    participant, attendee or sub-event, and no verb right after the name saying it took
    place: background ("China had attended the G20 Summit")."""
    linked = {e.part_of for e in ctx.builder.events if e.part_of}
    linked |= {e for p in ctx.builder.people for e in p.attended}
    held = [m for info in ctx.events.values() for m in info.mentions
            if m.named and (_HOLDING.search(ctx.doc[m.end:m.end + _HELD_REACH].text) or _attended(ctx, m)
                            or _scheduled(ctx, m) or _drew(ctx, m) or _fronted_during(ctx, m)
                            or _opened_before(ctx.doc, ctx.sentences[m.sentence], m.start, _HOLDING_VERBS)
                            and not ctx.doc[m.end - 1].lower_.endswith("s"))]  # (not "to hold B2B meetings")
    for m in held:  # and those listed before it: "A, the 2nd B, and C will run parallel to the event"
        linked |= set(ctx.coordinated([x for x in ctx.mentions_in(ctx.sentences[m.sentence]) if x.end <= m.end]))
    if len(ctx.events) == 1:  # "Last night, the event was officially opened": a reference to the one event
        linked |= {m.event for info in ctx.events.values() for m in info.mentions
                   if not m.named and _REFERENCE_HELD.match(ctx.doc[m.end:m.end + _HELD_REACH].text)}
    main = ctx.main_event()
    placed = {e.id for e in ctx.builder.events if (e.city or e.country or e.participant_countries)
              and (e.id == main or ctx.events[e.id].edition is not None)}
    return {e.id for e in ctx.builder.events
            if e.id not in linked | placed and not (e.start_date or e.hosts or e.co_hosts or e.organizers or e.part_of)}


def _fronted_during(ctx: Context, mention: EventMention) -> bool:
    """True for a named event opening its sentence after "During (the)" ("During the second General
    Membership meeting of the chamber last Thursday, the president said"): what is told happened at it."""
    doc, sent = ctx.doc, ctx.sentences[mention.sentence]
    return doc[sent.start].lower_ == "during" and all(t.lower_ == "the" for t in doc[sent.start + 1:mention.start])


def _drew(ctx: Context, mention: EventMention) -> bool:
    """True when the sentence counts the people at the named event ("250 delegates from 28
    countries at the first X", "exhibitors at the X") or names a moment of it ("the conclusion
    of the X"): it took place."""
    doc, sent = ctx.doc, ctx.sentences[mention.sentence]
    k = mention.start - 1
    while k > sent.start and (doc[k].lower_ in ("the", "this", "year", "year's", "’s", "'s") or doc[k].is_quote):
        k -= 1
    if k <= sent.start or doc[k].lower_ not in ("at", "to", "in", "of") \
            or doc[k].lower_ == "to" and k + 1 == mention.start:  # ("attendees to Create Your X": a verb)
        return False
    if doc[k].lower_ == "of" and doc[k - 1].lower_ in _TOOK_PLACE_NOUNS:
        return True  # "announcing the successful conclusion of the X", "on the sidelines of the X"
    return any(t.lower_ in ATTENDEE_NOUNS for t in doc[max(sent.start, k - _ATTEND_GAP):k])


def _scheduled(ctx: Context, mention: EventMention) -> bool:
    """True for a named edition said to be coming ("for the upcoming 21st X Expo") or held
    alongside the reported one ("the co-located X Exposition", "in conjunction with the X"): it is news."""
    start = ctx.doc[mention.start].idx
    return bool(_COMING.search(ctx.text, max(0, start - 40), start))


def _attended(ctx: Context, mention: EventMention) -> bool:
    """True when someone attended the named event ("took part in the X Dialogue", "was invited
    to the “X Forum”"): the text says it took place."""
    sent = ctx.sentences[mention.sentence]
    return any(0 <= mention.start - cue.end <= _ATTEND_GAP
               and all(t.lower_ in _ATTEND_GLUE or t.is_quote or t.text == "-" or is_duration_word(t)
                       for t in ctx.doc[cue.end:mention.start])
               and not (cue.start > sent.start and ctx.doc[cue.start - 1].lower_ in _PERFECT)
               for cue in ctx.cues_in("attend", sent))
