"""A small general word-frequency prior: how many news sentences hold each stem.

The table (``data/wordfreq.tsv``) is derived by ``benchmarks/build_wordfreq.py`` from
tune-side news text; it ships with the package and loads once (about 2 ms: it is split as a
whole, as it holds no blank inside a field).
"""

from __future__ import annotations

import math
from functools import lru_cache
from pathlib import Path

# Stems seen in fewer sentences than this are "rare": spelling variants are looked for
# only when one side of a pair is rare, so two real words are never merged.
RARE_COUNT = 3
# Read from beside this file: importlib.resources imports zipfile and more on first use.
_TABLE = Path(__file__).parent / "data" / "wordfreq.tsv"


@lru_cache(maxsize=1)
def sentence_counts() -> tuple[int, dict[str, int]]:
    """The number of sentences the table was built from, and each stem's sentence count."""
    # "#sentences" and the total, then a stem and its count on each line
    fields = _TABLE.read_text(encoding="utf-8").split()
    total = int(fields[1])
    counts = dict(zip(fields[2::2], map(int, fields[3::2]), strict=True))
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
