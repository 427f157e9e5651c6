"""Round 33 (xtvparties33): a flow whose counterpart is a group of countries with no code of its own -- a region or
bloc ("exports to ASEAN", "a trade surplus with Africa"), or countries named as a set ("trade with the countries of the
Belt and Road Initiative", "shipments to European countries outside the bloc") -- keeps its owner as its only party
(LABELING.md round 14: "a flow with a bloc that has no code keeps the reporter as its only party"), not a country the
sentence names elsewhere."""
from __future__ import annotations

from datetime import date

from inline import parties_by_amount

PUB = date(2025, 8, 8)


def pairs(body: str) -> dict[float, frozenset]:
    return parties_by_amount(body, PUB)


def test_a_surplus_with_africa_is_the_owners_alone(values_rules_only):
    body = ("Trade digest\n\n"
            "China has run up a $60 billion trade surplus with Africa so far in 2025, close to surpassing its total "
            "for the whole of last year, as Chinese exporters look for markets beyond the United States.")
    assert pairs(body)[60e9] == {"CHN"}


def test_shipments_to_european_countries_outside_the_bloc(values_rules_only):
    body = ("Korea's auto exports to US fall 15 percent\n\n"
            "South Korea's car exports to the United States fell 15 percent in July. Exports to the European Union "
            "jumped 54 percent to $790 million, and shipments to European countries outside the bloc grew 73.2 "
            "percent to $550 million.")
    got = pairs(body)
    assert got[550e6] == {"KOR"}
    assert got[790e6] == {"KOR", "EUU"}


def test_trade_with_the_countries_of_an_initiative(values_rules_only):
    body = ("China's foreign trade grows in first half\n\n"
            "China's foreign trade rose 2.9 percent in the first half of 2025. Trade with the European Union, South "
            "Korea and Japan also increased. Trade with the countries of the Belt and Road Initiative rose 4.7 "
            "percent to 11.29 trillion yuan.")
    assert pairs(body)[11.29e12] == {"CHN"}


# guard: a group beside a country counterpart in the same stretch names no world-like flow; the country is the partner
def test_a_group_beside_a_named_partner_keeps_the_pair(values_rules_only):
    body = ("Vietnam's exports climb\n\n"
            "Vietnam's exports to Asia and the United States rose 12 percent to $98 billion in the first half of 2025.")
    assert pairs(body)[98e9] == {"VNM", "USA"}
