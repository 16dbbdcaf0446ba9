"""How keys are painted: one frame per key press, lines kept away from the cursor drawn exactly
as a fresh paint would draw them, the figure list kept between openings, the footer kept
while its keys stay the same."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import pytest
from textual.app import App
from textual.pilot import Pilot
from textual.strip import Strip
from textual.widgets import OptionList
from textual.widgets._footer import FooterKey

from reader.core.model import Article
from reader.ui.screens.figures import FiguresScreen
from reader.ui.screens.reading import ReadingScreen
from reader.ui.text import wrap_spans
from reader.ui.widgets.aligned_view import AlignedView
from reader.ui.widgets.footer import KeysFooter
from reader.ui.widgets.row_painter import piece_segments, text_segments
from reader.ui.widgets.status_line import StatusLine
from tests.ui.conftest import drive, make_app, search


def reading(pilot: Pilot[int]) -> ReadingScreen:
    """The reading screen of the running app."""
    screen = pilot.app.screen
    assert isinstance(screen, ReadingScreen)
    return screen


@contextmanager
def frames(monkeypatch: pytest.MonkeyPatch) -> Iterator[list[object]]:
    """Record every frame the app sends to the terminal (driver) while in the block."""
    sent: list[object] = []
    display = App._display

    def record(app: App[object], screen: object, update: object) -> None:
        sent.append(update)
        display(app, screen, update)  # type: ignore[arg-type]

    monkeypatch.setattr(App, "_display", record)
    yield sent
    monkeypatch.setattr(App, "_display", display)


async def press_and_count(pilot: Pilot[int], sent: list[object], key: str) -> int:
    """Press `key`, wait past two refresh periods, return how many frames it took."""
    sent.clear()
    await pilot.press(key)
    await pilot.pause(0.1)
    return len(sent)


def test_cursor_keys_paint_panes_strip_and_status_in_one_frame(
    kerry_hand: list[Article], tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """j and k (and h, l) repaint the panes, the source strip and the status line in a single
    frame, scrolling or not (they used to take two: the strip and the status line followed a
    frame or two later, as a message handled after the panes' frame had started)."""

    async def steps(pilot: Pilot[int]) -> None:
        state = reading(pilot).state
        status = pilot.app.screen.query_one(StatusLine)
        with frames(monkeypatch) as sent:
            for key in ["j"] * 12 + ["k"] * 12:
                before = state.cursor
                assert await press_and_count(pilot, sent, key) == 1, key
                assert state.cursor != before
                at = state.shown().index(state.cursor) + 1
                assert f"row {at}/" in status.position()
            for key in ("l", "h"):
                assert await press_and_count(pilot, sent, key) == 1, key

    drive(make_app(kerry_hand, tmp_path), steps, size=(80, 24))


def test_paging_the_panes_is_one_frame(
    greek: list[Article], tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """> shows other panes (new row heights, a new scrollable height): still one frame, the
    scrollbar included (a layout pass used to repaint the scrollbar in a frame of its own)."""

    async def steps(pilot: Pilot[int]) -> None:
        view = pilot.app.screen.query_one(AlignedView)
        with frames(monkeypatch) as sent:
            for key in ("greater_than_sign", "less_than_sign", "greater_than_sign"):
                height = view.virtual_size.height
                assert await press_and_count(pilot, sent, key) == 1, key
                assert view.virtual_size.height != height or key == "less_than_sign"

    drive(make_app(greek, tmp_path), steps, size=(80, 24))


def screen_lines(view: AlignedView) -> list[Strip]:
    """Every line of the panes as drawn now."""
    return [view.render_line(y) for y in range(view.size.height)]


def test_kept_lines_match_a_fresh_paint(kerry_hand: list[Article], tmp_path: Path) -> None:
    """Lines away from the cursor are kept between frames: after moving, marking, tagging,
    searching, diffing and changing the pivot, every line is what a fresh paint draws."""

    async def steps(pilot: Pilot[int]) -> None:
        view = pilot.app.screen.query_one(AlignedView)

        def check() -> None:
            kept = screen_lines(view)
            view.notify_style_update()  # forgets every kept line and styled text
            fresh = screen_lines(view)
            assert [list(line) for line in kept] == [list(line) for line in fresh]

        for keys in (["j", "j", "j"], ["m", "j", "l"], ["1", "k"], ["d", "j"], ["escape", "g"], ["p", "j"]):
            await pilot.press(*keys)
            check()
        await search(pilot, "troops")
        check()
        await pilot.press("semicolon", "j", "escape")
        check()

    drive(make_app(kerry_hand, tmp_path), steps, size=(100, 30))


def test_moving_without_scrolling_repaints_every_changed_line(
    kerry_hand: list[Article], tmp_path: Path
) -> None:
    """Moving the cursor without scrolling repaints only the old and the new cursor rows and
    the headers: the screen is then what a full repaint shows, after keys and clicks alike."""

    async def steps(pilot: Pilot[int]) -> None:
        view = pilot.app.screen.query_one(AlignedView)
        state = reading(pilot).state

        async def screen_after_full_repaint() -> str:
            view.refresh()
            await pilot.pause()
            return pilot.app.export_screenshot()

        for keys in (["j"], ["j", "j"], ["l"], ["k"], ["h", "j"], ["n"], ["j"]):
            scrolled = view.scroll_offset.y
            await pilot.press(*keys)
            await pilot.pause()
            partial = pilot.app.export_screenshot()
            if view.scroll_offset.y == scrolled:
                assert partial == await screen_after_full_repaint(), keys
        first = int(view.scroll_offset.y)
        on_screen = [
            n
            for n in range(len(state.shown()))
            if first <= view.row_span(n)[0] < first + view.size.height - view.header_height - 1
        ]
        target = next(n for n in on_screen if state.shown()[n] != state.cursor)
        y = view.header_height + view.row_span(target)[0] - first
        await pilot.click(AlignedView, offset=(view.geometry.panes[0][0] + 3, y))  # (toasts are on the right)
        await pilot.pause()
        assert state.cursor == state.shown()[target]
        assert pilot.app.export_screenshot() == await screen_after_full_repaint()

    drive(make_app(kerry_hand, tmp_path), steps, size=(100, 30))


def test_the_figure_list_is_kept_while_the_figures_stay(kerry_hand: list[Article], tmp_path: Path) -> None:
    """f shows the same list again while the figures are the same (it opens in one frame, not
    the several a new dialog takes), each time on the selected figure (else the first) and
    scrolled to the top; another pivot reorders the figures, and the list is made anew."""

    async def steps(pilot: Pilot[int]) -> None:
        state = reading(pilot).state
        await pilot.press("f")
        first = pilot.app.screen
        assert isinstance(first, FiguresScreen)
        options = first.query_one(OptionList)
        assert options.highlighted == 0
        await pilot.press("down", "escape")
        assert state.figure is None
        await pilot.press("f")
        assert pilot.app.screen is first
        assert options.highlighted == 0 and options.scroll_offset.y == 0  # as a new list would
        await pilot.press("down", "down", "enter")
        assert state.figure == first.order[2]
        await pilot.press("f")
        assert pilot.app.screen is first and options.highlighted == 2
        await pilot.press("escape", "l", "p")  # read in B's order: the figures are sorted again
        assert state.pivot == 1
        await pilot.press("f")
        second = pilot.app.screen
        assert isinstance(second, FiguresScreen) and second is not first
        assert second.figures is state.figures
        assert not first.is_attached  # the old list is gone
        labels = [str(option.prompt) for option in second.query_one(OptionList).options]
        assert len(labels) == len(state.figures)
        await pilot.press("enter")
        assert isinstance(pilot.app.screen, ReadingScreen)

    drive(make_app(kerry_hand, tmp_path), steps)


def test_the_footer_keeps_its_keys_across_dialogs(kerry_hand: list[Article], tmp_path: Path) -> None:
    """Opening and closing a dialog leaves the footer's keys as they were (Textual's footer
    mounts them anew each time, repainting the screen behind the dialog); keys that do change
    (paging appears when the panes no longer all fit) are shown."""

    async def steps(pilot: Pilot[int]) -> None:
        footer = pilot.app.screen.query_one(KeysFooter)
        keys = list(footer.query(FooterKey))
        assert keys
        for dialog in ("f", "question_mark"):
            await pilot.press(dialog)
            assert not isinstance(pilot.app.screen, ReadingScreen)
            await pilot.press("escape")
            await pilot.pause()
            assert list(footer.query(FooterKey)) == keys
        descriptions = {key.description for key in keys}
        assert "Sources" not in descriptions
        await pilot.resize_terminal(30, 20)  # two panes no longer fit: > pages them
        await pilot.pause(0.1)
        assert "Sources" in {key.description for key in footer.query(FooterKey)}

    drive(make_app(kerry_hand, tmp_path), steps, size=(100, 30))


def test_unstyled_pieces_are_drawn_as_styled_text_would_be(kerry_hand: list[Article], tmp_path: Path) -> None:
    """The quick path for a line with no figure, hit or tag in it gives the same segments as
    slicing and rendering the styled text does, for every wrapped line of every sentence."""

    async def steps(pilot: Pilot[int]) -> None:
        await search(pilot, "the")  # hits all over, beside the figures and plain stretches
        view = pilot.app.screen.query_one(AlignedView)
        state = reading(pilot).state
        console = pilot.app.console
        base = view._base("cursor-row")
        quick = 0
        for art, article in enumerate(state.comparison.articles):
            for index in range(len(article.sentences)):
                text = view.styler.text((art, index))
                for width in (7, 30, 80):
                    for start, end in wrap_spans(text.plain, width):
                        expected = text_segments(text[start:end], console, base)
                        assert piece_segments(text, start, end, console, base) == expected
                        quick += not any(s.start < end and s.end > start for s in text.spans)
        assert quick > 20  # the quick path was taken

    drive(make_app(kerry_hand, tmp_path), steps)
