"""Round 48 (xstatusaway48): a headline rate read in force with no status cue in its own clause (the headline's present
tense) takes the `announced` status every body sentence that tells the same rate with a cue of its own gives ("to be
charged from August 1"), where the first body mention is an uncued restatement: LABELING.md round 15, one rate, one
status at `published` (tariffs.status_told_in_own_clause).  The stories run the rules alone."""
from __future__ import annotations

from datetime import date

from inline import tariff_tuples

PUBLISHED = date(2025, 7, 8)
LETTER = "Trump on July 7 sent a letter to Japan setting a 25% tariff on its goods, to be charged from August 1."


def test_a_headline_rate_takes_the_start_a_later_body_sentence_tells(rules_only):
    body = "Trump sends 25% tariff letters to Japan\n\nTokyo called the 25% US tariff on Japan unfair. " + LETTER
    facts = tariff_tuples(body, PUBLISHED)
    assert ("USA", "JPN", None, 25.0, "announced") in facts
    assert ("USA", "JPN", None, 25.0, "in_force") not in facts


def test_a_body_restatement_keeps_its_own_reading(rules_only):
    body = "Japan weighs its answer\n\nTokyo called the 25% US tariff on Japan a blow to its carmakers. " + LETTER
    facts = tariff_tuples(body, PUBLISHED)
    assert ("USA", "JPN", None, 25.0, "announced") in facts
    assert any(t[3] == 25.0 and t[4] == "in_force" for t in facts)     # only a headline takes the carried status
