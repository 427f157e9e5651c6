"""Round 21 (xproduct21): goods a tariff punishes the target for buying are its reason, not its goods.

LABELING.md: product null when the rate covers all goods of the target.  A secondary tariff "on India for buying
Russian oil" is on all Indian goods; the oil is what India bought (dev labels d531, d731 and d176, three writer
batches, give it product null)."""
from __future__ import annotations

from datetime import date

from inline import tariff_tuples

PUBLISHED = date(2025, 9, 1)


def test_goods_bought_are_the_reason_not_the_goods_of_the_rate():
    got = tariff_tuples("The US had placed a 25 per cent tariff on India for buying Russian oil.", PUBLISHED)
    assert ("USA", "IND", None, 25.0, "in_force") in got
    assert not any(g[2] == "oil" for g in got)


def test_a_purchases_reason_leaves_the_rate_on_all_goods():
    got = tariff_tuples("Washington imposed an extra 25% tariff on India for its purchases of Russian crude.", PUBLISHED)
    assert {g[2] for g in got if g[3] == 25.0} == {None}


def test_goods_named_before_the_reason_stay_the_goods_of_the_rate():
    got = tariff_tuples("The US put a 25% tariff on Indian steel for buying Russian oil.", PUBLISHED)
    assert {g[2] for g in got if g[3] == 25.0} == {"steel"}
