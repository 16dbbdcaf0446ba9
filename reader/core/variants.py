"""Spelling variants of names and rare words ("Sergei"/"Segery", "Ukrainian"/"Ukranian").

Stems of one cluster are mapped onto a canonical spelling with rapidfuzz's Jaro-Winkler
similarity. Only a stem the word-frequency prior has (almost) never seen may be merged
with another, so two real words ("former"/"formed") are never taken for one. A figure
written in full and the same figure rounded ("$43,885,310" and "$43.9 million" or
"$44 million") are variants too.
"""

from __future__ import annotations

from collections.abc import Iterable

from rapidfuzz import process
from rapidfuzz.distance import JaroWinkler

from reader.core.wordfreq import is_rare

MIN_LENGTH = 5
MIN_SIMILARITY = 0.85


def variant_map(stems: Iterable[str]) -> dict[str, str]:
    """Map each variant stem onto its canonical spelling (stems that are their own are left out).

    `stems` should come most frequent first: the first spelling seen becomes canonical.
    """
    by_letter: dict[str, tuple[list[str], list[str]]] = {}
    mapping: dict[str, str] = {}
    figures: list[str] = []
    for stem in dict.fromkeys(stems):
        if stem.isdigit():
            rounded = next((f for f in figures if rounds_to(stem, f) or rounds_to(f, stem)), None)
            if rounded is not None:
                mapping[stem] = rounded
            elif len(stem) >= 5:
                figures.append(stem)
            continue
        if len(stem) < MIN_LENGTH or not stem.isalpha():
            continue
        every, rare = by_letter.setdefault(stem[0], ([], []))
        stem_rare = is_rare(stem)
        pool = every if stem_rare else rare
        if pool:
            best = process.extractOne(
                stem, pool, scorer=JaroWinkler.normalized_similarity, score_cutoff=MIN_SIMILARITY
            )
            if best is not None:
                mapping[stem] = best[0]
                continue
        every.append(stem)
        if stem_rare:
            rare.append(stem)
    return mapping


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
