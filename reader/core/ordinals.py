"""Ordinal counts: "the fifth successful anti-piracy operation", "his 12th arrest", "the third-largest city".

An ordinal that ranks a thing named after it is a figure of kind ``ordinal``, its unit that
thing: a reader sees it among the figures of `reader compare --json`. It is not compared
(`figures.make_figure`): two ranks in one point were, in the corpus, ranks of two things ("in
the sixth round" / "in the seventh round" of one fight). "First" and "second" are mostly
ordinary words ("at first", "first lady", "a second chance"): they count only after "the" or
an owner, before the thing they rank and no count ("its first reduction since 2021", "for the
first time", "his first Wimbledon title"; not "the first three months"), or alone before
"since" or "against" ("the first against Milei"), as the blind cases' authors list them. Names are left
out too: a capitalised ordinal or a capitalised word after it ("the Fifth Amendment", "the
82nd Airborne", "Third Avenue") and the set phrases of `_NOT_RANKS` ("third-degree burns", "a
third party"; "the fourth quarter" and "the fifth floor" are ranks and stay). A name between the
rank and a thing named after it is read through when the rank has an owner ("his fourth Grand Slam
title", "the world's fifth-largest country"), runs ("the third consecutive Games") or is a record
("a record ninth time"): after "the" alone it is a unit's name ("the 5th Congressional District
race"). After "a", "third" and up rank the thing named after them ("a third runway", "entered a
third day") unless a share is meant ("rose by a fifth", "a third higher"). Several minutes
of a match told together are each a minute ("in the 12th and 71st minutes").
"""

from __future__ import annotations

import re

from reader.core.model import Quantity
from reader.core.nouns import STOPWORDS, word_set
from reader.core.qualifiers import quantity_at
from reader.core.units import singular

_UNITS = (
    "third fourth fifth sixth seventh eighth ninth tenth eleventh twelfth thirteenth fourteenth "
    "fifteenth sixteenth seventeenth eighteenth nineteenth"
).split()
_TENS = {
    "twentieth": 20,
    "thirtieth": 30,
    "fortieth": 40,
    "fiftieth": 50,
    "sixtieth": 60,
    "seventieth": 70,
    "eightieth": 80,
    "ninetieth": 90,
    "hundredth": 100,
}
_TENS_PREFIX = {"twenty": 20, "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60, "seventy": 70}
_ONES = {"first": 1, "second": 2, **{w: k for k, w in enumerate(_UNITS, 3)}}
_WORD_VALUES = {
    **{w: k for k, w in enumerate(_UNITS, 3)},
    **_TENS,
    **{f"{t}-{o}": tv + ov for t, tv in _TENS_PREFIX.items() for o, ov in _ONES.items() if ov < 10},
}
# "first" and "second" are read apart (`_first_or_second`): they are mostly ordinary words
_FIRST_SECOND = {"first": 1, "second": 2}
# every ordinal in words and its value ("third" 3, "twenty-first" 21): the day of a month in
# words (`dates`) reads it too
ORDINAL_VALUES = {**_FIRST_SECOND, **_WORD_VALUES}
# the lower-case words an ordinal ends with, beside "twenty-first" and "forty-second" (see `maybe`)
ORDINAL_WORDS = frozenset(w.rsplit("-", 1)[-1] for w in _WORD_VALUES) - {"first", "second"}
_DIGIT_ORDINAL = re.compile(r"\d(?:st|nd|rd|th)\b")
_ORDINAL = re.compile(
    r"(?i:\b(?P<det>the|its|his|her|their|our|this|an?|for|[a-z]+['’]s)[ \t]+(?P<record>record[ \t]+)?)"
    r"(?P<ord>(?P<digits>[1-9]\d{0,3})(?P<suffix>st|nd|rd|th)\b"
    rf"|(?P<word>{'|'.join(sorted([*_WORD_VALUES, *_FIRST_SECOND], key=len, reverse=True))})\b)"
    r"(?:[ \t]*-[ \t]*(?P<super>[a-z]+est|most|least|ranking|ranked)\b)?"  # "third-ranking"
)
# a rank of one or two that is a figure: after "the" or an owner, of a thing named after it and
# no count ("the first three months" is a period), nor one of the set phrases below; or told
# alone before "since" or "against" ("the first since 2017", "the first against Milei")
_NUMBER_NEXT = re.compile(
    r"[ \t]+(?:\d(?![\d.,]*-[A-Za-z])"  # "the first 7.8-magnitude tremor" ranks the tremor
    r"|(?i:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|dozen|few|couple)\b)"
)
_ALONE_NEXT = re.compile(r"[ \t]+(?:since|against)\b")
# what a rank written as a compound ranks: "the 19th-century mansion", "her 90th-birthday party"
_HYPHEN_RANKED = re.compile(r"-(century|anniversary|birthday)\b", re.IGNORECASE)
_SUPERLATIVE_END = re.compile(
    r"[ \t]*(?:[,.;:)!?–—]|$|[ \t]+(?:in|on|of|ever|among|after|behind|since|to|by|with)\b)"
)
# titles and set phrases: "first lady", "the first daughters" (a president's), "first aid"
_NOT_FIRST_RANKS = word_set(
    "lady ladies daughters sons gentleman class aid name names thing things hand place responder responders"
)
_NEXT = re.compile(r"[ \t]+(?P<w>[a-z][a-z-]*[a-z])\b(?!-)")
MAX_WORDS = 4
# words that end the phrase of the thing ranked: adverbs and common past tenses ("the fifth gave him")
_ADVERBS = word_set(
    "ever again now yet already still began came went won lost saw made took gave got told said left "
    "hit ran fell rose led struck"
)
_MONTH_BEFORE = re.compile(
    r"(?i:\b(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?"
    r"|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\.?[ \t]+(?:the[ \t]+)?)$"
)  # "on February the 15th", "March 3rd": a date (not "to mark the 10th anniversary")
# a name after the words a rank ranks; a day or a month there only dates it ("for the 31st
# straight day Sunday", "the third straight month in June")
_NAME_NEXT = re.compile(
    r"[ \t]+(?!(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|January|February|March"
    r"|April|May|June|July|August|September|October|November|December)\b)[A-Z]"
)
# a name after a rank of the owner's things or of a run: "his fourth Grand Slam title", "their
# eighth straight Bledisloe Cup win", "the third consecutive Games"
_NAME_RUN = re.compile(r"(?:[ \t]+[A-Z][\w'’.-]*){1,4}")
_OWNERS = frozenset({"its", "his", "her", "their", "our"})
# before "a fifth", "a third": a share of something, not a rank ("fell by a third", "nearly a
# fifth more")
_SHARE_BEFORE = re.compile(
    r"(?i:\b(?:by|than|nearly|almost|about|around|roughly|over|under|some|only|just)[ \t]+$)"
)
_IN_A_ROW = re.compile(r"[ \t]+(?:consecutive|straight|successive)\b")
# a headline's rank in a run told by its start: "for 3rd visit since invasion"
_NOUN_SINCE = re.compile(r"[ \t]+[a-z][a-z-]*[ \t]+since\b")
# ranks that are names of things, not counts of them
_NOT_RANKS = word_set(
    "degree party parties person persons world estate wheel column rate hand string generation grade "
    "graders grader base"
)
# "a third higher", "a fifth more": a share, whatever comes before it
_COMPARATIVES = word_set(
    "more less higher lower bigger smaller larger greater fewer cheaper dearer longer shorter faster "
    "slower wider narrower heavier lighter older younger richer poorer"
)
# what "a second" ranks ("seek a second term"), where "a second chance" is only another one
_RANKED_AFTER_A = word_set("term referendum referendums election")


def maybe(text: str, words: set[str]) -> bool:
    """Whether `text`, with lower-case words `words`, may hold an ordinal (a cheap test first)."""
    return (
        not words.isdisjoint(ORDINAL_WORDS)
        or "first" in words
        or "second" in words
        or "q" in words
        or _DIGIT_ORDINAL.search(text) is not None
    )


# a quarter of a company's or a country's year, named in a compound or as "Q2": "second-quarter
# revenue", "its fiscal fourth-quarter earnings", "Samsung Q3 profit jumps", "in Q2 FY25". "Q"
# and a digit count only before a lower-case word, a year or a figure's name ("China's Q1 GDP")
# or after a word that sets a time ("in Q4"); "the Audi Q3" is a car
_QUARTER = re.compile(
    r"(?i:\b(?P<word>first|second|third|fourth|1st|2nd|3rd|4th)[ \t]*-[ \t]*quarter\b)"
    r"|(?<![\w-])(?<!Audi )Q(?P<digit>[1-4])\b(?![-/.]?\d)"
)
_QUARTER_NEXT = re.compile(r"[ \t]+(?:[a-z]|FY|(?:19|20)?\d\d\b|GDP\b|EPS\b)")
_QUARTER_LEAD = re.compile(r"\b(?:in|for|of|during|from|to|the|and)[ \t]+$")


def _quarters(text: str) -> list[Quantity]:
    """Quarters of a year named as ranks: "third-quarter profit" and "Q3 profit" are ordinals 3."""
    out = []
    for m in _QUARTER.finditer(text):
        if m.group("word"):
            word = m.group("word").lower()
            value = float(ORDINAL_VALUES.get(word) or word[0])  # "second", "2nd"
            start, end = m.start("word"), m.end("word")
        else:
            lead = _QUARTER_LEAD.search(text, max(0, m.start() - 8), m.start())
            if not (_QUARTER_NEXT.match(text, m.end()) or lead):
                continue
            value = float(m.group("digit"))
            start, end = m.start(), m.end()
        out.append(quantity_at(text, start, end, "ordinal", value, value, unit="quarter"))
    return out


# a place in a ranking or a race, with no article: "ranking the country 77th of 81", "won from
# 17th on the grid", "finished fifth" (the blind figure cases' authors differ on "finished
# second": set 35 leaves it out, blind clusters 30 compares it)
_PLACED = re.compile(
    r"(?i:\b(?:rank(?:ed|ing|s)?|finish(?:ed|es|ing)?|placed|came|comes|seeded|start(?:ed|s|ing)?"
    r"|qualif(?:ied|ies|ying)|from)"
    r"(?:[ \t]+(?:the[ \t]+)?(?:country|team|club|side|player|car|him|her|it|them))?[ \t]+)"
    r"(?P<ord>(?P<digits>[1-9]\d{0,2})(?P<suffix>st|nd|rd|th)\b"
    rf"|(?P<word>{'|'.join(sorted(_WORD_VALUES, key=len, reverse=True))})\b)"
    r"(?![ \t]*-)"
)


# ... and second place told so ("finished second behind Zupan", "placed 2nd"): "second" is a
# place only after a word of finishing or ranking
_PLACED_SECOND = re.compile(
    r"(?i:\b(?:rank(?:ed|s)?|finish(?:ed|es|ing)?|placed|came|comes)[ \t]+)"
    r"(?P<ord>second|2nd)\b(?![ \t]*-)"
)


PLACE = "place"  # the unit of an ordinal that places someone in a race or a ranking

# a place named as such, with no article: "slipped to fifth place", "finished in 12th place"
_IN_PLACE = re.compile(
    r"(?i:\b(?:to|in|into|at)[ \t]+)"
    r"(?P<ord>(?P<digits>[1-9]\d{0,2})(?P<suffix>st|nd|rd|th)\b"
    rf"|(?P<word>{'|'.join(sorted(_WORD_VALUES, key=len, reverse=True))})\b)"
    r"(?=[ \t]+place\b)"
)


def _placed(text: str) -> list[Quantity]:
    """Places in a ranking or a race told without an article ("finished 77th of 81", "slipped
    to fifth place")."""
    found = list(_IN_PLACE.finditer(text)) + [
        m
        for pattern in (_PLACED, _PLACED_SECOND)
        for m in pattern.finditer(text)
        # not "from fifth grade teachers", "from 103rd Avenue": the rank of a thing named
        if not (_head_noun(text, m.end()) or _NAME_NEXT.match(text, m.end()))
    ]
    out = []
    for m in found:
        value = 2 if m.re is _PLACED_SECOND else _value(m)
        if value is not None and (value >= 3 or m.re is _PLACED_SECOND):
            out.append(
                quantity_at(
                    text, m.start("ord"), m.end("ord"), "ordinal", float(value), float(value), unit=PLACE
                )
            )
    return out


# the minute of a match: "in the 78th minute", "his 58th-minute header", "a 90th minute winner"
_MATCH_MINUTE = re.compile(
    r"(?<![\w-])(?P<digits>\d{1,3})(?P<suffix>st|nd|rd|th)(?:[ \t]+|[ \t]*-[ \t]*)minute\b"
)


# several minutes told together: "in the 12th and 71st minutes", "the 23rd, 40th and 88th minutes"
_MATCH_MINUTES = re.compile(
    r"(?<![\w-])\d{1,3}(?:st|nd|rd|th)(?:(?:,[ \t]*|,?[ \t]+and[ \t]+)\d{1,3}(?:st|nd|rd|th))+[ \t]+minutes\b"
)
_ONE_MINUTE = re.compile(r"(?P<digits>\d{1,3})(?P<suffix>st|nd|rd|th)")


def _match_minutes(text: str) -> list[Quantity]:
    """The minutes of a match things happened in, whatever comes before them."""
    found = list(_MATCH_MINUTE.finditer(text))
    for run in _MATCH_MINUTES.finditer(text):
        found += _ONE_MINUTE.finditer(text, run.start(), run.end())
    out = []
    seen: set[int] = set()
    for m in sorted(found, key=lambda m: m.start()):
        value = _value(m)
        if value is not None and value <= 150 and m.start() not in seen:
            seen.add(m.start())
            minute = float(value)
            out.append(
                quantity_at(text, m.start(), m.end("suffix"), "ordinal", minute, minute, unit="minute")
            )
    return out


def ordinals(text: str) -> list[Quantity]:
    """The ordinal counts of `text`: "the fifth successful operation" is an ordinal 5 of "operation"."""
    out: list[Quantity] = _placed(text) + _match_minutes(text) + _quarters(text)
    taken = {q.start for q in out}
    for m in _ORDINAL.finditer(text):
        value = _value(m)
        if value is None or m.start("ord") in taken:
            continue
        if m.group("det").lower() == "for" and not (
            _IN_A_ROW.match(text, m.end()) or _NOUN_SINCE.match(text, m.end())
        ):
            continue  # only a run drops its article: a headline's "for third straight month"
        if value < 3 and not (value == 2 and m.group("super")):  # "the second-largest city" ranks
            first = _first_or_second(text, m)
            if first is not None:
                out.append(first)
            continue
        # "a fifth consecutive day", "a 12th straight win": a rank in a run, whatever the article
        in_a_row = _IN_A_ROW.match(text, m.end()) is not None
        indefinite = m.group("det").lower() in ("a", "an") and not in_a_row and not m.group("record")
        if m.group("digits") and (
            indefinite or _MONTH_BEFORE.search(text, max(0, m.start() - 12), m.start())
        ):
            continue
        if m.group("word") and indefinite and _a_share(text, m):
            continue  # "rose by a fifth last year", "a third higher": a share, read elsewhere
        noun = _head_noun(text, m.end())
        if not noun and not m.group("super") and (hyphen := _HYPHEN_RANKED.match(text, m.end())) is not None:
            noun = hyphen.group(1).lower()  # "the 19th-century mansion", "the 50th-anniversary gala"
        owner = m.group("det").lower() in _OWNERS or m.group("det")[-2:] in ("'s", "’s")
        if not noun and (in_a_row or owner or m.group("record")):
            noun = _noun_after_name(text, _IN_A_ROW.match(text, m.end()) or m, in_a_row)
        # "the country's 17th since independence": the owner's 17th of the thing the story tells
        alone = not noun and owner and _ALONE_NEXT.match(text, m.end()) is not None
        # "the UK's ninth-biggest ever", "the third-largest in the world": a superlative ranks
        # what the sentence is about, named before it
        alone = alone or (
            not noun and bool(m.group("super")) and _SUPERLATIVE_END.match(text, m.end()) is not None
        )
        if not (noun or alone) or noun in _NOT_RANKS:
            continue
        unit = singular(noun) if len(noun) > 3 else noun
        if m.group("super"):
            unit = f"{m.group('super')} {unit}".strip()  # "third-largest city"
        out.append(
            quantity_at(text, m.start("ord"), m.end("ord"), "ordinal", float(value), float(value), unit=unit)
        )
    out.sort(key=lambda q: q.start)
    return out


def _a_share(text: str, m: re.Match[str]) -> bool:
    """Whether "a third", "a fifth" matched by `_ORDINAL` is a share of something: after "by" or a
    hedge ("fell by a third", "nearly a fifth"), or before a comparative ("a third higher")."""
    if _SHARE_BEFORE.search(text, max(0, m.start() - 12), m.start()):
        return True
    following = _NEXT.match(text, m.end())
    return following is not None and following.group("w") in _COMPARATIVES


def _first_or_second(text: str, m: re.Match[str]) -> Quantity | None:
    """A rank of one or two read by `_ORDINAL` ("its first reduction since 2021", "for the first
    time", "his first Wimbledon title", "the second round", "for a second straight month", "a
    second term"), or None when it is no figure: after "a" but for those ("a second chance"),
    before a count ("the first three months"), of a set phrase ("first lady", "second hand") or
    of nothing named."""
    det = m.group("det").lower()
    if det == "this" or m.group("record") or m.group("super"):
        return None
    # after "a" only a run ("for a second straight month") or a term ("seek a second term")
    if det in ("a", "an") and not (
        _IN_A_ROW.match(text, m.end()) or _head_noun(text, m.end()) in _RANKED_AFTER_A
    ):
        return None
    if _NUMBER_NEXT.match(text, m.end()):
        return None
    owner = det in _OWNERS or det[-2:] in ("'s", "’s")
    noun = _head_noun(text, m.end())
    if not noun and owner:
        noun = _noun_after_name(text, m, False)
    if not noun and not _ALONE_NEXT.match(text, m.end()):
        return None
    if noun in _NOT_RANKS or noun in _NOT_FIRST_RANKS:
        return None
    following = _NEXT.match(text, m.end())
    if following is not None and following.group("w") in _NOT_FIRST_RANKS:
        return None  # "the first lady spoke": the phrase is the title, whatever its head word
    value = float(_FIRST_SECOND.get((m.group("word") or "").lower(), m.group("digits") or 0))
    unit = singular(noun) if len(noun) > 3 else noun
    return quantity_at(text, m.start("ord"), m.end("ord"), "ordinal", value, value, unit=unit)


def _head_noun(text: str, pos: int) -> str:
    """The last word of the run of lower-case content words at `pos` ("successful anti-piracy
    operation conducted by" -> "operation"), or "" when a stop word or a name comes first."""
    words: list[str] = []
    while len(words) < MAX_WORDS and (m := _NEXT.match(text, pos)) is not None:
        word = m.group("w")
        if word in STOPWORDS or word in _ADVERBS or (words and word.endswith(("ed", "ing"))):
            break  # "the fifth operation conducted by": the participle opens another phrase
        words.append(word)
        pos = m.end()
    if not words or words[-1].endswith("ly") or _NAME_NEXT.match(text, pos):
        return ""  # "the 15th annual Screen Actors Guild Awards": what is ranked is a name
    return words[-1]


def _noun_after_name(text: str, m: re.Match[str], in_a_row: bool) -> str:
    """The thing ranked after a name that follows the ordinal (ending at `m`): "fourth Grand Slam
    title" -> "title"; in a run the name's last word may be it ("third consecutive Games")."""
    name = _NAME_RUN.match(text, m.end())
    if name is None:
        return ""
    noun = _head_noun(text, name.end())
    if noun and not noun.endswith("ed"):
        return noun
    if in_a_row and not _NEXT.match(text, name.end()):
        return name.group(0).split()[-1].rstrip(".'’-").lower()
    return ""


def _value(m: re.Match[str]) -> int | None:
    if m.group("digits"):
        number = int(m.group("digits"))
        suffix = m.group("suffix").lower()
        last = number % 10 if number % 100 not in (11, 12, 13) else 0
        expected = {1: "st", 2: "nd", 3: "rd"}.get(last, "th")
        return number if suffix == expected else None
    word = m.group("word")
    if word[:1].isupper() and m.start("ord") > 0:
        return None  # "the Fifth Amendment" is a name
    return _WORD_VALUES.get(word.lower()) or _FIRST_SECOND.get(word.lower())
