"""Loads are atomic and safe to repeat, interrupt and run beside another process."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import duckdb
import polars as pl
import pytest

from tariffscope import pipeline
from tariffscope.warehouse import WarehouseError, initialize, open_connection, reading

# holds the file for writing, then leaves a mark of having finished (a reader that sees it came in after the writer)
HOLD_LOCK = ("import duckdb, sys, time; c = duckdb.connect(sys.argv[1]); print('held', flush=True); "
             "time.sleep(float(sys.argv[2])); c.execute('create table writer_done as select 1 as x'); c.close()")


def hold_lock(warehouse: Path, seconds: float) -> subprocess.Popen:
    holder = subprocess.Popen([sys.executable, "-c", HOLD_LOCK, str(warehouse), str(seconds)], stdout=subprocess.PIPE, text=True)
    assert holder.stdout.readline().strip() == "held"
    return holder


def test_a_second_writer_gives_up_with_a_clear_busy_message(tmp_path):
    warehouse = tmp_path / "w.duckdb"
    initialize(warehouse)
    holder = hold_lock(warehouse, 10)
    try:
        with pytest.raises(WarehouseError, match=rf"is busy \(held by PID {holder.pid}\)"):
            open_connection(warehouse, timeout=0.5)
    finally:
        holder.kill()
        holder.wait()


def test_a_reader_waits_for_the_writer_to_finish(tmp_path):
    warehouse = tmp_path / "w.duckdb"
    initialize(warehouse)
    holder = hold_lock(warehouse, 1.5)
    with reading(warehouse, timeout=30) as con:
        assert con.execute("select count(*) from trade_flow").fetchone()[0] == 0
        # it waited: what the writer did last, just before it let go, is there
        assert con.execute("select count(*) from writer_done").fetchone()[0] == 1
    holder.wait()


def test_reloading_the_same_file_is_a_recorded_no_op(tmp_path):
    warehouse, data = tmp_path / "w.duckdb", tmp_path / "t.csv"
    data.write_text("reporter_iso3,partner_iso3,year,flow,value_usd,source\nUSA,CAN,2024,export,349908153123,US Census\n")
    assert pipeline.ingest_file("trade", data, warehouse).status == "loaded"
    assert pipeline.ingest_file("trade", data, warehouse).status == "unchanged"
    with duckdb.connect(str(warehouse), read_only=True) as con:
        assert con.execute("select count(*) from trade_flow").fetchone()[0] == 1
        assert [r[0] for r in con.execute("select status from load_audit order by finished_at").fetchall()] == ["loaded", "unchanged"]


def write_big_file(path: Path, rows: int) -> None:
    codes = [f"{c:02d}" for c in range(1, 98) if c != 77]
    pl.DataFrame({
        "reporter_iso3": ["USA"] * rows, "partner_iso3": ["MEX", "CAN"] * (rows // 2),
        "year": pl.int_range(0, rows, eager=True) // (2 * len(codes)) % 30 + 1990,
        "flow": ["import"] * rows, "hs_code": [codes[(i // 2) % len(codes)] for i in range(rows)],
        "value_usd": pl.int_range(0, rows, eager=True) * 10 + 1,
        "source": [f"generated {i // 5760}" for i in range(rows)],  # keeps the natural key unique
    }).write_csv(path)


def test_sigkill_in_the_middle_of_a_load_leaves_the_pre_load_state(tmp_path, prefect_server):
    warehouse, small, big = tmp_path / "w.duckdb", tmp_path / "small.csv", tmp_path / "big.csv"
    small.write_text("reporter_iso3,partner_iso3,year,flow,value_usd,source\nUSA,CAN,2024,export,349908153123,US Census\n")
    assert pipeline.ingest_file("trade", small, warehouse).status == "loaded"
    write_big_file(big, 600_000)
    # the session's Prefect server: this test is about the load, not the command line's own temporary API
    # (tests/cli/test_interrupts.py kills that one); the flow starts without waiting for an API to come up
    ingest = subprocess.Popen([Path(sys.executable).parent / "tariffscope", "ingest", "trade", str(big), "--warehouse", str(warehouse)],
                              env=prefect_server["env"], stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, start_new_session=True)
    deadline, killed = time.monotonic() + 240, False
    while time.monotonic() < deadline and ingest.poll() is None:
        try:  # a read-only open fails only while the ingest holds the file for writing: the load transaction
            duckdb.connect(str(warehouse), read_only=True).close()
        except duckdb.IOException:
            # the whole process group, as a crash would
            os.killpg(ingest.pid, signal.SIGKILL)
            killed = True
            break
        time.sleep(0.01)
    ingest.wait()
    assert killed, "the ingest finished before it could be killed"
    # the load runs in the command line's child (tariffscope_flows.launch), killed with it by the kernel: wait until it is
    # gone and its lock released (a dying process unmaps its memory before it closes its files)
    deadline = time.monotonic() + 30
    while time.monotonic() < deadline:
        try:
            duckdb.connect(str(warehouse), read_only=True).close()
            break
        except duckdb.IOException:
            time.sleep(0.05)
    with duckdb.connect(str(warehouse), read_only=True) as con:
        assert con.execute("select count(*) from trade_flow").fetchone()[0] == 1
        assert con.execute("select count(*) from load_audit").fetchone()[0] == 1
    assert pipeline.ingest_file("trade", big, warehouse).status == "loaded"
    with duckdb.connect(str(warehouse), read_only=True) as con:
        assert con.execute("select count(*) from trade_flow").fetchone()[0] == 600_001


def test_an_older_warehouse_file_is_upgraded_in_place(tmp_path, monkeypatch):
    from tariffscope import warehouse as wh
    from tariffscope.settings import SQL_SCHEMA_DIR

    old_schema = tmp_path / "schema"
    old_schema.mkdir()
    for script in sorted(SQL_SCHEMA_DIR.glob("*.sql"))[:3]:  # an older release without the article tables
        (old_schema / script.name).write_text(script.read_text())
    monkeypatch.setattr(wh, "SQL_SCHEMA_DIR", old_schema)
    monkeypatch.setattr(wh, "SQL_MODELS_DIR", tmp_path / "no-models")
    warehouse = tmp_path / "old.duckdb"
    with wh.writing(warehouse) as con:
        con.execute("insert into trade_flow (source, reporter_iso3, partner_iso3, year, flow, hs_code, hs_level, source_file, _load_id) "
                    "values ('s', 'USA', 'MEX', 2024, 'import', 'TOTAL', 0, 'f.csv', 'L1')")
        assert con.execute("select max(version) from schema_version").fetchone()[0] == 3
    monkeypatch.undo()
    with wh.writing(warehouse) as con:
        assert con.execute("select max(version) from schema_version").fetchone()[0] == max(v for v, _ in wh.schema_scripts())
        assert con.execute("select count(*) from trade_flow").fetchone()[0] == 1  # data kept
        assert con.execute("select count(*) from article").fetchone()[0] == 0     # new table there
        assert con.execute("select count(*) from claim_check").fetchone()[0] == 0  # views applied
