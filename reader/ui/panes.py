"""Which articles have a pane on screen: the pivot's always, then a page of the others, as
many as fit; and the focused one. Plain Python, no widgets: the base of `ReadingState`."""

from __future__ import annotations

from reader.core.model import Comparison


class PaneState:
    """The pivot, the focused article and the page of the other articles beside the pivot."""

    def __init__(self, comparison: Comparison, pivot: int = 0) -> None:
        self.comparison = comparison
        self.pivot = pivot
        self.focus = pivot
        self.page = 0
        self.slots = 2

    @property
    def count(self) -> int:
        """The number of articles."""
        return len(self.comparison.articles)

    def others(self) -> list[int]:
        """The articles other than the pivot, in their own order."""
        return [pos for pos in range(self.count) if pos != self.pivot]

    def visible(self) -> list[int]:
        """The articles on screen: the pivot, then the current page of the others."""
        others = self.others()
        room = max(0, self.slots - 1)
        self.page = max(0, min(self.page, len(others) - room))
        return [self.pivot, *others[self.page : self.page + room]]

    def set_slots(self, slots: int) -> None:
        """Fit `slots` panes on screen (the terminal was resized), keeping the focused pane
        on screen: its rows, and so the cursor, stay where they were."""
        self.slots = slots
        if self.focus not in self.visible():
            self.reveal(self.focus)

    def can_page(self) -> bool:
        """Whether some articles do not fit on screen."""
        return self.count > max(1, self.slots)

    def page_panes(self, step: int) -> bool:
        """Page the other panes by `step` screens; False when already at the end."""
        room = max(1, self.slots - 1)
        before = self.page
        self.page = max(0, min(self.page + step * room, len(self.others()) - room))
        if self.page != before and self.focus not in self.visible():
            self.focus = self.visible()[-1]
        return self.page != before

    def reveal(self, article: int) -> None:
        """Page so that `article` is on screen."""
        if article == self.pivot:
            return
        others = self.others()
        index = others.index(article)
        room = max(1, self.slots - 1)
        if index < self.page:
            self.page = index
        elif index >= self.page + room:
            self.page = index - room + 1

    def reveal_pair(self, article: int, other: int) -> None:
        """Page so that `article` is on screen and, when the two fit on one page, `other` too:
        both sides of a flagged figure ("F tens of thousands · D 200,000") in view."""
        self.reveal(article)
        if other in self.visible():
            return
        if article == self.pivot:
            self.reveal(other)
            return
        others = self.others()
        first, second = sorted((others.index(article), others.index(other)))
        if second - first < max(1, self.slots - 1):
            self.page = first

    def order(self, article: int) -> int:
        """The position of `article` in reading order across panes: the pivot first."""
        return 0 if article == self.pivot else article + 1
