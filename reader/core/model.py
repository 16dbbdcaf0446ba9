"""The data model: frozen dataclasses that flow from loading to the panes.

Everything here is plain data. Offsets (`start`, `end`) are always character offsets
into the owning article's raw text, so that ``article.raw[s.start:s.end] == s.text``.
"""

from __future__ import annotations

import hashlib
import re
from collections.abc import Iterable
from dataclasses import dataclass, field
from functools import lru_cache
from typing import Any

SCHEMA = "reader.comparison/1"
_NUMBER_PREFIX = re.compile(r"^\d+[_\-. ]+")


@dataclass(frozen=True)
class Sentence:
    """One sentence of an article, with its span in the article's raw text.

    `role` is ``"headline"``, ``"dateline"`` or ``"body"``.
    """

    index: int
    text: str
    start: int
    end: int
    role: str = "body"

    def to_dict(self) -> dict[str, Any]:
        """The sentence as in the ``reader.comparison/1`` contract."""
        return {"index": self.index, "text": self.text, "start": self.start, "end": self.end}


@dataclass(frozen=True)
class Article:
    """One news report: its raw text, its metadata and its sentences."""

    id: str
    path: str
    raw: str
    title: str = ""
    source: str = ""
    date: str = ""
    url: str = ""
    sentences: tuple[Sentence, ...] = ()

    @property
    def content_hash(self) -> str:
        """A stable hash of the raw text (tags and corrections are anchored to it)."""
        return hashlib.sha1(self.raw.encode("utf-8")).hexdigest()

    @property
    def label(self) -> str:
        """A short human name: the source, else the file name, else the id.

        The file name loses its extension and a leading number ("01_bbc-co-uk.txt" is
        "bbc-co-uk"); a bundle member keeps its "#n".
        """
        if self.source:
            return self.source
        name = self.path.replace("\\", "/").rsplit("/", 1)[-1]
        stem, _, member = name.partition("#")
        if "." in stem[1:]:
            stem = stem.rsplit(".", 1)[0]
        stem = _NUMBER_PREFIX.sub("", stem) or stem
        if member:
            stem = f"{stem}#{member}"
        return stem or self.id

    def dated(self) -> str:
        """The article's date as its metadata gives it, else the day its dateline names
        ("May 5, 2010 13:41" -> "2010-05-05"), else ""."""
        if self.date:
            return self.date
        return _dateline_day(tuple(s.text for s in self.sentences[:4] if s.role == "dateline"))

    def to_dict(self) -> dict[str, Any]:
        """The article as in the ``reader.comparison/1`` contract (its date: `dated`)."""
        return {
            "id": self.id,
            "path": self.path,
            "title": self.title,
            "source": self.source,
            "label": self.label,
            "date": self.dated(),
            "sentences": [s.to_dict() for s in self.sentences],
        }


@dataclass(frozen=True)
class Quantity:
    """A figure found in text.

    `kind` is one of count, money, percent, duration, age, date, time, year, tally,
    distance, ordinal ("the fifth operation"), other measures, etc. `low`/`high` hold the
    value (equal for a point value; one may be ``None`` for "more than 20" / "up to 8").
    `unit` is what the number counts ("troops", "people killed", "hour"). `qualifier` is "",
    "approx", "min" or "max".
    `article`/`sentence` locate it when it comes from a comparison ("" / -1 otherwise).
    """

    text: str
    start: int
    end: int
    kind: str
    low: float | None
    high: float | None
    unit: str = ""
    qualifier: str = ""
    article: str = ""
    sentence: int = -1

    def to_dict(self) -> dict[str, Any]:
        """The quantity as in the ``reader.comparison/1`` contract."""
        return {
            "article": self.article,
            "sentence": self.sentence,
            "text": self.text,
            "start": self.start,
            "end": self.end,
            "kind": self.kind,
            "low": _plain_number(self.low),
            "high": _plain_number(self.high),
            "unit": self.unit,
            "qualifier": self.qualifier,
        }


@dataclass(frozen=True)
class Member:
    """One sentence of one article inside a group."""

    article: str
    sentence: int


@dataclass(frozen=True)
class Group:
    """Sentences of at least two articles that cover one point.

    `evidence` lists the words or figures that made the match, for the UI to explain.
    """

    id: int
    score: float
    members: tuple[Member, ...]
    evidence: tuple[str, ...] = ()

    def to_dict(self) -> dict[str, Any]:
        """The group as in the ``reader.comparison/1`` contract."""
        return {
            "id": self.id,
            "score": round(float(self.score), 4),
            "members": [{"article": m.article, "sentence": m.sentence} for m in self.members],
            "evidence": list(self.evidence),
        }


@dataclass(frozen=True)
class Conflict:
    """Figures that differ between sources about one thing.

    `kind` is ``"conflict"`` (cannot both hold) or ``"compatible"`` (differ but can both
    hold). `mentions` index into `Comparison.quantities`; `group` is the group id or None.
    """

    id: int
    kind: str
    about: str
    mentions: tuple[int, ...]
    group: int | None
    explanation: str

    def to_dict(self) -> dict[str, Any]:
        """The conflict as in the ``reader.comparison/1`` contract."""
        return {
            "id": self.id,
            "kind": self.kind,
            "about": self.about,
            "mentions": list(self.mentions),
            "group": self.group,
            "explanation": self.explanation,
        }


def distinct_labels(articles: Iterable[Article]) -> dict[str, str]:
    """Each article's label by id, a label that two articles share numbered by its article's
    place ("ecb-unknown (2)" for the second article): two reports of one outlet stay apart."""
    listed = list(articles)
    counts: dict[str, int] = {}
    for article in listed:
        counts[article.label] = counts.get(article.label, 0) + 1
    return {
        article.id: article.label if counts[article.label] == 1 else f"{article.label} ({n})"
        for n, article in enumerate(listed, 1)
    }


@dataclass(frozen=True)
class Comparison:
    """The result of comparing several articles: the one object the UI renders."""

    articles: tuple[Article, ...]
    groups: tuple[Group, ...] = ()
    quantities: tuple[Quantity, ...] = ()
    conflicts: tuple[Conflict, ...] = ()
    warnings: tuple[str, ...] = field(default=(), compare=False)

    def article(self, article_id: str) -> Article:
        """The article with this id (KeyError when there is none)."""
        for art in self.articles:
            if art.id == article_id:
                return art
        raise KeyError(article_id)

    def to_dict(self) -> dict[str, Any]:
        """The whole comparison as the ``reader.comparison/1`` JSON contract."""
        labels = distinct_labels(self.articles)  # "ecb-unknown (2)": two sources of one name apart
        return {
            "schema": SCHEMA,
            "articles": [{**a.to_dict(), "label": labels[a.id]} for a in self.articles],
            "groups": [g.to_dict() for g in self.groups],
            "quantities": [q.to_dict() for q in self.quantities],
            "conflicts": [c.to_dict() for c in self.conflicts],
        }


def _plain_number(value: float | None) -> float | int | None:
    """Integers stay integers in JSON (40000, not 40000.0)."""
    if value is None:
        return None
    if float(value).is_integer():
        return int(value)
    return value


@lru_cache(maxsize=256)
def _dateline_day(datelines: tuple[str, ...]) -> str:
    """The ISO day the first dated dateline names ("" for none)."""
    if not datelines:
        return ""
    from reader.core import dates  # the date rules load with the first dated article

    day, _ = dates.publication("", datelines)
    return day.isoformat() if day else ""
