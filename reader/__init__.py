"""reader: open several news reports of one event side by side.

The public API is pure (no terminal): load and compare articles, split sentences,
extract figures, score sentence similarity.
"""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path
from typing import TYPE_CHECKING, Any

from reader.core.loading import LoadError, articles_from_texts, load_articles
from reader.core.model import Article, Comparison, Conflict, Group, Member, Quantity, Sentence
from reader.core.segmentation import split_sentences

if TYPE_CHECKING:
    from reader.core.quantities import extract_quantities
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


def compare_paths(paths: Sequence[str | Path] | str | Path) -> Comparison:
    """Load the articles at `paths` (folders or files; one path alone is taken as such) and
    compare them."""
    from reader.core.pipeline import compare_articles

    return compare_articles(load_articles(paths))


def compare_texts(texts: dict[str, str]) -> Comparison:
    """Compare articles given as a mapping of name to text."""
    from reader.core.pipeline import compare_articles

    return compare_articles(articles_from_texts(texts))


# The figure and alignment rules (some 500 regular expressions) take about a fifth of a second
# to import: they load when first used, so that the app paints its window without waiting.
_LAZY = {
    "extract_quantities": "reader.core.quantities",
    "similarity": "reader.core.similarity",
}


if not TYPE_CHECKING:  # for type checkers the names are the imports above; typos stay errors

    def __getattr__(name: str) -> Any:
        module = _LAZY.get(name)
        if module is None:
            raise AttributeError(f"module 'reader' has no attribute {name!r}")
        import importlib

        value = getattr(importlib.import_module(module), name)
        globals()[name] = value
        return value
