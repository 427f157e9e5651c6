"""Round 30 (xtvparty30): a country's exports or imports told as one side of the two-way total just stated ("Two-way
trade between the countries was worth $131.8 billion ..., of which Indian exports accounted for $86.5 billion";
"Bilateral trade between India and the US came to $131.8 billion in 2024-25. India's exports were worth $86.5
billion and its imports $45.3 billion") are that pair's flows, not the country's flows with the world."""
from __future__ import annotations

from datetime import date

from inline import parties_by_amount

PUB = date(2025, 8, 1)


def pairs(body: str) -> dict[float, frozenset]:
    return parties_by_amount(body, PUB)


def test_of_which_the_country_exports(values_rules_only):
    body = ("India weighs its options on US tariffs\n\n"
            "Two-way trade between the countries was worth $131.8 billion in the 2024-25 fiscal year, of which Indian "
            "exports accounted for $86.5 billion.")
    assert pairs(body)[86.5e9] == {"IND", "USA"}


def test_the_sides_in_the_sentence_after_the_total(values_rules_only):
    body = ("Goyal to meet exporters over US tariff\n\n"
            "Bilateral trade between India and the US came to $131.8 billion in 2024-25. India's exports were worth "
            "$86.5 billion and its imports $45.3 billion.")
    got = pairs(body)
    assert got[86.5e9] == {"IND", "USA"} and got[45.3e9] == {"IND", "USA"}


def test_with_the_country_exports_at(values_rules_only):
    body = ("India and the US resume trade talks\n\n"
            "In 2024-25, bilateral trade between India and the US reached USD 186 billion, with India's exports at "
            "USD 86.5 billion and its imports at USD 45.3 billion.")
    assert pairs(body)[86.5e9] == {"IND", "USA"}


# guards: a world figure after a bilateral total, and a sentence naming a third country, keep their own reading
def test_total_exports_after_a_bilateral_total_keep_one_party(values_rules_only):
    body = ("India and the US resume trade talks\n\n"
            "Bilateral trade between India and the US came to $131.8 billion in 2024-25. India's total exports were "
            "worth $437 billion.")
    assert pairs(body)[437e9] == {"IND"}


def test_a_figure_two_sentences_later_keeps_one_party(values_rules_only):
    body = ("India and the US resume trade talks\n\n"
            "Bilateral trade between India and the US came to $131.8 billion in 2024-25. Talks resume next week in "
            "New Delhi. India's exports were worth $437 billion last year.")
    assert pairs(body)[437e9] == {"IND"}
