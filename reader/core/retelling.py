"""Two sentences told alike, and sentences crowded with figures (lines of figures).

Two sources retelling one event keep much of its wording; a sentence of many figures (a
player's season, a ship's haul) holds many things, and another source's sentence about the
point seldom gives the same set. `reader.core.matching` reads both through these tests.
"""

from __future__ import annotations

from reader.core.figures import Figure
from reader.core.nouns import GAME_STATS, GENERIC_NOUNS

RETOLD_SHARED = 8  # content words two retellings of one event share at least ...
RETOLD_SHARE = 0.25  # ... and as a share of all their content words
RETOLD_SHORT = 2  # or, for a short sentence, this many ...
RETOLD_CONTAINED = 2 / 3  # ... and this share of the shorter sentence's content words
SMALL_WHOLE = 10  # whole numbers up to this are shared by chance by two lines of figures
STAT_FAMILIES = frozenset({"count", "duration", "distance"})
_CROWDED = 3  # figures in a sentence that make it a line of figures


def retold(a: Figure, b: Figure) -> bool:
    """Two sentences that tell one event in much the same words, each with one figure of its kind.

    The aligner may leave such a pair in different groups; a date in both is the event's date.
    """
    if not (a.alone and b.alone) or a.headline or b.headline:
        return False
    words_a, words_b = a.sentence_words - a.own_words, b.sentence_words - b.own_words
    shared = len(words_a & words_b)
    return shared >= RETOLD_SHARED and shared >= RETOLD_SHARE * (len(words_a) + len(words_b) - shared)


def told_alike(a: Figure, b: Figure) -> bool:
    """Two sentences that share much of their wording (the test of `retold`, for any figures).

    Long sentences share `RETOLD_SHARED` content words and `RETOLD_SHARE` of all of them;
    a short one may instead be nearly contained in the other. The figures' own words
    ("Sunday", "the weekend") are what may differ: they are left out.
    """
    words_a, words_b = a.sentence_words - a.own_words, b.sentence_words - b.own_words
    shared = len(words_a & words_b)
    if shared >= RETOLD_SHARED:
        return shared >= RETOLD_SHARE * (len(words_a) + len(words_b) - shared)
    shorter = min(len(words_a), len(words_b))
    return shared >= RETOLD_SHORT and shared >= RETOLD_CONTAINED * shorter


def stat_line(a: Figure, b: Figure) -> bool:
    """Counts or measures from a sentence crowded with figures: no headline's, toll or crowd.

    A sentence of many figures (a player's season, a ship's haul, a list of distances) holds
    many things; another source's sentence about the point seldom gives the same set, so
    its nearest figure is rarely the same thing unless the sentences are told alike.
    """
    return (
        a.family in STAT_FAMILIES
        and max(a.in_sentence, b.in_sentence) >= _CROWDED
        and not (a.headline or b.headline)
        and not (a.event or b.event)
    )


def lines_meet(a: Figure, b: Figure) -> bool:
    """Two lines of figures that share a value, or one that holds no other figure.

    One line retold keeps most of its figures; two lines alike in words but with no value in
    common ("269 yards and two touchdowns", "716 yards and five touchdowns") are two players,
    games or seasons. A small whole number ("two touchdowns") is one any two lines may share:
    alone it does not make them one line.
    """
    if min(a.in_sentence, b.in_sentence) < 2:
        return True
    shared = a.line & b.line
    return len(shared) >= 2 or any(not small_whole(value) for _family, value in shared)


def small_whole(value: float) -> bool:
    return value.is_integer() and 0 <= value <= SMALL_WHOLE


_AGED = frozenset({"aged", "age"})


def said_alike(a: Figure, b: Figure, noun_match: bool) -> bool:
    """One specific counted thing with the same words around both numbers: "forcing 12 public
    hospitals to postpone elective surgery" and "postponed at 15 public hospitals". A sentence
    crowded with other figures still says this one of the same thing; not for what a sports
    line counts (`GAME_STATS`), which another player's line counts too. Two prison terms
    are one thing too.
    """
    if a.family == "duration":
        # "sentenced ... to 15 years in prison"; "lost contact 14 minutes after taking off" /
        # "lost contact 12 minutes after departing" (a sports line's spans are its own)
        return a.measure == b.measure == "prison" or (
            near_words(a, b) >= 2
            and "-" not in a.q.text + b.q.text
            and not (a.noun or b.noun)
            and not (a.before | b.before) & _AGED  # "children aged five to 17 months" are ages
        )
    if a.family == "distance":
        # "plunged about 200 metres into a gorge" / "fell nearly 300 metres into a gorge"; not
        # what a sports line measures ("a 41-yard touchdown catch")
        # nor sizes ("the 15-inch model") and places measured from a town, which two things share
        return (
            "yard" not in (a.q.unit, b.q.unit)
            and not (a.anchor or b.anchor)
            and "-" not in a.q.text + b.q.text
            and near_words(a, b) >= 2
        )
    return (
        noun_match
        and a.noun not in GENERIC_NOUNS
        and a.noun not in GAME_STATS
        and near_words(a, b, skip=a.unit_stems | b.unit_stems) >= 2
    )


def near_words(a: Figure, b: Figure, skip: frozenset[str] = frozenset()) -> float:
    """Shared words right around the two numbers; words after weigh most, names least."""
    total = 0.0
    name_stems = a.name_stems | b.name_stems
    for x, y, weight in (
        (a.after, b.after, 2.0),
        (a.before, b.before, 1.0),
        (a.after, b.before, 0.5),
        (a.before, b.after, 0.5),
    ):
        for word in x & y - skip:
            total += weight * (0.5 if word in name_stems else 1.0)
    return total
