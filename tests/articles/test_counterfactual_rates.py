"""Round 19b (xnewest19b): a rate told only as what it would have been (LABELING.md round 17: rates that "would have"
applied had a truce not been extended are `paused`) takes the status of the measure's other mention, `paused` without
one (timeline.counterfactual_status)."""
from __future__ import annotations

from inline import rate_statuses, tariff_tuples


def test_would_have_rate_alone_is_paused():
    got = rate_statuses("Had the truce not been extended, US tariffs on goods from China would have jumped to 145 per "
                        "cent, and Chinese tariffs on American products could have climbed to 125 per cent.")
    assert got == {(145.0, "paused"), (125.0, "paused")}


def test_would_have_rate_takes_the_status_of_its_measure():
    got = tariff_tuples("EU holds back countermeasures after US pauses 20% tariff on European goods\n\n"
                        "Had the higher US rate stayed in place, goods from the EU would have faced a 20% tariff on "
                        "arrival in the United States.")
    assert {g[4] for g in got if g[3] == 20.0} == {"paused"}


def test_would_have_to_pay_is_no_counterfactual():
    got = rate_statuses("Trump declared on Monday that countries purchasing oil from Venezuela would have to pay a 25% "
                        "tariff on whatever they sell to the United States.")
    assert (25.0, "paused") not in got
