"""Round 26 (branch xquota26): "will pay / be charged / face" under a quota, a safeguard or a trade-remedy ruling came
out `announced` though the story tells that measure already started.

The verb tells how the measure works, not when; LABELING.md labels the rate by whether its measure has started at
`published`.  The reading ties the rate to its own measure: the kind its sentence names (quota, surtax, anti-dumping,
countervailing, safeguard), else the one kind the lede names, and a sentence that tells that kind started ("The quotas
came into force on June 27", "New anti-dumping duties ... apply from today").  Guards: a start still to come, and the
start of another kind of measure, leave the rate `announced`.
"""
from __future__ import annotations

from datetime import date

from inline import rate_statuses


def test_a_surtax_above_a_quota_that_came_into_force_is_in_force(rules_only):
    body = ("Ottawa has tightened its steel import regime. The new tariff rate quotas came into force on June 27 and "
            "cover flat, long and stainless products. Steel from countries without a free trade deal that goes beyond "
            "the quota will be charged a 50 per cent surtax.")
    got = rate_statuses(body, date(2025, 6, 27))
    assert (50.0, "in_force") in got and (50.0, "announced") not in got


def test_company_rates_of_a_remedy_the_lede_says_applies_from_today_are_in_force(rules_only):
    body = ("New anti-dumping duties on cold rolled steel from China apply from today, Malaysia's trade ministry said. "
            "For Chinese producers, Baoyu Steel will now pay 18.5 per cent.")
    got = rate_statuses(body, date(2025, 5, 8))
    assert (18.5, "in_force") in got and (18.5, "announced") not in got


def test_a_quota_whose_start_is_still_to_come_stays_announced(rules_only):
    # guard: the quotas start after `published`
    body = ("Ottawa has tightened its steel import regime. The new tariff rate quotas will come into force on August 1. "
            "Steel from countries without a free trade deal that goes beyond the quota will be charged a 50 per cent "
            "surtax.")
    got = rate_statuses(body, date(2025, 7, 17))
    assert (50.0, "announced") in got and (50.0, "in_force") not in got


def test_another_measures_start_does_not_start_the_quota(rules_only):
    # guard: the started measure is an anti-dumping duty, the rate is the quota's surtax
    body = ("Canada's anti-dumping duties on Chinese rebar came into force in 2023. Steel from countries without a "
            "trade deal that goes beyond the new quota will be charged a 50 per cent surtax, Carney said.")
    got = rate_statuses(body, date(2025, 7, 17))
    assert (50.0, "announced") in got and (50.0, "in_force") not in got
