"""Round 24 (branch xhistory24): a rate the story later replaces is `lifted`.

The reading (timeline.replaced_by_later_change): a rate whose own clause dates it in a past month is the story's
background; when another sentence tells a change of the same measure (imposer, target, goods) "to" another rate, dated
in a later month or not dated (the story's news), and the change is in force, the dated rate is `lifted` (LABELING.md:
the old rate of a change in force).  A change only scheduled, a rate kept current ("since", "still") and a rate added on
top of the dated one leave it standing.
"""
from __future__ import annotations

from datetime import date

import pytest
from inline import rate_statuses, tariff_tuples

PUB = date(2025, 7, 1)


@pytest.mark.parametrize("body, rate", [
    ("Mexican steel exports to the US fell again in May. Washington applied a 25% tariff to all imported steel in "
     "March, ending the exemptions Mexico had enjoyed. It doubled the rate on steel to 50% on June 4.", 25.0),
    ("Trump on Wednesday raised the reciprocal tariff on Chinese imports to 125%, the White House said. He had put a "
     "34% reciprocal tariff on Chinese imports on April 2.", 34.0),
    ("Indian exports to the US slid in June. From April 5, Washington applied a 10 percent tariff to Indian "
     "products. The US has since raised the tariff on Indian products to 50 percent.", 10.0),
])
def test_a_dated_rate_replaced_by_a_later_change_is_lifted(rules_only, body, rate):
    assert (rate, "lifted") in rate_statuses(body, PUB)


@pytest.mark.parametrize("body, rate, want", [
    # the change is only scheduled: the dated rate still applies
    ("Washington applied a 25% tariff to all imported steel in March. The rate on steel is set to rise to 50% on "
     "September 1.", 25.0, "in_force"),
    # the dated rate is kept current by its own words
    ("Washington has charged a 25% tariff on imported steel since March. It raised the tariff on aluminum to 50% on "
     "June 4.", 25.0, "in_force"),
    # the change adds a rate on top of the dated one: both stand
    ("In April Trump set a 10% tariff on imports from Brazil. In June he added an additional tariff on imports from "
     "Brazil, lifting it to 50%.", 10.0, "in_force"),
    # the change is dated before the rate: the dated rate is the later one
    ("The US raised its tariff on Indian goods to 25% in February. In May, Washington applied a 50% tariff to Indian "
     "goods.", 50.0, "in_force"),
])
def test_the_dated_rate_stands(rules_only, body, rate, want):
    assert (rate, want) in rate_statuses(body, PUB)


def test_a_start_later_in_the_month_is_no_background(rules_only):
    # "comes into force on August 7" in an August 6 paper: a start to come, though the month is the paper's own
    body = ("Trump imposed a further 25 per cent duty on Indian goods on Wednesday, raising the tariff on Indian goods "
            "to 50 per cent. The first 25 per cent duty comes into force on August 7.")
    assert (25.0, "lifted") not in rate_statuses(body, date(2025, 8, 6))


def test_a_preliminary_trade_remedy_duty_is_not_made_past_by_the_final_rate():
    # LABELING.md round 23b: a provisional duty runs beside the final one (xhistory24b)
    got = tariff_tuples("In August, Commerce set a preliminary countervailing duty of 14.38% on Canadian softwood lumber. "
                        "On Friday it raised the countervailing duty on Canadian softwood lumber to 20.56%.",
                        date(2025, 10, 3))
    assert not any(t[3] == 14.38 and t[4] == "lifted" for t in got)
