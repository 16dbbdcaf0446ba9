"""Increasing runs (the layout's "moved" marks rest on them)."""

from __future__ import annotations

import itertools

import pytest

from reader.core.runs import heaviest_increasing, longest_increasing


def _increasing(run: list[int]) -> bool:
    return all(a < b for a, b in itertools.pairwise(run))


@pytest.mark.parametrize(
    ("values", "length"),
    [
        ([], 0),
        ([5], 1),
        ([3, 1, 2, 5, 4, 6], 4),
        ([5, 4, 3, 2, 1], 1),
        ([1, 2, 3], 3),
        ([2, 7, 1, 8, 3, 9], 4),
    ],
)
def test_longest_increasing_is_a_longest_run_of_the_values(values: list[int], length: int) -> None:
    run = longest_increasing(values)
    assert len(run) == length and _increasing(run)
    it = iter(values)
    assert all(v in it for v in run)  # a subsequence, in order


def test_heaviest_increasing_prefers_weight_to_length() -> None:
    # one heavy item out of order beats two light ones in order
    assert heaviest_increasing([3, 1, 2], [10, 1, 1]) == [3]
    assert heaviest_increasing([3, 1, 2], [1, 1, 1]) == [1, 2]
    assert heaviest_increasing([], []) == []
