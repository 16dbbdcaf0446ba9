"""Alignment: pair the sentences of different articles that cover the same point.

1. Candidates (`reader.core.pairing`): one inverted index over all the sentences finds the
   cross-article pairs whose rarity-weighted overlap reaches a floor. Each candidate gets
   the sentence-pair similarity (`reader.core.similarity`: weighted overlap, fuzzy names,
   figures, rapidfuzz ratios, n-grams) and the cluster signals: how it fares against the
   competing matches of both sentences in the same article pair (a soft, global view of the
   assignment instead of a greedy best match), whether its neighbours match too, where the
   two sentences sit, and the rarest word they share.
2. The link model adds the cluster signals to the similarity log-odds (a logistic model
   fitted on the tune clusters by ``benchmarks/fit_alignment.py``); pairs at or above
   `LINK_THRESHOLD` are links. Links are many-to-many: a sentence carrying two points
   links to both counterparts.
3. Groups cover the links (`reader.core.grouping`): the members of a group are all linked
   to each other, so unrelated sentences never chain together through a third, and a
   sentence sits in one group per point it carries.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence

from reader.core.grouping import cover_links
from reader.core.model import Article, Group, Member
from reader.core.pairing import Cluster, candidate_signals, prepare, same_topic
from reader.core.similarity import logistic

# Fitted by benchmarks/fit_alignment.py on the gold clusters (tune split); do not edit by hand.
LINK_BIAS = -1.8715
LINK_WEIGHTS: tuple[float, ...] = (
    -0.9191,
    1.7790,
    0.0417,
    -0.1997,
    -0.5779,
    -0.8598,
    0.7695,
    1.0819,
    -0.3397,
    2.1201,
    1.4936,
    2.6715,
)
LINK_THRESHOLD = 0.21
EVIDENCE_SIZE = 6


def link_probabilities(articles: Sequence[Article]) -> dict[tuple[Member, Member], float]:
    """The link probability of every candidate pair of sentences from different articles."""
    cluster = prepare(articles)
    return {
        (Member(articles[a].id, i), Member(articles[b].id, j)): link_probability(log_odds, values)
        for (a, i, b, j), (log_odds, values) in candidate_signals(cluster).items()
    }


def link_probability(similarity_log_odds: float, values: Sequence[float]) -> float:
    """The link model: the similarity model's log-odds, adjusted by the cluster signals."""
    return logistic(LINK_BIAS + similarity_log_odds, LINK_WEIGHTS, values)


def _evidence(cluster: Cluster, members: Sequence[tuple[int, int]]) -> tuple[str, ...]:
    """The words and figures shared by members of at least two articles, most telling first.

    Spelling variants show both forms ("Sergei/Segery").
    """
    seen: dict[str, int] = {}
    shared: set[str] = set()
    by_article: dict[int, set[str]] = {}
    for a, i in members:
        by_article.setdefault(a, set()).update(cluster.profiles[a][i].stems)
    for stems in by_article.values():
        for stem in stems:
            count = seen.get(stem, 0) + 1
            seen[stem] = count
            if count == 2:
                shared.add(stem)
    weights = cluster.weights
    ranked = sorted(shared, key=lambda s: (-seen[s] * weights[s], s))
    merged = cluster.merged
    out = []
    for stem in ranked[:EVIDENCE_SIZE]:
        forms: dict[str, str] = {}
        for a, i in members:
            word = cluster.profiles[a][i].surface.get(stem)
            if word:
                word = word.strip("\"'.,;:")
                forms.setdefault(word.casefold(), word)
        if len(forms) > 1 and stem in merged:
            out.append("/".join(sorted(forms.values())))
        else:
            out.append(next(iter(forms.values()), stem))
    return tuple(out)


def align_articles(
    articles: Sequence[Article],
    *,
    must_link: Iterable[tuple[Member, Member]] = (),
    cannot_link: Iterable[tuple[Member, Member]] = (),
) -> list[Group]:
    """Group sentences of different articles that cover one point.

    `must_link` pairs (forced by the user) end up in one group; `cannot_link` pairs
    (forbidden by the user) never share a group, and a pair both forced and forbidden is
    forbidden. A forced pair of one article's sentences joins a group only together with
    a sentence of another article. Pairs naming unknown sentences are ignored. Every group
    holds sentences of at least two articles; a sentence may belong to several groups.
    Deterministic.
    """
    articles = list(articles)
    starts: list[int] = []
    spans: dict[str, tuple[int, int]] = {}  # article id -> (first global number, count)
    where: list[tuple[int, int]] = []
    for a, art in enumerate(articles):
        starts.append(len(where))
        spans.setdefault(art.id, (len(where), len(art.sentences)))
        where.extend((a, i) for i in range(len(art.sentences)))
    article_of = [a for a, _ in where]

    def number(member: Member) -> int | None:
        start, count = spans.get(member.article, (0, 0))
        return start + member.sentence if 0 <= member.sentence < count else None

    forced = []
    for x, y in must_link:
        u, v = number(x), number(y)
        if u is not None and v is not None and u != v:
            forced.append((u, v))
    forbidden = set()
    for x, y in cannot_link:
        u, v = number(x), number(y)
        if u is not None and v is not None and u != v:
            forbidden.add((min(u, v), max(u, v)))
    if len(articles) < 2:
        return []
    cluster = prepare(articles)
    links = []
    for (a, i, b, j), (log_odds, values) in candidate_signals(cluster).items():
        p = link_probability(log_odds, values)
        if p >= LINK_THRESHOLD:
            links.append((starts[a] + i, starts[b] + j, p))

    def related(u: int, v: int) -> bool:
        (a, i), (b, j) = where[u], where[v]
        return same_topic(cluster, a, i, b, j)

    covered = cover_links(links, article_of, forced=forced, forbidden=forbidden, related=related)
    groups = []
    for k, (members, score) in enumerate(covered):
        located = [where[m] for m in members]
        groups.append(
            Group(
                id=k,
                score=score,
                members=tuple(Member(articles[a].id, i) for a, i in located),
                evidence=_evidence(cluster, located),
            )
        )
    return groups
