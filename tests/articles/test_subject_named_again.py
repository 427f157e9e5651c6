"""Round 22b (xgoods22b): a sentence's subject is the goods of its rate only when the story names it again.

The open-vocabulary subject reader takes any head noun of a pay/face sentence; writers open such sentences with words
that are no goods ("Trade experts explained ...", d1243; "The hope on the European side ...", d1255; "Elsewhere in
the Middle East and North Africa, Israel was hit with ...", d1342). LABELING.md gives those rates product null."""
from __future__ import annotations

from datetime import date

from inline import tariff_tuples

PUBLISHED = date(2025, 8, 1)


def test_a_subject_said_once_is_no_goods():
    got = tariff_tuples("Trade experts explained that Pakistani products sold to the United States will be taxed at "
                        "19% on arrival.", PUBLISHED)
    assert {g[2] for g in got if g[3] == 19.0} == {None}


def test_an_adverb_opening_a_list_of_rates_is_no_goods():
    got = tariff_tuples("Elsewhere in the Middle East and North Africa, Israel was hit with a 17 per cent tariff, "
                        "Tunisia with 28 per cent and Jordan with 20 per cent.", PUBLISHED)
    # the status is the calendar's and the text's (round 53); this test is about the goods
    assert ("USA", "ISR", None, 17.0) in {g[:4] for g in got}
    assert not any(g[2] for g in got)


def test_goods_the_story_names_again_stay_the_subject_goods():
    got = tariff_tuples("Canada lists its countermeasures on jam.\n\nStrawberry jam will carry a 10 per cent tariff "
                        "from the US.", PUBLISHED)
    assert ("CAN", "USA", "strawberry jam", 10.0, "announced") in got
