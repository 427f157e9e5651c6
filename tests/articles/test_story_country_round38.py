"""Round 38 (xstorycountry38): a rate on goods owned by a pointer to the story's country.

"a 39 percent tariff on the country's goods", "the 50% levy on the bloc's goods": a description of a country stands
where the pronoun of round 26 does ("on its goods"), and names the nearest country before it that is not the imposer
(dev d747, d2074-like wording).  A pronoun in a sentence whose cues name no imposer yet ("India now pays one of the
steepest rates of any US trading partner: a 50 percent tariff on its goods", d1698; "Taiwan, which sells the United
States more than it buys from it, is now facing a 32 percent duty on its goods", d2761) no longer takes the story's
imposer for the goods' owner.  The guards: a cued imposer's own goods ("the levy on its palm oil exports") keep no target,
and a global rate with no pointer stays global.
"""
from __future__ import annotations

from inline import tariff_tuples


def _parties(body: str, rate: float) -> set:
    return {(t[0], t[1]) for t in tariff_tuples(body) if t[3] == rate}


def test_the_countrys_goods_names_the_country_before_not_a_later_one():
    body = ("Switzerland's economy slowed in the third quarter. President Donald Trump stunned the Swiss by imposing a "
            "39 percent tariff on the country's goods from August 1, more than double the duties charged on products "
            "from the European Union.")
    assert _parties(body, 39.0) == {("USA", "CHE")}


def test_its_goods_is_not_the_us_named_as_a_partner():
    body = ("India's trade deficit narrowed in August. India now pays one of the steepest rates of any US trading "
            "partner: a 50 percent tariff on its goods, tied to its continued purchases of Russian oil.")
    assert _parties(body, 50.0) == {("USA", "IND")}


def test_its_goods_passes_over_the_us_as_an_object():
    body = ("Taiwan offered zero-tariff talks on Monday. Taiwan, which sells the United States more than it buys from "
            "it, is now facing a 32 percent duty on its goods.")
    assert _parties(body, 32.0) == {("USA", "TWN")}


def test_a_cued_imposers_own_exports_keep_no_target():
    body = ("Indonesia's trade ministry said on Monday that Indonesia will raise the levy on its palm oil exports to 10% "
            "next month.")
    assert {t for t in _parties(body, 10.0)} == {("IDN", None)}
