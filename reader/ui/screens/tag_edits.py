"""The reading room's keys that write the tag file: tags on the sentence under the cursor
(1-9, t, x and z) and corrections to the alignment (m marks a sentence, L links it, u
unlinks). Each saves the file at once; a write the store refuses is an error notification."""

from __future__ import annotations

from textual.screen import Screen

from reader.core.config import Config
from reader.core.model import Article
from reader.core.tags import TagFileError, TagStore
from reader.ui.keys import bound_key
from reader.ui.screens.tag_prompt import TagPrompt
from reader.ui.state import ReadingState, Slot
from reader.ui.widgets.source_strip import article_letter


class TagEditKeys(Screen[None]):
    """The tag and correction keys, a base of `ReadingScreen`: the screen sets the attributes
    below, repaints (`refresh_all`) and compares again (`start_compare`)."""

    articles: tuple[Article, ...]
    store: TagStore
    config: Config
    state: ReadingState
    _cleared: tuple[Slot, tuple[str, ...]] | None = None  # what x last removed, for z
    _unlinked: Slot | None = None  # the sentence u took out of its row, until the realignment lands

    def refresh_all(self, *, follow: bool = True) -> None:
        """Re-render everything after the state changed."""
        raise NotImplementedError

    def start_compare(self) -> None:
        """(Re)compare the articles, respecting the corrections in the tag file."""
        raise NotImplementedError

    def _current(self) -> Slot | None:
        slot = self.state.current_slot()
        if slot is None:
            self.notify("No sentence under the cursor.", severity="warning")
        return slot

    def _sentence_label(self, slot: Slot) -> str:
        return f"{article_letter(slot[0])} sentence {slot[1] + 1}"

    # --- tags ---------------------------------------------------------------------------

    def _tag_change(self, slot: Slot, change: str) -> None:
        """Record the sentence's tags as the store has them now."""
        article = self.articles[slot[0]]
        self.state.set_slot_tags(slot, self.store.tags(article, article.sentences[slot[1]]))
        self.notify(change, timeout=2)
        self.refresh_all(follow=False)

    def action_toggle_tag(self, key: str) -> None:
        """Toggle the tag bound to `key` on the sentence under the cursor."""
        name = self.config.tag_for_key(key)
        slot = self._current()
        if name is None or slot is None:
            return
        article = self.articles[slot[0]]
        try:
            now = self.store.toggle(article, article.sentences[slot[1]], name)
        except TagFileError as exc:
            self.notify(str(exc), severity="error", timeout=10)
            return
        verb = "Tagged" if now else "Untagged"
        self._tag_change(slot, f"{verb} {self._sentence_label(slot)}: {name}")

    def action_free_tag(self) -> None:
        """Ask for a tag name and add it to the sentence under the cursor."""
        slot = self._current()
        if slot is None:
            return

        def add(name: str | None) -> None:
            if not name:
                return
            article = self.articles[slot[0]]
            try:
                self.store.add(article, article.sentences[slot[1]], name)
            except (TagFileError, ValueError) as exc:
                self.notify(str(exc), severity="error", timeout=10)
                return
            self._tag_change(slot, f"Tagged {self._sentence_label(slot)}: {name}")

        known = dict.fromkeys([*(tag.name for tag in self.config.tags), *self.store.names()])
        self.app.push_screen(TagPrompt(self.state.text(slot), tuple(known)), add)

    def action_clear_tags(self) -> None:
        """Remove every tag of the sentence under the cursor."""
        slot = self._current()
        if slot is None:
            return
        if slot not in self.state.tags:
            self.notify(f"{self._sentence_label(slot)} has no tags.", timeout=2)
            return
        article = self.articles[slot[0]]
        sentence = article.sentences[slot[1]]
        cleared = self.store.tags(article, sentence)
        try:
            self.store.clear(article, sentence)
        except TagFileError as exc:
            self.notify(str(exc), severity="error", timeout=10)
            return
        self._cleared = (slot, cleared)
        names = ", ".join(cleared)
        undo = bound_key(self.app, "restore_tags")
        again = f": {undo} puts them back" if undo else ""
        self._tag_change(slot, f"Cleared the tags of {self._sentence_label(slot)} ({names}){again}")

    def action_restore_tags(self) -> None:
        """Put back the tags `x` last cleared, on the sentence they were cleared from."""
        if self._cleared is None:
            self.notify("No cleared tags to put back.", timeout=2)
            return
        slot, names = self._cleared
        article = self.articles[slot[0]]
        try:
            self.store.add_all(article, article.sentences[slot[1]], names)
        except TagFileError as exc:
            self.notify(str(exc), severity="error", timeout=10)
            return
        self._cleared = None
        self._tag_change(slot, f"Put back the tags of {self._sentence_label(slot)}: {', '.join(names)}")

    # --- alignment corrections -----------------------------------------------------------

    def action_mark(self) -> None:
        """Mark the sentence under the cursor, to link it to one of another pane."""
        slot = self._current()
        if slot is None:
            return
        self.state.mark = None if self.state.mark == slot else slot
        if self.state.mark is not None:
            self.notify(
                f"Marked {self._sentence_label(slot)}: go to a sentence of another pane, press L", timeout=3
            )
        self.refresh_all(follow=False)

    def action_link(self) -> None:
        """Tell the aligner the marked sentence and this one cover the same point."""
        slot, mark = self._current(), self.state.mark
        if slot is None:
            return
        if mark is None:
            self.notify("Mark a sentence first (m), then link it here with L.", severity="warning")
            return
        if mark[0] == slot[0]:
            self.notify("Link sentences of two different sources.", severity="warning")
            return
        a, b = self.articles[mark[0]], self.articles[slot[0]]
        try:
            self.store.link(a, a.sentences[mark[1]], b, b.sentences[slot[1]])
        except (TagFileError, ValueError) as exc:
            self.notify(str(exc), severity="error", timeout=10)
            return
        self.state.mark = None
        self.notify(
            f"Linked {self._sentence_label(mark)} with {self._sentence_label(slot)}; realigning", timeout=3
        )
        self.start_compare()
        self.refresh_all(follow=False)

    def action_unlink(self) -> None:
        """Tell the aligner this sentence does not belong with the others of its row."""
        slot, row = self._current(), self.state.current_row()
        if slot is None or row is None:
            return
        others = [(a, i) for a in range(self.state.count) if a != slot[0] for i in row.cells[a]]
        if not others:
            self.notify("This sentence has no partner in its row.", severity="warning")
            return
        article = self.articles[slot[0]]
        try:
            for a, i in others:
                other = self.articles[a]
                self.store.unlink(article, article.sentences[slot[1]], other, other.sentences[i])
        except (TagFileError, ValueError) as exc:
            self.notify(str(exc), severity="error", timeout=10)
            return
        self.notify(f"Unlinked {self._sentence_label(slot)} from its row; realigning", timeout=3)
        self._unlinked = slot
        self.start_compare()

    def realigned(self) -> None:
        """Say where a sentence `u` took out of its row stands once the realignment lands: alone,
        or beside sentences the aligner also matches it with (which another `u` takes away)."""
        slot, self._unlinked = self._unlinked, None
        if slot is None:
            return
        row = self.state.home.get(slot)
        partners = (
            [(a, i) for a in range(self.state.count) if a != slot[0] for i in self.state.rows[row].cells[a]]
            if row is not None
            else []
        )
        if not partners:
            self.notify(f"{self._sentence_label(slot)} now stands alone", timeout=3)
            return
        labels = [self._sentence_label(p) for p in partners[:4]]
        if len(partners) > 4:
            named, more = ", ".join(labels), f" and {len(partners) - 4} more"
        else:
            named, more = ", ".join(labels[:-1]) + (" and " if len(labels) > 1 else "") + labels[-1], ""
        key = bound_key(self.app, "unlink") or "u"
        self.notify(
            f"{self._sentence_label(slot)} now stands beside {named}{more}, which the aligner also "
            f"matches it with: {key} again takes it out of this row too",
            timeout=6,
        )
