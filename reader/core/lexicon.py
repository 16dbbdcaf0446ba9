"""A small hand-made lexicon of news English: irregular forms and near-synonyms.

Each group lists word forms that a news reader takes for one point ("died", "dead",
"death", "killed"; "talks", "discussed"). Matching maps every form onto the group's first
word before stemming. Kept general on purpose: no entry is about one story.
"""

from __future__ import annotations

from functools import lru_cache

_GROUPS = (
    "die died dies dying dead death deaths deadly kill killed kills killing killings fatal fatally "
    "fatalities fatality perish perished",
    "injure injured injures injuring injury injuries wounded wound wounds wounding hurt",
    "shoot shot shoots shooting shootings gunfire gunshot gunshots",
    "murder murdered murders murdering homicide homicides slaying slain",
    "protest protests protested protesting protester protesters protestor protestors demonstration "
    "demonstrations demonstrator demonstrators rally rallies marchers",
    "police policeman policemen cops cop",
    "arrest arrested arrests arresting detain detained detention apprehended custody",
    "quake quakes earthquake earthquakes tremor tremors temblor",
    "fire fires blaze blazes flames ablaze",
    "lawyer lawyers attorney attorneys",
    "buy buys bought buying purchase purchased purchases acquire acquired acquires acquisition",
    "sell sells sold selling sale sales",
    "win wins won winning winner winners victory victories",
    "lose loses lost losing loss losses defeat defeated",
    "rise rises rose risen rising increase increased increases jump jumped climb climbed",
    "fall falls fell fallen falling drop dropped drops decline declined declines",
    "meet meets met meeting meetings",
    "talk talks talked talking discuss discussed discusses discussing discussion discussions",
    "speak speaks spoke spoken speaking",
    "resign resigns resigned resigning resignation quit quits",
    "child children kid kids",
    "man men",
    "woman women",
    "people persons",
    "find finds found finding",
    "hold holds held holding",
    "pay pays paid paying",
    "lead leads led leading",
    "bring brings brought",
    "fight fights fought fighting",
    "build builds built building",
    "take takes took taken taking",
    "give gives gave given giving",
    "send sends sent sending",
    "throw throws threw thrown throwing hurl hurled hurling",
    "steal steals stole stolen",
    "break breaks broke broken breaking",
    "begin begins began begun",
    "choose chooses chose chosen",
    "seek seeks sought",
    "catch catches caught",
    "write writes wrote written",
    "know knows knew known",
    "think thinks thought",
    "fly flies flew flown",
    "strike strikes struck",
    "run runs ran running",
    "usa america american americans",
    "uk britain british",
    # AP-style state abbreviations of datelines and headlines ("Colo. shooting suspect"), those
    # that are no other word or common name ("Ill.", "Wash.", "Miss.", "Ore." are left out)
    "arizona ariz",
    "california calif",
    "colorado colo",
    "florida fla",
    "kentucky ky",
    "michigan mich",
    "minnesota minn",
    "nebraska neb",
    "nevada nev",
    "oklahoma okla",
    "tennessee tenn",
    "wyoming wyo",
)
# Abbreviations news writes capitalised, read as the word they stand for ("Feb. 28" is
# "February 28", "Sen. Warren" is "Senator Warren"). Those that are also common words
# ("Mon", "Wed", "Sat", "Sun", "Mar", "Co", "St", "No") are left out.
ABBREVIATIONS = {
    "jan": "january",
    "feb": "february",
    "apr": "april",
    "aug": "august",
    "sep": "september",
    "sept": "september",
    "oct": "october",
    "nov": "november",
    "dec": "december",
    "tue": "tuesday",
    "tues": "tuesday",
    "thu": "thursday",
    "thur": "thursday",
    "thurs": "thursday",
    "fri": "friday",
    "sen": "senator",
    "sens": "senators",
    "gov": "governor",
    "govs": "governors",
    "rep": "representative",
    "reps": "representatives",
    "pres": "president",
    "gen": "general",
    "lt": "lieutenant",
    "maj": "major",
    "col": "colonel",
    "capt": "captain",
    "sgt": "sergeant",
    "cpl": "corporal",
    "adm": "admiral",
    "cmdr": "commander",
    "det": "detective",
    "insp": "inspector",
    "supt": "superintendent",
    "atty": "attorney",
    "prof": "professor",
    "dept": "department",
    "govt": "government",
    "univ": "university",
    "assn": "association",
    "natl": "national",
    "intl": "international",
    "corp": "corporation",
    "mt": "mount",
    "ave": "avenue",
    "blvd": "boulevard",
}
# Initialisms that read as stop words in lower case ("US" is not "us").
_INITIALISMS = {"US": "usa", "USA": "usa", "UK": "uk", "UN": "un", "EU": "eu"}


@lru_cache(maxsize=1)
def lexicon() -> dict[str, str]:
    """Each listed word form mapped onto its group's key."""
    mapping: dict[str, str] = {}
    for group in _GROUPS:
        words = group.split()
        for word in words:
            mapping.setdefault(word, words[0])
    return mapping


def canonical_word(word: str) -> str | None:
    """The group key of a word as written, or None when it is in no group."""
    if word.isupper() and word in _INITIALISMS:
        return _INITIALISMS[word]
    return lexicon().get(word.lower())
