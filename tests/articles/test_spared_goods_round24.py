"""Round 24 (xspares24): goods a measure spares, told with no determiner before the measure.

"US spares orange juice, aircraft parts and pulp from new 40% duty on Brazil", "They remove smartphones ... from
Trump's 125% tariff ... and from his baseline 10% global tariff", "Philippine semiconductors and electronics spared
from Trump's 20% tariff": an act of sparing (spare / exempt / remove) whose object is goods and whose measure stands
after "from" with no determiner or with a possessive.  LABELING.md round 15: goods left out of a rate are the rate
`lifted` with each of them; the rate itself stays as the measure stands.  An exemption only sought gives none."""
from __future__ import annotations

import pytest

from inline import tariff_tuples


@pytest.mark.parametrize("body, rate, goods", [
    # a headline's verb, the measure with an adjective and no determiner
    ("US spares orange juice, aircraft parts and pulp from new 40% duty on Brazil\n\n"
     "The United States imposed a 40% tariff on Brazilian goods on Wednesday.",
     40.0, {"orange juice", "pulp"}),
    # "remove X from" a possessive's measure
    ("The United States has put a 125% tariff on imports from China. Customs officials remove smartphones and "
     "laptops from Trump's 125% tariff on imports from China.",
     125.0, {"smartphones", "laptops"}),
    # a second measure joined by "and from" takes the same goods
    ("The United States has put a 125% tariff on imports from China. Customs officials remove smartphones and "
     "laptops from Trump's 125% tariff on imports from China and from his baseline 10% global tariff.",
     10.0, {"smartphones", "laptops"}),
    # a headline's reduced passive
    ("Philippine semiconductors, electronics spared from Trump's 20% tariff\n\n"
     "The United States will charge a 20% tariff on goods from the Philippines from August 1.",
     20.0, {"semiconductors", "electronics"}),
])
def test_goods_spared_from_a_measure_without_determiner_are_lifted(body, rate, goods):
    got = tariff_tuples(body)
    assert goods <= {g[2] for g in got if g[4] == "lifted" and g[3] == rate}
    assert any(g[2] is None and g[3] == rate and g[4] != "lifted" for g in got)     # the measure itself stands


@pytest.mark.parametrize("body, good", [
    # an exemption only sought
    ("Brazil presses Washington to spare coffee from 50% tariff\n\n"
     "Washington put a 50% tariff on goods from Brazil in August.", "coffee"),
    ("Spain asks US to exempt olive oil from 15% tariff\n\nThe United States charges a 15% tariff on EU goods.",
     "olive oil"),
    # the object is a measure, and the rate the old one of a change
    ("The deal removes US tariffs on British steel and aluminium products and brings the levy on UK car exports "
     "down from 27.5 per cent to 10 per cent.", "steel"),
])
def test_sparing_not_done_or_not_of_goods_gives_no_lifted_goods(body, good):
    assert not {g for g in tariff_tuples(body) if g[4] == "lifted" and g[2] == good}


def test_measure_with_determiner_still_read_as_before():
    got = tariff_tuples("Washington has exempted a list of Brazilian food products from the additional 40% tariff "
                        "on Brazil, including coffee and beef.")
    assert any(g[4] == "lifted" and g[2] for g in got)
