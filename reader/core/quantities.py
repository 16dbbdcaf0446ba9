"""Typed extraction of the figures in news text.

`extract_quantities` finds dates (and the days listed after one), times of day, decades,
shares written with hyphens ("a 1-in-3 chance"), ordinals and numbers (in digits or words);
`reader.core.reading` reads what surrounds each number: a currency, a scale word, a percent
sign, a unit of measure or of time, an age marker, an approximation ("more than", "about"), a
second number that makes a range or a vote tally, and the noun it counts. Identifiers
("COVID-19", "Boeing 737", "No. 2") are left out.
"""

from __future__ import annotations

import datetime as dt
import math
import re
from dataclasses import replace

from reader.core import contests, dates, numwords, ordinals, temporal, units
from reader.core.atoms import ATOM_DIGITS, ATOM_WORDS, Atom, find_atoms
from reader.core.model import Quantity
from reader.core.nouns import counted_noun_after, word_set
from reader.core.printable import blank_escapes
from reader.core.qualifiers import apply_qualifier, apply_span_qualifier, qualifier_before, quantity_at
from reader.core.reading import read_numbers
from reader.core.unit_words import unit_after

_LOWER_WORDS = re.compile(r"[a-z]+")
_ANY_DIGIT = re.compile(r"\d")
# "2h 05m 59s": a race time marked by letters (`temporal.race_times`)
_HOURS_MARK = re.compile(r"\dh")
_SPELLED_TRIGGERS = (
    frozenset(numwords.SMALL)
    | frozenset(numwords.SCALES)
    | frozenset(numwords.FRACTIONS)
    | {
        "dozen",
        "dozens",
        "hundreds",
        "thousands",
        "millions",
        "billions",
        "twice",
        "thrice",
        "scores",
        "score",
        "pair",
    }
    | numwords.MULTIPLIER_WORDS
)
_MONTH_TRIGGERS = word_set(
    "jan january feb february mar march apr april may jun june jul july aug august sep sept september "
    "oct october nov november dec december"
)
_RELATIVE_TRIGGERS = word_set(
    "monday tuesday wednesday thursday friday saturday sunday today tonight yesterday tomorrow "
    "weekend week month year night morning afternoon evening"
)
_A_TIME_TRIGGERS = word_set(
    "minute hour day week fortnight month year decade century hourlong daylong weeklong monthlong yearlong"
)


# "on the 5th", "as early as the 14th", "starting from the 21st", "Friday the 13th": a day of a
# month the story leaves unnamed (not "the 14th Amendment", "on the 5th floor": a rank of a thing)
_DAY_OF_THE_MONTH = re.compile(
    r"(?i:\b(?:on|from|by|until|till|since|before|after|as[ \t]+(?:early|late)[ \t]+as"
    r"|(?:mon|tues|wednes|thurs|fri|satur|sun)day)[ \t]+)"  # "on Friday the 13th"
    r"(?P<day>the[ \t]+(?P<n>[1-9]|[12]\d|3[01])(?:st|nd|rd|th))\b"
    r"(?=[ \t]*(?:[,.;:)]|$)"
    r"|[ \t]+(?:and|or|after|before|when|while|at|with|to|as|but|of[ \t]+(?:this|next|last)[ \t]+month)\b)"
)


def _days_of_the_month(text: str) -> list[Quantity]:
    """Days of a month given without it ("the verdict is expected on the 5th"): shown, never
    compared (unit "day": `intervals.value_interval` gives them no value, the month unknown)."""
    return [
        quantity_at(
            text, m.start("day"), m.end("day"), "date", float(m.group("n")), float(m.group("n")), unit="day"
        )
        for m in _DAY_OF_THE_MONTH.finditer(text)
    ]


def extract_quantities(text: str, reference_date: str = "") -> list[Quantity]:
    """Every figure in `text` as a typed `Quantity`, offsets relative to `text`.

    `reference_date` (the article's date, ISO or as written) resolves weekdays and
    relative days ("Thursday", "yesterday") and years left out of dates.
    """
    if not isinstance(text, str):
        raise TypeError(f"extract_quantities() takes a str, not {type(text).__name__}")
    text = blank_escapes(text)  # colour codes pasted with the text are no figures
    ref = dates.parse_reference(reference_date) if reference_date else None
    found: list[Quantity] = []
    # the characters the figures found so far cover (a text of thousands of numbers would make
    # a list of spans, searched for each new figure, quadratic)
    taken = bytearray(len(text) + 1)

    def free(start: int, end: int) -> bool:
        return 1 not in taken[start:end]

    def take(start: int, end: int) -> None:
        taken[start:end] = b"\x01" * (end - start)

    def add(q: Quantity) -> None:
        found.append(q)
        take(q.start, q.end)

    has_digit = _ANY_DIGIT.search(text) is not None
    words = set(_LOWER_WORDS.findall(text.lower()))
    # most sentences hold few figures: run each finder only when its trigger words are present
    for q in _dates(
        text,
        ref,
        has_digit or not words.isdisjoint(_MONTH_TRIGGERS),
        not words.isdisjoint(_RELATIVE_TRIGGERS),
    ):
        add(q)
    if has_digit and ("/" in text or "FY" in text):
        for q in temporal.fiscal_years(text):
            if free(q.start, q.end):
                add(q)
    if has_digit and ":" in text:
        for start, end in (*temporal.docket_numbers(text), *temporal.game_clocks(text)):
            take(start, end)
    if has_digit and (":" in text or _HOURS_MARK.search(text)):
        for q in temporal.race_times(text):
            if free(q.start, q.end):
                add(q)
    if has_digit or "noon" in words or "midnight" in words:
        for q in temporal.times(text):
            if free(q.start, q.end):
                add(q)
    if has_digit:
        for q in temporal.decades(text):
            if free(q.start, q.end):
                add(q)
    if has_digit and ("by" in words or "x" in text or "×" in text):
        for q in _dimensions(text):
            if free(q.start, q.end):
                add(q)
    if has_digit and ("'" in text or "’" in text):
        for q in temporal.short_years(text):
            if free(q.start, q.end):
                add(q)
    if has_digit and any(mark in text for mark in temporal.ERA_MARKS):
        for q in temporal.era_years(text):
            if free(q.start, q.end):
                add(q)
    if "one" in words and "to" in words:
        for q in contests.to_one(text):
            if free(q.start, q.end):
                add(q)
    if "for" in words and "split" in words:
        for q in contests.split_ratios(text):
            if free(q.start, q.end):
                add(q)
    if has_digit and "against" in words:
        for q in contests.votes_for_and_against(text):
            if free(q.start, q.end):
                add(q)
    if "-" in text and not words.isdisjoint(contests.SCORE_TRIGGERS):
        for q in contests.spelled_scores(text):
            if free(q.start, q.end):
                add(q)
    if "zero" in words:
        for q in temporal.below_zero(text):
            if free(q.start, q.end):
                add(q)
    if not words.isdisjoint(temporal.SPELLED_DECADE_WORDS):
        for q in temporal.spelled_decades(text):
            if free(q.start, q.end):
                add(q)
        for q in temporal.spelled_age_decades(text):
            if free(q.start, q.end):
                add(q)
    if "-in-" in text or "-In-" in text:
        for q in _hyphen_shares(text):
            if free(q.start, q.end):
                add(q)
    if "point" in words or "quarter-point" in text or "half-point" in text:
        for q in _point_fractions(text):
            if free(q.start, q.end):
                add(q)
    if has_digit and "the" in words:
        for q in _days_of_the_month(text):
            if free(q.start, q.end):
                add(q)
    if ordinals.maybe(text, words):
        for q in ordinals.ordinals(text):
            if free(q.start, q.end):
                add(q)
    if "half" in words and "and" in words:
        for q in _units_and_a_half(text):
            if free(q.start, q.end):
                add(q)
    if "half-" in text or "quarter-" in text or "Half-" in text or "Quarter-" in text:
        for q in _part_measures(text):
            if free(q.start, q.end):
                add(q)
    if "of" in words and ("a" in words or "an" in words):
        for q in _one_measure_of(text):
            if free(q.start, q.end):
                add(q)
    if ":" in text and has_digit:
        for q in _colon_scores(text):
            if free(q.start, q.end):
                add(q)
    if has_digit and ("x" in text or "×" in text):
        for q in _times_glued(text):
            if free(q.start, q.end):
                add(q)
    if "of" in words and not words.isdisjoint(_PARENT_WORDS):
        for q in _parents_of(text):
            if free(q.start, q.end):
                add(q)
    if "-for-" in text:
        for q in _batting_lines(text):
            if free(q.start, q.end):
                add(q)
    if has_digit and text[:1].isupper():
        for q in _result_line(text):
            if free(q.start, q.end):
                add(q)
    if has_digit and "," in text and "-" in text:
        for q in _heights_and_weights(text):
            if free(q.start, q.end):
                add(q)
    if " or t" in text:
        for q in temporal.units_or_two(text):
            if free(q.start, q.end):
                add(q)
    atoms: list[Atom] = []
    if has_digit:
        atoms.extend(a for a in find_atoms(text, ATOM_DIGITS) if free(a.start, a.end))
    if not words.isdisjoint(_SPELLED_TRIGGERS):
        digit_atoms = atoms
        atoms = list(digit_atoms)
        for a in find_atoms(text, ATOM_WORDS):
            if free(a.start, a.end) and not any(a.start < d.end and d.start < a.end for d in digit_atoms):
                atoms.append(a)
        atoms.sort(key=lambda a: a.start)
    for q in read_numbers(text, atoms, ref):
        if free(q.start, q.end):
            add(q)
    if not words.isdisjoint(_A_TIME_TRIGGERS) and ("a" in words or "an" in words):
        for q in temporal.article_durations(text):
            if free(q.start, q.end):
                add(q)
    found.sort(key=lambda q: q.start)
    if "points" in words or "point" in words:
        found = _share_points(text, found)
    if "m" in text:
        found = _one_reading_of_m(found, text)
    return [
        _tidy(q)
        for q in _money_of_the_place(
            text, _dinars_of_the_place(text, _bounded_conversions(text, _one_scale(found, text)))
        )
    ]


# a figure glued to "m", which is metres or millions: "5.2m", "up to 1.2m"
_GLUED_M = re.compile(r"\d[ \t]?m$")
_DETERMINER_BEFORE = re.compile(r"(?i:\b(?:the|a|an|its|their|his|her)[ \t]+)$")
# a count told in millions: "4.7 million", "1 million to 1.5 million"
_MILLIONS = re.compile(r"(?i:\bmillion\b)")


def _one_reading_of_m(found: list[Quantity], text: str) -> list[Quantity]:
    """A figure glued to "m" read as the other figures of its sentence are: "The river peaked at
    13.9m, just shy of the record of 14.37m" (metres both), "an average audience of 4.7 million,
    peaking at 5.2m" (millions both). Only when the sentence tells one reading and not the other,
    and not a distance that names a thing ("1.2m people watched the 100m final")."""
    glued = {id(q) for q in found if _GLUED_M.search(q.text) and q.kind in ("count", "distance")}
    if not glued:
        return found
    # what the sentence tells in full
    metres = any(o.kind == "distance" and o.unit == "m" for o in found if id(o) not in glued)
    millions = any(o.kind == "count" and _MILLIONS.search(o.text) for o in found if id(o) not in glued)
    if metres == millions:
        return found  # neither reading told, or both
    out = []
    for q in found:
        if id(q) in glued:
            if q.kind == "count" and metres and q.unit == "":
                q = replace(
                    q,
                    kind="distance",
                    unit="m",
                    low=None if q.low is None else q.low / 1e6,
                    high=None if q.high is None else q.high / 1e6,
                )
            elif (
                q.kind == "distance"
                and q.unit == "m"
                and millions
                and not _DETERMINER_BEFORE.search(text, max(0, q.start - 12), q.start)
                # millions glued are few ("5.2m", "2m"); "ran 100m" is a distance
                and q.high is not None
                and (not float(q.high).is_integer() or q.high <= 10)
            ):
                q = replace(
                    q,
                    kind="count",
                    unit="",
                    low=None if q.low is None else q.low * 1e6,
                    high=None if q.high is None else q.high * 1e6,
                )
        out.append(q)
    return out


# a move of a share in points: "fell 19.9 points to 23.7%", "Turnout was 67.3%, up 4 points"
_POINTS_TO_SHARE = re.compile(r"(?i:[ \t]+points?[ \t]+to(?:[ \t]+(?:reach|hit|stand[ \t]+at))?[ \t]+)")
_SHARE_THEN_MOVE = re.compile(r"(?i:[ \t]*,?[ \t]*(?:up|down)[ \t]+)")


def _share_points(text: str, found: list[Quantity]) -> list[Quantity]:
    """Counts of "points" that move a share, read as percentage points: the level the share
    reached is a percent right after them ("fell 19.9 points to 23.7%"), or the share is told
    right before them ("67.3%, up 4 points"). Index points ("fell 120 points, or 0.5%, to
    35,000") and points scored are left alone."""
    out = list(found)
    for k, q in enumerate(found):
        if q.kind != "count" or q.unit != "points" or q.low is None or q.high is None or q.high >= 100:
            continue
        after = found[k + 1] if k + 1 < len(found) else None
        before = found[k - 1] if k > 0 else None
        moved = (
            after is not None
            and after.kind == "percent"
            and _POINTS_TO_SHARE.fullmatch(text, q.end, after.start) is not None
        ) or (
            before is not None
            and before.kind == "percent"
            and _SHARE_THEN_MOVE.fullmatch(text, before.end, q.start) is not None
        )
        if moved:
            out[k] = replace(q, kind="percent", unit="percent")
    return out


def _tidy(q: Quantity) -> Quantity:
    """`q` with its ends rounded to 12 significant digits: a scale multiplied in leaves binary
    noise ("34.12 billion" is 34119999999.999996), which would keep it from equalling "Rs 3,412
    crore"."""
    low, high = _round12(q.low), _round12(q.high)
    return q if (low, high) == (q.low, q.high) else replace(q, low=low, high=high)


def _round12(value: float | None) -> float | None:
    if value is None or value == 0 or not math.isfinite(value):
        return value
    return round(value, 11 - math.floor(math.log10(abs(value))))


def _names_place(pattern: str | re.Pattern[str], text: str) -> bool:
    """Whether `text` names the place `pattern` finds, written as a name or in the capitals of a
    dateline ("KARACHI:", "NEW DELHI —"), not in lower case ("chile" is a pepper)."""
    return any(m.group(0)[:1].isupper() for m in re.finditer(pattern, text, re.IGNORECASE))


def _country_named(text: str, places: tuple[tuple[str, str], ...]) -> str:
    """The currency code of the first country of `places` (pattern, code) that `text` names, or ""."""
    return next((code for pattern, code in places if _names_place(pattern, text)), "")


# pesos are Mexican unless the sentence names another country of pesos (none is American, so a
# place named settles it, as it cannot for dollars)
_PESO_PLACES = (
    (r"\bArgentin", "ARS"),
    (r"\bChile", "CLP"),
    (r"\bColombia", "COP"),
    (r"\bPhilippin|\bFilipino|\bManila\b", "PHP"),
    (r"\bUruguay", "UYU"),
    (r"\bDominican\b", "DOP"),
    (r"\bCuba", "CUP"),
)
# dinars are money of the country of dinars the sentence names ("Kuwait's cabinet approved
# spending of 24.6 billion dinars"); with none named, whose dinars they are is unknown
_DINAR_PLACES = (
    (r"\bKuwait", "KWD"),
    (r"\bIraq", "IQD"),
    (r"\bJordan", "JOD"),
    (r"\bBahrain", "BHD"),
    (r"\bAlgeria", "DZD"),
    (r"\bTunisia", "TND"),
    (r"\bLibya", "LYD"),
    (r"\bSerbia", "RSD"),
)
_DINAR_WORD = re.compile(r"[ \t]+dinars?\b")


def _dinars_of_the_place(text: str, found: list[Quantity]) -> list[Quantity]:
    """Counts of "dinars" in a sentence naming a country of dinars are that country's money."""
    dinars = [q.kind == "count" and q.unit in ("dinar", "dinars") for q in found]
    code = _country_named(text, _DINAR_PLACES) if any(dinars) else ""
    if not code:
        return found
    out = []
    for q, is_dinars in zip(found, dinars, strict=True):
        if is_dinars:
            word = _DINAR_WORD.match(text, q.end)
            end = word.end() if word else q.end
            q = replace(q, kind="money", unit=code, end=end, text=text[q.start : end])
        out.append(q)
    return out


# "Rs" and "rupees" are Indian unless the sentence names another country of rupees, and not India
_RUPEE_PLACES = (
    (r"\bPakistan|\bKarachi\b|\bLahore\b|\bIslamabad\b|\bRawalpindi\b|\bPeshawar\b|\bQuetta\b", "PKR"),
    (r"\bSri[ \t]+Lanka|\bColombo\b", "LKR"),
    (r"\bNepal|\bKathmandu\b", "NPR"),
    (r"\bMaurit", "MUR"),
)
_SHILLING_PLACES = (
    (r"\bUgand|\bKampala\b", "UGX"),
    (r"\bTanzani|\bDar[ \t]+es[ \t]+Salaam\b|\bDodoma\b|\bZanzibar\b", "TZS"),
    (r"\bSomali|\bMogadishu\b", "SOS"),
)
# a bare "$" or "dollars" is American unless the sentence names a place of another dollar, and no
# American one: "Ontario's school boards will share $1.3 billion", "Sydney's median house price
# ... $1,474,000", as local papers write their own dollar (comparisons take a bare "$" as any
# dollar all the same: `exchange`)
_DOLLAR_PLACES = (
    (
        r"\bCanad|\bOntario\b|\bQuebec\b|\bToronto\b|\bMontreal\b|\bVancouver\b|\bOttawa\b"
        r"|\bCalgary\b|\bEdmonton\b|\bWinnipeg\b|\bAlberta\b|\bBritish[ \t]+Columbia\b|\bManitoba\b"
        r"|\bSaskatchewan\b|\bNova[ \t]+Scotia\b|\bRCMP\b|\bMississauga\b",
        "CAD",
    ),
    (
        r"\bAustrali|\bSydney\b|\bMelbourne\b|\bBrisbane\b|\bPerth\b|\bAdelaide\b|\bCanberra\b"
        r"|\bQueensland\b|\bNew[ \t]+South[ \t]+Wales\b|\bNSW\b|\bTasmania|\bGold[ \t]+Coast\b",
        "AUD",
    ),
    (r"\bNew[ \t]+Zealand|\bAuckland\b|\bWellington\b|\bChristchurch\b", "NZD"),
)  # not Hong Kong or Singapore: financial centres whose wire copy tells sums in US dollars
# money whose sign or word several countries share, read as the usual one's (`currencies`): its
# code, how the sum is written when the word alone tells it, the home country's names, and the
# other countries that may own it
_SHARED_MONEY = (
    ("MXN", re.compile(r""), re.compile(r"Mexic"), _PESO_PLACES),
    (
        "USD",
        re.compile(r"^(?!.*\b(?:US|U\.S\.|American)\b)(?:.*(?<![A-Za-z])\$|.*\b(?:dollars?|cents?)\b)"),
        re.compile(r"\bU\.S\.|\bUS\b|\bUnited[ \t]+States\b|\bAmerica|\bWashington\b|\bNew[ \t]+York\b"),
        _DOLLAR_PLACES,
    ),
    (
        "INR",
        re.compile(r"(?<![\w$.-])Rs(?![A-Za-z])|\brupees?\b", re.IGNORECASE),
        re.compile(r"\bIndia|\bDelhi\b|\bMumbai\b|\bBengal|\bKolkata\b|\bChennai\b"),
        _RUPEE_PLACES,
    ),
    (
        "KES",
        re.compile(r"(?<![\w$.-])Shs?(?![A-Za-z])|\bshillings?\b", re.IGNORECASE),
        re.compile(r"\bKenya|\bNairobi\b|\bMombasa\b|\bKisumu\b"),
        _SHILLING_PLACES,
    ),
    (
        "SAR",
        re.compile(r"\briyals?\b", re.IGNORECASE),
        re.compile(r"\bSaudi|\bRiyadh\b|\bJeddah\b|\bMecca\b"),
        (
            (r"\bQatar|\bDoha\b", "QAR"),
            (r"\bOman|\bMuscat\b", "OMR"),
            (r"\bYemen|\bSanaa\b|\bAden\b", "YER"),
        ),
    ),
    (
        "AED",
        re.compile(r"\bdirhams?\b", re.IGNORECASE),
        re.compile(r"\bUAE\b|\bEmirat|\bDubai\b|\bAbu[ \t]+Dhabi\b|\bSharjah\b"),
        ((r"\bMorocc|\bRabat\b|\bCasablanca\b|\bMarrakesh\b|\bMarrakech\b|\bTangier", "MAD"),),
    ),
)


def _money_of_the_place(text: str, found: list[Quantity]) -> list[Quantity]:
    """Sums in a money of several countries, in a sentence naming another of them and not the
    usual one, are that country's: "devalued the peso by 54% to 800 per dollar" in a sentence of
    Argentina is in Argentine pesos, "raised the price of petrol by Rs9.66" in one of Pakistan in
    Pakistani rupees (not "₹" or "INR"), "a Shs72 trillion budget" in one of Uganda in Ugandan
    shillings; the first such country the sentence names decides."""
    for code, written, home, places in _SHARED_MONEY:
        bare = [q.kind == "money" and q.unit == code and bool(written.search(q.text)) for q in found]
        if not any(bare) or _names_place(home.pattern, text):
            continue
        other = _country_named(text, places)
        if other:
            found = [replace(q, unit=other) if is_bare else q for q, is_bare in zip(found, bare, strict=True)]
    return found


_OPEN_BRACKET = re.compile(r"[ \t]*\([ \t]*")
# the measures a bracket converts ("up to 252 km/h (157 mph)", "above 110 °F (43 °C)")
_CONVERTED = frozenset({"distance", "speed", "area", "volume", "weight", "temperature", "money"})


def _bounded_conversions(text: str, found: list[Quantity]) -> list[Quantity]:
    """A bound carries into the conversion bracketed after it: "up to 1 metre (3.3 feet)" is at
    most 3.3 feet, "more than 350,000 acres (141,600 hectares)" more than 141,600 hectares."""
    out = list(found)
    for k in range(len(out) - 1):
        q, nxt = out[k], out[k + 1]
        if (
            q.qualifier not in ("min", "max")
            or nxt.qualifier
            or q.kind != nxt.kind
            or q.kind not in _CONVERTED
        ):
            continue
        if _OPEN_BRACKET.fullmatch(text, q.end, nxt.start) is None:
            continue
        low, high = (nxt.low, None) if q.qualifier == "min" else (None, nxt.high)
        out[k + 1] = replace(nxt, low=low, high=high, qualifier=q.qualifier)
    return out


# places of the United States, whose papers give bare "degrees" in Fahrenheit ("wind chills as
# low as minus 20 degrees in Buffalo"); elsewhere they stay without a scale
_FAHRENHEIT_PLACES = re.compile(
    r"\b(?:Alabama|Alaska|Arizona|Arkansas|California|Colorado|Connecticut|Delaware|Florida|Idaho"
    r"|Illinois|Indiana|Iowa|Kansas|Kentucky|Louisiana|Maine|Maryland|Massachusetts|Michigan"
    r"|Minnesota|Mississippi|Missouri|Montana|Nebraska|Nevada|New[ \t]+Hampshire|New[ \t]+Jersey"
    r"|New[ \t]+Mexico|North[ \t]+Carolina|North[ \t]+Dakota|Ohio|Oklahoma|Oregon|Pennsylvania"
    r"|Rhode[ \t]+Island|South[ \t]+Carolina|South[ \t]+Dakota|Tennessee|Texas|Utah|Vermont"
    r"|Wisconsin|Wyoming|Chicago|Houston|Phoenix|Dallas|Denver|Boston|Detroit|Minneapolis|Buffalo"
    r"|Atlanta|Miami|Seattle|Las[ \t]+Vegas|Los[ \t]+Angeles|San[ \t]+Francisco|Sacramento"
    r"|Philadelphia|Baltimore|Milwaukee|Cleveland|Pittsburgh|St\.?[ \t]+Louis|Kansas[ \t]+City"
    r"|Omaha|Salt[ \t]+Lake[ \t]+City|Anchorage|Fahrenheit)\b"
)


# a conversion in brackets right after bare degrees names the other scale: "minus 8 degrees (18
# Fahrenheit)" are degrees Celsius
_CONVERTED_TO = re.compile(
    r"[ \t]*\([ \t]*(?:minus[ \t]+|-[ \t]*)?\d[\d,.]*[ \t]*(?:°[ \t]*)?(?:degrees?[ \t]+)?"
    r"(?:(?P<f>F\b|Fahrenheit\b)|(?P<c>C\b|Celsius\b|centigrade\b))"
)


def _converted_scale(q: Quantity, text: str) -> Quantity:
    m = _CONVERTED_TO.match(text, q.end)
    if m is None:
        return q
    return replace(q, unit="°C" if m.group("f") else "°F")


def _one_scale(found: list[Quantity], text: str = "") -> list[Quantity]:
    """Bare "degrees" in a sentence that names one scale take it: "Phoenix hit 118F, its 27th
    consecutive day above 110 degrees" (110 °F); in a sentence naming none but a place of the
    United States, Fahrenheit."""
    found = [
        _converted_scale(q, text) if q.kind == "temperature" and q.unit == "degree" else q for q in found
    ]
    scales = {q.unit for q in found if q.kind == "temperature" and q.unit in ("°C", "°F")}
    bare = any(q.kind == "temperature" and q.unit == "degree" for q in found)
    if not scales and bare and _FAHRENHEIT_PLACES.search(text):
        scales = {"°F"}
    if len(scales) != 1:
        return found
    scale = scales.pop()
    return [replace(q, unit=scale) if q.kind == "temperature" and q.unit == "degree" else q for q in found]


def _dates(text: str, ref: dt.date | None, absolute_wanted: bool, relative_wanted: bool) -> list[Quantity]:
    out: list[Quantity] = []
    absolute = dates.absolute_dates(text, ref) if absolute_wanted else []
    absolute = _with_listed_days(text, absolute)
    for d in absolute:
        out.append(quantity_at(text, d.start, d.end, "date", d.low, d.high, unit=d.unit))
    for d in dates.relative_dates(text, ref) if relative_wanted else []:
        if any(d.start < a.end + 3 and a.start < d.end + 3 for a in absolute):
            continue  # "Friday, June 7, 2013": the full date says it
        kind = "year" if d.precision == "year" else "date"  # "last year"
        out.append(quantity_at(text, d.start, d.end, kind, d.low, d.high, unit=d.unit, qualifier="relative"))
    return out


# "March 3 and 4", "Jan. 5, 6 and 7": more days of the month just named
_NEXT_DAY = re.compile(
    r"(?:[ \t]*,[ \t]*(?:and[ \t]+|or[ \t]+)?|[ \t]+(?:and|or|&)[ \t]+)(?P<day>[1-9]|[12]\d|3[01])"
    r"(?:st|nd|rd|th)?\b(?![.,:/]\d|[ \t]*(?:%|-|[ap]\.?m\b))"
    r"(?![ \t]+(?:were|was|are|is|have|has|had|will|would|died|more|others?|of)\b)"  # "and 14 were hurt"
)
_FOUR_DIGITS = re.compile(r"\d{4}")


def _with_listed_days(text: str, found: list[dates.DateSpan]) -> list[dates.DateSpan]:
    """`found` and the days listed after a day-precise date, each a date of that month; a
    number followed by what it counts ("March 3 and 4 people") is no day."""
    out: list[dates.DateSpan] = []
    for d in found:
        out.append(d)
        written = text[d.start : d.end]
        if (
            d.precision != "day"
            or d.high is None
            or d.low != d.high
            or not written[-1:].isalnum()
            or _FOUR_DIGITS.search(written)
        ):
            continue
        pos, value = d.end, d.high
        while (m := _NEXT_DAY.match(text, pos)) is not None:
            day = int(m.group("day"))
            if day <= int(value) % 100 or counted_noun_after(text, m.end()) or unit_after(text, m.end())[0]:
                break
            if any(other.start < m.end() and m.start() < other.end for other in found):
                break
            pos, value = m.end(), value - int(value) % 100 + day
            out.append(dates.DateSpan(m.start("day"), m.end(), value, value, "day"))
    return out


# a multiple glued to its "x": "a 5x optical zoom", "2.5x faster" (not "a 4x4", "4x100m relay")
_TIMES_GLUED = re.compile(r"(?<![\w.,×-])(?P<n>\d{1,3}(?:\.\d{1,2})?)[x×](?![\w×]|[.,]\d)")


def _times_glued(text: str) -> list[Quantity]:
    """Multiples written with an "x" ("5x zoom"): counts of times."""
    return [
        quantity_at(text, m.start(), m.end(), "count", float(m.group("n")), float(m.group("n")), unit="times")
        for m in _TIMES_GLUED.finditer(text)
    ]


# a parent told by the children: "mum-of-three Kelly", "a father of two", "the grandmother-of-12"
# (their children counted, never a toll: "a mother of four was killed" killed one)
_PARENT_WORDS = word_set(
    "mum mom mother dad father parent grandmother grandfather grandma grandpa gran granny grandad "
    "granddad grandparent nan"
)
_PARENT_OF = re.compile(
    r"(?i:\b(?P<parent>(?:grand)?(?:mum|mom|mother|dad|father|parent)|grandma|grandpa|gran|granny|grandad"
    r"|granddad|nan)[ \t]*(?:-[ \t]*of[ \t]*-|[ \t]of[ \t])[ \t]*"
    rf"(?P<n>{'|'.join(sorted(numwords.SMALL, key=len, reverse=True))}|\d{{1,2}})\b(?![-.,]?\d|-))"
)
_CHILDREN_NAMED_AFTER = re.compile(
    r"[ \t]+(?:\w+[ \t]+)?(?:children|kids|sons|daughters|boys|girls|grandchildren)\b"
)


def _parents_of(text: str) -> list[Quantity]:
    """The children a parent is told by ("mother-of-three"): a count of children, or of
    grandchildren for a grandparent; left to the counts when the children are named after it."""
    out = []
    for m in _PARENT_OF.finditer(text):
        if _CHILDREN_NAMED_AFTER.match(text, m.end()):
            continue  # "a father of five children": the count reads it, with its noun
        written = m.group("n")
        value = float(written) if written.isdigit() else float(numwords.SMALL[written.lower()])
        parent = m.group("parent").lower()
        unit = "grandchildren" if parent.startswith(("grand", "gran", "nan")) else "children"
        out.append(quantity_at(text, m.start("n"), m.end("n"), "count", value, value, unit=unit))
    return out


# a unit and a half of it: "a mile and a half", "an inch and a half of rain", "three hours and a
# half", "a year and a half of talks" (read before the numbers, so that "a half" there is no share)
_UNIT_AND_A_HALF = re.compile(
    r"(?i:\b(?P<n>an?|one|two|three|four|five|six|seven|eight|nine|ten|\d{1,3})[ \t]+"
    rf"(?P<unit>{units.TIME_UNIT_RE}|{units.MEASURE_RE})[ \t]+and[ \t]+a[ \t]+half\b)"
)


def _units_and_a_half(text: str) -> list[Quantity]:
    """ "a mile and a half" (1.5 miles), "two years and a half" (2.5 years): a span of time or a
    measure, with what qualifies it ("about a mile and a half")."""
    out = []
    for m in _UNIT_AND_A_HALF.finditer(text):
        written = m.group("n").lower()
        if written in ("a", "an"):
            whole: float | None = 1.0
        else:
            whole = float(written) if written.isdigit() else numwords.spelled_value(written)
        if whole is None:
            continue
        word = m.group("unit")
        qual = qualifier_before(text, m.start())
        time_unit = units.TIME_UNITS.get(word.lower())
        if time_unit is not None:
            unit, value = units.in_weeks(time_unit[1], whole + 0.5)
            start, low, high, qualifier = apply_span_qualifier(text, m.start(), value, value, qual)
            out.append(
                quantity_at(text, start, m.end(), "duration", low, high, unit=unit, qualifier=qualifier)
            )
            continue
        measure = units.measure_of(word)
        if measure is None:
            continue
        kind, _factor, unit = measure
        start, low, high, qualifier = apply_qualifier(text, m.start(), whole + 0.5, whole + 0.5, qual)
        out.append(quantity_at(text, start, m.end(), kind, low, high, unit=unit, qualifier=qualifier))
    return out


# a part of one unit written as a compound: "a quarter-mile track", "a half-acre lot"
_PART_MEASURE = re.compile(
    rf"(?i:\b(?P<part>half|quarter|three-quarter)[ \t]*-[ \t]*(?P<unit>{units.MEASURE_RE})\b)(?!-[a-z]+-)"
)


def _part_measures(text: str) -> list[Quantity]:
    """ "a quarter-mile walking track" (0.25 miles), "a half-acre lot": a measure (not
    "half-hour", a span, read with the spans)."""
    out = []
    for m in _PART_MEASURE.finditer(text):
        measure = units.measure_of(m.group("unit"))
        if measure is None:
            continue
        kind, _factor, unit = measure
        part = m.group("part").lower()
        value = 0.5 if part == "half" else 0.25 if part == "quarter" else 0.75
        out.append(quantity_at(text, m.start(), m.end(), kind, value, value, unit=unit))
    return out


# one unit of what falls or floods: "more than a foot of snow", "an inch of rain"
_ONE_MEASURE_OF = re.compile(
    r"(?i:\b(?:a|an)[ \t]+(?P<unit>foot|inch|yard|metre|meter|centimetre|centimeter|millimetre|millimeter)"
    r"[ \t]+of[ \t]+(?:(?:new|fresh|heavy|wet|standing|flood)[ \t]+)?"
    r"(?:snow|snowfall|rain|rainfall|water|floodwater|ice|hail|sleet|slush|mud|sand|silt|debris)\b)"
)


# a part of that one unit: "half an inch of rain", "three-quarters of an inch", "a third of a metre"
_PART_BEFORE = re.compile(rf"(?i:(?P<part>{numwords.FRACTION})[ \t]+(?:of[ \t]+)?)$")


def _one_measure_of(text: str) -> list[Quantity]:
    """ "more than a foot of snow" (at least 1 foot), "an inch of rain": one unit of a fall or a
    flood, with what qualifies it; "nearly half an inch of rain" is a part of it."""
    out = []
    for m in _ONE_MEASURE_OF.finditer(text):
        measure = units.measure_of(m.group("unit"))
        if measure is None:
            continue
        kind, _factor, unit = measure
        end = m.end("unit")
        begin, value = m.start(), 1.0
        part = _PART_BEFORE.search(text, 0, begin)
        if part is not None:
            begin, value = part.start(), numwords.fraction_value(part.group("part"))
        start, low, high, qualifier = apply_qualifier(
            text, begin, value, value, qualifier_before(text, begin)
        )
        out.append(quantity_at(text, start, end, kind, low, high, unit=unit, qualifier=qualifier))
    return out


# a score or a split written with a colon, as much of Europe and India write them: "won 3:1", "by
# a 3:2 majority" (one digit after the colon: no clock time)
_COLON_SCORE = re.compile(r"(?<![\d:.,])\b(?P<a>\d{1,2}):(?P<b>\d)\b(?![:.,]?\d)")


def _colon_scores(text: str) -> list[Quantity]:
    """ "a 3:2 majority", "won 3:1": a tally, told in the order written."""
    return [
        quantity_at(text, m.start(), m.end(), "tally", float(m.group("a")), float(m.group("b")))
        for m in _COLON_SCORE.finditer(text)
    ]


# a batter's or shooter's line: "went 3-for-4" (hits for at-bats), one tally
_BATTING_LINE = re.compile(r"\b(?P<a>\d{1,2})-for-(?P<b>\d{1,2})\b(?!-)")


def _batting_lines(text: str) -> list[Quantity]:
    """ "Ortiz went 3-for-4": hits for at-bats, as a tally."""
    out = []
    for m in _BATTING_LINE.finditer(text):
        a, b = float(m.group("a")), float(m.group("b"))
        if a <= b:
            out.append(quantity_at(text, m.start(), m.end(), "tally", a, b))
    return out


# a result as British and Irish headlines write it: "Shamrock Rovers 2 Bohemians 1: Burke double
# settles derby", "Hearts 2 Hibernian 1" (each side's name, then its score), and as American ones
# do, a comma after the first score: "Yankees 5, Red Sox 3", "Chiefs 31, 49ers 20 (OT)"
_SIDE = r"(?:[A-Z]|\d+[a-z])[\w.'’&-]*"
_RESULT_LINE = re.compile(
    rf"(?:{_SIDE}[ \t]+){{1,3}}(?P<a>\d{{1,3}})(?P<comma>,)?[ \t]+(?:{_SIDE}[ \t]+){{0,2}}{_SIDE}[ \t]+"
    r"(?P<b>\d{1,3})(?=[ \t]*(?:[:,;–—(]|-[ \t]|$))"
)


def _result_line(text: str) -> list[Quantity]:
    """A headline's result: "Hearts 2 Hibernian 1" is a 2-1 score, told from the first number to
    the second."""
    m = _RESULT_LINE.match(text)
    if m is None or (
        m.group("comma") and not re.fullmatch(r"[ \t]*(?:\(.*\)|,[ \t]*\w+)?[ \t.]*", text[m.end() :])
    ):
        return []  # with a comma, the whole line is the result: "Yankees 5, Red Sox 3 (10 innings)"
    a, b = float(m.group("a")), float(m.group("b"))
    return [quantity_at(text, m.start("a"), m.end("b"), "tally", a, b)]


_SMALL_NUMBER = r"\d{1,3}|(?i:one|two|three|four|five|six|seven|eight|nine|ten|twenty|hundred|thousand)"
_HYPHEN_SHARE = re.compile(rf"\b(?P<a>{_SMALL_NUMBER})-(?i:in)-(?P<b>{_SMALL_NUMBER})\b(?!-)")


def _hyphen_shares(text: str) -> list[Quantity]:
    """ "a 1-in-3 chance", "One-in-Three Chance": a share, as a fraction."""
    out = []
    for m in _HYPHEN_SHARE.finditer(text):
        a, b = (_small_value(m.group(g)) for g in ("a", "b"))
        if a is None or b is None or not 0 < a < b:
            continue
        qual = qualifier_before(text, m.start())
        start, _, _, qualifier = apply_qualifier(text, m.start(), a, a, qual)
        value = round(a / b, 4)
        out.append(
            quantity_at(
                text, start, m.end(), "fraction", value, value, qualifier="approx" if qualifier else ""
            )
        )
    return out


# a player's or a suspect's height and weight: "(5-11, 220)", "5-foot-8, 135 pounds", "6-2, 210
# pounds" (feet and inches, then pounds; in brackets, or with "foot" or "pounds" written)
_HEIGHT_WEIGHT = re.compile(
    r"(?P<open>\([ \t]*)?(?<![\w.,-])(?P<f>[4-7])[ \t]*-[ \t]*(?P<foot>foot[ \t]*-[ \t]*)?"
    r"(?P<i>1[01]|\d)(?!\d)[ \t]*,[ \t]*(?P<w>[1-3]\d\d)(?![\d,.])"
    r"(?:(?P<lb>[ \t]*(?:pounds|lbs?\b\.?))|(?P<close>(?=[ \t]*\))))?"
)


def _heights_and_weights(text: str) -> list[Quantity]:
    """ "Bell (5-11,220)": 5 feet 11 inches and 220 pounds."""
    out: list[Quantity] = []
    for m in _HEIGHT_WEIGHT.finditer(text):
        if not ((m.group("open") and m.group("close") is not None) or m.group("foot") or m.group("lb")):
            continue  # "The Colts (5-3, 210 yards)" is a record and a distance
        feet = int(m.group("f")) + int(m.group("i")) / 12
        out.append(quantity_at(text, m.start("f"), m.end("i"), "distance", feet, feet, unit="foot"))
        weight = float(m.group("w"))
        out.append(quantity_at(text, m.start("w"), m.end(), "weight", weight, weight, unit="pound"))
    return out


# sizes told as "8-by-12 feet", "a 10-by-10-foot cell", "20 x 30 metres", "3m by 2.5m": each side
# in the unit told after the last one (the first side may repeat it, glued)
_DIMENSIONS = re.compile(
    r"(?<![\w.,/-])(?P<a>\d+(?:\.\d+)?)(?P<ua>(?:m|cm|mm|km|ft)(?=[ \t]+by[ \t]))?"
    r"(?P<sep>-by-|[ \t]+by[ \t]+|[ \t]*[x×][ \t]*)(?P<b>\d+(?:\.\d+)?)"
    r"(?:(?P=sep)(?P<c>\d+(?:\.\d+)?))?(?![\d.,])"
)
_SIZE_KINDS = frozenset({"distance", "area"})


def _dimensions(text: str) -> list[Quantity]:
    """The sides of a size: "Cells are 8-by-12 feet" gives 8 feet and 12 feet."""
    out: list[Quantity] = []
    for m in _DIMENSIONS.finditer(text):
        last = "c" if m.group("c") else "b"
        kind, unit, end, _, _ = unit_after(text, m.end(last))
        if kind not in _SIZE_KINDS:
            continue
        for side in ("a", "b", "c"):
            if m.group(side) is None:
                continue
            value = float(m.group(side))
            stop = end if side == last else m.end("ua") if side == "a" and m.group("ua") else m.end(side)
            out.append(quantity_at(text, m.start(side), stop, kind, value, value, unit=unit))
    return out


# a rate moved by a fraction of a percentage point: "cut by a quarter point", "a half-point hike",
# "a quarter percentage point"
_POINT_FRACTION = re.compile(
    r"(?i:\b(?:(?:a|one)[ \t]+)?(?P<part>quarter|half)(?:-|[ \t]+)(?:percentage[ \t]+|-)?points?\b"
    # "raised the rate by a full percentage point": one ("half a percentage point" is read apart)
    r"|(?<!half[ \t])(?<!quarter[ \t])(?<!of[ \t])"
    r"\b(?P<whole>a[ \t]+(?:full[ \t]+)?percentage[ \t]+point)\b(?!s))"
)


def _point_fractions(text: str) -> list[Quantity]:
    """ "a quarter point", "a half-point cut": a share of a percentage point, as percent."""
    out = []
    for m in _POINT_FRACTION.finditer(text):
        value = 1.0 if m.group("whole") else 0.25 if m.group("part").lower() == "quarter" else 0.5
        out.append(quantity_at(text, m.start(), m.end(), "percent", value, value, unit="percent"))
    return out


def _small_value(word: str) -> float | None:
    if word.isdigit():
        return float(word)
    if word.lower() in ("hundred", "thousand"):
        return 100.0 if word.lower() == "hundred" else 1000.0
    return numwords.spelled_value(word)
