"""People named after a role and an abbreviated honorific (issue 11, round 26): in "his trade adviser, Prof. Dana
Keller" or "economist Dr. Omar Haddad" the honorific's full stop ended the name at "Prof"/"Dr", so the person was lost;
the name is read after the honorific, and stored without it (LABELING.md people: honorifics are not part of the name)."""
from __future__ import annotations

from inline import article

from tariffscope.articles import extract_facts


def people(body: str) -> dict[str, str | None]:
    return {p["name"]: p["role"] for p in extract_facts(article(body))["people"]}


def test_a_dotted_honorific_after_a_role_and_comma():
    found = people("Tariffs on steel rose to 50%. The minister travelled with her trade adviser, Prof. Dana Keller, "
                   "but by no one from the finance ministry.")
    assert "Dana Keller" in found and "Prof. Dana Keller" not in found


def test_a_dotted_honorific_after_a_lower_case_role():
    found = people("The 25% levy will cost jobs, economist Dr. Omar Haddad told reporters on Monday.")
    assert "Omar Haddad" in found
    assert (found["Omar Haddad"] or "").lower() == "economist"


def test_a_role_before_an_undotted_name_still_reads():
    assert "Dana Keller" in people("The minister travelled with her trade adviser, Dana Keller, on Monday.")


def test_a_family_name_first_in_the_headline_is_the_full_name_later():
    # the headline names the premier by family name; the body gives the full name; the quote is his
    facts = extract_facts(article("Talks focus on three goals: Premier Cho\n\nTaipei (CNA) Taiwan is pursuing three "
                                  "aims, Premier Cho Jung-tai told the Legislature on Monday. \"We want a fair rate on "
                                  "our exports,\" Cho said."))
    assert {p["name"] for p in facts["people"]} == {"Cho Jung-tai"}
    assert {q["speaker"] for q in facts["quotes"]} == {"Cho Jung-tai"}
