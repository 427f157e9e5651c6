"""Round 39 (xpointer39): a description of a country standing as a party is a mention of that country.

"duties of 39% on imports from the wealthy Alpine country" (dev d1695), "anti-dumping duties of as much as 62.4% on pork
imported from the bloc" (d1719), "a 15% tax on goods imported from the country" (d2289): the object of on / from /
against / with names the one country other than the default imposer named before it (its sentence and the two before);
"the Indian Ocean nation's exports" (d1235) owns goods and is no India.  The guards: the imposer's own "brought into the
country" is no party, and a description after a list of countries ("unless a deal on the Arctic island") names none.
"""
from __future__ import annotations

from inline import tariff_tuples


def _parties(body: str, rate: float) -> set:
    return {(t[0], t[1]) for t in tariff_tuples(body) if t[3] == rate}


def test_imports_from_the_description_target_the_country_before():
    body = ("Watchmakers are counting the cost. US President Donald Trump stunned Switzerland in August when he announced "
            "duties of 39% on imports from the wealthy Alpine country, one of the steepest rates in his tariff offensive.")
    assert {p[1] for p in _parties(body, 39.0)} == {"CHE"}


def test_the_bloc_as_an_object_is_the_eu():
    body = ("Pig farmers in Spain and Denmark braced for the blow. China's commerce ministry raised the stakes in its trade "
            "dispute with the European Union, announcing provisional anti-dumping duties of as much as 62.4% on pork "
            "imported from the bloc.")
    assert _parties(body, 62.4) == {("CHN", "EUU")}


def test_a_demonym_inside_the_description_is_no_country():
    body = ("Sri Lanka's garment makers fear for their orders. Washington has threatened a 44% tariff on about $3 billion "
            "of the Indian Ocean nation's exports, which are mostly clothing.")
    assert {p[1] for p in _parties(body, 44.0)} == {"LKA"}


def test_into_the_country_is_the_imposers_own_and_gives_no_target():
    body = ("Chile is the world's largest copper producer. The United States said on July 9 that it will charge a 50% "
            "tariff on all copper brought into the country, starting on August 1.")
    assert {p[1] for p in _parties(body, 50.0)} == {None}
