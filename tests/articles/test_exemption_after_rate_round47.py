"""Round 47 (xexemptlist47): an exemption whose goods stand after the rate in its own sentence -- the exemption noun's
"for" list, an absolute "with ... exempted", "other than" the rate's own phrase, "among them" after an exemption word.
LABELING.md rounds 15 and 30: goods a rate leaves out are `lifted` under that rate, one fact per good.  The stories
run the rules alone.
"""
from __future__ import annotations

from inline import tariff_tuples


def _lifted(body: str) -> set:
    """(product, rate_pct) of every `lifted` tariff fact of the inline article."""
    return {(t[2], t[3]) for t in tariff_tuples(body) if t[4] == "lifted"}


def test_exemptions_for_a_list_after_the_rate(rules_only):
    body = ("EU and US set out their trade deal\n\n"
            "Under the arrangement, Washington charges EU goods a 15% tariff, with exemptions for cork, aircraft "
            "and pharmaceuticals. The deal was signed on Thursday.")
    assert {("cork", 15.0), ("aircraft", 15.0), ("pharmaceuticals", 15.0)} <= _lifted(body)


def test_with_goods_exempted_and_other_than(rules_only):
    body = ("Taiwan presses for a lower US rate\n\n"
            "Washington charges a 20% tariff on most goods from Taiwan, with semiconductors exempted, and Taipei is "
            "pressing for a lower rate. In March the U.S. put a 25% tariff on all Canadian products other than "
            "energy products.")
    lifted = _lifted(body)
    assert ("semiconductors", 20.0) in lifted
    assert ("energy", 25.0) in lifted


def test_an_exemption_failed_or_in_doubt_gives_no_lifted_fact(rules_only):
    body = ("Wine exporters dismayed\n\n"
            "Wine and spirits will pay the same 15% tariff, after Brussels failed to obtain an exemption for wine. "
            "Trump has warned of tariffs as high as 200 per cent on drugs, and the exemption for smartphones could "
            "be rethought.")
    lifted = _lifted(body)
    assert ("wine", 15.0) not in lifted
    assert ("smartphones", 200.0) not in lifted


def test_goods_among_the_goods_left_out_of_the_rate(rules_only):
    body = ("US tariff on Brazil takes effect\n\n"
            "The United States began charging a 50% tariff on Brazilian goods on Wednesday. "
            "Orange juice, iron ore, oil and aircraft are among the goods left out of the 50% tariff.")
    assert {("orange juice", 50.0), ("iron ore", 50.0), ("aircraft", 50.0)} <= _lifted(body)
