"""trade_flow stored as fact rows + origins (sql/schema/006, 008): columns a file nearly always holds one value of
(month, flow, hs_level, quantity_unit, and the provenance) live in trade_flow_origin; when one varies within a
file the file simply has more origins, and trade_flow reads back exactly what was loaded."""

from __future__ import annotations

import duckdb
import polars as pl
import pytest

from tariffscope import pipeline
from tariffscope import warehouse as wh

COLUMNS = "source, reporter_iso3, partner_iso3, year, month, flow, hs_code, hs_level, value_usd, quantity, quantity_unit, notes"
MIXED = ("reporter_iso3,partner_iso3,year,month,flow,hs_code,value_usd,quantity,quantity_unit,notes,source\n"
         "USA,MEX,2024,1,import,87,10.5,3,t,,test\n"
         "USA,MEX,2024,2,export,8703,20,,,monthly,test\n"
         "USA,CAN,2024,,import,TOTAL,30,7,kg,,test\n")


def trade_rows(warehouse) -> list[tuple]:
    with duckdb.connect(str(warehouse), read_only=True) as con:
        return con.execute(f"select {COLUMNS} from trade_flow order by value_usd").fetchall()


def test_a_file_whose_per_file_columns_vary_reads_back_row_by_row(tmp_path):
    csv = tmp_path / "mixed.csv"
    csv.write_text(MIXED)
    warehouse = tmp_path / "w.duckdb"
    assert pipeline.ingest_file("trade", csv, warehouse).status == "loaded"
    assert trade_rows(warehouse) == [
        ("test", "USA", "MEX", 2024, 1, "import", "87", 2, 10.5, 3.0, "t", None),
        ("test", "USA", "MEX", 2024, 2, "export", "8703", 4, 20.0, None, None, "monthly"),
        ("test", "USA", "CAN", 2024, None, "import", "TOTAL", 0, 30.0, 7.0, "kg", None),
    ]
    with duckdb.connect(str(warehouse), read_only=True) as con:
        assert con.execute("select count(*), count(distinct source_file) from trade_flow_origin").fetchone() == (3, 1)
    # the same file changed: its rows are replaced, its old origins go
    csv.write_text(MIXED.replace("10.5,3,t", "11,3,t"))
    assert pipeline.ingest_file("trade", csv, warehouse).status == "loaded"
    assert [r[8] for r in trade_rows(warehouse)] == [11.0, 20.0, 30.0]
    with duckdb.connect(str(warehouse), read_only=True) as con:
        assert con.execute("select count(*) from trade_flow_origin").fetchone()[0] == 3


def test_a_key_taken_over_by_another_file_matches_on_month_and_flow(tmp_path):
    warehouse = tmp_path / "w.duckdb"
    first, second = tmp_path / "a.csv", tmp_path / "b.csv"
    first.write_text(MIXED)
    # the February export again (same key: source, reporter, partner, year, month, flow, hs_code) and a March one
    second.write_text("reporter_iso3,partner_iso3,year,month,flow,hs_code,value_usd,source\n"
                      "USA,MEX,2024,2,export,8703,25,test\n"
                      "USA,MEX,2024,3,export,8703,26,test\n")
    for path in (first, second):
        assert pipeline.ingest_file("trade", path, warehouse).status == "loaded"
    rows = trade_rows(warehouse)
    assert [(r[4], r[5], r[8]) for r in rows] == [(1, "import", 10.5), (2, "export", 25.0), (3, "export", 26.0),
                                                 (None, "import", 30.0)]
    with duckdb.connect(str(warehouse), read_only=True) as con:  # a.csv's February origin had no row left: gone
        assert con.execute("select count(*) from trade_flow_origin o where not exists "
                           "(select 1 from trade_flow_fact f where f.origin_id = o.origin_id)").fetchone()[0] == 0


@pytest.mark.parametrize("few", [wh.FEW_ORIGINS, 0])  # by comparison, and by join
def test_each_row_gets_the_number_of_its_origin(monkeypatch, few):
    monkeypatch.setattr(wh, "FEW_ORIGINS", few)
    frame = pl.DataFrame({"source": ["s", "s", "s"], "month": [None, 2, None], "quantity_unit": ["t", None, None],
                          "value_usd": [1.0, 2.0, 3.0]}, schema_overrides={"month": pl.Int16})
    keys, numbered = wh._origins(frame, ("source", "month", "quantity_unit"), ["source"])
    assert keys.columns == ["_origin", "source", "month", "quantity_unit"] and keys["_origin"].to_list() == [0, 1, 2]
    by_number = {key[0]: key[1:] for key in keys.rows()}
    assert [by_number[row[-1]] for row in numbered.sort("value_usd").select("source", "month", "quantity_unit", "_origin").rows()] \
        == [("s", None, "t"), ("s", 2, None), ("s", None, None)]
