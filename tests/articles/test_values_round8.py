"""Trade values, round 8 (branch xvalues7): compared amounts' periods, the story's yen, round thresholds, changes."""
from __future__ import annotations

from datetime import date

import pytest

from tariffscope.articles import trade_model
from tariffscope.articles.context import Context
from tariffscope.articles.text import normalize_body
from tariffscope.articles.trade_values import candidates, extract_trade_values


@pytest.fixture
def rules_only():
    trade_model.use(None)
    yield
    trade_model.use(False)


def values(body: str, published: date) -> set[tuple]:
    return {(tuple(v["parties"]), v["year"], v["value"], v["currency"], v["kind"])
            for v in extract_trade_values(Context.build(normalize_body(body), published))}


def test_a_year_inside_another_amounts_comparison_is_not_this_amounts(rules_only):
    # "from $71.71 billion in March 2024" is the compared export figure's period, not the imports'
    got = values("Counting both goods and services, India's total exports in March 2025 rose to $73.61 billion from "
                 "$71.71 billion in March 2024, while total imports increased to $77.23 billion from $73.63 billion "
                 "a year ago.", date(2025, 4, 15))
    assert {(v[2], v[1]) for v in got} == {(73.61e9, 2025), (71.71e9, 2024), (77.23e9, 2025), (73.63e9, 2024)}


def test_a_comparison_of_things_keeps_the_year_it_precedes(rules_only):
    got = values("Brussels has fewer targets than Washington: in 2024 the EU imported €334 billion worth of goods "
                 "from the United States, while it exported €532 billion.", date(2025, 5, 9))
    assert {(v[2], v[1]) for v in got} == {(334e9, 2024), (532e9, 2024)}


def test_against_and_fiscal_year_initials_compare_periods(rules_only):
    got = values("For the financial year as a whole, India's merchandise exports were virtually unchanged at "
                 "$437.42 billion, against $437.07 billion in FY24.", date(2025, 4, 15))
    assert {(v[2], v[1]) for v in got} == {(437.42e9, 2025), (437.07e9, 2024)}
    got = values("Before seasonal adjustment, Ireland's trade surplus was €17.4 billion, against €11.6 billion in "
                 "September 2024.", date(2025, 11, 14))
    assert {(v[2], v[1]) for v in got} == {(17.4e9, 2025), (11.6e9, 2024)}


def test_the_same_period_of_a_named_year_is_that_year(rules_only):
    got = values("Vietnam's exports to the United States reached US$57 billion in the first five months, compared "
                 "with US$44 billion in the same period of 2024.", date(2025, 6, 6))
    assert {(v[2], v[1]) for v in got} == {(57e9, 2025), (44e9, 2024)}


def test_a_bare_yen_sign_takes_the_storys_country():
    body = ("Japan's exports fell in June. Japan's Finance Ministry said overall exports came to ¥9,162.6 billion "
            "in June. Japan booked a deficit.")
    assert {c.money.currency for c in candidates(Context.build(body, date(2025, 7, 17)))} == {"JPY"}
    body = "Exports rose. The two economies traded goods worth ¥9,162.6 billion, Canada and Mexico said."
    assert {c.money.currency for c in candidates(Context.build(body, date(2025, 7, 17)))} == {None}


def test_a_round_threshold_restating_a_figure_is_no_second_fact(rules_only):
    body = ("Irish goods exports top €28bn in September\n\n"
            "Ireland's exports of goods to the United States climbed to €28.5 billion in September.")
    got = values(body, date(2025, 11, 14))
    assert {v[2] for v in got} == {28.5e9}
    # a threshold with no precise figure elsewhere stays a candidate for the decision
    reasons = [c.reason for c in candidates(Context.build("Irish goods exports top €28bn in September.", date(2025, 11, 14)))]
    assert reasons != ["restated"]


@pytest.mark.parametrize("sentence", [
    "The EU deal removes more than 4 billion euros ($4.7 billion) a year in duties on European exports to Mexico.",
    "The deal with the United States should lift Argentina's exports by around US$1 billion.",
    "The 17% rate could wipe about $2.3 billion a year off the value of Israeli exports to the U.S.",
    "That is a fall of 20.5 per cent in Nigeria's exports to the US, or roughly ₦940.98bn in lost export earnings.",
])
def test_duties_changes_and_losses_are_no_trade_values(rules_only, sentence):
    assert values(sentence, date(2025, 11, 14)) == set()


def _kind_model(intercepts: list[float]) -> trade_model.TradeModel:
    """A trade model whose kind decision is exports / imports / none by the given log-odds whatever the features,
    keeping the rules' one or two parties and year."""
    from tariffscope.articles.logreg import LogReg

    kind = LogReg({"never": 0}, [[0.0], [0.0], [0.0]], intercepts, ["exports", "imports", "none"])
    return trade_model.TradeModel(kind, LogReg.constant("2"), LogReg.constant("rule"))


def test_a_kind_the_model_gives_less_than_an_even_chance_is_not_reported():
    body = "Canada exported C$40 billion of goods to Mexico in 2024."
    try:
        trade_model.use(_kind_model([2.0, 0.0, 0.0]))        # exports ~0.78
        assert values(body, date(2025, 3, 8)) == {(("CAN", "MEX"), 2024, 40e9, "CAD", "exports")}
        trade_model.use(_kind_model([0.3, 0.2, 0.0]))        # exports ~0.37: as likely imports or no trade value
        assert values(body, date(2025, 3, 8)) == set()
    finally:
        trade_model.use(False)
