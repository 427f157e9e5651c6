"""Round 20 (xnewest20): goods a sentence with no rate leaves out of the measure whose rate the sentence before stated
(LABELING.md, round 15: "Goods left out of a rate from the start ... are labelled as goods exempted: the rate `lifted`
with those goods"; writer batches d961-d976, d977-d992, d1041-d1056, d1057-d1072, d1121-d1136)."""
from __future__ import annotations

from inline import tariff_tuples


def test_goods_exempt_from_the_duty_the_sentence_before_rated_are_lifted():
    got = tariff_tuples("Trump began applying the 39% tariffs on Swiss goods on August 7. "
                        "Pharmaceutical products and gold were exempt from the duty.")
    assert ("USA", "CHE", "pharmaceuticals", 39.0, "lifted") in got
    assert ("USA", "CHE", "gold", 39.0, "lifted") in got
    assert ("USA", "CHE", None, 39.0, "in_force") in got       # the measure keeps its remaining scope


def test_a_bare_exemption_sentence_after_a_baseline():
    got = tariff_tuples("Last week the administration imposed a minimum 10 percent import tax on almost all products "
                        "from every country. Energy is exempted.")
    assert ("USA", None, "energy", 10.0, "lifted") in got


def test_countries_buyers_and_planned_exemptions_are_no_goods_left_out():
    for second in ("Canada and Mexico were left out of the tariff.", "Copper could be exempted from the tariff.",
                   "Up to now, buyers have been largely spared."):
        got = tariff_tuples("The US put a 10% tariff on Canadian goods. " + second)
        assert not any(g[4] == "lifted" for g in got), second


def test_a_subject_with_a_clause_or_examples_names_no_goods_left_out():
    got = tariff_tuples("Brazilian goods pay a 50% tariff. Coffee and beef are among the goods that now pay the full "
                        "rate, while aircraft, orange juice and energy products were exempted.")
    assert not any(g[2] in ("coffee", "beef") and g[4] == "lifted" for g in got)
