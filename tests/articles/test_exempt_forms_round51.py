"""Round 51 (xexemptforms51): a good's raw forms listed after it ("copper ores, concentrates, mattes, cathodes and
anodes", "copper inputs, such as ores and cathodes") are each left out of the rate with the good as their shared head
("copper concentrates"), in the rate's own sentence and in a sentence with no rate.  LABELING.md rounds 15 and 30
(goods a rate leaves out are `lifted` under it, one fact per good), round 39 (shared head nouns) and round 50 (form
words stay in the goods).  The stories run the rules alone.
"""
from __future__ import annotations

from inline import tariff_tuples

LEAD = ("Copper tariff takes effect\n\n"
        "President Donald Trump signed a proclamation on Wednesday putting a 50% tariff on semi-finished copper products. ")


def _lifted(body: str) -> set:
    """(product, rate_pct) of every `lifted` tariff fact of the inline article."""
    return {(t[2], t[3]) for t in tariff_tuples(body) if t[4] == "lifted"}


def test_forms_after_one_good_in_the_rates_own_sentence(rules_only):
    body = ("Copper tariff takes effect\n\n"
            "The tariff applies to semi-finished copper products such as pipes and wires. "
            "According to the fact sheet, copper ores, concentrates, mattes, cathodes, anodes and scrap are not covered "
            "by the 50% tariff or by the reciprocal tariffs.")
    lifted = _lifted(body)
    assert {("copper ores", 50.0), ("copper concentrates", 50.0), ("copper mattes", 50.0), ("copper cathodes", 50.0),
            ("copper anodes", 50.0), ("copper scrap", 50.0)} <= lifted
    assert ("copper", 50.0) not in lifted


def test_forms_as_examples_of_the_goods_class_with_no_rate(rules_only):
    lifted = _lifted(LEAD + "Copper inputs, among them ores, concentrates, cathodes and anodes, were left outside the "
                            "measure.")
    assert {("copper ores", 50.0), ("copper concentrates", 50.0), ("copper cathodes", 50.0),
            ("copper anodes", 50.0)} <= lifted


def test_a_speakers_clause_naming_the_order_by_its_own_words(rules_only):
    lifted = _lifted(LEAD + "It states that copper inputs, namely ores, concentrates and cathodes, will be subject "
                            "neither to the Section 232 tariff nor to the reciprocal tariffs.")
    assert {("copper ores", 50.0), ("copper concentrates", 50.0), ("copper cathodes", 50.0)} <= lifted


def test_forms_the_story_only_names_give_no_lifted_fact(rules_only):
    body = LEAD + ("From 2027, a quarter of the copper input materials produced in the United States, including "
                   "concentrates, cathodes and anodes, will have to be sold on the domestic market.")
    assert not _lifted(body)
