"""Round 15b (xcountrylists): a rate bound to a list of named countries is one fact per country (LABELING.md)."""
from __future__ import annotations

from inline import tariff_tuples

_LEDE = "The United States has announced new tariffs on its trading partners. "


def _targets_at(got: set, rate: float) -> set:
    return {g[1] for g in got if g[3] == rate}


def test_rate_for_a_list_of_countries_gives_one_fact_each():
    # the rate's sentence follows no tariff sentence and names no tariff: main read none of it
    got = tariff_tuples("Washington closed several deals this week. Framework deals set rates of 19% for Indonesia, "
                        "the Philippines and Pakistan and 20% for Vietnam. The tariffs start on Friday.")
    assert _targets_at(got, 19.0) == {"IDN", "PHL", "PAK"}
    assert _targets_at(got, 20.0) == set()      # one country is no list: not read here (no tariff noun)


def test_a_list_as_the_subject_of_were_handed():
    got = tariff_tuples(_LEDE + "Laos and Myanmar were handed the steepest rate in the region, at 40 per cent.")
    assert _targets_at(got, 40.0) == {"LAO", "MMR"}


def test_a_list_as_the_subject_of_face_without_a_tariff_noun():
    got = tariff_tuples(_LEDE + "Bangladesh and Vietnam face only 20%, eroding the edge India had built in garments.")
    assert _targets_at(got, 20.0) == {"BGD", "VNM"}


def test_no_list_no_new_reading():
    # one country and no tariff noun: the sentence stays unread, as before
    got = tariff_tuples(_LEDE + "Growth in Vietnam slowed to 5%, the statistics office said.")
    assert 5.0 not in {g[3] for g in got}


def test_a_list_in_a_story_with_no_tariff_is_not_read():
    got = tariff_tuples("Unemployment rose across the region. Spain and Greece face 11% jobless rates.")
    assert not got


def test_examples_are_no_bound_list():
    # "such as": countries given as examples are no list of targets (LABELING.md: target null)
    from tariffscope.articles import roles
    from tariffscope.articles.context import Context
    text = "Rivals such as India and Brazil face tariffs of up to 50%."
    ctx = Context.build(text, None)
    sent = ctx.sentences[0]
    a = sent.text.index("50%")
    assert roles.bound_country_list(ctx, sent.start, sent.text, a, a + 3) == []
    text = "India and Brazil face tariffs of up to 50%."
    ctx = Context.build(text, None)
    sent = ctx.sentences[0]
    a = sent.text.index("50%")
    assert roles.bound_country_list(ctx, sent.start, sent.text, a, a + 3) == ["IND", "BRA"]
