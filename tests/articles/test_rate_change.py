"""Issue 11 round 15 (branch xchange): a rate that changes -- the old rate and the new one, each with its own status."""
from __future__ import annotations

from datetime import date

from inline import tariff_tuples


def tariffs(body: str, published=date(2025, 9, 1)) -> set[tuple]:
    return tariff_tuples(body, published)


def _statuses(got: set[tuple], rate: float) -> set:
    return {f[4] for f in got if f[3] == rate}


def test_old_rate_with_its_own_words_after_from(rules_only):
    # "down from the <adjective> X%": the old rate of an announced cut still applies
    got = tariffs("Under the plan, Ruritania expects Freedonia to cut its duty on Ruritanian barley to 10 per cent "
                  "by March 1, down from the combined 60 per cent now charged.\n")
    assert _statuses(got, 10.0) == {"announced"} and _statuses(got, 60.0) == {"in_force"}


def test_a_rate_that_changes_is_a_rate_without_a_tariff_noun_beside_it(rules_only):
    got = tariffs("An order signed in July raised the rate charged on Freedonian goods from 12 per cent to 18 "
                  "per cent, and the higher duty has applied since August 7.\n")
    assert _statuses(got, 12.0) == {"lifted"} and _statuses(got, 18.0) == {"in_force"}


def test_a_share_that_changes_is_no_rate(rules_only):
    got = tariffs("Freedonia's duty on cheese is unchanged, but its share of imports fell from 30% to 20%.\n")
    assert not _statuses(got, 30.0) and not _statuses(got, 20.0)


def test_the_new_rate_of_a_later_change_naming_the_old_one(rules_only):
    got = tariffs("Ruritanian copper was hit with a 20% US levy in March; Washington then doubled that charge to "
                  "40% in June.\n")
    assert _statuses(got, 20.0) == {"lifted"} and _statuses(got, 40.0) == {"in_force"}


def test_an_announced_rate_cut_before_it_applied_is_lifted(rules_only):
    # LABELING.md: a rate replaced before it took effect is lifted if it had been announced
    got = tariffs("Under the deal, Washington agreed to cut the 30 percent tariff it had originally proposed for "
                  "Ruritanian goods to 18 percent.\n")
    assert _statuses(got, 30.0) == {"lifted"}


def test_a_rate_the_payers_had_paid_is_lifted(rules_only):
    got = tariffs("Until now, Ruritanian vehicles had paid a 22 per cent duty at the US border.\n")
    assert _statuses(got, 22.0) == {"lifted"}
    got = tariffs("Washington now charges a 40% tariff on Ruritanian exports, twice the 20% that applied until "
                  "Tuesday.\n")
    assert _statuses(got, 20.0) == {"lifted"} and _statuses(got, 40.0) == {"in_force"}


def test_a_rate_that_applies_again_is_not_lifted(rules_only):
    got = tariffs("Beef now reverts to the 2% tariff it paid before, while lamb remains subject to the 15% tariff.\n")
    assert "lifted" not in _statuses(got, 2.0)


def test_a_change_dated_at_the_sentence_start_is_still_to_come(rules_only):
    # "On <date>," opening the sentence dates the change as "on <date>" inside it does: the old rate is not lifted yet
    got = tariffs("On January 1, 2026, the duty on Freedonian furniture goes from 25 to 30 percent.\n")
    assert "lifted" not in _statuses(got, 25.0) and _statuses(got, 30.0) == {"announced"}
