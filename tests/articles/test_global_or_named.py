"""Round 13b: a sector rate stated for every partner while naming one (null target), and a named country's own rate
read after the same rate stated for every partner (kept, not a restatement) -- LABELING.md's sector and baseline rules."""
from __future__ import annotations

from datetime import date

from tariffscope.articles import extract_facts

from inline import article as art


def tariffs(body: str) -> set[tuple]:
    return {(t["imposer"], t["target"], t["product"], t["rate_pct"], t["status"])
            for t in extract_facts(art(body, date(2025, 6, 10)))["tariffs"]}


def test_sector_duty_that_applies_to_imports_generally_names_no_target():
    got = tariffs("Mexican steel and aluminum shipments are subject to the US duties of 50 percent that apply to "
                  "imports of the metals.")
    assert {(t, p) for _, t, p, r, _ in got if r == 50.0} == {(None, "steel"), (None, "aluminum")}


def test_sector_duty_on_all_imports_including_a_named_partner_is_global():
    got = tariffs("Since March 12, the United States has charged a 25 percent tariff on all imports of steel and "
                  "aluminum and related products, including those from the EU.")
    assert {(t, p) for _, t, p, r, _ in got if r == 25.0} == {(None, "steel"), (None, "aluminum")}


def test_sector_duty_on_all_imports_of_goods_from_a_named_country_keeps_it():
    got = tariffs("Washington has charged a 25 percent tariff on all imports of steel from Canada since March.")
    assert {t for _, t, _, r, _ in got if r == 25.0} == {"CAN"}


def test_named_countrys_own_rate_after_the_rate_for_every_partner_is_kept():
    got = tariffs("From Wednesday, steel and aluminium arriving in the United States from most countries has been "
                  "charged a 50% tariff, which replaces the across-the-board 25% duty that Washington introduced in "
                  "March. Under Trump's latest executive order, British steel and aluminium will continue to pay the "
                  "existing 25% rather than the new 50%.")
    assert {("USA", "GBR", "steel", 25.0, "in_force"), ("USA", "GBR", "aluminium", 25.0, "in_force")} <= got
    assert ("USA", None, "steel", 25.0, "lifted") in got
