"""Spelling variants of names and rare words ("Sergei"/"Segery", "Ukrainian"/"Ukranian").

Stems of one cluster are mapped onto a canonical spelling with rapidfuzz's Jaro-Winkler
similarity. Only a stem the word-frequency prior has (almost) never seen may be merged
with another, so two real words ("former"/"formed") are never taken for one; nor two
words that the word-vector table knows as distinct ("power"/"powder"), nor spellings
whose lengths differ by more than a typo does ("counterattack"/"country"); words that are
no names must be one typo apart. A figure
written in full and the same figure rounded ("$43,885,310" and "$43.9 million" or
"$44 million") are variants too.
"""

from __future__ import annotations

from collections.abc import Iterable, Set

from rapidfuzz import process
from rapidfuzz.distance import OSA, JaroWinkler

from reader.core.neighbours import is_known, is_name, neighbours
from reader.core.wordfreq import is_rare

MIN_LENGTH = 5
MIN_SIMILARITY = 0.85
# Jaro-Winkler rewards a shared beginning whatever follows ("counterattack"/"country" 0.86):
# a misspelling drops, adds or swaps a letter or two, so lengths may differ by this much only.
MAX_LENGTH_GAP = 2
# A stem and the same stem with one of these endings are one word too ("resign"/"resignation",
# "budget"/"budgetary", "murder"/"murderous"): the light stemmer leaves derivations alone.
DERIVATIONAL_SUFFIXES = frozenset(
    {
        "ation",
        "ition",
        "ment",
        "ary",
        "ery",
        "ry",
        "ous",
        "ist",
        "ism",
        "or",
        "er",
        "ity",
        "al",
        "ical",
        "ial",
        "ic",
        "ive",
        "ent",
        "ant",
        "ance",
        "ence",
        "ness",
        "ship",
        "hood",
        "dom",
        "ian",
        "an",
    }
)
MIN_DERIVED_BASE = 5


def variant_map(stems: Iterable[str], names: Set[str] = frozenset()) -> dict[str, str]:
    """Map each variant stem onto its canonical spelling (stems that are their own are left out).

    `stems` should come most frequent first: the first spelling seen becomes canonical.
    Names (stems in `names`, written as names, or marked so in the word-vector table) may be
    spelled quite differently ("Sergei"/"Segery"); other words only one typo apart.
    """
    by_letter: dict[str, tuple[list[str], list[str]]] = {}
    mapping: dict[str, str] = {}
    figures = _Figures()
    for stem in dict.fromkeys(stems):
        if stem.isdigit():
            rounded = figures.first_rounding(stem)
            if rounded is not None:
                mapping[stem] = rounded
            elif len(stem) >= 5:
                figures.add(stem)
            continue
        if len(stem) < MIN_LENGTH or not stem.isalpha():
            continue
        every, rare = by_letter.setdefault(stem[0], ([], []))
        stem_rare = is_rare(stem)
        pool = every if stem_rare else rare
        if pool:
            close = process.extract(
                stem, pool, scorer=JaroWinkler.normalized_similarity, score_cutoff=MIN_SIMILARITY, limit=8
            )
            best = next((c[0] for c in close if _misspelling(stem, c[0], names)), None)
            if best is not None:
                mapping[stem] = best
                continue
        every.append(stem)
        if stem_rare:
            rare.append(stem)
    return mapping


def _misspelling(stem: str, other: str, names: Set[str]) -> bool:
    """Whether two close spellings may be one word.

    A derivation of the other ("resignation"/"resign"); otherwise lengths a letter or two
    apart; two frequent words only when word vectors put them together
    ("power"/"powder" and "Patricia"/"Patrick" are two words); a frequent word that is no name
    is itself, not a misspelling ("quality"/"Quaid"); words that are no names one typo apart.
    """
    short, long = sorted((stem, other), key=len)
    if (
        len(short) >= MIN_DERIVED_BASE
        and long.startswith(short)
        and long[len(short) :] in DERIVATIONAL_SUFFIXES
    ):
        return True
    if abs(len(stem) - len(other)) > MAX_LENGTH_GAP:
        return False
    known_stem, known_other = is_known(stem), is_known(other)
    if known_stem and known_other:
        return other in neighbours(stem)
    name_stem = stem in names or is_name(stem)
    name_other = other in names or is_name(other)
    if (known_stem and not name_stem) or (known_other and not name_other):
        return False
    return name_stem or name_other or OSA.distance(stem, other) <= 1


class _Figures:
    """The figures kept so far, in order, indexed so that the first one that is a rounding of a
    new figure, or that the new figure rounds, is found without comparing it with every one (a
    table of thousands of numbers would take their number squared)."""

    # figures longer than this (no sum in news has so many digits: a digit string of a table or a
    # code) are compared one by one with the other long ones, not indexed by every prefix
    INDEXED = 16

    def __init__(self) -> None:
        self.order: dict[str, int] = {}  # figure -> when it was kept
        self.prefixes: dict[tuple[int, str], list[str]] = {}  # (length, leading digits) -> figures
        self.long: list[str] = []

    def add(self, figure: str) -> None:
        self.order[figure] = len(self.order)
        if len(figure) > self.INDEXED:
            self.long.append(figure)
            return
        for k in range(2, len(figure)):
            self.prefixes.setdefault((len(figure), figure[:k]), []).append(figure)

    def first_rounding(self, stem: str) -> str | None:
        """The first figure kept that `rounds_to` `stem` or that `stem` rounds to."""
        if len(stem) > self.INDEXED:  # rounds_to needs one length: only long figures can match
            return next((f for f in self.long if rounds_to(stem, f) or rounds_to(f, stem)), None)
        found = [f for f in self._shorter(stem) if rounds_to(stem, f)]
        found += [f for f in self._fuller(stem) if rounds_to(f, stem)]
        return min(found, key=self.order.__getitem__, default=None)

    def _shorter(self, full: str) -> list[str]:
        """Kept figures that may be `full` cut or rounded: its leading digits (or one more) and zeros."""
        out = []
        for k in range(2, len(full)):
            for head in (full[:k], str(int(full[:k]) + 1)):
                candidate = head + "0" * (len(full) - len(head))
                if len(candidate) == len(full) and candidate in self.order:
                    out.append(candidate)
        return out

    def _fuller(self, short: str) -> list[str]:
        """Kept figures of `short`'s length whose leading digits are `short`'s (or one less)."""
        digits = len(short.rstrip("0"))
        if digits < 2 or digits >= len(short):
            return []
        head = short[:digits]
        out = list(self.prefixes.get((len(short), head), ()))
        lower = str(int(head) - 1)
        if len(lower) == digits:
            out += self.prefixes.get((len(short), lower), ())
        return out


def rounds_to(full: str, short: str) -> bool:
    """Whether figure `short` is `full` rounded or cut to fewer significant digits.

    Both are canonical integer strings of one magnitude ("43885310" and "43000000" or
    "44000000"), 10,000 or more (so years and small counts stay exact); `short` needs two
    significant digits at least, so "40000" is not taken for "43885".
    """
    if len(full) != len(short) or len(full) < 5:
        return False
    digits = len(short.rstrip("0"))
    if digits < 2 or digits >= len(full.rstrip("0")):
        return False
    head = int(full[:digits])
    cut = int(short[:digits])
    return cut == head or (cut == head + 1 and full[digits] >= "5")
