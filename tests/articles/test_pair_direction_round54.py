"""Round 54 (xtvpair54): trade values whose pair or direction the amount's own words do not state.  A purchase
pledge's subject is its buyer ("Seoul will also buy $100 billion": imports [buyer, seller], LABELING.md); "according to
the U.S. Census Bureau" names no buyer; an amount told after its flow with no country of its own ("..., compared with
US$44 billion") takes that flow's order; a two-way figure pointing back to a pair never joined takes the story's
reporter first (trade_values._flow_cue, flow_order, `_stretch_sides`, `_two_way_reporter`)."""
from __future__ import annotations

from inline import value_candidate

from tariffscope.articles.trade_values import flow_order


def test_the_subject_of_a_purchase_pledge_is_the_buyer():
    body = ("Korea seals tariff deal\n\nThe two sides agreed on a 15% tariff on Korean cars. Seoul will also buy "
            "$100 billion of liquefied natural gas over the coming three and a half years.")
    ctx, c = value_candidate(body, 100e9)
    assert flow_order(ctx, c, "imports", ["USA", "KOR"]) == ["KOR", "USA"]


def test_according_to_a_country_s_agency_names_no_buyer():
    body = ("Japan's rice imports\n\nAccording to the U.S. Census Bureau, Japan bought $298 million worth of "
            "American rice last year.")
    ctx, c = value_candidate(body, 298e6)
    assert flow_order(ctx, c, "imports", ["USA", "JPN"]) == ["JPN", "USA"]


def test_a_base_told_after_its_flow_takes_that_flow_s_order():
    body = ("Vietnam's exports to the US climb\n\nThe United States remained the top market for Vietnamese goods, "
            "buying US$57 billion worth in the first five months, compared with US$44 billion a year earlier.")
    ctx, c = value_candidate(body, 44e9)
    assert flow_order(ctx, c, "exports", ["USA", "VNM"]) == ["VNM", "USA"]


def test_a_two_way_figure_never_joined_takes_the_reporter_first_but_a_plain_one_keeps_its_order():
    body = ("Lesotho's textile mills struggle\n\nWashington cut the duty to 15% last week, Lesotho's trade minister "
            "said. Trade between the two countries totalled $240.1 million in 2024. Lesotho's garment exports to the "
            "United States came to $237 million, and its purchases of US wheat were $12 million.")
    ctx, c = value_candidate(body, 240.1e6)
    assert flow_order(ctx, c, "total_trade", ["USA", "LSO"]) == ["LSO", "USA"]
    ctx, c = value_candidate(body, 12e6)
    assert flow_order(ctx, c, "total_trade", ["USA", "LSO"]) == ["USA", "LSO"]
