"""Round 42 (xmeasure42): a court's ruling told for a measure by its name reaches the rates whose own clause names it.

"US trade partners react ... as Supreme Court strikes down 'Liberation Day' tariffs ... the EU has paid a 15%
"reciprocal" tariff" (dev d1485), "Court strikes down emergency tariffs ... Measures struck down include the 25% tariffs
on goods from Canada and Mexico and the "reciprocal" duties" (d038): LABELING.md, a rate a court struck down with no stay
or continued collection stated is `lifted`; a ruling on the IEEPA reaches the measures imposed under it.  A rate of
another measure told beside the ruling (the new Section 122 levy) keeps its status, and so does a rate a ruling left
standing pending appeal.
"""
from __future__ import annotations

from inline import rate_statuses


def test_reciprocal_rate_after_the_ruling_is_lifted():
    body = ("The Supreme Court struck down the Liberation Day tariffs on Friday. Since its deal with Washington last "
            "summer, the EU has paid a 15% \"reciprocal\" tariff on most of its exports to the United States.")
    assert rate_statuses(body) == {(15.0, "lifted")}


def test_a_ruling_on_the_ieepa_reaches_the_reciprocal_rate():
    body = ("The Supreme Court has struck down the IEEPA tariffs in full. Japanese exporters faced a 15% reciprocal "
            "tariff on cars and machinery.")
    assert rate_statuses(body) == {(15.0, "lifted")}


def test_the_replacement_under_another_law_keeps_its_status():
    body = ("The Supreme Court struck down the IEEPA tariffs on Friday. Hours later Trump imposed a 10% global tariff "
            "under Section 122 of the Trade Act of 1974.")
    assert (10.0, "lifted") not in rate_statuses(body)


def test_a_ruling_stayed_pending_appeal_keeps_the_rate():
    body = ("An appeals court struck down the reciprocal tariffs but left them in place pending an appeal. The EU pays "
            "a 15% reciprocal tariff on most goods.")
    assert (15.0, "lifted") not in rate_statuses(body)
