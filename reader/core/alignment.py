"""Alignment: pair the sentences of different articles that cover the same point.

1. Candidates (`reader.core.pairing`): one inverted index over all the sentences finds the
   cross-article pairs whose rarity-weighted overlap reaches a floor. Each candidate gets
   the sentence-pair similarity (`reader.core.similarity`: weighted overlap, fuzzy names,
   figures, rapidfuzz ratios, n-grams) and the cluster signals: how it fares against the
   competing matches of both sentences in the same article pair (a soft, global view of the
   assignment instead of a greedy best match), whether its neighbours match too, where the
   two sentences sit, the rarest word they share, and whether the other articles vouch for
   it (one of their sentences matching both). Two sentences that both match one sentence
   of a third article strongly are candidates even with little overlap of their own, and
   so are two articles' openings (headline, datelines, first body sentence), which state
   the event, often in few shared words.
2. The link model adds the cluster signals to the similarity log-odds (a logistic model
   fitted on the tune clusters by ``benchmarks/fit_alignment.py``); pairs at or above
   `LINK_THRESHOLD` are links, unless their articles are long and unrelated (a report of
   another event put with these by mistake). Links are many-to-many: a sentence carrying two points
   links to both counterparts. Two articles of one sentence each give no context (no
   competitors, neighbours or positions: every cluster signal is constant), so their pair
   is judged by the sentence-pair model alone, the "same meaning" decision fitted on MRPC
   train, whatever their word overlap.
3. Groups cover the links (`reader.core.grouping`): the members of a group are all linked
   to each other, so unrelated sentences never chain together through a third, and a
   sentence sits in one group per point it carries.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from functools import lru_cache

from reader.core import dates
from reader.core.grouping import cover_links
from reader.core.model import Article, Group, Member
from reader.core.pairing import Cluster, candidate_signals, prepare, same_topic
from reader.core.similarity import SAME_MEANING_THRESHOLD, logistic, same_meaning_probability
from reader.core.textnorm import terms
from reader.core.wordfreq import prior_idf

# Fitted by benchmarks/fit_alignment.py on the gold clusters (tune split); do not edit by hand.
LINK_BIAS = -1.7602
LINK_WEIGHTS: tuple[float, ...] = (
    -3.2155,
    1.8785,
    0.0935,
    -0.0153,
    -0.8514,
    -0.9165,
    0.7028,
    0.6028,
    1.8488,
    2.9091,
    1.3415,
    2.8422,
    1.4223,
    0.7727,
    -0.4053,
    1.8354,
)
LINK_THRESHOLD = 0.23
# Two articles have no third to vouch for a pair; their threshold is checked apart, on the
# gold tune clusters' article pairs compared two at a time (held out), and differs from the
# link threshold only when that gains clearly (fit_alignment.PAIR_MARGIN).
PAIR_THRESHOLD = 0.23
EVIDENCE_SIZE = 6
# Two articles of at least this many sentences whose words are not related
# (`pairing.RELATED`) tell two stories: no sentence of one is linked to the other, whatever a
# common word ("the first time Russia agreed" / "the central first district") or two openings
# make of a pair. A shorter text (a snippet, a quote) may share few words with a report and
# still tell one of its points.
STRAY_SENTENCES = 5
# A group scoring below this is a weak match, and the reader says so: of the links made on the
# gold clusters (each cluster held out), 44% of those below 0.5 are the people's, 79% of those
# above (91% above 0.85).
WEAK_MATCH = 0.5
# month and weekday names (and their abbreviations) as the aligner's terms have them
_DATE_WORDS = frozenset(
    stem
    for name in (
        "January February March April May June July August September October November December "
        "Jan Feb Mar Apr Jun Jul Aug Sep Sept Oct Nov Dec Monday Tuesday Wednesday Thursday Friday "
        "Saturday Sunday Mon Tue Tues Wed Thu Thur Thurs Fri Sat Sun"
    ).split()
    for stem in terms(name).stems
)


def link_probabilities(articles: Sequence[Article]) -> dict[tuple[Member, Member], float]:
    """The link probability of every candidate pair of sentences from different articles."""
    return {pair: p for pair, (p, _) in judged_pairs(articles).items()}


def judged_pairs(articles: Sequence[Article]) -> dict[tuple[Member, Member], tuple[float, bool]]:
    """Every candidate pair's probability and whether the aligner links it.

    Pairs of two one-sentence articles carry the "same meaning" probability and decision;
    the others the link model's probability and `LINK_THRESHOLD` (`PAIR_THRESHOLD` when
    only two articles have sentences).
    """
    return {
        (Member(articles[a].id, i), Member(articles[b].id, j)): (p, linked)
        for a, i, b, j, p, linked in _scored(articles, prepare(articles))
    }


def _scored(articles: Sequence[Article], cluster: Cluster) -> list[tuple[int, int, int, int, float, bool]]:
    """(a, i, b, j, probability, linked) for the candidate pairs and the one-sentence pairs."""
    out = []
    single = [len(art.sentences) == 1 for art in articles]
    voices = sum(1 for art in articles if art.sentences)
    threshold = LINK_THRESHOLD if voices > 2 else PAIR_THRESHOLD
    datelines = [[s.role == "dateline" for s in art.sentences] for art in articles]
    long = [len(art.sentences) >= STRAY_SENTENCES for art in articles]
    for (a, i, b, j), (log_odds, values) in candidate_signals(cluster).items():
        if not (single[a] and single[b]):
            p = link_probability(log_odds, values)
            linked = p >= threshold and ((a, b) in cluster.related or not (long[a] and long[b]))
            if linked and (datelines[a][i] or datelines[b][j]):
                linked = _same_date_named(cluster, a, i, b, j)
            out.append((a, i, b, j, p, linked))
    lone = [a for a, flag in enumerate(single) if flag]
    for k, a in enumerate(lone):
        for b in lone[k + 1 :]:
            p = same_meaning_probability(articles[a].sentences[0].text, articles[b].sentences[0].text)
            out.append((a, 0, b, 0, p, p >= SAME_MEANING_THRESHOLD))
    return out


def _same_date_named(cluster: Cluster, a: int, i: int, b: int, j: int) -> bool:
    """Whether two sentences, one a dateline, name one day: the same date when both give a day,
    else a shared year, month or weekday.

    A dateline's point is the day of publication: "May 5, 2010" and "five other bank workers
    were rescued" share only a 5; "November 11, 2011" and "Posted on November 15, 2011" are
    two days.
    """
    day_a = _day_of(cluster.articles[a].sentences[i].text)
    day_b = _day_of(cluster.articles[b].sentences[j].text)
    if day_a and day_b:
        if day_a >= 10_000_000 and day_b >= 10_000_000:
            return day_a == day_b
        return day_a % 10_000 == day_b % 10_000  # a date without its year: month and day
    shared = cluster.profiles[a][i].stems & cluster.profiles[b][j].stems
    return any(
        stem in _DATE_WORDS or (len(stem) == 4 and stem.isdigit() and stem[:2] in ("19", "20"))
        for stem in shared
    )


@lru_cache(maxsize=4096)
def _day_of(text: str) -> int:
    """The first date to the day in `text` (20100505, or 505 without a year); 0 when none."""
    for span in dates.absolute_dates(text, None):
        if span.precision == "day" and span.low is not None:
            return int(span.low)
    return 0


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


def shared_evidence(sentences: Sequence[Sequence[str]], evidence: Iterable[str] = ()) -> tuple[str, ...]:
    """The words and figures that sentences of at least two of the given articles share.

    `sentences` holds, per article, the texts of the sentences shown together (a row of the
    reading room); `evidence` is what the groups that hold them matched on, best first
    (spelling variants as "Sergei/Segery"). The evidence the sentences share comes first, in
    its order; then the other shared words, the rarest first (figures count as rare), each in
    its shortest written form. A group may hold more sentences than a row shows (a headline's group
    holds the leads too): its evidence words the row's sentences lack are left out.
    """
    held: list[dict[str, str]] = []
    for texts in sentences:
        surface: dict[str, str] = {}
        for text in texts:
            for stem, word in terms(text).surface:
                surface.setdefault(stem, word)
        if surface:
            held.append(surface)
    counts: dict[str, int] = {}
    for surface in held:
        for stem in surface:
            counts[stem] = counts.get(stem, 0) + 1
    out: dict[str, None] = {}
    used: set[str] = set()
    for item in evidence:
        stems = {stem for form in item.split("/") for stem in terms(form).stems}
        if stems - used and sum(1 for surface in held if stems & surface.keys()) >= 2:
            out.setdefault(item, None)  # once per word: "allegedly" and "allege" are one
            used |= stems
    rest = sorted(
        (stem for stem, count in counts.items() if count >= 2 and stem not in used),
        key=lambda stem: -prior_idf(stem),  # stable: ties keep the order of first appearance
    )
    for stem in rest:
        forms = [surface[stem].strip("\"'.,;:") for surface in held if stem in surface]
        out.setdefault(min(forms, key=len), None)  # "Ferguson" of "Ferguson's" and "Ferguson"
    return tuple(word for word in out if word)


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
    links = [
        (starts[a] + i, starts[b] + j, p) for a, i, b, j, p, linked in _scored(articles, cluster) if linked
    ]

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
