"""Round 26 (branch xproduct26): a rate labelled with goods came out as all goods (product null->P).

A rate restated with "the same" names its own payer: "Cars will pay the same 15 percent", "tariffs on Korean
automobiles and auto parts will be lowered to the same 15% level".  Before this round "the same" between the verb and
the rate hid the rate (the verb-only reading after a tariff sentence wanted the figure right after "pay"/"face"; the
rate-after-noun reading allowed "the new 15%" but not "the same 15%"), so the goods' fact was never written and the
article's all-goods fact at that rate was the closest reading.
The guards: "the same" before a rate whose clause names no goods keeps the rate on all goods; a plain restated rate
with its own goods is read as before; a rate noun after the figure ("face the same 15% rate") was read already.
"""
from __future__ import annotations

from datetime import date

import pytest
from inline import tariff_tuples

PUB = date(2025, 10, 8)


def products_at(body: str, rate: float) -> set:
    return {t[2] for t in tariff_tuples(body, PUB) if t[3] == rate}


@pytest.mark.parametrize("body, rate, want", [
    # the paying subject, the verb, "the same", the rate -- no tariff noun in the sentence
    ("Under the agreement, the United States will charge a 15 percent tariff on most imports from the European "
     "Union. Cars will pay the same 15 percent, well below the 27.5 percent they paid before.", 15.0, {None, "cars"}),
    # (read already on the base: the rate noun after the figure opens the reading)
    ("Under the deal, Washington will charge a 15 percent tariff on most imports from the European Union. Wine "
     "shippers face the same 15% rate.", 15.0, {None, "wine"}),
    # the change reading: "lowered to the same 15% level"
    ("Under the agreement, the two countries will keep the reciprocal tariff on Korean goods at 15%, and tariffs on "
     "Korean automobiles and auto parts will be lowered to the same 15% level.", 15.0,
     {None, "automobiles", "auto parts"}),
])
def test_a_rate_restated_with_the_same_takes_its_clause_goods(rules_only, body, rate, want):
    assert products_at(body, rate) == want


@pytest.mark.parametrize("body, rate, want", [
    # "the same" with no goods in its clause: the rate stays on all goods
    ("Under the agreement, the United States will charge a 15 percent tariff on most imports from the European "
     "Union. Japan will pay the same 15 percent.", 15.0, {None}),
    # a plain restated rate with its own goods is read as before
    ("Under the agreement, the United States will charge a 15 percent tariff on most imports from the European "
     "Union. Cars will pay a 15 percent tariff.", 15.0, {None, "cars"}),
])
def test_the_same_rate_without_goods_stays_on_all_goods(rules_only, body, rate, want):
    assert products_at(body, rate) == want
