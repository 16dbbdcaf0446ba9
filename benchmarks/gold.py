"""The human gold clusters (tune split): load their articles and score links against them."""

from __future__ import annotations

import itertools
import json
from dataclasses import dataclass
from pathlib import Path

from reader.core.loading import load_articles
from reader.core.model import Article, Group


@dataclass(frozen=True)
class GoldCluster:
    """A gold cluster: its articles (segmented by reader) and the gold links mapped onto them."""

    name: str
    articles: tuple[Article, ...]
    # (article index, sentence index) of ours -> gold sentence id ("A3")
    gold_id: dict[tuple[int, int], str]
    links: frozenset[tuple[str, str]]


def _overlap(a: tuple[int, int], b: tuple[int, int]) -> int:
    return max(0, min(a[1], b[1]) - max(a[0], b[0]))


def load_gold(bench: Path, folder: Path | None = None) -> list[GoldCluster]:
    """Every annotated cluster under `folder` (the people's gold, ``bench/clusters_gold``, by default).

    A folder holds ``NAME.packet.json`` (sentence spans of the corpus files) and
    ``NAME.gold.json`` (the points) per cluster; its texts are read from the corpus beside `bench`.
    """
    corpus = bench.parent / "corpus"
    out = []
    for packet_path in sorted((folder or bench / "clusters_gold").glob("*.packet.json")):
        packet = json.loads(packet_path.read_text(encoding="utf-8"))
        gold = json.loads(packet_path.with_name(packet_path.name.replace("packet", "gold")).read_text())
        name = packet["cluster"]
        paths = [corpus / name / art["file"] for art in packet["articles"]]
        articles = tuple(load_articles(paths))
        gold_id: dict[tuple[int, int], str] = {}
        for a, (article, spec) in enumerate(zip(articles, packet["articles"], strict=True)):
            spans = [(s["id"], (s["start"], s["end"])) for s in spec["sentences"]]
            for sentence in article.sentences:
                span = (sentence.start, sentence.end)
                best = max(spans, key=lambda item: _overlap(span, item[1]))
                if _overlap(span, best[1]) > 0:
                    gold_id[(a, sentence.index)] = best[0]
        links: set[tuple[str, str]] = set()
        for point in gold["points"]:
            for x, y in itertools.combinations(point["sentences"], 2):
                if x[0] != y[0]:
                    links.add((min(x, y), max(x, y)))
        out.append(GoldCluster(name, articles, gold_id, frozenset(links)))
    return out


def group_links(cluster: GoldCluster, groups: list[Group]) -> set[tuple[str, str]]:
    """Cross-article gold-id pairs implied by groups (every two members of different articles)."""
    index = {art.id: a for a, art in enumerate(cluster.articles)}
    found: set[tuple[str, str]] = set()
    for group in groups:
        for m, n in itertools.combinations(group.members, 2):
            if m.article == n.article:
                continue
            x = cluster.gold_id.get((index[m.article], m.sentence))
            y = cluster.gold_id.get((index[n.article], n.sentence))
            if x and y and x[0] != y[0]:
                found.add((min(x, y), max(x, y)))
    return found
