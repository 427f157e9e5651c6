"""Round 40 (xifclause40): a rate the story has told as decided (in force, or announced) and tells again inside a
conditional clause ("would lose orders if the 20% tariff stays in place for long", "unless the 25% duty is lifted",
"Should the 50% rate remain", "as long as the 50 per cent tariff applies") is the decided rate retold as the condition
of something else: whatever status its own clause reads (`announced` from "would"), one_status_per_rate folds it
into the rate's first statement.  A rate that is new inside or after the condition ("If talks fail, the rate will
rise to 50%") is no restatement and stays; a later decided reading outside a condition stays (round 27b)."""
from __future__ import annotations

from datetime import date

from inline import tariff_tuples

from tariffscope.articles.timeline import one_status_per_rate, rate_in_condition


def test_rate_retold_in_an_unless_clause_folds_into_its_first_status():
    body = ("Swiss watchmakers count the cost. Swiss goods have paid a 39% US tariff since August 7. Swatch said it "
            "would cut jobs unless the 39% tariff is lowered.")
    assert tariff_tuples(body, date(2025, 8, 20)) == {("USA", "CHE", None, 39.0, "in_force")}


def test_rate_retold_in_an_if_clause_after_the_main_clause_folds():
    body = ("Citrus growers count the cost. Washington has charged a 30% tariff on South African goods since August 7. "
            "Growers said 35,000 jobs would go if the 30% tariff remains.")
    assert tariff_tuples(body, date(2025, 8, 20)) == {("USA", "ZAF", None, 30.0, "in_force")}


def test_new_rate_of_a_conditional_threat_stays():
    body = ("India counts the cost. Washington has charged a 25% tariff on Indian goods since August 7. Officials said "
            "the rate will rise to 50% on August 27 if talks fail.")
    got = tariff_tuples(body, date(2025, 8, 20))
    assert ("USA", "IND", None, 25.0, "in_force") in got and any(t[3] == 50.0 for t in got)


def _fact(status: str, start: int, sentence: str) -> dict:
    return {"imposer": "USA", "target": "CHE", "product": None, "rate_pct": 39.0, "status": status,
            "sentence": sentence, "span": [start, start + len(sentence)]}


def test_the_clause_holds_the_rate_not_the_sentence():
    assert rate_in_condition(_fact("announced", 0, "Should the 39% rate remain, watchmakers will cut jobs."))
    assert rate_in_condition(_fact("announced", 0, "Sales would halve unless the 39% duty is lifted."))
    assert not rate_in_condition(_fact("announced", 0, "If talks fail, the rate will rise to 39% in October."))
    assert not rate_in_condition(_fact("announced", 0, "Bern should accept the 39% rate, the lobby said."))


def test_a_later_decided_reading_outside_a_condition_stays():
    facts = [_fact("in_force", 0, "Swiss goods pay a 39% tariff since August 7."),
             _fact("announced", 100, "Sales would halve if the 39% duty stays."),
             _fact("announced", 200, "The 39% tariff will apply to watches from October.")]
    assert [f["status"] for f in one_status_per_rate(facts)] == ["in_force", "announced"]
