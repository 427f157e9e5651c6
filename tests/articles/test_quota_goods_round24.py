"""Round 24 (branch xgoods24): a rate labelled with goods came out as all goods (product null->P).

Two readings of who pays the rate:
- a rate charged on the volume beyond a quota ("Imports beyond those volumes will be charged a 50 percent tariff",
  "once that limit was reached", "out-of-quota duty") is on the quota's goods, named in the rate's sentence before it
  or in the nearest earlier sentence that names the quota;
- a subject that pays the rate names its goods when the rate's own phrase names only the measure's parties ("Brazilian
  coffee will still pay a separate 40% tariff imposed on Brazil").
The guards: a rate whose own phrase names a class of goods stays on all goods, and a quota phrase after the rate that
is not the rate's own phrase ("... but left steel outside that ceiling") gives it no goods.
"""
from __future__ import annotations

from datetime import date

import pytest
from inline import tariff_tuples

PUB = date(2025, 10, 8)


def products_at(body: str, rate: float) -> set:
    return {t[2] for t in tariff_tuples(body, PUB) if t[3] == rate}


@pytest.mark.parametrize("body, rate, want", [
    # the quota's goods in the sentence before the rate's
    ("From 1 July 2026, tariff-free steel imports into Britain will be restricted, with total quota volumes 60 percent "
     "lower than today. Imports beyond those volumes will be charged a 50 percent tariff.", 50.0, {"steel"}),
    ("The European Union limits steel imports with a system of quotas. Shipments outside the quota are charged a 25% "
     "tariff.", 25.0, {"steel"}),
    # ... and in the rate's own sentence before it
    ("Under the measures Australia proposed, fabricated steel imports would be capped by a quota of 400,000 tonnes, "
     "and a 50 per cent tariff would kick in once that limit was reached.", 50.0, {"steel"}),
    ("Brazil said that once imports of these steel products go beyond their quotas, the volumes above the limit will "
     "be charged a 25 percent import tax.", 25.0, {"steel"}),
])
def test_an_over_quota_rate_takes_the_quota_goods(rules_only, body, rate, want):
    assert products_at(body, rate) == want


@pytest.mark.parametrize("body, rate, want", [
    ("There is an important exception, however: Brazilian coffee will still pay a separate 40% tariff imposed on "
     "Brazil under an order signed in July.", 40.0, {"coffee"}),
    ("Outside that carve-out, Korean steel, aluminum and copper continue to pay the 50 percent tariffs that Washington "
     "applies to all suppliers.", 50.0, {"steel", "aluminum", "copper"}),
])
def test_a_paying_subject_names_the_goods_of_a_rate_on_a_party(rules_only, body, rate, want):
    assert products_at(body, rate) == want


@pytest.mark.parametrize("body, rate, want", [
    # a quota phrase outside the rate's own phrase: the rate on most EU goods stays all goods
    ("A framework agreed in July capped US tariffs on most EU goods at 15% but left steel and aluminium outside that "
     "ceiling.", 15.0, {None}),
    # the rate's own phrase names a class of goods: the subject's goods do not narrow it
    ("Japan currently faces a 10 pct baseline U.S. tariff on most goods.", 10.0, {None}),
    # a plain over-quota rate with its own goods keeps them
    ("Canada will charge a 50% surtax on steel imports above the quota.", 50.0, {"steel"}),
])
def test_no_goods_where_the_rate_names_its_scope(rules_only, body, rate, want):
    assert products_at(body, rate) == want
