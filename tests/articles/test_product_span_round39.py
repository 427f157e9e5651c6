"""Round 39 (xproductspan39): the words a rate's noun phrase is cut to are goods only when they name goods.  A route
("on its way into the United States"), a rank ("India, the fifth largest", "first at 25 per cent"), a time ("a year
later", "to year-end"), a verb the phrase was cut from ("the rate for Argentina ... stays at 10 percent") or a side
names no goods: the rate keeps the goods its clause names elsewhere, or none (LABELING.md: product null for all goods).
"Canadian-origin" says whose goods, like a demonym; "virtually every good" is all goods.  The stories run the rules
alone (the shipped learned decisions are retrained by the lead).
"""
from __future__ import annotations

from inline import rate_products as products


def test_a_route_gives_way_to_the_goods_of_the_clause(rules_only):
    body = ("Colombian coffee now enters the United States duty-free. Until this week, Colombian coffee was charged a 10% "
            "tariff on its way into the world's largest economy.")
    assert products(body) == {("coffee", 10.0)}


def test_a_rank_or_a_verb_is_no_goods(rules_only):
    body = ("Washington raised duties across Asia. Turkey, ranked fourth, gets off with 10%, while India, the fifth "
            "largest, will pay 26%.")
    assert ("fifth largest", 26.0) not in products(body)
    body = ("Under the new terms, Ecuador will go on paying a 15 percent tariff, while the rate for Argentina, Guatemala "
            "and El Salvador stays at 10 percent, an official said.")
    assert products(body) == {(None, 15.0), (None, 10.0)}


def test_an_origin_word_is_whose_goods_and_a_time_is_no_goods(rules_only):
    body = ("Under the final ruling, the duty on Canadian-origin rapeseed is set at 5.9 percent and will remain in place "
            "for five years, China's ministry said.")
    assert products(body) == {("rapeseed", 5.9)}
    body = ("Brazil will raise its import tariff on electric cars in steps. A year later, in July 2026, all three kinds "
            "of vehicle will pay a 35% import tariff.")
    assert ("year later", 35.0) not in products(body)


def test_every_good_is_all_goods_and_named_goods_stay(rules_only):
    body = "President Donald Trump put 25 per cent tariffs on virtually every good Canada sells to the United States."
    assert products(body) == {(None, 25.0)}
    body = "The US will charge a 25% tariff on Japanese steel, Commerce said."
    assert products(body) == {("steel", 25.0)}
