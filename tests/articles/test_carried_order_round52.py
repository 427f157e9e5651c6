"""Round 52 (xvalues52): the order of a trade value's pair.  An exports pair carried into a sentence that names
neither party ("They slipped further to USD 1.5 billion in July", a goods line under "exports to the US") is put with
the story's reporter first
(trade_values.flow_order, `_pair_named`; LABELING.md: exports [exporter, importer], the story's country the reporter
the text leaves implicit); a two-way trade pair in the order its flow phrase names it ("between A and B" [A, B], "P is
R's biggest trading partner" [R, P]; LABELING.md round 47)."""
from __future__ import annotations

from inline import trade_values, value_candidate

from tariffscope.articles.trade_values import flow_order

INDIA = ("India's exports to US fall for a third month\n\nIndia's exports to the US fell to USD 6.7 billion in "
         "August, the think tank said. ")


def test_a_continued_exports_figure_takes_the_reporter_first():
    body = INDIA + "They had dipped 5.7 per cent to USD 8.3 billion in June, before August's steeper fall."
    ctx, c = value_candidate(body, 8.3e9)
    assert flow_order(ctx, c, "exports", ["USA", "IND"]) == ["IND", "USA"]


def test_a_goods_line_under_the_flow_takes_the_reporter_first_in_the_facts():
    body = INDIA + "Of that total, iron and steel accounted for USD 587.5 million."
    pairs = {f["value"]: f["parties"] for f in trade_values(body)}
    assert pairs.get(587.5e6) in (["IND", "USA"], ["IND"])


def test_a_sentence_naming_a_party_keeps_its_own_cues():
    body = INDIA + "The United States shipped USD 3.5 billion of goods to India in August."
    ctx, c = value_candidate(body, 3.5e9)
    assert flow_order(ctx, c, "exports", ["USA", "IND"]) == ["USA", "IND"]


def test_imports_and_balances_are_left_as_read():
    body = INDIA + "They had dipped to USD 8.3 billion in June."
    ctx, c = value_candidate(body, 8.3e9)
    assert flow_order(ctx, c, "imports", ["USA", "IND"]) == ["USA", "IND"]
    assert flow_order(ctx, c, "trade_surplus", ["USA", "IND"]) == ["USA", "IND"]


def test_two_way_trade_between_a_and_b_and_a_partner_phrases_owner_go_first():
    body = ("South Africa braces for tariffs\n\nData from the U.S. International Trade Commission put two-way trade "
            "between South Africa and the United States at US$20.4 billion in 2024.")
    ctx, c = value_candidate(body, 20.4e9)
    assert flow_order(ctx, c, "total_trade", ["USA", "ZAF"]) == ["ZAF", "USA"]
    body = ("China's trade surplus passes $1 trillion\n\nEven so, the US remained China's third-largest trading "
            "partner, with trade between the two worth 3.69 trillion yuan from January through November.")
    ctx, c = value_candidate(body, 3.69e12)
    assert flow_order(ctx, c, "total_trade", ["USA", "CHN"]) == ["CHN", "USA"]


def test_two_way_trade_with_no_phrase_keeps_the_order_read():
    body = ("Colombia and the US\n\nTrade in goods and services between the two countries was worth about "
            "$53.5 billion in 2022, Colombia said.")
    ctx, c = value_candidate(body, 53.5e9)
    assert flow_order(ctx, c, "total_trade", ["COL", "USA"]) == ["COL", "USA"]
