"""A bare "the surplus" after a balance named with its partner is that pair's balance (round 20c, xtv20c): "Vietnam's
surplus with the U.S. grew ... U.S. figures show that in March alone the surplus reached $13.5 billion" is Vietnam's
surplus with the US (LABELING.md: deficit/surplus [the country that has it, the partner]).  A balance said of the
world in between keeps the figure one-sided.  Rules only, on inline sentences."""
from __future__ import annotations

from datetime import date

from inline import trade_values


def _parties(body: str, published: date = date(2025, 7, 1)) -> dict[float, set[str]]:
    return {v["value"]: set(v["parties"]) for v in trade_values(body, published)}


def test_the_surplus_after_a_surplus_with_a_partner_is_that_pair(values_rules_only):
    got = _parties("Vietnam's surplus with the U.S. grew by almost a quarter in the first four months of the year. "
                   "U.S. figures show that in March alone the surplus reached $13.5 billion, a record.")
    assert got == {13.5e9: {"VNM", "USA"}}


def test_a_world_balance_in_between_keeps_one_party(values_rules_only):
    got = _parties("Vietnam's surplus with the U.S. grew by almost a quarter in the first four months of the year. "
                   "The overall trade surplus narrowed in May. In March the surplus reached $13.5 billion.")
    assert got == {13.5e9: {"VNM"}}
