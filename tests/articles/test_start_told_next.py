"""Round 18: a rate read in force whose next sentence, with no rate of its own, tells the measure starts after
`published` is `announced` (LABELING.md `status`: decided, starting later) -- "signed a proclamation putting a 25%
tariff ... It is due to start ... on April 3"; a start that is no longer ahead, or the start of another event (a
change, a cut), leaves the rate as it is read."""
from __future__ import annotations

from datetime import date

from inline import rate_statuses

# the rules alone (fixture rules_only): the shipped learned status was trained on the dev articles these sentences come
# from (d005, d536, d096, d546), so it reads them right in-sample; held out it read them in force


def test_a_start_told_in_the_next_sentence_makes_the_decided_rate_announced(rules_only):
    assert rate_statuses("President Donald Trump on Wednesday signed a proclamation putting a 25% tariff on all "
                         "imported automobiles and auto parts. It is due to start at 12:01 a.m. ET on April 3.",
                         date(2025, 3, 27)) == {(25.0, "announced")}


def test_the_measure_named_as_the_next_sentence_subject(rules_only):
    assert rate_statuses("US President Donald Trump on Wednesday signed an executive order placing global tariffs "
                         "of 50% on copper imports. The duty starts on August 1, but copper cathodes will not be "
                         "covered.", date(2025, 7, 31)) == {(50.0, "announced")}


def test_a_start_already_past_leaves_the_rate_in_force(rules_only):
    assert rate_statuses("President Donald Trump last week signed a proclamation putting a 25% tariff on all "
                         "imported automobiles and auto parts. It is due to start at 12:01 a.m. ET on April 3.",
                         date(2025, 4, 10)) == {(25.0, "in_force")}


def test_the_rate_already_paid_and_another_event_are_not_redated(rules_only):
    # "already pay": the existing base of the new duty; "the change takes effect": the start of a cut, not the rate's
    assert (10.0, "in_force") in rate_statuses(
        "The order adds a 40% duty on top of the 10% tariff that Brazilian goods already pay. It takes effect on "
        "Aug. 6.", date(2025, 7, 31))
    assert (25.0, "announced") not in rate_statuses(
        "Canada has charged a 25% tariff on US autos since March. Carney said the change takes effect on Sept. 1.",
        date(2025, 8, 22))
