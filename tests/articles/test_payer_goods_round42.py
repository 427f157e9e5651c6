"""Round 42 (xpayinggoods42): a relative clause that pays the rate hangs on goods that carry a post-modifier of
origin ("vehicles made in China and in certain other Asian nations, which now face a 50% tariff", "upholstered
furniture from Vietnam, which pays 20 percent"): the place is where the goods come from, not the relative clause's
antecedent, so the rate is on the goods before it.  A class of all goods there ("goods from Brazil, which now pay")
keeps the rate on all goods.  The stories run the rules alone.
"""
from __future__ import annotations

from inline import rate_products as products
from inline import tariff_tuples


def test_goods_made_in_a_place_pay_through_the_relative_clause(rules_only):
    body = ("Mexico raises tariffs\n\nMexico's Congress approved higher import duties on Tuesday. The steepest ones fall "
            "on vehicles made in China and in certain other Asian nations, which now face a 50% tariff at the border.")
    assert products(body) == {("vehicles", 50.0)}


def test_the_origin_stays_the_target(rules_only):
    body = ("Furniture duties\n\nThe new rules change how the duties stack. Take upholstered furniture from Vietnam, "
            "which pays 20 percent today.")
    assert {(t[1], t[2], t[3]) for t in tariff_tuples(body)} == {("VNM", "upholstered furniture", 20.0)}


def test_a_class_of_all_goods_from_a_place_gives_no_goods(rules_only):
    body = ("Brazil hit\n\nThe order took effect on Wednesday. It hits goods from Brazil, which now pay a 50% tariff.")
    assert products(body) == {(None, 50.0)}
