"""Plain-text helpers for the panes: safe display text, word wrapping, word diffs.

Article text is data, never markup and never terminal control: `display_text` (from
`reader.core.printable`) swaps every control character for a visible stand-in of the same
length, so offsets into the article's raw text (sentences, figures) stay valid.
"""

from __future__ import annotations

import difflib
import re
from collections.abc import Sequence

from rich.cells import cell_len

_WORD = re.compile(r"\w+(?:[.,'’-]\w+)*", re.UNICODE)

Span = tuple[int, int]


def wrap_spans(text: str, width: int) -> list[Span]:
    """Word-wrap `text` to `width` cells; returns (start, end) offsets of each line.

    Lines break after spaces; a word longer than a line is cut. Spaces at a line break
    are dropped. Always returns at least one line.
    """
    width = max(1, width)
    if not text:
        return [(0, 0)]
    if text.isascii() and len(text) <= width:
        return [(0, len(text))]
    # A cell a character (ASCII, and most news text: curly quotes, dashes): a line's end is
    # known at once. Otherwise (wide or zero-width characters) count cells one by one.
    one_cell = text.isascii() or all(cell_len(ch) == 1 for ch in set(text))
    spans: list[Span] = []
    n = len(text)
    start = 0
    while start < n:
        while start < n and text[start] == " ":
            start += 1
        if start >= n:
            break
        if one_cell:  # the line ends `width` characters on, or at its last space before
            end = min(start + width, n)
            last_break = text.rfind(" ", start, end)
        else:
            end, cells, last_break = start, 0, -1
            while end < n:
                w = cell_len(text[end])
                if cells + w > width:
                    break
                if text[end] == " ":
                    last_break = end
                cells += w
                end += 1
        if end >= n:
            spans.append((start, n))
            break
        if text[end] == " ":
            spans.append((start, end))
            start = end
        elif last_break > start:
            spans.append((start, last_break))
            start = last_break
        else:
            end = max(end, start + 1)  # a character wider than the line still advances
            spans.append((start, end))
            start = end
    return spans or [(0, 0)]


def word_spans(text: str) -> list[Span]:
    """The (start, end) offsets of the words of `text`."""
    return [m.span() for m in _WORD.finditer(text)]


def changed_words(text: str, others: Sequence[str]) -> list[Span]:
    """Words of `text` that the best-matching text among `others` does not have.

    A word-level diff in the manner of delta: the words of `text` that fall outside the
    longest common word runs with the closest of `others`.
    """
    words = word_spans(text)
    if not words or not others:
        return []
    tokens = [text[a:b].lower() for a, b in words]
    best: list[Span] | None = None
    for other in others:
        other_tokens = [other[a:b].lower() for a, b in word_spans(other)]
        matcher = difflib.SequenceMatcher(None, tokens, other_tokens, autojunk=False)
        kept = {i for block in matcher.get_matching_blocks() for i in range(block.a, block.a + block.size)}
        changed = [words[i] for i in range(len(words)) if i not in kept]
        if best is None or len(changed) < len(best):
            best = changed
    return best or []
