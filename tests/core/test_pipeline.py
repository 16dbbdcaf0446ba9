"""The comparison pipeline's handling of the garbage collector."""

from __future__ import annotations

import gc

import reader

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
