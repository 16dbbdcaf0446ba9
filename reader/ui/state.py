"""What the reading room shows and where the cursor is: plain Python, no widgets.

The state turns a `Comparison` and a pivot into rows (via `build_layout`), keeps the
cursor (a row, a focused article, and which sentence of a multi-sentence cell), the
paging of panes (in its base, `PaneState`), the tag filter, the search and the flagged
figures, and answers the questions the panes and the status line ask. Widgets render it;
actions change it.
"""

from __future__ import annotations

import bisect
from collections.abc import Iterable, Sequence
from typing import TypeVar

from reader.core.alignment import shared_evidence
from reader.core.layout import Row, build_layout
from reader.core.model import Comparison, Group
from reader.core.printable import display_text
from reader.ui.marks import Figure, Key, Match, Slot, find_figures, find_matches, step
from reader.ui.panes import PaneState

__all__ = ["Figure", "Match", "ReadingState", "Slot"]

T = TypeVar("T")
# the words and figures that made a row's match, at most this many in the status line
EVIDENCE_SHOWN = 5


def _index(items: Sequence[T], item: T | None) -> int | None:
    """The position of `item` in `items`, None when absent (or None)."""
    if item is None:
        return None
    try:
        return items.index(item)
    except ValueError:
        return None


class ReadingState(PaneState):
    """The rows, the cursor and the view options of the reading room."""

    def __init__(self, comparison: Comparison, pivot: int = 0) -> None:
        super().__init__(comparison, pivot)
        self.cursor = 0
        self.sub = 0
        self.filter_tagged = False
        self.conflicts_only = False  # n and N skip compatible differences
        self.diff = False
        self.mark: Slot | None = None
        self.tags: dict[Slot, tuple[str, ...]] = {}
        self.query = ""
        self.matches: list[Match] = []
        self.matches_by_slot: dict[Slot, list[Match]] = {}
        self.match: int | None = None
        self.figure: int | None = None
        self.version = 0
        self._texts: list[list[str]] = [
            [display_text(s.text) for s in art.sentences] for art in comparison.articles
        ]
        self._shown_key: tuple[object, ...] | None = None
        self._shown: list[int] = []
        self.rows: list[Row] = []
        self.home: dict[Slot, int] = {}
        self._groups: dict[int, Group] = {}
        self.figures: list[Figure] = []
        self.figures_at: dict[Slot, list[Figure]] = {}
        self._relayout()
        self._find_figures()

    # --- data -------------------------------------------------------------------------

    def text(self, slot: Slot) -> str:
        """The display text of a sentence (control characters made visible)."""
        return self._texts[slot[0]][slot[1]]

    def set_comparison(self, comparison: Comparison, *, keep_cursor: bool = True) -> None:
        """Show a new comparison of the same articles, keeping the cursor on its sentence.

        Without `keep_cursor` the cursor goes to the first row of the pivot.
        """
        keep = self.current_slot() if keep_cursor else None
        self.comparison = comparison
        self._relayout()
        self._find_figures()
        self.figure = None
        if self.query:
            self.search(self.query)
        if keep is not None:
            self.goto(keep)
        else:
            self.cursor, self.sub, self.focus = 0, 0, self.pivot

    def set_pivot(self, pivot: int) -> None:
        """Read in the order of article `pivot`, keeping the cursor on its sentence."""
        keep = self.current_slot()
        figure = self.figures[self.figure] if self.figure is not None else None
        match = self.matches[self.match] if self.match is not None else None
        self.pivot = pivot
        self.page = 0
        self._relayout()
        self._find_figures()  # both lists follow the reading order: sort them again
        self.figure = _index(self.figures, figure)
        if self.query:
            self.search(self.query)
            self.match = _index(self.matches, match)
        if keep is not None:
            self.goto(keep)
        else:
            self.focus = pivot

    def set_tags(self, tags: dict[Slot, tuple[str, ...]]) -> None:
        """Replace the known tags (sentence -> tag names)."""
        self.tags = {slot: names for slot, names in tags.items() if names}
        self.version += 1

    def set_slot_tags(self, slot: Slot, names: Iterable[str]) -> None:
        """Record the tags of one sentence."""
        names = tuple(names)
        if names:
            self.tags[slot] = names
        else:
            self.tags.pop(slot, None)
        self.version += 1

    def row_evidence(self, row: Row) -> tuple[str, ...]:
        """What made the row's match: the words and figures its sentences share across sources,
        its groups' evidence first (the best group's first), each once and printable,
        `EVIDENCE_SHOWN` at most ("Kerry", "Lavrov", "talk")."""
        groups = sorted((self._groups[g] for g in row.groups if g in self._groups), key=lambda g: -g.score)
        articles = self.comparison.articles
        texts = [[articles[art].sentences[i].text for i in cell] for art, cell in enumerate(row.cells)]
        words = shared_evidence(texts, (word for group in groups for word in group.evidence))
        return tuple(dict.fromkeys(display_text(word) for word in words))[:EVIDENCE_SHOWN]

    def row_strength(self, row: Row) -> float:
        """The best score of the row's groups (0 for a row of no group)."""
        return max((self._groups[g].score for g in row.groups if g in self._groups), default=0.0)

    def _relayout(self) -> None:
        pivot_id = self.comparison.articles[self.pivot].id
        self.rows = build_layout(self.comparison, pivot_id)
        self._groups = {group.id: group for group in self.comparison.groups}
        home: dict[Slot, int] = {}
        for own in (True, False):  # a sentence's own row wins over the rows that repeat it
            for n, row in enumerate(self.rows):
                for art, cell in enumerate(row.cells):
                    if (bool(row.repeated) and row.repeated[art]) != own:
                        for index in cell:
                            home.setdefault((art, index), n)
        self.home = home
        self.cursor = min(self.cursor, max(0, len(self.rows) - 1))
        self.version += 1

    def _find_figures(self) -> None:
        # a figure two flags mention is told with one of them (the conflict), and with the other
        # too when no figure of that one's is its own (`find_figures`): the conflict first
        self.figures = sorted(find_figures(self.comparison), key=self._figure_key)
        self.figures_at = {}
        for fig in self.figures:
            self.figures_at.setdefault(fig.slot, []).append(fig)

    # --- rows -------------------------------------------------------------------------

    def order_key(self, slot: Slot, start: int = -1) -> Key:
        """Where a sentence (and an offset in it) comes in the reading order: its row, its
        pane, its place among the sentences of that pane in the row, the offset."""
        return (self.home.get(slot, 0), self.order(slot[0]), slot[1], start)

    def row_tagged(self, row: Row, articles: Sequence[int]) -> bool:
        """Whether any sentence of `articles` in this row has a tag."""
        return any((art, i) in self.tags for art in articles for i in row.cells[art])

    def _tagged_here(self, n: int, row: Row, articles: Sequence[int]) -> bool:
        """Whether a tagged sentence of `articles` has row `n` as its own row: a sentence shown
        again (=) beside a second point lists its tags once, at its own row."""
        return any(
            (art, i) in self.tags and self.home.get((art, i), n) == n
            for art in articles
            for i in row.cells[art]
        )

    def shown(self) -> list[int]:
        """The indexes of the rows on screen (with a sentence in a visible pane)."""
        visible = self.visible()
        key = (self.version, tuple(visible), self.filter_tagged)
        if key != self._shown_key:
            self._shown = [
                n
                for n, row in enumerate(self.rows)
                if any(row.cells[a] for a in visible)
                and (not self.filter_tagged or self._tagged_here(n, row, visible))
            ]
            self._shown_key = key
        return self._shown

    def snap(self) -> None:
        """Put the cursor on a shown row (the nearest one)."""
        shown = self.shown()
        if not shown:
            return
        if self.cursor in shown:
            return
        at = min(bisect.bisect_left(shown, self.cursor), len(shown) - 1)
        self.cursor = shown[at]
        self.sub = 0

    def current_row(self) -> Row | None:
        """The row under the cursor (None when no row is shown)."""
        shown = self.shown()
        at = bisect.bisect_left(shown, self.cursor)
        if at >= len(shown) or shown[at] != self.cursor:
            return None
        return self.rows[self.cursor]

    def current_article(self) -> int | None:
        """The focused article if it has a sentence here, else the first visible that has."""
        row = self.current_row()
        if row is None:
            return None
        visible = self.visible()
        if self.focus in visible and row.cells[self.focus]:
            return self.focus
        for art in visible:
            if row.cells[art]:
                return art
        return None

    def current_slot(self) -> Slot | None:
        """The sentence under the cursor."""
        art = self.current_article()
        row = self.current_row()
        if art is None or row is None:
            return None
        cell = row.cells[art]
        return (art, cell[min(self.sub, len(cell) - 1)])

    def move(self, delta: int) -> None:
        """Move the cursor by `delta` sentences of the current cell, then rows."""
        self.snap()
        shown = self.shown()
        if not shown:
            return
        row = self.current_row()
        art = self.current_article()
        if row is not None and art is not None and abs(delta) == 1:
            cell_len = len(row.cells[art])
            if 0 <= self.sub + delta < cell_len:
                self.sub += delta
                self.figure = None
                return
        at = bisect.bisect_left(shown, self.cursor)
        target = max(0, min(len(shown) - 1, at + delta))
        if target == at:
            return
        self.cursor = shown[target]
        self.sub = 0
        if delta == -1:
            new_art = self.current_article()
            if new_art is not None:
                self.sub = len(self.rows[self.cursor].cells[new_art]) - 1
        self.figure = None

    def move_to(self, index: int) -> None:
        """Put the cursor on shown row number `index` (negative counts from the end)."""
        shown = self.shown()
        if shown:
            self.cursor = shown[index]
            self.sub = 0
            self.figure = None

    def focus_pane(self, delta: int) -> None:
        """Focus the pane `delta` places to the right (paging the others when needed)."""
        sequence = [self.pivot, *self.others()]
        visible = self.visible()
        if self.focus == self.pivot and delta > 0 and len(visible) > 1:
            start = sequence.index(visible[1]) - 1  # right of the pivot: the pane on screen
        else:
            start = sequence.index(self.focus)
        target = max(0, min(len(sequence) - 1, start + delta))
        self.focus = sequence[target]
        self.reveal(self.focus)
        self.sub = 0

    def goto(self, slot: Slot) -> None:
        """Put the cursor on a sentence, paging and unfiltering as needed."""
        art, index = slot
        self.reveal(art)
        self.focus = art
        row = self.home.get(slot)
        if row is None:
            return
        if self.filter_tagged and row not in self.shown():
            self.filter_tagged = False
        self.cursor = row
        cell = self.rows[row].cells[art]
        self.sub = cell.index(index) if index in cell else 0

    # --- figures, search, tags ---------------------------------------------------------

    def _position(self) -> Key:
        slot = self.current_slot()
        if slot is None:
            return (self.cursor, -1, -1, -1)
        start = -1
        if self.figure is not None and self.figures[self.figure].slot == slot:
            start = self.figures[self.figure].start
        return (self.cursor, self.order(slot[0]), slot[1], start)

    def _figure_key(self, figure: Figure) -> tuple[int, ...]:
        """A flagged figure's place in the reading order; of two flags of one figure, the
        conflict first."""
        rank = (0 if figure.is_conflict else 1, figure.conflict.id)
        return (*self.order_key(figure.slot, figure.start), *rank)

    def next_figure(self, forward: bool = True) -> tuple[Figure, bool] | None:
        """Jump to the next (previous) flagged figure; returns it and whether it wrapped.

        With none selected, the one the status line tells at the cursor counts as the current
        one: the first `n` moves past the figure already on show.
        """
        stops = [k for k, f in enumerate(self.figures) if f.is_conflict or not self.conflicts_only]
        if not stops:
            return None
        keys = [self._figure_key(self.figures[k]) for k in stops]
        if self.figure is not None and self.figures[self.figure].slot == self.current_slot():
            here: tuple[int, ...] = self._figure_key(self.figures[self.figure])
        elif shown := self.current_figures() or self.row_figures():
            here = self._figure_key(shown[0])
        else:
            here = self._position()
        at, wrapped = step(keys, forward, here)
        index = stops[at]
        self.select_figure(index)
        return self.figures[index], wrapped

    def select_figure(self, index: int) -> Figure:
        """Jump to flagged figure number `index`, the other side of it in view when it fits."""
        figure = self.figures[index]
        self.goto(figure.slot)
        other = self._other_side(figure)
        if other is not None:
            self.reveal_pair(figure.slot[0], other)
        self.figure = index
        return figure

    def _other_side(self, figure: Figure) -> int | None:
        """The article of the figure a flagged figure is set against (the first other mention)."""
        quantities = self.comparison.quantities
        mine = quantities[figure.quantity].article
        for q in figure.conflict.mentions:
            if quantities[q].article != mine:
                ids = [a.id for a in self.comparison.articles]
                return _index(ids, quantities[q].article)
        return None

    def current_figures(self) -> list[Figure]:
        """The flagged figures of the current sentence, the selected one first."""
        slot = self.current_slot()
        if slot is None:
            return []
        figures = list(self.figures_at.get(slot, []))
        if self.figure is not None and self.figures[self.figure] in figures:
            figures.remove(self.figures[self.figure])
            figures.insert(0, self.figures[self.figure])
        return figures

    def row_figures(self) -> list[Figure]:
        """The flagged figures in the visible cells of the current row."""
        row = self.current_row()
        if row is None:
            return []
        return [
            f for art in self.visible() for i in row.cells[art] for f in self.figures_at.get((art, i), [])
        ]

    def search(self, query: str) -> int:
        """Find `query` (case-insensitive) in every sentence; returns the number of hits."""
        self.query = query
        self.matches = sorted(find_matches(self._texts, query), key=lambda m: self.order_key(m.slot, m.start))
        self.matches_by_slot = {}
        for match in self.matches:
            self.matches_by_slot.setdefault(match.slot, []).append(match)
        self.match = None
        self.version += 1
        return len(self.matches)

    def next_match(self, forward: bool = True) -> tuple[Match, bool] | None:
        """Jump to the next (previous) search hit; returns it and whether it wrapped."""
        if not self.matches:
            return None
        keys = [self.order_key(m.slot, m.start) for m in self.matches]
        here = self._position()
        if self.match is not None and self.matches[self.match].slot == self.current_slot():
            here = (here[0], here[1], here[2], self.matches[self.match].start)
        index, wrapped = step(keys, forward, here)
        self.goto(self.matches[index].slot)
        self.match = index
        return self.matches[index], wrapped

    def matches_at(self, slot: Slot) -> list[Match]:
        """The search hits in one sentence."""
        return self.matches_by_slot.get(slot, [])

    def next_own(self, forward: bool = True) -> tuple[Slot, bool] | None:
        """Jump to the next (previous) sentence that only the focused source tells (a row of its
        own: what this source adds); returns it and whether it wrapped, None when it has none."""
        art = self.focus
        shown = set(self.shown()) if self.filter_tagged else None
        slots = [
            (art, index)
            for n, row in enumerate(self.rows)
            if row.unique and (shown is None or n in shown)
            for index in row.cells[art]
        ]
        return self._step_to(slots, forward)

    def next_tagged(self, forward: bool = True) -> tuple[Slot, bool] | None:
        """Jump to the next (previous) tagged sentence; returns it and whether it wrapped."""
        return self._step_to(sorted(self.tags, key=self.order_key), forward)

    def _step_to(self, slots: Sequence[Slot], forward: bool) -> tuple[Slot, bool] | None:
        """Put the cursor on the next (previous) of `slots` (in reading order) from where it is;
        that slot and whether the step wrapped, None when there are none."""
        if not slots:
            return None
        keys = [self.order_key(s) for s in slots]
        here = self._position()
        index, wrapped = step(keys, forward, (here[0], here[1], here[2], 0 if forward else -1))
        self.goto(slots[index])
        return slots[index], wrapped
