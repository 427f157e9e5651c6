"""Round 37 (xstart37): a measure's start told in a sentence with no rate of its own, after the rate's ("India is
adding a 20 percent tariff on almonds. The new Indian tariffs are scheduled to start on Aug. 4.").  start_told_next
(round 18) read such a sentence only when its subject was a pronoun or the measure's noun with a listed adjective; the
subject may be any noun phrase headed by a measure noun that ends at the start words -- after an opening adjunct
("According to the EU, the countermeasures will apply from Aug. 7"), with a country or other word before the noun, with
its goods ("The new US tariff on cars, which is to take effect on 5 April").  A clause of its own between the noun and
the start words ("... on U.S. goods that comply with CUSMA will be lifted as of September 1") dates no start of this
measure, and a start of the measure the phrase's words name (an imposer: "The new Indian tariffs"; goods: "The auto
tariffs start tonight") dates no rate of another imposer or other goods.  The stories run the rules alone (the shipped learned status is retrained by the lead).
"""
from __future__ import annotations

from datetime import date

from inline import rate_statuses

PUB = date(2025, 7, 19)


def test_a_country_word_before_the_measure_noun_dates_the_rate(rules_only):
    body = ("India is also adding a 20 percent tariff on almonds from the United States. "
            "The new Indian tariffs are scheduled to start on Aug. 4.")
    assert rate_statuses(body, PUB) == {(20.0, "announced")}


def test_an_opening_adjunct_before_the_measure_dates_the_rate(rules_only):
    body = ("The European Union adopted increased duties of up to 30% on a broad range of U.S. goods. "
            "According to the EU, the countermeasures will apply from Aug. 7 unless the two sides reach a solution.")
    assert rate_statuses(body, date(2025, 7, 25)) == {(30.0, "announced")}


def test_the_measure_with_its_goods_and_a_relative_clause_dates_the_rate(rules_only):
    body = ("The most immediate danger for the region's factories is the 25% US duty on cars made abroad. "
            "The new US tariff on cars, which is to take effect on 5 April, applies to every foreign-made car.")
    assert rate_statuses(body, date(2025, 3, 28)) == {(25.0, "announced")}


def test_a_clause_between_the_measure_and_the_start_dates_nothing(rules_only):
    body = ("Canada put 25 percent counter-tariffs on U.S. goods in March. "
            "The counter-tariffs on U.S. goods that comply with CUSMA will be lifted as of September 1.")
    assert rate_statuses(body, date(2025, 8, 22)) == {(25.0, "in_force")}


def test_a_start_of_other_goods_does_not_date_the_rate(rules_only):
    body = "Goods from China pay a 20% tariff at the border. The auto tariffs start tonight."
    assert rate_statuses(body, date(2025, 4, 2)) == {(20.0, "in_force")}
