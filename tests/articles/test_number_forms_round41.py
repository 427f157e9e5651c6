"""Round 41 (xtvforms41): amounts written in number forms the money reader did not read -- thousands grouped by a
space as statistics offices write them ("€2 937.9 bn", "R1 519.02 billion"), a "b" glued to the number for billions
("$16.7b") and the Kenyan shilling with a dot ("Ksh.95.3 billion").  A space-grouped number is read only after a
currency sign and before a multiplier, so two numbers of a list ("June 2025 218.6") stay apart.  The stories run the
trade-value rules alone."""
from __future__ import annotations

from datetime import date

from inline import values_by_amount

from tariffscope.articles.money import find_money


def test_thousands_grouped_by_a_space_after_a_currency(values_rules_only):
    body = ("Euro area goods exports rose last year, Eurostat said.\n\nEuro area goods exports to the rest of the "
            "world grew to €2 937.9 bn in 2025, while imports rose to €2 773.3 bn.\n\nIn South Africa, cumulative "
            "exports for the year reached R1 519.02 billion in 2022, SARS said.")
    got = values_by_amount(body, date(2026, 2, 16))
    assert got[2.9379e12]["currency"] == "EUR" and got[2.9379e12]["kind"] == "exports"
    assert got[2.7733e12]["kind"] == "imports"
    assert got[1.51902e12]["currency"] == "ZAR"


def test_a_glued_b_and_the_shilling_with_a_dot(values_rules_only):
    body = ("Kenya's trade with the United States grew in 2024.\n\nKenya sold goods worth $737.3 million (Ksh.95.3 "
            "billion) to the United States in 2024.\n\nSouth Korea's exports reached US$700b in 2025, the trade "
            "ministry said.")
    got = values_by_amount(body, date(2025, 4, 8))
    assert got[9.53e10]["currency"] == "KES"
    assert got[7e11]["currency"] == "USD" and got[7e11]["kind"] == "exports"


def test_numbers_of_a_list_spaced_without_a_multiplier_stay_apart():
    got = [(m.value, m.currency) for m in find_money("Intra-euro area trade: June 2024 €214.9; June 2025 218.6; "
                                                     "the plant employs $1 500 workers")]
    assert (214.9, "EUR") in got and (1.0, "USD") in got
    assert not [v for v, _ in got if v > 1e6]
