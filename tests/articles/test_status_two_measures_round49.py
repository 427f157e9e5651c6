"""Round 49 (xstatustwo49): two measures at one rate in one story -- the learned status reads how each other mention
of the same imposer's rate relates to this one as a measure (same, wider or narrower scope, another measure), each
with that mention's status, so that "15% on Korean goods" in force does not pull "the same 15% on Korean cars" still
to come (and the other way round)."""
from __future__ import annotations

from datetime import date

from tariffscope.articles import tariff_model
from tariffscope.articles.context import Context

BODY = ("The 15% rate has applied to most Korean goods since August. "
        "The deal will also lower the tariff on Korean cars to 15% from November. "
        "Seoul welcomed the 15% rate.")
GOODS = {"imposer": "USA", "target": "KOR", "product": None, "rate_pct": 15.0, "status": "in_force"}
CARS = dict(GOODS, product="cars", status="announced")


def _groups(ctx: Context) -> dict:
    pos = [(s.start, s.text.index("15%")) for s in ctx.sentences]
    return {pos[0]: [dict(GOODS)], pos[1]: [dict(CARS)], pos[2]: [dict(GOODS, target=None)]}


def test_each_other_mention_is_read_as_the_same_measure_a_scope_or_another_measure():
    assert tariff_model._relation(GOODS, dict(GOODS)) == "same"
    assert tariff_model._relation(GOODS, CARS) == "scope"                       # all goods beside the cars' rate
    assert tariff_model._relation(CARS, dict(CARS, product="steel")) == "other"   # two goods, two measures
    assert tariff_model._relation(GOODS, dict(GOODS, target="JPN")) == "other"    # two partners
    assert tariff_model._relation(GOODS, dict(GOODS, target=None)) == "scope"


def test_the_status_features_carry_each_mentions_relation_and_status():
    ctx = Context.build(BODY, date(2025, 10, 1))
    groups = _groups(ctx)
    rel = tariff_model._measure_relations(groups)
    first, second, third = list(groups)
    assert rel[second] == ("scope=in_force",)                  # the cars' rate: two all-goods mentions in force
    assert rel[first] == ("scope=announced", "scope=in_force")
    v = tariff_model.RateView(ctx, 1, second[1], second[1] + 3, None, CARS)
    v.restated = tariff_model._restatements(groups)[second]
    v.measures = rel[second]
    feats = tariff_model.restatement_features(v)
    assert {"restated=in_force", "rel_scope=in_force", "rule=announced&rel_scope=in_force"} <= set(feats)


def test_a_rate_told_once_gets_no_relation_feature():
    ctx = Context.build(BODY, date(2025, 10, 1))
    pos = (0, ctx.sentences[0].text.index("15%"))
    assert tariff_model._measure_relations({pos: [dict(GOODS)]}) == {pos: ()}
    v = tariff_model.RateView(ctx, 0, pos[1], pos[1] + 3, None, GOODS)
    assert tariff_model.restatement_features(v) == ["restated=none", "rule=in_force&restated=none"]
