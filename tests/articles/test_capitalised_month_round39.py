"""Round 39 (xrundown39): a sentence-initial "In December," is the month of the figure after it, as a lower-case "in
December" was (trade_values._MONTH took a lower-case preposition only, so the figure fell to the story's year: d2648).
The month itself stays capitalised: a modal "may" is no month.  The stories run the trade-value rules alone."""
from __future__ import annotations

from datetime import date

from inline import trade_values


def years(body: str, published: date) -> dict[float, int | None]:
    return {v["value"]: v["year"] for v in trade_values(body, published)}


def test_a_sentence_initial_month_dates_the_figure_after_it(values_rules_only):
    body = ("South Korea's exports rose in the first 20 days of January, data showed.\n\nChip demand did most of the "
            "work.\n\nIn December, exports grew 13.4 per cent on-year to $69.6 billion.")
    assert years(body, date(2026, 1, 21))[6.96e10] == 2025


def test_a_modal_may_is_no_month(values_rules_only):
    # in a March paper "may" is a modal, not May (which would be last year's): the figure keeps the story's year
    body = ("Canada's exporters are worried about the new US tariffs.\n\nShipments to the United States may fall "
            "from C$1.2 billion, the chamber said.")
    assert years(body, date(2026, 3, 10)).get(1.2e9) != 2025
