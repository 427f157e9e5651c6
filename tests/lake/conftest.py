"""Fixtures for the DuckLake tests: a throw-away PostgreSQL (tests/pg.py), started once per session and only when
a test asks for it (`pg_server` / `pg_dsn`), stopped by PID at the end."""

from __future__ import annotations

import itertools

import pytest

from tests import pg

_databases = itertools.count(1)


def pytest_configure(config):
    config.addinivalue_line("markers", "pg: needs a throw-away PostgreSQL server (started by tests/pg.py)")


@pytest.fixture(scope="session")
def pg_server():
    bin_dir = pg.find_bin_dir()
    if bin_dir is None:
        if pg.in_ci():
            pytest.fail("CI must have PostgreSQL: .ci/run installs Debian's postgresql when initdb is missing")
        pytest.skip("no PostgreSQL server binaries (initdb) on PATH or under /usr/lib/postgresql/*/bin; "
                    "install Debian's postgresql (as .ci/run does) to run the Postgres-catalog tests")
    server = pg.start(bin_dir)
    try:
        yield server
    finally:
        server.stop()


@pytest.fixture
def pg_dsn(pg_server) -> str:
    """A fresh, empty database on the session's server, as a libpq DSN."""
    return pg_server.create_database(f"lake_{next(_databases)}")
