"""Round 23b (branch xprevgoods23b): a rate whose goods stand in the sentence before came out as all goods (null).

The reading: a rate sentence whose subject refers back to the measure before it -- a demonstrative or definite
measure noun with no goods of its own ("That figure includes ...", "Those US levies remain ...", "On June 4, the duty
was doubled ...") -- continues that measure, so its rates take the goods the antecedent measure named.  Where the
antecedent measure named no goods (a country's rate), the rate stays all goods.
"""
from __future__ import annotations

from datetime import date

import pytest
from inline import tariff_tuples

PUB = date(2025, 9, 1)


def products_at(body: str, rate: float) -> set:
    return {t[2] for t in tariff_tuples(body, PUB) if t[3] == rate}


@pytest.mark.parametrize("body, rate, want", [
    ("At present, Indian shrimp entering the US pays a total duty of 17.7 per cent. That figure includes a "
     "countervailing duty of 5.7 per cent and an anti-dumping duty of 1.8 per cent.", 5.7, {"shrimp"}),
    ("The US placed a 25% tariff on steel and aluminum imports in March. On June 4, the duty was doubled to 50% for "
     "most suppliers.", 50.0, {"steel", "aluminum"}),
    ("India imposed a 30 per cent duty on imports of yellow peas. According to the notification, the levy is made "
     "up of a 10 per cent basic customs duty and a 20 per cent cess.", 10.0, {"peas"}),
])
def test_a_back_referring_measure_takes_the_goods_before(rules_only, body, rate, want):
    assert products_at(body, rate) == want


@pytest.mark.parametrize("body, rate, want", [
    # the antecedent measure is a country's rate on all goods: the rate stays all goods
    ("Trump set a 20% tariff on goods from Vietnam in April. That rate was later cut to 15% under a deal.", 15.0, {None}),
    # a rate naming its own measure and goods is no back-reference
    ("The US imposed a 25% tariff on cars. The 10% tariff on all goods stays in place.", 10.0, {None}),
])
def test_no_goods_carried_where_the_measure_named_none(rules_only, body, rate, want):
    assert products_at(body, rate) == want
