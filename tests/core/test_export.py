"""The Markdown report on hand-built comparisons and on the real sample."""

from __future__ import annotations

import os
import subprocess
import sys
from dataclasses import replace
from pathlib import Path

from reader.core.export import citation, escape, to_markdown
from reader.core.loading import articles_from_texts, load_articles
from reader.core.model import (
    Article,
    Comparison,
    Conflict,
    Group,
    Member,
    Quantity,
    Sentence,
    distinct_labels,
)
from reader.core.pipeline import compare_articles
from tests.conftest import KERRY


def article(article_id: str, source: str, texts: list[str], title: str = "") -> Article:
    raw = "\n".join(texts)
    sentences, start = [], 0
    for i, text in enumerate(texts):
        sentences.append(Sentence(i, text, start, start + len(text)))
        start += len(text) + 1
    return Article(
        id=article_id,
        path=f"{article_id}.txt",
        raw=raw,
        title=title,
        source=source,
        sentences=tuple(sentences),
    )


def figure(art: Article, index: int, text: str, value: float, unit: str) -> Quantity:
    sentence = art.sentences[index]
    start = sentence.start + sentence.text.index(text)
    return Quantity(
        text, start, start + len(text), "count", value, value, unit, article=art.id, sentence=index
    )


def troop_comparison() -> Comparison:
    a = article(
        "a1",
        "Report A",
        ["Talks fail", "Kerry met Lavrov in Paris.", "Sources said 30,000 troops wait at the border."],
        title="Talks fail",
    )
    b = article(
        "a2",
        "Report B",
        [
            "Lavrov did not pull back the 40,000 troops.",
            "Kerry and Lavrov met on Sunday.",
            "[bold red]x[/] *wow*",
        ],
    )
    quantities = (figure(a, 2, "30,000", 30000, "troops"), figure(b, 0, "40,000", 40000, "troops"))
    groups = (
        Group(0, 0.91, (Member("a1", 1), Member("a2", 1)), evidence=("kerry", "lavrov")),
        Group(1, 0.55, (Member("a1", 2), Member("a2", 0)), evidence=("troops",)),
    )
    conflicts = (
        Conflict(0, "conflict", "troops", (0, 1), 1, "30,000 troops (Report A) vs 40,000 troops (Report B)"),
    )
    return Comparison(articles=(a, b), groups=groups, quantities=quantities, conflicts=conflicts)


def test_report_lists_articles_points_figures_and_unique_sentences() -> None:
    report = to_markdown(troop_comparison())
    assert report.startswith("# Comparison: Talks fail\n")
    assert report.endswith("\n") and not report.endswith("\n\n")
    assert "| 1 | Report A | Talks fail | – | 3 | a1.txt |" in report
    assert "| 2 | Report B | – | – | 3 | a2.txt |" in report
    assert "1 conflicting, 0 compatible." in report
    assert (
        # the point as the report numbers it (group 1 is the report's second point)
        "- **Conflict** about troops (point 2): **30,000**, **40,000**: "
        "30,000 troops (Report A) vs 40,000 troops (Report B)"
    ) in report
    assert "  - Report B, sentence 1: Lavrov did not pull back the **40,000** troops." in report
    # points in the reading order of the first article, with both sources and their scores
    first = report.index("### Point 1 (2/2 sources, score 0.91)")
    second = report.index("### Point 2 (2/2 sources, score 0.55)")
    assert first < second
    assert "Matched on: kerry, lavrov" in report
    assert "- **Report A** [3]: Sources said **30,000** troops wait at the border." in report
    assert "- **Report B** [1]" in report and "Lavrov did not pull back the **40,000** troops." in report
    assert report.count("(moved)") == 1  # B tells the two points in the other order
    assert "## Only in Report A (1 sentence)" in report and "- [1] Talks fail" in report
    assert "## Only in Report B (1 sentence)" in report


def test_tagged_sentences_are_listed_by_tag_and_named_where_quoted() -> None:
    tags = {
        ("a1", 2): ("disputed",),
        ("a2", 0): ("disputed", "check *this*"),
        ("a2", 2): ("important",),
        ("a9", 0): ("stale",),  # an article the comparison does not hold
    }
    report = to_markdown(troop_comparison(), tags=tags)
    section = report[report.index("## Tagged sentences") : report.index("## Aligned points")]
    assert "3 sentences tagged." in section
    # tags in the order they first appear, article by article; each sentence with its point
    assert section.index("### disputed (2)") < section.index(r"### check \*this\* (1)")
    assert section.index(r"### check \*this\* (1)") < section.index("### important (1)")
    assert "- **Report A** [3] (point 2): Sources said **30,000** troops wait at the border." in section
    assert "- **Report B** [1] (point 2): Lavrov did not pull back the **40,000** troops." in section
    assert r"- **Report B** [3]: \[bold red\]x\[/\] \*wow\*" in section  # in no point
    assert "stale" not in report
    # where the points and the unique sentences quote them, their tags follow, escaped
    assert "Sources said **30,000** troops wait at the border. — tagged: disputed\n" in report
    assert r"the **40,000** troops. — tagged: disputed, check \*this\*" in report
    assert r"- [3] \[bold red\]x\[/\] \*wow\* — tagged: important" in report
    assert "*this*" not in report


def test_a_point_scored_under_one_half_is_called_a_weak_match_unless_a_flag_holds_it() -> None:
    comparison = troop_comparison()
    weak = replace(comparison, groups=(comparison.groups[0], replace(comparison.groups[1], score=0.31)))
    report = to_markdown(weak)
    assert "### Point 1 (2/2 sources, score 0.91)\n" in report
    assert "### Point 2 (2/2 sources, score 0.31, a weak match)\n" not in report  # its flag holds it
    assert "### Point 2 (2/2 sources, score 0.31)\n" in report
    unflagged = to_markdown(replace(weak, conflicts=()))
    assert "### Point 2 (2/2 sources, score 0.31, a weak match)\n" in unflagged


def test_a_report_without_tags_has_no_tag_section() -> None:
    for tags in (None, {}, {("a1", 0): ()}):
        report = to_markdown(troop_comparison(), tags=tags)
        assert "## Tagged sentences" not in report and "tagged:" not in report


def test_a_sentence_is_cited_with_its_source_on_one_printable_line() -> None:
    art = replace(
        article("a1", "Reuters", ["Police said\n 12 people\x1b[5m died.", "More."], title="Fire kills 12"),
        date="2014-03-30",
        url="https://example.com/fire",
    )
    assert citation(art, 0) == (
        "“Police said 12 people␛[5m died.” — Reuters, “Fire kills 12”, 2014-03-30, https://example.com/fire"
    )
    bare = replace(art, source="", title="", date="", url="")
    assert citation(bare, 1) == "“More.” — a1, a1.txt"  # the file when nothing else is known


def test_the_day_a_dateline_names_dates_a_citation_and_the_report() -> None:
    """No date in the metadata: the dateline's day cites the sentence and fills the table."""
    from reader.core.loading import articles_from_texts

    (art,) = articles_from_texts({"wire": "Fire kills 12\nMay 5, 2010 13:41\nPolice said 12 people died.\n"})
    assert art.date == ""
    assert citation(art, 2) == "“Police said 12 people died.” — wire, “Fire kills 12”, 2010-05-05, wire"
    report = to_markdown(Comparison(articles=(art,)))
    assert "| 2010-05-05 |" in report


def test_article_text_never_becomes_markup() -> None:
    report = to_markdown(troop_comparison())
    assert r"\[bold red\]x\[/\] \*wow\*" in report
    assert "*wow*" not in report
    assert escape("a_b <script> | x\n y") == r"a\_b \<script\> \| x y"


def test_empty_and_unaligned_comparisons_still_give_a_report() -> None:
    assert to_markdown(Comparison(articles=())).startswith("# Comparison\n")
    art = article("a1", "Solo", ["One.", "Two."])
    report = to_markdown(Comparison(articles=(art,), warnings=("one file was skipped",)))
    assert "No figures differ between the sources." in report
    assert "No sentences were aligned across sources." in report
    assert "## Only in Solo (2 sentences)" in report
    assert "## Notes\n\n- one file was skipped" in report


def test_long_unique_lists_are_capped() -> None:
    art = article("a1", "Long", [f"Sentence {i}." for i in range(60)])
    report = to_markdown(Comparison(articles=(art,)), unique_limit=10)
    assert "- [10] Sentence 9." in report and "- [11]" not in report
    assert "- … and 50 more" in report


def test_real_sample_report_names_both_reports() -> None:
    report = to_markdown(compare_articles(load_articles([KERRY])))
    assert "No Resolution After Kerry, Lavrov" in report
    assert "Report A" in report and "Report B" in report


def test_cli_prints_the_markdown_report() -> None:
    done = subprocess.run(
        [sys.executable, "-m", "reader", "compare", "--markdown", str(KERRY)],
        env={**os.environ, "READER_TAGS": os.devnull},  # not the tags of whoever runs the tests
        capture_output=True,
        text=True,
        timeout=60,
        check=False,
    )
    assert done.returncode == 0, done.stderr
    assert done.stdout.startswith("# Comparison: No Resolution After Kerry")
    assert "## Articles" in done.stdout


def test_a_value_given_twice_is_named_once_in_the_flag_line() -> None:
    """The flag line names each value once; the mentions under it list every sentence."""
    comparison = troop_comparison()
    b = comparison.articles[1]
    again = figure(b, 0, "40,000", 40000, "troops")
    conflict = comparison.conflicts[0]
    twice = Comparison(
        articles=comparison.articles,
        groups=comparison.groups,
        quantities=(*comparison.quantities, again),
        conflicts=(replace(conflict, mentions=(0, 1, 2)),),
    )
    report = to_markdown(twice)
    assert "**30,000**, **40,000**: " in report and "**40,000**, **40,000**" not in report
    assert report.count("  - Report B, sentence 1:") == 2


def test_control_characters_in_article_text_never_reach_the_report_raw(tmp_path: Path) -> None:
    first = tmp_path / "a.txt"
    second = tmp_path / "b.txt"
    first.write_text(
        "Headline \x1b[31mRED\x1b[0m\nThe blast killed 11 people \x07 on Monday.\n", encoding="utf-8"
    )
    second.write_text("Another headline\nThe blast killed 24 people on Monday.\n", encoding="utf-8")
    report = to_markdown(compare_articles(load_articles([first, second])))
    assert "\x1b" not in report and "\x07" not in report
    assert "␛" in report and "11" in report
    assert all(ch in "\n" or ord(ch) >= 0x20 for ch in report)


def test_a_point_names_the_words_its_sentences_share_best_group_first() -> None:
    """ "Matched on" names what the point's sentences share, the best group's evidence first:
    not a word of the group its sentences lack (a headline's group holds the leads too)."""
    comparison = troop_comparison()
    groups = (
        Group(0, 0.91, (Member("a1", 1), Member("a2", 1)), evidence=("Sunday", "lavrov", "kerry")),
        Group(1, 0.55, (Member("a1", 2), Member("a2", 0)), evidence=("troops",)),
    )
    report = to_markdown(replace(comparison, groups=groups))
    assert "Matched on: lavrov, kerry, met\n" in report  # "Sunday" is B's alone


def test_two_reports_of_one_outlet_are_told_apart_by_their_number() -> None:
    """Two articles with one label (two reports of one outlet, or files named alike) are
    numbered as in the table wherever the report names them; a label of its own stays as is."""
    comparison = troop_comparison()
    a, b = (replace(art, source="Reuters") for art in comparison.articles)
    report = to_markdown(replace(comparison, articles=(a, b)))
    assert "| 1 | Reuters (1) |" in report and "| 2 | Reuters (2) |" in report
    assert "- **Reuters (1)** [2]: Kerry met Lavrov in Paris." in report
    assert "  - Reuters (2), sentence 1: Lavrov did not pull back" in report
    assert "## Only in Reuters (1) (1 sentence)" in report
    assert distinct_labels([a, replace(b, source="AP")]) == {"a1": "Reuters", "a2": "AP"}


def test_a_conflicts_explanation_tells_two_reports_of_one_outlet_apart() -> None:
    texts = {
        "a": "Some 30,000 troops massed on the border, officials said.",
        "b": "About 80,000 troops massed on the border, officials said.",
    }
    articles = [replace(art, source="Reuters") for art in articles_from_texts(texts)]
    conflicts = compare_articles(articles).conflicts
    assert conflicts and 'Reuters (1): "Some 30,000"' in conflicts[0].explanation
    assert 'Reuters (2): "About 80,000"' in conflicts[0].explanation


def _reported(comparison: Comparison) -> set[tuple[str, int]]:
    """(source name, sentence number) of every sentence the Markdown report lists."""
    import re

    from reader.core.model import distinct_labels

    names = {escape(label): art for art, label in distinct_labels(comparison.articles).items()}
    seen: set[tuple[str, int]] = set()
    only = None
    for line in to_markdown(comparison, unique_limit=10**6).splitlines():
        if m := re.match(r"## Only in (.*) \(\d+ sentences?\)", line):
            only = names[m.group(1)]
        elif line.startswith("## "):
            only = None
        elif m := re.match(r"- \*\*(.+?)\*\* \[(\d+)\]", line):
            seen.add((names[m.group(1)], int(m.group(2)) - 1))
        elif (m := re.match(r"- \[(\d+)\]", line)) and only:
            seen.add((only, int(m.group(1)) - 1))
    return seen


def test_the_report_accounts_for_every_sentence(corpus_dir: Path) -> None:
    """Each sentence is in a point or under "Only in": one whose partner stands in another row
    (the pivot's sentence, told once) is listed with that point, "(shown apart)"."""
    import re

    from reader import compare_paths
    from tests.conftest import SAMPLES

    folders = [p for p in SAMPLES.iterdir() if p.is_dir()]
    names = ("basil_2014_96b7046f", "basil_2013_a4f1d515", "basil_2012_450755dd")
    folders += [corpus_dir / name for name in names]
    for folder in folders:
        comparison = compare_paths(folder)
        for point in to_markdown(comparison).split("### Point ")[1:]:
            listed = re.findall(r"- \*\*(.+?)\*\* \[(\d+)\]", point.split("\n## ")[0])
            assert len(listed) == len(set(listed)), folder.name  # each sentence once a point
        reported = _reported(comparison)
        lost = [
            (a.id, s.index)
            for a in comparison.articles
            for s in a.sentences
            if (a.id, s.index) not in reported
        ]
        assert lost == [], folder.name
