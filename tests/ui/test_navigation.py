"""Cursor, panes, pivot, paging and the mouse, driven through the real app with Pilot."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from textual import events
from textual.pilot import Pilot

from reader.core.model import Article, Comparison
from reader.ui.keys import help_rows
from reader.ui.screens.reading import ReadingScreen
from reader.ui.widgets.aligned_view import AlignedView
from reader.ui.widgets.source_strip import SourceStrip
from reader.ui.widgets.status_line import StatusLine
from tests.ui.conftest import article, drive, hand_comparison, make_app


def reading(pilot: Pilot[int]) -> ReadingScreen:
    """The reading screen of the running app."""
    screen = pilot.app.screen
    assert isinstance(screen, ReadingScreen)
    return screen


def test_cursor_keys_move_down_and_up_through_shown_rows(kerry_hand: list[Article], tmp_path: Path) -> None:
    """j/down and k/up step one row; g/G go to the ends; page keys move a screenful."""

    async def steps(pilot: Pilot[int]) -> None:
        state = reading(pilot).state
        shown = state.shown()
        state.focus = state.pivot
        assert state.cursor == shown[0]
        await pilot.press("j")
        assert state.cursor == shown[1]
        await pilot.press("down", "down")
        assert state.cursor == shown[3]
        await pilot.press("k")
        assert state.cursor == shown[2]
        await pilot.press("up")
        assert state.cursor == shown[1]
        await pilot.press("G")
        assert state.cursor == shown[-1]
        await pilot.press("g")
        assert state.cursor == shown[0]
        await pilot.press("pagedown")
        after_page = shown.index(state.cursor)
        assert after_page > 1
        await pilot.press("pageup")
        assert state.cursor == shown[0]
        await pilot.press("end")
        assert state.cursor == shown[-1]
        view = pilot.app.screen.query_one(AlignedView)
        assert view.scroll_offset.y > 0, "the view follows the cursor to the end"
        await pilot.press("home")
        assert view.scroll_offset.y == 0

    drive(make_app(kerry_hand, tmp_path), steps)


def test_cursor_row_is_highlighted_in_every_pane(kerry_hand: list[Article], tmp_path: Path) -> None:
    """The cursor row shows its coverage label reversed and the cursor bar on the current sentence."""

    async def steps(pilot: Pilot[int]) -> None:
        state = reading(pilot).state
        view = pilot.app.screen.query_one(AlignedView)
        await pilot.press("n")  # a row both sources cover: the troop figures
        row = state.current_row()
        assert row is not None and row.coverage == 2
        lines = [view.render_line(y) for y in range(view.size.height)]
        cursor_lines = [s for s in lines if "▌" in s.text]
        assert cursor_lines, "the current sentence carries the cursor bar"
        assert any("2/2" in s.text for s in cursor_lines)

    drive(make_app(kerry_hand, tmp_path), steps)


def test_pane_focus_moves_with_h_and_l(kerry_hand: list[Article], tmp_path: Path) -> None:
    """l focuses the next pane, h the previous; the status of the current sentence follows."""

    async def steps(pilot: Pilot[int]) -> None:
        state = reading(pilot).state
        await pilot.press("n")
        assert state.current_slot() == (0, 4)
        await pilot.press("l")
        assert state.focus == 1
        assert state.current_slot() == (1, 2)
        await pilot.press("h")
        assert state.focus == 0
        await pilot.press("left")
        assert state.focus == 0, "no pane left of the pivot"

    drive(make_app(kerry_hand, tmp_path), steps)


def test_pivot_key_changes_the_reading_order(kerry_hand: list[Article], tmp_path: Path) -> None:
    """p makes the focused pane the pivot and keeps the cursor on the same sentence."""

    async def steps(pilot: Pilot[int]) -> None:
        state = reading(pilot).state
        assert state.pivot == 0
        await pilot.press("n", "l")
        assert state.current_slot() == (1, 2)
        await pilot.press("p")
        assert state.pivot == 1
        assert state.visible()[0] == 1
        assert state.current_slot() == (1, 2)
        pivot_rows = [r for r in state.rows if r.cells[1]]
        assert [r.cells[1] for r in pivot_rows] == [(i,) for i in range(len(kerry_hand[1].sentences))]
        await pilot.press("p")  # on the pivot: the next article
        assert state.pivot == 0
        help_text = dict((keys, more) for keys, _, more in help_rows(pilot.app, reading(pilot).config, {}))
        assert "on the pivot: the next source" in help_text["p"], "the help says what p does there"

    drive(make_app(kerry_hand, tmp_path), steps)


def test_more_sources_than_fit_page_beside_the_pivot(greek: list[Article], tmp_path: Path) -> None:
    """At 80 columns two panes fit: the pivot stays, > and < page through the other five."""

    async def steps(pilot: Pilot[int]) -> None:
        state = reading(pilot).state
        assert state.slots == 2
        assert state.visible() == [0, 1]
        await pilot.press("greater_than_sign")
        assert state.visible() == [0, 2]
        await pilot.press(">", ">", ">")
        assert state.visible() == [0, 5]
        await pilot.press(">")
        assert state.visible() == [0, 5], "stays on the last page"
        await pilot.press("<")
        assert state.visible() == [0, 4]
        strip = pilot.app.screen.query_one(SourceStrip)
        assert "A" in str(strip.render()) and "F" in str(strip.render())

    drive(make_app(greek, tmp_path), steps, size=(80, 24))


def test_focus_past_the_last_pane_pages(greek: list[Article], tmp_path: Path) -> None:
    """l on the last visible pane brings the next source into view."""

    async def steps(pilot: Pilot[int]) -> None:
        state = reading(pilot).state
        await pilot.press("l", "l")
        assert state.focus == 2
        assert state.visible() == [0, 2]

    drive(make_app(greek, tmp_path), steps, size=(80, 24))


def test_mouse_click_moves_the_cursor_and_wheel_scrolls(kerry_hand: list[Article], tmp_path: Path) -> None:
    """Clicking a sentence of the right pane puts the cursor there; the wheel scrolls."""

    async def steps(pilot: Pilot[int]) -> None:
        state = reading(pilot).state
        view = pilot.app.screen.query_one(AlignedView)
        target = next(i for i, r in enumerate(state.shown()) if i > 0 and state.rows[r].cells[1])
        x = view.geometry.panes[1][0] + 5
        y = view.header_height + view.row_span(target)[0]
        await pilot.click(AlignedView, offset=(x, y))
        assert state.cursor == state.shown()[target]
        assert state.current_article() == 1
        before = view.scroll_offset.y
        for _ in range(3):
            view.post_message(events.MouseScrollDown(view, x, y, 0, 1, 0, False, False, False))
        await pilot.pause()
        assert view.scroll_offset.y > before

    drive(make_app(kerry_hand, tmp_path), steps)


def _wheel(view: AlignedView, down: bool, notches: int) -> None:
    """Turn the mouse wheel over the panes."""
    event = events.MouseScrollDown if down else events.MouseScrollUp
    for _ in range(notches):
        view.post_message(event(view, 10, 10, 0, 1 if down else -1, 0, False, False, False))


def _on_screen(view: AlignedView, state_cursor: int, shown: list[int]) -> tuple[int, int, int, int]:
    """(row top, row bottom, screen top, screen bottom) in content lines, for the cursor row."""
    top, height = view.row_span(shown.index(state_cursor))
    first = int(view.scroll_offset.y)
    return top, top + height, first, first + view.scrollable_content_region.height - view.header_height


def test_the_wheel_takes_the_cursor_along_and_keys_go_on_from_there(
    kerry_hand: list[Article], tmp_path: Path
) -> None:
    """Scrolling with the wheel keeps the cursor row whole on screen (as vim does): once part of
    it has scrolled off, the cursor moves to the first row wholly on screen (wheel down) or the
    last one (wheel up), the status line follows, and j/k then go on from the rows in view
    instead of jumping back to where the cursor was."""

    async def steps(pilot: Pilot[int]) -> None:
        state = reading(pilot).state
        view = pilot.app.screen.query_one(AlignedView)
        status = pilot.app.screen.query_one(StatusLine)
        shown = state.shown()
        assert state.cursor == shown[0]
        _wheel(view, down=True, notches=1)
        await pilot.pause()
        assert view.scroll_offset.y > 0
        top, bottom, first, end = _on_screen(view, state.cursor, shown)
        assert first <= top and bottom <= end

        _wheel(view, down=True, notches=6)
        await pilot.pause()
        scrolled = view.scroll_offset.y
        assert scrolled > 0
        top, bottom, first, end = _on_screen(view, state.cursor, shown)
        assert first <= top < end, "the cursor came along to the first row on screen"
        at = shown.index(state.cursor)
        assert at > 0 and view.row_span(at - 1)[0] < first, "...the first one starting on screen"
        assert f"row {at + 1}/{len(shown)}" in status.position()
        await pilot.press("j")
        assert state.cursor == shown[at + 1], "j goes on from the row in view"
        assert view.scroll_offset.y == scrolled, "no jump back to where the cursor was"

        await pilot.press("G")
        _wheel(view, down=False, notches=20)
        await pilot.pause()
        assert state.cursor != shown[-1]
        top, bottom, first, end = _on_screen(view, state.cursor, shown)
        assert first <= top and bottom <= end, "wheel up: the cursor on the last row that fits"
        at = shown.index(state.cursor)
        assert view.row_span(at + 1)[0] + view.row_span(at + 1)[1] > end
        up = view.scroll_offset.y
        await pilot.press("k")
        assert state.cursor == shown[at - 1] and view.scroll_offset.y == up

    drive(make_app(kerry_hand, tmp_path), steps, size=(80, 24))


def test_the_cursor_stays_put_while_its_row_is_on_screen(kerry_hand: list[Article], tmp_path: Path) -> None:
    """A wheel turn that keeps the cursor row whole on screen leaves the cursor alone; keys
    that scroll to the cursor (n here) never have it moved by their own scrolling."""

    async def steps(pilot: Pilot[int]) -> None:
        state = reading(pilot).state
        view = pilot.app.screen.query_one(AlignedView)
        shown = state.shown()
        await pilot.press("G")
        while _on_screen(view, state.cursor, shown)[1] > _on_screen(view, state.cursor, shown)[3] - 8:
            await pilot.press("k")  # a row well above the bottom of the screen
        cursor, before = state.cursor, view.scroll_offset.y
        _wheel(view, down=False, notches=1)
        await pilot.pause()
        assert view.scroll_offset.y < before
        top, bottom, first, end = _on_screen(view, cursor, shown)
        assert first <= top and bottom <= end
        assert state.cursor == cursor  # moved down the screen, still whole on it: left alone
        await pilot.press("g")
        assert state.cursor == shown[0] and view.scroll_offset.y == 0
        await pilot.press("n")  # jumps (and scrolls) to a figure: the cursor is where n put it
        assert state.figure is not None
        assert state.current_slot() == state.figures[state.figure].slot

    drive(make_app(kerry_hand, tmp_path), steps, size=(80, 24))


def test_tiny_and_small_terminals_degrade_without_crashing(greek: list[Article], tmp_path: Path) -> None:
    """At 40x12 and 80x24 every key still works; panes shrink but never vanish."""
    for size in ((40, 12), (30, 8)):

        async def steps(pilot: Pilot[int]) -> None:
            state = reading(pilot).state
            for key in ("j", "l", ">", "n", "p", "d", "G", "pagedown", "<", "F"):
                await pilot.press(key)
            assert state.slots >= 1
            view = pilot.app.screen.query_one(AlignedView)
            for y in range(view.size.height):
                assert len(view.render_line(y).text) == view.geometry.width

        drive(make_app(greek, tmp_path / f"{size[0]}"), steps, size=size)


def test_resizing_rewraps_and_keeps_the_cursor(greek: list[Article], tmp_path: Path) -> None:
    """Growing the terminal fits more panes; shrinking it back pages again; the cursor stays."""

    async def steps(pilot: Pilot[int]) -> None:
        state = reading(pilot).state
        await pilot.press("j", "j")
        slot = state.current_slot()
        assert state.slots == 2
        await pilot.resize_terminal(160, 45)
        await pilot.pause()
        assert state.slots == 4
        assert state.current_slot() == slot
        await pilot.resize_terminal(40, 12)
        await pilot.pause()
        assert state.slots == 2
        assert state.current_slot() == slot

    drive(make_app(greek, tmp_path), steps, size=(80, 24))


def test_theme_change_restyles_the_panes(kerry_hand: list[Article], tmp_path: Path) -> None:
    """Switching theme (nord) rebuilds the styled sentences with the new colours."""

    async def steps(pilot: Pilot[int]) -> None:
        view = pilot.app.screen.query_one(AlignedView)
        await pilot.press("n")
        dark = view.styler.text((0, 4)).spans[0].style
        pilot.app.theme = "nord"
        await pilot.pause()
        light = view.styler.text((0, 4)).spans[0].style
        assert dark != light
        assert view.render_line(view.size.height - 1) is not None

    drive(make_app(kerry_hand, tmp_path), steps)


def test_stepping_through_a_tall_cell_keeps_each_sentence_in_view(
    tmp_path: Path, hand_compare: Callable[[Callable[..., Comparison]], None]
) -> None:
    """When one pane's cell is taller than the screen, j walks its sentences and scrolls to each."""
    long = "word " * 30
    a = article("a1", ["Short one.", "Short two.", "Short three."], source="A")
    b = article("a2", [f"Sentence {n}: {long}" for n in range(8)], source="B")
    hand_compare(lambda arts, **_: hand_comparison(arts, [[("a1", 0), *[("a2", n) for n in range(8)]]]))

    async def steps(pilot: Pilot[int]) -> None:
        state = reading(pilot).state
        view = pilot.app.screen.query_one(AlignedView)
        await pilot.press("l")
        for n in range(8):
            assert state.current_slot() == (1, n)
            screen = [view.render_line(y).text for y in range(view.size.height)]
            assert any("▌" in line and f"Sentence {n}:" in line for line in screen), n
            await pilot.press("j")
        assert state.current_slot() == (0, 1), "past the cell: the next row"

    drive(make_app([a, b], tmp_path), steps, size=(60, 16))


def test_a_single_article_works(kerry: list[Article], tmp_path: Path) -> None:
    """One article alone: one pane, every key still safe."""

    async def steps(pilot: Pilot[int]) -> None:
        state = reading(pilot).state
        for key in ("j", "l", ">", "n", "p", "d", "m", "L", "u", "G", "1", "F"):
            await pilot.press(key)
        assert state.visible() == [0]
        assert state.tags

    drive(make_app(kerry[:1], tmp_path), steps, size=(80, 24))


def test_l_from_the_pivot_goes_to_the_pane_beside_it(greek: list[Article], tmp_path: Path) -> None:
    """After > has paged to D, l from the pivot focuses D, the pane on screen beside it (it
    used to focus B and page back, undoing the >); h and l then walk the sources in order."""

    async def steps(pilot: Pilot[int]) -> None:
        state = reading(pilot).state
        await pilot.press(">", ">")
        assert state.visible() == [0, 3]
        await pilot.press("l")
        assert state.focus == 3
        assert state.visible() == [0, 3]
        await pilot.press("h")
        assert (state.focus, state.visible()) == (2, [0, 2])
        await pilot.press("h", "h")
        assert state.focus == 0

    drive(make_app(greek, tmp_path), steps, size=(80, 24))


def test_shrinking_the_terminal_keeps_the_focused_pane_and_the_cursor(
    greek: list[Article], tmp_path: Path
) -> None:
    """With the cursor on a sentence of the sixth source, shrinking the terminal from four
    panes to two pages to that source: the cursor stays on its sentence (it used to fall on
    a row of the sources left on screen)."""

    async def steps(pilot: Pilot[int]) -> None:
        state = reading(pilot).state
        await pilot.press("l", "l", "l", "l", "l")
        assert state.focus == 5
        # a sentence only the sixth source has: its row has nothing in the other panes
        unique = next(n for n, row in enumerate(state.rows) if row.unique and row.cells[5])
        state.goto((5, state.rows[unique].cells[5][0]))
        reading(pilot).refresh_all()
        await pilot.pause()
        slot = state.current_slot()
        assert slot is not None and slot[0] == 5
        await pilot.resize_terminal(80, 24)
        await pilot.pause()
        assert state.slots == 2
        assert state.visible() == [0, 5]
        assert state.current_slot() == slot

    drive(make_app(greek, tmp_path), steps, size=(160, 45))


def test_j_and_k_scroll_through_a_sentence_taller_than_the_screen(
    tmp_path: Path, hand_compare: Callable[[Callable[..., Comparison]], None]
) -> None:
    """At 40x12 a long sentence fills more than the screen: j shows the rest of it before the
    cursor leaves it, k goes back up through it (j used to skip to the next sentence, leaving
    its end unread)."""
    words = " ".join(f"w{n}" for n in range(120))
    a = article("a1", [f"Start {words} END.", "Next sentence."], source="A")
    b = article("a2", ["Next one."], source="B")
    hand_compare(lambda arts, **_: hand_comparison(arts, [[("a1", 1), ("a2", 0)]]))

    async def steps(pilot: Pilot[int]) -> None:
        state = reading(pilot).state
        view = pilot.app.screen.query_one(AlignedView)

        def screen() -> str:
            return "\n".join(view.render_line(y).text for y in range(view.size.height))

        assert "Start" in screen() and "END." not in screen()
        for _ in range(30):
            if "END." in screen():
                break
            await pilot.press("j")
            assert state.current_slot() == (0, 0), "the cursor stays on the long sentence"
        assert "END." in screen()
        await pilot.press("j")
        assert state.current_slot() == (0, 1)
        await pilot.press("k")
        assert state.current_slot() == (0, 0)
        assert "Start" in screen()

    drive(make_app([a, b], tmp_path), steps, size=(40, 12))


def test_a_jump_to_a_flagged_figure_brings_its_other_side_into_view(
    greek: list[Article], tmp_path: Path
) -> None:
    """With three panes on screen, the pivot and two of the five others, a flagged figure of one
    source set against the next one pages so that both sides show (not only the figure's own)."""

    async def steps(pilot: Pilot[int]) -> None:
        state = reading(pilot).state
        assert state.slots == 3
        await pilot.pause()
        picked = next(
            (k, f.slot[0], other)
            for k, f in enumerate(state.figures)
            if (other := state._other_side(f)) is not None
            and 0 not in (f.slot[0], other)
            and other - f.slot[0] == 1
            and f.slot[0] in state.visible()
            and other not in state.visible()
        )
        index, mine, other = picked
        state.select_figure(index)
        assert state.visible() == [0, mine, other]
        assert state.focus == mine

    drive(make_app(greek, tmp_path), steps, size=(120, 35))


def test_reveal_pair_pages_to_both_articles_when_they_fit() -> None:
    """`PaneState.reveal_pair`: both on one page when they fit, else the article alone."""
    from types import SimpleNamespace

    from reader.ui.panes import PaneState

    panes = PaneState(SimpleNamespace(articles=[object()] * 6))  # type: ignore[arg-type]
    panes.set_slots(3)  # the pivot and two others
    assert panes.visible() == [0, 1, 2]
    panes.reveal_pair(2, 3)
    assert panes.visible() == [0, 2, 3]
    panes.reveal_pair(5, 2)  # too far apart: the article alone
    assert 5 in panes.visible() and 2 not in panes.visible()
    panes.reveal_pair(0, 4)  # the pivot is always on screen
    assert panes.visible() == [0, 4, 5]
