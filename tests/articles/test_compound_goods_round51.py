"""Round 51 (xgoods51): one lexicon word read for two goods of one phrase. The hand lexicon names "aircraft parts" by
its lexicon word, so "aircraft and aircraft parts" were aircraft twice -- one fact where the labels give two, each good
by its compound as written. Where a lexicon name repeats in a phrase, each match that modifies a plain noun of goods (a
plural or a goods word) takes its compound; a repeat with no such noun ("steel and steel products") stays one good.
The stories run the rules alone.
"""
from __future__ import annotations

from inline import rate_products as products


def test_a_good_and_its_parts(rules_only):
    body = ("London wins relief\n\nThe United States will charge a 10% tariff on aircraft and aircraft parts from "
            "Britain, the White House said.")
    assert {("aircraft", 10.0), ("aircraft parts", 10.0)} <= products(body)


def test_one_word_modifying_two_listed_goods(rules_only):
    body = ("Beijing hits Ottawa\n\nChina will impose a 100% tariff on Canadian canola oil, oil cakes and peas from "
            "March 20, the commerce ministry said.")
    assert {("canola oil", 100.0), ("oil cakes", 100.0), ("peas", 100.0)} <= products(body)


def test_a_shared_lexicon_word_before_each_good(rules_only):
    body = ("New Delhi trims edible oil duties\n\nIndia has cut the basic customs duty on crude palm oil, crude "
            "soybean oil and crude sunflower oil to 10% from 20%, the finance ministry said.")
    got = products(body)
    assert {("crude palm oil", 10.0), ("crude soybean oil", 10.0), ("crude sunflower oil", 10.0)} <= got
    assert not {g for g, _ in got} & {"crude", "oil"}


def test_a_repeat_with_no_goods_noun_stays_one_good(rules_only):
    body = ("Steel duty stays\n\nThe government said the 25% tariff on steel and steel products imposed in March "
            "will stay in place.")
    assert {g for g, r in products(body) if r == 25.0} == {"steel"}
