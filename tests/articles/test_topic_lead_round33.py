"""Round 33 (branch xproduct33): a sentence's fronted topic is not the goods of a rate whose own phrase names all goods.

"For miners, ... the 10 per cent levy on Australian goods", "For a compliant shipment, the 35% tariff the U.S. otherwise
charges on Canadian goods ...", a head label "Total: 50% on most Indian goods": the fronted "For X," adjunct or the label
says what the sentence is about; the rate's own "on ... goods" phrase says what the measure covers (LABELING.md: product
null when it covers all goods of the target).  The topic still gives its goods to a rate whose own phrase names none
("For vehicles, the first 100,000 ... pay the 10% rate") or only names the partner by a flow noun ("Upholstered
furniture: a 25% tariff on imports from all countries").
"""
from __future__ import annotations

from datetime import date

from inline import tariff_tuples

PUB = date(2025, 9, 1)


def _products(body: str, rate: float) -> set:
    return {t[2] for t in tariff_tuples(body, PUB) if t[3] == rate}


def test_for_topic_beside_a_rate_on_all_goods():
    body = ("The US has imposed new tariffs. For miners, the forecast is a reminder that the exposure runs mostly "
            "through Beijing: what China's steel mills buy matters far more than the 10 per cent levy on Australian "
            "goods entering the United States.")
    assert _products(body, 10.0) == {None}


def test_for_topic_beside_a_country_rate_charged_on_its_goods():
    body = ("The US imposed tariffs on Canada. For a compliant shipment, the 35% tariff the U.S. otherwise charges on "
            "Canadian goods does not apply at all.")
    assert _products(body, 35.0) == {None}


def test_head_label_beside_a_rate_on_all_goods():
    body = "The US has imposed a second tariff on India. Total: 50% on most Indian goods once both apply."
    assert _products(body, 50.0) == {None}


def test_topic_still_gives_goods_to_a_rate_with_a_flow_phrase():
    body = ("The US set new duties on wood products. Upholstered furniture: a 25% tariff on imports from all countries, "
            "rising to 30% on January 1, 2026.")
    assert "upholstered furniture" in _products(body, 25.0)
