"""Whether two ages are one person's: beside one name, one sentence naming nobody, or the
ages of different people ("Ortiz, 35" / "Orozco, 27"; "the 35-year-old deputy" / "the
29-year-old gang member")."""

from __future__ import annotations

import re

from reader.core.figures import Figure
from reader.core.wording import stem

_BEFORE_NOUN = re.compile(r"(?i:-old)$")  # "the 35-year-old deputy"
_ANYONE = frozenset(stem(w) for w in "man woman boy girl person child teenager youth".split())


def one_named_person(a: Figure, b: Figure) -> bool:
    """Two ages set beside one full name ("Graham Whitlock, 62," / "Graham Whitlock, 64, of
    Duchy Road"), or one beside a name and the other written before it ("Caio Menezes, 19" /
    "The 21-year-old striker Menezes"): one person's age, wherever the aligner put the sentences."""
    if a.family != "age":
        return False
    for x, y in ((a, b), (b, a)):
        if x.holder and not y.holder and _named_after(y, x.holder):
            return True
    if not (a.holder and b.holder):
        return False
    if len(a.holder & b.holder) >= 2:
        return True
    # "Graham Talbot, 58," / "Talbot, 57,": the surname alone, the other's full name holding it
    short, full = sorted((a.holder, b.holder), key=len)
    return len(short) == 1 and len(full) >= 2 and short <= full


def one_person(a: Figure, b: Figure) -> bool:
    """The one age each report gives of one person told by what they are ("The driver, aged 43"
    / "The 38-year-old driver"): that person's age, wherever the aligner put the sentences."""
    return (
        a.family == "age"
        and bool(a.person)
        and one_role(a.person, b.person)
        and a.lone_person
        and b.lone_person
        and not (a.holder and b.holder and not a.holder & b.holder)
    )


def one_role(first: str, second: str) -> bool:
    """Whether two person nouns may name one person: one noun, and the word that says which one
    the same when both give one ("the driver" / "the bus driver", not "the pickup driver")."""
    if not (first and second):
        return False
    *which_a, noun_a = first.split()
    *which_b, noun_b = second.split()
    same = noun_a == noun_b or {noun_a, noun_b} <= _ASSAILANT
    return same and (not which_a or not which_b or which_a == which_b)


# the one who attacked, named any of these ways: "The gunman was identified as a 19-year-old man" /
# "The suspect, Tyler Graves, 20"
_ASSAILANT = frozenset("gunman shooter attacker assailant suspect killer bomber".split())


def one_unnamed(a: Figure, b: Figure, in_group: bool) -> bool:
    """Two ages in one point, each its sentence's only one, one sentence naming nobody: "Harold
    Jensen ... died at the age of 85" and "The 86-year-old Danish architect passed away"."""
    return in_group and a.alone and b.alone and (not _people_named(a) or not _people_named(b))


def _people_named(fig: Figure) -> frozenset[str]:
    """The names of a figure's sentence that are no place it names ("Rescuers in Izmir pulled a
    67-year-old woman" names nobody)."""
    return frozenset(n for n in fig.names if n.replace("'s", "").replace("’s", "") not in fig.named)


def other_people(a: Figure, b: Figure) -> bool:
    """Ages of different people.

    Named by different nouns: "the 35-year-old deputy", "the 29-year-old gang member" (only
    ages written before their noun; a plain noun, "a 61-year-old man", may name anyone).
    Beside different names: "Ortiz, 35" and "Orozco, 27". Or one beside a name the other
    sentence also names while it gives its age to someone else: "Jose Luis Orozco, 27" and
    "Orozco was charged with murdering the 35-year-old deputy".
    """
    if a.holder and b.holder:
        # "Gerald Pruitt, 58" / "His wife, Donna Pruitt, 55": one surname, two full names
        two_full_names = (
            len(a.holder) >= 2 and len(b.holder) >= 2 and not (a.holder <= b.holder or b.holder <= a.holder)
        )
        return not (a.holder & b.holder) or two_full_names
    if _role(a) and _role(b) and _role(a) != _role(b):
        return True  # "The victim, a 19-year-old student, was stabbed" / "A 23-year-old man has been charged"
    for x, y in ((a, b), (b, a)):
        if x.holder and not y.holder and x.holder & y.names and _owned(y) and not _named_after(y, x.holder):
            return True
    if not (_BEFORE_NOUN.search(a.q.text) and _BEFORE_NOUN.search(b.q.text) and a.after and b.after):
        return False
    if a.nominal or b.nominal:
        return False  # "The 26-year-old pulled away" names no noun to tell "the 27-year-old Kenyan" by
    return not (a.after & b.after) and not ((a.after | b.after) & _ANYONE)


_VICTIM = frozenset(stem(w) for w in "victim victims died killed stabbed murdered dead shot wounded".split())
_ACCUSED = frozenset(
    stem(w) for w in "charged arrested suspect accused detained convicted sentenced jailed remanded".split()
)


def _role(fig: Figure) -> str:
    """Whose age a sentence tells when it names nobody: the victim's or the accused's, or ""."""
    if fig.sentence_words & _ACCUSED:
        return "accused"  # "A 23-year-old man has been charged with murder": the accused's age
    return "victim" if fig.sentence_words & _VICTIM else ""


def _named_after(fig: Figure, holder: frozenset[str]) -> bool:
    """Whether an age written before a noun is followed by the holder's name and no other: "was
    52-year-old Declan Moriarty" against "Declan Moriarty, 47" is one man ("35-year-old Gary
    Gomes" against "Katherine Gomes, 61" is not)."""
    named = {stem(n) for n in fig.names} & fig.after  # the names right after the age
    return bool(named) and named <= {stem(word) for word in holder}  # not "35-year-old Gary Gomes"


def _owned(fig: Figure) -> bool:
    """An age written before a noun that names someone in particular ("the 35-year-old deputy")."""
    return bool(_BEFORE_NOUN.search(fig.q.text) and fig.after and not (fig.after & _ANYONE))
