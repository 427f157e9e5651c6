"""Round 39 (xrundown39).
(1) A rundown of a measure's rates in a section a heading opens after the lede dated the measure's start ("The new rates
take effect on August 7." ... "The middle band" / "Serbia and Iraq are at 35%"): an uncued prose rate there is the dated
measure's, `announced` (LABELING.md: decided but starting later), as an uncued list item of that measure already was.
A rate its clause tells as paid already ("have paid a 10% tariff since April") keeps its own status.
(2) A sentence-initial "In December," is the month of the figures after it, as a lower-case "in December" was.
The stories run the rules alone (the shipped learned decisions are retrained by the lead)."""
from __future__ import annotations

from datetime import date

from inline import rate_statuses, trade_values

PUB = date(2025, 8, 1)

LEDE = ("President Donald Trump signed an order setting new tariff rates for dozens of trading partners. "
        "The new rates take effect on August 7.\n\n")


# ---- (1) a rundown under a heading after the lede's dated start (d2533, d1534, d1998, d2656)

def test_an_uncued_rate_in_a_section_after_the_dated_lede_is_announced(rules_only):
    body = LEDE + "The top band\n\nSerbia and Iraq get tariffs of 35%, the steepest after Syria's."
    assert rate_statuses(body, PUB) == {(35.0, "announced")}


def test_a_rate_paid_already_in_that_section_keeps_its_status(rules_only):
    body = LEDE + ("What it means for Britain\n\nBritain's goods have paid a 10% tariff since April, and the order "
                   "leaves that rate where it is.")
    assert rate_statuses(body, PUB) == {(10.0, "in_force")}


def test_a_section_after_a_lede_that_dates_no_start_is_read_as_before(rules_only):
    # no dated start in the lede, no rundown of a measure to come: the uncued rate keeps the default
    body = ("President Donald Trump signed an order setting new tariff rates for dozens of trading partners. Markets "
            "fell on the news.\n\nThe top band\n\nSerbia and Iraq get tariffs of 35%, the steepest after Syria's.")
    assert rate_statuses(body, PUB) == {(35.0, "in_force")}


# ---- (2) a capitalised "In <Month>," (d2648)

def test_a_sentence_initial_month_dates_the_figure_after_it(values_rules_only):
    body = ("South Korea's exports rose in the first 20 days of January, data showed.\n\nChip demand did most of the "
            "work.\n\nIn December, exports grew 13.4 per cent on-year to $69.6 billion.")
    assert {v["value"]: v["year"] for v in trade_values(body, date(2026, 1, 21))}[6.96e10] == 2025
