"""The imposer of a tariff fact (roles.py, round 13, xparties4): the market goods enter charges them, the importers'
goods are the target, a second measure's own actor ends the first rate's window, an imposer named inside the rate's
own noun phrase, and a cue after the rate that names the rate's own payer."""
from __future__ import annotations

from datetime import date

from test_rules import tariffs


def _parties(body: str) -> set[tuple]:
    return {(t[0], t[1], t[3]) for t in tariffs(body, date(2025, 6, 1))}


def test_the_market_goods_enter_is_the_imposer():
    # "entering the United States are subject to" made the U.S. the payer, and Turkey the imposer
    assert _parties("Turkish goods entering the United States are currently subject to the 10% baseline tariff.") \
        == {("USA", "TUR", 10.0)}
    assert _parties("For much of that period, Indian goods entering the US were subject to levies of 50 per cent.") \
        == {("USA", "IND", 50.0)}


def test_the_market_or_border_named_after_the_is_the_imposer():
    # (in India's story, the rate of the market named was read as India's)
    body = ("India imposes 12% safeguard duty on steel imports\n\nThe decision comes as steel producers worry that "
            "material shut out of the US market, where a 25 per cent tariff on all steel imports has applied since "
            "March 12, could be redirected towards India.")
    assert ("USA", None, 25.0) in _parties(body) and ("IND", None, 25.0) not in _parties(body)


def test_importers_of_a_countrys_goods_pay_on_those_goods():
    # ("Canadian canola to post anti-dumping deposits" had cued Canada as the imposer)
    body = ("China imposes anti-dumping deposits on canola\n\nChina will require importers of Canadian canola to post "
            "anti-dumping deposits at a rate of 75.8% from Thursday.")
    assert _parties(body) == {("CHN", "CAN", 75.8)}


def test_a_second_measures_actor_ends_the_first_rates_window():
    body = ("In Geneva the two sides agreed to slash the tariffs for 90 days, with Washington bringing its additional "
            "duties on Chinese products down from 145 percent to 30 percent and Beijing lowering its countermeasures "
            "on US goods from 125 percent to 10 percent.")
    got = _parties(body)
    assert ("USA", "CHN", 145.0) in got and ("USA", "CHN", 30.0) in got
    assert ("CHN", "USA", 125.0) in got and ("CHN", "USA", 10.0) in got


def test_an_imposer_inside_the_rates_own_noun_phrase():
    body = ("After talks in Geneva, the two sides scaled back their levies, leaving a 30 percent US tariff on most "
            "Chinese goods and a 10 percent Chinese tariff on US products.")
    assert _parties(body) == {("USA", "CHN", 30.0), ("CHN", "USA", 10.0)}


def test_a_cue_after_the_rate_naming_its_own_payer_is_another_measure():
    body = ("China said on Wednesday that it would raise the duty it charges on every product arriving from the "
            "United States to 84%, in a move that came hours after President Donald Trump's newest round of tariffs.")
    assert ("CHN", "USA", 84.0) in _parties(body)


def test_the_market_a_countrys_exports_go_to_charges_them():
    # "on its exports to the United States" had made the U.S. the payer of India's rate
    body = "Trump said that India would pay a 25 percent tariff on its exports to the United States from August 1."
    assert _parties(body) == {("USA", "IND", 25.0)}


def test_a_subject_that_agreed_committed_or_began_to_act_imposes():
    assert _parties("Mexico wants to raise the tariff on cars imported from China to 50% next year.") \
        == {("MEX", "CHN", 50.0)}
    body = ("China hits back\n\nAfter the United States began collecting a 10% tariff on all imports from China on "
            "Tuesday, China unveiled retaliatory duties.")
    assert ("USA", "CHN", 10.0) in _parties(body)
