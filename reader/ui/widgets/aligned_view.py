"""The side-by-side panes: one virtualised Line API widget for every article at once.

Rows can be thousands long, so nothing here is a widget per sentence: the view wraps each
sentence once per column width (cached), keeps the top line of every shown row, and
renders only the lines on screen. Pane headers stay on top while the rows scroll, and
since every pane is drawn by the same widget they always scroll together.
"""

from __future__ import annotations

import bisect
from typing import ClassVar

from rich.console import Console
from rich.segment import Segment
from rich.style import Style
from rich.text import Text
from textual import events
from textual.binding import BindingType
from textual.geometry import Size
from textual.message import Message
from textual.scroll_view import ScrollView
from textual.strip import Strip

from reader.ui.keys import PANE_BINDINGS
from reader.ui.state import ReadingState, Slot
from reader.ui.text import wrap_spans
from reader.ui.widgets.geometry import PANE_GUTTER, pane_capacity, split
from reader.ui.widgets.row_marks import CURSOR_BAR, PIVOT, sentence_mark
from reader.ui.widgets.sentence_style import SentenceStyler, badge_text
from reader.ui.widgets.source_strip import article_letter

Line = tuple[Slot, int, int, bool]  # (sentence, start, end, first line of the sentence)

PLAIN = Style()  # never a None style: Textual's NO_COLOR filter needs a Style on every segment


def text_segments(text: Text, console: Console, base: Style) -> list[Segment]:
    """`text` as segments over `base`; every segment gets a Style (none is left None)."""
    return [Segment(seg.text, base + seg.style if seg.style else base) for seg in text.render(console)]


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
        & > .aligned-view--match { background: $secondary 60%; text-style: italic reverse; }
        & > .aligned-view--diff { color: $success; text-style: italic underline; }
        & > .aligned-view--tag { color: $accent; text-style: bold italic; }
        & > .aligned-view--empty { color: $text-muted; text-style: italic; }
    }
    """

    BINDINGS: ClassVar[list[BindingType]] = PANE_BINDINGS

    class Moved(Message):
        """The cursor moved (by key or mouse): the status line should follow."""

    def __init__(self, state: ReadingState, *, id: str | None = None) -> None:
        super().__init__(id=id)
        self.state = state
        self.geometry = split(80, state.count, 2)
        self.header_height = 3
        self._visible: list[int] = []
        self._tops: list[int] = []
        self._total = 0
        self._key: tuple[object, ...] | None = None
        self._wraps: dict[tuple[Slot, int, tuple[str, ...]], list[tuple[int, int]]] = {}
        self._cells: dict[tuple[int, int], list[Line]] = {}
        self.styler = SentenceStyler(state, self._style)

    # --- geometry -----------------------------------------------------------------------

    def rebuild(self, *, follow: bool = True) -> None:
        """Recompute panes and row heights if the state changed; keep the cursor in view."""
        self._ensure()
        if follow:
            self.scroll_to_cursor()
        self.refresh()

    def _ensure(self) -> None:
        """Lay the rows out again when the size, the rows, the panes or the filter changed."""
        width = self.scrollable_content_region.width or self.size.width or 80
        height = self.scrollable_content_region.height or self.size.height or 24
        state = self.state
        state.slots = pane_capacity(width, state.count)
        visible = state.visible()
        key = (width, height, state.version, tuple(visible), state.filter_tagged, state.pivot)
        if key == self._key:
            return
        self._key = key
        self._visible = visible
        self.geometry = split(width, state.count, len(visible))
        self.header_height = 3 if height >= 10 else 2
        state.snap()
        self._cells.clear()
        tops: list[int] = []
        y = 0
        for row_index in state.shown():
            tops.append(y)
            y += self._row_height(row_index) + 1  # a blank line between rows
        self._tops = tops
        self._total = y
        self.virtual_size = Size(width, self.header_height + max(y, 1))

    def _wrapped(self, slot: Slot, width: int) -> list[tuple[int, int]]:
        tags = self.state.tags.get(slot, ())
        key = (slot, width, tags)
        spans = self._wraps.get(key)
        if spans is None:
            spans = wrap_spans(self.state.text(slot) + badge_text(tags), width)
            self._wraps[key] = spans
        return spans

    def _cell_lines(self, row_index: int, pane: int) -> list[Line]:
        """The lines of one cell: each sentence of the cell wrapped to the pane's width."""
        lines = self._cells.get((row_index, pane))
        if lines is None:
            art = self._visible[pane]
            width = self.geometry.text_width(pane)
            lines = []
            for index in self.state.rows[row_index].cells[art]:
                slot = (art, index)
                for n, (start, end) in enumerate(self._wrapped(slot, width)):
                    lines.append((slot, start, end, n == 0))
            self._cells[(row_index, pane)] = lines
        return lines

    def _row_height(self, row_index: int) -> int:
        """The lines of the row's tallest cell (at least one)."""
        cells = self.state.rows[row_index].cells
        height = 1
        for pane, art in enumerate(self._visible):
            if cells[art]:
                width = self.geometry.text_width(pane)
                height = max(height, sum(len(self._wrapped((art, i), width)) for i in cells[art]))
        return height

    def row_span(self, shown_index: int) -> tuple[int, int]:
        """The first content line of shown row `shown_index` and its height (blank line excluded)."""
        top = self._tops[shown_index]
        nxt = self._tops[shown_index + 1] if shown_index + 1 < len(self._tops) else self._total
        return top, nxt - top - 1

    @property
    def page_rows(self) -> int:
        """How many rows a page key moves: about a screen's worth."""
        height = max(1, self.scrollable_content_region.height - self.header_height)
        shown = self.state.shown()
        if not shown or not self._tops:
            return 1
        mean = max(1, self._total // max(1, len(self._tops)))
        return max(1, height // mean)

    def scroll_to_cursor(self) -> None:
        """Scroll so that the whole cursor row is on screen (its top when it is too tall)."""
        self._ensure()
        shown = self.state.shown()
        if not shown or self.state.cursor not in shown:
            return
        top, height = self.row_span(bisect.bisect_left(shown, self.state.cursor))
        view = max(1, self.scrollable_content_region.height - self.header_height)
        if height > view:  # a tall row: show the current sentence of it instead
            top, height = self._sentence_span(top, height)
            height = min(height, view)
        y = self.scroll_offset.y
        if top < y:
            y = top
        elif top + height > y + view:
            y = top + height - view
        if y != self.scroll_offset.y:
            self.scroll_to(y=y, animate=False, immediate=True)

    def _sentence_span(self, top: int, height: int) -> tuple[int, int]:
        """The content lines of the sentence under the cursor (the row's when not found)."""
        slot = self.state.current_slot()
        if slot is None or slot[0] not in self._visible:
            return top, height
        lines = self._cell_lines(self.state.cursor, self._visible.index(slot[0]))
        found = [n for n, line in enumerate(lines) if line[0] == slot]
        if not found:
            return top, height
        return top + found[0], found[-1] - found[0] + 1

    def on_resize(self, event: events.Resize) -> None:
        """Re-wrap for the new width and keep the cursor in view."""
        self.rebuild()
        self.post_message(self.Moved())

    def notify_style_update(self) -> None:
        """The theme changed: styled sentence texts must be rebuilt."""
        super().notify_style_update()
        self.styler.clear()

    # --- styled text --------------------------------------------------------------------

    def _style(self, name: str) -> Style:
        """A component style to lay over text (only what the component sets)."""
        return self.get_component_rich_style(f"aligned-view--{name}", partial=True)

    def _base(self, name: str) -> Style:
        """A component style to lay under text (background blended with the widget's)."""
        return self.get_component_rich_style(f"aligned-view--{name}")

    # --- rendering ----------------------------------------------------------------------

    def render_line(self, y: int) -> Strip:
        """One screen line: a header line, or a line of a row across every visible pane."""
        self._ensure()
        width = self.geometry.width
        if y < self.header_height:
            return self._header_line(y).crop_extend(0, width, PLAIN)
        content_y = int(self.scroll_offset.y) + y - self.header_height
        shown = self.state.shown()
        if not shown:
            if content_y == 1:
                note = Text("  no tagged rows here: F shows every row", style=self._style("empty"))
                return Strip(text_segments(note, self.app.console, PLAIN)).crop_extend(0, width, PLAIN)
            return Strip.blank(width, PLAIN)
        if content_y >= self._total:
            return self._rules_line(PLAIN, width)
        shown_index = bisect.bisect_right(self._tops, content_y) - 1
        top, height = self.row_span(shown_index)
        line = content_y - top
        if line >= height:
            return self._rules_line(PLAIN, width)
        return self._row_line(shown[shown_index], line)

    def _rules_line(self, base: Style, width: int) -> Strip:
        segments: list[Segment] = [Segment(" " * self.geometry.gutter, base)]
        rule = self._style("rule")
        for n, (_, w) in enumerate(self.geometry.panes):
            if n:
                segments.append(Segment("│", rule))
            segments.append(Segment(" " * w, base))
        return Strip(segments).crop_extend(0, width, PLAIN)

    def _row_line(self, row_index: int, line: int) -> Strip:
        state = self.state
        row = state.rows[row_index]
        is_cursor = row_index == state.cursor
        current = state.current_slot() if is_cursor else None
        row_style = self._base("cursor-row") if is_cursor else Style()
        segments: list[Segment] = []
        label = f"{row.coverage}/{state.count}" if line == 0 else ""
        gutter_style = self._style("gutter") + (Style(reverse=True) if is_cursor and line == 0 else Style())
        segments.append(Segment(label.rjust(self.geometry.gutter - 1), gutter_style))
        segments.append(Segment(" ", PLAIN))
        rule = self._style("rule")
        console = self.app.console
        for pane, (_, pane_width) in enumerate(self.geometry.panes):
            if pane:
                segments.append(Segment("│", rule))
            art = self._visible[pane]
            lines = self._cell_lines(row_index, pane)
            entry = lines[line] if line < len(lines) else None
            text_width = pane_width - PANE_GUTTER
            if entry is None:
                segments.append(Segment(" " * pane_width, row_style))
                continue
            slot, start, end, first = entry
            is_current = slot == current
            base = self._base("current") if is_current else row_style
            repeated = bool(row.repeated) and row.repeated[art]
            if repeated:
                base = base + self._style("repeated")
            bar = CURSOR_BAR if is_current else " "
            segments.append(Segment(bar, base + self._style("mark") if is_current else base))
            segments.append(self._mark(slot, row_index, art, first, base))
            text = self.styler.cursor_text(slot, self._visible) if is_cursor else self.styler.text(slot)
            piece = text[start:end]
            rendered = text_segments(piece, console, base)
            segments.extend(Strip(rendered).crop_extend(0, text_width, base))
        return Strip(segments).crop_extend(0, self.geometry.width, PLAIN)

    def _mark(self, slot: Slot, row_index: int, art: int, first: bool, base: Style) -> Segment:
        """The one-cell mark before a sentence's first line (see `sentence_mark`)."""
        if not first:
            return Segment(" ", base)
        symbol, component = sentence_mark(self.state.rows[row_index], slot, self.state.mark)
        return Segment(symbol, base + self._style(component) if component else base)

    def _header_line(self, y: int) -> Strip:
        """Pane headers: "A · Source · date" (pivot marked), the title, then a rule."""
        state = self.state
        segments: list[Segment] = [Segment(" " * self.geometry.gutter, PLAIN)]
        focus = state.focus
        last = y == self.header_height - 1
        for pane, (_, width) in enumerate(self.geometry.panes):
            art = self._visible[pane]
            article = state.comparison.articles[art]
            if last:
                segments.append(Segment(("┼" if pane else "") + "─" * width, self._style("rule")))
                continue
            if pane:
                segments.append(Segment("│", self._style("rule")))
            if y == 0:
                tag = f"{PIVOT} " if art == state.pivot else ""
                parts = [f" {tag}{article_letter(art)} {article.label}"]
                if article.date:
                    parts.append(article.date)
                style = self._base("header-focus" if art == focus else "header")
                label = " · ".join(parts)
            else:
                title = article.title or "(no headline)"
                label = f" {title}"
                style = self._base("title")
            segments.extend(Strip([Segment(label, style)]).crop_extend(0, width, style))
        return Strip(segments)

    # --- keys and mouse ---------------------------------------------------------------

    def _moved(self) -> None:
        self.scroll_to_cursor()
        self.refresh()
        self.post_message(self.Moved())

    def action_cursor(self, delta: int) -> None:
        """Move the cursor one sentence down (1) or up (-1)."""
        self.state.move(delta)
        self._moved()

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
        self.rebuild(follow=False)
        self._moved()

    def on_click(self, event: events.Click) -> None:
        """Put the cursor on the clicked sentence (a header click focuses its pane)."""
        offset = event.get_content_offset(self)
        if offset is None:
            return
        pane = self.geometry.pane_at(offset.x)
        if offset.y < self.header_height:
            if pane is not None:
                self.state.focus = self._visible[pane]
                self.state.sub = 0
                self._moved()
            return
        content_y = int(self.scroll_offset.y) + offset.y - self.header_height
        shown = self.state.shown()
        if not shown or content_y >= self._total:
            return
        shown_index = bisect.bisect_right(self._tops, content_y) - 1
        top, _ = self.row_span(shown_index)
        self.state.cursor = shown[shown_index]
        self.state.sub = 0
        self.state.figure = None
        if pane is not None:
            art = self._visible[pane]
            self.state.focus = art
            lines = self._cell_lines(shown[shown_index], pane)
            line = content_y - top
            if line < len(lines):
                entry = lines[line]
                self.state.sub = self.state.rows[shown[shown_index]].cells[art].index(entry[0][1])
        self._moved()
