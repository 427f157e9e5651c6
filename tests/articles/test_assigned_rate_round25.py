"""Round 25 (branch xunreported25): labelled rates the rules never read ("rate_not_reported").

All 396 such misses on dev (62100f8, held out) are percentages the rules skip and the learned "extra" decision then
drops; 212 stand in a sentence that names no tariff after a sentence that names none either, so the rules never read
it.  The largest recurring form there: a bare rate given to its payer by a verb that itself names the measure ("was
assigned 11%", "faces a slightly higher 20%", "was placed in the lowest band, at 10 percent", "were hit with 50
percent").  The guards: a figure with a noun after it ("faces a 20% drop") is no rate, nor is one outside a tariff story,
and a trade-remedy story's firms ("Danish Crown ... was given 18.6 per cent") are left to the learned decision.
"""
from __future__ import annotations

from datetime import date

import pytest
from inline import tariff_tuples

PUB = date(2025, 8, 8)


def rates_of(body: str) -> set:
    return {(t[1], t[3]) for t in tariff_tuples(body, PUB)}


@pytest.mark.parametrize("body, want", [
    ("Washington set new tariffs on dozens of trading partners on Thursday. Markets in Asia were calm. Cambodia was "
     "first assigned 49% in April.", ("KHM", 49.0)),
    ("Thailand will pay a 19% tariff under the deal. Exporters in Bangkok welcomed the outcome. Vietnam faces a "
     "slightly higher 20%.", ("VNM", 20.0)),
    ("The new U.S. tariffs on Asian exporters took effect in August. Officials in Jakarta were relieved. Japan and the "
     "European Union were placed at 15%.", ("JPN", 15.0)),
    ("The new U.S. tariffs on African exporters took effect in April. Officials in Pretoria were dismayed. South Africa "
     "was given a rate of 31 percent, while Lesotho's exports were hit with 50 percent.", ("LSO", 50.0)),
])
def test_a_bare_rate_given_to_its_payer_is_read(rules_only, body, want):
    assert want in rates_of(body)


@pytest.mark.parametrize("body", [
    # a noun after the figure: a change, not a rate
    "Washington announced a 25% tariff on steel in March. Analysts expect demand to slow. The steelmaker faces a 20% "
    "drop in orders.",
    # no tariff anywhere in the story
    "The central bank held its key rate on Thursday. Markets were calm. Savers were given 4% on deposits last year.",
])
def test_a_figure_that_is_no_bare_rate_stays_unread(rules_only, body):
    assert not {r for _, r in rates_of(body)} & {20.0, 4.0}


def test_a_remedy_story_leaves_firm_rates_to_the_learned_decision(rules_only):
    body = ("China imposed final anti-dumping duties on pork from the European Union on Tuesday. Spanish companies "
            "will pay 9.8 per cent. Investigators visited several plants. Denmark's Danish Crown, another sampled "
            "exporter, was given 18.6 per cent.")
    assert 18.6 not in {r for _, r in rates_of(body)}
