"""Round 25 (branch ximposer25): a rate tied to a quota or safeguard is the importing market's measure.

The reading (roles._quota_rate_market): in a story whose default imposer is the U.S. (it names U.S. tariffs as the
background), a rate whose sentence ties it to a quota or safeguard ("Steel shipped above the quota ...", "a safeguard
duty of 12 per cent") and names no imposer is charged by the market the story's lede says the quota guards -- the
country named before the lede's quota word, else the story's main country after it, else (a lede naming no quota and
no U.S.) the story's main country; a market the rate's own clause names before the rate, not as its payer, comes first.  Not when the lede names the U.S. as a party to the quota (a U.S. deal's quota),
and not for the story's other rates.
"""
from __future__ import annotations

from datetime import date

import pytest
from inline import tariff_tuples

PUB = date(2025, 7, 20)

_US_BACKGROUND = ("U.S. President Donald Trump doubled his tariff on steel imports in June, and the U.S. market is "
                  "closed to many mills. Producers shut out of the United States are sending their steel elsewhere.")


def _imposers(body: str, rate: float) -> set:
    return {t[0] for t in tariff_tuples(body, PUB) if t[3] == rate}


@pytest.mark.parametrize("body, rate, want", [
    # the lede names the market before its quota word (d1012's, d828's form); the U.S. named after it is background
    ("Canada tightens steel import quotas as U.S. tariffs bite\n\n"
     f"Ottawa announced the new limits on Tuesday. {_US_BACKGROUND}\n\n"
     "Steel shipped above the quota will pay a 25% surtax.", 25.0, "CAN"),
    # the lede names the market after its safeguard word (d822's form)
    ("Steel safeguard duty: a sturdier shield for India\n\n"
     f"India's steel ministry has backed the measure. {_US_BACKGROUND}\n\n"
     "The trade remedies directorate recommended a safeguard duty of 12 per cent on flat steel imports.", 12.0, "IND"),
    # the lede names no quota and no U.S.: the story's main country (d396's form)
    ("Canada to tighten steel import rules to shield domestic mills\n\n"
     "Canada is introducing a fresh set of limits on imported steel, the prime minister's office said. "
     f"Canada's mills have lost orders. {_US_BACKGROUND}\n\n"
     "Any steel that arrives above the quota will be charged a 50% tariff.", 50.0, "CAN"),
    # another market that the rate's own clause names before the rate, not as the payer (d750's, d1583's form)
    ("UK expected to cut the amount of steel it lets in tariff-free\n\n"
     f"Britain's steelmakers want tighter limits. {_US_BACKGROUND}\n\n"
     "In October, the EU said it would replace its own safeguards with 50% tariffs.", 50.0, "EUU"),
])
def test_a_quota_rate_is_the_markets(rules_only, body, rate, want):
    assert _imposers(body, rate) == {want}


@pytest.mark.parametrize("body, rate, want", [
    # a U.S. deal's quota: the lede names the U.S. as a party before the quota word
    ("Mexico and US close in on steel quota deal\n\n"
     f"Mexico is nearing an arrangement with the United States. {_US_BACKGROUND}\n\n"
     "Steel shipped above the quota would still pay a 50% tariff.", 50.0, "USA"),
    # the story's other rates keep the U.S. default: no quota or safeguard in their sentence
    ("Canada tightens steel import quotas as U.S. tariffs bite\n\n"
     f"Ottawa announced the new limits on Tuesday. {_US_BACKGROUND}\n\n"
     "The 50% tariff on steel took effect in June.", 50.0, "USA"),
])
def test_the_neighbouring_readings_stand(rules_only, body, rate, want):
    assert _imposers(body, rate) == {want}
