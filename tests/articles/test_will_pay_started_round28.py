"""Round 28 (xstatus28): a rate told by "will pay / be charged / face" names no measure kind (a deal's, an order's or a
retaliation's rate, not a quota's or a ruling's), and the story tells its start only as come -- a past start event
("took effect overnight", "kicked in at 12:01 a.m.") or a start word dated on or before `published` -- and no start
ahead anywhere: the rate tells how the measure works now, so it is `in_force` (LABELING.md: applies at the published
date; dev d066, d026, d942, d481).

Round 26 (xquota26) read this only for quota and remedy rates whose kind the story tells started.  The guards: a story
that tells any start ahead keeps its "will pay" rates `announced`; a start told as a state ("tariffs already in place",
"once the law is in force") is no start of the story's measure."""
from __future__ import annotations

from datetime import date

from inline import rate_statuses

PUBLISHED = date(2019, 6, 16)


def test_retaliation_took_effect_and_goods_will_be_charged():
    body = ("India's higher duties on 28 US products took effect overnight. Fresh apples from the US will be charged "
            "70%, and almonds will pay 20%.")
    got = rate_statuses(body, PUBLISHED)
    assert (70.0, "in_force") in got and (20.0, "in_force") in got


def test_rate_kicked_in_and_transshipped_goods_will_face():
    body = ("The 35 per cent tariff on Canadian goods kicked in at 12:01 a.m. The White House said goods shipped "
            "through third countries to dodge it will instead face a 40 per cent tariff.")
    assert (40.0, "in_force") in rate_statuses(body, date(2025, 8, 1))


def test_a_start_told_ahead_keeps_will_pay_announced():
    body = ("Duties on steel took effect overnight. New levies on cars take effect on August 7. Cars from Japan "
            "will pay 25%.")
    assert (25.0, "announced") in rate_statuses(body, date(2025, 8, 1))


def test_a_measure_already_in_place_is_no_start_of_the_deal():
    body = ("Washington and Seoul sealed a trade agreement on Wednesday. South Korean cars will face the lower 15% "
            "rate. Tariffs already in place on steel are left as they are.")
    assert (15.0, "in_force") not in rate_statuses(body, date(2025, 7, 31))


def test_a_start_on_a_condition_is_no_start():
    body = ("Mexico's Senate approved higher duties on Wednesday. Chinese-made cars will face the top rate of 50%. "
            "The ministry may adjust the rates once the law is in force.")
    assert (50.0, "in_force") not in rate_statuses(body, date(2025, 12, 11))
