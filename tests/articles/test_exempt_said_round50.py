"""Round 50 (xexemptsaid50): goods a speaker's clause in a sentence with no rate says stand outside the measure ("The
White House said the levy will not apply to ...", "The fact sheet said copper scrap would not be covered", "the fact
that semiconductors have been exempted from the tariffs"), and exempted items that name a form of a good ("copper
scrap", "refined copper") kept as that form.  LABELING.md rounds 15 and 30 (goods a rate leaves out are `lifted` under
it, one fact per good) and round 31's modal ("will / would be" exempt from a decided measure).  The stories run the
rules alone.
"""
from __future__ import annotations

from inline import tariff_tuples


def _lifted(body: str) -> set:
    """(product, rate_pct) of every `lifted` tariff fact of the inline article."""
    return {(t[2], t[3]) for t in tariff_tuples(body) if t[4] == "lifted"}


def test_a_speakers_will_not_apply_to_a_list_of_forms(rules_only):
    body = ("Trump orders copper tariff\n\n"
            "President Donald Trump signed a proclamation on Wednesday putting a 50% tariff on imported copper. "
            "The White House said the levy will not apply to copper scrap, copper ores or copper cathodes.")
    lifted = _lifted(body)
    assert {("copper scrap", 50.0), ("copper ores", 50.0), ("copper cathodes", 50.0)} <= lifted


def test_a_speakers_would_not_be_covered_and_the_fact_that(rules_only):
    body = ("Korea's exports jump\n\n"
            "Korean goods pay a 15% US tariff under the deal. The fact sheet said smartphones would not be covered. "
            "The ministry credited the fact that semiconductors have been exempted from the tariffs for the jump.")
    lifted = _lifted(body)
    assert {("smartphones", 15.0), ("semiconductors", 15.0)} <= lifted


def test_refined_copper_in_a_plain_exemption_keeps_its_form(rules_only):
    body = ("Copper duty starts\n\n"
            "The United States imposed a 50% tariff on copper on Friday. Raw inputs aside, refined copper is exempt.")
    assert ("refined copper", 50.0) in _lifted(body)


def test_a_hedged_speaker_a_period_or_another_measure_gives_no_fact(rules_only):
    body = ("US sets a 25% car tariff\n\n"
            "Washington charges a 25% tariff on imported cars. Officials said auto parts could be spared. "
            "The White House said trucks would be exempted from the tariffs for one month. Carney said "
            "motorcycles would be left out of the Canadian measure.")
    lifted = {g for g, _ in _lifted(body)}
    assert not lifted & {"auto parts", "trucks", "motorcycles"}
