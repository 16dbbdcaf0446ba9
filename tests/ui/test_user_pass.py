"""What a demanding user ran into in a real terminal: brackets in notifications and in the
palette, the help screen's end, the marks of repeated and moved sentences, the status line's
wording, the footer at 80 columns, the tag prompt's completion."""

from __future__ import annotations

from dataclasses import replace
from itertools import pairwise
from pathlib import Path

import pytest
from textual.containers import VerticalScroll
from textual.pilot import Pilot
from textual.widget import Widget
from textual.widgets import Footer, Input, Label

from reader.core.model import Article, Comparison, Group, Member
from reader.ui.screens.help import HelpScreen
from reader.ui.screens.reading import ReadingScreen
from reader.ui.screens.tag_prompt import TagPrompt
from reader.ui.widgets.aligned_view import AlignedView
from reader.ui.widgets.row_marks import MARK_MOVED, MARK_REPEATED, MARK_UNIQUE, PIVOT
from reader.ui.widgets.source_strip import SourceStrip
from reader.ui.widgets.status_line import StatusLine
from tests.ui.conftest import article, drive, hand_comparison, make_app, search


def reading(pilot: Pilot[int]) -> ReadingScreen:
    """The reading screen under test."""
    screen = pilot.app.screen
    assert isinstance(screen, ReadingScreen)
    return screen


def status(pilot: Pilot[int]) -> str:
    """The status line's text."""
    return reading(pilot).query_one(StatusLine).describe().plain


def messages(pilot: Pilot[int]) -> list[str]:
    """Every notification so far."""
    return [str(n.message) for n in pilot.app._notifications]


def test_brackets_in_a_free_tag_and_a_search_do_not_crash(kerry_hand: list[Article], tmp_path: Path) -> None:
    """A free tag "[/]" and a search "[/]x" are quoted in notifications as typed (they used
    to be read as markup: the toast crashed the app)."""

    async def steps(pilot: Pilot[int]) -> None:
        await pilot.press("t")
        pilot.app.screen.query_one("#tag-input", Input).value = "[/]"
        await pilot.press("enter")
        await pilot.pause()
        await search(pilot, "[/]x")
        await pilot.pause()
        assert reading(pilot).state.tags == {(0, 0): ("[/]",)}
        assert any(m.endswith(": [/]") for m in messages(pilot))
        assert any("[/]x" in m for m in messages(pilot))
        assert not any(n.markup for n in pilot.app._notifications)
        assert pilot.app.is_running

    drive(make_app(kerry_hand, tmp_path), steps)


def test_palette_shows_tag_names_and_keys_literally(kerry_hand: list[Article], tmp_path: Path) -> None:
    """A tag named "[/]" in the config opens in the palette; keys read as on the keyboard."""
    config = 'tags:\n  "1": "[/]"\n'

    async def steps(pilot: Pilot[int]) -> None:
        commands = {c.title: c.help for c in pilot.app.get_system_commands(reading(pilot))}
        assert "Toggle tag '\\[/]'" in commands
        assert commands["Back sources"].startswith("keys: <")
        assert commands["Page down"] == "keys: pgdn, ^f, space · A screen down"
        await pilot.press("ctrl+p")
        await pilot.pause()
        await pilot.press("escape")
        assert pilot.app.is_running

    drive(make_app(kerry_hand, tmp_path, config=config), steps)


def test_help_scrolls_to_its_end_and_lists_only_useful_keys(
    kerry_hand: list[Article], tmp_path: Path
) -> None:
    """At 120x35 G reaches the marks and the closing hint; Textual's sideways paging and
    focus keys, which do nothing here, are not listed; the mouse is."""

    async def steps(pilot: Pilot[int]) -> None:
        await pilot.press("question_mark")
        await pilot.pause()
        screen = pilot.app.screen
        assert isinstance(screen, HelpScreen)
        names = {name for _, name, _ in screen.keys}
        assert not names & {"Page Left", "Page Right", "Focus Next", "Focus Previous"}
        assert "Click a sentence" in names
        assert (
            "n",
            "Next figure",
            "Next flagged figure: a conflict or a compatible difference",
        ) in screen.keys
        await pilot.press("G")
        await pilot.pause()
        scroll = screen.query_one(VerticalScroll)
        assert scroll.max_scroll_y > 0 and scroll.scroll_y == scroll.max_scroll_y
        hint = screen.query(Label).last()
        assert hint.region.bottom <= pilot.app.size.height - 1
        await pilot.press("k")
        assert scroll.scroll_target_y == scroll.max_scroll_y - 1

    drive(make_app(kerry_hand, tmp_path), steps, size=(120, 35))


def test_a_repeated_sentence_is_marked_as_repeated(
    tmp_path: Path, hand_compare: pytest.FixtureRequest
) -> None:
    """b1 lives beside a2 and is shown again beside a0, out of b's order: the mark there is
    "=" (shown again), not "↕"; in its own row, in order, it has no mark."""
    articles = [
        article("a1", ["Alpha one.", "Alpha two.", "Alpha three."]),
        article("a2", ["Beta one.", "Beta two."]),
    ]
    links = [[("a1", 0), ("a2", 1)], [("a1", 1), ("a2", 0)], [("a1", 2), ("a2", 1)]]

    def compare(arts: list[Article], **_: object) -> Comparison:
        comparison = hand_comparison(arts, links)
        weak = replace(comparison.groups[0], score=0.5)  # b1's best link is to a2
        return replace(comparison, groups=(weak, *comparison.groups[1:]))

    hand_compare(compare)  # type: ignore[operator]

    async def steps(pilot: Pilot[int]) -> None:
        view = reading(pilot).query_one(AlignedView)
        lines = [view.render_line(y).text for y in range(view.size.height)]
        beta_two = [line for line in lines if "Beta two." in line]
        assert len(beta_two) == 2
        assert f"{MARK_REPEATED}Beta two." in beta_two[0] and MARK_MOVED not in beta_two[0]
        assert " Beta two." in beta_two[1] and MARK_MOVED not in beta_two[1]
        # on the repeated one, the status line says where the sentence stands first
        state = reading(pilot).state
        state.goto((1, 1))
        own = state.cursor
        state.cursor, state.focus = 0, 1
        state.sub = state.rows[0].cells[1].index(1)
        line = reading(pilot).query_one(StatusLine).position()
        assert f"= B 2 also at row {state.shown().index(own) + 1}" in line
        state.goto((1, 1))
        assert "also at row" not in reading(pilot).query_one(StatusLine).position()

    drive(make_app(articles, tmp_path), steps)


def test_status_line_names_each_figure_once_and_moved_sources_by_letter(
    tmp_path: Path, hand_compare: pytest.FixtureRequest
) -> None:
    """B gives 40,000 in two sentences: "B 40,000" once; a moved row says "moved: B"."""
    articles = [
        article("a1", ["Some 30,000 troops.", "Talks ended.", "Other news."]),
        article("a2", ["Talks ended today.", "About 40,000 troops.", "Still 40,000 troops."]),
    ]
    links = [[("a1", 0), ("a2", 1)], [("a1", 1), ("a2", 0)]]
    figures = [("conflict", "troops", [("a1", 0, "30,000"), ("a2", 1, "40,000"), ("a2", 2, "40,000")], "")]
    hand_compare(lambda arts, **_: hand_comparison(arts, links, figures))  # type: ignore[operator]

    async def steps(pilot: Pilot[int]) -> None:
        assert "troops: A 30,000 · B 40,000" in status(pilot)
        assert "B 40,000 · B 40,000" not in status(pilot)
        assert "moved: B" in reading(pilot).query_one(StatusLine).position()  # b1 above b0

    drive(make_app(articles, tmp_path), steps)


def test_status_line_says_what_made_a_rows_match(tmp_path: Path, hand_compare: pytest.FixtureRequest) -> None:
    """An aligned row's status line names the words and figures its sentences share, the best
    group's evidence first, each once, at most five, control characters made visible, and says
    when the match is weak (its best group scores under 0.5); a row only one source has names
    none. Evidence the row's sentences do not share is not named."""
    articles = [
        article("a1", ["Kerry met Lavrov in Paris for talks on Ukraine and Crimea.", "Only here."]),
        article("a2", ["Lavrov and Kerry met in Paris; their talks on Ukraine and Crimea ended."]),
    ]

    def compare(arts: list[Article], **_: object) -> Comparison:
        members = (Member("a1", 0), Member("a2", 0))
        groups = (
            Group(0, 0.4, members, evidence=("Paris", "talk\x1b[5m")),
            Group(1, 0.9, members, evidence=("Kerry", "Nowhere", "Lavrov", "Paris", "met", "Ukraine")),
        )
        return Comparison(tuple(arts), groups)

    hand_compare(compare)  # type: ignore[operator]

    async def steps(pilot: Pilot[int]) -> None:
        position = reading(pilot).query_one(StatusLine).position()
        assert position.endswith("· matched on Kerry, Lavrov, Paris, met, Ukraine"), position  # best 0.9
        await pilot.press("j")  # "Only here.": no match to explain
        assert "match" not in reading(pilot).query_one(StatusLine).position()
        assert reading(pilot).state.row_evidence(reading(pilot).state.rows[0])[-1] == "Ukraine"

    drive(make_app(articles, tmp_path), steps)

    def weak_only(arts: list[Article], **_: object) -> Comparison:
        members = (Member("a1", 0), Member("a2", 0))
        return Comparison(tuple(arts), (Group(0, 0.4, members, evidence=("Paris", "talk\x1b[5m")),))

    hand_compare(weak_only)  # type: ignore[operator]

    async def escaped(pilot: Pilot[int]) -> None:
        position = reading(pilot).query_one(StatusLine).position()
        # the only group scores 0.4: a weak match, said so; then the other words both share
        assert "weak match on Paris, talk␛[5m, " in position and "\x1b" not in position
        rest = position.split("talk␛[5m, ")[1].split(", ")
        assert len(rest) == 3 and set(rest) <= {"Kerry", "Lavrov", "met", "Ukraine", "Crimea"}

    drive(make_app(articles, tmp_path), escaped)


def test_status_line_names_only_what_the_rows_own_sentences_share(
    tmp_path: Path, hand_compare: pytest.FixtureRequest
) -> None:
    """A group may hold more than a row shows (the headlines' group holds the leads too): the
    row of the headlines names what the headlines share, not the leads' words; a row whose
    sentences share no word says so."""
    articles = [
        article("a1", ["Holder hears Ferguson's anger", "Attorney General Eric Holder visited St. Louis."]),
        article("a2", ["Eric Holder in Ferguson", "Attorney General Eric Holder went to St. Louis."]),
    ]

    def compare(arts: list[Article], **_: object) -> Comparison:
        members = tuple(Member(a, i) for a in ("a1", "a2") for i in (0, 1))
        lead = (Member("a1", 1), Member("a2", 1))
        groups = (
            Group(0, 0.8, members, evidence=("Louis", "St", "Attorney")),
            Group(1, 0.9, lead, evidence=("Louis", "St", "Attorney")),
        )
        return Comparison(tuple(arts), groups)

    hand_compare(compare)  # type: ignore[operator]

    async def steps(pilot: Pilot[int]) -> None:
        state = reading(pilot).state
        assert state.rows[0].cells == ((0,), (0,))  # the headlines, a row of their own
        assert state.row_evidence(state.rows[0]) == ("Ferguson", "Holder")
        assert reading(pilot).query_one(StatusLine).position().endswith("matched on Ferguson, Holder")

    drive(make_app(articles, tmp_path), steps)

    def apart(arts: list[Article], **_: object) -> Comparison:
        heads = (Member("a1", 0), Member("a2", 0))
        return Comparison(tuple(arts), (Group(0, 0.6, heads, evidence=("ship",)),))

    articles = [article("a1", ["The vessel sank."]), article("a2", ["A ship went down."])]
    hand_compare(apart)  # type: ignore[operator]

    async def nothing_shared(pilot: Pilot[int]) -> None:
        assert reading(pilot).query_one(StatusLine).position().endswith("matched, no word in common")

    drive(make_app(articles, tmp_path), nothing_shared)


def test_y_copies_the_sentence_and_Y_the_row_quoted_with_their_sources(
    kerry_hand: list[Article], tmp_path: Path
) -> None:
    """y puts the cursor's sentence, quoted and cited, on the terminal's clipboard and says so; Y
    the whole row, every source's sentences, a line each."""

    async def steps(pilot: Pilot[int]) -> None:
        state = reading(pilot).state
        await pilot.press("j", "l")
        slot = state.current_slot()
        assert slot is not None and slot[0] == 1
        await pilot.press("y")
        b = kerry_hand[1]
        sentence = b.sentences[slot[1]].text
        assert pilot.app.clipboard == f"“{sentence}” — {b.label}, {b.date}, {b.path}"  # no title, no URL
        assert messages(pilot)[-1] == f"Copied B sentence {slot[1] + 1}, quoted with its source."
        await pilot.press("Y")  # the whole row: each source's sentences, each cited, a line each
        row = state.current_row()
        assert row is not None
        lines = pilot.app.clipboard.split("\n")
        assert len(lines) == sum(len(cell) for cell in row.cells) >= 2
        assert lines[0].startswith(
            f"“{kerry_hand[0].sentences[row.cells[0][0]].text}” — {kerry_hand[0].label}"
        )
        assert any(line.startswith(f"“{sentence}”") for line in lines)
        assert messages(pilot)[-1] == f"Copied the row: {len(lines)} sentences of 2 sources, each cited."

    drive(make_app(kerry_hand, tmp_path), steps)


def test_status_line_counts_search_matches_as_vim_does(kerry_hand: list[Article], tmp_path: Path) -> None:
    """After / and ; the status line says which match the cursor is on: "match 2/8"."""

    async def steps(pilot: Pilot[int]) -> None:
        await search(pilot, "troops")
        total = len(reading(pilot).state.matches)
        assert f"match 1/{total} 'troops'" in status(pilot)
        await pilot.press("semicolon")
        assert f"match 2/{total} 'troops'" in status(pilot)

    drive(make_app(kerry_hand, tmp_path), steps)


def test_footer_fits_the_main_keys_in_80_columns(greek: list[Article], tmp_path: Path) -> None:
    """At 80x24 on six sources the footer shows help, figures, search, pivot, diff, tags,
    sources and quit, each label apart from the next."""

    async def steps(pilot: Pilot[int]) -> None:
        footer = reading(pilot).query_one(Footer)
        assert footer.compact
        leaves = sorted(
            (w.region for w in footer.walk_children(Widget) if w.region.width and not w.children),
            key=lambda region: region.x,
        )
        assert leaves[-1].right <= 80
        tag = next(w.region for w in footer.walk_children(Widget) if type(w).__name__ == "FooterLabel")
        after = next(region for region in leaves if region.x >= tag.right)
        assert after.x > tag.right, "a gap between the tag group's label and the next key"
        text = pilot.app.export_screenshot().replace("&#160;", " ")
        for label in ("Help", "Next figure", "Figures", "Search", "Pivot", "Diff", "Tag", "Sources", "Quit"):
            assert label in text, label

    drive(make_app(greek, tmp_path), steps, size=(80, 24))


def test_free_tag_prompt_completes_known_tags(kerry_hand: list[Article], tmp_path: Path) -> None:
    """The free-tag box suggests the tag set's names (and tags in use) as you type."""

    async def steps(pilot: Pilot[int]) -> None:
        await pilot.press("t")
        await pilot.pause()
        prompt = pilot.app.screen
        assert isinstance(prompt, TagPrompt)
        assert "follow-up" in prompt.suggestions
        await pilot.press("f", "o", "l")
        await pilot.pause()
        await pilot.press("right", "enter")
        await pilot.pause()
        assert reading(pilot).state.tags == {(0, 0): ("follow-up",)}

    drive(make_app(kerry_hand, tmp_path), steps)


def test_pivot_change_keeps_the_selected_figure_and_the_search_order(
    greek: list[Article], tmp_path: Path
) -> None:
    """After p the highlighted figure is still the one n chose, and ; still visits every
    match once, in the new reading order (the lists are sorted again)."""

    async def steps(pilot: Pilot[int]) -> None:
        state = reading(pilot).state
        for _ in range(3):
            await pilot.press("n")
        assert state.figure is not None
        chosen = state.figures[state.figure]
        await search(pilot, "police")
        state.figure = state.figures.index(chosen)
        await pilot.press("l", "l", "p")
        assert state.pivot != 0
        assert state.figure is not None and state.figures[state.figure] == chosen
        keys = [state.order_key(m.slot, m.start) for m in state.matches]
        assert keys == sorted(keys)
        seen = set()
        for _ in state.matches:
            await pilot.press("semicolon")
            assert state.match is not None
            seen.add(state.match)
        assert seen == set(range(len(state.matches)))

    drive(make_app(greek, tmp_path), steps, size=(160, 45))


def test_link_and_match_keys_explain_themselves(kerry_hand: list[Article], tmp_path: Path) -> None:
    """L without a mark and ; or comma without a search say what to do (they were silent);
    x on a sentence without tags says so instead of claiming to clear them."""

    async def steps(pilot: Pilot[int]) -> None:
        await pilot.press("L")
        assert any("Mark a sentence first" in m for m in messages(pilot))
        await pilot.press("semicolon")
        assert any("No search" in m for m in messages(pilot))
        await pilot.press("x")
        assert any(m.endswith("has no tags.") for m in messages(pilot))
        assert not (tmp_path / "tags.yaml").exists()

    drive(make_app(kerry_hand, tmp_path), steps)


def test_the_pivot_mark_is_not_the_unique_mark(kerry_hand: list[Article], tmp_path: Path) -> None:
    """The pivot's header and the strip say ▸ A; ◆ is kept for unique sentences only."""

    async def steps(pilot: Pilot[int]) -> None:
        view = reading(pilot).query_one(AlignedView)
        header = view.render_line(0).text
        assert f"{PIVOT} A " in header and MARK_UNIQUE not in header
        strip = str(reading(pilot).query_one(SourceStrip).render())
        assert f"{PIVOT}A" in strip and MARK_UNIQUE not in strip

    drive(make_app(kerry_hand, tmp_path), steps)


def test_search_visits_hits_in_two_sentences_of_one_pane_in_one_row(
    greek: list[Article], tmp_path: Path
) -> None:
    """A row may hold several sentences of one article (a point told twice); ; visits the
    hits of each of them, in order, instead of treating two hits at the same offset of two
    sentences as one place (the reading-order key carries the sentence index)."""

    async def steps(pilot: Pilot[int]) -> None:
        state = reading(pilot).state
        await search(pilot, "the")
        keys = [state.order_key(m.slot, m.start) for m in state.matches]
        assert len(set(keys)) == len(keys)
        crowded = [row for row in state.rows if any(len(cell) > 1 for cell in row.cells)]
        assert crowded, "the sample has no row with two sentences of one article"
        seen = []
        for _ in state.matches:  # what ; does, without a repaint per hit
            hit = state.next_match()
            assert hit is not None and state.match is not None
            seen.append(state.match)
        count = len(state.matches)
        assert sorted(seen) == list(range(count))  # each hit once (Enter may have shown the first)
        assert all((b - a) % count == 1 for a, b in pairwise(seen))  # in order

    drive(make_app(greek, tmp_path), steps, size=(160, 45))


def test_ctrl_c_says_which_key_quits_in_plain_words(kerry_hand: list[Article], tmp_path: Path) -> None:
    """ctrl+c does not quit; its notice names the quit key without markup showing ("[b]q[/b]"),
    and follows a rebinding."""

    async def steps(pilot: Pilot[int]) -> None:
        await pilot.press("ctrl+c")
        await pilot.pause()
        assert pilot.app.is_running
        assert messages(pilot)[-1] == "Press Q to quit the app"

    drive(make_app(kerry_hand, tmp_path, config="keys:\n  quit: Q\n"), steps)


def test_o_walks_the_sentences_only_the_focused_source_tells(
    tmp_path: Path, hand_compare: pytest.FixtureRequest
) -> None:
    """o and O jump between the sentences of the focused pane that no other source tells, in
    reading order, wrapping with a notice; a source with none says so and stays put."""
    articles = [
        article("a1", ["Talks in Paris.", "Only A one.", "Shared two.", "Only A two."]),
        article("a2", ["Talks in Paris today.", "Shared two here."]),
    ]
    links = [[("a1", 0), ("a2", 0)], [("a1", 2), ("a2", 1)]]
    hand_compare(lambda arts, **_: hand_comparison(arts, links))  # type: ignore[operator]

    async def steps(pilot: Pilot[int]) -> None:
        state = reading(pilot).state
        await pilot.press("o")
        assert state.current_slot() == (0, 1)
        await pilot.press("o")
        assert state.current_slot() == (0, 3)
        await pilot.press("o")
        assert state.current_slot() == (0, 1)
        assert "Wrapped around the sentences only A tells." in messages(pilot)
        await pilot.press("O")
        assert state.current_slot() == (0, 3)
        await pilot.press("g", "l", "o")  # B tells nothing A does not
        assert state.current_slot() == (1, 0)
        assert "Every sentence of B has a counterpart in another source." in messages(pilot)

    drive(make_app(articles, tmp_path), steps)


def test_a_sentence_alone_in_its_row_names_the_row_of_its_match(tmp_path: Path, corpus_dir: Path) -> None:
    """HuffPost's "And certainly don't make faces ..." is matched only with Fox's quote, the
    pivot's sentence, which stands once in its own row: on HuffPost's lone row the status line
    says where its match is told."""
    from reader.core.loading import load_articles

    articles = load_articles([corpus_dir / "basil_2014_96b7046f"])

    async def steps(pilot: Pilot[int]) -> None:
        await pilot.app.workers.wait_for_complete()
        await pilot.pause()
        state = reading(pilot).state
        state.goto((1, 11))
        row = state.rows[state.cursor]
        assert row.coverage == 1 and not row.unique
        line = reading(pilot).query_one(StatusLine).position()
        assert "matched with A 4 at row" in line

    drive(make_app(articles, tmp_path), steps, size=(150, 40))


def test_one_source_alone_says_there_is_nothing_to_line_up(kerry: list[Article], tmp_path: Path) -> None:
    """Opening one file marks every sentence as its source's own; a notice says why and what
    to open instead."""

    async def steps(pilot: Pilot[int]) -> None:
        await pilot.pause()
        messages = [n.message for n in pilot.app._notifications]
        assert any("One source only" in m for m in messages)

    drive(make_app(kerry[:1], tmp_path), steps)

    async def two(pilot: Pilot[int]) -> None:
        await pilot.pause()
        assert not any("One source only" in n.message for n in pilot.app._notifications)

    drive(make_app(kerry, tmp_path), two)
