"""Round 23 (xtarget23): two readings of who pays a rate that a sentence's syntax gives.

1. A later rate's segment opened by its own actor replies on the earlier imposer's goods: "the US raised its tariffs on
   Chinese goods to 145 per cent and Beijing answered with 125 per cent duties on American products" is Beijing's rate
   on the U.S. (dev d048, d951; the earlier imposer's cue no longer carries into the reply).
2. Imports a measure names as its object come from the country after "of": "a 25 percent tariff on imports of Canadian
   seafood" targets Canada (dev d1212, d1444); a buyer's "imports/purchases of Russian oil" still hits the buyer."""
from __future__ import annotations

from datetime import date

from inline import tariff_tuples

PUBLISHED = date(2025, 5, 12)


def _parties(body: str, rate: float) -> set[tuple]:
    return {(g[0], g[1]) for g in tariff_tuples(body, PUBLISHED) if g[3] == rate}


def test_a_reply_in_a_later_segment_is_the_replying_country_s_rate():
    body = ("In April, the US raised its additional tariffs on Chinese goods to 145 per cent and Beijing answered with "
            "125 per cent duties on American products.")
    assert _parties(body, 125.0) == {("CHN", "USA")}
    assert _parties(body, 145.0) == {("USA", "CHN")}      # the first segment's own rate is untouched


def test_a_threatened_reply_after_and():
    body = ("The truce heads off the escalation seen earlier in the year, when Washington threatened tariffs as high as "
            "145% on Chinese products and Beijing warned of 125% duties on shipments from the US.")
    assert _parties(body, 125.0) == {("CHN", "USA")}


def test_a_listed_payer_after_and_is_no_reply():
    # "and Thailand 19 per cent, leaving Indian pieces ... on American shelves": a list of payers; the U.S. after a
    # comma is the market, not the rate's own goods
    body = ("Turkey faces a US tariff of 15 per cent, Vietnam 20 per cent and Thailand 19 per cent, leaving Indian "
            "pieces at a clear price disadvantage on American shelves.")
    assert _parties(body, 19.0) == {("USA", "THA")}


def test_imports_a_measure_names_come_from_the_demonym_after_of():
    assert _parties("China put a 25 percent tariff on imports of Canadian seafood in March.", 25.0) == {("CHN", "CAN")}
    body = ("China will charge a 100 per cent tariff on imports of Canadian rapeseed oil and peas, and a 25 per cent "
            "duty on Canadian pork, the ministry said.")
    assert _parties(body, 100.0) == {("CHN", "CAN")}


def test_the_buyer_of_goods_bought_stays_the_payer():
    # the guard: goods a buyer purchases name their seller, who pays nothing (round 22c)
    body = "The US began charging a 50% tariff on Indian goods, including a 25% penalty for New Delhi's purchases of Russian oil."
    assert _parties(body, 25.0) == {("USA", "IND")}
    assert ("USA", "RUS") not in _parties("The 25% duty on India over its imports of Russian oil stays.", 25.0)
