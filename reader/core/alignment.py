"""Alignment: pair the sentences of different articles that cover the same point."""

from __future__ import annotations

from collections.abc import Iterable, Sequence

from reader.core.model import Article, Group, Member


def align_articles(
    articles: Sequence[Article],
    *,
    must_link: Iterable[tuple[Member, Member]] = (),
    cannot_link: Iterable[tuple[Member, Member]] = (),
) -> list[Group]:
    """Group sentences of different articles that cover one point (placeholder)."""
    del articles, must_link, cannot_link
    return []
