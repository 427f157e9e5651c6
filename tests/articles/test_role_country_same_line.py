"""Round 21b: the country of a role written in lower case or as a capitalised noun before a name ("Mexican economist
Jane Holloway", "President Donald Trump") is the word just before the role on the same line.  A headline that ends
with a country ("... new 40% duty on Brazil") says nothing of the person who opens the body under it: read across the
paragraph break, it made Donald Trump Brazilian and then Brazil the imposer of its own tariff (d1285, d181)."""
from __future__ import annotations

from inline import article, tariff_tuples

from tariffscope.articles.extract import extract_facts


def _countries(body: str) -> dict[str, str | None]:
    return {p["name"]: p["country"] for p in extract_facts(article(body))["people"]}


def test_a_headline_ending_in_a_country_does_not_give_the_body_s_first_person_its_country():
    body = ("US spares orange juice from new 40% duty on Brazil\n\n"
            "President Donald Trump on Wednesday signed an order imposing a 40% tariff on Brazilian goods.")
    assert _countries(body)["Donald Trump"] == "USA"
    assert {t[0] for t in tariff_tuples(body)} <= {"USA"}


def test_an_unknown_person_under_such_a_headline_keeps_no_country():
    body = ("Tariff costs mount for Poland\n\n"
            "Economist Piotr Kowalczyk said the levies would cost exporters dearly.")
    assert _countries(body)["Piotr Kowalczyk"] is None


def test_a_country_word_before_the_role_on_the_same_line_still_gives_the_country():
    body = "Tariffs bite\n\nThe move hurts exporters, Mexican economist Jane Holloway said on Monday."
    assert _countries(body)["Jane Holloway"] == "MEX"
