"""A readable Markdown report of a comparison (``reader compare --markdown``).

The report lists the articles, the flagged figures with their explanations, the sentences
the user tagged (by tag), the aligned points in the reading order of the first article
(each with the sentences of every source that covers it, figures in bold, tags named), and
what each source alone reports. Article text and tag names are escaped, so they never turn
into Markdown markup.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping, Sequence

from reader.core.alignment import WEAK_MATCH, shared_evidence
from reader.core.layout import Row, build_layout
from reader.core.model import Article, Comparison, Conflict, Quantity, Sentence, distinct_labels
from reader.core.printable import display_text

# the shared words named under a point, at most
REPORT_EVIDENCE = 8
_SPECIAL = re.compile(r"([\\`*_\[\]<>|~&])")
_SPACE = re.compile(r"\s+")

# the tags of each sentence, by (article id, sentence index), in the order they were added
SentenceTags = Mapping[tuple[str, int], Sequence[str]]


def to_markdown(comparison: Comparison, *, unique_limit: int = 50, tags: SentenceTags | None = None) -> str:
    """The comparison as a Markdown report (ends with a newline).

    `unique_limit` caps the sentences listed per source in "Only in ..." sections; `tags`
    (the user's, as `TagStore.tags` gives them) adds a section of the tagged sentences and
    names each sentence's tags where it is quoted.
    """
    tags = tags or {}
    lines: list[str] = [f"# {escape(_heading(comparison))}", ""]
    names = distinct_labels(comparison.articles)  # two reports of one outlet numbered
    lines += _articles_section(comparison, names)
    rows = build_layout(comparison, comparison.articles[0].id) if comparison.articles else []
    lines += _figures_section(comparison, _point_numbers(rows), names)
    lines += _tags_section(comparison, rows, tags, names)
    lines += _points_section(comparison, rows, tags, names)
    lines += _unique_section(comparison, rows, unique_limit, tags, names)
    if comparison.warnings:
        lines += ["## Notes", ""] + [f"- {escape(w)}" for w in comparison.warnings] + [""]
    return "\n".join(lines).rstrip("\n") + "\n"


def citation(article: Article, index: int) -> str:
    """One sentence of `article` quoted with where it comes from, as a quotation is cited:
    '“Police said 12 people died.” — Reuters, “Fire kills 12”, 2014-03-30, https://...'
    (the path when there is no URL). Printable and on one line: article text and metadata are
    untrusted, and this goes to a clipboard and from there anywhere."""
    sentence = _sentence(article, index)
    text = _SPACE.sub(" ", display_text(sentence.text if sentence else "")).strip()
    title = f"“{article.title}”" if article.title else ""
    parts = [article.label, title, article_date(article), article.url or article.path]
    where = ", ".join(_SPACE.sub(" ", display_text(part)).strip() for part in parts if part)
    return f"“{text}” — {where}"


def article_date(article: Article) -> str:
    """The article's date as its metadata gives it, else the day its dateline names."""
    return article.dated()


def escape(text: str) -> str:
    """`text` on one line, with every Markdown-active character escaped."""
    return _SPECIAL.sub(r"\\\1", _SPACE.sub(" ", display_text(text)).strip())


def _heading(comparison: Comparison) -> str:
    titles = [a.title for a in comparison.articles if a.title]
    return f"Comparison: {titles[0]}" if titles else "Comparison"


def _articles_section(comparison: Comparison, names: Mapping[str, str]) -> list[str]:
    lines = [
        "## Articles",
        "",
        "| # | Source | Title | Date | Sentences | File |",
        "|---|---|---|---|---|---|",
    ]
    for n, art in enumerate(comparison.articles, 1):
        cells = [str(n), names[art.id], art.title, article_date(art), str(len(art.sentences)), art.path]
        lines.append("| " + " | ".join(escape(c) or "–" for c in cells) + " |")
    return [*lines, ""]


def _point_numbers(rows: Sequence[Row]) -> dict[int, int]:
    """Each group's point number in the report: the first row (of two sources or more) showing it."""
    numbers: dict[int, int] = {}
    for n, row in enumerate((row for row in rows if row.coverage >= 2), 1):
        for group in row.groups:
            numbers.setdefault(group, n)
    return numbers


def _figures_section(comparison: Comparison, points: dict[int, int], names: Mapping[str, str]) -> list[str]:
    if not comparison.conflicts:
        return ["## Flagged figures", "", "No figures differ between the sources.", ""]
    ordered = sorted(comparison.conflicts, key=lambda c: (c.kind != "conflict", c.id))
    hard = sum(1 for c in ordered if c.kind == "conflict")
    lines = [
        "## Flagged figures",
        "",
        f"{hard} conflicting, {len(ordered) - hard} compatible.",
        "",
    ]
    for conflict in ordered:
        lines.append(f"- {_conflict_line(comparison, conflict, points)}")
        for mention in _mentions(comparison, conflict, names):
            lines.append(f"  - {mention}")
    return [*lines, ""]


def _conflict_line(comparison: Comparison, conflict: Conflict, points: dict[int, int]) -> str:
    label = "**Conflict**" if conflict.kind == "conflict" else "*Compatible*"
    about = f" about {escape(conflict.about)}" if conflict.about else ""
    point = points.get(conflict.group) if conflict.group is not None else None
    group = f" (point {point})" if point is not None else ""
    explanation = f": {escape(conflict.explanation)}" if conflict.explanation else ""
    figures = ", ".join(  # each value once; the mentions below give every sentence
        dict.fromkeys(
            f"**{escape(comparison.quantities[m].text)}**" for m in conflict.mentions if _valid(comparison, m)
        )
    )
    return f"{label}{about}{group}: {figures}{explanation}"


def _mentions(comparison: Comparison, conflict: Conflict, names: Mapping[str, str]) -> Iterable[str]:
    for m in conflict.mentions:
        if not _valid(comparison, m):
            continue
        q = comparison.quantities[m]
        try:
            art = comparison.article(q.article)
        except KeyError:
            continue
        sentence = _sentence(art, q.sentence)
        where = f"{escape(names[art.id])}, sentence {q.sentence + 1}"
        quote = _quote(art, sentence, comparison.quantities) if sentence else escape(q.text)
        yield f"{where}: {quote}"


def _tags_section(
    comparison: Comparison, rows: Sequence[Row], tags: SentenceTags, labels: Mapping[str, str]
) -> list[str]:
    """The tagged sentences under each tag, tags in the order they first appear (article by
    article), each sentence with the point it stands in."""
    by_tag: dict[str, list[tuple[Article, Sentence, int | None]]] = {}
    points = _sentence_points(rows)
    count = 0
    for pos, art in enumerate(comparison.articles):
        for sentence in art.sentences:
            names = tags.get((art.id, sentence.index), ())
            count += bool(names)
            for name in dict.fromkeys(names):
                by_tag.setdefault(name, []).append((art, sentence, points.get((pos, sentence.index))))
    if not by_tag:
        return []
    lines = ["## Tagged sentences", "", f"{count} {'sentence' if count == 1 else 'sentences'} tagged.", ""]
    for name, tagged in by_tag.items():
        lines += [f"### {escape(name)} ({len(tagged)})", ""]
        for art, sentence, point in tagged:
            where = f" (point {point})" if point is not None else ""
            quote = _quote(art, sentence, comparison.quantities)
            lines.append(f"- **{escape(labels[art.id])}** [{sentence.index + 1}]{where}: {quote}")
        lines.append("")
    return lines


def _sentence_points(rows: Sequence[Row]) -> dict[tuple[int, int], int]:
    """The point number of each sentence (article position, index) shown in a point's row,
    where the sentence stands in its own place first."""
    own: dict[tuple[int, int], int] = {}
    shown_again: dict[tuple[int, int], int] = {}
    for n, row in enumerate((row for row in rows if row.coverage >= 2), 1):
        for pos, cell in enumerate(row.cells):
            found = shown_again if row.repeated and row.repeated[pos] else own
            for index in cell:
                found.setdefault((pos, index), n)
    return {**shown_again, **own}


def _tag_note(names: Sequence[str]) -> str:
    """The tags of a quoted sentence, after the quote ("" when it has none)."""
    return f" — tagged: {', '.join(escape(name) for name in dict.fromkeys(names))}" if names else ""


def _points_section(
    comparison: Comparison, rows: Sequence[Row], tags: SentenceTags, names: Mapping[str, str]
) -> list[str]:
    points = [row for row in rows if row.coverage >= 2]
    total = len(comparison.articles)
    lines = ["## Aligned points", ""]
    if not points:
        return [*lines, "No sentences were aligned across sources.", ""]
    scores = {g.id: g for g in comparison.groups}
    flagged = {c.group for c in comparison.conflicts if c.group is not None}
    # a sentence alone in its row whose point is told in another row (its partner is the pivot's
    # sentence, which stands once, in its own row): listed with that point, so that every
    # sentence of the report is in a point or under "Only in"
    joined: dict[int, list[tuple[int, int]]] = {}
    holding: dict[tuple[str, int], set[int]] = {}
    for group in comparison.groups:
        for member in group.members:
            holding.setdefault((member.article, member.sentence), set()).add(group.id)
    position = {art.id: pos for pos, art in enumerate(comparison.articles)}
    for row in rows:
        if row.coverage != 1 or row.unique:
            continue
        pos = next(p for p, cell in enumerate(row.cells) if cell)
        for index in row.cells[pos]:
            ids = holding.get((comparison.articles[pos].id, index), set())
            at = next((k for k, point in enumerate(points) if ids & set(point.groups)), None)
            if at is None:  # its point's group made no row of its own: the point of a partner
                partners = {
                    (position[m.article], m.sentence)
                    for g in comparison.groups
                    if g.id in ids
                    for m in g.members
                    if m.article != comparison.articles[pos].id
                }
                at = next(
                    (
                        k
                        for k, point in enumerate(points)
                        if any(i in point.cells[p] for p, i in partners if p < len(point.cells))
                    ),
                    None,
                )
            if (
                at is not None
                and index not in points[at].cells[pos]
                and (pos, index) not in joined.get(at, [])
            ):
                joined.setdefault(at, []).append((pos, index))
    for n, row in enumerate(points, 1):
        groups = [scores[g] for g in row.groups if g in scores]
        best = max((g.score for g in groups), default=0.0)
        texts = [
            [s.text for s in (_sentence(art, index) for index in cell) if s is not None]
            for art, cell in zip(comparison.articles, row.cells, strict=False)
        ]
        ranked = sorted(groups, key=lambda g: -g.score)
        evidence = shared_evidence(texts, (word for g in ranked for word in g.evidence))[:REPORT_EVIDENCE]
        # a point its figures made (or hold) is as sure as its flag, whatever its words
        weak = ", a weak match" if best < WEAK_MATCH and flagged.isdisjoint(row.groups) else ""
        head = f"### Point {n} ({row.coverage}/{total} sources, score {best:.2f}{weak})"
        lines += [head, ""]
        if evidence:
            lines += ["Matched on: " + ", ".join(escape(w) for w in evidence), ""]
        for pos, cell in enumerate(row.cells):
            art = comparison.articles[pos]
            for index in cell:
                sentence = _sentence(art, index)
                if sentence is None:
                    continue
                marks = " (moved)" if row.moved[pos] else ""
                text = _quote(art, sentence, comparison.quantities)
                note = _tag_note(tags.get((art.id, index), ()))
                lines.append(f"- **{escape(names[art.id])}** [{index + 1}]{marks}: {text}{note}")
        for pos, index in joined.get(n - 1, ()):
            art = comparison.articles[pos]
            sentence = _sentence(art, index)
            if sentence is not None:
                text = _quote(art, sentence, comparison.quantities)
                note = _tag_note(tags.get((art.id, index), ()))
                lines.append(f"- **{escape(names[art.id])}** [{index + 1}] (shown apart): {text}{note}")
        lines.append("")
    return lines


def _unique_section(
    comparison: Comparison, rows: Sequence[Row], limit: int, tags: SentenceTags, names: Mapping[str, str]
) -> list[str]:
    lines: list[str] = []
    for pos, art in enumerate(comparison.articles):
        own = [index for row in rows if row.unique for index in row.cells[pos]]
        if not own:
            continue
        count = f"{len(own)} sentence{'' if len(own) == 1 else 's'}"
        lines += [f"## Only in {escape(names[art.id])} ({count})", ""]
        for index in own[:limit]:
            sentence = _sentence(art, index)
            if sentence is not None:
                note = _tag_note(tags.get((art.id, index), ()))
                lines.append(f"- [{index + 1}] {_quote(art, sentence, comparison.quantities)}{note}")
        if len(own) > limit:
            lines.append(f"- … and {len(own) - limit} more")
        lines.append("")
    return lines


def _quote(article: Article, sentence: Sentence, quantities: Sequence[Quantity]) -> str:
    """The sentence, escaped, with its figures in bold."""
    spans = sorted(
        (q.start - sentence.start, q.end - sentence.start)
        for q in quantities
        if q.article == article.id and q.sentence == sentence.index
    )
    parts: list[str] = []
    at = 0
    for start, end in spans:
        if start < at or start < 0 or end > len(sentence.text) or end <= start:
            continue
        parts += [_escape_inline(sentence.text[at:start]), f"**{escape(sentence.text[start:end])}**"]
        at = end
    parts.append(_escape_inline(sentence.text[at:]))
    return "".join(parts).strip()


def _escape_inline(text: str) -> str:
    """Escape without trimming (pieces of a sentence keep their spaces)."""
    return _SPECIAL.sub(r"\\\1", _SPACE.sub(" ", display_text(text)))


def _sentence(article: Article, index: int) -> Sentence | None:
    if 0 <= index < len(article.sentences):
        return article.sentences[index]
    return None


def _valid(comparison: Comparison, mention: int) -> bool:
    return 0 <= mention < len(comparison.quantities)
