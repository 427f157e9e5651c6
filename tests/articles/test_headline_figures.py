"""Round 21 (xtv21), trade values: an amount in a headline line (alone in its paragraph, no full stop, among the first
sentences) that the body states nowhere else is no fact -- writers label trade values from the body ("Irish pharma
exports to US top €10 billion in February alone" over a body's €10.45 billion; 16 such amounts on dev, in 14 writer
batches, none labelled).  A headline figure the body restates stays.  Rules only, on inline sentences."""
from __future__ import annotations

from datetime import date

from inline import trade_values


def _values(body: str, published: date = date(2025, 4, 15)) -> dict[float, str]:
    return {v["value"]: v["kind"] for v in trade_values(body, published)}


def test_a_headline_figure_the_body_never_states_is_no_fact(values_rules_only):
    got = _values("Irish pharma exports to US top €10 billion in February alone\n\n"
                  "Shipments of pharmaceutical products from Ireland to the United States came to €10.45 billion in "
                  "February, the Central Statistics Office said.")
    assert got == {10.45e9: "exports"}


def test_a_headline_figure_the_body_restates_stays(values_rules_only):
    got = _values("Cambodia exports $10 billion of garments to the US\n\n"
                  "Cambodia exported goods worth $10 billion to the United States in 2024.")
    assert 10e9 in got
