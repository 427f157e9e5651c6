"""Round 31 (branch xexempt31): goods left out of a rate told with a modal or as goods that do not pay it.

Two readings of the rate's own sentence (LABELING.md rounds 15 and 30: goods a rate leaves out are `lifted` under it,
also when the rate is only announced or a deal's cap; the rate keeps its remaining scope, product null):
- "will be" / "would be" before the exemption cue ("certain goods, such as copper, ..., would be exempt from the 32
  percent rate"): the modal speaks of the measure's start, not of the exemption; before, the goods became the rate's own
  goods (tariffs._LEFT_OUT_VERB, constants.LEFT_OUT_MODAL_COPULA);
- goods said not to pay the rate stated right after the verb ("are not subject to the 40%", "will no longer pay the 10
  per cent tariff", "have escaped the 50% rate"; tariffs._not_paying_goods, constants.LEFT_OUT_NOT_PAYING).
Guards: an exemption under a condition or only possible ("If talks succeed, ... would be exempt", "could be exempt"),
a proposal ("would no longer pay"), a condition on firms ("Where a company meets that test ... will not pay") leave the
goods unlifted; the present-tense exemption stays `lifted`.
"""
from __future__ import annotations

from datetime import date

import pytest
from inline import tariff_tuples

from tariffscope.articles import tariffs
from tariffscope.articles.money import find_percents

PUB = date(2025, 9, 1)
TAIWAN = "Taiwan will face a 32 percent tariff from April 9, the White House said. "


def _lifted(body: str, rate: float) -> set:
    return {t[2] for t in tariff_tuples(body, PUB) if t[3] == rate and t[4] == "lifted" and t[2] is not None}


@pytest.mark.parametrize("body, goods, rate", [
    # an announced rate whose goods "would be exempt": examples of the goods said exempted (LABELING.md round 16)
    (TAIWAN + "The White House said certain goods, such as copper, pharmaceuticals and semiconductors, would be exempt "
     "from the 32 percent rate.", {"copper", "pharmaceuticals", "semiconductors"}, 32.0),
    (TAIWAN + "Copper and pharmaceuticals will be exempt from the 32 percent rate.", {"copper", "pharmaceuticals"}, 32.0),
    ("China charges a 125% tariff on US goods. An exemption by China would echo a step taken by Washington, when the US "
     "announced that electronics would be excluded from the 145% tariff it has just imposed on Chinese imports.",
     {"electronics"}, 145.0),
])
def test_goods_a_rate_will_leave_out_are_lifted(body, goods, rate):
    assert goods <= _lifted(body, rate)


def test_the_modal_exemption_keeps_the_parties_and_the_remaining_scope():
    facts = tariff_tuples(TAIWAN + "Copper and pharmaceuticals will be exempt from the 32 percent rate.", PUB)
    assert ("USA", "TWN", "copper", 32.0, "lifted") in facts
    assert ("USA", "TWN", None, 32.0, "announced") in facts
    assert not any(t[2] == "copper" and t[4] != "lifted" for t in facts)     # no longer the rate's own goods


@pytest.mark.parametrize("body, goods, rate", [
    ("Brazilian goods pay a 40% US tariff since August. Steel and aluminum articles are not subject to the 40% tariff.",
     {"steel", "aluminum"}, 40.0),
    ("Australia has paid a 10 per cent US tariff since April. US importers of Australian beef will no longer pay the "
     "10 per cent tariff imposed earlier this year.", {"beef"}, 10.0),
    ("Japan pays a 15% US tariff. Generic medicines from Japan will not pay the baseline 15% tariff that Washington now "
     "charges on Japanese imports.", {"generic medicines"}, 15.0),
])
def test_goods_that_do_not_pay_a_rate_are_lifted(body, goods, rate):
    assert goods <= _lifted(body, rate)


@pytest.mark.parametrize("body, good, rate", [
    (TAIWAN + "Copper could be exempt from the 32 percent rate.", "copper", 32.0),
    ("Ecuador pays a 15% US tariff on bananas. Under the proposal Washington put on the table, bananas and cocoa would no "
     "longer pay the 15% tariff they face today.", "bananas", 15.0),
    ("The US charges a 100% tariff on branded drugs. Where a company meets that test, its branded and patented drugs "
     "will not pay the new 100% duty.", "drugs", 100.0),
])
def test_an_exemption_only_possible_or_conditional_lifts_nothing(body, good, rate):
    assert good not in _lifted(body, rate)


@pytest.mark.parametrize("sentence", [
    "If talks succeed, copper and pharmaceuticals would be exempt from the 32 percent rate.",
    "Officials hope copper will be exempt from the 32 percent rate.",
])
def test_a_modal_exemption_under_a_condition_leaves_nothing_out(sentence):
    # the rate-sentence readers find no goods left out (what the learned status makes of the goods is its own call)
    rate = find_percents(sentence)[0]
    assert tariffs._left_out_goods(sentence, rate) == [] and tariffs._listed_exemption(sentence, rate) == []


def test_an_exemption_in_the_present_stays_lifted():
    assert {"copper", "pharmaceuticals"} <= _lifted(
        TAIWAN + "Copper and pharmaceuticals are exempt from the 32 percent rate.", 32.0)
