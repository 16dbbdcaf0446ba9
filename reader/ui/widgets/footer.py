"""The footer of the reading room: Textual's, rebuilt only when the keys it shows change."""

from __future__ import annotations

from textual.app import ComposeResult
from textual.screen import Screen
from textual.widgets import Footer


class KeysFooter(Footer):
    """A `Footer` that keeps its keys while they stay the same.

    Textual's footer re-mounts every key whenever its screen says the bindings may have
    changed, which it does each time a dialog opens over the screen or closes (the screen
    is suspended and resumed). Behind a dialog that costs a layout and several repaints of
    the whole screen, the dialog's dimmed background included, for a footer that looks the
    same: here the keys are compared first.
    """

    def __init__(self, *, compact: bool = False, show_command_palette: bool = True) -> None:
        super().__init__(compact=compact, show_command_palette=show_command_palette)
        self._shown: tuple[object, ...] | None = None

    def _keys(self) -> tuple[object, ...]:
        """What the keys shown depend on: every active binding, whether it is enabled, its
        tooltip and how its key is displayed."""
        return (
            self.compact,
            self.show_command_palette,
            *(
                (key, binding, enabled, tooltip, self.app.get_key_display(binding))
                for key, (_node, binding, enabled, tooltip) in self.screen.active_bindings.items()
            ),
        )

    def compose(self) -> ComposeResult:
        """The keys, remembering what they were built from."""
        if self._bindings_ready:
            self._shown = self._keys()
        yield from super().compose()

    def bindings_changed(self, screen: Screen[object]) -> None:
        """Rebuild the keys if they would change."""
        if (
            self._bindings_ready
            and self._shown is not None
            and self.is_attached
            and screen is self.screen
            and self._keys() == self._shown
        ):
            return
        super().bindings_changed(screen)
