"""Round 18b (xproducts18b): the subject of a pay/face verb is read as the goods of the rate; a company group, a
case, a date, an adverb ("Once ...") or an origin adjective left alone ("Chinese-built") names no goods, and the
rate keeps no product rather than a false one (LABELING.md: product = the goods a rate is on)."""
from __future__ import annotations

from inline import tariff_tuples

from tariffscope.articles.products import open_products


def test_a_company_group_a_case_or_a_date_is_no_goods():
    assert open_products("New Changhai Group") == []
    assert open_products("the case") == []
    assert open_products("the date") == []
    assert open_products("hot-rolled coil") == ["hot-rolled coil"]


def test_an_adverb_or_an_origin_adjective_alone_is_no_goods():
    assert open_products("Once imports of these steel products") == []
    assert open_products("Chinese-built") == []
    assert open_products("Chinese-built excavators") == ["chinese-built excavators"]


def test_a_company_paying_a_rate_gives_no_product():
    got = tariff_tuples("All Chinese exporters will pay the definitive 13.8 percent duty on glass fibre except "
                        "New Changhai Group, which faces a rate of 7.3 percent.")
    assert not any(g[2] and "group" in g[2] for g in got)


def test_goods_set_after_the_class_with_included_are_examples():
    # LABELING.md: products named only as examples do not split the fact (product null) - "X goods, P included"
    from datetime import date
    assert tariff_tuples("Australian goods, beef included, currently pay a flat 10 per cent tariff when they enter "
                         "the United States.", date(2025, 9, 1)) == {("USA", "AUS", None, 10.0, "in_force")}
    got = tariff_tuples("A 50% US tariff on most Brazilian goods, coffee included, took effect at the start of the "
                        "month.", date(2025, 9, 1))
    assert {g[2] for g in got} == {None}
