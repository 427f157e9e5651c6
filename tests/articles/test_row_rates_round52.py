"""Round 52 (xheadings52): a rate table or digest flattened to text gives, after a row's own rate, the earlier rate the
row's rate replaces -- in brackets ("Libya - 30% (31%)", "Brunei: 25 percent (April: 24 percent)") or after "against"
with a plan or an earlier time after it ("UK: 10 percent, against 25 percent proposed").  Both rates are facts of the
row's party (LABELING.md: a change gives both rates, rounds 15 and 45); the earlier one is `lifted`.  Read only in a
label row of a tariff article.  The stories run the rules alone.
"""
from __future__ import annotations

from inline import tariff_tuples

LEAD = ("Trump sets new tariff rates for seven more countries\n\n"
        "US President Donald Trump has fixed new tariff rates for seven more countries, due to apply from August 1.\n\n")


def _facts(body: str) -> set:
    """(target, rate_pct, status) of every tariff fact of the inline article, the row's own rate's status (the story's
    or the list intro's, as before this round) written "new"."""
    return {(t[1], t[3], "lifted" if t[4] == "lifted" else "new") for t in tariff_tuples(body)}


def test_earlier_rate_in_brackets_after_the_rows_rate(rules_only):
    facts = _facts(LEAD + "THE NEW RATES AT A GLANCE (April rate in brackets)\n\nLibya - 30% (31%)\n\nMoldova - 25% (31%)")
    assert {("LBY", 30.0, "new"), ("LBY", 31.0, "lifted"), ("MDA", 25.0, "new"),
            ("MDA", 31.0, "lifted")} <= facts


def test_earlier_rate_with_its_month_in_brackets(rules_only):
    facts = _facts(LEAD + "The new rates\n\nPhilippines: 20 percent (April: 17 percent)\n\n"
                          "Algeria: 30 percent (April: 30 percent, unchanged)")
    assert {("PHL", 20.0, "new"), ("PHL", 17.0, "lifted"), ("DZA", 30.0, "new")} <= facts
    assert ("DZA", 30.0, "lifted") not in facts       # the same figure is one rate, not a change


def test_earlier_rate_after_against_proposed(rules_only):
    facts = _facts(LEAD + "Partners with deals, and the rates the order sets for them:\n\n"
                          "UK: 10 percent, against 25 percent proposed\n\nVietnam: 20 percent, against 46 percent proposed")
    assert {("GBR", 10.0, "new"), ("GBR", 25.0, "lifted"), ("VNM", 20.0, "new"),
            ("VNM", 46.0, "lifted")} <= facts


def test_a_bracket_in_prose_is_no_row(rules_only):
    facts = _facts(LEAD + "Libya will pay a 30% tariff (the April letter said 31%) from August 1, officials said.")
    assert not any(rate == 31.0 for _, rate, _ in facts)


EXEMPT_LEAD = ("Section 122 surcharge: what the new 10% import duty covers\n\n"
               "From February 24, a 10% ad valorem import duty will apply to goods entering the United States.\n\n"
               "Goods left out\n\n")


def _lifted(body: str) -> set:
    """(product, rate_pct) of every `lifted` tariff fact of the inline article."""
    return {(t[2], t[3]) for t in tariff_tuples(body) if t[4] == "lifted"}


def test_items_under_a_duty_that_does_not_apply_to_them(rules_only):
    lifted = _lifted(EXEMPT_LEAD + "Under the order, the 10% duty does not apply to:\n\n"
                                   "certain critical minerals;\n\n"
                                   "natural resources and fertilizers that cannot be grown, mined, or otherwise produced "
                                   "in the United States, or not in sufficient quantities to meet domestic demand;\n\n"
                                   "pharmaceuticals and pharmaceutical ingredients;\n\n"
                                   "certain electronics.")
    assert {("critical minerals", 10.0), ("fertilizers", 10.0), ("pharmaceuticals", 10.0),
            ("electronics", 10.0)} <= lifted


def test_enumerated_items_of_an_exemption_list(rules_only):
    lifted = _lifted(EXEMPT_LEAD + "Some categories of products were left out of the new 10% tariff, including:\n\n"
                                   "(i) critical minerals;\n\n(ii) gold, silver and platinum;\n\n(iii) fertilizers;")
    assert {("critical minerals", 10.0), ("gold", 10.0), ("silver", 10.0), ("fertilizers", 10.0)} <= lifted


def test_items_under_a_list_of_goods_that_pay(rules_only):
    lifted = _lifted(EXEMPT_LEAD + "The duty applies to goods such as:\n\ncertain electronics;\n\nfurniture;")
    assert not lifted
