"""Round 20: people named beside an appositive that says what they do, and the quotes they speak
(LABELING.md people: every named person in the body; quotes: the person's full name as published). The forms are
the ones many writer batches use: the role before the name ("the toymaker's chief financial officer, Gina Goetter,"),
the role after it ("Janet Mui, head of market analysis at RBC Brewin Dolphin,"), a relative "who" ("Guy Parmelin,
who heads ..."), a month abbreviation as a given name ("Wang Jun"), and a quotation paragraph that goes on in the
voice of the one before it.  Round 20c: a role whose portfolio joins two fields with "and" or names a posting with
"to" ("Colombia's Minister of Mines and Energy, Edwin Palma,", "China's ambassador to Canada, Wang Di,"), names with a
generational suffix ("Sergio Ortiz-Luis, Jr.", "George Tuttle III"), and quoted names of tariff kinds (“reciprocal”
tariffs, the so-called “worst offender” tariffs), which are labels, not quotes.  Each form occurs in three or more
writer batches of dev."""
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
