"""A quantity's value as an interval in one unit per family, widened by how it was written.

Durations are compared in hours, measures in one unit of their kind, dates as days, clock
times as minutes, temperatures in Celsius, fractions as percents. The tolerance reads the
last written digit ("43 million" is rounded to the million, capped at a tenth of the value);
an approximation widens it, while years, ages, small counts and spelled counts ("eight
years") are exact.
"""

from __future__ import annotations

import datetime as dt
import math
import re
from typing import NamedTuple

from reader.core import dates, units
from reader.core.model import Quantity

_WRITTEN_NUMBER = re.compile(r"\d[\d,]*(?:\.\d+)?")
_DIGIT = re.compile(r"\d")
# a time a race took, as a stopwatch shows it: "2:03:14", "1:59.40", "2h 05m 59s" (its last digit
# is the unit: a second, a hundredth; a minute in "4h 30m")
_STOPWATCH = re.compile(
    r"\d(?::\d\d(?::\d\d)?|h[ \t]?\d\d?m(?P<seconds>[ \t]?\d\d?)?)(?:\.(?P<fraction>\d+))?"
)
# how far "about" takes a clock time, in minutes: a round hour, a time given to the minute
_ABOUT_HOUR = 20
_ABOUT_MINUTES = 10
_ABOUT_BEFORE = re.compile(
    r"(?i:\b(?:around|about|approximately|roughly|shortly[ \t]+(?:before|after)|just[ \t]+(?:before|after))"
    r"[ \t]+)$"
)
# an approximation from one side: "almost 90%" is under 90 (93.87% is not almost 90%), "just
# over 2 hours" above 2 hours
_FROM_BELOW = re.compile(r"(?i:(?:almost|nearly|just[ \t]+under|not[ \t]+quite)[ \t])")
_FROM_ABOVE = re.compile(r"(?i:just[ \t]+over[ \t])")
# how far past its bound a one-sided approximation may still be read (a figure cut short:
# "nearly $3.6 billion" for $3.61 billion)
_ONE_SIDE_SLACK = 0.01
# how far short of its figure in digits an approximation from one side may fall ("nearly",
# "just over"), unless half its last digit is more; "almost a fifth" keeps the wider reach of a
# fraction in words
_NEARLY = 0.05
MEASURE_FACTORS = {
    display: factor for (_kind, factor, display) in (*units.MEASURES.values(), *units.BYTE_RATES.values())
}
TIME_FACTORS = {display: factor for (factor, display) in units.TIME_UNITS.values()}


def one_side(q: Quantity) -> tuple[str, str]:
    """("below", "90%") for an approximation from below ("almost 90%", "nearly 23,000"), ("above",
    "2 hours") for one from above ("just over 2 hours"), ("", "") otherwise."""
    if q.qualifier != "approx" or q.low != q.high or q.low is None:
        return "", ""
    for side, pattern in (("below", _FROM_BELOW), ("above", _FROM_ABOVE)):
        m = pattern.match(q.text)
        if m:
            return side, q.text[m.end() :].strip()
    return "", ""


class Interval(NamedTuple):
    """A figure's family, value interval and tolerance (see `reader.core.figures.Figure`)."""

    family: str
    lo: float
    hi: float
    tol_lo: float
    tol_hi: float
    currency: str
    weekday: str
    month_day: tuple[int, int] | None


# a span of fewer whole units than this, written in digits, is exact like a small count
_SMALL_SPAN = 100
# families whose written bounds ("more than", "up to") hold as written, not to their rounding
_EXACT_BOUNDS = frozenset({"count", "money", "percent"})


def value_interval(q: Quantity, sentence: str, rel_start: int) -> Interval | None:
    """The value interval and its tolerance for `q` (at `rel_start` in `sentence`); None for a
    date that names no day, month or weekday."""
    family = q.kind
    low, high = q.low, q.high
    factor = 1.0
    currency = ""
    if q.kind == "fraction":
        family, factor = "percent", 100.0
    elif q.kind == "money":
        currency = q.unit
    elif q.kind == "duration":
        factor = TIME_FACTORS.get(q.unit, 1.0)
    elif q.kind in (
        "distance",
        "weight",
        "speed",
        "area",
        "volume",
        "power",
        "energy",
        "data",
        "frequency",
        "bitrate",
        "voltage",
        "concentration",
        "resolution",
        "yield",
    ):
        factor = MEASURE_FACTORS.get(q.unit, 1.0)
    elif q.kind == "temperature" and q.unit == "°F":  # compared in degrees Celsius
        factor = 5 / 9
        low = low - 32 if low is not None else None
        high = high - 32 if high is not None else None
    weekday = ""
    month_day: tuple[int, int] | None = None
    if q.kind == "date":
        if q.unit == "day":
            return None  # "on the 5th": a day of a month not named, shown only
        if low is None and high is None:
            if q.unit not in dates.WEEKDAYS:
                return None
            weekday = q.unit
            lo = hi = math.nan
        else:
            span = _date_interval(low, high)
            if span is None:
                v = int(low or 0)
                month_day = (v // 100, v % 100) if v > 12 else (v, 0)
                lo = hi = math.nan
            else:
                lo, hi = span
        tol_lo, tol_hi = lo, hi
    else:
        lo = low * factor if low is not None else -math.inf
        hi = high * factor if high is not None else math.inf
        tol_lo, tol_hi = lo, hi
        if q.kind == "time" and low is not None:
            lo = tol_lo = (low // 100) * 60 + low % 100
            last = high if high is not None else low  # "between 2 and 4 p.m.": a span of minutes
            hi = tol_hi = (last // 100) * 60 + last % 100
            about = _ABOUT_BEFORE.search(sentence[max(0, rel_start - 20) : rel_start])
            if about:
                # "around 4 a.m." holds 4:20, not 4:30; "about 6:15" holds 6:25, not 6:50 (as
                # the helpers who annotated the benchmark sets read such pairs); "shortly after 6
                # p.m." is past six, not 5:40, and "just before" short of its time
                slack = _ABOUT_MINUTES if low % 100 else _ABOUT_HOUR
                side = about.group(0).lower()
                tol_lo = lo if "after" in side else lo - slack
                tol_hi = hi if "before" in side else hi + slack
        elif q.kind != "tally":
            # a share in words ("two-thirds", "a quarter", "one in five") is good to about ten
            # points: "two-thirds" is 64% rounded, never 41%
            raw_unit = (_FRACTION_UNIT if q.kind == "fraction" else _rounding_unit(q)) * factor
            unit = raw_unit
            spelled = not _DIGIT.search(q.text)
            if family in ("year", "age", "ordinal", "category") or (
                family == "count" and (low or 0) < 1000 and (high or 0) < 1000
            ):
                unit = 0.0  # years, ages, ranks, storm categories and small counts are exact
            elif spelled and family in ("count", "duration", "category"):
                unit = 0.0  # "eight years" is eight, not about eight
            elif family == "duration" and raw_unit == factor and max(low or 0, high or 0) < _SMALL_SPAN:
                # "lasted 44 days" / "lasted 43 days": a count of whole days, exact as if spelled
                # (not a round "10 minutes", nor "2.5 hours")
                unit = 0.0
            if q.qualifier == "approx":
                unit = raw_unit
            down = unit if q.qualifier == "approx" else unit / 2
            cap = 0.5 if spelled else 0.1  # "one mile" may be 1.2 miles; "40,000" is not 48,000
            if low is not None and not math.isinf(lo):
                tol_lo = lo - min(down, abs(lo) * cap)
            # a point value may be a figure cut short ("$139 million" for $139.9 million), but a
            # share is rounded: "0.6%" and "0.7 percent", "11%" and "12%" are two figures
            up = unit if low == high and (family != "percent" or q.qualifier == "approx") else unit / 2
            if high is not None and not math.isinf(hi):
                tol_hi = hi + min(up, abs(hi) * cap)
            if q.qualifier == "min" and family in _EXACT_BOUNDS:
                tol_lo = lo  # "more than 50,000 fans" is a bound: a crowd of 49,210 is below it
            if q.qualifier == "max" and family in _EXACT_BOUNDS:
                tol_hi = hi
            side = one_side(q)[0]
            if side == "below":
                tol_hi = hi + abs(hi) * _ONE_SIDE_SLACK
                if not spelled:  # "nearly 13%" is not 12.1%; "almost 6%" is 5.6%, "nearly 1,900" 1,846
                    tol_lo = max(tol_lo, lo - max(unit / 2, abs(lo) * _NEARLY))
            elif side == "above":
                tol_lo = lo - abs(lo) * _ONE_SIDE_SLACK
                if not spelled:
                    tol_hi = min(tol_hi, hi + max(unit / 2, abs(hi) * _NEARLY))
            if spelled and q.qualifier == "approx" and low != high and high is not None:
                tol_hi = (
                    hi * 1.5
                )  # "thousands of Palestinians" may be 14,000; "tens of thousands" not 200,000
    return Interval(family, lo, hi, tol_lo, tol_hi, currency, weekday, month_day)


_FRACTION_UNIT = 0.1


def _rounding_unit(q: Quantity) -> float:
    """The place value of the last written digit ("43 million" -> 1e6, "1.2" -> 0.1), in q's units."""
    text = q.text
    digits = _WRITTEN_NUMBER.search(text)
    value = q.low if q.low is not None else q.high
    if value is None or value == 0:
        return 0.0
    stopwatch = _STOPWATCH.search(text) if q.unit == "second" else None
    if stopwatch:  # "2:03:14" is told to the second, not to the hour its first digit counts
        if "h" in stopwatch.group(0) and not stopwatch.group("seconds"):
            return 60.0
        return 10.0 ** -len(stopwatch.group("fraction") or "")
    if digits is None:
        # spelled out: a whole number of its own size ("one mile", "four hours")
        magnitude = 10 ** max(0, int(math.log10(abs(value))) - (0 if abs(value) < 10 else 1))
        return float(magnitude) if abs(value) >= 100 else 1.0
    written = digits.group(0).replace(",", "")
    number = float(written)
    if number == 0:
        return 0.0
    scale = abs(value / number)  # "minus 35C" is written 35: its last digit counts degrees, not minus ones
    if "." in written:
        unit = 10.0 ** -len(written.split(".")[1])
    else:
        stripped = written.rstrip("0")
        unit = 10.0 ** (len(written) - len(stripped))
    return unit * scale


def _date_interval(low: float | None, high: float | None) -> tuple[float, float] | None:
    """Day ordinals for a date value with a year; None when the year is unknown."""
    if low is None or high is None:
        return None
    a, b = _value_days(low, first=True), _value_days(high, first=False)
    if a is None or b is None:
        return None
    return a, b


def _value_days(value: float, *, first: bool) -> float | None:
    v = int(value)
    try:
        if v >= 10_000_000:
            return float(dt.date(v // 10000, v // 100 % 100, v % 100).toordinal())
        if v >= 100_000:
            year, month = v // 100, v % 100
            if first:
                return float(dt.date(year, month, 1).toordinal())
            nxt = dt.date(year + month // 12, month % 12 + 1, 1)
            return float(nxt.toordinal() - 1)
    except ValueError:
        return None
    return None
