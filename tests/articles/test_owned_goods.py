"""Round 16 (xtargets6): LABELING.md's target rules read as written.  A rate on "its / their" goods is the pronoun's
country's ("the named country when the text says its goods pay it"); a baseline stated for one named country is that
country's ("null only when stated for all partners")."""
from __future__ import annotations

from datetime import date

from inline import tariff_tuples


def _targets(body: str, rate: float) -> set:
    return {(t, p) for _, t, p, r, _ in tariff_tuples(body, date(2025, 9, 10)) if r == rate}


def test_sector_rate_on_its_steel_is_the_subjects_not_global():
    body = ("EU ministers met in Brussels on Monday.\n\n"
            "The EU wants relief from the 50% US tariff on its steel and aluminum; Washington wants changes to digital rules.")
    assert _targets(body, 50.0) == {("EUU", "steel"), ("EUU", "aluminum")}


def test_the_levy_on_its_steel_before_the_rate_passes_over_the_tariffs_own_adjective():
    body = ("Britain's steelmakers cut output again in August.\n\n"
            "The UK has stopped pressing for the American levy on its steel, which currently stands at 25%, to be cut.")
    assert _targets(body, 25.0) == {("GBR", "steel")}


def test_its_goods_passes_over_a_prepositions_object_for_the_subject():
    body = ("Mexico's economy slowed in the second quarter.\n\n"
            "Mexico is negotiating with Washington to bring down US tariffs of 50% on its steel and aluminium, "
            "and officials say Chinese companies use the country to get around duties.")
    assert _targets(body, 50.0) == {("MEX", "steel"), ("MEX", "aluminium")}


def test_their_goods_takes_the_listed_countries():
    body = ("Pharmaceutical tariffs start on October 1.\n\n"
            "Japan and the EU signed agreements with Washington that set a 15% tariff on their pharmaceuticals.")
    assert _targets(body, 15.0) == {("JPN", "pharmaceuticals"), ("EUU", "pharmaceuticals")}


def test_an_export_duty_on_the_imposers_own_goods_takes_no_owner():
    body = ("Rice prices rose in Asia this week.\n\n"
            "India imposed a 20% export duty on its rice shipments to curb local prices.")
    assert {t for t, _ in _targets(body, 20.0)} != {"IND"}


def test_a_baseline_left_for_one_named_country_is_its():
    body = ("Seoul's exporters are still waiting for a deal.\n\n"
            "In April Korean goods were assigned a 25% tariff, which was suspended for 90 days, leaving a 10% "
            "baseline duty in place.")
    assert {t for t, _ in _targets(body, 10.0)} == {"KOR"}


def test_a_baseline_stated_for_most_partners_stays_global():
    body = ("Seoul's exporters are still waiting for a deal.\n\n"
            "Korean cars pay 25%, and Washington charges a 10% baseline tariff on goods from almost every trading partner.")
    assert {t for t, _ in _targets(body, 10.0)} == {None}
