"""Round 26 (branch xquota26): a rate a list or letter allocates, read `announced` by round 25b's story reading, while a
later sentence of the same story tells that very rate's status in its own words.

Round 25b (xstart25b) read "Korea was assigned a basic tariff of 10% plus a reciprocal tariff of 15%." `announced`
because the story's lede dated another measure ahead; the next sentence said the 15% was put off and the 10% already
collected, and both rates came out twice, `announced` beside the later sentence's own reading.  The later sentence's
status of the same rate (same imposer, target and value) wins over the list reading; "put off" ("has been put off until
July 8") is a pause like "delayed" or "postponed" (LABELING.md: a start pushed back is `paused`).  Guards: with no later
sentence about the rate the list reading stands, and "put off by" (discouraged) is no pause.  Round 25b's other known
loss, a remedy ruling's company rate "given its own lower rate" (d125), is no list's allocation.
"""
from __future__ import annotations

from datetime import date

from inline import rate_statuses

PUB = date(2025, 6, 1)
LEDE = ("Steel shipments are expected to fall further after Trump said he will double the 25% tariff on imported steel "
        "to 50% starting June 4. Two months ago, Washington set out reciprocal tariffs country by country. ")


def test_a_later_sentence_tells_the_allocated_rates_their_own_status(rules_only):
    body = LEDE + ("Taiwan was allotted a base duty of 10% plus a reciprocal duty of 22%. The 22% reciprocal duty has "
                   "been put off until July 9, while the 10% base duty is already being collected.")
    got = rate_statuses(body, PUB)
    assert {(10.0, "in_force"), (22.0, "paused")} <= got
    assert (10.0, "announced") not in got and (22.0, "announced") not in got


def test_a_later_sentence_that_the_rate_is_collected_keeps_it_in_force(rules_only):
    body = LEDE + ("Taiwan was allotted a base duty of 10% plus a reciprocal duty of 22%. Importers say the 10% base "
                   "duty is already being collected at the ports.")
    got = rate_statuses(body, PUB)
    assert (10.0, "in_force") in got and (10.0, "announced") not in got


def test_the_list_reading_stands_when_no_later_sentence_tells_the_rate(rules_only):
    # guard (round 25b's reading): the later sentence tells the start of the measure, not the rate's status
    body = ("Trump unveiled reciprocal tariffs on Wednesday that take effect on April 9. China was handed a 34% tariff. "
            "Officials in Beijing said they would respond.")
    got = rate_statuses(body, date(2025, 4, 3))
    assert (34.0, "announced") in got and (34.0, "in_force") not in got


def test_put_off_by_a_tariff_is_no_pause(rules_only):
    # guard: "put off by" is discouraged, not postponed
    body = "Buyers have been put off by the 25% tariff on imported cars, which took effect in April."
    got = rate_statuses(body, date(2025, 6, 1))
    assert (25.0, "in_force") in got and (25.0, "paused") not in got


def test_a_company_rate_a_remedy_ruling_gives_is_no_list_allocation(rules_only):
    # round 25b's loss d125: "given its own lower rate" in an anti-dumping story is the ruling's company rate
    body = ("India's trade ministry on Monday imposed anti-dumping duties of as much as 48.2% on imports of nylon "
            "filament yarn from China and Vietnam, according to a ruling the ministry published. Chinese yarn faces a "
            "39.5% duty, although Zhejiang Hengyi was given its own lower rate of 21.3%.")
    got = rate_statuses(body, date(2025, 5, 19))
    assert (21.3, "in_force") in got and (21.3, "announced") not in got
