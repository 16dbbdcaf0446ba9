"""Anchors: finding a sentence again after a restart, a re-segmentation or an edit.

An anchor records a sentence's article (content hash, path, label) and the sentence
itself (normalised-text hash, full text, index, offsets). It is resolved onto the
current sentences of an article:

1. the article: same content hash; else (the article was edited) same path or label;
2. the sentence: same normalised text, nearest index on ties; else a sentence whose text
   contains the stored one or is contained in it (a re-segmentation split or merged it),
   nearest index; else, when the article is unchanged, the sentence at the stored offsets.
"""

from __future__ import annotations

import hashlib
import re
import unicodedata
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from reader.core.model import Article, Member, Sentence

_QUOTES = str.maketrans({"‘": "'", "’": "'", "‚": "'", "“": '"', "”": '"', "„": '"', "–": "-", "—": "-"})
_NOT_WORD = re.compile(r"[^\w]+")


def normalise(text: str) -> str:
    """Text for matching: NFKC, case-folded, punctuation and spacing collapsed."""
    text = unicodedata.normalize("NFKC", text).translate(_QUOTES).casefold()
    return _NOT_WORD.sub(" ", text).strip()


def text_hash(text: str) -> str:
    """The short hash of a sentence's normalised text."""
    return hashlib.sha1(normalise(text).encode("utf-8")).hexdigest()[:16]


@dataclass
class Anchor:
    """Where a sentence was: its article and its place and text in it."""

    path: str
    label: str
    article_hash: str
    index: int
    text: str
    text_hash: str
    start: int
    end: int

    @classmethod
    def of(cls, article: Article, sentence: Sentence) -> Anchor:
        """The anchor of `sentence` in `article` as they are now."""
        return cls(
            path=article.path,
            label=article.label,
            article_hash=article.content_hash,
            index=sentence.index,
            text=sentence.text,
            text_hash=text_hash(sentence.text),
            start=sentence.start,
            end=sentence.end,
        )

    def sentence_fields(self) -> dict[str, Any]:
        """The sentence part, for the YAML file."""
        return {
            "index": self.index,
            "text": self.text,
            "text_hash": self.text_hash,
            "start": self.start,
            "end": self.end,
        }

    def to_yaml(self) -> dict[str, Any]:
        """The whole anchor, for the YAML file."""
        return {"path": self.path, "label": self.label, "hash": self.article_hash, **self.sentence_fields()}


def resolve_sentence(anchor: Anchor, article: Article) -> int | None:
    """The index of the sentence of `article` that `anchor` designates now, if any."""
    return SentenceIndex(article).resolve(anchor)


class SentenceIndex:
    """An article's sentences by text hash and normalised text, to resolve many anchors."""

    def __init__(self, article: Article) -> None:
        self.article = article
        self.content_hash = article.content_hash
        self.by_hash: dict[str, list[int]] = {}
        self.normalised: list[tuple[int, str]] = []
        for s in article.sentences:
            self.by_hash.setdefault(text_hash(s.text), []).append(s.index)
            self.normalised.append((s.index, normalise(s.text)))

    def resolve(self, anchor: Anchor) -> int | None:
        """Same text (nearest index), else overlapping text, else the same offsets."""
        same = self.by_hash.get(anchor.text_hash)
        if same:
            return _nearest(same, anchor.index)
        wanted = normalise(anchor.text)
        if wanted:
            overlapping = [i for i, n in self.normalised if n and (wanted in n or n in wanted)]
            if overlapping:
                return _nearest(overlapping, anchor.index)
        if anchor.article_hash == self.content_hash:
            for s in self.article.sentences:
                if s.start <= anchor.start < s.end:
                    return s.index
        return None


def same_article(anchor: Anchor, article: Article) -> bool:
    """Whether `article` may be the anchor's article edited since: same path or same label."""
    return bool(anchor.path and anchor.path == article.path) or bool(
        anchor.label and anchor.label == article.label
    )


def resolve_member(anchor: Anchor, articles: Sequence[Article]) -> Member | None:
    """The anchor's sentence among `articles`: exact article first, then an edited one."""
    for exact in (True, False):
        for article in articles:
            if (anchor.article_hash == article.content_hash) == exact and (
                exact or same_article(anchor, article)
            ):
                index = resolve_sentence(anchor, article)
                if index is not None:
                    return Member(article.id, index)
    return None


def _nearest(indexes: Sequence[int], index: int) -> int:
    return min(indexes, key=lambda i: (abs(i - index), i))
