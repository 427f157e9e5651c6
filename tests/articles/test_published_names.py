"""Round 19b: a well-known person the text never names in full is labelled by the form the text writes
(LABELING.md people, round 15: "a person the text names by surname only → that surname"; quotes take the same
speaker name). KNOWN_PEOPLE still supplies the role and country behind the surname."""
from __future__ import annotations

from inline import article

from tariffscope.articles.extract import extract_facts


def _facts(body: str) -> dict:
    return extract_facts(article(body))


def test_surname_only_is_the_published_name_of_a_person_and_a_speaker():
    facts = _facts("Cattlemen cheer beef tariff\n\n"
                   "The tariff on Brazilian beef rose this week after Trump called the case against Jair Bolsonaro "
                   "a “witch hunt that should end immediately.”\n\n"
                   "“We hope the higher tariff will be a deterrent,” Trump said on Friday.")
    people = {p["name"]: p for p in facts["people"]}
    assert "Trump" in people and "Donald Trump" not in people
    assert people["Trump"]["country"] == "USA"
    assert {q["speaker"] for q in facts["quotes"]} == {"Trump"}


def test_the_full_name_written_once_stays_the_name():
    facts = _facts("Leaders meet\n\n"
                   "President Donald Trump met Canadian Prime Minister Mark Carney on Tuesday.\n\n"
                   "“It was a good meeting,” Trump said, and Carney agreed.")
    names = {p["name"] for p in facts["people"]}
    assert {"Donald Trump", "Mark Carney"} <= names and "Trump" not in names


def test_a_title_with_a_first_name_is_no_published_name():
    facts = _facts("UK talks\n\nSir Keir said Britain would not retaliate, and Starmer repeated it later.")
    assert [p["name"] for p in facts["people"]] == ["Starmer"]


def test_a_full_name_written_without_accents_is_published_as_written():
    facts = _facts("Brazil\n\nPresident Luiz Inacio Lula da Silva said the country would respond, and Lula repeated it.")
    assert [(p["name"], p["country"]) for p in facts["people"]] == [("Luiz Inacio Lula da Silva", "BRA")]
