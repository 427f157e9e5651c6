"""Round 28 (xtargetnull28): a rate read without a target in one sentence, when another sentence reads the same rate
(imposer, goods, value, status) for one named country, is that country's rate retold without its name ("Steel and
aluminium stocks after the 50% tariff" beside Mexico's 50% on steel and aluminium, dev d730; "the 25% rate stays as it
is", d1754; "Those goods pay the 50% tariff ...", d1379): the labels hold the named fact once (LABELING.md: a rate
restated is no second fact).

The guards: a sentence that says the rate covers every partner ("every other country", "baseline", "on all imports")
keeps its own targetless fact beside the named one (LABELING.md); a rate read for two named countries leaves no one
country to settle the targetless reading into; a targetless reading at another status or on other goods stays."""
from __future__ import annotations

from datetime import date

from inline import tariff_tuples

from tariffscope.articles.timeline import target_left_unnamed


def test_rate_retold_without_its_country_is_the_named_fact():
    body = ("Japan's carmakers get relief\n\nThe United States has cut the tariff on cars from Japan to 15%, effective "
            "from Tuesday. Toyota said the 15% tariff on cars would still cost it billions this year.")
    got = {t[:4] for t in tariff_tuples(body, date(2025, 9, 20)) if t[3] == 15.0}
    assert got == {("USA", "JPN", "cars", 15.0)}     # one fact, Japan's (its status is the calendar's, round 53)


def test_rate_told_ahead_and_retold_without_its_country_is_one_fact():
    body = ("Korea's exporters wait\n\nWashington will lower its tariff on South Korean autos to 15% under the deal. "
            "Hyundai said it expects the 15% rate on autos to be applied from November.")
    assert tariff_tuples(body, date(2025, 11, 3)) == {("USA", "KOR", "autos", 15.0, "announced")}


def test_a_sentence_on_every_other_country_keeps_its_global_fact():
    body = ("Steel tariffs double\n\nThe United States charges a 50% tariff on steel from Canada. Steel from every "
            "other country also pays the 50% tariff.")
    got = tariff_tuples(body, date(2025, 7, 1))
    assert ("USA", "CAN", "steel", 50.0, "in_force") in got and ("USA", None, "steel", 50.0, "in_force") in got


def test_a_rate_of_two_named_countries_keeps_its_targetless_reading():
    body = ("Two deals\n\nWashington cut the tariff on cars from Japan to 15%. The tariff on cars from South Korea "
            "also fell to 15%. Dealers said the 15% tariff on cars is still high.")
    got = tariff_tuples(body, date(2025, 12, 15))   # after both deal rates applied (the calendar, round 53)
    assert ("USA", None, "cars", 15.0, "in_force") in got


def _fact(target: str | None, start: int, status: str = "in_force", product: str | None = "steel",
          sentence: str = "") -> dict:
    return {"imposer": "USA", "target": target, "product": product, "rate_pct": 50.0, "status": status,
            "sentence": sentence, "span": [start, start + 10]}


def test_only_the_same_status_and_goods_settle_into_the_named_fact():
    facts = [_fact("MEX", 0), _fact(None, 100), _fact(None, 200, status="threatened"),
             _fact(None, 300, product=None), _fact(None, 400, product="copper")]
    kept = [(f["target"], f["status"], f["product"]) for f in target_left_unnamed(facts)]
    assert kept == [("MEX", "in_force", "steel"), (None, "threatened", "steel"), (None, "in_force", None),
                    (None, "in_force", "copper")]


def test_goods_spelt_longer_settle_and_one_sentences_own_readings_stay():
    # "steel products" ~ "steel"; a targetless reading of the named reading's own sentence ("Mexico and others") stays
    facts = [_fact("MEX", 0), _fact(None, 100, product="steel products"), _fact(None, 0)]
    kept = [(f["target"], f["product"], f["span"][0]) for f in target_left_unnamed(facts)]
    assert kept == [("MEX", "steel", 0), (None, "steel", 0)]


def test_a_global_phrase_keeps_the_targetless_reading():
    facts = [_fact("MEX", 0), _fact(None, 100, sentence="Steel from most countries pays the 50% tariff.")]
    assert len(target_left_unnamed(facts)) == 2
