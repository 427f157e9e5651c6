"""Round 44 (xannounced44): a rate whose own words tell that its start has passed is in force at `published`.

"the 10% baseline that has applied since April" (dev d1822), "he would put 25% duties on goods from Canada and Mexico,
and those duties took effect last month" (d3020), "Japanese cars have paid a 25% U.S. import duty since April" (d428):
a relative or pointer after the rate, or a perfect paying verb before it and "since" after it
(tariffs.passed_start_bound).  A passed start of another rate of the sentence dates nothing.
"""
from datetime import date

from inline import rate_statuses


def test_a_relative_passed_start_after_the_rate():
    body = ("Trump signed an order on Wednesday raising the tariff on Brazilian goods. The new tariff will raise the "
            "charge by 40 percentage points from August 6, on top of the 10% tariff that has applied since April.")
    assert (10.0, "in_force") in rate_statuses(body, date(2025, 7, 31))


def test_a_pointer_back_that_took_effect():
    body = ("US imports hit a record in February as buyers stocked up. Trump had said again and again that he would put "
            "25% duties on goods from Canada and Mexico, and those duties took effect last month.")
    assert rate_statuses(body, date(2025, 4, 1)) == {(25.0, "in_force")}


def test_a_perfect_paying_verb_with_since():
    body = ("Japan and the United States struck a trade deal on Tuesday. Japanese cars have paid a 25% U.S. import duty "
            "since April, and under the agreement that tariff is to fall to 15%.")
    statuses = rate_statuses(body, date(2025, 7, 23))
    assert (25.0, "in_force") in statuses and (15.0, "announced") in statuses


def test_another_rate_passed_start_dates_nothing():
    body = ("Carmakers are bracing for the 30 percent tariff on imported cars that Trump has said will apply from April "
            "3, on top of the 25 percent duties on steel that took effect in March.")
    statuses = rate_statuses(body, date(2025, 4, 1))
    assert (30.0, "announced") in statuses and (30.0, "in_force") not in statuses


def test_a_negated_start_is_no_passed_start():
    body = ("The Philippines agreed a 19% tariff with Washington on Tuesday. The new figure is two points above the 17% "
            "tariff Trump unveiled for the Philippines on April 2, a rate that never took effect.")
    assert (17.0, "in_force") not in rate_statuses(body, date(2025, 7, 23))
