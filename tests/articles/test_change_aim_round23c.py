"""Round 23c (branch xchangeahead23c): the new rate of a change told as an infinitive came out `in_force`.

"committed to lower its tariffs to 2 percent", "is counting on China to bring its duties ... down to 15 per cent",
"told his foreign trade minister to raise tariffs ... to 25 percent": the change is aimed at, ordered or committed to,
not made (LABELING.md: a change still to come gives its new rate `announced`).  The change verb's own in-force reading
("lower", "raise") belonged to the verb, not to the change.  Guards: an infinitive on the noun of a change made
("Trump's decision to raise duties on Canada to 35 per cent"), one the sentence says applies, and a finite change
("raised its tariff to 25%") stay as they were.
"""
from __future__ import annotations

from datetime import date

import pytest
from inline import rate_statuses

PUB = date(2026, 1, 16)


@pytest.mark.parametrize("body, rate", [
    ("Argentina signed a trade pact with Washington on Thursday. Argentina also committed to lower its tariffs to "
     "2 percent on American auto parts.", 2.0),
    ("Carney returned from Beijing with a deal. Ottawa is counting on China to bring its duties on Canadian canola "
     "seed down to 15 per cent by March.", 15.0),
    ("Petro answered Trump on X. He said he had told his foreign trade minister to raise tariffs on imports from "
     "the US to 25 percent.", 25.0),
])
def test_the_new_rate_of_an_infinitive_change_is_announced(rules_only, body, rate):
    assert (rate, "announced") in rate_statuses(body, PUB)
    assert (rate, "in_force") not in rate_statuses(body, PUB)


@pytest.mark.parametrize("body, rate", [
    ("Canada's tariffs were an obstacle in the talks. They preceded Trump's decision to raise duties on Canada to "
     "35 per cent earlier this month.", 35.0),
    ("Swiss exporters are relieved. The United States has agreed to cut its tariffs on goods from Switzerland to 15% "
     "from 39%, and the lower rate applies retroactively from November 14.", 15.0),
    ("Colombia answered the move quickly. Colombia raised its tariff on imports from Ecuador to 25% last week.", 25.0),
])
def test_a_change_made_keeps_its_new_rate_in_force(rules_only, body, rate):
    assert (rate, "in_force") in rate_statuses(body, PUB)
