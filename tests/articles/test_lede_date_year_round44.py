"""Round 44 (xtvyear44): a month the lede names with a day is a date, not the story's period.  A story on last year's
figures published early in the year often says when they came out ("according to figures released on Friday, February
6"); `_lede_last_year` took any month already past in the lede for a monthly story of this year, so the annual figures
told after the lede with no period of their own read this year's.  A month with its day ("February 6", "17 February")
is now a date; a day range ("January 1-20") and a month named as a period ("in January") still make the story a
monthly one.  The stories run the trade-value rules alone."""
from __future__ import annotations

from datetime import date

from inline import values_by_amount

_ANNUAL = ("French trade deficit narrowed in 2025\n\nThe goods deficit narrowed to €69.2 billion in 2025, from just "
           "over €79 billion in 2024, according to customs figures released on {when}.\n\nThe improvement came from "
           "exports, which grew 2.5% to €614.7 billion, a livelier pace than imports.")


def test_a_release_day_in_the_lede_leaves_the_annual_figures_last_years(values_rules_only):
    got = values_by_amount(_ANNUAL.format(when="Friday, February 6"), date(2026, 2, 6))
    assert got[614.7e9]["year"] == 2025 and got[614.7e9]["kind"] == "exports"


def test_the_day_before_the_month_is_a_date_too(values_rules_only):
    got = values_by_amount(_ANNUAL.format(when="6 February"), date(2026, 2, 6))
    assert got[614.7e9]["year"] == 2025


def test_a_month_named_as_a_period_still_makes_the_story_this_years(values_rules_only):
    body = ("Korea's exports slipped after a strong 2025\n\nExports fell 2.3% in the first 20 days of January after a "
            "record 2025, data showed.\n\nOutbound shipments totalled $15.55 billion, the customs service said.")
    got = values_by_amount(body, date(2026, 1, 21))
    assert got[15.55e9]["year"] == 2026
