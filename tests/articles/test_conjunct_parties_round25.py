"""Round 25: a further amount of a sentence that restates the amount before for one other country ("..., ahead of
Mexico at $157.2 billion", "... and C$4.9 billion to China", "those to China dropped to US$9.3 billion") takes the
pair of the amount before with that country in the place of the party of the same role; a breakdown naming the other
direction of trade than the figure before ("Imports came mainly from China ($10.3 billion), ...") is no part of it."""
from __future__ import annotations

from datetime import date

from inline import parties_by_amount, trade_values

PUB = date(2025, 9, 1)


def pairs(body: str) -> dict[float, frozenset]:
    return parties_by_amount(body, PUB)


def test_a_ranked_country_takes_the_place_of_the_balance_owner(values_rules_only):
    body = ("Thailand's surplus with the United States reached $45.6 billion in 2024. "
            "For comparison, China's surplus with the United States over the same period stood at $270.4 billion, "
            "ahead of Mexico at $157.2 billion and Vietnam at $113.1 billion.")
    got = pairs(body)
    assert got[157.2e9] == {"MEX", "USA"} and got[113.1e9] == {"VNM", "USA"}


def test_a_second_destination_after_the_amount_replaces_the_partner(values_rules_only):
    body = ("China's tariffs hit Canadian canola growers. "
            "In 2024, Canada sold C$7.7 billion worth of canola products to the U.S. and C$4.9 billion to China.")
    got = pairs(body)
    assert got[7.7e9] == {"CAN", "USA"} and got[4.9e9] == {"CAN", "CHN"}


def test_the_story_country_stays_when_a_rival_market_is_ranked(values_rules_only):
    body = ("Chile's copper exports face a US tariff. "
            "Chile's copper shipments to the U.S. were worth $5.8 billion last year, ahead of Japan, at $5.3 billion, "
            "and South Korea, at $2.8 billion.")
    got = pairs(body)
    assert got[5.3e9] == {"CHL", "JPN"} and got[2.8e9] == {"CHL", "KOR"}


def test_those_to_another_country_replace_the_counterpart(values_rules_only):
    body = ("Mexico's exports to the US rose in July. "
            "Mexico's imports from the United States rose 1.0% to US$28.991 billion, while U.S. exports to Canada fell "
            "6.1% to US$26.097 billion and those to China dropped 13.7% to US$9.298 billion.")
    got = pairs(body)
    assert got[26.097e9] == {"USA", "CAN"} and got[9.298e9] == {"USA", "CHN"}


def test_import_sources_after_export_destinations_are_imports_of_the_story_country(values_rules_only):
    body = ("India's trade deficit eased in November.\n\n"
            "India's top export destinations in November 2025 were the United States ($6.98 billion), the United Arab "
            "Emirates ($3.38 billion), China ($2.20 billion), the UK ($1.11 billion) and the Netherlands ($1.01 billion)."
            "\n\nImports came mainly from China ($10.28 billion), the US ($5.26 billion), Russia ($4.85 billion) and "
            "Singapore ($2.09 billion).")
    got = {v["value"]: (frozenset(v["parties"]), v["kind"]) for v in trade_values(body, PUB)}
    assert got[10.28e9] == ({"IND", "CHN"}, "imports") and got[2.09e9] == ({"IND", "SGP"}, "imports")


# guards: the readings that were right stay right
def test_a_second_flow_with_its_own_counterpart_keeps_the_story_country(values_rules_only):
    body = ("Korea's exports rose in November. By destination, exports to the United States slipped 0.2 percent to "
            "$10.35 billion, while shipments to China climbed 6.9 percent to $12.07 billion.")
    got = pairs(body)
    assert got[10.35e9] == {"KOR", "USA"} and got[12.07e9] == {"KOR", "CHN"}


def test_a_conversion_and_a_partner_named_later_in_the_sentence_change_nothing(values_rules_only):
    body = ("The EU pledged purchases from the US. The EU committed to buy American liquefied natural gas worth "
            "750 billion dollars, roughly 642 billion euros, with the aim of replacing gas that used to come from Russia.")
    assert all(p == {"EUU", "USA"} for p in pairs(body).values())


def test_a_bilateral_total_then_another_pair_keeps_its_own_reading(values_rules_only):
    body = ("Mexico held first place among US partners. Trade between the United States and Canada reached "
            "370 billion USD, a 13% share, while US trade with China came to 223.5 billion USD, or 7.9%.")
    got = pairs(body)
    assert got[370e9] == {"USA", "CAN"} and got[223.5e9] == {"USA", "CHN"}
