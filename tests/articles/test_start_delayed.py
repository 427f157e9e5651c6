"""Issue 11 round 15b (branch xconventions2): a start pushed back before the rate ever applied is `paused`
(LABELING.md, decided while labelling round 15) -- tariffs._start_delayed."""
from __future__ import annotations

from datetime import date

import pytest

from inline import tariff_tuples


def _statuses(body: str, rate: float) -> set:
    return {f[4] for f in tariff_tuples(body, date(2025, 6, 1)) if f[3] == rate}


@pytest.mark.parametrize("body", [
    # the delay verb's object is the rate, whatever its own clause planned
    "Freedonia agreed to delay until July 9 the 40% tariff on Ruritanian goods that it had said would start on June 1.\n",
    "Freedonia pushes back 40% tariff on Ruritanian goods to July 9 after a phone call.\n",
    # a planned / threatened rate the verb puts off is the delayed one
    "Freedonia has put off a threatened 40% tariff on Ruritanian goods, moving the start date to July 9.\n",
    # the rate's noun phrase is the subject of the delay
    "The planned increase in Freedonia's tariff on Ruritanian goods to 40% has been postponed by seven days.\n",
])
def test_a_delayed_start_is_paused(rules_only, body):
    assert _statuses(body, 40.0) == {"paused"}


@pytest.mark.parametrize("body, status", [
    # another clause's verb governs the rate: the delay is of something else
    ("Ruritania postponed its reply, after Freedonia threatened a 40% tariff on Ruritanian wine.\n", "threatened"),
    # "put off by" is deterred, not delayed; the rate applies
    ("Buyers were put off by the 40% tariff Freedonia imposes on Ruritanian cars.\n", "in_force"),
    # a noun "delay" whose sentence keeps the rate
    ("Exporters grow uneasy as delay keeps 40% Freedonian tariff on Ruritanian cars.\n", "in_force"),
])
def test_a_delay_of_something_else_leaves_the_rate(rules_only, body, status):
    assert _statuses(body, 40.0) == {status}


def test_the_old_rate_of_a_delayed_increase_still_applies(rules_only):
    # the delay's object is the nearer rate (the increase to 40%); the rate it would replace goes on applying
    body = "Freedonia has put off a planned increase in its tariff on Ruritanian goods to 40% from 25%.\n"
    assert _statuses(body, 40.0) == {"paused"} and _statuses(body, 25.0) == {"in_force"}
