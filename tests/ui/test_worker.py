"""Comparing runs in a worker: the panes show the articles before alignment lands."""

from __future__ import annotations

import asyncio
import threading
from collections.abc import Callable
from pathlib import Path

from reader.core.model import Article, Comparison
from reader.ui.screens.reading import ReadingScreen
from reader.ui.widgets.aligned_view import AlignedView
from reader.ui.widgets.source_strip import SourceStrip
from tests.ui.conftest import kerry_comparison, make_app


def _held_back(
    release: threading.Event, started: threading.Event, seconds: float
) -> Callable[..., Comparison]:
    """A comparison that says it has started, then waits for `release` (at most `seconds`)."""

    def slow(articles: list[Article], **_: object) -> Comparison:
        started.set()
        release.wait(seconds)
        return kerry_comparison(articles)

    return slow


def test_articles_show_at_once_and_alignment_fills_in(
    kerry: list[Article], tmp_path: Path, hand_compare: Callable[[Callable[..., Comparison]], None]
) -> None:
    """While the comparison is held back the sentences are on screen, unaligned; then rows pair up."""
    release = threading.Event()
    hand_compare(_held_back(release, threading.Event(), 10))
    app = make_app(kerry, tmp_path)

    async def main() -> None:
        async with app.run_test(size=(100, 30)) as pilot:
            await pilot.pause()
            screen = app.screen
            assert isinstance(screen, ReadingScreen)
            assert screen.comparing
            assert "aligning" in str(screen.query_one(SourceStrip).render())
            view = screen.query_one(AlignedView)
            text = "\n".join(view.render_line(y).text for y in range(view.size.height))
            assert "Report A" in text and "Report B" in text
            assert not any(row.coverage == 2 for row in screen.state.rows)
            release.set()
            await app.workers.wait_for_complete()
            await pilot.pause()
            assert not screen.comparing
            assert any(row.coverage == 2 for row in screen.state.rows)
            assert screen.state.cursor == 0, "the cursor starts at the top once alignment lands"

    asyncio.run(main())


def test_quitting_does_not_wait_for_a_comparison_still_running(
    kerry: list[Article], tmp_path: Path, hand_compare: Callable[[Callable[..., Comparison]], None]
) -> None:
    """q while a long comparison runs: the app ends at once, the comparison's thread (a daemon,
    which the process does not wait for) left behind; its late result is dropped."""
    release = threading.Event()
    started = threading.Event()
    hand_compare(_held_back(release, started, 30))
    app = make_app(kerry, tmp_path)

    async def main() -> None:
        async with app.run_test(size=(100, 30)) as pilot:
            await pilot.pause()
            assert started.wait(5)
            await pilot.press("q")
            await pilot.pause()

    try:
        asyncio.run(main())
        # the app has ended while the comparison is still held back
        running = [t for t in threading.enumerate() if t.name == "reader-compare"]
        assert running and all(t.daemon and t.is_alive() for t in running)
    finally:
        release.set()
    for thread in running:
        thread.join(5)
        assert not thread.is_alive()


def test_a_place_reached_while_aligning_is_kept_when_alignment_lands(
    kerry: list[Article], tmp_path: Path, hand_compare: Callable[[Callable[..., Comparison]], None]
) -> None:
    """Reading while the comparison runs: the sentence under the cursor stays under it."""
    release = threading.Event()
    hand_compare(_held_back(release, threading.Event(), 10))
    app = make_app(kerry, tmp_path)

    async def main() -> None:
        async with app.run_test(size=(100, 30)) as pilot:
            await pilot.pause()
            screen = app.screen
            assert isinstance(screen, ReadingScreen)
            assert screen.comparing
            for _ in range(6):
                await pilot.press("j")
            await pilot.press("l")  # the second pane
            slot = screen.state.current_slot()
            assert slot is not None and slot[0] == 1 and screen.state.cursor > 0
            release.set()
            await app.workers.wait_for_complete()
            await pilot.pause()
            assert not screen.comparing
            assert any(row.coverage == 2 for row in screen.state.rows)
            assert screen.state.current_slot() == slot

    asyncio.run(main())
