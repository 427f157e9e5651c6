"""The throw-away PostgreSQL of tests/pg.py: it accepts connections on its own port, a test gets its own database,
and stop() ends the server by PID with nothing left running."""

from __future__ import annotations

import subprocess
from pathlib import Path

import pytest

from tests import pg

pytestmark = pytest.mark.pg


def psql(server: pg.Server, dbname: str, query: str) -> str:
    psql_bin = server.bin_dir / "psql"
    return subprocess.run([str(psql_bin), "-h", server.host, "-p", str(server.port), "-U", server.user, "-d", dbname,
                           "-Atc", query], capture_output=True, text=True, check=True, timeout=60).stdout.strip()


def test_each_test_gets_its_own_empty_database(pg_server, pg_dsn):
    dbname = dict(part.split("=") for part in pg_dsn.split())["dbname"]
    assert psql(pg_server, dbname, "select current_database()") == dbname
    assert psql(pg_server, dbname, "select count(*) from pg_tables where schemaname = 'public'") == "0"
    assert f"port={pg_server.port}" in pg_dsn and "host=127.0.0.1" in pg_dsn


def test_the_server_runs_from_its_temporary_folder_and_stops_by_pid(pg_server):
    server = pg.start(pg_server.bin_dir)  # a second, private one: this test stops it
    pid, root = server.process.pid, server.root
    try:
        assert server.postmaster_pid() == pid
        assert (root / f".s.PGSQL.{server.port}").exists()  # the socket lives in the temporary folder
        assert server.port != pg_server.port
    finally:
        server.stop()
    assert not Path(f"/proc/{pid}").exists()
    assert not root.exists()
