"""US Census International Trade API reader: one small test per rule."""

from __future__ import annotations

import json

import polars as pl
import pytest

from tariffscope.source import SourceError
from tariffscope.trade import census, read_trade


def json_file(tmp_path, rows, header=("CTY_CODE", "CTY_NAME", "GEN_VAL_MO", "YEAR", "MONTH"), name="imports.json"):
    path = tmp_path / name
    # the API's layout: one array per line
    path.write_text("[" + ",\n".join(json.dumps(list(r)) for r in [header, *rows]) + "]", encoding="utf-8")
    return path


def months(code, name, year, value, count=12, start=1):
    return [[code, name, str(value), str(year), f"{m:02d}"] for m in range(start, start + count)]


# --- rules on inline frames ---------------------------------------------------------------------------------


def test_census_country_codes():
    frame = pl.DataFrame({"CTY_CODE": ["1220", "2010", "-", "5700"]})
    assert frame.select(census.census_partner())["CTY_CODE"].to_list() == ["CAN", "MEX", "WLD", "CHN"]


def test_country_groups_are_recognised():
    frame = pl.DataFrame({"CTY_CODE": ["0003", "1XXX", "1220", "-"]})
    assert frame.select(census.is_country_group())["CTY_CODE"].to_list() == [True, True, False, False]


def test_commodity_dash_is_total():
    frame = pl.DataFrame({"I_COMMODITY": ["-", "1", "8703"]})
    assert frame.select(census.commodity(frame.columns).alias("hs"))["hs"].to_list() == ["TOTAL", "01", "8703"]


def test_time_column_gives_year_and_month():
    frame = pl.DataFrame({"TIME": ["2024-03"]})
    out = frame.select(census.census_year(frame.columns).alias("y"), census.census_month(frame.columns).alias("m"))
    assert out.row(0) == (2024, 3)


# --- files --------------------------------------------------------------------------------------------------


def test_twelve_months_are_summed_to_the_year(tmp_path):
    source = read_trade(json_file(tmp_path, months("1220", "CANADA", 2024, 100)))
    assert source.source_format == "census"
    frame = source.frame
    assert frame.height == 1
    row = frame.row(0, named=True)
    assert row["value_usd"] == 1200.0 and row["month"] is None
    assert row["reporter_iso3"] == "USA" and row["partner_iso3"] == "CAN" and row["flow"] == "import"
    assert row["hs_code"] == "TOTAL" and row["hs_level"] == 0
    assert row["source"] == "US Census Bureau International Trade API"
    assert "sum of 12 monthly GEN_VAL_MO" in row["notes"]
    assert row["_row_number"] == 1
    assert source.rows_in == 12 and source.rows_filtered == 11
    assert source.filter_reasons == {census.SUMMED_REASON: 11}


def test_partial_year_is_kept_monthly(tmp_path):
    rows = months("2010", "MEXICO", 2025, 50, count=9) + months("1220", "CANADA", 2024, 10)
    source = read_trade(json_file(tmp_path, rows))
    frame = source.frame
    mexico = frame.filter(pl.col("partner_iso3") == "MEX")
    assert mexico.height == 9
    assert mexico["month"].to_list() == list(range(1, 10))
    assert mexico["value_usd"].sum() == 450.0
    assert frame.filter(pl.col("partner_iso3") == "CAN")["value_usd"].to_list() == [120.0]
    assert source.rows_in == frame.height + source.rows_filtered == 21


def test_duplicated_month_is_not_summed(tmp_path):
    rows = months("1220", "CANADA", 2024, 10, count=11) + [["1220", "CANADA", "10", "2024", "11"]]
    source = read_trade(json_file(tmp_path, rows))
    assert source.frame.height == 12 and source.rows_filtered == 0


def test_non_numeric_month_value_blocks_the_sum(tmp_path):
    rows = months("1220", "CANADA", 2024, 10, count=11) + [["1220", "CANADA", "(D)", "2024", "12"]]
    frame = read_trade(json_file(tmp_path, rows)).frame
    assert frame.height == 12
    assert frame["value_usd"].null_count() == 1


def test_world_and_exports(tmp_path):
    path = json_file(tmp_path, [["-", "TOTAL FOR ALL COUNTRIES", "5", "2024", "01"]],
                     header=("CTY_CODE", "CTY_NAME", "ALL_VAL_MO", "YEAR", "MONTH"), name="exports.json")
    frame = read_trade(path).frame
    assert frame["partner_iso3"].to_list() == ["WLD"]
    assert frame["flow"].to_list() == ["export"]
    assert frame["month"].to_list() == [1]
    assert frame["source_ref"][0].endswith("intltrade/exports")


def test_country_groups_are_filtered_and_counted(tmp_path):
    source = read_trade(json_file(tmp_path, [["0003", "EUROPEAN UNION", "5", "2024", "01"], ["1220", "CANADA", "5", "2024", "01"]]))
    assert source.frame["partner_iso3"].to_list() == ["CAN"]
    assert source.rows_filtered == 1 and census.GROUP_REASON in source.filter_reasons


def test_unknown_census_code_is_kept_with_question_mark(tmp_path):
    frame = read_trade(json_file(tmp_path, [["9999", "NOWHERE", "5", "2024", "01"]])).frame
    assert frame["partner_iso3"].to_list() == ["?9999"]


def test_csv_with_commodity(tmp_path):
    path = tmp_path / "imports.csv"
    path.write_text("CTY_CODE,CTY_NAME,I_COMMODITY,COMM_LVL,GEN_VAL_MO,YEAR,MONTH\n1220,CANADA,01,HS2,7,2024,02\n")
    frame = read_trade(path).frame
    assert frame["hs_code"].to_list() == ["01"] and frame["hs_level"].to_list() == [2]
    assert frame["source_ref"][0].endswith("imports/hs")


def test_truncated_json_names_line_and_column(tmp_path):
    path = json_file(tmp_path, months("1220", "CANADA", 2024, 1, count=2))
    path.write_text(path.read_text()[:-20])
    with pytest.raises(SourceError, match=r"line 3 column \d+: invalid JSON"):
        read_trade(path)


def test_missing_value_column_is_named(tmp_path):
    path = json_file(tmp_path, [["1220", "CANADA", "5", "2024", "01"]], header=("CTY_CODE", "CTY_NAME", "VAL", "YEAR", "MONTH"))
    with pytest.raises(SourceError, match="GEN_VAL_MO"):
        read_trade(path, fmt="census")


def test_row_with_wrong_number_of_values(tmp_path):
    path = json_file(tmp_path, [["1220", "CANADA", "5", "2024"]])
    with pytest.raises(SourceError, match="row 2: 4 values, expected 5"):
        read_trade(path)


def test_api_echoes_predicate_columns_and_time(tmp_path):
    # get=CTY_CODE,CTY_NAME,GEN_VAL_MO&CTY_CODE=2010&time=2024-03: the API repeats CTY_CODE and adds time
    path = json_file(tmp_path, [["2010", "MEXICO", "42", "2010", "2024-03"]],
                     header=("CTY_CODE", "CTY_NAME", "GEN_VAL_MO", "CTY_CODE", "time"))
    frame = read_trade(path).frame
    assert frame.select("partner_iso3", "year", "month", "value_usd").row(0) == ("MEX", 2024, 3, 42.0)
