"""A one-line strip of every source: which ones the cursor row covers, which are on screen."""

from __future__ import annotations

from typing import ClassVar

from rich.text import Text
from textual.widget import Widget

from reader.core.printable import display_text
from reader.ui.state import ReadingState
from reader.ui.widgets.row_marks import PIVOT

COVERED = "●"
MISSING = "○"


def article_letter(position: int) -> str:
    """The letter that names article number `position` in headers and the strip (A, B...)."""
    return chr(ord("A") + position) if position < 26 else str(position + 1)


class SourceStrip(Widget):
    """All sources in one line: ● covered by the cursor row, ○ not; ▸ the pivot.

    Sources on screen are bold; the others (paged away) are dim. When the names do not
    fit, they shrink to their letters.
    """

    COMPONENT_CLASSES: ClassVar[set[str]] = {
        "source-strip--covered",
        "source-strip--missing",
        "source-strip--offscreen",
        "source-strip--label",
    }

    DEFAULT_CSS = """
    SourceStrip {
        height: 1;
        background: $panel;
        & > .source-strip--covered { color: $success; text-style: bold; }
        & > .source-strip--missing { color: $text-muted; }
        & > .source-strip--offscreen { text-style: dim; }
        & > .source-strip--label { color: $text-muted; }
    }
    """

    def __init__(self, state: ReadingState, *, id: str | None = None) -> None:
        super().__init__(id=id)
        self.state = state
        self.comparing = False

    def render(self) -> Text:
        """The strip for the current row."""
        state = self.state
        row = state.current_row()
        visible = set(state.visible())
        covered = {a for a in range(state.count) if row is not None and row.cells[a]}
        prefix = f" {len(covered)}/{state.count} "
        width = self.size.width or 80
        names = [display_text(a.label) for a in state.comparison.articles]
        room = width - len(prefix) - (12 if self.comparing else 0)
        full = sum(len(n) + 5 for n in names) <= room
        text = Text(prefix, style=self.get_component_rich_style("source-strip--label"), end="")
        for pos, name in enumerate(names):
            is_covered = pos in covered
            style = self.get_component_rich_style(
                "source-strip--covered" if is_covered else "source-strip--missing", partial=True
            )
            if pos not in visible:
                style = style + self.get_component_rich_style("source-strip--offscreen", partial=True)
            pivot = PIVOT if pos == state.pivot else ""
            label = f"{article_letter(pos)} {name}" if full else article_letter(pos)
            text.append(f"{COVERED if is_covered else MISSING}{pivot}{label}", style)
            text.append(" ")
        if self.comparing:
            text.append(" aligning…", style=self.get_component_rich_style("source-strip--label"))
        text.truncate(width, overflow="ellipsis")
        return text
