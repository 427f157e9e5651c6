"""Round 20b (xexempt20b): goods written as a list that the rate's own sentence says stand outside the rate
(LABELING.md rounds 15-16: goods left out of a rate are `lifted` with it, one fact per good listed, also when named
after "among them"/"such as" but said to be exempted); the rate keeps its remaining scope, product null."""
from __future__ import annotations

from inline import tariff_tuples


def test_a_subject_list_left_out_of_a_rate_lifts_every_good():
    got = tariff_tuples("Copper, pharmaceuticals and energy products are exempt from the 30% tariff on South "
                        "African goods.")
    assert {g[2] for g in got if g[4] == "lifted"} == {"copper", "pharmaceuticals", "energy"}
    assert ("USA", "ZAF", None, 30.0, "in_force") in got


def test_exempted_goods_named_after_among_them_are_each_lifted():
    got = tariff_tuples("The government said some goods, among them copper, pharmaceuticals and some energy "
                        "products, are exempt from the 30% tariff on South African goods.")
    assert {g[2] for g in got if g[4] == "lifted"} == {"copper", "pharmaceuticals", "energy"}


def test_a_rate_that_exempts_a_list():
    got = tariff_tuples("The United States raised its tariff on Swiss goods to 39% in August. The 39% rate exempts "
                        "pharmaceuticals, precious metals and electronics, at least for now.")
    assert {g[2] for g in got if g[3] == 39.0 and g[4] == "lifted"} >= {"pharmaceuticals", "electronics"}


def test_one_good_or_a_planned_exemption_is_no_list():
    got = tariff_tuples("Copper and gold could be exempted from the 50% tariff.")
    assert not any(g[4] == "lifted" for g in got)
