"""Article text is data: markup shows literally, control characters are made visible;
input errors end in one clear line, never a traceback."""

from __future__ import annotations

from pathlib import Path

import pytest
from textual.pilot import Pilot
from textual.widgets import Input

from reader.core.model import Article, Comparison
from reader.ui.app import build_app, run_app
from reader.ui.screens.reading import ReadingScreen
from reader.ui.widgets.aligned_view import AlignedView
from reader.ui.widgets.source_strip import SourceStrip
from reader.ui.widgets.status_line import StatusLine
from tests.ui.conftest import article, drive, hand_comparison, make_app, search

HOSTILE = [
    "Police said [bold red]x[/] was seen.",
    "Red \x1b[31malert\x1b[0m and a bell\x07 here.",
    "[link=x]y[/link]",
]


def screen_text(pilot: Pilot[int]) -> str:
    """Every line the panes show, as plain text."""
    view = pilot.app.screen.query_one(AlignedView)
    return "\n".join(view.render_line(y).text for y in range(view.size.height))


def test_markup_and_escape_sequences_show_literally(
    tmp_path: Path, hand_compare: pytest.FixtureRequest
) -> None:
    """`[bold red]x[/]` appears as typed; ESC and BEL become visible symbols, never raw bytes."""
    articles = [
        article("a1", HOSTILE, source="[b]Src[/b]", title="[i]T[/i]"),
        article("a2", ["Police said x was seen.", "Nothing else."], source="Other"),
    ]
    hand_compare(lambda arts, **_: hand_comparison(arts, [[("a1", 0), ("a2", 0)]]))  # type: ignore[operator]

    async def steps(pilot: Pilot[int]) -> None:
        await search(pilot, "[bold")
        await pilot.press("1")
        text = screen_text(pilot)
        assert "[bold red]x[/]" in text
        assert "[link=x]y[/link]" in text
        assert "\x1b" not in text and "\x07" not in text
        assert "␛[31malert␛[0m" in text and "␇" in text
        assert "[b]Src[/b]" in text and "[i]T[/i]" in text
        screen = pilot.app.screen
        assert isinstance(screen, ReadingScreen)
        assert screen.state.tags == {(0, 0): ("important",)}

    drive(make_app(articles, tmp_path), steps, size=(120, 24))


def test_broken_tag_file_is_one_clear_line(
    tmp_path: Path, kerry: list[Article], capsys: pytest.CaptureFixture[str]
) -> None:
    """A tag file that is not YAML stops the app with one line naming it, and is left untouched."""
    tags = tmp_path / "tags.yaml"
    tags.write_text("articles: [unclosed\n", encoding="utf-8")
    status = run_app(kerry, tags_path=tags, config_path=tmp_path / "config.yaml")
    err = capsys.readouterr().err
    assert status == 1
    assert str(tags) in err and "Traceback" not in err
    assert len(err.strip().splitlines()) == 1
    assert tags.read_text(encoding="utf-8") == "articles: [unclosed\n"


def test_a_failing_comparison_is_a_notification(
    kerry: list[Article], tmp_path: Path, hand_compare: pytest.FixtureRequest
) -> None:
    """If comparing raises, the unaligned articles stay and an error is notified."""

    def broken(articles: list[Article], **_: object) -> Comparison:
        raise RuntimeError("aligner exploded")

    hand_compare(broken)  # type: ignore[operator]

    async def steps(pilot: Pilot[int]) -> None:
        messages = [str(n.message) for n in pilot.app._notifications]
        assert any("aligner exploded" in m for m in messages)
        await pilot.press("j", "n")
        assert isinstance(pilot.app.screen, ReadingScreen)

    drive(make_app(kerry, tmp_path), steps)


def test_no_color_renders_and_keeps_figures_visible(
    kerry_hand: list[Article], tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Under NO_COLOR the app draws (Textual's monochrome filter) and figures keep reverse/underline."""
    monkeypatch.setenv("NO_COLOR", "1")
    app = make_app(kerry_hand, tmp_path)
    assert app.no_color

    async def steps(pilot: Pilot[int]) -> None:
        await pilot.press("n", "l", "d")
        svg = pilot.app.export_screenshot()
        assert "30,000-100,000" in svg and "40,000" in svg
        view = pilot.app.screen.query_one(AlignedView)
        lines = [view.render_line(y) for y in range(view.size.height)]
        styles = [
            seg.style for line in lines for seg in line if seg.text.strip() in ("30,000-100,000", "40,000")
        ]
        assert any(s is not None and s.reverse for s in styles), "the conflict is reversed"
        assert any(s is not None and s.underline and not s.reverse for s in styles), "compatible: underlined"

    drive(app, steps)


def test_skipped_files_are_notified(kerry: list[Article], tmp_path: Path) -> None:
    """Files that could not be read beside good ones are named in a warning, the rest opens."""
    app = build_app(
        kerry,
        tags_path=tmp_path / "tags.yaml",
        config_path=tmp_path / "config.yaml",
        notices=["skipped /x/latin.txt: not UTF-8 text"],
    )

    async def steps(pilot: Pilot[int]) -> None:
        messages = [str(n.message) for n in pilot.app._notifications]
        assert any("latin.txt" in m for m in messages)
        assert isinstance(pilot.app.screen, ReadingScreen)

    drive(app, steps)


def test_a_tag_that_cannot_be_saved_is_an_error_notice(kerry: list[Article], tmp_path: Path) -> None:
    """When the tag file cannot be written (its folder became a file), 1 says so, no crash."""
    folder = tmp_path / "tags"
    folder.mkdir()
    app = build_app(kerry, tags_path=folder / "tags.yaml", config_path=tmp_path / "config.yaml")

    async def steps(pilot: Pilot[int]) -> None:
        folder.rmdir()
        folder.write_text("x", encoding="utf-8")  # now no file can be written below it
        await pilot.press("1")
        await pilot.pause()
        messages = [str(n.message) for n in pilot.app._notifications]
        assert any("cannot save" in m for m in messages), messages
        assert isinstance(pilot.app.screen, ReadingScreen)
        await pilot.press("j")

    drive(app, steps)
    assert folder.read_text(encoding="utf-8") == "x"


def test_control_characters_in_names_titles_tags_and_notices_are_made_visible(
    tmp_path: Path, hand_compare: pytest.FixtureRequest
) -> None:
    """An escape sequence in a source name, a title, a date (front matter), a tag name (a
    hand-edited tag file) or a skipped file's name is shown as ␛..., never sent to the
    terminal (a title's ESC[5m used to make the header blink and shift the panes)."""
    articles = [
        article("a1", ["Police said 5 died.", "Only here."], source="Src\x1b[5m", title="T\x07itle"),
        article("a2", ["Police said 5 died."], source="Other", date="\x1b[31m2020"),
    ]
    hand_compare(lambda arts, **_: hand_comparison(arts, [[("a1", 0), ("a2", 0)]]))  # type: ignore[operator]
    app = build_app(
        articles,
        tags_path=tmp_path / "tags.yaml",
        config_path=tmp_path / "config.yaml",
        notices=["skipped /x/\x1b[5mevil.txt: the file is empty"],
    )

    async def steps(pilot: Pilot[int]) -> None:
        await pilot.press("t")
        pilot.app.screen.query_one("#tag-input", Input).value = "red\x1b[31m"
        await pilot.press("enter")
        await pilot.pause()
        await pilot.press("j")  # the row only a1 has: the status line names it
        screen = pilot.app.screen
        assert isinstance(screen, ReadingScreen)
        shown = [
            screen_text(pilot),
            screen.query_one(SourceStrip).render().plain,
            screen.query_one(StatusLine).describe().plain,
            *(str(n.message) for n in pilot.app._notifications),
        ]
        assert not any("\x1b" in text or "\x07" in text for text in shown), shown
        assert "Src␛[5m" in shown[0] and "T␇itle" in shown[0] and "␛[31m2020" in shown[0]
        assert "#red␛[31m" in shown[0]
        assert "Src␛[5m" in shown[1]
        assert "only in A Src␛[5m" in shown[2]
        assert any("␛[5mevil.txt" in m for m in shown[3:])

    drive(app, steps, size=(120, 24))
