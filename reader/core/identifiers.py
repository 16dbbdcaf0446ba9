"""Numbers that are names, not figures: "COVID-19", "F-16", "G7", "Boeing 737", "No. 2",
"Article 5", "AK 47", "10 Downing Street", "iOS 6", telephone numbers and codes.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from functools import lru_cache

from reader.core import dates
from reader.core.atoms import (
    DURATION,
    FUNCTION_CAPS,
    GROUP_OF,
    LETTER_HYPHEN,
    MEASURE,
    PERCENT,
    POINTERS,
    Atom,
    title_case,
)
from reader.core.contests import is_storm_category, tally_after
from reader.core.nouns import counted_noun_after

_IDENT_PREFIX = re.compile(
    r"(?:^[ \t]*(?:UPDATE|CORRECTED|REFILE)[ \t]+|\b(?:No|Nos|no|nos|Number|Art|Sec)\.?[ \t]*|#[ \t]*"
    r"|\b(?:Article|Section|Chapter|Flight|Route|Interstate|Highway|Boeing|Airbus|Apollo|Room|Gate|Terminal"
    r"|Platform|Phase|Stage|Proposition|Prop|Amendment|Resolution|Bill|Precinct|District|Ward|Unit|Model"
    r"|Version|Windows|iPhone|Galaxy|Type|Class|Category|Grade|Page|Paragraph|Rule|Exhibit|Channel"
    r"|IE|Explorer|Firefox|Chrome|Safari|Android|iOS|Server"  # a version: "IE 5.01", "Windows Server 2008"
    r"|Track|Episode|Season|Volume|Vol|Issue|Lot|Pier|Dock|Suite|Apartment|Block|Seat|Lane|Exit|Pad"
    r"|Battalion|Brigade|Division|Regiment|Squadron|Corps|Level|Code|Title|Item|Question|Figure|Table"
    r"|Step|Form|Line|Bus|Train|Station|Road|Street|Avenue|Square|Terminal|Gen|Mk|Mark|Super[ \t]+Bowl"
    r"|Air[ \t]+Force|Catch|Fahrenheit|Pentium|Russell|FTSE|Nikkei|Stoxx|DAX|CAC|Sensex|Nifty|ASX|Fortune"
    r"|Box|Vision|Agenda|Studio|(?:\b[Tt]he|['’]s)[ \t]+Top"  # "the JSE's Top 40 index"
    r"|Voyager|Pioneer|Falcon|Sputnik|PCIe|USB|Bluetooth|HDMI|Wi-?Fi"  # "Voyager 1", "USB 3.0"
    r"|(?i:version|v\.)|exit|resolution|section|article|chapter|clause|paragraph"
    r"|(?i:runway|gate|platform|pier|berth|bay|hangar|terminal|page"  # "on page 20 of his copy"
    r"|junctions?|mile[ \t]+markers?|mile-?posts?|tier))"  # "the common equity tier 1 ratio"
    r"[ \t]+)$"
)
# a level named by a number word: "Form Four", "Standard Eight", "Grade Six", "Phase Three"
_LEVEL_BEFORE = re.compile(r"\b(?:Form|Grade|Class|Stage|Phase|Standard|Level|Category|Tier)[ \t]+$")
_ADDRESS_AFTER = re.compile(
    r"[ \t]+(?:(?:[NSEW]\.|North|South|East|West)[ \t]+)?"  # "200 W. American Blvd."
    r"(?:[A-Z][a-z]*(?:['’]?[A-Z][a-z]+)?[ \t]+){1,2}"  # "505 LaGuardia Place", "12 O'Connell Street"
    r"(?:(?:Street|Avenue|Ave|Road|Rd|Boulevard|Blvd|Lane|Drive|Place|Way|Terrace|Parkway"
    r"|Pkwy|Highway|Hwy|Square|Plaza|Crescent)\b|St\.)"  # "41 Orchard St. at 4:17 a.m."
    r"|[ \t]+block[ \t]+of[ \t]+(?:[A-Z]|\d)"  # "the 12200 block of 223rd Street": an address
)
_MODEL_PART = re.compile(r"\d+[-–]$")
# the letters and digits after a year that name a minor planet: "2024 YR4"
_DESIGNATION_AFTER = re.compile(r"[ \t]+[A-Z]{1,2}\d{0,3}\b")
_SKY_OBJECT_BEFORE = re.compile(r"(?i:\b(?:asteroid|comet|minor[ \t]+planet|object|space[ \t]+rock)[ \t]+)$")
# makers whose models carry numbers: "Boeing 737-800", "Airbus 330-200", "Tupolev 154"
_MAKER_BEFORE = re.compile(r"\b(?:Boeing|Airbus|Embraer|Bombardier|Tupolev|Antonov|Ilyushin|Cessna)[ \t]+$")
_MODEL_VARIANT = re.compile(r"-[1-9]\d{2}\b(?!-)")  # "72-500", "A330-300": a variant of a model
# cricket's one-day format: "his 50th one-day international century", "the one-day series"
_WHEELER = re.compile(r"(?i:-wheelers?\b)")
_ONE_DAY_FORMAT = re.compile(
    r"(?i:-day[ \t]+(?:internationals?|series|cricket|cup|format|sides?|squads?|captain|leagues?)\b)"
)
# "the two-party system", "a two-party-preferred vote": a kind of politics, no count of parties
_PARTY_SYSTEM = re.compile(r"(?i:-party[ \t-]+(?:preferred|system|politics|state|rule|divide|duopoly)\b)")
# a football play's down and distance ("1st-and-10", "third-and-goal")
_DOWN_AND = re.compile(r"(?i:\b(?:1st|2nd|3rd|4th|first|second|third|fourth)-and-)$")
_ZERO_NAME_BEFORE = re.compile(r"(?i:\b(?:ground|patient|year|triple)[ \t]+)$")  # "calls to triple zero"
_ZERO_NAME_AFTER = re.compile(r"(?i:[ \t-]+(?:tolerance|sum)\b)")
_POINT_ZERO = re.compile(r"\d+\.0")
# a name right before a number, inside a sentence or a quote ("the handle “Guccifer 2.0”")
_NAME_RIGHT_BEFORE = re.compile(r"(?:(?<=[a-z,])[ \t]+|[“\"‘'(])(?P<name>[A-Z][a-z]+)[ \t]+$")
# a model's series after its number: "a 737 MAX 9 jet", "the 737 Max fleet"
_SERIES_AFTER = re.compile(r"[ \t]+(?:MAX|Max)\b")
_YEAR_DASH = re.compile(r"(?:19|20)\d\d[-–]$")
# "1min 08sec": the seconds of a time written in minutes and seconds keep their zero
_SECONDS_AFTER_MINUTES = re.compile(r"(?i:secs?\b|s\b)")
_MINUTES_BEFORE = re.compile(r"(?i:\d[ \t]*(?:mins?|minutes?|m)[ \t]*)$")
_JOINED_NUMBER = re.compile(r"[ \t]*(?:-|–|to)[ \t]*\d")
_PREV_WORD = re.compile(r"(?P<word>[A-Za-z][\w'.]*)[ \t]+$")
_SHORT_CAPS = re.compile(r"[A-Z]{1,4}")
_WORD_PREFIX = re.compile(
    r"(?i:\b(?:mid|pre|post|early|late|over|under|magnitude|minus|negative)-|\d-(?:of|to)-"
    r"|\b(?:first|second|third|fourth|1st|2nd|3rd|4th)-and-)$"
)  # "mid-2014"; "15-of-22 shooting"; "minus-20 degree temperatures"
_CAMEL_BEFORE = re.compile(r"\b[a-z]+[A-Z][A-Za-z]*[ \t]+$")  # "iOS 6", "iPhone 5"
_PHONE = re.compile(
    r"(?:(?:\+|\b)\d{1,3}[ \t.-]?)?\(?\b\d{3}\)?[ \t.-]\d{3}[ \t.-]\d{4}\b|\+\d[\d \t.-]{6,}\d"
    r"|\b0\d{1,4}[ \t.-]\d{3,4}[ \t.-]?\d{3,4}\b"  # "020 7946 0000"
)
# "Dial 911", "called 999": a number dialled is a code when no noun follows it
_CALL_BEFORE = re.compile(
    r"(?i:\b(?:call(?:s|ed|ing)?|dial(?:s|ed|led|ing|ling)?|phoned?|text(?:ed)?)[ \t]+)$"
)
_CALL_ON = re.compile(r"(?i:\b(?:call(?:s|ed|ing)?|phone|ring|contact)\b[^.;!?]{0,60}\bon[ \t]+)$")
_EMERGENCY_CALL = re.compile(
    r"(?:911|999)[ \t]+(?i:calls?|callers?|dispatchers?|operators?|lines?|system|center|centre)\b"
)
_CALIBER_AFTER = re.compile(r"(?i:[ \t]*-?[ \t]*(?:caliber|calibre|cal\.|magnum)(?!\w))")
# "Conference ID: 24256919", "quoting reference 4521", "quoting incident 245 of 12 May"
_CODE_BEFORE = re.compile(
    r"(?i:\b(?:ID|PIN|code|number|passcode|extension|ext\.?|reference|ref\.?|incident|log)[ \t]*[:#]?[ \t]*)$"
)


def _in_phone_number(text: str, atom: Atom) -> bool:
    """Whether the number is part of a telephone number ("+1 877 268 9324")."""
    return any(start <= atom.start < end for start, end in _phone_spans(text))


@lru_cache(maxsize=256)
def _phone_spans(text: str) -> tuple[tuple[int, int], ...]:
    return tuple((m.start(), m.end()) for m in _PHONE.finditer(text))


# verbs a Title Case headline puts before a number, in their plain form ("Socialists Take 9 Of 14
# Regions"); their -s forms are told by `_VERB_S`
_HEADLINE_VERBS = frozenset(
    "take kill wound injure hurt win lose beat hit cut add shed gain top pass reach get hire fire arrest"
    " seize rescue save sign score send deploy evacuate free release jail sentence charge claim leave"
    " name see face need expect".split()
)
_VERB_S = re.compile(r"[A-Z][a-z]+[^s\W]s")  # "Kills", "Leaves", "Claims": not "Windows" (listed), "Bass"
_VERB_ED = re.compile(r"[A-Z][a-z]{2,}ed")  # "Downed", "Killed", "Arrested": a headline's past tense


# a verb before a name the figure is given to or taken from ("docked Everton 10 points")
_VERB_BEFORE = re.compile(r"\b(?:[a-z]+ed|gave|gives?|owes?|paid|pays?|sent|lent|cost|costs)[ \t]+$")


_NAME_WORDS_END = re.compile(r"(?:[A-Z][\w'’.-]*[ \t]+){1,2}$")


def _given_to_name(before_name: str, text: str, atom: Atom) -> bool:
    """A past-tense verb, a name, then a count of a plural noun: "The Premier League docked
    Everton 10 points", "handed Chelsea 3 points", "gave Smith 20 dollars"."""
    verb = _VERB_BEFORE.search(_NAME_WORDS_END.sub("", before_name))  # "gave New Centre 34 seats"
    if verb is None or atom.low < 2:
        return False
    noun = counted_noun_after(text, atom.end)
    return bool(noun) and noun.endswith("s")


# three or more digits joined by hyphens: a name ("the 8-4-4 system", "4-4-2", "9-1-1"), not a
# tally or a range; a boxer's record has larger numbers ("45-7-2")
# a fertiliser's grade of three numbers is a name too ("10-34-0 starter fertilizer")
_HYPHEN_CHAIN = re.compile(
    r"(?<![\d.,-])\d(?:-\d){2,}(?![\d.,-])"
    r"|(?<![\d.,-])\d{1,2}(?:-\d{1,2}){2}(?![\d.,-])(?=(?:[ \t]+\w+)?[ \t]+(?i:fertili[sz]ers?)\b)"
)


# a code of letters and digits joined by hyphens, before its last part: "JADES-GS-z14-"
_CODE_HYPHEN = re.compile(r"\b[A-Za-z][A-Za-z0-9]*\d-$")


@lru_cache(maxsize=64)
def _hyphen_chains(text: str) -> tuple[tuple[int, ...], tuple[int, ...]]:
    """The starts and ends of the chains of digits in `text` ("8-4-4"), found once a text."""
    spans = [m.span() for m in _HYPHEN_CHAIN.finditer(text)]
    return tuple(start for start, _ in spans), tuple(end for _, end in spans)


def _in_hyphen_chain(text: str, pos: int) -> bool:
    starts, ends = _hyphen_chains(text)
    k = bisect_right(starts, pos) - 1
    return k >= 0 and pos < ends[k]


# one side of a list of three or more, each a name and its count: "Labour 410, Conservatives 131,
# Lib Dems 61, Reform 13", "Democrats 47, Republicans 51 and independents 2"
_NAMED_COUNT = re.compile(
    r"(?<![\w-])[A-Z][\w.'’&-]*(?:[ \t]+[A-Z][\w.'’&-]*){0,2}[ \t]+(?P<n>\d{1,4})(?![\w.,:/-]?\d|[\w-])"
    r"(?=[ \t]*(?:[,;.)]|$|[ \t]+and[ \t]))"
)


def _in_named_tally(text: str, atom: Atom) -> bool:
    """Whether the number is one count of a list of three or more names and their counts."""
    return atom.start in _named_counts(text)


@lru_cache(maxsize=64)
def _named_counts(text: str) -> frozenset[int]:
    """Where the counts of such a list start in `text` (none when fewer than three): read once
    a sentence, not once for each of its numbers."""
    found = frozenset(m.start("n") for m in _NAMED_COUNT.finditer(text))
    return found if len(found) >= 3 else frozenset()


def is_identifier(text: str, atom: Atom) -> bool:
    """ "COVID-19", "F-16", "G7", "Boeing 737", "No. 2", "Article 5", "AK 47", "10 Downing Street"."""
    if is_storm_category(text, atom, text[max(0, atom.start - 20) : atom.start]):
        return False  # "as a Category 4 storm": a figure of the story, not a level's name
    if _PARTY_SYSTEM.match(text, atom.end):
        return True  # "a two-party-preferred basis", "the two-party system": a kind of politics
    if _DOWN_AND.search(text, max(0, atom.start - 8), atom.start):
        return True  # "2nd-and-10 – Charles up middle for 2 yards": the play's down, no figure
    if text[atom.start : atom.end].lower() == "zero" and (
        _ZERO_NAME_BEFORE.search(text, max(0, atom.start - 10), atom.start)
        or _ZERO_NAME_AFTER.match(text, atom.end)
    ):
        return True  # "Ground zero is hallowed ground", "zero tolerance": names, not a count of none
    if (
        _POINT_ZERO.fullmatch(text, atom.start, atom.end)
        and (name := _NAME_RIGHT_BEFORE.search(text, max(0, atom.start - 30), atom.start)) is not None
        and name.group("name").lower() not in FUNCTION_CAPS
        and not (
            PERCENT.match(text, atom.end) or MEASURE.match(text, atom.end) or DURATION.match(text, atom.end)
        )
    ):
        return True  # "the handle Guccifer 2.0", "Web 2.0": a version in a name (not "Sensex 2.0% lower")
    if _WHEELER.match(text, atom.end):
        return True  # "a two-wheeler", "an 18-wheeler": a kind of vehicle
    if text[atom.start : atom.end].lower() in ("one", "1") and _ONE_DAY_FORMAT.match(text, atom.end):
        return True  # "a one-day international": a kind of match, not a span
    if text[atom.start : atom.end].isalpha() and _LEVEL_BEFORE.search(
        text, max(0, atom.start - 20), atom.start
    ):
        return True  # "Form Four candidates", "a Category Five storm", "Phase Three trials": a level's name
    if not atom.plain_int and not (atom.precise and atom.currency is None and not atom.scaled):
        return False
    if atom.plain_int and _in_hyphen_chain(text, atom.start):
        return True  # "the old 8-4-4 system", "a 4-3-3 formation": a name, not a score
    before = text[max(0, atom.start - 40) : atom.start]
    if LETTER_HYPHEN.search(before) and not _WORD_PREFIX.search(before):
        return True
    if _CODE_HYPHEN.search(before):
        return True  # "the galaxy JADES-GS-z14-0": the last part of a code of letters and digits
    if _IDENT_PREFIX.search(before):
        # "Senate Passes ... Bill 69-30": a vote, not a bill's number; but a maker's model and its
        # variant are never a vote ("The Boeing 737-800 ... lost contact")
        if _MAKER_BEFORE.search(before) and _MODEL_VARIANT.match(text, atom.end):
            return True
        return not tally_after(text, atom.end)
    model = _MODEL_PART.search(before)
    if model is not None and _IDENT_PREFIX.search(before, 0, model.start()):
        dash = atom.start - (len(before) - model.end() + 1)
        return not tally_after(text, dash)  # the "800" of "Boeing 737-800"
    if _CAMEL_BEFORE.search(before) or _CODE_BEFORE.search(before) or _in_phone_number(text, atom):
        return True  # "iOS 6", "+1 877 268 9324", "Conference ID: 24256919"
    if _CALIBER_AFTER.match(text, atom.end):
        return True  # "a .22-caliber rifle"
    if atom.plain_int and _SERIES_AFTER.match(text, atom.end):
        return True  # "a 737 MAX 9 jet"
    if (
        atom.plain_int
        and atom.end - atom.start == 4
        and _DESIGNATION_AFTER.match(text, atom.end)
        and _SKY_OBJECT_BEFORE.search(text, max(0, atom.start - 24), atom.start)
    ):
        return True  # "asteroid 2024 YR4": a minor planet's designation, no year
    if (
        atom.plain_int
        and atom.end - atom.start >= 2
        and text[atom.start] == "0"
        and not _YEAR_DASH.search(text, max(0, atom.start - 6), atom.start)
        and not (
            _SECONDS_AFTER_MINUTES.match(text, atom.end)
            and _MINUTES_BEFORE.search(text, max(0, atom.start - 12), atom.start)
        )
    ):
        return True  # "0800", "020", "Schalke 04": a leading zero writes a code ("2008-09" is a season)
    if GROUP_OF.search(before):
        return True  # "Group of 20" is the G20
    if atom.plain_int and _MODEL_VARIANT.match(text, atom.end) and atom.low < 1000:
        prev = _PREV_WORD.search(before)
        if prev is not None and _SHORT_CAPS.fullmatch(prev.group("word")) and prev.group("word") != "US":
            return True  # "an ATR 72-500 turboprop": a maker's letters, a model and its variant
    if not atom.plain_int or _JOINED_NUMBER.match(text, atom.end):
        return False
    if (
        _CALL_BEFORE.search(before) or _CALL_ON.search(text, max(0, atom.start - 80), atom.start)
    ) and not counted_noun_after(text, atom.end):
        return True  # "Dial 911 in an emergency", "call Crimestoppers on 0800 555 111 or police on 101"
    if _EMERGENCY_CALL.match(text, atom.start):
        return True  # "a 911 call", "999 operators"
    if POINTERS.match(text, atom.end):
        return True  # "made 11 of 25 3-pointers": the kind of shot, not a count
    if _ADDRESS_AFTER.match(text, atom.end):
        return True
    if atom.end - atom.start >= 8 and not dates.MONTHS.get(text[atom.end : atom.end + 4].strip().lower()[:3]):
        return True  # seven digits or more with no separators: a code, not a count
    prev = _PREV_WORD.search(before)
    if prev is None:
        return False
    word = prev.group("word")
    if word.endswith(("'s", "’s", "s'", "s’")):
        return False  # "Romney's 206", "the Sixers' 1983 title team"
    if _SHORT_CAPS.fullmatch(word) and word not in ("I", "A", "US", "USD", "EUR", "GBP"):
        return True  # "AK 47", "MH 17", "F 16"
    if not word[0].isupper() or word.lower().rstrip(".") in FUNCTION_CAPS:
        return False
    if word.rstrip(".").lower()[:3] in dates.MONTHS or word.lower().endswith("day"):
        return False
    if _in_named_tally(text, atom):
        return False  # "Exit poll: Labour 410, Conservatives 131, Lib Dems 61": each side's count
    # a proper noun straight before a bare number, inside the sentence: "Boeing 737", "Interstate 95"
    if prev.start() == 0 and not before[: prev.start()].strip():
        return False
    if 1900 <= atom.low <= 2099 and atom.end - atom.start == 4:
        return False  # "London 2012", "Christmas 2015": a year after a name is still a year
    if (
        _VERB_S.fullmatch(word) or _VERB_ED.fullmatch(word) or word.lower() in _HEADLINE_VERBS
    ) and title_case(text):
        return False  # "Quake Kills 5 In Iran", "Gunmen Kill Six, Wound 14": a headline's verb
    if _given_to_name(before[: prev.start()], text, atom):
        return False  # "docked Everton 10 points", "fined Smith 20,000 euros": the name is an object
    return not (
        PERCENT.match(text, atom.end) or MEASURE.match(text, atom.end) or DURATION.match(text, atom.end)
    )
