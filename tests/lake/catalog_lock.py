"""Holding a DuckLake commit at a known point, with PostgreSQL's own locks: `psql` takes a SHARE lock on the catalog's
snapshot table in an open transaction. Readers still read (SHARE allows SELECT); a writer's commit, which must insert
its new snapshot row, waits on the lock — after its Parquet data files are written. The test sees the waiting
backend in pg_stat_activity (no timed sleep decides anything), finds the process on the other end of its connection
(its TCP port, through /proc), and can SIGKILL it there: a load interrupted before its snapshot is committed."""

from __future__ import annotations

import subprocess
import time
from pathlib import Path

from tests import pg
from tests.lake.procs import open_files

SNAPSHOT_TABLE = "ducklake_snapshot"
WAITING = ("select client_port from pg_stat_activity where datname = current_database() and wait_event_type = 'Lock' "
           "and pid <> pg_backend_pid()")


def psql_args(server: pg.Server, dbname: str) -> list[str]:
    return [str(server.bin_dir / "psql"), "-X", "-q", "-At", "-v", "ON_ERROR_STOP=1", "-h", server.host,
            "-p", str(server.port), "-U", server.user, "-d", dbname]


def dbname_of(dsn: str) -> str:
    return dict(part.split("=", 1) for part in dsn.split())["dbname"]


class SnapshotLock:
    """`with SnapshotLock(server, dsn) as lock:` no DuckLake commit on that catalog can finish until the block ends."""

    def __init__(self, server: pg.Server, dsn: str):
        self.server, self.dbname = server, dbname_of(dsn)
        self.holder: subprocess.Popen | None = None

    def __enter__(self) -> SnapshotLock:
        self.holder = subprocess.Popen(psql_args(self.server, self.dbname), stdin=subprocess.PIPE,
                                       stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
        self.holder.stdin.write(f"begin;\nlock table {SNAPSHOT_TABLE} in share mode;\nselect 'locked';\n")
        self.holder.stdin.flush()
        line = self.holder.stdout.readline().strip()
        assert line == "locked", f"psql could not lock {SNAPSHOT_TABLE}: {line} {self.holder.stderr.read()}"
        return self

    def __exit__(self, *exc) -> None:
        out, err = self.holder.communicate("rollback;\n", timeout=60)
        assert self.holder.returncode == 0, err

    def waiting_port(self, loading: subprocess.Popen, timeout: float = 600) -> int:
        """The client TCP port of the first backend that waits on a lock (the held commit), once there is one."""
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            ports = subprocess.run([*psql_args(self.server, self.dbname), "-c", WAITING], capture_output=True,
                                   text=True, check=True, timeout=60).stdout.split()
            if ports:
                return int(ports[0])
            assert loading.poll() is None, f"the load ended before it tried to commit: {loading.communicate()}"
            time.sleep(0.1)  # polling interval only: nothing is decided by time
        raise AssertionError(f"no commit waited on the lock within {timeout} s")


def socket_owner(pids: set[int], local_port: int) -> int | None:
    """Which of `pids` holds the TCP socket whose local port is `local_port` (/proc/net/tcp*, then fds)."""
    inodes = set()
    for table in ("/proc/net/tcp", "/proc/net/tcp6"):
        for line in Path(table).read_text().splitlines()[1:]:
            fields = line.split()
            if int(fields[1].rsplit(":", 1)[1], 16) == local_port:
                inodes.add(f"socket:[{fields[9]}]")
    owners = [pid for pid in pids if inodes & open_files(pid)]
    assert len(owners) <= 1, owners
    return owners[0] if owners else None
