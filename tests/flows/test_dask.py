"""--workers / --dask-address: the per-file read → normalize → validate on real Dask processes, loads in the flow.

One `dask scheduler` and two `dask worker` processes on 127.0.0.1 serve the whole session (started here, stopped
by PID); --workers 2 starts Prefect's own local cluster once. Results must equal the serial path's.
"""

from __future__ import annotations

import os
import signal
import subprocess
import sys
from pathlib import Path

import duckdb
import pytest

from tariffscope.cli import main
from tariffscope.supervise import die_with_parent

HEADER = "reporter_iso3,partner_iso3,year,flow,value_usd,source,hs_code\n"
ROWS = ["USA,MEX,2024,import,136556709549,US Census,87", "USA,CAN,2024,import,50416450000,US Census,87",
        "USA,MEX,2024,import,5,US Census,72", "MEX,USA,2024,export,7,US Census,87", "USA,XXA,2024,import,5,US Census,87"]
# the key columns and the value of every trade row, hashed and summed: equal sums, equal rows (whatever the order)
CHECKSUM = ("select count(*), sum(hash(reporter_iso3, partner_iso3, year, month, flow, hs_code, value_usd, quantity, "
            "source, source_file)) from trade_flow")
COUNTED = ["country", "hs_chapter", "trade_flow", "tariff_measure", "article", "article_tariff_claim",
           "article_trade_claim", "article_quote", "article_person", "article_country", "quarantine"]


def _stop(process: subprocess.Popen) -> None:
    if process.poll() is None:
        os.kill(process.pid, signal.SIGTERM)
        try:
            process.wait(timeout=15)
        except subprocess.TimeoutExpired:
            os.kill(process.pid, signal.SIGKILL)
            process.wait()


@pytest.fixture(scope="session")
def dask_address(prefect_harness, tmp_path_factory):
    """A real scheduler and two single-threaded workers (no nanny: one process each), ready when both joined."""
    from distributed import Client

    dask = str(Path(sys.executable).parent / "dask")
    logs = tmp_path_factory.mktemp("dask")
    scheduler_file = str(logs / "scheduler.json")  # port 0 and a scheduler file: no free-port race with other workers
    started: list[subprocess.Popen] = []

    def start(name: str, *args: str) -> None:
        with open(logs / f"{name}.log", "w") as log:
            started.append(subprocess.Popen([dask, *args], stdout=log, stderr=subprocess.STDOUT, env=os.environ.copy(),
                                            preexec_fn=lambda: die_with_parent(signal.SIGKILL)))

    try:
        start("scheduler", "scheduler", "--host", "127.0.0.1", "--port", "0", "--no-dashboard",
              "--scheduler-file", scheduler_file)
        for n in (1, 2):
            start(f"worker{n}", "worker", "--scheduler-file", scheduler_file, "--nthreads", "1", "--no-nanny",
                  "--no-dashboard", "--host", "127.0.0.1", "--name", f"w{n}")
        with Client(scheduler_file=scheduler_file, timeout=120) as client:
            client.wait_for_workers(2, timeout=180)
            assert len(client.scheduler_info()["workers"]) == 2
            address = client.scheduler.address
        yield address
    finally:
        for process in reversed(started):  # workers first, then the scheduler
            _stop(process)


def warehouse_figures(warehouse: Path) -> dict:
    with duckdb.connect(str(warehouse), read_only=True) as con:
        tables = {r[0] for r in con.execute("select table_name from duckdb_tables() union select view_name from duckdb_views()").fetchall()}
        return {"counts": {t: con.execute(f"select count(*) from {t}").fetchone()[0] for t in COUNTED if t in tables},
                "trade_flow": con.execute(CHECKSUM).fetchone(),
                "audit": sorted(con.execute("select source_file, table_name, status, rows_in, rows_loaded, rows_quarantined, "
                                            "rows_filtered from load_audit").fetchall())}


def test_run_on_an_existing_cluster_builds_what_the_serial_path_builds(dask_address, bundled_warehouse, tmp_path):
    warehouse = tmp_path / "dask.duckdb"
    assert main(["run", "--warehouse", str(warehouse), "--dask-address", dask_address, "-q"]) == 0
    dask, serial = warehouse_figures(warehouse), warehouse_figures(bundled_warehouse)
    assert dask == serial
    assert dask["counts"]["trade_flow"] == 60 + 392 and dask["counts"]["tariff_measure"] == 42
    with duckdb.connect(str(warehouse), read_only=True) as con:
        value = con.execute("select sum(value_usd) from trade_flow where reporter_iso3='USA' and partner_iso3='MEX' "
                            "and year=2024 and flow='import' and hs_code='87'").fetchone()[0]
    assert round(value / 1e9, 2) == 136.56


def small_files(folder: Path) -> list[Path]:
    """Three small trade files of two rows, one year each, and a row for quarantine in the last one."""
    files = []
    for n in range(3):
        files.append(folder / f"part{n}.csv")
        rows = [row.replace("2024", str(2022 + n)) for row in ROWS[:2]] + ([ROWS[4]] if n == 2 else [])
        files[-1].write_text(HEADER + "\n".join(rows) + "\n")
    return files


def test_a_local_cluster_of_two_workers_loads_what_the_serial_path_loads(tmp_path):
    from tariffscope import pipeline

    files = small_files(tmp_path)
    serial, dask = tmp_path / "serial.duckdb", tmp_path / "dask.duckdb"
    assert {o.status for o in pipeline.ingest_files("trade", files, serial)} == {"loaded"}
    assert main(["ingest", "trade", *map(str, files), "--warehouse", str(dask), "--workers", "2", "-q"]) == 0
    figures = warehouse_figures(dask)
    assert figures == warehouse_figures(serial)
    assert figures["counts"]["trade_flow"] == 6 and figures["counts"]["quarantine"] == 1
    assert [a[2] for a in figures["audit"]] == ["loaded"] * 3


def test_a_bad_file_fails_alone_on_the_cluster(dask_address, tmp_path, capfd):
    good, empty, wrong = tmp_path / "a.csv", tmp_path / "b.csv", tmp_path / "c.csv"
    good.write_text(HEADER + ROWS[0] + "\n" + ROWS[1] + "\n")
    empty.write_text("")
    wrong.write_text("country,amount\nCanada,12\n")
    warehouse = tmp_path / "w.duckdb"
    args = ["ingest", "trade", str(good), str(empty), str(wrong), "--warehouse", str(warehouse), "--dask-address", dask_address]
    assert main(args) == 2
    err = capfd.readouterr().err
    assert "b.csv: line 1: empty file" in err and "c.csv: line 1 (header)" in err
    with duckdb.connect(str(warehouse), read_only=True) as con:
        assert con.execute("select count(*) from trade_flow").fetchone()[0] == 2
        statuses = con.execute("select regexp_extract(source_file, '[a-c][.]csv'), status from load_audit order by all").fetchall()
    assert statuses == [("a.csv", "loaded"), ("b.csv", "failed"), ("c.csv", "failed")]


def test_workers_must_be_one_or_more(tmp_path, capfd):
    assert main(["ingest", "trade", str(tmp_path), "--workers", "0", "--warehouse", str(tmp_path / "w.duckdb")]) == 2
    assert "--workers 0: must be 1 or more" in capfd.readouterr().err
    assert not (tmp_path / "w.duckdb").exists()


def test_the_serial_path_imports_nothing_of_dask():
    code = ("import sys, tariffscope_flows.launch, tariffscope_flows.ingest, tariffscope_flows.build_warehouse; "
            "print(sorted(m for m in ('dask', 'distributed', 'prefect_dask') if m in sys.modules))")
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert done.stdout.strip() == "[]"
