"""Quantities in a body, normalised so outlets' numbers can be compared.

"$1BILLION", "\\$1Bln", "$1bn-worth" and "more than a billion dollars" must all
become 1e9 USD, or the comparison stage would call agreeing outlets different.
The finder is rules over the raw text (no parser): it finds every number (digits
or words), then reads the currency and qualifier before it and the magnitude,
range and unit after it. A number with nothing to count or measure is not a
quantity, which is what keeps years, codes and dates out.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace

from parallax.analyze._numbers import DIGIT_NUMBER, MAGNITUDES, WORD_NUMBER, parse_number
from parallax.analyze.framed_quantities import find_framed_quantities
from parallax.model import Quantity
from parallax.model.article import Qualifier, QuantityKind

# ---------------------------------------------------------------- currencies

_CURRENCY_SYMBOLS: dict[str, str] = {
    "US$": "USD", "U.S.$": "USD", "$": "USD", "A$": "AUD", "AU$": "AUD", "C$": "CAD", "CA$": "CAD",
    "NZ$": "NZD", "HK$": "HKD", "S$": "SGD", "R$": "BRL", "€": "EUR", "£": "GBP", "¥": "JPY",
    "₹": "INR", "₽": "RUB", "₩": "KRW", "₴": "UAH", "₺": "TRY", "₪": "ILS", "RS": "INR", "RS.": "INR",
}
ISO_CODES = (
    "USD", "EUR", "GBP", "JPY", "CNY", "RMB", "INR", "RUB", "CHF", "CAD", "AUD", "NZD", "HKD",
    "SGD", "KRW", "BRL", "MXN", "UAH", "TRY", "ZAR", "SEK", "NOK", "DKK", "PLN", "ILS", "SAR", "AED",
)
_ISO = "|".join(ISO_CODES)
_CURRENCY_PREFIX = (
    r"(?P<cur>(?:(?-i:US|U\.S\.)\s?|(?-i:AU|CA|NZ|HK|[ACSR]))?\\?\$(?-i:US|A|NZ|C|HK)?(?=\s?[\d.])"
    r"|[€£¥₹₽₩₴₺₪]"
    rf"|(?-i:{_ISO})(?=\s?[\d.])"
    r"|(?-i:Rs)\.?(?=\s?\d))\s?"
)

# Currency names written after the number, mapped to ISO codes. "won" and "rand"
# are English words too, so they count only after a magnitude ("5 billion won").
_CURRENCY_WORDS: dict[str, str] = {
    "dollar": "USD", "euro": "EUR", "pound": "GBP", "sterling": "GBP", "ruble": "RUB",
    "rouble": "RUB", "yen": "JPY", "yuan": "CNY", "renminbi": "CNY", "rupee": "INR",
    "franc": "CHF", "peso": "MXN", "won": "KRW", "hryvnia": "UAH", "lira": "TRY", "rand": "ZAR",
    "riyal": "SAR", "dirham": "AED", "shekel": "ILS", "zloty": "PLN", "real": "BRL", "reais": "BRL",
    "naira": "NGN", "shilling": "KES", "krona": "SEK", "kronor": "SEK", "krone": "NOK", "kroner": "NOK",
}
_DOLLAR_ADJECTIVES: dict[str, str] = {
    "us": "USD", "u.s.": "USD", "american": "USD", "australian": "AUD", "canadian": "CAD",
    "hong kong": "HKD", "new zealand": "NZD", "singapore": "SGD", "taiwan": "TWD", "taiwanese": "TWD",
    "zimbabwean": "ZWL",
}
_CURRENCY_WORD_RE = re.compile(
    r"[ \t]+(?:(?P<adj>US|U\.S\.|American|Australian|Canadian|Hong Kong|New Zealand|Singapore|Taiwan(?:ese)?"
    r"|Zimbabwean|Swiss|Russian|Indian|Chinese|Japanese|Mexican|Turkish|South African|Saudi|Polish|Israeli)[ \t]+)?"
    r"(?P<word>dollars?|euros?|pounds?(?:[ \t]+sterling)?|sterling|roubles?|rubles?|yen|yuan|renminbi|rupees?"
    r"|francs?|pesos?|won|hryvnias?|lira|liras|rand|riyals?|dirhams?|shekels?|zlotys?|zlotych|reais|naira"
    r"|shillings?|kronor|krona|kroner|krone)\b"
    rf"|[ \t]+(?P<iso>(?-i:{_ISO}))\b",
    re.IGNORECASE,
)
_NEEDS_MAGNITUDE = {"won", "rand", "real"}

# ---------------------------------------------------------------- numbers

_CORE_RE = re.compile(
    rf"(?<![\w.,/\\:#+&@-])(?:{_CURRENCY_PREFIX})?(?P<num>{DIGIT_NUMBER}|\b{WORD_NUMBER}\b)",
    re.IGNORECASE,
)
_MAGNITUDE_WORD_RE = re.compile(
    r"(?:[ \t\u00a0]?-?[ \t]?)(?P<mag>thousand|million|billion|trillion|bn|bln|mn|mln|tn|trn|crores?|lakhs?)\b",
    re.IGNORECASE,
)
# "MM" is the finance pages' million ("$21MM"); lower-case "mm" stays millimetres.
_MAGNITUDE_LETTER_RE = re.compile(r"(?P<mag>MM|[mMkKbB])\b")
_RANGE_RE = re.compile(
    rf"[ \t]*(?P<sep>-|–|—|to|and)[ \t]*(?:{_CURRENCY_PREFIX})?(?P<num>{DIGIT_NUMBER}|\b{WORD_NUMBER}\b)",
    re.IGNORECASE,
)

# ---------------------------------------------------------------- qualifiers

_QUALIFIER_WORDS: dict[str, Qualifier] = {
    "about": "approx", "around": "approx", "approximately": "approx", "approx.": "approx",
    "nearly": "approx", "almost": "approx", "some": "approx", "roughly": "approx",
    "an estimated": "approx", "estimated": "approx", "circa": "approx", "close to": "approx",
    "~": "approx", "or so": "approx", "upward of": "more_than",
    "more than": "more_than", "over": "more_than", "at least": "more_than", "upwards of": "more_than",
    "in excess of": "more_than", "exceeding": "more_than", "above": "more_than", "well over": "more_than",
    "just over": "more_than", "well above": "more_than", "no fewer than": "more_than", "no less than": "more_than",
    "under": "less_than", "fewer than": "less_than", "less than": "less_than", "up to": "less_than",
    "at most": "less_than", "below": "less_than", "just under": "less_than", "no more than": "less_than",
    "as many as": "less_than", "not more than": "less_than",
}
_QUALIFIER_RE = re.compile(
    r"(?:^|(?<=[\s(\[\"“‘'—–]))(?P<q>"
    + "|".join(re.escape(q) for q in sorted(_QUALIFIER_WORDS, key=len, reverse=True) if q != "~")
    + r")[ \t]+$|(?P<tilde>~)[ \t]?$",
    re.IGNORECASE,
)
_BETWEEN_RE = re.compile(r"(?:^|(?<=[\s(]))between[ \t]+$", re.IGNORECASE)
_FROM_RE = re.compile(r"(?:^|(?<=[\s(]))from[ \t]+$", re.IGNORECASE)

# ---------------------------------------------------------------- units

_PERCENT_RE = re.compile(
    r"(?:[ \t]?(?:%|per[ \t-]?cent\b|percent\b|pct\b|(?-i:pc)\b)(?P<points>[ \t]+(?:percentage[ \t]+)?points?\b)?"
    r"|[ \t]+percentage[ \t]+points?\b)",
    re.IGNORECASE,
)

_DURATION_UNITS: dict[str, tuple[str, float]] = {
    "hour": ("h", 1), "hr": ("h", 1), "minute": ("min", 1), "min": ("min", 1),
    "second": ("s", 1), "sec": ("s", 1), "day": ("d", 1), "week": ("wk", 1), "month": ("mo", 1),
    "year": ("yr", 1), "decade": ("yr", 10), "century": ("yr", 100), "centurie": ("yr", 100),
}
_MINUS_RE = re.compile(r"\bminus[ \t]+$", re.IGNORECASE)
_STRONG_RE = re.compile(r"-strong\b", re.IGNORECASE)
_DURATION_PLURALS = frozenset({"hours", "minutes", "seconds", "days", "weeks", "months", "years", "decades",
                               "centuries"})
_DURATION_WORD = r"hours?|hrs?|minutes?|mins?|seconds?|secs?|days?|weeks?|months?|years?|decades?|century|centuries"
_DURATION_HYPHEN_RE = re.compile(
    r"-(?P<u>hour|hr|minute|min|second|day|week|month|year|decade|century)(?:-long)?\b(?P<old>-old\b)?",
    re.IGNORECASE,
)
_DURATION_SPACED_RE = re.compile(
    rf"[ \t]+(?P<u>{_DURATION_WORD})\b(?P<old>[ \t]+old\b)?", re.IGNORECASE
)

# Measure units, longest spellings first, to short symbols. Symbols that are also
# letters of words ("m", "l", "C", "F") must touch the number ("100m", "30C").
_MEASURE_WORDS: dict[str, str] = {
    "square kilometres": "km2", "square kilometers": "km2", "square kilometre": "km2",
    "square kilometer": "km2", "square km": "km2", "sq km": "km2", "sq. km": "km2",
    "square miles": "mi2", "square mile": "mi2", "sq mi": "mi2", "square metres": "m2",
    "square meters": "m2", "square metre": "m2", "square meter": "m2", "sq m": "m2",
    "square feet": "ft2", "square foot": "ft2", "sq ft": "ft2",
    "kilometres per hour": "km/h", "kilometers per hour": "km/h", "miles per hour": "mph",
    "nautical miles": "nmi", "nautical mile": "nmi",
    "kilometres": "km", "kilometers": "km", "kilometre": "km", "kilometer": "km",
    "miles": "mi", "mile": "mi", "metres": "m", "meters": "m", "metre": "m", "meter": "m",
    "centimetres": "cm", "centimeters": "cm", "millimetres": "mm", "millimeters": "mm",
    "feet": "ft", "foot": "ft", "inches": "in", "inch": "in", "yards": "yd", "yard": "yd",
    "kilograms": "kg", "kilogram": "kg", "kilogrammes": "kg", "kilos": "kg", "kilo": "kg",
    "grams": "g", "gram": "g", "grammes": "g", "metric tons": "t", "metric tonnes": "t",
    "tonnes": "t", "tonne": "t", "tons": "t", "ton": "t", "ounces": "oz", "ounce": "oz",
    "litres": "l", "liters": "l", "litre": "l", "liter": "l", "millilitres": "ml", "milliliters": "ml",
    "gallons": "gal", "gallon": "gal", "hectares": "ha", "hectare": "ha", "acres": "ac", "acre": "ac",
    "megawatts": "MW", "megawatt": "MW", "gigawatts": "GW", "gigawatt": "GW", "kilowatts": "kW",
    "degrees celsius": "C", "degrees centigrade": "C", "degrees fahrenheit": "F",
    "degrees c": "C", "degrees f": "F",
}
_MEASURE_SYMBOLS: dict[str, str] = {
    "km²": "km2", "km2": "km2", "km/h": "km/h", "kmh": "km/h", "kph": "km/h", "mph": "mph",
    "km": "km", "kms": "km", "mi": "mi", "cm": "cm", "mm": "mm", "kg": "kg", "kgs": "kg",
    "ft": "ft", "lb": "lb", "lbs": "lb", "oz": "oz", "ml": "ml", "m²": "m2", "m2": "m2",
    "ha": "ha", "nm": "nmi", "MW": "MW", "GW": "GW", "kW": "kW", "kWh": "kWh", "MWh": "MWh",
    "GWh": "GWh", "TWh": "TWh",
}
_MEASURE_WORD_RE = re.compile(
    r"(?:[ \t]|-)(?P<u>"
    + "|".join(re.escape(w).replace(r"\ ", r"[ \t]+") for w in sorted(_MEASURE_WORDS, key=len, reverse=True))
    + r")\b",
    re.IGNORECASE,
)
_MEASURE_SYMBOL_RE = re.compile(
    r"(?:[ \t]?|-)(?P<u>"
    + "|".join(re.escape(w) for w in sorted(_MEASURE_SYMBOLS, key=len, reverse=True))
    + r")(?![\w²])"
)
_TOUCHING_SYMBOL_RE = re.compile(r"(?:[ \t]?°[ \t]?(?P<deg>[CF])|(?P<u>[CFmgl]))(?![\w°])")

# ---------------------------------------------------------------- counted nouns

_STOP_WORDS = frozenset(
    """
    a an the of and or but nor to in on at for from by with without into onto over under about after
    before during since until than as that which who whom whose what this these those there here their
    his her its our your my they them we he she it i you me us him is are was were be been being am
    have has had do does did will would shall should can could may might must not no per each every
    more most less least other others such same so very also just only even still yet already now
    then when while where if because although though said says say told tells according reported
    including include includes like among between across through against toward towards around near
    within via plus versus vs up down out off back away ago old last next first second third new all
    some any both either neither few many much several own than too how why whether percent cent
    """.split()
)
_MONTHS = (
    "january february march april may june july august september october november december "
    "jan feb mar apr jun jul aug sep sept oct nov dec"
).split()
_WEEKDAYS = "monday tuesday wednesday thursday friday saturday sunday".split()
# Words ending in "s" that are not counted nouns, and the vague plurals that start a new amount.
_NOT_COUNT_WORDS = frozenset(
    [*_MONTHS, *_WEEKDAYS, "news", "gas", "bus", "yes", "thus", "plus", "series",
     "tens", "dozens", "hundreds", "thousands", "millions", "billions", "trillions",
     "twenties", "thirties", "forties", "fifties", "sixties", "seventies", "eighties", "nineties", "teens"]
)
_IRREGULAR_PLURALS = frozenset(
    """
    people men women children police personnel staff aircraft cattle feet teeth mice geese sheep
    fish deer data media criteria militia crew infantry livestock clergy faculty troops folk folks
    spacecraft offspring youth
    """.split()
)
_NP_TOKEN_RE = re.compile(r"[ \t]+(?P<w>[A-Za-z][\w'’-]*)")
# Words of a counted noun phrase we look at: "240 artillery pieces", "80 heavily armed
# troops"; enough for newsroom noun phrases without running into the next clause.
_MAX_NOUN_WORDS = 3
# A coordinated second noun is kept when short ("warplanes and helicopters"); longer
# tails ("lawsuits and angry shareholders and contractors") are a new phrase. Read off
# BASIL/ECB+ samples.
_MAX_COORDINATED_WORDS = 2

_VAGUE_RE = re.compile(
    r"\b(?:(?P<tens>tens|hundreds)[ \t]+of[ \t]+(?P<tscale>thousands|millions|billions)[ \t]+of"
    r"|(?P<mult>several|a[ \t]+few|a[ \t]+couple[ \t]+of|a[ \t]+couple|many)[ \t]+"
    r"(?P<mscale>dozen|hundred|thousand|million|billion)(?![\w-])(?:[ \t]+of)?"
    r"|(?P<plural>dozens|scores|hundreds|thousands|millions|billions)[ \t]+of)(?=[ \t])",
    re.IGNORECASE,
)
_VAGUE_BASE = {
    "dozen": 12, "dozens": 12, "scores": 20, "hundred": 100, "hundreds": 100, "thousand": 1e3,
    "thousands": 1e3, "million": 1e6, "millions": 1e6, "billion": 1e9, "billions": 1e9, "tens": 10,
}
# "several dozen" ~ 3 dozen: an order of magnitude, flagged vague.
_VAGUE_MULTIPLIER = {"several": 3, "a few": 3, "a couple of": 2, "a couple": 2, "many": 1}

# ---------------------------------------------------------------- not quantities

_MONTH_BEFORE_RE = re.compile(
    r"\b(?:January|February|March|April|May|June|July|August|September|October|November|December"
    r"|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec)\.?[ \t]+$"
)
_MONTH_AFTER_RE = re.compile(
    r"(?:st|nd|rd|th)?[ \t]+(?:of[ \t]+)?(?:January|February|March|April|May|June|July|August|September"
    r"|October|November|December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec)\b"
)
_TIME_AFTER_RE = re.compile(
    r"(?::\d|\.\d\d[ \t]*[ap]\.?m\b|[ \t]*[ap]\.?m\.?(?!\w)|[ \t]*o['’]clock|[ \t]*(?-i:GMT|BST|UTC|EST|EDT|CET|CEST)\b"
    r"|/\d|(?:st|nd|rd|th)\b|\.\d|\.[ ]\d)",
    re.IGNORECASE,
)
_PREVIOUS_WORD_RE = re.compile(r"(?P<w>[A-Za-z][\w'’.]*)[ \t]+$")
# Capitalised words that may stand before a number without making it a name's
# part ("Boeing 737", "Windows 10"): sentence-initial function words.
_CAPITALISED_OK = _STOP_WORDS | {w.split()[0] for w in _QUALIFIER_WORDS} | {"only", "just", "another", "exactly"}


@dataclass
class _Number:
    """A number as read so far: where it is, its value, and what came with it."""

    start: int
    end: int
    value: float
    currency: str | None
    is_word: bool
    year_like: bool
    digits: str


def find_quantities(text: str) -> list[Quantity]:
    """Every quantity in `text`, in order, with offsets and normalised values."""
    found: list[Quantity] = find_framed_quantities(text)
    taken: list[tuple[int, int]] = [(q.start, q.end) for q in found]
    for vague in _find_vague(text):
        if any(vague.start < e and s < vague.end for s, e in taken):
            continue
        found.append(vague)
        taken.append((vague.start, vague.end))
    for match in _CORE_RE.finditer(text):
        if any(s <= match.start("num") < e for s, e in taken):
            continue
        quantity = _read_quantity(text, match)
        if quantity is None:
            continue
        if any(quantity.start < e and s < quantity.end for s, e in taken):
            continue
        found.append(quantity)
        taken.append((quantity.start, quantity.end))
    found.sort(key=lambda q: q.start)
    return [replace(q, partial=True) if q.kind == "count" and _RUN_BEFORE_RE.search(text[max(0, q.start - 12):q.start])
            else q for q in found]


# "his first 17 passes", "the last three games": the opening or closing run of a series counts a part
# of it, never the whole, as "five of the bombs" is a part of the bombs ("29 of 34 passes" is the game's).
_RUN_BEFORE_RE = re.compile(r"\b(?:first|last|final|opening)\s+$", re.I)


def _find_vague(text: str) -> list[Quantity]:
    """'hundreds of protesters', 'several dozen helicopters', 'millions of dollars'."""
    out: list[Quantity] = []
    for match in _VAGUE_RE.finditer(text):
        if match.group("tens"):
            value = _VAGUE_BASE[match.group("tens").lower()] * _VAGUE_BASE[match.group("tscale").lower()]
        elif match.group("mult"):
            multiplier = _VAGUE_MULTIPLIER[re.sub(r"\s+", " ", match.group("mult").lower())]
            value = multiplier * _VAGUE_BASE[match.group("mscale").lower()]
        else:
            value = _VAGUE_BASE[match.group("plural").lower()]
        end = match.end()
        qualifier, start = _qualifier_before(text, match.start())
        currency = _CURRENCY_WORD_RE.match(text, end)
        if currency and currency.group("word") and not currency.group("word").lower().startswith("pound"):
            unit = _currency_word_code(currency)
            out.append(Quantity(text[start : currency.end()], float(value), unit, "money", qualifier=qualifier,
                                start=start, end=currency.end(), vague=True))
            continue
        noun = _noun_phrase(text, end, allow_singular=False)
        if noun is None:
            continue
        noun_end, unit = noun
        out.append(Quantity(text[start:noun_end], float(value), unit, "count", qualifier=qualifier,
                            start=start, end=noun_end, vague=True))
    return out


def _read_number(text: str, match: re.Match[str]) -> _Number | None:
    surface = match.group("num")
    value = parse_number(surface)
    if value is None:
        return None
    currency = None
    if match.group("cur"):
        currency = _currency_code(match.group("cur"))
    is_word = not (surface[0].isdigit() or surface[0] == ".")
    year_like = bool(re.fullmatch(r"\d{4}", surface)) and 1000 <= value <= 2100
    return _Number(match.start(), match.end(), value, currency, is_word, year_like, surface)


def _currency_code(symbol: str) -> str:
    cleaned = re.sub(r"[\s\\]", "", symbol).upper()
    if cleaned.startswith("$") and len(cleaned) > 1:  # "$US1bn", "$A5m": the Australian press's order
        cleaned = cleaned[1:] + "$"
    if cleaned in ISO_CODES:
        return "CNY" if cleaned == "RMB" else cleaned
    return _CURRENCY_SYMBOLS.get(cleaned, "USD" if cleaned.endswith("$") else cleaned)


def _currency_word_code(match: re.Match[str]) -> str:
    if match.group("iso"):
        return match.group("iso")
    word = re.sub(r"\s+", " ", match.group("word").lower())
    adjective = (match.group("adj") or "").lower()
    if word.startswith("dollar"):
        return _DOLLAR_ADJECTIVES.get(adjective, "USD")
    if word.startswith("franc"):
        return "CHF"
    base = word.split()[0]
    for key, code in _CURRENCY_WORDS.items():
        if base == key or base.rstrip("s") == key or base == key + "s":
            return code
    return _CURRENCY_WORDS.get(base, base.upper())


def _qualifier_before(text: str, start: int) -> tuple[Qualifier | None, int]:
    window = text[max(0, start - 25) : start]
    match = _QUALIFIER_RE.search(window)
    if not match:
        return None, start
    if match.group("tilde"):
        return "approx", start - (len(window) - match.start())
    key = re.sub(r"\s+", " ", match.group("q").lower())
    if key == "over" and _OVER_AS_PARTICLE_RE.search(window[: match.start()]):
        return None, start  # "hand over 30 million euros": a verb's particle, not "more than"
    return _QUALIFIER_WORDS[key], start - (len(window) - match.start())


# Verbs whose particle is "over": the figure after them is what is handed over, not a lower bound.
_OVER_AS_PARTICLE_RE = re.compile(r"\b(?:hand|hands|handed|handing|turn|turns|turned|turning|sign|signs|signed"
                                  r"|signing|pass|passes|passed|passing|fork|forks|forked|forking)\s+$", re.I)


def _looks_like_a_name_part(text: str, start: int, end: int) -> bool:
    """'Boeing 737 planes', 'Windows 10': a capitalised word glued before the number."""
    previous = _PREVIOUS_WORD_RE.search(text[max(0, start - 30) : start])
    if not previous:
        return False
    word = previous.group("w")
    if not word[0].isupper() or word.lower().rstrip(".") in _CAPITALISED_OK or word.endswith(("'s", "’s")):
        return False
    if word.isupper() and len(word) > 1:  # "VLADIMIR Putin is SELLING 200" style shouting
        return False
    if _SCALE_AFTER_RE.match(text, end):
        return False  # "fined Skyline Air 4.2 million euros": an amount, whatever stands before it
    following = re.match(r"[ \t]+(?P<w>[A-Za-z])", text[end : end + 40])
    return not (following and following.group("w").isupper())


_SCALE_AFTER_RE = re.compile(r"[ \t]*(?:million|billion|trillion|thousand|bn|mn)\b", re.IGNORECASE)


def _is_excluded_context(text: str, number: _Number) -> bool:
    before = text[max(0, number.start - 12) : number.start]
    if _MONTH_BEFORE_RE.search(before):
        return True
    if re.search(r"\bNo\.?[ \t]+$|#[ \t]*$", before):
        return True
    if re.search(r"\d\.[ ]$", before):
        return True  # "35. 0 percent": the tail of a decimal split by a tokeniser
    if not number.is_word and (_MONTH_AFTER_RE.match(text, number.end) or _TIME_AFTER_RE.match(text, number.end)):
        return True
    if not number.is_word and len(number.digits) > 1 and number.digits[0] == "0" and number.digits[1] != ".":
        return True  # phone numbers, codes
    return number.currency is None and _looks_like_a_name_part(text, number.start, number.end)


def _read_quantity(text: str, match: re.Match[str]) -> Quantity | None:
    number = _read_number(text, match)
    if number is None or _is_excluded_context(text, number):
        return None
    value = number.value
    position = number.end
    magnitude_written = False

    magnitude = _MAGNITUDE_WORD_RE.match(text, position)
    if magnitude and not number.is_word:
        value *= MAGNITUDES[magnitude.group("mag").lower()]
        position = magnitude.end()
        magnitude_written = True
    elif not number.is_word:
        letter = _MAGNITUDE_LETTER_RE.match(text, position)
        if letter and _letter_is_magnitude(text, letter, number.currency):
            value *= MAGNITUDES[letter.group("mag").lower()]
            position = letter.end()
            magnitude_written = True
    elif number.is_word and re.search(r"(?:thousand|million|billion|trillion)$", number.digits, re.IGNORECASE):
        magnitude_written = True

    qualifier, start = _qualifier_before(text, number.start)
    value_max, position, currency, second_magnitude = _read_range(
        text, number, value, position, magnitude_written, value / number.value if number.value else 1.0
    )
    if value_max is not None and second_magnitude and not magnitude_written:
        value *= second_magnitude
        magnitude_written = True
    if value_max is not None and value_max <= value:
        return None  # "5-4 vote", "24-7": a score or a code, not a range
    if value_max is not None and text[position - 1 : position] and _BETWEEN_RE.search(text[max(0, start - 10) : start]):
        start = _BETWEEN_RE.search(text[max(0, start - 10) : start]).start() + max(0, start - 10)

    kind, unit, end, value_factor = _read_unit(text, position, number, currency, value, magnitude_written)
    if kind is None:
        return _borrow_unit(text, number, value, start, position, qualifier, magnitude_written)
    if number.year_like and kind == "count" and qualifier is None and value_max is None:
        return None  # "in 2019 protesters...": a year before a plural noun
    value *= value_factor
    if kind == "measure" and _MINUS_RE.search(text[max(0, start - 8) : start]):
        start = start - len(_MINUS_RE.search(text[max(0, start - 8) : start]).group(0))
        value = -value  # "minus 5C"
    if value_max is not None:
        value_max *= value_factor
    return Quantity(text=text[start:end], value=value, unit=unit, kind=kind, qualifier=qualifier,
                    start=start, end=end, value_max=value_max)


_TO_NEXT_RE = re.compile(r"[ \t]+to[ \t]+(?=\S)", re.IGNORECASE)


def _borrow_unit(
    text: str, number: _Number, value: float, start: int, position: int, qualifier: Qualifier | None,
    magnitude_written: bool,
) -> Quantity | None:
    """'from 10 to 12 planes': the first number counts what the second one does.

    A change, not a range, so both values are kept as quantities of their own.
    """
    if number.year_like or not _FROM_RE.search(text[max(0, number.start - 8) : number.start]):
        return None
    to = _TO_NEXT_RE.match(text, position)
    following = _CORE_RE.match(text, to.end()) if to else None
    if following is None:
        return None
    second = _read_quantity(text, following)
    if second is None or second.start != following.start() or second.kind == "money":
        return None
    second_number = parse_number(following.group("num"))
    if not magnitude_written and second_number:
        value *= second.value / second_number  # "from 1.2 to 1.5 million": both in millions
    return Quantity(text=text[start:position], value=value, unit=second.unit, kind=second.kind, qualifier=qualifier,
                    start=start, end=position)


def _letter_is_magnitude(text: str, letter: re.Match[str], currency: str | None) -> bool:
    """'$5m' and '5m people' are millions; '100m' alone is metres; '5b' needs money."""
    symbol = letter.group("mag").lower()
    if currency is not None:
        return True
    if symbol == "b":
        return False
    if _CURRENCY_WORD_RE.match(text, letter.end()):
        return True
    return _noun_phrase(text, letter.end(), allow_singular=False) is not None


def _read_range(
    text: str, number: _Number, value: float, position: int, magnitude_written: bool, factor: float
) -> tuple[float | None, int, str | None, float | None]:
    """The upper bound of '10 to 12', '$3-4bn', 'between 5,000 and 6,000', if there is one."""
    currency = number.currency
    match = _RANGE_RE.match(text, position)
    if not match:
        return None, position, currency, None
    separator = match.group("sep").lower()
    if separator == "and" and not _BETWEEN_RE.search(text[max(0, number.start - 12) : number.start]):
        return None, position, currency, None
    if separator == "to" and _FROM_RE.search(text[max(0, number.start - 8) : number.start]):
        return None, position, currency, None
    second_surface = match.group("num")
    second_is_word = not (second_surface[0].isdigit() or second_surface[0] == ".")
    if second_is_word != number.is_word:
        return None, position, currency, None
    if separator in "-–—" and number.is_word:
        return None, position, currency, None
    second = parse_number(second_surface)
    if second is None:
        return None, position, currency, None
    second_currency = _currency_code(match.group("cur")) if match.group("cur") else None
    if second_currency and currency and second_currency != currency:
        return None, position, currency, None
    currency = currency or second_currency
    end = match.end()
    second_magnitude: float | None = None
    magnitude = _MAGNITUDE_WORD_RE.match(text, end)
    letter = _MAGNITUDE_LETTER_RE.match(text, end)
    if magnitude and not second_is_word:
        second_magnitude = MAGNITUDES[magnitude.group("mag").lower()]
        end = magnitude.end()
    elif letter and not second_is_word and _letter_is_magnitude(text, letter, currency):
        second_magnitude = MAGNITUDES[letter.group("mag").lower()]
        end = letter.end()
    if _TIME_AFTER_RE.match(text, end) or _MONTH_AFTER_RE.match(text, end):
        return None, position, number.currency, None
    low = value * second_magnitude if second_magnitude and not magnitude_written else value
    high = second * (second_magnitude or factor)
    if high <= low:
        return None, position, number.currency, None
    return high, end, currency, second_magnitude


def _read_unit(
    text: str, position: int, number: _Number, currency: str | None, value: float, magnitude_written: bool
) -> tuple[QuantityKind | None, str | None, int, float]:
    """What the number counts or measures: (kind, unit, end of the quantity, factor on value)."""
    if currency is not None:
        return "money", currency, position, 1.0

    money = _CURRENCY_WORD_RE.match(text, position)
    if money:
        word = (money.group("word") or "").lower()
        if word in _NEEDS_MAGNITUDE and not magnitude_written:
            money = None
        elif word.startswith("pound") and "sterling" not in word and not magnitude_written and value < 1000:
            return "measure", "lb", money.end(), 1.0
    if money:
        return "money", _currency_word_code(money), money.end(), 1.0

    percent = _PERCENT_RE.match(text, position)
    if percent:
        is_points = bool(percent.groupdict().get("points")) or "percentage" in percent.group(0).lower()
        return "percent", "percentage point" if is_points else "percent", percent.end(), 1.0

    strong = _STRONG_RE.match(text, position)
    if strong:
        noun = _noun_phrase(text, strong.end(), allow_singular=True)
        if noun is not None:  # "a 5,000-strong force": the force counts 5,000
            return "count", noun[1], noun[0], 1.0
        return None, None, position, 1.0

    duration = _DURATION_HYPHEN_RE.match(text, position) or _DURATION_SPACED_RE.match(text, position)
    if duration:
        if duration.group("old"):
            return None, None, position, 1.0  # "33-year-old": an age
        word = duration.group("u").lower()
        if value == 0 or (not duration.group(0).startswith("-") and not word.endswith("s") and value > 1
                           and word not in ("hr", "min", "sec")):
            return None, None, position, 1.0  # "Zero Day Flaw", "a five day week" read as names, not spans
        stem = word[:-1] if word.endswith("s") and word not in ("hrs", "mins", "secs") else word
        stem = {"hrs": "hr", "mins": "min", "secs": "sec", "centuries": "century"}.get(word, stem)
        unit, factor = _DURATION_UNITS.get(stem, ("yr", 1))
        return "duration", unit, duration.end(), float(factor)

    measure = _MEASURE_WORD_RE.match(text, position)
    if measure:
        key = re.sub(r"\s+", " ", measure.group("u").lower())
        return "measure", _MEASURE_WORDS[key], measure.end(), 1.0
    symbol = _MEASURE_SYMBOL_RE.match(text, position)
    if symbol and not number.is_word:
        return "measure", _MEASURE_SYMBOLS[symbol.group("u")], symbol.end(), 1.0
    touching = _TOUCHING_SYMBOL_RE.match(text, position)
    if touching and not number.is_word:
        unit = touching.group("deg") or touching.group("u")
        return "measure", unit, touching.end(), 1.0

    noun = _noun_phrase(text, position, allow_singular=False)
    if noun is None or value == 1:
        return None, None, position, 1.0
    head = noun[1].split()[-1].lower()
    if head in _DURATION_PLURALS:  # "10 consecutive years": a duration with an adjective
        unit, factor = _DURATION_UNITS[head[:-1] if head != "centuries" else "century"]
        return "duration", unit, noun[0], float(factor)
    return "count", noun[1], noun[0], 1.0


def _looks_plural(word: str) -> bool:
    lower = word.lower()
    if lower in _IRREGULAR_PLURALS:
        return True
    if lower in _STOP_WORDS or lower in _NOT_COUNT_WORDS or len(lower) < 3:
        return False
    if lower.endswith(("ss", "us", "is", "'s", "’s", "ous")):
        return False
    return lower.endswith("s")


def _is_proper_modifier(word: str) -> bool:
    """A capitalised non-plural word such as a nationality ("Russian", "Polish")."""
    return word[:1].isupper() and not word.isupper() and not _looks_plural(word) and _is_noun_word(word)


def _is_noun_word(word: str) -> bool:
    lower = word.lower().rstrip("'’")
    if lower in _STOP_WORDS or lower in _NOT_COUNT_WORDS:
        return False
    return parse_number(lower) is None and not lower.endswith("ly")


def _noun_phrase(
    text: str, position: int, allow_singular: bool, coordinate: bool = True
) -> tuple[int, str] | None:
    """The counted noun phrase after a number: 'artillery pieces', 'warplanes and helicopters'.

    Up to a few words, cut back to the last plural noun, with one coordinated
    plural kept ("80 warplanes and helicopters") because outlets count them together.
    """
    words: list[re.Match[str]] = []
    cursor = position
    while len(words) < _MAX_NOUN_WORDS:
        token = _NP_TOKEN_RE.match(text, cursor)
        if not token:
            break
        word = token.group("w")
        if word in ("and", "or") and words and _is_proper_modifier(words[-1].group("w")):
            # "200,000 Russian and Polish troops": coordinated modifiers of one noun
            following = _NP_TOKEN_RE.match(text, token.end())
            if following and _is_proper_modifier(following.group("w")):
                cursor = token.end()
                continue
        if not _is_noun_word(word):
            break
        words.append(token)
        cursor = token.end()
        if word.endswith(("'s", "’s", "'", "’")):
            break
    head = None
    for index in range(len(words) - 1, -1, -1):
        if _looks_plural(words[index].group("w").rstrip("'’")):
            head = index
            break
    if head is None:
        if allow_singular and words:
            head = 0
        else:
            return None
    end = words[head].end()
    if words[head].group("w").endswith(("'", "’")):
        end -= 1
    coordinated = re.match(r"[ \t]+(?:and|or|&)[ \t]+", text[end : end + 8])
    if coordinated and head == len(words) - 1 and coordinate:
        extra = _noun_phrase(text, end + coordinated.end() - 1, allow_singular=False, coordinate=False)
        if extra is not None and len(extra[1].split()) <= _MAX_COORDINATED_WORDS:
            end = extra[0]
    phrase = text[words[0].start("w") : end]
    return end, re.sub(r"\s+", " ", phrase)


# Factors to one base unit per dimension, so "1,200 kilometers" and "750 miles", or
# "two weeks" and "14 days", can be compared. Exact definitions (mile = 1.609344 km);
# months and years are calendar averages.
BASE_UNITS: dict[str, tuple[str, float]] = {
    "km": ("km", 1.0), "mi": ("km", 1.609344), "nmi": ("km", 1.852), "m": ("km", 1e-3), "cm": ("km", 1e-5),
    "mm": ("km", 1e-6), "ft": ("km", 3.048e-4), "in": ("km", 2.54e-5), "yd": ("km", 9.144e-4),
    "km2": ("km2", 1.0), "mi2": ("km2", 2.589988110336), "m2": ("km2", 1e-6), "ft2": ("km2", 9.290304e-8),
    "ha": ("km2", 0.01), "ac": ("km2", 4.0468564224e-3),
    "kg": ("kg", 1.0), "g": ("kg", 1e-3), "t": ("kg", 1e3), "lb": ("kg", 0.45359237), "oz": ("kg", 0.028349523125),
    "l": ("l", 1.0), "ml": ("l", 1e-3), "gal": ("l", 3.785411784),
    "km/h": ("km/h", 1.0), "mph": ("km/h", 1.609344),
    "kW": ("MW", 1e-3), "MW": ("MW", 1.0), "GW": ("MW", 1e3),
    "kWh": ("kWh", 1.0), "MWh": ("kWh", 1e3), "GWh": ("kWh", 1e6), "TWh": ("kWh", 1e9),
    "s": ("h", 1 / 3600), "min": ("h", 1 / 60), "h": ("h", 1.0), "d": ("h", 24.0), "wk": ("h", 168.0),
    "mo": ("h", 730.5), "yr": ("h", 8766.0),
}


def in_base_unit(quantity: Quantity) -> tuple[float, float | None, str | None]:
    """(value, value_max, unit) in the dimension's base unit: km, km2, kg, l, km/h, MW, kWh, h, C.

    Money, counts and percentages come back unchanged (currencies are not
    converted: exchange rates are not the finder's to guess).
    """
    unit = quantity.unit
    if unit == "F":
        def to_celsius(value: float) -> float:
            return (value - 32) * 5 / 9

        high = None if quantity.value_max is None else to_celsius(quantity.value_max)
        return to_celsius(quantity.value), high, "C"
    if quantity.kind in ("measure", "duration") and unit in BASE_UNITS:
        base, factor = BASE_UNITS[unit]
        high = None if quantity.value_max is None else quantity.value_max * factor
        return quantity.value * factor, high, base
    return quantity.value, quantity.value_max, unit


__all__ = ["BASE_UNITS", "find_quantities", "in_base_unit"]
