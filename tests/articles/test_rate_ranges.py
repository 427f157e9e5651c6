"""Round 18: company-specific rates given as a range ("the levies run from 15.6% to 62.4%", "duties of 27.91 to 34.10
percent") are no facts (LABELING.md, rounds 9 and 16); the same two numbers after a change verb are old and new rates."""
from __future__ import annotations

from datetime import date

from inline import rate_statuses, tariff_tuples

PUBLISHED = date(2025, 9, 5)


def rates(body: str) -> set[float]:
    return {r for r, _ in rate_statuses(body, PUBLISHED)}


def test_levies_that_run_from_one_rate_to_another_are_a_range():
    assert rates("China will impose anti-dumping deposits on EU pork. The levies, which vary from company to "
                 "company, would run from 15.6% to 62.4% and apply from Sept. 10.") == set()


def test_duties_of_one_rate_to_another_are_a_range():
    assert rates("Saudi Arabia charges anti-dumping duties of 23.5% to 76% on ceramic tiles from China and "
                 "17.6% to 106% on those from India.") == set()


def test_a_labelled_list_of_rates_from_one_to_another_is_a_range():
    assert rates("EU anti-dumping duties on Chinese glass fibre. Rates: from 43.3% to 86.8%") == set()


def test_a_change_between_two_rates_is_no_range():
    assert rates("The government raised the duty on steel wires from 12.5% to 25%.") == {12.5, 25.0}


def test_company_rates_after_a_range_keep_the_ranges_status():
    # the range is no fact, but the duties it states are collected: the next sentence's company rate is in force
    assert rate_statuses("South Korea imposed provisional anti-dumping duties on hot-rolled steel from China. For "
                         "Chinese suppliers, the provisional duties run from 28.16 percent to 33.10 percent. Baoshan "
                         "Iron & Steel Co., Ltd. and its related companies will pay 29.89 percent.", PUBLISHED) \
        == {(29.89, "in_force")}


def test_a_top_rate_after_a_range_keeps_the_ranges_goods():
    # round 18b: the range is no fact, but the goods it names are the measure's; the next sentence's rate is on them
    facts = tariff_tuples("China imposed duties of 21.9% to 42.7% on EU dairy products. Sterilgarda faces the lowest "
                          "rate, 21.9%.", PUBLISHED)
    assert {(rate, product) for _, _, product, rate, _ in facts} == {(21.9, "dairy products")}


def test_a_company_rate_after_a_range_keeps_the_ranges_goods():
    facts = tariff_tuples("Canada imposed duties on Mexican steel rebar on Tuesday, with rates running from 21.9% to "
                          "42.7%. Exporters that did not cooperate will face the top rate of 42.7%.", PUBLISHED)
    assert {(rate, product) for _, _, product, rate, _ in facts} == {(42.7, "steel")}


def test_a_ranked_rate_of_a_remedy_story_is_a_rate_of_its_measure():
    # round 18b (d981's form): no tariff noun in the sentence, the rank and the story's measure make it a rate
    facts = tariff_tuples("China to levy provisional countervailing duties on EU dairy. Rates will differ from company "
                          "to company, running from 21.9% to 42.7%.\n\nThe probe began last year.\n\nThose that did not "
                          "cooperate will face the top rate of 42.7%.", PUBLISHED)
    assert {(rate, product) for _, _, product, rate, _ in facts} == {(42.7, "dairy")}
