"""Round 29 (xtvflow29): rows of a list with no trade word ("Textiles and clothing: $10.3 billion") under an intro line
("The export lines expected to feel the tariff, with the value of what they ship to the US, include:") break down the
figure stated before the intro, as a row right under a figure does: its kind, parties and period.  The intro must name
the figure's kind (a measure's coverage is the imports it reaches) or, naming none, follow the figure within two
sentences.  On the base (802f945) such rows are no trade value at all: the figure is more than two sentences up."""
from __future__ import annotations

from datetime import date

from inline import values_by_amount

PUB = date(2025, 8, 1)


def facts(body: str) -> dict[float, dict]:
    return values_by_amount(body, PUB)


def test_rows_under_an_export_intro_are_the_exports_before(values_rules_only):
    body = ("The United States imposed a 25% tariff on goods from India, a move that could hit around half of the "
            "country's $86-billion exports to the American market.\n\n"
            "The meetings come as the government tries to gauge the damage.\n\n"
            "Which sectors are most exposed\n\n"
            "The export lines expected to feel the tariff, with the value of what they ship to the US, include:\n\n"
            "Textiles and clothing: $10.3 billion\n\nGems and jewellery: $12 billion\n\nChemicals: $2.34 billion")
    f = facts(body)
    for value in (10.3e9, 12e9, 2.34e9):
        assert f[value]["kind"] == "exports"
        assert sorted(f[value]["parties"]) == ["IND", "USA"]
        assert f[value]["year"] is None


def test_rows_of_import_values_under_a_measure_are_its_coverage(values_rules_only):
    body = ("Canada's first round of counter-tariffs covers about C$30 billion worth of U.S. goods.\n\n"
            "Senior officials say the items were picked with a strategy in mind.\n\n"
            "The annual import values were given by the senior official:\n\n"
            "Cosmetics and body care: C$3.5 billion\n\nTires: C$2 billion\n\nCoffee: C$714 million")
    f = facts(body)
    for value in (3.5e9, 2e9, 714e6):
        assert f[value]["kind"] == "countermeasure_coverage"
        assert sorted(f[value]["parties"]) == ["CAN", "USA"]


def test_guard_rows_naming_a_country_are_no_part_of_the_figure(values_rules_only):
    """A breakdown by partner ("Ireland: -$18.22 billion") is not the China deficit before it."""
    body = ("In September 2024, the US goods deficit with China stood at $31.8 billion.\n\n"
            "Largest US goods deficits, September 2025\n\nIreland: -$18.22 billion\n\nMexico: -$17.38 billion")
    f = facts(body)
    # round 31 (xtvlist31, country_row): such rows are now read as their own pairs ([USA, MEX], as d1103's labels),
    # still never as the China figure before them
    assert all(set(f[v]["parties"]) != {"USA", "CHN"} for v in (18.22e9, 17.38e9) if v in f)


def test_guard_an_intro_of_another_kind_starts_other_figures(values_rules_only):
    """"Trade in 2024:" over "Total volume: USD 13 billion" is no part of the exports figure before."""
    body = ("Thai exports to the US reached USD 63.3 billion last year.\n\nCambodia\n\nTrade in 2024:\n\n"
            "Total volume: USD 13 billion\n\nAnnounced tariff: 49 %")
    assert 13e9 not in facts(body)
