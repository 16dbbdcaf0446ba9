"""Where the bundled sample articles live, installed or in a checkout."""

from __future__ import annotations

from pathlib import Path

DEFAULT_SAMPLE = "kerry_lavrov"


def samples_root() -> Path | None:
    """The folder of sample clusters: inside the installed package, else the checkout's."""
    here = Path(__file__).resolve().parent
    for candidate in (here / "sample_articles", here.parent / "sample_articles"):
        if candidate.is_dir():
            return candidate
    return None


def default_sample() -> Path | None:
    """The Kerry-Lavrov pair that `reader` opens with no arguments."""
    root = samples_root()
    if root is None:
        return None
    path = root / DEFAULT_SAMPLE
    return path if path.is_dir() else None
