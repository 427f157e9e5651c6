"""Round 27b (xsurplus27b): one rate (imposer, target, goods, value) read at two statuses in two sentences is one fact, in
the status of its first statement: a later sentence retells the rate with the tense of its own clause ("if the 20%
tariff stays in place", "the 15% levy is a long way above ...") and the labels hold the rate once (LABELING.md: each
rate labelled once, in its status at the published date; dev d1422, d1382, d1107, d1282).

The guards: a first statement that reads a change (lifted, paused) keeps the later status beside it (the old rate of a
cut still paid, LABELING.md's "one rate the text gives two statuses keeps both facts"); one sentence's own readings are
its own; another target's or other goods' rate at the same value is another rate."""
from __future__ import annotations

from datetime import date

from inline import tariff_tuples

from tariffscope.articles.timeline import one_status_per_rate


def test_rate_restated_in_a_condition_keeps_its_first_status():
    body = ("Exporters count the cost. Washington charges a 20% tariff on Vietnamese goods since August 7. Vietnamese "
            "exporters said they would lose orders if the 20% tariff stays in place for long.")
    got = {t for t in tariff_tuples(body, date(2025, 8, 8)) if t[3] == 20.0}
    assert got == {("USA", "VNM", None, 20.0, "in_force")}


def test_another_targets_rate_at_the_same_value_keeps_its_own_status():
    body = ("Exporters count the cost. Washington charges a 20% tariff on Vietnamese goods since August 7, and it will "
            "charge a 20% tariff on Thai goods from September 1. Vietnamese exporters said they would lose orders if the "
            "20% tariff stays in place for long.")
    got = tariff_tuples(body, date(2025, 8, 8))
    assert ("USA", "THA", None, 20.0, "announced") in got
    assert {t for t in got if t[1] == "VNM"} == {("USA", "VNM", None, 20.0, "in_force")}


def _fact(status: str, start: int, product: str | None = None) -> dict:
    return {"imposer": "USA", "target": "CHE", "product": product, "rate_pct": 39.0, "status": status,
            "sentence": "", "span": [start, start + 10]}


def test_first_statement_of_a_change_keeps_the_later_status():
    # "US tariffs on Swiss goods to fall from 39% to 15%" ... "Swiss exporters still pay the 39% tariff"
    facts = [_fact("lifted", 0), _fact("in_force", 200)]
    assert [f["status"] for f in one_status_per_rate(facts)] == ["lifted", "in_force"]


def test_later_sentence_at_another_status_gives_way():
    facts = [_fact("in_force", 0), _fact("announced", 200), _fact("in_force", 400)]
    assert [f["status"] for f in one_status_per_rate(facts)] == ["in_force", "in_force"]


def test_one_sentences_own_readings_and_other_goods_stay():
    facts = [_fact("in_force", 0), _fact("announced", 0), _fact("threatened", 200, "watches")]
    assert [f["status"] for f in one_status_per_rate(facts)] == ["in_force", "announced", "threatened"]
