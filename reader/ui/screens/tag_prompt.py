"""A small dialog that asks for a free-text tag."""

from __future__ import annotations

from typing import ClassVar

from textual import events
from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.containers import Vertical
from textual.screen import ModalScreen
from textual.suggester import SuggestFromList
from textual.widgets import Input, Label

from reader.core.printable import display_text

HINT = "Enter adds the tag · → completes a known one · Esc cancels"


class TagPrompt(ModalScreen[str | None]):
    """Ask for a tag name; dismisses with the name, or None when cancelled."""

    BINDINGS: ClassVar[list[BindingType]] = [Binding("escape", "cancel", "Cancel", id="prompt_cancel")]

    def __init__(self, sentence: str, suggestions: tuple[str, ...] = ()) -> None:
        super().__init__()
        self.sentence = sentence
        self.suggestions = suggestions

    def compose(self) -> ComposeResult:
        """A label naming the sentence and an input for the tag."""
        with Vertical(id="tag-dialog", classes="dialog"):
            yield Label("Tag the sentence:", classes="dialog-title")
            yield Label(self.sentence, id="tag-sentence", markup=False)
            known = ", ".join(self.suggestions)
            hint = display_text(f"known tags: {known}") if self.suggestions else "any words"
            suggester = SuggestFromList(self.suggestions, case_sensitive=False) if self.suggestions else None
            yield Input(placeholder=hint, id="tag-input", suggester=suggester)
            yield Label(HINT, classes="dialog-hint")

    def on_mount(self) -> None:
        """Fit the quoted sentence to the screen."""
        self._fit(self.app.size.width, self.app.size.height)

    def on_resize(self, event: events.Resize) -> None:
        """Fit the quoted sentence to the new size."""
        self._fit(event.size.width, event.size.height)

    def _fit(self, width: int, height: int) -> None:
        """Cut the quoted sentence short so that the input line and the hint always show: the
        dialog takes at most 90% of the height (and of the width, up to 100 columns); its
        border, title and input box take six lines, the hint as many as it wraps to."""
        inner = max(1, min(int(width * 0.9), 100) - 4)
        hint = -(-len(HINT) // inner)
        room = int(height * 0.9) - 6 - hint
        self.query_one("#tag-sentence", Label).styles.max_height = max(1, min(6, room))

    def on_input_submitted(self, event: Input.Submitted) -> None:
        """Return the typed tag (empty input counts as cancel)."""
        event.stop()
        value = event.value.strip()
        self.dismiss(value or None)

    def action_cancel(self) -> None:
        """Close without tagging."""
        self.dismiss(None)
