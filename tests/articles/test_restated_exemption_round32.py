"""Round 32 (branch xexemptforms32): goods left out of a rate the story told before, in a sentence with no tariff noun.

"Pharmaceuticals, the country's largest export, were exempt from the 39% rate" names no tariff: it was read only as the
continuation of a tariff sentence right before it, so a sentence between ("Watchmakers ... were left exposed.") lost
the exemption.  tariffs._restated_exemption reads it when the rate is restated ("the 39% rate": a determiner before it),
the story read that rate before and the exemption readers name goods (LABELING.md round 15: the goods `lifted` under the
rate).  The goods take the parties of the sentence that told the rate for all goods; the rate's own null fact is not
read a second time in the exemption's tense.  A country that "escaped" the rate, or a rate the story never told,
gives nothing.
"""
from __future__ import annotations

from datetime import date

from inline import tariff_tuples

PUB = date(2025, 9, 1)


def _lifted(body: str, rate: float) -> set:
    return {t[:3] for t in tariff_tuples(body, PUB) if t[3] == rate and t[4] == "lifted" and t[2] is not None}


def test_exemption_after_a_sentence_between():
    body = ("Switzerland faces a 39% US tariff. Watchmakers and the makers of chocolate and cheese were all left exposed. "
            "Pharmaceuticals, the country's largest export, were exempt from the 39% rate, but drugmakers worked under "
            "constant uncertainty.")
    assert _lifted(body, 39.0) == {("USA", "CHE", "pharmaceuticals")}


def test_not_covered_by_the_rate_keeps_the_announced_measure():
    body = ("South Africa will face a 30% US tariff from August 7, the White House said. Exporters are bracing for the "
            "blow. Pharmaceuticals are not covered by the 30% rate for now.")
    facts = tariff_tuples(body, PUB)
    assert ("USA", "ZAF", "pharmaceuticals", 30.0, "lifted") in facts
    assert ("USA", "ZAF", None, 30.0, "in_force") not in facts    # the exemption's tense is not the measure's


def test_each_country_the_rate_was_told_for():
    body = ("Trump set a 19% tariff on goods from Malaysia, Cambodia and Thailand. Exporters there are worried. "
            "Pharmaceuticals and semiconductors are exempt from the 19% rate.")
    got = _lifted(body, 19.0)
    assert {("USA", iso, "pharmaceuticals") for iso in ("MYS", "KHM", "THA")} <= got


def test_a_country_that_escaped_or_a_rate_never_told_gives_nothing():
    escaped = "Britain faces a 50% US tariff on steel. Exports fell. We now know the UK has escaped the doubling to 50%."
    assert not _lifted(escaped, 50.0)
    untold = ("Switzerland faces a 39% US tariff. Watchmakers were left exposed. Pharmaceuticals were exempt from the "
              "12% rate.")
    assert not _lifted(untold, 12.0)
