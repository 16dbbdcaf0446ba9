"""Rows for the side-by-side panes: the reading order of one pivot article.

Links between sentences are many-to-many, so the layout makes choices:

* every pivot sentence gets one row, in order (a *seed* row);
* every other sentence that is linked, directly or through a chain of links, to a pivot
  sentence is placed once, in the row of its best link (a group whose figures are flagged
  first, so a disagreement stands side by side; then the highest group score; on a tie, a
  sentence of the same kind, headline or body, then the earliest row); links are followed
  breadth first, so a direct link beats a chain. A sentence joins a row only when it
  shares a group with more than half (`ROW_SHARE`) of the row's sentences of other
  articles, so a row does not chain unrelated sentences through one they both resemble
  (a sentence that fits no row it is offered founds a row of its own);
* a seed row whose sentence has direct partners in an article whose cell would stay empty
  shows those partners again (``repeated``), so a sentence covering two points is seen
  beside both (never the pivot's own sentences: its column holds one sentence a row);
* linked sentences that no pivot sentence reaches, or that fit no row they reach, form
  their own rows, seeded article by article, and like unique sentences are inserted after
  the row holding the nearest earlier in-order sentence of their own article (after the
  pivot's first row when there is none, so the view always opens on the pivot);
* a sentence is *moved* when it is not on the longest run of its article that stays in
  order down the rows (the fewest moves that explain the layout, as diff tools count;
  linked sentences are kept on the run first, so a unique one never displaces them).
"""

from __future__ import annotations

import bisect
from collections.abc import Collection, Iterable, Mapping, Sequence
from dataclasses import dataclass

from reader.core.model import Comparison, Group
from reader.core.runs import heaviest_increasing, longest_increasing

# A sentence joins a row only when linked to more than this share of the row's sentences of
# other articles: a majority rule, fixed rather than fitted. On the gold clusters, link model
# held out (benchmarks/points.py), the F1 of the cross-article pairs sharing a row goes from
# 0.508 (any chain) to 0.560 counting repeated cells, 0.448 to 0.463 counting own cells only;
# every share from a third to all gives 0.545-0.561 / 0.443-0.477, and a share chosen inside
# that cross-validation does no better (0.549 / 0.477).
ROW_SHARE = 0.5

# Added to the score of a group holding a flagged difference when sentences pick their rows.
FLAG_RANK = 1.0

# A sentence as (position of its article in comparison.articles, sentence index).
Slot = tuple[int, int]


@dataclass(frozen=True)
class Row:
    """One line of the side-by-side view.

    `cells`, `moved`, `repeated` and `moved_sentences` hold one entry per article, in
    ``comparison.articles`` order. `moved[i]` is True when any sentence of article i's
    cell is out of that article's order; `moved_sentences[i]` says which ones (a cell may
    hold an in-order sentence beside a moved one). `repeated[i]` is True when the cell
    shows sentences whose own row is elsewhere. Empty tuples mean "none" for the last two.
    """

    cells: tuple[tuple[int, ...], ...]
    groups: tuple[int, ...]
    unique: bool
    moved: tuple[bool, ...]
    repeated: tuple[bool, ...] = ()
    moved_sentences: tuple[tuple[int, ...], ...] = ()

    def is_moved(self, article: int, sentence: int) -> bool:
        """Whether `sentence` of article number `article` is out of its article's order here."""
        if self.moved_sentences:
            return sentence in self.moved_sentences[article]
        return self.moved[article]

    @property
    def coverage(self) -> int:
        """The number of articles with a sentence in this row."""
        return sum(1 for cell in self.cells if cell)

    def covers(self, article: int) -> bool:
        """Whether article number `article` has a sentence in this row."""
        return bool(self.cells[article])


def build_layout(comparison: Comparison, pivot: str) -> list[Row]:
    """The rows of `comparison` in the reading order of the article with id `pivot`.

    Every sentence of every article appears in at least one row (exactly once outside
    repeated cells); the pivot's sentences appear once each, in order. Raises KeyError
    when there is no article `pivot`.
    """
    articles = comparison.articles
    positions = {art.id: pos for pos, art in enumerate(articles)}
    pivot_pos = positions[pivot]
    sizes = [len(art.sentences) for art in articles]
    flagged = {c.group for c in comparison.conflicts if c.group is not None}
    links = _Links(comparison.groups, positions, sizes, flagged)
    headlines = {
        (pos, s.index) for pos, art in enumerate(articles) for s in art.sentences if s.role == "headline"
    }

    home: dict[Slot, int] = {}  # sentence -> the id of its own (non-repeated) row
    seeds: list[Slot] = []  # row id -> the sentence that founded the row

    def seed_rows(new_seeds: list[Slot]) -> None:
        for slot in new_seeds:
            home[slot] = len(seeds)
            seeds.append(slot)
        _spread(new_seeds, links, home, headlines)

    seed_rows([(pivot_pos, i) for i in range(sizes[pivot_pos])])
    pivot_rows = len(seeds)
    for pos in range(len(articles)):
        if pos != pivot_pos:
            seed_rows([(pos, i) for i in range(sizes[pos]) if (pos, i) not in home and (pos, i) in links.of])
    for pos in range(len(articles)):
        for i in range(sizes[pos]):
            if (pos, i) not in home:
                home[(pos, i)] = len(seeds)
                seeds.append((pos, i))

    members: list[list[Slot]] = [[] for _ in seeds]
    for slot, row_id in home.items():
        members[row_id].append(slot)
    order = _row_order(seeds, pivot_rows, home)
    rank = {row_id: n for n, row_id in enumerate(order)}
    # A unique sentence never outvotes a linked one: when the two cannot both be in order
    # (a leading unique sentence placed after the pivot's first row), the unique one is moved.
    in_order = _in_order(home, rank, pivot_pos, linked=links.of.keys())
    extra = _repeats(seeds, members, links, home, rank, in_order, pivot_pos)
    return [
        _make_row(members[row_id], extra.get(row_id, {}), len(articles), in_order, links.ids_of)
        for row_id in order
    ]


def row_of(rows: Sequence[Row], article: int, sentence: int) -> int | None:
    """The index of the row that holds `sentence` of article number `article` as its own.

    Repeated cells are skipped unless the sentence is nowhere else; None when absent.
    """
    fallback: int | None = None
    for n, row in enumerate(rows):
        if sentence in row.cells[article]:
            if not (row.repeated and row.repeated[article]):
                return n
            if fallback is None:
                fallback = n
    return fallback


class _Links:
    """The groups as cross-article links: for each sentence, the groups it is in."""

    def __init__(
        self,
        groups: Iterable[Group],
        positions: Mapping[str, int],
        sizes: Sequence[int],
        flagged: Collection[int] = (),
    ) -> None:
        self.members: list[tuple[Slot, ...]] = []
        self.scores: list[float] = []
        self.of: dict[Slot, list[int]] = {}  # sentence -> indexes into members/scores
        self.ids_of: dict[Slot, list[int]] = {}  # sentence -> group ids
        of, ids_of, members, scores = self.of, self.ids_of, self.members, self.scores
        for group in groups:
            slots: dict[Slot, None] = {}
            first = -1
            several = False
            for m in group.members:
                pos = positions.get(m.article)
                if pos is not None and 0 <= m.sentence < sizes[pos]:
                    slots[(pos, m.sentence)] = None
                    if first < 0:
                        first = pos
                    elif pos != first:
                        several = True
            if not several:
                continue
            number = len(members)
            members.append(tuple(slots))
            # a group whose figures are flagged outranks the others: a disagreement is shown
            # side by side before any other match of its sentences
            scores.append(float(group.score) + (FLAG_RANK if group.id in flagged else 0.0))
            for slot in slots:
                if slot in of:
                    of[slot].append(number)
                    ids_of[slot].append(group.id)
                else:
                    of[slot] = [number]
                    ids_of[slot] = [group.id]

    def partners(self, slot: Slot) -> dict[Slot, float]:
        """The sentences of other articles sharing a group with `slot`, with the best score."""
        found: dict[Slot, float] = {}
        for number in self.of.get(slot, ()):
            score = self.scores[number]
            for other in self.members[number]:
                if other[0] != slot[0] and found.get(other, -1e9) < score:
                    found[other] = score
        return found


def _spread(start: list[Slot], links: _Links, home: dict[Slot, int], headlines: set[Slot]) -> None:
    """Breadth-first: each unplaced linked sentence joins the row of its best placed neighbour.

    Best: the highest group score; on a tie (one group holding several placed sentences),
    a neighbour of the same kind (headline or body), then the earliest row. A sentence
    joins a row only when it shares a group with more than `ROW_SHARE` of the row's
    sentences of other articles, so rows do not chain unrelated sentences through one
    they both resemble; when no offered row takes it, it stays for a row of its own.
    """
    row_members: dict[int, list[Slot]] = {}
    for slot, row_id in home.items():
        row_members.setdefault(row_id, []).append(slot)
    partners: dict[Slot, set[Slot]] = {}

    def linked(slot: Slot) -> set[Slot]:
        found = partners.get(slot)
        if found is None:
            found = partners[slot] = set(links.partners(slot))
        return found

    def fits(other: Slot, row_id: int) -> bool:
        others = [m for m in row_members.get(row_id, ()) if m[0] != other[0]]
        if not others:
            return False
        mine = linked(other)
        return sum(1 for m in others if m in mine) > ROW_SHARE * len(others)

    frontier = start
    while frontier:
        offers: dict[Slot, dict[int, tuple[float, int]]] = {}
        for slot in frontier:
            row_id = home[slot]
            slot_is_headline = slot in headlines
            for number in links.of.get(slot, ()):
                score = links.scores[number]
                for other in links.members[number]:
                    if other[0] == slot[0] or other in home:
                        continue
                    offer = (score, int(slot_is_headline == (other in headlines)))
                    rows = offers.setdefault(other, {})
                    if row_id not in rows or offer > rows[row_id]:
                        rows[row_id] = offer
        placed = []
        ranked = sorted(
            ((offer, -row_id, other) for other, rows in offers.items() for row_id, offer in rows.items()),
            reverse=True,
        )
        for _offer, minus_row, other in ranked:
            if other in home or not fits(other, -minus_row):
                continue
            home[other] = -minus_row
            row_members.setdefault(-minus_row, []).append(other)
            placed.append(other)
        frontier = placed


def _repeats(
    seeds: Sequence[Slot],
    members: Sequence[Sequence[Slot]],
    links: _Links,
    home: Mapping[Slot, int],
    rank: Mapping[int, int],
    in_order: set[Slot],
    pivot_pos: int,
) -> dict[int, dict[int, tuple[list[int], list[int]]]]:
    """Seed rows show their seed's direct partners again where that article's cell is empty.

    The pivot's sentences are never repeated: its column reads one sentence a row, in order
    (a partner of a pivot sentence that did not fit the pivot's row founds a row of its
    own, and shows again in the pivot's row when its article's cell there is empty).

    Returns row id -> article -> (repeated sentence indexes, those that break the order there).
    """
    kept_by_article: dict[int, list[tuple[int, int]]] = {}
    for slot in in_order:
        kept_by_article.setdefault(slot[0], []).append((rank[home[slot]], slot[1]))
    for seq in kept_by_article.values():
        seq.sort()
    extra: dict[int, dict[int, tuple[list[int], list[int]]]] = {}
    for row_id, seed in enumerate(seeds):
        partners = links.partners(seed)
        if not partners:
            continue
        here = {pos for pos, _ in members[row_id]}
        wanted: dict[int, list[int]] = {}
        for pos, index in sorted(partners):
            if pos not in here and pos != pivot_pos:
                wanted.setdefault(pos, []).append(index)
        for pos, indexes in wanted.items():
            seq = kept_by_article.get(pos, [])
            at = bisect.bisect_left(seq, (rank[row_id], -1))
            low = seq[at - 1][1] if at else -1
            high = seq[at][1] if at < len(seq) else indexes[-1]
            out_of_order = [index for index in indexes if not low <= index <= high]
            extra.setdefault(row_id, {})[pos] = (indexes, out_of_order)
    return extra


def _row_order(seeds: Sequence[Slot], pivot_rows: int, home: Mapping[Slot, int]) -> list[int]:
    """Pivot rows in order, every other row after the row of its seed's in-order predecessor.

    A row whose seed has no such predecessor (another source's headline, byline or lede
    that no pivot sentence matches) follows the pivot's first row: the reading starts
    with the pivot, as the panes' headers say.
    """
    anchored = {slot: r for slot, r in home.items() if r < pivot_rows}
    kept = _in_order(anchored, {r: r for r in range(pivot_rows)}, -1)
    # Sort keys: a pivot row is (row, -1, ...), so rows inserted after it, (row, pos, ...), follow it.
    keys: list[tuple[int, int, int, int]] = [(row_id, -1, 0, row_id) for row_id in range(pivot_rows)]
    for row_id in range(pivot_rows, len(seeds)):
        pos, index = seeds[row_id]
        after = 0 if pivot_rows else -1  # none earlier: after the pivot's first row, never above it
        for earlier in range(index - 1, -1, -1):
            if (pos, earlier) in kept:
                after = anchored[(pos, earlier)]
                break
        keys.append((after, pos, index, row_id))
    keys.sort()
    return [key[3] for key in keys]


def _in_order(
    placed: Mapping[Slot, int], rank: Mapping[int, int], pivot_pos: int, linked: Collection[Slot] = ()
) -> set[Slot]:
    """The placed sentences on each article's longest in-order run down the rows.

    With `linked`, the run keeps as many of those sentences as it can first, then others.
    """
    kept: set[Slot] = set()
    by_article: dict[int, list[tuple[int, int]]] = {}
    for (pos, index), row_id in placed.items():
        by_article.setdefault(pos, []).append((rank[row_id], index))
    for pos, seq in by_article.items():
        seq.sort()
        indexes = [index for _, index in seq]
        if pos == pivot_pos:
            chosen = indexes
        elif linked:
            big = len(indexes) + 1
            chosen = heaviest_increasing(indexes, [big if (pos, i) in linked else 1 for i in indexes])
        else:
            chosen = longest_increasing(indexes)
        kept.update((pos, index) for index in chosen)
    return kept


def _make_row(
    slots: Sequence[Slot],
    extra: Mapping[int, tuple[Sequence[int], Sequence[int]]],
    count: int,
    in_order: set[Slot],
    member_groups: Mapping[Slot, Sequence[int]],
) -> Row:
    """Assemble one row from its own sentences and its repeated partners."""
    cells: dict[int, list[int]] = {}
    moved: dict[int, list[int]] = {}
    for slot in slots:
        cells.setdefault(slot[0], []).append(slot[1])
        if slot not in in_order:
            moved.setdefault(slot[0], []).append(slot[1])
    for pos, (indexes, out_of_order) in extra.items():
        cells.setdefault(pos, []).extend(indexes)
        if out_of_order:
            moved.setdefault(pos, []).extend(out_of_order)
    first_article: dict[int, int] = {}  # group id -> the first article seen showing it
    groups_here: set[int] = set()
    linked = False
    for pos, cell in cells.items():
        for index in cell:
            for gid in member_groups.get((pos, index), ()):
                linked = True
                if first_article.setdefault(gid, pos) != pos:
                    groups_here.add(gid)
    empty: tuple[int, ...] = ()
    cell_row = [empty] * count
    for pos, cell in cells.items():
        cell_row[pos] = tuple(sorted(cell))
    moved_row = [empty] * count
    for pos, cell in moved.items():
        moved_row[pos] = tuple(sorted(cell))
    return Row(
        cells=tuple(cell_row),
        groups=tuple(sorted(groups_here)),
        unique=len(cells) == 1 and not linked,
        moved=tuple(bool(m) for m in moved_row),
        repeated=tuple(pos in extra for pos in range(count)),
        moved_sentences=tuple(moved_row),
    )
