"""Sentence segmentation for news text, with character offsets into the raw text.

Lines are split first (headlines, datelines and bylines stand on lines of their own in
news). A line with no inner candidate boundary is one sentence and costs nothing; the
others go through pysbd, whose output is mapped back onto the raw text and then touched
up for news typography (abbreviations such as "U.S." or "p.m." at the end of a sentence).
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
# Abbreviations that pysbd may leave at a sentence end; when the next segment starts in
# lower case the split was wrong and the two are joined again.
_TERMINAL = re.compile(r"[.!?…][\"'”’)\]]*$")
_LIST_MARKER = re.compile(r"^[a-z][.)]\s")
_BRAND = re.compile(r"[a-z]{1,2}[A-Z]")
_INITIALISM_POSSESSIVE = re.compile(r"\b(?:[A-Z]\.){2,}['’]$")
_QUOTE_END = re.compile(r"[?!,][\"”’]$")
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
# "according to the U.S. The ..." : an initialism, then a word that only starts sentences.
_INITIALISM_SPLIT = re.compile(
    r"(?<=\b[A-Z]\.[A-Z]\.)\s+(?=(?:The|He|She|It|They|We|I|But|And|A|An|This|That|These|Those"
    r"|There|His|Her|Their|Its|Our|However|Meanwhile|In|On|At|After|When|While)\s)"
)


@lru_cache(maxsize=1)
def _pysbd_segmenter() -> object:
    import pysbd  # imported lazily: it costs ~100 ms at start-up

    return pysbd.Segmenter(language="en", clean=False)


_TITLES = frozenset(
    # titles before a name: "Mr. Kerry", "Sen. McCain", "St. Louis", "Fr. Smith", "v. Wade"
    "mr mrs ms dr sen sens rep reps gov gen gens lt col sgt capt cmdr adm maj prof rev hon supt"
    " insp det cpl pvt messrs mme mlle st mt fr v vs const atty dist asst".split()
)
_MONTHS = frozenset("jan feb mar apr jun jul aug sep sept oct nov dec".split())
# Abbreviations that may end a sentence or not ("Inc.", "Co.", "Calif."): pysbd decides.
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
_STREET_END = re.compile(r"\b(?:Ave|St|Rd|Blvd)\.$")
_CAPITALISED_BEFORE = re.compile(r"\b[a-z]+[ \t]+(?!The\b|An?\b)[A-Z][a-z]+[ \t]+$")  # "near Main St."
_PRECEDING_WORD = re.compile(r"(\S+)$")
_NUMBER_BEFORE = re.compile(r"\d°?[ \t]+$")
_LEADING_PUNCT = re.compile(r"^[^\w]+")


def _inside_quote(line: str, pos: int) -> bool:
    """Whether `pos` lies inside a quotation opened earlier on the line and not closed."""
    before = line[:pos]
    curly = before.count("“") - before.count("”")
    if curly > 0:
        return True
    return bool(curly == 0 and "“" not in before and before.count('"') % 2 == 1)


def _classify(line: str, match: re.Match[str]) -> str:
    """How sure a candidate boundary is: "cut", "keep" (not a boundary) or "ask" (pysbd).

    A full stop after a plain word is a boundary; after a title ("Mr. Kerry"), a month
    or "No." before a number, or an initial before a name ("George W. Bush") it is not;
    other abbreviations ("U.S.", "p.m.", "Inc.") are left to pysbd.
    """
    if _inside_quote(line, match.end(1)):
        return "keep"  # news keeps a quoted passage of several sentences whole
    mark = match.group(1)
    attribution = _ATTRIBUTION.match(line, match.end() - 1) if mark[-1:] in '"”’' else None
    # '"Well, which is it?" Scalia asked.': the quote and who said it are one; after a full stop
    # only a bare attribution ('... Boehner." Durbin said.'), not a sentence that goes on
    if attribution is not None and (mark[:1] in "?!" or attribution.group(0).rstrip().endswith(".")):
        return "keep"
    if line[match.start()] != ".":
        return "cut"
    word = _PRECEDING_WORD.search(line, 0, match.start())
    token = _LEADING_PUNCT.sub("", word.group(1)) if word else ""
    bare = token.rstrip(".").lower().rsplit("-", 1)[-1]  # "then-Rep. Gabrielle Giffords"
    next_char = line[match.end() - 1]
    if (
        bare in ("c", "f")
        and token[:1].isupper()
        and _NUMBER_BEFORE.search(line, 0, word.start() if word else 0)
    ):
        return "cut"  # "hit 40.5 C. Residents fled": a temperature's unit, not an initial
    if (
        bare == "st"
        and word is not None
        and _CAPITALISED_BEFORE.search(line, 0, word.start())
        and next_char.isupper()
    ):
        return "cut"  # "near Main St. Police said": a street ends there ("St. Louis" has no name before)
    if bare in _TITLES or (len(bare) == 1 and token[:1].isupper() and bare != "i" and next_char.isupper()):
        return "keep"
    if (bare in _MONTHS or bare in _BEFORE_NUMBER) and next_char.isdigit():
        return "keep"  # "Sept. 11", "No. 2", "approx. 8 percent"
    if bare in _STREET and _COMPASS.match(line, match.end() - 1):
        return "keep"  # "Pennsylvania Ave. NW"
    odd = any(not (ch.isalnum() or ch in "'’-") for ch in bare)
    if "." in token or len(bare) <= 1 or bare in _ABBREVIATIONS or bare.isdigit() or odd:
        return "ask"
    return "cut"


@lru_cache(maxsize=65536)
def _split_line(line: str) -> tuple[tuple[int, int], ...]:
    """Spans of the sentences of one stripped line, relative to the line.

    Boundaries after a plain word are cut at once; only the stretches that hold an
    ambiguous full stop go through pysbd, which is slow.
    """
    cuts = [0]
    ambiguous: list[int] = []
    for match in _CANDIDATE.finditer(line):
        verdict = _classify(line, match)
        if verdict == "keep":
            continue
        if verdict == "ask":
            ambiguous.append(match.start())
            continue
        cut = match.end() - 1
        while cut > 0 and not line[cut - 1].isspace():
            cut -= 1  # back over an opening quote or bracket
        cuts.append(cut)
    cuts.append(len(line))
    spans: list[tuple[int, int]] = []
    for start, end in itertools.pairwise(cuts):
        chunk = line[start:end].rstrip()
        if any(start <= at < end for at in ambiguous) or _INITIALISM_SPLIT.search(chunk):
            spans.extend((start + a, start + b) for a, b in _split_with_pysbd(chunk))
        else:
            spans.append((start, start + len(chunk)))
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


def _split_with_pysbd(line: str) -> tuple[tuple[int, int], ...]:
    """Spans of the sentences of `line` by pysbd, touched up for news typography."""
    if not _CANDIDATE.search(line) and not _INITIALISM_SPLIT.search(line):
        return ((0, len(line)),)
    segmenter = _pysbd_segmenter()
    pieces: list[str] = segmenter.segment(line)  # type: ignore[attr-defined]
    spans: list[tuple[int, int]] = []
    pos = 0
    for piece in pieces:
        piece = piece.strip()
        if not piece:
            continue
        at = line.find(piece, pos)
        if at < 0:  # pysbd altered the text: give up on it for this line
            return ((0, len(line)),)
        spans.append((at, at + len(piece)))
        pos = at + len(piece)
    if not spans:
        return ((0, len(line)),)
    # Stretch spans so they tile the line (no text lost between pieces).
    fixed = [(0, spans[0][1])]
    for start, end in spans[1:]:
        prev_start, prev_end = fixed[-1]
        if line[prev_end:start].strip():
            fixed[-1] = (prev_start, start)
        fixed.append((start, end))
    if line[fixed[-1][1] :].strip():
        fixed[-1] = (fixed[-1][0], len(line))
    return tuple(_split_after_initialisms(line, _merge_bad_splits(line, fixed)))


def _split_after_initialisms(line: str, spans: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """Split "... the U.S. The next sentence", which pysbd keeps whole."""
    out: list[tuple[int, int]] = []
    for start, end in spans:
        cut = start
        for match in _INITIALISM_SPLIT.finditer(line, start, end):
            out.append((cut, match.start()))
            cut = match.end()
        out.append((cut, end))
    return out


def _merge_bad_splits(line: str, spans: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """Join pieces where pysbd split after an abbreviation inside a sentence."""
    merged: list[tuple[int, int]] = []
    for start, end in spans:
        if merged:
            prev = line[merged[-1][0] : merged[-1][1]].rstrip()
            nxt = line[start:end].lstrip()
            first = nxt[:1]
            lowercase_go_on = (
                first.islower()
                and not prev.endswith("...")
                and not _LIST_MARKER.match(nxt)
                and not _BRAND.match(nxt)  # "iPhone sales rose", "eBay reported"
            )
            clock_go_on = bool(_CLOCK_END.search(prev)) and (
                len(prev.split()) <= 3 or bool(_AFTER_CLOCK.match(nxt))
            )
            # "abandoning the U.S.' Kurdish allies": a possessive, not a closing quote
            possessive_go_on = bool(_INITIALISM_POSSESSIVE.search(prev))
            # '"Well, which is it?" Scalia asked.': the quote's attribution, not a sentence
            said_go_on = bool(_QUOTE_END.search(prev)) and bool(_ATTRIBUTION.fullmatch(nxt.rstrip()))
            # "on Pennsylvania Ave. NW": the street's quarter, not a new sentence
            street_go_on = bool(_STREET_END.search(prev)) and bool(_COMPASS.match(nxt))
            if lowercase_go_on or clock_go_on or possessive_go_on or said_go_on or street_go_on:
                merged[-1] = (merged[-1][0], end)
                continue
        merged.append((start, end))
    return merged


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


def split_sentences(text: str, *, headline: bool = False) -> list[Sentence]:
    """Split `text` into sentences whose spans index `text` itself.

    With `headline`, the first non-empty line is taken as the headline, one sentence; the
    same line again right after it (a page title repeated as the body's first line) is skipped.
    """
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
        for rel_start, rel_end in spans:
            start, end = _trim(text, line_start + rel_start, line_start + rel_end)
            if start < end:
                sentences.append(
                    Sentence(index=len(sentences), text=text[start:end], start=start, end=end, role=role)
                )
    return sentences
