"""Round 26 (branch xproduct26): a rate labelled with goods came out as all goods (product null->P).

A rate restated with "the same" names its own payer: "Cars will pay the same 15 percent", "tariffs on Korean
automobiles and auto parts will be lowered to the same 15% level".  Before this round "the same" between the verb and
the rate hid the rate (the verb-only reading after a tariff sentence wanted the figure right after "pay"/"face"; the
rate-after-noun reading allowed "the new 15%" but not "the same 15%"), so the goods' fact was never written and the
article's all-goods fact at that rate was the closest reading.
A party's flow of goods in a rate's phrase ("UK exports of parts", "all imports of hardwood plywood from China") names
the goods: the normaliser dropped "exports of" only at the phrase's start, so the party before it emptied the phrase.
The guards: "the same" before a rate whose clause names no goods keeps the rate on all goods; a plain restated rate
with its own goods is read as before; a rate noun after the figure ("face the same 15% rate") was read already; a
flow of no named goods stays all goods.
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


@pytest.mark.parametrize("body, rate, want", [
    # a party's flow of goods in the rate's phrase names the goods: "UK exports of parts" -> parts
    ("The United States will cut its tariff on UK cars to 10%. The same 10% tariff will apply to UK exports of parts "
     "that go with the finished cars.", 10.0, {"cars", "parts"}),
    ("The Commission imposed a provisional anti-dumping duty of 62.4% on all imports of hardwood plywood from China.",
     62.4, {"hardwood plywood"}),
])
def test_a_partys_flow_of_goods_names_the_goods(rules_only, body, rate, want):
    assert products_at(body, rate) == want


@pytest.mark.parametrize("body, rate, want", [
    # a flow of no named goods stays the party's all goods
    ("Canada will put a 25% surtax on the exports of China.", 25.0, {None}),
    ("Beijing will charge a 10% tariff on American exports of goods.", 10.0, {None}),
])
def test_a_flow_of_no_goods_stays_all_goods(rules_only, body, rate, want):
    assert products_at(body, rate) == want
