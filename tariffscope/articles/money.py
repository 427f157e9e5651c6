"""Money amounts and percentages in running text."""
from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

import pycountry

from .constants import (CURRENCY_ABBREVIATIONS, CURRENCY_LETTERS, CURRENCY_PREFIXES, CURRENCY_WORDS, ELIDED_AMOUNT_NEXT,
                        MULTIPLIERS, PERCENT_NUMBER, PERCENT_UNIT, SPELLED_NUMBERS)


@dataclass(frozen=True)
class Money:
    start: int
    end: int
    value: float
    currency: str | None


@dataclass(frozen=True)
class Percent:
    start: int
    end: int
    value: float


# "Rs 3,14,821 crore", "Rs2,07,380.63 crore": Indian digit grouping (lakhs: pairs of digits before the last three) is
# read first, else its first digits alone were the amount (round 25b)
_NUM = r"(?P<num>\d{1,2}(?:,\d{2})+,\d{3}(?![\d,])(?:\.\d+)?|\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?)"
# "€2 937.9 bn", "R1 519.02 billion": thousands grouped by a space, as statistics offices write them (the SI style of
# Eurostat and SARS releases; round 41) -- only after a currency sign and before a multiplier, so "June 2025 218.6"
# or "2 100 jobs" stay two numbers
_NUM_SPACED = (r"(?P<num>\d{1,3}(?:[ \u00a0\u202f]\d{3})+(?:\.\d+)?(?=\s?-?(?:trillion|billion|million|bn|mn|tn|trn|b|m)\b)|"
               + _NUM[len("(?P<num>"):])
# "€640m", "£286m": a lowercase "m" glued to the number is millions as British, Irish, Australian and South African
# outlets write it (round 18; a spaced "m" stays no multiplier); "$16.7b", "US$700b": a glued "b" is billions the
# same way (Australian and Asian outlets, round 41)
_MULT = r"(?:\s*-?\s*(?P<mult>trillion|billion|million|thousand|lakh\s+crores?|crores?|lakhs?|bln|bil|bn|trln|trn|tn|mn|mln|[BMTK]|(?<=\d)[mb])\b)?"
_PREFIX = (r"(?P<pre>NT\$|K[Ss]h\.?(?=\s?\d)|Sh(?=\d)|\$US|\$A(?=\s?\d)|US\$|U\.S\.\s?\$|USD\$?|C\$|CA\$|CAN\$|Can\$|CDN\$|Cdn\$|CAD\$?|MX\$|Mex\$|MXN\$?|A\$|AU\$|HK\$|S\$|NZ\$|R\$"
           r"|EUR|GBP|JPY|CNY|RMB|INR|Rs\.?|KRW|BRL|CHF|RM(?=\s?\d)|Euro(?=\s?\d[\d.,]*\s?(?:trillion|billion|million|bn|mn)\b)"
           r"|[$€£¥₹₩₦฿])")
# "4,558 mdd": millions of a currency in one abbreviation after the number
_MONEY_ABBREV = re.compile(r"(?<![\w$.,])" + _NUM + r"\s?(?P<abbr>" + "|".join(CURRENCY_ABBREVIATIONS) + r")\b")
# "$15.9 billion (Canadian)", "$40 billion U.S.": the dollar named after the number
_SUFFIX_CUR = r"(?:\s+(?P<par>\()?(?P<suf>U\.S\.\s+dollars|US\s+dollars|American\s+dollars|Canadian\s+dollars|Mexican\s+pesos|USD|CAD|MXN|Cdn|Canadian|US|U\.S\.)(?(par)\)|)(?![\w$]))?"
_MONEY_PREFIXED = re.compile(r"(?<![\w$])" + _PREFIX + r"\s?" + _NUM_SPACED + _MULT + _SUFFIX_CUR)
# "R12.4 billion", "N323.96bn": a currency's one letter, the number and a multiplier, nothing between
_MONEY_LETTER = re.compile(r"(?<![\w$.,])(?P<pre>[" + "".join(CURRENCY_LETTERS) + r"])" + _NUM_SPACED
                           + r"(?:\s|-)?(?P<mult>trillion|billion|million|bn|mn|trn|tn|m)\b")     # "R28.6-billion" (round 25b)
_CURRENCY_WORD_ALT = (
    r"(?P<word>(?:U\.S\.|US|American|Canadian|Mexican|Australian)\s+dollars|dollars|pesos|euros?|yuan|renminbi|yen|reais|reals|rupees"
    r"|USD|CAD|MXN|EUR|GBP|JPY|CNY|RMB|INR|KRW|BRL|CHF"
    r"|pounds(?:\s+sterling)?(?!\s+of\b)|Swiss\s+francs|francs|won)\b"     # "9.1 billion pounds worth of cars" (not "pounds of beef")
)
_MONEY_WORDS = re.compile(
    r"(?<![\w$.,])" + _NUM + r"\s*(?P<mult>trillion|billion|million|thousand|crores?|lakhs?)?\s+" + _CURRENCY_WORD_ALT)
# "about half a billion US dollars", "only three million dollars" (round 25b): a number in words needs its multiplier
# and a currency word after it, so "a million tonnes" or "two billion people" stay no money
_MONEY_SPELLED = re.compile(
    r"(?<![\w$.,-])(?P<spelled>(?i:" + "|".join(re.escape(w).replace(r"\ ", r"\s+") for w in sorted(SPELLED_NUMBERS, key=len, reverse=True))
    + r"))\s+(?P<mult>trillion|billion|million)\s+" + _CURRENCY_WORD_ALT)
SPELLED_HINT = re.compile(r"\b(?:trillion|billion|million)\s+(?:U\.S\.\s+|US\s+|American\s+|Canadian\s+|Mexican\s+|Australian\s+)?"
                          r"(?:dollars|pesos|euros?|yuan|yen|rupees|pounds|francs)\b")


def _iso_names() -> dict[str, str]:
    """Currency names ISO 4217 gives (pycountry), lowercased, singular and plural: the full name ("new zealand
    dollars", "malaysian ringgit") and a last word no other currency shares ("baht", "naira", "zlotys", "rand")."""
    full: dict[str, str] = {}
    last: dict[str, set[str]] = {}
    for cur in pycountry.currencies:
        name = cur.name.lower()
        if not re.fullmatch(r"[a-z][a-z ]+", name) or cur.alpha_3.startswith("X"):
            continue
        full[name] = full[name + "s"] = cur.alpha_3
        last.setdefault(name.split()[-1], set()).add(cur.alpha_3)
    for word, codes in last.items():
        if len(codes) == 1:
            full.setdefault(word, next(iter(codes)))
            full.setdefault(word + "s", next(iter(codes)))
    return full


ISO_NAMES = _iso_names()
# the names as one alternation, longest first ("new zealand dollars" before "dollars")
_ISO_NAME_ALT = "|".join(re.escape(n) for n in sorted(ISO_NAMES, key=len, reverse=True))
# any other currency by its ISO 4217 name or code, after the number ("900 billion baht", "8 billion zlotys",
# "2 billion New Zealand dollars", "1.3 trillion THB") or its code before it ("THB 1.3 trillion", "MYR600bn")
_MONEY_ISO = re.compile(
    r"(?<![\w$.,])" + _NUM + r"\s*(?P<mult>trillion|billion|million|thousand|bn|mn|trn)?\s+(?P<word>(?i:"
    + _ISO_NAME_ALT + r")|[A-Z]{3})\b"
    r"|(?<![\w$])(?P<code>[A-Z]{3})\s?" + _NUM_SPACED.replace("num", "num2") + _MULT.replace("mult", "mult2"))
# a sentence that may hold money in any currency (the cheap test before find_money)
CURRENCY_HINT = re.compile(r"[$€£¥₹₩₦฿]|\bEuro\s?\d|\bRM\s?\d|\bK?[Ss]h\.?\s?\d|\d\s?(?:" + "|".join(CURRENCY_ABBREVIATIONS) + r")\b|\b[" + "".join(CURRENCY_LETTERS) + r"]\d[\d., ]*(?:\s|-)?(?:trillion|billion|million|bn|mn|trn|tn|m)\b|\b[A-Z]{3}\s?\d|\d\s*(?:trillion|billion|million|bn|mn|trn)?\s+(?i:"
                           + _ISO_NAME_ALT + r")\b")
_PERCENT = re.compile(r"(?<![\w.,])(?P<num>" + PERCENT_NUMBER + r")(?:\s?|-)" + PERCENT_UNIT)
# "from 25 to 35 per cent": the first number carries no unit of its own
_FROM_TO = re.compile(r"\bfrom\s+(?P<num>" + PERCENT_NUMBER + r")\s+to\s+(?:" + PERCENT_NUMBER + r")(?:\s?|-)" + PERCENT_UNIT)


# Indian numbering: "Rs 60,523.89 crore" (1 crore = 10 million, 1 lakh = 100,000)
# ("Rs 7.25 lakh crore" = 7.25e12; "$3.77trn")
_MULTIPLIERS = {**MULTIPLIERS, "crore": 1e7, "crores": 1e7, "lakh": 1e5, "lakhs": 1e5, "lakh crore": 1e12, "lakh crores": 1e12,
                "trn": 1e12}


@lru_cache(maxsize=64)
def iso4217(code: str | None) -> str | None:
    """`code` when ISO 4217 (pycountry) knows it, else None."""
    return code if code and pycountry.currencies.get(alpha_3=code) is not None else None


def _number(s: str) -> float:
    return float(re.sub(r"[,\s]", "", s))


def amount(num: str, mult: str | None) -> float:
    """A number as written and its multiplier word ("16.6", "billion"; none: 1), in units, rounded to the cent: 16.6
    billion is 16600000000.0, not ...000002."""
    return round(_number(num) * _MULTIPLIERS.get(re.sub(r"\s+", " ", mult or ""), 1.0), 2)


def find_money(text: str, offset: int = 0) -> list[Money]:
    out: list[Money] = []
    taken: list[tuple[int, int]] = []
    for m in _MONEY_PREFIXED.finditer(text):
        pre = m.group("pre").replace(" ", "")
        cur = iso4217(CURRENCY_PREFIXES.get(pre, None))
        suf = m.group("suf")
        if suf and pre == "$":
            cur = CURRENCY_WORDS.get(re.sub(r"\s+", " ", suf), cur)
        out.append(Money(m.start() + offset, m.end() + offset, amount(m.group("num"), m.group("mult")), iso4217(cur)))
        taken.append((m.start(), m.end()))
    for m in _MONEY_WORDS.finditer(text):
        if any(s <= m.start() < e for s, e in taken):
            continue
        cur = _word_currency(m.group("word"))
        out.append(Money(m.start() + offset, m.end() + offset, amount(m.group("num"), m.group("mult")), iso4217(cur)))
        taken.append((m.start(), m.end()))
    out += _iso_money(text, offset, taken)
    out += _spelled_money(text, offset)
    out += _letter_money(text, offset)
    out += _abbreviated_money(text, offset)
    out.sort(key=lambda x: x.start)
    return out


_WORD_CODES = {"ALL", "TOP", "CUP", "MOP", "SOS", "BOB", "GEL", "MAD", "PEN", "BAM", "TRY", "WST", "LAK", "KES", "ERN", "DOP"}


# the bare amount after a word-named one ("... 79.721 billion dollars and imported 60.822 billion,"): a number and a
# multiplier with no sign before, not a range's end ("23 to 24 billion"), and nothing after it naming another unit
_ELIDED_AMOUNT = re.compile(r"(?<![\w$€£¥₹.,\-–])" + _NUM + r"\s*(?P<mult>trillion|billion|million)\b(?=\s*" + ELIDED_AMOUNT_NEXT + ")")
_RANGE_BEFORE = re.compile(r"\d\s*(?:to|-|–)\s*$")


def elided_currency(text: str, monies: list[Money], offset: int = 0) -> list[Money]:
    """`monies` with the bare amounts of the sentence after one whose currency is a word after its number ("exported
    79.721 billion dollars and imported 60.822 billion"), in that currency (round 50). A sign-written amount ("$64
    billion ..., against 134 million in 2015") carries nothing: its writer writes the sign each time."""
    worded = [mo for mo in monies if mo.currency and text[mo.start - offset].isdigit() and text[mo.end - offset - 1].isalpha()]
    if not worded:
        return monies
    out = list(monies)
    for m in _ELIDED_AMOUNT.finditer(text, worded[0].end - offset):
        start = m.start() + offset
        if any(mo.start <= start < mo.end for mo in monies) or _RANGE_BEFORE.search(text, 0, m.start()):
            continue
        before = [mo for mo in monies if mo.end <= start]
        if before and before[-1] in worded:
            out.append(Money(start, m.end() + offset, amount(m.group("num"), m.group("mult")), before[-1].currency))
    return sorted(out, key=lambda x: x.start) if len(out) > len(monies) else monies


def _iso_money(text: str, offset: int, taken: list[tuple[int, int]]) -> list[Money]:
    """Amounts in a currency named or coded as ISO 4217 has it, not already found."""
    out = []
    for m in _MONEY_ISO.finditer(text):
        if any(s <= m.start() < e or m.start() <= s < m.end() for s, e in taken):
            continue
        if m.group("code"):
            cur, num, mult = iso4217(m.group("code")), m.group("num2"), m.group("mult2")
            if m.group("code") in _WORD_CODES and not mult:
                continue        # "ALL 3 countries", "TOP 10" (headline capitals, not lek or paʻanga)
        else:
            word = m.group("word")
            cur = iso4217(word) if word.isupper() else ISO_NAMES.get(re.sub(r"\s+", " ", word.lower()))
            num, mult = m.group("num"), m.group("mult")
        if cur is None:
            continue
        out.append(Money(m.start() + offset, m.end() + offset, amount(num, mult), cur))
    return out


def _word_currency(raw: str) -> str | None:
    """The currency a word after an amount names ("US dollars", "euros"; any "pesos" are Mexico's), None for a word
    CURRENCY_WORDS does not know."""
    word = re.sub(r"\s+", " ", raw)
    return "MXN" if word.endswith("pesos") else CURRENCY_WORDS.get(word, CURRENCY_WORDS.get(word.split(" ")[0], None))


def _spelled_money(text: str, offset: int) -> list[Money]:
    """Amounts whose number is written in words ("half a billion US dollars"); no other pattern reads a number word."""
    if not SPELLED_HINT.search(text):
        return []
    out = []
    for m in _MONEY_SPELLED.finditer(text):
        number = SPELLED_NUMBERS[" ".join(m.group("spelled").lower().split())]
        out.append(Money(m.start() + offset, m.end() + offset, round(number * MULTIPLIERS[m.group("mult")], 2),
                         iso4217(_word_currency(m.group("word")))))
    return out


def _letter_money(text: str, offset: int) -> list[Money]:
    """Amounts in a currency written with its one letter ("R17 billion" rand, "N323.96bn" naira); no other pattern
    matches a letter glued to a number, so none overlaps these."""
    if "R" not in text and "N" not in text:
        return []
    return [Money(m.start() + offset, m.end() + offset,
                  round(_number(m.group("num")) * _MULTIPLIERS[m.group("mult")], 2), CURRENCY_LETTERS[m.group("pre")])
            for m in _MONEY_LETTER.finditer(text)]


def _abbreviated_money(text: str, offset: int) -> list[Money]:
    """"4,558 mdd" (millions of dollars, Mexico's press): no other pattern reads a number before these letters."""
    if "md" not in text:
        return []
    out = []
    for m in _MONEY_ABBREV.finditer(text):
        cur, mult = CURRENCY_ABBREVIATIONS[m.group("abbr")]
        out.append(Money(m.start() + offset, m.end() + offset, round(_number(m.group("num")) * mult, 2), cur))
    return out


def find_percents(text: str, offset: int = 0) -> list[Percent]:
    return list(_percents(text, offset))


@lru_cache(maxsize=1024)
def _percents(text: str, offset: int) -> tuple[Percent, ...]:
    """find_percents, memoised: the rules ask for a sentence's percentages up to six times (Percent is frozen)."""
    out = [Percent(m.start() + offset, m.end() + offset, float(m.group("num").replace(",", "")))
           for m in _PERCENT.finditer(text)]
    for m in _FROM_TO.finditer(text):
        s = m.start("num")
        out.append(Percent(s + offset, m.end("num") + offset, _number(m.group("num"))))
    out.sort(key=lambda p: p.start)
    return tuple(out)


# Speed (round 7): the slowest scans here behind the literals every match must contain (prefilter.py; same
# results, no engine run where none of them occurs).
from .prefilter import prefiltered  # noqa: E402

_FROM_TO, _PERCENT = map(prefiltered, (_FROM_TO, _PERCENT))
