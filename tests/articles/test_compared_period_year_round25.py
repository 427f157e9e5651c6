"""Round 25 (xyear25): in a comparison, the period of the compared side belongs to the compared amount -- the base's
"in the same period of last year" dates the base, not the figure it is compared with, and a year named as the base of a
comparison with no amount of its own ("compared with the same two months of 2024") dates no amount."""
from __future__ import annotations

from datetime import date

import pytest
from inline import trade_values


def years(body: str, published: date) -> dict[float, int | None]:
    return {v["value"]: v["year"] for v in trade_values(body, published)}


# ---- (1) a year or "last year" the compared amount's own stretch names right after it dates it (d473, d1061 forms)

@pytest.mark.parametrize("body, value, year", [
    ("The United States remained Vietnam's biggest export market, taking US$57 billion of Vietnamese goods in the first "
     "five months of 2025, compared with US$44 billion in the same period of last year.", 4.4e10, 2024),
    ("Trade between the United States and Nigeria reached $6.1bn in the first half of 2025, a modest rise from $5.5bn "
     "in the same period of 2024.", 5.5e9, 2024),
])
def test_the_compared_amounts_own_period_dates_it(values_rules_only, body, value, year):
    assert years(body, date(2025, 8, 11))[value] == year


def test_the_reported_amount_keeps_its_own_year(values_rules_only):
    # guard: the neighbouring right reading -- the figure the base is compared with keeps 2025
    body = ("Trade between the United States and Nigeria reached $6.1bn in the first half of 2025, a modest rise from "
            "$5.5bn in the same period of 2024.")
    assert years(body, date(2025, 8, 11))[6.1e9] == 2025


# ---- (2) "compared with a year earlier" after the amount is the comparison's base, not the amount's period (d1497)

def test_compared_with_a_year_earlier_is_no_period_of_the_amount(values_rules_only):
    body = ("Ireland's exports jumped in the first five months of the year.\n\n"
            "Exports of pharmaceutical products rose by almost three-quarters to €13.7 billion in the five months to the "
            "end of May compared with a year earlier, the statistics office said.")
    assert years(body, date(2025, 7, 17))[1.37e10] == 2025


def test_an_amount_a_year_earlier_stays_the_year_before(values_rules_only):
    # guard: "down from ₦4.59tn a year earlier" -- the amount's own "a year earlier" still dates it a year before
    body = "Shipments to America fell to ₦3.65tn in January-September, down from ₦4.59tn a year earlier."
    assert years(body, date(2025, 12, 1))[4.59e12] == 2024


# ---- (3) a year named as the base of a comparison with no amount dates no amount (d1501, d755)

@pytest.mark.parametrize("body, published, value, year", [
    ("Winemakers reported a 28% fall in value over July and August 2025 compared with the same two months of 2024, "
     "with wine shipments to the US in the two months worth a combined €227 million.", date(2025, 10, 16), 2.27e8, 2025),
    ("Shipments from Vietnam to the U.S. climbed 53% compared with January 2025 to more than $20 billion in the opening "
     "month of the year.", date(2026, 3, 13), 2e10, 2026),
])
def test_a_base_year_with_no_amount_dates_nothing(values_rules_only, body, published, value, year):
    assert years(body, published)[value] == year


def test_a_base_year_that_goes_on_to_its_figure_keeps_it(values_rules_only):
    # guard: "..., the lowest since October 2024, when they stood at €12.3 billion" -- the base states its figure
    body = ("German exports to the US came to just €13 billion in April, down from the same month of 2024, when they "
            "stood at €15.1 billion.")
    assert years(body, date(2025, 6, 10))[1.51e10] == 2024


# ---- (4) "from the $X" is a compared amount: its "last year" is not the reported figure's (d1503, d975)

@pytest.mark.parametrize("body, value", [
    ("Mexico's exports grew 3.4% between January and May 2025 to $259 billion. The result was a trade surplus of $2.04 "
     "billion for the five months, a marked turnaround from the $4.46 billion deficit in the same period of last year.",
     2.04e9),
    ("Argentina's exports grew 4.9% in the first six months of 2025. That left Argentina with a trade surplus of $2.79 "
     "billion for the half-year, a steep fall from the $10.74 billion surplus it posted in the first half of last year.",
     2.79e9),
])
def test_the_compared_amounts_last_year_is_not_the_figures(values_rules_only, body, value):
    assert years(body, date(2025, 7, 18))[value] == 2025


def test_the_compared_amount_keeps_last_year(values_rules_only):
    # guard: the base itself is last year's
    body = ("That left Argentina with a trade surplus of $2.79 billion for the half-year, a steep fall from the $10.74 "
            "billion surplus it posted in the first half of last year.")
    assert years(body, date(2025, 7, 18))[1.074e10] == 2024
