"""Round 15 (xlists): one fact per listed good when the list is not a plain "A, B and C" right after the rate."""
from __future__ import annotations

from inline import tariff_tuples


# ------------------------------------------------------------ a repeated preposition after the rate
def test_repeated_on_phrases_each_give_their_goods():
    got = tariff_tuples("Washington has slapped 25 percent duties on imported steel and aluminum since March, on cars "
                        "since April and on auto parts since May.")
    assert {g[2] for g in got if g[3] == 25.0} == {"steel", "aluminum", "cars", "auto parts"}


def test_repeated_to_phrases_with_known_goods():
    got = tariff_tuples("China announced tariffs on U.S. goods. The same 10 percent rate is to be applied to American "
                        "agricultural machinery, to large-displacement vehicles and to pick-up trucks.")
    assert ("CHN", "USA", "vehicles", 10.0, "announced") in got


def test_repeated_phrase_with_its_own_country_is_not_read():
    # "and on beef from Argentina": another party's measure, which this rate's parties would not carry
    got = tariff_tuples("The 15% tariffs on bananas and cocoa from Ecuador have been removed, along with the 10% duties "
                        "on coffee from Guatemala and on beef from Argentina.")
    assert not any(g[2] == "beef" for g in got)


def test_repeated_phrase_leading_into_the_next_rate_is_that_rates():
    got = tariff_tuples("Canada put a 25% tariff on steel and on aluminum, and a 10% tariff on potash.")
    assert {g[2] for g in got if g[3] == 25.0} == {"steel", "aluminum"}
    assert {g[2] for g in got if g[3] == 10.0} == {"potash"}


def test_dates_after_a_repeated_preposition_are_no_goods():
    got = tariff_tuples("The U.S. imposed a 25% tariff on steel on Tuesday, and on Wednesday China responded.")
    assert {g[2] for g in got} == {"steel"}


# ------------------------------------------------------------ a subject list across an interrupter
def test_subject_list_across_a_relative_clause():
    got = tariff_tuples("South Africa proposes new tariffs. Under the proposals, flat-rolled steel, bars, rods, wire, "
                        "angles and sections, which currently enter the country duty-free, would face a 10% import duty.")
    assert {g[2] for g in got if g[3] == 10.0} == {"steel", "bars", "rods", "wire", "angles", "sections"}


def test_subject_list_joined_by_along_with():
    got = tariff_tuples("Trump imposed tariffs on Britain. British cars and car parts, along with steel and aluminium, "
                        "face a higher 25% levy.")
    assert {g[2] for g in got if g[3] == 25.0} == {"cars", "car parts", "steel", "aluminium"}


def test_examples_in_the_subject_do_not_split_the_measure():
    got = tariff_tuples("Trump imposed tariffs on Brazil. Farm goods, such as beef and coffee, face a 50% tariff.")
    assert not any(g[2] in ("beef", "coffee") for g in got)


def test_people_before_a_relative_clause_are_no_goods():
    # (a guard: a "who" clause is about people, so the goods of "textile and apparel exporters" are not read)
    got = tariff_tuples("Trump imposed tariffs on India. Indian textile and apparel exporters, who have faced a 50% "
                        "US tariff since late August, are pushing into European markets.")
    assert not any(g[2] in ("textiles", "apparel") for g in got)


def test_one_phrase_with_a_preposition_is_no_list():
    got = tariff_tuples("Kits for electric and hybrid cars, which pay the same rates as finished vehicles today, will "
                        "be charged a 35 per cent tariff from January 2027.")
    assert not any(g[2] == "kits" for g in got)
