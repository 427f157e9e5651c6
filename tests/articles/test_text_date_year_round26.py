"""Round 26 (xtvyear26): in a paper written early in a year, figures for last year's months must not take the
publication year from the text's own date or from the first month of a range -- a month range's end month dates the
figure ("between January and November" in a January paper is last year's), and a dateline, a line that is only a date
or a numeric timestamp ("01/08/2026", "2026-02-20 01:12:30") is when the text was written, no figure's period."""
from __future__ import annotations

from datetime import date

from inline import trade_values


def years(body: str, published: date) -> dict[float, int | None]:
    return {v["value"]: v["year"] for v in trade_values(body, published)}


# ---- (1) a month range's end month dates the figure (d1623)

def test_a_range_ending_after_publication_is_last_years(values_rules_only):
    body = ("German exports to the US fell last year. Exports of cars and car parts to the US slumped 17.5% between "
            "January and November, to 26.9 billion euros.")
    assert years(body, date(2026, 1, 21))[2.69e10] == 2025


def test_a_range_ending_before_publication_stays_this_years(values_rules_only):
    # guard: the neighbouring right reading -- a range already over when the paper is written is this year's
    body = "Japan's exports of cars to the United States amounted to $18.2 billion between January and July."
    assert years(body, date(2025, 9, 8))[1.82e10] == 2025


# ---- (2) the text's own date is no period (d916, d469, d1260, d1676)

def test_a_numeric_dateline_is_no_period(values_rules_only):
    body = ("10:06 AM EST, 01/08/2026 (MT Newswires) -- Canada's goods trade swung back into the red in October, with "
            "the merchandise balance moving to a C$600 million deficit from a C$200 million surplus in September, Bank of "
            "Montreal said on Thursday.")
    got = years(body, date(2026, 1, 8))
    assert got[6e8] == 2025 and got[2e8] == 2025


def test_a_date_line_does_not_hide_a_lede_about_last_year(values_rules_only):
    body = ("EU trade surplus keeps shrinking as exports to US fall\n\nFebruary 13, 2026\n\n"
            "The European Union ended 2025 with a smaller trade surplus than a year earlier.\n\n"
            "Exports to the US were 12.6% lower than a year before, and the EU's surplus with America fell by roughly a "
            "third, to €9.3 billion.")
    assert years(body, date(2026, 2, 13))[9.3e9] == 2025


def test_a_wire_dateline_and_stamp_do_not_hide_the_year_of_the_release(values_rules_only):
    body = ("Canada's merchandise trade deficit widens\n\nSource: Xinhua | 2026-02-20 01:12:30\n\n"
            "OTTAWA, Feb. 19 (Xinhua) -- Canada posted a merchandise trade deficit for 2025, the widest annual gap "
            "since 2020, Statistics Canada reported on Thursday.\n\n"
            "Canada's trade surplus with the United States shrank to 81.6 billion Canadian dollars.")
    assert years(body, date(2026, 2, 20))[8.16e10] == 2025


def test_a_lede_about_this_year_keeps_this_year(values_rules_only):
    # guard: a date line above a lede of this year's month leaves the figure this year's
    body = ("Korea exports slip\n\nFebruary 11, 2026\n\n"
            "Korea's exports fell in the first ten days of February, customs data showed.\n\n"
            "Shipments to the United States came to $3.1 billion.")
    assert years(body, date(2026, 2, 11))[3.1e9] == 2026
