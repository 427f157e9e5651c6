"""UN Comtrade+ and legacy Comtrade readers: one small test per rule."""

from __future__ import annotations

import polars as pl
import pytest

from tariffscope.source import SourceError
from tariffscope.trade import comtrade, read_trade

PLUS_HEADER = (
    "typeCode,freqCode,refPeriodId,refYear,refMonth,period,reporterCode,reporterISO,reporterDesc,flowCode,flowDesc,"
    "partnerCode,partnerISO,partnerDesc,partner2Code,partner2ISO,partner2Desc,classificationCode,cmdCode,cmdDesc,"
    "aggrLevel,isLeaf,customsCode,mosCode,motCode,qtyUnitCode,qtyUnitAbbr,qty,netWgt,grossWgt,cifvalue,fobvalue,"
    "primaryValue,legacyEstimationFlag,isReported,isAggregate"
)


def plus_row(reporter="842", flow="M", partner="124", partner2="0", customs="C00", mot="0", cmd="TOTAL",
             value="1000.5", qty_unit="-1", qty_abbr="N/A", qty="0", freq="A", month="52", year="2023"):
    return (
        f"C,{freq},{year}0101,{year},{month},{year},{reporter},XXX,Reporter,{flow},Flow,{partner},YYY,Partner,"
        f"{partner2},W00,World,HS,{cmd},Description,0,false,{customs},0,{mot},{qty_unit},{qty_abbr},{qty},0,0,0,0,"
        f"{value},0,true,true"
    )


def write(tmp_path, name, text, encoding="utf-8"):
    path = tmp_path / name
    path.write_bytes(text.encode(encoding))
    return path


def plus_file(tmp_path, *rows):
    return write(tmp_path, "comtrade.csv", PLUS_HEADER + "\n" + "\n".join(rows) + "\n")


# --- rules on inline frames ---------------------------------------------------------------------------------


def test_flow_codes_map_to_canonical_flows():
    frame = pl.DataFrame({"flowCode": ["M", "X", "RM", "RX"]})
    assert frame.select(comtrade.flow_code("flowCode"))["flowCode"].to_list() == [
        "import", "export", "re_import", "re_export",
    ]


def test_unknown_flow_code_stays_visible_for_validation():
    frame = pl.DataFrame({"flowCode": ["M", "Z"]})
    assert frame.select(comtrade.flow_code("flowCode"))["flowCode"].to_list() == ["import", "z"]


def test_legacy_flow_codes():
    frame = pl.DataFrame({"code": ["1", "2", "3", "4"]})
    assert frame.select(comtrade.flow_code("code", comtrade.LEGACY_FLOW_CODES))["code"].to_list() == [
        "import", "export", "re_export", "re_import",
    ]


def test_breakdown_reason_names_the_first_marker_that_is_not_a_total():
    frame = pl.DataFrame({"customsCode": ["C00", "C01", "C00"], "motCode": ["0", "0", "1000"], "partner2Code": ["0", "0", "0"]})
    reasons = frame.select(comtrade.breakdown_reason(frame.columns).alias("r"))["r"].to_list()
    assert reasons[0] is None
    assert reasons[1].startswith("customsCode != C00")
    assert reasons[2].startswith("motCode != 0")


def test_month_only_for_monthly_frequency():
    frame = pl.DataFrame({"freqCode": ["M", "A"], "refMonth": ["3", "52"]})
    assert frame.select(comtrade.comtrade_month("freqCode", "refMonth").alias("m"))["m"].to_list() == [3, None]


def test_legacy_period_month():
    frame = pl.DataFrame({"Period": ["2019", "201907"]})
    assert frame.select(comtrade.period_month("Period").alias("m"))["m"].to_list() == [None, 7]


def test_no_quantity_unit_gives_null_not_zero():
    frame = pl.DataFrame({"qty": ["0", "12.5"], "qtyUnitAbbr": ["N/A", "kg"], "qtyUnitCode": ["-1", "8"]})
    qty, unit = comtrade.quantity("qty", "qtyUnitAbbr", "qtyUnitCode", ["-1"])
    out = frame.select(qty.alias("q"), unit.alias("u"))
    assert out["q"].to_list() == [None, 12.5]
    assert out["u"].to_list() == [None, "kg"]


# --- files --------------------------------------------------------------------------------------------------


def test_comtrade_reporter_codes_that_are_not_iso_numeric(tmp_path):
    path = plus_file(tmp_path, plus_row(reporter="842"), plus_row(reporter="251"), plus_row(reporter="699"))
    source = read_trade(path)
    assert source.source_format == "comtrade"
    assert source.frame["reporter_iso3"].to_list() == ["USA", "FRA", "IND"]


def test_partner_zero_is_world(tmp_path):
    source = read_trade(plus_file(tmp_path, plus_row(partner="0"), plus_row(partner="484")))
    assert source.frame["partner_iso3"].to_list() == ["WLD", "MEX"]


def test_unknown_country_code_is_kept_with_question_mark(tmp_path):
    source = read_trade(plus_file(tmp_path, plus_row(partner="899")))
    assert source.frame["partner_iso3"].to_list() == ["?899"]


def test_breakdown_rows_are_filtered_and_counted(tmp_path):
    path = plus_file(
        tmp_path,
        plus_row(),
        plus_row(customs="C01"),
        plus_row(mot="2100"),
        plus_row(partner2="124"),
        plus_row(flow="DX"),
    )
    source = read_trade(path)
    assert source.frame.height == 1
    assert source.rows_in == 5
    assert source.rows_filtered == 4
    assert sum(source.filter_reasons.values()) == 4
    assert any(reason.startswith("customsCode") for reason in source.filter_reasons)
    assert source.rows_in == source.frame.height + source.rows_filtered
    assert source.frame["_row_number"].to_list() == [1]
    assert source.raw.height == 5  # quarantine can still show any row verbatim


def test_value_hs_code_and_year(tmp_path):
    source = read_trade(plus_file(tmp_path, plus_row(cmd="0101", value="2500.25", qty_unit="5", qty_abbr="u", qty="7")))
    row = source.frame.row(0, named=True)
    assert row["value_usd"] == 2500.25
    assert row["hs_code"] == "0101" and row["hs_level"] == 4
    assert row["year"] == 2023 and row["month"] is None
    assert row["flow"] == "import" and row["source"] == "UN Comtrade"
    assert row["quantity"] == 7.0 and row["quantity_unit"] == "u"


def test_non_numeric_value_becomes_null_and_row_is_kept(tmp_path):
    source = read_trade(plus_file(tmp_path, plus_row(value="n/a"), plus_row()))
    assert source.frame["value_usd"].to_list() == [None, 1000.5]


def test_renamed_column_is_named_in_the_error(tmp_path):
    path = write(tmp_path, "c.csv", PLUS_HEADER.replace("primaryValue", "tradeValue") + "\n" + plus_row() + "\n")
    with pytest.raises(SourceError, match="primaryValue"):
        read_trade(path)
    with pytest.raises(SourceError, match="primaryValue"):
        read_trade(path, fmt="comtrade")


# --- legacy -------------------------------------------------------------------------------------------------

LEGACY_HEADER = (
    "Classification,Year,Period,Period Desc.,Aggregate Level,Is Leaf Code,Trade Flow Code,Trade Flow,Reporter Code,"
    "Reporter,Reporter ISO,Partner Code,Partner,Partner ISO,Commodity Code,Commodity,Qty Unit Code,Qty Unit,Qty,"
    "Netweight (kg),Trade Value (US$),Flag"
)


def test_legacy_latin1_file(tmp_path):
    text = (
        LEGACY_HEADER + "\n"
        "H4,2015,2015,2015,2,0,1,Import,251,France,FRA,384,C\xf4te d'Ivoire,CIV,18,Cocoa and cocoa preparations,1,No Quantity,,,123456,0\n"
        "H4,2015,201503,March 2015,2,0,2,Export,699,India,IND,0,World,WLD,TOTAL,All Commodities,8,Weight in kilograms,55,55,9876,0\n"
    )
    source = read_trade(write(tmp_path, "legacy.csv", text, encoding="latin-1"))
    assert source.source_format == "comtrade-legacy"
    frame = source.frame
    assert frame["reporter_iso3"].to_list() == ["FRA", "IND"]
    assert frame["partner_iso3"].to_list() == ["CIV", "WLD"]
    assert frame["flow"].to_list() == ["import", "export"]
    assert frame["hs_code"].to_list() == ["18", "TOTAL"]
    assert frame["month"].to_list() == [None, 3]
    assert frame["value_usd"].to_list() == [123456.0, 9876.0]
    assert frame["quantity"].to_list() == [None, 55.0]
    assert source.raw["Partner"][0] == "C\u00f4te d'Ivoire"


def test_bulk_tab_separated_gzip(tmp_path):
    import gzip

    text = (PLUS_HEADER + "\n" + plus_row(reporter="251") + "\n" + plus_row(customs="C01") + "\n").replace(",", "\t")
    path = tmp_path / "comtrade_bulk.txt.gz"
    path.write_bytes(gzip.compress(text.encode("utf-8")))
    source = read_trade(path)
    assert source.source_format == "comtrade"
    assert source.frame["reporter_iso3"].to_list() == ["FRA"]
    assert source.rows_in == 2 and source.rows_filtered == 1


def test_truncated_gzip_last_line(tmp_path):
    import gzip

    path = tmp_path / "c.csv.gz"
    path.write_bytes(gzip.compress((PLUS_HEADER + "\n" + plus_row() + "\n" + plus_row()[:30]).encode()))
    with pytest.raises(SourceError, match="line 3: truncated last line"):
        read_trade(path)


def test_api_json_answer(tmp_path):
    import json

    names = PLUS_HEADER.split(",")
    records = []
    for row in (plus_row(reporter="699", partner="0"), plus_row(customs="C01")):
        record = dict(zip(names, row.split(",")))
        record.update(reporterCode=int(record["reporterCode"]), partnerCode=int(record["partnerCode"]),
                      primaryValue=float(record["primaryValue"]), motCode=0, partner2Code=0, isReported=True)
        records.append(record)
    path = tmp_path / "comtrade.json"
    path.write_text(json.dumps({"elapsedTime": "0.1 secs", "count": 2, "data": records, "error": ""}))
    source = read_trade(path)
    assert source.source_format == "comtrade"
    assert source.frame["reporter_iso3"].to_list() == ["IND"]
    assert source.frame["partner_iso3"].to_list() == ["WLD"]
    assert source.frame["value_usd"].to_list() == [1000.5]
    assert source.rows_in == 2 and source.rows_filtered == 1


def test_api_error_answer_is_a_clear_error(tmp_path):
    path = tmp_path / "comtrade.json"
    path.write_text('{"statusCode": 401, "message": "Access denied due to missing subscription key"}')
    with pytest.raises(SourceError, match="missing subscription key"):
        read_trade(path)


def test_non_hs_classification_is_not_taken_for_an_hs_code():
    frame = pl.DataFrame({"cmdCode": ["0011", "0101", "TOTAL"], "classificationCode": ["S4", "H6", "HS"]})
    out = frame.select(comtrade.commodity_code("cmdCode", "classificationCode").alias("hs"))["hs"].to_list()
    assert out == ["?S4:0011", "0101", "TOTAL"]
