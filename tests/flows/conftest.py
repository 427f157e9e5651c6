"""The flows here run against the session's real Prefect server (tests/conftest.py `prefect_server`), started once
and shared with tests/schedule/ and the lake command lines: in-process flows through Prefect's settings, the
`tariffscope run/ingest` children (the flow layer) through PREFECT_API_URL."""

from __future__ import annotations

import os

import pytest

from tests.prefect_server import drain_prefect_workers


@pytest.fixture(autouse=True, scope="session")
def prefect_harness(prefect_server):
    from prefect.settings import PREFECT_API_URL, temporary_settings

    with temporary_settings(updates={PREFECT_API_URL: prefect_server["url"]}):
        # `tariffscope run/ingest` start the flow layer as a child process: it talks to the same server
        os.environ["PREFECT_API_URL"] = prefect_server["url"]
        try:
            yield
        finally:
            drain_prefect_workers()
            os.environ.pop("PREFECT_API_URL", None)
