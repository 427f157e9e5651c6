"""Round 26 (xtarget26): goods a possessive pronoun gives to a country are that country's, whatever their place in the
clause -- the paying subject ("their goods were already subject to a 25% levy", "its shrimp faces a 10% tariff"), the
object of a relative clause after the rate ("the 10% tariff its goods already pay"), the imports a measure hits ("hit
imports of its goods with a tariff of 39 per cent"), and the new rate of a change told "from 25% to 15%".

Before, `roles._owned_goods_owners` read the pronoun only after "on / for / to / against" and with no other percentage
between it and the rate, so these rates came out with no target where LABELING.md names the goods' country ("Ruritania's
steel still pays the 50% duty"; dev d578, d856, d1464, d1638, d717, d410, d481).  The guard: the imposer's own goods
and the imposer's own "list of steel" stay no target."""
from __future__ import annotations

from datetime import date

from inline import tariff_tuples

PUBLISHED = date(2025, 9, 10)


def _parties(body: str, rate: float) -> set[tuple]:
    return {(g[0], g[1]) for g in tariff_tuples(body, PUBLISHED) if g[3] == rate}


def test_their_goods_as_the_paying_subject():
    body = ("Washington paused most of its new duties on Wednesday. Canada and Mexico were left out of the 10% "
            "baseline because their goods were already subject to a 25% levy.")
    assert _parties(body, 25.0) == {("USA", "CAN"), ("USA", "MEX")}
    assert not any(t in ("CAN", "MEX") for _, t in _parties(body, 10.0))   # the rate before the subject is not theirs


def test_its_goods_face_with_coordinated_goods():
    body = ("The new steel duties took effect on Wednesday. The United Kingdom is the one exception: its steel and "
            "aluminum stay at 25 percent while talks go on.")
    assert ("USA", "GBR") in _parties(body, 25.0)
    body = ("Indian exporters fear the new 50% rate. Ecuador, the largest shrimp exporter, has a lighter burden: its "
            "shrimp faces a 10% tariff in the US.")
    assert _parties(body, 10.0) == {("USA", "ECU")}


def test_the_tariff_its_goods_already_pay():
    body = ("Brussels is weighing a deal with Washington. According to reports, the EU now assumes that the 10% "
            "\"reciprocal\" tariff its goods already pay will be the baseline for any US-EU agreement.")
    assert _parties(body, 10.0) == {("USA", "EUU")}


def test_imports_of_its_goods():
    body = ("Swiss watchmakers had lobbied for months. Switzerland was caught off guard in August, when Trump hit "
            "imports of its goods with an additional tariff of 39 per cent.")
    assert _parties(body, 39.0) == {("USA", "CHE")}


def test_the_new_rate_of_a_change_on_its_goods():
    body = ("Korean carmakers are still waiting. South Korea is still waiting for its cut: the tariff on its vehicles "
            "is due to fall from 25% to 15%, but the reduction has not yet come into effect.")
    assert ("USA", "KOR") in _parties(body, 15.0)


def test_their_goods_told_to_a_list_of_payers():
    body = ("Most partners now pay a 10 percent baseline. Japan and South Korea were told their goods would face a "
            "25% tariff from Aug. 1.")
    assert _parties(body, 25.0) == {("USA", "JPN"), ("USA", "KOR")}


def test_guards_the_imposers_own_goods_and_its_own_list():
    # the imposer's own goods are no target; "its list of steel derivatives" is the imposer's list, no payer's goods
    body = ("Beijing answered on Friday. China raised its tariffs on American goods to 34%, and its exporters face "
            "a 20% US levy.")
    assert ("CHN", "USA") in _parties(body, 34.0)
    body = ("The Trump administration on Tuesday added 407 product categories to its list of steel and aluminum "
            "derivative products, widening a 50 percent levy that already applies to the two metals.")
    assert all(t is None for _, t in _parties(body, 50.0))
