"""Figure extraction: every kind, the approximations, the ranges and the identifiers left out."""

from __future__ import annotations

import pytest

from reader.core.model import Quantity
from reader.core.quantities import extract_quantities


def only(text: str, reference_date: str = "") -> Quantity:
    found = extract_quantities(text, reference_date=reference_date)
    assert len(found) == 1, [(q.text, q.kind) for q in found]
    return found[0]


def values(text: str, reference_date: str = "") -> list[tuple[str, str, float | None, float | None]]:
    return [(q.text, q.kind, q.low, q.high) for q in extract_quantities(text, reference_date=reference_date)]


def test_offsets_point_into_the_text() -> None:
    text = "Officials said 40,000 troops and 700 tanks were massed near the border on March 3, 2014."
    found = extract_quantities(text)
    assert [q.text for q in found] == ["40,000", "700", "March 3, 2014"]
    for q in found:
        assert text[q.start : q.end] == q.text


@pytest.mark.parametrize(
    ("text", "low", "unit"),
    [
        ("Russia has 150,000 troops near the border.", 150_000, "troops"),
        ("A Boeing 737 carrying 150 passengers crashed.", 150, "passengers"),
        ("Twenty-two thousand soldiers were deployed.", 22_000, "soldiers"),
        ("One hundred and five people were injured.", 105, "people injured"),
        ("A dozen protesters were detained outside the embassy.", 12, "protesters arrested"),
        ("The ship seized six AK 47 rifles and ammunition.", 6, "rifles"),
        # people who fled are displaced, as "320,000 flee" is (this case predates that event)
        ("About 1.5 million people have fled the fighting.", 1_500_000, "people displaced"),
        ("Three killed as rioters bomb Greek bank", 3, "people killed"),
    ],
)
def test_counts_know_what_they_count(text: str, low: float, unit: str) -> None:
    q = only(text)
    assert (q.kind, q.low, q.unit) == ("count", low, unit)


def test_the_counted_noun_can_come_before_the_number() -> None:
    q = only("Sources have said the troops are between 30,000-100,000, and more could come.")
    assert (q.kind, q.low, q.high, q.unit) == ("count", 30_000, 100_000, "troops")
    assert only("The death toll rose to 1,234.").unit == "people killed"


@pytest.mark.parametrize(
    ("text", "low", "currency"),
    [
        ("The aid package is worth $1.2 billion.", 1.2e9, "USD"),
        ("The club paid €2m for him.", 2e6, "EUR"),
        ("Greece gets a euro110 billion loan.", 110e9, "EUR"),
        ("Lenders agreed 110 billion euros in loans.", 110e9, "EUR"),
        ("He earns £900 a month.", 900, "GBP"),
        ("Gas prices rose to $3.50 a gallon.", 3.5, "USD"),
        ("Shares gained 42 cents.", 0.42, "USD"),
        ("Trade worth a hundred Billion Dollars passes the strait.", 100e9, "USD"),
    ],
)
def test_money_with_scale_words(text: str, low: float, currency: str) -> None:
    q = only(text)
    assert q.kind == "money"
    assert q.low == pytest.approx(low)
    assert q.unit == currency


def test_percents_and_fractions() -> None:
    assert values("Inflation rose 3.5% this quarter.")[0][1:] == ("percent", 3.5, 3.5)
    assert values("Stocks plunged 5.4 per cent.")[0][1:] == ("percent", 5.4, 5.4)
    assert values("Prices fell by 20-30% after the announcement.")[0][1:] == ("percent", 20, 30)
    assert only("Two-thirds of lawmakers voted for the bill.").low == pytest.approx(0.6667)
    assert only("The plan cuts in half the number of forces.").kind == "fraction"


@pytest.mark.parametrize(
    ("text", "low", "unit"),
    [
        ("They talked for four hours in Paris.", 4, "hour"),
        ("The talks lasted four and a half hours.", 4.5, "hour"),
        ("Both sides agreed to a 24-hour ceasefire.", 24, "hour"),
        ("Over the past two weeks the army advanced.", 2, "week"),
        ("It ended a 17-year war.", 17, "year"),
        ("A month ago he released his returns.", 1, "month"),
    ],
)
def test_durations(text: str, low: float, unit: str) -> None:
    q = only(text)
    assert (q.kind, q.low, q.unit) == ("duration", low, unit)


@pytest.mark.parametrize(
    ("text", "low", "high"),
    [
        ("The 61-year-old municipal worker spoke.", 61, 61),
        ("Mattis, 68, had said he would remain.", 68, 68),
        ("She died at the age of 91, her spokesman said.", 91, 91),
        ("Swimmer And Actress Dies Aged 91", 91, 91),
        ("He is a man in his 60s.", 60, 69),
    ],
)
def test_ages(text: str, low: float, high: float) -> None:
    q = only(text)
    assert (q.kind, q.low, q.high) == ("age", low, high)


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("The vote is scheduled for Feb. 22, 2015.", 20150222),
        ("The attack came on 10 Nov 11.", 20111110),
        ("She died on 6th June 2013.", 20130606),
        ("Updated 5/5/2010 1:41 PM", 20100505),
        ("The strike was called for the 5th of May 2010.", 20100505),
    ],
)
def test_absolute_dates(text: str, value: int) -> None:
    dates = [q for q in extract_quantities(text) if q.kind == "date"]
    assert dates[0].low == value


def test_dates_without_a_year_take_the_nearest_year_of_the_reference() -> None:
    assert only("He will leave at the end of February.", "2018-12-23").low == 201902
    assert only("The patrol began in September.", "2011-11-11").low == 201109
    assert only("The ceasefire took effect on March 30th.").low == 330  # no year known: MMDD


def test_weekdays_and_relative_days_resolve_against_the_reference_date() -> None:
    # 2013-06-07 is a Friday
    assert only("Esther Williams died yesterday.", "2013-06-07").low == 20130606
    assert only("Esther Williams died on Thursday.", "2013-06-07").low == 20130606
    assert only("The vote will be held on Thursday.", "2010-05-05").low == 20100506
    week = only("The deal was agreed last weekend.", "2010-05-05")
    assert (week.low, week.high) == (20100501, 20100502)
    unresolved = only("Esther Williams died on Thursday.")
    assert (unresolved.low, unresolved.unit) == (None, "thursday")


def test_times_of_day() -> None:
    assert only("The meeting ended at 10 p.m. local time.").low == 2200
    assert (
        only("At 9:25 hours the ship saw five boats approach.".replace("five boats approach", "them")).low
        == 925
    )
    assert only("June 6th, 2013 7: 38pm EDT".replace("June 6th, 2013 ", "")).low == 1938
    assert only("The blast came at 2:09 a.m.").low == 209


def test_a_game_clock_is_no_time_of_day_and_no_count() -> None:
    # the game clock is no figure; the half it was in is ranked, as "the third quarter" is
    assert [q.text for q in extract_quantities("He checked out with 9:07 to play in the first half.")] == [
        "first"
    ]
    assert [q.text for q in extract_quantities("She scored with 2:31 left in the third quarter.")] == [
        "third"
    ]
    assert extract_quantities("The shot came with 14:05 remaining.") == []
    # a time of day before "left" stays one
    assert only("At 10:30 left-wing activists marched.").low == 1030
    assert only("The convoy set off at 6:45 left of the bridge.").low == 645


@pytest.mark.parametrize(
    ("text", "unit"),
    [
        ("Revenue rose to 6.9 billion crowns.", "SEK"),
        ("Revenue rose to 6.9 billion Swedish crowns.", "SEK"),
        ("The club was fined 40 million Danish kroner.", "DKK"),
        ("Each worker wants 30 million Chilean pesos.", "CLP"),
        ("A dose costs about 2,000 CFA francs.", "XOF"),
    ],
)
def test_a_country_names_which_of_its_namesakes_a_currency_is(text: str, unit: str) -> None:
    q = only(text)
    assert (q.kind, q.unit) == ("money", unit)


def test_crowns_are_money_only_after_a_scale_or_a_country() -> None:
    assert only("The king wore three crowns.").kind == "count"


def test_a_volume_in_cubic_kilometres_and_a_time_in_local_time() -> None:
    q = only("The reservoir can hold 5.2 cubic kilometres of water.")
    assert (q.kind, q.low, q.unit) == ("volume", 5.2, "cu km")
    q = only("The minister will speak at 1600 local time.")
    assert (q.kind, q.low, q.unit) == ("time", 1600, "local time")
    assert only("The 1600 local residents voted.").kind == "count"


def test_years_and_decades() -> None:
    assert values("Crimea was annexed by Russia in 2014.") == [("2014", "year", 2014, 2014)]
    assert values("The region has been unstable since the 1990s.") == [("1990s", "year", 1990, 1999)]
    assert values("She starred in 1940s and 1950s musicals.") == [("1940s and 1950s", "year", 1940, 1959)]
    # a span of years stays two years
    assert [q.low for q in extract_quantities("Returns from 2007-2014 were released.")] == [2007, 2014]


@pytest.mark.parametrize(
    ("text", "low", "high"),
    [
        ("The Supreme Court upheld the law in a 5-4 vote.", 5, 4),
        ("The Senate approved it 97-1.", 97, 1),
        ("The bill passed the Senate 60 to 40.", 60, 40),
        ("Chelsea won the match 3-2.", 3, 2),
    ],
)
def test_tallies(text: str, low: float, high: float) -> None:
    q = only(text)
    assert (q.kind, q.low, q.high) == ("tally", low, high)


@pytest.mark.parametrize(
    ("text", "low", "high"),
    [
        ("Officials estimate between 30,000 and 100,000 troops are massed.", 30_000, 100_000),
        ("Estimates range from 60,000 to 80,000 troops.", 60_000, 80_000),
        ("The troops are between 30,000-100,000.", 30_000, 100_000),
        ("Two or three boats escaped.", 2, 3),
    ],
)
def test_ranges(text: str, low: float, high: float) -> None:
    q = only(text)
    assert (q.low, q.high, q.qualifier) == (low, high, "range")


def test_a_range_with_its_unit_written_twice_is_one_range() -> None:
    """ "5.25%-5.5%" is one range of percents; two different units, or a change, stay two figures."""
    q = only("The Fed raised its target to 5.25%-5.5%.")
    assert (q.text, q.kind, q.low, q.high) == ("5.25%-5.5%", "percent", 5.25, 5.5)
    q = only("Turnout was between 60 percent and 65 percent.")
    assert (q.text, q.kind, q.low, q.high) == ("between 60 percent and 65 percent", "percent", 60, 65)
    q = only("The fire was 5 miles to 10 miles away.")
    assert (q.kind, q.low, q.high, q.unit) == ("distance", 5, 10, "mile")
    assert [q.text for q in extract_quantities("He ran 5 km to 10 miles.")] == ["5 km", "10 miles"]
    assert [q.text for q in extract_quantities("Rates rose from 5% to 10%.")] == ["5%", "10%"]
    assert [q.text for q in extract_quantities("He won 52% and she 48%.")] == ["52%", "48%"]
    # the two sides of a vote, written "X percent to Y percent", are two shares, not a range
    found = extract_quantities("He lost 45 percent to 55 percent.")
    assert [q.text for q in found] == ["45 percent", "55 percent"]
    assert [q.text for q in extract_quantities("Romney trailed 45% to 49% in the poll.")] == ["45%", "49%"]


def test_a_range_with_a_suspended_hyphen_is_one_range_of_its_unit() -> None:
    """A 40- to 60-hour course is one range of hours, not 40 things and 60 hours."""
    q = only("Armed officers take a 40- to 60-hour training course.")
    assert (q.text, q.kind, q.low, q.high, q.unit) == ("40- to 60-hour", "duration", 40, 60, "hour")
    q = only("The larger boat was described as a 24- to 30-foot dhow.")
    assert (q.kind, q.low, q.high, q.unit) == ("distance", 24, 30, "foot")
    q = only("He filed a 10- to 12-page report.")
    assert (q.kind, q.low, q.high, q.unit) == ("count", 10, 12, "page")
    found = extract_quantities("A 10- or 12-page report and a 3-2 win.")
    assert [q.text for q in found] == ["10", "12-page", "3-2"]


def test_a_change_from_one_figure_to_another_is_two_figures() -> None:
    assert [
        q.low for q in extract_quantities("Unemployment rose from 5% to 7% last year.") if q.kind == "percent"
    ] == [5, 7]


@pytest.mark.parametrize(
    ("text", "low", "high", "qualifier"),
    [
        ("More than 100 people were killed.", 100, None, "min"),
        ("At least 300 people have died.", 300, None, "min"),
        ("Up to 8 suspects were held.", None, 8, "max"),
        ("Fewer than 20 people came.", None, 20, "max"),
        ("Nearly 50 armored vehicles crossed the border.", 50, 50, "approx"),
        ("About 90 people attended.", 90, 90, "approx"),
        ("Russia has massed some 40,000 troops.", 40_000, 40_000, "approx"),
        ("Tens of thousands of people marched.", 10_000, 100_000, "approx"),
        ("Hundreds of people marched.", 100, 1_000, "approx"),
        ("The euro fell to its lowest in over a year.", 1, None, "min"),
        ("The offer was bumped as high as $184 million.", None, 184_000_000, "max"),
        ("As few as 10 people came.", 10, None, "min"),
        ("Rates as low as 2% are offered.", 2, None, "min"),
    ],
)
def test_approximations_and_bounds(text: str, low: float | None, high: float | None, qualifier: str) -> None:
    q = only(text)
    assert (q.low, q.high, q.qualifier) == (low, high, qualifier)


def test_the_approximation_word_is_part_of_the_span() -> None:
    text = "Police said more than 50,000 people marched."
    q = only(text)
    assert q.text == "more than 50,000"


@pytest.mark.parametrize(
    "text",
    [
        "COVID-19 cases rose sharply in the capital.",
        "He flew an F-16 over the base.",
        "G7 leaders met in Brussels instead of Sochi.",
        "He is the No. 2 official at the State Department.",
        "Article 5 of the NATO treaty was invoked.",
        "Traffic stopped on Interstate 95 near Baltimore.",
        "Flight MH17 was shot down over Ukraine.",
        "The new Boeing 737 entered service.",
        "The 13th and 14th month bonuses were cut.",
        "This is the first time Russia agreed to talk.",
        "No one was hurt, and one of them fled.",
        "He lives at 10 Downing Street with his family.",
        "The shooting occurred in the 12200 block of 223rd Street.",
        "A 7-Eleven store was robbed overnight.",
    ],
)
def test_identifiers_and_ordinals_are_not_figures(text: str) -> None:
    assert extract_quantities(text) == []


def test_measures_with_units() -> None:
    assert values("The convoy stopped 100 km from Kiev.") == [("100 km", "distance", 100, 100)]
    q = only("The tunnel is 1.2 miles long.")
    assert (q.kind, q.low, q.unit) == ("distance", 1.2, "mile")
    assert only("A recall of 10,410 pounds of beef was issued.").kind == "weight"


def test_a_plain_sentence_has_no_figures() -> None:
    assert (
        extract_quantities("Kerry immediately shot down this idea since Ukraine was not represented.") == []
    )


def test_a_rate_given_as_a_bare_number_is_a_percent() -> None:
    q = only("Her 2014 federal tax rate was 35.72, the return showed.".replace("2014 ", ""))
    assert (q.kind, q.low) == ("percent", 35.72)


def test_compound_counts_name_their_noun() -> None:
    q = only("Greece has a 300-seat parliament.")
    assert (q.kind, q.low, q.unit) == ("count", 300, "seat")


def test_each_casualty_count_takes_the_nearest_event() -> None:
    found = extract_quantities("A quake killed at least 24 people and injured more than 300 others.")
    assert [q.unit for q in found] == ["people killed", "people injured"]


def test_more_context_rules() -> None:
    assert only("The magnitude 6.1 earthquake struck the coast.").kind == "magnitude"
    assert only("The suspect, 19, was held without bail.").kind == "age"
    assert [q.low for q in extract_quantities("Obama won 332 electoral votes to Romney's 206.")] == [332, 206]
    # a rate is not a duration
    assert [q.kind for q in extract_quantities("Some 2.3 million barrels a day flow through it.")] == [
        "volume"
    ]
    assert [q.kind for q in extract_quantities("In 2010, 300 people died.")] == ["year", "count"]


def test_shares_scales_and_names_with_slashes() -> None:
    assert values("One in five Americans agree.") == [("One in five", "fraction", 0.2, 0.2)]
    assert values("Half a million people fled.") == [("Half a million", "count", 500_000, 500_000)]
    assert values("The government said 1.2m people were affected.")[0][2] == 1_200_000
    assert values("He won the 100m sprint.") == [("100m", "distance", 100, 100)]
    assert extract_quantities("The 9/11 attacks and her 401(k) were open 24/7.") == []


def test_last_year_is_a_year() -> None:
    q = [
        q
        for q in extract_quantities("Inflation rose 3.5 percent last year.", "2014-03-30")
        if q.kind == "year"
    ]
    assert [(x.text, x.low) for x in q] == [("last year", 2013)]


@pytest.mark.parametrize(
    ("text", "unit"),
    [
        ("At least 23 U.S. troops have been killed by hostile fire.", "troops killed"),
        ("At least 27 US troops have been killed.", "troops killed"),
        ("Some three dozen American and British troops have been killed.", "troops killed"),
        ("Members should not call the 50 million home and cellular numbers on the list.", "numbers"),
        ("About 38,000 OGE Energy Corp. customers are without power.", "customers"),
        ("Indian Navy captures 26 Somali pirates.", "pirates"),
        ("The global death toll from SARS was at least 767.", "people killed"),
        ("The toll approached 770, with more than 8,300 people sickened.", "people killed"),
    ],
)
def test_the_counted_noun_skips_names_before_it_and_acronyms_before_the_number(text: str, unit: str) -> None:
    assert extract_quantities(text)[0].unit == unit


@pytest.mark.parametrize(
    ("text", "unit"),
    [
        ("The two met in a hotel near the airport.", ""),
        ("Four fled before the police arrived.", ""),
        ("He fired just one shot from the window.", "shot"),
    ],
)
def test_a_verb_in_the_past_after_a_bare_count_is_no_counted_noun(text: str, unit: str) -> None:
    assert extract_quantities(text)[0].unit == unit


@pytest.mark.parametrize(
    ("text", "unit"),
    [
        ("More than 40 Palestinians were killed.", "palestinians killed"),
        ("Three Iraqis were wounded in the blast.", "iraqis injured"),
        ("The attack killed 12 Afghans.", "afghans killed"),
        ("Nine were killed at the depot, where about 200 Kenyans had queued for fuel.", "kenyans"),
        ("The company sold 40 Italian cars damaged in the flood.", "cars"),
    ],
)
def test_a_people_counted_by_its_name_takes_the_casualty_event(text: str, unit: str) -> None:
    assert extract_quantities(text)[-1].unit == unit


def test_sickened_is_its_own_event() -> None:
    found = extract_quantities("The toll approached 770, with more than 8,300 people sickened.")
    assert [q.unit for q in found] == ["people killed", "people infected"]


@pytest.mark.parametrize(
    "text",
    [
        "The march was attended by an approximate 200,000.",
        "Witnesses said there were more than 50,000 - easily the biggest protest in years.",
        "Tens of thousands of union members rallied on the eve of the vote.",
        "Three people died as tens of thousands of Greeks took to the streets.",
        "Two women were killed during demonstrations by tens of thousands who marched through Athens.",
    ],
)
def test_the_size_of_a_crowd_is_read_from_the_verbs_around_it(text: str) -> None:
    crowd = [q for q in extract_quantities(text) if q.unit.endswith("in the crowd")]
    assert len(crowd) == 1, [(q.text, q.unit) for q in extract_quantities(text)]


@pytest.mark.parametrize(
    "text",
    [
        "Police deployed 400 officers at the march.",
        "Three people died when the bank burned.",
        "Five protesters were killed.",
    ],
)
def test_other_counts_near_a_crowd_are_not_its_size(text: str) -> None:
    assert not any(q.unit.endswith("in the crowd") for q in extract_quantities(text))


def test_a_number_word_ending_a_name_is_no_figure() -> None:
    assert values("He was unveiled on a special show on BBC One and gave an interview.") == []
    assert values("Dr. Smith saw Two patients.") == [("Two", "count", 2.0, 2.0)]
    assert values("Indian Navy Captures Three Pirate Vessels") == [("Three", "count", 3.0, 3.0)]


def test_a_clock_time_leaves_the_full_stop_out() -> None:
    assert values("The blaze broke out about 8.40pm.") == [("8.40pm", "time", 2040.0, 2040.0)]
    assert values("He left at 10 p.m.") == [("10 p.m.", "time", 2200.0, 2200.0)]


@pytest.mark.parametrize(
    "text",
    [
        "FaceTime now works over cellular with iOS 6.",
        "Dial-in number: +1 877 268 9324.",
        "Call (212) 555-1234 for details.",
        "Conference ID: 24256919.",
        "He played an incredible incarnation of number 12.",
        "The police looked at postal centers, including one in Opa-locka.",
        "He said we should look for one as well.",
        "Keiwan Ratliff returned an interception for a pick-six.",
    ],
)
def test_codes_names_and_the_pronoun_one_are_no_figures(text: str) -> None:
    assert values(text) == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("He was 77.", [("77", "age", 77.0, 77.0)]),
        ("I have played him since I was nine.", [("nine", "age", 9.0, 9.0)]),
        ("I know that 14-year-olds make bad decisions.", [("14-year-olds", "age", 14.0, 14.0)]),
        (
            "He coached Wheeling Jesuit (1982-87).",
            [("1982", "year", 1982.0, 1982.0), ("87", "year", 1987.0, 1987.0)],
        ),
        ("Damage was put at $US1 million.", [("$US1 million", "money", 1e6, 1e6)]),
        ("Smaller quakes had a magnitude over 5.0.", [("over 5.0", "magnitude", 5.0, None)]),
        ("one in 10 people carry the gene", [("one in 10", "fraction", 0.1, 0.1)]),
    ],
)
def test_ages_year_spans_currencies_and_magnitudes(
    text: str, expected: list[tuple[str, str, float | None, float | None]]
) -> None:
    assert values(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("He disappeared for a quarter of a century.", [("a quarter of a century", "duration", 0.25, 0.25)]),
        ("It lasted half an hour.", [("half an hour", "duration", 0.5, 0.5)]),
        (
            "They came back three quarters of an hour later.",
            [("three quarters of an hour", "duration", 0.75, 0.75)],
        ),
        ("Two-thirds of voters agreed.", [("Two-thirds", "fraction", 0.6667, 0.6667)]),
        ("It was his seventh four-quarter comeback.", [("seventh", "ordinal", 7, 7)]),
    ],
)
def test_parts_of_a_unit_of_time_and_compound_quarters(
    text: str, expected: list[tuple[str, str, float | None, float | None]]
) -> None:
    assert values(text) == expected


def test_an_upper_case_dateline_and_a_plural_possessive_before_a_year() -> None:
    assert values("JUNE 11, 2012 AT 10:33 AM PT") == [
        ("JUNE 11, 2012", "date", 20120611.0, 20120611.0),
        ("10:33 AM PT", "time", 1033.0, 1033.0),
    ]
    assert values("He led the Sixers' 1983 title team.") == [("1983", "year", 1983.0, 1983.0)]


def test_number_words_in_a_row_are_one_cardinal_only_when_they_make_one() -> None:
    """ "twenty-two" is 22; "six two-year colleges" is six colleges of two years, never eight."""
    assert only("Twenty-two thousand troops massed.").low == 22_000
    assert only("About three hundred and fifty people came.").low == 350
    found = extract_quantities("Tuition at the six two-year community colleges will rise.")
    assert [(q.text, q.low) for q in found] == [("six", 6), ("two-year", 2)]
    assert extract_quantities("He landed a one-two punch.") == []


def test_one_before_a_unit_is_a_figure() -> None:
    """ "a one-day strike" lasts one day; "one-sided" and "one-on-one" hold no figure."""
    q = only("A one-day strike paralysed the city.")
    assert (q.text, q.kind, q.low, q.unit) == ("one-day", "duration", 1, "day")
    assert extract_quantities("It was a one-sided game.") == []
    assert extract_quantities("The one-on-one meeting ended early.") == []


def test_a_pair_before_a_scaled_zero_never_divides_by_zero() -> None:
    # found by fuzzing: "14-0 million" carried the scale of "0 million" to 14 by a division
    found = extract_quantities("The HP 14-0 million deal, and 5-0 billion more.")
    assert [q.low for q in found] == [14, 0, 5, 0]


@pytest.mark.parametrize(
    "text",
    [
        "Police said \x1b[1m40,000\x1b[0m troops were massed at the border.",
        "Police said \x1b[31;1m40,000\x1b[m troops were massed at the border.",
        "\x1b]0;wire copy\x07Police said 40,000 troops were massed at the border.",
        "Police said \x1b(B40,000 troops were massed at the border.",
    ],
)
def test_terminal_escape_codes_pasted_with_a_text_are_no_figures(text: str) -> None:
    q = only(text)
    assert (q.text, q.low, q.unit) == ("40,000", 40_000, "troops")
    assert text[q.start : q.end] == q.text


@pytest.mark.parametrize(
    ("text", "units"),
    [
        # the event after a whole told after its part is the part's
        ("Three of the 40 passengers were injured.", ["passengers injured", "passengers"]),
        ("Two of the 12 miners trapped were killed.", ["miners killed", "miners"]),
        ("Only one of the 242 people on board survived.", ["people"]),
        # the whole's own event, told before its verb, stays the whole's
        ("Two of the 12 killed were children.", ["people killed", "people killed"]),
        ("Four of the 30 people injured remain in hospital.", ["people injured", "people injured"]),
        ("Two of the 12 people killed in the blast were children.", ["people killed", "people killed"]),
    ],
)
def test_a_whole_after_its_part_takes_no_event_of_the_part(text: str, units: list[str]) -> None:
    assert [q.unit for q in extract_quantities(text)] == units


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("Hurricane Helene made landfall in Florida as a Category 4 storm.", 4),
        ("The cyclone crossed the coast as a category four system.", 4),
        ("Typhoon Haiyan, a category-5 super typhoon, struck the islands.", 5),
    ],
)
def test_a_storm_s_category_is_a_figure(text: str, value: int) -> None:
    q = only(text)
    assert (q.kind, q.low, q.high) == ("category", value, value)


@pytest.mark.parametrize("text", ["Category 3 prisoners were moved.", "Form Four candidates sat the exam."])
def test_a_category_of_no_storm_is_a_name(text: str) -> None:
    assert extract_quantities(text) == []
