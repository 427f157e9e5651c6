"""Round 46 (xexempt46): goods a sentence with no rate says are exempt escape the story's measure -- the one rate the
headline states -- not the rate told nearest before them, which is often another measure's or the total's.
LABELING.md round 15: goods left out of a rate are the rate `lifted` with each good; goods exempted from one named part
of a stated total are `lifted` under that part only.  The stories run the rules alone.
"""
from __future__ import annotations

from inline import rate_products as products, rate_statuses


def test_exempt_goods_escape_the_headlines_rate_not_the_total(rules_only):
    body = ("US spares orange juice from new 40% duty on Brazil\n\n"
            "President Donald Trump on Wednesday signed an order placing an extra 40% tariff on goods from Brazil. "
            "Added to the 10% Brazilian goods already pay, the total comes to 50%. "
            "Pharmaceuticals and gold are exempt from the new duty.")
    assert {("pharmaceuticals", 40.0), ("gold", 40.0)} <= products(body)
    assert ("pharmaceuticals", 50.0) not in products(body)


def test_exempt_goods_told_far_from_the_rate(rules_only):
    body = ("What escapes Trump's new 10% global tariff?\n\n"
            "President Donald Trump signed a 10% tariff on imports from all countries on Friday. "
            "It starts next week, the White House said. Importers were told to file new forms. "
            "Customs will publish guidance, officials said. "
            "Pharmaceuticals and critical minerals are exempt from the new duty.")
    assert {("pharmaceuticals", 10.0), ("critical minerals", 10.0)} <= products(body)
    assert (10.0, "lifted") in rate_statuses(body)


def test_a_headline_with_two_rates_keeps_the_nearest_rate(rules_only):
    body = ("US raises tariffs on Brazil to 50% from 10%\n\n"
            "The United States will charge a 40% tariff on Brazilian goods from August 6. "
            "Orange juice and aircraft parts are exempt from the new duty.")
    assert ("orange juice", 40.0) in products(body)
    assert ("orange juice", 50.0) not in products(body)
