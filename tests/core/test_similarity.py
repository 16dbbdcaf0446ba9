"""reader.similarity and the text normalisation under it, on hand-made sentences."""

from __future__ import annotations

import pytest

import reader
from reader.core.neighbours import _DATA, index_bytes, is_known, is_name, neighbours, soft_overlap
from reader.core.similarity import FEATURES, SAME_MEANING_THRESHOLD, pair_features, same_meaning, similarity
from reader.core.textnorm import fold, stem, terms
from reader.core.variants import variant_map
from reader.core.wordfreq import is_rare, prior_idf, sentence_counts

MEETING = (
    "Secretary of State John Kerry and Russian Foreign Minister Sergei Lavrov talked for four hours in Paris."
)
MEETING_AGAIN = "In Paris, Russia's foreign minister Sergei Lavrov and John Kerry held four hours of talks."
TOPICAL = "Ukraine's economy is expected to shrink by 3 percent this year, the World Bank said."


def test_public_function_is_exported() -> None:
    assert reader.similarity is similarity
    assert "similarity" in reader.__all__


def test_range_and_symmetry() -> None:
    pairs = [(MEETING, MEETING_AGAIN), (MEETING, TOPICAL), ("", ""), ("Hi.", MEETING), ("", MEETING)]
    for a, b in pairs:
        score = similarity(a, b)
        assert 0.0 <= score <= 1.0
        assert score == pytest.approx(similarity(b, a))


def test_identical_sentences_score_high() -> None:
    assert similarity(MEETING, MEETING) > 0.9


def test_paraphrase_beats_topical_sentence() -> None:
    paraphrase = similarity(MEETING, MEETING_AGAIN)
    topical = similarity(MEETING, TOPICAL)
    assert paraphrase > SAME_MEANING_THRESHOLD > topical
    assert same_meaning(MEETING, MEETING_AGAIN)
    assert not same_meaning(MEETING, TOPICAL)


def test_name_misspelling_still_matches() -> None:
    right = "Sergei Lavrov arrived in Paris on Sunday."
    typo = "Segery Lavrov arrived in Paris on Sunday."
    other = "Vladimir Putin arrived in Paris on Sunday."
    assert similarity(right, typo) > similarity(right, other)
    assert similarity("The Ukrainian people were heard.", "The Ukranian people were heard.") > 0.9


def test_curly_quotes_and_case_do_not_matter() -> None:
    plain = '"It\'s a climate of fear," Kerry said.'
    curly = "“It’s a CLIMATE of fear,” Kerry said."
    assert similarity(plain, curly) > 0.9


def test_rare_words_weigh_more_than_common_ones() -> None:
    assert prior_idf("lavrov") > prior_idf("year")
    assert prior_idf("zzqx-unknown") == pytest.approx(1.0)
    base = "Officials said the Hermitage museum will reopen next year."
    shares_rare = "The Hermitage museum is to reopen."
    shares_common = "Officials said the plan will be ready next year."
    assert similarity(base, shares_rare) > similarity(base, shares_common)


def test_normalisation() -> None:
    assert fold("“Kerry’s” — talks") == '"Kerry\'s" - talks'
    assert stem("troops") == stem("troop")
    assert stem("talked") == stem("talking") == stem("talks")
    t = terms("Russia’s 40,000 troops and four hours in the U.S.")
    assert "40000" in t.figures and "4" in t.figures
    assert "russia" in t.stems and "usa" in t.stems
    assert "the" not in t.stems
    assert set(terms("Three people died.").stems) == set(terms("three dead people").stems)


def test_contractions_are_their_function_words() -> None:
    """A negated auxiliary or a clitic is no content word: "we'll" is not "well", "he'll" not
    "hell", and "n't" split off as tokenised text writes it ("did n't") anchors nothing."""
    for text in ("He didn't know.", "He did n't know.", "She can't and won't know.", "They're sure I'd know"):
        assert set(terms(text).stems) <= {stem("know"), stem("sure")}
    assert "well" not in terms("We'll see").stems and "hell" not in terms("He'll see").stems
    assert "oneill" in terms("Kerry met O'Neill").stems  # an apostrophe inside a name stays


@pytest.mark.parametrize(
    ("short", "full"),
    [
        ("Mattis leaves on Feb. 28", "Mattis leaves on February 28"),
        ("Sept. 11 attacks", "September 11 attacks"),
        ("Sen. Warren and Gov. Cuomo spoke", "Senator Warren and Governor Cuomo spoke"),
        ("Lt. Gen. Smith of the Justice Dept.", "Lieutenant General Smith of the Justice Department"),
        ("said Atty. Jones", "said attorney Jones"),
    ],
)
def test_abbreviations_read_as_the_words_they_stand_for(short: str, full: str) -> None:
    assert set(terms(short).stems) == set(terms(full).stems)


def test_abbreviations_that_are_words_stay_words() -> None:
    # only capitalised forms expand, and those that are common words are not listed
    assert "wednesday" not in terms("the couple will wed in June").stems
    assert "december" not in terms("a dec of cards").stems
    assert stem("sun") in terms("The Sun rose").stems


def test_variants_join_only_rare_spellings() -> None:
    mapping = variant_map(["sergei", "segery", "ukrainian", "ukranian", "obama", "osama"])
    assert mapping["segery"] == "sergei"
    assert mapping["ukranian"] == "ukrainian"
    assert "osama" not in mapping  # two real names stay apart


def test_variants_are_typos_of_names_or_derivations_not_look_alike_words() -> None:
    """Jaro-Winkler alone took "counterattack" for "country" and "power" for "powder"."""
    assert variant_map(["country", "counterattack"]) == {}  # lengths far apart
    assert variant_map(["power", "powder"]) == {}  # two frequent words, not neighbours
    assert variant_map(["remain", "retrain"]) == {}  # a frequent word is itself
    assert variant_map(["quality", "quaid"], {"quaid"}) == {}
    assert variant_map(["patrick", "patricia"], {"patrick", "patricia"}) == {}  # two people
    assert variant_map(["muammar", "moammar"], {"muammar", "moammar"}) == {"moammar": "muammar"}
    assert variant_map(["aluminum", "aluminium"]) == {"aluminium": "aluminum"}  # one typo apart
    assert variant_map(["resign", "resignation"]) == {"resignation": "resign"}  # a derivation
    assert variant_map(["murder", "murderous"]) == {"murderous": "murder"}
    assert variant_map(["stand", "standstill"]) == {}  # a compound is no derivation


def test_word_frequency_table_ships_with_the_package() -> None:
    total, counts = sentence_counts()
    assert total > 10_000
    assert len(counts) > 5_000
    assert not is_rare("president")
    assert is_rare("segery")


def test_a_figure_and_the_same_figure_rounded_are_variants() -> None:
    # "$43,885,310" and "$43 million" (cut) or "$44 million" (rounded): one figure
    assert variant_map(["43000000", "43885310"]) == {"43885310": "43000000"}
    assert variant_map(["44000000", "43885310"]) == {"43885310": "44000000"}
    # a different figure, a year or a one-digit round figure is not a rounding
    assert variant_map(["139000000", "140937785"]) == {}
    assert variant_map(["2010", "2015"]) == {}
    assert variant_map(["40000", "43885"]) == {}
    # the first figure kept that matches, either way, whatever comes between
    assert variant_map(["43885310", "12345678", "43900000", "44000000"]) == {
        "43900000": "43885310",
        "44000000": "43885310",
    }
    assert variant_map(["44000000", "43900000", "43885310"]) == {
        "43900000": "44000000",
        "43885310": "44000000",
    }


def test_rounded_figures_are_found_as_the_full_search_finds_them() -> None:
    """The index of kept figures finds what comparing a figure with every kept one finds."""
    import random

    from reader.core.variants import _Figures, rounds_to

    rng = random.Random(16)
    for _ in range(200):
        values = [
            rng.choice(
                (
                    rng.randint(10_000, 99_999),
                    rng.randint(10**5, 10**7),
                    rng.randint(1, 99) * 10 ** rng.randint(3, 6),
                    rng.randint(100, 999) * 10 ** rng.randint(2, 5),
                )
            )
            for _ in range(rng.randint(1, 40))
        ]
        kept: list[str] = []
        index = _Figures()
        for figure in dict.fromkeys(str(v) for v in values):
            slow = next((f for f in kept if rounds_to(figure, f) or rounds_to(f, figure)), None)
            assert index.first_rounding(figure) == slow
            if slow is None and len(figure) >= 5:
                kept.append(figure)
                index.add(figure)


TREATY = "Legislators approved the treaty on Friday."
TREATY_AGAIN = "Lawmakers ratified the pact on Friday."  # no content word shared but the day
BUDGET = "Senators debated the budget on Friday."  # the same day, another point


def test_near_synonyms_count_where_no_word_is_shared() -> None:
    soft = FEATURES.index("soft")
    assert pair_features(TREATY, TREATY_AGAIN)[soft] > pair_features(TREATY, BUDGET)[soft] + 0.4
    assert similarity(TREATY, TREATY_AGAIN) > SAME_MEANING_THRESHOLD > similarity(TREATY, BUDGET)
    assert same_meaning(TREATY, TREATY_AGAIN)
    assert not same_meaning(TREATY, BUDGET)


def test_soft_matches_only_add_to_what_is_shared() -> None:
    cosine, soft = FEATURES.index("cosine"), FEATURES.index("soft")
    for a, b in ((MEETING, TOPICAL), (MEETING, MEETING_AGAIN), (TREATY, BUDGET), ("", TREATY)):
        values = pair_features(a, b)
        assert values[soft] >= values[cosine] - 1e-9
    assert pair_features(TREATY, TREATY)[soft] == pytest.approx(1.0)


def test_neighbour_table_ships_without_opposites() -> None:
    assert neighbours("vessel")["ship"] == neighbours("ship")["vessel"] > 0.5
    assert "fall" not in neighbours("rise")  # "rose" / "fell"
    assert "injure" not in neighbours("die")  # "killed" / "wounded"
    assert neighbours("segery") == {}


def test_neighbour_index_matches_the_table() -> None:
    """The shipped index locates every row of the table: rebuilt from the table, it is the same file,
    and each row read through it is the row of its stem."""
    table = (_DATA / "neighbours.tsv").read_bytes()
    assert (_DATA / "neighbours.slots").read_bytes() == index_bytes(table)
    rows = [line.split("\t") for line in table.decode("utf-8").splitlines() if not line.startswith("#")]
    assert len(rows) > 19000
    assert all(is_known(key) for key, _, _ in rows)  # every stem found through its slots
    for key, flag, row in rows[:: len(rows) // 500] + rows[-1:]:
        assert is_known(key) and is_name(key) == (flag == "name")
        assert list(neighbours(key)) == row.replace(":", " ").split()[::2]
    assert not is_known("segery") and not is_name("segery")


def test_names_match_softly_only_their_own_forms() -> None:
    weights = {"china": 1.0, "chines": 1.0, "japan": 1.0}
    assert is_name("china") and is_name("japan")
    assert "japan" in neighbours("china")  # close as vectors, yet another country
    assert soft_overlap({"china"}, {"japan"}, weights) == (0.0, 0.0)
    assert min(soft_overlap({"chines"}, {"china"}, weights)) > 0.5
    # a name that opens a sentence is still a name: "Chinese troops" is not "Japanese troops"
    assert similarity(
        "Chinese troops crossed the border.", "China's troops crossed the border."
    ) > similarity("Chinese troops crossed the border.", "Japanese troops crossed the border.")
