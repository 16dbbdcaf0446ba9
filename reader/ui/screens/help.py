"""The help screen: every key the reading room answers to, as bound right now."""

from __future__ import annotations

from collections.abc import Sequence
from typing import ClassVar

from rich.table import Table
from rich.text import Text
from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.containers import Vertical, VerticalScroll
from textual.screen import ModalScreen
from textual.widgets import Label, Static

MARKS = (
    ("▸", "pivot", "the source whose order the rows follow (p makes the current pane the pivot)"),
    ("◆", "unique", "no other source has this sentence"),
    ("↕", "moved", "this source tells it elsewhere in its own order"),
    ("=", "repeated", "its own row is elsewhere; shown again beside a second point it carries"),
    ("◎", "marked", "for linking: m here, then L on a sentence of another pane"),
    ("▌", "cursor", "the sentence the keys act on"),
    ("4/6", "coverage", "how many sources cover the row (the strip on top says which: ● yes, ○ no)"),
    ("reverse", "conflict", "a figure the sources disagree on (5 dead vs 11 dead)"),
    ("underline", "compatible", "a figure that differs but fits (40,000 inside 30,000-100,000)"),
    ("2× underline", "search hit", "a hit of the search (/), in italics too: never a figure"),
    ("#tag", "tag", "a tag on the sentence"),
)
# what the tags are for once read: the shell command that writes them into a report
REPORT = (
    "Your tags in a report: reader compare ARTICLES --markdown (with the same --tags) prints the"
    " flags, the aligned points and the tagged sentences as Markdown."
)


class HelpScreen(ModalScreen[None]):
    """Lists every key with what it does, then the marks used in the panes."""

    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("escape,q,question_mark", "close", "Close", id="help_close"),
        Binding("j", "scroll(1)", "Down", show=False, id="help_down"),
        Binding("k", "scroll(-1)", "Up", show=False, id="help_up"),
        Binding("space,ctrl+f", "scroll(10)", "Page down", show=False, id="help_page_down"),
        Binding("ctrl+b", "scroll(-10)", "Page up", show=False, id="help_page_up"),
        Binding("g", "scroll(-1000)", "Top", show=False, id="help_top"),
        Binding("G", "scroll(1000)", "Bottom", show=False, id="help_bottom"),
    ]

    def __init__(self, keys: Sequence[tuple[str, str, str]]) -> None:
        super().__init__()
        self.keys = keys

    def compose(self) -> ComposeResult:
        """A scrollable table of keys and marks."""
        table = Table.grid(padding=(0, 2))
        table.add_column(style="bold", no_wrap=True)
        table.add_column(no_wrap=True)
        table.add_column(style="italic")
        for key, description, details in self.keys:
            table.add_row(Text(key), Text(description), Text(details))
        table.add_row("", "", "")
        for mark, name, meaning in MARKS:
            table.add_row(Text(mark), Text(name), Text(meaning))
        with Vertical(id="help-dialog", classes="dialog"):
            yield Label("Keys (change them in the config file, section keys:)", classes="dialog-title")
            with VerticalScroll():
                yield Static(table, id="help-keys")
                yield Static(Text(REPORT), id="help-report")
            yield Label("j/k, space and arrows scroll · Esc closes", classes="dialog-hint")

    def action_scroll(self, lines: int) -> None:
        """Scroll the list by `lines` (as less and vim users expect j, k, space, g, G)."""
        self.query_one(VerticalScroll).scroll_relative(y=lines, animate=False)

    def action_close(self) -> None:
        """Back to the panes."""
        self.dismiss(None)
