"""The DuckLake backend (file catalog): the same tables, views, audit and answers as the embedded DuckDB file.

The Postgres catalog runs the same code with another ATTACH string and one more extension; its tests (with a
real server, concurrent writers and a SIGKILL) are in tests/lake/."""

from __future__ import annotations

import dataclasses
import os
import subprocess
import sys
from pathlib import Path

import duckdb
import pytest

from tariffscope import lake_ext, pipeline
from tariffscope import warehouse as wh
from tariffscope.settings import docs_dir, report_dir, warehouse_path
from tariffscope.target import Warehouse, WarehouseError
from tests.conftest import build_with_library

US_MEX_HS87_2024 = ("select round(sum(value_usd) / 1e9, 2) from trade_flow where reporter_iso3 = 'USA' "
                    "and partner_iso3 = 'MEX' and year = 2024 and flow = 'import' and hs_code = '87'")
CLI = [sys.executable, "-m", "tariffscope.cli"]


# --- the target value ------------------------------------------------------------------------------------

def test_a_plain_path_is_the_embedded_file(tmp_path):
    target = Warehouse.parse(tmp_path / "w.duckdb")
    assert (target.kind, target.is_lake, target.path) == ("duckdb", False, tmp_path / "w.duckdb")
    assert Path(target) == tmp_path / "w.duckdb" and str(target) == str(tmp_path / "w.duckdb")


def test_a_ducklake_file_catalog_keeps_its_data_beside_it_unless_told(tmp_path, monkeypatch):
    monkeypatch.delenv("TARIFFSCOPE_DATA_PATH", raising=False)
    target = Warehouse.parse(f"ducklake:{tmp_path}/lake.ducklake")
    assert target.is_lake and not target.is_postgres and target.path == tmp_path / "lake.ducklake"
    assert target.data_path is None  # an existing lake keeps the data path stored in its catalog
    assert target.default_data_path() == f"{tmp_path}/lake.ducklake.files/"
    assert Warehouse.parse(str(target)) == target  # the spec round-trips (flows get it as a string)
    assert Warehouse.parse(str(target), tmp_path / "data").data_path == f"{tmp_path}/data/"
    monkeypatch.setenv("TARIFFSCOPE_DATA_PATH", "s3://bucket/lake")
    assert Warehouse.parse(str(target)).data_path == "s3://bucket/lake/"
    with pytest.raises(TypeError, match="is a DuckLake, not a file"):
        Path(target)


def test_a_postgres_catalog_is_named_by_its_libpq_string(monkeypatch):
    monkeypatch.delenv("TARIFFSCOPE_DATA_PATH", raising=False)
    target = Warehouse.parse('ducklake:postgres:"dbname=trade host=127.0.0.1 port=5433 user=postgres"')
    assert target.is_postgres and target.path is None and target.dbname == "trade"
    assert str(target) == "ducklake:postgres:dbname=trade host=127.0.0.1 port=5433 user=postgres"
    assert target.attach_sql() == "attach 'ducklake:postgres:dbname=trade host=127.0.0.1 port=5433 user=postgres' as lake"
    assert target.default_data_path().endswith("/warehouse/trade.files/")
    assert docs_dir(target).name == "trade-docs" and report_dir(target).name == "trade-report"


def test_the_environment_chooses_the_warehouse(tmp_path, monkeypatch):
    monkeypatch.setenv("TARIFFSCOPE_WAREHOUSE", f"ducklake:{tmp_path}/env.ducklake")
    assert warehouse_path().path == tmp_path / "env.ducklake"
    assert warehouse_path(tmp_path / "flag.duckdb").kind == "duckdb"  # --warehouse wins


def test_the_extensions_load_from_their_packages_without_network():
    con = duckdb.connect(config={"autoinstall_known_extensions": False, "autoload_known_extensions": False})
    for name in ("ducklake", "postgres_scanner"):
        path = lake_ext.extension_file(name)
        assert path.parent.name == f"v{duckdb.__version__}" and path.is_file()
        lake_ext.load(con, name)
    loaded = dict(con.execute("select extension_name, loaded from duckdb_extensions()").fetchall())
    assert loaded["ducklake"] and loaded["postgres_scanner"]


# --- the bundled data on a lake ----------------------------------------------------------------------------

@pytest.fixture(scope="module")
def bundled_lake(tmp_path_factory) -> Warehouse:
    """The bundled data loaded into a file-catalog DuckLake through the ordinary load path."""
    target = Warehouse.parse(f"ducklake:{tmp_path_factory.mktemp('lake')}/tariffscope.ducklake")
    outcomes = build_with_library(target)
    assert {o.status for o in outcomes} == {"loaded"}, [o for o in outcomes if o.status != "loaded"]
    return target


def test_the_lake_has_the_same_tables_and_rows_as_the_duckdb_file(bundled_lake, bundled_warehouse):
    on_lake, on_file = wh.row_counts(bundled_lake), wh.row_counts(bundled_warehouse)
    assert on_lake.pop("id_counter") == 1  # the lake's id allocator (sql/lake/): its only extra table
    assert on_lake == on_file
    assert on_lake["trade_flow"] == 452 and on_lake["load_audit"] == 14


def test_the_readme_queries_give_the_same_figures_on_the_lake(bundled_lake, bundled_warehouse):
    assert wh.query(bundled_lake, US_MEX_HS87_2024).item() == 136.56
    for sql in ("select title, claim, verdict, gap_pct, evidence, explanation from claim_check order by all",
                "select table_name, source_file, status, rows_in, rows_loaded, rows_quarantined, rows_filtered "
                "from load_audit order by all"):
        assert wh.query(bundled_lake, sql).rows() == wh.query(bundled_warehouse, sql).rows()


def test_every_view_reads_on_the_lake(bundled_lake, bundled_warehouse):
    with wh.reading(bundled_lake) as con:
        views = [r[0] for r in con.execute("select view_name from duckdb_views() where database_name = 'lake' "
                                           "and not internal order by 1").fetchall()]
        counts = {v: con.execute(f"select count(*) from {v}").fetchone()[0] for v in views}
    assert set(views) == {p.stem for p in wh.model_paths()}
    with wh.reading(bundled_warehouse) as con:
        assert counts == {v: con.execute(f"select count(*) from {v}").fetchone()[0] for v in views}


def test_a_reopened_lake_writes_no_new_snapshot(bundled_lake):
    """Views are recreated only when their file changed: a no-op open must not conflict with other writers."""
    def snapshots():
        with wh.reading(bundled_lake) as con:
            return con.execute("select max(snapshot_id) from lake.snapshots()").fetchone()[0]

    before = snapshots()
    wh.initialize(bundled_lake)
    assert snapshots() == before


def test_user_sql_on_the_lake_is_read_only_and_sandboxed(bundled_lake, tmp_path):
    with wh.reading(bundled_lake, sandboxed=True) as con:
        assert con.execute(US_MEX_HS87_2024).fetchone()[0] == 136.56  # the Parquet files stay readable
        with pytest.raises(duckdb.Error, match="disabled by configuration"):
            con.execute(f"copy (select 1) to '{tmp_path}/out.csv'")
        with pytest.raises(duckdb.Error, match="read-only|read only"):
            con.execute("delete from country")


def test_a_failed_load_leaves_no_snapshot_and_no_rows(bundled_lake, tmp_path):
    """One transaction per file: a load that fails half-way commits nothing (the lake stays at its snapshot)."""
    source = pipeline.read_source("tariffs", pipeline.bundled_paths("tariffs")[0])
    source = dataclasses.replace(source, source_file="data/tariffs/renamed.csv", rows_in=None)  # new rows to merge
    validated = pipeline.validate_source(source)  # rows_in None: the audit row, written last, breaks NOT NULL
    with wh.reading(bundled_lake) as con:
        before = con.execute("select max(snapshot_id) from lake.snapshots()").fetchone()[0], wh.row_counts(bundled_lake)
    with pytest.raises(duckdb.Error):
        wh.load_validated(validated, bundled_lake)
    with wh.reading(bundled_lake) as con:
        after = con.execute("select max(snapshot_id) from lake.snapshots()").fetchone()[0], wh.row_counts(bundled_lake)
    assert after == before


def test_the_commands_work_on_the_lake(bundled_lake, tmp_path, monkeypatch, capsys):
    from tariffscope.cli import main

    # sql and status in-process (their real command lines run in tests/lake/ and tests/schedule/), export as one
    monkeypatch.setenv("TARIFFSCOPE_WAREHOUSE", str(bundled_lake))
    assert main(["sql", US_MEX_HS87_2024, "--format", "csv"]) == 0
    assert capsys.readouterr().out.splitlines()[-1] == "136.56"
    assert main(["status", "--format", "json"]) == 0
    assert '"warehouse": "ducklake:' in capsys.readouterr().out
    env = {**os.environ, "TARIFFSCOPE_WAREHOUSE": str(bundled_lake)}
    export = subprocess.run([*CLI, "export", "--parquet", str(tmp_path / "out")], env=env, capture_output=True, text=True)
    assert export.returncode == 0, export.stderr
    assert duckdb.sql(f"select count(*) from '{tmp_path}/out/trade_flow.parquet'").fetchone()[0] == 452


# --- migrate ---------------------------------------------------------------------------------------------

def test_migrate_copies_a_duckdb_warehouse_into_a_lake_and_checks_every_count(bundled_warehouse, tmp_path):
    target = Warehouse.parse(f"ducklake:{tmp_path}/moved.ducklake", tmp_path / "parquet")
    copies = wh.migrate(bundled_warehouse, target)
    counts = {c.table: (c.rows_source, c.rows_target) for c in copies}
    assert counts["trade_flow_fact"] == (452, 452) and counts["load_audit"] == (14, 14)
    assert {"quarantine", "validation_result", "country"} <= counts.keys()
    assert all(a == b for a, b in counts.values())
    assert wh.query(Warehouse.parse(f"ducklake:{tmp_path}/moved.ducklake"), US_MEX_HS87_2024).item() == 136.56
    assert list((tmp_path / "parquet" / "main").iterdir())  # the data went where --data-path said
    with wh.reading(target) as con:  # new origins continue after the copied ones
        assert con.execute("select next_id from id_counter").fetchone()[0] == \
            con.execute("select max(origin_id) + 1 from trade_flow_origin").fetchone()[0]


def test_migrate_refuses_a_lake_that_has_data(bundled_warehouse, bundled_lake):
    with pytest.raises(WarehouseError, match="the target is not empty"):
        wh.migrate(bundled_warehouse, bundled_lake)


def test_migrate_from_the_command_line(bundled_warehouse, tmp_path):
    out = subprocess.run([*CLI, "--warehouse", str(bundled_warehouse), "migrate", "--to", f"ducklake:{tmp_path}/cli.ducklake"],
                         capture_output=True, text=True)
    assert out.returncode == 0, out.stderr
    assert "every count matches" in out.stdout and "trade_flow_fact" in out.stdout
    again = subprocess.run([*CLI, "--warehouse", str(bundled_warehouse), "migrate", "--to", f"ducklake:{tmp_path}/cli.ducklake"],
                           capture_output=True, text=True)
    assert again.returncode == 2 and "the target is not empty" in again.stderr
