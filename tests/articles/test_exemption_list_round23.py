"""Round 23 (xlifted23): a rate labelled `lifted` read `in_force` -- goods a later sentence lists as a measure's
exemptions.

A sentence with no rate that names the exemptions of the measure the sentence before gave its rate, and then lists
their goods ("The exempt list takes in ...", "The exclusions cover ...", "Some 700 items were spared from the start,
among them ..."), gives each good the rate `lifted` (LABELING.md round 15: goods left out of a rate are labelled as
goods exempted); the rate itself stays as the measure stands."""
from __future__ import annotations

import pytest

from inline import tariff_tuples


@pytest.mark.parametrize("body, goods", [
    ("The United States has set a global tariff of 10% on imports and left about 1,000 tariff lines out of it. "
     "The exempt list takes in semiconductors, copper, pharmaceuticals and computers, among other goods.",
     {"semiconductors", "copper", "pharmaceuticals", "computers"}),
    ("Washington put a 40% tariff on a wide range of goods from Brazil on Wednesday. "
     "The exclusions cover orange juice, wood pulp and aircraft.",
     {"orange juice", "aircraft"}),
    ("Trump's government ordered duties of 50% on a third of Brazil's sales to the US market. "
     "Some 700 items were spared from the start, among them orange juice, coffee and aircraft.",
     {"orange juice", "coffee", "aircraft"}),
])
def test_goods_a_later_sentence_lists_as_exemptions_are_lifted(body, goods):
    got = tariff_tuples(body)
    assert goods <= {g[2] for g in got if g[4] == "lifted"}
    assert any(g[2] is None and g[4] != "lifted" for g in got)     # the measure itself still stands


@pytest.mark.parametrize("body", [
    # an exemption denied, or only sought
    "Washington put a 40% tariff on a wide range of goods from Brazil. There are no exemptions for coffee, beef or "
    "orange juice.",
    "Washington put a 40% tariff on a wide range of goods from Brazil. Exporters asked for exclusions covering coffee, "
    "beef and orange juice.",
    # goods caught by the measure in a clause after the exemption
    "Washington put a 40% tariff on a wide range of goods from Brazil. Some goods were spared, but key exports such as "
    "coffee and beef were caught by it.",
    # a run-in label is no head
    "Washington put a 40% tariff on a wide range of goods from Brazil. Left out: coffee and beef face an uncertain "
    "few months.",
])
def test_goods_not_exempted_stay_out(body):
    assert not {g for g in tariff_tuples(body) if g[4] == "lifted"}


def test_an_exempted_subject_still_read_as_before():
    got = tariff_tuples("Trump began applying the 39% tariffs on Swiss goods on August 7. Pharmaceutical products and "
                        "gold were exempt from the duty.")
    assert {g[2] for g in got if g[4] == "lifted"} >= {"gold"}
