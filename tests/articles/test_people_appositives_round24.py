"""People in apposition with their role (issue 11, round 24, xpeople24b): titles written with a capital or a hyphen,
employers after up to three lower-case words or with no capital at all, "of <employer>" as the whole appositive,
names of five words with a particle, and a known person written without accents."""
from __future__ import annotations

from inline import article

from tariffscope.articles import extract_facts


def people(body: str) -> set[str]:
    return {p["name"] for p in extract_facts(article(body))["people"]}


def test_hyphenated_and_capitalised_titles():
    assert people("Gareth Stace, Director-General of UK Steel, welcomed the decision.") == {"Gareth Stace"}
    assert people("Fadel Marzouk, Chairperson of the Apparel Export Council of Egypt, said exports rose.") == {"Fadel Marzouk"}


def test_employer_after_three_lower_case_words_or_in_lower_case():
    assert people("Robert Purdue, head of dealing at financial services firm Ebury, said the scale was large.") \
        == {"Robert Purdue"}
    assert people("Chris Davison, CEO of the council, pointed out that shippers were struggling.") == {"Chris Davison"}


def test_of_employer_appositive_before_a_speech_verb():
    assert people("Jonas Goltermann, of London-based Capital Economics, said the process would drag on.") \
        == {"Jonas Goltermann"}


def test_five_word_name_with_a_particle():
    assert people("Carmem Lucia Chaves de Brito, the BSCA President, said the tariffs would hurt.") \
        == {"Carmem Lucia Chaves de Brito"}


def test_known_person_written_without_accents_is_one_person_with_the_known_country():
    facts = extract_facts(article("[Photo: President Luiz Inacio Lula da Silva in a file image.]\n\n"
                                  "Lula welcomed the decision. \"I am happy,\" the Brazilian president said."))
    assert [(p["name"], p["country"]) for p in facts["people"]] == [("Luiz Inacio Lula da Silva", "BRA")]
    assert {q["speaker"] for q in facts["quotes"]} == {"Luiz Inacio Lula da Silva"}


def test_guards_a_firm_in_apposition_and_the_accented_known_form():
    assert people("Rio Tinto, the largest aluminium producer in Canada, said output would fall.") == set()
    assert people("Maroš Šefčovič, the EU trade commissioner, said talks go on.") == {"Maroš Šefčovič"}
