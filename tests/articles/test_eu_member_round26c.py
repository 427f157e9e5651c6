"""Round 26c (xeu26c): an EU member state's own figure stays the member's when the bloc is named only as its frame
("Within the EU, Ireland posted ...", "Ireland, an EU member state, ... sent $50 billion ... to the U.S."), and a
clause that names its pair ("trade between the EU and the US") keeps that pair over a place named first (a
dateline's "in Dublin", a paper's "The Irish Examiner")."""
from __future__ import annotations

from datetime import date

from inline import parties_by_amount

PUB = date(2025, 9, 1)


def pairs(body: str) -> dict[float, frozenset]:
    return parties_by_amount(body, PUB)


def test_a_member_framed_by_within_the_eu_keeps_its_partner(values_rules_only):
    body = ("US goods deficits with its partners hit records in 2024. "
            "Within the EU, Ireland posted the largest surplus with the US, at $86.7 billion, helped by the many "
            "American companies that have set up there.")
    assert pairs(body)[86.7e9] == {"IRL", "USA"}


def test_a_member_with_the_bloc_in_an_appositive_keeps_its_partner(values_rules_only):
    body = ("Generic drugs were carved out of the deal. "
            "Ireland, an EU member state, is the single biggest source: it sent $50 billion of drug products to the "
            "U.S. in 2024.")
    assert pairs(body)[50e9] == {"IRL", "USA"}


def test_a_named_pair_wins_over_a_dateline_place(values_rules_only):
    body = ("The tanaiste warned that Irish pharma exports could halve. "
            "Speaking in Dublin on Tuesday, Mr Harris put the value of the trade relationship between the EU and "
            "the US at 1.6 trillion euro a year.")
    assert pairs(body)[1.6e12] == {"EUU", "USA"}


def test_guard_the_bloc_as_counterpart_of_a_member_flow_stays_a_party(values_rules_only):
    body = ("German exports to the US fell in April. "
            "By contrast, German exports to fellow EU member states rose 0.9 per cent to €72.9 billion.")
    assert "EUU" in pairs(body)[72.9e9]


def test_guard_the_bloc_own_flow_keeps_the_bloc(values_rules_only):
    body = ("The EU's surplus with the US narrowed in May. "
            "Within the bloc, exports to the United States fell to 40 billion euros in May.")
    assert pairs(body)[40e9] == {"EUU", "USA"}


def test_the_bloc_as_a_member_adjective_is_no_party(values_rules_only):
    body = ("Irish exporters welcomed the deal. "
            "No EU economy relies more on the American market than Ireland, which sold €81.1 billion worth of goods "
            "to the United States in 2024.")
    assert pairs(body)[81.1e9] == {"IRL", "USA"}
