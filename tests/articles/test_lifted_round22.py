"""Round 22 (xlifted22): `lifted` read where the rate stands, and a `lifted` list lost behind a run-in heading.

A removal only wished, asked for, promised or refused leaves the rate `in_force` (LABELING.md, rounds 11-12: the
rate stands until a removal takes effect); a run-in heading ("**Exemptions.**") is furniture and must not end the
tariff stretch its paragraph continues (d1293)."""
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


def test_a_run_in_heading_does_not_cut_the_exemption_list_from_its_rate():
    body = ("The US set a 30% tariff on South African goods from August 7.\n\n"
            "- **Exemptions.** Precious metals, base metals, strategic minerals, pharmaceuticals and some wood "
            "products are exempted from the 30% rate.")
    got = tariff_tuples(body)
    assert {g[2] for g in got if g[4] == "lifted"} >= {"metals", "minerals", "pharmaceuticals"}
    assert any(g[2] is None and g[3] == 30.0 and g[4] != "lifted" for g in got)


def test_a_long_opening_sentence_is_no_heading():
    body = ("The US set a 30% tariff on South African goods from August 7.\n\n"
            "Officials in Pretoria met on Monday. Pharmaceuticals, wood products and minerals are exempted from the "
            "30% rate.")
    got = tariff_tuples(body)
    assert not any(g[4] == "lifted" for g in got)
