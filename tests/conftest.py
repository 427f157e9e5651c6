"""Shared fixtures. Nothing of Prefect is imported here: the session's Prefect server (tests/prefect_server.py)
starts only when a test asks for `prefect_server` (tests/flows/, tests/schedule/, the lake command lines)."""

from __future__ import annotations

import os
from pathlib import Path

import duckdb
import pytest

from tariffscope import pipeline
from tests import prefect_server as server


# `make test` runs the suite on 2 pytest-xdist workers, one file on one worker (--dist loadfile), files handed out
# in collection order (--no-loadscope-reorder: xdist would put the files with most tests first). The slowest files
# (a Prefect flow, a Dask cluster or a Postgres catalog per test) go first, so that no worker is left with a long
# file at the end while the other idles. Ordered by measured share (pytest --durations).
SLOW_FIRST = ("tests/lake/test_lake_pg.py", "tests/flows/test_dask.py", "tests/schedule/test_server.py",
              "tests/flows/test_ingest.py", "tests/test_install.py", "tests/flows/test_build_warehouse.py",
              "tests/test_lake.py", "tests/schedule/test_inbox.py", "tests/test_warehouse.py",
              "tests/test_schema_upgrade.py", "tests/report/test_report_render.py", "tests/test_validate.py")


def pytest_collection_modifyitems(session, config, items):
    """Files of SLOW_FIRST first, in that order; every other file after them in its usual order (stable sort)."""
    rank = {name: i for i, name in enumerate(SLOW_FIRST)}
    items.sort(key=lambda item: rank.get(item.nodeid.split("::", 1)[0], len(SLOW_FIRST)))


def build_with_library(warehouse: Path, kinds=pipeline.BUILD_KINDS) -> list[pipeline.Outcome]:
    """The build-warehouse steps without Prefect: pipeline.build, the per-file path the flows run as tasks
    (the flow itself is tested in tests/flows/)."""
    return pipeline.build(warehouse, kinds=kinds)


@pytest.fixture(scope="session")
def bundled_warehouse(tmp_path_factory) -> Path:
    """The bundled data loaded once per session; tests only read it."""
    path = tmp_path_factory.mktemp("bundled") / "tariffscope.duckdb"
    outcomes = build_with_library(path)
    assert {o.status for o in outcomes} == {"loaded"}, [o for o in outcomes if o.status != "loaded"]
    return path


@pytest.fixture
def read_db(bundled_warehouse):
    con = duckdb.connect(str(bundled_warehouse), read_only=True)
    yield con
    con.close()


def write_csv(path: Path, text: str) -> Path:
    path.write_text(text.lstrip("\n"), encoding="utf-8")
    return path


@pytest.fixture
def csv_file(tmp_path):
    """csv_file("name.csv", "a,b\\n1,2") -> Path, written under a fresh tmp dir."""
    return lambda name, text: write_csv(tmp_path / name, text)


@pytest.fixture(scope="session")
def prefect_server(tmp_path_factory) -> dict:
    """A real `prefect server start` for the whole session, stopped by PID at its end:
    {'url': API URL, 'env': environment for subprocesses that talk to it, 'home': its PREFECT_HOME}."""
    os.environ.setdefault("PREFECT_SERVER_ANALYTICS_ENABLED", "false")
    home = tmp_path_factory.mktemp("prefect-home")
    try:
        process, url = server.start(home)
    except RuntimeError as exc:
        pytest.fail(str(exc))
    try:
        yield {"url": url, "env": server.client_env(home, url), "home": home}
    finally:
        server.drain_prefect_workers()
        server.stop(process)


@pytest.fixture
def api(prefect_server):
    """In-process Prefect calls (flows, client) go to the session's server while this fixture is active."""
    from prefect.settings import PREFECT_API_URL, temporary_settings

    with temporary_settings(updates={PREFECT_API_URL: prefect_server["url"]}):
        yield prefect_server["url"]
        server.drain_prefect_workers()  # inside the settings: a worker started later would spin up an ephemeral API
