"""Round 14 (xtargets4): the tariff's target -- a group of countries the measure names and then lists (one fact per
member, also for a later rate of the same measure that names no country), and the payer named as its clause's subject
with words between it and its verb (LABELING.md: one fact per listed target; a baseline stated for one named country
is that country's)."""
from __future__ import annotations

from datetime import date

from tariffscope.articles import extract_facts

from inline import article as art


def tariffs(body: str) -> set[tuple]:
    return {(t["imposer"], t["target"], t["product"], t["rate_pct"], t["status"])
            for t in extract_facts(art(body, date(2025, 12, 11)))["tariffs"]}


def targets_at(got: set[tuple], rate: float) -> set:
    return {t for _, t, _, r, _ in got if r == rate}


def test_group_listed_after_which_include_gives_every_member():
    got = tariffs("Mexico's Congress approved higher import duties on Wednesday. Duties will reach as much as 50% on "
                  "goods from the countries covered, which include China, India, South Korea and Brazil.")
    assert targets_at(got, 50.0) == {"CHN", "IND", "KOR", "BRA"}


def test_group_listed_after_among_them_gives_every_member():
    got = tariffs("Mexico's Senate approved the bill on Wednesday. The 50% tariff on cars would also hit vehicles from "
                  "other countries that lack a trade deal with Mexico, among them South Korea, India and Turkey.")
    assert targets_at(got, 50.0) == {"KOR", "IND", "TUR"}


def test_later_rate_naming_no_country_carries_the_group():
    got = tariffs("Mexico's Senate voted through tariff increases of up to 50 per cent on imports from China. The "
                  "bill raises duties on goods from countries that do not have trade agreements with Mexico, among "
                  "them China, India, South Korea, Thailand and Indonesia. Most products will be subject to tariffs "
                  "of up to 35 per cent.")
    assert targets_at(got, 35.0) == {"CHN", "IND", "KOR", "THA", "IDN"}


def test_all_countries_including_a_list_is_no_group():
    got = tariffs("The United States will charge a 10% tariff on goods from all countries, including China, India "
                  "and Brazil.")
    assert targets_at(got, 10.0) == {None}


def test_payer_subject_across_an_appositive():
    got = tariffs("Switzerland, home to some of the world's best-known luxury names, will face a 39% tariff on its "
                  "goods entering the United States.")
    assert targets_at(got, 39.0) == {"CHE"}


def test_baseline_paid_by_a_named_countrys_exports():
    got = tariffs("Most EU exports to the US pay a baseline tariff of 15 percent under the deal.")
    assert targets_at(got, 15.0) == {"EUU"}


def test_baseline_on_goods_a_named_country_sells():
    got = tariffs("In exchange, goods that Vietnam sells to the U.S. will carry a baseline tariff of 20%.")
    assert targets_at(got, 20.0) == {"VNM"}


def test_countries_listed_after_including_are_examples_of_a_global_measure():
    got = tariffs("Mexico's Senate on Wednesday approved tariffs of up to 50% on some 1,400 products imported from "
                  "countries with which Mexico does not have a trade agreement, including China, South Korea, India "
                  "and Thailand.")
    assert targets_at(got, 50.0) == {None}
