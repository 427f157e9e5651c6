"""Round 40 (xlifted40): a removal or pause verb that governs the rate's noun phrase gives the rate its status.

"Washington was also scrapping the separate 25% penalty duty it had levied" (dev d036), "has withdrawn the 25% tariff he
slapped on India" (d583), "brings to an end the 10 percent tariff ... that had applied since earlier this year" (d1933),
"ending the 25% levy on rebar" (d984), "has stopped charging the 125% tariff it slapped" (d1928): the relative clause
after the rate tells its history, the verb before it the rate's event (LABELING.md: a rate removed is `lifted`).  A
removal still to come keeps the rate as its clause reads it.
"""
from __future__ import annotations

from inline import rate_statuses


def test_scrapping_the_rate_it_had_levied_is_lifted():
    body = ("India and the United States sealed a trade deal on Monday. A White House official said Washington was also "
            "scrapping the separate 25% penalty duty it had levied on all Indian imports last August.")
    assert rate_statuses(body) == {(25.0, "lifted")}


def test_withdrawn_rate_he_slapped_is_lifted():
    body = "US President Donald Trump has withdrawn the 25% tariff he slapped on India over its purchases of Russian oil."
    assert rate_statuses(body) == {(25.0, "lifted")}


def test_brings_to_an_end_and_stopped_charging_are_lifted():
    body = ("The agreement also brings to an end the 10 percent tariff on European aircraft that had applied since "
            "earlier this year. China has stopped charging the 125% tariff it slapped on ethane from the United States.")
    assert rate_statuses(body) == {(10.0, "lifted"), (125.0, "lifted")}


def test_a_removal_to_come_keeps_the_rate_in_force():
    body = ("Ottawa is reviewing its counter-measures. Canada will scrap the 25% tariff it imposed on US goods next month, "
            "the finance minister said.")
    assert (25.0, "lifted") not in rate_statuses(body)
