"""The words around a figure: crude stems, content words, names and places.

The conflict step (`reader.core.figures`, `reader.core.matching`) reads a figure's context
through these: which content words stand around it inside its clause, whose names come
before it, which places its sentence names.
"""

from __future__ import annotations

import re
from functools import lru_cache

from rapidfuzz import fuzz

from reader.core import units
from reader.core.nouns import DEMONYM_END, DEMONYMS, STOPWORDS, word_set
from reader.core.textnorm import fold

_TOKEN = re.compile(r"[^\W\d_](?:[^\W\d_]|['’-])*")  # letters of any script: "São Leopoldo"

_NUMBER_WORDS = word_set(
    "one two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen sixteen "
    "seventeen eighteen nineteen twenty thirty forty fifty sixty seventy eighty ninety hundred "
    "thousand million billion trillion dozen dozens hundreds thousands millions billions tens half "
    "percent cent per bn mn"
)

_PLACE_NOUNS = word_set(
    "border borders frontier capital city region coast area country province state town village "
    "street square parliament embassy airport station centre center district peninsula island port "
    "harbor harbour base camp"
)

# two words for one site
_SAME_SITE = {"frontier": "border", "frontiers": "border", "centre": "center", "harbour": "harbor"}


def next_word_is_place(phrase: str, token: str) -> bool:
    """Whether the word after `token` in `phrase` is a place noun ("Australian state")."""
    words = phrase.split()
    for k, word in enumerate(words[:-1]):
        if word == token:
            return words[k + 1].lower() in _PLACE_NOUNS
    return False


# capital and small letters beyond ASCII, for names such as "Łódź", "Évora", "São Paulo",
# "Ñuñoa" (Python's re has no class of capital letters): Latin, Greek and Cyrillic, for use
# inside a character class ("[{UPPER}]")
UPPER = "A-Z" + "".join(sorted({c for c in map(chr, range(0xC0, 0x530)) if c.isupper()}))
LOWER = "a-z" + "".join(sorted({c for c in map(chr, range(0xC0, 0x530)) if c.islower()}))

_GENERIC_PLACES = word_set("capital city region country province state town village area district")

# the small words inside a place's name: "Boulevard de la Croisette", "Rio de Janeiro"
_NAME_PARTICLES = frozenset("de del della di da du des la le van von der den".split())
_PARTICLE = "|".join(sorted(_NAME_PARTICLES))
_LOCATION = re.compile(
    r"\b(?i:in|on|at|near|along|inside|outside|across|into|from)[ \t]+"
    r"(?:the[ \t]+|its[ \t]+|their[ \t]+)?"
    rf"(?P<place>(?:[^\W\d_][\w'’.-]*[ \t]+(?:(?:{_PARTICLE})[ \t]+(?=[{UPPER}]))*){{0,2}}[^\W\d_][\w'’.-]*)"
)

# words after which "from" names where someone or something comes from, not where the figure's
# event took place: "the flight from Kathmandu" (it crashed near Pokhara), "crates arriving from
# Ecuador" (seized at Algeciras), "the 17-year-old from Nagoya" (who won in Fukuoka)
_ORIGIN_BEFORE = word_set(
    "flight flights train trains bus buses coach ferry ferries ship ships plane planes service "
    "services arriving arrived arrive arrivals shipment shipments cargo imports imported "
    "native natives hailing shipped smuggled exported transported trafficked sailed departed departing "
    "flown originating"
)
_WORD_BEFORE = re.compile(r"([\w'’-]+)[ \t]*$")


def _origin(text: str, start: int) -> bool:
    """Whether the "from" at `start` follows a word that makes its place an origin (`_ORIGIN_BEFORE`)
    or a person's age ("the 17-year-old from Nagoya")."""
    if text[start : start + 4].lower() != "from":
        return False
    m = _WORD_BEFORE.search(text, max(0, start - 40), start)
    if m is None:
        return False
    word = m.group(1).lower()
    return word in _ORIGIN_BEFORE or word.endswith("-old")


# a body's name, which may hold a place: "crews from Devon and Somerset Fire and Rescue", "Devon
# County Council": the place it serves, not another place for the figure
_BODY_WORDS = word_set(
    "fire police constabulary council ambulance rescue department ministry authority agency "
    "corporation company newspaper times post herald gazette journal tribune telegraph"
)  # not "university", "college" or "hospital": sites ("died in Innsbruck University Hospital")
_BODY_AFTER = re.compile(
    rf"(?:[ \t]+(?:and|&)[ \t]+[{UPPER}][\w'’-]*|[ \t]+[{UPPER}][\w'’-]*){{0,3}}"
    rf"[ \t]+(?P<w>[{UPPER}][{LOWER}]+)\b"
)

# "the northern city of Thessaloniki", "the province of Aceh", "marched through Athens"
_PLACE_OF = re.compile(
    r"\b(?:(?:city|town|village|province|region|state|capital|port|island|district|county)[ \t]+of"
    rf"|through|throughout|across|around)[ \t]+(?P<name>[{UPPER}][\w'’-]+)"
)

_NAME = re.compile(rf"\b[{UPPER}][{LOWER}][\w'’-]+")

_NAME_RUN = re.compile(rf"\b[{UPPER}][^\W\d_][\w'’.-]*(?:[ \t]+[{UPPER}][^\W\d_][\w'’.-]*)*")

_HONORIFIC = re.compile(r"(?:mr|mrs|ms|dr|sen|rep|gov|gen|prof|sir|lord|lady)\.?")

_AFTER_PREPOSITION = re.compile(
    r"\b(?i:in|on|at|of|for|from|to|with|by|near|after|before|during|since|under|over|into|about|against)"
    r"[ \t]+(?:(?i:the|a|an|its|their|his|her)[ \t]+)?$"
)

_APPOSITION = re.compile(r"[ \t]*,")
# a full name opening a sentence, then its verb: "Shy Ely put up 23 points", "Doug McDermott scored"
_VERB_NEXT = re.compile(
    r"[ \t]+(?:[a-z]+ed|put|got|had|has|made|hit|led|won|ran|set|took|threw|kicked|scored|added|became)\b"
)
# "The City watchdog imposed", "defeated his AAP rival": a name after a determiner and before
# one of these words for a body, a firm or a person describes that word (whose the figure is),
# not another owner; "the Colts defense", "the Clintons' rate" are the name's own
_DETERMINER_BEFORE = re.compile(
    r"(?i:\b(?:the|a|an|his|her|its|their|our)(?:[ \t]+[a-z0-9][a-z0-9-]*){0,2}[ \t]+)$"
)
_DETERMINERS = frozenset({"the", "a", "an", "his", "her", "its", "their", "our"})
_NEXT_WORDS = re.compile(r"[ \t]+([a-z]+)\b(?:[ \t]+([a-z]+)\b)?")
# a country's bodies, named by the country: "New Zealand's central bank", "Kenya's health ministry"
_BODIES = frozenset(
    "government ministry bank treasury regulator watchdog parliament legislature army military navy police"
    " cabinet presidency".split()
)
_BODY_KINDS = frozenset(
    "central health finance interior defence defense foreign state national federal".split()
)
_EPITHETS = frozenset(
    "watchdog regulator government ministry department agency authority company firm group carrier"
    " airline lender bank insurer retailer carmaker automaker brewer miner producer giant rival"
    " opponent challenger incumbent candidate leader president minister chief boss official officials"
    " spokesman spokeswoman spokesperson striker forward midfielder defender goalkeeper"
    " adviser advisor manager coach player driver owner businessman businesswoman man woman boy girl"
    " teenager resident father mother executive banker lawyer doctor nurse teacher accountant broker"
    " trader developer investor landlord operator provider utility manufacturer maker exporter"
    " conglomerate climber mountaineer hiker skier tourist worker student soldier officer victim suspect"
    " passenger pilot pensioner footballer cyclist runner swimmer singer actor actress"
    # a player capped by a country, a side's leader: "The Ghana international scored 29 goals"
    " international captain skipper winger keeper".split()
)
# measures written as acronyms, which own no figure ("GDP growth of 1.9 percent")
_MEASURE_ACRONYMS = frozenset("gdp gnp gni cpi ppi pmi vat gst ebitda eps ipo".split())

_SOURCE_BEFORE = re.compile(
    r"(?i:\b(?:by|according[ \t]+to|from|told|said|says|to|via|per)[ \t]+(?:the[ \t]+)?)$"
)

_SOURCE_AFTER = re.compile(
    r"(?i:[ \t]*,?[ \t]+(?:has[ \t]+|have[ \t]+)?(?:said|says|told|reported|reports|estimated|estimates"
    r"|predicted|forecast|found|confirmed|announced|learned)\b"
    r"(?![ \t]+(?:that[ \t]+)?(?:his|her|its|their)\b))"  # "Mr. Bush said his rate was": his own
)

_MONTH_DAY = word_set(
    "january february march april may june july august september october november december monday "
    "tuesday wednesday thursday friday saturday sunday"
)

# words that make a day or a month of a weekday or month name: "Last Friday", "Early Monday"
_DAY_LEADS = word_set("last next this early late mid")

POSSESSIVE = re.compile(r"['’]s$")

CLAUSE_BREAK = re.compile(r"[,;:\[\]—–]|\s-\s")

# a wire story's opening "ALMATY (Reuters) - ", "KANSAS CITY, Mo. — ", "LONDON, March 3 (AP) -- ":
# where and by whom it was filed, not a name of the story
_DATELINE_LEAD = re.compile(
    r"[ \t]*(?:[A-Z][A-Z.'’-]+(?:[ \t]+[A-Z][A-Z.'’-]+)*"
    r"(?:,[ \t]*[A-Z][A-Za-z.'’]*(?:[ \t]+(?:[A-Z][A-Za-z.'’]*|\d{1,2}))*){0,2}"
    r"[ \t]*(?:\([A-Z][\w.&'’ /-]{0,30}\))?[ \t]*[-–—]+[ \t]+(?=\S)"
    # "Shimla, May 12 (PTI) Eighteen people ...": a place, a day and a wire service, no dash
    r"|[A-Z][\w.'’-]*(?:[ \t]+[A-Z][\w.'’-]*){0,2}(?:,[ \t]*[A-Z][a-z]{2,8}\.?[ \t]+\d{1,2})?[ \t]*"
    r"\((?:PTI|IANS|ANI|UNI|AP|AFP|Reuters|UPI|Xinhua|dpa|DPA|Bloomberg|TASS|Kyodo|Yonhap|Bernama|ANSA|EFE"
    r"|AAP|CP|APP|IRNA|WAM|SPA|KUNA|MENA|NNA)\)[ \t]*(?:[-–—:]+[ \t]*)?(?=\S)"
    # "MANDI: Three more passengers ...", "New Delhi: The government ...": a place and a colon
    r"|[A-Z][\w.'’-]*(?:[ \t]+[A-Z][\w.'’-]*){0,2}:[ \t]+(?=[A-Z]))"
)


def dateline_end(text: str) -> int:
    """Where a sentence's inline dateline ends ("WASHINGTON — The Senate ..." -> 13), or 0."""
    m = _DATELINE_LEAD.match(text)
    return m.end() if m else 0


OTHER_NUMBER = re.compile(r"(?<![\w.,])(?!(?:1[89]|20)\d\d\b)\d[\d,.]*|(?<=[A-Za-z])\d[\d,.]*")

# verbs that report a figure say nothing of what it measures
_WEAK = frozenset(
    "show shows showed showing shown reveal reveals revealed indicate indicates indicated put puts "
    "figure figures data statement estimate estimates".split()
)

# verbs of change fold onto their direction: "gaining 71 cents" and "up 74 cents" say one thing
_DIRECTION = dict.fromkeys(
    "up rose rise rises risen rising gained gain gains gaining climbed climb climbs climbing jumped jump "
    "jumps jumping added adding advanced advancing increased increase increases increasing grew grow "
    "grows growing surged soared higher".split(),
    "+up",
) | dict.fromkeys(
    "down fell fall falls fallen falling lost losing lose loses dropped drop drops dropping declined "
    "decline declines declining slipped slip slips slipping slid sliding decreased decrease decreasing "
    "shed shedding tumbled plunged plunge lower eased easing".split(),
    "+down",
)

_SUFFIXES = ("ations", "ation", "ings", "ing", "able", "ible", "ed", "es", "s", "ly")


@lru_cache(maxsize=65536)
def stem(word: str) -> str:
    """A crude stem: suffixes off, first five letters ("earned"/"earnings" -> "earn"); accents
    off ("Mihăilescu" / "Mihailescu", "São Paulo" / "Sao Paulo")."""
    w = word.lower()
    if not w.isascii():
        w = fold(w)
    for suffix in _SUFFIXES:
        if w.endswith(suffix) and len(w) - len(suffix) >= 3:
            w = w[: -len(suffix)]
            break
    return w[:5]


@lru_cache(maxsize=4096)
def content_stems(text: str) -> frozenset[str]:
    """Stems of the content words of `text` (no stopwords, no number words)."""
    out: set[str] = set()
    for tok in _TOKEN.findall(text):
        low = tok.lower().strip("'’-")
        if low in _DIRECTION:
            out.add(_DIRECTION[low])
            continue
        if len(low) < 3 or low in STOPWORDS or low in _NUMBER_WORDS:
            continue
        out.add(stem(low))
    return frozenset(out)


@lru_cache(maxsize=4096)
def locations(text: str) -> tuple[frozenset[str], frozenset[str]]:
    """Places named after a preposition ("in Crimea", "on the border"): (proper names, place nouns)."""
    proper: set[str] = set()
    common: set[str] = set()
    words = text.split()
    title_case = len(words) > 3 and sum(w[:1].isupper() for w in words) > 0.6 * len(words)
    for m in _LOCATION.finditer(text):
        tokens = _TOKEN.findall(m.group("place"))
        last = 0
        if any(t.lower() in _BODY_WORDS for t in tokens[1:]) or _body_follows(text, m.end("place")):
            continue  # "from Devon and Somerset Fire and Rescue": a body's name
        if _origin(text, m.start()):
            continue
        for k, tok in enumerate(tokens):
            bare = POSSESSIVE.sub("", tok).rstrip("'’")  # "in Athens' main square"
            low = bare.lower()
            if tok in _NAME_PARTICLES and k + 1 < len(tokens) and tokens[k + 1][:1].isupper():
                continue  # "Boulevard de la Croisette": one name
            if low in STOPWORDS or (k == 0 and _HONORIFIC.fullmatch(low)):
                break  # "from Mrs. Clinton's personal account" names a person, not a place
            if low in _PLACE_NOUNS:
                common.add(_SAME_SITE.get(low, units.singular(low)))
            elif (low in DEMONYMS or DEMONYM_END.search(low)) and next_word_is_place(m.group("place"), tok):
                continue  # "in the Australian state of Victoria", "in the Afghan capital"
            elif (
                bare[:1].isupper()
                and not title_case  # in a Title Case Headline every word looks like a name
                and len(low) > 2
                and low not in _NUMBER_WORDS
                and low not in _MONTH_DAY
            ):
                proper.add(low)
                last = m.start("place") + m.group("place").rfind(tok) + len(tok)
        if last and not title_case:
            _add_apposition(text, last, proper)
    if _WORLDWIDE.search(text):
        common.add("world")  # "employs about 21,000 people worldwide" / "in Germany, where it employs 8,500"
    return frozenset(proper), frozenset(common)


# a figure told of the whole world, set apart from one told of a named place
_WORLDWIDE = re.compile(
    r"\b(?i:world-?wide|globally|(?:around|across|throughout)[ \t]+the[ \t]+(?:world|globe))\b"
)

# a place's name after another's comma: "in Kiryu, Gunma prefecture", "near Bitung, North Sulawesi"
_PLACE_APPOSITION = re.compile(rf",[ \t]+(?P<name>[{UPPER}][\w'’-]+(?:[ \t]+[{UPPER}][\w'’-]+)?)")


def _add_apposition(text: str, end: int, proper: set[str]) -> None:
    """Add to `proper` the place named right after the comma that follows a place ending at `end`."""
    m = _PLACE_APPOSITION.match(text, end)
    if m is None:
        return
    for tok in _TOKEN.findall(m.group("name")):
        low = POSSESSIVE.sub("", tok).rstrip("'’").lower()
        if low in STOPWORDS or low in _MONTH_DAY or low in _NUMBER_WORDS or len(low) <= 2:
            return
        proper.add(low)


def _body_follows(text: str, end: int) -> bool:
    """Whether a capitalised word for a body closes the name run at `end` ("Devon and Somerset Fire")."""
    m = _BODY_AFTER.match(text, end)
    return m is not None and m.group("w").lower() in _BODY_WORDS


@lru_cache(maxsize=4096)
def named_places(text: str) -> frozenset[str]:
    """Every place named in `text`: after a preposition, and as "the city of X", "through X"."""
    found = set(locations(text)[0])
    words = text.split()
    if len(words) > 3 and sum(w[:1].isupper() for w in words) > 0.6 * len(words):
        return frozenset(found)
    for m in _PLACE_OF.finditer(text):
        name = POSSESSIVE.sub("", m.group("name")).lower()
        if name not in _MONTH_DAY and name not in STOPWORDS:
            found.add(name)
    return frozenset(found)


@lru_cache(maxsize=4096)
def names(text: str) -> frozenset[str]:
    """Capitalised words inside the sentence (not its first word): people, places, bodies."""
    found: set[str] = set()
    for m in _NAME.finditer(text):
        if m.start() == 0:
            continue
        low = m.group(0).lower()
        if low not in STOPWORDS and low not in _MONTH_DAY and low not in _NUMBER_WORDS:
            found.add(low)
    return frozenset(found)


def names_meet(first: frozenset[str], second: frozenset[str]) -> bool:
    """Whether two sets of name stems share a name, an acronym standing for the other's words
    ("DA" and "Democratic Alliance", "ANC" and "African National Congress") counted as one."""
    return bool(first & second) or _acronym_of(first, second) or _acronym_of(second, first)


def _acronym_of(short: frozenset[str], full: frozenset[str]) -> bool:
    """Whether a word of `short` is the initials of all the words of `full` (in some order)."""
    initials = sorted(word[0] for word in full if word)
    return len(initials) >= 2 and any(
        len(word) == len(initials) and word.isalpha() and sorted(word) == initials for word in short
    )


# how far back the words before a name are looked at: the patterns ended by ``$`` that test
# them match a few words ("according to the ", "against their "); searched from the start of a
# long sentence for each name, they would cost its length for every one
_LOOKBACK = 80


def _ends_before(pattern: re.Pattern[str], text: str, end: int) -> bool:
    """Whether `pattern` (anchored by ``$``) matches right before `end`."""
    return pattern.search(text, max(0, end - _LOOKBACK), end) is not None


def _qualifies_a_noun(prefix: str, run: re.Match[str]) -> bool:
    """Whether a run of capitalised words after a determiner describes the word for a body, a
    firm or a person that follows it ("The City watchdog", "his AAP rival", "the Kenyan
    government", "A former Melbourne financial adviser"): that one, whom the other report may
    name, is whose the figure is."""
    if POSSESSIVE.search(run.group(0)) or run.group(0).endswith(("'", "’")):
        # "the Clintons' effective rate": the name owns the figure; "New Zealand's central bank",
        # "Kenya's health ministry" name a country's body, which the other report may name
        following = _NEXT_WORDS.match(prefix, run.end())
        return following is not None and (
            following.group(1) in _BODIES
            or (following.group(1) in _BODY_KINDS and following.group(2) in _BODIES)
        )
    first = run.group(0).split(None, 1)[0].lower()
    if first not in _DETERMINERS and not _ends_before(_DETERMINER_BEFORE, prefix, run.start()):
        return False
    following = _NEXT_WORDS.match(prefix, run.end())
    if following is None:
        return False
    return following.group(1) in _EPITHETS or following.group(2) in _EPITHETS


def subject_names(
    prefix: str, known_names: frozenset[str], places: frozenset[str], opening_name: bool = False
) -> tuple[frozenset[str], frozenset[str]]:
    """Stems of the names written before a figure in its sentence (whose figure it is), and
    those of the first of them not after a preposition (the likely subject of its clause).
    With `opening_name`, a full name that opens the sentence before its verb counts too ("Shy
    Ely put up 23 points").

    "Bush paid a rate of 36 percent" -> ({"bush"}, {"bush"}); "The Orioles have offered
    Teixeira $150 million" -> ({"oriol", "teixe"}, {"oriol"}). A name that opens the sentence
    counts when the article uses it as a name elsewhere; sources ("polled by Reuters", "CNN
    reported") and places (compared apart) are left out.
    """
    found: set[str] = set()
    lead: frozenset[str] = frozenset()
    for run in _NAME_RUN.finditer(prefix):
        words = [POSSESSIVE.sub("", w).strip("'’-").lower() for w in run.group(0).split()]
        if run.start() == 0 or _HONORIFIC.fullmatch(words[0]):
            if words[0] in STOPWORDS or _HONORIFIC.fullmatch(words[0]):
                words = words[1:]  # "The Clintons' rate", "Mr. Bush said": the name follows
            elif (
                words[0] not in known_names
                and not (len(words) > 1 and _APPOSITION.match(prefix, run.end()))
                and not (
                    opening_name
                    and len(words) > 1
                    and _VERB_NEXT.match(prefix, run.end())
                    # the figure in the name's own clause, no other name's verb before it
                    # ("Peyton Manning passed for 364 yards and Keiwan Ratliff returned ...")
                    and not any(
                        _VERB_NEXT.match(prefix, m.end()) for m in _NAME_RUN.finditer(prefix, run.end())
                    )
                )
                and not POSSESSIVE.search(run.group(0))
            ):
                continue  # a capitalised first word may be any word; "Apostolos Kolokythopoulos, a"
        if _ends_before(_SOURCE_BEFORE, prefix, run.start()) or _SOURCE_AFTER.match(prefix, run.end()):
            continue
        if _qualifies_a_noun(prefix, run):
            continue
        dated = any(all(part in _MONTH_DAY for part in word.split("-")) for word in words)
        run_stems = frozenset(
            stem(word)
            for word in words
            if not (
                word in STOPWORDS
                or all(part in _MONTH_DAY for part in word.split("-"))  # "the April-June quarter"
                or (dated and word in _DAY_LEADS)  # "Last Friday, 1,300 biologists": a day, no name
                or word in _NUMBER_WORDS
                or word in places
                or word in _MEASURE_ACRONYMS
            )
        )
        if run_stems and not lead and not _ends_before(_AFTER_PREPOSITION, prefix, run.start()):
            lead = run_stems  # "In July, EMC agreed", "at UM's office, Coen said": EMC, Coen
        found |= run_stems
    return frozenset(found), lead


def _one_name_written_two_ways(a: frozenset[str], b: frozenset[str]) -> bool:
    """Whether a place of `a` and one of `b` are a name and its adjective ("Croatia" / "Croatian",
    "Kenya" / "Kenyan", "Japan" / "Japanese"): five letters or more in common from the start, all
    but at most the last letter of the shorter; or a name of four letters and its adjective
    ("Asia" / "Asian")."""
    for x in a:
        for y in b:
            short, long = (x, y) if len(x) <= len(y) else (y, x)
            if len(short) >= _NAME_STEM and long.startswith(short[: max(_NAME_STEM, len(short) - 1)]):
                return True
            # a short name and its adjective: "Asia" / "Asian", "Iraq" / "Iraqi", "Iran" / "Iranian"
            if len(short) >= _SHORT_NAME and long.startswith(short) and long[len(short) :] in _ADJECTIVE_ENDS:
                return True
    return False


_NAME_STEM = 5
_SHORT_NAME = 4
_ADJECTIVE_ENDS = frozenset({"n", "an", "ian", "ese", "i", "ns", "ans", "is"})


_ALIAS_MIN = 6  # place names this long or longer ...
_ALIAS_SCORE = 87.0  # ... whose best partial alignment scores this much are one place


def same_place(a: frozenset[str], b: frozenset[str]) -> bool:
    """Whether two sets of place names share one, allowing transliterations ("Salonika")."""
    if a & b:
        return True
    return any(
        min(len(x), len(y)) >= _ALIAS_MIN and fuzz.partial_ratio(x, y) >= _ALIAS_SCORE for x in a for y in b
    )


def places_differ(a: tuple[frozenset[str], frozenset[str]], b: tuple[frozenset[str], frozenset[str]]) -> bool:
    """Whether two sentences name different places.

    Different proper names ("Crimea" / "Kiev"), different sites ("border" / "airport"), or a
    site on one side and only a named region on the other ("on the border" / "in Crimea").
    A generic place noun ("the capital") may stand for any name.
    """
    if same_place(a[0], b[0]) or _one_name_written_two_ways(a[0], b[0]):
        return False
    if a[0] and b[0]:
        return True
    sites_a, sites_b = a[1] - _GENERIC_PLACES, b[1] - _GENERIC_PLACES
    if sites_a and sites_b:
        return not (sites_a & sites_b)
    return bool((sites_a and not sites_b and b[0]) or (sites_b and not sites_a and a[0]))


def clause_tail(text: str) -> frozenset[str]:
    """The last four content stems before a number, inside its clause and after any other number.

    A year does not end the context: "the tax rate for 2014 was 35.7 percent".
    """
    tail = CLAUSE_BREAK.split(text)[-1]
    return frozenset(content_list(OTHER_NUMBER.split(tail)[-1])[-4:])


def clause_head(text: str) -> frozenset[str]:
    """The first four content stems after a number, inside its clause and before any other number."""
    head = OTHER_NUMBER.split(CLAUSE_BREAK.split(text)[0])[0]
    return frozenset(content_list(head)[:4])


def lead_in_words(text: str, count: int = 2) -> frozenset[str]:
    """The `count` content stems right before a number inside its clause ("charged with murder
    Saturday")."""
    tail = CLAUSE_BREAK.split(text)[-1]
    return frozenset(content_list(OTHER_NUMBER.split(tail)[-1])[-count:])


def content_list(text: str) -> list[str]:
    out: list[str] = []
    for tok in _TOKEN.findall(text):
        low = tok.lower().strip("'’-")
        if low in _DIRECTION:
            out.append(_DIRECTION[low])
        elif len(low) >= 3 and low not in STOPWORDS and low not in _NUMBER_WORDS and low not in _WEAK:
            out.append(stem(low))
    return out


def both_name_both(
    places_a: frozenset[str], names_a: frozenset[str], places_b: frozenset[str], names_b: frozenset[str]
) -> bool:
    """Each sentence names the other's place too, only not after a preposition: "in the Ikoyi
    district of Lagos" and "in the upscale Lagos neighbourhood of Ikoyi" name one place."""
    return bool(places_a and places_b) and places_a <= names_b and places_b <= names_a


_BEARINGS = {
    "north": 0,
    "northeast": 45,
    "east": 90,
    "southeast": 135,
    "south": 180,
    "southwest": 225,
    "west": 270,
    "northwest": 315,
}


def anchors_differ(a: str, b: str) -> bool:
    """Two distances measured from different places, or in directions a right angle or more
    apart from one ("southwest of Kathmandu", "northwest of Kathmandu"; "north" and
    "north-west" may be one place told roughly)."""
    place_a, _, way_a = a.partition("/")
    place_b, _, way_b = b.partition("/")
    if place_a != place_b:
        return True
    if not (way_a and way_b):
        return False
    turn = abs(_BEARINGS[way_a] - _BEARINGS[way_b]) % 360
    return min(turn, 360 - turn) >= 90
