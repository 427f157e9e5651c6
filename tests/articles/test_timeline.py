"""The story level of tariff statuses (timeline.py), on 2-3 sentence inline articles."""
from __future__ import annotations

from datetime import date

from inline import tariff_tuples
from tariffscope.articles import tariff_model, timeline
from tariffscope.articles.context import Context
from tariffscope.articles.tariffs import story_frame
from tariffscope.articles.text import normalize_body


def tariffs(body: str, published: date | None = None) -> set[tuple]:
    return tariff_tuples(body, published)


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


# round 7 (xstatus3): the story's dated frame for the items of a list or table


def test_list_items_take_the_ledes_start_date():
    body = ("US sets new tariffs for African economies\n\n"
            "South African goods will pay the higher duty from 7 August, after talks failed.\n\n"
            "The executive order sets rates for a long list of African economies:\n\n"
            "30%: South Africa, Algeria and Libya\n\n"
            "10%: Kenya and Ethiopia")
    got = tariffs(body, date(2025, 8, 2))
    assert ("USA", "DZA", None, 30.0, "announced") in got
    assert ("USA", "KEN", None, 10.0, "announced") in got
    # the same lede in a paper of 8 August dates no frame: the rates apply
    assert story_frame(Context.build(normalize_body(body), date(2025, 8, 2))) == ("announced", 1)
    assert story_frame(Context.build(normalize_body(body), date(2025, 8, 8))) is None


def test_table_rows_take_the_frame_and_the_previous_column_stays_in_force():
    body = ("Trump signed orders that reset the tariff rates. Most of the new rates will apply from 7 August.\n\n"
            "Country | New rate | Previous rate | Notes\n\n"
            "Japan | 15% | 10% | Part of a wider agreement")
    got = tariffs(body, date(2025, 8, 1))
    assert ("USA", "JPN", None, 15.0, "announced") in got
    assert ("USA", "JPN", None, 10.0, "in_force") in got


def test_a_headline_that_unveils_the_measure_frames_its_key_points():
    body = ("Trump unveils reciprocal tariffs on every trading partner\n\n"
            "Key points\n\n"
            "Baseline tariff of 10 per cent on imports from all countries\n\n"
            "Markets slide.")
    assert ("USA", None, None, 10.0, "announced") in tariffs(body, date(2025, 4, 2))


def test_no_frame_leaves_list_items_in_force():
    body = ("Tariffs bite African exporters\n\n"
            "The rates that apply today:\n\n"
            "30%: South Africa, Algeria and Libya")
    assert story_frame(Context.build(normalize_body(body), date(2025, 8, 10))) is None
    tariff_model.use(None)          # the rules alone: an uncued item with no frame is in force
    try:
        assert ("USA", "DZA", None, 30.0, "in_force") in tariffs(body, date(2025, 8, 10))
    finally:
        tariff_model.use(False)


def test_an_item_of_another_imposer_keeps_its_own_status():
    body = ("China raises tariffs on US products to 125 percent\n\n"
            "China will lift the additional tariffs it charges on US goods to 125 percent, with the new rate applying "
            "from Saturday.\n\n"
            "The rates now:\n\n"
            "US fentanyl-related tariff on Chinese goods: 20%")
    tariff_model.use(None)
    try:
        got = tariffs(body, date(2025, 4, 11))
    finally:
        tariff_model.use(False)
    assert ("USA", "CHN", None, 20.0, "in_force") in got


def test_would_unless_is_a_threat_will_unless_is_announced():
    from tariffscope.articles.tariffs import _conditional_threat, find_percents
    s = "Trump said Denmark and Sweden would face a 10% tariff from Feb. 1, unless a deal was reached."
    assert _conditional_threat(s, find_percents(s)[0])
    s = "Washington has told Bangkok that a 36% tariff will apply from Aug 1 unless the two sides reach an agreement."
    assert not _conditional_threat(s, find_percents(s)[0])
    body = "Trump said Denmark and Sweden would face a 10% tariff from Feb. 1, unless a deal was reached."
    tariff_model.use(None)
    try:
        assert ("USA", "DNK", None, 10.0, "threatened") in tariffs(body, date(2026, 1, 23))
    finally:
        tariff_model.use(False)
    s = 'Trump said patented drugs would face a 100% tariff from that date "unless a Company IS BUILDING a plant".'
    assert not _conditional_threat(s, find_percents(s)[0])


def test_rates_of_an_order_all_due_to_start_later_are_announced():
    body = ("US President Donald Trump has signed executive orders putting 25% tariffs on goods from Canada and a 10% "
            "tariff on goods from China, all due to start at midnight on Tuesday.")
    tariff_model.use(None)
    try:
        got = tariffs(body, date(2025, 2, 2))
    finally:
        tariff_model.use(False)
    assert ("USA", "CAN", None, 25.0, "announced") in got and ("USA", "CHN", None, 10.0, "announced") in got


def test_a_future_passive_after_the_rate_keeps_the_rules_announced():
    from tariffscope.articles.tariff_model import _MODAL_AFTER
    s = "a 10 per cent levy will be charged on soybeans"
    assert _MODAL_AFTER.match(s, s.index("levy") - 1)
    assert not _MODAL_AFTER.match("a 10 per cent levy was charged on soybeans", s.index("levy") - 1)
