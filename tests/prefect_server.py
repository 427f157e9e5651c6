"""One real Prefect server (`prefect server start`) on a free loopback port for the whole test session.

Started the first time a test asks for it (the `prefect_server` fixture in tests/conftest.py), stopped by PID at
the end of the session. Its PREFECT_HOME is a fresh temp dir: the project's .prefect/ (shared with ephemeral
`tariffscope run`s) is never touched. The flows (tests/flows/), the schedules (tests/schedule/) and the command
lines of the lake tests talk to it through PREFECT_API_URL, so a Prefect API starts once per session instead of
once per test module or per `tariffscope run|ingest` process. The tests that are about the command line's own
temporary API (tests/cli/test_interrupts.py, the installed wheel in tests/test_install.py) leave it alone.
"""

from __future__ import annotations

import contextlib
import os
import signal
import socket
import subprocess
import sys
import time
import urllib.request
from pathlib import Path

BIN = Path(sys.executable).parent
STARTUP_TIMEOUT_S = 240  # a machine shared by many test runs can take minutes


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def healthy(api_url: str) -> bool:
    try:
        with urllib.request.urlopen(f"{api_url}/health", timeout=1) as response:
            return response.status == 200
    except OSError:
        return False


def stop(process: subprocess.Popen, first: int = signal.SIGTERM, grace: float = 20) -> None:
    """Signal the process's own session (it was started with start_new_session), then kill what is left."""
    if process.poll() is None:
        with contextlib.suppress(ProcessLookupError):
            os.killpg(process.pid, first)
        try:
            process.wait(timeout=grace)
        except subprocess.TimeoutExpired:
            pass
    with contextlib.suppress(ProcessLookupError):
        os.killpg(process.pid, signal.SIGKILL)
    with contextlib.suppress(subprocess.TimeoutExpired):
        process.wait(timeout=5)


def tail(path: Path, lines: int = 40) -> str:
    return "\n".join(path.read_text(errors="replace").splitlines()[-lines:]) if path.exists() else ""


def client_env(home: Path, url: str) -> dict[str, str]:
    """The environment for subprocesses that talk to the server (`tariffscope run|ingest|deploy|serve`)."""
    return {**os.environ, "PREFECT_HOME": str(home), "PREFECT_API_URL": url,
            "PREFECT_SERVER_ANALYTICS_ENABLED": "false", "PREFECT_SERVER_LOGGING_LEVEL": "WARNING",
            "PREFECT_LOGGING_LEVEL": "WARNING", "PREFECT_UI_ENABLED": "false"}


def start(home: Path, attempts: int = 3) -> tuple[subprocess.Popen, str]:
    """`prefect server start` in its own session, logging to <home>/server.log; (process, API URL) once healthy.
    A port taken between free_port() and the server's own bind (another xdist worker's PostgreSQL, Dask or
    server) is retried on a fresh port. Raises RuntimeError with the log's tail when it does not come up
    (the process is stopped first)."""
    for _attempt in range(attempts):
        process, url = _start_on(free_port(), home)
        if process is not None:
            return process, url
        if "already in use" not in tail(home / "server.log"):
            break
    raise RuntimeError(f"prefect server did not become healthy in {STARTUP_TIMEOUT_S} s:\n{tail(home / 'server.log')}")


def _start_on(port: int, home: Path) -> tuple[subprocess.Popen | None, str]:
    """(process, API URL) once healthy on this port; (None, URL) when it exits or times out (it is stopped)."""
    url = f"http://127.0.0.1:{port}/api"
    env = {k: v for k, v in client_env(home, url).items() if k != "PREFECT_API_URL"}
    with open(home / "server.log", "wb") as out:
        process = subprocess.Popen([str(BIN / "prefect"), "server", "start", "--host", "127.0.0.1", "--port", str(port)],
                                   env=env, stdout=out, stderr=subprocess.STDOUT, start_new_session=True)
    deadline = time.monotonic() + STARTUP_TIMEOUT_S
    while not healthy(url):
        if process.poll() is not None or time.monotonic() > deadline:
            stop(process)
            return None, url
        time.sleep(0.25)
    return process, url


def drain_prefect_workers() -> None:
    """Send queued logs and events while the server is still up (as prefect_test_harness does): otherwise the
    interpreter's exit waits about a minute retrying them against a stopped server."""
    if "prefect.logging.handlers" not in sys.modules:
        return
    from prefect.events.worker import EventsWorker
    from prefect.logging.handlers import APILogWorker

    APILogWorker.drain_all(timeout=10)  # only workers that exist: instance() would start one with no API URL
    EventsWorker.drain_all(timeout=10)
