"""Numbers as written (digits or words, a currency, a scale word) and identifiers that are not figures."""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass

from reader.core import currencies, numwords, units
from reader.core.nouns import STOPWORDS, word_set
from reader.core.textnorm import GROUPED_DIGITS

# "2, 000ft": text rebuilt from tokens spaces a thousands group; one that opens with 0 can be no
# number of its own, so "2, 000" is 2,000 (a list "2, 35" stays two numbers)
_SPACED_GROUPS = r"\d{1,3}(?:,[ ]0\d\d)(?:,[ ]?\d{3})*(?!\d)"
DIGITS = rf"(?:{_SPACED_GROUPS}|{GROUPED_DIGITS}|\d+)(?:\.\d+)?|\.\d+"
# a sum whose thousands are set apart by spaces, as South Africa and much of Europe write it
_SPACED_THOUSANDS_NUM = r"(?P<num>\d{1,3}(?:[ \u00a0\u202f]\d{3})+(?![\d,.]?\d))"
_SCALE_SUFFIX = (
    r"(?:(?i:[ \t]*-?[ \t]*(?P<scale>thousand|million|billion|trillion|bn|mn|mln|bln|tn|trn|trln|crores?"
    r"|lakh[ \t]+crore|lakhs?)\b)"
    r"|(?P<sscale>[mbkMBK]|tr)\b)?"
)
# numbers in digits, maybe with a currency before them ...
ATOM_DIGITS = re.compile(rf"(?P<num>{DIGITS}){_SCALE_SUFFIX}")
_SPACED_THOUSANDS = re.compile(rf"{_SPACED_THOUSANDS_NUM}{_SCALE_SUFFIX}")
# a currency written before the digits, looked for backwards from them (cheaper than at every position)
_CURRENCY_BEFORE = re.compile(rf"(?:{currencies.CURRENCY_PREFIX_RE})$")
# ... and numbers in words
ATOM_WORDS = re.compile(
    rf"(?i:(?P<halfscale>{numwords.HALF_SCALE})|(?P<dozen>{numwords.DOZEN})|(?P<frac>{numwords.FRACTION})"
    rf"|(?P<vague>{numwords.VAGUE})|(?P<twice>\btwice\b|\bthrice\b|{numwords.MULTIPLIER})|(?P<words>{numwords.SPELLED})){_SCALE_SUFFIX}"
)
# "3 1/2 miles", "6-1/2 hours", "2½ hours": a whole number and a fraction; "1/4 mile": a fraction
_MIXED_AFTER = re.compile(r"(?:[ \t]+|-)(?P<n>[1-7])/(?P<d>[2-8])(?![\d/])")
_SCALE_WORD_AFTER = re.compile(r"[ \t]+(?i:(thousand|million|billion|trillion))\b")
_AND_A_HALF = re.compile(r"(?i:[ \t]+and[ \t]+a[ \t]+half\b|-and-a-half\b)")
_FRACTION_AFTER = re.compile(r"/(?P<d>[2-8])(?![\d/])")
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
# a currency abbreviated with a full stop glued to the number ("Rs.9 billion", "SFr.5")
_ABBREVIATED_BEFORE = re.compile(r"(?<![\w$.-])(?:Rs|Re|SFr)$")
# "1.2m people" (not "the 400m hurdles", "the 100m heats": races run over metres)
_MILLION_PLURAL = re.compile(
    r"[ \t]+(?!(?:hurdles|heats|finals|semis|semi-finals|semifinals|races|sprints|relays|dashes|swims)\b)"
    # words in -s that are no plural: "a jump of 2.38m was his best", "2.4m is the record"
    r"(?!(?:was|has|is|does|goes|as|its|his|this|thus|plus|less|unless|across|always)\b)"
    r"(?:[a-z]+[ \t]+)?[a-z]{2,}s\b"
)
# "cleared 6.24m", "threw 70.12m", "a leap of 8.95m": a field event's metres, not millions
_FIELD_EVENT_BEFORE = re.compile(
    r"(?i:\b(?:cleared|clears|clearing|jumped|jumps|leapt|leaped|threw|throws|thrown|vaulted|heaved"
    r"|an?[ \t]+(?:effort|mark)[ \t]+of|\b(?:throw|jump|leap|vault|clearance|heave)[ \t]+of)"
    r"[ \t]+(?:[a-z]+[ \t]+){0,2})$"
)
_SIZE_AFTER = re.compile(
    r"(?i:(?:[ \t]*|-)(?:deep|high|tall|long|wide|thick|above|below|across"
    r"|in[ \t]+(?:diameter|length|height|depth)"  # "4m of debris": a depth of what buries a road
    r"|of[ \t]+(?:water|snow|rain|debris|rubble|mud|silt|sand|ash|lava|ice|soil|earth|floodwaters?))\b)"
)
# a river's or the sea's level: "the River Eden at Carlisle peaked at 5.9m", "waves of 4.5m"
_LEVEL_BEFORE = re.compile(
    r"(?i:\b(?:(?:river|water[ \t]+level|level|tide|height|depth)s?(?:[ \t]+[\w'’-]+){0,4}?[ \t]+"
    r"(?:peaked|crested|reached|rose|stood)[ \t]+(?:at|to)"
    r"|(?:waves?|swells?|surge|storm[ \t]+surge)[ \t]+(?:of|up[ \t]+to|reaching)"
    r"|(?:peaks|crests|peaking|cresting)[ \t]+at)"  # "Hawkesbury peaks at 13.8m": a river's level
    r"[ \t]+(?:about[ \t]+|some[ \t]+|around[ \t]+)?)$"
)
_ARTICLE_BEFORE = re.compile(r"(?i:(?<![\w'])an?[ \t]+)$")
# people counted in millions as headlines write them: "3m without power", "10m displaced"
_MILLION_PEOPLE_AFTER = re.compile(
    r"[ \t]+(?:displaced|affected|evacuated|homeless|stranded|without|infected|vaccinated|unemployed"
    r"|jobless|dead|killed|injured|hungry|starving|uprooted|in[ \t]+need|at[ \t]+risk)\b"
)
LETTER_HYPHEN = re.compile(r"[A-Za-z]-$")  # "COVID-19", "F-16"
# a price or rate per unit: "N1,420/litre", "$80/barrel", "Rs 40/kg" (not "9/11", "24/7")
_PER_UNIT = re.compile(r"/[ \t]?[A-Za-z]{1,12}\b")
_A_OR_ONE = re.compile(r"(?i:an?|one)\b")
_WORD_TOKEN = re.compile(r"\b[A-Za-z]+")
_WORD_STARTS = (
    frozenset(numwords.SMALL)
    | frozenset(numwords.SCALES)
    | word_set("a half several dozens tens hundreds thousands millions billions scores")
    | numwords.MULTIPLIER_WORDS
)
# "%", "percent", "percentage points", and after a fraction "half a percentage point"
PERCENT = re.compile(
    r"[ \t]*(?:%|-?(?i:percent|per[ \t]*cent|pct"
    r"|(?:(?:of[ \t]+)?an?[ \t]+)?percentage[ \t]*-?[ \t]*points?)\b"
    # "5pc", "2.9 pc", as British papers write it ("5 PCs" are computers)
    r"|(?<=\d)pc\b|(?<=\d)[ \t]pc\b(?!\.\w))"
)
CUR_WORD = re.compile(rf"[ \t]*(?i:{currencies.CURRENCY_SUFFIX_RE})")
# "45C", "104°F", "-5 °C", "30 degrees Celsius": a temperature; the scale letter only glued or after °
# (or, before C or F, the look-alikes "º" and "˚" copy from other keyboards carries: "46.2ºC";
# "1º de Mayo" is an ordinal)
TEMPERATURE = re.compile(
    r"(?:[ \t]*(?:°|[º˚](?=[ \t]*[CF]\b))[ \t]*(?P<deg>[CF]\b)?|(?P<glued>[CF])\b(?![-'’.]\w)"
    r"|[ \t]*-?[ \t]*(?i:degrees?)[ \t]+(?P<word>(?i:celsius|centigrade|fahrenheit)\b|[CF]\b(?![-'’.]\w))"
    r"|[ \t]+(?P<bare>Celsius|Fahrenheit|centigrade)\b)"  # "(117 Fahrenheit)", "hit 40 Celsius"
)
MEASURE = re.compile(rf"[ \t]*-?[ \t]*(?P<unit>(?i:{units.MEASURE_RE})|{units.MEASURE_CASED_RE})")
DURATION = re.compile(rf"[ \t]*-?[ \t]*(?i:(?P<unit>{units.TIME_UNIT_RE}))\b(?![ \t]*-?[ \t]*old)")
FUNCTION_CAPS = word_set(
    "a an the in on at by of to for from with and but or nor so yet as if than then since until after "
    "before during between among about around nearly almost some over under more fewer less only just "
    "roughly approximately estimated aged age ages all another each every both these those this that "
    "its his her their our your my total top up down last next also still now when while where who "
    "which what whose rose fell reached hit killing leaving bringing including some another just "
    "exactly least most"
)
_ONE_SKIP_BEFORE = re.compile(
    r"(?i:\b(?:no|any|every|each|the|this|that|which|only|last|other|no[ \t]+other)[ \t]+"
    r"|\b(?:I|we)[ \t]+for[ \t]+"  # "I for one have never paid attention"
    r"|\baccording[ \t]+to[ \t]+)$"  # "according to one calculation": a source, as "a" would say
)
_ONE_SKIP_AFTER = re.compile(
    r"(?i:[ \t]+(?:of|another|time|way|thing|point|hand|side|another|by|who|that|which"
    r"|day(?![ \t]+(?:after|before|later|earlier|ago)\b)"  # "one day after the vote" is an interval
    r"|(?:[a-z-]+[ \t]+){0,2}after[ \t]+another"  # "one town hall after another": no count
    r"|he|she|they|we|you"  # "a mistake ... and one he regrets": a pronoun
    r"|is|was|has|had|will|would|can|could|might|must|should|from|as|at|on|with|for|like|than"
    r"|outside|inside|near|behind|beyond|across|along|against|into|during"  # "including one outside"
    r"|in(?![ \t]+(?:every[ \t]+)?(?:\d|two|three|four|five|six|seven|eight|nine|ten"
    r"|a[ \t]+(?:hundred|thousand|million))))\b"
    r"|['’]s\b|[ \t]*(?!-(?:day|week|month|year|hour|minute|night|game|mile|yard|foot|metre|meter"
    r"|seat|member|vote|match|point)s?\b)[^\w \t]|[ \t]*$)"  # "a one-day strike" is a figure
)
# "that" opening a clause, not pointing: "he added that one person had been attacked" counts one
_CLAUSE_THAT_BEFORE = re.compile(
    r"(?i:\b(?:said|says|say|added|adds|noted|notes|stated|reported|reports|found|finds|showed|shows"
    r"|confirmed|confirms|announced|announces|learned|revealed|reveals|estimated|estimates|wrote|writes"
    r"|told[ \t]+[a-z]+|believed|believes|thinks|thought|warned|warns|claimed|claims)[ \t]+that[ \t]+)$"
)
# "including one a couple weeks ago": a pronoun before an article (not "one a day", a rate; not
# "two members favouring a hike and one a cut" or "three workers (one a pregnant woman)", a count
# of a list or of a part)
_ONE_ARTICLE_AFTER = re.compile(
    r"(?i:[ \t]+(?:a|an|the)(?![ \t]+(?:minute|hour|day|night|week|month|year|season|game|piece|head"
    r"|time)\b)\b)"
)
_THINK_BEFORE = re.compile(r"(?i:\bthink(?:s|ing)?[ \t]+)$")
# "the same one seized", "the second one to hit", "a bigger one": "one" after an article and an
# adjective is a pronoun
_ADJECTIVE_ONE_BEFORE = re.compile(
    r"(?i:\b(?:the|a|an|this|that|another|its|his|her|their)[ \t]+"
    r"(?:same|second|third|fourth|fifth|next|last|new|old|big|bigger|small|smaller|other|latest"
    r"|similar|different|final|real|main|best|worst|right|wrong|previous|earlier|later)[ \t]+)$"
)
_ZERO_DAY = re.compile(r"(?i:[ \t]*-[ \t]*day\b)")
# "net zero", "net-zero emissions", "ground zero", "zero tolerance": set phrases, no count of zero
_ZERO_PHRASE_BEFORE = re.compile(r"(?i:\b(?:net|ground)[ \t]*-?[ \t]*)$")
_ZERO_PHRASE_AFTER = re.compile(r"(?i:[ \t]*-?[ \t]*(?:tolerance|hour)\b)")
_LIST_BEFORE = re.compile(r"(?i:\b(?:and|or|but)[ \t]+|[(,;:][ \t]*)$")
# "only one in five students": a share even after "only"
_ONLY_BEFORE = re.compile(r"(?i:\bonly[ \t]+)$")
_THE_ONLY_BEFORE = re.compile(r"(?i:\b(?:the|their|his|her|its|my|our|your)[ \t]+only[ \t]+)$")
_NOUN_NEXT = re.compile(r"[ \t]+[A-Za-z][a-z]+[ \t,.;]")  # "only one word in", "only one Democratic senator"
_IN_NUMBER_AFTER = re.compile(
    r"(?i:[ \t]+(?:in|out[ \t]+of)[ \t]+(?:every[ \t]+)?"
    r"(?:\d+|two|three|four|five|six|seven|eight|nine|ten|a[ \t]+(?:hundred|thousand))\b"
    r"(?![ \t]+(?:years?|months?|weeks?|days?|hours?|decades?|centuries)\b))"
)
_FRACTION_NEEDS = re.compile(
    r"(?i:[ \t]+(?:of|its|their|his|her|the|a|an|our|that|those|these"
    # a share of people as a clause's subject: "while a quarter opposed it", "half said"
    r"|said|say|says|opposed|oppose|supported|support|backed|wanted|want|thought|think|believed"
    r"|believe|expected|expect|planned|plan|reported|favoured|favored|agreed|disagreed|were|are"
    # a share of a change: "a third more than planned", "a quarter lower", "half as many"
    r"|more|less|fewer|higher|lower|above|below|bigger|larger|smaller|greater|cheaper|dearer|as)\b)"
)
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


# a sentence where a bare "N" or "P" before a number is money: naira, Philippine pesos
_LETTER_MONEY = {
    "N": re.compile(r"\b(?:naira|Nigerian?|Lagos|Abuja|Kano)\b|\bN\d{1,3},\d{3}"),
    "P": re.compile(r"\b(?:pesos?|Philippines?|Filipinos?|Manila)\b|\bP\d{1,3},\d{3}"),
}
_NOT_MONEY_AFTER = re.compile(r"(?i:[ \t-]*(?:masks?|respirators?|forms?)\b)")
# a maker's name right before a model: "Robinson R44", "Yamaha R1"
_RELEASE_YEAR_BEFORE = re.compile(r"\b(?:19|20)\d\d[ \t]+$")
_BRAND_BEFORE = re.compile(r"(?<=[A-Za-z,;]\s)[A-Z][a-z]+[ \t]+$")
# ... and a word of what the model does or is after it ("R44 crashed", "R44 helicopter"), not of money
_MODEL_AFTER = re.compile(r"[ \t]+(?!(?:more|less|a|an|per|for|each|extra|in|to|from|and|or)\b)[a-z]+")


_SCALE_ONLY = frozenset({"thousand", "million", "billion", "trillion"})
_DIGIT_BEFORE = re.compile(r"\d[ \t]?$")


def _word_matches(text: str) -> Iterator[re.Match[str]]:
    """Numbers in words, tried only where a word that can start one stands (much faster)."""
    pos = 0
    for tok in _WORD_TOKEN.finditer(text):
        if tok.start() < pos or tok.group(0).lower() not in _WORD_STARTS:
            continue
        if tok.group(0).lower() in _SCALE_ONLY and _DIGIT_BEFORE.search(
            text, max(0, tok.start() - 3), tok.start()
        ):
            continue  # "XR1.285 trillion": the scale of a figure written in digits, never one alone
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
    taken = 0  # the end of a sum whose thousands are set apart by spaces
    for m in matches:
        if m.start() < taken:
            continue
        if (
            pattern is ATOM_DIGITS
            and m.group("num").startswith(".")
            and _ABBREVIATED_BEFORE.search(text, 0, m.start())
        ):
            m = ATOM_DIGITS.match(text, m.start() + 1) or m  # "Rs.9 billion": Rs. 9 billion, not 0.9
        start, end = m.start(), m.end()
        cur_text = None
        if pattern is ATOM_DIGITS and start:
            cur = _CURRENCY_BEFORE.search(text, max(0, start - 8), start)
            if cur is not None:
                cur_text, start = cur.group(0), cur.start()
        if cur_text in ("SR", "QR") and not (
            m.group("scale") or m.group("sscale") or set(",.") & set(m.group("num"))
        ):
            cur_text, start = None, m.start()  # "flight QR8"; riyals come in sums: "SR1.285 trillion"
        elif (
            cur_text in ("N", "P")
            and not (m.group("scale") or "," in m.group("num"))
            and not (_LETTER_MONEY[cur_text].search(text) and not _NOT_MONEY_AFTER.match(text, m.end()))
        ):
            # "N95 masks", "P45 forms"; "N1,450", "N28.7 trillion" are naira, "P9.6 billion" pesos,
            # and so is "N500" in a sentence of Lagos or of another sum in naira
            cur_text, start = None, m.start()
        elif (
            cur_text == "R"
            and m.group("num").isdigit()
            and (
                (_BRAND_BEFORE.search(text, max(0, start - 30), start) and _MODEL_AFTER.match(text, m.end()))
                # "Windows Server 2008 R2": a release after its year
                or (not m.group("scale") and _RELEASE_YEAR_BEFORE.search(text, max(0, start - 8), start))
            )
        ):
            # "their Robinson R44 crashed": a model after its maker's name ("cost R44" is rand)
            cur_text, start = None, m.start()
        currency = currencies.currency_of(cur_text) if cur_text else None
        if (
            currency
            and len(m.group("num")) <= 3
            and m.group("num").isdigit()
            and not m.group(0)[-1:].isalpha()
        ):
            spaced = _SPACED_THOUSANDS.match(text, m.start())
            if spaced is not None:  # "R250 000", "€1 500 000": thousands set apart by spaces
                m = spaced
                end = taken = m.end()
        before = text[start - 1] if start else " "
        if cur_text is None and (before.isalnum() or before in "_.,/"):
            continue
        if text[m.end() : m.end() + 1] == "/" and not _PER_UNIT.match(text, m.end()):
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
            scale = units.SCALE_WORDS[" ".join(m.group("scale").lower().split())]
            scaled = True
        elif m.group("sscale"):
            if currency is None and (
                (m.group("sscale") == "m" and _SIZE_AFTER.match(text, m.end()))
                or (
                    not _MILLION_PLURAL.match(text, m.end("sscale"))
                    and not _MILLION_PEOPLE_AFTER.match(text, m.end("sscale"))
                    and not (
                        "." in (m.group("num") or "")
                        and m.group("sscale") in "mMbB"
                        and not (
                            m.group("sscale") == "m"
                            and (
                                _FIELD_EVENT_BEFORE.search(text, max(0, start - 40), start)
                                # "1.5m deep", "the river peaked at 5.9m": a size or a level
                                or _SIZE_AFTER.match(text, m.end())
                                or _LEVEL_BEFORE.search(text, max(0, start - 40), start)
                                # "a 3.5m sea wall": one thing of a size, not 3.5 million of them
                                or (
                                    _ARTICLE_BEFORE.search(text, max(0, start - 4), start)
                                    and not CUR_WORD.match(text, m.end())
                                    and not text.startswith("-strong", m.end())  # "a 1.2m-strong army"
                                )
                            )
                        )
                    )
                )
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
            value = float(raw.replace(",", "").replace(" ", ""))
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
                    later = _SCALE_WORD_AFTER.match(text, end)
                    if later is not None:  # "3 and a half million viewers"
                        low = high = low * units.SCALE_WORDS[later.group(1).lower()]
                        scaled, end = True, later.end()
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
            if low >= 1:
                continue  # "the fastest pace in four quarters": periods counted, no share
            fraction = True
        elif groups.get("twice"):
            if text[end : end + 1] == "-":
                continue  # "twice-weekly"
            if _THINK_BEFORE.search(text, max(0, m.start() - 12), m.start()):
                continue  # "think twice before tweeting": an idiom
            low = high = numwords.multiplier_value(m.group("twice"))
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
            if words.lower() == "zero" and (
                _ZERO_DAY.match(text, m.end("words"))
                or _ZERO_PHRASE_AFTER.match(text, m.end("words"))
                or _ZERO_PHRASE_BEFORE.search(text, max(0, start - 8), start)
            ):
                continue  # "a zero-day vulnerability", "net zero by 2050": set phrases, not figures
            if (
                words.lower() == "one"
                and (
                    (
                        _ADJECTIVE_ONE_BEFORE.search(text, max(0, start - 30), start)
                        and not text.startswith("-", m.end("words"))  # "his second one-year contract"
                    )
                    or (
                        _ONE_SKIP_BEFORE.search(text[:start])
                        and not _CLAUSE_THAT_BEFORE.search(text, max(0, start - 40), start)
                        and not (
                            _ONLY_BEFORE.search(text[:start])
                            and (
                                _IN_NUMBER_AFTER.match(text, m.end("words"))
                                # "had changed only one word": a count, not "the only one"
                                or (
                                    not _THE_ONLY_BEFORE.search(text[:start])
                                    and _NOUN_NEXT.match(text, m.end("words"))
                                )
                            )
                        )
                    )
                    or _ONE_SKIP_AFTER.match(text, m.end("words"))
                    or (
                        _ONE_ARTICLE_AFTER.match(text, m.end("words"))
                        and not _LIST_BEFORE.search(text, max(0, start - 6), start)
                    )
                )
            ):
                continue
            if (
                _named_number(text, start, m.end())
                or _opens_name(text, start, m.end())
                or LETTER_HYPHEN.search(text, max(0, start - 2), start)
                or GROUP_OF.search(text, max(0, start - 12), start)
                or POINTERS.match(text, m.end())
                or _PER_BEFORE.search(text, max(0, start - 8), start)
            ):
                # "BBC One", "the Six Nations", "pick-six", "Group of Seven", "three-pointers"; "$1.61
                # per million British thermal units": the base of a rate
                continue
            low = high = spelled * scale
        atoms.append(Atom(start, end, low, high, currency, scaled, precise, vague, plain_int, fraction))
    return atoms


def _whole_and_fraction(text: str, pos: int) -> tuple[float, int] | None:
    """The fraction written after a whole number ending at `pos` and where it ends, or None."""
    glyph = text[pos : pos + 1]
    if glyph in VULGAR:
        return VULGAR[glyph], pos + 1
    half = _AND_A_HALF.match(text, pos)
    if half is not None:  # "21 and a half hours"
        return 0.5, half.end()
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
# words that open a time phrase after a share: "rose by a fifth last year" ("a fifth year" ranks)
_TIME_LEADS = frozenset({"last", "this", "next", "since", "compared"})


def _noun_follows(text: str, end: int) -> bool:
    """Whether a content word follows ("a third week"), not a stop word or punctuation."""
    m = _NEXT_LOWER_WORD.match(text, end)
    return m is not None and m.group("w") not in STOPWORDS and m.group("w") not in _TIME_LEADS


# "made 11 of 25 3-pointers", "eight three-pointers": the kind of shot, not a count
POINTERS = re.compile(r"-pointers?\b")
_PER_BEFORE = re.compile(r"(?i:\bper[ \t]+)$")
_CAP_WORD_BEFORE = re.compile(r"(?:^|[ \t])(?P<w>[A-Z][A-Za-z]*)[ \t]+$")
_LOWER_OR_END_AFTER = re.compile(r"[ \t]*(?:[^\w \t]|$)|[ \t]+[a-z]")


def _named_number(text: str, start: int, end: int) -> bool:
    """A capitalised number word that ends a name: "BBC One", "Air Force One" (not in a Title Case line)."""
    if not text[start : start + 1].isupper():
        return False
    before = _CAP_WORD_BEFORE.search(text[max(0, start - 30) : start])
    if before is None or before.group("w").lower() in FUNCTION_CAPS or not text[:start].strip(" \t\"'“‘("):
        return False
    if text[: max(0, start - 30)].strip() == "" and before.start("w") == 0:
        return False  # the capitalised word before is the first of the sentence
    if title_case(text):
        return False  # a Title Case headline capitalises every word but the short ones
    return _LOWER_OR_END_AFTER.match(text, end) is not None


_NEXT_NAME = re.compile(r"[ \t]+[A-Z][a-z]")
_SENTENCE_OPENING = re.compile(r"(?:^|[.!?:;\"“‘(][ \t]*)$")


def _opens_name(text: str, start: int, end: int) -> bool:
    """A capitalised number word inside a sentence before another capitalised word: a name ("the
    Six Nations", "the Three Gorges Dam"), unless the line is a Title Case headline."""
    if not text[start : start + 1].isupper() or not _NEXT_NAME.match(text, end):
        return False
    return not (_SENTENCE_OPENING.search(text, max(0, start - 3), start) or title_case(text))


def title_case(text: str) -> bool:
    """A Title Case line (a headline): no lower-case word of four letters or more but function words."""
    words = text.split()
    return len(words) > 3 and not any(
        w[:1].islower() and len(w) > 3 and w.lower().strip(".,;:!?\"'”’)") not in FUNCTION_CAPS for w in words
    )


_A_TIME_AFTER = re.compile(
    r"(?i:[ \t]+(?:of[ \t]+)?an?[ \t]+(?:minute|hour|day|week|fortnight|month|year|decade|century)\b)"
)
GROUP_OF = re.compile(r"\bGroup[ \t]+of[ \t]+$")
VIDEO_LINES = ("360", "480", "720", "1080", "1440", "2160")  # "1080p" is a picture's height
_UNIT_SUFFIX = re.compile(
    r"(?:s\b|bn\b|mn\b|k\b|m\b|b\b|km\b|kg\b|ha\b|mph\b|kph\b|ft\b|lbs?\b|cm\b|mm\b|mi\b|pm\b|am\b|pc\b|p\.m\.|a\.m\.|%|"
    r"th\b|st\b|nd\b|rd\b|h\b|hrs?\b|mins?\b|secs?\b|[mgk]w\b|[kmgt]wh\b|mg\b|p\b(?![-'’.]\w)|p(?=-an?-)|[kmgt]b\b|mah\b|[mg]?hz\b|[mg]bps\b|[kmg]bit/s|ml\b|kv\b|ppm\b|ppb\b|in\b|bps?\b|pts\b|(?-i:g)\b|m2\b|m²|km²|ft²|pcm\b|pw\b|gt\b|[mg]j\b|(?-i:W|MP)\b)",
    re.IGNORECASE,
)


def _unit_suffix_ok(text: str, pos: int) -> bool:
    if TEMPERATURE.match(text, pos):
        return True  # "45C"
    m = _UNIT_SUFFIX.match(text, pos)
    if not m:
        return False
    if m.group(0) in ("g", "W", "MP"):  # grams ("a 250g bar"), not a network ("the 3g network"), "5W-30"
        return MEASURE.match(text, pos) is not None
    if m.group(0).lower() == "p":  # pence ("38p"), not a picture's height ("1080p")
        return not text[max(0, pos - 5) : pos].endswith(VIDEO_LINES)
    # ordinals ("13th") and plurals of numbers are not figures
    return m.group(0).lower() not in ("th", "st", "nd", "rd", "s")
