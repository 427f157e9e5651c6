"""Round 17b (xtargets7): two LABELING.md target rules read for any rate.  A rate whose own phrase says every or
most partners pay it has no target ("`null` when it applies to all partners"), even when the sentence names one
payer; an origin-of-content measure's target is the origin it names ("steel from any country if it was smelted in
Ruritania" -> Ruritania)."""
from __future__ import annotations

from datetime import date

from inline import tariff_tuples


def _targets(body: str, rate: float) -> set:
    return {t for _, t, _, r, _ in tariff_tuples(body, date(2025, 9, 10)) if r == rate}


def test_goods_like_those_of_almost_every_partner_pay_the_rate_as_their_country():
    # round 26b: LABELING.md decided this form in round 18 (after this test of round 17b was written) -- "Iraqi
    # goods, like those of almost every other trading partner, have paid a 10% tariff" is one fact with that country
    # as target; null only where no payer is named (dev d293 is labelled IRQ)
    body = ("Iraq's oil exports rose in August.\n\n"
            "Since April, Iraqi goods, like those of almost every other trading partner, have paid a 10 per cent US "
            "tariff while the country-specific rates were suspended.")
    assert _targets(body, 10.0) == {"IRQ"}


def test_a_duty_covering_imports_from_almost_every_partner_is_global():
    body = ("Japan's carmakers cut their forecasts on Monday.\n\n"
            "Outside those sectors, Trump also brought in a separate 10% duty covering imports from almost every "
            "trading partner.")
    assert _targets(body, 10.0) == {None}


def test_the_next_rate_after_an_all_countries_phrase_keeps_its_own_country():
    body = ("French industry met ministers on Thursday.\n\n"
            "Trump unveiled a minimum tariff of 10 percent on imports from all countries and a 20 percent tariff on "
            "goods from the European Union.")
    assert _targets(body, 20.0) == {"EUU"}


def test_a_rate_on_a_named_country_compared_with_most_partners_stays_that_countrys():
    body = ("Japanese exporters wait for the order.\n\n"
            "The 15% reciprocal tariff on Japan is supposed to work differently from the rate charged on most other "
            "partners.")
    assert _targets(body, 15.0) == {"JPN"}


def test_steel_melted_and_poured_in_a_country_makes_it_the_target():
    body = ("Canada tightens its steel quotas.\n\n"
            "Ottawa will also apply an additional 25 per cent tariff, before the end of July, on steel imports from "
            "every country if the steel was melted and poured in China.")
    assert _targets(body, 25.0) == {"CHN"}


def test_all_countries_except_a_named_one_leaves_that_countrys_rate():
    body = ("U.S. tariffs on imported steel and aluminum doubled to 50% on Wednesday.\n\n"
            "The higher rate applies to all countries except the United Kingdom, which will remain at 25%.")
    assert _targets(body, 25.0) == {"GBR"}
