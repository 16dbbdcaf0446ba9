"""Text normalisation for matching: tokens, light stemming, stop words, names and figures.

A sentence becomes a `Terms`: the stems of its content words, which of them are names
(capitalised inside the sentence), the figures it gives (digits and number words, as
canonical strings) and, for each stem, the first surface form seen (to explain a match).
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from functools import lru_cache

from reader.core.lexicon import ABBREVIATIONS, canonical_word
from reader.core.printable import blank_escapes

_TRANSLATE = str.maketrans(
    {
        "\u2018": "'",
        "\u2019": "'",
        "\u201a": "'",
        "\u201b": "'",
        "\u2032": "'",
        "\u201c": '"',
        "\u201d": '"',
        "\u201e": '"',
        "\u2033": '"',
        "\u2013": "-",
        "\u2014": "-",
        "\u2212": "-",
        "\u00a0": " ",
    }
)
_TOKEN = re.compile(r"\$?\d+(?:[.,]\d+)*%?|[^\W\d_]+(?:['][^\W\d_]+)*", re.UNICODE)
# a possessive or a clitic ending a token: "Kerry's", "they're", "we've", "I'm" (the rest is
# the word: "they"/"we"/"i", stop words); a negated auxiliary ("didn't", "won't", or "n't" cut
# off as a token of its own in tokenised text: "did n't") is a stop word as a whole
_CLITIC = re.compile(r"'(?:s|re|ve|ll|d|m)?$", re.IGNORECASE)
_NEGATED = re.compile(r"n't$", re.IGNORECASE)
_INITIALISM = re.compile(r"\b(?:[A-Za-z]\.){2,}")


def _words(text: str) -> frozenset[str]:
    return frozenset(text.split())


STOP_WORDS = _words(
    """a about above after again against all almost also although am among an and another any
    are aren around as at be because been before being below between both but by can cannot could
    couldn did didn do does doesn doing don down during each either else even ever every few for
    from further had hadn has hasn have haven having he her here hers herself him himself his how
    however i if in into is isn it its itself just least less like ll many may me might more most
    mostly much must my myself no nor not now of off often on once one only or other others our
    ours ourselves out over own per rather re s same shall she should shouldn since so some still
    such t than that the their theirs them themselves then there these they this those though
    through to too toward towards under until up upon us ve very via was wasn we were weren what
    whatever when where whether which while who whom whose why will with within without won would
    wouldn yet you your yours yourself yourselves said say says saying told tell tells according
    mr mrs ms dr also just get got go goes going went make made makes"""
)

NUMBER_WORDS = {
    "zero": "0",
    "two": "2",
    "three": "3",
    "four": "4",
    "five": "5",
    "six": "6",
    "seven": "7",
    "eight": "8",
    "nine": "9",
    "ten": "10",
    "eleven": "11",
    "twelve": "12",
    "thirteen": "13",
    "fourteen": "14",
    "fifteen": "15",
    "sixteen": "16",
    "seventeen": "17",
    "eighteen": "18",
    "nineteen": "19",
    "twenty": "20",
    "thirty": "30",
    "forty": "40",
    "fifty": "50",
    "sixty": "60",
    "seventy": "70",
    "eighty": "80",
    "ninety": "90",
    "hundred": "100",
    "dozen": "12",
    "first": "1st",
    "second": "2nd",
    "third": "3rd",
    "fourth": "4th",
    "fifth": "5th",
}
_SCALE = {"thousand": 1e3, "million": 1e6, "billion": 1e9, "trillion": 1e12}
# a scale glued to its number: "$53m", "£3bn", "1.2bn" read as "$53 million", "£3 billion"
# ("100m" alone may be metres, "10k" a race: m and k only after a currency sign)
_GLUED_HINT = re.compile(r"\d(?:bn|mn|tn|m|k)\b", re.IGNORECASE)
_GLUED = re.compile(r"(\d)(bn|mn|tn)\b", re.IGNORECASE)
_GLUED_MONEY = re.compile(r"([$£€][ \t]?\d+(?:[.,]\d+)*)(m|k)\b", re.IGNORECASE)
_GLUED_WORDS = {"bn": "billion", "mn": "million", "tn": "trillion", "m": "million", "k": "thousand"}


def _spelled_scale(match: re.Match[str]) -> str:
    return f"{match.group(1)} {_GLUED_WORDS[match.group(2).lower()]}"


# Stop words that no casing turns into a lexicon word, an initialism or a number: skipped at once.
_PLAIN_STOP_WORDS = frozenset(
    w
    for w in STOP_WORDS
    if canonical_word(w) is None and canonical_word(w.upper()) is None and w not in NUMBER_WORDS
)


@dataclass(frozen=True)
class Terms:
    """The matchable content of one sentence.

    `stems` are the content-word stems in order of first appearance (figures included,
    as canonical strings starting with a digit); `names` the stems written capitalised
    inside the sentence; `figures` the canonical figures; `surface` maps each stem to
    the word as first written.
    """

    stems: tuple[str, ...]
    names: frozenset[str]
    figures: frozenset[str]
    surface: tuple[tuple[str, str], ...]


def fold(text: str) -> str:
    """Straight quotes and dashes, composed accents removed, no-break spaces made plain."""
    text = text.translate(_TRANSLATE)
    if text.isascii():
        return text
    decomposed = unicodedata.normalize("NFKD", text)
    return "".join(ch for ch in decomposed if not unicodedata.combining(ch))


_SUFFIXES = (
    ("ies", "y", 3),
    ("sses", "ss", 3),
    ("ness", "", 4),
    ("ments", "", 4),
    ("ment", "", 4),
    ("ingly", "", 4),
    ("edly", "", 4),
    ("ings", "", 4),
    ("ing", "", 3),
    ("ied", "y", 3),
    ("ed", "", 3),
    ("ers", "", 4),
    ("er", "", 4),
    ("ly", "", 4),
    ("es", "", 4),
    ("s", "", 3),
)
_ENDINGS = tuple(suffix for suffix, _, _ in _SUFFIXES)


@lru_cache(maxsize=65536)
def stem(word: str) -> str:
    """A light suffix-stripping stem of a lower-case word ("troops" -> "troop", "talked" -> "talk").

    Not a linguistic stem: it only has to map the forms of one word onto one key.
    """
    if len(word) <= 3 or not word.isalpha():
        return word
    base = word
    for suffix, repl, keep in _SUFFIXES if word.endswith(_ENDINGS) else ():
        if word.endswith(suffix) and len(word) - len(suffix) >= keep:
            if suffix == "s" and word.endswith(("ss", "us", "is")):
                break
            base = word[: len(word) - len(suffix)] + repl
            break
    if len(base) > 3 and base[-1] == base[-2] and base[-1] not in "ls":
        base = base[:-1]  # "stopped" -> "stopp" -> "stop"
    if len(base) > 3 and base.endswith("e"):
        base = base[:-1]  # "based" and "base" both -> "bas"
    return base


# digits grouped in thousands ("1,234,567") or, as Indian papers write them, in lakhs and crores
# ("2,41,300", "1,00,000"): one pattern for the extractor (`atoms.DIGITS`) and for matching
GROUPED_DIGITS = r"\d{1,2}(?:,\d\d)+,\d{3}(?!\d)|\d{1,3}(?:,\d{3})+(?!\d)"
_GROUPED = re.compile(GROUPED_DIGITS)


def _figure(token: str, following: str) -> str:
    """Canonical string of a figure token: "40,000" -> "40000", "2.5 million" -> "2500000"."""
    text = token.lstrip("$").rstrip("%")
    if "," in text and _GROUPED.fullmatch(text):
        text = text.replace(",", "")
    try:
        value = float(text)
    except ValueError:
        return token
    if following in _SCALE:
        value *= _SCALE[following]
    if value.is_integer():
        return str(int(value))
    return f"{value:g}"


@lru_cache(maxsize=16384)
def terms(sentence: str) -> Terms:
    """Normalise a sentence into its matchable `Terms` (cached: sentences repeat)."""
    text = _INITIALISM.sub(lambda m: m.group(0).replace(".", "") + " ", fold(blank_escapes(sentence)))
    if _GLUED_HINT.search(text):
        text = _GLUED_MONEY.sub(_spelled_scale, _GLUED.sub(_spelled_scale, text))
    raw_tokens = _TOKEN.findall(text)
    stems: list[str] = []
    seen: set[str] = set()
    names: set[str] = set()
    figures: set[str] = set()
    surface: list[tuple[str, str]] = []
    for position, token in enumerate(raw_tokens):
        if token[0].isdigit() or token[0] == "$":
            following = raw_tokens[position + 1].lower() if position + 1 < len(raw_tokens) else ""
            key = _figure(token, following)
            figures.add(key)
        else:
            if "'" in token:
                if _NEGATED.search(token):
                    continue
                word = _CLITIC.sub("", token).replace("'", "")
            else:
                word = token
            lower = word.lower()
            if lower in ABBREVIATIONS and word[0].isupper():  # "Feb." is "February"
                lower = ABBREVIATIONS[lower]
                word = lower.capitalize()
            if lower in _PLAIN_STOP_WORDS:
                continue
            known = canonical_word(word)
            if known is not None:
                key = known
                if word[0].isupper() and position > 0:
                    names.add(key)
            elif lower in NUMBER_WORDS:
                key = NUMBER_WORDS[lower]
                figures.add(key)
            elif lower in STOP_WORDS or len(lower) < 2:
                continue
            else:
                key = stem(lower)
                capitalised = word[0].isupper() and position > 0 and not word.isupper()
                acronym = word.isupper() and 1 < len(word) <= 5
                if capitalised or acronym:
                    names.add(key)
        if key not in seen:
            seen.add(key)
            stems.append(key)
            surface.append((key, token))
    return Terms(tuple(stems), frozenset(names), frozenset(figures), tuple(surface))
