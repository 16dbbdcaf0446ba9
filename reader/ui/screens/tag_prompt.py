"""A small dialog that asks for a free-text tag."""

from __future__ import annotations

from typing import ClassVar

from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.containers import Vertical
from textual.screen import ModalScreen
from textual.suggester import SuggestFromList
from textual.widgets import Input, Label

from reader.core.printable import display_text


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
            yield Label("Enter adds the tag · → completes a known one · Esc cancels", classes="dialog-hint")

    def on_input_submitted(self, event: Input.Submitted) -> None:
        """Return the typed tag (empty input counts as cancel)."""
        event.stop()
        value = event.value.strip()
        self.dismiss(value or None)

    def action_cancel(self) -> None:
        """Close without tagging."""
        self.dismiss(None)
