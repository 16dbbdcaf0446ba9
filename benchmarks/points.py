"""What a reader sees as one point: the groups and the rows of the side-by-side view, on gold and corpus.

The gold metric of ``alignment.py`` counts the cross-article pairs inside each group. Groups
are cliques of links, so that count equals the links; the rows of the view
(``reader.core.layout``) are what a user reads as one point, and they join groups that share
a sentence. This prints, for the gold clusters (tune split), the P/R/F1 of the cross-article
pairs of the groups and of the rows (pivot: the first article; own cells, then with the
repeated cells too), in sample and leave-one-cluster-out (the link model and threshold
fitted on the other clusters, as ``fit_alignment.py`` does); the groups' P/R/F1 on the
clusters annotated by helper sessions (``data/points/``, never fitted on) and how those
annotators agree with the people on two gold clusters they re-annotated blind
(``data/calibration/``); and the size distributions of groups and rows on the corpus
(ECB+ topics 31-45, a report split, skipped). Run from the repo root:

    .venv/bin/python benchmarks/points.py [--corpus]
"""

from __future__ import annotations

import argparse
import itertools
import re
import sys
from collections import Counter
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from fit_alignment import BENCH, _fit_links, link_rows, micro_f1, pair_rows
from gold import GoldCluster, group_links, load_gold

from reader.core import alignment
from reader.core.layout import Row, build_layout
from reader.core.loading import load_articles
from reader.core.model import Article, Comparison, Group
from reader.core.pairing import CANDIDATE_FLOOR, candidate_signals, pair_cosine, prepare
from reader.core.pipeline import compare_articles
from reader.core.similarity import logistic

Pair = tuple[str, str]


def row_links(cluster: GoldCluster, rows: Sequence[Row], *, repeated: bool) -> set[Pair]:
    """Cross-article gold-id pairs of sentences sharing a row."""
    found: set[Pair] = set()
    for row in rows:
        slots = [
            (a, i)
            for a, cell in enumerate(row.cells)
            if repeated or not (row.repeated and row.repeated[a])
            for i in cell
        ]
        for (a, i), (b, j) in itertools.combinations(slots, 2):
            x, y = cluster.gold_id.get((a, i)), cluster.gold_id.get((b, j))
            if a != b and x and y and x[0] != y[0]:
                found.add((min(x, y), max(x, y)))
    return found


def layout(articles: Sequence[Article], groups: Sequence[Group]) -> list[Row]:
    """The rows with the first article as pivot."""
    comparison = Comparison(tuple(articles), tuple(groups), (), ())
    return build_layout(comparison, articles[0].id)


@contextmanager
def link_model(bias: float, weights: Sequence[float], threshold: float) -> Iterator[None]:
    """The aligner with another link model, restored after."""
    saved = alignment.LINK_BIAS, alignment.LINK_WEIGHTS, alignment.LINK_THRESHOLD
    alignment.LINK_BIAS, alignment.LINK_WEIGHTS, alignment.LINK_THRESHOLD = bias, tuple(weights), threshold
    try:
        yield
    finally:
        alignment.LINK_BIAS, alignment.LINK_WEIGHTS, alignment.LINK_THRESHOLD = saved


def held_out_models(clusters: list[GoldCluster]) -> dict[str, tuple[float, list[float], float]]:
    """Per cluster: the link model fitted on the others and the CV threshold of fit_alignment."""
    rows = {c.name: link_rows(c) for c in clusters}
    labels = {c.name: [int(key in c.links) for key, _ in rows[c.name]] for c in clusters}
    pairs = {c.name: pair_rows(c) for c in clusters}
    models: dict[str, tuple[float, list[float]]] = {}
    held: dict[str, list[float]] = {}
    for cluster in clusters:
        bias, weights = _fit_links([c for c in clusters if c is not cluster], rows, labels, pairs)
        models[cluster.name] = (bias, weights)
        held[cluster.name] = [logistic(bias + o, weights, v) for _, (o, v) in rows[cluster.name]]
    grid = [t / 100 for t in range(10, 71)]
    threshold = max(grid, key=lambda t: micro_f1(clusters, held, rows, t))
    return {name: (b, w, threshold) for name, (b, w) in models.items()}


class Score:
    """Micro P/R/F1 accumulated over clusters."""

    def __init__(self) -> None:
        self.tp = self.predicted = self.gold = 0

    def add(self, found: set[Pair], truth: frozenset[Pair]) -> None:
        self.tp += len(found & truth)
        self.predicted += len(found)
        self.gold += len(truth)

    def __str__(self) -> str:
        p = self.tp / self.predicted if self.predicted else 0.0
        r = self.tp / self.gold if self.gold else 0.0
        f = 2 * p * r / (p + r) if p + r else 0.0
        return f"{p:.3f}/{r:.3f}/{f:.3f} ({self.predicted} pairs)"


def gold_figures() -> None:
    """P/R/F1 of groups and rows on the gold clusters, in sample and held out.

    Rows are scored with the first article as pivot, and pooled over every article as pivot.
    """
    clusters = load_gold(BENCH)
    models = held_out_models(clusters)
    names = (
        "groups",
        "groups of compare (+flags)",
        "rows (own cells)",
        "rows (with repeated)",
        "rows, every pivot (own)",
        "rows, every pivot (rep.)",
    )
    for label, cv in (("in sample", False), ("leave-one-cluster-out", True)):
        scores = {name: Score() for name in names}
        for cluster in clusters:
            if cv:
                with link_model(*models[cluster.name]):
                    groups = alignment.align_articles(cluster.articles)
                    compared = compare_articles(cluster.articles).groups
            else:
                groups = alignment.align_articles(cluster.articles)
                compared = compare_articles(cluster.articles).groups
            scores["groups"].add(group_links(cluster, groups), cluster.links)
            # what `reader compare --json` gives: the aligner's groups and those its flags make
            scores["groups of compare (+flags)"].add(group_links(cluster, compared), cluster.links)
            for k, article in enumerate(cluster.articles):
                comparison = Comparison(tuple(cluster.articles), tuple(groups), (), ())
                rows = build_layout(comparison, article.id)
                own, repeated = (
                    row_links(cluster, rows, repeated=False),
                    row_links(cluster, rows, repeated=True),
                )
                if k == 0:
                    scores["rows (own cells)"].add(own, cluster.links)
                    scores["rows (with repeated)"].add(repeated, cluster.links)
                scores["rows, every pivot (own)"].add(own, cluster.links)
                scores["rows, every pivot (rep.)"].add(repeated, cluster.links)
        print(f"gold, {label}: P/R/F1")
        for name, score in scores.items():
            print(f"  {name:26} {score}")


# bands of the weighted cosine (`pairing.pair_cosine`) for the pairs that are not candidates
CEILING_BANDS = (0.10, 0.05, 0.0)


def ceiling_figures() -> None:
    """How many gold links the aligner can reach: the share its candidate pairs hold.

    A link can only be found between candidates (`pairing.candidate_signals`). The pairs
    left out are listed by their weighted cosine, with the share of them that are gold
    links: adding a band as candidates could gain at most its links, at that precision.
    """
    clusters = load_gold(BENCH)
    print("gold, reach of the candidates: gold links among the candidate pairs, then the rest by cosine")
    reached = total = 0
    bands = [[0, 0] for _ in CEILING_BANDS]  # [gold links, pairs] per band
    for cluster in clusters:
        prepared = prepare(cluster.articles)
        candidates = set()
        for a, i, b, j in candidate_signals(prepared):
            x, y = cluster.gold_id.get((a, i)), cluster.gold_id.get((b, j))
            if x and y:
                candidates.add((min(x, y), max(x, y)))
        inside = len(candidates & cluster.links)
        reached += inside
        total += len(cluster.links)
        print(f"  {cluster.name:26} {inside}/{len(cluster.links)} ({inside / len(cluster.links):.0%})")
        sizes = [len(art.sentences) for art in cluster.articles]
        seen = set(candidates)
        for a, b in itertools.combinations(range(len(sizes)), 2):
            for i in range(sizes[a]):
                for j in range(sizes[b]):
                    x, y = cluster.gold_id.get((a, i)), cluster.gold_id.get((b, j))
                    if not (x and y) or x[0] == y[0] or (min(x, y), max(x, y)) in seen:
                        continue
                    key = (min(x, y), max(x, y))
                    seen.add(key)
                    value = pair_cosine(prepared, a, i, b, j)
                    band = next(k for k, floor in enumerate(CEILING_BANDS) if value >= floor)
                    bands[band][0] += key in cluster.links
                    bands[band][1] += 1
    print(f"  {'all':26} {reached}/{total} ({reached / total:.0%})")
    upper = (CANDIDATE_FLOOR, *CEILING_BANDS[:-1])
    for (links, pairs), low, high in zip(bands, CEILING_BANDS, upper, strict=True):
        rate = links / pairs if pairs else 0.0
        print(
            f"  not candidates, cosine {low:.2f}-{high:.2f}: {links} gold links in {pairs} pairs ({rate:.1%})"
        )


ANNOTATED = Path(__file__).resolve().parent / "data" / "points"


def annotated_figures(folder: Path = ANNOTATED) -> None:
    """Link P/R/F1 of the aligner's groups on clusters annotated by helper sessions.

    They followed the gold guidelines on corpus clusters (never the report split) without
    running the reader; the link model is never fitted on them, so this is a held-out figure.
    """
    if not folder.exists():
        print(f"annotated clusters: skipped ({folder} not found)")
        return
    total, compared = Score(), Score()
    print("annotated clusters (benchmarks/data/points/, never fitted on): P/R/F1 of the groups' links")
    for cluster in load_gold(BENCH, folder):
        found = group_links(cluster, alignment.align_articles(cluster.articles))
        score = Score()
        score.add(found, cluster.links)
        total.add(found, cluster.links)
        compared.add(group_links(cluster, compare_articles(cluster.articles).groups), cluster.links)
        print(f"  {cluster.name:26} {score}")
    print(f"  {'overall (micro)':26} {total}")
    print(f"  {'groups of compare (+flags)':26} {compared}")


CALIBRATION = Path(__file__).resolve().parent / "data" / "calibration"


def _own_links(cluster: GoldCluster) -> set[tuple[tuple[int, int], tuple[int, int]]]:
    """A cluster's links as pairs of the reader's (article, sentence), whatever the packet's ids."""
    ours: dict[str, list[tuple[int, int]]] = {}
    for key, gid in cluster.gold_id.items():
        ours.setdefault(gid, []).append(key)
    return {
        (min(u, v), max(u, v)) for x, y in cluster.links for u in ours.get(x, []) for v in ours.get(y, [])
    }


def calibration_figures(folder: Path = CALIBRATION) -> None:
    """How the helper annotators agree with the people: gold clusters re-annotated blind.

    The helpers worked from an anonymised packet (no cluster or file names) cut by the
    reader's segmenter, so the links are compared on the reader's sentences.
    """
    if not folder.exists():
        return
    people = {c.name: c for c in load_gold(BENCH)}
    print("helper annotators against the people (gold clusters re-annotated blind): P/R/F1")
    for cluster in load_gold(BENCH, folder):
        truth, theirs = _own_links(people[cluster.name]), _own_links(cluster)
        common = len(truth & theirs)
        p, r = common / len(theirs), common / len(truth)
        f1 = 2 * p * r / (p + r)
        print(f"  {cluster.name:26} {p:.2f}/{r:.2f}/{f1:.2f} ({len(theirs)} of {len(truth)} links)")


def _distribution(sizes: list[int]) -> str:
    if not sizes:
        return "none"
    ordered = sorted(sizes)
    q = [ordered[int(f * (len(ordered) - 1))] for f in (0.5, 0.9, 0.99)]
    buckets = Counter(min(s, 10) for s in sizes)
    hist = " ".join(f"{k if k < 10 else '10+'}:{buckets[k]}" for k in sorted(buckets))
    return f"n={len(sizes)} median {q[0]} p90 {q[1]} p99 {q[2]} max {ordered[-1]} | {hist}"


def size_figures(folders: list[Path], label: str) -> None:
    group_sizes: list[int] = []
    group_per_article: list[int] = []
    row_sizes: list[int] = []
    row_per_article: list[int] = []
    for folder in folders:
        articles = load_articles(sorted(folder.glob("*.txt")))
        if len(articles) < 2:
            continue
        groups = alignment.align_articles(articles)
        for group in groups:
            group_sizes.append(len(group.members))
            group_per_article.append(max(Counter(m.article for m in group.members).values()))
        for row in layout(articles, groups):
            if row.coverage >= 2:
                row_sizes.append(sum(len(cell) for cell in row.cells))
                row_per_article.append(max(len(cell) for cell in row.cells))
    print(f"{label} ({len(folders)} clusters)")
    print(f"  group sentences            {_distribution(group_sizes)}")
    print(f"  group max of one article   {_distribution(group_per_article)}")
    print(f"  row (2+ sources) sentences {_distribution(row_sizes)}")
    print(f"  row max of one article     {_distribution(row_per_article)}")


def main() -> int:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--corpus", action="store_true", help="also the size distributions on the corpus")
    args = parser.parse_args()
    gold_figures()
    ceiling_figures()
    annotated_figures()
    calibration_figures()
    gold_names = {p.name.split(".")[0] for p in (BENCH / "clusters_gold").glob("*.packet.json")}
    size_figures([BENCH.parent / "corpus" / name for name in sorted(gold_names)], "gold clusters")
    if args.corpus:
        report = re.compile(r"ecbplus_t(3[1-9]|4[0-5])_")
        folders = [
            p for p in sorted((BENCH.parent / "corpus").iterdir()) if p.is_dir() and not report.match(p.name)
        ]
        size_figures(folders, "corpus without ECB+ topics 31-45")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
