"""Round 41 (xhypo41): a rate a condition only supposes -- the condition's own verb sets it and brings it in with an
indefinite article ("if Washington brings in a 20% tariff", "if the EU imposed a tariff of around 20%", "If the firm
were also subject to a 70% AD duty") -- is a hypothetical, no fact (LABELING.md).  A condition about a measure the
story has ("if the United States goes ahead with the 50% tariff"), a rate in the main clause of a conditional threat
("will respond with a 25% tariff if ..."), and a rate with "would" and its consequence ("a 30% rate would badly
disrupt trade") are not read here and stay."""
from __future__ import annotations

from datetime import date

from inline import tariff_tuples

from tariffscope.articles.tariffs import supposed_rate


def test_a_rate_an_if_clause_brings_in_is_no_fact():
    body = ("Irish drugmakers brace for the worst. Ireland's pharmaceutical exports to the United States could halve "
            "if Washington brings in a 20% tariff and the European Union answers in kind, the deputy premier said.")
    assert tariff_tuples(body, date(2025, 4, 1)) == set()


def test_coordinated_supposed_rates_are_no_facts():
    body = ("Describing a worst case, he said: \"In theory, if the EU imposed a tariff of around 20% and the US "
            "imposed a tariff around 20%, you could see output halve.\" Ireland exports drugs to the US.")
    assert tariff_tuples(body, date(2025, 4, 1)) == set()


def test_a_condition_about_the_story_s_measure_keeps_its_rate():
    body = ("Beef exporters count the cost. They stand to lose $1 billion if the United States goes ahead with the "
            "50% tariff on Brazilian goods that President Donald Trump announced for August 1.")
    assert any(t[3] == 50.0 for t in tariff_tuples(body, date(2025, 7, 20)))


def _fact(sentence: str, rate: str) -> dict:
    start = sentence.index(rate)
    return {"sentence": sentence, "_rate": (start, start + len(rate), None)}


def test_the_condition_s_verb_and_article_decide():
    assert supposed_rate(_fact("Shrimp would suffer most if the US imposes a 20% tariff on seafood.", "20%"))
    assert supposed_rate(_fact("If the firm were also subject to a 70% AD duty, the total would be 89%.", "70%"))
    assert not supposed_rate(_fact("Canada will respond with a 25% tariff if Washington acts.", "25%"))
    assert not supposed_rate(_fact("Jobs will go if Trump goes ahead with a 36% tariff on Thai goods.", "36%"))
    assert not supposed_rate(_fact("Jobs will go unless Washington withdraws its 145% tariffs.", "145%"))
    assert not supposed_rate(_fact("Should the US apply 25% tariffs to EU goods, wine exports could drop.", "25%"))
    assert not supposed_rate(_fact("Exporters warned that a 30% rate would badly disrupt trade.", "30%"))
