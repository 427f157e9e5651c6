"""The polars evaluation of the suites (used above GX_FULL_ROWS) gives exactly GX's answer.

Every case of the GX tests runs again with the threshold at 0: polars decides, and the cross-check makes
real GX validate the same rows and raises EngineMismatch on any disagreement."""

from __future__ import annotations

import pytest

import tests.test_suites_coverage as coverage
import tests.test_validate as gx_cases
from tariffscope import validate


@pytest.fixture(autouse=True)
def polars_engine(monkeypatch):
    monkeypatch.setattr(validate, "GX_FULL_ROWS", 0)


@pytest.mark.parametrize(("override", "expectation"), [
    ({"reporter_iso3": "XXA"}, "expect_column_values_to_be_in_set(reporter_iso3)"),
    ({"hs_code": "8"}, "expect_column_values_to_match_regex(hs_code) where hs_level==0"),
    ({"year": 1987}, "expect_column_values_to_be_between(year)"),
    ({"value_usd": None}, "expect_column_values_to_not_be_null(value_usd)"),
    ({"quantity": -5.0}, "expect_column_values_to_be_between(quantity)"),
])
def test_trade_rules(override, expectation):
    validation = validate.validate_frame("trade_flow", gx_cases.trade_rows(**override))
    assert validation.engine.startswith("polars")
    assert list(validation.failed_rows) == [1] and expectation in validation.failed_rows[1]


def test_duplicates_and_table_level_rules():
    frame = gx_cases.trade_rows(partner_iso3="MEX", hs_code="87", hs_level=2, value_usd=1.0)
    assert set(validate.validate_frame("trade_flow", frame).failed_rows) == {0, 1}
    empty = validate.validate_frame("trade_flow", gx_cases.trade_rows().head(0))
    assert [o.expectation for o in empty.table_failures] == ["expect_table_row_count_to_be_between"]


@pytest.mark.parametrize(("table", "column", "value", "expectation"), coverage.FAILING)
def test_every_other_rule(table, column, value, expectation):
    failed = validate.validate_frame(table, coverage.frame(table, column, value)).failed_rows
    assert expectation in failed.get(1, [])


def test_tariff_pair_rules():
    failed = validate.validate_frame("tariff_measure", gx_cases.tariff_rows(end_date=gx_cases.dt.date(2025, 3, 1))).failed_rows
    assert failed == {1: ["expect_column_pair_values_a_to_be_greater_than_b(end_date, effective_date)"]}


def test_duplicate_keys_are_found_exactly_among_many_rows():
    import polars as pl

    frame = pl.concat([gx_cases.trade_rows(), gx_cases.trade_rows().with_columns(year=pl.lit(2023, pl.Int16)),
                       gx_cases.trade_rows().head(1)])
    assert sorted(validate.validate_frame("trade_flow", frame).failed_rows) == [0, 4]  # only the repeated key


def test_compound_unique_treats_nulls_as_equal_and_column_order_as_meaningful():
    import polars as pl

    from tariffscope.suite_polars import compound_unique

    config = {"kwargs": {"column_list": ["reporter", "partner", "month"]}}
    frame = pl.DataFrame({"reporter": ["USA", "USA", "CAN", "MEX"], "partner": ["CAN", "CAN", "USA", "USA"],
                          "month": [None, None, None, 1]})
    assert compound_unique(frame, config).to_list() == [False, False, True, True]
    swapped = pl.DataFrame({"reporter": ["USA", "CAN"], "partner": ["CAN", "USA"], "month": [1, 1]})
    assert compound_unique(swapped, config).to_list() == [True, True]
    assert compound_unique(frame.head(0), config).to_list() == []


def test_a_disagreement_with_gx_stops_the_source_before_it_loads():
    import polars as pl

    from tariffscope import suite_polars

    # a polars rule that passes everything stands for a bug in suite_polars; GX still sees row 1's 'XXA'
    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(suite_polars, "row_rule", lambda config, parameters: pl.lit(True))
        with pytest.raises(validate.EngineMismatch, match="polars and Great Expectations disagree"):
            validate.validate_frame("trade_flow", gx_cases.trade_rows(reporter_iso3="XXA"))


def test_constant_key_columns_and_unmet_conditions_keep_the_answer():
    import polars as pl

    from tariffscope import suite_polars

    config = {"kwargs": {"column_list": ["source", "year", "hs_code"]}}
    frame = pl.DataFrame({"source": ["BACI"] * 3, "year": [2024] * 3, "hs_code": ["870321", "870322", "870321"]})
    assert suite_polars.compound_unique(frame, config).to_list() == [False, True, False]
    assert suite_polars.compound_unique(frame.head(2).with_columns(hs_code=pl.lit("87")), config).to_list() == [False, False]
    assert suite_polars.compound_unique(frame.head(1), config).to_list() == [True]
    regex = {"type": "expect_column_values_to_match_regex", "kwargs": {"column": "hs_code", "regex": r"^\d{2}$",
             "row_condition": {"column": {"name": "year"}, "operator": "==", "parameter": 2023}}}
    assert frame.select(suite_polars.row_rule_on(frame, regex, {})).to_series().to_list() == [True] * 3  # no row is 2023
    regex["kwargs"]["row_condition"]["parameter"] = 2024
    assert frame.select(suite_polars.row_rule_on(frame, regex, {})).to_series().to_list() == [False] * 3


def bad_levels():
    """Every hs_level with a code of the wrong length, a null level, and a level no condition names."""
    import polars as pl

    rows = [gx_cases.trade_rows(hs_code=code, hs_level=level, partner_iso3=partner).row(1, named=True)
            for code, level, partner in [("87", 0, "CAN"), ("TOTAL", 2, "BRA"), ("870", 4, "CHN"), ("8703", 6, "DEU"),
                                         ("87", None, "FRA"), ("87", 3, "GBR"), ("870321", 6, "JPN")]]
    return pl.DataFrame(rows, schema=gx_cases.trade_rows().schema)


def test_both_engines_read_row_conditions_alike_on_bad_levels(monkeypatch):
    # what lets the cross-check leave out a rule whose condition no sampled row meets: GX's row filter and
    # suite_polars.condition_holds pick the same rows, nulls and unnamed levels included
    frame = bad_levels()
    by_polars = validate.validate_frame("trade_flow", frame)
    monkeypatch.setattr(validate, "GX_FULL_ROWS", 10**9)
    by_gx = validate.validate_frame("trade_flow", frame)
    assert by_gx.engine == "great_expectations" and by_polars.engine.startswith("polars")
    assert by_polars.failed_rows == by_gx.failed_rows
    assert sorted(by_gx.failed_rows) == [0, 1, 2, 3, 5]  # row 5: level 3 is not in the set
    assert sorted((o.expectation, o.success) for o in by_polars.outcomes) == sorted((o.expectation, o.success) for o in by_gx.outcomes)


def test_the_cross_check_leaves_out_only_rules_no_checked_row_is_subject_to():
    suite = validate._cross_check_suite(validate.load_suite("trade_flow"))
    all_six = bad_levels()[3:4]
    unmet = validate._unmet_conditions(suite, all_six)     # what _validate_with_gx leaves out
    left = [validate.expectation_name(e) for i, e in enumerate(suite["expectations"]) if i not in unmet]
    conditioned = [n for n in left if " where " in n]
    assert conditioned == ["expect_column_values_to_match_regex(hs_code) where hs_level==6"]
    assert len(left) == len(suite["expectations"]) - 3
    assert validate._unmet_conditions(suite, bad_levels()) == set()
    # the level-6 row with a 4-digit code is still caught, by both engines
    assert list(validate.validate_frame("trade_flow", all_six).failed_rows) == [0]
