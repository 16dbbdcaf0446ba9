"""The reading room: the aligned panes, the source strip, the status line and the keys
(those that write the tag file are in its base, `TagEditKeys`)."""

from __future__ import annotations

import asyncio
import gc
import threading
from collections.abc import Sequence
from contextlib import suppress
from typing import TYPE_CHECKING, ClassVar

from textual import on, work
from textual.app import ComposeResult
from textual.binding import BindingType
from textual.widgets import Input
from textual.worker import Worker, WorkerState

from reader.core.config import Config
from reader.core.export import citation
from reader.core.model import Article, Comparison, Member
from reader.core.tags import TagStore
from reader.ui.keys import READING_BINDINGS, bound_key, help_rows
from reader.ui.screens.figures import FiguresScreen
from reader.ui.screens.help import HelpScreen
from reader.ui.screens.tag_edits import TagEditKeys
from reader.ui.state import ReadingState, Slot
from reader.ui.widgets.aligned_view import AlignedView
from reader.ui.widgets.footer import KeysFooter
from reader.ui.widgets.source_strip import SourceStrip, article_letter
from reader.ui.widgets.status_line import StatusLine

if TYPE_CHECKING:
    from reader.core.beside import Beside
    from reader.core.figures import Figure
    from reader.core.model import Quantity

    # the figures of the articles being read beside the app (`cli.read_figures_beside`)
    FiguresRead = Beside[tuple[list[Quantity], list[Figure]]]


def compare_articles(
    articles: Sequence[Article],
    *,
    must_link: Sequence[tuple[Member, Member]] = (),
    cannot_link: Sequence[tuple[Member, Member]] = (),
    figures_read: FiguresRead | None = None,
) -> Comparison:
    """The comparison pipeline, imported on its first call (in the comparing thread): its figure
    and alignment rules, some 500 regular expressions, take a fifth of a second to load, which
    the window's first paint need not wait for."""
    from reader.core.pipeline import compare_articles as compare

    return compare(articles, must_link=must_link, cannot_link=cannot_link, figures_read=figures_read)


class ReadingScreen(TagEditKeys):
    """Several reports side by side; comparing runs in a worker and fills the rows in."""

    BINDINGS: ClassVar[list[BindingType]] = READING_BINDINGS

    def __init__(
        self,
        articles: Sequence[Article],
        store: TagStore,
        config: Config,
        *,
        figures_read: FiguresRead | None = None,
    ) -> None:
        super().__init__()
        self.articles = tuple(articles)
        self.figures_read = figures_read  # for the first comparison, which collects it
        self.store = store
        self.config = config
        self.state = ReadingState(Comparison(articles=self.articles))
        self.state.set_tags(self._stored_tags())
        self.comparing = False
        self.compared = False
        self._start = self._place()  # where the cursor stands before the first comparison lands
        self._keys_key: tuple[bool, ...] = ()
        self._figures_screen: FiguresScreen | None = None

    def compose(self) -> ComposeResult:
        """Strip, panes, status line, a hidden search box and the footer."""
        yield SourceStrip(self.state, id="strip")
        yield AlignedView(self.state, id="panes")
        yield StatusLine(self.state, id="status")
        yield Input(placeholder="search (Enter finds, Esc closes)", id="search")
        yield KeysFooter(compact=True, show_command_palette=False)  # ctrl+p is in the help (?)

    def on_mount(self) -> None:
        """Show the articles at once, then compare them in the background."""
        view = self.query_one(AlignedView)
        view.focus()
        self.watch(view, "moves", self._cursor_moved, init=False)
        self.call_after_refresh(self.start_compare)
        if len(self.articles) == 1:  # every sentence is the source's own: say why
            self.notify(
                "One source only: nothing to line it up with. Open two or more reports of one"
                " event (a folder, or several files).",
                timeout=8,
            )

    # --- comparing ----------------------------------------------------------------------

    def start_compare(self) -> None:
        """(Re)compare the articles, respecting the corrections in the tag file."""
        self.comparing = True
        self.query_one(SourceStrip).comparing = True
        self.query_one(SourceStrip).refresh()
        must, cannot = self.store.constraints(self.articles)  # read here: the store is not thread-safe
        self.compare(must, cannot)

    @work(exclusive=True, exit_on_error=False, group="compare")
    async def compare(
        self, must: list[tuple[Member, Member]], cannot: list[tuple[Member, Member]]
    ) -> Comparison:
        """Align and find figure differences (slow: in a thread of its own).

        A daemon thread, not Textual's thread worker: a thread cannot be stopped, and the
        executor behind thread workers is waited for when the app ends, so after `q` on a file
        of megabytes the shell came back only when the comparison was done (17 s for 7 MB).
        Left running when the app quits, this one dies with the process; a result that comes
        after its worker was cancelled (a newer comparison, or quitting) is dropped.
        """
        loop = asyncio.get_running_loop()
        done: asyncio.Future[Comparison] = loop.create_future()
        articles = self.articles
        figures_read, self.figures_read = self.figures_read, None

        def deliver(outcome: Comparison | BaseException) -> None:
            if done.done():
                return
            if isinstance(outcome, BaseException):
                done.set_exception(outcome)
            else:
                done.set_result(outcome)

        def run() -> None:
            outcome: Comparison | BaseException
            try:
                early = {"figures_read": figures_read} if figures_read is not None else {}
                outcome = compare_articles(articles, must_link=must, cannot_link=cannot, **early)
            except Exception as exc:  # noqa: BLE001 - handed over the thread's edge, shown as "Comparing failed"
                outcome = exc
            with suppress(RuntimeError):  # the app ended and its loop is closed
                loop.call_soon_threadsafe(deliver, outcome)

        threading.Thread(target=run, name="reader-compare", daemon=True).start()
        return await done

    def on_worker_state_changed(self, event: Worker.StateChanged) -> None:
        """Show the finished comparison, or say why it failed."""
        if event.worker.group != "compare" or event.state not in (WorkerState.SUCCESS, WorkerState.ERROR):
            return
        self.comparing = False
        self.query_one(SourceStrip).comparing = False
        if event.state == WorkerState.SUCCESS and isinstance(event.worker.result, Comparison):
            # the first comparison keeps the sentence the reader moved to while it ran, else
            # starts at the top
            moved = self._place() != self._start
            self.state.set_comparison(event.worker.result, keep_cursor=self.compared or moved)
            self.compared = True
            # The comparison is long-lived: keep it out of the cyclic GC's full passes, which
            # otherwise pause key presses by tens of milliseconds on big clusters.
            gc.collect()
            gc.freeze()
            for warning in event.worker.result.warnings:
                self.notify(warning, severity="warning")
            self.realigned()
        else:
            self.notify(f"Comparing failed: {event.worker.error}", severity="error", timeout=10)
        self.refresh_all()

    # --- helpers ------------------------------------------------------------------------

    def _place(self) -> tuple[int, int, int, int]:
        """Where the cursor stands: row, sentence in the cell, pane and pivot."""
        return (self.state.cursor, self.state.sub, self.state.focus, self.state.pivot)

    @property
    def view(self) -> AlignedView:
        """The panes."""
        return self.query_one(AlignedView)

    def refresh_all(self, *, follow: bool = True) -> None:
        """Re-render panes, strip, status line and footer after the state changed."""
        self.view.rebuild(follow=follow)
        self.query_one(SourceStrip).refresh()
        self.query_one(StatusLine).refresh()
        self._refresh_keys()

    def _refresh_keys(self) -> None:
        """Refresh the footer only when a key's availability changed (it re-mounts its keys)."""
        key = (self.state.can_page(),)
        if key != self._keys_key:
            self._keys_key = key
            self.refresh_bindings()

    def _cursor_moved(self) -> None:
        """The cursor moved in the panes: the strip and the status line follow, in the same frame."""
        self.query_one(SourceStrip).refresh()
        self.query_one(StatusLine).refresh()
        self._refresh_keys()

    def _stored_tags(self) -> dict[Slot, tuple[str, ...]]:
        tags: dict[Slot, tuple[str, ...]] = {}
        for pos, article in enumerate(self.articles):
            for index in self.store.tagged(article):
                tags[(pos, index)] = self.store.tags(article, article.sentences[index])
        return tags

    def check_action(self, action: str, parameters: tuple[object, ...]) -> bool | None:
        """Hide keys that do nothing here: unused tag keys, paging when all panes fit."""
        if action == "toggle_tag":
            return self.config.tag_for_key(str(parameters[0])) is not None
        if action == "page_panes":
            return self.state.can_page()
        return True  # link and match stay live without a mark or a search: they say what to do

    # --- panes and figures ---------------------------------------------------------------

    def action_pivot(self) -> None:
        """Make the focused pane the pivot (on the pivot: the next article)."""
        target = self.state.focus
        if target == self.state.pivot:
            target = (self.state.pivot + 1) % self.state.count
        self.state.set_pivot(target)
        self.notify(
            f"Reading in the order of {article_letter(target)} {self.articles[target].label}", timeout=2
        )
        self.refresh_all()

    def action_page_panes(self, step: int) -> None:
        """Show the next (previous) sources beside the pivot."""
        if not self.state.page_panes(step):
            self.notify("No more sources that way.", timeout=2)
        self.refresh_all()

    def action_figure(self, step: int) -> None:
        """Jump to the next (1) or previous (-1) flagged figure, conflicts and compatible alike."""
        found = self.state.next_figure(step > 0)
        if found is None:
            if self.state.conflicts_only and self.state.figures:
                note = "only compatible differences here (c: stop at those too)"
                self.notify(f"No conflicting figures: {note}", timeout=3)
                return
            note = "still comparing…" if self.comparing else "no conflicting or compatible figures found"
            self.notify(f"No flagged figures: {note}", timeout=3)
            return
        _figure, wrapped = found
        if wrapped:
            where = "first" if step > 0 else "last"
            self.notify(f"Wrapped to the {where} flagged figure.", timeout=2)
        self.refresh_all()

    def action_figures(self) -> None:
        """Open the list of every flagged figure."""

        def chosen(index: int | None) -> None:
            if index is not None:
                self.state.select_figure(index)  # the status line tells it: no notice over the panes
                self.refresh_all()

        self.app.push_screen(self._figures_dialog(), chosen)

    def _figures_dialog(self) -> FiguresScreen:
        """The figure list: made once for each list of figures, then shown again."""
        screen = self._figures_screen
        if screen is not None and screen.figures is self.state.figures:
            screen.start_over()
            return screen
        if screen is not None:  # the figures changed (a new comparison, another pivot)
            self.app.uninstall_screen(screen)
            screen.remove()
        screen = FiguresScreen(self.state)
        self.app.install_screen(screen, f"reader-figures-{id(self)}")
        self._figures_screen = screen
        return screen

    def action_diff(self) -> None:
        """Toggle the word-level differences of the cursor row."""
        self.state.diff = not self.state.diff
        self.notify("Word differences on" if self.state.diff else "Word differences off", timeout=2)
        self.refresh_all(follow=False)

    def action_copy_sentence(self) -> None:
        """Copy the sentence under the cursor, quoted and cited, to the terminal's clipboard
        (OSC 52: most terminals take it; tmux with ``set -g set-clipboard on``)."""
        slot = self.state.current_slot()
        if slot is None:
            self.notify("No sentence here to copy.", timeout=2)
            return
        article, index = self.articles[slot[0]], slot[1]
        self.app.copy_to_clipboard(citation(article, index))
        letter = article_letter(slot[0])
        self.notify(f"Copied {letter} sentence {index + 1}, quoted with its source.", timeout=2)

    def action_copy_row(self) -> None:
        """Copy every sentence of the cursor row, source by source, each quoted and cited: one
        point as each report tells it."""
        row = self.state.current_row()
        if row is None or not any(row.cells):
            self.notify("No row here to copy.", timeout=2)
            return
        cited = [citation(self.articles[pos], index) for pos, cell in enumerate(row.cells) for index in cell]
        self.app.copy_to_clipboard("\n".join(cited))
        sources = sum(1 for cell in row.cells if cell)
        self.notify(f"Copied the row: {len(cited)} sentences of {sources} sources, each cited.", timeout=2)

    def action_help(self) -> None:
        """Show every key, as bound now (config overrides applied)."""
        self.app.push_screen(HelpScreen(help_rows(self.app, self.config, self.active_bindings)))

    # --- tags ---------------------------------------------------------------------------

    def action_tagged(self, step: int) -> None:
        """Jump to the next (previous) tagged sentence."""
        found = self.state.next_tagged(step > 0)
        if found is None:
            self.notify("No tagged sentences yet: 1-9 tag the sentence under the cursor.", timeout=3)
            return
        if found[1]:
            self.notify("Wrapped around the tagged sentences.", timeout=2)
        self.refresh_all()

    def action_own(self, step: int) -> None:
        """Jump to the next (previous) sentence only the focused source tells."""
        found = self.state.next_own(step > 0)
        letter = article_letter(self.state.focus)
        if found is None:
            self.notify(f"Every sentence of {letter} has a counterpart in another source.", timeout=3)
            return
        if found[1]:
            self.notify(f"Wrapped around the sentences only {letter} tells.", timeout=2)
        self.refresh_all()

    def action_conflicts_only(self) -> None:
        """Let n and N stop at conflicts only (again: at compatible differences too)."""
        self.state.conflicts_only = not self.state.conflicts_only
        # the keys as bound now ("next_conflict: j" in the config)
        keys = " and ".join(
            k for k in (bound_key(self.app, "figure(1)"), bound_key(self.app, "figure(-1)")) if k
        )
        again = bound_key(self.app, "conflicts_only")
        if self.state.conflicts_only:
            self.notify(
                f"{keys} stop at conflicts only ({again} again: compatible differences too)", timeout=3
            )
        else:
            self.notify(f"{keys} stop at conflicts and compatible differences", timeout=2)
        self.refresh_all()

    def action_filter_tagged(self) -> None:
        """Show only the rows with a tagged sentence (again: every row)."""
        self.state.filter_tagged = not self.state.filter_tagged
        self.state.snap()
        self.notify("Tagged rows only" if self.state.filter_tagged else "Every row", timeout=2)
        self.refresh_all()

    # --- search -------------------------------------------------------------------------

    def action_search(self) -> None:
        """Open the search box."""
        box = self.query_one("#search", Input)
        box.value = self.state.query
        box.add_class("open")
        box.focus()

    @on(Input.Submitted, "#search")
    def _search_submitted(self, event: Input.Submitted) -> None:
        event.stop()
        self._close_search()
        count = self.state.search(event.value.strip())
        if not self.state.query:
            self.refresh_all()
            return
        if count == 0:
            self.notify(f"Not found: {self.state.query}", severity="warning", timeout=3)
        else:
            self.state.next_match(True)
            matches = "1 match" if count == 1 else f"{count} matches"
            self.notify(f"{matches} for {self.state.query!r} (; next, comma previous)", timeout=3)
        self.refresh_all()

    def _close_search(self) -> None:
        box = self.query_one("#search", Input)
        box.remove_class("open")
        self.view.focus()

    def action_match(self, step: int) -> None:
        """Jump to the next (previous) search match."""
        found = self.state.next_match(step > 0)
        if found is None:
            self.notify("No search: / searches", timeout=2)
            return
        if found[1]:
            self.notify("Search wrapped around.", timeout=2)
        self.refresh_all()

    def action_cancel(self) -> None:
        """Close the search box, clear the search and the link mark."""
        if self.query_one("#search", Input).has_class("open"):
            self._close_search()
            return
        self.state.mark = None
        if self.state.query:
            self.state.search("")
        self.refresh_all(follow=False)
