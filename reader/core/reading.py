"""One number read in its context: what follows it (a currency, a percent sign, a unit of
measure or of time, an age marker), what stands before it (an approximation, "between", a
magnitude or a minus sign), a second number that makes a range or a vote tally, and the noun it
counts (tallies and magnitudes: `reader.core.contests`). `read_numbers` turns the atoms of
`reader.core.atoms` into typed quantities; `reader.core.quantities` calls it after the dates,
times and decades.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import replace

from reader.core import currencies, numwords
from reader.core.atoms import DIGITS, DURATION, PERCENT, Atom
from reader.core.contests import is_magnitude, is_storm_category, is_tally, shares_of_a_contest
from reader.core.identifiers import is_identifier
from reader.core.model import Quantity
from reader.core.nouns import DEMONYM_END, DEMONYMS, count_unit, counted_noun_after, word_set
from reader.core.qualifiers import (
    QUALIFIER_AFTER,
    apply_qualifier,
    apply_span_qualifier,
    qualifier_before,
    quantity_at,
)
from reader.core.temporal import COLD_WORDS
from reader.core.unit_words import pounds_of_money, pounds_of_stuff, unit_after

_ANY_DIGIT = re.compile(r"\d")

# "He was 77.", "since I was nine": a person's age
_PERSON_WAS = re.compile(r"(?i:\b(?:he|she|i|who)[ \t]+(?:was|is|turned|turns)[ \t]+)$")
_CLAUSE_END = re.compile(r"[ \t]*(?:[.,;:!?)\]—–\"”']|$|[ \t]+(?:and|when|at[ \t]+the[ \t]+time)\b)")
# "Soyinka ... turned 90 on July 13", "the Queen turns 96 this week": whoever turns a whole
# number that closes its clause or is followed by when, turns that age
_TURNED = re.compile(r"(?i:\b(?:turned|turns|turning)[ \t]+)$")
_TURNED_AFTER = re.compile(
    rf"{_CLAUSE_END.pattern}|(?i:[ \t]+(?:on|in|this|last|next|earlier|today|yesterday|years?[ \t]+old)\b)"
)
# a name and a bracket before a number: "Priya Nair (34)" gives her age, as UK, Irish and Indian
# outlets write it; not in a game's line, where it may be a minute or a score ("Smith (23)")
_NAME_BRACKET = re.compile(r"\b[A-Z][a-z]+[ \t]+\($")
_GAME_WORDS = re.compile(
    r"(?i:\b(?:goals?|scored|scorers?|minutes?|points?|pens?|penalty|tries|wickets?|runs)\b)"
)
_HYPHEN_NOUN = re.compile(r"-(?P<noun>[a-z]{3,})\b")
_AGE_BEFORE = re.compile(
    r"(?i:\b(?:aged|ages?|ages?[ \t]+(?:of|(?:for[ \t]+[\w'’-]+[ \t]+)?(?:from|to))"
    r"|at[ \t]+the[ \t]+age[ \t]+of|(?:died|dies|die|dead)[ \t]+at)"
    r"[ \t]+(?:\d{1,3}(?:[ \t]*,[ \t]*\d{1,3})*[ \t]*(?:,|and|or)[ \t]+)?)$"  # "aged 19 and 21"
    # "raise the retirement age from 60 to 65": both ends of the change are ages
    r"|(?i:\bages?[ \t]+(?:for[ \t]+[\w'’-]+[ \t]+)?from[ \t]+\d{1,3}[ \t]+to[ \t]+)$"
)
# "dies in U.S. prison at 77": the age at death, a few words after the verb
# the age closes its clause, or a place follows: "died Thursday at 85 in Los Angeles"
_AGE_ENDS = re.compile(rf"{_CLAUSE_END.pattern}|[ \t]+in[ \t]+[A-Z]")
# a name, a clause about the person, then "was N": "Diallo, who died in Dakar on Monday, was 83"
# a person's full name right before "was": "Brimin Kiprotich was 26." (two capitalised words,
# neither an article: not "The Toll was 26")
_FULL_NAME_WAS = re.compile(
    r"\b(?!(?:The|A|An|This|That|Its|His|Her|Their)\b)[A-Z][a-z]+[ \t]+(?:[A-Z][a-z]+[ \t]+)?"
    r"(?!(?:The|A|An)\b)[A-Z][a-z][\w'’-]*[ \t]+(?:was|is)[ \t]+$"
)
_NAME_WHO_WAS = re.compile(r"\b[A-Z][a-z][\w'’-]*,[ \t]+who\b[^,;:]*,[ \t]*(?:was|is)[ \t]+$")
# "At 52, Tane becomes ...": an age that opens the sentence, its person right after
_AT_START = re.compile(r"[\"“‘']?(?i:at|aged)[ \t]+")
_PERSON_AFTER = re.compile(r"[ \t]*,[ \t]*(?:[A-Z][a-z][\w'’-]*|he|she|they)\b")
# a count set at a figure: "put the number of troops who died in Monday's ambush at 18"
_PUT_AT = re.compile(
    r"(?i:\b(?:put|puts|putting|placed|places|placing|estimated|estimates|set|sets)[ \t]+(?:the|its|their)"
    r"[ \t]+(?:death[ \t]+|final[ \t]+|official[ \t]+)?(?:toll|number|figure|count|total|tally)\b)"
)
_PUT_AT_OF = re.compile(
    r"(?i:\b(?:toll|number|figure|count|total|tally)[ \t]+of[ \t]+(?:the[ \t]+)?(?P<noun>[a-z]+)"
    r"(?P<rest>[^.;]*)\bat[ \t]+(?:about[ \t]+|around[ \t]+|some[ \t]+)?$)"
)
_PUT_DEAD = re.compile(r"(?i:\b(?:died|killed|dead|perished)\b)")


def _put_at_unit(text: str, start: int) -> str:
    """The counted noun of a count set at a figure: "put the number of troops who died in
    Monday's ambush at 18" counts troops killed; "" for any other count."""
    window = text[max(0, start - 100) : start]
    if not _PUT_AT.search(window):
        return ""
    m = _PUT_AT_OF.search(window)
    if m is None:
        return ""
    return m.group("noun") + (" killed" if _PUT_DEAD.search(m.group("rest")) else "")


_DIED_AT = re.compile(r"(?i:\b(?:died|dies|die)\b[^;:\d]{0,40}\bat[ \t]+)$")
_RATE_BEFORE = re.compile(
    r"(?i:\b(?:rate|share|percentage|proportion)\b(?:[ \t]+[a-z]+){0,2}"
    r"[ \t]+(?:was|is|of|at|to|were|stood[ \t]+at)[ \t]+)$"
)
# a rate told against a base of its own: "a rate of 5 per 100,000 people", "3.2 per 1,000 births"
_PER_BASE = re.compile(
    r"(?i:[ \t]+per[ \t]+(?:\d|(?:one|a|hundred|thousand|million|capita|head)\b)"
    r"|[ \t]+mills\b)"  # "a tax rate of 18.5 mills": dollars per $1,000 of value, no percent
)
_NAME_COMMA = re.compile(r"[A-Za-z][\w'.-]+,[ \t]*$")
_AFTER_COMMA = re.compile(r"[ \t]*[,)]")
# "killing Benjamin David Banky, 40.": a name, a comma and a number closing the sentence
_CAP_NAME_COMMA = re.compile(r"\b[A-Z][a-z][\w'.-]*,[ \t]*$")
_SENTENCE_END = re.compile(r"[ \t]*\.(?:[ \t]|$)|[ \t]*$")
# "In 2010, 300 ...", "On Tuesday, 12 ...": a comma after a place or a time is no age
_PLACE_OR_TIME_COMMA = re.compile(
    r"(?i:\b(?:in|on|since|of|at|by|and|than|from|to|with|about|around|for)[ \t]+[\w'.-]+,[ \t]*)$"
)

# Approximations written before or after a number.
# "40-60", "40 to 60", "between 40 and 60", and a suspended hyphen: "a 40- to 60-hour course"
_RANGE_JOIN = re.compile(
    r"[ \t]*(?:[-–][ \t]+(?=to)|)(?:-|–|—|to|through|or)[ \t]*$|[ \t]+and[ \t]+$|-to-$"  # "a 2-to-1 margin"
)
_BETWEEN = re.compile(r"(?i:\b(?:between|from)[ \t]+)$")
# "cut by 10 to 15 percent": a range of the change ("rose by 1,200 to 15,400": the change, then the level)
_BY = re.compile(r"(?i:\bby[ \t]+)$")
_FROM_RIGHT_BEFORE = re.compile(r"(?i:\bfrom[ \t]+)$")
_RANGING = re.compile(r"(?i:\b(?:rang(?:e|es|ed|ing)|vary|varying|varied|anywhere)\b)")
# "approved the budget by 301 votes to 256": a tally with its noun after the first number
_VOTES_TO = re.compile(r"(?i:[ \t]+votes[ \t]+to[ \t]+)$")
_CHANGE = re.compile(
    r"(?i:\b(?:rose|rise|risen|rises|rising|fell|fall|falls|fallen|falling|increas(?:e|ed|es|ing)"
    r"|decreas(?:e|ed|es|ing)|climb(?:s|ed|ing)?|dropp(?:ed|ing)|drops?|jump(?:s|ed|ing)?|grow(?:s|n|ing)?|grew"
    r"|cut|rais(?:e|es|ed)|reduced?|boosted|lowered|went|surg(?:e|es|ed|ing)|plung(?:e|es|ed|ing)|slipped|soar(?:s|ed|ing)?"
    r"|lift(?:s|ed|ing)?|hik(?:e|es|ed|ing)|(?:go|goes|going)(?![ \t]+through\b)"  # "go through": undergo
    r"|extend(?:s|ed|ing)?|chang(?:e|es|ed|ing)|shift(?:s|ed|ing)?"
    r"|expand(?:s|ed|ing)?|shr[ai]nk(?:s|ing)?|revised|raising|lowering|cutting|bringing|up|down|moved"
    r"|doubl(?:e|ed|es|ing)|tripl(?:e|ed|es|ing)|swell(?:s|ed|ing)?|balloon(?:s|ed|ing)?|widen(?:s|ed|ing)?"
    r"|narrow(?:s|ed|ing)?)\b)"
)
# "up from a previous forecast of $5.10 to $5.35": a range, whatever changed before it
_POINTS_BETWEEN = re.compile(r"(?i:\bpoints?\b)")
_OF_RIGHT_BEFORE = re.compile(r"(?i:\bof[ \t]+)$")
# "prices rose 3 to 4 percent": the change told as a range, as after "by"
_CHANGE_RIGHT_BEFORE = re.compile(rf"{_CHANGE.pattern}[ \t]+$")
_CHANGE_FROM = re.compile(rf"{_CHANGE.pattern}(?:[ \t]+[a-z]+)?[ \t]+from[ \t]+$")  # "grew sharply from"
# "5 feet 11 inches", "5-foot-11", "6ft 2in": a height in feet and inches
_INCHES_AFTER = re.compile(
    r"(?:[ \t]+|[ \t]*-[ \t]*)(?P<inches>1[01]|[0-9](?:\.5)?)(?![\d.,]\d|[ \t]*(?:%|-))"
    r"(?:[ \t]*(?:inches|inch|in\b|\"|”|''))?"
    # "the six-foot-five champ": in words, hyphenated
    r"|-(?P<word>(?i:one|two|three|four|five|six|seven|eight|nine|ten|eleven))\b(?!-)"
)
# "minus 20", "-5C" ("plus or minus 2 percentage points" is a margin, no sign)
_DIGIT_OR_NAME_END = re.compile(r"(?:\d|\b[A-Z][\w-]*)[ \t]*$")
_MINUS_GLUED = re.compile(r"(?i:\b(?:minus|negative)-)$")
_MINUS_BEFORE = re.compile(r"(?:^|(?<=[\s(]))(?<!or )(?P<sign>(?i:minus|negative)(?:[ \t]+|-)|[-−])$")
_YEAR_COUNT_NOUNS = word_set(
    "people persons troops soldiers passengers protesters demonstrators workers residents civilians "
    "students children women men police officers jobs homes cars vehicles voters members employees"
)


_NAME_JOIN = re.compile(r"[ \t]*(?:and|or|to|&|-|–|,)[ \t]*")


def _whole_count(text: str, a: Atom) -> bool:
    """A whole number in digits or words, with no scale or currency ("19", "six")."""
    return a.plain_int or (text[a.start : a.end].isalpha() and a.low == int(a.low))


def read_numbers(text: str, atoms: list[Atom], ref: dt.date | None) -> list[Quantity]:
    out: list[Quantity] = []
    i = 0
    while i < len(atoms):
        atom = atoms[i]
        if is_identifier(text, atom):
            i += 1
            # "between junctions 10 and 11", "Articles 5 and 6": the next number is a name too
            if (
                i < len(atoms)
                and _NAME_JOIN.fullmatch(text[atom.end : atoms[i].start])
                and atoms[i].plain_int
                and text[atoms[i].start].isdigit()
                and not unit_after(text, atoms[i].end)[0]
            ):
                i += 1  # (not "5-foot-11 and 215 pounds", "MagSafe 2 and two Thunderbolt ports")
            continue
        second: Atom | None = None
        link = ""
        if i + 1 < len(atoms):
            nxt = atoms[i + 1]
            between = text[atom.end : nxt.start]
            if between == "-" and atom.precise and not nxt.precise and text[nxt.start].isupper():
                i += 2  # "7-Eleven", "Catch-Twenty": a name of digits and a number word, no range
                continue
            ratio = _one_in(text, atom, nxt, between)
            if ratio is None:
                ratio = _cricket_score(text, atom, nxt, between)
            if ratio is not None:
                out.append(ratio)
                i += 2
                continue
            join = _RANGE_JOIN.match(between) if len(between) <= 12 else None
            if join is None and _VOTES_TO.fullmatch(between):
                join = _RANGE_JOIN.search(between)  # "to"
            if join is None and _LEADING_UNIT.match(between):
                # "60%-65%", "between 5 miles and 10 miles": the unit of the pair written twice
                unit_end = unit_after(text, atom.end)[2]
                rest = text[unit_end : nxt.start]
                join = _RANGE_JOIN.match(rest) if unit_end > atom.end and len(rest) <= 12 else None
            if join and not is_identifier(text, nxt) and not nxt.fraction and not atom.fraction:
                link = join.group(0).strip().split()[-1]  # "- to": to
                link = "to" if link == "-to-" else link  # "a 2-to-1 margin"
                if link == "and" and not _BETWEEN.search(text[max(0, atom.start - 12) : atom.start]):
                    link = ""
                if link == "to" and _year_then_figure(text, atom, nxt):
                    link = ""
                if link:
                    second = nxt
        made = _read(text, atom, second, link, ref)
        if made is None and second is not None:
            made = _read(text, atom, None, "", ref)
            if made and link == "to":
                made = _borrowed_unit(text, made, second, ref)
            second = None
        if made is not None:
            out.extend(made)
        i += 2 if second is not None and made is not None and len(made) == 1 else 1
    return out


_IN_BEFORE = re.compile(r"(?i:\bin[ \t]+)$")


def _year_then_figure(text: str, a: Atom, b: Atom) -> bool:
    """Whether "in 2021 to 10,840" is a year and the level a change reached ("rose 11.6% in 2021
    to 10,840 incidents"), not a range: a year after "in", then a number written otherwise (with
    a comma, a decimal or a scale) or too small to be the top of a range from it ("in 2000 to
    3000 stores" stays a range)."""
    return (
        a.plain_int
        and _looks_like_year(a.low)
        and _IN_BEFORE.search(text, max(0, a.start - 4), a.start) is not None
        and (not b.plain_int or b.low < 1000)
    )


# what a bare number may borrow from the next one it is set against ("from 3 to 5 percent")
_BORROWING = frozenset(
    {"percent", "money", "duration", "distance", "weight", "speed", "area", "volume", "temperature"}
)


def _borrowed_unit(text: str, made: list[Quantity], nxt: Atom, ref: dt.date | None) -> list[Quantity]:
    """A bare number set against the next one by a change ("rose from 3 to 5 percent", "grew from
    2 to 3 million people") takes the next one's unit and scale: both are of one measure."""
    first = made[0]
    if len(made) != 1 or first.kind != "count" or first.low is None or first.high is None:
        return made
    if text[first.end : nxt.start].strip().lower() != "to":
        return made  # a unit of its own after it: "from 12 employees to 15"
    # read alone here only to see its unit (rare: a change with a bare number first); the loop
    # reads it again in its own turn, where it may pair with the number after it
    second = _read(text, nxt, None, "", ref)
    other = second[0] if second else None
    if other is None or other.low is None or not other.unit:
        return made
    # a count's noun found before it is what changed, not its unit ("sales jumped from 10 to 15
    # percent"), so it borrows a measure; a count borrows another count's noun only when bare
    if other.kind not in _BORROWING and not (other.kind == "count" and nxt.scaled and not first.unit):
        return made  # "the toll rose from 12 to 15": nothing to borrow
    written = _unscaled(text, nxt)
    if not written:
        return made
    ratio = other.low / written  # the scale and the unit's factor: "3 million" 1e6, "75 cents" 0.01
    if nxt.scaled and first.low >= 1000:
        ratio = 1.0  # "fell by 837,000 to 124.3 million": a number of its own size takes no scale
    return [replace(first, kind=other.kind, unit=other.unit, low=first.low * ratio, high=first.high * ratio)]


_OF_A = re.compile(r"(?:[ \t]+of)?[ \t]+an?\b")
_MEASURES = frozenset({"distance", "weight", "volume", "area", "speed"})
_OF_CURRENCY = re.compile(rf"[ \t]+of[ \t]+(?P<cur>(?i:{currencies.CURRENCY_SUFFIX_RE}))")
_LEADING_UNIT = re.compile(r"[ \t]?[%a-zA-Z]")
_FIRST_NUMBER = re.compile(rf"[^\d]*({DIGITS})")
_NEXT_WORD = re.compile(r"[ \t]+(?:more[ \t]+|other[ \t]+|new[ \t]+)?([a-z]+)")
_YEAR_PREFIX = re.compile(r"(?i:\b(?:mid|early|late)-)$")


# a cricket report: "397 for four" (runs for wickets), "took five for 46" (wickets for runs)
_CRICKET = re.compile(
    r"\b(?i:wickets?|overs|innings|bowl(?:ed|er|ers|ing)|batt(?:ed|ing|er|ers)|declared|all[ \t]+out|stumps"
    r"|centur(?:y|ies)|cricket)\b|\b(?:Test|ODI|T20)\b"
    r"|\b(?i:off[ \t]+\d+[ \t]+(?:balls|deliveries))\b"  # "struck 151 off 131 balls"
)


def _cricket_score(text: str, a: Atom, b: Atom, between: str) -> Quantity | None:
    """ "India posted 397 for four", "Rabada took five for 46": a score of runs and wickets, read
    as one tally, in a sentence about cricket."""
    if " ".join(between.split()).lower() != "for" or a.currency is not None or b.currency is not None:
        return None
    if a.scaled or b.scaled or a.vague or b.vague or a.fraction or b.fraction:
        return None
    if not (a.low.is_integer() and b.low.is_integer() and a.low == a.high and b.low == b.high):
        return None
    if min(a.low, b.low) > 10 or max(a.low, b.low) > 999 or not _CRICKET.search(text):
        return None
    return quantity_at(text, a.start, b.end, "tally", a.low, b.low)


def _changed(before: str) -> bool:
    """Whether `before` (the words before a pair of numbers) tells a change that is the pair's:
    one with no other number after it ("gusts up to 70 mph and 2 to 4 inches of snow": the
    "up" is the 70's)."""
    ends = [m.end() for m in _CHANGE.finditer(before)]
    return bool(ends) and not _ANY_DIGIT.search(before, ends[-1])


# a player's or a team's outings: what "N in M" counts over them is a tally, not a share
_OUTINGS = re.compile(
    r"(?i:[ \t]+(?:\w+[ \t]+)?(?:games|matches|appearances|starts|outings|races|innings|seasons|fights|bouts"
    r"|tournaments|events|tests|internationals|caps|league[ \t]+games)\b)"
)


def _one_in(text: str, a: Atom, b: Atom, between: str) -> Quantity | None:
    """ "one in five Americans", "1 in 4 adults", "seven out of 10 voters", "one in every four adults":
    a share, as a fraction."""
    if (
        " ".join(between.lower().split()) not in ("in", "out of", "in every", "out of every")
        or a.currency is not None
        or b.currency is not None
    ):
        return None
    if a.scaled or b.scaled or a.vague or b.vague or not 0 < a.low < b.low or _looks_like_year(b.low):
        return None
    if not a.low.is_integer() or not b.low.is_integer() or b.low > 1000 or DURATION.match(text, b.end):
        return None  # "one in 10 years" is no share
    if _OUTINGS.match(text, b.end):
        return None  # "his tally to 27 in 31 games": goals and games, two counts
    qual = qualifier_before(text, a.start)
    start, _, _, qualifier = apply_qualifier(text, a.start, a.low, a.low, qual)
    value = round(a.low / b.low, 4)
    return quantity_at(text, start, b.end, "fraction", value, value, qualifier="approx" if qualifier else "")


# the first number of a range is of the second's own size, written in full, when the second is at
# most this many times larger: "800,000-1 million"
_OWN_SIZE = 10.0


def _read(text: str, a: Atom, b: Atom | None, link: str, ref: dt.date | None) -> list[Quantity] | None:
    """The quantities one number (or a pair joined by "-", "to", "and") makes; None to retry alone."""
    last = b or a
    kind, unit, end, factor, currency = unit_after(text, last.end)
    if not kind and last.vague and (of_money := _OF_CURRENCY.match(text, last.end)) is not None:
        word = of_money.group("cur")  # "billions of dollars", "tens of thousands of dollars"
        kind, unit, end, currency = "money", word, of_money.end(), currencies.currency_of(word)
    if not kind and b is None and a.fraction and (of_a := _OF_A.match(text, a.end)) is not None:
        measured = unit_after(text, of_a.end())  # "half a mile", "two-tenths of a mile": a measure
        if measured[0] in _MEASURES or measured[:2] == ("duration", "second"):  # "a tenth of a second"
            kind, unit, end, factor, currency = measured
    if b is not None and not kind and a.currency is None and b.currency is None:
        # "20-30%" has its unit after the second number; a unit after the first breaks the pair
        kind_a = unit_after(text, a.end)[0]
        if kind_a:
            return None
    if b is not None and b.currency is not None and unit_after(text, a.end)[0]:
        return None  # "rose 71 cents to $77.91": each with its own unit, the change and the level
    if b is not None and kind:
        # "60%-65%", "between 5.25% and 5.5%", "5 miles to 10 miles": one unit written twice
        kind_a, unit_a = unit_after(text, a.end)[:2]
        if kind_a and (kind_a != kind or unit_a != unit):
            return None
        if kind_a and link == "to" and shares_of_a_contest(text, a.start):
            return None  # "lost 45 percent to 55 percent", "trailed 45% to 49%": two shares of a vote
    if b is not None and a.plain_int and b.plain_int and _year_like(text, a) and _year_like(text, b):
        return None  # "2007-2014", "between 1163 and 1345": two years, each its own figure
    if (
        b is not None
        and link in ("-", "–", "/")
        and a.plain_int
        and b.plain_int
        and _looks_like_year(a.low)
        and b.end - b.start == 2
        and b.low == (a.low + 1) % 100
    ):
        # "the 2023-24 financial year", "the 1999-00 season": one year of accounts or of a season
        return [quantity_at(text, a.start, b.end, "year", a.low, a.low + 1)]
    if (
        b is not None
        and link in ("-", "–")
        and a.plain_int
        and b.plain_int
        and _looks_like_year(a.low)
        and b.end - b.start == 2
        and a.low % 100 < b.low
    ):
        year_b = a.low - a.low % 100 + b.low  # "(1982-87)", "2000-04": two years, as "2007-2014"
        return [
            quantity_at(text, a.start, a.end, "year", a.low, a.low),
            quantity_at(text, b.start, b.end, "year", year_b, year_b),
        ]
    low_a, high_a, low_b, high_b = a.low, a.high, (b.low if b else 0.0), (b.high if b else 0.0)
    if (b is not None and b.scaled and not a.scaled and a.currency is None) or (
        b is not None and b.scaled and not a.scaled and a.currency is not None and a.low < b.low / 1e3
    ):
        unscaled = _unscaled(text, b)
        scale = b.low / unscaled if unscaled else 1.0  # "14-0 million": no scale to carry from a zero
        if not (low_a * scale > high_b >= low_a and high_b <= low_a * _OWN_SIZE):
            # "800,000-1 million euros", "between 800,000 and 1 million": a number of its own size
            # takes no scale (not "in fiscal 2011 to $10.1 million", a year then a sum)
            low_a, high_a = low_a * scale, high_a * scale
    start = a.start
    before = text[max(0, start - 60) : start]
    cur = a.currency if a.currency is not None else (b.currency if b else None)
    if cur is not None and not kind:
        kind, currency = "money", cur
    elif kind == "money" and cur:
        currency = cur
    if (
        unit == "pound"
        and kind == "weight"
        and (
            ((a.scaled or (b and b.scaled)) and not pounds_of_stuff(text, a.start, end))
            or pounds_of_money(text, a.start)
        )
    ):
        kind, unit, currency = "money", "pounds", "GBP"
    if kind == "money":
        unit = currency
    low_a, high_a = low_a * factor, high_a * factor
    low_b, high_b = low_b * factor, high_b * factor

    if b is not None:
        tally = is_tally(text, a, b, link, kind)
        if tally:
            return [quantity_at(text, start, b.end, "tally", a.low, b.low)]
        if link in ("-", "–", "—", "to", "through") and low_a >= low_b:
            return None
        if (
            link == "to"
            and not _OF_RIGHT_BEFORE.search(before)
            and (
                (
                    _changed(before[-40:])
                    and not _BETWEEN.search(before)
                    and not (
                        (_BY.search(before) or _CHANGE_RIGHT_BEFORE.search(before)) and low_b <= 2 * low_a
                    )
                )
                or _CHANGE_FROM.search(before[-40:])
                # "increasing employers' national insurance from 13.8% to 15%": the change told
                # farther back, the pair right after "from"
                or (
                    _FROM_RIGHT_BEFORE.search(before)
                    and _changed(before[-80:])
                    and not _RANGING.search(before)
                )
                # "raised the price of its standard plan by $2 to $17.99": the change, then the level,
                # whatever figure the clause names between ("cut the price of its Model 3 by 14,000
                # yuan to 231,900 yuan")
                # ("lifted its net profit target for the fiscal year ending March 2025 by 50
                # billion yen to 1.5 trillion yen": the verb may stand a long clause back)
                or (
                    _BY.search(before)
                    and low_b > 2 * low_a
                    and _CHANGE.search(text, max(0, a.start - 110), a.start) is not None
                )
                # "by 1.2 percentage points to 15%", "rose 10 points to 4,500": a move in points,
                # then the level it reached
                or _POINTS_BETWEEN.search(text, a.end, b.start) is not None
            )
        ):
            return None  # "rose from 3% to 5%", "will grow from $1.5bn to $2bn": two figures
        if link == "or" and low_a >= low_b:
            return None
        if _BETWEEN.search(before):
            start = start - len(_BETWEEN.search(before).group(0))  # type: ignore[union-attr]
        qual = qualifier_before(text, start)
        q_start, _, _, qualifier = apply_qualifier(text, start, low_a, high_b, qual)
        if qualifier in ("min", "max"):
            q_start, qualifier = start, ""
        if not kind and _whole_count(text, a) and _whole_count(text, b) and b.low < 130:
            age = _AGE_BEFORE.search(text[max(0, q_start - 60) : q_start])
            if age and not _ANY_DIGIT.search(age.group(0)):
                kind = "age"  # "aged 18 to 25", "aged between 18 and 25"
        kind = kind or "count"
        if kind == "count":
            hyphen = _HYPHEN_NOUN.match(text, end)
            if hyphen and hyphen.group("noun") not in ("year", "old", "plus", "strong"):
                unit, end = hyphen.group("noun"), hyphen.end()  # "a 10- to 12-page report"
            else:
                unit = count_unit(text, q_start, end, low_b)
        return [
            quantity_at(text, q_start, end, kind, low_a, high_b, unit=unit, qualifier=qualifier or "range")
        ]

    # one number
    odd = False  # "sixty-odd years": about so many
    if unit == "foot" and (a.plain_int or (not a.precise and a.low.is_integer() and a.low < 10)):
        inches = _INCHES_AFTER.match(text, end)
        if inches and (inches.group("inches") or not a.precise):
            told = inches.group("inches")
            low_a = high_a = (
                a.low + (float(told) if told else numwords.SMALL[inches.group("word").lower()]) / 12
            )
            end = inches.end()
    if (
        not kind
        and _MINUS_BEFORE.search(before)
        and COLD_WORDS.search(text, max(0, a.start - 80), a.end + 80)
    ):
        kind, unit = "temperature", "degree"  # "temperatures were minus 20 as firefighters battled"
    if (
        not kind
        and a.precise
        and a.currency is None
        and not a.scaled
        and -80 < a.low < 135
        and (lead := _TEMPERATURE_LEAD.search(before)) is not None
        and (lead.group("word").lower() not in ("record", "high", "low") or _WEATHER.search(text))
        and not _NOUN_AFTER_NUMBER.match(text, end)
    ):
        kind, unit = (
            "temperature",
            "degree",
        )  # "highs near 50", "breaking the record of 95" beside "97 degrees"
    if kind in ("temperature", "percent"):
        sign = _MINUS_BEFORE.search(text, max(0, start - 10), start)
        if sign:  # "minus 20 degrees", "-5C", "inflation of minus 0.1 per cent", "-0.3%"
            low_a, high_a, start = -high_a, -low_a, sign.start("sign")
    elif _MINUS_GLUED.search(before):
        return []  # "the minus-10 reading": a value below zero of nothing this reader knows
    value_low, value_high = low_a, high_a
    if not kind:
        if a.fraction:
            kind = "fraction"
        elif is_magnitude(text, a, before):
            kind, unit = "magnitude", "magnitude"
        elif is_storm_category(text, a, before):
            kind, unit = "category", "category"  # "made landfall as a Category 4 storm"
        elif a.low < 100 and _RATE_BEFORE.search(before) and not _PER_BASE.match(text, a.end):
            kind, unit = "percent", "percent"  # "the tax rate was 35.72" (not "a rate of 5 per 100,000")
        elif (
            a.low < 130
            and a.low > 0
            and (_PERSON_WAS.search(before) or _NAME_WHO_WAS.search(before) or _FULL_NAME_WAS.search(before))
            and _CLAUSE_END.match(text, a.end)
        ):
            kind = "age"  # "she was 83,", "Diallo, who died in Dakar on Monday, was 83"
        elif (
            0 < a.low < 130
            and _whole_count(text, a)
            and not (a.scaled or a.vague or a.fraction or a.currency is not None)
            and _TURNED.search(before)
            and _TURNED_AFTER.match(text, a.end)
        ):
            kind = "age"  # "turned 90 on July 13", "turns 18 next month"
        elif (
            0 < a.low < 120
            and a.low.is_integer()
            and not (a.scaled or a.vague or a.fraction or a.currency is not None)
            and _AT_START.fullmatch(text, 0, a.start)
            and _PERSON_AFTER.match(text, a.end)
        ):
            kind = "age"  # "At fifty-two, Tane becomes the first ...", "At 19, she won"
        elif (
            (
                _AGE_BEFORE.search(before)
                or (
                    _DIED_AT.search(before)
                    and _AGE_ENDS.match(text, a.end)
                    # "put the number of troops who died in Monday's ambush at 18": a count
                    and not _PUT_AT.search(text, max(0, a.start - 100), a.start)
                )
            )
            and _whole_count(text, a)  # "aged 19", "aged six"
            and 0 < a.low < 130
        ):
            kind = "age"
            m = _AGE_BEFORE.search(before)
            if m and m.group(0).lower().startswith("aged") and not _ANY_DIGIT.search(m.group(0)):
                start -= len(m.group(0))
        elif a.plain_int and _year_like(text, a) and not _year_is_count(text, a, before):
            qual = qualifier_before(text, start)
            if (
                qual is not None
                and not _over_an_event(text, a, qual)
                and not _measured_against(text, a, max(0, a.start - 30) + qual.start("q"))
            ):
                # "delayed until at least 2026": a bound on the year
                q_start, low, high, qualifier = apply_qualifier(text, start, a.low, a.low, qual)
                return [quantity_at(text, q_start, a.end, "year", low, high, qualifier=qualifier)]
            return [quantity_at(text, _year_start(text, start), a.end, "year", a.low, a.low)]
        elif (
            a.plain_int
            and 0 < a.low < 120
            and _NAME_BRACKET.search(before)
            and text[a.end : a.end + 1] == ")"
            and not _GAME_WORDS.search(text)
        ):
            kind = "age"  # "Priya Nair (34), her husband Suresh (39)"
        elif (
            a.plain_int
            and 0 < a.low < 120
            and _NAME_COMMA.search(before)
            and (
                _AFTER_COMMA.match(text, a.end)
                or (
                    _CAP_NAME_COMMA.search(before)
                    and _SENTENCE_END.fullmatch(text, a.end, min(len(text), a.end + 2))
                )
            )
            and not _PLACE_OR_TIME_COMMA.search(before)
        ):
            kind = "age"
        else:
            m = _HYPHEN_NOUN.match(text, a.end)
            kind = "count"
            if text[a.start : a.end].lower() in numwords.MULTIPLIER_WORDS:
                unit = "times"  # "stabbed twice", "twice as many"
            code = currencies.currency_of(m.group("noun")) if m and m.group("noun") != "won" else ""
            if m and code:
                kind, unit, end = "money", code, m.end()  # "a 90-million-euro plant", "a 20-dollar bill"
            elif m and m.group("noun") == "strong":
                end = m.end()  # "a 40,000-strong force": the noun after counts
                unit = counted_noun_after(text, end)
            elif m and m.group("noun") == "odd":
                end = m.end()  # "sixty-odd years", "1,500-odd guests": about so many of the noun after
                unit, odd = counted_noun_after(text, end), True
            elif m and m.group("noun") not in ("year", "old", "plus", "and", "nor"):  # not "13-and 15-inch"
                unit = m.group("noun")
                end = m.end()
    if kind in ("magnitude", "count") and a.currency is None and value_low >= 0:
        sign = _MINUS_BEFORE.search(text, max(0, start - 10), start)
        # "fell to -24.2 points", "shine at magnitude -4"; not a range or a score written loosely
        # ("10 -15 people", "won 3 -1") or a name's number spaced ("Covid -19")
        if sign and not _DIGIT_OR_NAME_END.search(text, max(0, sign.start("sign") - 40), sign.start("sign")):
            value_low, value_high, start = -value_high, -value_low, sign.start("sign")
    qual = qualifier_before(text, start)
    after_q = QUALIFIER_AFTER.match(text, end)
    # "drew 288,000 fans over three nights": across the nights, as "over three years" is a span
    span = kind == "duration" or (kind == "count" and _PERIODS_AFTER.match(text, end) is not None)
    qualify = apply_span_qualifier if span else apply_qualifier
    start, low, high, qualifier = qualify(text, start, value_low, value_high, qual)
    # "an estimated 100,000-plus": the bound after it outweighs a hedge before it
    if after_q and (not qualifier or (qualifier == "approx" and "so" not in after_q.group(0).lower())):
        end = after_q.end()
        low, high, qualifier = value_low, None, ("approx" if "so" in after_q.group(0) else "min")
        share = PERCENT.match(text, end) if kind == "count" else None
        if share is not None and share.group(0).strip():  # "90-plus percent": a share of at least 90
            kind, unit, end = "percent", "percent", share.end()
    if (a.vague or odd) and not qualifier:
        qualifier = "approx"
    if kind == "count" and not unit and _PER_DOLLAR.match(text, end):
        code = _currency_named_before(text, start)
        if code:  # "the yen strengthened to 141.70 per dollar": an exchange rate, in yen
            kind, unit = "money", code
    if kind == "count" and not unit:
        unit = _put_at_unit(text, start)  # "put the number of troops who died ... at 18"
    if kind == "count":
        unit = unit or count_unit(text, start, end, value_high)
        if unit in _TIME_NOUNS and (odd or not _HYPHEN_NOUN.match(text, a.end)):
            kind, unit = "duration", _TIME_NOUNS[unit]  # "the number of days to sell rose to 47"
    return [quantity_at(text, start, end, kind, low, high, unit=unit, qualifier=qualifier)]


# what a bare number of degrees follows in a forecast: "highs near 50", "temperatures will
# climb to 104", "a low of 20", "the record of 95" (in a sentence of degrees)
_TEMPERATURE_LEAD = re.compile(
    r"(?i:(?<![\w-])(?P<word>temperatures?|temps|highs?|lows?|mercury|thermometers?|heat[ \t]+index"
    r"|wind[ \t]+chills?|record)(?:[ \t]+(?:high|low|highs|lows))?"
    r"(?:[ \t]+(?:will|would|could|should|may|might|are|were|was|is)?[ \t]*"
    r"(?:be|reach(?:ed|es)?|hit|climb(?:ed|s)?|rise|rose|soar(?:ed|s)?|drop(?:ped|s)?|fall|fell|dip(?:ped|s)?"
    r"|plunge[ds]?|top(?:ped|s)?|peak(?:ed|s)?|stay(?:ed|s)?|hover(?:ed|s)?))?"
    r"(?:[ \t]+(?:of|near|around|at|to))?(?:[ \t]+(?:about|around|near|roughly))?[ \t]+)$"
)
# a sentence of the weather, where "a high of 50" and "the record of 95" are degrees
_WEATHER = re.compile(
    r"(?i:\bdegrees?\b|\d[ \t]*°|\b(?:temperatures?|forecast\w*|weather|heat|cold|snow\w*|rain\w*|sunny"
    r"|cloud\w*|frost\w*|humid\w*|wind[ \t]?chills?|thunderstorms?|meteorolog\w+)\b)"
)
# what makes a bare number after "highs of" a count: "career-highs of 59 receptions"
_NOUN_AFTER_NUMBER = re.compile(
    r"[ \t]*(?:%|-?[ \t]*(?i:percent|per[ \t]+cent|points?|people|years?|days?)\b)"
    r"|[ \t]+(?!degrees\b)[a-z]{2,}s\b"
)
# counted periods an "over" spans: "over three nights", "over two legs", "over four sessions"
_PERIODS_AFTER = re.compile(r"(?i:[ \t]+(?:nights|evenings|weekends|sessions|legs)\b)")
# an exchange rate quoted against the dollar or the euro
_PER_DOLLAR = re.compile(
    r"(?i:[ \t]+(?:per|to[ \t]+the|against[ \t]+the|a)[ \t]+(?:U\.?S\.?[ \t]+)?(?:dollar|euro)\b)"
)
# currency words that name one currency (not "pound", "dollar", "cents": many countries' or a unit's)
_NAMED_CURRENCY = re.compile(
    r"(?i:\b(yen|yuan|renminbi|won|rupees?|rupiah|liras?|pesos?|rubles?|roubles?|rand|naira|ringgit|baht"
    r"|zloty|forint|shekels?|dirhams?|riyals?|hryvnias?|shillings?|kroner|krona|kronor|reais|real)\b)"
)


def _currency_named_before(text: str, start: int) -> str:
    """The code of the last currency named in the 100 characters before `start`, or ""."""
    named = list(_NAMED_CURRENCY.finditer(text, max(0, start - 100), start))
    return currencies.currency_of(named[-1].group(1)) if named else ""


# a count of units of time, told by "the number of days ...": a span in those units
_TIME_NOUNS = {"days": "day", "weeks": "week", "months": "month", "years": "year", "hours": "hour"}


def _unscaled(text: str, atom: Atom) -> float:
    m = _FIRST_NUMBER.match(text[atom.start : atom.end])
    return float(m.group(1).replace(",", "")) if m else atom.low


def _looks_like_year(value: float) -> bool:
    return value.is_integer() and 1800 <= value <= 2100


# an earlier year is one only where a year is expected: "printed in 1623", "built between 1163
# and 1345", "founded c. 1450" (not "1623 people"; `_year_is_count` reads the word after)
_OLD_YEAR_BEFORE = re.compile(
    r"(?i:\b(?:in|since|from|until|till|between|and|to|circa|c\.|year|early|late|mid)[ \t]+)$"
)


def _year_like(text: str, a: Atom) -> bool:
    """A year: 1800 to 2100 written plain, or an earlier four-digit year after a word of time."""
    if _looks_like_year(a.low):
        return True
    return (
        a.plain_int
        and a.low.is_integer()
        and 1000 <= a.low < 1800
        and a.end - a.start == 4
        and _OLD_YEAR_BEFORE.search(text, max(0, a.start - 10), a.start) is not None
        and _OLD_YEAR_AFTER.match(text, a.end) is not None
    )


# what may follow such a year: nothing, a stop, a name or a function word ("in 1066 the Normans"),
# never a noun or a unit ("in 1500 cases", "1600 euros")
_OLD_YEAR_AFTER = re.compile(
    r"(?:[ \t]*(?:[,.;:)!?–—]|$)|[ \t]+(?:[A-Z]|(?:the|when|and|or|in|on|at|by|was|were|is|after|before|as"
    r"|to|for|with|a|an|that|which|but|it|he|she|they|its|his|her|their|until|till)\b))"
)


# "delayed until at least 2026", "not before at least 2030": a bound on a year, after a word of time
_TIME_WORD_BEFORE = re.compile(r"(?i:\b(?:until|till|through|before|after|since|beyond|into)[ \t]+)$")


# events a year names, in the singular: "jailed over 2019 arson", "protests over 2020 election
# results" ("over 2000 attacks" is a count: the plural is left out)
_EVENT_NOUNS = word_set(
    "election vote referendum poll attack arson breach crash riot war invasion coup shooting "
    "bombing massacre killing murder fire flood earthquake quake hurricane storm disaster scandal "
    "case deal agreement accord contract merger takeover season campaign budget incident collapse "
    "strike law ruling verdict decision report remarks comments speech interview tweet letter video "
    "trip visit summit meeting crisis outbreak protest crackdown leak hack fraud theft robbery heist "
    "bribery corruption scheme kidnapping trial probe investigation indictment conviction lawsuit "
    "dispute standoff shutdown bailout recession"
)
_WORD_AFTER = re.compile(r"[ \t]+([A-Za-z][a-z]+)\b(?![-'’])")


# a year a figure is measured against: "40% below 2005 levels", "above 2019's", "a 15.6% increase
# over 2020." (a change, then the year closing the clause)
_YEAR_LEVELS_AFTER = re.compile(r"(?:[ \t]+(?:levels?|figures?)\b|['’]s\b)")
_STOP_AFTER = re.compile(r"[ \t]*(?:[,.;:)!?–—]|$)")
_CHANGE_BEFORE = re.compile(
    r"(?i:\b(?:increase|rise|gain|growth|jump|decline|drop|fall|decrease|up|down|higher|lower|more|less"
    r"|improvement)[ \t]+)$"
)


def _year_is_count(text: str, a: Atom, before: str) -> bool:
    qual = qualifier_before(text, a.start)
    if qual is not None:
        at = max(0, a.start - 30) + qual.start("q")
        if _TIME_WORD_BEFORE.search(text, max(0, at - 12), at):
            return False
        if _measured_against(text, a, at):
            return False
        return not _over_an_event(text, a, qual)
    nxt = _NEXT_WORD.match(text[a.end : a.end + 30])
    return bool(nxt and nxt.group(1) in _YEAR_COUNT_NOUNS)


def _measured_against(text: str, a: Atom, at: int) -> bool:
    """Whether the year `a`, after a qualifier starting at `at`, is one a figure is measured
    against ("below 2005 levels", "an increase over 2020."): the year itself, not a bound."""
    return _YEAR_LEVELS_AFTER.match(text, a.end) is not None or (
        _STOP_AFTER.match(text, a.end) is not None
        and _CHANGE_BEFORE.search(text, max(0, at - 16), at) is not None
    )


def _over_an_event(text: str, a: Atom, qual: re.Match[str]) -> bool:
    """Whether "over" before the year `a` means "about" an event the year names."""
    return " ".join(qual.group("q").lower().split()) == "over" and _names_an_event(text, a.end)


def _names_an_event(text: str, end: int) -> bool:
    """Whether the word after a year read after "over" makes the year an event's, "over" meaning
    "about": a name ("over 2019 Christchurch arson") or an event ("over 2018 data breach" is no
    count, "over 2020 election results" neither); a plural name or a people's name is what is
    counted ("over 2000 Syrians", "over 1500 British troops")."""
    m = _WORD_AFTER.match(text, end)
    if m is None:
        return False
    word = m.group(1)
    lower = word.lower()
    if lower in _YEAR_COUNT_NOUNS or lower in DEMONYMS or DEMONYM_END.search(lower):
        return False
    if word[0].isupper():
        return not lower.endswith("s")
    if lower in _EVENT_NOUNS:
        return True
    # "over 2019 bank fraud", "over 2016 campaign finance violations" (not "over 2000 bank
    # employees"): the event is the head of the phrase the year opens
    second = _WORD_AFTER.match(text, m.end())
    return second is not None and not lower.endswith("s") and second.group(1).lower() in _EVENT_NOUNS


def _year_start(text: str, start: int) -> int:
    m = _YEAR_PREFIX.search(text[max(0, start - 6) : start])
    return start - len(m.group(0)) if m else start
