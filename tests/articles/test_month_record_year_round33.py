"""Round 33 (xtvyear33): two periods in a trade figure's own clause that the year reading took wrongly.
(1) A month named as the figure's own, before it ("January's gap", "December exports", "its November figure") dates the
figure like "in <Month>": the latest such month not after publication -- in an early-year paper, last year's month.
(2) A record told after the figure against a period since ("the highest monthly level since October", "the narrowest
since early 2009", "the smallest figure since 2021, when ...") is where the record runs from, not the figure's period;
an amount in the record's own ", when" clause keeps it.  (3) The year that closes "the year to March 2025" is part of
the fiscal span, so the figure's year is null (LABELING.md), not 2025."""
from __future__ import annotations

from datetime import date

from inline import trade_values


def years(body: str, published: date) -> dict[float, int | None]:
    return {v["value"]: v["year"] for v in trade_values(body, published)}


# ---- (1) a month named as the figure's own (d2137, d1836, d1705)

def test_an_attributive_month_in_an_early_year_paper_is_last_years(values_rules_only):
    body = ("Philippine exports kept growing, the statistics agency said.\n\nOutbound shipments expanded in each "
            "month of the final quarter, and December exports alone rose 23.3 percent to $6.99 billion.")
    assert years(body, date(2026, 2, 18))[6.99e9] == 2025


def test_a_possessive_month_before_the_figure_dates_it(values_rules_only):
    # "than in December" is the comparison's month; the figure is January's, this year's in a March paper
    body = ("The US trade gap narrowed at the start of the year.\n\nThe Commerce Department put January's trade deficit "
            "at $54.5 billion, 25.3% smaller than in December.")
    assert years(body, date(2026, 3, 12))[5.45e10] == 2026


# ---- (2) a record's "since <period>" after the figure (d2144, d1632, d2192, d1623)

def test_a_record_since_a_month_is_no_period_of_the_figure(values_rules_only):
    body = ("The Philippines' trade deficit shrank in January, PSA data showed.\n\nExport receipts rose 7.9 percent to "
            "$7.09 billion, the highest monthly level since October.")
    assert years(body, date(2026, 2, 27))[7.09e9] == 2026


def test_a_record_since_last_year_is_no_period_of_the_figure(values_rules_only):
    body = ("UK exports to the US fell again in July, the ONS said.\n\nIn the other direction, UK imports from the US "
            "dipped by £0.5 billion to £4.6 billion, the lowest level since November last year.")
    assert years(body, date(2025, 9, 12))[4.6e9] == 2025


# ---- guard: the amount of the record's own ", when" clause keeps the record's period (d252)

def test_the_amount_of_a_records_when_clause_keeps_its_period(values_rules_only):
    body = ("German exports to the US dropped in April.\n\nExports there came to just €13 billion in April, the "
            "lowest since October 2024, when they stood at €12.3 billion.")
    got = years(body, date(2025, 6, 6))
    assert got[1.3e10] == 2025 and got[1.23e10] == 2024


# ---- (3) the year closing a fiscal span is part of it (d1451, d2362)

def test_the_year_to_march_with_its_year_is_a_fiscal_period(values_rules_only):
    body = ("New Zealand weighs its response to the higher US tariff.\n\nIn the year to March 2025, New Zealand ran a "
            "merchandise trade surplus of about NZ$900 million with the United States on NZ$9.3 billion of goods exports.")
    got = years(body, date(2025, 8, 2))
    assert got[9e8] is None and got[9.3e9] is None
