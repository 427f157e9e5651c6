"""Round 34 (xunreported34): two forms of a labelled rate the reader reported no fact with at all.
(1) A bare figure after a paying verb in a sentence whose tariff noun belongs to another figure -- "Canadian goods that
do not qualify face a 35 per cent U.S. tariff, and Canadian steel and aluminum are charged 50 per cent" (dev d350),
"Kitchen cabinets and bathroom vanities will face a 50% tariff, and upholstered furniture will be charged 30%" (d404):
round 25 read "pays / is charged / faces N%" only in a sentence with no tariff noun.  (2) A gapped rate whose left-out
subject is a noun phrase, not a short name -- "Upholstered furniture will then pay 30%, and wooden cabinets and vanities
50%" (d1239), "one manufacturer pays 7.8 percent, another 17 percent" (d230).  Guards: a figure with a noun after it
("are charged 5% more") and a coordinated figure with a verb of its own ("and imports fell 10%") stay unread."""
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


def test_gapped_rate_with_a_goods_subject(rules_only):
    body = ("Furniture duties rise in January\n\n"
            "Washington imposed a 25% tariff on kitchen cabinets on Tuesday. On January 1, upholstered furniture "
            "will then pay 30%, and kitchen cabinets and vanities 50%.")
    got = _facts(body)
    assert any(f[2] == "vanities" and f[3] == 50.0 for f in got)
    assert any(f[2] == "kitchen cabinets" and f[3] == 50.0 for f in got)


def test_figures_that_are_no_bare_rate_stay_unread(rules_only):
    body = ("Tariffs bite\n\n"
            "Washington imposed a 25% tariff on Canadian steel on Tuesday, and imports fell 10% within a week, "
            "while buyers now pay 5% more for cars, dealers said.")
    got = _facts(body)
    assert not {f for f in got if f[3] in (10.0, 5.0)}
