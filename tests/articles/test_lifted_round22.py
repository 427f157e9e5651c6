"""Round 22 (xlifted22): `lifted` read where the rate stands.

A removal only wished, asked for, promised or refused leaves the rate `in_force` (LABELING.md, rounds 11-12: the
rate stands until a removal takes effect)."""
from __future__ import annotations

import pytest

from inline import tariff_tuples


@pytest.mark.parametrize("sentence, rate", [
    ("The agreement also promises to remove the duties on British steel, which for now still pay 25 percent.", 25.0),
    ("The United States only undertook to review the 50% tariffs it charges on Argentine steel, without agreeing to "
     "remove them.", 50.0),
    ("Ministers had spent months trying to persuade Washington to drop the 25% tariff on British steel.", 25.0),
    ("There is no sign that Trump is ready to scrap the levies, which now stand at 50 percent on Canadian steel.", 50.0),
])
def test_a_removal_only_wished_or_promised_leaves_the_rate_in_force(sentence, rate):
    got = tariff_tuples(sentence)
    assert {g[4] for g in got if g[3] == rate} == {"in_force"}


def test_a_removal_done_is_still_lifted():
    got = tariff_tuples("Washington removed the 25% tariff on British steel on Monday.")
    assert {g[4] for g in got if g[3] == 25.0} == {"lifted"}
