"""The noun a number counts ("40,000 troops", "the troops are between 30,000-100,000") and
the casualty event or crowd it belongs to ("killed at least 24 people", "200,000 marched")."""

from __future__ import annotations

import re

from reader.core import units


def word_set(words: str) -> frozenset[str]:
    """A set of words written as one space-separated string."""
    return frozenset(words.split())


STOPWORDS = word_set(
    "a an the and or but nor of to in on at by for from with without into onto over under about above "
    "below after before since until during between among against through across per via as than that "
    "this these those which who whom whose what when where why how whether if then so such is are was "
    "were be been being am has have had do does did will would shall should can could may might must "
    "not no nor only also just even still yet already more most less least few fewer many much other "
    "others another some any all each every both either neither own same very too there here it its "
    "it's he him his she her they them their we us our you your i me my mine said says say told tell "
    "according reported report believed thought expected estimated up down out off back away again "
    "further once twice ago later earlier now today yesterday tomorrow currently recently including "
    "included while because though although ve ll re s t d overnight apiece altogether respectively "
    "alone instead abroad nationwide worldwide overall"
)
_LEAD_SKIP = re.compile(
    r"(?i:[ \t]+(?:more|other|additional|extra|further|new|fresh"
    r"|of(?:[ \t]+(?:the|its|their|his|her|our|these|those|them))?)\b)*"
)
_IDENT_WORD = re.compile(r"[ \t]+[A-Z]{1,4}[ \t-]?\d+[A-Za-z]?\b")
_WORD = re.compile(r"[ \t]+(?P<w>[A-Za-z][A-Za-z.'’-]*[A-Za-z]|[A-Za-z])(?P<dot>\.(?=[ \t]+[A-Za-z]))?")
# a name or an abbreviation before the noun: "23 U.S. troops", "38,000 OGE Energy Corp. customers"
_PROPER_MODIFIER = re.compile(r"[A-Z][A-Za-z.'’&-]*")
_ACRONYM = re.compile(r"[A-Z][A-Z.]+")
# the adjective or noun of a people or a country: "the Australian state", "the Pakistani city",
# "more than 40 Palestinians killed"
DEMONYM_END = re.compile(r"(?:ian|ean|ese|ish)$")
DEMONYMS = word_set(
    "afghan american african mexican moroccan cuban tibetan kenyan ugandan sudanese pakistani iraqi "
    "israeli saudi somali kuwaiti yemeni omani qatari emirati bangladeshi nepali thai azerbaijani azeri "
    "greek french dutch swiss german polish irish czech slovak basque catalan kurdish"
)
_HUMAN = word_set(
    "person people individual civilian resident citizen troop soldier force personnel protester "
    "demonstrator marcher rioter worker employee student child kid man woman officer policeman police "
    "passenger pilgrim migrant refugee prisoner hostage inmate victim member voter patient fan "
    "tourist crew crewmember sailor fighter militant rebel pirate brigand journalist gunman suspect "
    "attacker assailant bomber miner teacher doctor nurse driver pilot firefighter guard teenager boy "
    "girl baby infant adult pedestrian bystander spectator worshipper pupil schoolchild schoolgirl "
    "schoolboy policeman trooper marine sailor guest shopper customer"
    # more people a toll may count
    " villager fisherman fishermen farmer herder trader vendor labourer laborer commuter motorist cyclist"
    " rider hiker climber trekker swimmer diver athlete player footballer runner jockey traveller traveler"
    " holidaymaker visitor pensioner retiree resident tenant islander settler nomad mourner worshiper"
    " parishioner congregant pilgrim volunteer rescuer medic paramedic peacekeeper recruit cadet staffer"
    " official lawmaker legislator delegate activist supporter opponent follower onlooker"
    " fireman firemen policemen lifeguard smuggler trafficker jihadist insurgent combatant gunmen"
    " participant entrant starter finisher competitor contestant staff survivor"
    " watchman watchmen crewman crewmen devotee faithful"
    # people who lose money or are served: "lured around 11,000 investors" / "About 17,000 people"
    " investor depositor saver client consumer homeowner householder"
)
_DYING = frozenset({"die", "dies"})
# verbs in the past that end in neither "ed" nor "ing": a bare count before one is its subject
# ("The two met from June 19, 1972", "the three fled"), not a count of "met"
_IRREGULAR_PAST = word_set(
    "met said told went came took gave made left fell lost ran saw sat stood held led fought spoke"
    " fled got knew thought found kept sent spent began became brought bought caught wrote drove"
    " broke chose flew grew threw drew hid struck hung swam wore woke meant heard paid sold"
    " slept swore withdrew"
)
# a count between a casualty word and a later number: the word is that count's
_COUNT_BETWEEN = re.compile(
    r"\d|\b(?i:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|dozens?|hundreds?)\b"
)
# the whole a part is taken from: "12 of the 24 seats", "three of its five plants", "three of
# four soldiers" (one pattern for the part's noun here and for `figures`, which marks the part)
OF_WHOLE = re.compile(
    r"(?i:[ \t]+of[ \t]+(?:(?:the|those|these|its|their|his|her|our)[ \t]+)?(?:\d(?:[\d,.]*\d)?|two|three"
    r"|four|five|six|seven|eight|nine|ten|eleven|twelve|twenty|thirty|forty|fifty|hundred)\b)"
)
_OF_THEM = re.compile(r"(?i:[ \t]+of[ \t]+(?:them|those|whom)\b)")
_OF_SOME = re.compile(r"(?i:[ \t]+of[ \t]+(?:the|them|those|these)\b)")
# "the number of people confirmed dead ... rose to 27": what the number counts, told before it
_NUMBER_OF = re.compile(
    r"(?i:\bthe[ \t]+(?:total[ \t]+|median[ \t]+|average[ \t]+)?number[ \t]+of[ \t]+"
    r"(?:confirmed[ \t]+|reported[ \t]+)?)"
    r"(?:[A-Za-z'’-]+[ \t]+){0,3}?(?P<noun>people|[a-z]+s)\b[^.;:!?\d]{0,80}?"
    r"\b(?i:rose|risen|climbed|jumped|reached|stood|stands|is|was|hit|to)"
    r"[ \t]+(?:to[ \t]+|at[ \t]+)?$"
)
# a death toll told to have risen or to stand, however far its verb from it: "The death toll in the KM Sinar
# Bahari 7 fire rose to five", "Death toll in Huancavelica bus accident rises to 27"
_TOLL_ROSE = re.compile(
    r"(?i:\b(?:death|fatality)[ \t]+tolls?\b[^.;:!?]{0,80}?"
    r"\b(?:rose|rises|risen|climbed|climbs|jumped|jumps|increased|increases|reached|reaches|hit|hits"
    r"|stood|stands|mounted|mounts|grew|grows|went[ \t]+up|goes[ \t]+up"
    r"|is|was|remains|remained)(?:[ \t]+now)?"  # "The death toll from Monday's tanker blast is 13"
    r"[ \t]+(?:to[ \t]+|at[ \t]+)?(?:at[ \t]+least[ \t]+|more[ \t]+than[ \t]+|nearly[ \t]+|about[ \t]+"
    r"|over[ \t]+|almost[ \t]+)?$)"
)
# a total brought or standing at a figure: "taking its headcount to 2,41,300", "Headcount fell by
# 1,380 during the quarter to 2,37,770", "its workforce stood at 12,000"
# the injured still in hospital, a part of all the injured: "Fourteen injured are still undergoing
# treatment", "Three of the injured remain in hospital"
_STILL_TREATED = re.compile(
    r"(?i:[ \t]+(?:(?:of[ \t]+the[ \t]+)?injured[ \t]+|people[ \t]+)?"
    r"(?:are|were|is|was|remain(?:s|ed)?)[ \t]+"
    r"(?:still[ \t]+)?(?:in[ \t]+(?:a[ \t]+)?(?:hospital|critical|serious|stable)|undergoing[ \t]+treatment"
    r"|being[ \t]+treated|hospitali[sz]ed)\b)"
)
# "taking the death toll in Sunday's bus accident to 21", "bringing the toll to 31": a toll raised
_TOLL_TAKEN = re.compile(
    r"(?i:\b(?:tak(?:e|es|ing)|took|bring(?:s|ing)?|brought|push(?:es|ed|ing)?|rais(?:e|es|ed|ing)"
    r"|lift(?:s|ed|ing)?|put(?:s|ting)?|sen[dt](?:s|ing)?)[ \t]+the[ \t]+(?:overall[ \t]+|official[ \t]+)?"
    r"(?:(?:death|fatality)[ \t]+)?tolls?\b[^.;:!?\d$€£]{0,80}?\bto[ \t]+"
    r"(?:at[ \t]+least[ \t]+|more[ \t]+than[ \t]+|nearly[ \t]+|about[ \t]+|over[ \t]+|almost[ \t]+)?$)"
)
_TOTAL_TO = re.compile(
    r"(?i:\b(?P<noun>headcount|workforce|membership|enrol(?:l)?ment|population)\b[^.;:!?\d]{0,50}?"
    r"(?:\d[\d,.]*[^.;:!?\d]{0,30}?)?\b(?:to|at)[ \t]+$)"
)
# the rescued told by what was done: "Rescuers had pulled 152 people from the water"
_PULLED_BEFORE = re.compile(
    r"(?i:\b(?:pulled|plucked|hauled|dragged|lifted|winched|airlifted)[ \t]+"
    r"(?:(?:at[ \t]+least|more[ \t]+than|nearly|about|some|another|over)[ \t]+)?$)"
)
_FROM_THE_WATER = re.compile(
    r"(?i:(?:[ \t]+[a-z-]+){0,2}?[ \t]+(?:alive[ \t]+)?(?:from|out[ \t]+of|off)[ \t]+(?:the[ \t]+)?"
    r"(?:[a-z-]+[ \t]+)?(?:water|waters|sea|river|rubble|wreckage|debris|ruins|ocean|lake|flood(?:waters?)?"
    r"|mud|sinking|burning|capsized|stricken|vessel|ship|boat|ferry|roofs?|rooftops?)\b)"
)
# the missing of a disaster, told of a bare number: "seven were still missing"
_MISSING_AFTER = re.compile(
    r"(?i:[ \t]+(?:(?:were|are|was|is|remain|remained|remains)[ \t]+(?:still[ \t]+)?|still[ \t]+)?missing\b)"
)
# the displaced told by a verb right after a bare count: "320,000 flee", "some 5,000 have fled"
_FLED_AFTER = re.compile(
    r"(?i:[ \t]+(?:(?:people|residents|villagers|families|others)[ \t]+)?"
    r"(?:(?:have[ \t]+|had[ \t]+|to[ \t]+)?(?:flee|flees|fled)\b"
    r"|(?:(?:were|had[ \t]+been)[ \t]+(?:moved|taken)[ \t]+)?(?:in)?to[ \t]+(?:[a-z]+[ \t]+)?shelters\b"
    r"|(?:out[ \t]+)?(?:of|from)[ \t]+their[ \t]+homes\b))"
)  # "320,000 flee", "forcing nearly 800,000 to flee to shelters", "some 600,000 people into shelters",
# "forcing more than 20,000 from their homes"
# an aside between a count's noun and its verb: "Twenty-two people, including port workers and an
# exporter, were arrested"
_ASIDE_AFTER = re.compile(
    r"(?P<head>[ \t]+[a-z]+),[ \t]+(?:including|among[ \t]+them)\b[^,;:.!?]{1,90},"
    r"(?=[ \t]+(?:were|was|are|have|had)\b)"
)
# verbs in the present a bare count may be the subject of: "at least 20 remain missing", "320,000 flee"
_PRESENT_VERBS = word_set("remain remains flee flees")
_DIGIT = re.compile(r"\d")
_WHEN_LEAD = frozenset({"last", "next", "this", "past"})
_TIME_WORD = re.compile(
    r"[ \t]+(?i:(?:week|month|year|season|night|weekend|summer|winter|spring|fall|autumn|decade|century)s?\b"
    r"|(?:mon|tues|wednes|thurs|fri|satur|sun)day\b)"
)
# what happened to those counted, not what they are: "12 dead", "three hurt" count people
_CASUALTY_STATES = frozenset({"dead", "hurt"})
# number words a conjunction may lead to: "12 dead and dozens wounded" counts no "dozens"
_NUMBER_WORDS = word_set("dozen dozens score scores hundred hundreds thousand thousands million millions")
EVENT_RE = re.compile(
    r"(?i:\b(?:killed|dead|died|death[ \t]+toll|fatalities|lives|perished|slain|murdered|drowned"
    # "voted against the death penalty", "on death row": a sentence, not a toll
    r"|deaths?(?![ \t]+(?:penalty|penalties|sentences?|row|threats?|certificates?|warrants?))"
    r"|injured|wounded|hurt|injuries|hospitali[sz]ed|arrested|detained|arrests|sickened|infected"
    # "Of those detained, 17 have been charged": fewer than were arrested ("charged with
    # marrying 20 women" charges no women)
    r"|(?:charged|indicted)(?![ \t]+(?:with|for)[ \t]+[a-z]+ing\b)"
    # "taken to hospital", "rushed to a nearby hospital", "taken to Royal Darwin Hospital"
    r"|(?:taken|rushed|admitted|airlifted|flown)[ \t]+to[ \t]+(?:[\w'’.-]+[ \t]+){0,3}?"
    r"(?:hospitals?|clinics?)"
    r"|(?:needed|required|received|receiving)[ \t]+hospital[ \t]+(?:care|treatment)"
    r"|hospitals?[ \t]+(?:treated|admitted)"
    r"|displaced|displaces?|evacuated|homeless|missing|unaccounted[ \t]+for"
    # "forced the evacuation of some 6,000 people"
    r"|evacuation(?=[ \t]+of[ \t])"
    # the rescued: "rescue workers saved 241 people", "pulled 214 people alive from the water"
    r"|rescued|saved|alive|survived"
    r"|(?:forced[ \t]+(?:from|out[ \t]+of)|left|fled|moved[ \t]+(?:from|out[ \t]+of))"
    r"[ \t]+(?:their[ \t]+)?homes"
    r"|taken[ \t]+into[ \t]+custody|f(?:a|e)ll(?:en|s|ing)?[ \t]+ill|tested[ \t]+positive"
    r"|killing|injuring|wounding"
    r"|kills|injures|wounds|die|dies"  # a headline's present tense: "Quake Kills 5", "Three die"
    # "Floods kill 64" (the window before a number ends at it), not "threatened to kill"
    r"|(?<!to[ \t])kill(?=[ \t]+(?:(?:at[ \t]+least|more[ \t]+than|nearly|about|over)[ \t]+)?(?:\d|$)))\b)"
)
_LIVES_LOST = re.compile(
    r"(?i:\b(?:claim(?:ed|ing|s)?|cost(?:ing|s)?|took|tak(?:en|ing)|lost)[ \t]+(?:the[ \t]+)?$)"
)
# a gathering: a number of people that marched, rallied or attended ("200,000 marched")
CROWD_RE = re.compile(
    r"\bmarch\b|(?i:\b(?:march(?:ed|es|ing)|rall(?:y|ied|ies|ying)|protest(?:s|ed|ing)?|demonstrat(?:ed|ions?|ing)"
    r"|took[ \t]+to[ \t]+the[ \t]+streets|gathered|attended|attendance|turn(?:ed)?[ \t]+out|turnout|crowds?"
    r"|massed|thronged|flocked|assembled|(?:packed|filled)(?=[ \t]+(?:the|into|in)\b))\b)"
)
_CROWD_NOUNS = word_set(
    "person people member worker protester protestor demonstrator marcher student supporter citizen "
    "resident participant mourner fan activist unionist pensioner employee civilian youth voter "
    "visitor faithful pilgrim devotee worshipper spectator attendee festivalgoer concertgoer"
)
# people counted as a gathering by what they are, when there are many: "600 demonstrators",
# "5,000 marchers" (not "one protester threw a petrol bomb")
_GATHERED = word_set("protester protestor demonstrator marcher spectator attendee")
# counted nouns that say nothing of what is counted ("400 people came", "three times")
GENERIC_NOUNS = frozenset({"", "person", "time", "total", "number", "year", "other", "percent"})
_GATHERING = 100
# what a place holds, not who came: "a stadium that holds 80,000 spectators" is its size
HOLDS = re.compile(
    r"(?i:\b(?:holds?|seats|seating|capacity(?:[ \t]+of)?|accommodates?|can[ \t]+(?:hold|take))[ \t]+$)"
)
# a part told before its whole: "two of the 12", "only one of the 242" ("all of the" is the whole)
# the words that tell a part before "of": "two of", "only one of", "most of" (`figures` finds the
# whole after them with it too)
PART_WORDS = (
    r"(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|\d[\d,.]*|none|few|some"
    r"|many|most|several|half|dozens|hundreds|thousands)"
)
_PART_OF_BEFORE = re.compile(rf"(?i:\b{PART_WORDS}[ \t]+of[ \t]+(?:the|its|their|those|these)[ \t]+)$")
# the whole's own verb after its event: "the 12 killed were", "the 12 injured miners were"
_WHOLES_VERB = re.compile(
    r"(?i:(?:[ \t]+(?!(?:when|after|as|while|and|but|because|before|since|if|then)\b)[a-z]+){0,3}"
    r"[ \t]+(?:were|was|are|is|have|has|had|included|includes|include|remain|remains|remained)\b)"
)
# after a part's whole, the part's own verb and its event: "Three of the 40 passengers were
# injured", "two of the six climbers have been rescued" (the whole's noun, then the verb)
_PARTS_EVENT = re.compile(
    r"(?i:[ \t]+(?:[a-z-]+[ \t]+){0,3}?(?:were|was|are|is|got|remain|remains|remained"
    r"|(?:have|has|had)[ \t]+been)[ \t]+(?:(?:also|still|later|since|now|reportedly|[a-z]+ly)[ \t]+)?)"
)
# the event told right before a part: "killed 12 of the 40 miners", "the cancellation of about
# 1,050 of the 1,180 flights", "freed nine of the 12 hostages"
_EVENT_BEFORE_PART = re.compile(
    r"(?i:\b(?:killed|killing|injured|injuring|wounded|wounding|rescued|rescuing|freed|freeing"
    r"|released|releasing|arrested|arresting|evacuated|evacuating|cancell?ed|cancell?ing"
    r"|cancell?ations?[ \t]+of|delayed|delaying|destroyed|destroying|damaged|damaging)"
    r"[ \t]+(?:(?:about|around|some|nearly|almost|roughly|only|just|at[ \t]+least|more[ \t]+than|over)"
    r"[ \t]+)?$)"
)
# "won in front of more than 58,000 fans" (the window before a number ends at it)
_IN_FRONT_OF = re.compile(r"(?i:\bin[ \t]+front[ \t]+of[ \t]+$)")
# what a sports line counts: one sentence gives a player's or a team's many of them ("28 of his
# 68 punches", "33 homers and 121 RBIs"), another source's the same nouns for another player
GAME_STATS = word_set(
    "point goal assist rebound yard touchdown run homer rbi rbis hit strikeout inning wicket game "
    "season match punch drive shot save lap stroke birdie bogey eagle pass reception catch sack "
    "interception tackle foul block steal turnover carry attempt completion win loss defeat draw "
    "start appearance cap try set ace round hole medal title putt kick corner card fight knockout ko "
    "kos victory play down possession minute over"
)
_BEFORE = re.compile(
    r"(?P<noun>[A-Za-z]+)[ \t]+(?:(?:are|is|was|were|stood|stands|rose|climbed|jumped|fell|reached|hit"
    r"|totaled|totalled|numbered|number|numbering|estimated|put|now|currently|at|to|of|be|being|been"
    r"|approached|neared|topped|passed|surpassed|exceeded"
    r"|range|ranged|ranging|from|between)[ \t]+)+(?:the[ \t]+)?$"
)


# what ports and ships count containers in, twenty-foot equivalent units, in capitals as a name is
_CONTAINER_UNITS = frozenset({"teu", "teus"})


def _plural_like(word: str) -> bool:
    w = word.lower()
    return (
        w.endswith("s") and not w.endswith(("ss", "us", "ous", "is", "'s", "’s")) and len(w) > 3
    ) or w in ("people", "men", "women", "children", "police", "personnel", "crew", "staff", "feet")


def counted_noun_after(text: str, end: int) -> str:
    """The noun right after a number, lowercased ("five suspicious boats" -> "boats"), or ""."""
    pos = end
    skip = _LEAD_SKIP.match(text, pos)
    if skip:
        pos = skip.end()
        if skip.group(0).lower().endswith("them"):
            # "18 of them passengers" names them; "34 of them run from Birmingham" does not
            named = _WORD.match(text, pos)
            return _clean(named.group("w")) if named and _plural_like(named.group("w")) else ""
    ident = _IDENT_WORD.match(text, pos)
    if ident:
        pos = ident.end()  # "six AK-47 rifles": the model name is not what is counted
    words: list[str] = []
    proper: list[str] = []  # capitalised modifiers skipped so far
    for _ in range(6):
        m = _WORD.match(text, pos)
        if not m:
            break
        word = m.group("w")
        low = word.lower()
        if (
            low in _DYING
            or (low in _CASUALTY_STATES and not words)
            or ((word in _IRREGULAR_PAST or low in _PRESENT_VERBS) and not words)
        ):
            break  # "Three die in bank fire", "12 dead": what happened to them, not what they are
        if low in _WHEN_LEAD and _TIME_WORD.match(text, m.end()):
            break  # "topped 1 million last week": when, not what
        if low in STOPWORDS and not (len(word) > 1 and word.isupper()):  # "US troops", not "us"
            if low in ("and", "or") and words and len(words) < 3:
                following = _WORD.match(text, m.end())
                if following is not None and following.group("w").lower() in _NUMBER_WORDS:
                    break  # "12 dead and hundreds injured": another count begins
                pos = m.end()  # "American and British troops", "home and cellular numbers"
                continue
            break
        pos = m.end()
        if low in _CONTAINER_UNITS:
            return "teu"  # "24,000 TEU ran aground", "39 million TEUs": containers, not a name
        if _plural_like(word) and not _ACRONYM.fullmatch(word):
            return _clean(word)
        if (
            _PROPER_MODIFIER.fullmatch(word)
            and len(proper) < 3
            and len(words) == len(proper)
            and _WORD.match(text, pos) is not None
        ):
            proper.append(word)
            words.append(word)
            continue
        words.append(word)
        if len(words) - len(proper) >= 3:
            break
        if low.endswith(("ed", "ing")) and len(words) > 1:
            words.pop()
            break
    if not words:
        return ""
    first = next((w for w in words if w not in proper), words[0])
    if first.lower().endswith(("ed", "ing", "ly")):
        return ""
    return _clean(first)


def counted_noun_before(text: str, start: int) -> str:
    """The noun a number refers back to ("the troops are between ..." -> "troops"), or ""."""
    m = _BEFORE.search(text[max(0, start - 70) : start])
    if not m:
        return ""
    noun = m.group("noun")
    if _ACRONYM.fullmatch(noun):
        return ""  # an acronym ("SARS", "NATO") is a name, not what is counted
    if noun.lower() in STOPWORDS or (
        not _plural_like(noun) and noun.lower() not in ("toll", "total", "number")
    ):
        return ""
    if noun.lower() == "toll":
        return "people killed"
    return _clean(noun)


def _clean(word: str) -> str:
    return word.lower().strip(".'’-")


def crowd_noun(noun: str) -> bool:
    """Whether a counted noun may name the people of a gathering ("union members", "Greeks")."""
    if not noun:
        return True
    last = noun.split()[-1]
    return units.singular(last) in _CROWD_NOUNS


# what may stand between a casualty verb and the count of its object: "killed at least 12 Afghans"
_QUALIFYING = word_set(
    "at least about some more than nearly almost around an estimated up to over another roughly"
)


def _people_named(noun: str, text: str, end: int) -> bool:
    """A count of a people written as their name ("more than 40 Palestinians killed", "three Iraqis")."""
    base = noun[:-1] if noun.endswith("s") else noun  # "Iraqis", which `units.singular` keeps
    return (base in DEMONYMS or bool(DEMONYM_END.search(base))) and noun.capitalize() in text[end : end + 40]


def human_noun(noun: str) -> bool:
    """Whether a counted noun names people (so that "killed" or "injured" applies to it)."""
    last = noun.split()[-1]
    # a synonym counts as its key does: "nine carabineros were injured" are officers
    return units.singular(last) in _HUMAN or units.noun_key(last) in _HUMAN


# "one died and nine others were injured": the number is the subject of the casualty verb after it
_SUBJECT_OF_EVENT = re.compile(
    r"(?i:(?:[ \t]+[a-z]+){0,2}[ \t]+(?:were|was|are|is|have[ \t]+been|has[ \t]+been|had[ \t]+been|got"
    r"|remain|remains|remained)"
    r"(?:[ \t]+[a-z]+ly)?[ \t]+"
    r"|[ \t]+(?:others?|more)[ \t]+)"  # "twelve miners were killed and four others injured"
)
_CLAUSE_BREAK = re.compile(r"[,;:()—–]")
_NATIONALS = re.compile(r"^[ \t]+(?:of[ \t]+)?[A-Z][a-z]+s\b")  # "tens of thousands of Greeks"
_EXECUTION = re.compile(r"\b(?i:put|sentenced?|condemned)\b[^,.;]{0,30}\bto[ \t]+$")


def part_owns_event(sentence: str, start: int, end: int) -> bool:
    """Whether the count at `start`-`end`, a part told before its whole ("Three of the 40
    passengers were injured", "two of them were hurt", "killed 12 of the 40 miners", "the
    cancellation of about 1,050 of the 1,180 flights"), is the count of the event its own verb
    tells, after the whole or right before the part: then it counts the injured or the flights
    cancelled, not a share of some other count ("three of the four soldiers killed")."""
    whole = OF_WHOLE.match(sentence, end) or _OF_SOME.match(sentence, end)
    if whole is None:
        return False
    if _EVENT_BEFORE_PART.search(sentence, max(0, start - 40), start):
        return True
    verb = _PARTS_EVENT.match(sentence, whole.end())
    if verb is None or EVENT_RE.search(sentence, whole.end(), verb.end()):
        return False  # "19 of the injured had been taken to hospital": a part of the injured
    return EVENT_RE.match(sentence, verb.end()) is not None


def count_unit(text: str, start: int, end: int, value: float | None) -> str:
    """The thing a count counts: the noun after it, else the one before; casualties get their event."""
    if "toll" in text[max(0, start - 140) : start].lower() and (
        _TOLL_ROSE.search(text, max(0, start - 140), start)
        or _TOLL_TAKEN.search(text, max(0, start - 140), start)
    ):
        after_noun = counted_noun_after(text, end)
        return f"{after_noun if after_noun and human_noun(after_noun) else 'people'} killed"
    noun = counted_noun_after(text, end)
    if not noun:
        whole = OF_WHOLE.match(text, end)
        if whole is not None:  # "won 12 of the 24 seats": a part counts what its whole counts
            noun = counted_noun_after(text, whole.end())
    if not noun:
        noun = counted_noun_before(text, start)
    event = ""
    window_after = text[end : end + 45]
    aside = _ASIDE_AFTER.match(text, end)
    if aside is not None:  # the verb after the aside is the count's: "Six people, including ..., were"
        window_after = aside.group("head") + text[aside.end() : aside.end() + 45]
    window_before = text[max(0, start - 40) : start]
    # the nearest casualty word: "killed at least 24 people and injured 300 others"
    after = EVENT_RE.search(window_after)
    if after is not None and after.group(0).lower().endswith("ing") and after.group(0).lower() != "missing":
        after = None  # "shot three people, killing one": "killing" counts what follows it
    if (
        after is not None
        and _PART_OF_BEFORE.search(window_before)
        and not _WHOLES_VERB.match(window_after, after.end())
    ):
        # "Two of the 12 miners trapped were killed", "only one of the 242 people on board
        # survived": the part's event, not the whole's ("two of the 12 killed were children", "of
        # the 12 injured miners were airlifted" keep it)
        after = None
    before_all = list(EVENT_RE.finditer(window_before))
    before = before_all[-1] if before_all else None
    if (
        before is not None
        and _COUNT_BETWEEN.search(window_before, before.end())
        and not _OF_THEM.match(text, end)
    ):
        # "killing two people and leaving 1.2 million customers": the two were killed ("killed
        # 230,000 people, over 170,000 of them in Aceh" still counts the dead)
        before = None
    if not noun:
        total = _TOTAL_TO.search(text, max(0, start - 80), start)
        if total is not None:
            noun = total.group("noun").lower()  # "taking its headcount to 2,41,300"
    number_of = _NUMBER_OF.search(text, max(0, start - 120), start) if not noun else None
    told_before = False  # the number's own words say what it counts, whatever follows it
    if number_of is not None:
        # "The number of people confirmed dead ... rose to 27": its noun and its event
        noun = _clean(number_of.group("noun"))
        said = EVENT_RE.search(text, number_of.end("noun"), start)
        if said is not None and not before:
            window_before = text[said.start() : start]
            before = EVENT_RE.match(window_before)
            # "The number of people killed ... rose to 19 on Monday after several of the
            # injured died": the injured are no part of the count
            told_before = before is not None
    m = after
    if (
        before is not None
        and (told_before or after is None or len(window_before) - before.end() <= after.start())
        and not (after is not None and _SUBJECT_OF_EVENT.fullmatch(window_after[: after.start()]))
    ):
        m = before
    if m is not None and m.group(0).lower() == "death":
        at = end + m.start() if m is after else max(0, start - 40) + m.start()
        if _EXECUTION.search(text, max(0, at - 40), at):
            m = None  # "the nine voting to put Nichols to death": an execution, not a toll
    if m is not None and m is after and not noun and _CLAUSE_BREAK.search(window_after, 0, after.start()):
        m = None  # "a father of three, was killed": the event is the sentence's, not the bare number's
    if m is not None:
        gap = m.start() if m is after else len(window_before) - m.end()
        if _crowd_gap(text, start, end, noun) < gap:
            m = None  # "killed during demonstrations by tens of thousands who marched": the crowd
    if m is not None and noun and not human_noun(noun):
        if not _people_named(noun, text, end):
            m = None
        elif m is not after and not _QUALIFYING.issuperset(window_before[m.end() :].lower().split()):
            # the people killed are its object ("killed at least 12 Afghans"), not a later clause's
            # ("died as tens of thousands of Greeks took to the streets")
            m = None
    if m:
        event = units.noun_key(m.group(0).split()[-1])
        event = {
            "dead": "killed",
            "kill": "killed",
            "drowned": "killed",
            "displace": "displaced",
            "displaces": "displaced",
            "evacuated": "displaced",
            "evacuation": "displaced",
            "homeless": "displaced",
            "home": "displaced",
            "hospitalised": "hospitalized",
            "hospital": "hospitalized",
            "clinic": "hospitalized",  # "Fifteen passengers were taken to clinics"
            "care": "hospitalized",
            "treatment": "hospitalized",
            "treated": "hospitalized",
            "admitted": "hospitalized",
            "arrested": "arrested",
            "indicted": "charged",
            "injured": "injured",
            "infected": "infected",
            "for": "missing",  # "unaccounted for"
            "saved": "rescued",
            "alive": "rescued",
            "survived": "rescued",  # "Only 31 people survived" / "Rescuers pulled 56 people alive"
        }.get(event, event)
        if event == "injured" and _STILL_TREATED.match(text, end):
            event = "hospitalized"  # "Fourteen injured are still undergoing treatment": those in hospital
        if event == "missing" and not noun and not _MISSING_AFTER.match(text, end):
            event = ""  # "thousands and thousands of emails that are missing": no people
    elif (
        _PULLED_BEFORE.search(window_before)
        and _FROM_THE_WATER.match(text, end)
        and (not noun or human_noun(noun))
    ):
        event = "rescued"  # "Rescuers pulled 152 people from the water" ("pulled 31 bodies": no)
    if (
        not event
        and (not noun or human_noun(noun))
        and _FLED_AFTER.match(text, end)
        and _DIGIT.search(text, start, end)  # not "thousands flee": an order of size, no toll
    ):
        event = "displaced"  # "Typhoon kills eight in Philippines, 320,000 flee"
    if event:
        return f"{noun or 'people'} {event}"
    if noun == "lives" and _LIVES_LOST.search(window_before):
        return "people killed"  # "the outbreak has claimed 96 lives" ("saved 30 lives" stays lives)
    many = value is not None and value >= _GATHERING
    if (
        in_crowd(text, start, end, noun)
        or (
            many
            and noun
            and units.singular(noun.split()[-1]) in _GATHERED
            and not HOLDS.search(window_before)
        )
        or (many and crowd_noun(noun) and _IN_FRONT_OF.search(window_before))
    ):
        return f"{noun or 'people'} in the crowd"
    return noun


_COMEBACK = re.compile(r"(?i:rall(?:y|ied|ies|ying)[ \t]+from[ \t]*)")


def _comeback(before: str, at: int) -> bool:
    """Whether a rally at `at` is a side's comeback from the count right after it."""
    m = _COMEBACK.match(before, at)
    return m is not None and m.end() == len(before)


def in_crowd(text: str, start: int, end: int, noun: str) -> bool:
    """Whether a count is the size of a gathering: "200,000 marched", "a march attended by 30,000"."""
    return _crowd_gap(text, start, end, noun) < 1000


def _crowd_gap(text: str, start: int, end: int, noun: str) -> int:
    """How far the nearest gathering word is from a count of people (1000 when none is near)."""
    if not (crowd_noun(noun) or _NATIONALS.search(text[end : end + 40])):
        return 1000
    after = CROWD_RE.search(text[end : end + 50])
    before_text = text[max(0, start - 50) : start]
    # "the Knicks rallied from 20 down", "rallying from 3-1 behind": a comeback, no gathering
    before = [m.end() for m in CROWD_RE.finditer(before_text) if not _comeback(before_text, m.start())]
    gaps = [after.start()] if after else []
    if before:
        gaps.append(len(before_text) - before[-1])
    return min(gaps, default=1000)
