"""The plain helpers under the panes: safe text, wrapping, word diffs, pane geometry."""

from __future__ import annotations

import itertools
import random

import pytest
from rich.cells import cell_len

from reader.core.printable import display_text
from reader.ui.text import changed_words, wrap_spans
from reader.ui.widgets.geometry import pane_capacity, split


def test_display_text_keeps_length_and_shows_controls() -> None:
    """Each control character becomes one visible character, so offsets stay valid."""
    raw = "a\x1b[31mb\x07c\td\x7f\x85"
    shown = display_text(raw)
    assert len(shown) == len(raw)
    assert shown == "a␛[31mb␇c d␡\ufffd"
    assert display_text("[bold]x[/]") == "[bold]x[/]"


@pytest.mark.parametrize("width", [1, 5, 10, 17, 40])
def test_wrap_covers_every_word_within_the_width(width: int) -> None:
    """Lines are at most `width` cells, in order, and together hold every non-space character."""
    text = "Sources have said the troops are between 30,000-100,000, and anonymous sources told Fox News."
    spans = wrap_spans(text, width)
    assert all(end - start <= width for start, end in spans)
    assert all(a[1] <= b[0] for a, b in itertools.pairwise(spans))
    assert "".join(text[s:e] for s, e in spans).replace(" ", "") == text.replace(" ", "")


def _wrap_by_cells(text: str, width: int) -> list[tuple[int, int]]:
    """The wrapping rule spelled out a character at a time (what `wrap_spans` must give)."""
    if text.isascii() and len(text) <= width:
        return [(0, len(text))]  # a short text is one line, as it is
    spans: list[tuple[int, int]] = []
    start, n = 0, len(text)
    while start < n:
        while start < n and text[start] == " ":
            start += 1
        if start >= n:
            break
        end, last_break, cells = start, -1, 0
        while end < n:
            cell = 1 if text.isascii() else cell_len(text[end])
            if cells + cell > width:
                break
            if text[end] == " ":
                last_break = end
            cells += cell
            end += 1
        if end >= n:
            spans.append((start, n))
            break
        if text[end] == " ":
            spans.append((start, end))
        elif last_break > start:
            end = last_break
            spans.append((start, end))
        else:
            end = max(end, start + 1)
            spans.append((start, end))
        start = end
    return spans or [(0, 0)]


def test_wrap_matches_the_rule_a_character_at_a_time() -> None:
    """The quick path for text of one cell a character (ASCII, curly quotes, dashes) wraps
    exactly as counting cells one by one does: runs of spaces, words longer than the line,
    lines ending on a space, every width; wide and zero-width characters still count."""
    rng = random.Random(7)
    words = ["a", "to", "the", "troops", "30,000-100,000", "x" * 25, "", " ", "  ", "’s", "—", "“Yes”"]
    wide = ["日本語", "e\u0301", "\u200b"]
    for n in range(600):
        pool = words + wide if n % 3 == 0 else words
        text = " ".join(rng.choice(pool) for _ in range(rng.randrange(0, 30)))
        for width in (1, 2, 3, 7, 13, 24, 40, 80):
            assert wrap_spans(text, width) == _wrap_by_cells(text, width), (text, width)


def test_wrap_breaks_at_spaces_and_counts_wide_characters() -> None:
    """Words move whole to the next line; a CJK character takes two cells."""
    assert wrap_spans("aaa bbb ccc", 7) == [(0, 7), (8, 11)]
    assert wrap_spans("", 5) == [(0, 0)]
    wide = "日本語のテキスト"
    spans = wrap_spans(wide, 6)
    assert [wide[s:e] for s, e in spans] == ["日本語", "のテキ", "スト"]


def test_changed_words_marks_what_the_other_side_lacks() -> None:
    """Word diff against the closest other sentence."""
    text = "Lavrov did not commit to pulling back the 40,000 troops"
    other = "Kerry pushed Lavrov to pull back more troops"
    changed = {text[s:e] for s, e in changed_words(text, [other])}
    assert "40,000" in changed and "commit" in changed
    assert "troops" not in changed and "Lavrov" not in changed
    assert changed_words(text, []) == []


def test_pane_capacity_keeps_panes_readable() -> None:
    """Wide terminals fit several panes; 40 columns still fit two; very narrow ones one."""
    assert pane_capacity(160, 6) == 4
    assert pane_capacity(80, 6) == 2
    assert pane_capacity(80, 2) == 2
    assert pane_capacity(40, 6) == 2
    assert pane_capacity(20, 6) == 1
    assert pane_capacity(300, 3) == 3


def test_split_fills_the_width() -> None:
    """Panes and rules add up to the width; pane_at finds the pane under a column."""
    geometry = split(80, 6, 2)
    last_x, last_w = geometry.panes[-1]
    assert last_x + last_w == 80
    assert geometry.pane_at(geometry.panes[1][0]) == 1
    assert geometry.pane_at(0) is None


def test_pane_headers_cut_with_an_ellipsis_and_keep_the_date() -> None:
    """A header too long for its pane ends in "…"; the source's name gives way before the date
    does, and a pane too narrow for both keeps the name."""
    from reader.ui.widgets.row_painter import fit, header_label

    assert fit(" Three killed as rioters bomb Greek bank", 30) == " Three killed as rioters bomb…"
    assert fit(" short", 30) == " short"
    assert header_label(" C ", "usatoday30.usatoday.com", "2010-05-05", 36) == (
        " C usatoday30.usatoday… · 2010-05-05"
    )
    assert header_label(" C ", "usatoday30.usatoday.com", "2010-05-05", 18) == " C usatoday30.usa…"
    assert header_label(" C ", "usa", "2010-05-05", 60) == " C usa · 2010-05-05"
