"""Round 48 (xratemiss48): a rate the story recalls only as the one announced, set or assigned earlier for a partner,
in a comparison with the rate that replaced it ("lower than the 44 percent it was assigned in April") -- no tariff
noun names the figure, so neither the rules nor the learned extra decision read it.  LABELING.md (rounds 26b, 32, 45):
an April-type rate replaced by a later one is `lifted`; one the words after it tell suspended, `paused`
(tariffs.recalled_rates).  The stories run the rules alone.
"""
from __future__ import annotations

from inline import tariff_tuples


def test_the_rate_a_partner_was_assigned_in_april_is_lifted(rules_only):
    body = ("Trump sends tariff letters to more countries\n\n"
            "President Donald Trump sent letters setting new tariffs on goods from a dozen countries. "
            "Myanmar is set to face a 40 percent rate from Aug. 1, lower than the 44 percent it was assigned in April.")
    assert ("USA", "MMR", None, 44.0, "lifted") in tariff_tuples(body)


def test_the_partner_named_in_the_recalling_clause(rules_only):
    body = ("US sets 15% tariff on Israeli goods\n\n"
            "The United States will charge a 15% tariff on goods from Israel from August 1. "
            "The rate is only a little lower than the 17% Trump announced for Israel in April, when he unveiled "
            "tariffs on dozens of trading partners.")
    assert ("USA", "ISR", None, 17.0, "lifted") in tariff_tuples(body)


def test_a_recalled_rate_told_suspended_is_paused(rules_only):
    body = ("Vietnam deal\n\n"
            "The United States agreed a tariff deal with Vietnam on Wednesday. Vietnamese goods will pay 20% from "
            "August 1, well below the 46% set out in April and suspended since.")
    assert ("USA", "VNM", None, 46.0, "paused") in tariff_tuples(body)


def test_a_forecast_recalled_the_same_way_is_no_rate(rules_only):
    body = ("Japan's exports return to growth\n\n"
            "Exports rose 4.2% in September despite the 15% US tariff on Japanese goods. "
            "That fell just short of the 4.4% gain that economists had pencilled in, and below the 5% that "
            "analysts had set out for the month.")
    assert not {t for t in tariff_tuples(body) if t[3] in (4.4, 5.0)}
