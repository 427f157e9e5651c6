"""Round 47 (xproductpp47): a tariff's goods take the words the text uses (LABELING.md: "the goods as a short lowercase
plural noun phrase the text uses"). "computer chips" and "microchips" are no longer renamed "semiconductors": the dev
labels give the rate's own words (5 of 5). The word "semiconductors" itself stays, and "medicines" is still read as
"pharmaceuticals" (its labels split 7 to 5; left). The stories run the rules alone.
"""
from __future__ import annotations

from inline import rate_products as products


def test_computer_chips_stay_as_written(rules_only):
    body = ("Trump floats chip levy\n\nPresident Donald Trump says he will impose a 25% tariff on computer chips "
            "imported from the European Union, measures he first floated last month.")
    assert ("computer chips", 25.0) in products(body)
    assert ("semiconductors", 25.0) not in products(body)


def test_microchips_exempted_stay_as_written(rules_only):
    body = ("Beijing eases its trade war\n\nChina later exempted pharmaceuticals, microchips and aircraft engines "
            "from its 125% tariffs on American goods, officials said.")
    assert ("microchips", 125.0) in products(body)


def test_semiconductors_keep_their_own_word(rules_only):
    body = ("Chip tariff looms\n\nWashington will charge a 100% tariff on semiconductors from January, the commerce "
            "secretary said on Friday.")
    assert products(body) == {("semiconductors", 100.0)}
