"""Round 36 (xdecided36): a rate decided but not yet applied, its start told by a period after the page's ("from next
month", "which takes effect next week", "starting next year") or by a participle start word ("taking effect
on October 15", "coming into force on Monday").  Both are start dates read against `published` like "takes effect Aug.
7" (timeline.START_DATE): a rate with such a start after the page's date is `announced` (LABELING.md: decided, not yet
applied).  A period word with no start word before it ("sales next year") dates nothing, and a start already passed
keeps the rate in force.  The stories run the rules alone (the shipped learned status is retrained by the lead).
"""
from __future__ import annotations

from datetime import date

from inline import rate_statuses

from tariffscope.articles import timeline

PUB = date(2025, 7, 10)


def test_a_start_next_week_or_month_makes_the_rate_announced(rules_only):
    assert rate_statuses("South Africa faces a 31 per cent US tariff under the scheme, which takes effect next week.",
                         PUB) == {(31.0, "announced")}
    assert rate_statuses("EU goods face a 15% US tariff, due to take effect next month.", PUB) == {(15.0, "announced")}


def test_a_participle_start_after_the_page_makes_the_rate_announced(rules_only):
    body = "Canada imposed a 25 percent surtax on Chinese steel, coming into force on Monday."
    assert rate_statuses(body, date(2024, 9, 6)) == {(25.0, "announced")}
    body = "Ottawa set out a 25 percent surtax on Chinese steel, taking effect on October 15."
    assert rate_statuses(body, date(2024, 9, 6)) == {(25.0, "announced")}


def test_a_participle_start_already_passed_keeps_the_rate_in_force(rules_only):
    body = "Canada charges a 25 percent surtax on Chinese steel, taking effect on October 15."
    assert rate_statuses(body, date(2024, 11, 20)) == {(25.0, "in_force")}


def test_a_period_word_without_a_start_word_dates_nothing():
    assert timeline.START_DATE.search("Exporters expect sales next year to fall under the 25% tariff.") is None
    m = timeline.START_DATE.search("The levy falls back to 10 percent from early next year.")
    assert m is not None and timeline.starts_after(m, PUB)
    assert timeline.START_DATE.search("a tariff from next year's budget") is None
