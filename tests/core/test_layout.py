"""The side-by-side layout on hand-built comparisons (no aligner needed)."""

from __future__ import annotations

import random
import time
from collections.abc import Sequence

import pytest

from reader.core.layout import Row, build_layout, row_of
from reader.core.model import Article, Comparison, Group, Member, Sentence


def make_article(article_id: str, count: int) -> Article:
    """An article of `count` numbered sentences."""
    texts = [f"{article_id} sentence {i}." for i in range(count)]
    raw = " ".join(texts)
    sentences = []
    start = 0
    for i, text in enumerate(texts):
        sentences.append(Sentence(i, text, start, start + len(text)))
        start += len(text) + 1
    return Article(id=article_id, path=f"{article_id}.txt", raw=raw, sentences=tuple(sentences))


def make_comparison(
    sizes: dict[str, int], links: Sequence[tuple[float, Sequence[tuple[str, int]]]]
) -> Comparison:
    """Articles of the given sizes and groups given as (score, [(article, sentence), ...])."""
    articles = tuple(make_article(aid, n) for aid, n in sizes.items())
    groups = tuple(
        Group(id=gid, score=score, members=tuple(Member(a, s) for a, s in members))
        for gid, (score, members) in enumerate(links)
    )
    return Comparison(articles=articles, groups=groups)


def placements(rows: Sequence[Row], article: int) -> list[int]:
    """Article `article`'s own (non-repeated) sentences in row order."""
    seen: list[int] = []
    for row in rows:
        if not (row.repeated and row.repeated[article]):
            seen.extend(row.cells[article])
    return seen


def cell_rows(rows: Sequence[Row], article: int) -> list[tuple[int, ...]]:
    """Article `article`'s non-empty cells in row order."""
    return [row.cells[article] for row in rows if row.cells[article]]


def test_identical_articles_line_up_one_to_one() -> None:
    comp = make_comparison({"a": 3, "b": 3}, [(0.9, [("a", i), ("b", i)]) for i in range(3)])
    rows = build_layout(comp, "a")
    assert [row.cells for row in rows] == [((0,), (0,)), ((1,), (1,)), ((2,), (2,))]
    assert [row.groups for row in rows] == [(0,), (1,), (2,)]
    assert not any(row.unique for row in rows)
    assert all(row.moved == (False, False) for row in rows)
    assert all(row.coverage == 2 for row in rows)


def test_no_groups_gives_unique_rows_in_each_article_order() -> None:
    comp = make_comparison({"a": 2, "b": 3}, [])
    rows = build_layout(comp, "a")
    assert len(rows) == 5
    assert all(row.unique and row.coverage == 1 and row.groups == () for row in rows)
    assert placements(rows, 0) == [0, 1]
    assert placements(rows, 1) == [0, 1, 2]


def test_unique_sentences_stay_near_their_neighbours() -> None:
    # b1 and b2 are b's own; they follow b0, which sits beside a0.
    comp = make_comparison({"a": 3, "b": 4}, [(0.8, [("a", 0), ("b", 0)]), (0.8, [("a", 2), ("b", 3)])])
    rows = build_layout(comp, "a")
    assert [row.cells for row in rows] == [
        ((0,), (0,)),
        ((), (1,)),
        ((), (2,)),
        ((1,), ()),
        ((2,), (3,)),
    ]
    assert [row.unique for row in rows] == [False, True, True, True, False]
    assert not any(any(row.moved) for row in rows)


def test_the_pivots_first_row_comes_first() -> None:
    """Another source's leading unique sentence (its headline, a byline) follows the pivot's
    first row instead of opening the view; its linked neighbour keeps its place in order."""
    comp = make_comparison({"a": 2, "b": 2}, [(0.8, [("a", 0), ("b", 1)])])
    rows = build_layout(comp, "a")
    assert rows[0].cells == ((0,), (1,)) and not any(rows[0].moved)
    assert rows[1].cells == ((), (0,)) and rows[1].unique


def test_unreached_points_of_other_sources_follow_the_pivots_first_row() -> None:
    """b0 and c0 link to each other but to no pivot sentence: their row comes after a0's."""
    comp = make_comparison(
        {"a": 2, "b": 2, "c": 1}, [(0.8, [("b", 0), ("c", 0)]), (0.8, [("a", 1), ("b", 1)])]
    )
    rows = build_layout(comp, "a")
    assert rows[0].cells == ((0,), (), ())
    assert rows[1].cells == ((), (0,), (0,))
    assert rows[2].cells == ((1,), (1,), ())


def test_moved_marks_the_fewest_sentences_out_of_order() -> None:
    # b tells a's point 3 first: b0 ~ a3, then b1..b3 ~ a0..a2.
    links = [(0.9, [("a", 3), ("b", 0)])] + [(0.9, [("a", i), ("b", i + 1)]) for i in range(3)]
    comp = make_comparison({"a": 4, "b": 4}, links)
    rows = build_layout(comp, "a")
    assert [row.cells[1] for row in rows] == [(1,), (2,), (3,), (0,)]
    assert [row.moved for row in rows] == [(False, False)] * 3 + [(False, True)]


def test_moved_sentences_tell_which_sentence_of_a_cell_moved() -> None:
    # b0 and b2 both match a0; b1 matches a1: b reads 0, 2, 1 and only b2 is out of order.
    comp = make_comparison(
        {"a": 2, "b": 3}, [(0.9, [("a", 0), ("b", 0), ("b", 2)]), (0.9, [("a", 1), ("b", 1)])]
    )
    rows = build_layout(comp, "a")
    assert [row.cells[1] for row in rows] == [(0, 2), (1,)]
    assert rows[0].moved == (False, True)
    assert rows[0].moved_sentences == ((), (2,))
    assert rows[0].is_moved(1, 2) and not rows[0].is_moved(1, 0)
    assert not rows[1].is_moved(1, 1)


def test_on_a_tie_a_body_sentence_sits_beside_a_body_sentence() -> None:
    # one group holds a's headline, a's first body sentence and b's first sentence
    comp = make_comparison({"a": 2, "b": 1}, [(0.7, [("a", 0), ("a", 1), ("b", 0)])])
    a = comp.articles[0]
    headline = Sentence(0, a.sentences[0].text, a.sentences[0].start, a.sentences[0].end, role="headline")
    a = Article(id=a.id, path=a.path, raw=a.raw, sentences=(headline, a.sentences[1]))
    comp = Comparison(articles=(a, comp.articles[1]), groups=comp.groups)
    rows = build_layout(comp, "a")
    assert row_of(rows, 1, 0) == 1
    assert [row.cells for row in rows] == [((0,), (0,)), ((1,), (0,))]
    assert rows[0].repeated == (False, True) and rows[1].repeated == (False, False)


def test_a_repeated_cell_marks_only_its_out_of_order_sentences() -> None:
    # a0 links weakly to b0 and b3, whose own rows are beside a1 and a2
    comp = make_comparison(
        {"a": 3, "b": 4},
        [
            (0.3, [("a", 0), ("b", 0), ("b", 3)]),
            (0.9, [("a", 1), ("b", 0)]),
            (0.9, [("a", 2), ("b", 3)]),
        ],
    )
    rows = build_layout(comp, "a")
    assert rows[0].cells[1] == (0, 3) and rows[0].repeated[1]
    # b reads (0, 3 repeated), 0, 1, 2, 3: only the early 3 is out of order
    assert rows[0].moved_sentences[1] == (3,)


def test_pivot_change_reorders_rows_and_moves_the_other_article() -> None:
    links = [(0.9, [("a", 3), ("b", 0)])] + [(0.9, [("a", i), ("b", i + 1)]) for i in range(3)]
    comp = make_comparison({"a": 4, "b": 4}, links)
    rows = build_layout(comp, "b")
    assert placements(rows, 1) == [0, 1, 2, 3]
    assert [row.cells[0] for row in rows] == [(3,), (0,), (1,), (2,)]
    assert rows[0].moved == (True, False)
    assert not any(any(row.moved) for row in rows[1:])


def test_a_sentence_covering_two_points_is_shown_beside_both() -> None:
    # b0 carries a0's and a1's points; it lives in a0's row (higher score) and repeats in a1's.
    comp = make_comparison(
        {"a": 3, "b": 2},
        [(0.9, [("a", 0), ("b", 0)]), (0.6, [("a", 1), ("b", 0)]), (0.9, [("a", 2), ("b", 1)])],
    )
    rows = build_layout(comp, "a")
    assert [row.cells for row in rows] == [((0,), (0,)), ((1,), (0,)), ((2,), (1,))]
    assert rows[0].repeated == (False, False)
    assert rows[1].repeated == (False, True)
    assert rows[1].moved == (False, False)  # b0 again right after b0: still in b's order
    assert rows[1].groups == (1,)
    assert row_of(rows, 1, 0) == 0


def test_best_link_wins_over_first() -> None:
    comp = make_comparison({"a": 3, "b": 1}, [(0.4, [("a", 0), ("b", 0)]), (0.9, [("a", 2), ("b", 0)])])
    rows = build_layout(comp, "a")
    assert row_of(rows, 1, 0) == 2
    assert rows[2].repeated == (False, False)
    assert rows[0].cells == ((0,), (0,)) and rows[0].repeated == (False, True)
    assert rows[0].moved == (False, False)  # b0, then b0 again: b's order holds


def test_a_repeat_that_breaks_the_order_is_moved() -> None:
    # b1 lives beside a2 and repeats beside a0, above b0: b reads 1, 0, 1.
    comp = make_comparison(
        {"a": 3, "b": 2},
        [(0.5, [("a", 0), ("b", 1)]), (0.9, [("a", 1), ("b", 0)]), (0.9, [("a", 2), ("b", 1)])],
    )
    rows = build_layout(comp, "a")
    assert [row.cells[1] for row in rows] == [(1,), (0,), (1,)]
    assert [row.repeated[1] for row in rows] == [True, False, False]
    assert [row.moved[1] for row in rows] == [True, False, False]


def test_several_sentences_of_one_article_share_a_row() -> None:
    comp = make_comparison(
        {"a": 2, "b": 3}, [(0.8, [("a", 0), ("b", 0), ("b", 1)]), (0.8, [("a", 1), ("b", 2)])]
    )
    rows = build_layout(comp, "a")
    assert [row.cells for row in rows] == [((0,), (0, 1)), ((1,), (2,))]


def test_points_the_pivot_lacks_form_their_own_rows() -> None:
    # b1 ~ c1 (a has no such point); b0 ~ a0 ~ c0; b2 ~ a1 ~ c2.
    comp = make_comparison(
        {"a": 2, "b": 3, "c": 3},
        [
            (0.9, [("a", 0), ("b", 0), ("c", 0)]),
            (0.7, [("b", 1), ("c", 1)]),
            (0.9, [("a", 1), ("b", 2), ("c", 2)]),
        ],
    )
    rows = build_layout(comp, "a")
    assert [row.cells for row in rows] == [((0,), (0,), (0,)), ((), (1,), (1,)), ((1,), (2,), (2,))]
    assert rows[1].groups == (1,) and not rows[1].unique and rows[1].coverage == 2


def test_a_chain_does_not_join_the_pivot_row() -> None:
    # c0 is linked only to b0, which is linked to a0 (b0 carries two points): c0 founds a
    # row of its own, where b0 shows again as a repeated cell.
    comp = make_comparison(
        {"a": 1, "b": 1, "c": 1}, [(0.9, [("a", 0), ("b", 0)]), (0.5, [("b", 0), ("c", 0)])]
    )
    rows = build_layout(comp, "a")
    assert [row.cells for row in rows] == [((0,), (0,), ()), ((), (0,), (0,))]
    assert [row.groups for row in rows] == [(0,), (1,)]
    assert rows[1].repeated == (False, True, False)


def test_a_chain_runs_no_further_than_the_majority_of_a_row() -> None:
    # a0-b0-c0 form one group; d0 is linked to b0 and c0 (two of the row's three), e0 to d0 only.
    comp = make_comparison(
        {"a": 1, "b": 1, "c": 1, "d": 1, "e": 1},
        [
            (0.9, [("a", 0), ("b", 0), ("c", 0)]),
            (0.8, [("b", 0), ("c", 0), ("d", 0)]),
            (0.7, [("d", 0), ("e", 0)]),
        ],
    )
    rows = build_layout(comp, "a")
    assert [row.cells for row in rows] == [((0,), (0,), (0,), (0,), ()), ((), (), (), (0,), (0,))]
    assert rows[1].repeated == (False, False, False, True, False)


def test_a_sentence_linked_to_one_of_several_sentences_of_a_row_gets_its_own_row() -> None:
    # a0 matches b0 and b1; c0 matches b1 alone: the row of a0 does not take c0 in.
    comp = make_comparison(
        {"a": 1, "b": 2, "c": 1}, [(0.9, [("a", 0), ("b", 0), ("b", 1)]), (0.8, [("b", 1), ("c", 0)])]
    )
    rows = build_layout(comp, "a")
    assert [row.cells for row in rows] == [((0,), (0, 1), ()), ((), (1,), (0,))]
    assert rows[1].repeated == (False, True, False)


def test_the_pivot_is_never_repeated_in_another_row() -> None:
    # b0 and c0 are linked to a0 (which carries two points) but not to each other: c0 gets
    # a row of its own, shown again in a0's row, and its row does not show a0 again.
    comp = make_comparison(
        {"a": 1, "b": 1, "c": 1},
        [(0.9, [("a", 0), ("b", 0)]), (0.8, [("a", 0), ("c", 0)])],
    )
    rows = build_layout(comp, "a")
    assert [row.cells for row in rows] == [((0,), (0,), (0,)), ((), (), (0,))]
    assert rows[0].repeated == (False, False, True)
    assert not any(rows[1].repeated)


def test_bad_members_are_ignored_and_unknown_pivot_raises() -> None:
    comp = make_comparison({"a": 1, "b": 1}, [(0.9, [("a", 0), ("b", 5)]), (0.9, [("a", 0), ("zz", 0)])])
    rows = build_layout(comp, "a")
    assert [row.cells for row in rows] == [((0,), ()), ((), (0,))]
    assert all(row.unique for row in rows)
    with pytest.raises(KeyError):
        build_layout(comp, "nope")


def random_comparison(seed: int, n_articles: int, n_sentences: int) -> Comparison:
    """A messy cluster: overlapping, crossing, many-to-many groups."""
    rng = random.Random(seed)
    ids = [f"a{k}" for k in range(n_articles)]
    links: list[tuple[float, list[tuple[str, int]]]] = []
    for _ in range(n_sentences * n_articles // 2):
        chosen = rng.sample(ids, rng.randint(2, min(4, n_articles)))
        members = [(aid, rng.randrange(n_sentences)) for aid in chosen]
        if rng.random() < 0.2:
            members.append((chosen[0], rng.randrange(n_sentences)))
        links.append((round(rng.random(), 3), members))
    return make_comparison(dict.fromkeys(ids, n_sentences), links)


@pytest.mark.parametrize("seed", range(6))
def test_invariants_on_random_clusters(seed: int) -> None:
    comp = random_comparison(seed, n_articles=2 + seed, n_sentences=15 + 5 * seed)
    for pivot_pos, pivot in enumerate(a.id for a in comp.articles):
        rows = build_layout(comp, pivot)
        assert rows == build_layout(comp, pivot)  # deterministic
        assert placements(rows, pivot_pos) == list(range(len(comp.articles[pivot_pos].sentences)))
        assert all(len(row.cells[pivot_pos]) <= 1 for row in rows)
        for pos, article in enumerate(comp.articles):
            # every sentence has exactly one row of its own
            assert sorted(placements(rows, pos)) == list(range(len(article.sentences)))
        for row in rows:
            assert row.coverage >= 1
            assert len(row.cells) == len(row.moved) == len(row.repeated) == len(comp.articles)
            assert not row.moved[pivot_pos]
            if row.unique:
                assert row.coverage == 1 and row.groups == ()
        # the sentences not marked moved are in their article's order
        for pos in range(len(comp.articles)):
            steady = [
                i for row in rows if not row.moved[pos] for i in row.cells[pos] if not row.repeated[pos]
            ]
            assert steady == sorted(steady)


def test_ten_articles_of_two_hundred_sentences_is_fast() -> None:
    comp = random_comparison(99, n_articles=10, n_sentences=200)
    build_layout(comp, "a0")
    started = time.perf_counter()
    rows = build_layout(comp, "a3")
    elapsed = time.perf_counter() - started
    assert len(rows) >= 200
    assert elapsed < 0.5, f"layout took {elapsed:.3f} s"  # generous: a few ms on a laptop
