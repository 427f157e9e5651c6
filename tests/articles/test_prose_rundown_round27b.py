"""Round 27b (xrundown27b): a rundown told as prose.  The sentence naming the measure comes first ("the White House
published new tariffs ..."), then sentences that give each country its rate with no tariff noun and no imposing verb
("For the region, the order sets Jordan at 15%, Tunisia at 25%, Algeria and Libya at 30% each"; "10% for Argentina
and Guatemala, and 15% for Ecuador").  Before, such a sentence was read only with three listed items or a rate noun
and a payer's verb; its "at" items never (dev d1438, d1642, d1220, d432, d1120).  Now two listed items are the
measure's rates when a sentence of the same paragraph or of the two before names a tariff; each country of an "at"
item's coordination gets the rate; the status is the start those sentences tell.  Guards: a sentence that calls its
percentages something else (margins, shares, growth, prices) stays unread, and so does a list with no measure
before it."""
from __future__ import annotations

from datetime import date

from inline import tariff_tuples

PUBLISHED = date(2025, 8, 3)


def _facts(body: str) -> set[tuple]:
    return tariff_tuples(body, PUBLISHED)


def test_at_items_after_the_measure_paragraph():
    body = ("New US tariffs on North African goods start Thursday\n\n"
            "The White House published a fresh list of tariffs on Friday. It takes effect on August 7.\n\n"
            "For the region, the order sets Tunisia at 25%, Algeria and Libya at 30% each, and Iraq at 35%.")
    got = _facts(body)
    for iso, rate in (("TUN", 25.0), ("DZA", 30.0), ("LBY", 30.0), ("IRQ", 35.0)):
        assert ("USA", iso, None, rate, "announced") in got


def test_two_for_items_after_the_measure_sentence():
    body = ("Trump trims reciprocal tariffs on food\n\n"
            "President Trump has cut his reciprocal tariffs on beef and coffee.\n\n"
            "The White House also set out frameworks with four Latin American partners. They leave the baseline "
            "rates where they are: 10% for Argentina and Guatemala, and 15% for Ecuador.")
    # Both items are the measure's rates, each with its own country. No start is told here, so their status is the
    # learned decision's, not this reading's (the rules read both `in_force`; round 35's weights too, round 36's retrain
    # reads Ecuador's `announced`): asserted without it, as round 34 did for the comparison rates below.
    got = {f[:4] for f in _facts(body)}
    assert ("USA", "ARG", None, 10.0) in got
    assert ("USA", "ECU", None, 15.0) in got


def test_coordinated_countries_before_both_at():
    body = ("Thai exporters weigh 19% US tariff\n\n"
            "Thailand will pay a 19% US tariff from August 7, the schedule says.\n\n"
            "Thailand keeps an edge over Vietnam and Taiwan, both at 20%, and China, at 51%.")
    # The coordination is the rules' reading; the status of these comparison rates is the learned decision's (the rules
    # read all three `in_force`; round 33's weights read all `announced`, round 34's retrain the two coordinated ones
    # `in_force` and China `announced`), so it is not asserted here (docs/articles-rounds.md, round 34, the lead).
    got = {(f[1], f[3]) for f in _facts(body) if f[3] in (20.0, 51.0)}
    assert got == {("VNM", 20.0), ("TWN", 20.0), ("CHN", 51.0)}


def test_margins_and_shares_after_a_tariff_sentence_stay_unread():
    body = ("US opens duty probe on solar cells\n\n"
            "Washington may impose anti-dumping duties on solar cells. The dumping margins alleged in the petition "
            "are 123.04 percent for India and 94.36 percent for Indonesia.")
    assert not {f for f in _facts(body) if f[3] in (123.04, 94.36)}
    body = ("Mexico stays top US supplier despite tariffs\n\n"
            "The tariffs have not dented Mexico's lead. Behind it were Canada, at 12.9% of the market, and China, "
            "at 7.6%.")
    assert not {f for f in _facts(body) if f[3] in (12.9, 7.6)}


def test_list_with_no_measure_before_stays_unread():
    body = ("Asian growth slows\n\n"
            "Asian economies slowed in the second quarter, official data show.\n\n"
            "Output was led by Vietnam, at 7%, and India, at 6%.")
    assert not _facts(body)


def test_region_label_names_no_goods():
    body = ("What the new US tariff rates mean\n\n"
            "Washington's new tariffs reach most of its partners.\n\n"
            "South-east Asia: framework deals set rates of 19% for Indonesia and the Philippines and 20% for Vietnam.")
    got = {(f[1], f[2], f[3]) for f in _facts(body)}
    assert {("IDN", None, 19.0), ("PHL", None, 19.0), ("VNM", None, 20.0)} <= got
