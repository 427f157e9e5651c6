"""The goods of a rate (round 13, xproducts4): the penalty on transshipped goods, a rate whose own phrase names
neither goods nor a party, and the goods of an "imports of ..." subject, on inline articles."""
from __future__ import annotations

from inline import tariff_tuples


def _products(body: str, rate: float) -> set:
    return {t[2] for t in tariff_tuples(body) if t[3] == rate}


def test_a_rate_on_transshipped_goods_names_them_whatever_the_words():
    body = ("President Donald Trump has announced a trade agreement with Vietnam that would set a 20% tariff on "
            "Vietnamese goods and a 40% tariff on goods transshipped through the country.")
    assert _products(body, 20.0) == {None}
    assert _products(body, 40.0) == {"transshipped goods"}


def test_a_transshipment_cue_before_the_rate_and_routing_through_third_countries():
    assert _products("The same order introduces a 'transshipment' tariff of 40% on goods found to have been routed "
                     "through third countries to avoid duties.", 40.0) == {"transshipped goods"}
    assert _products("In exchange, goods that Vietnam sells to the U.S. will carry a baseline tariff of 20%, and "
                     "products that have been transshipped through the country will face a 40% tariff.", 20.0) == {None}


def test_a_phrase_that_names_no_goods_leaves_the_goods_before_the_rate():
    body = ("Separate sector duties were also in force: Japanese cars have been charged 25% on entry to the US, "
            "while Japanese steel and aluminium face a 50% tariff.")
    assert _products(body, 25.0) == {"cars"}
    assert _products(body, 50.0) == {"steel", "aluminium"}


def test_a_phrase_on_whatever_is_sold_is_all_goods():
    body = ("US President Donald Trump declared on Monday that countries purchasing oil or gas from Venezuela would "
            "have to pay a 25% tariff on whatever they sell to the United States.")
    assert _products(body, 25.0) == {None}


def test_a_phrase_naming_a_country_is_no_reason_to_look_before_the_rate():
    body = "After the steel talks failed, Trump said the 25% tariff on Canada would stay."
    assert _products(body, 25.0) == {None}


def test_the_goods_of_an_imports_of_subject():
    body = ("The Chinese Ministry of Finance said in a separate announcement the same day that imports of crude oil "
            "from the US will face a 10 percent tariff.")
    assert _products(body, 10.0) == {"crude oil"}
