"""Whether two dated figures tell of one occasion: days, dates, clock times and years.

`reader.core.matching` asks these before it sets two dates (or two figures of different
periods) against each other: days far apart, a day against a month it is not in, clock
times hours apart, a weekday that follows another event, figures of different years.
"""

from __future__ import annotations

import datetime as dt
import math

from reader.core import dates
from reader.core.figures import Figure, half_day, month_day_of
from reader.core.wording import stem

UNKNOWN_YEAR = -1.0  # the period of a figure "last year" in an article of unknown date
MAX_RATIO = 4.0  # figures further apart than this are different things, not a misreport
MAX_HOURS = 2  # clock times further apart than this are two moments, not one misreported
ONSET_GAP = 60  # minutes between the times given for two starts of one kind of event, at most
SAME_WORDS = 0.6  # share of all content words that makes two sentences one told word for word


def periods_differ(a: tuple[float, float] | None, b: tuple[float, float] | None) -> bool:
    """Figures of different years, or of one year and of a span of years, are different figures."""
    if a is None or b is None:
        return False
    if UNKNOWN_YEAR in a or UNKNOWN_YEAR in b:  # "last year", its year unknown, against a span
        known = b if UNKNOWN_YEAR in a else a
        return UNKNOWN_YEAR not in known and known[0] != known[1]
    if a[1] < b[0] or b[1] < a[0]:
        return True
    return (a[0] == a[1]) != (b[0] == b[1])  # "the 2014 rate" and "the rate from 2007 to 2014"


def other_events(a: Figure, b: Figure) -> bool:
    """Dates of sentences whose sums are far apart tell of different events.

    "In May, thieves stole £910,000 ..." and "In July, a thief stole £88m ...": two thefts.
    """
    for fam_a, key_a, lo_a, hi_a in a.sums:
        for fam_b, key_b, lo_b, hi_b in b.sums:
            if fam_a != fam_b or key_a != key_b or min(lo_a, lo_b) <= 0:
                continue
            if max(lo_a, lo_b) / min(hi_a, hi_b) > MAX_RATIO:
                return True
    return False


def weekdays_apart(a: Figure, b: Figure) -> bool:
    """Days more than two days apart name different days, not a disagreement.

    Sources that misreport a day are off by a day or two (a time zone, a late edition);
    "Dec. 9" and "Oct. 23", "June 24" and "June 20, 2005" in one row date two events,
    unless the sentences are nearly word for word one ("On July 3, Troy is to be sentenced
    to life", "Troy faces life at his July 30 sentencing"): then a date far off is a misreport.
    """
    if a.q.qualifier != "relative" or b.q.qualifier != "relative":
        return dates_apart(a, b) and not word_for_word(a, b)
    if a.q.unit in dates.WEEKDAYS and b.q.unit in dates.WEEKDAYS:
        gap = abs(dates.WEEKDAYS.index(a.q.unit) - dates.WEEKDAYS.index(b.q.unit))
        return min(gap, 7 - gap) > 2
    if math.isnan(a.lo) or math.isnan(b.lo):
        return False
    return abs(a.lo - b.lo) > 2


def lead_in_untold(a: Figure, b: Figure) -> bool:
    """Whether the words right before day `a` (its event: "charged with murder Saturday") are
    nowhere in the sentence of `b`, names aside: `a` dates something `b` does not tell.

    Only for weekdays and relative days ("Saturday", "yesterday"): a story dates many of its
    events by weekday, and the event is what the day follows.
    """
    lead_in = a.lead_in - a.name_stems - a.own_words
    return bool(lead_in) and not (lead_in & b.sentence_words)


def hours_apart(a: Figure, b: Figure) -> bool:
    """Clock times more than `MAX_HOURS` apart (and not 12 hours, a.m. for p.m.): two moments."""
    if a.q.unit != b.q.unit or math.isnan(a.lo) or math.isnan(b.lo):
        return False  # times in different zones are compared as such
    if half_day(a) and half_day(b):  # "opened at 7am" / "expected around 9pm": 14 hours apart
        gap = abs(a.lo - b.lo) % 1440
        return min(gap, 1440 - gap) > MAX_HOURS * 60
    gap = abs(a.lo - b.lo) % 720  # "at 6:41" may be "6:41pm"
    return min(gap, 720 - gap) > MAX_HOURS * 60


def word_for_word(a: Figure, b: Figure) -> bool:
    """Sentences that share `SAME_WORDS` of all their content words (the figures' own aside)."""
    words_a, words_b = a.sentence_words - a.own_words, b.sentence_words - b.own_words
    union = words_a | words_b
    return bool(union) and len(words_a & words_b) >= SAME_WORDS * len(union)


def dates_apart(a: Figure, b: Figure) -> bool:
    """Two dates, each of one day, more than two days apart (a date without its year by month and day)."""
    if not (math.isnan(a.lo) or math.isnan(b.lo)):
        return a.lo == a.hi and b.lo == b.hi and abs(a.lo - b.lo) > 2
    if any(not math.isnan(f.lo) and f.lo != f.hi for f in (a, b)):
        return False  # "last week" holds several days
    ma = a.month_day or month_day_of(a)
    mb = b.month_day or month_day_of(b)
    if ma is None or mb is None or 0 in (ma[1], mb[1]):
        return False
    try:
        gap = abs(dt.date(2000, *ma).toordinal() - dt.date(2000, *mb).toordinal())
    except ValueError:
        return False
    return min(gap, 366 - gap) > 2


def different_spans(a: Figure, b: Figure) -> bool:
    """A day and a month (or week) that do not overlap name different things."""
    if a.month_day or b.month_day:
        ma, mb = a.month_day or month_day_of(a), b.month_day or month_day_of(b)
        if ma is None or mb is None or (ma[1] == 0) == (mb[1] == 0):
            return False
        return ma[0] != mb[0]
    if math.isnan(a.lo) or math.isnan(b.lo):
        return False
    if (a.hi - a.lo == 0) == (b.hi - b.lo == 0):
        return False
    return max(a.lo, b.lo) > min(a.hi, b.hi)


def one_moment(a: Figure, b: Figure, near: float) -> bool:
    """Two clock times in one point, each its sentence's only one, told with `near` shared words
    around them or more ("The quake hit at 3:42 a.m. local time at a depth of 35 km" / "struck at
    4:42 a.m. at a depth of around 35 kilometres"): one moment, whatever else the sentences say."""
    return a.family == "time" and a.alone and b.alone and near >= 2


def one_onset(a: Figure, b: Figure, in_group: bool = False) -> bool:
    """Two clock times each told as the start of one kind of event, an hour apart at most ("The
    blaze started at about 2:15 a.m." / "the fire started around 1:45 a.m."): one moment,
    wherever the aligner put them. Further apart they are two events ("struck at about 7:30
    a.m." and "occurred at 9:27 a.m.": a quake and the larger one after it), unless the
    aligner put both in one point (`in_group`) or each is the only time its article gives that
    start (`lone_onset`): then times up to `MAX_HOURS` apart are one moment misreported ("made
    landfall at about 9 p.m." / "crossed the coast shortly before 11 p.m.")."""
    if a.family != "time" or not a.onset or a.onset != b.onset:
        return False
    one_moment = in_group or (a.lone_onset and b.lone_onset)
    return _minutes_apart(a, b) <= (MAX_HOURS * 60 if one_moment else ONSET_GAP)


def _minutes_apart(a: Figure, b: Figure) -> float:
    """Minutes between two clock times (their tolerances allowed), the short way round the clock:
    "shortly after 11 p.m." and "at around 1 a.m." are two hours apart, not twenty."""
    gap = max(a.tol_lo, b.tol_lo) - min(a.tol_hi, b.tol_hi)
    if gap <= 0:
        return 0.0
    return min(gap, min(a.tol_lo, b.tol_lo) + 1440 - max(a.tol_hi, b.tol_hi))


_QUARTERS = {
    stem(word): number
    for number, words in enumerate(("first january", "second april", "third july", "fourth october"), 1)
    for word in words.split()
}
_QUARTER_MONTHS = {stem(word) for word in ("january", "april", "july", "october")}
_QUARTER = stem("quarter")
_FISCAL = stem("fiscal")


def quarter_of(fig: Figure) -> int:
    """Which quarter of the year a figure is told of, from the words around it (1-4), or 0.

    A quarter counted in a fiscal year ("the third quarter of 2024-25", "fiscal second
    quarter") is counted from wherever that year starts: only its months name a calendar quarter.
    """
    words = fig.before | fig.after
    if _QUARTER not in words:
        return 0
    fiscal = _FISCAL in fig.sentence_words or (fig.period is not None and fig.period[1] - fig.period[0] == 1)
    found = {_QUARTERS[w] for w in words if w in _QUARTERS and (w in _QUARTER_MONTHS or not fiscal)}
    return found.pop() if len(found) == 1 else 0


def quarters_differ(a: Figure, b: Figure) -> bool:
    """Figures told of two named quarters ("in the second quarter", "in the January-March quarter")."""
    first, second = quarter_of(a), quarter_of(b)
    return bool(first and second and first != second)
