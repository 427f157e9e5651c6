"""Round 53 (xgoodsnull53): a rate a producer pays with no goods of its own, where a trade-remedy case is named in its
sentence, the one before or the story's lede ("Some Mexican exporters that did not take part in the US anti-dumping
review face far steeper duties of as much as 273%"), is a company's rate of the case, on the case's goods. A
country's firms paying its reciprocal rate stay all goods, and with no case named a producer's rate names no goods.
The stories run the rules alone.
"""
from __future__ import annotations

from inline import rate_products as products


def test_the_other_exporters_rate_takes_the_goods_of_the_case(rules_only):
    body = ("Mexico answers US tomato duty\n\nA 17.09% duty on Mexican tomatoes took effect in July. Some Mexican "
            "exporters that did not take part in the US anti-dumping review face far steeper duties of as much as 273%.")
    assert ("tomatoes", 273.0) in products(body)


def test_a_baseline_rate_the_firms_pay_stays_all_goods(rules_only):
    body = ("US steel case\n\nThe US set anti-dumping duties on Vietnamese steel pipes last year. Vietnamese "
            "exporters now pay the 20 per cent reciprocal tariff on everything else they ship.")
    assert (None, 20.0) in products(body) and ("steel pipes", 20.0) not in products(body)


def test_outside_a_remedy_story_the_exporters_rate_names_no_goods(rules_only):
    body = ("New Zealand's tariff\n\nThe US will charge New Zealand 15% from August. New Zealand exporters will pay a "
            "15% tariff on goods sold to the US.")
    assert {g for g, r in products(body) if r == 15.0} == {None}
