"""The Textual app (placeholder until the reading-room issue lands)."""

from __future__ import annotations

import sys
from collections.abc import Sequence
from pathlib import Path

from reader.core.model import Article


def run_app(
    articles: Sequence[Article], *, tags_path: Path | None = None, config_path: Path | None = None
) -> int:
    """Open the reading room on `articles`; returns the exit status."""
    del articles, tags_path, config_path
    print("reader: the reading room is not built yet; try: reader compare PATHS --json", file=sys.stderr)
    return 1
