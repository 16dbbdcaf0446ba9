"""Approximations around a number ("more than", "about", "up to", "or more") and the span they add."""

from __future__ import annotations

import re

from reader.core.model import Quantity

_UPWARD = (
    "rose rise rises rising climbed climbs surged surges jumped jumps soared soars crossed broke went"
    " pushed pushes edged moved"
).split()
_AFTER_UPWARD = "|".join(f"(?<={verb}[ ])" for verb in _UPWARD)
_QUALIFIER_BEFORE = re.compile(
    r"(?i:\b(?P<q>more[ \t]+than|over|at[ \t]+least|upwards[ \t]+of|in[ \t]+excess[ \t]+of|well[ \t]+over"
    r"|fewer[ \t]+than|less[ \t]+than|under|above|below|up[ \t]+to|as[ \t]+many[ \t]+as|as[ \t]+much[ \t]+as"
    r"|(?:(?:no|not)[ \t]+)?(?:longer|greater|larger|bigger|higher|older|shorter|smaller|lower|younger)"
    r"[ \t]+than"
    r"|as[ \t]+high[ \t]+as|as[ \t]+few[ \t]+as|as[ \t]+little[ \t]+as|as[ \t]+low[ \t]+as"
    r"|no[ \t]+more[ \t]+than|not[ \t]+more[ \t]+than|(?:no|not)[ \t]+(?:fewer|less)[ \t]+than"
    r"|at[ \t]+most|(?:a[ \t]+)?(?:maximum|minimum)[ \t]+of|nearly|almost|close[ \t]+to|closer[ \t]+to"
    r"|just[ \t]+(?:under|over)|about|around|roughly|approximately|approximate|approx\.|some"
    r"|an[ \t]+estimated|estimated|circa|an[ \t]+approximate|a[ \t]+total[ \t]+of|only|just|within"
    # a price's floor: "priced from £799", "with tickets from R250" (a range after "from" is read first)
    r"|(?P<floor>(?<=priced[ \t])from|(?<=prices[ \t])from|(?<=tickets[ \t])from|(?<=fares[ \t])from)"
    r"|(?P<verb>exceed(?:s|ed|ing)?|surpass(?:es|ed|ing)?|top(?:s|ped|ping)"
    # "Bitcoin surged past $100,000", "rose past 5%": above it (after a verb of falling, or
    # "weakened past 16,400 per dollar", the direction is the reader's guess: no bound)
    rf"|(?:{_AFTER_UPWARD})past))"
    r"[ \t]+)$"
)
# "will hand over 4.5 billion dollars", "turned over $2 million": "over" is the verb's, no bound
_PARTICLE_VERB = re.compile(
    r"(?i:\b(?:hand(?:s|ed|ing)?|turn(?:s|ed|ing)?|sign(?:s|ed|ing)?|fork(?:s|ed|ing)?|shell(?:s|ed|ing)?)"
    r"[ \t]+)$"
)
# "pushed Brent up to 85 dollars": "up" is the verb's ("could go up to 20 years" stays a bound)
_MOVED = re.compile(
    r"(?i:\b(?:push(?:ed|es|ing)?|edg(?:ed|es|ing|e)|mov(?:ed|es|ing|e)|went|climb(?:ed|s|ing)?"
    r"|crept|creep(?:s|ing)?|tick(?:ed|s|ing)?|revis(?:ed|es|ing|e)|bump(?:ed|s|ing)?"
    r"|ramp(?:ed|s|ing)?|drove|driv(?:es|ing|en)|sent|send(?:s|ing)?)"
    r"(?:[ \t]+[A-Za-z]+){0,2}[ \t]+)$"
)
# a sum's sign or code where it starts: "£799", "R250", "S$304,000", "Rs 500", "US$12"
_MONEY_AT = re.compile(r"[$£€¥₹]|[A-Z]{0,3}\$|Rs\.?[ \t]?\d|R\d|P\d|Sh\d|N\d|₦")
_BURIED = re.compile(
    r"(?i:\b(?:(?:buried|bury|buries|burying|submerged|trapped|swallowed)(?:[ \t]+[\w'’-]+){0,3}"
    r"|covered|hidden|sank|sunk|disappeared|vanished|lay|lies|lying)[ \t]+)$"  # "buried the road under 4m"
)
# a denial earlier in the clause turns a comparative around
_NEGATED = re.compile(r"(?i:\b(?:no|not|never|none|nobody|nothing)\b[^,;:.!?]*$|n['’]t\b[^,;:.!?]*$)")
_ANYTHING = re.compile(r"(?i:\b(?:anything|nothing)[ \t]+)$")
QUALIFIER_AFTER = re.compile(
    r"(?i:[ \t]+(?:or[ \t]+(?:more|so|over|older|above|higher)|and[ \t]+(?:over|above|older))\b|-?plus\b|\+)"
)
_QUALIFIER_KIND = {
    "more than": "min",
    "over": "min",
    "well over": "min",
    "at least": "min",
    "upwards of": "min",
    "in excess of": "min",
    "just over": "approx",
    "fewer than": "max",
    "less than": "max",
    "under": "max",
    "above": "min",  # "its 27th consecutive day above 110 degrees"
    "below": "max",
    "just under": "approx",
    "up to": "max",
    "as many as": "max",
    "as much as": "max",
    "as high as": "max",  # "bumped as high as $184M", "the toll could be as high as 300"
    "as few as": "min",
    "as little as": "min",
    "as low as": "min",
    "no more than": "max",
    "not more than": "max",
    "at most": "max",
    "a maximum of": "max",  # "faces a maximum of 25 years"
    "maximum of": "max",
    "a minimum of": "min",
    "minimum of": "min",
    "no fewer than": "min",
    "not fewer than": "min",
    "no less than": "min",
    "not less than": "min",
}

# "waiting longer than 104 weeks", "a quake greater than magnitude 6", "children younger than 5";
# denied, the other way round: "no longer than 90 days" is at most 90
_MORE_OR_LESS = {
    **{word: "min" for word in "longer greater larger bigger higher older".split()},
    **{word: "max" for word in "shorter smaller lower younger".split()},
}
for _word, _kind in _MORE_OR_LESS.items():
    _QUALIFIER_KIND[f"{_word} than"] = _kind
    _QUALIFIER_KIND[f"no {_word} than"] = _QUALIFIER_KIND[f"not {_word} than"] = (
        "max" if _kind == "min" else "min"
    )


def quantity_at(
    text: str,
    start: int,
    end: int,
    kind: str,
    low: float | None,
    high: float | None,
    *,
    unit: str = "",
    qualifier: str = "",
) -> Quantity:
    """A `Quantity` for ``text[start:end]``."""
    return Quantity(text[start:end], start, end, kind, low, high, unit, qualifier)


def qualifier_before(text: str, start: int) -> re.Match[str] | None:
    """The approximation word ending right at `start`, if there is one ("hand over $5" and
    "anything less than $5" have none)."""
    m = _QUALIFIER_BEFORE.search(text[max(0, start - 30) : start])
    if m is None:
        return None
    word = " ".join(m.group("q").lower().split())
    at = max(0, start - 30) + m.start("q")
    if word == "over" and _PARTICLE_VERB.search(text, max(0, at - 20), at):
        return None
    if word in ("under", "over") and at > 0 and text[at - 1] == "-":
        return None  # "a 5-under 67": golf's par, then the round
    if word == "under" and _BURIED.search(text, max(0, at - 20), at):
        return None  # "buried under a foot of snow": what lies on top, no bound
    if word.endswith("than") and _ANYTHING.search(text, max(0, at - 12), at):
        return None  # "refused to accept anything less than $5.7 billion": the sum demanded
    if word.split()[0] in _MORE_OR_LESS and _NEGATED.search(text, max(0, at - 60), at):
        return None  # "no team has offered a contract longer than eight years": the most offered
    if m.group("floor") and not _MONEY_AT.match(text, start):
        return None  # "prices from 2019": a year, not a floor
    if word == "up to" and _MOVED.search(text, max(0, at - 20), at):
        return None  # "pushed Brent up to 85 dollars", "edged up to 9.1 percent": the level reached
    return m


def apply_qualifier(
    text: str, start: int, low: float, high: float, qual: re.Match[str] | None
) -> tuple[int, float | None, float | None, str]:
    """Move `start` over an approximation word and turn the value into a bound when it is one."""
    if qual is None:
        return start, low, high, ""
    word = " ".join(qual.group("q").lower().split())
    if qual.group("verb"):  # "cases topped 1 million", "exceeded $5 billion": more than it
        return start, low, None, "min"
    if qual.group("floor"):  # "priced from £799": the cheapest, at least it
        return start, low, None, "min"
    if word == "within":  # "pulled within three", "passed within 80 meters": how close, exactly
        return start, low, high, ""
    new_start = start - (qual.end() - qual.start("q"))
    if word in ("only", "just", "a total of"):
        return new_start, low, high, ""
    kind = _QUALIFIER_KIND.get(word, "approx")
    if kind == "min":
        return new_start, low, None, "min"
    if kind == "max":
        return new_start, None, high, "max"
    return new_start, low, high, "approx"


# "for over ten years", "the first time in over a decade", "a little over a month", "lasted
# over four hours": there "over" is "more than" (not after a particle: "phased in over three years")
_MORE_THAN_LEAD = re.compile(
    r"(?i:\b(?:for|after|of|with|way|well|little|bit|slightly|far|last(?:s|ed|ing)?|t(?:ake|akes|ook|aking)"
    r"|spen(?:d|ds|t|ding)|wait(?:s|ed|ing)?|serv(?:e|es|ed|ing)|stay(?:s|ed|ing)?)[ \t]+"
    r"|(?<!ed[ \t])\bin[ \t]+)$"
)


def apply_span_qualifier(
    text: str, start: int, low: float, high: float, qual: re.Match[str] | None
) -> tuple[int, float | None, float | None, str]:
    """`apply_qualifier` for a span of time: "over three years" says across what time ("cut
    $1.5 trillion over 10 years"), not more than it, unless "for", "in" or "after" comes first
    ("lived there for over 10 years"); "under 46 seconds" and "within" a span are at most it."""
    if qual is not None and qual.group("q").lower() == "within":
        return start - (qual.end() - qual.start("q")), None, high, "max"  # "within 24 hours": at most
    new_start, new_low, new_high, qualifier = apply_qualifier(text, start, low, high, qual)
    if (
        qual is not None
        and qualifier in ("min", "max")
        and qual.group("q").lower() == "over"
        and not _MORE_THAN_LEAD.search(text, max(0, new_start - 12), new_start)
    ):
        return start, low, high, ""
    return new_start, new_low, new_high, qualifier
