"""Candidate sentence pairs of a cluster and the signals the link model reads.

Every sentence is profiled once (spelling variants merged across the whole cluster) and
every stem weighted by its rarity in general news (the prior) and in this cluster. One
inverted index over all sentences finds, in a single pass, the pairs from different
articles that share weighted stems; their weighted cosine ranks each sentence's matches in
every other article, which gives the competition signals (is this pair the best match of
either sentence, and by how much) and the neighbours' signal (do the sentences before and
after match as well), and the third-article signals: how strongly, and in how many of the
other articles, one sentence matches both sentences of the pair (a point most outlets
report is told in words that overlap pairwise). Only pairs above `CANDIDATE_FLOOR`,
bridged by a strong match of both sentences in a third article, or pairs of two articles'
openings (headline, datelines, first body sentence: they state the event, often in few
shared words) get the full signals.
"""

from __future__ import annotations

import math
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass

from reader.core.model import Article
from reader.core.similarity import Profile, features, profile, similarity_log_odds
from reader.core.textnorm import terms
from reader.core.variants import variant_map
from reader.core.wordfreq import prior_idf

CONTEXT_FEATURES = (
    "row_rank",
    "col_rank",
    "row_gap",
    "col_gap",
    "neighbours",
    "position",
    "headline",
    "anchor",
    "shared",
    "headline_lead",
    "support",
    "agreeing",
    "others",
    "lead",
)
# What the link model adds to the similarity model's log-odds: this cluster's weighted
# overlap, then how the pair stands among its competitors and neighbours, then what the
# other articles say ("others" is 1 when there are more than two articles, so that a
# comparison of two articles, where no third can vouch for a pair, has a bias of its own),
# then whether both sentences tell the news itself ("lead": both among the first
# `LEAD_SENTENCES` body sentences of two `related` articles, as reports of one event are).
LINK_FEATURES = ("cosine", "containment", *CONTEXT_FEATURES)

# Pairs below this weighted cosine are candidates only through a bridge (below). On the
# tune clusters a floor of 0.10 instead gives the same cross-validated link F1 (0.627 /
# 0.624) for twice the work.
CANDIDATE_FLOOR = 0.15
# Two sentences that both reach this weighted cosine with one sentence of a third article
# are candidates whatever their own overlap: a point told three ways often shares words
# pairwise through the middle telling only (0.615 -> 0.619 cross-validated, floor 0.10;
# with the openings' pairs as candidates, 0.25 gives 0.648 against 0.641 for 0.3 and
# 0.645 / 0.648 for 0.27 / 0.23).
BRIDGE = 0.25
# A third article "agrees" with a pair when one of its sentences reaches this cosine with
# both (0.2 chosen among 0.15 / 0.2 / 0.3 by the cross-validated link F1).
AGREE = 0.2
# A stem held by more sentences than this share of a large cluster (and more than
# STEM_CAP_MIN) is too common to find candidates by; it still counts in the signals.
STEM_CAP_SHARE = 0.01
STEM_CAP_MIN = 50
# ... and a stem held by more than this many sentences is too common whatever the size: the
# pairs a stem makes grow with the square of its sentences, so with the share alone two 8 MB
# files that are near copies would pair millions of sentences through their common words
# (two 4 MB copies took 88 s and 2.7 GB; 52 s and 1.3 GB with this cap). Clusters of up to
# 20,000 sentences (ten of 500 are 5,000) are not touched.
STEM_CAP_MAX = 200
# How many body sentences of an article tell its news (the "lead" signal; 3 chosen among 3-6
# by the cross-validated link F1 on the gold clusters: 0.656, 0.653, 0.652, 0.650; 0.643
# without the signal).
LEAD_SENTENCES = 3
# Two articles are related when the cosine of their stems, each weighted by its rarity in
# general news and (1 + log) its number of sentences, reaches this. On the corpus, every pair
# of reports of one cluster (743 pairs of the first four of each) reaches 0.10, and 21% of
# 600 random pairs of reports of different clusters do (at 0.15: 99.7% and 4.7%; the gold
# clusters' pairs are all above 0.23); a report of another event put among the Kerry-Lavrov
# pair by mistake scores 0.03-0.06. Only related articles' leads are read as telling one
# story, and `reader.core.alignment` links no sentences of two long unrelated articles.
RELATED = 0.10


@dataclass(frozen=True)
class Cluster:
    """Profiles and stem weights of a set of articles.

    `weights` and `norms` (each sentence's total weight) weigh stems by their rarity in
    general news and in this cluster; `prior` and `prior_norms` by the general prior alone.
    `variants` maps spellings onto canonical stems; `merged` lists the canonical stems that
    absorbed another spelling.
    """

    articles: tuple[Article, ...]
    profiles: tuple[tuple[Profile, ...], ...]
    weights: dict[str, float]
    norms: tuple[tuple[float, ...], ...]
    variants: dict[str, str]
    prior: dict[str, float]
    prior_norms: tuple[tuple[float, ...], ...]
    merged: frozenset[str]
    related: frozenset[tuple[int, int]]  # (a, b), a < b: articles whose words say they tell one story

    def weight(self, stem: str) -> float:
        """The weight of a stem in this cluster (rarity in general news and here)."""
        return self.weights.get(stem, 0.0)


def prepare(articles: Sequence[Article]) -> Cluster:
    """Profile every sentence and weigh every stem of `articles`."""
    frequency: Counter[str] = Counter()
    names: set[str] = set()
    for art in articles:
        for s in art.sentences:
            item = terms(s.text)
            frequency.update(item.stems)
            names.update(item.names)
    ordered = sorted(frequency, key=lambda s: (-frequency[s], s))
    variants = variant_map(ordered, names)
    profiles = tuple(tuple(profile(s.text, variants) for s in art.sentences) for art in articles)
    df: Counter[str] = Counter(stem for doc in profiles for p in doc for stem in p.stems)
    n = max(sum(len(doc) for doc in profiles), 1)
    scale = 1.0 + math.log(n)
    weights = {stem: prior_idf(stem) * (1.0 + math.log(n / count)) / scale for stem, count in df.items()}
    norms = tuple(tuple(sum(weights[s] for s in p.stems) for p in doc) for doc in profiles)
    prior = {stem: prior_idf(stem) for stem in df}
    prior_norms = tuple(tuple(sum(prior[s] for s in p.stems) for p in doc) for doc in profiles)
    merged = frozenset(variants.values())
    related = related_articles(profiles, prior)
    return Cluster(tuple(articles), profiles, weights, norms, variants, prior, prior_norms, merged, related)


def related_articles(
    profiles: Sequence[Sequence[Profile]], prior: dict[str, float]
) -> frozenset[tuple[int, int]]:
    """The pairs (a, b), a < b, of articles whose words reach the cosine `RELATED`: each stem
    weighted by its rarity in general news and (1 + log) the number of sentences holding it."""
    vectors = []
    for doc in profiles:
        count: Counter[str] = Counter(stem for p in doc for stem in p.stems)
        vectors.append({stem: (1.0 + math.log(n)) * prior[stem] for stem, n in count.items()})
    lengths = [math.sqrt(sum(w * w for w in vector.values())) for vector in vectors]
    out = set()
    for a, first in enumerate(vectors):
        for b in range(a + 1, len(vectors)):
            second = vectors[b]
            if lengths[a] > 0 and lengths[b] > 0:
                dot = sum(w * second[stem] for stem, w in first.items() if stem in second)
                if dot >= RELATED * lengths[a] * lengths[b]:
                    out.add((a, b))
    return frozenset(out)


def _top_of(article: Article) -> list[bool]:
    """Which sentences open the article: the headline, datelines and the first body sentence."""
    tops = []
    body_seen = False
    for sentence in article.sentences:
        tops.append(not body_seen)
        body_seen = body_seen or sentence.role == "body"
    return tops


def _lead_of(article: Article) -> list[bool]:
    """Which sentences are among the first `LEAD_SENTENCES` body sentences of the article."""
    out = []
    body = 0
    for sentence in article.sentences:
        out.append(sentence.role == "body" and body < LEAD_SENTENCES)
        body += sentence.role == "body"
    return out


def _position(index: int, count: int) -> float:
    return index / (count - 1) if count > 1 else 0.0


def cosines(cluster: Cluster) -> tuple[dict[int, float], list[tuple[int, int]]]:
    """Weighted cosine of the cross-article sentence pairs at or above `CANDIDATE_FLOOR`.

    Keys are ``u * total + v`` for global sentence numbers u < v (article by article);
    also returns the (article, sentence) of each global number.
    """
    where = [(a, i) for a, doc in enumerate(cluster.profiles) for i in range(len(doc))]
    total = len(where)
    article_of = [a for a, _ in where]
    index: dict[str, list[int]] = {}
    for g, (a, i) in enumerate(where):
        for stem in cluster.profiles[a][i].stems:
            index.setdefault(stem, []).append(g)
    cap = min(max(STEM_CAP_MIN, int(STEM_CAP_SHARE * total)), STEM_CAP_MAX)
    weights = cluster.weights
    acc: dict[int, float] = {}
    get = acc.get
    for stem, posting in index.items():
        size = len(posting)
        if size < 2 or size > cap:
            continue
        w = weights[stem]
        for x in range(size - 1):
            u = posting[x]
            art_u = article_of[u]
            base = u * total
            for v in posting[x + 1 :]:
                if article_of[v] != art_u:
                    key = base + v
                    acc[key] = get(key, 0.0) + w
    norms = [n for doc in cluster.norms for n in doc]
    out: dict[int, float] = {}
    floor = CANDIDATE_FLOOR
    for key, common in acc.items():
        u, v = divmod(key, total)
        denominator = norms[u] * norms[v]
        if denominator > 0:
            value = common / math.sqrt(denominator)
            if value >= floor:
                out[key] = value
    return out, where


def candidate_signals(
    cluster: Cluster,
) -> dict[tuple[int, int, int, int], tuple[float, tuple[float, ...]]]:
    """Signals of every candidate pair, keyed (article a, sentence i, article b, sentence j), a < b.

    Each value is the similarity model's log-odds for the two sentences and the pair's
    `LINK_FEATURES`. The competition signals compare a pair with the other candidates of its
    two sentences (best and second best against the same article); pairs below
    `CANDIDATE_FLOOR` are not candidates unless a third article bridges them or both
    sentences open their articles.
    """
    table, where = cosines(cluster)
    total = len(where)
    n_articles = len(cluster.articles)
    _bridge(cluster, table, where)
    _openings(cluster, table, where)
    best: dict[int, list[float]] = {}
    for key, value in table.items():
        u, v = divmod(key, total)
        for slot in (u * n_articles + where[v][0], v * n_articles + where[u][0]):
            top = best.get(slot)
            if top is None:
                best[slot] = [value, 0.0]
            elif value > top[0]:
                top[1] = top[0]
                top[0] = value
            elif value > top[1]:
                top[1] = value
    near: list[dict[int, float]] = [{} for _ in range(total)]
    for key, value in table.items():
        u, v = divmod(key, total)
        near[u][v] = value
        near[v][u] = value
    voices = sum(1 for doc in cluster.profiles if doc)  # articles with sentences
    out: dict[tuple[int, int, int, int], tuple[float, tuple[float, ...]]] = {}
    weights = cluster.weights
    profiles, norms = cluster.profiles, cluster.norms
    prior, prior_norms = cluster.prior, cluster.prior_norms
    sizes = [len(doc) for doc in profiles]
    heads = [[s.role == "headline" for s in art.sentences] for art in cluster.articles]
    tops = [_top_of(art) for art in cluster.articles]
    leads = [_lead_of(art) for art in cluster.articles]
    related = cluster.related
    for key, value in table.items():
        u, v = divmod(key, total)
        (a, i), (b, j) = where[u], where[v]
        row = best[u * n_articles + b]
        col = best[v * n_articles + a]
        row_first = value >= row[0]
        col_first = value >= col[0]
        before = table.get(key - total - 1, 0.0) if i > 0 and j > 0 else 0.0
        after = table.get(key + total + 1, 0.0) if i + 1 < sizes[a] and j + 1 < sizes[b] else 0.0
        prof_a, prof_b = profiles[a][i], profiles[b][j]
        shared = prof_a.stems & prof_b.stems
        near_u, near_v = near[u], near[v]
        support = 0.0
        agreeing: set[int] = set()
        for w in near_u.keys() & near_v.keys():  # sentences matching both: a third article vouches
            if where[w][0] != a and where[w][0] != b:
                x, y = near_u[w], near_v[w]
                m = x if x < y else y
                if m > support:
                    support = m
                if m >= AGREE:
                    agreeing.add(where[w][0])
        context = (
            1.0 if row_first else 0.0,
            1.0 if col_first else 0.0,
            (row[0] - value) if not row_first else -(value - row[1]),
            (col[0] - value) if not col_first else -(value - col[1]),
            before if before > after else after,
            1.0 - abs(_position(i, sizes[a]) - _position(j, sizes[b])),
            1.0 if heads[a][i] and heads[b][j] else 0.0,
            max([weights[s] for s in shared], default=0.0),
            min(len(shared), 6) / 6,
            1.0 if (heads[a][i] and tops[b][j]) or (heads[b][j] and tops[a][i]) else 0.0,
            support,
            len(agreeing) / (voices - 2) if voices > 2 else 0.0,
            1.0 if voices > 2 else 0.0,
            1.0 if leads[a][i] and leads[b][j] and (a, b) in related else 0.0,
        )
        sim = features(prof_a, prof_b, prior, prior_norms[a][i], prior_norms[b][j])
        log_odds = similarity_log_odds(sim)
        smaller = min(norms[a][i], norms[b][j])  # 0 for a sentence of no content word ("x", "...")
        containment = value * math.sqrt(norms[a][i] * norms[b][j]) / smaller if smaller > 0 else 0.0
        out[(a, i, b, j)] = (log_odds, (value, containment, *context))
    return out


def _bridge(cluster: Cluster, table: dict[int, float], where: list[tuple[int, int]]) -> None:
    """Add the pairs of sentences that both match one sentence of a third article strongly."""
    total = len(where)
    strong: dict[int, list[int]] = {}
    for key, value in table.items():
        if value >= BRIDGE:
            u, v = divmod(key, total)
            strong.setdefault(u, []).append(v)
            strong.setdefault(v, []).append(u)
    profiles, norms, weights = cluster.profiles, cluster.norms, cluster.weights
    for near in strong.values():
        near.sort()
        for x in range(len(near) - 1):
            u = near[x]
            a, i = where[u]
            for v in near[x + 1 :]:
                b, j = where[v]
                key = u * total + v
                if a == b or key in table:
                    continue
                denominator = norms[a][i] * norms[b][j]
                if denominator <= 0:
                    continue
                common = sum(weights[s] for s in profiles[a][i].stems & profiles[b][j].stems)
                table[key] = common / math.sqrt(denominator)


def _openings(cluster: Cluster, table: dict[int, float], where: list[tuple[int, int]]) -> None:
    """Add every pair of two articles' opening sentences (headline, datelines, first body sentence).

    The opening states the event, so the openings of two reports share a point even when
    a terse headline shares no word with the other lead.
    """
    total = len(where)
    opening: list[list[int]] = []
    start = 0
    for art in cluster.articles:
        opening.append([start + i for i, top in enumerate(_top_of(art)) if top])
        start += len(art.sentences)
    for k, first in enumerate(opening):
        for second in opening[k + 1 :]:
            for u in first:
                for v in second:
                    key = u * total + v
                    if key not in table:
                        table[key] = pair_cosine(cluster, *where[u], *where[v])


def pair_cosine(cluster: Cluster, a: int, i: int, b: int, j: int) -> float:
    """The weighted cosine of two sentences (of any articles), as `cosines` has it; 0 for a
    sentence of no content word."""
    denominator = cluster.norms[a][i] * cluster.norms[b][j]
    if denominator <= 0:
        return 0.0
    common = sum(cluster.weights[s] for s in cluster.profiles[a][i].stems & cluster.profiles[b][j].stems)
    return common / math.sqrt(denominator)


def same_topic(cluster: Cluster, a: int, i: int, b: int, j: int) -> bool:
    """Whether two sentences (of any articles) share enough weighted stems to be candidates."""
    return pair_cosine(cluster, a, i, b, j) >= CANDIDATE_FLOOR
