"""The base of a year-on-year move is the year before (round 18b, xtvparties18b): "to X from Y" / "from Y to X" in a
sentence whose cue compares with a year earlier, on inline sentences with the rules' years."""
from __future__ import annotations

from datetime import date

import pytest
from inline import trade_values

from tariffscope.articles import trade_model


@pytest.fixture
def rules_only():
    trade_model.use(None)
    yield
    trade_model.use(False)


def _years(body: str, published: date) -> dict[float, int | None]:
    return {v["value"]: v["year"] for v in trade_values(body, published)}


def test_the_from_amount_under_a_year_earlier_cue_is_the_year_before(rules_only):
    got = _years("India's exports to the US rose to $8.42 billion from $6.61 billion in the year-earlier month.",
                 date(2025, 5, 15))
    assert got == {8.42e9: 2025, 6.61e9: 2024}


def test_a_cue_before_the_move_dates_the_from_amount(rules_only):
    got = _years("The value of goods leaving Ireland climbed 27.8 per cent in September compared with a year earlier, "
                 "to €28.5 billion from €22.3 billion.", date(2025, 11, 19))
    assert got == {28.5e9: 2025, 22.3e9: 2024}


def test_a_month_earlier_base_keeps_its_year(rules_only):
    got = _years("Exports to the US rose to $8.42 billion from $6.61 billion a month earlier, up 4% year-on-year.",
                 date(2025, 5, 15))
    assert got == {8.42e9: 2025, 6.61e9: 2025}


def test_a_named_year_dates_the_base_itself(rules_only):
    got = _years("Exports rose 5% year-on-year to $20.7 billion in April from $19.6 billion in April 2024.",
                 date(2025, 5, 15))
    assert got[19.6e9] == 2024


def test_a_record_since_a_year_is_this_periods_level(rules_only):
    # "their lowest level since 2009": a record against the years since, not a sum since 2009 (round 18b)
    got = _years("US imports from China declined to $18.9 billion in the latest month, their lowest level since 2009.",
                 date(2025, 8, 5))
    assert got == {18.9e9: 2025}


def test_a_sum_since_a_year_stays_undated(rules_only):
    got = _years("Canada has exported C$300 billion of goods to the United States since 2015.", date(2025, 8, 5))
    assert got == {300e9: None}


def test_the_period_of_a_change_noun_is_the_base_s(rules_only):
    # round 20 (xtv20): "an increase of N% over <period>" dates the comparison's base, not the amount before it
    got = _years("Official figures put merchandise exports for April at $38.49 billion, an increase of 9.03 per cent "
                 "over the same month of 2024.", date(2025, 5, 15))
    assert got == {38.49e9: 2025}
