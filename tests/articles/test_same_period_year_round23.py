"""Round 23: a trade figure whose period is "the same period" as the figure before it ("came to just $2.1 billion
over the same period") takes that figure's year, even when it opens a new paragraph -- not the publication year."""
from __future__ import annotations

from datetime import date

import pytest
from inline import trade_values

PUB = date(2025, 2, 20)


def years(body: str, published: date = PUB) -> dict[float, int | None]:
    return {v["value"]: v["year"] for v in trade_values(body, published)}


@pytest.mark.parametrize("body", [
    # the back-reference opens a new paragraph (d119, d1323 forms)
    ("Korea shipped more than 1.5 million cars to the United States in 2024, worth $36.6 billion.\n\n"
     "American vehicle exports to Korea came to just $2.1 billion over the same period."),
    ("Thailand has joined the ten countries with the biggest surpluses with America, raising tariff worries.\n\n"
     "Figures show Thailand's surplus with the US reached $41.5 billion in the eleven months from January to November last year.\n\n"
     "That lifted the kingdom to tenth place.\n\n"
     "For comparison, China's surplus with the United States over the same period stood at $270.4 billion."),
])
def test_the_same_period_takes_the_year_of_the_figure_before(values_rules_only, body):
    assert set(years(body).values()) == {2024}


def test_a_year_earlier_over_the_same_months_is_the_year_before(values_rules_only):
    # guard (passes on the base too, by the story's default year): the back-reference keeps the year-earlier shift
    body = ("Trade between the United States and Nigeria reached $6.1 billion in the first half of 2025.\n\n"
            "A year earlier, the US posted a deficit of $779 million with Nigeria over the same months.")
    assert years(body, date(2025, 8, 11))[7.79e8] == 2024


def test_a_same_period_that_states_its_year_keeps_it(values_rules_only):
    # guard: "the same period of 2024" states the period itself
    body = ("Exports to the United States reached $57 billion in the first five months of 2025.\n\n"
            "Imports from the US came to $8 billion in the same period of 2024.")
    assert years(body, date(2025, 6, 6)) == {5.7e10: 2025, 8e9: 2024}


def test_a_figure_with_no_back_reference_keeps_the_latest_year(values_rules_only):
    # guard: the neighbouring reading -- no period stated, no back-reference: this year's (a February paper)
    body = ("Korea shipped more than 1.5 million cars to the United States in 2024, worth $36.6 billion.\n\n"
            "Korean car exports to the United States are expected to reach $40 billion this year.")
    assert years(body)[4e10] == 2025


# ---- the month an amount's own stretch names right after it dates the amount, not a year in a comparison nearby

@pytest.mark.parametrize("body, value", [
    ("German exports to the US came to just €13 billion in April, the lowest since October 2024, when they stood at "
     "€12.3 billion.", 1.3e10),
    ("U.S. exports to Mexico fell 5.2%, from US $29.4 billion in April 2024 to US $27.8 billion this April.", 2.78e10),
    ("Mexico earned US $66.13 billion from exports in October, a 14.2% rise on the same month of 2024.", 6.613e10),
])
def test_the_amounts_own_month_dates_it(values_rules_only, body, value):
    assert years(body, date(2025, 11, 20))[value] == 2025


def test_a_year_stated_before_the_amount_dates_its_month(values_rules_only):
    # guard: "In 2024, ... in April" is April 2024's
    body = "In 2024, German exports to the US peaked at €15 billion in April."
    assert years(body, date(2025, 11, 20))[1.5e10] == 2024


def test_the_compared_amount_keeps_its_own_year(values_rules_only):
    # guard: the neighbouring base "€12.3 billion" of "since October 2024, when" stays 2024
    body = ("German exports to the US came to just €13 billion in April, the lowest since October 2024, when they stood "
            "at €12.3 billion.")
    assert years(body, date(2025, 6, 6))[1.23e10] == 2024
