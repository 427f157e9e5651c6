"""Round 48 (xstatusaway48): a rate read in force with no status cue in its own clause -- a signing verb, a headline's
present tense, a rundown's bare "Japan: 15%" -- takes the `announced` status the same rate's other sentences give by a
cue of their own ("will take effect on April 3"): LABELING.md round 15, one rate, one status at `published`
(tariffs.status_told_in_own_clause).  The stories run the rules alone."""
from __future__ import annotations

from datetime import date

from inline import rate_statuses, tariff_tuples

PUBLISHED = date(2025, 3, 27)


def test_a_signing_verb_takes_the_start_told_for_the_same_rate(rules_only):
    body = ("Trump signs auto tariff order\n\n"
            "President Donald Trump on Wednesday signed a proclamation putting a 25% tariff on all imported "
            "automobiles. Officials said the 25% tariff on automobiles will take effect on April 3.")
    assert tariff_tuples(body, PUBLISHED) == {("USA", None, "automobiles", 25.0, "announced")}


def test_a_rundown_item_takes_the_start_of_the_same_rate(rules_only):
    body = ("New US rates\n\n"
            "Japan: 15%. The 15% tariff on Japanese goods will take effect on August 7.")
    assert tariff_tuples(body, PUBLISHED) == {("USA", "JPN", None, 15.0, "announced")}


def test_another_partners_start_does_not_carry(rules_only):
    body = ("US tariffs on neighbours\n\n"
            "Washington put a 25% tariff on Mexican goods. The 25% tariff on Canadian goods will take effect on "
            "April 3.")
    facts = tariff_tuples(body, PUBLISHED)
    assert ("USA", "MEX", None, 25.0, "in_force") in facts
    assert ("USA", "CAN", None, 25.0, "announced") in facts


def test_a_rate_its_own_sentence_says_applies_now_keeps_in_force(rules_only):
    body = ("Japan's rate\n\n"
            "Goods from Japan are now taxed at 15%. The 15% tariff on Japanese goods will take effect on August 7.")
    assert (15.0, "in_force") in rate_statuses(body, PUBLISHED)
