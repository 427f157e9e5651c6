"""Round 16b: a trade-remedy rate's stage -- an investigating authority's recommendation awaiting the government's
decision is `threatened` (LABELING.md rounds 8 and 16); the decision taken on it is not."""
from __future__ import annotations

from datetime import date

from inline import rate_statuses

PUBLISHED = date(2025, 5, 1)


def statuses(body: str) -> set[tuple]:
    return rate_statuses(body, PUBLISHED)


def test_authority_recommends_a_rate_is_threatened():
    assert statuses("India's Directorate General of Trade Remedies has recommended anti-dumping duties of up to 30% "
                    "on solar cells imported from China.") == {(30.0, "threatened")}


def test_headline_recommends_is_threatened():
    assert statuses("DGTR recommends 12 pc provisional safeguard duty on certain steel products for 200 days") \
        == {(12.0, "threatened")}


def test_agreed_to_recommend_that_the_ministry_levy_is_threatened():
    assert statuses("In its final decision, the Korea Trade Commission agreed to recommend that the finance ministry "
                    "levy duties of 21.62 percent on stainless steel plates imported from China.") \
        == {(21.62, "threatened")}


def test_suggested_a_rate_is_threatened():
    assert statuses("The DGTR has suggested an anti-dumping duty of 23% on solar cells from China.") \
        == {(23.0, "threatened")}


def test_decision_on_the_recommendation_is_not_threatened():
    # the noun reports the decision taken on the recommendation
    assert statuses("Acting on MOFCOM's recommendation, the State Council Tariff Commission has decided that beef "
                    "imports will pay an additional duty of 55 percent.") == {(55.0, "announced")}


def test_recommendation_then_imposed_is_in_force():
    assert statuses("The DGTR recommended the duty in March, and the finance ministry imposed a 12% safeguard duty "
                    "on steel imports on Monday.") == {(12.0, "in_force")}
