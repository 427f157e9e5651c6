"""Round 27b (xsurplus27b): a rate (imposer, target, goods, value) the story first states as decided (in force or
announced) and a later sentence reads as threatened, lifted or paused is one fact, in the status of its first
statement: the later sentence retells the rate inside a condition or a worry ("if the 50% rate stays in place for
long", dev d1422; "If they raise that to 100%", d1316; "the 24% rate is due to return in July if ...", d463) and the
labels hold the rate once (LABELING.md: each rate labelled once, in its status at the published date).

The guards: a first statement that is a threat or a change (lifted, paused) keeps a later status beside it (the old
rate of a cut still paid); a later decided reading (in force, announced) stays; one sentence's own readings are its
own; another target's or other goods' rate at the same value is another rate."""
from __future__ import annotations

from datetime import date

from inline import tariff_tuples

from tariffscope.articles.timeline import one_status_per_rate


def test_rate_restated_in_a_condition_keeps_its_first_status():
    body = ("Exporters count the cost. Washington charges a 20% tariff on Vietnamese goods since August 7. Vietnamese "
            "exporters said they would lose orders if the 20% tariff stays in place for long.")
    got = {t for t in tariff_tuples(body, date(2025, 8, 8)) if t[3] == 20.0}
    assert got == {("USA", "VNM", None, 20.0, "in_force")}


def test_rate_a_plea_would_have_removed_keeps_its_first_status():
    body = ("Malaysia counts the cost. Washington has charged a 24% tariff on Malaysian goods since April. Exporters hope "
            "the government can have the 24% tariff removed in talks next month.")
    assert tariff_tuples(body, date(2025, 8, 8)) == {("USA", "MYS", None, 24.0, "in_force")}


def test_a_removal_told_first_and_other_goods_still_paying_stay():
    body = ("Trump lifts 40% tariff on Brazilian beef\n\nThe White House removed the 40% tariff on Brazilian beef on "
            "Thursday. Brazilian coffee still pays the 40% tariff.")
    got = tariff_tuples(body, date(2025, 11, 15))
    assert ("USA", "BRA", "beef", 40.0, "lifted") in got and ("USA", "BRA", "coffee", 40.0, "in_force") in got


def _fact(status: str, start: int, product: str | None = None) -> dict:
    return {"imposer": "USA", "target": "CHE", "product": product, "rate_pct": 39.0, "status": status,
            "sentence": "", "span": [start, start + 10]}


def test_first_statement_of_a_change_keeps_the_later_status():
    # "US tariffs on Swiss goods to fall from 39% to 15%" ... "Swiss exporters still pay the 39% tariff"
    facts = [_fact("lifted", 0), _fact("in_force", 200)]
    assert [f["status"] for f in one_status_per_rate(facts)] == ["lifted", "in_force"]


def test_later_threat_or_change_gives_way_a_later_decided_reading_stays():
    facts = [_fact("in_force", 0), _fact("threatened", 200), _fact("lifted", 300), _fact("announced", 400)]
    assert [f["status"] for f in one_status_per_rate(facts)] == ["in_force", "announced"]


def test_first_statement_of_a_threat_keeps_the_later_status():
    facts = [_fact("threatened", 0), _fact("paused", 200)]
    assert [f["status"] for f in one_status_per_rate(facts)] == ["threatened", "paused"]


def test_one_sentences_own_readings_and_other_goods_stay():
    facts = [_fact("in_force", 0), _fact("announced", 0), _fact("threatened", 200, "watches")]
    assert [f["status"] for f in one_status_per_rate(facts)] == ["in_force", "announced", "threatened"]
