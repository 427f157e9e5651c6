"""Round 49 (xexemptapart49): goods a sentence with no rate names as exempted, in forms the round-20 reading of a
rate-free exemption leaves -- examples under a class word ("Some sectors, including ..."), a lead phrase, a hedge or a
clause after the cue ("excluded for now", "exempt too", "..., he said"), "not covered" with no "by", "on the exemption
list".  LABELING.md rounds 15, 16 and 30: goods a rate leaves out are `lifted` under that rate, one fact per good.  The
stories run the rules alone.
"""
from __future__ import annotations

from inline import tariff_tuples


def _lifted(body: str) -> set:
    """(product, rate_pct) of every `lifted` tariff fact of the inline article."""
    return {(t[2], t[3]) for t in tariff_tuples(body) if t[4] == "lifted"}


def test_examples_under_a_class_word_and_a_hedge_after_the_cue(rules_only):
    body = ("US doubles India tariff to 50%\n\n"
            "The United States doubled its tariff on Indian goods to 50% on Wednesday. Some sectors, including "
            "smartphones, pharmaceuticals and energy, are at present exempt from the reciprocal tariffs. Generic "
            "drugs are excluded for now.")
    lifted = _lifted(body)
    assert {("smartphones", 50.0), ("pharmaceuticals", 50.0), ("energy", 50.0), ("generic drugs", 50.0)} <= lifted


def test_not_covered_and_the_exemption_list(rules_only):
    body = ("Swiss exporters count the cost\n\n"
            "Swiss goods face a 39% US tariff from Thursday. Pharmaceuticals, the largest Swiss export to the US, are "
            "not covered by the tariff for now, but watchmakers are hit. Smartphones are also on the exemption list.")
    lifted = _lifted(body)
    assert ("pharmaceuticals", 39.0) in lifted
    assert ("smartphones", 39.0) in lifted


def test_goods_described_by_a_rule_or_kept_out_of_another_measure_give_no_fact(rules_only):
    body = ("UK and US trade terms\n\n"
            "Washington charges British goods a 10% tariff. Sugar, pork and eggs have been kept out of the UK's own "
            "tariff reductions. Goods subject to the Section 232 steel and aluminum tariffs are excluded. Medicines "
            "are exempt from the tariff until the review ends.")
    lifted = _lifted(body)
    assert not {g for g, _ in lifted} & {"sugar", "pork", "eggs", "steel", "aluminum", "medicines"}


def test_an_actor_exempting_goods_from_the_measure(rules_only):
    body = ("US sets a 10% surcharge on imports\n\n"
            "The 10% surcharge on all imports starts on Saturday. The White House has also exempted passenger "
            "vehicles, certain electronics and pharmaceuticals from the surcharge. Officials would not exempt "
            "coffee from the surcharge.")
    lifted = _lifted(body)
    assert {("electronics", 10.0), ("pharmaceuticals", 10.0)} <= lifted
    assert ("coffee", 10.0) not in lifted
