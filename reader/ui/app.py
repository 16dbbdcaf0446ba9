"""The reading room app: loads the config and the tag file, then shows the panes."""

from __future__ import annotations

import sys
from collections.abc import Iterable, Sequence
from functools import partial
from pathlib import Path
from typing import TYPE_CHECKING, ClassVar

from textual.app import App, SystemCommand
from textual.binding import BindingType
from textual.markup import escape
from textual.notifications import SeverityLevel
from textual.screen import Screen

from reader.core.config import Config, default_config_path, default_tags_path, load_config
from reader.core.model import Article
from reader.core.printable import display_text
from reader.core.tags import TagFileError, TagStore
from reader.ui.keys import action_names, bindings, bound_key, clashes, describe, key_display, keymap
from reader.ui.screens.reading import ReadingScreen

if TYPE_CHECKING:
    from reader.ui.screens.reading import FiguresRead


class ReaderApp(App[int]):
    """Several news reports side by side, aligned, with figures flagged and tags by key."""

    CSS_PATH = "reader.tcss"
    TITLE = "reader"
    BINDINGS: ClassVar[list[BindingType]] = []

    def __init__(
        self,
        articles: Sequence[Article],
        *,
        store: TagStore,
        config: Config | None = None,
        warnings: Sequence[str] = (),
        figures_read: FiguresRead | None = None,
    ) -> None:
        super().__init__()
        self.articles = tuple(articles)
        self.store = store
        self.config = config or Config()
        self.warnings = tuple(warnings)
        self.figures_read = figures_read  # the articles' figures being read beside (`cli.run_open`)

    def on_mount(self) -> None:
        """Apply the key overrides, show the panes, report config problems."""
        if self.config.keys:
            self.set_keymap(keymap(self.config))
        self.push_screen(
            ReadingScreen(self.articles, self.store, self.config, figures_read=self.figures_read)
        )
        self.figures_read = None
        for warning in (*self.warnings, *clashes(self.config)):
            self.notify(warning, title="Warning", severity="warning", timeout=10)

    def notify(
        self,
        message: str,
        *,
        title: str = "",
        severity: SeverityLevel = "information",
        timeout: float | None = None,
        markup: bool = False,
    ) -> None:
        """Show a notification, always as plain text with control characters made visible.

        Messages quote tag names, searches and file names, which may hold brackets such as
        ``[/]``: read as markup they would be mangled or crash the toast; an escape sequence
        in a file name would reach the terminal.
        """
        super().notify(
            display_text(message),
            title=display_text(title),
            severity=severity,
            timeout=timeout,
            markup=False,
        )

    def action_help_quit(self) -> None:
        """ctrl+c: say which key quits, in plain words (Textual's own message is markup, which
        `notify` shows as typed: "Press [b]q[/b]")."""
        key = bound_key(self, "quit", "app.quit")
        if key:
            self.notify(f"Press {key} to quit the app", title="Do you want to quit?")

    def get_system_commands(self, screen: Screen[object]) -> Iterable[SystemCommand]:
        """The palette lists every action of the panes, then Textual's own (themes...)."""
        if isinstance(screen, ReadingScreen):
            for binding, on_panes in bindings():
                title = describe(binding, self.config)
                if title is None:
                    continue
                node = screen.view if on_panes else screen
                keys = key_display(self, binding, self.config)
                more = f" · {binding.tooltip}" if binding.tooltip else ""
                action = partial(self.run_action, binding.action, node)
                # The palette reads titles as markup: tag names from the config are data.
                yield SystemCommand(escape(title), escape(f"keys: {keys}{more}"), action)
        yield from super().get_system_commands(screen)


def build_app(
    articles: Sequence[Article],
    *,
    tags_path: Path | None = None,
    config_path: Path | None = None,
    notices: Sequence[str] = (),
    figures_read: FiguresRead | None = None,
) -> ReaderApp:
    """The app on `articles`; TagFileError when the tag file cannot be read.

    `notices` (files that were skipped...) are shown as warnings with the config's;
    `figures_read`, the articles' figures being read beside (`cli.read_figures_beside`), go to
    the first comparison.
    """
    config, warnings = load_config(config_path or default_config_path(), action_names())
    store = TagStore.load(tags_path or default_tags_path())
    return ReaderApp(
        articles, store=store, config=config, warnings=[*notices, *warnings], figures_read=figures_read
    )


def run_app(
    articles: Sequence[Article],
    *,
    tags_path: Path | None = None,
    config_path: Path | None = None,
    notices: Sequence[str] = (),
    figures_read: FiguresRead | None = None,
) -> int:
    """Open the reading room on `articles`; returns the exit status."""
    try:
        app = build_app(
            articles, tags_path=tags_path, config_path=config_path, notices=notices, figures_read=figures_read
        )
    except TagFileError as exc:
        print(f"reader: {exc}; fix or move it, or choose another with --tags FILE", file=sys.stderr)
        return 1
    app.run()
    return app.return_code or 0
