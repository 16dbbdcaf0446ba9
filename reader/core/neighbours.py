"""Near-synonyms from word vectors: for common stems, the stems used in the same contexts.

The table (``data/neighbours.tsv``) is derived offline by ``benchmarks/build_neighbours.py``
from the GloVe 6B 50d word vectors (Pennington, Socher and Manning, Stanford NLP Group,
2014; public domain under the Open Data Commons PDDL 1.0): for the 20,000 most frequent
stems of GloVe's vocabulary, their nearest stems above a cosine cut, opposites left out,
and which stems are names. It ships with the package (2.8 MB) beside its index
(``data/neighbours.index``, written by the same script, derivable from the table by
`index_text`): the table's stems in row order, each row's length in bytes (four hex
digits, which parse in one call), and the stems that are names, each list on one line. On
first use the index is parsed (about 4 ms) and the table mapped into memory, unread: a stem's
row is read and decoded when it is first looked up (reading the whole 2.8 MB took 2 ms more).
Parsing the whole table instead costs 15-30 ms, for the few hundred stems a comparison looks
up. No vectors, and no numpy, are needed at run time.
"""

from __future__ import annotations

import mmap
import sys
from array import array
from collections.abc import Mapping, Set
from functools import lru_cache
from itertools import accumulate
from pathlib import Path

# Cosines at or below this count for nothing; above it a soft match is worth
# (cosine - FLOOR) / (1 - FLOOR) of the word's weight.
FLOOR = 0.3
# A name matches softly only a stem that begins with the same letters ("China"/"Chinese",
# "Syria"/"Syrian"): word vectors put two countries, two people or two weekdays close.
NAME_PREFIX = 4


# closeness of each cosine in hundredths, by the cosine as the table writes it ("74")
_CLOSENESS = {str(k): max(0.0, (k / 100 - FLOOR) / (1 - FLOOR)) for k in range(101)}


# Read from beside this file rather than through importlib.resources, which imports zipfile
# and more on first use (about 4 ms); the package is always installed as plain files.
_DATA = Path(__file__).parent / "data"
_INDEX_HEADER = (
    "#index of neighbours.tsv (reader.core.neighbours.index_text): its stems in row order,"
    " each row's length in bytes (hex), the stems marked names\n"
)


def _body_start(table: bytes | mmap.mmap) -> int:
    """Where the rows begin: after the comment lines (``#``) that open the table."""
    start = 0
    while table[start : start + 1] == b"#":
        start = table.find(b"\n", start) + 1
    return start


def index_text(table: bytes) -> str:
    """The index of the table `table` (the bytes of ``neighbours.tsv``), as shipped beside it."""
    lines = table[_body_start(table) :].splitlines(keepends=True)
    fields = [line.split(b"\t", 2) for line in lines]
    stems = " ".join(f[0].decode("utf-8") for f in fields)
    if max(map(len, lines), default=0) > 0xFFFF:
        raise ValueError("a row of the neighbour table is too long for its index")
    lengths = " ".join(f"{len(line):04x}" for line in lines)
    names = " ".join(f[0].decode("utf-8") for f in fields if f[1] == b"name")
    return f"{_INDEX_HEADER}{stems}\n{lengths}\n{names}\n"


@lru_cache(maxsize=1)
def _table() -> tuple[mmap.mmap, dict[str, int], frozenset[str]]:
    """The table, mapped and unparsed (most stems are never looked up: only their rows are read
    from disk), where each stem's row starts in it (from the index), and the stems marked names."""
    with (_DATA / "neighbours.tsv").open("rb") as handle:
        rows = mmap.mmap(handle.fileno(), 0, access=mmap.ACCESS_READ)
    _, stems, lengths, names = (_DATA / "neighbours.index").read_text(encoding="utf-8").split("\n", 3)
    sizes = array("H", bytes.fromhex(lengths))  # big-endian, two bytes each
    if sys.byteorder == "little":
        sizes.byteswap()
    starts = list(accumulate(sizes, initial=_body_start(rows)))
    if starts.pop() != len(rows):  # the end of the last row
        raise RuntimeError("neighbours.index does not match neighbours.tsv: rebuild it (build_neighbours.py)")
    return rows, dict(zip(stems.split(), starts, strict=True)), frozenset(names.split())


@lru_cache(maxsize=65536)
def neighbours(stem: str) -> dict[str, float]:
    """The neighbours of `stem` and how close each is, in (0, 1] (empty for stems not in the table)."""
    rows, starts, _ = _table()
    start = starts.get(stem)
    if start is None:
        return {}
    row = rows[start : rows.find(b"\n", start)].decode("utf-8").split("\t", 2)[2]
    parts = row.replace(":", " ").split()
    return dict(zip(parts[::2], map(_CLOSENESS.__getitem__, parts[1::2]), strict=True))


def is_known(stem: str) -> bool:
    """Whether `stem` is one of the table's frequent stems (a word of the language or a well-known name)."""
    return stem in _table()[1]


def is_name(stem: str) -> bool:
    """Whether the table marks `stem` as a name (written capitalised in news more often than not)."""
    return stem in _table()[2]


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
    table_names = _table()[2]
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
