"""Compare the figures inside aligned groups and flag the ones that differ.

Two figures are compared when they are of one family (a count with a count, a date with
a date, never a year with a count), come from different articles and are about the same
thing: the same counted noun and casualty event, matching words around the number, no
different places named. Inside a group that is enough; across groups the counted noun
must be specific and the context must share a word. Each figure is paired with its best
match in every other article; the pairs that differ become a `Conflict`:
``"conflict"`` when the values cannot both hold, ``"compatible"`` when they can (a range
holding the other figure, a bound, rounding, a unit conversion, an approximation).
"""

from __future__ import annotations

import math
from collections import Counter, defaultdict
from collections.abc import Iterator, Sequence
from functools import lru_cache
from itertools import combinations

from reader.core.ages import one_named_person, one_person
from reader.core.exchange import kind_currency
from reader.core.figures import ABOARD, Figure, aboard_load, vague
from reader.core.matching import CROSS_FAMILIES, same_thing, story_age
from reader.core.model import Article, Conflict, Group, Quantity, distinct_labels
from reader.core.retelling import RETOLD_SHARED, SMALL_WHOLE
from reader.core.story_figures import article_figures, publication
from reader.core.verdicts import Verdict, compare
from reader.core.wording import names_meet


def find_conflicts(
    articles: Sequence[Article],
    groups: Sequence[Group],
    quantities: Sequence[Quantity],
    figures: list[Figure] | None = None,
) -> list[Conflict]:
    """Conflicting and compatible differences between the figures of different articles.

    `quantities` are ordered by article, then position (as `Comparison.quantities`);
    `mentions` of each conflict index into it, the two figures that differ most first.
    `figures` may give `comparable_figures(articles, quantities)`, made beforehand.
    """
    published = {a.id: publication(a) for a in articles}
    if figures is None:
        figures = comparable_figures(articles, quantities)
    if len(figures) < 2:
        return []
    by_index = {f.index: f for f in figures}
    owners = _owners(figures)
    # candidate pairs, scored; each figure keeps its best partner in every other article
    best: dict[tuple[int, str], tuple[float, int, int | None]] = {}
    agreeing: dict[tuple[int, str, int], tuple[int, int | None]] = {}
    for (i, j), group_id in _candidate_pairs(figures, groups).items():
        a, b = by_index[i], by_index[j]
        if _owner_told_elsewhere(a, b, owners) or _owner_told_elsewhere(b, a, owners):
            continue
        short = group_id is None and a.sole and b.sole  # two short texts: as if in one group
        score = same_thing(a, b, in_group=group_id is not None or short, short=short)
        if score is None:
            continue
        for x, y in ((a, b), (b, a)):
            key = (x.index, y.q.article)
            if key not in best or score > best[key][0]:
                best[key] = (score, y.index, group_id)
            if compare(x, y).kind == "agree" and (x.compound, x.other) == (y.compound, y.other):
                agreeing.setdefault((x.index, y.q.article, y.q.sentence), (y.index, group_id))
    for key, (score, partner, _group) in best.items():
        # "after four days and more than 30 hours of deliberations": when the sentence of the
        # best match also says what this figure says, that figure is its counterpart (unless it
        # is a part where this is a whole: "Five bombs were dropped, of which four exploded")
        same = agreeing.get((key[0], key[1], by_index[partner].q.sentence))
        if same is not None and same[0] != partner:
            best[key] = (score, *same)

    _follow_twins(figures, best)
    stated = _stated_values(figures)
    told = {(f.q.article, f.family, f.lo, f.hi) for f in figures}
    edges: dict[tuple[int, int], int | None] = {}
    for (index, _other), (_score, partner, group_id) in best.items():
        fig, match = by_index[index], by_index[partner]
        if _said_there(fig, match, stated) or _said_there(match, fig, stated):
            continue
        if _both_told(fig, match, told):
            continue
        back = best.get((partner, by_index[index].q.article))
        if back is not None and back[1] != index:
            # not mutual: kept only when the partner's own match is another sentence's figure,
            # never when it is a neighbour of this one in the same sentence (a different thing)
            twin = by_index[back[1]]
            if twin.q.sentence == by_index[index].q.sentence:
                continue
            if by_index[partner].headline and compare(twin, by_index[index]).kind == "conflict":
                # a headline's figure is one thing: its counterpart here is the figure it matched
                # (or one that may be the same), not another sum that picked it
                continue
            if not by_index[index].headline and compare(by_index[partner], twin).kind == "agree":
                # the partner's own counterpart in this article says the same: this figure is
                # another thing ("46 KOs" for one boxer, "36 KOs" for the other). Not for a
                # headline, whose figure is the story's own: a body that says otherwise is news.
                continue
        edges.setdefault((min(index, partner), max(index, partner)), group_id)
    return _conflicts_from_edges(edges, by_index, distinct_labels(articles), published)


def comparable_figures(articles: Sequence[Article], quantities: Sequence[Quantity]) -> list[Figure]:
    """The figures of `quantities` prepared for comparison (the groups play no part in it)."""
    by_id = {a.id: a for a in articles}
    return article_figures(by_id, {a.id: publication(a) for a in articles}, quantities)


Best = dict[tuple[int, str], tuple[float, int, int | None]]


Owners = dict[tuple[str, str, float, float], frozenset[frozenset[str]]]


def _owners(figures: Sequence[Figure]) -> Owners:
    """The subjects (names before the figure) each article gives each value of each family to."""
    out: dict[tuple[str, str, float, float], set[frozenset[str]]] = defaultdict(set)
    for f in figures:
        if f.subject:
            out[(f.q.article, f.family, f.lo, f.hi)].add(f.subject)
    return {key: frozenset(subjects) for key, subjects in out.items()}


@lru_cache(maxsize=16384)
def _meets_any(told: frozenset[frozenset[str]], subject: frozenset[str]) -> bool:
    """Whether `subject` meets one of the subjects `told` (`names_meet`), memoised: a long
    article gives one small count to many subjects, and each pair of figures asks again."""
    return any(names_meet(other, subject) for other in told)


def _owner_told_elsewhere(a: Figure, b: Figure, owners: Owners) -> bool:
    """`a` is a named subject's ("Bush paid an effective tax rate of roughly 36 percent"), `b`
    names nobody, and `b`'s article gives that subject the same value elsewhere ("Mr. Bush said
    his average federal tax rate was 36 percent"): that is `a`'s counterpart there, and `b`, whose
    value cannot be `a`'s, is another's ("the couple paid ... 31.55 percent"), not the subject's
    told without the name."""
    if not a.subject or b.subject:
        return False
    told = owners.get((b.q.article, a.family, a.lo, a.hi))
    if not told or not _meets_any(told, a.subject):
        return False
    # a value `b` may share with `a` ("at least three" / "Three") may be its own
    return compare(a, b).kind == "conflict"


def _follow_twins(figures: list[Figure], best: Best) -> None:
    """A headline's figure that its body gives again ("fined Sh588 million", "a fine of Sh588
    million") is the body's: in each other article it takes the counterpart the body's copy
    matched, not a weaker match of its own ("Sh1.1 billion in unexplained wealth" in a sentence
    the aligner put beside the headline)."""
    body: dict[tuple[str, str, float, float, str, str], list[int]] = defaultdict(list)
    for f in figures:
        if not f.headline and math.isfinite(f.lo) and math.isfinite(f.hi):
            body[(f.q.article, f.family, f.lo, f.hi, kind_currency(f), f.noun)].append(f.index)
    others: dict[int, list[str]] = defaultdict(list)  # the articles each figure has a match in
    for index, other in best:
        others[index].append(other)
    for f in figures:
        copies = (
            body.get((f.q.article, f.family, f.lo, f.hi, kind_currency(f), f.noun)) if f.headline else None
        )
        for other in others[f.index] if copies else ():
            scored = [best[(index, other)] for index in copies or () if (index, other) in best]
            if scored:
                best[(f.index, other)] = max(scored, key=lambda item: item[0])


Stated = dict[tuple[str, int, str, float, float], list[Figure]]


def _stated_values(figures: list[Figure]) -> Stated:
    """The figures with a finite value by (article, sentence, family, low, high)."""
    out: Stated = defaultdict(list)
    for f in figures:
        if math.isfinite(f.lo) and math.isfinite(f.hi):
            out[(f.q.article, f.q.sentence, f.family, f.lo, f.hi)].append(f)
    return out


def _said_there(fig: Figure, match: Figure, stated: Stated) -> bool:
    """Whether the sentence of `match` also gives the value of `fig`, a value not shared by chance.

    "KC ended the game with 352 net yards rushing" against "The Colts gave up 507 total yards,
    352 of them on the ground": the 352 there is this figure's counterpart, whatever the
    matching made of it, and 507 is another thing. Small whole numbers recur by chance ("Five
    bombs were dropped, of which four exploded" against "four bombs were dropped" differ), and
    a value there of another counted thing or event is no counterpart ("12 people were
    injured" against "18 people had been injured ... and 12 arrested").
    """
    if (fig.lo, fig.hi) == (match.lo, match.hi) or not (math.isfinite(fig.lo) and math.isfinite(fig.hi)):
        return False
    if fig.lo == fig.hi and fig.lo.is_integer() and 0 <= fig.lo <= SMALL_WHOLE:
        return False
    return any(
        (not fig.noun or other.noun in ("", fig.noun)) and (not fig.event or other.event in ("", fig.event))
        for other in stated.get((match.q.article, match.q.sentence, fig.family, fig.lo, fig.hi), ())
    )


def _both_told(fig: Figure, match: Figure, told: set[tuple[str, str, float, float]]) -> bool:
    """Whether each article also gives the other's value somewhere: both know both figures, so
    they are figures of two things ("eyes $8B for wall" and "the $5.7 billion he demanded" in
    one report, "about $8 billion" and "$5.7 billion" in the other), not a disagreement.

    Not for small whole numbers, which recur by chance.
    """
    if (fig.lo, fig.hi) == (match.lo, match.hi) or not (math.isfinite(fig.lo) and math.isfinite(fig.hi)):
        return False
    if any(f.lo == f.hi and f.lo.is_integer() and 0 <= f.lo <= SMALL_WHOLE for f in (fig, match)):
        return False
    this_tells_that = (fig.q.article, fig.family, match.lo, match.hi) in told
    that_tells_this = (match.q.article, match.family, fig.lo, fig.hi) in told
    if fig.family == "age":
        # a person has one age: a report that gives the other's age too gives it to someone
        # else ("Ortiz, 35" against "the 29-year-old gang member" beside "the 35-year-old deputy")
        return this_tells_that or that_tells_this
    return this_tells_that and that_tells_this


def _candidate_pairs(figures: list[Figure], groups: Sequence[Group]) -> dict[tuple[int, int], int | None]:
    """Pairs of figures worth comparing, with their group id (None across groups).

    Figures of one family in sentences of one group, figures of one counted thing
    (family, noun, event) anywhere, and the sole figures of one family of two short texts.
    """
    by_sentence: dict[tuple[str, int], list[Figure]] = defaultdict(list)
    for fig in figures:
        by_sentence[(fig.q.article, fig.q.sentence)].append(fig)
    pairs: dict[tuple[int, int], int | None] = {}
    for group in groups:
        # pairs across articles only: a group may hold many sentences of one article (a text
        # repeating one sentence thousands of times), whose pairs among themselves are no use
        by_article: dict[str, list[Figure]] = defaultdict(list)
        for m in group.members:
            by_article[m.article].extend(by_sentence.get((m.article, m.sentence), ()))
        for first, second in combinations(list(by_article.values()), 2):
            for a in first:
                for b in second:
                    if a.family == b.family:
                        pairs.setdefault((min(a.index, b.index), max(a.index, b.index)), group.id)
    buckets: dict[tuple[str, str, str], list[Figure]] = defaultdict(list)
    ages: list[Figure] = []
    for fig in figures:
        if fig.family == "date":
            # across groups a date is compared only with a date of its role, each the sole
            # date of a retold sentence (`matching.same_thing`): leave the others out early
            if fig.alone and not fig.headline:
                buckets[("date", fig.role, "")].append(fig)
        elif fig.family == "age" and (fig.holder or fig.person or fig.q.text.endswith("-old")):
            ages.append(fig)  # "Graham Whitlock, 62,", "Whitlock, 64,", "The 19-year-old Duncan"
        elif fig.family == "time" and fig.onset:
            buckets[("time", fig.onset, "")].append(fig)  # "the fire started around 1:45 a.m."
        elif fig.family in CROSS_FAMILIES:
            buckets[
                (fig.family, fig.noun, fig.event) if fig.family == "count" else (fig.family, "", "")
            ].append(fig)
            if fig.family == "count" and fig.measure == ABOARD and aboard_load(fig):
                # the people on board, whatever each report calls them ("carrying 27 students" /
                # "carrying 29 children")
                buckets[(fig.family, ABOARD, fig.event)].append(fig)
    # a short text's sole figure of a family, whatever each calls what it counts (`same_thing`
    # compares them as in one point): "Nine passengers were injured" / "16 people were hurt"
    sole: dict[str, list[Figure]] = defaultdict(list)
    for fig in figures:
        if fig.sole:
            sole[fig.family].append(fig)
    for bucket in sole.values():
        for a, b in combinations(bucket, 2):
            if a.q.article != b.q.article:
                pairs.setdefault((min(a.index, b.index), max(a.index, b.index)), None)
    records = [f for f in figures if f.record_of]
    for a, b in _across_articles(records):  # one holder's record, in any point
        if a.record_of & b.record_of:
            pairs.setdefault((min(a.index, b.index), max(a.index, b.index)), None)
    for a, b in _across_articles(ages):  # ages beside names: few, and `same_thing` tells which are one
        if a.holder & b.holder or one_named_person(a, b) or story_age(a, b) or one_person(a, b):
            pairs.setdefault((min(a.index, b.index), max(a.index, b.index)), None)
    for key, bucket in buckets.items():
        for a, b in _sharing_words(bucket) if key[0] == "date" else _across_articles(bucket):
            if a.q.article != b.q.article:
                pairs.setdefault((min(a.index, b.index), max(a.index, b.index)), None)
    return pairs


def _across_articles(figures: list[Figure]) -> Iterator[tuple[Figure, Figure]]:
    """The pairs of `combinations(figures, 2)` from different articles, in that order, without
    walking the pairs of one article (a table of thousands of numbers in one article would make
    them millions). `figures` come article by article."""
    ends = [0] * len(figures)  # where the run of each figure's article ends
    end = len(figures)
    for k in range(len(figures) - 1, -1, -1):
        if k + 1 < len(figures) and figures[k + 1].q.article != figures[k].q.article:
            end = k + 1
        ends[k] = end
    for x, a in enumerate(figures):
        for y in range(ends[x], len(figures)):
            b = figures[y]
            if b.q.article != a.q.article:
                yield a, b


def _sharing_words(bucket: list[Figure]) -> list[tuple[Figure, Figure]]:
    """The pairs of figures whose sentences may share `RETOLD_SHARED` words, without trying all.

    Prefix filtering (as in set-similarity joins): with the words of every sentence ordered
    rarest first, two sentences sharing at least t words share a word among the first
    len - t + 1 of each. So only the figures meeting on such a word are paired; the exact
    count is left to `same_thing`. A cluster of ten long articles has thousands of dates.
    """
    frequency = Counter(word for fig in bucket for word in fig.sentence_words)
    # the figures meeting on a word, article by article: only pairs across articles are made (one
    # article repeating a dated sentence thousands of times made millions of pairs within it)
    index: dict[str, dict[str, list[int]]] = defaultdict(dict)
    found: set[tuple[int, int]] = set()
    for k, fig in enumerate(bucket):
        words = sorted(fig.sentence_words, key=lambda w: (frequency[w], w))
        for word in words[: len(words) - RETOLD_SHARED + 1]:
            postings = index[word]
            for article, ks in postings.items():
                if article != fig.q.article:
                    found.update((j, k) for j in ks)
            postings.setdefault(fig.q.article, []).append(k)
    return [(bucket[j], bucket[k]) for j, k in sorted(found)]


def _conflicts_from_edges(
    edges: dict[tuple[int, int], int | None],
    by_index: dict[int, Figure],
    labels: dict[str, str],
    published: dict[str, tuple[str, str]],
) -> list[Conflict]:
    """One conflict per distinct pair of differing values among figures linked as one thing."""
    parent: dict[int, int] = {}

    def find(x: int) -> int:
        while parent.get(x, x) != x:
            x = parent[x]
        return x

    verdicts: list[tuple[int, int, int | None, Verdict]] = []
    for (i, j), group_id in sorted(edges.items()):
        verdicts.append((i, j, group_id, compare(by_index[i], by_index[j])))
        parent[find(i)] = find(j)
    components: dict[int, list[tuple[int, int, int | None, Verdict]]] = defaultdict(list)
    for item in verdicts:
        components[find(item[0])].append(item)
    rank = {"conflict": 2, "compatible": 1, "agree": 0}
    conflicts: list[Conflict] = []
    for items in components.values():
        members = sorted({x for it in items for x in it[:2]})
        seen: set[tuple[tuple[float, float], ...]] = set()
        ordered = sorted(
            items, key=lambda it: (-rank[it[3].kind], -_spread(by_index[it[0]], by_index[it[1]]))
        )
        for i, j, group_id, verdict in ordered:
            if verdict.kind == "agree":
                continue
            if verdict.kind == "compatible" and vague(by_index[i]) and vague(by_index[j]):
                continue  # "tens of millions" and "millions": nothing a reader could check
            a, b = by_index[i], by_index[j]
            values = tuple(sorted(((a.lo, a.hi), (b.lo, b.hi))))
            if values in seen:
                continue
            seen.add(values)
            same = [m for m in members if m not in (i, j) and _same_value(by_index[m], a, b)]
            conflicts.append(
                Conflict(
                    id=0,
                    kind=verdict.kind,
                    about=_about(a, b),
                    mentions=(i, j, *same),
                    group=group_id,
                    explanation=_explain(a, b, verdict, labels, published),
                )
            )
    conflicts.sort(key=lambda c: (c.mentions[0], c.mentions[1]))
    return [Conflict(n, c.kind, c.about, c.mentions, c.group, c.explanation) for n, c in enumerate(conflicts)]


def _same_value(fig: Figure, a: Figure, b: Figure) -> bool:
    """Whether `fig`, linked as the same thing, gives the value of `a` or of `b`: a third report
    that says what one of the two says is listed with it ("14.25%" in two reports, "14.75%" in a
    third)."""
    return (fig.lo, fig.hi) in ((a.lo, a.hi), (b.lo, b.hi))


def _spread(a: Figure, b: Figure) -> float:
    if a.family in ("date", "tally") or math.isnan(a.lo) or math.isnan(b.lo):
        return 0.0
    values = [v for v in (a.lo, a.hi, b.lo, b.hi) if not math.isinf(v)]
    return max(values) - min(values) if values else 0.0


def _about(a: Figure, b: Figure) -> str:
    for fig in (a, b):
        _, per, base = fig.noun.partition(" per ")
        if fig.q.kind == "count" and per:  # a rate: "deaths per 100,000"
            return f"{fig.q.unit or 'rate'} per {base}"
    for fig in (a, b):
        if fig.q.kind == "count" and fig.q.unit:
            return fig.q.unit
    kind = a.q.kind
    if kind == "money":
        return f"amount ({a.currency or b.currency or 'money'})"
    return {
        "date": "date",
        "year": "year",
        "time": "time of day",
        "age": "age",
        "tally": "vote tally",
        "category": "storm category",
    }.get(kind, kind)


def _explain(
    a: Figure, b: Figure, verdict: Verdict, labels: dict[str, str], published: dict[str, tuple[str, str]]
) -> str:
    """ "Report A: "40,000" troops; Report B: ... — why"; `labels` names each article (two of one
    label numbered)."""

    def mention(fig: Figure) -> str:
        unit = (
            f" {fig.q.unit}" if fig.q.kind == "count" and fig.q.unit and fig.q.unit not in fig.q.text else ""
        )
        return f'{labels[fig.q.article]}: "{fig.q.text.strip()}"{unit}'

    text = f"{mention(a)}; {mention(b)} — {verdict.reason}"
    stamp_a, stamp_b = published[a.q.article][1], published[b.q.article][1]
    if a.event and stamp_a and stamp_b and stamp_a != stamp_b:  # a toll may rise during the day
        text += f" (published {stamp_a} and {stamp_b}; a later report may carry an updated figure)"
    return text
