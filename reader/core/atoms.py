"""Numbers as written (digits or words, a currency, a scale word) and identifiers that are not figures."""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass
from functools import lru_cache

from reader.core import dates, numwords, units
from reader.core.nouns import STOPWORDS, counted_noun_after, word_set

DIGITS = r"(?:\d{1,3}(?:,\d{3})+|\d+)(?:\.\d+)?|\.\d+"
_SCALE_SUFFIX = (
    r"(?:(?i:[ \t]*-?[ \t]*(?P<scale>thousand|million|billion|trillion|bn|mn|mln|tn|crores?|lakhs?)\b)"
    r"|(?P<sscale>[mbkMBK])\b)?"
)
# numbers in digits, maybe with a currency before them ...
ATOM_DIGITS = re.compile(rf"(?P<num>{DIGITS}){_SCALE_SUFFIX}")
# a currency written before the digits, looked for backwards from them (cheaper than at every position)
_CURRENCY_BEFORE = re.compile(rf"(?:{units.CURRENCY_PREFIX_RE})$")
# ... and numbers in words
ATOM_WORDS = re.compile(
    rf"(?i:(?P<halfscale>{numwords.HALF_SCALE})|(?P<dozen>{numwords.DOZEN})|(?P<frac>{numwords.FRACTION})"
    rf"|(?P<vague>{numwords.VAGUE})|(?P<twice>\btwice\b|\bthrice\b)|(?P<words>{numwords.SPELLED})){_SCALE_SUFFIX}"
)
# "3 1/2 miles", "6-1/2 hours", "2½ hours": a whole number and a fraction; "1/4 mile": a fraction
_MIXED_AFTER = re.compile(r"(?:[ \t]+|-)(?P<n>[1-7])/(?P<d>[2-8])(?![\d/])")
_FRACTION_AFTER = re.compile(r"/(?P<d>[2-8])(?![\d/])")
_DIGIT_BEFORE = re.compile(r"\d[ \t-]?$")
_OF_AFTER = re.compile(r"[ \t]+of\b")
VULGAR = {
    "½": 0.5,
    "¼": 0.25,
    "¾": 0.75,
    "⅓": 1 / 3,
    "⅔": 2 / 3,
    "⅛": 0.125,
    "⅜": 0.375,
    "⅝": 0.625,
    "⅞": 0.875,
}
_MILLION_PLURAL = re.compile(r"[ \t]+(?:[a-z]+[ \t]+)?[a-z]{2,}s\b")
_LETTER_HYPHEN = re.compile(r"[A-Za-z]-$")  # "COVID-19", "F-16"
_WORD_PREFIX = re.compile(r"(?i:\b(?:mid|pre|post|early|late|over|under|magnitude)-)$")  # "mid-2014"
_A_OR_ONE = re.compile(r"(?i:a|one)\b")
_SHORT_CAPS = re.compile(r"[A-Z]{1,4}")
_WORD_TOKEN = re.compile(r"\b[A-Za-z]+")
_WORD_STARTS = (
    frozenset(numwords.SMALL)
    | frozenset(numwords.SCALES)
    | word_set("a half several dozens tens hundreds thousands millions billions twice thrice scores")
)
# "%", "percent", "percentage points", and after a fraction "half a percentage point"
PERCENT = re.compile(
    r"[ \t]*(?:%|-?(?i:percent|per[ \t]*cent|pct|(?:(?:of[ \t]+)?an?[ \t]+)?percentage[ \t]+points?)\b)"
)
CUR_WORD = re.compile(rf"[ \t]*(?i:{units.CURRENCY_SUFFIX_RE})")
# "45C", "104°F", "-5 °C", "30 degrees Celsius": a temperature; the scale letter only glued or after °
TEMPERATURE = re.compile(
    r"(?:[ \t]*°[ \t]*(?P<deg>[CF]\b)?|(?P<glued>[CF])\b(?![-'’.]\w)"
    r"|[ \t]*-?[ \t]*(?i:degrees?)[ \t]+(?P<word>(?i:celsius|centigrade|fahrenheit)\b|[CF]\b(?![-'’.]\w)))"
)
MEASURE = re.compile(rf"[ \t]*-?[ \t]*(?i:(?P<unit>{units.MEASURE_RE}))")
DURATION = re.compile(rf"[ \t]*-?[ \t]*(?i:(?P<unit>{units.TIME_UNIT_RE}))\b(?![ \t]*-?[ \t]*old)")
_IDENT_PREFIX = re.compile(
    r"(?:\b(?:No|Nos|no|nos|Number|Art|Sec)\.?[ \t]*|#[ \t]*"
    r"|\b(?:Article|Section|Chapter|Flight|Route|Interstate|Highway|Boeing|Airbus|Apollo|Room|Gate|Terminal"
    r"|Platform|Phase|Stage|Proposition|Prop|Amendment|Resolution|Bill|Precinct|District|Ward|Unit|Model"
    r"|Version|Windows|iPhone|Galaxy|Type|Class|Category|Grade|Page|Paragraph|Rule|Exhibit|Channel"
    r"|Track|Episode|Season|Volume|Vol|Issue|Lot|Pier|Dock|Suite|Apartment|Block|Seat|Lane|Exit|Pad"
    r"|Battalion|Brigade|Division|Regiment|Squadron|Corps|Level|Code|Title|Item|Question|Figure|Table"
    r"|Step|Form|Line|Bus|Train|Station|Road|Street|Avenue|Square|Terminal|Gen|Mk|Mark|Super[ \t]+Bowl"
    r"|Air[ \t]+Force|Catch|Fahrenheit|Pentium|Russell|FTSE|Nikkei|Stoxx|DAX|CAC|Sensex|Nifty|ASX|Fortune"
    r"|Box|(?i:version|v\.))[ \t]+)$"
)
_ADDRESS_AFTER = re.compile(
    r"[ \t]+(?:[A-Z][a-z]+[ \t]+){1,2}"
    r"(?:Street|St\.|Avenue|Ave\.?|Road|Rd\.?|Boulevard|Blvd\.?|Lane|Drive|Place)\b"
    r"|[ \t]+block[ \t]+of[ \t]+(?:[A-Z]|\d)"  # "the 12200 block of 223rd Street": an address
)
_FUNCTION_CAPS = word_set(
    "a an the in on at by of to for from with and but or nor so yet as if than then since until after "
    "before during between among about around nearly almost some over under more fewer less only just "
    "roughly approximately estimated aged age ages all another each every both these those this that "
    "its his her their our your my total top up down last next also still now when while where who "
    "which what whose rose fell reached hit killing leaving bringing including some another just "
    "exactly least most"
)
_JOINED_NUMBER = re.compile(r"[ \t]*(?:-|–|to)[ \t]*\d")
_PREV_WORD = re.compile(r"(?P<word>[A-Za-z][\w'.]*)[ \t]+$")
_FOLLOW_LETTER = re.compile(r"[A-Za-z]")
_ONE_SKIP_BEFORE = re.compile(
    r"(?i:\b(?:no|any|every|each|the|this|that|which|only|last|other|no[ \t]+other)[ \t]+)$"
)
_ONE_SKIP_AFTER = re.compile(
    r"(?i:[ \t]+(?:of|another|or[ \t]+two|day|time|way|thing|point|hand|side|another|by|who|that|which"
    r"|is|was|has|had|will|would|can|could|might|must|should|from|as|at|on|with|for|like|than"
    r"|in(?![ \t]+(?:\d|two|three|four|five|six|seven|eight|nine|ten|a[ \t]+(?:hundred|thousand|million))))\b"
    r"|['’]s\b|[ \t]*(?!-(?:day|week|month|year|hour|minute|night|game|mile|yard|foot|metre|meter"
    r"|seat|member|vote|match|point)s?\b)[^\w \t]|[ \t]*$)"  # "a one-day strike" is a figure
)
# "only one in five students": a share even after "only"
_ONLY_BEFORE = re.compile(r"(?i:\bonly[ \t]+)$")
_IN_NUMBER_AFTER = re.compile(
    r"(?i:[ \t]+(?:in|out[ \t]+of)[ \t]+"
    r"(?:\d+|two|three|four|five|six|seven|eight|nine|ten|a[ \t]+(?:hundred|thousand))\b"
    r"(?![ \t]+(?:years?|months?|weeks?|days?|hours?|decades?|centuries)\b))"
)
_FRACTION_NEEDS = re.compile(r"(?i:[ \t]+(?:of|its|their|his|her|the|a|an|our|that|those|these)\b)")
_HALF_BEFORE = re.compile(
    r"(?i:\b(?:in|by|than|about|nearly|almost|roughly|around|cut|cutting|halved)[ \t]+)$"
)
_HALF_SKIP_BEFORE = re.compile(r"(?i:\b(?:first|second|other|latter|former|back|one)[ \t]*-?[ \t]*)$")


@dataclass
class Atom:
    """One number as written, before its context is read."""

    start: int
    end: int
    low: float
    high: float
    currency: str | None  # None: no currency sign; "" unknown currency
    scaled: bool
    precise: bool  # written in digits (rounding can be read from them)
    vague: bool
    plain_int: bool  # digits only, no separators, decimals, currency or scale
    fraction: bool = False


def _word_matches(text: str) -> Iterator[re.Match[str]]:
    """Numbers in words, tried only where a word that can start one stands (much faster)."""
    pos = 0
    for tok in _WORD_TOKEN.finditer(text):
        if tok.start() < pos or tok.group(0).lower() not in _WORD_STARTS:
            continue
        m = ATOM_WORDS.match(text, tok.start())
        if m is not None:
            words = m.groupdict().get("words")
            if words:
                cut = numwords.cardinal_end(words)
                if cut < len(words):  # "the six two-year colleges": "six", then "two-year"
                    m = ATOM_WORDS.match(text, tok.start(), m.start("words") + cut) or m
            pos = m.end()
            yield m


def find_atoms(text: str, pattern: re.Pattern[str]) -> list[Atom]:
    """Every number `pattern` finds in `text`, valued, before its context is read."""
    atoms: list[Atom] = []
    matches = pattern.finditer(text) if pattern is ATOM_DIGITS else _word_matches(text)
    for m in matches:
        start, end = m.start(), m.end()
        cur_text = None
        if pattern is ATOM_DIGITS and start:
            cur = _CURRENCY_BEFORE.search(text, max(0, start - 8), start)
            if cur is not None:
                cur_text, start = cur.group(0), cur.start()
        currency = units.currency_of(cur_text) if cur_text else None
        before = text[start - 1] if start else " "
        if cur_text is None and (before.isalnum() or before in "_.,/"):
            continue
        if text[m.end() : m.end() + 1] == "/":
            part = _fraction(text, m, start) if pattern is ATOM_DIGITS else None
            if part is not None:
                atoms.append(part)
            continue  # "9/11", "24/7": names, not figures
        if text[m.end() : m.end() + 2] in ("(k", "(a", "(b", "(c"):
            continue  # "401(k)"
        if cur_text and cur_text.strip().lower().startswith("euro") and start and text[start - 1].isalpha():
            continue
        scale = 1.0
        scaled = False
        if m.group("scale"):
            scale = units.SCALE_WORDS[m.group("scale").lower()]
            scaled = True
        elif m.group("sscale"):
            if (
                currency is None
                and not _MILLION_PLURAL.match(text, m.end("sscale"))
                and not ("." in (m.group("num") or "") and m.group("sscale") in "mMbB")
            ):
                if m.group("sscale").isupper():
                    continue  # "221B Baker Street", "4K screens": a name, not a figure
                end = m.start("sscale")  # "100m" is metres, "1.2m people" is 1.2 million
            else:
                scale = units.SCALE_WORDS[m.group("sscale").lower()]
                scaled = True
        vague = False
        fraction = False
        precise = False
        plain_int = False
        groups = m.groupdict()
        if groups.get("num"):
            raw = m.group("num")
            value = float(raw.replace(",", ""))
            precise = True
            plain_int = currency is None and not scaled and raw.isdigit()
            low = high = value * scale
            nxt = text[m.end("num") : m.end("num") + 1]
            if plain_int and not m.group("scale") and not m.group("sscale"):
                whole = _whole_and_fraction(text, m.end("num"))
                if whole is not None:  # "3 1/2 miles", "2½ hours"
                    extra, end = whole
                    low = high = value + extra
                    plain_int = False
                    nxt = text[end : end + 1]
            if (
                not scaled
                and nxt
                and (nxt.isalpha() or nxt == "_")
                and not _unit_suffix_ok(text, m.end("num"))
            ):
                continue
        elif groups.get("halfscale"):
            low = high = numwords.half_scale_value(m.group("halfscale"))
        elif groups.get("frac"):
            word = m.group("frac")
            if _A_TIME_AFTER.match(text, end):
                continue  # "half an hour", "a quarter of a century": durations, read later
            if word.lower() == "half":
                if _HALF_SKIP_BEFORE.search(text[:start]) or text[end : end + 1] == "-":
                    continue
                if not (_FRACTION_NEEDS.match(text, end) or _HALF_BEFORE.search(text[:start])):
                    continue
            elif (
                _A_OR_ONE.match(word)
                and not _FRACTION_NEEDS.match(text, end)
                and not (
                    _HALF_BEFORE.search(text[max(0, start - 20) : start]) and not _noun_follows(text, end)
                )
            ):
                continue  # "fell by a third" is a share; "a third week" is not
            elif not _A_OR_ONE.match(word) and not word.lower().endswith("s"):
                continue  # "a four-quarter comeback": a compound adjective, not three quarters
            low = high = numwords.fraction_value(word)
            fraction = True
        elif groups.get("twice"):
            if text[end : end + 1] == "-":
                continue  # "twice-weekly"
            low = high = 2.0 if m.group("twice").lower() == "twice" else 3.0
        elif groups.get("dozen"):
            low = high = numwords.dozen_value(m.group("dozen")) * scale
        elif groups.get("vague"):
            low, high = numwords.vague_range(m.group("vague"))
            low, high = low * scale, high * scale
            vague = True
        else:
            words = m.group("words")
            spelled = numwords.spelled_value(words)
            if spelled is None:
                continue
            if words.lower() == "one" and (
                (
                    _ONE_SKIP_BEFORE.search(text[:start])
                    and not (
                        _ONLY_BEFORE.search(text[:start]) and _IN_NUMBER_AFTER.match(text, m.end("words"))
                    )
                )
                or _ONE_SKIP_AFTER.match(text, m.end("words"))
            ):
                continue
            if (
                _named_number(text, start, m.end())
                or _LETTER_HYPHEN.search(text, max(0, start - 2), start)
                or _GROUP_OF.search(text, max(0, start - 12), start)
            ):
                continue  # "BBC One", "pick-six", "Group of Seven"
            low = high = spelled * scale
        atoms.append(Atom(start, end, low, high, currency, scaled, precise, vague, plain_int, fraction))
    return atoms


def _whole_and_fraction(text: str, pos: int) -> tuple[float, int] | None:
    """The fraction written after a whole number ending at `pos` and where it ends, or None."""
    glyph = text[pos : pos + 1]
    if glyph in VULGAR:
        return VULGAR[glyph], pos + 1
    m = _MIXED_AFTER.match(text, pos)
    if m is None or int(m.group("n")) >= int(m.group("d")):
        return None
    return int(m.group("n")) / int(m.group("d")), m.end()


def _fraction(text: str, m: re.Match[str], start: int) -> Atom | None:
    """ "1/2 hour", "3/4 of a mile": a fraction in digits before a unit or "of", or None (a date,
    "9/11", "24/7", or the fraction of a whole number already read: "3 1/2 miles")."""
    raw = m.group("num")
    after = _FRACTION_AFTER.match(text, m.end())
    if m.group("scale") or m.group("sscale") or not raw.isdigit() or len(raw) > 1 or after is None:
        return None
    numerator, denominator = int(raw), int(after.group("d"))
    if numerator >= denominator or _DIGIT_BEFORE.search(text, max(0, start - 2), start):
        return None
    end = after.end()
    if not (MEASURE.match(text, end) or DURATION.match(text, end) or _OF_AFTER.match(text, end)):
        return None
    value = numerator / denominator
    return Atom(start, end, value, value, None, False, True, False, False, fraction=True)


_NEXT_LOWER_WORD = re.compile(r"[ \t]+(?P<w>[a-z]+)\b")


def _noun_follows(text: str, end: int) -> bool:
    """Whether a content word follows ("a third week"), not a stop word or punctuation."""
    m = _NEXT_LOWER_WORD.match(text, end)
    return m is not None and m.group("w") not in STOPWORDS


_CAP_WORD_BEFORE = re.compile(r"(?:^|[ \t])(?P<w>[A-Z][A-Za-z]*)[ \t]+$")
_LOWER_OR_END_AFTER = re.compile(r"[ \t]*(?:[^\w \t]|$)|[ \t]+[a-z]")


def _named_number(text: str, start: int, end: int) -> bool:
    """A capitalised number word that ends a name: "BBC One", "Air Force One" (not in a Title Case line)."""
    if not text[start : start + 1].isupper():
        return False
    before = _CAP_WORD_BEFORE.search(text[max(0, start - 30) : start])
    if before is None or before.group("w").lower() in _FUNCTION_CAPS or not text[:start].strip(" \t\"'“‘("):
        return False
    if text[: max(0, start - 30)].strip() == "" and before.start("w") == 0:
        return False  # the capitalised word before is the first of the sentence
    words = text.split()
    if len(words) > 3 and not any(
        w[:1].islower() and len(w) > 3 and w.lower().strip(".,;:!?\"'”’)") not in _FUNCTION_CAPS
        for w in words
    ):
        return False  # a Title Case headline capitalises every word but the short ones
    return _LOWER_OR_END_AFTER.match(text, end) is not None


_A_TIME_AFTER = re.compile(
    r"(?i:[ \t]+(?:of[ \t]+)?an?[ \t]+(?:minute|hour|day|week|fortnight|month|year|decade|century)\b)"
)
_CAMEL_BEFORE = re.compile(r"\b[a-z]+[A-Z][A-Za-z]*[ \t]+$")  # "iOS 6", "iPhone 5"
_PHONE = re.compile(
    r"(?:(?:\+|\b)\d{1,3}[ \t.-]?)?\(?\b\d{3}\)?[ \t.-]\d{3}[ \t.-]\d{4}\b|\+\d[\d \t.-]{6,}\d"
    r"|\b0\d{1,4}[ \t.-]\d{3,4}[ \t.-]?\d{3,4}\b"  # "020 7946 0000"
)
# "Dial 911", "called 999": a number dialled is a code when no noun follows it
_CALL_BEFORE = re.compile(
    r"(?i:\b(?:call(?:s|ed|ing)?|dial(?:s|ed|led|ing|ling)?|phoned?|text(?:ed)?)[ \t]+)$"
)
_CALIBER_AFTER = re.compile(r"(?i:[ \t]*-?[ \t]*(?:caliber|calibre|cal\.)(?!\w))")
_GROUP_OF = re.compile(r"\bGroup[ \t]+of[ \t]+$")
_CODE_BEFORE = re.compile(r"(?i:\b(?:ID|PIN|code|number|passcode|extension|ext\.?)[ \t]*[:#]?[ \t]*)$")
_UNIT_SUFFIX = re.compile(
    r"(?:s\b|bn\b|mn\b|k\b|m\b|b\b|km\b|kg\b|mph\b|kph\b|ft\b|lbs?\b|cm\b|mm\b|mi\b|pm\b|am\b|p\.m\.|a\.m\.|%|"
    r"th\b|st\b|nd\b|rd\b|h\b|hrs?\b|mw\b)",
    re.IGNORECASE,
)


def _unit_suffix_ok(text: str, pos: int) -> bool:
    if TEMPERATURE.match(text, pos):
        return True  # "45C"
    m = _UNIT_SUFFIX.match(text, pos)
    if not m:
        return False
    # ordinals ("13th") and plurals of numbers are not figures
    return m.group(0).lower() not in ("th", "st", "nd", "rd", "s")


def _in_phone_number(text: str, atom: Atom) -> bool:
    """Whether the number is part of a telephone number ("+1 877 268 9324")."""
    return any(start <= atom.start < end for start, end in _phone_spans(text))


@lru_cache(maxsize=256)
def _phone_spans(text: str) -> tuple[tuple[int, int], ...]:
    return tuple((m.start(), m.end()) for m in _PHONE.finditer(text))


_VERB_S = re.compile(r"[A-Z][a-z]+[^s\W]s")  # "Kills", "Leaves", "Claims": not "Windows" (listed), "Bass"


def _title_case(text: str) -> bool:
    """A Title Case line (a headline): no lower-case word of four letters or more but function words."""
    words = text.split()
    return len(words) > 3 and not any(
        w[:1].islower() and len(w) > 3 and w.lower().strip(".,;:!?\"'”’)") not in _FUNCTION_CAPS
        for w in words
    )


def is_identifier(text: str, atom: Atom) -> bool:
    """ "COVID-19", "F-16", "G7", "Boeing 737", "No. 2", "Article 5", "AK 47", "10 Downing Street"."""
    if not atom.plain_int and not (atom.precise and atom.currency is None and not atom.scaled):
        return False
    before = text[max(0, atom.start - 40) : atom.start]
    if _LETTER_HYPHEN.search(before) and not _WORD_PREFIX.search(before):
        return True
    if _IDENT_PREFIX.search(before):
        return True
    if _CAMEL_BEFORE.search(before) or _CODE_BEFORE.search(before) or _in_phone_number(text, atom):
        return True  # "iOS 6", "+1 877 268 9324", "Conference ID: 24256919"
    if _CALIBER_AFTER.match(text, atom.end):
        return True  # "a .22-caliber rifle"
    if atom.plain_int and atom.end - atom.start >= 3 and text[atom.start] == "0":
        return True  # "0800", "020": a leading zero writes a code, not a count
    if _GROUP_OF.search(before):
        return True  # "Group of 20" is the G20
    if not atom.plain_int or _JOINED_NUMBER.match(text, atom.end):
        return False
    if _CALL_BEFORE.search(before) and not counted_noun_after(text, atom.end):
        return True  # "Dial 911 in an emergency"
    if _ADDRESS_AFTER.match(text, atom.end):
        return True
    if atom.end - atom.start >= 8 and not dates.MONTHS.get(text[atom.end : atom.end + 4].strip().lower()[:3]):
        return True  # seven digits or more with no separators: a code, not a count
    prev = _PREV_WORD.search(before)
    if prev is None:
        return False
    word = prev.group("word")
    if word.endswith(("'s", "’s", "s'", "s’")):
        return False  # "Romney's 206", "the Sixers' 1983 title team"
    if _SHORT_CAPS.fullmatch(word) and word not in ("I", "A", "US", "USD", "EUR", "GBP"):
        return True  # "AK 47", "MH 17", "F 16"
    if not word[0].isupper() or word.lower().rstrip(".") in _FUNCTION_CAPS:
        return False
    if word.rstrip(".").lower()[:3] in dates.MONTHS or word.lower().endswith("day"):
        return False
    # a proper noun straight before a bare number, inside the sentence: "Boeing 737", "Interstate 95"
    if prev.start() == 0 and not before[: prev.start()].strip():
        return False
    if 1900 <= atom.low <= 2099 and atom.end - atom.start == 4:
        return False  # "London 2012", "Christmas 2015": a year after a name is still a year
    if _VERB_S.fullmatch(word) and _title_case(text):
        return False  # "Quake Kills 5 In Iran": in a Title Case headline a verb is capitalised too
    return not (
        PERCENT.match(text, atom.end) or MEASURE.match(text, atom.end) or DURATION.match(text, atom.end)
    )
