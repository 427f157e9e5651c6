"""A share or a change written as a percent is no tariff rate (round 20, xtv20): "taking 18.3% of the kingdom's total
shipments abroad, worth US$55 billion" is the exports the share names, not the goods a 18.3% measure covers; a real rate
before "on"/"worth" still makes the amount a measure's coverage.  Rules only, on inline sentences."""
from __future__ import annotations

from datetime import date

from inline import trade_values


def _kinds(body: str, published: date = date(2025, 7, 1)) -> dict[float, str]:
    return {v["value"]: v["kind"] for v in trade_values(body, published)}


def test_a_share_of_shipments_worth_an_amount_is_exports(values_rules_only):
    got = _kinds("The United States was Thailand's largest export market last year, taking 18.3% of the kingdom's total "
                 "shipments abroad, worth US$55 billion.")
    assert got == {55e9: "exports"}


def test_a_change_in_percent_before_the_level_is_no_rate(values_rules_only):
    got = _kinds("Taiwan's exports to the US jumped 65.6% from a year earlier in February to reach US$11.77 billion.")
    assert got == {11.77e9: "exports"}


def test_a_tariff_rate_on_an_amount_stays_coverage(values_rules_only):
    got = _kinds("Canada will impose a 25% tariff on C$30 billion of U.S. goods.")
    assert got == {30e9: "countermeasure_coverage"}
