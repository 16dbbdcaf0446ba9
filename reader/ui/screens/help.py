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
    ("◆", "unique: no other source has this sentence (in the gutter before it)"),
    ("↕", "moved: this source tells it elsewhere in its own order"),
    ("=", "repeated: the sentence's own row is elsewhere; shown again beside a partner"),
    ("◎", "marked for linking (m, then L on a sentence of another pane)"),
    ("▌", "the sentence under the cursor"),
    ("4/6", "how many sources cover the row (the strip on top says which: ● yes, ○ no)"),
    ("reverse", "a conflicting figure (5 dead vs 11 dead)"),
    ("underline", "a compatible difference (40,000 inside 30,000-100,000)"),
    ("#tag", "a tag on the sentence"),
)


class HelpScreen(ModalScreen[None]):
    """Lists every key with what it does, then the marks used in the panes."""

    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("escape,q,question_mark", "close", "Close", id="help_close"),
    ]

    def __init__(self, keys: Sequence[tuple[str, str]]) -> None:
        super().__init__()
        self.keys = keys

    def compose(self) -> ComposeResult:
        """A scrollable table of keys and marks."""
        table = Table.grid(padding=(0, 2))
        table.add_column(style="bold", no_wrap=True)
        table.add_column()
        for key, description in self.keys:
            table.add_row(Text(key), Text(description))
        table.add_row("", "")
        for mark, meaning in MARKS:
            table.add_row(Text(mark), Text(meaning))
        with Vertical(id="help-dialog", classes="dialog"):
            yield Label("Keys (change them in the config file, section keys:)", classes="dialog-title")
            with VerticalScroll():
                yield Static(table, id="help-keys")
            yield Label("Esc closes", classes="dialog-hint")

    def action_close(self) -> None:
        """Back to the panes."""
        self.dismiss(None)
