"""Round 31 (branch xexempttarget31): the target of goods left out of a rate told before.

Goods a sentence exempts from a rate it restates ("Pharmaceuticals and petroleum products are exempt from the 50%
duty", "... are likewise outside the 40%", "... are not covered by the 31 per cent tariff") are `lifted` under the
rate they are left out of (LABELING.md rounds 15-16: for each country the rate covers).  Before, their copies took the
targets the roles read in the exemption's own sentence: none for sector goods (a global sector rate), or the last
country the text had named (Japan in a story on Switzerland).  Now they take every target of the earlier all-goods facts
of that rate and imposer (tariffs._left_out_of_targets).
Guards: a global rate told before keeps its exempted goods global; an exemption naming its own country keeps it; a
rate the sentence states itself ("a 25% tariff") is no restatement.
"""
from __future__ import annotations

from datetime import date

import pytest
from inline import tariff_tuples

PUB = date(2025, 9, 1)


def _lifted(body: str, rate: float) -> set:
    return {(t[1], t[2]) for t in tariff_tuples(body, PUB) if t[3] == rate and t[4] == "lifted" and t[2] is not None}


@pytest.mark.parametrize("body, rate, want", [
    # a sector's goods exempt from a country's rate: the country's, not a global copy (d1844)
    ("Indian exports to the US fell in August. India alone faces a 50% tariff on its goods. Pharmaceuticals and "
     "petroleum products are exempt from the 50% duty.", 50.0,
     {("IND", "pharmaceuticals"), ("IND", "petroleum products")}),
    # goods subject to a sector tariff left outside a country's rate (d1797)
    ("The US has brought into force a 40% tariff on goods from Brazil. Automobiles and auto parts subject to the auto "
     "tariffs are likewise outside the 40%.", 40.0,
     {("BRA", "automobiles"), ("BRA", "auto parts")}),
    # the rate's country, not the last country named (d1031)
    ("Swiss goods exports will face tariffs of 31 per cent when they enter the United States. Japan faces 24 per "
     "cent. Pharmaceutical products are not covered by the 31 per cent tariff.", 31.0,
     {("CHE", "pharmaceuticals")}),
])
def test_goods_left_out_take_the_targets_of_the_rate(rules_only, body, rate, want):
    assert _lifted(body, rate) == want


def test_a_rate_on_several_countries_gives_a_copy_for_each(rules_only):
    body = ("Until now shipments from Malaysia, Cambodia and Thailand to the United States have paid a reciprocal "
            "tariff of 19%. Pharmaceuticals and semiconductors are exempt from the 19% rate.")
    assert _lifted(body, 19.0) == {(c, g) for c in ("MYS", "KHM", "THA") for g in ("pharmaceuticals", "semiconductors")}


def test_guard_a_global_rate_keeps_its_exempted_goods_global(rules_only):
    body = ("The US charges a 10% tariff on all imports, and Japan pays 24%. Pharmaceuticals are exempt from the 10% "
            "tariff.")
    assert _lifted(body, 10.0) == {(None, "pharmaceuticals")}


def test_guard_the_exemptions_own_country_stays(rules_only):
    body = ("The US charges a 25% tariff on goods from Canada. Mexican pharmaceuticals are exempt from the 25% "
            "tariff.")
    assert ("CAN", "pharmaceuticals") not in _lifted(body, 25.0)
