"""CEPII BACI reader: one small test per rule."""

from __future__ import annotations

import polars as pl
import pytest

from tariffscope.source import SourceError
from tariffscope.trade import baci, read_trade

COUNTRY_CODES = (
    "country_code,country_name,country_iso2,country_iso3\n"
    "842,USA,US,USA\n124,Canada,CA,CAN\n484,Mexico,MX,MEX\n251,France,FR,FRA\n490,\"Other Asia, nes\",N/A,S19\n"
)


def write(path, text):
    path.write_text(text, encoding="utf-8")
    return path


def baci_file(tmp_path, body, codes=True, name="BACI_HS22_Y2022_V202501.csv"):
    if codes:
        write(tmp_path / "country_codes_V202501.csv", COUNTRY_CODES)
    return write(tmp_path / name, "t,i,j,k,v,q\n" + body)


COUNTRIES = pl.DataFrame({"code": [842, 124], "iso3": ["USA", "CAN"]}, schema={"code": pl.Int32, "iso3": pl.Utf8})


def raw_frame(**columns):
    base = {"_row_number": [1, 2], "t": [2022, 2022], "i": [842, 124], "j": [124, 842], "k": ["010121", "870323"],
            "v": [1.5, 2.0], "q": [0.5, None]}
    base.update(columns)
    return pl.DataFrame(base, schema={"_row_number": pl.Int64, **baci.SCHEMA})


# --- rules on inline frames ---------------------------------------------------------------------------------


def test_value_is_thousands_of_usd():
    assert pl.DataFrame({"v": [1.5, 0.001]}).select(baci.value_usd("v"))["value_usd"].to_list() == [1500.0, 1.0]


def test_k_zero_padded_to_six_digits():
    frame = pl.DataFrame({"k": ["10121", "010121", "10121.0", "870323"]})
    assert frame.select(baci.hs6_code("k"))["k"].to_list() == ["010121"] * 3 + ["870323"]


def test_blank_q_is_null_not_zero_and_unit_is_tons():
    qty, unit = baci.quantity_tons("q")
    out = pl.DataFrame({"q": [None, 0.25]}, schema={"q": pl.Float64}).select(qty, unit)
    assert out["quantity"].to_list() == [None, 0.25]
    assert out["quantity_unit"].to_list() == [None, "t"]


def test_exporter_is_reporter_of_an_export_flow():
    frame = baci.normalize_baci(raw_frame(), COUNTRIES)
    assert frame["reporter_iso3"].to_list() == ["USA", "CAN"]
    assert frame["partner_iso3"].to_list() == ["CAN", "USA"]
    assert frame["flow"].unique().to_list() == ["export"]
    assert frame["hs_level"].to_list() == [6, 6]
    assert frame["year"].dtype == pl.Int16 and frame["month"].null_count() == 2


def test_unknown_and_out_of_range_codes_are_kept_with_question_mark():
    frame = baci.normalize_baci(raw_frame(i=[999, 1234]), COUNTRIES)
    assert frame["reporter_iso3"].to_list() == ["?999", "?1234"]


# --- files --------------------------------------------------------------------------------------------------


def test_read_with_country_codes_beside_the_file(tmp_path):
    path = baci_file(tmp_path, "2022,842,124,010121,2.5,\n2022,251,484,870323,3.5,1.25\n")
    source = read_trade(path)
    assert source.source_format == "baci"
    frame = source.frame
    assert frame["reporter_iso3"].to_list() == ["USA", "FRA"]
    assert frame["partner_iso3"].to_list() == ["CAN", "MEX"]
    assert frame["value_usd"].to_list() == [2500.0, 3500.0]
    assert frame["quantity"].to_list() == [None, 1.25]
    assert frame["quantity_unit"].to_list() == [None, "t"]
    assert frame["source"][0] == "CEPII BACI"
    assert frame["source_ref"][0] == "CEPII BACI HS22 V202501"
    assert frame["notes"].null_count() == 2
    assert source.rows_in == 2 and source.rows_filtered == 0


def test_country_code_without_iso3_in_the_file_is_unknown(tmp_path):
    source = read_trade(baci_file(tmp_path, "2022,490,842,010121,1,1\n"))
    assert source.frame["reporter_iso3"].to_list() == ["?490"]


def test_explicit_country_codes_option(tmp_path):
    codes = write(tmp_path / "codes.csv", "country_code,country_name,country_iso2,country_iso3\n1,Testland,TL,CAN\n")
    path = baci_file(tmp_path, "2022,1,842,010121,1,1\n", codes=False)
    assert read_trade(path, country_codes=codes).frame["reporter_iso3"].to_list() == ["CAN"]


def test_without_country_codes_file_the_reference_list_is_used_and_said(tmp_path):
    source = read_trade(baci_file(tmp_path, "2022,842,251,010121,1,1\n", codes=False))
    assert source.frame["reporter_iso3"].to_list() == ["USA"]
    assert source.frame["partner_iso3"].to_list() == ["FRA"]
    assert "Comtrade code list" in source.frame["notes"][0]


def test_k_read_as_integer_by_a_spreadsheet(tmp_path):
    source = read_trade(baci_file(tmp_path, "2022,842,124,10121,1,1\n2022,842,124,870323,1,1\n"))
    assert source.frame["hs_code"].to_list() == ["010121", "870323"]
    assert source.raw["k"].dtype == pl.Utf8


def test_raw_schema_is_typed_for_speed(tmp_path):
    raw = baci.read_baci_raw(baci_file(tmp_path, "2022,842,124,010121,1,\n"))
    assert raw.schema["k"] == pl.Utf8 and raw.schema["i"] == pl.Int32 and raw.schema["q"] == pl.Float64
    assert raw["_row_number"].to_list() == [1]


def test_non_numeric_value_becomes_null_other_rows_intact(tmp_path):
    source = read_trade(baci_file(tmp_path, "2022,842,124,010121,abc,1\n2022,842,124,010122,2,\n"))
    frame = source.frame
    assert frame["value_usd"].to_list() == [None, 2000.0]
    assert frame["reporter_iso3"].to_list() == ["USA", "USA"]
    assert frame["quantity"].to_list() == [1.0, None]
    assert source.raw["v"][0] == "abc"


def test_padded_na_quantity_is_null(tmp_path):
    source = read_trade(baci_file(tmp_path, "2022,842,124,010121,   2.478,          NA\n"))
    assert source.frame["quantity"].to_list() == [None]
    assert source.frame["value_usd"].to_list() == [2478.0]


def test_non_numeric_country_code(tmp_path):
    source = read_trade(baci_file(tmp_path, "2022,US,124,010121,1,1\n"))
    assert source.frame["reporter_iso3"].to_list() == ["?US"]


def test_truncated_last_line_is_refused_with_its_line(tmp_path):
    path = baci_file(tmp_path, "2022,842,124,010121,1,1\n2022,842,124,0101")
    with pytest.raises(SourceError, match=r"line 3: truncated last line \(4 of 6 fields"):
        read_trade(path)


def test_missing_final_newline_alone_is_fine(tmp_path):
    assert read_trade(baci_file(tmp_path, "2022,842,124,010121,1,1")).frame.height == 1


def test_renamed_column_is_named(tmp_path):
    path = write(tmp_path / "b.csv", "t,i,j,hs6,v,q\n2022,842,124,010121,1,1\n")
    with pytest.raises(SourceError, match="missing column.*k"):
        read_trade(path, fmt="baci")
    with pytest.raises(SourceError, match="looks like baci but missing column"):
        read_trade(path)


def test_country_codes_file_with_wrong_columns(tmp_path):
    codes = write(tmp_path / "codes.csv", "code,iso\n842,USA\n")
    path = baci_file(tmp_path, "2022,842,124,010121,1,1\n", codes=False)
    with pytest.raises(SourceError, match="country_iso3"):
        read_trade(path, country_codes=codes)


def test_header_only_file_gives_no_rows(tmp_path):
    source = read_trade(baci_file(tmp_path, ""))
    assert source.rows_in == 0 and source.frame.height == 0


def test_negative_value_is_kept_for_validation_to_reject(tmp_path):
    source = read_trade(baci_file(tmp_path, "2022,842,124,010121,-1.5,1\n"))
    assert source.frame["value_usd"].to_list() == [-1500.0]


def test_semicolon_spreadsheet_export_is_refused_as_baci_with_the_reason(tmp_path):
    path = write(tmp_path / "b.csv", "t;i;j;k;v;q\n2022;842;124;10121;1;1\n")
    with pytest.raises(SourceError, match="expected t, i, j, k, v, q"):
        read_trade(path, fmt="baci")


def test_gzip_baci(tmp_path):
    import gzip

    write(tmp_path / "country_codes_V202501.csv", COUNTRY_CODES)
    path = tmp_path / "BACI_HS22_Y2022_V202501.csv.gz"
    path.write_bytes(gzip.compress(b"t,i,j,k,v,q\n2022,842,124,010121,1,\n"))
    frame = read_trade(path).frame
    assert frame["reporter_iso3"].to_list() == ["USA"] and frame["value_usd"].to_list() == [1000.0]
