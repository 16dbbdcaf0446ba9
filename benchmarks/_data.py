"""Where the benchmark data lives: ../shared beside the repository (override READER_SHARED)."""

from __future__ import annotations

import os
import sys
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent


def shared_dir() -> Path:
    """``../shared`` beside the repository, or $READER_SHARED."""
    return Path(os.environ.get("READER_SHARED", REPO.parent / "shared"))


def bench_dir() -> Path:
    """The benchmark data folder ($READER_BENCH, else ../shared/bench)."""
    return Path(os.environ.get("READER_BENCH", shared_dir() / "bench"))


def require(path: Path) -> Path:
    """`path`, or exit 0 with a clear message when the data is absent."""
    if not path.exists():
        print(f"skipped: {path} is absent (the benchmark data lives in ../shared beside the repo)")
        sys.exit(0)
    return path
