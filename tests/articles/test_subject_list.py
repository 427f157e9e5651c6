"""Round 16 (xproducts6): a plain list of goods as the subject of a pay/face verb gives one fact per item
(LABELING.md: "One fact per product when the text lists several products at one rate")."""
from __future__ import annotations

from inline import tariff_tuples


def _goods(body: str, rate: float) -> set:
    return {g[2] for g in tariff_tuples(body) if g[3] == rate}


def test_items_the_lexicon_does_not_know_each_give_a_fact():
    # before: only the phrase after the last "and" ("masur dal")
    assert _goods("India raised tariffs on US goods. The duty on walnuts has gone up to 120% from 30%, while "
                  "chickpeas, Bengal gram and masur dal will now attract a 70% duty.", 70.0) == \
        {"chickpeas", "bengal gram", "masur dal"}


def test_a_known_and_an_unknown_item_both_give_a_fact():
    # before: the lexicon's item only ("spirits")
    assert _goods("EU wines and spirits currently face a 15 per cent tariff.", 15.0) == {"wines", "spirits"}


def test_a_capitalised_plural_opening_the_sentence_is_an_item():
    assert _goods("Walnuts and almonds will now attract a 70% duty.", 70.0) == {"walnuts", "almonds"}


def test_countries_listed_as_the_subject_are_no_goods():
    assert _goods("Canada and Mexico face a 25% tariff.", 25.0) == {None}


def test_examples_in_the_subject_do_not_split_the_measure():
    # the measure's own goods words, as on main (LABELING.md round 9)
    assert _goods("Farm goods, such as beef and pork, face a 10% tariff.", 10.0) == {"farm goods"}


def test_a_list_of_known_goods_reads_as_before():
    assert _goods("Japanese cars and auto parts face a 25% tariff.", 25.0) == {"cars", "auto parts"}


def test_an_adjective_coordination_is_one_phrase():
    assert "industrial" not in _goods("Certain industrial and power-grid equipment will pay a transitional rate of "
                                      "15%.", 15.0)


def test_two_clauses_joined_by_and_are_no_list():
    assert "goal" not in _goods("That goal has now faded, and UK steelmakers will keep paying a 25% tariff.", 25.0)
