"""`tariffscope status` and the HTML report answer "what is quarantined now" from one definition
(sql/models/load_effective.sql): a replaced load's quarantine and a later no-op change neither count."""
from __future__ import annotations

import shutil

import polars as pl

from tariffscope import pipeline
from tariffscope.report import queries
from tariffscope.warehouse import status_frames

HEADER = "reporter_iso3,partner_iso3,year,flow,value_usd,source\n"
GOOD = "USA,CAN,2024,export,349908153123,status test\n"


def test_status_and_report_count_the_same_quarantine(bundled_warehouse, tmp_path):
    warehouse, flows = tmp_path / "w.duckdb", tmp_path / "flows.csv"
    shutil.copy(bundled_warehouse, warehouse)
    flows.write_text(HEADER + GOOD + "USA,MEX,2024,export,-1,status test\n")
    assert pipeline.ingest_file("trade", flows, warehouse).status == "loaded"           # 1 row quarantined
    flows.write_text(HEADER + GOOD + "USA,MEX,2024,export,-1,status test\nUSA,CHN,2024,export,-2,status test\n")
    assert pipeline.ingest_file("trade", flows, warehouse).status == "loaded"           # replaces it: 2 rows
    assert pipeline.ingest_file("trade", flows, warehouse).status == "unchanged"        # a no-op changes nothing

    status = status_frames(warehouse)
    report = queries.load(warehouse)
    name = str(flows)
    in_status = status["Quarantine"].filter(pl.col("source_file") == name)["rows"].sum()
    last_real_load = status["Last loads"].filter(pl.col("source_file") == name).row(0, named=True)
    in_report = report.last_loads.filter(pl.col("source_file") == name).row(0, named=True)
    report_rows = report.quarantine.filter(pl.col("source_file") == name)["n_rows"].sum()

    assert in_status == report_rows == in_report["quarantined_now"] == 2
    assert (last_real_load["status"], last_real_load["rows_loaded"], last_real_load["rows_quarantined"]) == ("loaded", 1, 2)
    assert in_report["status"] == "unchanged"  # the report shows the last attempt, and still counts the effective load
