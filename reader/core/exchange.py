"""Whether two sums may be in one currency, when one word names several.

"Crowns" are Swedish, Norwegian, Danish, Icelandic or Czech; "kroner" Norwegian or Danish;
"pesos", "francs", "shillings", "rupees", "dollars" and "riyals" are the money of several
countries. `reader.core.currencies` reads each word as its usual currency ("6.9 billion
crowns" as SEK, "1.48 billion kroner" as NOK); here a sum written with the bare word may be
any of the word's currencies, so that "1.84 billion crowns" and "1.48 billion kroner" are
compared as one currency's sums. A country's name or an ISO code settles the currency
("Danish kroner", "US$21 million").

Sums in currencies that cannot be one stay apart: the rate of the day is unknown, and people
annotate "110 billion euros" and "$144 billion" as two quantities.
"""

from __future__ import annotations

import re
from functools import lru_cache

from reader.core.figures import Figure

# the currencies a bare word may name
_BY_WORD: tuple[tuple[re.Pattern[str], frozenset[str]], ...] = tuple(
    (re.compile(pattern, re.IGNORECASE), frozenset(codes.split()))
    for pattern, codes in (
        (r"\bpesos?\b", "MXN CLP COP PHP ARS"),
        (r"\bfrancs?\b", "CHF XOF"),
        (r"\bshillings?\b|(?<![\w$.-])Sh\b", "KES TZS UGX"),
        (r"\brupees?\b|(?<![\w$.-])Rs\b", "INR PKR LKR NPR"),
        (r"\bkron(?:er|e|or|a)\b|\bcrowns\b", "SEK NOK DKK ISK CZK"),
        # the word, a bare sign ("$1.16 million", not "US$", "A$", "C$") or cents: any dollar
        (r"\bdollars?\b|(?<![A-Za-z])\$|\bcents?\b", "USD CAD AUD NZD SGD HKD"),
        (r"\briyals?\b", "SAR QAR"),
    )
)
# a country's name or an ISO code in the sum's text settles which currency it is
_SETTLED = re.compile(
    r"\b(?:US|U\.S\.|Canadian|Australian|New Zealand|Singapore|Hong Kong|Mexican|Chilean|Colombian"
    r"|Philippine|Argentine|Swiss|CFA|Kenyan|Tanzanian|Ugandan|Indian|Pakistani|Sri Lankan|Nepalese"
    r"|Swedish|Norwegian|Danish|Icelandic|Czech|Saudi|Qatari)\b|\b[A-Z]{3}\b"
)


@lru_cache(maxsize=4096)
def currencies(code: str, written: str) -> frozenset[str]:
    """The currencies a sum written `written` (its text, read as `code`) may be in."""
    if _SETTLED.search(written) is not None:
        return frozenset({code})
    for pattern, codes in _BY_WORD:
        if pattern.search(written):
            return codes | {code}
    return frozenset({code})


def one_currency(a: Figure, b: Figure) -> bool:
    """Whether two sums may be in one currency ("1.84 billion crowns", "1.48 billion kroner")."""
    return a.currency == b.currency or bool(
        currencies(a.currency, a.q.text) & currencies(b.currency, b.q.text)
    )


def kind_currency(fig: Figure) -> str:
    """The currency a sum counts under when an article's sums are sorted by kind: a bare "$" or
    "dollars" is the American dollar's whatever place its sentence names, so that "$1.3 billion"
    in a sentence of Ontario and "$400 million" in one naming no place are two values of one kind."""
    may_be = currencies(fig.currency, fig.q.text) if fig.currency else frozenset()
    return "USD" if len(may_be) > 1 and "USD" in may_be else fig.currency
