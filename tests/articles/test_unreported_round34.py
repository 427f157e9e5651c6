"""Round 34 (xunreported34): a labelled rate the reader reported no fact with at all -- a bare figure after a paying
verb in a sentence whose tariff noun belongs to another figure: "Canadian goods that do not qualify face a 35 per
cent U.S. tariff, and Canadian steel and aluminum are charged 50 per cent" (dev d350), "Kitchen cabinets and bathroom
vanities will face a 50% tariff, and upholstered furniture will be charged 30%" (d404).  Round 25 read "pays / is
charged / faces N%" only in a sentence with no tariff noun; there only a present or future payment is read.  Guards: a
figure with a noun after it ("pay 5% more"), a figure with a verb of its own ("and imports fell 10%") and a past
payment beside the tariff ("Japanese and EU vehicles paid 2.5%", d2226) stay unread."""
from __future__ import annotations

from datetime import date

from inline import tariff_tuples

PUBLISHED = date(2025, 10, 10)


def _facts(body: str) -> set[tuple]:
    return tariff_tuples(body, PUBLISHED)


def test_paying_verb_in_a_tariff_noun_sentence(rules_only):
    body = ("Canada's exporters count the cost\n\n"
            "Canadian goods that do not qualify under the agreement face a 35 per cent U.S. tariff, and Canadian "
            "steel and aluminum are charged 50 per cent.")
    got = _facts(body)
    assert ("USA", "CAN", "steel", 50.0, "in_force") in got
    assert ("USA", "CAN", "aluminum", 50.0, "in_force") in got


def test_paying_verb_coordinated_after_a_tariff_clause(rules_only):
    body = ("Trump widens furniture duties\n\n"
            "Kitchen cabinets and bathroom vanities will face a 50% tariff from October 1, and upholstered furniture "
            "will be charged 30%, he said.")
    got = _facts(body)
    assert ("USA", None, "upholstered furniture", 30.0, "announced") in got


def test_figures_that_are_no_bare_rate_stay_unread(rules_only):
    body = ("Tariffs bite\n\n"
            "Washington imposed a 25% tariff on Canadian steel on Tuesday, and imports fell 10% within a week, "
            "while buyers now pay 5% more for cars, dealers said.")
    got = _facts(body)
    assert not {f for f in got if f[3] in (10.0, 5.0)}


def test_past_payment_beside_a_tariff_noun_stays_unread(rules_only):
    body = ("Korea gets its 15% car tariff\n\n"
            "Korean cars will face a 15% tariff from November 1. Until now, Korean cars entered the U.S. duty-free, "
            "while Japanese and EU vehicles paid 2.5%.")
    assert not {f for f in _facts(body) if f[3] == 2.5}
