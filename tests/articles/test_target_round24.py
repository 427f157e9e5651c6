"""Round 24 (xtarget24): a payer whose paying verb is governed by another verb ("is due to pay", "will go on paying",
"is set to face", "will continue to pay") is still the subject that pays the rate.

Before, `roles._TARGET_AFTER` read only auxiliaries before "pay"/"face": "Norway is due to pay an extra tariff of 15%,
which will put it at a disadvantage to ... the Faroe Islands, which face a 10% tariff" gave the 15% to the Faroe Islands
(dev d1132), "Ecuador will go on paying a 15 percent tariff, while the rate for Argentina ... stays at 10 percent" to
Argentina (dev d1407)."""
from __future__ import annotations

from datetime import date

from inline import tariff_tuples

PUBLISHED = date(2025, 11, 14)


def _parties(body: str, rate: float) -> set[tuple]:
    return {(g[0], g[1]) for g in tariff_tuples(body, PUBLISHED) if g[3] == rate}


def test_a_payer_due_to_pay_keeps_its_rate_against_a_later_payer():
    body = ("Salmon exporters are bracing for a hard year. From Wednesday, Norway is due to pay an extra tariff of 15%, "
            "which will put it at a disadvantage to rivals such as Iceland and the Faroe Islands, which face a 10% tariff.")
    assert _parties(body, 15.0) == {("USA", "NOR")}


def test_a_payer_that_goes_on_paying_keeps_its_rate_against_the_next_clause():
    body = ("Washington released four trade frameworks on Thursday. Under the new terms, Ecuador will go on paying a 15 "
            "percent tariff, while the rate for Argentina and Guatemala stays at 10 percent.")
    assert _parties(body, 15.0) == {("USA", "ECU")}
    assert _parties(body, 10.0) == {("USA", "ARG"), ("USA", "GTM")}     # the next clause's own rate is untouched


def test_set_to_face_and_continue_to_pay():
    assert _parties("Trade officials were briefed on Monday. Myanmar is set to face a 40 percent tariff from August.",
                    40.0) == {("USA", "MMR")}


def test_an_imposer_set_to_impose_stays_the_imposer():
    # the guard: a catenative before an imposing verb names the imposer, not a payer
    body = "Ottawa is preparing its answer. Canada is set to impose a 25 per cent tariff on American steel next week."
    assert _parties(body, 25.0) == {("CAN", "USA")}


def test_the_owner_in_a_relative_clause_pays_whatever_governs_it():
    # "than Ecuador, whose shrimp pays 15%" (dev d1358), "except China, whose goods now face ..." (d1359, d1454)
    body = ("India's shrimp exporters are looking for markets beyond the US. The higher US tariff, which now adds up to 33.26% on Indian "
            "shrimp, leaves India less competitive than Ecuador, whose shrimp pays 15%.")
    assert _parties(body, 15.0) == {("USA", "ECU")}
    assert _parties(body, 33.26) == {("USA", "IND")}
    body = ("Exporters in Andhra Pradesh will ship again. Under the pause, a blanket tariff of 10 per cent stays in place "
            "for all countries except China, whose goods now face a duty of 145 per cent.")
    assert _parties(body, 145.0) == {("USA", "CHN")}


def test_a_payer_of_a_later_rate_is_not_handed_to_the_rate_before_it():
    # the guard for the relative payer: Vietnam, cued by "whose goods will face", pays the 20%, not Cambodia's 19% (d190)
    body = ("Cambodia secured a 19% US tariff rate under a deal with Washington. The new 19% rate, which replaces both and "
            "takes effect on Aug. 7, puts Cambodia level with Thailand, which also secured 19%, and just below Vietnam, "
            "whose goods will face 20%.")
    assert ("USA", "VNM") not in _parties(body, 19.0)
    assert _parties(body, 20.0) == {("USA", "VNM")}


def test_a_payer_list_after_the_rate_is_the_whole_list():
    # "the 15 percent levy that regional competitors Japan and South Korea are set to face" (dev d1107): the cued
    # subject is the list's last member; the list pays
    body = ("Taiwan's president called the 20 percent rate temporary. However, it remains above the 15 percent levy that "
            "regional competitors Japan and South Korea are set to face under their own deals with Washington.")
    assert _parties(body, 15.0) == {("USA", "JPN"), ("USA", "KOR")}


def test_keep_paying_is_the_verb_not_the_goods_of_a_payer_list():
    # "keep paying" is the paying verb's aspect: the listed countries pay, and "keep" is no good (round 24, xtarget24b)
    assert tariff_tuples("Washington had already set the tariff levels for the region: Cambodia, Malaysia and Thailand "
                         "keep paying 19%, and Vietnam keeps paying 20%.") == {
        ("USA", "KHM", None, 19.0, "in_force"), ("USA", "MYS", None, 19.0, "in_force"),
        ("USA", "THA", None, 19.0, "in_force"), ("USA", "VNM", None, 20.0, "in_force")}
