"""Round 42 (xtvtable42): tables and lists of bare numbers under one unit line.  A statistics release or a data blog
states the unit once ("in $ billion (month | exports | imports | trade deficit):", "in millions of dollars:",
"(bn €)") and writes the numbers bare; each cell takes its kind from its column header, its row label or the unit
line's flow word, and its year from the period written before it.  A rate beside the cells ("growth 0.4%") and a
table with no money unit (rates in per cent) give nothing.  The first two stories run the trade-value rules alone, the
third the shipped decisions."""
from __future__ import annotations

from datetime import date

from inline import trade_values, values_by_amount


def test_a_pipe_table_under_a_unit_line_takes_its_column_kinds(values_rules_only):
    body = ("India's trade deficit eased in November, the commerce ministry said.\n\n"
            "Monthly exports, imports and trade deficit, in $ billion (month | exports | imports | trade deficit):\n\n"
            "Nov-24 | 32.11 | 69.95 | -37.84\n\nJan-25 | 36.43 | 59.42 | -22.99\n\n"
            "The table shows how volatile the monthly gap has been.")
    got = values_by_amount(body, date(2025, 12, 18))
    assert got[32.11e9]["kind"] == "exports" and got[32.11e9]["year"] == 2024 and got[32.11e9]["currency"] == "USD"
    assert got[69.95e9]["kind"] == "imports"
    assert got[22.99e9]["kind"] == "trade_deficit" and got[22.99e9]["year"] == 2025
    assert got[32.11e9]["parties"] == ["IND"]


def test_a_list_under_a_unit_line_takes_the_rows_years_and_the_lines_flow(values_rules_only):
    body = ("Mexico's car exports slowed this year.\n\nMexico's automotive exports in the first quarter of each year, "
            "in millions of dollars, were as follows: 2023, 43,154; 2024, 45,408.\n\nEuro area trade (bn €): "
            "Extra-euro area imports: June 2024 215.6; growth 6.8%; January-June 2024 1 327.5.")
    got = values_by_amount(body, date(2025, 4, 10))
    assert got[43.154e9]["kind"] == "exports" and got[43.154e9]["year"] == 2023
    assert got[45.408e9]["year"] == 2024 and got[45.408e9]["currency"] == "USD"
    assert got[1.3275e12]["kind"] == "imports" and got[1.3275e12]["currency"] == "EUR"
    assert not [v for v in got if v < 1e9]          # the growth rate and the years are no cells


def test_a_table_of_rates_gives_no_trade_value():
    body = ("Canada published its surtax schedule on Friday.\n\nSurtax rates on U.S. goods, in per cent "
            "(product | 2025 | 2026):\n\nSteel | 25.00 | 12.50\n\nAluminium | 10.00 | 5.00")
    assert trade_values(body, date(2025, 3, 14)) == []
