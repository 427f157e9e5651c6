"""Goods an act of removal takes out of a rate (round 14, xproducts5): LABELING.md gives the rate `lifted` with the
exempted goods, and the rate with its remaining scope as the measure stands; a coordinated measure after a rate keeps its
goods from it; on inline articles."""
from __future__ import annotations

from inline import tariff_tuples


def _at(body: str, rate: float) -> set:
    return {(t[2], t[4]) for t in tariff_tuples(body) if t[3] == rate}


def test_goods_exempted_from_a_rate_are_lifted_beside_its_remaining_scope():
    body = "A later order exempted a list of Brazilian food products from the additional 40% tariff on Brazil."
    assert _at(body, 40.0) == {("food", "lifted"), (None, "in_force")}


def test_goods_taken_out_of_a_rate():
    body = ("President Donald Trump signed an executive order taking a list of food products out of the 40% IEEPA "
            "tariff on Brazil, backdated to November 13.")
    assert _at(body, 40.0) == {("food", "lifted"), (None, "in_force")}


def test_a_passive_exemption_names_the_goods_as_its_subject():
    body = ("In November last year, oranges were exempted from the 30% US tariffs on South African goods and can now "
            "enter the US duty-free.")
    assert _at(body, 30.0) == {("oranges", "lifted"), (None, "in_force")}


def test_a_rate_taken_off_goods_and_a_removal_verb_leave_the_rest_in_force():
    body = ("The new order removes the extra 40% levy from the listed coffee and beef, while other Brazilian goods "
            "continue to pay it.")
    assert _at(body, 40.0) == {("coffee", "lifted"), ("beef", "lifted"), (None, "in_force")}
    body = "Those orders only took the 10% reciprocal duty off Brazilian farm goods."
    assert ("farm goods", "lifted") in _at(body, 10.0)


def test_goods_the_rate_names_itself_are_only_lifted():
    body = "Under those orders, Mexican and Canadian autos were spared from paying the 25% tariff announced in March."
    assert _at(body, 25.0) == {("autos", "lifted")}


def test_a_carve_out_from_the_start_or_a_planned_removal_is_no_exemption():
    assert {s for _, s in _at("Refined copper cathodes have been left out of the 50% copper tariff that Trump is "
                              "about to impose.", 50.0)} != {"lifted"}
    assert ("coffee", "lifted") not in _at("The White House is considering removing the 10% tariff from coffee.", 10.0)
    # a country a rate is lifted from names no goods
    assert {p for p, _ in _at("Washington lifted the 25% tariff from Canada on Friday.", 25.0)} == {None}
    # "both" is no goods ("Both had been spared the 25 percent steel duty")
    assert {p for p, _ in _at("Both had been spared the 25 percent steel duty in 2018 in exchange for quotas.",
                              25.0)} == {"steel"}


def test_a_coordinated_measure_after_the_rate_keeps_its_own_goods():
    body = ("Under a decree signed by President Recep Tayyip Erdogan, the duty on US passenger cars rises to 120 "
            "percent, the duty on alcoholic drinks to 140 percent and the duty on leaf tobacco to 60 percent.")
    assert {p for p, _ in _at(body, 140.0)} == {"alcoholic drinks"}
    assert {p for p, _ in _at(body, 60.0)} == {"tobacco"}
    body = ("Business Secretary Jonathan Reynolds praised the cut in US tariffs on British cars to 10% and the removal "
            "of tariffs on aircraft engines and parts.")
    assert {p for p, _ in _at(body, 10.0)} == {"cars"}
