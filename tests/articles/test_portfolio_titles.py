"""Round 22b: a title that names its portfolio before the name ("Secretary for Transport and Logistics Mable Chan",
"Deputy Minister for Trade and Investment Kang Kam-chan", "Minister of Finance Chuang Tsui-yun"): the person is the
name at the end of the run of capitals, and the quotes after "<Name> said" are theirs (LABELING.md people: every named
person, full name as published; quotes: the speaker's full name).  Seen in seven writer batches of dev."""
from __future__ import annotations

from inline import article

from tariffscope.articles.extract import extract_facts


def _facts(body: str) -> dict:
    return extract_facts(article(body))


def _names(facts: dict) -> set[str]:
    return {p["name"] for p in facts["people"]}


def test_a_portfolio_of_two_fields_and_the_quote_of_the_name_after_it():
    facts = _facts("Hong Kong exports\n\n"
                   "Secretary for Transport and Logistics Mable Chan said air exports climbed 3.2 per cent. "
                   "“We do not expect the increases to last,” she said.")
    assert "Mable Chan" in _names(facts)
    assert ("Mable Chan", "We do not expect the increases to last") in {(q["speaker"], q["text"]) for q in facts["quotes"]}


def test_the_portfolios_last_word_is_not_a_given_name():
    facts = _facts("Korea exports\n\n"
                   "Deputy Minister for Trade and Investment Kang Kam-chan said the decline showed stability.")
    assert "Kang Kam-chan" in _names(facts)
    assert "Investment Kang Kam-chan" not in _names(facts)


def test_initials_and_a_family_name_first_belong_to_the_name():
    facts = _facts("Steel\n\n"
                   "Union Minister for Steel and Heavy Industries H D Kumaraswamy called the decision timely. "
                   "A delegation headed by Minister of Industry and Trade Nguyen Hong Dien held talks.")
    assert {"H D Kumaraswamy", "Nguyen Hong Dien"} <= _names(facts)
    assert "Hong Dien" not in _names(facts)


def test_capitals_that_run_past_a_sentence_end_are_no_name():
    facts = _facts("Tiles\n\n"
                   "The ministry acted by issuing Minister of Finance Regulation No. 70 of 2024 on the duties. "
                   "Trump spoke with To Lam, General Secretary of Vietnam's Communist Party. Under the terms, goods pay 20%.")
    assert not {n for n in _names(facts) if "Regulation" in n or "Under" in n}
