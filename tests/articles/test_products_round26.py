"""A sentence adverb between a rate's subject and its paying verb (issue 11, round 26): "India currently faces a 25
percent tariff" read the product "currently"; "India, by comparison, faces" read "comparison". The adverb is no part
of the goods, and goods before it stay goods."""
from __future__ import annotations

from inline import tariff_tuples


def products(body: str) -> set:
    return {t[2] for t in tariff_tuples(body)}


def test_an_adverb_after_the_country_is_no_product():
    assert products("India currently faces a 25 percent reciprocal tariff.") == {None}
    assert products("India, by comparison, faces a 25 percent reciprocal tariff.") == {None}


def test_goods_before_the_adverb_stay_the_product():
    assert products("Indian shrimp currently faces a 25 percent tariff.") == {"shrimp"}
    assert products("Indian shrimp already pays a 25 percent tariff.") == {"shrimp"}
