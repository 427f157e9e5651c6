"""The calendar of real tariff measures of 2024-2026 (issue 11, round 53: xcalendar53).

LABELING.md dates a rate's status at the story's `published` date, and the labellers, who model real news, decide it
from what was true then: "the 25% steel tariff" in a story of July 2025 is `lifted` (raised to 50% on 2025-06-04), a
145% rate on China told after the May 2025 truce is `lifted`, a reciprocal rate set on 31 July is `announced` until 7
August and `in_force` after.  No sentence says so.  measures_calendar.csv holds the well-documented measures (imposer,
target or "*" for every partner, goods class, rate, the dates it was announced, took effect, was paused and ended or
was superseded, each with its public source); `phase` gives where a date falls against the measure a fact names.  The
learned status reads the phase as a feature (tariff_model.calendar_features): the weights decide, the text still rules.
"""
from __future__ import annotations

import csv
import re
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date
from functools import lru_cache
from pathlib import Path

CALENDAR_FILE = Path(__file__).with_name("measures_calendar.csv")
ALL_PARTNERS = "*"
ALL_GOODS = "all"
RATE_TOLERANCE = 0.05       # "35.3%" and "35.30%" are one rate; 35% and 35.3% are two

# goods class -> the words of a fact's product that name it (a product may name several: beef is farm goods and food)
GOODS_CLASSES = {
    "steel": r"steel", "aluminum": r"alumin", "copper": r"copper",
    "auto_parts": r"(?:auto|car|automobile|vehicle|automotive)\s+parts|engines?|transmissions?",
    "autos": r"(?<!electric )(?:cars?|autos?|automobiles?|(?<!heavy-duty )(?<!commercial )vehicles?|light trucks?|suvs?)\b",
    "electric_vehicles": r"electric (?:cars?|vehicles?)|\bevs?\b",
    "lumber": r"lumber|timber", "furniture": r"furniture|sofas?|upholster", "cabinets": r"cabinets?|vanities",
    "trucks": r"(?<!light )trucks?\b", "buses": r"\bbus(?:es)?\b",
    "pharmaceuticals": r"pharma|drugs?\b|medicine", "semiconductors": r"semiconductor|chips?\b",
    "energy": r"energy|crude|\boil\b|lng|liquefied natural gas|\bcoal\b|farm machinery", "potash": r"potash",
    "agriculture": r"soybeans?|pork|beef|chicken|wheat|corn|cotton|sorghum|dairy|agricultur|farm (?:goods|products)|"
                   r"fruits?|vegetables?|aquatic|seafood",
    "food": r"beef|coffee|bananas?|\btea\b|spices|cocoa|fruits?|orange juice|tomatoes",
    "canola_oil": r"canola (?:oil|meal)", "canola_seed": r"canola(?: seeds?)?$|rapeseed", "peas": r"\bpeas\b",
    "meat_seafood": r"pork|aquatic|seafood|fish", "solar": r"solar", "spirits": r"bourbon|whiske?y|spirits",
    "cotton": r"cotton", "clothing": r"cloth|apparel|garments?|textiles?", "transshipment": r"transship",
}
_GOODS_RX = {name: re.compile(rx, re.I) for name, rx in GOODS_CLASSES.items()}
# the events of a measure in the order one day's events happen (the April country rates took effect and were paused
# on 2025-04-09); each gives the phase from its date on
_EVENTS = (("announced", "announced"), ("effective", "in_force"), ("paused", "paused"), ("ended", "ended"))


@dataclass(frozen=True)
class Measure:
    imposer: str
    target: str
    goods: str
    rate: float
    events: tuple[tuple[date, int, str], ...]    # (date, order of the day, phase from then on), sorted
    threat: bool


def _date(s: str) -> date | None:
    return date.fromisoformat(s) if s else None


def _measure(row: dict) -> Measure:
    events = sorted((d, i, phase) for i, (col, phase) in enumerate(_EVENTS) if (d := _date(row[col])) is not None)
    return Measure(row["imposer"], row["target"], row["goods"], float(row["rate_pct"]), tuple(events),
                   row["kind"] == "threat")


@lru_cache(maxsize=1)
def measures() -> tuple[Measure, ...]:
    with CALENDAR_FILE.open(encoding="utf-8", newline="") as fh:
        return tuple(_measure(row) for row in csv.DictReader(fh))


@lru_cache(maxsize=1)
def _by_imposer_rate() -> dict[tuple[str, int], tuple[Measure, ...]]:
    out: dict[tuple[str, int], list[Measure]] = {}
    for m in measures():
        out.setdefault((m.imposer, round(m.rate)), []).append(m)
    return {k: tuple(v) for k, v in out.items()}


@lru_cache(maxsize=1024)
def goods_classes(product: str | None) -> frozenset[str]:
    """The goods classes a fact's product names (none for all goods or goods the calendar has no class of)."""
    if product is None:
        return frozenset()
    return frozenset(name for name, rx in _GOODS_RX.items() if rx.search(product))


def _goods_match(m: Measure, classes: frozenset[str]) -> bool:
    # an all-goods measure is the fact's when the fact names all goods or goods of no sector the calendar has
    return m.goods in classes if m.goods != ALL_GOODS else not classes


def matching(imposer: str | None, target: str | None, product: str | None, rate: float) -> tuple[Measure, ...]:
    """The calendar's measures of this imposer, target, goods and rate: the target's own and every partner's."""
    cands = _by_imposer_rate().get((imposer or "", round(rate)), ())
    classes = goods_classes(product)
    return tuple(m for m in cands if abs(m.rate - rate) <= RATE_TOLERANCE and _goods_match(m, classes)
                 and (m.target == target or m.target == ALL_PARTNERS))


def _told(hits: tuple[Measure, ...], target: str | None, day: date) -> list[Measure]:
    """The measures announced by `day`; those naming the target itself when any do (the UK's steel kept at 25% before
    every partner's 25%; Japan's 15% ended by the ruling of 2026-02-20 before every partner's Section 122 15% of the
    next day) -- but not a partner's own measure announced later (Germany's Greenland 10% of January 2026 is not the
    10% Germany paid in 2025)."""
    told = _announced_by(hits, day)
    own = [m for m in told if m.target == target]
    return own or told


def _announced_by(ms: Iterable[Measure], day: date) -> list[Measure]:
    return [m for m in ms if m.events and m.events[0][0] <= day]


@lru_cache(maxsize=1)
def _decided_by_pair() -> dict[tuple[str, str], tuple[Measure, ...]]:
    out: dict[tuple[str, str], list[Measure]] = {}
    for m in measures():
        if m.target != ALL_PARTNERS and not m.threat:
            out.setdefault((m.imposer, m.target), []).append(m)
    return {k: tuple(v) for k, v in out.items()}


def _announced_key(m: Measure) -> tuple:
    # of several measures, the one announced last (then: taking effect last) decides
    return tuple((d, i) for d, i, _ in m.events[:2])


def _phase_of(m: Measure, day: date) -> str:
    phase = "before"
    for d, _, p in m.events:
        if d > day:
            break
        phase = p
    if m.threat and phase != "before":
        return "threat_dropped" if phase == "ended" else "threatened"
    return phase


def _latest_phase(ms: list[Measure], day: date) -> str:
    return _phase_of(max(ms, key=_announced_key), day)


def phases(imposer: str | None, target: str | None, product: str | None, rate: float,
           day: date | None) -> tuple[str | None, str | None]:
    """`phase` and `own_phase` of one fact from one lookup of its measures (tariff_model.calendar_features reads
    both)."""
    if day is None:
        return None, None
    hits = matching(imposer, target, product, rate)
    if not hits:
        return None, None
    told = _told(hits, target, day)
    if not told:
        return "before", None
    return _latest_phase(told, day), _own_phase(imposer, target, product, told, day)


def phase(imposer: str | None, target: str | None, product: str | None, rate: float, day: date | None) -> str | None:
    """Where `day` falls against the calendar measure of this fact: "before" its announcement, "announced" (not yet in
    force), "in_force", "paused", "ended" (lifted or superseded), "threatened" / "threat_dropped" for a threat; of
    several measures at the rate, the one announced last by `day`.  None: no measure matches, or no date."""
    return phases(imposer, target, product, rate, day)[0]


def own_phase(imposer: str | None, target: str | None, product: str | None, rate: float, day: date | None) -> str | None:
    """Round 54: when the rate matches only an every-partner measure (the 10% baseline, the 50% on steel) but the
    target has a decided measure of its own on the same goods at another rate (New Zealand's 15% from 2025-08-07, the
    UK's steel kept at 25%), where `day` falls against the partner's own measure announced last -- a partner's own
    rate or deal usually replaces the every-partner rate for it.  None otherwise."""
    return phases(imposer, target, product, rate, day)[1]


def _own_phase(imposer: str | None, target: str | None, product: str | None, told: list[Measure],
               day: date) -> str | None:
    if not target or target == ALL_PARTNERS or told[0].target == target:
        return None
    classes = goods_classes(product)
    own = _announced_by((m for m in _decided_by_pair().get((imposer or "", target), ()) if _goods_match(m, classes)),
                        day)
    return _latest_phase(own, day) if own else None
