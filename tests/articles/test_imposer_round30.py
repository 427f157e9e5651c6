"""Round 30 (branch ximposer30): who imposes a rate its clause gives to an actor the cues did not read.

Each is the reverse of a held-out miss where the rate kept the imposer of another measure or the story's U.S. default:

* roles._IMPOSER_VERB_AFTER: the subject of a reply verb ("Beijing answered with retaliatory tariffs of up to 34%"),
  and of "goes ahead with" ("if the United States goes ahead with the 25% tariffs"), imposes the rate it acts on;
* roles._own_measure_actor: a rate "of its own" / "its own levy" is the clause's acting subject's, not the nearer
  possessive of the measure it answers ("Beijing has answered President Trump's 145% tariff ... with a 125% tariff of
  its own");
* roles._region_imposer: a province acting before its rate ("Ontario puts 25 per cent surcharge", "Ontario's 25% duty")
  is its country imposing it (LABELING.md: a province's surcharge is its country's measure);
* roles._home_government_imposer: an unnamed government body deciding the rate in its clause ("The Budget proposes to
  cut the duty on motorcycles ... from 50 per cent to 40 per cent") is the story's own country, not the U.S. default.
"""
from __future__ import annotations

from datetime import date

import pytest
from inline import tariff_tuples

PUB = date(2025, 4, 12)


def _parties(body: str, rate: float) -> set:
    return {(t[0], t[1]) for t in tariff_tuples(body, PUB) if t[3] == rate}


def _imposers(body: str, rate: float) -> set:
    return {t[0] for t in tariff_tuples(body, PUB) if t[3] == rate}


CHINA_REPLY = ("Soybean growers count the cost of the trade war\n\n"
               "Iowa farmers sold record volumes to China in 2017. ")


@pytest.mark.parametrize("body, rate, want", [
    # a fronted clause names the U.S. measure; the main clause's subject answers with its own (d902's form)
    (CHINA_REPLY + "After President Donald Trump put tariffs on goods from China, Beijing answered with retaliatory "
     "tariffs of up to 34% on U.S. soybeans, pricing them out against beans from South America.", 34.0, ("CHN", "USA")),
    # "of its own": the subject, not the nearer "President Trump's" (d1266's form)
    (CHINA_REPLY + "Beijing has answered President Trump's 145% tariff on Chinese goods with a 125% tariff of its own "
     "on everything it buys from the United States.", 125.0, ("CHN", "USA")),
    # "its own levy" before the rate, "American tariffs" nearer (d1362's form)
    (CHINA_REPLY + "Beijing has answered the latest round of American tariffs by raising its own levy on imports from "
     "the United States to 84 percent.", 84.0, ("CHN", "USA")),
])
def test_a_reply_is_the_replying_countrys(rules_only, body, rate, want):
    assert _parties(body, rate) == {want}


def test_the_answered_measure_keeps_its_imposer(rules_only):
    # guard: the measure answered, named by its possessive, stays the U.S.'s
    body = (CHINA_REPLY + "Beijing has answered President Trump's 145% tariff on Chinese goods with a 125% tariff of "
            "its own on everything it buys from the United States.")
    assert _parties(body, 145.0) == {("USA", "CHN")}


def test_going_ahead_with_a_measure_imposes_it(rules_only):
    # d1128's form: Britain only might respond; the U.S. goes ahead with its rate
    body = ("No 10 will not say if UK will retaliate over steel tariffs\n\n"
            "Ministers met steelmakers in London on Monday. Downing Street would not say whether Britain will respond "
            "in kind if the United States goes ahead with the 25% tariffs on steel and aluminium imports that President "
            "Donald Trump says he will bring in.")
    assert _imposers(body, 25.0) == {"USA"}


@pytest.mark.parametrize("body, rate, want", [
    # a province as the subject of "puts" (d1217's headline)
    ("Ontario puts 25 per cent surcharge on power sold to U.S. states\n\n"
     "Premier Doug Ford said the surcharge adds about $10 a month to bills in Michigan.", 25.0, "CAN"),
    # a province's possessive owning the rate (d1892's form)
    ("Stocks slip on metals news\n\n"
     "The main US stock benchmarks finished lower after President Donald Trump moved to lift his proposed tariffs on "
     "Canadian steel and aluminum, a retaliation for Ontario's 25% duty on the electricity the province sells to the "
     "United States.", 25.0, "CAN"),
])
def test_a_province_acting_on_its_rate_is_its_countrys(rules_only, body, rate, want):
    assert _imposers(body, rate) == {want}


def test_a_provinces_goods_do_not_make_it_the_imposer(rules_only):
    # guard (d1049's form): "B.C.'s softwood lumber" owns the goods, the duty they face is the U.S.'s
    body = ("Eby braces for more lumber tariffs\n\n"
            "British Columbia Premier David Eby met Prime Minister Mark Carney in Ottawa. What concerns Eby most is the "
            "prospect of Trump going after B.C.'s softwood lumber with tariffs in addition to the 14.5 per cent duties "
            "it already faces.")
    assert _imposers(body, 14.5) == {"USA"}


INDIA_BUDGET = ("Customs duty rejig in Budget aims at a self-reliant economy, says Sitharaman\n\n"
                "New Delhi, Feb 2 The rationalisation of customs duties in India's Union Budget is meant to make the "
                "economy self-reliant, Finance Minister Nirmala Sitharaman said. She rejected suggestions that the "
                "changes were a response to US tariffs, to US pressure or to the US trade deficit with India.\n\n")


def test_the_budgets_rate_is_the_story_countrys(rules_only):
    body = (INDIA_BUDGET + "The Budget proposes to cut the duty on motorcycles imported as completely built units from "
            "50 per cent to 40 per cent.")
    assert _imposers(body, 40.0) == {"IND"}
    assert _imposers(body, 50.0) == {"IND"}


def test_a_government_working_with_the_us_on_its_rate_keeps_the_us(rules_only):
    # guard (d1127's form): a country named between the body and the rate
    body = ("Government confident US steel deal will hold\n\n"
            "British steelmakers met ministers in London on Monday. The UK and the US agreed a deal in May. "
            "The Government says it will keep working with the US to have the 25% tariff taken away.")
    assert _imposers(body, 25.0) == {"USA"}


@pytest.mark.parametrize("body, rate", [
    # a headline's bare passive names the payer, not the story's imposer (d1059's form)
    ("South Africa hit with 30% US tariff as AGOA era draws to a close\n\n"
     "South African goods shipped to the United States will pay a 30% tariff, US President Donald Trump has announced. "
     "South Africa's trade minister said talks would go on.\n\n"
     "In North Africa, Tunisian products get a 25% tariff.", 25.0),
    # a possessive whose reach to the tariff noun crosses another country's adjective (d1123's form)
    ("Norway's seafood sector handed 15% US tariff, five points above Britain's\n\n"
     "Norwegian exporters of fish are bracing for tougher conditions in the United States. Norway's fish farmers fear "
     "for their margins.\n\n"
     "Norway falls in that group and will pay 15 percent, while the United Kingdom pays 10 percent.", 10.0),
])
def test_a_headline_payer_is_not_the_storys_imposer(rules_only, body, rate):
    assert _imposers(body, rate) == {"USA"}


def test_a_headline_actor_stays_the_storys_imposer(rules_only):
    # guard: the story country acting in the headline keeps its own rates
    body = ("Canada hits back with 25% counter-tariffs on US goods\n\n"
            "Ottawa announced the measures on Tuesday. Prime Minister Justin Trudeau said the list was long.\n\n"
            "Orange juice and peanut butter will face the 25% duty from Friday.")
    assert _imposers(body, 25.0) == {"CAN"}


def test_a_counter_measure_storys_third_country_rates_are_the_uss(rules_only):
    # d1724's form: the story tells China's rate on U.S. goods; the rundown of other partners' rates is Washington's
    body = ("China to impose 34% tariffs on all US imports from April 10\n\n"
            "Beijing answers Washington's reciprocal duties with a matching rate and new curbs on US companies. China's "
            "Ministry of Finance said on Friday that it will put an additional 34 percent tariff on all goods imported "
            "from the United States.\n\n"
            "Other partners were hit too: Vietnam now faces a 46 percent tariff.")
    assert _parties(body, 46.0) == {("USA", "VNM")}


def test_a_remedy_storys_other_origins_stay_the_imposers(rules_only):
    # guard (d125's form): an anti-dumping duty charged on several origins, the U.S. first among them
    body = ("China imposes anti-dumping duties on POM copolymers from US, EU, Japan and Taiwan\n\n"
            "China's commerce ministry on Sunday imposed anti-dumping duties of as much as 74.9% on imports of POM "
            "copolymers from the United States.\n\n"
            "Imports from Taiwan will generally be charged 32.6%.")
    assert _imposers(body, 32.6) == {"CHN"}


def test_reply_to_a_measure_leaves_its_rates_to_the_one_replied_to():
    body = ("China strikes back at US farm tariffs\n\n"
            "China's Ministry of Commerce unveiled the list last week. It was Beijing's reply to Trump's decision on "
            "March 4 to raise the tariff on Chinese imports from 10% to 20%, a step he took on the same day that goods "
            "from Canada and goods from Mexico became subject to 25% duties.")
    imposers = {t[0] for t in tariff_tuples(body) if t[3] in (20.0, 25.0)}
    assert "CHN" not in imposers
