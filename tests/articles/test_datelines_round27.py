"""A dateline in title case is no goods label (issue 11, round 27): "New York: The United States kept the 145% tariff"
read the product "york" (a head label "Wine:" names the goods of a digest item; open_products dropped "New" and
kept the city's last word). Labels of several words all capitalised are places; goods labels stay goods."""
from __future__ import annotations

from inline import tariff_tuples


def products(body: str) -> set:
    return {t[2] for t in tariff_tuples(body)}


def test_a_title_case_dateline_is_no_product():
    assert products("New York: The United States kept the 145% tariff on Chinese goods.") == {None}
    assert products("Hong Kong: Washington kept the 145% tariff on Chinese goods in place.") == {None}


def test_a_goods_label_stays_the_product():
    assert products("Auto parts: The United States kept the 25% tariff on Japanese goods.") == {"auto parts"}
    assert products("KUALA LUMPUR: The 19% tariff on Malaysian goods stays.") == {None}
