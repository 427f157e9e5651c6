"""The measure's event table: one status per measure from its dated history (issue 11, round 9).

A story tells a measure's life across sentences: the lede states the rate in the present ("Trump hits Brazil
with a 50% tariff"), paragraph 4 dates it ("The duty takes effect on Aug. 1"), a later one changes it
("was later paused for 90 days").  LABELING.md's status is the measure's state at `published`.  This module
links the mentions of one measure (timeline.same_measure: same imposer and rate, compatible target and goods),
reads the dated or status-bearing events each mention's own clause states, orders them, and decides the
measure's state at `published`; a mention whose own clause states no event takes it.

Events (constants.EVENT_CUES): a start ("took effect", "will take effect", "effective / starting / from
<date>", a start date decided against `published`), a pause ("paused", "suspended until"), a lift
("lifted", "removed", "replaced"), a threat ("threatened", "could").  The latest state wins in the order of
a measure's life (threatened < announced < in force < paused < lifted).
"""
from __future__ import annotations

import re
from datetime import date

from .constants import EVENT_CUES, EVENT_RANK, STATUS_CUES
from .money import find_percents
from .text import clause_spans

_MONTH = "Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec"
_MONTH_NO = {m: i for i, m in enumerate(_MONTH.split("|"), 1)}
# "on Aug. 7", "from 7 August", "starting March 12, 2025"
_DATE = re.compile(rf"\b(?:(?P<mon>{_MONTH})[a-z]*\.?\s+(?P<day>\d{{1,2}})(?:st|nd|rd|th)?\b(?:,?\s+(?P<year>20\d\d))?|"
                   rf"(?P<day2>\d{{1,2}})(?:st|nd|rd|th)?\s+(?:of\s+)?(?P<mon2>{_MONTH})[a-z]*\b(?:,?\s+(?P<year2>20\d\d))?)")
_START = re.compile(r"\b(?:takes?\s+effect|took\s+effect|take\s+effect|effective|starting|beginning|as\s+of|from|"
                    r"kicks?\s+in|kicked\s+in|went\s+into\s+(?:effect|force)|came\s+into\s+(?:effect|force)|"
                    r"enters?\s+into\s+force|entered\s+into\s+force|in\s+effect\s+since|since)\s+(?:on\s+)?$", re.I)
import os
PROPAGATE = set(os.environ.get("XEV_PROP", "in_force,announced").split(","))
_ANY_CUE = re.compile("|".join(rf"\b(?:{rx})(?!\w)" for _, rx in STATUS_CUES), re.I)
RECEIVER = os.environ.get("XEV_RECV", "lede")
_CUES = [(status, re.compile(rf"\b(?:{rx})(?!\w)", re.I)) for status, rx in EVENT_CUES]


def _date_at(m: re.Match, published: date) -> date | None:
    mon = m.group("mon") or m.group("mon2")
    day = m.group("day") or m.group("day2")
    year = m.group("year") or m.group("year2")
    try:
        d = date(int(year) if year else published.year, _MONTH_NO[mon[:3].title()], int(day))
    except (ValueError, KeyError):
        return None
    if not year and (published - d).days > 180:
        d = date(d.year + 1, d.month, d.day)     # "from Jan. 1" in a December paper: next January
    return d


def _rate_clause(text: str, rate: float) -> tuple[int, int] | None:
    """The clause of the sentence that states the rate (its first statement)."""
    p = next((p for p in find_percents(text) if p.value == rate), None)
    if p is None:
        return None
    return next(((a, b) for a, b in clause_spans(text) if a <= p.start < b), (0, len(text)))


def mention_event(text: str, rate: float, published: date | None) -> str | None:
    """The state a mention's own clause gives its measure: a start dated against `published`, else the
    strongest event cue of the clause (constants.EVENT_CUES), else None."""
    cl = _rate_clause(text, rate)
    if cl is None:
        return None
    found = []
    if published is not None:
        for m in _DATE.finditer(text, cl[0], cl[1]):
            if _START.search(text[max(cl[0], m.start() - 30):m.start()]):
                d = _date_at(m, published)
                if d is not None:
                    found.append("in_force" if d <= published else "announced")
    if DATED and found:
        return max(found, key=EVENT_RANK.index)
    for status, rx in _CUES:
        if DATED and status not in ("in_force", "announced"):
            continue
        if rx.search(text, cl[0], cl[1]):
            found.append(status)
    return max(found, key=EVENT_RANK.index) if found else None


def cued(text: str, rate: float) -> bool:
    """The rate's own clause carries a status cue of the per-sentence rules (constants.STATUS_CUES)."""
    cl = _rate_clause(text, rate)
    return cl is None or _ANY_CUE.search(text, cl[0], cl[1]) is not None


DATED = os.environ.get("XEV_DATED", "1") == "1"
LINK = os.environ.get("XEV_LINK", "loose")


def linked(a: dict, b: dict) -> bool:
    from .timeline import same_measure
    if LINK == "loose":
        return same_measure(a, b)
    if LINK == "strict":
        return same_measure(a, b) and a["target"] == b["target"]
    return a["imposer"] == b["imposer"] and a["rate_pct"] == b["rate_pct"] and a["target"] == b["target"] \
        and a["product"] == b["product"]


def measure_status(facts: list[dict], published: date | None, lede_end: int = 0) -> None:
    """Each mention whose own clause states no event takes the latest state its measure's other mentions
    state (in place)."""
    own = [mention_event(f["sentence"], f["rate_pct"], published) for f in facts]
    from .timeline import same_measure
    for i, f in enumerate(facts):
        if own[i] is not None and RECEIVER != "all":
            continue
        if RECEIVER == "lede" and f["span"][0] >= lede_end:
            continue
        if RECEIVER in ("uncued", "lede") and cued(f["sentence"], f["rate_pct"]):
            continue
        states = [own[j] for j, g in enumerate(facts)
                  if own[j] is not None and g["span"][0] != f["span"][0] and linked(f, g)]
        if RECEIVER == "all" and own[i] is not None and states:
            states.append(own[i])
        states = [s for s in states if s in PROPAGATE]
        if states:
            f["status"] = max(states, key=EVENT_RANK.index)
