"""Shared fixtures: paths to the samples and to the benchmark data beside the repository."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parent.parent
SAMPLES = REPO / "sample_articles"
KERRY = SAMPLES / "kerry_lavrov"


def shared_dir() -> Path:
    """``../shared`` beside the repository (override with READER_SHARED)."""
    return Path(os.environ.get("READER_SHARED", REPO.parent / "shared"))


@pytest.fixture
def kerry_dir() -> Path:
    """The bundled Kerry-Lavrov pair."""
    return KERRY


@pytest.fixture
def corpus_dir() -> Path:
    """The real corpus in ../shared/corpus, or a skip saying it is absent."""
    path = shared_dir() / "corpus"
    if not path.is_dir():
        pytest.skip(f"the real corpus is absent ({path}); these tests need ../shared beside the repo")
    return path
