"""Round 18 (xtargets8): a country a sector rate is told to hurt is not its payer.  LABELING.md's sector rule gives the
named country only "when the text says its goods pay it"; a country whose industry or exporters are hit, in a clause
of its own before the imposer's act ("... after Washington lifted its steel tariff to 50 percent") or in a clause on the
measure's effect after the rate (", fuelling worries that the damage to Korean exporters ..."), leaves the rate null."""
from __future__ import annotations

from datetime import date

from inline import tariff_tuples


def _targets(body: str, rate: float) -> set:
    return {(t, p) for _, t, p, r, _ in tariff_tuples(body, date(2025, 9, 10)) if r == rate}


def test_an_industry_hit_after_the_imposer_acts_is_no_payer():
    body = ("Korea's steel exports fell in August.\n\n"
            "Shipments of Korean steel to the U.S. fell 11.2 percent after Washington lifted its steel tariff to 50 "
            "percent by June.")
    assert _targets(body, 50.0) == {(None, "steel")}


def test_exporters_in_a_clause_on_the_measures_effect_are_no_payer():
    body = ("Korea's exports hit a record in August.\n\n"
            "Washington now levies a 50% duty on steel imports, fuelling worries that the damage to Korean exporters "
            "will persist.")
    assert _targets(body, 50.0) == {(None, "steel")}


def test_goods_said_to_pay_before_the_imposer_acts_stay_the_payers():
    body = ("Canada's steelmakers met in Ottawa.\n\n"
            "Canadian steel will pay a 50% duty after Washington doubled the tariff.")
    assert _targets(body, 50.0) == {("CAN", "steel")}
