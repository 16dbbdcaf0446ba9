"""What a figure stands for in its sentence when it is not a plain fact of the story.

"The union is demanding a 6 percent pay rise" and "management has offered a 2.5 percent
increase" give the two sides of a negotiation; "had faced up to 30 years behind bars" is the
most a court could give, not the sentence it gave; "a party needs 326 seats" is a
threshold; "Mumbai normally receives around 90 millimetres" is a norm, not a storm's rain.
A figure with such a stance is compared only with a figure of the same stance (or the same
value): none of them contradicts a plain figure.

A share from a poll is the poll's: two pollsters' figures are two figures (`poll_names`).
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from reader.core.dates import MONTHS, WEEKDAYS
from reader.core.nouns import HOLDS, STOPWORDS
from reader.core.wording import UPPER, named_places, names, stem

if TYPE_CHECKING:  # figures.py reads its stances from here
    from reader.core.figures import Figure

# told against each other, not against a plain figure: the two sides of a negotiation, a
# level to come and the level now
SIDES = frozenset({"demand", "offer", "future", "current"})

_STANCES = (
    (
        "demand",
        re.compile(
            r"(?i:\b(?:demand(?:s|ed|ing)?|seek(?:s|ing)?|sought|ask(?:s|ed|ing)?[ \t]+for)\b[^,;:.]{0,30}$)"
        ),
    ),
    ("offer", re.compile(r"(?i:\b(?:offer(?:s|ed|ing)?|propos(?:e|es|ed|ing))\b[^,;:.]{0,30}$)")),
    # "Unions want the minimum salary raised to 400,000 pesos", "called for a 10% rise"
    (
        "demand",
        re.compile(
            r"(?i:\b(?:wants?|wanted|call(?:s|ed|ing)?[ \t]+for|push(?:es|ed|ing)?[ \t]+for)\b[^,;:.]{0,40}$)"
        ),
    ),
    (
        "maximum",
        re.compile(
            r"(?i:\bfac(?:e|es|ed|ing)[ \t]+(?:a[ \t]+(?:maximum|possible)[ \t]+(?:(?:sentence|penalty|term)"
            r"[ \t]+)?(?:of[ \t]+)?)?$|\bmaximum[ \t]+(?:sentence|penalty|fine|term)[ \t]+of[ \t]+$"
            # "the offence attracts a fine of up to KSh 5 million": what the law allows
            r"|\b(?:attracts?|carr(?:y|ies)|punishable[ \t]+by|fac(?:e|es|ed|ing))[ \t]+(?:a[ \t]+)?"
            r"(?:maximum[ \t]+)?(?:fine|penalty|sentence|jail[ \t]+term|prison[ \t]+term)[ \t]+of[ \t]+"
            r"(?:up[ \t]+to[ \t]+)?$)"  # "faces a fine of up to ₦250 million"
        ),
    ),
    ("requirement", re.compile(r"(?i:\b(?:needs?|needed|requires?|required|requiring)[ \t]+$)")),
    # what would have been, not what is: "without which she would have jailed him for 12 years"
    ("hypothetical", re.compile(r"(?i:\b(?:would|could|might)[ \t]+have\b[^,;:.]{0,40}$)")),
    ("capacity", HOLDS),  # "The stadium, which holds 80,000 spectators": no crowd
    (
        "norm",
        re.compile(r"(?i:\b(?:normally|usually|typically|ordinarily)\b[^,;:.]{0,40}$)"),
    ),
    # a price or level to come against the one paid now: "will cost 48 euros from January" /
    # "commuters currently pay €37"
    (
        "future",
        re.compile(
            r"(?i:\bwill[ \t]+(?:cost|rise|increase|go[ \t]+up|climb|fall|drop|be[ \t]+raised)\b"
            r"[^,;:.]{0,30}$)"
        ),
    ),
    # a level set to change: "Paris will cut the speed limit on the Périphérique to 50 km/h" /
    # "where the limit is currently 70 km/h"
    (
        "future",
        re.compile(
            r"(?i:\bwill[ \t]+(?:cut|reduce|lower|raise|lift|increase|slash|bring[ \t]+down)\b"
            r"[^,;:.]{0,60}\bto[ \t]+$)"
        ),
    ),
    ("current", re.compile(r"(?i:\b(?:currently|at[ \t]+present)\b[^,;:.]{0,30}$)")),
    # a sum planned, not spent: "had budgeted 4.4 billion euros" / "The final cost ... reached"
    ("budget", re.compile(r"(?i:\bbudgeted[ \t]+(?:for[ \t]+|at[ \t]+)?(?:about[ \t]+|around[ \t]+)?$)")),
    # a race's average speed and the top speed reached in it: two measures of one race
    ("average", re.compile(r"(?i:\baverage[ \t]+(?:speed|pace)[ \t]+of[ \t]+$)")),
    ("top", re.compile(r"(?i:\b(?:top|maximum)[ \t]+speeds?[ \t]+of[ \t]+$)")),
    # the market's price against an offer: "shares closed at 382p on Friday" / "an offer of 450p"
    (
        "current",
        re.compile(
            r"(?i:\b(?:shares?|stock)\b[^,;:.]{0,20}\b(?:closed|ended|finished|traded|trading|stood)"
            r"[ \t]+(?:at|on)[ \t]+$)"
        ),
    ),
    # a level forecast or planned for later: "Council debt is forecast to reach A$3.5 billion by 2028"
    (
        "future",
        re.compile(
            r"(?i:\b(?:forecast|projected|expected|set|due|planned|poised)[ \t]+to[ \t]+(?:reach|hit|top"
            r"|rise[ \t]+to|climb[ \t]+to|grow[ \t]+to|fall[ \t]+to|drop[ \t]+to)[ \t]+"
            r"(?:about[ \t]+|around[ \t]+)?$)"
        ),
    ),
    # what a bank or a government aims at: "The central bank targets inflation of 2.5 percent"
    # (not "values the target at €3.2 billion", a company bought)
    (
        "target",
        re.compile(
            r"(?i:\btarget(?:s|ed|ing)\b[^,;:.]{0,25}$|\b(?:inflation|growth|deficit|official|its|their"
            r"|bank['’]s|government['’]s)[ \t]+target[ \t]+(?:of|at)[ \t]+$)"
        ),
    ),
    # what a country or a firm aims for: "India is aiming for 500 GW of renewable capacity by 2030"
    (
        "target",
        re.compile(
            r"(?i:\baim(?:s|ed|ing)?[ \t]+(?:for|at|to[ \t]+(?:reach|hit|raise|lift|cut|double|add))\b"
            r"[^,;:.]{0,25}$)"
        ),
    ),
    # a price asked, not paid: "The mansion, listed at $24 million", "an asking price of £2m"
    (
        "asking",
        re.compile(
            r"(?i:\b(?:listed|marketed|advertised)[ \t]+(?:at|for)[ \t]+$"
            r"|\b(?:asking|guide)[ \t]+price[ \t]+of[ \t]+$)"  # "a guide price of €450,000"
        ),
    ),
    # the sum a thing is insured for, not what it is worth or what was lost: "The items were
    # insured for 18 million kronor" / "Police valued the stolen items at around 25 million kronor"
    (
        "insured",
        re.compile(
            r"(?i:\binsured[ \t]+(?:(?:it|them)[ \t]+)?(?:for|at)[ \t]+(?:(?:about|around|some|nearly"
            r"|almost|roughly|more[ \t]+than|over|up[ \t]+to)[ \t]+)?$"
            r"|\b(?:insured[ \t]+value|insurance[ \t]+(?:value|cover|coverage|policy))[ \t]+of[ \t]+$)"
        ),
    ),
    # what a thing is built or licensed for: "designed to carry up to 40,000 vehicles a day", "The
    # bus, which was licensed to carry 45 passengers" (not the 58 it carried)
    (
        "capacity",
        re.compile(
            r"(?i:\b(?:designed|built|able|licen[cs]ed|certified|authori[sz]ed|permitted|allowed|rated|refitted"
            r"|fitted|equipped|configured)[ \t]+to[ \t]+(?:carry|hold|handle|accommodate|take|serve)\b"
            r"[^,;:.]{0,15}$"
            r"|\b(?:licen[cs]ed|certified|authori[sz]ed|rated)[ \t]+for[ \t]+(?:up[ \t]+to[ \t]+)?$)"
        ),
    ),
    # what analysts expected, not the result: "beat the average analyst estimate of 1.62 billion
    # crowns", "economists polled by Reuters had forecast 0.4%"
    (
        "expected",
        re.compile(
            r"(?i:\b(?:analysts?|analysts['’]|economists['’]|consensus|market)\b[^,;:.]{0,25}"
            r"\b(?:estimates?|forecasts?|expectations?|predictions?)[ \t]+(?:of|for)[ \t]+$"
            r"|\b(?:analysts|economists)\b[^,;:.]{0,30}\bhad[ \t]+(?:[a-z]+[ \t]+){0,2}?"
            r"(?:expected|forecast|predicted|projected)\b"
            # "Economists had forecast that the economy would grow 6.1%", "had on average expected"
            r"[^,;:.]{0,50}$"
            r"|\b(?:beat|beating|beats|missed|missing|misses|topped|exceeded)\b[^,;:.]{0,30}"
            r"\b(?:estimates?|forecasts?|expectations?)[ \t]+(?:of[ \t]+)?$"
            # what a country or a firm expects: "Kenya expects 2.5 million visitors this year"
            r"|\bexpect(?:s|ing)?[ \t]+(?:to[ \t]+(?:reach|hit|see|get|record|receive|attract|welcome|sell)"
            r"[ \t]+)?(?:about[ \t]+|around[ \t]+|some[ \t]+)?$)"
        ),
    ),
)

# "Three children were among the dead": a part of a toll, not the toll
AMONG = re.compile(r"(?i:[ \t]+(?:[a-z-]+[ \t]+){0,2}(?:were|was|are|is|being)[ \t]+among\b)")


# a limit set on a figure, not its value: "the legal limit of 3%", "the 3% legal ceiling", "where
# the speed limit is 65 mph", "The speed limit on that stretch of line is 80 km/h"
_LIMIT_BEFORE = re.compile(
    r"(?i:\b(?:limit|ceiling|cap|threshold)(?:[ \t]+(?:on|for|in|along)[ \t]+[^,;:.]{0,30}?)?[ \t]+"
    r"(?:of|is|was|stands[ \t]+at|stood[ \t]+at|(?:has|had)[ \t]+been|set[ \t]+at)[ \t]+"
    r"(?:only[ \t]+|just[ \t]+)?$)"
)
_OFFER_AFTER = re.compile(r"(?i:^[ \t]*(?:pay[ \t]+|wage[ \t]+|salary[ \t]+)?offer\b)")
_DEMAND_AFTER = re.compile(r"(?i:^[ \t]*(?:pay[ \t]+|wage[ \t]+|salary[ \t]+)?(?:claim|demand)\b)")
_TARGET_AFTER = re.compile(r"(?i:^[ \t]*(?:inflation[ \t]+)?target\b)")
_EXPECTED_AFTER = re.compile(
    r"(?i:^[^,;:.]{0,40}\b(?:that|which)[ \t]+(?:analysts|economists|markets|the[ \t]+market)[ \t]+"
    r"(?:had[ \t]+)?(?:expected|forecast|predicted|projected)\b)"
)
_LIMIT_AFTER = re.compile(
    r"(?i:^[ \t]*(?:legal|statutory|self-imposed|official)?[ \t]*(?:limit|ceiling|cap)\b)"
)


# a bare "faces 20 years", "faced $1 million in fines" is a possible penalty: a span or a sum
_PENALTY_FAMILIES = frozenset({"duration", "money"})
_FACED = re.compile(r"(?i:\bfac(?:e|es|ed|ing)[ \t]+$)")


def stance(before: str, after: str = "", family: str = "count") -> str:
    """The stance of a figure of `family` from the text right before it (in its clause) or right
    after, or ""."""
    for name, pattern in _STANCES:
        if name == "capacity" and pattern is HOLDS and family == "percent":
            continue  # "Ardent Capital, which holds 12.4%": a stake held, not what a place holds
        if name == "maximum" and family not in _PENALTY_FAMILIES and _FACED.search(before):
            continue  # "Ashworth faced 177 balls": no penalty faced
        if pattern.search(before):
            return name
    if _LIMIT_BEFORE.search(before) or _LIMIT_AFTER.match(after):
        return "limit"
    if _TARGET_AFTER.match(after):
        return "target"  # "a 2% inflation target"
    if _OFFER_AFTER.match(after):
        return "offer"  # "the 4.5% pay offer"
    if _DEMAND_AFTER.match(after):
        return "demand"  # "the union's 12% pay claim"
    if _EXPECTED_AFTER.match(after):
        return "expected"  # "the 1.5% expansion that economists had forecast"
    return ""


def measures_differ(a: str, b: str) -> bool:
    """Two measures told (`measure`) that cannot be one: "turnout" / "vote", "operating profit" /
    "net profit", "equalising goal" / "winning goal"; a measure of no kind may be any of its kinds
    ("quarterly profit slides 38%" / "quarterly operating profit fell by more than a third"; "scored
    in the 114th minute" / "his winner in the 116th minute")."""
    if not (a and b) or a == b:
        return False
    return not ((a in _OF_ANY_KIND and b.endswith(" " + a)) or (b in _OF_ANY_KIND and a.endswith(" " + b)))


# measures told of no kind that may be any of their kinds (not "unemployment": "youth
# unemployment" is a part of it, told apart)
_OF_ANY_KIND = frozenset({"profit", "goal"})


def measures_meet(a: str, b: str) -> bool:
    """Two measures told that may be one ("profit" / "pre-tax profit", "turnout" / "turnout")."""
    return bool(a and b) and not measures_differ(a, b)


def stances_differ(a: str, b: str) -> bool:
    """A demand against an offer, a level to come against the level now (both told); a maximum,
    a requirement or a norm against anything else. In a story of offers every figure is one,
    told or not."""
    if a in SIDES or b in SIDES:
        return bool(a and b and a != b)
    return a != b


_POLL = re.compile(r"(?i:\b(?:poll|polls|polling|survey|surveys|surveyed|pollster)\b)")
_POLL_AFTER = re.compile(
    r"[^;:.]{0,25}?\b(?:in|by|from|to)[ \t]+(?:an?|the)[ \t]+(?:new[ \t]+|latest[ \t]+)?"
    r"(?P<names>(?:[A-Z][\w/&'’.-]*[ \t]+)+)(?:poll|survey)"
)


def poll_names(prefix: str, after: str) -> frozenset[str]:
    """Stems of the names of the poll a figure comes from: before it ("a poll for Kathimerini
    found") or right after it ("stood at 43 percent in a Reuters/Ipsos survey")."""
    named = _POLL_AFTER.match(after)
    if named is not None:
        return frozenset(stem(n) for n in names(" " + named.group("names")))
    if not _POLL.search(prefix):
        return frozenset()
    # a poll its sentence does not name is still a poll ("when one survey gave her 44 per cent")
    return frozenset(stem(n) for n in names(prefix) - named_places(prefix)) or frozenset({"poll"})


def _patterns(*named: tuple[str, str]) -> tuple[tuple[str, re.Pattern[str]], ...]:
    """(name, pattern) pairs compiled case-insensitively, in the order `_nearest` tries them."""
    return tuple((name, re.compile(pattern, re.IGNORECASE)) for name, pattern in named)


# what a share measures, told right around it: two different measures of one election or
# economy ("with 54 percent of the vote" / "put turnout at 61 percent")
_MEASURES = _patterns(
    # how far a count has gone: "with 92% of polling stations counted", "99.1% of tables tallied"
    (
        "counted",
        r"^[ \t]+of[ \t]+(?:the[ \t]+)?(?:[\w-]+[ \t]+){0,2}"
        r"(?:counted|tallied|reporting|processed|declared)\b",
    ),
    (
        "turnout",
        r"\bturnout\b|\bturned[ \t]+out\b|\btook[ \t]+part\b"
        r"|(?<!force[ \t])\b(?:voter[ \t]+)?participation\b(?![ \t]+rate)",
    ),
    ("vote", r"\bof[ \t]+(?:the[ \t]+)?(?:popular[ \t]+)?(?:votes?|ballots?)\b|\bvote[ \t]+share\b"),
    ("approval", r"\bapproval\b|\bapprove\b"),
    # youth unemployment first: at one end it wins over the rate of all ("overall jobless rate")
    ("youth unemployment", r"\byouth[ \t]+(?:unemployment|jobless(?:ness)?)\b"),
    ("unemployment", r"\bunemployment\b|\bjobless\b"),
    ("inflation", r"\binflation\b|\bconsumer[ \t]+prices\b"),
    (
        "growth",
        r"\bgrowth\b|\bgdp\b|\bgross[ \t]+domestic[ \t]+product\b"
        r"|\beconomy[ \t]+(?:grew|expanded|shrank|contracted)\b",
    ),
    ("consumption", r"\b(?:private|household|consumer)[ \t]+(?:consumption|spending)\b"),
    ("investment", r"\b(?:business|capital)[ \t]+(?:investment|expenditure|spending)\b"),
    ("workforce", r"\bof[ \t]+(?:its|the|their)[ \t]+(?:work[ \t]?force|staff|employees|payroll)\b"),
    # what a buyer pays above the price: "$64 per share, a premium of nearly 40 per cent", "a
    # 39pc premium to the undisturbed share price" (before the share price, which it names)
    ("premium", r"\bpremium\b"),
    # a company's share price, profit and sales move apart: "Shares jumped 9%" / "net profit
    # rose 15%" / "revenue grew 14%"
    ("share price", r"\bshares\b|\bstock\b|\bshare[ \t]+price\b"),
    # a firm's operating, pre-tax and net profit are three measures: "Operating profit for the
    # April-June quarter came in at 412.6 billion won" / "Net profit came to 301 billion won"; a
    # profit of no kind may be any of them (`measures_differ`)
    (
        "operating profit",
        r"\boperating[ \t]+(?:profits?|income|earnings)\b|\bEBIT(?:DA)?\b",
    ),
    ("pre-tax profit", r"\bpre-?tax[ \t]+(?:profits?|income|earnings)\b|\bprofits?[ \t]+before[ \t]+tax\b"),
    ("net profit", r"\bnet[ \t]+(?:profits?|income|earnings)\b|\bbottom[ \t]+line\b"),
    ("profit", r"\bprofits?\b|\bearnings\b"),
    ("revenue", r"\brevenues?\b|\bsales\b|\bturnover\b"),
    # a winner's prize money and a bonus on top: "collected 40,000 euros in prize money plus a
    # 30,000-euro bonus" / "a bonus of 25,000 euros on top of the winner's prize"
    ("bonus", r"\bbonus(?:es)?\b"),
    ("prize money", r"\bprize[ \t]+money\b|\bprize[ \t]+purse\b|\bwinner['’]s[ \t]+(?:prize|cheque|check)\b"),
    ("exports", r"\bexports\b"),
    ("imports", r"\bimports\b"),
    # a budget's rises by who receives them: "a 2.5% increase in the lowest pensions" / "Public
    # sector salaries will rise by at least 3%"
    ("pensions", r"\bpensions?\b|\bpensioners\b"),
    (
        "pay",
        r"\bsalar(?:y|ies)\b|\bwages?\b"
        r"|\bpay[ \t]+(?:rises?|increases?|raises?|hikes?|offers?|deals?|claims?|cuts?|freezes?)\b",
    ),
    # a disaster's damage told by sector: "agricultural damage was placed at P1.4 billion",
    # "infrastructure damage was estimated at P2.1 billion"
    (
        "farm damage",
        r"\b(?:agricultur(?:e|al)|crops?|farm)[ \t]+(?:damage|losses)\b"
        r"|\bdamage[ \t]+to[ \t]+(?:agriculture|crops|farms|farmland)\b",
    ),
    (
        "infrastructure damage",
        r"\binfrastructure[ \t]+(?:damage|losses)\b"
        r"|\bdamage[ \t]+to[ \t]+(?:infrastructure|roads|bridges)\b",
    ),
)
# the period a sum or a share is for: "third-quarter net income of $2.3 billion" / "for the
# full year ... about $8.9 billion"
_SPANS = _patterns(
    (
        "quarter",
        r"\b(?:first|second|third|fourth)[- \t]quarter\b|\bQ[1-4]\b|\bquarterly\b|\bthe[ \t]+quarter\b"
        r"|\b(?:January|April|July|October)[-–](?:March|June|September|December)\b"
        r"|\b(?:previous|prior|preceding)[ \t]+quarter\b|\bquarter[- \t]on[- \t]quarter\b"
        r"|\bon[ \t]+the[ \t]+quarter\b",
    ),
    ("half", r"\b(?:first|second)[- \t]half\b|\bhalf-year\b|\bsix[ \t]+months\b"),
    # a quarter's change told at a yearly rate: "an annualised expansion of 2.4%" is no
    # quarter-on-quarter "0.6%"
    ("annualized", r"\bannuali[sz]ed\b|\bannual[ \t]+(?:rate|pace|basis)\b"),
    (
        "year",
        r"\bfull[- \t]year\b|\bannual\b(?![ \t]+(?:rate|pace|basis))"
        r"|\bfor[ \t]+the[ \t]+(?:whole[ \t]+)?year\b|\bwhole[ \t]+year\b"
        r"|\byear[- \t]on[- \t]year\b",  # "Year on year, growth was 3.2%" / "0.8% quarter on quarter"
    ),
)


def _nearest(patterns: tuple[tuple[str, re.Pattern[str]], ...], before: str, after: str) -> str:
    """The name of the pattern found nearest before a figure, else right after it, or ""."""
    best, end = "", -1
    for name, pattern in patterns:
        for m in pattern.finditer(before):
            if m.end() > end:
                best, end = name, m.end()
    if best:
        return best
    for name, pattern in patterns:
        if pattern.search(after):
            return name
    return ""


# a prison term: "sentenced ... to 15 years in prison", "was jailed for 12 years"
_TERM_BEFORE = re.compile(
    r"(?i:\b(?:sentenced|jailed|imprisoned|locked[ \t]+up|term[ \t]+of|sentences?[ \t]+of)\b[^,;:.]{0,30}?"
    r"(?:to|for|of)?[ \t]+$)"
)
# the least time served before parole: "eligible for parole after (serving) six years", "a
# non-parole period of six years", "must serve at least 22 years", "a minimum term of 24 years",
# "serve five years before he can apply for parole"
_PAROLE_BEFORE = re.compile(
    r"(?i:\b(?:non-?parole[ \t]+period|minimum[ \t]+term|parole[ \t]+after(?:[ \t]+serving)?"
    r"|must[ \t]+serve(?:[ \t]+at[ \t]+least|[ \t]+a[ \t]+minimum[ \t]+of)?)[ \t]+(?:of[ \t]+)?$)"
)
_PAROLE_AFTER = re.compile(r"(?i:^[^.;]{0,40}?\b(?:before|until)\b[^.;]{0,30}?\bparole\b)")
# the span since a record, told by what it is a record of: "cut its rate by the most in more than
# two years", "the lowest level in nearly three years", "its biggest fall in a decade"
_SINCE_RECORD = re.compile(
    r"(?i:\b(?P<what>most|least|lowest|highest|biggest|largest|smallest|worst|best|fastest|slowest|strongest"
    r"|weakest|deadliest|hottest|coldest|wettest|driest)\b[^,;:.]{0,30}?\b(?:in|since)[ \t]+"
    r"(?:(?:more[ \t]+than|nearly|almost|about|over|at[ \t]+least)[ \t]+)?$)"
)
# the time a deed went on: "defrauding 23 clients over a period of seven years", "over the past
# three years"
_PERIOD_BEFORE = re.compile(
    r"(?i:\b(?:over|during|across|spanning)[ \t]+"
    r"(?:a[ \t]+period[ \t]+of|the[ \t]+(?:past|last|previous|course[ \t]+of))[ \t]+"
    r"(?:about[ \t]+|around[ \t]+|some[ \t]+|nearly[ \t]+|more[ \t]+than[ \t]+)?$)"
)
# a term asked for, not imposed: "Prosecutors had sought 20 years", "who had asked for 22 years",
# "had demanded a sentence of 12 years"
_SOUGHT_BEFORE = re.compile(
    r"(?i:\b(?:sought|seek(?:s|ing)?|asked[ \t]+for|demanded|requested|called[ \t]+for)[ \t]+"
    r"(?:(?:a|an)[ \t]+)?(?:(?:prison|jail)[ \t]+)?(?:(?:sentence|term)[ \t]+of[ \t]+)?$)"
)
# "in prison", "a nine-month suspended sentence", "a six-month jail term", "a five-year sentence"
_TERM_AFTER = re.compile(
    r"(?i:^[ \t]+(?:in[ \t]+(?:prison|jail)|behind[ \t]+bars|(?:suspended[ \t]+)?(?:prison|jail)[ \t]+"
    r"(?:terms?|sentences?)|(?:suspended[ \t]+)?sentences?\b(?![ \t]+(?:of|for)\b)))"
)


# the two ends of a day's temperatures: "an overnight low of -6.2C", "a daytime maximum of 11C"
_EXTREMES = _patterns(
    ("low", r"\b(?:low|lows|minimum|coldest|coolest)\b"),
    ("high", r"\b(?:high|highs|maximum|peak|peaked|hottest|warmest)\b"),
)


# a storm's winds told two ways, and its own movement: "gusts of 150 km/h", "sustained winds of
# 90 km/h", "moving north-west at 15 km/h"
_WINDS = _patterns(
    ("gust", r"\bgust(?:s|ing)?\b"),
    ("sustained", r"\bsustained\b|\bwinds?\b"),  # "winds of 185 kph": sustained, unless gusts
    ("movement", r"\b(?:moving|travell?ing|heading|headed|moved|advancing|crawling|drifting)\b"),
)


# what a distance measures, told right beside it: how far something fell, how deep or how high it
# lies, how long, wide or high a thing is, a zone's radius, a surge's height ("plunged some 300
# metres into the ravine", "at a depth of 10 km", "cruising at 36,000 feet", "about 5.8 metres
# long", "a one-mile evacuation zone", "a storm surge of up to 3 metres"). The words must touch
# the figure: a distance elsewhere in the clause measures something else.
_Q = r"(?:[ \t]+(?:down|over|off|some|about|around|nearly|almost|roughly|up[ \t]+to))*[ \t]+$"
_DISTANCES = _patterns(
    (
        "fall",
        r"\b(?:fell|fallen|falls?|falling|plunged|plunges?|plunging|plummet(?:ed|s|ing)?|tumbled|tumbling"
        r"|dropped|rolled|rolling|hurtled|hurtling|careered|careering|slid|sliding)" + _Q,
    ),
    (
        "depth",
        r"\bdepths?[ \t]+of"
        + _Q
        + r"|\b(?:drilled|dug|bored|sunk)[ \t]+(?:down[ \t]+)?to"
        + _Q
        + r"|^(?:[ \t]+|-)(?:deep\b|below[ \t]+(?:the[ \t]+)?(?:surface|ground|sea|seabed)\b"
        r"|beneath[ \t]+the[ \t]+(?:surface|ground|sea|seabed)\b|underground\b|under[ \t]+ground\b)",
    ),
    (
        "altitude",
        r"\b(?:altitude|elevation)[ \t]+of"
        + _Q
        + r"|\b(?:cruising|flying|orbiting)[ \t]+at"
        + _Q
        + r"|^(?:[ \t]+|-)(?:above[ \t]+(?:sea[ \t]+level|(?:the[ \t]+)?earth|(?:the[ \t]+)?ground)\b"
        r"|(?:km[ \t]+)?orbit\b)",
    ),
    ("height", r"\bheight[ \t]+of" + _Q + r"|^(?:[ \t]+|-)(?:high|tall|in[ \t]+height)\b"),
    ("length", r"\blength[ \t]+of" + _Q + r"|^(?:[ \t]+|-)(?:long|in[ \t]+length)\b"),
    ("width", r"\bwidth[ \t]+of" + _Q + r"|^(?:[ \t]+|-)(?:wide|in[ \t]+width)\b"),
    ("radius", r"\bradius[ \t]+of" + _Q + r"|^(?:[ \t]+|-)(?:radius|(?:exclusion|evacuation)[ \t]+zone)\b"),
    ("surge", r"\bsurges?(?:[ \t]+(?:of|reached|peaked[ \t]+at|was|rose[ \t]+to))?" + _Q),
)


# what happened in a minute of a match: "scored in the 112th minute" is a goal, "Tom Lennox's
# 107th-minute dismissal" a sending-off
_MATCH_EVENTS = _patterns(
    # which goal, when told: the one that levelled, won or opened the scoring ("equalised in the
    # 88th minute" / "his strike in the 116th minute won the cup final")
    ("equalising goal", r"\b(?:equali[sz](?:ed|er|ing)|levell?(?:ed|ing)|pulled[ \t]+level)\b"),
    ("winning goal", r"\b(?:winner|winning[ \t]+goal|settled|decided|clinched|won[ \t]+(?:the|it)\b)"),
    ("opening goal", r"\b(?:opener|opened[ \t]+the[ \t]+scoring)\b"),
    (
        "goal",
        r"\b(?:scor(?:ed|es|ing)|goals?|netted|header|strike|struck|tries|try|touchdown)\b",
    ),
    (
        "card",
        r"\b(?:dismissal|dismissed|sent[ \t]+off|sending[ \t-]+off|red[ \t]+card|yellow[ \t]+card|booked)\b",
    ),
    # not "Substitute Eirik Haugen then settled the final": a player so called
    ("substitution", r"\b(?:substituted|substitution|came[ \t]+on|replaced)\b"),
)


_GOAL = "goal"


# two sides of one vote, and two degrees of damage: "voted 214 in favour" / "97 delegates
# opposed"; "destroyed 1,200 houses" / "4,500 homes were partially damaged"
_COUNTED_AS = _patterns(
    ("for", r"\bin[ \t]+favou?r\b|\bvoted[ \t]+for\b|\bbacked[ \t]+by\b|\bsupported[ \t]+by\b"),
    ("against", r"\bagainst\b|\boppos(?:ed|ing)\b|\bvoted[ \t]+no\b"),
    ("abstained", r"\babstain(?:ed|ing|s)?\b|\babstentions?\b"),
    ("destroyed", r"\bdestroy(?:ed|s|ing)?\b|\bflattened\b|\brazed\b|\bcollapsed\b"),
    # flights cancelled against flights delayed
    ("cancelled", r"\bcancel(?:l?ed|l?ing|lations?)\b|\bscrapped\b|\bgrounded\b"),
    ("delayed", r"\bdelay(?:ed|s)?\b"),
    ("damaged", r"\bdamag(?:ed|es|ing)\b"),
    # the electorate against those who voted: "the roughly 1.45 million eligible voters" /
    # "Around 986,000 people voted", "2.5 million people eligible" / "2.44 million ... cast ballots"
    (
        "electorate",
        r"^[ \t]+(?:[\w'-]+[ \t]+)?(?:eligible|registered)\b|\b(?:electorate|registered[ \t]+voters)[ \t]+of"
        r"(?:[ \t]+(?:about|around|some|nearly|almost|roughly|more[ \t]+than|over))?[ \t]+$",
    ),
    ("voted", r"^[ \t]+(?:[\w'-]+[ \t]+){0,2}?(?:voted|cast[ \t]+(?:their[ \t]+)?(?:ballots?|votes?))\b"),
    # who was on board: "a bus carrying 52 passengers", "about 210 people were on board", "with
    # 162 people aboard"
    (
        "aboard",
        r"\b(?:carrying|carried|ferrying|transporting)(?:[ \t]+(?:about|around|some|nearly|almost|roughly"
        r"|more[ \t]+than|over|at[ \t]+least|up[ \t]+to))?[ \t]+$"
        r"|^[ \t]+(?:(?!(?:and|plus|or)\b)[\w'-]+[ \t]+){0,4}?(?:(?:were|was|are|had[ \t]+been)[ \t]+)?"
        r"(?:on[ \t]+board|aboard)\b",
    ),
)


def measure(clause_before: str, clause_after: str, family: str = "percent") -> str:
    """What a share or a sum measures, from the words of its clause ("turnout", "vote",
    "exports", ...), for a span "prison" when it is a prison term, for a temperature the end of
    the day's range it gives ("low", "high"); "" otherwise."""
    if family == "temperature":
        return _nearest(_EXTREMES, clause_before, "")
    if family == "speed":
        return _nearest(_WINDS, clause_before, "")
    if family == "count":
        return _nearest(_COUNTED_AS, clause_before, clause_after)
    if family == "ordinal":  # the minute of a match
        found = _nearest(_MATCH_EVENTS, clause_before, clause_after)
        if found == _GOAL:  # "his strike in the 116th minute won the cup final": which goal, told after
            return _nearest(_MATCH_EVENTS[:3], "", clause_after) or found
        return found
    if family == "distance":
        return _nearest(_DISTANCES, clause_before, clause_after)
    if family == "duration":
        if _PAROLE_BEFORE.search(clause_before) or _PAROLE_AFTER.match(clause_after):
            return "parole"  # the least time served before parole, not the sentence
        if _SOUGHT_BEFORE.search(clause_before):
            return "sought"  # "Prosecutors had sought 20 years": asked for, not imposed
        if _PERIOD_BEFORE.search(clause_before):
            return "period"  # "defrauding 23 clients over a period of seven years": no term
        record = _SINCE_RECORD.search(clause_before)
        if (
            record is not None
        ):  # "cut by the most in more than two years" / "the lowest level in nearly three years"
            return "record " + record.group("what").lower()
        term = _TERM_BEFORE.search(clause_before) or _TERM_AFTER.match(clause_after)
        return "prison" if term else ""
    return _nearest(_MEASURES, clause_before, clause_after)


# what a rate of change is measured against: "rose 0.6% between August and September" is a change
# on the month, "3.2% from a year earlier" on the year, "0.8% quarter on quarter" on the quarter
_MONTHS = "January|February|March|April|May|June|July|August|September|October|November|December"
_BASES = _patterns(
    (
        "month",
        r"\bmonth[- \t](?:on|over)[- \t]month\b|\bm/m\b|\bon[ \t]+the[ \t]+month\b"
        r"|\bfrom[ \t]+(?:the[ \t]+)?(?:previous|prior|preceding)[ \t]+month\b"
        r"|\bfrom[ \t]+a[ \t]+month[ \t]+earlier\b"
        rf"|\bbetween[ \t]+(?:{_MONTHS})[ \t]+and[ \t]+(?:{_MONTHS})\b",
    ),
    (
        "quarter",
        r"\bquarter[- \t](?:on|over)[- \t]quarter\b|\bq/q\b|\bon[ \t]+the[ \t]+quarter\b"
        r"|\bfrom[ \t]+(?:the[ \t]+)?(?:previous|prior|preceding)[ \t]+quarter\b",
    ),
    (
        "year",
        r"\byear[- \t](?:on|over)[- \t]year\b|\by/y\b|\bon[ \t]+the[ \t]+year\b"
        r"|\bannual\b(?![ \t]+(?:rate|pace|basis))"
        r"|\b(?:from|compared[ \t]+with|than)[ \t]+a[ \t]+year[ \t]+(?:earlier|ago|before)\b"
        r"|\bin[ \t]+the[ \t]+(?:year|12[ \t]+months)[ \t]+(?:to|through|ending)\b",
    ),
)


# core inflation, which leaves out the prices that swing most, against headline inflation
_PRICE_MEASURES = _patterns(
    (
        "core",
        r"\bcore[ \t]+(?:(?:consumer|producer)[ \t]+)?"
        r"(?:inflation|prices?|price[ \t]+index|CPI|PCE|PPI|HICP)\b"
        r"|\b(?:excludes?|excluding|strips?[ \t]+out|stripping[ \t]+out|minus)[ \t]+(?:the[ \t]+)?"
        r"(?:volatile[ \t]+|fresh[ \t]+)?(?:food|energy|fuel)\b",
    ),
    (
        "headline",
        r"\b(?:headline|overall|all-items)[ \t]+(?:(?:consumer[ \t]+)?(?:inflation|prices?|CPI|index))\b",
    ),
    # a part of the basket: "Food inflation hit 21.2%", "energy prices rose 9%"
    ("food", r"\bfood[ \t]+(?:price[ \t]+)?(?:inflation|prices?)\b"),
    ("energy", r"\b(?:energy|fuel|electricity)[ \t]+(?:price[ \t]+)?(?:inflation|prices?)\b"),
    ("services", r"\bservices?[ \t]+(?:price[ \t]+)?inflation\b"),
)


def core_measure(prefix: str, after: str) -> str:
    """The part of prices a share is told of: "core" inflation ("Core inflation, which strips
    out volatile food and energy costs, was 2.4 percent"), "food", "energy" or "services"
    prices, else "" (all of them): the nearest words before it that name a measure of prices,
    else those right after it."""
    # a part of the basket only before the share ("driven by food and energy prices" after it
    # tells why all prices rose)
    found = _nearest(_PRICE_MEASURES, prefix, "") or _nearest(_PRICE_MEASURES[:2], "", after)
    return "" if found == "headline" else found


def basis(prefix: str, after: str) -> str:
    """What a rate of change is measured against, when its sentence says: "month", "quarter" or
    "year" (the change on the month, the quarter, the year), else ""."""
    return _nearest(_BASES, prefix, after)


def span(prefix: str, after: str) -> str:
    """The period a figure is for ("quarter", "half", "year"), from its sentence, or ""."""
    return _nearest(_SPANS, prefix, after)


# an age set beside a name: "Jose Luis Orozco, 27", "Anthony LaCalamita III, a 38-year-old"
_APPOSITIVE = re.compile(
    rf"((?:[{UPPER}][\w'’.-]*[ \t]+){{0,3}}[{UPPER}][\w'’.-]*)[ \t]*,[ \t]*(?:(?:a|an|the)[ \t]+)?$"
)


# titles before a name, which one report gives and another leaves out ("Ms Marwick, 44" /
# "Helen Marwick, 45")
NAME_TITLES = frozenset(
    "mr mrs ms miss mx dr prof sir dame lord lady rev fr".split()
    + "sen rep gov gen col capt lt sgt cpl insp det supt".split()
)


# a name set after an age between commas: "A 31-year-old, Jerome Baptiste, faces a charge"
_APPOSITIVE_AFTER = re.compile(
    rf"[ \t]*,[ \t]*((?:[{UPPER}][\w'’.-]*[ \t]+){{1,3}}[{UPPER}][\w'’.-]*)[ \t]*,"
)


# an age written before the noun of a name set off after it: "the 61-year-old chief executive,
# Martin Vogel, told analysts"
_APPOSITIVE_AFTER_NOUN = re.compile(
    r"[ \t]+(?:[a-z][\w-]*[ \t]+){0,2}[a-z][\w-]*"
    rf"[ \t]*,[ \t]*((?:[{UPPER}][\w'’.-]*[ \t]+){{1,3}}[{UPPER}][\w'’.-]*)[ \t]*,"
)


def holder(before: str, after: str = "", before_noun: bool = False) -> frozenset[str]:
    """The lowercased words of the name an age stands beside ("Orozco, 27", "a 31-year-old,
    Jerome Baptiste,"), or set off after the noun an age is written before (`before_noun`: "the
    61-year-old chief executive, Martin Vogel,"), titles left out, or none."""
    m = (
        _APPOSITIVE.search(before)
        or _APPOSITIVE_AFTER.match(after)
        or (_APPOSITIVE_AFTER_NOUN.match(after) if before_noun else None)
    )
    if m is None:
        return frozenset()
    return frozenset(w for w in (w.lower().strip(".") for w in m.group(1).split()) if w not in NAME_TITLES)


# the name that opens a sentence, set off by a comma: "Margaret Ellis, who ran in the 1948
# Olympics, has died aged 104", "Ellis, who was 106, was ..."
_OPENING_NAME = re.compile(rf"[ \t]*((?:[{UPPER}][\w'’.-]*[ \t]+){{0,3}}[{UPPER}][\w'’.-]*)[ \t]*,")
# an age told of the sentence's subject: "... was 106", "has died aged 104", "died at 83"
_SUBJECTS_AGE = re.compile(
    r"\b(?:was|is)[ \t]+$|\b(?:died|dies)[ \t]+at[ \t]+(?:the[ \t]+age[ \t]+of[ \t]+)?$"
)
_DIED_BEFORE = re.compile(r"\b(?:died|dies|passed[ \t]+away)\b[^,;]*$")
# reported speech may give another person's age: "Smith, the coach, said the boy was 14"
_SPEECH = re.compile(r"\b(?:said|says|told|tells|according)\b|[\"“”]")


# words that open a sentence with a comma and are no name
_CONNECTIVES = frozenset(
    "however meanwhile instead separately still yet also now today yesterday tonight earlier later "
    "afterwards afterward nevertheless nonetheless furthermore moreover additionally overall initially "
    "finally indeed thus therefore besides otherwise similarly likewise again then there here sadly "
    "unfortunately fortunately importantly notably officially reportedly apparently previously "
    "currently recently eventually ultimately altogether elsewhere locally nationally internationally "
    "tragically remarkably surprisingly".split()
)


def opening_holder(sentence: str, start: int, text: str) -> frozenset[str]:
    """The lowercased words of the name that opens `sentence` when the age at `start` (written
    `text`) is told of it as the sentence's subject ("Ousmane Diallo, the kora virtuoso, has died
    aged 78", "Diallo, who died in Dakar on Monday, was 83"), or none. The opening words must be a
    name: a word that joins sentences ("However,") is none."""
    m = _OPENING_NAME.match(sentence)
    if m is None or m.end() > start:
        return frozenset()
    prefix = sentence[:start]
    if not (
        _SUBJECTS_AGE.search(prefix) or (text[:4].lower() == "aged" and _DIED_BEFORE.search(prefix))
    ) or _SPEECH.search(prefix, m.end()):
        return frozenset()
    words = [w.lower().strip(".") for w in m.group(1).split()]
    if any(w in STOPWORDS or w in MONTHS or w in WEEKDAYS for w in words):
        return frozenset()  # "On Tuesday, prosecutors played a tape of the girl when she was 14"
    words = [w for w in words if w not in NAME_TITLES]
    if not words or (len(words) == 1 and words[0] in _CONNECTIVES):
        return frozenset()  # "However, the boy was 14"
    return frozenset(words)


# a run of two or more capitalised words: a full name ("Josua Vakurunabili")
_FULL_NAME = re.compile(rf"[{UPPER}][\w'’.-]*(?:[ \t]+[{UPPER}][\w'’.-]*)+")
_THE_BEFORE = re.compile(r"(?i:\bthe[ \t]+)$")


def anaphor_holder(sentence: str, start: int) -> frozenset[str]:
    """The lowercased words of the one full name told before "the 26-year-old" standing for a
    person ("winger Josua Vakurunabili scored a hat-trick, and the 26-year-old was named player
    of the match"), or none: not when the sentence names two people before it, nor across
    reported speech ("Coach Ana Ruiz said the 19-year-old was ready" tells of someone else)."""
    prefix = sentence[:start]
    if not _THE_BEFORE.search(prefix):
        return frozenset()
    runs = []
    for m in _FULL_NAME.finditer(prefix):
        words = [w.lower().strip(".") for w in m.group(0).split()]
        while words and (words[0] in STOPWORDS or words[0] in NAME_TITLES):
            words.pop(0)
        if len(words) >= 2 and not any(w in MONTHS or w in WEEKDAYS for w in words):
            runs.append((m.end(), words))
    if len(runs) != 1 or _SPEECH.search(prefix, runs[0][0]):
        return frozenset()
    return frozenset(runs[0][1])


# what an election gives, which a poll only foretells
_RESULTS = frozenset({"vote", "turnout"})
_POLL_STEMS = frozenset(stem(w) for w in ("poll", "pollster", "survey", "surveyed"))


def polled(fig: Figure) -> bool:
    """A share from a poll or survey, named or not ("when one survey gave her 44 per cent", "43
    percent in a Reuters/Ipsos survey"); not "98 percent of polling stations counted"."""
    return bool(fig.poll or fig.after & _POLL_STEMS)


def poll_against_result(a: Figure, b: Figure) -> bool:
    """A poll's share against an election's result ("one survey gave her 44 per cent" / "taking
    41.3 per cent of the vote"): two figures."""
    if polled(a) == polled(b):
        return False
    return (b if polled(a) else a).measure in _RESULTS
