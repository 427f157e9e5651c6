"""Round 22c (xsecondary22c): the country named on the goods a buyer is punished for buying is no target.

LABELING.md: a secondary tariff's target is the buyer (null for an unnamed group of buyers). "Russian" in "if India
starts buying Russian oil" is where the oil comes from, the reason of the penalty (dev labels d1182, d1351, d883,
d1345, d734: five writer batches give the buyer, never Russia)."""
from __future__ import annotations

from datetime import date

from inline import tariff_tuples

from tariffscope.articles.context import Context
from tariffscope.articles.roles import sells_bought_goods

PUBLISHED = date(2026, 2, 10)


def _sellers(sentence: str) -> list[str]:
    ctx = Context.build(sentence, PUBLISHED)
    s = ctx.sentences[0]
    return [m.iso3 for m in ctx.country_mentions(s.start, s.end) if sells_bought_goods(s.text, m, s.start)]


def test_the_seller_of_the_oil_bought_is_no_target():
    got = tariff_tuples("The administration may put the 25% penalty tariff back if India starts buying Russian oil again.",
                        PUBLISHED)
    assert {g[1] for g in got if g[3] == 25.0} == {"IND"}


def test_seller_forms_the_buyer_reads():
    assert _sellers("Washington linked the tariff to India's purchases of discounted Russian oil.") == ["RUS"]
    assert _sellers("The penalty was for India's Russian oil purchases.") == ["RUS"]
    assert _sellers("Refiners kept buying crude from Venezuela despite the 25% levy.") == ["VEN"]


def test_the_buyer_and_goods_of_the_rate_stay_parties():
    assert _sellers("Russia's purchases of Indian oil rose.") == ["IND"]     # the possessive is the buyer
    assert _sellers("The 25% tariff on imports of Chinese steel stays.") == []   # imports are no purchase cue
    assert _sellers("Chinese buyers stopped buying soybeans.") == []         # buyers, not what they buy
    got = tariff_tuples("The US imposed a 25% tariff on Chinese steel.", PUBLISHED)
    assert ("USA", "CHN", "steel", 25.0, "in_force") in got
