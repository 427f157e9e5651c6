"""Round 21 (xproduct21): a goods word inside a company's name is not the goods of the company's rate.

LABELING.md (round 9): company-specific margins are rates of the measure, with the measure's goods.  In prose
("Bengang Steel Plates Co Ltd will now pay 42.08 per cent", "Hyundai Steel Company will pay 11.55 per cent") the
"Steel" of the payer's name gave the product "steel"; the dev labels give the story's goods (d138, d147, d605, d985:
three writer batches)."""
from __future__ import annotations

from datetime import date

from inline import tariff_tuples

PUBLISHED = date(2025, 9, 1)
STORY = ("Malaysia revises anti-dumping duties on cold rolled coils\n\n"
         "Malaysia's trade ministry has revised the anti-dumping duties on cold rolled coils from China and South Korea.\n\n")


def test_steel_of_a_company_name_is_not_the_goods():
    got = tariff_tuples(STORY + "For Chinese producers, Bengang Steel Plates Co Ltd will now pay 42.08 per cent.\n\n"
                        "Among South Korean producers, Hyundai Steel Company will pay 11.55 per cent.", PUBLISHED)
    assert {(g[1], g[2], g[3]) for g in got} == {("CHN", "cold rolled coils", 42.08), ("KOR", "cold rolled coils", 11.55)}


def test_a_capitalised_goods_word_without_a_company_word_stays_the_goods():
    got = tariff_tuples("Chinese Steel will pay a 25% duty from next month, the ministry said.", PUBLISHED)
    assert {g[2] for g in got if g[3] == 25.0} == {"steel"}
