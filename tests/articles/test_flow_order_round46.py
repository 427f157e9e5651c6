"""Round 46 (xtvorder46): a two-party trade value's parties in the flow's order (LABELING.md: exports [exporter,
importer], imports [importer, exporter], deficit/surplus [the country that has it, the partner]), read from the cue each
party's own mention carries in the amount's stretch (trade_values.flow_order)."""
from __future__ import annotations

from inline import value_candidate

from tariffscope.articles.trade_values import flow_order

CANADA = "Canada's exports to the US fall again\n\nCanada's exports fell in December, Statistics Canada said. "


def test_exports_to_a_market_named_first_put_the_exporter_first():
    body = CANADA + "Shipments to the US slid to C$44bn in December, Statistics Canada said on Thursday."
    ctx, c = value_candidate(body, 44e9)
    assert flow_order(ctx, c, "exports", ["USA", "CAN"]) == ["CAN", "USA"]


def test_a_market_taking_the_story_countrys_goods_is_the_importer():
    body = ("India's exports rise in August\n\nIndia's merchandise exports rose 6.7% in August. "
            "The United States remained India's largest export market in August, taking $6.86 billion of goods.")
    ctx, c = value_candidate(body, 6.86e9)
    assert flow_order(ctx, c, "exports", ["USA", "IND"]) == ["IND", "USA"]


def test_a_balance_left_to_a_country_is_its_own():
    body = ("Brazil's trade with the US swings to deficit\n\nBrazil's exports to the United States fell in May. "
            "Imports from the US rose 14.3%, leaving Brazil with a bilateral deficit of US$1.77 billion for the month.")
    ctx, c = value_candidate(body, 1.77e9)
    assert flow_order(ctx, c, "trade_deficit", ["USA", "BRA"]) == ["BRA", "USA"]


def test_the_other_amounts_cues_and_a_sentence_without_cues_leave_the_order():
    body = CANADA + ("Canada exported C$592.7 billion worth of goods to the United States in 2023 and imported "
                     "C$484 billion from it. Trade between the two countries came to C$1.1 trillion.")
    ctx, c = value_candidate(body, 484e9)
    assert flow_order(ctx, c, "imports", ["CAN", "USA"]) == ["CAN", "USA"]   # "to the United States" is the exports'
    ctx, total = value_candidate(body, 1.1e12)
    # round 54 (xtvpair54): a two-way figure pointing back to a pair never joined takes the story's reporter first
    assert flow_order(ctx, total, "total_trade", ["USA", "CAN"]) == ["CAN", "USA"]


def test_a_base_with_no_cut_before_it_shares_the_amounts_stretch():
    body = ("India's exports to the US fall again\n\nIndia's exports fell in October. "
            "Shipments to the United States, India's largest overseas market, fell to $6.3 billion in October from "
            "$6.9 billion a year earlier, data showed.")
    ctx, c = value_candidate(body, 6.9e9)
    assert flow_order(ctx, c, "exports", ["USA", "IND"]) == ["IND", "USA"]
