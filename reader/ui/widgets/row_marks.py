"""The one-cell marks in front of a sentence in the panes, and what decides them."""

from __future__ import annotations

from reader.core.layout import Row
from reader.ui.marks import Slot

MARK_UNIQUE = "◆"
MARK_MOVED = "↕"
MARK_REPEATED = "="
MARK_LINK = "◎"
CURSOR_BAR = "▌"
PIVOT = "▸"  # before the pivot's name in its header and in the strip (not ◆: that means unique)


def sentence_mark(row: Row, slot: Slot, marked: Slot | None) -> tuple[str, str | None]:
    """The mark before `slot`'s first line in `row`, and the component style to draw it in.

    In order of precedence: marked for linking, repeated (its own row, with its own marks,
    is elsewhere), unique, moved. Moved is per sentence: a cell may hold an in-order
    sentence beside a moved one.
    """
    art, index = slot
    if slot == marked:
        return MARK_LINK, "mark"
    if row.repeated and row.repeated[art]:
        return MARK_REPEATED, "repeated"
    if row.unique:
        return MARK_UNIQUE, "unique"
    if row.is_moved(art, index):
        return MARK_MOVED, "moved"
    return " ", None
