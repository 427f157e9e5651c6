"""Round 26 (branch xlifted26): a rate the story changes right after telling it is `lifted`.

The reading (timeline.changed_after_told): the story states a rate, then names it again -- by a pronoun or a definite
tariff noun with no scope of its own -- as what a past change acted on: in a later clause of the rate's sentence
("..., before a deal ... brought the rate down to 15 per cent", "...; those duties have since been cut to 18%") or as
the subject opening the next sentence ("Those were later replaced by a 10% tariff").  LABELING.md: a rate removed or
replaced is `lifted`, the old rate of a change in force too.  A change still to come, a rate added on top, a definite
noun that names another measure ("the tariff on goods from China") and a new rate only announced leave it standing.
"""
from __future__ import annotations

from datetime import date

import pytest
from inline import rate_statuses

PUB = date(2025, 10, 1)


@pytest.mark.parametrize("body, rate", [
    # the change's subject stands between the rate and the anaphor
    ("Ruritania had at first been handed a 25 per cent tariff on all of its goods by Washington, before a deal struck "
     "at the last minute brought the rate down to 15 per cent.", 25.0),
    ("Freedonia was hit earlier this year with a 25% US tariff on all its goods, and later negotiated that rate down "
     "to 15%.", 25.0),
    # the rate named again as the subject of its change
    ("Ruritanian goods were then paying 50% US tariffs; those duties have since been cut to 18%.", 50.0),
    ("Freedonia was first hit with a 34% tariff by the United States, a rate that has since jumped to 104%.", 34.0),
    # a change with no new rate
    ("US duties on Freedonian goods peaked at 145% in April before a series of truces brought them down, pushing "
     "exporters to look elsewhere.", 145.0),
    # the next sentence opens with the rate as the subject of its change
    ("In August, Washington put 20% tariffs on Ruritanian goods. Those were later replaced by a 10% tariff on imports "
     "from all countries.", 20.0),
    ("Exports held up even though Washington had put a 10% tariff on Freedonian beef. That tariff has since been "
     "removed.", 10.0),
])
def test_a_rate_the_story_changes_right_after_is_lifted(rules_only, body, rate):
    assert (rate, "lifted") in rate_statuses(body, PUB)


@pytest.mark.parametrize("body, rate", [
    # the change is still to come
    ("Ruritania pays a 25% US tariff on all its goods, and a deal signed on Monday will bring the rate down to 15% "
     "next year.", 25.0),
    # a definite noun with its own scope names another measure
    ("On March 4, Washington let 25% tariffs on imports from Ruritania take effect, and at the same time doubled the "
     "tariff on goods from Freedonia to 20%.", 25.0),
    # the change adds to the rate: both stand
    ("Washington put a 10% tariff on Ruritanian goods in April and later raised the total to 50% with a penalty.",
     10.0),
    # the next sentence's pronoun names no rate when its sentence states two
    ("Washington charges a 25% tariff on Ruritanian steel and a 10% tariff on Ruritanian aluminium. They were raised "
     "on Monday.",
     25.0),
    # a rate that stands beside the change
    ("Ruritanian goods pay a 25% US tariff. It took effect in August.", 25.0),
])
def test_the_rate_stands(rules_only, body, rate):
    statuses = rate_statuses(body, PUB)
    assert any(r == rate for r, _ in statuses) and (rate, "lifted") not in statuses


@pytest.mark.parametrize("body, rate", [
    ("Ruritania cut its tariff on Freedonian potash on Thursday. Until Thursday, Freedonian potash had been due to pay a "
     "25 per cent Ruritanian tariff.", 25.0),
    ("Ruritania cut its import duties this week. Until now, Freedonian whiskey carried a Ruritanian import duty of "
     "150%.", 150.0),
])
def test_a_rate_told_in_the_past_until_now_is_lifted(rules_only, body, rate):
    assert (rate, "lifted") in rate_statuses(body, PUB)


def test_a_rate_told_in_the_present_perfect_until_now_stands(rules_only):
    # "has entered" may still run: the opening does not end it
    statuses = rate_statuses("Ruritania signed a deal with Freedonia on Monday. Until now, Freedonian beef has entered "
                             "Ruritania at a 20% tariff.", PUB)
    assert any(r == 20.0 for r, _ in statuses) and (20.0, "lifted") not in statuses
