"""Round 26b (xcarry26b): a rundown's items under a lead-in that names their payer.

"Under it, Mexico will keep paying:" followed by short lines ("- A 25% tariff on cars", "- a 50% tariff on steel,
aluminium and copper."): the sector items name no country of their own, so the sector rule (a sector measure has a
target only when its own clause attaches one) left them global, where the labels give the lead-in's country (dev d543,
d730).  `roles._rundown_lead_payer` gives a sector item the one country its lead-in names.  Guards: a lead-in naming
no country, or several, gives no target; a sector rate in a running sentence after such a colon is no item."""
from __future__ import annotations

from datetime import date

from inline import tariff_tuples

PUBLISHED = date(2025, 8, 1)


def _parties(body: str, rate: float) -> set[tuple]:
    return {(g[0], g[1]) for g in tariff_tuples(body, PUBLISHED) if g[3] == rate}


def test_sector_items_under_a_lead_in_naming_the_payer():
    body = ("Washington and Ottawa agreed on Friday to extend their truce by 60 days.\n\n"
            "The extension leaves two heavy US levies in place for Canada:\n\n"
            "- a 25% tariff on trucks;\n"
            "- a 50% tariff on steel and copper.\n\n"
            "Talks are to resume in September.")
    assert ("USA", "CAN") in _parties(body, 50.0)
    assert ("USA", "CAN") in _parties(body, 25.0)
    assert ("USA", None) not in _parties(body, 50.0)


def test_items_each_a_paragraph_under_the_payer_as_subject():
    body = ("Trump said on Thursday the current deal would hold for another 90 days. Under it, Brazil will keep paying:\n\n"
            "A 50% tariff on steel and aluminum\n\n"
            "A 25% tariff on cars\n\n"
            "Brazil also agreed to drop several non-tariff barriers.")
    assert ("USA", "BRA") in _parties(body, 50.0)


def test_lead_in_naming_no_payer_keeps_sector_items_global():
    body = ("Washington published its new sector rates on Friday.\n\n"
            "The duties announced so far, all due to start Oct. 1, are:\n\n"
            "- a 25% tariff on trucks;\n"
            "- a 50% tariff on steel and copper.\n\n"
            "Canada said it would study the order.")
    assert ("USA", "CAN") not in _parties(body, 50.0)
    assert ("USA", "CAN") not in _parties(body, 25.0)


def test_lead_in_naming_several_partners_gives_no_single_payer():
    body = ("The order lists the partners that pay the new sector duties: Canada, Japan and Mexico:\n\n"
            "- a 50% tariff on steel and copper.\n\n"
            "Officials said more names could follow.")
    got = _parties(body, 50.0)
    assert ("USA", "CAN") not in got or ("USA", "MEX") in got   # never one of the three alone
