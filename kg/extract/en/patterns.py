"""English cue words and phrases: the data behind the English extraction rules.

Each family is plain data read by one engine module (named in its comment).
Phrases are matched case-insensitively on spaCy tokens (``PhraseMatcher`` on
``LOWER``), so "co-hosted by" also matches "Co-hosted by".
"""

from __future__ import annotations

import re

# -- events (events.py) --------------------------------------------------------------

#: head noun of an event name -> event type (SCHEMA.md types)
EVENT_HEADS: dict[str, str] = {
    "conference": "Conference", "congress": "Conference", "convention": "Conference",
    "summit": "Summit",
    "forum": "Forum",
    "expo": "Exhibition", "exposition": "Exhibition", "fair": "Exhibition",
    "exhibition": "Exhibition", "show": "Exhibition", "tradeshow": "Exhibition",
    "symposium": "Meeting", "seminar": "Meeting", "meeting": "Meeting", "roundtable": "Meeting",
    "round-table": "Meeting", "matchmaking": "Meeting", "workshop": "Meeting", "dialogue": "Meeting",
    "assembly": "Meeting", "colloquium": "Meeting", "ministerial": "Meeting",
    "webinar": "Meeting", "masterclass": "Meeting",
    "week": "Other", "festival": "Other", "fest": "Other", "day": "Other", "hackathon": "Other", "pitch": "Other",
    "competition": "Other",
    "ceremony": "Ceremony", "gala": "Ceremony",
    "conclave": "Conference", "indaba": "Conference", "meet": "Meeting", "retreat": "Meeting",
    "lecture": "Meeting", "roadshow": "Other", "showcase": "Exhibition", "exhibit": "Exhibition",
    "bazaar": "Exhibition", "mela": "Exhibition", "mart": "Exhibition", "carnival": "Other", "concert": "Other", "contest": "Other",
    "olympiad": "Other", "bootcamp": "Other", "jubilee": "Other", "reception": "Ceremony",
    "banquet": "Ceremony", "luncheon": "Ceremony", "awards": "Ceremony", "celebration": "Other",
    "meetings": "Meeting", "days": "Other", "dinner": "Ceremony", "lunch": "Ceremony", "breakfast": "Ceremony",
}

#: head nouns of a gathering an article describes without naming it (described.py):
#: "hosted a farewell reception for X", "their 18th extraordinary summit"
DESCRIBED_HEADS = frozenset((set(EVENT_HEADS) - {"week", "day", "days", "pitch", "awards"})
                            | {"discussion", "talks", "event", "gathering"})
#: heads that describe a gathering only after a noun saying what kind ("a catalogue show", "a
#: buyer-seller meet"; not "a strong show of support")
KIND_FIRST_HEADS = frozenset({"show", "meet"})
#: occasions an article may report by their head alone when it names no event ("hosted a reception")
BARE_OCCASIONS = frozenset({"reception", "banquet", "gala", "luncheon", "dinner"})
#: modifiers that make such a phrase a company's or an office's routine, not an event
DESCRIBED_NOT = frozenset({"press", "news", "board", "cabinet", "staff", "team", "internal", "emergency",
                           "shareholder", "shareholders", "investor", "investors", "earnings", "business-as-usual"})
#: praise a report puts before a described gathering, which its name leaves out
EVALUATIVE_WORDS = frozenset({"lively", "grand", "splendid", "successful", "colourful", "colorful", "vibrant",
                              "wonderful", "memorable", "special", "warm", "solemn", "glittering", "glamorous",
                              "spectacular", "impressive", "fruitful", "well-attended", "high-profile", "landmark",
                              "historic", "prestigious"})
#: verbs over a described gathering that report it held or attended (lemmas, and the forms of
#: verbs the lemmatizer does not know: "kickstarted")
DESCRIBING_VERBS = frozenset({"hold", "host", "organise", "organize", "convene", "open", "kick", "kickstart",
                              "start", "begin", "take", "conclude", "close", "end", "attend", "participate",
                              "inaugurate", "launch", "stage", "grace", "address", "join", "arrange", "throw",
                              "commence", "co-host", "cohost", "co-organise", "co-organize", "chair", "preside",
                              "kickstarted", "kickstarts"})
#: participles on a described gathering that schedule it ("the summit billed for tomorrow")
SCHEDULING_VERBS = frozenset({"hold", "bill", "schedule", "slate", "plan", "set", "organise", "organize", "host"})

#: words of scope and size a shortened reference to an event may leave out of its name
#: ("the International Trade Fair" for "the India International Mega Trade Fair")
SCOPE_WORDS = frozenset({"mega", "grand", "great", "big", "annual", "international", "national", "global", "regional",
                         "world", "official", "joint", "open", "general", "main", "new"})

#: heads that also name standing bodies, weekdays or treaties ("US Congress", "Geneva
#: Convention", "General Assembly"): a name ending in one counts as an event only with
#: an edition (year, ordinal) or when the text says it was held/opened/attended.
WEAK_HEADS = frozenset({"congress", "convention", "assembly", "week", "show", "dialogue", "day", "pitch",
                        "competition", "meet", "retreat", "lecture", "exhibit", "contest", "reception", "awards",
                        "jubilee", "concert", "carnival", "celebration", "meetings", "days", "dinner", "lunch",
                        "breakfast"})

#: standing bodies whose names end in an event head noun: never events themselves
STANDING_BODIES = ("people's congress", "people’s congress", "national assembly", "general assembly",
                   "legislative assembly", "federal assembly", "constituent assembly", "state assembly",
                   "us congress", "u.s. congress", "congress of deputies")

#: nouns that refer back to an event already named ("the event", "the two-day forum")
EVENT_REFERENCE_NOUNS = frozenset(set(EVENT_HEADS) | {"event", "gathering", "trade fair"})
#: event heads that also tell time ("this week", "later in the day"): they refer back only
#: as "the week" to a named Week
TIME_HEADS = frozenset({"week", "day", "days"})

#: words that give an edition before a name ("the first", "the 4th", "the Seventy-seventh") and
#: their numbers; digits are read separately, compounds as "<tens>-<unit>" ("twenty-first")
ORDINALS: dict[str, int] = {
    "first": 1, "second": 2, "third": 3, "fourth": 4, "fifth": 5, "sixth": 6, "seventh": 7, "eighth": 8,
    "ninth": 9, "tenth": 10, "eleventh": 11, "twelfth": 12, "thirteenth": 13, "fourteenth": 14,
    "fifteenth": 15, "sixteenth": 16, "seventeenth": 17, "eighteenth": 18, "nineteenth": 19,
    "twentieth": 20, "thirtieth": 30, "fortieth": 40, "fiftieth": 50, "sixtieth": 60, "seventieth": 70,
    "eightieth": 80, "ninetieth": 90, "hundredth": 100, "inaugural": 1,
}
ORDINAL_TENS: dict[str, int] = {"twenty": 20, "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60,
                                "seventy": 70, "eighty": 80, "ninety": 90}
ORDINAL_WORDS = frozenset(ORDINALS)

#: words before a reference that make it another occurrence of a series ("the previous forum",
#: "the next edition of the expo")
OTHER_OCCASION_WORDS = frozenset({"previous", "next", "last", "past", "prior", "earlier", "upcoming", "future",
                                  "following", "subsequent", "former", "coming"})
#: nouns for one occurrence of a recurring event ("the sixth edition of the symposium")
EDITION_NOUNS = frozenset({"edition", "editions", "session", "sessions", "iteration", "iterations",
                           "instalment", "installment"})

#: nouns before "titled" / "called" that make the quoted words an event's name, with its type
#: ('a sub-forum titled "X"'); the words that name ("themed" gives a theme, not a name)
TITLED_HEADS: dict[str, str] = {**EVENT_HEADS, "session": "Meeting", "panel": "Meeting", "event": "Other",
                                "sub-forum": "Forum", "subforum": "Forum", "side-event": "Other"}
#: heads of gatherings a topic after "on" names: "the symposium on Water Futures"
TOPIC_HEADS = frozenset({"symposium", "seminar", "workshop", "conference", "forum", "roundtable", "colloquium",
                         "webinar", "dialogue", "symposia", "seminars"})
NAMING_WORDS = ("titled", "entitled", "called", "named", "dubbed")

#: words that make "<word> meeting of <Organization>" a named gathering
RECURRING_WORDS = frozenset({"annual", "yearly", "biennial", "general", "plenary", "spring", "autumn",
                             "fall", "summer", "winter"})

#: verbs and phrases saying that a gathering takes place (lower case, matched as phrases)
HOLDING_CUES = (
    "held", "hold", "holds", "holding", "opened", "opens", "open", "kicked off", "kicks off", "kick off",
    "took place", "take place", "takes place", "taking place", "was convened", "convened", "closed",
    "concluded", "inaugurated", "launched", "staged", "hosted", "hosting", "organized", "organised",
    "attended", "attracted", "gathered", "wrapped up", "will be held", "is held", "was held",
    "co-hosted", "co-organized", "co-organised", "began", "begins", "started", "ended",
    "host", "hosts", "runs", "ran", "will run", "run parallel", "features", "featured", "will feature",
    "commenced", "commences", "underway",
    "was celebrated", "were celebrated", "is celebrated", "was marked", "were marked",  # "X National Day was celebrated"
    "will be celebrated", "will be marked",  # "International X Week will be celebrated around the world"
)

#: words saying that an event opened or took place, which date it ("attended the opening of")
OPENING_WORDS = frozenset({"opening", "opened", "opens", "open", "launch", "launched", "inauguration", "inaugurated",
                           "inaugurate", "inaugurates", "inaugural", "held", "hosted", "staged", "convened", "kicked",
                           "kick-off", "started"})

# -- roles (roles.py) -----------------------------------------------------------------

#: "<event> ... <cue> <organization list>": the listed organizations get the role.
#: "organizer" here means "organized by": a host when no other host is named (SCHEMA.md).
PASSIVE_ROLE_CUES: dict[str, tuple[str, ...]] = {
    "host": (
        "hosted by", "held by", "sponsored by", "convened by", "launched by", "staged by",
        "spearheaded by", "presented by", "put on by", "run by", "conducted by", "initiated by",
        "an initiative of", "the brainchild of",
    ),
    "organized": ("organized by", "organised by", "arranged by"),
    "co_host": (
        "co-hosted by", "cohosted by", "co hosted by", "co-organized by", "co-organised by",
        "coorganized by", "co organized by", "co-sponsored by", "cosponsored by", "co-convened by",
        "jointly organized by", "jointly organised by", "jointly hosted by", "jointly held by",
        "jointly sponsored by", "jointly launched by", "co-held by", "co-organized with", "co-organised with",
        "co-hosted with", "jointly organized with", "jointly organised with", "organized jointly with",
        "organised jointly with", "held jointly with", "jointly held with", "organized jointly by",
        "organised jointly by", "held jointly by", "jointly convened by", "co-organized jointly by",
        "in partnership between", "jointly between", "hosted jointly by",
        "a collaborative effort of", "a collaborative effort by", "a collaborative effort between",
        "a joint effort of", "a joint effort by", "a joint effort between", "a joint initiative of",
        "a joint initiative by", "a joint initiative between", "a collaboration between", "a collaboration of",
    ),
    # partners, co-hosts beside whoever organizes: "was being organised in cooperation with A and B"
    "partner": (
        "organized in cooperation with", "organised in cooperation with", "organized in co-operation with",
        "organised in co-operation with", "organized in collaboration with", "organised in collaboration with",
        "organized in partnership with", "organised in partnership with", "organized in association with",
        "organised in association with", "held in cooperation with", "held in collaboration with",
        "held in partnership with", "hosted in partnership with", "hosted in collaboration with",
    ),
    "organizer": ("undertaken by", "executed by", "implemented by", "managed by"),
}

#: verbs whose subject holds a gathering, each with its forms (base, -s, past, -ing); an auxiliary
#: before one is read past as a filler (ACTIVE_FILLERS: "will organise", "is hosting")
HOLDING_VERB_FORMS: dict[str, tuple[str, ...]] = {
    "host": ("host", "hosts", "hosted", "hosting"),
    "organise": ("organise", "organises", "organised", "organising"),
    "organize": ("organize", "organizes", "organized", "organizing"),
    "hold": ("hold", "holds", "held", "holding"),
    "convene": ("convene", "convenes", "convened", "convening"),
    "stage": ("stage", "stages", "staged", "staging"),
    "sponsor": ("sponsor", "sponsors", "sponsored", "sponsoring"),
    "conduct": ("conduct", "conducts", "conducted", "conducting"),
}
#: verbs whose "with" names partners, before "to" and a holding verb ("A coordinated with B and C to
#: organize X", "A teamed up with B to host X"): A hosts, B and C co-host; and the particles between
#: such a verb and its "with" ("teamed up with", "joined hands with")
PARTNER_VERBS = frozenset({
    "coordinate", "coordinates", "coordinated", "coordinating", "partner", "partners", "partnered", "partnering",
    "collaborate", "collaborates", "collaborated", "collaborating", "cooperate", "cooperates", "cooperated",
    "cooperating", "co-operate", "co-operates", "co-operated", "team", "teams", "teamed", "teaming", "join",
    "joins", "joined", "joining", "work", "works", "worked", "working", "link", "links", "linked", "ally",
    "allied", "combine", "combined", "unite", "united",
})
PARTNER_PARTICLES = frozenset({"up", "hands", "forces", "together", "closely", "jointly"})
#: adverbs that make the subjects of a holding verb co-hosts ("A and B will jointly organise")
JOINT_ADVERBS = ("jointly", "together")
#: verbs a headline's auxiliary puts before a gathering's name ("Will Host", "Will Open"), in their base form
HEADLINE_BASE_VERBS = frozenset(HOLDING_VERB_FORMS) | {"open", "launch", "welcome", "attend"}
HOLDING_FORMS = tuple(f for forms in HOLDING_VERB_FORMS.values() for f in forms)
#: what an organizer "is set to" do: "is set to organise its X", "is scheduled to host"
_INTENT = ("is set to", "are set to", "is scheduled to", "are scheduled to", "is due to", "is expected to",
           "is planning to", "are planning to", "plan to", "plans to", "will")
#: two holding verbs of one tense joined by "and": "will be hosting and organising the X"
_COORDINATED = tuple(f"{forms_a[i]} and {forms_b[i]}" for a, forms_a in HOLDING_VERB_FORMS.items()
                     for b, forms_b in HOLDING_VERB_FORMS.items() if a != b for i in range(4))

#: "<organizations> <cue> <event>": active voice; co-verbs make every subject a co-host
ACTIVE_ROLE_CUES: dict[str, tuple[str, ...]] = {
    "host": (
        "hosted", "hosts", "is hosting", "are hosting", "hosting", "held", "holds",
        "convened", "sponsored", "launched", "staged", "organized", "organised",
        "organizes", "organises", "is organizing", "is organising",
        "celebrated", "celebrates", "commemorated", "is going to organise", "is going to organize",
        "is going to host", "is going to hold", "will be hosting", "will be organising", "will be organizing",
        *HOLDING_FORMS, *(f"{intent} {verb}" for intent in _INTENT for verb in HOLDING_VERB_FORMS),
        *_COORDINATED, *(f"will be {pair}" for pair in _COORDINATED if pair.endswith("ing")),
    ),
    "co_host": (
        "co-hosted", "co-hosts", "co-hosting", "co-organized", "co-organised", "co-organizes",
        "co-sponsored", "jointly hosted", "jointly organized", "jointly organised", "jointly held",
        "jointly launched", "will co-host", "will jointly host", "will jointly hold",
        *(f"{a} {f}" for a in JOINT_ADVERBS for f in HOLDING_FORMS),
    ),
}

#: "<organization> <cue> <organization list>": the listed ones are co-hosts, the first a host
PARTNER_CUES = (
    "in association with", "in conjunction with", "in co-operation with", "in cooperation with",
    "in collaboration with", "in partnership with", "in coordination with", "partnering with",
)

#: officers and organs of a body: after "the Chair of (the)" comes a body, not a gathering or its host
OFFICER_WORDS = frozenset({"chair", "chairman", "chairperson", "chairwoman", "president", "secretariat", "secretary",
                           "members", "member", "founder", "director", "head", "board", "council"})

#: "the organizers of the expo include A and B": nouns naming a role (a "co-" prefix makes co-hosts),
#: and the verbs that link them to the list
NOMINAL_ROLES = {"organizer": "organized", "organizers": "organized", "organiser": "organized",
                 "organisers": "organized", "host": "host", "hosts": "host", "sponsor": "host", "sponsors": "host"}
NOMINAL_LINKS = frozenset({"include", "includes", "included", "are", "were", "is", "was", ":", ","})

#: gatherings of a body's own members, named with the body ("the 51st Annual General Meeting of the X
#: Association", "the X Society's annual conference"): the body hosts them (roles.py); a meeting or
#: an assembly only when general or annual (a "meeting of the Ministerial Council" is the council's session)
OWN_GATHERINGS = frozenset({"congress", "convention", "conference", "agm"})
GENERAL_GATHERINGS = frozenset({"meeting", "assembly"})
#: bodies that are themselves a meeting's members ("the Council of Ministers", "the Board of Directors"):
#: a gathering of theirs is their session, which no one hosts
SITTING_BODIES = frozenset({"council", "committee", "commission", "board", "directors", "cabinet", "parliament",
                            "ministers"})

#: words allowed between the organizations and an active role verb ("X has jointly hosted")
ACTIVE_FILLERS = frozenset({"has", "have", "had", "will", "is", "are", "was", "were", "also", "jointly",
                            "recently", "successfully", "once", "again", "today", "yesterday"})

# -- organizations (orgs.py) ------------------------------------------------------------

#: last words that make a capitalised name an organization
ORG_HEADS = frozenset({
    "association", "ministry", "department", "office", "bureau", "commission", "committee",
    "council", "authority", "administration", "agency", "government", "university", "college",
    "institute", "institution", "academy", "center", "centre", "hospital", "company", "co", "co.",
    "ltd", "ltd.", "limited", "corp", "corp.", "corporation", "inc", "inc.", "group", "chamber", "chambers",
    "federation", "society", "foundation", "network", "organization", "organisation", "union",
    "bank", "fund", "alliance", "cooperative", "co-operative", "embassy", "consulate",
    "consulate-general", "program", "programme", "board", "secretariat", "league", "club", "service",
    "services", "school", "laboratory", "lab", "trust", "partnership", "plc", "gmbh", "ag", "llc",
    "communications", "pharmaceuticals", "pharma", "holdings", "clinic",
    "mission", "branch", "division", "platform", "incubator", "team", "industries", "systems",
    "technologies", "media", "press", "daily", "news", "agency", "messe", "council",
})

#: units inside a larger organization: "X Office of the People's Government of Y"
ORG_UNITS = frozenset({
    "department", "office", "bureau", "division", "branch", "secretariat", "section", "unit",
    "center", "centre", "institute", "school", "college", "committee", "commission", "faculty",
    "directorate", "directorate-general", "directorate-generale", "dg", "administration", "agency",
    "group", "council", "delegation", "mission", "chapter", "cluster", "board", "wing", "subcommittee",
})

#: "<organization>, [which is] [a|an|the] [modifiers] <noun> of <organization>": the second is
#: the parent ("a wholly owned subsidiary of", "an academic unit of", "the research arm of")
PARENT_NOUNS = frozenset({"subsidiary", "unit", "division", "branch", "arm", "affiliate", "department", "part",
                          "member", "program", "programme", "agency", "institution", "company", "entity",
                          "subordinate", "offshoot", "spin-off", "spinoff", "office", "chapter", "initiative",
                          "project", "faculty", "school", "institute", "centre", "center", "organ", "body",
                          "corporation", "enterprise", "authority", "bureau", "parastatal"})
#: "<organization>, [which is] <verb phrase> <organization>"
PARENT_VERBS = ("affiliated to", "affiliated with", "owned by", "wholly owned by", "wholly-owned by",
                "controlled by", "belongs to", "belonging to", "under", "administered by", "supervised by",
                "part of", "attached to", "subordinate to", "a member of", "at")
#: parent nouns and verbs that hold only when the first organization is a unit, a programme
#: or a company ("a member of", "under", "part of" are too loose otherwise)
LOOSE_PARENT_WORDS = frozenset({"under", "member", "a member of", "part", "part of", "body", "organ", "at",
                                "initiative", "project", "entity", "company"})

#: words that end an organization name in "in <place>" ("Chamber of Commerce in Oman")
ORG_HEADS_WITH_PLACE = frozenset({"chamber", "embassy", "consulate", "consulate-general", "office",
                                  "mission", "commerce", "delegation", "representative"})

# -- people (people.py) --------------------------------------------------------------------

#: ambassador-rank titles (lower case); "consul" titles give posted_to from the city
AMBASSADOR_TITLES = ("ambassador", "ambassador extraordinary and plenipotentiary", "envoy",
                     "special envoy", "high commissioner", "permanent representative",
                     "charge d'affaires", "chargé d'affaires")
#: (with the common misspelling "Counsel General", never "counsel" alone: a lawyer)
CONSUL_TITLES = ("consul-general", "consul general", "consul", "counsel general", "counsel-general")

#: titles a person holds at an organization (lower case, longest first when matched)
PERSON_TITLES = (
    "president", "vice president", "vice-president", "executive vice president", "chairman",
    "chairwoman", "chairperson", "chair", "vice chairman", "vice-chairman", "vice chair",
    "deputy chairman", "director", "deputy director", "director-general", "director general",
    "deputy director-general", "deputy director general", "executive director", "managing director",
    "secretary-general", "secretary general", "deputy secretary-general", "secretary",
    "chief executive officer", "chief executive", "ceo", "chief operating officer", "coo",
    "chief financial officer", "cfo", "chief technology officer", "cto", "chief strategic officer",
    "chief strategy officer", "chief medical officer", "general manager", "deputy general manager",
    "head", "founder", "co-founder", "dean", "rector", "vice rector", "provost", "chancellor",
    "vice-chancellor", "professor", "minister", "deputy minister", "vice minister", "vice-minister",
    "health minister", "prime minister", "premier", "vice premier", "foreign minister", "commissioner", "spokesperson", "spokesman", "spokeswoman", "partner",
    "board member", "member", "governor", "deputy governor", "mayor", "deputy mayor",
    "party secretary", "chief", "manager", "executive", "officer", "leader", "coordinator",
    "representative", "counsellor", "counselor", "minister-counsellor", "attache", "attaché",
)

#: single words of the titles above ("vice", "president", "consul", ...)
TITLE_WORDS = frozenset(w for t in PERSON_TITLES + AMBASSADOR_TITLES + CONSUL_TITLES for w in re.split(r"[\s-]+", t))

#: honorifics and ranks that may stand between a title and a name
#: honorifics that open a person's name and never an organization's ("Dr Irene Mensah")
PERSON_HONORIFICS = frozenset({"mr", "mr.", "mrs", "mrs.", "ms", "ms.", "dr", "dr.", "prof", "prof.", "h.e.", "sir"})
HONORIFICS = PERSON_HONORIFICS | {"professor", "madam", "lieutenant", "general", "major", "colonel", "brigadier",
                                  "admiral", "his", "her", "excellency", "academician"}
#: verbs of a report ("officials said", "told reporters")
REPORTING_VERBS = frozenset({"said", "says", "told", "announced", "stated", "noted", "added", "reported",
                             "according", "revealed", "confirmed"})

#: "<person> <cue> <event>": the person attended the event
ATTEND_CUES = (
    "attended", "attends", "will attend", "spoke at", "speaking at", "addressed", "addressing",
    "opened", "inaugurated", "chaired", "presided over", "delivered a speech at",
    "delivered a keynote speech at", "delivered a speech during", "gave a speech at",
    "gave a keynote speech at", "made the remarks at", "made remarks at", "made a speech at",
    "said at", "said during", "spoke during", "speaking during", "was present at", "participated in",
    "took part in", "visited", "hosted", "co-chaired", "launched", "officiated at", "officiated",
    "presented at", "cut the ribbon", "addressed the opening", "in attendance at", "expected to attend",
    "due to attend", "scheduled to attend", "set to attend", "will address", "is expected to address",
    "was invited to", "were invited to", "joined", "participated at", "took part at",
    "taking part in", "participating in",
)
#: people a gathering draws: "250 delegates from 28 countries at the X" says the X took place
ATTENDEE_NOUNS = frozenset({"delegates", "participants", "attendees", "exhibitors", "visitors", "delegations",
                            "speakers", "panelists", "panellists", "guests"})
#: a person's part at a gathering, before "of (the)" in a title-case phrase ("Chief Guest of the Seminar")
GUEST_WORDS = frozenset({"guest", "guests", "speaker", "speakers", "patron", "patrons", "panelist", "panellist",
                         "moderator", "participant", "participants", "delegate", "delegates"})
#: "<person> <cue> <event>" with the event right after the cue ("told the forum")
ADDRESS_CUES = ("told", "briefed", "welcomed", "greeted")
#: nouns after an attendance cue that stand for the event in focus ("attended the opening",
#: "chaired the discussion")
OCCASION_NOUNS = frozenset({"opening", "closing", "ceremony", "discussion", "session", "panel", "debate",
                            "proceedings", "launch", "inauguration", "talks", "dialogue", "gathering",
                            "plenary", "event", "meeting", "roundtable", "signing", "keynote"})
#: phrases that put the speaker at the event in focus without naming it
SPEECH_CUES = (
    "in his opening speech", "in her opening speech", "in his speech", "in her speech",
    "in his keynote speech", "in her keynote speech", "in his opening remarks", "in her opening remarks",
    "in his remarks", "in her remarks", "in his keynote address", "in her keynote address",
    "in his address", "in her address", "at the opening ceremony", "at the ceremony",
    "at the event", "in a speech", "in a keynote speech", "at the opening",
)

# -- places (where.py) ----------------------------------------------------------------------

#: words right before a place that make it where something happens ("held in", "at", "located in")
LOCATIVE_WORDS = frozenset({"in", "at", "near", "inside", "within", "downtown", "outside"})
#: words around a place name that do not make it another name ("Tianjin Municipality",
#: "north China's Tianjin")
PLACE_WORDS = frozenset({"municipality", "province", "city", "county", "prefecture", "region", "autonomous",
                         "state", "special", "administrative", "sar", "capital", "district"})
COMPASS_WORDS = frozenset({"north", "south", "east", "west", "northeast", "northwest", "southeast", "southwest",
                           "northern", "southern", "eastern", "western", "central", "northeastern",
                           "northwestern", "southeastern", "southwestern", "downtown", "suburban", "coastal"})
#: "<place> municipal government": an organization whose name a place opens
GOVERNMENT_WORDS = frozenset({"government", "authorities", "administration", "committee", "bureau", "commission"})
GOVERNMENT_LEVELS = frozenset({"municipal", "provincial", "city", "regional", "local", "state", "federal",
                               "national", "county", "district", "prefectural"})

#: last words of venue names that may open with their city ("Dubai World Trade Centre")
VENUE_WORDS = frozenset({"centre", "center", "hall", "park", "hotel", "stadium", "arena", "plaza", "pavilion",
                         "complex", "gymnasium", "auditorium", "museum", "palace", "square", "grounds"})
#: words after a place name that make it a part of a city, not the city ("Riverside district")
DISTRICT_WORDS = frozenset({"district", "county", "new area", "zone", "township", "town", "village",
                            "subdistrict", "borough"})

# -- sub-events (subevents.py) ------------------------------------------------------------

#: "<event> <cue> <event>": the first is part of the second
SUBEVENT_CUES = (
    "during", "held during", "on the sidelines of", "on the sideline of", "as part of", "part of",
    "a part of", "a session of", "a sub-forum of", "a sub forum of", "one of the sub-forums of",
    "a side event of", "a parallel session of", "a parallel forum of", "within the framework of",
    "under the framework of", "one of the events of", "an event of", "a highlight of",
    "on the margins of", "on the margin of", "in the margins of", "on the opening day of", "on the first day of",
    "on the second day of", "on the third day of", "on the final day of", "on the last day of",
    "on the closing day of", "part of a series of activities of", "part of a series of events of",
    "part of the activities of", "part of the celebrations of", "one of the activities of",
)
#: nouns that introduce an event as a part of the article's main one ('a sub-forum titled "X"')
SUBEVENT_NOUNS = ("sub forum", "subforum", "side event", "parallel session", "parallel forum", "breakout session",
                  "satellite symposium", "satellite meeting", "side meeting", "concurrent session", "sub venue")
#: "<event> <cue> <event>": the second is part of the first ("the Expo will include a Y Forum")
SUBEVENT_HOLDER_CUES = ("will include", "includes", "included", "featured", "features", "will feature",
                        "will also host", "also hosted", "will also hold", "also held", "will host", "hosts",
                        "hosted", "is hosting", "also hosts", "also includes", "also features",
                        "will also feature", "will also include", "also included", "also featured",
                        "was divided into", "is divided into", "will be divided into", "consisted of", "consists of",
                        "will consist of", "comprised", "comprises", "will comprise")

# -- participants (participants.py) ---------------------------------------------------------

#: nouns for people or bodies that take part "from" a country
PARTICIPANT_NOUNS = frozenset({
    "delegation", "delegations", "delegates", "company", "companies", "firm", "firms", "enterprise",
    "enterprises", "exhibitor", "exhibitors", "participant", "participants", "visitor", "visitors",
    "official", "officials", "expert", "experts", "representative", "representatives", "guest",
    "guests", "business", "businesses", "investor", "investors", "entrepreneurs", "manufacturers",
    "leaders", "scholars", "researchers", "ministers", "ministries", "embassies", "institutions",
    "organizations", "organisations", "associations", "hospitals", "speakers", "professionals",
    "executives", "buyers", "attendees", "members", "universities", "agencies", "pavilion",
    "pavilions", "students", "doctors", "academics", "countries", "nations", "engineers", "scientists",
    "specialists", "suppliers", "traders", "exporters", "importers", "startups", "start-ups", "brands",
    "producers", "farmers", "diplomats", "envoys", "dignitaries", "journalists", "teams", "athletes",
    "physicians", "nurses", "pharmacists", "developers", "vendors", "makers", "partners", "people",
    "practitioners", "clinicians", "surgeons", "chiefs", "heads", "regulators", "policymakers", "operators",
    "innovators", "founders", "officers", "authorities", "governments", "groups", "contingents", "teams",
    "entrepreneurs", "investors", "stakeholders", "providers", "distributors", "contractors", "academies",
    "stands", "booths", "ambassadors", "consuls", "consuls-general", "emissaries", "presidents", "premiers",
    "vice-presidents", "chancellors", "kings", "monarchs",
    "entrepreneur", "trader", "businessman", "businesswoman", "businessmen", "businesswomen", "vendor",
    "supplier", "manufacturer", "producer", "exporter", "importer", "delegate", "diplomat", "envoy",
    "speaker", "investor",
})
#: nouns for those who take part in an exhibition: without an event named in their sentence
#: they belong to the exhibition last named ("Exhibitors from Chile made up ...")
EXHIBITOR_NOUNS = frozenset({"exhibitor", "exhibitors", "pavilion", "pavilions", "booth", "booths", "stands"})
#: combining forms of country names, paired with a country after a hyphen ("Sino-Japanese")
COMBINING_FORMS = {"sino": "CN", "anglo": "GB", "franco": "FR", "russo": "RU", "indo": "IN", "italo": "IT",
                   "greco": "GR", "turco": "TR", "nippo": "JP", "luso": "PT", "hispano": "ES", "germano": "DE"}
#: "<noun> included <countries>": exhibitor countries, participating countries
PARTICIPANT_LIST_CUES = ("exhibitor countries included", "exhibitor countries include",
                         "participating countries included", "participating countries include",
                         "countries included", "countries such as", "countries including")
#: phrases that mean the two countries the article pairs ("from both countries")
BOTH_COUNTRIES = ("both countries", "both sides", "the two countries", "both nations", "the two sides",
                  "the two nations")

#: months and weekdays: a name holding one is a date ("the 14 to 17 April 2014 meeting"), not an edition's
CALENDAR_WORDS = frozenset({"january", "february", "march", "april", "may", "june", "july", "august", "september",
                            "october", "november", "december", "jan", "feb", "mar", "apr", "jun", "jul", "aug",
                            "sep", "sept", "oct", "nov", "dec", "monday", "tuesday", "wednesday", "thursday",
                            "friday", "saturday", "sunday"})

#: first words of a gathering held about another one, not as its part ("Promotion Meeting of the X Expo")
ABOUT_WORDS = frozenset({"promotion", "promotional", "press", "launch", "roadshow", "road-show", "briefing",
                         "preparatory", "pre-event", "countdown"})

#: verbs that title-case headlines capitalise ("EWI Hosts Roundtable Discussion on X", "Annual Meeting Held in
#: Washington"): in such a line they end a name instead of going on it
HEADLINE_VERBS = frozenset({
    "hosts", "hosted", "holds", "held", "organises", "organizes", "organised", "organized", "co-hosts",
    "co-organises", "co-organizes", "opens", "opened", "launches", "launched", "attends", "attended", "celebrates",
    "celebrated", "inaugurates", "inaugurated", "concludes", "concluded", "begins", "kicks", "joins", "convenes",
    "convened", "stages", "staged", "addresses", "addressed", "participates", "unveils", "unveiled", "welcomes",
    "wraps", "closes", "closed",
    "organise", "organize", "convene", "inaugurate", "celebrate"})  # base forms: "X To Organise Y Conference"
