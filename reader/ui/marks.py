"""What the panes mark inside sentences: flagged figures and search hits, located in
each sentence's display text."""

from __future__ import annotations

import bisect
from collections.abc import Sequence
from dataclasses import dataclass

from reader.core.model import Comparison, Conflict

Slot = tuple[int, int]  # (position of the article in comparison.articles, sentence index)
# (row, article order, sentence index, offset): a place in the reading order
Key = tuple[int, int, int, int]


@dataclass(frozen=True)
class Figure:
    """A flagged figure: one mention of a conflict, located in a sentence's display text."""

    quantity: int
    conflict: Conflict
    slot: Slot
    start: int
    end: int

    @property
    def is_conflict(self) -> bool:
        """True for a hard conflict, False for a compatible difference."""
        return self.conflict.kind == "conflict"


@dataclass(frozen=True)
class Match:
    """A search hit in a sentence's display text."""

    slot: Slot
    start: int
    end: int


def find_figures(comparison: Comparison) -> list[Figure]:
    """Every quantity that a flag mentions, once, with its flag (a conflict wins over a
    compatible difference); and a flag every one of whose figures another flag took is found
    at each of its figures too, so that every flag is told somewhere."""
    positions = {art.id: pos for pos, art in enumerate(comparison.articles)}
    placed: dict[int, tuple[Slot, int, int]] = {}  # quantity -> where it is shown
    for conflict in comparison.conflicts:
        for q_index in conflict.mentions:
            if not 0 <= q_index < len(comparison.quantities) or q_index in placed:
                continue
            q = comparison.quantities[q_index]
            pos = positions.get(q.article)
            if pos is None or not 0 <= q.sentence < len(comparison.articles[pos].sentences):
                continue
            sentence = comparison.articles[pos].sentences[q.sentence]
            start = max(0, q.start - sentence.start)
            end = min(len(sentence.text), q.end - sentence.start)
            if end > start:
                placed[q_index] = ((pos, q.sentence), start, end)
    found: dict[int, Figure] = {}
    for conflict in comparison.conflicts:
        for q_index in conflict.mentions:
            old = found.get(q_index)
            if q_index in placed and (old is None or (conflict.kind == "conflict" and not old.is_conflict)):
                found[q_index] = Figure(q_index, conflict, *placed[q_index])
    figures = list(found.values())
    told = {fig.conflict.id for fig in figures}
    for conflict in comparison.conflicts:
        if conflict.id not in told:
            figures.extend(
                Figure(q, conflict, *placed[q]) for q in dict.fromkeys(conflict.mentions) if q in placed
            )
    return figures


def find_matches(texts: Sequence[Sequence[str]], query: str) -> list[Match]:
    """Every case-insensitive occurrence of `query` in the sentences `texts[article][index]`."""
    needle = query.lower()
    matches: list[Match] = []
    if not needle:
        return matches
    for art, sentences in enumerate(texts):
        for index, text in enumerate(sentences):
            hay = text.lower()
            at = hay.find(needle)
            while at >= 0:
                matches.append(Match((art, index), at, at + len(needle)))
                at = hay.find(needle, at + len(needle))
    return matches


def step(keys: Sequence[tuple[int, ...]], forward: bool, here: tuple[int, ...]) -> tuple[int, bool]:
    """The index of the first key after `here` (or the last before it), and whether it wrapped.

    `keys` must be sorted and non-empty.
    """
    if forward:
        at = bisect.bisect_right(keys, here)
        return (at, False) if at < len(keys) else (0, True)
    at = bisect.bisect_left(keys, here) - 1
    return (at, False) if at >= 0 else (len(keys) - 1, True)
