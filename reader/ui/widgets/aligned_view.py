"""The side-by-side panes: one virtualised Line API widget for every article at once.

Rows can be thousands long, so nothing here is a widget per sentence: the view wraps each
sentence once per column width (cached), keeps the top line of every shown row, and
renders only the lines on screen. Pane headers stay on top while the rows scroll, and
since every pane is drawn by the same widget they always scroll together.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import ClassVar

from rich.style import Style
from rich.text import Text
from textual import events
from textual.binding import BindingType
from textual.cache import LRUCache
from textual.geometry import Region, Size
from textual.reactive import var
from textual.scroll_view import ScrollView
from textual.strip import Strip

from reader.ui.keys import PANE_BINDINGS
from reader.ui.state import ReadingState
from reader.ui.widgets.geometry import Geometry
from reader.ui.widgets.row_layout import RowLayout
from reader.ui.widgets.row_painter import PLAIN, RowPainter, text_segments
from reader.ui.widgets.row_scroll import (
    click,
    cursor_scroll,
    follow_scroll,
    page_rows,
    row_at,
    row_lines,
    sentence_scroll,
)
from reader.ui.widgets.sentence_style import SentenceStyler


class AlignedView(ScrollView, can_focus=True):
    """Every visible article in a pane of its own, rows aligned, one cursor row."""

    COMPONENT_CLASSES: ClassVar[set[str]] = {
        "aligned-view--gutter",
        "aligned-view--header",
        "aligned-view--header-focus",
        "aligned-view--title",
        "aligned-view--rule",
        "aligned-view--cursor-row",
        "aligned-view--current",
        "aligned-view--mark",
        "aligned-view--unique",
        "aligned-view--moved",
        "aligned-view--repeated",
        "aligned-view--conflict",
        "aligned-view--compatible",
        "aligned-view--figure-current",
        "aligned-view--match",
        "aligned-view--diff",
        "aligned-view--tag",
        "aligned-view--empty",
    }

    DEFAULT_CSS = """
    AlignedView {
        scrollbar-gutter: stable;
        scrollbar-size-vertical: 1;
        overflow-x: hidden;
        & > .aligned-view--gutter { color: $text-muted; }
        & > .aligned-view--header { text-style: bold; color: $text; background: $panel; }
        & > .aligned-view--header-focus { text-style: bold reverse; color: $primary; }
        & > .aligned-view--title { color: $text-muted; background: $panel; text-style: italic; }
        & > .aligned-view--rule { color: $primary-muted; }
        & > .aligned-view--cursor-row { background: $primary 12%; }
        & > .aligned-view--current { background: $primary 30%; }
        & > .aligned-view--mark { color: $warning; text-style: bold; }
        & > .aligned-view--unique { color: $secondary; text-style: bold; }
        & > .aligned-view--moved { color: $warning; text-style: bold; }
        & > .aligned-view--repeated { text-style: dim italic; }
        & > .aligned-view--conflict { color: $error; text-style: bold reverse; }
        & > .aligned-view--compatible { color: $warning; text-style: bold underline; }
        & > .aligned-view--figure-current { text-style: bold reverse underline; }
        & > .aligned-view--match { background: $secondary 60%; text-style: italic uu; }
        & > .aligned-view--diff { color: $success; text-style: italic underline; }
        & > .aligned-view--tag { color: $accent; text-style: bold italic; }
        & > .aligned-view--empty { color: $text-muted; text-style: italic; }
    }
    """

    BINDINGS: ClassVar[list[BindingType]] = PANE_BINDINGS

    moves: var[int] = var(0, init=False)
    """Counts cursor moves (by key or mouse): watch it to follow the cursor.

    A watcher runs at once, inside the move, so that what it refreshes (the status line,
    the source strip) is painted in the same frame as the panes. A message would be
    handled after the panes' frame had started, and its refreshes would wait for the
    next one (a second paint, up to two refresh periods later).
    """

    def __init__(self, state: ReadingState, *, id: str | None = None) -> None:
        super().__init__(id=id)
        self.state = state
        self.row_layout = RowLayout(state)
        self.styler = SentenceStyler(state, self._style)
        self.painter = RowPainter(state, self.row_layout, self.styler, self._style, self._base)
        # Screen lines of the rows away from the cursor, which do not change as it moves:
        # kept (and reused as the same Strip, which Textual's filters cache) until the
        # layout, the tags, the search, the link mark or the theme change.
        self._strips: LRUCache[tuple[int, int], Strip] = LRUCache(1024)
        self._strips_key: tuple[object, ...] | None = None
        self._framing = False  # inside render_lines: laid out once for the whole frame
        self._drawn_cursor: int | None = None  # the cursor row as last refreshed
        self._following = False  # scrolling to the cursor (or re-laying out), not scrolled by the user

    @property
    def geometry(self) -> Geometry:
        """The gutter and the panes' columns."""
        return self.row_layout.geometry

    @property
    def header_height(self) -> int:
        """The lines of the pane headers above the rows."""
        return self.row_layout.header_height

    def row_span(self, shown_index: int) -> tuple[int, int]:
        """The first content line of shown row `shown_index` and its height (blank line excluded)."""
        return self.row_layout.row_span(shown_index)

    # --- geometry -----------------------------------------------------------------------

    def rebuild(self, *, follow: bool = True) -> None:
        """Recompute panes and row heights if the state changed; keep the cursor in view."""
        following, self._following = self._following, True
        try:
            self._ensure()
        finally:
            self._following = following
        if follow:
            self.scroll_to_cursor()
        self.refresh()
        self._drawn_cursor = self.state.cursor

    def _ensure(self) -> bool:
        """Lay the rows out again when the size, the rows, the panes or the filter changed.

        Returns whether it did.
        """
        width = self.scrollable_content_region.width or self.size.width or 80
        height = self.scrollable_content_region.height or self.size.height or 24
        layout = self.row_layout
        if not layout.update(width, height):
            return False
        self._set_virtual_size(Size(width, layout.header_height + max(layout.total, 1)))
        return True

    def _set_virtual_size(self, size: Size) -> None:
        """Set the scrollable size without a layout pass of the screen.

        Assigning `virtual_size` asks the screen for a layout; the layout then updates the
        scrollbar during the frame, and the scrollbar is painted again in a frame of its
        own, a refresh period or two later. This widget's size on screen does not depend
        on its content (its height is 1fr), so only the scrollbars need to follow, which
        `_scroll_update` does at once, before the frame.
        """
        if size == self.virtual_size:
            return
        if not self.is_mounted or not self.container_size:
            self.virtual_size = size  # not laid out yet: the first layout sets everything
            return
        self.set_reactive(AlignedView.virtual_size, size)
        following, self._following = self._following, True  # (a shorter text may clamp the scroll)
        try:
            self._scroll_update(size)
        finally:
            self._following = following
        self.refresh()

    @property
    def page_rows(self) -> int:
        """How many rows a page key moves: about a screen's worth."""
        return page_rows(self.row_layout, self.scrollable_content_region.height)

    def scroll_to_cursor(self) -> None:
        """Scroll so that the whole cursor row is on screen (its top when it is too tall)."""
        self._ensure()
        y = cursor_scroll(self.row_layout, self.scroll_offset.y, self.scrollable_content_region.height)
        if y != self.scroll_offset.y:
            self._scroll_following(y)

    def _scroll_following(self, y: int) -> None:
        """Scroll to offset `y` at once, following the cursor (not scrolled by the user)."""
        self._following = True
        try:
            self.scroll_to(y=y, animate=False, immediate=True)
        finally:
            self._following = False

    def watch_scroll_y(self, old_value: float, new_value: float) -> None:
        """Scrolled: repaint; scrolled by the user (wheel, scrollbar), keep the cursor in view."""
        super().watch_scroll_y(old_value, new_value)
        if not self._following and round(old_value) != round(new_value):
            self._cursor_into_view()

    def _cursor_into_view(self) -> None:
        """Bring the cursor back on screen after the wheel or the scrollbar scrolled its row
        away (see `follow_scroll`)."""
        width = self.scrollable_content_region.width or self.size.width or 80
        height = self.scrollable_content_region.height or self.size.height or 24
        if follow_scroll(self.row_layout, width, height, int(self.scroll_offset.y)):
            self._drawn_cursor = self.state.cursor  # (the scroll repaints every line)
            self.moves += 1

    def on_resize(self, event: events.Resize) -> None:
        """Re-wrap for the new width and keep the cursor in view."""
        self.rebuild()
        self.moves += 1

    def notify_style_update(self) -> None:
        """The theme changed: styled sentence texts must be rebuilt."""
        super().notify_style_update()
        self.styler.clear()
        self._strips.clear()

    # --- styled text --------------------------------------------------------------------

    def _style(self, name: str) -> Style:
        """A component style to lay over text (only what the component sets)."""
        return self.get_component_rich_style(f"aligned-view--{name}", partial=True)

    def _base(self, name: str) -> Style:
        """A component style to lay under text (background blended with the widget's)."""
        return self.get_component_rich_style(f"aligned-view--{name}")

    # --- rendering ----------------------------------------------------------------------

    def render_lines(self, crop: Region) -> list[Strip]:
        """The lines of a frame, the rows laid out (if need be) once for all of them."""
        self._ensure()
        self._framing = True
        try:
            return super().render_lines(crop)
        finally:
            self._framing = False

    def render_line(self, y: int) -> Strip:
        """One screen line: a header line, or a line of a row across every visible pane."""
        if not self._framing:
            self._ensure()
        width = self.geometry.width
        if y < self.header_height:
            return self.painter.header_line(y).crop_extend(0, width, PLAIN)
        content_y = int(self.scroll_offset.y) + y - self.header_height
        shown = self.state.shown()
        if not shown:
            if content_y == 1:
                note = Text("  no tagged rows here: F shows every row", style=self._style("empty"))
                return Strip(text_segments(note, self.app.console, PLAIN)).crop_extend(0, width, PLAIN)
            return Strip.blank(width, PLAIN)
        at = row_at(self.row_layout, content_y)
        if at is None or at[1] >= self.row_span(at[0])[1]:  # past the rows, or between two
            return self._cached((-1, 0), lambda: self.painter.rules_line(PLAIN, width))
        row_index, line = shown[at[0]], at[1]
        if row_index == self.state.cursor:
            return self.painter.row_line(row_index, line, self.app.console)
        return self._cached(
            (row_index, line), lambda: self.painter.row_line(row_index, line, self.app.console)
        )

    def _cached(self, key: tuple[int, int], draw: Callable[[], Strip]) -> Strip:
        """A screen line away from the cursor: from the cache, else drawn and kept."""
        valid = (self.row_layout.key, self.state.mark)
        if valid != self._strips_key:
            self._strips.clear()
            self._strips_key = valid
        strip = self._strips.get(key)
        if strip is None:
            strip = draw()
            self._strips[key] = strip
        return strip

    # --- keys and mouse ---------------------------------------------------------------

    def _moved(self) -> None:
        """The cursor moved: scroll to it, repaint what changed, tell the watchers."""
        laid_out = self._ensure()
        before = self.scroll_offset.y
        self.scroll_to_cursor()
        drawn = self._drawn_cursor
        if laid_out or drawn is None or self.scroll_offset.y != before:
            self.refresh()  # (a scroll repaints everything anyway)
        else:
            # Only the headers (the focused pane), the old cursor row and the new one change.
            self.refresh(Region(0, 0, self.size.width, self.header_height))
            for row_index in {drawn, self.state.cursor}:
                region = self._row_region(row_index)
                if region is not None:
                    self.refresh(region)
        self._drawn_cursor = self.state.cursor
        self.moves += 1

    def _row_region(self, row_index: int) -> Region | None:
        """Where shown row `row_index` is on the widget (None when it is not shown)."""
        lines = row_lines(self.row_layout, row_index)
        if lines is None:
            return None
        top, height = lines
        y = self.header_height + top - int(self.scroll_offset.y)
        region = Region(0, y, self.size.width, max(1, height)).intersection(self.size.region)
        return region or None

    def action_cursor(self, delta: int) -> None:
        """Move the cursor one sentence down (1) or up (-1); on a sentence taller than the
        screen, scroll through it first."""
        if self._scroll_in_sentence(delta):
            return
        self.state.move(delta)
        self._moved()

    def _scroll_in_sentence(self, delta: int) -> bool:
        """Scroll a screen (less a line) through the cursor's sentence when it goes on below
        the screen (`delta` 1) or above it (-1); False when it does not, and the cursor moves."""
        self._ensure()
        target = sentence_scroll(
            self.row_layout, int(self.scroll_offset.y), self.scrollable_content_region.height, delta
        )
        if target is None:
            return False
        self._scroll_following(target)
        self.refresh()
        return True

    def action_page(self, direction: int) -> None:
        """Move the cursor a screen down (1) or up (-1)."""
        self.state.move(direction * self.page_rows)
        self._moved()

    def action_first(self) -> None:
        """Go to the first row."""
        self.state.move_to(0)
        self._moved()

    def action_last(self) -> None:
        """Go to the last row."""
        self.state.move_to(-1)
        self._moved()

    def action_pane(self, delta: int) -> None:
        """Focus the pane to the left (-1) or right (1), paging the others if needed."""
        self.state.focus_pane(delta)
        self._moved()  # (lays the panes out again first if another page of them is shown)

    def on_click(self, event: events.Click) -> None:
        """Put the cursor on the clicked sentence (a header click focuses its pane)."""
        offset = event.get_content_offset(self)
        if offset is None:
            return
        pane = self.geometry.pane_at(offset.x)
        if offset.y < self.header_height:
            if pane is not None:
                self.state.focus = self.row_layout.visible[pane]
                self.state.sub = 0
                self._moved()
            return
        if click(self.row_layout, int(self.scroll_offset.y) + offset.y - self.header_height, pane):
            self._moved()
