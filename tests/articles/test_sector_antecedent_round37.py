"""Round 37 (xsectortarget37): a sector rate whose sentence points back, with a demonstrative, to the goods or measure of
the sentence before.

A sector rate (cars, steel, ...) whose own sentence names no payer is read global (LABELING.md's sector rule; most such
rates are labelled null).  Where the sentence refers to the previous sentence's goods or measure with "those cars",
"that rate" or "on those", the rate is that sentence's country's (dev d1681, d1691, d987, d2042, d2071, d1761).  The
guards: a sector rate with no back reference stays global, and so does a rate whose "that rate" points back to a rate of
its own sentence.
"""
from __future__ import annotations

from inline import tariff_tuples


def _targets(body: str, rate: float) -> set:
    return {t[1] for t in tariff_tuples(body) if t[3] == rate}


def test_that_rate_takes_the_country_of_the_sentence_before():
    body = ("British exporters are waiting. Important talks remain open on the U.S. tariffs on British steel and "
            "aluminum, which still pay a 25% levy. That rate could climb to 50% on July 9 if the two sides fail to "
            "reach an agreement.")
    assert _targets(body, 50.0) == {"GBR"}


def test_the_duty_on_those_cars_takes_the_country_of_the_sentence_before():
    body = ("Mexico has unveiled a steep rise in import tariffs on cars from China. The government wants the duty on "
            "those cars lifted from 20% to 50%, the highest level the rules allow.")
    assert _targets(body, 50.0) == {"CHN"}


def test_on_those_takes_the_country_of_the_sentence_before():
    body = ("Indian textiles will enter the US duty-free under the deal. The rest of India's exports are a different "
            "story. On those, he said, Section 232 tariffs will carry on: 50 per cent on steel and 25 per cent on auto "
            "parts.")
    assert _targets(body, 50.0) == {"IND"}


def test_a_sector_rate_without_a_back_reference_stays_global():
    body = ("Korean steelmakers are counting the cost. President Donald Trump said he would raise the tariff on imported "
            "steel to 50% from June 4.")
    assert _targets(body, 50.0) == {None}


def test_that_rate_of_its_own_sentence_stays_global():
    body = ("Vietnam's furniture makers are worried. Kitchen cabinets and vanities face a 25% tariff now, and that rate "
            "will climb to 50% at the start of next year.")
    assert _targets(body, 50.0) == {None}
