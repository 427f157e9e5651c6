"""The story level of tariff statuses (timeline.py), on 2-3 sentence inline articles."""
from __future__ import annotations

from datetime import date

from tariffscope.articles import extract_facts, timeline
from tariffscope.articles.context import Context
from tariffscope.articles.read import Article
from tariffscope.articles.text import normalize_body


def tariffs(body: str, published: date | None = None) -> set[tuple]:
    body = normalize_body(body)
    art = Article(None, published, None, body, "inline.txt", "0" * 64, body.count("\n\n") + 1)
    return {(t["imposer"], t["target"], t["product"], t["rate_pct"], t["status"]) for t in extract_facts(art)["tariffs"]}


def _fact(imposer, target, product, rate, status, start):
    return {"imposer": imposer, "target": target, "product": product, "rate_pct": rate, "status": status,
            "span": [start, start + 10]}


def test_same_measure_links_compatible_mentions():
    a = _fact("USA", "ZAF", None, 30.0, "in_force", 0)
    assert timeline.same_measure(a, _fact("USA", None, "steel", 30.0, "announced", 50))
    assert timeline.same_measure(_fact("USA", "CAN", "steel", 50.0, "in_force", 0),
                                 _fact("USA", "CAN", "steel products", 50.0, "announced", 50))
    assert not timeline.same_measure(a, _fact("USA", "ZAF", None, 25.0, "announced", 50))
    assert not timeline.same_measure(a, _fact("USA", "LSO", None, 30.0, "announced", 50))
    assert not timeline.same_measure(a, _fact("ZAF", "USA", None, 30.0, "announced", 50))


def test_headline_is_a_lone_first_line():
    ctx = Context.build(normalize_body("Trump hits South Africa with 30% tariff\n\nThe duty starts Aug. 1."), None)
    assert timeline.headline_start(ctx) == 0
    ctx = Context.build(normalize_body("Trump hit South Africa with a 30% tariff. The duty starts Aug. 1."), None)
    assert timeline.headline_start(ctx) is None


def test_headline_takes_the_body_status():
    body = ("Trump hits South Africa with 30% tariff\n\n"
            "President Donald Trump said a 30% tariff on goods from South Africa will take effect on Aug. 1.")
    assert tariffs(body, date(2025, 7, 10)) == {("USA", "ZAF", None, 30.0, "announced")}


def test_headline_keeps_its_status_without_a_body_mention_of_the_measure():
    ctx = Context.build(normalize_body("Trump hits South Africa with 30% tariff\n\nLesotho faces a 50% duty from Aug. 1."), None)
    facts = [_fact("USA", "ZAF", None, 30.0, "in_force", 0), _fact("USA", "LSO", None, 50.0, "announced", 41)]
    assert [f["status"] for f in timeline.settle(ctx, facts)] == ["in_force", "announced"]


def test_settle_keeps_each_fact_once():
    facts = [_fact("USA", "ZAF", None, 30.0, "in_force", 0), _fact("USA", "ZAF", None, 30.0, "announced", 50)]
    ctx = Context.build(normalize_body("Trump hits South Africa with 30% tariff\n\nA 30% duty will follow."), None)
    got = timeline.settle(ctx, facts)
    assert [(f["status"], f["span"][0]) for f in got] == [("announced", 0)]


def test_headline_that_says_the_measure_applies_keeps_in_force():
    ctx = Context.build(normalize_body("Swiss say 15% US tariff applies retroactively\n\nA 15% duty will follow."), None)
    facts = [_fact("USA", "CHE", None, 15.0, "in_force", 0), _fact("USA", "CHE", None, 15.0, "announced", 48)]
    assert [f["status"] for f in timeline.settle(ctx, facts)] == ["in_force", "announced"]
