"""Whether two figures from different articles are about the same thing."""

from __future__ import annotations

import math

from reader.core import dates
from reader.core.figures import Figure, month_day_of, places_differ

_GENERIC_NOUNS = frozenset({"", "person", "time", "total", "number", "year", "other", "percent"})
CROSS_FAMILIES = frozenset({"count", "money", "percent", "distance", "weight", "duration"})
_MAX_RATIO = 4.0  # figures further apart than this are different things, not a misreport
_RATIO_FAMILIES = frozenset({"count", "money", "percent", "duration", "distance", "weight", "age"})


def same_thing(a: Figure, b: Figure, *, in_group: bool) -> float | None:
    """A score when `a` and `b` (of one family, different articles) may be about the same thing.

    None when they are not: different currencies, casualty events, counted nouns, date
    roles ("since" vs "on") or places; figures too far apart to be one thing misreported;
    nothing in common around the numbers.
    """
    family = a.family
    if family == "money" and a.currency and b.currency and a.currency != b.currency:
        return None
    if family in ("date", "year") and a.role != b.role:
        return None
    if a.event != b.event:
        return None
    if a.noun and b.noun and a.noun != b.noun:
        return None
    if a.compound != b.compound:
        return None  # "a five-boat attack" says how big the attack was, not how many were caught
    if family == "age" and not (a.names & b.names):
        return None
    if family == "date" and (_different_spans(a, b) or _weekdays_apart(a, b)):
        return None
    if places_differ(a.places, b.places):
        return None
    if _too_far(a, b):
        return None
    near = _near(a, b)
    wide = len(a.sentence_words & b.sentence_words)
    noun_match = bool(a.noun) and a.noun == b.noun
    equal = 2.0 if (a.lo, a.hi) == (b.lo, b.hi) and not math.isnan(a.lo) else 0.0
    score = near + 0.2 * wide + 3 * noun_match + equal
    if in_group:
        if family == "count":
            if not (noun_match or (not (a.noun and b.noun) and near >= 2)):
                return None
        elif near < 1 and not equal and not _sole_figures(a, b, wide):
            return None
        return 1.0 + score
    # across groups: a specific counted thing and a shared context
    if family not in CROSS_FAMILIES:
        return None
    if places_differ(a.context_places, b.context_places):
        return None
    shared = (
        wide + len(a.context_places[0] & b.context_places[0]) + len(a.context_places[1] & b.context_places[1])
    )
    if family == "count":
        if not noun_match or a.event != b.event:
            return None
        if a.noun in _GENERIC_NOUNS and not a.event and len(a.after & b.after) < 2:
            return None
        if shared < 2:
            return None
        # the same place named, or the same words around the numbers besides the noun itself
        same_place = bool(
            (a.context_places[0] & b.context_places[0]) or (a.context_places[1] & b.context_places[1])
        )
        # a casualty toll is seldom two different things in one story; other counts need more
        needed = 1 if a.event else 2
        if not same_place and _near(a, b, skip=a.unit_stems | b.unit_stems) < needed:
            return None
        return score
    headline_match = (a.headline or b.headline) and a.q.unit == b.q.unit and _sole_figures(a, b, wide)
    if (near < 2 or wide < 3) and not headline_match:
        return None  # a headline states the story's key figure: its only one of a kind may match
    return score


def _near(a: Figure, b: Figure, skip: frozenset[str] = frozenset()) -> float:
    """Shared words right around the two numbers; words after weigh most, names least."""
    total = 0.0
    for x, y, weight in (
        (a.after, b.after, 2.0),
        (a.before, b.before, 1.0),
        (a.after, b.before, 0.5),
        (a.before, b.after, 0.5),
    ):
        for word in x & y - skip:
            total += weight * (0.5 if word in a.names or word in b.names else 1.0)
    return total


def _sole_figures(a: Figure, b: Figure, wide: int) -> bool:
    """Each the only figure of its family in its sentence, the sentences alike, the values close.

    Headlines and short sentences have few words around a figure; a headline needs two shared
    words, other sentences three.
    """
    if not (a.alone and b.alone) or wide < (2 if a.headline or b.headline else 3):
        return False
    if math.isnan(a.lo) or math.isnan(b.lo) or math.isinf(a.lo) or math.isinf(b.lo) or min(a.lo, b.lo) <= 0:
        return True
    return max(a.lo, b.lo) / min(a.lo, b.lo) <= 2


def _weekdays_apart(a: Figure, b: Figure) -> bool:
    """Weekdays or relative days more than two days apart name different days, not a disagreement."""
    if a.q.qualifier != "relative" or b.q.qualifier != "relative":
        return False
    if a.q.unit in dates.WEEKDAYS and b.q.unit in dates.WEEKDAYS:
        gap = abs(dates.WEEKDAYS.index(a.q.unit) - dates.WEEKDAYS.index(b.q.unit))
        return min(gap, 7 - gap) > 2
    if math.isnan(a.lo) or math.isnan(b.lo):
        return False
    return abs(a.lo - b.lo) > 2


def _too_far(a: Figure, b: Figure) -> bool:
    """Figures more than `_MAX_RATIO` times apart are not one thing reported differently."""
    if a.family not in _RATIO_FAMILIES:
        return False
    low = max(a.lo, b.lo)
    high = min(a.hi, b.hi)
    if math.isnan(low) or math.isinf(low) or math.isinf(high) or high <= 0:
        return False
    return low / high > _MAX_RATIO


def _different_spans(a: Figure, b: Figure) -> bool:
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
