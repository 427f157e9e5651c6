"""Round 22b: a trade figure whose flow refers back to the bilateral flow of the sentence before ("Those shipments
were worth ...", "these exports", "across the Atlantic") is that pair's figure, not the story's country with the world."""
from __future__ import annotations

from datetime import date

import pytest
from inline import trade_values

PUB = date(2025, 5, 1)


def pairs(body: str) -> set[tuple]:
    return {(frozenset(v["parties"]), v["value"]) for v in trade_values(body, PUB)}


@pytest.mark.parametrize("body, want", [
    ("Sri Lanka's garment makers sell roughly 40% of their clothing in the United States. "
     "Those shipments earned the country $1.9 billion last year.", ({"LKA", "USA"}, 1.9e9)),
    ("South Africa sent close to 100,000 tons of citrus to the US last year. "
     "Those shipments brought in more than $100 million in export earnings.", ({"ZAF", "USA"}, 1e8)),
    ("Ireland's drug makers rushed medicines to the United States. "
     "Last year the monthly value of these exports averaged around €3.7 billion.", ({"IRL", "USA"}, 3.7e9)),
    ("Ireland's drug makers rushed medicines to the United States.\n\n"
     "Last year the monthly value of these exports averaged around €3.7 billion.", ({"IRL", "USA"}, 3.7e9)),
    ("Spain is the world's largest olive oil producer and the United States its biggest customer. "
     "Last year the country sold olive oil worth more than €1bn across the Atlantic.", ({"ESP", "USA"}, 1e9)),
])
def test_a_flow_referring_back_takes_the_partner_named_before(values_rules_only, body, want):
    parties, value = want
    assert pairs(body) == {(frozenset(parties), value)}


def test_a_total_after_a_bilateral_sentence_stays_with_the_world(values_rules_only):
    body = ("Sri Lanka's garment makers sell roughly 40% of their clothing in the United States. "
            "Total garment exports earned the country $4.8 billion last year.")
    assert pairs(body) == {(frozenset({"LKA"}), 4.8e9)}


def test_these_goods_is_no_flow(values_rules_only):
    body = ("Argentina cut export duties on soybeans and corn shipped to China. "
            "Together, these goods accounted for more than 1.1 billion dollars in exports in 2024.")
    assert all(len(p) == 1 for p, _ in pairs(body))
