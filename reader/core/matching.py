"""Whether two figures from different articles are about the same thing."""

from __future__ import annotations

import math
import re

from reader.core import units
from reader.core.ages import one_named_person, one_person, one_unnamed, other_people
from reader.core.countries import only_countries
from reader.core.exchange import one_currency
from reader.core.figures import ABOARD, CASUALTY_EVENTS, STUFF_FAMILIES, Figure, aboard_load, vague
from reader.core.nouns import GAME_STATS, GENERIC_NOUNS, human_noun
from reader.core.occasions import (
    MAX_RATIO,
    different_spans,
    hours_apart,
    lead_in_untold,
    one_moment,
    one_onset,
    other_events,
    periods_differ,
    quarters_differ,
    weekdays_apart,
    word_for_word,
)
from reader.core.ordinals import PLACE
from reader.core.retelling import (
    STAT_FAMILIES,
    lines_meet,
    near_words,
    retold,
    said_alike,
    small_whole,
    stat_line,
    told_alike,
)
from reader.core.stances import measures_differ, measures_meet, poll_against_result, stances_differ
from reader.core.verdicts import one_value_in_two_units
from reader.core.wording import (
    anchors_differ,
    both_name_both,
    content_list,
    content_stems,
    names_meet,
    places_differ,
    same_place,
    stem,
)

CROSS_FAMILIES = frozenset({"count", "money", "percent", "distance", "weight", "duration", "area"})
_CASUALTIES = CASUALTY_EVENTS
_COUNTED = "counted"  # the measure of how far a count of votes has gone (`stances`)
_GENERIC_PEOPLE = "person"  # the counted noun of "people", "persons"
_MAX_CROWD_RATIO = 10.0  # but estimates of one crowd may be this far apart
_WHEN_FAMILIES = frozenset({"date", "year", "time"})
_HYPHEN_UNIT = re.compile(r"\w-[A-Za-z]+$")
# a sum of money or a span of time twice as large in a sentence told otherwise is another sum or
# span ("$5 billion for the wall", "a $2.5 billion compromise"; "six years" and "12 years" of one
# career), seldom a misreport: such figures may differ less than twofold (others up to MAX_RATIO)
_SUM_RATIO = 2.0
_VAGUE_SUM = re.compile(r"(?i:\b(?:hundreds|thousands|millions|billions|trillions)\b)")
_SUM_FAMILIES = frozenset({"money", "duration"})
_ADJECTIVAL_SPAN = re.compile(r"(?i:-(?:second|minute|hour|day|week|month|year)$)")  # "a 24-hour strike"
_CLOSE_FAMILIES = frozenset({"money", "temperature", "weight", "area", "volume", "speed"})
_CLOSE_RATIO = 1.5
_ANNUALIZED_RATIO = 2.0  # a yearly rate is about four times the quarter's own change
_EARLIER = frozenset(stem(w) for w in ("last", "previous", "prior", "earlier"))
# words that make a role another, lesser one: "as an assistant coach" is not "as coach"
_LESSER_ROLE = frozenset(stem(w) for w in ("assistant", "deputy", "vice", "associate", "interim", "acting"))
# counted nouns that split a toll by sex, age or kin: parts of it, not another telling of it
_PARTS_OF_A_TOLL = frozenset(
    "woman man child kid boy girl baby infant adult teenager member relative".split()
)
_CROSS_MONEY_RATIO = 2.0  # across groups, sums further apart than this are different sums
_SHARED_CONTEXT = 2  # words besides the counted noun two sentences of one small count share at least
_TOLD_FAMILIES = frozenset({"tally", "money", "count", "percent"})
_VOTERS = 20  # a tally of this many or more counts voters
_VOTES_APART = 1.25  # one vote's totals differ by abstentions and absences, not by a quarter
_DISTINCT_VALUE = 1000  # a value this large seldom recurs in a story by chance
_SMALL_COUNT = 100  # counts below this recur in a story by chance ("two boats", "three fights")
# what a count of outages or of damaged buildings names, one outlet to the next
_PREMISES = frozenset(
    "home house household property customer business premise connection building dwelling".split()
)
_BODY_RATIO = 1.2  # two counts of one body of people, told otherwise, this far apart at most
_AGREEING_RATIO = 1.1  # across points, closer still: a count and its larger whole may be a fifth apart
_RATIO_FAMILIES = frozenset({"count", "money", "percent", "duration", "distance", "weight", "age"})


def _one_change(a: Figure, b: Figure) -> bool:
    """Where two changes of one point end, when they start from one value: "raise the retirement
    age from 60 to 65" and "from 60 to 67", "the toll rose from 12 to 15" and "from 12 to 19"."""
    return bool(a.then) and a.then == b.then and not (a.past or b.past)


def same_thing(a: Figure, b: Figure, *, in_group: bool, short: bool = False) -> float | None:
    """A score when `a` and `b` (of one family, different articles) may be about the same thing.

    None when they are not: different currencies, casualty events, counted nouns, date
    roles ("since" vs "on"), places, owners ("Bush's rate", "the Clintons' rate") or years
    ("$10 million in 2013", "$30 million in 2014"); a time since an event against a span;
    figures too far apart to be one thing misreported; nothing in common around the
    numbers. Across groups dates are compared only in two retellings of one event. Figures of
    two `short` texts (each the only one of its kind in its text) are compared as in one group.
    """
    family = a.family
    if short and (_place_unmatched(a, b) or _place_unmatched(b, a)):
        return None  # two short texts, one tied to a place the other does not name
    # one holder's record ("Klitschko (52-3)", "Indianapolis' record rose to 9-5"), in any point
    record = family == "tally" and bool(a.record_of & b.record_of)
    if not in_group and not record:  # the cheap tests of the cross-group rules below, first
        if family == "date":
            if not retold(a, b):
                return None
        elif family not in CROSS_FAMILIES:
            # ages beside one name, whatever else the sentences say, or the story's one age; the
            # times two reports give for the start of one event ("the fire started around 1:45")
            if not (one_named_person(a, b) or story_age(a, b) or one_onset(a, b) or one_person(a, b)):
                return None
        elif (
            family != "count"
            and len(a.sentence_words & b.sentence_words) < 2
            and not (_story_figures(a, b) or _story_measure(a, b))
        ):
            return None  # neither a shared context nor a headline's sole figure
    if _told_apart(a, b, in_group):
        return None
    if record:
        return _RECORD_MATCH
    near = near_words(a, b)
    wide = len(a.sentence_words & b.sentence_words)
    noun_match = bool(a.noun) and (
        a.noun == b.noun
        or _people_and_who(a, b, in_group)
        or (in_group and _one_body_agreeing(a, b))
        or _one_vote_side(a, b)
    )
    equal = 2.0 if (a.lo, a.hi) == (b.lo, b.hi) and not math.isnan(a.lo) else 0.0
    # of two candidates, the one that fits is the likelier counterpart ("35.7" for "35.72")
    fits = 1.0 if not equal and max(a.tol_lo, b.tol_lo) <= min(a.tol_hi, b.tol_hi) else 0.0
    score = near + 0.2 * wide + 3 * noun_match + equal + fits
    if (
        stat_line(a, b)
        and not (told_alike(a, b) and lines_meet(a, b))
        and not (in_group and _line_retold(a, b))
        and not said_alike(a, b, noun_match)
        and not (in_group and one_value_in_two_units(a, b))
        and not (in_group and _alone_alike(a, b))
        # each article's one count of a specific thing, however crowded its sentence ("A bus
        # carrying 52 passengers plunged about 200 meters ..., killing 24" / "48 passengers");
        # not what a sports line counts: another player's points are his own
        and not (a.noun not in GAME_STATS and (_story_count(a, b) or _story_load(a, b)))
        and not _story_measure(a, b)
        # in one point, the stuff each measures: "310 millimetres of rain in 48 hours" / "More
        # than 300 millimetres (12 inches) of rain fell ... in two days"
        and not (in_group and a.stuff and a.stuff == b.stuff)
        and not (
            in_group
            and noun_match
            and a.noun not in GENERIC_NOUNS
            and a.noun not in GAME_STATS
            and a.event == b.event
            and not (a.past_year or b.past_year)
        )
    ):
        return None  # "29 of 34 passes for 364 yards": a line of figures, each its own thing
    if in_group:
        if (
            family in _WHEN_FAMILIES
            and not told_alike(a, b)
            and not one_moment(a, b, near)
            and not one_onset(a, b, in_group=True)
            and not _dated_by_one_figure(a, b)
            and not _one_founding(a, b)
            and not _one_year_told_alike(a, b)
        ):
            return None  # one row often dates several events: the talks Sunday, the trip Monday
        if family == "count":
            if not (
                noun_match
                or (not (a.noun and b.noun) and near >= 2)
                or (a.noun and b.noun and _transposed(a, b))
                or _one_change(a, b)
            ):
                return None
            skip = a.unit_stems | b.unit_stems
            if (
                noun_match
                and max(a.hi, b.hi) < _SMALL_COUNT
                and not (a.event or equal or (a.other and b.other))
                and near_words(a, b, skip=skip) == 0
                and len(a.sentence_words & b.sentence_words - skip) < _SHARED_CONTEXT
                and not _parts_of_one_whole(a, b)
            ):
                # a story holds many small counts of one noun ("his three fights with Holyfield",
                # "the two fights out there for Wlad"): with nothing else in common, two things
                return None
        elif (
            near < 1
            and not equal
            and (not _sole_figures(a, b, wide) or _apart(a, b))
            and not _one_of_a_kind(a, b)
            and not _close_sole_measures(a, b)
            and not one_value_in_two_units(a, b)
            and not one_named_person(a, b)
            and not one_person(a, b)
            # the one age each report gives, one of them told of the story's subject ("The
            # 26-year-old pulled away" / "The Kenyan, aged 27"), as across points
            and not ((a.nominal or b.nominal) and story_age(a, b))
            and not measures_meet(a.measure, b.measure)  # "7% of its workforce" / "9% of its staff"
            # one named runner's place: "Kenta Mori finished sixth" / "Mori came seventh"
            and not (family == "ordinal" and a.q.unit == PLACE and a.names & b.names)
            and not (family in _RATIO_FAMILIES and family != "age" and _transposed(a, b))
            and not _dated_by_one_figure(a, b)
            and not (a.set_number and a.set_number == b.set_number)  # the same set of a match
            and not _one_founding(a, b)
            and not _one_change(a, b)
            and not one_onset(a, b, in_group=True)  # "the structure gave way" / "came down": one start
            and not _one_finish(a, b)
            and not (a.stuff and a.stuff == b.stuff)  # "310 millimetres of rain" / "300 millimetres of rain"
        ):
            return None
        return 1.0 + score
    # across groups: a specific counted thing and a shared context
    if family == "date":
        return score if retold(a, b) and near >= 1 else None
    if family not in CROSS_FAMILIES:
        return (
            score
            if one_named_person(a, b) or story_age(a, b) or one_onset(a, b) or one_person(a, b)
            else None
        )
    # each article's one depth, fall or altitude is the story's, wherever each sentence places it
    # ("cruising at 35,000 feet over Austria" / "had been flying at 31,000 feet")
    measure = _story_measure(a, b)
    if places_differ(a.context_places, b.context_places) and not (_country_and_town(a, b) or measure):
        return None
    if (
        (_place_unmatched(a, b) or _place_unmatched(b, a))
        and not measure
        and not (
            # one count of one thing, agreeing or the story's one count of it, where one sentence names
            # the place and the other none (not a crowd of "people": a day of protests has one in each
            # town)
            not (a.named and b.named)
            and a.noun not in GENERIC_NOUNS
            and (_agreeing_count(a, b) or _story_count(a, b) or _story_load(a, b))
        )
    ):
        return None
    shared = (
        wide + len(a.context_places[0] & b.context_places[0]) + len(a.context_places[1] & b.context_places[1])
    )
    if family == "count":
        if not noun_match or a.event != b.event:
            return None
        if a.noun in GENERIC_NOUNS and not a.event and len(a.after & b.after) < 2 and not _aboard(a, b):
            return None
        lone_tolls = a.event in _CASUALTIES and a.lone_toll and b.lone_toll and not (vague(a) or vague(b))
        story_count = _story_count(a, b) or _agreeing_count(a, b) or _story_load(a, b) or _story_crowd(a, b)
        if shared < 2 and not (lone_tolls or story_count):
            return None
        # the same place named, or the same words around the numbers besides the noun itself
        same_place = bool(
            (a.context_places[0] & b.context_places[0]) or (a.context_places[1] & b.context_places[1])
        )
        # a casualty toll is seldom two different things in one story; other counts need more
        # and the size of a crowd is one thing unless the places differ
        needed = 0 if a.event == "crowd" else 0.5 if a.event in _CASUALTIES else 1 if a.event else 2
        if lone_tolls or story_count:
            needed = 0  # each article's one count of the rescued, the missing: the story's one toll
        if not same_place and near_words(a, b, skip=a.unit_stems | b.unit_stems) < needed:
            return None
        return score
    headline_match = (a.headline or b.headline) and a.q.unit == b.q.unit and _sole_figures(a, b, wide)
    framed = a.alone and b.alone and bool(a.before & b.before) and bool(a.after & b.after)
    if (
        (near < 2 or (wide < 3 and not framed))
        and not headline_match
        and not (_story_figures(a, b) or _story_measure(a, b))
    ):
        # a headline states the story's key figure: its only one of a kind may match; so may
        # two sole figures framed by the same words ("would save £150m a year" / "the cuts
        # would save £180 million a year")
        return None
    if family == "money" and _ratio(a, b) > _CROSS_MONEY_RATIO:
        return None  # a story has many sums ("$5 billion" demanded, "$1.6 billion" requested before)
    return score


# what a run of games, or games counted, was: won or lost ("lost" and "losing" read as "+down")
_WON = frozenset(content_list("win wins winning won victory victories unbeaten undefeated"))
_LOST = frozenset(content_list("loss losses lost losing defeat defeats defeated winless"))
_STREAK = frozenset(content_list("streak streaks run skid slide"))


def _result(f: Figure) -> str:
    """ "won" or "lost" for a count of games or a streak told as wins or as losses, else ""."""
    words = f.before | f.after
    if f.noun not in ("game", "match") and not words & _STREAK:
        return ""
    won, lost = bool(words & _WON), bool(words & _LOST)
    return "won" if won and not lost else "lost" if lost and not won else ""


# what makes a distance a zone's size rather than how far one thing is from another
_ZONE = frozenset(content_list("radius zone perimeter cordon buffer within"))


def _zone(f: Figure) -> bool:
    return bool((f.after | f.before) & _ZONE)


def _results_differ(a: Figure, b: Figure) -> bool:
    first, second = _result(a), _result(b)
    return bool(first and second and first != second)


def _told_apart(a: Figure, b: Figure, in_group: bool) -> bool:
    """Whether two figures of one family are told as two things: other currencies, events,
    nouns, owners, stances, measures, periods, places or years, a conversion, a part against a
    whole, values too far apart to be one thing misreported. The same in a point and across
    points but for ages (`in_group`: in one point a sentence naming nobody may give the age of
    the person the other names)."""
    family = a.family
    if family != "money" and (a.converted or b.converted):
        return True  # "10 inches (25 centimetres)": the bracket converts the report's own figure
    if family not in _WHEN_FAMILIES and _loose_bound(a, b):
        return True  # "injuring at least two people" in one attack / "at least 70 people injured"
    if family == "money" and a.currency and b.currency and not one_currency(a, b):
        # sums in other currencies are other quantities, as people annotate them: the day's rate
        # is unknown ("110 billion euros" and "$144 billion"); "crowns" and "kroner" may be one
        return True
    if family == "money" and (_VAGUE_SUM.search(a.q.text) or _VAGUE_SUM.search(b.q.text)):
        return True  # "billions of dollars" says money is at stake, not how much: nothing to check
    if family in ("date", "year") and a.role != b.role:
        return True
    if a.said != b.said:
        return True  # "officials said Saturday" dates the telling; "exploded late Friday", the event
    if a.event != b.event and not (
        # in one point, a count told with its event and one told without, within a fiftieth:
        # "59,870 dengue patients have been admitted" / "nearly 60,000 people have needed hospital
        in_group and not (a.event and b.event) and _near_twins(a, b)
    ):
        return True
    if a.beaten != b.beaten:
        return True  # "a new world record of 3:48.68" / "broke the previous world record of 3:49.04"
    if _results_differ(a, b):
        return True  # "a three-game losing streak" / "an 11-game win streak": wins are not losses
    if family == "distance" and _zone(a) != _zone(b):
        return True  # "within a 15-nautical-mile radius" sets a zone; "13 nautical miles away" places a ship
    if (
        a.noun
        and b.noun
        and a.noun != b.noun
        and not _people_and_who(a, b, in_group)
        and not _one_vote_side(a, b)
        # "48,000 homes and businesses" / "84,000 properties" in one point: one count, its
        # digits swapped, whatever each calls what it counts
        and not (in_group and _transposed(a, b))
        and not (in_group and _one_body_agreeing(a, b))
    ):
        return True
    if a.subject and b.subject and not names_meet(a.subject, b.subject):
        return True  # "Bush paid 36 percent", "the Clintons' rate was 35.7 percent"
    if a.lead and b.lead and not (names_meet(a.lead, b.subject) or names_meet(b.lead, a.subject)):
        return True  # "the Orioles offered Teixeira $150 million", "the Red Sox ... $184 million"
    if a.elapsed != b.elapsed:
        return True  # "the 15 years since they left office" is no span of returns
    if (
        family in STAT_FAMILIES
        and a.cumulative != b.cumulative
        and (a.lo, a.hi) != (b.lo, b.hi)
        # a running total and a count that can be it, or within a twentieth of it, are one total
        # told twice ("In all, 41 people were injured" / "more than 40 injured", "In all, 1,021
        # patients" / "A record 1,012 patients"); further apart they are a total and a part ("a
        # total of nine satellites" / "eight smaller satellites")
        and not max(a.tol_lo, b.tol_lo) <= min(a.tol_hi, b.tol_hi)
        and _stated_ratio(a, b) > _TOTAL_TOLD_TWICE
    ):
        return True  # "14 rifles in five operations so far" against "six rifles" in this one
    if a.nationwide != b.nationwide and _part_of_whole(*((a, b) if a.nationwide else (b, a))):
        return True  # "across the country, at least 11 protesters died" / "three people were killed in Homs"
    if a.part_alone != b.part_alone and (a.lo, a.hi) != (b.lo, b.hi):
        return True  # "In Sambava district alone, five people died" / "death toll rises to 17"
    if a.separate != b.separate and _separate_case(*((a, b) if a.separate else (b, a))):
        return True  # "the airstrike on Nabatieh killed nine" / "A separate strike near Tyre killed five"
    if a.core != b.core:
        return True  # "Core inflation ... was 2.4 percent" / "Consumer prices rose 3.2 percent"
    if a.basis and b.basis and a.basis != b.basis:
        return True  # "0.8% quarter on quarter" / "Year on year, growth ... was 3.2%"
    if a.market and b.market and a.market != b.market:
        return True  # "4.1 million domestic passengers" / "International traffic ... 1.9 million passengers"
    if a.other != b.other and (a.lo, a.hi) != (b.lo, b.hi):
        return True  # "the three holdouts" and "the other nine jurors": two parts of a whole
    if a.current != b.current and (a.lo, a.hi) != (b.lo, b.hi):
        return True  # "currently, 66" against "raising the retirement age to 69": now and proposed
    if (b.lo in a.then or a.lo in b.then) and (a.lo, a.hi) != (b.lo, b.hi):
        return True  # the other's figure is the past value this sentence sets against the present
    if a.past != b.past and not _told_of_before(b if a.past else a) and (a.lo, a.hi) != (b.lo, b.hi):
        return True  # "up from 71 trillion rupiah this year" against next year's "185 trillion"
    if (a.measure == "yard line") != (b.measure == "yard line"):
        return True  # "on the seven-yard line" is a place; "nine yards behind the line" a distance
    if _COUNTED in (a.measure, b.measure) and (a.lo, a.hi) != (b.lo, b.hi):
        return True  # "with 92% of polling stations counted" / "99.1% of tables tallied": two moments
    if measures_differ(a.measure, b.measure) or (
        a.span and b.span and a.span != b.span and "annualized" not in (a.span, b.span)
    ):
        return True  # "54 percent of the vote" / "turnout at 61 percent"; a quarter's sum / the year's
    if (a.span == "annualized") != (b.span == "annualized") and _ratio(a, b) >= _ANNUALIZED_RATIO:
        # "an annualised expansion of 2.4%" against "grew 0.6%" in the quarter: a yearly rate is
        # about four times the quarter's; a figure near it is that rate with its words left out
        return True
    if quarters_differ(a, b):
        return True  # "2.4 percent in the second quarter", "0.9 percent in the January-March quarter"
    if a.record != b.record and (a.lo, a.hi) != (b.lo, b.hi):
        return True  # "breaking the previous record of 931" against today's "1,021 patients"
    if stances_differ(a.stance, b.stance) and (a.lo, a.hi) != (b.lo, b.hi):
        return True  # "demanding a 6 percent pay rise", "has offered a 2.5 percent increase"
    if a.condition != b.condition and (a.lo, a.hi) != (b.lo, b.hi):
        return True  # "valid only with a turnout of more than 50 percent", "turnout was almost 90%"
    if (
        a.role_as
        and b.role_as
        and (not (a.role_as <= b.role_as or b.role_as <= a.role_as) or (a.role_as ^ b.role_as) & _LESSER_ROLE)
    ):
        # "seven seasons as an assistant coach", "three seasons as head coach" or "as coach"
        return True
    if a.share_of and b.share_of and not (a.share_of & b.share_of):
        return True  # "55 percent of traffic in Saudi Arabia", "65 per cent of traffic to India"
    if a.poll and b.poll and not (a.poll & b.poll):
        return True  # "a poll for Kathimerini found 68 per cent", "a poll by Ethnos said 83.3 percent"
    if poll_against_result(a, b) and (a.lo, a.hi) != (b.lo, b.hi):
        return True  # "one survey gave her 44 per cent" against the vote's "41.3 per cent"
    if family == "tally" and a.record_of and b.record_of:
        # "Klitschko (52-3)", "Rahman, 45-7-2": two records; one holder's records some games apart
        # ("the Tar Heels (10-0)", "the Tar Heels (14-1)") are of two dates
        games_a, games_b = _games(a), _games(b)
        return (
            not (a.record_of & b.record_of)
            or (games_a is not None and games_b is not None and abs(games_a - games_b) > _RECORD_GAMES)
            or bool(a.record_game and b.record_game and a.record_game != b.record_game)  # after two games
        )
    if family == "tally" and (a.running or b.running) and _games(a) != _games(b):
        return True  # "record rose to 9-5", "the Colts stand at 10-5": a standing a game apart
    if a.part != b.part and (a.lo, a.hi) != (b.lo, b.hi):
        return True  # "scored seven points in the first half" / "finished with 14 points"; a lead
    if family in ("money", "weight") and a.models and b.models and not a.models & b.models:
        return True  # "$1,799 for the 15-inch model" / "$2,199 for the 2.3 GHz model": two models
    if family == "tally" and a.set_number and b.set_number and a.set_number != b.set_number:
        return True  # "6-3, 7-5" / "6-4, 7-5": the first set against the first, the second against the second
    if family == "tally" and _other_sides(a, b):
        return True  # "a 108-70 rout of the College of Charleston", "a 91-73 victory over Evansville"
    if family == "tally" and _two_votes(a, b):
        return True  # "passed the housing bill 84 to 56" / "in the Senate ... 35 votes to 33": two votes
    if (
        a.compound != b.compound
        and (a.lo, a.hi) != (b.lo, b.hi)
        and not _one_whole_told(a, b)
        # a part and a count within a twentieth of it, tens or more, are one count told twice
        # ("Bucharest accounted for 1,102 of the cases" / "In the capital, 1,120 cases")
        and not _near_twins(a, b, _TOTAL_TOLD_TWICE)
    ):
        return True  # "a five-boat attack" says how big the attack was, not how many were caught
    if a.whole != b.whole and (a.lo, a.hi) != (b.lo, b.hi):
        return True  # "Seven of its 11 carriages came off the rails" / "Eight carriages left the rails"
    if family == "age" and (
        not (
            a.names & b.names
            or one_unnamed(a, b, in_group)
            or one_named_person(a, b)
            or story_age(a, b)
            or one_person(a, b)
        )
        or other_people(a, b)
    ):  # a name that opens the sentence is among no sentence's names: "Nowak, 46, a former ..."
        return True
    if family == "magnitude" and a.aftershock != b.aftershock:
        return True  # "The magnitude 7.1 earthquake struck", "A magnitude 5.8 aftershock rattled": two quakes
    if family == "date" and (different_spans(a, b) or weekdays_apart(a, b) or other_events(a, b)):
        return True
    if family == "date" and (lead_in_untold(a, b) or lead_in_untold(b, a)):
        return True  # "was charged with murder Saturday", "opened fire at a party Friday": two events
    if family == "time" and hours_apart(a, b) and not word_for_word(a, b):
        return True  # "began at 0300 GMT", "as of 1100 GMT": two moments of one day, no misreport
    if family == "distance" and anchors_differ(a.anchor, b.anchor):
        return True  # "15 miles north of Detroit" places a building; "chased for 30 miles" does not
    if family == "distance" and (_stuff_untold(a, b) or _stuff_untold(b, a)) and not _transposed(a, b):
        return True  # "10 inches of rain" and "a storm surge of up to 15 feet"
    if family in STUFF_FAMILIES and (_sized_apart(a, b) or _sized_apart(b, a)):
        return True  # "carrying 170,000 tonnes of iron ore", "the 200,000-tonne bulk carrier"
    if a.of_what and b.of_what and not a.of_what & b.of_what:
        return True  # "a two-year extension of tax cuts", "a 13-month extension of unemployment insurance"
    if family == "distance" and _sizes(a) and _sizes(b) and not (a.after & b.after):
        return True  # "a 28-yard pass", "a 41-yard touchdown catch": the sizes of two things
    if family == "distance" and a.q.unit == b.q.unit == "yard" and _sizes(a) != _sizes(b):
        return True  # "got 108 yards receiving" sums a game; "a 41-yard touchdown catch" is one play
    if (
        places_differ(a.places, b.places)
        and not both_name_both(a.places[0], a.names, b.places[0], b.names)
        and not _one_place_told(a, b)
        and not (_named_beside(a, b) or _named_beside(b, a))
        # in one point, a country and a place in it: "coal miners were killed ... in the Degari
        # coalfield" / "workers died ... inside a coal mine in Pakistan"
        and not (in_group and _country_and_town(a, b))
        # in one point, one amount told twice within a fiftieth, wherever each places it
        # ("carrying 243 passengers and crew from Cebu City" / "More than 240 people were on
        # board" off Panglao island)
        and not (in_group and _near_twins(a, b))
    ):
        return True
    if family == "percent" and (_owned_elsewhere(a, b) or _owned_elsewhere(b, a)):
        return True  # "Unemployment in Marseille stood at 9.4 percent" / "France's jobless rate held at 7.5%"
    if a.event == b.event == "crowd" and a.named and b.named and not same_place(a.named, b.named):
        return True  # "around 20,000 protesters in Patras", "20,000 marched in the city of Thessaloniki"
    if a.background != b.background and (a.period is None or b.period is None):
        return True  # "In 2018, police seized nearly nine tonnes" against this week's seizure
    if a.side and b.side and a.side != b.side:
        return True  # "The ruling party won 159 seats", "the main opposition alliance secured 40 seats"
    if a.span_part or b.span_part:
        return True  # "42 minutes" of "11 hours 42 minutes": its span is compared, not the part
    if a.phase and b.phase and a.phase != b.phase:
        return True  # "Some 17,000 runners started the race" / "16,480 runners finished"
    if a.aside != b.aside and (a.lo, a.hi) != (b.lo, b.hi):
        return True  # "Earlier Saturday, a crowd of about 1,000 ..." against the day's main rally
    if _this_and_last_year(a, b) and (a.lo, a.hi) != (b.lo, b.hi):
        return True  # "5.3 million this year" / "4.7 million foreign visitors last year"
    if {a.past_year, b.past_year} == {0, 2}:
        return True  # "Last year, a shooting outside an Atlanta nightclub ... wounded nine" against this one
    if periods_differ(a.period, b.period):
        return True  # "$10 million in 2013" and "$30 million in 2014": different years, different sums
    return _too_far(a, b)


# the last word of a venue's name: a venue lies in a city ("at Apollo Projects Stadium" / "in
# Christchurch", "from the Guiana Space Centre" / "from Kourou")
# (not "park", "church", "hall": street names end so, "Church Ave.", "Park Lane")
_VENUES = frozenset(
    "stadium arena oval centre center cathedral theatre theater auditorium racecourse circuit".split()
)


def _one_place_told(a: Figure, b: Figure) -> bool:
    """Whether two sentences that name different places may name one: one names a site of the
    place the other names ("at the port of Guayaquil" / "bound for Antwerp at Guayaquil"), or
    a venue in a place that may hold it ("at Apollo Projects Stadium" / "in Christchurch")."""
    named_a, named_b = a.places[0], b.places[0]
    if (not named_a and named_b and named_b <= a.named) or (not named_b and named_a and named_a <= b.named):
        return True  # "at the port of Guayaquil" names the site, and the city too
    venue_a, venue_b = bool((named_a | a.places[1]) & _VENUES), bool((named_b | b.places[1]) & _VENUES)
    return bool(named_a and named_b) and venue_a != venue_b


def _other_sides(a: Figure, b: Figure) -> bool:
    """Two scores made against different sides, neither named anywhere in the other's sentence: two
    games. "The Crusaders beat the Chiefs 24-19" and "The Chiefs went down 27-19 to the
    Crusaders" name each other's side, one game; so do "Ghana beat Nigeria 3-1" and "Nigeria's
    Super Eagles went down 2-1 to the Black Stars"."""
    return bool(
        a.opponents
        and b.opponents
        and not a.opponents & b.opponents
        and not a.opponents & b.sentence_words
        and not b.opponents & a.sentence_words
    )


def _dated_by_one_figure(a: Figure, b: Figure) -> bool:
    """Two dates or times, each its sentence's only one, in sentences that give one other figure
    alike ("passed the bill 34-26 on March 14", "final approval on March 15 in a 34-26 vote"):
    the moment of the thing both tell, though in other words."""
    if a.family not in ("date", "time") or not (a.alone and b.alone):
        return False
    # a small whole number recurs in a story by chance, and so do measures that describe (a
    # quake's magnitude, a distance); two values told, or one no chance repeats, say one thing
    shared = [v for family, v in a.line & b.line if family in _TOLD_FAMILIES and not small_whole(v)]
    return len(shared) >= 2 or any(not v.is_integer() or v >= _DISTINCT_VALUE for v in shared)


def _two_votes(a: Figure, b: Figure) -> bool:
    """Two tallies of many voters whose totals are far apart: two votes, not one misreported
    (a game's score, "3-1" / "2-1", may differ by a goal)."""
    total_a, total_b = a.lo + a.hi, b.lo + b.hi
    if min(total_a, total_b) < _VOTERS:
        return False
    return max(total_a, total_b) / min(total_a, total_b) > _VOTES_APART


def _owned_elsewhere(a: Figure, b: Figure) -> bool:
    """`a` is told of a named place ("in Marseille") and `b` belongs to another name that its
    sentence gives instead ("France's jobless rate"), the place unnamed there: for rates, where
    a city's and its country's are told side by side."""
    if not (a.places[0] and b.subject) or b.places[0]:
        return False
    place = {stem(p) for p in a.places[0]}
    if not place & a.before:
        return False  # "... to 924.42 as of 9:33 a.m. in New York": the place is not the rate's
    return not (place & b.subject) and not (a.places[0] & b.names)


def _people_and_who(a: Figure, b: Figure, in_group: bool = False) -> bool:
    """One casualty count of "people", the other of people named by what they are, each the only
    count of its sentence: "Twelve people were injured" and "18 passengers were hurt" count one
    toll ("two women and one man died" are parts of "Three people"). Across points the other
    tests still ask for a shared context. In one point two such tolls of people named otherwise
    are one toll too ("Twelve coal miners were killed", "Eleven workers died"). With no casualty
    verb, two such counts in one point are one body when each is the only count of its sentence
    and their numbers lie within a fifth ("18 workers were inside the mine" / "Sixteen miners");
    further apart they are often two bodies ("2,100 people" a firm employs, "7,800 employees" of
    its customer)."""
    if not (a.noun and b.noun and human_noun(a.noun) and human_noun(b.noun)):
        return False
    if _aboard(a, b):
        return True
    if not (a.event and a.event == b.event and a.event in _CASUALTIES):
        return (
            in_group
            and a.event == b.event
            and a.alone
            and b.alone
            and not ({a.noun, b.noun} & _PARTS_OF_A_TOLL)
            and not (a.other or b.other)
            and (
                _stated_ratio(a, b) <= _STORY_RATIO
                # told in the same words around the numbers, further apart: "Three former county
                # officials were each jailed" / "Four former county officers were jailed"
                or (
                    _stated_ratio(a, b) <= _TOLD_ALIKE_RATIO
                    and near_words(a, b, skip=a.unit_stems | b.unit_stems) >= _TOLD_ALIKE_WORDS
                )
            )
        )
    if a.alone and b.alone and _GENERIC_PEOPLE in (a.noun, b.noun):
        return True
    # in one point, but not a toll told by sex or age ("two women and one man", "three workers")
    return in_group and not ({a.noun, b.noun} & _PARTS_OF_A_TOLL) and not (a.other or b.other)


def _named_beside(a: Figure, b: Figure) -> bool:
    """Whether `a`, its sentence's only figure of its family, stands in a sentence that also names
    every place `b` is told of ("travelling from La Paz ... with 44 passengers on board when it
    left the road near the village of Yolosa" / "near Yolosa ... carrying 48 passengers"): one
    place, though each figure's own words name another. Not a sentence of two figures, one a
    place's ("In Paris, police counted 24,000; in Lyon, 10,000")."""
    return a.alone and bool(b.places[0]) and b.places[0] <= a.named


def _one_vote_side(a: Figure, b: Figure) -> bool:
    """Two counts of one side of a vote, whatever each counts ("while 16 lawmakers abstained" /
    "with 18 abstentions", "116 votes in favour" / "backed by 116 deputies")."""
    return (
        a.family == "count"
        and a.measure == b.measure
        and a.measure in _VOTE_SIDES
        and bool(a.sentence_words & _VOTE_WORDS)
        and bool(b.sentence_words & _VOTE_WORDS)  # not "vaccinated against measles"
    )


_VOTE_SIDES = frozenset({"for", "against", "abstained"})
_VOTE_WORDS = frozenset(
    stem(w) for w in "vote votes voted voting ballot abstain abstained abstention motion resolution".split()
)


def _country_and_town(a: Figure, b: Figure) -> bool:
    """One sentence names only the country, the other a place in it ("killed 23 in Colombia" /
    "in Urrao, western Antioquia"): one place told at two scales, unless a sentence counts the
    whole country ("across the country")."""
    (named_a, _), (named_b, _) = a.context_places, b.context_places
    # a share or a sum is told of a country as a whole ("Romania accounted for more than half"); a
    # storm's category is one at landfall ("came ashore in western Cuba" / "in Artemisa province")
    if (
        a.family not in ("count", "distance", "category")
        or not (named_a and named_b)
        or a.nationwide
        or b.nationwide
    ):
        return False
    return only_countries(named_a) != only_countries(named_b)


def _loose_bound(a: Figure, b: Figure) -> bool:
    """A one-sided bound and a figure `_LOOSE_BOUND` times beyond it: "injuring at least two
    people" (in one attack) / "at least 70 people injured" (in the riots), "recharged up to 1,000
    times" / "three times": a bound so loose says nothing of the other figure, which counts
    something else (a part against its whole, a multiplier against a count)."""
    for x, y in ((a, b), (b, a)):
        y_low = y.lo if math.isfinite(y.lo) else y.hi
        y_high = y.hi if math.isfinite(y.hi) else y.lo
        if x.lo > 0 and math.isfinite(x.lo) and not math.isfinite(x.hi) and y_low >= _LOOSE_BOUND * x.lo:
            return True
        if not math.isfinite(x.lo) and 0 < y_high <= x.hi / _LOOSE_BOUND:
            return True
    return False


_LOOSE_BOUND = 5


def _aboard(a: Figure, b: Figure) -> bool:
    """Two counts of the people on board ("a bus carrying 52 passengers", "about 210 people were on
    board", "carrying 29 children"): one load, whatever each calls the people, unless one counts
    the others ("two other crew members")."""
    return a.measure == b.measure == ABOARD and aboard_load(a) and aboard_load(b)


def _kind_of_noun(noun: str) -> str:
    """What a counted noun names, broadly: people, or the premises a utility serves."""
    if units.singular(noun.split()[-1]) in _PREMISES:
        return "premises"  # "customers" without power are homes and businesses
    return "people" if human_noun(noun) else ""


def _one_body_agreeing(a: Figure, b: Figure) -> bool:
    """In one point, two counts of many people (or premises) named otherwise whose values agree:
    "More than 12,000 runners" / "12,400 participants", "about 9,000 rail workers" / "some 8,800
    members", "About 2,000 homes" / "1,987 customers". Two unrelated bodies of hundreds seldom
    agree by chance; counts that differ stay apart, the noun being all that says they are one."""
    if a.family != "count" or not (
        a.noun and b.noun and _kind_of_noun(a.noun) == _kind_of_noun(b.noun) != ""
    ):
        return False
    if min(a.lo, b.lo) < _SMALL_COUNT or _stated_ratio(a, b) > _BODY_RATIO:
        return False
    return max(a.tol_lo, b.tol_lo) <= min(a.tol_hi, b.tol_hi)


def _this_and_last_year(a: Figure, b: Figure) -> bool:
    """One sentence says "this year" and the other names an earlier year ("last year"), not both."""
    return (a.this_year and not a.last_year and b.last_year and not b.this_year) or (
        b.this_year and not b.last_year and a.last_year and not a.this_year
    )


def _earlier(fig: Figure) -> bool:
    """Whether a figure's sentence speaks of an earlier period ("last year's", "the previous")."""
    return bool(fig.sentence_words & _EARLIER)


def _told_of_before(fig: Figure) -> bool:
    """A figure its sentence tells of an earlier time ("Last year, ...", "In 2018, ...")."""
    return bool(fig.past_year or fig.background)


def _one_whole_told(a: Figure, b: Figure) -> bool:
    """Both sentences give one whole besides these figures ("A$1.1 billion ..., including A$245
    million for the bus corridor" / "A$1.1 billion, with A$254 million set aside for the bus
    corridor"): the figures are the same part of it, however each is attached."""
    own = {(a.family, a.lo), (a.family, a.hi), (b.family, b.lo), (b.family, b.hi)}
    # a whole is no smaller than its parts: "Five soldiers died, four from friendly fire" and
    # "Three of the four soldiers killed by friendly fire" share a four that five is no part of
    top = max(a.lo, b.lo)
    return any(family == a.family and value >= top for family, value in (a.line & b.line) - own)


def _parts_of_one_whole(a: Figure, b: Figure) -> bool:
    """Two parts of a whole of the same size ("won 12 of the 24 seats" / "took 14 of the 24
    contested seats"): the same share of one thing, whatever else the sentences say."""
    return a.compound and b.compound and _one_whole_told(a, b)


def _close_sole_measures(a: Figure, b: Figure) -> bool:
    """Two sums, temperatures, weights, areas or volumes in one point, each the only one of its
    family in its sentence and near in value ("$139 million" / "$138.7 million", "£45 million" /
    "£54m", "Madrid reached 40.2C" / "In Madrid, the thermometer climbed to 40.8C", "crops on
    38,000 hectares" / "Nearly 40,000 hectares of cropland"): one thing told in
    other words, however few words they share. Not spans and distances: a point holds many
    (a player's yards and his team's, a sentence and the time served)."""
    if a.family not in _CLOSE_FAMILIES or not (a.alone and b.alone) or a.headline or b.headline:
        return False
    if _earlier(a) != _earlier(b):
        return False  # "Last year's plan totaled $3.1 billion" against this year's $3.4 billion
    if a.record != b.record:
        return False  # "Temperatures reached 38.4C" against "the all-time record of 41.2 degrees"; not
        # "a fee of £45 million, a record for the club", which is this sum
    return _ratio(a, b) <= _CLOSE_RATIO


# a finishing time told to the second: "2:01:26", "1:52.03", "2 hours 3 minutes 21 seconds"
_TO_THE_SECOND = re.compile(
    r"(?i:\d:\d\d|\bminutes?[ \t]+(?:and[ \t]+)?\d+[ \t]+seconds?\b|\d[ \t]*min[ \t]*\d+[ \t]*s)"
)
_FINISH_CLOSE = 1.01
_WINNING = frozenset(content_list("win wins won winning victory title champion"))


def _one_finish(a: Figure, b: Figure) -> bool:
    """Two times told to the second, of one named person, within a hundredth of each other, in
    one point ("Kiprono won the Berlin Marathon on Sunday in 2:01:26" / "Daniel Kiprono ...
    crossing the line in 2:01:36"): one finishing time, whatever else the sentences time ("about a
    minute outside the world record")."""
    if a.family != "duration" or a.record or b.record or a.beaten or b.beaten:
        return False
    if not (_TO_THE_SECOND.search(a.q.text) and _TO_THE_SECOND.search(b.q.text)):
        return False
    if not all(f.sentence_words & _WINNING and not f.placed for f in (a, b)):
        return False  # the winner's time, not the runner-up's ("Kibet was second in 2:05:52")
    people = (a.names - a.named) & (b.names - b.named)
    return bool(people) and _ratio(a, b) <= _FINISH_CLOSE


def _one_of_a_kind(a: Figure, b: Figure) -> bool:
    """Magnitudes, or tallies of one total, each the only one of its sentence, in one point.

    A story has one quake and one vote to a point: "The magnitude 6.2 quake struck at 3:36
    a.m." and "The 6.0-magnitude earthquake hit at 3:36 a.m." give its magnitude in other
    words; "passed 52-48" and "approved the bill 51-49" count one vote of 100 senators.
    """
    if not (a.alone and b.alone) or a.aftershock != b.aftershock:
        return False
    if a.family == "magnitude":
        return True
    ends = (a.q.low, a.q.high, b.q.low, b.q.high)
    if a.family != "tally" or any(end is None for end in ends):
        return False
    total_a = float(a.q.low or 0) + float(a.q.high or 0)
    total_b = float(b.q.low or 0) + float(b.q.high or 0)
    return abs(total_a - total_b) <= 0.05 * max(total_a, total_b)


def story_age(a: Figure, b: Figure) -> bool:
    """The one age each report gives, a year or two apart: the story's one person ("Lindqvist,
    23" / "the 22-year-old"), unless the two are told as other people."""
    return (
        a.family == "age"
        and a.one_of_kind
        and b.one_of_kind
        and abs(a.lo - b.lo) <= _STORY_AGE_GAP
        and not other_people(a, b)
    )


_STORY_AGE_GAP = 2


def _story_figures(a: Figure, b: Figure) -> bool:
    """Each the only value its article gives of its kind (not a count), close in value: the
    story's turnout or fine told in two reports, however few words their sentences share."""
    return (
        a.family != "count"
        and a.one_of_kind
        and b.one_of_kind
        and _ratio(a, b) <= _STORY_RATIO
        and (bool(a.sentence_words & b.sentence_words) or measures_meet(a.measure, b.measure))
    )


_STORY_RATIO = 1.2
# one amount told twice (`_near_twins`): tens or more, within a fiftieth wherever each report
# places it or whatever event it is told with, within a twentieth as a running total or a part
_TOLD_TWICE_MIN = 10
_TWINS_RATIO = 1.02
_TOTAL_TOLD_TWICE = 1.05
# estimates of the story's one crowd (`_story_crowd`) may be this far apart
_STORY_CROWD_RATIO = 2.0
# ... and two lone counts of people named otherwise in one point, told with at least this many
# shared words around their numbers (`near_words`), may be this far apart
_TOLD_ALIKE_RATIO = 1.5
_TOLD_ALIKE_WORDS = 3


def _story_measure(a: Figure, b: Figure) -> bool:
    """Each the only distance its article gives of one measure, how far the vehicle fell, how
    deep the mine or the quake, how high the plane flew ("tumbled roughly 650 feet into a gorge" /
    "rolled about 300 metres down the slope"; "a depth of about 120 metres" / "about 150 metres
    below the surface"): the story's one such distance, however few words the sentences share."""
    return (
        a.family == "distance"
        and a.measure in _STORY_MEASURES
        and a.measure == b.measure
        and a.one_of_kind
        and b.one_of_kind
        and not (vague(a) or vague(b))
        and _ratio(a, b) <= _STORY_MEASURE_RATIO
    )


_STORY_MEASURES = frozenset({"fall", "depth", "altitude"})
_STORY_MEASURE_RATIO = 2.5


def _story_count(a: Figure, b: Figure) -> bool:
    """Each the only value its article gives of one specific counted thing, close in value and
    told with a word in common, or few and stated close: the story's one count of it ("A bus
    carrying 52 passengers plunged ..." / "the vehicle was carrying 48 passengers and two
    drivers"; "The mudslide destroyed 18 homes" / "The mud buried 16 houses")."""
    return (
        a.family == "count"
        and bool(a.noun)
        and ((a.noun == b.noun and a.noun not in GENERIC_NOUNS) or _aboard(a, b))
        and a.one_of_kind
        and b.one_of_kind
        and not (vague(a) or vague(b))
        and _ratio(a, b) <= _STORY_RATIO
        # with no word in common besides the noun, only a few, stated close ("at least 544 women"
        # is no count of the women "as many as 1.5 million" counts; "About 40,000 nurses will
        # strike" is part of a country's "roughly 45,000 nurses")
        and (
            bool((a.sentence_words & b.sentence_words) - a.unit_stems - b.unit_stems)
            or (max(a.lo, b.lo) < _SMALL_COUNT and _stated_ratio(a, b) <= _STORY_RATIO)
        )
    )


def _story_load(a: Figure, b: Figure) -> bool:
    """Each the only count its article gives of the people on board, up to twice the other
    ("Around 300 passengers were on board" / "The train, carrying some 420 passengers"): the
    story's one load, however few words the sentences share. Loads are estimated loosely, and
    a story seldom tells two."""
    return (
        a.family == "count"
        and _aboard(a, b)
        and a.one_of_kind
        and b.one_of_kind
        and not (vague(a) or vague(b))
        and _ratio(a, b) <= _LOAD_RATIO
    )


_LOAD_RATIO = 2.0


# the families whose values within a fiftieth of each other are seldom two things by chance (not
# shares, years, dates, ages, clock times or temperatures: "41.6%" and "42.1%" for two
# candidates, a man of 40 and a woman of 42, "46.1C" in one town and "44.6 degrees" in another)
_TWIN_FAMILIES = frozenset({"count", "money", "distance", "weight", "area", "volume", "speed", "duration"})


def _near_twins(a: Figure, b: Figure, ratio: float = _TWINS_RATIO) -> bool:
    """Two amounts, tens or more, that differ by `ratio` at most (a fiftieth unless told): one
    amount told twice."""
    return a.family in _TWIN_FAMILIES and min(a.lo, b.lo) >= _TOLD_TWICE_MIN and _stated_ratio(a, b) <= ratio


def _story_crowd(a: Figure, b: Figure) -> bool:
    """Each the only crowd its article counts, within `_STORY_CROWD_RATIO`: "about 30,000 spectators
    lined the outrun" / "Around 25,000 fans ... rose as one" tell the story's one crowd, however
    little else their sentences share (crowds of two places are kept apart before)."""
    return (
        a.event == b.event == "crowd"
        and a.one_of_kind
        and b.one_of_kind
        and not (vague(a) or vague(b))
        and _stated_ratio(a, b) <= _STORY_CROWD_RATIO
    )


def _agreeing_count(a: Figure, b: Figure) -> bool:
    """Two counts of one specific thing whose values agree within a tenth, hundreds or more, or
    each its article's one count of that thing: "More than 2,300 firefighters" / "Some 2,450
    firefighters", "A crowd of 48,772" / "almost 49,000". Such counts seldom agree by chance
    however little else their sentences share; a count and the larger whole it is part of
    ("About 40,000 nurses will strike" / "has roughly 45,000 nurses") often do within a fifth."""
    if a.event != b.event or not (
        a.noun
        and (a.noun not in GENERIC_NOUNS or a.event == "crowd")
        and (a.noun == b.noun or _one_body_agreeing(a, b))
    ):
        return False  # of the generic "people", only a crowd's size
    if vague(a) or vague(b) or _stated_ratio(a, b) > _AGREEING_RATIO:
        return False
    if min(a.lo, b.lo) < _SMALL_COUNT and not (a.one_of_kind and b.one_of_kind):
        return False
    return max(a.tol_lo, b.tol_lo) <= min(a.tol_hi, b.tol_hi)


def _stated_ratio(a: Figure, b: Figure) -> float:
    """How many times the larger of the numbers two figures state is the smaller: "at least 544"
    states 544, "as many as 1.5 million" 1.5 million (infinite when one states none)."""
    x, y = (f.lo if math.isfinite(f.lo) else f.hi for f in (a, b))
    if not (math.isfinite(x) and math.isfinite(y)) or min(x, y) <= 0:
        return math.inf
    return max(x, y) / min(x, y)


def _ratio(a: Figure, b: Figure) -> float:
    """How many times the larger of two figures' lower ends is the smaller (1 when unknown)."""
    low, high = sorted((a.lo, b.lo))
    if not (math.isfinite(low) and math.isfinite(high)) or low <= 0:
        return 1.0
    return high / low


def _alone_alike(a: Figure, b: Figure) -> bool:
    """In one point, each the only figure of its family in its sentence (a count, of one noun),
    with words around both ("fell about 200m down a steep icy gully" / "falling 200ft from a
    ridge"): one thing, however many other figures the sentences give. Not a sports line's yards
    or game counts, which every player has."""
    return (
        a.alone
        and b.alone
        and "yard" not in (a.q.unit, b.q.unit)
        and a.noun not in GAME_STATS
        and (a.family != "count" or (bool(a.noun) and a.noun == b.noun))
        and not (a.anchor or b.anchor)  # "24km north of Detroit" and "50 miles north of" it: two places
        and near_words(a, b, skip=a.unit_stems | b.unit_stems) >= 2
    )


def _sizes(fig: Figure) -> bool:
    """A measure written as a compound adjective ("a 28-yard pass"): the size of the thing after it."""
    return bool(_HYPHEN_UNIT.search(fig.q.text))


_RECORD_GAMES = 2  # one holder's records this many games apart at most are of one date, told two ways
_RECORD_MATCH = 6.0  # the score of one holder's two records: above what shared words alone give


def _games(fig: Figure) -> float | None:
    """The games a win-loss standing counts (9-5 -> 14): two standings of other sums are of other dates."""
    if fig.q.low is None or fig.q.high is None:
        return None
    return fig.q.low + fig.q.high


def _place_unmatched(a: Figure, b: Figure) -> bool:
    """Across groups: `a` is tied to a named place that `b` does not share.

    Two different named places are two places, unless one name nearly holds the other
    (a transliteration: "Salonika", "Thessaloniki"). A count tied to a named place ("in
    Thessaloniki, 20,000 marched") is not set against one whose sentence and the one
    before it name no place: a story's figures for other towns are other figures. A
    casualty toll is the exception: it is seldom told twice for two places.
    """
    if a.family != "count" or not a.named:
        return False
    if b.named:
        return not same_place(a.named, b.named)  # "in Heraklion" and "in the city of Thessaloniki"
    if a.event in _CASUALTIES:
        return False  # "injured two", "injured three in Qeshm"
    if a.named & b.context_places[0]:
        return False
    # the other sentence names the place too, in words not read as a place: "destroyed 38 homes
    # near Bunbury" / "Eighty-three houses were razed by the Bunbury blaze"
    return not all(_names_in(place, b.sentence_words) for place in a.named)


def _part_of_whole(whole: Figure, part: Figure) -> bool:
    """`whole` is told for a whole country and `part` for a place it does not name, with another value."""
    if (whole.lo, whole.hi) == (part.lo, part.hi) or only_countries(part.named):
        return False  # "infected more than 3,400 people in Zambia" is the whole country's count
    return any(not _names_in(place, whole.sentence_words) for place in part.named - whole.named)


def _separate_case(separate: Figure, other: Figure) -> bool:
    """`separate` is told of another case than the story's, at a place `other`'s sentence does
    not name ("A separate strike on Monday near Tyre killed five" / "Monday's airstrike on
    Nabatieh killed nine"): then `other` tells of the story's own case. Without a place to tell
    the cases apart, the other sentence may tell of that separate case itself."""
    return bool(separate.named) and not all(
        place in other.named or _names_in(place, other.sentence_words) for place in separate.named
    )


def _names_in(place: str, words: frozenset[str]) -> bool:
    """Whether every content word of a place's name is among `words` (content stems)."""
    stems = content_stems(place)
    return bool(stems) and stems <= words


def _stuff_untold(a: Figure, b: Figure) -> bool:
    """Whether `a` measures a stuff ("242 mm of rain") that `b` measures another of or does not
    name beside its number ("up to 15 feet" of storm surge; "water about 2,300 metres deep" does)."""
    if not a.stuff:
        return False
    if b.stuff:
        return a.stuff != b.stuff
    return a.stuff not in b.before | b.after


# nouns that name an amount of a stuff, not a thing of its own size: "a 2.5-tonne haul" may be
# the "2.5 tonnes of cocaine" seized
_AMOUNTS = frozenset(
    stem(w)
    for w in (
        "haul",
        "shipment",
        "consignment",
        "load",
        "cargo",
        "spill",
        "slick",
        "stockpile",
        "batch",
        "delivery",
        "seizure",
        "stash",
        "cache",
        "stretch",
        "tract",
        "swath",
        "swathe",
        "area",
        "plot",
        "parcel",
        "patch",
        "total",
        "amount",
        "quantity",
        "volume",
        "release",
        "leak",
        "discharge",
    )
)


def _sized_apart(a: Figure, b: Figure) -> bool:
    """Whether `a` measures a stuff ("170,000 tonnes of iron ore") and `b` sizes a thing named
    after it ("the 200,000-tonne bulk carrier") that is neither that stuff nor an amount of it."""
    if not a.stuff or b.stuff or not _sizes(b):
        return False
    return a.stuff not in b.before | b.after and not b.after & _AMOUNTS


def _line_retold(a: Figure, b: Figure) -> bool:
    """Two lines of figures in one point that give two or more of the same other values, one of
    them not a small whole number: one line retold in other words ("2,531 people waited more
    than eight hours, while 1,247 waited longer than 12 hours" / "More than 2,500 patients
    spent over eight hours ..., and 1,274 were there for longer than 12 hours")."""
    own = {(a.family, a.lo), (a.family, a.hi), (b.family, b.lo), (b.family, b.hi)}
    shared = (a.line & b.line) - own
    return len(shared) >= 2 and any(not small_whole(value) for _family, value in shared)


def _sole_figures(a: Figure, b: Figure, wide: int) -> bool:
    """Each the only figure of its family in its sentence, the sentences alike, the values close.

    Headlines and short sentences have few words around a figure; a headline needs two shared
    words, other sentences three.
    """
    if not (a.alone and b.alone) or wide < (2 if a.headline or b.headline else 3):
        return False
    if math.isnan(a.lo) or math.isnan(b.lo) or math.isinf(a.lo) or math.isinf(b.lo) or min(a.lo, b.lo) <= 0:
        return True
    return max(a.lo, b.lo) / min(a.lo, b.lo) <= 2


def _apart(a: Figure, b: Figure) -> bool:
    """Two years that do not overlap: in one point they are often two events ("2003", "2013")."""
    return a.family == "year" and (a.hi < b.lo or b.hi < a.lo)


# verbs that date a thing's beginning or its making: one such year of one thing per story
_FOUNDING_CLASSES = (
    frozenset({"found", "estab", "creat", "form"}),  # founded, established, created, formed
    frozenset({"built", "const", "compl", "finis", "erect"}),  # built, constructed, completed
)


# words that say which kind of year it is, not what happened in it: "by fiscal 2027" (a target)
# and "for fiscal 2025" (this budget) are two years
_YEAR_KINDS = frozenset(stem(w) for w in ("fiscal", "financial", "calendar", "academic", "tax"))


def _one_year_told_alike(a: Figure, b: Figure) -> bool:
    """In one point, each sentence's only year told after the same word ("has been idle since
    2019" / "has been idle since 2018", "is scheduled to open in 2031" / "when it opens in
    2032"): one year, told differently."""
    return (
        a.family == "year"
        and a.alone
        and b.alone
        and bool(a.lead_word)
        and a.lead_word == b.lead_word
        and a.lead_word not in a.name_stems
        and a.lead_word not in _YEAR_KINDS
    )


def _one_founding(a: Figure, b: Figure) -> bool:
    """Two years of one point told with verbs of one beginning ("Founded in 1962" / "established
    in 1971", "completed in 1487" / "finished in 1512"): the same year, told differently."""
    return a.family == "year" and any(a.before & verbs and b.before & verbs for verbs in _FOUNDING_CLASSES)


def _too_far(a: Figure, b: Figure) -> bool:
    """Figures more than `MAX_RATIO` times apart (sums and spans of time: twice, unless the
    sentences are told alike) are not one thing reported differently."""
    if a.family not in _RATIO_FAMILIES:
        return False
    low = max(a.lo, b.lo)
    high = min(a.hi, b.hi)
    if math.isnan(low) or math.isinf(low) or math.isinf(high) or high <= 0:
        return False
    # crowd estimates differ tenfold (police and organisers); other figures seldom do
    if a.event == b.event == "crowd":
        return low / high > _MAX_CROWD_RATIO
    if low / high < _SUM_RATIO or (low / high <= MAX_RATIO and a.family not in _SUM_FAMILIES):
        return False
    if _transposed(a, b):
        return False  # "R3.1 billion" / "R1.3bn", "148mm" / "184 millimetres": two digits swapped
    if a.family in _SUM_FAMILIES and low / high <= MAX_RATIO:
        if a.family == "duration" and _ADJECTIVAL_SPAN.search(a.q.text) and _ADJECTIVAL_SPAN.search(b.q.text):
            return False  # "a 24-hour strike" / "a two-day walkout": each the length of its event
        return not told_alike(a, b)  # "the strike lasted 24 hours" / "... 48 hours": one strike
    return True


def _digits(value: float) -> str:
    return format(value, "f").rstrip("0").rstrip(".") if value == value else ""


def _transposed(a: Figure, b: Figure) -> bool:
    """Whether two exact figures differ only by two adjacent digits swapped ("4.2" / "2.4",
    "286" / "268"): the commonest slip in copying a figure, seldom two things' values."""
    if a.lo != a.hi or b.lo != b.hi:
        return False
    x, y = _digits(a.lo), _digits(b.lo)
    if len(x) != len(y) or x == y:
        return False
    diff = [k for k in range(len(x)) if x[k] != y[k]]
    return len(diff) == 2 and diff[1] == diff[0] + 1 and x[diff[0]] == y[diff[1]] and x[diff[1]] == y[diff[0]]
