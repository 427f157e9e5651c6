"""Round 29 (xtvparty29): a country that a relative clause of selling describes ("Pakistan, which shipped about $4.1
billion of apparel to the United States, ...", "ahead of Canada, whose exports to the United States came to ...",
"the runner-up, Japan, which shipped $4,866 million") is the exporter of the clause's amount, not the story's country;
the market is the counterpart the relative clause names, else the one the sentence names."""
from __future__ import annotations

from datetime import date

from inline import parties_by_amount

PUB = date(2025, 8, 20)


def pairs(body: str) -> dict[float, frozenset]:
    return parties_by_amount(body, PUB)


def test_a_rival_that_shipped_to_the_us_in_a_bangladesh_story(values_rules_only):
    body = ("Bangladesh, Pakistan, Sri Lanka get better US tariff rates than India\n\n"
            "Bangladesh breathed a sigh of relief after negotiating a 20 per cent tariff on its exports to the United "
            "States.\n\n"
            "SRI LANKA, PAKISTAN CAUTIOUS\n\n"
            "Pakistan, which shipped about $4.1 billion of apparel to the United States in the 2024 fiscal year, "
            "secured a 19 per cent rate, one point below Bangladesh's and six below India's.")
    assert pairs(body)[4.1e9] == {"PAK", "USA"}


def test_whose_exports_name_the_exporter(values_rules_only):
    body = ("Mexico stays first among US suppliers\n\n"
            "Mexico kept first place among suppliers to the US market in the first half, comfortably ahead of Canada, "
            "whose exports to the United States came to $198 billion.")
    assert pairs(body)[198e9] == {"CAN", "USA"}


def test_the_runner_up_takes_the_market_of_the_sentence(values_rules_only):
    body = ("US auto tariffs hit Mexico less than other suppliers\n\n"
            "Even after April's fall, Mexico's $13,197 million of automotive exports to the United States were more "
            "than twice those of the runner-up, Japan, which shipped $4,866 million.")
    got = pairs(body)
    assert got[4866e6] == {"JPN", "USA"} and got[13197e6] == {"MEX", "USA"}


# guards: the story's own country as the seller, and a seller with no market named, keep their reading
def test_the_story_country_as_the_seller_keeps_its_pair(values_rules_only):
    body = ("Irish exporters brace for US tariffs\n\n"
            "No EU economy relies more on the American market than Ireland, which sold €81.1 billion worth of goods to "
            "the United States in 2024.")
    assert pairs(body)[81.1e9] == {"IRL", "USA"}


def test_a_seller_with_no_market_named_keeps_the_rules_reading(values_rules_only):
    body = ("Vietnam's garment makers brace for tariffs\n\n"
            "Cambodia, which sold $9 billion of garments last year, faces the same questions.")
    assert pairs(body)[9e9] == {"KHM"}
