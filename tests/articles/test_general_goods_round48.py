"""Round 48 (xgoodsnull48): the general goods lexicon. Where the hand lexicon (constants.PRODUCTS) finds no goods word
in a rate's phrase, the reader looks in goods_words.json, nouns whose most frequent WordNet 3.0 sense is a foodstuff,
beverage, garment, fuel, metal, wood ... (build_goods_words.py): the goods that pay a rate as its subject ("Imported
rice from the United States", "American cocoa and brandy will face") are no longer all goods. A goods word that only
describes who is hurt, or a capitalised name, gives no goods to an all-goods rate. The stories run the rules alone.
"""
from __future__ import annotations

from inline import rate_products as products


def test_subject_goods_of_a_rate_change(rules_only):
    body = ("Seoul trims farm duties\n\nImported rice from the United States will see its tariff cut from 10% to "
            "5%, the agriculture ministry said on Monday.")
    assert {("rice", 10.0), ("rice", 5.0)} <= products(body)
    assert (None, 5.0) not in products(body)


def test_subject_list_that_faces_the_rate(rules_only):
    body = ("Beijing hits back\n\nChina's commerce ministry said American cocoa and brandy will face an extra 15% "
            "tariff from March 10.")
    assert {("cocoa", 15.0), ("brandy", 15.0)} <= products(body)


def test_general_words_leave_all_goods_rates_alone(rules_only):
    body = ("Cairo weighs its options\n\nWashington imposed a 10% tariff on all imports from Egypt, hurting rice "
            "farmers. Apple said the 25% tariff on all Chinese goods would hurt it.")
    assert products(body) == {(None, 10.0), (None, 25.0)}
