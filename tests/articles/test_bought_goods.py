"""Round 22b (xgoods22b): goods a country buys are the reason of a secondary tariff, not its goods.

LABELING.md: product null when the rate covers all goods of the target. Round 21 read "for buying Russian oil"; the
writers also say "secondary tariffs on buyers of Russian oil" (d1169), "if India resumes buying Russian crude",
"India's energy purchases" (d1351), "as punishment for New Delhi's continued purchases of Russian crude" (d488)."""
from __future__ import annotations

from datetime import date

from inline import tariff_tuples

PUBLISHED = date(2025, 9, 1)


def test_buyers_of_oil_are_no_goods_of_the_rate():
    got = tariff_tuples("Bessent said the Senate would move legislation for 100% secondary tariffs on buyers of "
                        "Russian oil.", PUBLISHED)
    assert {g[2] for g in got if g[3] == 100.0} == {None}


def test_goods_bought_after_the_rate_are_its_reason():
    got = tariff_tuples("US officials may recommend that the 25 per cent tariff on Indian goods be imposed again if "
                        "India resumes buying Russian crude.", PUBLISHED)
    assert got and {g[2] for g in got if g[3] == 25.0} == {None}


def test_continued_purchases_leave_the_stacked_rate_on_all_goods():
    got = tariff_tuples("Trump imposed a further 25 per cent duty on Indian goods as punishment for New Delhi's "
                        "continued purchases of Russian crude, a step that doubles the levy to 50 per cent.", PUBLISHED)
    assert ("USA", "IND", None, 50.0, "in_force") in got
    assert not any(g[2] == "crude" for g in got)


def test_goods_the_rate_is_on_stay_beside_buyers():
    got = tariff_tuples("China imposed a 25% tariff on US soybeans, and buyers of soybeans turned to Brazil.", PUBLISHED)
    assert ("CHN", "USA", "soybeans", 25.0, "in_force") in got
