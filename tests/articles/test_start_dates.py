"""Round 20b: a rate's start read against the page's `published` date (LABELING.md `status`: `announced` is decided
but starting later, `in_force` applies at the published date) -- a start told by a day word ("take effect tomorrow",
"as of today"), by a month with no day ("scheduled to take effect in March"), by a day-month in its nearest year
("took effect on August 1" in a January paper), or in a later sentence of the story ("The new tariffs are due to start
on April 5")."""
from __future__ import annotations

from datetime import date

from inline import rate_statuses


def test_a_day_word_dates_the_start(rules_only):
    assert rate_statuses("Freedonia imposed a 25% duty on Ruritanian steel, which takes effect tomorrow.",
                         date(2025, 7, 4)) == {(25.0, "announced")}
    assert rate_statuses("Freedonia is lifting its tariff on Ruritanian steel to 50% as of today.",
                         date(2025, 6, 4)) == {(50.0, "in_force")}


def test_a_month_without_a_day_dates_the_start(rules_only):
    assert rate_statuses("Seoul is preparing for the 25% tariff on steel imports that Washington has ordered, "
                         "which is scheduled to take effect in March.", date(2025, 2, 20)) == {(25.0, "announced")}


def test_a_day_month_is_read_in_its_nearest_year(rules_only):
    assert rate_statuses("The 50% US tariff on copper that took effect on August 1 was limited to semi-finished "
                         "products.", date(2026, 1, 8)) == {(50.0, "in_force")}


def test_a_start_told_sentences_later_dates_the_rates_before_it(rules_only):
    body = ("Lesotho was assigned a tariff of 50% by Washington. Exporters said the blow was severe. "
            "The new tariffs are due to start on April 5.")
    assert rate_statuses(body, date(2025, 4, 3)) == {(50.0, "announced")}
    assert rate_statuses(body, date(2025, 4, 10)) == {(50.0, "in_force")}


def test_a_start_told_as_passed_after_the_rate(rules_only):
    assert rate_statuses("Washington agreed to cut its tariff on Freedonian goods to 15% from 39%, and the lower rate "
                         "applies retroactively from November 14.", date(2025, 12, 11)) == \
        {(15.0, "in_force"), (39.0, "lifted")}
    # the start told is another rate's: "up from the 10% rate they have paid since April"
    assert (15.0, "announced") in rate_statuses(
        "Freedonia will raise the duty on Ruritanian goods to 15% from August 7, up from the 10% rate they have paid "
        "since April.", date(2025, 8, 1))
