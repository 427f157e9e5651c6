"""Round 29 (xtvparty29): a country as the subject of a taking verb before an export amount ("The US took 35% of that,
or $2.8 billion", "The European Union was next, taking USD 7.1 billion") is the figure's market; the story's country
is the exporter the text leaves implicit (LABELING.md: "the story's country is the reporter")."""
from __future__ import annotations

from datetime import date

from inline import parties_by_amount

PUB = date(2025, 9, 26)


def pairs(body: str) -> dict[float, frozenset]:
    return parties_by_amount(body, PUB)


def test_the_us_took_a_share_worth_an_amount(values_rules_only):
    body = ("Indian seafood exporters count the cost of US tariffs\n\n"
            "India's seafood exports reached $7.4 billion last year. The US took 35% of that, or $2.8 billion.")
    assert pairs(body)[2.8e9] == {"IND", "USA"}


def test_a_market_ranked_next_taking_an_amount(values_rules_only):
    body = ("India's smartphone shipments: the rival data sets\n\n"
            "Indian smartphone makers shipped $24 billion of handsets abroad in fiscal 2025, with the US the largest "
            "destination. The European Union was next, taking USD 7.1 billion, or 29.5%.")
    assert pairs(body)[7.1e9] == {"IND", "EUU"}


# guards: a taker whose goods the clause says came from elsewhere, and a taker's own world figure, keep one party
def test_a_taker_buying_from_abroad_keeps_its_own_figure(values_rules_only):
    body = ("EU car exports in Trump's sights\n\n"
            "The US bought USD 219.5bn worth of cars from abroad in 2024.")
    assert pairs(body)[219.5e9] == {"USA"}


def test_the_story_country_as_taker_is_unchanged(values_rules_only):
    body = ("India's crude imports from Russia climb\n\n"
            "India bought $52 billion of Russian crude last year.")
    assert pairs(body)[52e9] == {"IND", "RUS"}
