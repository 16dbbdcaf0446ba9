"""Drawing the aligned view's lines: pane headers, rows across the panes, the rules between them.

`AlignedView` asks for one screen line at a time and caches the lines away from the cursor;
the styles come from its component classes, passed in as two functions.
"""

from __future__ import annotations

from collections.abc import Callable

from rich.cells import cell_len, set_cell_size
from rich.console import Console
from rich.segment import Segment
from rich.style import Style
from rich.text import Text
from textual.strip import Strip

from reader.core.printable import display_text
from reader.ui.state import ReadingState, Slot
from reader.ui.widgets.geometry import PANE_GUTTER
from reader.ui.widgets.row_layout import RowLayout
from reader.ui.widgets.row_marks import CURSOR_BAR, PIVOT, sentence_mark
from reader.ui.widgets.sentence_style import SentenceStyler
from reader.ui.widgets.source_strip import article_letter

PLAIN = Style()  # never a None style: Textual's NO_COLOR filter needs a Style on every segment


def fit(text: str, width: int) -> str:
    """`text` cut to `width` cells, an ellipsis ending it when cut ("Three killed as rioters…")."""
    if cell_len(text) <= width:
        return text
    return set_cell_size(text, width - 1) + "…" if width > 1 else set_cell_size(text, width)


_DATE_ROOM = 8  # the source's name keeps at least this many cells before the date gives way


def header_label(lead: str, source: str, dated: str, width: int) -> str:
    """A pane's header, " A source · date", in `width` cells: the source's name is cut before
    the date is ("C usatoday30.usa… · 2010-05-05", not "C usatoday30.usatoday.com · 2010-05-0")."""
    tail = f" · {dated}" if dated else ""
    whole = lead + source + tail
    if cell_len(whole) <= width:
        return whole
    room = width - cell_len(lead) - cell_len(tail)
    if tail and room >= _DATE_ROOM:
        return lead + fit(source, room) + tail
    return fit(lead + source, width)


def text_segments(text: Text, console: Console, base: Style) -> list[Segment]:
    """`text` as segments over `base`; every segment gets a Style (none is left None)."""
    return [Segment(seg.text, base + seg.style if seg.style else base) for seg in text.render(console)]


def piece_segments(text: Text, start: int, end: int, console: Console, base: Style) -> list[Segment]:
    """`text[start:end]` as `text_segments` gives it; unstyled there (most lines), one segment
    without slicing the Text."""
    if any(span.start < end and span.end > start for span in text.spans):
        return text_segments(text[start:end], console, base)
    return [Segment(text.plain[start:end], base)]


class RowPainter:
    """Draws the lines of `layout`'s rows with `styler`'s sentence texts.

    `style(name)` is a component style to lay over text, `base(name)` one to lay under it.
    """

    def __init__(
        self,
        state: ReadingState,
        layout: RowLayout,
        styler: SentenceStyler,
        style: Callable[[str], Style],
        base: Callable[[str], Style],
    ) -> None:
        self.state = state
        self.layout = layout
        self.styler = styler
        self.style = style
        self.base = base

    def rules_line(self, base: Style, width: int) -> Strip:
        """A line of no row: the gutter and the rules between the panes."""
        segments: list[Segment] = [Segment(" " * self.layout.geometry.gutter, base)]
        rule = self.style("rule")
        for n, (_, w) in enumerate(self.layout.geometry.panes):
            if n:
                segments.append(Segment("│", rule))
            segments.append(Segment(" " * w, base))
        return Strip(segments).crop_extend(0, width, PLAIN)

    def row_line(self, row_index: int, line: int, console: Console) -> Strip:
        """Line `line` of row `row_index` across every visible pane."""
        state = self.state
        row = state.rows[row_index]
        is_cursor = row_index == state.cursor
        current = state.current_slot() if is_cursor else None
        row_style = self.base("cursor-row") if is_cursor else Style()
        segments: list[Segment] = []
        label = f"{row.coverage}/{state.count}" if line == 0 else ""
        gutter_style = self.style("gutter") + (Style(reverse=True) if is_cursor and line == 0 else Style())
        segments.append(Segment(label.rjust(self.layout.geometry.gutter - 1), gutter_style))
        segments.append(Segment(" ", PLAIN))
        rule = self.style("rule")
        for pane, (_, pane_width) in enumerate(self.layout.geometry.panes):
            if pane:
                segments.append(Segment("│", rule))
            art = self.layout.visible[pane]
            lines = self.layout.cell_lines(row_index, pane)
            entry = lines[line] if line < len(lines) else None
            text_width = pane_width - PANE_GUTTER
            if entry is None:
                segments.append(Segment(" " * pane_width, row_style))
                continue
            slot, start, end, first = entry
            is_current = slot == current
            base = self.base("current") if is_current else row_style
            repeated = bool(row.repeated) and row.repeated[art]
            if repeated:
                base = base + self.style("repeated")
            bar = CURSOR_BAR if is_current else " "
            segments.append(Segment(bar, base + self.style("mark") if is_current else base))
            segments.append(self.mark(slot, row_index, art, first, base))
            text = self.styler.cursor_text(slot, self.layout.visible) if is_cursor else self.styler.text(slot)
            rendered = piece_segments(text, start, end, console, base)
            segments.extend(Strip(rendered).crop_extend(0, text_width, base))
        return Strip(segments).crop_extend(0, self.layout.geometry.width, PLAIN)

    def mark(self, slot: Slot, row_index: int, art: int, first: bool, base: Style) -> Segment:
        """The one-cell mark before a sentence's first line (see `sentence_mark`)."""
        if not first:
            return Segment(" ", base)
        symbol, component = sentence_mark(self.state.rows[row_index], slot, self.state.mark)
        return Segment(symbol, base + self.style(component) if component else base)

    def header_line(self, y: int) -> Strip:
        """Pane headers: "A · Source · date" (pivot marked), the title, then a rule."""
        state = self.state
        segments: list[Segment] = [Segment(" " * self.layout.geometry.gutter, PLAIN)]
        focus = state.focus
        last = y == self.layout.header_height - 1
        for pane, (_, width) in enumerate(self.layout.geometry.panes):
            art = self.layout.visible[pane]
            article = state.comparison.articles[art]
            if last:
                segments.append(Segment(("┼" if pane else "") + "─" * width, self.style("rule")))
                continue
            if pane:
                segments.append(Segment("│", self.style("rule")))
            if y == 0:
                tag = f"{PIVOT} " if art == state.pivot else ""
                dated = article.dated()  # the metadata's date, else the day the dateline names
                label = header_label(
                    f" {tag}{article_letter(art)} ", display_text(article.label), display_text(dated), width
                )
                style = self.base("header-focus" if art == focus else "header")
            else:
                title = display_text(article.title) or "(no headline)"
                label = fit(f" {title}", width)
                style = self.base("title")
            segments.extend(Strip([Segment(label, style)]).crop_extend(0, width, style))
        return Strip(segments)
