"""Round 40 (xtvmiss40): a difference told around an amount is no trade value (LABELING.md: a change is no level),
in the forms the older change cues missed -- a comparative after the amount, also across a bracket or a percentage in
apposition ("EUR46.1 billion, or 27.7 per cent, more than", "$400 million below the three-year average"); a percentage
change restated in brackets ("up 61.4 per cent ($297.8 million"); "higher by"; a change noun of its own ("a reduction
of"); a change verb with the new level after it ("climbing EUR6.2 billion to EUR28.5 billion").  The levels beside them
stay, and so does a balance told by its two sides.  The stories run the trade-value rules alone; the learned path
drops such amounts by the same test (trade_values.other_money)."""
from __future__ import annotations

from datetime import date

from inline import values_by_amount


def test_a_comparative_after_the_amount_makes_it_a_difference(values_rules_only):
    body = ("Ireland's exports jumped again, the Central Statistics Office said.\n\nTotal exports for the first nine "
            "months of 2025 reached €212.2 billion, which is €46.1 billion, or 27.7 per cent, more than in the same "
            "period last year.\n\nIn June, Irish shipments to the U.S. came in about $400 million below the "
            "three-year average.")
    got = values_by_amount(body, date(2025, 11, 14))
    assert 2.122e11 in got
    assert 4.61e10 not in got and 4e8 not in got


def test_a_percentage_change_restated_in_brackets_is_the_change(values_rules_only):
    body = ("Kenya's trade with the United States grew last year.\n\nIn 2024, US goods exports to Kenya reached "
            "$782.5 million, up 61.4 per cent ($297.8 million) from 2023.")
    got = values_by_amount(body, date(2025, 4, 8))
    assert got[7.825e8]["kind"] == "exports"
    assert 2.978e8 not in got


def test_a_change_noun_higher_by_and_a_change_verb_before_the_new_level(values_rules_only):
    body = ("Italy's surplus with the United States fell in 2025.\n\nThe surplus came to €34.191 billion in 2025, a "
            "reduction of €4.692 billion from the year before.\n\nIreland's goods exports rose by almost 28% in "
            "September, climbing €6.2 billion to €28.5 billion.\n\nShipments to the US came to $6.98 billion in "
            "November, higher by $1.3 billion than a year earlier.")
    got = values_by_amount(body, date(2025, 12, 1))
    assert {3.4191e10, 2.85e10, 6.98e9} <= set(got)
    assert not {4.692e9, 6.2e9, 1.3e9} & set(got)


def test_a_balance_told_by_its_sides_and_extra_goods_stay(values_rules_only):
    # "more ... than it bought" is the balance (round 37's sides), and "$267 billion more" of goods a measure would add
    # is no difference between two levels
    body = ("South Africa's trade with the United States is in surplus.\n\nFigures from the South African Revenue "
            "Service for 2024 show that the country sold R37 billion more to the United States than it bought from "
            "it.\n\nTrump orders tariffs on $200 billion in Chinese goods, threatens $267 billion more.")
    got = values_by_amount(body, date(2025, 3, 3))
    assert 3.7e10 in got
