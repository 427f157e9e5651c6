"""Round 40 (xselfpointer40): a description standing as the subject of a clause, or owning a balance, is the story's
own country.

"Among them, the country will introduce a new 25% tariff on steel derivatives" (dev d2773, a Canada story whose default
imposer is the U.S.) is Canada's own measure; "the country's trade surplus widened slightly to 13.4 billion francs"
(d2141, a Swiss release) is Switzerland's surplus with the world, not with the U.S. named before it.  The guard: where
the sentences before name only another country ("Imports of medicines into the United States shot up ... The country
imported"), the description is not read as the story's country.
"""
from __future__ import annotations

from inline import parties_by_amount, tariff_tuples
from tariffscope.articles.context import Context

CANADA = ("Trump's tariffs keep hurting Canadian steel mills. Ottawa said on Friday it had taken other steps to shield "
          "the industry. In November, Canada announced further measures to support steel producers in the face of "
          "trade tensions and US tariffs. Among them, the country will introduce a new 25% tariff on steel derivatives "
          "in December.")


def test_the_country_as_a_rates_subject_is_the_storys_own_imposer():
    assert {(t[0], t[1]) for t in tariff_tuples(CANADA) if t[3] == 25.0} == {("CAN", None)}


def test_the_countrys_balance_is_the_storys_own():
    body = ("Switzerland's exports shrank in the second quarter as the rush to beat U.S. tariffs went into reverse. "
            "Shipments to the U.S. declined by almost 30%, the Swiss finance department said. "
            "Imports into Switzerland also fell from the previous quarter, and the country's trade surplus widened "
            "slightly to 13.4 billion francs.")
    assert parties_by_amount(body)[13.4e9] == frozenset({"CHE"})


def test_the_description_after_only_another_country_is_no_story_country():
    body = ("Ireland's drugmakers shipped record volumes. Analysts expect the stockpiling to fade by the summer. "
            "Drugmakers have spent months preparing for the duties. Imports of medicines into the United States shot up in March as drugmakers built up stocks. "
            "The country imported more than $50 billion of pharmaceutical products in the month.")
    ctx = Context.build(body, None)
    assert not [m for m in ctx.countries if m.text.lower() == "the country"]
