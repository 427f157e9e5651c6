"""Round 38 (xtvyear38): the year of a trade figure told with no period of its own.
(1) A statistics story names its month once, in the lede ("in the first 20 days of January", "widened in December"),
and tells the lines after it with no period: those figures are that month's, in the latest such month not after
publication -- in a January paper "the first 20 days of January" is this year's (the January default gave last year),
in a February paper "in December" last year's (the default gave this year).  A month more than a quarter ahead of
the paper's date is a date, not the story's period ("tariffs due to start in April" in a March paper).
(2) "down from $6.9 billion in October last year": the month before "last year" is the compared figure's own period,
last year's, though the figure it is compared with names this year ("$6.3 billion in October 2025")."""
from __future__ import annotations

from datetime import date

from inline import trade_values


def years(body: str, published: date) -> dict[float, int | None]:
    return {v["value"]: v["year"] for v in trade_values(body, published)}


# ---- (1) the lede's report month (d2132, d2648; d2719, d1836)

def test_the_first_days_of_january_in_a_january_paper_are_this_years(values_rules_only):
    body = ("SEOUL -- South Korea's exports rose 14.9 percent on-year in the first 20 days of January, data showed on "
            "Wednesday.\n\nChip demand did most of the work.\n\nSemiconductor exports soared 70.2 percent on-year to "
            "$10.73 billion.")
    assert years(body, date(2026, 1, 21))[1.073e10] == 2026


def test_december_in_a_february_paper_is_last_years(values_rules_only):
    body = ("The U.S. trade deficit widened unexpectedly in December, the Commerce Department said on Thursday.\n\n"
            "Economists were surprised.\n\nForecasters had looked for a deficit of $55.5 billion.")
    assert years(body, date(2026, 2, 21))[5.55e10] == 2025


def test_a_month_ahead_of_the_paper_is_no_report_month(values_rules_only):
    # April in a March paper is when the tariffs start, not the period of the figure: the latest, this year's
    body = ("Canada's new tariffs on US steel are due to start in April, the finance minister said.\n\nExporters are "
            "worried.\n\nShipments of steel to the United States came to C$1.2 billion.")
    assert years(body, date(2026, 3, 10))[1.2e9] == 2026


# ---- (2) a month before "last year" in the compared figure's own stretch (d2227, d1318)

def test_a_month_of_last_year_dates_the_compared_figure(values_rules_only):
    body = ("India's exports to the US fell again.\n\nFigures released by the ministry show India's exports to the US "
            "fell 8.6 per cent to $6.3 billion in October 2025, down from $6.9 billion in October last year.")
    got = years(body, date(2025, 11, 17))
    assert got[6.3e9] == 2025 and got[6.9e9] == 2024
