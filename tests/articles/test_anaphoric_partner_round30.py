"""Round 30 (xtvparty30): a flow's counterpart named by a description that refers back to a country the text has just
named ("Turkish exports to the country", "farm exports to the Asian giant", "imported ... from the country", "its
surplus with its neighbour", "total trade between them") is that country: the figure has two parties (LABELING.md:
parties ordered as the flow), not the story's country alone."""
from __future__ import annotations

from datetime import date

from inline import parties_by_amount

PUB = date(2025, 4, 4)


def pairs(body: str) -> dict[float, frozenset]:
    return parties_by_amount(body, PUB)


def test_exports_to_the_country_named_before(values_rules_only):
    body = ("Turkey braces for US tariff fallout\n\n"
            "The US was Turkey's ninth-largest export market in 2024. Turkish exports to the country totaled "
            "$16.35 billion that year.")
    assert pairs(body)[16.35e9] == {"TUR", "USA"}


def test_exports_to_a_described_giant_under_its_heading(values_rules_only):
    body = ("Brazil's farm exports grow despite US tariffs\n\n"
            "Brazil's farm exports rose 1.7 percent to 155 billion dollars.\n\n"
            "China took up the slack\n\n"
            "Brazilian farm exports to the Asian giant rose 10 percent, reaching 52 billion dollars.")
    assert pairs(body)[52e9] == {"BRA", "CHN"}


def test_imports_from_the_country_of_the_sentence_before(values_rules_only):
    body = ("EU backs duties on Russian and Belarusian fertilizers\n\n"
            "Trade with Belarus is smaller. In 2023 the EU imported €92 million of agricultural products from "
            "the country.")
    assert pairs(body)[92e6] == {"EUU", "BLR"}


def test_a_surplus_with_its_neighbour(values_rules_only):
    body = ("Canada's export slide widens the trade gap\n\n"
            "Exports to the United States declined 3.4% to C$44.18 billion. Imports from the US also fell, by 1.4%. "
            "With both flows lower, Canada's trade surplus with its neighbour narrowed to C$6.43 billion.")
    assert pairs(body)[6.43e9] == {"CAN", "USA"}


def test_total_trade_between_them(values_rules_only):
    body = ("Trump's tariff lands on Morocco-US trade\n\n"
            "Morocco and the United States signed a free trade agreement in 2004. It gave a strong push to commerce "
            "between the two countries. Total trade between them has since grown from $1.3 billion in 2006 to "
            "$7.2 billion in 2024.")
    assert pairs(body)[7.2e9] == {"MAR", "USA"}


# guards: a pronoun owner of an earlier clause keeps the sentence's pair; goods brought "into the country" are the
# story's own imports; a world figure keeps one party
def test_its_imports_from_the_described_country_keep_the_sentence_pair(values_rules_only):
    body = ("China counters Canada's canola duties\n\n"
            "China's exports to Canada climbed 3 percent to USD46.4 billion, while its imports from the North American "
            "country grew 6.1 percent to USD46.6 billion.")
    assert pairs(body)[46.6e9] == {"CHN", "CAN"}


def test_the_country_as_the_flow_owner_is_unchanged(values_rules_only):
    body = ("Thailand's exports climb\n\n"
            "Thailand's exports rose 19 per cent to US$30.97 billion, the strongest increase since 2022, as shipments "
            "to the United States jumped. Overall the country's total exports reached US$300 billion last year.")
    assert pairs(body)[300e9] == {"THA"}


def test_a_demonym_flow_sent_there(values_rules_only):
    body = ("Thailand joins top ten in trade surplus with America\n\n"
            "The US is Thailand's largest export destination. Thai shipments there were worth $54.95 billion in 2024, "
            "making up 18 percent of the country's total exports.")
    assert pairs(body)[54.95e9] == {"THA", "USA"}


def test_a_demonym_flow_without_there_keeps_one_party(values_rules_only):
    body = ("Thailand's exports climb\n\n"
            "The US is Thailand's largest export destination. Thai shipments were worth $300 billion in 2024, a record.")
    assert pairs(body)[300e9] == {"THA"}
