"""Round 30 (branch xproductref30): a rate whose own clause names no goods but refers back to a measure.

The reading: a tariff sentence with no rate that names one goods measure ("Washington's tariffs on steel and
aluminum", "a safeguard duty on imports of flat steel products", "Trump imposed steel tariffs") is the antecedent of
the next rate sentence's back-referring measure ("Those US levies remain in force at 50%", "The proposed duty would be
12 per cent", "The duties began at 25 per cent"): its rates take that measure's goods.  Not a benchmark of another
measure ("lower than the 32 percent tariff ... for Taiwan"), not an all-goods rate ("the 10% baseline tariff"), not
a sentence that names a country of its own.
"""
from __future__ import annotations

from datetime import date

import pytest
from inline import tariff_tuples

PUB = date(2025, 9, 1)


def products_at(body: str, rate: float) -> set:
    return {t[2] for t in tariff_tuples(body, PUB) if t[3] == rate}


@pytest.mark.parametrize("body, rate, want", [
    ("Over the weekend, the EU said it would extend the suspension of its countermeasures, which it adopted in "
     "response to Washington's tariffs on steel and aluminum. Those US levies remain in force at 50%.", 50.0,
     {"steel", "aluminum"}),
    ("The trade remedies directorate has recommended that a final safeguard duty on imports of flat steel products be "
     "imposed for three years.\n\nThe proposed duty would be 12 per cent in the first year, 11.5 per cent in the second "
     "year and 11 per cent in the third.", 11.5, {"steel"}),
    ("Trump imposed steel tariffs last year under Section 232, citing national security. The duties began at 25 per "
     "cent, and Trump raised them to 50 per cent last June.", 25.0, {"steel"}),
])
def test_a_back_referring_rate_takes_the_goods_of_the_measure_named_before(rules_only, body, rate, want):
    assert products_at(body, rate) == want


@pytest.mark.parametrize("body, rate, want", [
    # a benchmark of another measure, with its own payer
    ("Washington kept its tariffs on semiconductors under review. The 20 percent figure is lower than the 32 percent "
     "tariff the US announced for Taiwan in April.", 32.0, {None}),
    # an all-goods rate after a goods measure
    ("Washington kept its tariffs on steel in place. The 10% baseline tariff stays as well.", 10.0, {None}),
    # a sentence naming a country: the rate may be that country's own
    ("Washington removed its tariffs on beef and kiwifruit. Most other New Zealand exports still pay the 15% US rate.",
     15.0, {None}),
    # the antecedent names two goods measures: no one measure to refer back to
    ("Canada answered the US tariffs on steel with counter-tariffs on American orange juice. The levies, set at 25%, "
     "took effect on Thursday.", 25.0, {None}),
])
def test_no_goods_where_the_rate_is_not_the_one_goods_measure(rules_only, body, rate, want):
    assert products_at(body, rate) == want
