"""Dates in news text: absolute dates, weekdays, relative days, and an article's own date.

A date's value is a number that sorts like the date: YYYYMMDD when the day is known,
YYYYMM for a month, MMDD or MM when the year is unknown. Weekdays and relative days
("Thursday", "yesterday") are resolved against a reference date when one is known.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Sequence
from dataclasses import dataclass
from functools import lru_cache

from reader.core.ordinals import ORDINAL_VALUES

MONTHS: dict[str, int] = {
    "jan": 1,
    "feb": 2,
    "mar": 3,
    "apr": 4,
    "may": 5,
    "jun": 6,
    "jul": 7,
    "aug": 8,
    "sep": 9,
    "oct": 10,
    "nov": 11,
    "dec": 12,
}
WEEKDAYS = ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")

MONTH_RE = (
    r"(?:Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?"
    r"|Sept?(?:ember)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?"
    r"|JANUARY|FEBRUARY|MARCH|APRIL|MAY|JUNE|JULY|AUGUST|SEPTEMBER|OCTOBER|NOVEMBER|DECEMBER)"  # datelines
)
_MONTH_ABBR_DOT = r"(?:Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec)\."
_M = rf"(?P<mon>{_MONTH_ABBR_DOT}|{MONTH_RE}\b)"
_D = r"(?P<day>[0-3]?\d)(?:st|nd|rd|th)?"
_Y = r"(?P<year>(?:1[89]|20)\d\d)(?!\d)"
# after a day and a month, any year from 1000: "4 July 1776" ("May 1500 people" is no date)
_Y_DAY = r"(?P<year>(?:1\d|20)\d\d)(?!\d)"
WEEKDAY_RE = r"(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day"

# a day of the month in words, as British copy writes it: "on the third of March, 1962"
DAY_WORDS = {word: value for word, value in ORDINAL_VALUES.items() if value <= 31}
_DAY_IN_WORDS = "|".join(sorted(DAY_WORDS, key=len, reverse=True))

# Absolute dates, tried in this order at each position.
DATE_PATTERNS: tuple[re.Pattern[str], ...] = (
    # "the third of March, 1962" (not "a third of March's rain", a share)
    re.compile(rf"(?<=\b[Tt]he )(?P<dayw>(?i:{_DAY_IN_WORDS}))[ \t]+of[ \t]+{_M}(?:,?[ \t]+{_Y_DAY})?"),
    # ISO, and as datelines also write it: "2012.08.08", "2012/08/08"
    re.compile(
        r"(?<![\d.,/])(?P<iy>(?:19|20)\d\d)(?P<sep>[-./])(?P<im>[01]\d)(?P=sep)(?P<id>[0-3]\d)\b(?![./]\d)"
    ),
    re.compile(r"\b(?P<a>[01]?\d)/(?P<b>[0-3]?\d)/(?P<ny>(?:19|20)\d\d|\d\d)\b"),
    # "08.07.2012": with full stops, the day comes first
    re.compile(r"\b(?P<ed>[0-3]?\d)\.(?P<em>[01]?\d)\.(?P<ey>(?:19|20)\d\d)\b(?!\.\d)"),
    re.compile(
        # "1-3 May", "from 6 to 8 June", "on 9 and 10 September": a span of days ("on 3 and 12
        # May" are two days, not the days between)
        r"\b(?:(?P<day0>[0-3]?\d)(?:st|nd|rd|th)?"
        r"(?:[ \t]*[-–][ \t]*|[ \t]+(?P<join>to|until|till|through|and)[ \t]+))?"
        rf"{_D}[ \t]+(?:of[ \t]+)?{_M}"
        # a two-digit year only right after the month, never a count or a share: "20 July, 34 per
        # cent higher", "on 20 July 34 people died"
        rf"(?:,?[ \t]+{_Y_DAY}|[ \t]+(?P<yy>\d\d)(?![\d:,.]\d)(?![ \t]*(?:%|per[ \t]*cent|[a-z])))?"
    ),
    re.compile(
        # "February the 15th", as speech has it: "the" only before an ordinal's suffix
        rf"{_M}[ \t]*(?:the[ \t]+(?=[0-3]?\d(?:st|nd|rd|th)\b))?{_D}(?![\d:]|,(?!(?:1[89]|20)\d\d(?!\d))\d)"
        # "May 5-11"; "May 5 to 11" when nothing is counted after it ("May 5 to 11 people")
        r"(?:(?:[ \t]*[-–][ \t]*|[ \t]+(?:to|through|until|till)[ \t]+(?=\d+(?:st|nd|rd|th)?(?:[ \t]*[,.;:)]"
        r"|[ \t]*$|[ \t]+(?:in|at|on|and|or|for|when|while|with|as|the|this|last|next|[A-Z]))))"
        r"(?P<day2>[0-3]?\d)(?:st|nd|rd|th)?(?![\d:%]|[ \t]*(?:percent|per[ \t]cent)))?"
        # "July 4, 1776" ("Jan. 5,2010" as scraped text has it); without the comma only from
        # 1800 ("May 5 1500 people" is no date)
        rf"(?:(?:,[ \t]+|,?[ \t]*(?=(?:1[89]|20)\d\d)){_Y_DAY})?"
    ),
    re.compile(rf"{_M}[ \t]*,?[ \t]+{_Y}"),
    # A month alone needs a preposition before it ("in February", "end of May").
    re.compile(
        r"\b(?i:in|of|by|since|until|till|from|through|to|before|after|during|early|late|mid|last|next"
        rf"|this|around|between|and)[ \t-]+(?P<mon>{MONTH_RE})\b(?![ \t]*\d)"
    ),
)
RELATIVE_RE = re.compile(
    rf"\b(?:(?P<mod>last|this|next|on|past)[ \t]+)?(?P<wd>{WEEKDAY_RE})\b"
    r"|\b(?P<rel>today|tonight|yesterday|tomorrow|last[ \t]+night|this[ \t]+(?:morning|afternoon|evening)"
    r"|(?:last|this|next|the|past)[ \t]+weekend|(?:last|this|next)[ \t]+(?:week|month|year))\b",
    re.IGNORECASE,
)
_FUTURE = re.compile(
    r"\b(?:will|shall|'ll|scheduled|expected|due|plans?|planned|set[ \t]+to|is[ \t]+to|are[ \t]+to"
    r"|to[ \t]+be|upcoming|next|until|deadline|coming)\b",
    re.IGNORECASE,
)


@dataclass(frozen=True)
class DateSpan:
    """A date found in text: span, value range and the written form's precision."""

    start: int
    end: int
    low: float | None
    high: float | None
    precision: str  # "day", "month", "week", "weekday" (unresolved), "year"
    unit: str = ""


def month_number(name: str) -> int:
    """1-12 for a month name or abbreviation."""
    return MONTHS[name.lower()[:3]]


def _nearest_year(month: int, day: int, ref: dt.date | None) -> int | None:
    """The year that puts month/day closest to the reference date."""
    if ref is None:
        return None
    best: tuple[int, int] | None = None
    for year in (ref.year - 1, ref.year, ref.year + 1):
        try:
            cand = dt.date(year, month, min(day, 28) if day else 15)
        except ValueError:
            continue
        gap = abs((cand - ref).days)
        if best is None or gap < best[0]:
            best = (gap, year)
    return best[1] if best else None


def encode(year: int | None, month: int, day: int | None) -> float:
    """The sortable number of a date (YYYYMMDD, YYYYMM, MMDD or MM)."""
    if year is None:
        return float(month * 100 + day if day else month)
    return float(year * 10000 + month * 100 + day if day else year * 100 + month)


def _valid(year: int | None, month: int, day: int | None) -> bool:
    if not 1 <= month <= 12:
        return False
    if day is None:
        return True
    try:
        dt.date(year or 2000, month, day)
    except ValueError:
        return False
    return True


def absolute_dates(text: str, ref: dt.date | None) -> list[DateSpan]:
    """Every absolute date in `text` ("March 30th", "Feb. 22, 2015", "5/5/2010", "10 Nov 11")."""
    found: list[DateSpan] = []
    taken: list[tuple[int, int]] = []
    for pattern in DATE_PATTERNS:
        for m in pattern.finditer(text):
            if any(m.start() < e and s < m.end() for s, e in taken):
                continue
            span = _date_from_match(m, ref)
            if span is not None:
                found.append(span)
                taken.append((span.start, span.end))
    return sorted(found, key=lambda d: d.start)


def _date_from_match(m: re.Match[str], ref: dt.date | None) -> DateSpan | None:
    groups = m.groupdict()
    year: int | None
    day: int | None
    if groups.get("iy"):
        year, month, day = int(groups["iy"]), int(groups["im"]), int(groups["id"])
    elif groups.get("ey"):
        year, month, day = int(groups["ey"]), int(groups["em"]), int(groups["ed"])
    elif groups.get("a"):
        a, b, ny = int(groups["a"]), int(groups["b"]), groups["ny"]
        month, day = (a, b) if a <= 12 else (b, a)
        year = int(ny) if len(ny) == 4 else 2000 + int(ny)
    else:
        month = month_number(groups["mon"].rstrip("."))
        day_text = groups.get("day")
        day = int(day_text) if day_text else DAY_WORDS.get((groups.get("dayw") or "").lower())
        if groups.get("year"):
            year = int(groups["year"])
        elif groups.get("yy"):
            year = 2000 + int(groups["yy"])
        else:
            year = _nearest_year(month, day or 0, ref)
    if not _valid(year, month, day):
        return None
    value = encode(year, month, day)
    # "May 1-3", "1-3 May": a span of days
    first, last = groups.get("day0"), groups.get("day2")
    if day and (first or last):
        low_day, high_day = (int(first), day) if first else (day, int(last or 0))
        next_day = groups.get("join") != "and" or high_day == low_day + 1
        if low_day < high_day and next_day and _valid(year, month, low_day) and _valid(year, month, high_day):
            return DateSpan(
                m.start(), m.end(), encode(year, month, low_day), encode(year, month, high_day), "day"
            )
        if first and not next_day:
            return DateSpan(m.start("day"), m.end(), value, value, "day")  # "on 3 and 12 May": the 12th
        if first:
            return None  # "5-4 May": not a date span; the day alone is found again below
        end = m.end("day")
        end += 2 if m.string[end : end + 2] in ("st", "nd", "rd", "th") else 0
        return DateSpan(m.start(), end, value, value, "day")  # "May 5-4 vote": the day alone

    start = (
        m.start("mon")
        if groups.get("mon") and not groups.get("day") and not groups.get("dayw") and not groups.get("year")
        else m.start()
    )
    return DateSpan(start, m.end(), value, value, "day" if day else "month")


def _weekday_date(ref: dt.date, weekday: int, mod: str, future: bool) -> dt.date:
    """The date of a weekday named in an article written on `ref`."""
    back = (ref.weekday() - weekday) % 7
    if mod == "last":
        return ref - dt.timedelta(days=back or 7)
    if mod == "next":
        return ref + dt.timedelta(days=((weekday - ref.weekday()) % 7) or 7)
    if future and back:
        return ref + dt.timedelta(days=7 - back)
    return ref - dt.timedelta(days=back)


def _day(d: dt.date) -> float:
    return float(d.year * 10000 + d.month * 100 + d.day)


def relative_dates(text: str, ref: dt.date | None) -> list[DateSpan]:
    """Weekdays and relative days, resolved against `ref` (None values when it is unknown)."""
    found: list[DateSpan] = []
    future: bool | None = None
    for m in RELATIVE_RE.finditer(text):
        if future is None:
            future = bool(_FUTURE.search(text))  # looked for once, and only when it may matter
        mod = (m.group("mod") or "").lower()
        start = (
            m.start()
            if mod in ("last", "next", "this", "past")
            else m.start("wd")
            if m.group("wd")
            else m.start()
        )
        if m.group("wd"):
            word = m.group("wd")
            if not word[0].isupper():
                continue
            weekday = WEEKDAYS.index(word.lower())
            if ref is None:
                found.append(DateSpan(start, m.end(), None, None, "weekday", word.lower()))
                continue
            day = _day(_weekday_date(ref, weekday, mod, future))
            found.append(DateSpan(start, m.end(), day, day, "day", word.lower()))
            continue
        rel = " ".join(m.group("rel").lower().split())
        if ref is None:
            found.append(DateSpan(m.start(), m.end(), None, None, "weekday", rel))
            continue
        span = _resolve_relative(rel, ref, future)
        if span is not None:
            found.append(DateSpan(m.start(), m.end(), span[0], span[1], span[2], rel))
    return found


def _resolve_relative(rel: str, ref: dt.date, future: bool) -> tuple[float, float, str] | None:
    if rel in ("today", "tonight") or (
        rel.startswith("this ")
        and rel.split()[1]
        in (
            "morning",
            "afternoon",
            "evening",
        )
    ):
        return _day(ref), _day(ref), "day"
    if rel in ("yesterday", "last night"):
        d = ref - dt.timedelta(days=1)
        return _day(d), _day(d), "day"
    if rel == "tomorrow":
        d = ref + dt.timedelta(days=1)
        return _day(d), _day(d), "day"
    mod, _, what = rel.partition(" ")
    if what == "weekend":
        saturday = ref - dt.timedelta(days=(ref.weekday() - 5) % 7)
        if mod == "next" or (mod in ("this", "the") and future and ref.weekday() < 5):
            saturday += dt.timedelta(days=7)
        return _day(saturday), _day(saturday + dt.timedelta(days=1)), "week"
    if what == "week":
        monday = ref - dt.timedelta(days=ref.weekday())
        monday += dt.timedelta(days={"last": -7, "this": 0, "next": 7}[mod])
        return _day(monday), _day(monday + dt.timedelta(days=6)), "week"
    if what == "month":
        month = ref.month + {"last": -1, "this": 0, "next": 1}[mod]
        year = ref.year + (month - 1) // 12
        month = (month - 1) % 12 + 1
        return encode(year, month, None), encode(year, month, None), "month"
    if what == "year":
        year = ref.year + {"last": -1, "this": 0, "next": 1}[mod]
        return float(year), float(year), "year"
    return None


@lru_cache(maxsize=256)
def parse_reference(text: str) -> dt.date | None:
    """The first full date (with a year) in `text`: ISO, "May 5, 2010", "5/5/2010" and so on."""
    if not text:
        return None
    for span in absolute_dates(text, None):
        if span.precision == "day" and span.low is not None and span.low > 10_000_000:
            value = int(span.low)
            try:
                return dt.date(value // 10000, value // 100 % 100, value % 100)
            except ValueError:
                continue
    return None


_HHMM = re.compile(r"\d\d:\d\d")
_CLOCK = re.compile(r"\b(\d{1,2})[ \t]*[:.][ \t]*(\d\d)(?::\d\d)?[ \t]*([AaPp]\.?[Mm]\.?)?")


def publication(date: str, datelines: Sequence[str]) -> tuple[dt.date | None, str]:
    """An article's publication date and a readable stamp, from its metadata or a dateline."""
    for candidate in (date, *datelines):
        day = parse_reference(candidate)
        if day is None:
            continue
        stamp = day.isoformat()
        clock = _CLOCK.search(candidate[candidate.find(str(day.year)) + 4 :] if candidate else "")
        clock = clock or _CLOCK.search(candidate)
        if clock and "T" not in candidate[:11]:
            hour, minute, ampm = int(clock.group(1)), int(clock.group(2)), (clock.group(3) or "").lower()
            if ampm.startswith("p") and hour < 12:
                hour += 12
            if ampm.startswith("a") and hour == 12:
                hour = 0
            if hour < 24 and minute < 60:
                stamp += f" {hour:02d}:{minute:02d}"
        elif "T" in candidate:
            tail = candidate.split("T", 1)[1][:5]
            if _HHMM.fullmatch(tail):
                stamp += f" {tail}"
        return day, stamp
    return None, ""


def weekday_of(value: float) -> str | None:
    """The weekday name of a YYYYMMDD value, None for other precisions."""
    v = int(value)
    if v < 10_000_000:
        return None
    try:
        return WEEKDAYS[dt.date(v // 10000, v // 100 % 100, v % 100).weekday()]
    except ValueError:
        return None
