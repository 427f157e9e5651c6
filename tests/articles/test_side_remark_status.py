"""Round 22b: a rate's status read from the measure it belongs to -- another partner's rate in a side remark, and the
old rate of a change that is only announced."""
from __future__ import annotations

from datetime import date

from tariffscope.articles import tariff_model
from tariffscope.articles.context import Context


def _view(body: str, rate: str, fact: dict, lead: str) -> tariff_model.RateView:
    ctx = Context.build(body, date(2025, 7, 31))
    si = next(i for i, s in enumerate(ctx.sentences) if rate in s.text)
    start = ctx.sentences[si].text.index(rate)
    v = tariff_model.RateView(ctx, si, start, start + len(rate), None, fact)
    v.lead_status = lead
    return v


def test_side_remark_features_read_the_lead_rate_and_the_remark_verb():
    fact = {"imposer": "USA", "target": "SGP", "product": None, "rate_pct": 10.0, "status": "in_force"}
    body = ("Washington set a 20% tariff on Vietnam from Aug. 7. Its rival Singapore, which faces a 10% tariff, "
            "gained ground.")
    feats = tariff_model.side_remark_features(_view(body, "10%", fact, "announced"))
    assert feats == ["side=which", "rule=in_force&side", "rule=in_force&side_verb=faces",
                     "rule=in_force&side_lead=announced", "side_lead=announced&side_verb=faces"]
    body = "Washington set a 20% tariff on Vietnam from Aug. 7, while Malaysia pays 10%."
    assert "side=while" in tariff_model.side_remark_features(_view(body, "10%", fact, "announced"))
    # a rate stated in its own sentence is no side remark: no feature at all
    body = "Washington set a 20% tariff on Vietnam from Aug. 7. Singapore faces a 10% tariff."
    assert tariff_model.side_remark_features(_view(body, "10%", fact, "announced")) == []


def _rate_facts(rate: float, start: int, change: str, status: str) -> list[dict]:
    return [{"imposer": "USA", "target": "CHE", "product": None, "rate_pct": rate, "status": status,
             "_rate": (start, start + 3, change)}]


def test_old_rate_of_a_change_read_as_announced_stays_in_force():
    # "Swiss goods are to come down from 39% to 15%": the rules read the change in force (old `lifted`), the learned
    # status read the new rate `announced` -- the old rate still applies
    groups = {(0, 30): _rate_facts(39.0, 30, "old", "lifted"), (0, 37): _rate_facts(15.0, 37, "new", "announced")}
    tariff_model.hold_old_rates(groups, {(0, 30): "lifted", (0, 37): "in_force"})
    assert groups[(0, 30)][0]["status"] == "in_force"
    # the new rate in force: the old one is replaced, `lifted` stays
    groups = {(0, 30): _rate_facts(39.0, 30, "old", "lifted"), (0, 37): _rate_facts(15.0, 37, "new", "in_force")}
    tariff_model.hold_old_rates(groups, {(0, 30): "lifted", (0, 37): "in_force"})
    assert groups[(0, 30)][0]["status"] == "lifted"
