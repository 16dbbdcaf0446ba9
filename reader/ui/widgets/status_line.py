"""The status line: the figure difference under the cursor, else where the cursor is."""

from __future__ import annotations

from typing import ClassVar

from rich.text import Text
from textual.widget import Widget

from reader.core.alignment import WEAK_MATCH
from reader.core.printable import display_text
from reader.ui.state import Figure, ReadingState
from reader.ui.widgets.source_strip import article_letter


def figure_label(state: ReadingState, figure: Figure) -> str:
    """ "CONFLICT 2/5" or "COMPATIBLE 1/5": which kind of flagged figure, and which one."""
    kind = "CONFLICT" if figure.is_conflict else "COMPATIBLE"
    return f"{kind} {state.figures.index(figure) + 1}/{len(state.figures)}"


def figure_summary(state: ReadingState, figure: Figure) -> str:
    """The figures of a conflict side by side: "troops: A 30,000-100,000 · B 40,000"."""
    comp = state.comparison
    positions = {art.id: pos for pos, art in enumerate(comp.articles)}
    parts: dict[str, None] = {}  # a source giving one figure in two sentences is named once
    for q_index in figure.conflict.mentions:
        if 0 <= q_index < len(comp.quantities):
            q = comp.quantities[q_index]
            pos = positions.get(q.article)
            letter = article_letter(pos) if pos is not None else "?"
            parts[f"{letter} {q.text}"] = None
    about = f"{figure.conflict.about}: " if figure.conflict.about else ""
    return display_text(about + " · ".join(parts))


def _mentions(state: ReadingState, figure: Figure) -> list[str]:
    """A flag's figures as "A Three", each source's way of writing a value once ("Three" and
    "three" are one), the figure under the cursor first, then one of another source."""
    comp = state.comparison
    positions = {art.id: pos for pos, art in enumerate(comp.articles)}
    seen: dict[tuple[str, str], tuple[str, tuple[float | None, float | None]]] = {}
    for q_index in (figure.quantity, *figure.conflict.mentions):
        if 0 <= q_index < len(comp.quantities):
            q = comp.quantities[q_index]
            pos = positions.get(q.article)
            letter = article_letter(pos) if pos is not None else "?"
            seen.setdefault((letter, q.text.casefold()), (f"{letter} {q.text}", (q.low, q.high)))
    items = list(seen.values())
    own_letter, own_value = items[0][0].split(" ", 1)[0], items[0][1]
    # the counterpart: another source's figure of another value (a flag of many mentions may
    # hold this one's value in a third source too: "tens of thousands" twice)
    other = next(
        (
            k
            for k, (part, value) in enumerate(items)
            if part.split(" ", 1)[0] != own_letter and value != own_value
        ),
        None,
    )
    if other is not None and other > 1:
        items.insert(1, items.pop(other))
    return [part for part, _ in items]


def status_summary(state: ReadingState, figure: Figure, *, about: bool = True) -> str:
    """What the status line tells of a flag: the figure under the cursor and one of another
    source, why they differ, then the flag's other figures (so that the reason is not cut off
    by a long roll-call): "people killed: A Three · B at least three — Three is consistent with
    ... · also C three · D three". Without `about` (a narrow terminal) the figures come first."""
    parts = _mentions(state, figure)
    lead = f"{figure.conflict.about}: " if figure.conflict.about and about else ""
    reason = f" — {figure_reason(figure)}" if figure.conflict.explanation else ""
    rest = display_text(" · also " + " · ".join(parts[2:])) if len(parts) > 2 else ""
    return display_text(lead + " · ".join(parts[:2])) + reason + rest


def figure_reason(figure: Figure) -> str:
    """Why the figures differ, without the sources and figures the summary already shows:
    "40,000 lies inside the range" from 'Report A: "..."; Report B: "..." — 40,000 lies ...'."""
    explanation = figure.conflict.explanation
    _, sep, reason = explanation.partition(" — ")
    return display_text(reason if sep else explanation)


_NARROW = 70  # below this many columns the status line leaves out what a flag counts


class StatusLine(Widget):
    """One line under the panes that explains the figure difference at the cursor."""

    COMPONENT_CLASSES: ClassVar[set[str]] = {
        "status-line--conflict",
        "status-line--compatible",
        "status-line--info",
    }

    DEFAULT_CSS = """
    StatusLine {
        height: 1;
        background: $panel;
        & > .status-line--conflict { color: $error; text-style: bold reverse; }
        & > .status-line--compatible { color: $warning; text-style: bold underline; }
        & > .status-line--info { color: $text-muted; }
    }
    """

    def __init__(self, state: ReadingState, *, id: str | None = None) -> None:
        super().__init__(id=id)
        self.state = state

    def describe(self) -> Text:
        """The status text for the current cursor position."""
        state = self.state
        figures = state.current_figures() or state.row_figures()
        if figures:
            fig = figures[0]
            label = figure_label(state, fig)
            style = self.get_component_rich_style(
                "status-line--conflict" if fig.is_conflict else "status-line--compatible"
            )
            text = Text(end="")
            if state.match is not None and state.matches[state.match].slot == state.current_slot():
                text.append(
                    f" {self.search_position()} ·", self.get_component_rich_style("status-line--info")
                )
            text.append(f" {label} ", style)
            # on a narrow terminal the figures themselves, not what they count, come first
            wide = (self.size.width or 80) >= _NARROW
            text.append(f" {status_summary(state, fig, about=wide)}")
            return text
        return Text(" " + self.position(), style=self.get_component_rich_style("status-line--info"), end="")

    def position(self) -> str:
        """Where the cursor is and why its row is one point: "row 3/40 · 2/2: A B · matched on
        Kerry, Lavrov, talk" ("weak match on ..." below `WEAK_MATCH`; "only in B ..." for a
        sentence no other source has)."""
        state = self.state
        row = state.current_row()
        shown = state.shown()
        if row is None or not shown:
            return "no rows"
        at = shown.index(state.cursor) + 1 if state.cursor in shown else 0
        names = state.comparison.articles
        covered = [a for a in range(state.count) if row.cells[a]]
        parts = [
            f"row {at}/{len(shown)}",
            f"{len(covered)}/{state.count}: " + " ".join(article_letter(a) for a in covered),
        ]
        if row.unique and covered:
            parts.append(f"only in {article_letter(covered[0])} {display_text(names[covered[0]].label)}")
        slot = state.current_slot()
        if slot is not None and not row.unique and len(covered) == 1:
            # alone here, but matched with a sentence that stands in another row (the pivot's,
            # told once): say where its point is told
            where = self._partner_row(slot, shown)
            if where:
                parts.append(where)
        home = state.home.get(slot) if slot is not None else None
        if slot is not None and home is not None and home != state.cursor and home in shown:
            # a sentence shown again (=) beside a second point it carries: where it stands first
            parts.append(f"= {article_letter(slot[0])} {slot[1] + 1} also at row {shown.index(home) + 1}")
        moved = [article_letter(a) for a in range(state.count) if row.moved[a]]
        if moved:
            parts.append("moved: " + " ".join(moved))
        if state.filter_tagged:  # the counter above counts the tagged rows: say of how many
            visible = state.visible()
            every = sum(1 for r in state.rows if any(r.cells[a] for a in visible))
            parts.append(f"tagged rows only ({len(shown)} of {every})")
        if state.conflicts_only:
            parts.append("n: conflicts only")
        if state.diff:
            parts.append("word differences on (d: off)")
        if state.query:
            parts.append(self.search_position())
        if state.mark is not None:
            parts.append(f"marked {article_letter(state.mark[0])} sentence {state.mark[1] + 1} (L links)")
        strength = state.row_strength(row) if not row.unique else 0.0
        if strength > 0:  # last: the line is cut at the width, and this matters least
            match = "weak match" if strength < WEAK_MATCH else "matched"
            evidence = state.row_evidence(row)
            parts.append(f"{match} on " + ", ".join(evidence) if evidence else f"{match}, no word in common")
        return " · ".join(parts)

    def _partner_row(self, slot: tuple[int, int], shown: list[int]) -> str:
        """ "matched with A 5 at row 3": where a sentence alone in its row has its partner."""
        state = self.state
        articles = state.comparison.articles
        art_id = articles[slot[0]].id
        position = {art.id: pos for pos, art in enumerate(articles)}
        for group in state.comparison.groups:
            if not any(m.article == art_id and m.sentence == slot[1] for m in group.members):
                continue
            for member in group.members:
                other = (position.get(member.article, -1), member.sentence)
                home = state.home.get(other)
                if other[0] != slot[0] and home is not None and home in shown:
                    at = shown.index(home) + 1
                    return f"matched with {article_letter(other[0])} {other[1] + 1} at row {at}"
        return ""

    def search_position(self) -> str:
        """ "match 3/8 'troops'" on a hit (as vim counts), else "search 'troops': 8 hits"."""
        state = self.state
        if state.match is not None and state.matches[state.match].slot == state.current_slot():
            return f"match {state.match + 1}/{len(state.matches)} {state.query!r}"
        count = len(state.matches)
        return f"search {state.query!r}: {count} hit{'' if count == 1 else 's'}"

    def render(self) -> Text:
        """The status text, cut to the width at a space ("200,000" is never cut to "20…")."""
        text = self.describe()
        width = self.size.width or 80
        if text.cell_len > width:
            cut = text.plain.rfind(" ", 0, width - 1)
            text = text[: cut if cut > width // 2 else width - 1]
            text.append("…")
        text.truncate(width, overflow="ellipsis")
        return text
