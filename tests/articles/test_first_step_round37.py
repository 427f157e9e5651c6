"""Round 37 (xlifted37): a rate history told in one story names the pair's first rate with "first" and a verb that puts
the rate on its payer ("Washington first slapped a 29% reciprocal tariff on Pakistani goods", "Cambodia was first
assigned 49% in April").  Beside another rate of the same imposer, target and goods that is decided, that first rate is
`lifted` (LABELING.md: a rate replaced is `lifted`; round 21: an announced rate replaced by a decided one too) --
`timeline.told_as_first_step`.  The words alone are no proof: a first rate with no other rate of its pair, and one its
own words keep current ("both of which are still in place"), keep their status.
"""
from __future__ import annotations

from datetime import date

from inline import rate_statuses

from tariffscope.articles import timeline

PUB = date(2025, 9, 1)


def test_the_first_rate_is_lifted_once_a_later_rate_applies():
    # (checked with the reading stubbed out: both rates read in force)
    body = ("Pakistani goods pay a 19% US tariff. Washington first slapped a 29% reciprocal tariff on Pakistani exports, "
            "as an additional duty over the MFN rates.")
    assert rate_statuses(body, PUB) == {(19.0, "in_force"), (29.0, "lifted")}


def test_the_first_rate_alone_keeps_its_status():
    # no other rate of the pair: the story tells when the rate began, not that it was replaced
    body = ("Exporters in Ecuador are adjusting. Washington first imposed a 10% tariff on Ecuadorian goods in April, "
            "and shippers have absorbed part of it.")
    assert rate_statuses(body, PUB) == {(10.0, "in_force")}


def _fact(sentence: str, rate: float, status: str = "in_force") -> dict:
    return {"imposer": "USA", "target": "CHN", "product": None, "rate_pct": rate, "status": status,
            "sentence": sentence}


def test_a_first_rate_kept_current_or_a_first_raise_is_no_first_step():
    still = "Trump first put a 10% levy on Chinese goods in February, which is still in place."
    raised = "Washington first raised the tariff on Chinese goods to 25 per cent in August."
    assert not timeline._first_step_own_clause(_fact(still, 10.0))
    assert not timeline._first_step_own_clause(_fact(raised, 25.0))
    assert timeline._first_step_own_clause(_fact("Cambodia was first assigned 49% in April.", 49.0))
