"""A DuckLake warehouse with its catalog in a real PostgreSQL (tests/pg.py), driven through the real command line as a
user would (`tariffscope … --warehouse ducklake:postgres:"dbname=… host=… port=… user=…" --data-path DIR`):

- two `ingest` processes on different files and a `sql` loop at the same time all succeed, no "busy", and the
  lake ends with exactly the rows and audit of the same files loaded one after the other; every count a reader
  saw meanwhile is a whole number of files (never part of a load);
- SIGKILL of a load that has written its Parquet files and waits to commit (held there by a PostgreSQL lock on the
  catalog's snapshot table, tests/lake/catalog_lock.py) leaves the lake at its last snapshot (row counts,
  load_audit and the snapshot id unchanged) and the next ingest works;
- the README's queries give the same answers on a Postgres-catalog lake as on the embedded DuckDB file.

Every process started is killed by PID in a finally block and checked gone."""

from __future__ import annotations

import json
import re
import signal
from pathlib import Path

import duckdb
import pytest

from tariffscope import pipeline
from tariffscope.target import Warehouse
from tests.lake.catalog_lock import SnapshotLock, socket_owner
from tests.lake.procs import Commands

pytestmark = [pytest.mark.pg, pytest.mark.flow]

ROOT = Path(__file__).resolve().parents[2]
PARTNERS = ("MEX", "CAN", "CHN", "DEU", "JPN", "KOR", "VNM", "IND", "GBR", "FRA", "ITA", "BRA", "CHE", "NLD", "IRL",
            "TWN", "THA", "MYS", "SGP", "ESP")
CHAPTERS = ("01", "02", "27", "30", "39", "72", "73", "84", "85", "87")
HEADER = "reporter_iso3,partner_iso3,year,flow,value_usd,source,hs_code\n"
AUDIT = ("select table_name, source_file, status, rows_in, rows_loaded, rows_quarantined, rows_filtered "
         "from load_audit order by source_file, table_name, status")
KEYS = ("select count(*) as n, count(distinct (source, reporter_iso3, partner_iso3, year, flow, hs_code)) as k "
        "from trade_flow")
BY_FILE = ("select source_file, count(*) as n, round(sum(value_usd), 2) as usd from trade_flow "
           "group by source_file order by source_file")


def trade_file(path: Path, reporter: str, years: range) -> Path:
    """A canonical trade CSV: one reporter, every partner x year x chapter (no key shared with other reporters)."""
    rows = [f"{reporter},{p},{y},import,{1000 * (i + 1) + len(p)}.5,{reporter} test office,{c}\n"
            for i, (p, y, c) in enumerate((p, y, c) for p in PARTNERS for y in years for c in CHAPTERS)
            if p != reporter]
    path.write_text(HEADER + "".join(rows))
    return path


def lake_args(dsn: str, data: Path) -> list[str]:
    return ["--warehouse", f"ducklake:postgres:{dsn}", "--data-path", str(data)]


def seed_lake(path: Path, dsn: str, data: Path) -> None:
    """The lake as a team finds it: one earlier load (through the library: no Prefect start-up to wait for)."""
    assert pipeline.ingest_file("trade", path, Warehouse.parse(f"ducklake:postgres:{dsn}", data)).status == "loaded"


def serial_result(tmp_path: Path, files: list[Path]) -> tuple[list[tuple], list[tuple]]:
    """The same files loaded one after the other into an embedded DuckDB file (the library's per-file path)."""
    warehouse = tmp_path / "serial.duckdb"
    for path in files:
        assert pipeline.ingest_file("trade", path, warehouse).status == "loaded"
    with duckdb.connect(str(warehouse), read_only=True) as con:
        return con.execute(BY_FILE).fetchall(), con.execute(AUDIT).fetchall()


def rows_of(result: list[dict]) -> list[tuple]:
    return [tuple(row.values()) for row in result]


def test_two_ingests_and_a_reader_at_the_same_time(tmp_path, pg_dsn, prefect_server):
    seed = trade_file(tmp_path / "seed.csv", "MEX", range(2020, 2021))
    first = trade_file(tmp_path / "usa.csv", "USA", range(2010, 2020))
    second = trade_file(tmp_path / "can.csv", "CAN", range(2010, 2020))
    lake, commands = lake_args(pg_dsn, tmp_path / "lake-data"), Commands(tmp_path, prefect_server["url"])
    seen_counts, readers = [], []
    try:
        seed_lake(seed, pg_dsn, tmp_path / "lake-data")
        writers = [commands.start("ingest", "trade", str(path), *lake) for path in (first, second)]
        while any(w.poll() is None for w in writers):
            commands.watch()
            code, out, err = commands.run("sql", "select count(*) as n from trade_flow", "--format", "json", *lake)
            readers.append((code, err))
            if code == 0:
                seen_counts.append(json.loads(out.splitlines()[0])[0]["n"])
        results = [commands.wait(w) for w in writers]
    finally:
        commands.stop_all()
    assert commands.leftovers() == []
    assert [(code, "busy" in err.lower()) for code, _, err in results] == [(0, False), (0, False)], results
    assert readers and all(code == 0 and "busy" not in err.lower() for code, err in readers), readers
    by_file, audit = serial_result(tmp_path, [seed, first, second])
    sizes = {Path(name).name: n for name, n, _ in by_file}
    whole_files = {sizes["seed.csv"], sizes["seed.csv"] + sizes["usa.csv"], sizes["seed.csv"] + sizes["can.csv"],
                   sum(sizes.values())}
    assert set(seen_counts) <= whole_files and seen_counts == sorted(seen_counts), seen_counts
    on_lake, on_audit, keys = Commands(tmp_path).sql_script(lake, [BY_FILE, AUDIT, KEYS])
    assert rows_of(on_lake) == [tuple(r) for r in by_file]
    assert rows_of(on_audit) == [tuple(r) for r in audit]
    assert keys == [{"n": sum(sizes.values()), "k": sum(sizes.values())}]  # no row lost or loaded twice


SNAPSHOT = "select max(snapshot_id) as id from ducklake_snapshots('lake')"


TABLE_ROWS = ("select table_name, estimated_size from duckdb_tables() where database_name = 'lake' "
              "order by table_name")


def lake_state(commands: Commands, lake: list[str]) -> list[list[dict]]:
    """What a reader sees: the audit, the rows per file, every table's size and the last snapshot."""
    return commands.sql_script(lake, [AUDIT, BY_FILE, TABLE_ROWS, SNAPSHOT])


def test_sigkill_during_a_lake_load_leaves_the_last_snapshot(tmp_path, pg_server, pg_dsn, prefect_server):
    data = tmp_path / "lake-data"
    lake, commands = lake_args(pg_dsn, data), Commands(tmp_path, prefect_server["url"])
    load = trade_file(tmp_path / "load.csv", "USA", range(2000, 2020))  # 4,000 rows: Parquet files, not inlined
    try:
        seed_lake(trade_file(tmp_path / "seed.csv", "MEX", range(2020, 2022)), pg_dsn, data)
        before_state = lake_state(commands, lake)
        before_files = set(data.rglob("*.parquet"))
        with SnapshotLock(pg_server, pg_dsn) as lock:  # the load runs up to its commit and waits there
            loading = commands.start("ingest", "trade", str(load), *lake)
            port = lock.waiting_port(loading)
            writer = socket_owner(commands.watch() | {loading.pid}, port)
            assert writer is not None, f"no process of the load holds the catalog connection on port {port}"
            assert set(data.rglob("*.parquet")) - before_files, "the load waits to commit but wrote no data file"
            commands.kill(writer, signal.SIGKILL)
            code, _, err = commands.wait(loading, timeout=120)
        assert code != 0, "the killed load reported success"
        assert lake_state(commands, lake) == before_state
        code, _, err = commands.run("ingest", "trade", str(trade_file(tmp_path / "next.csv", "USA", range(2020, 2021))),
                                    *lake)
        assert code == 0, err
        after = {Path(r["source_file"]).name: r["n"] for r in commands.sql_on(lake, BY_FILE)}
    finally:
        commands.stop_all()
    assert commands.leftovers() == []
    assert after == {"seed.csv": 2 * (len(PARTNERS) - 1) * len(CHAPTERS), "next.csv": len(PARTNERS) * len(CHAPTERS)}


def readme_queries() -> list[str]:
    """Every statement in the README's ```sql blocks (the first queries and the five questions)."""
    text = (ROOT / "README.md").read_text()
    statements = []
    for block in re.findall(r"```sql\n(.*?)```", text, flags=re.S):
        body = "\n".join(line.split("--")[0] for line in block.splitlines())
        statements += [s.strip() for s in body.split(";") if s.strip()]
    return statements


def canonical(rows: list[dict]) -> list[tuple]:
    """Rows as sorted tuples, floats rounded to 6 significant digits (parallel sums may differ in the last bits)."""
    def value(v):
        return float(f"{v:.6g}") if isinstance(v, float) else v
    return sorted((tuple(value(v) for v in row.values()) for row in rows), key=repr)


def test_readme_queries_give_the_same_answers_on_a_postgres_catalog_lake(tmp_path, pg_dsn, bundled_warehouse,
                                                                         prefect_server):
    lake, commands = lake_args(pg_dsn, tmp_path / "lake-data"), Commands(tmp_path, prefect_server["url"])
    queries = readme_queries()
    assert len(queries) >= 8
    try:
        code, _, err = commands.run("run", *lake)
        assert code == 0, err
        on_lake = [canonical(rows) for rows in commands.sql_script(lake, queries)]
        on_file = [canonical(rows) for rows in commands.sql_script(["--warehouse", str(bundled_warehouse)], queries)]
    finally:
        commands.stop_all()
    assert commands.leftovers() == []
    hs87 = commands_value(on_lake[0])
    assert round(hs87 / 1e9, 2) == 136.56
    for query, lake_rows, file_rows in zip(queries, on_lake, on_file):
        assert lake_rows == file_rows, query
    assert [q for q, rows in zip(queries, on_lake) if not rows] == [q for q in queries if "from quarantine" in q]


def commands_value(rows: list[tuple]) -> float:
    (value,), = rows
    return value
