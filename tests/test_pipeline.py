"""Many files through the pipelined per-file path: same outcomes, in order, as one file at a time."""

from __future__ import annotations

import duckdb

from tariffscope import pipeline

HEADER = "reporter_iso3,partner_iso3,year,flow,value_usd,source,hs_code\n"


def test_many_files_load_in_order_with_one_writer(tmp_path):
    warehouse = tmp_path / "w.duckdb"
    files = []
    for i, rows in enumerate([
        "USA,MEX,2024,import,136556709549,US Census,87\n",
        "USA,CAN,2024,import,50416450000,US Census,87\nUSA,XXA,2024,import,5,US Census,87\n",  # one quarantined
        "",                                                                                    # empty: fails alone
        "USA,CAN,2023,import,49000000000,US Census,87\n",
    ]):
        path = tmp_path / f"f{i}.csv"
        path.write_text(HEADER + rows if rows else "")
        files.append(path)
    assert pipeline.ingest_file("trade", files[0], warehouse).status == "loaded"

    outcomes = pipeline.ingest_files("trade", files, warehouse)

    assert [o.status for o in outcomes] == ["unchanged", "loaded", "failed", "loaded"]
    assert [o.source_file for o in outcomes] == [str(p) for p in files]
    with duckdb.connect(str(warehouse), read_only=True) as con:
        assert con.execute("select count(*) from trade_flow").fetchone()[0] == 3
        assert con.execute("select round(sum(value_usd) / 1e9, 2) from trade_flow where partner_iso3 = 'MEX'").fetchone()[0] == 136.56
        unbalanced = con.execute("select count(*) from load_audit where rows_in != rows_loaded + rows_quarantined + rows_filtered").fetchone()[0]
        statuses = [r[0] for r in con.execute("select status from load_audit order by finished_at").fetchall()]
    assert unbalanced == 0
    assert statuses == ["loaded", "unchanged", "loaded", "failed", "loaded"]  # one writer, in file order
