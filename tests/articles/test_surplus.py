"""Readings beyond the labels (round 12, xsurplus): goods handed on as a list, goods named as examples of a class,
and the moves of a trade figure beside a tariff, on inline articles."""
from __future__ import annotations

from inline import tariff_tuples
from tariffscope.articles import consolidate


def _fact(product, sentence):
    return {"imposer": "USA", "target": "KHM", "product": product, "rate_pct": 49.0, "status": "announced",
            "span": [0, len(sentence)], "sentence": sentence}


def test_a_goods_list_of_the_sentence_before_is_not_handed_on():
    body = ("China said it will put an extra 15% tariff on chicken, wheat, corn and cotton from the United States.\n\n"
            "A second group of products will carry an additional 10% levy, the ministry said.")
    got = tariff_tuples(body)
    assert {t for t in got if t[3] == 10.0} == {("CHN", "USA", None, 10.0, "announced")}
    assert {t[2] for t in got if t[3] == 15.0} == {"chicken", "wheat", "corn", "cotton"}


def test_a_restated_list_is_still_handed_on():
    body = ("President Donald Trump’s higher 50% tariffs on foreign steel and aluminum took effect Wednesday.\n\n"
            "The higher rate applies to all countries except the United Kingdom, which will remain at 25%.")
    assert {t for t in tariff_tuples(body) if t[3] == 25.0} == {("USA", "GBR", "steel", 25.0, "in_force"),
                                                               ("USA", "GBR", "aluminum", 25.0, "in_force")}


def test_one_good_is_still_handed_on():
    body = ("Washington put a 25% tariff on Canadian steel in March. "
            "The combined rate of 35% took effect on Monday, officials said.")
    assert ("USA", None, "steel", 35.0, "in_force") in tariff_tuples(body)


def test_goods_named_by_an_anaphor_keep_their_list():
    body = ("Trump on Friday removed the 10% tariff on coffee, bananas, beef and tomatoes from Brazil.\n\n"
            "The 40% surcharge on those goods stays in place.")
    assert {t[2] for t in tariff_tuples(body) if t[3] == 40.0} == {"coffee", "bananas", "beef", "tomatoes"}


def test_examples_of_a_class_do_not_split_the_measure():
    body = "Among the hardest hit is Cambodia, whose exports, largely clothing and footwear, will be charged a 49% tariff."
    assert tariff_tuples(body) == {("USA", "KHM", None, 49.0, "announced")}      # one reading, product null
    assert consolidate.named_as_example(_fact("auto parts", "U.S. tariffs on products such as steel and auto parts."))


def test_the_class_itself_is_no_example():
    sentence = "A range of US steel products, including flat steel and tubes, faces tariffs of 25%."
    assert not consolidate.named_as_example(_fact("steel products", sentence))
    assert not consolidate.named_as_example(_fact("cars", "The EU will cut tariffs on all goods, including its 10% "
                                                          "duty on American cars."))     # a rate among the items


def test_a_trade_figure_moving_beside_a_tariff_is_no_rate():
    assert tariff_tuples("Mexico's steel shipments to the US sink 16.6% under tariff pressure") == set()
    assert tariff_tuples("Hit by U.S. tariffs, shipments to the United States fell by more than 6 percent.") == set()
    assert tariff_tuples("Analysts fear the tariff could knock around 1% off Lesotho's GDP within two years.") == set()


# Round 16 (xsurplus3): goods a rate's sentence names for something other than the rate


def test_goods_the_hit_economy_makes_are_no_product():
    made = "The manufacturing base, which produces shoes and clothing for many brands, hopes to avert the 46% levy."
    assert consolidate.made_by_those_hit(_fact("shoes", made))
    assert consolidate.made_by_those_hit(_fact("coffee", "Coffee, fruit and meat are among the goods that now carry "
                                                         "the 50% surcharge."))
    assert not consolidate.made_by_those_hit(_fact("steel", "Washington put a 25% tariff on steel, which Canada "
                                                            "exports in bulk."))     # goods before the clause: kept
    assert not consolidate.made_by_those_hit(_fact("cars", "Firms that export machinery pay 15% on cars."))


def test_goods_of_a_measure_added_after_the_rate_are_not_its_goods():
    added = ("Trump has imposed a 10 per cent rate on energy and potash, on top of sector levies on autos, steel "
             "and aluminium.")
    f = {**_fact("autos", added), "rate_pct": 10.0}
    assert consolidate.of_an_added_measure(f)
    assert not consolidate.of_an_added_measure({**f, "product": "potash"})     # the rate's own goods
    kept = {**f, "product": "autos"}
    assert consolidate.goods_not_of_the_rate([{**f, "product": "energy"}, kept]) == [{**f, "product": "energy"}]
    # with no goods of its own, the rate stays, product null
    baseline = ("Japan pays the 10 percent baseline tariff that Washington applies to most countries, plus higher "
                "duties on cars, steel and aluminium.")
    g = {**_fact("cars", baseline), "rate_pct": 10.0}
    assert consolidate.goods_not_of_the_rate([g]) == [{**g, "product": None}]


def test_an_added_measure_with_its_own_rate_keeps_its_goods():
    sentence = ("Carmakers are bracing for the 25 percent tariff on imported cars, on top of the 25 percent duties on "
                "steel and aluminium that took effect in March.")
    f = {**_fact("steel", sentence), "rate_pct": 25.0}
    assert not consolidate.of_an_added_measure(f)       # a rate between: the goods' own measure states it
    assert not consolidate.of_an_added_measure({**f, "product": "cars"})


def test_an_added_measure_in_an_article():
    body = ("Trump has imposed tariffs of 25 per cent on Canadian goods, with a 10 per cent rate on energy and potash, "
            "on top of sector levies on autos, steel and aluminium.")
    assert {t[2] for t in tariff_tuples(body) if t[3] == 10.0} == {"energy", "potash"}


def test_goods_among_the_goods_run_back_to_their_own_clause():
    sentence = "Canada faces a 25% tariff on steel, and cars are among the goods that face it too."
    assert not consolidate.made_by_those_hit(_fact("steel", sentence))
    assert consolidate.made_by_those_hit(_fact("cars", sentence))
