"""Pictures of the reading room (pytest-textual-snapshot). Each docstring says what the
picture must show; inspect a picture before accepting it with ``--snapshot-update``.

They run the real pipeline on the bundled samples, so they change when the aligner or the
conflict detector changes: regenerate with ``pytest tests/ui --snapshot-update`` and look.
Tag and config files live in tmp_path, so the user's own files never leak in.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest

from reader.core.loading import load_articles
from tests.ui.conftest import SAMPLES, make_app, settle

SnapCompare = Callable[..., bool]


def app_on(sample: str, tmp_path: Path) -> Any:
    """The app on a bundled sample, with empty tag and config files in tmp_path."""
    return make_app(load_articles([str(SAMPLES / sample)]), tmp_path)


def test_kerry_80x24(snap_compare: SnapCompare, tmp_path: Path) -> None:
    """Kerry-Lavrov at 80x24: the strip with both sources (● covered, ▸ pivot A), two pane
    headers (source · date, then the title or "(no headline)"), rows with coverage labels
    ("2/2", "1/2"), ◆ on unique sentences, the cursor row highlighted on the first row with the
    cursor bar, the status line "row 1/…", and the footer with ? n f / p d, the tag keys and q."""
    assert snap_compare(app_on("kerry_lavrov", tmp_path), terminal_size=(80, 24), run_before=settle)


def test_kerry_160x45_next_figure(snap_compare: SnapCompare, tmp_path: Path) -> None:
    """Kerry-Lavrov at 160x45 after n: the cursor on the first flagged figure (the troop
    numbers once the conflict detector lands), the figure in reverse (conflict) or underlined
    (compatible), and the status line naming the kind (CONFLICT/COMPATIBLE k/N) with the
    explanation. Without flagged figures: a "No flagged figures" notification."""
    assert snap_compare(
        app_on("kerry_lavrov", tmp_path), terminal_size=(160, 45), run_before=settle, press=["n"]
    )


def test_greek_80x24(snap_compare: SnapCompare, tmp_path: Path) -> None:
    """Six outlets at 80x24: only two panes fit (A the pivot, and B); the strip lists all six
    letters with ● for those the cursor row covers, and the footer offers > for more sources."""
    assert snap_compare(app_on("greek_bank_riot_2010", tmp_path), terminal_size=(80, 24), run_before=settle)


def test_greek_160x45_paged_with_diff(snap_compare: SnapCompare, tmp_path: Path) -> None:
    """Six outlets at 160x45 after j, > and d: four panes (pivot A, then D-F: > pages a
    screen, here to the last one), the cursor on the second row, its differing words marked
    (italic underline), and a notification "Word differences on"."""
    assert snap_compare(
        app_on("greek_bank_riot_2010", tmp_path),
        terminal_size=(160, 45),
        run_before=settle,
        press=["j", "greater_than_sign", "d"],
    )


def test_kerry_40x12(snap_compare: SnapCompare, tmp_path: Path) -> None:
    """Kerry-Lavrov at 40x12: degraded but whole: two narrow panes, headers without the title
    line, the strip as letters, status and footer cut short; nothing overlaps."""
    assert snap_compare(app_on("kerry_lavrov", tmp_path), terminal_size=(40, 12), run_before=settle)


def test_help_screen(snap_compare: SnapCompare, tmp_path: Path) -> None:
    """? at 80x24: a dialog nine tenths of the screen high listing every key, its name and a few
    words (? Help, n Next figure, f Figures..., 1 Toggle tag 'important'...); the marks used in
    the panes (▸ pivot, ◆ unique, ↕ moved...) are further down; the hint at the bottom says j/k,
    space and arrows scroll and Esc closes."""
    assert snap_compare(
        app_on("kerry_lavrov", tmp_path), terminal_size=(80, 24), run_before=settle, press=["question_mark"]
    )


def test_tagged_and_filtered(snap_compare: SnapCompare, tmp_path: Path) -> None:
    """Kerry-Lavrov at 100x30 after tagging the first row important (1) and filtering (F): only
    that row remains, with the #important badge, and the status line says "row 1/1" and "tagged
    rows only (1 of 30)"."""
    assert snap_compare(
        app_on("kerry_lavrov", tmp_path), terminal_size=(100, 30), run_before=settle, press=["1", "F"]
    )


@pytest.mark.parametrize("sample", ["kerry_lavrov"])
def test_figure_list(snap_compare: SnapCompare, tmp_path: Path, sample: str) -> None:
    """f at 80x24: the dialog of flagged figures (CONFLICT/COMPATIBLE, source letter, figure,
    summary, explanation at a flag's first mention; what it counts and where it was first told
    at its others), or "No flagged figures" while the detector finds none."""
    assert snap_compare(app_on(sample, tmp_path), terminal_size=(80, 24), run_before=settle, press=["f"])
