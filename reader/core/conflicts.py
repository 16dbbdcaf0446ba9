"""Compare the figures inside aligned groups and flag the ones that differ."""

from __future__ import annotations

from collections.abc import Sequence

from reader.core.model import Article, Conflict, Group, Quantity


def find_conflicts(
    articles: Sequence[Article], groups: Sequence[Group], quantities: Sequence[Quantity]
) -> list[Conflict]:
    """Conflicting and compatible figure differences (placeholder)."""
    del articles, groups, quantities
    return []
