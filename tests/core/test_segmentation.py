"""Sentence segmentation on news typography, with offsets into the raw text."""

from __future__ import annotations

import pytest

from reader import split_sentences
from reader.core.segmentation import is_dateline


def texts(text: str) -> list[str]:
    result = split_sentences(text)
    for sentence in result:
        assert text[sentence.start : sentence.end] == sentence.text
    return [s.text for s in result]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The U.S. ambassador hosted the talks. They lasted four hours.",
            ["The U.S. ambassador hosted the talks.", "They lasted four hours."],
        ),
        (
            "Mr. Kerry and Mr. Lavrov met. Mrs. Clinton did not attend.",
            ["Mr. Kerry and Mr. Lavrov met.", "Mrs. Clinton did not attend."],
        ),
        (
            "The meeting began at 10 p.m. Sunday and ended late.",
            ["The meeting began at 10 p.m. Sunday and ended late."],
        ),
        (
            "The meeting ended at 10 p.m. The two men did not speak.",
            ["The meeting ended at 10 p.m.", "The two men did not speak."],
        ),
        (
            "Apple reported its quarter. iPhone sales rose. eBay was flat.",
            ["Apple reported its quarter.", "iPhone sales rose.", "eBay was flat."],
        ),
        (
            "The cuts, approx. 8 percent of staff, begin today. They met on Fifth Ave. NW at noon.",
            [
                "The cuts, approx. 8 percent of staff, begin today.",
                "They met on Fifth Ave. NW at noon.",
            ],
        ),
        (
            "The shooting happened near Main St. Police have not named the victim. He lived in St. Louis.",
            [
                "The shooting happened near Main St.",
                "Police have not named the victim.",
                "He lived in St. Louis.",
            ],
        ),
        (
            "Temperatures hit 40.5 C. Residents fled. John C. Smith stayed.",
            ["Temperatures hit 40.5 C.", "Residents fled.", "John C. Smith stayed."],
        ),
        (
            "The No. 2 official spoke first. He was brief.",
            ["The No. 2 official spoke first.", "He was brief."],
        ),
        (
            "“We will not invade,” Lavrov said. “Nobody believes that,” a diplomat replied.",
            ["“We will not invade,” Lavrov said.", "“Nobody believes that,” a diplomat replied."],
        ),
        (
            "Between 30,000-100,000 troops are there. Russia says 22,000 are in Crimea.",
            ["Between 30,000-100,000 troops are there.", "Russia says 22,000 are in Crimea."],
        ),
        (
            "It was agreed in the U.S. The Senate voted later.",
            ["It was agreed in the U.S.", "The Senate voted later."],
        ),
        ("The U.S. Senate voted 97-1 on Jan. 5.", ["The U.S. Senate voted 97-1 on Jan. 5."]),
    ],
)
def test_news_typography(text: str, expected: list[str]) -> None:
    assert texts(text) == expected


def test_a_possessive_after_an_initialism_ends_no_sentence() -> None:
    """ "the U.S.' Kurdish allies" is one sentence; a closing double quote after "U.S." may end one."""
    text = "There is also concern about abandoning the U.S.' Kurdish allies. Next sentence here."
    assert texts(text) == [
        "There is also concern about abandoning the U.S.' Kurdish allies.",
        "Next sentence here.",
    ]
    assert texts('He said "I love the U.S." Then he left.') == ['He said "I love the U.S."', "Then he left."]


def test_a_quote_and_who_said_it_are_one_sentence() -> None:
    """'"Well, which is it?" Scalia asked.' is one sentence; a quote followed by a new sentence is two."""
    assert texts('"Well, which is it?" Scalia asked. He left.') == [
        '"Well, which is it?" Scalia asked.',
        "He left.",
    ]
    assert texts('"Is it over?" Mr. Smith asked reporters on Monday.') == [
        '"Is it over?" Mr. Smith asked reporters on Monday.'
    ]
    assert texts('He asked, "Why?" The crowd roared.') == ['He asked, "Why?"', "The crowd roared."]
    # after a full stop, only a bare attribution joins the quote
    assert texts('"It was a divisive invitation." Durbin said. Next.') == [
        '"It was a divisive invitation." Durbin said.',
        "Next.",
    ]
    assert texts('It is "dead." Smith said, however, that talks go on.') == [
        'It is "dead."',
        "Smith said, however, that talks go on.",
    ]


def test_titles_and_clock_times_hold_a_sentence_together() -> None:
    """ "then-Rep. Gabrielle Giffords", "5 p.m. Eastern time", "Const. Fanning said" end no sentence."""
    assert texts("He recalled the shooting of then-Rep. Gabrielle Giffords. Next.") == [
        "He recalled the shooting of then-Rep. Gabrielle Giffords.",
        "Next.",
    ]
    assert texts("It took effect Friday at 5 p.m. Eastern time. Next.") == [
        "It took effect Friday at 5 p.m. Eastern time.",
        "Next.",
    ]
    assert texts("Nobody was hurt, Const. Fanning said.") == ["Nobody was hurt, Const. Fanning said."]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the word after an initialism decides
        (
            "The emails were at her home in Chappaqua, N.Y. Mr. Gowdy had asked for them.",
            ["The emails were at her home in Chappaqua, N.Y.", "Mr. Gowdy had asked for them."],
        ),
        ("I live in the U.S. How about you?", ["I live in the U.S.", "How about you?"]),
        (
            "He served under George H.W. Bush and at the U.N. Security Council.",
            ["He served under George H.W. Bush and at the U.N. Security Council."],
        ),
        # a state's or a company's abbreviation ends a sentence unless a title or a bracket follows
        (
            "Republicans called on Ariz. Gov. Jan Brewer to act. He spoke in Newtown, Conn. At the time, "
            "he was silent.",
            [
                "Republicans called on Ariz. Gov. Jan Brewer to act.",
                "He spoke in Newtown, Conn.",
                "At the time, he was silent.",
            ],
        ),
        (
            "Taiwan Semiconductor Manufacturing Co. (TSMC) rose. The plant was sold to Ford Motor Co. "
            "Terms were not disclosed.",
            [
                "Taiwan Semiconductor Manufacturing Co. (TSMC) rose.",
                "The plant was sold to Ford Motor Co.",
                "Terms were not disclosed.",
            ],
        ),
        (
            "He is charged in case No. VA089897 filed today. It was his third.",
            ["He is charged in case No. VA089897 filed today.", "It was his third."],
        ),
        # a clock time goes on with a day or a zone, and ends before a new subject
        (
            "There were explosions at 3 p. m. (1200 GMT). The call came around 10:30 a.m. Oregon State "
            "Police arrived later.",
            [
                "There were explosions at 3 p. m. (1200 GMT).",
                "The call came around 10:30 a.m.",
                "Oregon State Police arrived later.",
            ],
        ),
        # a decimal written apart in token-spaced copy; a year before a new sentence
        (
            "Gray pointed a. 357 Magnum at them, near E. 52nd St. It happened in 2013. 25 people saw it.",
            [
                "Gray pointed a. 357 Magnum at them, near E. 52nd St.",
                "It happened in 2013.",
                "25 people saw it.",
            ],
        ),
        ('Bozell told FoxNews.com. "But it is not so."', ["Bozell told FoxNews.com.", '"But it is not so."']),
        # a list on one line; an ellipsis goes on a sentence and a full stop before one ends it
        (
            "1. The first item 2. The second item",
            ["1. The first item", "2. The second item"],
        ),
        (
            "I wasn't really . . . I didn't mean it. It was a habit. . . . The practice went on.",
            ["I wasn't really . . . I didn't mean it.", "It was a habit.", ". . . The practice went on."],
        ),
        (
            'He said: "We must act now. ... Let\'s do the right thing." Then he left.',
            ['He said: "We must act now. ... Let\'s do the right thing."', "Then he left."],
        ),
    ],
)
def test_the_word_after_an_abbreviation_decides(text: str, expected: list[str]) -> None:
    assert texts(text) == expected


def test_lines_are_split_first_and_headline_dateline_stand_alone() -> None:
    text = "Quake Hits Coast\nUpdated 5/5/2010 1:41 PM\n\nA quake hit the coast. Ten died\nsaid police.\n"
    result = split_sentences(text, headline=True)
    assert [(s.role, s.text) for s in result] == [
        ("headline", "Quake Hits Coast"),
        ("dateline", "Updated 5/5/2010 1:41 PM"),
        ("body", "A quake hit the coast."),
        ("body", "Ten died"),
        ("body", "said police."),
    ]


def test_a_headline_written_again_as_the_first_line_is_read_once() -> None:
    """Saved pages often repeat their title as the body's first line: one headline, not two."""
    text = "Quake Hits Coast\n\nQuake hits  coast\n\nA quake hit the coast. Quake Hits Coast\n"
    result = split_sentences(text, headline=True)
    assert [(s.role, s.text) for s in result] == [
        ("headline", "Quake Hits Coast"),
        ("body", "A quake hit the coast."),
        ("body", "Quake Hits Coast"),
    ]
    assert [s.index for s in result] == [0, 1, 2]
    assert [s.text for s in split_sentences(text)][:2] == ["Quake Hits Coast", "Quake hits  coast"]


@pytest.mark.parametrize(
    "line",
    [
        "June 6th, 2013 7: 38pm EDT",
        "10:10 AM PDT 6/6/2013",
        "Published May 05, 2010",
        "By John Smith",
        "10:55 P. M. FEB. 2, 2009",
        "Wed, Sep 19 2012 at 11:47 AM",
        "Dec. 24 4:33 AM EST",
        "14:25 Sun Sep 15 2013",
    ],
)
def test_datelines(line: str) -> None:
    assert is_dateline(line)


@pytest.mark.parametrize(
    "line",
    [
        "5 men die in crash",
        "By the time he came, it was over.",
        "1. The first item 2. The second",
        "$2199.",
        "In 2014, he won.",
        "On May 5, 2010 at 10:30 the bank burned",
    ],
)
def test_not_datelines(line: str) -> None:
    assert not is_dateline(line)


def test_offsets_hold_with_crlf_and_odd_spacing() -> None:
    text = "Headline\r\n\r\n  First sentence here.   Second one!  \r\nThird?\r\n"
    result = split_sentences(text, headline=True)
    assert [s.text for s in result] == ["Headline", "First sentence here.", "Second one!", "Third?"]
    assert all(text[s.start : s.end] == s.text for s in result)


def test_empty_text_has_no_sentences() -> None:
    assert split_sentences("") == []
    assert split_sentences(" \n\t\n") == []


def test_truncated_line_is_kept() -> None:
    assert texts("Crimea is their m\nThe next line.") == ["Crimea is their m", "The next line."]


def test_a_run_of_text_with_no_sentence_end_is_cut_into_pieces() -> None:
    """A table or unpunctuated text: pieces of at most MAX_SENTENCE characters, cut at a blank."""
    from reader.core.segmentation import MAX_SENTENCE

    words = " ".join(f"Word{k}" for k in range(1000))
    pieces = texts(f"A short one. {words}. The end.")
    assert pieces[0] == "A short one." and pieces[-1] == "The end."
    assert len(pieces) > 3 and all(len(p) <= MAX_SENTENCE for p in pieces)
    assert " ".join(pieces[1:-1]) == words + "."  # cut at blanks only: no word is split
    assert [len(p) for p in texts("x" * (2 * MAX_SENTENCE + 5))] == [MAX_SENTENCE, MAX_SENTENCE, 5]
