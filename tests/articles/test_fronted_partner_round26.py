"""Round 26: a sentence that opens with "With <country>," names the partner of the flow or balance its main clause
states ("With the United States, Japan posted a trade surplus of ...", "With China, by contrast, Israel ran a goods
trade deficit of ..."); the reporter is the country the main clause names before the amount, else the story's."""
from __future__ import annotations

from datetime import date

from inline import parties_by_amount

PUB = date(2025, 9, 1)


def pairs(body: str) -> dict[float, frozenset]:
    return parties_by_amount(body, PUB)


def test_a_fronted_partner_names_the_partner_of_a_posted_surplus(values_rules_only):
    body = ("Japan's trade deficit widened in August as exports climbed. "
            "With the United States, Japan posted a trade surplus of nearly 477 billion yen ($3 billion), as its "
            "exports of cars rose by 8 per cent.")
    got = pairs(body)
    assert got[477e9] == {"JPN", "USA"} and got[3e9] == {"JPN", "USA"}


def test_a_fronted_partner_with_an_adverb_before_the_main_clause(values_rules_only):
    body = ("Israel's surplus with the US shrank last year, official data show. "
            "With China, by contrast, Israel ran a goods trade deficit of $10.8 billion in 2024.")
    assert pairs(body)[10.8e9] == {"ISR", "CHN"}


def test_a_fronted_partner_then_a_second_clause_with_its_own_partner(values_rules_only):
    body = ("Thai exports jumped in May as buyers raced US tariffs. "
            "With the United States, Thailand ran a surplus of $4.6 billion in May, while its trade with China "
            "showed a deficit of $4.1 billion.")
    got = pairs(body)
    assert got[4.6e9] == {"THA", "USA"} and got[4.1e9] == {"THA", "CHN"}


def test_the_main_clause_subject_is_the_reporter_after_an_appositive(values_rules_only):
    body = ("China's goods gap with the US fell behind Mexico's in September. "
            "With Vietnam, a base for Chinese and other multinational companies, the US ran a $16.6 billion deficit.")
    assert pairs(body)[16.6e9] == {"USA", "VNM"}


# guards: the readings that were right stay right
def test_a_fronted_partner_and_a_bare_surplus_keep_the_story_country(values_rules_only):
    body = ("Brazil's exports to the US fell 25.5% in January. "
            "With Argentina, the surplus was US$150 million, despite a 19.9% contraction in bilateral trade.")
    assert pairs(body)[150e6] == {"BRA", "ARG"}


def test_a_fronted_circumstance_is_no_partner(values_rules_only):
    body = ("India's rice is largely insulated from the American duties. "
            "With domestic stocks abundant, India exported rice worth $9.2 billion to the world last year.")
    assert pairs(body)[9.2e9] == {"IND"}
