"""How two figures about one thing relate: agree, compatible (both can hold) or conflict."""

from __future__ import annotations

import math
import re
from dataclasses import dataclass

from reader.core import dates
from reader.core.figures import Figure, discrete, exact, half_day, month_day_of, time_unit_size
from reader.core.intervals import one_side

# families whose figures may be written in different units of one measure
_CONVERTED = frozenset({"distance", "weight", "speed", "area", "volume", "power", "energy", "duration"})
_MEASURES = frozenset({"distance", "weight", "speed", "area", "volume", "temperature"})
_ROUNDED_MEASURES = _MEASURES | {"power", "energy"}
_ONE_VALUE = 0.03  # converted, one value in two units differs by its rounding at most
_ONE_SPAN = 0.02  # "90 days" is three months of 30.4 days, 1.4% apart
_DAY = 24.0  # hours
# a bound told as the most there was or may be: "up to 10 cm", "as much as three metres",
# "within seven days"
_STATED_MAXIMUM = re.compile(
    r"(?i:(?:up[ \t]+to|as[ \t]+(?:much|many|high|long|deep|large|big|far|tall)[ \t]+as|within|a[ \t]+maximum"
    r"[ \t]+of|maximum[ \t]+of)[ \t])"
)
# words that date an event by the report's own day, as read from its date or dateline
_SAME_DAY = frozenset({"today", "tonight", "this morning", "this afternoon", "this evening"})


@dataclass(frozen=True)
class Verdict:
    """How two figures relate: "agree", "compatible" or "conflict", and why."""

    kind: str
    reason: str


def compare(a: Figure, b: Figure) -> Verdict:
    """Whether two figures about one thing agree, can both hold, or cannot."""
    if a.family == "tally":
        if (a.q.low, a.q.high) in ((b.q.low, b.q.high), (b.q.high, b.q.low)):
            return Verdict("agree", "")  # "Nacional beat Penarol 3-1", "Penarol lost 1-3": one result
        return Verdict("conflict", "the tallies differ")
    if a.family == "date":
        return _compare_dates(a, b)
    if _same_value(a.lo, b.lo) and _same_value(a.hi, b.hi):
        if a.family == "time" and a.time_side != b.time_side:
            # "He finally surrendered at 6 p.m." / "gave himself up just after 6:00 p.m.": both may
            # hold, though not one value told twice
            side = a.time_side or b.time_side
            return Verdict("compatible", f"one report tells the time as {_SIDE_WORDS[side]} the other")
        return Verdict("agree", "")  # "2 hours 19 minutes 40 seconds" and "2:19:40", summed apart
    if a.family == "time" and abs(a.lo - b.lo) == 720 and not (half_day(a) and half_day(b)):
        return Verdict("agree", "")  # "6:41" and "6:41pm"
    if a.family == "time" and a.q.unit != b.q.unit and a.q.unit and b.q.unit:
        return Verdict("compatible", "the times are given in different time zones")
    if a.family == "time" and _zoned(a) != _zoned(b) and a.lo % 60 == b.lo % 60:
        # "at 10 a.m. on Saturday, Japan time" / "at 01:00 GMT": whole hours apart, one in a zone
        # named and the other in the place's own time
        return Verdict("compatible", "one time names its time zone, the other may be local time")
    if a.family == "money" and (a.converted or b.converted):
        return Verdict("compatible", "one figure is a currency conversion; exchange rates differ")
    if _two_maxima_apart(a, b):
        return Verdict("conflict", "the reports give different maxima")
    a_lo, a_hi, b_lo, b_hi = a.tol_lo, a.tol_hi, b.tol_lo, b.tol_hi
    if a.family == "duration" and a.q.unit != b.q.unit:
        # "a week" and "eight days", "three months" and "90 days": a whole number of the
        # coarser unit is exact only to half that unit
        size_a, size_b = time_unit_size(a), time_unit_size(b)
        if size_a > size_b:
            a_lo, a_hi = min(a_lo, a.lo - size_a / 2), max(a_hi, a.hi + size_a / 2)
        elif size_b > size_a:
            b_lo, b_hi = min(b_lo, b.lo - size_b / 2), max(b_hi, b.hi + size_b / 2)
    # shares are rounded: "5.2%" and "5.1 percent" only touch at 5.15, "11%" and "12%" at 11.5
    rounded = a.family == "percent"
    if (
        a.family in _ROUNDED_MEASURES
        and a.q.unit == b.q.unit
        and exact(a)
        and exact(b)
        and not (a.q.qualifier or b.q.qualifier)
    ):
        # two measures in one unit, each written plainly, are each rounded to their last digit:
        # "an 11-kilometre line" / "the 12-kilometre line", "110 km/h" / "120 km/h" only touch
        # at the half (a sum cut short, "$139 million" for $139.9 million, is money's alone)
        a_hi = min(a_hi, a.hi + (a.lo - a.tol_lo))
        b_hi = min(b_hi, b.hi + (b.lo - b.tol_lo))
        rounded = True
    top, bottom = max(a_lo, b_lo), min(a_hi, b_hi)
    touch = top == bottom or (math.isfinite(top) and math.isclose(top, bottom, rel_tol=1e-9))
    overlap = (top < bottom and not (rounded and touch)) or (
        touch and (a_lo != a_hi or b_lo != b_hi) and not rounded
    )
    if not overlap and a.at_close is not None and b.at_close is not None and a.at_close != b.at_close:
        return Verdict("compatible", "one move is told at the close, the other earlier in the day")
    if not overlap and _aged_between(a, b):
        return Verdict(
            "compatible", "the reports are years apart; the later gives the age the person has reached"
        )
    if not overlap and _counted_on_other_days(a, b):
        return Verdict("compatible", "the tolls are counted on different days; a toll grows as it is updated")
    if not overlap and _risen_since(a, b):
        return Verdict("compatible", "the higher toll is told as risen to it: a later count")
    if not overlap:
        for x, y in ((a, b), (b, a)):
            side, figure = one_side(x.q)
            if (side == "below" and y.lo > x.hi) or (side == "above" and y.hi < x.lo):
                where = "under" if side == "below" else "above"
                return Verdict("conflict", f'"{_short(x)}" is {where} {figure}; {_short(y)} is not')
        return Verdict("conflict", "the figures cannot both be right")
    if one_value_in_two_units(a, b) or _one_bound_in_two_units(a, b) or _one_span_in_two_units(a, b):
        return Verdict("agree", "")
    return Verdict("compatible", _why_compatible(a, b))


_SIDE_WORDS = {"after": "shortly after", "before": "shortly before"}


def _two_maxima_apart(a: Figure, b: Figure) -> bool:
    """Two upper bounds of one thing that differ by more than rounding ("hailstones up to 7 cm
    across" / "up to 10 cm", "within 14 days" / "within seven days"): each report gives the
    maximum, and one of them is wrong. (Two lower bounds, "at least 12 dead" / "at least nine",
    are a toll told at two moments: compatible.)"""
    if not (math.isinf(a.lo) and math.isinf(b.lo) and math.isfinite(a.hi) and math.isfinite(b.hi)):
        return False
    if not (_STATED_MAXIMUM.match(a.q.text) and _STATED_MAXIMUM.match(b.q.text)):
        return False  # "less than a month" / "less than four weeks": bounds, not maxima reached
    slack = max(
        a.tol_hi - a.hi,
        b.tol_hi - b.hi,
        _ONE_VALUE * max(abs(a.hi), abs(b.hi)),
        max(time_unit_size(a), time_unit_size(b)) / 2,  # "within a week" / "within eight days"
    )
    return abs(a.hi - b.hi) > slack


def _same_value(x: float, y: float) -> bool:
    return x == y or math.isclose(x, y, rel_tol=1e-9)


def _aged_between(a: Figure, b: Figure) -> bool:
    """One person's age in reports written a year or more apart, the later one older by no more
    than the years between them and a birthday ("Orozco, 27," when charged in 2005, "Orozco, 29,"
    at his trial in 2007)."""
    if a.family != "age" or not (a.published and b.published) or a.lo != a.hi or b.lo != b.hi:
        return False
    first, second = dates.parse_reference(a.published), dates.parse_reference(b.published)
    if first is None or second is None:
        return False
    if first > second:
        first, second, a, b = second, first, b, a
    years = (second - first).days / 365.25
    grown = b.lo - a.lo
    # a year or more between the reports (within one, a birthday between them is no news: a
    # day's reports that differ by a year disagree); a birthday may fall in the part-year left
    return years >= 1 and 0 < grown <= math.floor(years) + 1


def _counted_on_other_days(a: Figure, b: Figure) -> bool:
    """Two tolls of one event dated to different days, one told as a count that grows ("rose to
    57 on Wednesday" / "By Tuesday evening, ... 41 deaths"): a later count, not a disagreement."""
    return (
        bool(a.event)
        and a.event == b.event
        and bool(a.days and b.days)
        and not a.days & b.days
        and (a.updated or b.updated)
    )


def _risen_since(a: Figure, b: Figure) -> bool:
    """Two tolls of one event, the higher told as risen to its value by a day it names ("The
    death toll ... rose to 13 on Tuesday evening" / "killing 11 workers"): the lower is an earlier
    count. Without a day named, the helpers who annotated the benchmark sets read "rose to 27"
    against "killing 24 people" as a conflict."""
    if not (a.event and a.event == b.event):
        return False
    high, low = (a, b) if a.lo > b.lo else (b, a)
    return high.risen and bool(high.days) and not low.risen


def _one_span_in_two_units(a: Figure, b: Figure) -> bool:
    """One span of time in days and in months or weeks: "a 90-day stint" / "a three-month stay",
    "six months" / "180 days" (a month being 30.4 days on average). "A week" and "eight days"
    stay compatible. Hours, minutes and seconds are not rounded into one another: "2 hours, 6
    minutes and 48 seconds" and "2:08:46" are two times."""
    return (
        a.family == "duration"
        and a.q.unit != b.q.unit
        and max(time_unit_size(a), time_unit_size(b)) > _DAY
        and exact(a)
        and exact(b)
        and abs(a.lo - b.lo) <= _ONE_SPAN * max(abs(a.lo), abs(b.lo))
    )


def _one_bound_in_two_units(a: Figure, b: Figure) -> bool:
    """One bound written in two units: "waves of up to 9 metres" / "as high as 30 feet" (9.1 m),
    "more than 100 miles" / "more than 160 km": the same bound, converted and rounded."""
    if not _two_units(a, b) or a.q.qualifier not in ("min", "max") or a.q.qualifier != b.q.qualifier:
        return False
    x, y = (a.lo, b.lo) if a.q.qualifier == "min" else (a.hi, b.hi)
    if not (math.isfinite(x) and math.isfinite(y)) or max(abs(x), abs(y)) == 0:
        return False
    return abs(x - y) <= _ONE_VALUE * max(abs(x), abs(y))


def _two_units(a: Figure, b: Figure) -> bool:
    """Two measures written in two units of one kind ("35 km" / "22 miles")."""
    return a.family in _MEASURES and a.q.unit != b.q.unit and bool(a.q.unit and b.q.unit)


def one_value_in_two_units(a: Figure, b: Figure) -> bool:
    """One value written in two units ("a depth of 35 km" / "22 miles", "2,000 acres" / "about
    810 hectares"): each, converted, lies within the other's rounding. People annotate such
    mentions as agreeing (the gold guidelines convert before they compare), and two figures
    this close in different units are seldom two things, so the matcher pairs them even in a
    crowded sentence. A bound or a range on either side is no such value, nor a span of time
    (a story has many, in days and weeks)."""
    if not _two_units(a, b) or not (exact(a) and exact(b)):
        return False
    close = abs(a.lo - b.lo) <= _ONE_VALUE * max(abs(a.lo), abs(b.lo))  # "six miles" is no "10 km"
    return close and a.tol_lo <= b.lo <= a.tol_hi and b.tol_lo <= a.lo <= b.tol_hi


def _zoned(fig: Figure) -> bool:
    """Whether a clock time names a zone other than the place's own ("GMT", "ET", not "local time")."""
    return bool(fig.q.unit) and fig.q.unit != "local time"


def _why_compatible(a: Figure, b: Figure) -> str:
    for x, y in ((a, b), (b, a)):
        if x.q.qualifier == "range" and y.lo == y.hi and x.lo <= y.lo <= x.hi:
            return f"{_short(y)} lies inside the range"
        if x.q.qualifier == "min" and y.lo >= x.lo:
            # the bound as written: "more than two decades" is no lower bound of 2
            return f'{_short(y)} is consistent with the lower bound "{_short(x)}"'
        if x.q.qualifier == "max" and y.hi <= x.hi:
            return f'{_short(y)} is consistent with the upper bound "{_short(x)}"'
    if a.q.unit != b.q.unit and a.family in _CONVERTED:
        return "the same figure in different units, after conversion and rounding"
    if a.q.qualifier == "approx" or b.q.qualifier == "approx":
        return "the difference is within the approximation"
    if a.family == "time" and (a.tol_lo < a.lo or b.tol_lo < b.lo):
        return "the difference is within the approximation"  # "at about 6:15 p.m." / "6:50 p.m."
    if a.q.kind == "year" or a.q.qualifier == "range" or b.q.qualifier == "range":
        return "the spans overlap"
    if discrete(a) and a.lo != b.lo:
        return "the figures overlap"
    return "one figure is a rounding of the other"


def _compare_dates(a: Figure, b: Figure) -> Verdict:
    if a.q.unit in dates.WEEKDAYS and b.q.unit in dates.WEEKDAYS:
        if a.q.unit == b.q.unit:
            return Verdict("agree", "")
        return Verdict("conflict", "the days differ")
    if a.weekday or b.weekday:
        for x, y in ((a, b), (b, a)):
            days = _span_weekdays(y)
            if x.weekday and days:  # "Sunday" and "the weekend"
                if x.weekday in days:
                    return Verdict("compatible", "the day falls within the other's span")
                return Verdict("conflict", "the days differ")
        wa = a.weekday or (dates.weekday_of(a.q.low) if a.q.low else None)
        wb = b.weekday or (dates.weekday_of(b.q.low) if b.q.low else None)
        if wa is None or wb is None:
            return Verdict("agree", "")
        if wa == wb:
            return Verdict("agree", "")
        return Verdict("conflict", "the days differ")
    if a.month_day or b.month_day:
        ma = a.month_day or month_day_of(a)
        mb = b.month_day or month_day_of(b)
        if ma is None or mb is None or ma == mb:
            return Verdict("agree", "")
        if ma[0] == mb[0] and 0 in (ma[1], mb[1]):
            return Verdict("compatible", "the day falls within the month")
        return Verdict("conflict", "the dates differ")
    if math.isnan(a.lo) or math.isnan(b.lo):
        return Verdict("agree", "")
    if a.lo == b.lo and a.hi == b.hi:
        return Verdict("agree", "")
    if max(a.lo, b.lo) <= min(a.hi, b.hi):
        return Verdict("compatible", "one date falls within the other's span")
    if (a.q.unit in _SAME_DAY or b.q.unit in _SAME_DAY) and abs(a.lo - b.lo) == 1:
        return Verdict(
            "compatible",
            'one report\'s "today" is the day it ran; a time zone or a later edition moves it a day',
        )
    return Verdict("conflict", "the dates differ")


def _span_weekdays(fig: Figure) -> frozenset[str]:
    """The weekdays a span of a few days covers ("the weekend": Saturday, Sunday); empty otherwise."""
    if fig.q.low is None or fig.q.high is None or fig.q.low == fig.q.high:
        return frozenset()
    first, last = dates.weekday_of(fig.q.low), dates.weekday_of(fig.q.high)
    if first is None or last is None or fig.hi - fig.lo > 6:
        return frozenset()
    start = dates.WEEKDAYS.index(first)
    return frozenset(dates.WEEKDAYS[(start + n) % 7] for n in range(int(fig.hi - fig.lo) + 1))


def _short(fig: Figure) -> str:
    return fig.q.text.strip()
