"""People the round-24 reading finds (issue 11): a surname that is also a title, "whose", a clause after ", but",
Ireland's titles. Each inline article failed before; the guards keep the neighbouring readings."""
from __future__ import annotations

from inline import article

from tariffscope.articles import extract_facts


def people_and_speakers(body: str) -> tuple[set[str], set[str]]:
    facts = extract_facts(article(body))
    return {p["name"] for p in facts["people"]}, {q["speaker"] for q in facts["quotes"]}


def test_lord_after_a_given_name_is_a_surname():
    names, _ = people_and_speakers("In a court filing on Friday, Brandon Lord, who directs the agency's trade "
                                   "programme, said it could not comply this week.")
    assert names == {"Brandon Lord"}


def test_whose_clause_names_a_person_whose_surname_speaks_later():
    names, speakers = people_and_speakers(
        "Elana Ruffman, whose family owns the toy businesses, welcomed the decision.\n\n"
        "\"It's very gratifying,\" Ruffman said.")
    assert names == {"Elana Ruffman"} and speakers == {"Elana Ruffman"}


def test_name_of_organisation_after_but_speaks():
    names, speakers = people_and_speakers(
        "Britain expects to keep its position, but William Bain of the British Chambers of Commerce warned that the "
        "change \"could be worse for British businesses\".")
    assert names == {"William Bain"} and speakers == {"William Bain"}


def test_irish_titles_before_a_name():
    names, speakers = people_and_speakers("The Tánaiste, Simon Harris, said the cap \"still applies to us\".")
    assert names == {"Simon Harris"} and speakers == {"Simon Harris"}


def test_guards_title_lord_and_a_firm_after_but():
    assert people_and_speakers("Lord Peter Mandelson said the talks went well.")[0] == {"Peter Mandelson"}
    assert people_and_speakers("Prices rose, but Bank of Canada officials said little.")[0] == set()
