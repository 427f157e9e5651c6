"""Round 35 (xbenchmark35): a rundown or comparison that gives one rate to a coordinated subject with a floating
quantifier ("Indonesia, the Philippines, Cambodia and Malaysia will each pay 19 percent", "Myanmar and Laos were each
handed 40%", "Egypt, Saudi Arabia, the UAE and Morocco were each assigned the 10% rate").  Before, "each" / "both"
between the subject and its paying verb hid the payer: the sentence read one country or none (dev d1436, d1454,
d1599, d1809).  Now the quantifier stands among the auxiliaries, the subject stays the payer and every conjunct gets
the rate, the imposer the measure's.  The subject of a comparison ("Thailand keeps an edge over Vietnam and
Taiwan, both at 20%") imposes nothing.  Guard: "given" is a paying verb only after the quantifier -- "... and Vietnam,
Indonesia, Pakistan and the Philippines were given rates of 19% to 20%" is no payer of Britain's 10% before it."""
from __future__ import annotations

from datetime import date

from inline import tariff_tuples

PUBLISHED = date(2025, 8, 3)
LEAD = "Washington sets new tariffs for its partners\n\nThe White House published its new tariff rates on Friday.\n\n"


def _pairs(body: str, rate: float) -> set[tuple]:
    """(imposer, target) of every fact of the rate."""
    return {(f[0], f[1]) for f in tariff_tuples(LEAD + body, PUBLISHED) if f[3] == rate}


def test_each_pay_gives_every_conjunct_the_rate():
    got = _pairs("Indonesia, the Philippines, Cambodia and Malaysia will each pay 19 percent.", 19.0)
    assert {("USA", "IDN"), ("USA", "PHL"), ("USA", "KHM"), ("USA", "MYS")} <= got


def test_each_handed_and_each_assigned():
    assert {("USA", "MMR"), ("USA", "LAO")} <= _pairs("Myanmar and Laos were each handed 40%.", 40.0)
    got = _pairs("Egypt, Saudi Arabia, the UAE and Morocco were each assigned the 10% rate.", 10.0)
    assert {("USA", "EGY"), ("USA", "SAU"), ("USA", "ARE"), ("USA", "MAR")} <= got


def test_both_pay_and_each_given():
    assert {("USA", "VNM"), ("USA", "TWN")} <= _pairs("Vietnam and Taiwan will both pay 20%.", 20.0)
    assert {("USA", "EGY"), ("USA", "MAR")} <= _pairs("Egypt and Morocco were each given 10 per cent.", 10.0)


def test_given_without_the_quantifier_is_no_payer_of_the_rate_before():
    got = _pairs("Britain secured a 10% rate, and Vietnam, Indonesia, Pakistan and the Philippines were given rates "
                 "of 19% to 20%.", 10.0)
    assert got == {("USA", "GBR")}


def test_the_comparing_subject_imposes_nothing():
    # round 34's note on the round-27b rundown test: "keeps" read Thailand, the comparison's subject, as the imposer of
    # the rates it is compared with; an edge or advantage "over" is a comparison's object, the rates stay the US's
    body = ("Thai exporters weigh 19% US tariff\n\n"
            "Thailand will pay a 19% US tariff from August 7, the schedule says.\n\n"
            "Thailand keeps an edge over Vietnam and Taiwan, both at 20%, and China, at 51%.")
    got = {(f[0], f[1], f[3]) for f in tariff_tuples(body, PUBLISHED) if f[3] in (20.0, 51.0)}
    assert got == {("USA", "VNM", 20.0), ("USA", "TWN", 20.0), ("USA", "CHN", 51.0)}
