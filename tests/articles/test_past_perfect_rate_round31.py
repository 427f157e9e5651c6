"""Round 31 (xstatushist31): a rate history told in one story -- one imposer's rates on one partner across months --
names the earlier rate in a past-perfect clause of its own ("just under the 32.1% deposit they had been lodging since
the spring", "the 10 per cent rate Washington had initially signalled").  Beside another rate of the same imposer,
target and goods that is decided, that earlier rate is `lifted` (LABELING.md: a rate replaced is `lifted`; round 21: an
announced rate replaced by a decided one too) -- `timeline.told_in_past_perfect`.  The clause alone is no proof: a rate
with no other rate of its pair, a threatened rate, a rate beside a change still to come and the new side of a change
keep their status.
"""
from __future__ import annotations

from datetime import date

from inline import rate_statuses

from tariffscope.articles import timeline

PUB = date(2025, 9, 1)


def test_a_deposit_lodged_before_the_final_duty_is_lifted():
    body = ("Thai exporters now pay a 29.9% anti-dumping duty on epoxy resins to the EU, just under the 32.1% deposit "
            "they had been lodging since the spring.")
    assert rate_statuses(body, PUB) == {(29.9, "in_force"), (32.1, "lifted")}


def test_the_rate_first_signalled_is_lifted_once_a_later_rate_applies():
    body = ("New Zealand goods pay a 15% US tariff since August 7. That was above the 10 per cent rate Washington had "
            "initially signalled.")
    assert rate_statuses(body, PUB) == {(15.0, "in_force"), (10.0, "lifted")}


def test_the_past_perfect_clause_alone_keeps_the_rate_in_force():
    # no other rate of the pair: the story tells the rate's past, not its replacement
    body = ("Swiss exporters are still reeling. The 39% tariff Washington had imposed on Swiss goods in August still "
            "applies.")
    assert rate_statuses(body, PUB) == {(39.0, "in_force")}


def test_the_rate_stays_in_force_while_the_later_one_is_only_announced():
    # dated before the 15% took effect (2025-08-07), as a real story telling it "from Aug. 7" is: on PUB New Zealand's
    # own 15% is in force, and the learned status reads the calendar of measures (round 54)
    body = ("Exporters in New Zealand pay the 10% tariff that Washington had set in April. From Aug. 7 they will face "
            "a 15% tariff instead.")
    assert rate_statuses(body, date(2025, 8, 1)) == {(10.0, "in_force"), (15.0, "announced")}


def test_the_new_side_of_a_change_is_no_old_rate():
    body = ("Together with the duty Washington already charges on Brazilian products, the measure brings the total to "
            "the 50% rate Trump had promised for Brazil.")
    assert (50.0, "lifted") not in rate_statuses(body, PUB)


def _fact(sentence: str, rate: float, status: str = "in_force") -> dict:
    return {"imposer": "USA", "target": "MYS", "product": None, "rate_pct": rate, "status": status,
            "sentence": sentence}


def test_a_threatened_rate_and_a_plan_to_raise_are_no_past_perfect_old_rate():
    threatened = "Goods will be charged 19 per cent, lower than the 25 per cent tariff that Trump had threatened."
    plan = "Goods pay 19 per cent, below the 25 per cent tariff that Trump had agreed to cut."
    assert not timeline._past_perfect_own_clause(_fact(threatened, 25.0))
    assert not timeline._past_perfect_own_clause(_fact(plan, 25.0))
    lodged = "Goods pay 19 per cent, below the 25 per cent tariff that they had paid since April."
    assert timeline._past_perfect_own_clause(_fact(lodged, 25.0))
