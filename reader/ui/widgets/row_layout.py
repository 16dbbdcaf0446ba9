"""Where the rows of the aligned view sit: every sentence wrapped once per pane width, the
top line of every shown row, and the lines each cell holds.

Plain data kept by `AlignedView`, which draws from it; it knows nothing of Textual.
"""

from __future__ import annotations

from reader.ui.state import ReadingState, Slot
from reader.ui.text import wrap_spans
from reader.ui.widgets.geometry import pane_capacity, split
from reader.ui.widgets.sentence_style import badge_text

Line = tuple[Slot, int, int, bool]  # (sentence, start, end, first line of the sentence)


class RowLayout:
    """The rows laid out for one screen size, panes and filter (see `update`)."""

    def __init__(self, state: ReadingState) -> None:
        self.state = state
        self.geometry = split(80, state.count, 2)
        self.header_height = 3
        self.visible: list[int] = []  # the articles shown, pane by pane
        self.tops: list[int] = []  # the first content line of every shown row
        self.total = 0  # content lines in all
        self.key: tuple[object, ...] | None = None  # what the layout was made for
        self._wraps: dict[tuple[Slot, int, tuple[str, ...]], list[tuple[int, int]]] = {}
        self._cells: dict[tuple[int, int], list[Line]] = {}

    def update(self, width: int, height: int) -> bool:
        """Lay the rows out again when the size, the rows, the panes or the filter changed.

        Returns whether it did.
        """
        state = self.state
        state.set_slots(pane_capacity(width, state.count))
        visible = state.visible()
        key = (width, height, state.version, tuple(visible), state.filter_tagged, state.pivot)
        if key == self.key:
            return False
        self.key = key
        self.visible = visible
        self.geometry = split(width, state.count, len(visible))
        self.header_height = 3 if height >= 10 else 2
        state.snap()
        self._cells.clear()
        tops: list[int] = []
        y = 0
        for row_index in state.shown():
            tops.append(y)
            y += self.row_height(row_index) + 1  # a blank line between rows
        self.tops = tops
        self.total = y
        return True

    def wrapped(self, slot: Slot, width: int) -> list[tuple[int, int]]:
        """The (start, end) of each line of a sentence (and its tag badges) wrapped to `width`."""
        tags = self.state.tags.get(slot, ())
        key = (slot, width, tags)
        spans = self._wraps.get(key)
        if spans is None:
            spans = wrap_spans(self.state.text(slot) + badge_text(tags), width)
            self._wraps[key] = spans
        return spans

    def cell_lines(self, row_index: int, pane: int) -> list[Line]:
        """The lines of one cell: each sentence of the cell wrapped to the pane's width."""
        lines = self._cells.get((row_index, pane))
        if lines is None:
            art = self.visible[pane]
            width = self.geometry.text_width(pane)
            lines = []
            for index in self.state.rows[row_index].cells[art]:
                slot = (art, index)
                for n, (start, end) in enumerate(self.wrapped(slot, width)):
                    lines.append((slot, start, end, n == 0))
            self._cells[(row_index, pane)] = lines
        return lines

    def row_height(self, row_index: int) -> int:
        """The lines of the row's tallest cell (at least one)."""
        cells = self.state.rows[row_index].cells
        height = 1
        for pane, art in enumerate(self.visible):
            if cells[art]:
                width = self.geometry.text_width(pane)
                height = max(height, sum(len(self.wrapped((art, i), width)) for i in cells[art]))
        return height

    def row_span(self, shown_index: int) -> tuple[int, int]:
        """The first content line of shown row `shown_index` and its height (blank line excluded)."""
        top = self.tops[shown_index]
        nxt = self.tops[shown_index + 1] if shown_index + 1 < len(self.tops) else self.total
        return top, nxt - top - 1

    def sentence_span(self, top: int, height: int) -> tuple[int, int]:
        """The content lines of the sentence under the cursor in the cursor row starting at
        `top` (the row's, `top` and `height`, when not found)."""
        slot = self.state.current_slot()
        if slot is None or slot[0] not in self.visible:
            return top, height
        lines = self.cell_lines(self.state.cursor, self.visible.index(slot[0]))
        found = [n for n, line in enumerate(lines) if line[0] == slot]
        if not found:
            return top, height
        return top + found[0], found[-1] - found[0] + 1
