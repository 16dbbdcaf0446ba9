"""Flagged figures: n/N jumps, labels, wrap notices, the list, the status line, word diffs."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest
from textual.pilot import Pilot
from textual.widgets import Label, OptionList

from reader.core.model import Article, Comparison
from reader.ui.screens.figures import FiguresScreen
from reader.ui.screens.reading import ReadingScreen
from reader.ui.widgets.aligned_view import AlignedView
from reader.ui.widgets.status_line import StatusLine
from tests.ui.conftest import drive, make_app


def reading(pilot: Pilot[int]) -> ReadingScreen:
    """The reading screen of the running app."""
    screen = pilot.app.screen
    assert isinstance(screen, ReadingScreen)
    return screen


def notes(pilot: Pilot[int], monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """Collect the messages the app notifies from now on."""
    seen: list[str] = []
    original = pilot.app.notify

    def record(message: str, **kwargs: object) -> None:
        seen.append(message)
        original(message, **kwargs)  # type: ignore[arg-type]

    monkeypatch.setattr(pilot.app, "notify", record)
    return seen


def status(pilot: Pilot[int]) -> str:
    """The status line's text."""
    return pilot.app.screen.query_one(StatusLine).describe().plain


def test_n_lands_on_the_troop_figures_and_explains_them(
    kerry_hand: list[Article], tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """On the Kerry-Lavrov pair the first n selects "30,000-100,000"; the status line explains it."""

    async def steps(pilot: Pilot[int]) -> None:
        state = reading(pilot).state
        seen = notes(pilot, monkeypatch)
        await pilot.press("n")
        assert state.figure is not None
        figure = state.figures[state.figure]
        assert state.text(figure.slot)[figure.start : figure.end] == "30,000-100,000"
        assert state.current_slot() == (0, 4)
        assert "CONFLICT 1/3" in status(pilot)
        assert "22,000 is below 30,000-100,000" in status(pilot)
        await pilot.press("n")
        figure = state.figures[state.figure]
        assert state.text(figure.slot)[figure.start : figure.end] == "40,000"
        assert state.current_slot() == (1, 2)
        assert "COMPATIBLE 2/3" in status(pilot)
        assert "40,000 lies inside 30,000-100,000" in status(pilot)
        await pilot.press("n")
        assert state.text(state.figures[state.figure].slot).count("22,000") == 1
        await pilot.press("n")
        assert state.figure == 0
        assert any("Wrapped to the first" in note for note in seen)
        await pilot.press("N")
        assert state.figure == 2
        assert any("Wrapped to the last" in note for note in seen)
        await pilot.press("N")
        assert state.figure == 1

    drive(make_app(kerry_hand, tmp_path), steps)


def test_figures_are_styled_inline_without_relying_on_colour(
    kerry_hand: list[Article], tmp_path: Path
) -> None:
    """A conflicting figure is bold reverse, a compatible one bold underline: visible under NO_COLOR."""

    async def steps(pilot: Pilot[int]) -> None:
        view = pilot.app.screen.query_one(AlignedView)
        conflict = view.styler.text((0, 4))
        compatible = view.styler.text((1, 2))
        styles = {conflict.plain[s.start : s.end]: s.style for s in conflict.spans}
        assert styles["30,000-100,000"].reverse and styles["30,000-100,000"].bold  # type: ignore[union-attr]
        styles = {compatible.plain[s.start : s.end]: s.style for s in compatible.spans}
        assert styles["40,000"].underline and not styles["40,000"].reverse  # type: ignore[union-attr]

    drive(make_app(kerry_hand, tmp_path), steps)


def test_figure_list_picks_a_figure(kerry_hand: list[Article], tmp_path: Path) -> None:
    """f lists every flagged figure, the conflicts first; choosing the third jumps to it."""

    async def steps(pilot: Pilot[int]) -> None:
        state = reading(pilot).state
        await pilot.press("f")
        screen = pilot.app.screen
        assert isinstance(screen, FiguresScreen)
        kinds = [state.figures[n].is_conflict for n in screen.order]
        assert kinds == sorted(kinds, reverse=True), "the conflicts first"
        await pilot.press("down", "down", "enter")
        assert isinstance(pilot.app.screen, ReadingScreen)
        assert state.figure == screen.order[2]
        assert state.current_slot() == state.figures[screen.order[2]].slot
        await pilot.press("f", "escape")
        assert isinstance(pilot.app.screen, ReadingScreen)
        assert state.figure == screen.order[2]

    drive(make_app(kerry_hand, tmp_path), steps)


def test_figure_list_tells_each_flag_once(kerry_hand: list[Article], tmp_path: Path) -> None:
    """The list counts flags, not mentions, and tells a flag's figures and reason at its first
    mention; its later mentions name what it counts and where it was first told."""

    async def steps(pilot: Pilot[int]) -> None:
        state = reading(pilot).state
        await pilot.press("f")
        screen = pilot.app.screen
        assert isinstance(screen, FiguresScreen)
        flags = {f.conflict.id for f in state.figures}
        title = str(screen.query_one(".dialog-title", Label).render())
        assert title.endswith(f"({len(state.figures)} mentions)")
        options = screen.query_one(OptionList)
        prompts = [str(options.get_option_at_index(k).prompt) for k in range(options.option_count)]
        assert len(prompts) == len(state.figures)
        told = [p for p in prompts if ", as at " not in p]
        assert len(told) == len(flags)  # one full line per flag
        assert any(", as at " in p for p in prompts) == (len(state.figures) > len(flags))

    drive(make_app(kerry_hand, tmp_path), steps)


def test_figure_list_moves_with_the_panes_keys(kerry_hand: list[Article], tmp_path: Path) -> None:
    """In the figure list j/k, g/G move as in the panes (j used to do nothing): j j Enter
    picks the third figure, G Enter the last, g Enter the first."""

    async def steps(pilot: Pilot[int]) -> None:
        state = reading(pilot).state
        await pilot.press("f")
        screen = pilot.app.screen
        assert isinstance(screen, FiguresScreen)
        await pilot.press("j", "j", "k", "j", "enter")
        assert isinstance(pilot.app.screen, ReadingScreen)
        assert state.figure == screen.order[2]
        await pilot.press("f", "g", "enter")
        assert state.figure == screen.order[0]
        await pilot.press("f", "G", "enter")
        assert state.figure == screen.order[-1]

    drive(make_app(kerry_hand, tmp_path), steps)


def test_no_figures_gives_a_notice(kerry: list[Article], tmp_path: Path, hand_compare, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    """Without flagged figures n says so instead of moving."""
    from reader.core.model import Comparison

    hand_compare(lambda articles, **_: Comparison(tuple(articles)))

    async def steps(pilot: Pilot[int]) -> None:
        seen = notes(pilot, monkeypatch)
        before = reading(pilot).state.cursor
        await pilot.press("n")
        assert reading(pilot).state.cursor == before
        assert any("No flagged figures" in note for note in seen)

    drive(make_app(kerry, tmp_path), steps)


def test_word_diff_toggles_on_the_cursor_row(kerry_hand: list[Article], tmp_path: Path) -> None:
    """d marks the words of the cursor row that the other side lacks; d again turns it off."""

    async def steps(pilot: Pilot[int]) -> None:
        state = reading(pilot).state
        view = pilot.app.screen.query_one(AlignedView)
        await pilot.press("n")
        diff_style = view.get_component_rich_style("aligned-view--diff", partial=True)

        def diffed() -> set[str]:
            text = view.styler.cursor_text((1, 2), state.visible())
            return {text.plain[s.start : s.end] for s in text.spans if s.style == diff_style}

        assert not diffed()
        await pilot.press("d")
        assert state.diff
        words = diffed()
        assert "Lavrov" in words and "troops" not in words
        await pilot.press("d")
        assert not diffed()

    drive(make_app(kerry_hand, tmp_path), steps)


def test_the_status_line_gives_the_reason_not_the_figures_twice(tmp_path: Path) -> None:
    """The summary already names each source's figure; of the explanation the status line and
    the figure list keep the reason, so that it fits on one line."""
    from reader.core.loading import load_articles
    from reader.core.pipeline import compare_articles
    from reader.ui.marks import find_figures
    from reader.ui.widgets.status_line import figure_reason
    from tests.ui.conftest import SAMPLES

    comparison = compare_articles(load_articles([SAMPLES / "kerry_lavrov"]))
    figures = find_figures(comparison)
    assert figures
    reason = figure_reason(figures[0])
    assert reason == "40,000 lies inside the range"
    assert "Report A" in figures[0].conflict.explanation  # the contract keeps the whole sentence


def _shared_mentions(articles: list[Article]) -> Comparison:
    """Kerry-Lavrov with a conflict of the range and 22,000 and a compatible difference of the
    same two figures told again (a flag none of whose figures is its own), and a flag of three
    sources' worth of mentions."""
    from tests.ui.conftest import hand_comparison

    return hand_comparison(
        articles,
        links=[[("a1", 4), ("a2", 2)]],
        figures=[
            (
                "conflict",
                "troops",
                [("a1", 4, "30,000-100,000"), ("a2", 11, "22,000")],
                "22,000 is below 30,000-100,000",
            ),
            (
                "compatible",
                "troops on the border",
                [("a1", 4, "30,000-100,000"), ("a2", 11, "22,000")],
                "one is told as a range",
            ),
        ],
    )


def test_a_flag_whose_figures_another_flag_took_is_still_told(
    kerry: list[Article], tmp_path: Path, hand_compare: Callable[[Callable[..., Comparison]], None]
) -> None:
    """Every flag is found by n and listed by f, as `reader compare` reports it, even when a
    conflict also holds all its figures: the conflict comes first at a shared figure."""
    hand_compare(lambda articles, **_: _shared_mentions(articles))

    async def steps(pilot: Pilot[int]) -> None:
        state = reading(pilot).state
        assert {f.conflict.id for f in state.figures} == {0, 1}
        await pilot.press("n")
        assert "CONFLICT 1/4" in status(pilot)
        await pilot.press("n")
        assert "COMPATIBLE 2/4" in status(pilot) and "one is told as a range" in status(pilot)
        assert state.current_slot() == (0, 4)
        await pilot.press("f")
        screen = pilot.app.screen
        assert isinstance(screen, FiguresScreen)
        title = str(screen.query_one(".dialog-title", Label).render())
        assert title.startswith("Flagged figures: 1 conflicting, 1 compatible")

    drive(make_app(kerry, tmp_path), steps)


def test_the_first_n_moves_past_the_figure_the_status_line_already_tells(
    greek: list[Article], tmp_path: Path
) -> None:
    """On the Greek six the status line tells the first row's flag at once; n goes to the next."""

    async def steps(pilot: Pilot[int]) -> None:
        state = reading(pilot).state
        assert state.figure is None and " 1/" in status(pilot)
        await pilot.press("n")
        assert state.figure == 1 and " 2/" in status(pilot)
        await pilot.press("N")
        assert state.figure == 0 and " 1/" in status(pilot)

    drive(make_app(greek, tmp_path), steps, size=(120, 30))


def test_the_status_line_tells_the_reason_before_a_long_roll_call(
    greek: list[Article], tmp_path: Path
) -> None:
    """A flag of many mentions: the figure at the cursor, one of another source and the reason
    come first, the others after ("also ..."), each source's way of writing a value once."""

    async def steps(pilot: Pilot[int]) -> None:
        line = status(pilot)
        assert "people killed: A Three · B at least three — " in line
        assert " · also " in line and line.index(" — ") < line.index(" · also ")
        assert "C Three · C three" not in line

    drive(make_app(greek, tmp_path), steps, size=(120, 30))


def test_c_lets_n_stop_at_conflicts_only(
    kerry_hand: list[Article], tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """c: n and N skip the compatible 40,000 and stop at the two conflicting figures; c again
    brings it back. With no conflict at all, n says so."""

    async def steps(pilot: Pilot[int]) -> None:
        state = reading(pilot).state
        seen = notes(pilot, monkeypatch)
        await pilot.press("c")
        assert state.conflicts_only and "conflicts only" in seen[-1]
        stops = []
        for _ in range(3):
            await pilot.press("n")
            assert state.figure is not None
            stops.append(state.figures[state.figure])
        assert all(f.is_conflict for f in stops)
        assert {f.slot for f in stops} == {(0, 4), (1, 11)}
        await pilot.press("c", "n")
        assert not state.conflicts_only
        kinds = set()
        for _ in range(3):
            await pilot.press("n")
            assert state.figure is not None
            kinds.add(state.figures[state.figure].is_conflict)
        assert kinds == {True, False}

    drive(make_app(kerry_hand, tmp_path), steps)


def test_c_with_no_conflict_says_so(
    kerry: list[Article],
    tmp_path: Path,
    hand_compare: Callable[[Callable[..., Comparison]], None],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    from tests.ui.conftest import hand_comparison

    hand_compare(
        lambda articles, **_: hand_comparison(
            articles,
            links=[[("a1", 4), ("a2", 2)]],
            figures=[("compatible", "troops", [("a1", 4, "30,000-100,000"), ("a2", 2, "40,000")], "inside")],
        )
    )

    async def steps(pilot: Pilot[int]) -> None:
        seen = notes(pilot, monkeypatch)
        await pilot.press("c", "n")
        assert reading(pilot).state.figure is None
        assert any(note.startswith("No conflicting figures") for note in seen), seen

    drive(make_app(kerry, tmp_path), steps)


def test_the_status_line_sets_a_figure_against_another_value() -> None:
    """A flag of three mentions, two of one value: at the first, the status line names the
    other value second, not the third source's same value."""
    from reader.core.model import Comparison, Conflict, Quantity
    from reader.ui.marks import find_figures
    from reader.ui.state import ReadingState
    from reader.ui.widgets.status_line import status_summary
    from tests.ui.conftest import article

    arts = [
        article(f"a{k}", [text])
        for k, text in enumerate(["Some 10 died.", "About 10 died.", "Twenty died."], 1)
    ]
    quantities = []
    for k, (text, value) in enumerate([("10", 10.0), ("10", 10.0), ("Twenty", 20.0)]):
        sentence = arts[k].sentences[0]
        start = sentence.start + sentence.text.index(text)
        end = start + len(text)
        quantities.append(Quantity(text, start, end, "count", value, value, "people", "", f"a{k + 1}", 0))
    flag = Conflict(0, "conflict", "people killed", (0, 1, 2), None, "reason — 10 and 20 differ")
    state = ReadingState(Comparison(tuple(arts), (), tuple(quantities), (flag,)))
    first = next(f for f in find_figures(state.comparison) if f.quantity == 0)
    assert status_summary(state, first).startswith("people killed: A 10 · C Twenty")


def test_figure_list_shows_the_conflicts_first(greek: list[Article], tmp_path: Path) -> None:
    """On the Greek riot cluster, where compatible differences come first in reading order, the
    list opens on a conflict and lists every conflict before the first compatible difference."""

    async def steps(pilot: Pilot[int]) -> None:
        state = reading(pilot).state
        assert not state.figures[0].is_conflict, "the case this test is about"
        await pilot.press("f")
        options = pilot.app.screen.query_one(OptionList)
        labels = [str(option.prompt) for option in options.options]
        kinds = [label.split()[0] for label in labels]
        assert kinds[0] == "CONFLICT"
        assert kinds == sorted(kinds, key=lambda k: k != "CONFLICT")

    drive(make_app(greek, tmp_path), steps, size=(120, 35))


def test_the_status_line_tells_the_modes_that_are_on(kerry_hand: list[Article], tmp_path: Path) -> None:
    """Away from a flagged figure the status line says when n stops at conflicts only and when
    word differences are on, so that a mode never stays on unseen."""

    async def steps(pilot: Pilot[int]) -> None:
        state = reading(pilot).state
        assert not (state.current_figures() or state.row_figures()), "a row with no flagged figure"
        await pilot.press("c", "d")
        line = status(pilot)
        assert "n: conflicts only" in line and "word differences on" in line
        await pilot.press("c", "d")
        line = status(pilot)
        assert "conflicts only" not in line and "word differences" not in line

    drive(make_app(kerry_hand, tmp_path), steps, size=(200, 30))


def test_a_narrow_status_line_shows_the_figures_first(kerry_hand: list[Article], tmp_path: Path) -> None:
    """At 40 columns the status line leaves out what a flag counts ("troops:") so that the two
    figures show; at 120 it tells both."""

    async def steps(pilot: Pilot[int]) -> None:
        await pilot.press("n")
        line = str(pilot.app.screen.query_one(StatusLine).render())
        assert "30,000-100,000" in line and "troops:" not in line

    drive(make_app(kerry_hand, tmp_path), steps, size=(40, 12))

    async def wide(pilot: Pilot[int]) -> None:
        await pilot.press("n")
        assert "troops: A 30,000-100,000" in status(pilot)

    drive(make_app(kerry_hand, tmp_path), wide, size=(120, 30))
