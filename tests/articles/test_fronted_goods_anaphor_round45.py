"""Round 45 (xgoodsctx45): a demonstrative goods noun in a rate's clause before the rate ("Those products will face a
25% tariff", "the duty on those products from 50% to 40%") names no goods of its own and points back to the goods the
sentence before named; LABELING.md: one measure restated keeps its goods.  A rate the story already read for all goods
("the 19% rate" a country pays) stays all-goods.  The stories run the rules alone.
"""
from __future__ import annotations

from inline import rate_products as products


def test_those_products_as_the_subject_of_the_rate(rules_only):
    body = ("White House spells out furniture tariffs\n\nThe document also covers kitchen cabinets and vanities. "
            "Those products will face a 25% tariff from Oct. 14.")
    assert products(body) == {("kitchen cabinets", 25.0), ("vanities", 25.0)}


def test_the_duty_on_those_products_before_a_change(rules_only):
    body = ("Brazil still faces duties\n\nWashington kept the punitive tariff on Brazilian coffee and beef in place. "
            "The rollback lowers the combined duty on those products from 50% to 40%, officials said.")
    assert {("coffee", 40.0), ("beef", 40.0), ("coffee", 50.0), ("beef", 50.0)} <= products(body)
    assert (None, 40.0) not in products(body)


def test_a_countrys_rate_restated_stays_all_goods(rules_only):
    body = ("US deal with Malaysia\n\nThe United States will charge a 19% tariff on goods from Malaysia. Palm oil and "
            "rubber will be exempted later. Until then, entries of those goods continue to pay the 19% rate.")
    assert ("palm oil", 19.0) not in products(body)
    assert (None, 19.0) in products(body)
