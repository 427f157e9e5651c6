"""Round 16 (xproducts6): goods a sentence says stand outside a rate from the start (LABELING.md, round 15: "Goods
left out of a rate from the start ... are labelled as goods exempted: the rate `lifted` with those goods"; the rate
keeps its remaining scope, product null, in its own status)."""
from __future__ import annotations

from inline import tariff_tuples


def test_goods_spared_from_a_rate_are_lifted_and_the_rate_stays_for_all_goods():
    got = tariff_tuples("Medicines are also currently spared from the 39% reciprocal tariff the Trump administration "
                        "has imposed on Switzerland.")
    assert ("USA", "CHE", "pharmaceuticals", 39.0, "lifted") in got
    assert ("USA", "CHE", None, 39.0, "in_force") in got
    assert ("USA", "CHE", "pharmaceuticals", 39.0, "in_force") not in got    # main's reading


def test_goods_exempt_from_a_baseline():
    got = tariff_tuples("Pharmaceuticals are likewise exempt from the 10% baseline duties that apply across U.S. "
                        "trading partners.")
    assert {(g[2], g[4]) for g in got if g[3] == 10.0} == {("pharmaceuticals", "lifted"), (None, "in_force")}


def test_goods_outside_a_rate_keep_the_rates_own_status():
    got = tariff_tuples("For now, chips are outside the 19% tariff the United States has set for goods from Malaysia.")
    assert ("USA", "MYS", "chips", 19.0, "lifted") in got
    assert ("USA", "MYS", None, 19.0, "announced") in got


def test_countries_left_out_are_no_goods():
    got = tariff_tuples("Canada and Mexico were left out of the 10% baseline tariff.")
    assert not any(g[2] for g in got)


def test_an_exemption_only_possible_is_no_exemption():
    got = tariff_tuples("Copper could be exempted from the 50% tariff.")
    assert not any(g[4] == "lifted" for g in got)
