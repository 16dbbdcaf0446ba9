"""Groups from pairwise links: cover every link with groups whose members all link together.

Links are many-to-many, so groups may overlap: a sentence carrying two points sits in one
group per point. A candidate joins a group only when it links to every member of the other
articles (a clique), which keeps unrelated sentences from chaining together through a
sentence they both resemble. Forced links count as links of probability 1; forbidden pairs
never share a group.

Sentences are plain integers here (numbered across the articles, article by article), so
that the same numbering orders the members of every group.
"""

from __future__ import annotations

from collections.abc import Callable, Collection, Sequence

Link = tuple[int, int, float]


def cover_links(
    links: Sequence[Link],
    article_of: Sequence[int],
    *,
    forced: Sequence[tuple[int, int]] = (),
    forbidden: Collection[tuple[int, int]] = (),
    related: Callable[[int, int], bool] = lambda u, v: True,
) -> list[tuple[tuple[int, ...], float]]:
    """Groups (sorted members, mean link probability) covering every link and forced pair.

    `article_of[u]` is the article of sentence u; `forbidden` holds pairs (u, v) with
    u < v. A sentence joins a group holding another sentence of its own article only when
    `related` says the two are about the same thing (else it carries another point and gets
    a group of its own). Each group spans at least two articles. Deterministic.
    """
    adjacency: dict[int, dict[int, float]] = {}

    def connect(x: int, y: int, p: float) -> None:
        row_x = adjacency.setdefault(x, {})
        row_x[y] = max(p, row_x.get(y, 0.0))
        row_y = adjacency.setdefault(y, {})
        row_y[x] = max(p, row_y.get(x, 0.0))

    for u, v, p in links:
        if (min(u, v), max(u, v)) not in forbidden:
            connect(u, v, p)
    for u, v in forced:
        if u != v and (min(u, v), max(u, v)) not in forbidden:  # a ban overrides a force
            connect(u, v, 1.0)

    edges = sorted(
        ((p, x, y) for x, row in adjacency.items() for y, p in row.items() if x < y),
        key=lambda e: (-e[0], e[1], e[2]),
    )
    covered: set[tuple[int, int]] = set()
    seen: set[tuple[int, ...]] = set()
    groups: list[tuple[tuple[int, ...], float]] = []
    for _p, x, y in edges:
        if (x, y) in covered:
            continue
        members = tuple(sorted(_grow(x, y, adjacency, article_of, forbidden, related)))
        probs = []
        for k, m in enumerate(members):
            row = adjacency[m]
            for n in members[k + 1 :]:
                if n in row:
                    covered.add((m, n))
                    probs.append(row[n])
        if members in seen or len({article_of[m] for m in members}) < 2:
            continue
        seen.add(members)
        groups.append((members, sum(probs) / len(probs)))
    groups.sort()
    return groups


def _grow(
    x: int,
    y: int,
    adjacency: dict[int, dict[int, float]],
    article_of: Sequence[int],
    forbidden: Collection[tuple[int, int]],
    related: Callable[[int, int], bool],
) -> list[int]:
    """Add every sentence linked to all members of other articles, strongest first."""
    members = [x, y]
    pool: dict[int, float] = {}
    for m in members:
        for n, p in adjacency[m].items():
            if n != x and n != y:
                pool[n] = pool.get(n, 0.0) + p
    for candidate in sorted(pool, key=lambda n: (-pool[n], n)):
        row = adjacency[candidate]
        art = article_of[candidate]
        if any(m not in row for m in members if article_of[m] != art):
            continue
        if any(not related(m, candidate) for m in members if article_of[m] == art):
            continue
        if forbidden and any((min(candidate, m), max(candidate, m)) in forbidden for m in members):
            continue
        members.append(candidate)
    return members
