"""Round 26: a partner named as the taker of a share of a figure is no party of the whole: the object of the share
("The United States takes close to a fifth of India's 437.4 billion dollars in merchandise exports"), a relative clause
on the share's flow ("taking roughly 12% of Italy's agrifood exports, which overall could climb to 70 billion euros"),
and a figure a later part clause divides with a partner of its own ("..., of which $500mn goes to the US") are the
owner's flow with the world: one party.  The part keeps its partner; a whole that names its own counterpart keeps it."""
from __future__ import annotations

from datetime import date

from inline import parties_by_amount

PUB = date(2025, 9, 1)


def pairs(body: str) -> dict[float, frozenset]:
    return parties_by_amount(body, PUB)


def test_the_object_of_a_partners_share_is_a_world_figure(values_rules_only):
    body = ("New Delhi is moving to protect its exporters after the US tariff increase. "
            "The United States takes close to a fifth of India's 437.4 billion dollars in merchandise exports and has "
            "been the country's largest trading partner since 2022.")
    assert pairs(body)[437.4e9] == {"IND"}


def test_a_whole_in_a_relative_clause_on_the_shares_flow(values_rules_only):
    body = ("Italy's food exporters fear the 25% US duties. "
            "The United States is the second-largest outlet for the sector, taking roughly 12% of Italy's agrifood "
            "exports, which overall could climb to 70 billion euros in 2025.")
    assert pairs(body)[70e9] == {"ITA"}


def test_a_whole_divided_by_a_part_clause_with_its_partner(values_rules_only):
    body = ("South Africa's trade minister urged a pivot to new markets. "
            "South Africa exports $13.7bn of agricultural products every year, of which $500mn goes to the US.")
    got = pairs(body)
    assert got[13.7e9] == {"ZAF"} and got[500e6] == {"ZAF", "USA"}


def test_a_whole_whose_part_a_partner_supplied(values_rules_only):
    body = ("China closed its anti-dumping case on European pork. "
            "China bought $4.8 billion of pork from abroad in 2024, and the EU supplied more than half of that.")
    assert pairs(body)[4.8e9] == {"CHN"}


# guards: the readings that were right stay right
def test_a_whole_that_names_its_own_counterpart_keeps_it(values_rules_only):
    body = ("Swiss drugmakers brace for the 39% US tariff. "
            "The drug sector is central to the Swiss economy, accounting for almost half of the 65 billion Swiss "
            "francs of goods that Switzerland exported to the United States in 2024.")
    assert pairs(body)[65e9] == {"CHE", "USA"}


def test_a_bilateral_flow_with_a_goods_part_keeps_its_partner(values_rules_only):
    body = ("New Zealand's meat exporters face a 15% US tariff. "
            "New Zealand sold NZ$2.5 billion of meat to the United States in 2024, of which beef accounted for about "
            "NZ$1.8 billion.")
    assert pairs(body)[2.5e9] == {"NZL", "USA"}


def test_the_value_of_a_partners_share_keeps_the_partner(values_rules_only):
    body = ("Canadian canola growers face Chinese duties. "
            "China buys about a third of Canada's canola exports, shipments worth roughly C$5 billion a year, and a "
            "large share of that crop is grown in Saskatchewan.")
    assert pairs(body)[5e9] == {"CAN", "CHN"}


def test_a_back_reference_after_a_world_whole_keeps_its_partner(values_rules_only):
    body = ("Italy's food exporters fear the 25% US duties. "
            "The United States is the second-largest outlet for the sector, taking roughly 12% of Italy's agrifood "
            "exports, which overall could climb to 70 billion euros in 2025. "
            "Wine leads the list of best sellers across the Atlantic at 1.7 billion euros.")
    got = pairs(body)
    assert got[70e9] == {"ITA"} and got[1.7e9] == {"ITA", "USA"}
