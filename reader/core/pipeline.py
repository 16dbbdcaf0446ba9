"""The one-directional data flow: articles -> sentences -> groups -> figures -> conflicts."""

from __future__ import annotations

import gc
from collections.abc import Iterable, Iterator, Sequence
from contextlib import contextmanager

from reader.core.alignment import align_articles
from reader.core.conflicts import find_conflicts, reference_date
from reader.core.model import Article, Comparison, Member, Quantity
from reader.core.quantities import extract_quantities


def article_quantities(
    article: Article, known: dict[tuple[str, str], list[Quantity]] | None = None
) -> list[Quantity]:
    """The figures of every sentence of `article`, with article-level offsets.

    `known` keeps the figures of each sentence text and date, for texts that repeat.
    """
    found: list[Quantity] = []
    day = reference_date(article)  # the metadata date, else the dateline's
    known = {} if known is None else known
    for sentence in article.sentences:
        key = (sentence.text, day)
        if key not in known:
            known[key] = extract_quantities(sentence.text, reference_date=day)
        for q in known[key]:
            found.append(
                Quantity(
                    text=q.text,
                    start=sentence.start + q.start,
                    end=sentence.start + q.end,
                    kind=q.kind,
                    low=q.low,
                    high=q.high,
                    unit=q.unit,
                    qualifier=q.qualifier,
                    article=article.id,
                    sentence=sentence.index,
                )
            )
    return found


@contextmanager
def _collector_paused() -> Iterator[None]:
    """Pause the cyclic garbage collector (restored after, as it was).

    A comparison builds many small objects that all live until it ends; the collector's
    full passes over them, repeated as they grow, cost a fifth of a large comparison.
    """
    enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if enabled:
            gc.enable()


def compare_articles(
    articles: Sequence[Article],
    *,
    must_link: Iterable[tuple[Member, Member]] = (),
    cannot_link: Iterable[tuple[Member, Member]] = (),
    warnings: Sequence[str] = (),
) -> Comparison:
    """Align the articles, extract their figures and flag the differences."""
    with _collector_paused():
        groups = align_articles(articles, must_link=must_link, cannot_link=cannot_link)
        known: dict[tuple[str, str], list[Quantity]] = {}
        quantities = [q for article in articles for q in article_quantities(article, known)]
        conflicts = find_conflicts(articles, groups, quantities)
    return Comparison(
        articles=tuple(articles),
        groups=tuple(groups),
        quantities=tuple(quantities),
        conflicts=tuple(conflicts),
        warnings=tuple(warnings),
    )
