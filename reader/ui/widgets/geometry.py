"""How many panes fit and how wide each one is."""

from __future__ import annotations

from dataclasses import dataclass

MIN_PANE = 34  # cells: below this a pane stops being pleasant to read
TIGHT_PANE = 14  # cells: the least a pane gets when two are squeezed in
PANE_GUTTER = 2  # cursor bar and row mark in front of each pane's text


@dataclass(frozen=True)
class Geometry:
    """Columns of the side-by-side view: a coverage gutter, then panes split by rules."""

    width: int
    gutter: int
    panes: tuple[tuple[int, int], ...]  # (x, width) of each visible pane, rule excluded

    def text_width(self, pane: int) -> int:
        """The cells of text in pane number `pane` (its gutter excluded)."""
        return max(1, self.panes[pane][1] - PANE_GUTTER)

    def pane_at(self, x: int) -> int | None:
        """The visible pane under column `x`, or None for the gutter and the rules."""
        for n, (left, width) in enumerate(self.panes):
            if left <= x < left + width:
                return n
        return None


def coverage_gutter(count: int) -> int:
    """Cells for the "4/6" coverage labels: the widest label plus a space."""
    return len(f"{count}/{count}") + 1


def pane_capacity(width: int, count: int) -> int:
    """How many panes fit in `width` cells, for `count` articles (at least one)."""
    avail = width - coverage_gutter(count)
    fit = max(1, (avail + 1) // (MIN_PANE + 1))
    if fit < 2 and count >= 2 and avail >= 2 * TIGHT_PANE + 1:
        fit = 2
    return min(count, fit)


def split(width: int, count: int, visible: int) -> Geometry:
    """Columns for `visible` panes in `width` cells (`count` articles in all)."""
    gutter = coverage_gutter(count)
    avail = max(visible, width - gutter - (visible - 1))
    base, extra = divmod(avail, max(1, visible))
    panes: list[tuple[int, int]] = []
    x = gutter
    for n in range(visible):
        w = base + (1 if n < extra else 0)
        panes.append((x, w))
        x += w + 1
    return Geometry(width=width, gutter=gutter, panes=tuple(panes))
