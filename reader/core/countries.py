"""The countries of the world by their common English names: a place a figure is told for may be
a whole country ("infected more than 3,400 people in Zambia" is the country's count, as "3,452 cases
across the country" is), which no other place test can tell."""

from __future__ import annotations

# lower case; a few common other names beside
COUNTRIES = frozenset(
    """
    afghanistan albania algeria andorra angola antigua argentina armenia australia austria
    azerbaijan bahamas bahrain bangladesh barbados belarus belgium belize benin bhutan bolivia
    bosnia botswana brazil britain brunei bulgaria burkina burundi cambodia cameroon canada
    chad chile china colombia comoros congo croatia cuba cyprus czechia denmark djibouti dominica
    ecuador egypt england eritrea estonia eswatini ethiopia fiji finland france gabon gambia
    georgia germany ghana greece grenada guatemala guinea guyana haiti honduras hungary iceland
    india indonesia iran iraq ireland israel italy jamaica japan jordan kazakhstan kenya kiribati
    kosovo kuwait kyrgyzstan laos latvia lebanon lesotho liberia libya liechtenstein lithuania
    luxembourg madagascar malawi malaysia maldives mali malta mauritania mauritius mexico
    micronesia moldova monaco mongolia montenegro morocco mozambique myanmar burma namibia nauru
    nepal netherlands holland nicaragua niger nigeria norway oman pakistan palau palestine panama
    paraguay peru philippines poland portugal qatar romania russia rwanda samoa scotland senegal
    serbia seychelles singapore slovakia slovenia somalia spain sudan suriname swaziland sweden
    switzerland syria taiwan tajikistan tanzania thailand togo tonga trinidad tunisia turkey
    turkmenistan tuvalu uganda ukraine uruguay uzbekistan vanuatu venezuela vietnam wales yemen
    zambia zimbabwe america
    """.split()
) | frozenset(
    {
        "cape verde",
        "central african republic",
        "costa rica",
        "czech republic",
        "dominican republic",
        "east timor",
        "el salvador",
        "equatorial guinea",
        "great britain",
        "guinea-bissau",
        "ivory coast",
        "marshall islands",
        "new zealand",
        "north korea",
        "north macedonia",
        "macedonia",
        "papua new guinea",
        "saint lucia",
        "san marino",
        "saudi arabia",
        "sierra leone",
        "solomon islands",
        "south africa",
        "south korea",
        "south sudan",
        "sri lanka",
        "timor-leste",
        "united arab emirates",
        "united kingdom",
        "united states",
        "vatican city",
        "the netherlands",
        "the philippines",
        "the gambia",
        "the united states",
        "the united kingdom",
        "u.s.",
        "u.k.",
        "uk",
        "us",
        "usa",
        "uae",
    }
)


# the words of those names (`Figure.named` holds a sentence's place words one by one)
_WORDS = frozenset(word for name in COUNTRIES for word in name.split()) - {"the"}


def only_countries(words: frozenset[str]) -> bool:
    """Whether every one of these place words (lower case) is a word of a country's name."""
    return bool(words) and words <= _WORDS
