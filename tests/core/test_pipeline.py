"""The comparison pipeline: its handling of the garbage collector and of the figures it keeps."""

from __future__ import annotations

import gc

import pytest

import reader
from reader.core import pipeline
from reader.core.model import Member
from reader.core.pipeline import compare_articles

TEXTS = {
    "a": "Three people were killed in the fire on Monday.\nThe blaze destroyed 40 homes.",
    "b": "The fire on Monday killed four people.\nIt destroyed about 40 homes.",
}


def test_collector_is_restored_enabled_with_nothing_left_frozen() -> None:
    assert gc.isenabled()
    before = gc.get_freeze_count()
    comparison = reader.compare_texts(TEXTS)
    assert comparison.groups
    assert gc.isenabled()
    assert gc.get_freeze_count() == before  # moved to the oldest generation, not kept out of it


def test_collector_left_disabled_when_it_was() -> None:
    gc.disable()
    try:
        reader.compare_texts(TEXTS)
        assert not gc.isenabled()
    finally:
        gc.enable()


def test_the_kept_figures_stop_at_their_cap_oldest_first(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(pipeline, "EXTRACTED_KEPT", 2)
    pipeline.forget_figures()
    for text in ("Ten died.", "Twelve died.", "Three were hurt."):
        pipeline._extracted(text, "")
    assert list(pipeline._EXTRACTED) == [("Twelve died.", ""), ("Three were hurt.", "")]
    assert [q.text for q in pipeline._extracted("Ten died.", "")] == ["Ten"]  # read again
    pipeline.forget_figures()


def test_an_article_of_another_event_is_pointed_out() -> None:
    """A report put with others by mistake shares no point past its opening: the comparison
    says which, as a question; the reports of one event raise nothing."""
    from reader.core.loading import load_articles
    from reader.core.pipeline import compare_articles
    from tests.conftest import SAMPLES

    kerry = load_articles([SAMPLES / "kerry_lavrov"])
    assert compare_articles(kerry).warnings == ()
    paris = sorted((SAMPLES / "paris_jewel_raid_2013").glob("*.txt"))[0]
    mixed = compare_articles(load_articles([SAMPLES / "kerry_lavrov", paris]))
    assert len(mixed.warnings) == 1
    assert mixed.warnings[0].startswith("Source 3, ") and "same event?" in mixed.warnings[0]


def test_two_one_sentence_texts_on_one_topic_compare_their_figures_as_one_point() -> None:
    # the aligner does not judge them one point (few words in common), yet with one sentence
    # each there is no other point the total could be told in: the flag stands, outside any group
    texts = {
        "a": "Rain washed out the second day, and Pakistan were bowled out for 212 on the third day in"
        " Multan.",
        "b": "England's seamers dismissed Pakistan for 241 on day three in Multan.",
    }
    comparison = reader.compare_texts(texts)
    assert comparison.groups == ()
    flags = [
        (c.kind, [comparison.quantities[m].text for m in c.mentions], c.group) for c in comparison.conflicts
    ]
    assert flags == [("conflict", ["212", "241"], None)]
    # the user said they are not one point: they are not compared as one
    articles = list(comparison.articles)
    apart = compare_articles(articles, cannot_link=[(Member(articles[0].id, 0), Member(articles[1].id, 0))])
    assert apart.conflicts == ()
    # nor is a sentence of another topic
    other = reader.compare_texts({"a": texts["a"], "b": "The new bridge in Lisbon carries 241 trains a day."})
    assert other.conflicts == ()


def test_colour_codes_in_a_text_leave_its_figures_and_words_as_they_are() -> None:
    coloured = reader.compare_texts(
        {
            "a": "Russia has massed \x1b[1m40,000\x1b[0m troops on the border, officials said.",
            "b": "Russia has massed 30,000 troops on the border, officials said.",
        }
    )
    assert [(k.kind, [coloured.quantities[m].text for m in k.mentions]) for k in coloured.conflicts] == [
        ("conflict", ["40,000", "30,000"])
    ]
    assert [q.text for q in coloured.quantities] == ["40,000", "30,000"]
    assert (
        reader.similarity("Officials said \x1b[1m40,000\x1b[0m troops", "Officials said 40,000 troops") == 1
    )
    other = "Russian troops near the border number 40,000, officials said."
    assert reader.similarity("Officials said \x1b[1m40,000\x1b[0m troops", other) == (
        reader.similarity("Officials said 40,000 troops", other)
    )


def test_a_span_told_in_several_units_is_shown_whole_where_a_flag_mentions_it() -> None:
    """ "2 hours 5 minutes 14 seconds" is one figure: the flag's quantities show the whole span
    and its value, not "2 hours" against "2 hours"; the later parts stay as read."""
    comparison = reader.compare_texts(
        {
            "a": "Kipchoge won the marathon in 2 hours 5 minutes 14 seconds on Sunday.",
            "b": "Kipchoge won the marathon in 2 hours 7 minutes 14 seconds on Sunday.",
        }
    )
    (flag,) = comparison.conflicts
    shown = [comparison.quantities[m] for m in flag.mentions]
    assert [q.text for q in shown] == ["2 hours 5 minutes 14 seconds", "2 hours 7 minutes 14 seconds"]
    assert [(round(q.low, 4), q.unit) for q in shown] == [(2.0872, "hour"), (2.1206, "hour")]
    text = comparison.articles[0].sentences[0].text
    assert text[shown[0].start : shown[0].end] == "2 hours 5 minutes 14 seconds"
    assert "5 minutes" in [q.text for q in comparison.quantities]
    # read again (the figures kept from the first comparison), the span is joined once, not twice
    again = reader.compare_texts(
        {"a": text, "b": "Kipchoge won the marathon in 2 hours 5 minutes on Sunday."}
    )
    assert [again.quantities[m].text for m in again.conflicts[0].mentions] == [
        "2 hours 5 minutes 14 seconds",
        "2 hours 5 minutes",
    ]
