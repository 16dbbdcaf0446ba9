"""Similarity of two sentences: several weak lexical signals combined by a small fitted model.

Signals: overlap of content-word stems weighted by rarity (cosine, containment, coverage),
spelling variants of names merged first, shared names and figures as anchors, figures that
clash, rapidfuzz ``token_sort_ratio`` on the folded text, and how many of each sentence's
word n-grams (1 to 4, stemmed) the other holds. Two logistic models read them: a graded
similarity (`similarity`) and the stricter paraphrase decision (`same_meaning`). The
coefficients are fitted on the tune splits by ``benchmarks/fit_alignment.py``.
"""

from __future__ import annotations

import math
import operator
import re
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass
from functools import lru_cache

from rapidfuzz import fuzz

from reader.core.neighbours import soft_overlap
from reader.core.printable import blank_escapes
from reader.core.textnorm import Terms, fold, stem, terms
from reader.core.variants import variant_map
from reader.core.wordfreq import prior_idf

FEATURES = (
    "cosine",
    "containment",
    "coverage",
    "stems",
    "names",
    "figures",
    "clash",
    "sort_ratio",
    "length",
    "unmatched",
    "gram1_min",
    "gram1_max",
    "gram2_min",
    "gram2_max",
    "gram3_min",
    "gram3_max",
    "gram4_min",
    "gram4_max",
    "soft",
)

# Graded similarity: a logistic model fitted on MRPC train (labels) and STS-B train
# (scores / 5 as soft labels) by benchmarks/fit_alignment.py; do not edit by hand.
SIMILARITY_BIAS = -3.3194
SIMILARITY_WEIGHTS = (
    0.0763,
    0.2795,
    0.6158,
    0.2529,
    -0.2305,
    -0.1457,
    -0.2677,
    1.8048,
    -0.6451,
    0.2756,
    1.6497,
    0.1262,
    0.8977,
    -0.8107,
    0.0551,
    -1.4664,
    0.6246,
    0.0140,
    2.8540,
)
# The binary "same meaning" decision (the MRPC sense, stricter than "close in meaning"):
# a logistic model fitted on MRPC train only, and its best-accuracy threshold there.
SAME_MEANING_BIAS = -5.4535
SAME_MEANING_WEIGHTS = (
    -0.3842,
    -0.1119,
    -0.2595,
    -0.1400,
    -0.4931,
    -0.1958,
    -0.0559,
    3.1266,
    0.4202,
    -0.6628,
    3.1525,
    1.6036,
    2.7061,
    -0.9670,
    1.0755,
    -2.5078,
    0.9553,
    -1.9355,
    3.1797,
)
SAME_MEANING_THRESHOLD = 0.47

_WORD = re.compile(r"[^\W_]+", re.UNICODE)


@dataclass(frozen=True)
class Profile:
    """A sentence prepared for comparison (variants already mapped onto canonical stems)."""

    terms: Terms
    stems: frozenset[str]
    names: frozenset[str]
    words: frozenset[str]
    grams: tuple[frozenset[str] | frozenset[int], ...]  # word 1-grams, then 2- to 4-grams as hashes
    sorted_text: str
    surface: dict[str, str]
    gram_sizes: tuple[int, ...]


def profile(text: str, variants: Mapping[str, str]) -> Profile:
    """Prepare `text`, with spelling variants replaced through `variants`."""
    item = terms(text)
    canonical = frozenset(variants.get(s, s) for s in item.stems)
    words, grams, sorted_text = _wording(text)
    return Profile(
        terms=item,
        stems=canonical,
        names=frozenset(variants.get(s, s) for s in item.names),
        words=words,
        grams=grams,
        sorted_text=sorted_text,
        surface={variants.get(key, key): word for key, word in reversed(item.surface)},
        gram_sizes=tuple(len(g) for g in grams),
    )


@lru_cache(maxsize=16384)
def _wording(text: str) -> tuple[frozenset[str], tuple[frozenset[str] | frozenset[int], ...], str]:
    """The parts of a profile that depend on the text alone (kept for texts compared again).

    Its words, its word 1- to 4-grams (compared only with grams of their own length: only
    how many two sentences share is asked) and its words sorted (for rapidfuzz's
    token_sort_ratio). A gram of two words or more is kept as its hash: an int takes half the
    memory of the tuple (ten articles of 500 sentences held 29 MB of gram tuples), and two
    different grams of one pair of sentences share a 64-bit hash with odds too small to count.
    """
    folded = fold(blank_escapes(text)).lower()
    words = _WORD.findall(folded)
    stems = [stem(w) for w in words]
    second, third, fourth = stems[1:], stems[2:], stems[3:]
    grams = (
        frozenset(stems),
        frozenset(map(hash, zip(stems, second, strict=False))),
        frozenset(map(hash, zip(stems, second, third, strict=False))),
        frozenset(map(hash, zip(stems, second, third, fourth, strict=False))),
    )
    return frozenset(words), grams, " ".join(sorted(folded.split()))


def features(
    a: Profile, b: Profile, weights: Mapping[str, float], total_a: float, total_b: float
) -> tuple[float, ...]:
    """The signals of `FEATURES` for two prepared sentences, each in about [0, 1].

    `weights` weighs the stems; `total_a` and `total_b` are each sentence's total weight.
    """
    shared = a.stems & b.stems
    common = 0.0
    for key in shared:
        common += weights[key]
    if total_a > 0 and total_b > 0:
        cosine = common / math.sqrt(total_a * total_b)
        containment = common / (total_a if total_a < total_b else total_b)
        coverage = common / (total_b if total_a < total_b else total_a)
    else:
        cosine = containment = coverage = 0.0
    stem_union = len(a.stems) + len(b.stems) - len(shared)
    stems = len(shared) / stem_union if stem_union else 0.0
    names = min(len(shared & (a.names | b.names)), 3) / 3
    fig_a, fig_b = a.terms.figures, b.terms.figures
    figures = 1.0 if fig_a & fig_b else 0.0
    clash = 1.0 if fig_a and fig_b and not figures else 0.0
    sort_ratio = fuzz.ratio(a.sorted_text, b.sorted_text) / 100  # token_sort_ratio, pre-sorted
    words_a, words_b = len(a.words), len(b.words)
    length = (words_a / words_b if words_a < words_b else words_b / words_a) if words_a and words_b else 0.0
    unmatched = min((total_a + total_b - 2 * common) / 8, 1.0)
    grams: list[float] = []
    for grams_a, grams_b, size_a, size_b in zip(a.grams, b.grams, a.gram_sizes, b.gram_sizes, strict=True):
        if size_a and size_b:
            both = len(grams_a & grams_b)
            if size_a > size_b:
                grams += (both / size_a, both / size_b)
            else:
                grams += (both / size_b, both / size_a)
        else:
            grams += (0.0, 0.0)
    soft = 0.0
    if common > 0 and total_a > 0 and total_b > 0:
        # words left unmatched may still match a near-synonym ("blaze"/"fire"); never figures.
        # Only beside at least one shared word: near-synonyms alone ("ship sank" / "plane
        # landed") are related words, not one point (the tune-split figures are the same).
        rest_a, rest_b, named = a.stems - shared, b.stems - shared, a.names | b.names
        # the neighbours of the unmatched stems only, each looked up once a process (about half
        # of a cluster's stems are ever unmatched beside a shared word)
        soft_a, soft_b = soft_overlap(rest_a, rest_b, weights, named)
        soft = (common + (soft_a + soft_b) / 2) / math.sqrt(total_a * total_b)
    return (
        cosine,
        containment,
        coverage,
        stems,
        names,
        figures,
        clash,
        sort_ratio,
        length,
        unmatched,
        *grams,
        soft,
    )


def pair_features(a: str, b: str, weight: Callable[[str], float] = prior_idf) -> tuple[float, ...]:
    """The signals of `FEATURES` for two sentences, weighted by the general prior."""
    ta, tb = terms(a), terms(b)
    mapping = variant_map([*ta.stems, *tb.stems], ta.names | tb.names)
    pa, pb = profile(a, mapping), profile(b, mapping)
    weights = {stem: weight(stem) for stem in pa.stems | pb.stems}
    total_a = sum(weights[s] for s in pa.stems)
    total_b = sum(weights[s] for s in pb.stems)
    return features(pa, pb, weights, total_a, total_b)


def logistic(bias: float, weights: Sequence[float], values: Sequence[float]) -> float:
    """The probability a logistic model gives to `values`."""
    z = bias + sum(map(operator.mul, weights, values))
    if z < -30:
        return 0.0
    return 1.0 / (1.0 + math.exp(-z))


def similarity_log_odds(values: Sequence[float]) -> float:
    """The graded similarity model's log-odds for `FEATURES` values."""
    return SIMILARITY_BIAS + float(sum(map(operator.mul, SIMILARITY_WEIGHTS, values)))


def similarity(a: str, b: str) -> float:
    """How close two sentences are in meaning, in [0, 1] (symmetric, deterministic): 1 for the
    same text (spacing and terminal escape codes aside), 0 when either is empty; between, the
    fitted model's estimate (a paraphrase scores about 0.9, two sentences on one topic about
    0.3, unrelated ones under 0.1)."""
    for name, value in (("a", a), ("b", b)):
        if not isinstance(value, str):
            raise TypeError(f"similarity() takes two str, not {type(value).__name__} for {name}")
    if not a.strip() or not b.strip():
        return 0.0
    if blank_escapes(a).split() == blank_escapes(b).split():
        return 1.0
    return logistic(SIMILARITY_BIAS, SIMILARITY_WEIGHTS, pair_features(a, b))


def same_meaning_probability(a: str, b: str) -> float:
    """How likely two sentences are to be paraphrases (the MRPC sense), in [0, 1]."""
    return logistic(SAME_MEANING_BIAS, SAME_MEANING_WEIGHTS, pair_features(a, b))


def same_meaning(a: str, b: str) -> bool:
    """The "same meaning" decision (the MRPC sense) for two sentences."""
    return same_meaning_probability(a, b) >= SAME_MEANING_THRESHOLD
