"""Round 30 (xtvyear30): a trade figure with no period of its own takes the one period the sentence before states, when
that sentence is in the same paragraph and states no amount of its own -- the writers name the year once ("The US was the
country's largest export destination in 2024.") and give the figure next ("Shipments there amounted to $12.14 billion").
A year that sentence compares with, one a record runs from ("since 2022") or a day's date is no such period."""
from __future__ import annotations

from datetime import date

from inline import trade_values


def years(body: str, published: date) -> dict[float, int | None]:
    return {v["value"]: v["year"] for v in trade_values(body, published)}


# ---- the sentence before names the year, with no figure of its own (d1315, d1760, d1887)

def test_a_year_named_in_the_sentence_before_dates_the_figure(values_rules_only):
    body = ("Philippine exports to the US rose in June, officials said.\n\nFigures from the Philippine Statistics Authority show the United States was the country's largest export "
            "destination in 2024. Shipments there amounted to $12.14 billion, or 16.6% of total export receipts.")
    assert years(body, date(2025, 7, 10))[1.214e10] == 2024


def test_a_tonnage_sentence_dates_the_sales_after_it(values_rules_only):
    body = ("Brazil's steel makers asked for a US quota in May.\n\nIn 2024, Brazil shipped 4.08 million tons of steel to the U.S., 42.6% of all its steel exports. Those sales "
            "earned USD 2.99 billion, or 39.2% of Brazil's steel export revenue.")
    assert years(body, date(2025, 5, 23))[2.99e9] == 2024


# ---- "last year" in the sentence before (d183)

def test_last_year_named_in_the_sentence_before_dates_the_figure(values_rules_only):
    body = ("South African citrus growers fear the US tariff announced this month.\n\nLast year South Africa sent close to 100,000 tons of citrus to the US, roughly 5% of everything it grew. "
            "Those shipments brought in more than $100 million in export earnings.")
    assert years(body, date(2025, 4, 14))[1e8] == 2024


# ---- guards: the neighbouring right readings stay

def test_a_year_the_sentence_before_compares_with_is_no_period(values_rules_only):
    # "than in the same three months of 2024" is the comparison's base: the quarter's deficit stays this year's (d1207)
    body = ("Hong Kong's exports rose in March, the government said.\n\nAcross the first quarter, the value of total exports was 10.9 per cent higher than in the same three months "
            "of 2024. Hong Kong ran a visible trade deficit of HK$80.7 billion over the quarter.")
    assert years(body, date(2025, 4, 25))[8.07e10] == 2025


def test_a_year_a_record_runs_from_is_no_period(values_rules_only):
    body = ("Mexico's exports rose 7.6% in 2025, Inegi said.\n\nThe figures show it was the biggest annual increase since 2022, when "
            "exports grew 16.7%. Imports also climbed, by 4.4%, to a total of 664.066 billion dollars.")
    assert years(body, date(2026, 2, 24))[6.64066e11] == 2025


def test_a_comparison_base_last_year_is_no_period(values_rules_only):
    body = ("Chinese exports to the United States fell 34.5% in May.\n\nImports slipped 3.4% from May of last year. "
            "That left China with a trade surplus of $103.2 billion for the month.")
    assert years(body, date(2025, 6, 9))[1.032e11] == 2025


def test_a_sentence_in_another_paragraph_does_not_date_the_figure(values_rules_only):
    body = ("Irish exports to the US climbed again in June, the CSO said.\n\nThe US was Ireland's largest market in "
            "2024.\n\nIrish exports to the US are now worth about €72 billion, officials say.")
    assert years(body, date(2025, 7, 10))[7.2e10] == 2025
