"""Near-synonyms from word vectors: for common stems, the stems used in the same contexts.

The table (``data/neighbours.tsv``) is derived offline by ``benchmarks/build_neighbours.py``
from the GloVe 6B 50d word vectors (Pennington, Socher and Manning, Stanford NLP Group,
2014; public domain under the Open Data Commons PDDL 1.0): for the 20,000 most frequent
stems of GloVe's vocabulary, their nearest stems above a cosine cut, opposites left out,
and which stems are names. It ships with the package (2.8 MB) and is read on first use
(about 20-30 ms); no vectors, and no numpy, are needed at run time.
"""

from __future__ import annotations

from collections.abc import Mapping, Set
from functools import lru_cache
from importlib import resources

# Cosines at or below this count for nothing; above it a soft match is worth
# (cosine - FLOOR) / (1 - FLOOR) of the word's weight.
FLOOR = 0.3
# A name matches softly only a stem that begins with the same letters ("China"/"Chinese",
# "Syria"/"Syrian"): word vectors put two countries, two people or two weekdays close.
NAME_PREFIX = 4


# closeness of each cosine in hundredths
_CLOSENESS = [max(0.0, (k / 100 - FLOOR) / (1 - FLOOR)) for k in range(101)]


@lru_cache(maxsize=1)
def _table() -> tuple[dict[str, str], frozenset[str]]:
    """Each stem's neighbours, unparsed (most stems are never looked up), and the stems marked names."""
    rows: dict[str, str] = {}
    names = []
    with resources.files("reader.core").joinpath("data/neighbours.tsv").open(encoding="utf-8") as handle:
        for line in handle:
            if not line.startswith("#"):
                stem, flag, row = line.split("\t", 2)
                rows[stem] = row
                if flag == "name":
                    names.append(stem)
    return rows, frozenset(names)


@lru_cache(maxsize=65536)
def neighbours(stem: str) -> dict[str, float]:
    """The neighbours of `stem` and how close each is, in (0, 1] (empty for stems not in the table)."""
    row = _table()[0].get(stem)
    if not row:
        return {}
    parts = row.replace(":", " ").split()
    return dict(zip(parts[::2], [_CLOSENESS[int(value)] for value in parts[1::2]], strict=True))


def is_known(stem: str) -> bool:
    """Whether `stem` is one of the table's frequent stems (a word of the language or a well-known name)."""
    return stem in _table()[0]


def is_name(stem: str) -> bool:
    """Whether the table marks `stem` as a name (written capitalised in news more often than not)."""
    return stem in _table()[1]


def soft_overlap(
    first: Set[str],
    second: Set[str],
    weights: Mapping[str, float],
    names: Set[str] = frozenset(),
    near: Mapping[str, Mapping[str, float]] | None = None,
) -> tuple[float, float]:
    """The weight of the stems of each set that have a neighbour in the other, each times its best closeness.

    Both sets should hold the stems the two sentences do not share. A name (in `names`, or
    marked in the table, which also knows a name that opens a sentence) and a stem matched
    with it only count when they share their first `NAME_PREFIX` letters. `near` may give
    the `neighbours` of the stems of `first` (it may hold other stems and leave out stems
    without neighbours), looked up once for a sentence compared many times.
    """
    if not first or not second:
        return 0.0, 0.0
    if near is None:
        near = {stem: neighbours(stem) for stem in first}
    best_first: dict[str, float] = {}
    best_second: dict[str, float] = {}
    table_names = _table()[1]
    for stem in near.keys() & first:
        close = near[stem]
        for other in close.keys() & second:
            if stem[:NAME_PREFIX] != other[:NAME_PREFIX] and (
                stem in names or other in names or stem in table_names or other in table_names
            ):
                continue
            value = close[other]
            if value > best_first.get(stem, 0.0):
                best_first[stem] = value
            if value > best_second.get(other, 0.0):
                best_second[other] = value
    if not best_first:
        return 0.0, 0.0
    return (
        sum(weights[stem] * value for stem, value in best_first.items()),
        sum(weights[stem] * value for stem, value in best_second.items()),
    )
