"""A line declaring the article's dollar makes every bare "$" that dollar (round 20c, xtv20c): "(all figures in
Australian dollars)", "All figures in the report are in Canadian dollars." — LABELING.md: currency stated or implied.
A "US$" stays USD; an article without the line keeps a bare "$" as USD.  Rules only, on inline sentences."""
from __future__ import annotations

from datetime import date

from inline import trade_values


def _currencies(body: str, published: date = date(2025, 7, 1)) -> dict[float, str]:
    return {v["value"]: v["currency"] for v in trade_values(body, published)}


def test_a_declared_australian_dollar_makes_bare_dollars_aud(values_rules_only):
    got = _currencies("There is a lot riding on it (all figures in Australian dollars). Australia exported $179bn of "
                      "goods to China in 2024.")
    assert got == {179e9: "AUD"}


def test_a_declared_canadian_dollar_leaves_us_dollars_alone(values_rules_only):
    got = _currencies("Canada's exports to the United States rose to $64.2 billion in September. The U.S. shipped "
                      "US$30 billion of goods to Canada in September. All figures in the report are in Canadian dollars.")
    assert got == {64.2e9: "CAD", 30e9: "USD"}


def test_without_the_line_a_bare_dollar_stays_usd(values_rules_only):
    got = _currencies("Australia exported $179bn of goods to China in 2024, measured in Australian dollars terms of trade.")
    assert set(got.values()) == {"USD"}
