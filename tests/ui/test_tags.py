"""Tagging by key: each tag key, the free tag, clearing, jumping, filtering, and the YAML file."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import yaml
from textual.pilot import Pilot

from reader.core.model import Article
from reader.ui.screens.reading import ReadingScreen
from reader.ui.screens.tag_prompt import TagPrompt
from reader.ui.widgets.aligned_view import AlignedView
from reader.ui.widgets.status_line import StatusLine
from tests.ui.conftest import drive, make_app

NINE_TAGS = "tags:\n" + "".join(f'  "{n}": tag-{n}\n' for n in range(1, 10))


def reading(pilot: Pilot[int]) -> ReadingScreen:
    """The reading screen of the running app."""
    screen = pilot.app.screen
    assert isinstance(screen, ReadingScreen)
    return screen


def saved(tmp_path: Path) -> dict[tuple[str, int], list[str]]:
    """The tags in the YAML file: (article label, sentence index) -> tag names."""
    path = tmp_path / "tags.yaml"
    if not path.exists():
        return {}
    data: dict[str, Any] = yaml.safe_load(path.read_text(encoding="utf-8"))
    return {
        (article["label"], sentence["index"]): sentence["tags"]
        for article in data["articles"]
        for sentence in article["sentences"]
    }


def test_each_tag_key_toggles_its_tag_and_saves_at_once(kerry_hand: list[Article], tmp_path: Path) -> None:
    """Keys 1-9 of a nine-tag config each add their tag to the YAML file; pressing again removes it."""

    async def steps(pilot: Pilot[int]) -> None:
        state = reading(pilot).state
        await pilot.press("n")  # sentence 5 of Report A
        for n in range(1, 10):
            await pilot.press(str(n))
            assert saved(tmp_path)[("Report A", 4)][-1] == f"tag-{n}"
        assert state.tags[(0, 4)] == tuple(f"tag-{n}" for n in range(1, 10))
        await pilot.press("2")
        assert "tag-2" not in saved(tmp_path)[("Report A", 4)]
        assert "tag-2" not in state.tags[(0, 4)]

    drive(make_app(kerry_hand, tmp_path, config=NINE_TAGS), steps)


def test_default_tag_set_and_badges(kerry_hand: list[Article], tmp_path: Path) -> None:
    """Without a config, 1 is "important", 4 "follow-up"; 5 does nothing; badges show in the pane."""

    async def steps(pilot: Pilot[int]) -> None:
        view = pilot.app.screen.query_one(AlignedView)
        await pilot.press("n", "1", "4", "5")
        assert saved(tmp_path) == {("Report A", 4): ["important", "follow-up"]}
        screen_text = "\n".join(view.render_line(y).text for y in range(view.size.height))
        assert "#important" in screen_text and "#follow-up" in screen_text

    drive(make_app(kerry_hand, tmp_path), steps)


def test_free_tag_asks_for_a_name(kerry_hand: list[Article], tmp_path: Path) -> None:
    """t opens a prompt; the typed name is saved; Esc cancels without saving."""

    async def steps(pilot: Pilot[int]) -> None:
        await pilot.press("n", "l", "t")
        assert isinstance(pilot.app.screen, TagPrompt)
        await pilot.press(*"needs source", "enter")
        assert isinstance(pilot.app.screen, ReadingScreen)
        assert saved(tmp_path) == {("Report B", 2): ["needs source"]}
        await pilot.press("t", "x", "escape")
        assert saved(tmp_path) == {("Report B", 2): ["needs source"]}

    drive(make_app(kerry_hand, tmp_path), steps)


def test_free_tag_input_shows_on_a_small_terminal(greek: list[Article], tmp_path: Path) -> None:
    """At 40x12 the quoted sentence is cut short, never the input line and its hint."""
    from textual.widgets import Input

    async def steps(pilot: Pilot[int]) -> None:
        for _ in range(12):
            await pilot.press("j")
        await pilot.press("t")
        prompt = pilot.app.screen
        assert isinstance(prompt, TagPrompt)
        await pilot.pause()
        inside = prompt.query_one("#tag-dialog").region.bottom - 1  # above the dialog's lower border
        assert prompt.query_one(Input).region.bottom <= inside
        assert prompt.query_one(".dialog-hint").region.bottom <= inside
        await pilot.press(*"small", "enter")
        assert isinstance(pilot.app.screen, ReadingScreen)
        assert ["small"] in saved(tmp_path).values()

    drive(make_app(greek, tmp_path), steps, size=(40, 12))


def test_clear_removes_every_tag_of_the_sentence(kerry_hand: list[Article], tmp_path: Path) -> None:
    """x clears the tags of the sentence under the cursor only."""

    async def steps(pilot: Pilot[int]) -> None:
        state = reading(pilot).state
        await pilot.press("1", "n", "1", "2", "3")
        assert len(saved(tmp_path)) == 2
        await pilot.press("x")
        assert (0, 4) not in state.tags
        assert list(saved(tmp_path).values()) == [["important"]]

    drive(make_app(kerry_hand, tmp_path), steps)


def test_z_puts_back_the_tags_x_cleared(kerry_hand: list[Article], tmp_path: Path, monkeypatch: Any) -> None:
    """x clears a sentence's tags and says z puts them back; z restores them, in order, to the file."""
    seen: list[str] = []

    async def steps(pilot: Pilot[int]) -> None:
        screen = reading(pilot)
        monkeypatch.setattr(screen, "notify", lambda message, **_: seen.append(str(message)))
        await pilot.press("z")
        assert seen[-1] == "No cleared tags to put back."
        await pilot.press("n", "1", "3", "x")
        assert ("Report A", 4) not in saved(tmp_path)
        assert "(important, verified): z puts them back" in seen[-1]
        await pilot.press("j", "z")  # the cursor moved: the tags go back where they were cleared
        assert saved(tmp_path) == {("Report A", 4): ["important", "verified"]}
        assert screen.state.tags[(0, 4)] == ("important", "verified")
        await pilot.press("z")
        assert seen[-1] == "No cleared tags to put back."

    drive(make_app(kerry_hand, tmp_path), steps)


def test_jump_between_tagged_sentences_and_filter(kerry_hand: list[Article], tmp_path: Path) -> None:
    """] and [ jump between tagged sentences (wrapping); F shows only rows with a tag."""

    async def steps(pilot: Pilot[int]) -> None:
        state = reading(pilot).state
        await pilot.press("j", "1", "n", "2", "n", "n", "3", "g")  # sentences (0,1), (0,4), (1,11)
        assert set(state.tags) == {(0, 1), (0, 4), (1, 11)}
        await pilot.press("right_square_bracket")
        assert state.current_slot() == (0, 1)
        await pilot.press("]")
        assert state.current_slot() == (0, 4)
        await pilot.press("]")
        assert state.current_slot() == (1, 11)
        await pilot.press("]")
        assert state.current_slot() == (0, 1), "wraps to the first"
        await pilot.press("[")
        assert state.current_slot() == (1, 11)
        all_rows = len(state.shown())
        await pilot.press("F")
        assert state.filter_tagged
        shown = state.shown()
        assert 0 < len(shown) < all_rows
        assert all(state.row_tagged(state.rows[r], state.visible()) for r in shown)
        line = pilot.app.screen.query_one(StatusLine).position()  # the counter counts the tagged rows
        assert f"/{len(shown)} · " in line and f"tagged rows only ({len(shown)} of {all_rows})" in line
        await pilot.press("g", "j", "j", "j")
        assert state.cursor in shown
        await pilot.press("F")
        assert len(state.shown()) == all_rows

    drive(make_app(kerry_hand, tmp_path), steps)


def test_tags_survive_a_restart(kerry_hand: list[Article], tmp_path: Path) -> None:
    """A second app on the same tag file shows the tags of the first."""

    async def tag(pilot: Pilot[int]) -> None:
        await pilot.press("n", "1")

    async def check(pilot: Pilot[int]) -> None:
        assert reading(pilot).state.tags == {(0, 4): ("important",)}

    drive(make_app(kerry_hand, tmp_path), tag)
    drive(make_app(kerry_hand, tmp_path), check)


def test_the_tag_filter_shows_a_repeated_sentence_once(kerry: list[Article], tmp_path: Path) -> None:
    """A sentence shown again (=) beside a second point it carries is one tagged sentence: F
    lists its own row, not each row it is repeated in."""

    async def steps(pilot: Pilot[int]) -> None:
        state = reading(pilot).state
        await pilot.pause()
        repeated = [
            (art, i)
            for row in state.rows
            for art, flag in enumerate(row.repeated)
            if flag
            for i in row.cells[art]
        ]
        assert repeated, "the Kerry-Lavrov pair repeats a sentence beside a second point"
        slot = repeated[0]
        state.goto(slot)
        await pilot.press("1")
        assert slot in state.tags
        await pilot.press("F")
        shown = state.shown()
        assert shown == [state.home[slot]]

    drive(make_app(kerry, tmp_path), steps)
