"""A throw-away PostgreSQL server for tests that need a shared DuckLake catalog.

`start()` finds the server binaries (PATH, else Debian's /usr/lib/postgresql/*/bin), runs `initdb -A trust -U
postgres` into a fresh temporary folder, starts `postgres` on a free 127.0.0.1 port with its socket directory and
log inside that folder, and waits until it accepts connections. `Server.stop()` ends it by PID (the Popen pid,
checked against postmaster.pid): SIGINT (fast shutdown), wait, SIGKILL if needed, then checks it is gone.

initdb and postgres refuse to run as root: as root they run as the `postgres` OS user (created by Debian's
`postgresql` package, which .ci/run installs when initdb is missing)."""

from __future__ import annotations

import glob
import os
import pwd
import shutil
import signal
import socket
import subprocess
import tempfile
import time
from dataclasses import dataclass
from pathlib import Path

SERVER_USER = "postgres"
READY_TIMEOUT_S = 60.0


def find_bin_dir() -> Path | None:
    """The folder holding initdb, postgres and pg_isready, or None when PostgreSQL is not installed."""
    on_path = shutil.which("initdb")
    candidates = [Path(on_path).resolve().parent] if on_path else []
    candidates += [Path(p) for p in sorted(glob.glob("/usr/lib/postgresql/*/bin"), reverse=True)]
    for folder in candidates:
        if all((folder / name).exists() for name in ("initdb", "postgres", "pg_isready", "createdb")):
            return folder
    return None


def in_ci() -> bool:
    return os.environ.get("CI", "").lower() not in ("", "0", "false", "no")


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def _run_as() -> dict:
    """Popen keywords that run the server as an unprivileged user when we are root."""
    if os.geteuid() != 0:
        return {}
    try:
        entry = pwd.getpwnam(SERVER_USER)
    except KeyError:
        raise RuntimeError(f"running as root and there is no '{SERVER_USER}' OS user for initdb "
                           "(install Debian's postgresql package, as .ci/run does)") from None
    return {"user": entry.pw_uid, "group": entry.pw_gid}


@dataclass
class Server:
    bin_dir: Path
    root: Path
    port: int
    process: subprocess.Popen
    as_user: dict

    host = "127.0.0.1"
    user = SERVER_USER

    def dsn(self, dbname: str = "postgres") -> str:
        """A libpq connection string, as `ducklake:postgres:<dsn>` takes it."""
        return f"dbname={dbname} host={self.host} port={self.port} user={self.user}"

    def _tool(self, name: str, *args: str, check: bool = True) -> subprocess.CompletedProcess:
        return subprocess.run([str(self.bin_dir / name), "-h", self.host, "-p", str(self.port), "-U", self.user,
                               *args], capture_output=True, text=True, check=check, timeout=60)

    def create_database(self, name: str) -> str:
        """Create database `name` (a fresh catalog for one test) and return its DSN."""
        self._tool("createdb", name)
        return self.dsn(name)

    def ready(self) -> bool:
        return self._tool("pg_isready", "-d", "postgres", check=False).returncode == 0

    def postmaster_pid(self) -> int | None:
        try:
            return int((self.root / "data" / "postmaster.pid").read_text().split()[0])
        except (OSError, ValueError, IndexError):
            return None

    def stop(self, timeout: float = 30.0) -> None:
        """Fast shutdown of our postmaster by PID, SIGKILL after `timeout`; raises if it is still alive."""
        pid = self.process.pid
        recorded = self.postmaster_pid()
        assert recorded in (None, pid), f"postmaster.pid names {recorded}, we started {pid}"
        if self.process.poll() is None:
            os.kill(pid, signal.SIGINT)
            try:
                self.process.wait(timeout=timeout)
            except subprocess.TimeoutExpired:
                os.kill(pid, signal.SIGKILL)
                self.process.wait(timeout=timeout)
        if Path(f"/proc/{pid}").exists():
            raise RuntimeError(f"postgres (PID {pid}) is still running")
        shutil.rmtree(self.root, ignore_errors=True)

    def log(self) -> str:
        try:
            return (self.root / "postgres.log").read_text(errors="replace")[-4000:]
        except OSError:
            return ""


def _initdb(bin_dir: Path, root: Path, as_user: dict) -> None:
    if as_user:
        os.chown(root, as_user["user"], as_user["group"])
    done = subprocess.run([str(bin_dir / "initdb"), "--no-sync", "-A", "trust", "-U", SERVER_USER, "-E", "UTF8",
                           "-D", str(root / "data")], capture_output=True, text=True, timeout=300, **as_user)
    if done.returncode != 0:
        raise RuntimeError(f"initdb failed ({done.returncode}): {done.stderr.strip()[-1000:]}")


def _launch(bin_dir: Path, root: Path, port: int, as_user: dict) -> subprocess.Popen:
    log = open(root / "postgres.log", "ab")  # noqa: SIM115 - the server writes it until stop()
    try:
        return subprocess.Popen(
            [str(bin_dir / "postgres"), "-D", str(root / "data"), "-p", str(port), "-k", str(root),
             "-c", "listen_addresses=127.0.0.1", "-c", "fsync=off", "-c", "max_connections=100"],
            stdout=log, stderr=subprocess.STDOUT, stdin=subprocess.DEVNULL, start_new_session=True, **as_user)
    finally:
        log.close()


def start(bin_dir: Path | None = None) -> Server:
    """initdb + postgres on a free port in a new temporary folder; returns once it accepts connections."""
    bin_dir = bin_dir or find_bin_dir()
    if bin_dir is None:
        raise RuntimeError("no PostgreSQL server binaries (initdb) on PATH or under /usr/lib/postgresql/*/bin")
    as_user = _run_as()
    root = Path(tempfile.mkdtemp(prefix="tariffscope-pg-"))
    _initdb(bin_dir, root, as_user)
    for _attempt in range(3):  # the free port may be taken between free_port() and bind
        port = free_port()
        server = Server(bin_dir, root, port, _launch(bin_dir, root, port, as_user), as_user)
        deadline = time.monotonic() + READY_TIMEOUT_S
        while time.monotonic() < deadline and server.process.poll() is None and not server.ready():
            time.sleep(0.2)
        if server.process.poll() is None and server.ready():
            return server
        if server.process.poll() is None:
            server.process.kill()
            server.process.wait(timeout=30)
    log = server.log()
    shutil.rmtree(root, ignore_errors=True)
    raise RuntimeError(f"postgres did not start; its log ends:\n{log}")
