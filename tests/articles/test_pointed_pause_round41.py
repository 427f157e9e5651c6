"""Round 41 (xstorylifted41): the next sentence pauses or removes the rate it points back to.

"Trump imposed tariffs of 30% on South Africa ... He then paused those tariffs for 90 days" (dev d2057), "In early April,
Trump put a 20% levy on goods from the EU ... A week later he paused it for 90 days" (d025), "On that day India
postponed them to September 18" (d2366): the rate's own sentence tells it imposed, the next sentence's past pause verb
with a pointer as its object tells its state at the page's date (LABELING.md: suspended, delayed, on hold is `paused`).
A pause only agreed to or still to come is none yet.
"""
from __future__ import annotations

from inline import rate_statuses


def test_then_paused_those_tariffs_is_paused():
    body = ("Trump imposed tariffs of 30% on South Africa, describing the country as one of the worst offenders. He then "
            "paused those tariffs for 90 days so that the countries affected could negotiate a deal.")
    assert rate_statuses(body) == {(30.0, "paused")}


def test_a_week_later_he_paused_it_is_paused():
    body = ("In early April, Trump put a 20% levy on goods from the EU as part of his broadside against partners. A week "
            "later he paused it for 90 days so that countries could negotiate.")
    assert rate_statuses(body) == {(20.0, "paused")}


def test_pointer_over_a_rateless_sentence_is_paused():
    body = ("India announced a 25% tariff on US almonds in June. The tariffs were first due to start on August 4. On that "
            "day India postponed them to September 18 while it talked with Washington.")
    assert rate_statuses(body) == {(25.0, "paused")}


def test_a_pause_only_agreed_to_keeps_the_rate():
    body = ("Beijing charges a 25% tariff on Canadian canola. China has agreed to suspend the tariff from March, the "
            "minister said.")
    assert (25.0, "paused") not in rate_statuses(body)
