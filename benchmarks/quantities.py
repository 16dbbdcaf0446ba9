"""Benchmark figure extraction and conflict finding; prints figures, asserts nothing.

    .venv/bin/python benchmarks/quantities.py            # all parts
    .venv/bin/python benchmarks/quantities.py --verbose  # also list failures

Data: ``../shared/bench`` from the repository root (override with READER_BENCH) and the
corpus beside it (``../shared/corpus``, override with READER_CORPUS). Parts whose data is
absent are skipped with a message.

Parts:
1. ``numbers/dev_cases.jsonl``, ``benchmarks/data/own_figure_cases.jsonl`` (265 news
   sentences of our own in the same format, each written before its rule was run on it; the
   project tunes on them, so they check regressions and measure nothing held out) and
   ``benchmarks/data/blind_figure_cases.jsonl`` and ``blind_figure_cases_2.jsonl`` to ``_8``
   (100 each by authors who never saw the extractor's output; 86, 94, 99, 86, 88, 91, 94 and
   97 of 100 when first scored, tuned on since) and ``_10`` (85 of 100 when first scored, in the
   tenth session, once the scorer took the authors' "C", "F", "age" and "magnitude" tags and a
   data size's unit; 85 at the session's start code too) and ``_11`` (by another author of that
   session, held out while the rules from set 10 were made: 80 at the start code, 82 with them,
   once the scorer also took "ft" and a share in words as the percent some authors write) and
   ``_12`` (by a third author of that session, held out until the session's last rule: 83 at
   the start code, 88 with the session's rules) and ``_13`` (by a fourth, US and UK local news
   above all: 82 at the start code and with the session's rules alike, once the scorer took
   "nearly 40%" also as at most 40). A case
   passes when the extracted figures match one of its accepted lists. As the data's README
   says, bare weekdays and relative days are not listed, so they are set aside; so are
   month names standing alone ("in March"), which the dev cases do not list either. A date
   matches on its day number (a full date with a year also gives its year), a clock time on
   its hour, a bound ("more than 100") or a vague figure ("tens of thousands", tag approx)
   on the end that is given; a wanted null end ("up to 8" has no low) wants an open end.
2. ``pairs/numeric_mismatch_pairs.jsonl``, pairs labelled paraphrase (same meaning,
   different figures): the two sentences are loaded as two articles and compared with
   the conflict logic directly, all sentences forming one group; a pair counts when at
   least one difference is flagged.
   ``benchmarks/data/blind_conflict_pairs.jsonl``: 80 pairs of sentences of two outlets
   with the flag a reader should see (30 conflicts, 20 compatible, 30 none), written by an
   author who never ran the reader; scored with both sentences in one group and through
   `compare_articles` (55/80 and 39/80 when first scored, 3 December).
   ``benchmarks/data/blind_quiet_pairs.jsonl``: 70 more such pairs where nothing should be
   flagged (30 figures that agree written otherwise, 40 figures of different things): 53/70
   in one group and 61/70 through `compare_articles` when first scored.
   ``benchmarks/data/blind_clusters.jsonl``: 24 short clusters of an invented event (two or
   three reports each) by a blind author, with 52 disagreements to find and 73 traps, run
   through `compare_texts`; ``blind_clusters_2.jsonl`` and ``blind_clusters_3.jsonl`` are 24
   more each by other blind authors (set 3 held out from the rules of the session it came in);
   ``blind_clusters_4.jsonl`` 24 more by two authors of the eighth session (15/54 conflicts,
   16/49 compatible, 76/83 traps at that session's start); ``blind_clusters_5.jsonl`` 24 more by
   an author of the ninth session (30/58 conflicts, 19/50 compatible, 73/76 traps at its start);
   ``blind_clusters_6.jsonl`` 24 more by another author of that session, written while its rules
   were made and scored once they were (22/46, 8/35, 66/76 at its start code; 24/46, 9/35,
   66/76 with its rules). ``blind_clusters_7.jsonl`` 24 more by two authors of the tenth
   session, told to list no value written in two units (24/58, 15/34, 64/69 at its start,
   scored before any rule of that session was made); ``blind_clusters_8.jsonl`` 24 more by two
   other authors of that session, held out while its rules were made (17/53, 13/44, 71/79 at its
   start code; 17/53, 13/44, 72/79 with its rules). ``blind_clusters_9.jsonl``: 12 by an author
   of the eleventh session (6/31, 6/17, 37/39 at its start code), some of whose misses that
   session's rules were made from. ``blind_clusters_10.jsonl``: 12 more by another author of that
   session, written while its rules were made and scored once they were: 12/43, 7/18, 34/36 at
   its start code and with those rules alike.
   ``blind_conflict_pairs_2.jsonl`` and ``blind_quiet_pairs_2.jsonl``: 80 and 70 more pairs
   by another blind author.
   ``real_clusters_a.jsonl`` to ``_p``: real corpus clusters (ECB+ topics 1-30 and BASIL, none
   of the gold or annotated ones) whose differing figures and traps helper sessions listed
   without running the reader, scored as the blind clusters are, through `compare_articles` on
   the corpus files (``CORPUS``); each constant's comment gives its start-code score.
3. The gold clusters: conflict recall, precision and agreeing figures flagged as
   conflicts, with the groups `compare_articles` produces, with no groups at all (the
   cross-group rule alone) and with the gold points as groups (an oracle alignment). A
   flag counts by its first two mentions (the pair that differs most): precise when both
   belong to one gold quantity marked conflict or compatible ("kind possible" when a
   compatible quantity is not flagged as a conflict); a gold conflict is recalled when such
   a pair of its mentions is flagged as a conflict. The same on the "annotated clusters"
   (``data/points/``): corpus clusters annotated by helper sessions under the gold
   guidelines without running the reader.
4. Extraction speed per article.
5. How many figures the reader flags on every cluster of the corpus (no gold there: a
   count to watch, since each flag asks a reader's attention; a sample read by eye is
   in the notes of the commits that moved it).
"""

from __future__ import annotations

import json
import os
import re
import sys
import time
from collections.abc import Iterable
from pathlib import Path

from reader import compare_texts
from reader.core import units
from reader.core.conflicts import find_conflicts
from reader.core.dates import WEEKDAYS
from reader.core.loading import articles_from_texts, load_articles
from reader.core.model import Article, Conflict, Group, Member, Quantity
from reader.core.pipeline import article_quantities, compare_articles
from reader.core.quantities import extract_quantities
from reader.core.story_figures import article_figures, publication
from reader.core.units import singular

ROOT = Path(__file__).resolve().parent.parent
BENCH = Path(os.environ.get("READER_BENCH", ROOT.parent / "shared" / "bench"))
CORPUS = Path(os.environ.get("READER_CORPUS", BENCH.parent / "corpus"))
VERBOSE = "--verbose" in sys.argv
# news sentences of our own in the dev cases' format, each written before the rule it tests was
# run on it (a regression check the project may tune on, not a held-out figure)
OWN_CASES = Path(__file__).resolve().parent / "data" / "own_figure_cases.jsonl"
# 100 more, written by a second author who never ran the extractor (86/100 when first scored,
# on 3 December; rules were made for the failures since, so it too is a regression check now)
BLIND_CASES = Path(__file__).resolve().parent / "data" / "blind_figure_cases.jsonl"
# 100 more by another blind author, on headlines, date and time formats, ranges, spelled and
# converted figures, scores and names with numbers (94/100 when first scored, 3 December)
BLIND_CASES_2 = Path(__file__).resolve().parent / "data" / "blind_figure_cases_2.jsonl"
# and 100 on courts, health, economy, weather, politics, transport and word forms (99/100)
BLIND_CASES_3 = Path(__file__).resolve().parent / "data" / "blind_figure_cases_3.jsonl"
# and 100 in the style of international wire services (86/100)
BLIND_CASES_4 = Path(__file__).resolve().parent / "data" / "blind_figure_cases_4.jsonl"
# and 100 of US and UK local news, gadgets, sport and weather (88/100)
BLIND_CASES_5 = Path(__file__).resolve().parent / "data" / "blind_figure_cases_5.jsonl"
# and 100 of business and economics wire copy (91/100)
BLIND_CASES_6 = Path(__file__).resolve().parent / "data" / "blind_figure_cases_6.jsonl"
# and 100 of sports reporting (94/100)
BLIND_CASES_7 = Path(__file__).resolve().parent / "data" / "blind_figure_cases_7.jsonl"
# and 100 on elections, polls, disasters and conflicts (97/100)
BLIND_CASES_8 = Path(__file__).resolve().parent / "data" / "blind_figure_cases_8.jsonl"
BLIND_CASES_9 = Path(__file__).resolve().parent / "data" / "blind_figure_cases_9.jsonl"
BLIND_CASES_10 = Path(__file__).resolve().parent / "data" / "blind_figure_cases_10.jsonl"
BLIND_CASES_11 = Path(__file__).resolve().parent / "data" / "blind_figure_cases_11.jsonl"
BLIND_CASES_12 = Path(__file__).resolve().parent / "data" / "blind_figure_cases_12.jsonl"
BLIND_CASES_13 = Path(__file__).resolve().parent / "data" / "blind_figure_cases_13.jsonl"
# 100 by an author of the eleventh session (business, courts, elections, health, sport, weather and
# local government; India, Australia, Canada, Ireland, South Africa, Nigeria, US), whose failures
# that session's rules were made from: 84 at its start code (and with the scorer's new tags)
BLIND_CASES_14 = Path(__file__).resolve().parent / "data" / "blind_figure_cases_14.jsonl"
# 100 by another author of the eleventh session (science, transport, energy, housing, farming,
# labour; UK, Germany, Japan, Brazil, Kenya, Philippines, New Zealand, US), held out while that
# session's rules were made: 74 at its start code, 81 once the scorer took "fraction", "km2" and
# "bushel" as tags and "nearly a third" also as at most a third
BLIND_CASES_15 = Path(__file__).resolve().parent / "data" / "blind_figure_cases_15.jsonl"
# 100 by a third author of the eleventh session (headlines, courts, sport, weather, health,
# earnings, polls; US, UK, Canada, Australia, India, Pakistan, Nigeria, South Africa, Singapore,
# Ireland), held out until the session's rules before it were made: 86 at the start code, 87
# with them; rules were then made from its failures too
BLIND_CASES_16 = Path(__file__).resolve().parent / "data" / "blind_figure_cases_16.jsonl"
# 100 long, dense wire sentences (conversions, changes, rates, exchange rates; Japan, Korea, the
# Gulf, Turkey, Egypt, Mexico, Argentina, Indonesia, Vietnam, Poland, UK, US) by a fourth author
# of the eleventh session: 68 at the start code, 70 with the rules made before it came
BLIND_CASES_17 = Path(__file__).resolve().parent / "data" / "blind_figure_cases_17.jsonl"
# 100 by a fifth author of the eleventh session (markets, courts, elections, transport, weather,
# health, science, sport, councils; fifteen countries), held out until the session's end: 81 at
# the start code, 83 with the session's rules, 84 once the cedi's sign (GH¢) was read
BLIND_CASES_18 = Path(__file__).resolve().parent / "data" / "blind_figure_cases_18.jsonl"
# 100 by an author of the twelfth session (many countries and topics), who saw only the first
# 15 dev cases: their clock times (decimal hours) were rewritten as HHMM and two numbers the text
# writes as a score ("35-20", "312 to 207", "5-42.") merged into one, mechanically, before any
# scoring; 89 at the session's start code once the scorer took "year" as an age's tag
BLIND_CASES_19 = Path(__file__).resolve().parent / "data" / "blind_figure_cases_19.jsonl"
# 100 by a second author of the twelfth session, told the tags of the earlier sets; held out
# while the session's rules before it were made: 89 at the start code, 92 with those rules
BLIND_CASES_20 = Path(__file__).resolve().parent / "data" / "blind_figure_cases_20.jsonl"
# 100 by an author of the thirteenth session, told the tags; held out until scored: 79 at the
# start code (e61d073) and with the session's first rules, 83 with "first" and "second" as
# ranks, 87 with the readings made from its failures
BLIND_CASES_21 = Path(__file__).resolve().parent / "data" / "blind_figure_cases_21.jsonl"
# 100 by a second author of the thirteenth session, asked for what extractors find hard; held out
# while the session's rules were made: 81 at the start code (e61d073), 92 with them; 96 with
# the rules then made from its failures
BLIND_CASES_22 = Path(__file__).resolve().parent / "data" / "blind_figure_cases_22.jsonl"
# 100 by an author of the fourteenth session, told the tags (the numbers README it was pointed at
# does not exist; it read the tags from set 22's first lines); held out: 93 at the start code
# (334e1bf) and at dc3b5a9 alike
BLIND_CASES_23 = Path(__file__).resolve().parent / "data" / "blind_figure_cases_23.jsonl"
# 100 by an author of the fifteenth session, told to read the tags from the first lines of sets 22
# and 23 only; held out until scored
BLIND_CASES_24 = Path(__file__).resolve().parent / "data" / "blind_figure_cases_24.jsonl"
# 100 by an author of the fifteenth session who read only the dev cases (dates as day numbers,
# clock times as hours: minutes in decimal hours, a guess the scorer takes); held out until scored
BLIND_CASES_25 = Path(__file__).resolve().parent / "data" / "blind_figure_cases_25.jsonl"
# 100 hard sentences (conversions, changes and levels, names with digits, race times, headlines)
# by an author of the fifteenth session who read only the dev cases: 89 held out at a568758, 94
# once the scorer took its guesses (percentage points as "pp", "2230 GMT" as 22.5, a span of
# hours), 99 with the readings made from its failures (left: "the first results expected", a
# rank this author leaves out and set 24's lists)
BLIND_CASES_26 = Path(__file__).resolve().parent / "data" / "blind_figure_cases_26.jsonl"
# 100 sentences whose numbers are worded (spelled numbers, fractions, vague amounts, ages as
# decades, "below zero", scores in words) by an author of the fifteenth session who read only
# the dev cases: 89 held out at 84907e0, 96 with the readings then made from its failures (and
# the scorer taking a decade's age and a quarter-century in years)
BLIND_CASES_27 = Path(__file__).resolve().parent / "data" / "blind_figure_cases_27.jsonl"
# 100 sentences of local and regional news in eleven countries by an author of the fifteenth
# session who read only the dev cases: 93 held out at 5e6a57a, 99 with the readings then made
# (left: "when it opens on the 23rd", a day of no month, which the reader does not date)
BLIND_CASES_28 = Path(__file__).resolve().parent / "data" / "blind_figure_cases_28.jsonl"
# 100 sentences of sport and of science, health and tech copy by an author of the fifteenth
# session who read only the dev cases: 91 held out at 5ad9de6, 96 once the scorer took its unit
# tags ("nm", "m2", a bitrate's "Mbps"), 97 with "0.5ml" read and a rate's base four words on
# ("150 minutes of moderate exercise a week")
BLIND_CASES_29 = Path(__file__).resolve().parent / "data" / "blind_figure_cases_29.jsonl"
# 100 headlines, quotes and sentences mixing units by an author of the fifteenth session who read
# only the dev cases: 87 held out at fcc9976, 97 once the scorer took "ha" and "lb", 98 with
# "Egyptian pounds" and a headline's "for third straight month"
BLIND_CASES_30 = Path(__file__).resolve().parent / "data" / "blind_figure_cases_30.jsonl"
# 100 sentences of wire copy (courts, elections, markets, health, weather, transport, conflict;
# headlines in shorthand; identifiers that are no figures) by an author of the eighteenth session
# who read only the dev cases and the first lines of sets 29 and 30: 97 held out at a013640
# (left: "over 2019 Christchurch arson" read as more than 2019 arsons, "a third more than
# planned" not read, "on the 5th" not dated), 99 with the first two read
BLIND_CASES_31 = Path(__file__).resolve().parent / "data" / "blind_figure_cases_31.jsonl"
# 100 sentences of news from Indian, Nigerian, Kenyan, South African, Philippine, Pakistani,
# Australian, Canadian, Irish and Singaporean outlets (lakh and crore, naira, shillings, rand,
# cricket, court and markets copy) by an author of the eighteenth session who read only the dev
# cases and the first lines of set 31: 96 held out at e4c7501 (left: "Form Four candidates",
# "the week to 20 July, 34 per cent higher" read as 20 July 2034, "342 for 6" told by "off 131
# balls", "47 cents" of an A$ sentence as US cents), 100 with the four read
BLIND_CASES_32 = Path(__file__).resolve().parent / "data" / "blind_figure_cases_32.jsonl"
# 100 sentences of American and British local and specialist news (councils, school boards,
# baseball, basketball, golf, tennis, obituaries, science, tech, weather) by an author of the
# eighteenth session who read only the dev cases and the first lines of set 31: 95 held out at
# bf42bc1 (left: "went 3-for-4", "a quarter-mile walking track", "upper 90s" read 96-99 where the
# author took 90, 95-99, 90-99 or 97, "a half-cent sales tax", "the 50th anniversary")
BLIND_CASES_33 = Path(__file__).resolve().parent / "data" / "blind_figure_cases_33.jsonl"
# 100 sentences of international wire copy packing several figures (lists, brackets and
# conversions, changes, parts of wholes, rates, tallies, headlines with "bln" and "trln") by an
# author of the eighteenth session who read only the dev cases and the first lines of set 31:
# 96 held out at bf42bc1 (left: "2.1 bln euros", "$3 trln", "(117 Fahrenheit)", "triple what it
# cost in January")
BLIND_CASES_34 = Path(__file__).resolve().parent / "data" / "blind_figure_cases_34.jsonl"
# 100 sentences of regional news of thirteen English-speaking countries (courts, health, weather,
# transport, elections, sport, markets, obituaries) by an author of the nineteenth session who read
# only the dev cases; told to write clock times as HHMM and a full date's day alone (its year
# added to the one such case by hand, as the dev cases list it), with tags of its own the scorer
# takes ("basis point", "percentage point", "night", a match's "minute"): 81 held out at f1cdd28;
# 90 with the rules made from its failures (left: ordinals the author leaves out, "over three
# nights" read as a bound, "stopping the clock at 49.07", "Pushpa 2", "under Rs10bn scheme" in a
# sentence of Punjab, "over-65s")
BLIND_CASES_35 = Path(__file__).resolve().parent / "data" / "blind_figure_cases_35.jsonl"
# 100 sentences of US politics, courts, health, tech, energy, accidents, space, weather, Europe,
# the Middle East, Africa, Latin America, East Asia and sport by an author of the nineteenth
# session who read only the dev cases (two readings for each bound, the dev cases' and the open
# end): 88 held out at f1cdd28 and with the session's rules made before it came alike (87 with
# the scorer before it took a match minute's tag); its failures gave "NT$" and "Mex$" and "a full
# percentage point": 90 (left: five ordinals its author leaves out, "-24.2 points", "a year's worth of
# rain", "3.1 points" of a poll's margin as percentage points)
BLIND_CASES_36 = Path(__file__).resolve().parent / "data" / "blind_figure_cases_36.jsonl"
# 100 by an author of the twenty-second session (5 December) who never ran the extractor, aimed at
# what extractors find hard across beats and countries: 81 at 0612c2a and with that session's
# first rules alike
BLIND_CASES_37 = Path(__file__).resolve().parent / "data" / "blind_figure_cases_37.jsonl"
# 100 more by another author of that session, the news a comparison meets most (several outlets
# on one disaster, trial, vote or deal), written after the rules from set 37 were made: 96 at
# 0612c2a and with them alike; 98 with "UPDATE 2-" before a wire headline and "first responders"
BLIND_CASES_38 = Path(__file__).resolve().parent / "data" / "blind_figure_cases_38.jsonl"
# 100 by an author of the twenty-third session (5 December) who never ran the extractor: one event
# told by several outlets (tolls revised through the day, estimates and ranges, sums in several
# currencies with their conversions, zoned times): 83 held out at 6801662; 90 with the rules made
# from its failures ("128 kmph", "150 to 180 km per hour", "(0400-1900 GMT)", "The Boeing 737-800
# ... lost contact", "an estimated 100,000-plus", "4m of debris"; left: ordinals, "a third refused",
# "2m" people by year-end, "Al Jazeera 23", dirhams read as the UAE's in a story of Morocco)
BLIND_CASES_39 = Path(__file__).resolve().parent / "data" / "blind_figure_cases_39.jsonl"
# 100 by another author of that session, news outside the US as its own outlets write it (UK,
# Ireland, India, Pakistan, Nigeria, Kenya, South Africa, Australia, New Zealand, Canada,
# Singapore, the Philippines): 88 held out at 6801662; 93 with the rules from set 39 and its own
# failures ("The 1.2m-high wall", "near Junction 9", "220kV", "15h00", "R250 000"; left: cents
# with no currency, "6c per litre", "47c/l", "₦1,535.72/$1", "N898" with no word of Nigeria, a
# cricket score "7-474", ordinals)
BLIND_CASES_40 = Path(__file__).resolve().parent / "data" / "blind_figure_cases_40.jsonl"
# 100 by a third author of that session, US local news (police and fire, courts, town budgets and
# mill rates, weather, real estate, school sports), written after the rules from sets 39 and 40:
# 75 held out (83 once the scorer took a temperature read without a scale for the author's "F",
# and lengths in another unit, "5-foot-10" as 70 inches); 90 with the rules from its failures
# ("41 Orchard St.", "mile marker 42", "6:15 Tuesday evening", '14.2" of snow', "2.14 in.",
# "more than a foot of snow", "highs near 50", "32.19 mills", "Dover 28, Portsmouth 21"; left:
# ordinals, "3 bed/2 bath", "a one-bedroom", a game clock, "5K", "half-cent")
BLIND_CASES_41 = Path(__file__).resolve().parent / "data" / "blind_figure_cases_41.jsonl"
# 100 by a fourth author of that session, war, diplomacy and aid (troops, tolls by source,
# distances to borders, pledges, UN votes, weapons named by numbers), written with set 41: 92 held
# out, with the rules from sets 39 to 41 made
BLIND_CASES_42 = Path(__file__).resolve().parent / "data" / "blind_figure_cases_42.jsonl"
# 100 by a fifth author of that session, a day of a wire's every desk in several countries, and
# 100 by a sixth, health, science, technology, transport and energy; both written after the rules
# from sets 39 to 42 were made: 89 and 88 held out (90 and 88 with the scorer's temperatures and
# lengths); 93 and 91 with the rules from their failures ("a 6.1in display", "426.9 parts per
# million", "69.4Mbit/s", "calls to triple zero", "asteroid 2024 YR4"; left: a poll's "48-52",
# "129.50/130.00" to the dollar, "minus 40 to minus 50" as one range, "58 mg/dL", "57.6mpg",
# "300 MW/1,200 MWh", "8.7-fold" as "times", ordinals before a name)
BLIND_CASES_43 = Path(__file__).resolve().parent / "data" / "blind_figure_cases_43.jsonl"
BLIND_CASES_44 = Path(__file__).resolve().parent / "data" / "blind_figure_cases_44.jsonl"
# 100 headlines by a seventh author of that session (wire prefixes, tabloid capitals, Indian,
# African and Australian money, sport results, ages in brackets), and 100 sentences of sport and
# business by an eighth, written after the rules from sets 39 to 44 were made: 80 and 79 held out
# (the scorer's changes moved neither); 84 and 81 with the rules from their failures ("3m without
# power", "10m displaced", "peaks at 13.8m", "50bp", "Man (40s)", "by 50 billion yen to 1.5
# trillion yen" a clause after its verb, "leads ... by 4:46"; left: ordinals the authors list
# ("fourth-quarter", "Q2", "50th ODI ton"), golf's "six-under" as -6 to par, cricket's "397/4" and
# "90no", odds, "Ten Hag" read as ten)
BLIND_CASES_45 = Path(__file__).resolve().parent / "data" / "blind_figure_cases_45.jsonl"
BLIND_CASES_46 = Path(__file__).resolve().parent / "data" / "blind_figure_cases_46.jsonl"
# 100 by a ninth author of that session, breaking news told differently by several outlets
# (shootings, collapses, crashes, floods, strikes, verdicts, election nights), written last: 91
# held out with every rule of the session made; 93 with "by a 3:2 majority" read as a tally and an
# exit poll's "Labour 410, Conservatives 131, Lib Dems 61" as counts (left: "the 32nd floor", "Only
# one of the 242", "the limit is 50" as mph, "by 10" as a time)
BLIND_CASES_47 = Path(__file__).resolve().parent / "data" / "blind_figure_cases_47.jsonl"
# 100 each by three authors of the twenty-fourth session, told the dev cases' conventions (their
# prompt called money and percent tags null where the dev cases write "USD" and "%": each author
# accepted both): elections, polls and referendums in many countries; courts, crime and prisons;
# markets, central banks and company results. First scored 90, 97 and 92 (93 once the scorer took
# "25bps" as 25 basis points, as it took "25 basis points"); 96, 99 and 96 with the rules made from
# their failures: "the over-65s", "under-35s" as ages, "a second referendum" and "the UK's
# ninth-biggest ever" as ranks, "Rmb74.6bn", "tier 1" as a name, "about 10g", "until 4 in the
# morning", "by a margin of two to one" (left: "the 1922 Committee", "by 11/5", "three quarter-point
# cuts", "second-quarter revenue" as a rank, "the JSE's Top 40", "a 10-for-1 split")
BLIND_CASES_48 = Path(__file__).resolve().parent / "data" / "blind_figure_cases_48.jsonl"
BLIND_CASES_49 = Path(__file__).resolve().parent / "data" / "blind_figure_cases_49.jsonl"
BLIND_CASES_50 = Path(__file__).resolve().parent / "data" / "blind_figure_cases_50.jsonl"
# 100 by a fourth author of that session (transport, accidents, aviation and shipping), told the
# dev cases' money and percent tags, written after the rules from sets 48-50: 97 held out; 99 with
# "by up to an hour" as a span and "in their 60s and 70s" as two ages (left: "14,000-TEU" untagged)
BLIND_CASES_51 = Path(__file__).resolve().parent / "data" / "blind_figure_cases_51.jsonl"
# 100 by a fifth author (local government, schools, housing and property in the UK, Ireland,
# Australia, New Zealand and Canada) and 100 by a sixth (obituaries, anniversaries, history and
# culture), written with set 51: 94 and 83 held out; 96 and 91 with "809m²", "£2,250pcm", years
# before 1800 where a year is expected ("printed in 1623", "between 1163 and 1345"), "44 BC",
# "the mid-Sixties", "the 19th-century mansion", "sixty-odd years", "17 stone" (left: names that
# are numbers, "Adele's 25", "The 1975", "Studio 54", "Maroon 5"; "her seventh in 2019")
BLIND_CASES_52 = Path(__file__).resolve().parent / "data" / "blind_figure_cases_52.jsonl"
BLIND_CASES_53 = Path(__file__).resolve().parent / "data" / "blind_figure_cases_53.jsonl"
# 100 each by four authors of the twenty-fifth session (5 December) who never ran the extractor:
# science, climate and space; crime and courts; farming, commodities and shipping; consumer
# technology and telecoms. Written while the session's first rules (quarters as ranks, split
# ratios, "mum-of-three") were made and scored after them, at c238007: 87, 93, 88 and 84 held
# out; 94, 95, 89 and 89 with the rules from their failures ("net zero", "below 2005 levels",
# "the second-busiest port", "for the 31st straight day Sunday", gigatonnes, megajoules, "45W",
# "50MP", "5x zoom", "3m by 2.5m", "in 2021 to 10,840 incidents", "Friday the 13th", "Voyager
# 1", "USB 3.0", "10-34-0 fertilizer"; left: "MB/s" read as megabits, "TEUs", "t/ha", "LMT",
# "42.46ppl", "42c", "P45" as pesos, "6ft 4in" as one height where the authors list two)
BLIND_CASES_54 = Path(__file__).resolve().parent / "data" / "blind_figure_cases_54.jsonl"
BLIND_CASES_55 = Path(__file__).resolve().parent / "data" / "blind_figure_cases_55.jsonl"
BLIND_CASES_56 = Path(__file__).resolve().parent / "data" / "blind_figure_cases_56.jsonl"
BLIND_CASES_57 = Path(__file__).resolve().parent / "data" / "blind_figure_cases_57.jsonl"
# 100 by an author of the thirty-second session who read only the dev cases and the first lines of
# sets 22 and 57 (regional news from India, Africa, Australia, Canada and Ireland; farming,
# fisheries and shipping; weather; health; cricket, rugby, athletics, cycling, swimming, golf)
BLIND_CASES_58 = Path(__file__).resolve().parent / "data" / "blind_figure_cases_58.jsonl"
# 100 by an author of the thirty-third session who read only the dev cases and set 58 (courts,
# markets, elections, sport, weather, science, transport, councils; percentage and basis points,
# mixed units, vague counts, labels that are no figures)
BLIND_CASES_59 = Path(__file__).resolve().parent / "data" / "blind_figure_cases_59.jsonl"
# 110 real sentences with a number or a number word, drawn at random from corpus clusters of the
# tune side that no gold or annotated cluster uses (ECB+ 1-30 and BASIL; scraping artefacts kept),
# annotated blind by a helper of the nineteenth session under the dev cases' conventions: 97/110
# at f1cdd28, 99 with the scorer taking a count's noun as its tag ("the 225-page report": page),
# 103 with the rules made from its failures (a football play's "2nd-and-10", "Ground zero",
# "Guccifer 2.0"). The closest to what a reader meets in the corpus
REAL_FIGURE_CASES = Path(__file__).resolve().parent / "data" / "real_figure_cases.jsonl"
# 110 more such sentences, drawn and annotated the same way once the rules from the first set were
# made, and held out from them: 103/110 at f1cdd28 and with them alike (the session's rules
# neither gained nor lost on fresh real sentences); 105 once "one he regrets" (a pronoun) and a
# fight stopped "at 2:56" (into the round, not a clock) were read from its failures; 106 with
# "only one word" a count (not after "the only")
REAL_FIGURE_CASES_2 = Path(__file__).resolve().parent / "data" / "real_figure_cases_2.jsonl"
# 110 more, drawn and annotated the same way at the session's end, held out from every rule of
# it: 105/110 at f1cdd28, 107 with the session's rules (a version in a name, "Guccifer 2.0" and
# "Firefox 2.0 to Firefox 3.0": the clean held-out gain on real sentences); 108 once "only one"
# before a capitalised word counted too ("only one Democratic senator")
REAL_FIGURE_CASES_3 = Path(__file__).resolve().parent / "data" / "real_figure_cases_3.jsonl"
# 110 more (twentieth session), drawn from the 48 corpus clusters no other set uses and annotated
# blind before any rule of the session: 105/110 at 3b6ceef; 107 with "one day after" (an
# interval, not "some day") and speech's "February the 15th" read from its failures, and 108 with
# the scorer taking a vague amount by its base ("billions of dollars" as 1e9 USD, as "hundreds"
# is 100)
REAL_FIGURE_CASES_4 = Path(__file__).resolve().parent / "data" / "real_figure_cases_4.jsonl"
# 110 more, drawn and annotated the same way once the rules from set 4 were made (other clusters
# of the 48): 107/110 at 3b6ceef, 106 with those rules ("a pair of white midcalf-high socks": the
# hyphen slipped past the worn pairs left out, mended from it), 108 with that and "one town hall
# after another" read as no count
REAL_FIGURE_CASES_5 = Path(__file__).resolve().parent / "data" / "real_figure_cases_5.jsonl"
# 110 more, drawn and annotated the same way late in that session, held out from every rule made
# before it: 106/110 at 3b6ceef and 107 with them (the clean held-out gain of the session on real
# sentences); 110 once "90-plus percent" (a share), "I for one" and "one a couple weeks ago" (no
# count) were read from its failures
REAL_FIGURE_CASES_6 = Path(__file__).resolve().parent / "data" / "real_figure_cases_6.jsonl"
# 110 more, drawn at random (seed 20261205) from sentences of the corpus clusters no gold or
# annotated set uses and no earlier set holds, annotated blind on 5 December (twenty-second
# session) before any rule was made from them: 105/110 at 0612c2a
REAL_FIGURE_CASES_7 = Path(__file__).resolve().parent / "data" / "real_figure_cases_7.jsonl"
# 110 more, drawn the same way (seed 77120512) and annotated blind that session by another
# helper, scored once the rules from set 7 were made: 107/110 at 0612c2a and with them alike
REAL_FIGURE_CASES_8 = Path(__file__).resolve().parent / "data" / "real_figure_cases_8.jsonl"
# 110 more (seed 99120512), annotated blind that session by a third helper and scored once the
# session's first rules were made: 104/110 at 0612c2a and with them alike
REAL_FIGURE_CASES_9 = Path(__file__).resolve().parent / "data" / "real_figure_cases_9.jsonl"
# 110 more (seed 10120512), annotated blind by a fourth helper of that session and scored once
# the rules from sets 7 to 9 and blind cases 37 were made: 104/110 at 0612c2a, 105 with them
REAL_FIGURE_CASES_10 = Path(__file__).resolve().parent / "data" / "real_figure_cases_10.jsonl"
# 220 more (seed 11120512, split in two), annotated blind by two more helpers late that session
# and scored once every rule before them was made: 104 and 107/110 at 0612c2a and with them alike
REAL_FIGURE_CASES_11 = Path(__file__).resolve().parent / "data" / "real_figure_cases_11.jsonl"
REAL_FIGURE_CASES_12 = Path(__file__).resolve().parent / "data" / "real_figure_cases_12.jsonl"
# 110 more (seed 13120512), annotated blind by a helper at that session's end and scored once
# every rule of it before was made: 101/110 at 0612c2a and with them alike (the session's rules
# gained nothing on it); 107 once "the same one", "think twice", "two-dozen", "a 13-all tie" and
# "the next minute or two" were read from its failures
REAL_FIGURE_CASES_13 = Path(__file__).resolve().parent / "data" / "real_figure_cases_13.jsonl"
# 220 more (seed 14120512, split in two), annotated blind by two helpers at that session's end:
# 103 and 105/110 at 0612c2a, 104 and 107 with the session's rules; 107 and 108 once heights and
# weights ("(5-11,220)", "5-foot-8,135 pounds") and "the nineteen seventies" were read
REAL_FIGURE_CASES_14 = Path(__file__).resolve().parent / "data" / "real_figure_cases_14.jsonl"
REAL_FIGURE_CASES_15 = Path(__file__).resolve().parent / "data" / "real_figure_cases_15.jsonl"
# 110 more real sentences drawn from the same clusters (seed 1616) and annotated blind by a helper
# of the twenty-third session once its rules were made: 102 at its start code and with them alike;
# 104 with "one or two jurors" as one to two and shares in sixths ("one-sixth of the league")
REAL_FIGURE_CASES_16 = Path(__file__).resolve().parent / "data" / "real_figure_cases_16.jsonl"
_RELATIVE = {"today", "tonight", "yesterday", "tomorrow", "last night", "weekend"}
_MONTHS = {
    "january", "february", "march", "april", "may", "june", "july", "august", "september",
    "october", "november", "december",
}  # fmt: skip


# ---------------------------------------------------------------- 1. dev cases
def _set_aside(q: Quantity) -> bool:
    if q.kind != "date":
        return False
    text = q.text.lower().strip()
    words = text.split()
    if q.qualifier == "relative" or q.unit in WEEKDAYS or any(w in WEEKDAYS for w in words):
        return not any(ch.isdigit() for ch in text)
    return text in _MONTHS or text in _RELATIVE


# kinds whose dev-case tag is their unit ("USD", "hour", "km", "mph")
_UNIT_TAGGED = frozenset(
    {
        "money",
        "duration",
        "distance",
        "weight",
        "speed",
        "area",
        "volume",
        "temperature",
        "power",
        "energy",
        "data",
        "bitrate",
        "voltage",
        "concentration",
        "resolution",
    }
)


def _views(q: Quantity) -> list[tuple[float | None, float | None, str]]:
    """What one extracted figure looks like in the dev cases' terms: (low, high, tag)."""
    if q.kind == "date" and q.low is not None and 100_000 <= q.low < 1_000_000:
        year = int(q.low) // 100  # "January 2009" (YYYYMM): a month of a year, no day to match
        return [(year, year, "year")]
    if q.kind == "date" and q.low is not None:
        v = int(q.low)
        day = v % 100
        last = int(q.high) % 100 if q.high is not None else day  # "May 1-3": both days
        views: list[tuple[float | None, float | None, str]] = [(day, last, "date")]
        if v >= 10_000_000:
            views.append((v // 10000, v // 10000, "year"))
        return views
    if q.kind == "time" and q.low is not None:
        hour = int(q.low) // 100
        last = int(q.high) // 100 if q.high is not None else hour  # "between 5-7pm": both hours
        return [(hour % 12 or 12, last % 12 or 12, "time")]
    tag = {"percent": "%", "year": "year", "tally": "score"}.get(q.kind, "")
    if q.kind in _UNIT_TAGGED:
        tag = q.unit
    elif q.kind == "year" and q.unit == "decade":
        tag = "decade"
    return [(q.low, q.high, tag)]


_BASIS_POINTS = re.compile(r"(?i:\dbps?\b|basis[ \t-]+points?)")  # "25 basis points", "25bps"


def _close(a: float | None, b: float | None) -> bool:
    if a is None or b is None:
        return True
    return abs(a - b) <= 1e-3 * max(1.0, abs(b))


def _end(value: float | None, want: object) -> bool:
    """Whether one end of a figure is the wanted one; a wanted null ("up to 8" has no low end)
    wants an open end."""
    if want is None:
        return value is None
    return _close(value, float(want))  # type: ignore[arg-type]


# tags the blind authors wrote for what the views tag otherwise: a temperature's scale, an area's
# unit, and kinds whose views carry no tag (an age, a magnitude, a fraction, a count of bushels or
# of cricket's overs: any tag is taken there)
_TAG_ALIASES: dict[object, object] = {
    "C": "°C",
    "F": "°F",
    "ft": "foot",
    "t": "tonne",  # set 58's author
    "bpd": "barrel",  # barrels a day, read as barrels
    "TEU": "teu",  # containers counted, the noun in lower case
    "km2": "sq km",
    "sqft": "sq ft",
    "mile2": "sq mile",
    "age": None,
    "magnitude": None,
    "category": None,  # a storm's category ("a Category 4 storm"), read since the forty-fourth session
    "fraction": None,
    "bushel": None,
    "over": None,
    "gb": "GB",
    "point": None,
    "light year": "light-year",
    "pp": "%",  # percentage points, as some authors tag them
    "nm": "nanometre",
    "m2": "sq m",
    "ha": "hectare",
    "lb": "pound",
    "basis point": "bp",
    "percentage point": "%",
    "night": None,  # "three nights" counted, as set 35's author tags it
    "metre": "m",
    "meter": "m",
    "ratio": "score",  # "a 10-for-1 split", "by two to one": the extractor's tallies hold ratios too
}


# lengths by the unit names the views carry, in metres: "5-foot-10" read as 5.83 feet is the
# author's 70 inches
_LENGTHS = {display: factor for kind, factor, display in units.MEASURES.values() if kind == "distance"}


def _match(views: list[tuple[float | None, float | None, str]], q: Quantity, want: dict[str, object]) -> bool:
    low, high, tag = want["low"], want["high"], want["tag"]
    tag = _TAG_ALIASES.get(tag, tag)
    for v_low, v_high, v_tag in views:
        if tag in _LENGTHS and v_tag in _LENGTHS and tag != v_tag:
            ratio = _LENGTHS[v_tag] / _LENGTHS[str(tag)]
            v_low = None if v_low is None else v_low * ratio
            v_high = None if v_high is None else v_high * ratio
            v_tag = str(tag)
        if tag in ("°F", "°C") and v_tag == "degree":
            v_tag = str(tag)  # "97 degrees": the reader names no scale the sentence does not
        if tag not in (None, "approx", "ordinal") and tag != v_tag:
            continue
        if tag == "approx" and q.qualifier != "approx":
            continue
        if tag == "decade" or tag == "approx":
            if _end(v_low, low):
                return True
            continue
        if v_low is None and v_high is None:
            continue
        if (
            q.qualifier == "approx"
            and low is not None
            and low == high
            and v_low is not None
            and v_high is not None
            and v_high > v_low
            and _end(v_low, low)
        ):
            return True  # "billions of dollars" (1e9 to 1e10) as "1e9 USD": a vague amount by its base
        if _end(v_low, low) and _end(v_high, high):
            return True
    return False


_NEARLY = re.compile(r"(?i:(?:nearly|almost|just[ \t]+under|close[ \t]+to)\b)")


def _times_100(value: float | None) -> float | None:
    return None if value is None else value * 100


def _times(value: float | None, factor: float) -> float | None:
    return None if value is None else value * factor


_YEARS = {"decade": 10.0, "century": 100.0}  # a span in decades or centuries, in years


def _decimal_hours(q: Quantity) -> list[tuple[float | None, float | None, str]]:
    """A clock time in decimal hours on a 12-hour clock ("10:45 p.m." is 10.75), and its hour on a
    24-hour clock ("20:00" is 20)."""
    if q.low is None:
        return []
    hours = (int(q.low) // 100) % 12 or 12
    minutes = (int(q.low) % 100) / 60
    value, full = hours + minutes, int(q.low) // 100 + minutes  # "2230 GMT" may be 22.5
    return [(value, value, "time"), (int(q.low) // 100, int(q.low) // 100, "time"), (full, full, "time")]


def _case_passes(found: list[Quantity], accept: list[list[dict[str, object]]]) -> bool:
    """Whether the figures `found` give one of the readings in `accept`.

    A full date is read two ways: as its day and its year, two items as the dev cases give
    them, or as one YYYYMMDD value as the gold guidelines write it (authors told the
    guidelines' conventions write "January 1, 2025" as 20250101)."""
    return _reads_as(found, accept, whole_dates=False) or _reads_as(found, accept, whole_dates=True)


def _reads_as(found: list[Quantity], accept: list[list[dict[str, object]]], *, whole_dates: bool) -> bool:
    # a full date stands for its day and its year: each view is an item to match
    alternative = {"time", "fraction", "age"}
    whole = {
        id(q) for q in found if whole_dates and q.kind == "date" and q.low is not None and q.low >= 10_000_000
    }
    items = [
        (q, [view])
        for q in found
        if q.kind not in alternative and not _NEARLY.match(q.text) and id(q) not in whole
        for view in _views(q)
    ]
    items += [(q, [(q.low, q.high, "date")]) for q in found if id(q) in whole]
    # "nearly 40%" is about 40, or at most 40 as some authors write it
    items += [
        (q, [view, (None, view[1], view[2])])
        for q in found
        if q.kind not in alternative and _NEARLY.match(q.text)
        for view in _views(q)
    ]
    # a share in words is its fraction, or the percent some authors write for it ("9 in 10": 90);
    # "nearly a third" also at most a third
    items += [
        (
            q,
            [
                *_views(q),
                (_times_100(q.low), _times_100(q.high), "%"),
                *([(None, q.high, "")] if _NEARLY.match(q.text) else []),
            ],
        )
        for q in found
        if q.kind == "fraction"
    ]
    # basis points as the authors count them ("25 basis points": 25 bp, or 0.25 percentage
    # points as the extractor gives them), and a decade as ten years
    extra = {
        id(q): [
            (_times_100(q.low), _times_100(q.high), "bp")
            if q.kind == "percent"
            else (_times(q.low, _YEARS[q.unit]), _times(q.high, _YEARS[q.unit]), "year")
        ]
        for q in found
        if (q.kind == "percent" and _BASIS_POINTS.search(q.text))
        or (q.kind == "duration" and q.unit in _YEARS)
    }
    # the minute of a match, tagged by its unit as some authors tag it ("in the 78th minute": minute)
    extra.update(
        {id(q): [(q.low, q.high, "minute")] for q in found if q.kind == "ordinal" and q.unit == "minute"}
    )
    # a count tagged by the noun it counts, as some authors tag it ("the 225-page report": page)
    extra.update(
        {
            id(q): [(q.low, q.high, singular(q.unit.split()[-1]))]
            for q in found
            if q.kind == "count" and q.unit
        }
    )
    items = [(q, views + extra.get(id(q), [])) for q, views in items]
    # a clock time is its hour as the dev cases give it ("10 p.m." is 10), or the time as HHMM
    # on a 24-hour clock as the gold guidelines give it ("10.15pm" is 2215, "between 2pm and 4pm"
    # 1400 to 1600): one item, two readings (and, as an author of set 25 guessed, in decimal
    # hours: "9:30 a.m." is 9.5)
    items += [
        (q, [*_views(q), (q.low, q.high, "time"), *_decimal_hours(q)]) for q in found if q.kind == "time"
    ]
    # an age is in years, as some authors tag it, and an age told as a decade ("in his 50s",
    # 50-59) its decade, as set 27's author tags it
    items += [
        (q, [*_views(q), (q.low, q.high, "year"), (q.low, q.high, "decade")])
        for q in found
        if q.kind == "age"
    ]
    order = {id(q): n for n, q in enumerate(found)}
    items.sort(key=lambda item: order[id(item[0])])  # greedy matching takes them in the text's order
    for wanted in accept:
        used: set[int] = set()
        for want in wanted:
            hit = next((n for n, (q, v) in enumerate(items) if n not in used and _match(v, q, want)), None)
            if hit is None:
                break
            used.add(hit)
        else:
            if len(used) == len(items):
                return True
    return False


def bench_dev_cases(path: Path = BENCH / "numbers" / "dev_cases.jsonl", label: str = "dev cases") -> None:
    """Score the extractor on cases of one sentence and the figures a reader should see."""
    if not path.exists():
        print(f"{label}: skipped ({path} not found)")
        return
    cases = [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]
    passed = 0
    for case in cases:
        found = [q for q in extract_quantities(case["text"]) if not _set_aside(q)]
        if _case_passes(found, case["accept"]):
            passed += 1
        elif VERBOSE:
            print("  FAIL", case["text"])
            print("       got", [(q.text, q.kind, q.low, q.high, q.unit) for q in found])
            print("       want", case["accept"])
    print(f"{label}: {passed}/{len(cases)} pass")


# ---------------------------------------------------------------- 2. mismatch pairs
def _one_group(articles: list[Article]) -> list[Group]:
    members = tuple(Member(a.id, s.index) for a in articles for s in a.sentences)
    return [Group(id=0, score=1.0, members=members)]


def bench_mismatch_pairs() -> None:
    path = BENCH / "pairs" / "numeric_mismatch_pairs.jsonl"
    if not path.exists():
        print(f"mismatch pairs: skipped ({path} not found)")
        return
    rows = [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]
    positives = [r for r in rows if r.get("label") == "paraphrase" or r.get("orig_label") == 1]
    flagged = conflict = compatible = 0
    for row in positives:
        articles = articles_from_texts({"s1": row["s1"], "s2": row["s2"]})
        quantities = [q for a in articles for q in article_quantities(a)]
        found = find_conflicts(articles, _one_group(articles), quantities)
        if found:
            flagged += 1
            kinds = {c.kind for c in found}
            conflict += "conflict" in kinds
            compatible += kinds == {"compatible"}
        elif VERBOSE:
            print("  NOT FLAGGED", row["s1"], "||", row["s2"])
    n = len(positives)
    print(
        f"mismatch pairs (label paraphrase, one group per pair, find_conflicts): {flagged}/{n} flagged "
        f"({100 * flagged / max(n, 1):.1f}%); with a conflict {conflict}, only compatible {compatible}"
    )


BLIND_PAIRS = Path(__file__).resolve().parent / "data" / "blind_conflict_pairs.jsonl"


BLIND_QUIET_PAIRS = Path(__file__).resolve().parent / "data" / "blind_quiet_pairs.jsonl"
BLIND_PAIRS_2 = Path(__file__).resolve().parent / "data" / "blind_conflict_pairs_2.jsonl"
# 80 + 70 more by an author of the eleventh session, held out until that session's last hour:
# 43/80 and 40/80, 55/70 and 57/70 at its start code; 44, 41, 56 and 57 with its rules
BLIND_PAIRS_3 = Path(__file__).resolve().parent / "data" / "blind_conflict_pairs_3.jsonl"
BLIND_QUIET_PAIRS_3 = Path(__file__).resolve().parent / "data" / "blind_quiet_pairs_3.jsonl"
# 80 + 70 more by an author of the twelfth session, written while its first rules were made
# from set 3's misses: 53/80 and 50/80, 61/70 and 61/70 at its start code, 54, 51, 61 and 61 with
# the rules made before its failures were read (rules were made from them since)
BLIND_PAIRS_4 = Path(__file__).resolve().parent / "data" / "blind_conflict_pairs_4.jsonl"
BLIND_QUIET_PAIRS_4 = Path(__file__).resolve().parent / "data" / "blind_quiet_pairs_4.jsonl"
# 80 + 70 more by a third author of the twelfth session, held out until its last hour: 51/80 and
# 47/80, 68/70 and 69/70 at its start code; 52, 47, 68 and 69 with all its rules
BLIND_PAIRS_5 = Path(__file__).resolve().parent / "data" / "blind_conflict_pairs_5.jsonl"
BLIND_QUIET_PAIRS_5 = Path(__file__).resolve().parent / "data" / "blind_quiet_pairs_5.jsonl"
# a sixth author (13th session), held out until scored at the session's start code (e61d073):
# 44/80 and 39/80 (one group / compare_articles), quiet 58/70 and 62/70
BLIND_PAIRS_6 = Path(__file__).resolve().parent / "data" / "blind_conflict_pairs_6.jsonl"
BLIND_QUIET_PAIRS_6 = Path(__file__).resolve().parent / "data" / "blind_quiet_pairs_6.jsonl"
# a seventh author (14th session), held out until scored at 5742abb (the session's sports rules in;
# the start code 334e1bf alike): 38/80 and 32/80 (one group / compare_articles), quiet 54/70 and 56/70
BLIND_PAIRS_7 = Path(__file__).resolve().parent / "data" / "blind_conflict_pairs_7.jsonl"
BLIND_QUIET_PAIRS_7 = Path(__file__).resolve().parent / "data" / "blind_quiet_pairs_7.jsonl"
# 80 conflicts and 70 quiet pairs (35 agreeing, 35 of different things) by an author of the
# fifteenth session who read three lines of sets 7 and the guidelines; held out until scored
BLIND_PAIRS_8 = Path(__file__).resolve().parent / "data" / "blind_conflict_pairs_8.jsonl"
BLIND_QUIET_PAIRS_8 = Path(__file__).resolve().parent / "data" / "blind_quiet_pairs_8.jsonl"
# 80 realistic (small) disagreements and 70 quiet pairs by an author of the fifteenth session
# who read three lines of sets 7 and the guidelines; held out until scored
BLIND_PAIRS_9 = Path(__file__).resolve().parent / "data" / "blind_conflict_pairs_9.jsonl"
BLIND_QUIET_PAIRS_9 = Path(__file__).resolve().parent / "data" / "blind_quiet_pairs_9.jsonl"
# 80 pairs (30 conflicts, 20 compatible, 30 none) and 70 quiet pairs (35 agreeing, 35 of
# different things) by an author of the thirty-fourth session who read only the gold guidelines;
# held out until scored: 57/80 and 57/80 (one group / compare_articles), quiet 64/70 and 65/70,
# at the session's start code (b9c751f) and with its first two rules (66086e8) alike
BLIND_PAIRS_10 = Path(__file__).resolve().parent / "data" / "blind_conflict_pairs_10.jsonl"
BLIND_QUIET_PAIRS_10 = Path(__file__).resolve().parent / "data" / "blind_quiet_pairs_10.jsonl"
BLIND_QUIET_PAIRS_2 = Path(__file__).resolve().parent / "data" / "blind_quiet_pairs_2.jsonl"


def bench_blind_pairs(path: Path = BLIND_PAIRS, label: str = "blind pairs") -> None:
    """Two sentences of two outlets and the flag a reader should see (conflict, compatible or
    none), written by an author who never ran the reader: the verdict with both sentences in
    one group (the figure logic alone) and with `compare_articles` (the aligner decides)."""
    if not path.exists():
        print(f"{label}: skipped ({path} not found)")
        return
    rows = [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]
    for mode, grouped in (("one group", True), ("compare_articles", False)):
        right: dict[str, int] = {}
        for row in rows:
            articles = articles_from_texts({"a": row["a"], "b": row["b"]})
            if grouped:
                quantities = [q for a in articles for q in article_quantities(a)]
                found = find_conflicts(articles, _one_group(articles), quantities)
            else:
                found = list(compare_articles(articles).conflicts)
            kinds = {c.kind for c in found}
            got = "conflict" if "conflict" in kinds else "compatible" if kinds else "none"
            right[row["want"]] = right.get(row["want"], 0) + (got == row["want"])
            if VERBOSE and got != row["want"]:
                print(f"  {mode}: {row['want']} -> {got}: {row['a']} | {row['b']}")
        wanted = {w: sum(r["want"] == w for r in rows) for w in right}
        parts = ", ".join(
            f"{w} {right[w]}/{wanted[w]}" for w in ("conflict", "compatible", "none") if w in wanted
        )
        print(f"{label} [{mode}]: {sum(right.values())}/{len(rows)} ({parts})")


BLIND_CLUSTERS = Path(__file__).resolve().parent / "data" / "blind_clusters.jsonl"
BLIND_CLUSTERS_2 = Path(__file__).resolve().parent / "data" / "blind_clusters_2.jsonl"
BLIND_CLUSTERS_3 = Path(__file__).resolve().parent / "data" / "blind_clusters_3.jsonl"
BLIND_CLUSTERS_4 = Path(__file__).resolve().parent / "data" / "blind_clusters_4.jsonl"
BLIND_CLUSTERS_5 = Path(__file__).resolve().parent / "data" / "blind_clusters_5.jsonl"
BLIND_CLUSTERS_6 = Path(__file__).resolve().parent / "data" / "blind_clusters_6.jsonl"
BLIND_CLUSTERS_7 = Path(__file__).resolve().parent / "data" / "blind_clusters_7.jsonl"
BLIND_CLUSTERS_8 = Path(__file__).resolve().parent / "data" / "blind_clusters_8.jsonl"
BLIND_CLUSTERS_9 = Path(__file__).resolve().parent / "data" / "blind_clusters_9.jsonl"
BLIND_CLUSTERS_10 = Path(__file__).resolve().parent / "data" / "blind_clusters_10.jsonl"
# 12 by an author of the twelfth session (three reports each, twelve countries), held out while
# its rules were made: 12/34, 12/27, 51/57 at the start code; 14/34, 12/27, 51/57 with them
BLIND_CLUSTERS_11 = Path(__file__).resolve().parent / "data" / "blind_clusters_11.jsonl"
# 12 by an author of the thirteenth session (three reports each, twelve countries), held out while
# its first rules were made: 16/43, 14/34, 63/71 at the start code and with them alike
BLIND_CLUSTERS_12 = Path(__file__).resolve().parent / "data" / "blind_clusters_12.jsonl"
# 12 by an author of the fourteenth session (three reports each, twelve countries), held out while
# its rules were made: 16/49, 5/28, 46/50 at the start code (334e1bf) and at 2f1bddb alike
BLIND_CLUSTERS_13 = Path(__file__).resolve().parent / "data" / "blind_clusters_13.jsonl"
# 12 clusters by an author of the fifteenth session who read one line of set 13 and the gold
# guidelines: 18/45 conflicts, 17/31 compatible, traps 52/63 when first scored (120d083 and
# 5e6a57a alike); rules were then made from its traps
BLIND_CLUSTERS_14 = Path(__file__).resolve().parent / "data" / "blind_clusters_14.jsonl"
# 12 clusters by an author of the eighteenth session who read the gold guidelines and one line of
# set 14 (flags told in other words, conversions of units and currencies, subsets as traps):
# 16/39 conflicts, 11/34 compatible, traps 56/60 when first scored (e789032); 17/39 once two
# changes from one value were compared where they end ("from 60 to 65" / "from 60 to 67"); 18/39
# with the one age each report gives of one driver, pilot, owner or suspect compared; 19/39 with
# storeys and floors one counted noun
BLIND_CLUSTERS_15 = Path(__file__).resolve().parent / "data" / "blind_clusters_15.jsonl"
# 12 clusters by an author of the eighteenth session who read the gold guidelines and one line of
# set 14 (ferry, mine, heatwave, hospital fire, central bank, strike, trade deal, trial, marathon,
# landslide, protest, layoffs), no rule made from it: 17/42 conflicts, 14/30 compatible, 57/63
# traps at 3e06e85, the same as at the session's start code (8712528)
BLIND_CLUSTERS_16 = Path(__file__).resolve().parent / "data" / "blind_clusters_16.jsonl"
# 12 clusters of three reports by an author of the nineteenth session who read the gold guidelines'
# terms in the prompt and two lines of set 16 (bus crash, mine flood, council budget, cyclone,
# teachers' strike, cricket Test, drug recall, rate cut, sentencing, wildfire, launch, stadium
# crush): 12/39 conflicts, 13/36 compatible, 60/66 traps when first scored (f1cdd28); 14/39 once
# the driver named between noun and age and the story's dead man were one person each, 14/36 with
# micrograms and nanograms read as weights
BLIND_CLUSTERS_17 = Path(__file__).resolve().parent / "data" / "blind_clusters_17.jsonl"
# 12 more by an author of the twentieth session who read set 17 (stadium crush, supermarket results,
# banker jailed, wildfire, ferry, mayoral count, strike, measles, football transfer, heat record,
# ransomware, gold pit collapse): 17/42 conflicts, 23/76 compatible, 68/74 traps when first scored,
# at 3b6ceef and with the session's first rules alike; 18/42 once two sole sums framed by the same
# words ("would save £150m a year") were one thing across points, a rule from its misses
BLIND_CLUSTERS_18 = Path(__file__).resolve().parent / "data" / "blind_clusters_18.jsonl"
# 12 more by another author of that session, written late in it and held out from all its rules
# (dam burst, bank results, rail strike, hostages freed, marathon, dengue, cabinet vote,
# avalanche, ship aground, hailstorm, museum theft, school bus crash): 21/39 conflicts, 14/47
# compatible, 58/68 traps at 3b6ceef and with the session's rules alike (one unlisted flag more
# with them, "died in Innsbruck University Hospital" read as no place, until a university, a
# college and a hospital were kept as sites)
BLIND_CLUSTERS_19 = Path(__file__).resolve().parent / "data" / "blind_clusters_19.jsonl"
# 12 by an author of the twenty-fourth session, told the gold guidelines, written while that
# session's conflict rules were made and held out from them (fire, court ruling, coach crash,
# company results, by-election, cup final, storm, strike, outbreak, summit, collapse, recall):
# 13/26 conflicts, 13/24 compatible, 53/56 traps at 1bc2631 and with the session's rules alike
BLIND_CLUSTERS_20 = Path(__file__).resolve().parent / "data" / "blind_clusters_20.jsonl"
# 12 by an author of the twenty-fifth session under the same brief, other beats (ferry sinking,
# wildfire, bank failure, marathon, flu outbreak, mine rescue, budget vote, emergency landing,
# heatwave, factory layoffs, an actor's death, hostage release): 12/30 conflicts, 7/16
# compatible, 52/56 traps at c238007, before any conflict rule of the session
BLIND_CLUSTERS_21 = Path(__file__).resolve().parent / "data" / "blind_clusters_21.jsonl"
# 12 more by an author of the thirty-second session who read one line of set 21 and the gold
# guidelines (factory fire, bank results, sentencing, marathon, measles, viaduct collapse, election,
# wildfire, rail strike, mine blast, satellite launch, transfer), held out from the session's rules
BLIND_CLUSTERS_22 = Path(__file__).resolve().parent / "data" / "blind_clusters_22.jsonl"
# 12 more by an author of the thirty-third session who read set 22 for its format only (court case,
# company results, local election, match, transport accident, disaster, outbreak, space story,
# protest, crime, recall, infrastructure failure), held out from the session's rules
BLIND_CLUSTERS_23 = Path(__file__).resolve().parent / "data" / "blind_clusters_23.jsonl"
# 12 more by an author of the forty-second session who read only the gold guidelines and the
# format (mine blast, typhoon, embezzlement sentence, mayoral runoff, shipping results, bus crash,
# marathon, port strike, Legionnaires' outbreak, e-bike recall, rocket launch, market fire): 55
# conflicts, 41 compatible, 67 traps; held out from the session's rules
BLIND_CLUSTERS_24 = Path(__file__).resolve().parent / "data" / "blind_clusters_24.jsonl"
# 12 more by an author of the forty-third session who read nothing of the project (ferry
# collision, environmental fine, referendum, IT results, marathon, cholera, teachers' march,
# meteorite, hailstorm, car-seat recall, cash-van heist, budget): 60 conflicts, 47 compatible, 71
# traps; 27/60, 16/47, 69/71 at the session's start code f00949f; held out from its rules
BLIND_CLUSTERS_25 = Path(__file__).resolve().parent / "data" / "blind_clusters_25.jsonl"
# 12 more by an author of the forty-fourth session who read nothing of the project (battery
# maker's results, rate cut, mayoral runoff, fraud sentencing, cup final, floods, bus crash, dock
# strike, drug approval, satellite launch, bridge opening, music festival): 51 conflicts, 33
# compatible, 73 traps; 27/51, 24/33, 67/73 at the session's start code b94b570. Not held out:
# the session read its misses for rules, as sets 1 to 22 were read
BLIND_CLUSTERS_26 = Path(__file__).resolve().parent / "data" / "blind_clusters_26.jsonl"
# 12 more by another author of the forty-fourth session who read nothing of the project (mine
# blast, earthquake, wildfire, derailment, airline results, finance bill, fraud verdict, rugby
# match, dock strike, cholera, museum theft, oil spill): 48 conflicts, 40 compatible, 63 traps;
# 25/48, 19/40, 58/63 at the session's start code b94b570 and at fde878f alike; held out from
# the session's rules (its misses not read)
BLIND_CLUSTERS_27 = Path(__file__).resolve().parent / "data" / "blind_clusters_27.jsonl"
# 12 more by an author of the forty-fifth session who read only the gold guidelines (stadium
# crush, bank results, budget vote, corruption sentence, heat record, ferry capsize, rail strike,
# vaccination drive, football transfer, volcanic eruption, bond sale, wildlife seizure): 64
# conflicts, 48 compatible, 59 traps; 27/64, 18/48, 52/59 at the session's start code 65189df.
# Not held out: the session read its misses for rules
BLIND_CLUSTERS_28 = Path(__file__).resolve().parent / "data" / "blind_clusters_28.jsonl"
# 12 more by another author of the forty-fifth session who read only the gold guidelines
# (takeover bid, regional election, flash flood, hospital fire, tennis final, inflation report,
# prison escape, metro opening, data breach, cyclone, marathon, port drug seizure): 66
# conflicts, 38 compatible, 66 traps; 31/66, 15/38, 61/66 at the session's start code 65189df;
# held out from its rules (its misses not read)
BLIND_CLUSTERS_29 = Path(__file__).resolve().parent / "data" / "blind_clusters_29.jsonl"
# 12 more by an author of the forty-sixth session who read only the gold guidelines (ski-flying
# record, maple syrup harvest, court penalty for fake discounts, deep-sea vents, snowstorm, cable
# car failure, city council election, cruise ship norovirus, rail tunnel breakthrough, dinosaur
# auction, chip plant opening, tram line vote): 88 conflicts, 62 compatible, 65 traps; 26/88,
# 23/62, 59/65 at the session's start code 3fc362a. Not held out: the session read its misses
BLIND_CLUSTERS_30 = Path(__file__).resolve().parent / "data" / "blind_clusters_30.jsonl"
# 12 more by another author of the forty-sixth session who read only the gold guidelines
# (meatpacker results, fake drawings trial, ice hockey match, Roman shipwreck, tornado, gas
# explosion, mayoral by-election, hepatitis A outbreak, metro line opening, carnival parade,
# bird flu, undersea cable cuts): 83 conflicts, 59 compatible, 66 traps; 42/83, 25/59, 61/66 at
# the session's start code 3fc362a and at fc4bca4 alike; held out from its rules (misses not read)
BLIND_CLUSTERS_31 = Path(__file__).resolve().parent / "data" / "blind_clusters_31.jsonl"
# real corpus clusters (ECB+ tune topics, none of the gold or annotated ones) whose differing
# figures were annotated by helper sessions of the fourteenth session that never ran the reader:
# every cross-report pair of figures for one thing that differ (conflict or compatible) and traps;
# the texts stay in the corpus (``CORPUS``), the data holds file names and quoted snippets.
# Set b (6 clusters), scored at 52e5d76 and at the start code 334e1bf alike before any rule was
# made from it: conflicts 0/25, compatible 6/29, traps 44/44 (2 flags in all)
REAL_CLUSTERS_B = Path(__file__).resolve().parent / "data" / "real_clusters_b.jsonl"
# Set a (6 more clusters, another helper), held out while the session's rules were made: at the
# start code 334e1bf conflicts 0/13, compatible 7/28, traps 47/48 (9 flags, 4 not listed); at
# 368e6ef 0/13, 7/28, 48/48 (8 flags, 3 not listed)
REAL_CLUSTERS_A = Path(__file__).resolve().parent / "data" / "real_clusters_a.jsonl"
# Set c (8 BASIL clusters, a third helper), held out: conflicts 0/5, compatible 4/12, traps 51/51
# (3 flags, 1 not listed) at the start code and at d0daf59 alike
REAL_CLUSTERS_C = Path(__file__).resolve().parent / "data" / "real_clusters_c.jsonl"
# Set d (7 more ECB+ tune clusters, a fourth helper), held out: conflicts 0/7, compatible 10/27,
# traps 48/48 (9 flags, 5 not listed) at the start code and at d139261 alike
REAL_CLUSTERS_D = Path(__file__).resolve().parent / "data" / "real_clusters_d.jsonl"
# Set e (7 ECB+ tune clusters whose corpus flags earlier sessions read, a fifth helper), a dev
# set: conflicts 9/52, compatible 7/36, traps 46/49 (24 flags, 14 not listed) at the start code
# and at c89c2f9 alike, before rules were made from it
REAL_CLUSTERS_E = Path(__file__).resolve().parent / "data" / "real_clusters_e.jsonl"
# Sets f (6 ECB+ tune clusters) and g (6 BASIL clusters), two more helpers who read only the
# corpus files and the gold guidelines (5 December), scored before any rule was made from
# them: f conflicts 5/23, compatible 11/42, traps 51/51 (16 flags, 7 not listed); g conflicts
# 1/5, compatible 1/2, traps 33/34 (2 flags) at the session's start code dacc55f and after its
# first rules (05e1a3e) alike
REAL_CLUSTERS_F = Path(__file__).resolve().parent / "data" / "real_clusters_f.jsonl"
REAL_CLUSTERS_G = Path(__file__).resolve().parent / "data" / "real_clusters_g.jsonl"
# Sets h (6 ECB+ tune clusters) and i (6 BASIL clusters), two more blind helpers (5 December),
# written while that session's rules were made and scored once they were: h conflicts 1/15,
# compatible 9/84, traps 82/85 (17 flags, 9 not listed); i conflicts 0/1, compatible 0/7, traps
# 23/23 (1 flag) at the start code dacc55f and with those rules (f036504) alike
REAL_CLUSTERS_H = Path(__file__).resolve().parent / "data" / "real_clusters_h.jsonl"
REAL_CLUSTERS_I = Path(__file__).resolve().parent / "data" / "real_clusters_i.jsonl"
# Set j (3 ECB+ tune clusters, 3 BASIL), a blind helper of the nineteenth session who read the
# gold guidelines and the corpus files: conflicts 1/7, compatible 3/52 (most of them spans told as
# "three decades" / "more than 30 years", "five days of riots" / "more than a week"), traps 39/40
# (7 flags, 4 not listed) at the session's start code f1cdd28 and with its rules alike
REAL_CLUSTERS_J = Path(__file__).resolve().parent / "data" / "real_clusters_j.jsonl"
# Sets k and l (twentieth session: 11 BASIL clusters and ECB+ topic 25, none used by another
# set), two blind helpers, scored before any rule of the session: k conflicts 0/0, compatible
# 2/12, traps 35/35 (1 flag); l conflicts 0/1, compatible 0/30 (most of them a weekday against
# "last week"), traps 56/57 (2 flags) at 3b6ceef. One rule came from l's misses ("from Mrs.
# Clinton's account" names no place), so l is a dev set since
REAL_CLUSTERS_K = Path(__file__).resolve().parent / "data" / "real_clusters_k.jsonl"
REAL_CLUSTERS_L = Path(__file__).resolve().parent / "data" / "real_clusters_l.jsonl"
# Set m (ECB+ topic 9 and five BASIL clusters of the 48), a third blind helper of that session,
# scored once the session's first rules were made: conflicts 2/12, compatible 0/39, traps 42/42
# (2 flags) at 3b6ceef and with them alike. Most misses are one count of public comments told
# five ways across points ("nearly 235,000", "250,000", "300,000"), which the tests for a line of
# figures and for two subjects ("the Interior Department", "Dale Hall") keep apart
REAL_CLUSTERS_M = Path(__file__).resolve().parent / "data" / "real_clusters_m.jsonl"
# Sets n and o (twelve BASIL clusters of the 42 no set used, drawn at random), annotated blind by
# two helpers of the twenty-second session (5 December) and scored before any rule was made from
# them: n conflicts 0/1, compatible 1/11, traps 40/40 (1 flag); o conflicts 0/1, compatible 2/6,
# traps 43/43 (1 flag), at 0612c2a and with that session's figure rules alike. Their misses are
# mostly vague against exact or a bound against a value ("scores of others" / "53", "several
# times" / "twice", "in March" / "March 3", "more than two years ago" / "two years ago"), each
# kept apart by another test (the figures' subjects, a past count against this one, an elapsed
# time against a length), and one day told two ways ("published Friday" / "earlier this week")
REAL_CLUSTERS_N = Path(__file__).resolve().parent / "data" / "real_clusters_n.jsonl"
REAL_CLUSTERS_O = Path(__file__).resolve().parent / "data" / "real_clusters_o.jsonl"
# set p: 10 more BASIL clusters annotated by a helper of the forty-sixth session (6 December) who
# read only the gold guidelines and the articles, held out from every rule of that session:
# conflicts 0/2, compatible 1/7, traps 61/61 (1 flag) at its start code 3fc362a and at a459310
# alike
REAL_CLUSTERS_P = Path(__file__).resolve().parent / "data" / "real_clusters_p.jsonl"
ANNOTATED = Path(__file__).resolve().parent / "data" / "points"
_NUMBER_TOKEN = re.compile(r"[a-z]+|\d[\d,.:]*")
_SMALL_WORDS = frozenset(
    "one two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen sixteen "
    "seventeen eighteen nineteen twenty thirty forty fifty sixty seventy eighty ninety dozen".split()
)


_SIZE_WORDS = frozenset(
    "half third thirds quarter quarters fifth fifths sixth seventh eighth tenth hundred hundreds"
    " thousand thousands million millions billion billions dozens".split()
    # ordinals in words, for a rank or a run told in words only ("the second year running")
    + "first second fourth ninth eleventh twelfth".split()
)


def _numbers(text: str) -> set[str]:
    """The number tokens of a figure as written ("Some 63" -> {"63"}, "Thirty-five" -> words)."""
    tokens = _NUMBER_TOKEN.findall(text.lower().replace("-", " "))
    # "Ashworth, 29," names 29: the comma or full stop after a number is the sentence's
    found = {t.rstrip(",.:") for t in tokens if t[0].isdigit() or t in _SMALL_WORDS}
    # a figure in words only ("nearly a third", "well over a million", "hundreds of homes", "the
    # second year running")
    return found or {t for t in tokens if t in _SIZE_WORDS}


def bench_blind_clusters(path: Path = BLIND_CLUSTERS) -> None:
    """Short clusters of two or three reports of one invented event, written by an author who
    never ran the reader, with the disagreements a reader should see (conflict or compatible)
    and traps (figures that must not be set against each other), run through
    `compare_texts`. A listed disagreement is found when a flag of that kind holds both
    figures (matched on their numbers); a trap is kept when no flag sets them against each
    other (holds both with different values: a flag may list a third report agreeing with
    one side; values are compared in base units, "7.8 tonnes" as "7,800 kilograms")."""
    if not path.exists():
        print(f"blind clusters: skipped ({path} not found)")
        return
    rows = [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]
    found = {"conflict": 0, "compatible": 0}
    wanted = {"conflict": 0, "compatible": 0}
    kept = traps = flags = listed = 0
    real = any("cluster" in row for row in rows)
    for row in rows:
        names = list(row["articles"])
        if "cluster" in row:  # a corpus cluster: its files, read as the reader reads them
            files = [CORPUS / row["cluster"] / name for name in row["articles"].values()]
            if not all(f.exists() for f in files):
                print(f"{path.stem.replace('_', ' ')}: skipped ({row['cluster']} not in {CORPUS})")
                return
            comparison = compare_articles(load_articles(files))
        else:
            comparison = compare_texts(row["articles"])
        name_of = {a.id: names[k] for k, a in enumerate(comparison.articles)}
        flagged = [
            (
                c.kind,
                [
                    (name_of[comparison.quantities[m].article], comparison.quantities[m].text)
                    for m in c.mentions
                ],
            )
            for c in comparison.conflicts
        ]
        # each flag's mentions with their values: a flag lists the reports that agree with either
        # side too ("Twelve" and "12" against "Eleven"), which sets no two of them against each other
        by_id = {a.id: a for a in comparison.articles}
        published = {a.id: publication(a) for a in comparison.articles}
        base = {f.index: (f.lo, f.hi) for f in article_figures(by_id, published, comparison.quantities)}
        valued = [
            [
                (name_of[comparison.quantities[m].article], comparison.quantities[m].text, base.get(m))
                for m in c.mentions
            ]
            for c in comparison.conflicts
        ]
        flags += len(flagged)

        def holds(mentions: list[tuple[str, str]], article: str, text: str) -> bool:
            return any(name == article and _numbers(written) & _numbers(text) for name, written in mentions)

        hit: set[int] = set()
        for want in row["flags"]:
            wanted[want["verdict"]] += 1
            kinds = [
                (k, kind)
                for k, (kind, mentions) in enumerate(flagged)
                if holds(mentions, want["a_article"], want["a_text"])
                and holds(mentions, want["b_article"], want["b_text"])
            ]
            hit.update(k for k, _ in kinds)
            found[want["verdict"]] += any(kind == want["verdict"] for _, kind in kinds)
            if VERBOSE and not any(kind == want["verdict"] for _, kind in kinds):
                print(f"  missed {want['verdict']}: {want['what']} ({want['a_text']} / {want['b_text']})")
        for trap in row["traps"]:
            traps += 1
            caught = any(
                value_a != value_b
                for mentions in valued
                for name_a, text_a, value_a in mentions
                if name_a == trap["a_article"] and _numbers(text_a) & _numbers(trap["a_text"])
                for name_b, text_b, value_b in mentions
                if name_b == trap["b_article"] and _numbers(text_b) & _numbers(trap["b_text"])
            )
            kept += not caught
            if VERBOSE and caught:
                print(f"  trap flagged: {trap['what']} ({trap['a_text']} / {trap['b_text']})")
        listed += len(hit)
    print(
        f"{path.stem.replace('_', ' ')} ({len(rows)}, {'compare_paths' if real else 'compare_texts'}):"
        " conflicts found"
        f" {found['conflict']}/{wanted['conflict']},"
        f" compatible {found['compatible']}/{wanted['compatible']}, traps kept {kept}/{traps};"
        f" {flags} flags, {flags - listed} of them not listed"
    )


# ---------------------------------------------------------------- 3. gold clusters
def _load_cluster(
    folder: Path, name: str
) -> tuple[list[Article], dict[str, tuple[int, int, int]], dict[str, object]] | None:
    packet = json.loads((folder / f"{name}.packet.json").read_text(encoding="utf-8"))
    gold = json.loads((folder / f"{name}.gold.json").read_text(encoding="utf-8"))
    paths = [CORPUS / name / a["file"] for a in packet["articles"]]
    if not all(p.exists() for p in paths):
        return None
    articles = load_articles(paths)
    spans: dict[str, tuple[int, int, int]] = {}
    for n, art in enumerate(packet["articles"]):
        for s in art["sentences"]:
            spans[s["id"]] = (n, s["start"], s["end"])
    return articles, spans, gold


def _sentence_for(article: Article, start: int, end: int) -> int | None:
    best, overlap = None, 0
    for s in article.sentences:
        o = min(end, s.end) - max(start, s.start)
        if o > overlap:
            best, overlap = s.index, o
    return best


def _mention_map(
    articles: list[Article],
    spans: dict[str, tuple[int, int, int]],
    gold: dict[str, object],
    qs: list[Quantity],
) -> tuple[dict[int, tuple[str, str]], int, int]:
    """Quantity index -> (gold quantity id, verdict); and how many gold mentions were found."""
    mapping: dict[int, tuple[str, str]] = {}
    found = total = 0
    for gq in gold["quantities"]:  # type: ignore[attr-defined]
        for m in gq["mentions"]:
            total += 1
            n, start, end = spans[m["sentence"]]
            art = articles[n]
            sent_text = art.raw[start:end]
            pos = sent_text.lower().find(m["text"].lower())
            lo, hi = (start + pos, start + pos + len(m["text"])) if pos >= 0 else (start, end)
            hit = None
            for i, q in enumerate(qs):
                if q.article == art.id and q.start < hi and lo < q.end and start <= q.start < end:
                    hit = i
                    break
            if hit is not None:
                found += 1
                mapping.setdefault(hit, (gq["id"], gq["verdict"]))
    return mapping, found, total


def _oracle_groups(
    articles: list[Article], spans: dict[str, tuple[int, int, int]], gold: dict[str, object]
) -> list[Group]:
    groups: list[Group] = []
    for point in gold["points"]:  # type: ignore[attr-defined]
        members: list[Member] = []
        for sid in point["sentences"]:
            n, start, end = spans[sid]
            index = _sentence_for(articles[n], start, end)
            if index is not None:
                members.append(Member(articles[n].id, index))
        if len({m.article for m in members}) >= 2:
            groups.append(Group(id=len(groups), score=1.0, members=tuple(dict.fromkeys(members))))
    return groups


def _score_flags(
    conflicts: Iterable[Conflict], mapping: dict[int, tuple[str, str]], gold: dict[str, object]
) -> dict[str, object]:
    conflicts = list(conflicts)
    gold_conflicts = {q["id"] for q in gold["quantities"] if q["verdict"] == "conflict"}  # type: ignore[attr-defined]
    recalled: set[str] = set()
    precise = agree_conflict = agree_compatible = kind_right = 0
    wrong: list[str] = []
    for c in conflicts:
        a, b = mapping.get(c.mentions[0]), mapping.get(c.mentions[1])
        same = a is not None and b is not None and a[0] == b[0]
        if same and a is not None:
            if a[1] in ("conflict", "compatible"):
                precise += 1
                # a pair of a conflicting quantity may itself be compatible (40,000 in 30,000-100,000)
                kind_right += c.kind == "compatible" or a[1] == "conflict"
            if a[1] == "conflict" and c.kind == "conflict":
                recalled.add(a[0])
            if a[1] == "agree":
                if c.kind == "conflict":
                    agree_conflict += 1
                else:
                    agree_compatible += 1
                wrong.append(f"{c.kind} on agreeing {a[0]}: {c.explanation}")
            elif a[1] == "conflict" and c.kind != "conflict":
                wrong.append(f"{c.kind} on conflicting {a[0]}: {c.explanation}")
        else:
            wrong.append(f"{c.kind} not in gold: {c.explanation}")
    return {
        "flags": len(conflicts),
        "precise": precise,
        "kind_right": kind_right,
        "recalled": recalled,
        "gold_conflicts": gold_conflicts,
        "agree_conflict": agree_conflict,
        "agree_compatible": agree_compatible,
        "wrong": wrong,
    }


def bench_gold_clusters(folder: Path = BENCH / "clusters_gold", title: str = "gold clusters") -> None:
    """Conflicts flagged on annotated clusters: the people's gold, or the helper-annotated set."""
    if not folder.exists():
        print(f"{title}: skipped ({folder} not found)")
        return
    names = sorted(p.name[: -len(".gold.json")] for p in folder.glob("*.gold.json"))
    totals: dict[str, dict[str, int]] = {}
    mention_found = mention_total = 0
    for name in names:
        loaded = _load_cluster(folder, name)
        if loaded is None:
            print(f"  {name}: skipped (articles not found under {CORPUS})")
            continue
        articles, spans, gold = loaded
        qs = [q for a in articles for q in article_quantities(a)]
        try:
            comparison = compare_articles(articles)
            pipeline = (list(comparison.conflicts), len(comparison.groups))
        except Exception as exc:  # noqa: BLE001 - the aligner is built in parallel; report, go on
            print(f"  {name}: compare_articles failed ({type(exc).__name__}: {exc}); no groups used")
            pipeline = (find_conflicts(articles, [], qs), 0)
        mapping, found, total = _mention_map(articles, spans, gold, qs)
        mention_found += found
        mention_total += total
        runs = {"pipeline groups": pipeline, "no groups": (find_conflicts(articles, [], qs), 0)}
        oracle = _oracle_groups(articles, spans, gold)
        t0 = time.perf_counter()
        oracle_conflicts = find_conflicts(articles, oracle, qs)
        elapsed = time.perf_counter() - t0
        runs["gold points as groups"] = (oracle_conflicts, len(oracle))
        for label, (conflicts, n_groups) in runs.items():
            s = _score_flags(conflicts, mapping, gold)
            t = totals.setdefault(
                label, dict.fromkeys(("flags", "precise", "kind", "rec", "gold", "agree_c", "agree_m"), 0)
            )
            t["flags"] += s["flags"]  # type: ignore[operator]
            t["precise"] += s["precise"]  # type: ignore[operator]
            t["kind"] += s["kind_right"]  # type: ignore[operator]
            t["rec"] += len(s["recalled"])  # type: ignore[arg-type]
            t["gold"] += len(s["gold_conflicts"])  # type: ignore[arg-type]
            t["agree_c"] += s["agree_conflict"]  # type: ignore[operator]
            t["agree_m"] += s["agree_compatible"]  # type: ignore[operator]
            missed = sorted(s["gold_conflicts"] - s["recalled"])  # type: ignore[operator]
            if not (VERBOSE or folder.name == "clusters_gold"):
                continue  # the helper-annotated set is long: its totals only
            print(
                f"  {name} [{label}, {n_groups} groups]: conflicts recalled "
                f"{len(s['recalled'])}/{len(s['gold_conflicts'])}"  # type: ignore[arg-type]
                f"{' missed ' + ','.join(missed) if missed else ''}; "
                f"flags {s['flags']}, precise {s['precise']}; "
                f"agreeing flagged as conflict {s['agree_conflict']}"
                f" (as compatible {s['agree_compatible']})"
                + (f"; find_conflicts {elapsed * 1000:.1f} ms" if label.startswith("gold") else "")
            )
            if VERBOSE:
                for line in s["wrong"]:  # type: ignore[attr-defined]
                    print("     ", line)
    print(f"{title}: gold figure mentions extracted {mention_found}/{mention_total}")
    for label, t in totals.items():
        precision = t["precise"] / t["flags"] if t["flags"] else 0.0
        print(
            f"{title} [{label}]: conflict recall {t['rec']}/{t['gold']}, "
            f"precision {t['precise']}/{t['flags']}"
            f" ({100 * precision:.0f}%; kind possible {t['kind']}/{t['precise']}),"
            f" agreeing figures flagged as conflicts {t['agree_c']}"
            f" (as compatible {t['agree_m']})"
        )


# ---------------------------------------------------------------- 4. speed
def bench_speed() -> None:
    if not CORPUS.exists():
        print(f"speed: skipped ({CORPUS} not found)")
        return
    files = sorted(CORPUS.glob("*/*.txt"))
    articles = load_articles(files)
    extract_quantities("warm up 1,200 troops on March 3, 2014")
    t0 = time.perf_counter()
    count = sum(len(article_quantities(a)) for a in articles)
    elapsed = time.perf_counter() - t0
    chars = sum(len(a.raw) for a in articles)
    print(
        f"speed: {len(articles)} corpus articles ({chars / len(articles) / 1000:.1f} KB mean), "
        f"{count} figures, extraction {elapsed / len(articles) * 1000:.2f} ms per article"
    )
    sample = ROOT / "sample_articles" / "greek_bank_riot_2010"
    six = load_articles([sample])
    t0 = time.perf_counter()
    quantities = [q for a in six for q in article_quantities(a)]
    t1 = time.perf_counter()
    find_conflicts(six, [], quantities)
    t2 = time.perf_counter()
    for _ in range(5):
        find_conflicts(six, [], quantities)
    t3 = time.perf_counter()
    print(
        f"speed: six Greek riot articles ({sum(len(a.raw) for a in six) / 1000:.0f} KB, "
        f"{len(quantities)} figures): "
        f"extraction {(t1 - t0) * 1000:.1f} ms, find_conflicts first call {(t2 - t1) * 1000:.1f} ms, "
        f"repeated {(t3 - t2) / 5 * 1000:.1f} ms (no groups)"
    )


def bench_corpus_flags() -> None:
    if not CORPUS.is_dir():
        print(f"corpus flags: skipped ({CORPUS} not found)")
        return
    folders = sorted(p for p in CORPUS.iterdir() if p.is_dir())
    conflicts = compatible = with_flags = 0
    for folder in folders:
        found = compare_articles(load_articles([folder])).conflicts
        conflicts += sum(c.kind == "conflict" for c in found)
        compatible += sum(c.kind == "compatible" for c in found)
        with_flags += bool(found)
    print(
        f"corpus flags: {conflicts + compatible} on {len(folders)} clusters ({conflicts} conflicts,"
        f" {compatible} compatible; {with_flags} clusters with a flag)"
    )


def main() -> None:
    """Run every part whose data is present (``--verbose`` lists each failure)."""
    unknown = [arg for arg in sys.argv[1:] if arg != "--verbose"]
    if unknown:
        print(__doc__)
        print("usage: quantities.py [--verbose]")
        sys.exit(0 if unknown in (["-h"], ["--help"]) else 2)
    bench_dev_cases()
    bench_dev_cases(OWN_CASES, "own cases")
    bench_dev_cases(BLIND_CASES, "blind cases")
    bench_dev_cases(BLIND_CASES_2, "blind cases 2")
    bench_dev_cases(BLIND_CASES_3, "blind cases 3")
    bench_dev_cases(BLIND_CASES_4, "blind cases 4")
    bench_dev_cases(BLIND_CASES_5, "blind cases 5")
    bench_dev_cases(BLIND_CASES_6, "blind cases 6")
    bench_dev_cases(BLIND_CASES_7, "blind cases 7")
    bench_dev_cases(BLIND_CASES_8, "blind cases 8")
    bench_dev_cases(BLIND_CASES_9, "blind cases 9")
    bench_dev_cases(BLIND_CASES_10, "blind cases 10")
    bench_dev_cases(BLIND_CASES_11, "blind cases 11")
    bench_dev_cases(BLIND_CASES_12, "blind cases 12")
    bench_dev_cases(BLIND_CASES_13, "blind cases 13")
    bench_dev_cases(BLIND_CASES_14, "blind cases 14")
    bench_dev_cases(BLIND_CASES_15, "blind cases 15")
    bench_dev_cases(BLIND_CASES_16, "blind cases 16")
    bench_dev_cases(BLIND_CASES_17, "blind cases 17")
    bench_dev_cases(BLIND_CASES_18, "blind cases 18")
    bench_dev_cases(BLIND_CASES_19, "blind cases 19")
    bench_dev_cases(BLIND_CASES_20, "blind cases 20")
    bench_dev_cases(BLIND_CASES_21, "blind cases 21")
    bench_dev_cases(BLIND_CASES_22, "blind cases 22")
    bench_dev_cases(BLIND_CASES_23, "blind cases 23")
    bench_dev_cases(BLIND_CASES_24, "blind cases 24")
    bench_dev_cases(BLIND_CASES_25, "blind cases 25")
    bench_dev_cases(BLIND_CASES_26, "blind cases 26")
    bench_dev_cases(BLIND_CASES_27, "blind cases 27")
    bench_dev_cases(BLIND_CASES_28, "blind cases 28")
    bench_dev_cases(BLIND_CASES_29, "blind cases 29")
    bench_dev_cases(BLIND_CASES_30, "blind cases 30")
    bench_dev_cases(BLIND_CASES_31, "blind cases 31")
    bench_dev_cases(BLIND_CASES_32, "blind cases 32")
    bench_dev_cases(BLIND_CASES_33, "blind cases 33")
    bench_dev_cases(BLIND_CASES_34, "blind cases 34")
    bench_dev_cases(BLIND_CASES_35, "blind cases 35")
    bench_dev_cases(BLIND_CASES_36, "blind cases 36")
    bench_dev_cases(BLIND_CASES_37, "blind cases 37")
    bench_dev_cases(BLIND_CASES_38, "blind cases 38")
    bench_dev_cases(BLIND_CASES_39, "blind cases 39")
    bench_dev_cases(BLIND_CASES_40, "blind cases 40")
    bench_dev_cases(BLIND_CASES_41, "blind cases 41")
    bench_dev_cases(BLIND_CASES_42, "blind cases 42")
    bench_dev_cases(BLIND_CASES_43, "blind cases 43")
    bench_dev_cases(BLIND_CASES_44, "blind cases 44")
    bench_dev_cases(BLIND_CASES_45, "blind cases 45")
    bench_dev_cases(BLIND_CASES_46, "blind cases 46")
    bench_dev_cases(BLIND_CASES_47, "blind cases 47")
    bench_dev_cases(BLIND_CASES_48, "blind cases 48")
    bench_dev_cases(BLIND_CASES_49, "blind cases 49")
    bench_dev_cases(BLIND_CASES_50, "blind cases 50")
    bench_dev_cases(BLIND_CASES_51, "blind cases 51")
    bench_dev_cases(BLIND_CASES_52, "blind cases 52")
    bench_dev_cases(BLIND_CASES_53, "blind cases 53")
    bench_dev_cases(BLIND_CASES_54, "blind cases 54")
    bench_dev_cases(BLIND_CASES_55, "blind cases 55")
    bench_dev_cases(BLIND_CASES_56, "blind cases 56")
    bench_dev_cases(BLIND_CASES_57, "blind cases 57")
    bench_dev_cases(BLIND_CASES_58, "blind cases 58")
    bench_dev_cases(BLIND_CASES_59, "blind cases 59")
    bench_dev_cases(REAL_FIGURE_CASES, "real figure cases")
    bench_dev_cases(REAL_FIGURE_CASES_2, "real figure cases 2")
    bench_dev_cases(REAL_FIGURE_CASES_3, "real figure cases 3")
    bench_dev_cases(REAL_FIGURE_CASES_4, "real figure cases 4")
    bench_dev_cases(REAL_FIGURE_CASES_5, "real figure cases 5")
    bench_dev_cases(REAL_FIGURE_CASES_6, "real figure cases 6")
    bench_dev_cases(REAL_FIGURE_CASES_7, "real figure cases 7")
    bench_dev_cases(REAL_FIGURE_CASES_8, "real figure cases 8")
    bench_dev_cases(REAL_FIGURE_CASES_9, "real figure cases 9")
    bench_dev_cases(REAL_FIGURE_CASES_10, "real figure cases 10")
    bench_dev_cases(REAL_FIGURE_CASES_11, "real figure cases 11")
    bench_dev_cases(REAL_FIGURE_CASES_12, "real figure cases 12")
    bench_dev_cases(REAL_FIGURE_CASES_13, "real figure cases 13")
    bench_dev_cases(REAL_FIGURE_CASES_14, "real figure cases 14")
    bench_dev_cases(REAL_FIGURE_CASES_15, "real figure cases 15")
    bench_dev_cases(REAL_FIGURE_CASES_16, "real figure cases 16")
    bench_mismatch_pairs()
    bench_blind_pairs()
    bench_blind_pairs(BLIND_QUIET_PAIRS, "blind quiet pairs")
    bench_blind_pairs(BLIND_PAIRS_2, "blind pairs 2")
    bench_blind_pairs(BLIND_QUIET_PAIRS_2, "blind quiet pairs 2")
    bench_blind_pairs(BLIND_PAIRS_3, "blind pairs 3")
    bench_blind_pairs(BLIND_QUIET_PAIRS_3, "blind quiet pairs 3")
    bench_blind_pairs(BLIND_PAIRS_4, "blind pairs 4")
    bench_blind_pairs(BLIND_QUIET_PAIRS_4, "blind quiet pairs 4")
    bench_blind_pairs(BLIND_PAIRS_5, "blind pairs 5")
    bench_blind_pairs(BLIND_QUIET_PAIRS_5, "blind quiet pairs 5")
    bench_blind_pairs(BLIND_PAIRS_6, "blind pairs 6")
    bench_blind_pairs(BLIND_QUIET_PAIRS_6, "blind quiet pairs 6")
    bench_blind_pairs(BLIND_PAIRS_7, "blind pairs 7")
    bench_blind_pairs(BLIND_QUIET_PAIRS_7, "blind quiet pairs 7")
    bench_blind_pairs(BLIND_PAIRS_8, "blind pairs 8")
    bench_blind_pairs(BLIND_QUIET_PAIRS_8, "blind quiet pairs 8")
    bench_blind_pairs(BLIND_PAIRS_9, "blind pairs 9")
    bench_blind_pairs(BLIND_QUIET_PAIRS_9, "blind quiet pairs 9")
    bench_blind_pairs(BLIND_PAIRS_10, "blind pairs 10")
    bench_blind_pairs(BLIND_QUIET_PAIRS_10, "blind quiet pairs 10")
    bench_blind_clusters()
    bench_blind_clusters(BLIND_CLUSTERS_2)
    bench_blind_clusters(BLIND_CLUSTERS_3)
    bench_blind_clusters(BLIND_CLUSTERS_4)
    bench_blind_clusters(BLIND_CLUSTERS_5)
    bench_blind_clusters(BLIND_CLUSTERS_6)
    bench_blind_clusters(BLIND_CLUSTERS_7)
    bench_blind_clusters(BLIND_CLUSTERS_8)
    bench_blind_clusters(BLIND_CLUSTERS_9)
    bench_blind_clusters(BLIND_CLUSTERS_10)
    bench_blind_clusters(BLIND_CLUSTERS_11)
    bench_blind_clusters(BLIND_CLUSTERS_12)
    bench_blind_clusters(BLIND_CLUSTERS_13)
    bench_blind_clusters(BLIND_CLUSTERS_14)
    bench_blind_clusters(BLIND_CLUSTERS_15)
    bench_blind_clusters(BLIND_CLUSTERS_16)
    bench_blind_clusters(BLIND_CLUSTERS_17)
    bench_blind_clusters(BLIND_CLUSTERS_18)
    bench_blind_clusters(BLIND_CLUSTERS_19)
    bench_blind_clusters(BLIND_CLUSTERS_20)
    bench_blind_clusters(BLIND_CLUSTERS_21)
    bench_blind_clusters(BLIND_CLUSTERS_22)
    bench_blind_clusters(BLIND_CLUSTERS_23)
    bench_blind_clusters(BLIND_CLUSTERS_24)
    bench_blind_clusters(BLIND_CLUSTERS_25)
    bench_blind_clusters(BLIND_CLUSTERS_26)
    bench_blind_clusters(BLIND_CLUSTERS_27)
    bench_blind_clusters(BLIND_CLUSTERS_28)
    bench_blind_clusters(BLIND_CLUSTERS_29)
    bench_blind_clusters(BLIND_CLUSTERS_30)
    bench_blind_clusters(BLIND_CLUSTERS_31)
    bench_blind_clusters(REAL_CLUSTERS_A)
    bench_blind_clusters(REAL_CLUSTERS_B)
    bench_blind_clusters(REAL_CLUSTERS_C)
    bench_blind_clusters(REAL_CLUSTERS_D)
    bench_blind_clusters(REAL_CLUSTERS_E)
    bench_blind_clusters(REAL_CLUSTERS_F)
    bench_blind_clusters(REAL_CLUSTERS_G)
    bench_blind_clusters(REAL_CLUSTERS_H)
    bench_blind_clusters(REAL_CLUSTERS_I)
    bench_blind_clusters(REAL_CLUSTERS_J)
    bench_blind_clusters(REAL_CLUSTERS_K)
    bench_blind_clusters(REAL_CLUSTERS_L)
    bench_blind_clusters(REAL_CLUSTERS_M)
    bench_blind_clusters(REAL_CLUSTERS_N)
    bench_blind_clusters(REAL_CLUSTERS_O)
    bench_blind_clusters(REAL_CLUSTERS_P)
    bench_gold_clusters()
    bench_gold_clusters(ANNOTATED, "annotated clusters")
    bench_speed()
    bench_corpus_flags()


if __name__ == "__main__":
    main()
