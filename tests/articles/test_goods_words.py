"""Round 16b (xjunkproducts): a product is "the goods a rate covers" (LABELING.md). A phrase whose head names an
institution, a document, a role or an abstract thing, or a lone verb form, is no product; one rate's goods read
twice in two spellings ("onion"/"onions", "automobiles"/"autos", "oil"/"canola oil") are one fact."""
from __future__ import annotations

from inline import tariff_tuples

from tariffscope.articles.products import open_products
from tariffscope.articles.timeline import goods_key, one_fact_per_good


def test_an_institution_or_a_document_is_no_goods():
    assert open_products("Commerce Ministry") == []
    assert open_products("the press release") == []
    assert open_products("their US prices") == []
    assert open_products("steel flat products and runs") == ["steel flat products"]


def test_a_lone_verb_form_is_no_goods_but_goods_in_ing_or_eed_are():
    assert open_products("Depending") == []
    assert open_products("linked") == []
    assert open_products("clothing") == ["clothing"]
    assert open_products("rapeseed") == ["rapeseed"]


def test_a_heading_naming_a_ministry_gives_the_rate_no_goods():
    got = tariff_tuples("Commerce Ministry: Thai exporters face new 10% US duty from February 24")
    assert not any(g[2] == "commerce ministry" for g in got)


def test_goods_key_makes_plurals_and_the_writers_words_for_one_good_one():
    assert goods_key("onions") == goods_key("onion")
    assert goods_key("automobiles") == goods_key("autos")
    assert goods_key("batteries") == goods_key("battery")
    assert goods_key("auto parts") != goods_key("autos")


def _fact(product, rate=20.0, status="announced", target=None):
    return {"imposer": "IND", "target": target, "product": product, "rate_pct": rate, "status": status}


def test_one_rate_read_twice_in_two_spellings_is_one_fact():
    got = one_fact_per_good([_fact("onions"), _fact("onion")])
    assert [f["product"] for f in got] == ["onions"]
    got = one_fact_per_good([_fact("oil"), _fact("canola oil")])
    assert [f["product"] for f in got] == ["canola oil"]     # the fuller words stay


def test_other_goods_other_rates_or_statuses_stay_apart():
    facts = [_fact("cars"), _fact("car parts"), _fact("onion", rate=40.0), _fact("onions", status="in_force"),
             _fact(None), _fact("onions", target="USA")]
    assert one_fact_per_good(facts) == facts


def test_an_article_naming_one_good_in_two_spellings_gives_one_fact():
    got = tariff_tuples("The 25% U.S. tariff on Japanese automobiles has applied since April. "
                        "Japanese autos still pay the 25% tariff.")
    assert got == {("USA", "JPN", "automobiles", 25.0, "in_force")}      # main: automobiles and autos
    got = tariff_tuples("India has imposed a 20 per cent duty on onion exports since September. "
                        "Onions leaving the country still pay the 20 per cent duty.")
    assert got == {("IND", None, "onion", 20.0, "in_force")}             # main: onion and onions
    got = tariff_tuples("Canola oil from Canada faces a 100% Chinese tariff since March. "
                        "China has charged 100% on Canadian oil since March 20.")
    assert got == {("CHN", "CAN", "canola oil", 100.0, "in_force")}      # main: canola oil and oil


def test_a_verb_after_a_list_of_goods_is_no_goods():
    got = tariff_tuples("Steel flat products: the safeguard duty is set at 12% on those steel flat products and runs "
                        "from April 21, 2025, to April 20, 2026.")
    assert not any(g[2] == "runs" for g in got)                          # main: runs
