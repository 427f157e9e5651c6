"""Each suite rule, with a passing row set and a failing one (2-3 inline rows), through real GX."""

from __future__ import annotations

import datetime as dt
import json

import polars as pl
import pytest

from tariffscope.source import SourceFrame
from tariffscope.validate import suite_path, validate_frame, validate_source


def trade_rows(**overrides) -> pl.DataFrame:
    rows = {
        "source": ["US Census", "US Census"], "reporter_iso3": ["USA", "USA"], "partner_iso3": ["MEX", "CAN"],
        "year": [2024, 2024], "month": [None, None], "flow": ["import", "import"], "hs_code": ["87", "TOTAL"],
        "hs_level": [2, 0], "value_usd": [136_556_709_549.0, 411_886_683_368.0], "quantity": [None, None],
    }
    for column, second_value in overrides.items():
        rows[column] = [rows[column][0], second_value]
    return pl.DataFrame(rows, schema_overrides={"year": pl.Int16, "month": pl.Int16, "hs_level": pl.Int16, "quantity": pl.Float64})


def failed_names(table: str, frame: pl.DataFrame) -> dict[int, list[str]]:
    return validate_frame(table, frame).failed_rows


def test_valid_trade_rows_pass_every_expectation():
    validation = validate_frame("trade_flow", trade_rows())
    assert validation.failed_rows == {} and all(o.success for o in validation.outcomes)


@pytest.mark.parametrize(("override", "expectation"), [
    ({"reporter_iso3": "XXA"}, "expect_column_values_to_be_in_set(reporter_iso3)"),
    ({"partner_iso3": "?1220"}, "expect_column_values_to_be_in_set(partner_iso3)"),
    ({"flow": "transit"}, "expect_column_values_to_be_in_set(flow)"),
    ({"hs_code": "8"}, "expect_column_values_to_match_regex(hs_code) where hs_level==0"),
    ({"year": 1987}, "expect_column_values_to_be_between(year)"),
    ({"year": dt.date.today().year + 1}, "expect_column_values_to_be_between(year)"),
    ({"value_usd": -1.0}, "expect_column_values_to_be_between(value_usd)"),
    ({"value_usd": 2e13}, "expect_column_values_to_be_between(value_usd)"),
    ({"value_usd": None}, "expect_column_values_to_not_be_null(value_usd)"),
    ({"quantity": -5.0}, "expect_column_values_to_be_between(quantity)"),
    ({"month": 13}, "expect_column_values_to_be_between(month)"),
])
def test_each_trade_rule_quarantines_only_the_failing_row(override, expectation):
    failed = failed_names("trade_flow", trade_rows(**override))
    assert list(failed) == [1] and expectation in failed[1]


def test_hs_code_must_match_its_level():
    frame = trade_rows(hs_code="8703", hs_level=2)
    assert "expect_column_values_to_match_regex(hs_code) where hs_level==2" in failed_names("trade_flow", frame)[1]


def test_duplicate_natural_key_quarantines_both_copies():
    frame = trade_rows(partner_iso3="MEX", hs_code="87", hs_level=2, value_usd=1.0)
    failed = failed_names("trade_flow", frame)
    assert set(failed) == {0, 1}
    assert all(any(n.startswith("expect_compound_columns_to_be_unique") for n in names) for names in failed.values())


def tariff_rows(**overrides) -> pl.DataFrame:
    rows = {
        "measure_id": ["a1", "b2"], "imposing_iso3": ["USA", "USA"], "target_iso3": ["CAN", None],
        "product_scope": ["Steel", "All products"], "rate_pct": [50.0, 25.0],
        "announced_date": [dt.date(2025, 6, 3), dt.date(2025, 2, 1)],
        "effective_date": [dt.date(2025, 6, 4), dt.date(2025, 3, 4)],
        "end_date": [None, dt.date(2025, 3, 6)], "usmca_exempt": ["no", "yes"],
    }
    for column, second_value in overrides.items():
        rows[column] = [rows[column][0], second_value]
    return pl.DataFrame(rows)


def test_valid_tariff_rows_pass():
    assert failed_names("tariff_measure", tariff_rows()) == {}


@pytest.mark.parametrize(("override", "expectation"), [
    ({"rate_pct": 1500.0}, "expect_column_values_to_be_between(rate_pct)"),
    ({"rate_pct": None}, "expect_column_values_to_not_be_null(rate_pct)"),
    ({"target_iso3": "CANADA"}, "expect_column_values_to_be_in_set(target_iso3)"),
    ({"effective_date": dt.date(2025, 1, 1)}, "expect_column_pair_values_a_to_be_greater_than_b(effective_date, announced_date)"),
    ({"end_date": dt.date(2025, 3, 1)}, "expect_column_pair_values_a_to_be_greater_than_b(end_date, effective_date)"),
    ({"usmca_exempt": "maybe"}, "expect_column_values_to_be_in_set(usmca_exempt)"),
    ({"measure_id": "a1"}, "expect_column_values_to_be_unique(measure_id)"),
])
def test_each_tariff_rule(override, expectation):
    failed = failed_names("tariff_measure", tariff_rows(**override))
    assert expectation in failed[1]


def claim_rows(**overrides) -> pl.DataFrame:
    rows = {
        "article_id": ["a" * 64, "a" * 64], "position": [0, 1], "imposer_iso3": ["USA", "USA"],
        "target_iso3": ["CAN", "MEX"], "product": ["steel", None], "rate_pct": [50.0, 25.0],
        "status": ["in_force", "in_force"], "sentence": ["s", "t"], "span_start": [10, 40],
        "span_end": [30, 60], "body_length": [100, 100],
    }
    for column, second_value in overrides.items():
        rows[column] = [rows[column][0], second_value]
    return pl.DataFrame(rows)


@pytest.mark.parametrize(("override", "expectation"), [
    ({"span_end": 120}, "expect_column_pair_values_a_to_be_greater_than_b(body_length, span_end)"),
    ({"span_end": 40}, "expect_column_pair_values_a_to_be_greater_than_b(span_end, span_start)"),
    ({"status": "rumoured"}, "expect_column_values_to_be_in_set(status)"),
    ({"imposer_iso3": "US"}, "expect_column_values_to_be_in_set(imposer_iso3)"),
])
def test_claim_spans_inside_the_body_and_vocabulary(override, expectation):
    assert failed_names("article_tariff_claim", claim_rows()) == {}
    assert expectation in failed_names("article_tariff_claim", claim_rows(**override))[1]


def test_table_level_failure_refuses_the_source():
    frame = trade_rows(value_usd=None).with_columns(pl.lit(None, pl.Float64).alias("value_usd"))
    source = SourceFrame(table="trade_flow", source_file="x.csv", source_format="canonical",
                         frame=frame.with_row_index("_row_number", offset=1), rows_in=2)
    validated = validate_source(source)
    assert not validated.ok
    assert "expect_column_values_to_not_be_null(value_usd) mostly 0.5" in validated.failure_message()
    assert "x.csv" in validated.failure_message()


def test_quarantine_keeps_the_original_row_and_the_reasons():
    raw = pl.DataFrame({"_row_number": [1, 2], "reporter_iso3": ["USA", "USA"], "value_usd": ["1", "-7"]})
    frame = trade_rows(value_usd=-7.0).with_columns(pl.Series("_row_number", [1, 2]))
    validated = validate_source(SourceFrame("trade_flow", "f.csv", "canonical", frame, raw, rows_in=2))
    quarantined = validated.quarantined["trade_flow"]
    assert quarantined["row_number"].to_list() == [2]
    assert json.loads(quarantined["original_row"][0]) == {"reporter_iso3": "USA", "value_usd": "-7"}
    assert quarantined["failed_expectations"][0].to_list() == ["expect_column_values_to_be_between(value_usd)"]
    assert validated.passed["trade_flow"].height == 1


def test_editing_the_suite_json_changes_what_passes(monkeypatch, tmp_path):
    suite = json.loads(suite_path("trade_flow").read_text())
    for expectation in suite["expectations"]:
        if expectation["kwargs"].get("column") == "value_usd" and expectation["type"] == "expect_column_values_to_be_between":
            expectation["kwargs"]["max_value"] = 200e9  # tighten the ceiling
    (tmp_path / "trade_flow.json").write_text(json.dumps(suite))
    assert failed_names("trade_flow", trade_rows()) == {}
    monkeypatch.setattr("tariffscope.validate.EXPECTATIONS_DIR", tmp_path)
    assert list(failed_names("trade_flow", trade_rows())) == [1]  # the $411.9B row now exceeds the bound


def test_the_gx_suite_is_built_once_while_the_json_stays_the_same(monkeypatch, tmp_path):
    from tariffscope import validate

    validate_frame("trade_flow", trade_rows())
    built = validate._DEFINITIONS["trade_flow"][1]
    assert failed_names("trade_flow", trade_rows(value_usd=-1.0)) == {1: ["expect_column_values_to_be_between(value_usd)"]}
    assert validate._DEFINITIONS["trade_flow"][1] is built
    suite = json.loads(suite_path("trade_flow").read_text())
    suite["expectations"] = [e for e in suite["expectations"] if e["kwargs"].get("column") != "value_usd"]
    (tmp_path / "trade_flow.json").write_text(json.dumps(suite))
    monkeypatch.setattr("tariffscope.validate.EXPECTATIONS_DIR", tmp_path)
    assert failed_names("trade_flow", trade_rows(value_usd=-1.0)) == {}  # the edited suite, rebuilt
    assert validate._DEFINITIONS["trade_flow"][1] is not built


def _gx_result(frame: pl.DataFrame, configurations_once: bool) -> dict:
    from tariffscope import validate

    suite = validate.load_suite("trade_flow")
    columns = [c for c in validate.suite_columns(suite) if c in frame.columns]
    result = validate._run_gx("trade_flow", suite, validate._gx_frame(frame.select(columns)),
                              configurations_once=configurations_once).to_json_dict()
    for item in result["results"]:
        item["expectation_config"].pop("id", None)  # a fresh id per run
    return {"results": result["results"], "statistics": result["statistics"], "success": result["success"]}


def test_gx_results_are_the_same_with_each_configuration_built_once():
    """validate._configuration_built_once only saves GX's rebuilding of what it already built: every result (successes,
    counts, unexpected values and row positions) is the one GX gives without it."""
    frame = pl.concat([trade_rows(value_usd=-1.0), trade_rows(reporter_iso3="XXA", hs_code="8", month=13),
                       trade_rows(partner_iso3="MEX", hs_code="87", hs_level=2, value_usd=1.0)])
    plain, once = _gx_result(frame, False), _gx_result(frame, True)
    assert not plain["success"] and plain["statistics"]["unsuccessful_expectations"] >= 4
    assert once == plain
    from great_expectations.expectations.expectation import Expectation

    assert Expectation.__dict__["configuration"].fget.__name__ == "configuration"  # GX's own property is back
    assert Expectation.__dict__["configuration"].fget.__module__.startswith("great_expectations")


@pytest.mark.parametrize("levels", [(2, 0), (6, 6), (2, 2)])
def test_rules_whose_condition_no_row_meets_get_gx_own_outcome(monkeypatch, levels):
    """_validate_with_gx leaves out the hs_code rules whose row_condition (hs_level == 0/2/4/6) no row meets and
    records what GX gives for them (success, 0 elements): the outcomes and failing rows are those of GX on the whole suite."""
    from tariffscope import validate

    frame = trade_rows(hs_code="8", value_usd=-1.0).with_columns(pl.Series("hs_level", levels, dtype=pl.Int16))
    suite = validate.load_suite("trade_flow")
    assert validate._unmet_conditions(suite, frame)  # some rule is left out
    left_out = validate._validate_with_gx("trade_flow", suite, frame)
    monkeypatch.setattr(validate, "_unmet_conditions", lambda suite, frame: set())
    whole = validate._validate_with_gx("trade_flow", suite, frame)
    def by_name(outcomes):
        return sorted(outcomes, key=lambda o: o.expectation)

    assert by_name(left_out.outcomes) == by_name(whole.outcomes) and left_out.failed_rows == whole.failed_rows
    assert len(whole.outcomes) == len(suite["expectations"]) and 1 in whole.failed_rows
