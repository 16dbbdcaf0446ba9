"""reader: open several news reports of one event side by side.

The public API is pure (no terminal): load and compare articles, split sentences,
extract figures, score sentence similarity.
"""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path

from reader.core.loading import LoadError, articles_from_texts, load_articles
from reader.core.model import Article, Comparison, Conflict, Group, Member, Quantity, Sentence
from reader.core.pipeline import compare_articles
from reader.core.quantities import extract_quantities
from reader.core.segmentation import split_sentences
from reader.core.similarity import similarity

__version__ = "0.1.0"

__all__ = [
    "Article",
    "Comparison",
    "Conflict",
    "Group",
    "LoadError",
    "Member",
    "Quantity",
    "Sentence",
    "__version__",
    "compare_paths",
    "compare_texts",
    "extract_quantities",
    "similarity",
    "split_sentences",
]


def compare_paths(paths: Sequence[str | Path]) -> Comparison:
    """Load the articles at `paths` (folders or files) and compare them."""
    return compare_articles(load_articles(paths))


def compare_texts(texts: dict[str, str]) -> Comparison:
    """Compare articles given as a mapping of name to text."""
    return compare_articles(articles_from_texts(texts))
