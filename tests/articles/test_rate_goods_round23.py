"""Round 23 (branch xproduct23): a rate whose goods the text names came out as all goods (product null).

Readings of syntax, each seen in several writer batches of dev:
* the rate's relative clause without its pronoun (a contact clause): "the 25% tariff the United States charges on
  Korean cars", "the 15 percent tariff Beijing placed in April on U.S. fruit" -- the goods after its "on";
* the goods that pay the rate as the subject of a pay/face verb, followed by a participle of where they go: "Indian
  shrimp entering the US pays a total duty of 17.7 per cent" -- the goods are the words before the participle;
* a measure noun's relative clause before the rate: "the duty it charges on exports of parboiled rice to 10 percent".
"""
from __future__ import annotations

from datetime import date

import pytest
from inline import tariff_tuples

PUB = date(2025, 9, 1)


def products(body: str) -> set:
    return {t[2] for t in tariff_tuples(body, PUB)}


@pytest.mark.parametrize("body, want", [
    ("Hyundai warned of a blow. The main source of pressure is the 25% tariff the United States charges on Korean "
     "cars, which has pushed up costs.", {"cars"}),
    ("Korea's exports fell. Analysts pointed to the 25% tariff the administration of President Donald Trump charges "
     "on imported cars, as a key reason.", {"cars"}),
    ("India raised tariffs. That came on top of the 15 percent tariff Beijing placed in April on U.S. fruit, wine and "
     "certain tree nuts.", {"fruit", "wine", "tree nuts"}),
    ("The EU froze its package. The package was drawn up in answer to the 25% tariffs the United States placed on "
     "imports of steel and aluminium.", {"steel", "aluminium"}),
    ("The industry escaped the 200% tariff Trump had threatened to put on European wines.", {"wines"}),
])
def test_a_contact_clause_names_the_goods_of_its_rate(rules_only, body, want):
    assert products(body) == want


@pytest.mark.parametrize("body, want", [
    ("The US imposed tariffs on India in August. At present, Indian shrimp entering the US pays a total duty of "
     "17.7 per cent.", {"shrimp"}),
    ("The US raised tariffs on India. Besides the new tariffs, Indian shrimp shipped to the US already carries a "
     "5.77% countervailing duty imposed last year.", {"shrimp"}),
])
def test_the_paying_subject_ends_before_a_participle_of_where_it_goes(rules_only, body, want):
    assert products(body) == want


def test_a_capitalised_lexicon_good_pays_the_rate_of_its_relative_clause(rules_only):
    body = ("Canada responded. It comes on top of the 6.1 percent tariff that Chinese-built EVs currently pay when "
            "they enter Canada.")
    assert products(body) == {"electric vehicles"}


# guards: the neighbouring right readings stay right
def test_a_contact_clause_on_a_country_names_no_goods(rules_only):
    body = "Canada responded to China. It comes on top of the 6.1 percent tariff that Canada charges on goods from China."
    assert products(body) == {None}


def test_goods_exported_from_a_country_stay_all_goods(rules_only):
    body = "Washington raised its rate on India. Goods exported from India to the US will be charged a 50% tariff."
    assert products(body) == {None}


def test_the_contact_clause_needs_a_party_as_its_subject(rules_only):
    # "a 25% tariff on cars" is read by the rate's own "on" as before
    body = "Trump announced a 25% tariff on cars from Japan."
    assert products(body) == {"cars"}


@pytest.mark.parametrize("body, want", [
    ("India changed its rice rules. India has also cut the duty it charges on exports of parboiled rice to 10 percent "
     "from 20 percent.", {"parboiled rice"}),
    ("Indian shrimp exports fell. Until this point, the highest tariff the US charged on shrimp from India stood at "
     "around 8 per cent.", {"shrimp"}),
    ("French producers have been hurt by the tariffs that US President Donald Trump placed on European alcoholic "
     "drinks in 2025, set first at 10 percent and then raised to 15 percent.", {"alcoholic drinks"}),
    ("It comes on top of the 35% tariff that Mexico has applied since April 2024 to the footwear lines concerned.",
     {"footwear"}),
])
def test_a_measure_nouns_relative_clause_before_the_rate_names_its_goods(rules_only, body, want):
    assert products(body) == want


def test_a_relative_clause_before_the_rate_on_a_partners_goods_stays_all_goods(rules_only):
    body = "Canada responded to China. The tariff it charges on Chinese goods rose to 25 percent."
    assert products(body) == {None}
