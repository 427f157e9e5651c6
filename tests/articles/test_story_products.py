"""Issue 11 round 7 (branch xproducts2): a trade-remedy story's goods carried to the rates that name none."""
from __future__ import annotations

from datetime import date

from inline import tariff_tuples


def tariffs(body: str, published=date(2025, 2, 25)) -> set[tuple]:
    return tariff_tuples(body, published)


def test_safeguard_story_goods_reach_the_rates_that_say_the_duty(rules_only):
    got = tariffs("Indonesia extends safeguard duty on imported ceramic tiles for two more years\n\n"
                  "Imported ceramic tiles will keep paying an extra levy at Indonesia's border.\n\n"
                  "The safeguard import duty will be charged at 12.72% in the first year and 12.44% in the second.\n")
    assert {f[2] for f in got if f[3] in (12.72, 12.44)} == {"ceramic tiles"}


def test_goods_before_the_measure_noun_in_the_headline(rules_only):
    got = tariffs("China cuts EU pork duties in final ruling in anti-dumping case\n\n"
                  "The final duties range up to 19.8%, the ministry said.\n")
    assert {f[2] for f in got if f[3] == 19.8} == {"pork"}


def test_no_story_goods_without_a_trade_remedy(rules_only):
    got = tariffs("Trump doubles tariffs on steel to 50%\n\n"
                  "He also said a 10% tariff on all goods from Britain would stay.\n")
    assert {f[2] for f in got if f[3] == 10.0} == {None}


def test_a_lede_listing_many_goods_names_no_one_measure(rules_only):
    got = tariffs("India slaps anti-dumping duties on aluminium foil, vacuum flasks, ferrite cores and two chemicals\n\n"
                  "The duty will be 35% for most exporters.\n")
    assert {f[2] for f in got if f[3] == 35.0} <= {None}


def test_the_subject_names_the_goods_its_rates_are_paid_on():
    from tariffscope.articles.products import subject_lead_products
    got, until = subject_lead_products("Strawberry jam, however, stays on the list and will carry a 10 per cent tariff "
                                       "from July 1, while maple syrup pays 5 per cent.")
    assert got == ["strawberry jam"] and until < len("Strawberry jam, however, stays on the list and will carry a 10 per cent tariff from July 1, while")
    assert subject_lead_products("Ethanol shipped from the United States, now taxed at 10% on arrival, will pay 5% "
                                 "once the change takes effect.")[0] == ["ethanol"]


def test_a_person_or_a_verb_is_no_subject_goods():
    from tariffscope.articles.products import subject_lead_products
    for text in ("Trump says Canada will pay a price for dealing with China, threatens 100% tariff",
                 "President Donald Trump said the Philippines will pay a 19% tariff on its exports.",
                 "Beijing confirmed on Wednesday that it will stop charging a 10% tariff on soybeans.",
                 "Hyundai, Kia face prolonged 25% car tariff as US delays cut"):
        assert subject_lead_products(text)[0] == []


def test_an_exporter_or_the_investigation_is_no_goods():
    from tariffscope.articles.products import lead_products, open_products
    assert lead_products("Corning Incorporated: 37.9 percent") == []
    assert open_products("the investigation") == [] and open_products("Canadian mills") == []
    assert lead_products("Apples: included in a trade deal for the first time.") == ["apples"]
