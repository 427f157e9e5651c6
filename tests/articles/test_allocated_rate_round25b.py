"""Round 25b (branch xstart25b): a rate a list or letter allocates to its payer came out `in_force` in a story told
ahead of the list's start.

"China was handed a 34% tariff", "The letters also set out a 40 per cent tariff on Laos", "Israeli goods were assigned a
tariff of 17%" tell no status of their own; LABELING.md labels them by whether the allocated measure has started at
`published`.  The story tells it: a lede that dates the start after `published`, or a lede that tells the list unveiled
in a story that tells no start at all (the story is the announcement).  Guards: the same allocation in a story that says
the rates took effect stays `in_force`, and an allocation told as background ("had at first been handed") is left alone.
"""
from __future__ import annotations

from datetime import date

import pytest
from inline import rate_statuses

PUB = date(2025, 4, 3)


@pytest.mark.parametrize("body, rate", [
    # the lede dates the start after `published`
    ("A 10% baseline tariff on all imports is due to start on April 5, and the higher country rates follow on April 9. "
     "The European Union, and Italy with it, has been given a 20% levy.", 20.0),
    ("Trump unveiled reciprocal tariffs on Wednesday that take effect on April 9. China was handed a 34% tariff, the "
     "European Union 20% and Japan 24%.", 34.0),
    # the lede tells the list unveiled, the story tells no start
    ("When the US president set out new import levies for almost every country on Wednesday evening, Israeli goods were "
     "assigned a tariff of 17%. That puts Israel among the hardest-hit economies in the Middle East.", 17.0),
])
def test_an_allocated_rate_is_announced_in_a_story_told_ahead_of_its_start(rules_only, body, rate):
    assert (rate, "announced") in rate_statuses(body, PUB)
    assert (rate, "in_force") not in rate_statuses(body, PUB)


def test_the_rates_after_the_first_of_an_allocated_list_follow_it(rules_only):
    body = ("Trump unveiled reciprocal tariffs on Wednesday that take effect on April 9. China was handed a 34% tariff, "
            "the European Union 20% and Japan 24%.")
    assert {(20.0, "announced"), (24.0, "announced")} <= set(rate_statuses(body, PUB))


@pytest.mark.parametrize("body, rate", [
    # the story says the allocated rates took effect
    ("The new country rates took effect on April 9. China was handed a 34% tariff, the European Union 20% and "
     "Japan 24%.", 34.0),
    # told as background the story has moved past
    ("Trump unveiled the new rates on Thursday that take effect on August 7. South Korea had at first been handed a 25 "
     "per cent tariff on all of its goods by Washington.", 25.0),
])
def test_an_allocated_rate_the_story_tells_started_or_past_stays_in_force(rules_only, body, rate):
    assert (rate, "in_force") in rate_statuses(body, date(2025, 8, 1) if "August" in body else date(2025, 4, 12))
