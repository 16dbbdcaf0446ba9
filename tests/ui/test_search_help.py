"""Search, the help screen, the command palette, configurable keys and quitting."""

from __future__ import annotations

import html
from pathlib import Path

import pytest
from rich.style import Style
from textual.pilot import Pilot
from textual.widgets import Input

from reader.core.model import Article
from reader.ui.keys import action_names
from reader.ui.screens.help import HelpScreen
from reader.ui.screens.reading import ReadingScreen
from reader.ui.widgets.aligned_view import AlignedView
from tests.ui.conftest import drive, make_app, search
from tests.ui.test_figures import notes


def reading(pilot: Pilot[int]) -> ReadingScreen:
    """The reading screen of the running app."""
    screen = pilot.app.screen
    assert isinstance(screen, ReadingScreen)
    return screen


def test_search_finds_and_steps_through_matches(kerry_hand: list[Article], tmp_path: Path) -> None:
    """/ opens the box; Enter jumps to the first hit; ; and comma step; Esc clears the search."""

    async def steps(pilot: Pilot[int]) -> None:
        state = reading(pilot).state
        await pilot.press("slash")
        box = pilot.app.screen.query_one("#search", Input)
        assert box.has_focus
        await pilot.press(*"troops", "enter")
        assert not box.has_focus
        assert state.query == "troops"
        hits = {m.slot for m in state.matches}
        assert (0, 4) in hits and (1, 2) in hits
        assert state.match is not None
        first = state.current_slot()
        assert first in hits
        assert "troops" in state.text(first).lower()
        await pilot.press("semicolon")
        second = state.current_slot()
        assert second != first and second in hits
        await pilot.press("comma")
        assert state.current_slot() == first
        await pilot.press("escape")
        assert state.query == "" and not state.matches

    drive(make_app(kerry_hand, tmp_path), steps)


def test_search_without_hits_says_so(
    kerry_hand: list[Article], tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A query found nowhere leaves the cursor and says "Not found"."""

    async def steps(pilot: Pilot[int]) -> None:
        seen = notes(pilot, monkeypatch)
        before = reading(pilot).state.cursor
        await search(pilot, "zanzibar")
        assert reading(pilot).state.cursor == before
        assert any("Not found: zanzibar" in n for n in seen)

    drive(make_app(kerry_hand, tmp_path), steps)


def test_help_lists_every_key(kerry_hand: list[Article], tmp_path: Path) -> None:
    """? shows a help screen naming every action's key, tag names included; Esc closes it."""

    async def steps(pilot: Pilot[int]) -> None:
        await pilot.press("question_mark")
        screen = pilot.app.screen
        assert isinstance(screen, HelpScreen)
        described = {keys: description for keys, description, _ in screen.keys}
        descriptions = set(described.values())
        for needed in (
            "Next figure",
            "Prev figure",
            "Pivot",
            "Search",
            "Next match",
            "Prev match",
            "Free tag",
            "Clear tags",
            "Next tagged",
            "Tagged only",
            "Mark to link",
            "Link to mark",
            "Unlink from row",
            "Sources",
            "Down",
            "Up",
            "Page down",
            "Quit",
            "Help",
        ):
            assert needed in descriptions, needed
        assert "Toggle tag 'important'" in descriptions
        assert any(("j" in k and "↓" in k) or "down" in k for k, d, _ in screen.keys if d == "Down")
        await pilot.press("escape")
        assert isinstance(pilot.app.screen, ReadingScreen)

    drive(make_app(kerry_hand, tmp_path), steps)


def test_palette_offers_every_action(kerry_hand: list[Article], tmp_path: Path) -> None:
    """The command palette lists a command for each action of the panes."""

    async def steps(pilot: Pilot[int]) -> None:
        titles = {c.title for c in pilot.app.get_system_commands(pilot.app.screen)}
        for needed in (
            "Next figure",
            "Figures",
            "Pivot",
            "Search",
            "Toggle tag 'important'",
            "Link to mark",
            "Down",
        ):
            assert needed in titles
        assert "Theme" in titles

    drive(make_app(kerry_hand, tmp_path), steps)


def test_palette_command_runs_its_action(kerry_hand: list[Article], tmp_path: Path) -> None:
    """Running the "Next figure" command moves to the first figure, as n does."""

    async def steps(pilot: Pilot[int]) -> None:
        command = next(c for c in pilot.app.get_system_commands(pilot.app.screen) if c.title == "Next figure")
        await command.callback()
        await pilot.pause()
        assert reading(pilot).state.figure == 0

    drive(make_app(kerry_hand, tmp_path), steps)


def test_keys_come_from_the_config(kerry_hand: list[Article], tmp_path: Path) -> None:
    """keys: next_conflict: e rebinds n to e; a bad entry becomes a warning notification."""
    config = "keys:\n  next_conflict: e\n  frobnicate: y\n"

    async def steps(pilot: Pilot[int]) -> None:
        state = reading(pilot).state
        await pilot.press("n")
        assert state.figure is None
        await pilot.press("e")
        assert state.figure == 0
        assert any("frobnicate" in str(n.message) for n in pilot.app._notifications)

    drive(make_app(kerry_hand, tmp_path, config=config), steps)


def test_broken_config_falls_back_to_defaults(kerry_hand: list[Article], tmp_path: Path) -> None:
    """A config that is not YAML gives a warning and the default keys still work."""

    async def steps(pilot: Pilot[int]) -> None:
        await pilot.press("n")
        assert reading(pilot).state.figure == 0

    app = make_app(kerry_hand, tmp_path, config="keys: [unclosed\n")
    assert app.warnings and "not valid YAML" in app.warnings[0]
    drive(app, steps)


def test_action_names_cover_the_bindings() -> None:
    """Every rebindable action has an id the config can name."""
    assert {"next_conflict", "previous_conflict", "cursor_down", "quit", "search", "tag_1"} <= action_names()


def test_q_quits_with_status_zero(kerry_hand: list[Article], tmp_path: Path) -> None:
    """q ends the app; run_app turns that into exit status 0."""
    app = make_app(kerry_hand, tmp_path)

    async def steps(pilot: Pilot[int]) -> None:
        await pilot.press("q")
        await pilot.pause()

    drive(app, steps)
    assert app.return_code == 0
    assert not app.is_running


def _painted(pilot: Pilot[int], words: tuple[str, ...]) -> dict[str, list[Style]]:
    """The styles the terminal gets for these words in the panes, the app's filters applied
    (under NO_COLOR, Textual's monochrome filter)."""
    view = pilot.app.screen.query_one(AlignedView)
    background = view.background_colors[1]
    found: dict[str, list[Style]] = {word: [] for word in words}
    for y in range(view.size.height):
        strip = view.render_line(y)
        for line_filter in pilot.app.get_line_filters():
            strip = strip.apply_filter(line_filter, background)
        for segment in strip:
            word = segment.text.strip().lower()
            if word in found and segment.style is not None:
                found[word].append(segment.style)
    return found


@pytest.mark.parametrize("no_color", [True, False])
def test_search_hits_look_unlike_flagged_figures(
    kerry_hand: list[Article], tmp_path: Path, monkeypatch: pytest.MonkeyPatch, no_color: bool
) -> None:
    """A search hit is italic and double underlined, never reverse: a conflict is reverse and a
    compatible figure singly underlined, so the three stay apart without colour (NO_COLOR);
    with colour the hits are tinted as well. The hit at the cursor is also reverse (selected)."""
    if no_color:
        monkeypatch.setenv("NO_COLOR", "1")
    else:
        monkeypatch.delenv("NO_COLOR", raising=False)
    app = make_app(kerry_hand, tmp_path)
    assert app.no_color == no_color

    async def steps(pilot: Pilot[int]) -> None:
        await search(pilot, "troops")
        state = reading(pilot).state
        assert len(state.matches) >= 3
        painted = _painted(pilot, ("troops", "40,000", "22,000"))
        selected = [s for s in painted["troops"] if s.reverse]
        hits = [s for s in painted["troops"] if not s.reverse]
        assert len(selected) == 1, "only the hit at the cursor is reverse"
        assert len(hits) >= 2
        for hit in hits:
            assert hit.italic and hit.underline2 and not hit.underline
            assert hit.bgcolor is not None
            red, green, blue = hit.bgcolor.get_truecolor()
            assert (red == green == blue) == no_color, "tinted with colour, grey without"
        for compatible in painted["40,000"]:
            assert compatible.underline and not compatible.underline2 and not compatible.reverse
        for conflict in painted["22,000"]:
            assert conflict.reverse and not conflict.underline2

    drive(app, steps, size=(160, 45))


def test_help_explains_the_search_hit_style(kerry_hand: list[Article], tmp_path: Path) -> None:
    """The marks in the help name the search hits' style beside the figures' (reverse, underline);
    below them, the command that writes the tags into a report."""

    async def steps(pilot: Pilot[int]) -> None:
        await pilot.press("question_mark")
        assert isinstance(pilot.app.screen, HelpScreen)
        await pilot.press("G")  # the marks are at the bottom
        text = html.unescape(pilot.app.export_screenshot()).replace("\xa0", " ")
        assert "search hit" in text and "2× underline" in text
        assert "conflict" in text and "compatible" in text
        assert "reader compare ARTICLES --markdown" in text  # where the tags go once read

    drive(make_app(kerry_hand, tmp_path), steps)


def test_a_key_rebound_onto_another_key_is_a_warning(kerry_hand: list[Article], tmp_path: Path) -> None:
    """keys: next_conflict: z makes z do two things (z puts back cleared tags): the app says so."""
    app = make_app(kerry_hand, tmp_path, config="keys:\n  next_conflict: z\n")

    async def steps(pilot: Pilot[int]) -> None:
        messages = [str(n.message) for n in pilot.app._notifications]
        assert any("'z'" in m and "next_conflict" in m and "restore_tags" in m for m in messages)

    drive(app, steps)
    quiet = make_app(kerry_hand, tmp_path, config="keys:\n  next_conflict: e\n")

    async def none(pilot: Pilot[int]) -> None:
        assert not any("is bound to" in str(n.message) for n in pilot.app._notifications)

    drive(quiet, none)


def test_one_hit_is_counted_in_the_singular(
    kerry_hand: list[Article], tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """ "1 match", "1 hit": a count of one reads as English."""
    from reader.ui.widgets.status_line import StatusLine

    async def steps(pilot: Pilot[int]) -> None:
        seen = notes(pilot, monkeypatch)
        await search(pilot, "Segery")
        assert len(reading(pilot).state.matches) == 1
        assert any(note.startswith("1 match for 'Segery'") for note in seen), seen
        await pilot.press("j")
        line = pilot.app.screen.query_one(StatusLine).position()
        assert "search 'Segery': 1 hit" in line and "1 hits" not in line

    drive(make_app(kerry_hand, tmp_path), steps)


def test_a_rebound_key_takes_the_key_from_its_default_owner(
    kerry_hand: list[Article], tmp_path: Path
) -> None:
    """keys: next_conflict: j gives j to the next figure; the move down keeps "down"; the help
    and the warning say so, and n no longer moves to a figure."""
    app = make_app(kerry_hand, tmp_path, config="keys:\n  next_conflict: j\n")

    async def steps(pilot: Pilot[int]) -> None:
        state = reading(pilot).state
        messages = [str(n.message) for n in pilot.app._notifications]
        assert any("'j' now does next_conflict" in m and "cursor_down keeps 'down'" in m for m in messages)
        await pilot.press("j")
        assert state.figure is not None  # j went to the first figure, not one row down
        await pilot.press("escape", "g", "down")
        assert state.cursor > 0
        await pilot.press("question_mark")
        help_screen = pilot.app.screen
        assert isinstance(help_screen, HelpScreen)
        rows = {what: keys for keys, what, _ in help_screen.keys}
        assert rows["Next figure"] == "j" and "j" not in rows["Down"].split(", ")

    drive(app, steps)


def test_every_key_of_the_help_says_what_it_does(kerry_hand: list[Article], tmp_path: Path) -> None:
    """Each of the reader's own keys has words beside its name in the help, and Quit is one row
    (q and Textual's ctrl+q), not two."""
    from reader.ui.keys import bindings, help_rows

    async def steps(pilot: Pilot[int]) -> None:
        screen = pilot.app.screen
        rows = help_rows(pilot.app, screen.config, pilot.app.active_bindings)  # type: ignore[attr-defined]
        ours = {b.description for b, _ in bindings() if not b.action.startswith("toggle_tag")}
        bare = [name for _, name, more in rows if name in ours and not more and name != "Quit"]
        assert bare == []
        assert [name for _, name, _ in rows].count("Quit") == 1

    drive(make_app(kerry_hand, tmp_path), steps)
