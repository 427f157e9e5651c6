"""A real Prefect server (`prefect server start`) on a free loopback port, once per session, torn down after.

Its PREFECT_HOME is a fresh temp dir: the project's .prefect/ (shared with ephemeral `tariffscope run`s)
is never touched. No prefect_test_harness here: flows in these tests run against this server.
"""

from __future__ import annotations

import os
import socket
import subprocess
import sys
import time
import urllib.request

import pytest
from schedule_helpers import BIN, stop, tail

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


@pytest.fixture(scope="session")
def prefect_server(tmp_path_factory) -> dict:
    """{'url': API URL, 'env': environment for subprocesses that talk to it, 'home': its PREFECT_HOME}."""
    os.environ.setdefault("PREFECT_SERVER_ANALYTICS_ENABLED", "false")
    home = tmp_path_factory.mktemp("prefect-home")
    url = f"http://127.0.0.1:{(port := free_port())}/api"
    env = {**os.environ, "PREFECT_HOME": str(home), "PREFECT_API_URL": url,
           "PREFECT_SERVER_ANALYTICS_ENABLED": "false", "PREFECT_SERVER_LOGGING_LEVEL": "WARNING",
           "PREFECT_LOGGING_LEVEL": "WARNING", "PREFECT_UI_ENABLED": "false"}
    log = home / "server.log"
    with open(log, "wb") as out:
        process = subprocess.Popen([str(BIN / "prefect"), "server", "start", "--host", "127.0.0.1", "--port", str(port)],
                                   env={k: v for k, v in env.items() if k != "PREFECT_API_URL"}, stdout=out,
                                   stderr=subprocess.STDOUT, start_new_session=True)
    try:
        deadline = time.monotonic() + STARTUP_TIMEOUT_S
        while not healthy(url):
            if process.poll() is not None or time.monotonic() > deadline:
                pytest.fail(f"prefect server did not become healthy in {STARTUP_TIMEOUT_S} s:\n{tail(log)}")
            time.sleep(0.25)
        yield {"url": url, "env": env, "home": home}
    finally:
        drain_prefect_workers()
        stop(process)


def drain_prefect_workers() -> None:
    """Send queued logs and events while the server is still up (as prefect_test_harness does): otherwise the
    interpreter's exit waits about a minute retrying them against a stopped server."""
    if "prefect.logging.handlers" not in sys.modules:
        return
    from prefect.events.worker import EventsWorker
    from prefect.logging.handlers import APILogWorker

    APILogWorker.drain_all(timeout=10)  # only workers that exist: instance() would start one with no API URL
    EventsWorker.drain_all(timeout=10)


@pytest.fixture
def api(prefect_server):
    """In-process Prefect calls (flows, client) go to the session's server while this fixture is active."""
    from prefect.settings import PREFECT_API_URL, temporary_settings

    with temporary_settings(updates={PREFECT_API_URL: prefect_server["url"]}):
        yield prefect_server["url"]
        drain_prefect_workers()  # inside the settings: a worker started later would spin up an ephemeral API
