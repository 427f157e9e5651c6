"""Round 28 (xbenchmark28): a benchmark figure told with its own payer and no tariff noun -- "It is above the 15%
charged on Turkey and the 19% set for both Cambodia and Indonesia" (dev d1745), "the 10% paid by Britain" (d043),
"higher than the 15 percent that will apply to goods from Japan, South Korea and the EU" (d260), "the 21% Trump first
set for Ivory Coast in April" (d672).  LABELING.md (round 17): a partner's rate stated outright as a benchmark is a
fact in its own status.  Before, such a figure was no rate (no tariff noun, no assigning verb before it) or took the
sentence's subject as target.  Now the figure's own clause -- "the N%" and a verb that puts a rate on a payer (charged
on, set for, paid by, imposed on, applied to, that X continues to pay) naming a country -- makes it that country's
rate; each country coordinated there gets it; a clause that dates it earlier ("first set", "had set") makes it
`lifted`.  Guards: a figure with a noun of its own ("the 5% share held by Japan"), a clause that names no country
right after its verb, and a negated clause ("does not apply to goods that ...") stay as they were."""
from __future__ import annotations

from datetime import date

from inline import tariff_tuples

PUBLISHED = date(2025, 8, 8)


def _facts(body: str) -> set[tuple]:
    return tariff_tuples(body, PUBLISHED)


def test_participle_payers_with_coordination(rules_only):
    body = ("Vietnam's textile sector braces for 20% US tariff\n\n"
            "The 20% US tariff on Vietnamese goods took effect on Thursday.\n\n"
            "It is above the 15% charged on Turkey and the 19% set for both Cambodia and Indonesia.")
    got = _facts(body)
    assert ("USA", "TUR", None, 15.0, "in_force") in got
    assert ("USA", "KHM", None, 19.0, "in_force") in got
    assert ("USA", "IDN", None, 19.0, "in_force") in got
    assert ("USA", "TUR", None, 19.0, "in_force") not in got


def test_paid_by_and_relative_clause_payers(rules_only):
    body = ("Swiss minister flies to Washington\n\n"
            "The 39% tariff on Swiss goods took effect on Thursday. That is far above the 15% that the European Union "
            "agreed and the 10% paid by Britain.")
    assert ("USA", "GBR", None, 10.0, "in_force") in _facts(body)
    body = ("Taiwan gets 20% US tariff\n\n"
            "Washington set a 20 percent tariff on most Taiwanese goods on Thursday, to take effect on Aug. 7.\n\n"
            "It is higher than the 15 percent that will apply to goods from Japan, South Korea and the EU.")
    got = _facts(body)
    for iso in ("JPN", "KOR", "EUU"):
        assert ("USA", iso, None, 15.0, "announced") in got


def test_benchmark_dated_earlier_is_lifted(rules_only):
    body = ("Ivory Coast cocoa looks for new buyers\n\n"
            "Washington set a 15% tariff on goods from Ivory Coast on Thursday, to take effect on August 7.\n\n"
            "The new rate is below the 21% Trump first set for Ivory Coast in April, officials said.")
    got = _facts(body)
    assert ("USA", "CIV", None, 21.0, "lifted") in got


def test_figures_without_a_country_payer_stay_unread(rules_only):
    body = ("Japan's exporters face 15% US tariff\n\n"
            "The 15% US tariff on Japanese goods took effect on Thursday.\n\n"
            "Exports grew by more than the 5% share held by Korea, and the 3% set for the year is still in reach.")
    assert not {f for f in _facts(body) if f[3] in (5.0, 3.0)}


def test_subject_of_a_noun_rate_keeps_its_reading(rules_only):
    # the noun's own reading holds ("the 25% tariffs already charged on goods from Canada and Mexico stay in place")
    body = ("Trump rolls out global tariffs\n\n"
            "A 10% tariff on all imports starts on April 5. The 25% tariffs already charged on goods from Canada and "
            "Mexico stay in place.")
    got = _facts(body)
    assert ("USA", "CAN", None, 25.0, "in_force") in got
    assert ("USA", "MEX", None, 25.0, "in_force") in got


def test_possessive_benchmark_in_a_comparison(rules_only):
    body = ("India weighs US tariff offer\n\n"
            "The 25% US tariff on Indian goods took effect on Thursday.\n\n"
            "New Delhi could end up with a rate in the 16-18% range, more than the EU's 15% but less than Vietnam's 20%.")
    got = _facts(body)
    assert ("USA", "EUU", None, 15.0, "in_force") in got
    assert ("USA", "VNM", None, 20.0, "in_force") in got


def test_possessive_figure_with_a_noun_stays_unread(rules_only):
    body = ("India weighs US tariff offer\n\n"
            "The 25% US tariff on Indian goods took effect on Thursday.\n\n"
            "Its economy grew faster than China's 5% growth and Vietnam's 7% rise in exports.")
    assert not {f for f in _facts(body) if f[3] in (5.0, 7.0)}
