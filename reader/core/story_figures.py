"""The figures of a set of articles, made comparable with what their articles say around them.

Each quantity becomes a `Figure` (`reader.core.figures`); here the article supplies what one
sentence cannot: the date its relative days count from (metadata, else the dateline), the
names it uses (whose figure each is), which figures share a sentence (alone or one of a line
of figures, a part of a whole, a past value against a present one) and the years written
for them ("$10 million in 2013").
"""

from __future__ import annotations

import math
import re
from collections import Counter, defaultdict
from collections.abc import Sequence
from dataclasses import replace
from itertools import pairwise

from reader.core import dates
from reader.core.exchange import kind_currency
from reader.core.figures import ABOARD, Figure, aboard_load, exact, make_figure, model_spec, time_unit_size
from reader.core.model import Article, Quantity
from reader.core.nouns import GAME_STATS, GENERIC_NOUNS
from reader.core.occasions import UNKNOWN_YEAR
from reader.core.ordinals import PLACE
from reader.core.stances import NAME_TITLES
from reader.core.wording import dateline_end, named_places, names, stem, subject_names

_WRITTEN_YEAR = re.compile(r"\d{4}|['’]\d\d\b|/\d\d\b")
# whose income, tax rate, resignation, seasons with the team, yards
_SUBJECT_FAMILIES = frozenset({"money", "percent", "date", "count", "duration", "distance"})
# whose points, whose time: a player's or a runner's, named as the sentence opens ("Shy Ely put
# up 23 points"); a share or a sum opens with its firm told in many ways ("Norwegian fish farmer")
_OPENING_NAME_FAMILIES = frozenset({"count", "duration"})

# families that date or time a sentence's events, or describe its people ("Gray, 16, was shot"),
# rather than count or measure
_WHEN = frozenset({"date", "year", "time", "age"})


# a toll told as a count that grows, or as it stood at a moment: "rose to 57 on Wednesday", "had
# risen to 17 by Sunday morning", "By Tuesday evening, authorities had confirmed 41 deaths"
_TOLL_UPDATE = re.compile(
    r"(?i:\b(?:rose|risen|rises|climbed|climbs|jumped|increased|stood[ \t]+at|stands[ \t]+at|as[ \t]+of"
    r"|by[ \t]+(?:late[ \t]+|early[ \t]+)?(?:mon|tues|wednes|thurs|fri|satur|sun)day)\b)"
)


# a toll told as risen to its value, the verb right before it: "The death toll rose to 13",
# "has risen to 71", "Confirmed deaths climbed to 44"
_TOLL_RISEN = re.compile(
    r"(?i:\b(?:rose|risen|rises|rising|climbed|climbs|jumped|increased|grew|grown)[ \t]+(?:further[ \t]+)?to"
    r"(?:[ \t]+(?:at[ \t]+least|about|around|nearly|more[ \t]+than))?[ \t]*$)"
)


# a clause of its own that opens with a subject written in lower case: "... unions are demanding
# a pay rise, after management offered 2.2 percent", "while the company said"
_OWN_CLAUSE = re.compile(
    r"\b(?:after|while|whereas|but|although|though|because|when)[ \t]+"
    r"(?:(?:the|its|their|his|her)[ \t]+)?[a-z][\w-]*[ \t]+(?:[a-z][\w-]*[ \t]+)?"
    r"(?:had[ \t]+|has[ \t]+|have[ \t]+|was[ \t]+|were[ \t]+)?[a-z]+(?:ed|s)\b"
)


def _kind_key(fig: Figure) -> tuple[str, ...]:
    """What a figure is a value of within its article, as far as its own words tell."""
    # the people on board are one load, whatever a sentence calls them ("52 passengers", "54 people")
    noun = ABOARD if fig.measure == ABOARD and aboard_load(fig) else fig.noun
    # a figure told for a whole country is not one of the local story's ("Turnout in Lublin was
    # 37.9%" / "Nationwide, turnout in Sunday's mayoral runoffs was 29.3%")
    return (fig.q.article, fig.family, kind_currency(fig), fig.measure, noun, fig.event, str(fig.nationwide))


_WHILE = re.compile(r",[ \t]+(?:while|whereas)\b")


def _own_clause(prefix: str) -> str:
    """The words before a figure in its own clause: the names of an earlier clause with another
    subject ("The CGT and SUD-Rail unions are demanding 5 percent, after management offered
    2.2 percent") are not whose the figure is."""
    starts = [m.start() for m in _OWN_CLAUSE.finditer(prefix)]
    # "Meneses ... was given six years in jail, while his former chief of staff, Rui Falcão,
    # received four years": the clause after "while" is another's, whatever lies between
    starts += [m.start() for m in _WHILE.finditer(prefix)]
    return prefix[max(starts) :] if starts else prefix


def reference_date(article: Article) -> str:
    """The date relative days in `article` refer to (ISO): its metadata date, else its dateline."""
    return publication(article)[0]


def publication(article: Article) -> tuple[str, str]:
    """An article's reference date (ISO) and readable publication stamp."""
    datelines = [s.text for s in article.sentences[:4] if s.role == "dateline"]
    day, stamp = dates.publication(article.date, datelines)
    return (day.isoformat() if day else ""), stamp


def _resolve_date(q: Quantity, sentence: str, offset: int, ref: str) -> Quantity:
    """A date read again against the article's dateline date ("Thursday" -> 20111110)."""
    day = dates.parse_reference(ref)
    found = [*dates.absolute_dates(sentence, day), *dates.relative_dates(sentence, day)]
    for span in found:
        if span.start + offset == q.start and span.low is not None:
            kind = "year" if span.precision == "year" else q.kind
            return replace(q, kind=kind, low=span.low, high=span.high)
    return q


# A sentence with more figures than this is a table or a list of numbers (the most in one
# sentence of the 739 corpus articles is 8): its figures are shown, never compared, as
# comparing each with the others around it would cost their number squared.
TABLE_FIGURES = 60
# a text of this many sentences or fewer (a quote, a snippet) is one point told: its figures
# are compared with another short text's as inside one group
SHORT_TEXT = 3


def article_figures(
    by_id: dict[str, Article], published: dict[str, tuple[str, str]], quantities: Sequence[Quantity]
) -> list[Figure]:
    figures: list[Figure] = []
    known = {a.id: _article_names(a) for a in by_id.values()}
    known_stems = {article: frozenset(stem(n) for n in found) for article, found in known.items()}
    undated: dict[tuple[str, int], list[Quantity]] = defaultdict(list)
    per_text = Counter((q.article, q.sentence) for q in quantities)
    for index, q in enumerate(quantities):
        if per_text[(q.article, q.sentence)] > TABLE_FIGURES:
            continue  # a table or a list of numbers, not a sentence: its figures are shown only
        if q.qualifier == "relative" and q.low is None and q.unit.endswith(" year"):
            undated[(q.article, q.sentence)].append(q)  # "last year": one year, which is unknown
        article = by_id.get(q.article)
        if article is None or not 0 <= q.sentence < len(article.sentences):
            continue
        sentence = article.sentences[q.sentence]
        if sentence.role == "dateline":
            continue  # an article's own date and time, not a figure of the story
        ref = published[q.article][0]
        if q.kind == "date" and ref and not article.date and (q.low is None or q.low < 10_000):
            q = _resolve_date(q, sentence.text, sentence.start, ref)
        previous = article.sentences[q.sentence - 1].text if q.sentence > 0 else ""
        text, start = sentence.text, sentence.start
        filed = dateline_end(text)  # "ANKARA (Reuters) - ": no name, place or word of the story
        if filed and q.start - start >= filed:
            text, start = text[filed:], start + filed
        fig = make_figure(index, q, text, previous, start)
        if fig is not None:
            fig.headline = sentence.role == "headline"
            fig.published = ref
            # whose yards, whose run; a distance that places something ("15 miles north of
            # Detroit") is the place's, compared by its anchor
            # and whose place in a race or a ranking ("Kibet finished sixth" / "Tola came seventh")
            if (fig.family in _SUBJECT_FAMILIES or fig.q.unit == PLACE) and not fig.anchor:
                prefix = _own_clause(text[: q.start - start])
                fig.subject, fig.lead = subject_names(
                    prefix, known[q.article], named_places(text), fig.family in _OPENING_NAME_FAMILIES
                )
                if fig.headline and _title_case(sentence.text):
                    # every word of a Title Case Headline looks like a name: keep the ones the
                    # article's own sentences write as names ("Nationals' Eight-Year Offer")
                    names_in_body = known_stems[q.article]
                    fig.subject, fig.lead = fig.subject & names_in_body, fig.lead & names_in_body
            figures.append(fig)
    # a bracketed conversion ("590 million euros ($640 million)") and a past value set against
    # the present one ("to €2.31 billion from €2.46 billion a year earlier") leave a figure the
    # only one of its family in its sentence
    per_sentence: dict[tuple[str, int, str], int] = defaultdict(int)
    main_per_sentence: dict[tuple[str, int, str], int] = defaultdict(int)
    for fig in figures:
        per_sentence[(fig.q.article, fig.q.sentence, _alone_key(fig))] += 1
        if not (fig.converted or fig.past):
            main_per_sentence[(fig.q.article, fig.q.sentence, _alone_key(fig))] += 1
    kinds = Counter((f.q.article, f.family, f.noun, f.event) for f in figures)
    persons = Counter((f.q.article, f.person.split()[-1]) for f in figures if f.person)
    values_of_kind: dict[tuple[str, ...], set[tuple[float, float]]] = defaultdict(set)
    for f in figures:
        if not (f.converted or f.compound or f.past):
            values_of_kind[_kind_key(f)].add((f.lo, f.hi))
    # the values each article gives a toll (of an event and noun): a headline repeats its body's
    tolls: dict[tuple[str, str, str], set[tuple[float, float]]] = defaultdict(set)
    for f in figures:
        if f.event and f.family == "count":
            tolls[(f.q.article, f.noun, f.event)].add((f.lo, f.hi))
    models: dict[tuple[str, int], set[tuple[str, float]]] = defaultdict(set)
    for q in quantities:
        spec = model_spec(q)
        if spec is not None:
            models[(q.article, q.sentence)].add(spec)
    days: dict[tuple[str, int], set[str]] = defaultdict(set)
    for fig in figures:
        if fig.family == "date" and fig.role in ("point", "end") and not fig.said:
            day = str(int(fig.lo)) if math.isfinite(fig.lo) else fig.weekday or fig.q.unit.lower()
            days[(fig.q.article, fig.q.sentence)].add(day)
    onsets: dict[tuple[str, str], set[tuple[float, float]]] = defaultdict(set)
    for f in figures:
        if f.onset:
            onsets[(f.q.article, f.onset)].add((f.lo, f.hi))
    by_sentence: dict[tuple[str, int], list[Figure]] = defaultdict(list)
    for fig in figures:
        fig.lone_onset = bool(fig.onset) and len(onsets[(fig.q.article, fig.onset)]) == 1
        fig.models = frozenset(models.get((fig.q.article, fig.q.sentence), ()))
        if fig.event and fig.family == "count":
            fig.days = frozenset(days.get((fig.q.article, fig.q.sentence), ()))
            sentence = by_id[fig.q.article].sentences[fig.q.sentence]
            fig.updated = bool(_TOLL_UPDATE.search(sentence.text))
            fig.risen = bool(_TOLL_RISEN.search(sentence.text, 0, fig.q.start - sentence.start))
        fig.sole = (
            len(by_id[fig.q.article].sentences) <= SHORT_TEXT
            and kinds[(fig.q.article, fig.family, fig.noun, fig.event)] == 1
            and not (fig.family == "count" and fig.noun in GENERIC_NOUNS and not fig.event)
        )
        fig.lone_toll = bool(fig.event) and len(tolls[(fig.q.article, fig.noun, fig.event)]) == 1
        fig.one_of_kind = len(values_of_kind.get(_kind_key(fig), ())) == 1
        fig.lone_person = bool(fig.person) and persons[(fig.q.article, fig.person.split()[-1])] == 1
        kind = (fig.q.article, fig.q.sentence, _alone_key(fig))
        fig.alone = (per_sentence[kind] if fig.converted or fig.past else main_per_sentence[kind]) == 1
        by_sentence[(fig.q.article, fig.q.sentence)].append(fig)
    latest: dict[str, float] = defaultdict(float)  # the latest year each article names
    for fig in figures:
        if fig.family == "year" and fig.role == "point" and math.isfinite(fig.hi):
            latest[fig.q.article] = max(latest[fig.q.article], fig.hi)
    for key, group in by_sentence.items():
        sentence = by_id[key[0]].sentences[key[1]]
        _join_spans(group, sentence.text, sentence.start)
        _mark_conversions(group, sentence.text, sentence.start)
        _assign_periods(group, undated.get(key, ()), sentence.text, sentence.start)
        _elliptic_nouns(group, sentence.text, sentence.start)
        _number_sets(group, sentence.text, sentence.start)
        # "seven AK-47 rifles, two other rifles": the seven are a part of the nine rifles; not
        # "the death toll rose to 31 after four more people drowned", a total and what it added
        more = [f for f in group if f.more and f.noun]
        for fig in group:
            if fig.other:
                continue
            if any(
                m.noun == fig.noun
                and (m is fig or not _ADDED_AFTER.search(_between(sentence.text, sentence.start, fig, m)))
                for m in more
            ):
                fig.compound = True
        line = frozenset(
            (f.family, v)
            for f in group
            if f.family not in ("date", "year")
            for v in (f.lo, f.hi)
            if math.isfinite(v)
        )
        present = {f.family for f in group if not f.past}
        for fig in group:
            # a past value is one set against a present one ("32 million, compared with 55.3
            # million a decade ago"); a sentence all about last year has no present to set it by
            fig.past = fig.past and (fig.family in present or fig.baseline)
        # "two hours, 18 minutes and 12 seconds" is one; a sentence's dates and times do not make
        # a line of figures ("had taken off at 11:10 a.m. with 178 passengers"), but in a game's
        # sentence ("scored 23 points Friday") they keep it one: a game's lines hold many things
        game = any(f.family == "tally" or f.noun in GAME_STATS for f in group)
        told = sum(not f.span_part and (game or f.family not in _WHEN) for f in group)
        for fig in group:
            fig.in_sentence = told
            fig.line = line
            if not fig.past:
                fig.then = frozenset(f.lo for f in group if f.past and f.family == fig.family)
        sums = tuple(
            (f.family, kind_currency(f) or f.noun, f.lo, f.hi)
            for f in group
            if f.family in ("money", "count") and exact(f)
        )
        past_year = _past_year(sentence.text)
        this_year = bool(_THIS_YEAR.search(sentence.text))
        for fig in group:
            if fig.family == "date":
                fig.sums = sums
            fig.background = _background(
                fig, by_id[fig.q.article], published[fig.q.article][0], latest[fig.q.article]
            )
            fig.past_year = past_year
            fig.this_year = this_year
        _mark_last_year(group, sentence.text, sentence.start, past_year)
    lowered: dict[str, list[str]] = {}  # each article's sentences in lower case, once
    for fig in figures:
        if fig.family == "age" and len(fig.holder) == 1:
            article = by_id[fig.q.article]
            if article.id not in lowered:
                lowered[article.id] = [sentence.text.lower() for sentence in article.sentences]
            fig.holder |= _first_names(article, next(iter(fig.holder)), lowered[article.id])
    return figures


_BEFORE_A_NAME = NAME_TITLES | frozenset({"the", "a", "an"})


def _first_names(article: Article, surname: str, lowered: Sequence[str]) -> frozenset[str]:
    """The lowercased first names the article gives with `surname` ("Anna Kowalczyk" for an age
    beside "Kowalczyk, 46,"), when it gives one person of that name; else none. `lowered` holds
    the article's sentences in lower case: only those that hold the name are searched."""
    pattern = re.compile(rf"\b((?:[A-Z][a-z'’.-]+[ \t]+){{1,2}})(?i:{re.escape(surname)})\b")
    found = set()
    for sentence, lower in zip(article.sentences, lowered, strict=True):
        if surname not in lower:
            continue
        for m in pattern.finditer(sentence.text):
            words = frozenset(w.lower().strip(".") for w in m.group(1).split()) - _BEFORE_A_NAME
            if words:
                found.add(words)
    return next(iter(found)) if len(found) == 1 else frozenset()


# a clause that tells what was added to a total: "rose to 31 on Monday after four more people drowned"
_ADDED_AFTER = re.compile(r"(?i:\b(?:after|as|when|with|following)\b)")


def _between(text: str, offset: int, a: Figure, b: Figure) -> str:
    """The text between two figures of one sentence (`offset`: where the sentence starts)."""
    first, second = (a, b) if a.q.start <= b.q.start else (b, a)
    return text[first.q.end - offset : second.q.start - offset]


_SPAN_JOIN = re.compile(r"[ \t]*(?:,[ \t]*)?(?:and[ \t]+)?$")


def _join_spans(group: list[Figure], text: str, offset: int) -> None:
    """ "five years and six months", "2 hours, 41 minutes": one span written in two units.

    The first figure takes the whole span (5.5 years) and the second becomes a part of it,
    compared with nothing but a part of its value; the first is then its sentence's only span
    if the two were.
    """
    spans = sorted((f for f in group if f.family == "duration"), key=lambda f: f.q.start)
    head: Figure | None = None  # the span a third part joins ("two hours, 18 minutes and 12 seconds")
    smallest = 0.0
    for first, second in pairwise(spans):
        if not first.span_part:  # a span begins, unless a part of something else ("a third of the time")
            head, smallest = (None, 0.0) if first.compound else (first, time_unit_size(first))
        if head is None:
            continue
        gap = text[head.q.end - offset : second.q.start - offset]
        size_second = time_unit_size(second)
        if (
            not gap
            or not _SPAN_JOIN.fullmatch(gap)
            or not (0 < size_second < smallest)
            or not (exact(head) and exact(second))
            or second.hi >= smallest
        ):
            head = None
            continue
        head.q = replace(head.q, text=text[head.q.start - offset : second.q.end - offset], end=second.q.end)
        head.lo, head.hi = head.lo + second.lo, head.hi + second.hi
        head.tol_lo, head.tol_hi = head.tol_lo + second.lo, head.tol_hi + second.hi
        second.compound = True
        second.span_part = True
        smallest = head.finest = size_second
    heads = [f for f in spans if not f.span_part]
    if len(heads) == 1 and len(spans) > 1:
        heads[0].alone = True  # the sentence's only span, told in two or three units


_OPEN_BRACKET = re.compile(r"[ \t]*[(\[][ \t]*(?:about|some|around|roughly|nearly|or[ \t]+)?[ \t]*$")
_MEASURED = frozenset({"distance", "weight", "speed", "area", "volume", "temperature", "power", "energy"})


# between two set scores of a match: "6-3, 7-5", "6-4 3-6 7-6", "7-5 and 6-2"
_SET_JOIN = re.compile(r"[ \t]*(?:,[ \t]*)?(?:and[ \t]+)?")


def _number_sets(group: list[Figure], text: str, offset: int) -> None:
    """Scores written one after another ("won 6-3, 7-5") are the sets of one match: each is
    numbered by its place in the row, the first set 1, so that the sets of two reports are
    compared in order."""
    tallies = sorted((f for f in group if f.family == "tally"), key=lambda f: f.q.start)
    row: list[Figure] = []
    for fig in tallies:
        if row and not _SET_JOIN.fullmatch(_between(text, offset, row[-1], fig)):
            _number_row(row)
            row = []
        row.append(fig)
    _number_row(row)


def _number_row(row: list[Figure]) -> None:
    if len(row) >= 2:
        for k, fig in enumerate(row, start=1):
            fig.set_number = k


def _mark_conversions(group: list[Figure], text: str, offset: int) -> None:
    """ "10 inches (25 centimetres)", "120 mph (193 kph)": the bracketed figure converts the one
    before it; the first is the report's figure, the conversion is compared with nothing else."""
    ordered = sorted(group, key=lambda f: f.q.start)
    for first, second in pairwise(ordered):
        if second.family == first.family in _MEASURED and _OPEN_BRACKET.fullmatch(
            text[first.q.end - offset : second.q.start - offset]
        ):
            second.converted = True
            # the only figure of its family but for its conversion
            first.alone = sum(f.family == first.family for f in group) == 2


# "In 2018,", "In early 2019,", "In the 2006 Lebanon war,": a sentence set in a year; "The 2021
# collapse of a tower ...", "A 2015 earthquake ...": a sentence about an earlier event of its kind
_OPENING_YEAR = re.compile(
    r"[ \t]*(?:In[ \t]+(?:the[ \t]+)?(?:early[ \t]+|late[ \t]+|mid-)?(?:19|20)\d\d\b"
    r"|(?:The|A|An)[ \t]+(?:19|20)\d\d[ \t]+(?:[a-z]+[ \t]+)?"
    r"(?:collapse|crash|earthquake|quake|fire|blaze|blast|explosion|attack|shooting|bombing|flood|floods|flooding|storm|hurricane|typhoon|cyclone|tsunami|landslide"
    r"|protests?|riots?|war|disaster|outbreak|epidemic|pandemic|eruption|derailment|stampede|election|vote"
    r"|referendum|marathon|race|final|tournament|season|strike)\b)"
)


def _background(fig: Figure, article: Article, published: str, latest: float) -> bool:
    """Whether a figure's year is past: before the year the article ran, or, undated, before
    the latest year the article names or a year that opens its sentence ("In 2018, police
    seized nearly nine tonnes": background)."""
    if fig.period is None or fig.period[1] == UNKNOWN_YEAR or fig.family in ("date", "year"):
        return False
    if published[:4].isdigit():
        return fig.period[1] < int(published[:4])
    text = article.sentences[fig.q.sentence].text
    since = _SINCE_WHEN.search(text)
    if since is not None and fig.q.start - article.sentences[fig.q.sentence].start >= since.end():
        return True  # "since 2019, when a one-day stoppage grounded about 120 flights": a past year
    return (
        fig.period[1] < latest
        or bool(_OPENING_YEAR.match(text))
        # an undated article's one year, told of an earlier case: "A collapse at a nearby pit in
        # 2021 killed eight people", "A similar recall in 2019 involved 22 batches"
        or ((not latest or fig.period[1] <= latest) and bool(_EARLIER_CASE.search(text)))
    )


_SINCE_WHEN = re.compile(r"(?i:\bsince[ \t]+(?:[A-Za-z]+[ \t]+)?(?:1[89]|20)\d\d[ \t]*,?[ \t]+when\b)")
_EARLIER_CASE = re.compile(
    r"(?i:\b(?:(?:a|an|the|only|its|their)[ \t]+(?:similar|previous|earlier|prior|nearby|neighbou?ring)"
    # "a similar recall", "the clubs' only previous cup meeting"; not "the previous year", "a year
    # earlier", "the previous record" (a record is compared as one)
    r"[ \t]+(?!(?:year|month|week|day|season|quarter|period|record|high|low|peak|close)s?\b)[a-z]"
    r"|predecessor|same[ \t]+(?:district|area|region|town|city|province|state|county|borough|suburb"
    r"|neighbou?rhood|village|valley|river|street|stretch|site|mine|plant|factory|mountain|route|race"
    r"|course|event)s?\b|last[ \t]+(?:major|big|serious|deadly|such|time)\b))"
)


_NUMBER_WORD = r"(?:[Aa]|[Oo]ne|[Tt]wo|[Tt]hree|[Ff]our|[Ff]ive|[Ss]ix|[Ss]even|[Ee]ight|[Nn]ine|[Tt]en|\d+)"
_PAST_YEAR = re.compile(
    # "21 avalanche deaths last winter" / "14 avalanche deaths this winter"
    rf"\b(?:(?:[Ll]ast|[Pp]revious|[Pp]rior)[ \t]+(?:year|season|winter|summer|spring|autumn)"
    rf"|{_NUMBER_WORD}[ \t]+years?[ \t]+(?:ago|earlier|before)|[Tt]he[ \t]+year[ \t]+before)\b"
)


_THIS_YEAR = re.compile(
    r"\b(?:[Tt]his|[Tt]he[ \t]+current)[ \t]+(?:year|season|winter|summer|spring|autumn)\b"
)


def _mark_last_year(group: list[Figure], text: str, offset: int, past_year: int) -> None:
    """The figures told of an earlier year: all of a sentence that opens on one ("Last year,
    ..."), else a figure the words after it date ("4.7 million visitors last year"), up to the
    next figure and not as another's ("up from last year's 87.33")."""
    ordered = sorted(group, key=lambda f: f.q.start)
    for k, fig in enumerate(ordered):
        if past_year == 2:
            fig.last_year = True
            continue
        end = ordered[k + 1].q.start - offset if k + 1 < len(ordered) else len(text)
        after = text[fig.q.end - offset : end]
        found = _PAST_YEAR.search(after)
        fig.last_year = found is not None and not after.startswith(("'s", "’s"), found.end())


# a sentence that opens on an earlier month or week tells of an earlier event too ("Last month,
# the INS Tabar ... rescued two merchant vessels")
_PAST_OPENING = re.compile(
    r"(?:[Ll]ast|[Ee]arlier[ \t]+this|[Pp]revious)[ \t]+(?:month|week)[ \t]*,|"
    rf"{_NUMBER_WORD}[ \t]+(?:months|weeks)[ \t]+(?:ago|earlier)[ \t]*,|"
    # "In the last election, four years ago, Civic Union won just 13.9 percent"
    r"(?:[Ii]n|[Aa]t)[ \t]+the[ \t]+(?:last|previous|prior)[ \t]+"
    r"(?:general[ \t]+|national[ \t]+|local[ \t]+)?"
    r"(?:election|vote|poll|referendum|race|edition|census|season|tournament|championship)s?\b"
)


def _past_year(sentence: str) -> int:
    """2 when the sentence opens on an earlier year ("Last year,", "Two years ago,") or month
    ("Last month,"), 1 when it names an earlier year elsewhere ("a year earlier"), 0 otherwise."""
    if _PAST_OPENING.match(sentence):
        return 2
    found = _PAST_YEAR.search(sentence)
    if found is None:
        return 0
    return 2 if not sentence[: found.start()].strip() else 1


# a bare count that is the subject of its clause: "... and at least six were leaking oil"
_SUBJECT_VERB = re.compile(r"[ \t]+(?:were|was|are|is|had|have|has|remain|remained)\b")
# ... or that ends its clause: "Zielinska received 61,412 votes, while Wrona secured 51,690."
_CLAUSE_END = re.compile(r"[ \t]*(?:[,;:)]|\.(?!\d)|$)")


def _elliptic_nouns(group: list[Figure], text: str, offset: int) -> None:
    """A bare count that a sentence makes the subject of a clause after a count of something, or
    that ends a clause after it, counts that thing ("Thirty-one cars of the 104-car train left
    the tracks, and at least six were leaking oil": six cars; "received 61,412 votes, while
    Wrona secured 51,690": votes)."""
    last = ""
    for fig in sorted(group, key=lambda f: f.q.start):
        if fig.family != "count" or fig.compound:
            continue  # "the 104-car train" sizes the train: no count of trains to carry on
        if fig.noun:
            last = fig.noun
        elif (
            last
            and not fig.event
            and (_SUBJECT_VERB.match(text, fig.q.end - offset) or _CLAUSE_END.match(text, fig.q.end - offset))
        ):
            fig.noun = last


def _title_case(text: str) -> bool:
    """A Title Case Headline, where every word looks like a name."""
    words = text.split()
    return len(words) <= 3 or sum(w[:1].isupper() for w in words) > 0.6 * len(words)


def _article_names(article: Article) -> frozenset[str]:
    """Words the article capitalises inside its sentences (headlines aside): its names."""
    found: set[str] = set()
    for sentence in article.sentences:
        if sentence.role != "headline":
            # after an inline dateline: "BUENOS AIRES, May 14 - Palaeontologists in ..." opens
            # its sentence with a common noun
            found |= names(sentence.text[dateline_end(sentence.text) :])
    return frozenset(n.strip("'’-") for n in found)


def _alone_key(fig: Figure) -> str:
    """Figures of one key in a sentence compete: a date "since September" leaves "Thursday" alone."""
    return f"{fig.family} {fig.role}" if fig.family in ("date", "year") else fig.family


def _assign_periods(
    sentence_figures: list[Figure], undated: Sequence[Quantity] = (), text: str = "", offset: int = 0
) -> None:
    """Give each figure the years written for it in its sentence ("$10 million in 2013").

    A year goes to the figure just before it, but not to an age a clause closes ("Mette Lund,
    54, who took over in 2021": her age now); a year that opens the sentence, before any
    figure, goes to all of them. A figure no year goes to has no period. `undated` are the
    sentence's relative years that could not be resolved ("last year" in an undated article).
    `text` is the sentence, which starts at `offset`.
    """
    others = [f for f in sentence_figures if f.family not in ("year", "date")]
    if not others:
        return
    spans: dict[int, list[float]] = defaultdict(list)
    years_of = [(fig, _years_of(fig)) for fig in sentence_figures]
    marks = [(fig.q.start, years) for fig, years in years_of]
    marks += [(q.start, [UNKNOWN_YEAR]) for q in undated]
    for fig, years in years_of:
        # "the worst since 2015, when an outbreak ... sickened 138 people": the clause after
        # the year tells what that year saw (a figure before it still counts since then)
        if fig.role == "start" and years and _WHEN_AFTER.match(text, fig.q.end - offset):
            after = [o for o in others if o.q.start >= fig.q.end]
            for o in after:
                spans[o.index].extend(y for y in years if math.isfinite(y))
            if len(after) == len(others):
                marks.remove((fig.q.start, years))  # no figure before it to count since then
    for start, years in marks:
        if not years:
            continue
        before = [o for o in others if o.q.end <= start]
        if before:  # "$10 million in 2013": the figure just before the year
            last = max(before, key=lambda o: o.q.end)
            if last.family == "age" and "," in text[last.q.end - offset : start - offset]:
                continue
            spans[last.index].extend(years)
        else:  # "From 2007 through 2014 the couple paid $43.9 million, a rate of 31.55 percent"
            for o in others:
                spans[o.index].extend(years)
    for fig in others:
        found = spans.get(fig.index)
        known = [year for year in found or () if year != UNKNOWN_YEAR]
        if known:  # "Valencia's 2024 budget of €1.7bn ... next year's spending": 2024
            fig.period = (min(known), max(known))
        elif found:
            fig.period = (min(found), max(found))


_WHEN_AFTER = re.compile(r"(?i:[ \t]*,?[ \t]+when\b)")


def _years_of(fig: Figure) -> list[float]:
    """The calendar years a year or date figure names ("2007 to 2014" -> 2007, 2014).

    A year after "since" opens a span to the present ("since 2007"), one after "until" or
    "by" closes a span from the past.
    """
    out: list[float] = []
    if fig.family not in ("year", "date") or (fig.family == "date" and not _WRITTEN_YEAR.search(fig.q.text)):
        return out  # "In May, she filed ...": a month without its year dates the filing, not the sum
    for value in (fig.q.low, fig.q.high):
        if value is None or math.isinf(value):
            continue
        v = int(value)
        year = v // 10000 if v >= 10_000_000 else v // 100 if v >= 100_000 else v
        if 1800 <= year <= 2100:
            out.append(float(year))
    if out and fig.role == "start":
        out.append(math.inf)
    elif out and fig.role == "end" and fig.family == "year":
        out.append(-math.inf)
    return out
