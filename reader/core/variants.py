"""Spelling variants of names and rare words ("Sergei"/"Segery", "Ukrainian"/"Ukranian").

Stems of one cluster are mapped onto a canonical spelling with rapidfuzz's Jaro-Winkler
similarity. Only a stem the word-frequency prior has (almost) never seen may be merged
with another, so two real words ("former"/"formed") are never taken for one.
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
    for stem in dict.fromkeys(stems):
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
