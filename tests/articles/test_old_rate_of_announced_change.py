"""Round 22b: the old rate of a change that is only announced stays in force."""
from __future__ import annotations

from tariffscope.articles import tariff_model


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
