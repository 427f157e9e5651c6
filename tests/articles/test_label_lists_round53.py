"""Round 53 (xsections53): a rate table's row may group the partners that share its rate before the colon or dash
("Laos and Myanmar: 40%", "Iraq, Libya, Algeria and Sri Lanka: 30%"): one fact per listed country (LABELING.md round
14), read only when every name of the label is a country.  A list's intro with no status of its own ("The largest
partners and their rates are:") takes the status its paragraph's sentences before it tell (round 23b: a list row with
no cue of its own takes its intro's status).  The stories run the rules alone.
"""
from __future__ import annotations

from datetime import date

from inline import tariff_tuples

LEAD = ("Trump turns tariff fire on seven more countries\n\n"
        "US President Donald Trump has set new tariffs for seven more countries in letters posted on Monday.\n\n")


def _facts(body: str) -> set:
    """(imposer, target, rate_pct) of every tariff fact of the inline article."""
    return {(t[0], t[1], t[3]) for t in tariff_tuples(body)}


def test_a_row_listing_four_countries_gives_each_the_rate(rules_only):
    facts = _facts(LEAD + "The new rates break down as follows:\n\n- Iraq, Libya, Algeria and Sri Lanka: 30%\n\n"
                          "- Brunei and Moldova: 25%\n\n- The Philippines: 20%")
    assert {("USA", iso, 30.0) for iso in ("IRQ", "LBY", "DZA", "LKA")} <= facts
    assert {("USA", "BRN", 25.0), ("USA", "MDA", 25.0), ("USA", "PHL", 20.0)} <= facts


def test_a_dash_row_of_two_countries(rules_only):
    facts = _facts(LEAD + "The rates at a glance\n\nLaos and Myanmar - 40 percent\n\nSwitzerland, Iraq and Serbia - 35 percent")
    assert {("USA", "LAO", 40.0), ("USA", "MMR", 40.0), ("USA", "CHE", 35.0), ("USA", "IRQ", 35.0),
            ("USA", "SRB", 35.0)} <= facts


def test_one_country_with_and_in_its_name_is_one_fact(rules_only):
    facts = _facts(LEAD + "The rates at a glance\n\nBosnia and Herzegovina: 30%\n\nSerbia: 35%")
    assert ("USA", "BIH", 30.0) in facts
    assert not any(rate == 30.0 and target not in ("BIH", None) for _, target, rate in facts)


def test_a_list_intro_takes_its_paragraphs_status(rules_only):
    body = ("Trump sets reciprocal tariffs on all countries\n\n"
            "President Donald Trump signed an order on April 2, 2025 setting reciprocal tariffs.\n\n"
            "Roughly 60 countries will pay more than the baseline from April 9, 2025. The largest partners and their "
            "rates are:\n\nChina, Hong Kong and Macau: 34%\n\nVietnam: 46%")
    facts = {(t[1], t[3], t[4]) for t in tariff_tuples(body, published=date(2025, 4, 2))}
    assert {("CHN", 34.0, "announced"), ("HKG", 34.0, "announced"), ("MAC", 34.0, "announced"),
            ("VNM", 46.0, "announced")} <= facts
