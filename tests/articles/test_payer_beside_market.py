"""The payer a clause cues beside the story's default imposer (roles.py, round 21, xtarget21): when the default
imposer's mention is the market or an agency ("at US ports", "the U.S. Department of Agriculture") and nothing cues
an imposer, the country whose goods pay the rate is the target, not the imposer of a swapped fact."""
from __future__ import annotations

from datetime import date

from test_rules import tariffs


def _parties(body: str) -> set[tuple]:
    return {(t[0], t[1], t[3]) for t in tariffs(body, date(2025, 6, 1))}


def test_goods_paying_the_rate_beside_an_american_agency_are_the_target():
    body = ("Argentina beef quota quadrupled\n\n"
            "Any Argentine beef above that amount pays a 26.4% tariff, according to the U.S. Department of Agriculture.")
    assert _parties(body) == {("USA", "ARG", 26.4)}


def test_goods_arriving_at_the_market_that_pay_the_rate_are_the_target():
    body = "Japan autos\n\nFrom Tuesday, Japanese vehicles arriving at US ports face a 15% tariff."
    assert _parties(body) == {("USA", "JPN", 15.0)}


def test_the_default_imposers_own_goods_stay_the_target_of_a_named_imposer():
    # an imposer the clause cues keeps the default imposer's goods as its target
    body = "Canada hits back\n\nCanada will put a 25% tariff on American steel, the finance ministry said."
    assert _parties(body) == {("CAN", "USA", 25.0)}
