"""Currencies: the signs, codes and words written before or after a number, and their ISO codes."""

from __future__ import annotations

# Currency symbols and codes written before the number. "?" is a euro sign lost in scraping.
CURRENCY_PREFIX: dict[str, str] = {
    "us$": "USD",
    "$us": "USD",
    "$a": "AUD",
    "u.s.$": "USD",
    "a$": "AUD",
    "au$": "AUD",
    "c$": "CAD",
    "ca$": "CAD",
    "nz$": "NZD",
    "hk$": "HKD",
    "s$": "SGD",
    "r$": "BRL",
    "nt$": "TWD",  # "NT$647 billion": Taiwan's dollar
    "mex$": "MXN",
    "mx$": "MXN",
    "$": "USD",
    "€": "EUR",
    "£": "GBP",
    "¥": "JPY",
    "₹": "INR",
    "₽": "RUB",
    "usd": "USD",
    "eur": "EUR",
    "gbp": "GBP",
    "euro": "EUR",
    "euros": "EUR",
    "chf": "CHF",
    "sfr": "CHF",
    "sfr.": "CHF",
    "jpy": "JPY",
    "cny": "CNY",
    "inr": "INR",
    "aud": "AUD",
    "cad": "CAD",
    "hkd": "HKD",
    "sgd": "SGD",
    "rs": "INR",
    "rs.": "INR",
    "dh": "AED",
    "r": "ZAR",
    "₦": "NGN",
    "gh¢": "GHS",
    "gh₵": "GHS",
    "₵": "GHS",
    "n": "NGN",
    "p": "PHP",  # "P9.6 billion", read only before a scale or grouped digits (see atoms)
    "ksh": "KES",
    "ngn": "NGN",
    "kes": "KES",
    "zar": "ZAR",
    "sek": "SEK",
    "nok": "NOK",
    "dkk": "DKK",
    "pln": "PLN",
    "czk": "CZK",
    "huf": "HUF",
    "brl": "BRL",
    "mxn": "MXN",
    "ars": "ARS",
    "clp": "CLP",
    "krw": "KRW",
    "twd": "TWD",
    "thb": "THB",
    "idr": "IDR",
    "myr": "MYR",
    "vnd": "VND",
    "pkr": "PKR",
    "bdt": "BDT",
    "lkr": "LKR",
    "egp": "EGP",
    "sar": "SAR",
    "qar": "QAR",
    "kwd": "KWD",
    "ils": "ILS",
    "uah": "UAH",
    "rub": "RUB",
    "tzs": "TZS",
    "ugx": "UGX",
    "ghs": "GHS",
    "nzd": "NZD",
    "isk": "ISK",
    "kshs": "KES",
    "sh": "KES",  # East African papers write "Sh588 million" for Kenyan shillings
    "shs": "KES",  # and "Shs72 trillion" (Ugandan papers: read by the place, `quantities`)
    "tsh": "TZS",
    "ush": "UGX",
    "rp": "IDR",
    "rm": "MYR",
    "rmb": "CNY",  # "Rmb74.6bn", as the Financial Times writes renminbi
    "tk": "BDT",
    "sr": "SAR",  # Saudi papers write "SR1.285 trillion" for riyals
    "qr": "QAR",
    "₱": "PHP",
    "₩": "KRW",
    "₺": "TRY",
    "฿": "THB",
    "₴": "UAH",
    "₪": "ILS",
    "?": "",
}
# ISO codes written before a number ("SEK 2.9bn", "PLN 50 million"); not codes that are words
# or names too ("COP26", "RON 95" petrol, "NPR", "TRY", "PHP")
_MORE_CODES = (
    "SEK NOK DKK PLN CZK HUF BRL MXN ARS CLP KRW TWD THB IDR MYR VND PKR BDT LKR EGP SAR QAR KWD ILS UAH RUB"
    " TZS UGX GHS NZD ISK"
).split()
CURRENCY_PREFIX_RE = (
    # a space may follow a sign in text rebuilt from tokens ("$ 5 million")
    r"(?:(?:US\$|U\.S\.\$|\$US|\$A|A\$|AU\$|C\$|CA\$|NZ\$|HK\$|S\$|R\$|NT\$|Mex\$|MX\$|\$|€|£|¥|₹|₽|₦)[ \t]?"
    r"|(?:USD|EUR|GBP|CHF|SFr\.?|JPY|CNY|INR|AUD|CAD|HKD|SGD|Rs\.?|Dh|KSh|NGN|KES|ZAR)[ \t]?"
    rf"|(?<![\w$.-])(?:{'|'.join(_MORE_CODES)})[ \t]?|[₱₩₺฿₴₪][ \t]?"
    # short signs of East and South-East Asian and African papers (read straight before a number)
    r"|(?<![\w$.-])(?:KShs|Ksh|TSh|USh|Shs|Sh|Rp|Rmb|RMB|RM|Tk|GH¢|GH₵|₵)[ \t]?"
    r"|(?<![\w$.-])(?:SR|QR)"  # riyals glued to the number ("SR 52" is a state route)
    r"|euros?[ \t]?|(?<=[\sA-Za-z(])\?[ \t]?|(?<![\w$.-])R|(?<![\w$.-])N|(?<![\w$.-])P)"
)
CURRENCY_WORDS: dict[str, str] = {
    "dollar": "USD",
    "dollars": "USD",
    "usd": "USD",
    "euro": "EUR",
    "euros": "EUR",
    "eur": "EUR",
    "pound": "GBP",
    "pounds": "GBP",
    "sterling": "GBP",
    "gbp": "GBP",
    "yen": "JPY",
    "yuan": "CNY",
    "renminbi": "CNY",
    "rupee": "INR",
    "rupees": "INR",
    "ruble": "RUB",
    "rubles": "RUB",
    "rouble": "RUB",
    "roubles": "RUB",
    "franc": "CHF",
    "francs": "CHF",
    "peso": "MXN",
    "pesos": "MXN",
    "shekel": "ILS",
    "shekels": "ILS",
    "dirham": "AED",
    "dirhams": "AED",
    "cent": "USD",
    "cents": "USD",
    "rand": "ZAR",
    "pence": "GBP",
    "penny": "GBP",
    "paise": "INR",
    "won": "KRW",
    "naira": "NGN",
    "shilling": "KES",
    "shillings": "KES",
    "riyal": "SAR",
    "riyals": "SAR",
    "rupiah": "IDR",
    "reais": "BRL",
    "lira": "TRY",
    "liras": "TRY",
    "baht": "THB",
    "ringgit": "MYR",
    "kronor": "SEK",
    "krona": "SEK",
    "kroner": "NOK",  # Danish kroner too: the Norwegian reading is the commoner in the wires
    "krone": "NOK",
    "zloty": "PLN",
    "zlotys": "PLN",
    "zlotych": "PLN",
    "złoty": "PLN",
    "złotys": "PLN",
    "zł": "PLN",
    "forint": "HUF",
    "forints": "HUF",
    "koruna": "CZK",
    "korunas": "CZK",
    "hryvnia": "UAH",
    "hryvnias": "UAH",
    "taka": "BDT",
    "cedi": "GHS",
    "cedis": "GHS",
    "birr": "ETB",
    "dong": "VND",
    "crowns": "SEK",  # Swedish, Norwegian, Danish, Czech or Icelandic (`exchange` keeps them all)
}
CURRENCY_SUFFIX_RE = (
    r"(?:(?:US|U\.S\.|Canadian|Australian|Hong[ \t]+Kong|New[ \t]+Zealand|Singapore|Swiss|Japanese|Chinese"
    r"|Indian|Russian|Mexican|South[ \t]+African|(?:South[ \t]+)?Korean|Swedish|Norwegian|Danish|Czech"
    r"|Icelandic|Chilean|Colombian|Philippine|Argentine|Kenyan|Tanzanian|Ugandan|Pakistani|Sri[ \t]+Lankan"
    r"|Nepalese|Saudi|Qatari|CFA|Vietnamese|Egyptian|Lebanese|Syrian|Sudanese)[ \t]+)?"
    r"(?:dollars?|euros?|pounds[ \t]+sterling|sterling|yen|yuan|renminbi|rupees?|rubles?|roubles?"
    r"|francs?|pesos?|shekels?|dirhams?|rand|USD|EUR|GBP|cents?|pence|penny|paise|naira|shillings?"
    r"|riyals?|rupiah|reais|liras?|baht|ringgit|kronor|krona|kroner|krone|zloty[sh]?|zlotych|złotys?|zł"
    r"|forints?|korunas?|hryvnias?|taka|cedis?|birr"
    # "crowns" are money after a scale word or a country's name ("6.9 billion crowns")
    r"|(?<=illion )crowns|(?<=Swedish )crowns|(?<=Norwegian )crowns|(?<=Danish )crowns|(?<=Czech )crowns"
    # "won" is a verb too: the currency only after a scale word or "Korean" ("10.4 trillion won"),
    # and so is "dong" a word of its own ("81.5 trillion dong", "Vietnamese dong")
    r"|(?<=illion )won|(?<=Korean )won|(?<=illion )dong|(?<=Vietnamese )dong"
    # "60 billion Egyptian pounds": a country's pound, not a weight
    r"|(?<=Egyptian )pounds?|(?<=Lebanese )pounds?|(?<=Syrian )pounds?|(?<=Sudanese )pounds?)\b"
)
_PREFIXED_DOLLARS = {
    "canadian": "CAD",
    "australian": "AUD",
    "hong kong": "HKD",
    "new zealand": "NZD",
    "singapore": "SGD",
}


# a country's name before a word many currencies share ("Danish kroner", "Chilean pesos")
_NATIONAL = {
    "swedish": "SEK",
    "norwegian": "NOK",
    "danish": "DKK",
    "czech": "CZK",
    "icelandic": "ISK",
    "chilean": "CLP",
    "colombian": "COP",
    "philippine": "PHP",
    "argentine": "ARS",
    "kenyan": "KES",
    "tanzanian": "TZS",
    "ugandan": "UGX",
    "pakistani": "PKR",
    "sri lankan": "LKR",
    "nepalese": "NPR",
    "saudi": "SAR",
    "qatari": "QAR",
    "cfa": "XOF",
    "vietnamese": "VND",
    "egyptian": "EGP",
    "lebanese": "LBP",
    "syrian": "SYP",
    "sudanese": "SDG",
}


def currency_of(word: str) -> str:
    """The ISO code of a currency written before or after a number ('' when unknown)."""
    key = " ".join(word.lower().split())
    if key in CURRENCY_PREFIX:
        return CURRENCY_PREFIX[key]
    for prefix, code in _PREFIXED_DOLLARS.items():
        if key.startswith(prefix) and "dollar" in key:
            return code
    for prefix, code in _NATIONAL.items():
        if key.startswith(prefix + " "):
            return code
    last = key.split()[-1] if key else ""
    return CURRENCY_WORDS.get(last, CURRENCY_WORDS.get(key, ""))
