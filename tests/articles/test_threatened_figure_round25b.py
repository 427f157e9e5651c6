"""Round 25b (branch xratenoun25b): a labelled rate whose only noun is "rate" -- or none -- in a comparison.

Of the labelled rates the rules never write, the comparisons ("well below the 46 percent first threatened", "far
above the 15% that the EU agreed") were left by round 25 because most would come out with the wrong status.  One
shape carries its status in its own words: a definite figure whose own clause calls it threatened ("the 46 percent that
had been threatened at first", "the 20% the US had threatened to impose", "the 36% it was initially threatened with",
"instead of the 25% previously threatened").  The verb names the measure, so no tariff noun is needed, and LABELING.md
keeps such a rate `threatened` "as the text says".  Guards: a threat to raise a rate to another figure is that other
rate's; a figure outside a tariff story stays unread; the new rate of the comparison keeps its own status.
"""
from __future__ import annotations

from datetime import date

import pytest
from inline import tariff_tuples

PUB = date(2025, 8, 8)


def facts_of(body: str) -> set:
    return {(t[1], t[3], t[4]) for t in tariff_tuples(body, PUB)}


@pytest.mark.parametrize("body, want", [
    ("The United States set a 20% tariff on Vietnamese goods on Wednesday. Exporters in Hanoi were relieved. The rates "
     "are well below the 46 percent that had been threatened at first.", ("VNM", 46.0, "threatened")),
    ("Washington cut the tariff on Philippine goods to 19% on Thursday. Manila welcomed the deal. Its new rate is just "
     "below the 20% the US had threatened to impose.", ("PHL", 20.0, "threatened")),
    ("The U.S. tariff on Thai goods will be 19% from Aug. 7. Bangkok's exporters were relieved. Thailand managed to "
     "negotiate the rate down from the 36% it was initially threatened with.", ("THA", 36.0, "threatened")),
    ("The U.S. will cut its tariff on South Korean cars from Nov. 1. Seoul welcomed the move. South Korean automotive "
     "goods will face the lower 15% rate instead of the 25% previously threatened.", ("KOR", 25.0, "threatened")),
])
def test_a_figure_its_own_clause_calls_threatened_is_read_threatened(rules_only, body, want):
    assert want in facts_of(body)


def test_the_new_rate_of_the_comparison_keeps_its_status(rules_only):
    body = ("The U.S. will cut its tariff on South Korean cars from Nov. 1. Seoul welcomed the move. South Korean "
            "automotive goods will face the lower 15% rate instead of the 25% previously threatened.")
    assert ("KOR", 15.0, "announced") in facts_of(body)


@pytest.mark.parametrize("body, absent", [
    # a threat to raise the rate to another figure: the threatened rate is the other one
    ("Washington imposed a 25% tariff on Mexican steel in March. Talks stalled in May. Officials said the 25% Trump "
     "threatened to raise to 50% would stay for now.", (25.0, "threatened")),
    # no tariff in the story: a poll's figure stays unread
    ("The union held a strike ballot on Thursday. Turnout was high. Support came in well below the 60% that had "
     "been threatened by organisers.", (60.0, "threatened")),
])
def test_a_figure_that_is_no_threatened_rate_is_not_read_so(rules_only, body, absent):
    assert absent not in {(r, s) for _, r, s in facts_of(body)}
