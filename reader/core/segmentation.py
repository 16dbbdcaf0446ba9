"""Sentence segmentation for news text, with character offsets into the raw text.

Lines are split first (headlines, datelines and bylines stand on lines of their own in
news). A line with no inner candidate boundary is one sentence and costs nothing; at each
candidate (a full stop, question or exclamation mark, then a capital or a digit) the word
before and the word after decide: a plain word ends a sentence, a title ("Mr.") or an
initial does not, and an abbreviation ("U.S.", "p.m.", "Calif.", "Inc.") ends one only
when what follows could not go on the sentence.
"""

from __future__ import annotations

import itertools
import re
from functools import lru_cache

from reader.core.model import Sentence

# A boundary candidate inside a line: terminal punctuation (maybe closed by a quote or
# bracket), whitespace, then something that could start a sentence.
# a boundary candidate: a full stop (or ? ! …), maybe closing quotes, then a capital, a digit or
# a brand written in lower case first ("iPhone sales rose", "eBay reported")
_CANDIDATE = re.compile(r"([.!?…][\"'”’)\]]*)\s+[\"'“‘(\[]?(?:[A-Z0-9]|[a-z]{1,2}[A-Z])")
_DATELINE = re.compile(
    r"^(?:(?:updated|published|posted|last updated|first posted)(?: on)?:?\s.*"
    r"|(?:mon|tues|wednes|thurs|fri|satur|sun)day,?\s.*\d{4}.*"
    r"|[A-Za-z]+\.? \d{1,2}(?:st|nd|rd|th)?,? \d{4}.*"
    r"|\d{1,2}(?:st|nd|rd|th)? [A-Za-z]+,? \d{4}.*"
    r"|(?-i:\d[\d/:.,-]*(?:\s+(?:[AaPp]\.?[Mm]\.?|[A-Z]{2,4}|\d[\d/:.,-]*|[+-]\d+))*)"
    r"|(?-i:[Bb][Yy]:? [A-Z][\w.'-]*(?:,? (?:[A-Z][\w.'-]*|and|&)){0,6}))$",
    re.IGNORECASE,
)
_ATTRIBUTION = re.compile(
    r"(?:[A-Z][\w.'’-]*[ \t]+){1,3}(?:said|says|asked|asks|added|adds|continued|recalled|wrote|writes"
    r"|explained|noted|replied|insisted|argued|declared|told[ \t]+\w+)[.,]?(?:$|[ \t])"
)
_CLOCK_END = re.compile(r"\b[ap]\.[ \t]?m\.$", re.IGNORECASE)
_AFTER_CLOCK = re.compile(
    r"^(?:(?:mon|tues|wednes|thurs|fri|satur|sun)day|today|tonight|tomorrow|yesterday"
    r"|[A-Z]{1,2}[SD]T|GMT|UTC|ET|PT|local|eastern|central|mountain|pacific"
    r"|jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)\b",
    re.IGNORECASE,
)
# After an abbreviation ("U.S.", "Inc.", "N.Y."), words that start a sentence and do not go on
# a name or a phrase: "according to the U.S. The ...", "Chappaqua, N.Y. Mr. Gowdy had asked"
_STARTERS = frozenset(
    "The He She It They We I You But And A An This That These Those There His Her Their Its Our"
    " However Meanwhile In On At After When While Mr Mrs Ms Still Yet So Then Now How What Why Who Where"
    " Which".split()
)
_NEXT_WORD = re.compile(r"[\"'“‘(\[]*([\w’'-]+)(\.?)")
_DOMAIN = re.compile(r"\w\.(?:com|org|net|gov|edu|co|io|uk|tv|info)$", re.IGNORECASE)
_LAST_LETTERS = re.compile(r"[A-Za-z]+$")
_INITIALISM = re.compile(r"(?:[A-Za-z]{1,2}\.[ \t]?)+[A-Za-z]{1,2}")  # "U.S", "H.W", "p. m"
# a list's items on one line: "1. The first item 2. The second item", "• 9. ...", "a. ..."
_BULLETS = "•⁃*"
_LIST_START = re.compile(r"[•⁃*]?[ \t]?(?:\d{1,2}|[a-z])\.\)?[ \t]")
_LIST_MARKER = re.compile(r"[•⁃*]?(?:\d{1,2}|[a-z])")
# an ellipsis after a sentence's full stop starts the next one: "compounds. . . . The practice"
_ELLIPSIS_AFTER_STOP = re.compile(
    r"(?<=\w[.!?])[ \t]+(?=(?:\.[ \t]?){3}[ \t]*[\"“]?[A-Z]|…[ \t]*[\"“]?[A-Z])"
)

_TITLES = frozenset(
    # titles before a name: "Mr. Kerry", "Sen. McCain", "St. Louis", "Fr. Smith", "v. Wade"
    "mr mrs ms dr sen sens rep reps gov gen gens lt col sgt capt cmdr adm maj prof rev hon supt"
    " insp det cpl pvt messrs mme mlle st mt fr v vs const atty dist asst".split()
)
_MONTHS = frozenset("jan feb mar apr jun jul aug sep sept oct nov dec".split())
# Abbreviations that may end a sentence or not ("Inc.", "Co.", "Calif."): the next word decides.
_ABBREVIATIONS = (
    _TITLES
    | _MONTHS
    | frozenset(
        "jr sr no nos inc co corp ltd bros ave blvd univ dept est approx fig vol op ed al etc rd hwy"
        " ariz ark calif colo conn del fla ga ill ind kan ky la md mass mich minn miss mo mont neb"
        " nev okla ore pa tenn tex va vt wash wis wyo".split()
    )
)
_BEFORE_NUMBER = frozenset({"no", "nos", "approx", "est", "vol", "fig", "op"})
_STREET = frozenset({"ave", "st", "rd", "blvd"})
_COMPASS = re.compile(r"(?:NW|NE|SW|SE|N|S|E|W)\b")
_CAPITALISED_BEFORE = re.compile(r"\b[a-z]+[ \t]+(?!The\b|An?\b)[A-Z][a-z]+[ \t]+$")  # "near Main St."
_PRECEDING_WORD = re.compile(r"(\S+)$")
_ORDINAL_BEFORE = re.compile(r"\b\d+(?:st|nd|rd|th)[ \t]+$")
_NUMBER_BEFORE = re.compile(r"\d°?[ \t]+$")
_LEADING_PUNCT = re.compile(r"^[^\w]+")


class _Quotes:
    """The quotation marks of one line, counted once from its start as positions grow (a line of
    thousands of sentences, counted again for each, would cost its length squared)."""

    def __init__(self, line: str) -> None:
        self.line = line
        self.pos = self.opened = self.closed = self.straight = 0

    def inside(self, pos: int) -> bool:
        """Whether `pos` lies inside a quotation opened earlier on the line and not closed."""
        if pos < self.pos:
            self.pos = self.opened = self.closed = self.straight = 0
        part = self.line[self.pos : pos]
        self.opened += part.count("“")
        self.closed += part.count("”")
        self.straight += part.count('"')
        self.pos = pos
        curly = self.opened - self.closed
        if curly > 0:
            return True
        return curly == 0 and self.opened == 0 and self.straight % 2 == 1


# how far back the word before a full stop and the words before it are looked for
_LOOKBACK = 200


def _word_before(line: str, end: int) -> re.Match[str] | None:
    """The run of non-blank characters that ends at `end` (`_PRECEDING_WORD`), looked for in the
    `_LOOKBACK` characters before it unless it is longer."""
    low = max(0, end - _LOOKBACK)
    found = _PRECEDING_WORD.search(line, low, end)
    if found is not None and found.start() == low and low > 0 and not line[low - 1].isspace():
        found = _PRECEDING_WORD.search(line, 0, end)
    return found


def _ends_with(pattern: re.Pattern[str], line: str, end: int) -> bool:
    """Whether `pattern` (anchored by ``$``) matches right before `end`, within `_LOOKBACK`."""
    return pattern.search(line, max(0, end - _LOOKBACK), end) is not None


def _classify(line: str, match: re.Match[str], quotes: _Quotes) -> str:
    """Whether a candidate boundary ends a sentence: "cut" or "keep" (not a boundary).

    A full stop after a plain word is a boundary; after a title ("Mr. Kerry"), a month
    or "No." before a number, or an initial before a name ("George W. Bush") it is not;
    after other abbreviations ("U.S.", "p.m.", "Inc.") the next word decides.
    """
    if quotes.inside(match.end(1)):
        return "keep"  # news keeps a quoted passage of several sentences whole
    mark = match.group(1)
    attribution = _ATTRIBUTION.match(line, match.end() - 1) if mark[-1:] in '"”’' else None
    # '"Well, which is it?" Scalia asked.': the quote and who said it are one; after a full stop
    # only a bare attribution ('... Boehner." Durbin said.'), not a sentence that goes on
    if attribution is not None and (mark[:1] in "?!" or attribution.group(0).rstrip().endswith(".")):
        return "keep"
    if line[match.start()] != ".":
        return "cut"
    word = _word_before(line, match.start())
    token = _LEADING_PUNCT.sub("", word.group(1)) if word else ""
    bare = token.rstrip(".").lower().rsplit("-", 1)[-1]  # "then-Rep. Gabrielle Giffords"
    next_char = line[match.end() - 1]
    if (
        bare in ("c", "f")
        and token[:1].isupper()
        and _ends_with(_NUMBER_BEFORE, line, word.start() if word else 0)
    ):
        return "cut"  # "hit 40.5 C. Residents fled": a temperature's unit, not an initial
    if (
        bare == "st"
        and word is not None
        and _ends_with(_CAPITALISED_BEFORE, line, word.start())
        and next_char.isupper()
    ):
        return "cut"  # "near Main St. Police said": a street ends there ("St. Louis" has no name before)
    if bare == "st" and word is not None and _ends_with(_ORDINAL_BEFORE, line, word.start()):
        # "on E. 52nd St. Saturday night"; "near E. 52nd St. It happened" ends a sentence
        following = _NEXT_WORD.match(line, match.end() - 1)
        return "cut" if following and following.group(1) in _STARTERS else "keep"
    if bare in _TITLES or (len(bare) == 1 and token[:1].isupper() and bare != "i" and next_char.isupper()):
        return "keep"
    if (bare in _MONTHS or bare in _BEFORE_NUMBER) and next_char.isdigit():
        return "keep"  # "Sept. 11", "No. 2", "approx. 8 percent"
    if bare in _STREET and _COMPASS.match(line, match.end() - 1):
        return "keep"  # "Pennsylvania Ave. NW"
    odd = any(not (ch.isalnum() or ch in "'’-") for ch in bare)
    if "." in token or len(bare) <= 1 or bare in _ABBREVIATIONS or bare.isdigit() or odd:
        return _after_abbreviation(line, match, word.start() if word else match.start(), token, bare)
    return "cut"


def _after_abbreviation(line: str, match: re.Match[str], word_start: int, token: str, bare: str) -> str:
    """ "cut", "keep" or "before" (a list's item starts at the word) at a full stop after an
    abbreviation, a number or an odd token.

    The word after decides: a sentence goes on after "the U.S. Army", "Santa Clara, Calif. Gov.
    Brown", "Co. (TSMC)", "9:40 p.m. Friday" or "a. 357 Magnum" (a decimal written apart), and
    ends before "the U.S. The", "in 2014. He", "Newtown, Conn. At the time", "10:30 a.m. Oregon
    State Police".
    """
    start = match.end() - 1  # the first character of what follows (after a quote or bracket)
    following = _NEXT_WORD.match(line, start - 1 if line[start - 1] in "\"'“‘([" else start)
    after = following.group(1) if following else ""
    abbreviated = bool(following and following.group(2))  # "Gov." in "Calif. Gov. Jan Brewer"
    core = _LEADING_PUNCT.sub("", token.rstrip(".")).rsplit("-", 1)[-1]  # "(D-N.Y." -> "N.Y"
    if not core.strip(".…") or match.group(1)[:1] == "…":
        # after an ellipsis the sentence goes on ("the thing is . . . I didn't"), unless a full
        # stop follows it ("with a period . . . . Next sentence")
        begin = match.start() + 1
        while begin > 0 and line[begin - 1] in ". \t":
            begin -= 1
        return "cut" if line.count(".", begin, match.start() + 1) >= 4 and line[begin] in " \t" else "keep"
    if _LIST_START.match(line) and _LIST_MARKER.fullmatch(token):
        return "before"  # "1. The first item 2. The second item": each item is a sentence
    initialism = bool(_INITIALISM.fullmatch(core))
    if line[start].isdigit():
        # "a. 357 Magnum", "(. 464)", "E. 52nd St.", "H.R. 1": a decimal written apart or a
        # label; "in 2014. 25 people" and "the first item. 2." end a sentence
        short = len(core) <= 1 or not token[-1:].isalnum()  # "a", "E", "(", "this:"
        return "keep" if short or initialism else "cut"
    if _ends_with(_CLOCK_END, line, match.start() + 1):
        # "at 9:40 p.m. Friday", "1:30 p. m. PST", "3 p. m. (1200 GMT)", "At 5 a.m. Mr. Smith
        # went"; "10:30 a.m. Oregon State Police ..." starts a sentence
        opened = max(line.rfind(". ", 0, word_start - 4), line.rfind("? ", 0, word_start), 0)
        lead = len(line[opened:word_start].split()) <= 2
        return "keep" if _AFTER_CLOCK.match(after) or line[start - 1] == "(" or lead else "cut"
    if bare.isdigit() or not any(ch.isalpha() for ch in bare):
        return "cut"  # "in 2014. He", "$10,000. Democrats"
    if initialism:
        # "George H.W. Bush", "the U.N. Security Council", "N.F.C. North"; "the U.S. The"
        return "cut" if after in _STARTERS else "keep"
    if "." in core:
        return "cut"  # "FoxNews.com. But", "7.30pm. Tickets", a web address
    if len(bare) == 1 and token[:1].isupper():
        # "Judge I. Leo Glasser", "Joseph I. Lieberman", "I. Q."; "than I. He said" ends
        previous = _word_before(line, max(0, word_start - 1))
        named = previous is not None and previous.group(1)[:1].isupper()
        return "keep" if named or (len(after) == 1 and abbreviated) else "cut"
    letters = _LAST_LETTERS.search(token.rstrip("."))
    if letters and letters.group(0).lower() in _TITLES:
        return "keep"  # '"... the arsonist,"Mr. McAllister said'
    if line[start - 1] in "([" or (after.lower() in _TITLES and abbreviated):
        return "keep"  # "Manufacturing Co. (TSMC)", "Ariz. Gov. Jan Brewer"
    if bare in _BEFORE_NUMBER and any(ch.isdigit() for ch in after):
        return "keep"  # "case No. VA089897"
    return "cut"  # "San Jose, Calif. These", "Bliley Jr. Reaching", "Ford Motor Co. Terms"


@lru_cache(maxsize=65536)
def _split_line(line: str) -> tuple[tuple[int, int], ...]:
    """Spans of the sentences of one stripped line, relative to the line."""
    cuts = [0]
    quotes = _Quotes(line)
    for match in _CANDIDATE.finditer(line):
        verdict = _classify(line, match, quotes)
        if verdict == "keep":
            continue
        if verdict == "before":
            word = _word_before(line, match.start())
            at = word.start() if word else 0
            blank = at
            while blank > 0 and line[blank - 1].isspace():
                blank -= 1
            if blank > 0 and line[blank - 1] in _BULLETS:
                at = blank - 1  # "• 9. The first item • 10. The second item"
            if at > 0:
                cuts.append(at)
            continue
        cut = match.end() - 1
        while cut > 0 and not line[cut - 1].isspace():
            cut -= 1  # back over an opening quote or bracket
        cuts.append(cut)
    quotes = _Quotes(line)
    cuts.extend(m.end() for m in _ELLIPSIS_AFTER_STOP.finditer(line) if not quotes.inside(m.start()))
    cuts = sorted(set(cuts))
    cuts.append(len(line))
    spans = [(start, start + len(line[start:end].rstrip())) for start, end in itertools.pairwise(cuts)]
    return tuple(_absorb_fragments(line, spans))


def _absorb_fragments(line: str, spans: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """Join pieces with no letter or digit ("”", "...") to the sentence before them."""
    out: list[tuple[int, int]] = []
    for start, end in spans:
        if out and not any(ch.isalnum() for ch in line[start:end]):
            out[-1] = (out[-1][0], end)
        else:
            out.append((start, end))
    return out


def _trim(text: str, start: int, end: int) -> tuple[int, int]:
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    return start, end


# the words of a time stamp: a month or weekday (in full or cut short), a clock's "a.m."
# (also spaced: "P. M."), a time zone, "at", "updated"; what is left once they and the digits
# are taken out is punctuation only
_STAMP_WORD = re.compile(
    r"(?i:\b(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?"
    r"|sept?(?:ember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?"
    r"|mon(?:day)?|tue(?:s(?:day)?)?|wed(?:nesday)?|thu(?:rs(?:day)?)?|fri(?:day)?|sat(?:urday)?|sun(?:day)?"
    r"|[ap]\.?[ \t]?m|gmt|utc|bst|cet|[ecmp][sd]?t|local|time|at|on|updated|posted|published|last)\b)"
)
_STAMP_DATE = re.compile(r"(?i:\b(?:\d{1,2}:\d\d|\d{4})\b)")  # a clock time or a year
_STAMP_REST = re.compile(r"[\d\s.,:;/|()+\-–—]*")


def is_dateline(line: str) -> bool:
    """A short line holding only a date, a time, a byline or an "Updated ..." stamp.

    Besides the usual forms, any line of only stamp words and digits that gives a clock time
    or a year ("10:55 P. M. FEB. 2, 2009", "Wed, Sep 19 2012 at 11:47 AM", "Dec. 24 4:33 AM
    EST"): a page's time stamp, never a sentence of the story.
    """
    stripped = line.strip()
    if not 0 < len(stripped) <= 80:
        return False
    if _DATELINE.match(stripped):
        return True
    return bool(_STAMP_DATE.search(stripped)) and bool(_STAMP_REST.fullmatch(_STAMP_WORD.sub("", stripped)))


# The longest sentence of the 739 corpus articles has 922 characters. A run of text longer than
# this with no end of sentence (a table, a list of numbers, text without punctuation) is cut into
# pieces of at most this size, at a blank where there is one: every step after segmentation
# looks at a sentence as a whole, and one of megabytes would make them crawl.
MAX_SENTENCE = 2000


def _pieces(line: str, start: int, end: int) -> list[tuple[int, int]]:
    """The span `start`-`end` of `line` cut into pieces of at most `MAX_SENTENCE` characters, each
    ended at the last blank before the limit (anywhere when there is none)."""
    out = []
    while end - start > MAX_SENTENCE:
        limit = start + MAX_SENTENCE
        cut = limit
        while cut > start + MAX_SENTENCE // 2 and not line[cut - 1].isspace():
            cut -= 1
        if not line[cut - 1].isspace():
            cut = limit  # no blank in the second half: cut in the middle of a word
        out.append((start, cut))
        start = cut
        while start < end and line[start].isspace():
            start += 1
    if start < end:
        out.append((start, end))
    return out


def split_sentences(text: str, *, headline: bool = False) -> list[Sentence]:
    """Split `text` into sentences whose spans index `text` itself.

    With `headline`, the first non-empty line is taken as the headline, one sentence; the
    same line again right after it (a page title repeated as the body's first line) is skipped.
    """
    if not isinstance(text, str):
        raise TypeError(f"split_sentences() takes a str, not {type(text).__name__}")
    sentences: list[Sentence] = []
    pos = 0
    first_line = True
    title = ""
    for raw_line in text.splitlines(keepends=True):
        line_start, line_end = _trim(text, pos, pos + len(raw_line))
        pos += len(raw_line)
        if line_start >= line_end:
            continue
        line = text[line_start:line_end]
        if title:
            repeated = " ".join(line.split()).casefold() == title
            title = ""
            if repeated:
                continue  # the headline written again as the first line of the body (a page's h1)
        if headline and first_line:
            title = " ".join(line.split()).casefold()
            spans: tuple[tuple[int, int], ...] = ((0, len(line)),)
            role = "headline"
        elif is_dateline(line):
            spans = ((0, len(line)),)
            role = "dateline"
        else:
            spans = _split_line(line)
            role = "body"
        first_line = False
        if any(end - start > MAX_SENTENCE for start, end in spans):
            spans = tuple(piece for span in spans for piece in _pieces(line, *span))
        for rel_start, rel_end in spans:
            start, end = _trim(text, line_start + rel_start, line_start + rel_end)
            if start < end:
                sentences.append(
                    Sentence(index=len(sentences), text=text[start:end], start=start, end=end, role=role)
                )
    return sentences
