"""Round 25b (xcoverage25b): a verb of coverage that governs an amount makes it the measure's coverage (LABELING.md
countermeasure_coverage, undated unless the period is stated) whatever names the measure -- a pronoun, "steps" -- and
whether it governs the amount itself ("cover roughly €26 billion") or the goods whose value the sentence gives later
("covers ... imports ..., goods worth around €380 million"). The neighbouring flows stay flows: goods with a verb of
their own ("make up a quarter of New Zealand's exports", "when those exports were worth"), and an investigation's scope
("The probe covered ...")."""
from __future__ import annotations

from datetime import date

import pytest
from inline import trade_values

PUBLISHED = date(2025, 4, 10)


def kinds(body: str) -> dict[float, tuple[str, int | None]]:
    return {v["value"]: (v["kind"], v["year"]) for v in trade_values(body, PUBLISHED)}


# ---- (1) the verb governs the amount itself, its subject no tariff noun (d982, d072, d422 forms)

@pytest.mark.parametrize("body, value", [
    ("The EU has delayed its countermeasures against the US steel tariffs. Both steps together cover roughly €26 billion "
     "($28 billion) of US exports, and both are now due to take effect on April 13.", 2.6e10),
    ("The EU put tariffs on American goods in 2019 over Boeing. They covered $7.5bn of European goods, with the UK, "
     "France, Germany and Spain hit hardest.", 7.5e9),
    ("Brussels has imposed final anti-dumping duties on a range of Chinese products this year. Taken together, they "
     "cover trade worth more than US$40 billion.", 4e10),
])
def test_a_verb_of_coverage_before_the_amount_reads_coverage(values_rules_only, body, value):
    assert kinds(body)[value] == ("countermeasure_coverage", None)


def test_the_conversion_follows_the_coverage(values_rules_only):
    body = ("The EU has delayed its countermeasures against the US steel tariffs. Both steps together cover roughly "
            "€26 billion ($28 billion) of US exports, and both are now due to take effect on April 13.")
    assert kinds(body)[2.8e10] == ("countermeasure_coverage", None)


# ---- (2) the verb governs the goods, whose value the sentence gives later (d131, d979 forms)

def test_goods_a_measure_covers_then_their_value(values_rules_only):
    body = ("The EU adopted new tariffs on Russian fertilisers and farm goods. The new measure covers the roughly 15% of "
            "Russian agricultural imports that had so far entered without extra charges, including meat, dairy products, "
            "fruit and vegetables, goods worth around €380 million in 2023.")
    assert kinds(body)[3.8e8] == ("countermeasure_coverage", 2023)


def test_goods_a_measure_applies_to_then_their_estimated_value(values_rules_only):
    body = ("Turkey imposed anti-dumping duties on hot-rolled steel from China. An industry head said the duties apply "
            "to close to 4 million tons of imports, with an estimated value of as much as $2.2 billion.")
    assert kinds(body)[2.2e9][0] == "countermeasure_coverage"


# ---- (3) guards: the neighbouring flows stay flows

def test_an_investigations_scope_is_no_coverage(values_rules_only):
    body = ("The Commerce Department's Section 232 probe looked at chips. The probe covered close to $400 billion of "
            "imports, yet the first tariffs the administration has chosen are far narrower than that.")
    assert kinds(body)[4e11][0] == "imports"


def test_goods_covered_with_a_verb_of_their_own_stay_exports(values_rules_only):
    body = ("New Zealand's beef and dairy face the new US tariff. The meat and other farm goods covered make up a quarter "
            "of New Zealand's exports to the United States, with a value of around NZ$2.21 billion a year.")
    assert kinds(body)[2.21e9][0] == "exports"


def test_goods_a_clause_of_their_own_calls_exports_stay_exports(values_rules_only):
    body = ("The quota covers 100,000 British cars a year, roughly the number British plants sold to American buyers in "
            "2024, when those exports were worth $12.4 billion.")
    assert kinds(body)[1.24e10][0] == "exports"


def test_a_measures_coverage_named_with_its_tariff_noun_stays_coverage(values_rules_only):
    body = "Canada's first round of counter-tariffs covers about C$30 billion worth of U.S. goods."
    assert kinds(body)[3e10][0] == "countermeasure_coverage"
