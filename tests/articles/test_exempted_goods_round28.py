"""Round 28 (branch xlifted28): which goods an exemption sentence spares are read `lifted` with the rate they escape.

Two readings (LABELING.md round 15: goods left out of a rate are `lifted` with it, the rate keeps its remaining scope):
- every good the rate read inside the subject of its own exemption cue is left out, not only those the subject readers
  kept: they stop at a list part the lexicon does not know ("aerospace products") or split at "and" ("Crude oil and
  other energy-related goods"), and the goods before that stop were read as the rate's in-force goods
  (tariffs._goods_in_exempted_subject);
- a rate-free sentence whose head names goods as exempted opens their list with a plain copula ("The exempted
  products are semiconductors, ...", "Among the products now exempted are coffee and tea, ...";
  tariffs._EXEMPTED_GOODS_LIST).
Guards: goods a rate hits outside the exemption's subject stay `in_force`; a bare exemption word before a copula
("Exemptions are rare") or goods named as hit ("The goods hit are ...") opens no list.
"""
from __future__ import annotations

from datetime import date

import pytest
from inline import tariff_tuples

PUB = date(2025, 9, 1)


def _status(body: str, good: str | None, rate: float) -> set:
    return {g[4] for g in tariff_tuples(body, PUB) if g[2] == good and g[3] == rate}


@pytest.mark.parametrize("body, goods, rate", [
    # a subject list with a part the lexicon does not know ("aerospace products") before its last goods
    ("Trump imposed a 15 per cent global tariff on Tuesday. Steel, aluminium, drugs, vehicles, aerospace products, "
     "minerals and lumber are exempt from the 15 per cent tariff.", ["steel", "aluminium", "drugs", "vehicles"], 15.0),
    # two goods joined by "and": the subject reader kept the last one only
    ("Washington charges a 14 per cent tariff on Nigerian goods. Crude oil and other energy-related goods have been "
     "left out of the 14 per cent rate, so the bulk of what Nigeria sells to the US is spared.", ["crude oil"], 14.0),
])
def test_goods_in_the_subject_of_an_exemption_are_lifted(body, goods, rate):
    for good in goods:
        assert _status(body, good, rate) == {"lifted"}, good
    assert _status(body, None, rate) == {"in_force"}      # the rate keeps its remaining scope


@pytest.mark.parametrize("body, goods, rate", [
    ("At least 35% of South African exports to the US are still exempt from the 30% reciprocal tariff. The exempted "
     "products are semiconductors, lumber articles, certain critical minerals and energy products.",
     ["semiconductors", "critical minerals"], 30.0),
    ("Trump signed an order on November 14 that takes a range of agricultural imports out of the 10% reciprocal "
     "tariffs. Among the products now exempted are coffee and tea, cocoa and spices, bananas and beef.",
     ["coffee", "tea", "cocoa", "bananas", "beef"], 10.0),
])
def test_a_head_naming_goods_as_exempted_opens_their_list_with_a_copula(body, goods, rate):
    for good in goods:
        assert _status(body, good, rate) == {"lifted"}, good


def test_goods_hit_outside_the_exemption_subject_stay_in_force():
    # the rate's goods carried from the sentence before are not in the exemption's subject
    body = ("Washington put a 25% tariff on Canadian steel and lumber in March. Pharmaceuticals, the largest export, "
            "are exempt from the 25% tariff.")
    assert _status(body, "steel", 25.0) == {"in_force"}
    assert _status(body, "lumber", 25.0) == {"in_force"}
    assert _status(body, "pharmaceuticals", 25.0) == {"lifted"}


@pytest.mark.parametrize("second", [
    "Exemptions are rare, and steel and aluminium makers say they pay in full.",
    "The goods hit are citrus, wine and cars.",
])
def test_no_list_without_goods_named_as_exempted(second):
    body = "The US put a 30% tariff on South African goods. " + second
    assert {g[4] for g in tariff_tuples(body, PUB) if g[3] == 30.0} == {"in_force"}
