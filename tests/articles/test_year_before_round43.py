"""Round 43 (xtvrelease43): the year-earlier column of a statistics release told in prose.  A release and the stories
written from it give each figure beside the one a year before ("up from $1.215 trillion the year before", "well
above the $123.5 billion of the year before", "down from £5.4bn ($7.35bn) the year before"); LABELING.md (round 26)
dates that base a year before the figure it is compared with.  "The year before" and "the preceding year" now read as
"a year earlier" already did, also after a bracketed conversion; a base whose sentence names no period is the year
before the story's (a February paper's annual figures are last year's, their base the year before that).  A figure
stated for its own year keeps it.  The stories run the trade-value rules alone."""
from __future__ import annotations

from datetime import date

from inline import values_by_amount


def test_the_year_before_dates_the_base_a_year_before_the_story_year(values_rules_only):
    body = ("US trade deficit hit a record in 2025\n\nThe US goods deficit grew to a record $1.241 trillion last year, "
            "the Commerce Department said.\n\nInstead, the goods deficit grew to $1.241 trillion, up from $1.215 "
            "trillion the year before, according to the data.")
    got = values_by_amount(body, date(2026, 2, 19))
    assert got[1.241e12]["year"] == 2025
    assert got[1.215e12]["year"] == 2024 and got[1.215e12]["kind"] == "trade_deficit"


def test_the_year_before_after_a_bracketed_conversion(values_rules_only):
    body = ("Scotch whisky exports slipped in 2025.\n\nThe value of global Scotch exports slipped 0.6% in 2025 to "
            "£5.36 billion ($7.3bn), down from £5.4bn ($7.35bn) the year before, the industry body said.")
    got = values_by_amount(body, date(2026, 2, 12))
    assert got[5.36e9]["year"] == 2025
    assert got[5.4e9]["year"] == 2024 and got[7.35e9]["year"] == 2024


def test_a_figure_stated_for_its_own_year_keeps_it(values_rules_only):
    body = ("Vietnam's exports boomed in 2025.\n\nVietnam exported goods worth $475 billion in 2025, the statistics "
            "office said, and its surplus with the United States reached $134 billion in 2025.")
    got = values_by_amount(body, date(2026, 1, 8))
    assert got[134e9]["year"] == 2025 and got[475e9]["year"] == 2025
