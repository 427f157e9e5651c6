"""Round 38 (xsurplus38): a rate retold later in the story behind a determiner ("the 40% tariff", "the 10% tariff
Washington will keep") is the measure the story told before.  Read there at a decided stage that comes before the first
statement's stage -- in force after the story told it lifted, announced after in force -- it is no second fact
(LABELING.md: each rate once, in its status at the published date) -- `timeline.retold_stage_behind`.  A later reading a
stage ahead (announced, then in force), one without the determiner, and another imposer's rate stay.
"""
from __future__ import annotations

from datetime import date

from inline import tariff_tuples

from tariffscope.articles import timeline

PUB = date(2025, 11, 21)


def test_a_lifted_rate_retold_as_paid_stays_lifted():
    # base: ('USA', 'BRA', 'coffee', 40.0, 'in_force') beside the lifted fact
    body = ("The United States has scrapped the 40% tariff on Brazilian coffee. Roasters that paid the 40% tariff on "
            "Brazilian coffee since August now expect lower prices.")
    assert tariff_tuples(body, PUB) == {("USA", "BRA", "coffee", 40.0, "lifted")}


def test_a_rate_in_force_retold_in_the_future_tense_stays_in_force():
    # base: ('USA', 'AUS', 'beef', 10.0, 'announced') beside the in-force fact
    body = ("Since April, Australian beef has paid a 10% US tariff. The 10% tariff Washington will keep on Australian "
            "beef is the lowest rate in the region.")
    assert tariff_tuples(body, PUB) == {("USA", "AUS", "beef", 10.0, "in_force")}


def test_a_stage_ahead_and_another_imposers_rate_stay():
    ahead = "Washington announced a 25% tariff on Mexican goods on Monday. The 25% tariff took effect on Friday."
    assert tariff_tuples(ahead, PUB) == {("USA", "MEX", None, 25.0, "announced"), ("USA", "MEX", None, 25.0, "in_force")}
    other = ("Trump lifted the 25% tariff on Indian goods on Friday. Canada responded the same day with 25% tariffs on "
             "American goods.")
    assert ("CAN", "USA", None, 25.0, "in_force") in tariff_tuples(other, PUB)


def _fact(sentence: str, start: int, status: str) -> dict:
    return {"imposer": "USA", "target": "BRA", "product": None, "rate_pct": 40.0, "status": status,
            "sentence": sentence, "span": [start, start + len(sentence)]}


def test_only_a_determiner_led_decided_reading_behind_the_first_stage_gives_way():
    lifted = _fact("Washington repealed its extra 40% tariff on Brazilian goods.", 0, "lifted")
    led = _fact("Products that paid the 40% tariff now face the 10% rate.", 100, "in_force")
    fresh = _fact("Brazilian steel pays 40% as well.", 200, "in_force")
    threat = _fact("Officials may put the 40% tariff back.", 300, "threatened")
    assert timeline.retold_stage_behind([lifted, led, fresh, threat]) == [lifted, fresh, threat]
