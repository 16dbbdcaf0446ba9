"""How a sentence looks in a pane: rich Text built from data (never from markup), with its
flagged figures, search hits, tag badges and, in the cursor row, the selected figure or hit
and the word differences."""

from __future__ import annotations

from collections.abc import Callable, Sequence

from rich.style import Style
from rich.text import Text

from reader.core.printable import display_text
from reader.ui.state import ReadingState, Slot
from reader.ui.text import changed_words


def badge_text(tags: tuple[str, ...]) -> str:
    """The tag badges appended to a sentence: " #important #disputed" (control characters
    of a hand-edited tag file made visible)."""
    return display_text("".join(f" #{name}" for name in tags))


class SentenceStyler:
    """Styled sentence texts, cached until the state changes.

    `style(name)` gives the style of a component: conflict, compatible, match, tag, diff,
    figure-current.
    """

    def __init__(self, state: ReadingState, style: Callable[[str], Style]) -> None:
        self.state = state
        self.style = style
        self._texts: dict[Slot, Text] = {}
        self._version = -1
        self._cursor: dict[Slot, Text] = {}
        self._cursor_key: tuple[object, ...] = ()

    def clear(self) -> None:
        """Forget every styled text (the theme changed)."""
        self._texts.clear()
        self._cursor.clear()
        self._version = -1

    def text(self, slot: Slot) -> Text:
        """The sentence with its figures, search hits and tag badges styled."""
        state = self.state
        if self._version != state.version:
            self._texts.clear()
            self._version = state.version
        text = self._texts.get(slot)
        if text is None:
            text = Text(state.text(slot), no_wrap=True, end="")
            figures = state.figures_at.get(slot, [])
            conflicting = {(f.start, f.end) for f in figures if f.is_conflict}
            for fig in figures:
                if fig.is_conflict or (fig.start, fig.end) not in conflicting:  # a conflict wins
                    text.stylize(
                        self.style("conflict" if fig.is_conflict else "compatible"), fig.start, fig.end
                    )
            for match in state.matches_at(slot):
                text.stylize(self.style("match"), match.start, match.end)
            tags = state.tags.get(slot, ())
            if tags:
                text.append(badge_text(tags), self.style("tag"))
            self._texts[slot] = text
        return text

    def cursor_text(self, slot: Slot, visible: Sequence[int]) -> Text:
        """The sentence in the cursor row: also the selected figure or hit, and the word diff."""
        state = self.state
        key = (state.version, state.cursor, state.diff, state.figure, state.match, tuple(visible))
        if key != self._cursor_key:
            self._cursor.clear()
            self._cursor_key = key
        cached = self._cursor.get(slot)
        if cached is not None:
            return cached
        text = self.text(slot).copy()
        if state.diff:
            row = state.rows[state.cursor]
            if slot[0] == state.pivot:
                others = [state.text((a, i)) for a in visible if a != state.pivot for i in row.cells[a]]
            else:
                others = [state.text((state.pivot, i)) for i in row.cells[state.pivot]]
            for start, end in changed_words(state.text(slot), others):
                text.stylize(self.style("diff"), start, end)
        if state.figure is not None and state.figures[state.figure].slot == slot:
            fig = state.figures[state.figure]
            text.stylize(self.style("figure-current"), fig.start, fig.end)
        if state.match is not None and state.matches[state.match].slot == slot:
            match = state.matches[state.match]
            text.stylize(self.style("figure-current"), match.start, match.end)
        self._cursor[slot] = text
        return text
