"""Round 17b: a rate a warning says someone will or would impose is `threatened` (LABELING.md `status`: "warned it
would"); a plain statement of what will be imposed stays `announced`, and a rate the warning does not govern keeps
its own status."""
from __future__ import annotations

from datetime import date

from inline import rate_statuses

PUBLISHED = date(2025, 7, 14)


def statuses(body: str) -> set[tuple]:
    return rate_statuses(body, PUBLISHED)


def test_warned_that_he_will_slap_a_rate_is_threatened():
    assert statuses("Trump has warned that he will slap 30% tariffs on imports from Mexico.") == {(30.0, "threatened")}


def test_warned_that_he_would_put_a_rate_is_threatened():
    assert statuses("Earlier this week Trump also warned that he would put a 100% tariff on goods from Canada.") \
        == {(100.0, "threatened")}


def test_the_noun_warning_that_he_will_apply_is_threatened():
    assert statuses("The Commission's preparations follow President Donald Trump's warning that he will apply a 30% "
                    "tariff to imports from the European Union.") == {(30.0, "threatened")}


def test_said_he_will_impose_stays_announced():
    assert statuses("Trump said he will slap 30% tariffs on imports from Mexico.") == {(30.0, "announced")}


def test_a_definite_rate_after_the_modal_is_not_the_warnings():
    # "on top of the 25% charged": an existing measure the warned increase would be added to
    assert (25.0, "threatened") not in statuses(
        "The letters warn that any increase in their own tariffs would be added on top of the 25% tariff charged by "
        "the United States.")


def test_threatened_to_impose_then_replaced_is_not_read_as_the_warning():
    # the infinitive is the threat; "will be replaced by a rate of 15%" is the deal's own clause
    assert (15.0, "threatened") not in statuses(
        "Japan agreed a deal under which a 25% tariff he had threatened to impose from August 1 will be replaced by a "
        "rate of 15%.")
