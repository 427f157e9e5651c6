"""trade_flow_fact stores reporter_iso3, partner_iso3 and hs_code as numbers computed from the text (sql/schema/009);
the trade_flow view gives back exactly the text that was loaded, and a value the numbers cannot hold is refused."""

from __future__ import annotations

import duckdb
import polars as pl
import pytest

from tariffscope import pipeline
from tariffscope import warehouse as wh

CSV = ("reporter_iso3,partner_iso3,year,flow,hs_code,value_usd,source\n"
       "ABW,ZWE,2024,import,TOTAL,1,test\n"
       "USA,WLD,2024,import,01,2,test\n"
       "ZWE,ABW,2024,export,010121,3,test\n"
       "MEX,USA,2024,export,8703,4,test\n")


def test_codes_read_back_as_the_text_loaded(tmp_path):
    csv, warehouse = tmp_path / "codes.csv", tmp_path / "w.duckdb"
    csv.write_text(CSV)
    assert pipeline.ingest_file("trade", csv, warehouse).status == "loaded"
    with duckdb.connect(str(warehouse), read_only=True) as con:
        rows = con.execute("select reporter_iso3, partner_iso3, hs_code, hs_level from trade_flow order by value_usd").fetchall()
        stored = con.execute("select reporter_code, partner_code, hs_code_id from trade_flow_fact order by value_usd").fetchall()
        types = dict(con.execute("select column_name, data_type from information_schema.columns "
                                 "where table_name = 'trade_flow' and column_name in ('reporter_iso3', 'hs_code')").fetchall())
        usa = con.execute("select value_usd from trade_flow where reporter_iso3 = 'USA' and hs_code = '01'").fetchall()
    assert rows == [("ABW", "ZWE", "TOTAL", 0), ("USA", "WLD", "01", 2), ("ZWE", "ABW", "010121", 6), ("MEX", "USA", "8703", 4)]
    # ABW: A=0, B=1, W=22 -> 0 * 676 + 1 * 26 + 22; '01' -> 101; 'TOTAL' -> 0
    assert stored[0] == (48, 25 * 676 + 22 * 26 + 4, 0) and stored[1][2] == 101 and stored[2][2] == 1010121
    assert types == {"reporter_iso3": "VARCHAR", "hs_code": "VARCHAR"} and usa == [(2.0,)]


@pytest.mark.parametrize("column, value", [("reporter_iso3", "usa"), ("partner_iso3", "U1A"), ("hs_code", "8x"),
                                           ("hs_code", "+87"), ("hs_code", "1234567890")])
def test_a_value_the_numbers_cannot_hold_is_refused_naming_it(column, value):
    frame = pl.DataFrame({"reporter_iso3": ["USA", "USA"], "partner_iso3": ["MEX", "MEX"], "hs_code": ["87", "TOTAL"]})
    frame = frame.with_columns(pl.when(pl.int_range(pl.len()) == 1).then(pl.lit(value)).otherwise(pl.col(column)).alias(column))
    with pytest.raises(wh.WarehouseError, match=rf"^f\.csv: .*{column}"):
        wh._coded(frame, wh.FACT_CODES["trade_flow"], "f.csv")


def test_coding_is_the_one_the_upgrade_script_uses():
    frame = pl.DataFrame({"reporter_iso3": ["AAA", "USA", "ZZZ"], "partner_iso3": ["WLD", "MEX", "CAN"],
                          "hs_code": ["TOTAL", "87", "000000"]})
    coded = wh._coded(frame, wh.FACT_CODES["trade_flow"], "f.csv")
    with duckdb.connect() as con:
        con.execute("create table trade_flow_fact as select 1 as origin_id, reporter_iso3, partner_iso3, 2024::smallint as year, "
                    "hs_code, 1.0 as value_usd, null::double as quantity from frame")
        con.execute((wh.SQL_SCHEMA_DIR / "009_trade_flow_fact_codes.sql").read_text())
        upgraded = con.execute("select reporter_code, partner_code, hs_code_id from trade_flow_fact").fetchall()
    assert coded.columns == ["reporter_code", "partner_code", "hs_code_id"]
    assert coded.rows() == upgraded == [(0, 22 * 676 + 11 * 26 + 3, 0), (13988, 8239, 187), (17575, 1365, 1000000)]
