"""The aligner on hand-made articles and on the bundled samples."""

from __future__ import annotations

from pathlib import Path

import pytest

from reader import compare_paths, compare_texts
from reader.core.alignment import align_articles, judged_pairs, shared_evidence
from reader.core.layout import build_layout
from reader.core.loading import articles_from_texts, load_articles
from reader.core.model import Article, Comparison, Group, Member, Sentence
from reader.core.pipeline import compare_articles
from reader.core.similarity import same_meaning, same_meaning_probability

SAMPLES = Path(__file__).resolve().parents[2] / "sample_articles"


def article(article_id: str, *sentences: str) -> Article:
    """An article whose sentences are given (body sentences, no segmentation)."""
    raw = " ".join(sentences)
    spans, pos = [], 0
    for k, text in enumerate(sentences):
        spans.append(Sentence(k, text, pos, pos + len(text)))
        pos += len(text) + 1
    return Article(id=article_id, path="", raw=raw, sentences=tuple(spans))


def pairs(groups: list[Group]) -> set[tuple[Member, Member]]:
    """Cross-article member pairs of the groups, each as (first, second) in article order."""
    out = set()
    for group in groups:
        for m in group.members:
            for n in group.members:
                if m.article < n.article:
                    out.add((m, n))
    return out


A = article(
    "a",
    "An earthquake of magnitude 6.1 struck the Indonesian island of Sumatra on Tuesday.",
    "At least 12 people were killed and dozens injured when buildings collapsed in Padang.",
    "Rescue teams searched the rubble of a collapsed school through the night.",
    "The president said the government would send food and tents to the survivors.",
)
B = article(
    "b",
    "Indonesia's president promised tents and food for the survivors.",
    "Workers dug through the rubble of a school that collapsed, searching all night.",
    "The 6.1-magnitude quake hit Sumatra, Indonesia, on Tuesday, officials said.",
    "Twelve people died and dozens were hurt as buildings fell in the city of Padang.",
)


def test_reordered_paraphrases_pair() -> None:
    found = pairs(align_articles([A, B]))
    expected = {
        (Member("a", 0), Member("b", 2)),
        (Member("a", 1), Member("b", 3)),
        (Member("a", 2), Member("b", 1)),
        (Member("a", 3), Member("b", 0)),
    }
    assert expected <= found
    assert len(found) <= len(expected) + 1


def test_topical_but_different_sentences_do_not_pair() -> None:
    one = article("a", "Kerry and Lavrov met in Paris on Sunday to talk about Ukraine.")
    two = article("b", "Ukraine's central bank raised its main interest rate to 9.5 percent.")
    three = article("c", "Ukraine's football team lost 2-0 to Portugal in Lisbon.")
    assert align_articles([one, two, three]) == []


def test_a_paraphrase_in_other_words_pairs_and_a_topical_sentence_does_not() -> None:
    """Near-synonyms (word-vector neighbours) carry a pair that shares no content word but its day."""
    treaty = "Legislators approved the treaty on Friday."
    assert compare_texts({"a": treaty, "b": "Lawmakers ratified the pact on Friday."}).groups
    assert not compare_texts({"a": treaty, "b": "Senators debated the budget on Friday."}).groups


def test_a_sentence_carrying_two_points_joins_two_groups() -> None:
    both = article(
        "a",
        "Kerry met Lavrov in Paris for four hours, while Obama phoned Putin about the 40,000 troops.",
    )
    split = article(
        "b",
        "John Kerry and Sergei Lavrov met for four hours in Paris.",
        "Obama spoke to Putin by phone about the 40,000 Russian troops on the border.",
    )
    groups = align_articles([both, split])
    holding = [g for g in groups if Member("a", 0) in g.members]
    partners = {m for g in holding for m in g.members if m.article == "b"}
    assert partners == {Member("b", 0), Member("b", 1)}
    assert len(holding) == 2  # two points, two groups: the two B sentences are not chained


def test_a_two_point_sentence_does_not_chain_its_two_points() -> None:
    # b0 carries the meeting of a0 and the call of c0: neither a group nor a row of the
    # view puts a0 and c0 together, and b0 shows beside both.
    one = article(
        "a", "John Kerry and Sergei Lavrov met for four hours in Paris.", "The talks ended without a deal."
    )
    both = article(
        "b", "Kerry met Lavrov in Paris for four hours, while Obama phoned Putin about the 40,000 troops."
    )
    three = article(
        "c",
        "Obama spoke to Putin by phone about the 40,000 Russian troops on the border.",
        "The Kremlin gave no details of the call.",
    )
    groups = align_articles([one, both, three])
    assert pairs(groups) == {(Member("a", 0), Member("b", 0)), (Member("b", 0), Member("c", 0))}
    rows = build_layout(Comparison((one, both, three), tuple(groups)), "a")
    assert [row.cells for row in rows if row.coverage >= 2] == [((0,), (0,), ()), ((), (0,), (0,))]
    assert [row.repeated for row in rows if row.coverage >= 2][1] == (False, True, False)


def test_typos_in_names_still_pair() -> None:
    one = article("a", "Russian Foreign Minister Sergei Lavrov rejected the Ukranian proposal.")
    two = article("b", "Segery Lavrov, Russia's foreign minister, turned down the Ukrainian plan.")
    groups = align_articles([one, two])
    assert pairs(groups) == {(Member("a", 0), Member("b", 0))}
    assert any("Lavrov" in word for word in groups[0].evidence)


def test_unrelated_sentences_stay_apart_even_with_a_shared_name() -> None:
    one = article("a", "Lavrov arrived in Paris late on Saturday.")
    two = article("b", "Lavrov's daughter studied at Columbia University in New York.")
    assert align_articles([one, two]) == []


def test_must_link_and_cannot_link_are_honoured() -> None:
    forced = (Member("a", 3), Member("b", 2))  # the president's promise and the quake: unrelated
    forbidden = (Member("a", 0), Member("b", 2))  # the quake in both: a clear pair
    assert (forbidden[0], forbidden[1]) in pairs(align_articles([A, B]))
    groups = align_articles([A, B], must_link=[forced], cannot_link=[forbidden])
    assert any(forced[0] in g.members and forced[1] in g.members for g in groups)
    assert not any(forbidden[0] in g.members and forbidden[1] in g.members for g in groups)
    # forbidding a pair the user forced as well: the ban wins, and nothing crashes
    groups = align_articles([A, B], must_link=[forced], cannot_link=[(forced[1], forced[0])])
    assert not any(forced[0] in g.members and forced[1] in g.members for g in groups)


def test_constraints_on_unknown_sentences_are_ignored() -> None:
    ghost = (Member("a", 99), Member("zz", 0))
    assert align_articles([A, B], must_link=[ghost], cannot_link=[ghost]) == align_articles([A, B])


@pytest.mark.parametrize(
    ("first", "second", "same"),
    [
        (
            "Kerry and Lavrov talked for four hours in Paris on Sunday.",
            "On Sunday in Paris, Lavrov and Kerry held four hours of talks.",
            True,
        ),
        (
            "Kerry and Lavrov talked for four hours in Paris on Sunday.",
            "The euro fell against the dollar in Tokyo trading on Monday.",
            False,
        ),
    ],
)
def test_compare_texts_groups_one_sentence_each_exactly_when_judged_same(
    first: str, second: str, same: bool
) -> None:
    comparison = compare_texts({"a": first, "b": second})
    articles = articles_from_texts({"a": first, "b": second})
    judged = any(linked for _, linked in judged_pairs(articles).values())
    assert judged is same
    assert bool(comparison.groups) is same
    if same:
        (group,) = comparison.groups
        assert {m.article for m in group.members} == {"a1", "a2"}


def test_groups_span_two_articles_on_real_samples() -> None:
    comparison = compare_paths([SAMPLES / "kerry_lavrov"])
    assert comparison.groups
    for group in comparison.groups:
        assert len({m.article for m in group.members}) >= 2
        assert 0.0 <= group.score <= 1.0
        assert group.evidence
        for m in group.members:
            assert 0 <= m.sentence < len(comparison.article(m.article).sentences)
    ids = [g.id for g in comparison.groups]
    assert ids == list(range(len(ids)))


def test_the_kerry_lavrov_meeting_sentences_pair() -> None:
    articles = load_articles([SAMPLES / "kerry_lavrov"])
    groups = align_articles(articles)
    meeting = [
        g
        for g in groups
        if any(
            "Sergei Lavrov talked for four hours" in articles[0].sentences[m.sentence].text
            for m in g.members
            if m.article == articles[0].id
        )
    ]
    assert meeting
    partner_texts = [
        articles[1].sentences[m.sentence].text
        for g in meeting
        for m in g.members
        if m.article == articles[1].id
    ]
    assert any("Segery Lavrov" in text for text in partner_texts)


def test_deterministic() -> None:
    articles = load_articles([SAMPLES / "greek_bank_riot_2010"])
    first = align_articles(articles)
    second = align_articles(list(articles))
    assert first == second
    assert len(first) > 5


def test_no_groups_for_fewer_than_two_articles() -> None:
    assert align_articles([]) == []
    assert align_articles([A]) == []


def test_empty_articles_and_constraints_on_them_are_harmless() -> None:
    empty = Article(id="e", path="", raw="")
    constraint = [(Member("e", 0), Member("a", 0))]
    groups = align_articles([A, B, empty], must_link=constraint, cannot_link=constraint)
    assert groups == align_articles([A, B])


def test_one_sentence_articles_are_judged_by_the_sentence_pair_model() -> None:
    """Without context (one sentence each) the decision is the "same meaning" model's."""
    first = "The company's shares fell 5 percent on Tuesday after the report."
    second = "Shares of the company dropped 5 percent Tuesday following the report."
    articles = articles_from_texts({"a": first, "b": second})
    ((probability, linked),) = judged_pairs(articles).values()
    assert linked is same_meaning(first, second)
    assert probability == pytest.approx(same_meaning_probability(first, second))
    assert bool(compare_texts({"a": first, "b": second}).groups) is linked


def test_an_empty_third_article_changes_nothing() -> None:
    empty = Article(id="e", path="", raw="")
    assert align_articles([A, empty, B]) == align_articles([A, B])


def test_related_words_alone_do_not_pair() -> None:
    """Word-vector neighbours count only beside a shared word: ship/plane, sank/landed are
    related words, and two sentences made only of them are not one point."""
    texts = {"a": "The ship sank in the storm.", "b": "The plane landed in the rain."}
    assert not compare_texts(texts).groups


def test_sentences_that_give_one_things_figure_share_a_point_and_a_row() -> None:
    """Kerry-Lavrov: the aligner leaves the range and the 40,000 apart (one word in common); the
    flag across them makes them a group, and the layout sets them side by side."""
    comparison = compare_paths([SAMPLES / "kerry_lavrov"])
    troops = [c for c in comparison.conflicts if c.about == "troops"]
    assert troops and troops[0].group is not None
    first, second = (comparison.quantities[m] for m in troops[0].mentions[:2])
    assert {first.text, second.text} == {"between 30,000-100,000", "40,000"}
    group = next(g for g in comparison.groups if g.id == troops[0].group)
    assert {(m.article, m.sentence) for m in group.members} >= {
        (first.article, first.sentence),
        (second.article, second.sentence),
    }
    assert "troops" in group.evidence
    aligned = align_articles(comparison.articles)
    assert not any(
        {Member(first.article, first.sentence), Member(second.article, second.sentence)} <= set(g.members)
        for g in aligned
    ), "the aligner alone does not group them: the figures do"
    rows = build_layout(comparison, comparison.articles[0].id)
    positions = {a.id: k for k, a in enumerate(comparison.articles)}
    row = next(r for r in rows if first.sentence in r.cells[positions[first.article]])
    assert second.sentence in row.cells[positions[second.article]]


def test_a_pair_the_user_split_is_not_joined_by_its_figures() -> None:
    """ "Not the same point" holds against the figures too: the flag stays, outside any group."""
    plain = compare_paths([SAMPLES / "kerry_lavrov"])
    conflict = next(c for c in plain.conflicts if c.about == "troops")
    first, second = (plain.quantities[m] for m in conflict.mentions[:2])
    split = (Member(first.article, first.sentence), Member(second.article, second.sentence))
    comparison = compare_articles(plain.articles, cannot_link=[split])
    again = next(c for c in comparison.conflicts if c.about == "troops")
    assert again.group is None or not set(split) <= set(
        next(g for g in comparison.groups if g.id == again.group).members
    )


def test_a_dateline_shares_a_point_only_with_a_date() -> None:
    """Greek riot sample: "May 5, 2010" and "five other bank workers were rescued" share a 5, not
    a point (they were grouped); the datelines of the day still share one."""
    comparison = compare_paths([SAMPLES / "greek_bank_riot_2010"])
    roles = {(a.id, s.index): s.role for a in comparison.articles for s in a.sentences}
    texts = {(a.id, s.index): s.text for a in comparison.articles for s in a.sentences}
    rescued = next(key for key, text in texts.items() if "five other bank workers" in text)
    for group in comparison.groups:
        members = {(m.article, m.sentence) for m in group.members}
        assert not (rescued in members and any(roles[m] == "dateline" for m in members))
    assert any(
        sum(1 for m in group.members if roles[(m.article, m.sentence)] == "dateline") >= 3
        for group in comparison.groups
    ), "the datelines of 5 May 2010 are one point"


def test_datelines_of_different_days_are_different_points() -> None:
    """ "November 11, 2011" and "Posted on November 15, 2011" date two days; "Fri, 11 Nov 2011"
    is the first one written otherwise."""
    texts = {
        "a.txt": "Navy foils pirate attack in Gulf of Aden\nUpdated: November 11, 2011 20:09 IST\n"
        "The Indian Navy foiled a pirate attack on merchant ships in the Gulf of Aden.\n",
        "b.txt": "Indian warship foils pirate attack\nPublished on: Fri, 11 Nov 2011 at 09:56 IST\n"
        "An Indian warship foiled a pirate attack on merchant vessels in the Gulf of Aden.\n",
        "c.txt": "Pirates foiled in the Gulf of Aden\nPosted on November 15, 2011 6:07:15 PM\n"
        "The Indian Navy foiled a pirate attack on merchant ships in the Gulf of Aden on Friday.\n",
    }
    articles = articles_from_texts(texts)
    assert all(art.sentences[1].role == "dateline" for art in articles)
    linked = {
        frozenset((m.article, n.article))
        for g in align_articles(articles)
        for m in g.members
        for n in g.members
        if m.sentence == n.sentence == 1 and m.article != n.article
    }
    assert frozenset(("a1", "a2")) in linked
    assert frozenset(("a1", "a3")) not in linked and frozenset(("a2", "a3")) not in linked


def test_a_stem_of_very_many_sentences_finds_no_candidates_whatever_the_cluster_size(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """The pairs a stem makes grow with the square of its sentences: past `STEM_CAP_MAX`
    sentences a stem finds no candidates, even where the share cap (a share of a large
    cluster) would allow more. Scaled down: four sentences share one rare word."""
    from reader.core import pairing

    a = article("a", "Zephyrwind ran north quickly.", "Zephyrwind went south slowly.")
    b = article("b", "Zephyrwind flew east today.", "Zephyrwind sat west yesterday.")
    monkeypatch.setattr(pairing, "STEM_CAP_MIN", 2)
    monkeypatch.setattr(pairing, "STEM_CAP_SHARE", 1.0)  # the share alone would allow all four
    monkeypatch.setattr(pairing, "STEM_CAP_MAX", 10)
    table, where = pairing.cosines(pairing.prepare([a, b]))
    total = len(where)
    assert 0 * total + 2 in table  # a0 / b0: the rare word alone makes them candidates
    monkeypatch.setattr(pairing, "STEM_CAP_MAX", 3)
    table, _ = pairing.cosines(pairing.prepare([a, b]))
    assert table == {}


def test_shared_evidence_names_what_the_shown_sentences_share() -> None:
    """The groups' evidence the sentences share comes first, in its order; evidence they do
    not share is left out; the other shared words follow, each once, in their shortest form;
    spelling variants count as one word; an article without sentences counts for nothing."""
    headlines = [
        ["Holder hears Ferguson's anger"],
        [],
        ["Eric Holder in Ferguson", "Holder meets the family"],
    ]
    assert shared_evidence(headlines, ["Louis", "Holder", "Eric", "Holder"]) == ("Holder", "Ferguson")
    assert shared_evidence(headlines) == ("Ferguson", "Holder")  # "Holder" stems to "hold", a common word
    names = [["Sergei Lavrov met 40,000 troops."], ["Segery Lavrov counted 40000 soldiers."]]
    assert shared_evidence(names, ["Sergei/Segery", "40,000"]) == ("Sergei/Segery", "40,000", "Lavrov")
    assert shared_evidence([["The vessel sank."], ["A ship went down."]], ["ship"]) == ()
    assert shared_evidence([["Only one source."]], ["source"]) == ()


def test_the_leads_of_two_reports_of_one_event_pair_in_other_words() -> None:
    # both tell the news in their first body sentences, sharing hardly a word
    articles = load_articles([SAMPLES / "paris_jewel_raid_2013"])
    first = next(k for k, a in enumerate(articles) if "web-orange" in a.path)
    second = next(k for k, a in enumerate(articles) if "thelocal" in a.path)
    ram = next(s.index for s in articles[first].sentences if s.text.startswith("Four men drove a 4x4"))
    raiders = next(s.index for s in articles[second].sentences if s.text.startswith("Ram-raiders ploughed"))
    linked = pairs(align_articles(articles))
    assert (Member(articles[first].id, ram), Member(articles[second].id, raiders)) in linked


def test_a_report_of_another_event_links_with_nothing() -> None:
    # its headline and the Kerry-Lavrov headlines are openings, and "first" is a common word
    # ("the first time Russia agreed" / "the central first district"): no reason to link
    paris = sorted((SAMPLES / "paris_jewel_raid_2013").glob("*.txt"))[0]
    articles = load_articles([SAMPLES / "kerry_lavrov", paris])
    groups = align_articles(articles)
    assert groups
    assert all(m.article != articles[2].id for g in groups for m in g.members)
    pair = align_articles([articles[0], articles[2]])
    assert pair == []


def test_a_pair_the_user_linked_stands_between_unrelated_articles() -> None:
    paris = sorted((SAMPLES / "paris_jewel_raid_2013").glob("*.txt"))[0]
    articles = load_articles([SAMPLES / "kerry_lavrov", paris])
    forced = (Member(articles[0].id, 3), Member(articles[2].id, 4))
    groups = align_articles(articles, must_link=[forced])
    assert [g.members for g in groups if any(m.article == articles[2].id for m in g.members)] == [forced]
