"""`tariffscope status` and `export` list the tables users loaded and the views, not iso3_code, the view
trade_flow's helper (sql/schema/009: all 17,576 AAA..ZZZ codes, the same in every warehouse)."""
from __future__ import annotations

import duckdb

from tariffscope.warehouse import export_parquet, status_frames


def test_status_and_export_hide_the_iso3_helper_table(bundled_warehouse, tmp_path):
    with duckdb.connect(str(bundled_warehouse), read_only=True) as con:
        assert con.execute("select count(*) from iso3_code").fetchone()[0] == 17_576  # it exists, and the view uses it
    listed = status_frames(bundled_warehouse)["Rows per table"]["table"].to_list()
    assert "iso3_code" not in listed and {"trade_flow", "trade_flow_fact", "country", "load_audit"} <= set(listed)
    written = {path.stem: rows for path, rows in export_parquet(bundled_warehouse, tmp_path / "pq")}
    assert "iso3_code" not in written and not (tmp_path / "pq" / "iso3_code.parquet").exists()
    assert {"trade_flow", "trade_flow_fact", "claim_check"} <= set(written)
