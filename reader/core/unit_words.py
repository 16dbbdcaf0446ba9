"""What follows a number: a percent sign, a currency, an age, a temperature, a unit of time
or measure (`unit_after`)."""

from __future__ import annotations

import re

from reader.core import currencies, units
from reader.core.atoms import CUR_WORD, DURATION, MEASURE, PERCENT, TEMPERATURE, VIDEO_LINES

_AGE_AFTER = re.compile(
    r"(?i:[ \t]*-?[ \t]*years?[ \t]*-?[ \t]*olds?\b|-year-olds?\b|[ \t]+yrs?\.?[ \t]+old\b)"
)
# "fell 38p to 462p": pence glued to the number, as British papers write them ("3p.m." is a time)
_PENCE = re.compile(r"p\b(?![-'’.]\w)|p(?=-an?-)")  # "a 50p-an-hour offer" too
# "211 total yards", "142 rushing yards": what kind of yards, then the unit
_YARDS_KIND = re.compile(r"(?i:[ \t]+(?:total|net|rushing|passing|receiving|offensive)(?=[ \t]+yards?\b))")
# "49 C", "-5 C", "104 F" as wire copy writes a temperature: a scale letter alone after a number
# of two digits at most, or up to 149 before F ("Room 101 C" is no temperature; "5 F-16s" are jets)
_SPACED_SCALE = re.compile(r"[ \t]([CF])\b(?![-'’.&]\w)")
_TWO_DIGITS = re.compile(r"(?<![\d,.])-?\d{1,2}(?:\.\d+)?$")
_FAHRENHEIT = re.compile(r"(?<![\d,.])-?(?:1[0-4]\d|\d{1,2})(?:\.\d+)?$")
_BASIS_POINTS = re.compile(r"[ \t]*-?[ \t]*(?:(?i:basis[ \t]*-?[ \t]*points?|bps)|bp)\b")  # "50bp", not "BP"


# bare degrees that are no temperature: a quake's size, an angle or a place on the globe
_RICHTER_AFTER = re.compile(r"(?i:[ \t]+on[ \t]+the[ \t]+Richter\b)")
_ANGLE_AFTER = re.compile(
    r"(?i:[ \t]+(?:(?:in|of)[ \t]+)?(?:longitude|latitude|angle|incline|slope|turn)\b"
    r"|[ \t]+(?:north|south|east|west)\b(?![ \t]+of\b))"  # "55 degrees north", not "95 degrees west of"
)
_ONE_BEFORE = re.compile(r"(?<![\d.,])1$|(?i:\bone$)")


# a dollar other than the US one named in the sentence: its cents are its own
_OTHER_DOLLAR = re.compile(r"(?<![A-Za-z])(?:A|AU|C|CA|NZ|HK|S)\$|\$A\b")


def unit_after(text: str, end: int) -> tuple[str, str, int, float, str]:
    """What follows a number: (kind, unit, new end, factor, currency)."""
    m = PERCENT.match(text, end)
    if m:
        return "percent", "percent", m.end(), 1.0, ""
    m = _BASIS_POINTS.match(text, end)
    if m:
        return "percent", "percent", m.end(), 0.01, ""  # "25 basis points": a quarter of a percentage point
    m = _PENCE.match(text, end)
    if m and not text[max(0, end - 5) : end].endswith(VIDEO_LINES):
        return "money", "pence", m.end(), 0.01, "GBP"
    m = CUR_WORD.match(text, end)
    if m:
        word = m.group(0).strip()
        currency = currencies.currency_of(word)
        if word.lower() == "cent" and not _ONE_BEFORE.search(text, max(0, end - 4), end):
            currency = "EUR"  # "42 cent per litre": Irish and euro papers' cent takes no plural
        elif word.lower() == "cents":
            dollar = _OTHER_DOLLAR.search(text)  # "A$929 million ... a dividend of 47 cents a share"
            if dollar is not None:
                currency = currencies.currency_of(dollar.group(0))
        # "72 US cents a share", "47 Australian cents": the hundredth of the country's dollar
        last = word.lower().split()[-1]
        if last in ("cent", "cents") and word.lower() not in ("cent", "cents"):
            currency = currencies.currency_of(word[: -len(last)] + "dollars")
        return (
            "money",
            word,
            m.end(),
            0.01 if last.startswith(("cent", "pen", "pais")) else 1.0,
            currency,
        )
    m = _AGE_AFTER.match(text, end)
    if m:
        return "age", "", m.end(), 1.0, ""
    m = TEMPERATURE.match(text, end)
    if m:
        letter = (m.group("deg") or m.group("glued") or m.group("word") or m.group("bare") or "").upper()[:1]
        if not letter and (bare := _bare_degrees(text, m.end())) is not None:
            return bare
        return "temperature", {"C": "°C", "F": "°F"}.get(letter, "degree"), m.end(), 1.0, ""
    m = _SPACED_SCALE.match(text, end)
    if m and (_TWO_DIGITS if m.group(1) == "C" else _FAHRENHEIT).search(text, max(0, end - 8), end):
        return "temperature", f"°{m.group(1)}", m.end(), 1.0, ""  # "Phalodi recording 49 C"
    m = DURATION.match(text, end)
    if m:
        unit, factor = units.in_weeks(units.TIME_UNITS[m.group("unit").lower()][1], 1.0)
        return "duration", unit, m.end(), factor, ""  # "two fortnights" are four weeks
    kind_of_yards = _YARDS_KIND.match(text, end)
    m = MEASURE.match(text, kind_of_yards.end() if kind_of_yards else end)
    if m:
        measure = units.measure_of(m.group("unit"))
        if (
            measure is not None
            and measure[2] == "degree"
            and (bare := _bare_degrees(text, m.end())) is not None
        ):
            return bare
        if measure is not None:
            return measure[0], measure[2], m.end(), 1.0, ""
    return "", "", end, 1.0, ""


def _bare_degrees(text: str, end: int) -> tuple[str, str, int, float, str] | None:
    """What degrees with no scale, ending at `end`, measure when it is no temperature: a quake's
    size ("3.8 degrees on the Richter scale") or an angle, a place on the globe ("55.96 degrees
    in longitude"), which is no figure of the story."""
    if _RICHTER_AFTER.match(text, end):
        return "magnitude", "magnitude", end, 1.0, ""
    if _ANGLE_AFTER.match(text, end):
        return "angle", "degree", end, 1.0, ""
    return None


# "the average monthly rent to 2,627 pounds": pounds of money, not of weight
_MONEY_WORDS = re.compile(
    r"(?i:\b(?:rents?|costs?|price[sd]?|paid|pay|salar(?:y|ies)|fined?|fees?|worth|sold|bought|spent"
    r"|earn(?:s|ed)?|wages?|budget|tax(?:es)?|bonus|compensation|damages|sterling)\b)"
)
_WEIGHT_WORDS = re.compile(r"(?i:\b(?:weigh(?:s|ed|ing|t)?|heav(?:y|ier|iest)|lost|gained|lighter)\b)")
# ... and the words that make millions of pounds a weight (not "lost 3 million pounds")
_LARGE_WEIGHT_WORDS = re.compile(
    r"(?i:\b(?:weigh(?:s|ed|ing|t)?|heav(?:y|ier|iest)|harvest(?:s|ed)?|crops?)\b)"
)


# "228 million pounds of syrup", "2 million pounds of beef": a weight of a stuff, however large
# (not "3 million pounds of taxpayers' money", "of funding", "of the budget")
_OF_STUFF = re.compile(
    r"[ \t]+of[ \t]+(?!(?:the|a|an|his|her|its|their|our|public|taxpayers?|taxpayers'|government|state"
    r"|new|extra|additional|own|other|which|what|this|that|these|those)\b)"
    r"(?!(?:money|funds?|funding|cash|investments?|aid|spending|savings|cuts|debts?|loans?|revenues?"
    r"|profits?|sales|losses|assets|damages|compensation|capital|credit|income|wages|bonuses|grants?"
    r"|subsid(?:y|ies)|fees|fines|bribes|donations|payments|contracts?|bills?|property|shares|stock)\b)"
    r"[a-z]"
)


def pounds_of_stuff(text: str, start: int, end: int) -> bool:
    """Whether the pounds of a number from `start` to `end` weigh a stuff named after "of" ("228
    million pounds of syrup", not "2 million pounds of public money"), or a word of weight comes
    before it nearer than any word of money ("the harvest reached 218 million pounds")."""
    return _OF_STUFF.match(text, end) is not None or _nearer(text, start, _LARGE_WEIGHT_WORDS, _MONEY_WORDS)


def _nearer(text: str, start: int, first: re.Pattern[str], second: re.Pattern[str]) -> bool:
    """Whether a word of `first` stands in the 60 characters before `start`, nearer than any word
    of `second`."""
    window = text[max(0, start - 60) : start]
    found = [m.end() for m in first.finditer(window)]
    other = [m.end() for m in second.finditer(window)]
    return bool(found) and (not other or found[-1] > other[-1])


def pounds_of_money(text: str, start: int) -> bool:
    """Whether "pounds" at a number starting at `start` are money: a word of money before it,
    nearer than any word of weight ("the rent to 2,627 pounds"; "weighed 300 pounds and sold
    for 500 pounds": 300 pounds of fish, 500 of money)."""
    return _nearer(text, start, _MONEY_WORDS, _WEIGHT_WORDS)
