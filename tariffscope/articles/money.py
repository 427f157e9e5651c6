"""Money amounts and percentages in running text."""
from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

import pycountry

from .constants import CURRENCY_PREFIXES, CURRENCY_WORDS, MULTIPLIERS


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


_NUM = r"(?P<num>\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?)"
_MULT = r"(?:\s*-?\s*(?P<mult>trillion|billion|million|thousand|lakh\s+crores?|crores?|lakhs?|bln|bn|trn|tn|mn|mln|[BMTK])\b)?"
_PREFIX = (r"(?P<pre>\$US|\$A(?=\s?\d)|US\$|U\.S\.\s?\$|USD\$?|C\$|CA\$|CAN\$|Can\$|CDN\$|Cdn\$|CAD\$?|MX\$|Mex\$|MXN\$?|A\$|AU\$|HK\$|S\$|NZ\$|R\$"
           r"|EUR|GBP|JPY|CNY|RMB|INR|Rs\.?|KRW|BRL|CHF|[$€£¥₹₩])")
_SUFFIX_CUR = r"(?:\s+(?P<suf>U\.S\.\s+dollars|US\s+dollars|American\s+dollars|Canadian\s+dollars|Mexican\s+pesos|USD|CAD|MXN|Cdn|Canadian|US|U\.S\.)(?![\w$]))?"
_MONEY_PREFIXED = re.compile(r"(?<![\w$])" + _PREFIX + r"\s?" + _NUM + _MULT + _SUFFIX_CUR)
_MONEY_WORDS = re.compile(
    r"(?<![\w$.,])" + _NUM + r"\s*(?P<mult>trillion|billion|million|thousand|crores?|lakhs?)?\s+"
    r"(?P<word>(?:U\.S\.|US|American|Canadian|Mexican|Australian)\s+dollars|dollars|pesos|euros?|yuan|renminbi|yen|reais|reals|rupees"
    r"|USD|CAD|MXN|EUR|GBP|JPY|CNY|RMB|INR|KRW|BRL|CHF"
    r"|pounds(?:\s+sterling)?(?!\s+of\b)|Swiss\s+francs|francs|won)\b"     # "9.1 billion pounds worth of cars" (not "pounds of beef")
)
_PERCENT = re.compile(r"(?<![\w.])(?P<num>\d{1,4}(?:\.\d+)?)(?:\s?|-)(?:%|per[\s-]?cent\b|percent\b|pct\b)")
# "from 25 to 35 per cent": the first number carries no unit of its own
_FROM_TO = re.compile(r"\bfrom\s+(?P<num>\d{1,4}(?:\.\d+)?)\s+to\s+\d{1,4}(?:\.\d+)?(?:\s?|-)(?:%|per[\s-]?cent\b|percent\b)")


# Indian numbering: "Rs 60,523.89 crore" (1 crore = 10 million, 1 lakh = 100,000)
# ("Rs 7.25 lakh crore" = 7.25e12; "$3.77trn")
_MULTIPLIERS = {**MULTIPLIERS, "crore": 1e7, "crores": 1e7, "lakh": 1e5, "lakhs": 1e5, "lakh crore": 1e12, "lakh crores": 1e12,
                "trn": 1e12}


@lru_cache(maxsize=64)
def iso4217(code: str | None) -> str | None:
    """`code` when ISO 4217 (pycountry) knows it, else None."""
    return code if code and pycountry.currencies.get(alpha_3=code) is not None else None


def _number(s: str) -> float:
    return float(s.replace(",", ""))


def find_money(text: str, offset: int = 0) -> list[Money]:
    out: list[Money] = []
    taken: list[tuple[int, int]] = []
    for m in _MONEY_PREFIXED.finditer(text):
        pre = m.group("pre").replace(" ", "")
        cur = iso4217(CURRENCY_PREFIXES.get(pre, None))
        suf = m.group("suf")
        if suf and pre == "$":
            cur = CURRENCY_WORDS.get(re.sub(r"\s+", " ", suf), cur)
        mult = _MULTIPLIERS.get(re.sub(r"\s+", " ", m.group("mult") or ""), 1.0)
        value = round(_number(m.group("num")) * mult, 2)      # 16.6 billion is 16600000000.0, not ...000002
        out.append(Money(m.start() + offset, m.end() + offset, value, iso4217(cur)))
        taken.append((m.start(), m.end()))
    for m in _MONEY_WORDS.finditer(text):
        if any(s <= m.start() < e for s, e in taken):
            continue
        word = re.sub(r"\s+", " ", m.group("word"))
        cur = CURRENCY_WORDS.get(word, CURRENCY_WORDS.get(word.split(" ")[0], None))
        if word.endswith("pesos"):
            cur = "MXN"
        mult = _MULTIPLIERS.get(re.sub(r"\s+", " ", m.group("mult") or ""), 1.0)
        out.append(Money(m.start() + offset, m.end() + offset, round(_number(m.group("num")) * mult, 2), iso4217(cur)))
    out.sort(key=lambda x: x.start)
    return out


def find_percents(text: str, offset: int = 0) -> list[Percent]:
    out = [Percent(m.start() + offset, m.end() + offset, float(m.group("num"))) for m in _PERCENT.finditer(text)]
    for m in _FROM_TO.finditer(text):
        s = m.start("num")
        out.append(Percent(s + offset, m.end("num") + offset, float(m.group("num"))))
    out.sort(key=lambda p: p.start)
    return out
