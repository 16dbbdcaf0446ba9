"""Fixtures for the UI tests: real sample articles, tag and config files in tmp_path, a
hand-built comparison (groups and flagged figures pinned, independent of the aligner),
and a driver that runs the real app under Textual's Pilot."""

from __future__ import annotations

import asyncio
from collections.abc import Awaitable, Callable, Sequence
from pathlib import Path

import pytest
from textual.pilot import Pilot

from reader.core.loading import load_articles
from reader.core.model import Article, Comparison, Conflict, Group, Member, Quantity, Sentence
from reader.ui.app import ReaderApp, build_app

REPO = Path(__file__).resolve().parents[2]
SAMPLES = REPO / "sample_articles"

Place = tuple[str, int]  # (article id, sentence index)
FigureSpec = tuple[str, str, Sequence[tuple[str, int, str]], str]  # kind, about, mentions, explanation


def article(article_id: str, texts: list[str], **meta: str) -> Article:
    """An article made of these sentences, offsets into its raw text."""
    raw = " ".join(texts)
    sentences, start = [], 0
    for i, text in enumerate(texts):
        sentences.append(Sentence(i, text, start, start + len(text)))
        start += len(text) + 1
    return Article(id=article_id, path=f"{article_id}.txt", raw=raw, sentences=tuple(sentences), **meta)


def hand_comparison(
    articles: Sequence[Article], links: Sequence[Sequence[Place]], figures: Sequence[FigureSpec] = ()
) -> Comparison:
    """A comparison with the given groups and flagged figures (found by their text)."""
    by_id = {a.id: a for a in articles}
    groups = tuple(
        Group(id=n, score=0.9, members=tuple(Member(a, s) for a, s in members), evidence=("hand",))
        for n, members in enumerate(links)
    )
    quantities: list[Quantity] = []
    conflicts: list[Conflict] = []
    for kind, about, mentions, explanation in figures:
        indexes = []
        for art_id, sentence_index, text in mentions:
            sentence = by_id[art_id].sentences[sentence_index]
            start = sentence.start + sentence.text.index(text)
            quantity = Quantity(
                text, start, start + len(text), "count", 1, 1, about, "", art_id, sentence_index
            )
            if quantity not in quantities:
                quantities.append(quantity)
            indexes.append(quantities.index(quantity))
        conflicts.append(Conflict(len(conflicts), kind, about, tuple(indexes), None, explanation))
    return Comparison(tuple(articles), groups, tuple(quantities), tuple(conflicts))


def kerry_comparison(articles: Sequence[Article]) -> Comparison:
    """Kerry-Lavrov with three links, a compatible troop figure and a conflicting one."""
    return hand_comparison(
        articles,
        links=[[("a1", 1), ("a2", 0)], [("a1", 4), ("a2", 2)], [("a1", 5), ("a2", 10)]],
        figures=[
            (
                "compatible",
                "troops",
                [("a1", 4, "30,000-100,000"), ("a2", 2, "40,000")],
                "40,000 lies inside 30,000-100,000",
            ),
            (
                "conflict",
                "troops",
                [("a1", 4, "30,000-100,000"), ("a2", 11, "22,000")],
                "22,000 is below 30,000-100,000",
            ),
        ],
    )


@pytest.fixture
def kerry() -> list[Article]:
    """The bundled Kerry-Lavrov pair."""
    return load_articles([str(SAMPLES / "kerry_lavrov")])


@pytest.fixture
def greek() -> list[Article]:
    """The six-outlet Greek bank riot cluster."""
    return load_articles([str(SAMPLES / "greek_bank_riot_2010")])


@pytest.fixture
def hand_compare(monkeypatch: pytest.MonkeyPatch) -> Callable[[Callable[..., Comparison]], None]:
    """Replace the comparing pipeline the app calls with a hand-built one."""

    def install(make: Callable[..., Comparison]) -> None:
        monkeypatch.setattr("reader.ui.screens.reading.compare_articles", make)

    return install


@pytest.fixture
def kerry_hand(
    kerry: list[Article], hand_compare: Callable[[Callable[..., Comparison]], None]
) -> list[Article]:
    """Kerry-Lavrov articles; the app compares them into `kerry_comparison`."""
    hand_compare(lambda articles, **_: kerry_comparison(articles))
    return kerry


def make_app(articles: Sequence[Article], tmp_path: Path, config: str | None = None) -> ReaderApp:
    """The real app with its tag file and config file in `tmp_path`."""
    config_path = tmp_path / "config.yaml"
    if config is not None:
        config_path.write_text(config, encoding="utf-8")
    return build_app(articles, tags_path=tmp_path / "tags.yaml", config_path=config_path)


async def settle(pilot: Pilot[object]) -> None:
    """Wait for the comparing worker and the repaint that follows."""
    await pilot.pause()
    await pilot.app.workers.wait_for_complete()
    await pilot.pause()


async def search(pilot: Pilot[int], query: str) -> None:
    """Search like a user: / opens the box, the query goes in, Enter finds it."""
    from textual.widgets import Input

    await pilot.press("slash")
    pilot.app.screen.query_one("#search", Input).value = query
    await pilot.press("enter")


def drive(
    app: ReaderApp, steps: Callable[[Pilot[int]], Awaitable[None]], size: tuple[int, int] = (100, 30)
) -> None:
    """Run the app headless at `size`, let the comparison land, then play `steps`."""

    async def main() -> None:
        async with app.run_test(size=size) as pilot:
            await settle(pilot)
            await steps(pilot)

    asyncio.run(main())
