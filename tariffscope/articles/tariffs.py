"""Tariff facts: one per (rate, product) in a sentence that states a tariff rate.

Pipeline for each sentence that mentions a tariff noun:
  percentages -> keep those that are tariff rates (is_tariff_rate) -> products (list expansion)
  -> status (nearest cue) -> imposer/target (roles.resolve).
Rate changes "from 25% to 35%" give two facts: the new rate takes the status of the change; the
old rate is `lifted` when the change has happened (status in_force) and `in_force` when it is
only announced, threatened or paused.
"""
from __future__ import annotations

import re

from . import roles
from .constants import (
    ALL_GOODS_WORDS,
    DECREASE_WORDS,
    DEFAULT_STATUS,
    NON_TARIFF_PERCENT_AFTER,
    NON_TARIFF_PERCENT_BEFORE,
    PRODUCTS,
    STATUS_CUES,
    TARIFF_NOUNS,
)
from .context import Context
from .money import Percent, find_percents
from .text import clause_spans

_TARIFF_NOUN = re.compile(rf"\b{TARIFF_NOUNS}\b|\btax(?:ed|es)?\b|\btariffed\b", re.I)
_NOUN_AFTER_PCT = re.compile(
    rf"^[\s\-]*(?:[“”\"‘’']?(?!(?:of|in|from|than|by|on|and|or|to|for|with)\b)[\w\-]+[“”\"‘’',]?\s+){{0,3}}?[“”\"‘’']?(?:{TARIFF_NOUNS}|taxe?s?)\b",
    re.I,
)
_CONNECTOR_BEFORE = re.compile(
    r"\b(?:of|at|to|from|and|or|with|as high as|as much as|up to|reaching|hitting|a|an|the|new|additional|extra|another|"
    r"about|around|roughly|nearly|almost|some|over|over a|near|minimum|maximum|flat|blanket|steep|hefty|whopping|sweeping|"
    r"base|baseline|higher|lower|by|rate)\s*$|^\s*$|[,(:]\s*$",
    re.I,
)
_NOT_AFTER = re.compile(rf"^\s*{NON_TARIFF_PERCENT_AFTER}", re.I)
_NOT_BEFORE = re.compile(rf"\b{NON_TARIFF_PERCENT_BEFORE}\s+(?:about\s+|around\s+|roughly\s+|nearly\s+|almost\s+)?$", re.I)
_PRODUCT_RE = re.compile(
    r"(?<![\w-])(?:" + "|".join(re.escape(p) for p in sorted(PRODUCTS, key=len, reverse=True)) + r")(?![\w-])",
    re.I,
)
_ON_NP = re.compile(
    rf"^[\s\-]*(?:[“”\"‘’']?[\w\-]+[“”\"‘’']?\s+){{0,4}}?(?:(?:{TARIFF_NOUNS}|taxe?s?)\s+)?(?:on|for|against|covering|targeting|applied to|applying to)\s+",
    re.I,
)
_NP_STOP = re.compile(
    r"[;:.?!()—–]|\s(?:while|which|that|who|with|starting|effective|as|in|by|after|if|unless|but|to|until|because|"
    r"since|when|from|not|under|over|into|at|before|would|will|could|is|are|was|were|has|have|had|amid|despite|"
    r"and\s+(?:an?|the)\s)\b",
    re.I,
)
_ALL_GOODS = re.compile(rf"\b{ALL_GOODS_WORDS}\b", re.I)
_STATUS = [(status, re.compile(rf"\b(?:{rx})", re.I)) for status, rx in STATUS_CUES]
_FROM_TO = re.compile(r"\bfrom\s*$", re.I)
_TO = re.compile(r"^\s*to\s*$", re.I)
_DECREASE = re.compile(rf"\b{DECREASE_WORDS}\w*", re.I)


def is_tariff_rate(text: str, p_start: int, p_end: int, clause_start: int) -> bool:
    """Is the percentage at text[p_start:p_end] (a clause of a sentence) a tariff rate?"""
    after = text[p_end:p_end + 80]
    before = text[max(clause_start, p_start - 60):p_start]
    if _NOT_AFTER.match(after) and not re.match(r"^\s*of\s+(?:up to\s+)?\d", after):
        return False
    if _NOT_BEFORE.search(before) and not re.search(r"\bup to\s*$", before, re.I):
        return False
    if _NOUN_AFTER_PCT.match(after):
        return True
    # the tariff noun is earlier in the clause: "tariffs of 25%", "taxed at 50%", "raised ... to 35%"
    lead = text[clause_start:p_start]
    if _TARIFF_NOUN.search(lead) and _CONNECTOR_BEFORE.search(before):
        return True
    return False


def _products_in(np: str) -> list[str]:
    return [m.group(0).lower() for m in _PRODUCT_RE.finditer(np)]


def _after_np(text: str, p_end: int, limit: int) -> tuple[str, int] | None:
    """The noun phrase after "... tariff on" following a rate, cut at the first clause stop."""
    seg = text[p_end:limit]
    m = _ON_NP.match(seg)
    if not m:
        return None
    rest = seg[m.end():]
    stop = _NP_STOP.search(rest)
    np = rest[:stop.start()] if stop else rest
    # a comma ends the list unless what follows still names a product
    parts = re.split(r",\s*", np)
    kept = [parts[0]]
    for part in parts[1:]:
        if _PRODUCT_RE.search(part):
            kept.append(part)
        else:
            break
    np = ", ".join(kept)
    return np, p_end + m.end() + len(np)


def _status_at(text: str, pos: int, clause: tuple[int, int]) -> str:
    cs, ce = clause
    best_before: tuple[int, str] | None = None
    best_after: tuple[int, str] | None = None
    for status, rx in _STATUS:
        for m in rx.finditer(text, cs, ce):
            if m.end() <= pos:
                if best_before is None or m.start() > best_before[0]:
                    best_before = (m.start(), status)
            elif m.start() >= pos and (best_after is None or m.start() < best_after[0]):
                best_after = (m.start(), status)
    if best_before:
        return best_before[1]
    if best_after:
        return best_after[1]
    return DEFAULT_STATUS


def _clause_of(spans, pos):
    for s, e in spans:
        if s <= pos < e:
            return (s, e)
    return spans[-1]


def extract_tariffs(ctx: Context) -> list[dict]:
    facts: list[dict] = []
    seen: set[tuple] = set()
    for si, sent in enumerate(ctx.sentences):
        text = sent.text
        if not _TARIFF_NOUN.search(text):
            continue
        percents = find_percents(text)
        if not percents:
            continue
        spans = clause_spans(text)
        rates: list[tuple[Percent, tuple[int, int]]] = []
        for p in percents:
            cl = _clause_of(spans, p.start)
            if 0 < p.value <= 1000 and is_tariff_rate(text, p.start, p.end, cl[0]):
                rates.append((p, cl))
        # "from 25% to 35%": the first rate is a tariff rate whenever the second is
        for i, p in enumerate(percents[:-1]):
            q = percents[i + 1]
            if _FROM_TO.search(text[max(0, p.start - 8):p.start]) and _TO.match(text[p.end:q.start]):
                if any(r[0] == q for r in rates) and not any(r[0] == p for r in rates):
                    rates.append((p, _clause_of(spans, p.start)))
        rates.sort(key=lambda r: r[0].start)
        consumed_until = 0
        for k, (p, cl) in enumerate(rates):
            nxt = rates[k + 1][0].start if k + 1 < len(rates) and rates[k + 1][1] == cl else cl[1]
            change = _rate_change(text, p, rates, k)
            # products: the phrase after "tariff on", else a list before the rate in the clause
            products: list[str] = []
            lookahead_end = nxt
            if change == "old" and k + 1 < len(rates):
                lookahead_end = rates[k + 2][0].start if k + 2 < len(rates) and rates[k + 2][1] == cl else cl[1]
                np = _after_np(text, rates[k + 1][0].end, lookahead_end)
            else:
                np = _after_np(text, p.end, lookahead_end)
            if np is not None:
                products = _products_in(np[0])
                consumed_until = max(consumed_until, np[1])
            else:
                # "50% steel tariff": product between the rate and the noun
                between = re.match(rf"^[\s\-]*((?:[\w\-“”\"]+\s+){{0,3}}?)(?:{TARIFF_NOUNS})", text[p.end:nxt], re.I)
                if between:
                    products = _products_in(between.group(1))
                if not products:
                    start = max(cl[0], consumed_until)
                    prev_rates = [r for r in rates[:k] if r[1] == cl]
                    if prev_rates:
                        start = max(start, prev_rates[-1][0].end)
                    lead = text[start:p.start]
                    if change == "new":
                        lead = text[start:rates[k - 1][0].start] if k > 0 else lead
                    if not _ALL_GOODS.search(lead) or _PRODUCT_RE.search(lead):
                        products = _products_in(lead)
            status = _status_at(text, p.start, cl)
            if change == "old":
                new_status = _status_at(text, rates[k + 1][0].start, cl)
                status = "lifted" if new_status == "in_force" else "in_force"
            imposer, target, _global = roles.resolve(ctx, sent.start, text, cl, si, anchor=p.start)
            for product in dict.fromkeys(products or [None]):
                key = (imposer, target, product, p.value, status)
                if key in seen:
                    continue
                seen.add(key)
                facts.append({
                    "imposer": imposer, "target": target, "product": product, "rate_pct": float(p.value),
                    "status": status, "sentence": text, "span": [sent.start, sent.end],
                })
    return facts


def _rate_change(text: str, p: Percent, rates, k: int) -> str | None:
    """'old' for X in "from X% to Y%", 'new' for Y, else None."""
    if k + 1 < len(rates):
        q = rates[k + 1][0]
        if _FROM_TO.search(text[max(0, p.start - 8):p.start]) and _TO.match(text[p.end:q.start]):
            return "old"
    if k > 0:
        o = rates[k - 1][0]
        if _FROM_TO.search(text[max(0, o.start - 8):o.start]) and _TO.match(text[o.end:p.start]):
            return "new"
    return None
