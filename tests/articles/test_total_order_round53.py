"""Round 53 (xtvtotals53): the order of a two-way trade pair whose own sentence has no "between A and B" and no
partner phrase (LABELING.md round 47: total_trade [first named, second named], "A's trade with B", or the pair a back
reference points to).  "Trade with the US" puts the US second; "between the two countries", "bilateral trade" or a bare
"two-way trade" take the order of the last place the story names the two joined as a pair ("The United States and
South Korea"); never joined, the order read stayed (round 54: the story's reporter first;
trade_values._total_trade_order, `_total_pair_before`, `_two_way_reporter`)."""
from __future__ import annotations

from inline import trade_values, value_candidate

from tariffscope.articles.trade_values import flow_order


def test_a_back_reference_takes_the_order_of_the_pair_named_before():
    body = ("Seoul braces for new duties\n\nThe United States and South Korea have been trading partners for seven "
            "decades. Two-way trade between the countries came to roughly $200 billion in 2024, the ministry said.")
    ctx, c = value_candidate(body, 200e9)
    assert flow_order(ctx, c, "total_trade", ["KOR", "USA"]) == ["USA", "KOR"]


def test_the_pair_named_before_orders_the_fact():
    body = ("Morocco regrets US duty\n\nThe United States and Morocco signed a free trade agreement in 2004. Trade "
            "between the two countries reached $7.7 billion in 2023, Rabat said.")
    pairs = {f["value"]: f["parties"] for f in trade_values(body) if f["kind"] == "total_trade"}
    assert pairs.get(7.7e9) == ["USA", "MAR"]


def test_trade_with_a_country_puts_it_second():
    body = ("China's trade rises in July\n\nThe European Union remained the largest partner. Trade with the US, "
            "which came third, amounted to 2.42 trillion yuan, down 11.1 percent from a year earlier, customs said.")
    ctx, c = value_candidate(body, 2.42e12)
    assert flow_order(ctx, c, "total_trade", ["USA", "CHN"]) == ["CHN", "USA"]


def test_two_countries_never_joined_as_a_pair_take_the_story_s_reporter_first():
    # round 53 kept the order read here; round 54 (xtvpair54) puts the reporter first (`_two_way_reporter`)
    body = ("Lesotho's textile mills struggle\n\nWashington cut the duty to 15% last week, Lesotho's trade minister "
            "said. Trade between the two countries totalled $240.1 million in 2024.")
    ctx, c = value_candidate(body, 240.1e6)
    assert flow_order(ctx, c, "total_trade", ["USA", "LSO"]) == ["LSO", "USA"]
    assert flow_order(ctx, c, "total_trade", ["LSO", "USA"]) == ["LSO", "USA"]
