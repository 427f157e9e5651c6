"""Round 33 (xtarget33): two readings of who is a party of a rate, from its own clause.

A country the rate's own object phrase names as the owner of the goods it hits ("... imposed on Swiss goods", "keeps a
10% tariff on British goods in place", "the total levies on Indian exports to 50%") is its payer, never its imposer: a
cue that made it the imposer (a subject agreeing or keeping, an object of "between", "New Delhi keeps buying") gives
way, and the imposer is read as for a rate that names none (dev d2046, d1654, d1876, d286, d2173).  A country named
only as the reference of a relation noun ("any US trading partner", "the United States' trading partners") is no
party at all (d1403, d1470, d1627, d1698).  The guards: another measure's goods after another tariff noun, and "US
imports" (the market, not the owner), keep the reading of the base."""
from __future__ import annotations

from inline import tariff_tuples


def _parties(body: str, rate: float) -> set[tuple]:
    return {(t[0], t[1]) for t in tariff_tuples(body) if t[3] == rate}


def test_coordinated_subject_agreeing_is_not_the_imposer_of_a_rate_on_its_goods():
    body = ("Switzerland wins tariff relief. The United States and Switzerland have agreed to lower the 39% tariffs "
            "that US President Donald Trump imposed on Swiss goods last summer, US officials said on Friday.")
    got = _parties(body, 39.0)
    assert ("USA", "CHE") in got and ("CHE", "USA") not in got


def test_object_of_between_is_not_the_imposer_of_a_rate_on_its_goods():
    body = ("British exporters get some clarity. According to The Economist, the new agreement between the United "
            "States and the United Kingdom keeps a 10% tariff on British goods in place.")
    got = _parties(body, 10.0)
    assert ("USA", "GBR") in got and ("GBR", "USA") not in got


def test_a_trading_partner_reference_is_no_party():
    body = ("India faces the steepest US rate in Asia. Last week Trump imposed an additional 25% tariff on Indian goods "
            "because New Delhi keeps buying Russian oil, bringing the total levies on Indian exports to 50%, among "
            "the highest faced by any US trading partner.")
    got = _parties(body, 50.0)
    assert ("USA", "IND") in got and ("IND", "USA") not in got


def test_another_measures_goods_keep_the_imposer():
    body = ("India weighs its answer to the US car tariff. New Delhi says Washington's 25% levy on vehicles and parts "
            "is a safeguard in disguise and reserves the right to raise duties on American goods by an equivalent "
            "amount.")
    got = _parties(body, 25.0)
    assert got and all(imposer == "USA" for imposer, _ in got)
