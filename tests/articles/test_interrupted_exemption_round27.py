"""Round 27 (branch xexempt27): goods exempted from a rate, their subject set off from the copula by an interrupter.

The reading (tariffs._interrupted_subject): an exemption cue whose goods subject stands before an apposition ("Pharmaceuticals,
the country's largest export, were exempt from the 39% rate") or a relative clause ("Pharmaceuticals, which remain
exempt from the 39% tariff, slipped 1.3%", "crude oil, which dominates shipments to America, is exempt") gives the goods
`lifted` with the rate (LABELING.md round 15: goods left out of a rate); the earlier readers took the subject from the
last comma on, so they read the interrupter and found no goods.  And a headline's rate takes its status from the first
body mention of its measure, not from goods left out of it (timeline.headline_status).
"""
from __future__ import annotations

from datetime import date

import pytest
from inline import tariff_tuples

PUB = date(2025, 10, 1)


@pytest.mark.parametrize("body, good, rate", [
    # an apposition between the goods and the copula, the rate in the sentence
    ("Washington charges a 39% tariff on goods from Switzerland. Pharmaceuticals, the country's largest export, were "
     "exempt from the 39% rate, but drugmakers worked under constant uncertainty.", "pharmaceuticals", 39.0),
    # a relative clause whose own verb is the copula
    ("Swiss exports to the US fell after Washington imposed a 39% tariff on Swiss goods. Pharmaceuticals, which remain "
     "exempt from the 39% tariff, slipped 1.3%.", "pharmaceuticals", 39.0),
    # no rate in the exemption's sentence: the measure is the rate of the sentence before
    ("Washington put a 39% tariff on Swiss goods in August. The big exception is pharmaceuticals, which have been left "
     "out of the rate.", "pharmaceuticals", 39.0),
    # a closed relative clause before the copula
    ("Washington put a 10% tariff on Nigerian goods in April. Crude oil, which dominates shipments to America, is "
     "exempt.", "crude oil", 10.0),
])
def test_goods_before_an_interrupter_are_lifted(rules_only, body, good, rate):
    facts = tariff_tuples(body, PUB)
    assert any(f[2] == good and f[3] == rate and f[4] == "lifted" for f in facts), facts
    # the rate itself still applies to the rest of the goods
    assert any(f[2] is None and f[3] == rate and f[4] == "in_force" for f in facts), facts


def test_headline_rate_is_not_lifted_by_goods_left_out(rules_only):
    body = ("Swiss exports to US tumble after 39% tariff\n\n"
            "Pharmaceuticals are exempt from the 39% tariff, which Washington has charged on Swiss goods since August.")
    facts = tariff_tuples(body, PUB)
    assert ("USA", "CHE", "pharmaceuticals", 39.0, "lifted") in facts, facts
    assert not any(f[2] is None and f[3] == 39.0 and f[4] == "lifted" for f in facts), facts


@pytest.mark.parametrize("body, rate", [
    # an exemption only possible
    ("Washington charges a 39% tariff on goods from Switzerland. Pharmaceuticals, the country's largest export, could "
     "be exempt from the 39% rate.", 39.0),
    # a relative clause saying the goods pay the rate: no exemption cue after the interrupter
    ("Washington charges a 39% tariff on goods from Switzerland. Pharmaceuticals, which are the country's largest "
     "export, pay the 39% rate.", 39.0),
])
def test_no_goods_lifted_by_the_interrupter_reading(rules_only, body, rate):
    facts = tariff_tuples(body, PUB)
    assert not any(f[2] == "pharmaceuticals" and f[4] == "lifted" for f in facts), facts
    assert any(f[2] is None and f[3] == rate and f[4] == "in_force" for f in facts), facts


def test_a_listed_subject_keeps_every_good(rules_only):
    # a list whose last item carries a trailing comma is the list reader's: each good lifted, not only the first
    body = ("The US charges a 30% tariff on South African goods. Copper, pharmaceuticals and some energy products, are "
            "exempt from the 30% tariff.")
    goods = {f[2] for f in tariff_tuples(body, PUB) if f[3] == 30.0 and f[4] == "lifted"}
    assert {"copper", "pharmaceuticals"} <= goods, goods


@pytest.mark.parametrize("body, good, rate", [
    # "not covered by" the rate: the same carve-out as "exempt from"
    ("Swiss goods will face tariffs of 31 per cent in the US. Pharmaceutical products are not covered by the 31 per "
     "cent tariff, although separate US decisions on the sector are expected.", "pharmaceuticals", 31.0),
    # a restrictive relative clause closes the subject: its head's goods
    ("Philippine goods face a 20% US tariff. The semiconductors that make up the bulk of Philippine sales abroad are "
     "not covered by the 20% tariff.", "semiconductors", 20.0),
])
def test_goods_not_covered_by_the_rate_are_lifted(rules_only, body, good, rate):
    facts = tariff_tuples(body, PUB)
    assert any(f[2] == good and f[3] == rate and f[4] == "lifted" for f in facts), facts


@pytest.mark.parametrize("body", [
    # only a possible carve-out
    "Swiss goods will face tariffs of 31 per cent in the US. Pharmaceutical products would not be covered by the 31 "
    "per cent tariff.",
    # the relative clause names the goods: its head (firms) is what is exempt, not the goods
    "Ruritanian goods face a 25% US tariff. Firms that make pharmaceuticals are exempt from the 25% tariff.",
])
def test_no_goods_lifted_by_a_possible_or_firm_carve_out(rules_only, body):
    assert not any(f[2] == "pharmaceuticals" and f[4] == "lifted" for f in tariff_tuples(body, PUB))
