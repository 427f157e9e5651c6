"""Country gazetteer: names (pycountry + newsroom aliases), demonyms, capitals -> ISO3."""
from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

import pycountry

from .constants import (
    AMBIGUOUS_COUNTRY_NAMES,
    CAPITALS,
    COUNTRY_ALIASES,
    COUNTRY_BLOCK_AFTER,
    COUNTRY_BLOCK_BEFORE,
    DEMONYMS,
    REGIONS,
    TRADE_AUTHORITIES,
)
from .text import literal_alternation


@dataclass(frozen=True)
class Mention:
    start: int
    end: int
    iso3: str
    kind: str          # name | demonym | capital | person
    text: str
    possessive: bool = False
    compound: bool = False   # part of "U.S.-Mexico-Canada", "Canada-U.S.": names a pair, not an actor


@lru_cache(maxsize=1)
def _table() -> dict[str, tuple[str, str]]:
    table: dict[str, tuple[str, str]] = {}
    for c in pycountry.countries:
        for attr in ("name", "common_name", "official_name"):
            n = getattr(c, attr, None)
            if not n or "," in n or "(" in n or n in AMBIGUOUS_COUNTRY_NAMES:
                continue
            table[n] = (c.alpha_3, "name")
    for n, iso in COUNTRY_ALIASES.items():
        table[n] = (iso, "name")
    for n, iso in DEMONYMS.items():
        table[n] = (iso, "demonym")
    for n, iso in CAPITALS.items():
        table[n] = (iso, "capital")
    for n, iso in TRADE_AUTHORITIES.items():
        table[n] = (iso, "capital")       # an authority stands for its government, as a capital does
    return table


@lru_cache(maxsize=1)
def _regex() -> re.Pattern:
    names = sorted(_table(), key=len, reverse=True)
    alt = literal_alternation(names)
    # (?<![\w.]) so that "U.S." inside "U.S.A." and "US" inside "USB" do not match
    # (?=[A-Z...]) lets the engine skip lower-case positions before trying ~600 alternatives
    return re.compile(r"(?<![\w$])(?=[A-ZÁÉÍÓÚÖÅÇŠŽ])(?:" + alt + r")(?![\w$])(?:’s|'s)?")


@lru_cache(maxsize=1)
def _region_regex() -> re.Pattern:
    alt = literal_alternation(sorted(REGIONS, key=len, reverse=True))
    return re.compile(r"(?<!\w)(?:" + alt + r")(?!\w)")


# the words that make a name no country, as str.endswith / startswith take them (built once, not per match)
_BLOCK_BEFORE = tuple(b + " " for b in sorted(COUNTRY_BLOCK_BEFORE))
_BLOCK_AFTER = tuple(" " + a for a in COUNTRY_BLOCK_AFTER)


def find_countries(text: str, offset: int = 0) -> list[Mention]:
    """All country mentions in `text`; offsets shifted by `offset`."""
    table = _table()
    out: list[Mention] = []
    for m in _regex().finditer(text):
        surface = m.group(0)
        poss = surface.endswith(("’s", "'s"))
        name = surface[:-2] if poss else surface
        if name not in table:      # e.g. "US's" trimmed wrongly
            continue
        iso, kind = table[name]
        s, e = m.start(), m.start() + len(name)
        before = text[max(0, s - 16):s]
        after = text[e:e + 12]
        if before.endswith(_BLOCK_BEFORE):
            continue
        if name in ("America", "American", "Americans") and re.search(r"(?:North|South|Latin|Central|Gulf of|Bank of|the Americas)\s*$", before):
            continue
        if after.startswith(_BLOCK_AFTER) and kind != "demonym" \
                and not (name in ("U.S.", "US", "United States") and re.match(r" states?\b", after)):
            continue        # ("Washington state" is no country; "three U.S. states" is the U.S.)
        if name == "Mexico" and before.endswith(("Gulf of ", "New ")):
            continue
        if name in ("US", "U.S.") and (re.match(r" ?\$| dollars?\b", after) or text[max(0, s - 1):s] == "$"):
            continue        # "US$3 billion", "US $130 billion" (Mexico News Daily): a currency, not a country
        if name in ("US", "U.S.") and after.startswith(" Steel"):
            continue        # "a rally at a US Steel plant": the company, neither a party nor its goods
        if name == "Washington" and re.match(r"\s+(?:state|State|Post|D\.C\.)", after) and not after.startswith(" D.C."):
            continue
        compound = (s > 0 and text[s - 1] in "-–") or bool(re.match(r"[-–][A-Z]", text[e:e + 2]))
        out.append(Mention(s + offset, e + offset, iso, kind, name, poss, compound))
    return out


def find_regions(text: str) -> list[tuple[int, int, str]]:
    return [(m.start(), m.end(), REGIONS[m.group(0)]) for m in _region_regex().finditer(text)]


def lookup(name: str) -> str | None:
    """ISO3 for a single country word ("Canadian", "Ottawa", "Mexico"), else None."""
    hit = _table().get(name.strip())
    return hit[0] if hit else None
