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


# round 14 (xparties5): the imposer of a rate no cue names, in a story about another country's measure


def test_the_us_named_as_the_actor_before_a_rate_beats_a_non_us_story_imposer():
    # (Turkey's story imposer had made the U.S. doubling on Turkish metals Turkey's own 20% tariff)
    body = ("Turkey doubles tariffs on US cars, alcohol and tobacco\n\nTurkey doubled tariffs on some US imports on "
            "Wednesday.\n\nLast Friday US President Donald Trump said he had authorized a doubling of tariffs on Turkish "
            "metals, to 50 percent on steel and 20 percent on aluminum.")
    assert ("USA", "TUR", 20.0) in _parties(body) and not any(p[0] == "TUR" and p[2] == 20.0 for p in _parties(body))
    body = ("Oman and India sign trade pact\n\nOman agreed to cut tariffs on Indian goods on Thursday. The deal widens "
            "access for Indian exporters at a time when their biggest market, the United States, is charging a 50 per "
            "cent tariff on most Indian goods.")
    assert ("USA", "IND", 50.0) in _parties(body)


def test_the_story_imposer_keeps_a_rate_whose_sentence_names_the_us_only_after_it_or_as_payer():
    body = ("Turkey doubles tariffs on US cars, alcohol and tobacco\n\nTurkey doubled tariffs on some US imports on "
            "Wednesday.\n\nThe duty on American cars rose to 120 percent, the decree said.")
    assert ("TUR", "USA", 120.0) in _parties(body)


def test_us_steel_is_a_company_not_the_payer():
    # ("a US Steel plant" read as U.S. goods had made the EU the imposer of Trump's steel levy)
    body = ("EU regrets Trump's move to double steel tariffs\n\nThe European Commission said it regrets the decision. "
            "Speaking at a rally at a US Steel plant in Pennsylvania on Friday, Trump said the levy on foreign steel "
            "would go up from 25% to 50%.")
    assert {p[0] for p in _parties(body) if p[2] in (25.0, 50.0)} == {"USA"}


def test_more_decision_verbs_cue_the_imposer():
    # (in a story on a U.S. move, the U.S. default took both rates: "reinstated", "had considered" name the actor)
    lede = ("Trump weighs tariffs on Brazilian ethanol\n\nUS President Donald Trump ordered a probe of Brazil's trade "
            "practices on Tuesday. ")
    assert _parties(lede + "Brasília reinstated the duty in February 2023 at 16%.") == {("BRA", "USA", 16.0)}
    lede = ("What is on the list of US goods\n\nUS President Donald Trump went ahead with duties on European steel on "
            "Monday. ")
    assert _parties(lede + "At an earlier stage, Brussels had considered a 50% tariff on bourbon whiskey from "
                           "Kentucky.") == {("EUU", "USA", 50.0)}


def test_a_country_with_its_own_which_clause_decides_the_rate():
    body = ("Canada hits Chinese EVs with 100% tariff\n\nCanada will put a 100% surtax on Chinese electric vehicles. "
            "The decision puts Canada alongside the European Union, which has imposed provisional duties of up to "
            "37.6 percent on Chinese EVs.")
    assert ("EUU", "CHN", 37.6) in _parties(body)


# round 16b (xpayerdefault): a story's most-named country that its lede names as the payer is no imposer
_FERTILIZER_STORY = ("Parliament backs duties on Russian fertilizers\n\nLawmakers voted on Thursday for higher duties on "
                     "fertilizers from Russia.\n\nThe EU wants to cut the money Russia earns from its exports.\n\n"
                     "Agricultural products from Russia and Belarus will be charged an additional duty of 50%.")


def test_the_payer_the_lede_names_most_is_no_imposer():
    # (Russia, named most, was the default imposer; its co-target Belarus was read as imposing on it)
    assert {p for p in _parties(_FERTILIZER_STORY) if p[2] == 50.0} == {("EUU", "RUS", 50.0), ("EUU", "BLR", 50.0)}


def test_an_actor_named_before_the_rate_still_imposes_in_a_payer_story():
    body = ("Turkey imposes 40% tariff on Chinese cars\n\nTurkey will charge an extra 40% on cars from China.\n\n"
            "Chinese carmakers have expanded fast in Europe, and China is now the largest exporter of cars.\n\n"
            "Washington recently moved to raise its import duties on Chinese cars to 100 per cent.")
    assert ("USA", "CHN", 100.0) in _parties(body) and ("TUR", "CHN", 40.0) in _parties(body)
