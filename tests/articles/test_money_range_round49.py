"""Round 49 (xtvmiss49): a range of money amounts is no trade value, neither end (LABELING.md round 16: "surpluses
between $4 billion and $20 billion"): "between X and Y", and "X to Y" rising where X is no change's base or size
(trade_values.range_ends: reported by neither the rules nor the learned decision). "from X to Y", "by X to Y" and
"climbed X to Y" are a change's two levels or its size and level, and stay as they were."""
from __future__ import annotations

from inline import value_candidate, values_by_amount

from tariffscope.articles import trade_model
from tariffscope.articles.context import Context
from tariffscope.articles.text import normalize_body
from tariffscope.articles.trade_values import candidates, extract_trade_values

STORY = ("Turkey presses Washington on steel\n\n"
         "Turkey's trade minister travelled to Washington this week to press for lower duties on Turkish steel.\n\n")


def test_between_two_amounts_is_a_range():
    body = STORY + "Turkish exports to the United States amount to somewhere between $16 billion and $17 billion a year."
    for value in (16e9, 17e9):
        _, c = value_candidate(body, value)
        assert c.in_range
        assert value not in values_by_amount(body)


def test_x_to_y_without_a_change_is_a_range():
    body = STORY + ("Steel makes up a large part of the $5 billion to $6 billion worth of goods Turkey sells to the "
                    "United States each year.")
    for value in (5e9, 6e9):
        _, c = value_candidate(body, value)
        assert c.in_range
        assert value not in values_by_amount(body)


def test_a_change_from_one_level_to_another_is_no_range():
    body = STORY + "Turkish exports to the United States rose from $14.2 billion in 2023 to $16.4 billion in 2024."
    for value in (14.2e9, 16.4e9):
        _, c = value_candidate(body, value)
        assert not c.in_range
    assert set(values_by_amount(body)) >= {14.2e9, 16.4e9}


def test_a_change_and_the_level_it_reaches_is_no_range():
    body = STORY + "Turkish exports to the United States climbed $1.2 billion to $16.4 billion last year."
    _, c = value_candidate(body, 16.4e9)
    assert not c.in_range
    assert 16.4e9 in values_by_amount(body)


def test_of_before_a_range_and_after_a_change_word():
    forecast = STORY + "Analysts had expected a surplus of roughly $4.2 billion to $4.4 billion with the United States."
    _, c = value_candidate(forecast, 4.2e9)
    assert c.in_range
    change = STORY + ("The deficit reflected a decrease in the goods deficit of $1.2 billion to $8.6 billion, "
                      "Turkish customs figures showed.")
    _, c = value_candidate(change, 8.6e9)
    assert not c.in_range


def test_the_rules_alone_report_no_range_end():
    body = STORY + "Turkish exports to the United States amount to somewhere between $16 billion and $17 billion a year."
    trade_model.use(None)
    try:
        ctx = Context.build(normalize_body(body), None)
        assert any(c.in_range for c in candidates(ctx))
        assert not {16e9, 17e9} & {v["value"] for v in extract_trade_values(ctx)}
    finally:
        trade_model.use(False)
