"""Round 43 (xtargetposs43): a country's possessive before the rate noun, when nothing marks the rate as the possessor's
own measure, names the payer of the default imposer's rate.

"Under its agreement with Washington, Vietnam's tariff was cut to 20%" (dev d2583), "set Lesotho's tariff at 15%"
(d229), "India's 25% tariff will climb to a total of 50%" (d2544), "putting Japan's 24% across-the-board tariff on hold"
(d2765): the possessive was read as the imposer and the U.S. as the target -- both parties swapped.  The possessive stays
the imposer when an answer word ("retaliatory", "counter-tariffs", "its own"), the word "import" or an "on <country>"
object marks the measure as its own ("Canada's 25% counter-tariffs on U.S. steel", "Mexico's 25% tariff on Chinese
cars").
"""
from __future__ import annotations

from inline import tariff_tuples


def _parties(body: str, rate: float) -> set:
    return {(t[0], t[1]) for t in tariff_tuples(body) if t[3] == rate}


def test_possessive_cut_by_the_default_imposer():
    body = ("Vietnamese exporters brace for US tariffs. Under its agreement with Washington, Vietnam's tariff was cut "
            "to 20% from the 46% first announced in early April.")
    assert _parties(body, 20.0) == {("USA", "VNM")}


def test_possessive_as_the_object_of_set():
    body = ("Lesotho textile makers are hurting. US President Donald Trump's executive order last week set Lesotho's "
            "tariff at 15%, with the new rate due to apply from Thursday.")
    assert _parties(body, 15.0) == {("USA", "LSO")}


def test_counter_tariffs_stay_the_possessors_own():
    body = ("Ottawa hit back at Washington. Canada's 25% counter-tariffs on U.S. steel took effect on Monday.")
    assert _parties(body, 25.0) == {("CAN", "USA")}


def test_on_another_country_stays_the_possessors_own():
    body = ("Mexico and the United States talk trade. Mexico's 25% tariff on Chinese cars took effect on Monday.")
    assert _parties(body, 25.0) == {("MEX", "CHN")}
