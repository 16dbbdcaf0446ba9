"""The one-directional data flow: articles -> sentences -> groups -> figures -> conflicts (-> groups
for the flags the aligner left apart)."""

from __future__ import annotations

import gc
import threading
from collections import OrderedDict, defaultdict
from collections.abc import Iterable, Iterator, Sequence
from contextlib import contextmanager
from dataclasses import replace

from reader.core.alignment import STRAY_SENTENCES, align_articles
from reader.core.beside import Beside, worth_forking
from reader.core.conflicts import comparable_figures, find_conflicts
from reader.core.figures import Figure
from reader.core.intervals import TIME_FACTORS
from reader.core.model import Article, Comparison, Conflict, Group, Member, Quantity, distinct_labels
from reader.core.pairing import prepare, same_topic
from reader.core.quantities import extract_quantities
from reader.core.similarity import similarity
from reader.core.story_figures import reference_date


def article_quantities(
    article: Article, known: dict[tuple[str, str], tuple[Quantity, ...]] | None = None
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
            known[key] = _extracted(sentence.text, day)
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


# The figures of each sentence text and reference date, kept for the next comparison (the app
# compares again after every link or unlink the user makes); the oldest go first past the cap.
# The app's comparing threads may overlap (one cancelled, still running, and the next): the lock
# keeps the dictionary whole.
# (An OrderedDict: a plain dict's oldest key is found by walking the holes its deletions left,
# 0.36 s against 0.03 s over 56,800 sentences.)
_EXTRACTED: OrderedDict[tuple[str, str], tuple[Quantity, ...]] = OrderedDict()
_EXTRACTED_LOCK = threading.Lock()
EXTRACTED_KEPT = 16384


def _extracted(text: str, day: str) -> tuple[Quantity, ...]:
    """The figures of one sentence, read once for each text and date."""
    found = _EXTRACTED.get((text, day))
    if found is None:
        found = tuple(extract_quantities(text, reference_date=day))
        _keep((text, day), found)
    return found


def _keep(key: tuple[str, str], found: tuple[Quantity, ...]) -> None:
    with _EXTRACTED_LOCK:
        if key not in _EXTRACTED and len(_EXTRACTED) >= EXTRACTED_KEPT:
            _EXTRACTED.popitem(last=False)
        _EXTRACTED[key] = found


def forget_figures() -> None:
    """Forget the figures read so far (what a new process starts with)."""
    with _EXTRACTED_LOCK:
        _EXTRACTED.clear()


def read_figures(articles: Sequence[Article]) -> tuple[list[Quantity], list[Figure]]:
    """The figures of `articles` (in `Comparison.quantities` order), and each made comparable."""
    known: dict[tuple[str, str], tuple[Quantity, ...]] = {}
    quantities = [q for article in articles for q in article_quantities(article, known)]
    return quantities, comparable_figures(articles, quantities)


def shown_quantities(quantities: Sequence[Quantity], figures: Sequence[Figure]) -> list[Quantity]:
    """`quantities` as the figures read them: a span told in several units ("2 hours, 5 minutes
    and 14 seconds", "four years and six months") is one figure, so its first part shows the
    whole span and value (2.087 hours), which a flag's mention and highlight then cover; the
    later parts stay as read. Kept apart from what is read and cached, which the figures join
    again on each comparison."""
    out = list(quantities)
    for fig in figures:
        q = out[fig.index] if 0 <= fig.index < len(out) else None
        factor = TIME_FACTORS.get(q.unit, 0.0) if q is not None else 0.0
        if q is None or fig.q.end == q.end or factor <= 0:
            continue
        out[fig.index] = replace(q, text=fig.q.text, end=fig.q.end, low=fig.lo / factor, high=fig.hi / factor)
    return out


def _keep_read(articles: Sequence[Article], quantities: Sequence[Quantity]) -> None:
    """Keep the figures the child read, sentence by sentence, as `_extracted` keeps its own: the
    next comparison of these sentences reads none of them again. (They are rebuilt here from
    the comparison's figures rather than sent: sending them too cost the caller 13 MB more at
    the peak for a table of 17,531 numbers.)"""
    by_sentence: dict[tuple[str, int], list[Quantity]] = defaultdict(list)
    for q in quantities:
        by_sentence[(q.article, q.sentence)].append(q)
    for article in articles:
        day = reference_date(article)
        for sentence in article.sentences:
            key = (sentence.text, day)
            if key in _EXTRACTED:
                continue
            shift = sentence.start
            found = tuple(
                replace(q, start=q.start - shift, end=q.end - shift, article="", sentence=-1)
                for q in by_sentence[(article.id, sentence.index)]
            )
            _keep(key, found)


@contextmanager
def _collector_paused() -> Iterator[None]:
    """Pause the cyclic garbage collector (restored after, as it was).

    A comparison builds many small objects that all live until it ends; the collector's
    full passes over them, repeated as they grow, cost a fifth of a large comparison. When
    it resumes, they go to the oldest generation unscanned (``gc.freeze`` then
    ``gc.unfreeze``): the scan of the young generation that would follow walks every one of
    them (a quarter of a second for ten articles of 500 sentences) and frees nothing, since
    what is garbage was freed by reference counting; the oldest generation's passes, rare
    and later, still look at them.
    """
    enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if enabled:
            gc.freeze()
            gc.unfreeze()
            gc.enable()


def compare_articles(
    articles: Sequence[Article],
    *,
    must_link: Iterable[tuple[Member, Member]] = (),
    cannot_link: Iterable[tuple[Member, Member]] = (),
    warnings: Sequence[str] = (),
    figures_read: Beside[tuple[list[Quantity], list[Figure]]] | None = None,
) -> Comparison:
    """Align the articles, extract their figures and flag the differences.

    `figures_read` may be `read_figures(articles)` started beside the caller beforehand (the app
    starts it before its window, `cli.run_open`); it is collected here, once.
    """
    cannot_link = tuple(cannot_link)
    with _collector_paused():
        # the figures do not depend on the groups: on a second core they are read while the
        # sentences are aligned (`beside`)
        if figures_read is None:
            fork = worth_forking(sum(len(a.sentences) for a in articles))
            figures_read = Beside(lambda: read_figures(articles), fork=fork)
        with figures_read.start():
            groups = align_articles(articles, must_link=must_link, cannot_link=cannot_link)
            quantities, figures = figures_read.result()
        if figures_read.from_child:
            _keep_read(articles, quantities)
        scopes = lone_scopes(articles, groups, cannot_link)
        conflicts = find_conflicts(articles, [*groups, *scopes], quantities, figures)
        if scopes:  # a flag of a lone pair's scope belongs to no group
            lone = {scope.id for scope in scopes}
            conflicts = [replace(c, group=None) if c.group in lone else c for c in conflicts]
        groups, conflicts = figure_groups(articles, groups, quantities, conflicts, cannot_link)
    return Comparison(
        articles=tuple(articles),
        groups=tuple(groups),
        quantities=tuple(shown_quantities(quantities, figures)),
        conflicts=tuple(conflicts),
        warnings=(*warnings, *apart_warnings(articles, groups)),
    )


# an article of fewer sentences than `alignment.STRAY_SENTENCES` (a snippet, a quote) is not told
# it stands apart; one of more stands apart when fewer than two of its sentences past the
# opening, and fewer than this share of them, share a point with another source (a stray link on
# a common word is no point: "the first time Russia agreed" / "the central first district")
APART_SHARE = 0.1


def apart_warnings(articles: Sequence[Article], groups: Sequence[Group]) -> list[str]:
    """A notice for each article of which (almost) no sentence past its opening (headline,
    datelines, first body sentence) shares a point with another source: most likely a report of
    another event, put with these by mistake (its headline may still sit in the headlines' row)."""
    if len([a for a in articles if a.sentences]) < 2:
        return []
    linked: dict[str, set[int]] = {}
    for group in groups:
        for member in group.members:
            linked.setdefault(member.article, set()).add(member.sentence)
    names = distinct_labels(articles)
    out = []
    for n, article in enumerate(articles, 1):
        if len(article.sentences) < STRAY_SENTENCES:
            continue
        body = [s.index for s in article.sentences if s.role == "body"]
        past_opening = set(body[1:])
        shared = len(past_opening & linked.get(article.id, set()))
        if shared < 2 and shared <= APART_SHARE * len(past_opening):
            out.append(
                f"Source {n}, {names[article.id]}: almost nothing past its opening shares a point with"
                " another source; is it a report of the same event?"
            )
    return out


def lone_scopes(
    articles: Sequence[Article], groups: Sequence[Group], cannot_link: Iterable[tuple[Member, Member]] = ()
) -> list[Group]:
    """Where two texts of one sentence each, on one topic, compare their figures as in one point.

    With one sentence a text there is no other point a figure could belong to: "Nine passengers
    were injured when the tram left the rails" and "Police said 16 people were hurt in the tram
    derailment" give one count, though the aligner may not judge the two sentences one point
    (the "same meaning" decision, fitted on paraphrases, weighs their other words). Such a scope
    is no group: a flag found in it stays outside the groups (`figure_groups`), and its id is
    past the groups' own, so that the flag's scope is told apart (its `Conflict.group` is reset).
    Texts the user said are not one point are left apart.
    """
    if any(len(article.sentences) > 1 for article in articles):
        return []
    lone = [k for k, article in enumerate(articles) if article.sentences]
    if len(lone) < 2:
        return []
    grouped = {frozenset(m.article for m in group.members) for group in groups}
    forbidden = {frozenset((x.article, y.article)) for x, y in cannot_link}
    cluster = prepare(articles)
    scopes: list[Group] = []
    first_id = max((group.id for group in groups), default=-1) + 1
    for n, a in enumerate(lone):
        for b in lone[n + 1 :]:
            pair = frozenset((articles[a].id, articles[b].id))
            if pair in grouped or pair in forbidden or not same_topic(cluster, a, 0, b, 0):
                continue
            members = (Member(articles[a].id, 0), Member(articles[b].id, 0))
            scopes.append(Group(first_id + len(scopes), 0.0, members))
    return scopes


def figure_groups(
    articles: Sequence[Article],
    groups: Sequence[Group],
    quantities: Sequence[Quantity],
    conflicts: Sequence[Conflict],
    cannot_link: Iterable[tuple[Member, Member]] = (),
) -> tuple[list[Group], list[Conflict]]:
    """Groups for the flags found across groups: sentences that give one thing's figure share a point.

    The aligner may leave "the troops are between 30,000-100,000" and "the 40,000 troops that
    are believed to be stationed on the border" apart (one word in common); the conflict step
    found them to count one thing, so they become a group of their own (scored by the
    sentence-pair similarity, its evidence the two figures) and the flag points at it. Pairs
    the user said are not one point stay apart.
    """
    if all(conflict.group is not None for conflict in conflicts):
        return list(groups), list(conflicts)
    if all(len(article.sentences) <= 1 for article in articles):
        # one sentence each: whether they are one point is the aligner's judgement alone (the
        # "same meaning" decision); a flag between them stays, outside any group
        return list(groups), list(conflicts)
    forbidden = {frozenset(pair) for pair in cannot_link}
    texts = {(a.id, s.index): s.text for a in articles for s in a.sentences}
    position = {a.id: k for k, a in enumerate(articles)}

    def order(member: Member) -> tuple[int, int]:
        return position[member.article], member.sentence

    out_groups = list(groups)
    known = {frozenset(g.members): g.id for g in out_groups}
    out_conflicts = []
    for conflict in conflicts:
        if conflict.group is not None:
            out_conflicts.append(conflict)
            continue
        mentions = [quantities[m] for m in conflict.mentions]
        members = tuple(sorted({Member(q.article, q.sentence) for q in mentions}, key=order))
        apart = any(
            frozenset((x, y)) in forbidden for x in members for y in members if x.article != y.article
        )
        if apart or len({m.article for m in members}) < 2:
            out_conflicts.append(conflict)
            continue
        group_id = known.get(frozenset(members))
        if group_id is None:
            first, second = mentions[0], mentions[1]
            a, b = texts[(first.article, first.sentence)], texts[(second.article, second.sentence)]
            group_id = len(out_groups)
            evidence = (f"{first.text}/{second.text}", conflict.about)
            out_groups.append(Group(group_id, similarity(a, b), members, evidence))
            known[frozenset(members)] = group_id
        out_conflicts.append(replace(conflict, group=group_id))
    return out_groups, out_conflicts
