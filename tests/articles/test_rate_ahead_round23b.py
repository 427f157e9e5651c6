"""Round 23b (branch xahead23b): a rate whose own sentence tells it ahead came out `in_force`.

Readings of the verb that governs the rate, each seen on dev:
* a contact relative clause whose subject is a party of several words: "the 15 percent tariff the United States
  will levy on cars" -- the clause's verb is the rate's own, not the "warning" before it;
* a future modal across an adverb slot: "will now be charged a 31% duty";
* "is/are to" + verb: "Imports from the EU are to pay a duty of 20%";
* round 21's "will face / will be charged keeps the previous sentence's in force" holds only in a trade-remedy story
  (a duty imposed, its company rates told as "will pay"); after "The letters also set out a 40 per cent tariff" the
  "will face 30 per cent" is a rate ahead.
"""
from __future__ import annotations

from datetime import date

import pytest
from inline import rate_statuses

PUB = date(2025, 7, 28)


@pytest.mark.parametrize("body, rate", [
    ("Germany's car industry gave the deal a cool reception. It warned that the 15 percent tariff the United States "
     "will levy on cars imported from the European Union will weigh heavily on manufacturers.", 15.0),
])
def test_a_contact_clause_with_a_future_verb_tells_the_rate_ahead(rules_only, body, rate):
    assert (rate, "announced") in rate_statuses(body, PUB)


@pytest.mark.parametrize("body, rate", [
    ("South Africa lost its trade preferences. Apart from a handful of exemptions, South African goods shipped to "
     "the US will now be charged a 31% duty.", 31.0),
    ("Wine makers fear for their sales. Imports from the countries of the European Union are to pay a duty of 20%.",
     20.0),
])
def test_a_future_verb_across_an_adverb_or_is_to_tells_the_rate_ahead(rules_only, body, rate):
    assert (rate, "announced") in rate_statuses(body, PUB)


def test_will_face_after_a_default_in_force_sentence_is_ahead_outside_a_remedy_story(rules_only):
    body = ("Trump sent tariff letters to 14 countries. The letters also set out a 40 per cent tariff on Laos and "
            "Myanmar. South Africa and Bosnia and Herzegovina will face 30 per cent.")
    assert (30.0, "announced") in rate_statuses(body, date(2025, 7, 8))


# guards: the neighbouring right readings stay right
def test_will_pay_in_a_trade_remedy_story_keeps_the_imposed_duty_in_force(rules_only):
    body = ("China's commerce ministry on Sunday imposed anti-dumping duties of as much as 74.9% on imports of POM "
            "copolymers from the United States and the European Union. The steepest rate falls on shipments from "
            "the United States, while European suppliers will pay 34.5%.")
    assert (34.5, "in_force") in rate_statuses(body, date(2025, 5, 18))


@pytest.mark.parametrize("body, rate, status", [
    ("Hyundai warned of a blow. The main source of pressure is the 25% tariff the United States charges on Korean "
     "cars, which has pushed up costs.", 25.0, "in_force"),
    ("Steel makers are wary. Even with the deal, Canadian steel will continue to face a 25% tariff in the US.",
     25.0, "in_force"),
    ("The industry escaped the 200% tariff Trump had threatened to put on European wines.", 200.0, "threatened"),
])
def test_neighbouring_readings_stay(rules_only, body, rate, status):
    assert (rate, status) in rate_statuses(body, PUB)
