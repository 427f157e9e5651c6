"""Round 26b (xglobal26b): a rate stated for all or most partners whose sentence names one country as its paying subject
gives that country as target (LABELING.md, round 18, restated in round 25: "Kenyan goods pay the 10% tariff that
Washington applies to most trading partners" is one fact on Kenya; null only where no payer is named).

Before, an every-partner phrase anywhere in the rate's clause ("like those of almost every other trading partner",
"for almost every country") nulled a target the cues had read, a bare "imported" on a sector rate's goods nulled its
named paying subject, and a payer the cues left out (a relative clause between it and its verb, "except China, which
remains subject to") was never read (dev d293, d298, d1433, d923, d129, d1533).  The guards: a sector rate that
Washington "applies to all suppliers" stays null beside its named payer (LABELING.md's sector rule, d078), "including
Kenya" names an example, not a payer, and an active "charged" is the imposer's act."""
from __future__ import annotations

from datetime import date

from inline import tariff_tuples

PUBLISHED = date(2025, 9, 10)


def _parties(body: str, rate: float) -> set[tuple]:
    return {(g[0], g[1]) for g in tariff_tuples(body, PUBLISHED) if g[3] == rate}


def test_payer_with_an_every_partner_appositive():
    body = ("Iraq shrugged off the letter. Since April, Iraqi goods, like those of almost every other trading partner, "
            "have paid a 10 per cent US tariff while the country-specific rates were suspended.")
    assert _parties(body, 10.0) == {("USA", "IRQ")}


def test_payer_after_a_clause_on_every_country():
    body = ("Israel was not spared. When the US president set out new import levies for almost every country on "
            "Wednesday evening, Israeli goods were assigned a tariff of 17%.")
    assert _parties(body, 17.0) == {("USA", "ISR")}


def test_sector_rate_on_imported_goods_its_subject_pays():
    body = ("Tokyo is pressing for relief. Japan is also already subject to a 25% US tariff on imported cars, which "
            "is set under a separate legal authority.")
    assert _parties(body, 25.0) == {("USA", "JPN")}
    body = ("Japan's surplus narrowed. Japan is still paying a 10% baseline tariff, along with a 25% tax on imported "
            "cars and auto parts.")
    assert _parties(body, 25.0) == {("USA", "JPN")}


def test_uncued_payer_with_a_relative_clause():
    body = ("Shrimp exporters cheered the pause. In its place, a flat 10% rate applies for now to imports from every "
            "country except China, which remains subject to a steep 145% duty.")
    assert _parties(body, 145.0) == {("USA", "CHN")}
    # the every-country 10% is never China's; whether the bare "rate applies" is written at all is the learned
    # "extra" decision's (the rules leave it; round 26's retrained weights drop it here)
    assert ("USA", "CHN") not in _parties(body, 10.0)
    body = ("Tokyo was stunned. Japan, which had spent months pressing for an exemption, was assigned a 24% levy that "
            "is scheduled to start on April 9, on top of a 10% baseline duty on all trading partners.")
    assert _parties(body, 24.0) == {("USA", "JPN")}
    assert _parties(body, 10.0) == {("USA", None)}


def test_guards_stay_global():
    body = ("Seoul won a carve-out for cars. Korean steel, aluminum and copper continue to pay the 50 percent Section "
            "232 tariffs that Washington applies to all suppliers.")
    assert _parties(body, 50.0) == {("USA", None)}        # the sector rule: null even naming one
    body = "Exports fell in May. Goods from most countries, including Kenya, pay a 10% tariff in the United States."
    assert _parties(body, 10.0) == {("USA", None)}        # an example, not the payer
    body = "Beijing answered at once. China charged a 25% duty on all imports of the product."
    assert _parties(body, 25.0) == {("CHN", None)}        # an active "charged" is the imposer's act
    body = ("Kenya's exports rose. Kenyan goods pay the 10% tariff that Washington applies to most trading "
            "partners.")
    assert _parties(body, 10.0) == {("USA", "KEN")}       # the base's right reading stays
