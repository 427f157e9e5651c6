"""Round 21 (xtv21), trade values: a headline's own figure and the money goods earn.

- An amount in a headline line (alone in its paragraph, no full stop, among the first sentences) that the body states
  nowhere else is no fact: writers label trade values from the body ("Irish pharma exports to US top €10 billion in
  February alone" over a body's €10.45 billion; 16 such amounts on dev, in 14 writer batches, none labelled).
- "X sold to China brought in $105bn" is the goods' export earnings (the "to" of "sold to" is no infinitive), and the
  amounts listed after an earning verb with the verb left out ("LNG brought in $21bn, coal $13bn and lithium $5bn") are
  export earnings too, not goods "brought in".  Rules only, on inline sentences."""
from __future__ import annotations

from datetime import date

from tariffscope.articles.context import Context
from tariffscope.articles.text import normalize_body
from tariffscope.articles.trade_values import extract_trade_values


def _values(body: str, published: date = date(2025, 4, 15)) -> dict[float, str]:
    return {v["value"]: v["kind"] for v in extract_trade_values(Context.build(normalize_body(body), published))}


def test_a_headline_figure_the_body_never_states_is_no_fact(values_rules_only):
    got = _values("Irish pharma exports to US top €10 billion in February alone\n\n"
                  "Shipments of pharmaceutical products from Ireland to the United States came to €10.45 billion in "
                  "February, the Central Statistics Office said.")
    assert got == {10.45e9: "exports"}


def test_a_headline_figure_the_body_restates_stays(values_rules_only):
    got = _values("Cambodia exports $10 billion of garments to the US\n\n"
                  "Cambodia exported goods worth $10 billion to the United States in 2024.")
    assert 10e9 in got


def test_goods_sold_to_a_market_brought_in_export_earnings(values_rules_only):
    got = _values("Iron ore sold to China brought in $105bn last year, according to trade data.", date(2025, 7, 1))
    assert got == {105e9: "exports"}


def test_amounts_listed_after_an_earning_verb_are_exports(values_rules_only):
    got = _values("Only a handful of Australian exports to China are large enough to register: LNG brought in $21bn "
                  "in 2024, coal $13bn and lithium $5bn.", date(2025, 7, 1))
    assert got == {21e9: "exports", 13e9: "exports", 5e9: "exports"}
