"""Near-synonyms from word vectors: for common stems, the stems used in the same contexts.

The table (``data/neighbours.tsv``) is derived offline by ``benchmarks/build_neighbours.py``
from the GloVe 6B 50d word vectors (Pennington, Socher and Manning, Stanford NLP Group,
2014; public domain under the Open Data Commons PDDL 1.0): for the 20,000 most frequent
stems of GloVe's vocabulary, their nearest stems above a cosine cut, opposites left out,
and which stems are names. It ships with the package (2.8 MB) beside its index
(``data/neighbours.slots``, written by the same script, derivable from the table by
`index_bytes`): a hash table of where each stem's row starts, one 32-bit slot per place, a
stem's place found from the CRC-32 of its UTF-8 bytes (the next free place on a collision).
On first use both files are mapped into memory, unread (0.03 ms): a stem's row is found through
its slots, checked against the stem it opens with, and decoded when the stem is first looked up
(about 1 microsecond a lookup). The index it replaces, the stems and row lengths as text, took
5 ms to parse on every comparison's first call, for the few hundred stems a comparison looks
up; parsing the whole table costs 15-30 ms. No vectors, and no numpy, are needed at run time.
"""

from __future__ import annotations

import mmap
import struct
import zlib
from collections.abc import Mapping, Set
from functools import lru_cache
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
# the index: this mark, the table's size in bytes and the number of slots (a power of two),
# each a little-endian unsigned 32-bit number, then the slots: a row's start plus one, 0 free
_MAGIC = b"NBS1"
_HEADER = struct.Struct("<4sII")
_SLOT = struct.Struct("<I")
_LOAD = 0.6  # rows per slot at most: short probes


def _body_start(table: bytes | mmap.mmap) -> int:
    """Where the rows begin: after the comment lines (``#``) that open the table."""
    start = 0
    while table[start : start + 1] == b"#":
        start = table.find(b"\n", start) + 1
    return start


def index_bytes(table: bytes) -> bytes:
    """The index of the table `table` (the bytes of ``neighbours.tsv``), as shipped beside it."""
    body = _body_start(table)
    starts = []
    while body < len(table):
        starts.append(body)
        body = table.find(b"\n", body) + 1 or len(table)
    size = 1
    while size * _LOAD < len(starts):
        size *= 2
    slots = [0] * size
    for start in starts:
        key = table[start : table.index(b"\t", start)]
        place = zlib.crc32(key) & (size - 1)
        while slots[place]:
            place = (place + 1) & (size - 1)
        slots[place] = start + 1
    return _HEADER.pack(_MAGIC, len(table), size) + struct.pack(f"<{size}I", *slots)


@lru_cache(maxsize=1)
def _table() -> tuple[mmap.mmap, mmap.mmap, int]:
    """The table and its index, mapped and unread (most stems are never looked up: only their
    slots and rows are read from disk), and the index's slot count less one."""
    with (_DATA / "neighbours.tsv").open("rb") as handle:
        rows = mmap.mmap(handle.fileno(), 0, access=mmap.ACCESS_READ)
    with (_DATA / "neighbours.slots").open("rb") as handle:
        slots = mmap.mmap(handle.fileno(), 0, access=mmap.ACCESS_READ)
    magic, table_size, size = _HEADER.unpack_from(slots, 0)
    if magic != _MAGIC or table_size != len(rows) or len(slots) != _HEADER.size + 4 * size:
        raise RuntimeError("neighbours.slots does not match neighbours.tsv: rebuild it (build_neighbours.py)")
    return rows, slots, size - 1


@lru_cache(maxsize=65536)
def _row(stem: str) -> int:
    """Where the row of `stem` starts in the table, -1 for a stem the table does not hold."""
    rows, slots, mask = _table()
    key = stem.encode("utf-8") + b"\t"
    place = zlib.crc32(key[:-1]) & mask
    while True:
        start: int = _SLOT.unpack_from(slots, _HEADER.size + 4 * place)[0]
        if not start:
            return -1
        if rows[start - 1 : start - 1 + len(key)] == key:
            return start - 1
        place = (place + 1) & mask


@lru_cache(maxsize=65536)
def neighbours(stem: str) -> dict[str, float]:
    """The neighbours of `stem` and how close each is, in (0, 1] (empty for stems not in the table)."""
    start = _row(stem)
    if start < 0:
        return {}
    rows = _table()[0]
    row = rows[start : rows.find(b"\n", start)].decode("utf-8").split("\t", 2)[2]
    parts = row.replace(":", " ").split()
    return dict(zip(parts[::2], map(_CLOSENESS.__getitem__, parts[1::2]), strict=True))


def is_known(stem: str) -> bool:
    """Whether `stem` is one of the table's frequent stems (a word of the language or a well-known name)."""
    return _row(stem) >= 0


@lru_cache(maxsize=65536)
def is_name(stem: str) -> bool:
    """Whether the table marks `stem` as a name (written capitalised in news more often than not)."""
    start = _row(stem)
    if start < 0:
        return False
    flag = start + len(stem.encode("utf-8")) + 1
    return _table()[0][flag : flag + 5] == b"name\t"


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
    for stem in near.keys() & first:
        close = near[stem]
        for other in close.keys() & second:
            if stem[:NAME_PREFIX] != other[:NAME_PREFIX] and (
                stem in names or other in names or is_name(stem) or is_name(other)
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
