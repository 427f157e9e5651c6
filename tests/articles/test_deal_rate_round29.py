"""Round 29 (xdealrate29): a sector rate a bilateral deal sets, stated in a clause that names no payer -- "Under the
framework Seoul and Washington reached on July 30, the duty on cars and auto parts is to fall to 15 percent" (dev
d429), "Cars from Europe have paid a 15 per cent US tariff since August 1 under the agreement struck between
Washington and Brussels" (d1761), "the announced terms of the deal also said would be capped at 15%" (d1834).
LABELING.md's sector rule keeps a steel / autos / drugs rate null when it is stated for all partners; a rate a deal
sets is that deal partner's own.  Before, such a rate read as a global sector measure (target null).  Now a deal
frame in the rate's clause (or opening the sentence, no other rate between) gives it the one partner the deal's
phrase names, else the one partner the nearest earlier deal sentence names, else the previous sentence's target
(d212); an implementing order can be the setter ("The order, however, gave no date ...", d677).  Guards: an all-partner phrase, a spared
or exempted country, a multi-party or free trade agreement and a group of countries keep the rate null."""
from __future__ import annotations

from datetime import date

from inline import tariff_tuples

PUBLISHED = date(2025, 9, 1)


def _targets(body: str, rate: float, product: str) -> set:
    return {t[1] for t in tariff_tuples(body, PUBLISHED) if t[3] == rate and t[2] == product}


def test_partner_named_in_the_deal_phrase(rules_only):
    body = ("Korean shipments to U.S. slide\n\n"
            "Exports to the United States fell 12 percent in August. Under the framework Seoul and Washington reached "
            "on July 30, the duty on cars is to fall to 15 percent, but no order has been issued yet.")
    assert _targets(body, 15.0, "cars") == {"KOR"}


def test_partner_of_the_story_deal(rules_only):
    body = ("Carmakers wait for tariff cut\n\n"
            "Washington and Tokyo reached a broad trade agreement last month. "
            "Under the agreement, the duty on automobiles is supposed to drop to 15 percent.")
    assert _targets(body, 15.0, "automobiles") == {"JPN"}


def test_deal_between_two_capitals(rules_only):
    body = ("German car exports slump\n\n"
            "Exports of cars fell sharply in October. Cars have paid a 15 per cent US tariff since August 1 under the "
            "agreement struck between Washington and Brussels.")
    assert _targets(body, 15.0, "cars") == {"EUU"}


def test_all_partner_rate_stays_null(rules_only):
    body = ("Korean steel still pays\n\n"
            "Seoul and Washington signed a trade deal in July. "
            "Under the deal, steel keeps paying the 50 percent tariff that Washington applies to all suppliers.")
    assert _targets(body, 50.0, "steel") == {None}


def test_spared_partner_is_no_target(rules_only):
    body = ("UK spared for now\n\n"
            "London and Washington struck a deal in May. "
            "Under the deal, the 50% tariff on steel that took effect on Wednesday spares the country's mills for now.")
    assert _targets(body, 50.0, "steel") == {None}


def test_free_trade_agreement_stays_null(rules_only):
    body = ("Canada tightens steel quotas\n\n"
            "Under the revised regime, steel from countries that have no free trade agreement with Canada pays a "
            "50 per cent surtax above the quota.")
    assert _targets(body, 50.0, "steel") <= {None}


def test_previous_rate_partner_when_no_deal_names_one(rules_only):
    body = ("Chip boom lifts exports\n\n"
            "Korean cars still pay a 25 percent US tariff. Under the trade deal concluded at the Gyeongju summit, "
            "Washington has agreed to cut the duty on cars to 15 percent.")
    assert _targets(body, 15.0, "cars") == {"KOR"}


def test_implementing_order_of_the_story_deal(rules_only):
    body = ("Japan waits for car tariff cut\n\n"
            "Tokyo and Washington start to read the deal differently. "
            "The order, however, gave no date on which the duty on automobiles is to come down from the current 27.5% to 15%.")
    assert _targets(body, 27.5, "automobiles") == {"JPN"}
