"""Increasing runs: which items of a sequence already stand in order.

The layout marks a sentence as moved when it is off the longest run of its article that
stays in order down the rows: the fewest moves that explain the order, as diff tools count.
"""

from __future__ import annotations

import bisect
from collections.abc import Sequence


def heaviest_increasing(values: Sequence[int], weights: Sequence[int]) -> list[int]:
    """A strictly increasing subsequence of distinct `values` with the largest total weight.

    A Fenwick tree over the value ranks keeps the best run ending below each value: O(n log n).
    """
    ranks = {value: n + 1 for n, value in enumerate(sorted(values))}
    size = len(values)
    tree: list[tuple[int, int]] = [(0, -1)] * (size + 1)  # (best weight, position in values)
    parent = [-1] * size
    best: tuple[int, int] = (0, -1)
    for n, value in enumerate(values):
        r = ranks[value] - 1
        below: tuple[int, int] = (0, -1)
        while r > 0:
            below = max(below, tree[r])
            r -= r & -r
        parent[n] = below[1]
        here = (below[0] + weights[n], n)
        best = max(best, here)
        r = ranks[value]
        while r <= size:
            tree[r] = max(tree[r], here)
            r += r & -r
    run: list[int] = []
    n = best[1]
    while n >= 0:
        run.append(values[n])
        n = parent[n]
    run.reverse()
    return run


def longest_increasing(values: Sequence[int]) -> list[int]:
    """A longest strictly increasing subsequence of `values` (patience sorting)."""
    tails: list[int] = []  # tails[k]: position in values ending the best run of length k+1
    tail_values: list[int] = []
    parent: list[int] = [-1] * len(values)
    for n, value in enumerate(values):
        k = bisect.bisect_left(tail_values, value)
        parent[n] = tails[k - 1] if k else -1
        if k == len(tails):
            tails.append(n)
            tail_values.append(value)
        else:
            tails[k] = n
            tail_values[k] = value
    run: list[int] = []
    n = tails[-1] if tails else -1
    while n >= 0:
        run.append(values[n])
        n = parent[n]
    run.reverse()
    return run
