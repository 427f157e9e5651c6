"""Round 27c (branch xgoodslist27c): goods written as the lines of a list under an exemption intro.

The reading (tariffs._exemption_item_goods): an intro that ends with a colon and names an exemption in its paragraph
("The products exempted from the 40% tariff include the following:", "Goods on the Annex do not pay the 40%. In broad
terms the Annex covers:"), then short lines one to a paragraph (the bullets the reader drops): each line's goods are
`lifted` under every rate the intro's paragraph names (LABELING.md rounds 15-17: goods left out of a rate, each one,
under each rate they escape); the earlier readers needed the cue in the goods' own sentence.
"""
from __future__ import annotations

from datetime import date

import pytest
from inline import tariff_tuples

PUB = date(2025, 8, 6)


@pytest.mark.parametrize("body, goods, rates", [
    # the cue and the rate in the colon sentence itself
    ("Washington has put a 40% tariff on goods from Brazil.\n\n"
     "The products exempted from the 40% tariff include the following:\n\n"
     "Orange juice, frozen or not\n\nCrude oil;\n\nFertilizers.", ["orange juice", "crude oil", "fertilizers"], [40.0]),
    # the cue and the rate in the sentence before the colon, in the same paragraph
    ("The new 40% tariff on Brazilian goods is collected from today.\n\n"
     "Goods on the Annex do not pay the 40%. In broad terms the Annex covers:\n\n"
     "Crude oil;\n\nFertilizers;\n\nWood pulp for paper.", ["crude oil", "fertilizers", "wood"], [40.0]),
    # two rates named by the intro: the goods escape both
    ("Washington has set a 145% tariff on Chinese goods and a 10% baseline tariff on every other country.\n\n"
     "Goods exempted from the 145% tariff and the 10% baseline tariff include:\n\n"
     "Smartphones;\n\nSemiconductors.", ["smartphones", "semiconductors"], [145.0, 10.0]),
])
def test_item_lines_under_an_exemption_intro_are_lifted(rules_only, body, goods, rates):
    facts = tariff_tuples(body, PUB)
    for good in goods:
        for rate in rates:
            assert any(f[2] == good and f[3] == rate and f[4] == "lifted" for f in facts), (good, rate, facts)


@pytest.mark.parametrize("body, good", [
    # an intro that names no exemption: the lines are goods the rate covers
    ("Washington has put a 40% tariff on goods from Brazil.\n\n"
     "The goods hit hardest by the 40% tariff include:\n\nCoffee;\n\nBeef.", "coffee"),
    # the exemption is a partner's; the colon sentence lists goods the rate hits
    ("Washington has put a 40% tariff on goods from Brazil. Mexico is exempt from it.\n\n"
     "Canada is exempt from the 40% tariff. The Brazilian goods hit include:\n\nCoffee;\n\nBeef.", "coffee"),
    # an exemption only planned
    ("Washington has put a 40% tariff on goods from Brazil.\n\n"
     "Officials said the 40% tariff could exclude the following:\n\nCoffee;\n\nBeef.", "coffee"),
    # a category heading in capitals and the next section's heading are no items
    ("Washington has put a 40% tariff on goods from Brazil.\n\n"
     "The products exempted from the 40% tariff include the following:\n\nFARM AND FOOD PRODUCTS\n\nBrazil nuts\n\n"
     "Cargo already on the water\n\n"
     "Shipments loaded before August 6 escape the charge if they are entered for consumption before October 5, the "
     "order says, and importers should keep their papers.", "food"),
])
def test_no_goods_lifted_without_an_exemption_intro(rules_only, body, good):
    facts = tariff_tuples(body, PUB)
    assert not any(f[2] == good and f[4] == "lifted" for f in facts), facts
    # the rate itself still applies
    assert any(f[2] is None and f[3] == 40.0 and f[4] == "in_force" for f in facts), facts


@pytest.mark.parametrize("body, goods, group", [
    # the exempted rate's clause closed by a colon: the list spells out the group ("a list of sectors")
    ("The US charges a 15% tariff on most goods from the European Union. A list of sectors is exempted from the 15% tariff "
     "from September 1: aircraft, generic drugs and cork.", ["aircraft", "generic drugs", "cork"], "sectors"),
    # a removal whose object is a group the colon spells out
    ("Washington charges a 40% duty on goods from Brazil. The order removes the additional 40% duty from a range of "
     "Brazilian farm imports: coffee, tea, bananas and beef.", ["coffee", "tea", "bananas", "beef"], None),
])
def test_colon_list_after_an_exempted_rate_is_lifted(rules_only, body, goods, group):
    facts = tariff_tuples(body, PUB)
    for good in goods:
        assert any(f[2] == good and f[4] == "lifted" for f in facts), (good, facts)
    if group:
        assert not any(f[2] == group for f in facts), facts


def test_colon_list_of_goods_a_rate_covers_is_not_lifted(rules_only):
    # no exemption in the rate's clause: the goods after the colon are what the rate hits
    body = ("Washington has put a 40% tariff on a range of Brazilian farm imports: coffee, tea, bananas and beef.")
    facts = tariff_tuples(body, PUB)
    assert not any(f[4] == "lifted" for f in facts), facts
