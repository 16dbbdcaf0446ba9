"""Units of measure and counted nouns: names, kinds and conversions (currencies: `currencies`).

Measures convert to one base unit per kind (metres, kilograms, km/h, square km, litres,
hours) so that "six miles" and "10 km" can be compared.
"""

from __future__ import annotations

import re

# Scale words after a number: "1.2 billion", "€2m", "110bn".
SCALE_WORDS: dict[str, float] = {
    "thousand": 1e3,
    "k": 1e3,
    "million": 1e6,
    "millions": 1e6,
    "mln": 1e6,
    "bln": 1e9,
    "trln": 1e12,
    "mn": 1e6,
    "m": 1e6,
    "billion": 1e9,
    "billions": 1e9,
    "bn": 1e9,
    "b": 1e9,
    "trillion": 1e12,
    "tn": 1e12,
    "trn": 1e12,
    "tr": 1e12,
    "crore": 1e7,
    "crores": 1e7,
    "lakh": 1e5,
    "lakhs": 1e5,
    "lakh crore": 1e12,
}

# Measure units: name -> (kind, factor to the kind's base unit, display name).
MEASURES: dict[str, tuple[str, float, str]] = {}


def _add(kind: str, factor: float, display: str, *names: str) -> None:
    for name in names:
        MEASURES[name] = (kind, factor, display)


_add("distance", 1000.0, "km", "km", "kms", "kilometer", "kilometers", "kilometre", "kilometres")
_add("distance", 1609.344, "mile", "mile", "miles", "mi")
_add("distance", 1.0, "m", "m", "meter", "meters", "metre", "metres")
_add("distance", 0.3048, "foot", "foot", "feet", "ft")
_add("distance", 0.9144, "yard", "yard", "yards")
_add("distance", 0.0254, "inch", "inch", "inches")
_add("distance", 0.01, "cm", "cm", "centimeter", "centimeters", "centimetre", "centimetres")
_add("distance", 0.001, "mm", "mm", "millimeter", "millimeters", "millimetre", "millimetres")
# "a 3-nanometre chip" ("nm" alone is also a nautical mile: words only)
_add("distance", 1e-9, "nanometre", "nanometer", "nanometers", "nanometre", "nanometres")
_add("distance", 9.4607e15, "light-year", "light-year", "light-years", "light year", "light years")
_add("distance", 1852.0, "nautical mile", "nautical mile", "nautical miles")
_add("weight", 1.0, "kg", "kg", "kgs", "kilogram", "kilograms", "kilogramme", "kilogrammes", "kilo", "kilos")
_add("weight", 0.001, "g", "gram", "grams", "gramme", "grammes")
_add("weight", 1e-6, "mg", "mg", "milligram", "milligrams")
# a dose's or a contaminant's traces: "0.31 micrograms per tablet", "310 nanograms"
_add("weight", 1e-9, "µg", "microgram", "micrograms", "mcg", "µg", "μg")
_add("weight", 1e-12, "ng", "nanogram", "nanograms")
_add("weight", 0.45359237, "pound", "lb", "lbs", "pound", "pounds")
_add("weight", 1000.0, "tonne", "tonne", "tonnes", "metric ton", "metric tons")
_add("weight", 907.18474, "ton", "ton", "tons")
_add("weight", 0.028349523, "ounce", "ounce", "ounces", "oz")
_add("weight", 1e12, "Gt", "gigatonne", "gigatonnes", "gigaton", "gigatons", "gt")  # of ice, of CO2
_add("weight", 1e9, "Mt", "megatonne", "megatonnes", "megaton", "megatons")
_add("weight", 6.35029318, "stone", "stone")  # "weighed 17 stone", as British papers weigh people
_add(
    "speed",
    1.0,
    "km/h",
    "km/h",
    "kph",
    "kmh",
    "kmph",
    "km/hr",
    "km per hour",
    "km an hour",
    "kilometers per hour",
    "kilometres per hour",
    "kilometers an hour",
    "kilometres an hour",
)
_add("speed", 1.609344, "mph", "mph", "miles per hour", "miles an hour", "mile per hour", "mile an hour")
_add("speed", 1.852, "knot", "knot", "knots")
_add(
    "area",
    1.0,
    "sq km",
    "square kilometers",
    "square kilometres",
    "square-kilometre",
    "square-kilometer",
    "sq km",
    "km2",
    "km²",
)
_add("area", 2.589988, "sq mile", "square miles", "square mile", "square-mile", "sq miles", "sq mi")
_add(
    "area",
    9.290304e-8,
    "sq ft",
    "square feet",
    "square foot",
    "square-foot",
    "sq ft",
    "sq. ft.",
    "sq feet",
    "ft²",
)
_add(
    "area",
    1e-6,
    "sq m",
    "square meters",
    "square metres",
    "square meter",
    "square metre",
    "square-metre",
    "square-meter",
    "sq m",
    "sqm",
    "m2",
    "m²",
)
_add("area", 0.01, "hectare", "hectare", "hectares")
_add("area", 0.004046856, "acre", "acre", "acres")
_add("volume", 1.0, "litre", "liter", "liters", "litre", "litres")
_add("volume", 3.785411784, "gallon", "gallon", "gallons")
_add("volume", 0.001, "ml", "ml", "millilitre", "millilitres", "milliliter", "milliliters")
_add("volume", 1000.0, "cu m", "cubic meters", "cubic metres", "cubic meter", "cubic metre", "cu m")
_add("volume", 28.316846592, "cu ft", "cubic feet", "cubic foot", "cu ft")
_add(
    "volume",
    1e12,
    "cu km",
    "cubic kilometres",
    "cubic kilometers",
    "cubic kilometre",
    "cubic kilometer",
    "cu km",
)
_add("volume", 158.987, "barrel", "barrel", "barrels")
_add("temperature", 1.0, "degree", "degrees", "degree")
_add("magnitude", 1.0, "magnitude", "magnitude")
_add("power", 1.0, "MW", "megawatts", "megawatt", "mw")
_add("power", 1000.0, "GW", "gigawatts", "gigawatt", "gw")
_add("power", 0.001, "kW", "kilowatts", "kilowatt", "kw")
_add("power", 1e-6, "W", "watts", "watt")
_add("energy", 1.0, "MWh", "megawatt-hours", "megawatt hours", "mwh")
_add("energy", 1000.0, "GWh", "gigawatt-hours", "gigawatt hours", "gwh")
_add("energy", 1e6, "TWh", "terawatt-hours", "terawatt hours", "twh")
_add("energy", 0.001, "kWh", "kilowatt-hours", "kilowatt hours", "kwh")
_add("energy", 1 / 3600, "MJ", "megajoules", "megajoule", "mj")
_add("energy", 1 / 3.6, "GJ", "gigajoules", "gigajoule", "gj")
# what gadgets are measured in: storage, battery charge, refresh rates and clock speeds, bandwidth
_add("data", 1e3, "KB", "kb", "kilobyte", "kilobytes")
_add("data", 1e6, "MB", "mb", "megabyte", "megabytes")
_add("data", 1e9, "GB", "gb", "gigabyte", "gigabytes")
_add("data", 1e12, "TB", "tb", "terabyte", "terabytes")
_add("charge", 1.0, "mAh", "mah")
_add("frequency", 1.0, "Hz", "hz", "hertz")
_add("frequency", 1e6, "MHz", "mhz", "megahertz")
_add("frequency", 1e9, "GHz", "ghz", "gigahertz")
_add("voltage", 1.0, "kV", "kv", "kilovolt", "kilovolts")
_add("voltage", 0.001, "V", "volt", "volts")
_add("bitrate", 1e6, "Mbps", "mbps", "mbit/s", "mb/s", "megabits per second", "megabit per second")
_add("bitrate", 1e9, "Gbps", "gbps", "gbit/s", "gb/s", "gigabits per second", "gigabit per second")
_add("bitrate", 1e3, "kbps", "kbps", "kbit/s", "kilobits per second", "kilobit per second")
# a camera's resolution: "a 50MP main camera", "its 200-megapixel sensor"
_add("resolution", 1.0, "MP", "megapixel", "megapixels")
# a crop's yield: "4.8 tonnes per hectare", "3.5 t/ha" (a rate, not a weight harvested)
_add(
    "yield",
    1.0,
    "t/ha",
    "t/ha",
    "tonnes per hectare",
    "tonne per hectare",
    "tonnes a hectare",
    "tons per hectare",
    "tonnes/ha",
    "tonnes/hectare",
)
_add("yield", 0.001, "kg/ha", "kg/ha", "kilograms per hectare", "kilogrammes per hectare", "kg per hectare")
# what is in the air or the water: "426.9 parts per million" of carbon dioxide
_add("concentration", 1.0, "ppm", "ppm", "parts per million")
_add("concentration", 0.001, "ppb", "ppb", "parts per billion")


def in_weeks(unit: str, value: float) -> tuple[str, float]:
    """A span in fortnights told in weeks, as most news and readers count it ("a fortnight": 2 weeks)."""
    return ("week", value * 2) if unit == "fortnight" else (unit, value)


# Durations in hours.
TIME_UNITS: dict[str, tuple[float, str]] = {
    "second": (1 / 3600, "second"),
    "seconds": (1 / 3600, "second"),
    "sec": (1 / 3600, "second"),
    "secs": (1 / 3600, "second"),
    "minute": (1 / 60, "minute"),
    "minutes": (1 / 60, "minute"),
    "min": (1 / 60, "minute"),
    "mins": (1 / 60, "minute"),
    "hour": (1.0, "hour"),
    "hours": (1.0, "hour"),
    "hr": (1.0, "hour"),
    "hrs": (1.0, "hour"),
    "day": (24.0, "day"),
    "days": (24.0, "day"),
    "week": (168.0, "week"),
    "weeks": (168.0, "week"),
    "fortnight": (336.0, "fortnight"),
    "fortnights": (336.0, "fortnight"),
    "month": (730.5, "month"),
    "months": (730.5, "month"),
    "year": (8766.0, "year"),
    "years": (8766.0, "year"),
    "yr": (8766.0, "year"),
    "yrs": (8766.0, "year"),
    "decade": (87660.0, "decade"),
    "decades": (87660.0, "decade"),
    "century": (876600.0, "century"),
    "centuries": (876600.0, "century"),
}
TIME_UNIT_RE = (
    r"(?:seconds?|secs?|minutes?|mins?|hours?|hrs?|days?|weeks?|fortnights?|months?|years?|yrs?"
    r"|decades?|century|centuries)"
)
_MEASURE_NAMES = sorted(MEASURES, key=len, reverse=True)
# a name of two words may be hyphenated too: "a 480-nautical-mile corridor"
MEASURE_RE = (
    "(?:" + "|".join(re.escape(n).replace(r"\ ", r"(?:[ \t]+|-)") for n in _MEASURE_NAMES) + r")(?![\w/])"
)
# "5,300ha", "12 ha": hectares abbreviated, in lower case only ("Ha Long", "Ha said" are names)
MEASURE_CASED_RE = (
    r"ha(?![\w/])"
    # inches as weather reports write them: "14.2\" of snow", "2.14 in., New Haven 1.87 in."
    r"|(?<=\d)[\"″](?=[ \t]+of\b)|(?<=\d)″|(?<=\d[ \t])in\.(?=[ \t]*(?:[,;)]|$))"
    r"|(?<=\d)in(?![\w'’.-])"  # "a 6.1in display": glued to its number
    # "weighs about 10g", "a 250g bar": grams glued, in lower case ("5G", "a 3g phone" are networks)
    r"|(?<=\d)g(?![\w/'’-]|\.\w)(?![ \t]+(?:networks?|phones?|handsets?|signals?|coverage|services?|mobile"
    r"|connections?|spectrum|licen[cs]es?|technology|speeds?|masts?)\b)"
    # a charger's watts and a camera's megapixels, glued and in capitals: "45W charging", "50MP"
    r"|(?<=\d)(?:W|MP)(?![\w/'’-])"
    # oil output as the trade writes it, in lower case ("40 BPD officers" are Baltimore's police):
    # "1.4 million bpd" are barrels (a day), as "411,000 barrels per day" are
    r"|bpd(?![\w/'’-])|b/d(?![\w/'’-])"
)
MEASURES["ha"] = MEASURES["hectare"]
MEASURES["g"] = MEASURES["gram"]
MEASURES["w"] = MEASURES["watt"]
MEASURES["mp"] = MEASURES["megapixel"]
MEASURES["bpd"] = MEASURES["b/d"] = MEASURES["barrel"]
for _inch in ('"', "″", "in.", "in"):
    MEASURES[_inch] = MEASURES["inch"]


# bytes a second, told from bits by the capital B ("300 MB/s" is 2,400 Mbps; "mb/s" stays megabits)
BYTE_RATES = {
    f"{prefix}B{per}": ("bitrate", 8 * factor, f"{prefix.upper()}B/s")
    for prefix, factor in (("k", 1e3), ("K", 1e3), ("M", 1e6), ("G", 1e9), ("T", 1e12))
    for per in ("/s", "ps")
}


def measure_of(word: str) -> tuple[str, float, str] | None:
    """(kind, factor to base unit, display name) of a unit of measure, or None."""
    rate = BYTE_RATES.get(word.strip())
    if rate is not None:
        return rate
    key = " ".join(word.lower().split())
    return MEASURES.get(key) or MEASURES.get(key.replace("-", " "))  # "nautical-mile" as "nautical mile"


# Counted nouns: synonyms share a key so that "soldiers" and "troops" count the same thing.
_SYNONYMS: dict[str, str] = {}


def _syn(key: str, *words: str) -> None:
    for word in words:
        _SYNONYMS[word] = key


_syn("troop", "troop", "soldier", "force", "personnel", "serviceman", "servicemen", "servicemember")
_syn("troop", "peacekeeper")
_syn("person", "person", "people", "individual", "civilian", "resident", "citizen", "inhabitant")
_syn("protester", "protester", "protestor", "demonstrator", "marcher", "rioter")
_syn("boat", "boat", "vessel", "ship", "skiff", "craft", "warship")
_syn("dead", "dead", "killed", "death", "fatality", "victim", "died", "life", "lives", "toll")
_syn("dead", "killing", "kills", "die", "dies")  # "Quake kills 5", "Three die in bank fire"
_syn("injured", "injured", "wounded", "hurt", "injury", "casualty", "injuring", "wounding")
_syn("injured", "injures", "wounds")
_syn("arrested", "arrested", "arrest", "detained", "detention", "custody")
_syn("infected", "infected", "sickened", "infection", "ill", "positive")
_syn("fighter", "fighter", "militant", "insurgent", "combatant", "rebel", "guerrilla", "gunman", "gunmen")
_syn("worker", "worker", "employee", "staffer", "staff", "labourer", "laborer", "workman", "workmen")
_syn("worker", "dockworker", "docker", "longshoreman", "longshoremen", "coworker", "co-worker")
_syn("prisoner", "prisoner", "inmate", "detainee")
_syn("student", "student", "pupil")
_syn("passenger", "passenger", "traveler", "traveller")
_syn("officer", "officer", "policeman", "policemen", "police")
_syn("journalist", "journalist", "reporter")
_syn("car", "car", "vehicle", "automobile")
_syn("child", "child", "children", "kid", "minor", "youngster", "juvenile")
_syn("man", "man", "men")
_syn("woman", "woman", "women")
_syn("job", "job", "position", "role", "post")  # "cut 1,500 positions", "about 1,200 roles"
_syn("home", "home", "house", "dwelling", "residence", "household", "property", "premises")
_syn("village", "village", "settlement", "hamlet")
_syn("charge", "charge", "count")  # "two counts of murder" are "two murder charges"
_syn("plane", "plane", "aircraft", "airplane", "jet", "airliner")
_syn("engine", "engine", "appliance", "firetruck")  # British fire services count "appliances"
_syn("firefighter", "firefighter", "fireman", "firemen")
_syn("storey", "storey", "story", "floor")  # "a seven-storey building", "the eight-floor site", "12-story"
_syn("shop", "shop", "store", "storefront", "boutique", "supermarket")  # "565 shops" / "Hundreds of stores"
_syn("cabin", "cabin", "gondola")  # a cable car's "78 cabins" / "nearly 90 gondolas"
_syn("vote", "vote", "ballot")  # "about 64,000 votes cast" / "63,580 ballots were counted"
_syn("action", "action", "step")  # "23 executive actions" / "19 independent steps"
_syn("website", "website", "site", "webpage")  # "6,000 Web sites" / "10,000 websites"
_syn("gun", "gun", "firearm", "handgun")  # "11 firearms" / "Thirteen guns"
_syn("building", "building", "structure")  # a fire's "37 structures" / "42 buildings"
# "96 lawmakers" / "95 deputies"
_syn("lawmaker", "lawmaker", "legislator", "parliamentarian", "deputy", "mp", "mps")
_syn("defendant", "defendant", "co-defendant", "codefendant")
_syn("officer", "carabinero", "gendarme", "constable")  # "nine carabineros" / "12 officers"
_syn("knockout", "knockout", "ko", "kos", "ko'", "ko's", "ko’s")  # a boxer's "46 KOs", "47 KO's"
_syn("satellite", "satellite", "nanosatellite", "microsatellite", "cubesat")  # "three small satellites"
_syn("scientist", "scientist", "researcher")  # "a team of 16 scientists" / "team of 12 researchers"
_syn("procedure", "procedure", "surgery")  # "4,000 planned procedures" / "4500 elective surgeries"
_syn("theater", "theater", "theatre", "cinema")  # "3,910 North American theaters" / "4,000 cinemas"

# prefixes a counted noun may carry without naming another thing: "nano-satellites", "e-bikes"
_PREFIXES = frozenset("nano micro mini mega super e ex co".split())

_IRREGULAR = {
    "people": "people",
    "men": "man",
    "women": "woman",
    "children": "child",
    "police": "police",
    "personnel": "personnel",
    "gunmen": "gunman",
    "policemen": "policeman",
    "firemen": "fireman",
    "series": "series",
    "news": "news",
    "lives": "life",
    "feet": "foot",
}
GENERIC_NOUNS = frozenset(
    {"time", "times", "percent", "way", "ways", "thing", "things", "one", "ones", "other", "others"}
)


def singular(word: str) -> str:
    """A rough singular of an English noun ("troops" -> "troop", "casualties" -> "casualty")."""
    w = word.lower()
    if w in _IRREGULAR:
        return _IRREGULAR[w]
    if len(w) > 4 and w.endswith("ies"):
        return w[:-3] + "y"
    if len(w) > 4 and w.endswith(("ches", "shes", "sses", "xes")):
        return w[:-2]
    if len(w) > 3 and w.endswith("s") and not w.endswith(("ss", "us", "is", "ous")):
        return w[:-1]
    return w


def noun_key(word: str) -> str:
    """The comparison key of a counted noun: its singular, folded onto a synonym set; a short
    prefix set off by a hyphen is dropped ("nano-satellites" count satellites, "e-bikes" bikes)."""
    head, dash, tail = word.rpartition("-")
    if dash and head.lower() in _PREFIXES and word.lower() not in _SYNONYMS:
        word = tail
    s = singular(word)
    return _SYNONYMS.get(word.lower(), _SYNONYMS.get(s, s))
