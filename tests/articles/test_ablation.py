"""ablation.py (round 9): every switch names code that exists, or a component since removed; a switch is undone."""
from __future__ import annotations

from datetime import date

import pytest
from ablation import COMPONENTS, NEVER, READINGS, ROUND_LATER, later_than, present, switched_off
from inline import tariff_tuples

from tariffscope.articles import tariffs


# the components rounds 9 and 10 removed (docs/articles-rounds.md, "Round 9 ... xprune", "Round 10 ... xprune2"):
# ablation.py keeps their switches so the table can be re-run against older code; here they must be gone, every
# other switch must exist
REMOVED = {"announcer", "baseline_payer", "bloc_actor", "carry_global_or_imposer", "continue_before",
           "definite_earlier_rate", "generic_subject", "pair_list", "part_of_shares_goods", "reported_that",
           "restated_hypothetical",
           "undo_plan"}      # round 10


@pytest.mark.parametrize("name,module,patch,needle", [(c[0], c[2], c[3], c[4]) for c in COMPONENTS],
                         ids=[c[0] for c in COMPONENTS])
def test_switch_names_real_code_or_a_removed_component(name, module, patch, needle):
    if name in REMOVED:
        assert not present(module, patch, needle), f"{name} was removed but is back"
        return
    assert present(module, patch, needle), name
    for k in patch:     # a step is a function (or a class), a cue a compiled pattern (or its prefiltered wrapper)
        assert callable(getattr(module, k)) or hasattr(getattr(module, k), "search"), (name, k)


def test_switch_is_undone():
    before = tariffs._IMMEDIATE
    with switched_off(tariffs, {"_IMMEDIATE": NEVER}):
        assert tariffs._IMMEDIATE is NEVER
    assert tariffs._IMMEDIATE is before


def test_later_batches_are_those_committed_after():
    batches = [(1, 28, "2026-12-01T14:06:05+00:00"), (73, 88, "2026-12-01T19:21:02+00:00")]
    assert later_than("2026-12-01T15:00:00+00:00", batches) == (73, 88)
    assert later_than("2026-11-25T11:00:00+00:00", batches) == (1, 88)
    assert later_than("2026-12-02T00:00:00+00:00", batches) is None


@pytest.mark.parametrize("name,module,patch,round_", [(c[0], c[2], c[3], c[4]) for c in READINGS],
                         ids=[c[0] for c in READINGS])
def test_reading_switch_names_real_code_and_a_round(name, module, patch, round_):
    """Round 17 (xprune3): each reading rounds 11-16b added has a switch on code that exists, dated by its round."""
    assert round_ in ROUND_LATER, name
    for k in patch:
        assert hasattr(module, k), (name, k)


def test_reading_switch_changes_what_is_read_and_is_undone():
    text = ("India's Directorate General of Trade Remedies has recommended anti-dumping duties of up to 30% "
            "on solar cells imported from China.")
    status = lambda: {t[4] for t in tariff_tuples(text, date(2025, 5, 1))}    # noqa: E731
    recommended = next(c for c in READINGS if c[0] == "recommended")
    assert status() == {"threatened"}
    with switched_off(recommended[2], recommended[3]):
        assert status() != {"threatened"}
    assert status() == {"threatened"}
