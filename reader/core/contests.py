"""Numbers told by the context of a contest or a quake: a vote tally or a score, a team's
record, two sides' shares of a vote, and an earthquake's magnitude written with no unit."""

from __future__ import annotations

import re

from reader.core import numwords
from reader.core.atoms import Atom
from reader.core.model import Quantity
from reader.core.nouns import STOPWORDS
from reader.core.qualifiers import quantity_at
from reader.core.wording import stem

_TALLY_CONTEXT = re.compile(
    r"(?i:\b(?:vot(?:e|es|ed|ing)|ballots?|tally|margin|ruling|ruled|decision|decided|verdict|jury|court"
    r"|justices|senate|house|passed|approved|rejected|upheld|struck|confirmed|won|wins?|beat|beats"
    r"|backed|backing|adopted|endorsed|reading"  # "MPs backed the bill 312 to 270 at second reading"
    r"|defeated?|lost|loss|victory|score[ds]?|draw|tied|game|match|final|split|majority"
    r"|record|mark|opened|improved|streak|standings|start(?!-))\b)"  # a team's record: "opened 9-14"
)
# a team's record told by how its season went: "went 2-14", "finished 5-11", "an NFL-worst 2-14",
# "a franchise-best 13-3" (the smaller number first, so only such a word makes it no range)
_RECORD_BEFORE = re.compile(
    r"(?i:(?:\b(?:went|goes|go|going|finished|finishes|finish|finishing|ended|ends)"
    r"|[A-Za-z]-(?:worst|best))[ \t]+)$"
    # "Cheeks is 122-147 in three-plus seasons": a name's record
    r"|(?<![\w.])(?-i:[A-Z][\w'’.-]*)[ \t]+(?:is|was|are|were)[ \t]+$"
)
# "Jacksonville fell to 5-10 on its way to ...", "improved to 9-3.": a record moved to, nothing
# counted after it ("attendance fell to 20-30 people" is a range)
_RECORD_MOVED_BEFORE = re.compile(
    r"(?i:\b(?:fell|falls|dropped|drops|slipped|slips|improved|improves|moved|moves|climbed)[ \t]+to[ \t]+)$"
)
_NOTHING_COUNTED_AFTER = re.compile(
    r"[ \t]*(?:[,.;:)]|$"
    r"|(?i:on|in|at|with|after|before|for|and|as|this|last|since|overall|entering|heading)\b)"
)
_DASH_NUMBER = re.compile(r"[-–][ \t]*\d{1,3}\b(?![-–.,]\d)")
# "the Chiefs (2-13)", "the Orange (15-1, 3-0 Big East)", "his first season (5-11)": a record in
# brackets after a name or a season
_RECORD_BRACKET = re.compile(r"(?:[A-Z][\w.'’-]*|\b(?:season|campaign|year))[ \t]*\($")
# words of a contest before "X percent to Y percent": two sides' shares, not a range
_SPLIT_CONTEXT = re.compile(
    r"(?i:\b(?:vot(?:e|es|ed|ing)|ballots?|poll(?:s|ed)?|margin|won|wins?|beat|beats|defeated?|lost|led"
    r"|leads?|trail(?:s|ed)?|prevail(?:s|ed)?|failed|passed|approved|rejected|split|edged|outpolled)\b)"
)
# "a quake measuring 6.1", "7.8 on the Richter scale": a magnitude with no unit written
_QUAKE_WORD = r"(?:(?:earth)?quakes?|tremors?|temblors?|aftershocks?)\b"
_QUAKE = re.compile(rf"(?i:\b{_QUAKE_WORD})")
# "a 6.4 quake", "the 7.0-magnitude earthquake": a decimal straight before the quake
_QUAKE_AFTER = re.compile(rf"(?i:[ \t]*-?[ \t]*(?:magnitude[ \t]*-?[ \t]*)?{_QUAKE_WORD})")
_MEASURING_BEFORE = re.compile(r"(?i:\b(?:measuring|measured|registering|registered|of)[ \t]+)$")
_RICHTER_AFTER = re.compile(r"(?i:[ \t]+on[ \t]+the[ \t]+(?:open-ended[ \t]+)?Richter\b)")
_MAGNITUDE_BEFORE = re.compile(
    r"(?i:\bmagnitudes?(?:[ \t]+|[ \t]*-[ \t]*)(?:of[ \t]+)?"
    r"(?:(?:over|above|under|below|about|around|nearly|almost"
    r"|more[ \t]+than|less[ \t]+than|at[ \t]+least|up[ \t]+to|of)[ \t]+)?)$"
)


# a bowler's figures: wickets taken for runs given ("taking 5-42", "figures of 3-27")
_BOWLING_BEFORE = re.compile(
    r"(?i:\b(?:tak(?:ing|es)|took|claim(?:ed|ing|s)|return(?:ed|ing)|figures[ \t]+of)[ \t]+)$"
)
_CRICKET = re.compile(
    r"(?i:\b(?:bowled|bowling|bowler|overs|wickets?|innings|stumps|batting|Test|ODI|T20)\b)"
)
_VOTED_RIGHT_BEFORE = re.compile(r"(?i:\bvot(?:ed|es|ing)[ \t]+)$")
# a ballot told earlier in the sentence, its count after the thing voted on
_BALLOT_BEFORE = re.compile(
    r"(?i:\b(?:voters|ballots?|referendum|electorate|shareholders|members)\b[^.;]*"
    r"\b(?:approved|rejected|passed|backed|endorsed|defeated|voted)\b)"
)
_MOVED_BEFORE = re.compile(r"(?i:\b(?:rose|fell|grew|dropped|climbed|increased|decreased|from)\b[^.;]*$)")


def is_tally(text: str, a: Atom, b: Atom, link: str, kind: str) -> bool:
    """Whether "a-b" or "a to b" is a tally or a score ("won 3-1", "a 5-4 ruling", "the Chiefs
    (2-13)") rather than a range: two bare whole numbers below 1,000, the first at least the
    second or a contest's word near them; any two whole numbers right after "voted"."""
    if kind or link not in ("-", "–", "—", "to"):
        return False
    if link == "to" and _VOTED_RIGHT_BEFORE.search(text[max(0, a.start - 20) : a.start]):
        # "workers voted 1,032 to 168 to strike": a ballot's count, however large
        return a.low >= b.low and a.low.is_integer() and b.low.is_integer()
    if (
        link == "to"
        and a.low >= b.low
        and a.low.is_integer()
        and b.low.is_integer()
        and a.currency is None
        and not a.scaled
        and _BALLOT_BEFORE.search(text, max(0, a.start - 80), a.start)
        and not _MOVED_BEFORE.search(text, max(0, a.start - 30), a.start)
    ):
        return True  # "Voters approved the $38 million school bond 2,341 to 1,987"
    if not (_whole(a) and _whole(b)) or a.low > 999 or b.low > 999:
        return False
    if not (a.plain_int and b.plain_int) and (
        link != "to" or not _TALLY_CONTEXT.search(text, max(0, a.start - 30), a.start)
    ):
        return False  # a tally in words only after its contest's word: "ruled six to one"
    if link != "to" and _BOWLING_BEFORE.search(text, max(0, a.start - 25), a.start) and _CRICKET.search(text):
        return True  # "bowled out for 188, with Hartley taking 5-42": wickets for runs
    window = text[max(0, a.start - 50) : b.end + 30]
    context = (
        bool(_TALLY_CONTEXT.search(window))
        or (
            _RECORD_BRACKET.search(text, max(0, a.start - 40), a.start) is not None
            and text[b.end : b.end + 1] in (")", ",")
        )
        or (link != "to" and _RECORD_BEFORE.search(text, max(0, a.start - 30), a.start) is not None)
        or (
            link != "to"
            and _RECORD_MOVED_BEFORE.search(text, max(0, a.start - 30), a.start) is not None
            and _NOTHING_COUNTED_AFTER.match(text, b.end) is not None
        )
    )
    if link == "to":
        return context and a.low >= b.low
    if a.low >= b.low:
        return True
    return context


def _whole(atom: Atom) -> bool:
    """A whole number as a tally writes it: digits only, or small number words ("six")."""
    return atom.plain_int or (
        not atom.precise
        and not atom.scaled
        and not atom.vague
        and not atom.fraction
        and atom.low.is_integer()
    )


def tally_after(text: str, end: int) -> bool:
    """Whether "-30" after a number ending at `end` makes a tally of it, a contest's word near:
    "Senate Passes $1.2 Trillion Infrastructure Bill 69-30"."""
    return _DASH_NUMBER.match(text, end) is not None and _TALLY_CONTEXT.search(text) is not None


def shares_of_a_contest(text: str, start: int) -> bool:
    """Whether a contest's word comes before "X percent to Y percent" starting at `start`
    ("lost 45 percent to 55 percent", "trailed 45% to 49%": two sides' shares, not a range)."""
    return _SPLIT_CONTEXT.search(text[max(0, start - 50) : start]) is not None


_QUAKE_AT_BEFORE = re.compile(
    r"(?i:\b(?:measured|put|puts|registered|rated|estimated|gave|recorded)\b[^.;]{0,60}"
    r"\b(?:quake|earthquake|tremor|temblor|magnitude)\b[^.;]{0,30}\bat[ \t]+$)"
)


# a storm's category on the Saffir-Simpson scale or a cyclone scale: "made landfall as a Category
# 4 storm", "crossed the coast as a category four system", "a Category-5 super typhoon"
_CATEGORY_BEFORE = re.compile(r"(?i:\bcategory[ \t-]+$)")
_STORM = re.compile(r"(?i:\b(?:hurricanes?|cyclones?|typhoons?|storms?|tropical|landfall)\b)")


def is_storm_category(text: str, a: Atom, before: str) -> bool:
    """Whether the number `a` (with `before`, the text just before it) is a storm's category."""
    return (
        1 <= a.low <= 5
        and a.low == int(a.low)
        and bool(_CATEGORY_BEFORE.search(before))
        and _STORM.search(text, max(0, a.start - 120), a.end + 60) is not None
    )


def is_magnitude(text: str, a: Atom, before: str) -> bool:
    """Whether the number `a` (with `before`, the text just before it) is a quake's magnitude:
    "magnitude 6.1", "a quake measuring 6.1", "7.8 on the Richter scale", "a 6.4 quake"."""
    return bool(
        _MAGNITUDE_BEFORE.search(before)
        or (
            0 < a.low < 10
            and (_RICHTER_AFTER.match(text, a.end) or (not a.plain_int and _MEASURING_BEFORE.search(before)))
            and _QUAKE.search(text, max(0, a.start - 80), a.end + 80)
        )
        or (0 < a.low < 10 and not a.plain_int and a.precise and _QUAKE_AFTER.match(text, a.end))
        # "SSN measured Thursday night's Guerrero quake at 6.6", "put the magnitude of the quake at 6.8"
        or (
            0 < a.low < 10
            and not a.plain_int
            and a.precise
            and _QUAKE_AT_BEFORE.search(text, max(0, a.start - 100), a.start) is not None
        )
    )


# the side a score was made against: "beat the Cubs 5-3", "lost 2-0 to Angola", "a 91-73 victory
# over Evansville", "a 108-70 rout of the College of Charleston Cougars"
_SIDE = r"[A-Z][\w'’.-]*(?:[ \t]+(?:of[ \t]+)?[A-Z][\w'’.-]*){0,4}"
_OPPONENT_BEFORE = re.compile(
    r"(?i:\b(?:beat|beats|beating|defeat(?:s|ed|ing)?|down(?:s|ed)|edg(?:e|es|ed|ing)|thrash(?:es|ed)?"
    r"|rout(?:s|ed)?|trounc(?:e|es|ed)|crush(?:es|ed)|swept|sweeps?|overcame|stun(?:s|ned)|upset"
    r"|hammer(?:s|ed)|blank(?:s|ed)|outlast(?:s|ed)?|outscor(?:e|es|ed)|outplay(?:s|ed)?|topp(?:ed|le[sd]?)|tops"
    r"|oust(?:s|ed)?|eliminat(?:e|es|ed)|dispatch(?:es|ed)?|overpower(?:s|ed)?|clobber(?:s|ed)?|held[ \t]+off"
    r"|(?:slipped|squeaked|rolled|cruised|rallied|eased|got)[ \t]+(?:past|by)"
    r"|(?:lost|lose|loses|losing|fell|falls|went[ \t]+down)[ \t]+to"
    r"|dr[ae]w[ \t]+with|tied)[ \t]+(?:the[ \t]+)?)"
    rf"(?P<side>{_SIDE})[ \t]*,?[ \t]*$"
)
_OPPONENT_AFTER = re.compile(
    r"[ \t]*(?:(?i:(?:(?:home|road|away|overtime)[ \t]+)?(?:win|victory|rout|defeat|loss|triumph|drubbing"
    r"|thrashing|hammering|draw|tie)[ \t]+(?:over|against|of|to|with)"
    r"|over|against|to|versus|vs\.?|v\.?|with)[ \t]+(?:the[ \t]+)?)"
    rf"(?P<side>{_SIDE})"
)


def opponents(before: str, after: str) -> frozenset[str]:
    """Stems of the side a score was made against, named right before or after it ("beat the Cubs
    5-3" -> {"cubs"}, "a 91-73 victory over Evansville" -> {"evans"}); empty when none is named."""
    m = _OPPONENT_BEFORE.search(before) or _OPPONENT_AFTER.match(after)
    if m is None:
        return frozenset()
    return frozenset(stem(w) for w in m.group("side").split() if w.lower() not in STOPWORDS)


_SCORE_WORDS = {w: float(v) for w, v in numwords.SMALL.items() if v <= 10} | {"nil": 0.0, "love": 0.0}
# "beat Argentina three-nil", "won two-one", "drew one-all": a score in words
SCORE_TRIGGERS = frozenset(_SCORE_WORDS) | {"all"}
_SPELLED_SCORE = re.compile(
    rf"(?i:\b(?P<a>{'|'.join(_SCORE_WORDS)})[-–](?P<b>{'|'.join(_SCORE_WORDS)}|all)\b"
    r"|\b(?P<digits>\d{1,2})[-–](?P<nil>nil|love)\b"  # "beat Dundee 3-nil"
    r"|(?<![\d.,])(?P<tie>\d{1,3})[-–]all\b)"  # "a 13-all tie": a tie, whatever words are near
)
_SCORE_CONTEXT = re.compile(
    r"(?i:\b(?:beat|beats|beaten|won|win|wins|lost|lose|loses|drew|draw|drawn|thrash\w*|defeat\w*|victory"
    r"|score\w*|match|game|final|led|lead|trail\w*|edged?|routed?|crushed?|hammered)\b)"
)


def spelled_scores(text: str) -> list[Quantity]:
    """Scores in words after a contest's word: "beat Argentina three-nil", "drew one-all"; ties in
    digits anywhere ("forge a 13-all tie")."""
    out: list[Quantity] = []
    for m in _SPELLED_SCORE.finditer(text):
        if m.group("tie"):
            tie = float(m.group("tie"))
            out.append(quantity_at(text, m.start(), m.end(), "tally", tie, tie))
            continue
        if not _SCORE_CONTEXT.search(text, max(0, m.start() - 60), m.start()):
            continue
        if m.group("digits"):
            a, b = float(m.group("digits")), 0.0
        else:
            a = _SCORE_WORDS[m.group("a").lower()]
            other = m.group("b").lower()
            b = a if other == "all" else _SCORE_WORDS[other]
        out.append(quantity_at(text, m.start(), m.end(), "tally", a, b))
    return out


# "by a margin of two to one", "outnumbered three to one": a ratio set against one (a bare "one"
# is read as no figure elsewhere, "one of them")
_TO_ONE = re.compile(
    r"(?i:\b(?:margin[ \t]+of|ratio[ \t]+of|majority[ \t]+of|by|outnumber(?:ed|s|ing)?(?:[ \t]+\w+)?"
    r"|backed[ \t]+\w+(?:[ \t]+\w+)?)[ \t]+(?:about[ \t]+|almost[ \t]+|nearly[ \t]+|more[ \t]+than[ \t]+)?)"
    rf"(?P<a>{'|'.join(_SCORE_WORDS)}|\d{{1,2}})"
    r"[ \t]+to[ \t]+one\b"
)


def to_one(text: str) -> list[Quantity]:
    """A ratio against one after a margin's words: "backed the Tories by a margin of two to one"."""
    out: list[Quantity] = []
    for m in _TO_ONE.finditer(text):
        word = m.group("a").lower()
        a = float(word) if word.isdigit() else _SCORE_WORDS[word]
        if a > 1:
            out.append(quantity_at(text, m.start("a"), m.end(), "tally", a, 1.0))
    return out


# a stock split's ratio: "a 10-for-1 stock split", "a one-for-10 reverse split", "a 3-for-2 share split"
_SPLIT_WORDS = {w: v for w, v in numwords.SMALL.items() if 1 <= v <= 20}
_SPLIT_SIDE = rf"(?:{'|'.join(sorted(_SPLIT_WORDS, key=len, reverse=True))}|\d{{1,3}})"
_SPLIT = re.compile(
    rf"(?i:(?<![\w.-])(?P<a>{_SPLIT_SIDE})[ \t]*-[ \t]*for[ \t]*-[ \t]*(?P<b>{_SPLIT_SIDE})\b(?![.,]?\d|-)"
    r"(?=[ \t]+(?:(?:reverse|stock|share|forward)[ \t]+)*split))"
)


def split_ratios(text: str) -> list[Quantity]:
    """The ratio of a stock split, as a tally: "a 10-for-1 stock split" is 10 to 1."""
    out: list[Quantity] = []
    for m in _SPLIT.finditer(text):
        a, b = (_split_value(m.group(k)) for k in ("a", "b"))
        if a != b:
            out.append(quantity_at(text, m.start("a"), m.end("b"), "tally", a, b))
    return out


def _split_value(side: str) -> float:
    return float(side) if side.isdigit() else float(_SPLIT_WORDS[side.lower()])


# "412 voting in favour and 261 against", "58 votes in favour and 42 against", "310 for and 250
# against": a vote's tally told in words
_FOR_AND_AGAINST = re.compile(
    r"(?i:\b(?P<a>\d{1,3}(?:,\d{3})*)[ \t]+(?:votes?[ \t]+|voting[ \t]+|members[ \t]+voting[ \t]+)?"
    r"(?:in[ \t]+favou?r(?:[ \t]+of[ \t]+it)?|for|yes)[ \t]*,?[ \t]+(?:and|with|to|against)[ \t]+"
    r"(?P<b>\d{1,3}(?:,\d{3})*)(?:[ \t]+(?:votes?[ \t]+)?(?:voting[ \t]+)?(?:against|no)\b)?)"
)


def votes_for_and_against(text: str) -> list[Quantity]:
    """A vote's tally written as its two sides: "412 voting in favour and 261 against"."""
    out: list[Quantity] = []
    for m in _FOR_AND_AGAINST.finditer(text):
        joined = m.group(0)
        if "against" not in joined.lower() and " no" not in joined.lower():
            continue  # "58 for and 42": no side named for the second number
        a, b = (float(m.group(k).replace(",", "")) for k in ("a", "b"))
        out.append(quantity_at(text, m.start(), m.end(), "tally", a, b))
    return out
