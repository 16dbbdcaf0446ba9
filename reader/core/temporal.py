"""Times of day ("10 p.m.", "9:25 hours"), decades ("the 1990s", "in her 60s") and "a month"."""

from __future__ import annotations

import re

from reader.core import numwords, units
from reader.core.atoms import title_case
from reader.core.model import Quantity
from reader.core.qualifiers import apply_span_qualifier, qualifier_before, quantity_at

_TIME = re.compile(
    r"\b(?P<h>[01]?\d|2[0-3])(?:[ \t]*[:.][ \t]*(?P<m>[0-5]\d)(?::[0-5]\d)?)?[ \t]*"
    r"(?P<ap>[AaPp](?:\.[ \t]?[Mm]\b\.?|[ \t]?[Mm]\b))"  # "8.40pm." keeps the full stop out
    r"|\b(?P<h2>[01]?\d|2[0-3])[ \t]*:[ \t]*(?P<m2>[0-5]\d)(?::[0-5]\d)?(?!\d|,\d)(?:[ \t]*(?:hours|hrs)\b)?"
    r"|\b(?P<h3>[01]?\d|2[0-3])\.(?P<m3>[0-5]\d)[ \t]+(?:hours|hrs|h)\b"
    r"|\b(?P<h4>[01]\d|2[0-3])(?P<m4>[0-5]\d)(?=[ \t]*(?:GMT|UTC|hrs|hours|IST|local[ \t]+time)\b)"
    r"(?:[ \t]*(?:hours|hrs)\b)?"  # "2000 hours" whole; "2230 GMT" with its zone, read after
    r"|\b(?P<h5>1[0-2]|0?[1-9])[ \t]+o['’][ \t]?clock\b"  # "5 o'clock"
    r"(?:[ \t]*(?P<ap5>[AaPp](?:\.[ \t]?[Mm]\b\.?|[ \t]?[Mm]\b)))?"
    r"|\b(?P<noon>noon|midnight)\b"
    r"|\b(?P<h6>[01]\d|2[0-3])h(?P<m6>[0-5]\d)\b"  # "kick-off at 15h00", as South Africa writes it
    # a bare hour and the part of the day: "until 4 in the morning", "at 11 at night" (after a
    # word that sets a time: `_HOUR_LEAD`)
    r"|\b(?P<h7>1[0-2]|[1-9])(?=[ \t]+(?i:in[ \t]+the[ \t]+(?:morning|afternoon|evening)|at[ \t]+night)\b)"
)
_HOUR_LEAD = re.compile(
    r"(?i:\b(?:at|until|till|by|before|after|around|about|from|since|to|and|between|past)[ \t]+)$"
)
_SEASON = re.compile(
    r"(?<![\w/-])(?:(?P<y>(?:19|20)\d\d)/(?:(?:19|20)(?=\d\d(?![\w/-])))?(?P<next>\d\d)"
    r"|FY[ \t]?(?P<y2>(?:19|20)\d\d)|FY(?P<yy>\d\d))(?![\w/-])"  # "FY2024", "Q2 FY25"
)
_RACE_TIME = re.compile(
    r"(?<![\d:.,])\b(?:(?P<h>\d):(?P<m>[0-5]\d):(?P<s>[0-5]\d(?:\.\d{1,3})?)"
    r"|(?P<m2>[1-5]?\d):(?P<s2>[0-5]\d\.\d{1,3}))(?![\d:]|\.\d)"
    # "2h 05m 59s", "4h 30m": hours, minutes (and seconds) each marked by its letter
    r"|(?<![\w.,])(?P<h3>\d)h[ \t]?(?P<m3>[0-5]?\d)m(?:[ \t]?(?P<s3>[0-5]?\d(?:\.\d{1,3})?)s)?\b"
)
_AT_BEFORE = re.compile(r"(?i:\bat[ \t]+)$")
# words before "2000 hours" that make it a number of hours ("more than 2000 hours", "logged 1500
# hours"), not a time on a 24-hour clock ("at 2000 hours")
_SPAN_BEFORE = re.compile(
    r"(?i:\b(?:over|more[ \t]+than|less[ \t]+than|fewer[ \t]+than|nearly|almost|about|around|some|roughly"
    r"|least|than|for|spent|spend|spending|logged|log|took|take|taking|worked|lasted|totall?ing)[ \t]+)$"
)
# "clocking 13:54", "in a time of 3:29", "a personal best of 1:43": minutes and seconds a race took,
# which a clock time would not follow
_LAP = re.compile(r"(?<![\d:.,])\b(?P<m>[1-5]?\d):(?P<s>[0-5]\d)\b(?![\d:]|\.\d)")
_RACE_BEFORE = re.compile(
    r"(?i:\b(?:clock(?:ing|ed|s)?|(?:in[ \t]+)?a[ \t]+(?:winning[ \t]+)?time[ \t]+of|timed[ \t]+at"
    r"|(?:personal|season|world|national|course|meeting|championship)[ \t]+(?:best|record)[ \t]+of"
    r"|(?:stopp(?:ed|ing)|halt(?:ed|ing)|end(?:ed|ing)|wav(?:ed|ing)[ \t]+off)"
    r"[ \t]+the[ \t]+(?:fight|bout|contest)[ \t]+at)[ \t]+)$"
)
# a race's margin in minutes and seconds: "leads the Tour de France by 4:46", "won by 1:12"
_MARGIN_BEFORE = re.compile(
    r"(?i:\b(?:lead|leads|led|leading|won|wins|win|winning|ahead|margin|advantage|gap|deficit"
    r"|trail(?:s|ed|ing)?|behind)\b[^.;:\d]{0,40}?\bby[ \t]+$"
    r"|\b(?:lead|margin|advantage|gap|deficit)[ \t]+of[ \t]+$)"
)
# a fight stopped that far into a round: "stopped the fight at 2:56", "at 1:45 of the third round"
_OF_A_ROUND = re.compile(r"(?i:[ \t]+(?:of|into)[ \t]+(?:the[ \t]+)?(?:\w+[ \t]+)?round\b)")
# "stopping the fight at the 2:15 mark": minutes and seconds into a round or a game
_THE_MARK_BEFORE = re.compile(r"(?i:\bthe[ \t]+)$")
_MARK_AFTER = re.compile(r"[ \t]+mark\b")
_CLOCK_AFTER = re.compile(r"[ \t]*(?:[AaPp]\.?[ \t]?[Mm]\b|GMT|UTC|[ECMP][SD]T\b|local\b)")
# "between 2 and 4 p.m.", "from 9 to 11 a.m.", "2-4 p.m.": the first hour borrows the second's a.m./p.m.
_HOUR_BEFORE = re.compile(
    r"(?i:(?P<lead>\b(?:between|from)[ \t]+)?(?<![\d:.,$/])\b(?P<h>1[0-2]|0?[1-9])(?::(?P<m>[0-5]\d))?"
    r"[ \t]*(?P<join>-|–|\bto\b|\band\b|\buntil\b|\btill\b)[ \t]*)$"
)
_TZ = re.compile(
    r"[ \t]*(?P<tz>GMT|UTC|[ECMP][SD]?T|BST|CET|CEST|IST|local[ \t]+time"
    r"|(?:Eastern|Central|Mountain|Pacific)(?:[ \t]+(?:Standard|Daylight))?[ \t]+[Tt]ime)\b"
    r"(?:[+-]\d{1,2}(?::?\d\d)?\b)?"  # "GMT+02:00", "UTC+8": the zone's offset, no time of its own
)
_DECADE = re.compile(
    r"(?<![\w$])(?P<pre>(?:(?:in[ \t]+)?(?:his|her|their)[ \t]+(?:early[ \t]+|mid-?[ \t]*|late[ \t]+)?))?"
    r"(?P<q>['’])?(?P<dec>(?:1[5-9]|20)?\d0)['’]?s\b"
)
_RATE_BEFORE = re.compile(
    r"(?i:(?:\d[\d,.]*(?:k|m|bn|mn|p)?\)?|million|billion|thousand|hundred|dozen|once|twice|times|per|percent|%"
    r"|\b(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty|thirty|forty"
    r"|fifty|sixty|several|few))"  # "six days a week", "three hours a day"
    r"(?:[ \t]+[a-z-]+){0,4}[ \t]*)$"
)
# "up 46 percent from a year earlier": a preposition makes it a span of time again
_PREPOSITION_BEFORE = re.compile(
    r"(?i:\b(?:from|in|for|over|than|after|within|since|about|around|nearly|almost|under|by|past|of"
    r"|up[ \t]+to)[ \t]+)$"
)
# "up 11% from a year earlier", "higher than a year ago": the base of a comparison, no span
# ("more than a year ago" is a bound on a span)
_BASELINE_BEFORE = re.compile(
    r"(?i:\b(?:from|with|versus|vs\.?|(?<!more )(?<!less )(?<!fewer )(?<!over )than)[ \t]+)$"
)
_EARLIER_AFTER = re.compile(r"(?i:[ \t]+earlier\b)")
_ON_BEFORE = re.compile(r"(?i:\bon[ \t]+)$")
_BASELINE_AFTER = re.compile(r"(?i:[ \t]+(?:earlier|ago|before)\b)")
_DECADE_LEAD = re.compile(r"(?i:\b(?:the|and|in|of|early|late|mid)[ \t-]*)$")  # "the 90s"
_DECADE_PREFIX = re.compile(r"(?i:\b(?:mid|early|late)-)$")  # "the mid-1990s"
_DECADE_JOIN = re.compile(r"[ \t]*(?:and|to|through|-|–)[ \t]*")
_AGE_DECADE_JOIN = re.compile(r"[ \t]*(?:and|or|to|-|–)[ \t]*(?:(?:early|late|mid)[ \t-]*)?")
_A_TIME = re.compile(
    r"\b(?i:(?P<part>(?:a[ \t]+)?quarter[ \t]+of[ \t]+|three[ \t]+quarters[ \t]+of[ \t]+)?"
    r"(?P<half>half[ \t]+)?(?:an?)[ \t]+(?P<half2>half[ \t]*-?[ \t]*|quarter[ \t]*-?[ \t]*)?)"
    # "a weeklong manhunt" as "a week-long manhunt"
    r"(?P<unit>minute|hour|day|week|fortnight|month|year|decade|century)(?:\b|(?=long\b))"
    r"(?P<andhalf>(?i:[ \t]+and[ \t]+a[ \t]+half)\b)?"  # "a week and a half"
)
# "in a day or two", "within one minute or two", "the coming year or two": one to two of them
# (not "a day or two days", where each is its own span)
_UNIT_OR_TWO = re.compile(
    r"\b(?i:(?P<article>(?:an?|one)[ \t]+)|(?:next|past|last|coming|first)[ \t]+)"
    r"(?P<unit>(?i:minute|hour|day|week|month|year|decade))[ \t]+(?i:or[ \t]+(?P<n>two|three))\b"
    r"(?![ \t]+(?:minutes?|hours?|days?|weeks?|months?|years?|decades?)\b)"
)

# What may follow a number.


# a year of an era: "44 BC", "79 AD", "AD 79", "500 BCE" (before the common era: negative)
_ERA_YEAR = re.compile(
    r"\b(?P<n>\d{1,4})[ \t]*(?P<era>BCE?|AD|CE|B\.C\.(?:E\.)?|A\.D\.|C\.E\.)(?!\w|\.\w)"
    r"|\b(?:AD|A\.D\.)[ \t]*(?P<n2>\d{1,4})\b(?![,.]\d)"
)
ERA_MARKS = ("BC", "AD", "CE", "B.C.", "A.D.", "C.E.")


def era_years(text: str) -> list[Quantity]:
    """Years of an era: "44 BC" (-44), "79 AD" and "AD 79" (79)."""
    out: list[Quantity] = []
    for m in _ERA_YEAR.finditer(text):
        value = float(m.group("n") or m.group("n2"))
        if (m.group("era") or "").startswith("B"):
            value = -value
        out.append(quantity_at(text, m.start(), m.end(), "year", value, value))
    return out


def fiscal_years(text: str) -> list[Quantity]:
    """Seasons and fiscal years: "the 2024/25 fiscal year", "the 2022/23 season" (a span of two
    years), "FY2024" and "FY25" (a year)."""
    out: list[Quantity] = []
    for m in _SEASON.finditer(text):
        first = int(m.group("y") or m.group("y2") or 2000 + int(m.group("yy")))
        if m.group("next") is None:
            out.append(quantity_at(text, m.start(), m.end(), "year", float(first), float(first)))
        elif int(m.group("next")) == (first + 1) % 100:
            out.append(quantity_at(text, m.start(), m.end(), "year", float(first), float(first + 1)))
    return out


# a year by its last two digits after an apostrophe, where a year is expected: "the campaign of
# '08", "in '68", "the '12 race", "the class of '99"; never a quoted count ("said '10 people
# died'" has no such word before it)
_SHORT_YEAR = re.compile(
    r"(?i:\b(?:of|in|since|from|until|till|by|the|and|or|to|before|after|circa|spring|summer|fall"
    r"|autumn|winter)[ \t]+)['’](?P<yy>\d\d)(?![\w'’]|[.,:]\d)"
)
# two digits up to this are of the 2000s, the rest of the 1900s ("'08" 2008, "'68" 1968)
SHORT_YEAR_PIVOT = 30


def short_years(text: str) -> list[Quantity]:
    """Years told by their last two digits: "the hope and change campaign of '08" (2008)."""
    out: list[Quantity] = []
    for m in _SHORT_YEAR.finditer(text):
        yy = int(m.group("yy"))
        year = float(2000 + yy if yy <= SHORT_YEAR_PIVOT else 1900 + yy)
        out.append(quantity_at(text, m.start("yy") - 1, m.end(), "year", year, year))
    return out


def race_times(text: str) -> list[Quantity]:
    """Times a race or a task took, in seconds: "won in 2:02:37" (one-digit hours, minutes and
    seconds), "swam 1:59.40" (minutes, seconds and hundredths), "clocking 13:54" (minutes and
    seconds after a word of timing); not a clock time with seconds ("at 14:32:05", "at 9:32:05
    a.m.")."""
    out: list[Quantity] = []
    for m in _RACE_TIME.finditer(text):
        if _AT_BEFORE.search(text, max(0, m.start() - 4), m.start()) or _CLOCK_AFTER.match(text, m.end()):
            continue
        if m.group("h") is not None:
            seconds = int(m.group("h")) * 3600 + int(m.group("m")) * 60 + float(m.group("s"))
        elif m.group("h3") is not None:
            seconds = int(m.group("h3")) * 3600 + int(m.group("m3")) * 60 + float(m.group("s3") or 0)
        else:
            seconds = int(m.group("m2")) * 60 + float(m.group("s2"))
        out.append(quantity_at(text, m.start(), m.end(), "duration", seconds, seconds, unit="second"))
    for m in _LAP.finditer(text):
        timed = (
            _RACE_BEFORE.search(text, max(0, m.start() - 40), m.start())
            or _MARGIN_BEFORE.search(text, max(0, m.start() - 60), m.start())
            or _OF_A_ROUND.match(text, m.end())
            or (
                _THE_MARK_BEFORE.search(text, max(0, m.start() - 4), m.start())
                and _MARK_AFTER.match(text, m.end())
            )
        )
        if timed and not _CLOCK_AFTER.match(text, m.end()):
            seconds = int(m.group("m")) * 60 + float(m.group("s"))
            out.append(quantity_at(text, m.start(), m.end(), "duration", seconds, seconds, unit="second"))
    return out


_GAME_CLOCK = re.compile(r"[ \t]+(?i:to[ \t]+(?:play|go)|left|remaining)\b(?!-)")


def _game_clock(text: str, start: int, end: int) -> bool:
    return bool(_GAME_CLOCK.match(text, end)) and not _AT_BEFORE.search(text, max(0, start - 4), start)


# a US court's case number: "Case No. 2:24-cv-01187", "1:21-cr-00175" (no clock time, no count)
_DOCKET = re.compile(r"\b\d{1,2}:\d{2}-[a-z]{2,3}-\d{3,6}\b")


def docket_numbers(text: str) -> list[tuple[int, int]]:
    """Where case numbers stand: no figure is read inside them."""
    return [(m.start(), m.end()) for m in _DOCKET.finditer(text)]


def game_clocks(text: str) -> list[tuple[int, int]]:
    """Where a game clock stands ("with 9:07 to play", "with 2:31 left in the third quarter"):
    no time of day and no figure; a game story has many, each a moment of its own, none
    another report's figure. Its digits are no count either."""
    return [
        (m.start(), m.end())
        for m in _TIME.finditer(text)
        if m.group("h2") and not m.group("noon") and _game_clock(text, m.start(), m.end())
    ]


def times(text: str) -> list[Quantity]:
    """Clock times: HHMM on a 24-hour clock, the time zone (if written) as the unit."""
    out: list[Quantity] = []
    on_24_hours = False  # a time written "0700 GMT", "1600 local time"
    for m in _TIME.finditer(text):
        on_24_hours = on_24_hours or bool(m.group("h4"))
        ap = ""
        if m.group("noon"):
            value = 1200 if m.group("noon").lower() == "noon" else 0
        else:
            hour_s = (
                m.group("h")
                or m.group("h2")
                or m.group("h3")
                or m.group("h4")
                or m.group("h5")
                or m.group("h6")
                or m.group("h7")
            )
            minute_s = m.group("m") or m.group("m2") or m.group("m3") or m.group("m4") or m.group("m6") or "0"
            hour, minute = int(hour_s), int(minute_s)
            ap = (m.group("ap") or m.group("ap5") or "").lower()
            if ap and not 1 <= hour <= 12:
                continue
            if ap.startswith("p") and hour < 12:
                hour += 12
            elif ap.startswith("a") and hour == 12:
                hour = 0
            if m.group("h7") and not _HOUR_LEAD.search(text, max(0, m.start() - 12), m.start()):
                continue  # "scored 4 in the morning session": no time
            if not ap and 1 <= hour <= 12 and (m.group("h2") or m.group("h5") or m.group("h7")):
                later = _LATER_PART.match(text, m.end())
                if later and hour == 12:
                    hour = 0 if later.group("part").lower() == "night" else hour  # "12 at night"
                elif later and (later.group("part").lower() != "night" or hour >= 6):
                    hour += 12  # "6:15 Tuesday evening", "9 o'clock at night": after noon
            value = hour * 100 + minute
        if not ap and not m.group("noon") and _game_clock(text, m.start(), m.end()):
            continue
        if m.group("h4") and _SPAN_BEFORE.search(text, max(0, m.start() - 30), m.start()):
            continue  # "spent over 2000 hours on it": a span of hours, no clock
        start, low = m.start(), value
        if ap and m.group("h"):
            first = _first_hour(text, start, value, ap)
            if first is not None:
                start, low = first
                while out and out[-1].end > start:
                    out.pop()  # "9:30-10 a.m.": the span replaces its first time found alone
        end = m.end()
        tz = _TZ.match(text, end)
        unit = ""
        if tz:
            unit = " ".join(tz.group("tz").split())
            end = tz.end()
        lead = _window_start(text, out[-1], start, value) if ap and low == value and out else None
        if lead is not None:
            opening = out.pop()  # "between 2pm and 4pm": one window of time, not two moments
            start, low = lead, int(opening.low or 0)
            unit = unit or opening.unit
        qualifier = "range" if low != value else ""
        out.append(
            quantity_at(text, start, end, "time", float(low), float(value), unit=unit, qualifier=qualifier)
        )
    # a sentence on a 24-hour clock writes its other times so too: "Polls opened at 0700 local
    # time and will close at 1900" (a year anywhere else); and a leading zero makes no year or
    # count: "612 patients on trolleys at 0800 on Tuesday" ("call 0800 555 111" is a number to ring)
    bare = [m for m in _BARE_24.finditer(text) if not _MORE_DIGITS.match(text, m.end("hm"))]
    # "(0400-1900 GMT)", "2200-0500 local time": a span whose end names its zone or its hours
    bare += (m for m in _BARE_24_SPAN.finditer(text) if _ZONED.match(text, m.end("hm") + 5))
    on_24_hours = on_24_hours or any(m.group("hm")[0] == "0" for m in bare)
    taken = [(q.start, q.end) for q in out]
    added = False
    for m in bare if on_24_hours else ():
        if not any(s < m.end("hm") and m.start("hm") < e for s, e in taken):
            clock = float(m.group("hm"))
            out.append(quantity_at(text, m.start("hm"), m.end("hm"), "time", clock, clock))
            added = True
    if added:
        out.sort(key=lambda q: q.start)
    return out


_MORE_DIGITS = re.compile(r"[ \t]+\d")
# the part of a day after noon that follows a time with no a.m. or p.m.
_LATER_PART = re.compile(
    r"[ \t]+(?i:(?:on[ \t]+)?(?:(?:mon|tues|wednes|thurs|fri|satur|sun)day|this|tomorrow|yesterday|last)"
    r"[ \t]+|(?:in[ \t]+the|at)[ \t]+)?(?P<part>(?i:evening|afternoon|night))\b"
)


_BARE_24 = re.compile(
    r"(?i:\b(?:at|until|till|by|before|after|from|to|and|between)[ \t]+)"
    r"(?P<hm>(?:[01]\d|2[0-3])[0-5]\d)\b(?![\d,.]\d)"
)
# what ends a span of two times on a 24-hour clock: a zone or "hours"
_ZONED = re.compile(_TZ.pattern + r"|[ \t]+(?i:hours|hrs)\b")
# the first time of a span of two on a 24-hour clock: the "0400" of "0400-1900 GMT"
_BARE_24_SPAN = re.compile(
    r"(?<![\w,.])(?P<hm>(?:[01]\d|2[0-3])[0-5]\d)(?=[-–](?:[01]\d|2[0-3])[0-5]\d\b(?![\d,.]\d))"
)


# "between 2pm and 4pm", "between 10.30pm and 11pm": the two ends of a window of time, told
# with their own a.m. or p.m. ("from 4pm until 10pm" stays two times: a start and an end)
_WINDOW_LEAD = re.compile(r"(?i:\bbetween[ \t]+)$")
_WINDOW_JOIN = re.compile(r"[ \t]+(?i:and)[ \t]+")


def _window_start(text: str, first: Quantity, start: int, value: int) -> int | None:
    """Where a window "between" two times of one day begins, when `first`, a clock time found
    just before, opens it with the time at `start` (an overnight window stays two times)."""
    if first.kind != "time" or first.low != first.high or first.low is None or first.low >= value:
        return None
    if not _WINDOW_JOIN.fullmatch(text, first.end, start):
        return None
    lead = _WINDOW_LEAD.search(text, max(0, first.start - 10), first.start)
    return lead.start() if lead else None


def _first_hour(text: str, start: int, value: int, ap: str) -> tuple[int, int] | None:
    """The start and HHMM value of a bare hour that opens a span ending at this time ("between
    2 and 4 p.m." is 1400 to 1600), or None. The bare hour takes the same a.m./p.m. unless that
    puts it after the end ("11 to 1 p.m." starts at 11 a.m.)."""
    m = _HOUR_BEFORE.search(text, max(0, start - 30), start)
    if m is None or (m.group("join").lower() == "and" and not m.group("lead")):
        return None
    hour, minute = int(m.group("h")), int(m.group("m") or 0)
    if ap.startswith("p") and hour < 12:
        hour += 12
    elif ap.startswith("a") and hour == 12:
        hour = 0
    first = hour * 100 + minute
    if first >= value:
        first -= 1200
    if first < 0:
        return None
    return m.start(), first


# "temperatures in the high 30s", "the mercury climbed into the mid-30s": degrees, not years
_TEMPERATURE_WORD = re.compile(
    r"(?i:\b(?:temperatures?|temps|mercury|thermometers?|highs?|lows?|maximums?|minimums?|heat(?:wave)?"
    r"|degrees?|sweltered|swelter(?:ing)?|scorching)\b)"
)
_TEMPERATURE_PART = re.compile(
    r"(?i:\b(?:(?P<low>low|lower)|(?P<mid>mid|middle)|(?P<high>high|upper))[ \t-]*)$"
)
_THE_BEFORE = re.compile(r"(?i:\b(?:the|and|to|or)[ \t]+)$")


def _temperature_decade(text: str, start: int, base: float) -> Quantity | None:
    """ "the mid-30s" in a sentence of temperatures: the degrees of its part of the decade."""
    part = _TEMPERATURE_PART.search(text, max(0, start - 8), start)
    lead = part.start() if part else start
    if not _THE_BEFORE.search(text, max(0, lead - 6), lead):
        return None
    if not _TEMPERATURE_WORD.search(text, max(0, lead - 80), lead):
        return None
    low, high = base, base + 9
    if part and part.group("low"):
        high = base + 3
    elif part and part.group("mid"):
        low, high = base + 3, base + 6
    elif part and part.group("high"):
        low = base + 6
    end = start + len(str(int(base))) + 1
    return quantity_at(text, lead, end, "temperature", low, high, unit="degree", qualifier="approx")


_SPELLED_DECADES = {
    "twenties": 20, "thirties": 30, "forties": 40, "fifties": 50, "sixties": 60, "seventies": 70,
    "eighties": 80, "nineties": 90,
}  # fmt: skip
SPELLED_DECADE_WORDS = frozenset(_SPELLED_DECADES)
_SPELLED_AGE = re.compile(
    r"(?i:\b(?:his|her|their)[ \t]+(?:early[ \t]+|mid-?[ \t]*|late[ \t]+)?"
    rf"(?P<dec>{'|'.join(_SPELLED_DECADES)})\b)"
)


# "five below zero", "12 degrees below zero", "minus 3 or below zero": a temperature under 0
_BELOW_ZERO = re.compile(
    r"(?i:\b(?:(?P<n>\d+(?:\.\d+)?|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen"
    r"|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|twenty|thirty|forty)[ \t]+"
    r"(?:degrees?[ \t]+(?:(?P<scale>celsius|fahrenheit|C|F)[ \t]+)?)?)?"
    r"(?P<side>below|above|under)[ \t]+zero\b)"
)
# words of cold weather: a sentence with one reads "minus 20" and "five below zero" as temperatures
COLD_WORDS = re.compile(
    r"(?i:\b(?:temperatures?|mercury|thermometers?|cold|colder|frost|freez\w*|degrees?|wind[ \t]?chills?"
    r"|chills?|winter|snow|ice|icy)\b)"
)


def below_zero(text: str) -> list[Quantity]:
    """Temperatures told against zero: "five below zero" is -5, "below zero" at most 0."""
    out: list[Quantity] = []
    if not COLD_WORDS.search(text):
        return out  # "rates fell below zero": no temperature
    for m in _BELOW_ZERO.finditer(text):
        scale = (m.group("scale") or "").lower()
        unit = {"celsius": "°C", "c": "°C", "fahrenheit": "°F", "f": "°F"}.get(scale, "degree")
        if m.group("n"):
            word = m.group("n").lower()
            value = float(numwords.SMALL[word]) if word in numwords.SMALL else float(word)
            value = value if m.group("side").lower() == "above" else -value
            out.append(quantity_at(text, m.start(), m.end(), "temperature", value, value, unit=unit))
        elif m.group("side").lower() == "above":
            out.append(
                quantity_at(text, m.start(), m.end(), "temperature", 0.0, None, unit=unit, qualifier="min")
            )
        else:
            out.append(
                quantity_at(text, m.start(), m.end(), "temperature", None, 0.0, unit=unit, qualifier="max")
            )
    return out


_SPELLED_CENTURY_DECADE = re.compile(
    rf"(?i:\b(?P<century>nineteen|eighteen)[ \t-]+(?P<dec>{'|'.join(_SPELLED_DECADES)})\b)"
)


# "in the Thirties", "the mid-Sixties", "the Swinging Sixties": a decade of the 1900s, capitalised
# as papers write the era (in lower case it may be the weather's "highs in the sixties" or an age)
_THE_DECADE = re.compile(
    r"\b(?i:the)[ \t]+(?P<part>(?i:early|late)[ \t]+|(?i:mid)-?[ \t]*)?(?:(?i:swinging|roaring)[ \t]+)?"
    rf"(?P<dec>(?i:{'|'.join(_SPELLED_DECADES)}))\b"
)


def spelled_decades(text: str) -> list[Quantity]:
    """Decades in words: "in the early nineteen seventies" (1970-1979), "the mid-Sixties"."""
    out: list[Quantity] = []
    for m in _THE_DECADE.finditer(text):
        word = m.group("dec")
        if not word[0].isupper() or title_case(text):
            continue  # "music of the sixties", "highs in the sixties": an age or the weather
        base = 1900.0 + _SPELLED_DECADES[word.lower()]
        start = m.start("part") if m.group("part") else m.start("dec")  # "mid-Sixties"
        out.append(quantity_at(text, start, m.end(), "year", base, base + 9, unit="decade"))
    for m in _SPELLED_CENTURY_DECADE.finditer(text):
        base = (1900.0 if m.group("century").lower() == "nineteen" else 1800.0) + _SPELLED_DECADES[
            m.group("dec").lower()
        ]
        out.append(quantity_at(text, m.start(), m.end(), "year", base, base + 9, unit="decade"))
    return out


def spelled_age_decades(text: str) -> list[Quantity]:
    """Ages told as a decade in words: "in his late twenties", "now in her nineties"."""
    out: list[Quantity] = []
    for m in _SPELLED_AGE.finditer(text):
        base = float(_SPELLED_DECADES[m.group("dec").lower()])
        out.append(quantity_at(text, m.start("dec"), m.end(), "age", base, base + 9, qualifier="approx"))
    return out


# a person and a bracket, as Irish and British papers give an age told by its decade: "Man (40s)"
_PERSON_BRACKET = re.compile(
    r"(?i:\b(?:man|woman|men|women|boy|girl|pensioner|teen|teenager|driver|motorcyclist|cyclist"
    r"|pedestrian|passenger|victim|mother|father)[ \t]*\([ \t]*)$"
)


# an age group named by its bound, as British and Irish papers write it: "the over-65s",
# "under-35s", "the over 70s"
_AGE_GROUP = re.compile(r"(?i:\b(?P<side>over|under)[ \t]*[- \t][ \t]*(?P<n>[1-9]\d)['’]?s)\b")


def decades(text: str) -> list[Quantity]:
    """Decades as spans of years ("1940s and 1950s" is one span), or ages ("in her 60s", "the
    over-65s")."""
    out: list[Quantity] = []
    for m in _AGE_GROUP.finditer(text):
        n = float(m.group("n"))
        low, high = (n, None) if m.group("side").lower() == "over" else (None, n)
        qualifier = "min" if high is None else "max"
        out.append(quantity_at(text, m.start(), m.end(), "age", low, high, qualifier=qualifier))
    for m in _DECADE.finditer(text):
        dec = m.group("dec")
        if any(q.start <= m.start("dec") < q.end for q in out):
            continue  # the decade of "the over-60s" is its age group's
        if m.group("pre") or (
            len(dec) == 2 and _PERSON_BRACKET.search(text, max(0, m.start() - 24), m.start())
        ):
            # "in her 60s", "Man (40s) dies": an age
            if len(dec) != 2:
                continue
            base = float(dec)
            out.append(quantity_at(text, m.start("dec"), m.end(), "age", base, base + 9, qualifier="approx"))
            continue
        if (
            len(dec) == 2
            and not m.group("q")
            and out
            and out[-1].kind == "age"
            and _AGE_DECADE_JOIN.fullmatch(text[out[-1].end : m.start()])
        ):
            # "in their 60s and 70s", "in his 50s or 60s": the second decade is an age too
            base = float(dec)
            out.append(quantity_at(text, m.start("dec"), m.end(), "age", base, base + 9, qualifier="approx"))
            continue
        if len(dec) == 2 and not m.group("q"):
            warm = _temperature_decade(text, m.start("dec"), float(dec))
            if warm is not None:  # "temperatures climbed into the mid-30s"
                out.append(warm)
                continue
        if len(dec) == 2:
            if not m.group("q") and not _DECADE_LEAD.search(text[: m.start()]):
                continue
            base = 1900 + float(dec)
            span = 9.0
        elif len(dec) == 4:
            base = float(dec)
            span = 99.0 if dec.endswith("00") and base < 2000 else 9.0  # "the 1800s": a century
        else:
            continue
        start = m.start("q") if m.group("q") else m.start("dec")
        prefix = _DECADE_PREFIX.search(text, max(0, start - 6), start)
        start = prefix.start() if prefix else start
        out.append(quantity_at(text, start, m.end(), "year", base, base + span, unit="decade"))
    # "1940s and 1950s", "40s and 50s": one span of years
    merged: list[Quantity] = []
    for q in out:
        if (
            merged
            and q.kind == "year"
            and merged[-1].kind == "year"
            and _DECADE_JOIN.fullmatch(text[merged[-1].end : q.start])
        ):
            prev = merged.pop()
            merged.append(quantity_at(text, prev.start, q.end, "year", prev.low, q.high, unit="decade"))
        else:
            merged.append(q)
    return merged


def article_durations(text: str) -> list[Quantity]:
    """ "a month", "an hour", "half an hour" (not "$900 a month" or "twice a year")."""
    out: list[Quantity] = []
    for m in _A_TIME.finditer(text):
        before = text[max(0, m.start() - 40) : m.start()]
        if _RATE_BEFORE.search(before) and not _PREPOSITION_BEFORE.search(before):
            continue  # "$900 a month", "twice a year", "2.3 million barrels a day": a rate
        if (_BASELINE_BEFORE.search(before) and _BASELINE_AFTER.match(text, m.end())) or _EARLIER_AFTER.match(
            text, m.end()
        ):
            continue  # "up 11% from a year earlier", "$1.12 a share, a year earlier": the base of a change
        if _ON_BEFORE.search(before) and not m.group("half") and not m.group("part"):
            continue  # "on a day when the Chiefs rushed for 352 yards": a time, not a span
        half2 = (m.group("half2") or "").lower()
        value = 0.5 if (m.group("half") or half2.startswith("half")) else 1.0
        value = 0.25 if half2.startswith("quarter") else value  # "a quarter century"
        value += 0.5 if m.group("andhalf") else 0.0
        part = (m.group("part") or "").lower()
        if part:  # "a quarter of a century", "three quarters of an hour"
            value = 0.75 if part.startswith("three") else 0.25
        unit, value = units.in_weeks(units.TIME_UNITS[m.group("unit").lower()][1], value)  # "a fortnight"
        qual = qualifier_before(text, m.start())
        start, low, high, qualifier = apply_span_qualifier(text, m.start(), value, value, qual)
        out.append(quantity_at(text, start, m.end(), "duration", low, high, unit=unit, qualifier=qualifier))
    return out


def units_or_two(text: str) -> list[Quantity]:
    """ "in a day or two", "in the next minute or two": a span of one to two (or three) units."""
    out: list[Quantity] = []
    for m in _UNIT_OR_TWO.finditer(text):
        unit = units.TIME_UNITS[m.group("unit").lower()][1]
        most = 2.0 if m.group("n").lower() == "two" else 3.0
        start = m.start() if m.group("article") else m.start("unit")
        out.append(quantity_at(text, start, m.end(), "duration", 1.0, most, unit=unit))
    return out
