"""Round 36 (xtargetnull36): the country of the goods a rate hits, named as an adjective or as where they were made.

A rate on "Jordanian goods" or "Mauritian exports" read with no target: the reader knew the adjectives of the larger
partners, so the goods' owner of the smaller ones the reciprocal-tariff stories name went unread (dev d2600,
d2601, d2154, d2513, d1438).  Goods named by where they were made ("cars made in Korea", "parts made in Japan") are
that country's goods as "Korean cars" are (d2293, d2126, d736, d778).  The guard: a rate stated for all partners keeps
no target even where its sentence names where some goods were made.
"""
from __future__ import annotations

from inline import tariff_tuples


def _targets(body: str, rate: float) -> set:
    return {t[1] for t in tariff_tuples(body) if t[3] == rate}


def test_a_smaller_partners_adjective_names_the_goods_owner():
    body = ("Jordan's industry counts the cost. Washington began applying its new duty of 15% on Jordanian goods in "
            "August last year, and exporters say orders have slowed since.")
    assert _targets(body, 15.0) == {"JOR"}


def test_an_adjective_of_exports_names_the_payer():
    body = ("Port Louis weighs its answer. The 40% customs duty that US President Donald Trump has announced on "
            "Mauritian exports will be highly detrimental to the economy, the prime minister told Parliament.")
    assert _targets(body, 40.0) == {"MUS"}


def test_goods_made_in_a_country_are_its_goods():
    body = ("Korean exports to the US slipped in the first half. Car shipments fell even more steeply, by 16.8 "
            "percent, after a 25 percent duty was placed on cars made in Korea in April.")
    assert _targets(body, 25.0) == {"KOR"}


def test_an_all_partner_rate_keeps_no_target_beside_goods_made_somewhere():
    body = ("Carmakers count the cost. The 25% tariff on all imported cars applies to every trading partner, "
            "whether the vehicles were made in Germany or elsewhere.")
    assert _targets(body, 25.0) == {None}
