"""A small general word-frequency prior: how many news sentences hold each stem.

The table (``data/wordfreq.tsv``) is derived by ``benchmarks/build_wordfreq.py`` from
tune-side news text; it ships with the package and loads once.
"""

from __future__ import annotations

import math
from functools import lru_cache
from importlib import resources

# Stems seen in fewer sentences than this are "rare": spelling variants are looked for
# only when one side of a pair is rare, so two real words are never merged.
RARE_COUNT = 3


@lru_cache(maxsize=1)
def sentence_counts() -> tuple[int, dict[str, int]]:
    """The number of sentences the table was built from, and each stem's sentence count."""
    text = resources.files("reader.core").joinpath("data/wordfreq.tsv").read_text(encoding="utf-8")
    lines = text.splitlines()
    total = int(lines[0].split("\t")[1])
    counts: dict[str, int] = {}
    for line in lines[1:]:
        word, _, count = line.partition("\t")
        counts[word] = int(count)
    return total, counts


def prior_count(stem: str) -> int:
    """In how many of the prior's sentences `stem` appears (0 when unknown)."""
    return sentence_counts()[1].get(stem, 0)


@lru_cache(maxsize=65536)
def prior_idf(stem: str) -> float:
    """Inverse sentence frequency of `stem` in the prior, scaled to about [0, 1].

    Unknown stems (names, rare words, figures) get the top weight.
    """
    total, counts = sentence_counts()
    count = counts.get(stem, 0)
    return math.log((total + 1) / (count + 1)) / math.log(total + 1)


def is_rare(stem: str) -> bool:
    """True for stems the prior has (almost) never seen."""
    return prior_count(stem) < RARE_COUNT
