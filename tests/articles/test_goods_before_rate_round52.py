"""Round 52 (xgoodsbefore52): the goods standing before their rate in a sentence of two rates or more. A rate
coordinated after a goods subject's rate with its verb left out takes its own goods ("timber and lumber will pay 10%,
upholstered furniture 25%, and wooden cabinets and vanities 25%"), and a plain list of goods before a rate ("the tariff
on cars and parts to 15%") gives every item, as one after the rate does, where each item the lexicon does not know
ends in a plural noun. Joined modifiers on one head stay one good. The stories run the rules alone.
"""
from __future__ import annotations

from inline import rate_products as products


def test_gapped_rates_of_goods_each_take_their_goods(rules_only):
    body = ("Wood tariffs start\n\nUnder the order Trump signed, imported timber and lumber will pay 10%, upholstered "
            "furniture 25%, and kitchen cabinets and vanities 25%.")
    got = products(body)
    assert {("timber", 10.0), ("lumber", 10.0), ("upholstered furniture", 25.0), ("kitchen cabinets", 25.0),
            ("vanities", 25.0)} <= got


def test_a_gapped_good_after_a_paid_rate(rules_only):
    body = ("Kenya's farm tariffs\n\nKenya's average tariff is about 8 percent, and some farm products carry far "
            "steeper rates: milk imports pay 60 percent and sugar 100 percent.")
    assert ("sugar", 100.0) in products(body)


def test_a_plain_list_of_goods_before_the_rate(rules_only):
    body = ("Tokyo deal in force\n\nUnder an agreement reached in July, the US tariff on Japanese cars and parts came "
            "down to 15 percent on Tuesday.")
    got = products(body)
    assert {("cars", 15.0), ("parts", 15.0)} <= got


def test_joined_modifiers_on_one_head_stay_one_good(rules_only):
    body = ("Ottawa sets steel duties\n\nThe CBSA set provisional duties on carbon and alloy steel strapping from "
            "Vietnam at 138.6%, it said on Friday.")
    got = {g for g, r in products(body) if r == 138.6}
    assert "carbon" not in got and "non-alloy" not in got
