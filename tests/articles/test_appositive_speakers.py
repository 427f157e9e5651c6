"""Round 20: people named beside an appositive that says what they do, and the quotes they speak
(LABELING.md people: every named person in the body; quotes: the person's full name as published). The forms are
the ones many writer batches use: the role before the name ("the toymaker's chief financial officer, Gina Goetter,"),
the role after it ("Janet Mui, head of market analysis at RBC Brewin Dolphin,"), a relative "who" ("Guy Parmelin,
who heads ..."), a month abbreviation as a given name ("Wang Jun"), and a quotation paragraph that goes on in the
voice of the one before it."""
from __future__ import annotations

from inline import article

from tariffscope.articles.extract import extract_facts


def _facts(body: str) -> dict:
    return extract_facts(article(body))


def _quotes(facts: dict) -> set[tuple[str, str]]:
    return {(q["speaker"], q["text"]) for q in facts["quotes"]}


def test_a_role_owned_by_a_common_noun_before_the_name_and_the_quote_it_follows():
    facts = _facts("Toymakers react\n\n"
                   "Hasbro dropped its plan to raise prices. “Every day is a new adventure,” the toymaker's chief "
                   "financial officer, Gina Goetter, said at a conference.")
    assert "Gina Goetter" in {p["name"] for p in facts["people"]}
    assert _quotes(facts) == {("Gina Goetter", "Every day is a new adventure")}


def test_a_name_with_its_role_as_a_title_or_with_its_field_and_a_who_clause():
    facts = _facts("Trade deal reactions\n\n"
                   "John Denton, Secretary General of the International Chamber of Commerce, was more guarded.\n\n"
                   "Janet Mui, head of market analysis at RBC Brewin Dolphin, expects more volatility.\n\n"
                   "Guy Parmelin, who heads Switzerland's economics department, struck an upbeat tone.\n\n"
                   "Nitin Awasthi of InCred Equities expects the shock to reach American prices. "
                   "The Scottish Chambers of Commerce advises firms to check origin rules.")
    names = {p["name"] for p in facts["people"]}
    assert {"John Denton", "Janet Mui", "Guy Parmelin", "Nitin Awasthi"} <= names
    assert not any("Chambers" in n for n in names)


def test_a_month_abbreviation_after_a_family_name_is_the_given_name():
    facts = _facts("China exports\n\n"
                   "“Trade is facing increasing uncertainty,” Wang Jun, a vice minister at China's customs agency, "
                   "told a press conference on Monday.")
    assert "Wang Jun" in {p["name"] for p in facts["people"]}
    assert _quotes(facts) == {("Wang Jun", "Trade is facing increasing uncertainty")}


def test_a_quotation_paragraph_goes_on_in_the_voice_of_the_paragraph_before():
    facts = _facts("Steel probe\n\n"
                   "Industry Minister Tim Ayres declined to comment.\n\n"
                   "“We are backing Australian manufacturing,” he told ABC News Breakfast on Friday.\n\n"
                   "“We have acted to make sure that our anti-dumping regime is fit for purpose.”\n\n"
                   "“A bit crazy”\n\n"
                   "Exporters were not consulted.")
    assert _quotes(facts) == {("Tim Ayres", "We are backing Australian manufacturing"),
                              ("Tim Ayres", "We have acted to make sure that our anti-dumping regime is fit for purpose.")}


def test_a_middle_initial_does_not_make_a_second_person():
    facts = _facts("Thai tariffs\n\n"
                   "President Donald J. Trump set a 36% rate on Thai goods. Trump said talks would go on.")
    people = [(p["name"], p["country"]) for p in facts["people"]]
    assert people == [("Donald J. Trump", "USA")]
