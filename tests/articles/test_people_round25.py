"""People named after a parliamentary title (issue 11, round 25): "MP" and "MEP" written before the name are titles,
as "Senator" is; a state or region abbreviated "MP" that no name follows stays no person."""
from __future__ import annotations

from inline import article

from tariffscope.articles import extract_facts


def people(body: str) -> set[str]:
    return {p["name"] for p in extract_facts(article(body))["people"]}


def test_mp_and_mep_before_a_name_are_titles():
    assert "Wesley Douglas" in people("The figures were in a written reply from the minister to MP Wesley Douglas. "
                                      "Douglas had asked about the tariffs.")
    assert "Karin Karlsbro" in people("The proposal was welcomed by MEP Karin Karlsbro on Tuesday.")


def test_an_mp_abbreviation_without_a_name_is_no_person():
    assert people("Exports from MP rose, said Ravi Kumar, an economist.") == {"Ravi Kumar"}
