"""Round 24 (branch xchange24): a rate that is the subject of a change told later in its own sentence.

The reading (tariffs._changed_later): between a rate and the next one, a relative clause ("a 25% tariff, which the
agreement cut to 15%") or a passive ("The 25% tariff that was set to hit ... is also being cut to 15%") whose change
verb runs "to" the next rate makes the first rate the measure changed.  LABELING.md: it is `lifted` when the change is
in force, and -- a rate replaced before it took effect -- when its own clause says it was announced and the change is
decided.  A change still to come leaves an applied rate in force; a rate the change adds to, and a step of a schedule,
stand.
"""
from __future__ import annotations

from datetime import date

import pytest
from inline import rate_statuses

PUB = date(2025, 9, 1)


@pytest.mark.parametrize("body, rate", [
    # a relative clause tells the change (d1495's form)
    ("European cars first faced a 25% US tariff, which the EU-US agreement of August 2025 cut to 15%, the baseline "
     "rate now charged on most EU goods.", 25.0),
    # a passive change of a rate announced before it took effect (d470's form)
    ("The 25 per cent tariff that was set to hit other Japanese goods from Aug 1 is also being cut to 15 per cent.",
     25.0),
    # an announced rate replaced by a change itself only announced (d885's form): lifted, not in force
    ("The 25 percent reciprocal tariff that the United States announced it would impose on Korea starting Aug. 1 will "
     "be reduced to 15 percent, officials said.", 25.0),
])
def test_the_subject_of_a_later_change_is_lifted(rules_only, body, rate):
    assert (rate, "lifted") in rate_statuses(body, PUB)


@pytest.mark.parametrize("body, rate, want", [
    # the change is still to come: the rate applies until then (LABELING.md, the old rate of an announced change)
    ("The 25% tariff on Korean cars will be cut to 15% next month.", 25.0, "in_force"),
    ("Korea faces a 25% tariff, which Washington has promised to cut to 15%.", 25.0, "in_force"),
    # the change adds a rate on top: both stand
    ("Washington put a 10% tariff on Brazilian goods in April, which an added surcharge raised to 50%.", 10.0,
     "in_force"),
    # a step of a schedule whose own clause does not call it announced before: it stays announced
    ("The tariff on cars will rise to 25% in June and will be raised to 50% in 2026.", 25.0, "announced"),
    # the plain passive change, read before this round: still lifted
    ("The 25% tariff on steel imports was raised to 50% in June.", 25.0, "lifted"),
])
def test_the_neighbouring_readings_stand(rules_only, body, rate, want):
    assert (rate, want) in rate_statuses(body, PUB)


@pytest.mark.parametrize("body, rate", [
    # the changed rate's own clause says it applied: it applied until the change (d1048's form, a long own clause)
    ("The new duty raises the 25% tariff on steel and aluminum imports that the United States put in place in March "
     "to 50%.", 25.0),
    # the same in "to Y from the X% rate that had applied" (d897's form)
    ("Washington doubled its duty on aluminum shipped into the United States to 50% from the 25% rate that had "
     "applied since March.", 25.0),
])
def test_an_old_rate_its_clause_says_applied_is_lifted_by_a_change_in_force(rules_only, body, rate):
    assert (rate, "lifted") in rate_statuses(body, PUB)


@pytest.mark.parametrize("body, rate", [
    # its own clause keeps it applying beside the change
    ("The order cut the tariff to 15% from the 25% rate that still applies to most goods.", 25.0),
    # the change is the condition of something else, still to come
    ("The EU must first pass legislation cutting its tariffs on U.S. goods to zero before the 27.5% tariffs on its car "
     "exports are brought down to 15%.", 27.5),
    # the change is still to come
    ("Washington will double its duty on aluminum to 50% from the 25% rate that has applied since March.", 25.0),
])
def test_an_old_rate_kept_or_before_a_change_to_come_stays_in_force(rules_only, body, rate):
    assert (rate, "in_force") in rate_statuses(body, PUB)
