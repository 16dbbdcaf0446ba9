"""A list of every flagged figure, to pick one and jump to it."""

from __future__ import annotations

from typing import ClassVar

from rich.text import Text
from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.containers import Vertical
from textual.screen import ModalScreen
from textual.widgets import Label, OptionList
from textual.widgets.option_list import Option

from reader.core.printable import display_text
from reader.ui.state import ReadingState
from reader.ui.widgets.source_strip import article_letter
from reader.ui.widgets.status_line import figure_reason, figure_summary


class FiguresScreen(ModalScreen[int | None]):
    """Every conflict, then every compatible difference, in reading order; Enter jumps, Esc
    closes.

    The reading screen keeps one (installed) and shows it again while its figures stay the
    same: a new dialog costs several layouts and repaints of the whole screen, the dimmed
    panes behind it included, where showing a kept one costs one. Each time it is shown it
    starts as a new one would: scrolled to the top, on the selected figure (else the first).
    """

    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("escape,q,f", "cancel", "Close", id="figures_close"),
        # The panes' movement keys move in the list too (arrows, Home/End, PageUp/PageDown
        # are the list's own).
        Binding("j", "list('cursor_down')", "Down", show=False, id="figures_down"),
        Binding("k", "list('cursor_up')", "Up", show=False, id="figures_up"),
        Binding("g", "list('first')", "First", show=False, id="figures_first"),
        Binding("G", "list('last')", "Last", show=False, id="figures_last"),
        Binding("ctrl+f,space", "list('page_down')", "Page down", show=False, id="figures_page_down"),
        Binding("ctrl+b", "list('page_up')", "Page up", show=False, id="figures_page_up"),
    ]

    def __init__(self, state: ReadingState) -> None:
        super().__init__()
        self.state = state
        self.figures = state.figures  # the list shown (the state makes a new one when they change)
        # the conflicts first, then the compatible differences, each in reading order
        self.order = sorted(range(len(self.figures)), key=lambda n: not self.figures[n].is_conflict)

    def start_over(self) -> None:
        """About to be shown again: start as a new list would.

        Called before the dialog is pushed, so that the list is in place when the dialog's
        first frame is drawn.
        """
        if self.is_mounted:
            self._start()

    def compose(self) -> ComposeResult:
        """A title and one option per flagged figure; a flag's summary and reason are told at
        its first mention, its later mentions only say whose they are."""
        state = self.state
        flags = {f.conflict.id: f.is_conflict for f in state.figures}
        conflicts = sum(flags.values())
        compatible = len(flags) - conflicts
        with Vertical(id="figures-dialog", classes="dialog"):
            yield Label(
                f"Flagged figures: {conflicts} conflicting, {compatible} compatible"
                f" ({len(state.figures)} mentions)",
                classes="dialog-title",
            )
            options = []
            first_at: dict[int, str] = {}  # each flag's first mention in reading order, as "A12"
            for n in self.order:
                fig = state.figures[n]
                line = Text(end="")
                kind = "CONFLICT  " if fig.is_conflict else "COMPATIBLE"
                line.append(kind, style="bold reverse" if fig.is_conflict else "bold underline")
                # the sentence number tells apart two mentions of one value in one source
                where = f"{article_letter(fig.slot[0])}{fig.slot[1] + 1}"
                line.append(f" {where:<4} ")
                line.append(state.text(fig.slot)[fig.start : fig.end], style="bold")
                first = first_at.get(fig.conflict.id)
                if first is not None:
                    about = fig.conflict.about or "the figure"
                    line.append(f"  {display_text(about)}, as at {first}", style="dim")
                else:
                    first_at[fig.conflict.id] = where
                    line.append(f"  {figure_summary(state, fig)}")
                    if fig.conflict.explanation:
                        line.append(f" — {figure_reason(fig)}", style="italic")
                options.append(Option(line, id=str(n)))
            if not options:
                options.append(Option("No flagged figures in these articles.", disabled=True))
            yield OptionList(*options, id="figures-list")
            yield Label("j/k move · Enter jumps to the figure · Esc closes", classes="dialog-hint")

    def on_mount(self) -> None:
        """Start on the selected figure, if any."""
        self._start()

    def _start(self) -> None:
        """On the selected figure, if any, else on the first, scrolled to the top."""
        options = self.query_one(OptionList)
        options.scroll_home(animate=False, immediate=True)
        if self.state.figure is not None:
            options.highlighted = self.order.index(self.state.figure)
        else:
            options.action_first()
        options.scroll_to_highlight()

    def on_option_list_option_selected(self, event: OptionList.OptionSelected) -> None:
        """Jump to the chosen figure."""
        event.stop()
        if event.option.id is not None:
            self.dismiss(int(event.option.id))

    async def action_list(self, action: str) -> None:
        """Run one of the list's own movement actions (cursor_down, first, page_up...)."""
        await self.query_one(OptionList).run_action(action)

    def action_cancel(self) -> None:
        """Close without jumping."""
        self.dismiss(None)
