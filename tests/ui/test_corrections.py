"""Correcting the aligner: mark, link, unlink; saved in the tag file and fed to the comparison."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

import yaml
from textual.pilot import Pilot

from reader.core.model import Article, Comparison, Member
from reader.ui.screens.reading import ReadingScreen
from tests.ui.conftest import drive, kerry_comparison, make_app, search


def reading(pilot: Pilot[int]) -> ReadingScreen:
    """The reading screen of the running app."""
    screen = pilot.app.screen
    assert isinstance(screen, ReadingScreen)
    return screen


def links(tmp_path: Path) -> list[tuple[bool, int, int]]:
    """The corrections in the YAML file: (same point?, sentence of a, sentence of b)."""
    data: dict[str, Any] = yaml.safe_load((tmp_path / "tags.yaml").read_text(encoding="utf-8"))
    return [(link["same"], link["a"]["index"], link["b"]["index"]) for link in data["links"]]


def recording(
    hand_compare: Callable[[Callable[..., Comparison]], None],
) -> list[tuple[list[tuple[Member, Member]], list[tuple[Member, Member]]]]:
    """Install a hand-built comparison that records the constraints it was given."""
    calls: list[tuple[list[tuple[Member, Member]], list[tuple[Member, Member]]]] = []

    def compare(articles: list[Article], must_link: Any = (), cannot_link: Any = ()) -> Comparison:
        calls.append((list(must_link), list(cannot_link)))
        return kerry_comparison(articles)

    hand_compare(compare)
    return calls


def test_mark_then_link_saves_and_realigns(
    kerry: list[Article], tmp_path: Path, hand_compare: Callable[[Callable[..., Comparison]], None]
) -> None:
    """m on A's sentence 2, L on B's sentence 1: a "same point" link in the file and in the next compare."""
    calls = recording(hand_compare)

    async def steps(pilot: Pilot[int]) -> None:
        state = reading(pilot).state
        await search(pilot, "could not come")
        await pilot.press("m")
        assert state.mark == (0, 2)
        await search(pilot, "two diplomats")
        assert state.current_slot() == (1, 1)
        await pilot.press("L")
        await pilot.app.workers.wait_for_complete()
        await pilot.pause()
        assert state.mark is None
        assert links(tmp_path) == [(True, 2, 1)]
        assert calls[-1][0] == [(Member("a1", 2), Member("a2", 1))]

    drive(make_app(kerry, tmp_path), steps)
    assert len(calls) == 2, "compared at start and again after the link"


def test_link_needs_a_mark_in_another_pane(
    kerry: list[Article], tmp_path: Path, hand_compare: Callable[[Callable[..., Comparison]], None]
) -> None:
    """L without a mark, or on the marked pane's own article, saves nothing."""
    recording(hand_compare)

    async def steps(pilot: Pilot[int]) -> None:
        await pilot.press("n", "L", "m")
        await search(pilot, "main concern")
        await pilot.press("L")
        assert reading(pilot).state.current_slot() == (0, 3)
        assert not (tmp_path / "tags.yaml").exists()

    drive(make_app(kerry, tmp_path), steps)


def test_unlink_takes_a_sentence_out_of_its_row(
    kerry: list[Article], tmp_path: Path, hand_compare: Callable[[Callable[..., Comparison]], None]
) -> None:
    """u on B's troop sentence records "not the same point" with A's sentence 4, then recompares."""
    calls = recording(hand_compare)

    async def steps(pilot: Pilot[int]) -> None:
        await pilot.press("n", "n")
        assert reading(pilot).state.current_slot() == (1, 2)
        await pilot.press("u")
        await pilot.app.workers.wait_for_complete()
        await pilot.pause()
        assert links(tmp_path) == [(False, 2, 4)]
        assert calls[-1][1] == [(Member("a2", 2), Member("a1", 4))]

    drive(make_app(kerry, tmp_path), steps)


def test_unlink_says_where_the_sentence_stands_after_realigning(
    kerry: list[Article], tmp_path: Path, hand_compare: Callable[[Callable[..., Comparison]], None]
) -> None:
    """Taken out of its row, a sentence the aligner also matches with another one stands beside
    that one: the reader says so, and a second u takes it out of that row too."""
    from tests.ui.conftest import hand_comparison

    def compare(articles: list[Article], must_link: Any = (), cannot_link: Any = ()) -> Comparison:
        banned = {frozenset(pair) for pair in cannot_link}
        links = [[("a1", 1), ("a2", 0)]]
        for other in (4, 7):  # B's troop sentence goes with A's 4, else with A's 7
            if frozenset((Member("a2", 2), Member("a1", other))) not in banned:
                links.append([("a1", other), ("a2", 2)])
                break
        return hand_comparison(articles, links)

    hand_compare(compare)

    async def unlink(pilot: Pilot[int]) -> list[str]:
        """u on B's troop sentence; the notifications once the realignment lands."""
        reading(pilot).state.goto((1, 2))
        await pilot.press("u")
        await pilot.app.workers.wait_for_complete()
        await pilot.pause()
        return [str(n.message) for n in pilot.app._notifications]

    async def steps(pilot: Pilot[int]) -> None:
        await pilot.app.workers.wait_for_complete()
        await pilot.pause()
        shown = await unlink(pilot)
        assert any("B sentence 3 now stands beside A sentence 8" in m for m in shown), shown
        shown = await unlink(pilot)
        assert any("B sentence 3 now stands alone" in m for m in shown), shown
        assert links(tmp_path) == [(False, 2, 4), (False, 2, 7)]

    drive(make_app(kerry, tmp_path), steps)


def test_corrections_survive_a_restart(
    kerry: list[Article], tmp_path: Path, hand_compare: Callable[[Callable[..., Comparison]], None]
) -> None:
    """A second app on the same tag file compares with the saved link from the start."""
    calls = recording(hand_compare)

    async def link(pilot: Pilot[int]) -> None:
        await search(pilot, "could not come")
        await pilot.press("m")
        await search(pilot, "two diplomats")
        await pilot.press("L")
        await pilot.app.workers.wait_for_complete()

    async def nothing(pilot: Pilot[int]) -> None:
        await pilot.pause()

    drive(make_app(kerry, tmp_path), link)
    calls.clear()
    drive(make_app(kerry, tmp_path), nothing)
    assert calls[0][0] == [(Member("a1", 2), Member("a2", 1))]
