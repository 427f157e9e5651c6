"""Round 42 (xtargets42): the payer named as the subject of the rate's paying verb outranks the default imposer's market.

"China, a leading source of US imports, already pays a hefty 30% tariff" (dev d3014), "With Washington aiming some of
its heaviest tariffs at China, which faces a 55% levy" (d2504), "Brazil, for example, is hit by a 50% duty, and its
share of US meat purchases slipped" (d919): both countries were cued as targets, the last one before the rate (the U.S.
of "US imports") was taken, and the real payer became the imposer -- both parties swapped.  The subject of the paying
verb is the payer; the default imposer's goods noun names the market the goods enter.  The guard: the default imposer's
own goods as the rate's object ("a 25% levy on US goods") still make it the target.
"""
from __future__ import annotations

from inline import tariff_tuples


def _parties(body: str, rate: float) -> set:
    return {(t[0], t[1]) for t in tariff_tuples(body) if t[3] == rate}


def test_appositive_payer_before_us_imports():
    body = ("Retailers are bracing for a costly holiday season. China, a leading source of US imports, already pays a "
            "hefty 30% tariff.")
    assert _parties(body, 30.0) == {("USA", "CHN")}


def test_relative_clause_payer_beside_washington():
    body = ("US clothing imports from Asia fell in May. With Washington aiming some of its heaviest tariffs at China, "
            "which faces a 55% levy, US clothing imports from China dropped to their lowest level in 22 years.")
    assert _parties(body, 55.0) == {("USA", "CHN")}


def test_passive_payer_across_a_parenthetical():
    body = ("Meat importers changed suppliers this year. Brazil, for example, is hit by a 50% duty, and its share of "
            "US meat purchases slipped to 6.1% from 7% a year earlier.")
    assert _parties(body, 50.0) == {("USA", "BRA")}


def test_us_goods_as_the_object_stay_the_target():
    body = ("Ottawa answered the steel tariffs within hours. Canada, which faces a 35% tariff, put a 25% levy on US "
            "goods worth C$30 billion.")
    assert ("CAN", "USA") in _parties(body, 25.0)
