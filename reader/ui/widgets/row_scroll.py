"""The aligned view's rows as it scrolls: which row is at a content line, where to scroll to
follow the cursor, and where the cursor goes when a click or the wheel moves it.

Plain Python on a `RowLayout` (and its state), in content lines: the lines below the pane
headers. `height` is the height of the view, headers included. `AlignedView` scrolls,
paints and repaints by the answers.
"""

from __future__ import annotations

import bisect

from reader.ui.widgets.row_layout import RowLayout


def _view(layout: RowLayout, height: int) -> int:
    """The content lines on screen in a view `height` lines high (at least one)."""
    return max(1, height - layout.header_height)


def row_at(layout: RowLayout, content_y: int) -> tuple[int, int] | None:
    """The shown row at content line `content_y` and which line of it that is (its height on
    the blank line below it); None past the last row."""
    if content_y >= layout.total:
        return None
    shown_index = bisect.bisect_right(layout.tops, content_y) - 1
    return shown_index, content_y - layout.tops[shown_index]


def row_lines(layout: RowLayout, row_index: int) -> tuple[int, int] | None:
    """The first content line of row `row_index` and its height; None when it is not shown."""
    shown = layout.state.shown()
    at = bisect.bisect_left(shown, row_index)
    if at >= len(shown) or shown[at] != row_index or at >= len(layout.tops):
        return None
    return layout.row_span(at)


def page_rows(layout: RowLayout, height: int) -> int:
    """How many rows a page key moves: about a screen's worth."""
    view = _view(layout, height)
    if not layout.state.shown() or not layout.tops:
        return 1
    mean = max(1, layout.total // max(1, len(layout.tops)))
    return max(1, view // mean)


def cursor_scroll(layout: RowLayout, y: int, height: int) -> int:
    """The offset nearest `y` that shows the whole cursor row (of a row taller than the view,
    its current sentence, or the top of that); `y` when the cursor row is not shown."""
    state = layout.state
    shown = state.shown()
    if not shown or state.cursor not in shown:
        return y
    top, rows = layout.row_span(bisect.bisect_left(shown, state.cursor))
    view = _view(layout, height)
    if rows > view:  # a tall row: show the current sentence of it instead
        top, rows = layout.sentence_span(top, rows)
        rows = min(rows, view)
    if top < y:
        return top
    if top + rows > y + view:
        return top + rows - view
    return y


def sentence_scroll(layout: RowLayout, y: int, height: int, delta: int) -> int | None:
    """The offset a screen (less a line) on from `y` through the cursor's sentence when it
    goes on below the view (`delta` 1) or above it (-1); None when it does not.

    Without this a sentence taller than the screen (most of them at 40x12) showed only its
    first lines: j went on to the next sentence, and only the wheel reached the rest.
    """
    state = layout.state
    shown = state.shown()
    at = bisect.bisect_left(shown, state.cursor)
    if at >= len(shown) or shown[at] != state.cursor or at >= len(layout.tops):
        return None
    view = _view(layout, height)
    top, rows = layout.sentence_span(*layout.row_span(at))
    if rows <= view:
        return None
    if delta > 0:
        target = min(y + max(1, view - 1), top + rows - view)
        return target if target > y else None
    target = max(y - max(1, view - 1), top)
    return target if target < y else None


def follow_scroll(layout: RowLayout, width: int, height: int, first: int) -> bool:
    """Bring the cursor back on screen after the wheel or the scrollbar scrolled its row away
    (the view now starting at content line `first`); whether the cursor moved.

    As in vim, the cursor row stays whole on screen: once part of it has scrolled off,
    the cursor moves to the first row wholly on screen (scrolled down) or the last one
    (scrolled up), so that the next j or k goes on from where the user is looking instead
    of jumping back. A row taller than the screen keeps the cursor while it fills it.
    """
    state = layout.state
    tops = layout.tops
    if layout.key is None or layout.key[:2] != (width, height) or not tops:
        return False  # laid out for another size: the resize follows the cursor itself
    shown = state.shown()
    at = bisect.bisect_left(shown, state.cursor)
    if at >= len(shown) or shown[at] != state.cursor or len(shown) != len(tops):
        return False
    view = _view(layout, height)
    end = first + view
    top, rows = layout.row_span(at)
    if first <= top and top + rows <= end:
        return False  # wholly on screen
    if rows > view and top < end and top + rows > first:
        return False  # taller than the screen, and on it
    if top < first:  # scrolled down past it: the first row starting on screen
        target = bisect.bisect_left(tops, first)
        if target >= len(tops) or tops[target] >= end:
            target = bisect.bisect_right(tops, first) - 1  # a tall row fills the screen
    else:  # scrolled up past it: the last row that fits, else the last starting on screen
        target = bisect.bisect_left(tops, end) - 1
        while target > 0 and sum(layout.row_span(target)) > end and tops[target - 1] >= first:
            target -= 1
    target = max(0, min(len(shown) - 1, target))
    if shown[target] == state.cursor:
        return False
    state.cursor = shown[target]
    state.sub = 0
    state.figure = None
    return True


def click(layout: RowLayout, content_y: int, pane: int | None) -> bool:
    """Put the cursor on the sentence at content line `content_y` of pane `pane` (None: the
    gutter, where the focus stays); whether a row was there."""
    state = layout.state
    shown = state.shown()
    at = row_at(layout, content_y) if shown else None
    if at is None:
        return False
    row_index, line = shown[at[0]], at[1]
    state.cursor = row_index
    state.sub = 0
    state.figure = None
    if pane is not None:
        art = layout.visible[pane]
        state.focus = art
        lines = layout.cell_lines(row_index, pane)
        if line < len(lines):
            state.sub = state.rows[row_index].cells[art].index(lines[line][0][1])
    return True
