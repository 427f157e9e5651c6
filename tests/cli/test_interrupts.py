"""Ctrl-C and kill -9 of real `tariffscope run` / `ingest` processes (issue 14 items 2 and 4): no traceback, at
most two lines, no process left behind (checked by PID), the warehouse at its last committed state.

Each case starts the real command line, which starts the flow layer and Prefect's API server as children."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import duckdb
import pytest

from tests.procs import alive, descendants

pytestmark = pytest.mark.flow

BIN = Path(sys.executable).parent
GOOD = ("reporter_iso3,partner_iso3,year,flow,value_usd,source,hs_code\n"
        "USA,MEX,2024,import,136556709549,US Census,87\nUSA,CAN,2024,import,50416450000,US Census,87\n")


def command_line(pid: int) -> str:
    try:
        return Path(f"/proc/{pid}/cmdline").read_bytes().replace(b"\0", b" ").decode()
    except OSError:
        return ""


def start(argv: list[str], cwd: Path) -> subprocess.Popen:
    env = {k: v for k, v in os.environ.items() if k != "PREFECT_API_URL"}  # the command line starts its own API
    # SIGINT as on a terminal: a shell's background job (or this test's runner) may have it ignored
    return subprocess.Popen([str(BIN / "tariffscope"), *argv], stdout=subprocess.PIPE, stderr=subprocess.PIPE,
                            text=True, cwd=cwd, env=env, preexec_fn=lambda: signal.signal(signal.SIGINT, signal.SIG_DFL))


def wait_for(process: subprocess.Popen, condition, seen: set[int], timeout: float = 300) -> None:
    """Poll until condition(seen) holds, collecting every descendant PID on the way."""
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        seen |= descendants(process.pid)
        if condition(seen):
            return
        assert process.poll() is None, f"exited early: {process.returncode}\n{process.stderr.read()}"
        time.sleep(0.05)
    pytest.fail("condition not reached")


def api_server(seen: set[int]) -> bool:
    return any("uvicorn" in command_line(p) for p in seen)


def flow_loaded_something(warehouse: Path):
    def condition(seen: set[int]) -> bool:
        return api_server(seen) and warehouse.exists() and warehouse.stat().st_size > 0
    return condition


def assert_committed_state(warehouse: Path) -> None:
    if not warehouse.exists():
        return
    with duckdb.connect(str(warehouse), read_only=True) as con:
        if not con.execute("select 1 from duckdb_tables() where table_name = 'load_audit'").fetchone():
            return
        assert con.execute("select count(*) from load_audit where rows_in <> rows_loaded + rows_quarantined + rows_filtered").fetchone()[0] == 0
        if not con.execute("select 1 from duckdb_tables() where table_name = 'trade_flow'").fetchone():
            return  # interrupted between two schema scripts: each is its own committed transaction
        orphans = con.execute("select count(*) from trade_flow where _load_id not in (select _load_id from load_audit "
                              "where status = 'loaded')").fetchone()[0]
        assert orphans == 0


def planning(process: subprocess.Popen):
    """The command line is running its own code (it has loaded DuckDB to check what changed), no child yet."""
    def condition(seen: set[int]) -> bool:
        try:
            return "_duckdb" in Path(f"/proc/{process.pid}/maps").read_text() and not seen
        except OSError:
            return False
    return condition


POINTS = {
    "before the flow layer starts": lambda p, w: planning(p),
    "while the flow layer starts": lambda p, w: lambda seen: any("tariffscope_flows.launch" in command_line(c) for c in seen),
    "while the API server starts": lambda p, w: api_server,
    "during the loads": lambda p, w: flow_loaded_something(w),
}


@pytest.mark.parametrize("point", POINTS)
def test_ctrl_c_of_run_is_one_line_exit_130_and_leaves_no_process(tmp_path, point):
    warehouse = tmp_path / "w.duckdb"
    process = start(["run", "--warehouse", str(warehouse)], cwd=tmp_path)
    seen: set[int] = set()
    try:
        wait_for(process, POINTS[point](process, warehouse), seen)
        seen |= descendants(process.pid)
        process.send_signal(signal.SIGINT)
        _, err = process.communicate(timeout=60)
    finally:
        if process.poll() is None:
            process.kill()
    assert process.returncode == 130, err
    assert "Traceback" not in err and len(err.splitlines()) <= 2, err
    assert err.strip().endswith("interrupted: the warehouse keeps its last committed state")
    deadline = time.monotonic() + 10
    while [p for p in seen if alive(p)] and time.monotonic() < deadline:
        time.sleep(0.1)
    assert [command_line(p) for p in seen if alive(p)] == []
    assert_committed_state(warehouse)


def test_kill_9_of_ingest_leaves_no_api_server_behind(tmp_path):
    warehouse, data = tmp_path / "w.duckdb", tmp_path / "flows.csv"
    data.write_text(GOOD)
    process = start(["ingest", "trade", str(data), "--warehouse", str(warehouse)], cwd=tmp_path)
    seen: set[int] = set()
    try:
        wait_for(process, api_server, seen)
        seen |= descendants(process.pid)
        process.kill()
        process.communicate(timeout=30)
    finally:
        if process.poll() is None:
            process.kill()
    deadline = time.monotonic() + 15
    while [p for p in seen if alive(p)] and time.monotonic() < deadline:
        time.sleep(0.1)
    assert [command_line(p) for p in seen if alive(p)] == []
    assert_committed_state(warehouse)
