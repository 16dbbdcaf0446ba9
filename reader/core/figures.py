"""Figures made comparable: a quantity's value range in base units and what it is about.

`Figure` wraps a `Quantity` with the facts the conflict step needs: its family (which
figures may be compared at all), its value interval in one unit per family, a rounding
tolerance read from how it was written, and the words around it.
"""

from __future__ import annotations

import math
import re
from dataclasses import dataclass
from typing import Any

from reader.core import units
from reader.core.contests import opponents
from reader.core.dates import MONTHS, WEEKDAYS
from reader.core.intervals import TIME_FACTORS, value_interval
from reader.core.lexicon import canonical_word
from reader.core.model import Quantity
from reader.core.nouns import (
    DEMONYM_END,
    DEMONYMS,
    GAME_STATS,
    OF_WHOLE,
    PART_WORDS,
    STOPWORDS,
    human_noun,
    part_owns_event,
)
from reader.core.ordinals import PLACE
from reader.core.stances import (
    AMONG,
    anaphor_holder,
    basis,
    core_measure,
    holder,
    measure,
    opening_holder,
    poll_names,
    span,
    stance,
)
from reader.core.wording import (
    CLAUSE_BREAK,
    OTHER_NUMBER,
    POSSESSIVE,
    UPPER,
    clause_head,
    clause_tail,
    content_list,
    content_stems,
    lead_in_words,
    locations,
    named_places,
    names,
    stem,
)

_OPEN_BRACKET = re.compile(r"\(\s*$")
_IN_BRACKETS = re.compile(r"\([^()]*$")  # an unclosed bracket: "(12 Somali and 11 Yemeni"
# words that make a sentence's figures running totals rather than one event's
_CUMULATIVE = re.compile(
    r"(?i:\b(?:so[ \t]+far(?![ \t]+(?:refused|declined|failed|resisted|rejected|denied|avoided|not)\b)"
    r"|to[ \t]+date|in[ \t]+total|in[ \t]+all\b|altogether|cumulative"
    r"|a[ \t]+combined|combined[ \t]+total"
    r"|all[ \t]+told|over[ \t]+the[ \t]+(?:past|last)[ \t]+\w+[ \t]+(?:years|months|weeks|seasons)"
    r"|in[ \t]+(?:their|its|his|her)[ \t]+(?:\w+[ \t]+)?(?:operations|seasons|years|careers?)))"
)
# words that tell a figure for a whole country, not for one of its places: "Across the country,
# at least 11 protesters died" is no toll of the town another report names ("across Poland" is
# told for a whole too)
_NATIONWIDE = re.compile(
    r"(?i:\b(?:nation-?wide|country-?wide|(?:across|around|throughout|all[ \t]+over)[ \t]+the[ \t]+"
    r"(?:country|nation)|in[ \t]+(?:the[ \t]+)?(?:whole|entire)[ \t]+(?:country|nation))\b)"
    r"|\b(?:[Aa]cross|[Tt]hroughout)[ \t]+[A-Z][a-z]+\b"
)
# a part of the story singled out: "In Sambava district alone, five people died", "Jinnah hospital
# alone has received over 450 patients" (not "left alone", "not alone", "lived alone")
_PART_ALONE = re.compile(
    r"(?i:(?<!\bleft[ \t])(?<!\bnot[ \t])(?<!\blived[ \t])(?<!\bwas[ \t])(?<!\bwere[ \t])\balone\b"
    r"(?=[ \t]*,|[ \t]+(?:has|have|had|recorded|reported|received|accounted|saw|is|was|were|killed"
    r"|counted|registered|lost)\b))"
)
# a sentence that tells of another case than the story's: "A separate strike on Monday near Tyre
# killed five people", "was jailed for seven years in 2016 over a separate housing scandal"
_SEPARATE = re.compile(r"(?i:\b(?:an?|another|two|three|four)[ \t]+separate\b)")
# words that tell a figure for a home market or for abroad: "4.1 million domestic passengers" and
# "International traffic ... reached 1.9 million passengers" count two things; "the film has grossed
# $142 million domestically" and "$380 million worldwide" too. Group 1 is the home market.
_HOME_OR_ABROAD = re.compile(
    r"(?i:\b(?:(domestic(?:ally)?|at[ \t]+home)|(international(?:ly)?|foreign|overseas|abroad|world-?wide"
    r"|global(?:ly)?))\b)"
)


def _market(sentence: str, start: int, end: int) -> str:
    """ "domestic" or "foreign" when the sentence tells the figure at `start`-`end` for a home
    market or for abroad (the word nearest the figure when it says both), else "".

    A capitalised word inside a name ("Mactan-Cebu International Airport", "Amnesty
    International", "the International Monetary Fund") says neither.
    """
    best = ""
    distance = len(sentence) + 1
    for match in _HOME_OR_ABROAD.finditer(sentence):
        if match.group()[0].isupper():
            before = sentence[: match.start()].rstrip(" \t\"'‘“(")
            following = sentence[match.end() : match.end() + 2].strip()
            if before or following[:1].isupper():
                continue  # inside a name, not at the start of the sentence
        gap = match.start() - end if match.start() >= end else start - match.end()
        if gap < distance:
            distance = gap
            best = "domestic" if match.group(1) else "foreign"
    return best


# a total counted from the start of something, told right after the figure: "More than 120
# people have been arrested since the demonstrations began" (not the sentence's other figures)
_SINCE_START = re.compile(
    r"[^.;:]{0,40}?\bsince[ \t]+(?:the[ \t]+)?(?:\w+[ \t]+){1,2}(?:began|started|erupted|broke[ \t]+out)\b"
    # not the start of a month or a year: "since the start of May" counts as "since May 1" does
    r"|[^.;:]{0,40}?\bsince[ \t]+the[ \t]+(?:start|beginning|outbreak)\b(?![ \t]+of[ \t]+(?:the[ \t]+)?"
    r"(?:year|month|january|february|march|april|may|june|july|august|september|october|november|december"
    r"|\d{4})\b)",
    re.IGNORECASE,
)
# a distance moved, whose "from" says where the move began: "fell around 200ft from a ridge",
# "was swept 3 km from the shore"
_MOVED_BEFORE = re.compile(
    r"(?i:\b(?:fell|falls?|falling|fallen|plunged|plunges|plunging|dropped|tumbled|tumbling|slid|slipped"
    r"|sliding|thrown|hurled|swept|dragged|carried|blown|flung)[ \t]+(?:(?:about|around|some|nearly|almost"
    r"|roughly|approximately|more[ \t]+than|over|up[ \t]+to)[ \t]+)?$)"
)
# a distance that places something: "13 miles east of Cloverdale", "two miles from the Geysers"
_OFFSET = re.compile(
    r"(?i:^[ \t]*(?:(?P<dir>north|south|east|west|north-?east|north-?west|south-?east|south-?west)(?:ern)?"
    r"[ \t]+)*(?P<prep>of|from|off|outside)[ \t]+(?:the[ \t]+)?(?:city[ \t]+of[ \t]+|town[ \t]+of[ \t]+)?"
    r"(?P<anchor>[A-Za-z][\w'’-]*))"
)
# a bare "of" places a distance only after "within" ("within 6 km of the crater"); otherwise it
# measures a stuff ("2,312 metres of water", "95 kilometres of containment lines")
_WITHIN = re.compile(r"(?i:\bwithin\b)")
# a weight, volume or area followed by "of" measures a stuff too ("170,000 tonnes of iron ore",
# "1.5 million barrels of crude", "400 hectares of forest")
STUFF_FAMILIES = frozenset({"weight", "volume", "area"})
_STUFF_OF = re.compile(r"(?i:^[ \t]+of[ \t]+(?:the[ \t]+|its[ \t]+|their[ \t]+)?([a-z][a-z'’-]*))")
# "from head to tail", "from Sydney to Melbourne": a length between two ends, not an offset
_TO_AFTER = re.compile(r"[ \t]+to[ \t]+")
_BRACKET_START = re.compile(r"^[ \t]*(?:\([^()]*\)|\))")
_COMPOUND = re.compile(
    r"-(?!(?:one|two|three|four|five|six|seven|eight|nine|strong|plus)$)[a-z]+$"
)  # "Sixty-one"
_COUNT_BEFORE = re.compile(
    r"(?i:\d|\b(?:one|two|three|four|five|six|seven|eight|nine|ten|dozens?|hundreds?"
    r"|thousands?|millions?)\b)"
)
_DIGIT = re.compile(r"\d")
# "Firefox 3.05", "USB 2.0": a decimal number right after a name (inside a sentence) names a version
_DECIMAL = re.compile(r"\d+\.\d+")
# the base of a rate ("12.3 road deaths per 100,000 people"): no count of its own
_RATE_BASE_BEFORE = re.compile(r"(?i:\bper[ \t]+)$")
# a count told against a base of its own is a rate: "12.3 road deaths per 100,000 people", "2.5
# doctors per 1,000 people", "5.2 per 100,000 residents"; compared only with the same rate
_RATE_AFTER = re.compile(
    r"(?i:(?:[ \t]+[a-z-]+){0,3}?[ \t]+per[ \t]+"
    r"(?P<base>\d[\d,.]*(?:[ \t]+(?:thousand|million))?|capita|head|person|inhabitant|resident)\b)"
)
_LABEL_BEFORE = re.compile(r"[^.!?\s][ \t]+[A-Z][A-Za-z]*[ \t]+$")
_OTHER_BEFORE = re.compile(r"\b(?i:the[ \t]+other)[ \t]+$")
# "two other rifles", "two extra life sentences": more of a kind already counted
_OTHER_AFTER = re.compile(r"(?i:[ \t]+(?:other|more|extra|additional|further)\b)")
# "200,000 of the comments", "352 of them", "Of that, $3 billion", "including $500 million": a part
# a count before this one, of the same noun told once after both: "One Australian and one ..."
_LISTED_BEFORE = re.compile(
    r"(?i:\b(?:one|two|three|four|five|six|seven|eight|nine|ten|\d+)[ \t]+(?P<word>[a-z-]+)[ \t]+and[ \t]+$)"
)


def _listed_by_nationality(before: str) -> bool:
    """Whether a count follows another told of one nationality, the noun shared ("One Australian
    and one English climber"); not "30 dead and 55 wounded", two tolls."""
    m = _LISTED_BEFORE.search(before)
    if m is None:
        return False
    word = m.group("word")
    return word[:1].isupper() and (word.lower() in DEMONYMS or bool(DEMONYM_END.search(word.lower())))


# the whole after its part: "Seven of its 11 carriages", "14 of 20 water samples"
_WHOLE_BEFORE = re.compile(
    rf"(?i:\b{PART_WORDS}[ \t]+of[ \t]+"
    r"(?:(?:the|its|their|those|these|his|her|our)[ \t]+)?(?:(?:only|just|a[ \t]+mere)[ \t]+)?$)"
)
_PART_AFTER = re.compile(r"(?i:[ \t]+of[ \t]+(?:the|them|those|these|which)\b)")
_OF_THEM = re.compile(r"[ \t]+of[ \t]+them[ \t]+(?P<noun>[a-z]+)")


def _named_part(sentence: str, end: int, unit: str) -> bool:
    """A part that names what it counts: "22 people on board, 18 of them passengers" counts
    18 passengers, a figure of its own kind rather than a share of the 22."""
    m = _OF_THEM.match(sentence, end)
    return m is not None and bool(unit) and unit.split()[0] == m.group("noun")


_PART_BEFORE = re.compile(
    r"(?i:\b(?:of|from)[ \t]+(?:that|this|it|which|those|these|them)[ \t]*,?[ \t]*$|\bincluding[ \t]+$)"
)
# "served most of a six-month sentence": the figure is the whole, what is told a part of it
_SHARE_BEFORE = re.compile(
    r"(?i:\b(?:most|part|half|much|all[ \t]+but|the[ \t]+rest)[ \t]+of[ \t]+"
    r"(?:a|an|the|his|her|their|its)[ \t]+$)"
)
# "compared with 55.3 million a decade ago", "up from 12 percent last year": a past value
_PAST_AFTER = re.compile(
    r"(?i:[ \t]+(?:[\w-]+[ \t]+){0,2}?(?:(?:a|an|one|two|three|four|five|ten|\d+)[ \t]+"
    r"(?:decades?|years?|months?|weeks?)[ \t]+(?:ago|earlier|before)"
    r"|(?:last|the[ \t]+previous|the[ \t]+prior)[ \t]+(?:year|season|decade)"
    r"|(?:in[ \t]+)?the[ \t]+same[ \t]+(?:period|quarter|month)[ \t]+(?:last|a|the[ \t]+previous)[ \t]+year"
    r"|(?:in[ \t]+)?(?:a[ \t]+)?(?:year|decade)[ \t]+(?:ago|earlier)"
    r"|previously)\b)"
)
_BASELINE_AFTER = re.compile(
    r"(?i:[ \t]+(?:[\w-]+[ \t]+){0,2}?(?:in[ \t]+)?the[ \t]+same[ \t]+(?:period|quarter|month)[ \t]+"
    r"(?:last|a|the[ \t]+previous)[ \t]+year)"
)
# "currently, 66 years old", "at present $7.25": the value a proposed change starts from
_CURRENTLY_BEFORE = re.compile(
    r"(?i:\b(?:currently|presently|at[ \t]+present)\b[ \t,:—–-]*(?:(?:is|stands[ \t]+at|at|of)[ \t]+)?)$"
)
_CHANGING = re.compile(r"(?i:\b(?:rais|lift|increas|cut|lower|reduc|hik|boost|extend|chang|shift|push)\w*\b)")
# "raise the retirement age from 60 to 65": where a change starts, its figure read apart
_FROM_BEFORE = re.compile(r"(?i:\bfrom[ \t]+)$")
_TO_NUMBER_AFTER = re.compile(r"[ \t]+to[ \t]+[$£€¥]?\d")
# the record a figure held before it fell: "the previous world record of", "breaking the course
# record of", "eclipsed Kipchoge's mark of"
_BEATEN_BEFORE = re.compile(
    r"(?i:\b(?:previous|old|former|earlier|broke|break|breaking|breaks|beat|beating|smashed|smashing"
    r"|eclipsed|eclipsing|bettered|bettering|lowered|lowering|erased|erasing)[ \t]+"
    r"(?:[\w'’.-]+[ \t]+){0,4}?(?:record|mark|best)[ \t]+(?:of[ \t]+|time[ \t]+of[ \t]+)?)$"
)
# a past value set against the present one ("compared with 55.3 million a decade ago", "up from 12
# percent"), or another value set against it ("11.2 months, compared with 6.9 months for patients
# given docetaxel" / "11.2 months versus 6.7 months with chemotherapy")
_PAST_BEFORE = re.compile(
    r"(?i:\b(?:compared[ \t]+(?:with|to)|(?:up|down)[ \t]+from|versus|vs\.?)[ \t]+(?:the[ \t]+)?)$"
)
# "record rose to 9-5", "the Colts (10-5)", "a 14-0 lead": a standing that changes game by game
_RUNNING = re.compile(
    r"(?i:\b(?:records?|marks?|career|season|lead|led|leads|leading|stand|stands|standing|opened|start|starts"
    r"|halftime|trail|trails|trailed|all-time|head-to-head"  # "5-2 all-time vs. Drake"
    # a standing changed: "improved to 9-5", not "their rally fell short as they went down 3-2"
    r"|(?:improved|improves|fell|falls|dropped|drops|rose|rises|moved|moves)[ \t]+to)\b)"
)
# a holder's name of up to three capitalised words, before its record
_HOLDER_NAME = rf"(?P<name>(?:[{UPPER}][\w'’.-]*[ \t]+){{0,2}}[{UPPER}][\w'’.-]*)"
# a record beside its holder's name: "Klitschko (52-3", "Wladimir Klitschko, 53-3"
_RECORD_HOLDER = re.compile(_HOLDER_NAME + r"[ \t]*[(,][ \t]*$")
_STANDING_HOLDER = re.compile(
    _HOLDER_NAME + r"[ \t]+(?:now[ \t]+)?"
    r"(?:stand|stands|stood|improved|improves|fell|falls|dropped|drops|moved|moves|rose|rises|sit|sits)"
    r"[ \t]+(?:to|at)[ \t]+$"
)
_RECORD_OF_NAME = re.compile(
    r"(?P<name>(?:[A-Z][\w.-]*[ \t]+){0,2}[A-Z][\w.-]*?)[ \t]?['’]s?[ \t]+"
    r"(?:season[ \t]+|overall[ \t]+)?record[ \t]+"
    r"(?:now[ \t]+)?(?:rose|improved|fell|dropped|moved|went|is|was|stands|stood)[ \t]+(?:to|at)[ \t]+$"
)
# and what closes it: a bracket, a comma, a count of knockouts or a draw ("52-3, 46 KOs)", "45-7-2,")
_RECORD_AFTER = re.compile(r"(?:-\d+)?[ \t]*(?:\)|,)")
# a team's standing written in brackets after its name: "for Gonzaga (9-4)", "the Tar Heels (10-0)"
_RECORD_BRACKET_BEFORE = re.compile(r"[A-Z][\w.'’&-]*[ \t]*\($")
# a score at one moment of a game, not its result: "closed to 47-44", "put Creighton up 47-42",
# "cut it to 61-58", "47-44 with 10:03 to play"
_MOMENT_BEFORE = re.compile(
    r"(?i:\b(?:(?:closed|pulled|drew|crept|got|came|cut[ \t]+(?:it|the[ \t]+(?:lead|deficit|gap|margin)))"
    r"[ \t]+(?:back[ \t]+)?(?:to|within)|\bup)[ \t]+$)"
)
_MOMENT_AFTER = re.compile(
    r"(?i:^[^.;:]{0,40}?\bwith[ \t]+\d{1,2}:\d\d[ \t]+(?:left|to[ \t]+play|remaining)\b)"
)
# a sentence that opens on another moment of the day's story: "Earlier Saturday, a crowd of about
# 1,000 ...", "Later, police said ..."
_ASIDE_OPENING = re.compile(
    r"(?i:^[ \t]*(?:earlier|later)(?:[ \t]+(?:on|in|that|this))?(?:[ \t]+(?:the[ \t]+)?"
    r"(?:day|morning|afternoon|evening|night|monday|tuesday|wednesday|thursday|friday|saturday|sunday))?"
    r"[ \t]*,)"
)
# the side of a vote a figure is told for: "The ruling party won 159 seats", "the main
# opposition alliance secured 40"
_SIDE = re.compile(r"(?i:\b(?:(?P<ruling>ruling|governing)|(?P<opposition>opposition))\b)")
# a market's move told at the close ("Greek stocks closed down 3.9 percent"), which a move told
# without it (an earlier "plunged 5.4 per cent") may precede
_AT_CLOSE = re.compile(r"(?i:\b(?:closed|ended|finished|settled)\b|\bat[ \t]+the[ \t]+close\b)")
_ON_A_DAY = re.compile(r"(?i:\bon[ \t]+(?:mon|tues|wednes|thurs|fri|satur|sun)day\b)")
_MARKET_MOVE = re.compile(
    r"(?i:\b(?:rose|rise|rising|fell|fall|falling|plunged|plunging|jumped|dropped|climbed|gained|lost|slid"
    r"|surged|tumbled|sank|soared|rallied|slumped|dipped|eased|advanced|declined|down|up|higher|lower"
    r"|closed|ended|finished|settled)\b)"  # "LME copper closed 1.5 per cent higher"
)
_MARKET = re.compile(
    r"(?i:\b(?:shares?|stocks?|index|indices|markets?|bourse|traded|trading|trade|futures|bonds?|yields?"
    r"|currency|dollar|euro|yen|rupee|crude|brent|oil[ \t]+prices?|gold[ \t]+prices?"
    # commodities: "Benchmark copper on the London Metal Exchange rose 1.8%"
    r"|copper|aluminium|aluminum|nickel|zinc|iron[ \t]+ore|metals?|silver|platinum|palladium|wheat"
    r"|soybeans?|cocoa|coffee|commodit(?:y|ies))\b)"
)
# a scoring run, one spell of a game among many: "a 19-4 run", "a 9-2 spurt"
_SCORING_RUN = re.compile(r"(?i:^[ \t]*(?:-[ \t]*)?(?:scoring[ \t]+)?(?:run|spurt|burst)\b)")
# a threshold or a condition ("valid with a turnout of more than 50 percent", "if he wants $2
# trillion"); not the sum a sentence sets ("12 years in jail unless he pays a Sh558 million fine")
_CONDITION = re.compile(
    # "must win more than 50 percent" sets a threshold; "must serve five years", "must pay
    # $5,000" say what was imposed
    r"(?i:\b(?:if|unless|must(?![ \t]+(?:also[ \t]+)?(?:serve|pay|repay|spend|wait|forfeit|complete)\b)"
    r"|threshold|minimum|valid)\b"
    r"(?![ \t]+(?:he|she|they|it|we|you)[ \t]+(?:pays?|paid)\b)[^,;:]*$)"
)
# "seven seasons as an assistant coach", "three terms as mayor": the role a count is of
_AS_ROLE = re.compile(
    r"(?i:^[ \t]+(?P<noun>[a-z-]+)[ \t]+as[ \t]+(?:an?[ \t]+|the[ \t]+)?(?P<role>[a-z][a-z \t-]*))"
)
# "the 15 years since they left", "three years ago": time elapsed since an event
_ELAPSED = re.compile(
    r"[ \t]+(?:since|ago|after|later|earlier"
    # "55 minutes into the flight", "20 minutes into the second half": time since a start
    r"|into(?=[ \t]+(?:the|its|his|her|their|a|an)\b)"
    r"|mark"  # "stopping the fight at the 2:15 mark": minutes and seconds into the round
    # "two days before the vote" dates by an event; "five years before he can apply for parole"
    # is a span to serve
    r"|before(?![ \t]+(?:(?:he|she|they|it|we|you)[ \t]+(?:can|could|may|might|will|would|is|are|becomes?)"
    r"|being|becoming)\b))\b"
)
# "an aftershock", "aftershocks" (the word itself: the five-letter stems of "afternoon" and
# "aftermath" are the same)
_AFTERSHOCK = re.compile(r"(?i:\baftershocks?\b)")
# "the all-time record of 41.2 degrees", "highest temperature on record is 51 C" (not
# "recorded": the five-letter stems of the two are one)
_RECORD = re.compile(
    r"(?i:\brecords?(?:[ \t]+(?:high|low|level|temperature|total))?[ \t]+(?:of|is|was|stands[ \t]+at"
    r"|stood[ \t]+at)[ \t]+(?:about[ \t]+|some[ \t]+|around[ \t]+|nearly[ \t]+)?$)"
)
# the preposition before a date or year says its role; "by the end of 2027" is "by 2027"
_ROLE = re.compile(
    r"(?i:\b(?P<p>on|in|at|of|during|since|from|after|until|till|by|to|through|before)[ \t]+(?:the[ \t]+)?"
    r"(?:(?:end|start|beginning|middle)[ \t]+of[ \t]+)?)$"
)
_ROLE_CLASS = {
    "since": "start",
    "from": "start",
    "after": "start",
    "until": "end",
    "till": "end",
    "by": "end",
    "to": "end",
    "through": "end",
    "before": "end",
}
# a day the source spoke on, not a day of the story's events: "officials said Saturday",
# "Trump on Saturday said", "told reporters on Tuesday"
_SPEECH = (
    r"said|says|told|tells|announced|announces|tweeted|stated|added|wrote|declared|testified"
    r"|reported|confirmed|insisted|warned|argued|explained|acknowledged|denied"
)
_SAID_BEFORE = re.compile(
    rf"\b(?:{_SPEECH})"
    r"(?:[ \t]+(?:reporters|journalists|(?:the[ \t]+)?[A-Z][\w.'’-]*(?:[ \t]+[A-Z][\w.'’-]*){0,2}))?"
    r"[ \t]+(?:[Oo]n[ \t]+|late[ \t]+|early[ \t]+)?$"
)
_SAID_AFTER = re.compile(rf"^,?[ \t]+(?:{_SPEECH})\b")
# what befell the people a count counts ("12 people killed"): each event is a toll of its own
CASUALTY_EVENTS = frozenset(
    {"killed", "injured", "arrested", "infected", "displaced", "hospitalized", "missing", "rescued"}
)
# a casualty told as a noun counts the people it befell
_NOMINAL_EVENTS = {
    "dead": "killed",
    "deaths": "killed",
    "fatalities": "killed",
    "bodies": "killed",  # "Rescue workers recovered 23 bodies": a toll of the dead
    "corpses": "killed",
    "injuries": "injured",
    "arrests": "arrested",
    "infections": "infected",
    "cases": "infected",  # "3,452 cases recorded": people infected
    # an audience counted is a crowd: "before 48,600 fans" / "in front of a crowd of 46,800"
    "fans": "crowd",
    "spectators": "crowd",
    "attendees": "crowd",
    "onlookers": "crowd",
}
_DISCRETE = frozenset({"count", "age", "year", "tally"})


@dataclass
class Figure:
    """A quantity prepared for comparison."""

    index: int
    q: Quantity
    family: str
    lo: float  # the value interval in base units (inf for an open bound)
    hi: float
    tol_lo: float  # the interval widened by rounding and approximation
    tol_hi: float
    currency: str
    noun: str  # comparison key of the counted noun ("troop"), "" when none
    event: str  # "killed", "injured", ... for casualty counts
    role: str  # for dates and years: "point", "start" or "end"
    before: frozenset[str]  # content stems just before the number, inside its clause
    after: frozenset[str]  # and just after it
    sentence_words: frozenset[str]
    own_words: frozenset[str]  # the content stems of the figure's own text ("Sunday", "weekend")
    names: frozenset[str]
    places: tuple[frozenset[str], frozenset[str]]
    context_places: tuple[frozenset[str], frozenset[str]]
    converted: bool  # a parenthesised conversion of another currency: "(\u0024141 billion)"
    weekday: str = ""  # an unresolved weekday ("thursday")
    said: bool = False  # a date of a statement ("officials said Saturday"), not of an event
    alone: bool = False  # the only figure of its family in its sentence
    sole: bool = False  # the only figure of its kind in a short text (`story_figures.SHORT_TEXT`)
    lone_toll: bool = False  # the only count of its casualty event and noun in its article
    # the only value its article gives for its kind (family, currency, measure, noun and event): a
    # story's turnout, its fine, its sentence, told once or repeated alike
    one_of_kind: bool = False
    in_sentence: int = 1  # how many figures its sentence holds
    cumulative: bool = False  # its sentence gives running totals ("so far", "in all", "combined")
    nationwide: bool = False  # its sentence tells it for a whole country ("across the country")
    core: str = ""  # the part of prices a share is told of: "core" (food and energy left out), "food"
    basis: str = ""  # for a rate of change, what it is measured against: "month", "quarter", "year"
    market: str = ""  # "domestic" or "foreign" when its sentence says which ("domestic passengers")
    separate: bool = False  # its sentence tells of another case ("a separate strike near Tyre")
    # told of one part of the story ("In Sambava district alone, five people died")
    part_alone: bool = False
    anchor: str = ""  # for a distance that places something, the place it is measured from
    # for a distance, weight, volume or area that measures a stuff, its stem: "30 cm of snow" -> "snow"
    stuff: str = ""
    headline: bool = False
    aftershock: bool = False  # a magnitude in a sentence that tells of an aftershock
    record: bool = False  # the value of a record cited: "the all-time record of", "on record is"
    unit_stems: frozenset[str] = frozenset()  # stems of the counted noun's words
    other: bool = False  # a count of the rest: "the other nine jurors"
    # a count of people on board told with another beside it: "142 passengers and 18 crew",
    # "46 passengers on board as well as the driver"
    load_part: bool = False
    more: bool = False  # a count of more of a kind: "two other rifles", "two extra life sentences"
    # written as a compound adjective ("a five-boat attack", "a 300-seat house") or marked as a
    # part of a whole ("three of the four", "200,000 of the comments", "Of that, $3 billion")
    compound: bool = False
    # a count of the whole a part is told of: the 11 of "Seven of its 11 carriages came off"
    whole: bool = False
    month_day: tuple[int, int] | None = None  # for dates without a year
    published: str = ""  # the article's date (ISO), when known: an age told later may be higher
    named: frozenset[str] = frozenset()  # every place its sentence names
    name_stems: frozenset[str] = frozenset()  # stems of the names in its sentence
    subject: frozenset[str] = frozenset()  # stems of the names before it: whose figure it is
    lead: frozenset[str] = frozenset()  # the first of those names, the likely subject of its clause
    elapsed: bool = False  # a duration since or before an event: "the 15 years since they left"
    lead_in: frozenset[str] = frozenset()  # for a weekday or relative day, the two stems before it
    # for a year, the content stem right before it in its clause: "has been idle since 2019" -> "idle"
    lead_word: str = ""
    period: tuple[float, float] | None = None  # the first and last year written for it
    background: bool = False  # its year is past: "In 2018, police seized nearly nine tonnes"
    # 2 when its sentence opens on an earlier year ("Last year, a shooting ... wounded nine"), 1
    # when it names one elsewhere ("14 cents a share a year earlier"), 0 when it names none
    past_year: int = 0
    this_year: bool = False  # its sentence says "this year" or "this season"
    last_year: bool = False  # told of an earlier year: "4.7 million visitors last year", "Last year, ..."
    past: bool = False  # a past value set against the present one: "compared with 55.3 million a decade ago"
    # the value now of what the sentence would change: "raising the age at which retirees can
    # receive full benefits -- currently, 66 years old"
    current: bool = False
    baseline: bool = False  # a past value told as the year-ago base: "in the same period last year"
    # a record told as the one beaten: "broke the previous world record of 3:49.04", "breaking
    # the course record of 2:04:18" (not "a new record of 3:48.68")
    beaten: bool = False
    then: frozenset[float] = frozenset()  # the past values set against it in its sentence
    running: bool = False  # a tally that is a standing ("record rose to 9-5"), not one result
    # for a record written beside its holder ("Klitschko (52-3, 46 KOs)", "Wladimir Klitschko,
    # 53-3, 47 KO's", "the Colts stand at 10-5"): the last word of the holder's name, lowercased
    record_of: frozenset[str] = frozenset()
    # for such a record, the side its sentence says was just played ("By beating the Chiefs, ...")
    record_game: str = ""
    poll: frozenset[str] = frozenset()  # stems of the names of the poll or survey it comes from
    role_as: frozenset[str] = frozenset()  # "seven seasons as an assistant coach" -> {"assis", "coach"}
    condition: bool = False  # a threshold or condition, not a measure: "valid only with more than 50 percent"
    stance: str = ""  # a demand, an offer, a maximum faced, a requirement or a norm (`stances`)
    measure: str = ""  # what a share measures: turnout, vote, approval, ... (`stances`)
    span: str = ""  # the period a sum or share is for: quarter, half, year (`stances`)
    # for a share, the names in the words that say what it is a share of: "55 percent of voice
    # traffic in Saudi Arabia" -> {"saudi", "arabi"}
    share_of: frozenset[str] = frozenset()
    # for an age: the name it stands beside ("Jose Luis Orozco, 27" -> {"jose", "luis", "orozco"})
    holder: frozenset[str] = frozenset()
    # the person an age is told of by what they are: "The 38-year-old driver", "The driver, aged 43"
    person: str = ""
    # an age written before no noun, standing for its person: "The 26-year-old pulled away",
    # "the 23-year-old, who joined in 2019"
    nominal: bool = False
    lone_person: bool = False  # the only age its article gives of that person noun
    # for a span: whether its sentence places someone behind the winner ("Kibet was second in
    # 2:05:52", "finished runner-up", "trailed"): its times are not the winner's
    placed: bool = False
    # for a clock time: the event it says began then ("the fire started at about 2:15 a.m.",
    # "The quake struck at 9:30 a.m."), as `_ONSET_EVENTS` names it, else ""
    onset: str = ""
    # a clock time told from one side: "shortly after 6 p.m." ("after"), "just before 5:30" ("before")
    time_side: str = ""
    lone_onset: bool = False  # the only clock time its article gives that start
    # the values its sentence's figures give (dates and years aside): (family, low or high end)
    line: frozenset[tuple[str, float]] = frozenset()
    # for a date: the sums and counts of its sentence, (family, currency or noun, low, high)
    sums: tuple[tuple[str, str, float, float], ...] = ()
    # "ruling" or "opposition": the side a count or share of a vote is told for, when its clause says
    side: str = ""
    # for a share in a sentence about a market: whether it is told at the close (None when
    # the sentence is about no market)
    at_close: bool | None = None
    # a count or sum told in a sentence that opens on another moment ("Earlier Saturday, ...")
    aside: bool = False
    # for a span's smaller unit joined to its larger ("18 minutes" of "two hours, 18 minutes"):
    # compared with nothing, its span is
    span_part: bool = False
    # for a span told in several units ("two hours, 18 minutes and 12 seconds"): the size in hours
    # of the smallest, which it is told to
    finest: float = 0.0
    # for a count: "start" or "finish" when the verb after its noun tells which end of an event
    # it counts ("17,000 runners started", "16,480 runners finished")
    phase: str = ""
    # for a score written in a row of scores ("6-3, 7-5"): its place in the row, the set of the match
    set_number: int = 0
    # for a score: stems of the side it was made against ("a 91-73 victory over Evansville")
    opponents: frozenset[str] = frozenset()
    # the specs of a product model its sentence gives ("2.3 GHz", "256GB", a "15-inch" screen)
    models: frozenset[tuple[str, float]] = frozenset()
    # for a toll: the days its sentence names ("rose to 57 on Wednesday", "By Tuesday evening")
    # and whether it tells the toll as a count that grows ("rose to", "by Tuesday", "as of")
    days: frozenset[str] = frozenset()
    updated: bool = False
    risen: bool = False  # ... told as risen to its value: "The death toll rose to 13 on Tuesday evening"
    # for a game's count (points, goals, yards): the part of the game it is told for ("first
    # half", "third quarter") or "lead" for a margin, "" for the whole game
    part: str = ""
    # for a span written as a compound ("a two-year extension of tax cuts"): the first content
    # stems of what the thing it sizes is of ({"tax", "cut"}), else empty
    of_what: frozenset[str] = frozenset()

    def __setstate__(self, state: dict[str, Any]) -> None:
        """Restore a pickled figure (one read in another process: `pipeline`), its unknown values
        the one `math.nan` again.

        An unknown value (a weekday, or a day of a month without its year) is NaN, always the
        object `math.nan`, and the comparison rules count on it being equal to itself: tuple
        equality, ``in`` and set membership test identity before equality. Unpickled, a float is
        a new object, and two unknown dates would no longer be one value.
        """
        for name, value in state.items():
            if isinstance(value, float) and math.isnan(value):
                state[name] = math.nan
        self.__dict__.update(state)


# places one distance may be told from: an airport's runway, airfield or airstrip is the airport
_SAME_PLACE = {stem(w): stem("airport") for w in ("runway", "airfield", "airstrip", "aerodrome", "runways")}


def _anchor(after: str, before: str) -> tuple[str, str]:
    """The place a distance is measured from ("east of Cloverdale" -> "cloverdale"), or "", and
    the stuff it measures ("2,312 metres of water" -> "water"), or "".

    `before` is the figure's text with a few characters before it ("within 6 km")."""
    after = _BRACKET_START.sub("", after)  # "50 km (32 miles) west of Baghdad"
    m = _OFFSET.match(after)
    if m is None:
        return "", ""
    place = stem(m.group("anchor").lower().strip("'’"))
    if not m.group("dir"):
        prep = m.group("prep").lower()
        if prep == "of" and not _WITHIN.search(before):
            return "", place
        if prep == "from" and _TO_AFTER.match(after, m.end()):
            return "", ""
    place = _SAME_PLACE.get(place, place)  # "north of the runway" / "from the airport"
    # "80 km southwest of Kathmandu" and "140 km northwest of Kathmandu" are two places
    return (f"{place}/{m.group('dir').lower().replace('-', '')}" if m.group("dir") else place), ""


def time_unit_size(fig: Figure) -> float:
    """The size in hours of the unit a duration is written in, its smallest for a span told in
    several (0 when unknown)."""
    if fig.family != "duration":
        return 0.0
    return fig.finest or TIME_FACTORS.get(fig.q.unit, 0.0)


SPEC_KINDS = frozenset({"data", "frequency", "bitrate", "charge", "voltage", "resolution"})


# a part of a game a count is told for: "scored seven points in the first half", "11 points, all
# in the second half", "five points from Echenique in the first 3½ minutes of the second half"
_GAME_PART = re.compile(
    r"(?i:\b(?P<part>(?:first|second|third|fourth|fifth|final|last|opening|closing)[ \t]+"
    r"(?:half|quarter|period|inning|innings|set|frame)|half-?time|overtime)\b)"
)
# a margin, not a count scored: "cut Creighton's lead to 3 points", "the lead grew as great as 9
# points", "an 11-point lead"
_LEAD_BEFORE = re.compile(r"(?i:\b(?:lead|leads|led|margin|deficit)\b[^,;:.]{0,25}$)")
_LEAD_AFTER = re.compile(r"(?i:^[ \t]*(?:-[ \t]*)?point[ \t]+(?:lead|margin|deficit)\b)")


def _at_close(sentence: str, start: int) -> bool | None:
    """For a figure in a sentence about a market, whether its clause tells it at the close."""
    clause = CLAUSE_BREAK.split(sentence[:start])[-1]
    if not (_MARKET.search(sentence) and _MARKET_MOVE.search(clause[-40:])):
        return None  # no market's move: "a 31 per cent premium to Friday's close"
    # a move told for a whole day ("fell 7.5% on Thursday") is the day's, as a close is
    return bool(_AT_CLOSE.search(clause) or _ON_A_DAY.search(sentence))


_RELATIVE_OPENING = re.compile(r"(?i:[ \t]*(?:which|who|that)\b)")


def _own_clause_or_its_subject(before: str) -> str:
    """The clause before a figure, and the one before that when it opens with "which" or "who"
    ("Opposition parties, which together hold 92 seats": the parties hold them)."""
    clauses = CLAUSE_BREAK.split(before)
    if len(clauses) > 1 and _RELATIVE_OPENING.match(clauses[-1]):
        return clauses[-2] + clauses[-1]
    return clauses[-1]


def _side_of(clause: str) -> str:
    """ "ruling" or "opposition" when the clause before a figure names one side (and not both)."""
    sides = {("ruling" if m.group("ruling") else "opposition") for m in _SIDE.finditer(clause)}
    return sides.pop() if len(sides) == 1 else ""


def _record_holder(before: str, after: str) -> frozenset[str]:
    """The name a record stands beside, in brackets or between commas ("Klitschko (52-3, 46 KOs)",
    "Wladimir Klitschko, 53-3, 47 KO's", "Hasim Rahman, 45-7-2,"), lowercased; empty otherwise."""
    m = _RECORD_HOLDER.search(before)
    if m is None or not _RECORD_AFTER.match(after):
        # "the Colts stand at 10-5", "Duke improved to 13-1", "Indianapolis' record rose to 9-5"
        m = _STANDING_HOLDER.search(before) or _RECORD_OF_NAME.search(before)
        if m is None:
            return frozenset()
    # the last word names the holder: "Wladimir Klitschko" is Klitschko; "North Carolina Central"
    # is no "North Carolina"
    return frozenset({POSSESSIVE.sub("", m.group("name").split()[-1]).lower().strip(".'’")})


# the side a sentence says a team has just played: "By beating the Chiefs, the Colts' record rose"
_PLAYED = re.compile(
    r"\b(?i:beating|beat|defeating|defeated|against|over|losing[ \t]+to|lost[ \t]+to)[ \t]+(?:the[ \t]+)?"
    r"(?P<side>[A-Z][\w.-]*)"
)


def _game_played(sentence: str) -> str:
    """The side a sentence says was just played, lowercased, or ""."""
    m = _PLAYED.search(sentence)
    return m.group("side").lower() if m else ""


def _running(before: str, after: str) -> bool:
    """Whether a tally is a standing or a moment of a game rather than one result: "record rose
    to 9-5", "Gonzaga (9-4)", "closed to 47-44 ... with 10:03 to play"."""
    return bool(
        _RUNNING.search(before[-30:] + " " + after[:20])
        or (_RECORD_BRACKET_BEFORE.search(before) and after.startswith(")"))
        or _MOMENT_BEFORE.search(before)
        or _MOMENT_AFTER.match(after)
    )


def game_part(before: str, after: str) -> str:
    """The part of a game a count of game stats is told for, "lead" for a margin, or ""."""
    if _LEAD_BEFORE.search(before[-40:]) or _LEAD_AFTER.match(after):
        return "lead"
    clause = CLAUSE_BREAK.split(before)[-1] + " " + CLAUSE_BREAK.split(after)[0]
    m = _GAME_PART.search(clause)
    return " ".join(m.group("part").lower().split()) if m else ""


def model_spec(q: Quantity) -> tuple[str, float] | None:
    """What a figure tells of a product model ("2.3 GHz", "256GB", a "15-inch" screen), else None."""
    if q.low is None:
        return None
    if q.kind in SPEC_KINDS or (q.kind == "distance" and q.unit == "inch" and "-inch" in q.text.lower()):
        return q.unit, q.low
    return None


# "on the seven-yard line": a place on a football field, not a distance run or lost
_YARD_LINE = re.compile(r"[ \t]*line\b", re.IGNORECASE)


# what opens a figure set apart by commas after what it measures: "Turnout, at 38%, ..."
_APPOSED_LEAD = re.compile(
    r"(?i:[ \t]*(?:at|of)(?:[ \t]+(?:about|around|nearly|almost|just|roughly|some))?[ \t]*)"
)


ABOARD = "aboard"  # the measure of a count of the people on board (`stances.measure`)
# a count followed by another of the same load: "142 passengers and 18 crew", "48 passengers and
# a driver", "46 passengers on board as well as the driver"
_AND_MORE = re.compile(
    r"(?i:^[ \t]+[\w'-]+(?:[ \t]+[\w'-]+){0,2}?[ \t]+(?:and|plus|as[ \t]+well[ \t]+as)[ \t]+"
    r"(?:\d[\d,]*|a|an|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|the|its|their)\b)"
)
# what is left of an earlier share in the words before a figure: "% of the vote in which "
_EARLIER_SHARE = re.compile(
    r"(?i:^[ \t]*(?:%|percent\b|per[ \t]+cent\b)(?:[ \t]+of[ \t]+(?:the[ \t]+|its[ \t]+|their[ \t]+)?"
    r"(?:popular[ \t]+)?[\w-]+)?)"
)
_COURT_TERMS = frozenset({"prison", "parole", "sought"})  # the measures of a span set or asked for in court
_MINIMUM_TERM = re.compile(r"(?i:a[ \t]+minimum[ \t]+of\b|at[ \t]+least\b)")


def _measure_of(q: Quantity, family: str, before_text: str, after_text: str) -> str:
    """What a share, sum, span or temperature measures (`stances.measure`), or "yard line" for a
    place on a football field; "" otherwise."""
    if family in ("percent", "money", "duration", "temperature", "speed", "count", "distance"):
        clauses = CLAUSE_BREAK.split(before_text)
        clause = clauses[-1]
        if len(clauses) > 1 and _APPOSED_LEAD.fullmatch(clause):
            clause = clauses[-2] + clause  # "Turnout, at 38%, was down": the measure set apart
        if family == "percent":
            # "taking 52 percent of the vote in an election in which 41 percent of voters took
            # part": the words before 52 percent, and its own "of the vote", are its own
            clause = _EARLIER_SHARE.sub("", OTHER_NUMBER.split(clause)[-1])
        after = CLAUSE_BREAK.split(after_text)[0]
        if family == "money" and "-" in q.text:
            # a sum written as a compound measures the noun after it: "40,000 euros in prize money
            # plus a 30,000-euro bonus"
            found = measure("", after, family) or measure(clause, after, family)
        else:
            found = measure(clause, after, family)
        if found == "prison" and _MINIMUM_TERM.match(q.text):
            return "parole"  # "will spend a minimum of 24 years behind bars": the least time served
        return found
    if family == "ordinal" and q.unit == "minute":
        return measure(CLAUSE_BREAK.split(before_text)[-1], CLAUSE_BREAK.split(after_text)[0], family)
    return "yard line" if q.unit == "yard" and _YARD_LINE.match(after_text) else ""


# "the presidential poll", "the general polls": an election, not a survey
_ELECTION_POLL = re.compile(
    r"(?i:\b(presidential|parliamentary|general|legislative|municipal|local|regional|snap|run-?off|mayoral"
    r"|provincial|state|national|assembly)[ \t]+polls?\b)"
)
# the verb after a count's noun that tells which end of an event it counts: "17,000 runners
# started the race" / "16,480 runners finished", "3,200 students enrolled" / "2,900 graduated"
_PHASE_AFTER = re.compile(
    r"(?i:^(?:[ \t]+[a-z-]+){0,2}?[ \t]+(?:(?:have|had|has)[ \t]+)?"
    r"(?:(?P<start>started|began|begun|entered|registered|enrolled|set[ \t]+off|lined[ \t]+up|signed[ \t]+up"
    r"|applied|took[ \t]+the[ \t]+start)"
    r"|(?P<finish>finished|completed|crossed[ \t]+the[ \t]+(?:finish(?:ing)?[ \t]+)?line|graduated"
    r"|dropped[ \t]+out|passed|qualified))\b)"
)


# the events whose start a clock time dates, by their lexicon key (`lexicon.canonical_word`:
# "blaze" is "fire", "temblor" is "quake", "gunfire" is "shoot"), or the word itself for those
# the lexicon leaves ungrouped
_ONSET_EVENTS = frozenset(
    "fire quake shoot explosion bombing attack assault raid crash collision storm hurricane"
    " typhoon cyclone tornado collapse landslide mudslide avalanche blackout outage flood derailment"
    " stampede eruption landfall landing sinking launch grounding strike".split()
)
# other words for one of those events: "the slide occurred around 1:45 a.m." is the landslide's
# time, "A hailstorm that hit" the storm's, "The crush happened" the stampede's
_ONSET_ALIASES = {
    "slide": "landslide",
    "hailstorm": "storm",
    "flooding": "flood",
    "crush": "stampede",
    "blast": "explosion",
    "walkout": "strike",
    "stoppage": "strike",
    "liftoff": "launch",
}
# "the fire started at about 2:15", "The quake struck at 9:30", "the shooting occurred about 3:10";
# "A hailstorm that hit", "The explosion tore through the mine shortly before 10pm", "The strike
# began at 4am", and up to four words between the verb and the time ("The landslide struck Bagar
# village at about 3 a.m.")
_ONSET_VERB = (
    r"(?:(?:first[ \t]+)?(?:started|began|broke[ \t]+out|erupted|struck|hit|occurred|happened|took[ \t]+place"
    r"|exploded|went[ \t]+off|ignited|(?:tore|ripped|swept)[ \t]+through|rocked|engulfed))"
)
# the words that lead in to the time itself: "at about", "shortly before"
_TIME_LEAD = r"(?:[ \t]+(?:at|about|around|approximately|roughly|shortly|just|before|after|sometime))+[ \t]*$"
_ONSET_BEFORE = re.compile(
    rf"(?i:\b(?P<noun>[a-z]+)(?:[ \t]+(?:that|which))?[ \t]+{_ONSET_VERB}"
    rf"(?:[ \t]+[^\W\d_'’-][\w'’-]*){{0,4}}?{_TIME_LEAD})"
)
# verbs that name the event themselves, whoever their subject: "the structure gave way at about 1
# p.m." / "came down at about 11:45 a.m." / "The building fell at 10.51am", "made landfall at 1:30
# pm", "crossed the coast shortly before 11 p.m.", "touched down at 9:42 a.m.", "lifted off ... at
# 10:16 a.m.", "struck rocks at 03:40"; up to eight words between the verb and the time, none that
# opens another clause ("made landfall near the town of Sambava at around 2 a.m.", "hit an
# underwater reef south of Bergen at 18:40"; not "made landfall and the power failed at 9 p.m.");
# "crossed the Odisha coast", "touching down", a vehicle that "left the road" or "went over the
# edge", and an election's result "declared" or "announced" ("was declared the winner at 3.21am")
_EVENT_VERB_BEFORE = re.compile(
    r"(?i:\b(?:(?P<collapse>gave[ \t]+way|collapsed|came[ \t]+(?:crashing[ \t]+)?down|caved[ \t]+in"
    r"|(?:building|bridge|roof|structure|tower|viaduct|crane|ceiling|stand)[ \t]+(?:fell|toppled))"
    r"|(?P<landfall>(?:made|making)[ \t]+landfall"
    r"|cross(?:ed|ing)[ \t]+the[ \t]+(?:[^\W\d_'’-][\w'’-]*[ \t]+){0,2}?coast(?:line)?)"
    r"|(?P<landing>touch(?:ed|ing)[ \t]+down|landed)"
    r"|(?P<crash>(?:left|leaving)[ \t]+the[ \t]+(?:road|highway|carriageway)"
    r"|(?:went|going|gone|plunged|plunging)[ \t]+(?:over|off)[ \t]+(?:the[ \t]+)?"
    r"(?:edge|cliff|road|highway|bridge)"
    r"|veered[ \t]+off[ \t]+the[ \t]+(?:road|highway|runway)"
    r"|plunged[ \t]+into[ \t]+(?:an?|the)[ \t]+(?:ravine|gorge|river|canal|valley|ditch|abyss))"
    r"|(?P<result>results?[ \t]+(?:(?:was|were)[ \t]+)?(?:declared|announced)"
    r"|declared[ \t]+(?:the[ \t]+)?winner)"
    r"|(?P<derailment>derailed|left[ \t]+the[ \t]+(?:tracks|rails))"
    # a boat that "capsized", "sank", "overturned" or "went down": one sinking
    r"|(?P<sinking>capsized|sank|overturned|went[ \t]+down)"
    # the first call for help: "The alarm was raised at 11.02pm", "took the first call at 11.20pm"
    r"|(?P<alarm>alarm[ \t]+was[ \t]+raised|raised[ \t]+the[ \t]+alarm"
    r"|(?:took|received|got)[ \t]+the[ \t]+first[ \t]+(?:emergency[ \t]+)?call"
    r"|first[ \t]+(?:emergency[ \t]+)?call[ \t]+(?:came[ \t]+in|was[ \t]+(?:made|received))"
    # "someone called 911", "A 911 caller reported the fire"
    r"|called[ \t]+(?:911|999|112|000)|(?:911|999|112)[ \t]+(?:call|caller)[ \t]+reported)"
    # the end of a stand-off: "He finally surrendered at 6 p.m.", "gave himself up to police just
    # after 6:00 p.m.", "turned himself in"
    r"|(?P<surrender>surrender(?:ed|ing)|(?:gave|giving)[ \t]+(?:himself|herself|themselves)[ \t]+up"
    r"|turned[ \t]+(?:himself|herself|themselves)[ \t]+in)"
    # "The bomb detonated around 5:30 p.m.": the blast
    r"|(?P<explosion>detonated|blew[ \t]+up)"
    r"|(?P<launch>lifted[ \t]+off|blasted[ \t]+off)"
    # a line or a machine that stopped: "The line stopped at 5:40 p.m.", "stopped abruptly at
    # 17:40", "ground to a halt shortly after 6 p.m." (not "stopped the car at")
    r"|(?P<halt>(?:stopped|halted)(?=(?:[ \t]+[a-z]+ly)?(?:[ \t]+(?:at|about|around|shortly|just))+[ \t]*$)"
    r"|(?:ground|came|grinding|coming)[ \t]+to[ \t]+a[ \t]+(?:halt|standstill|stop))"
    r"|(?P<grounding>ran[ \t]+aground|(?:struck|hit)[ \t]+(?:(?:the|a|an)[ \t]+)?(?:[a-z]+[ \t]+)?"
    r"(?:rocks?|reef|sandbank|sandbar)))"
    r"(?:[ \t]+(?!(?:and|but|while|when|then|until|as|where)\b)[^\W\d_'’-][\w'’-]*){0,8}?"
    rf"{_TIME_LEAD})"
)


# the subject told apart from its verb by an aside: "The blast, believed to have been caused by a
# build-up of methane gas, happened at around 11pm"
_ONSET_SUBJECT = re.compile(
    rf"(?i:^[ \t]*(?:the|an?)[ \t]+(?:[a-z-]+[ \t]+)?(?P<noun>[a-z]+),[^,]{{1,100}},[ \t]+{_ONSET_VERB}"
    rf"{_TIME_LEAD})"
)


_SIDE_BEFORE = re.compile(r"(?i:\b(?:shortly|just|soon|right|minutes)[ \t]+(?P<side>after|before)[ \t]+$)")


def _time_side(prefix: str) -> str:
    """ "after" for a clock time told as "shortly after" or "just after", "before" for "shortly
    before", "" otherwise."""
    m = _SIDE_BEFORE.search(prefix[-40:])
    return m.group("side").lower() if m else ""


def _onset(prefix: str) -> str:
    """The kind of event whose start a clock time dates, from the sentence up to the time, or ""."""
    before_text = prefix[-140:]
    m = _EVENT_VERB_BEFORE.search(before_text)
    if m is not None:
        return next(name for name, value in m.groupdict().items() if value)
    m = _ONSET_BEFORE.search(before_text)
    if m is None and len(prefix) <= 240:
        m = _ONSET_SUBJECT.search(prefix)
    if m is None:
        return ""
    word = m.group("noun").lower()
    key = canonical_word(word) or _ONSET_ALIASES.get(word, word)
    return key if key in _ONSET_EVENTS else ""


def _phase(after_text: str) -> str:
    m = _PHASE_AFTER.match(after_text)
    if m is None:
        return ""
    return "start" if m.group("start") else "finish"


# nouns that single out one person of a story (not "man", "woman" or "officer": anyone, or many)
_PERSON_NOUNS = frozenset(
    "driver pilot captain skipper owner developer landlord businessman businesswoman gunman shooter "
    "suspect attacker assailant bomber killer victim defendant mother father husband wife".split()
)
# "The 38-year-old driver", "a 19-year-old Czech student": the noun after the age
_NOUN_AFTER_AGE = re.compile(r"[ \t]+([A-Za-z-]+)(?:[ \t]+([a-z]+))?\b")
# "The driver, aged 43,", "the bus driver, 52,", "The driver, Edwin Quispe, 39,", "The man who died,
# aged 79,": the noun before it
_NOUN_BEFORE_AGE = re.compile(
    r"(?i:\b(?:the|a|an|its|their|his|her)[ \t]+((?:[\w'’-]+[ \t]+){0,2}?)([a-z]+)"
    r"(?:[ \t]+of[ \t]+(?:the|a|an)[ \t]+(?:[\w'’-]+[ \t]+){0,2}[\w'’-]+)?"
    r"(?:[ \t]+(?:who|that)[ \t]+(?:died|was[ \t]+killed))?"
    r"(?:,[ \t]*(?:(?:identified|named)[ \t]+as[ \t]+)?"
    rf"|[ \t]+(?:was[ \t]+(?:identified|named)[ \t]+)?as[ \t]+(?=[{UPPER}]))"
    rf"(?-i:(?:[{UPPER}][\w'’.-]*[ \t]+){{0,3}}[{UPPER}][\w'’.-]*,[ \t]*)?(?:aged[ \t]+)?)$"
)
# "The driver, a 41-year-old man", "The gunman was identified as a 19-year-old": the person the
# age is told of is the noun before it, whatever noun follows the age
_ROLE_BEFORE_OLD = re.compile(
    r"(?i:\b(?:the|its|their|his|her)[ \t]+((?:[\w'’-]+[ \t]+){0,2}?)([a-z]+)"
    r"(?:[ \t]+of[ \t]+(?:the|a|an)[ \t]+(?:[\w'’-]+[ \t]+){0,2}[\w'’-]+)?"
    r"(?:,[ \t]*|[ \t]+(?:was|is)[ \t]+(?:(?:identified|named)[ \t]+as[ \t]+)?)(?:a|an)[ \t]+)$"
)
# anyone, but one person when the sentence tells of a death: "The body of a 77-year-old man was
# found" / "The man who died, aged 79": the dead man of the story
_ANYONE = frozenset({"man", "woman", "boy", "girl"})
_DEATH = re.compile(r"(?i:\b(?:killed|died|dies|dead|body|death|fatally)\b)")


# what follows an age that stands for its person: a verb or the end of a clause ("The 26-year-old
# pulled away from", "the 27-year-old, who", "The 23-year-old has agreed"), not a noun or an
# adjective before one ("the 30-year-old retired teacher")
_VERB_AFTER_AGE = re.compile(
    r"(?:[ \t]*(?:[,.;:)]|$)|[ \t]+(?:(?:who|is|was|has|had|have|will|would|could|can|did|does|said|says"
    r"|told|also|then|now|became|won|ran|took|made|left|came|went|got|led|beat|set|finished|clocked|scored"
    r"|joined|signed|broke|fell|drove|died)\b"
    r"|[a-z]{3,}ed[ \t]+(?:the|a|an|his|her|their|its|to|from|in|on|at|away|up|down|out|off|into|with|by"
    r"|for|after|before|over)\b))"
)


# a place behind the winner: "was second in", "finished third", "the runner-up", "behind"
_PLACED = re.compile(
    r"(?i:\b(?:was|were|finished|came|placed|ended|crossed|took)[ \t]+(?:in[ \t]+)?"
    r"(?:second|third|fourth|fifth|sixth)\b"
    r"|\brunners?[ \t-]+up\b|\bbehind\b|\btrail(?:ed|ing)\b)"
)


def _person_noun(before: str, after: str, text: str, sentence: str) -> str:
    """The noun of people an age is given of, singular ("driver"), after the word that says which
    one when there is one ("bus driver", "pickup driver"), "dead man" for a man (woman, boy, girl)
    in a sentence that tells of a death, or "" when there is none or it may be anyone ("a
    61-year-old man")."""
    if text.endswith("-old"):
        head = _ROLE_BEFORE_OLD.search(before)
        role = units.singular(head.group(2).lower()) if head else ""
        if head and role in _PERSON_NOUNS:
            return _which(head.group(1), role)
        m = _NOUN_AFTER_AGE.match(after)
        if m is None:
            return ""
        words = [word for word in m.groups() if word]
        for i, word in enumerate(words):
            if units.singular(word.lower()) in _PERSON_NOUNS:
                return _which(" ".join(words[:i]), units.singular(word.lower()))
        noun = units.singular(words[0].lower())
    else:
        m = _NOUN_BEFORE_AGE.search(before)
        if m is None:
            return ""
        noun = units.singular(m.group(2).lower())
        if noun in _PERSON_NOUNS:
            return _which(m.group(1), noun)
    return f"dead {noun}" if noun in _ANYONE and _DEATH.search(sentence) else ""


# words before a person's noun that do not say which one ("the alleged gunman", "the Thai driver")
_NOT_WHICH = frozenset("alleged suspected accused former late same other young old new".split())


def _which(words: str, noun: str) -> str:
    """ "bus driver" for the noun "driver" after "bus" or "bus's" ("the pickup's driver"), the bare
    noun after no such word or after a name or an adjective that says nothing of which one."""
    parts = words.split()
    last = re.sub(r"['’]s?$", "", parts[-1]) if parts else ""
    if not last.isalpha() or not last.islower() or last in _NOT_WHICH:
        return noun
    return f"{last} {noun}"


# a run of one thing told by its last ordinal: "seventh consecutive cut", "18th straight month",
# "the sixth cut in a row", "the second year running"
_STREAK = re.compile(
    r"(?i:[ \t]+(?:(?:consecutive|straight|successive)\b"
    r"|[a-z]+(?:[ \t]+[a-z]+)?[ \t]+(?:in[ \t]+a[ \t]+row|running)\b))"
)


# what an ordinal counts the times of: "their fifth Norwegian Cup title" / "Molde's sixth cup
# title", "the 61st flight of the PSLV" / "the PSLV's 62nd flight" (not "time": "for the first
# time in weeks" / "the second time in a week" told of two meetings)
_OCCURRENCES = frozenset(
    "title titles flight launch mission visit trip defense defence edition victory crown".split()
)


def make_figure(index: int, q: Quantity, sentence: str, previous: str, offset: int) -> Figure | None:
    """A `Figure` for `q`, or None when it cannot be compared (an unknown date, a bare ordinal,
    a version: "Firefox 3.05", "USB 2.0")."""
    rel_start, rel_end = q.start - offset, q.end - offset
    if (
        q.kind == "ordinal"
        and q.unit not in ("minute", PLACE)
        and q.unit not in _OCCURRENCES
        and not _STREAK.match(sentence, rel_end)
    ):
        # shown, not compared: in the corpus two ranks in one point were ranks of two things
        # ("in the sixth round" / "in the seventh round" of one fight; "the fourth head coach
        # since King took over" / "the 21st head coach of the 76ers"). The minute of a match
        # something happened in is compared ("in the 78th minute" / "his 58th-minute header"),
        # so is the length of a run ("a seventh consecutive cut" / "the sixth cut in a row"), and
        # so is a place in a race or a ranking ("Mori finished sixth" / "Mori came seventh")
        return None
    if q.kind == "angle":
        return None  # "55.96 degrees in longitude": where, not how much
    if q.kind in SPEC_KINDS:
        # shown, not compared: a product launch lists the specs of every model ("a 2.3GHz
        # quad-core" for one, "a 1.8 GHz i5" for another, "256GB" and "768GB" of storage)
        return None
    if q.kind == "count" and _DECIMAL.fullmatch(q.text) and _LABEL_BEFORE.search(sentence, 0, rel_start):
        return None
    if q.kind == "count" and _RATE_BASE_BEFORE.search(sentence, max(0, rel_start - 8), rel_start):
        return None  # shown, not compared: "per 100,000 people" is the base of a rate
    interval = value_interval(q, sentence, rel_start)
    if interval is None:
        return None
    family, lo, hi, tol_lo, tol_hi, currency, weekday, month_day = interval
    before_text = sentence[max(0, rel_start - 60) : rel_start]
    after_text = sentence[rel_end : rel_end + 60]
    if q.kind == "tally" and _SCORING_RUN.match(after_text):
        # shown, not compared: a game has many runs ("a 19-4 run", "a 20-2 run to close the half")
        return None
    noun, event = _noun_and_event(q.unit) if q.kind in ("count", "ordinal") else ("", "")
    rate = _RATE_AFTER.match(sentence, rel_end) if q.kind == "count" else None
    if rate is not None:  # "12.3 road deaths per 100,000 people": a rate, not a toll
        noun, event = f"{noun or 'count'} per {rate.group('base').lower()}", ""
    role = ""
    if q.kind in ("date", "year"):
        m = _ROLE.search(before_text)
        role = _ROLE_CLASS.get(m.group("p").lower(), "point") if m else "point"
        if sentence[rel_end : rel_end + 2] in ("'s", "’s"):
            role = "of"  # "during Sunday's finale": the day of another event
    own_places = locations(sentence)
    anchor, stuff = (
        _anchor(after_text, sentence[max(0, rel_start - 12) : rel_end]) if family == "distance" else ("", "")
    )
    if family in STUFF_FAMILIES and (m := _STUFF_OF.match(after_text)):
        stuff = stem(m.group(1).lower())  # "170,000 tonnes of iron ore", "400 hectares of forest"
    if anchor and _MOVED_BEFORE.search(before_text):
        anchor = ""  # "fell around 200ft from a ridge": how far it fell, not where something is
    record_of = _record_holder(before_text, after_text) if q.kind == "tally" else frozenset()
    # "The 26-year-old pulled away": an age standing for its person
    nominal = family == "age" and q.text.endswith("-old") and bool(_VERB_AFTER_AGE.match(after_text))
    said = q.kind == "date" and bool(
        _SAID_BEFORE.search(before_text) or _SAID_AFTER.match(sentence[rel_end : rel_end + 30])
    )
    converted = (
        q.kind == "money" and bool(_OPEN_BRACKET.search(before_text)) and bool(_DIGIT.search(before_text))
    )
    # "a five-boat attack" sizes the attack; "three workers (one a pregnant woman)", "three of the
    # four soldiers" single out a part
    elapsed = q.kind == "duration" and bool(_ELAPSED.match(sentence, rel_end))
    bracket = _IN_BRACKETS.search(before_text)
    owns_event = q.kind == "count" and part_owns_event(sentence, rel_start, rel_end)
    compound = (
        (
            q.kind == "count"
            and (
                bool(_COMPOUND.search(q.text))
                or (bracket is not None and bool(_COUNT_BEFORE.search(before_text[: bracket.start()])))
                # "three of the four soldiers": a part (not "Three of the 40 passengers were
                # injured", which counts the injured)
                or (bool(OF_WHOLE.match(sentence, rel_end)) and not owns_event)
                or bool(AMONG.match(sentence, rel_end))  # "Three children were among the dead"
                # the last of a list of counts sharing their noun: "One Australian and one English
                # climber have fallen": one of the two climbers
                or _listed_by_nationality(before_text)
            )
        )
        or (
            q.kind in ("count", "money")
            and bool(
                (
                    _PART_AFTER.match(sentence, rel_end)
                    and not _named_part(sentence, rel_end, q.unit)
                    and not owns_event
                )
                or _PART_BEFORE.search(before_text)
            )
        )
        or (q.kind == "duration" and bool(_SHARE_BEFORE.search(before_text)))
    )
    measure_of = _measure_of(q, family, before_text, after_text)
    if measure_of == "parole" and math.isinf(hi) and math.isfinite(lo):
        # "must serve at least 22 years", "a minimum of 24 years": the least time served is the
        # term the judge set, a number, not a bound
        hi, tol_hi = lo, lo + (lo - tol_lo)
    load_part = measure_of == ABOARD and bool(_AND_MORE.match(after_text))
    if measure_of in _COURT_TERMS and q.qualifier == "":
        # a term set or asked for in court is stated exactly: "20 years" is no rounding of 22
        tol_lo, tol_hi = lo, hi
    return Figure(
        index=index,
        q=q,
        family=family,
        lo=lo,
        hi=hi,
        tol_lo=tol_lo,
        tol_hi=tol_hi,
        currency=currency,
        noun=noun,
        event=event,
        role=role,
        before=clause_tail(before_text),
        lead_in=lead_in_words(before_text) if q.kind == "date" and q.qualifier == "relative" else frozenset(),
        lead_word=next(iter(lead_in_words(before_text, 1)), "") if family == "year" else "",
        after=clause_head(_ELECTION_POLL.sub(r"\1 election", after_text)),
        sentence_words=content_stems(sentence),
        at_close=_at_close(sentence, rel_start) if family in ("percent", "money") else None,
        side=_side_of(_own_clause_or_its_subject(before_text)) if family in ("count", "percent") else "",
        aside=family in ("count", "money") and bool(_ASIDE_OPENING.match(sentence)),
        phase=_phase(after_text) if family == "count" else "",
        own_words=content_stems(q.text),
        cumulative=bool(_CUMULATIVE.search(sentence) or _SINCE_START.match(after_text)),
        nationwide=bool(_NATIONWIDE.search(sentence)),
        market=_market(sentence, rel_start, rel_end),
        separate=bool(_SEPARATE.search(sentence)),
        part_alone=bool(_PART_ALONE.search(before_text)),
        anchor=anchor,
        stuff=stuff,
        aftershock=family == "magnitude" and bool(_AFTERSHOCK.search(sentence)),
        record=bool(_RECORD.search(before_text)),
        names=names(sentence),
        places=own_places,
        context_places=own_places if (own_places[0] or own_places[1]) else locations(previous),
        converted=converted,
        weekday=weekday,
        said=said,
        month_day=month_day,
        compound=compound,
        whole=q.kind == "count" and bool(_WHOLE_BEFORE.search(before_text)),
        other=q.kind == "count"
        and bool(_OTHER_BEFORE.search(before_text) or _OTHER_AFTER.match(sentence, rel_end)),
        more=q.kind == "count" and bool(_OTHER_AFTER.match(sentence, rel_end)),
        elapsed=elapsed,
        past=bool(
            _PAST_BEFORE.search(before_text)
            or _PAST_AFTER.match(sentence, rel_end)
            or (
                family not in ("date", "year", "time")
                and _FROM_BEFORE.search(before_text)
                and _TO_NUMBER_AFTER.match(sentence, rel_end)
            )
        ),
        baseline=bool(_BASELINE_AFTER.match(sentence, rel_end)),
        beaten=bool(_BEATEN_BEFORE.search(before_text)),
        current=bool(_CURRENTLY_BEFORE.search(before_text) and _CHANGING.search(sentence)),
        running=q.kind == "tally" and _running(before_text, after_text),
        record_of=record_of,
        record_game=_game_played(sentence) if record_of else "",
        opponents=opponents(before_text, after_text) if q.kind == "tally" else frozenset(),
        part=game_part(before_text, after_text) if noun in GAME_STATS else "",
        poll=poll_names(sentence[:rel_start], after_text)
        if q.kind in ("percent", "fraction")
        else frozenset(),
        share_of=_share_names(after_text) if family == "percent" else frozenset(),
        holder=(
            holder(before_text, after_text, before_noun=q.text.endswith("-old"))
            or opening_holder(sentence, rel_start, q.text)
            or (anaphor_holder(sentence, rel_start) if nominal else frozenset())
        )
        if family == "age"
        else frozenset(),
        person=_person_noun(before_text, after_text, q.text, sentence) if family == "age" else "",
        nominal=nominal,
        onset=_onset(sentence[:rel_start]) if family == "time" else "",
        time_side=_time_side(sentence[:rel_start]) if family == "time" else "",
        placed=family == "duration" and bool(_PLACED.search(sentence)),
        condition=bool(_CONDITION.search(before_text)),
        stance=stance(before_text, after_text, family),
        measure=measure_of,
        load_part=load_part,
        span=span(sentence[:rel_start], after_text[:40]) if family in ("money", "percent") else "",
        basis=basis(sentence[:rel_start], after_text[:40]) if family == "percent" else "",
        core=core_measure(sentence[:rel_start], after_text[:60]) if family == "percent" else "",
        role_as=_role_as(sentence[rel_end:], q) if family in ("count", "duration") else frozenset(),
        of_what=_of_what(after_text)
        if family == "duration" and _COMPOUND_SPAN.search(q.text)
        else frozenset(),
        named=named_places(sentence),
        name_stems=frozenset(stem(n) for n in names(sentence)),
        unit_stems=frozenset(stem(w) for w in q.unit.split()),
    )


# a span written as a compound adjective, and the "of" after the noun it sizes: "a two-year
# extension of tax cuts for the rich", "a 13-month extension of unemployment insurance"
_COMPOUND_SPAN = re.compile(r"\w-(?:year|month|week|day|hour|minute|decade)s?$")
_OF_AFTER_NOUN = re.compile(r"[ \t]+[A-Za-z]+[ \t]+of[ \t]+(?P<what>[^,;:()\[\]]{1,60})")


def _of_what(after: str) -> frozenset[str]:
    """The first two content stems of the "of" phrase after the noun a compound span sizes."""
    m = _OF_AFTER_NOUN.match(after)
    return frozenset(content_list(m.group("what"))[:2]) if m else frozenset()


def _role_as(after: str, q: Quantity) -> frozenset[str]:
    """Stems of the role right after a count's noun ("seasons as head coach of ..." -> {"head", "coach"})."""
    m = _AS_ROLE.match(CLAUSE_BREAK.split(after)[0])
    if (
        m is None
        or not q.unit
        or q.unit.split()[-1] in CASUALTY_EVENTS
        or stem(m.group("noun")) != stem(q.unit.split()[-1])
    ):
        return frozenset()  # "three killed as rioters bombed a bank": "as" joins a clause
    words: list[str] = []
    for word in m.group("role").split():
        if word.lower() in STOPWORDS:
            break  # "as head coach of the Trail Blazers": the role ends at "of"
        words.append(stem(word))
    return frozenset(words)


_CALENDAR_WORDS = (
    frozenset(WEEKDAYS)
    | frozenset(MONTHS)
    | frozenset("january february march april june july august september october november december".split())
)


def _share_names(after: str) -> frozenset[str]:
    """Stems of the names right after a share, inside its clause and before any other number."""
    head = OTHER_NUMBER.split(CLAUSE_BREAK.split(after)[0])[0]
    found = (POSSESSIVE.sub("", n) for n in names(" " + head))
    # "a 31 per cent premium to Friday's close": a day names no owner
    return frozenset(stem(n) for n in found if n.lower() not in _CALENDAR_WORDS)


def _noun_and_event(unit: str) -> tuple[str, str]:
    words = unit.split()
    if not words:
        return "", ""
    if len(words) >= 2 and words[-1] in CASUALTY_EVENTS:
        return units.noun_key(words[-2]), words[-1]
    if unit.endswith(" in the crowd"):
        return "person", "crowd"  # "union members rallied", "people took to the streets": one crowd
    if len(words) == 1 and words[0].lower() in _NOMINAL_EVENTS:
        return "person", _NOMINAL_EVENTS[words[0].lower()]  # "11 deaths" is 11 people killed
    return units.noun_key(words[-1]), ""


def half_day(fig: Figure) -> bool:
    """Whether a clock time says which half of the day it is (a.m., p.m., noon, a 24-hour clock)."""
    text = fig.q.text.lower().replace(".", "").replace(" ", "")
    return any(mark in text for mark in ("am", "pm", "noon", "midnight")) or fig.lo >= 780


def exact(fig: Figure) -> bool:
    """Whether the figure is a plain point value (no range, bound or approximation)."""
    return fig.lo == fig.hi and fig.q.qualifier in ("", "approx")


# those who run a vehicle: a part of who is on board, never the load ("six crew", "two drivers")
_CREW = frozenset("crew crewman crewmember driver pilot attendant staff sailor seaman officer".split())


def aboard_load(fig: Figure) -> bool:
    """Whether a count of people on board counts the load: people named any way but its crew
    ("six crew", "two drivers") or others ("two other passengers")."""
    return (
        bool(fig.noun)
        and human_noun(fig.noun)
        and not (fig.other or fig.load_part)
        and fig.noun.split()[-1] not in _CREW
    )


def vague(fig: Figure) -> bool:
    """A figure in words that names only an order of size: "hundreds", "tens of thousands",
    "dozens of arrests"."""
    spelled = not any(c.isdigit() for c in fig.q.text)
    return fig.q.qualifier == "approx" and fig.q.low != fig.q.high and spelled


def discrete(fig: Figure) -> bool:
    """Figures counted in whole units, never rounded (small counts, ages, years, tallies)."""
    return fig.family in _DISCRETE


def month_day_of(fig: Figure) -> tuple[int, int] | None:
    """(month, day) of a date figure with a year; day 0 for a month; None otherwise."""
    if fig.q.low is None:
        return None
    v = int(fig.q.low)
    if v >= 10_000_000:
        return (v // 100 % 100, v % 100)
    if v >= 100_000:
        return (v % 100, 0)
    return None
