"""Prefect's test harness (a temporary API and database), started once and only for the tests here."""

from __future__ import annotations

import os

import pytest


@pytest.fixture(autouse=True, scope="session")
def prefect_harness(tmp_path_factory):
    os.environ.setdefault("PREFECT_SERVER_ANALYTICS_ENABLED", "false")
    from prefect.testing.utilities import prefect_test_harness

    with prefect_test_harness(server_startup_timeout=120):
        from prefect.settings import PREFECT_API_URL

        # `tariffscope run/ingest` start the flow layer as a child process: it talks to the harness's API too
        os.environ["PREFECT_API_URL"] = PREFECT_API_URL.value()
        try:
            yield
        finally:
            os.environ.pop("PREFECT_API_URL", None)
