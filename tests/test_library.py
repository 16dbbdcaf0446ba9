"""The library as a script calls it: what each public function takes and what the JSON holds."""

from __future__ import annotations

import json
from typing import Any

import pytest

import reader
from tests.conftest import KERRY, SAMPLES


def test_one_path_alone_is_a_path_not_its_characters() -> None:
    for given in (str(KERRY), KERRY):
        assert len(reader.compare_paths(given).articles) == 2


@pytest.mark.parametrize(
    ("call", "args", "message"),
    [
        (reader.split_sentences, (None,), "split_sentences() takes a str, not NoneType"),
        (reader.split_sentences, (b"Hello. World.",), "split_sentences() takes a str, not bytes"),
        (lambda text: reader.extract_quantities(text), (None,), "extract_quantities() takes a str"),
        (lambda a, b: reader.similarity(a, b), (None, "x"), "similarity() takes two str"),
        (reader.compare_texts, (["a", "b"],), "texts must be a mapping of name to text, not list"),
        (reader.compare_texts, ({"a": None, "b": "x"},), "texts must map str names to str texts"),
        (reader.compare_texts, ({1: "Five died."},), "texts must map str names to str texts"),
    ],
)
def test_a_wrong_type_is_a_type_error_naming_it(call: Any, args: tuple[Any, ...], message: str) -> None:
    with pytest.raises(TypeError, match=message.replace("(", r"\(").replace(")", r"\)")):
        call(*args)


def test_similarity_is_one_for_the_same_text_and_zero_for_none() -> None:
    assert reader.similarity("Five people died.", "Five  people died.") == 1.0
    assert reader.similarity("", "") == 0.0 and reader.similarity(" ", "Five people died.") == 0.0
    paraphrase = reader.similarity(
        "Three people died in the bank fire in Athens.", "Three people were killed in an Athens bank fire."
    )
    unrelated = reader.similarity("Five people died.", "The market rose.")
    assert unrelated < paraphrase < 1.0


def test_the_json_tells_a_hedge_and_a_dateline_date() -> None:
    """ "nearly 50" and "more than 100" keep their qualifier; an article without a date in its
    metadata takes the day its dateline names."""
    data = reader.compare_texts(
        {
            "wire": "Fire kills 50\nMay 5, 2010 13:41\nNearly 50 people died and more than 100 were hurt.\n",
            "paper": "Fifty die in fire\nFifty people died in the fire, officials said on Wednesday.\n",
        }
    ).to_dict()
    assert data["articles"][0]["date"] == "2010-05-05" and data["articles"][1]["date"] == ""
    assert [a["label"] for a in data["articles"]] == ["wire", "paper"]
    figures = {q["text"]: q for q in data["quantities"]}
    assert figures["Nearly 50"]["qualifier"] == "approx"
    assert figures["more than 100"]["qualifier"] == "min" and figures["more than 100"]["high"] is None
    assert json.loads(json.dumps(data)) == data


def test_two_sources_of_one_name_have_two_labels(tmp_path: Any) -> None:
    for name in ("01_wire.txt", "02_wire.txt"):
        (tmp_path / name).write_text("Quake kills 5\nFive people died in the quake.\n", encoding="utf-8")
    data = reader.compare_paths(tmp_path).to_dict()
    assert [a["label"] for a in data["articles"]] == ["wire (1)", "wire (2)"]


def test_the_greek_sample_json_dates_come_from_the_datelines() -> None:
    data = reader.compare_paths(SAMPLES / "greek_bank_riot_2010").to_dict()
    assert sum(article["date"] == "2010-05-05" for article in data["articles"]) >= 5
