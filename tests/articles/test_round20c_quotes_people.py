"""Round 20c: people named after a role whose portfolio joins two fields with "and" or names a posting with "to"
("Colombia's Minister of Mines and Energy, Edwin Palma,", "China's ambassador to Canada, Wang Di,"), and names with a
generational suffix ("Sergio Ortiz-Luis, Jr.", "Ferdinand Marcos Jr", "George Tuttle III"), and the quotes they
speak (LABELING.md people: full name as published; quotes: the speaker's full name as published); and quoted names
of tariff kinds (“reciprocal” tariffs, the so-called “worst offender” tariffs), which are labels, not quotes. Each
form occurs in three or more writer batches of dev."""
from __future__ import annotations

from inline import article

from tariffscope.articles.extract import extract_facts


def _facts(body: str) -> dict:
    return extract_facts(article(body))


def _quotes(facts: dict) -> set[tuple[str, str]]:
    return {(q["speaker"], q["text"]) for q in facts["quotes"]}


def test_a_role_with_a_portfolio_of_two_fields_or_a_posting_before_the_name():
    facts = _facts("Neighbours trade blows\n\n"
                   "Colombia's Minister of Mines and Energy, Edwin Palma, described the tariff as an "
                   "“economic aggression”.\n\n"
                   "China's ambassador to Canada, Wang Di, said Beijing would “reciprocate accordingly” if Ottawa moved.")
    assert {"Edwin Palma", "Wang Di"} <= {p["name"] for p in facts["people"]}
    assert _quotes(facts) == {("Edwin Palma", "economic aggression"), ("Wang Di", "reciprocate accordingly")}


def test_a_portfolio_running_on_with_and_after_the_comma_is_no_name():
    facts = _facts("Talks in Washington\n\n"
                   "The push has taken Maroš Šefčovič, the European Commissioner for Trade and Economic Security, "
                   "Interinstitutional Relations and Transparency, to Washington.")
    assert not any("Interinstitutional" in p["name"] for p in facts["people"])


def test_a_generational_suffix_stays_with_the_name_and_its_quotes():
    facts = _facts("Exporters weigh the new rate\n\n"
                   "“That's where the issue lies for us,” Philexport President Sergio Ortiz-Luis, Jr. said by phone.\n\n"
                   "The rate came after Trump received President Ferdinand Marcos Jr at the White House. "
                   "Ferdinand Marcos called the deal a “significant achievement” for Manila.\n\n"
                   "Customs lawyer George Tuttle III said the order left importers guessing.")
    names = {p["name"] for p in facts["people"]}
    assert {"Sergio Ortiz-Luis, Jr.", "Ferdinand Marcos Jr", "George Tuttle III"} <= names
    assert not {"Sergio Ortiz-Luis", "Ferdinand Marcos", "George Tuttle"} & names
    assert {("Sergio Ortiz-Luis, Jr.", "That's where the issue lies for us"),
            ("Ferdinand Marcos Jr", "significant achievement")} <= _quotes(facts)


def test_quoted_names_of_tariff_kinds_are_labels_not_quotes():
    facts = _facts("Tariffs return\n\n"
                   "President Donald Trump announced a 24% “reciprocal” tariff on Japanese goods in April. "
                   "Countries face higher rates, the so-called “worst offender” tariffs.\n\n"
                   "Trump said he would put a “secondary” tariff on buyers of Venezuelan oil. "
                   "Trump called the deal “a great deal for everyone”.")
    assert _quotes(facts) == {("Donald Trump", "a great deal for everyone")}
