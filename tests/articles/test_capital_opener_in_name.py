"""Round 22b: a word that opens sentences ("Even", "Meanwhile") and is dropped from the front of a name there, is a
given name when it stands capitalised inside a sentence ("…,” said Even Rogers Pay, a director at Trivium China":
five writer batches of dev quote the analyst so)."""
from __future__ import annotations

from inline import article

from tariffscope.articles.extract import extract_facts


def test_a_capitalised_opener_inside_a_sentence_is_the_given_name():
    facts = extract_facts(article("Pork duties\n\n"
                                  "“That will benefit Chinese pig farming companies,” said Even Rogers Pay, a director at "
                                  "Beijing-based consultancy Trivium China."))
    assert "Even Rogers Pay" in {p["name"] for p in facts["people"]}
    assert {q["speaker"] for q in facts["quotes"]} == {"Even Rogers Pay"}


def test_the_same_word_opening_a_sentence_is_not_a_name():
    facts = extract_facts(article("Talks\n\n"
                                  "Canada has pressed for relief. Even Mark Carney said on Monday that the talks were "
                                  "“difficult.”"))
    assert "Mark Carney" in {p["name"] for p in facts["people"]}
    assert not any(p["name"].startswith("Even") for p in facts["people"])
