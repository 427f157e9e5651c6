"""Issue 11 round 11 (branch xproducts3): the goods of a sentence's later rate, plain lists of goods, no-goods words."""
from __future__ import annotations

from datetime import date

from inline import tariff_tuples


def tariffs(body: str, published=date(2025, 7, 1)) -> set[tuple]:
    return tariff_tuples(body, published)


def _goods(got: set[tuple], rate: float) -> set:
    return {f[2] for f in got if f[3] == rate}


def test_the_old_rate_of_a_change_is_a_rate_of_the_same_goods(rules_only):
    got = tariffs("Washington raised its duty on steel imports to 50 percent in June, from the 25 percent it had "
                  "imposed in March.\n")
    assert _goods(got, 25.0) == {"steel"} and _goods(got, 50.0) == {"steel"}


def test_a_scheduled_later_rate_keeps_the_goods(rules_only):
    got = tariffs("Since May, hot-rolled flat steel entering the Southern African Customs Union has carried a "
                  "safeguard duty of 13%, which is scheduled to fall to 11% in the second year and 9% in the third.\n")
    assert _goods(got, 11.0) == _goods(got, 9.0) == _goods(got, 13.0) != {None}


def test_a_new_statement_does_not_take_the_earlier_goods(rules_only):
    got = tariffs("Trump told reporters that copper imports will be charged a 50% tariff, and said drugmakers "
                  "could face a duty of 200%.\n")
    assert "copper" not in _goods(got, 200.0)


def test_every_item_of_a_plain_list_of_goods(rules_only):
    got = tariffs("The 25 per cent UK tariffs on American rum, brandy and vodka that Britain inherited from the EU "
                  "will remain suspended.\n")
    assert _goods(got, 25.0) == {"rum", "brandy", "vodka"}


def test_a_class_with_examples_is_no_plain_list():
    from tariffscope.articles.products import listed_goods
    from tariffscope.articles.tariffs import _products_in
    assert listed_goods("pasta, chocolate, biscuits and similar products", _products_in) == []
    assert listed_goods("steel and aluminum, due", _products_in) == []
    assert listed_goods("Shein and Temu", _products_in) == []
    assert listed_goods("chickpeas, Bengal gram and masur dal", _products_in) == ["chickpeas", "bengal gram",
                                                                                   "masur dal"]


def test_words_that_name_no_goods():
    from tariffscope.articles.products import open_products
    for phrase in ("the island", "the sidelines", "the country's", "everyone else", "a par with"):
        assert open_products(phrase) == [], phrase


def test_the_metal_is_the_one_good_named_before(rules_only):
    got = tariffs("Shipments of passenger cars were lower, while steel exports continued to shrink under the "
                  "50 percent U.S. duty on the metal.\n")
    assert _goods(got, 50.0) == {"steel"}
