"""Round 41 (xproductnull41): a rate whose own goods phrase is a bare pronoun ("the 2.5% duty that applied to them",
"a 6.1 per cent tariff applied to them", "the US tariff on them from 27.5% to 10%") is a rate on the pronoun's
antecedent: the goods its sentence names before it, else the goods of the previous sentence's subject.  A country
the pronoun stands for ("the levy Washington imposed on it") gives no goods (all its goods, product null).  The
stories run the rules alone.
"""
from __future__ import annotations

from inline import rate_products as products


def test_the_goods_named_before_the_pronoun(rules_only):
    body = ("Canada opens to Chinese EVs\n\nUnder the arrangement, Canada will let up to 49,000 Chinese-built electric "
            "vehicles into the country each year, with a 6.1 per cent tariff applied to them.")
    assert products(body) == {("electric vehicles", 6.1)}


def test_a_pronoun_before_the_rate_and_the_imposer_beside_it(rules_only):
    body = ("UK car quota opens\n\nThe United States will open a quota of 100,000 units covering all UK car exports "
            "to the US, cutting the US tariff on them from 27.5% to 10%.")
    assert {p for p, _ in products(body)} == {"cars"}


def test_the_previous_sentence_names_the_goods(rules_only):
    body = ('Carney hits back\n\n"A very significant portion of the American importation of aluminum comes from '
            'Canada. They\'ve added a 50 per cent tariff on it," he said.')
    assert products(body) == {("aluminum", 50.0)}


def test_a_country_the_pronoun_stands_for_gives_no_goods(rules_only):
    body = ("Mexico hit again\n\nMexico, a big steel producer, is furious. Washington has put a 25% tariff on it, "
            "officials said.")
    assert products(body) == {(None, 25.0)}
