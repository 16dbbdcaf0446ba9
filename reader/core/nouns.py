"""The noun a number counts: "40,000 troops", "the troops are between 30,000-100,000"."""

from __future__ import annotations

import re


def word_set(words: str) -> frozenset[str]:
    """A set of words written as one space-separated string."""
    return frozenset(words.split())


STOPWORDS = word_set(
    "a an the and or but nor of to in on at by for from with without into onto over under about above "
    "below after before since until during between among against through across per via as than that "
    "this these those which who whom whose what when where why how whether if then so such is are was "
    "were be been being am has have had do does did will would shall should can could may might must "
    "not no nor only also just even still yet already more most less least few fewer many much other "
    "others another some any all each every both either neither own same very too there here it its "
    "it's he him his she her they them their we us our you your i me my mine said says say told tell "
    "according reported report believed thought expected estimated up down out off back away again "
    "further once twice ago later earlier now today yesterday tomorrow currently recently including "
    "included while because though although ve ll re s t d overnight apiece altogether respectively "
    "alone instead abroad nationwide worldwide overall"
)
_LEAD_SKIP = re.compile(
    r"(?i:[ \t]+(?:more|other|additional|extra|further|new"
    r"|of(?:[ \t]+(?:the|its|their|his|her|our|these|those))?)\b)*"
)
_IDENT_WORD = re.compile(r"[ \t]+[A-Z]{1,4}[ \t-]?\d+[A-Za-z]?\b")
_WORD = re.compile(r"[ \t]+(?P<w>[A-Za-z][A-Za-z.'’-]*[A-Za-z]|[A-Za-z])(?P<dot>\.(?=[ \t]+[A-Za-z]))?")
# a name or an abbreviation before the noun: "23 U.S. troops", "38,000 OGE Energy Corp. customers"
_PROPER_MODIFIER = re.compile(r"[A-Z][A-Za-z.'’&-]*")
_ACRONYM = re.compile(r"[A-Z][A-Z.]+")
_HUMAN = word_set(
    "person people individual civilian resident citizen troop soldier force personnel protester "
    "demonstrator marcher rioter worker employee student child kid man woman officer policeman police "
    "passenger pilgrim migrant refugee prisoner hostage inmate victim member voter patient fan "
    "tourist crew crewmember sailor fighter militant rebel pirate brigand journalist gunman suspect "
    "attacker assailant bomber miner teacher doctor nurse driver pilot firefighter guard teenager boy "
    "girl baby infant adult pedestrian bystander spectator worshipper pupil schoolchild schoolgirl "
    "schoolboy policeman trooper marine sailor guest shopper customer"
)
EVENT_RE = re.compile(
    r"(?i:\b(?:killed|dead|died|death[ \t]+toll|fatalities|lives|perished|slain|murdered"
    # "voted against the death penalty", "on death row": a sentence, not a toll
    r"|deaths?(?![ \t]+(?:penalty|penalties|sentences?|row|threats?|certificates?|warrants?))"
    r"|injured|wounded|hurt|injuries|hospitali[sz]ed|arrested|detained|arrests|sickened|infected"
    r"|killing|injuring|wounding)\b)"
)
# a gathering: a number of people that marched, rallied or attended ("200,000 marched")
CROWD_RE = re.compile(
    r"\bmarch\b|(?i:\b(?:march(?:ed|es|ing)|rall(?:y|ied|ies|ying)|protest(?:s|ed|ing)?|demonstrat(?:ed|ions?|ing)"
    r"|took[ \t]+to[ \t]+the[ \t]+streets|gathered|attended|turn(?:ed)?[ \t]+out|turnout|crowds?)\b)"
)
_CROWD_NOUNS = word_set(
    "person people member worker protester protestor demonstrator marcher student supporter citizen "
    "resident participant mourner fan activist unionist pensioner employee civilian youth voter"
)
_BEFORE = re.compile(
    r"(?P<noun>[A-Za-z]+)[ \t]+(?:(?:are|is|was|were|stood|stands|rose|climbed|jumped|fell|reached|hit"
    r"|totaled|totalled|numbered|number|numbering|estimated|put|now|currently|at|to|of|be|being|been"
    r"|approached|neared|topped|passed|surpassed|exceeded"
    r"|range|ranged|ranging|from|between)[ \t]+)+(?:the[ \t]+)?$"
)


def _plural_like(word: str) -> bool:
    w = word.lower()
    return (
        w.endswith("s") and not w.endswith(("ss", "us", "ous", "is", "'s", "’s")) and len(w) > 3
    ) or w in ("people", "men", "women", "children", "police", "personnel", "crew", "staff", "feet")


def counted_noun_after(text: str, end: int) -> str:
    """The noun right after a number, lowercased ("five suspicious boats" -> "boats"), or ""."""
    pos = end
    skip = _LEAD_SKIP.match(text, pos)
    if skip:
        pos = skip.end()
    ident = _IDENT_WORD.match(text, pos)
    if ident:
        pos = ident.end()  # "six AK-47 rifles": the model name is not what is counted
    words: list[str] = []
    proper: list[str] = []  # capitalised modifiers skipped so far
    for _ in range(6):
        m = _WORD.match(text, pos)
        if not m:
            break
        word = m.group("w")
        low = word.lower()
        if low in STOPWORDS and not (len(word) > 1 and word.isupper()):  # "US troops", not "us"
            if low in ("and", "or") and words and len(words) < 3:
                pos = m.end()  # "American and British troops", "home and cellular numbers"
                continue
            break
        pos = m.end()
        if _plural_like(word) and not _ACRONYM.fullmatch(word):
            return _clean(word)
        if (
            _PROPER_MODIFIER.fullmatch(word)
            and len(proper) < 3
            and len(words) == len(proper)
            and _WORD.match(text, pos) is not None
        ):
            proper.append(word)
            words.append(word)
            continue
        words.append(word)
        if len(words) - len(proper) >= 3:
            break
        if low.endswith(("ed", "ing")) and len(words) > 1:
            words.pop()
            break
    if not words:
        return ""
    first = next((w for w in words if w not in proper), words[0])
    if first.lower().endswith(("ed", "ing", "ly")):
        return ""
    return _clean(first)


def counted_noun_before(text: str, start: int) -> str:
    """The noun a number refers back to ("the troops are between ..." -> "troops"), or ""."""
    m = _BEFORE.search(text[max(0, start - 70) : start])
    if not m:
        return ""
    noun = m.group("noun")
    if _ACRONYM.fullmatch(noun):
        return ""  # an acronym ("SARS", "NATO") is a name, not what is counted
    if noun.lower() in STOPWORDS or (
        not _plural_like(noun) and noun.lower() not in ("toll", "total", "number")
    ):
        return ""
    if noun.lower() == "toll":
        return "people killed"
    return _clean(noun)


def _clean(word: str) -> str:
    return word.lower().strip(".'’-")


def crowd_noun(noun: str) -> bool:
    """Whether a counted noun may name the people of a gathering ("union members", "Greeks")."""
    from reader.core.units import singular

    if not noun:
        return True
    last = noun.split()[-1]
    return singular(last) in _CROWD_NOUNS


def human_noun(noun: str) -> bool:
    """Whether a counted noun names people (so that "killed" or "injured" applies to it)."""
    from reader.core.units import singular

    return singular(noun.split()[-1]) in _HUMAN
