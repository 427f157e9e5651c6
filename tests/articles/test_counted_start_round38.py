"""Round 38 (xstartlist38): a measure's start counted in days or weeks from the page or its event ("will take effect in
seven days", "kicks in 21 days after Wednesday's order", "due to take effect within the next 21 days") is a start after
`published` (LABELING.md: `announced` is decided but starting later), read where a dated start is: in the rate's own
segment and, told in a sentence of its own, as the whole sentence's start that dates the rates around it.  A rate its
clause tells as paid already keeps its status, and a start told in the past tense dates nothing.  The stories run the
rules alone (the shipped learned status is retrained by the lead).
"""
from __future__ import annotations

from datetime import date

from inline import rate_statuses

from tariffscope.articles import timeline

PUB = date(2025, 8, 1)


def test_a_start_in_days_in_the_rate_sentence_makes_it_announced(rules_only):
    body = ("India's bill is set to climb further. A second 25% duty on Indian products, imposed over New Delhi's purchases "
            "of Russian oil, is scheduled to start in 21 days.")
    assert rate_statuses(body, PUB) == {(25.0, "announced")}


def test_a_rate_free_start_in_days_dates_the_rates_told_before_it(rules_only):
    body = ("Trump set heavy duties on dozens of partners: 50% on Brazilian exports, 25% on products from India and 39% "
            "on Swiss goods. The rates, contained in an executive order, will take effect in seven days.")
    assert rate_statuses(body, PUB) == {(50.0, "announced"), (25.0, "announced"), (39.0, "announced")}
    body = ("Trump signed an order imposing an extra 25 per cent tariff on Indian goods, taking the total to 50 per cent. "
            "The new duty kicks in 21 days after Wednesday's order, a window that leaves time for talks.")
    assert rate_statuses(body, PUB) == {(25.0, "announced"), (50.0, "announced")}


def test_a_rate_paid_already_is_not_dated_by_the_new_charge_start(rules_only):
    body = ("Trump signed an order placing an extra 40% tariff on goods from Brazil. Added to the 10% Brazilian goods "
            "already pay, the new charge takes the total to 50% and is due to start in seven days.")
    assert (10.0, "in_force") in rate_statuses(body, PUB)


def test_a_count_of_days_needs_a_start_word_and_a_start_to_come():
    m = timeline.START_DATE.search("The extra duty is due to take effect in three weeks.")
    assert m is not None and timeline.starts_after(m, PUB) and timeline.counted_start(m)
    assert timeline.SENTENCE_START_DATE.search("The rates will take effect in seven days' time.") is not None
    assert timeline.START_DATE.search("The decree entered into force 14 days after promulgation.") is None
    assert timeline.START_DATE.search("The EU put its counter-tariffs on hold for 90 days after the U-turn.") is None
    assert timeline.START_DATE.search("Exporters have 14 days to comment on the 25% duty.") is None
