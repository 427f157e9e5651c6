"""Round 25 (branch xstatus25): a rate whose own words say it applies now came out `announced` in a sentence told ahead.

"will fall from the present 39% to 15%", "now as high as 110%", "the 27.5% charged now", "now taxed at 10%": the sentence's
future verb belongs to the change, the marker ("now", "currently", "at present", "the present") to the rate, which
applies until the change (LABELING.md: a rate in force at `published` is `in_force`, also the old rate of an announced
change).  Guards: "now" that leads a verb telling the rate ahead ("will now start", "now says will start", "will now be
charged") leaves it `announced`, and the new rate of the change stays `announced`.
"""
from __future__ import annotations

from datetime import date

import pytest
from inline import rate_statuses

PUB = date(2025, 11, 14)


@pytest.mark.parametrize("body, rate", [
    ("Switzerland and the United States struck a deal on Friday. Under the pact, the tariff Washington charges on goods "
     "from Switzerland will fall from the present 39% to 15%.", 39.0),
    ("India and Britain signed their trade agreement. India will lower its import duties on British cars, now as high "
     "as 110%, to 10% over five years, within a quota.", 110.0),
    ("Trump signed the order on Thursday. Japanese cars will pay a 15% tariff rather than the 27.5% charged now.", 27.5),
    ("Vietnam cut tariffs on American goods. Ethanol shipped from the United States, now taxed at 10% on arrival, will "
     "pay 5% once the change takes effect.", 10.0),
])
def test_a_rate_marked_current_is_in_force_in_a_sentence_told_ahead(rules_only, body, rate):
    assert (rate, "in_force") in rate_statuses(body, PUB)
    assert (rate, "announced") not in rate_statuses(body, PUB)


def test_the_new_rate_of_the_change_stays_announced(rules_only):
    body = ("Switzerland and the United States struck a deal on Friday. Under the pact, the tariff Washington charges on "
            "goods from Switzerland will fall from the present 39% to 15%.")
    assert (15.0, "announced") in rate_statuses(body, PUB)


@pytest.mark.parametrize("body, rate", [
    ("Carmakers had hoped for a delay. Trump said the 25% tariff on cars will now start in March.", 25.0),
    ("The White House published the schedule. Japanese goods will now be charged a 24% duty from December 9.", 24.0),
    ("Markets fell on Friday. A 25% tariff that Trump now says will start on December 1 hit shares of carmakers.", 25.0),
])
def test_now_leading_a_verb_told_ahead_leaves_the_rate_announced(rules_only, body, rate):
    assert (rate, "announced") in rate_statuses(body, PUB)


def test_a_rate_that_now_applies_beside_paused_rates_is_in_force(rules_only):
    body = ("Trump changed course on Wednesday. The top reciprocal rates are on hold and a blanket 10% tariff now applies "
            "to almost every country instead.")
    assert (10.0, "in_force") in rate_statuses(body, PUB)
    assert (10.0, "paused") not in rate_statuses(body, PUB)


def test_a_rate_now_suspended_stays_paused(rules_only):
    body = "Trump paused the measure on Wednesday. The 34% tariff on Chinese goods, now suspended, may return in July."
    assert (34.0, "in_force") not in rate_statuses(body, PUB)


@pytest.mark.parametrize("body, rate", [
    ("Britain and the US agreed an outline deal. Britain's 19 percent duty on US ethanol will also be brought down to zero "
     "for volumes of up to 1.4 billion liters.", 19.0),
    ("Distillers welcomed the pact. India's 150% import tariff on Scotch will come down once the trade agreement takes "
     "effect.", 150.0),
])
def test_a_rate_whose_cut_is_still_to_come_stays_in_force(rules_only, body, rate):
    assert (rate, "in_force") in rate_statuses(body, PUB)
    assert (rate, "announced") not in rate_statuses(body, PUB)


def test_a_rate_that_will_also_be_imposed_stays_announced(rules_only):
    body = "Trump signed the order on Friday. A 25% tariff on trucks will also be imposed from December 1."
    assert (25.0, "announced") in rate_statuses(body, PUB)
