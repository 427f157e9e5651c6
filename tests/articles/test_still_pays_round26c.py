"""Round 26c (xkeep26c): a rate whose payer "still pays / continues to face / still faces" it, told in the present with
no modal, applies now and goes on applying (LABELING.md: in force), whatever the sentence before tells ahead -- rates
partners "will pay", a rate the president "would double ... starting June 4", a suspended rate (dev d292, d411, d1290,
d111).

Before, only the modal form ("will keep paying a 25% tariff", round 14b) was read so; the present form took the future
carried from the sentence before and came out `announced`.  The guards: a modal of possibility before "still" ("could
still face") tells no rate that applies, and a rate told ahead beside the one still paid stays `announced`."""
from __future__ import annotations

from datetime import date

from inline import rate_statuses, tariff_tuples

PUBLISHED = date(2025, 8, 1)


def test_continue_to_face_after_rates_partners_will_pay():
    body = ("Rivals fared alike. Vietnam was given 20%, while Pakistan and Indonesia will pay 19%. India, which did not "
            "reach a deal, was handed 25%, and Chinese goods continue to face a 30% tariff while talks go on.")
    assert (30.0, "in_force") in rate_statuses(body, PUBLISHED)


def test_still_faces_after_a_rise_told_ahead():
    body = ("Steel exports fell. Trump said on Friday he would double the tariff on imported steel to 50 percent from "
            "25 percent starting June 4. South Korea, which still faces the 10 percent baseline tariff the US charges "
            "on most trading partners, is negotiating with Washington.")
    assert (10.0, "in_force") in rate_statuses(body, date(2025, 6, 1))


def test_still_pay_after_a_suspended_rate():
    body = ("The pause brought some relief. The duty of more than 30% that Washington allocated to South African goods "
            "has been temporarily suspended. South African goods still pay the 10% base rate of the global reciprocal "
            "tariffs announced on April 2, however.")
    assert (10.0, "in_force") in rate_statuses(body, date(2025, 4, 23))


def test_could_still_face_is_no_rate_that_applies():
    body = ("Talks resume next week. Pakistan and Indonesia will pay 19%. Officials warned that Mexican steel could "
            "still face a 50% tariff if the quota talks fail.")
    assert (50.0, "in_force") not in rate_statuses(body, PUBLISHED)


def test_rate_told_ahead_beside_it_stays_announced():
    body = ("Rivals fared alike. Pakistan and Indonesia will pay 19% from August 7. Chinese goods continue to face a "
            "30% tariff while talks go on.")
    got = rate_statuses(body, PUBLISHED)
    assert (19.0, "announced") in got and (30.0, "in_force") in got


def test_deal_keeps_a_rate_at_its_level_beside_a_cut_told_ahead():
    body = ("Seoul won relief for its carmakers. Under the agreement reached at the summit, the two countries will keep "
            "the reciprocal tariff on Korean goods at 15%, and tariffs on Korean automobiles will be lowered to 15% "
            "from 25% next month.")
    got = {g[1:] for g in tariff_tuples(body, PUBLISHED)}
    assert ("KOR", None, 15.0, "in_force") in got and ("KOR", "automobiles", 15.0, "announced") in got


def test_deal_keeps_a_rate_in_place_but_will_cut_another():
    body = ("Retailers welcomed the pact. Trump and Starmer unveiled a limited trade agreement that keeps the 10% tariff "
            "on most British exports in place but will cut the duty on up to 100,000 British-built cars a year to 10%.")
    assert ("USA", "GBR", None, 10.0, "in_force") in tariff_tuples(body, date(2025, 5, 9))


def test_threat_to_keep_a_rate_is_no_rate_that_applies():
    body = ("Talks resume next week. Pakistan will pay 19%. Officials said Washington could keep the 50% tariff on "
            "Mexican steel if the quota talks fail.")
    assert (50.0, "in_force") not in rate_statuses(body, PUBLISHED)
