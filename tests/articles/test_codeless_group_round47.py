"""Round 47 (xtvparties47): a flow whose counterpart is a group of countries with no code -- the second of a pair
("between China and Africa"), North America, BRICS, ASEAN by its full name, "other European markets", "the countries
taking part in" a scheme -- keeps its owner as the only party (LABELING.md round 14; trade_values.codeless_group_flow),
in the rules and past the learned party count (trade_model._learned_parties)."""
from __future__ import annotations

from inline import value_candidate

from tariffscope.articles.trade_values import codeless_group_flow, rule_parties

PAKISTAN = ("Pakistan's exports to US rise eight percent\n\n"
            "Pakistan's exports to the United States rose 8% in the first half of the year to $3 billion, the bureau said. ")


def test_the_second_of_a_pair_named_between_is_a_group_and_the_first_owns_the_flow():
    body = ("Chinese exports to Africa soar\n\n"
            "China's exports to the United States fell in August. "
            "Trade between China and Africa already set a record in 2024, when it reached $295.6 billion.")
    ctx, c = value_candidate(body, 295.6e9)
    assert codeless_group_flow(ctx, c) == ["CHN"]
    assert rule_parties(ctx, c, "total_trade") == ["CHN"]


def test_north_america_bric_and_asean_by_name_are_groups():
    ctx, c = value_candidate(PAKISTAN + "Shipments to North America as a whole rose by 9.7% over the same period, "
                                        "reaching $4.2 billion.", 4.2e9)
    assert rule_parties(ctx, c, "exports") == ["PAK"]
    ctx, c = value_candidate("South Africa's surplus with US\n\nSouth Africa trade data were released on Friday. "
                             "Its deficit with BRICS came to R253 billion last year.", 253e9)
    assert codeless_group_flow(ctx, c) == ["ZAF"]
    ctx, c = value_candidate("China's foreign trade jumps\n\nChina's trade with the United States fell. Trade with the "
                             "Association of Southeast Asian Nations (ASEAN) reached 1.24 trillion yuan.", 1.24e12)
    assert codeless_group_flow(ctx, c) == ["CHN"]


def test_a_country_pair_between_keeps_both_parties():
    body = ("China and US trade falls\n\n"
            "Trade between China and the United States came to $582 billion in 2024, customs data showed.")
    ctx, c = value_candidate(body, 582e9)
    assert codeless_group_flow(ctx, c) is None
    assert sorted(rule_parties(ctx, c, "total_trade")) == ["CHN", "USA"]
